package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/seeds"
)

// reminderSchedule builds the ladder, time of day and calendar from the configuration.
func reminderSchedule(c Config) (reminders.Schedule, error) {
	s := reminders.DefaultSchedule()
	var err error
	if s.Ladder, err = reminders.ParseLadder(c.Ladder); err != nil {
		return s, fmt.Errorf("DUTYBOT_LADDER: %w", err)
	}
	if s.Hour, s.Minute, err = reminders.ParseClock(c.NudgeTime); err != nil {
		return s, fmt.Errorf("DUTYBOT_NUDGE_TIME: %w", err)
	}
	if s.Calendar, err = reminders.LoadCalendar(c.HolidaysFile); err != nil {
		return s, fmt.Errorf("DUTYBOT_HOLIDAYS: %w", err)
	}
	return s, nil
}

// ErrNoReminderStore says the reminder commands need Redis and it does not answer.
var ErrNoReminderStore = errors.New("the reminder store (Redis) is not reachable")

// ReminderStore is the reminder store on the shared client. Building it dials nothing; its methods
// return reminders.ErrUnavailable while Redis is down.
func (a *App) ReminderStore() *reminders.Store {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.reminders == nil {
		a.reminders = reminders.NewStore(a.redis, reminders.StoreOptions{
			Prefix: a.Config.RedisPrefix, Shards: a.Config.Shards, Keep: a.Config.Keep, Schedule: a.Schedule, Now: a.Now,
			Logger: a.Logger,
		})
	}
	return a.reminders
}

// OpenReminders returns the reminder store once Redis answers within timeout, with the routes of
// DUTYBOT_ROUTES loaded.
func (a *App) OpenReminders(ctx context.Context, timeout time.Duration) (*reminders.Store, error) {
	if err := a.Reach(ctx, timeout); err != nil {
		return nil, fmt.Errorf("%w: %w (%v; start Redis or set REDIS_URL)", ErrNoReminderStore, reminders.ErrUnavailable, err)
	}
	store := a.ReminderStore()
	if _, err := store.Migrate(ctx); err != nil {
		return nil, err
	}
	if err := a.LoadRoutes(ctx); err != nil {
		return nil, err
	}
	return store, nil
}

// LoadRoutes subscribes, once per App, the routes DUTYBOT_ROUTES lists.
func (a *App) LoadRoutes(ctx context.Context) error {
	path := a.Config.RoutesFile
	a.mu.Lock()
	done := a.routes || path == ""
	a.mu.Unlock()
	if done {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("DUTYBOT_ROUTES: %w", err)
	}
	defer f.Close()
	routes, err := reminders.ParseRoutes(f)
	if err != nil {
		return fmt.Errorf("DUTYBOT_ROUTES %s: %w", path, err)
	}
	if err := a.resolveRoutes(ctx, routes); err != nil {
		return fmt.Errorf("DUTYBOT_ROUTES %s: %w", path, err)
	}
	if _, err := a.ReminderStore().SubscribeAll(ctx, routes); err != nil {
		return fmt.Errorf("DUTYBOT_ROUTES %s: %w", path, err)
	}
	a.mu.Lock()
	a.routes = true
	a.mu.Unlock()
	return nil
}

// resolveRoutes reads each line's city and unit of a routes file as remind subscribe reads --city
// and --unit (衢州 is 衢州市, 发展改革委 is the plan's 市发改委): a name kept as typed would match no plan
// unit, and its nudges would wait for a route for ever. A name the plans do not know, or that could
// be several units, refuses the file with its line.
func (a *App) resolveRoutes(ctx context.Context, routes []reminders.Route) error {
	docs, err := a.Plans(ctx)
	if err != nil {
		return err
	}
	dir := a.Directory(docs)
	for i := range routes {
		u := routes[i].Unit
		if u == reminders.LeadersUnit {
			continue
		}
		city := dir.ResolveCity(u.City)
		if city == "" {
			return fmt.Errorf("routes line %d: no plan is from %q (known: %s)", routes[i].Line, u.City, strings.Join(dir.Cities(), ", "))
		}
		if u.Name == "" {
			routes[i].Unit = plan.UnitRef{City: city}
			continue
		}
		var us []plan.UnitRef
		for _, x := range dir.Units(city) {
			if x.Name == u.Name { // written as the plan writes it
				us = []plan.UnitRef{{City: city, Name: x.Name}}
				break
			}
		}
		if us == nil {
			us = dir.Resolve(u.Name, city)
		}
		switch len(us) {
		case 1:
			routes[i].Unit = us[0]
		case 0:
			near := dir.Suggest(u.Name, city, 3)
			return fmt.Errorf("routes line %d: no unit %q in the plans of %s (nearest: %s)", routes[i].Line, u.Name, city, strings.Join(near, ", "))
		default:
			var names []string
			for _, x := range us {
				names = append(names, x.Name)
			}
			return fmt.Errorf("routes line %d: %q could be %s: write the unit's name as the plan does", routes[i].Line, u.Name, strings.Join(names, ", "))
		}
	}
	return nil
}

