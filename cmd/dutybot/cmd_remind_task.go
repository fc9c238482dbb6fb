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
	Task string `arg:"" optional:"" help:"The task id, as tasks and due print it (1a2b3c4d:2.1.3)."`
}

// share resolves the task and unit; sub names the subcommand in the usage message.
func (c taskArgs) share(ctx context.Context, a *app.App, sub string) (string, plan.UnitRef, error) {
	if c.Task == "" {
		return "", plan.UnitRef{}, usageError("remind " + sub + " TASK --unit U [--city C]")
	}
	u, err := c.resolve(ctx, a, sub, true)
	return c.Task, u, err
}

// remindDoneCmd is remind done TASK --unit U [--city C] [--by WHO].
type remindDoneCmd struct{ taskArgs }

func (c *remindDoneCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	task, u, err := c.share(ctx, a, "done")
	if err != nil {
		return err
	}
	if err := store.MarkDone(ctx, reminders.Change{Task: task, Unit: u, By: c.By}); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Marked %s done for %s: no more nudges.\n", task, u)
	return nil
}

// remindProgressCmd is remind progress TASK --unit U [--city C] TEXT.
type remindProgressCmd struct {
	taskArgs
	Text []string `arg:"" optional:"" help:"What has been done."`
}

func (c *remindProgressCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	task, u, err := c.share(ctx, a, "progress")
	if err != nil {
		return err
	}
	if len(c.Text) == 0 {
		return usageError("remind progress TASK --unit U TEXT")
	}
	if err := store.ReportProgress(ctx, reminders.Change{Task: task, Unit: u, By: c.By}, strings.Join(c.Text, " ")); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Progress kept for %s, %s.\n", task, u)
	return nil
}

// remindExtendCmd is remind extend TASK --unit U [--city C] --to YYYY-MM-DD REASON.
type remindExtendCmd struct {
	taskArgs
	To     string   `help:"The day asked for." placeholder:"YYYY-MM-DD"`
	Reason []string `arg:"" optional:"" help:"Why."`
}

func (c *remindExtendCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	task, u, err := c.share(ctx, a, "extend")
	if err != nil {
		return err
	}
	d, err := plan.ParseDay(c.To)
	if err != nil || d.IsZero() {
		return usageError("remind extend TASK --unit U --to YYYY-MM-DD REASON")
	}
	if err := store.RequestExtension(ctx, reminders.Change{Task: task, Unit: u, By: c.By}, d, strings.Join(c.Reason, " ")); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Extension to %s asked for %s, %s.\n", d, task, u)
	return nil
}

// remindSnoozeCmd is remind snooze TASK --unit U [--city C] --for 1w | --until "YYYY-MM-DD[ HH:MM]".
type remindSnoozeCmd struct {
	taskArgs
	For   string `help:"Snooze for 1d, 1w, ..." placeholder:"DAYS"`
	Until string `help:"Snooze until this day (at the nudge time) or time." placeholder:"\"YYYY-MM-DD[ HH:MM]\""`
}

func (c *remindSnoozeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	task, u, err := c.share(ctx, a, "snooze")
	if err != nil {
		return err
	}
	until, err := snoozeUntil(a.Now(), c.For, c.Until)
	if err != nil {
		return usageError("remind snooze: " + err.Error())
	}
	if err := store.Snooze(ctx, reminders.Change{Task: task, Unit: u, By: c.By}, until); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Snoozed %s for %s until %s.\n", task, u, stamp(until))
	return nil
}

// snoozeUntil reads --for 1d|1w or --until "YYYY-MM-DD[ HH:MM]" (a bare day means 09:00).
func snoozeUntil(now time.Time, forFlag, until string) (time.Time, error) {
	switch {
	case forFlag != "" && until != "":
		return time.Time{}, errors.New("give --for or --until, not both")
	case forFlag != "":
		n, err := reminders.ParseDays(forFlag)
		if err != nil || n <= 0 {
			return time.Time{}, fmt.Errorf("--for %q: want 1d, 1w, ...", forFlag)
		}
		return now.AddDate(0, 0, n), nil
	case until != "":
		if t, err := time.ParseInLocation("2006-01-02 15:04", until, plan.Zone()); err == nil {
			return t, nil
		}
		d, err := plan.ParseDay(until)
		if err != nil || d.IsZero() {
			return time.Time{}, fmt.Errorf("--until %q: want YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"", until)
		}
		return d.Time(9, 0), nil
	}
	return time.Time{}, errors.New("say how long: --for 1d, --for 1w or --until YYYY-MM-DD")
}

// remindStatusCmd is remind status TASK --unit U [--city C] [--json].
type remindStatusCmd struct {
	unitFlags
	JSON bool   `name:"json" help:"Print JSON."`
	Task string `arg:"" optional:"" help:"The task id."`
}

func (c *remindStatusCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	task, u, err := taskArgs{unitFlags: c.unitFlags, Task: c.Task}.share(ctx, a, "status")
	if err != nil {
		return err
	}
	st, err := store.Status(ctx, task, u)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(t.Out, st)
	}
	fmt.Fprintf(t.Out, "%s %s: %s (%s), %d nudges sent\n", st.Task, st.Unit, st.Colour, st.Reason, st.Nudges)
	for _, h := range st.History {
		fmt.Fprintf(t.Out, "  %s  %s  %s  %s\n", stamp(h.At), h.Kind, h.Who, h.Text)
	}
	return nil
}
