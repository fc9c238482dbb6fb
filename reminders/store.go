package reminders

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

// ErrUnavailable is wrapped into every error caused by Redis being unreachable (down, restarting,
// failing over): front ends test for it with errors.Is and tell people to try again later.
var ErrUnavailable = errors.New("reminder store unavailable")

// ErrNotFound says a reminder, task or unit asked about is not in the store.
var ErrNotFound = errors.New("not found")

// LeadersUnit is the route key of the leaders' channel, which gets escalations and digests.
var LeadersUnit = plan.UnitRef{Name: "*leaders"}

// Store keeps the schedules, routes and task state in Redis. It is safe for concurrent use, and
// any number of processes may share one Redis.
type Store struct {
	rdb    redis.UniversalClient
	ks     keyspace.Keyspace
	shards int
	keep   time.Duration
	sched  Schedule
	now    func() time.Time
	log    *slog.Logger

	routes routeCache

	layoutMu sync.Mutex
	laidOut  bool // the schedule is in the store's shards (Migrate)

	mu       sync.Mutex
	docs     []*plan.Document   // the plans last followed (Follow, Sync): what changes are checked against
	tasks    map[string]taskRef // their tasks by id: what series are rendered with (hydrate)
	followed plan.Day           // the day the schedules were last found in step: a new day may end a plan's period
	// triedDaily is when FollowDaily last tried, so that a failing one tries once a minute.
	triedDaily time.Time

	grouped groupedCache // Ledger's rows of the plans last followed, before states
}

// StoreOptions configure a Store.
type StoreOptions struct {
	Prefix string // key prefix; "" means "dutybot:"
	// Shards is the number of shards the schedule is split into (keyspace.SchedShard); zero means
	// keyspace.DefaultSchedShards. Changing it moves the keys at the next start (Migrate).
	Shards int
	// Keep is how long a delivered one-off reminder is kept (a short record of it) before it
	// expires; zero means 720h.
	Keep     time.Duration
	Schedule Schedule         // zero means DefaultSchedule
	Now      func() time.Time // the clock; nil means time.Now
	Logger   *slog.Logger
}

