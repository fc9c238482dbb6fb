package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// taskArgs are what every command about one unit's task takes: the task, the unit and who acts.
type taskArgs struct {
	unitFlags
	By   string `default:"cli" help:"Who is making the change."`
	Plan string `help:"The plan a short task number is in (its id or 文号)." placeholder:"P"`
	Task string `arg:"" optional:"" help:"The task id, as tasks and due print it (1a2b3c4d:2.1.3), or its number within --plan."`
}

// share resolves the unit and the task, which must name it (reminders.Store.Resolve): a change is
// refused, with the tasks meant, before anything is written.
func (c taskArgs) share(ctx context.Context, a *app.App, store *reminders.Store, sub string) (reminders.Change, error) {
	if c.Task == "" {
		return reminders.Change{}, usageError("remind " + sub + " TASK --unit U [--city C] [--plan P]")
	}
	u, err := c.resolve(ctx, a, sub, true)
	if err != nil {
		return reminders.Change{}, err
	}
	return store.Resolve(reminders.Change{Task: c.Task, Plan: c.Plan, Unit: u, By: c.By})
}

// remindDoneCmd is remind done TASK --unit U [--city C] [--plan P] [--by WHO].
type remindDoneCmd struct{ taskArgs }

func (c *remindDoneCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	ch, err := c.share(ctx, a, store, "done")
	if err != nil {
		return err
	}
	if err := store.MarkDone(ctx, ch); err != nil {
		// A second 完成 keeps the first mark: said as such, and no failure.
		var de *reminders.DoneError
		if errors.As(err, &de) {
			fmt.Fprintln(t.Out, t.doneAlready(de))
			return nil
		}
		return err
	}
	fmt.Fprintln(t.Out, t.say("done", ch.Task, ch.Unit))
	return nil
}

// remindProgressCmd is remind progress TASK --unit U [--city C] TEXT.
type remindProgressCmd struct {
	taskArgs
	Text []string `arg:"" optional:"" help:"What has been done."`
}

func (c *remindProgressCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	if len(c.Text) == 0 {
		return usageError("remind progress TASK --unit U TEXT")
	}
	ch, err := c.share(ctx, a, store, "progress")
	if err != nil {
		return err
	}
	if err := store.ReportProgress(ctx, ch, strings.Join(c.Text, " ")); err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("progress", ch.Task, ch.Unit))
	return nil
}

// remindExtendCmd is remind extend TASK --unit U [--city C] --to YYYY-MM-DD REASON.
type remindExtendCmd struct {
	taskArgs
	To     string   `help:"The day asked for." placeholder:"YYYY-MM-DD"`
	Reason []string `arg:"" optional:"" help:"Why."`
}

func (c *remindExtendCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	d, err := plan.ParseDay(c.To)
	if err != nil || d.IsZero() {
		return usageError("remind extend TASK --unit U --to YYYY-MM-DD REASON")
	}
	ch, err := c.share(ctx, a, store, "extend")
	if err != nil {
		return err
	}
	if err := store.RequestExtension(ctx, ch, d, strings.Join(c.Reason, " ")); err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("extend", d, ch.Task, ch.Unit))
	return nil
}

// remindSnoozeCmd is remind snooze TASK --unit U [--city C] --for 1w | --until "YYYY-MM-DD[ HH:MM]".
type remindSnoozeCmd struct {
	taskArgs
	For   string `help:"Snooze for 1d, 1w, ..." placeholder:"DAYS"`
	Until string `help:"Snooze until this day (at the nudge time) or time." placeholder:"\"YYYY-MM-DD[ HH:MM]\""`
}

func (c *remindSnoozeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	until, err := snoozeUntil(a.Schedule, a.Now(), c.For, c.Until)
	if err != nil {
		return usageError("remind snooze: " + err.Error())
	}
	ch, err := c.share(ctx, a, store, "snooze")
	if err != nil {
		return err
	}
	if err := store.Snooze(ctx, ch, until); err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("snooze", ch.Task, ch.Unit, stamp(until)))
	return nil
}

// snoozeUntil reads --for 1d|1w (that many days on, at the nudge time of a working day) or --until
// "YYYY-MM-DD[ HH:MM]" (a bare day means the nudge time).
func snoozeUntil(sched reminders.Schedule, now time.Time, forFlag, until string) (time.Time, error) {
	switch {
	case forFlag != "" && until != "":
		return time.Time{}, errors.New("give --for or --until, not both")
	case forFlag != "":
		n, err := reminders.ParseDays(forFlag)
		if err != nil || n <= 0 {
			return time.Time{}, fmt.Errorf("--for %q: want 1d, 1w, ...", forFlag)
		}
		return sched.SnoozeFor(now, n), nil
	case until != "":
		if t, err := time.ParseInLocation("2006-01-02 15:04", until, plan.Zone()); err == nil {
			return t, nil
		}
		d, err := plan.ParseDay(until)
		if err != nil || d.IsZero() {
			return time.Time{}, fmt.Errorf("--until %q: want YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"", until)
		}
		return d.Time(sched.Hour, sched.Minute), nil
	}
	return time.Time{}, errors.New("say how long: --for 1d, --for 1w or --until YYYY-MM-DD")
}

// remindStatusCmd is remind status TASK --unit U [--city C] [--plan P] [--json].
type remindStatusCmd struct {
	unitFlags
	JSON bool   `name:"json" help:"Print JSON."`
	Plan string `help:"The plan a short task number is in (its id or 文号)." placeholder:"P"`
	Task string `arg:"" optional:"" help:"The task id, or its number within --plan."`
}

func (c *remindStatusCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	ch, err := taskArgs{unitFlags: c.unitFlags, Plan: c.Plan, Task: c.Task}.share(ctx, a, store, "status")
	if err != nil {
		return err
	}
	st, err := store.Status(ctx, ch.Task, ch.Unit)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(t.Out, st)
	}
	fmt.Fprintln(t.Out, t.say("status", st.Task, st.Unit, t.word(st.Colour), t.reason(st), st.Nudges))
	for _, h := range st.History {
		fmt.Fprintf(t.Out, "  %s  %s  %s  %s\n", stamp(h.At), t.word("ev-"+h.Kind), h.Who, h.Text)
	}
	return nil
}
