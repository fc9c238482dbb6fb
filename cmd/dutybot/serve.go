package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// runServe runs the Slack app: dutybot serve [--print-config].
//
// It assembles, in order: the configuration (every mistake reported at once), Redis, the plans
// (the Redis plan store, followed for changes; the embedded seeds when Redis is down), the
// retrieval index and question-answering engine, the reminder store and dispatcher, the Slack app,
// and an HTTP server for /healthz, /metrics and, in HTTP mode, Slack's requests. On SIGTERM it stops
// taking requests, stops the dispatcher, lets in-flight answers finish (DUTYBOT_SHUTDOWN_TIMEOUT),
// and returns.
func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	printConfig := fs.Bool("print-config", false, "print the effective configuration, secrets masked, and exit")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	cfg, err := loadConfig(m.Getenv)
	if err == nil {
		err = cfg.validateServe()
	}
	if *printConfig {
		writeConfig(m.Stdout, cfg)
		return err
	}
	if err != nil {
		return fmt.Errorf("serve: fix the configuration:\n%w", err)
	}
	s, err := m.assemble(ctx, cfg)
	if err != nil {
		return err
	}
	return s.run(ctx)
}

var (
	slackUserID    = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	slackChannelID = regexp.MustCompile(`^[CG][A-Z0-9]{2,}$`)
)

// validateServe checks what serve needs beyond the common settings, with one message per mistake.
func (c Config) validateServe() error {
	var errs []error
	switch {
	case c.SlackBotToken == "":
		errs = append(errs, errors.New("SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from your Slack app's OAuth & Permissions page"))
	case !strings.HasPrefix(c.SlackBotToken, "xoxb-"):
		errs = append(errs, errors.New("SLACK_BOT_TOKEN must be the bot token, starting xoxb- (not a user xoxp- or app xapp- token)"))
	}
	switch c.SlackMode {
	case slackapp.ModeSocket:
		switch {
		case c.SlackAppToken == "":
			errs = append(errs, errors.New("SLACK_APP_TOKEN is not set: Socket Mode needs an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens; or set SLACK_MODE=http"))
		case !strings.HasPrefix(c.SlackAppToken, "xapp-"):
			errs = append(errs, errors.New("SLACK_APP_TOKEN must be an app-level token, starting xapp-"))
		}
	case slackapp.ModeHTTP:
		if c.SlackSigningSecret == "" {
			errs = append(errs, errors.New("SLACK_SIGNING_SECRET is not set: HTTP mode verifies every request with it (Basic Information → App Credentials)"))
		}
	default:
		errs = append(errs, fmt.Errorf("SLACK_MODE=%q must be socket (the default, no public URL needed) or http", c.SlackMode))
	}
	if u, err := url.Parse(c.SlackAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("SLACK_API_URL=%q must be an http(s) URL such as https://slack.com/api/", c.SlackAPIURL))
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_HTTP_ADDR=%q must be host:port or :port, such as :8080", c.HTTPAddr))
	}
	if c.MetricsAddr != "off" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			errs = append(errs, fmt.Errorf("DUTYBOT_METRICS_ADDR=%q must be host:port (such as 127.0.0.1:9090) or off", c.MetricsAddr))
		} else if c.MetricsAddr == c.HTTPAddr {
			errs = append(errs, fmt.Errorf("DUTYBOT_METRICS_ADDR must differ from DUTYBOT_HTTP_ADDR (%s): metrics are not served on the public address", c.HTTPAddr))
		}
	}
	if c.MaxConns < 1 || c.MaxConnsPerHost < 1 {
		errs = append(errs, errors.New("DUTYBOT_MAX_CONNS and DUTYBOT_MAX_CONNS_PER_IP must be at least 1"))
	}
	for _, a := range c.Admins {
		if a = strings.TrimSpace(a); !slackUserID.MatchString(a) {
			errs = append(errs, fmt.Errorf("DUTYBOT_ADMINS: %q is not a Slack user id such as U0123ABCD (profile → ⋮ → Copy member ID)", a))
		}
	}
	if c.LeadersChannel != "" && !slackChannelID.MatchString(c.LeadersChannel) {
		errs = append(errs, fmt.Errorf("DUTYBOT_LEADERS_CHANNEL=%q must be a channel id such as C0123ABCD (channel details → bottom of the About tab), not its name", c.LeadersChannel))
	}
	if _, _, _, err := parseWeekly(c.DigestAt); err != nil {
		errs = append(errs, fmt.Errorf("DUTYBOT_DIGEST_AT: %v", err))
	}
	if c.ShutdownTimeout <= 0 {
		errs = append(errs, errors.New("DUTYBOT_SHUTDOWN_TIMEOUT must be positive, such as 20s"))
	}
	if c.RoutesFile != "" {
		if _, err := os.Stat(c.RoutesFile); err != nil {
			errs = append(errs, fmt.Errorf("DUTYBOT_ROUTES=%q cannot be read: %v", c.RoutesFile, err))
		}
	}
	return errors.Join(errs...)
}

