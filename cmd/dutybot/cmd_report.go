package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/supervision"
)

// reportCmd writes the 督办台账 (reminders.Store.Ledger) as an .xlsx: dutybot report [--plan P]
// [--unit U] [--city C] [--since YYYY-MM-DD] [--now YYYY-MM-DD] [--out FILE].
type reportCmd struct {
	Plan  string `help:"Only this plan (its id, the start of it, or its 文号)." placeholder:"P"`
	Unit  string `help:"Only this unit (as people write it: 商务局, 衢州市商务局)." placeholder:"U"`
	City  string `help:"Only units of this city or district." placeholder:"C"`
	Since string `help:"Show progress reported since this day only." placeholder:"YYYY-MM-DD"`
	Now   string `help:"Take today to be this day." placeholder:"YYYY-MM-DD"`
	Out   string `short:"o" help:"Write the workbook here (default 督办台账-<day>.xlsx)." placeholder:"FILE"`
}

func (c *reportCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	today := plan.DayOf(a.Now())
	var err error
	if c.Now != "" {
		if today, err = plan.ParseDay(c.Now); err != nil {
			return usageError("report: --now: " + err.Error())
		}
	}
	opt := supervision.Options{Now: a.Now()}
	if c.Since != "" {
		since, err := plan.ParseDay(c.Since)
		if err != nil {
			return usageError("report: --since: " + err.Error())
		}
		opt.Since = since.Time(0, 0)
	}
	rows, err := c.rows(ctx, a, store, today)
	if err != nil {
		return err
	}
	out := c.Out
	if out == "" {
		out = "督办台账-" + today.String() + ".xlsx"
	}
	if err := writeReport(out, rows, opt); err != nil {
		return err
	}
	n := duties.Count(rows)
	fmt.Fprintln(t.Out, t.say("report-written", out, len(rows), n.Red, n.Yellow, n.Green, n.Done))
	return nil
}

// rows is the ledger as of today, narrowed to --plan, --city and --unit.
func (c *reportCmd) rows(ctx context.Context, a *app.App, store *reminders.Store, today plan.Day) ([]duties.Row, error) {
	rows, err := store.Ledger(ctx, today)
	if err != nil {
		return nil, err
	}
	var f duties.Filter
	if f.City, f.Units, err = unitFilter(a.Directory(store.Docs()), "report", c.City, c.Unit); err != nil {
		return nil, err
	}
	rows = duties.Select(rows, f)
	if c.Plan == "" {
		return rows, nil
	}
	doc, err := store.PlanNamed(c.Plan)
	if err != nil {
		return nil, usageError("report: --plan: " + err.Error())
	}
	var kept []duties.Row
	for _, r := range rows {
		if r.Doc.ID == doc.ID {
			kept = append(kept, r)
		}
	}
	return kept, nil
}

// writeReport writes the workbook of rows to the file at path.
func writeReport(path string, rows []duties.Row, opt supervision.Options) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := supervision.Workbook(f, rows, opt); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}
