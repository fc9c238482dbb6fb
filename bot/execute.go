package bot

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// hit is one task a query matches, with what made it match.
type hit struct {
	retrieval.TaskRef
	roles []unitRole       // the units asked about that the task names, with their roles
	dues  []plan.Deadline  // its deadlines in the window, or passed (overdue)
	more  *hitDuties       // its recurring duties and units' notes, nil when it has none: read them with occs, recs and notes
	mark  *duties.DoneMark // who marked it done, when it is (nil: no one); read it with doneMark
	done  bool
	score float64 // how well it matches the topic, for figures
}

// hitDuties is what few hits carry, kept apart so that a hit is small (96 bytes, not 192): an answer
// lays out its hits several times, and a unit asked of every plan has 28,000 of them at 10,000
// plans. A hit's hitDuties is its own, made when it is matched, and never changed once another hit
// may share it (a copy of the hit): a hit given other notes gets a new one (withNotes).
type hitDuties struct {
	occs  []duties.Occurrence // its recurring duties falling in the window
	recs  []plan.Recurring    // its recurring duties of the frequency asked
	notes []shareNote         // what units said of it (progress, extension), for StatusExtension and StatusReported
}

func (h hit) occs() []duties.Occurrence {
	if h.more == nil {
		return nil
	}
	return h.more.occs
}

func (h hit) recs() []plan.Recurring {
	if h.more == nil {
		return nil
	}
	return h.more.recs
}

func (h hit) notes() []shareNote {
	if h.more == nil {
		return nil
	}
	return h.more.notes
}

// extra is h's own hitDuties to fill, made on first use: only while h is being matched.
func (h *hit) extra() *hitDuties {
	if h.more == nil {
		h.more = &hitDuties{}
	}
	return h.more
}

// withNotes is h with notes instead of its own, its other duties kept.
func (h hit) withNotes(notes []shareNote) hit {
	if len(notes) == 0 && len(h.notes()) == 0 {
		return h
	}
	m := hitDuties{notes: notes}
	if h.more != nil {
		m.occs, m.recs = h.more.occs, h.more.recs
	}
	h.more = &m
	return h
}

// doneMark is who marked the task done and when, the zero mark when no one did. A pointer in hit
// keeps a hit small: lists of tens of thousands of hits are laid out (and copied) several times an
// answer, and most hits are marked by no one.
func (h hit) doneMark() duties.DoneMark {
	if h.mark == nil {
		return duties.DoneMark{}
	}
	return *h.mark
}

// markOf is a mark to keep in a hit: nil for the zero mark.
func markOf(m duties.DoneMark) *duties.DoneMark {
	if m.By == "" && m.At.IsZero() {
		return nil
	}
	return &m
}

// shareNote is what one unit said of its share of a task.
type shareNote struct {
	unit  plan.UnitRef
	state duties.ShareState
}

type unitRole struct {
	unit plan.UnitRef
	role string
}

// result is what the executor found: the tasks, and what the answer must say beside them.
type result struct {
	hits     []hit
	measures []hit            // safeguard measures that matched a frequency question: quoted, not counted
	doneHits []hit            // left out of an overdue or due list because marked done
	units    []plan.UnitRef   // every unit the query's units and department types resolved to
	filters  []unitSet        // the unit filters, as resolved
	except   []unitSet        // the units left out (Query.negated), as resolved
	docs     []*plan.Document // the plans in scope
	notFound []string         // units named that resolved to nothing
	fuzzy    bool             // the topic matched by similarity, not by its words
	from, to plan.Day         // the window used
	marksErr error            // done marks could not be read
	// shareDone are the shares marked done, read for a count per unit of what is overdue or due:
	// each unit's line is its own "X逾期了哪些", decided by its own mark (unitCounts).
	shareDone map[duties.TaskUnit]bool
}

// unitSet is one unit filter resolved: the units a name or a department type stands for, and the
// role asked of them.
type unitSet struct {
	name   string
	refs   []plan.UnitRef
	role   string
	byCity map[string][]plan.UnitRef // refs by city, in their order, when there are many
}

// manyRefs is how many units a filter resolves to before they are looked up by city: a unit every
// city has (市商务局) resolves to one per city, and each task would read them all.
const manyRefs = 16

func newUnitSet(name string, refs []plan.UnitRef, role string) unitSet {
	s := unitSet{name: name, refs: refs, role: role}
	if len(refs) > manyRefs {
		s.byCity = map[string][]plan.UnitRef{}
		for _, u := range refs {
			s.byCity[u.City] = append(s.byCity[u.City], u)
		}
	}
	return s
}

// matches returns the units of s that task t of city names in the role asked.
func (s unitSet) matches(city string, t *plan.Task) []unitRole {
	var out []unitRole
	refs := s.refs
	if s.byCity != nil {
		refs = s.byCity[city]
	}
	for _, u := range refs {
		if u.City != city {
			continue
		}
		r := t.Role(u.Name)
		if r == "" || (s.role == plan.RoleLead && r != plan.RoleLead) || (s.role == plan.RoleParticipating && r != plan.RoleParticipating) {
			continue
		}
		out = append(out, unitRole{u, r})
	}
	return out
}

// minTopicCoverage is how much of a topic a task must hold to match it when its words do not
// appear as they are ("南孔圣地5A景区创建" for "南孔圣地文化旅游区5A级景区创建").
const minTopicCoverage = 0.75

// execute runs a query over the ledger. It is the one executor: the offline answers and the
// model's query_tasks tool both come here.
func (e *Engine) execute(ctx context.Context, q *Query, today plan.Day) (result, error) {
	x := &execution{e: e, q: q, today: today, lg: e.ledger()}
	x.scope()
	x.unitFilters()
	x.attachmentWords()
	x.readTopic()
	var cands []retrieval.TaskRef
	if q.item > 0 || q.attachment != "" && len(q.Topic) == 0 {
		// "重庆第十四条住房消费那条": the item named by its number; the words only say which it is.
		// "任务表(附件1)一共几项": every task of the attachment.
		cands = x.candidates(nil)
	} else {
		cands = x.candidates(newTopicFilter(x.lg.sigs, q.Topic, x.pairs, false))
	}
	x.window()
	if q.everyYear && !x.to.IsZero() && x.to.Before(x.today) {
		// "每年6月要做什么" asked in December: the June to come, the next time the duties fall.
		x.from, x.to = shiftYears(x.from, 1), shiftYears(x.to, 1)
		x.res.from, x.res.to = x.from, x.to
	}
	x.itemStrict = q.item > 0 && len(q.Topic) > 0
	if q.yearless && !x.to.IsZero() && x.to.Before(x.today.AddDays(-183)) {
		// "1月底前要完成哪些?" asked in December: the January to come, when its tasks are there; else
		// this year's, as below.
		from, to := x.from, x.to
		x.from, x.to = shiftYears(from, 1), shiftYears(to, 1)
		x.res.from, x.res.to = x.from, x.to
		if x.collect(cands); !anyDated(x.res.hits) {
			// Only recurring duties fall then (they fall every year): not the month the tasks are due.
			x.res.hits = nil
			x.from, x.to, x.res.from, x.res.to = from, to, from, to
		}
	}
	if len(x.res.hits) == 0 {
		x.collect(cands)
	}
	from, to := x.res.from, x.res.to
	var recurringOnly []hit
	if q.yearless && len(x.res.hits) > 0 && !anyDated(x.res.hits) {
		// "平潭哪些任务要在3月份完成?" of a 2016 plan: this March holds only its recurring duties; the
		// March its tasks are due in is the plan's, when it has one (else these duties are the answer).
		recurringOnly, x.res.hits = x.res.hits, nil
	}
	if q.yearless && len(x.res.hits) == 0 {
		x.yearOfPlan(cands)
		if !anyDated(x.res.hits) {
			x.res.hits = nil
			x.from, x.to, x.res.from, x.res.to = from, to, from, to // not the plan's year: from the year asked back
		}
	}
	if q.yearless && len(x.res.hits) == 0 && to.Before(x.today) && !to.Before(x.today.AddDays(-183)) {
		// "6月底前要完成哪些?" asked in December of next year's plan: this June is past and holds none
		// of its tasks; the June to come, when its tasks fall there (else earlier years', below).
		x.from, x.to = shiftYears(from, 1), shiftYears(to, 1)
		x.res.from, x.res.to = x.from, x.to
		if x.collect(cands); !anyDated(x.res.hits) {
			x.res.hits = nil
			x.from, x.to, x.res.from, x.res.to = from, to, from, to
		}
	}
	if q.yearEnd && len(x.res.hits) == 0 {
		x.yearOfPlan(cands)
		if !anyDated(x.res.hits) {
			x.res.hits = nil
			x.from, x.to, x.res.from, x.res.to = from, to, from, to
		}
	}
	if len(recurringOnly) > 0 && len(x.res.hits) == 0 {
		x.res.hits = recurringOnly
	}
	for back := 1; q.yearless && len(x.res.hits) == 0 && back <= 15; back++ {
		// "11月底前" of a plan of earlier years: the latest year whose month holds its tasks.
		x.from, x.to = shiftYears(x.res.from, -1), shiftYears(x.res.to, -1)
		x.res.from, x.res.to = x.from, x.to
		x.collect(cands)
	}
	if len(x.res.hits) == 0 {
		x.from, x.to, x.res.from, x.res.to = from, to, from, to // none in any year: the window as asked
	}
	if q.yearless || q.yearEnd {
		x.answeredYear()
	}
	if x.itemStrict && len(x.res.hits) == 0 && len(q.Cities)+len(q.Plans) > 0 {
		x.itemStrict = false // the words name neither the item nor its plan: the number alone
		x.collect(cands)
	}
	if q.lastOne {
		x.lastOfPlan()
	}
	x.measureDuties(cands)
	x.sharedByClauses(cands)
	x.mostTerms(cands)
	x.joinedApart()
	x.oneByOne(cands)
	x.apart()
	x.planTheme()
	x.namedInText()
	if err := x.otherWords(ctx); err != nil {
		return x.res, err
	}
	x.sameHeading()
	x.passingMentions()
	x.projectsNamed()
	x.aspectPart()
	x.dutiesSection()
	x.subjectTitles()
	x.dueWithTopic()
	x.itemsWhole()
	if q.mainTasks {
		x.res.hits = mainPart(x.res.hits)
	}
	if q.Shape == ShapeCount && q.GroupBy == "" && len(q.Topic) > 0 && !q.hasUnits() {
		x.res.hits = itemsOfParts(x.res.hits)
	}
	if q.numbered {
		x.res.hits = numberedPart(x.res.hits)
	}
	if len(x.res.except) > 0 {
		// Whatever found them: a task of a unit left out is none of the answer's.
		x.res.hits = slices.DeleteFunc(x.res.hits, func(h hit) bool { return x.leftOut(h.TaskRef) })
		x.res.measures = slices.DeleteFunc(x.res.measures, func(h hit) bool { return x.leftOut(h.TaskRef) })
	}
	if q.Shape != ShapeCount || q.GroupBy != GroupUnit {
		x.res.hits = onceEach(x.res.hits, x.lg.sigs) // a count per unit folds each unit's own (unitCounts)
	}
	if q.dateRank != "" {
		x.res.hits = byDateRank(x.res.hits, q.dateRank == "first")
	}
	if q.unitRank != "" {
		x.res.hits = byUnitCount(x.res.hits, q.unitRankRole, q.unitRank == "most")
	}
	if err := e.applyDone(ctx, q, &x.res); err != nil {
		return x.res, err
	}
	if err := e.applyStates(ctx, q, &x.res); err != nil {
		return x.res, err
	}
	if q.longest && q.Status == StatusOverdue {
		// "超期最久的是哪项?": of what is still open, the tasks overdue since the oldest date.
		x.res.hits = byDateRank(x.res.hits, true)
	}
	return x.res, nil
}

// byDateRank keeps the hits whose earliest (first) or latest date is the first or the last of all:
// "最早的时间节点是哪天？" is about the tasks due first. Hits with no date of their own go.
func byDateRank(hs []hit, first bool) []hit {
	var best plan.Day
	edge := func(h hit) plan.Day {
		var d plan.Day
		for _, dl := range duties.Within(h.Task, plan.Day{}, plan.Day{}, "", "") {
			if dl.Inherited {
				continue
			}
			if d.IsZero() || first && dl.Date.Before(d) || !first && d.Before(dl.Date) {
				d = dl.Date
			}
		}
		return d
	}
	for _, h := range hs {
		if d := edge(h); !d.IsZero() && (best.IsZero() || first && d.Before(best) || !first && best.Before(d)) {
			best = d
		}
	}
	if best.IsZero() {
		return hs
	}
	var out []hit
	for _, h := range hs {
		if edge(h) == best {
			out = append(out, h)
		}
	}
	return out
}

