package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// planItems returns the items of a plan that are tasks (not safeguard measures), in order: the
// clauses of one item are one.
func (e *Engine) planItems(d *plan.Document) [][]retrieval.TaskRef {
	var out [][]retrieval.TaskRef
	at := map[string]int{}
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if e.ledger().isMeasure(t) {
			continue
		}
		k := itemOf(t)
		if j, ok := at[k]; ok {
			out[j] = append(out[j], retrieval.TaskRef{Doc: d, Task: t})
			continue
		}
		at[k] = len(out)
		out = append(out, []retrieval.TaskRef{{Doc: d, Task: t}})
	}
	return out
}

// summary is a leader's overview: of a unit's work, or of a city's plans.
func (e *Engine) summary(ctx context.Context, c *composer, q *Query, today plan.Day) (Answer, error) {
	if len(q.Units) > 0 {
		refs := q.refs
		if len(refs) == 0 {
			p := e.Parser()
			for _, u := range q.Units {
				refs = append(refs, p.resolveUnit(u.Name, u.City, q.Cities))
			}
		}
		var all []plan.UnitRef
		for _, r := range refs {
			all = append(all, r...)
		}
		if len(all) == 0 {
			return e.notFound(c, q, q.Units[0].Name), nil
		}
		return e.unitSummary(ctx, c, q, dedupe(all), today)
	}
	var docs []*plan.Document
	for _, d := range e.kb.Docs() {
		if (len(q.Cities) == 0 || contains(q.Cities, d.City)) && namedPlan(d, q.Plans) {
			docs = append(docs, d)
		}
	}
	if len(q.Cities) == 0 && len(q.Plans) == 0 && len(q.Topic) > 0 {
		docs = e.docsOnTopic(docs, q.Topic) // "厦漳泉大都市区这份材料讲了什么": the plan whose words those are
	}
	if len(docs) == 0 {
		c.printf(c.t("没有%s的方案。\n", "There is no plan for %s.\n"), strings.Join(q.Cities, "、"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if len(docs) > 1 {
		c.printf(c.t("共 %d 份方案。\n", "%d plans.\n"), len(docs))
	}
	for _, d := range docs {
		c.printf("\n%s", c.planHead(d))
		if !d.Issued.IsZero() {
			c.printf(c.t("，%s 印发", ", issued %s"), d.Issued)
		} else if !d.Published.IsZero() {
			// A page that gives no date of its own (a notice, a bulletin) is dated by its publishing.
			c.printf(c.t("，%s 网页发布", ", published %s"), d.Published)
		}
		c.printf("\n")
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
		its := e.planItems(d)
		lead := map[string]map[string]bool{}
		units := map[string]bool{}
		for _, it := range its {
			for _, r := range it {
				for _, u := range r.Task.Lead {
					if l, p := plan.RoleGroup(u); l || p {
						continue // "各责任单位": the plan's units by their role, no unit of its own (as a count per unit reads it)
					}
					if lead[u] == nil {
						lead[u] = map[string]bool{}
					}
					lead[u][itemOf(r.Task)] = true
					units[u] = true
				}
				for _, u := range r.Task.Participating {
					if l, p := plan.RoleGroup(u); !l && !p {
						units[u] = true
					}
				}
			}
		}
		counts := map[string]int{}
		for u, s := range lead {
			counts[e.ledger().unitName(d, u)] = len(s)
		}
		c.printf(c.t("- 任务 %d 项，涉及单位 %d 个", "- %d tasks, %d units"), len(its), len(units))
		if top := topCounts(counts, 5); len(top) > 0 {
			c.printf(c.t("；牵头最多：%s", "; leading most: %s"), strings.Join(top, "、"))
		}
		c.printf("\n")
		for _, g := range goals(d, 3) {
			// A goal's dates as days ("到2025年底" is 2025-12-31), as a task's are.
			var when []string
			for _, dl := range plan.ParseDeadlinesIn(g.text, d.Year()) {
				when = append(when, dl.Date.String())
			}
			if len(when) > 0 {
				c.printf(c.t("- 目标：“%s”（%s）\n", "- goal: “%s” (%s)\n"), g.text, strings.Join(when, c.t("、", ", ")))
				c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: g.section})
				continue
			}
			c.printf(c.t("- 目标：“%s”\n", "- goal: “%s”\n"), g.text)
			c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: g.section})
		}
		if f := funding(d); f.text != "" {
			c.printf(c.t("- 经费：“%s”\n", "- funding: “%s”\n"), f.text)
			c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: f.section})
		}
		if o := bodyOffice(d); o.text != "" {
			c.printf(c.t("- 工作机构：“%s”\n", "- coordinating office: “%s”\n"), o.text)
			c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: o.section})
		}
		// A task its units marked done is neither behind nor ahead, as "逾期了哪些" leaves it out.
		done, err := e.doneTasks(ctx, its)
		if err != nil {
			return Answer{}, err
		}
		over, next := earliest{k: 0}, earliest{k: 3}
		doneItems := map[string]bool{}
		for _, it := range its {
			for _, r := range it {
				if done[r.Task] {
					doneItems[itemOf(r.Task)] = true
					continue
				}
				splitDeadlines(r, today, &over, &next)
			}
		}
		c.printf(c.t("- 截至 %s：已过期限 %d 个，未到期限 %d 个", "- as of %s: %d deadlines passed, %d ahead"), today, over.n, next.n)
		if len(doneItems) > 0 {
			c.printf(c.t("；已报完成 %d 项（不计其期限）", "; %d items reported done (their deadlines not counted)"), len(doneItems))
		}
		c.printf("\n")
		if len(its) <= summaryItemsListed {
			e.summaryItems(c, d, its, done, today) // every item with its dates: the next deadlines among them
			continue
		}
		if parts := summaryParts(its); len(parts) > 1 {
			// A longer plan: the parts its items are under ("（一）防汛抢险救灾攻坚行动"), what it is about.
			c.printf(c.t("- 各部分：%s\n", "- its parts: %s\n"), strings.Join(parts, c.t("；", "; ")))
		}
		for _, it := range next.items {
			c.printf(c.t("  - 最近期限 %s：%s %s（%s）\n", "  - next deadline %s: %s %s (%s)\n"), it.Deadline.Date, itemNumber(it.Task), itemTitle(it.Task), e.unitNames(d, it.Task.Lead, 4))
			c.task(it.TaskRef)
		}
	}
	return c.answer(q, OutcomeAnswered), nil
}

