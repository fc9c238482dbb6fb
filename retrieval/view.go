package retrieval

import (
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// The structured side of the index: documents in order, one shard per city, and every deadline
// by date. It is kept in step with the chromem-go collections one document at a time, under
// Index.mu: readers hold the read lock while they look, writers the write lock while they change
// a document, so a reader sees each document either before or after a change, never half of it.
// Nothing here is handed out: readers get the documents' own tasks (which nobody changes) and
// slices of their own.

// docEntry is one indexed document.
type docEntry struct {
	doc   *plan.Document
	rank  int     // position in the index order; only compared, so gaps are fine
	paras []int32 // the indices in doc.Paras of the paragraphs that are entries
	shard *shard
}

// Entries of a document are numbered: its tasks first, then its paragraph entries. Their ids in
// chromem-go are the document id and that number, so nothing maps ids to entries: the id says
// where to look.
func (d *docEntry) entries() int { return len(d.doc.Tasks) + len(d.paras) }

func entryID(docID string, k int) string { return docID + "#" + strconv.Itoa(k) }

// entryIDs returns the ids of a document's entries that have a vector (vecs[k] not nil), as pieces
// of one string: chromem-go keeps every id for as long as the entry, and a string of its own for
// each (some 11 bytes in a 16-byte slot) cost 8 MB at 10,000 plans. A document's entries come and
// go together, so the one string lives exactly as long as they do.
func entryIDs(docID string, vecs [][]float32) []string {
	n := 0
	for k, v := range vecs {
		if v != nil {
			n += len(docID) + 1 + digits(k)
		}
	}
	var b strings.Builder
	b.Grow(n)
	ends := make([]int, len(vecs))
	var num [20]byte
	for k, v := range vecs {
		if v != nil {
			b.WriteString(docID)
			b.WriteByte('#')
			b.Write(strconv.AppendInt(num[:0], int64(k), 10))
		}
		ends[k] = b.Len()
	}
	all := b.String()
	ids := make([]string, len(vecs))
	start := 0
	for k, v := range vecs {
		if v != nil {
			ids[k] = all[start:ends[k]]
		}
		start = ends[k]
	}
	return ids
}

// digits is how many decimal digits k >= 0 takes.
func digits(k int) int {
	n := 1
	for ; k >= 10; k /= 10 {
		n++
	}
	return n
}

// parseEntryID splits an entry id into its document id and number.
func parseEntryID(id string) (docID string, k int, ok bool) {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return "", 0, false
	}
	k, err := strconv.Atoi(id[i+1:])
	return id[:i], k, err == nil && k >= 0
}

// grain is the grain of entry k.
func (d *docEntry) grain(k int) Grain {
	if k < len(d.doc.Tasks) {
		return GrainTask
	}
	return GrainPara
}

// hit describes entry k as a search hit, without its scores.
func (d *docEntry) hit(k int) Hit {
	if k < len(d.doc.Tasks) {
		t := &d.doc.Tasks[k]
		text := strings.TrimSpace(t.Text)
		if !strings.HasPrefix(text, t.Title) {
			text = strings.TrimSpace(t.Title + " " + text) // the title, then words that do not repeat it
		}
		return Hit{Grain: GrainTask, Doc: d.doc, Task: t, Section: t.Section, Text: text}
	}
	p := &d.doc.Paras[d.paras[k-len(d.doc.Tasks)]]
	return Hit{Grain: GrainPara, Doc: d.doc, Section: p.Section, Text: p.Text}
}

// tieKey orders entries of equal term coverage: tasks before paragraphs, then by task id, or by
// document and paragraph number.
func (d *docEntry) tieKey(k int) string {
	if k < len(d.doc.Tasks) {
		return "task|" + d.doc.Tasks[k].ID
	}
	return "para|" + d.doc.ID + "|" + strconv.Itoa(int(d.paras[k-len(d.doc.Tasks)]))
}

// parts calls emit with the pieces of text entry k is embedded and matched on: for a task its
// section, number, title, text and units; for a paragraph its section and text. Pieces are kept
// apart rather than joined, so that embedding and hashing build no string per entry.
func (d *docEntry) parts(k int, emit func(string)) {
	if k < len(d.doc.Tasks) {
		t := &d.doc.Tasks[k]
		emit(t.Section)
		emit(t.Number)
		emit(t.Title)
		emit(t.Text)
		for _, u := range t.Lead {
			emit(u)
		}
		for _, u := range t.Participating {
			emit(u)
		}
		return
	}
	p := &d.doc.Paras[d.paras[k-len(d.doc.Tasks)]]
	emit(p.Section)
	emit(p.Text)
}

