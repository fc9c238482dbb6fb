package reminders

import (
	"context"
	"strconv"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// TestLedgerReadsStatesKeptBeforeTheIndex: a done mark kept before the stated set existed (its state
// hash written alone) is on the ledger, and so is one made after.
func TestLedgerReadsStatesKeptBeforeTheIndex(t *testing.T) {
	clk := newClock("2026-11-25 10:00")
	s, rdb := newStore(t, clk.Now)
	ctx := context.Background()
	if _, err := s.Follow(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	commerce := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	reform := plan.UnitRef{City: "衢州市", Name: "市发改委"}
	old := s.ks.SchedState("aaaa0001:1", commerce.City, commerce.Name)
	if err := rdb.HSet(ctx, old, "done_at", strconv.FormatInt(clk.Now().UnixMilli(), 10), "done_by", "UOLD").Err(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		mark *Change
		done map[plan.UnitRef]bool
	}{
		{"a state kept before the index", nil, map[plan.UnitRef]bool{commerce: true, reform: false}},
		{"a mark made after", &Change{Task: "aaaa0001:1", Unit: reform, By: "UNEW"}, map[plan.UnitRef]bool{commerce: true, reform: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.mark != nil {
				if err := s.MarkDone(ctx, *tt.mark); err != nil {
					t.Fatal(err)
				}
			}
			rows, err := s.Ledger(ctx, plan.DayOf(clk.Now()))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if want, ok := tt.done[r.Unit]; ok && r.Task.ID == "aaaa0001:1" && r.Done() != want {
					t.Errorf("%s done = %v, want %v", r.Unit, r.Done(), want)
				}
				if c, _ := duties.Light(r.Deadline, r.State.DoneAt, plan.DayOf(clk.Now())); c != r.Colour {
					t.Errorf("%s: colour %s, Light says %s", r.Share(), r.Colour, c)
				}
			}
		})
	}
}
