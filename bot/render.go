package bot

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// composer builds one answer: text, task ids in order, citations.
type composer struct {
	lang  string
	b     strings.Builder
	tasks []string
	// seen are the tasks recorded, by pointer: a task's id is unique in its plan and a plan's in
	// the index, and a pointer is hashed without reading the id's bytes, which at 10,000 plans lie
	// far apart in memory (an answer of 28,000 tasks read each on a cache line of its own).
	seen map[*plan.Task]bool
	// merged are the ids merge added (nil when it added none): a task recorded after them counts
	// as seen by its id.
	merged map[string]bool
	cites  []Citation
	cited  map[citeKey]bool
	pages  int // how many pages the list has (1 when it fits)
	page   int
	// all shows every line of a list on one page (`dutybot ask --all`, the tests' full rendering).
	all bool
	// first and last bound the lines of the page shown: [first, last); left is how many lines come
	// after it.
	first, last, left int
	// partWord is the word the question used for taking part (配合, 协办): the answer says it back.
	partWord string
	// lines are the list's lines on the page shown, each by its first task's id (Context.Lines).
	lines []string
}

func newComposer(lang string) *composer {
	return &composer{lang: lang, seen: map[*plan.Task]bool{}, cited: map[citeKey]bool{}, pages: 1}
}

// citeKey tells citations apart: a plan, its section, a task.
type citeKey struct{ doc, section, task string }

// t picks the Chinese or English wording.
func (c *composer) t(zh, en string) string {
	if c.lang == "en" {
		return en
	}
	return zh
}

func (c *composer) printf(format string, args ...any) { fmt.Fprintf(&c.b, format, args...) }

// task records a task the answer is about (its id and citation), whether or not its line is on the
// page shown.
func (c *composer) task(r retrieval.TaskRef) {
	if c.seen[r.Task] || c.merged != nil && c.merged[r.Task.ID] {
		return // a task has one citation, made when it was first seen
	}
	c.seen[r.Task] = true
	c.tasks = append(c.tasks, r.Task.ID)
	// The task's id names it: no other citation has it, so it needs no look-up in cited.
	c.cites = append(c.cites, Citation{Doc: r.Doc.ID, Title: r.Doc.Title, Number: r.Doc.Number, Section: r.Task.Section, Task: r.Task.Number, TaskID: r.Task.ID})
}

// merge adds what another composer's answer names: its tasks, and its citations, each once.
func (c *composer) merge(sub *composer) {
	cited := map[string]bool{}
	for _, ct := range c.cites {
		if ct.TaskID != "" {
			cited[ct.TaskID] = true
		}
	}
	have := make(map[string]bool, len(c.tasks))
	for _, id := range c.tasks {
		have[id] = true
	}
	for _, id := range sub.tasks {
		if !have[id] {
			have[id] = true
			c.tasks = append(c.tasks, id)
			if c.merged == nil {
				c.merged = map[string]bool{}
			}
			c.merged[id] = true
		}
	}
	for _, ct := range sub.cites {
		switch {
		case ct.TaskID == "":
			c.cite(ct)
		case !cited[ct.TaskID]:
			cited[ct.TaskID] = true
			c.cites = append(c.cites, ct)
		}
	}
}

// expect makes room for about n tasks: answers that name thousands of tasks do not grow their
// maps and lists step by step.
func (c *composer) expect(n int) {
	if n < 64 {
		return
	}
	if len(c.seen) == 0 {
		c.seen = make(map[*plan.Task]bool, n)
	}
	c.tasks = slices.Grow(c.tasks, n)
	c.cites = slices.Grow(c.cites, n)
}

func (c *composer) cite(ct Citation) {
	k := citeKey{ct.Doc, ct.Section, ct.TaskID}
	if !c.cited[k] {
		c.cited[k] = true
		c.cites = append(c.cites, ct)
	}
}

func (c *composer) answer(q *Query, outcome string) Answer {
	ctx := q.context(c.page, c.pages)
	ctx.Left, ctx.Lines = c.left, c.lines
	if len(c.tasks) == 1 {
		ctx.Only = c.tasks[0]
	}
	return Answer{Intent: q.Kind(), Outcome: outcome, Text: strings.TrimRight(c.b.String(), "\n"),
		Tasks: c.tasks, Citations: c.cites, Context: ctx}
}

func (c *composer) role(r string) string {
	if r == plan.RoleLead {
		return c.t("牵头", "lead")
	}
	return c.partName()
}

// partName is how the answer names taking part: as the question did (配合, 协办), else 参与.
func (c *composer) partName() string {
	if c.partWord != "" && c.lang != "en" {
		return c.partWord
	}
	return c.t("参与", "participating")
}

// docLine names a plan: 《title》（number）.
func (c *composer) docLine(d *plan.Document) string {
	title := d.Title
	switch {
	case title == "" && d.City == "":
		name := strings.TrimSuffix(filepath.Base(d.Source), filepath.Ext(d.Source))
		title = c.t("未写明地点和标题的方案 "+name, "plan with no place or title in the text: "+name)
	case title == "":
		title = c.t(d.City+"的方案（文中未见标题）", d.City+"'s plan (no title in the text)")
	}
	s := "《" + title + "》"
	if d.Number != "" {
		s += c.t("（"+d.Number+"）", " ("+d.Number+")")
	}
	return s
}

// planHead is a plan's heading in a list: its place in bold, then docLine; docLine alone when the
// plan names no place.
func (c *composer) planHead(d *plan.Document) string {
	if d.City == "" {
		return c.docLine(d)
	}
	return "*" + d.City + "* " + c.docLine(d)
}

// echo is what an answer quotes of the question: enough to recognise it, never the whole of a long one.
func echo(s string) string { return plan.Clip(s, 40) }

// reParenOrdinal is a heading's own ordinal: （一）, (二).
var reParenOrdinal = regexp.MustCompile(`^[（(]([一二三四五六七八九十]+)[)）]`)

// itemNumber is an item's number as the plan prints it, with its heading's ordinal when items are
// numbered anew under each heading ("(二)1"); the clause suffix of a split item is dropped.
func itemNumber(t *plan.Task) string {
	n := t.Number
	if itemKey(t.ID) != t.ID {
		if i := strings.LastIndexByte(n, '-'); i > 0 {
			n = n[:i]
		}
	}
	if strings.HasPrefix(n, "(") || strings.HasPrefix(n, "（") {
		return n
	}
	if m := reParenOrdinal.FindStringSubmatch(lastSection(t.Section)); m != nil {
		return "(" + m[1] + ")" + n
	}
	return n
}

// itemTitle is an item's title: the part of a table row's title after its row heading
// ("高质量培育服务业领军企业：开展首批…" reads better as the row's own words), shortened; a title the
// plan reader ended inside a list its sentence goes on with (…在市、市（区）两级) is marked cut (…).
func itemTitle(t *plan.Task) string {
	title := t.Title
	if _, after, ok := strings.Cut(title, "："); ok && after != "" && strings.HasPrefix(t.ID[strings.IndexByte(t.ID, ':')+1:], "a") {
		title = after
	}
	out := plan.Clip(title, 36)
	if rest, ok := strings.CutPrefix(t.Text, t.Title); ok && strings.HasPrefix(rest, "、") && !strings.HasSuffix(out, "…") {
		out += "…" // "…2026年5月底前在市": the plan reader cut it inside a list (在市、市（区）两级…); the cut is shown
	}
	return out
}

// taskTitle is what a line of a list calls a task: its title (itemTitle), or, when other tasks of
// its plan share the title with other work (a table whose first column repeats over its rows), the
// work its own words give, after the shared title: six lines of 推进生态文明建设 say nothing.
func (e *Engine) taskTitle(d *plan.Document, t *plan.Task) string {
	if s := e.ledger().sigs[d]; s == nil || !s.sameTitle[t] {
		return itemTitle(t)
	}
	if w := ownWork(t); w != "" {
		return plan.Clip(w, 36)
	}
	return itemTitle(t)
}

// ownWork is a task's words after its title: the first line or sentence of what it says to do, its
// numbering ("1、") left off; "" when it says nothing more.
func ownWork(t *plan.Task) string {
	w := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t.Text), t.Title))
	w = strings.TrimLeft(w, "。；;，,：: \n")
	w = reLeadNumber.ReplaceAllString(w, "")
	if i := strings.IndexAny(w, "\n。；;"); i >= 0 {
		w = w[:i]
	}
	return strings.TrimSpace(w)
}

// reLeadNumber is a number opening a table cell's words: "1、", "（2）".
var reLeadNumber = regexp.MustCompile(`^(?:\d{1,3}[、.．]|[（(]\d{1,3}[）)])\s*`)

