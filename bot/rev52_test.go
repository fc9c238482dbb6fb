package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/scaling"
	"github.com/dutybot/dutybot/plan"
)

// rev52Plan is a city's task breakdown as liaisons receive it: dated tasks around December 2026
// (one overdue last month, one from January that passed long ago, some this month, one next
// January, one next June), two recurring duties, and lead and participating units.
// Asked on Wednesday 2026-12-02: this week is Nov 30 – Dec 6, next week Dec 7 – 13, last month
// November.
const rev52Plan = "丽水市2026年营商环境优化提升重点任务分解方案\n一、重点任务\n" +
	"1.完成综合保税区验收。2026年11月20日前完成。（牵头单位：市商务局；配合单位：丽水海关）\n" +
	"2.召开全市营商环境推进会。2026年12月4日前召开。（牵头单位：市发展改革委）\n" +
	"3.出台企业信用修复办法。2026年12月10日前出台。（牵头单位：市发展改革委；配合单位：市市场监管局、市商务局）\n" +
	"4.完成年度营商环境评价。2026年12月25日前完成。（牵头单位：市统计局）\n" +
	"5.建成政务服务一网通办平台。2027年1月15日前建成。（牵头单位：市数据局；配合单位：市行政审批局）\n" +
	"6.开展涉企收费专项检查。2026年1月20日前完成。（牵头单位：市市场监管局）\n" +
	"7.报送营商环境工作进展。每月5日前报送。（牵头单位：市发展改革委）\n" +
	"8.开展营商环境季度督查。每季度末开展一次。（牵头单位：市政府督查室）\n" +
	"9.落实减税降费政策。2027年6月30日前完成。（牵头单位：市税务局；配合单位：市财政局）\n"

// The tasks of rev52Plan by the words of their titles.
const (
	rev52T1 = "综合保税区验收"     // 2026-11-20, 市商务局 lead
	rev52T2 = "召开全市营商环境推进会" // 2026-12-04, 市发展改革委 lead
	rev52T3 = "出台企业信用修复办法"  // 2026-12-10, 市发展改革委 lead, 市商务局 participating
	rev52T4 = "完成年度营商环境评价"  // 2026-12-25
	rev52T5 = "一网通办平台"      // 2027-01-15
	rev52T6 = "涉企收费专项检查"    // 2026-01-20 (long passed)
	rev52T7 = "报送营商环境工作进展"  // every month by the 5th
	rev52T9 = "落实减税降费政策"    // 2027-06-30
)

func rev52Engine(t *testing.T, opt Options) *Engine {
	t.Helper()
	return NewEngine(textIndex(t, rev52Plan), opt)
}

// rev52AskOn asks q afresh on day (YYYY-MM-DD).
func rev52AskOn(t *testing.T, e *Engine, day, q string) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock(day)()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// rev52Lists checks that the answer's text names each of want and none of not.
func rev52Lists(t *testing.T, a Answer, want, not []string, why string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("the answer lacks %s (%s):\n%s", w, why, a.Text)
		}
	}
	for _, w := range not {
		if strings.Contains(a.Text, w) {
			t.Errorf("the answer lists %s (%s):\n%s", w, why, a.Text)
		}
	}
}

// rev52Window parses q on day and wants the window from–to ("" for an open end) and no topic word
// left over (a time left as a topic word filters every task out).
func rev52Window(t *testing.T, p *Parser, day, q, from, to string) {
	t.Helper()
	today, err := plan.ParseDay(day)
	if err != nil {
		t.Fatal(err)
	}
	got := p.Parse(q, Context{}, today)
	if got.From != from || got.To != to || len(got.Topic) > 0 {
		t.Errorf("%s (asked %s): window %q–%q topic %q, want %q–%q and no topic", q, day, got.From, got.To, got.Topic, from, to)
	}
}

