package bot

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// This file holds the facet extractors: each reads one thing from a question and is tested on its
// own in facets_test.go.

// reDocNumber finds a document number (文号) however its year is bracketed: 〔2023〕, [2023],
// 【2023】, (2023), ［2023］; or, typed without brackets, its year apart from its number by a space or
// a dash after the issuer's word for the kind of document ("渝府办发2025 42号", "湖政办发 2023-16号").
// A day ("在2025年3号前") is no number: its year is followed by 年, not a space.
var reDocNumber = regexp.MustCompile(`[\p{Han}]{1,12}\s*[〔\[【(（［]\s*((?:19|20)\d{2})\s*[〕\]】)）］]\s*(\d{1,4})\s*号|[\p{Han}]{0,11}[发函字文办令]\s*((?:19|20)\d{2})(?:\s+|\s*[-－—]\s*)(\d{1,4})\s*号`)

// docNumbers returns the document numbers a question names, written as the plans write them
// (湖政办发〔2023〕16号), and the question with them cut out.
func docNumbers(s string) (nums []string, rest string) {
	rest = s
	for _, m := range reDocNumber.FindAllStringSubmatchIndex(s, -1) {
		whole := s[m[0]:m[1]]
		year, num, open := m[2:4], m[4:6], strings.IndexAny(whole, "〔[【(（［")
		if m[2] < 0 {
			year, num, open = m[6:8], m[8:10], m[6]-m[0]
		}
		prefix := strings.TrimSpace(whole[:open])
		nums = append(nums, prefix+"〔"+s[year[0]:year[1]]+"〕"+s[num[0]:num[1]]+"号")
		rest = strings.Replace(rest, whole, " ", 1)
	}
	return nums, rest
}

// NormalizeDocNumber writes a document number with the brackets plans use, for comparing.
func NormalizeDocNumber(s string) string {
	if ns, _ := docNumbers(strings.ReplaceAll(s, " ", "")); len(ns) == 1 {
		return ns[0]
	}
	return strings.TrimSpace(s)
}

var (
	reRolePart = regexp.MustCompile(`(?i)参与|配合|协助|协同|协作|协办|参加|participa(?:t|nt)|support|assist|\btakes? part\b|\btaking part\b|\bhelps? (?:with|on)\b`)
	reRoleLead = regexp.MustCompile(`(?i)牵头|主责|主办|第一责任(?:单位|部门)|排(?:在)?(?:第一|首位)|\blead(?:s|ing)?\b|\bled\b|\bin the lead\b|\b(?:main|mainly|primary|primarily|principal|principally|chief|chiefly)\s+responsib`)
	reRoleAny  = regexp.MustCompile(`(?i)负责|承担|涉及|有哪些|有什么|involved|responsib|\bown`)
)

// reNotRole is a role the question leaves out: "参与的有哪些，不算牵头的", "参与哪些 牵头的不算" ask for
// participation only.
var reNotRole = regexp.MustCompile(`(?:不算|不含|不包括|不包含|除了|除去|排除|去掉|不要|不是|并非|非|不|没|未)(?:它|其|本单位|我们|他们)?(?:作为)?(牵头|主办|参与|配合|协办)(?:的|单位|部门)?(?:在内|以外|之外)?|(牵头|主办|参与|配合|协办)(?:的|单位|部门)?(?:不算|除外|不要|不计|不含|不用算|别算)`)

// reInvolved says that units are on a task at all: "都参与", "均有参与".
var reInvolved = regexp.MustCompile(`(?:都|均)(?:有)?(?:参与|参加|涉及)`)

// roleIn reads the role a stretch of a question asks about: lead (牵头), participating (参与, 配合)
// or any (负责, 有); "" when it says none. A role it leaves out ("不算牵头的") means the other one.
func roleIn(s string) string {
	if m := reNotRole.FindStringSubmatch(s); m != nil {
		if reRoleLead.MatchString(m[1] + m[2]) {
			return plan.RoleParticipating
		}
		return plan.RoleLead
	}
	lead, part := reRoleLead.MatchString(s), reRolePart.MatchString(s)
	switch {
	case lead && part:
		return RoleAny // "牵头或参与"
	case part:
		return plan.RoleParticipating
	case lead:
		return plan.RoleLead
	case reRoleAny.MatchString(s):
		return RoleAny
	}
	return ""
}

// reAskedParty is a question word for a party the question asks about: the role words after it are
// that party's ("经信局配合的任务分别是谁牵头?": 谁 leads, 经信局 takes part).
var reAskedParty = regexp.MustCompile(`谁|哪个(?:单位|部门)|哪些(?:单位|部门)|哪家|哪几个(?:单位|部门)`)

// ownRole is the role the words after a unit ask of it: those before a question word for another
// party when they say one ("配合的任务分别是谁牵头"), else all of them.
func ownRole(s string) string {
	r, _ := splitRoles(s)
	return r
}

// asksOthersRole reports whether the words after a unit ask another party's role in its tasks.
func asksOthersRole(s string) bool {
	_, other := splitRoles(s)
	return other
}

// splitRoles reads the words after a unit that ask another party's role of its tasks ("配合的任务分别
// 是谁牵头"): the unit's own role and whether another's is asked; else the role of all the words.
func splitRoles(s string) (own string, other bool) {
	if ix := reAskedParty.FindStringIndex(s); ix != nil {
		if r := roleIn(s[:ix[0]]); r != "" {
			return r, roleIn(s[ix[1]:]) != ""
		}
	}
	return roleIn(s), false
}

// unitRoles gives each unit found in s the role asked about it: the role words after it, up to
// the next unit; a unit with none takes the next one's ("A和B共同牵头"), then the question's.
func unitRoles(s string, ms []unitMatch, lang string) []string {
	roles := make([]string, len(ms))
	if len(ms) > 1 && reInvolved.MatchString(s) {
		// "A和B都参与的是哪几项": both are on the task, whatever their roles ("X都参与了哪些" of
		// one unit is its participation).
		for i := range roles {
			roles[i] = RoleAny
		}
		return roles
	}
	for i, m := range ms {
		end := len(s)
		if i+1 < len(ms) {
			end = ms[i+1].start
		}
		roles[i] = ownRole(s[m.end:end])
	}
	if len(ms) == 2 && reAmongTasks.MatchString(s[ms[0].end:ms[1].start]) {
		if roles[1] == "" {
			// "A牵头的工作里哪些有B?": the role words are A's; B is on those tasks in any role.
			roles[1] = RoleAny
		}
		if roles[0] == "" {
			// "A的任务里哪些有B参与?": the role words are B's; the tasks narrowed are A's in any role.
			roles[0] = RoleAny
		}
	}
	for i := len(ms) - 2; i >= 0; i-- {
		if roles[i] == "" {
			roles[i] = roles[i+1]
		}
	}
	global := globalRole(cutSpans(s, ms), lang)
	for i := range roles {
		if roles[i] == "" {
			roles[i] = global
		}
	}
	return roles
}

// globalRole is the role a question asks about as a whole: "哪些单位牵头的任务最多" counts leads.
func globalRole(s, lang string) string {
	if r := roleIn(s); r != "" {
		return r
	}
	return RoleAny
}

var (
	reTogether   = regexp.MustCompile(`共同|一起|一块儿?|一同|同时|联合|都负责|都参与|都牵头|共有的|共同的|既[^然定往?？。][^?？。]{0,39}?[又也]|\bboth\b|\btogether\b|\bjointly\b|\bshar(?:e|es|ed|ing)\s+with\b|\bshare[sd]?\s*[?？.!]?\s*$`)
	reSeparately = regexp.MustCompile(`分别|各自|各有|各(?:负责|牵头|参与|配合|承担|是|几|多少)|\beach\b|\brespectively\b`)
	// reInTotal sums what several units have: 一共, 总共, 加起来.
	reInTotal = regexp.MustCompile(`一共|总共|共计|合计|加起来|加在一起|\bin total\b|\baltogether\b|\bcombined\b`)
	// reAmongTasks stands between two units when the second narrows the first's tasks: "A的任务里…B",
	// "A牵头的工作中有哪些…B".
	reAmongTasks  = regexp.MustCompile(`(?:任务|工作|事项|项目)\s*(?:里面|里|当中|之中|中)`)
	reJoinedUnits = regexp.MustCompile(`^\s*(?:和|与|同|跟|及|以及|\band\b|&)\s*[省市县区]?$`)
)

// allUnits reports whether a question naming several units asks for the tasks that name all of
// them ("A和B共同负责哪些任务?") rather than each one's ("A和B分别负责哪些任务?").
func allUnits(s string, ms []unitMatch) bool {
	if len(ms) < 2 || reSeparately.MatchString(s) {
		return false
	}
	if together(s) {
		return true
	}
	if len(ms) == 2 && reAmongTasks.MatchString(s[ms[0].end:ms[1].start]) {
		return true // "A的任务里哪些跟B有关?", "A的任务中有哪些需要B配合?": A's tasks that name B
	}
	if reInTotal.MatchString(s) {
		return false // "A和B一共牵头多少个项目?": the tasks of either, counted once
	}
	for i := 0; i+1 < len(ms); i++ {
		if !reJoinedUnits.MatchString(s[ms[i].end:ms[i+1].start]) {
			return false
		}
	}
	return true
}

// citiesIn finds every city the question names (衢州, 鹿城区, Quzhou), in order, and cuts them out.
func (p *Parser) citiesIn(s string) (out []string, rest string) {
	rest = s
	// Longest first. Only the forms s holds: cutting one out leaves a space, which makes no other
	// form but one that holds a space, and CityNamesIn yields those too.
	for n := range p.dir.CityNamesIn(s) {
		for from := 0; ; {
			i := strings.Index(rest[from:], n.Form)
			if i < 0 {
				break
			}
			i += from
			if slices.Contains(out, n.City) && insideRun(rest, i, i+len(n.Form)) && !afterObjectMarker(rest[:i]) {
				// Named again inside a run of words, it is part of a name: 培育新生代湖州企业家; not
				// after 把/将, which make it the object of what follows (把池州建成…): the place again.
				from = i + len(n.Form)
				continue
			}
			if lvl := len(n.Form) - len("市"); strings.HasSuffix(n.Form, "市") && p.dir.ResolveCity(n.Form[:lvl]) == n.City && p.depts.opensWith(rest[i+lvl:]) {
				// "株洲市场监管牵头啥", "株洲市监牵头哪些": the 市 opens the department's word (市场监管, 市监);
				// the city is named without it, and the shorter form reads it.
				from = i + len(n.Form)
				continue
			}
			if !slices.Contains(out, n.City) {
				out = append(out, n.City)
			}
			rest = rest[:i] + " " + rest[i+len(n.Form):]
		}
	}
	if len(out) == 0 {
		// English names, every one of them, in order: "in Anhui, Liaoning and Guangdong".
		at := map[string]int{}
		for {
			city, start, end := p.cities.englishIn(rest)
			if city == "" {
				break
			}
			if !slices.Contains(out, city) {
				out, at[city] = append(out, city), start
			}
			rest = rest[:start] + strings.Repeat(" ", end-start) + rest[end:]
		}
		sort.SliceStable(out, func(i, j int) bool { return at[out[i]] < at[out[j]] })
		rest = strings.TrimSpace(rest)
		if len(out) > 1 {
			return out, rest
		}
	}
	if len(out) > 1 { // in the order the question names them
		pos := map[string]int{}
		for _, c := range out {
			pos[c] = len(s)
			for _, f := range plan.CityForms(c) {
				if i := strings.Index(s, f); i >= 0 && i < pos[c] {
					pos[c] = i
				}
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return pos[out[i]] < pos[out[j]] })
	}
	return out, rest
}

// afterObjectMarker reports whether s ends with 把 or 将, which put the object before its verb.
func afterObjectMarker(s string) bool {
	return strings.HasSuffix(s, "把") || strings.HasSuffix(s, "将")
}

// insideRun reports whether s[i:j] has a Han character on each side.
func insideRun(s string, i, j int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.Is(unicode.Han, before) && unicode.Is(unicode.Han, after)
}

// misspeltCity finds a place written with a wrong character (湖洲 for 湖州, 荷泽 for 菏泽, 龙泉译 for
// 龙泉驿): two or three characters that read like a known city in pinyin and share all but one
// character with one of its forms. Longer names are tried first.
func (p *Parser) misspeltCity(s string) (typed, city, rest string) {
	rs := []rune(s)
	for n := 3; n >= 2; n-- {
		for i := 0; i+n <= len(rs); i++ {
			if !allHanRunes(rs[i : i+n]) {
				continue
			}
			span := string(rs[i : i+n])
			c := p.cities.english[strings.Join(pinyinOf(span), "")]
			if c == "" || p.dir.ResolveCity(span) != "" || placeNoun(rs[i:i+n]) {
				continue
			}
			shares := false
			for _, f := range plan.CityForms(c) {
				k := 0
				for _, r := range rs[i : i+n] {
					if strings.ContainsRune(f, r) {
						k++
					}
				}
				shares = shares || k >= n-1 && k > 0
			}
			if !shares {
				continue
			}
			end := i + n
			if end < len(rs) && strings.ContainsRune("市区县", rs[end]) {
				end++
			}
			typed = string(rs[i:end])
			return typed, c, string(rs[:i]) + " " + string(rs[end:])
		}
	}
	return "", "", s
}

// mistypedPlace finds in the question s a place written with its level, one character mistyped not by
// its sound ("青捕区教育局": 捕 for 浦): the one loaded place of that level whose name differs from it in
// that character alone. typed is the name without its level (the unit's match may hold the level).
func (p *Parser) mistypedPlace(s string) (typed, city string) {
	rs := []rune(s)
	var forms []cityForm // read once, for the first span that may be a place
	for i := 0; i+3 <= len(rs); i++ {
		span := string(rs[i : i+3])
		if !allHanRunes(rs[i:i+3]) || !strings.ContainsRune("市区县", rs[i+2]) || p.dir.ResolveCity(span) != "" {
			continue
		}
		if i > 0 && unicode.Is(unicode.Han, rs[i-1]) && !strings.ContainsRune("在和与及跟、的是那问", rs[i-1]) ||
			i+3 < len(rs) && strings.ContainsRune("民场域长委政", rs[i+3]) || placeNoun(rs[i:i+3]) {
			continue // "致广大市民": words, no place ("广大市" is no 广州市); "县城区旧广告" no 鹿城区
		}
		if forms == nil {
			forms = p.cities.chineseForms()
		}
		found := ""
		for _, f := range forms {
			fr := []rune(f.form)
			if len(fr) != 3 || fr[2] != rs[i+2] || (fr[0] == rs[i]) == (fr[1] == rs[i+1]) {
				continue // not the same level, or not one character apart
			}
			if found != "" && found != f.city {
				found = "-"
				break
			}
			found = f.city
		}
		if found != "" && found != "-" {
			return string(rs[i : i+2]), found
		}
	}
	return "", ""
}

// placeNouns are common nouns for a kind of place, no place's name: a question writes 县城, 城区, 主城
// of its own place, and a place a character off them ("县城区" beside 鹿城区) is no place it means.
var placeNouns = []string{"县城", "城区", "主城", "老城", "新城", "城市", "市区", "郊区", "城乡", "城镇", "乡镇", "镇区",
	"园区", "景区", "社区", "小区", "辖区", "片区", "街区", "全市", "全区", "全县", "本市", "本区", "本县", "各市", "各区", "各县"}

// placeNoun reports whether a span that may be a mistyped place opens with a common noun for a kind of
// place (placeNouns): its first two characters, which a mistyped place's name would be.
func placeNoun(rs []rune) bool {
	return len(rs) >= 2 && slices.Contains(placeNouns, string(rs[:2]))
}

