package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// validateReminders checks the reminder settings.
func (c Config) validateReminders() []error {
	var errs []error
	if _, err := reminders.ParseLadder(c.Ladder); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_LADDER=%q: %v (try 30d,7d,1d,0d)", c.Ladder, err))
	}
	if _, _, err := reminders.ParseClock(c.NudgeTime); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_NUDGE_TIME=%q must be HH:MM, such as 09:00", c.NudgeTime))
	}
	if c.Poll <= 0 || c.Poll > time.Minute {
		errs = append(errs, fmt.Errorf("DUTYBOT_POLL=%s must be between 1ms and 1m, such as 500ms", c.Poll))
	}
	if c.Lease < 2*time.Second || c.Lease < 4*c.Poll {
		errs = append(errs, fmt.Errorf("DUTYBOT_LEASE=%s must be at least 2s and four polls, such as 30s", c.Lease))
	}
	if len(c.RedisClusterAddrs) > 0 && c.RedisSentinelMaster != "" {
		errs = append(errs, errors.New("set REDIS_CLUSTER_ADDRS or REDIS_SENTINEL_MASTER, not both"))
	}
	if c.RedisSentinelMaster != "" && len(c.RedisSentinelAddrs) == 0 {
		errs = append(errs, errors.New("REDIS_SENTINEL_MASTER needs REDIS_SENTINEL_ADDRS (host:26379,...)"))
	}
	return errs
}

// newRedisClient builds the client the configuration asks for: Redis Cluster when
// REDIS_CLUSTER_ADDRS is set, Sentinel failover when REDIS_SENTINEL_MASTER is, else the server at
// REDIS_URL. Credentials and DB come from REDIS_URL in every case.
func newRedisClient(c Config) (redis.UniversalClient, error) {
	opt, err := redis.ParseURL(c.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	switch {
	case len(c.RedisClusterAddrs) > 0:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.RedisClusterAddrs,
			Username: opt.Username, Password: opt.Password, TLSConfig: opt.TLSConfig}), nil
	case c.RedisSentinelMaster != "":
		return redis.NewFailoverClient(&redis.FailoverOptions{MasterName: c.RedisSentinelMaster,
			SentinelAddrs: c.RedisSentinelAddrs, Username: opt.Username, Password: opt.Password, DB: opt.DB,
			TLSConfig: opt.TLSConfig}), nil
	}
	return redis.NewClient(opt), nil
}

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

// warnCalendar says, once at start, which years ahead the holiday calendar does not know.
func (m *Main) warnCalendar(s reminders.Schedule, days int) {
	m.warnCalendarFrom(s, plan.DayOf(m.Now()), days)
}

// warnCalendarFrom is warnCalendar for the days ahead of today.
func (m *Main) warnCalendarFrom(s reminders.Schedule, today plan.Day, days int) {
	seen := map[int]bool{}
	for _, d := range []plan.Day{today, today.AddDays(days)} {
		if !seen[d.Year] && !s.Calendar.Covers(d.Year) {
			seen[d.Year] = true
			m.Logger.Warn(fmt.Sprintf("the holiday calendar has no %d: only weekends count as days off that year; "+
				"add the State Council's 节假日安排 to a file and point DUTYBOT_HOLIDAYS at it", d.Year),
				"known", s.Calendar.Years())
		}
	}
}

// openReminders connects to Redis (waiting at most timeout to reach it) and returns the reminder
// store; Main.Close closes the connection. serve uses it too, with reminders.NewDispatcher and the
// Slack notifier.
func (m *Main) openReminders(ctx context.Context, timeout time.Duration) (*reminders.Store, Config, error) {
	cfg, err := loadConfig(m.Getenv)
	if err != nil {
		return nil, cfg, err
	}
	sched, err := reminderSchedule(cfg)
	if err != nil {
		return nil, cfg, err
	}
	if len(cfg.RedisClusterAddrs) == 0 && cfg.RedisSentinelMaster == "" {
		// A missing single server is found by a quick dial, so go-redis does not log failed dials.
		if opt, err := redis.ParseURL(cfg.RedisURL); err == nil {
			network := opt.Network
			if network == "" {
				network = "tcp"
			}
			conn, err := net.DialTimeout(network, opt.Addr, timeout)
			if err != nil {
				return nil, cfg, fmt.Errorf("%w: %w (%v; start Redis or set REDIS_URL)", errNoReminderStore, reminders.ErrUnavailable, err)
			}
			conn.Close()
		}
	}
	rdb, err := newRedisClient(cfg)
	if err != nil {
		return nil, cfg, err
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := rdb.Ping(pctx).Err(); err != nil {
		rdb.Close()
		return nil, cfg, fmt.Errorf("%w: %w (%v; start Redis or set REDIS_URL)", errNoReminderStore, reminders.ErrUnavailable, err)
	}
	m.onClose(rdb.Close)
	store := reminders.NewStore(rdb, reminders.StoreOptions{Prefix: cfg.RedisPrefix, Schedule: sched, Now: m.Now, Logger: m.Logger})
	if cfg.RoutesFile != "" {
		f, err := os.Open(cfg.RoutesFile)
		if err != nil {
			return nil, cfg, fmt.Errorf("DUTYBOT_ROUTES: %w", err)
		}
		defer f.Close()
		if _, err := store.LoadRoutes(ctx, f); err != nil {
			return nil, cfg, fmt.Errorf("DUTYBOT_ROUTES %s: %w", cfg.RoutesFile, err)
		}
	}
	return store, cfg, nil
}

// errNoReminderStore says the reminder commands need Redis.
var errNoReminderStore = errors.New("the reminder store (Redis) is not reachable")
