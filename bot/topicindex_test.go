package bot

import (
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// gapHoldsScan is gapHolds as it was first written (a clause at a time, as runes): the reference
// the faster one must agree with.
func gapHoldsScan(text, term string) bool {
	for _, r := range term {
		if !strings.ContainsRune(text, r) {
			return false
		}
	}
	tr := []rune(term)
	limit := 2*len(tr) + 1
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,。；;！？!?\n", r) }) {
		cr := []rune(clause)
		for start := range cr {
			if cr[start] != tr[0] {
				continue
			}
			k, end := 1, start
			for i := start + 1; i < len(cr) && i-start < limit && k < len(tr); i++ {
				if cr[i] == tr[k] {
					k++
					end = i
				}
			}
			if k == len(tr) && end-start < limit {
				return true
			}
		}
	}
	return false
}

func TestGapHolds(t *testing.T) {
	tt := []struct {
		name, text, term string
		want             bool
	}{
		{"as written", "提高居民收入水平", "居民收入", true},
		{"words between", "居民人均可支配收入增长", "居民收入", true},
		{"too far apart", "居民一二三四五六七八九十收入", "居民收入", false},
		{"across clauses", "居民人均，可支配收入", "居民收入", false},
		{"out of order", "收入居民", "居民收入", false},
		{"a later start", "居住条件，居民人均收入", "居民收入", true},
		{"a clause end in the term", "居民，收入", "居民，收入", false},
		{"a character missing", "居民人均可支配所得", "居民收入", false},
		{"not UTF-8", "居民\xff收入", "居民\xff收入", true},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			if got := gapHolds(tc.text, tc.term); got != tc.want {
				t.Errorf("gapHolds(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
			if got := gapHoldsScan(tc.text, tc.term); got != tc.want {
				t.Errorf("gapHoldsScan(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

// topicTestDocs are the seed plans and a few dozen generated from them.
func topicTestDocs(t *testing.T) []*plan.Document {
	t.Helper()
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]*plan.Document(nil), base...), plangen.Generate(base, 15, 7)...)
}

// sampleTerms are n terms cut from the plans' task texts (two to six characters, as people ask
// about them), with the near words' keys and some two-word joins.
func sampleTerms(docs []*plan.Document, n int, r *rand.Rand) []string {
	var out []string
	for k := range nearWords {
		out = append(out, k)
	}
	out = append(out, "家政服务", "外贸进出口", "智慧养老服务", "低空经济", "新生代企业家培养", "单位GDP能耗", "居民收入", "数字经济")
	for len(out) < n {
		d := docs[r.IntN(len(docs))]
		if len(d.Tasks) == 0 {
			continue
		}
		rs := []rune(d.Tasks[r.IntN(len(d.Tasks))].Text)
		k := 2 + r.IntN(5)
		if len(rs) <= k {
			continue
		}
		at := r.IntN(len(rs) - k)
		out = append(out, string(rs[at:at+k]))
	}
	return out
}

func TestGapHoldsAgreesWithScan(t *testing.T) {
	docs := topicTestDocs(t)
	r := rand.New(rand.NewPCG(1, 2))
	terms := sampleTerms(docs, 300, r)
	for _, term := range terms {
		// Shuffled terms too: characters present, rarely in order.
		rs := []rune(term)
		r.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		for _, tm := range []string{term, string(rs)} {
			for _, d := range docs[:8] {
				for i := range d.Tasks {
					text := d.Tasks[i].Text
					if got, want := gapHolds(text, tm), gapHoldsScan(text, tm); got != want {
						t.Fatalf("gapHolds(%q, %q) = %v, the scan says %v", text, tm, got, want)
					}
				}
			}
		}
	}
}

// TestTopicFilterAgrees checks that the signatures never keep out a task the exact matchers accept
// (topicMatcher, and topicMatch or splitMatch as apart reads them), so the indexed executor finds
// what a scan of every task finds; and that they do keep most tasks out.
// TestTopicMatcherWithSigsAgrees: a matcher that skips the forms a task's signature cannot hold
// matches exactly the tasks the plain matcher does.
func TestTopicMatcherWithSigsAgrees(t *testing.T) {
	docs := topicTestDocs(t)
	sigs := topicSigs(nil).with(docs)
	lg := newLedger(plan.DefaultAliases())
	pairs := lg.pairCounts(docs)
	terms := sampleTerms(docs, 250, rand.New(rand.NewPCG(5, 6)))
	for _, term := range append(terms, "家政服务", "一区一园", "居民收入") {
		plain := newTopicMatcher([]string{term}, pairs)
		fast := plain.withSigs(sigs)
		for _, d := range docs {
			for i := range d.Tasks {
				r := retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}
				if a, b := plain.match(r), fast.match(r); a != b {
					t.Fatalf("term %q, task %s: plain %v, with signatures %v", term, r.Task.ID, a, b)
				}
			}
		}
	}
}

func TestTopicFilterAgrees(t *testing.T) {
	docs := topicTestDocs(t)
	sigs := topicSigs(nil).with(docs)
	lg := newLedger(plan.DefaultAliases())
	pairs := lg.pairCounts(docs)
	terms := sampleTerms(docs, 250, rand.New(rand.NewPCG(3, 4)))
	tt := []struct {
		name  string
		pairs map[string]int
		split bool
	}{
		{"as written, with pair counts", pairs, false},
		{"as written, no pair counts", nil, false},
		{"words apart, with pair counts", pairs, true},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			kept, all := 0, 0
			for _, term := range terms {
				f := newTopicFilter(sigs, []string{term}, tc.pairs, tc.split)
				m := newTopicMatcher([]string{term}, tc.pairs)
				for _, d := range docs {
					s := f.doc(d)
					for i := range d.Tasks {
						r := retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}
						match := m.match(r) || tc.split && splitMatch(r, term, tc.pairs)
						keep := f.keep(s, i)
						if match && !keep {
							t.Fatalf("term %q: task %s %q matches but its signature keeps it out", term, r.Task.ID, r.Task.Text)
						}
						if keep {
							kept++
						}
						all++
					}
				}
			}
			t.Logf("%d terms: %d of %d tasks kept (%.1f%%)", len(terms), kept, all, 100*float64(kept)/float64(all))
		})
	}
}

