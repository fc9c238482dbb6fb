package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/mozillazg/go-pinyin"
)

// Parser turns questions into Queries against one set of plans. Each facet has its own small
// extractor (below and in facets.go); Parse runs them in order, cutting what each one recognised
// out of the text, so that what is left is the topic.
type Parser struct {
	dir     *plan.Directory
	cities  *cities
	lex     *lexicon
	aliases *plan.Aliases
	depts   deptTypes
	allDocs []*plan.Document
	gone    []string // cities whose plans were loaded once and are gone now

	titlesOnce sync.Once
	titles     *titleGrams // allDocs' titles by their runs of four characters

	placelessOnce sync.Once
	placeless     []*plan.Document // allDocs that name no place, found once (placelessPlace)

	leadersOnce sync.Once
	leaders     []string // the people allDocs give tasks to, found once (leaderPeople)

	docsOnce sync.Once
	docIdx   *docIndex // allDocs by id and by city (planIndex)
}

// NewParser returns a parser for the units and cities dir knows. aliases may be nil.
func NewParser(dir *plan.Directory, aliases *plan.Aliases) *Parser {
	if aliases == nil {
		aliases = plan.DefaultAliases()
	}
	c := newCities(dir)
	return &Parser{dir: dir, cities: c, lex: newLexicon(dir, aliases, c), aliases: aliases, depts: defaultDeptTypes()}
}

// nearUnit returns the known unit name a typed one is a slip of: the same length with one character
// different (市商物局 → 市商务局); "" when none is that near.
func (p *Parser) nearUnit(typed, city string) string {
	n := utf8.RuneCountInString(typed)
	if n < 3 {
		return ""
	}
	best, bestSound := "", false
	for _, form := range p.lex.byLen[n] {
		if form == typed || !oneOff(form, typed) {
			continue
		}
		for _, u := range p.lex.forms[form] {
			if city == "" || u.City == city {
				// A slip by sound wins over another name a character off: "卫建局" is 卫健局 (jiàn), not 住建局.
				if sound := soundSlip(form, typed); best == "" || sound && !bestSound || sound == bestSound && form < best {
					best, bestSound = form, sound
				}
			}
		}
	}
	if best == "" && p.lex.aliases != nil {
		// A character off a name of the alias table the plans' units go by ("人设局" for 人社局,
		// 济宁's 市人力资源社会保障局).
		for _, form := range p.lex.aliases.Forms() {
			if utf8.RuneCountInString(form) == n && oneOff(form, typed) {
				if us, _ := p.lex.lookup(form, city); len(us) > 0 {
					best = form
					break
				}
			}
		}
	}
	if best == "" {
		best = p.abbreviatedUnit(typed, city)
	}
	if best == "" && p.lex.aliases != nil && city != "" {
		// A character off an alias the city's plans name by another of its type's names ("住键局" in
		// 湖州 is 住建局, which 湖州 calls 市建设局), as a question typing the alias is read (unitRefs).
		for _, form := range p.lex.aliases.Forms() {
			if utf8.RuneCountInString(form) == n && oneOff(form, typed) && len(p.unitNamedIn(form, city)) > 0 {
				best = form
				break
			}
		}
	}
	return best
}

// soundSlip reports whether the one character two names of as many characters differ in may be read
// alike (健 and 建 are both jian): the slip of a pinyin keyboard.
func soundSlip(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	args := pinyin.NewArgs()
	args.Heteronym = true
	for i := range ra {
		if ra[i] != rb[i] {
			pa, pb := pinyin.SinglePinyin(ra[i], args), pinyin.SinglePinyin(rb[i], args)
			return slices.ContainsFunc(pa, func(p string) bool { return slices.Contains(pb, p) })
		}
	}
	return false
}

// oneOff reports whether two names of as many characters differ in exactly one.
func oneOff(a, b string) bool {
	diff := 0
	for i, j := 0, 0; i < len(a) && j < len(b) && diff <= 1; {
		x, sa := utf8.DecodeRuneInString(a[i:])
		y, sb := utf8.DecodeRuneInString(b[j:])
		if x != y {
			diff++
		}
		i, j = i+sa, j+sb
	}
	return diff == 1
}

// levelPrefixes are the characters a unit's name starts with to say its level.
const levelPrefixes = "省市区县州旗镇乡"

// abbreviatedUnit is the one unit (of the city, when one is asked about) that typed abbreviates: its
// level and last character the same, its other characters in order in the name, the first of them
// where the name's words start ("科信局" for 市科技和信息化局, "发改局" for 区发展和改革局); "" when
// none or several are.
func (p *Parser) abbreviatedUnit(typed, city string) string {
	tr := []rune(typed)
	prefix := ""
	if strings.ContainsRune(levelPrefixes, tr[0]) {
		prefix, tr = string(tr[0]), tr[1:]
	}
	if len(tr) < 3 {
		return ""
	}
	core, last := tr[:len(tr)-1], tr[len(tr)-1]
	found, unit := "", ""
	// Only a form ending in the typed name's last character can be its full name, or (typed …办)
	// a leading group's office: the result does not depend on the order the forms are read in.
	forms := p.lex.byLast[last]
	if last == '办' {
		forms = append(slices.Clip(forms), p.lex.offices...)
	}
	for _, form := range forms {
		us := p.lex.forms[form]
		office, orig := false, form
		if base, ok := strings.CutSuffix(form, leadingOffice); ok && last == '办' {
			form, office = base+"办", true // 静态交通办 for 区静态交通领导小组办公室
		}
		fr := []rune(form)
		if len(fr) < 3 || fr[len(fr)-1] != last {
			continue
		}
		fp := ""
		if strings.ContainsRune(levelPrefixes, fr[0]) {
			fp, fr = string(fr[0]), fr[1:]
		} else if h := nationalHead(string(fr)); h != "" && len(fr) > utf8.RuneCountInString(h)+3 && core[0] != fr[0] {
			// (A name abbreviated with its head's first character keeps it: 国开行 for 国家开发银行.)
			// A national body's local branch is called without its head: 金融监管分局 for
			// 国家金融监督管理总局菏泽监管分局, as 科信局 is called without its level.
			fp, fr = h, fr[utf8.RuneCountInString(h):]
		}
		// The name's first character and the rest in order (交建局 for 交通与建设局), or its tail
		// (审批局 for 行政审批局).
		inOrder := fr[0] == core[0] && runesInOrder(fr[1:len(fr)-1], core[1:])
		tail := len(core) >= 2 && strings.HasSuffix(string(fr), string(core)+string(last))
		if prefix != "" && fp != prefix || len(fr)-1 < len(core) || len(fr)-1 == len(core) && !office || !inOrder && !tail {
			continue
		}
		for _, u := range us {
			if city != "" && u.City != city {
				continue
			}
			// One unit whether the plan writes its level or not (区交通与建设局, 交通与建设局).
			key := u.City + " " + strings.TrimLeft(u.Name, levelPrefixes)
			if unit != "" && unit != key {
				return "" // several: no guess
			}
			unit = key
			if found == "" || len(orig) > len(found) || len(orig) == len(found) && orig < found {
				found = orig // the unit's fullest form, the same whatever the map's order
			}
		}
	}
	return found
}

// nationalHead is the head a national body's name opens with (国家, 中国), which people leave out of
// its local branch's name: "" when the name opens with none.
func nationalHead(name string) string {
	for _, h := range []string{"国家", "中国"} {
		if strings.HasPrefix(name, h) {
			return h
		}
	}
	return ""
}

// maxTermRunes and maxTerms bound what a question's words ask the tasks for: no topic word is longer
// than a long name, and no question of a chat message names more than a dozen; a message that
// repeats a phrase a thousand times would otherwise be matched against every task at its length.
const (
	maxTermRunes = 24
	maxTerms     = 12
)

// boundedTerms clips each topic term to maxTermRunes and keeps the first maxTerms of them.
func boundedTerms(terms []string) []string {
	if len(terms) > maxTerms {
		terms = terms[:maxTerms]
	}
	for i, t := range terms {
		if rs := []rune(t); len(rs) > maxTermRunes {
			terms[i] = string(rs[:maxTermRunes])
		}
	}
	return terms
}

// runesInOrder reports whether want occurs in order in rs.
func runesInOrder(rs, want []rune) bool {
	k := 0
	for _, r := range rs {
		if k < len(want) && r == want[k] {
			k++
		}
	}
	return k == len(want)
}

// foldWidth turns full-width letters and digits into ASCII (２０２３年 → 2023年), so that dates,
// 文号 and English read the same however they were typed.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' {
			return r - 0xFEE0
		}
		if r == '\u3000' {
			return ' '
		}
		return r
	}, s)
}

// reTitleQuotes are the quotes a title puts around a name, which a question leaves out.
var reTitleQuotes = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "")

// dropTitleWords drops topic terms that only name the plans asked about ("十百千" in "衢州十百千方案有
// 哪些任务?"). A term asked inside a plan already named ("景区整治方案里非景区景点有几项") that some of
// its tasks are on, not all, is a part of it, kept, and returned in parts as well.
func (p *Parser) dropTitleWords(terms []string, plans []string, s string) (out, parts []string) {
	if len(plans) == 0 {
		return terms, nil
	}
	inside := askedInsideFrom(s)
	for _, t := range terms {
		if i := strings.Index(s, t); inside >= 0 && i >= inside && p.partOfPlans(t, plans) {
			// "景区整治方案里非景区景点有几项": a part of the plan its title names too.
			out, parts = append(out, t), append(parts, t)
			continue
		}
		inTitle := false
		long := t
		if m := reFiveYearShort.FindStringSubmatch(t); m != nil {
			long = "十" + m[1] + "个五年" // 十四五 is the title's 第十四个五年规划
		}
		for _, d := range p.docsOf(plans) {
			title := reTitleQuotes.Replace(d.Title) // 深化放管服 names 深化“放管服”改革…
			if strings.Contains(title, t) || strings.Contains(title, long) || inPairs(title, t) || strings.Contains(title, inPlan(t)) {
				inTitle = true
			}
			// The body that signs it (白龙江林业管理局 of 白龙江林业管理局办公室's notice) names the plan
			// too, when no task of it writes the name.
			if utf8.RuneCountInString(t) >= 4 && strings.Contains(d.Issuer, t) && !slices.ContainsFunc(d.Tasks, func(k plan.Task) bool { return strings.Contains(k.Text, t) }) {
				inTitle = true
			}
		}
		if !inTitle {
			out = append(out, t)
		}
	}
	return out, parts
}

// partOfPlans reports whether term names a part of the plans: some of their tasks, not all, are on it
// in their words or their heading's.
func (p *Parser) partOfPlans(term string, plans []string) bool {
	return p.someNotAll(term, plans, true)
}

// someNotAll reports whether some of the plans' tasks, not all, are on term: in their words (when
// inWords) or their heading's. partOfPlans asks both, headsPart the heading alone.
func (p *Parser) someNotAll(term string, plans []string, inWords bool) bool {
	forms := nearFormsOf([]string{term}, nil)
	some, all := false, true
	for _, d := range p.docsOf(plans) {
		for k := range d.Tasks {
			t := &d.Tasks[k]
			if (inWords && topicMatch(retrieval.TaskRef{Doc: d, Task: t}, []string{term}, nil)) || sectionHoldsForms(lastSection(t.Section), forms) {
				some = true
			} else {
				all = false
			}
		}
	}
	return some && !all
}

// inPlan is term without the 中/里/内 that places what follows in the plan it names ("迎青运交通整治中区
// 渣土办牵头什么" is 迎青运…整治 中): the words before it are the plan's, its title's words when they are
// in it. term itself when it does not end so or is too short to be a title's words without it.
func inPlan(term string) string {
	rs := []rune(term)
	if len(rs) < 3 || !strings.ContainsRune("中里内", rs[len(rs)-1]) {
		return term
	}
	return string(rs[:len(rs)-1])
}

// namesPlanBy reports whether term, in s, is the words a question names a plan by, right before
// the plan's noun: "上海耕地保护那个方案里" names the plan (its title says 耕地“非农化”), and its tasks
// need not write 耕地保护.
func namesPlanBy(s, term string) bool {
	i := strings.Index(s, term)
	return i >= 0 && rePlanAfter.MatchString(s[i+len(term):])
}

// namesPlanByEn is namesPlanBy of an English question, read in its words as translated (subject):
// "the Sanya sanitation plan" names the plan by what it is about, as "三亚环境卫生方案" does, and its
// tasks need not write 环境卫生.
func namesPlanByEn(subject, term string) bool {
	i := strings.Index(subject, term)
	return i >= 0 && rePlanAfterEn.MatchString(subject[i+len(term):])
}

// rePlanAfterEn is an English plan's noun right after the words that describe it: "… plan",
// "… work plan", "… document".
var rePlanAfterEn = regexp.MustCompile(`(?i)^\s*(?:(?:work|action|implementation|campaign|rectification)\s+)?(?:plan|plans|document|notice|programme|program)\b`)

// plansByShortName reads a term, in s, that is a short name of plans asked about, right before the
// words that name it as a document ("平潭放管服重点任务分工方案" for 深化简政放权放管结合优化服务改革…重点任务
// 分工方案, "放管服分工方案里", "非遗方案" among a place's plans): the plans whose titles hold its characters
// in order, or, of a plan whose text gives no title, whose words are its ("云南稳增长意见这个月…"), are the
// ones asked of, and the term is no word their tasks must write.
func (p *Parser) plansByShortName(s string, terms, plans []string) ([]string, []string) {
	for k, term := range terms {
		rs := []rune(term)
		i := strings.Index(s, term)
		if len(rs) < 2 || i < 0 || !reDocNameAfter.MatchString(s[i+len(term):]) {
			continue
		}
		var ids []string
		for _, d := range p.allDocs {
			if contains(plans, d.ID) && (runesInOrder([]rune(reTitleQuotes.Replace(d.Title)), rs) || d.Title == "" && usesOf(d, term) > 0) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) > 0 {
			return ids, append(slices.Clone(terms[:k]), terms[k+1:]...)
		}
	}
	return plans, terms
}

// reDocNameAfter is the rest of a plan's name after its short name: words of its title ending in a
// document's noun (重点任务分工方案, 方案).
var reDocNameAfter = regexp.MustCompile(`^(?:的)?\p{Han}{0,10}?(?:方案|意见|计划|通知|要点|清单|任务表|分解表|一览表|台账)`)

// rePlanAfter points at a plan right after the words that describe it: 那个方案, 这张表, 那份通知 (not
// "报送本行业的实施方案", "出哪些配套文件": a document to be made). The pointer may already be cut to a
// space by the phrasing rules ("耕地保护 方案里", "平利 方案 巡查清单里").
var rePlanAfter = regexp.MustCompile(`^(?:\s*(?:那个|这个|那份|这份|那张|这张)|\s+)\s*(?:\p{Han}{0,4}?(?:方案|意见|计划|文件|通知|清单|表|要点))`)

// plansAbout reads a term pointed at as a plan ("就业那个文件") that no title names: the plans about
// it, those most of whose tasks hold it (half of them or more, the most of any plan), are the ones
// asked of, and the term is the asker's name for them, no word their tasks must write.
func (p *Parser) plansAbout(s string, terms, cities []string) (plans, rest []string) {
	for k, term := range terms {
		if utf8.RuneCountInString(term) < 2 || !namesPlanBy(s, term) {
			continue
		}
		best := 0.5
		for _, d := range p.allDocs {
			if len(d.Tasks) == 0 || len(cities) > 0 && !contains(cities, d.City) {
				continue
			}
			n := 0
			for i := range d.Tasks {
				if topicMatch(retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}, []string{term}, nil) {
					n++
				}
			}
			switch share := float64(n) / float64(len(d.Tasks)); {
			case share > best:
				best, plans = share, []string{d.ID}
			case share == best && n > 0:
				plans = append(plans, d.ID)
			}
		}
		if len(plans) > 0 {
			return plans, append(slices.Clone(terms[:k]), terms[k+1:]...)
		}
	}
	return nil, terms
}

// anyTaskHolds reports whether a task of any plan is about term.
func (p *Parser) anyTaskHolds(term string) bool {
	for _, d := range p.allDocs {
		for k := range d.Tasks {
			if topicMatch(retrieval.TaskRef{Doc: d, Task: &d.Tasks[k]}, []string{term}, nil) {
				return true
			}
		}
	}
	return false
}

// describesPlan reports whether term, in s, is words that describe a plan asked about right before
// its document's noun and 里/中 ("环卫职工增收实施意见里", "耕地保护方案中") while no task of those
// plans is about it: the words are the asker's name for the plan, and as a topic they would leave
// nothing to count. They must describe one of those plans (nameWordOf): words no plan in scope is
// named by ("扬尘治理方案里" with only a 城市更新 plan loaded) ask of a plan not there, and stay.
func (p *Parser) describesPlan(s, term string, plans []string) bool {
	i := strings.Index(s, term)
	if i < 0 || utf8.RuneCountInString(term) < 2 || !reDocNounInside.MatchString(s[i+len(term):]) {
		return false
	}
	described := false
	for _, d := range p.allDocs {
		if !contains(plans, d.ID) {
			continue
		}
		for k := range d.Tasks {
			if topicMatch(retrieval.TaskRef{Doc: d, Task: &d.Tasks[k]}, []string{term}, nil) {
				return false
			}
		}
		described = described || nameWordOf(d, leadIn(s[:i])+term)
	}
	return described
}

// leadIn is the words right before a term that describe the plan with it, up to four characters of
// Han back to 在/的 ("在环卫工人" before 增收实施意见里: 环卫工人), which the topic may have lost to the
// title's words already.
func leadIn(before string) string {
	rs := []rune(before)
	k := len(rs)
	for k > 0 && len(rs)-k < 4 && unicode.Is(unicode.Han, rs[k-1]) && !strings.ContainsRune("在的于里中", rs[k-1]) {
		k--
	}
	return string(rs[k:])
}

// nameWordOf reports whether words share a word of two characters with what names d: its title, or,
// when its text gives none, its paragraphs (its subject). A word every title may hold (工作, 方案) or
// its city's name does not count.
func nameWordOf(d *plan.Document, words string) bool {
	rs := []rune(words)
	for k := 0; k+2 <= len(rs); k++ {
		w := string(rs[k : k+2])
		if genericTitleWord[w] || strings.Contains(d.City, w) || !unicode.Is(unicode.Han, rs[k]) || !unicode.Is(unicode.Han, rs[k+1]) {
			continue
		}
		if d.Title != "" && strings.Contains(d.Title, w) || d.Title == "" && usesOf(d, w) > 0 {
			return true
		}
	}
	return false
}

// reDocNounInside is a document's noun, then 里/中, or what asks for the whole of it ("食品安全工作方案
// 一共有多少项任务", "…方案有哪些任务"): what follows is asked inside that document.
var reDocNounInside = regexp.MustCompile(`^\s*(?:的)?(?:实施|工作|专项|行动)?(?:方案|意见|通知|通报|清单|计划|细则|办法|要点|任务表|分解表|分工表|一览表|台账)\s*(?:里|中|内|一共|总共|共有|共计|有(?:多少|几|哪些|什么))`)

// inPairs reports whether a term of four or more characters is the title's words shortened: each
// pair of its characters stands in the title, in order ("防灾排查" for "…防灾及风险排查机制…"); a term
// of two pairs in either order ("三资整治" for "…整治村（社区）集体‘三资’管理不规范…").
func inPairs(title, t string) bool {
	rs := []rune(t)
	if len(rs) < 4 || len(rs)%2 != 0 {
		return false
	}
	if len(rs) == 4 && strings.Contains(title, string(rs[:2])) && strings.Contains(title, string(rs[2:])) {
		return true
	}
	at := 0
	for i := 0; i < len(rs); i += 2 {
		k := strings.Index(title[at:], string(rs[i:i+2]))
		if k < 0 {
			return false
		}
		at += k + len(string(rs[i:i+2]))
	}
	return true
}

// plansByTitleWord finds the plans a topic term names by a word of their titles ("十百千" in 衢州十百千
// 方案, "人才集聚工程"): the plans of the cities named whose titles hold it, or, with no city, those
// of any city when the question speaks of a plan. The term is then the plan's name, not a topic.
func (p *Parser) plansByTitleWord(terms, cities []string, planWord bool) (plans, rest []string) {
	if len(cities) == 0 && !planWord && !slices.ContainsFunc(terms, townName) {
		return nil, terms
	}
	for _, t := range terms {
		if len(cities) == 0 && (!planWord && !townName(t) || genericTitleWord[t]) {
			rest = append(rest, t) // "负责的工程最多": 工程 alone names no plan
			continue
		}
		var ids []string
		if utf8.RuneCountInString(t) >= 2 {
			for _, d := range p.allDocs {
				if (len(cities) == 0 || contains(cities, d.City)) && strings.Contains(planName(d), t) {
					ids = append(ids, d.ID)
				}
			}
		}
		if len(ids) == 0 && planWord && utf8.RuneCountInString(t) >= 4 && !genericTitleWord[t] {
			// "推进农村产业融合的通知里": the title's words with others between (…推进农村一二三产业融合发展…).
			for _, d := range p.allDocs {
				if (len(cities) == 0 || contains(cities, d.City)) && gapHolds(reTitleQuotes.Replace(planName(d)), t) {
					ids = append(ids, d.ID)
				}
			}
		}
		if len(ids) == 0 || len(cities) == 0 && len(ids) > 3 {
			rest = append(rest, t)
			continue
		}
		for _, id := range ids {
			if !contains(plans, id) {
				plans = append(plans, id)
			}
		}
	}
	return plans, rest
}

// genericTitleWord are words many titles hold, which name no plan on their own.
var genericTitleWord = map[string]bool{"工程": true, "行动": true, "计划": true, "工作": true, "方案": true, "意见": true, "措施": true, "建设": true, "发展": true, "项目": true}

// plansByCampaign reads a term that names a campaign a title quotes, with or without the words for
// a campaign after it ("迎青运行动中" for …开展“迎青运”交通安全综合整治专项行动行动方案): that plan, when
// one plan (of the cities asked about) quotes it. The term goes.
func (p *Parser) plansByCampaign(terms, cities []string) (plans, rest []string) {
	for _, t := range terms {
		name := campaignWords.ReplaceAllString(t, "")
		if utf8.RuneCountInString(name) < 2 {
			rest = append(rest, t)
			continue
		}
		var ids []string
		for _, k := range p.titleGrams().quoted[name] {
			if d := p.allDocs[k]; len(cities) == 0 || contains(cities, d.City) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) != 1 {
			rest = append(rest, t)
			continue
		}
		if !contains(plans, ids[0]) {
			plans = append(plans, ids[0])
		}
	}
	return plans, rest
}

// campaignWords are the words after a campaign's name in a question: 行动, 专项行动, 活动 … and where in it.
var campaignWords = regexp.MustCompile(`(?:专项行动|行动|专项活动|活动|工程|攻坚战|攻坚)?(?:中|里|内|期间)?$`)

// plansByNickname reads a term that is a plan's nickname as that plan: "迎评" for 迎接…“对市督导”
// 省级评估工作方案, "放管服" for 深化简政放权放管结合优化服务改革…分工方案, "商品砼整治" for 全区商品砼市场
// 专项整治方案. A nickname is no word of any title, its characters stand in order in the title of one
// plan (of the cities asked about), and no other plan's text uses it; it is the question's only
// topic word.
func (p *Parser) plansByNickname(terms, cities []string) (plans, rest []string) {
	if len(terms) != 1 || len(p.allDocs) > maxNicknameDocs {
		return nil, terms
	}
	for i, t := range terms {
		tr := []rune(t)
		if len(tr) < 2 || len(tr) > 6 {
			continue
		}
		id, several := "", false
		used := false // some plan's words use the term: a topic it may be
		for _, d := range p.allDocs {
			if usesOf(d, t) > 0 {
				used = true
				break
			}
		}
		for _, d := range p.allDocs {
			if strings.Contains(d.Title, t) {
				return nil, terms // a word of a title: plansByTitleWord's, or a topic
			}
			// Its characters in order in the title, and the plan's words use it (迎评), or no plan's
			// words do, so that it can only name the plan ("海关十二条" for 福州海关支持平潭…十二条措施…方案).
			if several || len(cities) > 0 && !contains(cities, d.City) || !runesInOrder([]rune(d.Title), tr) || used && usesOf(d, t) == 0 {
				continue
			}
			if id != "" {
				several = true
			}
			id = d.ID
		}
		if id != "" && !several {
			for _, d := range p.allDocs {
				if d.ID != id && (len(cities) == 0 || contains(cities, d.City)) && usesOf(d, t) > 0 {
					return nil, terms // another plan's words use it too: a topic ("环卫"), not one plan's name
				}
			}
			return []string{id}, append(slices.Clone(terms[:i]), terms[i+1:]...)
		}
	}
	return nil, terms
}

// plansBySubject reads a term that describes a plan whose text gives no title by its business, the
// way people name such a plan: before a document's noun or 里/中 ("政务公开任务表里…", "环境秩序综合整治里
// 涉及大排档的…", "旌德防诈方案里…"). Its words, the noun cut, must be used by the paragraphs of exactly
// one untitled plan of the cities asked about (of the plans named, when some are); then that plan is
// the one asked of, and the term goes, when something else is still asked (another term, a unit, a
// frequency).
func (p *Parser) plansBySubject(terms, cities, named []string, s string, more bool) (plans, rest []string) {
	if len(terms) < 2 && !more {
		return named, terms
	}
	var untitled []*plan.Document // the plans in scope whose text gives no title, read once asked
	read := false
	for i, t := range terms {
		at := strings.Index(s, t)
		if at < 0 || !reInsideAfter.MatchString(s[at+len(t):]) {
			continue // "市场准入负面清单公开这项": a list the plan speaks of, not the plan
		}
		stem := reDocNounEnd.ReplaceAllString(t, "")
		if utf8.RuneCountInString(stem) < 2 || genericTitleWord[stem] {
			continue
		}
		if !read {
			read = true
			for _, d := range p.allDocs {
				if d.Title == "" && (len(cities) == 0 || contains(cities, d.City)) && (len(named) == 0 || contains(named, d.ID)) {
					if untitled = append(untitled, d); len(untitled) > maxNicknameDocs {
						return named, terms // as plansByNickname: at scale the words are a topic, not a scan of every paragraph
					}
				}
			}
		}
		id := ""
		for _, d := range untitled {
			if usesOf(d, stem) == 0 {
				continue
			}
			if id != "" {
				id = "" // two plans use it: no name of one
				break
			}
			id = d.ID
		}
		if id != "" {
			return []string{id}, append(slices.Clone(terms[:i]), terms[i+1:]...)
		}
	}
	return named, terms
}

// reDocNounEnd is a document's noun ending the words that describe it: 任务表, 清单, 方案 ….
var reDocNounEnd = regexp.MustCompile(`(?:任务分解表|分解表|任务表|一览表|清单|方案|意见|通知|计划|要点|台账)$`)

// reInsideAfter is 里/中 right after a description, a document's noun between or not: what follows
// is asked inside it.
var reInsideAfter = regexp.MustCompile(`^(?:任务分解表|分解表|任务表|一览表|清单|方案|意见|通知|计划|要点|台账)?(?:里|中)`)

// maxNicknameDocs bounds plansByNickname's reading of every plan's words: beyond it a nickname is read
// as a topic, which costs one search instead of a scan of every paragraph.
const maxNicknameDocs = 200