// sameTitleTasks are d's tasks whose title (punctuation aside) another task of the same part of d
// shares, when the tasks sharing it say different work; nil when there are none. An item a table of
// another part repeats is the item again (onceEach), not another work under a shared title.
func sameTitleTasks(d *plan.Document) map[*plan.Task]bool {
	type key struct{ section, title string }
	// First whether any title is shared: in most plans none is, and no list is made for each title
	// (this runs for every plan when the parser is built).
	seen := make(map[key]struct{}, len(d.Tasks))
	shared := false
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if k := withoutPunct(t.Title); k != "" {
			if _, ok := seen[key{t.Section, k}]; ok {
				shared = true
				break
			}
			seen[key{t.Section, k}] = struct{}{}
		}
	}
	if !shared {
		return nil
	}
	byTitle := map[key][]*plan.Task{}
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if k := withoutPunct(t.Title); k != "" {
			byTitle[key{t.Section, k}] = append(byTitle[key{t.Section, k}], t)
		}
	}
	var out map[*plan.Task]bool
	for _, ts := range byTitle {
		if len(ts) < 2 {
			continue
		}
		works := map[string]bool{}
		for _, t := range ts {
			works[ownWork(t)] = true
		}
		if len(works) < 2 {
			continue // the same item twice (a table repeating the text): onceEach's business
		}
		if out == nil {
			out = map[*plan.Task]bool{}
		}
		for _, t := range ts {
			out[t] = true
		}
	}
	return out
}

// unitNames renders units as the plan writes them.
func (e *Engine) unitNames(d *plan.Document, us []string, max int) string {
	lg := e.ledger()
	var out []string
	for i, u := range us {
		if max > 0 && i == max {
			out = append(out, fmt.Sprintf("等%d个", len(us)))
			break
		}
		out = append(out, lg.unitName(d, u))
	}
	return strings.Join(out, "、")
}

// unitsLine says who answers for a task: 牵头/责任 and 参与, as the plan writes the names.
func (e *Engine) unitsLine(c *composer, d *plan.Document, ts []*plan.Task, max int) string {
	var lead, part []string
	for _, t := range ts {
		for _, u := range t.Lead {
			if !contains(lead, u) {
				lead = append(lead, u)
			}
		}
		for _, u := range t.Participating {
			if !contains(part, u) && !contains(lead, u) {
				part = append(part, u)
			}
		}
	}
	var parts []string
	if len(lead) > 0 {
		parts = append(parts, c.t("牵头/责任：", "lead: ")+e.unitNames(d, lead, max))
	}
	if len(part) > 0 {
		parts = append(parts, c.t("参与：", "participating: ")+e.unitNames(d, part, max))
	}
	var persons []string
	for _, t := range ts {
		for _, p := range plan.Leaders(t) {
			if !contains(persons, p) {
				persons = append(persons, p)
			}
		}
	}
	if len(persons) > 0 && len(persons) <= 2 {
		parts = append(parts, strings.Join(persons, "；")) // "牵头负责领导：金力": a person, beside the units
	}
	if len(parts) == 0 {
		return c.t("方案未写明责任单位", "the plan names no unit")
	}
	return strings.Join(parts, c.t("；", "; "))
}

func datesOf(ds []plan.Deadline) string {
	var out []string
	for _, d := range ds {
		s := d.Date.String()
		if from, ok := spanStart(d.Quote); ok && from.Before(d.Date) {
			s = from.String() + " 至 " + s // a span given in full days ("2025年1月1日至2025年12月31日") is said whole
		}
		if !d.Date.IsZero() && !contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, "、")
}

func kindWord(c *composer, k string) string {
	if k == plan.KindTarget {
		return c.t("目标", "target")
	}
	return c.t("期限", "by") // a deadline; not "完成", which reads as "done"
}

// ruleWords says a recurring rule in the plans' words: 每月10日前, 每季度, 每两周.
func ruleWords(c *composer, r plan.Rule) string {
	if c.lang == "en" {
		return r.Describe()
	}
	return r.Words()
}

// ruleOrWords says a recurring duty's frequency: its rule in words, or, for a sentence the parser
// read no rule from, the sentence's own word for it (每年, 月度).
func ruleOrWords(c *composer, r plan.Recurring) string {
	if r.Rule.Freq == "" {
		return reFreqWord.FindString(r.Quote)
	}
	return ruleWords(c, r.Rule)
}

// scope names where a question looks: its plans, its cities, or every plan.
func (e *Engine) scope(c *composer, q *Query, res result) string {
	switch {
	case len(q.Plans) > 0 && len(res.docs) == 1:
		return res.docs[0].City + c.t("", " ") + c.docLine(res.docs[0])
	case len(q.Cities) > 0:
		return strings.Join(q.Cities, "、")
	}
	return ""
}

// subject names what a list is about: its units, department types or bodies, with the scope.
func (e *Engine) subject(c *composer, q *Query, res result) string {
	var parts []string
	if len(q.Units) > 0 {
		joiner := "、"
		if q.AllUnits {
			joiner = c.t("和", " and ")
		}
		var names []string
		for _, u := range q.Units {
			names = append(names, u.Name)
		}
		s := strings.Join(names, joiner)
		if q.unitTyped != "" && !q.AllUnits {
			s = q.unitTyped
		}
		parts = append(parts, s+e.realNames(c, s, res))
	}
	for _, t := range q.DeptTypes {
		parts = append(parts, t+c.t("部门", " departments"))
	}
	for _, b := range q.Bodies {
		name := strings.Join(q.bodyWords, "") + b
		if q.members {
			name += c.t("成员单位", " member units")
		}
		parts = append(parts, name)
	}
	scope := e.scope(c, q, res)
	if len(parts) == 0 {
		return scope
	}
	s := strings.Join(parts, "、")
	if scope == "" && len(q.Cities) == 0 && len(q.Units) > 0 && !e.namesCity(s) {
		s = withOneCity(c, s, res.filters)
	}
	if scope != "" && len(q.Units) == 0 {
		s = scope + c.t("的", " ") + s
	} else if scope != "" && len(q.Cities) > 0 && !strings.HasPrefix(s, plan.TrimLevel(q.Cities[0])) && !e.namesCity(s) {
		s = scope + c.t(" ", " ") + s
	}
	return s
}

// withOneCity says a unit's place before its name when only one place's plans name it ("市委办公厅
// 牵头了几件事?": 广州市 市委办公厅).
func withOneCity(c *composer, s string, fs []unitSet) string {
	if city := oneCity(fs); city != "" {
		return city + c.t(" ", " ") + s
	}
	return s
}

// oneCity is the city every unit the filters stand for is of, "" when they are of several or none.
func oneCity(fs []unitSet) string {
	city := ""
	for _, f := range fs {
		for _, u := range f.refs {
			if city != "" && u.City != city {
				return ""
			}
			city = u.City
		}
	}
	return city
}

// realNames says what a unit's name as asked stood for when the plans call the unit otherwise
// ("衢州市发改局" is 衢州's 市发改委) or the name gave its city short ("西宁住房保障房产局" is 西宁市's
// 市住房保障房产局): "（即…）", or "" when it needs no saying.
func (e *Engine) realNames(c *composer, s string, res result) string {
	if len(res.filters) != 1 || len(res.filters[0].refs) == 0 || len(res.filters[0].refs) > 3 {
		return ""
	}
	var real []string
	for _, u := range res.filters[0].refs {
		n := e.ledger().unitName(e.docOf(u.City), u.Name)
		short := e.namesCity(s) && !strings.Contains(s, u.City)
		if !strings.Contains(s, plan.UnitBody(n)) && !strings.Contains(s, plan.UnitBody(u.Name)) || short {
			real = append(real, u.City+" "+n)
		}
	}
	if len(real) == 0 {
		return ""
	}
	return c.t("（即"+strings.Join(real, "、")+"）", " (that is, "+strings.Join(real, ", ")+")")
}

// namesCity reports whether s starts with some form of a known city ("鹿城区发改局").
func (e *Engine) namesCity(s string) bool {
	for n := range e.kb.Directory().EachCityName() {
		if strings.HasPrefix(s, n.Form) {
			return true
		}
	}
	return false
}

// docOf returns the first plan of a city (for how it writes unit names).
func (e *Engine) docOf(city string) *plan.Document {
	for _, d := range e.kb.Docs() {
		if d.City == city {
			return d
		}
	}
	return nil
}

// statusWords describe the tasks of a status in a list's heading: zh, or noUnits (when not empty)
// where the question names no unit (有单位申请延期的: some unit asked), and en.
var statusWords = map[string]struct{ zh, noUnits, en string }{
	StatusOpen:         {"未标记完成的", "", "not marked done"},
	StatusExtension:    {"申请了延期的", "有单位申请延期的", "with an extension asked for"},
	StatusReported:     {"填报了进展的", "有单位填报进展的", "with progress reported"},
	StatusNoUnit:       {"没有写明责任单位的", "", "with no unit named"},
	StatusNoLead:       {"没有写明牵头单位的", "", "with no lead unit named"},
	StatusNoPartic:     {"只写了牵头单位、没有参与单位的", "", "with a lead and no participating unit"},
	StatusWithPartners: {"既有牵头单位又有参与单位的", "", "with a lead and participating units"},
	StatusOneUnit:      {"只有一个单位负责的", "", "with one unit alone"},
	StatusNoDate:       {"没有明确完成时间的", "", "with no deadline"},
	StatusDated:        {"设了完成期限的", "", "with a deadline"},
	StatusFigured:      {"写了量化目标的", "", "with a quantified target"},
	StatusDone:         {"已标记完成的", "", "marked done"},
}

