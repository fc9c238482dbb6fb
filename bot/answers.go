package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
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
	if q.alsoAhead {
		return e.overdueAndAhead(ctx, q, today)
	}
	q.today = today
	c := newComposer(q.lang)
	c.partWord = q.partWord
	c.all = q.all
	if q.noMore {
		c.b.WriteString(c.t("上一个回答已经全部列出，没有更多了。", "That was all: the previous answer has nothing more to show."))
		return c.answer(q, OutcomeAnswered), nil
	}
	if q.didYouMean != "" {
		short := q.didYouMean
		if i := strings.LastIndex(short, "市"); i > 0 && i+len("市") < len(short) {
			short = short[i+len("市"):] // 上海市青浦区 is asked as 青浦
		}
		c.printf(c.t("（您是否指“%s”？以下按%s回答。）\n", "(Did you mean %s? Answered for %s.)\n"), plan.TrimLevel(short), q.didYouMean)
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
	if len(q.Bodies) > 0 && len(q.Units) > 0 && q.asksWho && e.bodyRoster(c, q) > 0 {
		// "湖州市商务局谁参加工作专班?": the body's roster names its people by unit.
		return c.answer(q, OutcomeAnswered), nil
	}
	switch q.Shape {
	case ShapeSummary:
		return e.summary(ctx, c, q, today)
	case ShapeSearch:
		return e.search(ctx, c, q)
	case ShapePlanFacts:
		return e.planFacts(ctx, c, q, today)
	}
	res, err := e.execute(ctx, q, today)
	if err != nil {
		return Answer{}, err
	}
	if len(res.hits) == 0 && q.paperwork {
		// "12月要报什么材料?" where no task in December says 材料: all that falls due then.
		q.Topic = nil
		if res, err = e.execute(ctx, q, today); err != nil {
			return Answer{}, err
		}
	}
	if len(res.hits) == 0 && q.anyRoleIfNone {
		// "这些任务谁牵头?" after a unit's list in a role it has none in: its tasks in any role, said as such.
		asked := RoleAny
		if len(q.Units) > 0 {
			asked = q.Units[0].Role
		}
		for i := range q.Units {
			q.Units[i].Role = RoleAny
		}
		if res, err = e.execute(ctx, q, today); err != nil {
			return Answer{}, err
		}
		if len(res.hits) > 0 && (asked == plan.RoleLead || asked == plan.RoleParticipating) {
			zh, en := "牵头", "lead"
			if asked == plan.RoleParticipating {
				zh, en = "参与", "taking part"
			}
			c.printf(c.t("%s没有%s的任务；以下是其全部任务。\n", "%s has no task as %s; here are all its tasks.\n"), q.Units[0].Name, c.t(zh, en))
		}
	}
	if len(res.notFound) > 0 {
		return e.unknownParty(ctx, c, q, res.notFound[0])
	}
	if len(res.docs) == 0 && (len(q.Plans) > 0 || len(q.Cities) > 0) {
		c.printf(c.t("没有找到这份方案。已加载的方案：%s。\n", "No such plan is loaded. The plans are from: %s.\n"), strings.Join(e.kb.Directory().Cities(), "、"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.byLeader {
		if e.leaderGroups(c, q, res) {
			return c.answer(q, OutcomeAnswered), nil
		}
		// "宜宾方案的分管领导是谁?" of plans that give no task a leader: they do not say; their task
		// list is no answer.
		if len(res.hits) > 0 {
			c.printf(c.t("%s的任务都没有写明责任领导（分管领导）。\n", "The plans name no leader in charge for %s tasks.\n"), e.scope(c, q, res))
			return c.answer(q, OutcomeNoAnswer), nil
		}
	}
	if asksReportRule(q) && e.reportRule(c, q, res.docs) {
		// "德清工作进展报给谁?": the plan's reporting rule, said once for every task (its notice's).
		return c.answer(q, OutcomeAnswered), nil
	}
	if asksReportRule(q) && len(q.Topic) == 0 && !q.hasUnits() && len(q.DeptTypes)+len(q.Bodies)+len(q.Plans)+len(q.Cities) == 0 && q.Status == "" && q.From+q.To == "" {
		// "进展什么时候报?" of no plan where none says, or too many are loaded: no list of every task
		// (a plan named lists its tasks, where a task may say it).
		if len(res.docs) > 20 {
			c.b.WriteString(c.t("请说明是哪份方案，例如“德清方案的工作进展报给谁？”\n", "Which plan? For example: “to whom does the 德清 plan want progress reported?”\n"))
		} else {
			c.b.WriteString(c.t("方案中没有写明工作进展何时、向谁报送。\n", "The plans do not say when or to whom progress is reported.\n"))
		}
		return c.answer(q, OutcomeNoAnswer), nil
	}
	switch q.Shape {
	case ShapeCount:
		if q.alsoTotal {
			// "X有多少任务、逾期几项": the whole load, then the count asked of it.
			all := *q
			if q.totalAnyRole {
				all.Units = slices.Clone(q.Units)
				for i := range all.Units {
					all.Units[i].Role = RoleAny
				}
			} else {
				all.Status = ""
			}
			if q.countUnits {
				// "一共多少个任务，多少个牵头单位?": every task, whoever leads it, then the units.
				all.GroupBy, all.Rank, all.countUnits, all.Role = "", false, false, ""
			}
			all.alsoTotal, all.totalAnyRole = false, false
			ares, err := e.execute(ctx, &all, today)
			if err != nil {
				return Answer{}, err
			}
			e.totalLine(c, &all, ares, today)
		}
		e.renderCount(c, q, res, today)
		if len(res.hits) == 0 && reportedCounts(c, q, res.docs) {
			return c.answer(q, OutcomeAnswered), nil
		}
	case ShapeOwner:
		return e.owner(ctx, c, q, res, today), nil
	case ShapeFigure:
		if groups := q.topicParts(); len(groups) > 1 {
			return e.figureEach(ctx, c, q, today, groups)
		}
		if len(q.Topic) > 1 && q.each && !holdTogether(res.hits, q.Topic) {
			groups := make([][]string, len(q.Topic))
			for i, t := range q.Topic {
				groups[i] = []string{t}
			}
			return e.figureEach(ctx, c, q, today, groups)
		}
		return e.figure(ctx, c, q, res)
	case ShapeFrequency:
		return e.frequencyAnswer(ctx, c, q, res), nil
	default:
		if a, ok := e.goalWhen(ctx, q, res); ok {
			return a, nil
		}
		if len(res.hits) == 0 && len(res.measures) == 0 && pureTopic(q) && !q.tasksOnly {
			// "零碳工业园区对年综合能耗有什么要求?": no task is about it, but a passage of a plan
			// (a definition, a table's note) may say it.
			sq := *q
			sq.Shape = ShapeSearch
			if sq.Text == "" {
				sq.Text = strings.Join(q.Topic, " ")
			}
			return e.search(ctx, c, &sq)
		}
		if undatedAll(c, q, res) {
			return c.answer(q, OutcomeAnswered), nil
		}
		if finishStage(c, q, res.docs) {
			// "这个项目什么时候完工?": the plan's last stage (第四季度：完成项目施工和自查验收工作).
			return c.answer(q, OutcomeAnswered), nil
		}
		e.renderList(c, q, res, today, true)
		if len(res.hits) == 0 && len(res.measures) == 0 && goalsInWindow(c, q, res.docs) {
			// "湖州2023年底前要完成什么" with no task due then: the goals the plan dates to it.
			return c.answer(q, OutcomeAnswered), nil
		}
		if len(res.hits) == 0 && stagesInWindow(c, q, res.docs) {
			// "第三季度要干什么?" with no task due then: the plan's stage for it.
			return c.answer(q, OutcomeAnswered), nil
		}
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

// reTally is a count of works in a clause: "其中完成的工作有93项", "未达到序时进度的工作有7项".
var reTally = regexp.MustCompile(`(?:工作|任务|事项|项目)(?:有|共|共有|计)?\s*\d+\s*(?:项|件)`)

// reReported are a report's words that what a clause counts is done so far: 已完成, 完成了, 累计完成
// (其中, opening a clause, reports it for the clauses after it).
var reReported = regexp.MustCompile(`已(?:经)?(?:完成|办结)|(?:完成|办结)了|累计`)

// reTargetWord marks a clause's count as a target, no tally: 计划完成30项, 力争, 确保, 目标.
var reTargetWord = regexp.MustCompile(`计划|力争|确保|目标|预计|争取|拟`)

// reportsTally reports whether a sentence of a plan is a progress report's own tally of its works (in
// a state, when words are given): a clause that counts works, in the report's words (after 其中, or
// 已完成X项), not a target ("今年计划完成重点工作任务30项，其中新开工项目12项" counts nothing done).
func reportsTally(s string, words []string) bool {
	within := false // after 其中: the clauses break a whole down
	for _, cl := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,；;：:", r) }) {
		if strings.Contains(cl, "其中") {
			within = true
		}
		if !reTally.MatchString(cl) || reTargetWord.MatchString(cl) {
			continue
		}
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(cl, w) }) {
			continue
		}
		if within || reReported.MatchString(cl) {
			return true
		}
	}
	return false
}

// stateWords are the words a progress report counts its works in a state by.
var stateWords = map[string][]string{StatusDone: {"完成", "办结"}, StatusOverdue: {"缓慢", "滞后", "未达到序时", "未完成"}}

// reportedCounts quotes what a progress report says it counted of its works in the state or on the
// topic asked ("相山区155项小任务里完成了多少项?": "…其中完成的工作有93项;按照序时推进的工作有53项;…"),
// when the count of tasks finds none: the plans' own tally, from their words outside the tasks, of
// at most a few plans in scope. It reports whether it quoted any.
func reportedCounts(c *composer, q *Query, docs []*plan.Document) bool {
	words := stateWords[q.Status]
	if len(docs) == 0 || len(docs) > 5 || q.hasUnits() || len(q.DeptTypes) > 0 || len(words) == 0 && len(q.Topic) == 0 {
		return false
	}
	n := 0
	for _, d := range docs {
		for _, para := range d.Paras {
			if para.TaskID != "" {
				continue
			}
			for _, s := range strings.Split(para.Text, "。") {
				if !holdsAll(s, q.Topic) || !reportsTally(s, words) {
					continue
				}
				if n == 0 {
					c.b.WriteString(c.t("\n方案自己的统计：\n", "\nThe plan's own tally:\n"))
				}
				n++
				c.printf("- %s%s：“%s”\n", d.City, c.docLine(d), plan.Clip(strings.TrimSpace(s), 200))
				c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: para.Section})
			}
		}
	}
	return n > 0
}

// pureTopic reports whether a question asks for the tasks about a topic and nothing else: no unit,
// department type, body, status, window or frequency.
func pureTopic(q *Query) bool {
	return len(q.Topic) > 0 && !q.hasUnits() && len(q.Bodies) == 0 && q.Status == "" && q.From == "" && q.To == "" && q.Frequency == ""
}

// undatedAll answers "这12项任务截止时间分别是什么时候?" when none of the tasks asked about states a
// date or a recurring duty of its own: that they state none (and the plan's period, when it states
// one), not a list that reads as if it answered when. It reports whether it answered.
func undatedAll(c *composer, q *Query, res result) bool {
	if !q.asksWhen || q.Status != "" || q.window != "" || len(res.hits) < 2 || len(res.measures) > 0 {
		return false
	}
	if !noneDated(res.hits) {
		return false
	}
	docs := map[*plan.Document]bool{}
	for _, h := range res.hits {
		docs[h.Doc] = true
	}
	if len(docs) != 1 {
		return false
	}
	d := res.hits[0].Doc
	c.printf(c.t("%s%s任务 %d 项，都没有写明各自的完成时间。\n", "%s %s: %d tasks, none of which states a date of its own.\n"), d.City, c.docLine(d), len(items(res.hits)))
	if !d.Period.IsZero() {
		c.printf(c.t("方案写明的实施期限：%s（“%s”）。\n", "The plan's own period: %s (“%s”).\n"), d.Period, d.PeriodQuote)
	}
	return true
}

// goalWhen answers "小梁薄板房屋改造要在什么时候全面完成?" when no task is on the topic: the plan's own
// words on it with their dates (its goals: "到2027年底，全面完成小梁薄板房屋改造"), as a search finds them.
func (e *Engine) goalWhen(ctx context.Context, q *Query, res result) (Answer, bool) {
	found := len(res.hits)+len(res.measures) > 0
	if found && !(q.asksWhen && (q.hasUnits() || longTopic(q) || len(q.Plans) > 0) && len(res.measures) == 0 && noneDated(res.hits)) || len(q.Topic) == 0 || len(q.DeptTypes) > 0 || q.Status != StatusDated && !q.asksWhen || q.From != "" || q.To != "" {
		// Tasks found that say when answer it; a unit's tasks that state no date of their own leave a when-question
		// to the sentence that does ("…开展情况什么时候前报局安监处?" where the unit also leads an undated
		// task that says 开展).
		return Answer{}, false
	}
	longest := q.Topic[0]
	for _, t := range q.Topic {
		if utf8.RuneCountInString(t) > utf8.RuneCountInString(longest) {
			longest = t
		}
	}
	short := utf8.RuneCountInString(longest) < 3
	// Let in by the plan named alone (its tasks found undated, or its words short): held to the
	// passages only by that plan.
	byPlan := !q.hasUnits() && (found && !longTopic(q) || short)
	if short && !q.hasUnits() && len(q.Plans) == 0 {
		return Answer{}, false // a unit's name is held too: with it, a short word is enough
	}
	sq := *q
	sq.Shape, sq.Status, sq.Text, sq.asksWhen = ShapeSearch, "", strings.Join(q.Topic, " "), true
	sq.mustHold = []string{longest}
	if short && !q.hasUnits() {
		// In the plan asked about, short words all held ("开展情况什么时候前报送?": 开展 and 报送).
		sq.mustHold = q.Topic
	}
	if q.hasUnits() {
		// "安全生产攻坚行动开展情况什么时候前报局安监处?": the unit is where the report goes, no task's
		// party; the sentence that names it (as the plan writes it) and the topic says when. Asked what
		// it leads or helps with, its role decides, not its name in a sentence.
		var names []string
		for _, u := range q.Units {
			if u.Role != RoleAny {
				return Answer{}, false
			}
			names = append(names, u.Name)
		}
		sq.Units, sq.Text = nil, strings.Join(names, " ")+" "+sq.Text
		sq.mustHold = append(sq.mustHold, names...)
	}
	a, err := e.search(ctx, newComposer(q.lang), &sq)
	if err != nil || a.Outcome != OutcomeAnswered {
		return Answer{}, false
	}
	said := a.Text
	if byPlan {
		// Only the plan's words hold the question to these passages: they must say the time
		// themselves (a year in the plan's title, or a date the task inherits from it, is none).
		said = quotedLines(a.Text)
	}
	if !reAnyDate.MatchString(said) && !reWithinSpan.MatchString(said) {
		return Answer{}, false
	}
	return a, true
}

// quotedLines are an answer's lines that quote the plans, without the lines that cite them or
// write their dates.
func quotedLines(text string) string {
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "—") || strings.HasPrefix(t, "日期") || strings.HasPrefix(t, "date") {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// longTopic: a topic of many words (争创12个省级现代服务业创新发展区), which only a sentence that holds it
// all answers: tasks near it that state no date leave a when-question to the sentence that does.
func longTopic(q *Query) bool {
	for _, t := range q.Topic {
		if utf8.RuneCountInString(t) >= 8 {
			return true
		}
	}
	return false
}

// noneDated reports whether no task of the hits states a date or a recurring duty of its own.
func noneDated(hits []hit) bool {
	for _, h := range hits {
		if len(h.Task.Recurring) > 0 {
			return false
		}
		for _, dl := range h.Task.Deadlines {
			if !dl.Inherited {
				return false
			}
		}
	}
	return true
}

// reWithinSpan is a time counted from an event the plan names, which no calendar day gives: "取得
// 预售许可证后3个月内缴清", "一年内缴清", "15个工作日内".
var reWithinSpan = regexp.MustCompile(`[0-9一二三四五六七八九十两半]+\s*(?:个)?(?:月|年|日|天|工作日|周|星期)(?:内|以内|之内)`)

// reAnyDate is a year in an answer's quotes, or a day of a month (the plan's year goes without
// saying: "于12月21日前…报局安监处"): what a question asking when needs.
var reAnyDate = regexp.MustCompile(`(?:19|20)\d{2}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:底|末|中旬|上旬|下旬)`)

// unknownParty answers for a unit or body named that resolved to nothing: a body no unit is named
// after is answered with what the plans say of it, if anything; anything else is not found.
func (e *Engine) unknownParty(ctx context.Context, c *composer, q *Query, typed string) (Answer, error) {
	if len(q.Units) == 0 && len(q.Bodies) > 0 {
		sq := *q
		sq.Shape, sq.Text = ShapeSearch, strings.Join(q.Bodies, " ")+" "+strings.Join(q.Topic, " ")
		sq.mustHold = q.Bodies // a passage about 领导小组, not one that says 领导 and 小组 apart
		if a, err := e.search(ctx, newComposer(q.lang), &sq); err != nil || a.Outcome == OutcomeAnswered {
			return a, err
		}
	}
	// A body the plan names but gives no task ("报县政府督查室备案"): what the plan says of it.
	if typed != "" && e.namedInText(q, typed) {
		sq := *q
		sq.Shape, sq.Text = ShapeSearch, typed+" "+strings.Join(q.Topic, " ")
		sq.mustHold = []string{typed}
		a, err := e.search(ctx, newComposer(q.lang), &sq)
		if err != nil || a.Outcome != OutcomeAnswered {
			return e.notFound(c, q, typed), err
		}
		// Say first that it has no task, then where the plans name it.
		where := strings.Join(q.Cities, "、")
		a.Text = c.t(fmt.Sprintf("没有找到%s“%s”负责或参与的任务；方案提到它的地方：\n", where, typed),
			fmt.Sprintf("No task names “%s” as responsible; the plans mention it here:\n", typed)) + a.Text
		return a, nil
	}
	return e.notFound(c, q, typed), nil
}

// namedInText reports whether a paragraph of the plans asked about (the plans named, of the cities
// asked about, or any) holds name.
func (e *Engine) namedInText(q *Query, name string) bool {
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) || len(q.Plans) > 0 && !contains(q.Plans, d.ID) {
			continue // a plan named is the only one looked in ("2020年违法用地整治方案对区税务局…")
		}
		for _, p := range d.Paras {
			if strings.Contains(p.Text, name) {
				return true
			}
		}
	}
	return false
}