// usesOf counts, up to 2, the paragraphs of d that use t.
func usesOf(d *plan.Document, t string) int {
	n := 0
	for _, para := range d.Paras {
		if strings.Contains(para.Text, t) {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// townName is a town's or a street's name, which no city list knows but a town's own plan names in
// its title: "吴泾镇房管办" asks of 《关于进一步规范吴泾镇建筑垃圾治理的通知》's 房管办.
func townName(t string) bool {
	return utf8.RuneCountInString(t) >= 3 && (strings.HasSuffix(t, "镇") || strings.HasSuffix(t, "乡") || strings.HasSuffix(t, "街道") || strings.HasSuffix(t, "片区"))
}

// planName is what names a plan: its title, or, for a plan whose text gives none, the first clause
// of its opening paragraph ("2014年市政府民生实事项目共有42项任务" names 宁波's 民生实事; what the
// clauses after it list, 养老服务…, is its tasks' business).
func planName(d *plan.Document) string {
	if d.Title != "" {
		return d.Title
	}
	for _, p := range d.Paras {
		if p.TaskID != "" {
			break
		}
		first, _, _ := strings.Cut(strings.NewReplacer("，", ",", "。", ",", "；", ",", ";", ",").Replace(p.Text), ",")
		return plan.Clip(first, 60)
	}
	return ""
}

// bodyNameWords takes out of the topic the words that name which body is meant: "三产" in
// "嘉兴三产领导小组", when a body of that kind in the cities asked about has them in its name.
func (p *Parser) bodyNameWords(terms, bodies, cities []string) (words, rest []string) {
	if len(bodies) == 0 {
		return nil, terms
	}
	for _, t := range terms {
		named := false
		for _, uc := range p.dir.Units("") {
			if len(cities) > 0 && !contains(cities, uc.City) {
				continue
			}
			for _, b := range bodies {
				if strings.Contains(uc.Name, b) && strings.Contains(uc.Name, t) {
					named = true
				}
			}
		}
		if named {
			words = append(words, t)
		} else {
			rest = append(rest, t)
		}
	}
	return words, rest
}

// headingNamed reports whether the topic is the name of a first-level heading of the plans asked
// about (保障措施, 主要目标) and no task of theirs is on it.
func (p *Parser) headingNamed(q *Query) bool {
	if len(q.Plans) == 0 && len(q.Cities) == 0 {
		return false
	}
	named := false
	for _, d := range p.allDocs {
		if len(q.Plans) > 0 && !contains(q.Plans, d.ID) || len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		for i := range d.Tasks {
			if topicMatch(retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}, q.Topic, nil) {
				return false
			}
		}
		if head, _ := planParts(d, strings.Join(q.Topic, "")); head != "" {
			named = true
		}
	}
	return named
}

// titlesName reports whether the query's topic is named by the title of some task in its scope
// ("人才组", "综合组" in 鹿城专班的综合组): words of three characters or more.
func (p *Parser) titlesName(q *Query) bool {
	if len(q.Topic) == 0 {
		return false
	}
	for _, t := range q.Topic {
		if utf8.RuneCountInString(t) < 3 {
			return false // "成立" is in many titles and names none of them
		}
	}
	forms := make([][]string, len(q.Topic)) // once, not once a task: at scale there are many
	for i, t := range q.Topic {
		forms[i] = nearForms(t, nil)
	}
	for _, d := range p.allDocs {
		if len(q.Plans) > 0 && !contains(q.Plans, d.ID) || len(q.Cities) > 0 && !contains(q.Cities, d.City) {
			continue
		}
		for i := range d.Tasks {
			all := true
			for _, fs := range forms {
				if !slices.ContainsFunc(fs, func(f string) bool { return strings.Contains(d.Tasks[i].Title, f) }) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}

// bodyOwner reads "who leads the work of a body" ("数字广东建设领导小组那条是谁牵头的", "跨省通办那个
// 联席会议在哪条任务里，谁牵头", "专班的人才组是谁牵头") as a question about the tasks that name it:
// those whose titles the topic names (人才组), or else those whose text names the body.
func (p *Parser) bodyOwner(q *Query) {
	if !p.titlesName(q) {
		q.Topic = append(append(q.Topic, q.bodyWords...), q.Bodies...)
	}
	q.Shape, q.Bodies, q.bodyWords, q.members = ShapeOwner, nil, nil, false
}

// reNarrow points back at the last list to narrow it: 其中哪些…, 这些里面…, 只看住建局的, which of those….
// onlyLook opens a follow-up that keeps to part of the last answer: "只看住建局的", "光看牵头的".
const onlyLook = `只看|只列|只要|单看|光看`

var reNarrow = regexp.MustCompile(`^(?:其中|这些里面?|这里面|里面|以上|上面|这些任务中|这些任务里|这些中|` + onlyLook + `)|(?i)\b(?:which|how many) of (?:those|these|them)\b|\bamong (?:those|these|them)\b`)

// reAspect asks of one side of a plan's work: "公共交通方面有哪些任务", "在人才方面".
var reAspect = regexp.MustCompile(`\p{Han}{2}(?:方面|板块)(?:的|有|都有|要做|的工作|的任务|还有)`)

// reWhichCounted asks, right after a count, which they are: "分别是哪几项?", "具体是哪些?", "都有哪些".
var reWhichCounted = regexp.MustCompile(`^(?:那|那么)?(?:它们|这些|这几项|这些任务)?(?:分别|具体|都|各)?(?:是|有)?(?:哪几项|哪些|哪几个|哪几条|哪几件|什么)(?:任务|工作|事)?(?:呢)?\s*[?？]?$|(?i)^which (?:ones|are they|are those)\s*\??$`)

// reShowThose asks to see the tasks the last answer counted or named, and nothing else: "列出来看看",
// "都列一下吧", "具体是哪些?", "show them".
var reShowThose = regexp.MustCompile(`^(?:那|那么|好的?|请|麻烦)?(?:都|全部|具体)?(?:列出来|列一下|列出|列举一下|列举|展开|发出来|给我)(?:给我)?(?:看看|看一下|瞧瞧|看|一下|我看看)?(?:吧|呢)?[?？。!！]*$|^(?:那|那么)?(?:具体|分别)(?:是|有)哪些(?:项|条|任务)?(?:呢|啊)?[?？。!！]*$|(?i)^(?:please\s+)?(?:list|show)\s+(?:them|those|these)(?:\s+to me)?\s*[.!?]*$`)

// reNumberedTasks asks of the tasks a plan numbers: "32项编号任务中", "编了号的任务里".
var reNumberedTasks = regexp.MustCompile(`编号(?:的)?(?:任务|事项|工作)|编了号的|有编号的|(?i)\bnumbered (?:tasks|items)\b`)

// reMainTasks asks for the tasks a plan heads as its main ones: "有哪些主要任务", "重点任务有几项",
// "how many key tasks". Not 工作内容: "市住建局的工作内容" asks for all its work, whatever part holds it.
var reMainTasks = regexp.MustCompile(`(?:主要|重点)(?:工作)?任务|(?i)\b(?:key|main|major|priority|principal)\s+tasks\b`)

// reMonthDayDuty is a day of every month a duty is due by: 每月10日前 (as normalizePhrasing writes it).
var reMonthDayDuty = regexp.MustCompile(`每月(\d{1,2})日前`)

// Parse reads one question; ctx is the conversation so far and today the day it is asked. The
// phrasing table first turns the ways people ask into the forms the extractors read (an English
// question has its department names read too); then each facet is read in turn from what the
// earlier ones left of the question (reading's methods, in order): 文号, units, cities, quoted names,
// department types and bodies, how the answer is laid out, the window and status, the topic and the
// shape; then a unit-like name nobody knows, and the conversation.
func (p *Parser) Parse(text string, ctx Context, today plan.Day) Query {
	s := strings.TrimSpace(normalizePhrasing(foldWidth(plan.ToSimplified(text))))
	lang := language(s)
	// An English question's own Chinese words, before its department names are read; a role word in
	// brackets after an English word ("support (配合)") says what the word means, no topic of its own.
	typedHan := hasHan(reBracketGloss.ReplaceAllString(s, " "))
	if lang == "en" {
		s = translateDepts(s)
	} else {
		s = deptNamesIn(s) // "湖州 Finance Bureau 负责哪些任务?": the English name among Chinese words
	}
	done, s := donePreamble(s)
	s = p.fullLeaderNames(s) // "陈副区长" is 陈静副区长 where the plans name her so
	r := &reading{p: p, s: s, typedHan: typedHan, q: Query{lang: lang, afterDone: done != ""}}
	r.q.oneItem = reOneItem.MatchString(foldWidth(plan.ToSimplified(text))) // before the phrasing table drops pointing words
	r.q.listsWorks = reListsWorks.MatchString(foldWidth(plan.ToSimplified(text)))
	r.q.mainTasks = reMainTasks.MatchString(s)
	r.q.aspect = reAspect.MatchString(s)
	r.q.numbered = reNumberedTasks.MatchString(s)
	r.units()
	r.cities()
	if done != "" && len(r.ms) == 0 && len(r.q.Cities) == 0 {
		// "鹿城区教育局社区教育品牌那项已经完成了，还有逾期的吗？": the unit and place the remark
		// names are the question's; what was done is no topic.
		d := &reading{p: p, s: done, typedHan: typedHan, q: Query{lang: lang}}
		d.units()
		d.cities()
		r.ms, r.roles, r.q.Cities = d.ms, make([]string, len(d.ms)), d.q.Cities
		for i := range r.roles {
			r.roles[i] = roleIn(s) // the role the question asks ("还有哪些牵头的逾期")
		}
	}
	r.quotedNames()
	r.unitFilters()
	r.excepted()
	r.levelUnits()
	r.typesAndBodies()
	r.ordering()
	r.windowAndStatus(today)
	r.topicAndShape()
	r.unknownUnit()
	if !ctx.IsZero() && ctx.Query != nil {
		p.followUp(&r.q, s, r.rest, ctx, today)
		if prev := ctx.Query.Units; len(prev) > 0 && len(r.q.Units) > 0 && !sameUnitNames(prev, r.q.Units) {
			r.q.earlier = prev
		}
		if ctx.Only != "" && reOthers.MatchString(s) {
			// "省市场监管局还负责别的措施吗?" after "X是谁负责?": the others, not the one just named.
			r.q.notTasks = []string{ctx.Only}
		}
	}
	if r.q.item == listEnd {
		// "污水治理方面最后一项由谁牵头?" with no list before, or none whose last line is shown: no
		// line named; the question is of what its words name, of one plan's tasks its last.
		r.q.item, r.q.lastOne = 0, true
	}
	r.q.Topic = p.placelessPlace(&r.q)
	if m := reByLeader.FindString(s); m != "" {
		// "哪位副县长分管的任务最多?": the leaders are what is asked, 副县长 no word of the tasks, nor what is
		// left of the words that ask it ("哪几位县领导" leaves 位县). Asked of one piece of work
		// ("脱贫攻坚任务…责任领导是谁?"), its task's line names its leader.
		if topic := slices.DeleteFunc(slices.Clone(r.q.Topic), func(t string) bool {
			return reLeaderWord.MatchString(t) || strings.Contains(m, t)
		}); len(topic) == 0 {
			r.q.byLeader, r.q.Topic = true, topic
		}
	}
	if contains(r.q.Facts, "plans") && len(r.q.Cities) > 0 && len(r.q.Plans) > 0 && !r.q.followUp && mentionsPlan(r.rest) {
		// "湖州有哪些方案?": the city's plans and its counties' (安吉县's, 德清县's), as their titles are named.
		r.q.Plans = p.plansNamedAround(r.rest, r.q.Cities)
	}
	if m := reIssuedBy.FindStringSubmatch(s); m != nil && contains(r.q.Facts, "plans") {
		// "哪些方案是上海市政府办公厅发的?": the body's words name no plan by its title.
		r.q.issuedBy, r.q.Plans = m[1], nil
	}
	if r.q.Status == StatusOverdue && reAlsoAhead.MatchString(s) {
		// "逾期的和快到期的任务", "哪些已逾期，哪些还没到期?": the overdue list (no window of its own), then
		// what falls due, in the window said for it.
		r.q.alsoAhead, r.q.aheadFrom, r.q.aheadTo = true, r.q.From, r.q.To
		r.q.From, r.q.To, r.q.window, r.q.Precision = "", "", "", ""
	}
	r.q.paperwork = len(r.q.Topic) == 1 && paperworkNouns[r.q.Topic[0]] && r.q.From+r.q.To != "" && reSendWhat.MatchString(s)
	p.settle(&r.q)
	if m := reCountedNoun.FindString(s); m != "" && r.q.Shape == ShapeCount {
		r.q.counted = m
	}
	r.q.alsoTotal = r.q.Shape == ShapeCount && r.q.GroupBy == "" && r.q.Status != "" && reTwoCounts.MatchString(s)
	if r.q.Shape == ShapeCount && r.q.GroupBy == GroupUnit && r.q.countUnits && reTwoCountsUnits.MatchString(s) {
		r.q.alsoTotal = true // "一共多少个任务，多少个牵头单位?": the tasks, then the units
	}
	if r.q.Shape == ShapeCount && r.q.GroupBy == "" && !r.q.alsoTotal && len(r.q.Units) > 0 && reTwoCountsRole.MatchString(s) &&
		!slices.ContainsFunc(r.q.Units, func(u UnitFilter) bool { return u.Role != plan.RoleLead && u.Role != plan.RoleParticipating }) {
		// "市商务局一共有几项任务，其中几项牵头?": all its tasks, then those of the role asked.
		r.q.alsoTotal, r.q.totalAnyRole = true, true
	}
	if r.q.AllUnits && len(r.q.Units) > 1 && reTogetherPart.MatchString(s) {
		// "区绿容局和滨江集团一起参与的工作", "A和B共同参与的项目": the work both are on, whichever of them
		// leads it (参与 here says they take part in it together, not that neither leads).
		for i := range r.q.Units {
			r.q.Units[i].Role = RoleAny
		}
	}
	return r.q
}

// reCountThenEachWhen counts tasks, then asks each one's time: "有几项任务，分别是什么时候到期?",
// "一共多少项？各自什么时候完成".
var reCountThenEachWhen = regexp.MustCompile(`(?:几|多少)\s*(?:项|个|条|件)?\s*(?:任务|工作|事项)?[^，,。？?；;]{0,6}[，,；;？?]\s*(?:都|又|它们|这些)?(?:分别|各自|各)(?:是|在|要|需要)?(?:什么时候|何时|哪天|哪一天|几号|几月几[日号])`)

// reAlsoAhead asks, beside what is overdue, what falls due next.
var reAlsoAhead = regexp.MustCompile(`快到期|快要到期|即将到期|将要到期|临近到期|马上到期|要到期|(?:没|未|没有)到期|(?i)\b(?:coming up|upcoming|due soon|not yet due|about to fall due)\b`)

// paperworkNouns are what any report is ("要报什么材料"), no work of their own.
var paperworkNouns = map[string]bool{"材料": true, "资料": true, "报表": true}

// reSendWhat asks what is to be sent: "要报什么材料", "交哪些资料", "有什么材料要报".
var reSendWhat = regexp.MustCompile(`(?:报|交|送|报送|上报|提交|上交)(?:什么|哪些|啥)|(?:什么|哪些|啥)(?:材料|资料|报表)要(?:报|交|送)`)

// reIssuedBy names the body that issued plans: "…是上海市政府办公厅发的", "由市发改委印发的".
var reIssuedBy = regexp.MustCompile(`(?:是|由)((?:\p{Han}{1,8}?(?:省|市|县|区|州|旗))?\p{Han}{0,10}?(?:人民政府办公厅|人民政府办公室|政府办公厅|政府办公室|人民政府|政府|委员会|局|委|厅|办))(?:印发|发布|下发|制定|出台|发)的`)

// placelessPlace drops from the topic a place no loaded plan is from, said of a unit asked about, when
// a plan that names no place is loaded: people call such a plan by the place it came from ("辽宁省发展改革委牵头哪些工作?" of a
// 就业创业意见 whose text never says 辽宁, "闵行区城管执法大队负责什么?" of a 平安市场 plan that only says 区),
// and the place's name is no word of its tasks.
// placelessDocs are the loaded plans that name no place, found once.
func (p *Parser) placelessDocs() []*plan.Document {
	p.placelessOnce.Do(func() {
		for _, d := range p.allDocs {
			if d.City == "" {
				p.placeless = append(p.placeless, d)
			}
		}
	})
	return p.placeless
}

func (p *Parser) placelessPlace(q *Query) []string {
	named := slices.ContainsFunc(q.Cities, func(c string) bool { return c != "" }) // a placeless plan named by its words is no place
	if named || len(q.Topic) == 0 {
		return q.Topic
	}
	placeless := p.placelessDocs()
	if len(placeless) == 0 {
		return q.Topic
	}
	if !q.hasUnits() && len(q.DeptTypes) == 0 {
		return p.placelessByPlace(q, placeless) // the place qualifies a unit asked about; alone, its words may still find a plan
	}
	var out, themed []string
	dropped := false
	for _, t := range q.Topic {
		name := strings.TrimSuffix(t, "省")
		if utf8.RuneCountInString(name) >= 2 && (gazetteerPlace(name) || plan.ProvinceOf(name+"省") != "") && p.dir.ResolveCity(t) == "" &&
			!slices.ContainsFunc(placeless, func(d *plan.Document) bool { return docHolds(d, []string{name}) }) {
			dropped = true
			continue // a plan whose words name the place is found by them, as a topic
		}
		if ids := p.placelessThemed(t, placeless); len(ids) > 0 {
			// "池州信访局政务公开清单里,办公室负责哪几项?": the place, its office and the words of the
			// plan's theme name the plan, and are no words of the unit's tasks.
			dropped, themed = true, append(themed, ids...)
			continue
		}
		out = append(out, t)
	}
	if dropped && len(q.Plans) == 0 {
		if q.Plans = p.placelessOf(q, placeless); len(themed) > 0 {
			// Of the themed plans, those naming the unit; when none does, the themed plans all the
			// same (the unit has no task there).
			if q.Plans = slices.DeleteFunc(q.Plans, func(id string) bool { return !slices.Contains(themed, id) }); len(q.Plans) == 0 {
				q.Plans = themed
			}
		}
		if len(q.Plans) > 0 {
			for i, rs := range q.refs {
				if kept := slices.DeleteFunc(slices.Clone(rs), func(u plan.UnitRef) bool { return u.City != "" }); len(kept) > 0 {
					q.refs[i] = kept // the same-named units of places the plans name are not asked about
				}
			}
		}
	}
	return out
}

// placelessThemed returns the plans that name no place whose words hold what term says after a place
// none of them writes, and after the office that issued it ("池州信访局政务公开": 政务公开): the term
// names those plans by their place, issuer and theme. None when term opens with no such place, or no
// such plan writes the rest.
func (p *Parser) placelessThemed(term string, placeless []*plan.Document) []string {
	rs := []rune(term)
	for n := min(4, len(rs)-2); n >= 2; n-- {
		name, rest := string(rs[:n]), string(rs[n:])
		if !gazetteerPlace(name) || p.dir.ResolveCity(name) != "" || p.anyDocHolds(name) {
			continue
		}
		if m := reIssuerHead.FindStringSubmatch(rest); m != nil {
			rest = m[1]
		}
		var ids []string
		for _, d := range placeless {
			if docHolds(d, []string{rest}) {
				ids = append(ids, d.ID)
			}
		}
		return ids
	}
	return nil
}

// reIssuerHead is an office opening the words after a place, the theme after it: "信访局政务公开"
// (group 1 the theme, two characters or more).
var reIssuerHead = regexp.MustCompile(`^\p{Han}{1,5}?(?:局|委|办|厅|中心)(\p{Han}{2,})$`)

// placelessOf returns the plans that name no place and name a unit asked about (or one of a
// department type asked about): a unit asked with a place no loaded plan is from ("余杭区科技局" where
// the plans know 鹿城区 and one plan says only 区) is that placeless plan's, not the same-named unit of
// a place the plans do name. None when no placeless plan names such a unit.
func (p *Parser) placelessOf(q *Query, placeless []*plan.Document) []string {
	names := map[string]bool{}
	for _, rs := range q.refs {
		for _, u := range rs {
			if u.City == "" {
				names[u.Name] = true
			}
		}
	}
	var ids []string
	for _, d := range placeless {
		if slices.ContainsFunc(d.Tasks, func(t plan.Task) bool {
			return slices.ContainsFunc(t.Units(), func(u string) bool {
				return names[u] || slices.ContainsFunc(q.DeptTypes, func(typ string) bool { return p.depts.is(u, typ) })
			})
		}) {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// placelessByPlace reads a place no loaded plan is from, asked beside other words ("内蒙古“严格考核问责”这项谁
// 牵头?"), as naming the plans that name no place but whose words name it (a page of 内蒙古's plan that
// says 内蒙古 only in its header): those plans are asked of, and the place is no word their tasks must
// write. A place no such plan names stays a topic.
func (p *Parser) placelessByPlace(q *Query, placeless []*plan.Document) []string {
	if len(q.Plans) > 0 || len(q.Topic) == 0 || len(placeless) > maxNicknameDocs {
		return q.Topic
	}
	if len(q.Topic) < 2 {
		return p.placelessByHead(q, placeless)
	}
	for i, t := range q.Topic {
		name := strings.TrimSuffix(t, "省")
		if utf8.RuneCountInString(name) < 2 || !(gazetteerPlace(name) || plan.ProvinceOf(name+"省") != "") || p.dir.ResolveCity(t) != "" {
			continue
		}
		var ids []string
		for _, d := range placeless {
			if docHolds(d, []string{name}) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) > 0 {
			q.Plans = ids
			return append(slices.Clone(q.Topic[:i]), q.Topic[i+1:]...)
		}
	}
	return p.placelessByHead(q, placeless)
}

// placelessByHead reads the first topic term, when it opens with such a place, written on to what is asked
// of it ("双牌园区招商引资" of a plan whose header says 双牌 and no loaded plan is from 双牌), as the
// place and the rest: the plans that name no place and whose words name it are asked of, the rest is the
// topic. A term whose place is a loaded plan's city, that no such plan names, or that such a plan
// writes on into the term's next words ("泉山学校一期教学楼" of a plan about 泉山学校), stays as it is.
func (p *Parser) placelessByHead(q *Query, placeless []*plan.Document) []string {
	rs := []rune(q.Topic[0])
	for n := min(4, len(rs)-2); n >= 2; n-- {
		name, rest := string(rs[:n]), string(rs[n:])
		if !gazetteerPlace(name) || p.dir.ResolveCity(name) != "" {
			continue
		}
		var ids []string
		for _, d := range placeless {
			// Not when the plan writes the place run on into the term's next words: that is a name
			// of its own (泉山学校), not a place.
			if docHolds(d, []string{name}) && !docHolds(d, []string{string(rs[:n+2])}) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) > 0 {
			q.Plans = ids
			return append([]string{rest}, q.Topic[1:]...)
		}
	}
	return placelessAll(q, placeless, p)
}

// placelessAll reads a place the first topic term is or opens with ("池州政务公开清单里…", "池州清单里
// 哪些…"), that no loaded plan is from and no plan that names no place writes, as the place of one of
// those plans all the same: a plan of that place, if loaded, can only be one whose text never says
// where it is from, so those plans are asked of, and the place is no word their tasks must write. Not
// a name some loaded plan writes (a word there: 平安 of 平安市场). A place run on into other words
// is read so only when such a plan writes those words and more is asked (they name the plan).
func placelessAll(q *Query, placeless []*plan.Document, p *Parser) []string {
	rs := []rune(q.Topic[0])
	for n := min(4, len(rs)); n >= 2; n-- {
		name, rest := string(rs[:n]), strings.TrimSpace(string(rs[n:]))
		if n < len(rs) && utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if !gazetteerPlace(strings.TrimSuffix(name, "省")) || p.dir.ResolveCity(name) != "" || p.anyDocHolds(name) {
			continue
		}
		if rest == "" {
			for _, d := range placeless {
				q.Plans = append(q.Plans, d.ID)
			}
			return slices.Clone(q.Topic[1:])
		}
		// The words after the place, when such a plan writes them and more is asked, name the plan
		// ("池州政务公开清单里清理规范性文件…": its 政务公开), not its tasks.
		for _, d := range placeless {
			if docHolds(d, []string{rest}) {
				q.Plans = append(q.Plans, d.ID)
			}
		}
		if len(q.Plans) > 0 && len(q.Topic) > 1 {
			return slices.Clone(q.Topic[1:])
		}
		q.Plans = nil // words no such plan writes: the term stays as it is
		return q.Topic
	}
	return q.Topic
}

// reTogetherPart is units on a work together: "一起参与", "共同参与".
var reTogetherPart = regexp.MustCompile(`(?:一起|共同|一同|同时|都)参与`)

// reTwoCounts asks two counts, all the tasks and then those of a status: "有多少任务、逾期几项",
// "一共几项任务，其中到期的有多少", "how many tasks, and how many are overdue".
var reTwoCounts = regexp.MustCompile(`(?i)(?:多少|几)\s*(?:(?:项|个|条|件)\s*(?:任务|工作|事项)?|任务|工作|事项)[^，,、;；。？?]{0,6}[，,、;；?？]\s*(?:其中)?(?:有)?(?:(?:已经?|已)?(?:逾期|超期|过期|到期|完成|办结)了?的?(?:有|共)?(?:多少|几)|(?:多少|几)\s*(?:项|个|条|件)?\s*(?:任务|工作|事项)?(?:已经?|已)?(?:逾期|超期|过期|到期|完成|办结))|how many (?:tasks|duties|items)[^?]{0,40}\band how many\b`)

// reTwoCountsUnits asks two counts, the tasks and then the units: "一共多少个任务，多少个牵头单位",
// "有几项任务、几个责任单位".
var reTwoCountsUnits = regexp.MustCompile(`(?:多少|几)\s*(?:项|个|条|件)?\s*(?:任务|工作|事项)[^，,、;；。？?]{0,6}[，,、;；]\s*(?:有|涉及|共)?(?:多少|几)\s*(?:个|家)?\s*(?:牵头|责任|参与|配合)?(?:单位|部门)`)

// reTwoCountsRole asks two counts, all a unit's tasks and then those it holds in a role: "一共有几项任务，
// 其中几项牵头", "有多少任务、牵头的有几项".
var reTwoCountsRole = regexp.MustCompile(`(?:多少|几)\s*(?:项|个|条|件)?\s*(?:任务|工作|事项)[^，,、;；。？?]{0,6}[，,、;；]\s*(?:其中)?(?:有)?(?:(?:多少|几)\s*(?:项|个|条|件)?(?:是|为|由其|由它)?(?:牵头|参与|配合|主办|协办)|(?:是|为)?(?:牵头|参与|配合|主办|协办)(?:的)?(?:有|共|占)?(?:多少|几))`)

// sameUnitNames reports whether a and b name the same units, in any order.
func sameUnitNames(a, b []UnitFilter) bool {
	if len(a) != len(b) {
		return false
	}
	for _, u := range a {
		if !slices.ContainsFunc(b, func(v UnitFilter) bool { return v.Name == u.Name }) {
			return false
		}
	}
	return true
}

// reYearEnding is a year a text ends with, before a month it gives: "…要在2025年" of "2025年11月底前".
var reYearEnding = regexp.MustCompile(`(?:19|20)\d{2}\s*年\s*$`)

// reExcept names what a question leaves out: "除了市绿化市容局，哪个单位任务最多?", "除了市发改委以外
// 还有谁牵头", "除市发改委外", "哪些任务不是市发改委牵头的". A bare 除 that ends a word (拆除, 消除, 排除)
// leaves nothing out (exceptWordEnds).
var reExcept = regexp.MustCompile(`(?:除了|除去|除)([^，,。？?！!]{2,30}?)(?:以外|之外|外|[，,])|(?:不是|并非|不由)([^，,。？?！!]{2,30}?)(?:牵头|负责|参与|配合|主办|承办|主导)`)

// reNotInvolved names units whose work a question asks to leave out whatever their role: "区住建局不参与
// 的任务", "市发改委没有参与过的", "不涉及市发改委的", "没有市发改委参与的", "Which tasks is X not involved
// in?", "tasks X does not take part in". The unit stands right before its negation (exceptText checks
// it), so "X只牵头不参与的" is X's own tasks in a role (roleIn), not the tasks without X.
var reNotInvolved = regexp.MustCompile(`([^，,。？?！!\s]{2,30}?)(?:都|也|并|从来?)?(?:不|没有|没|未)(?:参与|参加|涉及)(?:过)?(?:的|哪些)|(?:不涉及|未涉及|没有涉及|没涉及)([^，,。？?！!\s]{2,30}?)的|(?:没有|没)([^，,。？?！!\s]{2,30}?)(?:参与|参加)的|(?i)\b(?:is|are)\s+(\S.{0,39}?)\s+not\s+(?:involved|taking part|participating)\s+in\b|(\S.{0,39}?)\s+(?:does|do)\s*(?:not|n't)\s+(?:take part|participate|get involved)\s+in\b`)

// exceptWordEnds are the characters before a bare 除 that make it the end of a word: 拆除违建, 消除
// 隐患, 排除风险, 清除, 解除, 去除, 废除, 扣除, 免除, 剔除, 根除, 铲除, 删除, 破除, 革除, 摒除.
const exceptWordEnds = "拆消排清解去废扣免剔根铲删破革摒"

// reExceptFiller are the words beside a unit left out that say nothing more of it: its role, 的,
// a joining word between two units, the class word after it ("除了市发改委牵头的", "市发改委和市商务局").
var reExceptFiller = regexp.MustCompile(`牵头|负责|参与|配合|单位|部门|以外|之外|的|和|及|与|、|等|\s`)

// exceptText is what the question leaves out, as written ("市发改委"), or ""; whole when the
// question asks for the work the unit is not on at all, in any role (reNotInvolved).
func exceptText(s string) (text string, whole bool) {
	if m := reNotInvolved.FindStringSubmatch(s); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				return strings.TrimSpace(g), true
			}
		}
	}
	for _, m := range reExcept.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			if !strings.HasPrefix(s[m[0]:], "除了") && !strings.HasPrefix(s[m[0]:], "除去") {
				if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); strings.ContainsRune(exceptWordEnds, r) {
					continue
				}
			}
			return s[m[2]:m[3]], false
		}
		return s[m[4]:m[5]], false
	}
	return "", false
}

// reLevelUnits names the units of one level: 省直部门, 市直单位, 区级部门.
var reLevelUnits = regexp.MustCompile(`([省市区县])(?:直|级|直属)(?:各|有关)?(?:部门|单位|机关)`)

// levelUnits reads "哪个省直部门负责的最多": the units of that level only, whose names open with it.
func (r *reading) levelUnits() {
	if len(r.q.Units) > 0 {
		return
	}
	m := reLevelUnits.FindStringSubmatchIndex(r.rest)
	if m == nil || !reRankWords.MatchString(r.rest[m[1]:]) {
		return
	}
	r.q.levelOnly = r.rest[m[2]:m[3]]
	r.rest = r.rest[:m[0]] + "单位" + r.rest[m[1]:]
}

// reRankWords ask for a ranking of units, after the level's words: 省直部门…最多.
var reRankWords = regexp.MustCompile(`最多|最少|排名|排行|排第一|第一多`)

// excepted moves the units a question leaves out from the units asked about: a ranking skips them
// ("除了X，哪个单位…最多"), and when the words name the unit alone, with its role at most ("除了市发改委
// 以外还有谁牵头", "不是市发改委牵头的", "除市发改委外"), every other answer leaves out its tasks in that
// role (negated): asked who else leads, a leader is told of the others' tasks, never of X's own. A
// task said through a unit ("除了区城管局已经办完的占道经营整治，还有哪些逾期") leaves the unit out of
// the question and its tasks in: the one task is what is set aside.
func (r *reading) excepted() {
	q := &r.q
	ex, whole := exceptText(r.s)
	if ex == "" || len(q.Units) == 0 {
		return
	}
	left := ex
	kept, refs := q.Units[:0], q.refs[:0]
	var out []UnitFilter
	var places []string
	for i, u := range q.Units {
		if whole && strings.HasSuffix(ex, u.Name) || !whole && strings.Contains(ex, u.Name) {
			q.except = append(q.except, u.Name)
			if whole {
				u.Role = RoleAny
				left = ""
				if i < len(q.refs) {
					for _, ref := range q.refs[i] {
						if !slices.Contains(places, ref.City) {
							places = append(places, ref.City)
						}
					}
				}
			}
			out = append(out, u)
			left = strings.Replace(left, u.Name, "", 1)
			continue
		}
		kept = append(kept, u)
		if i < len(q.refs) {
			refs = append(refs, q.refs[i])
		}
	}
	if len(out) == 0 {
		return
	}
	q.Units, q.refs = kept, refs
	var typed []string
	for _, u := range kept {
		typed = append(typed, u.Name)
	}
	q.unitTyped = strings.Join(typed, "、")
	// The unit alone: at most its city's name is left beside it (衢州市发改委).
	if utf8.RuneCountInString(reExceptFiller.ReplaceAllString(left, "")) <= 4 {
		q.negated = out
	}
	if whole && len(kept) == 0 && len(q.Cities) == 0 {
		// "区住建局不参与的任务有哪些?": the other tasks of the places whose plans it works in, not
		// of every plan loaded.
		q.Cities = places
	}
}

// reading is a question being read: the query so far, and the words no facet has taken yet.
type reading struct {
	p    *Parser
	s    string // the question, simplified, width-folded and in the phrasing table's forms
	rest string // what the facets read so far left
	q    Query

	nums     []string    // document numbers named
	ms       []unitMatch // unit names found
	unitText string      // the text their offsets are in
	roles    []string    // the role asked of each
	quoted   []string    // quoted names: topics, never question words
	subject  string      // what the topic is read from

	typedHan bool         // the question as typed has Chinese words (an English one's own, before its departments were read)
	listed   map[int]bool // the units (by index in ms) named after a list of places: that unit in each
}

// bureauTypos are the characters typed for 局 by its sound (据, 居, 菊, 具).
const bureauTypos = "据居菊具"

// bureauTypoWords are words a bureauTypos character starts: there it is no 局 ("交通具体要做什么"
// is about 交通, not 交通局).
var bureauTypoWords = []string{"具体", "具有", "具备", "居民", "居住", "居家", "居然", "据悉", "据说", "据了解", "菊花"}

// fixBureauTypos writes 局 for a character typed by its sound when that makes the name before it a
// known unit: "虹口区房管据" is 房管局, "沈阳市房产居" 房产局. A name no plan knows is left as typed.
// typoReach is how many characters before a mistyped 局 the unit it ends is looked for in: a unit's
// name with its place (衢州市市场监督管理 is 9).
const typoReach = 24

func (p *Parser) fixBureauTypos(s string) string {
	if !strings.ContainsAny(s, bureauTypos) {
		return s
	}
	out := []byte(s)
	for i, r := range s {
		if !strings.ContainsRune(bureauTypos, r) || slices.ContainsFunc(bureauTypoWords, func(w string) bool { return strings.HasPrefix(s[i:], w) }) {
			continue
		}
		// The unit the typo would end: read in the few characters before it, not the whole question
		// (a message of 500 居 would read the question once a character).
		start := i
		for n := 0; n < typoReach && start > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(s[:start])
			start -= size
		}
		cand := s[start:i] + "局"
		for _, m := range p.lex.find(cand, "") {
			if m.end == len(cand) && len(m.units) > 0 && utf8.RuneCountInString(m.typed) >= 3 {
				copy(out[i:], "局") // the same width: the offsets of the rest hold
				break
			}
		}
	}
	return string(out)
}

// reWhetherAny asks whether there is any task at all ("有没有关于综合管廊的任务?").
var reWhetherAny = regexp.MustCompile(`(?i)有没有|是否有|有无|\bis there\b|\bare there\b|\bany\b`)

// units reads 文号 first (their digits and brackets would read as dates and units otherwise), then
// the units, with the role each is asked about and whether all must be named.
func (r *reading) units() {
	r.s = r.p.fixBureauTypos(r.s)
	nums, rest := docNumbers(r.s)
	r.nums = nums
	r.q.Plans = append(r.q.Plans, nums...)
	if len(nums) == 0 {
		ids, cut := r.p.plansIssuedBy(rest, nil, false)
		if cut != "" {
			rest = strings.Replace(rest, cut, " ", 1)
		}
		r.q.Plans = append(r.q.Plans, ids...)
	}
	ms := dropGluedToCode(dropQuotedInside(r.p.lex.find(rest, ""), rest), rest)
	kept := dropRecipients(ms, rest)
	r.ms = dropParents(r.p.dropPlanNames(r.p.dropQuantifiers(dropBodies(r.p.depts.dropInsideBodies(kept, rest), rest), rest, r.q.lang == "en" && !r.typedHan), rest))
	// "平潭的公安部门": a department type, even where another plan names a unit called 公安.
	r.ms = slices.DeleteFunc(r.ms, func(m unitMatch) bool {
		return strings.HasPrefix(rest[m.end:], "部门") && r.p.depts.of(strings.TrimPrefix(m.typed, "的")+"部门") != ""
	})
	// "乡镇巡查人员多久巡查一次?": the people of a unit named by their work are no unit asked about.
	r.ms = slices.DeleteFunc(r.ms, func(m unitMatch) bool { return rePeopleAfter.MatchString(rest[m.end:]) })
	if strings.Contains(rest, "分别") || strings.Contains(rest, "各自") {
		// "六安各牵头单位分别牵头几项": the units counted one by one, no party of that name.
		r.ms = slices.DeleteFunc(r.ms, func(m unitMatch) bool { return roleGroupName.MatchString(m.typed) })
	} else if strings.Contains(rest, "各") {
		// "宜宾各牵头单位逾期任务数": 各 before a role and a count after it count the units one by one too.
		r.ms = slices.DeleteFunc(r.ms, func(m unitMatch) bool {
			return strings.HasPrefix(m.typed, "各") && roleGroupName.MatchString(m.typed) && reCountAfterGroup.MatchString(rest[m.end:])
		})
	}
	r.unitText = rest
	r.roles = unitRoles(rest, r.ms, r.q.lang)
	if len(r.ms) == 1 && asksOthersRole(rest[r.ms[0].end:]) {
		// "经信局配合的任务分别是谁牵头?": its tasks in its role, each with who leads it and who takes part.
		r.q.partners = true
	}
	if len(r.ms) == 1 && rePartnersOfUnit.MatchString(rest[r.ms[0].end:]) {
		// "市金融办的配合单位有哪些?": the units that take part in the tasks it leads, not the tasks it
		// takes part in (those of any role when it leads none).
		r.roles[0], r.q.partners, r.q.anyRoleIfNone = plan.RoleLead, true, true
	}
	if len(r.ms) == 2 && reSupports.MatchString(rest[r.ms[0].end:r.ms[1].start]) && !reRoleAfter.MatchString(rest[r.ms[1].end:]) {
		// "市统计局配合市发展改革委做哪些工作?": the tasks the second leads and the first supports.
		r.roles = []string{plan.RoleParticipating, plan.RoleLead}
	}
	r.q.AllUnits = allUnits(rest, r.ms)
	if len(r.ms) == 2 && !r.q.AllUnits && !reSeparately.MatchString(rest) && bothRoles(r.roles) {
		// "A牵头、B配合的任务", "A牵头的任务里，B配合的有哪些": the tasks where each holds its role.
		r.q.AllUnits = true
	}
	cut := r.ms
	if len(kept) < len(ms) {
		// Whom a report goes to is no topic either: "多久向区规划资源局报一次工作进展" asks of 工作进展.
		cut = slices.Clone(r.ms)
		for _, m := range ms {
			if !slices.ContainsFunc(kept, func(k unitMatch) bool { return k.start == m.start }) {
				cut = append(cut, m)
			}
		}
		slices.SortFunc(cut, func(a, b unitMatch) int { return a.start - b.start })
	}
	r.rest = cutSpans(rest, cut)
}

// bothRoles reports whether two units are each asked in a role of their own, one leading and the
// other taking part.
// rePeopleAfter is people named after a unit by their work: 巡查人员, 工作人员, 网格员.
var rePeopleAfter = regexp.MustCompile(`^\p{Han}{0,2}(?:人员|网格员|队员|干部)`)

// reSupports is what stands between two units when the first supports the second's work: "A配合B",
// "A要配合B", "A需要协助B".
var reSupports = regexp.MustCompile(`^\s*(?:要|需要|需|应|应当|应该|得|该|主要)?\s*(?:配合|协助|协同|支持|帮助)\s*$`)

// reRoleAfter is a role word right after a unit: "A配合B牵头的任务" names B's role itself; "各镇要配合
// 哪些" with the modal before it.
var reRoleAfter = regexp.MustCompile(`^\s*(?:的)?(?:要|需要|需|应|应当|得)?(?:牵头|负责|配合|参与|参加|协助|主办|协办)`)

func bothRoles(roles []string) bool {
	return len(roles) == 2 && (roles[0] == plan.RoleLead && roles[1] == plan.RoleParticipating || roles[0] == plan.RoleParticipating && roles[1] == plan.RoleLead)
}

// dropParents drops a body named right before one of its own divisions: "平潭县国土资源局法规科" asks
// of 法规科, the bureau's section a plan of the bureau's names.
func dropParents(ms []unitMatch) []unitMatch {
	var out []unitMatch
	for i, m := range ms {
		if i+1 < len(ms) && ms[i+1].start == m.end && reDivision.MatchString(ms[i+1].typed) && len(ms[i+1].units) > 0 {
			ms[i+1].start = m.start // the division's span holds its body's name: no topic
			continue
		}
		out = append(out, m)
	}
	return out
}

// reDivision is how the name of a body's own division ends: 法规科, 办公室, 征地部, 监察大队, 服务中心.
var reDivision = regexp.MustCompile(`(?:科|股|处|室|部|所|大队|中队|中心)$`)

// reCountAfterGroup is a count asked right after units named by their role ("各牵头单位逾期任务数",
// "各责任单位有几项"): a count of each, not of a party of that name.
var reCountAfterGroup = regexp.MustCompile(`^\s*(?:的)?\p{Han}{0,6}?(?:任务数|任务量|几项|几个|多少)`)

// roleGroupName names the units of a role as a group: 各牵头单位, 各责任单位, 配合部门.
var roleGroupName = regexp.MustCompile(`^各?(?:牵头|责任|配合|参与|主办|协办|协同)(?:单位|部门)$`)

// dropPlanNames drops a unit named as the first words of a plan's name: "平潭景区船舶安全专项整治方案里"
// names the plan 平潭综合实验区景区、非景区景点暨乡镇船舶安全管理专项整治工作方案, not the unit 景区. A unit is
// such words when a plan's title holds its name and shares a run of four characters with the words
// after it, up to a plan's word (方案, 意见, 计划 …).
func (p *Parser) dropPlanNames(ms []unitMatch, s string) []unitMatch {
	return slices.DeleteFunc(ms, func(m unitMatch) bool {
		// "君山片区哪些工作…": a place's generic word (片区, 街道, 园区) with the place's name before it opens
		// a plan's title (君山片区深化…方案): the place, no unit.
		if m.city == "" && slices.Contains(placeWords, m.typed) {
			for n := 2; n <= 4; n++ {
				named := lastHan(s[:m.start], n) + m.typed
				if named == m.typed {
					break
				}
				if utf8.RuneCountInString(named) < 4 {
					continue // the title index holds runs of four
				}
				tg := p.titleGrams()
				for _, k := range tg.sharing(named) {
					if strings.HasPrefix(tg.plain[k], named) {
						return true
					}
				}
			}
		}
		name := m.typed
		if m.city != "" {
			for _, f := range plan.CityForms(m.city) {
				name = strings.TrimPrefix(name, f)
			}
		}
		if k := reDocNounIn.FindStringIndex(name); k != nil && k[0] > 0 && reUnitDocNounEnd.MatchString(name[k[1]:]) {
			// "嘉定审批审查中心方案里…": the unit's name read on into the plan's noun (方案) is the title's
			// words (…审批审查中心优化实体化运作工作方案), naming the plan, when a title of the plan's
			// kind holds the name.
			own, noun := name[:k[0]], name[k[0]:k[1]]
			for _, d := range p.allDocs {
				if t := planName(d); strings.Contains(t, own) && strings.Contains(t[strings.Index(t, own):], noun) {
					return true
				}
			}
		}
		after := rePlanNameAfter.FindString(s[m.end:])
		if after == "" || utf8.RuneCountInString(name) < 2 || reUnitThenWords.MatchString(after) {
			return false // "景区在船舶安全专项整治方案里负责…": the unit, then where it is asked about
		}
		tg := p.titleGrams()
		for _, k := range tg.sharing(after) {
			if strings.Contains(tg.plain[k], name) {
				return true
			}
		}
		return false
	})
}

// placeWords are the generic words a place's name ends in that a plan may also name as a party.
var placeWords = []string{"片区", "街道", "园区", "景区", "社区", "镇", "乡"}

// lastHan is the last n Han characters of s, when s ends with that many.
func lastHan(s string, n int) string {
	rs := []rune(s)
	if len(rs) < n {
		return ""
	}
	for _, r := range rs[len(rs)-n:] {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	return string(rs[len(rs)-n:])
}

// reUnitThenWords opens the words after a unit with what a question says of the unit, not the rest
// of a plan's name: 在, 的, 于, 对, 负责, 牵头 ….
var reUnitThenWords = regexp.MustCompile(`^(?:在|的|于|对|里|中|和|与|及|跟|负责|牵头|参与|配合|承担|要|有)`)

// reDocNounIn is a plan's noun inside what a question typed as a unit's name.
var reDocNounIn = regexp.MustCompile(`方案|意见|计划|要点|通知|细则`)

// reUnitDocNounEnd is what may follow a plan's noun that ends a unit's name as typed: nothing, or a word
// of where (里, 中) — not the rest of a unit's own name (计划委员会, 计划生育协会).
var reUnitDocNounEnd = regexp.MustCompile(`^(?:里|中|内|规|的)?$`)

// rePlanNameAfter is the rest of a plan's name after its first words: "船舶安全专项整治方案".
var rePlanNameAfter = regexp.MustCompile(`^\p{Han}{4,24}?(?:方案|意见|计划|要点)`)

// dropRecipients drops a unit the question names as whom a report goes to ("多久向区规划资源局报一次",
// "报送给市发改委"), when another unit is named as the one that reports: the one asked about is that
// other.
func dropRecipients(ms []unitMatch, s string) []unitMatch {
	if len(ms) < 2 {
		return ms
	}
	kept := slices.DeleteFunc(slices.Clone(ms), func(m unitMatch) bool {
		before := strings.TrimSpace(s[:m.start])
		return strings.HasSuffix(before, "向") || strings.HasSuffix(before, "报给") || strings.HasSuffix(before, "报送给") || strings.HasSuffix(before, "交给")
	})
	if len(kept) == 0 {
		return ms
	}
	return kept
}

// dropGluedToCode drops a unit found right after a Latin letter or a digit ("832平台", "5G中心"): the
// code and the word are one name of a thing, not that unit; and one named as a place things are
// on ("在平台上留言"): where, not who.
func dropGluedToCode(ms []unitMatch, s string) []unitMatch {
	return slices.DeleteFunc(ms, func(m unitMatch) bool {
		r, _ := utf8.DecodeLastRuneInString(s[:m.start])
		if m.start > 0 && r < utf8.RuneSelf && (unicode.IsDigit(r) || unicode.IsLetter(r)) {
			return true
		}
		return strings.HasSuffix(s[:m.start], "在") && strings.HasPrefix(s[m.end:], "上")
	})
}

// dropQuotedInside drops the units found inside a quoted name that is more than the unit
// (“强化河长办职能作用”): the quote names an item, which the unit's name is part of.
func dropQuotedInside(ms []unitMatch, s string) []unitMatch {
	spans := reQuoted.FindAllStringSubmatchIndex(s, -1)
	if len(spans) == 0 {
		return ms
	}
	onlyUnits := func(sp []int) bool { // a quoted list of units ("“区城管执法局、区绿化市容局”")
		inner := s[sp[2]:sp[3]]
		for _, m := range ms {
			if m.start < sp[3] && sp[2] < m.end { // a name found with the quote mark before it too
				inner = strings.Replace(inner, strings.Trim(m.typed, "“”\"‘’「」『』"), "", 1)
			}
		}
		return strings.Trim(inner, "、和及与 ") == ""
	}
	return slices.DeleteFunc(ms, func(m unitMatch) bool {
		for _, sp := range spans {
			inner := s[sp[2]:sp[3]]
			if sp[2] <= m.start && m.end <= sp[3] && utf8.RuneCountInString(inner) >= utf8.RuneCountInString(m.typed)+2 && !onlyUnits(sp) {
				return true
			}
		}
		return false
	})
}

// misspeltTail cuts the rest of a city's name written with one wrong character after the part that
// was read: "湘西自冶州" is 湘西 and 自治州 misspelt, no topic.
func misspeltTail(rest string, cs []string) string {
	for _, c := range cs {
		forms := plan.CityForms(c)
		for _, f := range forms {
			for _, full := range forms {
				tail := []rune(strings.TrimPrefix(full, f))
				if len(full) <= len(f) || !strings.HasPrefix(full, f) || len(tail) < 2 {
					continue
				}
				rs := []rune(rest)
				for i := 0; i+len(tail) <= len(rs); i++ {
					if i > 0 && rs[i-1] != ' ' {
						continue // right where the city was cut
					}
					diff := 0
					for k, r := range tail {
						if rs[i+k] != r {
							diff++
						}
					}
					if diff == 1 && rs[i] == tail[0] {
						return string(rs[:i]) + " " + string(rs[i+len(tail):])
					}
				}
			}
		}
	}
	return rest
}

// cities reads the cities: named, or the plans named by their titles' words, or carried by a unit's
// own name (衢州市商务局); a city whose plans were removed, a misspelt one, or a place no plan is
// from is noted.
func (r *reading) cities() {
	p, q := r.p, &r.q
	cs, rest := p.citiesIn(r.rest)
	if len(q.Plans) == 0 {
		cs, rest = r.plansByTitle(cs, rest, r.unitCities(cs))
	}
	if len(cs) > 0 && strings.ContainsAny(rest, "和与及、") && mentionsPlan(rest) {
		// "衢州和银川都市圈文件里…": a plan of a place no plan is read as named beside a city.
		if ids, after := p.planRefs(rest, nil); len(ids) == 1 {
			i := slices.IndexFunc(p.allDocs, func(d *plan.Document) bool { return d.ID == ids[0] })
			if i >= 0 && !contains(cs, p.allDocs[i].City) {
				if len(q.Plans) == 0 {
					for _, c := range cs {
						for _, d := range p.docs(c) {
							q.Plans = append(q.Plans, d.ID)
						}
					}
				}
				q.Plans = append(q.Plans, ids[0])
				cs, rest = append(cs, p.allDocs[i].City), after
			}
		}
	}
	r.rest = misspeltTail(rest, cs)
	if len(cs) == 0 {
		r.removedCity()
	}
	unitCity := slices.ContainsFunc(r.ms, func(m unitMatch) bool { return m.city != "" })
	if len(cs) == 0 && q.noPlanFor == "" && !unitCity {
		// (A unit's own name gives the place: "宜宾市商务局…进展如何" has no slip of 武进 in 进展.)
		if typed, city, rest := p.misspeltCity(r.rest); city != "" {
			q.cityTyped, q.didYouMean, r.rest = typed, city, rest
			cs = []string{city}
		} else if typed, city := p.mistypedPlace(r.s); city != "" && strings.Contains(r.rest, typed) {
			q.cityTyped, q.didYouMean, r.rest = typed, city, strings.Replace(r.rest, typed, " ", 1)
			cs = []string{city}
		}
	}
	if len(cs) == 0 {
		for _, m := range r.ms {
			if m.city != "" {
				cs = append(cs, m.city)
				break
			}
		}
	}
	if len(cs) == 0 && q.noPlanFor == "" {
		if place, rest := unknownPlace(r.rest, p); place != "" {
			q.noPlanFor, r.rest = place, rest
		}
	}
	if q.noPlanFor == "" && len(cs) <= 1 {
		// A district of the city read (from a plan's title: "宝山文明菜场…" of 上海市文明菜场…方案), or
		// of a loaded plan's city when none is.
		if city, rest := p.countyOfLoadedCity(r.rest, len(cs) == 0); city != "" && (len(cs) == 0 || cs[0] == city) {
			cs, r.rest = []string{city}, rest
		}
	}
	q.Cities = r.listedPlaces(cs)
	r.issuers()
}

// countyOfLoadedCity reads a district or county the question opens with ("闵行平安市场创建里…"), that no
// loaded plan is from but whose city a loaded plan is of, as that city: the city's plan covers its
// districts (a 上海市 plan of a campaign 闵行 ran, that never writes 闵行), and the name is no word
// of its tasks. Not a name a loaded plan writes (a word of its own there: 平安 of 平安市场), nor one
// of the counties of several loaded plans' cities. Unless the city is read already (told, the words
// after the name must be ones a plan of the city writes ("平安市场"): a district's plan that never
// names its place ("宝山区2008年增加值…" of a page that says only 区) is no city plan's.
func (p *Parser) countyOfLoadedCity(s string, told bool) (city, rest string) {
	t := strings.TrimLeft(s, " ，,、。")
	rs := []rune(t)
	for n := min(6, len(rs)-2); n >= 2; n-- {
		name := string(rs[:n])
		if p.dir.ResolveCity(name) != "" {
			continue
		}
		cities, _ := plan.CountyCities(name)
		cities = slices.DeleteFunc(cities, func(c string) bool { return !p.knowsCity(c) })
		if len(cities) != 1 || p.anyDocHolds(name) {
			continue
		}
		rest := strings.TrimSpace(string(rs[n:]))
		if reGovernmentAfter.MatchString(rest) {
			return "", s // "磐安县政府要配合…": the county's government, a unit asked about
		}
		if told {
			var next []rune
			if runs := hanRuns(rest); len(runs) > 0 {
				next = []rune(runs[0])
			}
			if len(next) < 2 || !slices.ContainsFunc(p.docs(cities[0]), func(d *plan.Document) bool {
				return docHolds(d, []string{string(next[:min(4, len(next))])})
			}) {
				return "", s
			}
		}
		return cities[0], rest
	}
	return "", s
}

// reGovernmentAfter is a county's government or party body written on after its name: 政府, 人民政府,
// 委, 党委, 办事处.
var reGovernmentAfter = regexp.MustCompile(`^(?:人民)?政府|^党?委|^办事处`)

// issuers reads a unit that is no party to its city's plans but issued one of them ("江门市卫生健康
// 局" for 江门市卫生健康局2021年政务公开工作要点): with a section of it after its name ("…规划科"), the
// section the plan names (局规划科); alone, the plan it issued, every task of it.
func (r *reading) issuers() {
	q := &r.q
	if len(q.Cities) == 0 {
		return
	}
	var ms []unitMatch
	var roles []string
	for i, m := range r.ms {
		r.issuerBefore(m)
		d := r.p.issuedBy(m, q.Cities)
		if d == nil {
			ms, roles = append(ms, m), append(roles, r.roles[i])
			continue
		}
		if sec, u := r.p.sectionOf(d, r.unitText[m.end:]); u != "" {
			r.rest = strings.Replace(r.rest, sec, " ", 1)
			m.typed, m.end, m.city = m.typed+sec, m.end+len(sec), d.City
			m.units = []plan.UnitRef{{City: d.City, Name: u}}
			ms, roles = append(ms, m), append(roles, r.roles[i])
			continue
		}
		if !contains(q.Plans, d.ID) {
			q.Plans = append(q.Plans, d.ID)
		}
	}
	r.ms, r.roles = ms, roles
	if len(r.ms) < 2 {
		q.AllUnits = false
	}
}

// issuerBefore takes out the issuing department written before a section that shares its last
// character: "卫健局疾控科" finds the plan's 局疾控科, and 卫健 is the department that issued the
// plan, not a topic.
func (r *reading) issuerBefore(m unitMatch) {
	if len(m.units) == 0 || !strings.HasPrefix(m.units[0].Name, "局") {
		return
	}
	var head string
	for _, d := range r.p.docs(m.units[0].City) {
		if h := titleHead(d); h != "" {
			head = h
		}
	}
	typ := r.p.depts.of(head)
	run := []rune(r.unitText[:m.start])
	for k := min(len(run), 8); k >= 1 && typ != ""; k-- {
		word := string(run[len(run)-k:])
		if hanOnly(word) && r.p.depts.of(word+"局") == typ {
			r.rest = strings.Replace(r.rest, word, " ", 1)
			return
		}
	}
}

// issuedBy returns the plan of the cities given that unit m issued — its title starts with the
// unit's department (by type or by name) — when m names no party to those cities' plans.
func (p *Parser) issuedBy(m unitMatch, cities []string) *plan.Document {
	for _, u := range m.units {
		if contains(cities, u.City) {
			return nil
		}
	}
	typ := p.depts.typeOfUnit(m.units)
	for _, d := range p.allDocs {
		if !contains(cities, d.City) {
			continue
		}
		head := titleHead(d)
		if head == "" {
			continue
		}
		if typ != "" && p.depts.of(head) == typ || len(m.units) > 0 && plan.UnitBody(m.units[0].Name) == plan.UnitBody(head) {
			return d
		}
	}
	return nil
}

// reTitleHead is a department at the head of a title, after its city: 卫生健康局 in 江门市卫生健康局2021年….
var reTitleHead = regexp.MustCompile(`^[\p{Han}]{1,12}?(?:局|委员会|委|厅|办公室|办)`)

// titleHead is the department a plan's title starts with, its city cut off; "" when none.
func titleHead(d *plan.Document) string {
	t := d.Title
	for _, f := range plan.CityForms(d.City) {
		if rest, ok := strings.CutPrefix(t, f); ok {
			t = rest
			break
		}
	}
	if t == d.Title {
		return ""
	}
	return reTitleHead.FindString(t)
}

// sectionOf finds the section of a plan's issuing department that text starts with (规划科 names
// the plan's 局规划科): the longest run of Han characters that, alone or after 局/委/办, is one of the
// plan's units.
func (p *Parser) sectionOf(d *plan.Document, text string) (typed, unit string) {
	names := map[string]bool{}
	for i := range d.Tasks {
		for _, u := range d.Tasks[i].Units() {
			names[u] = true
		}
	}
	rs := []rune(strings.TrimPrefix(text, "的"))
	skip := len(text) - len(strings.TrimPrefix(text, "的"))
	for n := min(len(rs), 10); n >= 2; n-- {
		span := string(rs[:n])
		if !hanOnly(span) {
			continue
		}
		for _, pre := range []string{"", "局", "委", "办"} {
			if names[pre+span] {
				return text[:skip] + span, pre + span
			}
		}
	}
	return "", ""
}

// hanOnly reports whether s is all Han characters.
func hanOnly(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// listedPlaces reads the places a unit is named after: "铜川、辽宁、安徽的发改委" is that unit in each of
// them (the unit is then a type, in unitFilters); "各省的财政厅" is in the provinces' plans.
func (r *reading) listedPlaces(cs []string) []string {
	p := r.p
	r.listed = map[int]bool{}
	for i, m := range r.ms {
		if m.city != "" && len(cs) > 0 && !contains(cs, m.city) && !strings.HasPrefix(p.withoutCity(m.typed), "各") {
			cs = append(cs, m.city)
			r.listed[i] = true
			bare := p.withoutCity(m.typed)
			r.ms[i].typed, r.ms[i].city = bare, ""
			if us, _ := p.lex.lookup(bare, ""); len(us) > 0 {
				r.ms[i].units = us
			}
		}
	}
	if len(cs) == 0 && reProvinces.MatchString(r.rest) {
		for _, d := range p.allDocs {
			if d.Level == "province" && !contains(cs, d.City) {
				cs = append(cs, d.City)
			}
		}
	}
	return cs
}

// plansByTitle reads plans named by their titles' words, city and all ("数字广东2025年工作要点"),
// in the text before its cities were taken out (r.rest); without one, the text after is left.
func (r *reading) plansByTitle(cs []string, rest string, scope []string) ([]string, string) {
	ids, after := r.p.planRefs(r.rest, scope)
	if len(ids) == 0 {
		ids, after = r.p.townPlans(r.s, r.rest, scope, func(town string) bool {
			return slices.ContainsFunc(r.ms, func(m unitMatch) bool { return m.typed == town && len(m.units) > 0 })
		})
	}
	if len(ids) == 0 {
		return cs, rest
	}
	if len(cs) > 1 {
		// "嘉兴市推进服务业发展工作方案和徐州市目标任务分解方案分别…": each city named its own plan.
		for _, c := range cs {
			if slices.ContainsFunc(r.p.docs(c), func(d *plan.Document) bool { return contains(ids, d.ID) }) {
				continue
			}
			if more, _ := r.p.planRefs(r.rest, []string{c}); len(more) == 1 {
				ids = append(ids, more...)
			}
		}
	}
	r.q.Plans = ids
	for _, d := range r.p.allDocs {
		if town := issuingTown(d); town != "" && contains(ids, d.ID) {
			after = strings.Replace(after, town, " ", 1) // "苏平片区这个整治方案里": the plan's own place
		}
	}
	more, rest := r.p.citiesIn(after)
	for _, c := range more {
		if !contains(cs, c) {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		for _, d := range r.p.allDocs {
			if contains(ids, d.ID) && !contains(cs, d.City) {
				cs = append(cs, d.City)
			}
		}
	}
	return cs, rest
}

// unitCities are the places a plan named by its title's words may be from: the cities named, else
// those the units' own names carry ("宁波市公安局配合哪些民生实事" asks about 宁波's 民生实事, not
// another city's plan titled so).
func (r *reading) unitCities(cs []string) []string {
	if len(cs) > 0 {
		return cs
	}
	var out []string
	for _, m := range r.ms {
		if m.city != "" && !contains(out, m.city) {
			out = append(out, m.city)
		}
	}
	return out
}

// removedCity notes a city whose plans were loaded once and removed since: it is not answered for
// every city.
func (r *reading) removedCity() {
	for _, g := range r.p.gone {
		for _, f := range plan.CityForms(g) {
			if utf8.RuneCountInString(f) >= 2 && strings.Contains(r.rest, f) {
				r.q.noPlanFor, r.rest = g, strings.Replace(r.rest, f, " ", 1)
				return
			}
		}
	}
}

// quotedNames takes quoted names (“最多跑一次”) out as topics.
func (r *reading) quotedNames() {
	for _, m := range reQuoted.FindAllStringSubmatch(r.rest, -1) {
		t := strings.TrimSpace(m[1])
		if _, _, when, _ := window(t, plan.Day{Year: 2000, Month: 1, Day: 1}); when != "" && utf8.RuneCountInString(strings.TrimSpace(strings.Replace(t, when, "", 1))) < 3 {
			// “2023年12月底前”, "end of December 2023": a date quoted as the plan writes it is the window.
			r.rest = strings.Replace(r.rest, m[0], " "+t+" ", 1)
			continue
		}
		if i := strings.Index(r.s, m[0]); !hasHan(t) && i >= 0 && reHanGloss.MatchString(r.s[i+len(m[0]):]) {
			// `the "one thing" (大件运输一件事) rollout`: the Chinese in brackets (read already, perhaps
			// as the plan's name) says what is meant.
			r.rest = strings.Replace(r.rest, m[0], " ", 1)
			continue
		}
		if fs := strings.Fields(translate(t)); r.q.lang == "en" && !hasHan(t) && len(fs) == 1 && hanOnly(fs[0]) {
			// `the "three zeros" service`: an English name the glossary knows whole is the plans' word
			// for it (三零), quoted as the plan would write it.
			t = fs[0]
		}
		if utf8.RuneCountInString(t) >= 2 {
			r.quoted = append(r.quoted, t)
		}
		r.rest = strings.Replace(r.rest, m[0], " ", 1)
	}
}

// reHanGloss is a Chinese gloss in brackets right after an English phrase: ` (大件运输一件事)`.
var reHanGloss = regexp.MustCompile(`^\s*[(（][^)）]*\p{Han}`)

// unbracket drops the brackets a name is written in ("(市商务局)"), not a bracket of the name's own
// ("各街道(镇)", "市商务局(市粮食和物资储备局)").
func unbracket(s string) string {
	if t := strings.Trim(s, "()（）[]【】"); strings.Count(t, "(")+strings.Count(t, "（") == strings.Count(t, ")")+strings.Count(t, "）") {
		return t
	}
	return strings.TrimLeft(s, "([（【") // "市商务局(市粮食和物资储备局)": the name's own pair stays whole
}

// unitFilters turns the unit names into filters: a unit asked about "in every city" (各地市场监管局)
// is a department type.
func (r *reading) unitFilters() {
	q := &r.q
	widen := reEvery.MatchString(r.rest) || reEachHas.MatchString(r.rest) && len(r.ms) < 2
	merged := false
	for i, m := range r.ms {
		if t := r.p.depts.typeOfUnit(m.units); (widen && !r.p.nameAsWritten(m.typed) || r.listed[i]) && m.city == "" && len(q.Cities) != 1 && t != "" {
			if !slices.Contains(q.DeptTypes, t) {
				q.DeptTypes = append(q.DeptTypes, t)
				if lv := unitLevel(m.typed); lv != "" {
					if q.typeLevel == nil {
						q.typeLevel = map[string]string{}
					}
					q.typeLevel[t] = lv
				}
			} else if q.typeLevel[t] != unitLevel(m.typed) {
				delete(q.typeLevel, t) // named at two levels: every level
			}
			if q.Role == "" {
				q.Role = r.roles[i]
			}
			continue
		}
		// "commerce bureau (市商务局)": a name written in brackets is the name without them.
		typed := unbracket(m.typed)
		if j := slices.IndexFunc(q.Units, func(u UnitFilter) bool { return u.Name == typed }); j >= 0 {
			// "哪些是住建局牵头的，哪些是住建局配合的?": one unit named twice is one unit, in any role
			// when the two ask different ones.
			if q.Units[j].Role != r.roles[i] {
				q.Units[j].Role = RoleAny
			}
			merged = true
			continue
		}
		q.Units = append(q.Units, UnitFilter{Name: typed, Role: r.roles[i]})
		q.refs = append(q.refs, dedupe(r.unitRefs(m)))
		if m.city != "" {
			typed = strings.Replace(typed, "的", "", 1) // "鹿城区的发改局" reads 鹿城区发改局
		}
		switch {
		case q.unitTyped == "":
			q.unitTyped = typed
		case !slices.Contains(strings.Split(q.unitTyped, "、"), typed): // a name typed twice is one
			q.unitTyped += "、" + typed
		}
	}
	if merged && len(q.Units) < 2 && len(q.DeptTypes) == 0 {
		q.AllUnits = false // no second unit to share the tasks with
	}
	r.eachCity()
}

// eachCity: one unit named with several cities ("钢城区和西平县的政府办公室分别负责几
// 项?") is that unit in each of them, whatever its level there (区政府办公室 in 钢城区).
func (r *reading) eachCity() {
	q := &r.q
	if len(q.Units) != 1 || len(q.Cities) < 2 || len(r.ms) != 1 || len(q.DeptTypes) > 0 {
		return
	}
	for _, c := range q.Cities {
		if slices.ContainsFunc(q.refs[0], func(u plan.UnitRef) bool { return u.City == c }) {
			continue
		}
		q.refs[0] = append(q.refs[0], r.p.counterpart(q.Units[0].Name, c)...)
	}
}

// unitLevel is the level a unit's name opens with (区农业农村局: 区), "" for none (市场监管局 has
// none: plan.UnitBody knows the words that only start with a level's character).
func unitLevel(name string) string {
	body := plan.UnitBody(name)
	if body == name {
		return ""
	}
	return strings.TrimSuffix(name, body)
}

// unitsAtLevel keeps the units at level lv (atLevel), and the bare names of plans of that level: a
// district plan's 应急管理局 is a 区 unit. lv "" keeps them all.
func unitsAtLevel(refs []plan.UnitRef, lv string) []plan.UnitRef {
	if lv == "" {
		return refs
	}
	return slices.DeleteFunc(slices.Clone(refs), func(u plan.UnitRef) bool {
		last, _ := utf8.DecodeLastRuneInString(u.City)
		return !atLevel(u.Name, lv) && !(unitLevel(u.Name) == "" && string(last) == lv)
	})
}

// atLevel reports whether a unit is at level lv: its own level (区农业农村局), or a group of units
// whose places include it (各区市场监管局, 各县（市、区）市场监管部门 are at 区 level).
func atLevel(name, lv string) bool {
	name = strings.Replace(name, "各省辖市", "各市", 1) // 各省辖市: cities, not the province
	if unitLevel(name) == lv {
		return true
	}
	rest, ok := strings.CutPrefix(name, "各")
	if !ok {
		return false
	}
	for {
		t := strings.TrimLeft(rest, "（）()、级")
		b := plan.UnitBody(t)
		rest = t
		if b == t {
			break
		}
		rest = b
	}
	if !strings.HasSuffix(name, rest) {
		return false // UnitBody gave other words than the name's own end
	}
	places := name[len("各") : len(name)-len(rest)]
	if k := strings.IndexAny(places, "（("); k > 0 && strings.HasPrefix(places, "县") {
		// 各县（市、区）: the 市 in brackets is a county-level city, a peer of 县 and 区, not a city's level.
		places = places[:k] + strings.ReplaceAll(places[k:], "市", "")
	}
	return strings.Contains(places, lv)
}

// unitRefs are the units a name found stands for, in the cities asked about.
// sameTypeIn is the units of cities cs that units, another city's, are called there: "衢州市发改局":
// 衢州 calls its 发展改革 department 市发改委; the type finds it, when the names share their stem
// (not 商务局 for a 2010 plan's 外经贸局: another department).
func (p *Parser) sameTypeIn(units []plan.UnitRef, cs []string) []plan.UnitRef {
	var refs []plan.UnitRef
	if t := p.depts.typeOfUnit(units); t != "" {
		for _, u := range p.depts.units(t, p.dir, cs) {
			if sameStem(p.aliases, u.Name, units[0].Name) {
				refs = append(refs, u)
			}
		}
	}
	return refs
}

// unitNamedIn is the units of city that a name the plans give units resolves to there, as a question
// typing it would read it (unitRefs): its own, or the city's of its type.
func (p *Parser) unitNamedIn(name, city string) []plan.UnitRef {
	if refs := p.resolveUnit(name, city, nil); len(refs) > 0 {
		return refs
	}
	for _, m := range p.lex.find(name, "") {
		if m.typed == name && len(m.units) > 0 {
			return p.sameTypeIn(m.units, []string{city})
		}
	}
	return nil
}

func (r *reading) unitRefs(m unitMatch) []plan.UnitRef {
	cs := r.q.Cities
	var refs []plan.UnitRef
	for _, u := range m.units {
		if (m.city != "" && u.City != m.city) || (m.city == "" && len(cs) > 0 && !slices.Contains(cs, u.City)) {
			continue
		}
		refs = append(refs, u)
	}
	if len(refs) == 0 && len(cs) > 0 {
		refs = r.p.sameTypeIn(m.units, cs)
	}
	if len(refs) == 0 && len(cs) > 0 && reGroupOf.FindString(m.typed) == m.typed {
		// "嘉兴各县市区参与哪些任务?": a group of places is their governments (各县（市、区）政府), as
		// those cities name them.
		refs = r.p.resolveUnit(m.typed+"政府", "", cs)
	}
	if len(refs) == 0 && len(cs) > 0 {
		refs = r.p.groupGovernments(m.typed, cs)
	}
	return refs
}

// reGroupGovernment is the governments of a city's districts or counties said as a group: 各县区政府,
// 各区县人民政府, 各县（市、区）政府.
var reGroupGovernment = regexp.MustCompile(`^各([区县市、（）()]+)(?:人民)?政府$`)

// groupGovernments: a group of governments typed (各县区政府) that a city's plans name no group of is,
// in those plans, each district's or county's government they name ("旌阳区人民政府"): what a plan gives
// one of them the group asked about has to do. None for another name.
func (p *Parser) groupGovernments(typed string, cities []string) []plan.UnitRef {
	g := reGroupGovernment.FindStringSubmatch(typed)
	if g == nil {
		return nil
	}
	var out []plan.UnitRef
	for _, c := range cities {
		for _, uc := range p.dir.Units(c) {
			m := reLevelGovernment.FindStringSubmatch(uc.Name)
			if m == nil || m[1] == "" || strings.HasPrefix(m[1], "各") || !strings.Contains(g[1], m[2]) || !plan.IsDistrict(m[1]+m[2], c) {
				continue
			}
			out = append(out, uc.UnitRef)
		}
	}
	return out
}

// typesAndBodies reads the department types and the coordinating bodies named.
func (r *reading) typesAndBodies() {
	q := &r.q
	types, rest := r.p.depts.in(r.rest)
	for _, t := range types {
		if !slices.Contains(q.DeptTypes, t) {
			q.DeptTypes = append(q.DeptTypes, t)
		}
	}
	r.rest = rest
	if len(q.DeptTypes) > 0 && q.Role == "" {
		q.Role = globalRole(r.rest, q.lang)
	}
	if len(q.DeptTypes)+len(q.Units) >= 2 && len(q.DeptTypes) > 0 && together(r.s) && !reSeparately.MatchString(r.s) {
		q.AllUnits = true // "发改和工信部门共同牵头哪些任务?": every type named, as with units
	}
	q.Bodies = bodiesIn(r.rest)
	q.members = reMembers.MatchString(r.rest)
	q.countMembers = q.members && reCountsMembers.MatchString(r.rest) || reHowManyMembers.MatchString(r.rest)
	// Whether any task is about it ("有没有…的任务?"), or what a party does ("吴圩镇负责哪些任务?"): no
	// task is the answer, not a passage that mentions it.
	q.tasksOnly = reWhetherAny.MatchString(r.s) || reRoleLead.MatchString(r.s) || reRolePart.MatchString(r.s) || strings.Contains(r.s, "负责") || strings.Contains(r.s, "承担")
	if len(q.Bodies) > 0 && q.Role == "" {
		q.Role = globalRole(r.rest, q.lang) // "成员单位参与了几项": the body's role too
	}
}

// reHowManyMembers asks how many members a body has, the count between them: "领导小组有几家成员单位".
var reHowManyMembers = regexp.MustCompile(`(?:工作专班|领导小组|工作小组|工作组|指挥部|联席会议|安委会|消防委|专班)(?:共|一共|总共)?(?:有|包括|包含)(?:多少|几)\s*(?:个|家)?成员(?:单位|部门)?`)

// reCountsMembers counts a body's members, not their tasks: 成员单位有多少个, 有几家成员单位, 几个成员.
var reCountsMembers = regexp.MustCompile(`(?:多少|几)\s*(?:个|家)|(?:多少|几)(?:成员)?(?:单位|部门)`)

// ordering reads how the answer is to be laid out: one by one (各是多少), the fewest first, the first
// few (前三个), the parts of a plan or the groups of a body.
func (r *reading) ordering() {
	if m := reByDue.FindStringIndex(r.rest); m != nil {
		// "按时间排一下", "按期限先后排序", "sorted by deadline": the order asked, no topic.
		r.q.byDue, r.rest = true, r.rest[:m[0]]+" "+r.rest[m[1]:]
	}
	q, rest := &r.q, r.rest
	q.each = reEach.MatchString(rest)
	q.fewest = reFewest.MatchString(rest)
	if m := reTopN.FindStringSubmatch(rest); m != nil {
		q.top = numberOf(m[1] + m[2])
	}
	q.parts = asksParts(rest) || reGroups.MatchString(rest)
}

// reByDue asks for a list in the order of its dates: 按时间排一下, 按期限先后排序, 按截止日期排列,
// 按时间顺序列出, sorted by deadline, in order of due date.
var reByDue = regexp.MustCompile(`(?:按(?:照)?|以)(?:完成|截止|到期)?(?:时间|期限|时限|日期|时间节点|节点)(?:的)?(?:先后|早晚|前后|远近)?(?:顺序)?(?:来|进行)?(?:排序|排列|排个序|排一下|排下|排|列出|列一下|列)|(?:时间|期限|日期)(?:先后)?顺序(?:排|列)|(?i)\b(?:sort(?:ed)?|order(?:ed)?|arrange[ds]?|list(?:ed)?)\b(?:\s+(?:it|them|these|the list|this))?\s+(?:by|in order of)\s+(?:the\s+)?(?:deadlines?|due dates?|dates?)\b|\bin order of (?:the\s+)?(?:deadlines?|due dates?|dates?)\b`)

// reOverdueFor is how long a task has been overdue, said after 逾期 (超期, 过期, 拖期, 延期 …):
// "逾期超过30天", "逾期半年以上", "超期一年以上", "逾期满3个月", "逾期已达两周". Group 1 is the length's
// comparison word, 2 its number, 3 its unit.
var reOverdueFor = regexp.MustCompile(`(?:逾期|超期|过期|拖期|延误)(?:时间)?(?:了|已经|已)?\s*(超过|超出|多于|大于|达到|达|满|在)?\s*([0-9]+|[一二两三四五六七八九十]+|半)\s*(个月|个星期|星期|周|天|日|年)(?:以上|多|之久|及以上)?`)

// reLongest asks for what has waited longest: 最久, 最长, 拖得最久.
var reLongest = regexp.MustCompile(`(?:时间)?最(?:久|长)(?:时间)?`)

// overdueLength reads how long what is asked about has been overdue ("逾期30天以上") or that the
// longest overdue is asked for ("超期最久的"), taking the words from the question's rest (逾期 stays:
// it is the status).
func (r *reading) overdueLength(today plan.Day) {
	q := &r.q
	if m := reOverdueFor.FindStringSubmatchIndex(r.rest); m != nil {
		months := func(n int) plan.Day { return plan.NewDay(today.Year, today.Month-time.Month(n), today.Day) }
		n, half := smallNumber(r.rest[m[4]:m[5]]), r.rest[m[4]:m[5]] == "半"
		cut := plan.Day{}
		switch unit := r.rest[m[6]:m[7]]; {
		case half && unit == "年":
			cut = months(6)
		case half && unit == "个月":
			cut = today.AddDays(-15)
		case n <= 0:
		case unit == "年":
			cut = months(12 * n)
		case unit == "个月":
			cut = months(n)
		case unit == "天" || unit == "日":
			cut = today.AddDays(-n)
		default: // weeks
			cut = today.AddDays(-7 * n)
		}
		if !cut.IsZero() {
			than := ""
			if m[2] >= 0 {
				than = r.rest[m[2]:m[3]]
			}
			q.overdueBy, q.overdueStrict = cut, than == "超过" || than == "超出" || than == "多于" || than == "大于"
			verb := reOverdueVerb.FindString(r.rest[m[0]:m[1]])
			q.overdueFor = strings.TrimSpace(strings.TrimPrefix(r.rest[m[0]:m[1]], verb))
			r.rest = r.rest[:m[0]] + verb + " " + r.rest[m[1]:]
		}
	}
	if loc := reLongest.FindStringIndex(r.rest); loc != nil && reOverdue.MatchString(r.rest) {
		q.longest = true
		r.rest = r.rest[:loc[0]] + " " + r.rest[loc[1]:]
	}
}

// reOverdueVerb is the word of reOverdueFor that says overdue.
var reOverdueVerb = regexp.MustCompile(`逾期|超期|过期|拖期|延误`)

// reStillAhead asks what is still ahead: "还有哪些没到期", "尚未到期的", "有哪些事要到期" (to come).
var reStillAhead = regexp.MustCompile(`还|没|未|尚|[要将快]到期|即将|(?i)\b(?:still|yet|not|will|coming)\b`)

// reDueEn asks in English what falls due: "tasks due this month", "what expires this year".
var reDueEn = regexp.MustCompile(`(?i)\b(?:due|expire|expires|expiring)\b`)

// reThisPeriod is a period that holds today said alone: 本月, 这个季度, 今年, this quarter (not 月底前,
// 年内: those run from today).
var reThisPeriod = regexp.MustCompile(`(?i)^(?:(本月|这个月|当月)份?|(本季度|这个季度|this quarter)|(今年|本年)(?:度)?|this month|this year)$`)

// periodStart is the first day of the period win names when it is one that holds today (本月: the
// month's first day).
func periodStart(win string, today plan.Day) (plan.Day, bool) {
	m := reThisPeriod.FindStringSubmatch(strings.TrimSpace(win))
	if m == nil {
		return plan.Day{}, false
	}
	w := strings.ToLower(m[0])
	switch {
	case m[1] != "" || w == "this month":
		return plan.NewDay(today.Year, today.Month, 1), true
	case m[2] != "":
		return plan.NewDay(today.Year, time.Month((int(today.Month)-1)/3*3+1), 1), true
	default:
		return plan.NewDay(today.Year, 1, 1), true
	}
}

// reFallsDue asks what falls due in a window: 到期, 截止, 届满.
var reFallsDue = regexp.MustCompile(`到期|截止|届满`)

// windowAndStatus reads the deadline window, what kind of date it asks about, and the status and
// frequency asked about.
func (r *reading) windowAndStatus(today plan.Day) {
	q := &r.q
	r.overdueLength(today)
	from, to, win, prec := window(r.rest, today)
	if win != "" && !reYearDigits.MatchString(win) && !reRelYearWord.MatchString(win) && prec == "month" {
		// "2025年11月底前" whose year was read as the plan's ("2025年…清单"): the month is that year's.
		if i := strings.Index(r.s, win); i >= 0 && reYearEnding.MatchString(r.s[:i]) {
			y := reYearEnding.FindString(r.s[:i])
			from, to, _, _ = window(y+win, today)
		} else if i := strings.Index(r.rest, win); i < 0 || !strings.HasSuffix(r.rest[:i], "每年") {
			q.yearless = true // not "每年10月": every year's, this year's standing for all
		} else {
			q.everyYear = true // "每年6月": the month of every year, the next one to come
		}
	}
	if reBareYearEnd.MatchString(win) {
		// "威海数字政府要点里年底前要完成什么?": the year's end of no year said is this year's, or, when
		// nothing falls due then and the plans asked about are all of one earlier year (a 2023 plan's),
		// theirs; not any older plan's that happens to be loaded.
		q.yearEnd = true
	}
	if win != "" && (reBareYear.MatchString(win) || reHalfQuarter.MatchString(win) && !strings.ContainsAny(win, "前内")) {
		// "吴江2024年的方案", "辽宁2023年那个分工方案": the year names the plan, not a window.
		if _, after, ok := strings.Cut(r.rest, win); ok && rePlanNoun.MatchString(after) && !reDueBeforeNoun.MatchString(rePlanNoun.FindString(after)) {
			win = "" // not "2025年到期的任务清单": a list of what is due then
		}
	}
	if win != "" && len(q.Plans) > 0 && reYearWord.MatchString(win) {
		// "今年深化放管服改革…方案里": a year said before a plan named by its title's words (cut to
		// spaces) is the plan's year, as the asker takes it, not a window.
		// Not when it asks what falls due: "今年民生幸福工程里有哪些事要到期" asks about this year.
		// So too 今年 right before the cut title words of a plan made for one year now past ("西平县司法局今年
		// 法治政府建设有哪些任务" of 《西平县2020年度法治政府建设工作安排》): the asker speaks as the plan does.
		if _, after, ok := strings.Cut(r.rest, win); ok && (reTitleCut.MatchString(after) || r.pastYearPlans(win, after, today)) && !reFallsDue.MatchString(after) {
			r.rest, win = strings.Replace(r.rest, win, " ", 1), ""
		}
	}
	if win != "" && len(q.Plans) > 0 && r.titlePart(win) {
		// "东莞一季度“开门红”若干措施有几条?" of 《关于奋力实现一季度经济“开门红”的若干措施》: a part of a
		// year said with the words after it in the title of a plan asked about names that plan.
		r.rest, win = strings.Replace(r.rest, win, " ", 1), ""
	}
	if win != "" && (reFallsDue.MatchString(r.rest) || reDueEn.MatchString(r.rest)) && !reStillAhead.MatchString(r.rest) {
		// "本月到期的", "这个季度有哪些任务到期": what expires in the period is dated in all of it,
		// its days before today too (README: 本月到期 are the tasks dated in that month).
		if start, ok := periodStart(win, today); ok {
			from = start
		}
	}
	if win != "" {
		q.From, q.To, q.window, q.Precision = from.String(), to.String(), win, prec
		q.literalYear = reYearDigits.MatchString(win)
		if i := strings.Index(r.rest, win); i >= 0 {
			q.windowAsOf = asOf(strings.TrimSpace(r.rest[:i]), r.rest[i+len(win):])
		}
		r.rest = strings.Replace(r.rest, win, " ", 1)
	}
	q.DeadlineKind = deadlineKind(r.rest)
	q.deadlinesOnly = reDeadlineWords.MatchString(r.rest) && !reToDoToo.MatchString(r.rest)
	q.detail = reDetail.MatchString(r.s)
	r.numbered()
	q.asksWho = reOwnerQ.MatchString(r.rest)
	// "多久告知结果?", "要在多长时间内整治完?": a time limit is asked as a date is, the passages quoted
	// saying theirs (自受理之日起7个工作日内, 2年内完成).
	q.asksWhen = reAsksWhen.MatchString(r.s) || reTimeLimit.MatchString(r.s) && !reOnce.MatchString(r.s)
	if reDaysLeft.MatchString(r.s) {
		// "还有几天到期?": the date, and the days from today to it.
		q.daysLeft, q.asksWhen = true, true
	}
	q.asksDone = reDoneAsk.MatchString(r.s)
	if m := reDateRank.FindStringSubmatch(r.s); m != nil && !strings.Contains(r.s, "分别") && !strings.Contains(r.s, "各项") {
		q.dateRank = map[bool]string{true: "first", false: "last"}[m[1]+m[2]+m[3] != ""]
	}
	q.unitRank, q.unitRankRole = taskUnitRank(r.s)
	q.duties = strings.Contains(r.s, "职责") && !strings.Contains(r.s, "职责分工")
	q.asksProgress = reAsksProgress.MatchString(r.s)
	q.asksReport = reAsksReport.MatchString(r.s)
	if m := rePartWord.FindString(r.s); m != "" && !strings.Contains(r.s, "参与") {
		q.partWord = m
	}
	q.partners = q.partners || len(r.ms) > 0 && rePartnersQ.MatchString(r.rest)
	q.Status = status(r.rest, q.lang)
	switch q.Status {
	case StatusExtension: // the words that ask it are no topic
		r.rest = reExtensionQ.ReplaceAllString(r.rest, " ")
	case StatusReported:
		r.rest = reReportedQ.ReplaceAllString(r.rest, " ")
	case StatusJointLead:
		if len(r.ms) > 0 {
			q.Status = "" // "A和B联合牵头的": the units' joint tasks, not every task several lead
		} else {
			q.jointLeads = jointLeads(r.rest)
			if m := reJointLead.FindString(r.rest); reTogether.MatchString(m) {
				// "由两个部门共同牵头": the count of the leads is no topic; the role stays. "由多个单位
				// 共同负责" names no role: responsible is every unit a task names.
				role := " "
				if strings.Contains(m, "牵头") {
					role = " 牵头 "
				}
				r.rest = strings.Replace(r.rest, m, role, 1)
			}
		}
	}
	q.Frequency = frequency(r.rest)
	if q.Frequency == "any" && strings.Contains(r.rest, ongoingWord) {
		q.freqWord = ongoingWord // "哪些要常态化开展": the duties the plan says so of, not each one that repeats
	}
	if m := reMonthDayDuty.FindStringSubmatch(r.s); m != nil && q.Frequency == "monthly" {
		q.MonthDay, _ = strconv.Atoi(m[1])
	}
	if q.Status == StatusNoLead && len(r.ms) > 0 && reNotRole.MatchString(r.rest) {
		q.Status = "" // "统计局只参与不牵头的": its role, not tasks without a lead
	}
	if q.Status == StatusDated && q.window != "" && reDated.MatchString(r.rest) && !reWhetherHas.MatchString(r.rest) {
		q.Status = StatusDue // "哪些任务有期限在2023年", "tasks with a deadline falling in 2023": due in the window
	}
	if (q.Status == StatusDue || q.Status == "") && q.dateRank != "" && q.window == "" && !reSoonWords.MatchString(r.rest) {
		// "最早到期的任务是哪个?", "哪个任务最先到期?": the tasks due first of all that have a date, not
		// what falls due in the next 30 days.
		q.Status = StatusDated
	}
	if q.Status == StatusDue && q.asksWhen && q.window == "" && !reSoonWords.MatchString(r.rest) {
		q.Status = StatusDated // "截止日期是哪天?": the task's date, not what falls due in 30 days
	}
	if q.Status == "" && q.Frequency == "" && reWhenDue.MatchString(r.rest) {
		q.Status = StatusDated // "贯彻落实意见最晚什么时候要出?": the tasks on it that have a date, with their dates
	}
	if q.Status == StatusDated && reCountThenEachWhen.MatchString(r.s) {
		// "X有几项任务，分别是什么时候到期?": all its tasks counted, each with its date (or its
		// frequency, or none), not the dated ones alone.
		q.Status = ""
	}
	if len(q.Plans) == 0 && mentionsPlan(r.rest) && len(q.Cities) > 0 {
		q.Plans = r.p.plansNamed(r.rest, q.Cities)
	}
	if len(q.Plans) == 0 && len(q.Cities) == 0 && len(r.ms) == 0 && reAllTasks.MatchString(r.rest) {
		// "列出所有任务", "all tasks": every plan's, listed by plan.
		for _, d := range r.p.allDocs {
			q.Plans = append(q.Plans, d.ID)
		}
	}
}

// reOneItem points at one item of a plan: "跨境电商发展那一条", "房地产那块", "贵安路网那个项目谁主办".
var reOneItem = regexp.MustCompile(`(?:[那这](?:一)?(?:条|项|块)(?:工作|任务|事)?|[那这]个(?:项目|工作|事情|事)?)(?:[，,的是由谁归]|$)`)

// reListsWorks asks for the works on a topic, several of them ("老字号相关的工作都有哪些，谁负责",
// "哪几项是区商务局牵头的"): 哪些 or 哪几 asking for no unit ("由哪些单位推进" asks for units).
var reListsWorks = regexp.MustCompile(`哪(?:些|几)(?:项|条|个)?(?:[^单部机科人领负牵参配主协]|$)`)

// reAllTasks asks for every task of every plan.
var reAllTasks = regexp.MustCompile(`(?i)^(?:请)?(?:列出|列一下|列举|给出|看看|查看|显示)?(?:所有|全部|一切)(?:方案的?|计划的?)?(?:任务|工作|事项)(?:有哪些|都有哪些|是什么)?[?？。!！]*$|^(?:list|show)?\s*all\s+(?:the\s+)?tasks\b`)

// topicAndShape reads the topic — the words no extractor took; an English question's own Chinese
// words win over the glossary's reading of its English ones — and the shape of the answer asked
// for, with the text a search, figure or plan facts look for.
func (r *reading) topicAndShape() {
	q, rest := &r.q, r.rest
	r.topic()
	q.Shape, q.GroupBy, q.Rank = shape(rest, q)
	if q.lang == "en" && q.Shape == ShapeFrequency && len(q.Topic) > 0 && !r.typedHan {
		// "How often does Anji hold bank-enterprise matchmaking events?": the glossary knows enterprise
		// (企业), not the words that make it a duty of its own; they stay in the topic beside it, so that
		// the answer is that duty's frequency or says the plans do not say, never every 企业 task's.
		q.Topic = append(q.Topic, unknownModifiers(r.subject)...)
	}
	q.rankOne = q.Rank && reWhichOne.MatchString(rest)
	if q.Shape != ShapeList && q.Shape != ShapeCount {
		q.Frequency = "" // "每年要引进几个…": a figure, not a list of yearly duties
	}
	if q.Shape == ShapePlanFacts {
		q.Facts = facts(rest)
		if slices.Contains(q.Facts, "period") && len(slices.DeleteFunc(slices.Clone(q.Facts), func(f string) bool { return f == "period" || f == "issued" })) == 0 &&
			slices.ContainsFunc(q.Topic, namesStage) {
			// "前期准备阶段的起止时间?": the span of that stage of the plan, not the plan's own.
			q.Shape, q.Facts, q.asksWhen = ShapeSearch, nil, true
		}
	}
	if (q.GroupBy == GroupUnit || q.Shape == ShapeOwner) && q.Role == "" {
		q.Role = globalRole(rest, q.lang)
	}
	r.reshape()
	r.searchText()
}

// withPlanlessCities: of several cities asked about, one whose plan the question names keeps that plan;
// one named beside it with no plan of its own named keeps all of its plans ("上海交通光伏方案和婺城区
// 政策分别提了多少…": every 婺城区 plan as well as the Shanghai one). A city named only inside a plan
// asked of ("上海长三角一体化方案里涉及苏州的任务"): what that plan's tasks are about, no plan of its own.
func (p *Parser) withPlanlessCities(s string, plans, cities []string) []string {
	if len(plans) == 0 || len(cities) < 2 {
		return plans
	}
	planned := map[string]bool{}
	for _, d := range p.docsOf(plans) {
		planned[d.City] = true
	}
	inside := len(s)
	if i := askedInsideFrom(s); i >= 0 {
		inside = i
	}
	asked := map[string]bool{}
	for _, c := range cities {
		asked[c] = !planned[c] && !namedOnlyAfter(s, c, inside)
	}
	out, in := plans, map[string]bool{}
	for _, id := range plans {
		in[id] = true
	}
	for _, d := range p.docsOfCities(cities) {
		if asked[d.City] && !in[d.ID] {
			out, in[d.ID] = append(slices.Clip(out), d.ID), true
		}
	}
	return out
}

// namedOnlyAfter reports whether the city is named in s (by its name or its name less 市/县/区/省),
// and only at or after byte offset at.
func namedOnlyAfter(s, city string, at int) bool {
	names := []string{city}
	if short := strings.TrimRight(city, "市县区省"); short != city && utf8.RuneCountInString(short) >= 2 {
		names = append(names, short)
	}
	found := false
	for _, n := range names {
		i := strings.Index(s, n)
		if i < 0 {
			continue
		}
		if i < at {
			return false
		}
		found = true
	}
	return found
}

// namesStage reports whether a topic term names a stage of a plan's work (前期准备阶段, 自查整改阶段).
func namesStage(t string) bool {
	return utf8.RuneCountInString(t) >= 4 && strings.HasSuffix(t, "阶段")
}

// topic reads the topic: the words no extractor took, less those that name a plan (十百千) or which
// body is meant (三产领导小组); a body's members (专班成员单位) leave the body, cut with the bodies.
func (r *reading) topic() {
	q, p, rest := &r.q, r.p, r.rest
	topicRest := cutStatus(reMembers.ReplaceAllStringFunc(rest, func(m string) string {
		return strings.TrimRight(m, "成员单位部门的各") // the body stays, to be cut below
	}))
	for _, b := range q.Bodies {
		topicRest = strings.ReplaceAll(topicRest, b, " ")
	}
	r.subject = topicRest
	if q.lang == "en" && !r.typedHan {
		r.subject = translate(topicRest)
	}
	q.quoted = r.quoted
	q.Topic = append(append([]string(nil), r.quoted...), boundedTerms(topicTerms(r.subject, q.lang))...)
	q.Topic = splitPointer(q.Topic)
	for i, t := range q.Topic {
		q.Topic[i] = trimColloquial(t)
	}
	if len(q.Plans) == 0 {
		q.Plans, q.Topic = p.plansByTitleWord(q.Topic, q.Cities, mentionsPlan(rest))
	}
	if len(q.Plans) == 0 {
		q.Plans, q.Topic = p.plansByNickname(q.Topic, q.Cities)
	}
	if len(q.Plans) == 0 {
		q.Plans, q.Topic = p.plansByCampaign(q.Topic, q.Cities)
	}
	q.Plans, q.Topic = p.plansBySubject(q.Topic, q.Cities, q.Plans, r.s, q.hasUnits() || q.Frequency != "" || q.Status != "")
	var parts []string
	q.Topic, parts = p.dropTitleWords(q.Topic, q.Plans, r.s)
	if len(parts) > 0 {
		q.aspect = true // the part of the plan its title names: the tasks under its heading, where it has one
	}
	if len(q.Plans) > 0 {
		q.Topic = slices.DeleteFunc(q.Topic, func(t string) bool {
			return namesPlanBy(r.s, t) || p.describesPlan(r.s, t, q.Plans) || q.lang == "en" && namesPlanByEn(r.subject, t)
		})
		q.Plans, q.Topic = p.plansByShortName(r.s, q.Topic, q.Plans)
	} else if plans, rest := p.plansAbout(r.s, q.Topic, q.Cities); len(plans) > 0 {
		q.Plans, q.Topic = plans, rest
	} else if q.hasUnits() {
		// "镇政务公开那张表，党政办公室要负责几项?": words pointed at as a plan's name that no plan's title
		// and no task holds are the asker's name for the plan; the unit's tasks are counted wherever.
		q.Topic = slices.DeleteFunc(q.Topic, func(t string) bool { return namesPlanBy(r.s, t) && !p.anyTaskHolds(t) })
	}
	r.unitInPlanName()
	q.Plans = p.withPlanlessCities(r.s, q.Plans, q.Cities)
	q.bodyWords, q.Topic = p.bodyNameWords(q.Topic, q.Bodies, q.Cities)
	// "公积金贷款方面放宽了哪些条件?": 放宽 and 条件 say what kind of measure is asked about, not
	// words its task must write (the plan writes 缴存职工…即可申请).
	if kept := slices.DeleteFunc(slices.Clone(q.Topic), func(t string) bool { return slices.Contains(policyWords, t) }); len(kept) > 0 {
		q.Topic = kept
	}
	// "市第五人民医院的问题由哪个单位负责整改?": 整改 is what the party asked about does, said of the
	// thing asked about, not a second thing its task must name.
	if kept := slices.DeleteFunc(slices.Clone(q.Topic), func(t string) bool { return dutyVerb(r.s, t) }); len(kept) > 0 {
		q.Topic = kept
	}
	if q.lang == "en" && len(q.Topic) == 0 && !r.typedHan && !(len(q.Plans) > 0 && q.hasUnits()) {
		// English words the glossary does not know stay as the topic: no task holds them, so the
		// answer says the plans do not say rather than listing every task. Asked what a unit does
		// in a plan the question names, they describe the plan ("under the scenic-spot and boat safety
		// plan").
		q.Topic = englishLeftovers(r.subject)
	}
	if n := len(q.Topic); n > 0 {
		if i := strings.LastIndex(r.s, q.Topic[n-1]); i >= 0 {
			q.projectsOf = reProjectNoun.MatchString(r.s[i+len(q.Topic[n-1]):])
		}
	}
	q.joined = len(q.Topic) == 2 && joinedTopics(r.s, q.Topic[0], q.Topic[1])
	if q.joined {
		q.either = listedEither(r.s, q.Topic[0], q.Topic[1])
		q.Topic[0] = sharedObject(q.Topic[0], q.Topic[1])
	}
}

// reEitherJoin and reRelatedAfter: two things listed with 、 or 或 ("病死猪、病死畜禽", "病死猪或病死畜禽"),
// then 相关 or 有关 after the second: what is related to either is asked for.
var (
	reEitherJoin   = regexp.MustCompile(`^[\s“”"‘’「」]*(?:或|或者|、)[\s“”"‘’「」]*$`)
	reRelatedAfter = regexp.MustCompile(`^[\s“”"‘’「」]*(?:相关|有关)`)
)

// listedEither reports whether the question lists topics a and b with 、 or 或 and asks what is
// related to them (reEitherJoin, reRelatedAfter).
func listedEither(s, a, b string) bool {
	i := strings.Index(s, a)
	if i < 0 {
		return false
	}
	rest := s[i+len(a):]
	j := strings.Index(rest, b)
	return j >= 0 && reEitherJoin.MatchString(rest[:j]) && reRelatedAfter.MatchString(rest[j+len(b):])
}

// reProjectNoun is the projects or works a topic right before it names: "道路项目", "公路类工程".
var reProjectNoun = regexp.MustCompile(`^(?:类|方面的|方面)?(?:建设)?(?:项目|工程)`)

// sharedObject is a, the first of two words joined by 和 or 或, with the object b goes on to name: two
// words of one head ("新建或改建公交停保场…", "省级和市级示范园区") are alternatives of one thing, and
// the first alone ("新建") names no work. a as it is when it does not share b's head.
func sharedObject(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != 2 || len(rb) < 4 || ra[1] != rb[1] || ra[0] == rb[0] || !unicode.Is(unicode.Han, ra[1]) {
		return a
	}
	return a + string(rb[2:])
}

// reJoinsTopics is what stands between two things asked about together, quotes aside: 和, 及, 或.
var reJoinsTopics = regexp.MustCompile(`^[\s“”"‘’「」]*(?:和|及|以及|或|或者|、)[\s“”"‘’「」]*$`)

// joinedTopics reports whether the question writes topic a, then 和 (及, 或), then topic b.
func joinedTopics(s, a, b string) bool {
	i := strings.Index(s, a)
	if i < 0 {
		return false
	}
	j := strings.Index(s[i+len(a):], b)
	return j >= 0 && reJoinsTopics.MatchString(s[i+len(a):i+len(a)+j])
}

// reColloquialEdge is talk around a topic's words, no word of a plan's: 搞 or 弄 before it ("搞业务培训"),
// 归 after it ("立项归哪个部门" leaves 立项归), 这种事 after it ("操纵价格这种事谁来查"), 这类场所 after
// the things it points back at ("沿街商铺这类场所多久巡查一次").
var reColloquialEdge = regexp.MustCompile(`^(?:搞|弄)|(?:这种事情?|这类事情?|这事儿?|归|(?:这|那)(?:类|种|些|样的?)(?:场所|地方|单位|企业|情况|问题|工作|项目|活动)?)$`)

// rePointer points back at the things before it to name their kind after it: "建筑工地这类第三类场所",
// "沿街商铺这种二类场所".
var rePointer = regexp.MustCompile(`(?:这|那)(?:类|种|一类|样的?)`)

// splitPointer makes a term that names things, then their kind after a pointer ("建筑工地这类第三类场所"),
// two terms (建筑工地, 第三类场所): the plan writes them apart. A pointer at the term's end, or before a
// generic noun (这类场所), is trimColloquial's; one with less than two characters on a side stays.
func splitPointer(terms []string) []string {
	var out []string
	for _, t := range terms {
		if ix := rePointer.FindStringIndex(t); ix != nil && utf8.RuneCountInString(t[:ix[0]]) >= 2 && utf8.RuneCountInString(t[ix[1]:]) >= 2 && !reColloquialEdge.MatchString(t[ix[0]:]) {
			out = append(out, t[:ix[0]], t[ix[1]:])
			continue
		}
		out = append(out, t)
	}
	return out
}

// trimColloquial cuts that talk from a topic term when two characters or more are left.
func trimColloquial(t string) string {
	if strings.HasSuffix(t, "回归") {
		return t // 人才回归 is a word of plans, not 人才 + 归
	}
	if c, ok := strings.CutSuffix(t, "影响下"); ok && utf8.RuneCountInString(c) >= 2 {
		// "疫情影响下的贷款": plans write what is affected as 受疫情影响的…, without the asker's 下.
		return c + "影响"
	}
	if c := reColloquialEdge.ReplaceAllString(t, ""); utf8.RuneCountInString(c) >= 2 {
		return c
	}
	return t
}

// dutyVerbs are the verbs a role word takes when a question asks who does something to a thing it
// names ("负责整改", "牵头落实").
var dutyVerbs = []string{"整改", "落实", "推进", "实施", "办理", "处理", "解决", "组织"}

// dutyVerb reports whether term is such a verb, right after a role word in s.
func dutyVerb(s, term string) bool {
	if !slices.Contains(dutyVerbs, term) {
		return false
	}
	for _, role := range []string{"负责", "牵头", "承担", "来"} {
		if strings.Contains(s, role+term) {
			return true
		}
	}
	return false
}

// unitInPlanName drops a unit read from the words that name the plan asked about: "景区船舶专项整治这个
// 月有什么要报的" names the plan 景区…船舶安全管理专项整治工作方案 by its words; its 景区 is no party
// asked about, though the plan names 景区 as one. Only a bare name (no level, no type) is dropped.
func (r *reading) unitInPlanName() {
	q := &r.q
	if len(q.Plans) != 1 || len(q.Units) != 1 || q.unitTyped == "" || len(q.DeptTypes) > 0 {
		return
	}
	typed := q.unitTyped
	if r, _ := utf8.DecodeRuneInString(typed); strings.ContainsRune("省市区县州镇乡各", r) {
		return
	}
	var doc *plan.Document
	for _, d := range r.p.allDocs {
		if d.ID == q.Plans[0] {
			doc = d
			break
		}
	}
	i := strings.Index(r.s, typed)
	if i < 0 || doc == nil {
		return
	}
	next := []rune(r.s[i+len(typed):])
	if len(next) < 2 {
		return
	}
	if doc.Title == "" {
		// A plan whose text gives no title the parser read names itself in a line of its own
		// ("2023年住建局“爱国卫生季〞活动实施方案"): the unit there, right before the words that follow
		// it in the question, issued the plan.
		for _, pa := range doc.Paras {
			if pa.TaskID == "" && namesBefore(pa.Text, typed, string(next[:2])) {
				q.Units, q.refs, q.unitTyped = nil, nil, ""
				return
			}
		}
		return
	}
	if !strings.Contains(doc.Title, typed) || !strings.Contains(doc.Title, string(next[:2])) {
		return // the name, then other words: a party asked about
	}
	q.Units, q.refs, q.unitTyped = nil, nil, ""
}

// namesBefore reports whether text writes name right before word, quote marks between them aside.
func namesBefore(text, name, word string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return false
		}
		from += i + len(name)
		if strings.HasPrefix(strings.TrimLeft(text[from:], "“”\"「」〝〞‘’ "), word) {
			return true
		}
	}
}

// reshape turns a shape into the one the question's words mean: who leads a body's work, a part of
// the plan named as a topic, an item a body's text names; a bare 文号 asks for the plan.
func (r *reading) reshape() {
	q, p, rest := &r.q, r.p, r.rest
	if q.Shape == ShapeFigure && len(q.Topic) > 1 {
		// "对象一共多少面积": 面积 says what kind of figure is asked (3.3万平方米), not a word the plan
		// writes beside it.
		if kept := slices.DeleteFunc(slices.Clone(q.Topic), func(t string) bool { return slices.Contains(measureNouns, t) }); len(kept) > 0 {
			q.Topic = kept
		}
	}
	if q.Shape == ShapeSearch && len(q.Bodies) > 0 && len(q.Units) == 0 && q.asksWho && !rePersonQ.MatchString(rest) && !reBodyAbout.MatchString(rest) {
		p.bodyOwner(q)
	}
	if q.Shape == ShapeList && !q.hasUnits() && q.Status == "" && q.Frequency == "" && len(q.Topic) > 0 && !reAsksWhen.MatchString(r.s) && p.headingNamed(q) {
		// "湖州方案的保障措施有哪些": a part of the plan, not a topic of its tasks ("…政策执行到什么
		//时候?" asks its date).
		q.Shape, q.Facts, q.Text = ShapePlanFacts, []string{"parts"}, r.s
	}
	if q.Shape == ShapeList && len(q.Bodies) > 0 && len(q.Units) == 0 && !q.members && p.titlesName(q) {
		// "鹿城专班的综合组负责什么": the body says where; the item it names is what is asked about.
		q.Shape, q.Bodies, q.bodyWords, q.detail = ShapeOwner, nil, nil, true
	}
	if !q.hasUnits() && reAttachAsk.MatchString(r.s) {
		// "通知附了哪两个附件?": what the text says of its attachments, not tasks about them.
		q.attach = true
		if q.Shape == ShapeList || q.Shape == ShapeCount || q.Shape == ShapeFigure {
			q.Shape, q.Status, q.From, q.To = ShapeSearch, "", "", ""
		}
	}
	if q.Shape == ShapeOwner && len(q.Topic) == 0 && !q.hasUnits() && len(q.DeptTypes)+len(q.Bodies) == 0 && q.item == 0 && reWhichUnits.MatchString(rest) {
		// "有哪些牵头单位?", "除了住建局，还有哪些单位牵头?": no task named, the units in that role —
		// each with how many it has, the ones left out (除了) not among them. After a list, those of
		// its tasks (followUp: unitsByRole).
		q.Shape, q.GroupBy = ShapeCount, GroupUnit
	}
	if q.item > 0 && q.Shape == ShapeSearch {
		// "开发区清单第3项具体是什么内容?": that item, its words shown.
		q.Shape, q.detail = ShapeList, true
	}
	if q.Shape == ShapePlanFacts && len(q.Bodies) > 0 && slices.Equal(q.Facts, []string{"title"}) {
		// "服务业那个领导小组叫什么": the body's full name, where the plan writes it, not the plan's title.
		q.Shape, q.Facts, q.bodyName = ShapeSearch, nil, true
	}
	if len(r.nums) > 0 && q.Shape == ShapeList && !q.hasUnits() && q.Status == "" && q.Frequency == "" && len(q.Topic) == 0 && !strings.Contains(rest, "任务") {
		q.Shape, q.Facts = ShapePlanFacts, []string{"title", "number", "issued"} // "湖政办发[2023]16号是什么?"
	}
	if q.Shape == ShapePlanFacts && slices.Equal(q.Facts, []string{"issued"}) && len(q.Topic) > 0 && len(q.Plans) == 0 && len(r.nums) == 0 &&
		!mentionsPlan(rest) && reToComeOut.MatchString(rest) {
		// "消费券细则什么时候出台?": when a thing is yet to come out whose words name no plan loaded is
		// the deadline of the tasks that are to issue it, not the date a plan was issued.
		q.Shape, q.Facts, q.Text, q.asksWhen = ShapeList, nil, "", true
		if q.Status == "" {
			q.Status = StatusDated
		}
	}
}

// reToComeOut asks when a thing will come out (什么时候出台?, 哪年能发布?): a time still ahead, not the
// date a plan was issued (什么时候出台的?, 是哪天印发的).
var reToComeOut = regexp.MustCompile(`(?:什么时候|何时|哪天|哪一天|哪年|哪一年|几月|哪个月)\s*(?:能|会|要|将|才|可以|可|就)?(?:出台|发布|推出|印发|制定|出来)\s*(?:[?？。!！吗呢]|$)`)

// reWhichUnits asks which units (several) hold a role: "哪些单位牵头", "还有哪些牵头单位", "配合单位有哪些".
var reWhichUnits = regexp.MustCompile(`(?:哪些|哪几个|哪几家)(?:单位|部门)(?:在|来|要|还)?(?:牵头|负责|主办|参与|配合|协办)|(?:哪些|哪几个|哪几家)(?:牵头|责任|主办|参与|配合|协办)(?:单位|部门)|(?:牵头|责任|主办|参与|配合|协办)(?:单位|部门)(?:都)?有哪些`)

// unitsByRole reports whether q asks for the units in a role with no task named ("哪些单位配合?", "有哪些
// 牵头单位?"), read as a count per unit (topicAndShape).
func unitsByRole(q *Query, rest string) bool {
	return q.Shape == ShapeCount && q.GroupBy == GroupUnit && len(q.Topic) == 0 && reWhichUnits.MatchString(rest)
}

// reAttachAsk asks which attachments a plan has: "附了哪两个附件", "有哪些附件", "附件是什么".
var reAttachAsk = regexp.MustCompile(`附了?(?:哪|几|什么)|(?:哪|几|什么|多少)[^，,。？?]{0,3}附件|附件(?:是什么|有哪些|有几个|分别是)`)

// searchText is what a search, a figure or plan facts look for in the plans' text.
func (r *reading) searchText() {
	q := &r.q
	switch q.Shape {
	case ShapeSearch:
		// A search looks for the question's own words, units included ("工作专班的总牵头人").
		whole := r.s
		if q.lang == "en" {
			whole = translate(r.s)
		}
		for _, c := range q.Cities {
			whole = withoutCity(whole, plan.CityForms(c))
		}
		q.Text = stripQuestion(whole)
		if q.attach {
			q.Text = "附件" // what the text says of its attachments, wherever it says it
		}
		if q.bodyName {
			q.Text = strings.Join(append(slices.Clone(q.bodyWords), q.Bodies...), " ") // where the plan names the body
		}
	case ShapeFigure, ShapeFrequency:
		q.Text = stripQuestion(r.subject)
		if q.Shape == ShapeFigure {
			q.asked = topicsByPart(r.s, q.Topic)
		}
	case ShapePlanFacts:
		q.Text = r.s // its other parts are looked up in the plan's text
	}
}

// topicsByPart groups the topic terms by the question of s they stand in, when s asks several one after
// another, each a figure ("…增长目标是多少？州财政要筹措多少前期工作经费？"); nil when it asks one, or a
// part asks no figure ("…要增长多少？谁主办？") or holds no term, or a term stands in none.
func topicsByPart(s string, topic []string) [][]string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '?' || r == '？' })
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	for _, p := range parts {
		if !reFigureY.MatchString(p) {
			return nil // "…要增长多少？谁主办？": a figure and who, one question
		}
	}
	out := make([][]string, len(parts))
	for _, t := range topic {
		i := slices.IndexFunc(parts, func(p string) bool { return strings.Contains(p, t) })
		if i < 0 {
			return nil
		}
		out[i] = append(out[i], t)
	}
	for _, g := range out {
		if len(g) == 0 {
			return nil
		}
	}
	return out
}

