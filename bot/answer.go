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

// minCoverage is how much of a question's terms a passage must hold to count as saying something
// about it; below it the answer is "the plans do not say".
const minCoverage = 0.6

// composer builds one answer: text, task ids in order, citations.
type composer struct {
	lang  string
	b     strings.Builder
	tasks []string
	seen  map[string]bool
	cites []Citation
	cited map[string]bool
}

func newComposer(lang string) *composer {
	return &composer{lang: lang, seen: map[string]bool{}, cited: map[string]bool{}}
}

// t picks the Chinese or English wording.
func (c *composer) t(zh, en string) string {
	if c.lang == "en" {
		return en
	}
	return zh
}

func (c *composer) printf(format string, args ...any) { fmt.Fprintf(&c.b, format, args...) }

func (c *composer) task(r retrieval.TaskRef) {
	if !c.seen[r.Task.ID] {
		c.seen[r.Task.ID] = true
		c.tasks = append(c.tasks, r.Task.ID)
	}
	c.cite(Citation{Doc: r.Doc.ID, Title: r.Doc.Title, Number: r.Doc.Number, Section: r.Task.Section, Task: r.Task.Number, TaskID: r.Task.ID})
}

func (c *composer) cite(ct Citation) {
	k := ct.Doc + "\x00" + ct.Section + "\x00" + ct.TaskID
	if !c.cited[k] {
		c.cited[k] = true
		c.cites = append(c.cites, ct)
	}
}

func (c *composer) answer(in Intent, outcome string) Answer {
	return Answer{Intent: in.Kind, Outcome: outcome, Text: strings.TrimRight(c.b.String(), "\n"),
		Tasks: c.tasks, Citations: c.cites, Context: in.context()}
}

func (c *composer) role(r string) string {
	if r == plan.RoleLead {
		return c.t("牵头", "lead")
	}
	return c.t("参与", "participating")
}

// docLine names a plan: 《title》（number）.
func (c *composer) docLine(d *plan.Document) string {
	s := "《" + d.Title + "》"
	if d.Number != "" {
		s += c.t("（"+d.Number+"）", " ("+d.Number+")")
	}
	return s
}

// taskLine is one task: number, title, section.
func (c *composer) taskLine(t *plan.Task) string {
	s := t.Number + " " + shorten(t.Title, 40)
	if t.Section != "" {
		s += c.t(" · ", " · ") + t.Section
	}
	return s
}

func (c *composer) unitsLine(t *plan.Task) string {
	var parts []string
	if len(t.Lead) > 0 {
		parts = append(parts, c.t("牵头/责任：", "lead: ")+strings.Join(t.Lead, "、"))
	}
	if len(t.Participating) > 0 {
		parts = append(parts, c.t("参与：", "participating: ")+strings.Join(t.Participating, "、"))
	}
	if len(parts) == 0 {
		return c.t("方案未写明责任单位", "the plan names no unit")
	}
	return strings.Join(parts, c.t("；", "; "))
}

