package planstore

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// Summary is what a person checks after adding a plan: what was found, and what looks wrong.
type Summary struct {
	Doc    *plan.Document
	Stored bool // false for a dry run
	// Unchanged: the same plan, parsed the same way, was stored already; nothing was written.
	Unchanged bool
	Rev       int64    // the store revision it was stored at (the store's count of changes, not the plan's version)
	Replaces  []string // ids of stored plans it replaced (or, in a dry run, would replace)

	Units     []string // distinct responsible units, lead first
	Nearest   []Due    // the nearest deadlines from today (the last ones when all have passed)
	AllPassed bool     // every dated deadline is before today
	// Passed are deadlines before today when others are still to come, latest first: stored now,
	// their units are overdue at once (an 逾期清单 the next morning, red on the board), which the
	// admin should know before storing it.
	Passed     []Due
	Unassigned []plan.Task
	// ToCheck are the tasks the parser has doubts about (plan.Task.Warnings): units read from a
	// sentence, a column role guessed, a lead taken from a heading. Tasks whose only warning is a
	// date inherited from the plan's period are counted in Doc.Warnings instead.
	ToCheck []plan.Task
}

// Due is one deadline of one task.
type Due struct {
	Task     *plan.Task
	Deadline plan.Deadline
}

// nearestCount is how many deadlines a summary shows.
const nearestCount = 5

// Summarize describes doc as of today.
func Summarize(doc *plan.Document, today plan.Day) Summary {
	s := Summary{Doc: doc}
	seen := map[string]bool{}
	var all []Due
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		for _, u := range t.Units() {
			if !seen[u] {
				seen[u] = true
				s.Units = append(s.Units, u)
			}
		}
		if len(t.Lead) == 0 && len(t.Participating) == 0 {
			s.Unassigned = append(s.Unassigned, *t)
		}
		for _, w := range t.Warnings {
			if !strings.HasPrefix(w, "no date of its own") {
				s.ToCheck = append(s.ToCheck, *t)
				break
			}
		}
		for _, d := range t.Deadlines {
			if !d.Date.IsZero() && !d.Inherited {
				all = append(all, Due{Task: t, Deadline: d})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Deadline.Date.Before(all[j].Deadline.Date) })
	var upcoming []Due
	for _, d := range all {
		if !d.Deadline.Date.Before(today) {
			upcoming = append(upcoming, d)
		}
	}
	if len(upcoming) > 0 {
		s.Nearest = upcoming[:min(nearestCount, len(upcoming))]
		for i := len(all) - len(upcoming) - 1; i >= 0 && len(s.Passed) < nearestCount; i-- {
			s.Passed = append(s.Passed, all[i])
		}
	} else if len(all) > 0 {
		s.Nearest = all[max(0, len(all)-nearestCount):]
		s.AllPassed = true
	}
	return s
}

// String is the plain-text report the terminal prints and Slack can quote, in Chinese as the admin
// reads it (the warnings through plan.WarningZH).
func (s Summary) String() string {
	d := s.Doc
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", orDash(d.Title))
	fmt.Fprintf(&b, "  编号 %s · 地区 %s · 文号 %s · 印发 %s · 来自 %s\n", d.ID, orDash(d.City), orDash(d.Number), orDash(d.Issued.String()), plan.OneLine(d.Source))
	fmt.Fprintf(&b, "  任务 %d 项，责任单位 %d 个\n", len(d.Tasks), len(s.Units))
	if len(s.Nearest) > 0 {
		if s.AllPassed {
			b.WriteString("  期限都已过去，最后几个：\n")
		} else {
			b.WriteString("  最近的期限：\n")
		}
		for _, n := range s.Nearest {
			fmt.Fprintf(&b, "    %s  %s %s  (%s)\n", n.Deadline.Date, n.Task.Number, plan.Clip(n.Task.Title, 30), n.Deadline.Quote)
		}
	} else {
		b.WriteString("  没有写明日期的期限\n")
	}
	if len(s.Passed) > 0 {
		b.WriteString("  已过的期限（存入后即算逾期）：\n")
		for _, n := range s.Passed {
			fmt.Fprintf(&b, "    %s  %s %s  (%s)\n", n.Deadline.Date, n.Task.Number, plan.Clip(n.Task.Title, 30), n.Deadline.Quote)
		}
	}
	if len(s.Unassigned) > 0 {
		fmt.Fprintf(&b, "  %d 项任务没有责任单位，请核对：\n", len(s.Unassigned))
		for i, t := range s.Unassigned {
			if i == 10 {
				fmt.Fprintf(&b, "    ……另有 %d 项\n", len(s.Unassigned)-10)
				break
			}
			fmt.Fprintf(&b, "    %s %s\n", t.Number, plan.Clip(firstNonEmpty(t.Title, t.Text), 40))
		}
	}
	if len(s.ToCheck) > 0 {
		fmt.Fprintf(&b, "  %d 项任务需要核对：\n", len(s.ToCheck))
		for i, t := range s.ToCheck {
			if i == 10 {
				fmt.Fprintf(&b, "    ……另有 %d 项\n", len(s.ToCheck)-10)
				break
			}
			var ws []string
			for _, w := range t.Warnings {
				if !strings.HasPrefix(w, "no date of its own") {
					ws = append(ws, plan.WarningZH(w))
				}
			}
			fmt.Fprintf(&b, "    %s %s：%s\n", t.Number, plan.Clip(firstNonEmpty(t.Title, t.Text), 30), strings.Join(ws, "；"))
		}
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "  提示：%s\n", plan.WarningZH(w))
	}
	switch {
	case s.Unchanged:
		b.WriteString("  已存过完全相同的方案，没有改动\n")
	case s.Stored && s.Rev == 0: // shown from the store, not just added
	case !s.Stored && len(s.Replaces) > 0:
		fmt.Fprintf(&b, "  试运行：将替换 %s\n", strings.Join(s.Replaces, ", "))
	case !s.Stored:
		b.WriteString("  试运行：没有存入\n")
	case len(s.Replaces) > 0:
		fmt.Fprintf(&b, "  已存入（第 %d 次更新方案库），替换 %s\n", s.Rev, strings.Join(s.Replaces, ", "))
	default:
		// Rev counts the store's changes, not this plan's versions: a plan stored for the first
		// time after five others is no "第 6 版".
		fmt.Fprintf(&b, "  已存入（第 %d 次更新方案库）\n", s.Rev)
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
