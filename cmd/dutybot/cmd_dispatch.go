package main

import (
	"context"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// dispatchCmd runs the dispatcher alone, printing each nudge it delivers as
// "due time<TAB>route<TAB>text": dutybot dispatch [--once] [--sync=false].
type dispatchCmd struct {
	Once bool `help:"Deliver what is due now, then exit."`
	Sync bool `default:"true" negatable:"" help:"Bring the plan schedules in step first (--sync=false: do not)."`
}

func (c *dispatchCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	a.WarnCalendar(plan.DayOf(a.Now()), a.Schedule.Ladder[0])
	if c.Sync {
		if err := c.sync(ctx, a, store); err != nil {
			return err
		}
	}
	d := a.StdoutDispatcher(t.Out)
	if !c.Once {
		defer d.Close()
		return d.Run(ctx)
	}
	for {
		res, err := d.Tick(ctx)
		if err != nil || res.Claimed == 0 {
			return err
		}
	}
}

// sync brings the schedules in step with the plans: a long-running dispatcher follows the plan
// store, so plans ingested later get their schedules; a single pass (or no plan store) syncs the
// plans read now.
func (c *dispatchCmd) sync(ctx context.Context, a *app.App, store *reminders.Store) error {
	if !c.Once {
		_, err := a.FollowPlans(ctx, store)
		if err == nil {
			return nil
		}
		a.Logger.Warn("not following the plan store; syncing the plans read now", "err", err)
	}
	docs, err := a.Plans(ctx)
	if err != nil {
		a.Logger.Warn("plans not loaded; schedules not synced", "err", err)
		return nil
	}
	_, err = store.Sync(ctx, docs)
	return err
}
