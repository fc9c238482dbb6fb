package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dutybot/dutybot/plan"
)

// Kind is what a question asks for.
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
)

// Intent is a question understood: its kind and the unit, city, window and phrase it names.
type Intent struct {
	Kind Kind
	Lang string // "zh" or "en": the language to answer in
	City string // the city the question names or the conversation is about; "" for all

	UnitTyped string         // the unit as typed ("衢州的商务局"); "" when none
	Units     []plan.UnitRef // what it resolves to; empty when the unit is unknown
	Role      string         // plan.RoleLead when the question asks what a unit leads

	From, To plan.Day // the deadline window; zero ends are open
	Window   string   // the window as typed, for the answer

	Phrase string // what to look for: the task of an owner question, the terms of a search

	FollowUp bool // details came from the conversation
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
}

// IsZero reports an empty context.
func (c Context) IsZero() bool { return c.Kind == "" }

var (
	reSummary  = regexp.MustCompile(`(?i)总结|概括|汇总|概况|概要|综述|summar|overview|brief me|recap`)
	reOverdue  = regexp.MustCompile(`(?i)逾期|超期|过期|已过|误期|\b(?:overdue|past due|late|missed|behind)\b`)
	reOwner    = regexp.MustCompile(`(?i)责任单位|牵头单位|主办单位|责任部门|牵头部门|谁负责|谁牵头|谁来|由谁|是谁|哪个部门|哪些部门|哪个单位|哪些单位|哪家单位|哪几个部门|归谁|who\b|whose|which (?:unit|department|bureau|office|agency)s?`)
	reDue      = regexp.MustCompile(`(?i)到期|截止|期限|要完成|需完成|须完成|完成哪些|底前|月前|年前|日前|之前|以前|时间节点|\bdue\b|deadline|\bby\b|before|upcoming|coming up`)
	reFigure   = regexp.MustCompile(`(?i)多少|几个|几家|几名|几项|几成|多大|多高|比重|占比|增速|how many|how much|what share|what percentage|how big|how large|target|goal|目标是`)
	reUnitAsk  = regexp.MustCompile(`(?i)负责|牵头|参与|配合|任务|工作|职责|分工|干什么|做什么|干啥|事项|own|task|work|responsib|lead|involve|duties|do\b|doing|assigned`)
	reLeadOnly = regexp.MustCompile(`(?i)牵头(?:哪些|什么|了|的)|leads?\b(?:[^?]*)\?*$`)
	reLatin    = regexp.MustCompile(`[A-Za-z]{2,}`)
	reFollow   = regexp.MustCompile(`(?i)^(?:那|那么|还有|再看看|换成|and|what about|how about|same for)|呢[?？]?$|它|他们|该单位|这个单位|\bit\b|\bthey\b|\bthem\b|\bits\b`)
)

// Parser turns questions into Intents against one set of plans.
type Parser struct {
	dir    *plan.Directory
	cities *cities
	lex    *lexicon
}

// NewParser returns a parser for the units and cities dir knows. aliases may be nil.
func NewParser(dir *plan.Directory, aliases *plan.Aliases) *Parser {
	if aliases == nil {
		aliases = plan.DefaultAliases()
	}
	c := newCities(dir)
	return &Parser{dir: dir, cities: c, lex: newLexicon(dir, aliases, c)}
}

