package slackapp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// Transport modes.
const (
	ModeSocket = "socket" // Socket Mode: an outbound websocket, no public URL needed
	ModeHTTP   = "http"   // the Events API over HTTP, requests signed with the signing secret
)

// Options configure an App. Zero values take the defaults noted.
type Options struct {
	BotToken      string // xoxb-…
	AppToken      string // xapp-…, Socket Mode only
	SigningSecret string // HTTP mode only
	APIURL        string // Slack Web API base URL ending in "/"; "" for https://slack.com/api/
	Mode          string // ModeSocket (default) or ModeHTTP

	LeadersChannel string   // channel id for summaries and the weekly digest; "" for none
	Admins         []string // user ids who may change any unit's tasks

	// Thinking shows a "thinking" sign while an answer is made and streams it by chat.update; turn it
	// on when an LLM writes the answers.
	Thinking    bool
	StreamEvery time.Duration // least time between two streaming updates; default 1s
	EventTTL    time.Duration // how long handled event ids are remembered; default 1h
	ThreadTTL   time.Duration // how long a conversation's context is kept; default 7 days
	MemberTTL   time.Duration // how long a channel's member list is cached; default 5m
	RetryMax    int           // retries of a Web API call answered 429; default 3
	PingEvery   time.Duration // Socket Mode: reconnect when Slack sends no ping for this long; default 30s

	Answerer  Answerer
	Reminders Reminders // nil: reminder commands say they are off
	Plans     Plans     // nil: shared files are not read as plans
	// BoardLink makes a signed link to the board page and says until when it is good; nil: the
	// board is off.
	BoardLink func() (link string, until time.Time, err error)
	// MaxFileSize refuses larger shared files before downloading them; default 20 MB.
	MaxFileSize int64
	Directory   func() *plan.Directory // resolves typed unit names; nil: names are taken as typed
	// SnoozeFor is when a nudge snoozed for days comes back (reminders.Schedule.SnoozeFor: the nudge
	// time of a working day); nil: that day at 09:00.
	SnoozeFor func(now time.Time, days int) time.Time
	Redis     redis.UniversalClient // nil: event ids and contexts kept in memory only
	Keys      keyspace.Keyspace
	Logger    *slog.Logger
	Now       func() time.Time
	Metrics   *Metrics
	// HTTPClient makes the Web API calls; nil for a client with a 30 s timeout.
	HTTPClient *http.Client
}

// App is the Slack front end. Create it with New, run it with Run, stop it with Shutdown.
type App struct {
	opt Options
	api *slack.Client
	sm  *socketmode.Client
	log *slog.Logger

	botUserID string        // the bot's own user id (auth.test); read only after ready is closed
	botID     string        // the bot's bot id, on messages it posts
	ready     chan struct{} // closed once the bot knows who it is
	readyOnce sync.Once

	work     context.Context // in-flight handlers run on this; cancelled when draining times out
	stopWork context.CancelFunc
	// In-flight handlers, counted under mu; idle is broadcast when the count drops to zero. (A
	// WaitGroup cannot take Add while another goroutine Waits at zero.)
	mu        sync.Mutex
	idle      *sync.Cond
	inflight  int
	draining  bool
	connected atomic.Bool

	redisDownUntil atomic.Int64 // Unix ns before which Redis is not tried again

	mem     *memory
	members *memberCache
	admins  map[string]bool
}

