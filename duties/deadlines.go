package duties

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// reSpan is a deadline worked out from a span of years ("五年内", "3—5年"), not a year the plan
// names: nobody reads "五年内培训100名" as due in a given year. A span counts years in a word or a
// number of one or two digits; "2027年内" names the year itself, due at its end.
var reSpan = regexp.MustCompile(`^[^0-9]*(?:[一二三四五六七八九十两]+|\d{1,2})\s*(?:(?:—|-|至|到)\s*(?:[一二三四五六七八九十两]+|\d{1,2}))?\s*年(?:内|左右|时间|之内)`)

// Counts reports whether d is a deadline the task is held to. A date inherited from the plan's
// period is the plan's horizon, not the task's, and a date worked out from a span of years is
// nobody's deadline: neither is listed as due or overdue, nudged, or coloured on the board. A day the
// whole plan says its work is to be done by ("全年任务10月底前全部完成", an inherited `by`) is every
// task's deadline.
func Counts(d plan.Deadline) bool {
	return !d.Date.IsZero() && (!d.Inherited || d.Kind == plan.KindBy) && !spanOfYears(d.Quote)
}

// spanOfYears reports whether a quote gives a span of years (reSpan), testing first for the words
// every such span holds: the check runs for every deadline of every list.
func spanOfYears(q string) bool {
	if !strings.Contains(q, "年内") && !strings.Contains(q, "年左右") && !strings.Contains(q, "年时间") && !strings.Contains(q, "年之内") {
		return false
	}
	return reSpan.MatchString(q)
}

// Kind is a deadline's kind, plan.KindBy when the parser left it empty.
func Kind(d plan.Deadline) string {
	if d.Kind == "" {
		return plan.KindBy
	}
	return d.Kind
}

// Precision is "month" when a deadline's words name a month, a day, a quarter or the end of the
// year ("2023年12月底前", "年底前"), and "year" when they name only a year ("2023年", "到2027年",
// "2023全年").
func Precision(d plan.Deadline) string {
	if strings.ContainsAny(d.Quote, "月日号季") || strings.Contains(d.Quote, "年底") || strings.Contains(d.Quote, "年末") ||
		strings.Contains(d.Quote, "半年") || strings.Contains(d.Quote, "年中") {
		return "month"
	}
	return "year"
}

// Passed returns the deadlines of t that count and fell before today (of kind, when given): what
// "overdue" means before done marks are read.
func Passed(t *plan.Task, today plan.Day, kind string) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range t.Deadlines {
		if (Counts(d) || yearsWork(d) && !goesOn(t)) && d.Date.Before(today) && (kind == "" || Kind(d) == kind) {
			out = append(out, d)
		}
	}
	return out
}

// Ahead returns the deadlines of t that count and fall on or after today: what is not yet due, as
// Passed is what is. A year's plan's work (yearsWork) is ahead until its year is over.
func Ahead(t *plan.Task, today plan.Day) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range t.Deadlines {
		if (Counts(d) || yearsWork(d) && !goesOn(t)) && !d.Date.Before(today) {
			out = append(out, d)
		}
	}
	return out
}

// yearsWork reports whether d is the period of a year's ledger of work a task inherits ("2026年政府工作报告
// 重点工作分工方案", "2025年工作要点", "2024年民生实事"; reLedger): the task is that year's work, so once the
// year is over and the task is not marked done it is overdue, and a month's window that holds the year's
// last day ("这个月有什么到期的?" in December) lists it. It is still no date of the task's own: the task is
// among those that state no date. A plan that only bears its year ("2016年政务公开工作实施方案", "将2021年
// 确定为…年", a bare "2023年") sets no such ledger: its undated tasks are never overdue for the year.
func yearsWork(d plan.Deadline) bool {
	if !d.Inherited || d.Date.IsZero() || strings.ContainsAny(d.Quote, "到至—-－~～") || reCampaign.MatchString(d.Quote) || !reLedger.MatchString(d.Quote) {
		return false
	}
	// One year, however often it is named ("2019年政府工作报告…和2019年市民生实事项目…").
	ys := reYear.FindAllString(d.Quote, -1)
	return len(ys) > 0 && !slices.ContainsFunc(ys, func(y string) bool { return y != ys[0] })
}