// NewStore returns a Store on rdb.
func NewStore(rdb redis.UniversalClient, opt StoreOptions) *Store {
	s := &Store{rdb: rdb, ks: keyspace.New(opt.Prefix), shards: opt.Shards, keep: opt.Keep, sched: opt.Schedule, now: opt.Now, log: opt.Logger}
	if s.shards <= 0 {
		s.shards = keyspace.DefaultSchedShards
	}
	if s.keep <= 0 {
		s.keep = 720 * time.Hour
	}
	if len(s.sched.Ladder) == 0 {
		s.sched = DefaultSchedule()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	return s
}

// Schedule returns the schedule the store arms series with.
func (s *Store) Schedule() Schedule { return s.sched }

// Now is the store's clock.
func (s *Store) Now() time.Time { return s.now() }

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error {
	return wrap("reach reminder store", s.rdb.Ping(ctx).Err())
}

// wrap says what was being done, and marks connection trouble with ErrUnavailable.
func wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, redis.Nil) {
		return fmt.Errorf("%s: %w", op, ErrNotFound)
	}
	if unavailable(err) {
		return fmt.Errorf("%s: %w: %w", op, ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

func unavailable(err error) bool {
	if errors.Is(err, redis.ErrClosed) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var re redis.Error
	if errors.As(err, &re) {
		msg := re.Error()
		for _, p := range []string{"LOADING", "READONLY", "MASTERDOWN", "CLUSTERDOWN", "TRYAGAIN", "BUSY"} {
			if strings.HasPrefix(msg, p) {
				return true
			}
		}
		return false
	}
	s := err.Error()
	return strings.Contains(s, "connection refused") || strings.Contains(s, "EOF") || strings.Contains(s, "broken pipe") ||
		strings.Contains(s, "connection reset") || strings.Contains(s, "i/o timeout")
}

func unitField(u plan.UnitRef) string { return u.City + "|" + u.Name }

func parseUnitField(f string) plan.UnitRef {
	c, n, _ := strings.Cut(f, "|")
	return plan.UnitRef{City: c, Name: n}
}

func ms(t time.Time) int64 { return t.UnixMilli() }

func fromMS(s string) time.Time {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n == 0 {
		if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f != 0 {
			return time.UnixMilli(int64(f)).In(plan.Zone())
		}
		return time.Time{}
	}
	return time.UnixMilli(n).In(plan.Zone())
}

// armArgs builds the keys and arguments of armScript for series x (a plan's, or one people made:
// custom), first due after after.
func (s *Store) armArgs(x *Series, custom bool, after time.Time) ([]string, []any, error) {
	occ, at := "", ""
	o, ok := s.sched.Next(x, after)
	if x.Kind == SeriesDeadline && !x.Deadline.IsZero() && x.Deadline.Before(plan.DayOf(after)) {
		// Armed after its deadline passed: the next working morning, in the unit's overdue list.
		o, ok = s.sched.FirstOverdue(x, after), true
	}
	if ok {
		occ, at = encodeOcc(x, o), strconv.FormatInt(ms(o.At), 10)
	}
	sh := s.sh(s.seriesShard(x))
	keys := []string{
		sh.Due(), sh.Series(x.ID), origin(sh, custom),
		sh.UnitSeries(x.Unit.City, x.Unit.Name), sh.State(x.TaskID, x.Unit.City, x.Unit.Name), sh.Units(),
	}
	bound := ""
	if b, ok := s.sched.NextEscalation(x, after); ok {
		bound = strconv.FormatInt(ms(b), 10)
	}
	args := append([]any{x.ID, occ, at, x.TaskID, unitField(x.Unit), ms(s.now()), bound}, encodeSeries(x)...)
	return keys, args, nil
}

// origin is the shard's set of plan series, or of the series people made.
func origin(sh keyspace.SchedShard, custom bool) string {
	if custom {
		return sh.Custom()
	}
	return sh.PlanSeries()
}

// SyncResult says what Sync changed.
type SyncResult struct {
	Added   int // series created
	Kept    int // series that were already there
	Removed int // series whose deadline or duty vanished from the plans, or whose plan stopped nudging
}

// Docs returns the plans the store last followed (nil before the first Follow or Sync).
func (s *Store) Docs() []*plan.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.docs
}

func (s *Store) setDocs(docs []*plan.Document) {
	tasks := indexTasks(docs)
	s.mu.Lock()
	s.docs, s.tasks = docs, tasks
	s.mu.Unlock()
}

// wanted is the plan series that should be armed now: those of plans, and parts of plans, that
// still nudge (lifecycle).
func (s *Store) wanted(ctx context.Context, docs []*plan.Document) ([]Series, error) {
	lc, err := s.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	return planSeries(docs, &lc), nil
}

// Sync reconciles the plan schedules with docs now: series for new deadlines and duties are armed
// from now, series that vanished (or whose plan no longer nudges) are cancelled, and the rest keep
// their pending occurrence with their definition refreshed, so calling it again (from any replica)
// schedules nothing twice. Follow calls it only when something changed.
func (s *Store) Sync(ctx context.Context, docs []*plan.Document) (SyncResult, error) {
	prev := s.Docs()
	s.setDocs(docs)
	if err := s.ensureLayout(ctx); err != nil {
		return SyncResult{}, fmt.Errorf("sync schedules: %w", err)
	}
	if err := s.carryOver(ctx, prev, docs); err != nil {
		return SyncResult{}, fmt.Errorf("sync schedules: %w", err)
	}
	want, err := s.wanted(ctx, docs)
	if err != nil {
		return SyncResult{}, fmt.Errorf("sync schedules: %w", err)
	}
	return s.reconcile(ctx, want)
}

// reconcile arms want and cancels the plan series not in it.
func (s *Store) reconcile(ctx context.Context, want []Series) (SyncResult, error) {
	var res SyncResult
	have, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.StringSliceCmd {
		return p.SMembers(ctx, sh.PlanSeries())
	})
	if err != nil {
		return res, wrap("sync schedules: read plan series", err)
	}
	keep := make(map[string]bool, len(want))
	for _, x := range want {
		keep[x.ID] = true
	}
	now := s.now()
	// Every wanted series is armed: a new one gets its first occurrence, one already there only its
	// definition (a title, the end of its plan's period), so arming twice schedules nothing twice.
	const batch = 500
	for i := 0; i < len(want); i += batch {
		var calls []scriptCall
		for j := i; j < len(want) && j < i+batch; j++ {
			keys, args, err := s.armArgs(&want[j], false, now)
			if err != nil {
				return res, fmt.Errorf("sync schedules: series %s: %w", want[j].ID, err)
			}
			calls = append(calls, scriptCall{keys, args})
		}
		cmds, err := runAll(ctx, s.rdb, armScript, calls)
		if err != nil {
			return res, wrap("sync schedules: arm", err)
		}
		for _, c := range cmds {
			if c.Err() != nil {
				return res, wrap("sync schedules: arm", c.Err())
			}
			if n, _ := c.Int(); n == 1 {
				res.Added++
			} else {
				res.Kept++
			}
		}
	}
	var gone []ref
	for shard, c := range have {
		for _, id := range c.Val() {
			if !keep[id] {
				gone = append(gone, ref{shard, id})
			}
		}
	}
	if err := s.cancelAll(ctx, gone, false); err != nil {
		return res, fmt.Errorf("sync schedules: %w", err)
	}
	res.Removed = len(gone)
	s.log.Info("schedules synced", "added", res.Added, "kept", res.Kept, "removed", res.Removed)
	return res, nil
}

