package reminders

import (
	"context"
	"errors"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFix61DoneOnAMonthlyDutyIsForThisPeriod is review 61's monthly-duty case on a plan that runs
// through 2027 (its period stated): 完成 on December's "每月10日前通报" is December's report, and
// January's nudge still comes; a second 完成 in January is January's, recorded anew.
func TestFix61DoneOnAMonthlyDutyIsForThisPeriod(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-06 08:00")
	s, _ := newStore(t, clk.Now)
	doc := testDoc()
	doc.Period, doc.PeriodQuote = day("2027-12-31"), "（2026—2027年）"
	n := januaryAfterDone(t, s, clk, doc)
	if n == 0 {
		t.Fatal("after 完成 on December's monthly report, January's nudge never came")
	}
	clk.Set("2027-01-11 10:00")
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:2", Unit: stats, By: "U0LI"}); err != nil {
		t.Fatalf("January's 完成 of a monthly duty is refused: %v", err)
	}
	if st, _ := s.Status(ctx, "aaaa0001:2", stats); st.DoneBy != "U0LI" {
		t.Errorf("January's 完成 was not recorded: done by %q", st.DoneBy)
	}
}

// TestFix61SecondDoneSaysWhose: a second 完成 on a deadline's share is refused with the first mark.
func TestFix61SecondDoneSaysWhose(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-25 10:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "张三"}); err != nil {
		t.Fatal(err)
	}
	var de *DoneError
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "李四"}); !errors.As(err, &de) || de.By != "张三" {
		t.Errorf("a second 完成: %v, want a DoneError naming 张三", err)
	}
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "李四"}, at("2026-12-01 09:00")); !errors.As(err, &de) {
		t.Errorf("a snooze of a done share: %v, want a DoneError", err)
	}
}