// text is entry k's pieces joined, for a remote embedding and for matching a hit's terms.
func (d *docEntry) text(k int) string {
	if k < len(d.doc.Tasks) {
		t := &d.doc.Tasks[k]
		return strings.Join([]string{t.Section, t.Number + " " + t.Title, t.Text, strings.Join(t.Units(), "、")}, "\n")
	}
	p := &d.doc.Paras[d.paras[k-len(d.doc.Tasks)]]
	return p.Section + "\n" + p.Text
}

// newDocEntry finds a document's paragraph entries: paragraphs outside any task, long enough to
// state something (minParaRunes), or shorter ones that state a figure ("地区生产总值增长6%。").
// The list is counted before it is filled, so that it is held at its length (appended to, it kept
// up to twice as much: some 1.5 MB at 10,000 plans).
func newDocEntry(d *plan.Document) *docEntry {
	e := &docEntry{doc: d}
	n := 0
	for i := range d.Paras {
		if isParaEntry(&d.Paras[i]) {
			n++
		}
	}
	if n == 0 {
		return e
	}
	e.paras = make([]int32, 0, n)
	for i := range d.Paras {
		if isParaEntry(&d.Paras[i]) {
			e.paras = append(e.paras, int32(i))
		}
	}
	return e
}

// isParaEntry reports whether paragraph p is an entry of its own.
func isParaEntry(p *plan.Paragraph) bool {
	if p.TaskID != "" {
		return false
	}
	n := utf8.RuneCountInString(p.Text)
	return n >= minParaRunes || n >= minFigureRunes && statesFigure(p.Text)
}

// minFigureRunes is how short a paragraph that states a figure may be.
const minFigureRunes = 6

// statesFigure reports whether s gives a number with its unit: 6%, 3.5万, 100亿元, 20个, 8家.
func statesFigure(s string) bool {
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if '0' <= rs[i] && rs[i] <= '9' && strings.ContainsRune("%％亿万千个家项所人公倍", rs[i+1]) {
			return true
		}
	}
	return false
}

// shard is one city's documents: the unit of chromem-go collections and of what changes when one
// of its plans does.
type shard struct {
	city string
	id   int32       // in the term index
	docs []*docEntry // in index order
	// units lists each unit's tasks, in document and task order, packed: the document's place in
	// docs (16 bits), the task's number (15 bits), and 1 when the unit leads. Four bytes a task
	// and unit, so that the tasks of a unit every city has are found without reading every task.
	// nil when the shard is too large to pack.
	units *unitLists
	stale bool // units must be made again (docs changed)
}

// unitLists are a shard's unit lists: the units' names sorted, and list i (unit names[i]'s tasks)
// is tasks[at[i]:at[i+1]]. 20 bytes a unit besides its tasks, where a map by name took some 60
// (at 10,000 plans, 183,000 units in all: 11.5 MB as maps).
type unitLists struct {
	names []string
	at    []uint32
	tasks []uint32
}

// of returns the tasks of the unit called name, nil when the shard has none.
func (l *unitLists) of(name string) []uint32 {
	i, ok := slices.BinarySearch(l.names, name)
	if !ok {
		return nil
	}
	return l.tasks[l.at[i]:l.at[i+1]]
}

func (s *shard) first() int { return s.docs[0].rank }

// addDoc puts d in the shard's order.
func (s *shard) addDoc(d *docEntry) {
	i := sort.Search(len(s.docs), func(i int) bool { return s.docs[i].rank > d.rank })
	s.docs = slices.Insert(s.docs, i, d)
	d.shard = s
	s.stale = true
}

// removeDoc takes d out of the shard.
func (s *shard) removeDoc(d *docEntry) {
	s.docs = slices.DeleteFunc(s.docs, func(x *docEntry) bool { return x == d })
	s.stale = true
}

// resort puts the shard's documents back in order after ranks changed other than by insertions.
func (s *shard) resort() {
	sort.SliceStable(s.docs, func(i, j int) bool { return s.docs[i].rank < s.docs[j].rank })
	s.stale = true
}

// Limits of the packed unit lists; a document beyond them is read directly instead.
const (
	maxShardDocs = 1 << 16
	maxDocTasks  = 1 << 15
)

