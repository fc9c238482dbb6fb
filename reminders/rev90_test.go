package reminders

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Review 90 (a stranger trying to crash or misuse dutybot): failing tests, each an input the
// reminders store handles wrongly.

// TestRev90_SnoozeCannotReachAnotherUnitsNudge: a change names the unit it is made for (the front
// end checks the presser may act for that unit), and an occurrence id from a nudge. When the
// occurrence is another unit's nudge (an old message forwarded into the channel, a hand-made
// payload, a copy-pasted id in the CLI), the snooze must be refused: a member of 市统计局 must not be
// able to quiet 市商务局's reminder. Now snoozeOccurrence ignores Change.Unit and snoozes whatever
// the occurrence points at.
func TestRev90_SnoozeCannotReachAnotherUnitsNudge(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	ps, err := s.List(ctx, []plan.UnitRef{commerce})
	if err != nil || len(ps) == 0 {
		t.Fatalf("commerce's pending nudges: %v %+v", err, ps)
	}
	before := ps[0].At
	err = s.Snooze(ctx, Change{Unit: stats, Occurrence: ps[0].Next.ID, By: "U-stats"}, at("2026-11-30 09:00"))
	after, _ := s.List(ctx, []plan.UnitRef{commerce})
	if err == nil || len(after) == 0 || !after[0].At.Equal(before) {
		t.Errorf("市统计局 snoozed 市商务局's nudge %s: err=%v, its time %v → %v", ps[0].Next.ID, err, before, after)
	}
}

// TestRev90_HugeReminderTextIsRefusedAtOnce: a reminder text of 60,000 characters can never be
// delivered (a Slack message holds at most 40,000, a section 3,000); the person who adds it must be
// told now, not have it fail or be cut silently on the day it is due.
func TestRev90_HugeReminderTextIsRefusedAtOnce(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	text := strings.Repeat("请各单位按时报送老旧小区改造进展情况", 3500)
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-11-25 09:00"), Text: text, Creator: "U1"}); err == nil {
		t.Errorf("a reminder of %d characters was accepted", len([]rune(text)))
	}
}

// TestRev90_ReminderAboutAnUnknownTaskIsRefused: `remind add --task` with a task id no plan has
// (a typo, a plan since removed) is accepted now; the reminder then points at nothing and its
// 完成 button can never work. The user expects "no such task".
func TestRev90_ReminderAboutAnUnknownTaskIsRefused(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, TaskID: "ffff9999:7", At: at("2026-11-25 09:00"), Text: "验收材料", Creator: "U1"}); err == nil {
		t.Errorf("a reminder about task ffff9999:7, which no plan has, was accepted")
	}
}
