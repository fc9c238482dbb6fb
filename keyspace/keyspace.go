// Package keyspace is the one place where dutybot's Redis keys are built. Every key starts with the
// configured prefix (DUTYBOT_REDIS_PREFIX, default "dutybot:"). Keys that one Lua script touches
// together share a hash tag ({sched:3}, {plans}, ...) so that on Redis Cluster they live in one slot;
// the schedule is split into shards, each with its own tag, so that it spreads over the nodes.
// docs/ARCHITECTURE.md lists every key; keep it in step when adding one here.
//
// Each area of dutybot has its own file here (reminders.go, plans.go, bot.go) with its keys.
package keyspace

// Keyspace builds keys under one prefix.
type Keyspace struct {
	Prefix string
}

// New returns a Keyspace for prefix ("" means "dutybot:").
func New(prefix string) Keyspace {
	if prefix == "" {
		prefix = "dutybot:"
	}
	return Keyspace{Prefix: prefix}
}

func (k Keyspace) key(parts ...string) string {
	s := k.Prefix
	for i, p := range parts {
		if i > 0 {
			s += ":"
		}
		s += p
	}
	return s
}
