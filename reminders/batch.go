package reminders

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// A pass of the dispatcher (Tick) claims everything due, turns each claim into its nudges (one per
// route of its unit, and the leaders' copies), groups the nudges by route into batches — several
// nudges for one channel on one morning are one message — lets each route have at most its rate
// of messages, sends the batches, and then settles each claim: acknowledged when every batch it was
// in went out, else retried or held.
//
// Deadlines that passed before their unit could be told (before its series was armed, before the
// unit got a route, or before the go-live day) are its backlog: each goes out once, in the unit's
// overdue list (逾期清单), with one summary of every unit's list to the leaders, and is then left
// alone — only what falls overdue afterwards is escalated weekly.

// claimed is one occurrence a claim took.
type claimed struct {
	shard    int
	id       string
	series   Series
	occ      Occurrence
	attempts int
	armed    time.Time // when the series was created
	snoozed  time.Time // when a snooze last delayed it to (zero: never)
}

// delivery is what becomes of one claim in a pass.
type delivery struct {
	c       claimed
	nudges  []Nudge
	late    bool
	due     time.Time // when it was due to go out: its occurrence's time, or the end of a snooze
	colour  string
	backlog bool // sent once in an overdue list, not escalated

	mu       sync.Mutex
	err      error // the first failure of a batch it was in
	failedOn Nudge
	deferTo  time.Time // over a route's rate: back to the due set then
	outcome  string    // "" until settled: delivered, held, retried, deferred, stopped
}

func (dl *delivery) fail(n Nudge, err error) {
	dl.mu.Lock()
	defer dl.mu.Unlock()
	if dl.err == nil {
		dl.err, dl.failedOn = err, n
	}
}

// batch is the nudges one route gets in one message, and the claims they come from.
type batch struct {
	route  string
	single bool // sent nudge by nudge (a digest)
	nudges []Nudge
	owners []*delivery // owners[i] is whose nudges[i] is
	// waiters are claims that have no nudge in the batch but wait on it: every item of the overdue
	// lists a leaders' summary speaks for.
	waiters []*delivery
}

// all is every claim the batch's fate decides.
func (b *batch) all() []*delivery { return append(append([]*delivery(nil), b.owners...), b.waiters...) }

// maxClaims bounds the claims one pass makes, so that a morning's nudges are batched together.
const maxClaims = 20

// Tick claims what is due now and delivers it.
func (d *Dispatcher) Tick(ctx context.Context) (TickResult, error) {
	var res TickResult
	if err := d.store.ensureLayout(ctx); err != nil {
		return res, err
	}
	if err := d.store.FollowDaily(ctx); err != nil {
		d.log.Warn("schedules not brought in step with the plans today; retrying on the next pass", "err", err)
	}
	if err := d.store.routesVersion(ctx); err != nil {
		return res, err
	}
	items, wake, err := d.claimAll(ctx)
	res.Wake, res.Claimed = wake, len(items)
	if len(items) == 0 {
		return res, err
	}
	if err != nil {
		d.log.Warn("some shards could not be claimed from; delivering what was claimed", "err", err)
	}
	routes, since, err := d.store.routesOf(ctx, claimUnits(items))
	if err != nil {
		return res, err // the claims' leases run out; the next claim checks before resending
	}
	leaders := routes[LeadersUnit]
	if d.opt.LeadersRoute != "" {
		leaders = []string{d.opt.LeadersRoute}
	}
	for i := range items {
		d.store.hydrate(&items[i].series)
	}
	claimedAt := time.Now()
	ds := d.prepare(ctx, items, routes, since, leaders)
	batches := group(ds, leaders)
	d.limit(ctx, batches)
	d.sendAll(ctx, batches, claimedAt)
	var acks []scriptCall
	for _, dl := range ds {
		if call, ok := d.settle(ctx, dl); ok {
			acks = append(acks, call)
		}
		d.opt.Metrics.outcome(dl.outcome)
		switch dl.outcome {
		case "delivered":
			res.Delivered++
		case "held":
			res.Held++
		case "retried":
			res.Retried++
		case "deferred":
			res.Deferred++
		}
	}
	d.acknowledgeAll(ctx, acks)
	return res, nil
}

