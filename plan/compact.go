package plan

import (
	"slices"
	"strings"
	"sync"
)

// Compact makes a document share the strings it repeats, in place, without changing what any
// field holds: a task's paragraphs point into the task's text, every task's reference to its
// document into the document's own fields, repeated sections and numbers into one copy, deadline
// quotes into the text they were read from, and unit, city and kind names into one copy for the
// whole process. A decoded or generated plan otherwise holds its task text twice and its title in
// every task; at 10,000 plans that is about half of what the plans cost. What the document still
// owns after that (its tasks' texts, ids and sections, the paragraphs outside tasks) is then moved
// into a few strings per document (chunks of chunkBytes), so that a plan costs a few allocations
// for its text rather than thousands, each rounded up to the allocator's next size class; a string
// that begins another of the document's (a task's section begins its paragraphs' sections) is the
// start of that one.
//
// Call it where a document is made (decoded from the plan store, generated), before anyone else
// sees it: it writes the document's fields.
func Compact(d *Document) {
	// A decoded document's lists were grown by appending (encoding/json grows a slice by half
	// again, four elements at the least): a plan's tasks and paragraphs held up to half as much
	// again as they have, and a task's one recurring duty room for four.
	d.Tasks, d.Paras, d.Warnings = exact(d.Tasks), exact(d.Paras), exact(d.Warnings)
	// The same walk runs twice: first to gather the distinct strings the document owns (roots),
	// then, with the roots laid in chunks, to point every field into them.
	roots := map[string]int{}
	var order []string
	total := 0
	gather := func(s string) string {
		if _, ok := roots[s]; !ok && s != "" {
			roots[s] = -1
			order = append(order, s)
			total += len(s)
		}
		return s
	}
	compact(d, gather)

	// A string that begins another (a task's section begins the sections of its paragraphs, "二、重
	// 点任务 > (一)…" of "二、重点任务 > (一)… > 1.…") is not laid down again: it is the start of the
	// longer one. In sorted order a string that begins any other begins the one after it, so one
	// pass from the end finds, for each, the longest string it begins.
	sorted := slices.Clone(order)
	slices.Sort(sorted)
	longest := make(map[string]string, len(sorted))
	for i := len(sorted) - 2; i >= 0; i-- {
		if next := sorted[i+1]; strings.HasPrefix(next, sorted[i]) {
			if l, ok := longest[next]; ok {
				next = l
			}
			longest[sorted[i]] = next
			total -= len(sorted[i])
		}
	}
	lay := newChunks(total)
	for _, s := range order {
		if _, ok := longest[s]; !ok {
			roots[s] = lay.put(len(s))
		}
	}
	for s, l := range longest {
		roots[s] = roots[l]
	}
	arenas := lay.fill(order, longest)
	place := func(s string) string {
		if s == "" {
			return s
		}
		at := roots[s]
		return arenas[at>>32][at&(1<<32-1):][:len(s)]
	}
	compact(d, place)
	shareLists(d)
}

// chunkBytes is the most a chunk of a document's text holds (a string longer than it has one of
// its own): a size class of Go's allocator, so that a full chunk costs what it holds. One string
// for the whole document paid the allocator's rounding on all of it: up to an eighth of a text
// under 32 KB, up to a page (8 KB) above (a plan's text is 20–40 KB: the seeds' 24 KB on average,
// the distinct generated plans' 33 KB); chunks of 8 KB filled first-fit leave the rounding to the
// last chunk, under 8 KB.
const chunkBytes = 8192

// openChunks is how many of the last chunks a string may still go in: a few are enough for the
// short strings to fill what the long ones leave, and the work stays linear in a huge plan.
const openChunks = 8

// chunks lays a document's strings in chunks of up to chunkBytes, each string in the first of the
// last openChunks chunks it fits in (first fit: the short strings, sections and ids, fill what the
// long ones leave).
type chunks struct {
	used  []int   // bytes placed in each chunk so far
	chunk []int32 // the chunk of each string put, in the order put
}