// byUnitCount keeps the hits that name the most (or, when not most, the fewest, at least one) units
// in role: "哪项任务配合单位最多?" is about the task with the most 配合单位.
func byUnitCount(hs []hit, role string, most bool) []hit {
	count := func(h hit) int {
		n := 0
		if role != plan.RoleParticipating {
			n += len(h.Task.Lead)
		}
		if role != plan.RoleLead {
			n += len(h.Task.Participating)
		}
		return n
	}
	best := 0
	for _, h := range hs {
		if n := count(h); n > 0 && (best == 0 || most && n > best || !most && n < best) {
			best = n
		}
	}
	if best == 0 {
		return hs
	}
	return slices.DeleteFunc(slices.Clone(hs), func(h hit) bool { return count(h) != best })
}

// withoutPunct is s without its punctuation and spaces; s itself, with no copy, when it has none
// (most titles): at 10,000 plans a unit's list dedupes 28,000 titles per question.
func withoutPunct(s string) string {
	for i, r := range s {
		if punctOrSpace(r) {
			var b strings.Builder
			b.Grow(len(s))
			b.WriteString(s[:i])
			for _, r := range s[i:] {
				if !punctOrSpace(r) {
					b.WriteRune(r)
				}
			}
			return b.String()
		}
	}
	return s
}

// punctOrSpace is unicode.IsPunct or unicode.IsSpace, with the Han characters most titles are made
// of answered before the tables are read.
func punctOrSpace(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSpace(r)
}

// onceEach keeps one of the tasks a plan states twice: a summary table at its end repeating an item
// of its text (the same title, the same leads, in another part: "彰显江南园林特色风貌" in 附表 and in
// 三(三)). The one met first stays. Only a plan's twins (twinTasks, worked out with its signatures)
// are looked at.
func onceEach(hs []hit, sigs topicSigs) []hit {
	if len(hs) < 2 {
		return hs
	}
	seen := map[twinKey]*plan.Task{} // the task the item was met as first
	return slices.DeleteFunc(hs, func(h hit) bool {
		if s := sigs[h.Doc]; s != nil && !s.twins[h.Task] {
			return false
		}
		k, ok := twinKeyOf(h.Doc, h.Task)
		if !ok {
			return false
		}
		if first, ok := seen[k]; ok {
			// Two rows of one table with one title are two measures, two items of two parts with one
			// title two tasks; a table or attachment that repeats an item of another part is the
			// item again. Two attachments that are each a plan of their own (附件2's and 附件3's
			// "加强地下水监督管理", each about its own land) state two items.
			return first.Section != h.Task.Section && (tablePart(h.Task) || tablePart(first)) &&
				!apartAttachments(first, h.Task)
		}
		seen[k] = h.Task
		return false
	})
}

// twinKey is what makes two tasks of a plan one item for onceEach: the same title, punctuation
// aside, and the same leads.
type twinKey struct {
	doc          *plan.Document
	title, leads string
}

func twinKeyOf(d *plan.Document, t *plan.Task) (twinKey, bool) {
	title := withoutPunct(t.Title)
	if utf8.RuneCountInString(title) < 4 {
		return twinKey{}, false
	}
	return twinKey{d, title, strings.Join(t.Lead, "、")}, true
}

// twinTasks are d's tasks whose twinKey another of its tasks shares; nil when none does.
func twinTasks(d *plan.Document) map[*plan.Task]bool {
	first := make(map[twinKey]*plan.Task, len(d.Tasks)) // sized once: it runs for every plan
	var twins map[*plan.Task]bool
	for i := range d.Tasks {
		t := &d.Tasks[i]
		k, ok := twinKeyOf(d, t)
		if !ok {
			continue
		}
		f, ok := first[k]
		if !ok {
			first[k] = t
			continue
		}
		if twins == nil {
			twins = map[*plan.Task]bool{}
		}
		twins[f], twins[t] = true, true
	}
	return twins
}

// apartAttachments reports whether a and b are items of the prose of two different attachments
// ("a2.3.4" and "a3.3.5", neither under a table's heading): each attachment a plan of its own.
func apartAttachments(a, b *plan.Task) bool {
	na, nb := attachmentOf(a), attachmentOf(b)
	return na != "" && nb != "" && na != nb && !strings.Contains(a.Section, "表") && !strings.Contains(b.Section, "表")
}

// attachmentOf is the attachment part of t's path ("a2" of "44dc12af:a2.3.4" and of "44dc12af:a2-1"), "" outside attachments.
func attachmentOf(t *plan.Task) string {
	_, path, _ := strings.Cut(t.ID, ":")
	if !strings.HasPrefix(path, "a") {
		return ""
	}
	if i := strings.IndexAny(path, ".-"); i >= 0 {
		path = path[:i]
	}
	return path
}

// tablePart reports whether a task is a row of an attachment or a table ("a1.4", "…重点安排表").
func tablePart(t *plan.Task) bool {
	_, path, _ := strings.Cut(t.ID, ":")
	return strings.HasPrefix(path, "a") || strings.Contains(lastSection(t.Section), "表") || strings.Contains(t.Section, "附件")
}

// execution is one run of a query: what it was asked, and what it found so far.
type execution struct {
	e     *Engine
	q     *Query
	today plan.Day
	lg    *ledger
	res   result
	// twoWorks: the topic is two works no task writes both of (joinedApart), each answered apart.
	twoWorks bool

	inScope       map[*plan.Document]bool // nil when every plan is: read it through scoped
	pairs         map[string]int          // character-pair counts, to tell a word from a straddle
	topics        topicMatcher            // the topic's terms, read once
	from, to      plan.Day                // the deadline window
	withRecurring bool                    // recurring duties falling in the window count too
	yearlyToo     bool                    // a window of a year: the yearly duties falling in it count too
	// itemStrict: an item asked by its number must also be named by the question's words, in its
	// own or its plan's title ("开发区清单第3项": item 3 of the 开发区 list).
	itemStrict bool
}

// scope keeps the plans the query's cities and plans name. A query naming neither keeps every plan,
// and inScope stays nil: at 10,000 plans a set of them all was a 10,000-entry map an answer.
func (x *execution) scope() {
	q := x.q
	all := x.e.kb.Docs()
	if len(q.Cities) == 0 && len(q.Plans) == 0 {
		if len(all) > 0 {
			x.res.docs = all // Docs gives a new slice each call
		}
		return
	}
	for _, d := range all {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		if !namedPlan(d, q.Plans) {
			continue
		}
		x.res.docs = append(x.res.docs, d)
	}
	x.inScope = make(map[*plan.Document]bool, len(x.res.docs))
	for _, d := range x.res.docs {
		x.inScope[d] = true
	}
}

// scoped reports whether d is one of the plans in scope.
func (x *execution) scoped(d *plan.Document) bool { return x.inScope == nil || x.inScope[d] }

// unitFilters resolves the units, department types and bodies the query names.
func (x *execution) unitFilters() {
	q, p, res := x.q, x.e.Parser(), &x.res
	for i, u := range q.Units {
		var refs []plan.UnitRef
		if i < len(q.refs) {
			refs = q.refs[i]
		} else {
			refs = p.resolveUnit(u.Name, u.City, q.Cities)
		}
		if len(refs) == 0 {
			res.notFound = append(res.notFound, u.Name)
		}
		refs = x.withParts(x.withLevelless(refs))
		res.filters = append(res.filters, newUnitSet(u.Name, refs, u.Role))
	}
	for _, t := range q.DeptTypes {
		refs := unitsAtLevel(p.depts.units(t, x.e.kb.Directory(), q.Cities), q.typeLevel[t])
		res.filters = append(res.filters, newUnitSet(t, refs, q.Role))
	}
	if q.Shape != ShapeFrequency && q.Shape != ShapeSearch {
		x.bodyFilters()
	}
	for _, f := range res.filters {
		res.units = append(res.units, f.refs...)
	}
	res.units = dedupe(res.units)
	for _, u := range q.negated {
		res.except = append(res.except, newUnitSet(u.Name, p.resolveUnit(u.Name, u.City, q.Cities), u.Role))
	}
}

// leftOut reports whether t names a unit the question leaves out, in the role it was left out in.
// A count per unit keeps every task: there the unit's own line goes (countByUnit), and the others
// count what they share with it. Asked who else does the work ("除了住建局以外还有哪些单位负责停车?"),
// a task the unit shares with another in that role stays: the answer is about the other.
func (x *execution) leftOut(r retrieval.TaskRef) bool {
	if x.q.Shape == ShapeCount && x.q.GroupBy == GroupUnit {
		return false
	}
	for _, f := range x.res.except {
		if ms := f.matches(r.Doc.City, r.Task); len(ms) > 0 && !(x.q.asksWho && othersInRole(r.Task, ms, f.role)) {
			return true
		}
	}
	return false
}

// othersInRole reports whether t names, in role (lead, participating, any), a unit beside those of ms.
func othersInRole(t *plan.Task, ms []unitRole, role string) bool {
	var names []string
	if role != plan.RoleParticipating {
		names = append(names, t.Lead...)
	}
	if role != plan.RoleLead {
		names = append(names, t.Participating...)
	}
	for _, n := range names {
		if !slices.ContainsFunc(ms, func(m unitRole) bool { return m.unit.Name == n || t.Aka[n] == m.unit.Name }) {
			return true
		}
	}
	return false
}

// withParts adds to a bureau asked about its own parts the plans name apart ("区公安局交警部门",
// "市公安局治安支队" of 区公安局, 市公安局): asked what the bureau does, their tasks are its.
func (x *execution) withParts(refs []plan.UnitRef) []plan.UnitRef {
	out := refs
	if len(refs) > maxPartsLookup {
		return refs // a bureau of every city (市商务局 at 10,000 plans): each city's units are not read
	}
	dir := x.e.kb.Directory()
	for _, r := range refs {
		if !strings.HasSuffix(r.Name, "局") && !strings.HasSuffix(r.Name, "委") && !strings.HasSuffix(r.Name, "厅") {
			continue
		}
		for _, uc := range dir.Units(r.City) {
			if rest, ok := strings.CutPrefix(uc.Name, r.Name); ok && reUnitPart.MatchString(rest) && !slices.Contains(out, uc.UnitRef) {
				out = append(out, uc.UnitRef)
			}
		}
	}
	return out
}

// withLevelless adds to a unit asked by a name that opens with its level (市局认证监督管理处,
// 自治县农业农村局) the same name without it in the same place (认证监督管理处, 农业农村局): a plan
// listing a level's offices writes the level once ("市局产品质量安全监督管理处、认证监督管理处") or not at
// all ("各乡（镇）党委、自治县文明办、农业农村局"), and the name left is that office.
func (x *execution) withLevelless(refs []plan.UnitRef) []plan.UnitRef {
	out := refs
	if len(refs) > maxPartsLookup {
		return refs
	}
	dir := x.e.kb.Directory()
	for _, r := range refs {
		m := reLevelPrefix.FindString(r.Name)
		if m == "" {
			continue
		}
		bare := strings.TrimPrefix(r.Name, m)
		if first, _ := utf8.DecodeRuneInString(bare); utf8.RuneCountInString(bare) < 3 || strings.ContainsRune("省市区县州镇乡", first) {
			continue
		}
		for _, uc := range dir.Units(r.City) {
			if uc.City == r.City && uc.Name == bare && !slices.Contains(out, uc.UnitRef) {
				out = append(out, uc.UnitRef)
			}
		}
	}
	return out
}

// reLevelPrefix is a level written before an office's name as a word of its own: a level's bureau
// (市局, 省局) or an autonomous county or prefecture (自治县, 自治州).
var reLevelPrefix = regexp.MustCompile(`^(?:[省市区县]局|自治县|自治州|自治区)`)

// maxPartsLookup is how many units asked about withParts looks up parts for.
const maxPartsLookup = 16

