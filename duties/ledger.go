package duties

import (
	"cmp"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// ShareState is what people said about one unit's share of a task: the done mark, the latest
// progress line and the latest extension request. *reminders.Store keeps it in Redis.
type ShareState struct {
	DoneAt time.Time
	DoneBy string

	Progress   string
	ProgressBy string
	ProgressAt time.Time

	ExtensionTo     plan.Day // zero: no extension asked for
	ExtensionReason string
	ExtensionBy     string
	ExtensionAt     time.Time
}

// Row is one line of the 督办台账: one unit's share of one task, its deadlines and recurring duties,
// the deadline that decides its 亮灯 colour, and what people said about it. The report, the board
// page, the weekly digest and `remind board` are all made of Rows (Rows), so they count alike.
type Row struct {
	Doc  *plan.Document
	Task *plan.Task
	Unit plan.UnitRef
	Role string // plan.RoleLead, plan.RoleParticipating, or "" for a city's task

	Deadlines []plan.Deadline // the deadlines that count, in the task's order
	Recurring []plan.Rule     // the recurring duties' rules

	Deadline plan.Day // the deadline that decides the colour (Decisive); zero: none
	// Standing is the recurring duty whose next day is Deadline, when no deadline of the row's is
	// due sooner or has passed (Freq "": a deadline decides).
	Standing plan.Rule
	Colour   string // Green, Yellow or Red
	Reason   string // a few words saying why
	State    ShareState
}

// Share is the task and unit the row is about.
func (r Row) Share() TaskUnit { return TaskUnit{r.Task.ID, r.Unit} }

// Done reports whether the unit marked its share done: for a row a standing duty decides, its
// current period's (Covers).
func (r Row) Done() bool { return !r.doneAt().IsZero() }

// doneAt is when the share was marked done, if that mark is the deciding duty's.
func (r Row) doneAt() time.Time {
	if r.Standing.Freq != "" && !Covers(r.Standing, r.Deadline, r.State.DoneAt) {
		return time.Time{}
	}
	return r.State.DoneAt
}

// Shares lists the shares ds belong to, each once, in the order of ds.
func Shares(ds []Duty) []TaskUnit {
	seen := map[TaskUnit]bool{}
	var out []TaskUnit
	for _, d := range ds {
		if s := d.Share(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Rows is the 督办台账 of duties ds (Of, or the part of it still supervised) as of today: one row
// per task and unit in the order of ds, coloured by Light from the decisive deadline and the
// share's done mark in states (a share absent from states has said nothing). It is Group, then
// Colour.
func Rows(ds []Duty, today plan.Day, states map[TaskUnit]ShareState) []Row {
	return Colour(Group(ds, today), today, states)
}

// Group gathers ds into one row per task and unit, in the order of ds, each with its deadlines,
// recurring duties and the deadline that decides its colour as of today; no state, no colour yet.
// It depends only on ds and today, so a caller may keep it while neither changes.
func Group(ds []Duty, today plan.Day) []Row {
	index := map[TaskUnit]int{}
	var out []Row
	for _, d := range ds {
		s := d.Share()
		i, ok := index[s]
		if !ok {
			i = len(out)
			index[s] = i
			out = append(out, Row{Doc: d.Doc, Task: d.Task, Unit: d.Unit, Role: d.Role})
		}
		r := &out[i]
		if d.Recurring != nil {
			r.Recurring = append(r.Recurring, d.Recurring.Rule)
			continue
		}
		r.Deadlines = append(r.Deadlines, d.Deadline)
		r.Deadline = Decisive(r.Deadline, d.Deadline.Date, today)
	}
	for i := range out {
		standing(&out[i], today)
	}
	return out
}

// standing lets a row's recurring duties decide its colour when no deadline of its has passed: the
// next day one of them falls on, from today ("每月10日前报送" on December 6 is due December 10), when
// it comes before the row's own next deadline. A passed deadline keeps deciding: it is overdue.
func standing(r *Row, today plan.Day) {
	if !r.Deadline.IsZero() && r.Deadline.Before(today) {
		return
	}
	for _, rule := range r.Recurring {
		d, ok := FirstIn(rule, today, today.AddDays(400))
		if !ok {
			continue
		}
		if r.Deadline.IsZero() || d.Before(r.Deadline) {
			r.Deadline, r.Standing = d, rule
		}
	}
}

// Colour returns a copy of grouped rows (Group's, as of the same today) with each share's state
// from states and its colour by Light.
func Colour(grouped []Row, today plan.Day, states map[TaskUnit]ShareState) []Row {
	out := make([]Row, len(grouped))
	for i, r := range grouped {
		r.State = states[r.Share()]
		r.Colour, r.Reason = Light(r.Deadline, r.doneAt(), today)
		out[i] = r
	}
	return out
}

// Select keeps the rows of the units and city f names (Filter's Units and City; the rest of f is
// not used).
func Select(rows []Row, f Filter) []Row {
	if f.Units == nil && f.City == "" {
		return rows
	}
	var out []Row
	for _, r := range rows {
		if f.keeps(r.Unit) {
			out = append(out, r)
		}
	}
	return out
}

// Due is a row's 完成时限 in the plan's words: its deadlines' quotes (their dates when a quote is
// empty), then its recurring duties as the plans say them (每月10日前).
func (r Row) Due() string {
	var parts []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	for _, d := range r.Deadlines {
		if d.Quote != "" {
			add(d.Quote)
		} else {
			add(d.Date.String())
		}
	}
	for _, rule := range r.Recurring {
		add(rule.Words())
	}
	return strings.Join(parts, "；")
}

// Tally is how many rows are red, yellow and green (done included), and how many of them are done.
type Tally struct {
	Red    int `json:"red"`
	Yellow int `json:"yellow"`
	Green  int `json:"green"`
	Done   int `json:"done"`
}

// Add counts one row of colour colour, done or not.
func (t *Tally) Add(colour string, done bool) {
	switch colour {
	case Red:
		t.Red++
	case Yellow:
		t.Yellow++
	default:
		t.Green++
	}
	if done {
		t.Done++
	}
}

// WorseFirst compares t with u for a list worst first: negative when t has more reds, or as many
// and more yellows; 0 when both counts tie.
func (t Tally) WorseFirst(u Tally) int {
	if c := cmp.Compare(u.Red, t.Red); c != 0 {
		return c
	}
	return cmp.Compare(u.Yellow, t.Yellow)
}

// Total is the number of rows counted.
func (t Tally) Total() int { return t.Red + t.Yellow + t.Green }

// Count tallies rows.
func Count(rows []Row) Tally {
	var t Tally
	for _, r := range rows {
		t.Add(r.Colour, r.Done())
	}
	return t
}
