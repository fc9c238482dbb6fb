package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// loadPlans returns the plans a command works on: the files given (any format ingest reads), or
// else the plans in the Redis store when it is reachable and holds any, or else the embedded seeds.
// Commands that only read plans work without Redis: the store is tried with a short timeout and
// its absence is logged at debug level.
// A file that cannot be read or parsed is reported on Stderr and skipped; the error then says how
// many failed, so the command exits non-zero after printing what it could.
func (m *Main) loadPlans(ctx context.Context, files []string) ([]*plan.Document, error) {
	opt, err := m.planOptions()
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		if docs := m.storedPlans(ctx); len(docs) > 0 {
			return docs, nil
		}
		return seeds.Load(opt)
	}
	sb, err := m.sandbox()
	if err != nil {
		return nil, err
	}
	var docs []*plan.Document
	var failed int
	for _, f := range files {
		data, err := ingest.ReadFile(f, sb.MaxFileSize)
		if err == nil {
			var d *plan.Document
			if d, err = sb.ParseFile(ctx, f, data); err == nil {
				docs = append(docs, d)
				continue
			}
		}
		if ctx.Err() != nil {
			return docs, err
		}
		failed++
		fmt.Fprintf(m.Stderr, "dutybot: %s\n", oneLine(err.Error()))
	}
	if failed > 0 {
		return docs, fmt.Errorf("%d of %d files could not be read as plans: %w", failed, len(files), errPartial)
	}
	return docs, nil
}

// errPartial marks a load where some files failed but others were read.
var errPartial = errors.New("partial load")

// planOptions builds parser options from the configuration (the alias table).
func (m *Main) planOptions() (plan.Options, error) {
	aliases, err := plan.LoadAliases(m.Getenv("DUTYBOT_ALIASES"))
	if err != nil {
		return plan.Options{}, err
	}
	return plan.Options{Aliases: aliases}, nil
}

// sandbox reads plan files people give us (named on the command line, uploaded to Slack) in a
// child process — this binary, run as "dutybot extract" — bounded by DUTYBOT_EXTRACT_TIMEOUT,
// DUTYBOT_EXTRACT_MEMORY and DUTYBOT_MAX_FILE_SIZE.
func (m *Main) sandbox() (*ingest.Sandbox, error) {
	cfg, err := loadConfig(m.Getenv)
	if err != nil {
		return nil, err
	}
	if m.Logger == nil {
		m.Logger = newLogger(m.Stderr, m.Getenv)
	}
	return &ingest.Sandbox{
		Args:        []string{"extract"},
		MaxFileSize: int64(cfg.MaxFileSize),
		Memory:      int64(cfg.ExtractMemory),
		Timeout:     cfg.ExtractTimeout,
		AliasesFile: m.Getenv("DUTYBOT_ALIASES"),
		Logger:      m.Logger,
	}, nil
}

// runExtract is the sandbox's child: dutybot extract [flags] < FILE. It is run by ingest.Sandbox,
// not by people; see ingest.RunChild.
func (m *Main) runExtract(_ context.Context, args []string) error {
	return ingest.RunChild(args, m.Stdin, m.Stdout)
}

// storedPlans returns the plans in the Redis store, or nil when it is unreachable or empty.
func (m *Main) storedPlans(ctx context.Context) []*plan.Document {
	if m.Logger == nil {
		m.Logger = newLogger(m.Stderr, m.Getenv)
	}
	store, err := m.openPlanStore(ctx, 500*time.Millisecond)
	if err != nil {
		m.Logger.Debug("plan store not used; reading the embedded seeds", "err", err)
		return nil
	}
	docs, err := store.Docs(ctx)
	if err != nil {
		m.Logger.Debug("plan store not read; reading the embedded seeds", "err", err)
		return nil
	}
	if len(docs) == 0 {
		m.Logger.Debug("plan store is empty; reading the embedded seeds")
	}
	return docs
}

