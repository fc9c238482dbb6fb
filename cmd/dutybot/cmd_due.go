package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// dueCmd lists, per unit, overdue deadlines and deadlines and recurring duties coming within a
// window, straight from the plans (duties.List), leaving out what is marked done when Redis is
// reachable: dutybot due [--within 30d] [--unit U] [--city C] [--now YYYY-MM-DD] [--json] [FILE...].
type dueCmd struct {
	Within string   `default:"30d" help:"List upcoming items this far ahead (30d, 2w)."`
	Unit   string   `help:"Only this unit (as people write it: 商务局, 衢州市商务局)." placeholder:"U"`
	City   string   `help:"Only units of this city or district." placeholder:"C"`
	Now    string   `help:"Take today to be this day." placeholder:"YYYY-MM-DD"`
	JSON   bool     `name:"json" help:"Print a JSON array."`
	Files  []string `arg:"" optional:"" name:"file" help:"Plan files instead of the stored or embedded plans."`
}

func (c *dueCmd) Run(ctx context.Context, a *app.App, t *term) error {
	days, err := reminders.ParseDays(c.Within)
	if err != nil || days < 0 {
		return usageError(fmt.Sprintf("due: --within %q: want days such as 30d or 2w", c.Within))
	}
	today := plan.DayOf(a.Now())
	if c.Now != "" {
		if today, err = plan.ParseDay(c.Now); err != nil {
			return usageError("due: --now: " + err.Error())
		}
	}
	docs, loadErr := readPlans(ctx, a, t, c.Files)
	if loadErr != nil && !partial(loadErr) {
		return loadErr
	}
	f := duties.Filter{Within: days}
	if f.City, f.Units, err = c.units(a.Directory(docs)); err != nil {
		return err
	}
	items, marked := dueItems(ctx, a, docs, today, f)
	if !marked && len(items) > 0 {
		// As ask says it: without the reminder store, what a unit marked done is listed all the
		// same, and a plan added with ingest is not read; the admin should check before chasing.
		note := t.say("no-marks")
		if len(c.Files) == 0 {
			note = t.say("no-marks-plans")
		}
		fmt.Fprintln(t.Err, note)
	}
	if c.JSON {
		if items == nil {
			items = []duties.Item{}
		}
		if err := writeJSON(t.Out, items); err != nil {
			return err
		}
		return loadErr
	}
	if len(items) == 0 {
		fmt.Fprintln(t.Out, t.say("nothing-due", days, today))
		return loadErr
	}
	if err := printDue(t, items, today); err != nil {
		return err
	}
	return loadErr
}

// units resolves --city and --unit.
func (c *dueCmd) units(dir *plan.Directory) (city string, units []plan.UnitRef, err error) {
	return unitFilter(dir, "due", c.City, c.Unit)
}

// unitFilter resolves a command's --city and --unit (either may be empty) against the plans' units.
func unitFilter(dir *plan.Directory, cmd, cityFlag, unitFlag string) (city string, units []plan.UnitRef, err error) {
	if cityFlag != "" {
		if city = dir.ResolveCity(cityFlag); city == "" {
			return "", nil, fmt.Errorf("%s: no plan is from %q; known: %s", cmd, cityFlag, strings.Join(dir.Cities(), ", "))
		}
	}
	if unitFlag != "" {
		if units = dir.Resolve(unitFlag, city); len(units) == 0 {
			return "", nil, unknownUnit(dir, unitFlag)
		}
	}
	return city, units, nil
}

// dueItems lists what is due, leaving out what the reminder store says is done when Redis answers;
// marked is false when the done marks could not be read.
func dueItems(ctx context.Context, a *app.App, docs []*plan.Document, today plan.Day, f duties.Filter) (items []duties.Item, marked bool) {
	marks := a.Marks(ctx)
	if marks == nil {
		return duties.List(docs, today, f), false
	}
	items, err := duties.ListMarked(ctx, docs, today, f, marks)
	if err != nil {
		a.Logger.Debug("done marks not read: listing every item", "err", err)
		return duties.List(docs, today, f), false
	}
	return items, true
}

func printDue(t *term, items []duties.Item, today plan.Day) error {
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, it := range items {
		n := int(it.Date.Time(12, 0).Sub(today.Time(12, 0)).Hours() / 24)
		when := t.say("in-days", n)
		switch {
		case it.Status == duties.Overdue:
			when = t.say("days-late", -n)
		case n == 0:
			when = t.say("today")
		}
		unitName := it.Unit
		if unitName == "" {
			unitName = t.say("no-unit")
		}
		what := it.Title + "：" + it.Quote
		if it.Rule.Freq != "" {
			what += "（" + t.rule(it.Rule) + "）"
		}
		row(tw, t.word(it.Status), it.Date.String(), when, it.City+" "+unitName, t.word("kind-"+it.Kind), it.Task, what)
	}
	return tw.Flush()
}

func unknownUnit(dir *plan.Directory, name string) error {
	return &unitError{name: name, near: dir.Suggest(name, "", 3)}
}

// unitError is a unit typed that names none of the plans' (near: the closest names), or several
// (could: which; add the city).
type unitError struct {
	name  string
	near  []string
	could []string
}

func (e *unitError) Error() string {
	if len(e.could) > 0 {
		return fmt.Sprintf("%q could be %s: add --city", e.name, strings.Join(e.could, ", "))
	}
	msg := fmt.Sprintf("no unit in the plans matches %q", e.name)
	if len(e.near) > 0 {
		msg += "; did you mean " + strings.Join(e.near, ", ") + "?"
	}
	return msg
}