func newChunks(total int) *chunks {
	return &chunks{used: make([]int, 0, total/chunkBytes+2)}
}

// put places n bytes and returns where: the chunk's index in the upper 32 bits, the offset within
// it in the lower.
func (c *chunks) put(n int) int {
	for i := max(0, len(c.used)-openChunks); i < len(c.used); i++ {
		if u := c.used[i]; u+n <= chunkBytes {
			c.used[i] += n
			c.chunk = append(c.chunk, int32(i))
			return i<<32 | u
		}
	}
	c.used = append(c.used, n)
	c.chunk = append(c.chunk, int32(len(c.used)-1))
	return (len(c.used) - 1) << 32
}

// fill writes the strings of order that were put, in the order they were put (so each lands at the
// offset put gave it), and returns the chunks, each a string of its length.
func (c *chunks) fill(order []string, longest map[string]string) []string {
	bs := make([]strings.Builder, len(c.used))
	for i, u := range c.used {
		bs[i].Grow(u)
	}
	n := 0
	for _, s := range order {
		if _, ok := longest[s]; !ok {
			bs[c.chunk[n]].WriteString(s)
			n++
		}
	}
	out := make([]string, len(bs))
	for i := range bs {
		out[i] = bs[i].String()
	}
	return out
}

// exact returns s in an array of its own length, s itself when it has no room to spare.
func exact[T any](s []T) []T {
	if cap(s) == len(s) {
		return s
	}
	return append(make([]T, 0, len(s)), s...)
}

// shareLists points the tasks' section paths, unit lists, warnings and deadlines at one copy of
// each distinct list the document holds, laid end to end in one array per element type. Most of
// a plan's tasks repeat another's: its deadlines (the plan's period, a year's target: nine tasks in
// ten), its section path (five in six), its units. Each shared list is clipped to its length, so
// that a reader appending to it copies it rather than writing into another task's list. Empty
// lists are left as they are: nil and empty say different things in JSON.
func shareLists(d *Document) {
	var strs listPool[string]
	var dls listPool[Deadline]
	for i := range d.Tasks {
		t := &d.Tasks[i]
		strs.note(t.Lead)
		strs.note(t.Participating)
		strs.note(t.Warnings)
		dls.note(t.Deadlines)
	}
	// Recurring duties are laid end to end in one array too (they hold unit lists, so they are not
	// compared; few tasks have one), and their unit lists, when grown by appending, with the tasks'.
	recs := 0
	for i := range d.Tasks {
		t := &d.Tasks[i]
		recs += len(t.Recurring)
		for _, r := range t.Recurring {
			if cap(r.Units) > len(r.Units) {
				strs.note(r.Units)
			}
		}
	}
	strs.lay()
	dls.lay()
	var recArena []Recurring
	if recs > 0 {
		recArena = make([]Recurring, 0, recs)
	}
	for i := range d.Tasks {
		t := &d.Tasks[i]
		t.Lead = strs.get(t.Lead)
		t.Participating = strs.get(t.Participating)
		t.Warnings = strs.get(t.Warnings)
		t.Deadlines = dls.get(t.Deadlines)
		if len(t.Recurring) > 0 {
			at := len(recArena)
			recArena = append(recArena, t.Recurring...)
			t.Recurring = recArena[at:len(recArena):len(recArena)]
			for j := range t.Recurring {
				if r := &t.Recurring[j]; cap(r.Units) > len(r.Units) {
					r.Units = strs.get(r.Units)
				}
			}
		}
	}
}

// listPool gathers distinct non-empty lists of one element type and lays them in one array.
type listPool[T comparable] struct {
	byFirst map[T][]int // the lists (indices in lists) that start with an element
	lists   [][]T
	total   int
}