// Dispatcher delivers the reminder store's nudges through n (a chat: its channels get at most
// DUTYBOT_CHANNEL_LIMIT messages), with the configured poll, lease, go-live day and leaders'
// channel; metrics may be nil.
func (a *App) Dispatcher(n reminders.Notifier, metrics *reminders.Metrics) *reminders.Dispatcher {
	opt := a.dispatcherOptions(metrics)
	opt.RateLimit, opt.RateWindow, _ = ParseRate(a.Config.ChannelLimit)
	return reminders.NewDispatcher(a.ReminderStore(), n, opt)
}

func (a *App) dispatcherOptions(metrics *reminders.Metrics) reminders.DispatcherOptions {
	c := a.Config
	since, _ := c.Since()
	return reminders.DispatcherOptions{Poll: c.Poll, Lease: c.Lease, LeadersRoute: c.LeadersChannel, NudgeSince: since,
		Logger: a.Logger, Metrics: metrics}
}

// StdoutDispatcher delivers nudges as lines on w (dutybot dispatch): a line per nudge, no rate.
func (a *App) StdoutDispatcher(w io.Writer) *reminders.Dispatcher {
	return reminders.NewDispatcher(a.ReminderStore(), reminders.NewWriterNotifier(w), a.dispatcherOptions(nil))
}

// FollowPlansNow brings the reminder schedules in step with the plans they follow (PlansToFollow),
// as every reminder command does before it runs.
func (a *App) FollowPlansNow(ctx context.Context, store *reminders.Store) error {
	docs, err := a.PlansToFollow(ctx)
	if err != nil {
		return err
	}
	if _, err := store.Follow(ctx, docs); err != nil {
		return fmt.Errorf("bring the schedules in step with the plans: %w", err)
	}
	return nil
}

// PlansToFollow are the plans the schedules follow: the plan store's, else (while it holds none) the
// embedded seeds. It is called once Redis answered (the reminder store is open), so a plan store
// that cannot be read is an error, never a reason to take the seeds: that would cancel the
// schedules of the stored plans.
func (a *App) PlansToFollow(ctx context.Context) ([]*plan.Document, error) {
	docs, err := a.PlanStore().Docs(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the plans to follow: %w", err)
	}
	if len(docs) == 0 {
		if docs, err = seeds.Load(a.PlanOptions()); err != nil {
			return nil, fmt.Errorf("read the plans to follow: %w", err)
		}
	}
	return docs, nil
}

// WarnCalendar warns, once a year per deployment (the reminder store remembers), when the holiday
// calendar ends within a year of today: time to add the next year's 节假日安排. serve and dispatch
// call it at start; other commands do not.
func (a *App) WarnCalendar(ctx context.Context, store *reminders.Store) {
	years := a.Schedule.Calendar.Years()
	today := plan.DayOf(a.Now())
	last := 0
	if len(years) > 0 {
		last = years[len(years)-1]
	}
	end := plan.NewDay(last, 12, 31)
	if last > 0 && !end.Before(today.AddDays(366)) {
		return
	}
	if store != nil {
		first, err := store.Once(ctx, fmt.Sprintf("calendar-%d-%d", last, today.Year), 400*24*time.Hour)
		if err == nil && !first {
			return
		}
	}
	a.Logger.Warn(fmt.Sprintf("the holiday calendar ends with %d: after it only weekends count as days off; "+
		"add the State Council's 节假日安排 for %d to a file and point DUTYBOT_HOLIDAYS at it", last, last+1),
		"known", years)
}
