package bot

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// hit is one task a query matches, with what made it match.
type hit struct {
	retrieval.TaskRef
	roles []unitRole       // the units asked about that the task names, with their roles
	dues  []plan.Deadline  // its deadlines in the window, or passed (overdue)
	occs  []occurrence     // its recurring duties falling in the window
	recs  []plan.Recurring // its recurring duties of the frequency asked
	mark  DoneMark         // who marked it done, when it is
	done  bool
	score float64 // how well it matches the topic, for figures
}

type unitRole struct {
	unit plan.UnitRef
	role string
}

// result is what the executor found: the tasks, and what the answer must say beside them.
type result struct {
	hits     []hit
	measures []hit            // safeguard measures that matched a frequency question: quoted, not counted
	duties   []hit            // safeguard measures naming the units asked about, for a unit with no task
	doneHits []hit            // left out of an overdue or due list because marked done
	units    []plan.UnitRef   // every unit the query's units and department types resolved to
	filters  []unitSet        // the unit filters, as resolved
	docs     []*plan.Document // the plans in scope
	notFound []string         // units named that resolved to nothing
	fuzzy    bool             // the topic matched by similarity, not by its words
	from, to plan.Day         // the window used
	marksErr error            // done marks could not be read
}

// unitSet is one unit filter resolved: the units a name or a department type stands for, and the
// role asked of them.
type unitSet struct {
	name string
	refs []plan.UnitRef
	role string
}