// qualifier says the filters of a list in words: topic, role, status, window, frequency.
func (e *Engine) qualifier(c *composer, q *Query, res result, today plan.Day) string {
	var parts []string
	if q.part != "" {
		parts = append(parts, c.t("正文第"+q.part+"部分的", "in part "+q.part+" of the text,"))
	}
	if q.attachment != "" {
		parts = append(parts, c.t("附件"+q.attachment+"的", "in attachment "+q.attachment+","))
	}
	if len(q.Topic) > 0 {
		parts = append(parts, c.t("“"+strings.Join(q.Topic, " ")+"”相关的", "about “"+strings.Join(q.Topic, " ")+"”"))
	}
	if len(q.Units) == 1 || q.AllUnits || len(q.DeptTypes) > 0 {
		role := q.Role
		if len(q.Units) > 0 {
			role = q.Units[0].Role
		}
		together := ""
		if q.AllUnits {
			together = c.t("共同", "jointly ")
		}
		if words, ok := eachRole(c, q); ok {
			// "住建局牵头，财政局配合的任务": each unit in its own role, none of them sharing the other's.
			parts = append(parts, words)
			role = "mixed"
		}
		switch role {
		case "mixed":
		case plan.RoleLead:
			parts = append(parts, c.t(together+"牵头的", together+"led"))
		case plan.RoleParticipating:
			parts = append(parts, c.t(together+"参与的", "taking part"))
		default:
			if q.AllUnits {
				parts = append(parts, c.t("共同负责的", "shared"))
			}
		}
	}
	if len(q.negated) > 0 {
		parts = append(parts, negatedWords(c, q.negated))
	}
	if q.unitRank != "" {
		// "哪项任务配合单位最多?": 配合单位最多的任务.
		zh, en := "单位", "units"
		switch q.unitRankRole {
		case plan.RoleLead:
			zh, en = "牵头单位", "lead units"
		case plan.RoleParticipating:
			zh, en = "配合单位", "partner units"
		}
		if q.unitRank == "most" {
			parts = append(parts, c.t(zh+"最多的", "with the most "+en))
		} else {
			parts = append(parts, c.t(zh+"最少的", "with the fewest "+en))
		}
	}
	switch q.Status {
	case StatusOverdue:
		switch {
		case q.longest:
			parts = append(parts, c.t("逾期最久的", "overdue longest"))
		case !q.overdueBy.IsZero():
			before := c.t(" 及以前", " or before")
			if q.overdueStrict {
				before = c.t(" 以前", " before")
			}
			parts = append(parts, c.t("逾期"+q.overdueFor+"（期限在 "+q.overdueBy.String()+before+"）的", "overdue since "+q.overdueBy.String()+before))
		default:
			parts = append(parts, c.t("已逾期的", "overdue"))
		}
	case StatusDue:
		span := res.to.String()
		if openEnded(res.from, res.to) {
			if res.from == today {
				parts = append(parts, c.t("未到期的", "not yet due"))
			} else {
				parts = append(parts, c.t("期限在 "+res.from.String()+" 及以后的", "due on or after "+res.from.String()))
			}
			break
		}
		if !res.from.IsZero() {
			span = res.from.String() + " — " + res.to.String()
		} else {
			span = c.t(span+" 及以前", "on or before "+span)
		}
		parts = append(parts, c.t("期限在 "+span+" 的", "due "+span))
	case StatusJointLead:
		if q.jointLeads > 0 {
			parts = append(parts, fmt.Sprintf(c.t("有 %d 个牵头（责任）单位的", "with %d lead units"), q.jointLeads))
		} else {
			parts = append(parts, c.t("有多个牵头（责任）单位的", "with several lead units"))
		}
	default:
		if w, ok := statusWords[q.Status]; ok {
			zh := w.zh
			if w.noUnits != "" && !q.hasUnits() {
				zh = w.noUnits
			}
			parts = append(parts, c.t(zh, w.en))
		}
	}
	if q.DeadlineKind == plan.KindTarget && (q.Status == StatusDue || q.Status == StatusOverdue) {
		parts = append(parts, c.t("目标类", "target"))
	}
	if q.Frequency != "" {
		parts = append(parts, c.t(map[string]string{"any": "固定要做的", "daily": "每天要做的", "weekly": "每周要做的", "monthly": "每月要做的", "bimonthly": "每两个月要做的", "quarterly": "每季度要做的", "half_yearly": "每半年要做的", "yearly": "每年要做的"}[q.Frequency],
			map[string]string{"any": "recurring", "daily": "daily", "weekly": "weekly", "monthly": "monthly", "bimonthly": "every two months", "quarterly": "quarterly", "half_yearly": "half-yearly", "yearly": "yearly"}[q.Frequency]))
	}
	if c.lang == "en" {
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts, "、")
}

// pageItems is how many task lines one answer shows; a longer list is paged ("更多" shows the next
// page), never cut.
const pageItems = 40

// renderList writes a list of tasks: the count first, then the tasks grouped by plan, the plan's
// title once, one line per task.
func (e *Engine) renderList(c *composer, q *Query, res result, today plan.Day, header bool) {
	c.expect(len(res.hits))
	its := items(res.hits)
	if len(its) == 0 && len(res.measures) > 0 {
		// "衢州每月要做什么?" where the plan's only monthly duty is a safeguard measure's (每月10日前
		// 晾晒通报): the duties follow (measureNote), so the first line says where they are, not that
		// there are none.
		if header {
			subj := strings.TrimSpace(withSpace(e.subject(c, q, res), c) + e.qualifier(c, q, res, today))
			c.printf(c.t("%s：方案的任务条目中没有单列，见保障措施中的固定安排。\n", "%s: no task of the plans lists it; see the standing arrangements of their safeguard measures.\n"), subj)
		}
		e.doneNote(c, q, res)
		return
	}
	if q.byDue || q.Status == StatusOverdue {
		// An overdue list opens each line with the date that passed: read top-down, the oldest first.
		its = byDueOrder(its)
	}
	if header {
		e.listHeader(c, q, res, today, its)
	}
	if len(its) == 0 {
		e.emptyNote(c, q, res, today)
		return
	}
	e.listBody(c, q, its, today)
	e.doneNote(c, q, res)
}

// byDueOrder is a list asked in the order of its dates ("按时间排一下"): each plan's items (the plans
// as they came) by the earliest date an item states of its own; items that state none come last, as
// they came.
func byDueOrder(its [][]hit) [][]hit {
	docAt := map[*plan.Document]int{}
	first := make([]plan.Day, len(its))
	for i, it := range its {
		if _, ok := docAt[it[0].Doc]; !ok {
			docAt[it[0].Doc] = len(docAt)
		}
		for _, h := range it {
			for _, dl := range duties.Within(h.Task, plan.Day{}, plan.Day{}, "", "") {
				if !dl.Inherited && (first[i].IsZero() || dl.Date.Before(first[i])) {
					first[i] = dl.Date
				}
			}
		}
	}
	at := make([]int, len(its))
	for i := range at {
		at[i] = i
	}
	sort.SliceStable(at, func(a, b int) bool {
		x, y := its[at[a]], its[at[b]]
		if dx, dy := docAt[x[0].Doc], docAt[y[0].Doc]; dx != dy {
			return dx < dy
		}
		fx, fy := first[at[a]], first[at[b]]
		if fx.IsZero() || fy.IsZero() {
			return !fx.IsZero() && fy.IsZero()
		}
		return fx.Before(fy)
	})
	out := make([][]hit, len(its))
	for i, k := range at {
		out[i] = its[k]
	}
	return out
}

