package reminders

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// Event kinds kept in history.
const (
	EventDone      = "done"
	EventProgress  = "progress"
	EventSnooze    = "snooze"
	EventExtension = "extension"
)

// Event is one thing someone said about a task and unit.
type Event struct {
	At    time.Time    `json:"at"`
	Kind  string       `json:"kind"`
	Task  string       `json:"task"`
	Unit  plan.UnitRef `json:"unit"`
	Who   string       `json:"who,omitempty"`
	Text  string       `json:"text,omitempty"`
	Until time.Time    `json:"until,omitempty"` // snooze until; extension asked to

	// TaskNumber and Title are the task's number and title in its plan, as the board shows them:
	// filled by Digest, for the leaders who read the plan's words, not the store's ids.
	TaskNumber string `json:"number,omitempty"`
	Title      string `json:"title,omitempty"`
}

// mark applies an event to the task and unit's state and series.
func (s *Store) mark(ctx context.Context, action string, ev Event, fields ...string) (int, error) {
	return s.markBounded(ctx, action, ev, "", "", fields...)
}

// markBounded is mark with the bounds of a snooze (Store.snoozeBounds), and for a done the series
// of the nudge it was pressed on ("" for all).
func (s *Store) markBounded(ctx context.Context, action string, ev Event, bounds, only string, fields ...string) (int, error) {
	if ev.Task == "" {
		return 0, errors.New("which task? (a task id such as 1a2b3c4d:2.1.3)")
	}
	ev.At = s.now()
	b, err := json.Marshal(ev)
	if err != nil {
		return 0, err
	}
	u := ev.Unit
	sh := s.sh(s.unitShard(u))
	keys := []string{sh.Due(), sh.Held(), sh.UnitSeries(u.City, u.Name),
		sh.State(ev.Task, u.City, u.Name), sh.History(ev.Task, u.City, u.Name), sh.Events(), sh.Stated()}
	args := []any{sh.SeriesPrefix(), action, strconv.FormatInt(ms(ev.Until), 10), b, ev.Task,
		statedMember(duties.TaskUnit{Task: ev.Task, Unit: u}), bounds, only}
	for _, f := range fields {
		args = append(args, f)
	}
	n, err := markScript.Run(ctx, s.rdb, keys, args...).Int()
	return n, wrap(fmt.Sprintf("record %s for %s %s", ev.Kind, ev.Task, u), err)
}

// Change says who changes which unit's share of a task. A struct rather than an argument list, so
// that who and what (both strings) cannot change places.
type Change struct {
	// Task is the task's id, or a short number (2.1.2, or 2 as printed) within Plan, or within the
	// plans of the unit's city (Resolve).
	Task string
	// Plan names the plan a short number is looked up in: its id (or first characters) or 文号.
	Plan string
	Unit plan.UnitRef
	By   string // who: a Slack user id, or what --by says
	// Occurrence is the nudge a button was pressed on ("" from the command line): snoozing it
	// snoozes what it points at.
	Occurrence string
}

// DoneError says a share was marked done already, by whom and when: a second 完成 (an older copy
// of the nudge, a colleague in the unit's other channel) keeps the first mark, and a snooze of a
// done share has nothing to delay. Front ends say it in their words.
type DoneError struct {
	Task string
	Unit plan.UnitRef
	By   string
	At   time.Time
}

func (e *DoneError) Error() string {
	return fmt.Sprintf("%s %s was marked done on %s by %s", e.Task, e.Unit, e.At.In(plan.Zone()).Format("2006-01-02 15:04"), e.By)
}

// doneError is the *DoneError of a share markScript refused as done already.
func (s *Store) doneError(ctx context.Context, c Change) error {
	st, err := s.DoneMarks(ctx, []duties.TaskUnit{{Task: c.Task, Unit: c.Unit}})
	if err != nil {
		return err
	}
	m := st[duties.TaskUnit{Task: c.Task, Unit: c.Unit}]
	return &DoneError{Task: c.Task, Unit: c.Unit, By: m.By, At: m.At}
}

