package main

import (
	"context"
	"fmt"
	"sort"
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

// unit is the unit the routes are for: one the plans name (or a city of theirs), or the leaders.
func (c routeArgs) unit(ctx context.Context, a *app.App, t *term, sub string) (plan.UnitRef, error) {
	if c.Leaders {
		return reminders.LeadersUnit, nil
	}
	return c.resolveKnown(ctx, a, t, sub)
}

// remindSubscribeCmd is remind subscribe --unit U [--city C] | --leaders ROUTE.
type remindSubscribeCmd struct{ routeArgs }

func (c *remindSubscribeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	route := strings.Join(c.Route, "")
	if route == "" {
		return usageError("remind subscribe --unit U [--city C] | --leaders ROUTE")
	}
	if err := reminders.CheckRoute(route); err != nil {
		return err
	}
	u, err := c.unit(ctx, a, t, "subscribe")
	if err != nil {
		return err
	}
	if err := store.Subscribe(ctx, u, route); err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("subscribed", unitName(t, u), route))
	return nil
}

// remindUnsubscribeCmd is remind unsubscribe --unit U [--city C] | --leaders [ROUTE]: every route
// of the unit when none is given.
type remindUnsubscribeCmd struct{ routeArgs }

func (c *remindUnsubscribeCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	u, err := c.unit(ctx, a, t, "unsubscribe")
	if err != nil {
		return err
	}
	route := strings.Join(c.Route, "")
	if err := store.Unsubscribe(ctx, u, route); err != nil {
		return err
	}
	if route == "" {
		route = t.say("all-routes")
	}
	fmt.Fprintln(t.Out, t.say("unsubscribed", route, unitName(t, u)))
	return nil
}

// unitName is a unit as the reminder commands print it; the leaders' by name.
func unitName(t *term, u plan.UnitRef) string {
	if u == reminders.LeadersUnit {
		return t.say("leaders")
	}
	return u.String()
}

// remindRoutesCmd is remind routes: every unit's routes, in the order of their names.
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
	units := make([]plan.UnitRef, 0, len(routes))
	for u := range routes {
		units = append(units, u)
	}
	sort.Slice(units, func(i, j int) bool {
		if (units[i] == reminders.LeadersUnit) != (units[j] == reminders.LeadersUnit) {
			return units[i] == reminders.LeadersUnit
		}
		if units[i].City != units[j].City {
			return units[i].City < units[j].City
		}
		return units[i].Name < units[j].Name
	})
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	for _, u := range units {
		fmt.Fprintf(tw, "%s\t%s\n", unitName(t, u), strings.Join(routes[u], ", "))
	}
	fmt.Fprintln(tw, t.say("held-count", held))
	return tw.Flush()
}

// remindSyncCmd is remind sync: reconcile the schedules with the plans now, whether or not they
// changed, and say what changed. (Every reminder command keeps them in step by itself.)
type remindSyncCmd struct{}

func (c *remindSyncCmd) Run(ctx context.Context, a *app.App, store *reminders.Store, t *term) error {
	docs, err := a.PlansToFollow(ctx)
	if err != nil {
		return err
	}
	res, err := store.Sync(ctx, docs)
	if err != nil {
		return err
	}
	fmt.Fprintln(t.Out, t.say("synced", res.Added, res.Kept, res.Removed))
	return nil
}
