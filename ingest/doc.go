// Package ingest brings new plans into dutybot and keeps the one set of plans every replica shares.
//
// Data flows in one direction, and a step that fails stops the flow before anything changes:
//
//	file bytes → [a Sandbox child process, for files people give us: bounded memory, CPU, stack
//	             and wall clock; see sandbox.go]
//	           → guards (caps on inflating, XML depth and tags, a PDF pre-scan; see limits.go)
//	           → Extract (.txt/.md, .html, .docx, .pdf → plain text: a paragraph per line,
//	             a table's cells one per line) or a *RefusedError saying what to do instead
//	           → plan.ParseText → *plan.Document (back from the child as JSON)
//	           → Store.Add: one Lua script replaces any plan with the same id, document number or
//	             content, stores the original bytes and the parse, bumps the revision and appends
//	             to the change feed
//	           → Listeners (the retrieval index, the reminder schedules) hear PlansChanged with the
//	             whole current set, in this replica at once and in others from the feed (Store.Run).
//
// Redis holds the truth (keys in keyspace/plans.go); each replica keeps the parsed plans in memory
// and resynchronises from the index hash whenever the feed says something changed.
package ingest