// MarkDone records that the unit has done its share of the task: no more nudges for it, with who
// and when kept (the done mark duties.Marks reads). The task must be one of the followed plans' and
// name the unit (Resolve): else a *TaskError says why. A share done already keeps its first mark
// (a *DoneError says whose); a recurring duty's share is done for its current period, and its
// nudges go on with the next.
func (s *Store) MarkDone(ctx context.Context, c Change) error {
	c, err := s.resolveOn(ctx, c)
	if err != nil {
		return err
	}
	now := strconv.FormatInt(ms(s.now()), 10)
	// Pressed on a nudge of one deadline, the done is that deadline's (and the earlier ones'): a
	// later stage of the task is still nudged (markScript).
	only, _, _ := strings.Cut(c.Occurrence, "@")
	n, err := s.markBounded(ctx, "done", Event{Kind: EventDone, Task: c.Task, Unit: c.Unit, Who: c.By}, "", only, "done_at", now, "done_by", c.By)
	if err == nil && n < 0 {
		return s.doneError(ctx, c)
	}
	return err
}

// ReportProgress keeps a line of progress a unit reported on a task.
func (s *Store) ReportProgress(ctx context.Context, c Change, text string) error {
	if strings.TrimSpace(text) == "" {
		return errors.New("report progress: say what was done")
	}
	c, err := s.resolveOn(ctx, c)
	if err != nil {
		return err
	}
	now := strconv.FormatInt(ms(s.now()), 10)
	_, err = s.mark(ctx, "note", Event{Kind: EventProgress, Task: c.Task, Unit: c.Unit, Who: c.By, Text: text},
		"progress", text, "progress_at", now, "progress_by", c.By)
	return err
}

// Snooze delays the unit's pending nudges of the task until the given time; a share done already,
// with nothing pending, is refused with a *DoneError. A change made on a
// nudge (c.Occurrence) snoozes what the nudge points at: for a plan nudge, its unit's nudges of its
// task; for a reminder someone created, that reminder.
func (s *Store) Snooze(ctx context.Context, c Change, until time.Time) error {
	if !until.After(s.now()) {
		return fmt.Errorf("snooze: %s is not in the future", until.In(plan.Zone()).Format("2006-01-02 15:04"))
	}
	if c.Occurrence != "" {
		return s.snoozeOccurrence(ctx, c, until)
	}
	c, err := s.Resolve(c)
	if err != nil {
		return err
	}
	bounds, err := s.snoozeBounds(ctx, c.Task, c.Unit)
	if err != nil {
		return err
	}
	t := strconv.FormatInt(ms(until), 10)
	n, err := s.markBounded(ctx, "snooze", Event{Kind: EventSnooze, Task: c.Task, Unit: c.Unit, Who: c.By, Until: until}, bounds, "", "snooze_until", t)
	if err == nil && n < 0 {
		return s.doneError(ctx, c)
	}
	return err
}

// snoozeBounds is how far a snooze may delay each of the unit's series of the task, as markScript
// reads it ("id:ms,…"): a deadline's series no later than its next red notice. A red notice is the
// leaders' escalation as much as the unit's reminder (its copy goes to the leaders' channel), and
// only the leaders may put a deadline off (申请延期): a unit's snooze quiets the reminders before
// it, not the escalation after it.
func (s *Store) snoozeBounds(ctx context.Context, task string, u plan.UnitRef) (string, error) {
	sh := s.sh(s.unitShard(u))
	ids, err := s.rdb.HGet(ctx, sh.UnitSeries(u.City, u.Name), task).Result()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	if err != nil {
		return "", wrap("snooze "+task, err)
	}
	pipe := s.rdb.Pipeline()
	var ids2 []string
	var cmds []*redis.SliceCmd
	for _, id := range strings.Fields(ids) {
		ids2 = append(ids2, id)
		cmds = append(cmds, pipe.HMGet(ctx, sh.Series(id), defFields...))
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return "", wrap("snooze "+task, err)
	}
	now := s.now()
	var out []string
	for i, c := range cmds {
		x, err := decodeSeries(ids2[i], c.Val())
		if err != nil {
			continue
		}
		if b, ok := s.sched.NextEscalation(&x, now); ok {
			out = append(out, ids2[i]+":"+strconv.FormatInt(ms(b), 10))
		}
	}
	return strings.Join(out, ","), nil
}

