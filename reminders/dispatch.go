package reminders

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// DispatcherOptions tune a Dispatcher. Zero values take the defaults.
type DispatcherOptions struct {
	// Poll is the longest the dispatcher sleeps between looks at the due set (default 500ms). It
	// wakes earlier when it knows the next due time.
	Poll time.Duration
	// Lease is how long a claim lasts before another replica may take the nudge over (default 30s).
	// A delivery must finish well within it: Notify gets a deadline of Lease/2.
	Lease time.Duration
	// Batch is how many nudges one claim takes (default 100); Workers how many deliver at once
	// (default 8).
	Batch, Workers int
	// LateAfter marks a nudge late when it goes out this long after its due time (default 5m).
	LateAfter time.Duration
	// MaxAttempts is how many failed deliveries hold a nudge for a person to look at (default 10).
	MaxAttempts int
	// LeadersRoute, when set, is where escalations are copied; else the route stored for LeadersUnit.
	LeadersRoute string
	// NudgeSince is the go-live time: deadlines passed before it (or before their series was armed, or
	// their unit got a route, whichever is latest) are sent once, as each unit's overdue list, with one
	// summary to the leaders, and are not escalated weekly. Zero: only the other two count.
	NudgeSince time.Time
	// RateLimit and RateWindow bound the messages one route gets: at most RateLimit per RateWindow
	// (across replicas); what is over waits for the window to end. Zero RateLimit: no limit.
	RateLimit  int
	RateWindow time.Duration
	Logger     *slog.Logger
	// Metrics, when set, counts deliveries, holds, retries and lag.
	Metrics *Metrics
}

// Dispatcher claims due nudges and delivers them through a Notifier. Run any number of them, in
// any number of processes, on one Redis: each nudge goes out once.
type Dispatcher struct {
	store  *Store
	notify Notifier
	check  DeliveryChecker // nil when the notifier cannot tell
	opt    DispatcherOptions
	token  string
	log    *slog.Logger

	mu     sync.Mutex
	cancel context.CancelFunc
	done   chan struct{}
}

// NewDispatcher returns a dispatcher delivering s's nudges through n.
func NewDispatcher(s *Store, n Notifier, opt DispatcherOptions) *Dispatcher {
	if opt.Poll <= 0 {
		opt.Poll = 500 * time.Millisecond
	}
	if opt.Lease <= 0 {
		opt.Lease = 30 * time.Second
	}
	if opt.Batch <= 0 {
		opt.Batch = 100
	}
	if opt.Workers <= 0 {
		opt.Workers = 8
	}
	if opt.LateAfter <= 0 {
		opt.LateAfter = 5 * time.Minute
	}
	if opt.MaxAttempts <= 0 {
		opt.MaxAttempts = 10
	}
	if opt.RateWindow <= 0 {
		opt.RateWindow = time.Hour
	}
	if opt.Logger == nil {
		opt.Logger = s.log
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	d := &Dispatcher{store: s, notify: n, opt: opt, token: hex.EncodeToString(b[:]), log: opt.Logger}
	d.check, _ = n.(DeliveryChecker)
	return d
}

// TickResult says what one pass did.
type TickResult struct {
	Claimed, Delivered, Held, Retried, Deferred int
	// Wake is when something next falls due or a lease runs out (zero: nothing scheduled).
	Wake time.Time
}

// Run delivers due nudges until ctx is done or Close is called. Redis outages are logged and
// retried with backoff; Run returns nil on shutdown. Cancelling ctx stops deliveries in flight
// without acknowledging them: their leases run out and another replica (or the next start) checks
// whether they went out before sending them again.
func (d *Dispatcher) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	d.mu.Lock()
	if d.done != nil {
		d.mu.Unlock()
		cancel()
		return errors.New("dispatcher: already running")
	}
	d.cancel, d.done = cancel, make(chan struct{})
	d.mu.Unlock()
	defer close(d.done)
	defer cancel()

	d.log.Info("dispatcher started", "token", d.token, "poll", d.opt.Poll, "lease", d.opt.Lease)
	backoff := time.Duration(0)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			d.log.Info("dispatcher stopped", "token", d.token)
			return nil
		case <-timer.C:
		}
		res, err := d.Tick(ctx)
		wait := d.opt.Poll
		switch {
		case ctx.Err() != nil:
			continue
		case err != nil:
			d.opt.Metrics.tickError()
			backoff = min(max(2*backoff, 100*time.Millisecond), 5*time.Second)
			wait = backoff
			d.log.Warn("dispatcher: tick failed; retrying", "err", err, "in", wait)
		default:
			if backoff > 0 {
				d.log.Info("dispatcher: reminder store reachable again")
				backoff = 0
			}
			if res.Claimed >= d.opt.Batch {
				wait = 0
			} else if !res.Wake.IsZero() {
				if w := res.Wake.Sub(d.store.now()); w < wait {
					wait = max(w, 2*time.Millisecond)
				}
			}
		}
		timer.Reset(wait)
	}
}

// Close stops Run and waits for it to return. It is safe to call more than once, and before Run.
func (d *Dispatcher) Close() error {
	d.mu.Lock()
	cancel, done := d.cancel, d.done
	d.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return nil
}