// find returns the index of the list equal to s, -1 when there is none.
func (p *listPool[T]) find(s []T) int {
	for _, i := range p.byFirst[s[0]] {
		if slices.Equal(p.lists[i], s) {
			return i
		}
	}
	return -1
}

func (p *listPool[T]) note(s []T) {
	if len(s) == 0 || p.find(s) >= 0 {
		return
	}
	if p.byFirst == nil {
		p.byFirst = map[T][]int{}
	}
	p.byFirst[s[0]] = append(p.byFirst[s[0]], len(p.lists))
	p.lists = append(p.lists, s)
	p.total += len(s)
}

// lay copies the distinct lists into one array.
func (p *listPool[T]) lay() {
	arena := make([]T, 0, p.total)
	for i, l := range p.lists {
		at := len(arena)
		arena = append(arena, l...)
		p.lists[i] = arena[at:len(arena):len(arena)]
	}
}

// get returns the pool's copy of s (noted before lay), or s when it is empty.
func (p *listPool[T]) get(s []T) []T {
	if len(s) == 0 {
		return s
	}
	return p.lists[p.find(s)]
}

// compact points d's fields at what own returns for each string the document owns, and at pieces
// of a task's text (as own returned it) for strings that text holds.
func compact(d *Document, own func(string) string) {
	d.City, d.Province, d.Level = Intern(d.City), Intern(d.Province), Intern(d.Level)
	d.ID, d.Title, d.Number, d.Issuer = own(d.ID), own(d.Title), own(d.Number), own(d.Issuer)
	d.PeriodQuote, d.Source, d.Hash = own(d.PeriodQuote), own(d.Source), own(d.Hash)
	for i, w := range d.Warnings {
		d.Warnings[i] = own(w)
	}
	r := d.Ref()
	ref := &r
	byID := make(map[string]*Task, len(d.Tasks))
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if t.Doc == nil || *t.Doc == r {
			t.Doc = ref // one reference a document, not a copy a task
		}
		t.Text = own(t.Text)
		t.ID = own(t.ID)
		t.Section = own(t.Section)
		t.Number = own(t.Number)
		t.Title = within(t.Text, t.Title, own) // most items' text repeats their title
		internAll(t.Lead)
		internAll(t.Participating)
		for j := range t.Deadlines {
			dl := &t.Deadlines[j]
			dl.Kind = Intern(dl.Kind)
			dl.Quote = within(t.Text, dl.Quote, own)
		}
		for j := range t.Recurring {
			r := &t.Recurring[j]
			r.Quote = within(t.Text, r.Quote, own)
			internAll(r.Units)
		}
		for j, w := range t.Warnings {
			t.Warnings[j] = own(w)
		}
		byID[t.ID] = t
	}
	for i := range d.Paras {
		p := &d.Paras[i]
		p.Section = own(p.Section)
		if t := byID[p.TaskID]; t != nil {
			p.TaskID = t.ID
			p.Text = within(t.Text, p.Text, own)
		} else {
			p.TaskID = own(p.TaskID)
			p.Text = own(p.Text)
		}
	}
}

// within returns s as a piece of text when text holds it, else through own.
func within(text, s string, own func(string) string) string {
	if s == "" {
		return s
	}
	if i := strings.Index(text, s); i >= 0 {
		return text[i : i+len(s)]
	}
	return own(s)
}

func internAll(ss []string) {
	for i, s := range ss {
		ss[i] = Intern(s)
	}
}

var interned = struct {
	sync.Mutex
	m map[string]string
}{m: map[string]string{}}

// Intern returns the process's one copy of s. It is meant for the short names plans repeat by the
// thousand (units, cities, kinds); the table keeps every name it was given.
func Intern(s string) string {
	if s == "" {
		return s
	}
	interned.Lock()
	defer interned.Unlock()
	if c, ok := interned.m[s]; ok {
		return c
	}
	interned.m[s] = s
	return s
}