// TestRev52CountWithWindow: "市发展改革委有几项任务本月到期?" is a count, and settle (parse.go) turns a
// window into the due status for lists only (Shape == list): the count keeps From/To but no status,
// and matchStatus (execute.go) reads the window only for StatusDue. The answer counts every task of
// the unit, the undated monthly duty too ("任务共 3 项"), where two fall due this month.
func TestRev52CountWithWindow(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, tc := range []struct {
		q         string
		want, not []string
		n         int
	}{
		{"市发展改革委有几项任务本月到期?", []string{rev52T2, rev52T3}, []string{rev52T7}, 2},
		{"丽水有几项任务本月到期?", []string{rev52T2, rev52T3, rev52T4}, []string{rev52T1, rev52T5, rev52T9}, 3},
		{"市发展改革委下周有几项任务到期?", []string{rev52T3}, []string{rev52T2, rev52T7}, 1},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", tc.q)
			if len(a.Tasks) != tc.n {
				t.Errorf("%d tasks counted, want %d (those falling due in the window)", len(a.Tasks), tc.n)
			}
			rev52Lists(t, a, tc.want, tc.not, "the count is of the tasks due in the window")
		})
	}
}

// TestRev52EmptyNoteMisstatesRole: when a unit's list in a role is empty, emptyNote (render.go)
// adds "（它在方案中共有 N 项任务，但都不是牵头。）" whenever the unit has tasks, without asking whether
// it has any in that role: the filter that emptied the list was the status or the window. 市发展改革委
// leads all three of its tasks, and the answer to "牵头的任务有哪些逾期?" says it leads none.
func TestRev52EmptyNoteMisstatesRole(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, tc := range []struct{ q, wrong string }{
		{"市发展改革委牵头的任务有哪些逾期?", "都不是牵头"},
		{"市商务局牵头的任务下周有到期的吗?", "都不是牵头"},
		{"市商务局配合的任务有哪些已逾期?", "都是牵头"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", tc.q)
			if strings.Contains(a.Text, tc.wrong) {
				t.Errorf("the answer says the unit's tasks are %q, which the plan contradicts (the role holds; the status or window emptied the list):\n%s", tc.wrong, a.Text)
			}
		})
	}
}

// TestRev52WeekdayOfThisWeek: review 50 read "下周三前" (reNextWeekday); a day of this week is not:
// reThisWeek takes 本周/这周 and leaves "五前" as a topic word, and a bare "周五前"/"星期五之前" sets no
// window at all. Every one lists 0 tasks, though 推进会 falls due on Friday 2026-12-04.
func TestRev52WeekdayOfThisWeek(t *testing.T) {
	e := rev52Engine(t, Options{})
	p := e.Parser()
	for _, q := range []string{"本周五前要完成什么?", "这周五之前要完成哪些任务?", "周五前要完成什么?", "星期五之前要完成哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			rev52Window(t, p, "2026-12-02", q, "2026-12-02", "2026-12-04")
			a := rev52AskOn(t, e, "2026-12-02", q)
			rev52Lists(t, a, []string{rev52T2}, []string{rev52T3, rev52T4}, "due Friday Dec 4; Dec 10 and 25 are later")
		})
	}
}

// TestRev52TodayAndTomorrow: window (facets.go) has no day words: "今天到期的", "明天要完成什么",
// "what's due today" leave 今天/明天/today as a topic, and the answer is "“今天”相关的…任务 0 项" (or
// "方案中没有提到“明天”").
func TestRev52TodayAndTomorrow(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, tc := range []struct{ day, q string }{
		{"2026-12-04", "今天到期的任务有哪些?"},
		{"2026-12-04", "今天有哪些任务要完成?"},
		{"2026-12-03", "明天要完成什么?"},
		{"2026-12-04", "What's due today?"},
		{"2026-12-03", "What's due tomorrow?"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := rev52AskOn(t, e, tc.day, tc.q)
			rev52Lists(t, a, []string{rev52T2}, []string{rev52T3, rev52T4}, "推进会 is due 2026-12-04")
		})
	}
}