// allHanRunes reports whether every rune of rs is a Han character.
func allHanRunes(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

var rePlace = regexp.MustCompile(`^(?:请问)?\s*([\p{Han}]{2,4}?(?:市|区|县))(?:的)?(?:方案|有哪些任务|有什么任务|的任务|有多少项?任务|哪些任务)|^(?:那么|那)\s*([\p{Han}]{2,5}?)的?呢[?？]?$|^(?:请问)?\s*([\p{Han}]{2,4}?)(?:省|市)?(?:的)?(?:\s|有哪些任务|有什么任务|的任务|有多少项?任务|哪些任务)`)

// unknownPlace finds a place the question starts with that no loaded plan is from ("杭州市的方案有哪些
// 任务?", "那杭州的呢?"), so that the answer says so instead of answering for every city.
func unknownPlace(s string, p *Parser) (place, rest string) {
	m := rePlace.FindStringSubmatchIndex(strings.TrimSpace(s))
	if m == nil {
		return "", s
	}
	t := strings.TrimSpace(s)
	for _, g := range []int{2, 4, 6} {
		if m[g] >= 0 {
			place = t[m[g]:m[g+1]]
		}
	}
	if (m[4] >= 0 || m[6] >= 0) && !gazetteerPlace(place) {
		// "那二手车方面呢?": a topic, not a place; a place written without its level ("杭州有哪些任务?",
		// "北京 …" left of "北京市发改委…" by its unit) is one the gazetteer knows.
		return "", s
	}
	if place == "" || p.dir.ResolveCity(place) != "" || len(p.lex.forms[place]) > 0 || isStopUnit(place) {
		return "", s
	}
	if m[6] >= 0 {
		// Written without its level, a part of a loaded plan's place is that plan's ("余杭区科技局…" of
		// 杭州市余杭区), whatever left it unread.
		core := strings.TrimRight(place, "省市区县")
		for _, c := range p.dir.Cities() {
			if strings.Contains(c, core) {
				return "", s
			}
		}
		if len(p.placelessDocs()) > 0 {
			return "", s // a plan that names no place may be that place's (placelessPlace)
		}
	}
	if us, _ := p.lex.lookup(place, ""); len(us) > 0 {
		return "", s
	}
	return place, strings.Replace(s, place, " ", 1)
}

// gazetteerPlace reports whether a name written alone ("杭州", "余杭", "浦东新区") is a place of
// China, as written or with 市, 区 or 县 after it.
func gazetteerPlace(name string) bool {
	for _, suf := range []string{"", "市", "区", "县", "新区", "自治区"} {
		if plan.ProvinceOf(name+suf) != "" {
			return true
		}
	}
	return false
}

// reEvery marks a unit or department asked about in every city: 各地市场监管局, 各市的商务局.
var reEvery = regexp.MustCompile(`各地|各市|各县|各区|各省|各级|各城市|各个地方|每个城市|每个地方|每个省|[两三四五六七八九十几]个?(?:地|省|市|区|县)|所有城市|全部城市|\bin each\b|\bevery city\b|\beach city\b|\beach plan\b|\bevery plan\b`)

// reEachHas is 各 before what each has or does (市商务局各有几项, 发改局各牵头几项): of one unit named, in
// every city that has it; of two or more ("A和B各有几项"), of each of those.
var reEachHas = regexp.MustCompile(`各(?:自|有|牵头|负责|参与|配合)`)

// bodyWords are coordinating bodies people ask about as parties.
var bodyWords = []string{"工作专班", "领导小组", "工作小组", "工作组", "指挥部", "联席会议", "安委会", "消防委", "专班"}

// reMembers asks about a body's member units (专班成员单位), not the body itself.
var reMembers = regexp.MustCompile(`(?:工作专班|领导小组|工作小组|工作组|指挥部|联席会议|安委会|消防委|专班)(?:的)?(?:各)?成员(?:单位|部门)?`)

// reBodySetUp is a body named as what is set up, not who acts: 建立工作小组, 成立领导小组, 组建专班.
var reBodySetUp = regexp.MustCompile(`(?:建立|成立|组建|设立|健全|完善)(?:[\p{Han}]{0,4}?)$`)

// bodiesIn returns the coordinating bodies a question names (工作专班 counts once, not as 专班 too);
// a body the question speaks of setting up ("各乡镇建立工作小组的截止时间") is the work, not a party.
func bodiesIn(s string) []string {
	var out []string
	for _, b := range bodyWords {
		if i := strings.Index(s, b); i >= 0 && reBodySetUp.MatchString(s[:i]) {
			continue
		}
		if strings.Contains(s, b) {
			if b == "专班" && slices.Contains(out, "工作专班") || b == "工作组" && (slices.Contains(out, "工作小组") || strings.Contains(s, "工作组织")) {
				continue // 工作组织实施 is no 工作组
			}
			out = append(out, b)
		}
	}
	return out
}

// nearestOne asks for the one task due soonest with 最近 and a question word for one after it: "最近要到期的
// 是哪项?", "最近到期的是哪一个" (reNextDue, reDateRank); "最近要到期的有哪些" asks what falls due soon.
const nearestOne = `最近(?:要|将|快)?(?:到期|截止)的?(?:任务|工作|事项)?(?:是|为)?哪一?(?:项|个|条|件)`

var (
	reYMDBefore = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前|以前)`)
	reYMD       = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`)
	reYMBefore  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)?\s*(?:前|之前|以前)`)
	reYM        = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?`)
	// A month (and day) without a year, not after a year or a count ("3个月"): group 1 the month, 2
	// the day, 3 what closes it ("前": by then; none: in it).
	reMDBefore = regexp.MustCompile(`(?:^|[^\d年个])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(前|之前|以前)?`)
	// reENBeforeMonth is an English "before <month>" without its year, its month made N月 by the
	// phrasings: before the month begins ("by September" and "9月前" are the month's, as plans date 9月前).
	reENBeforeMonth = regexp.MustCompile(`(?i)\bbefore\s+(\d{1,2})\s*月`)
	// reMBefore is a month without its year, a third of it (group 2: 上旬, 中旬, 下旬) or its end, and
	// what closes it (group 3).
	reMBefore = regexp.MustCompile(`(?:^|[^\d年个]|每年)(\d{1,2})\s*月(?:份)?\s*(底|末|上旬|中旬|下旬)?\s*(前|之前|以前)?`)
	// reNextDue asks for the task due next, however far off: 下一个要到期的, 最近一个到期的, "what is
	// due next?" (not "due next week", a window).
	reNextDue   = regexp.MustCompile(`(?:下一个|下一项|最近(?:的)?一(?:个|项))(?:要|将)?(?:到期|截止)|` + nearestOne + `|(?i)\bdue next\s*(?:[?？.!]|$)|\bnext (?:task |deadline |one )?due\b`)
	reNotYetDue = regexp.MustCompile(`(?:还|尚|仍)?(?:没|未|没有)(?:到期|过期|逾期|到截止)|(?i)\bnot yet due\b|\bnot (?:yet )?overdue\b`)
	// reYTo is the year goals are set for, on its own ("到2025年"), and reGoalAsk asks for goals.
	reYTo     = regexp.MustCompile(`(?:到|在)\s*((?:19|20)\d{2})\s*年`)
	reGoalAsk = regexp.MustCompile(`达到哪些|哪些指标|什么指标|哪些目标|什么目标`)
	reYDue    = regexp.MustCompile(`(?:到|在)\s*((?:19|20)\d{2})\s*年\s*(?:底|末)?\s*(?:前|之前|以前)?\s*(?:要|需要|应|应当|必须)?\s*(?:完成|做完|办完|到期|实现|建成|达到)`)
	reYBefore = regexp.MustCompile(`(\d{4})\s*年\s*(?:底|末)?\s*(?:前|之前|以前)`)
	reYIn     = regexp.MustCompile(`(\d{4})\s*(?:年|全年)`)
	// reDeadlineYear is a year said to be the deadline: 期限是2023全年, 完成时限为2024年.
	// reAfterYear is the years after one: 2025年以后, 2026年之后 (not 2026年后半年).
	reAfterYear = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(?:以后|之后|往后|后)(半)?`)
	// reYearDue is a year things fall due in: 2024年到期, 2023年内截止; group 1 is the year said.
	reYearDue      = regexp.MustCompile(`(((?:19|20)\d{2})\s*年)\s*(?:内)?(?:已经|已)?(?:到期|截止|期满)`)
	reDeadlineYear = regexp.MustCompile(`(?:期限|时限|截止时间|截止日期|完成时间)\s*(?:是|为|在)\s*((?:19|20)\d{2})\s*(?:年|全年)`)
	reDays         = regexp.MustCompile(`(?i)(?:未来|接下来|今后|近|最近)?\s*(\d{1,4})\s*(?:天|日)\s*(?:内|之内|以内)?|(?:next|coming|within(?: the next)?)\s+(\d{1,4})\s+days?`)
	reMonths       = regexp.MustCompile(`(?i)(?:未来|接下来|今后|近)?\s*(\d{1,2})\s*个月\s*(?:内|之内|以内)?|(?:next|coming|within(?: the next)?)\s+(\d{1,2})\s+months?|(?:未来|接下来|今后|近)\s*([一二两三四五六七八九十]{1,3})\s*个月\s*(?:内|之内|以内)?`)
	reYears        = regexp.MustCompile(`(?:未来|接下来|今后|近)\s*([一二两三四五1-5])\s*年\s*(?:内|之内|以内)?`)
	reENBy         = regexp.MustCompile(`(?i)(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(\d{4})`)
	reISOBy        = regexp.MustCompile(`(?i)(?:by|before|前)\s*(\d{4})-(\d{2})-(\d{2})|(\d{4})-(\d{2})-(\d{2})\s*(?:前|之前)`)
	reENIn         = regexp.MustCompile(`(?i)\b(?:in|during|throughout)\s+(?:the\s+year\s+)?(\d{4})\b`)
	// reENMonth is a month named with its year: "end of December 2023", "in June 2025", "Dec. 2024".
	reENMonth   = regexp.MustCompile(`(?i)(?:\b(?:in|during|for)\s+|(?:the\s+)?(?:end|close)\s+of\s+)?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\.?\s+(\d{4})\b`)
	reThisMonth = regexp.MustCompile(`(?i)(?:本月|这个月|当月)(?:份)?(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前)?|this month`)
	reNextMonth = regexp.MustCompile(`(?i)(?:下个月|下月)(?:份)?(?:底|末|上旬|中旬|下旬)?(?:前|之前|以前)?|next month`)
	// reThird is a third of a month named (上旬, 中旬, 下旬), and whether 前 closes it.
	reThird       = regexp.MustCompile(`(上旬|中旬|下旬)(前|之前|以前)?`)
	reThisYear    = regexp.MustCompile(`(?i)(?:今年|本年)(?:年)?(?:底|末)?(?:前|之前|以内|内)?|年底前|年内|this year|end of (?:the )?year`)
	reNextYear    = regexp.MustCompile(`(?i)明年|next year`)
	reHalfQuarter = regexp.MustCompile(`(?:((?:19|20)\d{2})\s*年\s*|(明年|去年|今年|本年))?(上半年|下半年|前[一二三1-3]季度|[一二三四1-4][、和][一二三四1-4]季度|第?[一二三四1-4]季度)(?:末|底)?(?:前|之前|以前|内)?`)
	// reQuarterDigit is a quarter's number in a quarter phrase.
	reQuarterDigit = regexp.MustCompile(`[一二三四1-4]`)
	// reReportAfter follows a part of a year that names a report, a review or a meeting: 第一季度报表,
	// 上半年度考核, 三季度督查通报.
	reReportAfter = regexp.MustCompile(`^(?:度)?(?:的)?(?:报表|考核|总结|通报|督查|例会|会议|分析会|报告|统计)`)
	reThisQuart   = regexp.MustCompile(`(?i)本季度|这个季度|this quarter`)
	reNextQuart   = regexp.MustCompile(`(?i)下(?:个|一)?季度|next quarter`)
	reLastQuart   = regexp.MustCompile(`(?i)上(?:个|一)?季度|last quarter`)
	// Weeks: this week and next (Monday to Sunday), and a count of them from today.
	reThisWeek = regexp.MustCompile(`(?i)(?:本周|这周|这个星期|本星期|这星期)(?:内|之内|以内)?|\bthis week\b`)
	// reThisWeekday is a day of this week, by then: 本周五前, 这周三之前.
	reThisWeekday = regexp.MustCompile(`(?:(?:本|这)(?:个)?)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:前|之前|以前)`)
	// reLastMonth, reLastWeek, reLastYear look back: 上个月, 上周, 去年.
	reLastMonth = regexp.MustCompile(`(?i)上(?:个)?月(?:份)?|\blast month\b`)
	reLastWeek  = regexp.MustCompile(`(?i)上(?:个|一)?(?:周|星期|礼拜)|\blast week\b`)
	reLastYear  = regexp.MustCompile(`(?i)去年|\blast year\b`)
	// reDayWord is a day named by a word: 今天, 明天, 后天.
	reDayWord = regexp.MustCompile(`(?i)今天|今日|明天|明日|后天|\btoday\b|\btomorrow\b`)
	// reRelYearMonth is a month of a year named by a word, or its end: 明年3月底前, 去年12月, 明年年底前,
	// and 明年底前 (年底 said once: 明年 then 底).
	reRelYearMonth = regexp.MustCompile(`(明年|去年|前年|后年)(?:的)?\s*(\d{1,2}\s*月|年?(?:底|末))`)
	// reThisAndNextYear is this year and the next said together: 今明两年, 今、明两年, 今年和明年.
	reThisAndNextYear = regexp.MustCompile(`(?:今[、,，]?明两年|今年(?:和|与|及|、)明年)(?:内|之内|以内|期间)?`)
	// reDayOfMonth is a day of this month: 15号前, 本月20号前.
	reDayOfMonth = regexp.MustCompile(`(?:^|[^\d月每个])(?:本月|当月)?\s*(\d{1,2})\s*[日号]\s*(?:前|之前|以前)`)
	// reFestivalBy is a festival a question asks work to be done by: 国庆节前, 春节前.
	reFestivalBy = regexp.MustCompile(`(?:春节|元旦|国庆节?|中秋节?|端午节?|清明节?|五一|劳动节|元宵节?)(?:假期)?\s*(?:前|之前|以前)`)
	reNextWeek   = regexp.MustCompile(`(?i)下周|下个星期|下星期|下一周|\bnext week\b`)
	// reWeekAfterNext and reMonthAfterNext: 下下周, 下下个月.
	reWeekAfterNext  = regexp.MustCompile(`下下(?:个)?(?:周|星期|礼拜)`)
	reMonthAfterNext = regexp.MustCompile(`下下(?:个)?月`)
	// reDaySpanYears, reMonthSpanYears: a span whose ends name their years ("2026年12月15日至2027年1月15日",
	// "2026年12月至2027年2月"); reMonthToNextYear: a month to one of next year's ("11月到明年2月").
	reDaySpanYears    = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:到|至|—|-|~|～)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]` + spanClose)
	reMonthSpanYears  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?\s*(?:到|至|—|-|~|～)\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?(?:底|末)?(?:前|之前|以前)?` + spanClose)
	reMonthToNextYear = regexp.MustCompile(`(\d{1,2})\s*月(?:份)?\s*(?:到|至|—|-|~|～)\s*明年\s*(\d{1,2})\s*月(?:份)?(?:底|末)?(?:前|之前|以前)?` + spanClose)
	// reDaySpan is a span of two days written without their years ("12月15日至1月20日", "3月1日到20日
	// 之间"): this year's first day, and the second in the next year when it comes before the first
	// (or after 明年): liaisons bound a window across the year's end so.
	reDaySpan = regexp.MustCompile(`(?:^|[^\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:到|至|—|－|-|~|～)\s*(明年|次年|来年)?\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]` + spanClose)
	reWeeks   = regexp.MustCompile(`(?i)([一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:个)?(?:周|星期|礼拜)\s*(?:内|之内|以内)|within (?:the next )?(one|two|three|four|\d{1,2}) weeks?|in the next (one|two|three|four|\d{1,2}) weeks?`)
	// reNextWeekday is a day of next week, by then: 下周一前, 下周三之前.
	reNextWeekday = regexp.MustCompile(`下(?:个)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:前|之前|以前)?`)
	// reMonthToYearEnd is a month to the year's end: "6月到年底".
	reMonthToYearEnd = regexp.MustCompile(`(\d{1,2})\s*月(?:份)?\s*(?:到|至)\s*(?:年底|年末)(?:前)?` + spanClose)
	// reSpanInWords is a span from today counted in words, closed by 内: 半年内, 一年内, 两个月内, 十天内
	// (the digits' forms are reDays' and reMonths').
	// A half year from today said with 未来, 今后 or 接下来 needs no 内: "未来半年要做什么".
	reSpanInWords = regexp.MustCompile(`(半年|一年|[一二两三四五六七八九十]{1,3}个月|[一二两三四五六七八九十]{1,3}天)\s*(?:内|之内|以内)|(?:未来|今后|接下来|近)\s*(半年|一年)\s*(?:内|之内|以内)?`)
	// reMonthSpan is a span of months of one year: "3月到6月", "2024年3月至6月".
	reMonthSpan = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:份)?\s*(?:到|至|—|-|~|～)\s*(\d{1,2})\s*月(?:份)?(?:底|末)?(?:前|之前|以前)?` + spanClose)
	reSoon      = regexp.MustCompile(`(?i)快到期|即将到期|马上到期|近期|soon|upcoming|coming up`)
	// reRecent is 最近 alone before what is to be done ("最近有什么要完成的", "最近要交什么"): soon too
	// (soonWord). With a span (最近一周) it is reDays' or phrasing's; asking for plans (最近有哪些方案,
	// 最近印发的文件) it orders plans by date.
	reRecent    = regexp.MustCompile(`最近(?:有什么|有哪些|有没有|有啥|要|需要|得|该|到期|截止)`)
	reAsksPlans = regexp.MustCompile(`方案|文件|通知|印发|发布|出台`)
	reFigureY   = regexp.MustCompile(`多少|几个|几家|几名|几项|几成|比重|占比|增速|目标是|how many|how much`)
	// reRoleCountY counts what a unit does in a year, in a role ("2026年牵头几项?", "2026年牵头的任务
	// 有多少?"): tasks, not a figure, so the year is their window as in "2026年牵头哪些任务". The year
	// right before the role: "嘉鱼县2021年那几个主要目标，各牵头单位分别牵头几项" names the plan's year.
	reRoleCountY = regexp.MustCompile(`\d{4}\s*年\s*(?:里|内|中)?\s*(?:要|共|一共|总共)?\s*(?:牵头|负责|参与|配合|承担)(?:了|的)?(?:任务|工作|事项)?(?:有|共有|一共有?|总共有?)?(?:多少|几)`)

	monthsByName = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
)

// spanClose is the word that frames a span of two ends and adds nothing to it: "3月到5月之间",
// "12月15日至1月20日期间", "6月到年底这段时间".
const spanClose = `(?:\s*(?:之间|期间|这段时间|这段期间|这期间))?`

// openWindow is how many days on from today a window with no end runs ("哪些任务还没到期?"): far past
// any plan's last deadline. A window that long is said as open (openEnded), never with its end.
const openWindow = 365 * 100

// openEnded reports whether a window runs on with no end a question gave (its end openWindow or
// more after its start).
func openEnded(from, to plan.Day) bool {
	return !from.IsZero() && !to.Before(from.AddDays(openWindow))
}

// window reads the deadline window a question names, relative to today, as typed and with its
// precision: "month" when it writes a month as a plan would ("2023年12月底前": then a deadline the
// plan set to a year only, "2023年", is not one of them), else "" ("本月到期" counts a deadline of
// "2023年" in December). The one place where a question's date phrase becomes days
// (plan/dates.go does the same for plan text).
func window(q string, today plan.Day) (from, to plan.Day, text, precision string) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	endOfMonth := func(y int, m time.Month) plan.Day { return plan.NewDay(y, m+1, 0) }
	// A span whose two ends name their years, before either end is read as a day of its own.
	if m := reDaySpanYears.FindStringSubmatch(q); m != nil {
		return plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])), plan.NewDay(atoi(m[4]), time.Month(atoi(m[5])), atoi(m[6])), m[0], "month"
	}
	if m := reMonthSpanYears.FindStringSubmatch(q); m != nil && validMonth(m[2]) && validMonth(m[4]) {
		return plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), 1), endOfMonth(atoi(m[3]), time.Month(atoi(m[4]))), m[0], "month"
	}
	// By a day with its year ("2023年12月31日前", "by 2023-12-31"): every deadline due by that day,
	// one the plan set to a year only ("2023年") as well, which falls due on the year's last day.
	if m := reISOBy.FindStringSubmatch(q); m != nil {
		y, mo, d := m[1], m[2], m[3]
		if y == "" {
			y, mo, d = m[4], m[5], m[6]
		}
		return plan.Day{}, plan.NewDay(atoi(y), time.Month(atoi(mo)), atoi(d)), m[0], ""
	}
	if m := reYMDBefore.FindStringSubmatch(q); m != nil {
		return plan.Day{}, plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])), m[0], ""
	}
	if m := reYMD.FindStringSubmatch(q); m != nil {
		// "2024年3月15日到期的任务": that day, not "15 days".
		d := plan.NewDay(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
		return d, d, m[0], "month"
	}
	if m := reYMBefore.FindStringSubmatch(q); m != nil {
		return plan.Day{}, endOfMonth(atoi(m[1]), time.Month(atoi(m[2]))), m[0], "month"
	}
	if m := reMonthToYearEnd.FindStringSubmatch(q); m != nil && validMonth(m[1]) {
		return plan.NewDay(today.Year, time.Month(atoi(m[1])), 1), plan.NewDay(today.Year, 12, 31), m[0], "month"
	}
	if m := reMonthToNextYear.FindStringSubmatch(q); m != nil && validMonth(m[1]) && validMonth(m[2]) {
		return plan.NewDay(today.Year, time.Month(atoi(m[1])), 1), endOfMonth(today.Year+1, time.Month(atoi(m[2]))), m[0], "month"
	}
	if ix := reDaySpan.FindStringSubmatchIndex(q); ix != nil {
		m1, d1 := atoi(q[ix[2]:ix[3]]), atoi(q[ix[4]:ix[5]])
		m2, d2 := m1, atoi(q[ix[10]:ix[11]])
		if ix[8] >= 0 {
			m2 = atoi(q[ix[8]:ix[9]])
		}
		if m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 && d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31 {
			y2 := today.Year
			if ix[6] >= 0 || m2 < m1 || m2 == m1 && d2 < d1 {
				y2++ // "12月15日至1月20日": the January after
			}
			from := plan.NewDay(today.Year, time.Month(m1), min(d1, endOfMonth(today.Year, time.Month(m1)).Day))
			to := plan.NewDay(y2, time.Month(m2), min(d2, endOfMonth(y2, time.Month(m2)).Day))
			return from, to, q[ix[2]:ix[1]], "month"
		}
	}
	if m := reWeekAfterNext.FindString(q); m != "" {
		monday := mondayOf(today).AddDays(14)
		return monday, monday.AddDays(6), m, ""
	}
	if m := reMonthAfterNext.FindString(q); m != "" {
		return plan.NewDay(today.Year, today.Month+2, 1), endOfMonth(today.Year, today.Month+2), m, ""
	}
	if m := reThisAndNextYear.FindString(q); m != "" {
		// "今明两年要完成哪些": this year and the next, whole, as "2026年到2027年" would be.
		return plan.NewDay(today.Year, 1, 1), plan.NewDay(today.Year+1, 12, 31), m, ""
	}
	if ix := reRelYearMonth.FindStringSubmatchIndex(q); ix != nil {
		// "明年3月底前", "去年12月": as that year's month written with its number.
		y := strconv.Itoa(today.Year + map[string]int{"明年": 1, "去年": -1, "前年": -2, "后年": 2}[q[ix[2]:ix[3]]])
		if !strings.HasPrefix(q[ix[4]:], "年") {
			y += "年" // "明年3月" is 2027年3月, "明年底前" 2027年底前; "明年年底前" 2027年底前 too
		}
		if from, to, t, p := window(y+q[ix[4]:], today); strings.HasPrefix(t, y) {
			return from, to, q[ix[0]:ix[4]] + strings.TrimPrefix(t, y), p
		}
	}
	if ix := reDayWord.FindStringIndex(q); ix != nil && !asOf(q[:ix[0]], q[ix[1]:]) {
		m := q[ix[0]:ix[1]]
		d := today.AddDays(map[string]int{"明天": 1, "明日": 1, "后天": 2, "tomorrow": 1}[strings.ToLower(m)])
		return d, d, m, ""
	}
	if m := reFestivalBy.FindString(q); m != "" {
		// "国庆节前", "春节前": by the festival the plans mean (plan/dates.go reads it), this year's or,
		// once it is past, next year's.
		for _, y := range []int{today.Year, today.Year + 1} {
			if ds := plan.ParseDeadlinesIn(m, y); len(ds) > 0 && !ds[0].Date.Before(today) {
				return today, ds[0].Date, m, ""
			}
		}
	}
	if ix := reThisWeekday.FindStringSubmatchIndex(q); ix != nil {
		// "本周五前", "周五前": from today to that day of this week; not 下周五 (next week's, below),
		// 上周五 or 每周五 (a duty's day).
		if prev, _ := utf8.DecodeLastRuneInString(q[:ix[0]]); !strings.ContainsRune("下上每", prev) {
			return today, mondayOf(today).AddDays(weekdayOffset(q[ix[2]:ix[3]])), q[ix[0]:ix[1]], ""
		}
	}
	if m := reNextWeekday.FindStringSubmatch(q); m != nil {
		// "下周三前": from next Monday to that day.
		monday := mondayOf(today).AddDays(7)
		return monday, monday.AddDays(weekdayOffset(m[1])), m[0], ""
	}
	if m := reMonthSpan.FindStringSubmatch(q); m != nil && validMonth(m[2]) && validMonth(m[3]) && atoi(m[2]) < atoi(m[3]) {
		// "3月到6月要完成哪些": from the first month's start to the last month's end.
		y := today.Year
		if m[1] != "" {
			y = atoi(m[1])
		}
		return plan.NewDay(y, time.Month(atoi(m[2])), 1), endOfMonth(y, time.Month(atoi(m[3]))), m[0], "month"
	}
	if m := reYM.FindStringSubmatch(q); m != nil {
		y, mo := atoi(m[1]), time.Month(atoi(m[2]))
		return plan.NewDay(y, mo, 1), endOfMonth(y, mo), m[0], "month"
	}
	if ix := reHalfQuarter.FindStringSubmatchIndex(q); ix != nil && !reReportAfter.MatchString(q[ix[1]:]) {
		// "2021年上半年", "第三季度", "明年上半年", "前三季度", "三、四季度", "上半年" (this year's, or in a
		// conversation the year talked about); not a report or review named by it (第一季度报表).
		from, to, yearSaid := partWindow(q, ix, today)
		end := ix[1]
		// "第一季度到第三季度", "Q1 to Q3 2026": a span of parts, the year said once at either end.
		if j := reSpanJoin.FindStringIndex(q[end:]); j != nil {
			if ix2 := reHalfQuarter.FindStringSubmatchIndex(q[end+j[1]:]); ix2 != nil && ix2[0] == 0 {
				for k := range ix2 {
					if ix2[k] >= 0 {
						ix2[k] += end + j[1]
					}
				}
				from2, to2, yearSaid2 := partWindow(q, ix2, today)
				if moved := plan.NewDay(to2.Year, from.Month, 1); !yearSaid && yearSaid2 && !to2.Before(moved) {
					from = moved // "Q1 to Q3 2026": the year said at the end is the first part's too
				}
				// "第一季度和第三季度" are two periods; a query holds one window, so the span over both
				// (the quarter between too) rather than the first alone. Two years' parts joined by 和 are
				// no span ("2023年上半年和2024年上半年") unless they meet (今年第四季度和明年第一季度).
				joint := reSpanTo.MatchString(q[end : end+j[1]])
				if !to2.Before(from) && (joint || to2.Year == from.Year || from2 == to.AddDays(1)) {
					to, end = to2, ix2[1]
				}
			}
		}
		return from, to, q[ix[0]:end], "month"
	}
	// A month without its year ("11月底前", "12月份", "6月30日前") names a deadline as the plans write
	// it, in this year: the tasks due in that month (up to that day), not every one due before it.
	if ix := reMDBefore.FindStringSubmatchIndex(q); ix != nil && validMonth(q[ix[2]:ix[3]]) {
		mo := time.Month(atoi(q[ix[2]:ix[3]]))
		d := plan.NewDay(today.Year, mo, min(endOfMonth(today.Year, mo).Day, max(1, atoi(q[ix[4]:ix[5]]))))
		if ix[6] < 0 {
			return d, d, q[ix[2]:ix[1]], "month"
		}
		return plan.NewDay(today.Year, mo, 1), d, q[ix[2]:ix[1]], "month"
	}
	if ix := reENBeforeMonth.FindStringSubmatchIndex(q); ix != nil && validMonth(q[ix[2]:ix[3]]) {
		// "before September" (the English month made 9月 by the phrasings) is before its first day:
		// what falls due from today until then, the next such month when this year's has begun.
		mo := time.Month(atoi(q[ix[2]:ix[3]]))
		end := plan.NewDay(today.Year, mo, 0)
		if end.Before(today) {
			end = plan.NewDay(today.Year+1, mo, 0)
		}
		return today, end, strings.TrimSpace(q[ix[0]:ix[1]]), "month"
	}
	if ix := reMBefore.FindStringSubmatchIndex(q); ix != nil && validMonth(q[ix[2]:ix[3]]) {
		mo := time.Month(atoi(q[ix[2]:ix[3]]))
		from, to := plan.NewDay(today.Year, mo, 1), endOfMonth(today.Year, mo)
		if ix[4] >= 0 {
			from, to = monthThird(from, to, q[ix[4]:ix[5]], ix[6] >= 0)
		}
		return from, to, q[ix[2]:ix[1]], "month"
	}
	if ix := reDayOfMonth.FindStringSubmatchIndex(q); ix != nil {
		// "15号前要报什么?", "本月20号前": by that day of this month.
		if d := atoi(q[ix[2]:ix[3]]); d >= 1 && d <= endOfMonth(today.Year, today.Month).Day {
			start := ix[0]
			if r, size := utf8.DecodeRuneInString(q[start:]); size > 0 && !strings.HasPrefix(q[start:], "本月") && !strings.HasPrefix(q[start:], "当月") && !unicode.IsDigit(r) && r != ' ' {
				start += size // the character before the day, not part of it
			}
			return today, plan.NewDay(today.Year, today.Month, d), strings.TrimSpace(q[start:ix[1]]), ""
		}
	}
	if m := reNextDue.FindString(q); m != "" {
		// "下一个要到期的任务是什么?": of what is not yet due, however far off (the question's dateRank
		// keeps the first).
		return today, today.AddDays(openWindow), m, ""
	}
	if m := reNotYetDue.FindString(q); m != "" {
		// "今年还有哪些任务没到期?": what is not yet due within the period the question names too, from
		// today to its end.
		if f, t, w, p := window(strings.Replace(q, m, " ", 1), today); w != "" && !t.Before(today) {
			if f.Before(today) {
				f = today
			}
			return f, t, w, p
		}
		// "哪些任务还没到期?": every deadline from today on.
		return today, today.AddDays(openWindow), m, ""
	}
	if m := reYDue.FindStringSubmatch(q); m != nil && !inYear(m[0]) {
		// "到2025年要完成哪些": by the end of that year (a bare 到2025年 is a target's year); "到2027年
		// 要达到" the goals set for that year.
		if strings.HasSuffix(m[0], "达到") {
			return plan.NewDay(atoi(m[1]), 1, 1), plan.NewDay(atoi(m[1]), 12, 31), m[0], ""
		}
		return plan.Day{}, plan.NewDay(atoi(m[1]), 12, 31), m[0], ""
	}
	if m := reYTo.FindStringSubmatch(q); m != nil && !inYear(m[0]) && reGoalAsk.MatchString(q) {
		// "到2025年家庭医生方面要达到哪些指标?": the words between name the field, the goals are that year's.
		return plan.NewDay(atoi(m[1]), 1, 1), plan.NewDay(atoi(m[1]), 12, 31), m[0], ""
	}
	if m := reYBefore.FindStringSubmatch(q); m != nil {
		if strings.ContainsAny(m[0], "底末") {
			// "2018年底前要完成哪些": that year's deadlines (two question writers read it so).
			return plan.NewDay(atoi(m[1]), 1, 1), plan.NewDay(atoi(m[1]), 12, 31), m[0], ""
		}
		return plan.Day{}, plan.NewDay(atoi(m[1]), 12, 31), m[0], "" // "2027年前/以前": all due by then
	}
	if m := reENBy.FindStringSubmatch(q); m != nil {
		y := atoi(m[2])
		if m[1] != "" {
			return plan.Day{}, endOfMonth(y, monthsByName[strings.ToLower(m[1][:3])]), m[0], "month"
		}
		return plan.Day{}, plan.NewDay(y, 12, 31), m[0], ""
	}
	if m := reENMonth.FindStringSubmatch(q); m != nil && m[1] != "may" { // "what may 2024 bring" names no month
		y, mo := atoi(m[2]), monthsByName[strings.ToLower(m[1])]
		return plan.NewDay(y, mo, 1), endOfMonth(y, mo), m[0], "month"
	}
	// Windows that run back to today: 今年以来, 过去一个月, 到目前为止应该完成的.
	if m := reSinceYearStart.FindString(q); m != "" {
		return plan.NewDay(today.Year, 1, 1), today, m, ""
	}
	if m := rePastSpan.FindStringSubmatch(q); m != nil {
		return pastSpanStart(m, today), today, m[0], ""
	}
	if m := reDueByNow.FindString(q); m != "" {
		return plan.Day{}, today, m, ""
	}
	// "10日内" is ten days; "每月10日前" a day of every month (the frequency's business).
	if ix := reDays.FindStringSubmatchIndex(q); ix != nil && !strings.HasSuffix(strings.TrimRight(q[:ix[0]], " "), "月") {
		m := reDays.FindStringSubmatch(q[ix[0]:])
		n := atoi(m[1] + m[2])
		return today, today.AddDays(n), m[0], ""
	}
	if m := reMonths.FindStringSubmatch(q); m != nil {
		n := atoi(m[1] + m[2])
		if m[3] != "" {
			n = plan.ItemNumber(strings.ReplaceAll(m[3], "两", "二")) // "接下来三个月内"; not 每两个月, 三个月前
		}
		return today, addMonths(today, n), m[0], ""
	}
	if m := reYears.FindStringSubmatch(q); m != nil {
		n := wordCount(m[1])
		return today, plan.NewDay(today.Year+n, today.Month, today.Day), m[0], ""
	}
	if m := reSpanInWords.FindStringSubmatch(q); m != nil {
		// "半年内", "两个月内", "十天内": as 6个月内, 2个月内, 10天内 (not 年内, the rest of this year).
		switch n := m[1] + m[2]; {
		case n == "半年":
			return today, addMonths(today, 6), m[0], ""
		case n == "一年":
			return today, addMonths(today, 12), m[0], ""
		case strings.HasSuffix(n, "个月"):
			return today, addMonths(today, wordCount(strings.TrimSuffix(n, "个月"))), m[0], ""
		default:
			return today, today.AddDays(wordCount(strings.TrimSuffix(n, "天"))), m[0], ""
		}
	}
	if m := reWeeks.FindStringSubmatch(q); m != nil {
		n := wordCount(m[1] + m[2] + m[3])
		return today, today.AddDays(7 * n), m[0], ""
	}
	if m := reENIn.FindStringSubmatch(q); m != nil {
		y := atoi(m[1])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[0], ""
	}
	if m := reAfterYear.FindStringSubmatch(q); m != nil && m[2] == "" {
		// "2025年以后到期的", "2026年之后": the deadlines from the next year on.
		from := plan.NewDay(atoi(m[1])+1, 1, 1)
		return from, from.AddDays(openWindow), m[0], ""
	}
	if m := reYearDue.FindStringSubmatch(q); m != nil {
		// "2024年到期的任务有几项?": a year things fall due in is the window, though the question
		// counts (几项) as a figure's question does; 到期 stays, to be read as the status.
		y := atoi(m[2])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[1], ""
	}
	if m := reDeadlineYear.FindStringSubmatch(q); m != nil {
		// "有几项任务的期限是2023全年?": a year the question gives as the deadline is the window, though
		// it counts (几项) as a figure's question does.
		y := atoi(m[1])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[0], ""
	}
	if m := reYIn.FindStringSubmatch(q); m != nil && (!reFigureY.MatchString(q) || reRoleCountY.MatchString(q)) && !strings.Contains(q, "到"+m[1]) && !relativePeriod(q) {
		y := atoi(m[1])
		return plan.NewDay(y, 1, 1), plan.NewDay(y, 12, 31), m[0], ""
	}
	switch {
	case reThisWeek.MatchString(q):
		monday := mondayOf(today)
		return today, monday.AddDays(6), reThisWeek.FindString(q), ""
	case reNextWeek.MatchString(q):
		monday := mondayOf(today).AddDays(7)
		return monday, monday.AddDays(6), reNextWeek.FindString(q), ""
	case reThisMonth.MatchString(q):
		// "本月下旬到期的": the third of the month (from today on).
		m := reThisMonth.FindString(q)
		from, to := thirdSaid(m, plan.NewDay(today.Year, today.Month, 1), endOfMonth(today.Year, today.Month))
		if from.Before(today) {
			from = today
		}
		return from, to, m, ""
	case reNextMonth.MatchString(q):
		m := reNextMonth.FindString(q)
		from, to := thirdSaid(m, plan.NewDay(today.Year, today.Month+1, 1), endOfMonth(today.Year, today.Month+1))
		return from, to, m, ""
	case reThisQuart.MatchString(q):
		qEnd := time.Month((int(today.Month)-1)/3*3 + 3)
		return today, endOfMonth(today.Year, qEnd), reThisQuart.FindString(q), ""
	case reNextQuart.MatchString(q):
		first := time.Month((int(today.Month)-1)/3*3 + 4)
		return plan.NewDay(today.Year, first, 1), endOfMonth(today.Year, first+2), reNextQuart.FindString(q), ""
	case reLastQuart.MatchString(q):
		first := time.Month((int(today.Month)-1)/3*3 - 2)
		return plan.NewDay(today.Year, first, 1), endOfMonth(today.Year, first+2), reLastQuart.FindString(q), ""
	case reLastMonth.MatchString(q):
		return plan.NewDay(today.Year, today.Month-1, 1), endOfMonth(today.Year, today.Month-1), reLastMonth.FindString(q), ""
	case reLastWeek.MatchString(q):
		monday := mondayOf(today).AddDays(-7)
		return monday, monday.AddDays(6), reLastWeek.FindString(q), ""
	case reLastYear.MatchString(q):
		return plan.NewDay(today.Year-1, 1, 1), plan.NewDay(today.Year-1, 12, 31), reLastYear.FindString(q), ""
	case reThisYear.MatchString(q):
		return today, plan.NewDay(today.Year, 12, 31), reThisYear.FindString(q), ""
	case reNextYear.MatchString(q):
		return plan.NewDay(today.Year+1, 1, 1), plan.NewDay(today.Year+1, 12, 31), reNextYear.FindString(q), ""
	case soonWord(q) != "":
		return today, today.AddDays(30), soonWord(q), ""
	}
	return plan.Day{}, plan.Day{}, "", ""
}