// claimAll claims what is due from every shard: a round claims up to a batch from each shard in
// one pipeline (starting at a random shard, so that when the pass is full no shard is always
// last), and the shards that filled their batch are claimed again, until nothing due is left or
// the pass holds maxClaims batches. A shard that fails leaves the others' claims to deliver.
func (d *Dispatcher) claimAll(ctx context.Context) ([]claimed, time.Time, error) {
	n := d.store.shards
	open := make([]int, n)
	start := mrand.IntN(n)
	for i := range open {
		open[i] = (start + i) % n
	}
	var all []claimed
	var wake time.Time
	var firstErr error
	for len(open) > 0 && len(all) < maxClaims*d.opt.Batch {
		calls := make([]scriptCall, len(open))
		now := ms(d.store.now())
		for i, shard := range open {
			sh := d.store.sh(shard)
			calls[i] = scriptCall{[]string{sh.Due(), sh.Leases(), sh.Expiring(), sh.Custom()},
				[]any{now, d.opt.Batch, d.opt.Lease.Milliseconds(), d.token, sh.SeriesPrefix()}}
		}
		cmds, err := runAll(ctx, d.store.rdb, claimScript, calls)
		if err != nil {
			return all, wake, wrap("claim due reminders", err)
		}
		var again []int
		for i, c := range cmds {
			v, err := c.Slice()
			if err != nil {
				firstErr = cmp.Or(firstErr, wrap(fmt.Sprintf("claim due reminders of shard %d", open[i]), err))
				continue
			}
			items, w, k := parseClaim(v, open[i])
			all = append(all, items...)
			if !w.IsZero() && (wake.IsZero() || w.Before(wake)) {
				wake = w
			}
			if k >= d.opt.Batch {
				again = append(again, open[i])
			}
		}
		open = again
	}
	return all, wake, firstErr
}