// Parse reads one question; ctx is the conversation so far and today the day it is asked.
func (p *Parser) Parse(text string, ctx Context, today plan.Day) Intent {
	q := strings.TrimSpace(text)
	in := Intent{Lang: language(q)}

	units := p.lex.find(q, "")
	rest := q
	for i := len(units) - 1; i >= 0; i-- { // cut units out so their city forms do not count twice
		rest = rest[:units[i].start] + " " + rest[units[i].end:]
	}
	city, rest := p.cities.in(rest)
	in.City = city
	for _, m := range units {
		if m.city != "" && in.City == "" {
			in.City = m.city
		}
	}
	for _, m := range units {
		for _, u := range m.units {
			if in.City == "" || u.City == in.City {
				in.Units = append(in.Units, u)
			}
		}
		switch {
		case in.UnitTyped == "":
			in.UnitTyped = m.typed
		case !slices.Contains(strings.Split(in.UnitTyped, "、"), m.typed): // a name typed twice is one
			in.UnitTyped += "、" + m.typed
		}
	}
	in.Units = dedupe(in.Units)
	if len(units) > 0 && len(in.Units) == 0 {
		// The unit exists, but not in the city named: keep it unknown so the answer says so.
		in.Units = nil
	}

	in.From, in.To, in.Window = window(rest, today)
	hasUnit := in.UnitTyped != ""

	switch {
	case reSummary.MatchString(rest):
		in.Kind = KindSummary
	case reOverdue.MatchString(rest):
		in.Kind = KindOverdue
	case reOwner.MatchString(rest) && !hasUnit:
		in.Kind = KindOwner
	case reFigure.MatchString(rest) && !hasUnit:
		in.Kind = KindFigure
	case in.Window != "" || (reDue.MatchString(rest) && !hasUnit):
		in.Kind = KindDue
	case hasUnit:
		in.Kind = KindUnitTasks
	case reUnitAsk.MatchString(rest) && !reLatin.MatchString(rest):
		if typed, c := unknownUnit(rest, p.lex); typed != "" {
			in.Kind, in.UnitTyped = KindUnitTasks, typed
			if c != "" && in.City == "" {
				in.City = c
			}
		}
	}
	if !hasUnit && in.UnitTyped == "" && (in.Kind == KindSummary || in.Kind == KindDue || in.Kind == KindOverdue) {
		if typed, c := unknownUnit(rest, p.lex); typed != "" {
			in.UnitTyped = typed
			if c != "" && in.City == "" {
				in.City = c
			}
		}
	}
	if in.Kind == "" && !hasUnit && in.Lang == "en" && reUnitAsk.MatchString(rest) && hasHan(rest) {
		if typed, c := unknownUnit(rest, p.lex); typed != "" {
			in.Kind, in.UnitTyped = KindUnitTasks, typed
			if c != "" && in.City == "" {
				in.City = c
			}
		}
	}
	if in.Kind == KindUnitTasks && reLeadOnly.MatchString(rest) && in.Lang == "zh" {
		in.Role = plan.RoleLead
	}

	// Follow-ups borrow what the question leaves out from the conversation.
	if !ctx.IsZero() {
		short := len([]rune(stripQuestion(rest))) <= 6
		follow := reFollow.MatchString(strings.TrimSpace(rest)) || (in.Kind == "" && short)
		if in.Kind == "" && follow {
			in.Kind = ctx.Kind
			in.FollowUp = true
		}
		if follow && !hasUnit && in.UnitTyped == "" && ctx.UnitTyped != "" && kindTakesUnit(in.Kind) && (city == "" || in.Kind == ctx.Kind) {
			in.UnitTyped, in.FollowUp = ctx.UnitTyped, true
			in.Units = ctx.Units
			if city != "" && city != ctx.City {
				in.Units = p.lex.resolveIn(ctx.UnitTyped, city)
			}
		}
		if in.City == "" && follow && ctx.City != "" {
			in.City, in.FollowUp = ctx.City, true
		}
		if in.Kind == ctx.Kind && in.Window == "" && ctx.Window != "" && (in.Kind == KindDue) {
			in.From, in.To, in.Window = ctx.From, ctx.To, ctx.Window
		}
		if (in.Kind == KindOwner || in.Kind == KindSearch || in.Kind == KindFigure) && in.FollowUp && stripQuestion(rest) == "" {
			in.Phrase = ctx.Phrase
		}
	}
	if in.Kind == "" {
		in.Kind = KindSearch
	}
	subject := rest
	if in.Lang == "en" {
		subject = translate(rest)
	}
	if in.Kind == KindOwner && in.Phrase == "" {
		in.Phrase = ownerPhrase(subject)
	}
	if (in.Kind == KindSearch || in.Kind == KindFigure) && in.Phrase == "" {
		in.Phrase = stripQuestion(subject)
	}
	if in.Kind == KindSearch && in.Phrase == "" && in.City != "" && !in.FollowUp {
		in.Kind = KindSummary // a city and nothing else: "衢州", "Quzhou?"
	}
	return in
}