// reCampaign is a notice that launches a year's campaign ("关于开展2025年玻璃幕墙安全排查整治工作的通知"):
// its year names the campaign, not a year's ledger of work; a task of it that states no date is not
// overdue when the year is over.
var reCampaign = regexp.MustCompile(`开展(?:19|20)\d{2}年(?:度)?[^，,。；;]{0,30}?(?:工作|行动|活动)的通知`)

// reLedger is the words that make a year's plan a ledger of that year's work, each item of it due by
// the year's end: a government work report's tasks and targets (工作报告, 目标任务), a year's key work
// or points (重点工作, 重点任务, 工作要点), its work plan or arrangement (工作计划, 年度实施计划, 工作安排),
// its practical projects (民生实事, 为民办实事) and a list or split of its tasks (任务清单, 任务分解). A
// 实施方案 or 行动方案 titled with its year is a plan of that year, not such a ledger: readers hold its
// undated tasks to no date. (plan's yearsWorkTitle, for when a plan begins, is a narrower reading.)
var reLedger = regexp.MustCompile(`工作报告|重点工作|重点任务|要点|工作计划|实施计划|年度计划|工作安排|任务安排|实事|目标任务|任务清单|任务分解`)

// reOngoing is how a plan's time cell or label says a work has no end date: 长期推进, 持续开展, 常态化.
var reOngoing = regexp.MustCompile(`^(?:(?:完成)?(?:时限|时间|时间节点|期限)\s*[:：]\s*)?(长期(?:坚持|推进|开展|执行|实施)?|持续(?:推进|开展|实施|进行)|常态化(?:推进|开展)?|全年(?:推进|开展)?)[。;；]?$`)

// Ongoing is the words a task's time cell (a line of its text) or time label gives when they are
// no date ("长期推进", "全年"), or "".
func Ongoing(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if m := reOngoing.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return m[1]
		}
	}
	return ""
}

// goesOn reports whether t's own time cell says its work goes on with no end ("长期推进", "持续开展",
// "常态化"): a task of a year's ledger so marked is not that year's work, so the year's end is no
// deadline of it (yearsWork) and it is never overdue for it. "全年" is the year's work itself.
func goesOn(t *plan.Task) bool {
	m := Ongoing(t.Text)
	return m != "" && !strings.HasPrefix(m, "全年")
}

// rePartOfYear names the part of a year a plan is for: 第三季度, 一季度, 上半年, 下半年.
var rePartOfYear = regexp.MustCompile(`(季度|半年)`)

// partDays is how many days the part of a year an inherited period's words name runs, at most (a
// quarter 92, a half year 184); 0 when they name a whole year.
func partDays(quote string) int {
	switch rePartOfYear.FindString(quote) {
	case "季度":
		return 91
	case "半年":
		return 183
	}
	return 0
}

// horizon reports whether d is the end of the plan's period a task inherits as its target ("（2023—2027年）",
// "第十三个五年规划纲要"): no deadline of the task's, but what a question about the targets of that
// year ("明年有哪些约束性指标要达标?", "2027年要达到哪些指标?") asks for.
func horizon(d plan.Deadline) bool {
	return d.Inherited && !d.Date.IsZero() && d.Kind == plan.KindTarget && !spanOfYears(d.Quote)
}

// reFigure is a figure to reach: a number with its measure (12%, 6.4万亩, 8所, 11.1年 of schooling).
var reFigure = regexp.MustCompile(`\d(?:\.\d+)?\s*(?:%|％|‰|个百分点|亿|万|元|家|个|人|亩|公里|千米|平方米|吨|项|所|套|间|座|张|户|次)|\d\.\d+\s*(?:年|岁|天)`)

// reYear is a year written in digits.
var reYear = regexp.MustCompile(`(?:19|20)\d{2}`)