// writeConfig prints every variable with its effective value, secrets masked.
func writeConfig(w interface{ Write([]byte) (int, error) }, c Config) {
	vals := configValues(c)
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := vals[k]
		up := strings.ToUpper(k)
		switch {
		case v == "":
		case strings.Contains(up, "TOKEN") || strings.Contains(up, "SECRET") || strings.HasSuffix(up, "_KEY"):
			v = "********"
		case strings.HasSuffix(up, "_URL"):
			if u, err := url.Parse(v); err == nil && u.User != nil {
				if _, ok := u.User.Password(); ok {
					u.User = url.UserPassword(u.User.Username(), "xxxxx")
					v = u.String()
				}
			}
		}
		fmt.Fprintf(w, "%s=%s\n", k, v)
	}
}

// configValues maps each variable to its value as text, through the struct's env tags.
func configValues(c Config) map[string]string {
	out := map[string]string{}
	v := reflect.ValueOf(c)
	for i := 0; i < v.NumField(); i++ {
		key, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("env"), ",")
		if key == "" {
			continue
		}
		switch f := v.Field(i).Interface().(type) {
		case []string:
			out[key] = strings.Join(f, ",")
		default:
			out[key] = fmt.Sprint(f)
		}
	}
	return out
}

// server is everything serve runs.
type server struct {
	m          *Main
	cfg        Config
	rdb        redis.UniversalClient
	app        *slackapp.App
	dispatcher *reminders.Dispatcher
	store      *reminders.Store
	http       *http.Server
	listener   net.Listener
	// metrics serves /metrics and /healthz on DUTYBOT_METRICS_ADDR; nil when off.
	metrics         *http.Server
	metricsListener net.Listener
}

