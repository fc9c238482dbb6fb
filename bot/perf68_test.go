package bot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// TestLedgerCandidates checks that the tasks a unit question starts from, marked in a bit set by
// their place in the ledger and read in order, are those a set of the tasks seen and sortLedger
// give: each once, the first task and those of plans not in the ledger first in the order given.
func TestLedgerCandidates(t *testing.T) {
	a := &plan.Document{ID: "a", Tasks: []plan.Task{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}}
	empty := &plan.Document{ID: "empty"}
	b := &plan.Document{ID: "b", Tasks: []plan.Task{{ID: "b1"}, {ID: "b2"}}}
	c := &plan.Document{ID: "c", Tasks: make([]plan.Task, 70)}
	for i := range c.Tasks {
		c.Tasks[i].ID = fmt.Sprintf("c%d", i+1)
	}
	gone := &plan.Document{ID: "gone", Tasks: []plan.Task{{ID: "g1"}, {ID: "g2"}}}
	docs := []*plan.Document{a, empty, b, c}
	order := map[*plan.Document]int{a: 0, empty: 3, b: 3, c: 5}
	places := 75
	ut := func(d *plan.Document, i int) retrieval.UnitTask {
		return retrieval.UnitTask{TaskRef: retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}}
	}
	all := func(retrieval.TaskRef) bool { return true }
	notB2 := func(r retrieval.TaskRef) bool { return r.Task.ID != "b2" }
	tt := []struct {
		name string
		in   []retrieval.UnitTask
		keep func(retrieval.TaskRef) bool
		want []string
	}{
		{"none", nil, all, nil},
		{"none kept", []retrieval.UnitTask{ut(b, 1)}, notB2, nil},
		{"plan order, then task order, each once", []retrieval.UnitTask{ut(c, 69), ut(b, 1), ut(a, 2), ut(b, 0), ut(c, 0), ut(a, 2), ut(c, 58)}, all, []string{"a3", "b1", "b2", "c1", "c59", "c70"}},
		{"the first task and a plan not in the ledger first, as given", []retrieval.UnitTask{ut(a, 1), ut(gone, 1), ut(a, 0), ut(gone, 0), ut(gone, 1)}, all, []string{"g2", "a1", "g1", "a2"}},
		{"left out by keep", []retrieval.UnitTask{ut(b, 1), ut(b, 0), ut(b, 1)}, notB2, []string{"b1"}},
	}
	ids := func(rs []retrieval.TaskRef) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Task.ID)
		}
		return out
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(ledgerCandidates(order, docs, places, tc.in, tc.keep))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if old := ids(sortedCandidates(order, tc.in, tc.keep)); !slices.Equal(got, old) {
				t.Errorf("got %v, sortedCandidates %v", got, old)
			}
		})
	}
	t.Run("a plan listed twice", func(t *testing.T) {
		// order keeps a plan's last place; the tasks are read there.
		twice := []*plan.Document{b, a, b}
		ord := map[*plan.Document]int{a: 2, b: 5}
		in := []retrieval.UnitTask{ut(b, 1), ut(a, 0), ut(b, 0)}
		got, old := ids(ledgerCandidates(ord, twice, 7, in, all)), ids(sortedCandidates(ord, in, all))
		if !slices.Equal(got, old) || !slices.Equal(got, []string{"a1", "b1", "b2"}) {
			t.Errorf("got %v, sortedCandidates %v", got, old)
		}
	})
	t.Run("random", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(68, 1))
		for range 200 {
			var in []retrieval.UnitTask
			for range rng.IntN(40) {
				d := []*plan.Document{a, b, c, gone}[rng.IntN(4)]
				in = append(in, ut(d, rng.IntN(len(d.Tasks))))
			}
			keep := func(r retrieval.TaskRef) bool { return len(r.Task.ID)%3 != 0 }
			if got, old := ids(ledgerCandidates(order, docs, places, in, keep)), ids(sortedCandidates(order, in, keep)); !slices.Equal(got, old) {
				t.Fatalf("%v: got %v, sortedCandidates %v", ids(refsOf(in)), got, old)
			}
		}
	})
}

func refsOf(uts []retrieval.UnitTask) []retrieval.TaskRef {
	var out []retrieval.TaskRef
	for _, u := range uts {
		out = append(out, u.TaskRef)
	}
	return out
}

// TestSortLedgerInOrder checks that a list already in ledger order is left as it is, and one that
// is not is sorted, stably.
func TestSortLedgerInOrder(t *testing.T) {
	a := &plan.Document{ID: "a", Tasks: []plan.Task{{ID: "a1"}, {ID: "a2"}}}
	order := map[*plan.Document]int{a: 0}
	h := func(i int, score float64) hit {
		return hit{TaskRef: retrieval.TaskRef{Doc: a, Task: &a.Tasks[i]}, score: score}
	}
	tt := []struct {
		name string
		in   []hit
		want []float64
	}{
		{"in order", []hit{h(0, 1), h(0, 2), h(1, 3)}, []float64{1, 2, 3}},
		{"out of order, stably", []hit{h(1, 1), h(0, 2), h(1, 3), h(0, 4)}, []float64{2, 4, 1, 3}},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			xs := slices.Clone(tc.in)
			sortLedger(order, xs, func(h hit) retrieval.TaskRef { return h.TaskRef })
			var got []float64
			for _, x := range xs {
				got = append(got, x.score)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
