package plangen

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func TestGenerate(t *testing.T) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := Generate(base, 53, 7)
	b := Generate(base, 53, 7)
	if len(a) != 53 {
		t.Fatalf("got %d plans", len(a))
	}
	ids := map[string]bool{}
	for i, d := range a {
		if d.ID != b[i].ID || d.Title != b[i].Title {
			t.Fatalf("plan %d differs between runs with one seed", i)
		}
		if ids[d.ID] {
			t.Fatalf("plan %d repeats id %s", i, d.ID)
		}
		ids[d.ID] = true
		src := base[i%len(base)]
		if d.City == src.City || len(d.Tasks) != len(src.Tasks) || len(d.Paras) != len(src.Paras) {
			t.Fatalf("plan %d: city %s (from %s), %d tasks", i, d.City, src.City, len(d.Tasks))
		}
		for _, tk := range d.Tasks {
			if !strings.HasPrefix(tk.ID, d.ID+":") || tk.Doc.ID != d.ID {
				t.Fatalf("task %s not moved to plan %s", tk.ID, d.ID)
			}
		}
		for _, p := range d.Paras {
			if strings.Contains(p.Text, strings.TrimSuffix(src.City, "市")) && !strings.Contains(d.City, strings.TrimSuffix(src.City, "市")) {
				t.Fatalf("plan %d still names %s: %q", i, src.City, p.Text)
			}
		}
	}
}

// TestDistinctOwnTexts: with Distinct no two plans hold the same task text or body paragraph
// (headings aside), and the plans are Generate's in all but their wording.
func TestDistinctOwnTexts(t *testing.T) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const n = 400
	plain := Generate(base, n, 3)
	a := GenerateWith(base, n, 3, Options{Distinct: true})
	b := GenerateWith(base, n, 3, Options{Distinct: true})
	owner := map[string]int{} // text → the plan that holds it
	for i, d := range a {
		p := plain[i]
		if d.ID != p.ID || d.City != p.City || d.Title != p.Title || len(d.Tasks) != len(p.Tasks) || len(d.Paras) != len(p.Paras) {
			t.Fatalf("plan %d: %s %s, Generate's %s %s", i, d.ID, d.City, p.ID, p.City)
		}
		for k, tk := range d.Tasks {
			pt := p.Tasks[k]
			if tk.ID != pt.ID || !slices.Equal(tk.Lead, pt.Lead) || !slices.Equal(tk.Participating, pt.Participating) ||
				!slices.Equal(tk.Deadlines, pt.Deadlines) || len(tk.Recurring) != len(pt.Recurring) {
				t.Fatalf("task %s differs from Generate's: %+v against %+v", tk.ID, tk, pt)
			}
			if tk.Text != b[i].Tasks[k].Text {
				t.Fatalf("task %s worded two ways with one seed", tk.ID)
			}
		}
		texts := map[string]bool{}
		for _, tk := range d.Tasks {
			texts[tk.Text] = true
		}
		for _, pa := range d.Paras {
			if pa.TaskID != "" || !heading(pa.Text) {
				texts[pa.Text] = true
			}
		}
		for s := range texts {
			if j, ok := owner[s]; ok && j != i {
				t.Fatalf("plans %d and %d both hold %q", j, i, s)
			}
			owner[s] = i
		}
	}
}

// TestDistinctReadsTheSame: a distinct plan's task text reads as the seed's: the same dates (its
// years shifted as its deadlines are), the same recurring duties, the units its task names where
// the seed's text named them, and its title opens it where the seed's opened the seed's.
func TestDistinctReadsTheSame(t *testing.T) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	gen := GenerateWith(base, 60, 11, Options{Distinct: true})
	worded := 0
	for i, d := range gen {
		src := base[i%len(base)]
		years := 0
		for k, tk := range d.Tasks {
			for j, dl := range tk.Deadlines {
				if !dl.Date.IsZero() {
					years = dl.Date.Year - src.Tasks[k].Deadlines[j].Date.Year
				}
			}
		}
		shift := yearShifter(years)
		for k, tk := range d.Tasks {
			st := src.Tasks[k]
			moved := shift.Replace(st.Text)
			if !strings.Contains(tk.Text, d.City[:len("安宁")]) {
				t.Errorf("task %s does not name its city: %q", tk.ID, tk.Text)
			}
			if strings.HasPrefix(st.Text, st.Title) && !strings.HasPrefix(tk.Text, tk.Title) {
				t.Errorf("task %s: text %q does not open with its title %q", tk.ID, tk.Text, tk.Title)
			}
			got, want := plan.ParseDeadlines(tk.Text), plan.ParseDeadlines(moved)
			same := len(got) == len(want)
			for j := range min(len(got), len(want)) {
				same = same && got[j].Date == want[j].Date && got[j].Kind == want[j].Kind
			}
			if !same {
				t.Errorf("task %s: dates %v, the seed's %v\n%s\n%s", tk.ID, got, want, moved, tk.Text)
			}
			gr, wr := plan.ParseRecurring(tk.Text), plan.ParseRecurring(moved)
			same = len(gr) == len(wr)
			for j := range min(len(gr), len(wr)) {
				same = same && gr[j].Rule == wr[j].Rule
			}
			if !same {
				t.Errorf("task %s: duties %v, the seed's %v", tk.ID, gr, wr)
			}
			for _, l := range [][2][]string{{st.Lead, tk.Lead}, {st.Participating, tk.Participating}} {
				if len(l[0]) != len(l[1]) {
					continue // two units swapped into one
				}
				for j, u := range l[0] {
					// A unit inside a date's quote stays as the quote has it (每月10日前由市发改委通报).
					inQuote := slices.ContainsFunc(st.Recurring, func(r plan.Recurring) bool { return strings.Contains(r.Quote, u) }) ||
						slices.ContainsFunc(st.Deadlines, func(d plan.Deadline) bool { return strings.Contains(d.Quote, u) })
					if strings.Contains(st.Text, u) && !inQuote && !strings.Contains(tk.Text, l[1][j]) {
						t.Errorf("task %s: its text does not name %s (the seed's %s): %q", tk.ID, l[1][j], u, tk.Text)
					}
				}
			}
			if tk.Text != moved {
				worded++
			}
		}
	}
	if worded == 0 {
		t.Fatal("no task text was worded its own way")
	}
}