// assemble builds every part, in dependency order. Nothing runs yet except the plan store's feed.
func (m *Main) assemble(ctx context.Context, cfg Config) (*server, error) {
	log := m.Logger
	s := &server{m: m, cfg: cfg}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	rdb, err := newRedisClient(cfg)
	if err != nil {
		return nil, err
	}
	s.rdb = rdb
	m.onClose(rdb.Close)

	sched, err := reminderSchedule(cfg)
	if err != nil {
		return nil, err
	}
	m.warnCalendar(sched, sched.Ladder[0])
	s.store = reminders.NewStore(rdb, reminders.StoreOptions{Prefix: cfg.RedisPrefix, Schedule: sched, Now: m.Now, Logger: log})
	if cfg.RoutesFile != "" {
		if err := loadRoutesFile(ctx, s.store, cfg.RoutesFile); err != nil {
			log.Warn("routes file not loaded; routes already in Redis still apply", "file", cfg.RoutesFile, "err", err)
		}
	}

	popt, err := m.planOptions()
	if err != nil {
		return nil, err
	}
	ix, engine, err := m.newEngine(cfg, popt, doneMarks{s.store})
	if err != nil {
		return nil, err
	}
	var dir atomic.Pointer[plan.Directory]
	dir.Store(plan.NewDirectory(nil, popt.Aliases))
	onPlans := planstore.ListenerFunc(func(ctx context.Context, docs []*plan.Document) error {
		if _, err := ix.Build(ctx, docs); err != nil {
			return fmt.Errorf("index plans: %w", err)
		}
		if err := ix.Save(); err != nil {
			log.Warn("index snapshot not saved; the next start embeds again", "err", err)
		}
		dir.Store(plan.NewDirectory(docs, popt.Aliases))
		return nil
	})
	plans, err := m.startPlanStore(ctx, onPlans, s.store)
	if err != nil {
		// Redis is down: answer from the plans that can be read now, and say so.
		log.Warn("plan store not reachable; answering from the embedded seeds until restart", "err", err)
		docs, lerr := m.loadPlans(ctx, nil)
		if lerr != nil && !errors.Is(lerr, errPartial) {
			return nil, lerr
		}
		if err := onPlans(ctx, docs); err != nil {
			return nil, err
		}
	}

	metrics := slackapp.NewMetrics(reg)
	app, err := slackapp.New(slackapp.Options{
		BotToken: cfg.SlackBotToken, AppToken: cfg.SlackAppToken, SigningSecret: cfg.SlackSigningSecret,
		APIURL: strings.TrimRight(cfg.SlackAPIURL, "/") + "/", Mode: cfg.SlackMode,
		LeadersChannel: cfg.LeadersChannel, Admins: cfg.Admins,
		Thinking:  cfg.OpenAIKey != "",
		Answerer:  engineAnswerer{engine},
		Reminders: reminderStore{s.store},
		Plans:     planStore(plans), MaxFileSize: int64(cfg.MaxFileSize),
		Directory: dir.Load,
		Redis:     rdb, Keys: keyspace.New(cfg.RedisPrefix),
		Logger: log, Now: m.Now, Metrics: metrics,
	})
	if err != nil {
		return nil, err
	}
	s.app = app
	// The weekly digest is a reminder series, so that of several replicas one sends it.
	rule, hh, mm, _ := parseWeekly(cfg.DigestAt)
	if err := s.store.ScheduleDigest(ctx, rule, hh, mm); err != nil {
		log.Warn("weekly digest not scheduled; it keeps its previous schedule", "err", err)
	}

	if cfg.Dispatch {
		s.dispatcher = reminders.NewDispatcher(s.store, app.Notifier(), reminders.DispatcherOptions{
			Poll: cfg.Poll, Lease: cfg.Lease, LeadersRoute: cfg.LeadersChannel, Logger: log,
			Metrics: reminders.NewMetrics(reg),
		})
	}
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "dutybot_reminders_pending", Help: "Nudges scheduled and not yet delivered (the queue depth); -1 when Redis is down.",
	}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		n, err := s.store.PendingCount(ctx)
		if err != nil {
			return -1
		}
		return float64(n)
	}))

	cut := prometheus.NewCounter(prometheus.CounterOpts{Name: "dutybot_http_connections_refused_total", Help: "Connections closed at once because of DUTYBOT_MAX_CONNS or DUTYBOT_MAX_CONNS_PER_IP."})
	reg.MustRegister(cut)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	if cfg.SlackMode == slackapp.ModeHTTP {
		mux.Handle("/slack/", app.Handler())
	}
	s.http = newHTTPServer(mux)
	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("DUTYBOT_HTTP_ADDR %s: %w", cfg.HTTPAddr, err)
	}
	s.listener = newLimitListener(ln, cfg.MaxConns, cfg.MaxConnsPerHost, cut.Inc)
	if cfg.MetricsAddr != "off" {
		mmux := http.NewServeMux()
		mmux.HandleFunc("GET /healthz", s.healthz)
		mmux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
		s.metrics = newHTTPServer(mmux)
		if s.metricsListener, err = net.Listen("tcp", cfg.MetricsAddr); err != nil {
			ln.Close()
			return nil, fmt.Errorf("DUTYBOT_METRICS_ADDR %s: %w", cfg.MetricsAddr, err)
		}
	}
	log.Info("serving", "addr", ln.Addr().String(), "metrics", cfg.MetricsAddr, "slack_mode", cfg.SlackMode, "dispatch", cfg.Dispatch, "llm", cfg.OpenAIKey != "")
	return s, nil
}