func dueDates(t *plan.Task) string {
	var ds []string
	for _, d := range t.Deadlines {
		if !d.Date.IsZero() {
			ds = append(ds, d.Date.String())
		}
	}
	return strings.Join(ds, ", ")
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// offline answers from the plans alone.
func (e *Engine) offline(ctx context.Context, in Intent, today plan.Day) (Answer, error) {
	switch in.Kind {
	case KindUnitTasks:
		return e.unitTasks(in), nil
	case KindOwner:
		return e.owner(ctx, in)
	case KindDue, KindOverdue:
		return e.due(in, today), nil
	case KindSummary:
		return e.summary(in, today), nil
	default:
		return e.search(ctx, in)
	}
}

// notFound says a unit is unknown and names the nearest known ones.
func (e *Engine) notFound(in Intent) Answer {
	c := newComposer(in.Lang)
	elsewhere, _ := e.Parser().lex.lookup(in.UnitTyped, "")
	if in.City != "" && len(elsewhere) > 0 {
		var cs []string
		for _, u := range elsewhere {
			cs = append(cs, u.City+" "+u.Name)
		}
		c.printf(c.t("%s的方案中没有“%s”。方案中有这个名称的单位：%s。\n", "The plans of %s name no “%s”. Units of that name: %s.\n"),
			in.City, echo(in.UnitTyped), strings.Join(cs, "、"))
		return c.answer(in, OutcomeNotFound)
	}
	c.printf(c.t("方案中没有找到“%s”。", "No unit called “%s” appears in the plans."), echo(in.UnitTyped))
	if sug := e.Parser().lex.suggest(in.UnitTyped, in.City, 5); len(sug) > 0 {
		c.printf(c.t("相近的单位：%s。", " Nearest names: %s."), strings.Join(sug, "、"))
	}
	c.printf("\n")
	return c.answer(in, OutcomeNotFound)
}

func (e *Engine) unitTasks(in Intent) Answer {
	if len(in.Units) == 0 {
		return e.notFound(in)
	}
	c := newComposer(in.Lang)
	uts := e.kb.UnitTasks(in.Units)
	lead := 0
	for _, ut := range uts {
		if ut.Role == plan.RoleLead {
			lead++
		}
	}
	name := in.UnitTyped
	var cs []string
	for _, u := range in.Units {
		cs = append(cs, u.City+" "+u.Name)
	}
	distinct := map[string]bool{}
	for _, ut := range uts {
		distinct[ut.Task.ID] = true
	}
	if len(distinct) == len(uts) {
		c.printf(c.t("%s（%s）共 %d 项任务：牵头 %d 项，参与 %d 项。\n", "%s (%s): %d tasks, %d as lead, %d participating.\n"),
			name, strings.Join(cs, "、"), len(uts), lead, len(uts)-lead)
	} else { // several units share tasks: count tasks once, roles per unit
		c.printf(c.t("%s（%s）共 %d 项任务；按单位计牵头 %d 项次，参与 %d 项次。\n", "%s (%s): %d tasks; counted per unit, %d as lead, %d participating.\n"),
			name, strings.Join(cs, "、"), len(distinct), lead, len(uts)-lead)
	}
	if len(in.Units) > 1 {
		c.printf(c.t("“%s”在 %d 个地方都有，按城市和方案分组列出。\n", "“%s” matches units in %d places; grouped by city and plan.\n"), name, len(in.Units))
	}
	var lastUnit plan.UnitRef
	var lastDoc string
	for _, ut := range uts {
		if ut.Unit != lastUnit || ut.Doc.ID != lastDoc {
			c.printf("\n*%s %s* — %s\n", ut.Unit.City, ut.Unit.Name, c.docLine(ut.Doc))
			lastUnit, lastDoc = ut.Unit, ut.Doc.ID
		}
		c.printf("- [%s] %s", c.role(ut.Role), c.taskLine(ut.Task))
		if d := dueDates(ut.Task); d != "" {
			c.printf(c.t(" · 期限 %s", " · due %s"), d)
		}
		c.printf("\n")
		c.task(ut.TaskRef)
	}
	if len(uts) == 0 {
		c.b.WriteString(c.t("方案中没有分配给它的任务。\n", "The plans assign it no task.\n"))
	}
	return c.answer(in, OutcomeAnswered)
}

func (e *Engine) owner(ctx context.Context, in Intent) (Answer, error) {
	c := newComposer(in.Lang)
	if in.Phrase == "" {
		c.b.WriteString(c.t("请说明是哪项任务，例如“综合保税区的责任单位是谁？”\n", "Which task? For example: “who leads the 综合保税区 work?”\n"))
		return c.answer(in, OutcomeNoAnswer), nil
	}
	// "综合保税区和多式联运枢纽港" and "A and B" are looked up one subject at a time when every subject
	// finds a task; otherwise the phrase is looked up whole ("文化和旅游企业" stays one subject).
	find := func(p string) ([]retrieval.TaskRef, error) {
		rs, err := e.kb.FindTasks(ctx, p, retrieval.Filter{City: in.City}, 5, minCoverage)
		if err != nil {
			return nil, fmt.Errorf("find tasks %q: %w", p, err)
		}
		return rs, nil
	}
	var refs []retrieval.TaskRef
	if parts := reAnd.Split(in.Phrase, -1); len(parts) > 1 {
		seen := map[string]bool{}
		for _, part := range parts {
			rs, err := find(strings.TrimSpace(part))
			if err != nil {
				return Answer{}, err
			}
			if len(rs) == 0 {
				refs = nil
				break
			}
			for _, r := range rs {
				if !seen[r.Task.ID] {
					seen[r.Task.ID] = true
					refs = append(refs, r)
				}
			}
		}
	}
	if len(refs) == 0 {
		var err error
		if refs, err = find(in.Phrase); err != nil {
			return Answer{}, err
		}
	}
	if len(refs) == 0 {
		c.printf(c.t("方案中没有关于“%s”的任务，无法说明由谁负责。\n", "The plans do not say: no task about “%s”.\n"), echo(in.Phrase))
		return c.answer(in, OutcomeNoAnswer), nil
	}
	c.printf(c.t("“%s”相关任务 %d 项：\n", "%d task(s) about “%s”:\n"), firstArg(c, echo(in.Phrase), len(refs))...)
	for _, r := range refs {
		c.printf("\n- %s %s %s\n  %s\n", r.Doc.City, c.docLine(r.Doc), c.taskLine(r.Task), c.unitsLine(r.Task))
		c.task(r)
	}
	return c.answer(in, OutcomeAnswered), nil
}

var reAnd = regexp.MustCompile(`(?i)\s+and\s+|\s*(?:和|与|及|以及|、|,|，)\s*`)

// firstArg orders phrase and count for the two languages' sentences.
func firstArg(c *composer, phrase string, n int) []any {
	if c.lang == "en" {
		return []any{n, phrase}
	}
	return []any{phrase, n}
}

func (e *Engine) due(in Intent, today plan.Day) Answer {
	if in.UnitTyped != "" && len(in.Units) == 0 {
		return e.notFound(in)
	}
	c := newComposer(in.Lang)
	f := retrieval.Filter{City: in.City, Units: in.Units}
	var items []retrieval.DueItem
	scope := in.City
	if in.UnitTyped != "" {
		scope = in.UnitTyped
		// "衢州市商务局" already names its city: do not print 衢州市 twice.
		if in.City != "" && !strings.HasPrefix(in.UnitTyped, plan.TrimLevel(in.City)) {
			scope = in.City + " " + in.UnitTyped
		}
	}
	if in.Kind == KindOverdue {
		items = e.kb.Overdue(f, today)
		if c.lang == "en" {
			for_ := ""
			if scope != "" {
				for_ = " for " + scope
			}
			noun := "deadlines have"
			if len(items) == 1 {
				noun = "deadline has"
			}
			c.printf("As of %s, %d %s passed%s (the plans do not record what was done; check with the units):\n",
				today, len(items), noun, for_)
		} else {
			c.printf("截至 %s，%s已过期限的任务 %d 项（方案不记录完成情况，请向责任单位核实）：\n",
				today, withSpace(scope, c), len(items))
		}
	} else {
		from, to := in.From, in.To
		if in.Window == "" {
			from, to = today, today.AddDays(30)
		}
		items = e.kb.Deadlines(f, from, to)
		span := to.String()
		if !from.IsZero() {
			span = from.String() + " — " + to.String()
		}
		if c.lang == "en" && scope == "" {
			c.printf("Deadlines in %s: %d.\n", spanText(c, from, to, span), len(items))
		} else {
			c.printf(c.t("%s期限在 %s 的任务 %d 项：\n", "%s: deadlines in %s: %d.\n"), scope, spanText(c, from, to, span), len(items))
		}
	}
	for _, it := range items {
		mark := kindWord(c, it.Deadline.Kind)
		if in.Kind != KindOverdue && it.Deadline.Date.Before(today) {
			mark += c.t("，已过期限", ", passed") // the past is never shown as upcoming
		}
		c.printf("- %s [%s] %s %s · %s (“%s”)\n  %s\n", it.Deadline.Date, mark, it.Doc.City, c.docLine(it.Doc),
			c.taskLine(it.Task), it.Deadline.Quote, c.unitsLine(it.Task))
		c.task(it.TaskRef)
	}
	if len(items) == 0 {
		c.b.WriteString(c.t("没有。\n", "None.\n"))
	}
	return c.answer(in, OutcomeAnswered)
}

func withSpace(s string, c *composer) string {
	if s == "" {
		return ""
	}
	return s + c.t("", " ")
}

func spanText(c *composer, from, to plan.Day, span string) string {
	if from.IsZero() {
		return c.t(to.String()+" 及以前", "or before "+to.String())
	}
	return span
}

func kindWord(c *composer, k string) string {
	if k == plan.KindTarget {
		return c.t("目标", "target")
	}
	return c.t("期限", "by") // a deadline; not "完成", which reads as "done"
}

func (e *Engine) search(ctx context.Context, in Intent) (Answer, error) {
	c := newComposer(in.Lang)
	phrase := in.Phrase
	if phrase == "" {
		c.b.WriteString(c.t("请问想了解方案的哪方面内容？\n", "What would you like to know about the plans?\n"))
		return c.answer(in, OutcomeNoAnswer), nil
	}
	hits, err := e.kb.Search(ctx, retrieval.Query{Text: phrase, N: 8, City: in.City})
	if err != nil {
		return Answer{}, fmt.Errorf("search %q: %w", phrase, err)
	}
	var good []retrieval.Hit
	for _, h := range hits {
		if h.Coverage >= minCoverage {
			good = append(good, h)
		}
	}
	sort.SliceStable(good, func(i, j int) bool { return good[i].Coverage > good[j].Coverage })
	if len(good) > 0 {
		best := good[0].Coverage
		n := 0
		for _, h := range good {
			if h.Coverage < best-0.2 || n == 3 {
				break
			}
			n++
		}
		good = good[:n]
	}
	if len(good) == 0 {
		c.printf(c.t("方案中没有提到“%s”，无法回答。\n", "The plans do not say (nothing about “%s”).\n"), echo(phrase))
		return c.answer(in, OutcomeNoAnswer), nil
	}
	for _, h := range good {
		quote := bestSentences(h.Text, phrase, in.Kind == KindFigure)
		c.printf("- “%s”\n  — %s %s", quote, h.Doc.City, c.docLine(h.Doc))
		if h.Task != nil {
			c.printf(" · %s\n", c.taskLine(h.Task))
			c.task(retrieval.TaskRef{Doc: h.Doc, Task: h.Task})
		} else {
			if h.Section != "" {
				c.printf(" · %s", h.Section)
			}
			c.printf("\n")
			c.cite(Citation{Doc: h.Doc.ID, Title: h.Doc.Title, Number: h.Doc.Number, Section: h.Section})
		}
	}
	return c.answer(in, OutcomeAnswered), nil
}

// bestSentences quotes the sentences of text that hold most of the phrase's terms (for figures,
// the ones with numbers win ties).
func bestSentences(text, phrase string, figure bool) string {
	var sents []string
	start := 0
	for i, r := range text {
		if r == '。' || r == '；' || r == ';' || r == '！' {
			sents = append(sents, text[start:i+len(string(r))])
			start = i + len(string(r))
		}
	}
	if start < len(text) {
		sents = append(sents, text[start:])
	}
	best, bestScore := "", -1.0
	for _, s := range sents {
		sc := retrieval.Coverage(phrase, s)
		if figure && strings.ContainsAny(s, "0123456789") {
			sc += 0.05
		}
		if sc > bestScore {
			best, bestScore = s, sc
		}
	}
	return shorten(strings.TrimSpace(best), 160)
}

func (e *Engine) summary(in Intent, today plan.Day) Answer {
	if in.UnitTyped != "" {
		if len(in.Units) == 0 {
			return e.notFound(in)
		}
		return e.unitSummary(in, today)
	}
	c := newComposer(in.Lang)
	var docs []*plan.Document
	for _, d := range e.kb.Docs() {
		if in.City == "" || d.City == in.City {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		c.printf(c.t("没有%s的方案。\n", "There is no plan for %s.\n"), in.City)
		return c.answer(in, OutcomeNoAnswer)
	}
	if len(docs) > 1 {
		c.printf(c.t("共 %d 份方案。\n", "%d plans.\n"), len(docs))
	}
	for _, d := range docs {
		c.printf("\n*%s* %s", d.City, c.docLine(d))
		if !d.Issued.IsZero() {
			c.printf(c.t("，%s 印发", ", issued %s"), d.Issued)
		}
		c.printf("\n")
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
		lead := map[string]int{}
		units := map[string]bool{}
		for i := range d.Tasks {
			for _, u := range d.Tasks[i].Lead {
				lead[u]++
				units[u] = true
			}
			for _, u := range d.Tasks[i].Participating {
				units[u] = true
			}
		}
		c.printf(c.t("- 任务 %d 项，涉及单位 %d 个", "- %d tasks, %d units"), len(d.Tasks), len(units))
		if top := topCounts(lead, 5); len(top) > 0 {
			c.printf(c.t("；牵头最多：%s", "; leading most: %s"), strings.Join(top, "、"))
		}
		c.printf("\n")
		for _, g := range goals(d, 3) {
			c.printf(c.t("- 目标：“%s”\n", "- goal: “%s”\n"), g.text)
			c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: g.section})
		}
		f := retrieval.Filter{DocID: d.ID}
		over := e.kb.Overdue(f, today)
		next := e.kb.Deadlines(f, today, plan.Day{})
		c.printf(c.t("- 截至 %s：已过期限 %d 个，未到期限 %d 个\n", "- as of %s: %d deadlines passed, %d ahead\n"), today, len(over), len(next))
		for i, it := range next {
			if i == 3 {
				break
			}
			c.printf(c.t("  - 最近期限 %s：%s（%s）\n", "  - next deadline %s: %s (%s)\n"), it.Deadline.Date, c.taskLine(it.Task), strings.Join(it.Task.Lead, "、"))
			c.task(it.TaskRef)
		}
	}
	return c.answer(in, OutcomeAnswered)
}