// withoutCity is s without the city its forms name, but for a mention after the first inside a
// run of words, part of a name there (培育新生代湖州企业家). A form's 市 that opens 市场 or 市容 is
// the word's ("上海市场监管局" is 上海 and 市场监管局): only the place before it goes.
func withoutCity(s string, forms []string) string {
	first := true
	for _, f := range forms {
		for from := 0; ; {
			i := strings.Index(s[from:], f)
			if i < 0 {
				break
			}
			i += from
			if !first && insideRun(s, i, i+len(f)) {
				from = i + len(f)
				continue
			}
			first = false
			if n := len(f) - len("市"); n > 0 && strings.HasSuffix(f, "市") && (strings.HasPrefix(s[i+len(f):], "场") || strings.HasPrefix(s[i+len(f):], "容")) {
				s = s[:i] + " " + s[i+n:]
				from = i + 1
				continue
			}
			s = s[:i] + " " + s[i+len(f):]
			from = i + 1
		}
	}
	return s
}

// plansIssuedBy is the one reader of a plan named by the department that issued it (to its own
// sections, no party of it): the plans so named among the cities given (any when none is), and the
// name that named them. With typed, s is a name the question typed as a unit's ("平潭国土局" for
// 平潭县国土资源局): the issuer's, short or in full, or a department of the same type. Otherwise s is
// the question ("平潭环境与国土资源局方案里", "X局2016年政务公开方案的主要任务"): the issuer's name, its
// place cut, or the end of it of four characters or more that ends as a department does (环境与国土资源局
// of 综合实验区环境与国土资源局), where no unit of any plan is so named and no unit the question names
// holds it; a government's office, issuing plans for every unit, names none of them so.
func (p *Parser) plansIssuedBy(s string, cities []string, typed bool) ([]string, string) {
	var ids []string
	cut := ""
	var found []unitMatch // the units the question names, read once when a name is in it
	read := false
	for _, b := range p.titleGrams().bureaus {
		d := p.allDocs[b.k]
		if len(cities) > 0 && !slices.Contains(cities, d.City) {
			continue
		}
		if typed {
			name := s
			for _, f := range plan.CityForms(d.City) {
				name = strings.Replace(name, f, "", 1)
			}
			if name == "" {
				continue
			}
			t := p.depts.of(name)
			if b.name == name || p.lex.aliases.Canonical(b.name) == p.lex.aliases.Canonical(name) || t != "" && p.depts.is(b.name, t) {
				ids, cut = append(ids, d.ID), s
			}
			continue
		}
		if strings.Contains(b.name, "政府") {
			continue
		}
		rs := []rune(b.name)
		for i := 0; len(rs)-i >= 4; i++ {
			name := string(rs[i:])
			if !strings.Contains(s, name) {
				continue
			}
			if !read {
				found, read = p.lex.find(s, ""), true
			}
			at := strings.Index(s, name)
			// A unit the question names that holds it all ("区住房保障房屋管理局" where a plan of the
			// place names that unit) is that unit; one inside it (国土资源局 of 环境与国土资源局) is not.
			unit := slices.ContainsFunc(found, func(m unitMatch) bool {
				return len(m.units) > 0 && m.start <= at && at+len(name) <= m.end
			})
			if us, _ := p.lex.lookup(name, ""); len(us) == 0 && !unit {
				ids = append(ids, d.ID)
				if len(name) > len(cut) {
					cut = name
				}
			}
			break
		}
	}
	if cut == "" {
		return nil, ""
	}
	return ids, cut
}