// loadRoutesFile subscribes the routes a file lists (DUTYBOT_ROUTES).
func loadRoutesFile(ctx context.Context, store *reminders.Store, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = store.LoadRoutes(ctx, f)
	return err
}

// run runs every part until ctx is done, then stops them in order: the HTTP server (no new Slack
// requests), the Slack connection, the dispatcher, then in-flight answers are let finish.
func (s *server) run(ctx context.Context) error {
	log := s.m.Logger
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, 4)
	wg.Go(func() {
		if err := s.http.Serve(s.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
			errc <- fmt.Errorf("http server: %w", err)
		}
	})
	if s.metrics != nil {
		wg.Go(func() {
			if err := s.metrics.Serve(s.metricsListener); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("metrics server: %w", err)
			}
		})
	}
	appDone := make(chan struct{})
	go func() {
		defer close(appDone)
		if err := s.app.Run(runCtx); err != nil {
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

	var failed error
	select {
	case <-ctx.Done():
		log.Info("shutting down: draining in-flight work", "timeout", s.cfg.ShutdownTimeout)
	case failed = <-errc:
		log.Error("stopping", "err", failed)
	}
	drainCtx, drainCancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer drainCancel()
	if err := s.http.Shutdown(drainCtx); err != nil {
		log.Warn("http server did not stop cleanly", "err", err)
	}
	if s.metrics != nil {
		if err := s.metrics.Shutdown(drainCtx); err != nil {
			log.Warn("metrics server did not stop cleanly", "err", err)
		}
	}
	cancel()
	<-appDone
	if s.dispatcher != nil {
		s.dispatcher.Close()
	}
	if err := s.app.Shutdown(drainCtx); err != nil {
		log.Warn("in-flight work cut short", "err", err)
	}
	wg.Wait()
	log.Info("stopped")
	return failed
}

// healthz reports the Slack connection and Redis: 200 when both are up, 503 otherwise.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	out := map[string]string{"slack": "connected", "redis": "ok"}
	status := http.StatusOK
	if !s.app.Connected() {
		out["slack"], status = "disconnected", http.StatusServiceUnavailable
	}
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		out["redis"], status = "unreachable: "+err.Error(), http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(out)
}

// engineAnswerer adapts bot.Engine to slackapp.Answerer and slackapp.Streamer.
type engineAnswerer struct{ e *bot.Engine }

var (
	_ slackapp.Answerer = engineAnswerer{}
	_ slackapp.Streamer = engineAnswerer{}
)

func (a engineAnswerer) Answer(ctx context.Context, q slackapp.Question) (slackapp.Answer, error) {
	return a.AnswerStream(ctx, q, nil)
}

func (a engineAnswerer) AnswerStream(ctx context.Context, q slackapp.Question, partial func(string)) (slackapp.Answer, error) {
	bq := bot.Question{Text: q.Text, Now: q.Now}
	if len(q.Context) > 0 {
		if err := json.Unmarshal(q.Context, &bq.Context); err != nil {
			bq.Context = bot.Context{} // a context from an older version: start afresh
		}
	}
	var emit func(string) error
	if partial != nil {
		var sofar strings.Builder
		emit = func(chunk string) error {
			sofar.WriteString(chunk)
			partial(sofar.String())
			return nil
		}
	}
	ans, err := a.e.AnswerStream(ctx, bq, emit)
	if errors.Is(err, bot.ErrEmptyQuestion) {
		return slackapp.Answer{Text: "请问要查什么?例如「市商务局负责哪些任务?」,或输入 `/dutybot help`。", Intent: "empty", Context: q.Context}, nil
	}
	if err != nil {
		return slackapp.Answer{}, err
	}
	out := slackapp.Answer{Text: ans.Text, Intent: string(ans.Intent), Tasks: ans.Tasks}
	for _, c := range ans.Citations {
		title := c.Title
		if title == "" {
			title = c.Doc
		}
		out.Citations = append(out.Citations, slackapp.Citation{Doc: title, Section: c.Section, Task: c.Task})
	}
	out.Context, _ = json.Marshal(ans.Context)
	return out, nil
}