// listHeader is the first line of a list: what it is and how many.
func (e *Engine) listHeader(c *composer, q *Query, res result, today plan.Day, its [][]hit) {
	n := len(its)
	subj := e.subject(c, q, res)
	qual := e.qualifier(c, q, res, today)
	lead, part := roleCounts(its)
	if q.Status == StatusOverdue {
		if c.lang == "en" {
			for_ := ""
			if subj != "" {
				for_ = " for " + subj
			}
			noun := "tasks are"
			if n == 1 {
				noun = "task is"
			}
			c.printf("As of %s, %d %s overdue%s", today, n, noun, for_)
		} else {
			switch {
			case q.longest:
				c.printf("截至 %s，%s逾期最久的任务 %d 项", today, withSpace(subj, c), n)
			case !q.overdueBy.IsZero():
				c.printf("截至 %s，%s逾期%s的任务 %d 项", today, withSpace(subj, c), q.overdueFor, n)
			default:
				c.printf("截至 %s，%s已逾期的任务 %d 项", today, withSpace(subj, c), n)
			}
			if len(q.Topic) > 0 {
				c.printf("（“%s”相关）", strings.Join(q.Topic, " "))
			}
		}
	} else if c.lang == "en" {
		if head := strings.TrimSpace(subj + " " + qual); head != "" {
			c.printf("%s: %d task(s)", head, n)
		} else {
			c.printf("%d task(s) in all", n)
		}
	} else {
		c.printf("%s%s任务 %d 项", subj, qual, n)
	}
	if len(q.Units) == 1 && n > 0 && unroled(its) == n {
		// Tasks whose words name the unit, though the plan gives it no role there (namedInText).
		c.b.WriteString(c.t("（任务文字提到该单位，方案未写明其牵头或"+c.partName()+"）", " (named in the tasks' words; the plan gives it no role)"))
	} else if len(q.Units) == 1 && n > 0 && q.Units[0].Role != plan.RoleLead && q.Units[0].Role != plan.RoleParticipating {
		c.printf(c.t("（牵头 %d 项，"+c.partName()+" %d 项）", " (%d as lead, %d participating)"), lead, part)
	}
	if q.byDue && n > 1 {
		c.b.WriteString(c.t("，按期限先后排列（未写明期限的列在最后）", ", by deadline (those stating none last)"))
	}
	if len(q.Units) == 1 && len(q.refs) > 0 && len(q.refs[0]) > 1 {
		if n := refCities(q.refs[0], q.Cities); n > 1 {
			c.printf(c.t("。\n“%s”在 %d 个地方都有，按城市和方案分组列出", ".\n“%s” matches units in %d places; grouped by city and plan"), q.Units[0].Name, n)
		}
	}
	c.b.WriteString(c.t("。\n", ".\n"))
}

// eachRole says the roles of units asked about together when they differ ("A牵头、B配合的" is
// "A和B分别牵头、配合的"); ok is false when every unit is asked in one role.
func eachRole(c *composer, q *Query) (words string, ok bool) {
	if !q.AllUnits || len(q.Units) < 2 {
		return "", false
	}
	var zh, en []string
	for _, u := range q.Units {
		switch u.Role {
		case plan.RoleLead:
			zh, en = append(zh, "牵头"), append(en, "leading")
		case plan.RoleParticipating:
			zh, en = append(zh, c.partName()), append(en, "taking part")
		default:
			zh, en = append(zh, "负责"), append(en, "responsible")
		}
		ok = ok || u.Role != q.Units[0].Role
	}
	return c.t("分别"+strings.Join(zh, "、")+"的", strings.Join(en, " and ")+" respectively"), ok
}

// negatedWords says which units' tasks a list leaves out: "不由市发改委牵头的", "不涉及市发改委的".
func negatedWords(c *composer, us []UnitFilter) string {
	var names []string
	for _, u := range us {
		names = append(names, u.Name)
	}
	n := strings.Join(names, "、")
	switch us[0].Role {
	case plan.RoleLead:
		return c.t("不由"+n+"牵头的", "not led by "+n)
	case plan.RoleParticipating:
		return c.t("没有"+n+c.partName()+"的", "without "+n+" taking part")
	}
	return c.t("不涉及"+n+"的", "not naming "+n)
}

func withSpace(s string, c *composer) string {
	if s == "" {
		return ""
	}
	return s + c.t("", " ")
}

// unroled counts the items in which no unit asked about has a role.
func unroled(its [][]hit) int {
	n := 0
	for _, it := range its {
		if !slices.ContainsFunc(it, func(h hit) bool { return len(h.roles) > 0 }) {
			n++
		}
	}
	return n
}

// roleCounts counts items led and taken part in by the units asked about.
func roleCounts(its [][]hit) (lead, part int) {
	for _, it := range its {
		isLead := false
		for _, h := range it {
			for _, r := range h.roles {
				if r.role == plan.RoleLead {
					isLead = true
				}
			}
		}
		if isLead {
			lead++
		} else {
			part++
		}
	}
	return lead, part
}

// emptyNote says there is nothing, and what there is nearby (a unit that only takes part, tasks
// marked done).
func (e *Engine) emptyNote(c *composer, q *Query, res result, today plan.Day) {
	c.b.WriteString(c.t("没有。", "None."))
	if len(q.Units) == 1 && len(res.filters) == 1 && q.Units[0].Role != RoleAny && q.Units[0].Role != "" {
		other := *q
		other.Units = []UnitFilter{q.Units[0]}
		other.Units[0].Role = RoleAny
		n, inRole := 0, 0
		for _, ut := range e.kb.UnitTasks(res.filters[0].refs) {
			if !e.ledger().isMeasure(ut.Task) {
				n++
				if ut.Role == q.Units[0].Role {
					inRole++
				}
			}
		}
		// Said only when the role emptied the list: "市发展改革委牵头的任务有哪些逾期?" of a unit that
		// leads tasks none of which is overdue is no unit that leads none.
		if n > 0 && inRole == 0 {
			c.printf(c.t("（它在方案中共有 %d 项任务，%s。）", " (It has %d task(s) in the plans, %s.)"), n,
				c.t(map[string]string{plan.RoleLead: "但都不是牵头", plan.RoleParticipating: "但都是牵头"}[q.Units[0].Role],
					map[string]string{plan.RoleLead: "none as lead", plan.RoleParticipating: "all as lead"}[q.Units[0].Role]))
		}
	}
	c.printf("\n")
	e.doneNote(c, q, res)
}

// doneNote says which tasks an overdue or due list left out because they were marked done, by whom
// and when.
func (e *Engine) doneNote(c *composer, q *Query, res result) {
	if res.marksErr != nil {
		c.b.WriteString(c.t("（完成标记暂时读不到，以上按方案列出。）\n", "(Done marks could not be read; listed from the plans.)\n"))
	}
	if (q.Status == StatusExtension || q.Status == StatusReported) && e.opt.States == nil {
		c.b.WriteString(c.t("（未连接提醒库，不知道各单位申请延期和填报进展的情况。）\n", "(No reminder store: what units reported and asked for is unknown.)\n"))
	}
	if len(res.doneHits) == 0 {
		if q.asksDone && q.Status == "" && e.opt.Done == nil {
			c.b.WriteString(c.t("（未连接提醒库，不知是否已标记完成，请向责任单位核实。）\n", "(No reminder store: whether they are marked done is unknown; check with the units.)\n"))
		}
		if q.Status == StatusOpen && e.opt.Done == nil {
			c.b.WriteString(c.t("（未连接提醒库，不知道哪些已标记完成：以上为方案中的全部任务。）\n", "(No reminder store: done marks are unknown; these are all the plans' tasks.)\n"))
		}
		if q.Status == StatusDone && e.opt.Done == nil {
			c.b.WriteString(c.t("（未连接提醒库，不知道哪些任务已标记完成。）\n", "(No reminder store: done marks are unknown.)\n"))
		}
		if q.Status == StatusOverdue && e.opt.Done == nil {
			c.b.WriteString(c.t("（逾期指期限已过；未连接提醒库，不知完成标记，请向责任单位核实。）\n", "(Overdue: the deadline passed; with no reminder store, done marks are unknown: check with the units.)\n"))
		}
		return
	}
	if c.page < c.pages-1 {
		return // said once, after the list's last line
	}
	its := items(res.doneHits)
	c.printf(c.t("另有 %d 项已标记完成，未列入：\n", "%d more marked done, left out:\n"), len(its))
	for _, it := range its {
		h := it[0]
		c.printf("- %s %s %s", h.Doc.City, itemNumber(h.Task), e.taskTitle(h.Doc, h.Task))
		if m := h.doneMark(); m.By != "" || !m.At.IsZero() {
			c.printf(c.t("（%s 于 %s 标记完成）", " (marked done by %s on %s)"), m.By, m.At.In(plan.Zone()).Format("2006-01-02 15:04"))
		}
		c.printf("\n")
	}
}

// paginate splits n lines into pages of pageItems and picks the page asked for (the last when
// it asks past the end); with c.all, every line is on the one page.
func (c *composer) paginate(n, page int) {
	size := pageItems
	if c.all {
		size = max(n, 1)
	}
	c.pages = max((n+size-1)/size, 1)
	c.page = min(max(page, 0), c.pages-1)
	c.first, c.last = c.page*size, min(n, (c.page+1)*size)
}

// shows reports whether line i of a paged list is on the page shown. Lines not shown are never
// formatted: a list of 20,000 tasks costs what one page of it does.
func (c *composer) shows(i int) bool { return i >= c.first && i < c.last }

// pageNote ends a list of n lines longer than a page: which page this is, and how many lines are
// left and how to see them ("更多"), or that the list is complete.
func (c *composer) pageNote(n int) {
	c.left = n - c.last
	switch {
	case c.pages <= 1:
	case c.page < c.pages-1:
		c.printf(c.t("\n（第 %d/%d 页，共 %d 项；还有 %d 项，回复“更多”查看。）\n", "\n(Page %d of %d, %d tasks; %d more: reply “more”.)\n"), c.page+1, c.pages, n, n-c.last)
	default:
		c.printf(c.t("\n（第 %d/%d 页，共 %d 项，已全部列出。）\n", "\n(Page %d of %d, %d tasks: that is all.)\n"), c.page+1, c.pages, n)
	}
}

