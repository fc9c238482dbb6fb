package plan_test

import (
	"reflect"
	"sort"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func directoryDocs(t testing.TB, n int) []*plan.Document {
	t.Helper()
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return append(base, plangen.Generate(base, n, 7)...)
}

// directoryQueries are typed names to resolve and suggest for: exact, short, aliased, mistyped,
// unknown, with a city in front.
var directoryQueries = []string{
	"市商务局", "商务局", "市发改委", "发改委", "市经济局", "市商务厅", "市外星局", "区商务局", "衢州市商务局",
	"衢州的商务局", "鹿城区发改局", "市招商中心", "海关", "市委人才办", "人才办", "市场监管局", "宇航局", "x",
}

// sameDirectory fails when a and b answer anything differently.
func sameDirectory(t *testing.T, a, b *plan.Directory) {
	t.Helper()
	if !reflect.DeepEqual(a.Cities(), b.Cities()) {
		t.Fatalf("Cities differ:\n%q\n%q", a.Cities(), b.Cities())
	}
	if !reflect.DeepEqual(a.CityNames(), b.CityNames()) {
		t.Fatalf("CityNames differ")
	}
	if !reflect.DeepEqual(a.Units(""), b.Units("")) {
		t.Fatalf("Units differ")
	}
	cities := append([]string{""}, a.Cities()[:min(5, len(a.Cities()))]...)
	for _, q := range directoryQueries {
		for _, c := range cities {
			if x, y := a.Resolve(q, c), b.Resolve(q, c); !reflect.DeepEqual(x, y) {
				t.Fatalf("Resolve(%q, %q): %v vs %v", q, c, x, y)
			}
			if x, y := a.Suggest(q, c, 5), b.Suggest(q, c, 5); !reflect.DeepEqual(x, y) {
				t.Fatalf("Suggest(%q, %q): %q vs %q", q, c, x, y)
			}
		}
		c1, r1 := a.CityIn(q)
		c2, r2 := b.CityIn(q)
		if c1 != c2 || r1 != r2 {
			t.Fatalf("CityIn(%q): %q %q vs %q %q", q, c1, r1, c2, r2)
		}
	}
}

func TestDirectoryWithMatchesNew(t *testing.T) {
	docs := directoryDocs(t, 60)
	al := plan.DefaultAliases()
	full := plan.NewDirectory(docs, al)
	before := full.Units("")

	t.Run("added", func(t *testing.T) {
		d := plan.NewDirectory(docs[:20], al)
		for _, doc := range docs[20:] {
			d = d.With([]*plan.Document{doc}, nil)
		}
		sameDirectory(t, d, full)
	})
	t.Run("removed", func(t *testing.T) {
		rest := append(append([]*plan.Document(nil), docs[:10]...), docs[30:]...)
		sameDirectory(t, full.With(nil, docs[10:30]), plan.NewDirectory(rest, al))
	})
	t.Run("replaced", func(t *testing.T) {
		rest := append(append([]*plan.Document(nil), docs[:3]...), docs[4:]...)
		sameDirectory(t, full.With([]*plan.Document{docs[3]}, []*plan.Document{docs[3]}), full)
		sameDirectory(t, full.With(docs[3:4], nil).With(nil, docs[3:4]), full)
		sameDirectory(t, plan.NewDirectory(rest, al).With(docs[3:4], nil), full)
	})
	t.Run("all removed", func(t *testing.T) {
		sameDirectory(t, full.With(nil, docs), plan.NewDirectory(nil, al))
	})
	if !reflect.DeepEqual(before, full.Units("")) {
		t.Fatal("With changed the Directory it was called on")
	}
}

// TestSuggestMatchesScan checks the indexed Suggest against scoring every unit, as it was done.
func TestSuggestMatchesScan(t *testing.T) {
	docs := directoryDocs(t, 200)
	d := plan.NewDirectory(docs, plan.DefaultAliases())
	names := map[string]bool{}
	for _, u := range d.Units("") {
		names[u.Name] = true
	}
	for _, q := range []string{"市外星局", "市经济局", "市商务厅", "宇航局", "发改", "海关监管", "市招商", "局", "区文化和旅游局"} {
		type scored struct {
			name  string
			score float64
		}
		var all []scored
		for name := range names {
			if s := dice(pairs(q), pairs(name)) + 0.5*dice(chars(q), chars(name)); s > 0 {
				all = append(all, scored{name, s})
			}
		}
		sort.Slice(all, func(i, j int) bool {
			if all[i].score != all[j].score {
				return all[i].score > all[j].score
			}
			return all[i].name < all[j].name
		})
		var want []string
		for i := 0; i < len(all) && i < 8; i++ {
			want = append(want, all[i].name)
		}
		if got := d.Suggest(q, "", 8); !reflect.DeepEqual(got, want) {
			t.Errorf("Suggest(%q) = %q, scan gives %q", q, got, want)
		}
	}
}

func pairs(s string) []string {
	rs := []rune(s)
	if len(rs) < 3 {
		return chars(s)
	}
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}

func chars(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, y := range b {
		count[y]++
	}
	common := 0
	for _, x := range a {
		if count[x] > 0 {
			count[x]--
			common++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b))
}

// BenchmarkDirectory10k times, over the seeds and 10,000 generated plans (20,000 cities and
// districts, 180,000 units), suggesting names for an unknown unit, resolving a name every city
// has, and a one-plan change.
func BenchmarkDirectory10k(b *testing.B) {
	docs := directoryDocs(b, 10001)
	d := plan.NewDirectory(docs[:len(docs)-1], plan.DefaultAliases())
	b.Run("Suggest", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			d.Suggest("市外星局", "", 5)
		}
	})
	b.Run("Resolve", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			d.Resolve("商务局", "")
		}
	})
	b.Run("With", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			d.With(docs[len(docs)-1:], nil)
		}
	})
}
