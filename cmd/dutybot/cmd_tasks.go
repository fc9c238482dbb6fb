package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
)

// tasksCmd is dutybot tasks [--unit U] [--city C] [--due-before YYYY-MM-DD] [--json] [FILE...].
type tasksCmd struct {
	Unit      string   `help:"Only tasks this unit leads or takes part in (\"市商务局\", \"衢州市商务局\", an alias)." placeholder:"U"`
	City      string   `help:"Only tasks of plans issued by this city or district (\"衢州\", \"鹿城区\")." placeholder:"C"`
	DueBefore string   `help:"Only tasks with a deadline that counts (as in due) on or before this day." placeholder:"YYYY-MM-DD"`
	JSON      bool     `name:"json" help:"Print one JSON array of tasks."`
	Files     []string `arg:"" optional:"" name:"file" help:"Plan files (.docx .pdf .html .txt .md) instead of the stored or embedded plans."`
}

func (c *tasksCmd) Run(ctx context.Context, a *app.App, t *term) error {
	dueBefore, err := plan.ParseDay(c.DueBefore)
	if err != nil {
		return usageError("--due-before: " + err.Error())
	}
	docs, loadErr := readPlans(ctx, a, t, c.Files)
	if loadErr != nil && !partial(loadErr) {
		return loadErr
	}
	tasks, err := selectTasks(docs, a.Directory(docs), c.Unit, c.City, dueBefore)
	if err != nil {
		return err
	}
	if c.JSON {
		if tasks == nil {
			tasks = []plan.Task{}
		}
		if err := writeJSON(t.Out, tasks); err != nil {
			return err
		}
	} else {
		printTasks(t.Out, tasks)
	}
	return loadErr
}

// selectTasks keeps the tasks of unit and city with a deadline that counts by dueBefore (zero: any),
// as duties reads it (dueBy); an unknown unit or city is an error that names the nearest ones.
func selectTasks(docs []*plan.Document, dir *plan.Directory, unit, city string, dueBefore plan.Day) ([]plan.Task, error) {
	if city != "" {
		typed := city
		if city = dir.ResolveCity(typed); city == "" {
			return nil, fmt.Errorf("no plan of city %q; known: %s", typed, strings.Join(dir.Cities(), ", "))
		}
	}
	var units map[plan.UnitRef]bool
	if unit != "" {
		refs := dir.Resolve(unit, city)
		if len(refs) == 0 {
			msg := fmt.Sprintf("no unit %q in the plans", unit)
			if s := dir.Suggest(unit, city, 5); len(s) > 0 {
				msg += "; nearest: " + strings.Join(s, ", ")
			}
			return nil, errors.New(msg)
		}
		units = map[plan.UnitRef]bool{}
		for _, r := range refs {
			units[r] = true
		}
	}
	var out []plan.Task
	for _, d := range docs {
		if city != "" && d.City != city {
			continue
		}
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if (units == nil || hasUnit(*t, d.City, units)) && (dueBefore.IsZero() || dueBy(t, dueBefore)) {
				out = append(out, *t)
			}
		}
	}
	return out, nil
}

func hasUnit(t plan.Task, city string, units map[plan.UnitRef]bool) bool {
	for _, u := range t.Units() {
		if units[plan.UnitRef{City: city, Name: u}] {
			return true
		}
	}
	return false
}

// dueBy reports whether t has a deadline that counts on or before day: duties' answer (Within, over
// duties.Counts), the deadlines `dutybot due` lists. The plan's period a task inherits and a date
// worked out from a span of years ("三年内") are no deadline of the task's, so they do not make it due.
func dueBy(t *plan.Task, day plan.Day) bool {
	return len(duties.Within(t, plan.Day{}, day, "", "")) > 0
}

func printTasks(w io.Writer, tasks []plan.Task) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	lastDoc := ""
	for _, t := range tasks {
		if t.Doc.ID != lastDoc {
			if lastDoc != "" {
				fmt.Fprintln(tw)
			}
			fmt.Fprintf(tw, "# %s  %s  %s\n", t.Doc.Title, t.Doc.City, t.Doc.Number)
			lastDoc = t.Doc.ID
		}
		var due []string
		for _, d := range t.Deadlines {
			due = append(due, d.Date.String()+" "+d.Kind)
		}
		for _, r := range t.Recurring {
			due = append(due, r.Rule.Describe())
		}
		units := strings.Join(t.Lead, "、")
		if len(t.Participating) > 0 {
			units += " | " + strings.Join(t.Participating, "、")
		}
		if units == "" {
			units = "(no unit named)"
		}
		row(tw, t.ID, t.Number+" "+t.Title, units, strings.Join(due, "; "))
	}
	tw.Flush()
}

// unitsCmd is dutybot units [--city C] [--json] [FILE...].
type unitsCmd struct {
	City  string   `help:"Only units of this city or district." placeholder:"C"`
	JSON  bool     `name:"json" help:"Print JSON."`
	Files []string `arg:"" optional:"" name:"file" help:"Plan files instead of the stored or embedded plans."`
}

func (c *unitsCmd) Run(ctx context.Context, a *app.App, t *term) error {
	docs, loadErr := readPlans(ctx, a, t, c.Files)
	if loadErr != nil && !partial(loadErr) {
		return loadErr
	}
	dir := a.Directory(docs)
	city := ""
	if c.City != "" {
		if city = dir.ResolveCity(c.City); city == "" {
			return fmt.Errorf("no plan of city %q; known: %s", c.City, strings.Join(dir.Cities(), ", "))
		}
	}
	units := dir.Units(city)
	if c.JSON {
		if units == nil {
			units = []plan.UnitCount{}
		}
		return errors.Join(writeJSON(t.Out, units), loadErr)
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CITY\tUNIT\tLEAD\tPARTICIPATING")
	for _, u := range units {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", u.City, u.Name, u.Lead, u.Participating)
	}
	tw.Flush()
	return loadErr
}
