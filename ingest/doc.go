// Package ingest turns plan files people give dutybot into parsed plans.
//
// Data flows in one direction, and a step that fails stops the flow before anything changes:
//
//	file bytes → [a Sandbox child process, for files people give us: bounded memory, CPU, stack
//	             and wall clock; see sandbox.go]
//	           → ReadFile/CheckSize (the size limit) and Sniff: the format from the content where it
//	             tells (PDF, OLE and zip containers), else from the name
//	           → Extract dispatches to the format's reader — .txt/.md here (plan.Decode, markdown.go),
//	             .html to ingest/html, .docx to ingest/docx, .pdf to ingest/pdf — each of which
//	             guards itself (caps on inflating, XML depth and tags, a PDF pre-scan) and gives plain
//	             text (a paragraph per line, a table's cells one per line) or a *RefusedError saying
//	             what to do instead; old Word, WPS, OFD and encrypted Office files are refused here
//	           → plan.ParseText → *plan.Document (back from the child as JSON: EncodeDoc)
//
// The refusal is one type across the packages (RefusedError is ingest/guard's Refusal, which
// the format readers return unnamed and Extract names). Parsed plans are kept, shared between
// replicas and announced to listeners by ingest/planstore.
package ingest