// cancel removes series r (a plan's, or one people made: custom).
func (s *Store) cancel(ctx context.Context, r ref, custom bool) error {
	return s.cancelAll(ctx, []ref{r}, custom)
}

// cancelAll removes series (plan series, or ones people made: custom), 500 at a time: one pipeline
// reads their definitions, one runs the cancel script for each.
func (s *Store) cancelAll(ctx context.Context, refs []ref, custom bool) error {
	const batch = 500
	for i := 0; i < len(refs); i += batch {
		part := refs[i:min(i+batch, len(refs))]
		pipe := s.rdb.Pipeline()
		defs := make([]*redis.SliceCmd, len(part))
		for j, r := range part {
			defs[j] = pipe.HMGet(ctx, s.sh(r.shard).Series(r.id), defFields...)
		}
		if _, err := pipe.Exec(ctx); err != nil {
			return wrap(fmt.Sprintf("cancel %d series", len(part)), err)
		}
		calls := make([]scriptCall, len(part))
		for j, r := range part {
			sh := s.sh(r.shard)
			x, _ := decodeSeries(r.id, defs[j].Val())
			calls[j] = scriptCall{[]string{sh.Due(), sh.Leases(), sh.Held(), sh.Series(r.id), origin(sh, custom),
				sh.UnitSeries(x.Unit.City, x.Unit.Name)}, []any{r.id, x.TaskID}}
		}
		cmds, err := runAll(ctx, s.rdb, cancelScript, calls)
		if err != nil {
			return wrap(fmt.Sprintf("cancel %d series", len(part)), err)
		}
		for j, c := range cmds {
			if c.Err() != nil && !errors.Is(c.Err(), redis.Nil) {
				return wrap("cancel "+part[j].id, c.Err())
			}
		}
	}
	return nil
}

// taskOf is the id of the task a reminder is about (c.TaskID: an id, or a short number within the
// plans of the unit's city, as Resolve reads it), which a followed plan must have.
func (s *Store) taskOf(c Custom) (string, error) {
	ref := strings.TrimSpace(c.TaskID)
	s.mu.Lock()
	_, ok := s.tasks[ref]
	s.mu.Unlock()
	if ok {
		return ref, nil
	}
	refuse := func(reason string, cands []TaskBrief) (string, error) {
		return "", &TaskError{Reason: reason, Task: c.TaskID, Unit: c.Unit, Candidates: cands}
	}
	docs := s.Docs()
	if len(docs) == 0 {
		return refuse(RefuseNoPlans, nil)
	}
	all := findTasks(docs, ref, c.Unit.City)
	switch {
	case len(all) == 1:
		return all[0].task.ID, nil
	case len(all) > 1:
		return refuse(RefuseAmbiguous, briefs(all))
	}
	return refuse(RefuseUnknownTask, nil)
}

// Custom is a reminder a person asks for.
type Custom struct {
	Unit    plan.UnitRef // may be zero when Route is given
	Route   string       // explicit route; "" means the unit's
	At      time.Time    // first (or only) time
	Rule    string       // "" for once; else a plan.ParseRule rule
	Text    string
	TaskID  string // optional: the task it is about
	Creator string
}

// MaxTextRunes is the longest text a reminder someone sets may have: a nudge carries its text
// whole, in one Slack section (3,000 characters, with the nudge's own lines and escapes), so a
// longer one is refused when it is set, not cut on the day it is due.
const MaxTextRunes = 1000