// failed decides what becomes of a claim whose delivery to n failed: held when the failure is
// permanent or keeps happening, else retried later.
func (d *Dispatcher) failed(ctx context.Context, c claimed, n Nudge, err error, log *slog.Logger) string {
	if ctx.Err() != nil {
		return "stopped" // killed mid-delivery: the lease runs out, the next claim checks
	}
	if errors.Is(err, ErrPermanent) || c.attempts >= d.opt.MaxAttempts {
		log.Error("nudge held: delivery keeps failing", "route", n.Route, "attempts", c.attempts, "err", err)
		d.hold(ctx, c, false, fmt.Sprintf("delivery to %s failed: %v", n.Route, err))
		return "held"
	}
	wait := d.backoff(c.attempts, err)
	log.Warn("delivery failed; retrying", "route", n.Route, "attempt", c.attempts, "in", wait, "err", err)
	d.retry(ctx, c, wait)
	return "retried"
}

// acknowledgement is the acknowledgement of a delivered claim: it records the delivery and arms
// the series' next occurrence; a series sent in an overdue list (last) has none.
func (d *Dispatcher) acknowledgement(c claimed, now time.Time, late, last bool) scriptCall {
	x, o := &c.series, c.occ
	after := now
	if o.At.After(after) {
		after = o.At
	}
	nextAt, nextOcc := "", ""
	if next, ok := d.store.sched.Next(x, after); ok && !last {
		nextAt = strconv.FormatInt(ms(next.At), 10)
		nextOcc = encodeOcc(x, next)
	}
	lateFlag := "0"
	if late {
		lateFlag = "1"
	}
	keep := ""
	if x.Kind == SeriesCustom && x.Rule == "" {
		keep = strconv.FormatInt(d.store.keep.Milliseconds(), 10)
	}
	sh := d.store.sh(c.shard)
	return scriptCall{[]string{sh.Due(), sh.Leases(), sh.Series(c.id), sh.Stats(), sh.Expiring()},
		[]any{c.id, d.token, o.ID, ms(now), nextAt, nextOcc, lateFlag, keep}}
}

// acknowledgeAll runs the acknowledgements of a pass in one pipeline, again while Redis is
// unavailable (for at most a lease: running one twice does nothing, as the first clears the owner).
func (d *Dispatcher) acknowledgeAll(ctx context.Context, acks []scriptCall) {
	if len(acks) == 0 {
		return
	}
	err := d.persist(ctx, fmt.Sprintf("acknowledge %d deliveries", len(acks)), func() error {
		cmds, err := runAll(ctx, d.store.rdb, ackScript, acks)
		if err != nil {
			return err
		}
		for _, c := range cmds {
			if err := c.Err(); err != nil && unavailable(err) {
				return err
			}
		}
		return nil
	})
	if err != nil {
		d.log.Warn("delivered but not acknowledged; the next claim will check before resending", "count", len(acks), "err", err)
	}
}

// backoff is how long to wait after a failed delivery: what the chat API asked for, else
// exponential from 2 s up to 10 min, with jitter.
func (d *Dispatcher) backoff(attempt int, err error) time.Duration {
	var ra *RetryAfterError
	if errors.As(err, &ra) && ra.After > 0 {
		return ra.After
	}
	w := 2 * time.Second * time.Duration(math.Pow(2, float64(min(attempt-1, 9))))
	w = min(w, 10*time.Minute)
	var b [1]byte
	_, _ = rand.Read(b[:])
	return w + w*time.Duration(b[0])/1024
}

func (d *Dispatcher) retry(ctx context.Context, c claimed, wait time.Duration) {
	sh := d.store.sh(c.shard)
	at := ms(d.store.now().Add(wait))
	err := d.persist(ctx, "reschedule "+c.occ.ID, func() error {
		return retryScript.Run(ctx, d.store.rdb, []string{sh.Due(), sh.Leases(), sh.Series(c.id), sh.Stats()},
			c.id, d.token, at).Err()
	})
	if err != nil {
		d.log.Warn("could not reschedule a failed nudge; its lease will run out", "occurrence", c.occ.ID, "err", err)
	}
}

func (d *Dispatcher) hold(ctx context.Context, c claimed, reset bool, reason string) {
	sh := d.store.sh(c.shard)
	r := "0"
	if reset {
		r = "1"
	}
	err := d.persist(ctx, "hold "+c.occ.ID, func() error {
		return holdScript.Run(ctx, d.store.rdb, []string{sh.Leases(), sh.Held(), sh.Series(c.id), sh.Stats()},
			c.id, d.token, ms(d.store.now()), r, reason).Err()
	})
	if err != nil {
		d.log.Warn("could not hold a nudge; its lease will run out", "occurrence", c.occ.ID, "err", err)
	}
}

// persist runs a write, retrying while Redis is unavailable, for at most one lease: after that
// another replica owns the nudge anyway.
func (d *Dispatcher) persist(ctx context.Context, what string, f func() error) error {
	stop := time.Now().Add(d.opt.Lease)
	wait := 50 * time.Millisecond
	for {
		err := f()
		if err == nil || errors.Is(err, redis.Nil) {
			return nil
		}
		if !unavailable(err) || time.Now().After(stop) {
			return wrap(what, err)
		}
		select {
		case <-ctx.Done():
			return wrap(what, ctx.Err())
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}