// New checks the options and builds the Slack clients. It makes no call to Slack.
func New(opt Options) (*App, error) {
	if opt.Mode == "" {
		opt.Mode = ModeSocket
	}
	switch opt.Mode {
	case ModeSocket:
		if opt.AppToken == "" {
			return nil, errors.New("slack: Socket Mode needs an app-level token (xapp-…)")
		}
	case ModeHTTP:
		if opt.SigningSecret == "" {
			return nil, errors.New("slack: HTTP mode needs the signing secret")
		}
	default:
		return nil, fmt.Errorf("slack: mode %q: want socket or http", opt.Mode)
	}
	if opt.BotToken == "" {
		return nil, errors.New("slack: no bot token (xoxb-…)")
	}
	if opt.Answerer == nil {
		return nil, errors.New("slack: no Answerer")
	}
	if opt.StreamEvery <= 0 {
		opt.StreamEvery = time.Second
	}
	if opt.EventTTL <= 0 {
		opt.EventTTL = time.Hour
	}
	if opt.ThreadTTL <= 0 {
		opt.ThreadTTL = 7 * 24 * time.Hour
	}
	if opt.MemberTTL <= 0 {
		opt.MemberTTL = 5 * time.Minute
	}
	if opt.RetryMax <= 0 {
		opt.RetryMax = 3
	}
	if opt.MaxFileSize <= 0 {
		opt.MaxFileSize = 20 << 20
	}
	if opt.PingEvery <= 0 {
		opt.PingEvery = 30 * time.Second
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Metrics == nil {
		opt.Metrics = NewMetrics(nil)
	}
	if opt.HTTPClient == nil {
		opt.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if opt.Keys.Prefix == "" {
		opt.Keys = keyspace.New("")
	}
	a := &App{
		opt:     opt,
		log:     opt.Logger.With("component", "slack"),
		mem:     newMemory(opt.Now),
		members: newMemberCache(opt.Now, opt.MemberTTL),
		admins:  map[string]bool{},
		ready:   make(chan struct{}),
	}
	a.idle = sync.NewCond(&a.mu)
	for _, u := range opt.Admins {
		a.admins[strings.TrimSpace(u)] = true
	}
	a.work, a.stopWork = context.WithCancel(context.Background())
	slackOpts := []slack.Option{
		slack.OptionHTTPClient(opt.HTTPClient),
		// slack-go waits out a 429 only when retries are on; it then honours Retry-After.
		slack.OptionRetryConfig(slack.RetryConfig{
			MaxRetries:         opt.RetryMax,
			Handlers:           []slack.RetryHandler{slack.NewRateLimitErrorRetryHandler(slack.RetryConfig{RetryAfterDuration: 30 * time.Second, RetryAfterJitter: 100 * time.Millisecond}), slack.NewConnectionErrorRetryHandler()},
			RetryAfterDuration: 30 * time.Second,
			BackoffInitial:     200 * time.Millisecond,
			BackoffMax:         10 * time.Second,
		}),
	}
	if opt.APIURL != "" {
		slackOpts = append(slackOpts, slack.OptionAPIURL(opt.APIURL))
	}
	if opt.AppToken != "" {
		slackOpts = append(slackOpts, slack.OptionAppLevelToken(opt.AppToken))
	}
	a.api = slack.New(opt.BotToken, slackOpts...)
	if opt.Mode == ModeSocket {
		a.sm = socketmode.New(a.api, socketmode.OptionPingInterval(opt.PingEvery), socketmode.OptionLog(slogAdapter{a.log}))
	}
	return a, nil
}

func (a *App) endpoint() string {
	if a.opt.APIURL == "" {
		return slack.APIURL
	}
	return a.opt.APIURL
}

// API is the Web API client the App uses (for the Notifier and the digest).
func (a *App) API() *slack.Client { return a.api }

// Connected reports whether the App is connected to Slack: in Socket Mode the websocket is up, in
// HTTP mode auth.test has succeeded.
func (a *App) Connected() bool { return a.connected.Load() }

// identify learns the bot's own user id, so that its own messages are ignored.
func (a *App) identify(ctx context.Context) error {
	resp, err := a.api.AuthTestContext(ctx)
	if err != nil {
		var se slack.SlackErrorResponse
		if errors.As(err, &se) {
			return fmt.Errorf("slack refused the bot token (SLACK_BOT_TOKEN): %w", err)
		}
		return fmt.Errorf("slack not reachable at %s (SLACK_API_URL, network): %w", a.endpoint(), err)
	}
	a.readyOnce.Do(func() {
		a.botUserID, a.botID = resp.UserID, resp.BotID
		close(a.ready)
	})
	a.log.Info("slack identity", "user", resp.UserID, "bot", resp.BotID, "team", resp.Team)
	return nil
}

// Run connects to Slack and handles what arrives until ctx is done. In HTTP mode requests come
// through Handler instead, and Run only checks the token and waits. Run returns nil on ctx's end;
// call Shutdown next to let in-flight work finish.
func (a *App) Run(ctx context.Context) error {
	if err := a.identify(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if a.opt.Mode == ModeHTTP {
		a.connected.Store(true)
		<-ctx.Done()
		return nil
	}
	smCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- a.sm.RunContext(smCtx) }()
	for {
		select {
		case <-ctx.Done():
			cancel()
			<-errc
			a.connected.Store(false)
			return nil
		case err := <-errc:
			a.connected.Store(false)
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("slack socket mode: %w", err)
		case evt := <-a.sm.Events:
			a.onSocketEvent(evt)
		}
	}
}

// Shutdown stops taking new work and waits for in-flight handlers until ctx is done; then it cancels
// them. It is safe to call twice.
func (a *App) Shutdown(ctx context.Context) error {
	a.mu.Lock()
	a.draining = true
	a.mu.Unlock()
	done := make(chan struct{})
	go func() { a.waitIdle(); close(done) }()
	select {
	case <-done:
		a.stopWork()
		return nil
	case <-ctx.Done():
		a.stopWork()
		<-done
		return fmt.Errorf("slack: in-flight work cut short: %w", ctx.Err())
	}
}

// waitIdle blocks until no handler is running.
func (a *App) waitIdle() {
	a.mu.Lock()
	for a.inflight > 0 {
		a.idle.Wait()
	}
	a.mu.Unlock()
}

// spawn runs f on its own goroutine, counted for Shutdown, on the work context. A panic in f is
// logged, never fatal.
func (a *App) spawn(what string, f func(ctx context.Context)) {
	a.mu.Lock()
	if a.draining {
		a.mu.Unlock()
		a.log.Warn("dropped while shutting down", "what", what)
		return
	}
	a.inflight++
	a.mu.Unlock()
	go func() {
		defer func() {
			a.mu.Lock()
			if a.inflight--; a.inflight == 0 {
				a.idle.Broadcast()
			}
			a.mu.Unlock()
		}()
		defer func() {
			if r := recover(); r != nil {
				a.log.Error("handler panicked", "what", what, "panic", r)
			}
		}()
		ctx, cancel := context.WithTimeout(a.work, 2*time.Minute)
		defer cancel()
		f(ctx)
	}()
}

// slogAdapter lets socketmode log through slog at debug level.
type slogAdapter struct{ l *slog.Logger }

func (s slogAdapter) Output(_ int, msg string) error {
	s.l.Debug(strings.TrimSpace(msg))
	return nil
}
