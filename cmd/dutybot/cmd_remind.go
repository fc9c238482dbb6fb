package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// remindCmd works on the reminders kept in Redis; each subcommand is in a cmd_remind_*.go file and
// receives the reminder store once Redis answers.
type remindCmd struct {
	Add         remindAddCmd         `cmd:"" help:"Add a reminder for a unit or a channel."`
	List        remindListCmd        `cmd:"" help:"The pending reminders and nudges."`
	Cancel      remindCancelCmd      `cmd:"" help:"Cancel a reminder."`
	Done        remindDoneCmd        `cmd:"" help:"Mark a unit's task done: no more nudges."`
	Snooze      remindSnoozeCmd      `cmd:"" help:"Hold off a unit's nudges for a task."`
	Progress    remindProgressCmd    `cmd:"" help:"Record progress on a unit's task."`
	Extend      remindExtendCmd      `cmd:"" help:"Ask for a unit's deadline to be extended."`
	Status      remindStatusCmd      `cmd:"" help:"A unit's task: its 亮灯 colour and history."`
	Board       remindBoardCmd       `cmd:"" help:"The 亮灯 board: red, yellow, green per task and unit."`
	Digest      remindDigestCmd      `cmd:"" help:"The leaders' summary, or its weekly schedule."`
	Subscribe   remindSubscribeCmd   `cmd:"" help:"Send a unit's nudges (or the leaders' escalations) to a route."`
	Unsubscribe remindUnsubscribeCmd `cmd:"" help:"Stop sending a unit's nudges to a route."`
	Routes      remindRoutesCmd      `cmd:"" help:"Where each unit's nudges go."`
	Sync        remindSyncCmd        `cmd:"" help:"Reconcile the schedules with the plans now (every reminder command keeps them in step by itself)."`
}

// unitFlags are --unit and --city, as people write them.
type unitFlags struct {
	Unit string `help:"The unit (as people write it: 商务局, 衢州市商务局)." placeholder:"U"`
	City string `help:"The unit's city or district." placeholder:"C"`
}

// given reports whether a unit or a city was named.
func (f unitFlags) given() bool { return f.Unit != "" || f.City != "" }

// resolve turns the flags into one unit of the plans (a city alone is the city as a whole). sub
// names the subcommand in the message when required and nothing was given.
func (f unitFlags) resolve(ctx context.Context, a *app.App, sub string, required bool) (plan.UnitRef, error) {
	if f.Unit == "" {
		if f.City != "" {
			return plan.UnitRef{City: resolveCity(ctx, a, f.City)}, nil
		}
		if required {
			return plan.UnitRef{}, usageError(sub + ": say which unit with --unit")
		}
		return plan.UnitRef{}, nil
	}
	return resolveUnit(ctx, a, f.Unit, f.City)
}

// resolveKnown is resolve for what must be in the plans (a route): a unit, or a city as a whole,
// that no plan names is refused with the nearest names.
func (f unitFlags) resolveKnown(ctx context.Context, a *app.App, t *term, sub string) (plan.UnitRef, error) {
	docs, err := a.Plans(ctx)
	if err != nil {
		return plan.UnitRef{}, err
	}
	dir := a.Directory(docs)
	city := ""
	if f.City != "" {
		if city = dir.ResolveCity(f.City); city == "" {
			return plan.UnitRef{}, usageError(t.say("refuse-unknown-unit", f.City, suggest(t, dir.Cities())))
		}
	}
	if f.Unit == "" {
		if city == "" {
			return plan.UnitRef{}, usageError(sub + ": " + t.say("refuse-no-unit"))
		}
		return plan.UnitRef{City: city}, nil
	}
	us := dir.Resolve(f.Unit, city)
	switch len(us) {
	case 1:
		return us[0], nil
	case 0:
		return plan.UnitRef{}, usageError(t.say("refuse-unknown-unit", strings.TrimSpace(f.City+" "+f.Unit), suggest(t, dir.Suggest(f.Unit, city, 3))))
	}
	var names []string
	for _, u := range us {
		names = append(names, u.String())
	}
	return plan.UnitRef{}, &unitError{name: f.Unit, could: names}
}

// suggest is "; did you mean …" for names, or "".
func suggest(t *term, names []string) string {
	if len(names) == 0 {
		return ""
	}
	if len(names) > 5 {
		names = names[:5]
	}
	return t.say("did-you-mean", strings.Join(names, "、"))
}

// resolveCity turns "衢州" into the plans' "衢州市"; a city the plans do not know is kept as typed.
func resolveCity(ctx context.Context, a *app.App, city string) string {
	docs, _ := a.Plans(ctx)
	if c := a.Directory(docs).ResolveCity(city); c != "" {
		return c
	}
	return city
}

// resolveUnit turns what a person typed into one unit of the plans. A unit the plans do not name
// is taken as typed when a city is given (people remind units the plans leave out).
func resolveUnit(ctx context.Context, a *app.App, name, city string) (plan.UnitRef, error) {
	docs, err := a.Plans(ctx)
	if err != nil {
		if city != "" {
			return plan.UnitRef{City: city, Name: name}, nil
		}
		return plan.UnitRef{}, fmt.Errorf("resolve unit %q: %w (give --city to use the name as typed)", name, err)
	}
	dir := a.Directory(docs)
	if c := dir.ResolveCity(city); c != "" {
		city = c
	}
	us := dir.Resolve(name, city)
	switch {
	case len(us) == 1:
		return us[0], nil
	case len(us) > 1:
		var names []string
		for _, u := range us {
			names = append(names, u.String())
		}
		return plan.UnitRef{}, &unitError{name: name, could: names}
	case city != "":
		return plan.UnitRef{City: city, Name: name}, nil
	}
	return plan.UnitRef{}, unknownUnit(dir, name)
}

// describeTarget says where a series' nudges go: its route, or its unit.
func describeTarget(x reminders.Series) string {
	if x.Route != "" {
		return x.Route
	}
	if x.Unit.Name == "" {
		return x.Unit.City
	}
	return x.Unit.String()
}

// stamp is a time as the reminder commands print it, in the plans' zone.
func stamp(t time.Time) string { return t.In(plan.Zone()).Format("2006-01-02 15:04") }
