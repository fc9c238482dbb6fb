// Package plan turns a published implementation plan (实施方案, 工作方案, 意见) into a Document and its
// Tasks, and holds the three rules every other package relies on:
//
//   - units.go: where a department name is normalised (aliases, city prefixes, lookups people type);
//   - dates.go: where a Chinese date phrase becomes a Day or a recurring Rule;
//   - parse.go: where text becomes tasks (headings, responsibility forms, flattened tables).
//
// Data flows one way: bytes → Decode (UTF-8 or GBK/GB18030) → clean (junk lines, page-break splits,
// full-width digits) → blocks (headings, paragraphs, table rows) → Tasks with units and dates.
// retrieval, reminders and bot consume Documents; nothing here does I/O beyond reading an alias file.
package plan