// ErrTextTooLong is wrapped by Add's refusal of a text over MaxTextRunes.
var ErrTextTooLong = fmt.Errorf("a reminder's text is at most %d characters", MaxTextRunes)

// Add schedules a reminder someone asked for and returns it with its first occurrence. Its text is
// one line of at most MaxTextRunes characters; the task it is about (TaskID, optional) must be one
// of the followed plans' (a *TaskError says why not), else its 完成 could never work.
func (s *Store) Add(ctx context.Context, c Custom) (Series, Occurrence, error) {
	if strings.TrimSpace(c.Text) == "" {
		return Series{}, Occurrence{}, errors.New("add reminder: the text is empty")
	}
	if n := utf8.RuneCountInString(c.Text); n > MaxTextRunes {
		return Series{}, Occurrence{}, fmt.Errorf("add reminder: the text is %d characters: %w", n, ErrTextTooLong)
	}
	if strings.ContainsAny(c.Text, "\n\r\t") {
		return Series{}, Occurrence{}, errors.New("add reminder: write the text on one line (no line breaks or tabs)")
	}
	if c.Unit == (plan.UnitRef{}) && c.Route == "" {
		return Series{}, Occurrence{}, errors.New("add reminder: say which unit or channel to remind")
	}
	// A route is posted to by id, as Subscribe's are: a channel's name (#衢州-商务局) could be
	// neither delivered to nor found by remind list --channel, and a line break in it would forge
	// rows wherever the route is printed.
	if c.Route != "" {
		if err := CheckRoute(c.Route); err != nil {
			return Series{}, Occurrence{}, fmt.Errorf("add reminder: %w", err)
		}
	}
	if c.TaskID != "" {
		id, err := s.taskOf(c)
		if err != nil {
			return Series{}, Occurrence{}, err
		}
		c.TaskID = id
	}
	if c.Rule != "" {
		r, err := plan.ParseRule(c.Rule)
		if err != nil {
			return Series{}, Occurrence{}, fmt.Errorf("add reminder: %w", err)
		}
		// "weekly from Friday the 20th" repeats on Fridays, "monthly" on the 20th, "every quarter
		// from 15 February" on Feb 15, May 15, Aug 15, Nov 15: the rule takes the first day's
		// weekday, day and month, and its interval counts from that day (Schedule.Next,
		// plan.Rule.NextFrom), not from the fixed anchor of a plan's duties.
		first := c.At.In(plan.Zone())
		switch {
		case r.Freq == plan.Weekly && !r.ByDaySet:
			r.Weekday, r.ByDaySet = first.Weekday(), true
		case r.Freq == plan.Monthly && r.MonthDay == 0 && r.Interval <= 1:
			r.MonthDay = first.Day()
		case r.Freq == plan.Monthly && r.MonthDay == 0 && r.Months == 0:
			if 12%r.Interval == 0 {
				// Months that recur each year are named (BYMONTH=2,5,8,11), as people say them.
				for m := int(first.Month()) - 1; m < int(first.Month())-1+12; m += r.Interval {
					r.Months |= 1 << (m % 12)
				}
			}
			r.MonthDay = first.Day()
		case r.Freq == plan.Yearly && r.Month == 0:
			r.Month, r.MonthDay = first.Month(), first.Day()
		}
		c.Rule = r.String()
	}
	var b [5]byte
	_, _ = rand.Read(b[:])
	x := Series{ID: "c" + hex.EncodeToString(b[:]), Kind: SeriesCustom, TaskID: c.TaskID, Unit: c.Unit,
		At: c.At.In(plan.Zone()), Rule: c.Rule, Text: c.Text, Route: c.Route, Creator: c.Creator}
	now := s.now()
	o, ok := s.sched.Next(&x, now.Add(-time.Second))
	if !ok {
		return Series{}, Occurrence{}, fmt.Errorf("add reminder: %s is in the past", c.At.In(plan.Zone()).Format("2006-01-02 15:04"))
	}
	keys, args, err := s.armArgs(&x, true, now.Add(-time.Second))
	if err != nil {
		return Series{}, Occurrence{}, fmt.Errorf("add reminder: %w", err)
	}
	if err := armScript.Run(ctx, s.rdb, keys, args...).Err(); err != nil {
		return Series{}, Occurrence{}, wrap("add reminder", err)
	}
	return x, o, nil
}

