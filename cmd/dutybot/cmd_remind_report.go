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

// remindBoardCmd is remind board [--unit U --city C] [--json]: every unit's when none is named.
type remindBoardCmd struct {
	unitFlags
	JSON bool `name:"json" help:"Print JSON."`
}

func (c *remindBoardCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	var units []plan.UnitRef
	if c.given() {
		u, err := c.resolve(ctx, a, "board", true)
		if err != nil {
			return err
		}
		units = []plan.UnitRef{u}
	} else {
		var err error
		if units, err = store.Units(ctx); err != nil {
			return err
		}
	}
	rows, err := store.Board(ctx, units)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(t.Out, rows)
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Colour, r.Unit, r.Task, r.Reason, r.Title)
	}
	return tw.Flush()
}

// remindDigestCmd is remind digest [--since 7d] [--json] | --schedule "mon 09:00".
type remindDigestCmd struct {
	Since    string `default:"7d" help:"What happened in the last 7d, 2w, ..."`
	Schedule string `help:"Send the digest to the leaders weekly, e.g. \"mon 09:00\", or \"off\"."`
	JSON     bool   `name:"json" help:"Print JSON."`
}

func (c *remindDigestCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	if c.Schedule != "" {
		return c.schedule(ctx, store, t)
	}
	n, err := reminders.ParseDays(c.Since)
	if err != nil || n < 0 {
		return usageError(fmt.Sprintf("remind digest: --since %q: want days such as 7d", c.Since))
	}
	dg, err := store.Digest(ctx, a.Now().AddDate(0, 0, -n))
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(t.Out, dg)
	}
	fmt.Fprintf(t.Out, "红 %d  黄 %d  绿 %d  held for want of a route: %d\n", dg.Counts[duties.Red],
		dg.Counts[duties.Yellow], dg.Counts[duties.Green], dg.Held)
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, du := range dg.Units {
		fmt.Fprintf(tw, "%s\tred %d\tyellow %d\tgreen %d\tdone %d\tchanges %d\n", du.Unit, du.Red, du.Yellow, du.Green, du.Done, len(du.Events))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, ev := range dg.Events {
		fmt.Fprintf(t.Out, "%s  %s  %s  %s  %s %s\n", stamp(ev.At), ev.Unit, ev.Task, ev.Kind, ev.Who, ev.Text)
	}
	return nil
}

func (c *remindDigestCmd) schedule(ctx context.Context, store *reminders.Store, t *term) error {
	rule, hh, mm, err := reminders.ParseWeekly(c.Schedule)
	if err != nil {
		return usageError("remind digest --schedule: " + err.Error())
	}
	if err := store.ScheduleDigest(ctx, rule, hh, mm); err != nil {
		return err
	}
	if rule == "" {
		fmt.Fprintln(t.Out, "The weekly digest is off.")
	} else {
		fmt.Fprintf(t.Out, "The digest goes to the leaders' route every %s at %02d:%02d.\n", strings.ToLower(strings.Fields(c.Schedule)[0]), hh, mm)
	}
	return nil
}
