package duties

import (
	"context"
	"sort"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// Duty is one unit's share of one deadline that counts, or of one recurring duty, of a task. A task
// that names no unit is its city's as a whole (Unit.Name "").
type Duty struct {
	Doc  *plan.Document
	Task *plan.Task
	Unit plan.UnitRef
	Role string // plan.RoleLead, plan.RoleParticipating, or "" for a city's task
	// Deadline is the deadline, for a deadline duty; Recurring is nil then.
	Deadline plan.Deadline
	// Recurring is the recurring duty, for a recurring one.
	Recurring *plan.Recurring
}

// Share is the task and unit the duty belongs to, as done marks name it.
func (d Duty) Share() TaskUnit { return TaskUnit{d.Task.ID, d.Unit} }

// Of returns every duty the plans give their units, plan by plan and task by task: for each
// deadline that counts, one per unit the task names; for each recurring duty, one per unit it names
// (the task's units when it names none). A share of the same date and kind (or the same rule and
// words) named twice in a task is one duty.
func Of(docs []*plan.Document) []Duty {
	var out []Duty
	var groups roleGroups
	seen := map[string]bool{}
	add := func(d Duty, key ...string) {
		k := strings.Join(append([]string{d.Task.ID, d.Unit.City, d.Unit.Name}, key...), "\x1f")
		if !seen[k] {
			seen[k] = true
			out = append(out, d)
		}
	}
	for _, doc := range docs {
		for i := range doc.Tasks {
			t := &doc.Tasks[i]
			units := groups.parties(doc, t, t.Units())
			if len(units) == 0 {
				units = []Party{{}}
			}
			for _, dl := range t.Deadlines {
				if !Counts(dl) {
					continue
				}
				for _, u := range units {
					add(Duty{Doc: doc, Task: t, Unit: plan.UnitRef{City: doc.City, Name: u.Name}, Role: u.Role, Deadline: dl}, "d", dl.Date.String(), Kind(dl))
				}
			}
			for j := range t.Recurring {
				r := &t.Recurring[j]
				if r.Rule.Freq == "" {
					continue
				}
				us := units
				if len(r.Units) > 0 {
					us = groups.parties(doc, t, r.Units)
				}
				for _, u := range us {
					add(Duty{Doc: doc, Task: t, Unit: plan.UnitRef{City: doc.City, Name: u.Name}, Role: u.Role, Recurring: r}, "r", r.Rule.String(), r.Quote)
				}
			}
		}
	}
	return out
}

// Party is a unit a task gives its duties to, and its role in the task.
type Party struct {
	Name string
	Role string // plan.RoleLead, plan.RoleParticipating, or "" for a city's task
}

// Parties are the units task t of doc gives its duties to: the units it names, a party named by its
// role in the plan ("各牵头单位每月5日前将上月工作进展情况报送市民政局", plan.RoleGroup) standing for
// the plan's units of that role, each in the group's role in t. A group the plan gives no unit of
// its role stays as it is named.
func Parties(doc *plan.Document, t *plan.Task) []Party {
	var g roleGroups
	return g.parties(doc, t, t.Units())
}

// RoleIn is unit u's role in task t of doc, as Parties gives it ("" when t gives it no duty).
func RoleIn(doc *plan.Document, t *plan.Task, u string) string {
	for _, p := range Parties(doc, t) {
		if p.Name == u {
			return p.Role
		}
	}
	return ""
}

// roleGroups keeps, per plan, the units of each role its tasks name (groups left out), as role
// groups are met.
type roleGroups struct {
	doc           *plan.Document
	lead, partics []string
}

// parties are names of task t of doc with each role group read as its units (Parties).
func (g *roleGroups) parties(doc *plan.Document, t *plan.Task, names []string) []Party {
	out := make([]Party, 0, len(names))
	seen := map[string]bool{}
	add := func(name, role string) {
		if !seen[name] {
			seen[name] = true
			out = append(out, Party{name, role})
		}
	}
	for _, u := range names {
		lead, partic := plan.RoleGroup(u)
		if !lead && !partic {
			add(u, t.Role(u))
			continue
		}
		g.of(doc)
		var members []string
		if lead {
			members = append(members, g.lead...)
		}
		if partic {
			members = append(members, g.partics...)
		}
		if len(members) == 0 {
			add(u, t.Role(u))
			continue
		}
		for _, m := range members {
			add(m, t.Role(u))
		}
	}
	return out
}

// of gathers doc's units by role, once per plan.
func (g *roleGroups) of(doc *plan.Document) {
	if g.doc == doc {
		return
	}
	g.doc, g.lead, g.partics = doc, nil, nil
	seen := map[string]bool{}
	for i := range doc.Tasks {
		t := &doc.Tasks[i]
		for _, u := range t.Lead {
			if l, p := plan.RoleGroup(u); !l && !p && !seen[u] {
				seen[u] = true
				g.lead = append(g.lead, u)
			}
		}
	}
	seen = map[string]bool{}
	for i := range doc.Tasks {
		for _, u := range doc.Tasks[i].Participating {
			if l, p := plan.RoleGroup(u); !l && !p && !seen[u] {
				seen[u] = true
				g.partics = append(g.partics, u)
			}
		}
	}
}

// Item statuses.
const (
	Upcoming = "upcoming"
	Overdue  = "overdue"
)

// KindRecurring is the Kind of an Item that is a recurring duty's next day.
const KindRecurring = "recurring"

// Item is one line of `dutybot due`: a deadline, or the next day of a recurring duty, for one unit.
// Its JSON is what `due --json` prints; keep it stable.
type Item struct {
	Task   string   `json:"task"`
	Unit   string   `json:"unit"`
	City   string   `json:"city"`
	Date   plan.Day `json:"date"`
	Kind   string   `json:"kind"` // by | target | recurring
	Quote  string   `json:"quote"`
	Status string   `json:"status"` // upcoming | overdue

	Title string    `json:"-"`
	Plan  string    `json:"-"`
	Rule  plan.Rule `json:"-"` // recurring: its rule (Words in Chinese, Describe in English)
	Role  string    `json:"-"` // plan.RoleLead or plan.RoleParticipating
}

// Filter narrows List.
type Filter struct {
	// Within is how many days ahead upcoming items are listed.
	Within int
	// Units keeps only these units (nil: every unit).
	Units []plan.UnitRef
	// City keeps only units of this city ("" for all).
	City string
	// Done holds the done marks; a marked share is left out, and a standing duty's day when the mark
	// was made in its period (Covers). nil: none is done.
	Done map[TaskUnit]DoneMark
}

func (f Filter) keeps(u plan.UnitRef) bool {
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

// List lists, per unit, every deadline that has passed (overdue) and every deadline and next
// recurring day within f.Within days of today (upcoming), leaving out what is marked done (a
// recurring day only when it was marked in its period: December's report done is not January's). Overdue
// first, then by date, task, role (lead first) and unit.
func List(docs []*plan.Document, today plan.Day, f Filter) []Item {
	last := today.AddDays(f.Within)
	var out []Item
	for _, d := range Of(docs) {
		if !f.keeps(d.Unit) {
			continue
		}
		mark, done := f.Done[d.Share()]
		if done && d.Recurring == nil {
			continue
		}
		it, ok := item(d, today, last)
		if ok && done && Covers(d.Recurring.Rule, it.Date, mark.At) {
			it, ok = item(d, it.Date.AddDays(1), last) // that period's is done: the next one in the window
		}
		if ok {
			out = append(out, it)
		}
	}
	sortItems(out)
	return out
}

// ListMarked is List leaving out the shares marks says are done.
func ListMarked(ctx context.Context, docs []*plan.Document, today plan.Day, f Filter, marks Marks) ([]Item, error) {
	var shares []TaskUnit
	for _, d := range Of(docs) {
		if f.keeps(d.Unit) {
			shares = append(shares, d.Share())
		}
	}
	done, err := marks.DoneMarks(ctx, shares)
	if err != nil {
		return nil, err
	}
	f.Done = done
	return List(docs, today, f), nil
}

// item is d as a line of the list, when it is overdue or falls by last.
func item(d Duty, today, last plan.Day) (Item, bool) {
	it := Item{Task: d.Task.ID, Unit: d.Unit.Name, City: d.Unit.City, Title: Title(d.Task), Plan: d.Doc.Title, Role: d.Role}
	if d.Recurring == nil {
		it.Date, it.Kind, it.Quote = d.Deadline.Date, Kind(d.Deadline), d.Deadline.Quote
		switch {
		case it.Date.Before(today):
			it.Status = Overdue
		case !last.Before(it.Date):
			it.Status = Upcoming
		default:
			return it, false
		}
		return it, true
	}
	day, ok := FirstIn(d.Recurring.Rule, today, last)
	if !ok {
		return it, false
	}
	it.Date, it.Kind, it.Status, it.Quote, it.Rule = day, KindRecurring, Upcoming, d.Recurring.Quote, d.Recurring.Rule
	return it, true
}

var roleRank = map[string]int{plan.RoleLead: 0, plan.RoleParticipating: 1, "": 2}

func sortItems(out []Item) {
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Status != b.Status {
			return a.Status == Overdue
		}
		if c := a.Date.Compare(b.Date); c != 0 {
			return c < 0
		}
		if a.Task != b.Task {
			return a.Task < b.Task
		}
		if ra, rb := roleRank[a.Role], roleRank[b.Role]; ra != rb {
			return ra < rb
		}
		if a.City != b.City {
			return a.City < b.City
		}
		return a.Unit < b.Unit
	})
}

// Title is what a task is called in a list or a nudge: its title, else the start of its text.
func Title(t *plan.Task) string {
	if t.Title != "" {
		return t.Title
	}
	return plan.Clip(t.Text, 40)
}