// ScheduleDigest sends the leaders' digest by rule (e.g. "FREQ=WEEKLY;BYDAY=MO") at hh:mm,
// through the dispatcher, so that however many replicas run it goes out once. The nudge has Kind
// KindDigest and the leaders' route; the notifier renders Store.Digest. Calling it again with the
// same schedule changes nothing; with another, it replaces it. An empty rule stops the digest.
func (s *Store) ScheduleDigest(ctx context.Context, rule string, hh, mm int) error {
	digest := ref{s.unitShard(LeadersUnit), DigestSeriesID}
	cur, err := s.rdb.HMGet(ctx, s.sh(digest.shard).Series(DigestSeriesID), defFields...).Result()
	if err != nil {
		return wrap("schedule the digest", err)
	}
	if rule == "" {
		return s.cancel(ctx, digest, true)
	}
	r, err := plan.ParseRule(rule)
	if err != nil {
		return fmt.Errorf("schedule the digest: %w", err)
	}
	now := s.now()
	x := Series{ID: DigestSeriesID, Kind: SeriesDigest, Unit: LeadersUnit, Rule: r.String(),
		At: time.Date(2024, 1, 1, hh, mm, 0, 0, plan.Zone()), Text: "督办周报"}
	if old, err := decodeSeries(DigestSeriesID, cur); err == nil {
		if old.Rule == x.Rule && old.At.Equal(x.At) {
			return nil
		}
		if err := s.cancel(ctx, digest, true); err != nil {
			return err
		}
	}
	keys, args, err := s.armArgs(&x, true, now)
	if err != nil {
		return fmt.Errorf("schedule the digest: %w", err)
	}
	return wrap("schedule the digest", armScript.Run(ctx, s.rdb, keys, args...).Err())
}

// Cancel removes a reminder a person created.
func (s *Store) Cancel(ctx context.Context, id string) error {
	member, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.BoolCmd {
		return p.SIsMember(ctx, sh.Custom(), id)
	})
	if err != nil {
		return wrap("cancel reminder "+id, err)
	}
	for shard, c := range member {
		if c.Val() {
			return s.cancel(ctx, ref{shard, id}, true)
		}
	}
	return fmt.Errorf("cancel reminder %s: %w (only reminders people created can be cancelled; mark plan tasks done instead)", id, ErrNotFound)
}

// Pending is a series as the store holds it.
type Pending struct {
	Series    Series
	Next      Occurrence // zero when finished or done
	At        time.Time  // when it will be claimed (snooze and retries included)
	State     string     // active, done, finished
	Held      string     // why it is held, or ""
	Delivered int
	LastAt    time.Time
}

// List returns the reminders people created and, for the units given, the plan series too, by
// next time, each once. With units given, only what goes to those units is listed: a reminder
// sent straight to a channel, or another unit's, is not.
func (s *Store) List(ctx context.Context, units []plan.UnitRef) ([]Pending, error) {
	out, err := s.collect(ctx, units)
	if err != nil {
		return nil, err
	}
	if len(units) > 0 {
		var kept []Pending
		for _, p := range out {
			if containsUnit(units, p.Series.Unit) {
				kept = append(kept, p)
			}
		}
		out = kept
	}
	sortPending(out)
	return out, nil
}

// collect reads the reminders people set (every one) and the series of units, each once, unsorted.
func (s *Store) collect(ctx context.Context, units []plan.UnitRef) ([]Pending, error) {
	custom, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.StringSliceCmd {
		return p.SMembers(ctx, sh.Custom())
	})
	if err != nil {
		return nil, wrap("list reminders", err)
	}
	var refs []ref
	for shard, c := range custom {
		for _, id := range c.Val() {
			refs = append(refs, ref{shard, id})
		}
	}
	for _, u := range units {
		series, err := s.rdb.HVals(ctx, s.sh(s.unitShard(u)).UnitSeries(u.City, u.Name)).Result()
		if err != nil {
			return nil, wrap("list reminders", err)
		}
		for _, ids := range series {
			for _, id := range strings.Fields(ids) {
				refs = append(refs, ref{s.unitShard(u), id})
			}
		}
	}
	out, err := s.pending(ctx, unique(refs))
	if err != nil {
		return nil, wrap("list reminders", err)
	}
	return out, nil
}