var (
	// reSinceYearStart is this year up to today: 今年以来, 年初至今, 今年到目前为止, so far this year.
	reSinceYearStart = regexp.MustCompile(`(?i)(?:今年|本年|年初|今年年初)(?:以来|至今|到现在|到目前|迄今)(?:为止)?|\bso far this year\b|\byear to date\b|\bsince the (?:start|beginning) of (?:the|this) year\b`)
	// rePastSpan is a span running back to today: 过去一个月, 过去30天, 过去两周, 过去半年, the past
	// three months (group 1 the count, 2 the unit; 3 a half year; 4, 5 the English count and unit).
	rePastSpan = regexp.MustCompile(`(?i)过去(?:的)?\s*([一二两三四五六七八九十]{1,3}|\d{1,3})\s*(?:个)?\s*(天|日|周|星期|礼拜|月|年)|过去(?:的)?\s*(半年)|\b(?:in |over |during )?the (?:past|last)\s+(one|two|three|four|five|six|\d{1,3})?\s*(days?|weeks?|months?|years?)\b`)
	// reDueByNow is what should be done by today: 到目前为止应该完成的, 截至目前应完成, 至今应到期.
	reDueByNow = regexp.MustCompile(`(?:(?:到|截至|截止到?|直到|迄)(?:现在|目前|今天|今日|当前|如今)(?:为止)?|至今|迄今)\s*[，,]?\s*(?:应该|应当|应|该|需要|需|要|必须)(?:已经?)?(?:完成|办结|做完|落实|到期)`)
)

// pastSpanStart is the first day of a span running back to today (rePastSpan's match m).
func pastSpanStart(m []string, today plan.Day) plan.Day {
	n, unit := 1, m[2]
	switch {
	case m[3] != "":
		return addMonths(today, -6)
	case m[1] != "":
		n = wordCount(m[1])
	case m[5] != "":
		unit = strings.TrimSuffix(strings.ToLower(m[5]), "s")
		if m[4] != "" {
			n = wordCount(m[4])
			if n == 0 {
				n = map[string]int{"five": 5, "six": 6}[strings.ToLower(m[4])]
			}
		}
	}
	switch unit {
	case "天", "日", "day":
		return today.AddDays(-n)
	case "周", "星期", "礼拜", "week":
		return today.AddDays(-7 * n)
	case "年", "year":
		return addMonths(today, -12*n)
	}
	return addMonths(today, -n)
}

// relativePeriod reports whether a question names a period relative to today finer than a year
// (这个月, 下周, 本季度): then a bare year beside it ("2009年环保专项行动这个月有什么要报的") names the plan
// the asker means, and the period is the window.
func relativePeriod(q string) bool {
	for _, re := range []*regexp.Regexp{reThisWeek, reNextWeek, reThisMonth, reNextMonth, reThisQuart, reNextQuart, reLastQuart, reLastMonth, reLastWeek} {
		if re.MatchString(q) {
			return true
		}
	}
	return false
}

// mondayOf is the Monday of the week a day falls in (weeks run Monday to Sunday).
func mondayOf(d plan.Day) plan.Day {
	return d.AddDays(-(int(d.Time(0, 0).Weekday()) + 6) % 7)
}

// weekdayOffset is how many days after Monday a weekday named in Chinese falls: 一 0 … 日 and 天 6.
func weekdayOffset(day string) int {
	if day == "天" {
		return 6
	}
	return strings.Index("一二三四五六日", day) / len("一")
}

// asOf reports whether a day named by a word is when a count is made ("到今天为止哪些已经逾期",
// "截至今天"), not the day asked about.
func asOf(before, after string) bool {
	return strings.HasPrefix(after, "为止") || strings.HasSuffix(before, "到") || strings.HasSuffix(before, "截至") ||
		strings.HasSuffix(before, "截止") || strings.HasSuffix(before, "至")
}

// inYear reports whether a due phrase names the year itself, not a time by its end: "在2024年完成"
// is done during 2024, "在2024年底前完成" and "到2024年完成" by its end.
func inYear(due string) bool {
	return strings.HasPrefix(due, "在") && !strings.ContainsAny(due, "底末前")
}

// addMonths is the day n months after d, on d's day or its month's last (Jan 31 + 1 is Feb's end).
func addMonths(d plan.Day, n int) plan.Day {
	to := plan.NewDay(d.Year, d.Month+time.Month(n), 1)
	return plan.NewDay(to.Year, to.Month, min(d.Day, plan.NewDay(to.Year, to.Month+1, 0).Day))
}

// wordCount reads a small count as typed: digits, a Chinese numeral (两 too) or an English word.
func wordCount(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}[strings.ToLower(s)]; n > 0 {
		return n
	}
	return plan.ItemNumber(strings.ReplaceAll(s, "两", "二"))
}

// monthThird narrows a month (from its first day to its last) to the third a question names: 上旬
// the 1st to the 10th, 中旬 the 11th to the 20th, 下旬 the 21st to the end, as plans write them
// ("12月下旬到期的"); said with 前 ("12月中旬前") from the month's start to the third's end. Any other
// word (底, 末) leaves the month.
func monthThird(from, to plan.Day, part string, by bool) (plan.Day, plan.Day) {
	first, last := 0, 0
	switch part {
	case "上旬":
		first, last = 1, 10
	case "中旬":
		first, last = 11, 20
	case "下旬":
		first, last = 21, to.Day
	default:
		return from, to
	}
	if by {
		first = 1
	}
	return plan.NewDay(from.Year, from.Month, first), plan.NewDay(from.Year, from.Month, last)
}

// thirdSaid is monthThird of the third a phrase names, if any.
func thirdSaid(phrase string, from, to plan.Day) (plan.Day, plan.Day) {
	if m := reThird.FindStringSubmatch(phrase); m != nil {
		return monthThird(from, to, m[1], m[2] != "")
	}
	return from, to
}

func validMonth(s string) bool {
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1 && n <= 12
}

var reTargetWords = regexp.MustCompile(`(?i)指标|目标|达到|要达|\btargets?\b|\bgoals?\b`)

// reEitherKind asks for deadlines and targets both: "截止时间或目标年份", "a deadline or target".
var reEitherKind = regexp.MustCompile(`(?i)(?:期限|时限|截止|节点|完成时间)(?:或|或者|和|及|、)(?:目标|指标)|(?:目标|指标)(?:或|或者|和|及|、)(?:期限|时限|截止|节点|完成时间)|\bdeadlines? (?:or|and) (?:a )?targets?\b|\btargets? (?:or|and) (?:a )?deadlines?\b`)

// deadlineKind is "target" when a question asks about goals to reach ("2026年要达到哪些指标?").
func deadlineKind(s string) string {
	if reTargetWords.MatchString(s) && !reEitherKind.MatchString(s) {
		return plan.KindTarget
	}
	return ""
}

var (
	reOverdue = regexp.MustCompile(`(?i)逾期|超期|过期|已过期|(?:节点|期限|时限|时间|日期)(?:已经|已)?过了|已经过了|已过期限|已过截止|过了期限|超过期限|过了截止|误期|延误|拖期|到期未完成|未按期|已到期|已经到期|到期了|\b(?:overdue|past due|late|missed|behind)\b`)
	reNoUnit  = regexp.MustCompile(`(?i)(?:没有|没|无|未|缺少?|不)(?:写|写明|明确|列明|列出|注明|指定|落实|标明|载明)?(?:的)?(?:主要|具体)?(?:责任单位|责任部门|负责单位|负责部门|责任主体|主责单位|单位)|(?:没有|没|未|不)(?:写|写明|明确|说|说明|讲|讲明|交代)(?:由|是)?(?:哪个|哪些|哪家|什么|谁)(?:单位|部门)?(?:来)?(?:负责|牵头|承担|干|做)|(?:没有?|无)(?:人|单位|部门)(?:来)?(?:负责|管|承担|认领)|(?:no|without(?: a| any)?)\s+(?:responsible\s+)?(?:unit|department|owner)s?`)
	reNoLead  = regexp.MustCompile(`(?i)(?:没有|没|无|未|缺少?|不)(?:写|写明|明确|列明|列出|注明|指定|标明|载明)?(?:的)?(?:牵头单位|牵头部门|牵头)|(?:没有?|无)(?:人|单位|部门)(?:来)?牵头|(?:no|without(?: a)?)\s+lead`)
	// reFigured asks for the tasks that set a figure to reach: 数字目标, 量化指标, 定量的目标, quantified
	// targets; not a task's own goal asked (具体目标是什么), a figure question.
	reFigured = regexp.MustCompile(`(?i)(?:数字|量化|定量|数值)(?:的)?(?:目标|指标)|\b(?:quantified|numeric(?:al)?)\s+(?:targets?|goals?)\b`)
	// reNoPartic asks for tasks with a lead and no one beside it: 没写参与部门, 没有配合单位, 只有牵头单位.
	reNoPartic = regexp.MustCompile(`(?i)(?:没有|没|无|未|不)(?:写|写明|明确|列明|列出|注明|指定|标明)?(?:的)?(?:参与|配合|协办|协同|协作)(?:单位|部门)|只(?:有|写了?|列了?|明确了?)(?:一个)?(?:牵头单位|牵头部门)|(?:no|without(?: any)?)\s+(?:participating|supporting)\s+(?:units?|departments?)|\bonly (?:a |one )?lead(?: unit| department)?\b`)
	// reWithPartners asks for tasks that name a lead and units beside it: 既有牵头又有配合单位, 牵头和参与
	// 单位都有的, both a lead and participating units.
	reWithPartners = regexp.MustCompile(`(?i)(?:既|又|同时)有牵头(?:单位|部门)?[，,、]?(?:又|也|还|同时)有(?:配合|参与|协办|协同)(?:单位|部门)?|牵头(?:单位|部门)?(?:和|与|及|、)(?:配合|参与|协办|协同)(?:单位|部门)(?:都|均)(?:有|写了|写明了?|齐全)|\bboth\s+(?:a\s+)?lead(?:ing)?(?:\s+(?:unit|department))?\s+and\s+(?:participating|supporting)\s+(?:units?|departments?)`)
	// reOneUnit asks for tasks one unit answers for alone: 只有一个责任单位, 单独负责.
	reOneUnit = regexp.MustCompile(`(?i)只有一个(?:责任|牵头|负责)?(?:单位|部门)|(?:单独|独自|独立)(?:负责|承担|牵头|完成)|\b(?:alone|solely|on (?:its|their) own)\b`)
	// reJointLead asks for tasks several units lead: 有两个责任单位, 多个牵头单位, 两个以上牵头部门, 双牵头,
	// 多个单位共同负责 (a list that writes 责任单位 alone makes each of them a lead), two lead units (not 几个牵头单位, which counts them; not 共同牵头 of units named).
	reJointLead = regexp.MustCompile(`(?i)(两|二|2|三|3|四|4|五|5|多)\s*(?:个|家)(以上|及以上|或以上)?(?:的)?(?:(?:责任|牵头|主责|主办)(?:单位|部门)|(?:单位|部门)(?:共同|联合|一起)(?:牵头|主办|负责|承担))|(?:双|联合)牵头|(?:不止|超过)一个(?:责任|牵头)(?:单位|部门)|\b(two|three|four|five|2|3|4|5|multiple|several)\s+(?:lead|leading|responsible)\s+(?:units?|departments?|bodies|agencies)\b|\bmore than one (?:lead|responsible) (?:unit|department|body|agency)\b|\bjointly led\b|\bco-?led\b`)
	reNoDate    = regexp.MustCompile(`(?i)(?:没有|没|无|未|不)(?:写|写明|明确|设|设定|规定|注明|给出|给|标明|标|载明|说明|定|提)?(?:明确|具体)?(?:的)?(?:完成|截止)?(?:时间|时限|期限|日期|年份|节点|年限)|(?:没有|没|未|不)(?:写明|写|明确|说明|说)?(?:要)?(?:到|在)(?:哪|几)(?:一)?年|(?:no|without(?: a| any)?)\s+(?:deadline|date|due date)s?|undated`)
	reDated     = regexp.MustCompile(`(?i)(?:设了|设有|设定了|有规定|有明确|有|写了|写明了|明确了|规定了|定了)(?:明确的?)?(?:完成)?(?:期限|时限|完成时间|截止时间|截止日期|完成日期|日期|时间节点|时间要求|时间限制|期限要求)|(?:with|have|has)\s+(?:a\s+)?deadlines?`)
	// reDoneFigure asks how much was done, a figure of the plan's own progress report, not which
	// tasks are marked done: "上半年完成了多少?", "完成情况如何".
	reDoneFigure = regexp.MustCompile(`完成了?(?:多少|几|情况|进度|得怎么样|得如何)`)
	// reDoneCount counts the tasks marked done: "区商务局已完成几项?", "完成了多少项任务?", "各市完成了多少
	// 任务?" (项 or 任务, not a figure of the plan's own progress report: "完成了多少?", "办结了几件?").
	reDoneCount = regexp.MustCompile(`(?i)完成了?(?:几|多少)\s*(?:项|个任务|条任务|任务|件任务)|(?:几|多少)\s*(?:项|个)?任务(?:已经?)?完成|\bhow many (?:tasks|items) (?:has|have) .*\b(?:finished|completed|done)\b`)
	// reDoneAsk asks whether the task it is about is done ("现在完成了吗?"): the task, with its state,
	// not the list of tasks marked done.
	// In English the question opens with its verb: "Has the water bureau finished its tasks?", "Are the
	// water bureau's tasks all done?", "Have they been completed?".
	// How a unit's tasks or work stand ("市商务局的任务完成得怎么样?", "工作完成情况如何?") asks the same of
	// each of them; "完成得怎么样" of no tasks ("上半年完成得怎么样") is the plan's progress (reDoneFigure).
	reDoneAsk = regexp.MustCompile(`(?i)(?:任务|工作)(?:都|的)?完成(?:得|的)(?:怎么样|怎样|如何)|(?:任务|工作)的?完成情况(?:怎么样|怎样|如何)|(?:完成|办结|做完|办完|干完|完工|落实|销号)了(?:吗|没有|没)|(?:是否|有没有)(?:已经)?(?:完成|办结|做完|完工|销号)|\b(?:is|has) (?:it|this|that|the task) (?:been )?(?:done|finished|completed)\b|^\s*(?:has|have)\s[^?]*?\s(?:finished|completed|done)\s+(?:all\s+)?(?:its|their|the|these|those)\b|^\s*(?:is|are|has|have)\s[^?]*?\b(?:tasks?|work|items?|they|it)\s+(?:all\s+)?(?:been\s+)?(?:done|finished|completed)\b`)
	// reNotDone asks what is not marked done: 还有哪些没完成, 还剩多少没做.
	reNotDone = regexp.MustCompile(`(?i)(?:还|尚|仍)?(?:没有|没|未)(?:有)?(?:标记?为?|勾选?为?)?(?:完成|办结|办完|做完|干完|落实|销号)|(?:还|尚|仍)(?:有|剩下?)?(?:什么|哪些|啥|哪几项|几项|多少(?:项|件|个)?)(?:任务|工作|事情?)?(?:没有|没|未)(?:做|办|干)(?:的)?(?:[?？]|$)|\bnot (?:yet )?(?:done|completed|finished)\b(?: yet\b)?|\bunfinished\b|\bopen tasks\b|\bstill open\b`)
	// reRemaining asks what is left of some work: 还剩哪些, 还剩下几项, 剩下的, 其余的 (leftOver).
	reRemaining = regexp.MustCompile(`(还)?剩(?:下|余)?(?:的|哪|什么|啥|(?:几|多少)(项|个|条|件)?|[?？]|$)|其余`)
	// reTimeLeft is time counted after 还剩几/多少: 几个月, 几个工作日, 多少天, 几周 — time left, no tasks.
	reTimeLeft = regexp.MustCompile(`^(?:个|多)?(?:月|工作日|天|日|周|星期|礼拜|小时|钟头|年|季度|分钟)`)
	reDone     = regexp.MustCompile(`(?i)已完成|已经完成|完成了|标记(?:为)?完成|已办结|已销号|谁标(?:记|的|了)|\bmarked (?:as )?done\b|\bcompleted\b|\b(?:are|been) (?:all )?(?:done|finished)\b`)
	// reToFinish is work still to be done ("还要完成几项?", "需要完成多少项任务?", "By when must the projects
	// be fully completed?", "which tasks are to be completed this year?"): what falls due, not what is
	// marked done.
	reToFinish = regexp.MustCompile(`(?:还|仍|尚|都)?(?:需要|需|要|待|应当|应该|应|必须|得)完成|(?i)\bbe\s+(?:[a-z]+ly\s+)?(?:completed|finished|done)\b`)
)