// docsOnTopic keeps the plans whose text holds the most of the topic's terms (any form of each), all of
// docs when none holds any.
func (e *Engine) docsOnTopic(docs []*plan.Document, topic []string) []*plan.Document {
	hits := map[*plan.Document]int{}
	for _, t := range topic {
		forms := topicForms(t)
		in := map[*plan.Document]bool{}
		for _, f := range forms {
			for _, d := range e.kb.DocsWithAll(f) { // at scale, the plans of the cities holding its words
				in[d] = true
			}
		}
		for d := range in {
			if docHolds(d, forms) {
				hits[d]++
			}
		}
	}
	best := 0
	for _, d := range docs {
		best = max(best, hits[d])
	}
	if best == 0 {
		return docs
	}
	return slices.DeleteFunc(slices.Clone(docs), func(d *plan.Document) bool { return hits[d] < best })
}

// docHolds reports whether a plan's title or text holds one of forms.
func docHolds(d *plan.Document, forms []string) bool {
	for _, f := range forms {
		if strings.Contains(d.Title, f) {
			return true
		}
		for i := range d.Paras {
			if strings.Contains(d.Paras[i].Text, f) {
				return true
			}
		}
	}
	return false
}

// summaryParts are the parts of a plan's work, in its order, each once (at most summaryPartsListed):
// the heading its items stand under, or, for an item right under a chapter ("二、主要任务" over
// "（一）开展防汛抢险救灾攻坚行动"), the item itself.
func summaryParts(its [][]retrieval.TaskRef) []string {
	var out []string
	for _, it := range its {
		t := it[0].Task
		h := strings.TrimSpace(lastSection(t.Section))
		if !strings.Contains(t.Section, plan.SectionSep) {
			h = strings.TrimSpace(itemNumber(t) + " " + itemTitle(t))
		}
		if h == "" || slices.Contains(out, h) {
			continue
		}
		if out = append(out, plan.Clip(h, 30)); len(out) == summaryPartsListed {
			break
		}
	}
	return out
}