// reUnitPart is what a bureau's part adds to its name: 交警部门, 治安大队, 交警支队, 鹿城分局 ….
var reUnitPart = regexp.MustCompile(`^\p{Han}{1,6}(?:部门|大队|支队|中队|分局|处|科|室|所|站)$`)

// bodyFilters: a body asked about as a party (领导小组负责哪些任务?) stands for the units named after
// it.
func (x *execution) bodyFilters() {
	q, res := x.q, &x.res
	for _, b := range q.Bodies {
		refs := x.e.Parser().bodyUnits(b, q)
		if len(refs) == 0 {
			res.notFound = append(res.notFound, b)
		}
		res.filters = append(res.filters, newUnitSet(b, refs, q.Role))
	}
}

// readTopic reads the topic's terms once, with the plans' character pairs they are told apart by.
func (x *execution) readTopic() {
	x.pairs = x.lg.pairCountsOf(x.e.kb.Docs)
	x.topics = newTopicMatcher(x.q.Topic, x.pairs).withSigs(x.lg.sigs).literal(x.q.quoted)
}

// candidates are the units' own tasks when units are asked about, else every task in scope; of
// them, those that may name a term of the topic by their signatures (f; nil keeps every one).
func (x *execution) candidates(f *topicFilter) []retrieval.TaskRef {
	q, res := x.q, &x.res
	if len(res.filters) > 0 {
		return x.e.unitCandidates(x.e.kb.UnitTasks(res.units), func(r retrieval.TaskRef) bool { return x.scoped(r.Doc) && f.keepRef(r) })
	}
	docs := res.docs
	if len(q.Cities) == 0 && len(q.Plans) == 0 && len(q.Topic) > 0 {
		// Every plan: those of cities whose text holds the topic's words first (at scale the
		// index keeps which city holds which words). Its shortest form, or a near word's, is
		// what must be there.
		in := map[*plan.Document]bool{}
		for _, f := range topicForms(q.Topic[0]) {
			for _, d := range x.e.kb.DocsWithAll(f) {
				in[d] = true
			}
		}
		var kept []*plan.Document
		for _, d := range docs {
			if in[d] {
				kept = append(kept, d)
			}
		}
		docs = kept
	}
	return keptTasks(docs, f)
}

// keptTasks lists the tasks of docs that f keeps, in order. They are marked in a bit set and
// counted first, so that the list is laid out at its length: grown by appending, it cost some four
// times its size in garbage (23 MB a round of AskScale's questions at 10,000 plans, where a topic
// asked of every plan keeps tens of thousands). nil when f keeps none.
func keptTasks(docs []*plan.Document, f *topicFilter) []retrieval.TaskRef {
	total := 0
	for _, d := range docs {
		total += len(d.Tasks)
	}
	var kept []uint64 // nil: f keeps every task
	n := total
	if f != nil {
		kept, n = make([]uint64, (total+63)/64), 0
		k := 0
		for _, d := range docs {
			s := f.doc(d)
			for i := range d.Tasks {
				if f.keep(s, i) {
					kept[k>>6] |= 1 << (k & 63)
					n++
				}
				k++
			}
		}
	}
	if n == 0 {
		return nil
	}
	cands := make([]retrieval.TaskRef, 0, n)
	k := 0
	for _, d := range docs {
		for i := range d.Tasks {
			if kept == nil || kept[k>>6]&(1<<(k&63)) != 0 {
				cands = append(cands, retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]})
			}
			k++
		}
	}
	return cands
}

// window sets the deadline window (30 days from today for "due" without one) and whether
// recurring duties count: "本月要做什么?" is every deadline and every recurring duty that falls in
// the month or the quarter, and so is a half year not yet over ("明年上半年要做什么?" holds its first
// quarter's duties: a leader planning the half year plans its monthly reports; "2014年上半年要完成
// 哪些工作?" asks what the plan set to be done by then). A longer window, or a question about
// deadlines ("到期") and not about what is to be done too, is deadlines only.
func (x *execution) window() {
	q := x.q
	from, to := q.days()
	if q.Status == StatusDue && from.IsZero() && to.IsZero() {
		from, to = x.today, x.today.AddDays(30)
	}
	x.from, x.to = from, to
	x.res.from, x.res.to = from, to
	short := !from.IsZero() && !to.IsZero() && (from.AddDays(92).Compare(to) >= 0 || from.AddDays(184).Compare(to) >= 0 && !to.Before(x.today))
	x.withRecurring = q.Frequency != "" || (q.Status == StatusDue && !q.deadlinesOnly && short)
	// "2027年要完成哪些": a duty of every year's March (每年3月底前) falls due in it once, as a dated
	// task does; those of every month would fill the year, and stay for the shorter windows.
	// A yearly duty counts when the plan gives its month (每年3月底前 is a date each year; 每年开展一次,
	// 年评估 are none), and not when a kind of date (目标类) is asked.
	x.yearlyToo = !x.withRecurring && q.Status == StatusDue && q.DeadlineKind == "" && !from.IsZero() && !to.IsZero() && to.Before(from.AddDays(366))
}

// collect keeps the candidates that match, safeguard measures apart. When no task's own words hold
// the topic, the tasks under a heading that names it match ("预期目标" for the rows of a table
// headed 经济社会发展预期目标任务分解表).
func (x *execution) collect(cands []retrieval.TaskRef) {
	matched := x.matchAll(cands)
	if x.res.hits == nil {
		// Room for the hits at once: at 10,000 plans a topic asked of every plan keeps 16,000 of
		// them, and growing the slice step by step cost a third of the answer. The matches' own
		// array is that room: add keeps a hit at or before the place it is read from.
		x.res.hits = matched[:0:len(matched)]
	}
	for _, h := range matched {
		x.add(h)
	}
	if len(x.res.hits) > 0 || len(x.q.Topic) == 0 {
		return
	}
	// The signatures hold a task's own words, not its heading's: every task in scope is looked at.
	forms := nearFormsOf(x.q.Topic, nil)
	for _, r := range x.candidates(nil) {
		if !sectionHoldsForms(r.Task.Section, forms) {
			continue
		}
		if h, ok := x.match(r, false); ok {
			x.add(h)
		}
	}
}

// parallelFrom is how many candidates a question must have before they are matched on every core:
// below it, starting goroutines costs more than it saves.
var parallelFrom = 8192

// matchAll matches the candidates against the query, in their order. Many candidates (a topic
// asked of every plan at 10,000 plans reads 100,000 tasks) are split over the cores: matching only
// reads the query and the tasks. The cores take matchChunk candidates at a time, in order, match
// them into a buffer of their own and keep a copy of the chunk's hits at its length: each core's
// share held room for as many hits as it had candidates (up to 16,384, 3 MB), and a question of many
// candidates and few hits threw that away (at 10,000 plans, 54 MB of garbage over the evaluation
// set).
func (x *execution) matchAll(cands []retrieval.TaskRef) []hit {
	n := min(runtime.GOMAXPROCS(0), 8)
	if len(cands) < parallelFrom || n < 2 {
		out := make([]hit, 0, min(len(cands), 1<<15))
		for _, r := range cands {
			if h, ok := x.match(r, true); ok {
				out = append(out, h)
			}
		}
		return out
	}
	chunks := make([][]hit, (len(cands)+matchChunk-1)/matchChunk)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, len(chunks)) {
		wg.Go(func() {
			buf := make([]hit, 0, matchChunk)
			for {
				c := int(next.Add(1)) - 1
				if c >= len(chunks) {
					return
				}
				buf = buf[:0]
				for _, r := range cands[c*matchChunk : min((c+1)*matchChunk, len(cands))] {
					if h, ok := x.match(r, true); ok {
						buf = append(buf, h)
					}
				}
				if len(buf) > 0 {
					chunks[c] = slices.Clone(buf)
				}
			}
		})
	}
	wg.Wait()
	total := 0
	for _, c := range chunks {
		total += len(c)
	}
	out := make([]hit, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out
}

// matchChunk is how many candidates a core of matchAll matches at a time.
const matchChunk = 1024

// sameHeading: the tasks under a heading that names the topic ("（四）构建服务业人才队伍" asked about
// 人才队伍建设) are about it, whatever their own words; when one of them is a hit, the others of that
// heading are added. The heading must hold each term (or a near form of it) as written. Only the
// hits' own plans are read, and a topic with more hits than sameHeadingMax (asked of many plans) is
// left as it is: its hits say enough, and widening them would cost more than the answer.
func (x *execution) sameHeading() {
	q, res := x.q, &x.res
	if len(q.Topic) == 0 || len(res.hits) == 0 || len(res.hits) > sameHeadingMax {
		return
	}
	forms := nearFormsOf(q.Topic, x.pairs)
	names := func(head string) bool { return sectionHoldsForms(head, forms) } // as written: no straddle test for a heading
	if x.twoWorks {
		// Two works asked apart ("教育、健康部分"): a heading naming either is one of them.
		names = func(head string) bool {
			return slices.ContainsFunc(forms, func(fs []string) bool { return sectionHoldsForms(head, [][]string{fs}) })
		}
	}
	type heading struct {
		doc     *plan.Document
		section string
	}
	named := map[heading]bool{}
	for _, h := range res.hits {
		k := heading{h.Doc, h.Task.Section}
		if _, seen := named[k]; !seen && h.Task.Section != "" {
			named[k] = names(lastSection(h.Task.Section))
		}
	}
	if len(q.Plans) > 0 {
		// In the plans named, a heading that names the topic whatever the hits' own headings
		// ("（一）制订试点配套文件" over items that are each a 配套文件, asked 制定哪些配套文件).
		for _, r := range x.candidates(nil) {
			k := heading{r.Doc, r.Task.Section}
			if _, seen := named[k]; !seen && r.Task.Section != "" {
				named[k] = names(lastSection(r.Task.Section))
			}
		}
	}
	have := map[*plan.Task]bool{}
	var extra []hit
	for k, ok := range named {
		if !ok {
			continue
		}
		if len(have) == 0 {
			for _, h := range res.hits {
				have[h.Task] = true
			}
		}
		for i := range k.doc.Tasks {
			t := &k.doc.Tasks[i]
			if have[t] || t.Section != k.section {
				continue
			}
			if g, ok := x.match(retrieval.TaskRef{Doc: k.doc, Task: t}, false); ok && !x.lg.isMeasure(t) {
				have[t] = true
				extra = append(extra, g)
			}
		}
	}
	if len(extra) == 0 {
		return
	}
	res.hits = append(res.hits, extra...)
	sortLedger(x.e.order(), res.hits, func(h hit) retrieval.TaskRef { return h.TaskRef })
}

// passingMentions: asked for the tasks on a field ("人才方面有哪些任务"), in a plan that heads a part
// with it ("（四）构建服务业人才队伍"), a task elsewhere that writes it only as one of a list ("引导资金、
// 土地、项目、人才等要素") names it in passing: that plan's tasks on it are the part's, and those whose
// title or words make it their own.
func (x *execution) passingMentions() {
	q, res := x.q, &x.res
	if len(q.Topic) != 1 || len(res.hits) < 2 || q.Shape != ShapeList && q.Shape != ShapeCount {
		return
	}
	term := q.Topic[0]
	forms := nearFormsOf(q.Topic, x.pairs)
	headed := headedPart(res.hits, forms)
	if len(headed) == 0 {
		return
	}
	kept := res.hits[:0:0]
	for _, h := range res.hits {
		t := h.Task
		passing := headed[h.Doc] && !ownsPart(t, forms) && strings.Contains(t.Text, term) && !titleSubject(t.Text, term)
		if !passing {
			kept = append(kept, h)
		}
	}
	if len(kept) > 0 {
		res.hits = kept
	}
}

// ownsPart reports whether t is of the part of its plan on a topic (its terms' near forms): its
// heading names the topic, or its own title's first clause does ("加强道路交通安全执法，开展安全宣传"
// under 提升服务 is of 安全); a later clause says what it serves ("建设乡镇客运站，方便公共交通换乘",
// "加大资金投入，落实公共交通补贴"), not what it is. The one rule of passingMentions and aspectPart
// for which hits of a topic are its part's.
func ownsPart(t *plan.Task, forms [][]string) bool {
	return sectionHoldsForms(lastSection(t.Section), forms) || sectionHoldsForms(firstClause(t.Title), forms)
}

