package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// remindAddCmd is remind add [--unit U] [--city C] [--channel CH] [--every RULE] --at "YYYY-MM-DD HH:MM" TEXT.
type remindAddCmd struct {
	unitFlags
	Channel string   `help:"Send here instead of the unit's route." placeholder:"CH"`
	Every   string   `help:"Repeat: weekly, biweekly, monthly, quarterly, yearly, monthly:10 or an RRULE." placeholder:"RULE"`
	At      string   `help:"First time, in DUTYBOT_TIMEZONE." placeholder:"\"YYYY-MM-DD HH:MM\""`
	Task    string   `help:"The task it is about (optional)."`
	By      string   `default:"cli" help:"Who is making the change."`
	Text    []string `arg:"" optional:"" help:"What to say."`
}

func (c *remindAddCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	if c.At == "" || len(c.Text) == 0 {
		return usageError(`remind add [--unit U] [--city C] [--channel CH] [--every RULE] --at "YYYY-MM-DD HH:MM" TEXT`)
	}
	at, err := time.ParseInLocation("2006-01-02 15:04", c.At, plan.Zone())
	if err != nil {
		return usageError(fmt.Sprintf("remind add: --at %q: want \"YYYY-MM-DD HH:MM\"", c.At))
	}
	// A unit or city no plan names would never be reached (no route can be set for it): refuse it
	// with the nearest names, as subscribe does, so a typo (商务居) is caught here.
	var u plan.UnitRef
	switch {
	case c.given():
		if u, err = c.resolveKnown(ctx, a, t, "add"); err != nil {
			return err
		}
	case c.Channel == "":
		return usageError("add: " + t.say("refuse-no-unit"))
	}
	x, o, err := store.Add(ctx, reminders.Custom{Unit: u, Route: c.Channel, At: at, Rule: c.Every, Text: strings.Join(c.Text, " "),
		TaskID: c.Task, Creator: c.By})
	if err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("added", x.ID, stamp(o.At), describeTarget(x)))
	return nil
}

// remindListCmd is remind list [--unit U --city C | --channel CH] [--json]: the reminders people
// set, and with a unit (or a channel) what goes to it, each once.
type remindListCmd struct {
	unitFlags
	Channel string `help:"What goes to this channel: its reminders and its units' nudges." placeholder:"CH"`
	JSON    bool   `name:"json" help:"Print JSON."`
}

func (c *remindListCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	ps, err := c.list(ctx, a, store)
	if err != nil {
		return err
	}
	if c.JSON {
		if ps == nil {
			ps = []reminders.Pending{}
		}
		return writeJSON(t.Out, ps)
	}
	if len(ps) == 0 {
		fmt.Fprintln(t.Out, t.say("no-reminders"))
		return nil
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, p := range ps {
		next := "-"
		if !p.At.IsZero() {
			next = stamp(p.At)
		}
		state := t.state(p.State)
		if p.Held != "" {
			state = t.say("held", p.Held)
		}
		what := p.Series.Text
		if p.Series.Kind != reminders.SeriesCustom {
			what = p.Series.TaskTitle + "：" + p.Series.Quote
		}
		row(tw, p.Series.ID, next, t.word("kind-"+p.Series.Kind), describeTarget(p.Series), state, what)
	}
	return tw.Flush()
}

func (c *remindListCmd) list(ctx context.Context, a *app.App, store *reminders.Store) ([]reminders.Pending, error) {
	switch {
	case c.Channel != "" && c.given():
		return nil, usageError("remind list: give --unit/--city or --channel, not both")
	case c.Channel != "":
		if err := reminders.CheckRoute(c.Channel); err != nil {
			return nil, err
		}
		return store.ListRoute(ctx, c.Channel)
	case c.Unit != "":
		u, err := c.resolve(ctx, a, "list", true)
		if err != nil {
			return nil, err
		}
		return store.List(ctx, []plan.UnitRef{u})
	case c.City != "":
		// Every unit of the city, and the city as a whole.
		city := resolveCity(ctx, a, c.City)
		all, err := store.Units(ctx)
		if err != nil {
			return nil, err
		}
		units := []plan.UnitRef{{City: city}}
		for _, u := range all {
			if u.City == city && u.Name != "" {
				units = append(units, u)
			}
		}
		return store.List(ctx, units)
	}
	return store.List(ctx, nil)
}

// remindCancelCmd is remind cancel ID.
type remindCancelCmd struct {
	ID []string `arg:"" optional:"" help:"The reminder's id, as remind list shows it."`
}

func (c *remindCancelCmd) Run(ctx context.Context, store *reminders.Store, t *term) error {
	if len(c.ID) != 1 {
		return usageError("remind cancel ID")
	}
	if err := store.Cancel(ctx, c.ID[0]); err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("cancelled", c.ID[0]))
	return nil
}
