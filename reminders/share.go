package reminders

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// A change to a unit's share of a task (done, progress, snooze, extension) is checked against the
// plans the store follows before it is written, whoever makes it — the command line, a button, a
// slash command: the task must exist, and the unit must be named on it. A task is named by its id
// (c21914d7:2.1.2), or by a short number (2.1.2, or the number as printed, 2) within one plan: the
// plan given (Change.Plan), else the plans of the unit's city; a number that fits several tasks is
// refused with them.

// ErrRefused is wrapped by every *TaskError.
var ErrRefused = errors.New("change refused")

// Why a change is refused (TaskError.Reason).
const (
	RefuseNoTask        = "no-task"          // no task given
	RefuseNoUnit        = "no-unit"          // no unit given
	RefuseNoPlans       = "no-plans"         // the store follows no plans yet
	RefuseUnknownPlan   = "unknown-plan"     // Change.Plan names no plan
	RefuseUnknownTask   = "unknown-task"     // no task has that id, or that number in the plans looked in
	RefuseAmbiguous     = "ambiguous"        // a short number several tasks of the unit share
	RefuseUnitNotOnTask = "unit-not-on-task" // the task does not name the unit
	RefuseNotUnitsNudge = "not-units-nudge"  // the nudge the change was made on is another unit's or task's
)

// TaskError is a change the store refuses, with what a front end needs to say why in its words.
type TaskError struct {
	Reason string
	Task   string       // the task as given
	Plan   string       // the plan as given
	Unit   plan.UnitRef // the unit as resolved
	// Candidates are the tasks a number could be (RefuseAmbiguous), or the tasks found that do not
	// name the unit (RefuseUnitNotOnTask).
	Candidates []TaskBrief
}

// TaskBrief names a task for a refusal: its id, number, title, plan and units.
type TaskBrief struct {
	ID     string
	Number string
	Title  string
	Plan   string
	City   string
	Units  []string
}

func (e *TaskError) Error() string {
	var ids []string
	for _, c := range e.Candidates {
		ids = append(ids, c.ID)
	}
	return fmt.Sprintf("%s %q for %s: %s %s", e.Reason, e.Task, e.Unit, strings.Join(ids, " "), e.Plan)
}

func (e *TaskError) Unwrap() error { return ErrRefused }

// Resolve finds the task c names among the plans the store follows and checks that c.Unit is named
// on it; it returns c with Task set to the task's id.
func (s *Store) Resolve(c Change) (Change, error) {
	refuse := func(reason string, cands []TaskBrief) (Change, error) {
		return c, &TaskError{Reason: reason, Task: c.Task, Plan: c.Plan, Unit: c.Unit, Candidates: cands}
	}
	c.Task, c.Plan = strings.TrimSpace(c.Task), strings.TrimSpace(c.Plan)
	docs := s.Docs()
	switch {
	case c.Task == "":
		return refuse(RefuseNoTask, nil)
	case c.Unit == (plan.UnitRef{}):
		return refuse(RefuseNoUnit, nil)
	case len(docs) == 0:
		return refuse(RefuseNoPlans, nil)
	}
	scope := docs
	if c.Plan != "" {
		if scope = plansNamed(docs, c.Plan); len(scope) == 0 {
			return refuse(RefuseUnknownPlan, nil)
		}
	}
	all := findTasks(scope, c.Task, c.Unit.City)
	var named []found
	for _, f := range all {
		if f.doc.City == c.Unit.City && names(f.doc, f.task, c.Unit.Name) {
			named = append(named, f)
		}
	}
	switch {
	case len(named) == 1:
		c.Task = named[0].task.ID
		return c, nil
	case len(named) > 1:
		return refuse(RefuseAmbiguous, briefs(named))
	case len(all) > 0:
		return refuse(RefuseUnitNotOnTask, briefs(all))
	}
	return refuse(RefuseUnknownTask, nil)
}

// found is a task and its plan.
type found struct {
	doc  *plan.Document
	task *plan.Task
}

// findTasks finds the tasks ref names in docs: by id; else, a short number, by the path of their id
// or their printed number, in the plans of city when it has any.
func findTasks(docs []*plan.Document, ref, city string) []found {
	var out []found
	if strings.Contains(ref, ":") {
		for _, d := range docs {
			for i := range d.Tasks {
				if d.Tasks[i].ID == ref {
					out = append(out, found{d, &d.Tasks[i]})
				}
			}
		}
		return out
	}
	var local []*plan.Document
	for _, d := range docs {
		if d.City == city {
			local = append(local, d)
		}
	}
	if len(local) > 0 {
		docs = local
	}
	num := trimNumber(ref)
	for _, byPath := range []bool{true, false} {
		for _, d := range docs {
			for i := range d.Tasks {
				t := &d.Tasks[i]
				_, path, _ := strings.Cut(t.ID, ":")
				if (byPath && path == ref) || (!byPath && trimNumber(t.Number) == num) {
					out = append(out, found{d, t})
				}
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// names reports whether task t of doc gives unit a share (a task naming no unit is its city's as a
// whole; a role group, 各牵头单位, is the plan's units of that role: duties.Parties).
func names(doc *plan.Document, t *plan.Task, unit string) bool {
	if unit == "" {
		return len(t.Lead) == 0 && len(t.Participating) == 0
	}
	return t.Role(unit) != "" || duties.RoleIn(doc, t, unit) != ""
}

func trimNumber(s string) string { return strings.Trim(strings.TrimSpace(s), "()（）.、") }

// plansNamed is the plans ref names: by id (or its first characters) or by document number (文号,
// in any brackets).
func plansNamed(docs []*plan.Document, ref string) []*plan.Document {
	key := bareNumber(ref)
	var out []*plan.Document
	for _, d := range docs {
		if d.ID == ref || (len(ref) >= 4 && strings.HasPrefix(d.ID, ref)) || (d.Number != "" && bareNumber(d.Number) == key) {
			out = append(out, d)
		}
	}
	return out
}

// bareNumber is a document number without its brackets and spaces: 衢政办发〔2023〕21号 =
// 衢政办发[2023]21号.
func bareNumber(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("〔〕[]［］()（）【】 \u3000", r) {
			return -1
		}
		return r
	}, s)
}

func briefs(fs []found) []TaskBrief {
	out := make([]TaskBrief, 0, len(fs))
	for _, f := range fs {
		title := f.task.Title
		if title == "" {
			title = plan.Clip(f.task.Text, 40)
		}
		out = append(out, TaskBrief{ID: f.task.ID, Number: f.task.Number, Title: title, Plan: f.doc.Title, City: f.doc.City, Units: f.task.Units()})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