// headedPart reports whether some hit of a plan sits under a heading naming the topic (its terms'
// near forms): the plan has a part on it.
func headedPart(hits []hit, forms [][]string) map[*plan.Document]bool {
	headed := map[*plan.Document]bool{}
	for _, h := range hits {
		if sectionHoldsForms(lastSection(h.Task.Section), forms) {
			headed[h.Doc] = true
		}
	}
	return headed
}

// projectsNamed: asked for the projects of a topic ("洋县有哪些道路或公路项目"), a project named for
// something else (高标准农田建设项目) whose words only mention it among its other works (整治田块…，新建
// 田间道路) is not one of them, when some project's own name holds it. A project whose name does not
// say what it is but whose first work does (G316线洋县段改建工程: 改建国道公路12公里) is one.
func (x *execution) projectsNamed() {
	q, res := x.q, &x.res
	if !q.projectsOf || len(q.Topic) == 0 || len(res.hits) < 2 || q.Shape != ShapeList && q.Shape != ShapeCount {
		return
	}
	named := func(h hit) bool {
		return holdsAny(h.Task.Title, q.Topic, nil) || holdsAny(firstClause(strings.TrimPrefix(h.Task.Text, h.Task.Title)), q.Topic, nil)
	}
	project := func(h hit) bool { return reProjectName.MatchString(h.Task.Title) }
	if !slices.ContainsFunc(res.hits, named) {
		return
	}
	res.hits = slices.DeleteFunc(res.hits, func(h hit) bool { return project(h) && !named(h) })
}

// firstClause is a text's words up to its first clause's end (，。；), its leading marks left.
func firstClause(text string) string {
	text = strings.TrimLeft(text, "。．.，,；;：: 　")
	if i := strings.IndexAny(text, "，,。；;"); i >= 0 {
		return text[:i]
	}
	return text
}

// reProjectName is a project's name: its title ends in 项目 or 工程.
var reProjectName = regexp.MustCompile(`(?:项目|工程)$`)

// aspectPart: asked a plan's tasks on one side of its work ("畅通城市方案里公共交通方面有哪些任务"), the
// tasks under the headings that name it are the answer when some are: not those elsewhere that only
// write its words (a safeguard's 公交补贴).
func (x *execution) aspectPart() {
	q, res := x.q, &x.res
	if !q.aspect || len(q.Plans) == 0 || len(q.Topic) == 0 || len(res.hits) < 2 {
		return
	}
	forms := nearFormsOf(q.Topic, x.pairs)
	headed := headedPart(res.hits, forms)
	// A heading that is the part itself ("（二）非森林景点") bounds it: an item elsewhere that names it
	// ("游船码头所在镇街同步做好非森林景点游客疏导") is not of it. A heading that only names it among
	// other words ("（二）强化安全保障") leaves it a theme, whose items elsewhere are those titled by it.
	bounded := map[*plan.Document]bool{}
	for _, h := range res.hits {
		if len(forms) == 1 && slices.Contains(forms[0], headingWords(lastSection(h.Task.Section))) {
			bounded[h.Doc] = true
		}
	}
	kept := slices.DeleteFunc(slices.Clone(res.hits), func(h hit) bool {
		if bounded[h.Doc] {
			return !sectionHoldsForms(lastSection(h.Task.Section), forms)
		}
		return !headed[h.Doc] || !ownsPart(h.Task, forms)
	})
	// A heading that lists the parts ("二、整治内容重点加强景区、非景区景点、涉水危险区域…") holds the
	// words too: the tasks under the part's own heading below it ("（三）非景区景点") are the part's,
	// not one placed under the listing heading itself. A heading that is the part ("一、公共交通")
	// keeps its own items beside an item below it that only names it among more words ("（三）加强
	// 公共交通设施建设"): the heading that says the part with the fewest other words is the part's.
	kept = slices.DeleteFunc(kept, func(h hit) bool {
		own := headingWords(lastSection(h.Task.Section))
		return slices.ContainsFunc(kept, func(g hit) bool {
			return g.Doc == h.Doc && strings.HasPrefix(g.Task.Section, h.Task.Section+plan.SectionSep) &&
				utf8.RuneCountInString(headingWords(lastSection(g.Task.Section))) < utf8.RuneCountInString(own)
		})
	})
	if len(kept) > 0 && len(kept) < len(res.hits) {
		res.hits = kept
	}
}

// headingWords is a heading's words without its number ("（三）非景区景点" → "非景区景点").
func headingWords(heading string) string {
	return strings.TrimLeft(heading, "0123456789０１２３４５６７８９一二三四五六七八九十百零〇（）()、.．，, 　")
}

// subjectTitles: asked who does the one item on a topic ("嘉兴房地产那块谁牵头", "平潭跨境电商发展那一
// 条，牵头单位是谁"), the tasks whose titles make the topic their subject are the answer, in each plan
// that has such: not those that only name it in their words, or as one of a list ("编制现代物流、…、
// 房地产等专项规划"). Asked who does a named work without pointing ("苏河湾地区完全中学新建工程归哪些部门
// 负责"), the same: a section's summary or a neighbour item that names it in passing is not who does
// it. Asked who does a field ("嘉兴房地产谁牵头", namesWork) or for the works on a topic ("老字号相关的
// 工作都有哪些，谁负责", listsWorks), every task on it is.
func (x *execution) subjectTitles() {
	q, res := x.q, &x.res
	if q.Shape != ShapeOwner || len(q.Topic) == 0 || len(res.hits) < 2 || x.twoWorks {
		return
	}
	if !q.oneItem && (q.listsWorks || !namesWork(q.Topic)) {
		return
	}
	score := make([]int, len(res.hits))
	best := map[*plan.Document]int{}
	for i, h := range res.hits {
		for _, term := range q.Topic {
			// In the form plans print it too: “互联网＋政务服务” for 互联网+政务服务.
			if titleSubject(h.Task.Title, term) || strings.Contains(term, "+") && titleSubject(h.Task.Title, fullWidthPlus(term)) {
				score[i]++
			}
		}
		best[h.Doc] = max(best[h.Doc], score[i])
	}
	// Kept in place: each plan's best-scored hits stay, so the list is never empty, and a list
	// grown anew cost up to four times the hits it kept (11 MB a round of AskScale's questions).
	kept := res.hits[:0]
	for i, h := range res.hits {
		if score[i] == best[h.Doc] {
			kept = append(kept, h)
		}
	}
	res.hits = kept
}

// dueWithTopic: asked when something is due ("工作总结什么时候前报"), the tasks whose sentence naming
// the topic gives one of their dates are about that duty ("工作总结于11月30日前报送区安办"); a task that
// names it in passing, its dates in other sentences of its text ("认真总结专项行动的做法"), is not, when
// one of them does. A task whose dates its text does not quote (a table's column) stays.
func (x *execution) dueWithTopic() {
	q, res := x.q, &x.res
	if !q.asksWhen || q.Status != "" || len(q.Topic) != 1 || len(res.hits) < 2 {
		return
	}
	forms := nearForms(q.Topic[0], x.pairs)
	kept := res.hits[:0:0]
	for _, h := range res.hits {
		if datedSentenceHolds(h.Task, forms) || !quotesOwnDate(h.Task) {
			kept = append(kept, h)
		}
	}
	if len(kept) > 0 && len(kept) < len(res.hits) {
		res.hits = kept
	}
}

// quotesOwnDate reports whether t's text quotes one of its own dates.
func quotesOwnDate(t *plan.Task) bool {
	for _, d := range t.Deadlines {
		if !d.Inherited && d.Quote != "" && strings.Contains(t.Text, d.Quote) {
			return true
		}
	}
	return false
}

// datedSentenceHolds reports whether a sentence of t's text holds one of forms and the quote of one
// of t's own dates.
func datedSentenceHolds(t *plan.Task, forms []string) bool {
	text := t.Text
	for _, f := range forms {
		for at := 0; ; {
			i := strings.Index(text[at:], f)
			if i < 0 {
				break
			}
			i += at
			from := strings.LastIndexAny(text[:i], "。；;！!？?") + 1
			to := len(text)
			if j := strings.IndexAny(text[i:], "。；;！!？?"); j >= 0 {
				to = i + j
			}
			for _, d := range t.Deadlines {
				if !d.Inherited && d.Quote != "" && strings.Contains(text[from:to], d.Quote) {
					return true
				}
			}
			at = to
			if at >= len(text) {
				break
			}
		}
	}
	return false
}

// namesWork reports whether a topic names one work rather than a field many tasks touch: five
// characters or more in all ("“百项百亿”工程", "养老金账户 建立", "完全中学新建工程"), not a field
// word of four or fewer (房地产, 家政服务, 人工智能, 跨境电商), whose every task answers who does it.
func namesWork(topic []string) bool {
	n := 0
	for _, t := range topic {
		n += utf8.RuneCountInString(t)
	}
	return n >= 5
}

// titleSubject reports whether title holds term other than as one of a list (a neighbour 、).
func titleSubject(title, term string) bool {
	for at := 0; ; {
		i := strings.Index(title[at:], term)
		if i < 0 {
			return false
		}
		i += at
		before, after := title[:i], title[i+len(term):]
		if j := strings.LastIndexAny(before, "，,。；;：:"); j >= 0 {
			before = before[j:]
		}
		if j := strings.IndexAny(after, "，,。；;：:"); j >= 0 {
			after = after[:j]
		}
		if !inList(before, after) {
			return true
		}
		at = i + len(term)
	}
}

// inList reports whether a term between before and after (its clause's words on either side) is one
// of a list: a 、 on either side within a few characters of it ("编制现代物流、…、房地产等专项规划").
// A 、 further off lists other words of its clause ("县委政法委负责对各乡镇、各县直单位…进行考核").
func inList(before, after string) bool {
	const near = 4
	if i := strings.LastIndex(before, "、"); i >= 0 && utf8.RuneCountInString(before[i+len("、"):]) <= near {
		return true
	}
	if i := strings.Index(after, "、"); i >= 0 && utf8.RuneCountInString(after[:i]) <= near {
		return true
	}
	return false
}

// dutiesSection: a unit's 职责 asked for ("街镇消防安全委员会职责一共有几条") are its tasks under a
// heading of duties that names it (三、工作职责 > （一）街镇（园区）消防安全委员会职责), in each plan
// that has such; in a plan with none, all its tasks.
func (x *execution) dutiesSection() {
	res := &x.res
	if !x.q.duties || len(x.q.Units) == 0 || len(res.hits) < 2 {
		return
	}
	underDuties := func(h hit) bool {
		sec := lastSection(h.Task.Section)
		if !strings.Contains(sec, "职责") {
			return false
		}
		for _, u := range h.Task.Units() {
			if strings.Contains(sec, plan.UnitBody(u)) {
				return true
			}
		}
		return false
	}
	has := map[*plan.Document]bool{}
	for _, h := range res.hits {
		if underDuties(h) {
			has[h.Doc] = true
		}
	}
	if len(has) == 0 {
		return
	}
	kept := res.hits[:0]
	for _, h := range res.hits {
		if !has[h.Doc] || underDuties(h) {
			kept = append(kept, h)
		}
	}
	res.hits = kept
}

// sameHeadingMax is how many hits a topic may have for sameHeading to widen them.
const sameHeadingMax = 2000

// inPart reports whether a task stands in the part of its plan's text numbered part: its top heading
// is "三、…" (an attachment's are not the text's).
func inPart(t *plan.Task, part string) bool {
	top := plan.TopSection(t.Section)
	return strings.HasPrefix(top, part+"、") || strings.HasPrefix(top, part+"．") || strings.HasPrefix(top, part+" ")
}

// attachmentWords: a question naming an attachment by its number names it by its words too
// ("排水改革任务表(附件1)"): when a plan in scope has that attachment and its heading or the plan's
// title holds every topic term, the terms only say which attachment, and all its tasks are asked for.
func (x *execution) attachmentWords() {
	q := x.q
	if q.attachment == "" || len(q.Topic) == 0 {
		return
	}
	for _, d := range x.res.docs {
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if !inAttachment(t, q.attachment) {
				continue
			}
			head := t.Section + d.Title
			named := true
			for _, term := range q.Topic {
				if !holdsAny(head, nearForms(term, x.pairs), nil) && (!inOrder(head, []rune(term), utf8.RuneCountInString(head)+1) || x.attachmentHolds(d, term)) {
					named = false
					break
				}
			}
			if named {
				q.Topic = nil
				return
			}
			break // one heading a plan's attachment
		}
	}
}

