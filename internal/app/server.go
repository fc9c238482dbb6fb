package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// Server is everything `dutybot serve` runs: the Slack app, the dispatcher, the plan store's feed
// and the HTTP listeners, on one App.
type Server struct {
	app        *App
	slack      *slackapp.App
	dispatcher *reminders.Dispatcher // nil when DUTYBOT_DISPATCH=false
	report     *monthlyReport        // nil when DUTYBOT_REPORT_AT=off
	http       *httpServers
}

// NewServer assembles serve, in dependency order: the metrics registry, the reminder store (routes
// file loaded), the retrieval index and engine, the plan store (seeded once, then followed: each
// change updates the index, its unit directory and the schedules; the embedded seeds
// when Redis is down), the Slack app, the weekly digest, the dispatcher and the listeners. Nothing
// runs yet but the plan store's feed.
func (a *App) NewServer(ctx context.Context) (*Server, error) {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	store := a.ReminderStore()
	if _, err := store.Migrate(ctx); err != nil {
		a.Logger.Warn("schedule not laid out in shards yet; the dispatcher tries again", "err", err)
	}
	a.WarnCalendar(ctx, store)
	if err := a.LoadRoutes(ctx); err != nil {
		a.Logger.Warn("routes file not loaded; routes already in Redis still apply", "file", a.Config.RoutesFile, "err", err)
	}
	ix, engine, err := a.NewEngine(store)
	if err != nil {
		return nil, err
	}
	// The index works out what changed from the whole set (one plan's change costs that plan) and
	// writes its snapshot in the background; the last changes are saved when serve stops.
	onPlans := planstore.ListenerFunc(func(ctx context.Context, docs []*plan.Document) error {
		if _, err := ix.Build(ctx, docs); err != nil {
			return fmt.Errorf("index plans: %w", err)
		}
		ix.SaveLater()
		return nil
	})
	a.onClose(ix.Save)
	plans, err := a.followOrSeeds(ctx, onPlans, store)
	if err != nil {
		return nil, err
	}
	s := &Server{app: a}
	if s.slack, err = a.SlackApp(engine, plans, ix.Directory, reg); err != nil {
		return nil, err
	}
	a.scheduleDigest(ctx)
	if a.Config.Dispatch {
		s.dispatcher = a.Dispatcher(s.slack.Notifier(), reminders.NewMetrics(reg))
	}
	if at, _ := reminders.ParseMonthly(a.Config.ReportAt); at.Day > 0 {
		s.report = &monthlyReport{at: at, store: store, send: s.slack.SendReport, now: a.Now, log: a.Logger}
	}
	registerPending(reg, store)
	if s.http, err = a.listen(reg, s.slack, a.BoardHandler(store), http.HandlerFunc(s.healthz)); err != nil {
		return nil, err
	}
	a.Logger.Info("serving", "addr", s.http.public.Addr().String(), "metrics", a.Config.MetricsAddr, "slack_mode", a.Config.SlackMode,
		"dispatch", a.Config.Dispatch, "llm", a.Config.OpenAIKey != "")
	return s, nil
}

// followOrSeeds follows the plan store, telling the index and the schedules of every change; when
// Redis is down it builds the index from the plans that can be read now (the embedded seeds), says
// so, and returns a nil store.
func (a *App) followOrSeeds(ctx context.Context, index, schedules planstore.Listener) (*planstore.Store, error) {
	plans, err := a.FollowPlans(ctx, index, schedules)
	if err == nil {
		return plans, nil
	}
	a.Logger.Warn("plan store not reachable; answering from the embedded seeds until restart", "err", err)
	docs, err := a.Plans(ctx)
	if err != nil {
		return nil, err
	}
	return nil, index.PlansChanged(ctx, docs)
}

// scheduleDigest arms the weekly digest (DUTYBOT_DIGEST_AT): a reminder series, so that of several
// replicas one sends it.
func (a *App) scheduleDigest(ctx context.Context) {
	rule, hh, mm, _ := reminders.ParseWeekly(a.Config.DigestAt)
	if err := a.ReminderStore().ScheduleDigest(ctx, rule, hh, mm); err != nil {
		a.Logger.Warn("weekly digest not scheduled; it keeps its previous schedule", "err", err)
	}
}

// registerPending exports the queue depth.
func registerPending(reg prometheus.Registerer, store *reminders.Store) {
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "dutybot_reminders_pending", Help: "Nudges scheduled and not yet delivered (the queue depth); -1 when Redis is down.",
	}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		n, err := store.PendingCount(ctx)
		if err != nil {
			return -1
		}
		return float64(n)
	}))
}

// Run runs every part until ctx is done, then stops them in order: the HTTP servers (no new Slack
// requests), the Slack connection, the dispatcher, then in-flight answers are let finish within
// DUTYBOT_SHUTDOWN_TIMEOUT. It returns the error that stopped it, if any.
func (s *Server) Run(ctx context.Context) error {
	log := s.app.Logger
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	s.http.serve(&wg, errc)
	appDone := make(chan struct{})
	go func() {
		defer close(appDone)
		if err := s.slack.Run(runCtx); err != nil {
			errc <- err
		}
	}()
	if s.dispatcher != nil {
		wg.Go(func() {
			if err := s.dispatcher.Run(runCtx); err != nil {
				errc <- fmt.Errorf("dispatcher: %w", err)
			}
		})
	}
	if s.report != nil {
		wg.Go(func() { s.report.run(runCtx) })
	}
	var failed error
	select {
	case <-ctx.Done():
		log.Info("shutting down: draining in-flight work", "timeout", s.app.Config.ShutdownTimeout)
	case failed = <-errc:
		log.Error("stopping", "err", failed)
	}
	drainCtx, drainCancel := context.WithTimeout(context.Background(), s.app.Config.ShutdownTimeout)
	defer drainCancel()
	s.http.shutdown(drainCtx, log)
	cancel()
	<-appDone
	if s.dispatcher != nil {
		s.dispatcher.Close()
	}
	if err := s.slack.Shutdown(drainCtx); err != nil {
		log.Warn("in-flight work cut short", "err", err)
	}
	wg.Wait()
	log.Info("stopped")
	return failed
}

// healthz reports the Slack connection and Redis: 200 when both are up, 503 otherwise.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	out := map[string]string{"slack": "connected", "redis": "ok"}
	status := http.StatusOK
	if !s.slack.Connected() {
		out["slack"], status = "disconnected", http.StatusServiceUnavailable
	}
	if err := s.app.redis.Ping(ctx).Err(); err != nil {
		out["redis"], status = "unreachable: "+err.Error(), http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(out)
}

// serveUntilClosed serves on ln until the server is shut down.
func serveUntilClosed(srv *http.Server, ln net.Listener, what string, errc chan<- error) {
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		errc <- fmt.Errorf("%s: %w", what, err)
	}
}
