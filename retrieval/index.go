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
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

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
// A change of plans touches only the changed plans: their entries, their city's shard and their
// units in the Directory. Build works out what changed from the whole set (the plan store's
// listener hands it every plan each time) by comparing documents by id and pointer; Update takes
// the change itself.
//
// chromem-go runs in memory only; its persistent mode loses documents whose 4-byte file-name hashes
// collide, so the whole database is exported to one snapshot file instead (temporary file, then
// rename). Every chromem write happens under mu's write lock and every read under its read lock,
// which also covers chromem's unlocked reads in Delete and Export. Vectors are normalised before
// they go in, nResults is clamped to the collection size, and results are copied out.
type Index struct {
	opt Options
	log *slog.Logger

	writeMu sync.Mutex // one Build or Update at a time

	mu      sync.RWMutex
	db      *chromem.DB
	colls   map[string]*chromem.Collection
	man     map[string]map[string]manifestEntry // embedder → document id → what its collections hold
	stale   map[string]bool                     // documents whose remote vectors could not be refreshed
	docs    []*docEntry                         // in index order
	byID    map[string]*docEntry
	shards  map[string]*shard // by city
	order   []*shard          // by their first document
	freeIDs []int32           // shard ids to reuse
	nextID  int32
	dated   dueList    // every dated deadline, by date, then document and task order
	terms   *termIndex // nil while the index has few cities: every search scans them all
	dir     *plan.Directory
	tasks   int    // task entries
	paras   int    // paragraph entries
	changes uint64 // chromem changes made; under mu
	saved   uint64 // changes the snapshot holds; under saveMu

	saveMu  sync.Mutex // one Save at a time
	later   sync.Mutex // guards saving, again
	saving  bool       // a SaveLater goroutine runs
	again   bool       // a change came while it ran
	lastRun time.Time
}

// errNoEmbed guards against chromem-go embedding on its own: every vector goes in precomputed.
var errNoEmbed = errors.New("retrieval: vectors are computed by the Index, not by chromem-go")

func noEmbed(context.Context, string) ([]float32, error) { return nil, errNoEmbed }

// manifestName is the collection that records, per document and embedder, what the other
// collections hold. The version changes whenever entry ids or hashes change meaning; a snapshot
// without it is dropped whole.
const manifestName = "manifest/2"

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
	ix := &Index{opt: opt, log: opt.Logger, db: chromem.NewDB(), colls: map[string]*chromem.Collection{},
		man: map[string]map[string]manifestEntry{}, stale: map[string]bool{}, byID: map[string]*docEntry{},
		shards: map[string]*shard{}, dir: plan.NewDirectory(nil, opt.Aliases)}
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
	if ix.db.GetCollection(manifestName, noEmbed) == nil {
		ix.log.Info("index snapshot from an older version; rebuilding", "path", path)
		ix.db = chromem.NewDB()
		return ix, nil
	}
	for name := range ix.db.ListCollections() {
		ix.colls[name] = ix.db.GetCollection(name, noEmbed)
	}
	if err := ix.readManifest(); err != nil {
		ix.log.Warn("index snapshot unreadable; rebuilding", "path", path, "err", err)
		ix.db, ix.colls, ix.man = chromem.NewDB(), map[string]*chromem.Collection{}, map[string]map[string]manifestEntry{}
		return ix, nil
	}
	if err := ix.dropStaleLocal(); err != nil {
		ix.log.Warn("index snapshot unreadable; rebuilding", "path", path, "err", err)
		ix.db, ix.colls, ix.man = chromem.NewDB(), map[string]*chromem.Collection{}, map[string]map[string]manifestEntry{}
	}
	return ix, nil
}