// attachmentHolds: a task of the attachment asked about holds term, which is then a topic of its
// own ("附件1里改制相关的任务"), not words naming the attachment.
func (x *execution) attachmentHolds(d *plan.Document, term string) bool {
	for i := range d.Tasks {
		if t := &d.Tasks[i]; inAttachment(t, x.q.attachment) && strings.Contains(t.Title+t.Text, term) {
			return true
		}
	}
	return false
}

// inAttachment reports whether a task is in the attachment numbered n (its section "附件2 …").
func inAttachment(t *plan.Task, n string) bool {
	rest, ok := strings.CutPrefix(t.Section, "附件"+n)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsDigit(r)
}

// sectionHolds reports whether a task's heading holds every term of a topic.
func sectionHolds(section string, terms []string) bool {
	return sectionHoldsForms(section, nearFormsOf(terms, nil))
}

// nearFormsOf are each term's near forms, worked out once for many sections.
func nearFormsOf(terms []string, pairs map[string]int) [][]string {
	forms := make([][]string, len(terms))
	for i, t := range terms {
		forms[i] = nearForms(t, pairs)
	}
	return forms
}

// sectionHoldsForms is sectionHolds with the terms' near forms worked out: each term as written or
// in a near form (制定: 制订).
func sectionHoldsForms(section string, forms [][]string) bool {
	if section == "" {
		return false
	}
	for _, fs := range forms {
		if !holdsAny(section, fs, nil) {
			return false
		}
	}
	return true
}

// add keeps a matching task: a hit, or a safeguard measure quoted beside them.
func (x *execution) add(h hit) {
	q, res := x.q, &x.res
	if !x.lg.isMeasure(h.Task) {
		res.hits = append(res.hits, h)
		return
	}
	keepMeasures := q.Frequency != "" || q.Shape == ShapeFrequency || q.Status == StatusDue && x.withRecurring
	duty := len(h.recs()) > 0 || len(h.occs()) > 0
	switch {
	case keepMeasures && len(res.filters) > 0 && len(h.roles) > 0 && duty:
		res.hits = append(res.hits, h) // "市发改委每月固定要做的事": a measure that names the unit is its duty
	case keepMeasures && (duty || q.Shape == ShapeFrequency):
		res.measures = append(res.measures, h)
	}
}

// measureDuties: a unit the plan names only in its safeguard measures has its tasks there
// ("领导小组是干嘛的", "市工作专班负责哪些事?"), when nothing else was asked of it: they are listed
// and counted as its tasks. So it is in each place a question naming no city finds the unit in:
// "各县市区人民政府要做什么?" holds 衢州's group, named only in its plan's measures, beside the places
// whose tasks name theirs.
func (x *execution) measureDuties(cands []retrieval.TaskRef) {
	q, res := x.q, &x.res
	if len(res.filters) == 0 || q.Status != "" || q.Frequency != "" || !x.from.IsZero() || !x.to.IsZero() {
		return
	}
	found := map[string]bool{} // the places whose tasks already name the unit
	for _, h := range res.hits {
		found[h.Doc.City] = true
	}
	for _, r := range cands {
		if found[r.Doc.City] {
			continue
		}
		if h, ok := x.match(r, true); ok && x.lg.isMeasure(r.Task) && len(h.roles) > 0 {
			res.hits = append(res.hits, h)
		}
	}
}

// sharedByClauses: units asked about together ("A和B共同负责哪项?") that no single task names, but
// the clauses the parser split one item into do between them ("…区绿化市容局要拟定…预算估算，区财政局
// 会同相关部门…核定"): the item is theirs together, and its clauses naming them are the answer.
func (x *execution) sharedByClauses(cands []retrieval.TaskRef) {
	q, res := x.q, &x.res
	if !q.AllUnits || len(res.filters) < 2 || len(res.hits) > 0 {
		return
	}
	q.AllUnits = false
	var hs []hit
	for _, r := range cands {
		if itemKey(r.Task.ID) == r.Task.ID {
			continue
		}
		if h, ok := x.match(r, true); ok {
			hs = append(hs, h)
		}
	}
	q.AllUnits = true
	for _, it := range items(hs) {
		all := true
		for _, f := range res.filters {
			if !slices.ContainsFunc(it, func(h hit) bool { return len(f.matches(h.Doc.City, h.Task)) > 0 }) {
				all = false
				break
			}
		}
		if !all || !sharedWork(it, res.filters) {
			continue
		}
		// The item whole, from its first clause (its heading: "加强环卫作业经费投入保障"), the
		// clauses naming the units with their roles.
		d, key := it[0].Doc, itemKey(it[0].Task.ID)
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if itemKey(t.ID) != key {
				continue
			}
			if j := slices.IndexFunc(it, func(h hit) bool { return h.Task == t }); j >= 0 {
				res.hits = append(res.hits, it[j])
			} else {
				res.hits = append(res.hits, hit{TaskRef: retrieval.TaskRef{Doc: d, Task: t}})
			}
		}
	}
}

// sharedWork reports whether the clauses of one item naming the units of filters share the work:
// one clause names two of them ("区财政局会同区绿化市容局…"), or clauses naming different ones write
// the same thing of four characters or more that is not the plan's own subject ("年度公厕保洁预算" in
// "区绿化市容局要…拟定年度公厕保洁预算" and "区财政局…对年度公厕保洁预算进行核定"). Clauses that each
// give one unit its own work ("区绿化市容局负责主干道机扫保洁，区交通委负责公路养护保洁") share none.
func sharedWork(it []hit, filters []unitSet) bool {
	named := func(h hit) []int {
		var out []int
		for i, f := range filters {
			if len(f.matches(h.Doc.City, h.Task)) > 0 {
				out = append(out, i)
			}
		}
		return out
	}
	for i, a := range it {
		na := named(a)
		if len(na) >= 2 {
			return true
		}
		for _, b := range it[i+1:] {
			nb := named(b)
			if len(na) == 0 || len(nb) == 0 || slices.Equal(na, nb) {
				continue
			}
			if w := commonRun(a.Task.Text, b.Task.Text, 4); w != "" && !strings.Contains(a.Doc.Title, w) {
				return true
			}
		}
	}
	return false
}

// commonRun is the longest run of Han characters, min or more long, that a and b both hold; "" when none.
func commonRun(a, b string, min int) string {
	ra := []rune(a)
	best := ""
	for i := range ra {
		end := i
		for end < len(ra) && unicode.Is(unicode.Han, ra[end]) {
			end++
		}
		for j := i + min; j <= end; j++ {
			w := string(ra[i:j])
			if !strings.Contains(b, w) {
				break
			}
			if j-i > utf8.RuneCountInString(best) {
				best = w
			}
		}
	}
	return best
}

// match reports whether task r matches the query (its topic too, when topic), and why.
func (x *execution) match(r retrieval.TaskRef, topic bool) (hit, bool) {
	h := hit{TaskRef: r}
	q := x.q
	if len(q.taskIDs) > 0 && !slices.Contains(q.taskIDs, r.Task.ID) || slices.Contains(q.notTasks, r.Task.ID) {
		return h, false
	}
	if !x.matchUnits(&h) || x.leftOut(r) || q.part != "" && !inPart(r.Task, q.part) || q.attachment != "" && !inAttachment(r.Task, q.attachment) || q.item > 0 && plan.ItemNumber(r.Task.Number) != q.item {
		return h, false
	}
	if topic && len(q.Topic) > 0 && q.item == 0 && !x.topics.match(r) {
		return h, false
	}
	if x.itemStrict && !x.topics.match(r) && !holdsAny(r.Doc.Title, q.Topic, nil) {
		return h, false
	}
	if !x.matchStatus(&h) {
		return h, false
	}
	if q.Frequency != "" {
		for _, rec := range r.Task.Recurring {
			// Asked of a month of every year ("每年10月", a window), a duty the plan places in months of
			// the year ("每年4月、10月各开展一次", twice a year) is one of each month it names: the window
			// (fallingIn) keeps those that fall in it.
			ofMonths := q.Frequency == "yearly" && !x.from.IsZero() && rec.Rule.Months != 0
			if (freqMatches(rec.Rule, q.Frequency) || ofMonths) && (q.MonthDay == 0 || rec.Rule.MonthDay == q.MonthDay) &&
				strings.Contains(rec.Quote, q.freqWord) {
				h.extra().recs = append(h.recs(), rec)
			}
		}
		if len(h.recs()) == 0 && q.MonthDay == 0 {
			// A sentence that says it ("每年争取30个以上项目列入…") where the parser read no rule.
			if snt := freqSentence(r.Task, q.Frequency); snt != "" && strings.Contains(snt, q.freqWord) {
				h.extra().recs = append(h.recs(), plan.Recurring{Quote: snt})
			}
		}
		if q.Status == "" && !x.from.IsZero() && !x.to.IsZero() {
			if recs := x.fallingIn(r.Task, h.recs()); len(recs) > 0 || h.more != nil {
				h.extra().recs = recs // "下个月有哪些例行工作": those that fall in it
			}
			// and the day each falls on in it ("这个月有哪些定期要做的工作": 每月10日前, this month the 10th)
			for _, o := range duties.Occurrences(r.Task, x.from, x.to) {
				for _, rec := range h.recs() {
					if rec.Quote == o.Recurring.Quote {
						h.extra().occs = append(h.occs(), o)
						break
					}
				}
			}
		}
		if len(h.recs()) == 0 {
			return h, false
		}
	}
	return h, true
}

// fallingIn keeps the duties of recs that fall in the window: a duty the plan gives no rule or no
// month of (a yearly one, 每年开展) falls in none shorter than a year. The window starts with its
// month: "本月" asked on the 4th still holds a monthly duty that names no day.
func (x *execution) fallingIn(t *plan.Task, recs []plan.Recurring) []plan.Recurring {
	tt := *t
	from := plan.NewDay(x.from.Year, x.from.Month, 1)
	var out []plan.Recurring
	for _, rec := range recs {
		tt.Recurring = []plan.Recurring{rec}
		if len(duties.Occurrences(&tt, from, x.to)) > 0 {
			out = append(out, rec)
		}
	}
	return out
}

// matchUnits reports whether h's task names the units asked about (all of them, when asked so),
// keeping their roles.
func (x *execution) matchUnits(h *hit) bool {
	if len(x.res.filters) == 0 {
		return true
	}
	found := false
	for _, f := range x.res.filters {
		m := f.matches(h.Doc.City, h.Task)
		if len(m) == 0 && x.q.AllUnits {
			return false
		}
		if len(m) > 0 {
			found = true
			if h.roles == nil {
				h.roles = m // matches' own new slice: no copy of it for a hit's first filter
			} else {
				h.roles = append(h.roles, m...)
			}
		}
	}
	return found
}