const summaryPartsListed = 12

// summaryItemsListed is how many items a plan may have for its summary to list each of them, with its
// lead and its dates: a leader asking about a short plan wants who does what by when.
const summaryItemsListed = 12

// summaryItems lists a short plan's items: number, title, lead (or the units responsible), dates, the
// reports it repeats (每月10日前报送…, with the next day) and whether it is reported done.
func (e *Engine) summaryItems(c *composer, d *plan.Document, its [][]retrieval.TaskRef, done map[*plan.Task]bool, today plan.Day) {
	c.printf("%s", c.t("- 各项任务：\n", "- its items:\n"))
	for _, it := range its {
		var lead, resp []string
		var dates, standing []string
		finished := false
		for _, r := range it {
			finished = finished || done[r.Task]
			for _, o := range nextOccurrences(r.Doc, r.Task, today) {
				standing = append(standing, standingWords(c, o))
			}
			for _, u := range r.Task.Lead {
				if !slices.Contains(lead, u) {
					lead = append(lead, u)
				}
			}
			for _, u := range r.Task.Participating {
				if !slices.Contains(resp, u) {
					resp = append(resp, u)
				}
			}
			for _, dl := range r.Task.Deadlines {
				if s := dl.Date.String(); !dl.Inherited && !slices.Contains(dates, s) {
					dates = append(dates, s)
				}
			}
			c.task(r)
		}
		who := ""
		switch {
		case len(lead) > 0:
			who = c.t("牵头：", "lead: ") + e.unitNames(d, lead, 4)
		case len(resp) > 0:
			who = c.t("参与：", "taking part: ") + e.unitNames(d, resp, 4)
		}
		line := "  - " + itemNumber(it[0].Task) + " " + itemTitle(it[0].Task)
		if fs := itemFigures(it[0].Task.Text, 2); len(fs) > 0 {
			line += c.t("：", ": ") + strings.Join(fs, c.t("；", "; "))
		}
		if who != "" {
			line += c.t("（", " (") + who + c.t("）", ")")
		}
		if len(dates) > 0 {
			line += c.t(" · 期限 ", " · due ") + strings.Join(dates, c.t("、", ", "))
		}
		if len(standing) > 0 {
			line += c.t(" · 定期：", " · recurring: ") + strings.Join(standing, c.t("；", "; "))
		}
		if finished {
			line += c.t(" · 已报完成", " · reported done")
		}
		c.printf("%s\n", line)
	}
}

// unitSummary is a unit's load: its tasks counted as its lists count them, those overdue as
// "逾期了哪些" lists them (the executor's, done marks read), those with a deadline ahead, then its
// tasks.
func (e *Engine) unitSummary(ctx context.Context, c *composer, q *Query, units []plan.UnitRef, today plan.Day) (Answer, error) {
	groups, measures, lead, part := e.unitGroups(units)
	n := 0
	for _, g := range groups {
		n += len(g.tasks)
	}
	c.expect(n + len(measures))
	over, next, err := e.unitDeadlines(ctx, q, groups, today)
	if err != nil {
		return Answer{}, err
	}
	c.printf(c.t("%s：%d 份方案中共 %d 项任务，牵头 %d 项，参与 %d 项；截至 %s 已过期限 %d 个，未到期限 %d 个。\n",
		"%s: %d tasks in %d plans, %d as lead, %d participating; as of %s, %d deadlines passed and %d ahead.\n"),
		summaryArgs(c, q.unitsTyped(), len(groups), lead+part, lead, part, today, over.n, next.n)...)
	for _, it := range next.hits {
		c.printf(c.t("- 最近期限 %s：%s %s %s（“%s”）\n", "- next deadline %s: %s %s %s (“%s”)\n"), datesOf(it.dues), it.Doc.City, itemNumber(it.Task), e.taskTitle(it.Doc, it.Task), it.dues[0].Quote)
	}
	if next.n > len(next.hits) {
		c.printf(c.t("- ……另有 %d 个未到期限\n", "- … and %d more ahead\n"), next.n-len(next.hits))
	}
	standingReports(c, groups, today)
	for _, it := range over.hits {
		c.printf(c.t("- 已过期限 %s：%s %s %s（“%s”）\n", "- passed %s: %s %s %s (“%s”)\n"), datesOf(it.dues), it.Doc.City, itemNumber(it.Task), e.taskTitle(it.Doc, it.Task), it.dues[0].Quote)
	}
	if over.n > len(over.hits) {
		c.printf(c.t("- ……另有 %d 个已过期限\n", "- … and %d more passed deadlines\n"), over.n-len(over.hits))
	}
	// The standing duties and the tasks are one list, paged: the counts above are on every page.
	n = standingCount(measures)
	for _, g := range groups {
		n += g.lead + g.part
	}
	c.paginate(n, q.page)
	line := standingDuties(c, measures)
	text := showText(q, n) // a few tasks show their words, as a short list does
	for _, g := range groups {
		line = e.writeUnitGroup(c, g, line, text)
	}
	c.pageNote(n)
	return c.answer(q, OutcomeAnswered), nil
}

