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
	Rev       int64    // the store revision it was stored at
	Replaces  []string // ids of stored plans it replaced (or, in a dry run, would replace)

	Units      []string // distinct responsible units, lead first
	Nearest    []Due    // the nearest deadlines from today (the last ones when all have passed)
	AllPassed  bool     // every dated deadline is before today
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
	} else if len(all) > 0 {
		s.Nearest = all[max(0, len(all)-nearestCount):]
		s.AllPassed = true
	}
	return s
}

// String is the plain-text report the terminal prints and Slack can quote.
func (s Summary) String() string {
	d := s.Doc
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", orDash(d.Title))
	fmt.Fprintf(&b, "  id %s · city %s · number %s · issued %s · from %s\n", d.ID, orDash(d.City), orDash(d.Number), orDash(d.Issued.String()), plan.OneLine(d.Source))
	fmt.Fprintf(&b, "  %d tasks, %d responsible units\n", len(d.Tasks), len(s.Units))
	if len(s.Nearest) > 0 {
		if s.AllPassed {
			b.WriteString("  every deadline has passed; the last ones:\n")
		} else {
			b.WriteString("  nearest deadlines:\n")
		}
		for _, n := range s.Nearest {
			fmt.Fprintf(&b, "    %s  %s %s  (%s)\n", n.Deadline.Date, n.Task.Number, plan.Clip(n.Task.Title, 30), n.Deadline.Quote)
		}
	} else {
		b.WriteString("  no dated deadlines found\n")
	}
	if len(s.Unassigned) > 0 {
		fmt.Fprintf(&b, "  %d tasks have no responsible unit — check them:\n", len(s.Unassigned))
		for i, t := range s.Unassigned {
			if i == 10 {
				fmt.Fprintf(&b, "    … and %d more\n", len(s.Unassigned)-10)
				break
			}
			fmt.Fprintf(&b, "    %s %s\n", t.Number, plan.Clip(firstNonEmpty(t.Title, t.Text), 40))
		}
	}
	if len(s.ToCheck) > 0 {
		fmt.Fprintf(&b, "  %d tasks to check:\n", len(s.ToCheck))
		for i, t := range s.ToCheck {
			if i == 10 {
				fmt.Fprintf(&b, "    … and %d more\n", len(s.ToCheck)-10)
				break
			}
			var ws []string
			for _, w := range t.Warnings {
				if !strings.HasPrefix(w, "no date of its own") {
					ws = append(ws, w)
				}
			}
			fmt.Fprintf(&b, "    %s %s: %s\n", t.Number, plan.Clip(firstNonEmpty(t.Title, t.Text), 30), strings.Join(ws, "; "))
		}
	}
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "  warning: %s\n", w)
	}
	switch {
	case s.Unchanged:
		b.WriteString("  already stored exactly so: nothing changed\n")
	case s.Stored && s.Rev == 0: // shown from the store, not just added
	case !s.Stored && len(s.Replaces) > 0:
		fmt.Fprintf(&b, "  dry run: would replace %s\n", strings.Join(s.Replaces, ", "))
	case !s.Stored:
		b.WriteString("  dry run: not stored\n")
	case len(s.Replaces) > 0:
		fmt.Fprintf(&b, "  stored (revision %d), replacing %s\n", s.Rev, strings.Join(s.Replaces, ", "))
	default:
		fmt.Fprintf(&b, "  stored (revision %d)\n", s.Rev)
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