// jointLeads is how many lead units a joint_lead question asks for: 2 for 两个责任单位 and two lead
// units, 0 for two or more (多个, 两个以上, 双牵头, several).
func jointLeads(s string) int {
	m := reJointLead.FindStringSubmatch(s)
	if m == nil || m[2] != "" {
		return 0
	}
	n := map[string]int{"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4, "五": 5, "5": 5, "two": 2, "three": 3, "four": 4, "five": 5}
	if m[1] != "" {
		return n[m[1]]
	}
	return n[strings.ToLower(m[3])]
}

// soonWord is the words of q that ask what falls due soon (快到期, 近期, 最近有什么要完成的), or "".
func soonWord(q string) string {
	if m := reSoon.FindString(q); m != "" {
		return m
	}
	if ix := reRecent.FindStringIndex(q); ix != nil && !reAsksPlans.MatchString(q[ix[0]:]) {
		return q[ix[0]:ix[1]]
	}
	return ""
}

// reWhetherHas asks whether there is a thing ("有没有明确的完成日期?", "有没有规定完成时限?"): a question
// about the tasks that have it, not about those that lack it.
var reWhetherHas = regexp.MustCompile(`(?:有没有|有无|是否有|是不是有)(?:规定|设定|设)?(?:明确的?|写明的?|具体的?)?(?:完成|截止)?(?:时间|时限|期限|日期|节点)`)

// reWhetherRole asks whether a unit holds a role (有没有牵头的任务, 有无参与): its 没有 and 无 deny
// nothing. Before a written role (有没有写牵头单位, 有没写责任单位) they ask for what lacks it.
var reWhetherRole = regexp.MustCompile(`(?:有没有|有无)(牵头|参与|配合)([^单部]|$)`)

// status reads what state of a task a question filters on.
// reExtensionQ asks which tasks a unit asked more time for: 申请了延期, 要求延期, 延期申请; reHowToQ
// asks how it is done instead (怎么申请延期).
var (
	reExtensionQ = regexp.MustCompile(`申请(?:了)?(?:延期|延长(?:期限|时限)|推迟期限)|(?:要求|请求|提出)(?:了)?(?:延期|延长期限)|延期申请|(?i)\b(?:asked|requested|applied) for (?:an? )?(?:extension|more time)\b`)
	reHowToQ     = regexp.MustCompile(`怎么|怎样|如何|流程|程序|条件|能否|能不能|可不可以|可以吗|(?i)\bhow\b`)
	// reReportedQ asks what progress units reported: 报了什么进展, 填报了哪些进展, 进展报了什么.
	reReportedQ = regexp.MustCompile(`(?:填报|报送|上报|汇报|报)了?(?:什么|哪些|啥|些什么)(?:新的?)?进展|(?:填报|报送|上报|汇报|报)了(?:新的?)?进展|进展(?:报|填|写)了(?:什么|啥|哪些)|(?i)\bprogress (?:did|has) .* report|\breported (?:what )?progress\b`)
)

func status(s, lang string) string {
	if reWhetherHas.MatchString(s) {
		return StatusDated
	}
	if soonWord(s) != "" {
		return StatusDue // "快到期了" is not yet overdue
	}
	ahead := reToFinish.ReplaceAllString(s, " ")          // "还要完成几项" counts no done marks
	has := reWhetherRole.ReplaceAllString(s, "有${1}${2}") // "有没有牵头的任务?" asks whether it leads, not for tasks with no lead
	switch {
	case reExtensionQ.MatchString(s) && !reHowToQ.MatchString(s):
		return StatusExtension // "哪些任务申请了延期?", not "延期要怎么申请?"
	case reReportedQ.MatchString(s):
		return StatusReported // "衢州海关报了什么进展?"
	case reOverdue.MatchString(s):
		return StatusOverdue
	case reWithPartners.MatchString(s):
		return StatusWithPartners
	case reOneUnit.MatchString(has):
		return StatusOneUnit
	case reJointLead.MatchString(s):
		return StatusJointLead
	case reNoPartic.MatchString(has):
		return StatusNoPartic
	case reNoLead.MatchString(has) && !reLeadsNone.MatchString(s):
		return StatusNoLead
	case reNoUnit.MatchString(has):
		return StatusNoUnit
	case reNoDate.MatchString(has):
		return StatusNoDate
	case reDated.MatchString(s):
		return StatusDated
	case reFigured.MatchString(s):
		return StatusFigured
	case reNotDone.MatchString(s) && !reDone.MatchString(reNotDone.ReplaceAllString(s, " ")):
		return StatusOpen // "还有哪些任务没完成?": not marked done (an 未完成 list is not 已完成's)
	case leftOver(s, true):
		return StatusOpen // "牵头的目标还剩哪些?": what is not done yet (after a list, what is left of it: followUp)
	case reDone.MatchString(ahead) && (!reDoneFigure.MatchString(s) || reDoneCount.MatchString(ahead)) && !reDoneAsk.MatchString(s), reDoneCount.MatchString(ahead):
		return StatusDone
	case reDueSoon.MatchString(reWhatDeadline.ReplaceAllString(s, " ")):
		return StatusDue // "哪些任务快到期?", "市商务局有什么要到期的?": the next 30 days unless a window says
	}
	return ""
}

// reWhatDeadline asks for one task's deadline ("What's the deadline for …?", "…的截止日期是哪天?"), or
// the deadlines a plan or campaign named sets ("What are the deadlines in the 2031 flood campaign?"):
// when, not what falls due.
var reWhatDeadline = regexp.MustCompile(`(?i)\bwhat(?:'s| is| was)\s+the\s+deadline\b|\bwhat\s+are\s+the\s+(?:\S+\s+){0,3}deadlines\s+(?:in|of|for)\s+the\b|\bwhen\s+is\s+the\s+deadline\b|\bthe\s+deadline\s+(?:for|of)\b|截止日期(?:是|为)?(?:哪天|哪一天|什么时候|几号|何时)`)

// reDueSoon asks what falls due, with no window of its own.
var reDueSoon = regexp.MustCompile(`(?i)要到期|将到期|到期的|哪些到期|什么到期|截止日期|\bdue\b|deadlines?\b`)

var freqWords = []struct {
	re   *regexp.Regexp
	freq string
}{
	{regexp.MustCompile(`(?i)每(?:个)?半年|半年一次|按半年|(?:每|一)年(?:两|二|2)次|\bhalf[- ]yearly\b|\bsemi-?annual(?:ly)?\b|\b(?:twice a|two times a) year\b|(?:every|each|per) (?:half[- ]year|six months)`), "half_yearly"},
	{regexp.MustCompile(`(?i)每(?:两|二|2)个?月|双月|隔月|\bbi-?monthly\b|(?:every|each) (?:two|2|other|second) months?\b`), "bimonthly"},
	{regexp.MustCompile(`(?i)每(?:个)?月|逐月|按月|月度|\bmonthly\b|(?:every|each|per) month`), "monthly"},
	{regexp.MustCompile(`(?i)每(?:个)?季(?:度)?(?:末|底)?|按季(?:度)?|逐季|\bquarterly\b|(?:every|each|per) quarter`), "quarterly"},
	{regexp.MustCompile(`(?i)每周|每星期|每个?礼拜|逐周|\bweekly\b|(?:every|each|per) week`), "weekly"},
	{regexp.MustCompile(`(?i)每(?:一)?(?:天|日)|天天|日常性|\bdaily\b|(?:every|each|per) day`), "daily"},
	{regexp.MustCompile(`(?i)每年|逐年|\byearly\b|\bannually\b|(?:every|each|per) year`), "yearly"},
	{regexp.MustCompile(`(?i)固定(?:要|的|做|开展|工作|事)|例行|常态化|定期(?:要|做|开展|工作|任务|事项|的)|常规(?:性)?(?:工作|任务|事项)|周期性(?:的)?(?:工作|任务|事项)|\brecurring\b|\broutine\b|\bregular(?:ly)?\b`), "any"},
}

// reEitherRecurring is 定期 (固定, 例行) beside a period, as another way it is done: "定期或每周要做的"
// asks for every recurring duty, the weekly ones among them.
var reEitherRecurring = regexp.MustCompile(`(?:定期|固定|例行)(?:或者?|或是|还是|和|及|、|/)(?:每|按|逐)|(?:或者?|或是|还是|和|及|、|/)(?:定期|固定|例行)(?:要|做|开展|工作|任务|事项|的)`)

// frequency reads the frequency of the recurring duties a question lists ("哪些工作每月都要做?").
func frequency(s string) string {
	if reEitherRecurring.MatchString(s) {
		return "any"
	}
	for _, f := range freqWords {
		if f.re.MatchString(s) {
			return f.freq
		}
	}
	return ""
}

// askName is an English question for a name: "full name", "official name", "what is it called?",
// "called what", "what is the Huzhou plan called again / in full / , and …" (not "called on to
// support", "what is called for").
const askName = `\bfull name\b|\bofficial name\b|\bcalled\s*(?:what\b|[?？]?\s*$)|\bwhat(?:'s|\s+is|\s+was)\s+(?:the|this|that|it|its)\b[^?？]{0,60}?\bcalled\s*(?:again\b|in full\b|,|[?？]|$)`

// planStartsQ asks when a plan itself starts to be carried out ("方案什么时候开始实施?", "这个意见从哪天
// 起执行?"): when it takes effect, as 施行 and 生效 ask; a task's start ("这项任务什么时候开始实施") is
// not asked so, its subject no plan's word.
const planStartsQ = `(?:方案|意见|办法|规定|细则|文件|通知)[^，,。？?任项这那]{0,6}?(?:从|自)?(?:什么时候|何时|哪天|哪一天|几时|几月几[日号])\s*(?:开始|起)\s*(?:实施|执行)`

// asksSummary reports whether a question asks for a summary. 总结 asked of when it is due names a
// report ("工作总结什么时候前报送", its 工作 cut with the plan's title words), no summary.
func asksSummary(s string) bool {
	return reSummary.MatchString(reSummaryDue.ReplaceAllString(s, " "))
}

// reSummaryDue is 总结 followed, within a few words, by a question of its day: 什么时候, 何时, 哪天,
// 要在…前, 最晚哪天交, 截止到哪天, 啥时候, 几月份. Not 总结一下/总结下, which ask for the summary
// ("总结一下本月截止的任务").
var reSummaryDue = regexp.MustCompile(`总结(?:[^一下，,。；;？?！!\s][^，,。；;？?！!\s]{0,5}?)?(?:什么时候|什么时间|啥时候|啥时|何时|几时|哪天|哪一天|哪日|几月|几号|几日|哪个月|哪月|哪个时间|多会儿|截止|截至|最晚|最迟)`)

var (
	reSummary = regexp.MustCompile(`(?i)(?:^|[^作度])总结(?:一下|下)?(?:[^报材工经]|$)|概括|(?:^|[^据息料况类计])汇总(?:[^表工]|$)|概况|概要|综述|summar|overview|brief me|recap`)
	reFacts   = regexp.MustCompile(`(?i)负责解释|解释权|谁(?:来)?解释|文号|落款|(?:开始|何时|哪天|哪一天|什么时候|几时)\s*(?:施行|生效)|(?:施行|生效)(?:日期|时间|日)|` + planStartsQ + `|文件编号|发文字号|编号(?:$|[^任的])|哪里的文件|哪的文件|实施期限|实施期|规划期|执行期|有效期|(?:什么时候|何时|哪天|哪一天|几时|哪年)\s*失效|失效(?:日期|时间)|起止|哪几年|印发|成文|发文|发布日期|哪天发|什么时候发|何时发|哪天出台|什么时候出台|何时出台|什么时候出的|哪年出台|是哪一?年的\s*[?？]?\s*$|是什么文件|什么文件|哪个文件|全称|标题|叫什么|` + askName + `|\bdocument number\b|\bissued\b|\bwhen\b[^?]*\bexpire|\bexpiry date\b|\bexpiration date\b|\bvalid until\b|\bwhen was\b.*\b(?:plan|document)\b|\bwhat document\b|\btitle\b`)
	// reWholePlanState asks how a plan as a whole stands, as a leader is told it: "给领导汇报一下这个方案
	// 的总体情况", "帮我梳理一下这个方案的进展" (梳理一下 and 这个 dropped with the asker's words), "方案
	// 整体进展如何". The plan itself is asked, not a field's plan (养老方案的进展 asks of 养老), and the
	// question ends there ("这个方案的进展报给谁?" asks the reporting rule): the summary (every task, how
	// many dates have passed), not a search for 汇报.
	reWholePlanState = regexp.MustCompile(`(?:^|[\s，,]|这个|该|这份|此|整个|本|(?:汇报|盘点|介绍|讲讲|说说|讲一讲|说一说|捋一捋|捋捋|理一理)(?:一下|下)?(?:这个|该|这份|此|整个|本)?)(?:方案|计划|文件|意见|规划|工作要点|清单)(?:的)?(?:总体|整体|全面|大致|大体|基本|总的)?(?:情况|进展|进度)(?:如何|怎么样|怎样)?[吧呢]?[?？。!！\s]*$|(?:方案|计划|文件|意见|规划|工作要点|清单)(?:的)?(?:总体|整体)(?:情况|进展|进度)(?:如何|怎么样|怎样)?[吧呢]?[?？。!！\s]*$`)
	// reBriefIntro: "简单介绍一下…方案" asks for the plan's summary (not "介绍…方案中关于养老的计划").
	// reDocSays asks what a document says: "井研县2021年食品安全工作要点说了啥", "这份材料讲了什么", "那个通知主要讲了啥".
	reDocSays    = regexp.MustCompile(`(?:方案|意见|计划|文件|材料|通知|要点|规划|报告|表|清单)(?:里|中)?(?:主要)?(?:都)?(?:说|讲|写)了(?:些)?(?:什么|啥)(?:$|[^时])|(?:方案|意见|计划|文件|材料|通知|要点|规划|报告|表|清单)(?:的)?主要内容`)
	reBriefIntro = regexp.MustCompile(`(?:简单|简要|大致|大概)?介绍(?:一下|下)?[^，,。？?]{2,40}(?:方案|意见|计划|文件)[。？?！!]?$`)
	reGoalsQ     = regexp.MustCompile(`(?i)(?:方案|意见|计划|文件)(?:的)?(?:总体|主要|发展)?目标(?:是什么|有哪些|是啥)|主要目标|总体目标|发展目标|目标(?:是什么|有哪些|有什么)|(?:哪些|什么)目标|\bgoals? of\b|\b(?:aims?|aiming)\s+(?:for|at|to)\b|\bwhat\s+(?:are|is)\s+(?:the\s+|[a-z]+['’]s\s+)?(?:main\s+|overall\s+)?(?:goals?|targets?)\b`)
	// reTimeLimit asks within how long a thing is to be done ("多长时间内要完成", "多久能办结",
	// "整改时限多久"): a time limit the plan states, not how often.
	reTimeLimit = regexp.MustCompile(`(?:多长时间|多久|多少天|几天|几年|多少年|几个月|多少个月)(?:之内|以内|内)|(?:多长时间|多久)(?:要|需要|能|可以|必须|得)?(?:完成|办结|整改|办完|做完|到位|改完|付清|缴清|交清|还清|付完|缴纳|支付|拨付|交齐|办好|审结|答复|告知|反馈|回复|办理|处理|审核|审批|审查|出具|给出|整治完|验收|受理|核实|处置|响应|解决|到场|到达)|(?:时限|期限|限期|时间要求)(?:是|为|有)?(?:多久|多长时间|几天|多少天)`)
	// reOnce says the limit asked is how often after all: "多久完成一次全面排查".
	reOnce       = regexp.MustCompile(`一次|一轮|一遍|几次`)
	reHowOften   = regexp.MustCompile(`(?i)多久|多长时间|多少天|隔多|什么频率|频率|频次|几次|多频繁|每隔|什么周期|周期是|how often|how frequently|how regularly`)
	reCountTask  = regexp.MustCompile(`(?i)(?:^|[^哪])(?:多少|几)\s*(?:项|条|件|个任务|个事项|项任务|项工作|任务)|(?:有|共|一共|总共|共有)(?:多少|几)个?项目|(?:分别|各自|各)(?:主办|牵头|负责|承担|参与|协办)?(?:多少|几)个?项目|(?:主办|牵头|负责|承担|参与|协办|配合)了?(?:多少|几)个项目|(?:主办|牵头|负责|承担|参与|协办|配合)了?(?:多少|几)个?\s*[?？]?\s*$|任务数|数量|一共|总共|共有|共计|合计|how many\s+(?:[^\s?]+\s+){0,2}?(?:tasks|duties|items)\b|how many of\s[^?]{0,60}?\b(?:tasks|duties|items)\b|how many (?:projects|measures|actions) (?:are|is) (?:there )?(?:in|on|listed in|included in)\b|number of tasks|count`)
	reCountUnits = regexp.MustCompile(`(?:几|多少)(?:个|家)?(?:责任|牵头|主办|主责|承办|参与|配合|协办|协同|相关|有关)?(?:单位|部门)|(?i)how many (?:units|departments|bureaus)`)
	reRank       = regexp.MustCompile(`(?i)` + rankWord + `|排名|排前|前[三五十]|\bmost\b|\bfewest\b|\bleast\b|\brank`)
	reOwnerQ     = regexp.MustCompile(`(?i)谁|哪位|怎么分工|如何分工|怎样分工|分工是怎样|哪个领导|什么领导|哪个部门|哪些部门|哪个单位|哪些单位|哪家单位|哪几个部门|哪几个单位|哪个(?:处室|科室|股室|处|科|股)(?:在管|来管|负责|牵头|管)|责任单位|牵头单位|牵头部门|责任部门|主办单位|归口|\bwho\b|\bwhose\b|which (?:unit|department|bureau|office|agency)s?`)
	reFigureQ    = regexp.MustCompile(`(?i)(?:目标|指标)\s*[?？]?\s*$|多少|(?:^|[^哪这那])几个|(?:^|[^哪这那])几条|几家|几名|几成|几倍|多大|多高|多快|多深|多宽|多远|有多重|多重\s*[?？]?\s*$|多厚|比重|占比|增速|增长率|达到什么|什么指标|哪些指标|指标是|指标有|目标是多少|目标值|目标是什么|要达到|\bhow many\b|\bhow much\b|what share|percentage|\btargets?\b|\bwhat\b.*\b(?:should|will|must|to)\b.*\breach\b`)
	reSearchQ    = regexp.MustCompile(`(?i)怎么说|说了什么|是怎么|有什么安排|如何安排|怎么安排|什么内容|有何要求|要求是什么|具体要求|哪些措施|什么措施|举措|怎么做|如何做|提到了?什么|what does .* say|what is said|how will`)
	reListQ      = regexp.MustCompile(`(?i)哪些|哪几|什么|列出|列一下|列举|所有|全部|清单|有哪|做啥|干啥|干什么|做什么|\bwhich\b|\bwhat\b|\blist\b|\bshow\b|\btasks?\b`)
	rePersonQ    = regexp.MustCompile(`(?i)[人长]是谁|谁是|负责人|联系人|主任|设在哪|在哪(?:[^条项个份些]|$)|地址|电话|who heads|who chairs`)
	reGroupCity  = regexp.MustCompile(`(?i)按(?:城市|地市|地区|地方|县区|区县|省份)|各是|各为|各有多少|各地|各市|各县|各区|各省|各城市|每个城市|每个地方|每个市|每个省|[两三四五六七八九十几]个?(?:地|省|市)|分别|各自|各(?:牵头|负责|参与|有)|\beach\b|\bper city\b|\bby city\b|\brespectively\b`)
	reGroupUnit  = regexp.MustCompile(`(?i)按(?:责任|牵头|参与)?(?:单位|部门)|各个?(?:责任|牵头|参与|配合|主办|协办|相关)?(?:单位|部门|处室|科室)|每(?:个|家)(?:责任|牵头|参与|配合|主办|协办|相关)?(?:单位|部门)|哪个单位|哪些单位|哪个部门|哪些部门|哪家单位|哪几个(?:单位|部门|局)|\bper unit\b|\bby unit\b|which (?:unit|department)|\beach\s+(?:[a-z]+(?:['’]s)?\s+)?(?:unit|department|bureau|agency|body)\b`)
	reGroupPlan  = regexp.MustCompile(`(?i)按(?:方案|文件)|各方案|各个方案|每个方案|每份方案|各份方案|各文件|哪个方案|哪份方案|哪个文件|哪份文件|\bper plan\b|\beach plan\b|\bby plan\b|\bwhich plan\b`)
)

// rankWord is 最多/最少 as a ranking ("哪个单位任务最多", "牵头最多的"), not inside a name (最多跑一次).
const rankWord = `最(?:多|少)(?:的|[?？,，。!！]|\s|$|是|呢)`

// shape reads what kind of answer a question wants, and how a count groups. The tests are made in
// order, the first that holds deciding: the plan as a whole (whole), counts (count), then the other
// shapes (rest).
func shape(s string, q *Query) (shape, groupBy string, rank bool) {
	if sh, ok := wholeShape(s, q); ok {
		return sh, "", false
	}
	if sh, g, rank, ok := countShape(s, q); ok {
		return sh, g, rank
	}
	sh, g := restShape(s, q)
	return sh, g, false
}

// asksPlanFacts reports whether a question asks for a fact of a plan: its number, issuer, addressees,
// basis, goals, parts or period (the last four when no unit is asked about).
func asksPlanFacts(s string, q *Query) bool {
	if reFacts.MatchString(s) || reIssuer.MatchString(s) || reSentToQ.MatchString(s) {
		return true
	}
	if q.hasUnits() {
		return false
	}
	if reScopeQ.MatchString(s) {
		return true
	}
	return reBasisQ.MatchString(s) || reGoalsQ.MatchString(s) && len(q.Topic) == 0 && !reCountTask.MatchString(s) || // "那几个主要目标，各牵头单位分别牵头几项" counts
		(asksParts(s) || rePeriodQ.MatchString(s) && len(q.Topic) == 0) && len(q.Bodies) == 0
}

// wholeShape: a summary, a plan's facts, what the plans say of a person or of a body's make-up, how
// often.
func wholeShape(s string, q *Query) (string, bool) {
	switch {
	case asksSummary(s) || reWholePlanState.MatchString(s) && !reOwnerQ.MatchString(s) || (reBriefIntro.MatchString(s) || reDocSays.MatchString(s)) && !strings.Contains(s, "关于") && !strings.Contains(s, "方面"):
		return ShapeSummary, true
	case rePlanList.MatchString(s) && !q.hasUnits():
		return ShapePlanFacts, true // "广东省有哪些方案?", "一共载入了几个方案?"
	case asksPlanFacts(s, q):
		return ShapePlanFacts, true
	case len(q.Units) > 0 && rePersonQ.MatchString(s):
		return ShapeSearch, true
	case len(q.Bodies) > 0 && len(q.Units) == 0 && !howOften(s) && !(q.members && reMemberTasks.MatchString(reMembers.ReplaceAllString(s, " "))) &&
		(reOwnerQ.MatchString(s) || rePersonQ.MatchString(s) || reBodyAbout.MatchString(s)):
		// A body's own make-up (谁牵头, 设在哪, 有几个组, 负责什么) is in the plan's text about it.
		return ShapeSearch, true
	case (howOften(s) || q.Frequency != "" && reWhenWord.MatchString(s)) && (!reTimeLimit.MatchString(s) || reOnce.MatchString(s)):
		q.Frequency = "" // "多久通报一次?", "每月哪天前通报?": how often, and when in the period
		return ShapeFrequency, true
	}
	return "", false
}

// reHousingUnits is "units" that are homes or places built, not departments: "how many units are
// planned", "how many housing units".
var reHousingUnits = regexp.MustCompile(`(?i)how many (?:housing |apartment |residential |rental )?units (?:are|will be|to be|is|should be|must be|would be)\s+(?:planned|built|constructed|provided|completed|supplied|added|renovated|delivered|raised|made available)|how many (?:housing|apartment|residential|rental) units|how many units of`)

// countShape: how many units, a ranking, or how many tasks, and how the count groups.
func countShape(s string, q *Query) (shape, groupBy string, rank, ok bool) {
	switch {
	case q.unitRank != "":
		return "", "", false, false // "哪项任务配合单位最多?": the task, listed (byUnitCount), not a count
	case reLeadsNone.MatchString(s) && !q.hasUnits():
		// "哪些单位没有牵头任务?": each unit in any role, those leading nothing kept (countByUnit).
		q.leadsNone, q.Role = true, RoleAny
		return ShapeCount, GroupUnit, false, true
	case reCountUnits.MatchString(s) && !reRank.MatchString(s) && !reHousingUnits.MatchString(s):
		q.countUnits = true // "湖州有几个单位参与了任务?"
		return ShapeCount, GroupUnit, true, true
	case reRank.MatchString(s) && (reGroupUnit.MatchString(s) || reCountTask.MatchString(s) || strings.Contains(s, "任务") || !q.hasUnits()):
		g := GroupUnit
		switch {
		case reGroupPlan.MatchString(s):
			g = GroupPlan
		case !reGroupUnit.MatchString(s) && reWhichPlace.MatchString(s):
			g = GroupCity
		}
		return ShapeCount, g, true, true
	case reTallyBy.MatchString(s):
		return ShapeCount, countGroup(s, q), false, true // "衢州方案按单位统计": the count per unit, as with 任务数
	case q.Status == StatusOpen && len(q.Topic) == 0 && reBareHowMany.MatchString(s):
		// "还剩多少没做?", "还有多少没完成?": how many tasks are not marked done, not a figure.
		return ShapeCount, countGroup(s, q), false, true
	case reGroupUnit.MatchString(s) && reEachHowMany.MatchString(s) && !reFigureOnly.MatchString(s):
		// "各责任单位分别有几个民生项目?", "各牵头单位分别牵头几个领域?": how many each unit has is a count of
		// its items, whatever the asker calls them; a unit sets no figure of its own.
		return ShapeCount, GroupUnit, false, true
	case reCountTask.MatchString(s) && !reFigureOnly.MatchString(s) && !countsThings(s) || (reFigureQ.MatchString(s) && strings.Contains(s, "任务") && !reFigureOnly.MatchString(s) && !strings.Contains(s, "哪几")):
		return ShapeCount, countGroup(s, q), false, true
	}
	return "", "", false, false
}

// reWhichPlace asks which place a ranking is of: 哪个城市, 哪个地方, "which city".
var reWhichPlace = regexp.MustCompile(`哪个(?:市|地方|城市)|(?i)\b(?:which|what)\s+(?:city|cities|place|places)\b`)

// reEachHowMany asks how many each has, of items the question names by their kind: "分别有几个民生项目",
// "各几项", "分别牵头几个领域", "各负责几处问题" (not 几个百分点, 多少万元: figures).
var reEachHowMany = regexp.MustCompile(`(?:分别|各自|各)(?:要|都|有|是|主办|牵头|负责|承担|参与|配合|协办|有了|负责了|牵头了){0,2}\s*(?:多少|几)\s*(?:项|条|件|处|个\p{Han}{0,4}?(?:项目|领域|任务|事项|问题|工作|方面|实事|行动|工程))`)

// reBareHowMany asks how many with no noun after it ("还剩多少?", "还有多少没做?"): of a task status,
// how many tasks.
var reBareHowMany = regexp.MustCompile(`(?:多少|几)(?:个|件|项)?(?:[没未还尚仍]|[?？。!！\s]|$)`)

// reLeadsNone asks for the units that lead no task, the subject being units, not tasks (哪些任务没有
// 牵头单位 is StatusNoLead) nor a unit named ("它只配合的是哪些" lists its tasks): "哪些单位没有牵头任务",
// "哪些部门只参与不牵头", "which units lead nothing".
var reLeadsNone = regexp.MustCompile(`(?i)(?:哪些|哪几个|哪几家|哪个|什么)(?:单位|部门)[^，,。？?]{0,4}?(?:(?:没有|没|不|未|从不)(?:牵头|主办|担任牵头)|(?:只|仅|光)(?:参与|配合|协办|协助))|\b(?:which|what)\s+(?:units|departments|bodies)\s+(?:(?:only|just)\s+(?:support|take\s+part|participate)|lead\s+(?:nothing|no\s+tasks?))\b`)

// reTallyBy asks for a tally by a grouping without saying what is counted ("按单位统计", "按责任单位
// 汇总一下"): the tasks are.
var reTallyBy = regexp.MustCompile(`按(?:责任|牵头|参与)?(?:单位|部门|方案|文件|城市|地市|地区|县区|区县)(?:分别|分组)?(?:统计|汇总|计数)`)

// countGroup is how a count of tasks groups: per plan, unit or city, or not at all.
func countGroup(s string, q *Query) string {
	switch {
	case reGroupPlan.MatchString(s):
		return GroupPlan
	case reGroupUnit.MatchString(s):
		return GroupUnit
	case reSeparately.MatchString(s) && len(q.Units) > 1:
		return GroupUnit // "A和B分别负责几项"
	case reSeparately.MatchString(s) && len(q.Units)+len(q.DeptTypes) > 1 && !reEvery.MatchString(s):
		return GroupUnit // "民政部门和卫健部门各牵头几项": each department's own count, not each city's
	case reGroupCity.MatchString(reEachWho.ReplaceAllString(s, " ")) && (len(q.DeptTypes) > 0 || len(q.Cities) != 1 && q.hasUnits() || !q.hasUnits()):
		return GroupCity
	}
	return ""
}

// reEachWho asks who answers for each task counted ("有几项，分别谁牵头"): the tasks' own units, no
// grouping by place.
var reEachWho = regexp.MustCompile(`分别(?:是|由)?(?:谁|哪个单位|哪个部门|哪些单位|哪些部门)(?:来)?(?:牵头|负责|主办|配合)?`)

// restShape: a unit's tasks, who owns something, figures (ownerOrFigure), what the plans say, or a
// list.
func restShape(s string, q *Query) (shape, groupBy string) {
	if q.unitRank != "" && !q.hasUnits() {
		return ShapeList, "" // "牵头单位最多的是哪项任务?": the task, with its units
	}
	if sh, g, ok := ownerOrFigure(s, q); ok {
		return sh, g
	}
	switch {
	case reItemsInvolving.MatchString(s) && len(q.Topic) > 0:
		return ShapeList, "" // "有哪些措施涉及补贴": the items that do, each with its units
	case reSearchQ.MatchString(s) && len(q.Topic) > 0:
		return ShapeSearch, ""
	case reTaskNoun.MatchString(s) && len(q.Topic) > 0:
		return ShapeList, "" // "跟养老有关的任务", "有没有金融人才方面的项目": the tasks on it
	case q.hasUnits() || q.Status != "" || q.Frequency != "" || q.From+q.To != "" || len(q.Plans) > 0 && len(q.Topic) == 0:
		return ShapeList, ""
	case reListQ.MatchString(s) && (len(q.Topic) > 0 || len(q.Cities) > 0):
		return ShapeList, ""
	}
	return "", ""
}

// reItemsInvolving asks which of the plan's items (措施, 举措, 政策 as well as 任务) involve something:
// "有哪些措施涉及补贴", "哪几条举措提到了贴息" ask for those items, not for what the plans say of it.
var reItemsInvolving = regexp.MustCompile(`哪(?:些|几)(?:条|项|个)?(?:措施|举措|政策|任务|事项|工作|条款)(?:中|里)?(?:涉及|提到|提及|包含|包括|含有|有关|关于|说到)`)

// ownerOrFigure: a unit's tasks, who owns something, or figures (one line a place for "各地…分别是
// 多少").
func ownerOrFigure(s string, q *Query) (shape, groupBy string, ok bool) {
	switch {
	case len(q.Units) == 1 && len(q.Topic) > 0 && reWhoDoesIt.MatchString(s) && !reWithWhom.MatchString(s):
		// "审批审查中心的礼仪接待规范谁来定?": who does it is asked; the unit named is where it is done,
		// not the party (the plan has 区行政服务中心 set it).
		q.Units, q.refs, q.unitTyped = nil, nil, ""
		return ShapeOwner, "", true
	case q.hasUnits() && len(q.Units) > 0:
		// A unit's tasks, whatever words ask for them.
		if reFigureQ.MatchString(s) && len(q.Topic) > 0 {
			return ShapeFigure, "", true
		}
		return ShapeList, "", true
	case len(q.DeptTypes) > 0 && len(q.Topic) == 0 && reWhichGoals.MatchString(s):
		return ShapeList, "", true // "发改部门负责哪些目标?": the targets are its tasks
	case reOwnerQ.MatchString(s) && len(q.DeptTypes) == 0 && q.Status == "" && !reAsksWhen.MatchString(s):
		if reFigureQ.MatchString(s) && len(q.Topic) > 0 {
			return ShapeFigure, "", true // "…目标是多少?谁负责?": the figure names its units too
		}
		if len(q.Topic) == 0 && len(q.Bodies) == 0 && (len(q.Plans) > 0 || len(q.Cities) > 0) {
			return ShapeList, "", true // "铜川的指标都由谁负责?": every task of the plan, with its units
		}
		return ShapeOwner, "", true
	case reFigureQ.MatchString(s):
		if len(q.Topic) == 0 && (q.From != "" || q.To != "" || q.Status == StatusFigured) {
			return ShapeList, "", true // "2026年要达到哪些指标?", "有哪些量化指标?": the targets (in that year)
		}
		if reGroupCity.MatchString(s) && len(q.Cities) != 1 {
			return ShapeFigure, GroupCity, true // "各地的…目标分别是多少?": one line a place
		}
		return ShapeFigure, "", true
	}
	return "", "", false
}

// reWhoDoesIt asks which party does a thing ("谁来定", "由谁考核", "哪个部门负责"); reWithWhom asks who
// works with the unit named ("谁和市商务局一起", "跟市发改委一起的还有谁").
var (
	reWhoDoesIt = regexp.MustCompile(`谁(?:来|去)?(?:定|制定|负责|牵头|考核|组织|落实|实施|承担|办理?|做|管|设立?|发布|审核|核定|拟定|编制|出台|建设|查)|由谁|哪个(?:单位|部门)(?:来)?(?:负责|牵头|定|考核|组织|落实)`)
	reWithWhom  = regexp.MustCompile(`[和与跟同](?:\p{Han}{0,12})(?:一起|一同|共同|配合|合作)|还有谁|是谁`)
)

// reWhichGoals asks which targets (哪些目标, 什么指标): of a unit, the tasks that are targets.
var reWhichGoals = regexp.MustCompile(`(?:哪些|什么|哪几[个项]?)(?:目标|指标)|(?i)\bwhich\s+(?:[a-z'’]+\s+){0,2}?(?:targets?|goals?|indicators?)\b`)

// reTaskNoun asks for tasks by naming them, with no question word: "老字号相关的工作", "哪些地方有任务",
// "有没有…的项目".
var reTaskNoun = regexp.MustCompile(`(?:任务|工作|项目|事项|事情|活儿?)(?:有哪些|有什么|都有哪些|吗|呢|啊|呀)?\s*[?？。!！]*\s*$|有(?:没有)?(?:任务|项目|工作)`)

// reOrdinalTimes asks which one of a series (第几次常务会议, 第几期, 第几届), not how often.
var reOrdinalTimes = regexp.MustCompile(`第几(?:次|期|届|批|轮|号)`)

// howOften reports whether s asks how often (reHowOften), an ordinal's 几次 aside.
func howOften(s string) bool {
	s = reDaysLeft.ReplaceAllString(s, " ") // 还剩多少天 is a count of days to a date
	return reHowOften.MatchString(reLasting.ReplaceAllString(reOrdinalTimes.ReplaceAllString(s, " "), " "))
}

// reDaysLeft asks how many days are left before a date: 还有几天到期, 还剩多少天, 距截止还有几天, how
// many days are left; or how long ago it passed: 逾期多久了, 超期几天, 过期多长时间, how long overdue
// (the days since the date, not how often).
var reDaysLeft = regexp.MustCompile(`(?i)(?:还有|还剩|剩下?|只有|离|距离?)[^，,。？?]{0,8}?(?:几|多少)天|(?:几|多少)天(?:后|以后)?(?:到期|截止)|\bhow many days\b|(?:逾期|超期|过期|拖期|延误|晚了|拖了)(?:了|已经|已)?(?:多久|多长时间|几天|多少天|多少日子|多少时间)|\bhow long (?:has it been |is it |has [a-z ]{1,30} been )?(?:overdue|past due|late)\b`)

// reLasting asks how long something lasts (持续多久, 为期多长时间), a period, not how often.
var reLasting = regexp.MustCompile(`(?:持续|为期|历时|延续|开展)(?:了)?(?:多久|多长时间|多少天|几个月)`)

// reWhenWord asks when: with a frequency, the day in the period ("每月哪天前通报").
var reWhenWord = regexp.MustCompile(`什么时候|何时|哪天|哪一天|几月|(?i)\bwhen\b|\bwhat day\b`)

// reBodyAbout asks about a body itself, not about tasks: its groups, members, office, duties.
var reBodyAbout = regexp.MustCompile(`几个(?:工作)?组|哪些组|成员|组成|办公室|怎么运行|运行机制`)

// reMemberTasks asks what a body's member units do (成员单位要负责哪些事), not who they are.
var reMemberTasks = regexp.MustCompile(`负责|参与|配合|牵头|任务|工作|事|做什么|干什么`)

// reFigureOnly marks figure questions that are not counts of tasks even though they name a unit:
// "市商务局要培育多少家企业".
// countsThings: "多少条白玉兰特色道路" counts roads, a figure the plan sets, not its items; "几条措施",
// "多少条？" count items.
func countsThings(s string) bool {
	for _, m := range reHowManyStrips.FindAllStringIndex(s, -1) {
		rest := s[m[1]:]
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) || r == '的' {
			// "线路要推出多少条?", "步行街要建几条?": how many of a thing are to be made, after the
			// verb that makes it; "措施要出台几条?" counts items.
			if mb := reMadeBefore.FindStringSubmatch(s[:m[0]]); mb != nil && !hasAnySuffix(mb[1], itemNouns) {
				return true
			}
			continue
		}
		clause := rest
		if k := strings.IndexAny(rest, "，,。？?！!；;"); k >= 0 {
			clause = rest[:k]
		}
		// "几条交通安全方面的", "几条交通方面的任务": items of a kind, counted.
		if !hasAnyPrefix(rest, itemWords) && !strings.Contains(clause, "的") && !strings.Contains(clause, "方面") && !strings.Contains(clause, "任务") {
			return true
		}
	}
	return false
}

