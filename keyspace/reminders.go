package keyspace

// Reminder keys. Every one of them carries the hash tag {sched}: the claim, acknowledge and arm
// scripts touch the due set, the lease set and series hashes together, and the state-changing scripts
// touch a series with its task-and-unit state, so on Redis Cluster they must all live in one slot.
// The reminder data is small (one hash per series), so one slot is not a capacity limit.

const schedTag = "{sched}"

// SchedDue is a ZSET: series id → the Unix milliseconds its pending occurrence falls due.
func (k Keyspace) SchedDue() string { return k.key(schedTag, "due") }

// SchedLeases is a ZSET: series id → the Unix milliseconds the claim on it expires.
func (k Keyspace) SchedLeases() string { return k.key(schedTag, "leases") }

// SchedHeld is a ZSET: series id → Unix milliseconds it was held because its unit had no route.
func (k Keyspace) SchedHeld() string { return k.key(schedTag, "held") }

// SchedSeriesPrefix is what SchedSeries puts before a series id; the Lua scripts build series keys
// from it, so it must stay in step with SchedSeries.
func (k Keyspace) SchedSeriesPrefix() string { return k.key(schedTag, "series") + ":" }

// SchedSeries is a HASH holding one series: its definition (JSON), its pending occurrence, its claim
// owner and its delivery record.
func (k Keyspace) SchedSeries(id string) string { return k.SchedSeriesPrefix() + id }

// SchedPlanSeries is a SET of the ids of series derived from plans, for reconciling.
func (k Keyspace) SchedPlanSeries() string { return k.key(schedTag, "plan-series") }

// SchedCustom is a SET of the ids of series people created.
func (k Keyspace) SchedCustom() string { return k.key(schedTag, "custom") }

// SchedRoutes is a HASH: "city|unit" (unit "" for a whole city, "*leaders" for the leaders) → route.
func (k Keyspace) SchedRoutes() string { return k.key(schedTag, "routes") }

// SchedTaskUnit is a SET of the series ids of one task and unit.
func (k Keyspace) SchedTaskUnit(task, city, unit string) string {
	return k.key(schedTag, "tu", task+"|"+city+"|"+unit)
}

// SchedState is a HASH with what people said about one task and unit: done, snooze, progress,
// extension.
func (k Keyspace) SchedState(task, city, unit string) string {
	return k.key(schedTag, "state", task+"|"+city+"|"+unit)
}

// SchedHistory is a LIST of JSON events for one task and unit, newest first.
func (k Keyspace) SchedHistory(task, city, unit string) string {
	return k.key(schedTag, "history", task+"|"+city+"|"+unit)
}

// SchedUnitTasks is a SET of the task ids a unit has series for (city|unit), for the board.
func (k Keyspace) SchedUnitTasks(city, unit string) string {
	return k.key(schedTag, "unit", city+"|"+unit)
}

// SchedStated is a SET of the shares that have a state (task|city|unit): what people said about a
// share is read from SchedState only for these, so a ledger of many plans reads few hashes.
func (k Keyspace) SchedStated() string { return k.key(schedTag, "stated") }

// SchedStatedBuilt is a STRING set once SchedStated holds every share with a state (states kept
// before the set existed were added then).
func (k Keyspace) SchedStatedBuilt() string { return k.key(schedTag, "stated-built") }

// SchedEvents is a capped LIST of JSON events of every task and unit, newest first, for digests.
func (k Keyspace) SchedEvents() string { return k.key(schedTag, "events") }

// SchedStats is a HASH of counters: delivered, late, held, retried.
func (k Keyspace) SchedStats() string { return k.key(schedTag, "stats") }

// SchedUnits is a SET of every unit (city|unit) that has series, for digests.
func (k Keyspace) SchedUnits() string { return k.key(schedTag, "units") }

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
