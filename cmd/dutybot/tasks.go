package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/plan"
)

// taskFilter selects tasks by unit, city and deadline.
type taskFilter struct {
	unit, city string
	dueBefore  plan.Day
}

func (m *Main) runTasks(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("tasks", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	unit := fs.String("unit", "", "only tasks this unit leads or takes part in (\"市商务局\", \"衢州市商务局\", an alias)")
	city := fs.String("city", "", "only tasks of plans issued by this city or district (\"衢州\", \"鹿城区\")")
	dueBefore := fs.String("due-before", "", "only tasks with a deadline on or before this day (YYYY-MM-DD)")
	asJSON := fs.Bool("json", false, "print one JSON array of tasks")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	var f taskFilter
	var err error
	if f.dueBefore, err = plan.ParseDay(*dueBefore); err != nil {
		return usageError("--due-before: " + err.Error())
	}
	docs, loadErr := m.loadPlans(ctx, fs.Args())
	if loadErr != nil && !errors.Is(loadErr, errPartial) {
		return loadErr
	}
	aliases, _ := m.planOptions()
	dir := plan.NewDirectory(docs, aliases.Aliases)
	f.unit, f.city = *unit, *city
	tasks, err := selectTasks(docs, dir, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if tasks == nil {
			tasks = []plan.Task{}
		}
		if err := enc.Encode(tasks); err != nil {
			return err
		}
	} else {
		printTasks(m.Stdout, tasks)
	}
	return loadErr
}

// selectTasks applies the filter; an unknown unit or city is an error that names the nearest ones.
func selectTasks(docs []*plan.Document, dir *plan.Directory, f taskFilter) ([]plan.Task, error) {
	city := ""
	if f.city != "" {
		if city = dir.ResolveCity(f.city); city == "" {
			return nil, fmt.Errorf("no plan of city %q; known: %s", f.city, strings.Join(dir.Cities(), ", "))
		}
	}
	var units map[plan.UnitRef]bool
	if f.unit != "" {
		refs := dir.Resolve(f.unit, city)
		if len(refs) == 0 {
			msg := fmt.Sprintf("no unit %q in the plans", f.unit)
			if s := dir.Suggest(f.unit, city, 5); len(s) > 0 {
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
		for _, t := range d.Tasks {
			if units != nil && !hasUnit(t, d.City, units) {
				continue
			}
			if !f.dueBefore.IsZero() && !dueBy(t, f.dueBefore) {
				continue
			}
			out = append(out, t)
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

func dueBy(t plan.Task, day plan.Day) bool {
	for _, d := range t.Deadlines {
		if !day.Before(d.Date) {
			return true
		}
	}
	return false
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, t.Number+" "+t.Title, units, strings.Join(due, "; "))
	}
	tw.Flush()
}

func (m *Main) runUnits(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("units", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	city := fs.String("city", "", "only units of this city or district")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	docs, loadErr := m.loadPlans(ctx, fs.Args())
	if loadErr != nil && !errors.Is(loadErr, errPartial) {
		return loadErr
	}
	aliases, _ := m.planOptions()
	dir := plan.NewDirectory(docs, aliases.Aliases)
	c := ""
	if *city != "" {
		if c = dir.ResolveCity(*city); c == "" {
			return fmt.Errorf("no plan of city %q; known: %s", *city, strings.Join(dir.Cities(), ", "))
		}
	}
	units := dir.Units(c)
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if units == nil {
			units = []plan.UnitCount{}
		}
		return errors.Join(enc.Encode(units), loadErr)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CITY\tUNIT\tLEAD\tPARTICIPATING")
	for _, u := range units {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", u.City, u.Name, u.Lead, u.Participating)
	}
	tw.Flush()
	return loadErr
}
