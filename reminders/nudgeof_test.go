package reminders

import (
	"context"
	"errors"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestChangeOnAnotherUnitsNudgeIsRefused: a change made on a nudge (a button) names the unit it is
// made for, which the front end checked the presser may act for; the nudge's id comes with the
// button's data too. Done, progress, extension and snooze alike are refused when that nudge is
// another unit's, or another task's, and change nothing; on the unit's own nudge they go through.
func TestChangeOnAnotherUnitsNudgeIsRefused(t *testing.T) {
	// reform (市发改委) is a participating unit of aaaa0001:1, whose lead is commerce.
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		action  string // done, progress, extend, snooze
		change  Change // Occurrence filled with the nudge of nudgeOf
		nudgeOf plan.UnitRef
		refused bool
	}{
		{"done on the lead's nudge, for a participant of the task", "done", Change{Task: "aaaa0001:1", Unit: reform, By: "U-dev"}, commerce, true},
		{"progress on the lead's nudge, for a participant", "progress", Change{Task: "aaaa0001:1", Unit: reform, By: "U-dev"}, commerce, true},
		{"extension on the lead's nudge, for a participant", "extend", Change{Task: "aaaa0001:1", Unit: reform, By: "U-dev"}, commerce, true},
		{"snooze on the lead's nudge, for a participant", "snooze", Change{Task: "aaaa0001:1", Unit: reform, By: "U-dev"}, commerce, true},
		{"done of its own task, on another unit's nudge of another task", "done", Change{Task: "aaaa0001:2", Unit: stats, By: "U-stats"}, commerce, true},
		{"snooze on another unit's nudge, without a task", "snooze", Change{Unit: stats, By: "U-stats"}, commerce, true},
		{"done on the unit's own nudge", "done", Change{Task: "aaaa0001:1", Unit: commerce, By: "U-com"}, commerce, false},
		{"snooze on the unit's own nudge", "snooze", Change{Task: "aaaa0001:1", Unit: commerce, By: "U-com"}, commerce, false},
		{"extension on the unit's own nudge", "extend", Change{Task: "aaaa0001:1", Unit: commerce, By: "U-com"}, commerce, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clk := newClock("2026-11-20 08:00")
			s, _ := newStore(t, clk.Now)
			if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
				t.Fatal(err)
			}
			ps, err := s.List(ctx, []plan.UnitRef{tc.nudgeOf})
			if err != nil || len(ps) == 0 {
				t.Fatalf("pending nudges of %s: %v %+v", tc.nudgeOf, err, ps)
			}
			c := tc.change
			c.Occurrence = ps[0].Next.ID
			switch tc.action {
			case "done":
				err = s.MarkDone(ctx, c)
			case "progress":
				err = s.ReportProgress(ctx, c, "已完成初稿")
			case "extend":
				err = s.RequestExtension(ctx, c, plan.NewDay(2027, 3, 31), "等待批复")
			case "snooze":
				err = s.Snooze(ctx, c, at("2026-11-30 09:00"))
			}
			var te *TaskError
			refused := errors.As(err, &te) && te.Reason == RefuseNotUnitsNudge
			if refused != tc.refused || (!tc.refused && err != nil) {
				t.Fatalf("%s: err %v; want refused=%v", tc.action, err, tc.refused)
			}
			if !tc.refused {
				return
			}
			for _, u := range []plan.UnitRef{c.Unit, tc.nudgeOf} {
				if c.Task == "" {
					break
				}
				st, err := s.Status(ctx, c.Task, u)
				if err != nil {
					t.Fatal(err)
				}
				if !st.DoneAt.IsZero() || st.Progress != "" || !st.Extension.IsZero() || !st.Snoozed.IsZero() || len(st.History) > 0 {
					t.Errorf("a refused %s changed %s's share: %+v", tc.action, u, st)
				}
			}
			after, _ := s.List(ctx, []plan.UnitRef{tc.nudgeOf})
			if len(after) == 0 || !after[0].At.Equal(ps[0].At) || after[0].State != ps[0].State {
				t.Errorf("a refused %s changed %s's nudge: %+v → %+v", tc.action, tc.nudgeOf, ps[0], after)
			}
		})
	}
}