// dropStaleLocal deletes what a snapshot holds for a local embedding other than the configured one
// (another number of buckets, an older feature scheme): its collections and its manifest records.
// Nothing searches them, yet they would stay in memory beside the configured embedding's and be
// written to every snapshot; local vectors cost nothing to make again. A remote embedding's are
// kept whether or not it is configured: they cost money, and its endpoint may come back.
func (ix *Index) dropStaleLocal() error {
	keep := ix.opt.Local.Name()
	stale := func(emb string) bool { return strings.HasPrefix(emb, localPrefix) && emb != keep }
	for name, c := range ix.colls {
		_, rest, ok := strings.Cut(name, "@")
		emb, _, _ := strings.Cut(rest, "#")
		if !ok || !stale(emb) {
			continue
		}
		if err := ix.db.DeleteCollection(name); err != nil {
			return fmt.Errorf("delete collection %s: %w", c.Name, err)
		}
		delete(ix.colls, name)
		ix.changes++
	}
	for emb, docs := range ix.man {
		if !stale(emb) {
			continue
		}
		ids := make([]string, 0, len(docs))
		for docID := range docs {
			ids = append(ids, manifestKey(emb, docID))
		}
		if man := ix.colls[manifestName]; man != nil && len(ids) > 0 {
			if err := man.Delete(context.Background(), nil, nil, ids...); err != nil {
				return fmt.Errorf("delete manifest records of %s: %w", emb, err)
			}
		}
		delete(ix.man, emb)
		ix.changes++
	}
	return nil
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

// BuildStats says what a Build or Update did.
type BuildStats struct {
	Docs     int // documents in the index
	Tasks    int // task entries
	Paras    int // paragraph entries
	Embedded int // entries embedded by this change (per embedder)
	Reused   int // documents given again whose vectors were kept because their content had not changed
	Removed  int // documents dropped
	// RemoteErr is why the remote embedding could not be refreshed; search then ranks with the
	// local embedding (and whatever remote vectors the index held), and the next change tries
	// those documents again.
	RemoteErr error
}

// manifestEntry is what the collections of one embedder hold for one document.
type manifestEntry struct {
	hash         string
	city         string
	tasks, paras int // entries docID#0 … #tasks-1 are tasks, the paras after them paragraphs
}

// Build makes the index hold exactly docs, in their order (a repeated id keeps its first
// document). Documents the index holds already — the same pointer under the same id — cost
// nothing; the others are indexed, and their entries embedded again only when their content
// changed since they were last embedded (a hash per document and embedder, kept across restarts
// in the snapshot), because remote embeddings cost money. A reader sees each document either
// before or after the change.
func (ix *Index) Build(ctx context.Context, docs []*plan.Document) (BuildStats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if err := ctx.Err(); err != nil {
		return BuildStats{}, err
	}
	seen := make(map[string]bool, len(docs))
	order := make([]*plan.Document, 0, len(docs))
	for _, d := range docs {
		if !seen[d.ID] {
			seen[d.ID] = true
			order = append(order, d)
		}
	}
	var put []*plan.Document
	var drop []string
	ix.mu.RLock()
	for _, d := range order {
		if e := ix.byID[d.ID]; e == nil || e.doc != d {
			put = append(put, d)
		}
	}
	for id := range ix.byID {
		if !seen[id] {
			drop = append(drop, id)
		}
	}
	ix.mu.RUnlock()
	return ix.change(ctx, order, put, drop)
}

// Update applies a change the caller knows: added documents are new or replace the one with their
// id (keeping its place; new ones go last), removed ones are dropped by id. It does what Build
// does with the whole set, without looking at the documents that did not change.
func (ix *Index) Update(ctx context.Context, added, removed []*plan.Document) (BuildStats, error) {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if err := ctx.Err(); err != nil {
		return BuildStats{}, err
	}
	put := map[string]*plan.Document{}
	for _, d := range added {
		if _, dup := put[d.ID]; !dup {
			put[d.ID] = d
		}
	}
	gone := map[string]bool{}
	for _, d := range removed {
		if put[d.ID] == nil {
			gone[d.ID] = true
		}
	}
	ix.mu.RLock()
	order := make([]*plan.Document, 0, len(ix.docs)+len(added))
	var changed []*plan.Document
	for _, e := range ix.docs {
		switch d := put[e.doc.ID]; {
		case gone[e.doc.ID]:
		case d != nil:
			order = append(order, d)
			if d != e.doc {
				changed = append(changed, d)
			}
			delete(put, d.ID)
		default:
			order = append(order, e.doc)
		}
	}
	var drop []string
	for id := range gone {
		if ix.byID[id] != nil {
			drop = append(drop, id)
		}
	}
	ix.mu.RUnlock()
	for _, d := range added {
		if put[d.ID] == d {
			order = append(order, d)
			changed = append(changed, d)
			delete(put, d.ID)
		}
	}
	return ix.change(ctx, order, changed, drop)
}

// pending is a document to index, with what each embedder must do for it.
type pending struct {
	e      *docEntry
	hashes []string // per embedder, as ix.embedders()
	embed  []bool   // per embedder: whether its vectors must be computed
}

// change makes the index hold order, where put are the documents of order to (re)index and drop
// the ids to remove.
func (ix *Index) change(ctx context.Context, order, put []*plan.Document, drop []string) (BuildStats, error) {
	embs := ix.embedders()
	rank := make(map[string]int, len(order))
	for i, d := range order {
		rank[d.ID] = i
	}
	st := BuildStats{Removed: len(drop)}
	work := ix.planWork(put, rank, embs, &st)

	// Removals and the new order first, under the lock.
	ix.mu.Lock()
	removed, gone, err := ix.removeDocs(ctx, drop, embs)
	ix.keepTerms(order)
	withTerms := ix.terms != nil
	ix.rerank(rank)
	for _, p := range work {
		p.e.rank = rank[p.e.doc.ID]
	}
	ix.publish(removed, order)
	ix.mu.Unlock()

	// The Directory follows once, when the change is done (or stops): a change of many plans
	// would otherwise copy the name index once per batch.
	var came []*plan.Document
	defer func() {
		if len(came)+len(gone) > 0 {
			ix.mu.Lock()
			ix.dir = ix.dir.With(came, gone)
			ix.mu.Unlock()
		}
	}()
	if err != nil {
		return ix.stats(st), err
	}
	came, gone, err = ix.embedAll(ctx, work, embs, order, withTerms, &st, gone)
	if err != nil {
		return ix.stats(st), err
	}
	ix.mu.Lock()
	ix.dated.fit()
	ix.mu.Unlock()
	ix.log.Debug("index changed", "docs", len(order), "indexed", len(put), "removed", len(drop), "embedded", st.Embedded, "reused", st.Reused)
	return ix.stats(st), nil
}

// planWork lists what each new document needs: its hash per embedder tells whether its vectors are
// current. Documents whose remote vectors failed before are tried again.
func (ix *Index) planWork(put []*plan.Document, rank map[string]int, embs []Embedder, st *BuildStats) []*pending {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	var work []*pending
	isPut := make(map[string]bool, len(put))
	for _, d := range put {
		isPut[d.ID] = true
		p := ix.plan(newDocEntry(d), embs)
		if !p.embed[0] {
			st.Reused++
		}
		work = append(work, p)
	}
	for id := range ix.stale {
		_, kept := rank[id]
		if e := ix.byID[id]; e != nil && kept && !isPut[id] {
			p := ix.plan(e, embs)
			p.embed[0] = false // indexed already; only its remote vectors are behind
			work = append(work, p)
		}
	}
	return work
}

// removeDocs takes the dropped documents out of the view and the vector stores (the lock held); gone
// are their plans, for the Directory.
func (ix *Index) removeDocs(ctx context.Context, drop []string, embs []Embedder) (removed []*docEntry, gone []*plan.Document, err error) {
	removed = make([]*docEntry, 0, len(drop))
	for _, id := range drop {
		e := ix.byID[id]
		if e == nil {
			continue
		}
		removed = append(removed, e)
		gone = append(gone, e.doc)
		ix.unview(e)
		for _, emb := range embs {
			if err == nil {
				err = ix.deleteVectors(ctx, emb, id)
			}
		}
		delete(ix.stale, id)
	}
	return removed, gone, err
}

// keepTerms keeps the term index once the index has twice as many cities as a search scans (and
// drops it below as many): a first build knows how many there will be. The lock is held.
func (ix *Index) keepTerms(order []*plan.Document) {
	switch cities := countCities(order); {
	case ix.terms == nil && cities > 2*prefilterCities:
		ix.terms = newTermIndex(cities)
		for _, e := range ix.byID {
			ix.terms.add(e.shard.id, docTerms(e))
		}
	case ix.terms != nil && cities < prefilterCities:
		ix.terms = nil
	case ix.terms != nil:
		ix.terms.limit = max(ix.terms.limit, rareLimit(cities))
	}
}

// rerank gives the documents kept their new ranks; when they did not keep their relative order (the
// plan store always gives its plans by id, so they do), every list is sorted again. The lock is held.
func (ix *Index) rerank(rank map[string]int) {
	sorted, last := true, -1
	for _, e := range ix.docs {
		if ix.byID[e.doc.ID] == e {
			r := rank[e.doc.ID]
			if r < last {
				sorted = false
			}
			last, e.rank = r, r
		}
	}
	if !sorted {
		for _, s := range ix.shards {
			s.resort()
		}
		ix.dated.resort()
	}
}

// embedAll puts the new documents in, in batches: embedded outside the lock, put in under it, so
// that the texts and vectors in flight stay a batch's worth however many plans change at once, and
// readers wait at most a batch. came and gone are the plans added and replaced, for the Directory.
func (ix *Index) embedAll(ctx context.Context, work []*pending, embs []Embedder, order []*plan.Document, withTerms bool, st *BuildStats, gone []*plan.Document) (came, _ []*plan.Document, err error) {
	const batchDocs = 128
	remoteDown := false
	// The local embedding's workers keep their scratch (and the buffers the batch's terms are laid
	// in) from one batch to the next: each batch's terms are read into the index before the next
	// batch is embedded, so at 10,000 plans that is some 200 MB less garbage.
	scratch := make([]*embedScratch, runtime.GOMAXPROCS(0))
	for start := 0; start < len(work); start += batchDocs {
		batch := work[start:min(start+batchDocs, len(work))]
		vecs := make([][][]float32, len(embs)) // embedder → entry of the batch → vector
		terms := make([][]uint64, len(batch))
		for i, emb := range embs {
			if i > 0 && remoteDown {
				continue
			}
			v, err := ix.embedBatch(ctx, emb, batch, i, terms, withTerms, scratch)
			if err != nil {
				if ctx.Err() != nil || i == 0 {
					return came, gone, err
				}
				st.RemoteErr, remoteDown = err, true
				ix.log.Warn("remote embeddings not refreshed; searching with the local embedding", "err", err)
				continue
			}
			vecs[i] = v
		}
		n, added, replaced, err := ix.apply(ctx, embs, batch, vecs, terms, order)
		st.Embedded += n
		came, gone = append(came, added...), append(gone, replaced...)
		if err != nil {
			return came, gone, err
		}
	}
	return came, gone, nil
}

func (ix *Index) stats(st BuildStats) BuildStats {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	st.Docs, st.Tasks, st.Paras = len(ix.docs), ix.tasks, ix.paras
	return st
}

func countCities(docs []*plan.Document) int {
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.City] = true
	}
	return len(seen)
}

