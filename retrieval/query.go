package retrieval

import (
	"context"
	"fmt"
	"sort"
	"strings"

	chromem "github.com/philippgille/chromem-go"

	"github.com/dutybot/dutybot/plan"
)

// TaskRef is a task with the document it belongs to. Both point into the indexed documents, which
// nobody changes after Build; treat them as read-only.
type TaskRef struct {
	Doc  *plan.Document
	Task *plan.Task
}

// UnitTask is one task of a unit, with the unit's role in it.
type UnitTask struct {
	Unit plan.UnitRef
	TaskRef
	Role string // plan.RoleLead or plan.RoleParticipating
}

// DueItem is one dated phrase of a task.
type DueItem struct {
	TaskRef
	Deadline plan.Deadline
}

// Filter narrows structured lookups. Empty fields do not filter.
type Filter struct {
	City  string
	DocID string
	Units []plan.UnitRef // a task must name one of them
}

func (f Filter) match(v *view, r TaskRef) bool {
	if f.City != "" && r.Doc.City != f.City {
		return false
	}
	if f.DocID != "" && r.Doc.ID != f.DocID {
		return false
	}
	if len(f.Units) > 0 {
		for _, u := range f.Units {
			if u.City == r.Doc.City && r.Task.Role(u.Name) != "" {
				return true
			}
		}
		return false
	}
	return true
}

// DocsWithAll returns the documents of the cities whose entries hold every term of phrase (its
// character pairs and words), in build order: a cheap first cut before reading task texts. Below the
// size at which the term index is kept, it returns every document.
func (ix *Index) DocsWithAll(phrase string) []*plan.Document {
	v := ix.current()
	if v.cityTerms == nil {
		return append([]*plan.Document(nil), v.docs...)
	}
	return v.docsWithAll(phrase)
}

// Docs returns the indexed documents in build order.
func (ix *Index) Docs() []*plan.Document { return append([]*plan.Document(nil), ix.current().docs...) }

// Doc returns a document by id.
func (ix *Index) Doc(id string) (*plan.Document, bool) {
	d, ok := ix.current().byID[id]
	return d, ok
}

// Directory resolves unit and city names against the indexed documents.
func (ix *Index) Directory() *plan.Directory { return ix.current().dir }

// Task returns a task by id.
func (ix *Index) Task(id string) (TaskRef, bool) {
	r, ok := ix.current().tasks[id]
	return r, ok
}