var reHowManyStrips = regexp.MustCompile(`(?:多少|几)条`)

// reMadeBefore is a thing, then a verb of making it, right before 多少条: "文旅精品线路要推出",
// "示范步行街要建".
var reMadeBefore = regexp.MustCompile(`(\p{Han}{2,}?)(?:还|都|总共|一共|共)?(?:要|需要|需|计划|将|拟|得|能|可)?(?:推出|建成|建设|新建|修建|建|打造|培育|开通|新增|开设|开辟|打通|改造|认定|创建|评选|铺设|命名)了?\s*$`)

// itemNouns are what a plan's items are called when they are counted by 条 (几条措施, 措施要推出几条).
var itemNouns = []string{"任务", "措施", "举措", "工作", "事项", "意见", "政策", "要求", "条款", "规定", "建议", "做法", "内容", "目标", "指标"}

// itemWords are what a plan's items are called after 几条 / 多少条.
var itemWords = []string{"任务", "措施", "举措", "工作", "事项", "意见", "政策", "要求", "内容", "条款", "重点", "主要", "具体", "建议", "规定", "做法", "目标", "指标", "职责", "责任", "分工", "是", "在", "有", "涉及", "提到", "写", "列", "需要", "要", "由", "归", "属于", "与", "和", "跟"}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

var reFigureOnly = regexp.MustCompile(`多少家|几家|多少名|几名|多少亿|多少万|多少个百分点|占比|比重|增速|规模|面积|多少(?:资金|钱|经费|投资|人|公里|平方米|亩|吨|户|套|处|座|栋)|(?:要|能|将)?(?:达到|到)多少`)

var (
	// rePlanList asks which plans there are (of a place, or loaded at all).
	rePlanList = regexp.MustCompile(`(?i)(?:最早|最新|最晚|最近)(?:印发|发布|出台)?的?(?:方案|文件)|(?:^|[^这那])(?:哪些|哪几个|哪几份|几个|几份|多少个?|多少份)(?:方案|文件)|(?:方案|文件)(?:有哪些|有几个|有几份|有多少份?|有多少个?)\s*[?？。]?\s*$|(?:载入|加载|导入|收录|上传)(?:了)?(?:哪些|几个|几份|多少)|\b(?:which|what|how many) (?:plans|documents)\b`)
	// reIssuer asks who issued a plan.
	reIssuer = regexp.MustCompile(`(?i)(?:哪个|哪两个|哪几个|什么|哪家)(?:单位|部门|机关|机构)(?:印发|发布|出台|下发|联合印发|发)的?|(?:哪两个|哪几个)(?:单位|部门)联合(?:印发|发布|发|制定)|谁(?:印发|发布|出台|下发|发)的?|谁\s*[、，,和及]?\s*(?:在)?(?:哪天|哪一天|什么时候|何时|哪年)(?:印发|发布|出台|下发|发)|是?谁(?:制定|制订|制发)的|(?:哪些|几个)(?:单位|部门)联合(?:印发|发布|发|制定)|发文(?:单位|机关|机构)|印发(?:单位|机关|机构)|制发(?:单位|机关|机构)|\bwho issued\b|\bissued by\b|\bwho signed\b|\bsigned by\b|谁签发|签发(?:单位|机关)`)
	// reParts asks how a plan (or a part of it) is divided.
	reParts = regexp.MustCompile(`(?i)分成|分为|分了|哪几块|哪几部分|几个部分|哪些部分|几大块|几块|几部分|几大部分|(?:哪)?几大(?:专项行动|行动|工程|板块|领域|方面|类|部分)|哪几个方面|几个方面|(?:什么|哪些|整体|总体|文件|方案|意见|通知|正文|全文)的?(?:结构|框架|板块)|(?:结构|框架)(?:是|如何|怎样|怎么样)|哪几个板块|几个板块|章节|\bmain parts\b|\bparts of\b|\bsections\b|\bstructure\b|\boutline\b`)
	// reTaskShare asks which tasks a plan hands out ("分了哪些任务"): its tasks, not its parts.
	reTaskShare = regexp.MustCompile(`分(?:了|成|为|配了?)(?:哪些|哪几|几|多少)(?:项|条|个|件)?(?:任务|工作|事项|活)`)
	// rePeriodQ asks for the span of years a plan covers.
	rePeriodQ = regexp.MustCompile(`(?i)(?:开始|何时|哪天|哪一天|什么时候|几时)\s*(?:施行|生效)|(?:施行|生效)(?:日期|时间|日)|` + planStartsQ + `|时间目标|目标年份|实施期限|实施期|规划期|执行期|有效期|起止|哪几年|多少年|管几年|管多少年|管到哪一?年|到哪一?年为止|实施几年|执行几年|为期几年|期限是?多长|(?:方案|行动|整治|活动|文件)[^任这那]{0,6}(?:什么时候|何时|哪天|哪一天|几月)(?:结束|截止|收尾)|(?:方案|行动|整治|活动)[^任这那]{0,6}(?:搞|持续|开展|进行|干|执行|实施|施行)到(?:什么时候|何时|哪天|几月|哪一年)|(?:实施|执行|起止)年份|(?:从|自)?(?:哪天|哪一天|什么时候|何时|几月几[日号])(?:开始)?(?:到|至)(?:哪天|哪一天|什么时候|何时|几月几[日号])|起止(?:日期|时间)|(?:持续|为期|历时|延续)(?:了)?(?:多久|多长时间|多少天|几个月)|(?:什么时候|何时|哪天|哪一天|几时|哪年)\s*失效|失效(?:日期|时间)|\bperiod\b|which years|how many years|how long|\bwhen\b[^?]*\bexpire|\bexpiry date\b|\bexpiration date\b|\bvalid until\b|\bin force until\b`)
)

// asksParts reports whether s asks how a plan is divided (reParts), not which tasks it hands out.
func asksParts(s string) bool { return reParts.MatchString(s) && !reTaskShare.MatchString(s) }