// matchStatus reports whether h's task has the status asked about, keeping its deadlines (and
// recurring days) in the window.
func (x *execution) matchStatus(h *hit) bool {
	q, t := x.q, h.Task
	switch q.Status {
	case StatusOverdue:
		h.dues = duties.Passed(t, x.today, q.DeadlineKind)
		if !q.overdueBy.IsZero() {
			// "逾期30天以上": the deadlines passed that long ago.
			h.dues = slices.DeleteFunc(h.dues, func(d plan.Deadline) bool {
				return q.overdueBy.Before(d.Date) || q.overdueStrict && d.Date == q.overdueBy
			})
		}
		if (!x.from.IsZero() || !x.to.IsZero()) && x.from != x.to && !q.windowAsOf {
			// "2025年已经到期的", "2026年到期、已经逾期的": of the deadlines passed, those in the window
			// asked, as the unit and the role narrow them. A day alone, or one said with 截至/到 ("截至
			// 2021年7月1日", "到2024年3月，…已经过了期限"), is when the count is made, not a window.
			h.dues = slices.DeleteFunc(h.dues, func(d plan.Deadline) bool {
				return !x.from.IsZero() && d.Date.Before(x.from) || !x.to.IsZero() && x.to.Before(d.Date)
			})
		}
		return len(h.dues) > 0
	case StatusDue:
		h.dues = duties.Within(t, x.from, x.to, q.DeadlineKind, q.Precision)
		if q.literalYear {
			h.dues = namingYear(h.dues)
		}
		var occs []duties.Occurrence
		if x.withRecurring {
			occs = duties.Occurrences(t, x.from, x.to)
		} else if x.yearlyToo && len(t.Recurring) > 0 {
			occs = slices.DeleteFunc(duties.Occurrences(t, x.from, x.to), func(o duties.Occurrence) bool {
				return o.Recurring.Rule.Freq != plan.Yearly || o.Recurring.Rule.Interval > 1 || o.Recurring.Rule.Month == 0
			})
		}
		if len(occs) > 0 {
			h.extra().occs = occs
		}
		return len(h.dues) > 0 || len(h.occs()) > 0
	case StatusNoUnit:
		return len(t.Lead)+len(t.Participating) == 0
	case StatusNoLead:
		return len(t.Lead) == 0
	case StatusNoPartic:
		return len(t.Lead) > 0 && len(t.Participating) == 0
	case StatusWithPartners:
		return len(t.Lead) > 0 && len(t.Participating) > 0
	case StatusOneUnit:
		return len(t.Lead)+len(t.Participating) == 1
	case StatusJointLead:
		if q.jointLeads > 0 {
			return len(t.Lead) == q.jointLeads
		}
		return len(t.Lead) > 1
	case StatusNoDate:
		return !duties.HasTime(t) && !partOfDatedItem(h.Doc, t)
	case StatusDated:
		return duties.HasTime(t)
	case StatusFigured:
		if len(itemFigures(t.Text, 1)) == 0 {
			return false
		}
		if x.from.IsZero() && x.to.IsZero() {
			return true
		}
		// "哪些有到2028年底要完成的量化指标": of those, the ones due in the window, with their dates.
		h.dues = duties.Within(t, x.from, x.to, q.DeadlineKind, q.Precision)
		return len(h.dues) > 0
	}
	return true
}

// partOfDatedItem reports whether t is a clause the parser split off a titled item of the plan (2.1-1
// of "（一）开展建设评估工作。…") another clause of which gives a time: the item, one piece of work
// under its own heading, has its time node ("…编制自评估报告。请各区于3月底前报送…"), and asked which
// items give no time a liaison does not list it. An item with no heading of its own may list several
// matters, one a clause ("如县发改局负责的“…”…县文旅广电局负责的“…”"), each with its own time or none;
// a clause with an ordinal of its own is an item of its own (itemOf).
func partOfDatedItem(d *plan.Document, t *plan.Task) bool {
	k := itemOf(t)
	if k == t.ID || d == nil {
		return false
	}
	titled, dated := false, false
	for i := range d.Tasks {
		o := &d.Tasks[i]
		if itemKey(o.ID) != k || itemOf(o) != k {
			continue
		}
		if o.ID == k+"-1" {
			rest, ok := strings.CutPrefix(strings.TrimSpace(o.Text), o.Title)
			titled = ok && o.Title != "" && (strings.HasPrefix(rest, "。") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":"))
		}
		if o != t && duties.HasTime(o) {
			dated = true
		}
	}
	return titled && dated
}

// itemsWhole: asked who does the work an item opens with ("撰写任务是怎么分工的?"), an item the parser
// split into clauses whose opening clause holds the topic ("市统计局有关单位负责撰写专题分析：综合
// 核算科：…；工业科：…") answers with all its clauses: the later ones share out the work the first
// names, their units the answer. Only when no unit is asked (a unit's own clauses are its answer).
func (x *execution) itemsWhole() {
	q, res := x.q, &x.res
	if q.Shape != ShapeOwner || len(q.Topic) == 0 || len(res.filters) > 0 || len(res.hits) == 0 {
		return
	}
	// The siblings are found first, each with the place of the hit it follows; the list is laid out
	// again only when there are some, at its length. Built hit by hit whatever it found, it cost
	// about three times the list in garbage (a topic asked of every plan keeps 16,000 hits at
	// 10,000 plans), and mostly no sibling is added.
	type sibling struct {
		after int // the index in res.hits of the hit it follows
		h     hit
	}
	var sibs []sibling
	var have map[*plan.Task]bool // the tasks listed, made at the first item split into clauses
	for j, h := range res.hits {
		k := itemKey(h.Task.ID)
		if k == h.Task.ID || len(h.Task.ID) != len(k)+2 || !strings.HasSuffix(h.Task.ID, "-1") {
			continue
		}
		if have == nil {
			have = make(map[*plan.Task]bool, len(res.hits))
			for _, h := range res.hits {
				have[h.Task] = true
			}
		}
		for i := range h.Doc.Tasks {
			o := &h.Doc.Tasks[i]
			if have[o] || itemKey(o.ID) != k {
				continue
			}
			if sib, ok := x.match(retrieval.TaskRef{Doc: h.Doc, Task: o}, false); ok {
				have[o] = true
				sibs = append(sibs, sibling{j, sib})
			}
		}
	}
	if len(sibs) == 0 {
		return
	}
	out := make([]hit, 0, len(res.hits)+len(sibs))
	from := 0
	for _, s := range sibs {
		out = append(out, res.hits[from:s.after+1]...)
		from = s.after + 1
		out = append(out, s.h)
	}
	res.hits = append(out, res.hits[from:]...)
}

// mostTerms: three terms or more that no task holds together ("运输 招投标 组织", from "运输单位的
// 招投标谁来组织") are the tasks holding the rarest of them together: the words a question adds
// around its subject (组织, 运输) are common, its subject (招投标) is not. Each term held counts by
// how rare it is among the candidates; the tasks with the highest sum, holding two terms or more and
// the rarest among them, are the answer. Otherwise the terms are subjects asked one by one (oneByOne).
func (x *execution) mostTerms(cands []retrieval.TaskRef) {
	q, res := x.q, &x.res
	if len(q.Topic) < 3 || len(res.hits) > 0 || (q.Shape != ShapeOwner && q.Shape != ShapeList) {
		return
	}
	type held struct {
		h     hit
		terms []int
	}
	var tasks []held
	df := make([]int, len(q.Topic))
	for _, r := range cands {
		h, ok := x.match(r, false)
		if !ok || x.lg.isMeasure(r.Task) {
			continue
		}
		var in []int
		for i, term := range q.Topic {
			if topicMatch(r, []string{term}, x.pairs) {
				in = append(in, i)
				df[i]++
			}
		}
		if len(in) >= 2 {
			tasks = append(tasks, held{h, in})
		}
	}
	if len(tasks) == 0 {
		return
	}
	n := 0
	for _, d := range df {
		n += d
	}
	score := func(t held) float64 {
		s := 0.0
		for _, i := range t.terms {
			s += math.Log(1 + float64(n)/float64(df[i]))
		}
		return s
	}
	rarest := -1 // the rarest term some candidate holds
	for i, d := range df {
		if d > 0 && (rarest < 0 || d < df[rarest]) {
			rarest = i
		}
	}
	best := 0.0
	for _, t := range tasks {
		best = max(best, score(t))
	}
	var kept []hit
	holdsRarest := false
	for _, t := range tasks {
		if score(t) >= best-1e-9 {
			kept = append(kept, t.h)
			holdsRarest = holdsRarest || slices.Contains(t.terms, rarest)
		}
	}
	if !holdsRarest {
		return // the subject alone is some task's: the terms are asked one by one (oneByOne)
	}
	res.hits = append(res.hits, kept...)
	sortLedger(x.e.order(), res.hits, func(h hit) retrieval.TaskRef { return h.TaskRef })
}

// oneByOne: several subjects ("生态产品交易中心和模具产业") that no task holds together are asked
// about one by one, when each is some task's.
// joinedApart: two things asked about together ("“互联网+政务服务”和政务信息系统整合由谁负责") that no
// task writes both of, as written, are two works: the tasks that only hold one of them spread out
// in a clause are not the answer alone; oneByOne answers with the tasks on either. A task writing
// both ("完成辅线审批和中介服务事项") is the one asked about.
func (x *execution) joinedApart() {
	q, res := x.q, &x.res
	if !q.joined || (q.Shape != ShapeOwner && q.Shape != ShapeList) {
		return
	}
	written := newTopicMatcher(q.Topic, x.pairs).literal(q.Topic)
	for _, h := range res.hits {
		if written.match(h.TaskRef) {
			return
		}
	}
	res.hits, x.twoWorks = res.hits[:0], true
}

func (x *execution) oneByOne(cands []retrieval.TaskRef) {
	q, res := x.q, &x.res
	if len(q.Topic) < 2 || len(res.hits) > 0 || (q.Shape != ShapeOwner && q.Shape != ShapeList) {
		return
	}
	var union []hit
	seen := map[*plan.Task]bool{}
	for _, term := range q.Topic {
		n := 0
		// A term the tasks under a heading are on, whose words need not repeat it ("——加快建设健康
		// 武汉" over 推进公立医院高质量发展), as collect reads a heading when no task holds the topic.
		forms := nearFormsOf([]string{term}, x.pairs)
		for _, r := range cands {
			h, ok := x.match(r, false)
			if !ok || x.lg.isMeasure(r.Task) || !topicMatch(r, []string{term}, x.pairs) && !sectionHoldsForms(lastSection(r.Task.Section), forms) {
				continue
			}
			n++
			if !seen[r.Task] {
				seen[r.Task] = true
				union = append(union, h)
			}
		}
		if n == 0 {
			return
		}
	}
	sortLedger(x.e.order(), union, func(h hit) retrieval.TaskRef { return h.TaskRef })
	res.hits = union
}

// apart: a term no task holds whole may be words the plans write apart ("外贸进出口"). Its
// candidates are those whose signatures may hold the words apart too.
func (x *execution) apart() {
	q, res := x.q, &x.res
	if len(q.Topic) == 0 || len(res.hits) > 0 || len(res.measures) > 0 {
		return
	}
	for _, r := range x.candidates(newTopicFilter(x.lg.sigs, q.Topic, x.pairs, true)) {
		h, ok := x.match(r, false)
		if !ok {
			continue
		}
		all := true
		for _, t := range q.Topic {
			if !topicMatch(r, []string{t}, x.pairs) && !splitMatch(r, t, x.pairs) {
				all = false
				break
			}
		}
		if all {
			x.add(h)
		}
	}
}

// planTheme: a unit asked about in what a plan is about as a whole ("旌德县委政法委在防范电信网络
// 诈骗集中宣传活动里管什么?"), when none of its tasks names the topic, means its tasks in the plans
// whose title or own paragraphs (the notice, the aims) name it.
//
// When some of its tasks name the topic, the plans whose title names it are about it as a whole: the
// unit's other tasks there are on the topic too ("市港航中心配合哪些岸电工作?" of a 岸电 plan whose
// 推进船舶受电设施改造 never says 岸电).
func (x *execution) planTheme() {
	q, res := x.q, &x.res
	if len(q.Topic) == 0 || len(res.filters) == 0 || len(res.measures) > 0 {
		return
	}
	some := len(res.hits) > 0
	have := map[*plan.Task]bool{}
	for _, h := range res.hits {
		have[h.Task] = true
	}
	// Only the plans the unit has tasks in are read: at 10,000 plans the others are most of them.
	themed := map[*plan.Document]bool{}
	added := false
	for _, r := range x.candidates(nil) {
		seen, ok := themed[r.Doc]
		if !ok {
			if some {
				seen = newTopicMatcher(q.Topic, x.pairs).match(retrieval.TaskRef{Doc: r.Doc, Task: &plan.Task{Title: r.Doc.Title}})
			} else {
				seen = x.namesTheme(r.Doc)
			}
			themed[r.Doc] = seen
		}
		if !seen || have[r.Task] {
			continue
		}
		if h, ok := x.match(r, false); ok {
			x.add(h)
			added = true
		}
	}
	if added && some {
		sortLedger(x.e.order(), res.hits, func(h hit) retrieval.TaskRef { return h.TaskRef })
	}
}

