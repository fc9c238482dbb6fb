package main

import (
	"context"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/reminders"
)

// dispatchCmd runs the dispatcher alone, printing each nudge it delivers as
// "due time<TAB>route<TAB>text": dutybot dispatch [--once] [--sync=false].
type dispatchCmd struct {
	Once bool `help:"Deliver what is due now, then exit."`
	Sync bool `default:"true" negatable:"" help:"Bring the plan schedules in step first (--sync=false: do not)."`
}

// Run opens the reminder store itself (rather than as every reminder command does, in step with
// the plans), so that --sync=false leaves the schedules as they are.
func (c *dispatchCmd) Run(ctx context.Context, a *app.App, t *term) error {
	store, err := a.OpenReminders(ctx, app.StoreTimeout)
	if err != nil {
		return err
	}
	a.WarnCalendar(ctx, store)
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
// store, so plans ingested later get their schedules; a single pass (or no plan store) follows the
// plans read now.
func (c *dispatchCmd) sync(ctx context.Context, a *app.App, store *reminders.Store) error {
	if !c.Once {
		_, err := a.FollowPlans(ctx, store)
		if err == nil {
			return nil
		}
		a.Logger.Warn("not following the plan store; following the plans read now", "err", err)
	}
	return a.FollowPlansNow(ctx, store)
}