// reindex makes the unit lists again: a unit named twice in a task's leads is listed twice, and a
// unit that leads is not listed again as taking part. The lists are counted first and then filled
// in one allocation per shard: appended one by one they would keep up to twice what they hold, one
// allocation per unit.
func (s *shard) reindex() {
	if !s.stale {
		return
	}
	s.stale = false
	s.units = nil
	counts := map[string]int{} // a unit's tasks; once the lists are laid out, where its next one goes
	total := 0
	if !s.eachUnitTask(func(u string, _ uint32) { counts[u]++; total++ }) {
		return // too large to pack: unitTasks reads the plans
	}
	l := &unitLists{names: make([]string, 0, len(counts)), at: make([]uint32, len(counts)+1), tasks: make([]uint32, total)}
	l.names = slices.AppendSeq(l.names, maps.Keys(counts)) // at its length: slices.Sorted grows it by appending
	slices.Sort(l.names)
	for i, u := range l.names {
		n := counts[u]
		counts[u] = int(l.at[i])
		l.at[i+1] = l.at[i] + uint32(n)
	}
	s.eachUnitTask(func(u string, p uint32) {
		l.tasks[counts[u]] = p
		counts[u]++
	})
	s.units = l
}

// eachUnitTask calls emit with every unit of every task in the shard, packed as unitTasks reads it,
// in document and task order; false when the shard is too large to pack.
func (s *shard) eachUnitTask(emit func(u string, p uint32)) bool {
	for di, d := range s.docs {
		if di >= maxShardDocs || len(d.doc.Tasks) > maxDocTasks {
			return false
		}
		for ti := range d.doc.Tasks {
			t := &d.doc.Tasks[ti]
			for _, u := range t.Lead {
				emit(u, uint32(di)<<16|uint32(ti)<<1|1)
			}
			for _, u := range t.Participating {
				if t.Role(u) != plan.RoleLead {
					emit(u, uint32(di)<<16|uint32(ti)<<1)
				}
			}
			eachSecondName(t, func(second string, lead bool) {
				p := uint32(di)<<16 | uint32(ti)<<1
				if lead {
					p |= 1
				}
				emit(second, p)
			})
		}
	}
	return true
}

// eachSecondName calls emit with each second name task t writes a unit with (Task.Aka) once, with
// whether the unit leads: the task is that name's too, in its unit's role.
func eachSecondName(t *plan.Task, emit func(second string, lead bool)) {
	if len(t.Aka) == 0 {
		return
	}
	seconds := make([]string, 0, len(t.Aka))
	for _, second := range t.Aka {
		if !slices.Contains(seconds, second) {
			seconds = append(seconds, second)
		}
	}
	slices.Sort(seconds)
	for _, second := range seconds {
		emit(second, t.Role(second) == plan.RoleLead)
	}
}

// unitTasks calls emit with every task of unit name in the shard, in document and task order.
func (s *shard) unitTasks(name string, emit func(d *docEntry, task int, lead bool)) {
	if s.units != nil {
		for _, p := range s.units.of(name) {
			emit(s.docs[p>>16], int(p>>1&(maxDocTasks-1)), p&1 == 1)
		}
		return
	}
	for _, d := range s.docs {
		for ti := range d.doc.Tasks {
			t := &d.doc.Tasks[ti]
			for _, u := range t.Lead {
				if u == name {
					emit(d, ti, true)
				}
			}
			for _, u := range t.Participating {
				if u == name && t.Role(u) != plan.RoleLead {
					emit(d, ti, false)
				}
			}
			eachSecondName(t, func(second string, lead bool) {
				if second == name {
					emit(d, ti, lead)
				}
			})
		}
	}
}

// dueRef is one dated deadline of a task; the index keeps every one of them by date, then
// document and task order.
type dueRef struct {
	d    *docEntry
	task int32
	dl   int32
	date int32 // year*10000 + month*100 + day
}

func dayKey(d plan.Day) int32 { return int32(d.Year*10000 + int(d.Month)*100 + d.Day) }

func (a dueRef) less(b dueRef) bool {
	switch {
	case a.date != b.date:
		return a.date < b.date
	case a.d != b.d:
		return a.d.rank < b.d.rank
	case a.task != b.task:
		return a.task < b.task
	}
	return a.dl < b.dl
}

// dated lists d's deadlines: every dated one except those inherited from the plan's period (the
// plan's, not the task's: no deadline to list as due or overdue).
func (d *docEntry) dated() []dueRef {
	var out []dueRef
	for ti := range d.doc.Tasks {
		for di, dl := range d.doc.Tasks[ti].Deadlines {
			if !dl.Date.IsZero() && !dl.Inherited {
				out = append(out, dueRef{d, int32(ti), int32(di), dayKey(dl.Date)})
			}
		}
	}
	return out
}