// namedInText: a unit asked about with a topic, when none of its tasks holds the topic, may still
// be the subject of a task the parser gave no unit or others' ("上海城投集团…于2026年4月底前将防汛防台
// 专项预案报区防汛办" in an item of several subjects): the tasks on the topic whose own words name
// the unit as the plan writes it, in the plans of its cities.
func (x *execution) namedInText() {
	q, res := x.q, &x.res
	if len(q.Topic) == 0 || len(q.Units) != 1 || len(q.DeptTypes)+len(q.Bodies) > 0 || len(res.hits) > 0 || len(res.measures) > 0 || len(res.units) == 0 {
		return
	}
	names := []string{}
	cities := map[string]bool{}
	for _, u := range res.units {
		cities[u.City] = true
		if utf8.RuneCountInString(u.Name) >= 4 && !slices.Contains(names, u.Name) {
			names = append(names, u.Name)
		}
	}
	if len(cities) > 8 || len(names) == 0 {
		return // a name every city has (市商务局) is no subject to look for in words
	}
	for _, d := range res.docs {
		if !cities[d.City] {
			continue
		}
		for i := range d.Tasks {
			r := retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}
			// Asked what it leads, a unit named as a helper ("会同X") is not the one.
			named := holdsAny(r.Task.Text, names, nil)
			if q.Units[0].Role == "lead" {
				named = namesSubject(r.Task.Text, names)
			}
			// Asked what it leads, or what it 配合s, a task naming the unit in the other role is not its
			// ("它牵头的有吗?" of a unit that only takes part); asked what it 参与s, in any role it is.
			explicit := q.Units[0].Role == "lead" || q.partWord != ""
			if !named || x.lg.isMeasure(r.Task) || !x.topics.match(r) || explicit && slices.ContainsFunc(r.Task.Units(), func(u string) bool { return slices.Contains(names, u) }) {
				continue
			}
			h := hit{TaskRef: r}
			if x.matchStatus(&h) {
				res.hits = append(res.hits, h)
			}
		}
	}
}

// mainPart keeps, of the tasks of each plan, those under the part its heading calls 主要任务 or 重点任务
// ("三、主要任务", not "四、保障措施"), when the plan has such a part; other plans' tasks stay.
func mainPart(hits []hit) []hit {
	headed := map[*plan.Document]bool{}
	for _, h := range hits {
		if reMainTasks.MatchString(topHeading(h.Task.Section)) {
			headed[h.Doc] = true
		}
	}
	if len(headed) == 0 {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool {
		return headed[h.Doc] && !reMainTasks.MatchString(topHeading(h.Task.Section))
	})
}

// numberedPart keeps, of the tasks of each plan, its numbered items (1, 2 … 32), not a part's clauses
// ("六-2") nor a part it makes a task (二 保障机制), when it numbers some; other plans' stay.
func numberedPart(hits []hit) []hit {
	own := func(h hit) bool { return reOwnItemNumber.MatchString(h.Task.Number) }
	numbers := map[*plan.Document]bool{}
	for _, h := range hits {
		if own(h) {
			numbers[h.Doc] = true
		}
	}
	return slices.DeleteFunc(hits, func(h hit) bool { return numbers[h.Doc] && !own(h) })
}

// itemsOfParts keeps, of a part counted with its items ("组织保障部分有几项"), the items: the part's
// opening line (三 组织保障: "X、Y会同有关部门加强统筹协调", or its clauses 四-1, 四-2) is no item of
// its own when items numbered under it (3.1, 3.2 …) are counted beside it.
func itemsOfParts(hits []hit) []hit {
	parents := map[string]bool{}
	for _, h := range hits {
		doc, path, ok := strings.Cut(h.Task.ID, ":")
		if !ok {
			continue
		}
		for i := strings.LastIndexByte(path, '.'); i > 0; i = strings.LastIndexByte(path[:i], '.') {
			parents[doc+":"+path[:i]] = true
		}
	}
	if len(parents) == 0 {
		return hits
	}
	return slices.DeleteFunc(hits, func(h hit) bool { return parents[itemKey(h.Task.ID)] })
}

// reOwnItemNumber is an item's own number as a plan prints it: 12, 3.2.
var reOwnItemNumber = regexp.MustCompile(`^\d+(?:\.\d+)*$`)

// topHeading is the first heading of a section path ("三、主要任务 > （一）…" → "三、主要任务").
func topHeading(section string) string {
	top, _, _ := strings.Cut(section, " > ")
	return top
}

// helperBefore are the words that make a unit named after them a helper, not the one who acts:
// "会同上海城投集团", "配合区水务局".
var helperBefore = []string{"会同", "配合", "协助", "联合", "协同", "邀请", "支持", "指导"}

// namesSubject reports whether text names one of the units (as the plan writes it) other than as a
// helper.
func namesSubject(text string, names []string) bool {
	for _, n := range names {
		helpedEverywhere := everyAt(text, n, func(i int) bool {
			return slices.ContainsFunc(helperBefore, func(w string) bool { return strings.HasSuffix(text[:i], w) })
		})
		if strings.Contains(text, n) && !helpedEverywhere {
			return true
		}
	}
	return false
}

// namesTheme reports whether a plan's title or its paragraphs outside any task name the topic, as
// a task's words would (as written, in a near form, or its characters in order in one clause).
func (x *execution) namesTheme(d *plan.Document) bool {
	m := newTopicMatcher(x.q.Topic, x.pairs)
	if m.match(retrieval.TaskRef{Doc: d, Task: &plan.Task{Title: d.Title}}) {
		return true
	}
	for _, p := range d.Paras {
		if p.TaskID == "" && m.match(retrieval.TaskRef{Doc: d, Task: &plan.Task{Text: p.Text}}) {
			return true
		}
	}
	return false
}

// otherWords: a topic whose words no task holds as they are may still be one task's, in other
// words: the tasks search finds covering most of it, as well as the best one does.
func (x *execution) otherWords(ctx context.Context) error {
	q, res := x.q, &x.res
	if len(q.Topic) == 0 || len(res.hits) > 0 || len(res.measures) > 0 || utf8.RuneCountInString(strings.Join(q.Topic, "")) < 4 {
		return nil
	}
	hits, err := x.e.kb.Search(ctx, retrieval.Query{Text: strings.Join(q.Topic, " "), N: 10, Grains: []retrieval.Grain{retrieval.GrainTask}, City: q.city()})
	if err != nil {
		return fmt.Errorf("search %q: %w", strings.Join(q.Topic, " "), err)
	}
	best := 0.0
	for _, sh := range hits {
		if sh.Task == nil || sh.Coverage < minTopicCoverage || !x.scoped(sh.Doc) || sh.Coverage < best-0.05 {
			continue
		}
		h, ok := x.match(retrieval.TaskRef{Doc: sh.Doc, Task: sh.Task}, false)
		if !ok || x.lg.isMeasure(sh.Task) {
			continue
		}
		best = max(best, sh.Coverage)
		h.score = sh.Coverage
		res.hits = append(res.hits, h)
	}
	var kept []hit
	for _, h := range res.hits {
		if h.score >= best-0.05 {
			kept = append(kept, h)
		}
	}
	res.hits, res.fuzzy = kept, len(kept) > 0
	return nil
}

// applyDone reads the done marks of the hits (when a store is wired): an overdue or due list leaves
// out what is done; a question about what is done keeps only that.
func (e *Engine) applyDone(ctx context.Context, q *Query, res *result) error {
	asked := q.asksDone && q.Status == "" // "市住建局的老旧小区改造完成了吗?": each task's mark, all kept
	if q.Status != StatusOverdue && q.Status != StatusDue && q.Status != StatusDone && q.Status != StatusOpen && !asked {
		return nil
	}
	if e.opt.Done == nil || len(res.hits) == 0 {
		if q.Status == StatusDone {
			res.hits = nil
		}
		return nil
	}
	var units []plan.UnitRef
	for _, f := range res.filters {
		units = append(units, f.refs...)
	}
	var all []duties.TaskUnit
	per := make([][]duties.TaskUnit, len(res.hits))
	for i, h := range res.hits {
		per[i] = duties.Deciders(h.Doc, h.Task, units)
		all = append(all, per[i]...)
	}
	perUnit := q.Shape == ShapeCount && q.GroupBy == GroupUnit && q.Status != StatusDone
	if perUnit {
		for _, h := range res.hits {
			all = append(all, unitShares(h)...)
		}
	}
	marks, err := e.opt.Done.DoneMarks(ctx, all)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		e.log.Warn("done marks not read; answering from the plans alone", "err", err)
		res.marksErr = err
		if q.Status == StatusDone {
			res.hits = nil
		}
		return nil
	}
	if perUnit {
		res.shareDone = make(map[duties.TaskUnit]bool, len(marks))
		for p := range marks {
			res.shareDone[p] = true
		}
	}
	if asked {
		for i := range res.hits {
			m, done := duties.DoneOf(per[i], marks)
			res.hits[i].mark, res.hits[i].done = markOf(m), done
		}
		return nil
	}
	var kept []hit
	for i, h := range res.hits {
		m, done := duties.DoneOf(per[i], marks)
		h.mark, h.done = markOf(m), done
		switch {
		case q.Status == StatusDone && h.done, q.Status != StatusDone && !h.done:
			kept = append(kept, h)
		case h.done:
			res.doneHits = append(res.doneHits, h)
		}
	}
	res.hits = kept
	return nil
}

// applyStates keeps, for "哪些任务申请了延期?" and "X报了什么进展?", the tasks on which a unit — one of
// those asked about when the question names some, else any the task names — asked for more time
// or reported progress, each with what it said. Without the states (no reminder store, or it
// cannot be read) nothing is kept, and the answer says why (res.marksErr).
func (e *Engine) applyStates(ctx context.Context, q *Query, res *result) error {
	if q.Status != StatusExtension && q.Status != StatusReported {
		return nil
	}
	if e.opt.States == nil || len(res.hits) == 0 {
		res.hits = nil
		return nil
	}
	var asked []plan.UnitRef
	for _, f := range res.filters {
		asked = append(asked, f.refs...)
	}
	per := make([][]duties.TaskUnit, len(res.hits))
	var all []duties.TaskUnit
	for i, h := range res.hits {
		for _, u := range asked {
			if u.City == h.Doc.City && h.Task.Role(u.Name) != "" {
				per[i] = append(per[i], duties.TaskUnit{Task: h.Task.ID, Unit: u})
			}
		}
		if len(per[i]) == 0 && len(asked) == 0 {
			per[i] = append(unitShares(h), duties.TaskUnit{Task: h.Task.ID, Unit: plan.UnitRef{City: h.Doc.City}})
		}
		all = append(all, per[i]...)
	}
	states, err := e.opt.States.ShareStates(ctx, all)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		e.log.Warn("task states not read", "err", err)
		res.marksErr, res.hits = err, nil
		return nil
	}
	var kept []hit
	for i, h := range res.hits {
		var notes []shareNote
		for _, p := range per[i] {
			st, ok := states[p]
			if ok && (q.Status == StatusExtension && !st.ExtensionTo.IsZero() || q.Status == StatusReported && st.Progress != "") {
				notes = append(notes, shareNote{unit: p.Unit, state: st})
			}
		}
		if len(notes) > 0 {
			kept = append(kept, h.withNotes(notes))
		}
	}
	res.hits = kept
	return nil
}

// unitShares are the shares of every unit a hit's task names.
func unitShares(h hit) []duties.TaskUnit {
	units := h.Task.Units()
	out := make([]duties.TaskUnit, 0, len(units))
	for _, u := range units {
		out = append(out, duties.TaskUnit{Task: h.Task.ID, Unit: plan.UnitRef{City: h.Doc.City, Name: u}})
	}
	return out
}

// freqSentence is the first sentence of a task that says the frequency asked about, "" when none.
func freqSentence(t *plan.Task, freq string) string {
	re := freqRegexp(freq)
	if re == nil {
		return ""
	}
	for _, snt := range sentences(t.Text) {
		if saysFreq(re, snt) {
			return snt
		}
	}
	return ""
}

// reRate is a rate, not how often work is done: 每人每年120元, 每户每月, 每年120元.
var reRate = regexp.MustCompile(`每(?:人|户|亩|名|位|床|千人|万人|平方米)每?(?:年|月|季度?|周)|(?:每|一)(?:年|月)\s*\d[\d.]*\s*(?:元|万元|亿元)`)

// saysFreq reports whether a sentence says the frequency re matches, its rates left out.
func saysFreq(re *regexp.Regexp, snt string) bool {
	if !re.MatchString(snt) {
		return false
	}
	return !strings.Contains(snt, "每") || re.MatchString(reRate.ReplaceAllString(snt, " "))
}

// order returns each plan's place in the ledger: the place of its first task, tasks counted in plan
// order. A plan each, not a task each: at 10,000 plans that is 10,000 entries, not 340,000.
func (e *Engine) order() map[*plan.Document]int {
	order, _, _ := e.orderAll()
	return order
}