// facts reads which facts of a plan a question asks for.
// What a question about a plan's facts asks for: its number, its date, its title, its place.
var (
	reNumberQ = regexp.MustCompile(`(?i)文号|编号(?:$|[^任的])|发文字号|\bnumber\b`)
	reIssuedQ = regexp.MustCompile(`(?i)什么时候|何时|哪天|哪一天|日期|时间|哪年|落款|\bwhen\b|\bdate\b|\bsigned\b|印发的|发布的|出台的|发的`)
	reTitleQ  = regexp.MustCompile(`(?i)什么文件|哪个文件|全称|标题|叫什么|名称|` + askName + `|\btitle\b|\bwhat document\b|\bwhich document\b`)
	// reSentToQ asks whom a notice is sent to: 发给哪些单位, 主送.
	reSentToQ = regexp.MustCompile(`(?i)发给(?:了)?(?:哪些|哪几个|哪个|谁)|主送|下发(?:给|到)(?:哪些|谁)|印发给(?:哪些|谁)|\bsent to\b|\baddressed to\b`)
	// reScopeQ asks where (to whom) a plan applies: 适用哪里, 适用范围, 县里能不能用.
	reScopeQ = regexp.MustCompile(`适用(?:于)?(?:哪|什么|范围|对象)|适用范围|(?:县|区|市|乡镇|下面|下级)[里的]?(?:能不能|能否|可不可以|可否)(?:用|适用|参照)(?:[?？吗呢]|$)|能否适用|参照执行|(?i)\bapplies to\b|\bscope\b`)
	// reBasisQ asks what a plan is made under: 根据哪些文件制定, 依据是什么.
	reBasisQ = regexp.MustCompile(`(?i)(?:根据|依据|依照|按照|照着?|按|落实|贯彻|贯彻落实)[^，,。?？]{0,10}?(?:哪|什么)(?:个|份|些|几个|几份|两个|两份|三个|三份)?(?:国务院|省政府|省委|中央|国家|上级|部委|部里|省里)?(?:的)?(?:文件|精神|政策|规定|通知|意见|文)|依据是(?:什么|啥|哪)|(?:依据|根据|依照)的[^，,。?？]{0,8}?(?:文件|意见|通知|政策)|(?:制定|出台|印发)(?:的)?(?:依据|根据)|上位文件|\bbased on (?:which|what)\b|\bunder which\b`)
	// reInterpretQ asks who interprets a plan: 由谁负责解释, 解释权归谁.
	reInterpretQ = regexp.MustCompile(`(?i)负责解释|解释权|谁(?:来)?解释|解释(?:单位|机关|部门)|\binterprets?\b`)
	// reRepealQ asks what a plan repeals: 废止了哪个文件, 原来的文件还有效吗.
	reRepealQ = regexp.MustCompile(`(?i)废止|作废|停止执行|不再执行|替代了?哪|取代了?哪|\brepeal|\breplaces?\b|\bsupersede`)
	reWhereQ  = regexp.MustCompile(`哪里的文件|哪的文件|哪个地方|哪个城市|哪个市|哪个区|\bwhere\b|which city`)
)

// factAsks are the facts of a plan a question can ask, each with its test, in the order an answer
// gives them (title twice: its own words, and where the plan is from).
var factAsks = []struct {
	fact string
	asks func(string) bool
}{
	{"issuer", reIssuer.MatchString},
	{"sent_to", reSentToQ.MatchString},
	{"basis", reBasisQ.MatchString},
	{"scope", reScopeQ.MatchString},
	{"interpret", reInterpretQ.MatchString},
	{"repeals", reRepealQ.MatchString},
	{"parts", asksParts},
	{"number", reNumberQ.MatchString},
	{"issued", func(s string) bool { return reIssuedQ.MatchString(reIssuer.ReplaceAllString(s, " ")) }},
	{"title", reTitleQ.MatchString},
	{"goals", func(s string) bool { return reGoalsQ.MatchString(s) || strings.Contains(s, "目标") }},
	{"period", rePeriodQ.MatchString},
	{"title", reWhereQ.MatchString},
}

func facts(s string) []string {
	var out []string
	if rePlanList.MatchString(s) && !reBasisQ.MatchString(s) {
		return []string{"plans"}
	}
	for _, f := range factAsks {
		if f.asks(s) {
			out = append(out, f.fact)
		}
	}
	if len(out) == 0 {
		out = []string{"title", "number", "issued"}
	}
	return out
}

var rePlanWord = regexp.MustCompile(`(?i)方案|意见|计划|文件|通知|清单|这份|那份|\bplans?\b|\bdocuments?\b`)

// mentionsPlan reports whether a question is about a plan as a whole ("衢州的方案有哪些任务?").
func mentionsPlan(s string) bool { return rePlanWord.MatchString(s) }

// plansNamed returns the ids of the plans of cities a question points at: every plan of those
// cities, or, when a city has several, the ones whose titles share most of the question's words
// (its quoted names first: “十百千”).
func (p *Parser) plansNamed(s string, cities []string) []string {
	var out []string
	for _, c := range cities {
		var docs []plan.Document
		for _, d := range p.docs(c) {
			docs = append(docs, *d)
		}
		if len(docs) == 0 {
			continue
		}
		best := -1.0
		var ids []string
		for _, d := range docs {
			sc := titleScore(s, d.Title)
			switch {
			case sc > best+1e-9:
				best, ids = sc, []string{d.ID}
			case sc > best-1e-9:
				ids = append(ids, d.ID)
			}
		}
		out = append(out, ids...)
	}
	return out
}

