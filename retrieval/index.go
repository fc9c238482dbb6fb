package retrieval

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	chromem "github.com/philippgille/chromem-go"

	"github.com/dutybot/dutybot/plan"
)

// Grain is what one index entry stands for.
type Grain string

// Grains.
const (
	GrainTask Grain = "task" // one numbered task: its title, text, section and units
	GrainPara Grain = "para" // one body paragraph outside any task: goals, figures, measures
)

// SnapshotName is the file the index is saved to inside Options.Dir.
const SnapshotName = "index.gob"

// minParaRunes keeps headings and table-cell fragments ("2023全年", "区发改局") out of the paragraph
// grain: they carry no statement of their own.
const minParaRunes = 12

// Options configure an Index.
type Options struct {
	// Dir holds the snapshot; "" keeps the index in memory only.
	Dir string
	// Local is the offline embedding; nil means NewLocal(0).
	Local Embedder
	// Remote is an optional second embedding (an OpenAI-compatible endpoint); its ranking is fused
	// with Local's.
	Remote Embedder
	// Aliases fold unit names for the directory; nil means plan.DefaultAliases().
	Aliases *plan.Aliases
	Logger  *slog.Logger
}

// Index holds the plans for questions: structured lookups (units, deadlines, cities) over the parsed
// tasks, and chromem-go collections of embedded tasks and paragraphs for free-text search.
//
// chromem-go runs in memory only; its persistent mode loses documents whose 4-byte file-name hashes
// collide, so the whole database is exported to one snapshot file instead (temporary file, then
// rename). Every chromem write happens under mu's write lock and every read under its read lock,
// which also covers chromem's unlocked reads in Delete and Export. Vectors are normalised before
// they go in, nResults is clamped to the collection size, and results are copied out.
type Index struct {
	opt Options
	log *slog.Logger

	buildMu sync.Mutex // one Build at a time

	mu    sync.RWMutex
	db    *chromem.DB
	colls map[string]*chromem.Collection
	view  *view
	dirty bool
}

// errNoEmbed guards against chromem-go embedding on its own: every vector goes in precomputed.
var errNoEmbed = errors.New("retrieval: vectors are computed by the Index, not by chromem-go")

func noEmbed(context.Context, string) ([]float32, error) { return nil, errNoEmbed }

// Open returns an empty index, or the one saved in opt.Dir. A snapshot that cannot be read is
// logged and ignored: the index is a cache and Build fills it again.
func Open(opt Options) (*Index, error) {
	if opt.Local == nil {
		opt.Local = NewLocal(0)
	}
	if opt.Aliases == nil {
		opt.Aliases = plan.DefaultAliases()
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	ix := &Index{opt: opt, log: opt.Logger, db: chromem.NewDB(), colls: map[string]*chromem.Collection{}}
	ix.view = newView(nil, opt.Aliases)
	if opt.Dir == "" {
		return ix, nil
	}
	path := filepath.Join(opt.Dir, SnapshotName)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ix, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open index snapshot: %w", err)
	}
	defer f.Close()
	if err := ix.db.ImportFromReader(f, ""); err != nil {
		ix.log.Warn("index snapshot unreadable; rebuilding", "path", path, "err", err)
		ix.db = chromem.NewDB()
		return ix, nil
	}
	for name := range ix.db.ListCollections() {
		ix.colls[name] = ix.db.GetCollection(name, noEmbed)
	}
	return ix, nil
}

// collection returns the named collection, creating it. Callers hold mu's write lock.
func (ix *Index) collection(name string) (*chromem.Collection, error) {
	if c := ix.colls[name]; c != nil {
		return c, nil
	}
	c, err := ix.db.CreateCollection(name, nil, noEmbed)
	if err != nil {
		return nil, fmt.Errorf("create collection %s: %w", name, err)
	}
	ix.colls[name] = c
	return c, nil
}

// collName names the collection of one grain, embedder and shard. A shard is one city's plans:
// chromem-go searches a collection exhaustively, so a question about one city scans that city's
// entries only, however many plans the index holds.
func collName(g Grain, e Embedder, shard string) string {
	return string(g) + "@" + e.Name() + "#" + shard
}

const manifestName = "manifest"

// BuildStats says what a Build did.
type BuildStats struct {
	Docs     int // documents in the index
	Tasks    int // task entries
	Paras    int // paragraph entries
	Embedded int // entries embedded by this build (per embedder)
	Reused   int // documents whose vectors were kept because their content had not changed
	Removed  int // documents dropped since the snapshot
	// RemoteErr is why the remote embedding could not be refreshed; search then ranks with the
	// local embedding (and whatever remote vectors the snapshot held).
	RemoteErr error
}