// ListRoute returns what goes to one route (a channel): the reminders set for it, and the series
// of the units (and cities) routed to it, by next time, each once.
func (s *Store) ListRoute(ctx context.Context, route string) ([]Pending, error) {
	routes, err := s.Routes(ctx)
	if err != nil {
		return nil, err
	}
	known, err := s.Units(ctx)
	if err != nil {
		return nil, err
	}
	var units []plan.UnitRef
	for _, u := range append(known, unitsOfCities(known)...) {
		if slices.Contains(routesFor(&Series{Unit: u}, routes), route) {
			units = append(units, u)
		}
	}
	// Not List's unit filter: a reminder set for the channel itself (remind add --channel) names no
	// unit, and goes to the channel all the same.
	all, err := s.collect(ctx, units)
	if err != nil {
		return nil, err
	}
	var out []Pending
	for _, p := range all {
		if slices.Contains(routesFor(&p.Series, routes), route) {
			out = append(out, p)
		}
	}
	sortPending(out)
	return out, nil
}

// unitsOfCities is each city of units as a whole (the owner of tasks that name no unit).
func unitsOfCities(units []plan.UnitRef) []plan.UnitRef {
	var out []plan.UnitRef
	seen := map[string]bool{}
	for _, u := range units {
		if u.Name != "" && !seen[u.City] {
			seen[u.City] = true
			out = append(out, plan.UnitRef{City: u.City})
		}
	}
	return out
}

// unique is ids without repeats, in their first order.
func unique[T comparable](ids []T) []T {
	seen := make(map[T]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// sortPending orders reminders by next time (none last), then by id.
func sortPending(ps []Pending) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].At, ps[j].At
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		if !a.Equal(b) {
			return a.Before(b)
		}
		return ps[i].Series.ID < ps[j].Series.ID
	})
}

func containsUnit(us []plan.UnitRef, u plan.UnitRef) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

// pending reads series hashes.
func (s *Store) pending(ctx context.Context, ids []ref) ([]Pending, error) {
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.SliceCmd, len(ids))
	for i, r := range ids {
		cmds[i] = pipe.HMGet(ctx, s.sh(r.shard).Series(r.id), append([]string{"occ", "at", "state", "held", "delivered", "last_at"}, defFields...)...)
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
			return nil, err
		}
	}
	out := make([]Pending, 0, len(ids))
	for i, c := range cmds {
		v := c.Val()
		str := func(i int) string {
			if i < len(v) {
				if s, ok := v[i].(string); ok {
					return s
				}
			}
			return ""
		}
		var p Pending
		var err error
		if p.Series, err = decodeSeries(ids[i].id, v[min(6, len(v)):]); err != nil {
			continue
		}
		s.hydrate(&p.Series)
		p.Next, _ = decodeOcc(&p.Series, str(0))
		p.At, p.State, p.Held = fromMS(str(1)), str(2), str(3)
		p.Delivered, _ = strconv.Atoi(str(4))
		p.LastAt = fromMS(str(5))
		if p.State != "active" {
			p.At, p.Next = time.Time{}, Occurrence{}
		}
		out = append(out, p)
	}
	return out, nil
}

// ErrBadRoute is wrapped by every *RouteError.
var ErrBadRoute = errors.New("not a route")

// RouteError is a route that is not a conversation's id: a channel's name (#衢州-商务局), a
// person's name, anything the chat would not deliver to.
type RouteError struct{ Route string }

func (e *RouteError) Error() string {
	return fmt.Sprintf("route %q is not a channel or member id such as C0123ABCD", e.Route)
}

func (e *RouteError) Unwrap() error { return ErrBadRoute }

// routeID is what a route looks like: a Slack channel (C…, G…) or member (U…, W…) id.
var routeID = regexp.MustCompile(`^[CGUW][A-Z0-9]+$`)

// CheckRoute refuses a route that is not a channel or member id, as serve would be unable to post
// to it: "#衢州-商务局" is a channel's name, not its id.
func CheckRoute(route string) error {
	if !routeID.MatchString(route) {
		return &RouteError{Route: route}
	}
	return nil
}