// unknownUnit: a unit-like name nobody knows ("市外事办") answers "not found" rather than a topic
// search; one a character off a known name ("市商物局") is answered for it, and said so.
func (r *reading) unknownUnit() {
	q, p, rest := &r.q, r.p, r.rest
	if len(r.ms) > 0 || len(q.DeptTypes) > 0 || len(q.Bodies) > 0 || reOwnerQ.MatchString(rest) {
		return
	}
	if !asksUnit(rest, q.lang) {
		r.shortUnitName()
		return
	}
	if len(q.Plans) > 0 && reBasisQ.MatchString(r.s) {
		return // "是依据国务院哪个文件制定的": the body named issued what the plan is made under
	}
	if r.levelGovernment() {
		return
	}
	typed, c := unknownUnit(rest, p.lex)
	if typed == "" {
		// A name a character off a unit's, its ending mistyped too ("招商中薪" for 招商中心): asked
		// what it does, a run of the question that is.
		for _, run := range hanRuns(stripTopicStop(rest)) {
			if utf8.RuneCountInString(run) >= 4 && p.nearUnit(run, q.city()) != "" {
				typed = run
				break
			}
			// "市道路运输句在光伏方案里": the mistyped name opens a longer run.
			if rs := []rune(run); len(rs) > 6 && strings.ContainsRune("省市区县", rs[0]) {
				for n := min(len(rs)-1, 10); n >= 5 && typed == ""; n-- {
					if p.nearUnit(string(rs[:n]), q.city()) != "" {
						typed = string(rs[:n])
					}
				}
				if typed != "" {
					break
				}
			}
		}
	}
	if typed == "" {
		return
	}
	t := p.depts.of(typed)
	lv := unitLevel(strings.TrimPrefix(typed, plan.TrimLevel(c)))
	cities := slices.DeleteFunc(append(slices.Clone(q.Cities), c), func(c string) bool { return c == "" })
	typeUnits := t != "" && len(unitsAtLevel(p.depts.units(t, p.dir, cities), lv)) > 0
	if ids, _ := p.plansIssuedBy(typed, cities, true); len(ids) > 0 && !typeUnits {
		// "平潭国土局哪些任务跟征地拆迁有关": the bureau that issued a plan to its own sections, no
		// party of it, names the plan; where the city's plans name a department of its type
		// ("衢州市建设局牵头哪些任务") it is that department (below).
		if len(q.Plans) == 0 {
			q.Plans = ids
		}
		var topic []string
		for _, w := range q.Topic {
			if w = strings.TrimSpace(strings.Replace(w, typed, "", 1)); w != "" && !strings.Contains(typed, w) {
				topic = append(topic, w)
			}
		}
		q.Topic = topic
		return
	}
	if c != "" && len(q.Cities) == 0 {
		q.Cities = []string{c}
	}
	q.Topic = nil
	if t != "" && len(unitsAtLevel(p.depts.units(t, p.dir, q.Cities), lv)) == 0 {
		// "衢州市气象局" where no plan names a unit of its kind: unknown, never a typo of another's
		// (审计局 for 统计局).
		q.unknown, q.unitTyped = typed, typed
		return
	} else if t != "" {
		// "房管局" where the plan writes 区住房保障房屋管理局: a department's common name is that
		// department wherever the plans name it so.
		q.DeptTypes = append(q.DeptTypes, t)
		if lv != "" {
			if q.typeLevel == nil {
				q.typeLevel = map[string]string{}
			}
			q.typeLevel[t] = lv // "县应急管理局": a county's, not a district's 应急管理局
		}
		q.Role = globalRole(rest, q.lang)
		if q.Shape == "" || q.Shape == ShapeSearch || q.Shape == ShapeOwner {
			q.Shape = ShapeList
		}
		return
	}
	near := p.nearUnit(typed, q.city())
	if rest, ok := cutZone(typed); near == "" && ok {
		// "开发区招商部": a zone's own department called with the zone before it, as its staff say it;
		// the plans write the department's name alone (招商工作部).
		near = p.nearUnit(rest, q.city())
	}
	if near == "" {
		q.unknown, q.unitTyped = typed, typed
		return
	}
	q.Units = append(q.Units, UnitFilter{Name: near, Role: globalRole(rest, q.lang)})
	refs := p.resolveUnit(near, q.city(), q.Cities)
	if len(refs) == 0 && q.city() != "" {
		refs = p.unitNamedIn(near, q.city()) // "住键局" in 湖州: 住建局, which 湖州 calls 市建设局
	}
	q.refs = append(q.refs, refs)
	q.unitTyped, q.unitGuess = near, typed
	if q.Shape == "" || q.Shape == ShapeSearch || q.Shape == ShapeOwner {
		q.Shape = ShapeList
	}
}

