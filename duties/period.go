package duties

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// A plan runs for a period: from its title ("（2023—2027年）", "2025年工作要点"), else its goals
// ("到2025年"), else the year of its last deadline, else the year after it was issued (a work plan
// issued in December is next year's). A part of a plan that names one year of its own — "附件1
// 2023年服务业重点工作任务清单" — ends with that year. Once the period is over the plan (or the part)
// has ended: still answerable, but nothing of it is nudged. End and PartEnd say when; whether a plan
// is open is the reminders' lifecycle to say, because a person may close or reopen it.

// Period sources, as End reports them.
const (
	PeriodStated   = "stated"   // the plan's title or goals
	PeriodDeadline = "deadline" // the year of its last deadline
	PeriodIssued   = "issued"   // the year after it was issued
)

// End returns the last day of doc's period, where it comes from, and the words that state it (the
// title's or goals' phrase, or the last deadline's). It is zero when the plan says nothing of time.
func End(doc *plan.Document) (end plan.Day, source, quote string) {
	var last plan.Deadline
	for i := range doc.Tasks {
		if d := lastOwn(&doc.Tasks[i]); last.Date.Before(d.Date) {
			last = d
		}
	}
	// A deadline a task sets after the period the plan states ("2026年…工作要点" with an item due
	// "2027年3月底前") is still the plan's: the plan is not over until it has passed.
	stated, quote := doc.Period, doc.PeriodQuote
	if stated.IsZero() {
		// A stored parse from before the period was kept: the title still says it.
		stated, quote = plan.PlanPeriod(doc.Title, nil, doc.Issued.Year)
	}
	if !stated.IsZero() {
		if stated.Before(last.Date) {
			return last.Date, PeriodDeadline, last.Quote
		}
		return stated, PeriodStated, quote
	}
	if !last.Date.IsZero() {
		return plan.NewDay(last.Date.Year, time.December, 31), PeriodDeadline, last.Quote
	}
	if !doc.Issued.IsZero() {
		return plan.NewDay(doc.Issued.Year+1, time.December, 31), PeriodIssued, ""
	}
	return plan.Day{}, "", ""
}

// PartEnd returns the last day of the part of doc that task t belongs to: the period its nearest
// heading names when that heading is a list's or an annex's title naming its years ("附件1 2023年服务
// 业重点工作任务清单", "二、2021年重点工作"), else the plan's (End). Zero means no end.
func PartEnd(doc *plan.Document, t *plan.Task) plan.Day {
	path := t.Path()
	for k := len(path) - 1; k >= 0; k-- {
		if d := headingPeriod(path[k], doc.Issued.Year); !d.IsZero() {
			// A deadline of the part's own tasks after its period keeps it open until it passes.
			for i := range doc.Tasks {
				if o := &doc.Tasks[i]; o.Section == t.Section {
					if l := lastOwn(o); d.Before(l.Date) {
						d = l.Date
					}
				}
			}
			return d
		}
	}
	end, _, _ := End(doc)
	return end
}

// lastOwn is the latest deadline that counts (Counts) task t sets.
func lastOwn(t *plan.Task) plan.Deadline {
	var last plan.Deadline
	for _, d := range t.Deadlines {
		if Counts(d) && last.Date.Before(d.Date) {
			last = d
		}
	}
	return last
}

// partTitle is what a heading naming a part of the plan says it holds.
var partTitle = regexp.MustCompile(`清单|要点|计划|任务|工作|安排|方案`)

// headingPeriod is the period a heading names when the heading is a title — short, no sentence in
// it, naming a list of work — and zero otherwise: "（一）2023年,争创…" is a task, not a part.
func headingPeriod(h string, year int) plan.Day {
	h = strings.TrimSpace(h)
	if utf8.RuneCountInString(h) > 40 || strings.ContainsAny(h, "，。；：,;:") || !strings.Contains(h, "年") {
		return plan.Day{}
	}
	if !partTitle.MatchString(h) {
		return plan.Day{}
	}
	d, _ := plan.PlanPeriod(h, nil, year)
	return d
}

// Ended reports whether the period of doc (or, with t, of t's part of doc) is over on today.
func Ended(doc *plan.Document, t *plan.Task, today plan.Day) bool {
	end, _, _ := End(doc)
	if t != nil {
		end = PartEnd(doc, t)
	}
	return !end.IsZero() && end.Before(today)
}