func (e *Engine) unitSummary(in Intent, today plan.Day) Answer {
	c := newComposer(in.Lang)
	uts := e.kb.UnitTasks(in.Units)
	type group struct {
		unit       plan.UnitRef
		doc        *plan.Document
		lead, part int
		next, over []retrieval.DueItem
		tasks      []retrieval.UnitTask
	}
	var groups []*group
	byKey := map[string]*group{}
	lead := 0
	for _, ut := range uts {
		k := ut.Unit.String() + ut.Doc.ID
		g := byKey[k]
		if g == nil {
			g = &group{unit: ut.Unit, doc: ut.Doc}
			byKey[k] = g
			groups = append(groups, g)
		}
		g.tasks = append(g.tasks, ut)
		if ut.Role == plan.RoleLead {
			g.lead++
			lead++
		} else {
			g.part++
		}
	}
	// Deadlines come from the unit's own tasks: scanning every deadline of every plan once per unit
	// would cost the size of the whole index for each city the name matches.
	var over, next []retrieval.DueItem
	seenTask := map[string]bool{}
	for _, ut := range uts {
		if seenTask[ut.Task.ID] {
			continue
		}
		seenTask[ut.Task.ID] = true
		for _, d := range ut.Task.Deadlines {
			switch {
			case d.Date.IsZero(), d.Inherited:
			case d.Date.Before(today):
				over = append(over, retrieval.DueItem{TaskRef: ut.TaskRef, Deadline: d})
			default:
				next = append(next, retrieval.DueItem{TaskRef: ut.TaskRef, Deadline: d})
			}
		}
	}
	byDate := func(xs []retrieval.DueItem) {
		sort.SliceStable(xs, func(i, j int) bool { return xs[i].Deadline.Date.Before(xs[j].Deadline.Date) })
	}
	byDate(over)
	byDate(next)
	c.printf(c.t("%s：%d 份方案中共 %d 项任务，牵头 %d 项，参与 %d 项；截至 %s 已过期限 %d 个，未到期限 %d 个。\n",
		"%s: %d tasks in %d plans, %d as lead, %d participating; as of %s, %d deadlines passed and %d ahead.\n"),
		summaryArgs(c, in.UnitTyped, len(groups), len(uts), lead, len(uts)-lead, today, len(over), len(next))...)
	for i, it := range next {
		if i == 3 {
			break
		}
		c.printf(c.t("- 最近期限 %s：%s %s（“%s”）\n", "- next deadline %s: %s %s (“%s”)\n"), it.Deadline.Date, it.Doc.City, c.taskLine(it.Task), it.Deadline.Quote)
	}
	for i, it := range over {
		if i == 5 {
			c.printf(c.t("- ……另有 %d 个已过期限\n", "- … and %d more passed deadlines\n"), len(over)-5)
			break
		}
		c.printf(c.t("- 已过期限 %s：%s %s（“%s”）\n", "- passed %s: %s %s (“%s”)\n"), it.Deadline.Date, it.Doc.City, c.taskLine(it.Task), it.Deadline.Quote)
	}
	for _, g := range groups {
		c.printf(c.t("\n*%s %s* — %s：牵头 %d，参与 %d\n", "\n*%s %s* — %s: %d lead, %d participating\n"), g.unit.City, g.unit.Name, c.docLine(g.doc), g.lead, g.part)
		for _, ut := range g.tasks {
			c.printf("- [%s] %s\n", c.role(ut.Role), c.taskLine(ut.Task))
			c.task(ut.TaskRef)
		}
	}
	return c.answer(in, OutcomeAnswered)
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

type goal struct{ section, text string }

// goals are the first sentences of a plan that set a dated figure ("到2027年…突破1600亿元").
func goals(d *plan.Document, n int) []goal {
	var out []goal
	for _, p := range d.Paras {
		if p.TaskID != "" {
			continue
		}
		for _, s := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == '。' || r == '；' }) {
			if strings.Contains(s, "到20") || strings.Contains(s, "到 20") {
				if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "亿万家个名%") {
					out = append(out, goal{p.Section, shorten(strings.TrimSpace(s), 120)})
					if len(out) == n {
						return out
					}
				}
			}
		}
	}
	return out
}

// echo is what an answer quotes of the question: enough to recognise it, never the whole of a long one.
func echo(s string) string { return clipRunes(s, 40) }