// plansNamedAround is plansNamed for a question asking which plans a place has ("湖州有哪些方案?"):
// the plans of the cities and of the counties and districts under them (湖州市安吉县 under 湖州市),
// those whose titles s names best.
func (p *Parser) plansNamedAround(s string, cities []string) []string {
	best := -1.0
	var ids []string
	for _, d := range p.allDocs {
		if !contains(cities, d.City) && !underCities(d.City, cities) {
			continue
		}
		switch sc := titleScore(s, d.Title); {
		case sc > best+1e-9:
			best, ids = sc, []string{d.ID}
		case sc > best-1e-9:
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// underCities reports whether place lies under one of the cities (湖州市安吉县 under 湖州市): asked
// which plans a city has, its counties' and districts' plans are among them.
func underCities(place string, cities []string) bool {
	parts := plan.SplitAdmin(place)
	for _, c := range cities {
		if n := len(plan.SplitAdmin(c)); n > 0 && n < len(parts) && strings.HasPrefix(place, c) {
			return true
		}
	}
	return false
}

// docs returns the plans of one city, in the order they were loaded.
func (p *Parser) docs(city string) []*plan.Document {
	return p.docsOfCities([]string{city})
}

// reCitedTitle is a document a title cites: "关于贯彻执行《X》的实施细则" cites X.
var reCitedTitle = regexp.MustCompile(`《[^》]*》`)

var reQuoted = regexp.MustCompile(`[“"‘「『]([^”"’」』]{2,30})[”"’」』]`)

// titleScore is how well a question's words point at a plan title: a quoted name in the title counts
// most, then the share of the question's character pairs the title holds, then a year it names.
func titleScore(q, title string) float64 { return newTitleQuery(q).score(title) }

// titleQuery is a question as titleScore reads it, for many titles: its quoted names, its years and
// its words.
type titleQuery struct {
	quoted, years []string
	words         string
}

func newTitleQuery(q string) titleQuery {
	tq := titleQuery{years: reYearDigits.FindAllString(q, -1), words: stripQuestion(stripTopicStop(q))}
	for _, m := range reQuoted.FindAllStringSubmatch(q, -1) {
		tq.quoted = append(tq.quoted, m[1])
	}
	return tq
}

func (tq titleQuery) score(title string) float64 {
	sc := 0.0
	for _, m := range tq.quoted {
		if strings.Contains(title, m) {
			sc += 2
		}
	}
	for _, y := range tq.years {
		if strings.Contains(title, y) {
			sc++
		}
	}
	return sc + coverageOf(tq.words, title)
}

// coverageOf is the share of the Han character pairs of q that t holds.
func coverageOf(q, t string) float64 {
	n, got := 0, 0
	for _, run := range hanRuns(q) {
		rs := []rune(run)
		for i := 0; i+2 <= len(rs); i++ {
			n++
			if strings.Contains(t, string(rs[i:i+2])) {
				got++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(got) / float64(n)
}

func hanRuns(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) })
}

// topicStop are the words of a question that carry the asking, the roles, the shape and the
// generic nouns; what is left after them (and after units, cities, dates) is the topic. A word
// here splits a run: "人工智能由谁负责" leaves 人工智能.
var topicStop = regexp.MustCompile(`(?i)` + strings.Join([]string{
	topicKeepWords, // matched first so that their stop words inside (共同, 具体) stay: see stripTopicStop
	`(?:相关|有关)(?:的)?(?:工程|项目|工作|任务|事项)`, // "X路相关的工程分别谁负责": the kind of work asked for, no word a task must hold
	`(?:这份|这个|那份|那个|该|本)?(?:材料|文件|通知|表|报告|规划)?(?:里|中)?(?:主要)?(?:都)?(?:说|讲|写)了(?:些)?(?:什么|啥)|主要内容|(?:讲|说)的是(?:什么|啥)|(?:这份|那份|该|本)材料|(?:扮演|担任|起)?(?:的)?(?:什么|啥|哪种|哪个|什么样的?)(?:角色|作用)|角色|[这那]?(?:[两三四五六几]|些)(?:项|条|件|份)(?:任务|工作|事|文件|方案|材料)?|[这那]件|(?:当|担任|作为)(?:牵头|分管|责任|联系)?(?:市|区|县|省|局)?领导`, // "这份材料讲了什么", "这两项现在过期了没", "市审计局在里面是什么角色"
	`(?:我|本人)(?:刚|刚刚|新|才)?(?:接手|接管|分管|调到|调入|来到|加入|负责)了?(?:[^\s，,。？?]{0,6}?\s*的联络工作)?|(?:我|本人)(?:刚|刚刚|新|才)(?:到|来)|(?:当|做|任|担任)(?:联络员|联系人)`,                                                                                                                                                    // "我刚接手X的联络工作，我们委在这些方案里有哪些任务"
	`从(?:什么时候|何时|哪天|哪一天|哪年|哪个月|几月几[日号])(?:开始)?(?:到|至)(?:什么时候|何时|哪天|哪一天|哪年|哪个月|几月几[日号])(?:结束|为止)?|从?(?:什么时候|何时|哪天|哪一天|哪年|哪个月)(?:起|开始|启动)|(?:什么时候|何时|几时|几号|哪天|哪一天)(?:之前|以前|前)|(?:要|需要|得)?到(?:什么时候|何时|哪天|哪一天|哪年)|开始(?:[?？]|$)|自己|自身|本身|亲自|本单位`,                                                  // "…从什么时候开始?", "督查室自己要承担哪些工作"
	`(?:多长时间|多久|多少天|几天|几年|多少年|几个月|多少个月)(?:之内|以内|内)|(?:多长时间|多久)(?:要|需要|能|可以|必须|得)|[这那]边|(?:主办|协办|主责|承办)\s*[(（](?:牵头|负责|配合|参与|协助|协同)[)）]|(?:牵头|负责|配合|参与|协助|协同)\s*[(（](?:主办|协办|主责|承办)[)）]|(?:主办|协办)(?:单位|部门|哪些|哪几|什么|的|几个项目|多少个项目|几个|几项|多少项|多少个)|(?:分|分配|摊)(?:到|得)(?:的|了)|(?:各|哪个|哪些|哪几个)(?:处室|科室|股室)|哪几方|哪些方|[几多]方(?:共同|一起|联合)?|(?:多少|几)个?(?:工作)?[天日](?:之内|以内|内)?`,
	`(?:本|该|此|这个|这份|那个|那份|这页|那页|本页|这几个|那几个|这几份|那几份|这些|那些)(?:(?:任务|责任|目标)?分解)?(?:计划|政策措施|措施|政策|意见|通知|文件|方案|细则|办法)(?:中|里|内)?|(?:这|那)张(?:表|清单|进度表|任务表)(?:中|里|上)?|的(?:若干)?措施(?:中|里面|里|当中)|(?:哪几|几|多少|哪)件(?:事|工作)?|(?:按照|根据|依据|按)(?:什么|哪些|啥)(?:要求|标准|规定|程序|办法)?|第(?:[一二三四五六七八九十]{1,3}|\d{1,3})(?:条|项|点)(?:的|里的|中的)?|最后(?:一|那一?|这一?)(?:条|项|点)(?:的)?|[几多少]*[条项]措施|哪些条目|哪些计划|哪几个计划|什么计划|哪些方案|哪些政策|哪几[项条]政策|请问|我想知道|想知道|想了解|了解一下|告诉我|查一下|查询|帮我|看看|一下|请列出|列出|列一下|列举|给出|说说|介绍一下|介绍|麻烦(?:你|您)?(?:说下|说一下|讲下|讲一下|看下|查下|统计下|统计一下)?|统计(?:一)?下|帮忙(?:统计|查|看)?(?:一)?下?|说下|讲下|讲讲|那条|这条|那项|这项|这一条|那一条|(?:在)?(?:这|那|本|此)一?页(?:上|里面|里|中|内)?(?:的)?`,
	`要(?:增长|提高|提升|达到|下降|降低|减少|实现)|[要得]到(?:多少|几|什么(?:水平|程度|规模))|(?:根据|按照|依据)(?:这份|该|本|这个|那份)?(?:方案|文件|计划|意见|通知)(?:的规定|规定|要求)?|^那么|^那|接下来|下一步|只看|只说|单看|光看|原则上|是否|有没有|有无|是不是|还有|吗|呢|吧|啊|呀|来着|(?:给|替)我(?:们)?|这(?:件|个|项)?事(?:情|儿)?|[这那]一?(?:摊子|摊|档子|堆)(?:事(?:情|儿)?)?|这(?:一)?块(?:儿)?|这项工作|这个工作`,
	`分(?:成|为)?(?:几|哪几|多少)(?:批|个?阶段|步|期)|每(?:一)?(?:批|个?阶段|步|期)|(?:哪些|哪几个|哪个|哪一个|什么|几个|各个?)(?:阶段|步骤|环节)|(?:时间|进度|步骤)安排(?:表)?(?:里|中|上)?|实施步骤(?:里|中)?`,
	`[两三四五六七八九十几]个?(?:地|省|市|区|县|城市)|[两三四五六七八九十几]个(?:方案|文件|计划|意见)|各管|这几个(?:省|市|地方|区)|哪些地方|哪个地方|哪些城市|(?:哪个|哪座|哪一个)(?:城市|地市|地区)|哪些项目|什么项目|几个项目|多少个项目|几项项目|哪几个项目|哪位|哪一位|哪个人|哪些人|负责领导|牵头领导|区领导|市领导|省领导|副市长|副省长|副区长|领导|负责人|几个|几家|几名|几项|几条|(?:多少|几)[座处所块棵株只台辆套间栋户]|多少条|多少个|多少家|多少名|多少项|哪些|哪个|哪一项|哪一个|哪一件|哪一份|哪几条|哪一?条|哪项|哪几项|哪几个|哪家|哪天|哪一天|哪年|哪一年|哪里|哪儿|哪|什么时候|什么|啥|谁|多大规模|多大|多高|多快|多长|(?:到|有|达)?(?:多深|多宽|多远|多厚)|多少|几|多久|多长时间|怎么样|怎么|怎样|如何|为什么`,
	`哪个(?:处室|科室|股室|处|科|股)(?:在管|来管|负责|牵头|管)|(?:处|科|股|室)?(?:在|来)管着?(?:什么|哪些|啥|吗|呢|呀|啊|吧)?(?:[?？]|$)|(?:谁|由谁)(?:在|来)管着?`,
	`(?:当|是|作为|为|任)?第一责任(?:单位|部门)|排(?:在)?(?:第一|首位)(?:的)?(?:单位|部门)?|跟进落实|跟踪落实|抓落实|推动落实|负责|牵头|参与|参加|配合|协助|协作|(?:别人|别的单位|别的部门|其他单位|其他部门|人家)(?:的)?(?:工作)?|承担|主管|分管|归口|归谁管|谁管|管什么|归谁|落实好|做好|要做|要干|干什么|做什么|涉及|提到|点名|提出|提的|出现了|出现过|包括|包含|具体`,
	`全(?:市|省|县|区)(?:范围内|范围|上下)?|共同|一起|同时|分别|各自|各地|各市|各县|各区|各级|各个|各|每个|所有|全部|一共|总共|共有|共计|合计|都|` + rankWord + `|排名`,
	`(?:工作)?要点(?:中|里面|里|当中)|重点(?:工作|任务)(?:中|里面|里|当中)|(?:目标任务|任务|责任|目标)?分解(?:表|方案)?(?:里面|里|中|当中)|(?:目标任务|任务|责任|目标)?分解(?:表|方案)|哪几条|哪一?条|条目|没办完|没做完|没有办完|还没办|(?:还)?剩下(?:的)?|还剩|没完成的|没(?:有)?(?:办|做|干|落实)(?:的|完)?|未(?:办|做|落实)(?:的|完)?|要管|管(?:哪些|什么|啥)事(?:情|儿)?|管哪几?|一块儿|一块|一同|一并|(?:正文)?第(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:大)?(?:部分|章|板块)(?:的|里的|中的)?|[两三四]家都(?:在|有|参与|负责)?的?|[两三四]个(?:单位|部门)都(?:在|有|参与|负责)?的?|哪些任务|哪些工作|哪项工作|什么任务|什么工作|哪些事项|(?:主要|重点)任务|工作内容|任务有|工作有|任务中|事项中|的任务|的工作|事情|内容|方面|相关|有关|领域|方案|意见|文件|通知|(?:通报|纪要|简报)(?:里面|里|中|上)|计划里|里面|里|中的|之中|当中|清单|单位|部门|机构|责任|分工|职责`,
	`(?:到|截至|截止到?|直到|迄)(?:现在|目前|今天|今日|当前|此时|如今)(?:为止)?|至今|迄今|为止|(?:搞|持续|开展|进行|干|执行|实施|施行)到|结束|收尾|逾期|超期|过期|已过|到期|截止|截至(?:[\s，,]|$)|期限|时限|时间|日期|(?:没有|没|未)(?:标记?为?|勾选?为?)(?:完成|办结)?|完成|没完成|未完成|完成了|已经|已|现在|目前|当前|还|按期|按时|最晚|最迟|最早|最先|最长|最短|要出(?:[?？!！。]|$)|年度|全年|上半年|下半年|没有写|没写|未写|没列|未列|正文`,
	`固定(?:要|的|地|做|开展)|定期|例行|常规(?:性)?(?:工作|任务|事项)|周期性|^(?:以上|上面)(?:这些)?(?:任务)?(?:中|里面?|当中)?|^这些(?:任务)?(?:中|里面?|当中)|(?:每月)?\d{1,2}\s*[日号](?:之前|以前|前)|(?:(?:19|20)\d{2}年)?第?[一二三四1-4]季度(?:末|底)?(?:前|之前)?|(?:每个?月)?月?[底末](?:之前|以前|前)|每个月|每月|每季度(?:末|底|初)?|每季(?:末|底|初)?|每周|每年|一年(?:要|内|里|中)?|逐月|按月|月度|一次|频率|频次|次`,
	`(?:工作|目标)?任务(?:一共|总共|共)?分解(?:成|为)了?(?:多少|几)`, // "政府工作任务分解成了多少项?": how the plan divides its work, no word of a task
	`(?:确定|部署|明确|提出|列出|安排)了?(?:多少|几)|(?:一|每)(?:辆|家|户|人|个|套|台|名)(?:最多|最高|最少|至少)?(?:能)?(?:补|给|奖|发)?|(?:最多|最高|最少|至少)(?:能)?(?:补贴|补|给|奖|发)|(?:要|需|需要|将|计划)(?:新增|新建|建成|增加|培育|引进|储备|改造|完成)(?:多少|几)[个家名项座条所处]?|指标|目标是|目标值|目标|想(?:要)?(?:达到|实现)|累计|总计|合计|达到|要达|数量|(?:具体)?数(?:字|值)(?:是多少|多少)|(?:的|具体)数(?:字|值)(?:$|[?？])`,
	`(?:要|能|需要|应|须|才能)?(?:实现|建成|做到|到位|办结|交付|投用|上线|落地)(?:[?？!！]|$)`,          // "…什么时候要实现?": the question's verb
	`(?:什么时候|何时|哪天|哪一天|哪年)(?:要|能|需要|应|须|才能)?(?:实现|建成|做到|到位|办结|交付|投用|上线|落地)`, // "什么时候实现截污纳管"
	`(?:开展|进行|组织|召开|举办)(?:一次|一回)`,
	`安排了|安排的|有安排|做了?哪些安排|明确写了|写明了|明确写|写了|写明|写在|写进|写入|明确(?:要求|规定|提出)|简单(?:地|的)?|简要(?:地)?|大致`,
	`按(?:城市|地市|地区|地方|县区|区县|省份|单位|部门|方案|文件)(?:分别|分组|分)?(?:列|统计|汇总|排|算)?(?:一下|下)?`,
	`(?:汇总|汇报|总结|概括)(?:一下|下)`, // "汇总一下…的任务": the asking for a summary, no word a task holds
	`想(?:要)?(?:申报|申请|参加|加入|报名)|(?:至少|最少)要?(?:多大|多少|多高|多长)?|最低(?:要(?:多大|多少|多高|多长)?|多大|多少|多高|多长)`,
	`(?:最早|最先|第一个|最晚|最后一个|最后|最迟)(?:的)?(?:一个)?(?:时间节点|节点|期限|截止日期)|时间节点`,
	`前[一两二三四五六七八九十\d]+(?:个|名|位|家)?|\d+\s*(?:项|条|件)(?:任务|工作|指标|目标|事项)?`,
	`印发|发布的|出台|成文|发文|文号|编号|全称|标题|名称|实施期限|实施期|起止|哪几年|载入|加载|导入|收录|上传`,
	`(?:在|到)?哪一?年(?:之前|以前|前|底前|底)?|这一?轮|本轮|这次|本次|此次|由谁|是谁|谁来|谁在|归谁|在哪(?:一?天(?:之前|以前|前)?|里|儿|一?个(?:阶段|步骤|环节))?|有没有|有哪些|有什么|有多少(?:项|条|个|家|名|件|份)?|是什么时候|是什么|对于|关于|以及|为什么|需要|应该|应当|必须|能否|这个|那个|这些|那些|要求|都要|都有`,
	`其中|它们|它的|它|是|的|了|吗|呢|吧|啊|呀|谁|哪|啥|几|或|被|把|该|其`,
	`(?:^|\s)a\s`, // the article, not the grade in 国有A级景区
	`\b(?:what|which|who|whom|whose|how|many|much|does|do|did|is|are|was|were|the|an|of|in|on|for|to|by|about|plan|plans|say|says|tell|me|please|will|should|there|any|have|has|had|its|it|their|they|and|or|with|be|been|tasks?|work|responsible|involved|lead|leads|owns?|handles?|handling|often|each|every|per|ones?|those|these|them)\b`,
	`[?？!！。，,.、:：;；"“”'‘’()（）《》〈〉【】\[\]\s]+`,
}, "|"))

// topicKeepWords are words a topic keeps whole although a stop word starts them: 共同富裕 is a
// topic, not 共同 + 富裕; 具体化 is no 具体.
const topicKeepWords = `共同富裕|共同体|共同缔造|具体化|都市|首都|层次|一次性`

var (
	reTopicKeep   = regexp.MustCompile(`^(?:` + topicKeepWords + `)$`)
	reTopicKeepIn = regexp.MustCompile(topicKeepWords)
)

// stripTopicStop blanks topicStop's words in s, keeping topicKeepWords.
func stripTopicStop(s string) string {
	return topicStop.ReplaceAllStringFunc(s, func(m string) string {
		if reTopicKeep.MatchString(m) {
			return m
		}
		return " "
	})
}

// together reports whether s asks for tasks shared by all it names (reTogether), leaving out a 共同
// that starts a topic word (共同富裕).
func together(s string) bool {
	return reTogether.MatchString(reTopicKeepIn.ReplaceAllString(s, " "))
}

// reYearPhrase is a date phrase left in a topic ("到2027年"): dates are the window's business.
var reYearPhrase = regexp.MustCompile(`(?:到|至|在|于)?(?:19|20)\d{2}\s*年?(?:底|末|前|以前|之前)?`)

// reAbout is a topic named by "跟X有关", "关于X的": X counts even when it is one character (水).
var reAbout = regexp.MustCompile(`(?:跟|和|与|同|关于|涉及)([\p{Han}A-Za-z0-9]{1,12}?)(?:有关|相关|方面)`)

// wordBeforeLink are characters that make a word with a one-character link after them (共同, 合同,
// 协同, 参与, 普及, 温和): "共同富裕方面" is about 共同富裕, not 富裕.
const wordBeforeLink = "共合不相如认协会陪赞连参给普涉以温平总"

// aboutTerms finds reAbout's topics in s and returns them with s where each "跟X有关" stands as X.
func aboutTerms(s string) (terms []string, rest string) {
	var b strings.Builder
	last := 0
	for _, m := range reAbout.FindAllStringSubmatchIndex(s, -1) {
		if link := s[m[0]:m[2]]; utf8.RuneCountInString(link) == 1 {
			if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); strings.ContainsRune(wordBeforeLink, r) {
				continue
			}
		}
		terms = append(terms, s[m[2]:m[3]])
		b.WriteString(s[last:m[0]] + " " + s[m[2]:m[3]] + " ")
		last = m[1]
	}
	b.WriteString(s[last:])
	return terms, b.String()
}

// splitModal splits a run at a modal 要 between what is asked about and a one-character act asked how
// much of: "烟叶要种多少亩" is 烟叶 and 种. Not the 要 of a word (重要, 主要, 需要, 要求, 要素, 要点).
func splitModal(s string) string {
	if !strings.Contains(s, "要") {
		return s
	}
	rs := []rune(s)
	for i := 2; i+1 < len(rs); i++ {
		if rs[i] != '要' || !unicode.Is(unicode.Han, rs[i-1]) || !unicode.Is(unicode.Han, rs[i-2]) || !unicode.Is(unicode.Han, rs[i+1]) {
			continue
		}
		if strings.ContainsRune("重主纲需只不必想摘提扼紧首", rs[i-1]) || strings.ContainsRune("求素点害闻件务冲塞津地", rs[i+1]) {
			continue
		}
		if i+2 < len(rs) && unicode.Is(unicode.Han, rs[i+2]) {
			continue // only a one-character act, its question words gone: 要种(多少亩), 要建(几个)
		}
		rs[i] = ' '
	}
	return string(rs)
}

// reDecimal is a decimal point, which topicStop would take for a full stop; it stands as decimalMark
// (a private-use character) while topicStop runs.
var reDecimal = regexp.MustCompile(`(\d)\.(\d)`)

const decimalMark = "\uE000"

// reThoseN is 那/这 before a count of items inside a run: "审批改革那六项" is 审批改革 and 六项.
var reThoseN = regexp.MustCompile(`[那这]([一二三四五六七八九十两几\d]{1,3}[项条个份件])`)

// reJoin splits a run at 和, 与, 及: "进出口和实际使用外资" is about 进出口 and 实际使用外资.
var reJoin = regexp.MustCompile(`以及|和|与|及|、`)

// topicTerms splits what is left of a question into topic terms: runs of two or more characters
// (Han, with digits and Latin letters inside them: 5A级景区), split where Han meets Latin
// (GDP能耗 is GDP and 能耗) and at 和/与/及. The words of the question itself ("任务", "工作") are
// trimmed from a run's ends but kept inside it (社会工作人才).
func topicTerms(s, lang string) []string {
	var out []string
	add := func(f string) {
		if f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	about, s := aboutTerms(s)
	for _, m := range about {
		if t := trimEdges(m); utf8.RuneCountInString(t) == 1 && !strings.ContainsRune(edgeWords+"的是了", []rune(t)[0]) {
			add(t)
		}
		if t := strings.TrimSpace(m); t == "项目" || t == "指标" {
			add(t) // "和项目有关的任务": what the tasks concern, said by one of the question's own nouns
		}
	}
	// "哪些活跟污水有关": the topic is what the tasks are said to concern, not the words before 跟.
	s = reYearPhrase.ReplaceAllString(s, " ")
	s = reThoseN.ReplaceAllString(s, " $1")                      // "审批改革那六项": the topic, then the count that names the plan's items
	s = reDecimal.ReplaceAllString(s, "${1}"+decimalMark+"${2}") // PM2.5 is one word, not PM2 and 5
	s = stripTopicStop(s)
	s = strings.ReplaceAll(s, decimalMark, ".")
	s = splitModal(s)
	for _, f := range strings.Fields(s) {
		for _, part := range splitAtDui(reJoin.Split(f, -1)) {
			for _, piece := range splitScripts(part) {
				piece = trimEdges(piece)
				if utf8.RuneCountInString(piece) < 2 || genericRuns[piece] || slices.Contains(edgeNouns, piece) || !hasHan(piece) && !reLatinTerm.MatchString(piece) {
					continue
				}
				add(piece)
			}
		}
	}
	return out
}

// reDui is 对 between who acts and what it acts on ("巡查人员对沿街商铺…巡查"), not 对 opening a word
// of its own (对外, 对接, 对标).
var reDui = regexp.MustCompile(`\p{Han}{2}(对)[^外口象接标比话应策称齐焦账照]`)

// splitAtDui splits each part at such a 对: the actor and the thing acted on are two terms.
func splitAtDui(parts []string) []string {
	var out []string
	for _, p := range parts {
		for {
			loc := reDui.FindStringSubmatchIndex(p)
			if loc == nil {
				break
			}
			out = append(out, p[:loc[2]]) // up to 对, and on after it
			p = p[loc[3]:]
		}
		out = append(out, p)
	}
	return out
}

// reLatinTerm is a Latin term that names something in the plans' Chinese (GDP, PM2.5, 5G, IPv6).
var reLatinTerm = regexp.MustCompile(`^(?:[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9.]*|\d+G|\d{5,})$`)

// splitScripts splits a run where Han characters meet a Latin word ("GDP能耗" → GDP, 能耗); digits
// stay with what they stand by (5A级景区, 10亿元).
func splitScripts(s string) []string {
	var out []string
	var b strings.Builder
	prevLatin := false
	rs := []rune(s)
	k := -1
	for i, r := range s {
		k++
		latin := r < 0x80 && unicode.IsLetter(r)
		if latin && k+1 < len(rs) && unicode.Is(unicode.Han, rs[k+1]) && (k == 0 || !(rs[k-1] < 0x80 && unicode.IsLetter(rs[k-1]))) {
			latin = false // one letter before Han words, a grade or a class: 国有A级景区, 4A级, B类
		}
		if i > 0 && b.Len() > 0 && latin != prevLatin && (unicode.IsLetter(r) || unicode.Is(unicode.Han, r)) {
			out = append(out, b.String())
			b.Reset()
		}
		b.WriteRune(r)
		if unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
			prevLatin = latin
		}
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// genericRuns are words that, left alone, name no topic: "哪个城市的任务最多" leaves 城市, "责任科室是办公室
// 的有几项" 科室 (a department's sections are its units as 单位 and 部门 are a government's).
var genericRuns = map[string]bool{"城市": true, "地方": true, "地区": true, "单位": true, "部门": true, "科室": true, "处室": true, "股室": true, "方面": true,
	"事情": true, "事儿": true, "东西": true, "内容": true, "情况": true, "问题": true, "要点": true, "重点": true, "节点": true, "时间节点": true, "主要": true, "具体": true,
	"一些": true, "哪方面": true, "总体": true, "整体": true, "分别": true, "多少项": true, "现在": true, "目前": true, "进展": true, "进度": true, "计划": true, "文件": true, "条目": true, "措施": true, "举措": true, "分支机构": true, "分支": true}

// edgeWords are function words that may stand at the edge of what is left of a question ("要引进",
// "人工智能由") but also inside the plans' own words (要素, 由来), so they are trimmed only at the
// edges.
const edgeWords = "要由来在有都还和与及也就又再请将等里对于为以向给让同跟并那这"

// edgeOpenings are words that open with an edge word and are kept whole: 有害垃圾 is not 害垃圾. Only
// words the edge word cannot stand before as a word of its own (在建设…, 对外卖…, 为民营… can).
var edgeOpenings = []string{"为民", "就业", "就医", "就学", "再就业", "再生", "同城", "并购", "在线", "对象", "对口", "对外", "有害", "有机", "有效", "有序", "有线", "有色", "有轨", "要素", "以旧换新", "以工代赈", "给排水"}

// framedOpenings open with an edge word that frames what follows, though an edgeOpening starts the
// same way: "在线下消费方面" is about 线下消费, "就医疗卫生方面" about 医疗卫生.
var framedOpenings = []string{"在线下", "在线上", "就医疗", "就医保", "就医药", "就学校", "就学前"}

// edgeNouns are the question's own nouns, trimmed from a run's ends: "红棉计划创业项目的内容" is
// about 红棉计划创业项目.
var edgeNouns = []string{"任务", "工作", "事项", "项目", "内容", "情况", "指标", "目标", "进展", "进度", "期间", "部分"}

// edgeSends say to whom something goes, trimmed from a run's start: "报给区安办" is about 区安办,
// which the plan writes "反馈至区安办", "报送区安办".
var edgeSends = []string{"报送给", "报送至", "报送到", "上报给", "上报至", "提交给", "报给", "报至", "报到", "送给", "交给", "发给"}

// edgeAsks are how a figure question ends its topic, trimmed from a run's end: "公路超限率要控制"
// asks about 公路超限率, "公积金贷款最高能贷" about 公积金贷款.
var edgeAsks = []string{"最高能贷", "最多能贷", "要控制", "控制在", "要达到", "能达到", "最高能", "最多能", "能贷", "最高", "最多", "完"}

// trimEdges trims function words from both ends of a topic run, and the question's own nouns from
// its end, until neither is left: "组织保障部分有" loses 有, then 部分.
func trimEdges(s string) string {
	for {
		t := trimEdgesOnce(s)
		if t == s {
			return s
		}
		s = t
	}
}

// trimEdgesOnce trims, once each, the asking words, the question's own nouns, the sending verbs and
// the function words from a run's ends.
func trimEdgesOnce(s string) string {
	for changed := true; changed; {
		changed = false
		for _, a := range edgeAsks {
			if t, ok := strings.CutSuffix(s, a); ok && utf8.RuneCountInString(t) >= 2 {
				s, changed = t, true
			}
		}
		for _, n := range edgeNouns {
			if t, ok := strings.CutSuffix(s, n); ok && t != "" {
				s, changed = t, true
			}
			if t, ok := strings.CutPrefix(s, n); ok && t != "" {
				s, changed = t, true
			}
		}
		for _, w := range edgeSends {
			if t, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(t) >= 2 {
				s, changed = t, true
			}
		}
	}
	for {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !strings.ContainsRune(edgeWords, r) || hasAnyPrefix(s, edgeOpenings) && !hasAnyPrefix(s, framedOpenings) {
			break
		}
		s = s[n:]
	}
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !strings.ContainsRune(edgeWords, r) || hasAnySuffix(s, edgeClosings) {
			break
		}
		s = s[:len(s)-n]
	}
	for _, w := range edgeSends {
		if t, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(t) >= 2 {
			s = t // "要报给区安办": 要 trimmed above, the sending verb now
			break
		}
	}
	for _, m := range edgeModals {
		if t, ok := strings.CutPrefix(s, m); ok && utf8.RuneCountInString(t) >= 2 && (m != "能" || strings.ContainsRune(modalVerbs, []rune(t)[0])) {
			s = t // "还能申请": what can be done is 申请
			break
		}
	}
	return s
}

// edgeClosings are words that end with an edge word and are kept whole: 申请 is not 申, 土地出让 is not
// 土地出, 供给 not 供.
var edgeClosings = []string{"申请", "邀请", "提请", "报请", "聘请", "出让", "转让", "礼让", "供给", "补给", "行为", "导向"}

// edgeModals say whether something may be done ("能申请", "可以享受"); they are trimmed from a run's
// start. 能 alone only before a verb of what people may do (能源, 能耗 stay).
var edgeModals = []string{"能不能", "可不可以", "能否", "能够", "可以", "还能", "能"}

const modalVerbs = "申用办领享买贷提报参"

func hasAnySuffix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// reUnitAsk marks a question about what a unit does.
var reUnitAsk = regexp.MustCompile(`(?i)负责|牵头|参与|配合|任务|工作|职责|分工|干什么|做什么|干啥|事项|own|task|work|responsib|lead|involve|duties|do\b|doing|assigned`)

// asksUnit reports whether a question asks what some unit does (for "not found" answers).
func asksUnit(s, lang string) bool {
	if lang == "en" {
		return reUnitAsk.MatchString(s) && hasHan(s)
	}
	return reUnitAsk.MatchString(s)
}

// reShortName is a plan named by a short form of its title, then a plan's word: "扩消费措施" for
// 持续扩大消费若干措施, "防诈方案" for 防范电信网络诈骗工作方案.
var reShortName = regexp.MustCompile(`(\p{Han}{3,8})(?:方案|意见|计划|措施|要点|清单)`)

// planByShortName finds the one plan of the places named whose title holds a short name's
// characters in order (扩消费: 扩大消费), the name three characters or more ending right before a
// plan's word; it takes the longest such name that fits one plan, and cuts it with its plan's word.
func (p *Parser) planByShortName(s string, cities []string) ([]string, string) {
	for _, m := range reShortName.FindAllStringSubmatchIndex(s, -1) {
		rs := []rune(s[m[2]:m[3]])
		for from := 0; from+3 <= len(rs); from++ {
			name := string(rs[from:])
			var found []string
			for _, d := range p.allDocs {
				if contains(cities, d.City) && gapHolds(titleQuotes.Replace(d.Title), name) {
					found = append(found, d.ID)
				}
			}
			if len(found) == 1 {
				// Only the name and its plan's word go: "体育场馆开放在扩消费措施里" keeps its topic.
				return found, s[:m[2]+len(string(rs[:from]))] + " " + s[m[1]:]
			}
			if len(found) > 1 {
				break // a shorter name fits more plans still
			}
		}
	}
	return nil, s
}

// reAbbrevName is a plan named by a two-character abbreviation, then a plan's word: "人影方案".
var reAbbrevName = regexp.MustCompile(`(\p{Han}{2})(?:方案|意见|计划|措施|要点|清单)`)

// planByAbbrev finds the one plan whose title holds a two-character abbreviation as its words'
// first characters ("人影方案": 人工影响天气, 人 and 影 two apart), and cuts the name with its plan's
// word; none when no plan or several do.
func (p *Parser) planByAbbrev(s string, cities []string) ([]string, string) {
	for _, m := range reAbbrevName.FindAllStringSubmatchIndex(s, -1) {
		ab := []rune(s[m[2]:m[3]])
		if ab[0] == '这' || ab[0] == '那' || ab[0] == '该' || ab[0] == '本' || ab[0] == '哪' || ab[1] == '的' {
			continue // "这个方案", "哪些方案": no name
		}
		if slices.ContainsFunc(p.allDocs, func(d *plan.Document) bool {
			return (len(cities) == 0 || contains(cities, d.City)) && strings.Contains(d.Title, string(ab))
		}) {
			continue // "分工方案": a title holds the word itself, which is meant, not an abbreviation
		}
		var found []string
		for _, d := range p.allDocs {
			if len(cities) > 0 && !contains(cities, d.City) {
				continue
			}
			if !strings.ContainsRune(d.Title, ab[0]) || !strings.ContainsRune(d.Title, ab[1]) {
				continue // most titles hold neither: no need to read them rune by rune
			}
			if abbrevIn([]rune(d.Title), ab) {
				found = append(found, d.ID)
			}
		}
		if len(found) == 1 {
			return found, s[:m[2]] + " " + s[m[1]:]
		}
	}
	return p.planByWordPairs(s, cities)
}

// rePairsName is a name of four to eight characters before a plan's word: "交通光伏方案".
var rePairsName = regexp.MustCompile(`(\p{Han}{4,8})(?:方案|意见|计划|措施|要点|清单|文件)`)

// planByWordPairs finds the one plan whose title holds a name's two-character words in order:
// "交通光伏方案" for 上海交通领域光伏推广应用实施方案. The name is read whole, in pairs from its end (an
// odd first character, 最新 or 市级 before it, may be left out); a tail alone names no plan.
func (p *Parser) planByWordPairs(s string, cities []string) ([]string, string) {
	for _, m := range rePairsName.FindAllStringSubmatchIndex(s, -1) {
		name := []rune(s[m[2]:m[3]])
		// The whole name, or all of it but a first character (最新, 市级 … are no title's words).
		for n := len(name) - len(name)%2; n >= 4 && n >= len(name)-2; n -= 2 {
			pairs := name[len(name)-n:]
			var found []string
			for _, d := range p.allDocs {
				if (len(cities) == 0 || contains(cities, d.City)) && pairsInOrder(d.Title, pairs) {
					found = append(found, d.ID)
				}
			}
			if len(found) == 1 {
				start := m[3] - len(string(pairs))
				return found, s[:start] + " " + s[m[1]:]
			}
		}
	}
	return nil, s
}

// pairsInOrder reports whether title holds each two-character word of pairs, in order, and not all
// as one run (a title holding the name whole is found by its words).
func pairsInOrder(title string, pairs []rune) bool {
	if strings.Contains(title, string(pairs)) {
		return false
	}
	at := 0
	for i := 0; i+1 < len(pairs); i += 2 {
		k := strings.Index(title[at:], string(pairs[i:i+2]))
		if k < 0 {
			return false
		}
		at += k + len(string(pairs[i:i+2]))
	}
	return true
}

// abbrevIn reports whether title holds ab's two characters as the first characters of two words in
// a row: ab[0] at i and ab[1] at i+2 (人工影响 for 人影), with no character of ab in the same place
// otherwise (a title holding 人影 itself is found by its words).
func abbrevIn(title []rune, ab []rune) bool {
	for i := 0; i+2 < len(title); i++ {
		if title[i] == ab[0] && title[i+2] == ab[1] && title[i+1] != ab[1] {
			return true
		}
	}
	return false
}

// reTitleYearRun is a year with its 年: no word of a title's own.
var reTitleYearRun = regexp.MustCompile(`\d+\s*年`)

// sameYearNamed reports whether the question names a year its plan's title names too.
func sameYearNamed(q, title string) bool {
	for _, y := range reTitleYearRun.FindAllString(q, -1) {
		if len(y) >= len("2020年") && strings.Contains(title, strings.ReplaceAll(y, " ", "")) {
			return true
		}
	}
	return false
}

// planByPieces finds the one plan of the places named whose title holds a question's words in
// pieces ("衢州服务业十百千": 服务业 and 十百千 of 衢州市服务业高质量发展“十百千”工程实施方案): two
// shared runs of three characters or more, neither a word every title has, that together make six.
func (p *Parser) planByPieces(s string, cities []string) ([]string, string) {
	var found []string
	var runs []string
	qr := []rune(s)
	var grams []string // a title must share three Han characters in a row first
	for i := 0; i+3 <= len(qr); i++ {
		if g := qr[i : i+3]; unicode.Is(unicode.Han, g[0]) && unicode.Is(unicode.Han, g[1]) && unicode.Is(unicode.Han, g[2]) {
			grams = append(grams, string(g))
		}
	}
	if len(grams) == 0 {
		return nil, s
	}
	if ids, rest := p.planByShortName(s, cities); len(ids) == 1 {
		return ids, rest
	}
	for _, d := range p.allDocs {
		if !contains(cities, d.City) || !slices.ContainsFunc(grams, func(g string) bool { return strings.Contains(d.Title, g) }) {
			continue
		}
		title := titleQuotes.Replace(d.Title)
		var own []string
		n := 0
		for _, r := range commonRuns(s, title, 3) {
			plain := reGenericTitle.ReplaceAllString(r, "")
			for _, f := range plan.CityForms(d.City) {
				plain = strings.ReplaceAll(plain, f, "")
			}
			// A piece is words of the title's own (服务业, 十百千), not a year or a city.
			if utf8.RuneCountInString(strings.Join(hanRuns(reTitleYearRun.ReplaceAllString(plain, " ")), "")) >= 3 {
				own = append(own, r)
				n += utf8.RuneCountInString(r)
			}
		}
		// One piece of four characters or more will do with the title's year named too ("崇明区2020年
		// 违法用地整治方案": 违法用地 of 崇明区2020年违法用地综合整治行动实施方案).
		if len(own) >= 2 && n >= 6 || len(own) == 1 && n >= 4 && sameYearNamed(s, title) {
			found, runs = append(found, d.ID), own
		}
	}
	if len(found) != 1 {
		return nil, s
	}
	if rest, ok := namingPhrase(s, runs); ok {
		return found, rest
	}
	rest := s
	for _, r := range runs {
		rest = strings.Replace(rest, r, " ", 1)
	}
	return found, rest
}

// ownWordsBefore reports whether the two Han characters right before run r in q, in the same run of
// Han characters, stand nowhere in title (with the plan's place): a short shared phrase qualified by
// words of its own names another plan.
func ownWordsBefore(q, r, title string) bool {
	i := strings.Index(q, r)
	if i < 0 {
		return false
	}
	before := []rune(q[:i])
	if len(before) < 2 || !unicode.Is(unicode.Han, before[len(before)-1]) || !unicode.Is(unicode.Han, before[len(before)-2]) {
		return false
	}
	w := string(before[len(before)-2:])
	if strings.ContainsAny(w, "的在里中和与及年") || plainQualifier[w] {
		return false
	}
	return !strings.Contains(title, w)
}

// reDeptWord is a department's word right after a field's name: 生态环境部门, 生态环境局.
var reDeptWord = regexp.MustCompile(`^(?:主管|职能)?(?:部门|局|厅|委|办)`)

// deptAfter reports whether run r stands in q right before a department's word the title does not
// give it: the words name a department of that field (平潭生态环境部门), not the plan whose title holds
// them (生态环境保护工作要点). A title naming the department itself (江门市卫生健康局…工作要点) is its plan.
func deptAfter(q, r, title string) bool {
	i := strings.Index(q, r)
	if i < 0 {
		return false
	}
	m := reDeptWord.FindString(q[i+len(r):])
	return m != "" && !strings.Contains(title, r+m) && !strings.Contains(title, r+"局") && !strings.Contains(title, r+"委")
}

// reCampaignPeriod is the word after a field's name that makes it a campaign held for a time each
// year: 安全生产月, 科技活动周, 读书节.
var reCampaignPeriod = regexp.MustCompile(`^(?:月|周|节)`)

// campaignAfter reports whether run r stands in q right before a campaign's period word (月, 周, 节)
// the title does not give it, and an item of d writes that campaign (开展安全生产月活动): the words name
// the item (安全生产月), not the plan whose title holds the field (2027年安全生产工作要点).
func campaignAfter(q, r, title string, d *plan.Document) bool {
	i := strings.Index(q, r)
	if i < 0 {
		return false
	}
	m := reCampaignPeriod.FindString(q[i+len(r):])
	if m == "" || strings.Contains(title, r+m) {
		return false
	}
	return slices.ContainsFunc(d.Tasks, func(t plan.Task) bool { return strings.Contains(t.Text, r+m) })
}

// plainQualifier are words a question puts before a plan's name that no title needs: 最新大件运输方案,
// 市级公园提质方案.
var plainQualifier = map[string]bool{"最新": true, "最近": true, "新的": true, "市级": true, "省级": true, "区级": true, "县级": true,
	"全市": true, "全省": true, "全区": true, "全县": true, "本市": true, "本区": true, "本县": true, "本省": true, "那个": true, "这个": true,
	"那份": true, "这份": true, "今年": true, "去年": true, "明年": true}

// namingPhrase cuts the whole phrase that named a plan when its title's pieces stand in one run of
// words ending in a plan's word: "农房安全隐患排查方案" (the title says 农村房屋…安全隐患排查整治工作方案)
// goes whole, 农房 with it, not left as a topic. false when the pieces are apart.
func namingPhrase(s string, runs []string) (string, bool) {
	lo, hi := len(s), 0
	for _, r := range runs {
		i := strings.Index(s, r)
		if i < 0 {
			return s, false
		}
		lo, hi = min(lo, i), max(hi, i+len(r))
	}
	m := rePlanWordAfter.FindStringIndex(s[hi:])
	if m == nil || strings.IndexFunc(s[lo:hi], func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return s, false
	}
	hi += m[1]
	// The words run on before the first piece: up to four characters of the same phrase.
	// A time word stays with the question: "今年民生幸福工程里…" asks about this year.
	for n := 0; n < 4 && lo > 0 && !reTimeWordEnd.MatchString(s[:lo]); n++ {
		r, size := utf8.DecodeLastRuneInString(s[:lo])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("的在里中和与及那这个", r) {
			break
		}
		lo -= size
	}
	return s[:lo] + " " + s[hi:], true
}

// reTimeWordEnd is a time word ending the text before a plan's name: not part of the name.
var reTimeWordEnd = regexp.MustCompile(`(?:今年|明年|去年|本年|当年|今后|本月|下月|下个月|上个月|本季度|下季度)$`)

// rePlanWordAfter is the rest of a plan's name after its title's last piece: "排查方案", "工作计划".
var rePlanWordAfter = regexp.MustCompile(`^\p{Han}{0,4}?(?:方案|意见|计划|措施|要点|清单)`)

// reGenericTitle are the words every plan title may hold; sharing them says nothing about which
// plan a question means.
var reGenericTitle = regexp.MustCompile(`关于|印发|实施方案|工作方案|方案|实施意见|意见|通知|重点工作|重点任务|任务分工|分工方案|责任分工|责任分解|工作要点|要点|政府工作报告|高质量发展|人民政府|办公室|的`)

// commonRuns returns the runs of at least min runes that q and t share, longest first, not
// overlapping in q. A run does not end inside a number of either text: "2023年12月" and "2023年10件"
// share "2023年", not "2023年1", whose 1 is another number's first digit in each.
func commonRuns(q, t string, min int) []string {
	qr, tr := []rune(q), []rune(t)
	var out []string
	used := make([]bool, len(qr))
	digit := func(rs []rune, i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	for {
		best, bi, bj := 0, 0, 0
		for i := range qr {
			if used[i] {
				continue
			}
			for j := range tr {
				n := 0
				for i+n < len(qr) && j+n < len(tr) && qr[i+n] == tr[j+n] && !used[i+n] {
					n++
				}
				if n > best {
					best, bi, bj = n, i, j
				}
			}
		}
		if best < min {
			return out
		}
		for k := bi; k < bi+best; k++ {
			used[k] = true
		}
		n := best
		if digit(qr, bi+n) || digit(tr, bj+n) {
			for n > 0 && digit(qr, bi+n-1) {
				n-- // the number goes on in one text: its digits shared so far are no shared number
			}
		}
		if n >= min {
			out = append(out, string(qr[bi:bi+n]))
		}
	}
}

// titleQuotes are the quotes a title holds around its campaign's name: a question leaves them out.
var titleQuotes = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "")

// titleGrams indexes the plans' titles by their runs of four characters (one of them Han, no space),
// so that finding the titles a question shares words with looks up the question's runs rather than
// reading every title: at 10,000 plans that scan was a third of the question parser's time.
type titleGrams struct {
	plain  []string           // each plan's title without the quotes around its campaign's name
	grams  map[string][]int32 // run → the plans (indices in allDocs, ascending) whose plain title holds it
	quoted map[string][]int32 // a name a title quotes (迎青运 of 开展“迎青运”…方案) → those plans
	towns  map[string][]int32 // a town or subdistrict that issues a plan (吴泾镇) → its plans
	// bureaus are the plans a department issued (a bureau, commission or department of a province),
	// with the issuer's name less its place: what plansIssuedBy reads instead of every plan.
	bureaus []issuedBy
}

// issuedBy is a plan a department issued, and the department's name without its place.
type issuedBy struct {
	k    int32
	name string
}

// departmentIssuer is the issuer of d without its place when a department issued it (平潭县国土资源局 →
// 国土资源局); "" for a government or its office, which issue plans for every unit.
func departmentIssuer(d *plan.Document) string {
	iss := d.Issuer
	for _, f := range plan.CityForms(d.City) {
		iss = strings.Replace(iss, f, "", 1)
	}
	if iss == "" || !strings.HasSuffix(iss, "局") && !strings.HasSuffix(iss, "委") && !strings.HasSuffix(iss, "厅") {
		return ""
	}
	return iss
}

func newTitleGrams(docs []*plan.Document) *titleGrams {
	tg := &titleGrams{plain: make([]string, len(docs)), grams: map[string][]int32{}, quoted: map[string][]int32{}, towns: map[string][]int32{}}
	for k, d := range docs {
		if t := issuingTown(d); t != "" {
			tg.towns[t] = append(tg.towns[t], int32(k))
		}
		if b := departmentIssuer(d); b != "" {
			tg.bureaus = append(tg.bureaus, issuedBy{int32(k), b})
		}
		title := d.Title
		if strings.ContainsAny(title, "“”\"‘’") {
			for _, m := range reTitleQuoted.FindAllStringSubmatch(title, -1) {
				if l := tg.quoted[m[1]]; len(l) == 0 || l[len(l)-1] != int32(k) {
					tg.quoted[m[1]] = append(l, int32(k))
				}
			}
			title = titleQuotes.Replace(title) // "十百千工程" names 《…“十百千”工程实施方案》
		}
		tg.plain[k] = title
		for _, g := range fourRuns(title) {
			if l := tg.grams[g]; len(l) == 0 || l[len(l)-1] != int32(k) {
				tg.grams[g] = append(l, int32(k))
			}
		}
	}
	return tg
}

// reTown is a town, township or subdistrict by its name: 吴泾镇, 君山乡, 南湖街道.
var reTown = regexp.MustCompile(`(\p{Han}{2,3}?)(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)?$`)

// reZoneIssuer is a 片区 of a zone by its name, as it signs: 苏平片区管理局.
var reZoneIssuer = regexp.MustCompile(`(\p{Han}{2})片区(?:管理局|管委会|管理委员会|办事处)$`)

// genericTown are words that end as towns do and name none: 各乡镇, 城镇, 特色小镇.
var genericTown = regexp.MustCompile(`^(?:各|全|城|村|集|小|特色|乡|重点|中心|建制|街|所在|有关|相关)`)

// issuingTown is the town below the plan's city that issues it ("上海市闵行区吴泾镇人民政府" → 吴泾镇),
// "" when a city or district does.
func issuingTown(d *plan.Document) string {
	iss := d.Issuer
	for _, f := range plan.CityForms(d.City) {
		iss = strings.ReplaceAll(iss, f, "")
	}
	if m := reZoneIssuer.FindStringSubmatch(iss); m != nil && !genericTown.MatchString(m[1]) {
		return m[1] + "片区" // "平潭综合实验区苏平片区管理局": the 片区 under a zone issues it
	}
	m := reTown.FindStringSubmatch(iss)
	if m == nil || genericTown.MatchString(m[1]) || utf8.RuneCountInString(iss) > 14 {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(m[0], "办事处"), "党委"), "政府"), "人民")
}

// townPlans are the plans issued by a town the question names in full (吴泾镇, 南湖街道), with the
// town's name, or its stem where a unit's name took the 镇 ("吴泾镇城运中心"), cut from rest. A stem
// alone ("吴泾") may be the town's area in another plan, and a town read as a unit (吴泾镇有哪些任务,
// a party in a district's plan) is that party: neither scopes anything.
func (p *Parser) townPlans(full, rest string, cities []string, asUnit func(string) bool) (ids []string, after string) {
	tg := p.titleGrams()
	for _, town := range slices.Sorted(maps.Keys(tg.towns)) { // in one order every time
		ks := tg.towns[town]
		if !strings.Contains(full, town) || asUnit(town) {
			continue // a town named as a party in other plans is asked about as one
		}
		for _, k := range ks {
			if d := p.allDocs[k]; len(cities) == 0 || contains(cities, d.City) {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) == 0 {
			continue
		}
		cut := town
		if !strings.Contains(rest, town) {
			cut = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(town, "街道"), "镇"), "乡")
		}
		return ids, strings.Replace(rest, cut, " ", 1)
	}
	return nil, rest
}

