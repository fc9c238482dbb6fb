package bot

import (
	"hash/maphash"
	"slices"
	"unicode/utf8"
	"unsafe"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// This file narrows which tasks can name a topic before topicMatch reads them. Every task keeps a
// signature: a small bit set (two to four bits a character) in which each character of its title
// and text, and each pair of neighbouring characters, sets one bit. A term can only be in a text
// whose signature holds the bits of its characters and pairs; its characters in order in one clause
// (gapHolds) need only its characters' bits. So a task whose signature lacks a bit of every form of
// a term cannot match it, and the exact matcher reads only the few percent of tasks left: the
// signatures may let through a task that does not match, never keep out one that does.
//
// Signatures are worked out once per plan (a plan's tasks never change; a changed plan is a new
// document) and kept by the engine across changes to the set of plans, so adding one plan works out
// one plan's signatures.

// taskSigs are the signatures of one plan's tasks: task i's is words[at[i]:at[i+1]], a power of two
// words long. One more after the tasks' is that of the plan's paragraphs outside any task, together
// (freeParas).
type taskSigs struct {
	words []uint64
	at    []uint32
	// twins are the tasks that share their title and leads with another task of the plan (onceEach
	// keeps one of them); nil when there are none.
	twins map[*plan.Task]bool
	// sameTitle are the tasks whose title other tasks of the plan share with other work (a table's
	// first column repeated over its rows: 推进生态文明建设 ×6); nil when there are none.
	sameTitle map[*plan.Task]bool
}

// topicSigs are the signatures of every plan, by document. A map is never changed once built.
type topicSigs map[*plan.Document]*taskSigs

// with returns the signatures of docs: those of prev kept, the others worked out.
func (prev topicSigs) with(docs []*plan.Document) topicSigs {
	out := make(topicSigs, len(docs))
	for _, d := range docs {
		if s, ok := prev[d]; ok {
			out[d] = s
			continue
		}
		out[d] = newTaskSigs(d)
	}
	return out
}

// size is how many bytes the signatures take (their words and offsets).
func (sigs topicSigs) size() int {
	n := 0
	for _, s := range sigs {
		n += 8*len(s.words) + 4*len(s.at)
	}
	return n
}

// newTaskSigs works out the signatures of d's tasks.
func newTaskSigs(d *plan.Document) *taskSigs {
	// Signature i is task i's (its title and text); the last is the paragraphs outside any task.
	// Each text is read where it is, not gathered into lists first (this runs for every plan).
	each := func(i int, fn func(string)) {
		if i < len(d.Tasks) {
			fn(d.Tasks[i].Title)
			fn(d.Tasks[i].Text)
			return
		}
		for _, p := range d.Paras {
			if p.TaskID == "" {
				fn(p.Text)
			}
		}
	}
	s := &taskSigs{at: make([]uint32, len(d.Tasks)+2)}
	// Most plans have neither twins nor shared titles: a hash of each task's keys tells, without
	// making the keys' strings and maps for every plan (at 10,000 plans, some 90 MB of garbage while
	// the parser is built, on top of the index). Only a plan where two hashes meet works them out.
	twinH, titleH := taskKeyHashes(d)
	if repeats(twinH) {
		s.twins = twinTasks(d)
	}
	if repeats(titleH) {
		s.sameTitle = sameTitleTasks(d)
	}
	n := 0
	for i := range len(d.Tasks) + 1 {
		runes := 0
		each(i, func(t string) { runes += utf8.RuneCountInString(t) })
		n += sigWords(runes)
		s.at[i+1] = uint32(n)
	}
	s.words = make([]uint64, n)
	for i := range len(d.Tasks) + 1 {
		sig := s.words[s.at[i]:s.at[i+1]]
		mask := uint64(len(sig)*64 - 1)
		each(i, func(text string) { setItems(sig, mask, text) })
	}
	return s
}

// taskKeyHashes hashes, for each task of d that has one, the key twinTasks groups it by (its title
// without punctuation, four characters or more, and its leads) and the key sameTitleTasks groups it
// by (its section and its title without punctuation, not empty): equal keys, equal hashes.
func taskKeyHashes(d *plan.Document) (twin, title []uint64) {
	twin, title = make([]uint64, 0, len(d.Tasks)), make([]uint64, 0, len(d.Tasks))
	var h maphash.Hash
	h.SetSeed(keySeed)
	for i := range d.Tasks {
		t := &d.Tasks[i]
		h.Reset()
		n := writeWithoutPunct(&h, t.Title)
		if n == 0 {
			continue
		}
		if n >= 4 {
			for j, u := range t.Lead {
				if j > 0 {
					h.WriteString("、")
				}
				h.WriteString(u)
			}
			twin = append(twin, h.Sum64())
		}
		h.Reset()
		h.WriteString(t.Section)
		h.WriteByte(0xff)
		writeWithoutPunct(&h, t.Title)
		title = append(title, h.Sum64())
	}
	return twin, title
}

// keySeed seeds taskKeyHashes: any seed will do, the hashes are compared within one plan.
var keySeed = maphash.MakeSeed()

// writeWithoutPunct writes s to h as withoutPunct would give it (punctuation and spaces left out; a
// stray byte as U+FFFD), and says how many characters went in.
func writeWithoutPunct(h *maphash.Hash, s string) (n int) {
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if punctOrSpace(r) {
			continue
		}
		h.Write(utf8.AppendRune(buf[:0], r))
		n++
	}
	return n
}

