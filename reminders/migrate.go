package reminders

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// Migrate lays the schedule out in the store's shards, once: it moves into them what a deployment
// from before shards left in the single-slot layout ({sched}), and, when the number of shards
// changed, what lies in a shard it no longer belongs to; then it records the layout. One replica
// moves (holding a lock) while the others wait; running it again moves nothing. Serve, dispatch
// and every reminder command call it at start (internal/app); Follow and the dispatcher call it
// too, so nothing runs on a layout half moved. Replicas from before shards must be stopped first.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	s.layoutMu.Lock()
	defer s.layoutMu.Unlock()
	if s.laidOut {
		return 0, nil
	}
	sources, err := s.layoutSources(ctx)
	if err != nil || len(sources) == 0 {
		if err == nil {
			err = wrap("record the schedule layout", s.rdb.Set(ctx, s.ks.SchedLayout(), s.shards, 0).Err())
		}
		s.laidOut = err == nil
		return 0, err
	}
	token, err := s.lockLayout(ctx)
	if err != nil {
		return 0, err
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		_ = unlockScript.Run(ctx, s.rdb, []string{s.ks.SchedLayoutLock()}, token).Err()
	}()
	// Another replica may have moved everything while this one waited for the lock.
	if sources, err = s.layoutSources(ctx); err != nil {
		return 0, err
	}
	moved := 0
	for _, src := range sources {
		n, err := s.moveShard(ctx, src)
		moved += n
		if err != nil {
			return moved, fmt.Errorf("lay the schedule out in %d shards: %w", s.shards, err)
		}
	}
	// The states moved shards: the shards' stated sets are built again at the next ledger read.
	if err := s.rdb.Del(ctx, s.ks.SchedStatedBuilt()).Err(); err != nil {
		return moved, wrap("record the schedule layout", err)
	}
	if err := s.rdb.Set(ctx, s.ks.SchedLayout(), s.shards, 0).Err(); err != nil {
		return moved, wrap("record the schedule layout", err)
	}
	s.laidOut = true
	s.log.Info("schedule laid out in shards", "shards", s.shards, "series moved", moved)
	return moved, nil
}

// ensureLayout is Migrate for the store's own operations.
func (s *Store) ensureLayout(ctx context.Context) error {
	s.layoutMu.Lock()
	done := s.laidOut
	s.layoutMu.Unlock()
	if done {
		return nil
	}
	_, err := s.Migrate(ctx)
	return err
}

// source is a layout keys may have to leave: the single-slot one (index -1) or a shard.
type source struct {
	keys  keyspace.SchedShard
	index int
}

// layoutSources is where keys may lie outside their shard: the single-slot layout when it holds
// anything, and every shard of a different number of shards recorded before.
func (s *Store) layoutSources(ctx context.Context) ([]source, error) {
	var out []source
	old := s.ks.SchedLegacy()
	n, err := s.rdb.Exists(ctx, old.Due(), old.Leases(), old.Held(), old.PlanSeries(), old.Custom(), old.Units(),
		old.Events(), old.Stats(), old.Expiring()).Result()
	if err != nil {
		return nil, wrap("read the schedule layout", err)
	}
	if n > 0 {
		out = append(out, source{old, -1})
	}
	v, err := s.rdb.Get(ctx, s.ks.SchedLayout()).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, wrap("read the schedule layout", err)
	}
	if was, _ := strconv.Atoi(v); was > 0 && was != s.shards {
		for i := 0; i < was; i++ {
			out = append(out, source{s.sh(i), i})
		}
	}
	return out, nil
}

