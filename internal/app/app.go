package app

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// App holds what every part is built from, each built once: the configuration, the logger, the
// clock, the alias table, the key space and one Redis client. Its methods in the init_*.go files
// build the parts on demand; Close releases them in reverse order.
type App struct {
	Config Config
	Logger *slog.Logger
	// Now is the clock every part reads.
	Now func() time.Time
	// Aliases is the unit alias table (the shipped one, extended by DUTYBOT_ALIASES).
	Aliases *plan.Aliases
	// Keys builds every Redis key under DUTYBOT_REDIS_PREFIX.
	Keys keyspace.Keyspace
	// Schedule is the reminders' ladder, time of day and holiday calendar.
	Schedule reminders.Schedule

	redis   redis.UniversalClient
	sandbox *ingest.Sandbox

	mu        sync.Mutex
	reach     *reachResult
	plans     *planstore.Store
	reminders *reminders.Store
	routes    bool // DUTYBOT_ROUTES loaded
	closers   []func() error
}

// Options are what the process gives an App beside its configuration.
type Options struct {
	Logger *slog.Logger     // nil: NewLogger on standard error's discard
	Now    func() time.Time // nil: time.Now
}

// New builds an App from a configuration LoadConfig validated. It sets plan.Zone, reads the alias
// table and the holiday calendar and makes the Redis client (without dialling it).
func New(cfg Config, opt Options) (*App, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = NewLogger(io.Discard, cfg)
	}
	plan.SetZone(cfg.Location())
	a := &App{Config: cfg, Logger: opt.Logger, Now: opt.Now, Keys: keyspace.New(cfg.RedisPrefix)}
	var err error
	if a.Aliases, err = plan.LoadAliases(cfg.AliasesFile); err != nil {
		return nil, fmt.Errorf("DUTYBOT_ALIASES: %w", err)
	}
	if a.Schedule, err = reminderSchedule(cfg); err != nil {
		return nil, err
	}
	if a.redis, err = newRedisClient(cfg); err != nil {
		return nil, err
	}
	a.onClose(a.redis.Close)
	a.sandbox = newSandbox(cfg, a.Logger)
	return a, nil
}

// NewLogger is the process logger: LOG_LEVEL (debug, info, warn, error) and LOG_FORMAT (text, json)
// of cfg, writing to w.
func NewLogger(w io.Writer, cfg Config) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if cfg.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// PlanOptions are the parser's options: the alias table.
func (a *App) PlanOptions() plan.Options { return plan.Options{Aliases: a.Aliases} }

// onClose registers f to run at Close, before everything registered earlier.
func (a *App) onClose(f func() error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.closers = append(a.closers, f)
}

// Close releases what the App opened, in reverse order: background loops stop before the Redis
// client they use closes. It is safe to call twice.
func (a *App) Close() error {
	a.mu.Lock()
	closers := a.closers
	a.closers = nil
	a.mu.Unlock()
	var errs []error
	for i := len(closers) - 1; i >= 0; i-- {
		errs = append(errs, closers[i]())
	}
	return errors.Join(errs...)
}