// snoozeOccurrence snoozes what the nudge c was made on points at, once it is c.Unit's
// (nudgeOf): for a plan nudge, its unit's nudges of its task; for a reminder someone created,
// that reminder.
func (s *Store) snoozeOccurrence(ctx context.Context, c Change, until time.Time) error {
	x, shard, err := s.nudgeOf(ctx, c)
	if err != nil {
		return fmt.Errorf("snooze %s: %w", c.Occurrence, err)
	}
	if x.TaskID != "" {
		return s.Snooze(ctx, Change{Task: x.TaskID, Unit: x.Unit, By: c.By}, until)
	}
	sh := s.sh(shard)
	n, err := snoozeSeriesScript.Run(ctx, s.rdb, []string{sh.Due(), sh.Series(x.ID)}, x.ID, ms(until)).Int()
	if err != nil {
		return wrap("snooze "+c.Occurrence, err)
	}
	if n == 0 {
		return fmt.Errorf("snooze %s: the reminder is finished or cancelled: %w", c.Occurrence, ErrNotFound)
	}
	return nil
}

// nudgeOf reads the series of the nudge a change was made on (c.Occurrence) and the shard it is
// in, and refuses the change (RefuseNotUnitsNudge) when the nudge is another unit's than the one
// the change is made for, or, for a plan nudge, another task's: the front end checked that the
// person may act for c.Unit, not for the unit of whatever nudge id came with it (an old message
// forwarded into the channel, a hand-made button payload). This is the one check of that, for
// done, progress, snooze and extension alike. A change that names no unit (the store's own
// callers) is not checked against one.
func (s *Store) nudgeOf(ctx context.Context, c Change) (Series, int, error) {
	id, _, _ := strings.Cut(c.Occurrence, "@")
	shard, err := s.locate(ctx, id)
	if err != nil {
		return Series{}, 0, err
	}
	def, err := s.rdb.HMGet(ctx, s.sh(shard).Series(id), defFields...).Result()
	if err != nil {
		return Series{}, 0, wrap("read reminder "+id, err)
	}
	x, err := decodeSeries(id, def)
	if err != nil {
		return Series{}, 0, err
	}
	if (c.Unit != (plan.UnitRef{}) && x.Unit != c.Unit) || (c.Task != "" && x.TaskID != "" && x.TaskID != c.Task) {
		return Series{}, 0, &TaskError{Reason: RefuseNotUnitsNudge, Task: c.Task, Plan: c.Plan, Unit: c.Unit}
	}
	return x, shard, nil
}

// resolveOn is Resolve for a change that may have been made on a nudge: the nudge must be the
// unit's and the task's (nudgeOf). A nudge no longer kept (its plan since changed) names nothing
// to check, and the change stands on its task and unit alone.
func (s *Store) resolveOn(ctx context.Context, c Change) (Change, error) {
	c, err := s.Resolve(c)
	if err != nil || c.Occurrence == "" {
		return c, err
	}
	if _, _, err := s.nudgeOf(ctx, c); errors.Is(err, ErrNotFound) {
		c.Occurrence = ""
	} else if err != nil {
		return c, err
	}
	return c, nil
}

// Why an extension request is refused (CheckExtension); front ends say it in their words.
var (
	ErrExtensionDay    = errors.New("request extension: ask for a day after today")
	ErrExtensionReason = errors.New("request extension: say why")
)

// CheckExtension is the rule for a request to move a deadline (申请延期), whichever front end it
// comes from: it asks the leaders for a later day than today, and says why. A day past (or today)
// would be recorded in the 督办台账 as an extension nobody can use, and a blank reason as a reason.
func CheckExtension(today, to plan.Day, reason string) error {
	if to.IsZero() || !today.Before(to) {
		return ErrExtensionDay
	}
	if strings.TrimSpace(reason) == "" {
		return ErrExtensionReason
	}
	return nil
}

// RequestExtension records that a unit asked for more time on the task, to the given day, which
// must be after today, and why (CheckExtension).
func (s *Store) RequestExtension(ctx context.Context, c Change, to plan.Day, reason string) error {
	if err := CheckExtension(plan.DayOf(s.now()), to, reason); err != nil {
		return err
	}
	reason = strings.TrimSpace(reason)
	c, err := s.resolveOn(ctx, c)
	if err != nil {
		return err
	}
	_, err = s.mark(ctx, "note", Event{Kind: EventExtension, Task: c.Task, Unit: c.Unit, Who: c.By, Text: reason, Until: to.Time(0, 0)},
		"extension_to", to.String(), "extension_reason", reason, "extension_by", c.By,
		"extension_at", strconv.FormatInt(ms(s.now()), 10))
	return err
}