// parseClaim reads claimScript's answer on a shard: the claims, the next wake time, and how many
// it took.
func parseClaim(v []any, shard int) ([]claimed, time.Time, int) {
	var out []claimed
	if len(v) < 3 {
		return nil, time.Time{}, 0
	}
	list, _ := v[0].([]any)
	for _, e := range list {
		f, _ := e.([]any)
		if len(f) < 5+len(defFields) {
			continue
		}
		c := claimed{shard: shard}
		c.id, _ = f[0].(string)
		n, _ := f[1].(int64)
		occ, _ := f[2].(string)
		armed, _ := f[3].(string)
		c.attempts, c.armed = int(n), fromMS(armed)
		snoozed, _ := f[4+len(defFields)].(string)
		c.snoozed = fromMS(snoozed)
		var err error
		if c.series, err = decodeSeries(c.id, f[4:4+len(defFields)]); err != nil {
			continue
		}
		if c.occ, err = decodeOcc(&c.series, occ); err != nil {
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
	return out, wake, len(list)
}

// prepare renders each claim into its nudges; a claim with nowhere to go is held at once.
func (d *Dispatcher) prepare(ctx context.Context, items []claimed, routes map[plan.UnitRef][]string, since map[plan.UnitRef]time.Time, leaders []string) []*delivery {
	now := d.store.now()
	ds := make([]*delivery, 0, len(items))
	for _, c := range items {
		dl := &delivery{c: c}
		ds = append(ds, dl)
		x, o := &c.series, c.occ
		dl.backlog = d.isBacklog(x, c.armed, routes, since, now)
		// Late is behind the time it was due: its own, or the end of the snooze that delayed it (a
		// nudge back from a snooze went out when the person asked for it, not because dutybot stopped).
		dl.due = o.At
		if c.snoozed.After(dl.due) {
			dl.due = c.snoozed
		}
		dl.late = now.Sub(dl.due) > d.opt.LateAfter && !dl.backlog
		kind, colour, text := Render(x, o, now, dl.late)
		if dl.backlog {
			kind, colour, text = KindBacklog, duties.Red, renderBacklog(x, now)
		}
		dl.colour = colour
		targets := routesFor(x, routes)
		if x.Kind == SeriesDigest {
			targets = leaders
			if len(targets) > 0 {
				var err error
				if text, err = d.digestText(ctx, o); err != nil {
					dl.fail(Nudge{Route: leaders[0]}, err)
					continue
				}
			}
		}
		if len(targets) == 0 {
			d.log.Info("nudge held: no route for its unit", "occurrence", o.ID, "unit", x.Unit.String())
			d.hold(ctx, c, true, "no route for "+x.Unit.String())
			dl.outcome = "held"
			continue
		}
		base := Nudge{OccurrenceID: o.ID, SeriesID: x.ID, TaskID: x.TaskID, TaskNumber: x.TaskNumber, Unit: x.Unit,
			Role: x.Role, Due: dl.due, Late: dl.late, Kind: kind, Colour: colour, Text: text, PlanTitle: x.PlanTitle,
			Section: x.Section, TaskTitle: x.TaskTitle, Quote: x.Quote, Deadline: x.Deadline, Attempt: c.attempts}
		dl.nudges = nudgesFor(base, targets, leaders)
	}
	return ds
}

// isBacklog reports whether x's deadline passed before its unit could be told of it: before the
// series was armed, before the unit (or its city) got its route, or before NudgeSince.
func (d *Dispatcher) isBacklog(x *Series, armed time.Time, routes map[plan.UnitRef][]string, since map[plan.UnitRef]time.Time, now time.Time) bool {
	if x.Kind != SeriesDeadline || x.Deadline.IsZero() || !x.Deadline.Before(plan.DayOf(now)) {
		return false
	}
	cut := armed
	if d.opt.NudgeSince.After(cut) {
		cut = d.opt.NudgeSince
	}
	field := x.Unit
	if len(routes[field]) == 0 {
		field = plan.UnitRef{City: x.Unit.City}
	}
	if t := since[field]; t.After(cut) {
		cut = t
	}
	return !cut.IsZero() && x.Deadline.Before(plan.DayOf(cut))
}

// renderBacklog says one line of a unit's overdue list.
func renderBacklog(x *Series, now time.Time) string {
	unit := x.Unit.Name
	if unit == "" {
		unit = x.Unit.City
	}
	days := int(plan.DayOf(now).Time(12, 0).Sub(x.Deadline.Time(12, 0)).Hours() / 24)
	s := fmt.Sprintf("【逾期清单】%s：“%s”已于 %s 到期，逾期 %d 天，尚未报告完成（开始提醒前已逾期，只列这一次）。", unit, x.TaskTitle, x.Deadline, days)
	if x.PlanTitle != "" {
		s += fmt.Sprintf("（《%s》%s）", x.PlanTitle, x.Section)
	}
	return s
}

// nudgesFor is one nudge per route. Each has its own occurrence id: the first route's is the
// occurrence's, the others carry the route, and the leaders' copy of an escalation is marked so.
// An item of an overdue list has no leaders' copy: the leaders get one summary (group).
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

// group gathers the nudges of the pass by route, with one summary of the overdue lists for each
// leaders' route. Digests go alone.
func group(ds []*delivery, leaders []string) []*batch {
	byRoute := map[string]*batch{}
	var out []*batch
	add := func(key string, n Nudge, owner *delivery, single bool) {
		b := byRoute[key]
		if b == nil {
			b = &batch{route: n.Route, single: single}
			byRoute[key] = b
			out = append(out, b)
		}
		b.nudges = append(b.nudges, n)
		b.owners = append(b.owners, owner)
	}
	var backlog []*delivery
	for _, dl := range ds {
		if dl.outcome != "" || dl.err != nil {
			continue
		}
		if dl.backlog {
			backlog = append(backlog, dl)
		}
		for _, n := range dl.nudges {
			if n.Kind == KindDigest {
				add(n.Route+"\x00digest", n, dl, true)
			} else {
				add(n.Route, n, dl, false)
			}
		}
	}
	for _, r := range leaders {
		if len(backlog) == 0 {
			break
		}
		add(r+"\x00backlog", backlogSummary(backlog, r), backlog[0], false)
		b := byRoute[r+"\x00backlog"]
		b.waiters = append(b.waiters, backlog[1:]...)
	}
	for _, b := range out {
		b.sortNudges()
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].route < out[j].route })
	return out
}

