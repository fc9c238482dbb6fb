package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// rev49Plan is a city's plan whose tasks fall due in the first weeks of December 2026 and later.
const rev49Plan = "衢州市2026年重点工作任务分解方案\n一、主要任务\n" +
	"1.完成综合保税区验收。2026年12月4日前完成。（牵头单位：市商务局）\n" +
	"2.召开项目推进会。2026年12月10日前召开。（牵头单位：市发改委）\n" +
	"3.完成年度考核。2026年12月25日前完成。（牵头单位：市统计局）\n" +
	"4.出台信用修复办法。2027年6月30日前出台。（牵头单位：市发改委）\n"

// rev49Ask asks q on Wednesday 2026-12-02 (this week: Nov 30 – Dec 6; next week: Dec 7 – 13).
func rev49Ask(t *testing.T, e *Engine, q string) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-02")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// sameWindowAs parses q and like on 2024-05-10 and wants the same deadline window, a window at all,
// and no topic word in q that like does not have (a time left as a topic filters every task out).
func sameWindowAs(t *testing.T, p *Parser, q, like string) {
	t.Helper()
	today := plan.NewDay(2024, 5, 10)
	got, want := p.Parse(q, Context{}, today), p.Parse(like, Context{}, today)
	if want.To == "" {
		t.Fatalf("%s: the reference %q reads no window", q, like)
	}
	if got.From != want.From || got.To != want.To {
		t.Errorf("%s: window %q–%q, want %q–%q as for %s", q, got.From, got.To, want.From, want.To, like)
	}
	if len(got.Topic) > len(want.Topic) {
		t.Errorf("%s: topic %q (the time left as words to find)", q, got.Topic)
	}
}

// TestRev49WeekWindows: window() (facets.go) reads days, months, quarters and years, but no week:
// "本周/这周/下周/未来一周/两周内" and "this week/next week/within 2 weeks" set no window, the week word
// stays as the topic, and the answer is "方案中没有提到“本周”，无法回答。" (or 0 tasks about "week").
// A liaison's commonest question at a Monday meeting gets nothing, though tasks are due that week.
func TestRev49WeekWindows(t *testing.T) {
	e := NewEngine(textIndex(t, rev49Plan), Options{})
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		{"本周要完成哪些任务?", []string{"综合保税区验收"}, []string{"项目推进会", "年度考核"}},
		{"这周有哪些任务到期?", []string{"综合保税区验收"}, []string{"项目推进会", "年度考核"}},
		{"下周有哪些任务到期?", []string{"项目推进会"}, []string{"综合保税区验收", "年度考核"}},
		{"两周内要完成什么?", []string{"综合保税区验收", "项目推进会"}, []string{"年度考核"}},
		{"what is due this week?", []string{"综合保税区验收"}, []string{"项目推进会", "年度考核"}},
		{"what is due next week?", []string{"项目推进会"}, []string{"年度考核"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := rev49Ask(t, e, tc.q)
			for _, w := range tc.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("the answer lacks %s:\n%s", w, a.Text)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("the answer has %s, not due in that week:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestRev49SpansCountedInWords: a span counted in Chinese numerals or as 半 is misread. "半年内" and
// "一年内" hold 年内, which reThisYear takes first: today to December 31, whatever the month (in
// November "半年内" is six weeks). "一个月内" sets no window and leaves 月内 as the topic; "两个月内",
// "十天内" and "三十天内" set none (reMonths reads numerals only after 未来/接下来/今后/近, reDays only
// digits), while "2个月内", "10天内" and "30天内" work.
func TestRev49SpansCountedInWords(t *testing.T) {
	p := handParser(t)
	for _, tc := range []struct{ q, like string }{
		{"半年内要完成哪些任务?", "6个月内要完成哪些任务?"},
		{"一年内要完成哪些任务?", "未来一年内要完成哪些任务?"},
		{"一个月内要完成哪些任务?", "1个月内要完成哪些任务?"},
		{"两个月内要完成哪些任务?", "2个月内要完成哪些任务?"},
		{"十天内到期的任务有哪些?", "10天内到期的任务有哪些?"},
		{"三十天内要完成哪些任务?", "30天内要完成哪些任务?"},
	} {
		t.Run(tc.q, func(t *testing.T) { sameWindowAs(t, p, tc.q, tc.like) })
	}
}

// TestRev49MonthSpan: "3月到6月要完成哪些任务?" reads the first month alone (reMBefore: 2024-03-01 to
// 03-31) and leaves "到6月" as a topic, so the answer is "“到6月”相关的…任务 0 项". reYM does the same to
// "2024年3月至6月". A span of months is how a quarter's or a campaign's work is asked about.
func TestRev49MonthSpan(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	for _, tc := range []struct{ q, from, to string }{
		{"3月到6月要完成哪些任务?", "2024-03-01", "2024-06-30"},
		{"3月至6月有哪些任务到期?", "2024-03-01", "2024-06-30"},
		{"2024年3月至6月有哪些任务到期?", "2024-03-01", "2024-06-30"},
		{"7月到9月要完成哪些任务?", "2024-07-01", "2024-09-30"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.From != tc.from || q.To != tc.to || topicHas(q, "月") {
				t.Errorf("window %q–%q topic %q, want %s–%s and no month in the topic", q.From, q.To, q.Topic, tc.from, tc.to)
			}
		})
	}
}

// TestRev49ByPhrasesInQuestions: the common ways of saying "by" a time are read only in some forms.
// "截至2026年底要完成哪些任务?" reads the year's window but leaves 截至 as a topic word (topicStop in
// facets.go strips 截止 and 截至现在, not 截至 before a date), so it lists 0 tasks where
// "截止2026年底…" and "2026年底前…" list them. "截至年底", "到年底" and "月底前" (this month's end) set no
// window ("方案中没有提到“到年底”"), while "年底前" and "本月底前" do; "六月底前" in numerals is not read,
// while "6月底前" is.
func TestRev49ByPhrasesInQuestions(t *testing.T) {
	e := NewEngine(textIndex(t, rev49Plan), Options{})
	a := rev49Ask(t, e, "截至2026年底要完成哪些任务?")
	if !strings.Contains(a.Text, "年度考核") || strings.Contains(a.Text, "“截至”") {
		t.Errorf("截至2026年底 lists nothing:\n%s", a.Text)
	}
	p := handParser(t)
	for _, tc := range []struct{ q, like string }{
		{"截至2025年底要完成哪些任务?", "2025年底前要完成哪些任务?"},
		{"截至年底要完成哪些任务?", "年底前要完成哪些任务?"},
		{"到年底要完成哪些任务?", "年底前要完成哪些任务?"},
		{"月底前要完成哪些任务?", "本月底前要完成哪些任务?"},
		{"六月底前要完成哪些任务?", "6月底前要完成哪些任务?"},
		{"十二月份有哪些节点?", "12月份有哪些节点?"},
	} {
		t.Run(tc.q, func(t *testing.T) { sameWindowAs(t, p, tc.q, tc.like) })
	}
}