// TaskStatus is the 亮灯 state of one task for one unit.
type TaskStatus struct {
	Task      string       `json:"task"`
	Unit      plan.UnitRef `json:"unit"`
	Title     string       `json:"title"`
	Plan      string       `json:"plan"`
	Colour    string       `json:"colour"` // green, yellow, red
	Reason    string       `json:"reason"`
	Deadline  plan.Day     `json:"deadline,omitempty"` // the deadline that decides the colour
	DoneAt    time.Time    `json:"done_at,omitempty"`
	DoneBy    string       `json:"done_by,omitempty"`
	Progress  string       `json:"progress,omitempty"`
	Snoozed   time.Time    `json:"snoozed_until,omitempty"`
	Extension plan.Day     `json:"extension_to,omitempty"`
	Nudges    int          `json:"nudges"` // delivered so far
	History   []Event      `json:"history,omitempty"`

	TaskNumber string `json:"number,omitempty"`
	Role       string `json:"role,omitempty"` // plan.RoleLead or plan.RoleParticipating
	// NextOccurrence and NextAt are the pending nudge nearest in time ("" and zero when none).
	NextOccurrence string    `json:"next_occurrence,omitempty"`
	NextAt         time.Time `json:"next_at,omitempty"`
}

// Status returns the colour of task for unit u, with its history (newest first).
func (s *Store) Status(ctx context.Context, task string, u plan.UnitRef) (TaskStatus, error) {
	st, err := s.statuses(ctx, []taskUnit{{task, u}}, true)
	if err != nil {
		return TaskStatus{}, err
	}
	return st[0], nil
}

type taskUnit struct {
	task string
	unit plan.UnitRef
}

// statuses reads state, series and optionally history of many task-unit pairs in three round trips.
func (s *Store) statuses(ctx context.Context, tus []taskUnit, history bool) ([]TaskStatus, error) {
	pipe := s.rdb.Pipeline()
	states := make([]*redis.MapStringStringCmd, len(tus))
	members := make([]*redis.StringCmd, len(tus))
	hists := make([]*redis.StringSliceCmd, len(tus))
	for i, tu := range tus {
		u := tu.unit
		sh := s.sh(s.unitShard(u))
		states[i] = pipe.HGetAll(ctx, sh.State(tu.task, u.City, u.Name))
		members[i] = pipe.HGet(ctx, sh.UnitSeries(u.City, u.Name), tu.task)
		if history {
			hists[i] = pipe.LRange(ctx, sh.History(tu.task, u.City, u.Name), 0, 49)
		}
	}
	if len(tus) > 0 {
		if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
			return nil, wrap("read task status", err)
		}
	}
	var all []ref
	for i, m := range members {
		for _, id := range strings.Fields(m.Val()) {
			all = append(all, ref{s.unitShard(tus[i].unit), id})
		}
	}
	ps, err := s.pending(ctx, all)
	if err != nil {
		return nil, wrap("read task status", err)
	}
	byTU := map[taskUnit][]Pending{}
	for _, p := range ps {
		k := taskUnit{p.Series.TaskID, p.Series.Unit}
		byTU[k] = append(byTU[k], p)
	}
	today := plan.DayOf(s.now())
	out := make([]TaskStatus, len(tus))
	for i, tu := range tus {
		st := states[i].Val()
		ts := TaskStatus{Task: tu.task, Unit: tu.unit, DoneBy: st["done_by"], Progress: st["progress"]}
		ts.DoneAt = fromMS(st["done_at"])
		if t := fromMS(st["snooze_until"]); t.After(s.now()) {
			ts.Snoozed = t
		}
		ts.Extension, _ = plan.ParseDay(st["extension_to"])
		for _, p := range byTU[tu] {
			ts.Title, ts.Plan = p.Series.TaskTitle, p.Series.PlanTitle
			ts.TaskNumber, ts.Role = p.Series.TaskNumber, p.Series.Role
			ts.Nudges += p.Delivered
			if !p.At.IsZero() && (ts.NextAt.IsZero() || p.At.Before(ts.NextAt)) {
				ts.NextAt, ts.NextOccurrence = p.At, p.Next.ID
			}
			if p.Series.Kind == SeriesDeadline {
				ts.Deadline = duties.Decisive(ts.Deadline, p.Series.Deadline, today)
			}
			if ts.Title == "" && p.Series.Kind == SeriesCustom {
				ts.Title = p.Series.Text
			}
		}
		ts.Colour, ts.Reason = duties.Light(ts.Deadline, ts.DoneAt, today)
		if history {
			for _, h := range hists[i].Val() {
				var ev Event
				if json.Unmarshal([]byte(h), &ev) == nil {
					ts.History = append(ts.History, ev)
				}
			}
		}
		out[i] = ts
	}
	return out, nil
}

