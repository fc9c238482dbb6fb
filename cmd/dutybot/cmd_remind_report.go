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
	rows, err := c.board(ctx, a, store)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(t.Out, rows)
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, r := range rows {
		row(tw, t.word(r.Colour), r.Unit.String(), r.Task, t.reason(r), r.Title)
	}
	return tw.Flush()
}

// board is the named unit's board, the named city's units', or every unit's.
func (c *remindBoardCmd) board(ctx context.Context, a *app.App, store *reminders.Store) ([]reminders.TaskStatus, error) {
	if !c.given() {
		return store.WholeBoard(ctx)
	}
	if c.Unit == "" {
		// A city's board is every unit of the city (and its tasks that name none), as remind list
		// --city is: not the city as a whole alone, which reads as "all clear".
		city := resolveCity(ctx, a, c.City)
		all, err := store.WholeBoard(ctx)
		if err != nil {
			return nil, err
		}
		var out []reminders.TaskStatus
		for _, r := range all {
			if r.Unit.City == city {
				out = append(out, r)
			}
		}
		return out, nil
	}
	u, err := c.resolve(ctx, a, "board", true)
	if err != nil {
		return nil, err
	}
	return store.Board(ctx, []plan.UnitRef{u})
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
	fmt.Fprintln(t.Out, t.say("digest-head", dg.Counts[duties.Red], dg.Counts[duties.Yellow], dg.Counts[duties.Green], dg.Held))
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, du := range dg.Units {
		fmt.Fprintln(tw, t.say("digest-unit", du.Unit, du.Red, du.Yellow, du.Green, du.Done, len(du.Events)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, ev := range dg.Events {
		task := ev.Task // the id, for the commands that take it, and the title a person reads
		if ev.Title != "" {
			task += " " + ev.Title
		}
		fmt.Fprintf(t.Out, "%s  %s  %s  %s  %s %s\n", stamp(ev.At), ev.Unit, task, t.word("ev-"+ev.Kind), ev.Who, ev.Text)
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
		fmt.Fprintln(t.Out, t.say("digest-off"))
		return nil
	}
	day := strings.ToLower(strings.Fields(c.Schedule)[0])
	if t.Lang != "en" {
		day = map[string]string{"mon": "一", "tue": "二", "wed": "三", "thu": "四", "fri": "五", "sat": "六", "sun": "日"}[day]
	}
	fmt.Fprintln(t.Out, t.say("digest-on", day, hh, mm))
	return nil
}
