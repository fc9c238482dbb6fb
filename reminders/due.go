package reminders

import (
	"sort"

	"github.com/dutybot/dutybot/plan"
)

// Due statuses.
const (
	StatusUpcoming = "upcoming"
	StatusOverdue  = "overdue"
)

// DueItem is one line of `dutybot due`: a deadline or the next occurrence of a recurring duty, for
// one unit.
type DueItem struct {
	Task   string   `json:"task"`
	Unit   string   `json:"unit"`
	City   string   `json:"city"`
	Date   plan.Day `json:"date"`
	Kind   string   `json:"kind"` // by | target | recurring
	Quote  string   `json:"quote"`
	Status string   `json:"status"` // upcoming | overdue

	Title string `json:"-"`
	Plan  string `json:"-"`
	Rule  string `json:"-"` // recurring: the rule in plain English
	Role  string `json:"-"` // plan.RoleLead or plan.RoleParticipating
}

// DueFilter narrows Due.
type DueFilter struct {
	// Within is how many days ahead upcoming items are listed.
	Within int
	// Units keeps only these units (nil: every unit).
	Units []plan.UnitRef
	// City keeps only units of this city ("" for all).
	City string
	// Done tells whether a task is done for a unit; done items are left out. nil: none are done.
	Done func(task string, u plan.UnitRef) bool
}

// Due lists, straight from the plans, every deadline that has passed (overdue) and every deadline
// and next recurring occurrence within f.Within days of today (upcoming). Overdue first, then by
// date, task and unit.
func Due(docs []*plan.Document, today plan.Day, f DueFilter) []DueItem {
	keep := func(u plan.UnitRef) bool {
		if f.City != "" && u.City != f.City {
			return false
		}
		if f.Units == nil {
			return true
		}
		for _, w := range f.Units {
			if w == u {
				return true
			}
		}
		return false
	}
	last := today.AddDays(f.Within)
	var out []DueItem
	for _, x := range PlanSeries(docs) {
		if !keep(x.Unit) || (f.Done != nil && f.Done(x.TaskID, x.Unit)) {
			continue
		}
		it := DueItem{Task: x.TaskID, Unit: x.Unit.Name, City: x.Unit.City, Quote: x.Quote, Title: x.TaskTitle, Plan: x.PlanTitle, Role: x.Role}
		switch x.Kind {
		case SeriesDeadline:
			it.Date, it.Kind = x.Deadline, x.DeadlineKind
			switch {
			case x.Deadline.Before(today):
				it.Status = StatusOverdue
			case !last.Before(x.Deadline):
				it.Status = StatusUpcoming
			default:
				continue
			}
		case SeriesRecurring:
			r, err := plan.ParseRule(x.Rule)
			if err != nil {
				continue
			}
			d := r.Next(today.AddDays(-1))
			if d.IsZero() || last.Before(d) {
				continue
			}
			it.Date, it.Kind, it.Status, it.Rule = d, KindRecurring, StatusUpcoming, r.Describe()
		}
		out = append(out, it)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Status != b.Status {
			return a.Status == StatusOverdue
		}
		if c := a.Date.Compare(b.Date); c != 0 {
			return c < 0
		}
		if a.Task != b.Task {
			return a.Task < b.Task
		}
		if ra, rb := roleRank[a.Role], roleRank[b.Role]; ra != rb { // lead before participating
			return ra < rb
		}
		if a.City != b.City {
			return a.City < b.City
		}
		return a.Unit < b.Unit
	})
	return out
}

var roleRank = map[string]int{plan.RoleLead: 0, plan.RoleParticipating: 1, "": 2}