// mergeDue merges sorted list b into sorted list a, an equal item of a first, and returns the
// merged list: in a's array when it has room (from the back, so that nothing of a is written over
// before it is read), else in one half as large again (slices.Grow), so that a list grown an eighth
// at a time is moved every few merges. Merged into a new array each time, the long list was copied
// whole at each merge, some nine times its final size in all (at 10,000 plans, 74 MB of garbage
// while the index is built, for a list of 7 MB).
func mergeDue(a, b []dueRef) []dueRef {
	n := len(a) + len(b)
	if n > cap(a) {
		a = slices.Grow(a, max(len(b), len(a)/2))
	}
	out := a[:n]
	i, j := len(a)-1, len(b)-1
	for k := n - 1; j >= 0; k-- {
		if i >= 0 && b[j].less(a[i]) {
			out[k], i = a[i], i-1
		} else {
			out[k], j = b[j], j-1
		}
	}
	return out
}

// dueList keeps deadlines sorted in two lists: a long one and a short one of recent additions,
// merged into the long one when it grows past an eighth of it. Adding one plan's deadlines then
// moves the short list, not all of them; readers walk both at once. Both are changed in place,
// under the index's write lock.
type dueList struct {
	all, recent []dueRef
}

func (l *dueList) add(items []dueRef) {
	if len(items) == 0 {
		return
	}
	sort.Slice(items, func(i, j int) bool { return items[i].less(items[j]) })
	l.recent = mergeDue(l.recent, items)
	if len(l.recent) > len(l.all)/8+256 {
		l.all, l.recent = mergeDue(l.all, l.recent), l.recent[:0]
	}
}

// fit moves the long list into an array of its length once a change is done, when merging left it
// more than an eighth of its length to spare (it grows by half again: at 10,000 plans some 3 MB
// held for nothing). Callers hold the write lock.
func (l *dueList) fit() {
	if cap(l.all)-len(l.all) > len(l.all)/8 {
		l.all = slices.Clip(slices.Clone(l.all))
	}
}

// remove drops the deadlines of docs.
func (l *dueList) remove(docs []*docEntry) {
	if len(docs) == 0 {
		return
	}
	gone := make(map[*docEntry]bool, len(docs))
	for _, d := range docs {
		gone[d] = true
	}
	drop := func(r dueRef) bool { return gone[r.d] }
	l.all, l.recent = slices.DeleteFunc(l.all, drop), slices.DeleteFunc(l.recent, drop)
}

func (l *dueList) resort() {
	l.all, l.recent = mergeDue(l.all, l.recent), l.recent[:0]
	sort.SliceStable(l.all, func(i, j int) bool { return l.all[i].less(l.all[j]) })
}

// each calls fn with the deadlines on or after day key from (0: all), in order, until it returns
// false.
func (l *dueList) each(from int32, fn func(dueRef) bool) {
	a, b := l.all, l.recent
	if from > 0 {
		a = a[sort.Search(len(a), func(i int) bool { return a[i].date >= from }):]
		b = b[sort.Search(len(b), func(i int) bool { return b[i].date >= from }):]
	}
	for len(a) > 0 || len(b) > 0 {
		var r dueRef
		if len(b) == 0 || (len(a) > 0 && !b[0].less(a[0])) {
			r, a = a[0], a[1:]
		} else {
			r, b = b[0], b[1:]
		}
		if !fn(r) {
			return
		}
	}
}

// termIndex says which shards hold which terms (character bigrams and words, as queryTerms finds
// them), so that a search naming no city scans the shards worth scanning and FindTasks reads the
// cities that can hold a phrase. Only rare terms are listed: a term held by more than limit
// shards (服务, 建设) says nothing about where to look and is taken to be everywhere, which keeps
// the index small. A shard that loses a term (its plan removed) stays listed under it: the index
// errs on the side of one shard more.
type termIndex struct {
	rare   map[uint64][]int32 // term → the shards holding it, sorted
	common map[uint64]struct{}
	limit  int
}

func newTermIndex(shards int) *termIndex {
	return &termIndex{rare: map[uint64][]int32{}, common: map[uint64]struct{}{}, limit: rareLimit(shards)}
}

// rareLimit is the most shards a listed term may be held by: every shard while there are few (a
// small index scans them all anyway), an eighth of them beyond.
func rareLimit(shards int) int { return max(2*prefilterCities, shards/8) }

// add records that shard s holds the terms.
func (x *termIndex) add(s int32, terms []uint64) {
	for _, h := range terms {
		if _, ok := x.common[h]; ok {
			continue
		}
		l := x.rare[h]
		i, found := slices.BinarySearch(l, s)
		if found {
			continue
		}
		if len(l) >= x.limit {
			delete(x.rare, h)
			x.common[h] = struct{}{}
			continue
		}
		x.rare[h] = slices.Insert(l, i, s)
	}
}

// holders returns the shards holding term h, and whether h is common (held nearly everywhere).
func (x *termIndex) holders(h uint64) (shards []int32, common bool) {
	if _, ok := x.common[h]; ok {
		return nil, true
	}
	return x.rare[h], false
}
