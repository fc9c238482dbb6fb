package duties

import (
	"context"
	"slices"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// TaskUnit is one unit's share of one task. A task that names no unit is its city's: Unit.Name "".
type TaskUnit struct {
	Task string
	Unit plan.UnitRef
}

// DoneMark is who marked a unit's share of a task done, and when.
type DoneMark struct {
	By string
	At time.Time
}

// Marks reads the marks units set when their share of a task is done (the 完成 button, `remind
// done`). *reminders.Store, which keeps them in Redis, is one.
type Marks interface {
	// DoneMarks returns, for each pair that is marked done, who marked it and when. Pairs not marked
	// are absent.
	DoneMarks(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error)
}

// MarksFunc adapts a function to Marks.
type MarksFunc func(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error)

// DoneMarks calls f.
func (f MarksFunc) DoneMarks(ctx context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error) {
	return f(ctx, pairs)
}

// Deciders are the shares whose marks decide whether task t of doc is done as a whole: its lead
// units (every unit when it names no lead; its city when it names none), or only the units asked
// about when the task names some of them; a role group (各牵头单位) is its units (Parties).
func Deciders(doc *plan.Document, t *plan.Task, asked []plan.UnitRef) []TaskUnit {
	var out []TaskUnit
	parties := Parties(doc, t) // a role group (各牵头单位) is the plan's units of that role
	for _, u := range asked {
		if u.City == doc.City && slices.ContainsFunc(parties, func(p Party) bool { return p.Name == u.Name }) {
			out = append(out, TaskUnit{t.ID, u})
		}
	}
	if len(out) > 0 {
		return out
	}
	if len(parties) == 0 {
		return []TaskUnit{{t.ID, plan.UnitRef{City: doc.City}}}
	}
	lead := slices.ContainsFunc(parties, func(p Party) bool { return p.Role == plan.RoleLead })
	for _, p := range parties {
		if !lead || p.Role == plan.RoleLead {
			out = append(out, TaskUnit{t.ID, plan.UnitRef{City: doc.City, Name: p.Name}})
		}
	}
	return out
}

// DoneOf is the mark of a task as a whole: done when every share that decides is marked, by the
// latest of them.
func DoneOf(deciders []TaskUnit, marks map[TaskUnit]DoneMark) (DoneMark, bool) {
	var last DoneMark
	for _, p := range deciders {
		m, ok := marks[p]
		if !ok {
			return DoneMark{}, false
		}
		if m.At.After(last.At) || last.By == "" {
			last = m
		}
	}
	return last, len(deciders) > 0
}
