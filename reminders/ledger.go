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

// statedMember is a share as a member of the stated set.
func statedMember(p duties.TaskUnit) string { return p.Task + "|" + unitField(p.Unit) }

// ShareStates reads what people said about each share (done mark, progress, extension): only the
// shares the stated set names are read, in one round trip. Shares nobody said anything about are
// absent.
func (s *Store) ShareStates(ctx context.Context, shares []duties.TaskUnit) (map[duties.TaskUnit]duties.ShareState, error) {
	out := make(map[duties.TaskUnit]duties.ShareState)
	if len(shares) == 0 {
		return out, nil
	}
	stated, err := s.stated(ctx)
	if err != nil {
		return nil, err
	}
	var read []duties.TaskUnit
	for _, p := range shares {
		if stated[statedMember(p)] {
			read = append(read, p)
		}
	}
	if len(read) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(read))
	for i, p := range read {
		cmds[i] = pipe.HGetAll(ctx, s.sh(s.unitShard(p.Unit)).State(p.Task, p.Unit.City, p.Unit.Name))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap("read task states", err)
	}
	for i, p := range read {
		if st := cmds[i].Val(); len(st) > 0 {
			out[p] = shareState(st)
		}
	}
	return out, nil
}

// shareState reads a state hash.
func shareState(st map[string]string) duties.ShareState {
	ext, _ := plan.ParseDay(st["extension_to"])
	return duties.ShareState{
		DoneAt: fromMS(st["done_at"]), DoneBy: st["done_by"],
		Progress: st["progress"], ProgressBy: st["progress_by"], ProgressAt: fromMS(st["progress_at"]),
		ExtensionTo: ext, ExtensionReason: st["extension_reason"], ExtensionBy: st["extension_by"],
		ExtensionAt: fromMS(st["extension_at"]),
	}
}

// stated returns the members of the stated set. States kept before the set existed are added to
// it the first time (every share of the followed plans is looked at once), then the set is marked
// built; a mark made meanwhile adds itself, so nothing is missed.
func (s *Store) stated(ctx context.Context) (map[string]bool, error) {
	built, err := s.rdb.Exists(ctx, s.ks.SchedStatedBuilt()).Result()
	if err != nil {
		return nil, wrap("read the stated shares", err)
	}
	if built == 0 {
		if err := s.buildStated(ctx); err != nil {
			return nil, err
		}
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.StringSliceCmd, s.shards)
	for i := range cmds {
		cmds[i] = pipe.SMembers(ctx, s.sh(i).Stated())
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap("read the stated shares", err)
	}
	out := map[string]bool{}
	for _, c := range cmds {
		for _, m := range c.Val() {
			out[m] = true
		}
	}
	return out, nil
}

// buildStated adds to the stated set every share of the followed plans that has a state.
func (s *Store) buildStated(ctx context.Context) error {
	shares := duties.Shares(duties.Of(s.Docs()))
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.IntCmd, len(shares))
	for i, p := range shares {
		cmds[i] = pipe.Exists(ctx, s.sh(s.unitShard(p.Unit)).State(p.Task, p.Unit.City, p.Unit.Name))
	}
	if len(shares) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return wrap("index the stated shares", err)
		}
	}
	members := map[int][]any{}
	for i, p := range shares {
		if cmds[i].Val() > 0 {
			n := s.unitShard(p.Unit)
			members[n] = append(members[n], statedMember(p))
		}
	}
	for n, ms := range members {
		if err := s.rdb.SAdd(ctx, s.sh(n).Stated(), ms...).Err(); err != nil {
			return wrap("index the stated shares", err)
		}
	}
	return wrap("index the stated shares", s.rdb.Set(ctx, s.ks.SchedStatedBuilt(), "1", 0).Err())
}