func TestTopicFilterKeeps(t *testing.T) {
	docs := topicTestDocs(t)
	sigs := topicSigs(nil).with(docs)
	d := docs[0]
	tt := []struct {
		name  string
		sigs  topicSigs
		terms []string
		all   bool // every task kept
	}{
		{"no terms", sigs, nil, true},
		{"no signatures", nil, []string{"家政"}, true},
		{"a form that is not UTF-8", sigs, []string{"家\xff政"}, true},
		{"an empty term", sigs, []string{""}, true},
		{"a term no plan holds", sigs, []string{"火星殖民"}, false},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			f := newTopicFilter(tc.sigs, tc.terms, nil, false)
			n := 0
			for i := range d.Tasks {
				if f.keep(f.doc(d), i) {
					n++
				}
			}
			if all := n == len(d.Tasks); all != tc.all {
				t.Errorf("kept %d of %d tasks; want all: %v", n, len(d.Tasks), tc.all)
			}
		})
	}
}

// TestTopicSigsKept checks that a plan's signatures are worked out once and kept while it stays.
func TestTopicSigsKept(t *testing.T) {
	docs := topicTestDocs(t)
	a := topicSigs(nil).with(docs[:10])
	b := a.with(docs[5:12])
	for _, d := range docs[5:10] {
		if a[d] != b[d] {
			t.Errorf("plan %s: signatures worked out again", d.ID)
		}
	}
	if len(b) != 7 || b[docs[0]] != nil || b[docs[11]] == nil {
		t.Errorf("got %d plans' signatures, want the 7 asked for", len(b))
	}
}

// pairCountsScan is pairCounts as it was first written: the reference.
func pairCountsScan(docs []*plan.Document) map[string]int {
	pairs := map[string]int{}
	n := 0
	for _, d := range docs {
		for i := range d.Tasks {
			rs := []rune(d.Tasks[i].Text)
			for j := 0; j+2 <= len(rs); j++ {
				if unicode.Is(unicode.Han, rs[j]) && unicode.Is(unicode.Han, rs[j+1]) {
					pairs[string(rs[j:j+2])]++
				}
			}
			n += len(rs)
		}
		if n > maxPairRunes {
			break
		}
	}
	return pairs
}

func TestPairCounts(t *testing.T) {
	docs := topicTestDocs(t)
	odd := &plan.Document{Tasks: []plan.Task{{Text: "国家政策\xff家政，GDP增长"}, {Text: ""}, {Text: "家"}}}
	tt := []struct {
		name string
		docs []*plan.Document
	}{
		{"no plans", nil},
		{"odd texts", []*plan.Document{odd}},
		{"seeds and generated plans", docs},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			got := newLedger(plan.DefaultAliases()).pairCounts(tc.docs)
			want := pairCountsScan(tc.docs)
			if !maps.Equal(got, want) {
				t.Errorf("%d pairs, the scan counts %d", len(got), len(want))
			}
		})
	}
}

// TestUnitNameSigs checks that the plan's own name for a unit is the same whether the signatures
// spare the counting or not.
func TestUnitNameSigs(t *testing.T) {
	docs := topicTestDocs(t)
	with, without := newLedger(plan.DefaultAliases()), newLedger(plan.DefaultAliases())
	with.sigs = topicSigs(nil).with(docs)
	tt := []struct {
		name string
		docs []*plan.Document
	}{
		{"seed plans", docs[:5]},
		{"generated plans", docs[5:]},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, d := range tc.docs {
				for i := range d.Tasks {
					for _, u := range d.Tasks[i].Units() {
						if a, b := with.unitName(d, u), without.unitName(d, u); a != b {
							t.Errorf("%s %s: %q with signatures, %q without", d.ID, u, a, b)
						}
						n++
					}
				}
			}
			if n == 0 {
				t.Fatal("no units")
			}
		})
	}
}

// TestTaskIndex checks taskIndex against the tasks' places: each task of a plan at its own, a task
// of another plan, a copy of a task and nil at none.
func TestTaskIndex(t *testing.T) {
	docs := topicTestDocs(t)
	for _, d := range docs[:3] {
		for i := range d.Tasks {
			if got := taskIndex(d, &d.Tasks[i]); got != i {
				t.Fatalf("%s: task %d at %d", d.ID, i, got)
			}
		}
		other := docs[len(docs)-1]
		if len(other.Tasks) > 0 && other != d {
			if got := taskIndex(d, &other.Tasks[0]); got != -1 {
				t.Errorf("%s: another plan's task at %d", d.ID, got)
			}
		}
		if len(d.Tasks) > 0 {
			cp := d.Tasks[0]
			if got := taskIndex(d, &cp); got != -1 {
				t.Errorf("%s: a copy of a task at %d", d.ID, got)
			}
		}
		if got := taskIndex(d, nil); got != -1 {
			t.Errorf("%s: nil at %d", d.ID, got)
		}
	}
	if got := taskIndex(&plan.Document{}, &docs[0].Tasks[0]); got != -1 {
		t.Errorf("a plan without tasks: %d", got)
	}
}