// reLevelGovernment is a district's or county's government typed as a unit: 南浔区政府, 县人民政府,
// 各区政府 (its place, 各 or nothing, then the level and the government).
var reLevelGovernment = regexp.MustCompile(`^(各|\p{Han}{1,6}?)?([区县市])(?:人民)?政府$`)

// reEachLevelGovernment is the governments of every district or county, said with 各: 各区政府,
// 各县人民政府 (unknownUnit reads no name that opens with 各).
var reEachLevelGovernment = regexp.MustCompile(`各[区县](?:人民)?政府`)

// levelGovernment: a district's or county's government that no plan names as a unit (湖州市南浔区政府,
// 区政府, 各区政府, or 政府 after a district's own name, 吴兴区政府) is, in its city's plans, in the
// group of governments they name at its level (各区县政府, 各县（市、区）人民政府): a city's plan gives a
// district what it gives them all. Its tasks are those of that group, in the city's plans.
func (r *reading) levelGovernment() bool {
	q, p := &r.q, r.p
	typed, c := unknownUnit(r.rest, p.lex)
	if typed == "" {
		typed = reEachLevelGovernment.FindString(r.rest)
	}
	if c == "" {
		c = q.city()
	}
	place, lv := "", ""
	if m := reLevelGovernment.FindStringSubmatch(typed); m != nil {
		lv = m[2]
		if m[1] != "" && !strings.HasPrefix(m[1], "各") {
			place = m[1] + m[2] // 各县区政府, 各涉农区政府: the group, no place
		}
	} else if typed == "政府" || typed == "人民政府" {
		// "吴兴区政府" where 吴兴区 is a place of the plans: the district's own government.
		parts := plan.SplitAdmin(c)
		last := ""
		if len(parts) > 1 {
			last = parts[len(parts)-1]
		}
		if !strings.HasSuffix(last, "区") && !strings.HasSuffix(last, "县") {
			return false
		}
		place, lv, c = last, last[len(last)-len("区"):], strings.Join(parts[:len(parts)-1], "")
	} else {
		return false
	}
	if place != "" && c != "" && strings.HasSuffix(c, place) {
		c = strings.TrimSuffix(c, place) // typed after its city: 湖州市南浔区 is 湖州市's
	}
	if lv == "市" && place == "" {
		return false // 市政府, 各市政府: a city's own government, or the cities of a province
	}
	if place != "" && !plan.IsDistrict(place, c) {
		return false // "开发区政府", "园区政府": no district or county of the city, no group of them
	}
	// A county-level city (靖江市 of 泰州市) is in the groups its city's plans write with 市 among the
	// places: 各市（区）人民政府, 各县（市、区）人民政府.
	at := func(name, _ string) bool { return atLevel(name, lv) }
	if lv == "市" {
		at = func(_, places string) bool { return strings.Contains(places, "市") }
	}
	// The cities whose plans are read: the one typed, the place's own city in the gazetteer, or
	// every city (the districts' governments of each).
	within := func(city string) bool {
		switch {
		case c != "":
			return city == c
		case place != "":
			return plan.PlaceWithin(place, city)
		case len(q.Cities) > 0:
			return slices.Contains(q.Cities, city)
		}
		return true
	}
	var refs []plan.UnitRef
	var cities []string
	for _, uc := range p.dir.Units("") {
		m := rePlaceGroup.FindStringSubmatch(uc.Name)
		if m == nil || m[2] == "" || !at(uc.Name, m[1]) || !within(uc.City) {
			continue
		}
		refs = append(refs, uc.UnitRef)
		if !slices.Contains(cities, uc.City) {
			cities = append(cities, uc.City)
		}
	}
	if len(refs) == 0 && place == "" && c != "" {
		// "德阳各区政府要做什么?" where 德阳's plans name no group of them: each they name.
		if refs = p.groupGovernments(typed, []string{c}); len(refs) > 0 {
			cities = []string{c}
		}
	}
	if len(refs) == 0 {
		return false
	}
	q.Cities, q.Topic = cities, nil
	q.Units = append(q.Units, UnitFilter{Name: typed, Role: globalRole(r.rest, q.lang)})
	q.refs = append(q.refs, refs)
	q.unitTyped = typed
	if place != "" && !strings.HasPrefix(typed, place) {
		q.unitTyped = place + typed
	}
	if q.Shape == "" || q.Shape == ShapeSearch || q.Shape == ShapeOwner {
		q.Shape = ShapeList
	}
	return true
}