// TestRev52LastMonthAndWeek: there is no reader for a past period: "上个月", "上月", "上周", "去年" stay
// topic words (0 tasks), and "What was due last month?" is read as "due" with no window, i.e. the
// next 30 days: the answer lists December's tasks for a question about November.
func TestRev52LastMonthAndWeek(t *testing.T) {
	e := rev52Engine(t, Options{})
	p := e.Parser()
	for _, tc := range []struct{ q, from, to string }{
		{"上个月到期的任务有哪些?", "2026-11-01", "2026-11-30"},
		{"上月到期的任务有哪些?", "2026-11-01", "2026-11-30"},
		{"上周到期的任务有哪些?", "2026-11-23", "2026-11-29"},
		{"去年到期的任务有哪些?", "2025-01-01", "2025-12-31"},
	} {
		t.Run(tc.q, func(t *testing.T) { rev52Window(t, p, "2026-12-02", tc.q, tc.from, tc.to) })
	}
	for _, q := range []string{"上个月到期的任务有哪些?", "What was due last month?"} {
		t.Run("answer/"+q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", q)
			rev52Lists(t, a, []string{rev52T1}, []string{rev52T2, rev52T3, rev52T4}, "验收 fell due on 2026-11-20; the others are December's")
		})
	}
}

// TestRev52WeeksWithoutNei: reWeeks wants 内 after the count ("两周内"), so the commonest way of saying
// it, "未来两周", "近两周", "接下来一周", "未来2周", sets no window: "方案中没有提到“未来两周”，无法回答。"
func TestRev52WeeksWithoutNei(t *testing.T) {
	e := rev52Engine(t, Options{})
	p := e.Parser()
	for _, tc := range []struct{ q, to string }{
		{"未来两周有哪些任务到期?", "2026-12-16"},
		{"未来2周有哪些任务到期?", "2026-12-16"},
		{"近两周要完成什么?", "2026-12-16"},
		{"接下来一周有哪些任务到期?", "2026-12-09"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			rev52Window(t, p, "2026-12-02", tc.q, "2026-12-02", tc.to)
			a := rev52AskOn(t, e, "2026-12-02", tc.q)
			rev52Lists(t, a, []string{rev52T2}, []string{rev52T4}, "推进会 (Dec 4) is in the window, 评价 (Dec 25) is not")
		})
	}
}

// TestRev52NextYearsMonth: a month of next year is read as the whole year, or as this year's end:
// reMBefore will not read a month after 年 (to keep "2025年11月" whole), and 明年 is no year digits,
// so "明年3月底前" falls to reNextYear (2027-01-01–12-31: June's 减税降费 is "due by March"), and in
// "明年年底前" reThisYear takes 年底前 first: this December, with 明年 left as a topic (0 tasks).
func TestRev52NextYearsMonth(t *testing.T) {
	e := rev52Engine(t, Options{})
	p := e.Parser()
	today := plan.NewDay(2026, 12, 2)
	for _, tc := range []struct{ q, like string }{
		{"明年3月底前要完成哪些任务?", "2027年3月底前要完成哪些任务?"},
		{"明年6月底前要完成什么?", "2027年6月底前要完成什么?"},
		{"明年1月要完成哪些任务?", "2027年1月要完成哪些任务?"},
		{"明年年底前要完成哪些任务?", "2027年底前要完成哪些任务?"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			got, want := p.Parse(tc.q, Context{}, today), p.Parse(tc.like, Context{}, today)
			if got.From != want.From || got.To != want.To || len(got.Topic) > len(want.Topic) {
				t.Errorf("window %q–%q topic %q, want %q–%q as for %s", got.From, got.To, got.Topic, want.From, want.To, tc.like)
			}
		})
	}
	t.Run("answer", func(t *testing.T) {
		a := rev52AskOn(t, e, "2026-12-02", "明年3月底前要完成哪些任务?")
		rev52Lists(t, a, []string{rev52T5}, []string{rev52T9}, "减税降费 is due 2027-06-30, after March")
	})
}