// Within returns the deadlines of t that count and fall in [from, to] (open ends when zero), of kind
// when given, and no coarser than precision: a window naming a month ("month") does not count a
// deadline set to a year. In a month's window, a year's plan's work counts at its year's end
// (yearsWork); in any window, targets asked for count the plan's horizon too when the task is a figure.
func Within(t *plan.Task, from, to plan.Day, kind, precision string) []plan.Deadline {
	var out []plan.Deadline
	window := !from.IsZero() || !to.IsZero()
	// A month's window (本月, 12月) is when a year's work comes due, as it is overdue once the year is
	// over; a year's window ("2017年底前要完成哪些?") asks for the dates the tasks set themselves.
	// A duty that recurs falls due on its own days, not at its year's end.
	short := !from.IsZero() && !to.IsZero() && to.Before(from.AddDays(62)) && len(t.Recurring) == 0
	// A quarter's or a half year's plan ("2020年第三季度工作要点") is that part's work: a window no
	// longer than the part ("三季度要完成哪些?") lists it, as a month's lists a year's work.
	part := !from.IsZero() && !to.IsZero() && len(t.Recurring) == 0
	// Targets asked for in a window ("明年有哪些约束性指标要达标?") are the figures the plan sets for the end
	// of its period too ("户籍人口城镇化率达到40%" of a 十三五 plan); work with no figure has no such date.
	figure := window && kind == plan.KindTarget && reFigure.MatchString(t.Title+t.Text)
	for _, d := range t.Deadlines {
		switch {
		case !Counts(d) && !((short || part && partDays(d.Quote) > 0 && !from.AddDays(partDays(d.Quote)).Before(to)) && yearsWork(d) && !goesOn(t) || figure && horizon(d)),
			!from.IsZero() && d.Date.Before(from),
			!to.IsZero() && to.Before(d.Date),
			kind != "" && Kind(d) != kind,
			precision == "month" && Precision(d) == "year":
			continue
		}
		out = append(out, d)
	}
	return out
}

// Dated reports whether t has a deadline that counts.
func Dated(t *plan.Task) bool { return len(Within(t, plan.Day{}, plan.Day{}, "", "")) > 0 }

// HasTime is the one owner of "does this task say when it is done": a deadline that counts (Dated)
// or a recurring duty due by a day each time ("每年3月底前报送"). bot's 没有完成时间 and 有期限的 are
// its two sides: a task is in one exactly when it is not in the other.
func HasTime(t *plan.Task) bool { return Dated(t) || slices.ContainsFunc(t.Recurring, dueBy) }

// dueBy reports whether a recurring duty says by when it is done each time ("每年4月底前报送",
// "每季度结束后10日内报送"): a time the plan gives, as a deadline is, not only how often. The day is
// the one plan.ParseRecurring read into the duty's rule (a day of the month, a month, a weekday), not
// a second reading of its words: "每月前往各乡镇督导检查" names none. Its words say only that the day
// is a limit (前, 内, 截止), not the day something is done at ("每年年底提出下一年度的议题").
func dueBy(r plan.Recurring) bool {
	day := r.Rule.MonthDay != 0 || r.Rule.ByDaySet || r.Rule.Month != 0 || r.Rule.Months != 0
	return day && reDueByWord.MatchString(r.Quote)
}

var reDueByWord = regexp.MustCompile(`前|内|截止|截至`)

// Occurrence is one day a recurring duty falls on.
type Occurrence struct {
	Recurring plan.Recurring
	Day       plan.Day
}