// Board returns the status of every task of the units given, reds first, for the 亮灯 board: the
// Ledger's rows of those units, with their nudges.
func (s *Store) Board(ctx context.Context, units []plan.UnitRef) ([]TaskStatus, error) {
	if len(units) == 0 {
		return nil, nil
	}
	rows, err := s.Ledger(ctx, plan.DayOf(s.now()))
	if err != nil {
		return nil, fmt.Errorf("read board: %w", err)
	}
	return s.boardOf(ctx, duties.Select(rows, duties.Filter{Units: units}))
}

// WholeBoard is the Board of every unit the Ledger names.
func (s *Store) WholeBoard(ctx context.Context) ([]TaskStatus, error) {
	rows, err := s.Ledger(ctx, plan.DayOf(s.now()))
	if err != nil {
		return nil, fmt.Errorf("read board: %w", err)
	}
	return s.boardOf(ctx, rows)
}

// boardOf is rows as statuses, with their nudges, reds first.
func (s *Store) boardOf(ctx context.Context, rows []duties.Row) ([]TaskStatus, error) {
	tus := make([]taskUnit, len(rows))
	for i, r := range rows {
		tus[i] = taskUnit{r.Task.ID, r.Unit}
	}
	out, err := s.statuses(ctx, tus, false)
	if err != nil {
		return nil, err
	}
	for i, r := range rows {
		ts := &out[i]
		ts.Title, ts.Plan, ts.TaskNumber, ts.Role = duties.Title(r.Task), r.Doc.Title, r.Task.Number, r.Role
		ts.Colour, ts.Reason, ts.Deadline = r.Colour, r.Reason, r.Deadline
		ts.DoneAt, ts.DoneBy, ts.Progress, ts.Extension = time.Time{}, "", r.State.Progress, r.State.ExtensionTo
		if r.Done() { // a standing duty's row: its current period's mark
			ts.DoneAt, ts.DoneBy = r.State.DoneAt, r.State.DoneBy
		}
	}
	rank := map[string]int{duties.Red: 0, duties.Yellow: 1, duties.Green: 2}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if rank[a.Colour] != rank[b.Colour] {
			return rank[a.Colour] < rank[b.Colour]
		}
		if a.Deadline.IsZero() != b.Deadline.IsZero() {
			return b.Deadline.IsZero()
		}
		if c := a.Deadline.Compare(b.Deadline); c != 0 {
			return c < 0
		}
		if a.Task != b.Task {
			return a.Task < b.Task
		}
		return a.Unit.String() < b.Unit.String()
	})
	return out, nil
}