// How many items a unit's summary names of those ahead and of those overdue.
const (
	summaryNextListed = 3
	summaryOverListed = 5
)

// unitDeadlines counts a unit's items whose deadlines have passed, as "逾期了哪些" lists them (the same
// query run by the executor: done marks read, a task once however many of its dates passed), and its
// other items with a deadline ahead (duties.Ahead) not marked done, and keeps the few earliest of each
// (summaryOverListed, summaryNextListed) that a summary names, the earliest first. Each item is read
// once (its tasks' items are the groups'), and only the few it names are kept in order, not all of
// them sorted: a unit of every plan has tens of thousands.
func (e *Engine) unitDeadlines(ctx context.Context, q *Query, groups []*unitGroup, today plan.Day) (over, next firstDue, err error) {
	oq := *q
	oq.Shape, oq.Status, oq.Topic, oq.From, oq.To, oq.Frequency, oq.page = ShapeList, StatusOverdue, nil, "", "", "", 0
	res, err := e.execute(ctx, &oq, today)
	if err != nil {
		return firstDue{}, firstDue{}, err
	}
	// An overdue item's later stage (2025年6月底前 首批…，2026年底前 全覆盖) is still ahead; a done item is
	// neither overdue nor ahead.
	over = firstDue{k: summaryOverListed, seen: make(map[string]bool, len(res.hits))}
	for _, h := range res.hits {
		over.add(h, itemOf(h.Task))
	}
	passed := map[string]bool{}
	for _, h := range res.doneHits {
		passed[itemOf(h.Task)] = true
	}
	n := 0
	for _, g := range groups {
		n += len(g.tasks)
	}
	next = firstDue{k: summaryNextListed}
	if e.opt.Done == nil {
		// No done marks to read: each item is counted as it comes, no list of all of them made.
		next.seen = make(map[string]bool, n)
		seen := make(map[*plan.Task]bool, n)
		for _, g := range groups {
			for i, ut := range g.tasks {
				if seen[ut.Task] || len(passed) > 0 && passed[g.items[i]] {
					continue
				}
				seen[ut.Task] = true
				if dues := duties.Ahead(ut.Task, today); len(dues) > 0 {
					next.add(hit{TaskRef: ut.TaskRef, dues: dues}, g.items[i])
				}
			}
		}
		return over, next, nil
	}
	ahead := result{filters: res.filters, hits: make([]hit, 0, n)}
	aheadItems := make([]string, 0, n) // each hit's item, the groups' reading of it
	seen := make(map[*plan.Task]bool, n)
	for _, g := range groups {
		for i, ut := range g.tasks {
			if seen[ut.Task] || len(passed) > 0 && passed[g.items[i]] {
				continue
			}
			seen[ut.Task] = true
			if dues := duties.Ahead(ut.Task, today); len(dues) > 0 {
				ahead.hits = append(ahead.hits, hit{TaskRef: ut.TaskRef, dues: dues})
				aheadItems = append(aheadItems, g.items[i])
			}
		}
	}
	all := ahead.hits
	if err := e.applyDone(ctx, &Query{Status: StatusDue}, &ahead); err != nil {
		return firstDue{}, firstDue{}, err
	}
	if len(ahead.hits) != len(all) {
		// Those marked done left out: the rest are in the same order, each task once.
		j := 0
		kept := aheadItems[:0]
		for _, h := range ahead.hits {
			for all[j].Task != h.Task {
				j++
			}
			kept = append(kept, aheadItems[j])
			j++
		}
		aheadItems = kept
	}
	next.addItems(ahead.hits, aheadItems)
	return over, next, nil
}