// repeats reports whether two of hs are equal (it sorts hs).
func repeats(hs []uint64) bool {
	slices.Sort(hs)
	for i := 1; i < len(hs); i++ {
		if hs[i] == hs[i-1] {
			return true
		}
	}
	return false
}

// freeParas is the index of the signature of a plan's paragraphs outside any task.
func freeParas(d *plan.Document) int { return len(d.Tasks) }

// setItems sets the bits of text's items in sig: eachItem written out, as building every plan's
// signatures calls it for every character of every plan.
func setItems(sig []uint64, mask uint64, text string) {
	var prev rune
	for i, r := range text {
		b := itemHash(r, 0) & mask
		sig[b>>6] |= 1 << (b & 63)
		if i > 0 {
			b = itemHash(prev, r) & mask
			sig[b>>6] |= 1 << (b & 63)
		}
		prev = r
	}
}

// sigWords is how many words the signature of a text of n characters takes: the power of two that
// gives it at least two bits a character (each character sets at most two bits, itself and its
// pair with the next).
func sigWords(n int) int {
	w := 1
	for w*64 < 2*n {
		w *= 2
	}
	return w
}

// eachItem calls emit with the hash of every character of text and of every pair of neighbouring
// characters.
func eachItem(text string, emit func(uint64)) {
	var prev rune
	for i, r := range text {
		emit(itemHash(r, 0))
		if i > 0 {
			emit(itemHash(prev, r))
		}
		prev = r
	}
}

