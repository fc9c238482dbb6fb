package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Review 51: each test is a finding, written to fail on the code as it stands (e8952f5).

// rev51Plan is a city's plan with tasks due around Wednesday 2026-12-02: today, tomorrow, Friday,
// later this month, last month and next year.
const rev51Plan = "衢州市2026年重点工作任务分解方案\n一、主要任务\n" +
	"1.报送综合保税区验收材料。2026年12月2日前完成。（牵头单位：市商务局）\n" +
	"2.召开重大项目推进会。2026年12月3日前召开。（牵头单位：市发改委）\n" +
	"3.完成统计年报布置。2026年12月4日前完成。（牵头单位：市统计局）\n" +
	"4.完成年度目标责任制考核。2026年12月25日前完成。（牵头单位：市考核办）\n" +
	"5.出台信用修复管理办法。2026年11月20日前出台。（牵头单位：市发改委）\n" +
	"6.完成营商环境评估。2026年10月15日前完成。（牵头单位：市发改委）\n" +
	"7.建成城市大脑二期。2027年6月30日前建成。（牵头单位：市数据局）\n"

// rev51Ask asks q on Wednesday 2026-12-02 (this week: Nov 30 – Dec 6).
func rev51Ask(t *testing.T, e *Engine, q string) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-02")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// rev51Lists asks each question and wants the answer to name the tasks of want and none of not.
func rev51Lists(t *testing.T, cases []struct {
	q         string
	want, not []string
}) {
	t.Helper()
	e := NewEngine(textIndex(t, rev51Plan), Options{})
	for _, tc := range cases {
		t.Run("answer "+tc.q, func(t *testing.T) {
			a := rev51Ask(t, e, tc.q)
			for _, w := range tc.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("the answer lacks %s:\n%s", w, a.Text)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("the answer has %s, not due then:\n%s", w, a.Text)
				}
			}
		})
	}
}

// rev51Window parses q on Friday 2024-05-10 and wants the window to end on to (and start on from,
// when from is given) with no time words left as a topic.
func rev51Window(t *testing.T, q, from, to string) {
	t.Helper()
	t.Run("window "+q, func(t *testing.T) {
		p := handParser(t)
		got := p.Parse(q, Context{}, plan.NewDay(2024, 5, 10))
		if got.To != to || (from != "" && got.From != from) || len(got.Topic) > 0 {
			want := "by " + to
			if from != "" {
				want = from + "–" + to
			}
			t.Errorf("%s: window %q–%q topic %q, want %s and no topic", q, got.From, got.To, got.Topic, want)
		}
	})
}

// TestRev51TodayTomorrow: "明天要交什么?", "今天到期的任务有哪些?" are the commonest questions a
// liaison asks the evening before a deadline. window (facets.go) reads days counted (3天内), weeks
// and months, but no day by name: 今天/明天/后天 set no window and stay as the topic ("明天要交",
// "今天"), which no task's text holds, so the answer lists nothing, though tasks are due that day.
func TestRev51TodayTomorrow(t *testing.T) {
	rev51Lists(t, []struct {
		q         string
		want, not []string
	}{
		{"明天要交什么?", []string{"重大项目推进会"}, []string{"统计年报", "年度目标责任制考核"}},
		{"今天到期的任务有哪些?", []string{"综合保税区验收"}, []string{"统计年报", "年度目标责任制考核"}},
	})
	for _, tc := range []struct{ q, day string }{
		{"明天要交什么?", "2024-05-11"},
		{"今天到期的任务有哪些?", "2024-05-10"},
		{"后天到期的任务有哪些?", "2024-05-12"},
	} {
		rev51Window(t, tc.q, "", tc.day)
	}
}

// TestRev51LookingBack: "上个月到期的任务完成了吗?", "上周到期的有哪些?", "去年逾期的任务有哪些?" are how
// a supervisor checks what fell due. window (facets.go) has reLastQuart (上季度) but no last month,
// last week or last year: the time stays as the topic (上个月, 去年) and the answer is empty.
func TestRev51LookingBack(t *testing.T) {
	rev51Lists(t, []struct {
		q         string
		want, not []string
	}{
		{"上个月到期的任务有哪些?", []string{"信用修复管理办法"}, []string{"营商环境评估", "年度目标责任制考核"}},
	})
	for _, tc := range []struct{ q, from, to string }{
		{"上个月到期的任务完成了吗?", "2024-04-01", "2024-04-30"},
		{"上周到期的任务有哪些?", "2024-04-29", "2024-05-05"},
		{"去年有哪些任务到期?", "2023-01-01", "2023-12-31"},
	} {
		rev51Window(t, tc.q, tc.from, tc.to)
	}
}

