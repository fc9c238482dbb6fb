package reminders

import (
	"context"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// Review 57 (a stranger's audit of the reminder path): failing tests, each a fault.

// rev57Tick moves the clock to at and runs one dispatcher pass, returning what went out in it.
func rev57Tick(t *testing.T, clk *clock, d *Dispatcher, rec *recorder, at string) []Nudge {
	t.Helper()
	clk.Set(at)
	before := len(rec.nudges())
	if _, err := d.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	return rec.nudges()[before:]
}

// TestRev57RepeatingReminderKeepsItsInterval: a reminder someone sets to repeat every two weeks
// (or every two months, every two years) from a given first day comes back one week (one month,
// one year) after that day, half the time: the rule's interval is counted from a fixed epoch
// (weeks from Monday 2024-01-01, months from January, years from 2024), not from the reminder's
// first occurrence. "biweekly from Friday 2026-12-11" fires on 2026-12-11, then 2026-12-18.
// Cause: reminders/store.go Add fills in the weekday, the month day and (for months without a
// day) the months of the first occurrence, but leaves a weekly or yearly INTERVAL (and a monthly
// one with BYMONTHDAY) anchored at plan.Rule.Next's epoch. Each interval should count from At.
func TestRev57RepeatingReminderKeepsItsInterval(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		rule, first, second string
	}{
		{"biweekly", "2026-12-11 10:00", "2026-12-25"},
		{"FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15", "2027-02-15 10:00", "2027-04-15"},
		{"FREQ=YEARLY;INTERVAL=2", "2027-03-01 10:00", "2029-03-01"},
	} {
		t.Run(tc.rule, func(t *testing.T) {
			clk := newClock("2026-12-06 08:00")
			s, _ := newStore(t, clk.Now)
			at, _ := time.ParseInLocation("2006-01-02 15:04", tc.first, plan.Shanghai)
			x, o, err := s.Add(ctx, Custom{Route: "CQZ", At: at, Rule: tc.rule, Text: "报送双周进展"})
			if err != nil {
				t.Fatal(err)
			}
			if !o.At.Equal(at) {
				t.Fatalf("first occurrence %s, want %s", o.At, at)
			}
			next, ok := s.Schedule().Next(&x, at)
			if !ok {
				t.Fatalf("%s from %s: no second occurrence", tc.rule, tc.first)
			}
			if got := plan.DayOf(next.At).String(); got != tc.second {
				t.Errorf("%s from %s comes back on %s, want %s (the interval counts from the reminder's first day)", tc.rule, tc.first, got, tc.second)
			}
		})
	}
}

// TestRev57SnoozedNudgeIsNotCalledLate: a liaison presses 推迟 on the T-7 nudge and picks a day past
// the next step (T-1, 2026-11-30): 2026-12-02 09:00. When the snooze ends the nudge comes back
// marked late — "（补发）" in its text and Late set, which the Slack notifier shows as "这条提醒应于
// 2026-11-30 09:00 发出,因 dutybot 停机而迟发" — though dutybot never stopped: the person asked for
// it then. Cause: reminders/batch.go prepare sets late from the occurrence's own due time (o.At,
// unchanged by the snooze) without looking at the snooze. A nudge that goes out when its snooze
// ends is on time.
func TestRev57SnoozedNudgeIsNotCalledLate(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe(ctx, commerce, "CCOM"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	got := rev57Tick(t, clk, d, rec, "2026-11-24 09:00") // T-7 of 2026-12-01
	if len(got) == 0 {
		t.Fatal("no T-7 nudge")
	}
	clk.Set("2026-11-24 09:30")
	until := time.Date(2026, 12, 2, 9, 0, 0, 0, plan.Shanghai) // past the pending T-1 (11-30) it delays
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "UALICE"}, until); err != nil {
		t.Fatal(err)
	}
	var back []Nudge
	for _, n := range rev57Tick(t, clk, d, rec, "2026-12-02 09:00") {
		if n.Unit == commerce {
			back = append(back, n)
		}
	}
	if len(back) == 0 {
		t.Skip("nothing came back when the snooze ended; this test is about how it comes back")
	}
	for _, n := range back {
		if n.Late {
			t.Errorf("the nudge back from a snooze, sent when the snooze ended (%s), is marked late (补发, 'dutybot 停机而迟发'): %q",
				n.Due.In(plan.Shanghai).Format("2006-01-02 15:04"), n.Text)
		}
	}
}

