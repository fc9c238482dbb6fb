package reminders

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// The schedule is split into shards (keyspace.SchedShard), each in its own Cluster slot, so that
// the schedules of a province spread over every node of a cluster. A unit's series, task state and
// history live in the unit's shard (keyspace.ShardOf its "city|name"); a series with no unit (a
// reminder sent straight to a channel) lives in the shard of its id. Every script touches one
// shard; the dispatcher claims from every shard in one round trip (claimAll).

// ref names a series in its shard.
type ref struct {
	shard int
	id    string
}

// sh is the keys of shard i.
func (s *Store) sh(i int) keyspace.SchedShard { return s.ks.SchedShard(i) }

// Shards is the number of shards the store lays the schedule out in.
func (s *Store) Shards() int { return s.shards }

// unitShard is the shard of a unit's series and task state.
func (s *Store) unitShard(u plan.UnitRef) int { return keyspace.ShardOf(unitField(u), s.shards) }

// seriesShard is the shard series x lives in.
func (s *Store) seriesShard(x *Series) int {
	if x.Unit == (plan.UnitRef{}) {
		return keyspace.ShardOf(x.ID, s.shards)
	}
	return s.unitShard(x.Unit)
}

// locate finds the shard holding series id (one round trip over every shard).
func (s *Store) locate(ctx context.Context, id string) (int, error) {
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.IntCmd, s.shards)
	for i := range cmds {
		cmds[i] = pipe.Exists(ctx, s.sh(i).Series(id))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return 0, wrap("find reminder "+id, err)
	}
	for i, c := range cmds {
		if c.Val() == 1 {
			return i, nil
		}
	}
	return 0, fmt.Errorf("find reminder %s: %w", id, ErrNotFound)
}

// perShard runs read on every shard in one pipeline and returns its commands, by shard.
func perShard[C redis.Cmder](ctx context.Context, s *Store, read func(p redis.Pipeliner, sh keyspace.SchedShard) C) ([]C, error) {
	pipe := s.rdb.Pipeline()
	out := make([]C, s.shards)
	for i := range out {
		out[i] = read(pipe, s.sh(i))
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, err
	}
	return out, nil
}

// sumShards adds up an integer read from every shard (ZCARD of the due set, say).
func (s *Store) sumShards(ctx context.Context, read func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.IntCmd) (int64, error) {
	cmds, err := perShard(ctx, s, read)
	if err != nil {
		return 0, err
	}
	var n int64
	for _, c := range cmds {
		n += c.Val()
	}
	return n, nil
}

// scriptCall is one run of a script: its keys and arguments.
type scriptCall struct {
	keys []string
	args []any
}

// runAll runs calls of one script in one pipeline (EVALSHA); the calls Redis answers NOSCRIPT
// (after a restart, or on a cluster node that never saw the script) run again one by one, which
// loads it. A call's own error stays on its command.
func runAll(ctx context.Context, rdb redis.UniversalClient, script *redis.Script, calls []scriptCall) ([]*redis.Cmd, error) {
	pipe := rdb.Pipeline()
	cmds := make([]*redis.Cmd, len(calls))
	for i, c := range calls {
		cmds[i] = script.EvalSha(ctx, pipe, c.keys, c.args...)
	}
	if len(calls) == 0 {
		return cmds, nil
	}
	_, err := pipe.Exec(ctx)
	if err == nil {
		return cmds, nil
	}
	for i, c := range cmds {
		if cerr := c.Err(); cerr != nil && strings.HasPrefix(cerr.Error(), "NOSCRIPT") {
			cmds[i] = script.Run(ctx, rdb, calls[i].keys, calls[i].args...)
		} else if cerr != nil && !errors.Is(cerr, redis.Nil) && unavailable(cerr) {
			return cmds, cerr
		}
	}
	return cmds, nil
}