// TestRev51ThisWeekday: stop 45 reads "下周三前" (reNextWeekday) but not "本周五前"/"这周五前": reThisWeek
// takes 本周 and leaves "五前要交" as a topic word, so the answer is empty; "本周内要交什么?" leaves
// "内要交" the same way. On Wednesday, "本周五前" is Friday's deadline and today's and tomorrow's.
func TestRev51ThisWeekday(t *testing.T) {
	rev51Lists(t, []struct {
		q         string
		want, not []string
	}{
		{"本周五前要交什么?", []string{"统计年报", "重大项目推进会"}, []string{"年度目标责任制考核"}},
		{"本周内要完成哪些任务?", []string{"统计年报"}, []string{"年度目标责任制考核"}},
	})
	rev51Window(t, "这周五前要报什么?", "", "2024-05-10")
	rev51Window(t, "本周内要交什么?", "", "2024-05-12")
}

// TestRev51OtherWordingsOfKnownWindows: windows that are read in one wording are lost in the next
// one people type in chat. "月底前"/"年底前" are read (review 49) but "月底要交什么?", "月末要完成哪些任务?"
// and "年底要完成哪些任务?" (no 前) are not; "两周内" is read but "接下来两周", "未来两周" and "最近一周"
// are not (reWeeks wants 内 after the count). window (facets.go) returns no window and the time
// stays as the topic ("月底要交", "年底", "未来两周"), which no task holds: 0 tasks.
func TestRev51OtherWordingsOfKnownWindows(t *testing.T) {
	p := handParser(t)
	for _, tc := range []struct{ q, like string }{
		{"月底要交什么?", "月底前要交什么?"},
		{"月末要完成哪些任务?", "月底前要完成哪些任务?"},
		{"年底要完成哪些任务?", "年底前要完成哪些任务?"},
		{"接下来两周要完成哪些任务?", "两周内要完成哪些任务?"},
		{"未来两周有哪些任务到期?", "两周内有哪些任务到期?"},
		{"最近一周有什么要交的?", "7天内有什么要交的?"},
	} {
		t.Run(tc.q, func(t *testing.T) { sameWindowAs(t, p, tc.q, tc.like) })
	}
}

// TestRev51YearWordAndMonth: "今年6月底前要完成哪些任务?", "明年3月底前要完成哪些任务?" are the plain way
// to name a month of this or next year. reMDBefore and reMBefore (facets.go) refuse a month after 年
// (`(?:^|[^\d年个])`, so that 2025年6月 is left to reYM, which wants the year's digits), so neither
// reads it, and reThisYear / reNextYear take 今年 / 明年: the window is the whole rest of the year
// (or all next year), and "今年6月要…", "今年9月份…" leave the month as a topic word too. On
// 2026-12-02 "今年12月10日前要完成哪些任务?" lists the year-end appraisal due on December 25.
func TestRev51YearWordAndMonth(t *testing.T) {
	rev51Lists(t, []struct {
		q         string
		want, not []string
	}{
		{"今年12月10日前要完成哪些任务?", []string{"重大项目推进会", "统计年报"}, []string{"年度目标责任制考核"}},
	})
	p := handParser(t)
	for _, tc := range []struct{ q, like string }{
		{"今年6月底前要完成哪些任务?", "6月底前要完成哪些任务?"},
		{"今年9月份有哪些任务到期?", "9月份有哪些任务到期?"},
		{"今年6月要完成哪些任务?", "6月要完成哪些任务?"},
		{"明年3月底前要完成哪些任务?", "2025年3月底前要完成哪些任务?"},
		{"明年6月有哪些任务?", "2025年6月有哪些任务?"},
		{"去年12月底前的任务完成了吗?", "2023年12月底前的任务完成了吗?"},
	} {
		t.Run(tc.q, func(t *testing.T) { sameWindowAs(t, p, tc.q, tc.like) })
	}
}

// TestRev51FestivalInQuestion: the parser reads festivals in plans (春节前 by the lunar calendar,
// 国庆节前 as September 30: festivalDeadlines, dates.go), but window (facets.go) reads none in a
// question: "国庆节前要完成哪些任务?" keeps 国庆节前 as its topic and lists nothing. Asked on
// 2024-05-10: National Day is 2024-10-01, Mid-Autumn 2024-09-17, the Spring Festival 2025-01-29.
func TestRev51FestivalInQuestion(t *testing.T) {
	for _, tc := range []struct{ q, to string }{
		{"国庆节前要完成哪些任务?", "2024-09-30"},
		{"中秋节前要完成哪些任务?", "2024-09-16"},
		{"春节前要完成哪些任务?", "2025-01-28"},
	} {
		rev51Window(t, tc.q, "", tc.to)
	}
}

// TestRev51DayOfThisMonth: "15号前要报什么材料?" names a day of this month (as "6月15日前" names one of
// June): reMDBefore wants the month, so no window is read and the question lists every task about
// 材料. "本月15号前要交什么?" is read by reThisMonth, which drops the day: the whole month.
func TestRev51DayOfThisMonth(t *testing.T) {
	rev51Window(t, "15号前要报什么?", "", "2024-05-15")
	rev51Window(t, "本月20号前要交什么?", "", "2024-05-20")
	rev51Window(t, "这个月20日前要完成哪些任务?", "", "2024-05-20")
}