// errNoStore says the plan store is needed and not reachable.
var errNoStore = errors.New("the plan store (Redis) is not reachable: start Redis or set REDIS_URL")

// openPlanStore connects to Redis (waiting at most timeout to reach it) and returns the plan store.
// The connection is closed by Main.Close. serve uses it too: Listen the index and the reminder
// schedules, SeedIfEmpty, then Run.
func (m *Main) openPlanStore(ctx context.Context, timeout time.Duration) (*planstore.Store, error) {
	cfg, err := loadConfig(m.Getenv)
	if err != nil {
		return nil, err
	}
	if cfg.RedisURL == "" {
		return nil, fmt.Errorf("%w (REDIS_URL is empty)", errNoStore)
	}
	opt, err := redis.ParseURL(cfg.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	opt.DialTimeout = timeout
	// Probe the port first: a missing Redis is the normal case for a laptop, and go-redis would
	// log each failed dial.
	network := opt.Network
	if network == "" {
		network = "tcp"
	}
	conn, err := net.DialTimeout(network, opt.Addr, timeout)
	if err != nil {
		return nil, fmt.Errorf("%w (%s: %v)", errNoStore, opt.Addr, err)
	}
	conn.Close()
	rdb := redis.NewClient(opt)
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := rdb.Ping(pctx).Err(); err != nil {
		rdb.Close()
		return nil, fmt.Errorf("%w (%s: %v)", errNoStore, opt.Addr, err)
	}
	m.onClose(rdb.Close)
	popt, err := m.planOptions()
	if err != nil {
		return nil, err
	}
	sb, err := m.sandbox()
	if err != nil {
		return nil, err
	}
	return planstore.NewStore(rdb, keyspace.New(cfg.RedisPrefix), planstore.Options{
		Parse:       popt,
		MaxFileSize: int64(cfg.MaxFileSize),
		Sandbox:     sb,
		Logger:      m.Logger,
		Now:         m.Now,
	}), nil
}

// baseName is the name a stored plan keeps of its file.
func baseName(path string) string { return filepath.Base(path) }

// startPlanStore opens the plan store for a long-running command (serve) and keeps listeners —
// the retrieval index, the reminder schedules — current: it seeds an empty store once, tells the
// listeners of the stored plans before returning (so the caller can answer at once), then follows
// the change feed in the background until ctx is done or Main closes. Wire it as
//
//	store, err := m.startPlanStore(ctx, reminderStore, planstore.ListenerFunc(func(ctx context.Context, docs []*plan.Document) error {
//		_, err := index.Build(ctx, docs)
//		return err
//	}))
//
// and hand store.Add and store.Remove to the Slack file-upload flow.
func (m *Main) startPlanStore(ctx context.Context, listeners ...planstore.Listener) (*planstore.Store, error) {
	if m.Logger == nil {
		m.Logger = newLogger(m.Stderr, m.Getenv)
	}
	store, err := m.openPlanStore(ctx, storeTimeout)
	if err != nil {
		return nil, err
	}
	for _, l := range listeners {
		store.Listen(l)
	}
	if n, err := store.SeedIfEmpty(ctx, seeds.Files()); err != nil {
		m.Logger.Error("seeding the plan store", "err", err)
	} else if n > 0 {
		m.Logger.Info("seeded the empty plan store", "plans", n)
	}
	docs, err := store.Load(ctx)
	if err != nil {
		m.Logger.Error("a plan listener failed on the stored plans; it will be told again on the next change", "err", err)
	}
	m.Logger.Info("plans loaded from the store", "plans", len(docs))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := store.Run(runCtx); err != nil {
			m.Logger.Error("plan store feed stopped", "err", err)
		}
	}()
	// Registered after the Redis client's closer, so it runs first: the feed loop stops before
	// its connection closes.
	m.onClose(func() error {
		cancel()
		<-done
		return nil
	})
	return store, nil
}