// firstDue counts the items of hits (the clauses of one item are one, its first hit standing for
// it) and keeps the k earliest by their first hits' first dates, in the order the items came among
// equal dates: what sorting all of them stably and taking the first k gives.
type firstDue struct {
	k, n  int
	first []plan.Day
	hits  []hit
	seen  map[string]bool // the items counted
}

// addItems adds the items of hs, items[i] being hs[i]'s.
func (f *firstDue) addItems(hs []hit, items []string) {
	if f.seen == nil {
		f.seen = make(map[string]bool, len(hs))
	}
	for i, h := range hs {
		f.add(h, items[i])
	}
}

// add adds h, whose item is item: counted, and kept if it is among the k earliest, unless its
// item came before.
func (f *firstDue) add(h hit, item string) {
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	if f.seen[item] {
		return
	}
	f.seen[item] = true
	f.n++
	d := h.dues[0].Date
	for _, x := range h.dues[1:] {
		if x.Date.Before(d) {
			d = x.Date
		}
	}
	at := sort.Search(len(f.first), func(j int) bool { return d.Before(f.first[j]) })
	if at >= f.k {
		return
	}
	f.first = slices.Insert(f.first, at, d)
	f.hits = slices.Insert(f.hits, at, h)
	if len(f.hits) > f.k {
		f.first, f.hits = f.first[:f.k], f.hits[:f.k]
	}
}

// unitGroup is one unit's tasks in one plan, for a summary.
type unitGroup struct {
	unit       plan.UnitRef
	doc        *plan.Document
	lead, part int
	tasks      []retrieval.UnitTask
	items      []string // each task's plan item (itemOf), read once
	seen       itemSet  // plan items counted
}

// itemSet is a set of plan items: a slice while it holds a few (a unit's tasks in one plan mostly
// are), a map beyond.
type itemSet struct {
	few  []string
	many map[string]bool
}

// add adds item, reporting whether it was new.
func (s *itemSet) add(item string) bool {
	if s.many != nil {
		if s.many[item] {
			return false
		}
		s.many[item] = true
		return true
	}
	if slices.Contains(s.few, item) {
		return false
	}
	if len(s.few) < 16 {
		s.few = append(s.few, item)
		return true
	}
	s.many = make(map[string]bool, 2*len(s.few))
	for _, x := range s.few {
		s.many[x] = true
	}
	s.many[item], s.few = true, nil
	return true
}

