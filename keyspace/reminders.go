package keyspace

import (
	"hash/fnv"
	"strconv"
	"strings"
)

// Reminder keys. The schedule is split into shards: each shard's keys carry the hash tag
// {sched:N} (N from 0), so that on Redis Cluster a shard lives in one slot while the shards spread
// over the nodes. A shard holds everything of the units that fall in it (ShardOf): the due, lease
// and held sets, the series hashes, each task-and-unit's state and history, and its own counters,
// unit list and event list; every script that changes the schedule touches one shard only. What
// belongs to the whole deployment (routes, plan lifecycle, sync fingerprint and lock, rate windows,
// the layout record) keeps the tag {sched}.
//
// Before shards, every reminder key carried {sched}: SchedLegacy builds the keys of that layout, so
// that a start can move what an old deployment left there into the shards.

const schedTag = "{sched}"

// DefaultSchedShards is the number of schedule shards when none is configured.
const DefaultSchedShards = 16

// ShardOf is the shard of n that owner (a unit's "city|name", or a series id) falls in.
func ShardOf(owner string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(owner))
	return int(h.Sum32() % uint32(n))
}

// SchedShard builds the keys of one shard of the schedule.
type SchedShard struct {
	k   Keyspace
	tag string
}

// SchedShard returns the keys of shard i.
func (k Keyspace) SchedShard(i int) SchedShard {
	return SchedShard{k: k, tag: "{sched:" + strconv.Itoa(i) + "}"}
}

// SchedLegacy returns the keys of the single-slot layout that came before shards (tag {sched}).
func (k Keyspace) SchedLegacy() SchedShard { return SchedShard{k: k, tag: schedTag} }

// Pattern is a SCAN pattern matching every key of the shard (and, for SchedLegacy, the deployment's
// reminder keys too).
func (s SchedShard) Pattern() string { return globEscape(s.k.key(s.tag)) + ":*" }

// Kind says which key of the shard key is ("series", "tu", "state", "history", "unit", "due", ...)
// and the rest of its name after the kind ("" for the shard's singletons); ok is false for a key
// not of the shard.
func (s SchedShard) Kind(key string) (kind, rest string, ok bool) {
	body, ok := strings.CutPrefix(key, s.k.key(s.tag)+":")
	if !ok {
		return "", "", false
	}
	kind, rest, _ = strings.Cut(body, ":")
	return kind, rest, true
}

// Due is a ZSET: series id → the Unix milliseconds its pending occurrence falls due.
func (s SchedShard) Due() string { return s.k.key(s.tag, "due") }

// Leases is a ZSET: series id → the Unix milliseconds the claim on it expires.
func (s SchedShard) Leases() string { return s.k.key(s.tag, "leases") }

// Held is a ZSET: series id → Unix milliseconds it was held because its unit had no route.
func (s SchedShard) Held() string { return s.k.key(s.tag, "held") }

// SeriesPrefix is what Series puts before a series id; the Lua scripts build series keys from it,
// so it must stay in step with Series.
func (s SchedShard) SeriesPrefix() string { return s.k.key(s.tag, "series") + ":" }

// Series is a HASH holding one series: its definition, its pending occurrence, its claim owner and
// its delivery record (reminders/scripts.go lists the fields).
func (s SchedShard) Series(id string) string { return s.SeriesPrefix() + id }

// PlanSeries is a SET of the ids of the shard's series derived from plans, for reconciling.
func (s SchedShard) PlanSeries() string { return s.k.key(s.tag, "plan-series") }

// Custom is a SET of the ids of the shard's series people created.
func (s SchedShard) Custom() string { return s.k.key(s.tag, "custom") }

// UnitSeries is a HASH of one unit (city|unit): task id → the ids of the unit's series of that
// task, space-separated. It is the unit's board (its fields are the tasks it has series for) and
// what a change to a task and unit applies to. (Layouts before shards kept a SET per task and unit,
// TaskUnitSet, and a SET of the unit's tasks, UnitTasks.)
func (s SchedShard) UnitSeries(city, unit string) string {
	return s.k.key(s.tag, "ut", city+"|"+unit)
}

// TaskUnitSet is the SET of the series ids of one task and unit that layouts before shards kept.
func (s SchedShard) TaskUnitSet(task, city, unit string) string {
	return s.k.key(s.tag, "tu", task+"|"+city+"|"+unit)
}