// reZoneBefore is a zone's word before the name of one of its departments: 开发区招商部, 高新区规划建设部.
var reZoneBefore = regexp.MustCompile(`^(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|园区|新区)`)

// cutZone is a name with the zone's word before it cut (cutZone("开发区招商部") is 招商部), when a name of
// two characters or more is left.
func cutZone(name string) (string, bool) {
	rest := reZoneBefore.ReplaceAllString(name, "")
	return rest, rest != name && utf8.RuneCountInString(rest) >= 2
}

// shortUnitName: a unit called by a short form of its name in a question that asks something else of
// it ("经信委要完成啥指标" of 区经济信息委, "申通集团管哪块" of 申通地铁集团) is that unit, when its short
// form fits one unit only (abbreviatedUnit); its name is no word of the tasks.
func (r *reading) shortUnitName() {
	q, p := &r.q, r.p
	typed, c := unknownUnit(r.rest, p.lex)
	if typed == "" {
		return
	}
	city := c
	if city == "" {
		city = q.city()
	}
	full := p.abbreviatedUnit(typed, city)
	if full == "" {
		return
	}
	if c != "" && len(q.Cities) == 0 {
		q.Cities = []string{c}
	}
	var topic []string
	for _, w := range q.Topic {
		if w = strings.TrimSpace(strings.Replace(w, typed, "", 1)); w != "" && !strings.Contains(typed, w) {
			topic = append(topic, w)
		}
	}
	q.Topic = topic
	q.Units = append(q.Units, UnitFilter{Name: full, Role: globalRole(r.rest, q.lang)})
	q.refs = append(q.refs, p.resolveUnit(full, q.city(), q.Cities))
	q.unitTyped, q.unitGuess = full, typed
	// The shape as the question would have had with the unit read as one: its name cut.
	r.rest = strings.Replace(r.rest, typed, " ", 1)
	q.Shape, q.GroupBy, q.Rank = shape(r.rest, q)
	q.Text = ""
	r.reshape()
	r.searchText()
}

// settle fills what follows from the facets found: a question about a unit's tasks is a list, a
// figure with a year is a target, a city alone is a summary.
func (p *Parser) settle(q *Query) {
	if asksPlanGoing(q) {
		// "金华养老方案推进得怎么样了?", "衢州方案进展如何?": how a plan stands today is its overview — its
		// tasks, what has passed and is not reported done, what is ahead.
		q.Shape, q.Topic, q.Text = ShapeSummary, nil, ""
	}
	if q.Shape == "" {
		switch {
		case q.unknown != "" || q.hasUnits() || len(q.negated) > 0 || q.Status != "" || q.From+q.To != "" || q.Frequency != "":
			q.Shape = ShapeList
		case asksReportRule(q):
			// "进展什么时候报?", "进展几号前报?": the plans' reporting rule (answered before any list), as
			// "进展报给谁?" is.
			q.Shape = ShapeList
		case len(q.Topic) > 0:
			// Words about a plan that ask for no list ("吴江的方案经过哪次会议审议"): what its text says.
			q.Shape = ShapeSearch
			q.Text = strings.Join(q.Topic, " ")
			if q.attach {
				q.Text = "附件"
			}
		case len(q.Plans) > 0:
			q.Shape = ShapeList
		case len(q.Cities) > 0 && !q.followUp:
			q.Shape = ShapeSummary // a city and nothing else: "衢州", "Quzhou?"
		default:
			q.Shape = ShapeSearch
		}
	}
	// "定在2023年12月底前的任务，还有哪些没完成?": what is due in the window and not marked done.
	if q.Status == StatusOpen && (q.From != "" || q.To != "") {
		if from, err := plan.ParseDay(q.From); err == nil && reThisYear.MatchString(q.window) {
			// "今年还有什么没完成?": the year's work not done, what fell due earlier in it as well as
			// what is still to come; not the rest of the year alone.
			q.From = plan.NewDay(from.Year, 1, 1).String()
		}
		q.Status = StatusDue
	}
	// A window asks what is due in it, in a list or a count ("市发展改革委有几项任务本月到期?").
	if (q.Shape == ShapeList || q.Shape == ShapeCount) && q.Status == "" && (q.From != "" || q.To != "") && q.Frequency == "" {
		q.Status = StatusDue
	}
}

// ongoingWord asks for the work a plan says is to be done 常态化 (as a standing practice): a word of
// the plan's own, narrower than 定期 or 固定, which ask for every duty that repeats.
const ongoingWord = "常态化"

// reOthers asks, after an answer that named one task, for the others: 还负责别的措施吗, 还有其他任务吗,
// 别的还有吗, "what else".
var reOthers = regexp.MustCompile(`(?i)还[^?？。，,]{0,8}(?:别的|其他|其它|另外的)|(?:别的|其他|其它)[^?？。，,]{0,6}还|\bwhat else\b|\bany others\b`)

// followUp borrows what the question leaves out from the conversation: "那湖州的呢?" keeps the
// previous question and changes its city; "它有哪些任务已逾期?" keeps its units.
func (p *Parser) followUp(q *Query, s, rest string, ctx Context, today plan.Day) {
	prev := *ctx.Query
	pointsBack := reFollow.MatchString(strings.TrimSpace(s))
	if reMore.MatchString(strings.TrimSpace(s)) {
		// The next page of the previous list, read as its first page was; or, when it showed all
		// it had, nothing.
		*q = p.reresolve(prev, q.lang)
		ctx.List.restore(q)
		q.page, q.followUp = ctx.Page+1, true
		if ctx.Pages <= ctx.Page+1 {
			q.page, q.noMore = ctx.Page, true
		}
		return
	}
	if q.byDue && subjectless(q) && q.Status == "" && q.From+q.To == "" && q.Frequency == "" && prev.Shape != ShapeSummary && prev.Shape != ShapePlanFacts {
		// "按时间排一下" after a list: the same list, by its dates.
		*q = p.reresolve(prev, q.lang)
		ctx.List.restore(q)
		q.byDue, q.followUp = true, true
		if role := roleIn(rest); role == plan.RoleLead || role == plan.RoleParticipating {
			// "只要牵头的，按期限排": the same list in the role now asked, by its dates.
			for i := range q.Units {
				q.Units[i].Role = role
			}
		}
		return
	}
	if id := ctx.line(q.item); id != "" && subjectless(q) && q.part == "" && q.attachment == "" {
		// "第二项具体要做什么?", "第一项的期限是什么时候?" after a list: its line of that number, in
		// the plan it is from, asked of the units the list was of; the words say what is shown.
		p.lineOf(q, prev, id)
		return
	}
	if lead := p.onlyLead(ctx.Only); lead.Name != "" && !q.hasUnits() && len(prev.Units) == 0 && prev.Shape == ShapeOwner &&
		len(q.Topic) == 0 && singularIt(s) && reItDoes.MatchString(s) {
		// "它还配合哪些项目?" after "X项目由哪个单位牵头?": 它 is the unit the answer named, its tasks in
		// the role now asked, not the one asked about.
		q.Units, q.refs = []UnitFilter{{Name: lead.Name, City: lead.City, Role: globalRole(rest, q.lang)}}, [][]plan.UnitRef{{lead}}
		q.unitTyped, q.followUp = lead.Name, true
		if len(q.Cities) == 0 {
			q.Cities = []string{lead.City}
		}
		return
	}
	if t := strings.TrimSpace(s); (!q.hasUnits() || reWhoJoinsThose.MatchString(t)) && listFiltered(prev) &&
		(reWhoLeadsThis.MatchString(t) && (prev.Shape == ShapeList || prev.Shape == ShapeCount) || reWhoJoinsThose.MatchString(t) ||
			(rePartiesOfThose.MatchString(t) && len(q.Topic) <= 1 || unitsByRole(q, rest) && prev.GroupBy == "") && (prev.Shape == ShapeList || prev.Shape == ShapeCount || prev.Shape == ShapeOwner)) {
		// "这项谁牵头?" after "A和B共同负责哪项指标?", "协办单位有哪些", "哪些单位配合?" after a list: the same tasks,
		// each with who leads it and who takes part; after a unit's list in a role it has none in,
		// the unit's tasks in any role.
		*q = p.reresolve(prev, q.lang)
		q.anyRoleIfNone = reWhoLeadsThis.MatchString(t)
		q.Shape, q.followUp, q.listed = ShapeOwner, true, true
		return
	}
	if (q.yearless || q.yearEnd) && prev.To != "" {
		// "那上半年的呢?" after "2021年底前要完成哪些?": the half of the year talked about (where the
		// window talked about began: "12月15日至1月20日" of this year runs into the next).
		said := prev.To
		if prev.From != "" {
			said = prev.From
		}
		if was, err := plan.ParseDay(said); err == nil && was.Year != today.Year {
			from, _ := plan.ParseDay(q.From)
			to, _ := plan.ParseDay(q.To)
			q.From, q.To = shiftYears(from, was.Year-today.Year).String(), shiftYears(to, was.Year-today.Year).String()
			q.yearless, q.yearEnd = false, false
		}
	}
	bare := len(q.Topic) == 0 && q.Status == "" && q.Frequency == "" && q.From+q.To == "" && q.Shape == "" &&
		len(q.DeptTypes) == 0 && len(q.Plans) == 0 && q.unknown == ""
	short := utf8.RuneCountInString(stripQuestion(rest)) <= 6
	if !q.hasUnits() && len(ctx.Earlier) > 0 && len(prev.Units) > 0 && reBothOfThem.MatchString(s) {
		// "这两个单位都参与的是哪项?", "那两家一起牵头的是哪项?" after "A参与哪些?" and "B呢?": the tasks
		// that name both, in the role now asked.
		before := prev
		before.Units = ctx.Earlier
		old, earlier := p.reresolve(prev, q.lang), p.reresolve(before, q.lang)
		q.Units, q.refs = append(earlier.Units, old.Units...), append(earlier.refs, old.refs...)
		q.AllUnits, q.followUp = true, true
		for i := range q.Units {
			q.Units[i].Role = globalRole(rest, q.lang)
		}
		q.keepPlace(prev)
		q.Topic = nil
		return
	}
	if len(q.Units) > 0 && reItWith.MatchString(s) && len(prev.Units) > 0 {
		// "它和区政府办公室共同负责的呢?", "其中哪些还涉及市财政局": the previous units, in the role they
		// were asked in, and the one named, together.
		old := p.reresolve(prev, q.lang)
		n := len(old.Units)
		q.Units, q.refs = append(old.Units, q.Units...), append(old.refs, q.refs...)
		q.unitTyped = strings.TrimSpace(old.unitTyped + "和" + q.unitTyped)
		q.AllUnits, q.followUp = true, true
		narrow := reNarrow.MatchString(s)
		for i := range q.Units {
			if i >= n || !narrow {
				q.Units[i].Role = globalRole(rest, q.lang)
			}
		}
	} else if len(q.Units) == 0 && len(q.Bodies) == 0 && len(prev.Units) > 0 && reNarrow.MatchString(s) && (len(q.DeptTypes) > 0 || len(q.Topic) > 0) {
		// "其中哪些也有财政部门参与", "这些里面还有哪些涉及资金", "which of these also involve the
		// finance bureau?": the last list, narrowed by the type or the topic named.
		old := p.reresolve(prev, q.lang)
		q.Units, q.refs, q.unitTyped = old.Units, old.refs, old.unitTyped
		q.AllUnits, q.followUp = len(q.DeptTypes) > 0 || old.AllUnits, true
		q.keepPlace(prev)
	} else if len(q.Units) == 0 && len(q.Bodies) == 0 && len(prev.Units) == 0 && len(prev.DeptTypes) > 0 && len(q.DeptTypes) > 0 && reNarrow.MatchString(s) {
		// "其中哪些还有信访部门", "which of those also involve the petition bureau?" after a
		// department type's list: the tasks naming both types.
		for _, t := range prev.DeptTypes {
			if !contains(q.DeptTypes, t) {
				q.DeptTypes = append(q.DeptTypes, t)
			}
		}
		for t, lvl := range prev.typeLevel {
			if _, ok := q.typeLevel[t]; !ok {
				if q.typeLevel == nil {
					q.typeLevel = map[string]string{}
				}
				q.typeLevel[t] = lvl
			}
		}
		q.AllUnits, q.followUp = true, true
		q.keepPlace(prev)
	}
	if len(q.Topic) > 0 && !q.hasUnits() && prev.asksWhen && reWhatAbout.MatchString(strings.TrimSpace(s)) {
		q.asksWhen = true // "阶段性报告呢?" after "工作总结要在哪天前报送?": when, of the other thing
		if q.Status == "" && prev.Status == StatusDated {
			q.Status = StatusDated // with its date, as the last answer gave it
		}
	}
	if q.Shape == "" && len(q.Topic) > 0 && !q.hasUnits() && reWhatAbout.MatchString(strings.TrimSpace(s)) &&
		(prev.Shape == ShapeFrequency || prev.Shape == ShapeOwner) {
		// "那调度会和分析会呢?" after "多久会商一次?": the same question of other things.
		q.Shape, q.Role = prev.Shape, prev.Role
		if q.Shape == ShapeFrequency {
			q.Text = strings.Join(q.Topic, " ")
		}
	}
	if len(q.Units) > 0 && len(prev.Units) > 0 && reWhatAbout.MatchString(strings.TrimSpace(s)) && roleIn(rest) == "" {
		// "那区公安局交警部门呢?" after "…牵头哪些工作?": the new unit in the role asked before; one that
		// has no task in that role has its tasks in any role said ("那文化和旅游局呢?" of a unit that
		// only takes part), not "none".
		if r := prev.Units[0].Role; r == plan.RoleLead || r == plan.RoleParticipating {
			for i := range q.Units {
				q.Units[i].Role = r
			}
			q.anyRoleIfNone = true
		}
	}
	if q.Shape == ShapePlanFacts && len(q.Plans) == 0 && len(q.Cities) == 0 && !q.hasUnits() && len(prev.Plans) > 0 && !reAllPlans.MatchString(s) {
		// "成文日期和发布日期分别是哪天?" after a question about one plan: that plan's facts, whatever
		// words of the facts are left as a topic (发布).
		q.Plans, q.Cities, q.followUp = prev.Plans, prev.Cities, true
		pointsBack = true
	}
	if len(q.Plans) > 0 && prev.Shape == ShapePlanFacts && (q.Shape == "" || q.Shape == ShapeList) && len(q.Topic) == 0 && !q.hasUnits() &&
		q.Status == "" && q.Frequency == "" && q.From+q.To == "" && reWhatAbout.MatchString(strings.TrimSpace(s)) {
		// "那企业安全生产诚信体系建设实施方案呢?" after "X方案的文号和成文日期是什么?": the same facts of
		// the plan it names.
		q.Shape, q.Facts, q.Text, q.followUp = prev.Shape, slices.Clone(prev.Facts), prev.Text, true
		return
	}
	if len(q.Plans) == 0 && len(prev.Plans) > 0 && reThisPlan.MatchString(s) {
		// "这个方案分几大行动?" after a question about one plan: that plan.
		q.Plans, q.followUp = prev.Plans, true
		if len(q.Cities) == 0 {
			q.Cities = prev.Cities
		}
		pointsBack = true
	}
	if bare && len(q.Cities) == 0 && reAllPlans.MatchString(s) && reWhatAbout.MatchString(strings.TrimSpace(s)) {
		// "那所有方案里呢?": the previous question of every plan, its units wherever they stand.
		next := p.reresolve(prev, q.lang)
		next.Cities, next.Plans, next.followUp = nil, nil, true
		for i := range next.Units {
			next.Units[i].Name = p.withoutCity(next.Units[i].Name)
			next.refs[i] = p.resolveUnit(next.Units[i].Name, "", nil)
		}
		*q = next
		return
	}
	switch {
	case q.noPlanFor != "":
		// "那杭州的呢?" where no plan is from 杭州: the answer says so, whatever was asked before.
	case bare && (pointsBack || short) && (len(q.Units) > 0 || len(q.Cities) > 0 || pointsBack):
		*q = p.sameQuestion(*q, prev, roleWords(s, rest))
	case pointsBack || subjectless(q):
		p.sameSubject(q, prev, roleWords(s, rest))
	}
	if pointsBack && (q.Shape == "" || q.Shape == ShapeSearch) && prev.Shape == ShapeList && len(q.Topic) > 0 && !q.hasUnits() && !reSearchQ.MatchString(s) {
		// "多层次住房供应体系那部分呢" after a part's list: that part's list, in the same plan.
		q.Shape, q.followUp = ShapeList, true
		if len(q.Plans) == 0 {
			q.Plans = prev.Plans
		}
	}
}

// reItDoes is 它 as a unit that does work: 它还配合哪些, 该单位也牵头什么 (not 它的截止时间: a task's).
var reItDoes = regexp.MustCompile(`(?:它|该单位|这个单位|这家单位)(?:还|也|又|同时|另外)*(?:要|需要)?(?:牵头|配合|参与|负责|主办|协办|承担|协助|管)`)

// onlyLead is the one unit that leads task id (an answer's only task), or none.
func (p *Parser) onlyLead(id string) plan.UnitRef {
	docID, _, _ := strings.Cut(id, ":")
	if docID == "" {
		return plan.UnitRef{}
	}
	for _, d := range p.allDocs {
		if d.ID != docID {
			continue
		}
		for i := range d.Tasks {
			if t := &d.Tasks[i]; t.ID == id && len(t.Lead) == 1 {
				return plan.UnitRef{City: d.City, Name: t.Lead[0]}
			}
		}
	}
	return plan.UnitRef{}
}

// keepPlace carries the cities and plans of the previous question to a follow-up that names none of
// its own.
func (q *Query) keepPlace(prev Query) {
	if len(q.Cities) == 0 {
		q.Cities = prev.Cities
	}
	if len(q.Plans) == 0 {
		q.Plans = prev.Plans
	}
}

// listFiltered reports whether a question chose its tasks by something — units, a department
// type, a topic, a status, a window, a frequency, a place or a plan ("安吉有哪些任务逾期了?") — so that
// "谁牵头?" after it asks about the tasks it listed.
func listFiltered(q Query) bool {
	return len(q.Units)+len(q.DeptTypes)+len(q.Topic)+len(q.Cities)+len(q.Plans) > 0 || q.Status != "" || q.From+q.To != "" || q.Frequency != ""
}