// notFound says a unit is unknown and names the nearest known ones.
func (e *Engine) notFound(c *composer, q *Query, typed string) Answer {
	p := e.Parser()
	if len(q.Plans) == 1 {
		// A plan named that does not name the unit: say so of that plan, whoever else names it.
		for _, d := range e.kb.Docs() {
			if d.ID == q.Plans[0] {
				c.printf(c.t("%s中没有“%s”，没有它负责或参与的任务。\n", "%s does not name “%s”: it has no task there.\n"), c.docLine(d), echo(typed))
				return c.answer(q, OutcomeNotFound)
			}
		}
	}
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
func (e *Engine) owner(ctx context.Context, c *composer, q *Query, res result, today plan.Day) Answer {
	c.expect(len(res.hits))
	topic := strings.Join(q.Topic, " ")
	if topic == "" && !q.hasUnits() && len(q.taskIDs) == 0 && !q.listed && q.item <= 0 {
		c.b.WriteString(c.t("请说明是哪项任务，例如“综合保税区的责任单位是谁？”\n", "Which task? For example: “who leads the 综合保税区 work?”\n"))
		return c.answer(q, OutcomeNoAnswer)
	}
	hits := res.hits
	if q.Role == plan.RoleLead {
		hits = preferTitles(hits, q.Topic)
	}
	its := items(hits)
	if len(its) == 0 && topic != "" {
		// No task is about it; the plans may still say who answers for it, outside their tasks
		// ("由省长王清宪负总责").
		sq := *q
		sq.Shape, sq.Text = ShapeSearch, topic
		if a, err := e.search(ctx, newComposer(q.lang), &sq); err == nil && a.Outcome == OutcomeAnswered {
			a.Intent = q.Kind()
			return a
		}
	}
	if len(its) == 0 {
		c.printf(c.t("方案中没有关于“%s”的任务，无法说明由谁负责。\n", "The plans do not say: no task about “%s”.\n"), echo(topic))
		return c.answer(q, OutcomeNoAnswer)
	}
	outcome := OutcomeAnswered
	if unnamed(its) {
		// Every task on it names no unit: the plans do not say who, and the tasks show it.
		c.printf(c.t("方案没有写明“%s”由谁负责（相关任务都未写明责任单位）。\n", "The plans do not say who answers for “%s”: its tasks name no unit.\n"), echo(topic))
		outcome = OutcomeNoAnswer
	}
	if topic == "" {
		// "协办单位有哪些" after a unit's list: that unit's tasks, each with its parties.
		name := q.unitsTyped()
		if name == "" {
			name = strings.Join(q.DeptTypes, "、") // a department type's tasks
		}
		if name == "" {
			// "第二项的牵头单位是谁?" after a list of no unit's: the lines pointed at.
			if q.listed && len(q.taskIDs) == 0 {
				c.printf(c.t("上面列出的任务 %d 项，各自的牵头和参与单位：\n", "The %d task(s) listed, with who leads and who takes part:\n"), len(its))
			} else if len(its) == 1 {
				c.b.WriteString(c.t("所问任务的牵头和参与单位：\n", "Who leads the task asked about and who takes part:\n"))
			} else {
				c.printf(c.t("所问的任务 %d 项，各自的牵头和参与单位：\n", "%d task(s) asked about, with who leads and who takes part:\n"), len(its))
			}
		} else {
			c.printf(c.t("%s的任务 %d 项，各自的牵头和参与单位：\n", "%[2]d task(s) of %[1]s, with who leads and who takes part:\n"), name, len(its))
		}
	} else {
		c.printf(c.t("“%s”相关任务 %d 项：\n", "%d task(s) about “%s”:\n"), firstArg(c, echo(topic), len(its))...)
	}
	c.paginate(len(its), q.page)
	var lastDoc *plan.Document
	for i, it := range its {
		for _, x := range it {
			c.task(x.TaskRef)
		}
		if !c.shows(i) {
			continue
		}
		h := it[0]
		var ts []*plan.Task
		for _, x := range it {
			ts = append(ts, x.Task)
		}
		if h.Doc != lastDoc {
			c.printf("\n%s\n", c.planHead(h.Doc))
			lastDoc = h.Doc
		}
		c.printf("- %s %s — %s%s\n", itemNumber(h.Task), itemTitle(h.Task), e.unitsLine(c, h.Doc, ts, 0), dueNote(c, q, h.Task))
		if q.detail && len(its) <= 5 {
			c.printf("  “%s”\n", plan.Clip(h.Task.Text, 300))
		} else if len(its) <= 3 {
			if ss := termSentences(h.Task.Text, q.Topic); ss != "" {
				c.printf("  “%s”\n", plan.Clip(ss, 240))
			} else if cl := topicClause(h.Task, q.Topic); cl != "" {
				c.printf("  “%s”\n", plan.Clip(cl, 120))
			}
		}
	}
	c.pageNote(len(its))
	return c.answer(q, outcome)
}

// termSentences quotes, for a topic of several terms that a task's text holds in different
// sentences ("汽车、家电补贴怎么发": 汽车购新补贴… and 家电…补贴…), each term's first sentence, in the
// text's order: what each is, with its figures. "" when one sentence holds them all (topicClause
// quotes it) or a term is in none.
func termSentences(text string, topic []string) string {
	if len(topic) < 2 {
		return ""
	}
	ss := sentences(text)
	picked := map[int]bool{}
	for _, t := range topic {
		found := false
		forms, spread := nearForms(t, nil), utf8.RuneCountInString(t) >= 3
		for i, s := range ss {
			if holdsAny(s, forms, nil) || spread && gapHolds(s, t) {
				picked[i], found = true, true
				break
			}
		}
		if !found {
			return ""
		}
	}
	if len(picked) < 2 {
		return ""
	}
	var out []string
	for i, s := range ss {
		if picked[i] {
			out = append(out, s)
		}
	}
	return strings.Join(out, "……")
}

// unnamed reports whether no task of the items names a unit.
func unnamed(its [][]hit) bool {
	for _, it := range its {
		for _, x := range it {
			if len(x.Task.Lead)+len(x.Task.Participating) > 0 {
				return false
			}
		}
	}
	return true
}

// topicClause is the clause of a task's text that says what an owner question asks beyond the
// task's title ("双周例会由谁主持": 双周例会由县长主持; "每季度组织一次什么督查": 每季度组织一次项目督查):
// the clause holding most of the topic's words, when the title does not hold them all; "" else.
func topicClause(t *plan.Task, topic []string) string {
	if len(topic) == 0 || titleHolds(t.Title, topic) {
		return ""
	}
	asked := strings.Join(topic, " ")
	best, cov := "", 0.0
	for _, cl := range strings.FieldsFunc(t.Text, func(r rune) bool { return strings.ContainsRune("，,。；;！？!?\n", r) }) {
		if cl == t.Title {
			continue
		}
		if c := retrieval.Coverage(asked, cl); c > cov+1e-9 {
			best, cov = cl, c
		}
	}
	if cov < 0.5 {
		return ""
	}
	return best
}

// preferTitles keeps, in each plan, the item named after the topic when it has one: who leads
// (牵头) 家政服务 is who leads the item called 家政服务, not an item that lists 家政 among its examples;
// a plan with no such item keeps every task that names it (as who is responsible, 负责, always does).
func preferTitles(hs []hit, topic []string) []hit {
	if len(topic) != 1 {
		return hs
	}
	forms := nearForms(topic[0], nil)
	named := func(t *plan.Task) bool {
		title := t.Title
		if _, after, ok := strings.Cut(title, "："); ok {
			title = after // a table row's heading, then its own words
		}
		title = strings.TrimRight(strings.TrimSpace(title), "。；;")
		if contains(forms, title) {
			return true
		}
		// "加快服务业品牌建设" is named after 服务业品牌建设: the verb urges it on. (Only a title that
		// holds a form can be one once its verb goes: the pattern is not run on the others.)
		return slices.ContainsFunc(forms, func(f string) bool { return strings.Contains(title, f) }) &&
			contains(forms, reUrgingVerb.ReplaceAllString(title, ""))
	}
	isNamed := make([]bool, len(hs))
	titled := map[*plan.Document]bool{}
	for i, h := range hs {
		if isNamed[i] = named(h.Task); isNamed[i] {
			titled[h.Doc] = true
		}
	}
	if len(titled) == 0 {
		return hs // no task is named by the topic alone: nothing to prefer
	}
	out := make([]hit, 0, len(hs))
	for i, h := range hs {
		if !titled[h.Doc] || isNamed[i] {
			out = append(out, h)
		}
	}
	return out
}

// reUrgingVerb opens an item's title to urge its work on: 加快, 加强, 大力推进 ….
var reUrgingVerb = regexp.MustCompile(`^(?:大力|积极|全面|持续|切实|进一步)?(?:加快|加强|推进|推动|深化|强化|完善|健全|做好|抓好|促进|提升|培育)`)

// firstArg orders phrase and count for the two languages' sentences.
func firstArg(c *composer, phrase string, n int) []any {
	if c.lang == "en" {
		return []any{n, phrase}
	}
	return []any{phrase, n}
}

var reHasFigure = regexp.MustCompile(`\d`)

// reQuantity is a figure with its unit: 1500万吨, 70%, 80家, 4.8个 (not "4大平台").
var reQuantity = regexp.MustCompile(`\d+(?:\.\d+)?\s*(?:%|‰|％|万|亿|千|百|个|家|名|人|项|座|条|吨|标箱|平方|公里|千米|亩|元|美元|倍|次|所|张|床|套|栋|件|户|场|处|批|支|台|辆|MW|GW|kW|KW|兆瓦|千瓦|立方米|厘米|毫米|米|公顷|小时|天|人次|份|间|株|棵)|[一二三四五六七八九十百千两]+(?:厘米|毫米|公里|千米|米|公顷|立方米|吨)`)

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
	ps, text, err := e.figurePassages(ctx, q, res)
	if err != nil {
		return Answer{}, err
	}
	if near := nearTopic(q.Topic); len(ps) == 0 && near != nil {
		// "宜宾的社零目标是多少?": the plans write 社会消费品零售总额; asked again in their words.
		nq := *q
		nq.Topic = near
		nps, ntext, err := e.figurePassages(ctx, &nq, res)
		if err != nil {
			return Answer{}, err
		}
		if len(nps) > 0 {
			ps, text, q = nps, ntext, &nq
		}
	}
	if len(ps) == 0 {
		c.printf(c.t("方案中没有提到“%s”，无法回答。\n", "The plans do not say (nothing about “%s”).\n"), echo(text))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.GroupBy == GroupCity {
		e.figuresByCity(c, ps, text, q.Text)
	} else {
		e.bestFigures(c, ps, text, q)
	}
	return c.answer(q, OutcomeAnswered), nil
}

// figurePassages are the passages that state a figure about q's topic, best first, and the words
// they were sought by.
func (e *Engine) figurePassages(ctx context.Context, q *Query, res result) (passages, string, error) {
	text := strings.Join(q.Topic, " ")
	if text == "" {
		text = q.Text
	}
	var ps passages
	if len(q.Topic) > 0 {
		for _, h := range res.hits {
			// The task holds the topic (perhaps in the plans' other words for it: GDP is 地区生产总值).
			cov := max(coverageIn(q.Topic, text, h.Task.Title+h.Task.Text), h.score)
			if !res.fuzzy && namesNear(h.TaskRef, q.Topic) {
				cov = max(cov, minCoverage)
			}
			ps.add(passage{doc: h.Doc, task: h.Task, ref: h.TaskRef, section: h.Task.Section, text: h.Task.Text, cov: cov})
		}
	}
	if text != "" {
		if err := e.searchPassages(ctx, &ps, q, res, text); err != nil {
			return nil, text, err
		}
	}
	return ps.withFigures(q, text), text, nil
}

// overdueAndAhead answers "逾期的和快到期的": the overdue list, then what falls due next (in the
// window the question gave for it, else the usual one), as one answer.
func (e *Engine) overdueAndAhead(ctx context.Context, q *Query, today plan.Day) (Answer, error) {
	ahead := *q
	ahead.alsoAhead, q.alsoAhead = false, false
	ahead.Units = slices.Clone(q.Units)
	ahead.Status, ahead.From, ahead.To = StatusDue, q.aheadFrom, q.aheadTo
	over, err := e.offline(ctx, q, today)
	if err != nil {
		return Answer{}, err
	}
	next, err := e.offline(ctx, &ahead, today)
	if err != nil {
		return Answer{}, err
	}
	over.Text = strings.TrimRight(over.Text, "\n") + "\n\n" + next.Text
	for _, id := range next.Tasks {
		if !slices.Contains(over.Tasks, id) {
			over.Tasks = append(over.Tasks, id)
		}
	}
	over.Citations = append(over.Citations, next.Citations...)
	if next.Outcome == OutcomeAnswered {
		over.Outcome = OutcomeAnswered
	}
	return over, nil
}

// nearTopic is topic with each term the plans write otherwise (nearWords: 社零) in their first word
// for it; nil when no term has one.
func nearTopic(topic []string) []string {
	var out []string
	changed := false
	for _, t := range topic {
		if ns := nearWords[t]; len(ns) > 0 && !slices.Contains(topic, ns[0]) {
			t, changed = ns[0], true
		}
		out = append(out, t)
	}
	if !changed {
		return nil
	}
	return out
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
		if h.Coverage < minCoverage || (len(q.Cities) > 0 && !contains(q.Cities, h.Doc.City)) || !namedPlan(h.Doc, q.Plans) {
			continue // "粤府(2021)22号里…目标是多少?": that plan's words, no other's
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
// names reports whether a passage names every topic term as a word (in a near form, or with its
// characters in order in one clause), in its task's title or its text.
func (p passage) names(topic []string) bool {
	text := p.text
	if p.task != nil {
		text = p.task.Title + "。" + p.text
	}
	for _, t := range topic {
		if !holdsAny(text, nearForms(t, nil), nil) && (utf8.RuneCountInString(t) < 3 || !spreadHolds(text, t)) {
			return false
		}
	}
	return true
}

// minFigureCoverage is how much of a topic the sentence that gives a figure must hold for the figure
// to be the one asked about.
const minFigureCoverage = 0.5

func (ps passages) withFigures(q *Query, text string) passages {
	// "老年食堂要达到多少家?" asks the level to be reached: the sentence that says 达到 of it (the goal's
	// "老年食堂达到260家"), not a task's number to be built ("新建老年食堂30家").
	level := strings.Contains(q.Text, "达到")
	sum := asksSum(q)
	var kept passages
	for _, p := range ps {
		if p.cov < minCoverage {
			continue
		}
		if sum && !strings.ContainsAny(p.text, "0123456789０１２３４５６７８９") {
			continue // "积极争取中央预算内投资…支持" says what money to seek, not how much there is
		}
		best, reached := 0.0, false
		for _, snt := range sentences(p.text) {
			if reQuantity.MatchString(snt) {
				cov := coverageIn(q.Topic, text, snt)
				best = max(best, cov)
				reached = reached || level && cov >= minFigureCoverage && strings.Contains(snt, "达到")
			}
		}
		if len(q.Topic) > 0 && best < minFigureCoverage && !p.names(q.Topic) {
			continue // its figures are about something else: 服务业增加值 is not 服务业市政府质量奖3个
		}
		p.cov += best
		if reached {
			p.cov += 0.5
		}
		if p.task != nil && len(q.Topic) > 0 {
			if titleHolds(p.task.Title, q.Topic) && (!level || reached) {
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

// reSumWord ends a topic that is a sum of money (预算, 专项经费, 引导资金); reRateAsked asks how a sum
// grows or weighs instead (增长多少, 投入强度, 占比), a figure that is no sum.
var (
	reSumWord   = regexp.MustCompile(`(?:预算|经费|资金|费用)$`)
	reRateAsked = regexp.MustCompile(`增长|增速|增幅|强度|占比|比重|比例|百分`)
)

// asksSum reports whether q asks how much money (预算是多少, 需要多少经费, 多少钱): a passage answers
// only with a figure it states (400万元, a table's 66), not one that names the money with none.
func asksSum(q *Query) bool {
	if reRateAsked.MatchString(q.Text) {
		return false
	}
	if strings.Contains(q.Text, "多少钱") {
		return true
	}
	return slices.ContainsFunc(q.Topic, reSumWord.MatchString)
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
// Asked when as well ("要在什么时候前创成几家?"), each says the dates its quoted sentences give.
func (e *Engine) bestFigures(c *composer, ps passages, text string, q *Query) {
	// A figure asked with its time ("2023年底前要累计争创多少个…") is said with the days its sentence gives.
	asked, when := q.Text, q.asksWhen || q.window != ""
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
			if when {
				h := retrieval.Hit{Doc: p.doc, Task: p.task, Text: strings.Join(quotes, "。")}
				if !q.asksWhen {
					h.Task = nil // asked a figure by its time: the days its sentence gives, not the task's others
				}
				writeDates(c, h, q)
			}
			continue
		}
		if p.section != "" {
			c.printf(" · %s", p.section)
		}
		c.printf("\n")
		c.cite(Citation{Doc: p.doc.ID, Title: p.doc.Title, Number: p.doc.Number, Section: p.section})
		if when {
			writeDates(c, retrieval.Hit{Doc: p.doc, Text: strings.Join(quotes, "。")}, q)
		}
	}
}

// coverageIn is how much of a question's topic a passage holds: each term in the best of its near
// forms (GDP as 地区生产总值), or, with no topic, the share of the question's words.
func coverageIn(topic []string, text, passage string) float64 {
	if len(topic) == 0 {
		return retrieval.Coverage(text, passage)
	}
	sum := 0.0
	for _, t := range topic {
		best := 0.0
		for _, f := range nearForms(t, nil) {
			best = max(best, retrieval.Coverage(f, passage))
		}
		sum += best
	}
	return sum / float64(len(topic))
}

// namesNear reports whether a task names every topic term as written or in a near form (not only
// with the term's characters spread over a clause).
func namesNear(r retrieval.TaskRef, terms []string) bool {
	for _, t := range terms {
		if !holdsAny(r.Task.Title, nearForms(t, nil), nil) && !holdsAny(r.Task.Text, nearForms(t, nil), nil) {
			return false
		}
	}
	return true
}

// holdTogether reports whether some hit holds every topic term.
func holdTogether(hs []hit, terms []string) bool {
	for _, h := range hs {
		if topicMatch(h.TaskRef, terms, nil) {
			return true
		}
	}
	return false
}

// topicParts are the topic's terms by the question they were asked in (Query.asked), those still in
// the topic; nil unless two parts or more keep a term.
func (q *Query) topicParts() [][]string {
	var out [][]string
	for _, g := range q.asked {
		if kept := slices.DeleteFunc(slices.Clone(g), func(t string) bool { return !slices.Contains(q.Topic, t) }); len(kept) > 0 {
			out = append(out, kept)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// figureEach answers a figure question about several things ("GDP和固投目标各是多少") one thing at a
// time, in the question's order; groups are the things, each by its topic terms.
func (e *Engine) figureEach(ctx context.Context, c *composer, q *Query, today plan.Day, groups [][]string) (Answer, error) {
	answered := false
	for _, terms := range groups {
		term := strings.Join(terms, " ")
		one := *q
		one.Topic, one.Text, one.asked = terms, term, nil
		res, err := e.execute(ctx, &one, today)
		if err != nil {
			return Answer{}, err
		}
		sub := newComposer(q.lang)
		a, err := e.figure(ctx, sub, &one, res)
		if err != nil {
			return Answer{}, err
		}
		answered = answered || a.Outcome == OutcomeAnswered
		c.printf("*%s*\n%s\n", term, sub.b.String())
		c.merge(sub)
	}
	if !answered {
		return c.answer(q, OutcomeNoAnswer), nil
	}
	return c.answer(q, OutcomeAnswered), nil
}

// titleHolds reports whether a title names every topic term.
func titleHolds(title string, terms []string) bool {
	for _, t := range terms {
		ok := false
		for _, v := range nearForms(t, nil) {
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

// reFigureLabel is a label that opens a sentence: "主要指标：", "预期目标:".
var reFigureLabel = regexp.MustCompile(`^\s*(\p{Han}{2,8})\s*[：:]`)

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
	// Each term asked about its own figure: "营收和利润要增长多少" quotes the revenue clause and the
	// profit clause, however much more of the question the first holds.
	for _, t := range strings.Fields(topic) {
		if len(out) == 4 || slices.ContainsFunc(out, func(s scored) bool { return strings.Contains(s.s, t) }) {
			continue
		}
		if i := slices.IndexFunc(pick, func(s scored) bool { return strings.Contains(s.s, t) }); i >= 0 {
			out = append(out, pick[i])
		}
	}
	// A sentence opened by a label the topic names ("主要指标：到2020年…") goes on in the sentences after
	// it that give figures, up to the next label: "到2030年…95%以上" is the same label's.
	for _, s := range slices.Clone(out) {
		m := reFigureLabel.FindStringSubmatch(s.s)
		if m == nil || retrieval.Coverage(topic, m[1]) < minFigureCoverage {
			continue
		}
		for j := s.at + 1; j < len(all) && len(out) < 4; j++ {
			if reFigureLabel.MatchString(all[j].s) || !reQuantity.MatchString(all[j].s) {
				break
			}
			if !slices.ContainsFunc(out, func(o scored) bool { return o.at == j }) {
				out = append(out, all[j])
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].at < out[j].at })
	var quotes []string
	for _, s := range out {
		quotes = append(quotes, clipAround(s.s, strings.Fields(topic), 160))
	}
	return quotes
}

// clipAround clips a long sentence to about n characters around the first of terms it holds, so that
// a figure far into it ("…新引进投资额3000万元以上项目300个，…外资企业180个") is quoted.
func clipAround(s string, terms []string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	at := -1
	for _, t := range terms {
		if i := strings.Index(s, t); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return plan.Clip(s, n)
	}
	from := max(0, utf8.RuneCountInString(s[:at])-n/4)
	if from == 0 {
		return plan.Clip(s, n)
	}
	return "…" + plan.Clip(string(rs[from:]), n)
}

// reAnyFreq finds a frequency in a task a question about any recurring duty filters on (固定要做,
// 定期做的事): reFreqWord without 一次, which alone says once, and without keeping a list up to date
// (动态更新), which is no duty done again and again.
var reAnyFreq = regexp.MustCompile(strings.Replace(strings.TrimSuffix(reFreqWord.String(), "|一次"), "|"+upToDate, "", 1))

// upToDate keeps something up to date as it changes (动态更新 a list): it repeats without a period.
const upToDate = `动态(?:更新|调整)|滚动(?:更新|调整)`

// reFreqWord finds the words of a sentence that say how often.
// A period's name is a frequency only before a duty ("季度通报"): "年度计划", "一季度" are none.
var reFreqWord = regexp.MustCompile(`每(?:两|三|半|[1一2-3])?(?:年|月|季度|季|周|星期|旬|日|天)|每个?月|每两周|双月|逐月|逐季|逐年|按月|按季|按年|(?:月度|季度|年度)(?:调度|通报|考核|报告|例会|会商|分析|督查|评估|检查|总结|晾晒|专报|统计|排名)|[一半两](?:个)?(?:年|季度|月|周)\p{Han}{1,14}?一次|定期|经常性|常态化|` + upToDate + `|例会|周会商|月调度|季分析|年评估|一次`)

// freqsSaid are the words of s that say how often (reFreqWord), but for a period's name that a date or
// an ordinal makes one period ("2025年度考核", "第一季度分析", "上年度总结", "本季度"): that period once,
// not each one.
func freqsSaid(s string) []string {
	var out []string
	for _, m := range reFreqWord.FindAllStringIndex(s, -1) {
		if !datedPeriod(s[:m[0]], s[m[0]:m[1]]) {
			out = append(out, s[m[0]:m[1]])
		}
	}
	return out
}

// reDatedBefore ends the words before a period's name that make it one period: a year's digits, a
// number or ordinal (第一, 一), or 上/本/下/同.
var reDatedBefore = regexp.MustCompile(`(?:[0-9０-９一二三四五六七八九十第上本下同]|[0-9０-９]年)$`)

// rePeriodName is a period's name at the start of a word: 年度, 季度, 月度.
var rePeriodName = regexp.MustCompile(`^(?:年度|月度|季度)`)

// datedPeriod reports whether word, after the text before, is a period's name a date or ordinal makes
// one period.
func datedPeriod(before, word string) bool {
	return rePeriodName.MatchString(word) && reDatedBefore.MatchString(before)
}

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
func (e *Engine) frequencyAnswer(ctx context.Context, c *composer, q *Query, res result) Answer {
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
		// Where some sentences name the body doing it ("专班每两周召集一次会商"), their tasks say how often it
		// does it, not the tasks that only list it among their units.
		var naming []*plan.Task // the tasks with a sentence naming the body
		for _, d := range kept {
			if namesBody(d.quote, q.Bodies) && !slices.Contains(naming, d.hit.Task) {
				naming = append(naming, d.hit.Task)
			}
		}
		if len(naming) > 0 {
			kept = slices.DeleteFunc(kept, func(d duty) bool { return !slices.Contains(naming, d.hit.Task) })
		}
		ds = kept
	}
	all := append(dutyList(nil), ds...)
	ds = ds.onTopic(topic, askedDuty(q, topic)).besideTheme(q.Topic)
	if vagueOnly(ds) {
		// "…联席会议制度，负责定期召集…。联席会议原则上每季度召开一次": the task that says 定期 says how
		// often in another of its sentences, on one of the things asked about.
		asked := append(append([]string(nil), q.Topic...), q.Bodies...)
		for _, d := range all {
			if !vagueFreq[d.words] && slices.ContainsFunc(ds, func(v duty) bool { return v.hit.Task == d.hit.Task }) && holdsAny(d.quote, asked, nil) {
				ds = append(dutyList{d}, ds...)
			}
		}
	}
	if len(ds) > 0 && !vagueOnly(ds) {
		// "每两周至少一次全覆盖清理" beside another task's "定期清理": how often is the one that says.
		ds = slices.DeleteFunc(ds, func(d duty) bool { return vagueFreq[d.words] })
	}
	ds = reportingOnly(q, ds.dayIfAsked(q))
	what := topic
	if len(q.Bodies) > 0 {
		what = strings.TrimSpace(strings.Join(q.Bodies, "、") + " " + topic)
	}
	if len(ds) == 0 {
		said := periodBeforeTopic(res.hits, q.Topic)
		if len(said) == 0 {
			said = freqInParagraphs(res.docs, q.Topic, false)
		}
		if len(said) == 0 {
			said = e.freqBySearch(ctx, q)
		}
		if len(said) == 0 {
			// The plan's words on it say only that it repeats ("依托第三方团队定期开展宣讲交流"): they
			// are quoted, and said to give no period.
			if vs := freqInParagraphs(res.docs, q.Topic, true); len(vs) > 0 {
				c.printf(c.t("方案只写了“%s”，没有写明%s多久一次：\n", "The plans say “%s”, not how often (%s):\n"), vagueSaid(vs[0].sentence), echoOr(what, c.t("这项工作", "this")))
				for _, p := range vs {
					c.printf("- %s《%s》：“%s”\n", p.doc.City, p.doc.Title, plan.Clip(p.sentence, 120))
					if t := p.inTask(); t != nil {
						c.task(retrieval.TaskRef{Doc: p.doc, Task: t})
					}
				}
				return c.answer(q, OutcomeNoAnswer)
			}
		}
		if len(said) > 0 {
			// No task says it, but the plan's own words do (an attachment's scoring table: "每半年至少
			// 召开1次消防工作例会"): they are quoted.
			c.printf(c.t("%s的频率，方案中这样写：\n", "How often (%s), as the plans say:\n"), echoOr(what, c.t("这项工作", "this work")))
			for _, p := range said {
				c.printf("- %s《%s》：“%s”", p.doc.City, p.doc.Title, plan.Clip(p.sentence, 120))
				if t := p.inTask(); t != nil {
					if us := t.Units(); len(us) > 0 {
						c.printf(c.t("（%s）", " (%s)"), e.unitNames(p.doc, us, 6)) // who does it, as the list of duties says
					}
					c.task(retrieval.TaskRef{Doc: p.doc, Task: t}) // a task's words say it: the answer is about that task
				}
				c.printf("\n")
			}
			return c.answer(q, OutcomeAnswered)
		}
		c.printf(c.t("方案中没有写明%s的频率（多久一次）。\n", "The plans do not say how often (%s).\n"), echoOr(what, c.t("这项工作", "this")))
		return c.answer(q, OutcomeNoAnswer)
	}
	if len(ds) > 6 {
		ds = ds[:6]
	}
	for i := range ds {
		// A sentence of several frequencies ("每月调度、双月现场推进、每季召开例会"): the one said of
		// the thing asked about.
		if w := nearestFreqWord(ds[i].quote, q.Topic); w != "" {
			ds[i].words = w
		}
	}
	// Two rules read from one sentence ("月度通报制度，每月10日前…通报") quote it once.
	type said struct {
		t            *plan.Task
		quote, words string
	}
	quoted := map[said]int{}
	var once dutyList
	for _, d := range ds {
		k := said{d.hit.Task, d.quote, d.words}
		if i, ok := quoted[k]; ok {
			once[i].measure = once[i].measure || d.measure
			continue
		}
		quoted[k] = len(once)
		once = append(once, d)
	}
	ds = once
	outcome := OutcomeAnswered
	var plain []saidIn
	if vagueOnly(ds) {
		// "…负责定期召集…。联席会议原则上每季度召开一次": the plan says how often in a sentence of its
		// own, outside the task that says 定期.
		var docs []*plan.Document
		for _, d := range ds {
			if !slices.Contains(docs, d.hit.Doc) {
				docs = append(docs, d.hit.Doc)
			}
		}
		plain = freqInHeadings(ds)
		if len(plain) == 0 {
			plain = freqInParagraphs(docs, q.Topic, false)
		}
		if len(plain) == 0 {
			// "定期发布服务业运行情况报告": the plans say it repeats, not how often.
			c.printf(c.t("方案只写了“%s”，没有写明%s多久一次。\n", "The plans say “%s”, not how often (%s).\n"), ds[0].words, echoOr(what, c.t("这项工作", "this")))
			outcome = OutcomeNoAnswer
		}
	}
	c.printf(c.t("%s的频率，方案中这样写：\n", "How often (%s), as the plans say:\n"), echoOr(what, c.t("这项工作", "this work")))
	for _, p := range plain {
		c.printf("- %s《%s》：“%s”\n", p.doc.City, p.doc.Title, plan.Clip(p.sentence, 120))
	}
	for _, d := range ds {
		c.printf("- %s %s：%s —— “%s”", d.hit.Doc.City, itemNumber(d.hit.Task)+" "+itemTitle(d.hit.Task), d.words, plan.Clip(d.quote, 120))
		switch {
		case q.asksWho && len(d.units) > 0 && len(d.hit.Task.Lead) > 0 && !slices.ContainsFunc(d.units, func(u string) bool { return d.hit.Task.Role(u) == "" }):
			// "政银企对接活动多久一次，谁牵头?": who leads and who takes part, as a list line says it.
			c.printf(c.t("（%s）", " (%s)"), e.unitsLine(c, d.hit.Doc, []*plan.Task{d.hit.Task}, 6))
		case len(d.units) > 0:
			c.printf(c.t("（%s）", " (%s)"), e.unitNames(d.hit.Doc, d.units, 6))
		}
		if d.measure {
			c.b.WriteString(c.t(" ·保障措施", " · safeguard measure"))
		}
		c.task(d.hit.TaskRef) // what the answer quotes is what it is about, a measure too
		c.printf("\n")
	}
	return c.answer(q, outcome)
}

// reDutyDay is a day a duty's sentence sets: "每月20日之前", "12月20日前", "每季度末".
var reDutyDay = regexp.MustCompile(`\d{1,2}\s*[日号]|月底|月末|季末|年底|年末`)

// dayIfAsked: asked on which day a duty falls ("年度考核每年几号前开展?"), the sentences that set a day
// answer it; one that only names the duty ("对年度考核不合格的街镇进行问责") does not, when another does.
func (ds dutyList) dayIfAsked(q *Query) dutyList {
	if !q.asksWhen || len(ds) < 2 {
		return ds
	}
	var dated dutyList
	for _, d := range ds {
		if reDutyDay.MatchString(d.quote) {
			dated = append(dated, d)
		}
	}
	if len(dated) == 0 || len(dated) == len(ds) {
		return ds
	}
	return dated
}

// namesBody reports whether a sentence names one of bodies, by its whole name or its kind (专班 for
// 工作专班, 小组 for 领导小组).
func namesBody(sentence string, bodies []string) bool {
	for _, b := range bodies {
		core := b
		for _, k := range []string{"专班", "小组", "指挥部", "联席会议"} {
			if strings.HasSuffix(b, k) {
				core = k
			}
		}
		if strings.Contains(sentence, core) {
			return true
		}
	}
	return false
}

// reFreqSentence says how often in a sentence a search found: reAnyFreq's words, or a count of years,
// months or times ("每5年调整一次", "一年施肥2次", "实行年度审计").
var reFreqSentence = regexp.MustCompile(reAnyFreq.String() + `|每[0-9一二三四五六七八九十两]+(?:个)?(?:年|月|季度|周|天|日)|一年[0-9一二三四五六七八九十两]+次|年度(?:审计|评估|考核|检查|更新|调整)|周期(?:原则上)?(?:为|不超过|不少于)?[0-9一二三四五六七八九十两半]+(?:个)?(?:年|月)`)

// freqBySearch finds, when no duty and no paragraph holds the topic's words as they are, the
// sentences a search ranks on the topic (and the unit or body asked about) that say how often: at
// most three, each holding most of the question's words ("零碳技术目录多久更新一次?" of "…目录每年更新").
func (e *Engine) freqBySearch(ctx context.Context, q *Query) []saidIn {
	words := append(append([]string(nil), q.Topic...), q.Bodies...)
	if utf8.RuneCountInString(strings.Join(words, "")) < 3 {
		for _, u := range q.Units { // the unit's name is what is left to look for
			words = append(words, u.Name)
		}
	}
	text := strings.TrimSpace(strings.Join(words, " "))
	if utf8.RuneCountInString(strings.ReplaceAll(text, " ", "")) < 3 {
		return nil
	}
	hits, err := e.kb.Search(ctx, retrieval.Query{Text: text, N: 8, City: q.city()})
	if err != nil {
		return nil // a failed search leaves the answer as the plans' duties give it
	}
	terms := retrieval.QueryTerms(text)
	var out []saidIn
	for _, h := range hits {
		if h.Coverage < minCoverage || len(q.Cities) > 0 && !contains(q.Cities, h.Doc.City) || !namedPlan(h.Doc, q.Plans) {
			continue
		}
		best, bestCov := "", 0.0
		for _, snt := range sentences(h.Text) {
			if w := reFreqSentence.FindString(snt); w == "" || vagueFreq[w] || w == "例会" {
				continue // 定期, 常态化, 例会 say it repeats, not how often
			}
			if cov := terms.Coverage(snt); cov > bestCov {
				best, bestCov = snt, cov
			}
		}
		if bestCov >= minFigureCoverage && !slices.ContainsFunc(out, func(s saidIn) bool { return s.sentence == best }) {
			out = append(out, saidIn{doc: h.Doc, sentence: best, task: h.Task})
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// saidIn is a sentence of a plan's own paragraphs.
type saidIn struct {
	doc      *plan.Document
	sentence string
	task     *plan.Task // the task whose words the search found it in; nil for a paragraph outside any
}

// rePeriodBefore is a period's name right before what is done in it: "拟定年度…预算" is done yearly;
// not one a date or ordinal makes one period (datedPeriod: "发布第一季度经济运行分析").
var rePeriodBefore = regexp.MustCompile(`(?:年度|月度|季度|每年|每月|每季度?)(?:的)?$`)

// periodBeforeTopic are the sentences of the tasks that name a period right before the thing asked
// about ("依据…拟定年度环卫作业养护项目预算估算" for "多久要拟一次环卫作业养护项目预算估算?"): it is
// done once each such period, though no duty word follows ("年度计划" alone says no frequency).
func periodBeforeTopic(hs []hit, topic []string) []saidIn {
	var out []saidIn
	for _, h := range hs {
		for _, snt := range sentences(h.Task.Text) {
			for _, term := range topic {
				if utf8.RuneCountInString(term) < 4 {
					continue // a long name of the work, not a word many sentences hold
				}
				i := strings.Index(snt, term)
				if i <= 0 {
					continue
				}
				if m := rePeriodBefore.FindStringIndex(snt[:i]); m != nil && !datedPeriod(snt[:m[0]], snt[m[0]:i]) {
					out = append(out, saidIn{doc: h.Doc, sentence: clauseAround(snt, term), task: h.Task})
				}
			}
		}
	}
	return out
}

// inTask is the task whose words hold the sentence: the one it was found in, else the first of its
// plan's tasks that writes it (a passage found as a paragraph may be a task's too); nil when none does.
func (p saidIn) inTask() *plan.Task {
	if p.task != nil {
		return p.task
	}
	for i := range p.doc.Tasks {
		if t := &p.doc.Tasks[i]; strings.Contains(t.Text, p.sentence) {
			return t
		}
	}
	return nil
}

// freqInParagraphs are the sentences of the plans' paragraphs outside any task that say how often
// (每半年, 每月) of every term of the topic; at most three, none when a topic term is missing.
func freqInParagraphs(docs []*plan.Document, topic []string, vague bool) []saidIn {
	if len(topic) == 0 || len(docs) > 50 {
		return nil // a topic asked of every plan at scale is no place to read paragraphs
	}
	var out []saidIn
	for _, d := range docs {
		// Words the plan's title holds say which plan, not what in it ("文物单位…例会" of a 文物建筑
		// plan).
		var own []string
		for _, w := range topic {
			if !strings.Contains(d.Title, w) {
				own = append(own, w)
			}
		}
		if len(own) == 0 {
			continue
		}
		m := newTopicMatcher(own, nil)
		for _, p := range d.Paras {
			if p.TaskID != "" || !reFreqWord.MatchString(p.Text) {
				continue
			}
			for _, snt := range sentences(p.Text) {
				if freqSaid(snt) == "" && (!vague || vagueSaid(snt) == "") {
					continue
				}
				if m.match(retrieval.TaskRef{Doc: d, Task: &plan.Task{Text: snt}}) {
					out = append(out, saidIn{doc: d, sentence: snt})
					if len(out) == 3 {
						return out
					}
				}
			}
		}
		// A task's own words too, when the whole task is on the topic: a daily round ("排查对象：
		// …沿街商铺…。排查主体：街镇巡查人员每日开展巡查") is no reminder schedule, so no duty holds it.
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if !reFreqWord.MatchString(t.Text) || !m.match(retrieval.TaskRef{Doc: d, Task: t}) {
				continue
			}
			for _, snt := range sentences(t.Text) {
				if freqSaid(snt) != "" || vague && vagueSaid(snt) != "" {
					out = append(out, saidIn{doc: d, sentence: snt})
					if len(out) == 3 {
						return out
					}
					break
				}
			}
		}
	}
	return out
}

// freqInHeadings finds how often in the headings above duties that only say 定期: "四、各单位按以下
// 职能分工牵头定期组织开展防灾及风险排查工作，原则上每年不少于2次：" over "（一）区房管局。负责定期牵头
// 召开…例会": the heading says it of every item under it. The nearest heading that says it is quoted.
func freqInHeadings(ds dutyList) []saidIn {
	var out []saidIn
	seen := map[string]bool{}
	for _, d := range ds {
		heads := strings.Split(d.hit.Task.Section, " > ")
		for i := len(heads) - 1; i >= 0; i-- {
			snt := ""
			for _, s := range sentences(heads[i]) {
				if freqSaid(s) != "" {
					snt = s
					break
				}
			}
			if snt == "" {
				continue
			}
			if !seen[snt] {
				seen[snt] = true
				out = append(out, saidIn{doc: d.hit.Doc, sentence: snt})
			}
			break
		}
	}
	return out
}

// freqSaid is the first word of s that says how often, not only that it repeats (定期) nor once (一次).
func freqSaid(s string) string {
	for _, w := range freqsSaid(s) {
		if w != "一次" && !vagueFreq[w] {
			return w
		}
	}
	return ""
}

// vagueSaid is the first word of s that says only that something repeats (定期, 经常性).
func vagueSaid(s string) string {
	for _, w := range freqsSaid(s) {
		if vagueFreq[w] {
			return w
		}
	}
	return ""
}

// vagueFreq are the words that say a duty repeats without saying how often.
var vagueFreq = map[string]bool{"定期": true, "不定期": true, "经常": true, "经常性": true, "常态化": true, "适时": true, "长期": true, "动态更新": true, "动态调整": true, "滚动更新": true, "滚动调整": true}

// vagueOnly reports whether every duty quoted says only that it repeats (定期), not how often.
func vagueOnly(ds dutyList) bool {
	for _, d := range ds {
		if !vagueFreq[d.words] {
			return false
		}
	}
	return len(ds) > 0
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
		w := ""
		if ws := freqsSaid(snt); len(ws) > 0 {
			w = ws[0]
		}
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

// askedDuty is what a frequency question asks about: its topic, or, with none, the question's own
// words, which say which duty it means ("多久开一次会" is about meetings, 召开一次分析会, not every
// duty of the body); "" when they say nothing.
func askedDuty(q *Query, topic string) string {
	if topic != "" {
		return topic
	}
	if w := stripQuestion(reHowOften.ReplaceAllString(q.Text, " ")); utf8.RuneCountInString(strings.Join(hanRuns(w), "")) >= 2 {
		return w
	}
	return ""
}

// onTopic keeps, best first, the duties whose sentence holds what is asked (asked: the topic, or
// the question's words) about as well as the best one does; with a topic and no sentence holding
// it, those whose task does.
func (ds dutyList) onTopic(topic, asked string) dutyList {
	for i := range ds {
		ds[i].cov = retrieval.Coverage(asked, ds[i].quote)
		if asked == "" {
			ds[i].cov = 1
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].cov > ds[j].cov })
	if len(ds) > 0 && topic == "" && asked != "" && ds[0].cov > 0 {
		var kept dutyList
		for _, d := range ds {
			if d.cov >= ds[0].cov-0.25 {
				kept = append(kept, d)
			}
		}
		ds = kept
	}
	if len(ds) == 0 || topic == "" {
		return ds
	}
	best := ds[0].cov
	terms := strings.Fields(topic)
	var kept dutyList
	for _, d := range ds {
		// As good as the best, or naming one of several things asked about whole ("多久会商一次?
		// 调度会呢?": the sentence on 会商 and the one on 调度会).
		if d.cov > 0 && d.cov >= best-0.25 || len(terms) > 1 && holdsAny(d.quote, terms, nil) {
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

// besideTheme leaves out the duties whose sentence holds the topic only inside the plan's own theme
// word, when others hold it as a word of their own: in a 城市更新 plan, "项目库每半年更新一次" says how
// often a thing is updated, "区城市更新工作专班每两周召开一次调度会议" how often a meeting of the plan's
// theme is held.
func (ds dutyList) besideTheme(topic []string) dutyList {
	if len(topic) == 0 {
		return ds
	}
	themeOnly := func(d duty) bool {
		inside := false
		for _, t := range topic {
			switch out, in := themeUses(d.quote, t, d.hit.Doc.Title); {
			case out:
				return false
			case in:
				inside = true
			}
		}
		return inside
	}
	if !slices.ContainsFunc(ds, func(d duty) bool { return !themeOnly(d) }) {
		return ds
	}
	return slices.DeleteFunc(ds, themeOnly)
}

// themeUses reports whether s holds term outside a longer word of the plan's title, and whether it
// holds it inside one: two characters beside the term that the title writes with it (城市 before 更新
// in a 城市更新 plan), not a word many titles hold (更新工作 is no theme).
func themeUses(s, term, title string) (outside, inside bool) {
	if term == "" {
		return false, false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], term)
		if j < 0 {
			return outside, inside
		}
		at := i + j
		before, after := []rune(s[:at]), []rune(s[at+len(term):])
		themed := false
		if len(before) >= 2 {
			w := string(before[len(before)-2:])
			themed = hanOnly(w) && !genericTitleWord[w] && strings.Contains(title, w+term)
		}
		if !themed && len(after) >= 2 {
			w := string(after[:2])
			themed = hanOnly(w) && !genericTitleWord[w] && strings.Contains(title, term+w)
		}
		if themed {
			inside = true
		} else {
			outside = true
		}
		i = at + len(term)
	}
}

// reFreqPeriod is a frequency word that names its period (每季, 双月), not only that it recurs (例会).
var reFreqPeriod = regexp.MustCompile(`^(?:每|双|逐|按)|[年月季周旬日天]`)

// nearestFreqWord is, in a sentence that says several frequencies, the one nearest to where it
// names each topic term ("每月调度…每季召开例会": 调度 每月, 例会 每季), joined; "" when it says one,
// or does not name the topic.
func nearestFreqWord(sentence string, topic []string) string {
	ms := reFreqWord.FindAllStringIndex(sentence, -1)
	if len(ms) < 2 || len(topic) == 0 {
		return ""
	}
	var words []string
	for _, t := range topic {
		at := -1
		for _, f := range nearForms(t, nil) {
			if i := strings.Index(sentence, f); i >= 0 && (at < 0 || i < at) {
				at = i
			}
		}
		if at < 0 {
			continue
		}
		best, dist := "", len(sentence)
		for _, m := range ms {
			d := max(at-m[1], m[0]-at, 0)
			if w := sentence[m[0]:m[1]]; d < dist && reFreqPeriod.MatchString(w) {
				best, dist = w, d
			}
		}
		if best != "" && !contains(words, best) {
			words = append(words, best)
		}
	}
	return strings.Join(words, "、")
}

func echoOr(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return echo(s)
}

// mentionsBody reports whether a duty is a body's: done by the body itself (a unit named after it,
// not its 成员单位), said of it in the sentence, or in an item about the body.
func mentionsBody(d duty, bodies []string) bool {
	t := d.hit.Task
	for _, b := range bodies {
		short := strings.TrimPrefix(b, "工作")
		if strings.Contains(d.quote, b) || strings.Contains(d.quote, short) {
			return true
		}
		// An item about the body (its 专题协调机制: 专班每两周…, 每季度召开一次分析会) is its duty
		// throughout.
		if strings.Contains(t.Section+t.Title, short) || strings.Contains(t.Text, short) && !strings.Contains(t.Text, "成员单位") {
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
	if len(res.hits) == 0 {
		c.b.WriteString(c.t("\n保障措施中的固定安排：\n", "\nStanding arrangements in the plans' safeguard measures:\n"))
	} else {
		c.b.WriteString(c.t("\n另有保障措施中的固定安排：\n", "\nAlso, standing arrangements in the plans' safeguard measures:\n"))
	}
	for _, h := range res.measures {
		recs := h.recs()
		if len(recs) == 0 {
			for _, o := range h.occs() {
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
			c.printf("- %s %s %s：%s —— “%s”", h.Doc.City, itemNumber(h.Task), itemTitle(h.Task), ruleOrWords(c, r), plan.Clip(sentenceAround(h.Task.Text, r.Quote), 100))
			if len(units) > 0 {
				c.printf(c.t("（%s）", " (%s)"), e.unitNames(h.Doc, units, 6))
			}
			for _, o := range h.occs() {
				if o.Recurring.Quote == r.Quote {
					c.printf(c.t(" · 本期 %s", " · next %s"), o.Day)
					break
				}
			}
			c.printf("\n")
			c.task(h.TaskRef) // work that falls due is what the answer is about, a measure's too: cited as a task
		}
		measureSentences(c, q, h, seen)
	}
}

// measureSentences writes a measure's other sentences that say the frequency asked ("每季度召开一次
// 分析会" after "季分析"): the plans spell a duty out after naming it. seen holds what is quoted.
func measureSentences(c *composer, q *Query, h hit, seen map[string]bool) {
	re := freqRegexp(q.Frequency)
	if re == nil {
		return
	}
	for _, snt := range sentences(h.Task.Text) {
		quoted := false
		for k := range seen {
			if strings.Contains(snt, k) {
				quoted = true
			}
		}
		if !quoted && saysFreq(re, snt) {
			seen[snt] = true
			c.printf("- %s %s %s：“%s”\n", h.Doc.City, itemNumber(h.Task), itemTitle(h.Task), plan.Clip(snt, 100))
		}
	}
}

// freqRegexp is how the plans write a frequency a question filters on; nil for none.
func freqRegexp(freq string) *regexp.Regexp {
	if freq == "any" {
		return reAnyFreq // not 一次 alone: "15天内一次性公示" is done once
	}
	for _, f := range freqWords {
		if f.freq == freq {
			return f.re
		}
	}
	return nil
}

// planFacts answers what a plan is: title, document number, date, goals; or, for a plan named by
// its number alone, which plan it is.
func (e *Engine) planFacts(ctx context.Context, c *composer, q *Query, today plan.Day) (Answer, error) {
	var docs []*plan.Document
	if place := e.unloadedPlace(q); place != "" {
		// "泰州优化营商环境行动方案的文号?" with no plan of 泰州 loaded: not another city's facts.
		c.printf(c.t("没有找到%s的方案。已加载的方案：%s。\n", "No plan of %s is loaded. The plans are from: %s.\n"), place, strings.Join(e.kb.Directory().Cities(), "、"))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	byTitle := len(q.Plans) == 0 && len(q.Cities) == 0 && len(q.Topic) > 0 && e.titlesHold(q.Topic)
	if !byTitle && len(q.Plans) == 0 && len(q.Cities) == 0 {
		// "房县这个营商环境措施依据的…文号是多少?": one of the words names a plan by its title (营商环境措施
		// in 以控制成本为核心优化营商环境的具体措施), whatever else the question says.
		if ids := e.plansByTitleTerm(q.Topic); len(ids) > 0 {
			pq := *q
			pq.Plans = ids
			q = &pq
		}
	}
	for _, d := range e.kb.Docs() {
		if factsOf(d, q, byTitle) {
			docs = append(docs, d)
		}
	}
	if from, to := q.days(); len(docs) == 0 && !from.IsZero() && !to.IsZero() && to.Before(from.AddDays(300)) && len(q.Cities)+len(q.Plans) > 0 {
		// "灌云县三季度完成情况通报依据的是哪个文件?": a quarter or a month names the plan (its report),
		// not the days it was issued in; the place's plans, whenever issued (a year asked stays one).
		nq := *q
		nq.From, nq.To = "", ""
		for _, d := range e.kb.Docs() {
			if factsOf(d, &nq, byTitle) {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		if nums := docNumbersOf(q.Plans); len(nums) > 0 {
			c.printf(c.t("没有找到文号为%s的方案。\n", "No loaded plan has the number %s.\n"), strings.Join(nums, "、"))
		} else {
			c.printf(c.t("没有找到这份方案。已加载的方案：%s。\n", "No such plan is loaded. The plans are from: %s.\n"), strings.Join(e.kb.Directory().Cities(), "、"))
		}
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.issuedBy != "" {
		docs = slices.DeleteFunc(docs, func(d *plan.Document) bool { return !issuedByBody(d, q.issuedBy) })
	}
	if contains(q.Facts, "plans") {
		docs, cond, err := e.plansMeeting(ctx, q, docs, today)
		if err != nil {
			return Answer{}, err
		}
		e.planList(c, q, docs, cond)
		return c.answer(q, OutcomeAnswered), nil
	}
	if len(docs) > 1 && len(q.Facts) == 1 && (q.Facts[0] == "issued" || q.Facts[0] == "number") {
		// "几个方案分别是哪天印发的?": one line a plan first, the details after.
		cities := map[string]int{}
		for _, d := range docs {
			cities[d.City]++
		}
		for _, d := range docs {
			v := docNumber(d)
			if q.Facts[0] == "issued" {
				v = ""
				switch {
				case !d.Issued.IsZero():
					v = d.Issued.String()
				case !d.Published.IsZero():
					v = c.t("成文日期未写明（网页发布于", "not stated (published on the page ") + d.Published.String() + c.t("）", ")")
				}
			}
			if v == "" {
				v = c.t("方案未写明", "not stated")
			}
			name := d.City
			if cities[d.City] > 1 {
				name += c.docLine(d) // two plans of one city: each by its title (or what stands for one)
			}
			c.printf(c.t("- %s：%s\n", "- %s: %s\n"), name, v)
		}
		c.printf("\n")
	}
	parts := factParts(q)
	for _, d := range docs {
		e.writeFacts(c, q, parts, d, today)
	}
	return c.answer(q, OutcomeAnswered), nil
}

// issuedByBody reports whether body issued d: its issuer, or the body its title opens with, is body
// (人民政府 and 政府 alike; 上海市政府办公厅 for 上海市人民政府办公厅, 市政府办公厅 for any city's).
func issuedByBody(d *plan.Document, body string) bool {
	norm := func(s string) string { return strings.ReplaceAll(s, "人民政府", "政府") }
	b := norm(body)
	for _, who := range []string{d.Issuer, d.Title} {
		w := norm(who)
		if w == "" {
			continue
		}
		if w == b || strings.HasPrefix(w, b) || strings.HasSuffix(w, b) && utf8.RuneCountInString(b) >= 4 {
			return true
		}
	}
	return false
}

var (
	reNoNumber  = regexp.MustCompile(`(?:没有|没|无|未写|不带)文号|(?i)\bno (?:document )?number\b|\bwithout a (?:document )?number\b`)
	reHasNumber = regexp.MustCompile(`(?:有|带)文号`)
	reByDate    = regexp.MustCompile(`最早|最新|最晚|最近|(?i)\bearliest\b|\blatest\b|\bnewest\b|\boldest\b`)
)

// reRunning asks for the plans whose period is not over (还没有结束, 仍在实施, 有效期内); reEnded for
// those whose period is (已经结束, 过了实施期).
var (
	reRunning = regexp.MustCompile(`(?:还|尚|仍)?(?:没有?|未)(?:结束|终止|过期|期满|到期限)|(?:仍|还|正)在(?:执行|实施|推进)|(?:有效|执行|实施)期内|(?i)\b(?:still\s+(?:running|in\s+force|active)|not\s+(?:yet\s+)?(?:ended|over|expired))\b`)
	reEnded   = regexp.MustCompile(`(?:已经?|已然)(?:结束|终止|期满)|(?:过了|超过)(?:有效|执行|实施)期|(?i)\b(?:have|has)\s+(?:already\s+)?(?:ended|expired)\b`)
)

// plansMeeting keeps, of the plans listed, those that meet the condition asked: "哪些方案有逾期任务?"
// the plans with a task of that status (the executor's own reading of it), "哪些方案还没有结束?" those
// whose period runs on (duties.Ended, the plans' lifecycle).
// The condition is said in the list's heading (cond: zh, en), empty when none is asked.
func (e *Engine) plansMeeting(ctx context.Context, q *Query, docs []*plan.Document, today plan.Day) ([]*plan.Document, [2]string, error) {
	switch {
	case reRunning.MatchString(q.Text):
		return slices.DeleteFunc(docs, func(d *plan.Document) bool { return duties.Ended(d, nil, today) }), [2]string{"尚未结束的方案", "Plans still running"}, nil
	case reEnded.MatchString(q.Text):
		return slices.DeleteFunc(docs, func(d *plan.Document) bool { return !duties.Ended(d, nil, today) }), [2]string{"已经结束的方案", "Plans that have ended"}, nil
	case q.Status == "":
		return docs, [2]string{}, nil
	}
	tq := *q
	tq.Shape, tq.Facts = ShapeList, nil
	res, err := e.execute(ctx, &tq, today)
	if err != nil {
		return nil, [2]string{}, err
	}
	have := map[*plan.Document]bool{}
	for _, h := range res.hits {
		have[h.Doc] = true
	}
	cond := [2]string{"有符合条件任务的方案", "Plans with such tasks"}
	if q.Status == StatusOverdue {
		cond = [2]string{"有逾期任务的方案", "Plans with overdue tasks"}
	} else if w, ok := statusWords[q.Status]; ok {
		cond = [2]string{"含" + w.zh + "任务的方案", "Plans with tasks " + w.en}
	}
	return slices.DeleteFunc(docs, func(d *plan.Document) bool { return !have[d] }), cond, nil
}

// planList says which plans there are: of the places named, or every plan loaded (meeting cond, when
// a condition was asked); those with or without a number; the earliest or the latest first.
func (e *Engine) planList(c *composer, q *Query, docs []*plan.Document, cond [2]string) {
	switch {
	case reNoNumber.MatchString(q.Text):
		docs = slices.DeleteFunc(docs, func(d *plan.Document) bool { return docNumber(d) != "" })
	case reHasNumber.MatchString(q.Text):
		docs = slices.DeleteFunc(docs, func(d *plan.Document) bool { return docNumber(d) == "" })
	}
	if m := reByDate.FindString(q.Text); m != "" {
		early := strings.Contains(m, "早") || strings.EqualFold(m, "earliest") || strings.EqualFold(m, "oldest")
		sort.SliceStable(docs, func(i, j int) bool {
			a, b := docs[i].Issued, docs[j].Issued
			if a.IsZero() != b.IsZero() {
				return b.IsZero() // undated last
			}
			if early {
				return a.Before(b)
			}
			return b.Before(a)
		})
	}
	scope := strings.Join(q.Cities, "、")
	switch {
	case cond[0] != "":
		scope += c.t(cond[0], cond[1]) // "衢州有逾期任务的方案共 1 份"
	case scope == "":
		scope = c.t("已加载的方案", "Plans loaded")
	}
	c.printf(c.t("%s共 %d 份：\n", "%s: %d\n"), scope, len(docs))
	for _, d := range docs {
		c.printf("- %s %s", d.City, c.docLine(d))
		if !d.Issued.IsZero() {
			c.printf(c.t("，%s 印发", ", issued %s"), d.Issued)
		}
		c.printf(c.t("，任务 %d 项\n", ", %d tasks\n"), len(e.planItems(d)))
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
	}
}

// factsOf reports whether the question asks for d's facts: of its city or plan, issued in its
// window ("哪个方案是2010年印发的?"), or, naming neither, with every topic word in its title
// ("十百千方案的文号") when byTitle (some plan's title holds them).
// docNumbersOf are the plans a question names by their document numbers (q.Plans also holds the
// ids of plans named by their titles' words, which are nobody's to read).
func docNumbersOf(plans []string) []string {
	var out []string
	for _, p := range plans {
		if strings.Contains(p, "〔") || strings.HasSuffix(p, "号") {
			out = append(out, p)
		}
	}
	return out
}

func factsOf(d *plan.Document, q *Query, byTitle bool) bool {
	if len(q.Cities) > 0 && !contains(q.Cities, d.City) && !(contains(q.Facts, "plans") && underCities(d.City, q.Cities)) {
		return false
	}
	if !namedPlan(d, q.Plans) {
		return false
	}
	// A year asked of goals ("衢州2025年有哪些目标?") is the year they are for, not the year of issue.
	if from, to := q.days(); (!from.IsZero() || !to.IsZero()) && q.DeadlineKind != plan.KindTarget && !slices.Contains(q.Facts, "goals") {
		if !planOfYears(d, from, to) {
			return false
		}
	}
	if byTitle {
		for _, t := range q.Topic {
			if !strings.Contains(d.Title, t) {
				return false
			}
		}
	}
	return true
}

// planOfYears reports whether a plan is one of the days asked ("鄂州2013年那个意见"): signed
// between them, or, when its date of signing is not known or falls outside, of a year between
// theirs by its document number, title or page (Document.Year), or by the year its title is for
// ("2024年工作要点" signed in December 2023).
func planOfYears(d *plan.Document, from, to plan.Day) bool {
	in := func(day plan.Day) bool {
		return !day.IsZero() && (from.IsZero() || !day.Before(from)) && (to.IsZero() || !to.Before(day))
	}
	if in(d.Issued) {
		return true
	}
	inYear := func(y int) bool {
		return y > 0 && (from.IsZero() || y >= from.Year) && (to.IsZero() || y <= to.Year)
	}
	if d.Issued.IsZero() && inYear(d.Year()) {
		return true
	}
	if m := reTitleYear.FindString(d.Title); m != "" {
		y, _ := strconv.Atoi(strings.TrimSuffix(m, "年"))
		return inYear(y)
	}
	return false
}

// unloadedPlace is the place a question about a plan opens its words with when no loaded plan is
// of that place ("泰州" in 泰州优化营商环境行动方案), "" otherwise.
func (e *Engine) unloadedPlace(q *Query) string {
	if len(q.Cities) > 0 || len(q.Plans) > 0 || len(q.Topic) == 0 {
		return ""
	}
	rs := []rune(q.Topic[0])
	if len(rs) < 3 {
		return ""
	}
	short := string(rs[:2])
	for _, lvl := range []string{"市", "县", "区", "省"} {
		if plan.ProvinceOf(short+lvl) == "" {
			continue
		}
		for _, c := range e.kb.Directory().Cities() {
			if strings.Contains(c, short) {
				return "" // a loaded plan's place
			}
		}
		if e.titlesHold([]string{short}) {
			return ""
		}
		return short + lvl
	}
	return ""
}

// plansByTitleTerm is the plans (one to three) whose titles hold one of the terms, its characters in
// order, the words that ask for a fact cut off its end ("营商环境措施依据" is 营商环境措施); nil when no
// term of four characters or more names so few.
func (e *Engine) plansByTitleTerm(terms []string) []string {
	for _, t := range terms {
		t = reFactWordEnd.ReplaceAllString(t, "")
		if utf8.RuneCountInString(t) < 4 {
			continue
		}
		var ids []string
		for _, d := range e.kb.Docs() {
			if d.Title != "" && gapHolds(titleQuotes.Replace(d.Title), t) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) > 0 && len(ids) <= 3 {
			return ids
		}
	}
	return nil
}

// reFactWordEnd is a fact's word a topic term ends with: 依据, 文号, 印发, 日期.
var reFactWordEnd = regexp.MustCompile(`(?:的)?(?:依据|根据|文号|印发|日期|时间|发文|名称|标题)$`)

// titlesHold reports whether some plan's title holds every term.
func (e *Engine) titlesHold(terms []string) bool {
	for _, d := range e.kb.Docs() {
		all := true
		for _, t := range terms {
			all = all && strings.Contains(d.Title, t)
		}
		if all {
			return true
		}
	}
	return false
}

// reHowManyItems asks how many tasks a plan has.
var reHowManyItems = regexp.MustCompile(`(?:几|多少)(?:项|个|条|件)(?:任务|工作|事项|重点工作)?(?:[^文方]|$)|(?i)\bhow many (?:tasks|items)\b`)

// factPart is a part of a question about plans that asks for what their text says ("经哪次会议审议
// 通过?"), read once for every plan asked about: at 10,000 plans a question that names none reads
// every plan's sentences.
type factPart struct {
	title titleQuery // the part as titleScore reads it
	para  paraQuery  // the part's words as bestParagraph looks for them
}

// factParts are the parts of q's text that ask for what a plan's text says: not a fact's, an
// issuer's, the parts', the period's or the list's words, nor only question words.
func factParts(q *Query) []factPart {
	var out []factPart
	for _, part := range strings.FieldsFunc(q.Text, func(r rune) bool { return strings.ContainsRune("?？;；，,", r) }) {
		if reFacts.MatchString(part) || reIssuer.MatchString(part) || asksParts(part) || rePeriodQ.MatchString(part) ||
			rePlanList.MatchString(part) || strings.TrimSpace(stripQuestion(part)) == "" {
			continue
		}
		out = append(out, factPart{newTitleQuery(part), newParaQuery(stripQuestion(part))})
	}
	return out
}

// writeFacts writes the facts asked of d, its task count, and what its text says of the question's
// other parts ("经哪次会议审议通过?"; parts are factParts(q)).
func (e *Engine) writeFacts(c *composer, q *Query, parts []factPart, d *plan.Document, today plan.Day) {
	want := func(f string) bool { return contains(q.Facts, f) }
	c.printf("%s\n", c.planHead(d))
	c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
	writeIdentity(c, q, d)
	if want("period") {
		writePeriod(c, d)
	}
	if want("parts") {
		writeParts(c, q, d)
	}
	if want("goals") {
		writeGoals(c, d, q, today)
	}
	items := e.planItems(d)
	c.printf(c.t("- 任务 %d 项\n", "- %d tasks\n"), len(items))
	if reHowManyItems.MatchString(q.Text) || want("parts") {
		// "分解了几个方面多少项任务?": what the plan's own opening says it holds ("6个方面243项工作任务").
		if snt := statedInOpening(d); snt != "" {
			c.printf(c.t("- 文中写明：“%s”\n", "- the text says: “%s”\n"), snt)
		}
	}
	if reHowManyItems.MatchString(q.Text) {
		// "表里列了几项工作?": the answer is about those tasks.
		for _, it := range items {
			for _, r := range it {
				c.task(r)
			}
		}
	}
	for _, part := range parts {
		if part.title.score(d.Title) > 0.5 {
			continue
		}
		if s, cov := bestParagraphFrom(d, part.para, 0.5); cov >= 0.5 {
			c.printf("- “%s”", s)
			if days := daysWritten(s); len(days) > 0 {
				c.printf("（%s）", strings.Join(days, c.t("、", ", ")))
			}
			c.printf("\n")
		}
	}
}

// daysWritten are the days a sentence writes in full ("已经2025年10月29日区政府第136次常务会议通过"), as
// YYYY-MM-DD: the day a fact asked of the plan's text happened on, as the answers give days.
func daysWritten(s string) []string {
	var out []string
	for _, m := range reYMD.FindAllStringSubmatch(s, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 {
			out = append(out, plan.NewDay(y, time.Month(mo), dd).String())
		}
	}
	return out
}

// statedInOpening is the sentence of d's opening (before its tasks) that states how many tasks or
// parts it has: "现将《政府工作报告》2023年6个方面243项工作任务予以分解印发".
func statedInOpening(d *plan.Document) string {
	for _, p := range d.Paras {
		if p.TaskID != "" {
			break
		}
		for _, snt := range sentences(p.Text) {
			if reStatedCount.MatchString(snt) || reStatedParts.MatchString(snt) {
				return plan.Clip(strings.TrimSpace(snt), 120)
			}
		}
	}
	return ""
}

// reStatedParts is a count of a plan's parts and tasks said together: 6个方面243项.
var reStatedParts = regexp.MustCompile(`\d+\s*个方面\s*\d+\s*(?:项|条)`)

// reTitleYear is a year a title names: 2021年 in 江门市卫生健康局2021年政务公开工作要点.
var reTitleYear = regexp.MustCompile(`(?:19|20)\d{2}年`)

// writeIdentity writes who issued d, its number and its date, as asked; a fact the plan does not
// give is said so plainly (没有写明), as an answer of "no" to that question (a plan named by its number
// alone has its number and date, unless its parts or period were asked).
func writeIdentity(c *composer, q *Query, d *plan.Document) {
	want := func(f string) bool { return contains(q.Facts, f) }
	named := len(q.Plans) > 0 && !want("parts") && !want("period")
	if want("sent_to") {
		if to := addressees(d); to != "" {
			c.printf(c.t("- 发给（主送）：%s\n", "- sent to: %s\n"), to)
		} else {
			c.b.WriteString(c.t("- 发给（主送）：文中没有写明\n", "- sent to: the text does not say\n"))
		}
	}
	if want("scope") {
		if ss := scopeSentences(d); len(ss) > 0 {
			for _, x := range ss {
				c.printf(c.t("- 适用范围：“%s”\n", "- applies to: “%s”\n"), x)
			}
		} else {
			c.b.WriteString(c.t("- 适用范围：文中没有写明\n", "- applies to: the text does not say\n"))
		}
	}
	if want("repeals") {
		if ss := repeals(d); len(ss) > 0 {
			for _, x := range ss {
				c.printf(c.t("- 废止：“%s”\n", "- repeals: “%s”\n"), x)
			}
		} else {
			c.b.WriteString(c.t("- 废止：文中没有写明废止哪个文件\n", "- repeals: the text names no document it repeals\n"))
		}
	}
	if want("interpret") {
		if who, snt := interpreter(d); who != "" {
			c.printf(c.t("- 负责解释：%s（“%s”）\n", "- interpreted by: %s (“%s”)\n"), who, snt)
		} else {
			c.b.WriteString(c.t("- 负责解释：文中没有写明\n", "- interpreted by: the text does not say\n"))
		}
	}
	if want("basis") {
		if docs := basis(d); len(docs) > 0 {
			c.printf(c.t("- 制定依据：%s\n", "- made under: %s\n"), strings.Join(docs, c.t("；", "; ")))
		} else {
			c.b.WriteString(c.t("- 制定依据：文中没有写明依据的文件\n", "- made under: the text cites no document\n"))
		}
	}
	if want("issuer") {
		if who := issuer(d); who != "" {
			c.printf(c.t("- 印发单位：%s\n", "- issued by: %s\n"), who)
		} else {
			c.b.WriteString(c.t("- 印发单位：文中没有写明\n", "- issued by: the text does not say\n"))
		}
		if who := drafters(d); len(who) > 0 {
			c.printf(c.t("- 制定单位：%s\n", "- drawn up by: %s\n"), strings.Join(who, "、"))
		}
	}
	if want("title") && d.Title == "" {
		// "甘政发(2022)9号是关于什么的?" of a text with no title: what it opens with says what it is about.
		if s := openingSentence(d); s != "" {
			c.printf(c.t("- 标题：文中未见标题；正文开头：“%s”\n", "- title: none in the text; it opens: “%s”\n"), s)
		}
	}
	if want("number") || want("title") || named {
		if n := docNumber(d); n != "" {
			c.printf(c.t("- 文号：%s\n", "- document number: %s\n"), n)
		} else {
			c.b.WriteString(c.t("- 文号：文中没有写明本方案的文号\n", "- document number: the text gives none\n"))
		}
	}
	if want("issued") || want("title") || want("issuer") || named {
		if !d.Issued.IsZero() {
			c.printf(c.t("- 印发（成文）日期：%s\n", "- issued (signed): %s\n"), d.Issued)
		} else {
			c.b.WriteString(c.t("- 印发日期：文中没有写明成文日期", "- issued: the text gives no date"))
			if y := reTitleYear.FindString(d.Title); y != "" {
				c.printf(c.t("（标题所示年份：%s）", " (its title names %s)"), y)
			}
			c.b.WriteString("\n")
		}
		if !d.Published.IsZero() && d.Published != d.Issued {
			c.printf(c.t("- 网页发布日期：%s\n", "- published on its page: %s\n"), d.Published)
		}
	}
}

// writePeriod writes the span of years d covers: from its title, else from its text.
func writePeriod(c *composer, d *plan.Document) {
	switch m, quote := rePeriod.FindString(d.Title), periodInText(d); {
	case m != "":
		c.printf(c.t("- 实施期：%s\n", "- period: %s\n"), m)
	case quote != "":
		snt := sentenceHolding(d, quote)
		c.printf(c.t("- 实施期：“%s”\n", "- period: “%s”\n"), snt)
		if m := reInForceFrom.FindStringSubmatch(snt); m != nil {
			if day, ok := plan.ParseFullDate(m[1]); ok {
				c.printf(c.t("- 施行日期：%s\n", "- in force from: %s\n"), day)
			}
		} else {
			writeInForce(c, d)
		}
		if m := reSpanStart.FindStringSubmatch(quote); m != nil && !d.Period.IsZero() {
			// "从8月1日起至10月30日": the campaign's first day, in its period's year.
			mo, _ := strconv.Atoi(m[1])
			day, _ := strconv.Atoi(m[2])
			if start := plan.NewDay(d.Period.Year, time.Month(mo), day); mo >= 1 && mo <= 12 && start.Day == day && !d.Period.Before(start) {
				c.printf(c.t("- 开始日期：%s\n", "- from: %s\n"), start)
			}
		}
		if end, _, ok := plan.ValidUntil(snt); ok {
			c.printf(c.t("- 截止日期：%s\n", "- until: %s\n"), end)
		} else if !d.Period.IsZero() && quote == d.PeriodQuote {
			c.printf(c.t("- 截止日期：%s\n", "- until: %s\n"), d.Period)
		}
	case timeSection(d) != "":
		// "二、活动时间 / 20xx年1月10日至3月31日": the part of the plan that says when.
		c.printf(c.t("- 时间：“%s”\n", "- time: “%s”\n"), timeSection(d))
		writeInForce(c, d)
	default:
		c.b.WriteString(c.t("- 实施期（有效期）：方案没有写明起止年份\n", "- period: the plan gives no years\n"))
		writeInForce(c, d)
	}
}

// reSpanStart is the first day of a campaign's span with no year: "从8月1日起至…".
var reSpanStart = regexp.MustCompile(`(?:从|自)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

// writeInForce writes the day the plan says it takes effect ("本实施方案自2023年12月31日起施行"), from
// its own paragraphs, when it says one.
func writeInForce(c *composer, d *plan.Document) {
	for _, p := range d.Paras {
		if !strings.Contains(p.Text, "起") { // in a task's words too: a last item may hold it
			continue
		}
		if m := reInForceFrom.FindStringSubmatch(p.Text); m != nil {
			if day, ok := plan.ParseFullDate(m[1]); ok {
				c.printf(c.t("- 施行日期：%s（“%s”）\n", "- in force from: %s (“%s”)\n"), day, plan.Clip(strings.TrimSpace(m[0]), 60))
				return
			}
		}
	}
}

// reInForceFrom is the day a plan takes effect: "自2023年1月26日起施行".
var reInForceFrom = regexp.MustCompile(`自\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*起(?:施行|执行|实施|实行|生效)`)

// sentenceHolding is the sentence of a plan's own paragraphs that holds quote ("本意见自2023年1月26日
// 起施行，有效期至2027年12月31日"), clipped; the quote itself when none does.
func sentenceHolding(d *plan.Document, quote string) string {
	for _, p := range d.Paras {
		i := strings.Index(p.Text, quote)
		if i < 0 {
			continue
		}
		start := 0
		if k := strings.LastIndexAny(p.Text[:i], "。；;\n"); k >= 0 {
			_, size := utf8.DecodeRuneInString(p.Text[k:])
			start = k + size
		}
		end := len(p.Text)
		if k := strings.IndexAny(p.Text[i:], "。；;\n"); k >= 0 {
			end = i + k
		}
		return plan.Clip(strings.TrimSpace(p.Text[start:end]), 80)
	}
	return quote
}

// timeSection is the first paragraph under a heading that names the plan's time (活动时间, 实施时间,
// 时间安排), clipped; "" when there is none.
func timeSection(d *plan.Document) string {
	for _, p := range d.Paras {
		head := lastSection(p.Section)
		if t := strings.TrimSpace(p.Text); reTimeHeading.MatchString(head) && t != "" && !strings.Contains(head, t) {
			return plan.Clip(strings.TrimSpace(p.Text), 80)
		}
	}
	return ""
}

var reTimeHeading = regexp.MustCompile(`(?:活动|实施|工作|整治|行动|执行)(?:时间|期限|时限)|时间安排|时间节点|起止时间`)

// writeParts writes the parts d is divided into, or those of the part the question names.
func writeParts(c *composer, q *Query, d *plan.Document) {
	head, parts := planParts(d, q.Text)
	if len(parts) == 0 {
		c.b.WriteString(c.t("- 结构：文中没有分部分的标题\n", "- parts: the text has no headings\n"))
		return
	}
	named := head
	if head == "" {
		head = c.t("正文", "the plan")
	}
	c.printf(c.t("- %s分 %d 部分：\n", "- %s in %d parts:\n"), head, len(parts))
	for _, part := range parts {
		c.printf("  - %s\n", part)
	}
	if named == "" || !strings.Contains(q.Text, reTopHeading.ReplaceAllString(named, "")) {
		return // the parts of the tasks (几个方面的任务), not a part asked about by name
	}
	// The part asked about ("“释放汽车消费潜力”这部分有哪些"): its tasks are what it holds.
	for i := range d.Tasks {
		if t := &d.Tasks[i]; t.Section == named || strings.HasPrefix(t.Section, named+plan.SectionSep) {
			c.task(retrieval.TaskRef{Doc: d, Task: t})
		}
	}
}

// writePassedTargets lists, when no goal of the plan's has passed, its tasks whose own targets have
// ("到2015年…达到…" in a task): what "哪些目标已经过期了" asks of a plan whose goals are in its tasks.
func writePassedTargets(c *composer, d *plan.Document, today plan.Day) {
	n := 0
	for i := range d.Tasks {
		t := &d.Tasks[i]
		var when []string
		for _, dl := range t.Deadlines {
			if dl.Kind == plan.KindTarget && !dl.Inherited && dl.Date.Before(today) {
				when = append(when, dl.Date.String())
			}
		}
		if len(when) == 0 {
			continue
		}
		if n == 0 {
			c.printf("%s", c.t("- 目标期限已过的任务：\n", "- tasks whose targets' years have passed:\n"))
		}
		n++
		c.printf("  - %s %s · %s\n", itemNumber(t), itemTitle(t), strings.Join(when, c.t("、", ", ")))
		c.task(retrieval.TaskRef{Doc: d, Task: t})
	}
}

// writeGoals writes a plan's goals, each cited.
func writeGoals(c *composer, d *plan.Document, q *Query, today plan.Day) {
	gs := goals(d, 6)
	if len(gs) == 0 {
		c.b.WriteString(c.t("- 目标：方案没有写带数字的目标\n", "- goals: the plan sets no figures\n"))
		if why := purpose(d); why != "" {
			c.printf(c.t("- 制定目的：“%s”\n", "- its purpose: “%s”\n"), why)
		}
		if q.Status == StatusOverdue {
			writePassedTargets(c, d, today)
		}
	}
	if q.Status == StatusOverdue && len(gs) > 0 {
		// "哪些目标已经过了期限?": the goals whose year has ended, said as such.
		var past []goal
		for _, g := range gs {
			if d := goalDay(g.text); !d.IsZero() && d.Before(today) {
				past = append(past, g)
			}
		}
		if len(past) == 0 {
			c.printf(c.t("- 截至 %s，没有期限已过的目标\n", "- as of %s, no goal's year has passed\n"), today)
			writePassedTargets(c, d, today)
		} else {
			c.printf(c.t("- 截至 %s，期限已过的目标 %d 项\n", "- as of %s, %d goals' years have passed\n"), today, len(past))
		}
		gs = past
	}
	// A year asked of the goals that none of them names: say so before the goals it does set.
	if from, _ := q.days(); !from.IsZero() && len(gs) > 0 {
		year := strconv.Itoa(from.Year) + "年"
		named := false
		for _, g := range gs {
			named = named || strings.Contains(g.text, year)
		}
		if !named {
			c.printf(c.t("- 方案没有单独写明%s的目标，写明的目标如下\n", "- the plan sets no goals for %s; the goals it sets:\n"), strings.TrimSuffix(year, c.t("", "年")))
			writeYearsTasks(c, d, from.Year)
		}
	}
	for _, g := range gs {
		c.printf(c.t("- 目标：“%s”\n", "- goal: “%s”\n"), g.text)
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: g.section})
	}
}

// clauseAround is the clause of text that holds quote ("其中儒学文化产业园力争2023年创成国家级示范园区"),
// or quote when text does not hold it.
func clauseAround(text, quote string) string {
	return strings.TrimSpace(plan.Around(text, quote, "，,。；;\n"))
}

// writeYearsTasks writes the tasks of d that state a date of their own in year ("力争2023年获批建设"):
// what the plan sets for that year when its goals set nothing.
func writeYearsTasks(c *composer, d *plan.Document, year int) {
	n := 0
	for i := range d.Tasks {
		t := &d.Tasks[i]
		for _, dl := range t.Deadlines {
			if dl.Inherited || dl.Date.Year != year {
				continue
			}
			if n == 0 {
				c.printf(c.t("- %d年的任务节点：\n", "- tasks dated in %d:\n"), year)
			}
			c.printf("  - %s %s（“%s”）\n", itemNumber(t), itemTitle(t), plan.Clip(clauseAround(t.Text, dl.Quote), 80))
			c.task(retrieval.TaskRef{Doc: d, Task: t})
			n++
			break
		}
		if n == 8 {
			break
		}
	}
}

// reTitleOrgan is the issuing body at the head of a title: 菏泽市人民政府办公室关于….
var reTitleOrgan = regexp.MustCompile(`^([\p{Han}()（）]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|管委会|政府))关于`)

// reDateLine is a signature's date: 2021年8月9日, 二〇一〇年十二月九日.
var reDateLine = regexp.MustCompile(`^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年`)

// issuer is who issued a plan: the body that signs it (its name on a line of its own above the
// date), else the body at the head of its title or of its notice.
func issuer(d *plan.Document) string {
	if d.Issuer != "" {
		return d.Issuer
	}
	for i, p := range d.Paras {
		t := strings.TrimSpace(p.Text)
		if p.TaskID != "" || !plan.IsOrgan(t) {
			continue
		}
		if i+1 < len(d.Paras) && reDateLine.MatchString(strings.TrimSpace(d.Paras[i+1].Text)) {
			return t
		}
	}
	if m := reTitleOrgan.FindStringSubmatch(d.Title); m != nil {
		return m[1]
	}
	for _, p := range d.Paras {
		if m := reTitleOrgan.FindStringSubmatch(strings.ReplaceAll(p.Text, "!!!", "")); m != nil {
			return m[1]
		}
	}
	return ""
}

// reDrafted is the notice's words on who drew the plan up: "市民政局联合市消防救援总队制定了《…》",
// "现将区绿化市容局制定的《…》予以转发", "区政府办公室转发区消防救援支队制订的《…》的通知",
// "区人民政府批转区应急管理局制订的《…》的通知". The office that passes the plan on (转发, 批转, 印发,
// 转送) is no drafter: its words, up to the verb, are left out of the match's first group.
var reDrafted = regexp.MustCompile(`(?:^|[，,。；;]|现将|经[^，,。]{2,12}同意，?)(?:[^，,。；;《》]{0,40}?(?:转发|批转|印发|转送))?([^，,。；;《》]{2,40}?)(?:制定|制订|拟定|起草|研究制定)(?:了|的)《([^》]+)》`)

// reDrafterJoin joins the bodies that drew a plan up: 联合, 会同, 和, 与, 、.
var reDrafterJoin = regexp.MustCompile(`联合|会同|和|与|、`)

// drafters are the bodies the notice says drew the plan up, when it says so of the plan itself.
func drafters(d *plan.Document) []string {
	for i, p := range d.Paras {
		if p.TaskID != "" || i > 60 {
			break
		}
		if !strings.Contains(p.Text, "《") {
			continue
		}
		for _, m := range reDrafted.FindAllStringSubmatch(p.Text, -1) {
			if titleScore(m[2], d.Title) < 0.8 && !strings.Contains(d.Title, m[2]) {
				continue // another document it names
			}
			who := m[1]
			var out []string
			for _, u := range reDrafterJoin.Split(strings.TrimPrefix(strings.TrimPrefix(who, "现将"), "由"), -1) {
				if u = strings.TrimSpace(u); u != "" && plan.IsOrgan(u) {
					out = append(out, u)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// reCited is a document a plan cites with its number: 《…》(国办发〔2019〕39号), the number optional.
// The bracket may go on after the number ("(国办发〔2010〕29号,以下简称《若干意见》)"): cited shows the title
// and its number alone.
var reCited = regexp.MustCompile(`《(?:[^《》]|〈[^〉]*〉){4,80}》(?:\s*([(（])\s*([^()（）]{2,24}?[〔【\[]\s*(?:\d\s*){4}[〕】\]]\s*第?\s*(?:\d\s*)+号)\s*(?:[，,；;][^()（）]{0,30})?([)）]))?`)

// cited is one match of reCited, written as the title and its number.
func citedDoc(t string, loc []int) string {
	if loc[2] < 0 {
		return t[loc[0]:loc[1]]
	}
	// A number a spaced copy writes "郑政办〔 20 21 〕 15 号" is said as the plan means it.
	return strings.TrimRight(t[loc[0]:loc[2]], " ") + t[loc[2]:loc[3]] + strings.Join(strings.Fields(t[loc[4]:loc[5]]), "") + t[loc[6]:loc[7]]
}

// reNamedShort is how a plan names a document it cited a moment ago by a short name: "以下简称《若干意见》".
var reNamedShort = regexp.MustCompile(`(?:简称|下称|称为|称)\s*$`)

// reBasisLead is the phrase that says a plan is made under what follows: 根据, 依据, 按照 … 精神/要求.
var reBasisLead = regexp.MustCompile(`(?:根据|依据|依照|按照|贯彻落实|为落实|为贯彻|(?:深入|认真|全面)(?:贯彻|落实)|[，,；;]\s*落实《)`)

// reScopeSentence is a sentence that says where a plan applies: 本意见适用于安阳市区, 各县（市）可参照执行.
var reScopeSentence = regexp.MustCompile(`适用于|适用范围|参照(?:本(?:意见|方案|通知|办法|措施))?(?:执行|实施)`)

// scopeSentences are the sentences of a plan that say where it applies, in order, at most three.
func scopeSentences(d *plan.Document) []string {
	var own, other []string
	for _, p := range d.Paras {
		if !reScopeSentence.MatchString(p.Text) {
			continue
		}
		for _, snt := range sentences(p.Text) {
			snt = plan.Clip(strings.TrimSpace(snt), 120)
			switch {
			case !reScopeSentence.MatchString(snt) || slices.Contains(own, snt) || slices.Contains(other, snt):
			case reOwnScope.MatchString(snt):
				own = append(own, snt) // "本意见适用于安阳市区"
			case p.TaskID == "":
				other = append(other, snt) // "各县（市）可参照执行", outside the tasks
			}
		}
	}
	out := append(own, other...)
	return out[:min(len(out), 3)]
}

// reInterpreter is who a plan says interprets it: "由市房管中心负责解释", "解释权归市住建局".
var reInterpreter = regexp.MustCompile(`由([^，,。；;由]{2,30}?)负责(?:对本\p{Han}{1,4})?解释|解释权归(?:属)?(?:于)?([^，,。；;]{2,30})`)

// interpreter is the body d says interprets it, with the sentence that says so; "" when none does.
// repeals are the sentences of d that say what it repeals or replaces ("…自印发之日起施行，《…》（嘉水务
// 〔2019〕317号）同时废止。").
func repeals(d *plan.Document) []string {
	var out []string
	for _, p := range d.Paras {
		if !reRepeals.MatchString(p.Text) {
			continue
		}
		for _, snt := range sentences(p.Text) {
			if reRepeals.MatchString(snt) && len(out) < 3 {
				out = append(out, plan.Clip(strings.TrimSpace(snt), 160))
			}
		}
	}
	return out
}

// reRepeals is a sentence's word that a document stops being in force: 同时废止, 停止执行.
var reRepeals = regexp.MustCompile(`废止|停止执行|不再执行|同时失效|予以作废`)

func interpreter(d *plan.Document) (who, sentence string) {
	for _, p := range d.Paras {
		if !strings.Contains(p.Text, "解释") {
			continue
		}
		for _, snt := range sentences(p.Text) {
			if m := reInterpreter.FindStringSubmatch(snt); m != nil {
				return m[1] + m[2], plan.Clip(strings.TrimSpace(snt), 120)
			}
		}
	}
	return "", ""
}

// reOwnScope is a sentence about the plan itself: 本意见, 本方案, 本措施 ….
var reOwnScope = regexp.MustCompile(`本(?:意见|方案|措施|办法|通知|规定|细则|计划)`)

// reBasisEnd ends the words that say what a plan is made under: what follows is the plan itself.
var reBasisEnd = regexp.MustCompile(`现将|现印发|特制定|制定本|制定如下|现提出|现就|印发给你们`)

// clauseEndOutsideTitles is where the first clause of s ends (a comma or stop outside 《》 and
// brackets), -1 when it runs to the end.
func clauseEndOutsideTitles(s string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '《', '(', '（', '〈':
			depth++
		case '》', ')', '）', '〉':
			depth--
		case '，', ',', '。', '；', ';':
			if depth <= 0 {
				return i
			}
		}
	}
	return -1
}

// purpose is what a plan says it is made for, in its opening ("为…，促进房地产市场平稳健康发展，结合
// 我县实际，制定本措施"): the 为 clause up to where the plan names itself; "" when it says none.
func purpose(d *plan.Document) string {
	for i, p := range d.Paras {
		if p.TaskID != "" || i > 60 {
			break // the opening, before the first task (a page's furniture may come first)
		}
		t := strings.TrimSpace(p.Text)
		if !strings.HasPrefix(t, "为") {
			continue
		}
		end := reBasisEnd.FindStringIndex(t)
		if end == nil {
			continue
		}
		why := strings.TrimRight(t[:end[0]], "，, ")
		// "…，结合我县实际": how, not why; a 结合 inside a clause ("放管结合") stays.
		for _, sep := range []string{"，结合", ",结合", "，现结合", ",现结合"} {
			if k := strings.LastIndex(why, sep); k > 0 {
				why = why[:k]
			}
		}
		return plan.Clip(why, 160)
	}
	return ""
}

// basis is what a plan says it is made under: the documents its opening paragraphs cite after 根据
// (依据, 按照, 贯彻落实), each with its number when given; none when the opening cites none.
func basis(d *plan.Document) []string {
	var out []string
	for i, p := range d.Paras {
		if p.TaskID != "" || i > 12 {
			break // the opening, before the first task
		}
		t := p.Text
		if end := reBasisEnd.FindStringIndex(t); end != nil {
			t = t[:end[0]] // "现将《…方案》印发给你们": the plan itself, not what it is made under
		}
		// Each clause a basis word opens: "为深入贯彻落实…部署,…,根据《A》和《B》精神,结合…".
		for _, loc := range reBasisLead.FindAllStringIndex(t, -1) {
			c := strings.TrimLeft(t[loc[0]:], ",，;； ") // "…精神,落实《…》要求": the clause after the comma
			if end := clauseEndOutsideTitles(c); end >= 0 {
				c = c[:end] // "根据…,县政府督查室对《政府工作报告》…": what follows is not the basis
			}
			for _, loc := range reCited.FindAllStringSubmatchIndex(c, -1) {
				if reNamedShort.MatchString(c[:loc[0]]) {
					continue // "以下简称《若干意见》": the document just cited, by a short name
				}
				m := citedDoc(c, loc)
				inner, _, _ := strings.Cut(strings.TrimPrefix(m, "《"), "》")
				if inner == d.Title || slices.ContainsFunc(out, func(o string) bool { return strings.Contains(o, inner+"》") }) {
					continue // the plan itself (印发《…方案》), or named again (in full, or by the tail of its title)
				}
				out = append(out, m)
			}
		}
		if len(out) > 0 {
			return withNumbers(out, d)
		}
	}
	return out
}

// withNumbers gives a cited document named without its number (in a notice's title) the number the
// opening writes after it elsewhere ("为深入贯彻落实《…实施方案》(鲁政办字〔2023〕31号)要求").
func withNumbers(cited []string, d *plan.Document) []string {
	for i, c := range cited {
		if !strings.HasSuffix(c, "》") {
			continue
		}
		for k, p := range d.Paras {
			if p.TaskID != "" || k > 12 {
				break
			}
			for t := p.Text; ; {
				j := strings.Index(t, c)
				if j < 0 {
					break
				}
				if loc := reCited.FindStringSubmatchIndex(t[j:]); loc != nil && loc[0] == 0 && loc[1] > len(c) {
					cited[i] = citedDoc(t[j:], loc)
					break
				}
				t = t[j+len(c):]
			}
			if cited[i] != c {
				break
			}
		}
	}
	return cited
}

// addressees is the line a notice opens with, the parties it is sent to ("各乡镇人民政府,县政府各部门、
// 各直属机构:"), without its colon; "" when the text has none.
// openingSentence is the first sentence of d's text after its number and addressees ("为全面完成…，省政府
// 决定，将《政府工作报告》主要指标和重点任务予以分解下达。"), clipped; "" when the text opens with a task.
func openingSentence(d *plan.Document) string {
	for _, p := range d.Paras {
		if p.TaskID != "" {
			break
		}
		t := strings.TrimSpace(p.Text)
		addressed := (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && !strings.Contains(t, "。")
		if utf8.RuneCountInString(t) < 12 || addressed || reDocNumberOnly.MatchString(t) {
			continue
		}
		if i := strings.Index(t, "。"); i > 0 {
			t = t[:i+len("。")]
		}
		return plan.Clip(t, 120)
	}
	return ""
}

// reDocNumberOnly is a paragraph that holds a document number and little else.
var reDocNumberOnly = regexp.MustCompile(`^[^。，,]{0,30}〔\d{4}〕\d+号[^。，,]{0,10}$`)

func addressees(d *plan.Document) string {
	for _, p := range d.Paras {
		if p.TaskID != "" {
			break // the notice opens the text; a task's "各镇要做好以下工作：" is none
		}
		t := strings.TrimSpace(p.Text)
		if strings.HasPrefix(t, "各") && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && utf8.RuneCountInString(t) <= 80 {
			return strings.TrimRight(t, ":：")
		}
	}
	return ""
}

// namedPlan reports whether a plan is one of those a question names (by ID or by document number,
// however bracketed); true when it names none.
func namedPlan(d *plan.Document, plans []string) bool {
	if len(plans) == 0 || contains(plans, d.ID) {
		return true
	}
	n := docNumber(d)
	return n != "" && contains(plans, NormalizeDocNumber(n))
}

// docNumber is a plan's document number: the one the parser read, else the first number that
// follows the plan's title in its opening paragraphs ("…落实意见(吉政发〔2014〕37号)"), not one it cites
// after another document's title (《…》(国发〔2014〕28号)).
func docNumber(d *plan.Document) string {
	if d.Number != "" || d.Title == "" {
		return d.Number
	}
	for i, p := range d.Paras {
		if i == 12 || p.TaskID != "" {
			break
		}
		at := strings.Index(p.Text, d.Title)
		if at < 0 {
			continue
		}
		after := p.Text[at+len(d.Title):]
		if j := strings.Index(after, "《"); j >= 0 {
			after = after[:j] // what follows another document's title is its number
		}
		if ns, _ := docNumbers(plan.Clip(after, 40)); len(ns) > 0 {
			return ns[0]
		}
	}
	return ""
}

// rePeriodText is how a plan's text states its span: 2012年起5年内, 2023—2027年, 到2025年.
var rePeriodText = regexp.MustCompile(`(?:19|20)\d{2}\s*年?\s*(?:起|开始)[^，。；,]{0,6}?(?:\d+|[一二三四五六七八九十])\s*年(?:内|时间)?|(?:19|20)\d{2}\s*[—–\-－~至到]\s*(?:19|20)\d{2}\s*年`)

// reOwnTerm is a plan speaking of its own term, wherever its paragraph was read ("本政策措施自印发之日
// 起实施，有效期至2026年3月31日" closing its last item).
var reOwnTerm = regexp.MustCompile(`本(?:政策措施|若干措施|措施|方案|意见|通知|办法|计划|细则|预案|规定|规则)[^。]{0,20}有效期`)

// periodInText is the phrase of a plan's own text that gives its span of years, "" when none does.
func periodInText(d *plan.Document) string {
	for _, p := range d.Paras {
		if m := rePeriodText.FindString(p.Text); m != "" {
			return m
		}
	}
	if d.PeriodQuote == "" || !strings.Contains(d.PeriodQuote, "有效期") {
		// "本措施自印发之日起施行，有效期至2026年3月31日": the term the plan states of itself, though
		// its period was read elsewhere (its title's quarter).
		for _, p := range d.Paras {
			if p.TaskID != "" && !reOwnTerm.MatchString(p.Text) {
				continue // a task's "政策执行至2025年4月30日" is that policy's term
			}
			if _, quote, ok := plan.ValidUntil(p.Text); ok {
				return quote
			}
			if m := reTermLength.FindString(p.Text); m != "" && reOwnTerm.MatchString(p.Text) {
				return m // "本措施自发布之日起施行，有效期2年": a term by its length
			}
		}
	}
	return d.PeriodQuote
}

// reTermLength is a term given by its length: 有效期2年, 有效期为三年, 试行期一年.
var reTermLength = regexp.MustCompile(`(?:有效期|试行期|执行期)(?:为|是)?\s*(?:\d+|[一二两三四五六七八九十])\s*(?:年|个月)`)

// reTopHeading is a heading of a plan's first level: 一、总体目标.
var reTopHeading = regexp.MustCompile(`^[一二三四五六七八九十]+、`)

// planParts are the parts a plan is divided into: its first-level headings, or the headings under
// the one the question names ("重点任务分成哪几块": the headings under 三、重点任务). head says which.
func planParts(d *plan.Document, question string) (head string, parts []string) {
	var tops []string
	for _, p := range d.Paras {
		top := plan.TopSection(p.Section)
		if reTopHeading.MatchString(top) && !contains(tops, top) {
			tops = append(tops, top)
		}
	}
	for _, top := range tops {
		name := reTopHeading.ReplaceAllString(top, "")
		if utf8.RuneCountInString(name) >= 2 && strings.Contains(question, name) {
			if sub := subHeadings(d, top); len(sub) > 0 {
				return top, sub
			}
			// A heading with no headings under it: what its paragraphs say.
			if says := sectionSays(d, top); len(says) > 0 {
				return top, says
			}
		}
	}
	if reTaskAspects.MatchString(question) {
		// "这个方案有几个方面的任务?": the headings the tasks fall under, not the plan's own parts (工作
		// 目标, 重点任务): the first-level headings that hold tasks, or, when one holds them all, the
		// headings under it.
		var held []string
		for _, top := range tops {
			if slices.ContainsFunc(d.Tasks, func(t plan.Task) bool { return plan.TopSection(t.Section) == top }) {
				held = append(held, top)
			}
		}
		if len(held) == 1 {
			if sub := subHeadings(d, held[0]); len(sub) > 1 {
				return held[0], sub
			}
		}
		if len(held) > 1 {
			return "", held
		}
	}
	return "", tops
}

// reTaskAspects asks into how many fields a plan's tasks fall: 几个方面的任务, 任务分为哪几块,
// 工作分成几大类.
var reTaskAspects = regexp.MustCompile(`(?:几|哪几|哪些)(?:个|大)?(?:方面|领域|板块|类)的?(?:任务|工作)|(?:任务|工作)(?:分成|分为|分了|分解[成为]?|包括|有|涉及|覆盖)了?(?:哪|多少)?几?(?:个|大)?(?:方面|领域|板块|块|类)`)

// sectionSays is the first sentence of each paragraph of a section (at most six).
func sectionSays(d *plan.Document, section string) []string {
	var says []string
	for _, p := range d.Paras {
		if p.Section == section && len(says) < 6 {
			if ss := sentences(p.Text); len(ss) > 0 {
				says = append(says, plan.Clip(ss[0], 60))
			}
		}
	}
	return says
}

// subHeadings are the headings right under a section of a plan, in order.
func subHeadings(d *plan.Document, section string) []string {
	var out []string
	for _, p := range d.Paras {
		rest, ok := strings.CutPrefix(p.Section, section+plan.SectionSep)
		if !ok {
			continue
		}
		sub := plan.TopSection(rest)
		if sub = plan.Clip(strings.TrimSpace(sub), 40); sub != "" && !contains(out, sub) {
			out = append(out, sub)
		}
	}
	return out
}

// charCoverage is the share of the Han characters of q that t holds.
func charCoverage(q, t string) float64 {
	n, got := 0, 0
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			n++
			if strings.ContainsRune(t, r) {
				got++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(got) / float64(n)
}

// bestParagraph returns the sentence of a plan that holds most of the words of q, with how much.
func bestParagraph(d *plan.Document, q string) (string, float64) {
	return bestParagraphFrom(d, newParaQuery(q), 0)
}

// paraQuery is the words of a question as bestParagraph looks for them, worked out once for many
// plans: its terms, and its distinct Han characters with how often each occurs in it.
type paraQuery struct {
	terms retrieval.Terms
	han   []rune
	times []int
	n     int // Han characters in the question, with repeats (what charCoverage divides by)
}

func newParaQuery(q string) paraQuery {
	pq := paraQuery{terms: retrieval.QueryTerms(q)}
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			pq.n++
			if i := slices.Index(pq.han, r); i >= 0 {
				pq.times[i]++
			} else {
				pq.han = append(pq.han, r)
				pq.times = append(pq.times, 1)
			}
		}
	}
	return pq
}

// cover is charCoverage(q, t) and retrieval.Coverage(q, t) for the question pq is of; with floor > 0,
// a text whose Han characters cannot bring either measure to floor gets 0 without its terms being
// looked for (its true figure is below floor).
func (pq paraQuery) cover(t string, floor float64) float64 {
	got := 0
	var in [16]bool
	held := in[:0]
	if len(pq.han) > len(in) {
		held = make([]bool, 0, len(pq.han))
	}
	for i, r := range pq.han {
		ok := strings.ContainsRune(t, r)
		held = append(held, ok)
		if ok {
			got += pq.times[i]
		}
	}
	chars := 0.0
	if pq.n > 0 {
		chars = float64(got) / float64(pq.n)
	}
	if floor > 0 && chars-0.2 < floor && pq.terms.Bound(func(r rune) bool {
		i := slices.Index(pq.han, r)
		return i < 0 || held[i] // a character of a term is one of the question's
	}) < floor {
		return 0
	}
	// Within one plan, the question's characters count too, a little less than its pairs:
	// "哪次会上通过" is said "第76次常务会议审议通过".
	return max(pq.terms.Coverage(t), chars-0.2)
}

// bestParagraphFrom is bestParagraph for a question read once; with floor > 0, only a sentence that
// reaches floor is looked at closely, and the best is "" when none does.
func bestParagraphFrom(d *plan.Document, pq paraQuery, floor float64) (string, float64) {
	best, bestCov := "", 0.0
	for _, p := range d.Paras {
		if floor > 0 && pq.cover(p.Text, floor) == 0 {
			continue // a sentence holds no more of the question than its paragraph
		}
		for _, s := range sentences(p.Text) {
			if cov := pq.cover(s, floor); cov > bestCov {
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
		// A paragraph that opens with its year is a stage of the goals ("2025年底前…", then
		// "2027年底前…"), one that opens with its number a goal of its own ("（四）建立…机制"): each has
		// its first sentences, up to n in all; otherwise the first three sentences are the goals.
		_, head, _ := strings.Cut(p.Section, " > ")
		if i := strings.LastIndex(head, " > "); i >= 0 {
			head = head[i+len(" > "):]
		}
		stage := reStageOpen.MatchString(p.Text) || head != "" && reStageOpen.MatchString(head)
		if len(out) >= min(n, 3) && !stage {
			return out
		}
		taken := 0
		for _, s := range datedFiguresFirst(sentences(p.Text), min(n, 3)) {
			if utf8.RuneCountInString(s) < 12 {
				continue
			}
			if len(out) == n || !stage && len(out) == min(n, 3) || stage && taken == 3 {
				break
			}
			out = append(out, goal{p.Section, plan.Clip(s, 120)})
			taken++
		}
		if len(out) == n {
			return out
		}
	}
	return out
}

// datedFiguresFirst puts first the sentences that set a figure for a year ("2021年，新增机制砂年产能200万方")
// when some stand beyond the first k, which would cut them: a goals paragraph that runs on from its
// aims into its years' figures (a page flattened to one line: "工作目标深入贯彻…二、年度目标2019年下半年…")
// has those figures as its goals. The order is kept otherwise.
func datedFiguresFirst(ss []string, k int) []string {
	dated := func(s string) bool { return reGoalDate.MatchString(s) && reQuantity.MatchString(s) }
	late := false
	for i, s := range ss {
		if i >= k && dated(s) {
			late = true
			break
		}
	}
	if !late {
		return ss
	}
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if dated(s) {
			out = append(out, s)
		}
	}
	for _, s := range ss {
		if !dated(s) {
			out = append(out, s)
		}
	}
	return out
}

// reStageOpen is a paragraph of goals that opens with the year of its stage (2025年底前, 到2027年)
// or with its own number ((四), 2.).
var reStageOpen = regexp.MustCompile(`^\s*(?:(?:到|至)?(?:19|20)\d{2}\s*年|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．])`)

// reGoalDate is a date a goal is set for: 到2025年, 力争2026年底, 2027年6月底.
var reGoalDate = regexp.MustCompile(`(到|至|力争|争取|确保|在)?((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月)?`)

// goalDay is the last day of the date a goal's sentence sets it for: the one after 到 or 力争, else
// its last ("与2022年相比，到2028年…" is 2028); zero when it names none.
func goalDay(s string) plan.Day {
	ms := reGoalDate.FindAllStringSubmatch(s, -1)
	if len(ms) == 0 {
		return plan.Day{}
	}
	m := ms[len(ms)-1]
	for _, x := range ms {
		if x[1] != "" && x[1] != "在" {
			m = x
			break
		}
	}
	y, _ := strconv.Atoi(m[2])
	if mo, _ := strconv.Atoi(m[3]); mo >= 1 && mo <= 12 {
		return plan.NewDay(y, time.Month(mo)+1, 0)
	}
	return plan.NewDay(y, time.December, 31)
}

// goalsInWindow writes the goals of the plans in scope that the plans date to the window asked, as a
// task's deadline would be read ("2023年底前，累计争创12个省级现代服务业创新发展区" for "湖州2023年底前要完成
// 什么"), when the question names no party (a goal is no unit's) and what it asks about is in the
// goal's sentence. It reports whether it wrote any.
func goalsInWindow(c *composer, q *Query, docs []*plan.Document) bool {
	from, to := q.days()
	if to.IsZero() || len(docs) > 20 || q.hasUnits() || len(q.DeptTypes) > 0 || len(q.Bodies) > 0 || q.Status != "" && q.Status != StatusDue {
		return false
	}
	n := 0
	for _, d := range docs {
		for _, p := range d.Paras {
			if p.TaskID != "" || !reGoalSection.MatchString(p.Section+" "+p.Text[:min(len(p.Text), 30)]) {
				continue
			}
			for _, s := range sentences(p.Text) {
				if !holdsAll(s, q.Topic) {
					continue
				}
				t := &plan.Task{Deadlines: plan.ParseDeadlinesIn(s, d.Year())}
				if len(duties.Within(t, from, to, q.DeadlineKind, q.Precision)) == 0 {
					continue
				}
				if n == 0 {
					c.b.WriteString(c.t("方案的目标中，期限在这段时间的：\n", "The plans' goals dated to that time:\n"))
				}
				n++
				c.printf("- %s%s：“%s”\n", d.City, c.docLine(d), plan.Clip(s, 120))
				c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: p.Section})
			}
		}
	}
	return n > 0
}

// reGoalSection is the heading of a plan's goals.
var reGoalSection = regexp.MustCompile(`主要目标|发展目标|总体目标|目标任务|总体要求|工作目标`)

// figureGoals are the sentences of a plan's own paragraphs that set a dated figure ("到2027年…突破
// 1600亿元"), with the other stages the same paragraph sets by their years though in words ("到2026年底，
// …达到95%以上。到2027年，力争进入全省…第一方阵"; "到2025年…；到2035年，基本实现…"): a stage is a goal
// once its paragraph sets goals.
func figureGoals(d *plan.Document, n int) []goal {
	var out []goal
	for _, p := range d.Paras {
		if p.TaskID != "" {
			continue
		}
		var stages []string
		figured := false
		for _, s := range strings.FieldsFunc(p.Text, func(r rune) bool { return r == '。' || r == '；' }) {
			if strings.Contains(s, "到20") || strings.Contains(s, "到 20") {
				stages = append(stages, s)
				figured = figured || strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "亿万家个名%")
			}
		}
		if !figured {
			continue
		}
		for _, s := range stages {
			out = append(out, goal{p.Section, plan.Clip(strings.TrimSpace(s), 120)})
			if len(out) == n {
				return out
			}
		}
	}
	return out
}

// search quotes the passages that hold most of a question's words; a question of several parts
// ("总牵头人是谁?办公室设在哪?") is searched part by part.
// attachmentList answers "鹿城方案有几个附件?" with the attachments of the plans asked about, as their
// headings name them (附件1 2023年服务业重点工作任务清单); false when none of them has one.
func (e *Engine) attachmentList(c *composer, q *Query) bool {
	any := false
	docs := e.kb.Docs()
	for _, d := range docs {
		// A question that names no plan nor place asks of the one plan loaded, when there is one.
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) || !namedPlan(d, q.Plans) || len(q.Cities)+len(q.Plans) == 0 && len(docs) > 1 {
			continue
		}
		names := attachmentsOf(d)
		if len(names) == 0 {
			continue
		}
		any = true
		c.printf(c.t("%s 附件 %d 个：\n", "%s has %d attachment(s):\n"), c.planHead(d), len(names))
		for _, n := range names {
			c.printf("- %s\n", n)
		}
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number})
	}
	return any
}

// attachmentsOf are d's attachments, in order: as the notice lists them ("附件：1.…包保责任表 2.…名单",
// every one, printed after the plan or not), else as their headings name them ("附件1 2023年服务业重点
// 工作任务清单").
func attachmentsOf(d *plan.Document) []string {
	var out []string
	for _, p := range d.Paras {
		if p.Section != "通知" || !reAttachListed.MatchString(p.Text) {
			continue
		}
		list := strings.TrimSpace(reAttachListed.ReplaceAllString(p.Text, ""))
		ns := reAttachListNo.FindAllStringSubmatchIndex(list, -1)
		if len(ns) == 0 {
			return []string{"附件 " + list}
		}
		for i, m := range ns {
			end := len(list)
			if i+1 < len(ns) {
				end = ns[i+1][0]
			}
			out = append(out, "附件"+list[m[2]:m[3]]+" "+strings.TrimSpace(list[m[1]:end]))
		}
		return out
	}
	for _, p := range d.Paras {
		top := plan.TopSection(p.Section)
		m := reAttachHeading.FindString(top)
		if m == "" {
			continue
		}
		if k := reAttachEnd.FindStringIndex(top); k != nil {
			m = top[:k[1]] // the heading run on into its first line: up to the kind of document it is
		} else {
			m = plan.Clip(top, 40)
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

var (
	// reAttachListed opens a notice's list of its attachments: "附件：".
	reAttachListed = regexp.MustCompile(`^\s*附件\s*[:：]\s*`)
	// reAttachListNo is an attachment's number in that list: "1.", " 2．", "3、".
	reAttachListNo = regexp.MustCompile(`(?:^|\s)(\d{1,2})\s*[.．、]\s*`)
	// reAttachHeading opens an attachment's section: 附件, 附件1, 附件二.
	reAttachHeading = regexp.MustCompile(`^附件\s*[0-9一二三四五六七八九十]*`)
	// reAttachEnd is the kind of document an attachment's title names last: 清单, 名单, 方案, 表.
	reAttachEnd = regexp.MustCompile(`^附件[^。：:]{0,40}?(?:名单|清单|方案|分工表|一览表|汇总表|任务表|计划表|表|目录|办法|细则|计划|要点)`)
)

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
	if q.attach && e.attachmentList(c, q) {
		return c.answer(q, OutcomeAnswered), nil
	}
	leaders, title := 0, ""
	if len(q.Bodies) > 0 && q.asksWho {
		if title = askedPost(phrase); title != "" {
			leaders = e.bodyPost(c, q, title)
		}
		if leaders == 0 {
			title, leaders = "", e.bodyLeaders(c, q)
		}
	}
	good, err := e.searchParts(ctx, q, parts)
	if err != nil {
		return Answer{}, err
	}
	if leaders > 0 {
		// "湖州工作专班的总牵头人是谁?": the line that names the 总牵头人 answers; the roster's other
		// lines under the same heading (黄桂众（市教育局副局长）) are its members, no leader. What else the
		// passages say stays ("专班办公室设在市发展改革委" for "…专班办公室设在哪?").
		// Asked for a post below the head ("具体负责人是谁?"), the post's lines are written whole and
		// the roster's others (总牵头人 among them) answer something else.
		good = slices.DeleteFunc(good, func(h retrieval.Hit) bool {
			if title != "" {
				return reRosterLine.MatchString(strings.TrimSpace(h.Text))
			}
			return reRosterLine.MatchString(strings.TrimSpace(h.Text)) && !reLeaderTitle.MatchString(h.Text)
		})
	}
	if len(good) == 0 && leaders > 0 {
		return c.answer(q, OutcomeAnswered), nil
	}
	if reAsksEmail.MatchString(q.Text+" "+phrase) && !slices.ContainsFunc(good, func(h retrieval.Hit) bool { return reEmail.MatchString(h.Text) }) {
		// "进展材料发到哪个邮箱?": the sentences that give an address, whatever word stands before it.
		if hs := e.emailHits(q, phrase); len(hs) > 0 {
			good = hs
		}
	}
	if len(good) == 0 {
		c.printf(c.t("方案中没有提到“%s”，无法回答。\n", "The plans do not say (nothing about “%s”).\n"), echo(stripQuestion(phrase)))
		return c.answer(q, OutcomeNoAnswer), nil
	}
	if q.countMembers {
		// "鹿城专班成员单位有多少个": the list the plan gives of them, counted, before it is quoted.
		for _, h := range good {
			if n := memberCount(h.Text); n > 1 {
				c.printf(c.t("%s%s成员单位共 %d 个（按方案所列计）。\n", "%s%s: %d member units, as the plan lists them.\n"), strings.Join(q.bodyWords, ""), strings.Join(q.Bodies, "、"), n)
				break
			}
		}
	}
	outcome := OutcomeAnswered
	if q.asksWho && leaders == 0 && !namesAnyone(good) {
		// "“突出工业主体地位”那项谁负责?" where the passage is a heading's words with no party: the
		// plans do not say who, and the passage shows it.
		c.printf(c.t("方案没有写明“%s”由谁负责。相关内容：\n", "The plans do not say who answers for “%s”. What they say:\n"), echo(stripQuestion(phrase)))
		outcome = OutcomeNoAnswer
	}
	for i, h := range good {
		c.printf("- “%s”\n  — %s %s", h.Text, h.Doc.City, c.docLine(h.Doc))
		if h.Task != nil {
			// Who answers for it, as a list would say.
			c.printf(" · %s %s\n  %s\n", itemNumber(h.Task), itemTitle(h.Task), e.unitsLine(c, h.Doc, []*plan.Task{h.Task}, 0))
			c.task(retrieval.TaskRef{Doc: h.Doc, Task: h.Task})
		} else {
			if h.Section != "" {
				c.printf(" · %s", h.Section)
			}
			c.printf("\n")
			c.cite(Citation{Doc: h.Doc.ID, Title: h.Doc.Title, Number: h.Doc.Number, Section: h.Section})
		}
		if q.asksWhen {
			writeDates(c, h, q)
		}
		if q.asksDone && h.Task != nil {
			e.writeDone(ctx, c, h.Doc, h.Task)
		}
		if i == 0 && q.parts {
			writeSubParts(c, h)
		}
	}
	return c.answer(q, outcome), nil
}

// reMemberLabel opens a body's list of members: "成员单位：", "成员:".
var reMemberLabel = regexp.MustCompile(`成员(?:单位|部门)?\s*[:：]`)

// memberCount is how many members a passage's labelled list of them names ("成员单位:区委组织部、…、
// 区消防救援大队,各街镇" is 29), its names split at 、 and commas outside brackets, up to the end of
// the sentence; 0 when the passage has no such label.
func memberCount(text string) int {
	loc := reMemberLabel.FindStringIndex(text)
	if loc == nil {
		return membersBefore(text)
	}
	n, depth, name := 0, 0, false
	for _, r := range text[loc[1]:] {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			depth = max(depth-1, 0)
		case depth == 0 && strings.ContainsRune("、，,", r):
			if name {
				n++
			}
			name = false
			continue
		case depth == 0 && strings.ContainsRune("。；;\n", r):
			if name {
				n++
			}
			return n
		}
		if !unicode.IsSpace(r) && r != '”' && r != '“' {
			name = true
		}
	}
	if name {
		n++
	}
	return n
}

// reMemberTail closes a list of members that comes before its label: "A、B、…、K为成员单位".
var reMemberTail = regexp.MustCompile(`(?:为|是|作为)(?:其)?成员(?:单位|部门)?(?:[，,。；;\s]|$)`)

// membersBefore is how many members a list written before its label names ("本市成立…领导小组，市消防
// 救援总队、市应急局、…、申通地铁集团为成员单位。" is 11): the clause before 为成员单位, its names split
// at 、 outside brackets, a last 和 or 及 joining one more; 0 when there is no such list.
func membersBefore(text string) int {
	loc := reMemberTail.FindStringIndex(text)
	if loc == nil {
		return 0
	}
	list := []rune(text[:loc[0]])
	depth, start := 0, 0
	for i := len(list) - 1; i >= 0; i-- {
		r := list[i]
		if r == '）' || r == ')' {
			depth++
		} else if (r == '（' || r == '(') && depth > 0 {
			depth--
		} else if depth == 0 && strings.ContainsRune("，,。；;：:\n", r) {
			start = i + 1
			break
		}
	}
	n, depth, last := 1, 0, 0
	for i, r := range list[start:] {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			depth = max(depth-1, 0)
		case depth == 0 && r == '、':
			n, last = n+1, start+i+1
		}
	}
	if n < 2 {
		return 0 // one name is no list
	}
	if tail := string(list[last:]); strings.Contains(tail, "和") || strings.Contains(tail, "及") {
		n++
	}
	return n
}

// reNamesParty is what a passage that says who answers for something holds: a role word, an agent's
// 由, a body or a person in charge.
var reNamesParty = regexp.MustCompile(`负责|牵头|责任|由|主办|承办|组长|召集|分管|[局委办厅]`)

// namesAnyone reports whether a search's passages could say who answers: a task's, or one holding
// a word of a party.
func namesAnyone(hits []retrieval.Hit) bool {
	for _, h := range hits {
		if h.Task != nil || reNamesParty.MatchString(h.Text) {
			return true
		}
	}
	return false
}

// writeDates writes the dates a passage gives, as days, for a question that asks when; asked how
// many days are left, with the days from today to each.
func writeDates(c *composer, h retrieval.Hit, q *Query) {
	ds := plan.ParseDeadlinesIn(h.Text, h.Doc.Year())
	if h.Task != nil && len(ds) == 0 {
		ds = h.Task.Deadlines // the quoted sentence gives none: the task's own (a 完成时限 cell)
		if len(h.Task.Recurring) > 0 {
			// A task that states a time each year or month (a 完成时限 cell of 每年3月底前) is due then,
			// not by the plan's period it inherits.
			ds = slices.DeleteFunc(slices.Clone(ds), func(d plan.Deadline) bool { return d.Inherited })
			for _, r := range h.Task.Recurring {
				c.printf(c.t("  时间：%s（“%s”）\n", "  when: %s (“%s”)\n"), ruleOrWords(c, r), plan.Clip(r.Quote, 40))
			}
		}
	}
	// A span written with its full first day ("2007年12月11日---2008年1月31日", dashes of any number):
	// said whole, its end not again on its own.
	spans := map[plan.Day]bool{}
	for _, m := range reFullSpan.FindAllString(h.Text, 3) {
		from, ok1 := plan.ParseFullDate(reFullSpanSep.Split(m, 2)[0])
		end := plan.ParseDeadlinesIn(m, from.Year)
		if ok1 && len(end) > 0 && from.Before(end[len(end)-1].Date) {
			to := end[len(end)-1].Date
			c.printf(c.t("  日期：%s 至 %s（“%s”）\n", "  dates: %s to %s (“%s”)\n"), from, to, m)
			spans[to] = true
		}
	}
	if len(ds) == 0 && len(spans) == 0 {
		// A passage that sets no deadline may still say the day something stood or was done
		// ("截止2019年12月31日,…全面完成"): its calendar days, as written.
		for _, m := range reFullDay.FindAllString(h.Text, 3) {
			if day, ok := plan.ParseFullDate(m); ok {
				c.printf(c.t("  日期：%s（“%s”）\n", "  date: %s (“%s”)\n"), day, m)
			}
		}
	}
	for _, d := range ds {
		if d.Date.IsZero() || spans[d.Date] {
			continue
		}
		// A span ("2010年9月18日至12月8日") is due by its end; asked when, it is said whole.
		if from, ok := spanStart(d.Quote); ok && from.Before(d.Date) {
			c.printf(c.t("  日期：%s 至 %s（“%s”）\n", "  dates: %s to %s (“%s”)\n"), from, d.Date, d.Quote)
			continue
		}
		c.printf(c.t("  日期：%s（“%s”）", "  date: %s (“%s”)"), d.Date, d.Quote)
		if !q.today.IsZero() && (q.daysLeft || !d.Inherited) {
			// Asked when, a deadline is said with whether it has passed on the day asked ("已过 5 天").
			c.printf("%s", daysLeftNote(c, q.today, d.Date))
		}
		c.printf("\n")
	}
}

// reFullDay is one calendar day written in full: 2019年12月31日.
var reFullDay = regexp.MustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]`)

// reFullSpan is a span of days whose first is written in full: 2007年12月11日---2008年1月31日,
// 2021年9月9日至11月30日; reFullSpanSep is what stands between its days.
var (
	reFullSpan    = regexp.MustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:-{1,3}|—{1,2}|－|–|~|～|至|到)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日`)
	reFullSpanSep = regexp.MustCompile(`\s*(?:-{1,3}|—{1,2}|－|–|~|～|至|到)\s*`)
)

// daysLeftNote says how many days from today a date is: "，还有 9 天", "，今天到期", "，已过 3 天".
func daysLeftNote(c *composer, today, d plan.Day) string {
	n := int(d.Time(12, 0).Sub(today.Time(12, 0)).Round(24*time.Hour) / (24 * time.Hour))
	switch {
	case n > 0:
		return fmt.Sprintf(c.t("，还有 %d 天", "; %d day(s) left"), n)
	case n == 0:
		return c.t("，今天到期", "; due today")
	}
	return fmt.Sprintf(c.t("，已过 %d 天", "; %d day(s) past"), -n)
}

// writeDone says whether a task asked about ("…完成了吗?") is marked done: by whom and when, or which
// of its deciding units have marked their share, or that no mark can be read.
func (e *Engine) writeDone(ctx context.Context, c *composer, doc *plan.Document, t *plan.Task) {
	if e.opt.Done == nil {
		c.b.WriteString(c.t("  完成情况：未连接提醒库，不知是否已标记完成，请向责任单位核实。\n", "  done: no reminder store, so done marks are unknown; check with the units.\n"))
		return
	}
	per := duties.Deciders(doc, t, nil)
	marks, err := e.opt.Done.DoneMarks(ctx, per)
	if err != nil {
		c.b.WriteString(c.t("  完成情况：完成标记暂时读不到。\n", "  done: the done marks could not be read.\n"))
		return
	}
	if m, ok := duties.DoneOf(per, marks); ok {
		c.printf(c.t("  完成情况：已标记完成（%s 于 %s 标记完成）\n", "  done: marked done (by %s on %s)\n"), m.By, m.At.In(plan.Zone()).Format("2006-01-02 15:04"))
		return
	}
	var done, open []string
	for _, p := range per {
		if m, ok := marks[p]; ok {
			done = append(done, fmt.Sprintf(c.t("%s（%s 于 %s 标记完成）", "%s (marked done by %s on %s)"), p.Unit.Name, m.By, m.At.In(plan.Zone()).Format("2006-01-02")))
		} else if p.Unit.Name != "" {
			open = append(open, p.Unit.Name)
		}
	}
	if len(done) > 0 {
		c.printf(c.t("  完成情况：%s；%s尚未标记完成\n", "  done: %s; not yet marked by %s\n"), strings.Join(done, "、"), strings.Join(open, "、"))
		return
	}
	c.b.WriteString(c.t("  完成情况：尚未标记完成\n", "  done: not marked done\n"))
}

// spanStart is the first day of a span of dates a quote gives in full ("2010年9月18日至12月8日").
func spanStart(quote string) (plan.Day, bool) {
	for _, sep := range []string{"至", "到", "—", "－", "-", "~", "～"} {
		if head, _, ok := strings.Cut(quote, sep); ok {
			return plan.ParseFullDate(strings.TrimLeft(head, "(（"))
		}
	}
	return plan.Day{}, false
}

// writeSubParts writes the headings under a passage that says a body is divided ("专班下设几个工作
// 组?").
func writeSubParts(c *composer, h retrieval.Hit) {
	section := h.Section
	if h.Task != nil {
		section = h.Task.Section
	}
	if sub := subHeadings(h.Doc, section); len(sub) > 1 {
		c.printf(c.t("  下分 %d 项：%s\n", "  in %d parts: %s\n"), len(sub), strings.Join(sub, c.t("、", "; ")))
	}
}

// aboutBody reports whether a paragraph is about one of the bodies asked about: its section or text
// names it (工作专班 as 专班 too).
func aboutBody(p plan.Paragraph, bodies []string) bool {
	for _, b := range bodies {
		short := strings.TrimPrefix(b, "工作")
		if strings.Contains(p.Section, short) || strings.Contains(p.Text, short) {
			return true
		}
	}
	return false
}

// holdsAll reports whether text holds every word (a body's, 工作专班 as 专班 too).
func holdsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, strings.TrimPrefix(w, "工作")) {
			return false
		}
	}
	return true
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
		bodySection := "" // the section of the paragraph last naming the body: its roster follows
		for _, p := range d.Paras {
			if aboutBody(p, q.Bodies) {
				bodySection = p.Section
			} else if p.Section != bodySection || p.Section == "" {
				continue // another body's leader
			}
			text := p.Section + "\n" + p.Text
			for _, ix := range reBodyLeader.FindAllStringIndex(text, -1) {
				if strings.HasSuffix(text[:ix[0]], "副") {
					continue // 副组长: a deputy, not the head
				}
				m := strings.Join(strings.Fields(text[ix[0]:ix[1]]), "")
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

// bodyPost writes the people a body's roster lists under the post asked about ("湖州专班具体负责人是
// 谁?"): the line labelled with the post ("具体负责人：杨雪伟（市政府副秘书长）") and the unlabelled
// roster lines after it, which the same label covers ("徐卫勇（市发展改革委主任）"), up to the next
// label. It returns how many lines it wrote: none when no roster of the bodies labels that post.
func (e *Engine) bodyPost(c *composer, q *Query, post string) int {
	n := 0
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		var people []string
		var section string
		open := false // within the post's lines
		for _, p := range d.Paras {
			if !aboutBody(p, q.Bodies) {
				open = false
				continue
			}
			for _, l := range strings.Split(p.Text, "\n") {
				l = strings.Join(strings.Fields(l), "")
				m := reRosterLine.FindStringSubmatch(l)
				switch {
				case m != nil && strings.HasPrefix(l, post) && reLabel.MatchString(l[len(post):]):
					open, section = true, p.Section
					people = append(people, l)
				case open && m != nil && !reLabelled.MatchString(l):
					people = append(people, l) // the next person under the same label
				default:
					open = false
				}
			}
		}
		if len(people) == 0 {
			continue
		}
		n++
		c.printf("- “%s” — %s %s\n", strings.Join(people, "、"), d.City, c.docLine(d))
		c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: section})
	}
	return n
}

// askedPost is the post in a body a question asks who holds, when it is one below the head
// (具体负责人, 副组长, 副召集人, 副总指挥, 办公室主任); "" for the head (总牵头人, 组长, 召集人) or none.
func askedPost(s string) string {
	return rePost.FindString(s)
}

var (
	rePost = regexp.MustCompile(`具体负责人|常务副组长|副组长|副召集人|副总指挥|办公室主任|联络员`)
	// reLabel is the colon after a roster's label; reLabelled a roster line that opens with a label.
	reLabel    = regexp.MustCompile(`^[:：]`)
	reLabelled = regexp.MustCompile(`^[^：:（(]{1,8}[：:]`)
)

// reRosterLine is a line of a body's roster: a person, and in brackets the unit and post
// ("伍 毅（市商务局副局长）"), after the roster's label when it has one ("成 员：王有娣（…）").
var reRosterLine = regexp.MustCompile(`^(?:[^：:]{1,8}[：:])?\s*(\p{Han}[\p{Han}\s]{0,5}\p{Han})\s*[（(]([^）)]{2,40})[）)]$`)

// bodyRoster writes the people of the bodies asked about whom the roster lists for the units asked
// about ("湖州市商务局谁参加工作专班?": 伍 毅（市商务局副局长）): a roster names each member by unit and
// post, one a line, under a heading that names the body. It returns how many lines it wrote.
func (e *Engine) bodyRoster(c *composer, q *Query) int {
	var units []plan.UnitRef
	for _, rs := range q.refs {
		units = append(units, rs...)
	}
	n := 0
	for _, d := range e.kb.Docs() {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		var names []string
		for _, u := range units {
			if u.City == d.City {
				names = append(names, u.Name, e.ledger().unitName(d, u.Name))
			}
		}
		if len(names) == 0 {
			continue
		}
		for _, p := range d.Paras {
			if !aboutBody(p, q.Bodies) {
				continue
			}
			for _, l := range strings.Split(p.Text, "\n") {
				m := reRosterLine.FindStringSubmatch(strings.TrimSpace(l))
				if m == nil || !slices.ContainsFunc(names, func(nm string) bool { return strings.HasPrefix(m[2], nm) }) {
					continue
				}
				n++
				c.printf("- “%s（%s）” — %s %s · %s\n", m[1], m[2], d.City, c.docLine(d), p.Section)
				c.cite(Citation{Doc: d.ID, Title: d.Title, Number: d.Number, Section: p.Section})
			}
		}
	}
	return n
}

// searchKept are the hits of a search that answer the question: close enough, in its cities, holding
// what it must.
func searchKept(q *Query, hits []retrieval.Hit) []retrieval.Hit {
	var ok, inPlan []retrieval.Hit
	for _, h := range hits {
		if h.Coverage >= minCoverage && (len(q.Cities) == 0 || contains(q.Cities, h.Doc.City)) && holdsAll(h.Text, q.mustHold) {
			ok = append(ok, h)
			if namedPlan(h.Doc, q.Plans) {
				inPlan = append(inPlan, h)
			}
		}
	}
	if len(inPlan) > 0 {
		return inPlan // the plan the question names, when its words are there; else the place's others
	}
	return ok
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
		ok := searchKept(q, hits)
		if len(ok) == 0 {
			ok = e.literalHits(q, part)
		}
		if alt := withNearWords(part); len(ok) == 0 && alt != part {
			// "买房补贴还能申请吗": the plans write 购房补贴.
			hits, err := e.kb.Search(ctx, retrieval.Query{Text: alt, N: 8, City: q.city()})
			if err != nil {
				return nil, fmt.Errorf("search %q: %w", alt, err)
			}
			ok, part = searchKept(q, hits), alt
		}
		sort.SliceStable(ok, func(i, j int) bool { return ok[i].Coverage > ok[j].Coverage })
		for n, h := range ok {
			if h.Coverage < ok[0].Coverage-0.2 || n == 3 {
				break
			}
			if k := h.Doc.ID + h.Section + h.Text; !seen[k] {
				seen[k] = true
				text := h.Text
				shown := "" // a task's heading is shown beside the quote
				if h.Task != nil {
					shown = h.Task.Title
				}
				h.Text = bestSentences(text, part, shown, q.asksWhen) // asked when: a sentence with its date wins a tie
				if h.Task != nil && (reWholeItem.MatchString(q.Text) || q.detail && utf8.RuneCountInString(h.Task.Text) <= wholeItem || underNamingHeading(h.Task, q.Topic)) {
					// "这一条是怎么写的", "有哪些具体要求": the item's own words, not the sentence with the
					// topic; a long item asked for a detail keeps the sentence that holds it.
					h.Text = plan.Clip(strings.TrimSpace(h.Task.Text), wholeItem)
				}
				if q.asksProgress {
					h.Text = withFigures(text, h.Text)
				}
				good = append(good, h)
			}
		}
	}
	return good, nil
}

// underNamingHeading reports whether a task is found by the heading over it: the heading holds the
// topic ("（一）降低企业税收负担"), the task's own words do not. Every sentence of it is on the topic, and
// the one with most of the heading's characters ("依据“亩产税收”…") is no better than its first: the
// item is quoted whole.
func underNamingHeading(t *plan.Task, topic []string) bool {
	if len(topic) == 0 || !sectionHolds(lastSection(t.Section), topic) {
		return false
	}
	for _, term := range topic {
		if strings.Contains(t.Title, term) || strings.Contains(t.Text, term) {
			return false
		}
	}
	return true
}

// wholeItem is how much of an item's words an answer quotes whole.
const wholeItem = 300

// reWholeItem asks how an item is written: its words, not one sentence of it.
var reWholeItem = regexp.MustCompile(`怎么写|写了什么|写的什么|写的是什么|原文|全文|怎么规定|如何规定|规定了什么|具体要求|什么要求|哪些要求|(?i)\bwhat does (?:it|the item|this item) say\b|\bwording\b`)

// literalScan is how many plans literalHits reads at most: beyond it, the term is too common for
// its passages to be told apart by it.
const literalScan = 2000

// literalHits are the passages that hold the question's longest term as written ("三不决策", or a
// leader's two-character name, 谢忠) when
// the vector search found none that covers the question: a rare term the local embedding blurs.
// Only the plans the rare-term index says may hold it are read, and of those the places asked.
func (e *Engine) literalHits(q *Query, part string) []retrieval.Hit {
	term := ""
	for _, t := range q.Topic {
		if utf8.RuneCountInString(t) >= 2 && utf8.RuneCountInString(t) > utf8.RuneCountInString(term) {
			term = t
		}
	}
	if term == "" {
		return nil
	}
	docs := e.kb.DocsWithAll(term)
	if len(docs) > literalScan {
		return nil
	}
	sigs, need := e.ledger().sigs, sigNeed(term)
	var out []retrieval.Hit
	for _, d := range docs {
		if len(q.Cities) > 0 && !contains(q.Cities, d.City) || !sigs.mayHold(d, need) {
			continue
		}
		for _, p := range d.Paras {
			if !strings.Contains(p.Text, term) || !holdsAll(p.Text, q.mustHold) {
				continue
			}
			h := retrieval.Hit{Grain: retrieval.GrainPara, Doc: d, Section: p.Section, Text: p.Text, Coverage: retrieval.Coverage(part, p.Text)}
			if p.TaskID != "" {
				if r, ok := e.kb.Task(p.TaskID); ok {
					h.Grain, h.Task = retrieval.GrainTask, r.Task
				}
			}
			out = append(out, h)
			if len(out) == 3 {
				return out
			}
		}
	}
	return out
}

// withFigures goes on from a quoted sentence of text to the next one when that one gives figures
// ("…项目建设。截至目前,18家茶宿项目,达到验收标准8家"): how a work stands is said after what it is.
func withFigures(text, quoted string) string {
	ss := sentences(text)
	for i, s := range ss {
		if plan.Clip(strings.TrimSpace(s), 160) != quoted || i+1 == len(ss) {
			continue
		}
		if next := strings.TrimSpace(ss[i+1]); strings.ContainsAny(next, "0123456789") {
			return plan.Clip(strings.TrimSpace(s)+next, 240)
		}
		break
	}
	return quoted
}

// reLeaderTitle is the title a body's leader goes by in the plans, as a question asks for it.
var reLeaderTitle = regexp.MustCompile(`总牵头人|召集人|组\s*长`)

// reBodyLeader is the line that names who leads a body.
var reBodyLeader = regexp.MustCompile(`(?:总牵头人|组\s*长|召集人)\s*[:：](?:[^，。；\n]{1,30}?[)）]|\s*\p{Han}(?:\s?\p{Han}){1,3}\s*(?:\n|$))`)

// bestSentences quotes the sentences of text that hold most of the phrase's terms (for figures,
// the ones with numbers win ties). When that is the heading shown beside the quote (a task's title,
// its text's first sentence), the heading is not quoted again: of the other sentences, the one
// that holds most of the terms with the heading's counted as held ("衢州综合保税区哪年通过验收"
// quotes "…2024年通过验收", not 综合保税区).
func bestSentences(text, phrase, shown string, figure bool) string {
	ss := sentences(text)
	best := bestOf(ss, phrase, "", figure)
	if shown != "" && strings.TrimSpace(best) == strings.TrimSpace(shown) {
		others := slices.DeleteFunc(slices.Clone(ss), func(s string) bool { return strings.TrimSpace(s) == strings.TrimSpace(shown) })
		if b := bestOf(others, phrase, shown, figure); b != "" && retrieval.Coverage(phrase, shown+"\n"+b) > retrieval.Coverage(phrase, shown) {
			best = b
		}
	}
	if best = strings.TrimSpace(best); isNameList(best) {
		// "成员单位：区委组织部、区委宣传部、…、各街镇": what was asked is the list, and a list is
		// quoted whole, not cut after its 160th character in the middle of a name.
		return plan.Clip(best, wholeList)
	}
	return plan.Clip(best, 160)
}

// bestOf is the sentence of ss that holds most of the phrase's terms, those of given counted as held
// by each (for figures, one with numbers wins a tie). A term inside the title of a document the
// sentence cites as its basis (根据《关于…月最低工资标准…的指导意见》要求) is the document's, not what the
// sentence says: the terms held outside such titles count first, those inside only break a tie (a
// form the sentence sends, "将《…汇总表》报送", is what it says).
func bestOf(ss []string, phrase, given string, figure bool) string {
	best, bestScore, bestAll := "", -1.0, -1.0
	for _, s := range ss {
		held := s
		if given != "" {
			held = given + "\n" + s
		}
		all := retrieval.Coverage(phrase, held)
		sc := all
		if strings.Contains(held, "《") {
			sc = retrieval.Coverage(phrase, reBasisTitle.ReplaceAllString(held, "《》"))
		}
		if figure && strings.ContainsAny(s, "0123456789") {
			sc += 0.05
		}
		if sc > bestScore || sc == bestScore && all > bestAll {
			best, bestScore, bestAll = s, sc, all
		}
	}
	return best
}

// reBasisTitle is a document a sentence cites as its basis: 根据《…》, 按照市局《…》.
var reBasisTitle = regexp.MustCompile(`(?:根据|依据|依照|按照|参照|贯彻落实)[^，,。；;《》]{0,30}《[^》]*》`)

// wholeList is how long a list of names a passage quotes whole (a 专班's 30 member units are 300).
const wholeList = 1200

// listItem is the longest item of a list of names (市自然资源和规划局鹿城分局 is 13).
const listItem = 24

// isNameList reports whether a sentence is a list of names, after its label if it has one: at least
// five items set apart by 、, none longer than a name.
func isNameList(s string) bool {
	if _, after, ok := strings.Cut(s, "："); ok {
		s = after
	} else if _, after, ok := strings.Cut(s, ":"); ok {
		s = after
	}
	items := strings.Split(s, "、")
	if len(items) < 5 {
		return false
	}
	for _, it := range items {
		if n := utf8.RuneCountInString(strings.TrimSpace(it)); n == 0 || n > listItem {
			return false
		}
	}
	return true
}