// entry is one thing embedded: a task or a paragraph.
type entry struct {
	id    string
	grain Grain
	doc   *plan.Document
	task  *plan.Task // nil for a paragraph
	sect  string
	text  string // a paragraph's text; "" for a task, whose text is built when shown
}

// shown is the entry's text as a hit shows it.
func (e *entry) shown() string {
	if e.task != nil {
		return strings.TrimSpace(e.task.Title + " " + e.task.Text)
	}
	return e.text
}

// embedText is what is embedded and matched for an entry: for a task its section, number, title,
// text and units; for a paragraph its section and text. It is built when needed rather than kept,
// since at scale the copies would cost more memory than the vectors.
func (e *entry) embedText() string {
	if e.task != nil {
		t := e.task
		return strings.Join([]string{t.Section, t.Number + " " + t.Title, t.Text, strings.Join(t.Units(), "、")}, "\n")
	}
	return e.sect + "\n" + e.text
}

// Build makes the index hold exactly docs. Entries of a document are embedded again only when
// their content changed since the last build or snapshot (a hash per document and embedder),
// because remote embeddings cost money. Queries keep running against the previous state until the
// new one is published.
func (ix *Index) Build(ctx context.Context, docs []*plan.Document) (BuildStats, error) {
	ix.buildMu.Lock()
	defer ix.buildMu.Unlock()

	v := newView(docs, ix.opt.Aliases)
	st := BuildStats{Docs: len(v.docs)}
	for _, e := range v.entries {
		if e.grain == GrainTask {
			st.Tasks++
		} else {
			st.Paras++
		}
	}
	embedded, reused, removed, err := ix.sync(ctx, v, ix.opt.Local)
	if err != nil {
		return st, err
	}
	st.Embedded, st.Reused, st.Removed = embedded, reused, removed
	if ix.opt.Remote != nil {
		if n, _, _, err := ix.sync(ctx, v, ix.opt.Remote); err != nil {
			if ctx.Err() != nil {
				return st, err
			}
			st.RemoteErr = err
			ix.log.Warn("remote embeddings not refreshed; searching with the local embedding", "err", err)
		} else {
			st.Embedded += n
		}
	}
	ix.mu.Lock()
	ix.view = v
	ix.mu.Unlock()
	ix.log.Debug("index built", "docs", st.Docs, "tasks", st.Tasks, "paras", st.Paras, "embedded", st.Embedded, "reused", st.Reused)
	return st, nil
}

type manifestEntry struct {
	hash, city string
	ids        []string
}

// sync brings the collections of embedder e in line with v. It embeds outside the lock and writes
// under it.
func (ix *Index) sync(ctx context.Context, v *view, e Embedder) (embedded, reused, removed int, err error) {
	ix.mu.RLock()
	old, err := ix.readManifest(e)
	ix.mu.RUnlock()
	if err != nil {
		return 0, 0, 0, err
	}

	var todo []pending
	keep := map[string]bool{}
	for _, d := range v.docs {
		ents := v.byDoc[d.ID]
		h := entriesHash(e.Name(), ents)
		keep[d.ID] = true
		if m, ok := old[d.ID]; ok && m.hash == h {
			reused++
			continue
		}
		todo = append(todo, pending{d, h, ents})
	}

	coll := func(g Grain, city string) (*chromem.Collection, error) { return ix.collection(collName(g, e, city)) }
	// drop deletes what the snapshot held for a document. Callers hold mu.
	drop := func(docID string) error {
		m, ok := old[docID]
		if !ok {
			return nil
		}
		byGrain := map[Grain][]string{}
		for _, id := range m.ids {
			g := Grain(id[:strings.IndexByte(id, '|')])
			byGrain[g] = append(byGrain[g], id)
		}
		for g, ids := range byGrain {
			c, err := coll(g, m.city)
			if err != nil {
				return err
			}
			if err := c.Delete(ctx, nil, nil, ids...); err != nil {
				return fmt.Errorf("delete %d entries of %s: %w", len(ids), docID, err)
			}
		}
		return ix.colls[manifestName].Delete(ctx, nil, nil, manifestID(e, docID))
	}

	ix.mu.Lock()
	_, err = ix.collection(manifestName)
	for docID := range old {
		if err == nil && !keep[docID] {
			if err = drop(docID); err == nil {
				removed++
			}
		}
	}
	if removed > 0 {
		ix.dirty = true
	}
	ix.mu.Unlock()
	if err != nil {
		return 0, 0, 0, err
	}

	// Documents are embedded and added in batches, so that the texts and vectors in flight stay a
	// batch's worth however many plans change at once.
	const batchDocs = 256
	for start := 0; start < len(todo); start += batchDocs {
		batch := todo[start:min(start+batchDocs, len(todo))]
		var texts []string
		for _, p := range batch {
			for _, en := range p.ents {
				texts = append(texts, en.embedText())
			}
		}
		vecs, err := embedAll(ctx, e, texts)
		if err != nil {
			return embedded, reused, removed, err
		}
		n, err := ix.apply(ctx, e, batch, vecs, coll, drop)
		embedded += n
		if err != nil {
			return embedded, reused, removed, err
		}
	}
	return embedded, reused, removed, nil
}

