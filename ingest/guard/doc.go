// Package guard holds what every format reader of ingest shares to refuse a file: the refusal
// itself (Refusal: a reason and a remedy, safe to show as they are) and the caps on inflating
// compressed parts (Reader, Budget), so that a compression bomb costs a megabyte, not gigabytes.
//
// It is a leaf: the format packages (ingest/pdf, ingest/docx, ingest/html) import it, and ingest,
// which imports them, does too. A refusal is one type everywhere — ingest.RefusedError is an alias
// of Refusal — so a format reports a refusal with the reason and remedy it alone knows, the
// dispatcher (ingest.Extractor) fills in the file's name, and errors.As finds the same type
// whichever package a caller asked. Sentinel errors mapped by the dispatcher were the other way;
// they would have moved every reason and remedy away from the check that knows them, and many
// reasons carry figures (the cap passed, the size found) that a sentinel cannot.
package guard
