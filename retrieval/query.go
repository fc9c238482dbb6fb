package retrieval

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

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

func (f Filter) match(r TaskRef) bool {
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

// Docs returns the indexed documents in index order: the order Build was given, with documents
// Update adds at the end.
func (ix *Index) Docs() []*plan.Document {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	out := make([]*plan.Document, len(ix.docs))
	for i, e := range ix.docs {
		out[i] = e.doc
	}
	return out
}

// DocsWithAll returns the documents of the cities where some plan holds every rarer term of phrase
// (its character pairs and words; a term most cities hold is taken to be everywhere), in index
// order: a cheap first cut before reading task texts. While the index has no more cities than a
// search scans (prefilterCities), it returns every document.
func (ix *Index) DocsWithAll(phrase string) []*plan.Document {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	es := ix.docs
	if len(ix.order) > prefilterCities {
		es = ix.docsHolding(phrase, Filter{})
	}
	out := make([]*plan.Document, len(es))
	for i, e := range es {
		out[i] = e.doc
	}
	return out
}

// Doc returns a document by id.
func (ix *Index) Doc(id string) (*plan.Document, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if e := ix.byID[id]; e != nil {
		return e.doc, true
	}
	return nil, false
}

// Directory resolves unit and city names against the indexed documents. It never changes; after
// a change of plans Directory returns a new one.
func (ix *Index) Directory() *plan.Directory {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.dir
}

// Task returns a task by id.
func (ix *Index) Task(id string) (TaskRef, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	// A task id starts with its document's id; a task elsewhere is found by looking.
	if docID, _, ok := strings.Cut(id, ":"); ok {
		if e := ix.byID[docID]; e != nil {
			for i := range e.doc.Tasks {
				if e.doc.Tasks[i].ID == id {
					return TaskRef{e.doc, &e.doc.Tasks[i]}, true
				}
			}
		}
	}
	for _, e := range ix.docs {
		for i := range e.doc.Tasks {
			if e.doc.Tasks[i].ID == id {
				return TaskRef{e.doc, &e.doc.Tasks[i]}, true
			}
		}
	}
	return TaskRef{}, false
}

// docsOf returns the documents a filter can let through: one document, one city's or all.
// Callers hold the read lock.
func (ix *Index) docsOf(f Filter) []*docEntry {
	switch {
	case f.DocID != "":
		if e := ix.byID[f.DocID]; e != nil {
			return []*docEntry{e}
		}
		return nil
	case f.City != "":
		if s := ix.shards[f.City]; s != nil {
			return s.docs
		}
		return nil
	}
	return ix.docs
}

// Tasks returns every task f lets through, in document and task order.
func (ix *Index) Tasks(f Filter) []TaskRef {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var out []TaskRef
	for _, e := range ix.docsOf(f) {
		for i := range e.doc.Tasks {
			r := TaskRef{e.doc, &e.doc.Tasks[i]}
			if f.match(r) {
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
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	n := 0 // room for them at once: a unit asked of every city has 28,000 at 10,000 plans
	for _, u := range units {
		if s := ix.shards[u.City]; s != nil && s.units != nil {
			n += len(s.units.of(u.Name))
		}
	}
	var out []UnitTask
	if n > 0 {
		out = make([]UnitTask, 0, n)
	}
	for _, u := range units {
		s := ix.shards[u.City]
		if s == nil {
			continue
		}
		s.unitTasks(u.Name, func(d *docEntry, task int, lead bool) {
			role := plan.RoleParticipating
			if lead {
				role = plan.RoleLead
			}
			out = append(out, UnitTask{Unit: u, TaskRef: TaskRef{d.doc, &d.doc.Tasks[task]}, Role: role})
		})
	}
	return out
}

func (r dueRef) item() DueItem {
	t := &r.d.doc.Tasks[r.task]
	return DueItem{TaskRef: TaskRef{r.d.doc, t}, Deadline: t.Deadlines[r.dl]}
}

// Deadlines returns the dated phrases with from <= date <= to (a zero from or to leaves that end
// open), by date, for the tasks f lets through.
func (ix *Index) Deadlines(f Filter, from, to plan.Day) []DueItem {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if len(f.Units) > 0 {
		return ix.unitDeadlines(f, from, to)
	}
	if f.City != "" || f.DocID != "" {
		// One city's or plan's: its own few plans, read directly.
		var out []dueRef
		for _, e := range ix.docsOf(f) {
			for _, r := range e.dated() {
				if (from.IsZero() || r.date >= dayKey(from)) && (to.IsZero() || r.date <= dayKey(to)) {
					out = append(out, r)
				}
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].less(out[j]) })
		items := make([]DueItem, len(out))
		for i, r := range out {
			items[i] = r.item()
		}
		return items
	}
	var lo, hi int32
	if !from.IsZero() {
		lo = dayKey(from)
	}
	if !to.IsZero() {
		hi = dayKey(to)
	}
	var out []DueItem
	ix.dated.each(lo, func(r dueRef) bool {
		if hi > 0 && r.date > hi {
			return false
		}
		if (f.City == "" || r.d.doc.City == f.City) && (f.DocID == "" || r.d.doc.ID == f.DocID) {
			out = append(out, r.item())
		}
		return true
	})
	return out
}

// unitDeadlines is Deadlines for a filter naming units: it walks the units' own tasks rather than
// every deadline of every plan, which matters when a name stands for a unit in thousands of cities.
// Callers hold the read lock.
func (ix *Index) unitDeadlines(f Filter, from, to plan.Day) []DueItem {
	var out []dueRef
	for _, u := range f.Units {
		s := ix.shards[u.City]
		if s == nil {
			continue
		}
		s.unitTasks(u.Name, func(e *docEntry, task int, _ bool) {
			d := e.doc
			if (f.City != "" && d.City != f.City) || (f.DocID != "" && d.ID != f.DocID) {
				return
			}
			for di, dl := range d.Tasks[task].Deadlines {
				if dl.Date.IsZero() || dl.Inherited || (!from.IsZero() && dl.Date.Before(from)) || (!to.IsZero() && to.Before(dl.Date)) {
					continue
				}
				out = append(out, dueRef{e, int32(task), int32(di), dayKey(dl.Date)})
			}
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].less(out[j]) })
	// A task two of the units share, or one a unit is named in twice, is listed once: its
	// deadlines sort next to each other.
	out = slices.CompactFunc(out, func(a, b dueRef) bool { return a.d == b.d && a.task == b.task && a.dl == b.dl })
	items := make([]DueItem, len(out))
	for i, r := range out {
		items[i] = r.item()
	}
	return items
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
	rv := ix.remoteQueryVector(ctx, q.Text)
	want := max(4*n, 40)

	cand := map[string]*candidate{}
	var lists [][]string
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	shards := ix.shardsFor(q)
	for _, g := range grains {
		for _, run := range []struct {
			e   Embedder
			vec []float32
		}{{ix.opt.Local, lv[0]}, {ix.opt.Remote, rv}} {
			if run.e == nil || run.vec == nil {
				continue
			}
			list, err := ix.vectorList(ctx, q, g, run.e, run.vec, shards, want, cand)
			if err != nil {
				return nil, err
			}
			lists = append(lists, list)
		}
	}
	if list := ix.lexicalCandidates(q, grains, shards, want, cand); len(list) > 0 {
		lists = append(lists, list)
	}
	return fuse(q.Text, cand, lists, n), nil
}

// lexScanLimit is how many entries a search may read word by word besides ranking them by their
// vectors: a plan's or a city's few hundred entries. The local vectors are small hashes of a long
// text's n-grams, so a short question ("养老床位") can miss the one task that holds all its words
// among a city's few hundred; reading them finds it. Larger scopes rely on the vectors alone.
const lexScanLimit = 4000

// lexicalCandidates adds to the candidates the entries of the shards searched that hold most of the
// question's terms (at least half, by weight), when the shards hold at most lexScanLimit entries:
// it returns their ids, best first, a ranking fuse counts beside the vectors'. Callers hold the read
// lock.
func (ix *Index) lexicalCandidates(q Query, grains []Grain, shards []string, want int, cand map[string]*candidate) []string {
	var docs []*docEntry
	total := 0
	for _, city := range shards {
		s := ix.shards[city]
		if s == nil {
			continue
		}
		for _, e := range s.docs {
			if q.DocID != "" && e.doc.ID != q.DocID {
				continue
			}
			total += e.entries()
			docs = append(docs, e)
		}
		if total > lexScanLimit {
			return nil
		}
	}
	terms := queryTerms(q.Text)
	if len(terms) == 0 {
		return nil
	}
	type scored struct {
		e   *docEntry
		k   int
		cov float64
	}
	var found []scored
	var all float64
	for _, t := range terms {
		all += t.w
	}
	var parts []string
	for _, e := range docs {
		for k := range e.entries() {
			if !slices.Contains(grains, e.grain(k)) {
				continue
			}
			parts = parts[:0]
			e.parts(k, func(part string) {
				if part != "" {
					parts = append(parts, part)
				}
			})
			// Term by term, giving up once the terms left cannot make half the weight.
			got, left := 0.0, all
			for _, t := range terms {
				if got+left < all/2 {
					break
				}
				left -= t.w
				for _, part := range parts {
					if strings.Contains(part, t.s) {
						got += t.w
						break
					}
				}
			}
			if cov := got / all; cov >= 0.5 {
				found = append(found, scored{e, k, cov})
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].cov > found[j].cov })
	var list []string
	for _, f := range found[:min(len(found), want)] {
		id := entryID(f.e.doc.ID, f.k)
		if cand[id] == nil {
			cand[id] = &candidate{hit: f.e.hit(f.k), e: f.e, k: f.k}
		}
		list = append(list, id)
	}
	return list
}

// candidate is an entry some ranking found.
type candidate struct {
	hit Hit
	e   *docEntry
	k   int
}

// remoteQueryVector embeds the question with the remote model, or nil (without one, or when it fails:
// the local embedding ranks alone).
func (ix *Index) remoteQueryVector(ctx context.Context, text string) []float32 {
	if ix.opt.Remote == nil {
		return nil
	}
	vs, err := ix.opt.Remote.Embed(ctx, []string{text})
	if err != nil {
		ix.log.Warn("remote query embedding failed; ranking with the local embedding", "err", err)
		return nil
	}
	if len(vs) != 1 {
		return nil
	}
	normalize(vs[0])
	return vs[0]
}

// vectorList ranks one grain's entries by one embedder's vector over the shards searched, best first
// (at most want), and adds what it finds to the candidates. Callers hold the read lock.
func (ix *Index) vectorList(ctx context.Context, q Query, g Grain, emb Embedder, vec []float32, shards []string, want int, cand map[string]*candidate) ([]string, error) {
	var res []chromem.Result
	for _, city := range shards {
		c := ix.colls[collName(g, emb, city)]
		if c == nil {
			continue
		}
		r, err := queryClamped(ctx, c, vec, want, nil)
		if err != nil {
			return nil, fmt.Errorf("search %q in %s: %w", q.Text, c.Name, err)
		}
		res = append(res, r...)
	}
	sort.Slice(res, func(i, j int) bool {
		if res[i].Similarity != res[j].Similarity {
			return res[i].Similarity > res[j].Similarity
		}
		return res[i].ID < res[j].ID // plans copied between cities tie
	})
	if len(res) > want {
		res = res[:want]
	}
	var list []string
	for _, r := range res {
		e, k := ix.entry(r.ID)
		if e == nil || e.grain(k) != g || (q.DocID != "" && e.doc.ID != q.DocID) {
			continue // left over from a document no longer indexed, or filtered
		}
		list = append(list, r.ID)
		if cand[r.ID] == nil {
			cand[r.ID] = &candidate{hit: e.hit(k), e: e, k: k}
		}
		if emb == ix.opt.Local {
			cand[r.ID].hit.Similarity = r.Similarity
		}
	}
	return list, nil
}

// fuse ranks the candidates by reciprocal rank fusion of the vector lists and the question's term
// coverage, and keeps the best n.
func fuse(text string, cand map[string]*candidate, lists [][]string, n int) []Hit {
	terms := queryTerms(text)
	lex := make([]string, 0, len(cand))
	for id, c := range cand {
		c.hit.Coverage = coverage(terms, Fold(c.e.text(c.k)))
		lex = append(lex, id)
	}
	sort.Slice(lex, func(i, j int) bool {
		a, b := cand[lex[i]], cand[lex[j]]
		if a.hit.Coverage != b.hit.Coverage {
			return a.hit.Coverage > b.hit.Coverage
		}
		return a.e.tieKey(a.k) < b.e.tieKey(b.k)
	})
	// Vector lists of the two grains are separate rankings of different things; merging them as
	// they are would put both first places on a par, which is what we want.
	lists = append(lists, lex, lex) // term coverage counts as much as the embeddings together
	scores := map[string]float64{}
	for _, l := range lists {
		for rank, id := range l {
			scores[id] += 1 / float64(rrfK+rank+1)
		}
	}
	out := make([]Hit, 0, len(cand))
	for id, c := range cand {
		c.hit.Score = scores[id]
		out = append(out, c.hit)
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
	return out
}

// entry finds the document and number of an entry id; nil when the document is gone or no longer
// has that entry (a remote vector left from an older version). Callers hold the read lock.
func (ix *Index) entry(id string) (*docEntry, int) {
	docID, k, ok := parseEntryID(id)
	if !ok {
		return nil, 0
	}
	e := ix.byID[docID]
	if e == nil || k >= e.entries() {
		return nil, 0
	}
	return e, k
}

// prefilterCities is how many shards a search naming no city scans when the index has more: the
// shards whose plans hold most of the question's rarer terms.
const prefilterCities = 24

// shardsFor returns the cities whose collections a search scans. Callers hold the read lock.
func (ix *Index) shardsFor(q Query) []string {
	switch {
	case q.City != "":
		return []string{q.City}
	case q.DocID != "":
		if e := ix.byID[q.DocID]; e != nil {
			return []string{e.doc.City}
		}
		return nil
	}
	all := ix.order
	if len(all) > prefilterCities && ix.terms != nil {
		score := map[int32]float64{}
		for _, t := range queryTerms(q.Text) {
			ids, common := ix.terms.holders(t.h)
			if common || len(ids) == 0 {
				continue
			}
			// Rare terms say more about where to look than common ones.
			w := t.w / float64(len(ids))
			for _, id := range ids {
				score[id] += w
			}
		}
		if len(score) > 0 {
			var scored []*shard
			for _, s := range all {
				if score[s.id] > 0 {
					scored = append(scored, s)
				}
			}
			sort.SliceStable(scored, func(i, j int) bool { return score[scored[i].id] > score[scored[j].id] })
			all = scored
		}
		// A question of common words only (服务业, 建设) says nothing about where to look: the
		// first plans' cities are scanned.
		all = all[:min(len(all), prefilterCities)]
	}
	out := make([]string, len(all))
	for i, s := range all {
		out[i] = s.city
	}
	return out
}

// VectorSearch is plain nearest-neighbour retrieval with the local embedding over the task
// collection, top k: what a generic RAG bot does. It is kept to compare against.
func (ix *Index) VectorSearch(ctx context.Context, text string, k int) ([]TaskRef, error) {
	lv, err := ix.opt.Local.Embed(ctx, []string{text})
	if err != nil || isZero(lv[0]) {
		return nil, err
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var res []chromem.Result
	for _, s := range ix.order {
		c := ix.colls[collName(GrainTask, ix.opt.Local, s.city)]
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
		if e, n := ix.entry(r.ID); e != nil && n < len(e.doc.Tasks) {
			out = append(out, TaskRef{e.doc, &e.doc.Tasks[n]})
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

// Terms are the terms of a question, worked out once for Coverage over many texts (a question asked
// of every plan's sentences).
type Terms struct{ ts []term }

// QueryTerms are the terms of q as Coverage reads them.
func QueryTerms(q string) Terms { return Terms{queryTerms(q)} }

// Coverage is Coverage(q, text) for the q these terms are of.
func (t Terms) Coverage(text string) float64 { return coverage(t.ts, Fold(text)) }

// Bound is at least t.Coverage(text) for every text in which has reports false for no Han
// character it holds: a term of Han characters only counts when has reports each of them, any other
// term always counts. It tells a text that cannot reach a coverage without folding it.
func (t Terms) Bound(has func(rune) bool) float64 {
	if len(t.ts) == 0 {
		return 0
	}
	var got, all float64
	for _, x := range t.ts {
		all += x.w
		ok := true
		for _, r := range x.s {
			if r >= 0x3400 && unicode.Is(unicode.Han, r) && !has(r) {
				ok = false
				break
			}
		}
		if ok {
			got += x.w
		}
	}
	return got / all
}

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
	has := func(s string) bool { return strings.Contains(s, typed) }
	if folded != typed {
		has = func(s string) bool { return strings.Contains(s, typed) || strings.Contains(s, folded) }
	}
	var inTitle, inText []TaskRef
	ix.mu.RLock()
	for _, e := range ix.docsHolding(typed, f) {
		for i := range e.doc.Tasks {
			r := TaskRef{e.doc, &e.doc.Tasks[i]}
			switch {
			case has(r.Task.Title):
				if f.match(r) {
					inTitle = append(inTitle, r)
				}
			case len(inTitle) == 0 && has(r.Task.Text):
				if f.match(r) {
					inText = append(inText, r)
				}
			}
		}
	}
	ix.mu.RUnlock()
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
		if f.match(r) {
			out = append(out, r)
		}
		if len(out) == n {
			break
		}
	}
	return out, nil
}

// docsHolding returns the documents f lets through in whose city some plan holds every rarer term
// of phrase: the only ones where a task can contain it. Callers hold the read lock.
func (ix *Index) docsHolding(phrase string, f Filter) []*docEntry {
	docs := ix.docsOf(f)
	if f.City != "" || f.DocID != "" || ix.terms == nil {
		return docs
	}
	var keep map[int32]bool
	for _, t := range queryTerms(phrase) {
		ids, common := ix.terms.holders(t.h)
		if common {
			continue
		}
		next := make(map[int32]bool, len(ids))
		for _, id := range ids {
			if keep == nil || keep[id] {
				next[id] = true
			}
		}
		keep = next
	}
	if keep == nil {
		return docs
	}
	var out []*docEntry
	for _, e := range docs {
		if keep[e.shard.id] {
			out = append(out, e)
		}
	}
	return out
}
