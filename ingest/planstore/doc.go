// Package planstore keeps the one set of plans every replica of dutybot shares, in Redis, and
// tells the parts that depend on plans when it changes.
//
// Data flows in one direction, and a step that fails stops the flow before anything changes:
//
//	file bytes → Store.Add → Store.Parse: package ingest reads the file (in an ingest.Sandbox child
//	             when Options.Sandbox is set: files people give us) and plan.ParseText parses it
//	           → one Lua script replaces any plan with the same id, document number or content,
//	             stores the original bytes and the parse (ingest.EncodeDoc), bumps the revision and
//	             appends to the change feed
//	           → Listeners (the retrieval index, the reminder schedules) hear PlansChanged with the
//	             whole current set, in this replica at once and in others from the feed (Store.Run).
//
// Redis holds the truth (every key from package keyspace, keyspace/plans.go); each replica keeps
// the parsed plans in memory and resynchronises from the index hash whenever the feed says
// something changed.
//
// The store is apart from ingest because the two change for different reasons: ingest turns
// files of every format into text and knows nothing of Redis; the store is where parsed plans
// live and how replicas agree, and knows nothing of formats. It sits under ingest/ because ingest
// is its only way in: every plan it holds came through ingest.ParseFile or the sandbox. Summary
// lives here too: it reports what the store did (stored, at which revision, replacing what, or
// nothing because the same parse was stored already) beside what was parsed.
package planstore
