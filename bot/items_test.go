package bot

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// itemsByCopy is items as it was before the groups shared an array: a new slice a group.
func itemsByCopy(hs []hit) [][]hit {
	var out [][]hit
	at := map[string]int{}
	for _, h := range hs {
		k := itemOf(h.Task)
		if i, ok := at[k]; ok {
			out[i] = append(out[i], h)
			continue
		}
		at[k] = len(out)
		out = append(out, []hit{h})
	}
	return out
}

// TestItemsAgrees groups hits whose clauses lie side by side, and hits whose clauses do not, both
// ways: the same groups, in the same order, each clipped so that appending to one leaves the
// next alone.
func TestItemsAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 3))
	for round := range 200 {
		var tasks []plan.Task
		for i := range 1 + r.IntN(30) {
			id := fmt.Sprintf("d%d:%d", r.IntN(3), i)
			if r.IntN(3) == 0 { // an item split into clauses
				for k := range 1 + r.IntN(3) {
					tasks = append(tasks, plan.Task{ID: fmt.Sprintf("%s-%d", id, k+1), Title: "条", Text: "文字"})
				}
				continue
			}
			tasks = append(tasks, plan.Task{ID: id, Title: "条", Text: "文字"})
		}
		if round%2 == 1 {
			r.Shuffle(len(tasks), func(i, j int) { tasks[i], tasks[j] = tasks[j], tasks[i] })
		}
		hs := make([]hit, len(tasks))
		for i := range tasks {
			hs[i] = hit{TaskRef: retrieval.TaskRef{Task: &tasks[i]}, score: float64(i)}
		}
		got, want := items(hs), itemsByCopy(hs)
		if len(got) != len(want) {
			t.Fatalf("round %d: %d groups, want %d", round, len(got), len(want))
		}
		for i := range want {
			if !slices.EqualFunc(got[i], want[i], func(a, b hit) bool { return a.Task == b.Task && a.score == b.score }) {
				t.Fatalf("round %d: group %d differs", round, i)
			}
			if cap(got[i]) != len(got[i]) {
				t.Fatalf("round %d: group %d not clipped", round, i)
			}
		}
	}
	if items(nil) != nil {
		t.Fatal("no hits, some groups")
	}
}