// orderAll is order, with the plans in ledger order and the number of places (tasks) they hold.
func (e *Engine) orderAll() (order map[*plan.Document]int, docs []*plan.Document, places int) {
	lg := e.ledger()
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if lg.order == nil {
		docs := e.kb.Docs()
		lg.order = make(map[*plan.Document]int, len(docs))
		n := 0
		for _, d := range docs {
			lg.order[d] = n
			n += len(d.Tasks)
		}
		lg.orderDocs, lg.places = docs, n
	}
	return lg.order, lg.orderDocs, lg.places
}

// unitCandidates are the tasks of uts that keep lets through, each once, in ledger order: what
// sortLedger gives of them, those of the same task after the first left out. A unit asked of every
// plan has 28,000 tasks at 10,000 plans, in the order of its cities: a set of the tasks seen and a
// keyed copy to sort were 12 MB an answer. Here each task's place in the ledger is marked in a bit
// set (a bit a task of every plan: 42 KB at 10,000 plans), and the marks are read in order. A task
// whose place is unknown (its plan not in the ledger), or is 0, comes first in the order given, as
// sortLedger's stable sort puts every task of key 0.
func (e *Engine) unitCandidates(uts []retrieval.UnitTask, keep func(retrieval.TaskRef) bool) []retrieval.TaskRef {
	order, docs, places := e.orderAll()
	return ledgerCandidates(order, docs, places, uts, keep)
}

// ledgerCandidates is unitCandidates with the ledger's order, its plans in that order, and the
// places they hold.
func ledgerCandidates(order map[*plan.Document]int, docs []*plan.Document, places int, uts []retrieval.UnitTask, keep func(retrieval.TaskRef) bool) []retrieval.TaskRef {
	marks := make([]uint64, (places+63)/64)
	var first []retrieval.TaskRef
	var firstSeen map[*plan.Task]bool
	n := 0
	for _, ut := range uts {
		k := 0
		if at, ok := order[ut.Doc]; ok {
			if j := taskIndex(ut.Doc, ut.Task); j >= 0 {
				k = at + j
			}
		}
		if k <= 0 || k >= places {
			if firstSeen[ut.Task] || !keep(ut.TaskRef) {
				continue
			}
			if k >= places { // not the ledger's plan any more: sorted as sortLedger does
				return sortedCandidates(order, uts, keep)
			}
			if firstSeen == nil {
				firstSeen = map[*plan.Task]bool{}
			}
			firstSeen[ut.Task] = true
			first = append(first, ut.TaskRef)
			continue
		}
		if marks[k>>6]&(1<<(k&63)) != 0 || !keep(ut.TaskRef) {
			continue
		}
		marks[k>>6] |= 1 << (k & 63)
		n++
	}
	if len(first)+n == 0 {
		return nil
	}
	out := make([]retrieval.TaskRef, 0, len(first)+n)
	out = append(out, first...)
	at, di, valid := 0, 0, -1 // the place of docs[di]'s first task; valid: docs[di] is order's entry of it
	for w, word := range marks {
		for word != 0 {
			k := w<<6 | bits.TrailingZeros64(word)
			word &= word - 1
			for k >= at+len(docs[di].Tasks) || di != valid && order[docs[di]] != at {
				at += len(docs[di].Tasks)
				di++
			}
			valid = di
			out = append(out, retrieval.TaskRef{Doc: docs[di], Task: &docs[di].Tasks[k-at]})
		}
	}
	return out
}

// sortedCandidates is ledgerCandidates by a set of the tasks seen and sortLedger.
func sortedCandidates(order map[*plan.Document]int, uts []retrieval.UnitTask, keep func(retrieval.TaskRef) bool) []retrieval.TaskRef {
	var cands []retrieval.TaskRef
	seen := make(map[*plan.Task]bool, len(uts))
	if len(uts) > 0 {
		cands = make([]retrieval.TaskRef, 0, len(uts))
	}
	for _, ut := range uts {
		if !seen[ut.Task] && keep(ut.TaskRef) {
			seen[ut.Task] = true
			cands = append(cands, ut.TaskRef)
		}
	}
	sortLedger(order, cands, func(r retrieval.TaskRef) retrieval.TaskRef { return r })
	return cands
}

// sortLedger sorts xs stably in ledger order (plan order, then task order) of the tasks ref gives;
// a task of a plan not in the ledger comes first.
func sortLedger[T any](order map[*plan.Document]int, xs []T, ref func(T) retrieval.TaskRef) {
	key := func(x T) int {
		r := ref(x)
		if n, ok := order[r.Doc]; ok {
			if j := taskIndex(r.Doc, r.Task); j >= 0 {
				return n + j
			}
		}
		return 0
	}
	// Most lists come in that order already: they are read through once before anything is laid
	// out (the keyed copy of a unit's 28,000 hits at 10,000 plans was 5 MB of garbage an answer).
	sorted := true
	for i, prev := 0, 0; i < len(xs); i++ {
		k := key(xs[i])
		if i > 0 && k < prev {
			sorted = false
			break
		}
		prev = k
	}
	if sorted {
		return
	}
	type keyed struct {
		key, at int // ledger position, then the place in xs: a stable order with an unstable sort
		x       T
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{key(x), i, x}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.at, b.at)
	})
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// topicForms are the forms of a topic term one of which a plan's text must hold: its shortest form,
// and each near word's.
func topicForms(term string) []string {
	forms := []string{shortestVariant(term)}
	for _, f := range nearForms(term, nil) {
		if nw := shortestVariant(f); !strings.Contains(f, forms[0]) && !contains(forms, nw) {
			forms = append(forms, nw)
		}
	}
	return forms
}

// shortestVariant is the shortest form of a topic term that matches it (家政 for 家政服务).
func shortestVariant(term string) string {
	best := term
	for _, v := range topicVariants(term, nil) {
		if len(v) < len(best) {
			best = v
		}
	}
	return best
}

// reOwnOrdinal is a clause that carries its own number ("1.地区生产总值增长5%以上", "(二)公共财政收入…").
var reOwnOrdinal = regexp.MustCompile(`^\s*(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])`)

// itemOf is the plan item a task is counted as: its item (itemKey) when it is a clause the parser
// split off, unless the clause is numbered in the plan as an item of its own (a target table's
// "1.…", "2.…" under one heading): people count those one by one.
func itemOf(t *plan.Task) string {
	k := itemKey(t.ID)
	if k == t.ID {
		return k
	}
	head, title, ok := strings.Cut(t.Title, "：")
	if !ok {
		head, title = "", t.Title
	}
	first := strings.TrimSpace(t.Text)
	if h, rest, ok := strings.Cut(first, "\n"); ok && head != "" && strings.TrimSpace(h) == head {
		first = rest // the row's heading, then the clause
	}
	if ownOrdinal(title) || ownOrdinal(first) {
		return t.ID
	}
	return k
}

// ownOrdinal is reOwnOrdinal.MatchString, with the regexp run only on a clause that opens (after
// spaces) as a number does: most do not, and every hit listed is asked.
func ownOrdinal(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\t\n\f\r "))
	if r != '(' && r != '（' && (r < '0' || r > '9') {
		return false
	}
	return reOwnOrdinal.MatchString(s)
}

// items groups hits by plan item (the clauses of one item are one task of the plan), keeping order.
// The groups are pieces of one array, each clipped to its length (appending to one copies it): a
// unit's complete list at 10,000 plans is 28,000 items, and a slice a group was 28,000 allocations.
// When each item's hits lie side by side in hs, as they almost always do, the pieces are hs's own;
// else the hits are laid out again group by group. Readers of the groups do not write to them.
func items(hs []hit) [][]hit {
	if len(hs) == 0 {
		return nil
	}
	group := make([]int32, len(hs)) // each hit's group
	var sizes []int32
	at := make(map[string]int32, len(hs))
	together := true // each group's hits are side by side in hs
	for j, h := range hs {
		k := itemOf(h.Task)
		i, ok := at[k]
		if !ok {
			i = int32(len(sizes))
			at[k] = i
			sizes = append(sizes, 0)
		} else if group[j-1] != i {
			together = false
		}
		group[j] = i
		sizes[i]++
	}
	out := make([][]hit, len(sizes))
	if together {
		off := int32(0)
		for i, n := range sizes {
			out[i] = hs[off : off+n : off+n]
			off += n
		}
		return out
	}
	flat := make([]hit, len(hs))
	next := make([]int32, len(sizes)) // where each group's next hit goes in flat
	off := int32(0)
	for i, n := range sizes {
		next[i] = off
		out[i] = flat[off : off+n : off+n]
		off += n
	}
	for j, h := range hs {
		i := group[j]
		flat[next[i]] = h
		next[i]++
	}
	return out
}

// bodyUnits are the units a body asked about as a party stands for: those named after it in the
// cities asked about, with the words of its name the question gives (三产领导小组); its member
// units (…成员单位) when the question asks about them, else the body itself when the plans name it.
func (p *Parser) bodyUnits(b string, q *Query) []plan.UnitRef {
	var body, members []plan.UnitRef
	for _, uc := range p.dir.Units("") {
		if !strings.Contains(uc.Name, b) || len(q.Cities) > 0 && !contains(q.Cities, uc.City) {
			continue
		}
		named := true
		for _, w := range q.bodyWords {
			if !strings.Contains(uc.Name, w) {
				named = false
			}
		}
		if !named {
			continue
		}
		if strings.Contains(uc.Name[strings.Index(uc.Name, b):], "成员") {
			members = append(members, uc.UnitRef)
		} else {
			body = append(body, uc.UnitRef)
		}
	}
	if q.members || len(body) == 0 {
		return members
	}
	return body
}

// answeredYear makes a window asked without its year the one the answer gave ("一季度要完成哪些?" in
// December: next year's first quarter), so that a follow-up ("财政局的呢?", "那上半年的呢?") asks of that
// year, not of the one the words read as on their own.
func (x *execution) answeredYear() {
	q := x.q
	if q.From != "" && !x.res.from.IsZero() {
		q.From = x.res.from.String()
	}
	if q.To != "" && !x.res.to.IsZero() {
		q.To = x.res.to.String()
	}
}

// yearOfPlan moves a month asked without its year ("二季度") to the year of the plan the question
// names, when the plans named are all of one year ("泗洲头镇2024年度…计划" asked of its 二季度). A
// year's end (年底前) moves back only, to the year of the plans in scope, named or the only ones there.
func (x *execution) yearOfPlan(cands []retrieval.TaskRef) {
	if len(x.q.Plans)+len(x.q.Cities) == 0 && !x.q.yearEnd || len(x.res.docs) == 0 {
		return
	}
	y := x.res.docs[0].Year()
	for _, d := range x.res.docs {
		if d.Year() != y {
			return
		}
	}
	if y == 0 || y == x.res.from.Year || x.q.yearEnd && y > x.res.from.Year {
		return
	}
	n := y - x.res.from.Year
	x.from, x.to = shiftYears(x.res.from, n), shiftYears(x.res.to, n)
	x.res.from, x.res.to = x.from, x.to
	x.collect(cands)
}

// anyDated reports whether some hit falls in the window by a deadline of its own, not only by a
// recurring duty.
func anyDated(hs []hit) bool {
	return slices.ContainsFunc(hs, func(h hit) bool { return len(h.dues) > 0 })
}

// shiftYears is d n years on, the last day of its month staying the last (29 February included).
func shiftYears(d plan.Day, n int) plan.Day {
	if d.IsZero() {
		return d
	}
	last := plan.NewDay(d.Year, d.Month+1, 0)
	if d == last {
		return plan.NewDay(d.Year+n, d.Month+1, 0)
	}
	return plan.NewDay(d.Year+n, d.Month, d.Day)
}

// lastOfPlan keeps, of tasks all of one plan, the one it writes last ("桐庐方案的最后一条是什么?" with no
// list before); tasks of several plans are left as they are.
func (x *execution) lastOfPlan() {
	hs := x.res.hits
	if len(hs) < 2 {
		return
	}
	last, at := -1, -1
	for i, h := range hs {
		if h.Doc != hs[0].Doc || h.Task == nil {
			return
		}
		for k := range h.Doc.Tasks {
			if &h.Doc.Tasks[k] == h.Task && k > at {
				last, at = i, k
			}
		}
	}
	if last >= 0 {
		x.res.hits = hs[last : last+1]
	}
}