type pending struct {
	doc  *plan.Document
	hash string
	ents []*entry
}

// apply replaces the entries of a batch of documents with their new vectors, under the write lock.
func (ix *Index) apply(ctx context.Context, e Embedder, batch []pending, vecs [][]float32,
	coll func(Grain, string) (*chromem.Collection, error), drop func(string) error) (embedded int, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.dirty = true
	man := ix.colls[manifestName]
	i := 0
	for _, p := range batch {
		if err := drop(p.doc.ID); err != nil {
			return embedded, err
		}
		ids := make([]string, 0, len(p.ents))
		for _, en := range p.ents {
			vec := vecs[i]
			i++
			ids = append(ids, en.id)
			if isZero(vec) {
				continue // nothing to match on; a zero vector would turn into NaNs
			}
			c, err := coll(en.grain, p.doc.City)
			if err != nil {
				return embedded, err
			}
			if err := c.AddDocument(ctx, chromem.Document{ID: en.id, Embedding: vec}); err != nil {
				return embedded, fmt.Errorf("add %s: %w", en.id, err)
			}
			embedded++
		}
		// The manifest records, per document and embedder, the hash of what was embedded and the
		// entry ids, so a restart knows what to keep and what to delete. Its vector is a constant so
		// that a query for it lists every record.
		rec := chromem.Document{
			ID:        manifestID(e, p.doc.ID),
			Embedding: []float32{1},
			Metadata:  map[string]string{"embedder": e.Name(), "doc": p.doc.ID, "city": p.doc.City, "hash": p.hash},
			Content:   strings.Join(ids, "\n"),
		}
		if len(ids) == 0 {
			rec.Content = "-"
		}
		if err := man.AddDocument(ctx, rec); err != nil {
			return embedded, fmt.Errorf("record %s: %w", p.doc.ID, err)
		}
	}
	return embedded, nil
}

func manifestID(e Embedder, docID string) string { return e.Name() + "|" + docID }

// readManifest lists what the collections of e hold, by document. Callers hold mu.
func (ix *Index) readManifest(e Embedder) (map[string]manifestEntry, error) {
	out := map[string]manifestEntry{}
	man := ix.colls[manifestName]
	if man == nil || man.Count() == 0 {
		return out, nil
	}
	res, err := man.QueryEmbedding(context.Background(), []float32{1}, man.Count(), map[string]string{"embedder": e.Name()}, nil)
	if err != nil {
		return nil, fmt.Errorf("read index manifest: %w", err)
	}
	for _, r := range res {
		var ids []string
		if r.Content != "-" {
			ids = strings.Split(r.Content, "\n")
		}
		out[r.Metadata["doc"]] = manifestEntry{hash: r.Metadata["hash"], city: r.Metadata["city"], ids: ids}
	}
	return out, nil
}