// Subscribe adds route (a channel or person id, CheckRoute) to where a unit's nudges go; a unit may
// have several. A city as a whole is plan.UnitRef{City: c}; the leaders' channel is LeadersUnit.
// Nudges held for want of a route go out now; deadlines passed before the unit's first route go
// once, in its overdue list.
func (s *Store) Subscribe(ctx context.Context, u plan.UnitRef, route string) error {
	route = strings.TrimSpace(route)
	if err := CheckRoute(route); err != nil {
		return fmt.Errorf("subscribe %s: %w", u, err)
	}
	if err := routeScript.Run(ctx, s.rdb, s.routeKeys(), unitField(u), "add", route, ms(s.now())).Err(); err != nil {
		return wrap("subscribe "+u.String(), err)
	}
	return s.releaseHeld(ctx)
}

// Unsubscribe removes route from a unit's routes ("" removes them all); with none left its nudges
// are held until it has one again.
func (s *Store) Unsubscribe(ctx context.Context, u plan.UnitRef, route string) error {
	return wrap("unsubscribe "+u.String(), routeScript.Run(ctx, s.rdb, s.routeKeys(), unitField(u), "remove", route, ms(s.now())).Err())
}

// routeKeys are routeScript's keys.
func (s *Store) routeKeys() []string {
	return []string{s.ks.SchedRoutes(), s.ks.SchedRouteSince(), s.ks.SchedRoutesVersion()}
}

// Routes returns every unit's routes.
func (s *Store) Routes(ctx context.Context) (map[plan.UnitRef][]string, error) {
	m, err := s.rdb.HGetAll(ctx, s.ks.SchedRoutes()).Result()
	if err != nil {
		return nil, wrap("read routes", err)
	}
	out := make(map[plan.UnitRef][]string, len(m))
	for f, r := range m {
		if r != "" {
			out[parseUnitField(f)] = strings.Split(r, ",")
		}
	}
	return out, nil
}

// UnitRoutes returns the routes of one unit (not those it inherits from its city).
func (s *Store) UnitRoutes(ctx context.Context, u plan.UnitRef) ([]string, error) {
	r, err := s.rdb.HGet(ctx, s.ks.SchedRoutes(), unitField(u)).Result()
	if errors.Is(err, redis.Nil) || r == "" {
		return nil, nil
	}
	if err != nil {
		return nil, wrap("read routes of "+u.String(), err)
	}
	return strings.Split(r, ","), nil
}

// Route is one line's unit and route of a routes file.
type Route struct {
	Unit  plan.UnitRef
	Route string
	Line  int
}

// ParseRoutes reads "city unit = route[, route]" lines (# comments; "city = route" for a whole
// city, "leaders = route" for the leaders' channel). Every route must be an id (CheckRoute).
func ParseRoutes(r io.Reader) ([]Route, error) {
	sc := bufio.NewScanner(r)
	var out []Route
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		lhs, rhs, ok := strings.Cut(text, "=")
		f := strings.Fields(lhs)
		var u plan.UnitRef
		switch {
		case !ok || len(f) == 0 || len(f) > 2:
			return out, fmt.Errorf("routes line %d: want \"city unit = route\", got %q", line, text)
		case len(f) == 1 && f[0] == "leaders":
			u = LeadersUnit
		case len(f) == 1:
			u = plan.UnitRef{City: f[0]}
		default:
			u = plan.UnitRef{City: f[0], Name: f[1]}
		}
		for _, route := range strings.Split(rhs, ",") {
			if route = strings.TrimSpace(route); route == "" {
				continue
			}
			if err := CheckRoute(route); err != nil {
				return out, fmt.Errorf("routes line %d: %w", line, err)
			}
			out = append(out, Route{Unit: u, Route: route, Line: line})
		}
	}
	return out, sc.Err()
}

// LoadRoutes subscribes every route of a routes file (ParseRoutes); a file with a mistake loads
// nothing.
func (s *Store) LoadRoutes(ctx context.Context, r io.Reader) (int, error) {
	routes, err := ParseRoutes(r)
	if err != nil {
		return 0, err
	}
	return s.SubscribeAll(ctx, routes)
}

// SubscribeAll subscribes every route of a routes file (ParseRoutes, its names resolved by the
// caller), in order; it stops at the first that fails, saying its line.
func (s *Store) SubscribeAll(ctx context.Context, routes []Route) (int, error) {
	for i, rt := range routes {
		if err := s.Subscribe(ctx, rt.Unit, rt.Route); err != nil {
			return i, fmt.Errorf("routes line %d: %w", rt.Line, err)
		}
	}
	return len(routes), nil
}