// State is a HASH with what people said about one task and unit: done, snooze, progress,
// extension.
func (s SchedShard) State(task, city, unit string) string {
	return s.k.key(s.tag, "state", task+"|"+city+"|"+unit)
}

// History is a LIST of JSON events for one task and unit, newest first.
func (s SchedShard) History(task, city, unit string) string {
	return s.k.key(s.tag, "history", task+"|"+city+"|"+unit)
}

// UnitTasks is the SET of the task ids a unit had series for that layouts before shards kept.
func (s SchedShard) UnitTasks(city, unit string) string {
	return s.k.key(s.tag, "unit", city+"|"+unit)
}

// Events is a capped LIST of JSON events of the shard's tasks and units, newest first, for digests.
func (s SchedShard) Events() string { return s.k.key(s.tag, "events") }

// Stats is a HASH of the shard's counters: delivered, late, held, retried, deferred, expired.
func (s SchedShard) Stats() string { return s.k.key(s.tag, "stats") }

// Expiring is a ZSET: id of a delivered one-off reminder → the Unix milliseconds its record
// expires (DUTYBOT_KEEP after delivery); the claim script removes it then.
func (s SchedShard) Expiring() string { return s.k.key(s.tag, "expiring") }

// Units is a SET of every unit (city|unit) of the shard that has series, for digests.
func (s SchedShard) Units() string { return s.k.key(s.tag, "units") }

// SchedRoutes is a HASH: "city|unit" (unit "" for a whole city, "*leaders" for the leaders) → route.
func (k Keyspace) SchedRoutes() string { return k.key(schedTag, "routes") }

// SchedRoutesVersion is a STRING counter raised by every change of the routes: dispatchers keep
// the routes they read until it moves.
func (k Keyspace) SchedRoutesVersion() string { return k.key(schedTag, "routes-version") }

// Stated is a SET of the shard's shares that have a state (task|city|unit): what people said about a
// share is read from State only for these, so a ledger of many plans reads few hashes.
func (s SchedShard) Stated() string { return s.k.key(s.tag, "stated") }

// SchedStatedBuilt is a STRING set once the shards' Stated sets hold every share with a state
// (states kept before the sets existed, or moved by a layout change, were added then).
func (k Keyspace) SchedStatedBuilt() string { return k.key(schedTag, "stated-built") }

// SchedPlans is a HASH: plan (document) id → JSON of what a person set on the plan's lifecycle:
// closed, or reopened after it ended.
func (k Keyspace) SchedPlans() string { return k.key(schedTag, "plans") }

// SchedRouteSince is a HASH: "city|unit" (as in SchedRoutes) → the Unix milliseconds the unit first
// got a route (since it last had none): deadlines passed before then are sent once, as one list.
func (k Keyspace) SchedRouteSince() string { return k.key(schedTag, "route-since") }

// SchedSynced is a STRING: the fingerprint of the plan series last brought in step with the plans.
func (k Keyspace) SchedSynced() string { return k.key(schedTag, "synced") }

// SchedSyncLock is a STRING held (with an expiry) by the replica bringing the schedules in step.
func (k Keyspace) SchedSyncLock() string { return k.key(schedTag, "sync-lock") }

// SchedRate is a STRING counting the messages sent to one route in the current window.
func (k Keyspace) SchedRate(route string) string { return k.key(schedTag, "rate", route) }

// SchedOnce is a STRING set the first time something that should happen once happened (a warning).
func (k Keyspace) SchedOnce(name string) string { return k.key(schedTag, "once", name) }

// SchedLayout is a STRING: the number of shards the schedule was last laid out in.
func (k Keyspace) SchedLayout() string { return k.key(schedTag, "layout") }

// SchedLayoutLock is a STRING held (with an expiry) by the replica moving keys between layouts.
func (k Keyspace) SchedLayoutLock() string { return k.key(schedTag, "layout-lock") }

// globEscape escapes what SCAN's MATCH would read as a wildcard.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Reshard is key, a key of shard s, named as the same key of shard to ("" when key is not s's).
func (s SchedShard) Reshard(key string, to SchedShard) string {
	rest, ok := strings.CutPrefix(key, s.k.key(s.tag)+":")
	if !ok {
		return ""
	}
	return to.k.key(to.tag) + ":" + rest
}