// sortNudges orders a batch: overdue lists first, then red, yellow and blue, by deadline and task.
func (b *batch) sortNudges() {
	rank := map[string]int{KindBacklogSummary: 0, KindBacklog: 1, KindOverdue: 2}
	idx := make([]int, len(b.nudges))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		x, y := b.nudges[idx[i]], b.nudges[idx[j]]
		rx, okx := rank[x.Kind]
		ry, oky := rank[y.Kind]
		if !okx {
			rx = 3
		}
		if !oky {
			ry = 3
		}
		if rx != ry {
			return rx < ry
		}
		if c := x.Deadline.Compare(y.Deadline); c != 0 {
			return c < 0
		}
		return x.TaskID < y.TaskID
	})
	nudges, owners := make([]Nudge, len(idx)), make([]*delivery, len(idx))
	for i, k := range idx {
		nudges[i], owners[i] = b.nudges[k], b.owners[k]
	}
	b.nudges, b.owners = nudges, owners
}

// backlogSummary is the leaders' one message about the overdue lists of a pass: how many items each
// unit's list holds. Its id is made from the items', so a retry of the same lists is recognised.
func backlogSummary(ds []*delivery, route string) Nudge {
	count := map[plan.UnitRef]int{}
	tasks := map[string]bool{} // a unit's task with several deadlines past is one item
	var units []plan.UnitRef
	var ids []string
	due, attempt := ds[0].c.occ.At, 0
	for _, dl := range ds {
		attempt = max(attempt, dl.c.attempts)
		u := dl.c.series.Unit
		ids = append(ids, dl.c.occ.ID)
		key := dl.c.series.TaskID + "|" + unitField(u)
		if tasks[key] {
			continue
		}
		tasks[key] = true
		if count[u] == 0 {
			units = append(units, u)
		}
		count[u]++
		if dl.c.occ.At.Before(due) {
			due = dl.c.occ.At
		}
	}
	sort.Strings(ids)
	sort.Slice(units, func(i, j int) bool { return units[i].String() < units[j].String() })
	h := sha256.Sum256([]byte(strings.Join(ids, "\n")))
	var b strings.Builder
	fmt.Fprintf(&b, "【逾期清单汇总】%d 个单位在开始接收提醒前已有逾期任务，共 %d 项；各单位已收到一份逾期清单（只发这一次，之后不再每周催办）：", len(units), len(tasks))
	for _, u := range units {
		fmt.Fprintf(&b, "\n%s %d 项", u, count[u])
	}
	return Nudge{OccurrenceID: "backlog@" + hex.EncodeToString(h[:6]) + "#leaders", Route: route, Due: due, Kind: KindBacklogSummary,
		Colour: duties.Red, Text: b.String(), Leaders: true, Unit: LeadersUnit, Attempt: attempt}
}

// limit holds back the claims whose routes have had their fill of messages: they go back to the due
// set until the route's window ends, and leave every batch of this pass.
func (d *Dispatcher) limit(ctx context.Context, batches []*batch) {
	if d.opt.RateLimit <= 0 {
		return
	}
	// Windows are fixed and counted on the dispatchers' clock: the key names the window.
	start := d.store.now().Truncate(d.opt.RateWindow)
	at := start.Add(d.opt.RateWindow)
	for _, b := range batches {
		if len(b.live()) == 0 {
			continue
		}
		key := d.store.ks.SchedRate(b.route + "@" + strconv.FormatInt(ms(start), 10))
		ok, err := rateScript.Run(ctx, d.store.rdb, []string{key}, d.opt.RateLimit, 2*d.opt.RateWindow.Milliseconds()).Int()
		if err != nil || ok == 1 {
			continue // Redis trouble is no reason to hold a nudge back
		}
		for _, dl := range b.all() {
			if dl.deferTo.IsZero() {
				dl.deferTo = at
			}
		}
		d.log.Info("route over its rate: its nudges wait", "route", b.route, "until", at)
	}
}

// live is the batch's nudges whose claims are still to be sent this pass.
func (b *batch) live() []int {
	var out []int
	for i, dl := range b.owners {
		if dl.deferTo.IsZero() && dl.outcome == "" && dl.err == nil {
			out = append(out, i)
		}
	}
	return out
}

// sendAll sends the batches, a few at a time, each before half the lease has run out.
func (d *Dispatcher) sendAll(ctx context.Context, batches []*batch, claimedAt time.Time) {
	sendCtx, cancel := context.WithDeadline(ctx, claimedAt.Add(d.opt.Lease/2))
	defer cancel()
	var wg sync.WaitGroup
	sem := make(chan struct{}, d.opt.Workers)
	for _, b := range batches {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			d.sendBatch(sendCtx, b)
		})
	}
	wg.Wait()
}