func entriesHash(embedder string, ents []*entry) string {
	h := sha256.New()
	h.Write([]byte(embedder))
	for _, e := range ents {
		h.Write([]byte{0})
		h.Write([]byte(e.id))
		h.Write([]byte{0})
		h.Write([]byte(e.embedText()))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// embedAll embeds texts in chunks, checking ctx between them; the local embedding runs on every
// CPU, a remote one sequentially.
func embedAll(ctx context.Context, e Embedder, texts []string) ([][]float32, error) {
	const chunk = 256
	out := make([][]float32, len(texts))
	workers := 1
	if _, ok := e.(Local); ok {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		wg    sync.WaitGroup
		errMu sync.Mutex
		first error
	)
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range next {
				end := min(start+chunk, len(texts))
				vecs, err := e.Embed(ctx, texts[start:end])
				if err == nil && len(vecs) != end-start {
					err = fmt.Errorf("embedder %s returned %d vectors for %d texts", e.Name(), len(vecs), end-start)
				}
				if err != nil {
					errMu.Lock()
					if first == nil {
						first = err
					}
					errMu.Unlock()
					continue
				}
				for i, v := range vecs {
					normalize(v)
					out[start+i] = v
				}
			}
		}()
	}
	for start := 0; start < len(texts); start += chunk {
		errMu.Lock()
		failed := first != nil
		errMu.Unlock()
		if failed {
			break
		}
		if err := ctx.Err(); err != nil {
			close(next)
			wg.Wait()
			return nil, err
		}
		next <- start
	}
	close(next)
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return out, nil
}

func isZero(v []float32) bool {
	for _, x := range v {
		if x != 0 {
			return false
		}
	}
	return true
}