// routesFor finds where a series' nudges go: its own route, else its unit's, else its city's.
func routesFor(x *Series, routes map[plan.UnitRef][]string) []string {
	if x.Route != "" {
		return []string{x.Route}
	}
	return UnitDelivery(routes[x.Unit], routes[plan.UnitRef{City: x.Unit.City}])
}

// UnitDelivery is where a unit's nudges go, given its own routes (UnitRoutes of the unit) and its
// city's (UnitRoutes of plan.UnitRef{City}): its own when it has any, else its city's. A front end
// asks it what a change of the unit's routes would do (an unsubscribe that leaves the city's
// channel receiving them) rather than repeating the rule.
func UnitDelivery(own, city []string) []string {
	if len(own) > 0 {
		return own
	}
	return city
}

// releaseHeld sends every held nudge that now has a route.
func (s *Store) releaseHeld(ctx context.Context) error {
	routes, err := s.Routes(ctx)
	if err != nil {
		return err
	}
	held, err := s.heldRefs(ctx)
	if err != nil {
		return wrap("release held nudges", err)
	}
	ps, err := s.pending(ctx, held)
	if err != nil {
		return wrap("release held nudges", err)
	}
	ids := make([][]any, s.shards)
	for _, p := range ps {
		if len(routesFor(&p.Series, routes)) > 0 {
			shard := s.seriesShard(&p.Series)
			ids[shard] = append(ids[shard], p.Series.ID)
		}
	}
	var calls []scriptCall
	for shard, list := range ids {
		if len(list) > 0 {
			sh := s.sh(shard)
			calls = append(calls, scriptCall{[]string{sh.Held(), sh.Due()}, append([]any{ms(s.now()), sh.SeriesPrefix()}, list...)})
		}
	}
	cmds, err := runAll(ctx, s.rdb, releaseScript, calls)
	if err != nil {
		return wrap("release held nudges", err)
	}
	n := 0
	for _, c := range cmds {
		if c.Err() != nil {
			return wrap("release held nudges", c.Err())
		}
		k, _ := c.Int()
		n += k
	}
	if n > 0 {
		s.log.Info("held nudges released", "count", n)
	}
	return nil
}

// heldRefs is every held series, shard by shard.
func (s *Store) heldRefs(ctx context.Context) ([]ref, error) {
	held, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.StringSliceCmd {
		return p.ZRange(ctx, sh.Held(), 0, -1)
	})
	if err != nil {
		return nil, err
	}
	var out []ref
	for shard, c := range held {
		for _, id := range c.Val() {
			out = append(out, ref{shard, id})
		}
	}
	return out, nil
}

// HeldCount says how many nudges wait for a route.
func (s *Store) HeldCount(ctx context.Context) (int64, error) {
	n, err := s.sumShards(ctx, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.IntCmd { return p.ZCard(ctx, sh.Held()) })
	return n, wrap("count held nudges", err)
}

// Stats returns the delivery counters, summed over the shards: delivered, late, held, retried,
// deferred, expired.
func (s *Store) Stats(ctx context.Context) (map[string]int64, error) {
	all, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.MapStringStringCmd {
		return p.HGetAll(ctx, sh.Stats())
	})
	if err != nil {
		return nil, wrap("read reminder stats", err)
	}
	out := map[string]int64{}
	for _, c := range all {
		for k, v := range c.Val() {
			n, _ := strconv.ParseInt(v, 10, 64)
			out[k] += n
		}
	}
	return out, nil
}

// PendingCount says how many series wait in the due sets.
func (s *Store) PendingCount(ctx context.Context) (int64, error) {
	n, err := s.sumShards(ctx, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.IntCmd { return p.ZCard(ctx, sh.Due()) })
	return n, wrap("count pending reminders", err)
}

// Once reports whether this is the first time name was asked about within ttl, across every
// process on the store's Redis (a warning given once a year, say).
func (s *Store) Once(ctx context.Context, name string, ttl time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, s.ks.SchedOnce(name), ms(s.now()), ttl).Result()
	return ok, wrap("remember "+name, err)
}

// Forget undoes Once for name: what was claimed did not happen after all, and may be tried again.
func (s *Store) Forget(ctx context.Context, name string) error {
	return wrap("forget "+name, s.rdb.Del(ctx, s.ks.SchedOnce(name)).Err())
}
