package bot

import (
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// Query is a question understood as filters over the ledger (the plans' tasks, with their units,
// dates and recurring duties) and the shape of the answer. The offline parser builds one from the
// question's words; the model builds one as the arguments of its query_tasks tool, whose JSON schema
// is generated from this type, so both run the same executor and cannot drift apart. Empty fields do
// not filter.
type Query struct {
	Units []UnitFilter `json:"units,omitempty" description:"units (departments) the tasks must name, as people write them, e.g. 市商务局 or 衢州市商务局, each with its role"`
	// AllUnits asks for the tasks that name every unit of Units ("A和B共同负责"); otherwise a task
	// naming any of them matches.
	AllUnits bool `json:"all_units,omitempty" description:"true: a task must name every unit listed (A和B共同负责); false: any of them"`
	// DeptTypes are kinds of department, whatever each city calls its own: 发展改革 matches 市发改委,
	// 区发展改革局 and 发展和改革委员会 alike.
	DeptTypes []string `json:"dept_types,omitempty" description:"department types across cities and levels, e.g. 发展改革, 商务, 教育, 财政, 住建, 民政, 卫生健康, 市场监管"`
	// Bodies are coordinating bodies named as parties: 工作专班, 领导小组, 指挥部, 联席会议.
	Bodies []string `json:"bodies,omitempty" description:"coordinating bodies asked about: 工作专班, 领导小组, 指挥部, 联席会议"`
	// Role narrows DeptTypes and the units counted by a group-by-unit question.
	Role string `json:"role,omitempty" enum:"lead,participating,any" description:"role of the department types (and of units counted when grouping by unit)"`

	Cities []string `json:"cities,omitempty" description:"cities or districts whose plans are asked about, e.g. 衢州市, 温州市鹿城区; empty for all"`
	Plans  []string `json:"plans,omitempty" description:"plans asked about: document numbers (文号) such as 湖政办发〔2023〕16号, or document ids"`

	From string `json:"from,omitempty" description:"deadline window start, YYYY-MM-DD"`
	To   string `json:"to,omitempty" description:"deadline window end, YYYY-MM-DD"`
	// Precision is "month" when the question named a month ("2023年12月底前"): deadlines the plan
	// set only to a year ("2023年") are then not counted in the window.
	Precision    string `json:"precision,omitempty" enum:"year,month" description:"month: the window names a month, so year-only deadlines do not count"`
	DeadlineKind string `json:"deadline_kind,omitempty" enum:"by,target" description:"by: deadlines; target: goals to reach (到2027年 …达到)"`

	Topic []string `json:"topic,omitempty" description:"topic words in Chinese; a task matches when its text holds all of them, e.g. 养老, 跨境电商"`

	Status    string `json:"status,omitempty" enum:"overdue,due,done,open,no_unit,no_lead,no_partners,with_partners,one_unit,joint_lead,no_date,dated,figured,extension,reported" description:"overdue: a deadline passed and not marked done; due: a deadline in the window; done: marked done; open: not marked done; extension: a unit asked for more time; reported: a unit reported progress; no_unit / no_lead / no_partners / no_date: what the plan leaves out (no_partners: a lead and no participating unit; with_partners: a lead and participating units both; one_unit: one unit alone; joint_lead: two lead units or more); dated: tasks with a deadline; figured: tasks that set a figure to reach (a quantified target)"`
	Frequency string `json:"frequency,omitempty" enum:"any,daily,weekly,monthly,bimonthly,quarterly,half_yearly,yearly" description:"only recurring duties of this frequency (any: every recurring duty)"`
	// MonthDay narrows monthly duties to those due by that day of each month ("每月10日前").
	MonthDay int `json:"month_day,omitempty" description:"with frequency monthly: only duties due by this day of each month (每月10日前 is 10)"`

	Shape   string   `json:"shape" enum:"list,count,owner,figure,frequency,plan_facts,summary,search" description:"list: the tasks; count: how many (with group_by); owner: who is responsible; figure: targets and figures quoted; frequency: how often; plan_facts: title, number, date, goals; summary: a leader's overview; search: quote passages"`
	GroupBy string   `json:"group_by,omitempty" enum:"unit,city,plan" description:"count per unit, per city or per plan"`
	Rank    bool     `json:"rank,omitempty" description:"order groups by count, most first (哪个单位任务最多)"`
	Facts   []string `json:"facts,omitempty" description:"for plan_facts: number, issued, title, goals, period, issuer, sent_to (whom its notice is sent to), parts (how the plan is divided), plans (which plans a place has), basis (the documents it is made under), scope (where it applies)"`
	Text    string   `json:"text,omitempty" description:"for search and figure: what to look for, in Chinese"`

	// What the parser found that the executor and the answer need; a model leaves these empty.
	lang      string
	window    string // the window as typed
	unitTyped string // the units as typed, for headers
	// tasksOnly: only tasks answer the question, no passage that mentions its topic.
	tasksOnly bool
	// typeLevel: a department type read from a unit typed with its level ("区农业农村局在各地"):
	// that level's units only (the level's character, 区), by type.
	typeLevel  map[string]string
	unknown    string       // a unit-like name nobody knows ("市外事办")
	cityTyped  string       // the city as typed when it was misspelt
	didYouMean string       // the city a misspelt one stands for
	afterDone  bool         // the question follows a remark that something is done ("…已经完成了，还有吗")
	unitGuess  string       // a unit name as mistyped, when the answer is for a near known one
	noPlanFor  string       // a place named that no loaded plan is from
	followUp   bool         // details came from the conversation
	earlier    []UnitFilter // the units asked about before the previous answer's, when the question turned to others
	// anyRoleIfNone: the units' tasks in any role when none are in the role asked ("这些任务谁牵头?"
	// after a list of a role the unit has none in).
	anyRoleIfNone bool
	// paperwork: the topic is only the paperwork due in a window ("12月要报什么材料?"): what falls in the
	// window whatever its words, when no task there names the paperwork.
	paperwork bool
	// alsoAhead: the question asks what is overdue and what falls due next ("逾期的和快到期的"), two
	// lists; aheadFrom and aheadTo are the second's window when the question gave one.
	alsoAhead          bool
	aheadFrom, aheadTo string
	// listed: the question asks about the tasks the previous list showed ("谁配合?", "这些任务分别是
	// 谁牵头的?"), chosen by its filters.
	listed bool
	page   int  // for "更多": the page of the previous list to show
	all    bool // show every line of a list, unpaged (Question.All)
	noMore bool // "更多" when the previous answer has nothing left to show
	// deadlinesOnly: a window question about deadlines ("哪些任务本月到期?"), not about all that
	// is to be done in it ("本月要做什么?", "本月有哪些到期或者要做的?", which include recurring duties).
	deadlinesOnly bool
	// literalYear: the window names a year ("2027年到期"): a deadline counts when the plan names that
	// year too, not when it is worked out from a span ("五年内").
	literalYear bool
	// yearless: the window is a month the question gives without its year ("11月底前"): this
	// year's, or, when no task in scope falls in it, the latest earlier year's that holds one.
	yearless bool
	// everyYear: the window is a month of every year ("每年6月要做什么"): the next such month from
	// today, not this year's when it is past.
	everyYear bool
	// yearEnd: the window is a year's end of no year said (年底前): this year's, or, when nothing falls
	// due then, the year of the plans asked about when they are all of one earlier year.
	yearEnd bool
	// detail: the question asks what a task says (具体要做什么, 内容是什么, 哪位领导): its text is shown.
	detail bool
	// attach: the question asks which attachments a plan has ("附了哪两个附件"); a search looks for 附件.
	attach bool
	// bodyName: the question asks a body's full name ("那个领导小组叫什么"): a search for where the plan names it.
	bodyName bool
	// countUnits: the question counts units, not tasks ("有几个单位参与?").
	countUnits bool
	// leadsNone: the question asks for the units that take part and lead nothing ("哪些单位没有牵头任务?",
	// "哪些部门只参与不牵头?"): a count per unit, kept to those with no task led.
	leadsNone bool
	// asksWho: the question asks who (谁牵头, 哪个单位).
	asksWho bool
	// byLeader: the question asks which leaders the tasks are given to ("哪位副县长分管的任务最多?",
	// "分管领导都是谁?"): answered per leader (leaderGroups).
	byLeader bool
	// asksReport: the question asks how progress is reported, when or to whom ("进展报给谁?",
	// "进展情况每月几号前报?"): the plan's reporting rule answers (reportRule).
	asksReport bool
	// daysLeft: the question asks how many days are left ("还有几天到期?"): the dates quoted say
	// theirs, counted from today.
	daysLeft bool
	// asksDone: the question asks whether the task it is about is done ("老旧小区改造完成了吗?"): the
	// tasks quoted say whether they are marked done, by whom and when.
	asksDone bool
	// today is the day the question is asked on (set by the executor's caller), for daysLeft.
	today plan.Day
	// asksWhen: the question asks for a date ("在哪天前报", "什么时候交"); passages quoted say theirs.
	asksWhen bool
	// dateRank: the question asks for the first or last of the dates ("最早的时间节点是哪天"): "first",
	// "last" or "".
	dateRank string
	// unitRank: the question ranks tasks by how many units they name ("哪项任务配合单位最多?"): "most",
	// "fewest" or ""; unitRankRole is the role counted (lead, participating, any).
	unitRank, unitRankRole string
	// byDue: the list is asked in the order of its dates ("按时间排一下"): each plan's items by their
	// earliest date of their own, the undated last.
	byDue bool
	// overdueBy: only what is overdue since cutoff or before ("逾期30天以上", "逾期半年以上", "逾期超过
	// 一年"); strictly before when the question says 超过. Zero: any overdue.
	overdueBy     plan.Day
	overdueStrict bool
	overdueFor    string // the question's words for the length ("超过30天", "半年以上")
	// windowAsOf: the window is when a count is made ("截至2021年7月1日", "到2024年3月，…已经过了期限"),
	// not the period the deadlines asked about fall in ("2025年已经到期的").
	windowAsOf bool
	// longest: what has been overdue longest ("超期最久的是哪项?"): the tasks whose oldest open
	// deadline is the oldest of all.
	longest bool
	// asksProgress: the question asks how a work stands ("进展如何", "完成情况"); a passage quoted
	// goes on to the sentence with its figures ("截至目前,18家…").
	asksProgress bool
	// quoted: topic terms the question put in quotes (“一区一园”): matched as written or in their
	// near forms, never by their characters spread out.
	quoted []string
	// joined: the topic is two things joined by 和 ("“互联网+政务服务”和政务信息系统整合由谁负责"); when
	// no task writes both, the tasks on either answer (joinedTopics).
	joined bool
	// counted: what a count question counts when it names it ("多少项重大体育赛事活动"), for the
	// figure a plan states of it.
	counted string
	// alsoTotal: a count of a status asked after the count of all ("X有多少任务、逾期几项"): the
	// whole load is given first.
	alsoTotal bool
	// totalAnyRole: the count after the whole load is of a role ("一共有几项任务，其中几项牵头"): the
	// whole load is the units' tasks in any role.
	totalAnyRole bool
	// part: the part of the plan's text asked about by its number ("正文第三部分" → "三"): its
	// tasks only.
	part string
	// duties: a unit's 职责 are asked for; its tasks under a heading of duties, when it has such.
	duties bool
	// attachment: the attachment asked about by its number ("附件1", "附件二" → "2"): its tasks only.
	attachment string
	// item: the item asked about by its number ("第十四条", "第3项"), listEnd for a list's last
	// ("最后一项"): 0 when none is.
	item int
	// lastOne: 最后一项 named no line of a list shown; of one plan's tasks the words name, its last.
	lastOne bool
	// taskIDs: the tasks a follow-up points at by their line in the last list ("第二项具体要做什么?"):
	// only they answer.
	taskIDs []string
	// notTasks: the task the previous answer named, left out by a follow-up that asks for others
	// ("还负责别的措施吗?" after "X是谁负责?").
	notTasks []string
	// freqWord: the word the plan must say its duty is kept with (常态化), for Frequency "any".
	freqWord string
	// partWord: the question's word for taking part when it is not 参与 ("配合哪些", "协办的").
	partWord string
	// rankOne: a ranking asked for its first ("哪个部门任务最多"): the answer is about the first's tasks.
	rankOne bool
	// oneItem: the question points at one item (那一条, 那块): of the tasks on its topic, the one
	// whose title makes it its subject.
	oneItem bool
	// listsWorks: the question asks for several works ("…的工作都有哪些，谁负责"), not who does one.
	listsWorks bool
	// mainTasks: the question asks for a plan's 主要任务/重点任务, the part of it so headed when it has one.
	mainTasks bool
	// aspect: the question asks a plan's tasks of one side of its work ("公共交通方面有哪些任务"): the
	// part of the plan headed with it, when it has one.
	aspect bool
	// projectsOf: the question asks for the projects of its topic ("有哪些道路或公路项目"): projects
	// named for something else that only mention it are not among them (projectsNamed).
	projectsOf bool
	// numbered: the question asks of the tasks the plan numbers ("32项编号任务中"), not the clauses of
	// a part it leaves unnumbered.
	numbered bool
	// issuedBy: which plans a body issued ("哪些方案是上海市政府办公厅发的"), the body as typed.
	issuedBy string
	// except: units a count per unit leaves out ("除了市绿化市容局，哪个单位…最多").
	except []string
	// negated: units the question leaves out by name, in the role asked ("除了市发改委以外还有谁牵头",
	// "不是市发改委牵头的"): their tasks in that role are no answer (a count per unit drops their lines).
	negated []UnitFilter
	// levelOnly keeps a count per unit to the units of one level, whose names open with it (省直部门).
	levelOnly string
	// partners: the question asks with whom a unit does its tasks (跟哪些单位一起做): each task's
	// other units are shown.
	partners bool
	// each: the question asks about several things one by one ("GDP和固投目标各是多少").
	each bool
	// asked: the topic terms of each question asked one after another ("…增长目标是多少？州财政要筹措
	// 多少前期工作经费？"): each part's figure is looked up on its own. Nil for one question.
	asked [][]string
	// fewest: a ranking asks for the fewest first (哪个方案任务最少); top: how many it asks for (前三).
	fewest bool
	top    int
	// mustHold are words a quoted passage must hold (the body a search is about).
	mustHold []string
	// parts: the question asks how something is divided (几个工作组, 分成哪几块).
	parts bool
	// members: the question asks about the member units of its Bodies (专班成员单位).
	members bool
	// countMembers: the question asks how many member units its Bodies have (成员单位有多少个): the
	// plan's list of them, counted.
	countMembers bool
	// bodyWords narrow which body is meant by the words of its name ("三产" in 三产领导小组).
	bodyWords []string
	refs      [][]plan.UnitRef // resolved Units, index for index
	// jointLeads: how many lead units a joint_lead question asks for ("有两个责任单位" → 2); 0 for two or
	// more (多个牵头单位, 两个以上).
	jointLeads int
}

// UnitFilter is one unit a question names, with the role it asks about.
type UnitFilter struct {
	Name string `json:"name" description:"the unit as written, e.g. 市商务局, 衢州市商务局, 发改委"`
	City string `json:"city,omitempty" description:"the unit's city, when the name does not say it"`
	Role string `json:"role,omitempty" enum:"lead,participating,any" description:"lead (牵头), participating (参与/配合) or any (负责)"`
}

// Shapes of an answer.
const (
	ShapeList      = "list"
	ShapeCount     = "count"
	ShapeOwner     = "owner"
	ShapeFigure    = "figure"
	ShapeFrequency = "frequency"
	ShapePlanFacts = "plan_facts"
	ShapeSummary   = "summary"
	ShapeSearch    = "search"
)

// Statuses a question filters on.
const (
	StatusOverdue = "overdue"
	StatusDue     = "due"
	StatusDone    = "done"
	// StatusOpen: not marked done, whatever its dates ("还有哪些任务没完成?").
	StatusOpen   = "open"
	StatusNoUnit = "no_unit"
	StatusNoLead = "no_lead"
	// StatusNoPartic: a lead is named and no unit takes part ("只写了牵头部门、没写参与部门").
	StatusNoPartic = "no_partners"
	// StatusWithPartners: a lead is named and units take part beside it ("既有牵头又有配合单位").
	StatusWithPartners = "with_partners"
	// StatusOneUnit: one unit alone answers for the task ("只有一个责任单位", "市发改委单独负责的").
	StatusOneUnit = "one_unit"
	// StatusJointLead: several units lead the task ("哪些任务有两个责任单位?", "双牵头的任务"); with a
	// number asked (两个), that many (Query.jointLeads).
	StatusJointLead = "joint_lead"
	StatusNoDate    = "no_date"
	StatusDated     = "dated"
	// StatusFigured: the task sets a figure to reach ("哪些任务写了具体的数字目标?", 量化指标).
	StatusFigured = "figured"
	// StatusExtension: a unit asked for more time on it (申请延期, the 台账's 延期申请); StatusReported:
	// a unit reported progress on it (填报进展). Both are read from what units said (Options.States).
	StatusExtension = "extension"
	StatusReported  = "reported"
)

// Group-by keys.
const (
	GroupUnit = "unit"
	GroupCity = "city"
	GroupPlan = "plan"
)

// Roles a question asks about; RoleAny is plain 负责.
const RoleAny = "any"

// Kind is what a question asks for, as `ask --json` reports it ("intent").
type Kind string

// Kinds of question.
const (
	KindUnitTasks Kind = "unit_tasks" // the tasks of a unit: "市商务局负责哪些任务?"
	KindOwner     Kind = "owner"      // who owns a task: "综合保税区的责任单位是谁?"
	KindDue       Kind = "due"        // what is due in a window: "2023年12月底前要完成哪些任务?"
	KindOverdue   Kind = "overdue"    // deadlines passed: "哪些任务已逾期?"
	KindFigure    Kind = "figure"     // figures and goals: "湖州到2027年要培育多少百亿级服务业领军企业?"
	KindSummary   Kind = "summary"    // for leaders: "总结一下湖州的方案"
	KindSearch    Kind = "search"     // anything else
	KindTasks     Kind = "tasks"      // tasks on a topic or with a status: "养老方面有哪些任务?"
	KindCount     Kind = "count"      // how many: "各地民政部门分别负责几项任务?"
	KindFrequency Kind = "frequency"  // how often: "领导小组多久开一次会?"
	KindPlanFacts Kind = "plan_facts" // a plan's number, date, goals: "文号是什么?"
)

// Kind names what the query asks for, for metrics and `ask --json`.
func (q *Query) Kind() Kind {
	if q.unknown != "" && q.Shape != ShapeSummary {
		return KindUnitTasks
	}
	switch q.Shape {
	case ShapeCount:
		return KindCount
	case ShapeOwner:
		return KindOwner
	case ShapeFigure:
		return KindFigure
	case ShapeFrequency:
		return KindFrequency
	case ShapePlanFacts:
		return KindPlanFacts
	case ShapeSummary:
		return KindSummary
	case ShapeSearch:
		return KindSearch
	}
	switch {
	case q.Status == StatusOverdue:
		return KindOverdue
	case q.Frequency != "":
		return KindFrequency
	case q.From != "" || q.To != "" || q.Status == StatusDue:
		return KindDue
	case len(q.Units) > 0 || len(q.DeptTypes) > 0:
		return KindUnitTasks
	}
	return KindTasks
}

// hasUnits reports whether the query names units, department types or bodies.
func (q *Query) hasUnits() bool {
	return len(q.Units) > 0 || len(q.DeptTypes) > 0 || len(q.Bodies) > 0
}

// city is the one city the query is about, or "".
func (q *Query) city() string {
	if len(q.Cities) == 1 {
		return q.Cities[0]
	}
	return ""
}

// window returns the deadline window; zero ends are open.
func (q *Query) days() (from, to plan.Day) {
	from, _ = plan.ParseDay(q.From)
	to, _ = plan.ParseDay(q.To)
	return from, to
}

// unitsTyped is how the question wrote its units, for headers.
func (q *Query) unitsTyped() string {
	if q.unitTyped != "" {
		return q.unitTyped
	}
	var names []string
	for _, u := range q.Units {
		names = append(names, u.Name)
	}
	return strings.Join(names, "、")
}

// Context is what a conversation is about, carried from one answer to the next question so that
// "那湖州的呢?" or "and what is overdue for it?" work.
type Context struct {
	Kind      Kind           `json:"kind,omitempty"`
	City      string         `json:"city,omitempty"`
	UnitTyped string         `json:"unit,omitempty"`
	Units     []plan.UnitRef `json:"units,omitempty"`
	Phrase    string         `json:"phrase,omitempty"`
	From      plan.Day       `json:"from"`
	To        plan.Day       `json:"to"`
	Window    string         `json:"window,omitempty"`
	// Query is the whole query of the previous answer, for follow-ups that change one facet.
	Query *Query `json:"query,omitempty"`
	// Earlier are the units asked about before the previous answer's, when it turned to others
	// ("省国资委呢?" after "省商务厅参与哪些?"), so that "这两个单位都参与的是哪项?" names both.
	Earlier []UnitFilter `json:"earlier,omitempty"`
	// Page is the page of the previous list shown last (0: the first); "更多" shows the next.
	Page int `json:"page,omitempty"`
	// Pages is how many pages the previous list has; Left, how many of its lines come after the
	// page shown.
	Pages int `json:"pages,omitempty"`
	Left  int `json:"left,omitempty"`
	// List is how the previous list was asked for beyond its Query, so that its next page ("更多")
	// reads as its first did; set when it has more than one page.
	List *listFacets `json:"list,omitempty"`
	// Lines are the previous list's lines on the page shown, each by its first task's id, so that
	// "第二项具体要做什么?" is its second line (at most a page's worth).
	Lines []string `json:"lines,omitempty"`
	// Only is the task the previous answer named when it named one ("X由哪个单位牵头?"), so that
	// "它还配合哪些?" is about the unit it answered.
	Only string `json:"only,omitempty"`
}

// listEnd is the item number that names a list's last line (最后一项).
const listEnd = -1

// line is the task of the previous list's nth line (from 1, counted from the list's start; listEnd:
// its last, when the page shown ends the list), or "".
func (c Context) line(n int) string {
	if n == listEnd && c.Left == 0 && len(c.Lines) > 0 {
		return c.Lines[len(c.Lines)-1]
	}
	i := n - 1 - c.Page*pageItems
	if n <= 0 || i < 0 || i >= len(c.Lines) {
		return ""
	}
	return c.Lines[i]
}

// listFacets are the parser's findings that shape a list's lines and heading, which Query's JSON
// leaves out, kept for its next pages.
type listFacets struct {
	Lang      string   `json:"lang,omitempty"`
	UnitTyped string   `json:"unit_typed,omitempty"`
	Partners  bool     `json:"partners,omitempty"`
	Detail    bool     `json:"detail,omitempty"`
	Members   bool     `json:"members,omitempty"`
	Fewest    bool     `json:"fewest,omitempty"`
	Deadlines bool     `json:"deadlines_only,omitempty"`
	Year      bool     `json:"literal_year,omitempty"`
	BodyWords []string `json:"body_words,omitempty"`
	ByDue     bool     `json:"by_due,omitempty"`
}

// facets returns what of q its next page needs again.
func (q *Query) facets() *listFacets {
	return &listFacets{Lang: q.lang, UnitTyped: q.unitTyped, Partners: q.partners, Detail: q.detail, Members: q.members,
		Fewest: q.fewest, Deadlines: q.deadlinesOnly, Year: q.literalYear, BodyWords: q.bodyWords, ByDue: q.byDue}
}

// restore sets q's findings from the first page's.
func (f *listFacets) restore(q *Query) {
	if f == nil {
		return
	}
	if f.Lang != "" {
		q.lang = f.Lang
	}
	q.unitTyped, q.partners, q.detail, q.members = f.UnitTyped, f.Partners, f.Detail, f.Members
	q.fewest, q.deadlinesOnly, q.literalYear, q.bodyWords = f.Fewest, f.Deadlines, f.Year, f.BodyWords
	q.byDue = q.byDue || f.ByDue
}

// HasMore reports whether the previous answer's list has pages not shown yet.
func (c Context) HasMore() bool { return c.Pages > c.Page+1 }

// MoreWord is what asks for the next page of the previous list, in the language it was asked in.
func (c Context) MoreWord() string {
	if c.List != nil && c.List.Lang == "en" {
		return "more"
	}
	return "更多"
}

// IsZero reports an empty context.
func (c Context) IsZero() bool { return c.Kind == "" }

// context returns the conversation context after answering q.
func (q *Query) context(page, pages int) Context {
	c := Context{Kind: q.Kind(), City: q.city(), UnitTyped: q.unitsTyped(), Phrase: strings.Join(q.Topic, " "), Window: q.window, Page: page, Pages: pages}
	if q.Text != "" && c.Phrase == "" {
		c.Phrase = q.Text
	}
	for _, rs := range q.refs {
		c.Units = append(c.Units, rs...)
	}
	c.From, c.To = q.days()
	if pages > 1 {
		c.List = q.facets()
	}
	c.Earlier = q.earlier
	cp := *q
	cp.refs = nil
	c.Query = &cp
	return c
}
