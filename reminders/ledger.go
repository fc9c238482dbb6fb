package reminders

import (
	"context"
	"sync"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Ledger is the 督办台账 as of today: duties.Rows of the duties still supervised (those of the plans,
// and parts of plans, that nudge — the same the schedules are armed for) among the plans the store
// last followed, with what people said about each share. The board, the digest, `dutybot report`
// and the board page all read it, so they count alike.
func (s *Store) Ledger(ctx context.Context, today plan.Day) ([]duties.Row, error) {
	lc, err := s.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	lc.today = today
	grouped := s.groupedCached(s.Docs(), lc)
	shares := make([]duties.TaskUnit, len(grouped))
	for i, r := range grouped {
		shares[i] = r.Share()
	}
	states, err := s.ShareStates(ctx, shares)
	if err != nil {
		return nil, err
	}
	return duties.Colour(grouped, today, states), nil
}

// groupedCache keeps the last rows Ledger grouped (before states and colours): working out the
// duties and the parts' periods of 1,000 plans takes a second of regexps, and they change only with
// the plans, the day or a person's close or reopen.
type groupedCache struct {
	mu    sync.Mutex
	docs  []*plan.Document
	key   string
	value []duties.Row
}

// groupedCached is duties.Group of the supervised duties, remembered while docs (the same slice),
// the day and the overrides stay the same. Callers must not change the rows (Colour copies them).
func (s *Store) groupedCached(docs []*plan.Document, lc lifecycle) []duties.Row {
	key := lc.key()
	c := &s.grouped
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.value != nil && sameDocs(c.docs, docs) && c.key == key {
		return c.value
	}
	c.docs, c.key, c.value = docs, key, duties.Group(supervised(docs, lc), lc.today)
	return c.value
}

// sameDocs reports whether a and b are the same slice of plans.
func sameDocs(a, b []*plan.Document) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// supervised keeps the duties of docs whose plan (and part of the plan) still nudges, as lc says.
func supervised(docs []*plan.Document, lc lifecycle) []duties.Duty {
	status := map[*plan.Document]PlanStatus{}
	var out []duties.Duty
	for _, d := range duties.Of(docs) {
		st, ok := status[d.Doc]
		if !ok {
			st = lc.plan(d.Doc)
			status[d.Doc] = st
		}
		if _, nudges := lc.until(d.Doc, st, d.Task); nudges {
			out = append(out, d)
		}
	}
	return out
}

// ShareStates reads what people said about each share (done mark, progress, extension), in one
// round trip. Shares nobody said anything about are absent.
func (s *Store) ShareStates(ctx context.Context, shares []duties.TaskUnit) (map[duties.TaskUnit]duties.ShareState, error) {
	out := make(map[duties.TaskUnit]duties.ShareState, len(shares))
	if len(shares) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(shares))
	for i, p := range shares {
		cmds[i] = pipe.HGetAll(ctx, s.ks.SchedState(p.Task, p.Unit.City, p.Unit.Name))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap("read task states", err)
	}
	for i, p := range shares {
		st := cmds[i].Val()
		if len(st) == 0 {
			continue
		}
		ext, _ := plan.ParseDay(st["extension_to"])
		out[p] = duties.ShareState{
			DoneAt: fromMS(st["done_at"]), DoneBy: st["done_by"],
			Progress: st["progress"], ProgressBy: st["progress_by"], ProgressAt: fromMS(st["progress_at"]),
			ExtensionTo: ext, ExtensionReason: st["extension_reason"], ExtensionBy: st["extension_by"],
			ExtensionAt: fromMS(st["extension_at"]),
		}
	}
	return out, nil
}