// Tasks returns every task f lets through, in document and task order.
func (ix *Index) Tasks(f Filter) []TaskRef {
	v := ix.current()
	var out []TaskRef
	for _, d := range v.docs {
		for i := range d.Tasks {
			r := TaskRef{d, &d.Tasks[i]}
			if f.match(v, r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// UnitTasks returns every task of the units, complete, never cut to a top-k: grouped by unit in the
// order given, each unit's tasks in document and task order. A task that names two of the units
// appears under each.
func (ix *Index) UnitTasks(units []plan.UnitRef) []UnitTask {
	v := ix.current()
	var out []UnitTask
	for _, u := range units {
		ts := append([]UnitTask(nil), v.units[u]...)
		sort.SliceStable(ts, func(i, j int) bool { return v.order[ts[i].Task.ID] < v.order[ts[j].Task.ID] })
		out = append(out, ts...)
	}
	return out
}

// Deadlines returns the dated phrases with from <= date <= to (a zero from or to leaves that end
// open), by date, for the tasks f lets through.
func (ix *Index) Deadlines(f Filter, from, to plan.Day) []DueItem {
	v := ix.current()
	if len(f.Units) > 0 {
		return v.unitDeadlines(f, from, to)
	}
	var out []DueItem
	for _, it := range v.dated {
		d := it.Deadline.Date
		if !from.IsZero() && d.Before(from) {
			continue
		}
		if !to.IsZero() && to.Before(d) {
			break
		}
		if f.match(v, it.TaskRef) {
			out = append(out, it)
		}
	}
	return out
}

// unitDeadlines is Deadlines for a filter naming units: it walks the units' own tasks rather than
// every deadline of every plan, which matters when a name stands for a unit in thousands of cities.
func (v *view) unitDeadlines(f Filter, from, to plan.Day) []DueItem {
	var out []DueItem
	seen := map[string]bool{}
	rest := f
	rest.Units = nil // the tasks come from the units' own lists
	for _, u := range f.Units {
		for _, ut := range v.units[u] {
			if seen[ut.Task.ID] || !rest.match(v, ut.TaskRef) {
				continue
			}
			seen[ut.Task.ID] = true
			for _, d := range ut.Task.Deadlines {
				if d.Date.IsZero() || d.Inherited || (!from.IsZero() && d.Date.Before(from)) || (!to.IsZero() && to.Before(d.Date)) {
					continue
				}
				out = append(out, DueItem{TaskRef: ut.TaskRef, Deadline: d})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if c := out[i].Deadline.Date.Compare(out[j].Deadline.Date); c != 0 {
			return c < 0
		}
		return v.order[out[i].Task.ID] < v.order[out[j].Task.ID]
	})
	return out
}

// Overdue returns the deadlines before today for the tasks f lets through. The plans say nothing
// about what was done, so a passed date is all "overdue" can mean here.
func (ix *Index) Overdue(f Filter, today plan.Day) []DueItem {
	return ix.Deadlines(f, plan.Day{}, today.AddDays(-1))
}

// Query is a free-text search.
type Query struct {
	Text   string
	N      int     // results wanted; 0 means 10
	Grains []Grain // nil means both
	City   string  // only this city's documents
	DocID  string  // only this document
}

// Hit is one search result, copied out of the index.
type Hit struct {
	Grain   Grain
	Doc     *plan.Document
	Task    *plan.Task // nil for a paragraph outside any task
	Section string
	Text    string
	// Score is the fused reciprocal-rank score; higher is better.
	Score float64
	// Coverage is the weighted share of the query's character bigrams and words found in Text:
	// 1 means every term of the question appears in the passage.
	Coverage float64
	// Similarity is the local embedding's cosine similarity.
	Similarity float32
}

// rrfK damps reciprocal-rank fusion so that one list's first place does not swamp the others.
const rrfK = 60

// Search ranks tasks and paragraphs for q. Candidates come from chromem-go nearest-neighbour queries
// with the local embedding (and the remote one when configured); they are re-ranked by fusing those
// rankings with an exact term-coverage ranking, so that hashing collisions in the local embedding
// cannot push a passage holding every term of the question below one that merely looks similar.
func (ix *Index) Search(ctx context.Context, q Query) ([]Hit, error) {
	n := q.N
	if n <= 0 {
		n = 10
	}
	grains := q.Grains
	if len(grains) == 0 {
		grains = []Grain{GrainTask, GrainPara}
	}
	lv, err := ix.opt.Local.Embed(ctx, []string{q.Text})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	if isZero(lv[0]) {
		return nil, nil
	}
	var rv []float32
	if ix.opt.Remote != nil {
		vs, err := ix.opt.Remote.Embed(ctx, []string{q.Text})
		if err != nil {
			ix.log.Warn("remote query embedding failed; ranking with the local embedding", "err", err)
		} else if len(vs) == 1 {
			rv = vs[0]
			normalize(rv)
		}
	}
	want := max(4*n, 40)

	v := ix.current()
	shards := v.shards(q)
	cand := map[string]*Hit{}
	scores := map[string]float64{}
	var lists [][]string
	ix.mu.RLock()
	for _, g := range grains {
		for _, run := range []struct {
			e   Embedder
			vec []float32
		}{{ix.opt.Local, lv[0]}, {ix.opt.Remote, rv}} {
			if run.e == nil || run.vec == nil {
				continue
			}
			var res []chromem.Result
			for _, city := range shards {
				c := ix.colls[collName(g, run.e, city)]
				if c == nil {
					continue
				}
				r, err := queryClamped(ctx, c, run.vec, want, nil)
				if err != nil {
					ix.mu.RUnlock()
					return nil, fmt.Errorf("search %q in %s: %w", q.Text, c.Name, err)
				}
				res = append(res, r...)
			}
			sort.SliceStable(res, func(i, j int) bool { return res[i].Similarity > res[j].Similarity })
			if len(res) > want {
				res = res[:want]
			}
			var list []string
			for _, r := range res {
				e := v.entries[r.ID]
				if e == nil || (q.DocID != "" && e.doc.ID != q.DocID) {
					continue // left over from a document no longer indexed, or filtered
				}
				list = append(list, r.ID)
				if cand[r.ID] == nil {
					cand[r.ID] = &Hit{Grain: e.grain, Doc: e.doc, Task: e.task, Section: e.sect, Text: e.shown()}
				}
				if run.e == ix.opt.Local {
					cand[r.ID].Similarity = r.Similarity
				}
			}
			lists = append(lists, list)
		}
	}
	ix.mu.RUnlock()

	terms := queryTerms(q.Text)
	var lex []string
	for id, h := range cand {
		e := v.entries[id]
		h.Coverage = coverage(terms, Fold(e.embedText()))
		lex = append(lex, id)
	}
	sort.Slice(lex, func(i, j int) bool {
		if cand[lex[i]].Coverage != cand[lex[j]].Coverage {
			return cand[lex[i]].Coverage > cand[lex[j]].Coverage
		}
		return lex[i] < lex[j]
	})
	// Vector lists of the two grains are separate rankings of different things; merging them as
	// they are would put both first places on a par, which is what we want.
	lists = append(lists, lex, lex) // term coverage counts as much as the embeddings together
	for _, l := range lists {
		for rank, id := range l {
			scores[id] += 1 / float64(rrfK+rank+1)
		}
	}
	out := make([]Hit, 0, len(cand))
	for id, h := range cand {
		h.Score = scores[id]
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return hitKey(out[i]) < hitKey(out[j])
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// VectorSearch is plain nearest-neighbour retrieval with the local embedding over the task
// collection, top k: what a generic RAG bot does. It is kept to compare against.
func (ix *Index) VectorSearch(ctx context.Context, text string, k int) ([]TaskRef, error) {
	lv, err := ix.opt.Local.Embed(ctx, []string{text})
	if err != nil || isZero(lv[0]) {
		return nil, err
	}
	v := ix.current()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var res []chromem.Result
	for _, city := range v.cities {
		c := ix.colls[collName(GrainTask, ix.opt.Local, city)]
		if c == nil {
			continue
		}
		r, err := queryClamped(ctx, c, lv[0], k, nil)
		if err != nil {
			return nil, err
		}
		res = append(res, r...)
	}
	sort.SliceStable(res, func(i, j int) bool { return res[i].Similarity > res[j].Similarity })
	if len(res) > k {
		res = res[:k]
	}
	var out []TaskRef
	for _, r := range res {
		if e := v.entries[r.ID]; e != nil && e.task != nil {
			out = append(out, TaskRef{e.doc, e.task})
		}
	}
	return out, nil
}

func hitKey(h Hit) string {
	if h.Task != nil {
		return h.Task.ID
	}
	return h.Doc.ID + h.Section + h.Text
}

// queryClamped asks chromem-go for at most as many results as the collection holds (it fails
// otherwise) and copies the results so that no map is shared with the stored documents.
func queryClamped(ctx context.Context, c *chromem.Collection, vec []float32, n int, where map[string]string) ([]chromem.Result, error) {
	n = min(n, c.Count())
	if n <= 0 {
		return nil, nil
	}
	res, err := c.QueryEmbedding(ctx, vec, n, where, nil)
	if err != nil {
		return nil, err
	}
	out := make([]chromem.Result, len(res))
	for i, r := range res {
		out[i] = chromem.Result{ID: r.ID, Similarity: r.Similarity}
	}
	return out, nil
}

type term struct {
	s string
	h uint64 // as termHashes computes it
	w float64
}

// queryTerms are the bigrams of the question's Han runs and its Latin words and numbers.
func queryTerms(q string) []term {
	seen := map[string]bool{}
	var out []term
	add := func(kind uint64, rs []rune) {
		s := string(rs)
		if !seen[s] {
			seen[s] = true
			out = append(out, term{s, hashRunes(kind, rs), 1})
		}
	}
	scan(q, func(run []rune) {
		for i := 0; i+2 <= len(run); i++ {
			add(2, run[i:i+2])
		}
	}, func(word []rune) { add(0, word) })
	return out
}

// termHashes calls emit with the hash of each term of text, as queryTerms finds them.
func termHashes(text string, emit func(uint64)) {
	scan(text, func(run []rune) {
		for i := 0; i+2 <= len(run); i++ {
			emit(hashRunes(2, run[i:i+2]))
		}
	}, func(word []rune) { emit(hashRunes(0, word)) })
}

// coverage is the share of terms found in text (already folded).
func coverage(terms []term, text string) float64 {
	if len(terms) == 0 {
		return 0
	}
	var got, all float64
	for _, t := range terms {
		all += t.w
		if strings.Contains(text, t.s) {
			got += t.w
		}
	}
	return got / all
}

// Coverage is the weighted share of the terms of q found in text. The bot uses it to tell a
// passage that answers from one that only resembles the question.
func Coverage(q, text string) float64 { return coverage(queryTerms(q), Fold(text)) }

// FindTasks finds the tasks a phrase names ("综合保税区", "多式联运枢纽港"), for "who owns" questions:
// every task whose title holds the phrase; failing that, every task whose text holds it; failing
// that, the search hits whose text covers at least minCoverage of the phrase's terms, best first,
// at most n.
func (ix *Index) FindTasks(ctx context.Context, phrase string, f Filter, n int, minCoverage float64) ([]TaskRef, error) {
	typed := strings.TrimSpace(phrase)
	folded := Fold(typed)
	if typed == "" {
		return nil, nil
	}
	// The plans' text is already clean (the parser folds full-width digits), so the phrase is
	// matched as typed and folded, without folding every task.
	has := func(s string) bool { return strings.Contains(s, typed) || strings.Contains(s, folded) }
	v := ix.current()
	docs := v.docs
	if f.City == "" && f.DocID == "" && v.cityTerms != nil {
		docs = v.docsWithAll(typed)
	}
	var inTitle, inText []TaskRef
	for _, d := range docs {
		if (f.City != "" && d.City != f.City) || (f.DocID != "" && d.ID != f.DocID) {
			continue
		}
		for i := range d.Tasks {
			r := TaskRef{d, &d.Tasks[i]}
			switch {
			case has(r.Task.Title):
				if f.match(v, r) {
					inTitle = append(inTitle, r)
				}
			case len(inTitle) == 0 && has(r.Task.Text):
				if f.match(v, r) {
					inText = append(inText, r)
				}
			}
		}
	}
	if len(inTitle) > 0 {
		return inTitle, nil
	}
	if len(inText) > 0 {
		return inText, nil
	}
	hits, err := ix.Search(ctx, Query{Text: phrase, N: max(n, 1) * 3, Grains: []Grain{GrainTask}, City: f.City, DocID: f.DocID})
	if err != nil {
		return nil, err
	}
	var out []TaskRef
	for _, h := range hits {
		if h.Task == nil || h.Coverage < minCoverage {
			continue
		}
		r := TaskRef{h.Doc, h.Task}
		if f.match(v, r) {
			out = append(out, r)
		}
		if len(out) == n {
			break
		}
	}
	return out, nil
}
