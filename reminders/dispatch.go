package reminders

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"sync"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
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
	Logger       *slog.Logger
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
	Claimed, Delivered, Held, Retried int
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

type claimed struct {
	id       string
	series   Series
	occ      Occurrence
	attempts int
}

// Tick claims what is due now and delivers it.
func (d *Dispatcher) Tick(ctx context.Context) (TickResult, error) {
	var res TickResult
	routes, err := d.store.Routes(ctx)
	if err != nil {
		return res, err
	}
	leaders := routes[LeadersUnit]
	if d.opt.LeadersRoute != "" {
		leaders = []string{d.opt.LeadersRoute}
	}
	now := d.store.now()
	ks := d.store.ks
	v, err := claimScript.Run(ctx, d.store.rdb, []string{ks.SchedDue(), ks.SchedLeases()},
		ms(now), d.opt.Batch, d.opt.Lease.Milliseconds(), d.token, ks.SchedSeriesPrefix()).Slice()
	if err != nil {
		return res, wrap("claim due reminders", err)
	}
	items, wake := parseClaim(v)
	res.Wake = wake
	res.Claimed = len(items)
	if len(items) == 0 {
		return res, nil
	}
	claimedAt := time.Now()
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, d.opt.Workers)
	for _, it := range items {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			outcome := d.deliver(ctx, it, routes, leaders, claimedAt)
			d.opt.Metrics.outcome(outcome)
			mu.Lock()
			switch outcome {
			case "delivered":
				res.Delivered++
			case "held":
				res.Held++
			case "retried":
				res.Retried++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	return res, nil
}

func parseClaim(v []any) ([]claimed, time.Time) {
	var out []claimed
	if len(v) < 3 {
		return nil, time.Time{}
	}
	list, _ := v[0].([]any)
	for _, e := range list {
		f, _ := e.([]any)
		if len(f) < 4 {
			continue
		}
		var c claimed
		c.id, _ = f[0].(string)
		def, _ := f[1].(string)
		occ, _ := f[2].(string)
		n, _ := f[3].(int64)
		c.attempts = int(n)
		if json.Unmarshal([]byte(def), &c.series) != nil || json.Unmarshal([]byte(occ), &c.occ) != nil {
			continue
		}
		out = append(out, c)
	}
	var wake time.Time
	for _, x := range v[1:3] {
		if s, _ := x.(string); s != "" {
			if t := fromMS(s); !t.IsZero() && (wake.IsZero() || t.Before(wake)) {
				wake = t
			}
		}
	}
	return out, wake
}

// deliver sends one claimed occurrence and acknowledges it; it returns what became of it.
func (d *Dispatcher) deliver(ctx context.Context, c claimed, routes map[plan.UnitRef][]string, leaders []string, claimedAt time.Time) string {
	x, o := &c.series, c.occ
	now := d.store.now()
	late := now.Sub(o.At) > d.opt.LateAfter
	kind, colour, text := Render(x, o, now, late)
	targets := routesFor(x, routes)
	if x.Kind == SeriesDigest {
		targets = leaders
		if len(targets) > 0 {
			var err error
			if text, err = d.digestText(ctx, o); err != nil {
				if ctx.Err() != nil {
					return "stopped"
				}
				d.retry(ctx, c, d.backoff(c.attempts, err))
				return "retried"
			}
		}
	}
	log := d.log.With("occurrence", o.ID, "unit", x.Unit.String())
	if len(targets) == 0 {
		log.Info("nudge held: no route for its unit")
		d.hold(ctx, c, true, "no route for "+x.Unit.String())
		return "held"
	}
	base := Nudge{OccurrenceID: o.ID, SeriesID: x.ID, TaskID: x.TaskID, TaskNumber: x.TaskNumber, Unit: x.Unit,
		Role: x.Role, Due: o.At, Late: late, Kind: kind, Colour: colour, Text: text, PlanTitle: x.PlanTitle,
		Section: x.Section, TaskTitle: x.TaskTitle, Quote: x.Quote, Deadline: x.Deadline, Attempt: c.attempts}
	if outcome := d.send(ctx, c, nudgesFor(base, targets, leaders), claimedAt, log); outcome != "" {
		return outcome
	}
	d.acknowledge(ctx, c, now, late, log)
	d.opt.Metrics.delivered(colour, late, d.store.now().Sub(o.At))
	return "delivered"
}

// digestText is a digest occurrence's text: the week's counts (the notifier renders the full
// Store.Digest).
func (d *Dispatcher) digestText(ctx context.Context, o Occurrence) (string, error) {
	dg, err := d.store.Digest(ctx, o.At.AddDate(0, 0, -7))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("【督办周报】红 %d 项，黄 %d 项，绿 %d 项；本周更新 %d 条；待配置接收渠道的提醒 %d 条。",
		dg.Counts[duties.Red], dg.Counts[duties.Yellow], dg.Counts[duties.Green], len(dg.Events), dg.Held), nil
}

// nudgesFor is one message per route. Each has its own occurrence id: the first route's is the
// occurrence's, the others carry the route, and the leaders' copy of an escalation is marked so.
func nudgesFor(base Nudge, targets, leaders []string) []Nudge {
	var nudges []Nudge
	for i, r := range targets {
		n := base
		n.Route = r
		if i > 0 {
			n.OccurrenceID = base.OccurrenceID + "#" + r
		}
		nudges = append(nudges, n)
	}
	if base.Kind == KindOverdue {
		for i, r := range leaders {
			n := base
			n.Route, n.Leaders, n.OccurrenceID = r, true, base.OccurrenceID+"#leaders"
			if i > 0 {
				n.OccurrenceID += "#" + r
			}
			nudges = append(nudges, n)
		}
	}
	return nudges
}

// send delivers the nudges of a claim, skipping those an earlier attempt sent. It returns "" when
// all went out, else what became of the claim (retried, held, stopped).
func (d *Dispatcher) send(ctx context.Context, c claimed, nudges []Nudge, claimedAt time.Time, log *slog.Logger) string {
	// Notify must finish while the claim is ours, with room to acknowledge.
	sendCtx, cancel := context.WithDeadline(ctx, claimedAt.Add(d.opt.Lease/2))
	defer cancel()
	for _, n := range nudges {
		if c.attempts > 1 && d.check != nil {
			// An earlier claim may have sent it and died before acknowledging.
			sent, err := d.check.Delivered(sendCtx, n)
			if err != nil {
				if ctx.Err() != nil {
					return "stopped"
				}
				log.Warn("cannot tell whether the nudge went out; retrying later", "err", err)
				d.retry(ctx, c, d.backoff(c.attempts, err))
				return "retried"
			}
			if sent {
				d.opt.Metrics.rechecked()
				log.Info("nudge was already delivered by an earlier attempt", "route", n.Route)
				continue
			}
		}
		_, err := d.notify.Notify(sendCtx, n)
		d.opt.Metrics.sent(n, err)
		if err != nil {
			return d.failed(ctx, c, n, err, log)
		}
	}
	return ""
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

// acknowledge records the delivery and arms the series' next occurrence.
func (d *Dispatcher) acknowledge(ctx context.Context, c claimed, now time.Time, late bool, log *slog.Logger) {
	x, o := &c.series, c.occ
	after := now
	if o.At.After(after) {
		after = o.At
	}
	nextAt, nextOcc := "", []byte(nil)
	if next, ok := d.store.sched.Next(x, after); ok {
		nextAt = strconv.FormatInt(ms(next.At), 10)
		nextOcc, _ = json.Marshal(next)
	}
	lateFlag := "0"
	if late {
		lateFlag = "1"
	}
	ks := d.store.ks
	err := d.persist(ctx, "acknowledge "+o.ID, func() error {
		return ackScript.Run(ctx, d.store.rdb, []string{ks.SchedDue(), ks.SchedLeases(), ks.SchedSeries(c.id), ks.SchedStats()},
			c.id, d.token, o.ID, ms(now), nextAt, nextOcc, lateFlag).Err()
	})
	if err != nil {
		log.Warn("delivered but not acknowledged; the next claim will check before resending", "err", err)
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
	ks := d.store.ks
	at := ms(d.store.now().Add(wait))
	err := d.persist(ctx, "reschedule "+c.occ.ID, func() error {
		return retryScript.Run(ctx, d.store.rdb, []string{ks.SchedDue(), ks.SchedLeases(), ks.SchedSeries(c.id), ks.SchedStats()},
			c.id, d.token, at).Err()
	})
	if err != nil {
		d.log.Warn("could not reschedule a failed nudge; its lease will run out", "occurrence", c.occ.ID, "err", err)
	}
}

func (d *Dispatcher) hold(ctx context.Context, c claimed, reset bool, reason string) {
	ks := d.store.ks
	r := "0"
	if reset {
		r = "1"
	}
	err := d.persist(ctx, "hold "+c.occ.ID, func() error {
		return holdScript.Run(ctx, d.store.rdb, []string{ks.SchedLeases(), ks.SchedHeld(), ks.SchedSeries(c.id), ks.SchedStats()},
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