// itemHash mixes a character, or a pair of them, into 64 bits whose low bits are as good as any
// (splitmix64's finaliser).
func itemHash(a, b rune) uint64 {
	x := uint64(uint32(a))<<32 | uint64(uint32(b))
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// has reports whether task i's signature holds every item of need.
func (s *taskSigs) has(i int, need []uint64) bool {
	sig := s.words[s.at[i]:s.at[i+1]]
	mask := uint64(len(sig)*64 - 1)
	for _, h := range need {
		b := h & mask
		if sig[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return true
}

// mayHold reports whether some text of d (a task's, or its paragraphs' outside tasks) may hold what
// need asks for; true for a plan with no signatures.
func (sigs topicSigs) mayHold(d *plan.Document, need []uint64) bool {
	s := sigs[d]
	if s == nil || need == nil {
		return true
	}
	for i := 0; i <= freeParas(d); i++ {
		if s.has(i, need) {
			return true
		}
	}
	return false
}

// sigNeed is what a signature must hold for a text to hold s as written: its characters and their
// pairs; nil when s is empty or not UTF-8 (every signature may hold it).
func sigNeed(s string) []uint64 {
	if s == "" || !utf8.ValidString(s) {
		return nil
	}
	var items []uint64
	eachItem(s, func(h uint64) { items = append(items, h) })
	return items
}

// termNeed is what a task's signature must hold for it to name one topic term: every item of one
// of alts, or every item of one of a split's left forms and of one of its right forms.
type termNeed struct {
	alts   [][]uint64
	splits [][2][][]uint64
	open   bool // a form the signatures cannot narrow (not UTF-8, or empty): every task may match
}

// newTermNeed is the need of term as topicMatcher reads it (a near form as written, or its
// characters in one clause), and with split as splitMatch reads it too (two words of it apart).
func newTermNeed(term string, pairs map[string]int, split bool) termNeed {
	var n termNeed
	n.alts = n.formNeeds(nearForms(term, pairs))
	if utf8.RuneCountInString(term) >= 3 {
		n.alts = append(n.alts, n.charNeed(term)) // gapHolds: its characters, anywhere
	}
	rs := []rune(term)
	if len(rs) == 2 || len(rs) == 3 {
		// bracketHolds: its first character before a bracket, the rest anywhere (乡镇 in 乡（镇、街道）,
		// 乡街道); a group said so has one or two characters after its first.
		rest := n.charNeed(string(rs[1:]))
		for _, open := range []string{"（", "("} {
			n.alts = append(n.alts, append(sigNeed(string(rs[0])+open), rest...))
		}
	}
	for cut := 2; split && cut+2 <= len(rs); cut++ {
		left := n.formNeeds(nearForms(string(rs[:cut]), pairs))
		right := n.formNeeds(nearForms(string(rs[cut:]), pairs))
		n.splits = append(n.splits, [2][][]uint64{left, right})
		if len(rs)-cut >= 3 {
			n.alts = append(n.alts, right...) // the first words may be the plan title's (splitMatch)
		}
	}
	return n
}

// formNeeds are the items of each form: its characters and their pairs.
func (n *termNeed) formNeeds(forms []string) [][]uint64 {
	out := make([][]uint64, 0, len(forms))
	for _, f := range forms {
		items := sigNeed(f)
		if items == nil {
			n.open = true
			continue
		}
		out = append(out, items)
	}
	return out
}

// charNeed is the items of term's characters alone.
func (n *termNeed) charNeed(term string) []uint64 {
	if !utf8.ValidString(term) {
		n.open = true
	}
	var items []uint64
	for _, r := range term {
		items = append(items, itemHash(r, 0))
	}
	return items
}

// may reports whether task i of s may name the term.
func (n termNeed) may(s *taskSigs, i int) bool {
	if n.open || anyHas(s, i, n.alts) {
		return true
	}
	for _, sp := range n.splits {
		if anyHas(s, i, sp[0]) && anyHas(s, i, sp[1]) {
			return true
		}
	}
	return false
}

func anyHas(s *taskSigs, i int, needs [][]uint64) bool {
	for _, need := range needs {
		if s.has(i, need) {
			return true
		}
	}
	return false
}

// topicFilter keeps the tasks that may name at least one of a topic's terms.
type topicFilter struct {
	sigs  topicSigs
	terms []termNeed
}

// newTopicFilter is the filter of terms (with their splits, when split); nil when there are no
// terms, or no signatures: every task is kept.
func newTopicFilter(sigs topicSigs, terms []string, pairs map[string]int, split bool) *topicFilter {
	if len(terms) == 0 || sigs == nil {
		return nil
	}
	f := &topicFilter{sigs: sigs}
	for _, t := range terms {
		f.terms = append(f.terms, newTermNeed(t, pairs, split))
	}
	return f
}

// doc returns the signatures of d, nil when it has none (a plan added since they were worked out).
func (f *topicFilter) doc(d *plan.Document) *taskSigs {
	if f == nil {
		return nil
	}
	return f.sigs[d]
}

// keep reports whether task i of a plan whose signatures are s may name a term; every task of a
// plan without signatures may.
func (f *topicFilter) keep(s *taskSigs, i int) bool {
	if f == nil || s == nil {
		return true
	}
	for _, n := range f.terms {
		if n.may(s, i) {
			return true
		}
	}
	return false
}

// keepRef is keep for a task known by reference.
func (f *topicFilter) keepRef(r retrieval.TaskRef) bool {
	s := f.doc(r.Doc)
	if s == nil {
		return true
	}
	i := taskIndex(r.Doc, r.Task)
	return i < 0 || f.keep(s, i)
}

// taskIndex is t's place among d's tasks, -1 when it is not one of them: its offset from the
// first, worked out from the addresses (every candidate of a topic asks, and reading the tasks
// one by one up to it cost a plan's length a candidate).
func taskIndex(d *plan.Document, t *plan.Task) int {
	if len(d.Tasks) == 0 || t == nil {
		return -1
	}
	off := uintptr(unsafe.Pointer(t)) - uintptr(unsafe.Pointer(&d.Tasks[0])) // huge when t is before
	size := unsafe.Sizeof(d.Tasks[0])
	if off%size != 0 || off/size >= uintptr(len(d.Tasks)) {
		return -1
	}
	return int(off / size)
}