// unitGroups groups the units' tasks by unit and plan, counting plan items (the clauses of one
// item are one, and an item a table of the plan repeats is one, as onceEach folds it for every list
// and count), and sets the safeguard measures apart.
func (e *Engine) unitGroups(units []plan.UnitRef) (groups []*unitGroup, measures []retrieval.UnitTask, lead, part int) {
	// A group is a unit in a plan: keyed by both, not by a string built for each task (at 10,000
	// plans a unit every city has holds 28,000 tasks).
	type groupKey struct {
		unit plan.UnitRef
		doc  *plan.Document
	}
	byKey := map[groupKey]*unitGroup{}
	for _, ut := range e.kb.UnitTasks(units) {
		if e.ledger().isMeasure(ut.Task) {
			measures = append(measures, ut)
			continue
		}
		k := groupKey{ut.Unit, ut.Doc}
		g := byKey[k]
		if g == nil {
			g = &unitGroup{unit: ut.Unit, doc: ut.Doc}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.tasks = append(g.tasks, ut)
	}
	sigs := e.ledger().sigs
	for _, g := range groups {
		if s := sigs[g.doc]; s == nil || len(s.twins) > 0 {
			g.tasks = onceEachUnitTask(g.tasks, sigs)
		}
		g.items = make([]string, len(g.tasks))
		for i, ut := range g.tasks {
			g.items[i] = itemOf(ut.Task)
			if !g.seen.add(g.items[i]) {
				continue
			}
			if ut.Role == plan.RoleLead {
				g.lead++
				lead++
			} else {
				g.part++
				part++
			}
		}
	}
	return groups, measures, lead, part
}

// onceEachUnitTask is onceEach over one unit's tasks in one plan.
func onceEachUnitTask(uts []retrieval.UnitTask, sigs topicSigs) []retrieval.UnitTask {
	hs := make([]hit, len(uts))
	for i, ut := range uts {
		hs[i] = hit{TaskRef: ut.TaskRef}
	}
	kept := onceEach(hs, sigs)
	if len(kept) == len(uts) {
		return uts
	}
	in := make(map[*plan.Task]bool, len(kept))
	for _, h := range kept {
		in[h.Task] = true
	}
	return slices.DeleteFunc(uts, func(ut retrieval.UnitTask) bool { return !in[ut.Task] })
}

// splitDeadlines adds the deadlines of r that count to those passed by today (over) or ahead
// (next).
func splitDeadlines(r retrieval.TaskRef, today plan.Day, over, next *earliest) {
	for _, d := range r.Task.Deadlines {
		switch {
		case !duties.Counts(d):
		case d.Date.Before(today):
			over.add(dated{TaskRef: r, Deadline: d})
		default:
			next.add(dated{TaskRef: r, Deadline: d})
		}
	}
}

// earliest counts the deadlines added and keeps the k earliest, in the order added among equal
// dates: a summary names a few of thousands.
type earliest struct {
	k, n  int
	items []dated
}

func (e *earliest) add(x dated) {
	e.n++
	i := sort.Search(len(e.items), func(i int) bool { return x.Deadline.Date.Before(e.items[i].Deadline.Date) })
	if i >= e.k {
		return
	}
	e.items = slices.Insert(e.items, i, x)
	if len(e.items) > e.k {
		e.items = e.items[:e.k]
	}
}

// standingCount is how many lines standingDuties writes.
func standingCount(measures []retrieval.UnitTask) int {
	n := 0
	for _, ut := range measures {
		for _, r := range ut.Task.Recurring {
			if r.Rule.Freq != "" {
				n++
				break
			}
		}
	}
	return n
}

// standingDuties quotes the first recurring duty of each safeguard measure that names the units,
// those on the page shown; it returns how many lines of the list it went through.
func standingDuties(c *composer, measures []retrieval.UnitTask) int {
	line := 0
	for _, ut := range measures {
		for _, r := range ut.Task.Recurring {
			if r.Rule.Freq != "" {
				line++
				if !c.shows(line - 1) {
					break
				}
				c.printf(c.t("- 固定职责：%s —— “%s”（%s %s）\n", "- standing duty: %s — “%s” (%s %s)\n"), ruleWords(c, r.Rule), plan.Clip(sentenceAround(ut.Task.Text, r.Quote), 80), ut.Doc.City, ut.Task.Section)
				c.cite(Citation{Doc: ut.Doc.ID, Title: ut.Doc.Title, Number: ut.Doc.Number, Section: ut.Task.Section, Task: ut.Task.Number})
				break
			}
		}
	}
	return line
}

// writeUnitGroup lists one unit's tasks in one plan, an item once, those on the page shown (its
// heading with the first of them); line is the list's line its first item is, and it returns the
// line after its last. text shows each task's words under its line.
func (e *Engine) writeUnitGroup(c *composer, g *unitGroup, line int, text bool) int {
	if line >= c.last || line+g.lead+g.part <= c.first {
		for _, ut := range g.tasks {
			c.task(ut.TaskRef)
		}
		return line + g.lead + g.part
	}
	headed := false
	shown := map[string]bool{}
	for i, ut := range g.tasks {
		c.task(ut.TaskRef)
		if shown[g.items[i]] {
			continue
		}
		shown[g.items[i]] = true
		line++
		if !c.shows(line - 1) {
			continue
		}
		if !headed {
			c.printf(c.t("\n*%s %s* — %s：牵头 %d，参与 %d\n", "\n*%s %s* — %s: %d lead, %d participating\n"), g.unit.City, e.ledger().unitName(g.doc, g.unit.Name), c.docLine(g.doc), g.lead, g.part)
			headed = true
		}
		c.printf("- [%s] %s %s\n", c.role(ut.Role), itemNumber(ut.Task), e.taskTitle(ut.Doc, ut.Task))
		if text {
			c.printf("  “%s”\n", plan.Clip(oneLine(ut.Task.Text), 300))
		}
	}
	return line
}

func summaryArgs(c *composer, name string, docs, n, lead, part int, today plan.Day, over, next int) []any {
	if c.lang == "en" {
		return []any{name, n, docs, lead, part, today, over, next}
	}
	return []any{name, docs, n, lead, part, today, over, next}
}

func topCounts(m map[string]int, n int) []string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, fmt.Sprintf("%s(%d)", all[i].k, all[i].v))
	}
	return out
}

