// Package reminders nudges units before their deadlines and on their recurring duties, once each,
// however many dutybot replicas run.
//
// Data flows in one direction:
//
//	plans ──PlanSeries──► Series (one per deadline and unit, per recurring duty and unit), kept
//	        only for plans (and parts of plans) that still nudge: the lifecycle (lifecycle.go)
//	people ──Store.Add──► Series (their own reminders, one-off or recurring)
//	Series ──Store.Follow / Sync / armScript──► Redis: a short hash per series (ids, not the task's
//	        text: record.go), its pending occurrence in a ZSET by due time, in the series' shard
//	Dispatcher.Run ──claimScript, every shard in one pipeline──► claimed occurrences (lease + owner token)
//	        ──hydrate──► titles and quotes from the followed plans; routes of the claimed units (HMGET, cached)
//	        ──Render──► Nudges ──grouped per route──► Notifier (BatchNotifier: one message) ──► Slack, stdout
//	        ──ackScript──► the series' next occurrence armed (Schedule.Next)
//
// Schedule computes occurrences: the lead-time ladder before a deadline (blue, then yellow on the
// day), a weekly red notice once it has passed (copied to the leaders' route), the rule of a
// recurring duty, all moved off weekends and public holidays by the Calendar, and none after the
// end of the plan's period (Series.Until). A deadline that passed before its unit could be told
// (before go-live, before its series was armed or its unit routed) is sent once, in the unit's
// overdue list, with one summary to the leaders (batch.go). The schedules follow the plans by
// themselves (Follow, once across replicas). People change task state through the Store (MarkDone,
// ReportProgress, Snooze, RequestExtension), each checked against the plans (Resolve), which also
// answers for the 亮灯 board (Status, Board) and the leaders' digest (Digest), and keeps the routes
// from units to chat channels (Subscribe). A nudge whose unit has no route is held until it has one.
//
// The schedule is split into shards (keyspace.SchedShard, DUTYBOT_SHARDS, default 16), each in
// its own Redis Cluster slot: a unit's series and task state live in the shard of the unit, every
// script touches one shard, and Migrate moves a schedule laid out otherwise (the single slot of
// before, another number of shards) at start. A delivered one-off reminder is kept as a short
// record for DUTYBOT_KEEP, then expires.
//
// Exactly-once delivery rests on atomic Lua claims with a lease and an owner token, completions that
// check the token, a send deadline inside the lease, and, after a re-claim, asking the notifier
// (DeliveryChecker) whether the nudge already went out. docs/ARCHITECTURE.md lists every key and the
// protocol step by step. Due lists deadlines straight from the plans, without Redis.
package reminders
