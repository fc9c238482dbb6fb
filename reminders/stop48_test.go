package reminders

import (
	"context"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// insertedItem is the item a revision of rev61Plan inserts before the others, renumbering them.
const insertedItem = "推行涉企政策“免申即享”。2027年6月底前上线政策兑现平台。（牵头单位：市财政局；配合单位：市经信局）"

// TestStop48RevisionMovesStatesWithTheirTasks: a revision that inserts an item before two marked
// tasks renumbers both (a chain: 1.3 → 1.4 while 1.2 → 1.3). Each done mark and progress line moves
// with its task, and the task that now holds an old number is not shown done.
func TestStop48RevisionMovesStatesWithTheirTasks(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-01 10:00")
	s, _ := newStore(t, clk.Now)
	v1, building := housingDone(t, s, s.Sync)
	reform := plan.UnitRef{City: "丽水市", Name: "市发改委"}
	complaints := rev61Task(t, v1, "开展营商环境问题投诉处理")
	if err := s.ReportProgress(ctx, Change{Task: complaints.ID, Unit: reform, By: "U0LI"}, "11月投诉已办结"); err != nil {
		t.Fatal(err)
	}
	clk.Set("2026-12-06 10:00")
	v2 := rev61Plan(t, insertedItem)
	if _, err := s.Sync(ctx, []*plan.Document{v2}); err != nil {
		t.Fatal(err)
	}
	newBuilding := rev61Task(t, v2, "推进工程建设项目审批提速")
	newComplaints := rev61Task(t, v2, "开展营商环境问题投诉处理")
	if newBuilding.ID == building.ID || newComplaints.ID == complaints.ID {
		t.Fatalf("the revision renumbered nothing (%s, %s): the test needs its items moved", newBuilding.ID, newComplaints.ID)
	}
	st, err := s.Status(ctx, newBuilding.ID, housing)
	if err != nil {
		t.Fatal(err)
	}
	if st.DoneAt.IsZero() || st.Colour != duties.Green {
		t.Errorf("%s (was %s) is %s, not done", newBuilding.ID, building.ID, st.Colour)
	}
	st, err = s.Status(ctx, newComplaints.ID, reform)
	if err != nil {
		t.Fatal(err)
	}
	if st.Progress != "11月投诉已办结" {
		t.Errorf("%s (was %s): progress %q, want the line reported before the revision", newComplaints.ID, complaints.ID, st.Progress)
	}
	// The task that holds the marked task's old number now is another one, not done.
	if occupant := rev61Task(t, v2, "开展营商环境问题投诉处理"); occupant.ID == building.ID {
		st, err := s.Status(ctx, occupant.ID, housing)
		if err != nil {
			t.Fatal(err)
		}
		if !st.DoneAt.IsZero() {
			t.Errorf("%s is now another task, and shows 市住建局's done mark of the task that held its number", occupant.ID)
		}
	}
}

// TestStop48FollowCarriesStates: the serving process brings the schedules in step with Follow (not
// Sync) when the plan store changes; a revision that renumbers a marked task keeps its done mark there
// too, and following the same plans again moves nothing twice.
func TestStop48FollowCarriesStates(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-01 10:00")
	s, _ := newStore(t, clk.Now)
	_, old := housingDone(t, s, s.Follow)
	v2 := rev61Plan(t, insertedItem)
	for i := 0; i < 2; i++ {
		if _, err := s.Follow(ctx, []*plan.Document{v2}); err != nil {
			t.Fatal(err)
		}
	}
	moved := rev61Task(t, v2, "推进工程建设项目审批提速")
	st, err := s.Status(ctx, moved.ID, housing)
	if err != nil {
		t.Fatal(err)
	}
	if st.DoneAt.IsZero() {
		t.Errorf("after Follow of the revision, %s (was %s) is not done", moved.ID, old.ID)
	}
}