// listBody writes the items grouped by plan, one line each, paged.
func (e *Engine) listBody(c *composer, q *Query, its [][]hit, today plan.Day) {
	c.paginate(len(its), q.page)
	first, last := c.first, c.last
	perDoc := itemsPerDoc(its)
	var lastDoc *plan.Document
	for i, it := range its {
		for _, h := range it {
			c.task(h.TaskRef)
		}
		if i < first || i >= last {
			continue
		}
		h := it[0]
		if len(c.lines) < pageItems {
			c.lines = append(c.lines, h.Task.ID)
		}
		if h.Doc != lastDoc {
			c.printf("\n%s", c.planHead(h.Doc))
			if len(perDoc) > 1 { // a list over several plans says how many are in each
				c.printf(c.t("：%d 项", ": %d"), perDoc[h.Doc])
			}
			c.printf("\n")
			lastDoc = h.Doc
		}
		c.printf("- %s\n", e.itemLine(c, q, it, today))
		if showText(q, len(its)) {
			t := quotedClause(it).Task
			c.printf("  “%s”\n", plan.Clip(oneLine(windowWords(q, t, t.Text)), 300)) // a task's words on its own line, not a cell's lines
		}
	}
	c.pageNote(len(its))
}

// windowWords is what a list quotes of a long task asked of a window ("这个月有什么时间节点?"): its
// words from the sentence that holds the first of its dates in the window, when its opening words
// would be cut before any ("…9月底前下达80%以上" far into an item of many stages); else its words.
func windowWords(q *Query, t *plan.Task, text string) string {
	if q.From == "" && q.To == "" || utf8.RuneCountInString(text) <= 300 {
		return text
	}
	from, _ := plan.ParseDay(q.From)
	to, _ := plan.ParseDay(q.To)
	at := -1
	for _, d := range t.Deadlines {
		if d.Quote == "" || !from.IsZero() && d.Date.Before(from) || !to.IsZero() && to.Before(d.Date) {
			continue
		}
		if i := strings.Index(text, d.Quote); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 || utf8.RuneCountInString(text[:at]) < 250 {
		return text
	}
	start := 0
	for _, sep := range []string{"。", "；", ";", "\n"} {
		if k := strings.LastIndex(text[:at], sep); k >= 0 && k+len(sep) > start {
			start = k + len(sep)
		}
	}
	return "…" + strings.TrimSpace(text[start:])
}

// quotedClause is the clause of an item whose words a list quotes: the first where a unit asked about
// leads, as its own duty says most of what it is to do ("区体育局：负责利用体育场馆…" rather than the
// item's opening "…牵头，…体育局…等部门履行相应职责", where it takes part), else the item's first.
func quotedClause(it []hit) hit {
	for _, x := range it {
		for _, r := range x.roles {
			if r.role == plan.RoleLead {
				return x
			}
		}
	}
	return it[0]
}

// oneLine is s with its line breaks as spaces: a table cell's several lines quoted on one.
func oneLine(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// reStatedCount is how a plan states the number of its own tasks: 确定的146项工作任务, 共有42项任务,
// a part's (分解任务19项).
var reStatedCount = regexp.MustCompile(`(?:共有|共计|合计|确定的|明确的|共)\s*(\d+)\s*项(?:重点|主要)?(?:工作)?任务|(?:办好|实施|推进|确定|安排)?[^，,。；;]{0,12}?(\d+)\s*(?:件|项)(?:民生)?(?:实事|事项|重点工作|工作任务)|(?:确定事项|民生实事|重点事项|工作任务|实事)\s*(\d+)\s*(?:件|项)|分解(?:为|成)[^，,。；;]{0,12}?(\d+)\s*(?:项|件|条)|(?:分解|细化)(?:出)?(?:重点|主要)?(?:工作)?任务\s*(\d+)\s*(?:项|件|条)`)

// statedCount is the number of tasks a plan's own text says it has, with the clause that says so,
// for a count of one whole plan (no unit, topic, status or window asked); "" when it says none.
func (e *Engine) statedCount(q *Query, res result) (n, quote string) {
	if q.hasUnits() || q.Status != "" || q.From+q.To != "" || q.Frequency != "" || len(res.docs) != 1 {
		return "", ""
	}
	d := res.docs[0]
	for _, p := range d.Paras {
		if p.TaskID != "" {
			continue
		}
		// The sentence that states it is quoted whole: it often says what is done too ("确定事项43件,
		// 截止6月10日,已完成16件").
		for _, snt := range strings.FieldsFunc(p.Text, func(r rune) bool { return strings.ContainsRune("。；;", r) }) {
			for _, cl := range strings.FieldsFunc(snt, func(r rune) bool { return strings.ContainsRune("，,:：", r) }) {
				// The words up to the count describe what is counted; a later clause ("其中养老服务
				// 5项") counts a part, not the whole.
				upTo := snt[:strings.Index(snt, cl)+len(cl)]
				if m := reStatedCount.FindStringSubmatch(cl); m != nil && describesPlan(q.Topic, d.Title, upTo) {
					return m[1] + m[2] + m[3] + m[4] + m[5], plan.Clip(strings.TrimSpace(snt), 90)
				}
			}
		}
	}
	return "", ""
}

// reCountedNoun is what a question counts: "多少项重大体育赛事活动", "几项培养举措".
var reCountedNoun = regexp.MustCompile(`(?:多少|几)\s*(项|件|个|场|次|批|家)(\p{Han}{2,16})`)

// reFigureOf is a figure a plan states: "50项以上", "11项".
var reFigureOf = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(项|件|个|场|次|批|家)(以上|左右|余|次以上)?`)

// countedFigure is the figure a few tasks state of what a count question counts, when it is not the
// plan's items ("全年举办50项以上重大体育赛事活动" for "多少项重大体育赛事活动?"): the figure and its
// clause; "" when the question counts tasks or no task states one.
func countedFigure(question string, its [][]hit) (fig, quote string) {
	m := reCountedNoun.FindStringSubmatch(question)
	if m == nil || len(its) == 0 || len(its) > 3 {
		return "", ""
	}
	noun := []rune(strings.TrimSuffix(m[2], "的"))
	if hasAnyPrefix(string(noun), []string{"任务", "工作", "事项", "重点", "内容", "条款"}) || len(noun) < 2 {
		return "", ""
	}
	anchor := string(noun[len(noun)-2:])
	for _, it := range its {
		text := it[0].Task.Text
		for _, f := range reFigureOf.FindAllStringSubmatchIndex(text, -1) {
			if text[f[4]:f[5]] != m[1] {
				continue
			}
			after := text[f[1]:]
			k := strings.Index(after, anchor)
			if k < 0 || utf8.RuneCountInString(after[:k]) > 10 || strings.ContainsAny(after[:k], "，,。；;、") {
				continue
			}
			start := 0
			if i := strings.LastIndexAny(text[:f[0]], "，,。；;"); i >= 0 {
				_, size := utf8.DecodeRuneInString(text[i:])
				start = i + size
			}
			end := f[1] + k + len(anchor)
			return text[f[0]:f[1]] + after[:k+len(anchor)], strings.TrimSpace(plan.Clip(text[start:end], 80))
		}
	}
	return "", ""
}

// reDividing is a topic word that only says how a plan divides its work: 分解成, 分解为, 分工, 列出.
var reDividing = regexp.MustCompile(`^(?:分解|分工|细化|列出|列了|梳理)(?:成|为|出)?$`)

// describesPlan: a count's topic words only describe the plan itself ("2024年政府工作报告分工方案一共
// 分解了多少项", "市政府重点工作一共有多少项"): each is in the plan's title or in the sentence that
// states the count. A topic of its own ("养老的任务有几项") is no count of the whole plan.
func describesPlan(topic []string, title, sentence string) bool {
	for _, w := range topic {
		if reDividing.MatchString(w) {
			continue // "一共分解成了多少项": how the plan is made, not what its tasks are about
		}
		if !strings.Contains(title, w) && !strings.Contains(sentence, w) {
			return false
		}
	}
	return true
}

// itemsPerDoc counts a list's items by the plan they are in.
func itemsPerDoc(its [][]hit) map[*plan.Document]int {
	n := map[*plan.Document]int{}
	for _, it := range its {
		n[it[0].Doc]++
	}
	return n
}

// showText reports whether a list shows each task's own words: when it asks what the tasks say
// (具体, 哪块), names a topic that one or two tasks are about, or the list is three tasks or fewer
// (a liaison asking for a unit's tasks then reads what each asks without a second question).
func showText(q *Query, n int) bool {
	return n > 0 && (q.detail && n <= 5 || len(q.Topic) > 0 && n <= 2 || n <= 3)
}

// itemLine is one item of a list: the role asked about, its number and title, its dates or duties,
// and who answers for it when the list is not about a unit.
func (e *Engine) itemLine(c *composer, q *Query, it []hit, today plan.Day) string {
	h := it[0]
	var b strings.Builder
	var roles []string
	for _, x := range it {
		for _, r := range x.roles {
			w := c.role(r.role)
			if len(q.Units)+len(q.DeptTypes) > 1 || len(q.DeptTypes) > 0 {
				w = e.ledger().unitName(x.Doc, r.unit.Name) + " " + w
			}
			if !contains(roles, w) {
				roles = append(roles, w)
			}
		}
	}
	if len(roles) > 0 {
		b.WriteString("[" + strings.Join(roles, c.t("，", ", ")) + "] ")
	}
	var dues []plan.Deadline
	var occs []duties.Occurrence
	var recs []plan.Recurring
	var tasks []*plan.Task
	for _, x := range it {
		dues = append(dues, x.dues...)
		occs = append(occs, x.occs()...)
		recs = append(recs, x.recs()...)
		tasks = append(tasks, x.Task)
	}
	if len(dues) > 0 && (q.Status == StatusDue || q.Status == StatusOverdue) {
		d := dues[0]
		mark := kindWord(c, duties.Kind(d))
		if q.Status == StatusDue && d.Date.Before(today) {
			mark += c.t("，已过期限", ", passed") // the past is never shown as upcoming
		}
		if q.daysLeft && !today.IsZero() && !d.Date.IsZero() && (q.Status == StatusOverdue || !d.Date.Before(today)) {
			mark += daysLeftNote(c, today, d.Date) // "逾期多久了?": the days since the date; "还有几天到期?": the days to it
		}
		fmt.Fprintf(&b, "%s [%s] ", datesOf(dues), mark)
	}
	b.WriteString(itemNumber(h.Task) + " " + e.taskTitle(h.Doc, h.Task))
	if len(dues) > 0 && (q.Status == StatusDue || q.Status == StatusOverdue) {
		fmt.Fprintf(&b, c.t("（“%s”）", " (“%s”)"), goalClause(h.Task.Text, dues[0]))
	} else if q.Status == "" || q.Status == StatusDated || q.Status == StatusFigured {
		b.WriteString(clausesDueNote(c, q, tasks))
	} else if q.Status == StatusNoDate {
		// No date, but the plan may say how long: "长期推进", "持续开展".
		if m := duties.Ongoing(h.Task.Text); m != "" {
			fmt.Fprintf(&b, c.t(" · 时限写作“%s”", " · time given as “%s”"), m)
		}
	}
	seenQuote := map[string]bool{}
	for _, o := range occs {
		fmt.Fprintf(&b, c.t(" · %s %s（“%s”）", " · %s %s (“%s”)"), o.Day, ruleWords(c, o.Recurring.Rule), plan.Clip(o.Recurring.Quote, 40))
		seenQuote[o.Recurring.Quote] = true // its day shown, the duty is not written again
	}
	for _, r := range recs {
		if seenQuote[r.Quote] {
			continue
		}
		seenQuote[r.Quote] = true
		fmt.Fprintf(&b, c.t(" · %s（“%s”）", " · %s (“%s”)"), ruleOrWords(c, r), plan.Clip(r.Quote, 40))
	}
	if len(q.Units) == 0 && len(q.DeptTypes) == 0 || q.partners {
		b.WriteString(" · " + e.unitsLine(c, h.Doc, tasks, 6))
	}
	if q.Status == StatusDone && h.done {
		// A list of what is marked done says by whom and when ("…是谁标记完成的?").
		fmt.Fprintf(&b, c.t(" · %s 于 %s 标记完成", " · marked done by %s on %s"), h.doneMark().By, h.doneMark().At.In(plan.Zone()).Format("2006-01-02 15:04"))
	}
	if q.asksDone && q.Status == "" && e.opt.Done != nil {
		// "…完成了吗?": whether it is marked done, by whom and when.
		if h.done {
			fmt.Fprintf(&b, c.t(" · 已标记完成（%s 于 %s 标记完成）", " · marked done by %s on %s"), h.doneMark().By, h.doneMark().At.In(plan.Zone()).Format("2006-01-02 15:04"))
		} else {
			b.WriteString(c.t(" · 尚未标记完成", " · not marked done"))
		}
	}
	for _, x := range it {
		for _, n := range x.notes() {
			b.WriteString(" · " + e.noteWords(c, q.Status, x.Doc, n))
		}
	}
	return b.String()
}

// noteWords says what a unit said of its share, as the 台账 does: "衢州海关 申请延至 2027-03-31：等待海关总署批复
// （李四 2026-12-02）", "衢州海关 进展：已完成初稿（李四 2026-12-02）".
func (e *Engine) noteWords(c *composer, status string, d *plan.Document, n shareNote) string {
	who := e.ledger().unitName(d, n.unit.Name)
	if who == "" {
		who = n.unit.City
	}
	by := func(name string, at time.Time) string {
		var parts []string
		if name != "" {
			parts = append(parts, name)
		}
		if !at.IsZero() {
			parts = append(parts, at.In(plan.Zone()).Format("2006-01-02"))
		}
		if len(parts) == 0 {
			return ""
		}
		return c.t("（", " (") + strings.Join(parts, " ") + c.t("）", ")")
	}
	st := n.state
	if !st.ExtensionTo.IsZero() && (st.Progress == "" || status == StatusExtension) {
		s := who + c.t(" 申请延至 ", " asked for more time, to ") + st.ExtensionTo.String()
		if st.ExtensionReason != "" {
			s += c.t("：", ": ") + plan.Clip(oneLine(st.ExtensionReason), 80)
		}
		return s + by(st.ExtensionBy, st.ExtensionAt)
	}
	return who + c.t(" 进展：", " progress: ") + plan.Clip(oneLine(st.Progress), 80) + by(st.ProgressBy, st.ProgressAt)
}

// renderCount writes a count: the total or one line per group, then the tasks counted.
func (e *Engine) renderCount(c *composer, q *Query, res result, today plan.Day) {
	switch q.GroupBy {
	case GroupUnit:
		e.countByUnit(c, q, res)
		return
	case GroupCity, GroupPlan:
		e.countByPlace(c, q, res, today)
		return
	}
	its := items(res.hits)
	if fig, quote := countedFigure(q.counted, its); fig != "" {
		// "鹿城全年要举办多少项重大体育赛事活动?": the plan's own figure first, its tasks after.
		c.printf(c.t("方案写明：%s（“%s”）。\n", "The plan says %s (“%s”).\n"), fig, quote)
	}
	subj, qual := e.subject(c, q, res), e.qualifier(c, q, res, today)
	lead, part := roleCounts(its)
	if c.lang == "en" {
		c.printf("%s: %d task(s)", strings.TrimSpace(subj+" "+qual), len(its))
	} else {
		c.printf("%s%s任务共 %d 项", subj, qual, len(its))
	}
	if len(q.Units) > 0 && len(its) > 0 && q.Units[0].Role != plan.RoleLead && q.Units[0].Role != plan.RoleParticipating {
		c.printf(c.t("（牵头 %d 项，"+c.partName()+" %d 项）", " (%d as lead, %d participating)"), lead, part)
	}
	if len(res.hits) > len(its) {
		// Items whose parts name their units apart ("…（责任单位：市商务局）。培育…（责任单位：…）"):
		// each part is a duty of its own too.
		c.printf(c.t("，按各条分项责任计 %d 条", "; %d separately assigned parts"), len(res.hits))
	}
	c.b.WriteString(c.t("。\n", ".\n"))
	stated := false
	if n, quote := e.statedCount(q, res); n != "" && n != strconv.Itoa(len(its)) {
		c.printf(c.t("方案文中写明共 %s 项（件）：“%s”。\n", "The plan itself says %s in all: “%s”.\n"), n, quote)
		stated = true
	}
	if len(its) == 0 && stated {
		return // the plan's own count answers; its items are not in the text read ("分解任务19项")
	}
	if len(its) == 0 {
		e.emptyNote(c, q, res, today)
		return
	}
	e.listBody(c, q, its, today)
	e.doneNote(c, q, res)
}

// totalLine is the first sentence of a count: how many tasks the subject has, as lead and taking
// part when no role was asked.
func (e *Engine) totalLine(c *composer, q *Query, res result, today plan.Day) {
	its := items(res.hits)
	subj, qual := e.subject(c, q, res), e.qualifier(c, q, res, today)
	if c.lang == "en" {
		c.printf("%s: %d task(s)", strings.TrimSpace(subj+" "+qual), len(its))
	} else {
		c.printf("%s%s任务共 %d 项", subj, qual, len(its))
	}
	if len(q.Units) > 0 && len(its) > 0 && q.Units[0].Role != plan.RoleLead && q.Units[0].Role != plan.RoleParticipating {
		lead, part := roleCounts(its)
		c.printf(c.t("（牵头 %d 项，"+c.partName()+" %d 项）", " (%d as lead, %d participating)"), lead, part)
	}
	c.b.WriteString(c.t("。\n", ".\n"))
}

// placeCount is one line of a count per city or per plan.
type placeCount struct {
	key, label string
	its        int
	lead       int
	parts      int // the tasks of its items: an item whose clauses name their own units is several
}

// placeCounts are the lines of a count, in the order they were first met.
type placeCounts struct {
	list  []*placeCount
	byKey map[string]*placeCount
}

func (gs *placeCounts) add(key, label string) *placeCount {
	if gs.byKey == nil {
		gs.byKey = map[string]*placeCount{}
	}
	g := gs.byKey[key]
	if g == nil {
		g = &placeCount{key: key, label: label}
		gs.byKey[key] = g
		gs.list = append(gs.list, g)
	}
	return g
}

// countByPlace counts the tasks per city or per plan: every place in scope has a line, with 0 when
// it has none; then the tasks themselves when they are few or the question narrowed them.
func (e *Engine) countByPlace(c *composer, q *Query, res result, today plan.Day) {
	its := items(res.hits)
	var gs placeCounts
	for _, d := range res.docs {
		key, label := d.City, d.City
		if q.GroupBy == GroupPlan {
			key, label = d.ID, d.City+" "+c.docLine(d)
		}
		if q.GroupBy == GroupCity && (len(q.DeptTypes) > 0 || len(q.Units) > 0) {
			if names := e.unitsIn(d, res.units); len(names) > 0 {
				label += " " + strings.Join(names, "、")
			}
		}
		gs.add(key, label)
	}
	for _, it := range its {
		key := it[0].Doc.City
		if q.GroupBy == GroupPlan {
			key = it[0].Doc.ID
		}
		g := gs.add(key, key)
		g.its++
		g.parts += len(it)
		l, _ := roleCounts([][]hit{it})
		g.lead += l
	}
	if q.Rank {
		sort.SliceStable(gs.list, func(i, j int) bool {
			if q.fewest {
				return gs.list[i].its < gs.list[j].its
			}
			return gs.list[i].its > gs.list[j].its
		})
	}
	c.printf(c.t("%s%s任务共 %d 项，分别是：\n", "%s %s: %d task(s) in all:\n"), e.subject(c, q, res), e.qualifier(c, q, res, today), len(its))
	if len(q.Units) > 1 && !q.AllUnits {
		// "市科委、市委金融办一共有几项": each unit's count, then each place's.
		for _, g := range unitCounts(q, res, e.ledger()) {
			c.printf(c.t("- %s：%d 项\n", "- %s: %d\n"), e.ledger().unitName(g.doc, g.unit.Name), len(g.its))
		}
	}
	// A topic counted over every loaded plan ("油气管道那块有几项") lists the places that have it; the
	// rest are one line, not a column of zeros.
	quiet := len(q.Topic) > 0 && len(q.Cities) == 0 && !q.hasUnits() && len(q.DeptTypes) == 0 && len(its) > 0
	zeros := 0
	for _, g := range gs.list {
		if quiet && g.its == 0 {
			zeros++
			continue
		}
		e.countLine(c, q, g)
	}
	if zeros > 0 {
		c.printf(c.t("- 其余 %d 个地方：0 项\n", "- the other %d places: 0\n"), zeros)
	}
	if len(its) > 0 && (len(its) <= pageItems || q.hasUnits() || len(q.Topic) > 0 || q.Status != "" || q.Frequency != "") {
		e.listBody(c, q, its, today)
		return
	}
	for _, it := range its {
		for _, h := range it {
			c.task(h.TaskRef)
		}
	}
}

// unitsIn are the names plan d gives the units of its city among units.
func (e *Engine) unitsIn(d *plan.Document, units []plan.UnitRef) []string {
	var names []string
	for _, u := range units {
		if u.City == d.City {
			if n := e.ledger().unitName(d, u.Name); !contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}

// onlyLevel is the one level every department type asked about is narrowed to ("区农业农村局在各地":
// 区), "" when any is not.
func onlyLevel(q *Query) string {
	lv := ""
	for _, t := range q.DeptTypes {
		l := q.typeLevel[t]
		if l == "" || lv != "" && l != lv {
			return ""
		}
		lv = l
	}
	return lv
}

// levelWord names a level's character in English.
var levelWord = map[string]string{"省": "province", "市": "city", "区": "district", "县": "county"}

// countLine is a place's line: its count, and how many as lead when the role was not asked.
func (e *Engine) countLine(c *composer, q *Query, g *placeCount) {
	if g.its == 0 && q.GroupBy == GroupCity && (len(q.DeptTypes) > 0 || len(q.Units) > 0) && !strings.Contains(g.label, " ") {
		if lv := onlyLevel(q); lv != "" {
			c.printf(c.t("- %s：方案未列%s级的这类部门，0 项\n", "- %s: no such department at the %s level in the plan, 0\n"), g.label, c.t(lv, levelWord[lv]))
			return
		}
		c.printf(c.t("- %s：方案未列这类部门，0 项\n", "- %s: no such department in the plan, 0\n"), g.label)
		return
	}
	c.printf(c.t("- %s：%d 项", "- %s: %d"), g.label, g.its)
	if q.hasUnits() && g.its > 0 {
		role := q.Role
		if len(q.Units) > 0 {
			role = q.Units[0].Role
		}
		if role != plan.RoleLead && role != plan.RoleParticipating {
			c.printf(c.t("（牵头 %d 项，"+c.partName()+" %d 项）", " (%d lead, %d participating)"), g.lead, g.its-g.lead)
		}
	}
	if g.parts > g.its {
		c.printf(c.t("，按各条分项责任计 %d 条", "; %d separately assigned parts"), g.parts)
	}
	c.printf("\n")
}

// rankLines is how many units a ranking shows.
const rankLines = 10

// countByUnit counts the tasks of each unit (as lead or taking part, as asked), most first when
// ranked.
func (e *Engine) countByUnit(c *composer, q *Query, res result) {
	groups := unitCounts(q, res, e.ledger())
	if len(q.except) > 0 {
		groups = slices.DeleteFunc(groups, func(g *unitCount) bool {
			return slices.Contains(q.except, g.unit.Name) || slices.ContainsFunc(res.except, func(f unitSet) bool { return slices.Contains(f.refs, g.unit) })
		})
	}
	leading := 0 // the units a leadsNone question leaves out because they lead
	if q.leadsNone {
		n := len(groups)
		groups = slices.DeleteFunc(groups, func(g *unitCount) bool { return g.lead > 0 })
		leading = n - len(groups)
	}
	if q.levelOnly != "" {
		// A name opening with the level's character as a level (not 市场监管局, whose 市 is a word).
		groups = slices.DeleteFunc(groups, func(g *unitCount) bool {
			return !strings.HasPrefix(g.unit.Name, q.levelOnly) || plan.UnitBody(g.unit.Name) == g.unit.Name
		})
	}
	scope := e.scope(c, q, res)
	what := c.t("任务", "tasks")
	switch q.Role {
	case plan.RoleLead:
		what = c.t("牵头的任务", "tasks led")
	case plan.RoleParticipating:
		what = c.t("参与的任务", "tasks taken part in")
	}
	if q.Status == StatusOverdue {
		// "逾期最多的单位": the counts are of overdue tasks, not each unit's whole load.
		what = c.t("已逾期的", "overdue ") + what
	}
	if len(groups) == 0 && q.leadsNone && leading > 0 {
		// "哪些单位只配合不牵头?" where every unit leads (a list of 责任单位 alone): none, and why — not
		// that no unit has tasks.
		c.printf(c.t("%s没有只参与、不牵头任务的单位：%d 个单位都牵头了任务。\n", "%s: no unit only takes part; all %d units lead tasks.\n"), withSpace(scope, c), leading)
		return
	}
	if len(groups) == 0 {
		c.printf(c.t("%s没有单位有%s。\n", "%s: no unit has %s.\n"), withSpace(scope, c), what)
		return
	}
	if q.countUnits {
		c.printf(c.t("%s共有 %d 个单位有%s：\n", "%s: %d units have %s:\n"), withSpace(scope, c), len(groups), what)
	}
	switch {
	case q.leadsNone:
		c.printf(c.t("%s只参与、不牵头任务的单位共 %d 个（参与的任务数量）：\n", "%s%d units take part in tasks and lead none (tasks taken part in):\n"), withSpace(scope, c), len(groups))
	case q.Rank && q.fewest:
		c.printf(c.t("%s各单位%s数量（从少到多）：\n", "%s units by number of %s, fewest first:\n"), withSpace(scope, c), what)
	case q.Rank:
		c.printf(c.t("%s各单位%s数量（从多到少）：\n", "%s units by number of %s, most first:\n"), withSpace(scope, c), what)
	default:
		c.printf(c.t("%s各单位%s数量：\n", "%s units by number of %s:\n"), withSpace(scope, c), what)
	}
	e.unitCountLines(c, q, groups)
	// The tasks the answer is about: every task counted, or, asked which one is first, the first's
	// (all tied for first).
	for i, g := range groups {
		if q.top > 0 && i == q.top || q.top == 0 && q.rankOne && len(g.its) != len(groups[0].its) {
			break // the ones shown ("前两名"), or the first's
		}
		for _, h := range g.hits {
			c.task(h.TaskRef)
		}
	}
}

// unitCount is one unit's line of a count per unit: the items it has, as lead and as participant.
type unitCount struct {
	unit       plan.UnitRef
	doc        *plan.Document
	its        map[string]bool
	lead, part int
	hits       []hit
	led        map[*plan.Task]bool // the tasks the unit leads, under whichever of its names
}

// unitCounts counts the hits' items per unit (the units asked about, in the role asked), most
// first (fewest first when asked so), then by name. An item a table of the plan repeats is folded
// within each unit's tasks (onceEach), as a question about that unit folds it: folded across the
// plan, a row naming units its twin does not would be lost to them.
func unitCounts(q *Query, res result, l *ledger) []*unitCount {
	sigs := l.sigs
	// One unit a plan writes two ways (湖州's 市人力社保局 and, once, 市人社局) is one line: keyed by
	// its canonical name in its city, shown by the name first met.
	canon := map[string]string{}
	canonical := func(u string) string {
		c, ok := canon[u]
		if !ok {
			c = l.aliases.Canonical(u)
			canon[u] = c
		}
		return c
	}
	// A plan that writes a unit with its level once and bare elsewhere (区气象局, then 气象局) means
	// one unit: the bare name counts on the line of the only unit of that plan it is the body of.
	bodies := map[*plan.Document]map[string]string{}
	leveled := func(d *plan.Document, u string) string {
		m, ok := bodies[d]
		if !ok {
			m = levelledBodies(d)
			bodies[d] = m
		}
		if full := m[u]; full != "" {
			return full
		}
		return u
	}
	byUnit := map[plan.UnitRef]*unitCount{}
	var groups []*unitCount
	asked := map[plan.UnitRef]bool{}
	for _, u := range res.units {
		asked[u] = true
	}
	hits := res.hits
	if res.shareDone != nil {
		// Each unit's own mark decides its line, as it decides its own "X逾期了哪些": a task done as a
		// whole is still a unit's whose share is not marked, and a unit's marked share is not its.
		hits = append(slices.Clip(hits), res.doneHits...)
	}
	for _, h := range hits {
		for _, u := range h.Task.Units() {
			ref := plan.UnitRef{City: h.Doc.City, Name: u}
			role := h.Task.Role(u)
			if len(asked) > 0 && !asked[ref] {
				continue
			}
			if lead, part := plan.RoleGroup(u); (lead || part) && !asked[ref] {
				continue // "各牵头单位": the plan's lead units by their role, not a unit of its own line
			}
			if res.shareDone[duties.TaskUnit{Task: h.Task.ID, Unit: ref}] {
				continue
			}
			if (q.Role == plan.RoleLead && role != plan.RoleLead) || (q.Role == plan.RoleParticipating && role != plan.RoleParticipating) {
				continue
			}
			full := leveled(h.Doc, u)
			key := plan.UnitRef{City: ref.City, Name: canonical(full)}
			g := byUnit[key]
			if g == nil {
				g = &unitCount{unit: plan.UnitRef{City: ref.City, Name: full}, doc: h.Doc, its: map[string]bool{}, led: map[*plan.Task]bool{}}
				byUnit[key] = g
				groups = append(groups, g)
			}
			g.hits = append(g.hits, h)
			if role == plan.RoleLead {
				g.led[h.Task] = true
			}
		}
	}
	for _, g := range groups {
		hs := onceEach(g.hits, sigs)
		g.hits = nil
		for _, h := range hs {
			k := itemOf(h.Task)
			if g.its[k] {
				continue
			}
			g.its[k] = true
			g.hits = append(g.hits, h)
			if g.led[h.Task] {
				g.lead++
			} else {
				g.part++
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if len(groups[i].its) != len(groups[j].its) {
			if q.fewest {
				return len(groups[i].its) < len(groups[j].its)
			}
			return len(groups[i].its) > len(groups[j].its)
		}
		return groups[i].unit.String() < groups[j].unit.String()
	})
	return groups
}

// levelledBodies maps each bare unit name of a plan (气象局) to the one name of that plan that is it
// with a level before it (区气象局); a body two levelled names share (市水利局, 县水利局) maps to neither.
func levelledBodies(d *plan.Document) map[string]string {
	named := map[string]bool{}
	for _, t := range d.Tasks {
		for _, u := range t.Units() {
			named[u] = true
		}
	}
	out := map[string]string{}
	for u := range named {
		body := plan.UnitBody(u)
		if body == u || !named[body] {
			continue
		}
		if prev, ok := out[body]; ok && prev != u {
			out[body] = "-"
			continue
		}
		out[body] = u
	}
	for b, u := range out {
		if u == "-" {
			delete(out, b)
		}
	}
	return out
}

// unitCountLines writes a line a unit, the city first when they are of several; a ranking shows
// the first few ("前三个单位") or rankLines.
func (e *Engine) unitCountLines(c *composer, q *Query, groups []*unitCount) {
	multiCity := false
	for _, g := range groups {
		if g.unit.City != groups[0].unit.City {
			multiCity = true
		}
	}
	lines := rankLines
	if q.top > 0 {
		lines = q.top // "前三个单位"
	}
	for i, g := range groups {
		if i == lines && q.Rank {
			c.printf(c.t("……另有 %d 个单位\n", "… and %d more units\n"), len(groups)-lines)
			break
		}
		name := e.ledger().unitName(g.doc, g.unit.Name)
		if multiCity {
			name = g.unit.City + " " + name
		}
		c.printf(c.t("%d. %s：%d 项", "%d. %s: %d"), i+1, name, len(g.its))
		if q.Role != plan.RoleLead && q.Role != plan.RoleParticipating {
			c.printf(c.t("（牵头 %d，"+c.partName()+" %d）", " (%d lead, %d participating)"), g.lead, g.part)
		}
		c.printf("\n")
	}
}

// goalClause is how a deadline is quoted: a target with the rest of its clause, where the figure
// to reach is ("2025年推动首批95个公共体育场馆免费或低收费开放"), a deadline as the plan dates it.
func goalClause(text string, d plan.Deadline) string {
	i := strings.Index(text, d.Quote)
	if d.Kind != plan.KindTarget || i < 0 || d.Quote == "" {
		return d.Quote
	}
	rest := text[i:]
	// "到2027年，累计培育…": the goal is the clause after the date's own.
	from := len(d.Quote)
	if after := strings.TrimLeft(rest[from:], "，, "); len(after) < len(rest[from:]) {
		from = len(rest) - len(after)
	}
	if j := strings.IndexAny(rest[from:], "，。；;\n"); j >= 0 {
		rest = rest[:from+j]
	}
	return plan.Clip(rest, 60)
}

// dueNote is what a list line says of when a task is due: its dates, or, with none, the time limit
// it states ("整改时限：5天" → " · 时限 5天"); "" when it says nothing.
func dueNote(c *composer, q *Query, t *plan.Task) string {
	return clausesDueNote(c, q, []*plan.Task{t})
}

// clausesDueNote is dueNote of an item a plan's parse split into clauses (“(一)-1”, “(一)-2”), which a
// list shows as one line: the dates of every clause, since the item's later clauses often hold its
// dates ("…开展评估工作，编制自评估报告。请各区于9月底前完成自评估报告编制").
func clausesDueNote(c *composer, q *Query, ts []*plan.Task) string {
	var dls []plan.Deadline
	for _, t := range ts {
		dls = append(dls, duties.Within(t, plan.Day{}, plan.Day{}, "", "")...)
	}
	t := ts[0]
	if ds := datesOf(dls); ds != "" {
		if q.daysLeft && !q.today.IsZero() {
			// "县供电公司的任务还有几天到期?": each date with the days from today to it.
			var out []string
			for _, d := range dls {
				if s := d.Date.String() + daysLeftNote(c, q.today, d.Date); !d.Date.IsZero() && !contains(out, s) {
					out = append(out, s)
				}
			}
			ds = strings.Join(out, "、")
		}
		return fmt.Sprintf(c.t(" · 期限 %s", " · due %s"), ds)
	}
	if lim := undatedLimit(t.Text); lim != "" {
		return fmt.Sprintf(c.t(" · 时限 %s", " · time limit %s"), lim)
	}
	return ""
}

// undatedLimit is the time limit a task states with no date to make of it ("整改时限：5天", "立行立
// 改"), which the parser keeps as a "时限：" line of the task's words.
func undatedLimit(text string) string {
	_, lim, ok := strings.Cut(text, "\n时限：")
	if !ok {
		return ""
	}
	lim, _, _ = strings.Cut(lim, "\n")
	return plan.Clip(strings.TrimSpace(lim), 30)
}

// refCities counts the distinct cities of refs: one unit written two ways in one place is one place.
func refCities(refs []plan.UnitRef, asked []string) int {
	seen := make(map[string]bool, len(refs))
	for _, r := range refs {
		if len(asked) > 0 && !slices.ContainsFunc(asked, func(c string) bool { return strings.HasPrefix(r.City, c) }) {
			continue // a place the question (or the conversation) does not ask about is not listed
		}
		seen[r.City] = true
	}
	return len(seen)
}