// reTitleQuoted is a name a title quotes: “迎青运”, "三无".
var reTitleQuoted = regexp.MustCompile(`[“"]([^“”"]{2,12})[”"]`)

// fourRuns lists the runs of four characters of s that hold a Han character and no space: pieces of
// s, not new strings, when s is valid UTF-8 (every plan's title is read so as the parser is built).
func fourRuns(s string) []string {
	if !utf8.ValidString(s) {
		rs := []rune(s)
		var out []string
		for i := 0; i+4 <= len(rs); i++ {
			if g := string(rs[i : i+4]); hasHan(g) && !strings.ContainsAny(g, " ") {
				out = append(out, g)
			}
		}
		return out
	}
	var out []string
	var at [5]int // where the last five characters began, the last at at[4]
	n := 0
	for i := range s {
		copy(at[:], at[1:])
		at[4] = i
		if n++; n >= 5 {
			if g := s[at[0]:at[4]]; hasHan(g) && !strings.ContainsAny(g, " ") {
				out = append(out, g)
			}
		}
	}
	if n >= 4 {
		if g := s[at[5-4]:]; hasHan(g) && !strings.ContainsAny(g, " ") {
			out = append(out, g)
		}
	}
	return out
}

// sharing returns, in index order, the plans whose titles share a run of four characters with s.
func (tg *titleGrams) sharing(s string) []int32 {
	var lists [][]int32
	n := 0
	for _, g := range fourRuns(s) {
		if l := tg.grams[g]; len(l) > 0 {
			lists, n = append(lists, l), n+len(l)
		}
	}
	if len(lists) == 1 {
		return lists[0]
	}
	var out []int32
	if n > len(tg.plain)/8 { // common runs ("实施方案"): mark the plans rather than sort the lists
		marks := make([]bool, len(tg.plain))
		for _, l := range lists {
			for _, k := range l {
				marks[k] = true
			}
		}
		for k, m := range marks {
			if m {
				out = append(out, int32(k))
			}
		}
		return out
	}
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// titleGrams returns the parser's title index, built on first use.
func (p *Parser) titleGrams() *titleGrams {
	p.titlesOnce.Do(func() { p.titles = newTitleGrams(p.allDocs) })
	return p.titles
}

// planRefs finds the plans a question names by their titles' own words ("人才集聚工程",
// "数字广东2025年工作要点"): the plans (of the cities named, if any) whose titles share the most
// distinctive words with the question, when few plans do. It returns their ids and the question with
// the shared words cut out, so that a year in a title is no deadline window.
func (p *Parser) planRefs(s string, cities []string) (ids []string, rest string) {
	rest = s
	type scored = titleCandidate
	var all []scored
	best := 0
	tg := p.titleGrams()
	for _, k := range tg.sharing(s) { // most titles share no four characters with the question
		d := p.allDocs[k]
		if len(cities) > 0 && !contains(cities, d.City) {
			continue
		}
		title := tg.plain[k]
		sc := scored{id: d.ID, k: int(k)}
		for _, r := range commonRuns(s, title, 4) {
			if yearOfDate(s, r) || yearOfDate(s, withoutPlace(r, d.City)) {
				// "2016年6月底前" beside a title of 2016—2018: the question's date, not the plan's name;
				// so is "肥西县2026年到期的" beside 《肥西县2026年…分工》: the place and the year it asks of.
				continue
			}
			sc.runs = append(sc.runs, r) // all are cut when the plan is the one meant: 2025年工作要点
			plain := reGenericTitle.ReplaceAllString(r, "")
			for _, f := range plan.CityForms(d.City) {
				plain = strings.ReplaceAll(plain, f, "")
			}
			// A long shared phrase names the plan ("2025年工作要点"); a short one must hold words of
			// its own beyond the city and the words every title has ("数字广东", not "2027年").
			if utf8.RuneCountInString(r) < 6 && utf8.RuneCountInString(strings.Join(hanRuns(plain), "")) < 2 {
				continue
			}
			if utf8.RuneCountInString(r) < 6 && ownWordsBefore(s, r, title+" "+d.City+" "+d.Province) {
				continue // "环保专项行动" is not "…移风易俗…专项行动": the words it is told by are not the title's
			}
			if deptAfter(s, r, title) {
				continue // "平潭生态环境部门": a department of that field, not the plan on it
			}
			if utf8.RuneCountInString(r) < 6 && campaignAfter(s, r, title, d) {
				continue // "漳州安全生产月": the month of that field one item holds, not the plan on it
			}
			sc.n += utf8.RuneCountInString(r)
		}
		if sc.n >= 4 {
			all = append(all, sc)
			best = max(best, sc.n)
		}
	}
	if y := planYear(s); y != "" && len(all) > 0 {
		// "2008年区政府主要工作任务…": a title of another year is another year's plan, whatever words it
		// shares; the plan of that year whose title's words the question holds, if only in pairs
		// (政府…工作…任务…分解), is the one meant.
		// A title whose span holds the year ("（2024—2026年）" for 2025) stays: "…方案中2025年要完成
		// 哪些" asks of a year inside that plan.
		all = slices.DeleteFunc(all, func(sc scored) bool {
			t := tg.plain[sc.k]
			return !titleCoversYear(t, y) && reYearInTitle.MatchString(t)
		})
		if len(all) == 0 {
			all = p.yearTitlePlans(s, y, cities, tg)
		}
		best = 0
		for _, sc := range all {
			best = max(best, sc.n)
		}
	}
	var top []scored
	for _, sc := range all {
		if sc.n == best {
			top = append(top, sc)
		}
	}
	if len(top) == 0 && len(cities) > 0 {
		if ids, rest := p.planByPieces(s, cities); len(ids) > 0 {
			return ids, rest
		}
		return p.planByAbbrev(s, cities) // "平潭人影方案": 人工影响天气 of a 平潭 plan
	}
	if len(top) == 0 {
		return p.planByAbbrev(s, cities)
	}
	if len(top) == 2 {
		// "宿州若干措施": the plan titled so, not the rules carrying it out that cite it in 《》
		// ("关于贯彻执行《…若干措施》的实施细则").
		var own []scored
		for _, sc := range top {
			bare := reCitedTitle.ReplaceAllString(tg.plain[sc.k], "")
			if !slices.ContainsFunc(sc.runs, func(r string) bool { return !strings.Contains(bare, r) }) {
				own = append(own, sc)
			}
		}
		if len(own) == 1 {
			top = own
		}
	}
	if len(top) == 0 || len(top) > 2 {
		return nil, s
	}
	if len(top) == 1 {
		if rest, ok := namingPhrase(s, top[0].runs); ok {
			return []string{top[0].id}, rest
		}
	}
	// "景区整治方案里非景区景点…": what follows 方案里 is a part of the plan asked about, not its name, so
	// the title's runs are cut from the words before it, and from the words after it only where they
	// head no part of the plan ("养老机构消防意见里，街镇在养老机构消防安全上…": 养老机构消防安全 is the
	// whole plan's subject, cut on both sides; 非景区景点 heads its part, kept).
	head, tail := rest, ""
	if askedInsideFrom(s) >= 0 {
		if m := reDocInside.FindStringIndex(rest); m != nil {
			head, tail = rest[:m[1]], rest[m[1]:]
		}
	}
	for _, sc := range top {
		ids = append(ids, sc.id)
		for _, r := range sc.runs {
			head = strings.Replace(head, r, " ", 1)
		}
		for _, r := range sc.runs {
			if tail != "" && !p.headsPart(r, sc.id) {
				tail = strings.Replace(tail, r, " ", 1)
			}
		}
	}
	return ids, head + tail
}

// headsPart reports whether a run of plan id's title heads a part of it: the section of some of its
// tasks, not all, holds it.
func (p *Parser) headsPart(run, id string) bool {
	return p.someNotAll(run, []string{id}, false)
}

// reDocInside is a document's noun, then 里/中/内: what follows is asked inside the plan named before it
// (one pattern for planRefs, headsPart and withPlanlessCities).
var reDocInside = regexp.MustCompile(`(?:方案|意见|通知|通报|计划|清单|细则|办法|要点|任务表|分解表|分工表|一览表|台账)\s*(?:当中|里面|里|中|内)`)

// askedInsideFrom is where the words asked inside a plan begin in s ("平潭景区整治方案里非景区景点有几
// 项": at 非景区景点), -1 when s names no plan so.
func askedInsideFrom(s string) int {
	if m := reDocInside.FindStringIndex(s); m != nil && m[0] > 0 {
		return m[1]
	}
	return -1
}

// titleCandidate is a plan a question may name by its title: the title's runs the question holds and
// how many characters of them count.
type titleCandidate struct {
	id   string
	k    int // its index in allDocs and the title index
	runs []string
	n    int
}

// yearTitlePlans are the plans of the cities (any, when none) whose titles name year y and share
// with s at least six characters of their own words in runs of two or more: the one plan so named,
// or none.
func (p *Parser) yearTitlePlans(s, y string, cities []string, tg *titleGrams) []titleCandidate {
	var out []titleCandidate
	for k, d := range p.allDocs {
		title := tg.plain[k]
		if !strings.Contains(title, y) || len(cities) > 0 && !contains(cities, d.City) {
			continue
		}
		sc := titleCandidate{id: d.ID, k: k}
		for _, r := range commonRuns(s, title, 2) {
			plain := reGenericTitle.ReplaceAllString(reTitleYearRun.ReplaceAllString(r, " "), " ")
			if n := utf8.RuneCountInString(strings.Join(hanRuns(plain), "")); n >= 2 {
				sc.runs, sc.n = append(sc.runs, r), sc.n+n
			} else if strings.Contains(r, y) {
				sc.runs = append(sc.runs, r) // the year names the plan too
			}
		}
		if sc.n >= 6 {
			out = append(out, sc)
		}
	}
	if len(out) != 1 {
		return nil
	}
	return out
}

// planYear is the year a question names as its plan's ("2008年区政府…"), not a date of its own
// ("2016年6月底前"): "2008", or "" when it names none or several.
func planYear(s string) string {
	ms := reYearInTitle.FindAllStringIndex(s, -1)
	if len(ms) != 1 || reDateAfterYear.MatchString(s[ms[0][1]:]) {
		return ""
	}
	return s[ms[0][0]:ms[0][1]]
}

// titleCoversYear reports whether a plan's title t names year y or spans it ("2024—2026年" spans 2025).
func titleCoversYear(t, y string) bool {
	if strings.Contains(t, y) {
		return true
	}
	ys := reYearInTitle.FindAllString(t, -1)
	if len(ys) < 2 {
		return false
	}
	return slices.Min(ys) <= y && y <= slices.Max(ys)
}

// reYearInTitle is a year, written in digits.
var reYearInTitle = regexp.MustCompile(`(?:19|20)\d{2}`)

// yearOfDate reports whether run r, shared by a question s and a plan's title, is only a year that in
// the question begins a date of its own: "哪些任务要在2016年6月底前完成?" asks of a day, whatever year
// the title names ("（2016-2018年）").
func yearOfDate(s, r string) bool {
	if !reYearOnlyRun.MatchString(r) {
		return false
	}
	i := strings.Index(s, r)
	return i >= 0 && reDateAfterYear.MatchString(s[i+len(r):])
}

// withoutPlace is r without a form of city at its front ("肥西县2026年" → 2026年), or r.
func withoutPlace(r, city string) string {
	for _, f := range plan.CityForms(city) {
		if rest, ok := strings.CutPrefix(r, f); ok && reYearOnlyRun.MatchString(rest) {
			return rest
		}
	}
	return r
}

// reYearOnlyRun is a run of digits that is a year, with or without its 年.
var reYearOnlyRun = regexp.MustCompile(`^\s*(?:19|20)\d{2}\s*年?$`)

// reDateAfterYear is what follows a year in a date of a question: 6月, 年底, 上半年, 第三季度, 前, 到期.
var reDateAfterYear = regexp.MustCompile(`^\d*\s*年?\s*(?:\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|底|末|年底|上半年|下半年|第?[一二三四1-4]季度|前|以前|之前|(?:内)?(?:已经|已)?(?:到期|截止|期满))`)

// reSpanJoin joins two parts of a year into a span: 到, 至, a dash, 和, to, and, through.
var reSpanJoin = regexp.MustCompile(`(?i)^\s*(?:到|至|—|－|-|~|～|和|与|及|、|to|and|through|until|till)\s*`)

// reSpanTo is a join that makes a span: 到, 至, a dash, to, through.
var reSpanTo = regexp.MustCompile(`(?i)到|至|—|－|-|~|～|to|through|until|till`)

// partWindow is the window of the part of a year reHalfQuarter found at ix; yearSaid when the
// question named its year (2025年, 明年).
func partWindow(q string, ix []int, today plan.Day) (from, to plan.Day, yearSaid bool) {
	y := today.Year
	switch {
	case ix[2] >= 0:
		y, _ = strconv.Atoi(q[ix[2]:ix[3]])
		yearSaid = true
	case ix[4] >= 0:
		y += map[string]int{"明年": 1, "去年": -1, "今年": 0, "本年": 0}[q[ix[4]:ix[5]]]
		yearSaid = true
	}
	first, last := time.January, time.June
	part := q[ix[6]:ix[7]]
	switch {
	case part == "下半年":
		first, last = time.July, time.December
	case strings.Contains(part, "季度"):
		ns := reQuarterDigit.FindAllString(part, -1)
		a, b := wordCount(ns[0]), wordCount(ns[len(ns)-1])
		first, last = time.Month(3*a-2), time.Month(3*b)
		if strings.HasPrefix(part, "前") {
			first = time.January // 前三季度: from the year's start
		}
	}
	return plan.NewDay(y, first, 1), plan.NewDay(y, last+1, 0), yearSaid
}

// leftOver reports whether s asks what is left of some work (reRemaining): 还剩哪些, 还剩几项 and, when
// not still, 剩下的, 其余的 (what is left of the last list). Still asks it of work not done: 还 before and,
// when it counts, what it counts (还剩几项, not 还剩多少资金). Time counted (还剩几个月, 还剩多少天) is
// no work left.
func leftOver(s string, still bool) bool {
	for _, m := range reRemaining.FindAllStringSubmatchIndex(s, -1) {
		w := s[m[0]:m[1]]
		counted := strings.Contains(w, "几") || strings.Contains(w, "多少")
		if counted && reTimeLeft.MatchString(s[m[1]:]) {
			continue
		}
		if still && (m[2] < 0 || counted && m[4] < 0) {
			continue
		}
		return true
	}
	return false
}