// Save writes the snapshot when the index changed since it was opened or saved: a temporary file
// in Dir, synced, then renamed over the old snapshot, so a crash leaves the old one or the new
// one, never half of either.
func (ix *Index) Save() error {
	if ix.opt.Dir == "" {
		return nil
	}
	ix.mu.Lock() // a write lock: Export reads chromem's maps without chromem's own locks
	defer ix.mu.Unlock()
	if !ix.dirty {
		return nil
	}
	if err := os.MkdirAll(ix.opt.Dir, 0o755); err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	tmp, err := os.CreateTemp(ix.opt.Dir, SnapshotName+".*.tmp")
	if err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	w := bufio.NewWriterSize(tmp, 1<<20)
	if err := ix.db.ExportToWriter(w, false, ""); err != nil {
		tmp.Close()
		return fmt.Errorf("save index: %w", err)
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("save index: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save index: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(ix.opt.Dir, SnapshotName)); err != nil {
		return fmt.Errorf("save index: %w", err)
	}
	ix.dirty = false
	return nil
}

// view is the structured side of the index for one set of documents. It is built whole and never
// changed after Build publishes it, so readers use it without locks.
type view struct {
	docs    []*plan.Document
	byID    map[string]*plan.Document
	tasks   map[string]TaskRef
	order   map[string]int // task id → position across all documents
	entries map[string]*entry
	byDoc   map[string][]*entry
	units   map[plan.UnitRef][]UnitTask
	dir     *plan.Directory
	dated   []DueItem // every deadline, by date then task order
	cities  []string  // the shards, in document order

	// cityTerms maps each term (character bigram or word) to the cities whose entries hold it,
	// so that a search naming no city can pick the shards worth scanning; built only when the
	// index is too large to scan whole.
	cityTerms map[uint64][]int32
}

// exhaustiveLimit is how many entries a search naming no city scans whole; above it, the shards
// of the prefilterCities cities whose entries hold most of the question's terms are scanned.
const (
	exhaustiveLimit = 60000
	prefilterCities = 24
)

// shards returns the cities whose collections a search scans.
func (v *view) shards(q Query) []string {
	switch {
	case q.City != "":
		return []string{q.City}
	case q.DocID != "":
		if d := v.byID[q.DocID]; d != nil {
			return []string{d.City}
		}
		return nil
	case v.cityTerms == nil:
		return v.cities
	}
	score := make(map[int32]float64)
	for _, t := range queryTerms(q.Text) {
		cs := v.cityTerms[t.h]
		if len(cs) == 0 {
			continue
		}
		// Rare terms say more about where to look than common ones.
		w := t.w / float64(len(cs))
		for _, c := range cs {
			score[c] += w
		}
	}
	idx := make([]int32, 0, len(score))
	for c := range score {
		idx = append(idx, c)
	}
	sort.Slice(idx, func(i, j int) bool {
		if score[idx[i]] != score[idx[j]] {
			return score[idx[i]] > score[idx[j]]
		}
		return idx[i] < idx[j]
	})
	if len(idx) > prefilterCities {
		idx = idx[:prefilterCities]
	}
	out := make([]string, len(idx))
	for i, c := range idx {
		out[i] = v.cities[c]
	}
	return out
}

// docsWithAll returns the documents of the cities whose entries hold every term of phrase: the
// only ones where a task can contain it.
func (v *view) docsWithAll(phrase string) []*plan.Document {
	terms := queryTerms(phrase)
	if len(terms) == 0 {
		return v.docs
	}
	count := map[int32]int{}
	for _, t := range terms {
		seen := map[int32]bool{}
		for _, c := range v.cityTerms[t.h] {
			if !seen[c] {
				seen[c] = true
				count[c]++
			}
		}
	}
	keep := map[string]bool{}
	for c, n := range count {
		if n == len(terms) {
			keep[v.cities[c]] = true
		}
	}
	var out []*plan.Document
	for _, d := range v.docs {
		if keep[d.City] {
			out = append(out, d)
		}
	}
	return out
}

// buildCityTerms indexes which cities hold which terms.
func (v *view) buildCityTerms() {
	cityIdx := map[string]int32{}
	for i, c := range v.cities {
		cityIdx[c] = int32(i)
	}
	v.cityTerms = map[uint64][]int32{}
	seen := map[uint64]bool{}
	for _, d := range v.docs {
		ci := cityIdx[d.City]
		clear(seen)
		add := func(h uint64) {
			if !seen[h] {
				seen[h] = true
				if l := v.cityTerms[h]; len(l) == 0 || l[len(l)-1] != ci {
					v.cityTerms[h] = append(l, ci)
				}
			}
		}
		for _, e := range v.byDoc[d.ID] {
			termHashes(e.embedText(), add)
		}
	}
}

func newView(docs []*plan.Document, aliases *plan.Aliases) *view {
	v := &view{
		byID:    map[string]*plan.Document{},
		tasks:   map[string]TaskRef{},
		order:   map[string]int{},
		entries: map[string]*entry{},
		byDoc:   map[string][]*entry{},
		units:   map[plan.UnitRef][]UnitTask{},
	}
	for _, d := range docs {
		if _, dup := v.byID[d.ID]; dup {
			continue
		}
		v.docs = append(v.docs, d)
		v.byID[d.ID] = d
		for i := range d.Tasks {
			t := &d.Tasks[i]
			v.tasks[t.ID] = TaskRef{Doc: d, Task: t}
			v.order[t.ID] = len(v.order)
			v.add(&entry{id: string(GrainTask) + "|" + t.ID, grain: GrainTask, doc: d, task: t, sect: t.Section})
			for _, u := range t.Lead {
				ref := plan.UnitRef{City: d.City, Name: u}
				v.units[ref] = append(v.units[ref], UnitTask{Unit: ref, TaskRef: TaskRef{d, t}, Role: plan.RoleLead})
			}
			for _, u := range t.Participating {
				ref := plan.UnitRef{City: d.City, Name: u}
				if t.Role(u) == plan.RoleLead {
					continue
				}
				v.units[ref] = append(v.units[ref], UnitTask{Unit: ref, TaskRef: TaskRef{d, t}, Role: plan.RoleParticipating})
			}
			for _, dl := range t.Deadlines {
				// A date inherited from the plan's period is the plan's, not the task's: it is no
				// deadline to list as due or overdue.
				if !dl.Date.IsZero() && !dl.Inherited {
					v.dated = append(v.dated, DueItem{TaskRef: TaskRef{d, t}, Deadline: dl})
				}
			}
		}
		for i, p := range d.Paras {
			if p.TaskID != "" || utf8.RuneCountInString(p.Text) < minParaRunes {
				continue
			}
			v.add(&entry{id: string(GrainPara) + "|" + d.ID + "|" + strconv.Itoa(i), grain: GrainPara, doc: d,
				sect: p.Section, text: p.Text})
		}
	}
	sort.SliceStable(v.dated, func(i, j int) bool {
		if c := v.dated[i].Deadline.Date.Compare(v.dated[j].Deadline.Date); c != 0 {
			return c < 0
		}
		return v.order[v.dated[i].Task.ID] < v.order[v.dated[j].Task.ID]
	})
	seenCity := map[string]bool{}
	for _, d := range v.docs {
		if !seenCity[d.City] {
			seenCity[d.City] = true
			v.cities = append(v.cities, d.City)
		}
	}
	if len(v.entries) > exhaustiveLimit {
		v.buildCityTerms()
	}
	v.dir = plan.NewDirectory(v.docs, aliases)
	return v
}

func (v *view) add(e *entry) {
	if _, dup := v.entries[e.id]; dup {
		return
	}
	v.entries[e.id] = e
	v.byDoc[e.doc.ID] = append(v.byDoc[e.doc.ID], e)
}

func (ix *Index) current() *view {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.view
}