// reminderStore adapts reminders.Store to slackapp.Reminders.
type reminderStore struct{ s *reminders.Store }

var _ slackapp.Reminders = reminderStore{}

// unavailable marks the store's connection failures the way the Slack app recognises them.
func unavailable(err error) error {
	if errors.Is(err, reminders.ErrUnavailable) {
		return fmt.Errorf("%w: %w", slackapp.ErrUnavailable, err)
	}
	return err
}

func (r reminderStore) MarkDone(ctx context.Context, task string, u plan.UnitRef, by string) error {
	return unavailable(r.s.MarkDone(ctx, task, u, by))
}

func (r reminderStore) ReportProgress(ctx context.Context, task string, u plan.UnitRef, text, by string) error {
	return unavailable(r.s.ReportProgress(ctx, task, u, by, text))
}

func (r reminderStore) Snooze(ctx context.Context, occurrence, task string, u plan.UnitRef, until time.Time, by string) error {
	if occurrence != "" {
		return unavailable(r.s.SnoozeOccurrence(ctx, occurrence, by, until))
	}
	return unavailable(r.s.Snooze(ctx, task, u, by, until))
}

func (r reminderStore) RequestExtension(ctx context.Context, task string, u plan.UnitRef, to plan.Day, reason, by string) error {
	return unavailable(r.s.RequestExtension(ctx, task, u, by, to, reason))
}

func (r reminderStore) Subscribe(ctx context.Context, u plan.UnitRef, route string) error {
	return unavailable(r.s.Subscribe(ctx, u, route))
}

func (r reminderStore) Unsubscribe(ctx context.Context, u plan.UnitRef, route string) error {
	return unavailable(r.s.Unsubscribe(ctx, u, route))
}

// Routes returns where the unit's nudges go: its own routes, and its city's.
func (r reminderStore) Routes(ctx context.Context, u plan.UnitRef) ([]string, error) {
	own, err := r.s.UnitRoutes(ctx, u)
	if err != nil {
		return nil, unavailable(err)
	}
	city, err := r.s.UnitRoutes(ctx, plan.UnitRef{City: u.City})
	if err != nil {
		return nil, unavailable(err)
	}
	return append(own, city...), nil
}

func (r reminderStore) Add(ctx context.Context, rm slackapp.Reminder) (string, error) {
	x, _, err := r.s.Add(ctx, reminders.Custom{Unit: rm.Unit, Route: rm.Route, At: rm.At, Text: rm.Text, Creator: rm.By})
	return x.ID, unavailable(err)
}

func (r reminderStore) Board(ctx context.Context, units []plan.UnitRef, now time.Time) ([]slackapp.BoardRow, error) {
	sts, err := r.s.Board(ctx, units)
	if err != nil {
		return nil, unavailable(err)
	}
	rows := make([]slackapp.BoardRow, 0, len(sts))
	for _, st := range sts {
		rows = append(rows, slackapp.BoardRow{
			TaskID: st.Task, TaskNumber: st.TaskNumber, Title: st.Title, Plan: st.Plan, Unit: st.Unit,
			Colour: st.Colour, Next: st.Deadline, Status: statusLine(st), Occurrence: st.NextOccurrence,
		})
	}
	return rows, nil
}

// statusLine says a task's state in a few words for the board.
func statusLine(st reminders.TaskStatus) string {
	var parts []string
	switch {
	case !st.DoneAt.IsZero():
		parts = append(parts, fmt.Sprintf("已完成(<@%s> %s)", st.DoneBy, st.DoneAt.In(plan.Shanghai).Format("01-02")))
	case st.Colour == reminders.Red:
		parts = append(parts, "已逾期")
	}
	if st.Progress != "" {
		parts = append(parts, "进展:"+st.Progress)
	}
	if !st.Extension.IsZero() {
		parts = append(parts, "已申请延期到 "+st.Extension.String())
	}
	if !st.Snoozed.IsZero() {
		parts = append(parts, "提醒推迟到 "+st.Snoozed.In(plan.Shanghai).Format("01-02"))
	}
	return strings.Join(parts, " · ")
}