// embedders lists the local embedding, then the remote one when configured.
func (ix *Index) embedders() []Embedder {
	if ix.opt.Remote != nil {
		return []Embedder{ix.opt.Local, ix.opt.Remote}
	}
	return []Embedder{ix.opt.Local}
}

// plan works out what each embedder must do for e. Callers hold mu.
func (ix *Index) plan(e *docEntry, embs []Embedder) *pending {
	p := &pending{e: e, hashes: make([]string, len(embs)), embed: make([]bool, len(embs))}
	for i, emb := range embs {
		p.hashes[i] = entriesHash(emb.Name(), e)
		m, ok := ix.man[emb.Name()][e.doc.ID]
		p.embed[i] = !ok || m.hash != p.hashes[i] || m.city != e.doc.City || ix.stale[e.doc.ID] && i > 0
	}
	return p
}

// entriesHash identifies what a document's entries are for one embedder: their numbers and text.
func entriesHash(embedder string, e *docEntry) string {
	h := sha256.New()
	h.Write([]byte(embedder))
	// One buffer carries every piece to the hash: []byte(s) would copy each entry's text once more
	// (at 10,000 plans, 280 MB of garbage per build).
	buf := make([]byte, 0, 4096)
	for k := range e.entries() {
		h.Write(strconv.AppendInt(append(buf[:0], 0), int64(k), 10))
		h.Write(append(buf[:0], e.grain(k)...))
		e.parts(k, func(s string) {
			buf = append(append(buf[:0], 1), s...)
			h.Write(buf)
		})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// embedBatch computes the vectors embedder emb (number i) needs for a batch: one slice per
// entry of the batch, nil where it keeps what it has. The local embedding writes each document's
// vectors into a few allocations (vectorChunk), and records which terms each document holds on
// the way; terms of documents it does not embed are scanned separately.
// terms[j] gets document j's terms when withTerms.
// scratch is the local embedding's workers', one each, kept from one batch to the next.
func (ix *Index) embedBatch(ctx context.Context, emb Embedder, batch []*pending, i int, terms [][]uint64, withTerms bool, scratch []*embedScratch) ([][]float32, error) {
	var total int
	for _, p := range batch {
		total += p.e.entries()
	}
	out := make([][]float32, total)
	if l, ok := emb.(Local); ok && i == 0 {
		return out, embedLocal(ctx, l, batch, out, terms, withTerms, scratch)
	}
	if i == 0 && withTerms {
		// Another local embedding (a wrapper in tests): its own vectors, and a scan for terms.
		for j, p := range batch {
			terms[j] = docTerms(p.e)
		}
	}
	var texts []string
	var at []int
	n := 0
	for _, p := range batch {
		for k := range p.e.entries() {
			if p.embed[i] {
				texts = append(texts, p.e.text(k))
				at = append(at, n)
			}
			n++
		}
	}
	if len(texts) == 0 {
		return out, nil
	}
	vecs, err := embedAll(ctx, emb, texts)
	if err != nil {
		return nil, err
	}
	for j, v := range vecs {
		out[at[j]] = v
	}
	return out, nil
}

// embedScratch is what one worker of the local embedding reuses from one document and one batch
// to the next: its feature counts, its term set, and the buffer its documents' terms are laid in
// (terms[j] is a piece of it, valid until the worker's next batch).
type embedScratch struct {
	counts map[uint64]float32
	set    termSet
	buf    []uint64
}

// embedLocal embeds the batch with the local embedding on every CPU (one worker per element of
// scratch, whose nil elements it fills).
func embedLocal(ctx context.Context, l Local, batch []*pending, out [][]float32, terms [][]uint64, withTerms bool, scratch []*embedScratch) error {
	offsets := make([]int, len(batch))
	n := 0
	for j, p := range batch {
		offsets[j] = n
		n += p.e.entries()
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := range scratch {
		if scratch[w] == nil {
			scratch[w] = &embedScratch{counts: make(map[uint64]float32, 1024)}
		}
		sc := scratch[w]
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts, set := sc.counts, &sc.set
			buf := sc.buf[:0]
			defer func() { sc.buf = buf }()
			var add func(uint64)
			if withTerms {
				add = set.add
			}
			for j := range next {
				p := batch[j]
				set.reset()
				if !p.embed[0] {
					if withTerms {
						termsOf(p.e, set.add)
						terms[j], buf = set.appendTo(buf)
					}
					continue
				}
				var arena []float32
				for k := range p.e.entries() {
					clear(counts)
					p.e.parts(k, func(s string) { l.count(s, counts, add) })
					if len(arena) == 0 {
						arena = vectorChunk(p.e.entries()-k, l.Dim)
					}
					v := arena[:l.Dim:l.Dim]
					arena = arena[l.Dim:]
					l.fill(v, counts)
					out[offsets[j]+k] = v
				}
				if withTerms {
					terms[j], buf = set.appendTo(buf)
				}
			}
		}()
	}
	for j := range batch {
		if ctx.Err() != nil {
			break
		}
		next <- j
	}
	close(next)
	wg.Wait()
	return ctx.Err()
}

// vectorBytes is the most one allocation of vectors holds: a size class of Go's allocator, so that
// a full chunk costs what it holds. One allocation for all of a document's vectors (some 15 KB)
// cost the allocator's rounding on all of it, about a tenth; chunks of this size leave it to the
// last, under 8 KB.
const vectorBytes = 8192

// vectorChunk returns room for the next of n vectors of dim floats: as many as a chunk of
// vectorBytes holds (one at the least), or n when fewer.
func vectorChunk(n, dim int) []float32 {
	return make([]float32, min(n, max(1, vectorBytes/(4*dim)))*dim)
}

// docTerms lists the distinct terms a document's entries hold.
func docTerms(e *docEntry) []uint64 {
	var set termSet
	termsOf(e, set.add)
	return set.list()
}

// termSet gathers distinct term hashes: open addressing over a power-of-two table, reused from one
// document to the next (a plan holds some thousands of distinct terms among tens of thousands).
type termSet struct {
	slots []uint64 // 0 is empty; the hash 0 is stored as 1
	n     int
}

func (s *termSet) reset() {
	if s.slots == nil {
		s.slots = make([]uint64, 1<<14)
	}
	clear(s.slots)
	s.n = 0
}

func (s *termSet) add(h uint64) {
	if h == 0 {
		h = 1
	}
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots, s.n = make([]uint64, max(2*len(old), 1<<14)), 0
		for _, x := range old {
			if x != 0 {
				s.add(x)
			}
		}
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

// appendTo appends the terms to buf, in no order, returning them (clipped to their length) and buf.
func (s *termSet) appendTo(buf []uint64) (terms, _ []uint64) {
	at := len(buf)
	buf = slices.Grow(buf, s.n)
	for _, x := range s.slots {
		if x != 0 {
			buf = append(buf, x)
		}
	}
	return buf[at:len(buf):len(buf)], buf
}

// list returns the terms, in no order.
func (s *termSet) list() []uint64 {
	out := make([]uint64, 0, s.n)
	for _, x := range s.slots {
		if x != 0 {
			out = append(out, x)
		}
	}
	return out
}

func termsOf(e *docEntry, emit func(uint64)) {
	for k := range e.entries() {
		e.parts(k, func(s string) { termHashes(s, emit) })
	}
}

// embedAll embeds texts in chunks, checking ctx between them; a Local embedding runs on every
// CPU, others sequentially.
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

// apply puts a batch of documents in, under the write lock: their vectors (replacing what the
// index held for them), their manifest records and their place in the view. It returns the
// documents it added and those they replaced, for the Directory.
func (ix *Index) apply(ctx context.Context, embs []Embedder, batch []*pending, vecs [][][]float32,
	terms [][]uint64, order []*plan.Document) (embedded int, added, replaced []*plan.Document, err error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var newDue []dueRef
	var old []*docEntry
	defer func() {
		ix.dated.remove(old)
		ix.dated.add(newDue)
		ix.publish(nil, order)
	}()
	offset := 0
	for j, p := range batch {
		id := p.e.doc.ID
		prev := ix.byID[id]
		if prev != nil && prev != p.e {
			ix.unview(prev)
			old = append(old, prev)
			replaced = append(replaced, prev.doc)
		}
		for i, emb := range embs {
			if vecs[i] == nil {
				if i > 0 && p.embed[i] {
					ix.stale[id] = true // the remote endpoint failed: keep what it had, try again later
				}
				continue
			}
			if !p.embed[i] {
				continue
			}
			n, err := ix.putVectors(ctx, emb, p, vecs[i][offset:offset+p.e.entries()], p.hashes[i])
			embedded += n
			if err != nil {
				return embedded, added, replaced, err
			}
			if i > 0 {
				delete(ix.stale, id)
			}
		}
		offset += p.e.entries()
		if prev != p.e {
			ix.view(p.e, terms[j])
			newDue = append(newDue, p.e.dated()...)
			added = append(added, p.e.doc)
		}
	}
	return embedded, added, replaced, nil
}

// view puts e in the structured side: its shard and the term index. Callers hold the write lock
// and add e's deadlines to dated themselves.
func (ix *Index) view(e *docEntry, terms []uint64) {
	s := ix.shards[e.doc.City]
	if s == nil {
		s = &shard{city: e.doc.City}
		if n := len(ix.freeIDs); n > 0 {
			s.id, ix.freeIDs = ix.freeIDs[n-1], ix.freeIDs[:n-1]
		} else {
			s.id, ix.nextID = ix.nextID, ix.nextID+1
		}
		ix.shards[e.doc.City] = s
	}
	s.addDoc(e)
	if ix.terms != nil && terms != nil {
		ix.terms.add(s.id, terms)
	}
	ix.byID[e.doc.ID] = e
	ix.tasks += len(e.doc.Tasks)
	ix.paras += len(e.paras)
}

// unview takes e out of the structured side, deadlines excepted (callers filter dated once for
// all the documents they take out).
func (ix *Index) unview(e *docEntry) {
	if s := e.shard; s != nil {
		s.removeDoc(e)
		if len(s.docs) == 0 {
			delete(ix.shards, s.city)
			ix.freeIDs = append(ix.freeIDs, s.id)
		}
	}
	if ix.byID[e.doc.ID] == e {
		delete(ix.byID, e.doc.ID)
	}
	ix.tasks -= len(e.doc.Tasks)
	ix.paras -= len(e.paras)
}

// publish brings the document order, the shard order and the deadlines in line after documents
// were taken out (removed) or put in (which view has handled). Callers hold the write lock.
func (ix *Index) publish(removed []*docEntry, order []*plan.Document) {
	ix.dated.remove(removed)
	ix.docs = ix.docs[:0:0]
	for _, d := range order {
		if e := ix.byID[d.ID]; e != nil {
			ix.docs = append(ix.docs, e)
		}
	}
	ix.order = ix.order[:0:0]
	for _, s := range ix.shards {
		s.reindex()
		ix.order = append(ix.order, s)
	}
	sort.Slice(ix.order, func(i, j int) bool { return ix.order[i].first() < ix.order[j].first() })
}

// putVectors replaces what the collections of emb hold for p's document with vecs (one per entry;
// zero vectors are left out: there is nothing to match on, and they would turn into NaNs).
// Callers hold the write lock.
func (ix *Index) putVectors(ctx context.Context, emb Embedder, p *pending, vecs [][]float32, hash string) (int, error) {
	d := p.e.doc
	if err := ix.deleteVectors(ctx, emb, d.ID); err != nil {
		return 0, err
	}
	n := 0
	// The document's task and paragraph collections, named once a document rather than once an
	// entry (at 10,000 plans, 492,000 names: some 40 MB of garbage while the index is built).
	var colls [2]*chromem.Collection
	ids := entryIDs(d.ID, vecs)
	for k, v := range vecs {
		if v == nil || isZero(v) {
			continue
		}
		g := p.e.grain(k)
		i := 0
		if g == GrainPara {
			i = 1
		}
		c := colls[i]
		if c == nil {
			var err error
			if c, err = ix.collection(collName(g, emb, d.City)); err != nil {
				return n, err
			}
			colls[i] = c
		}
		if err := c.AddDocument(ctx, chromem.Document{ID: ids[k], Embedding: v}); err != nil {
			return n, fmt.Errorf("add %s: %w", ids[k], err)
		}
		n++
	}
	me := manifestEntry{hash: hash, city: d.City, tasks: len(d.Tasks), paras: len(p.e.paras)}
	return n, ix.record(ctx, emb, d.ID, me)
}

// deleteVectors deletes what the collections of emb hold for a document. Callers hold the write
// lock.
func (ix *Index) deleteVectors(ctx context.Context, emb Embedder, docID string) error {
	m, ok := ix.man[emb.Name()][docID]
	if !ok {
		return nil
	}
	ids := map[Grain][]string{}
	for k := range m.tasks + m.paras {
		g := GrainTask
		if k >= m.tasks {
			g = GrainPara
		}
		ids[g] = append(ids[g], entryID(docID, k))
	}
	for g, l := range ids {
		if c := ix.colls[collName(g, emb, m.city)]; c != nil {
			if err := c.Delete(ctx, nil, nil, l...); err != nil {
				return fmt.Errorf("delete %d entries of %s: %w", len(l), docID, err)
			}
			if c.Count() == 0 {
				if err := ix.db.DeleteCollection(c.Name); err != nil {
					return fmt.Errorf("delete collection %s: %w", c.Name, err)
				}
				delete(ix.colls, c.Name)
			}
		}
	}
	ix.changes++
	delete(ix.man[emb.Name()], docID)
	if man := ix.colls[manifestName]; man != nil {
		return man.Delete(ctx, nil, nil, manifestID(emb, docID))
	}
	return nil
}

func manifestID(e Embedder, docID string) string { return manifestKey(e.Name(), docID) }

// manifestKey is the id of the manifest record of an embedder (by name) and a document.
func manifestKey(emb, docID string) string { return emb + "|" + docID }

// record writes the manifest record of a document: per embedder, the hash of what was embedded,
// the document's city and how many entries of each grain it has, so that a restart knows what to
// keep and what to delete. Its vector is a constant so that a query for it lists every record.
func (ix *Index) record(ctx context.Context, emb Embedder, docID string, m manifestEntry) error {
	man, err := ix.collection(manifestName)
	if err != nil {
		return err
	}
	rec := chromem.Document{
		ID:        manifestID(emb, docID),
		Embedding: []float32{1},
		Content:   strings.Join([]string{m.hash, m.city, strconv.Itoa(m.tasks), strconv.Itoa(m.paras)}, "\t"),
	}
	if err := man.AddDocument(ctx, rec); err != nil {
		return fmt.Errorf("record %s: %w", docID, err)
	}
	ix.changes++
	if ix.man[emb.Name()] == nil {
		ix.man[emb.Name()] = map[string]manifestEntry{}
	}
	ix.man[emb.Name()][docID] = m
	return nil
}

// readManifest loads the manifest records of a snapshot.
func (ix *Index) readManifest() error {
	man := ix.colls[manifestName]
	if man == nil || man.Count() == 0 {
		return nil
	}
	res, err := man.QueryEmbedding(context.Background(), []float32{1}, man.Count(), nil, nil)
	if err != nil {
		return fmt.Errorf("read index manifest: %w", err)
	}
	for _, r := range res {
		emb, docID, ok := strings.Cut(r.ID, "|")
		f := strings.Split(r.Content, "\t")
		if !ok || len(f) != 4 {
			return fmt.Errorf("read index manifest: bad record %q", r.ID)
		}
		tasks, err1 := strconv.Atoi(f[2])
		paras, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("read index manifest: bad record %q", r.ID)
		}
		if ix.man[emb] == nil {
			ix.man[emb] = map[string]manifestEntry{}
		}
		ix.man[emb][docID] = manifestEntry{hash: f[0], city: f[1], tasks: tasks, paras: paras}
	}
	return nil
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
// one, never half of either. Questions go on while it writes (it holds the read lock); changes wait.
func (ix *Index) Save() error {
	if ix.opt.Dir == "" {
		return nil
	}
	ix.saveMu.Lock()
	defer ix.saveMu.Unlock()
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.changes == ix.saved {
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
	ix.saved = ix.changes // read under the read lock: no change ran while the snapshot was written
	return nil
}

// saveSpacing is the least time between the starts of two saves SaveLater makes: a snapshot of
// 10,000 plans takes seconds to write, and it only spares a restart the embedding.
const saveSpacing = 30 * time.Second

// SaveLater saves the snapshot in the background, so that a change of plans does not wait for it:
// one save at a time, at most one every saveSpacing, and one more when changes came while it ran.
// Failures are logged. Call Save before the process ends to keep the last changes.
func (ix *Index) SaveLater() {
	if ix.opt.Dir == "" {
		return
	}
	ix.later.Lock()
	defer ix.later.Unlock()
	if ix.saving {
		ix.again = true
		return
	}
	ix.saving = true
	go func() {
		for {
			ix.later.Lock()
			wait := time.Until(ix.lastRun.Add(saveSpacing))
			ix.later.Unlock()
			if wait > 0 {
				time.Sleep(wait)
			}
			ix.later.Lock()
			ix.lastRun, ix.again = time.Now(), false
			ix.later.Unlock()
			if err := ix.Save(); err != nil {
				ix.log.Warn("index snapshot not saved; the next start embeds again", "err", err)
			}
			ix.later.Lock()
			if !ix.again {
				ix.saving = false
				ix.later.Unlock()
				return
			}
			ix.later.Unlock()
		}
	}()
}