// Units returns every unit that has schedules (not the leaders).
func (s *Store) Units(ctx context.Context) ([]plan.UnitRef, error) {
	all, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.StringSliceCmd {
		return p.SMembers(ctx, sh.Units())
	})
	if err != nil {
		return nil, wrap("list units", err)
	}
	var fs []string
	for _, c := range all {
		fs = append(fs, c.Val()...)
	}
	out := make([]plan.UnitRef, 0, len(fs))
	for _, f := range unique(fs) {
		// The leaders' digest and reminders sent straight to a channel have series but no unit.
		if u := parseUnitField(f); u != LeadersUnit && u != (plan.UnitRef{}) {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, nil
}

// Digest is what the leaders' weekly summary needs.
type Digest struct {
	Since  time.Time        `json:"since"`
	Counts map[string]int   `json:"counts"` // colour → task-unit pairs
	Red    []TaskStatus     `json:"red"`    // overdue, oldest deadline first
	Yellow []TaskStatus     `json:"yellow"` // due within 7 days
	Events []Event          `json:"events"` // done, progress, snooze, extension since Since, newest first
	Units  []DigestUnit     `json:"units"`  // per unit, reds first
	Held   int              `json:"held"`   // nudges waiting for a route
	HeldBy map[string]int   `json:"held_by_unit"`
	Stats  map[string]int64 `json:"stats"`
}

// DigestUnit is one unit's line of the digest.
type DigestUnit struct {
	Unit         plan.UnitRef `json:"unit"`
	duties.Tally              // green counts the done
	Events       []Event      `json:"events,omitempty"` // since the digest's Since, newest first
}

// Digest gathers the leaders' summary: colours of every task and unit, what people reported since,
// and the nudges held for want of a route.
func (s *Store) Digest(ctx context.Context, since time.Time) (Digest, error) {
	d := Digest{Since: since, Counts: map[string]int{}, HeldBy: map[string]int{}}
	board, err := s.WholeBoard(ctx)
	if err != nil {
		return d, err
	}
	for _, ts := range board {
		d.Counts[ts.Colour]++
		switch ts.Colour {
		case duties.Red:
			d.Red = append(d.Red, ts)
		case duties.Yellow:
			d.Yellow = append(d.Yellow, ts)
		}
	}
	if d.Events, err = s.events(ctx, since); err != nil {
		return d, err
	}
	named := make(map[string]TaskStatus, len(board))
	for _, ts := range board {
		named[ts.Task] = ts
	}
	for i, ev := range d.Events {
		if ts, ok := named[ev.Task]; ok {
			d.Events[i].TaskNumber, d.Events[i].Title = ts.TaskNumber, ts.Title
		}
	}
	byUnit := map[plan.UnitRef]*DigestUnit{}
	unitOf := func(u plan.UnitRef) *DigestUnit {
		if byUnit[u] == nil {
			byUnit[u] = &DigestUnit{Unit: u}
		}
		return byUnit[u]
	}
	for _, ts := range board {
		unitOf(ts.Unit).Add(ts.Colour, !ts.DoneAt.IsZero())
	}
	for _, ev := range d.Events {
		du := unitOf(ev.Unit)
		du.Events = append(du.Events, ev)
	}
	for _, du := range byUnit {
		d.Units = append(d.Units, *du)
	}
	sort.Slice(d.Units, func(i, j int) bool {
		a, b := d.Units[i], d.Units[j]
		if c := a.WorseFirst(b.Tally); c != 0 {
			return c < 0
		}
		return a.Unit.String() < b.Unit.String()
	})
	held, err := s.heldRefs(ctx)
	if err != nil {
		return d, wrap("read held nudges", err)
	}
	ps, err := s.pending(ctx, held)
	if err != nil {
		return d, wrap("read held nudges", err)
	}
	d.Held = len(held)
	for _, p := range ps {
		d.HeldBy[p.Series.Unit.String()]++
	}
	if d.Stats, err = s.Stats(ctx); err != nil {
		return d, err
	}
	return d, nil
}

// events is what people said since since, newest first, from every shard's event list.
func (s *Store) events(ctx context.Context, since time.Time) ([]Event, error) {
	all, err := perShard(ctx, s, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.StringSliceCmd {
		return p.LRange(ctx, sh.Events(), 0, -1)
	})
	if err != nil {
		return nil, wrap("read events", err)
	}
	var out []Event
	for _, c := range all {
		for _, e := range c.Val() {
			var ev Event
			if json.Unmarshal([]byte(e), &ev) == nil && !ev.At.Before(since) {
				out = append(out, ev)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, nil
}

// DoneMarks returns the done marks of the pairs that have one, in one round trip. With it the store
// is the duties.Marks that bot's answers and `dutybot due` read.
func (s *Store) DoneMarks(ctx context.Context, pairs []duties.TaskUnit) (map[duties.TaskUnit]duties.DoneMark, error) {
	out := make(map[duties.TaskUnit]duties.DoneMark, len(pairs))
	if len(pairs) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.SliceCmd, len(pairs))
	for i, p := range pairs {
		cmds[i] = pipe.HMGet(ctx, s.sh(s.unitShard(p.Unit)).State(p.Task, p.Unit.City, p.Unit.Name), "done_at", "done_by")
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap("read done marks", err)
	}
	for i, p := range pairs {
		v := cmds[i].Val()
		at, _ := v[0].(string)
		if at == "" {
			continue
		}
		by, _ := v[1].(string)
		out[p] = duties.DoneMark{By: by, At: fromMS(at)}
	}
	return out, nil
}

// PlansChanged brings the schedules in step when the plan store changes (planstore.Listener).
func (s *Store) PlansChanged(ctx context.Context, docs []*plan.Document) error {
	_, err := s.Follow(ctx, docs)
	return err
}
