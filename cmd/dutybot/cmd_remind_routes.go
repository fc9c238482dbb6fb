package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// routeArgs name a unit (or the leaders) and a route.
type routeArgs struct {
	unitFlags
	Leaders bool     `help:"The leaders' channel (escalations and digests)."`
	Route   []string `arg:"" optional:"" help:"A channel id (C0123ABCD) or a user id."`
}

func (c routeArgs) unit(ctx context.Context, a *app.App, sub string) (plan.UnitRef, error) {
	if c.Leaders {
		return reminders.LeadersUnit, nil
	}
	return c.resolve(ctx, a, sub, true)
}

// remindSubscribeCmd is remind subscribe --unit U [--city C] | --leaders ROUTE.
type remindSubscribeCmd struct{ routeArgs }

func (c *remindSubscribeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	u, err := c.unit(ctx, a, "subscribe")
	if err != nil {
		return err
	}
	route := strings.Join(c.Route, "")
	if route == "" {
		return usageError("remind subscribe --unit U [--city C] | --leaders ROUTE")
	}
	if err := store.Subscribe(ctx, u, route); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Nudges for %s go to %s.\n", u, route)
	return nil
}

// remindUnsubscribeCmd is remind unsubscribe --unit U [--city C] | --leaders [ROUTE]: every route
// of the unit when none is given.
type remindUnsubscribeCmd struct{ routeArgs }

func (c *remindUnsubscribeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	u, err := c.unit(ctx, a, "unsubscribe")
	if err != nil {
		return err
	}
	route := strings.Join(c.Route, "")
	if err := store.Unsubscribe(ctx, u, route); err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Removed %s from %s.\n", strings.TrimSpace(route+" (all)"), u)
	return nil
}

// remindRoutesCmd is remind routes.
type remindRoutesCmd struct{}

func (c *remindRoutesCmd) Run(ctx context.Context, store *reminders.Store, t *term) error {
	routes, err := store.Routes(ctx)
	if err != nil {
		return err
	}
	held, err := store.HeldCount(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for u, rs := range routes {
		fmt.Fprintf(tw, "%s\t%s\n", u, strings.Join(rs, ", "))
	}
	fmt.Fprintf(tw, "held (no route)\t%d\n", held)
	return tw.Flush()
}

// remindSyncCmd is remind sync [FILE...]: the schedules of the plans read now.
type remindSyncCmd struct {
	Files []string `arg:"" optional:"" name:"file" help:"Plan files instead of the stored or embedded plans."`
}

func (c *remindSyncCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	docs, err := readPlans(ctx, a, t, c.Files)
	if err != nil {
		return err
	}
	res, err := store.Sync(ctx, docs)
	if err != nil {
		return err
	}
	fmt.Fprintf(t.Out, "Schedules: %d added, %d kept, %d removed.\n", res.Added, res.Kept, res.Removed)
	return nil
}