// lockLayout takes the layout lock, waiting while another replica holds it.
func (s *Store) lockLayout(ctx context.Context) (string, error) {
	var b [8]byte
	_, _ = rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	for {
		ok, err := s.rdb.SetNX(ctx, s.ks.SchedLayoutLock(), token, 5*time.Minute).Result()
		if err != nil {
			return "", wrap("lock the schedule layout", err)
		}
		if ok {
			return token, nil
		}
		select {
		case <-ctx.Done():
			return "", wrap("wait for another replica to lay the schedule out", ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// moveShard moves every key of src that belongs in another shard: series with their places in the
// due, lease and held sets and their origin set, task-and-unit state, history and sets, unit task
// lists; then the shard-wide lists (units, events, counters).
func (s *Store) moveShard(ctx context.Context, src source) (int, error) {
	var series, other []string
	var singles, stale []string
	err := s.scan(ctx, src.keys.Pattern(), func(keys []string) {
		for _, k := range keys {
			kind, rest, _ := src.keys.Kind(k)
			switch {
			case kind == "series":
				series = append(series, rest)
			case kind == "tu" || kind == "ut" || kind == "state" || kind == "history" || kind == "unit":
				other = append(other, k)
			case rest == "" && (kind == "units" || kind == "events" || kind == "stats"):
				singles = append(singles, kind)
			case rest == "" && kind == "stated" && src.index < 0:
				stale = append(stale, k) // the stated sets are built again once the states have moved
			}
		}
	})
	if err != nil {
		return 0, wrap("scan the schedule", err)
	}
	moved := 0
	for i := 0; i < len(series); i += 500 {
		n, err := s.moveSeries(ctx, src, series[i:min(i+500, len(series))])
		moved += n
		if err != nil {
			return moved, err
		}
	}
	for _, k := range other {
		if err := s.moveUnitKey(ctx, src, k); err != nil {
			return moved, err
		}
	}
	for _, kind := range singles {
		if err := s.moveSingle(ctx, src, kind); err != nil {
			return moved, err
		}
	}
	if len(stale) > 0 {
		if err := s.rdb.Del(ctx, stale...).Err(); err != nil {
			return moved, wrap("clear the stated shares", err)
		}
	}
	if src.index < 0 {
		old := src.keys
		// What is left of the old sets names series that no longer exist.
		err = s.rdb.Del(ctx, old.Due(), old.Leases(), old.Held(), old.PlanSeries(), old.Custom(), old.Expiring()).Err()
	}
	return moved, wrap("clear the single-slot schedule", err)
}

// scan calls fn with every key matching pattern, on every node.
func (s *Store) scan(ctx context.Context, pattern string, fn func([]string)) error {
	each := func(ctx context.Context, c *redis.Client) error {
		it := c.Scan(ctx, 0, pattern, 1000).Iterator()
		var batch []string
		for it.Next(ctx) {
			batch = append(batch, it.Val())
		}
		fn(batch)
		return it.Err()
	}
	switch c := s.rdb.(type) {
	case *redis.ClusterClient:
		return c.ForEachMaster(ctx, each)
	case *redis.Client:
		return each(ctx, c)
	default:
		return fmt.Errorf("scan: a %T cannot be scanned", s.rdb)
	}
}

// seriesPlace is where a series stood in its shard: its hash and its sets.
type seriesPlace struct {
	hash                       *redis.MapStringStringCmd
	due, lease, held, expiring *redis.FloatCmd
	fromPlan, fromPeople       *redis.BoolCmd
	ttl                        *redis.DurationCmd
}

// moveSeries moves the series ids of src that belong in another shard. The copy is written before
// the original is deleted, so a move cut short is done again, the same, by the next start.
func (s *Store) moveSeries(ctx context.Context, src source, ids []string) (int, error) {
	old := src.keys
	read := s.rdb.Pipeline()
	places := make([]seriesPlace, len(ids))
	for i, id := range ids {
		places[i] = seriesPlace{read.HGetAll(ctx, old.Series(id)), read.ZScore(ctx, old.Due(), id),
			read.ZScore(ctx, old.Leases(), id), read.ZScore(ctx, old.Held(), id),
			read.ZScore(ctx, old.Expiring(), id), read.SIsMember(ctx, old.PlanSeries(), id),
			read.SIsMember(ctx, old.Custom(), id), read.PTTL(ctx, old.Series(id))}
	}
	if _, err := read.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return 0, wrap("read series to move", err)
	}
	write, drop := s.rdb.Pipeline(), s.rdb.Pipeline()
	moved := 0
	for i, id := range ids {
		p := places[i]
		h := p.hash.Val()
		x, err := decodeSeriesMap(id, h)
		if err != nil {
			continue
		}
		shard := s.seriesShard(&x)
		if shard == src.index {
			continue
		}
		to := s.sh(shard)
		if p.lease.Err() == nil { // claimed by a replica that is gone: due again, checked before it is resent
			h["owner"] = ""
		}
		write.HSet(ctx, to.Series(id), h)
		if at, err := strconv.ParseFloat(h["at"], 64); p.lease.Err() == nil && err == nil && h["state"] == "active" {
			write.ZAdd(ctx, to.Due(), redis.Z{Score: at, Member: id})
		}
		for _, z := range []struct {
			cmd *redis.FloatCmd
			key string
		}{{p.due, to.Due()}, {p.held, to.Held()}, {p.expiring, to.Expiring()}} {
			if z.cmd.Err() == nil {
				write.ZAdd(ctx, z.key, redis.Z{Score: z.cmd.Val(), Member: id})
			}
		}
		if ttl := p.ttl.Val(); ttl > 0 {
			write.PExpire(ctx, to.Series(id), ttl)
		}
		if p.fromPlan.Val() {
			write.SAdd(ctx, to.PlanSeries(), id)
		}
		if p.fromPeople.Val() {
			write.SAdd(ctx, to.Custom(), id)
		}
		drop.Del(ctx, old.Series(id))
		drop.ZRem(ctx, old.Due(), id)
		drop.ZRem(ctx, old.Leases(), id)
		drop.ZRem(ctx, old.Held(), id)
		drop.ZRem(ctx, old.Expiring(), id)
		drop.SRem(ctx, old.PlanSeries(), id)
		drop.SRem(ctx, old.Custom(), id)
		moved++
	}
	if moved == 0 {
		return 0, nil
	}
	if _, err := write.Exec(ctx); err != nil {
		return 0, wrap("write moved series", err)
	}
	if _, err := drop.Exec(ctx); err != nil {
		return 0, wrap("remove moved series", err)
	}
	return moved, nil
}

// unitOfKey reads the unit from the rest of a task-and-unit key ("task|city|unit") or a unit key
// ("city|unit").
func unitOfKey(rest string) plan.UnitRef {
	parts := strings.Split(rest, "|")
	if len(parts) < 2 {
		return plan.UnitRef{}
	}
	return plan.UnitRef{City: parts[len(parts)-2], Name: parts[len(parts)-1]}
}

// moveUnitKey moves one task-and-unit key (set, state, history) or unit task list to its unit's
// shard. A set of series with no unit is spread by series, as the series are.
func (s *Store) moveUnitKey(ctx context.Context, src source, key string) error {
	kind, rest, _ := src.keys.Kind(key)
	switch kind {
	case "tu", "ut":
		return s.moveUnitSeries(ctx, src, key, kind, rest)
	case "unit": // a unit's tasks, before shards: the fields of its series hash now
		return wrap("remove "+key, s.rdb.Del(ctx, key).Err())
	}
	u := unitOfKey(rest)
	shard := s.unitShard(u)
	if shard == src.index {
		return nil
	}
	target := src.keys.Reshard(key, s.sh(shard))
	pipe := s.rdb.Pipeline()
	switch kind {
	case "state":
		h, err := s.rdb.HGetAll(ctx, key).Result()
		if err != nil || len(h) == 0 {
			return wrap("read "+key, err)
		}
		pipe.HSet(ctx, target, h)
	case "history":
		l, err := s.rdb.LRange(ctx, key, 0, -1).Result()
		if err != nil || len(l) == 0 {
			return wrap("read "+key, err)
		}
		pipe.RPush(ctx, target, toAny(l)...)
	}
	pipe.Del(ctx, key)
	_, err := pipe.Exec(ctx)
	return wrap("move "+key, err)
}

// moveUnitSeries moves series ids of a unit's tasks to the unit's series hash in the unit's shard
// (the shard of each series, for a task with no unit): from a task-and-unit set ("tu", before
// shards: rest is task|city|unit) or a unit's series hash of another shard ("ut": rest is
// city|unit).
func (s *Store) moveUnitSeries(ctx context.Context, src source, key, kind, rest string) error {
	u := unitOfKey(rest)
	byTask := map[string][]string{}
	if kind == "tu" {
		ids, err := s.rdb.SMembers(ctx, key).Result()
		if err != nil {
			return wrap("read "+key, err)
		}
		byTask[strings.TrimSuffix(rest, "|"+u.City+"|"+u.Name)] = ids
	} else {
		h, err := s.rdb.HGetAll(ctx, key).Result()
		if err != nil {
			return wrap("read "+key, err)
		}
		for task, ids := range h {
			byTask[task] = strings.Fields(ids)
		}
	}
	for task, ids := range byTask {
		var stay []string
		for _, id := range ids {
			shard := s.unitShard(u)
			if u == (plan.UnitRef{}) {
				shard = keyspace.ShardOf(id, s.shards)
			}
			if shard == src.index {
				stay = append(stay, id)
				continue
			}
			if err := s.addUnitSeries(ctx, s.sh(shard).UnitSeries(u.City, u.Name), task, id); err != nil {
				return err
			}
		}
		if kind == "ut" && len(stay) > 0 {
			if err := s.rdb.HSet(ctx, key, task, strings.Join(stay, " ")).Err(); err != nil {
				return wrap("write "+key, err)
			}
		} else if kind == "ut" {
			if err := s.rdb.HDel(ctx, key, task).Err(); err != nil {
				return wrap("write "+key, err)
			}
		}
	}
	if kind == "tu" {
		return wrap("remove "+key, s.rdb.Del(ctx, key).Err())
	}
	return nil
}

// addUnitSeries adds series id to task's ids in a unit's series hash.
func (s *Store) addUnitSeries(ctx context.Context, key, task, id string) error {
	cur, err := s.rdb.HGet(ctx, key, task).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return wrap("read "+key, err)
	}
	if slices.Contains(strings.Fields(cur), id) {
		return nil
	}
	return wrap("write "+key, s.rdb.HSet(ctx, key, task, strings.TrimSpace(cur+" "+id)).Err())
}

// moveSingle moves a shard-wide key's members to their shards: the units, the event list, the
// counters (added into the first shard). A shard that stays keeps its events and counters: they
// are read from every shard.
func (s *Store) moveSingle(ctx context.Context, src source, kind string) error {
	stays := src.index >= 0 && src.index < s.shards
	pipe := s.rdb.Pipeline()
	switch kind {
	case "units":
		m, err := s.rdb.SMembers(ctx, src.keys.Units()).Result()
		if err != nil {
			return wrap("read units", err)
		}
		for _, f := range m {
			if shard := s.unitShard(parseUnitField(f)); shard != src.index {
				pipe.SAdd(ctx, s.sh(shard).Units(), f)
				pipe.SRem(ctx, src.keys.Units(), f)
			}
		}
	case "events":
		if stays {
			return nil
		}
		l, err := s.rdb.LRange(ctx, src.keys.Events(), 0, -1).Result()
		if err != nil {
			return wrap("read events", err)
		}
		for _, e := range l {
			var ev Event
			_ = json.Unmarshal([]byte(e), &ev)
			pipe.RPush(ctx, s.sh(s.unitShard(ev.Unit)).Events(), e)
		}
		pipe.Del(ctx, src.keys.Events())
	case "stats":
		if stays {
			return nil
		}
		h, err := s.rdb.HGetAll(ctx, src.keys.Stats()).Result()
		if err != nil {
			return wrap("read counters", err)
		}
		for k, v := range h {
			n, _ := strconv.ParseInt(v, 10, 64)
			pipe.HIncrBy(ctx, s.sh(0).Stats(), k, n)
		}
		pipe.Del(ctx, src.keys.Stats())
	}
	if pipe.Len() == 0 {
		return nil
	}
	_, err := pipe.Exec(ctx)
	return wrap("move "+kind, err)
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