// sendBatch sends one route's batch as one message (when the notifier can), skipping nudges an
// earlier attempt already delivered. A failure is the failure of every claim the batch decides: they
// are tried again, and a claim taken again asks the notifier what already went out.
func (d *Dispatcher) sendBatch(ctx context.Context, b *batch) {
	var nudges []Nudge
	for _, i := range b.live() {
		n := b.nudges[i]
		if n.Attempt > 1 && d.check != nil {
			sent, err := d.check.Delivered(ctx, n)
			if err != nil {
				d.failAll(b, n, fmt.Errorf("cannot tell whether it went out: %w", err))
				return
			}
			if sent {
				d.opt.Metrics.rechecked()
				d.log.Info("nudge was already delivered by an earlier attempt", "occurrence", n.OccurrenceID, "route", n.Route)
				continue
			}
		}
		nudges = append(nudges, n)
	}
	if len(nudges) == 0 {
		return
	}
	if bn, ok := d.notify.(BatchNotifier); ok && !b.single && len(nudges) > 1 {
		_, err := bn.NotifyBatch(ctx, b.route, nudges)
		for _, n := range nudges {
			d.opt.Metrics.sent(n, err)
		}
		if err != nil {
			d.failAll(b, nudges[0], err)
		}
		return
	}
	for _, n := range nudges {
		_, err := d.notify.Notify(ctx, n)
		d.opt.Metrics.sent(n, err)
		if err != nil {
			d.failAll(b, n, err)
			return
		}
	}
}

// failAll marks every claim the batch decides as failed on n.
func (d *Dispatcher) failAll(b *batch, n Nudge, err error) {
	for _, dl := range b.all() {
		dl.fail(n, err)
	}
}

// settle decides what becomes of a claim after the pass: deferred (over a rate), retried or held
// (a failure), else acknowledged: then it returns the acknowledgement to run (acknowledgeAll).
func (d *Dispatcher) settle(ctx context.Context, dl *delivery) (scriptCall, bool) {
	if dl.outcome != "" {
		return scriptCall{}, false
	}
	c := dl.c
	log := d.log.With("occurrence", c.occ.ID, "unit", c.series.Unit.String())
	switch {
	case ctx.Err() != nil:
		dl.outcome = "stopped" // killed mid-delivery: the lease runs out, the next claim checks
	case !dl.deferTo.IsZero():
		d.deferClaim(ctx, c, dl.deferTo)
		dl.outcome = "deferred"
	case dl.err != nil:
		dl.outcome = d.failed(ctx, c, dl.failedOn, dl.err, log)
	default:
		now := d.store.now()
		d.opt.Metrics.delivered(dl.colour, dl.late, now.Sub(c.occ.At))
		dl.outcome = "delivered"
		return d.acknowledgement(c, now, dl.late, dl.backlog), true
	}
	return scriptCall{}, false
}

// deferClaim gives a claim back to the due set at at, without counting an attempt.
func (d *Dispatcher) deferClaim(ctx context.Context, c claimed, at time.Time) {
	sh := d.store.sh(c.shard)
	err := d.persist(ctx, "defer "+c.occ.ID, func() error {
		return deferScript.Run(ctx, d.store.rdb, []string{sh.Due(), sh.Leases(), sh.Stats()},
			d.token, ms(at), sh.SeriesPrefix(), c.id).Err()
	})
	if err != nil {
		d.log.Warn("could not defer a nudge; its lease will run out", "occurrence", c.occ.ID, "err", err)
	}
}

// digestText is a digest occurrence's text: the week's counts (the notifier renders the full
// Store.Digest).
func (d *Dispatcher) digestText(ctx context.Context, o Occurrence) (string, error) {
	dg, err := d.store.Digest(ctx, o.At.AddDate(0, 0, -7))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("【督办周报】红灯 %d 项，黄灯 %d 项，绿灯 %d 项；本周更新 %d 条；待配置接收渠道的提醒 %d 条。",
		dg.Counts[duties.Red], dg.Counts[duties.Yellow], dg.Counts[duties.Green], len(dg.Events), dg.Held), nil
}
