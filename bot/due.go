package bot

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// This file is the one place where the bot decides what is due, overdue or done; it is kept small
// so that it can move when "what is due" is unified for every front end.

// DoneMarks tells which units marked which tasks done (the 完成 button, `remind done`). The reminder
// store provides it; nil means no marks are known.
type DoneMarks interface {
	// Done returns, for each pair that is marked done, who marked it and when. Pairs not marked are
	// absent.
	Done(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error)
}

// TaskUnit is one unit's share of one task. A task that names no unit is its city's: Unit.Name "".
type TaskUnit struct {
	Task string
	Unit plan.UnitRef
}

// DoneMark is who marked a task done, and when.
type DoneMark struct {
	By string
	At time.Time
}

// DoneMarksFunc adapts a function to DoneMarks.
type DoneMarksFunc func(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error)

// Done calls f.
func (f DoneMarksFunc) Done(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error) {
	return f(ctx, pairs)
}

// donePairs are the pairs whose marks decide whether a task is done: its lead units (every unit
// when it names no lead; its city when it names none), or only the units asked about.
func donePairs(doc *plan.Document, t *plan.Task, asked []plan.UnitRef) []TaskUnit {
	var out []TaskUnit
	if len(asked) > 0 {
		for _, u := range asked {
			if u.City == doc.City && t.Role(u.Name) != "" {
				out = append(out, TaskUnit{t.ID, u})
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	units := t.Lead
	if len(units) == 0 {
		units = t.Participating
	}
	if len(units) == 0 {
		return []TaskUnit{{t.ID, plan.UnitRef{City: doc.City}}}
	}
	for _, u := range units {
		out = append(out, TaskUnit{t.ID, plan.UnitRef{City: doc.City, Name: u}})
	}
	return out
}

// doneOf is the mark of a task as a whole: done when every pair that decides is marked, by the
// latest of them.
func doneOf(pairs []TaskUnit, marks map[TaskUnit]DoneMark) (DoneMark, bool) {
	var last DoneMark
	for _, p := range pairs {
		m, ok := marks[p]
		if !ok {
			return DoneMark{}, false
		}
		if m.At.After(last.At) || last.By == "" {
			last = m
		}
	}
	return last, len(pairs) > 0
}

// reSpan is a deadline worked out from a span of years ("五年内", "3—5年"), not a year the plan names:
// nobody reads "五年内培训100名" as due in a given year.
var reSpan = regexp.MustCompile(`^[^0-9]*[一二三四五六七八九十两0-9]+\s*(?:—|-|至|到)?\s*[一二三四五六七八九十0-9]*\s*年(?:内|左右|时间|之内)`)

// stated reports whether a deadline is one the task itself states as a date.
func stated(d plan.Deadline) bool {
	return !d.Date.IsZero() && !d.Inherited && !reSpan.MatchString(d.Quote)
}

// passed returns the deadlines of t before today (of kind, when given): what "overdue" means.
func passed(t *plan.Task, today plan.Day, kind string) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range t.Deadlines {
		if stated(d) && d.Date.Before(today) && (kind == "" || dlKind(d) == kind) {
			out = append(out, d)
		}
	}
	return out
}

// within returns the deadlines of t in [from, to] (open ends when zero), of kind when given, and
// no coarser than precision: a question naming a month does not count a deadline set to a year.
func within(t *plan.Task, from, to plan.Day, kind, precision string) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range t.Deadlines {
		switch {
		case !stated(d), // the plan's period, or a span of years, is no date the task states
			!from.IsZero() && d.Date.Before(from),
			!to.IsZero() && to.Before(d.Date),
			kind != "" && dlKind(d) != kind,
			precision == "month" && deadlinePrecision(d) == "year":
			continue
		}
		out = append(out, d)
	}
	return out
}

// namingYear keeps the deadlines whose words name their year ("2027年", "202312月底前"), not those
// worked out from a span ("五年内").
func namingYear(ds []plan.Deadline) []plan.Deadline {
	var out []plan.Deadline
	for _, d := range ds {
		if strings.Contains(d.Quote, strconv.Itoa(d.Date.Year)) {
			out = append(out, d)
		}
	}
	return out
}

func dlKind(d plan.Deadline) string {
	if d.Kind == "" {
		return plan.KindBy
	}
	return d.Kind
}

// occurrence is one day a recurring duty falls on.
type occurrence struct {
	rec plan.Recurring
	day plan.Day
}

// occurrences returns the days in [from, to] on which the recurring duties of t fall (the first of
// each duty), for "本月要做什么".
func occurrences(t *plan.Task, from, to plan.Day) []occurrence {
	var out []occurrence
	for _, r := range t.Recurring {
		if r.Rule.Freq == "" {
			continue
		}
		d := r.Rule.Next(from.AddDays(-1))
		if !d.IsZero() && !to.Before(d) {
			out = append(out, occurrence{r, d})
		}
	}
	return out
}

// freqMatches reports whether a recurring rule repeats as often as a question asks.
func freqMatches(r plan.Rule, freq string) bool {
	if r.Freq == "" {
		return false
	}
	n := max(r.Interval, 1)
	switch freq {
	case "any":
		return true
	case "weekly":
		return r.Freq == plan.Weekly && n == 1
	case "monthly":
		return r.Freq == plan.Monthly && n == 1
	case "quarterly":
		return r.Freq == plan.Monthly && n == 3
	case "yearly":
		return r.Freq == plan.Yearly || (r.Freq == plan.Monthly && n == 12)
	}
	return false
}