// TestRev52WeekAfterNext: reNextWeek and reNextMonth find 下周 and 下个月 inside 下下周 and 下下个月, so
// the week (or month) after next is read as next week (or month).
func TestRev52WeekAfterNext(t *testing.T) {
	p := rev52Engine(t, Options{}).Parser()
	rev52Window(t, p, "2026-12-02", "下下周要完成什么?", "2026-12-14", "2026-12-20")
	rev52Window(t, p, "2026-12-02", "下下个月有哪些任务到期?", "2027-02-01", "2027-02-28")
}

// TestRev52JanuaryAskedInDecember: a month without its year is this year's (reMDBefore, reMBefore),
// and when nothing falls in it execute looks back a year at a time (yearless), never forward. In
// December, "1月底前要完成哪些任务?" asks about next month: the answer lists January 2026's long-passed
// 收费检查 (and the monthly report of 2026-01-05) and not 一网通办, due 2027-01-15.
func TestRev52JanuaryAskedInDecember(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, q := range []string{"1月底前要完成哪些任务?", "1月15日前要完成哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", q)
			rev52Lists(t, a, []string{rev52T5}, []string{rev52T6}, "in December, January to come is 2027's")
		})
	}
}

// TestRev52EnglishMonthWithoutYear: reENMonth and reENBy want a year after the month, so "due in
// December" and "by the end of this month" leave december / end as topic words (0 tasks), and "by
// January 15, 2027" (a day between month and year, as English writes it) sets no window.
func TestRev52EnglishMonthWithoutYear(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		{"Which tasks are due in December?", []string{rev52T2, rev52T3, rev52T4}, []string{rev52T5}},
		{"What is due by the end of this month?", []string{rev52T2, rev52T3, rev52T4}, []string{rev52T5}},
		{"What's due by January 15, 2027?", []string{rev52T5, rev52T2}, []string{rev52T9}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", tc.q)
			rev52Lists(t, a, tc.want, tc.not, "the month named")
		})
	}
}

// TestRev52EachUnitInEnglish: "How many tasks does each unit lead?" counts per city: reGroupUnit knows
// "per unit", "by unit", "which unit", not "each unit/department/bureau", and countGroup then takes
// reGroupCity's \beach\b. With one city the answer is "丽水市: 9", no unit named.
func TestRev52EachUnitInEnglish(t *testing.T) {
	e := rev52Engine(t, Options{})
	p := e.Parser()
	for _, q := range []string{"How many tasks does each unit lead?", "How many tasks is each department responsible for?"} {
		t.Run(q, func(t *testing.T) {
			got := p.Parse(q, Context{}, plan.NewDay(2026, 12, 2))
			if got.GroupBy != GroupUnit {
				t.Errorf("group_by %q, want unit", got.GroupBy)
			}
			a := rev52AskOn(t, e, "2026-12-02", q)
			if strings.Contains(a.Text, "丽水市: 9") || !strings.Contains(a.Text, "市发展改革委: 3") {
				t.Errorf("the count is per city, not per unit (市发展改革委 leads 3):\n%s", a.Text)
			}
		})
	}
}

// TestRev52LeadAndPartnerPair: "A牵头、B配合的任务" asks for the tasks where both hold those roles, the
// pairing a supervisor checks. allUnits (facets.go) takes two units together only when joined by 和/与
// or a word like 共同; between "牵头、" and the next unit it reads "any of them": the answer is every
// task 市发展改革委 leads, with only one of them having 市商务局 as partner.
func TestRev52LeadAndPartnerPair(t *testing.T) {
	e := rev52Engine(t, Options{})
	for _, q := range []string{"市发展改革委牵头、市商务局配合的任务有哪些?", "市发展改革委牵头的任务里，市商务局配合的有哪些?"} {
		t.Run(q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", q)
			if len(a.Tasks) != 1 {
				t.Errorf("%d tasks, want 1 (信用修复 alone has both)", len(a.Tasks))
			}
			rev52Lists(t, a, []string{rev52T3}, []string{rev52T2, rev52T7}, "市商务局 takes no part in them")
		})
	}
}

