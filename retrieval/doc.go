// Package retrieval indexes parsed plans for questions.
//
// Data flows one way: []*plan.Document → Build (or Update) → a structured side (documents in order,
// one shard per city with its documents and each unit's tasks, every dated deadline sorted, a term
// index, the unit Directory) plus chromem-go collections of embedded entries at two grains, one per
// task and one per body paragraph outside any task (goals and figures such as
// "到2027年…服务业增加值突破1600亿元" live there), one collection per grain, embedder and city.
// Readers then ask either
//
//   - structured questions, answered from the structured side and always complete: UnitTasks,
//     Deadlines, Overdue, Tasks, FindTasks, DocsWithAll; or
//   - free text, Search: nearest neighbours from chromem-go with the local embedding (and a remote
//     OpenAI-compatible one when configured), fused by reciprocal rank with an exact term-coverage
//     ranking.
//
// Build is given the whole set of plans each time (the plan store's listener does so) and works out
// what changed by comparing documents by id and pointer, so a one-plan change costs that plan:
// its entries, its city's shard, its units in the Directory. Update takes the change itself.
//
// The local embedding (Local) hashes character n-grams: deterministic, offline, good enough for
// Chinese, and free. Remote embeddings cost money, so each document's entries are hashed per
// embedder and only changed documents are embedded again; the chromem-go database lives in memory
// and is saved whole to Options.Dir/index.gob (temporary file, then rename), where Open finds it on
// the next start.
package retrieval