// lineOf makes q a question about task id, a line of the previous list (prev): the plan it is
// from, the units prev asked of (for their roles), the shape q asks (its words, its date, who leads).
func (p *Parser) lineOf(q *Query, prev Query, id string) {
	docID, _, _ := strings.Cut(id, ":")
	i := slices.IndexFunc(p.allDocs, func(d *plan.Document) bool { return d.ID == docID })
	if i < 0 {
		return
	}
	d := p.allDocs[i]
	old := p.reresolve(prev, q.lang)
	q.Units, q.refs, q.AllUnits, q.unitTyped = old.Units, old.refs, old.AllUnits, prev.unitTyped
	q.Cities, q.Plans, q.taskIDs, q.item, q.followUp = []string{d.City}, []string{d.ID}, []string{id}, 0, true
	// The line is named: asked when it is due ("第二个什么时候到期?"), it is shown with the time the plan
	// gives it, a recurring duty's frequency too, not left out for having no deadline.
	if q.Status == StatusDated {
		q.Status = ""
	}
	if q.Shape == "" || q.Shape == ShapeSearch {
		q.Shape, q.Text = ShapeList, ""
		q.detail = q.detail || !q.asksWhen
	}
}

// measureNouns name the kind of figure a question asks for, not what it is of.
// policyWords are how a question names the kind of measure it asks about (放宽了哪些条件, 有什么新
// 规定, 有什么支持); the plans state the measure itself. Beside a subject they are not topic words.
var policyWords = []string{"放宽", "条件", "规定", "新规定", "新规", "政策", "新政策", "新政", "支持", "支持政策", "措施", "新措施", "举措", "优惠", "优惠政策", "办法", "做法", "变化", "调整", "处理", "解决"}

var measureNouns = []string{"面积", "数量", "金额", "人数", "总量", "总额", "数额", "多少钱"}

// reThisPlan points back at the plan talked about: 这个方案, 该文件, 此意见, this plan.
// (Normalising the phrasing drops 这个 before it: "方案工作内容分几大行动?" opens with the noun.)
var reThisPlan = regexp.MustCompile(`(?i)^(?:这个|这份|这一|此|本|这)?(?:方案|文件|意见)|(?:这个|这份|这一|此|本|(?:^|[^应活])该)(?:方案|文件|意见|计划|通知|措施)|\b(?:this|that|the same) (?:plan|document)\b`)

// reWhatAbout is a follow-up that asks the same of something else: "那调度会和分析会呢?", "X呢?".
var reWhatAbout = regexp.MustCompile(`呢\s*[?？]?$`)

// reAllPlans widens a follow-up to every plan: "那所有方案里呢?", "全部方案呢".
var reAllPlans = regexp.MustCompile(`(?:所有|全部|各个|每个)(?:的)?(?:方案|文件|计划)|(?i)\ball (?:the )?plans\b`)

// roleWords is what a follow-up's role is read from: its words without the units and places it
// names (rest), or, when reading those took its role words too ("那它配合的呢?"), the question.
func roleWords(s, rest string) string {
	if roleIn(rest) == "" {
		return s
	}
	return rest
}

// subjectless reports whether a question names nothing it is about — no unit, place, plan or
// topic ("啥时候要完成?", "谁牵头?"): in a conversation it asks about the previous question's subject.
func subjectless(q *Query) bool {
	return !q.hasUnits() && len(q.negated) == 0 && len(q.Cities) == 0 && len(q.Plans) == 0 && len(q.Topic) == 0 && q.unknown == "" && q.noPlanFor == ""
}

// sameQuestion is the previous question about another city or unit ("那湖州的呢?").
func (p *Parser) sameQuestion(q, prev Query, rest string) Query {
	next := p.reresolve(prev, q.lang)
	if len(q.Cities) > 0 {
		next.Cities = q.Cities
		next.didYouMean, next.cityTyped = q.didYouMean, q.cityTyped
		next.Plans = nil
		if len(prev.Plans) > 0 {
			next.Plans = p.plansNamed("方案", q.Cities)
		}
		for i := range next.Units {
			next.refs[i] = p.lex.resolveIn(next.Units[i].Name, q.Cities[0])
			if len(next.refs[i]) == 0 {
				next.refs[i] = p.counterpartOrType(p.withoutCity(next.Units[i].Name), q.Cities[0])
			}
			next.Units[i].Name = p.withoutCity(next.Units[i].Name) // "衢州市商务局" in 湖州 is 市商务局
			if n := oneName(next.refs[i]); n != "" && levelOf(n) != levelOf(next.Units[i].Name) {
				// "南海区交通运输局…" then "德阳的呢?": in 德阳 the unit is the one its plans name, 市交通运输局,
				// not a district's bureau they never name.
				next.Units[i].Name = n
			}
		}
	}
	if len(q.Units) > 0 {
		next.Units, next.refs, next.unitTyped = q.Units, q.refs, q.unitTyped
	} else if r := roleIn(rest); r != "" && r != RoleAny {
		// "其中哪些是牵头的?", "它参与的呢?": the same units in the role now asked.
		for i := range next.Units {
			next.Units[i].Role = r
		}
		if len(next.DeptTypes) > 0 || len(next.Bodies) > 0 {
			next.Role = r
		}
	}
	next.followUp = true
	return next
}

// sameSubject is a new question about the previous one's units ("它", "该单位"), types, city,
// window or topic, where it names none of its own.
func (p *Parser) sameSubject(q *Query, prev Query, rest string) {
	subject := subjectless(q) // before it borrows: it asks about all the previous one was about
	// "这份清单里哪个单位负责的最多?" after a unit's list ranks every unit of that plan, not that one.
	byUnit := q.Shape == ShapeCount && q.GroupBy == "unit"
	// stillOpen: a bare follow-up asks which of the last list are not done yet ("还有哪些没完成?",
	// "还剩几项?"): that list's role and window, less what is marked done.
	stillOpen := subject && q.Status == StatusOpen && prev.Status != StatusDone
	if !q.hasUnits() && len(prev.Units) > 0 && !byUnit {
		old := p.reresolve(prev, q.lang)
		q.Units, q.refs, q.AllUnits = old.Units, old.refs, old.AllUnits
		if len(q.Units) > 1 && singularIt(rest) {
			// "它牵头的任务有几项已经逾期?" after "它和县经信局一起负责的有哪些?": 它 is one unit, the one
			// the conversation is about (named first), not the pair.
			q.Units, q.refs, q.AllUnits = q.Units[:1], q.refs[:1], false
			q.unitTyped = old.Units[0].Name
		}
		if len(q.Cities) > 0 {
			for i := range q.Units {
				q.refs[i] = p.lex.resolveIn(q.Units[i].Name, q.Cities[0])
				if len(q.refs[i]) == 0 {
					q.refs[i] = p.counterpartOrType(q.Units[i].Name, q.Cities[0])
				}
			}
		}
		for i := range q.Units {
			// "它牵头的有哪些?"; "其中哪些逾期了" narrows the last list, its role kept, and so does
			// "还有哪些没完成?" (what of it is still open).
			// "分别是哪几项?" after "A牵头几项任务?" and "列出来看看" after "X牵头几项?" list what was
			// counted, in its role.
			listsCounted := prev.Shape == ShapeCount && reWhichCounted.MatchString(strings.TrimSpace(rest)) || reShowThose.MatchString(strings.TrimSpace(rest))
			// "那2027年的呢?" after "A2025年牵头哪些任务?" changes the year only: the role asked stays.
			sameRole := reWhatAbout.MatchString(strings.TrimSpace(rest)) && roleIn(rest) == ""
			if r := globalRole(rest, q.lang); r != RoleAny || !reNarrow.MatchString(strings.TrimSpace(rest)) && !stillOpen && !listsCounted && !sameRole {
				q.Units[i].Role = r
			}
		}
		q.followUp = true
	}
	if !q.hasUnits() && len(prev.DeptTypes) > 0 {
		// "其中它牵头的有几项?" after "宁波发改部门负责哪些任务?": the same type, in the role now asked.
		q.DeptTypes, q.Role, q.followUp = prev.DeptTypes, prev.Role, true
		if r := roleIn(rest); r != "" && r != RoleAny {
			q.Role = r
		}
	}
	placeless := len(q.Cities) == 0 && len(q.Plans) == 0
	if len(q.Cities) == 0 && len(prev.Cities) > 0 {
		q.Cities, q.followUp = prev.Cities, true
	}
	if placeless && len(prev.Plans) > 0 && reNarrow.MatchString(strings.TrimSpace(rest)) {
		// "其中财政局牵头的是哪条?" after "某方案里各部门分别牵头几项?": 其中 keeps to the plans just
		// asked about, whatever unit is named now.
		q.Plans, q.followUp = prev.Plans, true
	}
	if (q.Status == "" || q.Status == StatusOpen && leftOver(rest, true)) && prev.Status != "" && (leftOver(rest, false) || q.afterDone) {
		// "…已经办结了，还剩哪些?", "公厕那件城管局也点了完成，现在还有吗" after the overdue list: what is
		// still overdue; after the tasks marked done ("完成了几项?" then "还剩几项?"), those not marked done.
		q.Status = prev.Status
		if q.Status == StatusDone && leftOver(rest, false) {
			q.Status = StatusOpen
			if q.Shape == ShapeFigure && len(q.Topic) == 0 && reBareHowMany.MatchString(rest) {
				q.Shape = ShapeCount // "还剩多少?": how many tasks
			}
		}
	}
	if q.From+q.To == "" && prev.From+prev.To != "" && (q.Status == "" || stillOpen) && prev.Status == StatusDue {
		q.From, q.To, q.window, q.Precision = prev.From, prev.To, prev.window, prev.Precision
	}
	if q.Status == "" && prev.Status != "" && q.Frequency == "" && reNarrow.MatchString(strings.TrimSpace(rest)) {
		// "其中市民政局牵头的有哪些?" after "株洲有哪些任务逾期?": 其中 narrows the last list, whatever
		// unit or role it names now: that list's status stays, and its window with it.
		q.Status = prev.Status
		if q.From+q.To == "" && prev.From+prev.To != "" {
			q.From, q.To, q.window, q.Precision, q.windowAsOf = prev.From, prev.To, prev.window, prev.Precision, prev.windowAsOf
		}
	}
	if q.Status == "" && prev.Status != "" && q.From+q.To == "" && q.Frequency == "" && len(q.Topic) == 0 && reWhatAbout.MatchString(strings.TrimSpace(rest)) {
		// "住建局的呢?", "那其中住建局的呢?" after "哪些任务逾期了?": the same list of what is named now,
		// filtered as the last one was (its window kept above).
		q.Status = prev.Status
	}
	if len(q.Topic) == 0 && (q.Shape == ShapeOwner || q.Shape == ShapeFigure || q.Shape == ShapeSearch || subject) {
		q.Topic, q.Text, q.followUp = prev.Topic, prev.Text, true
		if subject && len(q.Topic) > 0 && q.Shape == ShapePlanFacts && slices.Equal(q.Facts, []string{"goals"}) {
			// "到2025年要达到什么目标?" after "菏泽养老托育谁负责": the targets of the work talked
			// about, as "菏泽养老托育到2025年要达到什么目标" asks them, not the plan's own goals.
			q.Shape, q.Facts, q.Text = ShapeFigure, nil, strings.Join(q.Topic, " ")
		}
	}
	if (subject || q.Shape == ShapePlanFacts) && len(q.Plans) == 0 {
		// "它依据的国办文件文号是多少?" after "兰政发[2010]99号是什么文件": the same plan's facts.
		q.Plans = prev.Plans
	}
}

// singularIt reports whether a question points back with a pronoun for one unit (它, 该单位, 这个单位)
// and none for several (它们, 他们, 这两个, 二者).
func singularIt(s string) bool {
	s = strings.ReplaceAll(s, "其它", "") // "other", no pronoun
	if strings.Contains(s, "它们") || strings.Contains(s, "他们") || reBothOfThem.MatchString(s) || strings.Contains(s, "这些单位") {
		return false
	}
	return strings.Contains(s, "它") || strings.Contains(s, "该单位") || strings.Contains(s, "这个单位") || strings.Contains(s, "这家单位")
}

// fromModel settles a query a model wrote: cities and plans as the plans write them, units resolved
// by the executor, a list by default.
func (p *Parser) fromModel(q Query, lang string) Query {
	q.lang = lang
	var cs []string
	for _, c := range q.Cities {
		if r := p.dir.ResolveCity(c); r != "" {
			c = r
		} else if r, _ := p.cities.in(c); r != "" {
			c = r
		}
		if !contains(cs, c) {
			cs = append(cs, c)
		}
	}
	q.Cities = cs
	for i, n := range q.Plans {
		q.Plans[i] = NormalizeDocNumber(n)
	}
	for i := range q.Units {
		if q.Units[i].Role == "" {
			q.Units[i].Role = RoleAny
		}
	}
	if q.Role == "" {
		q.Role = RoleAny
	}
	if q.Shape == "" {
		q.Shape = ShapeList
	}
	if q.Shape == ShapeList && q.Status == "" && (q.From != "" || q.To != "") {
		q.Status = StatusDue
	}
	if q.Shape == ShapePlanFacts && len(q.Facts) == 0 {
		q.Facts = []string{"title", "number", "issued"}
	}
	q.refs = nil
	return q
}

// reMemberAfter is what follows a body's name when its members are asked about.
var reMemberAfter = regexp.MustCompile(`^\s*(?:的)?\s*(?:各)?(?:成员|总牵头人|牵头人|具体负责人|负责人|组长|副组长|召集人)`)

// endsWithBody reports whether a name ends with a body's word (湖州市工作专班).
func endsWithBody(name string) bool {
	for _, b := range bodyWords {
		if strings.HasSuffix(name, b) {
			return true
		}
	}
	return false
}

