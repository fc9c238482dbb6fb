package bot

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// minCoverage is how much of a question's terms a passage must hold to count as saying something
// about it; below it the answer is "the plans do not say".
const minCoverage = 0.6

// offline answers a query from the plans alone: the executor finds the tasks, the shape writes them.
func (e *Engine) offline(ctx context.Context, q *Query, today plan.Day) (Answer, error) {
	c := newComposer(q.lang)
	if q.didYouMean != "" {
		c.printf(c.t("（您是否指“%s”？以下按%s回答。）\n", "(Did you mean %s? Answered for %s.)\n"), plan.TrimLevel(q.didYouMean), q.didYouMean)
	}
	if q.unitGuess != "" {
		c.printf(c.t("（方案中没有“%s”，您是否指“%s”？以下按%s回答。）\n", "(No unit is called “%s”; did you mean %s? Answered for %s.)\n"), echo(q.unitGuess), q.unitTyped, q.unitTyped)
	}
	if q.noPlanFor != "" {
		c.printf(c.t("已加载的方案中没有%s的方案（现有：%s）。\n", "No loaded plan is from %s (the plans are from: %s).\n"), q.noPlanFor, strings.Join(e.kb.Directory().Cities(), "、"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.unknown != "" {
		return e.notFound(c, q, q.unknown), nil
	}
	switch q.Shape {
	case ShapeSummary:
		return e.summary(c, q, today), nil
	case ShapeSearch:
		return e.search(ctx, c, q)
	case ShapePlanFacts:
		return e.planFacts(ctx, c, q, today)
	}
	res, err := e.execute(ctx, q, today)
	if err != nil {
		return Answer{}, err
	}
	if len(res.notFound) > 0 {
		if len(q.Units) == 0 && len(q.Bodies) > 0 {
			// No unit is named after the body: what the plans say of it is the answer, if anything.
			sq := *q
			sq.Shape, sq.Text = ShapeSearch, strings.Join(q.Bodies, " ")+" "+strings.Join(q.Topic, " ")
			if a, err := e.search(ctx, newComposer(q.lang), &sq); err != nil || a.Outcome == OutcomeAnswered {
				return a, err
			}
		}
		return e.notFound(c, q, res.notFound[0]), nil
	}
	if len(res.docs) == 0 && (len(q.Plans) > 0 || len(q.Cities) > 0) {
		c.printf(c.t("没有找到这份方案。已加载的方案：%s。\n", "No such plan is loaded. The plans are from: %s.\n"), strings.Join(e.kb.Directory().Cities(), "、"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	switch q.Shape {
	case ShapeCount:
		e.renderCount(c, q, res, today)
	case ShapeOwner:
		return e.owner(c, q, res, today), nil
	case ShapeFigure:
		return e.figure(ctx, c, q, res)
	case ShapeFrequency:
		return e.frequencyAnswer(c, q, res), nil
	default:
		e.renderList(c, q, res, today, true)
		if q.Frequency != "" || q.Status == StatusDue {
			e.measureNote(c, q, res)
		}
	}
	// An empty list is an answer ("没有。") when the question was understood; a topic no task is
	// about is "the plans do not say".
	outcome := OutcomeAnswered
	if len(res.hits) == 0 && len(res.measures) == 0 && len(q.Topic) > 0 {
		outcome = OutcomeNoAnswer
	}
	return c.answer(q, outcome), nil
}

// notFound says a unit is unknown and names the nearest known ones.
func (e *Engine) notFound(c *composer, q *Query, typed string) Answer {
	p := e.Parser()
	elsewhere, _ := p.lex.lookup(typed, "")
	if len(elsewhere) == 0 {
		for _, f := range p.lex.cityForms(typed) {
			if rest, ok := strings.CutPrefix(typed, f.form); ok && rest != "" {
				elsewhere, _ = p.lex.lookup(strings.TrimPrefix(rest, "的"), "")
			}
		}
	}
	if len(q.Cities) > 0 && len(elsewhere) > 0 {
		var cs []string
		for _, u := range elsewhere {
			cs = append(cs, u.City+" "+u.Name)
		}
		c.printf(c.t("%s的方案中没有“%s”。方案中有这个名称的单位：%s。\n", "The plans of %s name no “%s”. Units of that name: %s.\n"),
			strings.Join(q.Cities, "、"), echo(typed), strings.Join(cs, "、"))
		return c.answer(q, OutcomeNotFound)
	}
	c.printf(c.t("方案中没有找到“%s”。", "No unit called “%s” appears in the plans."), echo(typed))
	if sug := p.lex.suggest(typed, q.city(), 5); len(sug) > 0 {
		c.printf(c.t("相近的单位：%s。", " Nearest names: %s."), strings.Join(sug, "、"))
	}
	c.printf("\n")
	return c.answer(q, OutcomeNotFound)
}

// owner says who answers for the tasks on a topic: every plan's tasks on it, grouped by plan.
func (e *Engine) owner(c *composer, q *Query, res result, today plan.Day) Answer {
	topic := strings.Join(q.Topic, " ")
	if topic == "" && !q.hasUnits() {
		c.b.WriteString(c.t("请说明是哪项任务，例如“综合保税区的责任单位是谁？”\n", "Which task? For example: “who leads the 综合保税区 work?”\n"))
		return c.answer(q, OutcomeNoAnswer)
	}
	its := items(res.hits)
	if len(its) == 0 {
		c.printf(c.t("方案中没有关于“%s”的任务，无法说明由谁负责。\n", "The plans do not say: no task about “%s”.\n"), echo(topic))
		return c.answer(q, OutcomeNoAnswer)
	}
	c.printf(c.t("“%s”相关任务 %d 项：\n", "%d task(s) about “%s”:\n"), firstArg(c, echo(topic), len(its))...)
	var lastDoc *plan.Document
	for _, it := range its {
		h := it[0]
		var ts []*plan.Task
		for _, x := range it {
			ts = append(ts, x.Task)
			c.task(x.TaskRef)
		}
		if h.Doc != lastDoc {
			c.printf("\n*%s* %s\n", h.Doc.City, c.docLine(h.Doc))
			lastDoc = h.Doc
		}
		c.printf("- %s %s — %s", itemNumber(h.Task), itemTitle(h.Task), e.unitsLine(c, h.Doc, ts, 0))
		if ds := datesOf(duties.Within(h.Task, plan.Day{}, plan.Day{}, "", "")); ds != "" {
			c.printf(c.t(" · 期限 %s", " · due %s"), ds)
		}
		c.printf("\n")
		if q.detail && len(its) <= 5 {
			c.printf("  “%s”\n", plan.Clip(h.Task.Text, 300))
		}
	}
	return c.answer(q, OutcomeAnswered)
}

// firstArg orders phrase and count for the two languages' sentences.
func firstArg(c *composer, phrase string, n int) []any {
	if c.lang == "en" {
		return []any{n, phrase}
	}
	return []any{phrase, n}
}

var reHasFigure = regexp.MustCompile(`\d`)

// reQuantity is a figure with its unit: 1500万吨, 70%, 80家, 4.8个 (not "4大平台").
var reQuantity = regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:%|‰|％|万|亿|千|百|个|家|名|人|项|座|条|吨|标箱|平方|公里|千米|亩|元|美元|倍|次|所|张|床|套|栋|件|户|场|处|批|支|台|辆)`)

// sentences splits a text at sentence ends.
func sentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		if r == '。' || r == '；' || r == ';' || r == '！' || r == '\n' {
			if s := strings.TrimSpace(text[start:i]); s != "" {
				out = append(out, s)
			}
			start = i + len(string(r))
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// figure quotes the sentences with figures that answer a question, with the units of their tasks:
// from the tasks on the topic when there are any, else from the passages (goals outside tasks) that
// hold most of its words.
func (e *Engine) figure(ctx context.Context, c *composer, q *Query, res result) (Answer, error) {
	text := strings.Join(q.Topic, " ")
	if text == "" {
		text = q.Text
	}
	var ps passages
	if len(q.Topic) > 0 {
		for _, h := range res.hits {
			ps.add(passage{doc: h.Doc, task: h.Task, ref: h.TaskRef, section: h.Task.Section, text: h.Task.Text, cov: max(retrieval.Coverage(text, h.Task.Title+h.Task.Text), h.score)})
		}
	}
	if text != "" {
		if err := e.searchPassages(ctx, &ps, q, res, text); err != nil {
			return Answer{}, err
		}
	}
	ps = ps.withFigures(q, text)
	if len(ps) == 0 {
		c.printf(c.t("方案中没有提到“%s”，无法回答。\n", "The plans do not say (nothing about “%s”).\n"), echo(text))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.GroupBy == GroupCity {
		e.figuresByCity(c, ps, text, q.Text)
	} else {
		e.bestFigures(c, ps, text, q.Text)
	}
	return c.answer(q, OutcomeAnswered), nil
}

// passage is a text that may hold a figure: a task's, or a paragraph outside tasks.
type passage struct {
	doc     *plan.Document
	task    *plan.Task // nil for a paragraph
	ref     retrieval.TaskRef
	section string
	text    string
	cov     float64 // how much of the question it holds (then: and its best figure)
}

// passages are collected without doubles: a task once, a paragraph's text once.
type passages []passage

func (ps *passages) add(p passage) {
	for _, x := range *ps {
		if x.doc == p.doc && x.task != nil && x.task == p.task || x.task == nil && p.task == nil && x.text == p.text {
			return
		}
	}
	*ps = append(*ps, p)
}

// searchPassages adds the passages search finds holding most of text: paragraphs, and tasks when
// the question names no unit whose tasks matched.
func (e *Engine) searchPassages(ctx context.Context, ps *passages, q *Query, res result, text string) error {
	n := 8
	if q.GroupBy == GroupCity {
		n = 40
	}
	hits, err := e.kb.Search(ctx, retrieval.Query{Text: text, N: n, City: q.city()})
	if err != nil {
		return fmt.Errorf("search %q: %w", text, err)
	}
	for _, h := range hits {
		if h.Coverage < minCoverage || (len(q.Cities) > 0 && !contains(q.Cities, h.Doc.City)) {
			continue
		}
		if h.Task == nil {
			ps.add(passage{doc: h.Doc, section: h.Section, text: h.Text, cov: h.Coverage})
			continue
		}
		if e.ledger().isMeasure(h.Task) || (len(q.Units) > 0 && len(res.hits) > 0) {
			continue
		}
		ps.add(passage{doc: h.Doc, task: h.Task, ref: retrieval.TaskRef{Doc: h.Doc, Task: h.Task}, section: h.Task.Section, text: h.Task.Text, cov: h.Coverage})
	}
	return nil
}

// withFigures keeps the passages that answer, best first: a passage answers when it holds the
// question's words and states a figure about them; its score is how much of the question it
// holds, plus how much its best sentence with a number does (and a task the topic names wins).
func (ps passages) withFigures(q *Query, text string) passages {
	var kept passages
	for _, p := range ps {
		if p.cov < minCoverage {
			continue
		}
		best := 0.0
		for _, snt := range sentences(p.text) {
			if reQuantity.MatchString(snt) {
				best = max(best, retrieval.Coverage(text, snt))
			}
		}
		p.cov += best
		if p.task != nil && len(q.Topic) > 0 {
			if titleHolds(p.task.Title, q.Topic) {
				p.cov++ // the task the topic names: its figures answer
			} else if topicMatch(p.ref, q.Topic, nil) {
				p.cov += 0.01 // a task on the topic wins a tie
			}
		}
		kept = append(kept, p)
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].cov > kept[j].cov })
	return kept
}

// figuresByCity writes one line a place: its best passage, the place first.
func (e *Engine) figuresByCity(c *composer, ps passages, text, asked string) {
	done := map[string]bool{}
	for _, p := range ps {
		if done[p.doc.City] || p.cov < 1.1 { // the passage holds the words, and so does its figure
			continue
		}
		done[p.doc.City] = true
		quotes := figureSentences(p.text, text, asked)
		c.printf("- %s：“%s” — %s", p.doc.City, strings.Join(quotes, "……"), c.docLine(p.doc))
		if p.task != nil {
			c.printf(" · %s %s（%s）\n", itemNumber(p.task), itemTitle(p.task), e.unitsLine(c, p.doc, []*plan.Task{p.task}, 4))
			c.task(p.ref)
		} else {
			c.printf("\n")
			c.cite(Citation{Doc: p.doc.ID, Title: p.doc.Title, Number: p.doc.Number, Section: p.section})
		}
	}
}

// bestFigures writes the best passages, at most three, as good as the best one within a quarter.
func (e *Engine) bestFigures(c *composer, ps passages, text, asked string) {
	best := ps[0].cov
	n := 0
	seen := map[string]bool{}
	for _, p := range ps {
		if p.cov < best-0.25 || n == 3 {
			break
		}
		key := p.doc.ID + p.section + p.text
		if seen[key] {
			continue
		}
		seen[key] = true
		n++
		quotes := figureSentences(p.text, text, asked)
		c.printf("- “%s”\n  — %s %s", strings.Join(quotes, "……"), p.doc.City, c.docLine(p.doc))
		if p.task != nil {
			c.printf(" · %s %s\n  %s\n", itemNumber(p.task), itemTitle(p.task), e.unitsLine(c, p.doc, []*plan.Task{p.task}, 0))
			c.task(p.ref)
			continue
		}
		if p.section != "" {
			c.printf(" · %s", p.section)
		}
		c.printf("\n")
		c.cite(Citation{Doc: p.doc.ID, Title: p.doc.Title, Number: p.doc.Number, Section: p.section})
	}
}

// titleHolds reports whether a title names every topic term.
func titleHolds(title string, terms []string) bool {
	for _, t := range terms {
		ok := false
		for _, v := range topicVariants(t, nil) {
			if strings.Contains(title, v) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// figureSentences are the sentences of a passage that state its figures about the topic: those
// with a number that hold the topic's words best (up to four), or the best sentence when none has a
// number.
func figureSentences(text, topic, question string) []string {
	type scored struct {
		s   string
		cov float64
		at  int
	}
	var all []scored
	for i, s := range sentences(text) {
		cov := retrieval.Coverage(topic, s) + 0.3*retrieval.Coverage(question, s)
		all = append(all, scored{s, cov, i})
	}
	if len(all) == 0 {
		return nil
	}
	var figs []scored
	for _, s := range all {
		if reQuantity.MatchString(s.s) {
			figs = append(figs, s)
		}
	}
	pick := all
	if len(figs) > 0 {
		pick = figs
	}
	sort.SliceStable(pick, func(i, j int) bool { return pick[i].cov > pick[j].cov })
	best := pick[0].cov
	var out []scored
	for _, s := range pick {
		if len(out) == 4 || (s.cov < best-0.35 && len(out) > 0) {
			break
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	var quotes []string
	for _, s := range out {
		quotes = append(quotes, plan.Clip(s.s, 160))
	}
	return quotes
}

// reFreqWord finds the words of a sentence that say how often.
var reFreqWord = regexp.MustCompile(`每(?:两|三|半)?(?:年|月|季度|季|周|星期|旬|日|天)|每个?月|每两周|双月|逐月|逐季|逐年|按月|按季|按年|月度|季度|年度|定期|常态化|例会|周会商|月调度|季分析|年评估|一次`)

// duty is one statement of how often something is done.
type duty struct {
	hit     hit
	measure bool
	words   string // in words: 每月10日前
	quote   string
	units   []string
	cov     float64
}

// frequencyAnswer says how often something is done, and by whom: from the recurring duties the
// parser read, and from sentences that say 每年, 定期 or 每季度 of the topic.
func (e *Engine) frequencyAnswer(c *composer, q *Query, res result) Answer {
	topic := strings.Join(q.Topic, " ")
	var ds dutyList
	for _, h := range res.hits {
		ds.collect(c, h, false)
	}
	for _, h := range res.measures {
		ds.collect(c, h, true)
	}
	if len(q.Bodies) > 0 {
		// A body asked about must be the one that does it, or be named in the sentence.
		var kept dutyList
		for _, d := range ds {
			if mentionsBody(d, q.Bodies) {
				kept = append(kept, d)
			}
		}
		ds = kept
	}
	ds = ds.onTopic(topic)
	what := topic
	if len(q.Bodies) > 0 {
		what = strings.TrimSpace(strings.Join(q.Bodies, "、") + " " + topic)
	}
	if len(ds) == 0 {
		c.printf(c.t("方案中没有写明%s的频率（多久一次）。\n", "The plans do not say how often (%s).\n"), echoOr(what, c.t("这项工作", "this")))
		return c.answer(q, OutcomeNoAnswer)
	}
	if len(ds) > 6 {
		ds = ds[:6]
	}
	c.printf(c.t("%s的频率，方案中这样写：\n", "How often (%s), as the plans say:\n"), echoOr(what, c.t("这项工作", "this work")))
	for _, d := range ds {
		c.printf("- %s %s：%s —— “%s”", d.hit.Doc.City, itemNumber(d.hit.Task)+" "+itemTitle(d.hit.Task), d.words, plan.Clip(d.quote, 120))
		if len(d.units) > 0 {
			c.printf(c.t("（%s）", " (%s)"), e.unitNames(d.hit.Doc, d.units, 6))
		}
		if d.measure {
			c.b.WriteString(c.t(" ·保障措施", " · safeguard measure"))
			c.cite(Citation{Doc: d.hit.Doc.ID, Title: d.hit.Doc.Title, Number: d.hit.Doc.Number, Section: d.hit.Task.Section, Task: d.hit.Task.Number})
		} else {
			c.task(d.hit.TaskRef)
		}
		c.printf("\n")
	}
	return c.answer(q, OutcomeAnswered)
}

// dutyList are the things done at intervals that a frequency answer quotes.
type dutyList []duty

// collect adds h's recurring duties (one quote read as several rules, "周会商、月调度、季分析", is
// one duty with all its words) and its sentences that say how often.
func (ds *dutyList) collect(c *composer, h hit, measure bool) {
	t := h.Task
	seen := map[string]bool{}
	for _, r := range t.Recurring {
		if r.Rule.Freq == "" {
			continue
		}
		units := r.Units
		if len(units) == 0 {
			units = t.Units()
		}
		if seen[r.Quote] {
			for i := range *ds {
				if (*ds)[i].hit.Task == t && (*ds)[i].quote == r.Quote {
					(*ds)[i].words += "、" + ruleWords(c, r.Rule)
				}
			}
			continue
		}
		seen[r.Quote] = true
		*ds = append(*ds, duty{hit: h, measure: measure, words: ruleWords(c, r.Rule), quote: sentenceAround(t.Text, r.Quote), units: units})
	}
	for _, snt := range sentences(t.Text) {
		w := reFreqWord.FindString(snt)
		if w == "" || w == "一次" && !strings.Contains(snt, "每") || ds.quotes(t, snt) {
			continue
		}
		*ds = append(*ds, duty{hit: h, measure: measure, words: w, quote: snt, units: t.Units()})
	}
}

// quotes reports whether a duty of t already quotes the sentence (or a part of it).
func (ds dutyList) quotes(t *plan.Task, snt string) bool {
	for _, d := range ds {
		if d.hit.Task == t && (strings.Contains(d.quote, snt) || strings.Contains(snt, d.quote)) {
			return true
		}
	}
	return false
}

// onTopic keeps, best first, the duties whose sentence holds the topic about as well as the best
// one does; when no sentence holds it, those whose task does.
func (ds dutyList) onTopic(topic string) dutyList {
	for i := range ds {
		ds[i].cov = retrieval.Coverage(topic, ds[i].quote)
		if topic == "" {
			ds[i].cov = 1
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].cov > ds[j].cov })
	if len(ds) == 0 || topic == "" {
		return ds
	}
	best := ds[0].cov
	var kept dutyList
	for _, d := range ds {
		if d.cov > 0 && d.cov >= best-0.25 {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		// The topic's words are in the task, not in the sentence that says how often.
		for _, d := range ds {
			if retrieval.Coverage(topic, d.hit.Task.Title+d.hit.Task.Text) >= minCoverage {
				kept = append(kept, d)
			}
		}
	}
	return kept
}

func echoOr(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return echo(s)
}

// mentionsBody reports whether a duty is a body's: done by the body itself (a unit named after it,
// not its 成员单位) or said of it in the sentence.
func mentionsBody(d duty, bodies []string) bool {
	for _, b := range bodies {
		short := strings.TrimPrefix(b, "工作")
		if strings.Contains(d.quote, b) || strings.Contains(d.quote, short) {
			return true
		}
		for _, u := range d.units {
			if strings.HasSuffix(u, b) || strings.HasSuffix(u, b+"办公室") {
				return true
			}
		}
	}
	return false
}

// sentenceAround returns the sentence of text that holds quote (the quote itself when none does).
func sentenceAround(text, quote string) string {
	for _, s := range sentences(text) {
		if strings.Contains(s, quote) {
			return s
		}
	}
	return quote
}

// measureNote adds the recurring duties of safeguard measures to a list of what is to be done:
// they are not tasks of the plan, but they are work that falls due.
func (e *Engine) measureNote(c *composer, q *Query, res result) {
	if len(res.measures) == 0 {
		return
	}
	c.b.WriteString(c.t("\n另有保障措施中的固定安排：\n", "\nAlso, standing arrangements in the plans' safeguard measures:\n"))
	for _, h := range res.measures {
		recs := h.recs
		if len(recs) == 0 {
			for _, o := range h.occs {
				recs = append(recs, o.Recurring)
			}
		}
		seen := map[string]bool{}
		for _, r := range recs {
			if seen[r.Quote] {
				continue
			}
			seen[r.Quote] = true
			units := r.Units
			if len(units) == 0 {
				units = h.Task.Units()
			}
			c.printf("- %s %s %s：%s —— “%s”", h.Doc.City, itemNumber(h.Task), itemTitle(h.Task), ruleWords(c, r.Rule), plan.Clip(sentenceAround(h.Task.Text, r.Quote), 100))
			if len(units) > 0 {
				c.printf(c.t("（%s）", " (%s)"), e.unitNames(h.Doc, units, 6))
			}
			for _, o := range h.occs {
				if o.Recurring.Quote == r.Quote {
					c.printf(c.t(" · 本期 %s", " · next %s"), o.Day)
					break
				}
			}
			c.printf("\n")
			c.cite(Citation{Doc: h.Doc.ID, Title: h.Doc.Title, Number: h.Doc.Number, Section: h.Task.Section, Task: h.Task.Number})
		}
	}
}

// planFacts answers what a plan is: title, document number, date, goals; or, for a plan named by
// its number alone, which plan it is.
func (e *Engine) planFacts(ctx context.Context, c *composer, q *Query, today plan.Day) (Answer, error) {
	var docs []*plan.Document
	for _, d := range e.kb.Docs() {
		if factsOf(d, q) {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		if len(q.Plans) > 0 {
			c.printf(c.t("没有找到文号为%s的方案。\n", "No loaded plan has the number %s.\n"), strings.Join(q.Plans, "、"))
		} else {
			c.printf(c.t("没有找到这份方案。已加载的方案：%s。\n", "No such plan is loaded. The plans are from: %s.\n"), strings.Join(e.kb.Directory().Cities(), "、"))
		}
		return c.answer(q, OutcomeNoAnswer), nil
	}
	for _, d := range docs {
		e.writeFacts(c, q, d)
	}
	return c.answer(q, OutcomeAnswered), nil
}

// factsOf reports whether the question asks for d's facts: of its city or plan, issued in its
// window ("哪个方案是2010年印发的?"), or, naming neither, with every topic word in its title
// ("十百千方案的文号").
func factsOf(d *plan.Document, q *Query) bool {
	if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
		return false
	}
	if len(q.Plans) > 0 && !contains(q.Plans, d.ID) && (d.Number == "" || !contains(q.Plans, NormalizeDocNumber(d.Number))) {
		return false
	}
	if from, to := q.days(); !from.IsZero() || !to.IsZero() {
		if d.Issued.IsZero() || (!from.IsZero() && d.Issued.Before(from)) || (!to.IsZero() && to.Before(d.Issued)) {
			return false
		}
	}
	if len(q.Plans) == 0 && len(q.Cities) == 0 {
		for _, t := range q.Topic {
			if !strings.Contains(d.Title, t) {
				return false
			}
		}
	}
	return true
}

// writeFacts writes the facts asked of d, its task count, and what its text says of the question's
// other parts ("经哪次会议审议通过?").
func (e *Engine) writeFacts(c *composer, q *Query, d *plan.Document) {
	want := func(f string) bool { return contains(q.Facts, f) }
	c.printf("*%s* %s\n", d.City, "《"+d.Title+"》")
	c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
	switch {
	case !want("number") && !want("title") && len(q.Plans) == 0:
	case d.Number != "":
		c.printf(c.t("- 文号：%s\n", "- document number: %s\n"), d.Number)
	default:
		c.b.WriteString(c.t("- 文号：文中没有写本方案的文号\n", "- document number: the text gives none\n"))
	}
	switch {
	case !want("issued") && !want("title") && len(q.Plans) == 0:
	case !d.Issued.IsZero():
		c.printf(c.t("- 印发（成文）日期：%s\n", "- issued (signed): %s\n"), d.Issued)
	default:
		c.b.WriteString(c.t("- 印发日期：文中没有写成文日期\n", "- issued: the text gives no date\n"))
	}
	if want("period") {
		if m := rePeriod.FindString(d.Title); m != "" {
			c.printf(c.t("- 实施期：%s\n", "- period: %s\n"), m)
		} else {
			c.b.WriteString(c.t("- 实施期：标题没有写起止年份\n", "- period: the title gives no years\n"))
		}
	}
	if want("goals") {
		writeGoals(c, d)
	}
	c.printf(c.t("- 任务 %d 项\n", "- %d tasks\n"), len(e.planItems(d)))
	for _, part := range strings.FieldsFunc(q.Text, func(r rune) bool { return strings.ContainsRune("?？;；", r) }) {
		if reFacts.MatchString(part) || strings.TrimSpace(stripQuestion(part)) == "" {
			continue
		}
		if s, cov := bestParagraph(d, stripQuestion(part)); cov >= 0.5 {
			c.printf("- “%s”\n", s)
		}
	}
}

// writeGoals writes a plan's goals, each cited.
func writeGoals(c *composer, d *plan.Document) {
	gs := goals(d, 6)
	if len(gs) == 0 {
		c.b.WriteString(c.t("- 目标：方案没有写带数字的目标\n", "- goals: the plan sets no figures\n"))
	}
	for _, g := range gs {
		c.printf(c.t("- 目标：“%s”\n", "- goal: “%s”\n"), g.text)
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: g.section})
	}
}

// bestParagraph returns the sentence of a plan that holds most of the words of q, with how much.
func bestParagraph(d *plan.Document, q string) (string, float64) {
	best, bestCov := "", 0.0
	for _, p := range d.Paras {
		for _, s := range sentences(p.Text) {
			if cov := retrieval.Coverage(q, s); cov > bestCov {
				best, bestCov = s, cov
			}
		}
	}
	return plan.Clip(best, 160), bestCov
}

// rePeriod is the span of years a plan's title gives: (2023—2027年).
var rePeriod = regexp.MustCompile(`(?:19|20)\d{2}\s*[—–\-－~至到]\s*(?:19|20)\d{2}\s*年?`)

type goal struct{ section, text string }

// goals are the first sentences of a plan that set a dated figure ("到2027年…突破1600亿元"); a plan
// that sets none has its goals in the first sentences under its 目标 or 总体要求 heading.
func goals(d *plan.Document, n int) []goal {
	if gs := figureGoals(d, n); len(gs) > 0 {
		return gs
	}
	var out []goal
	for _, p := range d.Paras {
		if p.TaskID != "" || !reGoalSection.MatchString(p.Section+" "+p.Text[:min(len(p.Text), 30)]) {
			continue
		}
		for _, s := range sentences(p.Text) {
			if utf8.RuneCountInString(s) >= 12 {
				out = append(out, goal{p.Section, plan.Clip(s, 120)})
				if len(out) == min(n, 3) {
					return out
				}
			}
		}
	}
	return out
}

// reGoalSection is the heading of a plan's goals.
var reGoalSection = regexp.MustCompile(`主要目标|发展目标|总体目标|目标任务|总体要求|工作目标`)

func figureGoals(d *plan.Document, n int) []goal {
	var out []goal
	for _, p := range d.Paras {
		if p.TaskID != "" {
			continue
		}
		for _, s := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == '。' || r == '；' }) {
			if strings.Contains(s, "到20") || strings.Contains(s, "到 20") {
				if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "亿万家个名%") {
					out = append(out, goal{p.Section, plan.Clip(strings.TrimSpace(s), 120)})
					if len(out) == n {
						return out
					}
				}
			}
		}
	}
	return out
}

// search quotes the passages that hold most of a question's words; a question of several parts
// ("总牵头人是谁?办公室设在哪?") is searched part by part.
func (e *Engine) search(ctx context.Context, c *composer, q *Query) (Answer, error) {
	phrase := q.Text
	if phrase == "" {
		phrase = strings.Join(q.Topic, " ")
	}
	if strings.TrimSpace(phrase) == "" {
		c.b.WriteString(c.t("请问想了解方案的哪方面内容？\n", "What would you like to know about the plans?\n"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	parts := []string{phrase}
	if ps := strings.FieldsFunc(phrase, func(r rune) bool { return r == '?' || r == '？' }); len(ps) > 1 {
		parts = ps
	}
	leaders := 0
	if len(q.Bodies) > 0 && q.asksWho {
		leaders = e.bodyLeaders(c, q)
	}
	good, err := e.searchParts(ctx, q, parts)
	if err != nil {
		return Answer{}, err
	}
	if len(good) == 0 && leaders > 0 {
		return c.answer(q, OutcomeAnswered), nil
	}
	if len(good) == 0 {
		c.printf(c.t("方案中没有提到“%s”，无法回答。\n", "The plans do not say (nothing about “%s”).\n"), echo(stripQuestion(phrase)))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	for _, h := range good {
		c.printf("- “%s”\n  — %s %s", h.Text, h.Doc.City, c.docLine(h.Doc))
		if h.Task != nil {
			c.printf(" · %s %s\n", itemNumber(h.Task), itemTitle(h.Task))
			c.task(retrieval.TaskRef{Doc: h.Doc, Task: h.Task})
		} else {
			if h.Section != "" {
				c.printf(" · %s", h.Section)
			}
			c.printf("\n")
			c.cite(Citation{Doc: h.Doc.ID, Title: h.Doc.Title, Number: h.Doc.Number, Section: h.Section})
		}
	}
	return c.answer(q, OutcomeAnswered), nil
}

// bodyLeaders writes who leads the bodies asked about: the plans name that person its 总牵头人, 组长
// or 召集人, often in a list too short to be a passage of the index (the line may stand alone or
// have been read into a heading). It returns how many lines it wrote, at most six.
func (e *Engine) bodyLeaders(c *composer, q *Query) int {
	n := 0
	seen := map[string]bool{}
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		for _, p := range d.Paras {
			for _, m := range reBodyLeader.FindAllString(p.Section+"\n"+p.Text, -1) {
				m = strings.Join(strings.Fields(m), "")
				if seen[d.ID+m] || n == 6 {
					continue
				}
				seen[d.ID+m] = true
				n++
				c.printf("- “%s” — %s %s\n", m, d.City, c.docLine(d))
				c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: p.Section})
			}
		}
	}
	return n
}

// searchParts searches each part of a question: up to three passages a part, each as good as the
// part's best within a fifth, with the sentences that hold its words.
func (e *Engine) searchParts(ctx context.Context, q *Query, parts []string) ([]retrieval.Hit, error) {
	var good []retrieval.Hit
	seen := map[string]bool{}
	for _, part := range parts {
		part = stripQuestion(part)
		if part == "" {
			continue
		}
		hits, err := e.kb.Search(ctx, retrieval.Query{Text: part, N: 8, City: q.city()})
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", part, err)
		}
		var ok []retrieval.Hit
		for _, h := range hits {
			if h.Coverage >= minCoverage && (len(q.Cities) == 0 || contains(q.Cities, h.Doc.City)) {
				ok = append(ok, h)
			}
		}
		sort.SliceStable(ok, func(i, j int) bool { return ok[i].Coverage > ok[j].Coverage })
		for n, h := range ok {
			if h.Coverage < ok[0].Coverage-0.2 || n == 3 {
				break
			}
			if k := h.Doc.ID + h.Section + h.Text; !seen[k] {
				seen[k] = true
				h.Text = bestSentences(h.Text, part, false)
				good = append(good, h)
			}
		}
	}
	return good, nil
}

// reBodyLeader is the line that names who leads a body.
var reBodyLeader = regexp.MustCompile(`(?:总牵头人|组\s*长|召集人)\s*[:：][^，。；\n]{1,30}?[)）]`)

// bestSentences quotes the sentences of text that hold most of the phrase's terms (for figures,
// the ones with numbers win ties).
func bestSentences(text, phrase string, figure bool) string {
	best, bestScore := "", -1.0
	for _, s := range sentences(text) {
		sc := retrieval.Coverage(phrase, s)
		if figure && strings.ContainsAny(s, "0123456789") {
			sc += 0.05
		}
		if sc > bestScore {
			best, bestScore = s, sc
		}
	}
	return plan.Clip(strings.TrimSpace(best), 160)
}
