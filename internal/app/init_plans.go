package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// Timeouts for reaching Redis: commands that can do without it wait little; those that need it a
// while.
const (
	ReadTimeout  = 500 * time.Millisecond // a reading command tries the plan store
	StoreTimeout = 3 * time.Second        // ingest, plans, remind, dispatch, serve need Redis
)

// newSandbox reads plan files people give us (named on the command line, uploaded to Slack) in a
// child process — this binary, run as "dutybot extract" — bounded by DUTYBOT_EXTRACT_TIMEOUT,
// DUTYBOT_EXTRACT_MEMORY and DUTYBOT_MAX_FILE_SIZE, with DUTYBOT_ALIASES passed on.
func newSandbox(c Config, log *slog.Logger) *ingest.Sandbox {
	return &ingest.Sandbox{
		Args:        []string{"extract"},
		MaxFileSize: int64(c.MaxFileSize),
		Memory:      int64(c.ExtractMemory),
		Timeout:     c.ExtractTimeout,
		AliasesFile: c.AliasesFile,
		Logger:      log,
	}
}

// Sandbox is the reader of files people give us.
func (a *App) Sandbox() *ingest.Sandbox { return a.sandbox }

// ErrNoPlanStore says the plan store is needed and Redis does not answer.
var ErrNoPlanStore = errors.New("the plan store (Redis) is not reachable: start Redis or set REDIS_URL")

// ErrPartial marks a load where some files failed but others were read.
var ErrPartial = errors.New("partial load")

// PlanStore is the plan store on the shared client. Building it dials nothing.
func (a *App) PlanStore() *planstore.Store {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.plans == nil {
		a.plans = planstore.NewStore(a.redis, a.Keys, planstore.Options{
			Parse: a.PlanOptions(), MaxFileSize: int64(a.Config.MaxFileSize), Sandbox: a.sandbox,
			Logger: a.Logger, Now: a.Now,
		})
	}
	return a.plans
}

// OpenPlans returns the plan store once Redis answers within timeout.
func (a *App) OpenPlans(ctx context.Context, timeout time.Duration) (*planstore.Store, error) {
	if err := a.Reach(ctx, timeout); err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNoPlanStore, err)
	}
	return a.PlanStore(), nil
}

// Plans returns the plans a command reads when it names no file: those in the plan store when it
// answers within ReadTimeout and holds any, else the embedded seeds. Its absence is logged at
// debug level: reading commands work without Redis.
func (a *App) Plans(ctx context.Context) ([]*plan.Document, error) {
	if docs := a.storedPlans(ctx); len(docs) > 0 {
		return docs, nil
	}
	return seeds.Load(a.PlanOptions())
}

func (a *App) storedPlans(ctx context.Context) []*plan.Document {
	store, err := a.OpenPlans(ctx, ReadTimeout)
	if err != nil {
		a.Logger.Debug("plan store not used; reading the embedded seeds", "err", err)
		return nil
	}
	docs, err := store.Docs(ctx)
	if err != nil {
		a.Logger.Debug("plan store not read; reading the embedded seeds", "err", err)
		return nil
	}
	if len(docs) == 0 {
		a.Logger.Debug("plan store is empty; reading the embedded seeds")
	}
	return docs
}

// ReadFiles reads the plan files given, each in the sandbox. A file that cannot be read or parsed
// is handed to refused with its name and skipped; the error then says how many failed (wrapping
// ErrPartial), so that the command can print what it read and still exit non-zero.
func (a *App) ReadFiles(ctx context.Context, files []string, refused func(file string, err error)) ([]*plan.Document, error) {
	var docs []*plan.Document
	failed := 0
	for _, f := range files {
		data, err := ingest.ReadFile(f, a.sandbox.MaxFileSize)
		if err == nil {
			var d *plan.Document
			if d, err = a.sandbox.ParseFile(ctx, f, data); err == nil {
				docs = append(docs, d)
				continue
			}
		}
		if ctx.Err() != nil {
			return docs, err
		}
		failed++
		refused(f, err)
	}
	if failed > 0 {
		return docs, fmt.Errorf("%d of %d files could not be read as plans: %w", failed, len(files), ErrPartial)
	}
	return docs, nil
}

// Directory resolves what people type to the units of docs, through the alias table.
func (a *App) Directory(docs []*plan.Document) *plan.Directory {
	return plan.NewDirectory(docs, a.Aliases)
}

// FollowPlans opens the plan store for a long-running command (serve, dispatch) and keeps the
// listeners — the retrieval index, the reminder schedules — current: it seeds an empty store once,
// tells the listeners of the stored plans before returning (so the caller can answer at once), then
// follows the change feed in the background until ctx is done or the App closes.
func (a *App) FollowPlans(ctx context.Context, listeners ...planstore.Listener) (*planstore.Store, error) {
	store, err := a.OpenPlans(ctx, StoreTimeout)
	if err != nil {
		return nil, err
	}
	for _, l := range listeners {
		store.Listen(l)
	}
	if n, err := store.SeedIfEmpty(ctx, seeds.Files()); err != nil {
		a.Logger.Error("seeding the plan store", "err", err)
	} else if n > 0 {
		a.Logger.Info("seeded the empty plan store", "plans", n)
	}
	docs, err := store.Load(ctx)
	if err != nil {
		a.Logger.Error("a plan listener failed on the stored plans; it will be told again on the next change", "err", err)
	}
	a.Logger.Info("plans loaded from the store", "plans", len(docs))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := store.Run(runCtx); err != nil {
			a.Logger.Error("plan store feed stopped", "err", err)
		}
	}()
	// Registered after the Redis client's closer, so it runs first: the feed stops before its
	// connection closes.
	a.onClose(func() error {
		cancel()
		<-done
		return nil
	})
	return store, nil
}