// TestRev57SnoozeDoesNotSilenceTheLeaders: a task is overdue; each week its unit gets a red notice
// and the leaders' channel a copy. The unit presses 推迟 and picks a day a year on (the modal takes
// any later day; `remind snooze --until` too). From then on the leaders hear nothing of the task
// for a year: the unit has, alone and unasked, done what 申请延期 asks the leaders for. Cause: the
// leaders' copy rides on the unit's own occurrence (reminders/batch.go nudgesFor), and markScript
// delays that occurrence for a snooze whatever its length and whether or not the deadline has
// passed. A unit's snooze should delay its own nudges, not the leaders' escalation (or be bounded
// so that it cannot pass the next red notice).
func TestRev57SnoozeDoesNotSilenceTheLeaders(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for u, r := range map[plan.UnitRef]string{commerce: "CCOM", LeadersUnit: "CLEAD"} {
		if err := s.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	for _, at := range []string{"2026-11-24 09:00", "2026-11-30 09:00", "2026-12-01 09:00"} {
		rev57Tick(t, clk, d, rec, at)
	}
	leaders := func(ns []Nudge) int {
		k := 0
		for _, n := range ns {
			if n.Leaders && n.Unit == commerce {
				k++
			}
		}
		return k
	}
	if leaders(rev57Tick(t, clk, d, rec, "2026-12-08 09:00")) == 0 {
		t.Fatal("no leaders' copy of the first red notice")
	}
	clk.Set("2026-12-08 10:00")
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "UMALLORY"}, time.Date(2027, 12, 8, 9, 0, 0, 0, plan.Shanghai)); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, at := range []string{"2026-12-15 09:00", "2026-12-22 09:00", "2026-12-29 09:00"} {
		n += leaders(rev57Tick(t, clk, d, rec, at))
	}
	if n == 0 {
		t.Errorf("after the unit snoozed its overdue task for a year, the leaders got no red notice in three weeks: a unit's snooze silences the leaders' escalation")
	}
}

// TestRev57WeeklyReminderKeepsItsDay: someone sets a reminder "weekly" from Saturday 2026-12-12
// 10:00 (a weekend duty roster, say). It goes out that Saturday, then every Friday: occurrences
// after the first are moved to the working day on or before their day, as plan duties are, though
// the person chose the day and the first is not moved. Cause: reminders/schedule.go Next runs a
// repeating SeriesCustom through nextRule, which applies s.workday. A reminder someone set should
// keep the weekday (and time) they chose every time.
func TestRev57WeeklyReminderKeepsItsDay(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-06 08:00")
	s, _ := newStore(t, clk.Now)
	at := time.Date(2026, 12, 12, 10, 0, 0, 0, plan.Shanghai)
	x, _, err := s.Add(ctx, Custom{Route: "CQZ", At: at, Rule: "weekly", Text: "周末值班表确认"})
	if err != nil {
		t.Fatal(err)
	}
	next, ok := s.Schedule().Next(&x, at)
	if !ok {
		t.Fatal("no second occurrence")
	}
	if want := at.AddDate(0, 0, 7); !next.At.Equal(want) {
		t.Errorf("a weekly reminder from Saturday %s comes back %s (%s), want %s",
			at.Format("2006-01-02 15:04"), next.At.In(plan.Shanghai).Format("2006-01-02 15:04"), next.At.In(plan.Shanghai).Weekday(), want.Format("2006-01-02 15:04"))
	}
}