// TestRev52SpanAcrossYears: reMonthSpan wants the first month before the second, in one year, and
// reYMD reads the first full date alone: "11月到明年2月" is November alone with "到明年2月" as a topic
// (0 tasks), and "2026年12月15日至2027年1月15日" is the one day Dec 15 with "1月15日" as a topic.
func TestRev52SpanAcrossYears(t *testing.T) {
	p := rev52Engine(t, Options{}).Parser()
	rev52Window(t, p, "2026-12-02", "11月到明年2月要完成哪些任务?", "2026-11-01", "2027-02-28")
	rev52Window(t, p, "2026-12-02", "2026年12月15日至2027年1月15日要完成哪些任务?", "2026-12-15", "2027-01-15")
	rev52Window(t, p, "2026-12-02", "2026年12月至2027年2月有哪些任务到期?", "2026-12-01", "2027-02-28")
}

// TestRev52NotDoneYet: "还有哪些没完成" is what a liaison asks of the done marks. status (facets.go)
// has no reading of 没完成/未完成, so the question has no status, applyDone (execute.go) filters only
// overdue, due and done, and the unit's list includes the task its units marked done, with no word
// of it; "哪些任务还没完成?" alone gets "请问想了解方案的哪方面内容？".
func TestRev52NotDoneYet(t *testing.T) {
	ix := textIndex(t, rev52Plan)
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	for _, d := range ix.Docs() {
		for i := range d.Tasks {
			if tk := &d.Tasks[i]; strings.Contains(tk.Title, rev52T3) {
				for _, u := range tk.Units() {
					marks.marks[duties.TaskUnit{Task: tk.ID, Unit: plan.UnitRef{City: d.City, Name: u}}] = duties.DoneMark{By: "张三", At: fixedClock("2026-11-30")()}
				}
			}
		}
	}
	if len(marks.marks) == 0 {
		t.Fatal("no task to mark done")
	}
	e := NewEngine(ix, Options{Done: marks})
	for _, q := range []string{"市商务局还有哪些任务没完成?", "哪些任务还没完成?", "市商务局还有哪些未完成的任务?"} {
		t.Run(q, func(t *testing.T) {
			a := rev52AskOn(t, e, "2026-12-02", q)
			rev52Lists(t, a, []string{rev52T1}, nil, "验收 is overdue and not marked done")
			for _, id := range a.Tasks {
				r, ok := ix.Task(id)
				if ok && strings.Contains(r.Task.Title, rev52T3) {
					t.Errorf("信用修复, marked done by all its units, is listed as not done:\n%s", a.Text)
				}
			}
		})
	}
}

// TestRev52BureauTypoBlowUp: fixBureauTypos (parse.go) runs lexicon.find over the whole question once
// for every 据/居/菊/具 in it, and each find looks at every span up to the longest unit name: a message
// of such characters costs cubic time or worse. On the seed plans 200 of them take about 2 s, 400 about 14 s, and
// the 4,000 characters a question may have run for hours, unstoppable (Parse takes no context),
// one goroutine per message. The test compares 250 and 1,000 of them (maxGrowth) rather than timing one
// answer.
func TestRev52BureauTypoBlowUp(t *testing.T) {
	skipUnderRace(t)
	e := rev52Engine(t, Options{})
	ask := func(n int) {
		_, _ = e.Answer(context.Background(), Question{Text: strings.Repeat("居", n) + "?", Now: fixedClock("2026-12-02")()})
	}
	if g := scaling.Growth(ask, 250, 4, 3); g > maxGrowth {
		t.Errorf("a question of 1,000 居 costs %.1f times one of 250 (linear: 4, square: 16, cube: 64)", g)
	}
}
