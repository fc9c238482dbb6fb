package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// The reporting rule: how the units report their progress, and to whom ("每月25日前将进展情况报市政府
// 督查室", "各牵头单位要于每季度末月25日前将工作进展情况报县政府办公室", "每月5日前向领导小组办公室报送上月工作
// 进展", "每月25日前将工作开展情况报指挥部办公室"). A plan states it once for all its tasks, most often in the covering notice or a safeguard
// measure, never in the task a liaison's question is about; "进展报给谁?", "进展情况每月几号前报?" ask for it.

var (
	// reAsksReport asks how progress is reported: a word for progress and a verb of reporting, in
	// either order ("进展报给谁", "进展情况每月几号前报", "报送进展的时间", "多久报一次进展", "who do we report
	// progress to").
	reAsksReport = regexp.MustCompile(`(?:进展|进度|落实情况|完成情况|推进情况|开展情况|工作情况)[^？?，,。；]{0,12}?(?:报|汇报)|(?:报送|上报|报告|汇报)[^？?，,。；]{0,8}?(?:进展|进度|落实情况|完成情况|推进情况|开展情况)|(?:报送|上报|报告|汇报|报)一次(?:工作)?(?:进展|进度|落实情况|完成情况|推进情况|开展情况)|(?i)\breport\w*\b[^?]{0,30}\bprogress\b|\bprogress\b[^?]{0,30}\breport`)
	// reReportWords are the topic words such a question leaves: they say what is asked, not about what.
	// The papers that carry it (进展材料报给谁) and where to (报送到哪) are the asking's words too.
	reReportWords = regexp.MustCompile(`^(?:工作|有关|相关|上月|每月)?(?:进展|进度|落实|完成|推进|开展|工作)?(?:情况)?(?:材料|资料)?(?:报送|上报|报告|汇报|报)?(?:至|给|到)?(?:时间|日期|对象|部门|单位)?$`)
	// reReportSentence is a plan's sentence that sets how progress is reported: a progress word, then
	// the verb with whom it goes to ("将进展情况报市政府督查室"), or whom first ("向领导小组办公室报送上月工作进展").
	reReportSentence = regexp.MustCompile(`(?:进展|进度|落实情况|完成情况|推进情况|开展情况|工作情况)[^。；]{0,10}?(?:报送|上报|报告|汇报|报)|(?:向|报)[^。；，]{2,20}?(?:报送|上报|报告|汇报)?[^。；，]{0,8}?(?:进展|进度|落实情况|完成情况|推进情况|开展情况)`)
	// reReportTo is whom the sentence sends it to: the body after the verb, or after 向; a bracket
	// after it says where the body sits ("指挥部办公室（设在县应急管理局）").
	reReportTo = regexp.MustCompile(`(?:(?:报送|上报|报告|汇报|报)(?:至|给|到)?|向)([^，,。；、：\s（(]{1,20}(?:办公室|督查室|督查科|督查办|办|局|委|中心|政府|小组|专班|部门|部))`)
)

// asksReportRule reports whether q asks how progress is reported and nothing narrower: its topic,
// when it has one, is the asking's own words (报送, 进展).
func asksReportRule(q *Query) bool {
	if !q.asksReport {
		return false
	}
	for _, t := range q.Topic {
		if !reReportWords.MatchString(t) {
			return false
		}
	}
	return true
}

// reportRule quotes the sentences of the plans in scope that set how progress is reported, with
// whom it goes to; false when none of them says.
func (e *Engine) reportRule(c *composer, q *Query, docs []*plan.Document) bool {
	if len(docs) == 0 || len(docs) > 20 {
		return false // a rule asked of every plan at scale is no place to read paragraphs
	}
	type rule struct {
		d        *plan.Document
		sentence string
		to       string
		task     *plan.Task
	}
	var rules []rule
	for _, d := range docs {
		var seen []string
		// A task's paragraphs first: a rule the notice numbers as a point of its own (德清's n.1) is
		// that task, and its notice's paragraph says it again.
		paras := slices.Clone(d.Paras)
		slices.SortStableFunc(paras, func(a, b plan.Paragraph) int {
			return outsideTask(a) - outsideTask(b)
		})
		for _, p := range paras {
			for _, s := range sentences(p.Text) {
				if !setsReporting(s) || slices.ContainsFunc(seen, func(x string) bool { return strings.Contains(x, s) || strings.Contains(s, x) }) {
					continue
				}
				if _, after, ok := strings.Cut(s, "给你们，"); ok {
					s = after // the handing over of the plan is no part of the rule
				}
				seen = append(seen, s)
				r := rule{d: d, sentence: s}
				if m := reReportTo.FindStringSubmatch(s); m != nil {
					r.to = m[1]
				}
				if p.TaskID != "" {
					r.task = taskByID(d, p.TaskID)
				}
				rules = append(rules, r)
			}
		}
	}
	if q.Shape == ShapeFrequency {
		// "多久报一次进展?": how often, which the sentences that set a period say (每月20日之前); one that
		// only says to whom ("及时向牵头单位反馈落实情况") is left out when another says it.
		if periodic := slices.DeleteFunc(slices.Clone(rules), func(r rule) bool { return frequency(r.sentence) == "" }); len(periodic) > 0 {
			rules = periodic
		}
	}
	if len(rules) == 0 {
		return false
	}
	c.b.WriteString(c.t("进展情况的报送，方案中这样写：\n", "How progress is reported, as the plans say:\n"))
	for _, r := range rules {
		c.printf("- %s%s：“%s”", r.d.City, c.docLine(r.d), plan.Clip(r.sentence, 120))
		if r.to != "" {
			c.printf(c.t("（报送：%s）", " (to %s)"), r.to)
		}
		if r.task != nil {
			c.printf("%s", dueNote(c, q, r.task)) // a rule the plan makes a task of: its date, as its list line says it
		}
		c.printf("\n")
		if r.task != nil {
			c.task(retrieval.TaskRef{Doc: r.d, Task: r.task})
		} else {
			c.cite(Citation{Doc: r.d.ID, Title: r.d.Title, Number: r.d.Number})
		}
	}
	return true
}