// resolveIn resolves a unit typed earlier in another city ("那湖州的呢?").
func (lx *lexicon) resolveIn(typed, city string) []plan.UnitRef {
	us, _ := lx.lookup(typed, city)
	if len(us) == 0 {
		// Typed with its own city ("衢州市商务局"): look it up without it.
		for _, f := range lx.cityForms(typed) {
			if rest, ok := strings.CutPrefix(typed, f.form); ok && rest != "" {
				us, _ = lx.lookup(strings.TrimPrefix(rest, "的"), city)
				break
			}
		}
	}
	return us
}

func kindTakesUnit(k Kind) bool {
	return k == KindUnitTasks || k == KindDue || k == KindOverdue || k == KindSummary
}

// context returns the conversation context after answering in.
func (in Intent) context() Context {
	return Context{Kind: in.Kind, City: in.City, UnitTyped: in.UnitTyped, Units: in.Units, Phrase: in.Phrase,
		From: in.From, To: in.To, Window: in.Window}
}

func language(q string) string {
	latin, han := 0, 0
	for _, w := range reLatin.FindAllString(q, -1) {
		_ = w
		latin++
	}
	for _, r := range q {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	first := strings.TrimLeft(q, " \t“\"'¿¡")
	startsLatin := first != "" && (first[0] >= 'a' && first[0] <= 'z' || first[0] >= 'A' && first[0] <= 'Z')
	if latin >= 2 && (latin*3 >= han || startsLatin) {
		return "en"
	}
	if han == 0 && latin > 0 {
		return "en"
	}
	return "zh"
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// questionWords carry the asking, not the asked-about; they are cut before a search.
var questionWords = regexp.MustCompile(`(?i)请问|我想知道|想知道|告诉我|查一下|帮我|看看|一下|多少[家个名项次]?|几个|几家|几名|几项|什么|哪些|哪个|哪家|哪几个|怎么样|如何|是否|有没有|有无|吗|呢|吧|要|需要|应该|计划|打算|方案里|方案中|方案|文件|里面|中的|提到|说了|说|关于|对于|的|是|了|有|谁|\b(?:what|which|who|whom|whose|how|many|much|does|do|did|is|are|was|were|the|a|an|of|in|on|for|to|by|about|plan|plans|say|says|tell|me|please|will|should|there|any|have|has|had|target|targets|aim|aims|reach|exceed|achieve|get|cultivate|build|should|would|could|can|its|it|their|they|share|number|total|planned|expected)\b|[?？!！。，,.、:：;；"“”'‘’()（）\s]+`)

func stripQuestion(s string) string {
	return strings.TrimSpace(questionWords.ReplaceAllString(s, " "))
}

var ownerWords = regexp.MustCompile(`(?i)责任单位|牵头单位|主办单位|责任部门|牵头部门|参与部门|参与单位|配合单位|谁负责|谁牵头|谁来|由谁|是谁|负责|牵头|参与|哪个部门|哪些部门|哪个单位|哪些单位|哪家单位|哪几个部门|归谁|工作|任务|这项|这个|该项|\b(?:who|whose|leads?|owns?|is|are|responsible|for|in charge of|charge|the|work|task|tasks|which|unit|units|department|departments|bureau|handles?|takes? part in|involved in|on)\b`)

// ownerPhrase is what an owner question asks about: "综合保税区的责任单位是谁?" → 综合保税区.
func ownerPhrase(s string) string {
	s = ownerWords.ReplaceAllString(s, " ")
	return stripQuestion(s)
}

var (
	reYMDBefore  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前)`)
	reYMD        = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
	reYMBefore   = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)?\s*(?:前|之前|以前)`)
	reYBefore    = regexp.MustCompile(`(\d{4})\s*年\s*(?:底|末)?\s*(?:前|之前|以前)`)
	reYIn        = regexp.MustCompile(`(\d{4})\s*(?:年|全年)`)
	reDays       = regexp.MustCompile(`(?i)(?:未来|接下来|今后|近|最近)?\s*(\d{1,4})\s*(?:天|日)\s*(?:内|之内|以内)?|(?:next|coming|within(?: the next)?)\s+(\d{1,4})\s+days?`)
	reMonths     = regexp.MustCompile(`(?i)(?:未来|接下来|今后|近)?\s*(\d{1,2})\s*个月\s*(?:内|之内|以内)?|(?:next|coming|within(?: the next)?)\s+(\d{1,2})\s+months?`)
	reENBy       = regexp.MustCompile(`(?i)(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(\d{4})`)
	reISOBy      = regexp.MustCompile(`(?i)(?:by|before|前)\s*(\d{4})-(\d{2})-(\d{2})|(\d{4})-(\d{2})-(\d{2})\s*(?:前|之前)`)
	reENIn       = regexp.MustCompile(`(?i)\bin\s+(\d{4})\b`)
	reThisMonth  = regexp.MustCompile(`(?i)本月|这个月|this month`)
	reNextMonth  = regexp.MustCompile(`(?i)下个月|下月|next month`)
	reThisYear   = regexp.MustCompile(`(?i)今年|本年|年底前|年内|this year|end of (?:the )?year`)
	reThisQuart  = regexp.MustCompile(`(?i)本季度|这个季度|this quarter`)
	reSoon       = regexp.MustCompile(`(?i)快到期|即将到期|马上到期|近期|soon|upcoming|coming up`)
	monthsByName = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

// window reads the deadline window a question names, relative to today. The one place where a
// question's date phrase becomes days (plan/dates.go does the same for plan text).
func window(q string, today plan.Day) (from, to plan.Day, text string) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	endOfMonth := func(y int, m time.Month) plan.Day { return plan.NewDay(y, m+1, 0) }
	if m := reISOBy.FindStringSubmatch(q); m != nil {
		y, mo, d := m[1], m[2], m[3]
		if y == "" {
			y, mo, d = m[4], m[5], m[6]
		}
		return plan.Day{}, plan.NewDay(atoi(y), time.Month(atoi(mo)), atoi(d)), m[0]
	}
	if m := reYMDBefore.FindStringSubmatch(q); m != nil {
		return plan.Day{}, plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])), m[0]
	}
	if m := reYMD.FindStringSubmatch(q); m != nil {
		// "2024年3月15日到期的任务": that day, not "15 days".
		d := plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
		return d, d, m[0]
	}
	if m := reYMBefore.FindStringSubmatch(q); m != nil {
		return plan.Day{}, endOfMonth(atoi(m[1]), time.Month(atoi(m[2]))), m[0]
	}
	if m := reYBefore.FindStringSubmatch(q); m != nil {
		return plan.Day{}, plan.NewDay(atoi(m[1]), 12, 31), m[0]
	}
	if m := reENBy.FindStringSubmatch(q); m != nil {
		y := atoi(m[2])
		if m[1] != "" {
			return plan.Day{}, endOfMonth(y, monthsByName[strings.ToLower(m[1][:3])]), m[0]
		}
		return plan.Day{}, plan.NewDay(y, 12, 31), m[0]
	}
	if m := reDays.FindStringSubmatch(q); m != nil {
		n := atoi(m[1] + m[2])
		return today, today.AddDays(n), m[0]
	}
	if m := reMonths.FindStringSubmatch(q); m != nil {
		n := atoi(m[1] + m[2])
		// Jan 31 + 1 month is the end of February, not March 2.
		to := plan.NewDay(today.Year, today.Month+time.Month(n), 1)
		return today, plan.NewDay(to.Year, to.Month, min(today.Day, endOfMonth(to.Year, to.Month).Day)), m[0]
	}
	if m := reENIn.FindStringSubmatch(q); m != nil {
		y := atoi(m[1])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[0]
	}
	if m := reYIn.FindStringSubmatch(q); m != nil && !reFigure.MatchString(q) && !strings.Contains(q, "到"+m[1]) {
		y := atoi(m[1])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[0]
	}
	switch {
	case reThisMonth.MatchString(q):
		return today, endOfMonth(today.Year, today.Month), reThisMonth.FindString(q)
	case reNextMonth.MatchString(q):
		return plan.NewDay(today.Year, today.Month+1, 1), endOfMonth(today.Year, today.Month+1), reNextMonth.FindString(q)
	case reThisQuart.MatchString(q):
		qEnd := time.Month((int(today.Month)-1)/3*3 + 3)
		return today, endOfMonth(today.Year, qEnd), reThisQuart.FindString(q)
	case reThisYear.MatchString(q):
		return today, plan.NewDay(today.Year, 12, 31), reThisYear.FindString(q)
	case reSoon.MatchString(q):
		return today, today.AddDays(30), reSoon.FindString(q)
	}
	return plan.Day{}, plan.Day{}, ""
}