// dated is one deadline of a task, for a summary's counts and its nearest dates.
type dated struct {
	retrieval.TaskRef
	Deadline plan.Deadline
}

// doneTasks are the tasks of a plan's items that their units marked done, as the executor decides it
// for "逾期了哪些" (duties.Deciders): none without the done marks, or when they cannot be read.
func (e *Engine) doneTasks(ctx context.Context, its [][]retrieval.TaskRef) (map[*plan.Task]bool, error) {
	if e.opt.Done == nil {
		return nil, nil
	}
	res := result{}
	for _, it := range its {
		for _, r := range it {
			res.hits = append(res.hits, hit{TaskRef: r})
		}
	}
	if err := e.applyDone(ctx, &Query{Status: StatusOverdue}, &res); err != nil {
		return nil, err
	}
	done := make(map[*plan.Task]bool, len(res.doneHits))
	for _, h := range res.doneHits {
		done[h.Task] = true
	}
	return done, nil
}

// nextOccurrences are the next days, within a year of today and the period of the task's plan (a
// duty stops with its plan), of a task's recurring duties (每月10日前报送…), one each: the standing work
// a summary names beside the deadlines.
func nextOccurrences(doc *plan.Document, t *plan.Task, today plan.Day) []duties.Occurrence {
	if len(t.Recurring) == 0 {
		return nil
	}
	to := today.AddDays(365)
	if end := duties.PartEnd(doc, t); !end.IsZero() && end.Before(to) {
		to = end
	}
	return duties.Occurrences(t, today, to)
}

// standingWords is a recurring duty in the plan's words, with its next day.
func standingWords(c *composer, o duties.Occurrence) string {
	return plan.Clip(o.Recurring.Quote, 40) + c.t("（下次 ", " (next ") + o.Day.String() + c.t("）", ")")
}

// standingReports names the recurring duties of a unit's tasks (每月10日前报送…, 每季度末前报送…) with
// their next days, the nearest first: the work a department's load recurs with, beside its deadlines.
func standingReports(c *composer, groups []*unitGroup, today plan.Day) {
	type standing struct {
		ut retrieval.UnitTask
		o  duties.Occurrence
	}
	// The few nearest, in the order they came among equal days (a stable sort's first few), and how
	// many there are.
	var first []standing
	n := 0
	seen := map[*plan.Task]bool{}
	for _, g := range groups {
		for _, ut := range g.tasks {
			if len(ut.Task.Recurring) == 0 || seen[ut.Task] {
				continue
			}
			seen[ut.Task] = true
			for _, o := range nextOccurrences(ut.Doc, ut.Task, today) {
				n++
				at := sort.Search(len(first), func(j int) bool { return o.Day.Before(first[j].o.Day) })
				if at < summaryNextListed {
					first = slices.Insert(first, at, standing{ut, o})
					first = first[:min(len(first), summaryNextListed)]
				}
			}
		}
	}
	for _, s := range first {
		c.printf(c.t("- 定期 %s：%s %s %s（下次 %s）\n", "- recurring %s: %s %s %s (next %s)\n"), ruleWords(c, s.o.Recurring.Rule), s.ut.Doc.City, itemNumber(s.ut.Task), plan.Clip(s.o.Recurring.Quote, 40), s.o.Day)
	}
	if n > len(first) {
		c.printf(c.t("- ……另有 %d 项定期工作\n", "- … and %d more recurring duties\n"), n-len(first))
	}
}

