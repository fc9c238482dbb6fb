package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
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
			Prefix: a.Config.RedisPrefix, Schedule: a.Schedule, Now: a.Now, Logger: a.Logger,
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
	if _, err := a.ReminderStore().LoadRoutes(ctx, f); err != nil {
		return fmt.Errorf("DUTYBOT_ROUTES %s: %w", path, err)
	}
	a.mu.Lock()
	a.routes = true
	a.mu.Unlock()
	return nil
}

// Dispatcher delivers the reminder store's nudges through n, with the configured poll, lease and
// leaders' channel; metrics may be nil.
func (a *App) Dispatcher(n reminders.Notifier, metrics *reminders.Metrics) *reminders.Dispatcher {
	c := a.Config
	return reminders.NewDispatcher(a.ReminderStore(), n, reminders.DispatcherOptions{
		Poll: c.Poll, Lease: c.Lease, LeadersRoute: c.LeadersChannel, Logger: a.Logger, Metrics: metrics,
	})
}

// StdoutDispatcher delivers nudges as lines on w (dutybot dispatch).
func (a *App) StdoutDispatcher(w io.Writer) *reminders.Dispatcher {
	return a.Dispatcher(reminders.NewWriterNotifier(w), nil)
}

// WarnCalendar says, once, which of the years from today to days ahead the holiday calendar does
// not know.
func (a *App) WarnCalendar(today plan.Day, days int) {
	seen := map[int]bool{}
	for _, d := range []plan.Day{today, today.AddDays(days)} {
		if !seen[d.Year] && !a.Schedule.Calendar.Covers(d.Year) {
			seen[d.Year] = true
			a.Logger.Warn(fmt.Sprintf("the holiday calendar has no %d: only weekends count as days off that year; "+
				"add the State Council's 节假日安排 to a file and point DUTYBOT_HOLIDAYS at it", d.Year),
				"known", a.Schedule.Calendar.Years())
		}
	}
}