// matches returns the units of s that task t of city names in the role asked.
func (s unitSet) matches(city string, t *plan.Task) []unitRole {
	var out []unitRole
	for _, u := range s.refs {
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
	var res result
	lg := e.ledger()
	p := e.Parser()

	// The plans in scope.
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		if len(q.Plans) > 0 && !contains(q.Plans, d.ID) && (d.Number == "" || !contains(q.Plans, NormalizeDocNumber(d.Number))) {
			continue
		}
		res.docs = append(res.docs, d)
	}
	inScope := map[*plan.Document]bool{}
	for _, d := range res.docs {
		inScope[d] = true
	}

	// The unit filters.
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
		res.filters = append(res.filters, unitSet{name: u.Name, refs: refs, role: u.Role})
	}
	for _, t := range q.DeptTypes {
		refs := p.depts.units(t, e.kb.Directory(), q.Cities)
		res.filters = append(res.filters, unitSet{name: t, refs: refs, role: q.Role})
	}
	if q.Shape != ShapeFrequency && q.Shape != ShapeSearch {
		// A body asked about as a party (领导小组负责哪些任务?): the units named after it.
		for _, b := range q.Bodies {
			refs := p.bodyUnits(b, q)
			if len(refs) == 0 {
				res.notFound = append(res.notFound, b)
			}
			res.filters = append(res.filters, unitSet{name: b, refs: refs, role: q.Role})
		}
	}
	for _, f := range res.filters {
		res.units = append(res.units, f.refs...)
	}
	res.units = dedupe(res.units)

	// Candidates: the units' own tasks when units are asked about, else every task in scope.
	var cands []retrieval.TaskRef
	if len(res.filters) > 0 {
		seen := map[*plan.Task]bool{}
		for _, ut := range e.kb.UnitTasks(res.units) {
			if !seen[ut.Task] && inScope[ut.Doc] {
				seen[ut.Task] = true
				cands = append(cands, ut.TaskRef)
			}
		}
		order := e.order()
		sort.SliceStable(cands, func(i, j int) bool { return order[cands[i].Task] < order[cands[j].Task] })
	} else {
		docs := res.docs
		if len(q.Cities) == 0 && len(q.Plans) == 0 && len(q.Topic) > 0 {
			// Every plan: those of cities whose text holds the topic's words first (at scale the
			// index keeps which city holds which words). Its shortest form, or a near word's, is
			// what must be there.
			in := map[*plan.Document]bool{}
			forms := []string{shortestVariant(q.Topic[0])}
			for _, f := range nearForms(q.Topic[0], nil) {
				if nw := shortestVariant(f); !strings.Contains(f, forms[0]) && !contains(forms, nw) {
					forms = append(forms, nw)
				}
			}
			for _, f := range forms {
				for _, d := range e.kb.DocsWithAll(f) {
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
		for _, d := range docs {
			for i := range d.Tasks {
				cands = append(cands, retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]})
			}
		}
	}

	from, to := q.days()
	if q.Status == StatusDue && from.IsZero() && to.IsZero() {
		from, to = today, today.AddDays(30)
	}
	res.from, res.to = from, to
	// "本月要做什么?" is every deadline and every recurring duty that falls in the month; a longer
	// window, or a question about deadlines ("到期"), is deadlines only.
	short := !from.IsZero() && !to.IsZero() && from.AddDays(92).Compare(to) >= 0
	withRecurring := q.Frequency != "" || (q.Status == StatusDue && !q.deadlinesOnly && short)
	pairs := lg.pairCounts(e.kb.Docs())

	topics := newTopicMatcher(q.Topic, pairs)
	match := func(r retrieval.TaskRef, topic bool) (hit, bool) {
		h := hit{TaskRef: r}
		t := r.Task
		if len(res.filters) > 0 {
			any := false
			for _, f := range res.filters {
				m := f.matches(r.Doc.City, t)
				if len(m) == 0 && q.AllUnits {
					return h, false
				}
				if len(m) > 0 {
					any = true
					h.roles = append(h.roles, m...)
				}
			}
			if !any {
				return h, false
			}
		}
		if topic && len(q.Topic) > 0 && !topics.match(r) {
			return h, false
		}
		switch q.Status {
		case StatusOverdue:
			if h.dues = passed(t, today, q.DeadlineKind); len(h.dues) == 0 {
				return h, false
			}
		case StatusDue:
			h.dues = within(t, from, to, q.DeadlineKind, q.Precision)
			if q.literalYear {
				h.dues = namingYear(h.dues)
			}
			if withRecurring {
				h.occs = occurrences(t, from, to)
			}
			if len(h.dues) == 0 && len(h.occs) == 0 {
				return h, false
			}
		case StatusNoUnit:
			if len(t.Lead)+len(t.Participating) > 0 {
				return h, false
			}
		case StatusNoLead:
			if len(t.Lead) > 0 {
				return h, false
			}
		case StatusNoDate:
			if len(within(t, plan.Day{}, plan.Day{}, "", "")) > 0 {
				return h, false
			}
		case StatusDated:
			if len(within(t, plan.Day{}, plan.Day{}, "", "")) == 0 {
				return h, false
			}
		}
		if q.Frequency != "" {
			for _, rec := range t.Recurring {
				if freqMatches(rec.Rule, q.Frequency) {
					h.recs = append(h.recs, rec)
				}
			}
			if len(h.recs) == 0 {
				// A sentence that says it ("每年争取30个以上项目列入…") where the parser read no rule.
				if snt := freqSentence(t, q.Frequency); snt != "" {
					h.recs = append(h.recs, plan.Recurring{Quote: snt})
				}
			}
			if len(h.recs) == 0 {
				return h, false
			}
		}
		return h, true
	}

	keepMeasures := q.Frequency != "" || q.Shape == ShapeFrequency || q.Status == StatusDue && withRecurring
	add := func(r retrieval.TaskRef, h hit) {
		if lg.isMeasure(r.Task) {
			if keepMeasures && len(res.filters) > 0 && len(h.roles) > 0 && (len(h.recs) > 0 || len(h.occs) > 0) {
				res.hits = append(res.hits, h) // "市发改委每月固定要做的事": a measure that names the unit is its duty
				return
			}
			if keepMeasures && (len(h.recs) > 0 || len(h.occs) > 0 || q.Shape == ShapeFrequency) {
				res.measures = append(res.measures, h)
			}
			return
		}
		res.hits = append(res.hits, h)
	}
	for _, r := range cands {
		if h, ok := match(r, true); ok {
			add(r, h)
		}
	}
	if len(res.hits) == 0 && len(res.filters) > 0 && q.Status == "" && q.Frequency == "" && from.IsZero() && to.IsZero() {
		// "领导小组是干嘛的": a unit the plan names only in its safeguard measures has its duties there.
		for _, r := range cands {
			if h, ok := match(r, true); ok && lg.isMeasure(r.Task) && len(h.roles) > 0 {
				res.duties = append(res.duties, h)
			}
		}
	}

	// Several subjects ("生态产品交易中心和模具产业") that no task holds together are asked about one
	// by one, when each is some task's.
	if len(q.Topic) > 1 && len(res.hits) == 0 && (q.Shape == ShapeOwner || q.Shape == ShapeList) {
		var union []hit
		seen := map[*plan.Task]bool{}
		each := true
		for _, term := range q.Topic {
			one := *q
			one.Topic = []string{term}
			n := 0
			for _, r := range cands {
				h, ok := match(r, false)
				if !ok || lg.isMeasure(r.Task) || !topicMatch(r, one.Topic, pairs) {
					continue
				}
				n++
				if !seen[r.Task] {
					seen[r.Task] = true
					union = append(union, h)
				}
			}
			if n == 0 {
				each = false
				break
			}
		}
		if each {
			order := e.order()
			sort.SliceStable(union, func(i, j int) bool { return order[union[i].Task] < order[union[j].Task] })
			res.hits = union
		}
	}

	// A term no task holds whole may be words the plans write apart ("外贸进出口").
	if len(q.Topic) > 0 && len(res.hits) == 0 && len(res.measures) == 0 {
		for _, r := range cands {
			h, ok := match(r, false)
			if !ok {
				continue
			}
			all := true
			for _, t := range q.Topic {
				if !topicMatch(r, []string{t}, pairs) && !splitMatch(r, t, pairs) {
					all = false
					break
				}
			}
			if all {
				add(r, h)
			}
		}
	}

	// A topic whose words no task holds as they are may still be one task's, in other words.
	if len(q.Topic) > 0 && len(res.hits) == 0 && len(res.measures) == 0 && utf8.RuneCountInString(strings.Join(q.Topic, "")) >= 4 {
		hits, err := e.kb.Search(ctx, retrieval.Query{Text: strings.Join(q.Topic, " "), N: 10, Grains: []retrieval.Grain{retrieval.GrainTask}, City: q.city()})
		if err != nil {
			return res, fmt.Errorf("search %q: %w", strings.Join(q.Topic, " "), err)
		}
		best := 0.0
		for _, sh := range hits {
			if sh.Task == nil || sh.Coverage < minTopicCoverage || !inScope[sh.Doc] || sh.Coverage < best-0.05 {
				continue
			}
			h, ok := match(retrieval.TaskRef{Doc: sh.Doc, Task: sh.Task}, false)
			if !ok || lg.isMeasure(sh.Task) {
				continue
			}
			if sh.Coverage > best {
				best = sh.Coverage
			}
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
	}

	if err := e.applyDone(ctx, q, &res); err != nil {
		return res, err
	}
	return res, nil
}

// applyDone reads the done marks of the hits (when a store is wired): an overdue or due list leaves
// out what is done; a question about what is done keeps only that.
func (e *Engine) applyDone(ctx context.Context, q *Query, res *result) error {
	if q.Status != StatusOverdue && q.Status != StatusDue && q.Status != StatusDone {
		return nil
	}
	if e.opt.Done == nil || len(res.hits) == 0 {
		if q.Status == StatusDone {
			res.hits = nil
		}
		return nil
	}
	var asked []plan.UnitRef
	for _, f := range res.filters {
		asked = append(asked, f.refs...)
	}
	var all []TaskUnit
	per := make([][]TaskUnit, len(res.hits))
	for i, h := range res.hits {
		per[i] = donePairs(h.Doc, h.Task, asked)
		all = append(all, per[i]...)
	}
	marks, err := e.opt.Done.Done(ctx, all)
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
	var kept []hit
	for i, h := range res.hits {
		h.mark, h.done = doneOf(per[i], marks)
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

// freqSentence is the first sentence of a task that says the frequency asked about, "" when none.
func freqSentence(t *plan.Task, freq string) string {
	re := freqRegexp(freq)
	if re == nil {
		return ""
	}
	for _, snt := range sentences(t.Text) {
		if re.MatchString(snt) {
			return snt
		}
	}
	return ""
}

// order returns each task's place in the ledger (plan order, then task order).
func (e *Engine) order() map[*plan.Task]int {
	lg := e.ledger()
	lg.mu.Lock()
	defer lg.mu.Unlock()
	if lg.order == nil {
		lg.order = map[*plan.Task]int{}
		n := 0
		for _, d := range e.kb.Docs() {
			for i := range d.Tasks {
				lg.order[&d.Tasks[i]] = n
				n++
			}
		}
	}
	return lg.order
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
	if reOwnOrdinal.MatchString(title) || reOwnOrdinal.MatchString(first) {
		return t.ID
	}
	return k
}

// items groups hits by plan item (the clauses of one item are one task of the plan), keeping order.
func items(hs []hit) [][]hit {
	var out [][]hit
	at := map[string]int{}
	for _, h := range hs {
		k := itemOf(h.Task)
		if i, ok := at[k]; ok {
			out[i] = append(out[i], h)
			continue
		}
		at[k] = len(out)
		out = append(out, []hit{h})
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