func (r reminderStore) Digest(ctx context.Context, since, now time.Time) (slackapp.Digest, error) {
	d, err := r.s.Digest(ctx, since)
	if err != nil {
		return slackapp.Digest{}, unavailable(err)
	}
	out := slackapp.Digest{Since: since, Until: now, Unrouted: d.Held}
	for _, u := range d.Units {
		if u.Unit == reminders.LeadersUnit {
			continue
		}
		du := slackapp.DigestUnit{Unit: u.Unit, Done: u.Done, OnTrack: u.Green - u.Done, DueSoon: u.Yellow, Overdue: u.Red}
		for _, ev := range u.Events {
			du.Changes = append(du.Changes, eventLine(ev))
		}
		out.Units = append(out.Units, du)
	}
	return out, nil
}

// eventLine says what someone did, for the digest's "changed since last week".
func eventLine(ev reminders.Event) string {
	who := ""
	if ev.Who != "" {
		who = "<@" + ev.Who + "> "
	}
	at := ev.At.In(plan.Shanghai).Format("01-02")
	switch ev.Kind {
	case reminders.EventDone:
		return fmt.Sprintf("%s %s标记完成 %s", at, who, ev.Task)
	case reminders.EventProgress:
		return fmt.Sprintf("%s %s填报进展 %s:%s", at, who, ev.Task, ev.Text)
	case reminders.EventSnooze:
		return fmt.Sprintf("%s %s推迟提醒 %s 到 %s", at, who, ev.Task, ev.Until.In(plan.Shanghai).Format("01-02"))
	case reminders.EventExtension:
		return fmt.Sprintf("%s %s申请延期 %s 到 %s:%s", at, who, ev.Task, plan.DayOf(ev.Until), ev.Text)
	}
	return fmt.Sprintf("%s %s%s %s", at, who, ev.Kind, ev.Task)
}

// planStore adapts planstore.Store to slackapp.Plans; nil (no Redis at start) gives nil.
func planStore(s *planstore.Store) slackapp.Plans {
	if s == nil {
		return nil
	}
	return ingestPlans{s}
}

type ingestPlans struct{ s *planstore.Store }

func (p ingestPlans) Preview(ctx context.Context, name string, data []byte) (string, error) {
	sum, err := p.s.Add(ctx, name, data, true)
	if err != nil {
		return "", planRefusal(err)
	}
	return sum.String(), nil
}

func (p ingestPlans) Add(ctx context.Context, name string, data []byte) (string, error) {
	sum, err := p.s.Add(ctx, name, data, false)
	if err != nil {
		return "", planRefusal(err)
	}
	return sum.String(), nil
}

func (p ingestPlans) Remove(ctx context.Context, ref string) (string, error) {
	e, err := p.s.Remove(ctx, ref)
	if err != nil {
		return "", planRefusal(err)
	}
	return fmt.Sprintf("《%s》(%s,id %s)", e.Title, orNone(e.Number), e.ID), nil
}

// planRefusal turns what a person can act on into a slackapp.Refusal: a file refused, a plan not
// found, a text that does not parse as a plan. Connection trouble stays internal.
func planRefusal(err error) error {
	var r *ingest.RefusedError
	var ne net.Error
	switch {
	case errors.As(err, &r):
		return &slackapp.Refusal{Msg: r.Reason + ":" + r.Remedy}
	case errors.Is(err, planstore.ErrNotFound):
		return &slackapp.Refusal{Msg: "没有找到这个方案(用 id 或文号,`dutybot plans list` 列出全部):" + err.Error()}
	case errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), errors.Is(err, redis.ErrClosed):
		return err
	}
	return &slackapp.Refusal{Msg: "读不成方案:" + userMessage(err)}
}