// dropBodies leaves out of the unit matches the coordinating bodies named by their kind alone
// ("工作专班", "领导小组"): they are asked about as bodies, in whatever city.
func dropBodies(ms []unitMatch, s string) []unitMatch {
	var out []unitMatch
	for _, m := range ms {
		if reMemberAfter.MatchString(s[m.end:]) && endsWithBody(m.typed) {
			continue // "湖州工作专班的成员单位": the body's members, asked about as a body
		}
		name := m.typed
		for _, f := range []string{"的"} {
			if i := strings.LastIndex(name, f); i >= 0 {
				name = name[i+len(f):]
			}
		}
		if contains(bodyWords, name) || contains(bodyWords, plan.UnitBody(name)) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// reEnglishStop are the English words of a question that carry no topic.
var reEnglishStop = regexp.MustCompile(`(?i)^(?:called|anything|something|still|now|currently|yet|already|also|too|recur|recurs|recurring|repeat|repeats|repeated|duties|duty|happen|happens|local|measures?|one|ones|two|three|four|five|six|seven|eight|nine|ten|twelve|what|which|who|whom|whose|how|many|much|does|do|did|is|are|was|were|the|a|an|of|in|on|for|to|by|about|plan|plans|say|says|tell|me|please|will|should|there|any|have|has|had|its|it|their|they|and|or|with|be|been|task|tasks|work|works|responsible|involved|involve|involves|lead|leads|led|own|owns|handle|handles|handled|handling|often|each|every|per|all|list|show|give|concern|concerns|concerning|related|relate|regarding|set|sets|target|targets|goal|goals|aim|aims|aiming|aimed|achieve|achieves|accomplish|due|deadline|deadlines|overdue|city|cities|district|districts|county|municipal|provincial|province|measure|measures|shows|appear|appears|them|points|plan's|plans'|unit|units|department|departments|bureau|bureaus|office|s|this|that|these|those|year|years|month|next|last|when|where|why|from|at|as|are|can|could|would|need|needs|must|mention|mentions|cover|covers|include|includes|part|take|takes|within|before|after|than|more|most|less|up|into|under|over|what's|top|first|fewest|biggest|largest|smallest|number|numbers|count|loaded|issued|signed|main|parts|part|opinion|opinions|comes|come|second|third|runner|followed|behind|notice|document|documents|breakdown|policy|policies|milestone|milestones|timeline|schedule|scheduled|fall|falls|falling|fell|fallen|jointly|together|both|share|shares|shared|sharing|contain|contains|containing|areas|aspects|place|meet|meets|key|body|named|naming|listed|specified|stated|mentioned|only|merely|just|participate|participates|participating|participant|participants|support|supports|supporting|assist|assists|assisting|done|finished|completed|not|unfinished|incomplete|total|totals|altogether|overall|whole|entire|sum|put|out|publish|publishes|published|ask|asks|asked)$`)

// englishLeftovers are the words of an English question that no extractor took and the glossary does
// not know.
// unknownModifiers are the English words the glossary did not know that stand in one phrase with a
// word it did (its Chinese in the translated subject), joined to it by a space or a hyphen only:
// "bank-enterprise matchmaking events" → bank, matchmaking, events. Stop words and the verbs of
// asking (hold, organize) end the phrase.
func unknownModifiers(subject string) []string {
	toks := reSubjectToken.FindAllStringIndex(subject, -1)
	joined := func(a, b []int) bool { // nothing but spaces and hyphens between two tokens
		return strings.Trim(subject[a[1]:b[0]], " -") == ""
	}
	latin := func(t []int) bool { return isLatin(subject[t[0]]) }
	keep := func(w string) bool {
		return len(w) >= 3 && !reEnglishStop.MatchString(w) && !reAskingVerb.MatchString(w)
	}
	var out []string
	add := func(w string) {
		if w = strings.ToLower(w); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for i, t := range toks {
		if latin(t) {
			continue
		}
		for j := i - 1; j >= 0 && latin(toks[j]) && joined(toks[j], toks[j+1]) && keep(subject[toks[j][0]:toks[j][1]]); j-- {
			add(subject[toks[j][0]:toks[j][1]])
		}
		for j := i + 1; j < len(toks) && latin(toks[j]) && joined(toks[j-1], toks[j]) && keep(subject[toks[j][0]:toks[j][1]]); j++ {
			add(subject[toks[j][0]:toks[j][1]])
		}
	}
	return out
}

var (
	// reSubjectToken is a word of a translated subject: an English word, or a glossary word's Chinese.
	reSubjectToken = regexp.MustCompile(`[A-Za-z]+|\p{Han}+`)
	// reAskingVerb are the verbs a question asks with, before its subject ("does Anji hold …").
	reAskingVerb = regexp.MustCompile(`(?i)^(?:hold|holds|held|organi[sz]e|organi[sz]es|organi[sz]ed|conduct|conducts|conducted|carry|carries|carried|run|runs|launch|launches|publish|publishes|release|releases|submit|submits|check|checks|inspect|inspects|update|updates|convene|convenes|host|hosts|make|makes|send|sends|get|gets|happen|happens|occur|occurs|need|needs|required?|supposed|expected|planned|going)$`)
)

func englishLeftovers(s string) []string {
	var out []string
	for _, w := range reWord.FindAllString(s, -1) {
		if len(w) >= 3 && !reEnglishStop.MatchString(w) {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// sameStem reports whether two unit names, without their level and folded through the aliases,
// begin alike (发展改革局 and 发展改革委; not 商务局 and 外经贸局).
func sameStem(aliases *plan.Aliases, a, b string) bool {
	return stemsMeet([]rune(plan.UnitBody(aliases.Canonical(a))), []rune(plan.UnitBody(aliases.Canonical(b)))) ||
		stemsMeet([]rune(plan.UnitBody(a)), []rune(plan.UnitBody(b)))
}

func stemsMeet(ra, rb []rune) bool {
	if len(ra) < 2 || len(rb) < 2 {
		return false
	}
	// 住建局 and a plan's 建设局 share 建; 商务局 and 外经贸局 share nothing.
	return ra[0] == rb[0] && ra[1] == rb[1] || slices.ContainsFunc(ra[:2], func(r rune) bool { return slices.Contains(rb[:2], r) })
}

// dropQuantifiers leaves out unit matches that are the question's quantifiers ("各地", "各部门"):
// a plan that lists 各地 as a unit does not make 各地的… a question about it. Units of one kind that
// a plan lists as a party ("各乡镇", "各街道") are asked about when a role word follows them ("各乡镇负责
// 哪些?"), unless the question counts them one by one ("各乡镇分别负责几项"). A group of places said
// short (各乡镇, 各区县, 乡镇 or 区县 alone, for a plan's 各乡镇（街道）, 各区、县（市）政府) is asked about
// when a role word or the asking for its tasks follows ("各乡镇要做哪些工作?", "乡镇有几项任务?"), not
// when other words do ("乡镇卫生院", "各街道消防委"). In an English question (glossed: its Chinese
// words are the glossary's) the group is named as the party asked about ("What must the towns and
// subdistricts do?"), whatever follows.
func (p *Parser) dropQuantifiers(ms []unitMatch, s string, glossed bool) []unitMatch {
	var out []unitMatch
	for _, m := range ms {
		places := placesSaidShort(m)
		if places && glossed {
			out = append(out, m)
			continue
		}
		if places && m.start <= len(s) && p.namedPlaceBefore(s[:m.start]) {
			// "浦江街道要做哪些工作?", "闵行城关镇有几项任务?": one town or street by its name, a unit of its
			// own, not the plan's group of them.
			continue
		}
		if strings.HasPrefix(m.typed, "各") && utf8.RuneCountInString(m.typed) <= 3 || places {
			after := ""
			if m.end <= len(s) {
				after = s[m.end:]
			}
			if !reEveryUnit.MatchString(m.typed) && (reRoleAfter.MatchString(after) || places && reTasksAfter.MatchString(after)) && !reSeparately.MatchString(s) {
				out = append(out, m)
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// placesSaidShort reports whether m is a group of places said short (units.go's placeGroupForms): its
// units are groups of places (各乡镇（街道）, 各区、县（市）政府), typed without their government and not
// whole (各乡镇, 区县, 浦江街道), with or without a place before. Typed whole, in any brackets or none
// (各县(市、区), 各县市区), it is the party.
func placesSaidShort(m unitMatch) bool {
	if strings.HasSuffix(m.typed, "政府") {
		return false
	}
	typed := flatList(m.typed)
	for _, u := range m.units {
		if !rePlaceGroup.MatchString(placeGroup(u.Name)) || strings.HasSuffix(typed, flatList(u.Name)) {
			return false
		}
	}
	return len(m.units) > 0
}

// namedPlaceBefore reports whether the words right before a group of places said short (its last
// Han characters, back to a function word) name one place of it: two characters or more that are no
// city the parser knows and no place a plan's title starts with ("临川街道" of 临川县's plan is its
// streets; "浦江街道", "闵行浦江街道" is one street).
func (p *Parser) namedPlaceBefore(s string) bool {
	var run []rune
	for s != "" && len(run) < 6 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(placeStops, r) {
			break
		}
		run, s = append([]rune{r}, run...), s[:len(s)-n]
	}
	if len(run) < 2 {
		return false
	}
	_, rest := p.citiesIn(string(run))
	rest = strings.TrimSpace(rest)
	if i := strings.LastIndex(rest, " "); i >= 0 {
		rest = rest[i+1:]
	}
	for _, d := range p.allDocs {
		if rest != "" && strings.HasPrefix(d.Title, rest) || d.City != "" && strings.HasPrefix(d.City, rest) {
			return false
		}
	}
	return utf8.RuneCountInString(rest) >= 2
}

// placeStops are the characters that end the words before a group of places: particles, pronouns
// and the words that ask (请问, 查一下), none of them part of a place's name.
const placeStops = "的之了在和与及跟同请问查看帮下我你他们各那这哪些个全所有都还对把给让"

// reTasksAfter asks for the tasks of the party before it: 要做哪些, 有几项任务, 有哪些工作, 的任务.
var reTasksAfter = regexp.MustCompile(`^\s*(?:都|还|一共|总共|共|具体)?(?:(?:(?:要|需要|得|应|应当|该)(?:做|干|办|完成|落实|承担)|有)\s*(?:哪些|哪几|什么|几|多少)\s*(?:项|个|条|件)?\s*(?:任务|工作|事)|(?:要|需要|得|应|应当|该)(?:做|干|办|完成|落实|承担))|^\s*的(?:任务|工作)`)

// reEveryUnit is a quantifier over every unit, never a party of its own: 各地, 各部门, 各单位, 各级.
var reEveryUnit = regexp.MustCompile(`^各(?:地|部门|单位|级|方|有关|相关)`)

// cutStatus blanks the status and frequency phrases out of s, so that their words are no topic.
func cutStatus(s string) string {
	for _, re := range []*regexp.Regexp{reNotRole, reOverdue, reNoLead, reNoPartic, reOneUnit, reJointLead, reNoUnit, reNoDate, reDated, reFigured, reDone} {
		s = re.ReplaceAllString(s, " ")
	}
	for _, f := range freqWords {
		s = f.re.ReplaceAllString(s, " ")
	}
	return s
}

// withoutCity drops a city form from the front of a unit name as typed: "衢州市商务局" → 市商务局,
// "衢州的商务局" → 商务局.
func (p *Parser) withoutCity(name string) string {
	for _, f := range p.lex.cityForms(name) {
		if rest, ok := strings.CutPrefix(name, f.form); ok && rest != "" {
			rest = strings.TrimPrefix(rest, "的")
			if plan.TrimLevel(f.form) != f.form {
				lvl := string([]rune(f.form)[utf8.RuneCountInString(f.form)-1:])
				if us, _ := p.lex.lookup(lvl+rest, ""); len(us) > 0 {
					return lvl + rest
				}
			}
			return rest
		}
	}
	return name
}

// reresolve rebuilds a query carried in a Context (its resolved units are not carried) for lang.
func (p *Parser) reresolve(prev Query, lang string) Query {
	q := prev
	q.lang = lang
	q.refs = make([][]plan.UnitRef, len(q.Units))
	for i, u := range q.Units {
		city := u.City
		if city == "" && len(q.Cities) == 1 {
			city = q.Cities[0]
		}
		q.refs[i] = p.resolveUnit(u.Name, city, q.Cities)
	}
	q.unitTyped, q.unitGuess = "", ""
	return q
}

// resolveUnit resolves a unit name as typed (with or without its city) to the units it stands for
// in the cities given (every city when none).
func (p *Parser) resolveUnit(name, city string, cities []string) []plan.UnitRef {
	var out []plan.UnitRef
	for _, m := range p.lex.find(name, city) {
		for _, u := range m.units {
			if (m.city == "" || u.City == m.city) && (len(cities) == 0 || slices.Contains(cities, u.City)) {
				out = append(out, u)
			}
		}
	}
	if len(out) == 0 && city != "" {
		out = p.lex.resolveIn(name, city)
	}
	return dedupe(out)
}

// counterpart is the unit of city that does what typed, a unit of another city or level, does
// ("宿州市公积金中心负责什么?" then "那成安的呢?": 县住房公积金中心): the city's one or two units whose
// names, their level word left off, hold typed's or are held in it. None when more or none do.
func (p *Parser) counterpart(typed, city string) []plan.UnitRef {
	core := unitCore(typed)
	if utf8.RuneCountInString(core) < 3 {
		return nil
	}
	var out []plan.UnitRef
	for _, u := range p.dir.Units(city) {
		c := unitCore(u.Name)
		if strings.Contains(c, core) || utf8.RuneCountInString(c) >= 3 && strings.Contains(core, c) {
			out = append(out, u.UnitRef)
		}
	}
	if len(out) > 2 {
		return nil
	}
	return out
}

// counterpartOrType is counterpart, or else the department of the same type there: "那禄丰的呢?"
// after 井研县卫健局 asks of 禄丰市's 市卫生健康局.
func (p *Parser) counterpartOrType(typed, city string) []plan.UnitRef {
	if out := p.counterpart(typed, city); len(out) > 0 {
		return out
	}
	if t := p.depts.of(typed); t != "" {
		if us := p.depts.units(t, p.dir, []string{city}); len(us) <= 2 {
			return us
		}
	}
	return nil
}

// oneName is the name all refs share, or "" when they are none or differ.
func oneName(refs []plan.UnitRef) string {
	if len(refs) == 0 || slices.ContainsFunc(refs, func(u plan.UnitRef) bool { return u.Name != refs[0].Name }) {
		return ""
	}
	return refs[0].Name
}

// levelOf is the level word a unit's name opens with (市 of 市交通运输局), "" for none.
func levelOf(name string) string {
	if core := unitCore(name); core != name {
		return strings.TrimSuffix(name, core)
	}
	return ""
}

// unitCore is a unit's name without its level word: 公积金中心 of 市公积金中心.
func unitCore(name string) string {
	for _, lvl := range []string{"省", "市", "区", "县", "州", "旗"} {
		if rest, ok := strings.CutPrefix(name, lvl); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// resolveIn resolves a unit typed earlier in another city ("那湖州的呢?").
func (lx *lexicon) resolveIn(typed, city string) []plan.UnitRef {
	us, _ := lx.lookup(typed, city)
	if len(us) == 0 {
		// Typed with its own city ("衢州市商务局"): look it up without it.
		for _, f := range lx.cityForms(typed) {
			if rest, ok := strings.CutPrefix(typed, f.form); ok && rest != "" {
				us, _ = lx.lookup(strings.TrimPrefix(rest, "的"), city)
				if len(us) == 0 && plan.TrimLevel(f.form) != f.form {
					lvl := string([]rune(f.form)[utf8.RuneCountInString(f.form)-1:])
					us, _ = lx.lookup(lvl+strings.TrimPrefix(rest, "的"), city)
				}
				break
			}
		}
	}
	return us
}

// reWhichOne asks for the one first of a ranking: "哪个部门牵头的任务最多".
var reWhichOne = regexp.MustCompile(`(?:哪个|哪一个|哪家|哪一家|谁)[^，,。？?]{0,12}最(?:多|少)|(?i)\bwhich (?:unit|department|city)\b`)

// reWhenDue asks by when something is to be done.
// reSoonWords ask what falls due soon, whatever else the question says.
var reSoonWords = regexp.MustCompile(`快到期|即将|马上|要到期|将到期|近期|这周|本周|下周|\bsoon\b`)

// reAsksWhen asks for a day or a time.
// rePartWord is a question's word for taking part other than 参与.
var rePartWord = regexp.MustCompile(`配合|协办|协同`)

// reAsksProgress asks how a work stands: 进展如何, 进度, 完成情况, 推进得怎么样.
var reAsksProgress = regexp.MustCompile(`进展|进度|完成情况|落实情况|推进情况|(?:推进|完成|落实|建设)得?(?:怎么样|如何)|(?i)\bprogress\b|\bhow far\b`)

// reProgressTerm is a topic term that only says how work goes (推进得, 落实, 进展, 完成情况), the
// remains of "推进得怎么样了", "落实情况怎么样" once the question words are taken.
var reProgressTerm = regexp.MustCompile(`^(?:(?:推进|落实|进展|进度|完成|执行|实施|贯彻)(?:得|的|情况)?|情况|工作|总体|整体|目前|现在)+$`)

// asksPlanGoing reports whether a question asks how a plan, or a city's plans, stand as a whole: it
// asks for progress (reAsksProgress), names a plan or a city and nothing narrower (no unit, item,
// topic, status, window or frequency), and wants no count, facts or figures.
func asksPlanGoing(q *Query) bool {
	if !q.asksProgress || q.asksReport || len(q.Plans)+len(q.Cities) == 0 || q.followUp || q.hasUnits() || len(q.DeptTypes)+len(q.Bodies) > 0 ||
		q.Status != "" || q.From+q.To != "" || q.Frequency != "" || q.item != 0 || len(q.taskIDs) > 0 {
		return false
	}
	if q.Shape != "" && q.Shape != ShapeSearch && q.Shape != ShapeList {
		return false
	}
	for _, t := range q.Topic {
		if !reProgressTerm.MatchString(t) {
			return false
		}
	}
	return true
}

// reDateRank asks for the first or the last of the dates: 最早的时间节点, 第一个节点, 最晚的期限,
// 截止最晚, 最迟到期, 下一个要到期, 最近要到期的是哪项 (a first group matched is the first).
var reDateRank = regexp.MustCompile(`(最早|最先|第一个|下一个|下一项|最近(?:的)?一(?:个|项))(?:的)?(?:一个)?(?:要|将)?(?:时间节点|节点|期限|截止(?:日期|时间)?|到期)|(?:时间节点|节点|期限|截止(?:日期|时间)?|到期)(?:时间|日期)?(最早|最先)|(?:最后一个|最后的?)(?:时间节点|节点)|(?:最晚|最迟)(?:的)?(?:一个)?(?:时间节点|节点|期限|截止(?:日期|时间)?|到期)|(?:时间节点|节点|期限|截止(?:日期|时间)?|到期)(?:时间|日期)?(?:最晚|最迟)|(` + nearestOne + `)`)

// reTaskUnitRank and reUnitRankTask rank tasks by how many units they name: "哪项任务配合单位最多?",
// "牵头单位最多的是哪项任务?" (the task is asked for, not the unit: "哪个单位任务最多" ranks units).
var (
	reTaskUnitRank = regexp.MustCompile(`哪(?:一)?(?:项|条|件)(?:任务|工作|事项)?(?:的)?(牵头|责任|主办|配合|参与|协办|协同|相关|涉及)?(?:的)?(?:单位|部门)(?:数|数量|个数)?(?:最多|最少)|哪(?:个|些)(?:任务|工作|事项)(?:的)?(牵头|责任|主办|配合|参与|协办|协同|相关|涉及)?(?:的)?(?:单位|部门)(?:数|数量|个数)?(?:最多|最少)`)
	reUnitRankTask = regexp.MustCompile(`(牵头|责任|主办|配合|参与|协办|协同|相关|涉及)?(?:的)?(?:单位|部门)(?:数|数量|个数)?(?:最多|最少)的(?:是)?(?:哪|任务|工作|事项)`)
)

// taskUnitRank reads a ranking of tasks by their units: "most" or "fewest", and the role counted.
func taskUnitRank(s string) (rank, role string) {
	m := reTaskUnitRank.FindStringSubmatch(s)
	if m == nil {
		if m = reUnitRankTask.FindStringSubmatch(s); m == nil {
			return "", ""
		}
		m = append(m, "")
	}
	rank = "most"
	if strings.Contains(m[0], "最少") {
		rank = "fewest"
	}
	switch m[1] + m[2] {
	case "牵头", "主办", "责任":
		role = plan.RoleLead
	case "配合", "参与", "协办", "协同":
		role = plan.RoleParticipating
	default:
		role = RoleAny
	}
	return rank, role
}

var reAsksWhen = regexp.MustCompile(`什么时候|何时|哪段时间|什么时间段|从哪天到哪天|起止(?:时间|日期)|起讫(?:时间|日期)|时间(?:是|要|该)?(?:怎么|如何)安排|时间安排|进度安排|哪天|哪一天|时间节点|进度节点|截止时间|完成时间|完成时限|期限是|最晚|(?:到|定在|设在|截至|截止到?)哪一?年|哪一?年(?:年)?(?:底|末)|哪一?年(?:要|能|完成|实现|建成|开通|投用|封关|运营|达到|之前|前)|哪一?年的(?:目标|指标|任务)|几月几[日号]|几号|截止日|截至日期|哪个时间|(?:时限|期限)\s*(?:是|为)?\s*(?:什么|多少|啥|哪天)?\s*(?:呢|啊)?\s*[?？。]?\s*$|(?i)\bwhen\b|\bwhat date\b`)

var reWhenDue = regexp.MustCompile(`最晚|最迟|(?:什么时候|何时|哪天|哪一天|几月份?|哪个月|哪一?年)(?:之前|以前|前|底)?(?:要|得|需要|必须|应当|应该|能)?(?:全面|基本|全部|彻底)?(?:完成|出台|出|制定|办完|做完|到期|截止|交|落实|建成|实现)|(?i)\bby when\b|\bwhen (?:is|are) .* due\b`)

// reProvinces asks about the provinces' own plans: 各省的财政厅.
var reProvinces = regexp.MustCompile(`各省(?:份)?|(?i)\b(?:each|every|all) provinces?\b|\bprovincial\b`)

// reGroups asks what groups a body has: 几个工作组, 哪些组, 下设.
var reGroups = regexp.MustCompile(`(?:几|哪些|哪几)个?(?:工作)?(?:小)?组|下设|设了哪些`)

// reBareYear is a window that is a year and nothing more: 2024年.
var reBareYear = regexp.MustCompile(`^(?:19|20)\d{2}\s*(?:年|全年)$`)

// rePlanNoun is a document named right after a year: "2024年的方案", "2021年政府工作报告".
var rePlanNoun = regexp.MustCompile(`^\s*(?:的)?\s*(?:[\p{Han}]{0,8}?(?:方案|意见|计划|文件|通知|通报|要点|清单|工作报告|分解表|任务表|一览表)|[^\s要哪些做开展到期完成的，,。？?]{0,8}?(?:专项行动|专项整治|攻坚行动|集中行动)|那个|这个|那份|这份|那张|这张)`)

// reDueBeforeNoun is a plan noun's words that say what is due, not a document's name: 到期的任务清单.
var reDueBeforeNoun = regexp.MustCompile(`到期|完成|要做|要办|任务清单`)

// reWhoLeadsThis asks who leads the task (or tasks) just listed: "这项谁牵头?", "该项由谁负责" (the
// phrasing table may have taken 这项 out: "谁牵头?" alone after a list asks the same).
// Over several tasks it may ask each's ("这些任务分别是谁牵头的?", "各是谁负责"); the tasks may be
// pointed at by their count ("这两项谁牵头?", "那三个任务由谁负责").
// The lead may be asked by its label ("牵头单位是谁?", "责任单位分别是哪些?"), as whose unit the task is
// ("是哪个单位的?", "是哪个部门负责的?") or in English ("Who leads it?", "who is responsible for them?").
var reWhoLeadsThis = regexp.MustCompile(`^(?:那|那么)?(?:这项|该项|这一项|那项|这个任务|这条|这几项|这些|上面这些|` + theseCounted + `)?(?:工作|任务|指标)?(?:分别|各自|各|都)?(?:是|由|归|属于)?(?:谁(?:来)?(?:牵头|负责)|(?:哪个|哪家|什么)(?:单位|部门)(?:来)?(?:牵头|负责)?)(?:的)?\s*[?？]?$|` +
	`^(?:那|那么)?(?:这项|该项|这一项|那项|这个任务|这条|这几项|这些|上面这些|它们?|` + theseCounted + `)?(?:的)?(?:工作|任务|指标)?(?:的)?(?:牵头|责任|主责)(?:单位|部门)(?:分别|各自|都)?(?:是谁|是哪个|是哪家|是哪些|有哪些|有谁|是什么(?:单位|部门)?|呢)\s*[?？]?$|` +
	`(?i)^who (?:leads|is leading|heads|owns|is responsible for|is in charge of) (?:it|them|this|that|these|those)(?: (?:tasks?|items?|ones?))?\s*\??$`)

// theseCounted points back at the tasks just listed by their count: 这两项, 那三条, 这两个任务, 上面这两项.
const theseCounted = `(?:上面|上述)?[这那][两二三四五六七八九十几](?:项|条|件|个任务|个)`

// rePartiesOfThose asks, after a list, who else answers for its tasks: "协办单位有哪些", "配合单位呢",
// "which units support them?".
// reBothOfThem points back at the two units of the last two questions: 这两个单位, 那两家, 两个一起, 二者,
// both of them.
var reBothOfThem = regexp.MustCompile(`(?:这|那)?两(?:个|家)(?:单位|部门)?(?:都|一起|共同|同时)|(?:这|那)两(?:个|家)(?:单位|部门)|两者|二者|(?i)\bboth of (?:them|these|those)\b|\bthe two (?:units|bureaus|departments)\b`)

// reWhoJoinsThose asks which units join in the work just listed, naming it by a pronoun only: "哪些单位配合
// 它?", "哪些部门参与这项工作?" (它 is the unit asked about before, or its task: either way the units
// beside it in those tasks).
var reWhoJoinsThose = regexp.MustCompile(`^(?:那|那么)?(?:有)?(?:哪些|哪几个|哪个|什么)(?:单位|部门)(?:来|要|会|在|负责)?(?:配合|协办|参与|协同|协助|支持|参加)(?:它们?|他们|这项工作|这些工作|这项|这些|其)(?:的工作)?\s*[?？]?$|^(?:还有|那|那么)?(?:哪些|哪几个|什么)(?:单位|部门)(?:一起|共同|也)(?:负责|牵头|参与|配合)(?:的)?(?:\s*[、，,]\s*(?:还有)?(?:哪些|哪几个)?(?:单位|部门)?(?:负责|牵头|参与|配合)(?:的)?)?\s*[?？]?$`)

var rePartiesOfThose = regexp.MustCompile(`^(?:那|那么)?(?:它们?的|这些|这几项|这项|那项|其|` + theseCounted + `(?:的)?)?(?:配合|协办|参与|协同|协助|支持|参加)(?:单位|部门)(?:有哪些|是哪些|都有哪些|是谁|都有谁|有谁|呢)?\s*[?？]?$|^(?:那|那么)?(?:这些|这几项|这项|那项|` + theseCounted + `)?(?:任务|工作)?(?:分别|各自|还|都)?(?:有|是|由)?谁(?:来|在)?(?:配合|协办|参与|协同|协助|参加)(?:的)?\s*[?？]?$|(?i)^which (?:units|departments) (?:support|help|take part in) (?:them|these|it)\s*\??$`)

// rePartnersQ asks with whom a unit does its tasks: 跟哪些单位一起做, 和谁合作, 配合单位有哪些.
var rePartnersQ = regexp.MustCompile(`(?:跟|和|与|同)(?:哪些|哪几个|哪个|什么)(?:单位|部门)?(?:一起|一块|共同|合作|配合)|(?:跟|和|与|同)谁(?:一起|一块|共同|合作)|(?:合作|协作|一起做的)(?:单位|部门)|(?i)\bwith whom\b|\bwhich (?:units|departments) (?:it )?works? with\b`)

// rePartnersOfUnit asks, right after a unit's name, who its partners are: "的配合单位有哪些",
// "配合单位是谁" (not "配合单位的任务", nor "作为配合单位", which ask its own part).
var rePartnersOfUnit = regexp.MustCompile(`^\s*的?(?:配合|协办|协同|协助|参与|支持)(?:单位|部门)(?:都|分别|一共|共)?(?:有哪些|是哪些|有哪几个|是哪几个|是谁|有谁|是什么|包括哪些|有几个|呢)?\s*[?？]?\s*$`)

// pastYearPlans reports whether win is this year said right before the title words cut from rest
// (after begins with the space left for them) and every plan named is one year's, a year before today's
// (its title names one year: "2020年度…工作安排", "2021年…工作要点").
func (r *reading) pastYearPlans(win, after string, today plan.Day) bool {
	if win != "今年" && win != "本年" || !strings.HasPrefix(after, " ") {
		return false
	}
	for _, id := range r.q.Plans {
		years := 0
		for _, d := range r.p.allDocs {
			if d.ID != id {
				continue
			}
			ys := reYearDigits.FindAllString(d.Title, -1)
			if len(ys) != 1 || strings.Contains(d.Title, ys[0]+"—") || strings.Contains(d.Title, ys[0]+"-") {
				return false
			}
			if y, _ := strconv.Atoi(ys[0]); y >= today.Year {
				return false
			}
			years++
		}
		if years == 0 {
			return false
		}
	}
	return len(r.q.Plans) > 0
}

// titlePart reports whether win, in the question, is a title's words with the words after it: the
// title of a plan asked about holds win and, after it, the two characters that follow win in the
// question (quotes left out on both sides).
func (r *reading) titlePart(win string) bool {
	i := strings.Index(r.s, win)
	if i < 0 {
		return false
	}
	next := []rune(reTitleQuotes.Replace(r.s[i+len(win):]))
	if len(next) < 2 || !unicode.Is(unicode.Han, next[0]) || !unicode.Is(unicode.Han, next[1]) {
		return false
	}
	follow := string(next[:2])
	for _, d := range r.p.allDocs {
		if !contains(r.q.Plans, d.ID) {
			continue
		}
		title := reTitleQuotes.Replace(d.Title)
		if k := strings.Index(title, win); k >= 0 && strings.Contains(title[k+len(win):], follow) {
			return true
		}
	}
	return false
}

// reYearWord is a window that is a year, by its number or relative to today: 2024年, 今年.
var reYearWord = regexp.MustCompile(`^(?:(?:19|20)\d{2}\s*(?:年|全年)|今年|去年|明年|本年度?)$`)

// reTitleCut is what follows a year in a question whose plan title words were cut out: a few words,
// a space where the title was, then the plan noun ("深化放管服 方案里").
var reTitleCut = regexp.MustCompile(`^[\p{Han}]{0,8}\s+(?:[\p{Han}]{0,4}?(?:方案|意见|计划|文件|通知|要点|工作报告)|里|中)`)

// reFewest asks for the fewest first; reTopN for the first few (前三个单位, top 5).
var (
	reFewest = regexp.MustCompile(`最少|最低|(?i)\bfewest\b|\bleast\b`)
	reTopN   = regexp.MustCompile(`前([一两二三四五六七八九十]|\d{1,2})(?:个|名|位|家)?|(?i)\btop\s+(\d{1,2})\b`)
)

// numberOf reads a small number written in digits or in Chinese (三, 十).
func numberOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if s == "两" {
		return 2
	}
	return strings.Index("一二三四五六七八九十", s)/3 + 1
}

// smallNumber reads a number below 100 written in digits or in Chinese (三, 十五, 三十, 两): 0 when
// it is neither.
func smallNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	digit := func(r rune) int { return strings.IndexRune("一二三四五六七八九", r)/3 + 1 }
	rs := []rune(strings.ReplaceAll(s, "两", "二"))
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return digit(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		return 10 + digit(rs[1])
	case len(rs) == 2 && rs[1] == '十':
		return 10 * digit(rs[0])
	case len(rs) == 3 && rs[1] == '十':
		return 10*digit(rs[0]) + digit(rs[2])
	}
	return 0
}

// reEach asks for several things one by one: 各是多少, 分别是多少.
var reEach = regexp.MustCompile(`各(?:是|为|有|自|要|需)?(?:多少|几)|分别(?:是|为|要|有)?(?:多少|几|什么)|(?i)\brespectively\b|\beach\b`)

var (
	reFiveYearShort = regexp.MustCompile(`^十([一二三四五六七八九]?)五(?:规划)?$`)
	reDetail        = regexp.MustCompile(`(?i)具体|内容|包括哪些|包含哪些|要干什么|要做什么|干什么|做什么|干啥|做啥|负责什么|管什么|做些什么|干些什么|怎么做|如何做|哪些事|哪个指标|哪些指标|什么指标|哪项指标|哪个目标|哪些目标|什么目标|哪一?块|哪些?方面|哪位|领导|市长|省长|区长|书记|负责人|\bwhat (?:does|do) .* (?:involve|say)\b|说了什么|怎么说|\bdetails?\b`)
	reYearDigits    = regexp.MustCompile(`(?:19|20)\d{2}`)
	// reRelYearWord names a year relative to today (今年下半年, 明年一季度): a year said, as its digits are.
	reRelYearWord = regexp.MustCompile(`今年|本年|明年|去年|前年|后年`)
	// reBareYearEnd is a year's end with no year said: 年底前, 年末之前.
	reBareYearEnd   = regexp.MustCompile(`^(?:年底|年末)(?:前|之前|以前)?$`)
	reDeadlineWords = regexp.MustCompile(`(?i)到期|截止|期限|\bdue\b|deadline|milestone|时间节点|完成时限`)
	// reToDoToo asks, beside what falls due, what is to be done ("这个月有哪些到期或者要做的?"): the
	// recurring duties of the window too, not deadlines only.
	// "What is due next month?" asks what falls due then, whatever it is, as "下个月要交什么?" does.
	reToDoToo = regexp.MustCompile(`要做|要干|要办|做什么|干什么|做些什么|(?i)\bto do\b|\bwhat(?:'s|\s+is)\s+due\b`)
	reFollow  = regexp.MustCompile(`(?i)^(?:那|那么|还有|再看看|换成|` + onlyLook + `|and\b|what about|how about|same for)|呢[?？]?$|它|他们|该单位|这个单位|这些任务|其中|^[这那](?:[两三四五六几]|些)(?:项|条|件)|\bit\b|\bthey\b|\bthem\b|\bits\b`)
	// reItWith points back at the previous units and joins another to them: 它和X共同, 该单位与X一起,
	// 其中哪些还涉及X, which of those also involve X; 其中哪些X也要负责, the unit before 也.
	reItWith = regexp.MustCompile(`(?:它|他们|该单位|这个单位)(?:和|与|跟|同|及)[^?？]*?(?:共同|一起|一块|都|同时|联合)|^(?:其中|这些里面?|这里面|里面)?(?:哪些|哪几项|哪项|有哪些|有没有)?(?:是|有|要|需要|得)?(?:和|与|跟|同)[^?？]*?(?:共同|一起|一块|联合)|^(?:其中|这些里面?|这里面|里面|以上|上面)(?:的|这些)?(?:任务)?(?:哪些|哪几项|哪项|有哪些|有没有|有几项)?(?:还|也|同时)(?:涉及|有|包括|需要|要|和|与|跟)|^(?:其中|这些里面?|这里面|里面|以上|上面)(?:的|这些)?(?:任务)?(?:哪些|哪几项|哪项|有哪些|有几项)[^?？]{2,24}?(?:还|也|同时)(?:要|需要|得)?(?:负责|参与|配合|牵头|涉及)|(?i)\b(?:it|they) and\b.*\b(?:both|together|jointly)\b|\b(?:which|how many) of (?:those|these|them)\b.*\b(?:also|too|as well)\b`)
	reMore   = regexp.MustCompile(`(?i)^(?:更多|还有呢|继续|下一页|后面的|其余的|剩下的|more|next|next page|show more|the rest)[?？。.!！]*$`)
	reLatin  = regexp.MustCompile(`[A-Za-z]{2,}`)
)

func language(q string) string {
	latin, han := 0, 0
	latin = len(reLatin.FindAllStringIndex(q, -1))
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

// reBracketGloss is a role word in brackets after the English word it glosses: "support (配合)".
var reBracketGloss = regexp.MustCompile(`[A-Za-z]\s*[（(](?:配合|协助|协办|参与|牵头|主办|负责|责任单位|牵头单位|配合单位|参与单位)[)）]`)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// cutSpans blanks the unit spans out of s, so that their city forms and words do not count twice.
func cutSpans(s string, ms []unitMatch) string {
	for i := len(ms) - 1; i >= 0; i-- {
		s = s[:ms[i].start] + " " + s[ms[i].end:]
	}
	return s
}

// questionWords carry the asking, not the asked-about; they are cut before a search.
var questionWords = regexp.MustCompile(`(?i)请问|我想知道|想知道|告诉我|查一下|帮我|看看|一下|多少[家个名项次]?|几个|几家|几名|几项|定为|定在|设定为|定的|定了|什么|哪些|哪个|哪家|哪几个|哪一?次|哪一?届|哪里|哪儿|在哪|哪位|怎么样|如何|是否|有没有|有无|吗|呢|吧|啊|呀|来着|要|需要|应该|计划|打算|方案里|方案中|方案|文件|里面|中的|提到|说了|说|关于|对于|的|是|了|有|谁|\b(?:what|which|who|whom|whose|how|many|much|does|do|did|is|are|was|were|the|a|an|of|in|on|for|to|by|about|plan|plans|say|says|tell|me|please|will|should|there|any|have|has|had|target|targets|aim|aims|reach|exceed|achieve|get|cultivate|build|should|would|could|can|its|it|their|they|share|number|total|planned|expected)\b|[?？!！。，,.、:：;；"“”'‘’()（）\s]+`)

func stripQuestion(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range questionWords.FindAllStringIndex(s, -1) {
		if hasAnyPrefix(s[m[0]:], edgeOpenings) {
			continue // 有害垃圾 keeps its 有
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(" ")
		last = m[1]
	}
	b.WriteString(s[last:])
	return strings.TrimSpace(b.String())
}

// numbered reads a part of the text or an item the question names by its number: 正文第三部分,
// 第十四条.
func (r *reading) numbered() {
	if m := reAttachment.FindStringSubmatchIndex(r.rest); m != nil {
		// "任务表(附件1)", "附件二": the attachment's tasks; its words are no topic.
		r.q.attachment = arabicOrdinal(r.rest[m[2]:m[3]])
		r.rest = r.rest[:m[0]] + " " + r.rest[m[1]:]
	}
	if m := reOrdinalPart.FindStringSubmatch(r.s); m != nil {
		r.q.part = chineseOrdinal(m[1])
	} else if m := reItemNo.FindStringSubmatch(r.s); m != nil && (m[2] != "个" || !reCountedAfter.MatchString(m[3])) {
		// "第二项是什么?", "第二个呢?", "第2个什么时候到期?": the line of that number; its words are no
		// topic, whichever measure word counts it.
		r.q.item = plan.ItemNumber(m[1])
		r.rest = strings.Replace(r.rest, "第"+m[1]+m[2], " ", 1)
	} else if m := reLastItem.FindStringSubmatch(r.s); m != nil && (m[1] != "个" || !reCountedAfter.MatchString(m[2])) {
		// "最后一项什么时候到期?", "最后一条谁牵头?" after a list: its last line, as 第一项 is its first.
		r.q.item = listEnd
	} else if n, at := ownNumberedItem(r.rest); n > 0 {
		// "任务三是谁负责的?", "（三）谁牵头?": the item as the plan numbers it; its number is no topic.
		r.q.item = n
		r.rest = r.rest[:at[0]] + " " + r.rest[at[1]:]
	}
}

// reOwnItemNo names an item as plans number it: by its kind and ordinal (任务三, 行动二, 措施一, as
// a plan heads its points "任务三：…"), or by its bracketed ordinal (（三）).
var reOwnItemNo = regexp.MustCompile(`(?:任务|行动|措施|举措)([一二三四五六七八九十]{1,3})|[（(]([一二三四五六七八九十]{1,3})[)）]`)

// ownNumberedItem is the number of the item a question names as its plan numbers it, and where the
// words stand; 0 when none is. The number must end a word: "任务一共几项", "任务三项", "行动一年" say
// no item's number.
func ownNumberedItem(s string) (int, []int) {
	for _, m := range reOwnItemNo.FindAllStringSubmatchIndex(s, -1) {
		num := ""
		if m[2] >= 0 {
			num = s[m[2]:m[3]]
			if r, n := utf8.DecodeRuneInString(s[m[1]:]); n > 0 && !strings.ContainsRune("是的由谁怎如具要进完牵负配参在什呢和与及到、，,。?？!！ ", r) {
				continue
			}
		} else {
			num = s[m[4]:m[5]]
		}
		if n := plan.ItemNumber(num); n > 0 {
			return n, m[:2]
		}
	}
	return 0, nil
}

// reAttachment names an attachment by its number: 附件1, 附件二.
var reAttachment = regexp.MustCompile(`附件\s*([一二三四五六七八九十]|\d{1,2})`)

// arabicOrdinal writes a number of one to ten in digits ("二" → "2"), as parsed plans number their
// attachments.
func arabicOrdinal(s string) string {
	if i := strings.Index("一二三四五六七八九十", s); i >= 0 && len(s) == len("一") {
		return strconv.Itoa(i/len("一") + 1)
	}
	return s
}

// reItemNo names an item by its number: 第十四条, 第3项, 第八点, and after a list 第一个 (its first line;
// not 第一个节点, 第一个季度: reCountedAfter).
var reItemNo = regexp.MustCompile(`第([一二三四五六七八九十]{1,3}|\d{1,3})(条|项|点|个)(.{0,12})`)

// reLastItem names the last line of a list: 最后一项, 最后一条, 最后那个 (not 最后一个节点: reCountedAfter).
var reLastItem = regexp.MustCompile(`最后(?:一|那一?|这一?)(条|项|点|个)(.{0,12})`)

// reCountedAfter is what a 第N个 counts when it is no line of a list: a date, a time or a stage.
var reCountedAfter = regexp.MustCompile(`^(?:的)?(?:要|将)?(?:时间节点|节点|期限|截止|到期|季度|月|年|星期|礼拜|周|工作日|阶段|五年)`)

// reOrdinalPart names a part of a plan by its number: 第三部分, 正文第3部分, 第二章.
var reOrdinalPart = regexp.MustCompile(`第([一二三四五六七八九十]{1,3}|\d{1,2})(?:大)?(?:部分|章|板块)`)

// chineseOrdinal writes a part's number as its heading does (三 for 3), "" past 十九.
func chineseOrdinal(s string) string {
	n, err := strconv.Atoi(s)
	if err != nil {
		return s
	}
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n >= 1 && n <= 9:
		return digits[n]
	case n == 10:
		return "十"
	case n > 10 && n < 20:
		return "十" + digits[n-10]
	}
	return ""
}

// nameAsWritten reports whether a unit is typed as city plans write its full name ("市商务局", a
// name some plan has): "市商务局在各地分别负责多少项" asks of that name in every plan that has it,
// not of every city's commerce department whatever it is called (商务部门, 各地商务局 do). A
// district's or county's name with 各地 ("区农业农村局在各地") asks of that department in every
// district (typeLevel).
func (p *Parser) nameAsWritten(typed string) bool {
	return unitLevel(typed) == "市" && len(p.dir.Resolve(typed, "")) > 0
}