// Occurrences returns, for each recurring duty of t, the first day in [from, to] it falls on: what
// "本月要做什么" lists beside the deadlines. A duty does not fall before its plan was issued: asked about
// July 2015, a 2023 plan's monthly report has no day. A yearly duty whose month the plan does not
// say (每年开展一次) falls in no window shorter than a year: its schedule's day (the year's first) is
// the reminders' choice, not the plan's.
func Occurrences(t *plan.Task, from, to plan.Day) []Occurrence {
	var out []Occurrence
	if t.Doc != nil && !t.Doc.Issued.IsZero() && from.Before(t.Doc.Issued) {
		from = t.Doc.Issued
	}
	if t.Doc != nil && !t.Doc.Begins.IsZero() && from.Before(t.Doc.Begins) {
		from = t.Doc.Begins // a 2027 plan's monthly report is 2027's, the first in January
	}
	if to.Before(from) {
		return nil
	}
	wholeYear := !to.Before(from.AddDays(364))
	for _, r := range t.Recurring {
		if r.Rule.Freq == plan.Yearly && r.Rule.Month == 0 && !wholeYear {
			continue
		}
		if d, ok := FirstIn(r.Rule, from, to); ok {
			out = append(out, Occurrence{r, d})
		} else if d, ok := weekEnd(r.Rule, from, to); ok {
			out = append(out, Occurrence{r, d})
		}
	}
	return out
}

// weekEnd is the day a weekly duty whose weekday the plan does not say (每周巡查) falls on in a window
// that runs to the end of the week it starts in: that week's Sunday, by which the week's round is
// done, as a monthly duty with no day falls by its month's end. Its schedule's Monday is the
// reminders' choice, not the plan's: asked on a Wednesday, "本周要做什么" lists it.
func weekEnd(r plan.Rule, from, to plan.Day) (plan.Day, bool) {
	if r.Freq != plan.Weekly || r.ByDaySet || r.Interval > 1 {
		return plan.Day{}, false
	}
	sunday := from.AddDays((7 - int(from.Time(12, 0).Weekday())) % 7)
	if to.Before(sunday) || !r.InSeason(sunday) {
		return plan.Day{}, false // out of the season it is kept in (汛期每周), no round that week
	}
	return sunday, true
}

// FirstIn returns the first day in [from, to] that rule r falls on.
func FirstIn(r plan.Rule, from, to plan.Day) (plan.Day, bool) {
	if r.Freq == "" {
		return plan.Day{}, false
	}
	d := r.Next(from.AddDays(-1))
	if d.IsZero() || to.Before(d) {
		return plan.Day{}, false
	}
	return d, true
}

// Covers reports whether a done mark made at `at` is the one of rule r's occurrence due on occ: a
// standing duty done ("每月10日前报送…" marked on December 9) is done for the period it was marked in —
// the day, the week, the month, the quarter or the year the rule counts in, anchored as plan.Rule.Next
// anchors them — and its next period's is still to do. A mark made in the period of occ, or in an
// earlier part of it, before the period of the next occurrence, covers occ.
func Covers(r plan.Rule, occ plan.Day, at time.Time) bool {
	if at.IsZero() {
		return false
	}
	day := plan.DayOf(at)
	start := PeriodStart(r, occ)
	next := PeriodStart(r, r.Next(occ))
	return !day.Before(start) && day.Before(next)
}

// PeriodStart is the first day of the period of rule r that its occurrence on occ belongs to: the
// day (every ten days: the ten), the week's Monday, the first of the month, of the quarter or of the
// months since the set's previous month (BYMONTH=6,12: July and January), January 1.
func PeriodStart(r plan.Rule, occ plan.Day) plan.Day {
	iv := max(r.Interval, 1)
	switch r.Freq {
	case plan.Daily:
		return occ.AddDays(1 - iv)
	case plan.Weekly:
		monday := occ.AddDays(-((int(occ.Time(12, 0).Weekday()) + 6) % 7))
		return monday.AddDays(-7 * (iv - 1))
	case plan.Monthly:
		if r.Months != 0 {
			m := occ.Month
			for k := 1; k <= 12; k++ {
				prev := time.Month((int(occ.Month)-1-k+24)%12 + 1)
				if r.Months&(1<<(prev-1)) != 0 {
					break
				}
				m = prev
			}
			y := occ.Year
			if m > occ.Month {
				y--
			}
			return plan.NewDay(y, m, 1)
		}
		m := time.Month((int(occ.Month)-1)/iv*iv + 1)
		return plan.NewDay(occ.Year, m, 1)
	case plan.Yearly:
		return plan.NewDay(occ.Year, time.January, 1)
	}
	return occ
}
