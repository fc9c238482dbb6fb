package bot

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestRev50MonthSpanInWords: this stop reads a span of months (reMonthSpan, "3月到6月") and months in
// words (the phrasings rule for 六月底前, 十二月份), but the words rule rewrites a month only before
// 份/底/末/旬/前/到/至, so in "三月到六月要完成哪些任务?" the first month becomes 3月 and the last stays
// 六月: the window is March alone and "到六月" is left as a topic word (0 tasks). Before this stop the
// question set no window at all; now it silently answers for one month of four.
func TestRev50MonthSpanInWords(t *testing.T) {
	p := handParser(t)
	for _, tc := range []struct{ q, like string }{
		{"三月到六月要完成哪些任务?", "3月到6月要完成哪些任务?"},
		{"九月到十二月有哪些任务?", "9月到12月有哪些任务?"},
	} {
		t.Run(tc.q, func(t *testing.T) { sameWindowAs(t, p, tc.q, tc.like) })
	}
}

// TestRev50WeeksCountedWhole: reWeeks reads one numeral before 周 (`[一二两…十1-9]`), so "十二周内" and
// "12周内" match on their last figure, "二周内"/"2周内": a window of 14 days for one of 84.
func TestRev50WeeksCountedWhole(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	for _, q := range []string{"十二周内要完成哪些任务?", "12周内要完成哪些任务?"} {
		got := p.Parse(q, Context{}, today)
		if got.To != "2024-08-02" {
			t.Errorf("%s: window %q–%q, want to 2024-08-02 (84 days)", q, got.From, got.To)
		}
	}
}

// TestRev50WeekdayOfAWeek: "下周一前要完成什么?", "这周五前要报什么?" are how a deadline in the coming
// days is asked. reNextWeek/reThisWeek take 下周/这周 and leave the weekday: the window is the whole
// week and "一前" / "五前要报" stay as topic words, which no task holds (0 tasks).
func TestRev50WeekdayOfAWeek(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10) // a Friday
	for _, tc := range []struct{ q, to string }{
		{"下周一前要完成什么任务?", "2024-05-13"},
		{"下周三前有哪些任务到期?", "2024-05-15"},
	} {
		got := p.Parse(tc.q, Context{}, today)
		if got.To != tc.to || len(got.Topic) > 0 {
			t.Errorf("%s: window %q–%q topic %q, want to %s and no topic", tc.q, got.From, got.To, got.Topic, tc.to)
		}
	}
}

// TestRev50MonthToYearEnd: "6月到年底要完成哪些任务?" — the new 到年底 rewrite makes it "6月年底前", and
// the month reader takes 6月: the window is June alone, and (unlike before this stop, when "到年底"
// stayed a topic and the answer was visibly empty) nothing tells the liaison half a year is missing.
func TestRev50MonthToYearEnd(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	got := p.Parse("6月到年底要完成哪些任务?", Context{}, today)
	if got.To != "2024-12-31" {
		t.Errorf("window %q–%q topic %q, want to 2024-12-31", got.From, got.To, got.Topic)
	}
}