// setsReporting reports whether a sentence sets how progress is reported: the government's own
// 通报 of progress ("定期通报进展情况") is no report to it.
func setsReporting(s string) bool {
	for _, m := range reReportSentence.FindAllString(s, -1) {
		if !strings.Contains(m, "通报") {
			return true
		}
	}
	return false
}

// reportingOnly keeps, of the duties a question of how often progress is reported finds, those whose
// sentence sets how progress is reported (setsReporting): the government's own 通报 of a work
// ("好差评情况每季度通报一次") is no report of the units' progress. All of them when none does.
func reportingOnly(q *Query, ds dutyList) dutyList {
	if !q.asksReport {
		return ds
	}
	kept := slices.DeleteFunc(slices.Clone(ds), func(d duty) bool { return !setsReporting(d.quote) })
	if len(kept) == 0 {
		return ds
	}
	return kept
}

// outsideTask is 1 for a paragraph of no task, 0 for a task's.
func outsideTask(p plan.Paragraph) int {
	if p.TaskID == "" {
		return 1
	}
	return 0
}

// taskByID is d's task with id, nil when it has none.
func taskByID(d *plan.Document, id string) *plan.Task {
	for i := range d.Tasks {
		if d.Tasks[i].ID == id {
			return &d.Tasks[i]
		}
	}
	return nil
}

var (
	// reAsksEmail asks for an e-mail address: 哪个邮箱, 电子邮箱, 邮件地址, e-mail, email.
	reAsksEmail = regexp.MustCompile(`(?i)邮箱|电子邮件|邮件地址|\be-?mail\b`)
	// reEmail is an e-mail address, read by its form: a notice writes "发送电子版至bjqnyj@163.com" with
	// no word 邮箱 before it as often as with one.
	reEmail = regexp.MustCompile(`[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
)

// emailHits are the sentences of the plans in scope that give an e-mail address, those nearest the
// question's words first (at most three): asked "进展材料发到哪个邮箱?", the address is the answer
// whatever word the plan writes before it.
func (e *Engine) emailHits(q *Query, phrase string) []retrieval.Hit {
	var out []retrieval.Hit
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) || !namedPlan(d, q.Plans) {
			continue
		}
		for _, p := range d.Paras {
			if !strings.Contains(p.Text, "@") {
				continue
			}
			for _, snt := range sentences(p.Text) {
				if !reEmail.MatchString(snt) {
					continue
				}
				h := retrieval.Hit{Grain: retrieval.GrainPara, Doc: d, Section: p.Section, Text: plan.Clip(strings.TrimSpace(snt), 160), Coverage: retrieval.Coverage(phrase, snt)}
				if p.TaskID != "" {
					if r, ok := e.kb.Task(p.TaskID); ok {
						h.Grain, h.Task = retrieval.GrainTask, r.Task
					}
				}
				if i := slices.IndexFunc(out, func(o retrieval.Hit) bool { return o.Doc == d && o.Text == h.Text }); i >= 0 {
					if out[i].Task == nil {
						out[i] = h // a notice's point the parser made a task of: quoted once, as that task
					}
					continue
				}
				out = append(out, h)
			}
		}
		if len(out) > 50 {
			break // a question about every plan at scale: enough to rank
		}
	}
	slices.SortStableFunc(out, func(a, b retrieval.Hit) int {
		switch {
		case a.Coverage > b.Coverage:
			return -1
		case a.Coverage < b.Coverage:
			return 1
		}
		return 0
	})
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}