// reMoney is a sum of money: 400万元, 1.5亿元.
var reMoney = regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:万|亿)元`)

// reFundingWord says a sentence is about what the work costs and who pays: 经费, 资金, 投资, 预算.
var reFundingWord = regexp.MustCompile(`经费|资金|投资|预算|费用`)

// funding is the sentence of a plan that says what its work costs, a sum of money in it ("共需经费约
// 400万元，由区级财政承担"): the first one, in its own paragraphs or its tasks'. A summary of a plan
// gives what it costs as it gives its goals; none when the plan states no sum.
func funding(d *plan.Document) goal {
	for _, p := range d.Paras {
		for _, s := range sentences(p.Text) {
			if reMoney.MatchString(s) && reFundingWord.MatchString(s) {
				return goal{p.Section, plan.Clip(s, 120)}
			}
		}
	}
	return goal{}
}

// reBodyOffice says where the office of the body that runs a plan's work sits: "联席会议办公室（以下简称
// “地空联办”）设在规划建设和生态环境办公室", "领导小组下设办公室，办公室设在县应急管理局".
var reBodyOffice = regexp.MustCompile(`(?:领导小组|联席会议|指挥部|工作专班|委员会)[^。；;]{0,60}?办公室[^。；;]{0,80}?设在`)

// bodyOffice is the first sentence of a plan that says where the office of its coordinating body sits:
// a summary says who runs the work as it says what it costs; none when the plan names no such office.
func bodyOffice(d *plan.Document) goal {
	for _, p := range d.Paras {
		if !strings.Contains(p.Text, "设在") {
			continue
		}
		for _, s := range sentences(p.Text) {
			if reBodyOffice.MatchString(s) {
				return goal{p.Section, plan.Clip(strings.TrimSpace(s), 120)}
			}
		}
	}
	return goal{}
}

// reYearFigure is a clause that sets a figure for a year: "2025年城镇新增就业4万人以上".
var reYearFigure = regexp.MustCompile(`(?:19|20)\d{2}\s*年`)

// reYearOnly is a clause that is only the year a figure is for ("到2020年", "至2025年底"): the figure is
// in the clause after it.
var reYearOnly = regexp.MustCompile(`^(?:到|至|截至|截止|在|于)?\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:前|时)?$`)

// reSetsFigure is a clause that sets a figure, its verb before it: "下调至1—8元/平方米", "控制在11.88亿立方米
// 以内", "新增50处" (not a heading's number, "5.5人员防护").
var reSetsFigure = regexp.MustCompile(`(?:至|到|达到?|为|控制在|稳定在|保持在|超过|不低于|不少于|不超过|低于|高于|增长|下降|降低|提高|提升|增加|减少|新增|新建|建成|培育|引进|打造)\s*(?:每[年月人户亩])?[约近]?\d+(?:\.\d+)?(?:[—\-～~]\d+(?:\.\d+)?)?\s*(?:%|‰|％|万|亿|千|百|个|家|名|人|项|座|条|吨|平方|公里|千米|亩|元|倍|所|张|套|栋|件|户|处|台|辆|兆瓦|千瓦|立方米|米|公顷)`)

// itemFigures are the clauses of an item's text that set a figure for a year ("2025年城镇新增就业4万
// 人以上", "到2020年，全市用水总量控制在11.88亿立方米以内": a year said alone before its clause goes
// with it), up to n: what a summary's line of the item says it is to reach, not its title only. An
// item that sets no figure for a year gives the first figure it sets ("税额标准下调至1—8元/平方米").
func itemFigures(text string, n int) []string {
	var out []string
	clauses := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("。；;，,\n", r) })
	first := ""
	for i := 0; i < len(clauses); i++ {
		cl, max := strings.TrimSpace(clauses[i]), 48
		if reYearOnly.MatchString(cl) && i+1 < len(clauses) {
			i++
			cl, max = cl+"，"+strings.TrimSpace(clauses[i]), 64
		}
		if loc := reYearFigure.FindStringIndex(cl); loc != nil && reQuantity.MatchString(cl[loc[1]:]) {
			out = append(out, plan.Clip(cl[loc[0]:], max))
			if len(out) == n {
				break
			}
		} else if first == "" && loc == nil && reSetsFigure.MatchString(cl) {
			first = plan.Clip(cl, max)
		}
	}
	if len(out) == 0 && first != "" {
		out = append(out, first)
	}
	return out
}
