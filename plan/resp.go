package plan

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file is the one place where a role marker gets its meaning. A responsibility clause is a
// list of parties and a marker; the role follows from the marker and its place:
//
//	牵头单位：X；配合单位：Y        a label before each list
//	X牵头，Y、Z按照职责分工负责     a marker after each list
//	X主办，Y协办 · X会同Y负责       the same, other words
//	X商Y负责 · X协同Y、Z开展        X consults Y (商), works with named partners (协同): X leads
//	X（牵头）、Y · ★X、Y           a mark on one unit of a list
//	A、B、C负责 · 责任单位：A、B     no 牵头 anywhere: every party is responsible (lead)
//
// "Responsible" (责任单位, 负责, 分别负责, 共同负责) means lead when the clause names no lead, and
// participating beside a lead (X牵头，Y负责 → Y takes part). A new marker is a line in the tables
// below, not a function.

// respRole is what a marker says of the parties it stands with.
type respRole int

const (
	roleNone    respRole = iota
	roleLead             // 牵头: answers for the task
	rolePartic           // 配合, 参与, 协办: takes part
	roleResp             // 负责, 责任单位: lead unless a lead is named beside it
	rolePerson           // 牵头领导, 分管省领导: a person, not a unit
	roleTime             // 完成时限: a date, not a party
	roleBody             // 建设主体: another body, named but not responsible
	roleNeutral          // 部门分工: a label whose list carries its own markers
)

// marker is a word that gives the parties beside it a role.
type marker struct {
	word string
	role respRole
}

// labelWords are the labels that stand before a list, with a colon: "牵头单位：X".
var labelWords = []marker{
	{"牵头负责领导", rolePerson}, {"牵头领导", rolePerson}, {"责任领导", rolePerson}, {"分管领导", rolePerson},
	{"分管省领导", rolePerson}, {"分管市领导", rolePerson}, {"分管区领导", rolePerson}, {"联系领导", rolePerson},
	{"牵头市领导", rolePerson}, {"牵头省领导", rolePerson}, {"督办领导", rolePerson}, {"责任人", rolePerson}, {"包抓领导", rolePerson},
	{"项目责任人", rolePerson}, {"具体责任人", rolePerson}, {"联系人", rolePerson}, {"第一责任人", rolePerson},
	{"主要责任人", rolePerson}, {"直接责任人", rolePerson}, {"分管责任人", rolePerson},
	{"实际完成情况", roleBody}, {"完成情况", roleBody}, {"进展情况", roleBody},

	{"牵头责任单位", roleLead}, {"牵头单位", roleLead}, {"牵头部门", roleLead}, {"主办单位", roleLead},
	{"主责单位", roleLead}, {"主责部门", roleLead}, {"牵头处室", roleLead}, {"主办", roleLead}, {"主责", roleLead}, {"牵头", roleLead},
	// "负总责单位 | 具体落实单位": the one answering overall leads, as the inline "X负总责，Y具体落实" reads.
	{"负总责单位", roleLead}, {"负总责部门", roleLead}, {"总负责单位", roleLead}, {"具体落实单位", roleResp}, {"具体落实部门", roleResp},
	{"第一责任单位", roleLead}, {"第一责任部门", roleLead}, {"组长单位", roleLead}, {"召集单位", roleLead}, {"副组长单位", rolePartic}, {"组织单位", roleResp},
	{"责任单位及责任人", roleResp}, {"责任部门及责任人", roleResp}, {"牵头单位及责任人", roleLead}, {"责任单位及承办科室", roleResp}, {"责任单位及承办单位", roleResp}, {"责任单位及承办处室", roleResp},

	// "主要责任单位：X；其他责任单位：Y": the others take part beside the main ones (who answer for
	// the task, responsible as 责任单位 is).
	{"其他责任单位", rolePartic}, {"其他责任部门", rolePartic}, {"其它责任单位", rolePartic}, {"其它责任部门", rolePartic},
	{"协同责任单位", rolePartic}, {"配合责任单位", rolePartic}, {"配合单位", rolePartic}, {"配合部门", rolePartic},
	{"参与单位", rolePartic}, {"参与部门", rolePartic}, {"参加单位", rolePartic}, {"参加部门", rolePartic}, {"协办单位", rolePartic}, {"协同单位", rolePartic},
	{"协同部门", rolePartic}, {"协助单位", rolePartic}, {"支持单位", rolePartic}, {"支撑单位", rolePartic}, {"支撑部门", rolePartic}, {"协作单位", rolePartic}, {"试点单位", rolePartic}, {"指导单位", rolePartic}, {"指导部门", rolePartic}, {"协办", rolePartic}, {"协同", rolePartic}, {"配合", rolePartic}, {"参与", rolePartic}, {"参加", rolePartic}, {"协助", rolePartic},

	{"督导单位", rolePartic}, {"会办单位", rolePartic}, {"监管单位", rolePartic}, {"监管部门", rolePartic}, {"行业监管部门", rolePartic}, {"整改责任单位", roleResp}, {"整改单位", roleResp},
	{"责任单位", roleResp}, {"责任部门", roleResp}, {"责任主体", roleResp}, {"承办单位", roleResp},
	{"实施单位", roleResp}, {"落实单位", roleResp}, {"负责单位", roleResp}, {"具体负责", roleResp}, {"具体实施单位", roleResp}, {"具体实施", roleResp},
	{"相关部门", roleResp}, {"相关单位", roleResp}, {"涉及部门", roleResp}, {"涉及单位", roleResp},
	// Bare labels of a note that names a lead with them: "（牵头：X；责任：Y）", "属地责任：各镇（街道）".
	{"责任", roleResp}, {"属地责任", roleResp}, {"属地", roleResp},

	{"部门分工", roleNeutral}, {"责任分工", roleNeutral}, {"任务分工", roleNeutral}, {"分工", roleNeutral},

	{"完成时限", roleTime}, {"完成时间", roleTime}, {"时间节点", roleTime}, {"时限要求", roleTime},
	{"进度安排", roleTime}, {"时间安排", roleTime}, {"完成期限", roleTime}, {"整改时限", roleTime}, {"办结时限", roleTime}, {"时限", roleTime},
	{"检查频次", roleTime}, {"工作频次", roleTime}, {"频次", roleTime}, {"频率", roleTime}, {"报送时间", roleTime}, {"截止日期", roleTime}, {"截止时间", roleTime},

	// The body that builds or carries out a project answers for it (lead, or taking part beside a
	// 牵头); the one that oversees or scores it does not (督办单位, 考核单位). A 督导单位 guides the work and
	// takes part in it.
	{"建设主体", roleResp}, {"业主单位", roleResp}, {"实施主体", roleResp}, {"项目业主", roleResp},
	{"督办单位", roleBody}, {"督办部门", roleBody}, {"督查单位", roleBody},
	{"考核单位", roleBody}, {"考评单位", roleBody}, {"考核部门", roleBody},
	// The unit that supplies an indicator's figure (数据提供单位：市统计局) reports it; it does not do the work.
	{"数据提供单位", roleBody}, {"数据提供部门", roleBody}, {"数据来源单位", roleBody}, {"数据来源部门", roleBody}, {"数据来源", roleBody},
}

// suffixWords are the markers that follow a list: "X牵头", "Y、Z按照职责分工负责". Longest first.
var suffixWords = byLength(append([]marker{
	{"牵头负责", roleLead}, {"牵头落实", roleLead}, {"牵头实施", roleLead}, {"牵头推进", roleLead},
	{"牵头组织", roleLead}, {"牵头抓总", roleLead}, {"总牵头", roleLead}, {"负总责", roleLead}, {"主抓", roleLead},
	// "（市教育局统筹，市财政局配合）", "（X抓总，Y配合）", "（X为主，Y配合）": the one who leads.
	{"统筹", roleLead}, {"抓总", roleLead}, {"为主", roleLead},
	{"牵头", roleLead}, {"主办", roleLead}, {"主责", roleLead}, {"为牵头单位", roleLead},

	// "按职责分工负责" and its kin take part beside a 牵头 and are responsible without one.
	{"按照职责分工负责", roleResp}, {"按职责分工负责", roleResp}, {"按照职能分工负责", roleResp},
	{"按职能分工负责", roleResp}, {"根据职责分工负责", roleResp}, {"按照职责分工落实", roleResp},
	{"按职责分工落实", roleResp}, {"按照职责负责", roleResp}, {"按职责负责", roleResp},
	{"按各自职责负责", roleResp}, {"按照各自职责负责", roleResp}, {"依职责负责", roleResp},
	{"依据职责负责", roleResp}, {"按照职责分工", roleResp}, {"按职责分工", roleResp},
	{"依职责", roleResp}, {"按职责", roleResp}, {"各司其职", roleResp}, {"分工负责", roleResp},
	{"各负其责", roleResp}, {"分工落实", roleResp}, {"分头落实", roleResp}, {"齐抓共管", roleResp},

	{"按照职责分工配合", rolePartic}, {"按职责分工配合", rolePartic}, {"参照落实", rolePartic}, {"参照执行", rolePartic},
	{"配合落实", rolePartic}, {"配合实施", rolePartic}, {"配合推进", rolePartic}, {"积极配合", rolePartic},
	{"共同配合", rolePartic}, {"配合", rolePartic}, {"协办", rolePartic}, {"协同", rolePartic},
	{"参与", rolePartic}, {"支持", rolePartic}, {"协助", rolePartic}, {"参加", rolePartic}, {"协作", rolePartic}, {"指导", rolePartic}, {"督促指导", rolePartic}, {"督导", rolePartic},
	// "（X督促，Y负责）", "（X监督指导，Y组织实施）", a cell's "X（督促）、Y": the body that oversees the
	// work takes part in it, as one that guides it (指导) does.
	{"督促", rolePartic}, {"监督指导", rolePartic}, {"联动", rolePartic},
	{"为配合单位", rolePartic}, {"为参与单位", rolePartic}, {"为协办单位", rolePartic}, {"会办", rolePartic}, {"给予支持", rolePartic}, {"予以支持", rolePartic},
	{"支持配合", rolePartic}, {"协助配合", rolePartic}, {"参与配合", rolePartic}, {"配合支持", rolePartic}, {"大力支持", rolePartic},
	{"全力配合", rolePartic}, {"全力支持", rolePartic}, {"积极支持", rolePartic}, {"积极参与", rolePartic},
	{"给予配合", rolePartic}, {"予以配合", rolePartic}, {"做好服务与配合", rolePartic}, {"做好服务和配合", rolePartic}, {"做好配合", rolePartic}, {"密切配合", rolePartic}, {"协同推进", rolePartic}, {"协同配合", rolePartic}, {"协助推进", rolePartic},
	{"为成员单位", rolePartic},
	{"为责任单位", roleResp},

	// "（X牵头，各乡镇落实主体责任）": those who carry the duty where it is done (dutyShares).
	{"分别负责", roleResp}, {"共同负责", roleResp}, {"负责落实", roleResp}, {"负责实施", roleResp},
	{"负责推进", roleResp}, {"具体负责", roleResp}, {"组织实施", roleResp}, {"负责", roleResp},
	{"落实", roleResp}, {"实施", roleResp}, {"承办", roleResp},
	// "（X负总责，Y抓落实）": those who carry it out, as "Y抓好落实" and "Y具体落实" are read.
	{"抓落实", roleResp}, {"抓好落实", roleResp},
}, append(roleSaidOfUnit(), dutyShares()...)...))

// dutyShares are the markers of a share of a duty a unit bears, after its name: a safety or
// supervision plan shares one duty out as responsibilities of several kinds ("各乡镇（街道）负属地管理
// 责任，县住建局负行业监管责任，县应急管理局负综合监管责任"), each of them answering for the task.
func dutyShares() []marker {
	var out []marker
	for _, verb := range []string{"负", "承担", "履行", "落实"} {
		for _, kind := range []string{"主体", "属地", "属地管理", "行业监管", "行业管理", "综合监管", "直接监管", "监管", "主管", "监督管理"} {
			out = append(out, marker{verb + kind + "责任", roleResp})
		}
	}
	return out
}

// roleSaidOfUnit are the markers that state a unit's role after its name with 为 or 是 and a label
// of labelWords naming units: "X为主办单位", "X为牵头部门", "X是配合单位", "X为第一责任单位", "X为责任主体" take
// the label's role, so that a new label needs no marker of its own.
func roleSaidOfUnit() []marker {
	var out []marker
	for _, l := range labelWords {
		if l.role != roleLead && l.role != rolePartic && l.role != roleResp {
			continue
		}
		if !strings.HasSuffix(l.word, "单位") && !strings.HasSuffix(l.word, "部门") && !strings.HasSuffix(l.word, "主体") {
			continue
		}
		out = append(out, marker{"为" + l.word, l.role}, marker{"是" + l.word, l.role})
	}
	return out
}

// sharesDuty reports whether a predicate opens with one of suffixWords' markers of a share of the
// work (按照职责分工…, 依职责, 各司其职: responsible, so taking part beside a 牵头), after a modal: "市直有关
// 部门按照职责分工抓好落实" takes its meaning from the same table as "…按照职责分工负责".
func sharesDuty(pred string) bool {
	pred = strings.TrimLeft(pred, "要应")
	if m := principleOpening.FindStringIndex(pred); m != nil {
		// "…按照“谁主管谁负责”原则抓好落实": a quoted principle of who answers for what, then the share.
		rest := strings.TrimLeft(pred[m[1]:], "，, ")
		for _, w := range []string{"抓好", "认真", "切实", "积极", "共同"} {
			rest = strings.TrimPrefix(rest, w)
		}
		for _, m := range suffixWords {
			if (m.role == roleResp || m.role == rolePartic) && strings.HasPrefix(rest, m.word) {
				return true
			}
		}
	}
	for _, m := range suffixWords {
		if m.role == roleResp && (strings.Contains(m.word, "职") || m.word == "各司其职") && strings.HasPrefix(pred, m.word) {
			return true
		}
	}
	return false
}

// dutyInName: a subject's span that runs on into its share of the work ("各成员单位按职责分工",
// before 抓好落实).
func dutyInName(span string) bool {
	for i := range span {
		if i > 0 && sharesDuty(span[i:]) {
			return true
		}
	}
	return false
}

func byLength(ms []marker) []marker {
	sort.SliceStable(ms, func(i, j int) bool { return len(ms[i].word) > len(ms[j].word) })
	return ms
}

// byLastRune files markers under the last character of their word, each list in the markers' order:
// only the markers filed under a text's last character can end it, so a search for the one that ends
// a text tries those alone rather than all of them.
func byLastRune(ms []marker) map[rune][]marker {
	out := make(map[rune][]marker)
	for _, m := range ms {
		r, _ := utf8.DecodeLastRuneInString(m.word)
		out[r] = append(out[r], m)
	}
	return out
}

// endingMarkers are the markers of byLastRune's index that may end s, in their list's order.
func endingMarkers(index map[rune][]marker, s string) []marker {
	r, _ := utf8.DecodeLastRuneInString(s)
	return index[r]
}

// suffixWordsByLast is suffixWords filed by their last character, for cutMarker.
var suffixWordsByLast = byLastRune(suffixWords)

// labelForms is what a label is: one of labelWords, or a role word and a body noun with at most a
// few characters before them ("牵头责任部门", "重点责任部门", "牵头局领导", "协同处室", "挂钩单位",
// "监督单位"), which take their role from labelMorphemes.
var labelForms = func() string {
	words := make([]string, len(labelWords))
	for i, l := range labelWords {
		words[i] = regexp.QuoteMeta(l.word)
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	return strings.Join(words, "|") + "|" + labelGeneric
}()

// labelGeneric is the form of a label not among labelWords; it ends with one of labelBodies.
const labelGeneric = `\p{Han}{0,4}?(?:牵头|主办|主责|配合|协同|协办|协作|参与|参加|协助|支持|责任|承办|实施|落实|负责|对接|协调|联系|挂钩|监督)\p{Han}{0,2}?(?:单位|部门|处室|科室|股室|领导)`

var labelBodies = []string{"单位", "部门", "处室", "科室", "股室", "领导"}

// labelExpr finds labels: a label word, optional space, and a colon.
// A label opens the text or follows a separator; "省牵头单位" and "市牵头单位" read as their label.
// A kind in brackets may stand between the label and its colon: "责任单位及承办科室（单位）：",
// "责任单位（部门）：" (bareKind).
var labelExpr = mustCompile(`(?:^|[，,；;。\s\x{3000}\x{00a0}（(【〔])(?:[省市区县]直?)?(` + labelForms + `)\s*(?:[（(](?:单位|部门|科室|处室|股室|机构)[)）]\s*)?[:：]`)

// labelSaidWithWei is a label of labelWords naming units, with 为 for its colon, before a party with its
// level or a group: "责任单位为市交通运输局，配合单位为市公安局".
var labelSaidWithWei = func() *Regexp {
	var words []string
	for _, l := range labelWords {
		if strings.HasSuffix(l.word, "单位") || strings.HasSuffix(l.word, "部门") {
			words = append(words, regexp.QuoteMeta(l.word))
		}
	}
	return mustCompile(`(` + strings.Join(words, "|") + `)为([省市区县各])`)
}()

// labelWhole is labelExpr for the words between a separator and a colon, whole.
var labelWhole = mustCompile(`^(?:[省市区县]直?)?(` + labelForms + `)$`)

// matchLabel is labelWhole.FindStringSubmatchIndex(s) (TestMatchLabel checks they agree), without
// running that long pattern. A label is Han characters only. As the pattern does, it takes a level
// before the label (省, 市直) when the rest is a label, and the label is all that follows.
func matchLabel(s string) []int {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return nil
		}
	}
	if r, n := utf8.DecodeRuneInString(s); strings.ContainsRune("省市区县", r) {
		if rest, ok := strings.CutPrefix(s[n:], "直"); ok && isLabel(rest) {
			return []int{0, len(s), len(s) - len(rest), len(s)}
		}
		if isLabel(s[n:]) {
			return []int{0, len(s), n, len(s)}
		}
	}
	if isLabel(s) {
		return []int{0, len(s), 0, len(s)}
	}
	return nil
}

// isLabel reports whether s, whole, is one of labelForms.
func isLabel(s string) bool {
	if labelWordSet[s] {
		return true
	}
	for _, b := range labelBodies {
		if strings.HasSuffix(s, b) {
			return genericLabel.MatchString(s)
		}
	}
	return false
}

var (
	labelWordSet = func() map[string]bool {
		m := map[string]bool{}
		for _, l := range labelWords {
			m[l.word] = true
		}
		return m
	}()
	genericLabel = mustCompile(`^(?:` + labelGeneric + `)$`)
)

// labelLocs finds what labelExpr.FindAllStringSubmatchIndex finds, from each colon back to the
// separator before it: a label ends at a colon, so only the words before colons are tried against
// the labels, not every place in the text (TestLabelLocsAsExpr checks they agree).
func labelLocs(s string) [][]int {
	var out [][]int
	eachColon(s, func(colon, end int) {
		before := strings.TrimRightFunc(s[:colon], unicode.IsSpace)
		if kind, ok := bracketedKindEnd(before); ok {
			before = strings.TrimRightFunc(before[:len(before)-len(kind)], unicode.IsSpace)
		}
		sepAt, start := 0, 0
		// A label is at most 64 bytes after its separator: the walk back stops there, so that a line of
		// many colons and no separator is not read back to its start for each.
		for j := len(before); j > 0; {
			if len(before)-j > 64 {
				start = -1
				break
			}
			r, n := utf8.DecodeLastRuneInString(before[:j])
			if unicode.IsSpace(r) || strings.ContainsRune("，,；;。（(【〔", r) {
				sepAt, start = j-n, j
				break
			}
			j -= n
		}
		if start < 0 {
			return
		}
		if seg := before[start:]; seg != "" && len(seg) <= 64 {
			if m := matchLabel(seg); m != nil {
				out = append(out, []int{sepAt, end, start + m[2], start + m[3]})
			}
		}
	})
	return out
}

// bracketedKindEnd is the kind in brackets that ends s ("（单位）", "(部门)"), as a label may write it
// before its colon: "责任单位及承办科室（单位）：".
func bracketedKindEnd(s string) (string, bool) {
	r, n := utf8.DecodeLastRuneInString(s)
	if r != '）' && r != ')' {
		return "", false
	}
	inner := s[:len(s)-n]
	open := strings.LastIndexAny(inner, "（(")
	if open < 0 {
		return "", false
	}
	_, w := utf8.DecodeRuneInString(inner[open:])
	if !bareKind[inner[open+w:]] {
		return "", false
	}
	return s[open:], true
}

// eachColon calls fn with the place of each colon of s (":" or "：") and the end of it: labels end
// at colons, so their readers look back from there.
// The next place of each kind of colon is kept, so the text is searched once for each kind.
func eachColon(s string, fn func(colon, end int)) {
	const wide = "："
	next := func(from int, colon string) int {
		if k := strings.Index(s[from:], colon); k >= 0 {
			return from + k
		}
		return -1
	}
	half, full := next(0, ":"), next(0, wide)
	for half >= 0 || full >= 0 {
		if full < 0 || half >= 0 && half < full {
			fn(half, half+1)
			half = next(half+1, ":")
		} else {
			fn(full, full+len(wide))
			full = next(full+len(wide), wide)
		}
	}
}

// labelMorphemes give a label not in labelWords its role, by the first of these words it holds.
var labelMorphemes = []marker{
	{"领导", rolePerson}, {"责任人", rolePerson}, {"联系人", rolePerson},
	{"牵头", roleLead}, {"主办", roleLead}, {"主责", roleLead},
	{"配合", rolePartic}, {"协同", rolePartic}, {"协办", rolePartic}, {"协作", rolePartic}, {"参与", rolePartic}, {"参加", rolePartic},
	{"协助", rolePartic}, {"支持", rolePartic},
	{"责任", roleResp}, {"承办", roleResp}, {"实施", roleResp}, {"落实", roleResp}, {"负责", roleResp},
	// A unit a task is hooked to or kept in touch with (对接单位, 协调单位, 联系单位, 挂钩单位) takes part in
	// it; one that oversees it (监督单位) is named, not responsible, as a 督办单位 is.
	{"对接", rolePartic}, {"协调", rolePartic}, {"联系", rolePartic}, {"挂钩", rolePartic},
	{"监督", roleBody},
}

func labelRole(word string) respRole {
	for _, l := range labelWords {
		if l.word == word {
			return l.role
		}
	}
	for _, m := range labelMorphemes {
		if strings.Contains(word, m.word) {
			return m.role
		}
	}
	return roleNone
}

// firstLeadExpr finds "列第一位的为牵头单位", "排在首位的为牵头部门", and "列前两位的为牵头单位" (its
// group 1: how many lead; firstLeads reads it).
// "列第一位者为牵头单位", "排名第一的为牵头部门", "第一个单位为牵头单位", "牵头单位排在第一位",
// "居首位的为牵头单位", "第一个责任单位为牵头单位", "列第一的单位牵头" (its role said as a marker).
// "排在前面的为牵头单位", "牵头单位在前", "牵头单位（排第一位）": the lead's place said from its side, the
// note or clause ending there (not "牵头部门在前期…").
var firstLeadExpr = mustCompile(`(?:列|排|排名|排序|居)(?:在)?前([两二三2-3])位[的者]?(?:单位|部门)?(?:为|是)(?:共同)?牵头(?:单位|部门)?|(?:列|排|排名|排序|居)(?:在)?(?:第一位|首位|第一|最?前面)[的者]?(?:单位|部门)?(?:为|是)?牵头(?:单位|部门)?|(?:第一|首)(?:个|位)(?:责任)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)?|牵头(?:单位|部门)(?:列|排|居)(?:在)?(?:第一位|首位)|牵头(?:单位|部门)(?:[（(](?:列|排|居)?(?:在)?|(?:列|排|居)(?:在)?|在)` + leadPlace + `(?:[)），,。；;]|$)`)

// leadPlace is the first place in a list of units, where a note on its order says the lead stands:
// 第一位, 首位, 第一, 前面, 最前 (firstLeadExpr; headerAside drops it from a column's name).
const leadPlace = `(?:第一位|首位|第一|最?前面?)`

// firstLeads is how many parties a firstLeadExpr match at loc makes lead: 1, or 2 or 3 for
// "列前两位的为牵头单位".
func firstLeads(s string, loc []int) int {
	if loc[2] < 0 {
		return 1
	}
	switch s[loc[2]:loc[3]] {
	case "两", "二", "2":
		return 2
	}
	return 3
}

// mayNamePerson is personExpr's cheap precheck: a person's title (市长, 主任, 书记 …) ends in 长, 任 or
// 记 within the first fourteen characters.
func mayNamePerson(s string) bool {
	if len(s) > 42 {
		s = s[:42]
	}
	return strings.ContainsAny(s, "长任记")
}

// personExpr reads a part that names a person: "由杨志武副市长负责", "王宏副市长牵头".
var personExpr = mustCompile(`^(?:由)?[\p{Han}]{2,4}(?:同志)?(?:常务)?(?:副)?(?:省长|市长|区长|县长|州长|主任|书记|秘书长|部长|厅长|局长)`)

// respPart is one list with its role, as read from a clause.
type respPart struct {
	role   respRole
	units  []string // raw names, not yet normalised
	marked []bool   // the unit carries its own lead mark (★X, X（牵头）)
	// partner: the unit carries its own partner's mark (X（配合）, X（协办）); nil when none does.
	partner []bool
	// carries: responsible as the one carrying the work out (具体实施, 落实主体责任): after a list
	// that answers for the work (X负责，Y具体实施), it takes part.
	carries bool
}

// carryWords are the markers of those who carry the work out where it is done: responsible on
// their own, taking part after a list that answers for the work ("市城管局负责，市热力集团具体实施",
// "市国资委负责，各市属国有企业落实主体责任"). Before it they answer for their own part ("各乡镇具体
// 负责辖区内排查，县住建局负责业务指导"); 落实属地责任 is a place's own share, responsible.
var carryWords = []string{"具体实施", "具体落实", "具体承办", "具体组织实施", "负责具体实施", "承担具体落地任务", "落实主体责任", "履行主体责任"}

// respResult is what a responsibility clause says.
type respResult struct {
	lead, partic []string
	times        []string // what time labels said ("完成时限：2023年底前")
	namedLead    bool     // a lead was marked as such (牵头, 牵头单位, ★), not only responsible
}

func (r respResult) empty() bool { return len(r.lead)+len(r.partic) == 0 }

// readResp reads a responsibility clause. strict: every list must read as units and carry a
// marker or a label (for text found inside a sentence); otherwise a bare list of units counts as
// responsible (a note in brackets, a table cell, a "责任单位" line).
func (p *parser) readResp(s string, strict bool) (respResult, bool) {
	s = strings.TrimSpace(s)
	var res respResult
	if s == "" {
		return res, false
	}
	s = p.takeStanding(s)
	if mayCombineLabels(s) {
		s = splitCombinedLabels(s) // "牵头单位/配合单位：X/Y、Z", as a table's cell under such a column
	}
	if strings.ContainsAny(s, "（(") && strings.ContainsAny(s, "：:") {
		s = personAside.ReplaceAllString(s, "") // "市委人才办（联系人：周敏）": no label inside
	}
	s = rolesAsLabels(s)
	s = partnersInBracket(s)
	if strings.Contains(s, "成员单位") && (strings.Contains(s, "牵头") || strings.Contains(s, "组长单位")) {
		// "（牵头单位：市林业局；成员单位：市应急局…）": beside a lead, a group's members take part (a
		// members list alone says who sits in a body, not who answers for a task).
		s = membersLabel.ReplaceAllString(s, "${1}参与单位$2")
	}
	firstLead := p.firstLeads
	var loc []int
	if strings.Contains(s, "牵头") && (strings.Contains(s, "第一") || strings.Contains(s, "首") || strings.Contains(s, "位") || strings.Contains(s, "在前")) { // as every form of the note does
		loc = firstLeadExpr.FindStringSubmatchIndex(s)
	}
	if loc != nil {
		firstLead = firstLeads(s, loc)
		if strings.Contains(s[loc[1]:], "下同") {
			p.firstLeads = firstLead
		}
		s = cutFirstLeadNote(s, loc)
	}
	s = p.takeLocalAliases(s)

	var parts []respPart
	for _, sg := range labelSegments(s) {
		switch sg.role {
		case rolePerson, roleBody:
			continue
		case roleTime:
			if t := strings.Trim(sg.text, "。，,；; "); t != "" {
				res.times = append(res.times, t)
			}
			continue
		}
		ps, ok := readParts(sg, strict)
		if !ok {
			return respResult{}, false
		}
		parts = append(parts, ps...)
		if sg.role == rolePartic && strings.Contains(sg.text, "前完成") {
			// "试点单位：第一批：…，2017年12月底前完成；第二批：…": the dates a list of units gives are
			// the task's.
			for _, d := range ParseDeadlines(sg.text) {
				res.times = append(res.times, d.Quote)
			}
		}
	}
	res.namedLead = namesLead(parts)
	p.assignRoles(&res, parts)
	// "列第一位的为牵头单位": with no lead named, the first party leads and the others take part.
	if firstLead > 0 && !res.namedLead && len(res.partic) == 0 && len(res.lead) > firstLead {
		res.partic = append([]string(nil), res.lead[firstLead:]...)
		res.lead = res.lead[:firstLead]
	}
	// Whoever leads does not also take part.
	res.partic = removeAll(res.partic, res.lead)
	return res, !res.empty()
}

// membersLabel is the label of a group's members, after a separator and before its colon.
var membersLabel = mustCompile(`(^|[，,；;。\s（(])成员单位(\s*[:：])`)

// cutFirstLeadNote takes the note that the first party leads (at loc) out of a clause: the clause
// ends with it ("A、B、C，列第一位的为牵头单位"), or it stands in brackets after the first name
// ("县发改局(首位单位为牵头单位,下同)、县财政局"), the list going on after it.
func cutFirstLeadNote(s string, loc []int) string {
	open := strings.LastIndexAny(s[:loc[0]], "(（")
	if open == 0 {
		// The note shares the clause's bracket with the list: "(县发改局、县财政局,排在第一位的为牵头单位)".
		_, size := utf8.DecodeRuneInString(s)
		return strings.TrimRight(strings.TrimSpace(s[size:loc[0]]), "。，,；; ")
	}
	if open > 0 && !strings.ContainsAny(s[open:loc[0]], ")）") {
		if k := strings.IndexAny(s[loc[1]:], ")）"); k >= 0 {
			_, size := utf8.DecodeRuneInString(s[loc[1]+k:])
			return strings.TrimSpace(s[:open] + s[loc[1]+k+size:])
		}
	}
	return strings.TrimRight(s[:loc[0]], "。，,；; ")
}

// segment is the text a label governs, or the text before the first label (roleNone).
type segment struct {
	role respRole
	text string
}

// labelSegments cuts a clause at its labels: the text before the first label, then each label with
// its list.
func labelSegments(s string) []segment {
	var segs []segment
	var locs [][]int
	if mayHoldLabel(s) {
		locs = labelLocs(s)
		locs = withRunOnLabels(s, locs)
	}
	if len(locs) == 0 || strings.TrimSpace(s[:locs[0][2]]) != "" {
		end := len(s)
		if len(locs) > 0 {
			end = locs[0][2]
		}
		segs = append(segs, segment{roleNone, s[:end]})
	}
	for i, loc := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][2]
		}
		segs = append(segs, segment{labelRole(s[loc[2]:loc[3]]), s[loc[1]:end]})
	}
	return segs
}

// runOnWords are the longer labels (three characters or more), longest first: a page that ran cells
// together with no separator still has them before a colon ("责任单位:市公安局项目责任人:王伟标配合单位:
// 市城管局").
var runOnWords = func() []string {
	var words []string
	for _, l := range labelWords {
		if utf8.RuneCountInString(l.word) >= 3 {
			words = append(words, l.word)
		}
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	return words
}()

// runOnLabels finds the run-on labels of s as regexp submatch indexes would give them: the label's
// start, the colon's end, and the label word's start and end.
func runOnLabels(s string) [][]int {
	var out [][]int
	eachColon(s, func(colon, end int) {
		before := strings.TrimRight(s[:colon], " \t")
		for _, w := range runOnWords {
			if strings.HasSuffix(before, w) {
				at := len(before) - len(w)
				out = append(out, []int{at, end, at, len(before)})
				return
			}
		}
	})
	return out
}

// withRunOnLabels adds the run-on labels that no label found already covers, in order.
func withRunOnLabels(s string, locs [][]int) [][]int {
	for _, m := range runOnLabels(s) {
		covered := false
		for _, l := range locs {
			if m[0] < l[1] && l[0] < m[1] {
				covered = true
				break
			}
		}
		if !covered {
			locs = append(locs, m)
		}
	}
	sort.Slice(locs, func(i, j int) bool { return locs[i][0] < locs[j][0] })
	return locs
}

// readParts reads the lists of one segment; false when strict reading finds an unlabelled piece that
// is not a list of units (the clause is a sentence, not a responsibility).
func readParts(sg segment, strict bool) ([]respPart, bool) {
	var parts []respPart
	led := false // a list before in the segment leads
	// A label's list ends at the full stop: "牵头单位：县水利局；配合单位：各乡镇人民政府。年底前建立…" goes
	// on with the next sentence of the task, no unit of the label. What follows it counts only as a
	// list with its own marker ("。县财政局配合"); any other words are the task's and are passed over.
	var after string
	if sg.role != roleNone && sg.role != roleNeutral {
		if k := strings.Index(sg.text, "。"); k >= 0 {
			sg.text, after = sg.text[:k], sg.text[k+len("。"):]
		}
	}
	for _, piece := range splitMarked(splitTop(sg.text, "，,；;。")) {
		part, ok := readPart(piece, sg.role, strict)
		if !ok && !strict && (sg.role == roleNone || sg.role == roleNeutral) {
			// A neutral label (责任分工：) gives no role: its pieces say theirs as an unlabelled note's do.
			part, ok = partBeforePredicate(piece, led)
		}
		if !ok {
			if strict && sg.role == roleNone {
				return nil, false
			}
			continue
		}
		if part.role != roleNone {
			parts = append(parts, part)
		}
		led = led || part.role == roleLead || slices.Contains(part.marked, true)
	}
	for _, piece := range splitMarked(splitTop(after, "，,；;。")) {
		if part, ok := readPart(piece, roleNone, true); ok && part.role != roleNone {
			parts = append(parts, part)
		}
	}
	return parts, true
}

// partBeforePredicate reads a piece of a note that is a list of units and what they do, in words no
// marker of the tables ends with: the words open with a marker ("市发改委统筹推进", "市发改委加强指导和
// 监督", "市发改委业务指导", "各区政府负责本辖区创建工作"), or, after a list that leads, whatever they
// are: the others' share ("X牵头，Y、Z各负其责", "…分头落实", "…按职能职责抓好落实" take part). Those
// who oversee the work (oversees) have no role.
func partBeforePredicate(piece string, led bool) (respPart, bool) {
	piece = strings.TrimPrefix(strings.TrimSpace(strings.Trim(piece, " \t。")), "由")
	var units []string
	var pred string
	ok := false
	if k := strings.Index(piece, "并"); k > 0 {
		// "区交通与建设局业务检查指导并协助区规划局做好…": what the list does first says its share.
		units, pred, ok = unitsThenPredicate(piece[:k])
	}
	if !ok {
		units, pred, ok = unitsThenPredicate(piece)
	}
	if !ok {
		// "区规划局负责开展“三边三节点”规划编制工作": a list charged with work named at any length.
		if k := strings.Index(piece, "负责"); k > 0 && !startsWithVerb(piece) {
			if us, ok := unitList(piece[:k]); ok {
				return respPart{role: roleResp, units: us, marked: make([]bool, len(us))}, true
			}
		}
		return respPart{}, false
	}
	if oversees(pred) {
		return respPart{}, true // "市委督查室、市政府督查室跟踪督办": they watch the work, they have no share in it
	}
	role := predicateRole(pred)
	if role == roleNone && guidingPredicate.MatchString(pred) {
		role = rolePartic // "区住建局业务检查指导": guiding the work, a share in it
	}
	if role == roleNone {
		if !led {
			return respPart{}, false
		}
		role = roleResp
	}
	return respPart{role: role, units: units, marked: make([]bool, len(units))}, true
}

// oversees: the words say what a body of roleBody labels does (督办单位, 督查单位, 考核单位: 督办, 督查,
// 考核), overseeing or scoring the work, not doing it.
func oversees(pred string) bool {
	for _, l := range labelWords {
		if l.role != roleBody {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(l.word, "单位"), "部门")
		if w != l.word && strings.Contains(pred, w) {
			return true
		}
	}
	return false
}

// maxPredicateRunes bounds the words of what a list does, after it in a note.
const maxPredicateRunes = 12

// unitsThenPredicate cuts a piece into a list of units and the few Han words after it, which name
// no unit: "市经信局、市科技局按职责推进" is [市经信局 市科技局] and "按职责推进". The words must open as
// the tables know a predicate to (opensPredicate), and of such cuts whose first part reads as units
// the longest wins: "市科技局协同落实" is 市科技局 and 协同落实, not 市科技局协 (as 市科协) and 同落实.
func unitsThenPredicate(piece string) ([]string, string, bool) {
	i := len(piece)
	for n := 0; n < maxPredicateRunes && i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(piece[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
		if i == 0 || strings.Contains(piece[i:], "的") || strings.HasPrefix(piece[i:], "等") {
			continue // "明确牵头部门的…": a clause, whose words no unit is
		}
		if r, _ := utf8.DecodeRuneInString(piece[i:]); strings.ContainsRune("和及与或、", r) {
			continue // "…等高校和企业参与": the list goes on
		}
		if !opensPredicate(piece[i:]) {
			continue
		}
		if us, ok := unitList(piece[:i]); ok && !startsWithVerb(piece) && !endsWithRoleWord(us[len(us)-1]) {
			return us, piece[i:], true
		}
	}
	return nil, "", false
}

// endsWithRoleWord: a name read with the marker that opens its predicate glued on ("区规划局负责" of
// "区规划局负责开展规划编制工作"), the name before the marker a party of its own: the cut after the
// marker is not where the list ends.
func endsWithRoleWord(u string) bool {
	for _, m := range suffixWords {
		if m.role != roleLead && m.role != rolePartic && m.role != roleResp {
			continue
		}
		if rest, ok := strings.CutSuffix(u, m.word); ok && rest != "" && predicateRole(m.word) != roleNone && isParty(rest) {
			return true
		}
	}
	return false
}

// opensPredicate: pred opens with a marker (predicateRole), a word of how a share is done (modifiers,
// predicateOpeners: 按职责, 共同) or a verb.
func opensPredicate(pred string) bool {
	if predicateRole(pred) != roleNone || startsWithVerb(pred) {
		return true
	}
	for _, m := range modifiers {
		if strings.HasPrefix(pred, m.word) && len(pred) > len(m.word) {
			return true
		}
	}
	return slices.ContainsFunc(predicateOpeners, func(w string) bool { return strings.HasPrefix(pred, w) && len(pred) > len(w) })
}

// predicateOpeners say how a unit does its share, before the marker that says which share: "加强指导",
// "做好指导服务", "业务指导", "双牵头".
var predicateOpeners = []string{"加强", "做好", "抓好", "强化", "业务", "积极", "切实", "全力", "共同", "联合", "双"}

// predicateRole is the role of the marker of suffixWords that opens pred, after its predicateOpeners:
// "统筹推进" leads, "协同落实" and "加强指导和监督" take part, "负责本辖区创建工作" is responsible; roleNone
// when none opens it.
func predicateRole(pred string) respRole {
	for changed := true; changed; {
		changed = false
		for _, w := range predicateOpeners {
			if t, ok := strings.CutPrefix(pred, w); ok && t != "" {
				pred, changed = t, true
			}
		}
	}
	for _, m := range suffixWords {
		if (m.role == roleLead || m.role == rolePartic || m.role == roleResp) && !strings.HasPrefix(m.word, "为") && !strings.HasPrefix(m.word, "是") && strings.HasPrefix(pred, m.word) {
			return m.role
		}
	}
	return roleNone
}

// splitMarked splits a piece whose parts carry markers of their own, joined by 、 or a slash:
// "局防控办主办、各工作组协办" is "局防控办主办" and "各工作组协办", and so is "县商务局牵头/县交通运输局配合".
//
// A part may run into the next with no mark between them, its role word glued to both names
// ("市公安局负责市交通运输局配合"): it ends at its role word (gluedMarkedParts), which is its marker
// and no part of its name.
func splitMarked(pieces []string) []string {
	var out []string
	for _, pc := range pieces {
		if glued := gluedMarkedParts(pc); len(glued) > 1 {
			out = append(out, splitMarked(glued)...)
			continue
		}
		if !strings.Contains(pc, "、") && !strings.Contains(pc, "/") && !strings.Contains(pc, "／") {
			out = append(out, pc)
			continue
		}
		start := 0
		for i := 0; i < len(pc); {
			k := strings.IndexAny(pc[i:], "、/／")
			if k < 0 {
				break
			}
			at := i + k
			_, w := utf8.DecodeRuneInString(pc[at:])
			if endsWithListMarker(pc[start:at]) || handsOn(pc[start:at], pc[at+w:]) {
				out = append(out, pc[start:at])
				start = at + w
			}
			i = at + w
		}
		out = append(out, pc[start:])
	}
	return out
}

// gluedMarkedParts splits a piece at a role word (a lead's or a participant's marker, or 负责) glued
// between a unit's name and the next unit's, the next part ending with a marker of its own: "市公安局
// 负责市交通运输局配合" is "市公安局负责" and "市交通运输局配合". The piece whole otherwise.
func gluedMarkedParts(pc string) []string {
	if utf8.RuneCountInString(pc) < 8 {
		return []string{pc}
	}
	for i := range pc {
		if i == 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(pc[:i]); !gluedEndRunes[r] {
			continue // no marker ends here: most places of most pieces
		}
		head, rest := pc[:i], pc[i:]
		if !hasLevelStart(rest) {
			continue
		}
		m := ""
		for _, w := range gluedEndMarkers {
			if strings.HasSuffix(head, w) && len(head) > len(w) {
				m = w
				break
			}
		}
		if m == "" || !unitNamedBefore(strings.TrimSuffix(head, m)) {
			continue
		}
		if role, units, ok := cutMarker(rest); ok && role != roleNone && looksLikeUnit(units) {
			return []string{head, rest}
		}
	}
	return []string{pc}
}

// unitNamedBefore reports whether s, cut before a role word, is a unit's name with nothing of a
// clause around it.
func unitNamedBefore(s string) bool {
	return s != "" && !strings.ContainsAny(s, "，,。；;：:") && looksLikeUnit(s) && cleanUnit(s) == s
}

// endsWithListMarker: the text ends with a lead or participating marker (not "负责", which a list
// shares: "A、B负责").
func endsWithListMarker(s string) bool {
	for _, w := range listEndMarkers {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return true
		}
	}
	return false
}

// listEndMarkers are the words of suffixWords that end a marked part of a list: a lead's or a
// participant's marker, or a long marker of responsibility ("县农业农村局具体负责、县财政局配合").
var listEndMarkers = func() []string {
	var out []string
	for _, m := range suffixWords {
		long := m.role == roleResp && utf8.RuneCountInString(m.word) >= 4
		if m.role == roleLead || m.role == rolePartic || long {
			out = append(out, m.word)
		}
	}
	return out
}()

// gluedEndMarkers end a marked part glued to the next (gluedMarkedParts): the list end markers, then
// the bare 负责 ("市公安局负责市交通运输局配合"), tried last so a longer marker ending in it wins. Built
// once, in its own array: appending to listEndMarkers per call would write into that shared slice.
var gluedEndMarkers = append(slices.Clone(listEndMarkers), "负责")

// gluedEndRunes are the last characters of gluedEndMarkers, so that gluedMarkedParts tries the markers
// only where one may end.
var gluedEndRunes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, w := range gluedEndMarkers {
		r, _ := utf8.DecodeLastRuneInString(w)
		m[r] = true
	}
	return m
}()

// handsOn: a list answering for the work (…负责) before one that helps or leads it ("市公安局负责、
// 市交通运输局配合"), each with its own marker; "A、B负责" shares one.
func handsOn(before, after string) bool {
	if !strings.HasSuffix(before, "负责") || len(before) == len("负责") {
		return false
	}
	role, _, ok := cutMarker(after)
	return ok && (role == rolePartic || role == roleLead)
}

// namesLead: some list is labelled or marked as leading.
func namesLead(parts []respPart) bool {
	for _, pt := range parts {
		if pt.role == roleLead {
			return true
		}
		for _, m := range pt.marked {
			if m {
				return true
			}
		}
	}
	return false
}

// assignRoles gives each unit its role: responsible units lead unless a lead is named, in which case
// they take part; a unit marked on its own (★X, X（牵头）) leads.
func (p *parser) assignRoles(res *respResult, parts []respPart) {
	answered := false // a list before answers for the work (负责, 牵头)
	for _, pt := range parts {
		role := pt.role
		if role == roleResp {
			role = roleLead
			if res.namedLead || pt.carries && answered {
				role = rolePartic
			}
		}
		if (pt.role == roleResp || pt.role == roleLead) && !pt.carries && len(pt.units) > 0 {
			answered = true
		}
		for i, u := range pt.units {
			r := role
			if pt.marked[i] {
				r = roleLead
			} else if pt.partner != nil && pt.partner[i] {
				r = rolePartic
			}
			us := p.unitNames(u)
			if r == roleLead {
				res.lead = appendNew(res.lead, us...)
			} else {
				res.partic = appendNew(res.partic, us...)
			}
		}
	}
}

// readPart reads one list and its marker: "市发改委牵头", "由市商务局负责", "市财政局、市商务局按职责分工负责",
// "X会同Y负责", or a bare list under a label.
func readPart(piece string, label respRole, strict bool) (respPart, bool) {
	piece = strings.TrimSpace(strings.Trim(piece, " \t。"))
	if piece == "" {
		return respPart{}, true
	}
	if mayNamePerson(piece) && personExpr.MatchString(piece) {
		return respPart{}, true // a person, not a unit
	}
	piece = strings.TrimPrefix(enumWord.ReplaceAllString(piece, ""), "由") // "一是…", "请…": no part of a name
	// "预案阶段（9月18日-22日）由交通与建设处牵头": what the work is comes before 由, the party after it
	// (自由贸易, 理由, 缘由 and 经由 are words).
	if i := strings.LastIndex(piece, "由"); i > 0 {
		if before, _ := utf8.DecodeLastRuneInString(piece[:i]); !strings.ContainsRune("自理缘经", before) {
			piece = piece[i+len("由"):]
		}
	}
	role := label
	if role == roleNeutral {
		role = roleNone
	}
	carries := slices.ContainsFunc(carryWords, func(w string) bool { return strings.HasSuffix(piece, w) })
	if us, ok := overseersClause(piece); ok {
		// "县督查室督办": a part of the clause, naming those who oversee the work; no role.
		return respPart{units: us, marked: make([]bool, len(us))}, true
	}
	if r, rest, ok := cutMarker(piece); ok {
		role, piece = r, rest
		if strict && startsWithVerb(piece) {
			return respPart{}, false // "督促业主单位落实主体责任": whom a verb acts on, not a party
		}
	}
	// "X会同Y": X leads, Y takes part (whatever the marker after says of the pair).
	if a, b, ok := cutJoint(piece); ok {
		la, oka := unitList(a)
		lb, okb := unitList(b)
		if oka && okb {
			marked := make([]bool, len(la)+len(lb))
			for i := range la {
				marked[i] = true
			}
			return respPart{role: rolePartic, units: append(la, lb...), marked: marked}, true
		}
	}
	if role == roleNone || label == roleNone && !strict {
		// "会同市财政局等部门", and in a note with the marker of what they do together: "会同Y、Z组织实施".
		if part, ok := partnersAfter(piece, strict); ok {
			return part, true
		}
	}
	if role == roleNone {
		if strict {
			return respPart{}, false
		}
		role = roleResp // a bare list in a note or a cell: responsible
	}
	units, ok := unitList(piece)
	if !ok && label != roleNone && label != roleNeutral {
		units, ok = labelledList(piece)
	}
	if !ok {
		return respPart{}, false
	}
	marked := make([]bool, len(units))
	for i, u := range units {
		if t := trimLeadMark(u); t != u {
			units[i], marked[i] = t, true // "★市发改委", "市财政局★", "市卫健委*"
		} else if leadMark.MatchString(u) {
			units[i], marked[i] = leadMark.ReplaceAllString(u, ""), true
		}
	}
	var partner []bool
	for i, u := range units {
		if !marked[i] && (strings.HasSuffix(u, "）") || strings.HasSuffix(u, ")")) && partnerMark.MatchString(u) {
			if partner == nil {
				partner = make([]bool, len(units))
			}
			units[i], partner[i] = partnerMark.ReplaceAllString(u, ""), true // "市市场监管局（配合）"
		}
	}
	return respPart{role: role, units: units, marked: marked, partner: partner, carries: carries}, true
}

// cutMarker cuts the marker that ends a piece ("市发改委牵头" → lead, "市发改委"), and a marker
// before it that says the same ("按职责分工分别负责").
func cutMarker(piece string) (respRole, string, bool) {
	if rest, ok := strings.CutSuffix(piece, "工作"); ok && endsWithMarker(rest) {
		piece = rest // "区联席会议办公室做好服务与配合工作": the marker, then the word for the work
	}
	if m := supportOf.FindStringIndex(piece); m != nil && m[0] > 0 && !strings.Contains(piece[:m[0]], "负责") {
		// "市财政局给予经费支持", "市人社局予以政策支持": supporting the work, with what.
		return rolePartic, trimModifiers(strings.TrimSpace(piece[:m[0]])), true
	}
	for _, m := range endingMarkers(suffixWordsByLast, piece) {
		rest, ok := strings.CutSuffix(piece, m.word)
		if !ok || rest == "" {
			continue
		}
		piece = trimModifiers(strings.TrimSpace(rest))
		for _, m2 := range endingMarkers(suffixWordsByLast, piece) {
			if rest2, ok := strings.CutSuffix(piece, m2.word); ok && rest2 != "" && m2.role == roleResp && m.role == roleResp {
				return m.role, trimModifiers(strings.TrimSpace(rest2)), true
			}
		}
		return m.role, piece, true
	}
	return roleNone, piece, false
}

// supportOf is a note's support given with what it is: 给予经费支持, 予以政策支持 (not "做好经费保障",
// which a unit alone may be charged with).
var supportOf = mustCompile(`(?:给予|予以)\p{Han}{1,4}支持$`)

// cutJoint cuts "X会同Y" (or "X商Y", X consulting Y) into X and Y.
func cutJoint(piece string) (a, b string, ok bool) {
	if a, b, ok := strings.Cut(piece, "会同"); ok && a != "" && b != "" {
		return a, b, true
	}
	for i, r := range piece {
		if r == '商' && consults(piece[:i], piece[i+len("商"):]) {
			return piece[:i], piece[i+len("商"):], true
		}
	}
	return "", "", false
}

// partnersAfter reads the units a lead works with, named after it: "会同市财政局等部门",
// "配合市商务局" take part; in a note (not strict), also before what they do: "会同市经信局、市科技局推进".
func partnersAfter(piece string, strict bool) (respPart, bool) {
	for _, w := range []string{"会同", "联合", "协同", "配合"} {
		if rest, ok := strings.CutPrefix(piece, w); ok {
			us, ok := unitList(rest)
			if !ok {
				us, ok = withStaff(rest) // "联合市场监管分局、各包村工作队、相关处室值班人员"
			}
			if !ok && !strict {
				us, _, ok = unitsThenPredicate(rest) // in a note: "会同市经信局、市科技局推进"
			}
			if ok {
				return respPart{role: rolePartic, units: us, marked: make([]bool, len(us))}, true
			}
		}
	}
	return respPart{}, false
}

// guidingPredicate is what a list does when its whole share is to guide the work: 加强业务指导, 要加强对
// 各区的指导, 负责业务指导, 做好技术指导工作.
var guidingPredicate = mustCompile(`^(?:要|应)?(?:负责|加强|做好|给予|强化|负责加强)?(?:对[^，,。；;]{1,12}?的)?(?:业务|技术|行业|政策)?(?:检查|督促|监督)?(?:指导|督导)(?:工作)?$`)

// guidingPiece reads a list whose share is to guide (guidingPredicate) as the list and the marker 指导
// ("市商务局加强业务指导" is "市商务局指导"), which takes part; ok is false for any other piece.
func guidingPiece(pc string) (string, bool) {
	pc = strings.TrimSpace(pc)
	for i := range pc {
		if i == 0 || !guidingPredicate.MatchString(pc[i:]) {
			continue
		}
		if _, ok := unitList(pc[:i]); ok {
			return pc[:i] + "指导", true
		}
	}
	return "", false
}

// labelledList reads a list an explicit label stands before ("配合单位：市委党校、X"): a label says
// its items are parties, so a name whose ending is not among the usual ones still counts, as long
// as every item is a short name and none reads as an action.
func labelledList(s string) ([]string, bool) {
	items := withoutSameBelow(listItems(strings.TrimSpace(s)))
	if len(items) == 0 {
		return nil, false
	}
	for _, u := range items {
		c := cleanUnit(u)
		n := utf8.RuneCountInString(c)
		if n < 2 || n > 20 || !allHan(c) || startsWithVerb(c) || strings.ContainsAny(c, "的了要将是已完成") {
			return nil, false
		}
	}
	return items, true
}

// sameBelow is a list's last word that says the list holds for what follows ("，下同", "以下同"): no
// party. (The parser reads it as such where it matters: firstLeads.)
func sameBelow(item string) bool {
	t := strings.Trim(item, " （）()")
	return t == "下同" || t == "以下同" || t == "下略"
}

// withoutSameBelow is items without a sameBelow word, a new slice only when there is one (listItems'
// slices may be shared).
func withoutSameBelow(items []string) []string {
	if !slices.ContainsFunc(items, sameBelow) {
		return items
	}
	return slices.DeleteFunc(slices.Clone(items), sameBelow)
}

// allHan: every character is a Han one or a bracket (a name, not a date or a figure).
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("（）()", r) {
			return false
		}
	}
	return true
}

// trimLeadMark drops the mark a list sets on the unit that leads: a star or a triangle on either side
// ("★市发改委", "市财政局★", "市发改委▲", "注：标▲的为牵头单位"), or one asterisk after the name ("市卫健委*"), not a name a page masked ("****体育局").
func trimLeadMark(u string) string {
	u = strings.Trim(u, "★☆▲△")
	for _, a := range []string{"*", "＊"} {
		if t, ok := strings.CutSuffix(u, a); ok && !strings.ContainsAny(t, "*＊") {
			return t
		}
	}
	return u
}

// leadMark is the mark after the unit that leads in a list: "市发展改革委（牵头）", and any lead word of
// the tables in its place: （主责）, （主办）, （牵头负责）, （负总责）, （第一责任单位）, （组长单位）.
var leadMark = func() *Regexp {
	words := []string{"牵头单位", "牵头部门"}
	for _, ms := range [][]marker{labelWords, suffixWords} {
		for _, m := range ms {
			if m.role == roleLead && !strings.HasPrefix(m.word, "为") && !strings.HasPrefix(m.word, "是") && !slices.Contains(words, m.word) {
				words = append(words, m.word)
			}
		}
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return mustCompile(`[（(]\s*(?:` + strings.Join(words, "|") + `)\s*[)）]`)
}()

// partnerMark is the mark after a unit of a list that takes part, as leadMark is the lead's: any
// participating word of the tables in brackets, "市市场监管局（配合）", （协办）, （参与）, （配合单位）.
var partnerMark = func() *Regexp {
	var words []string
	for _, ms := range [][]marker{labelWords, suffixWords} {
		for _, m := range ms {
			if m.role == rolePartic && !strings.HasPrefix(m.word, "为") && !strings.HasPrefix(m.word, "是") && !slices.Contains(words, m.word) {
				words = append(words, m.word)
			}
		}
	}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	for i, w := range words {
		words[i] = regexp.QuoteMeta(w)
	}
	return mustCompile(`[（(]\s*(?:` + strings.Join(words, "|") + `)\s*[)）]$`)
}()

// unitList splits a list and checks that every item reads as a party.
func unitList(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, false
	}
	var items []string
	if strings.HasSuffix(s, "部门") && strings.Contains(s, "、") && levelledSectors(s) {
		// "市市场监管、公安、商务等部门": sectors sharing the level and the 部门 written once, each its
		// own department (市公安部门), as in a sentence (sectorList).
		items, _ = sectorList(s)
	}
	if items == nil {
		items = withoutSameBelow(listItems(s))
	}
	if len(items) == 0 {
		return nil, false
	}
	for _, u := range items {
		if !isParty(u) {
			return nil, false
		}
	}
	return items, true
}

// levelledSectors reports whether a list opens with a level and a sector ("市市场监管、公安…", "县发改、
// 财政…"), the level written once for the sectors after it, none of which names a level or a place
// of its own. A list of bare sectors ("公安、城管部门") is read as listed.
func levelledSectors(s string) bool {
	first, rest, _ := strings.Cut(s, "、")
	r, _ := utf8.DecodeRuneInString(first)
	if !strings.ContainsRune("省市区县", r) || utf8.RuneCountInString(first) < 3 || levelWord.MatchString(first) || knownPlace(first) {
		return false
	}
	for _, it := range strings.Split(rest, "、") {
		if r, _ := utf8.DecodeRuneInString(it); strings.ContainsRune("省市区县各", r) || strings.ContainsAny(it, "（(") {
			return false
		}
	}
	return true
}

// isParty reports whether a list item reads as a responsible party: an organisation's name, a group
// (各县（市、区）政府, 各地, 市直有关部门), a unit with its lead mark.
func isParty(u string) bool {
	if v, ok := partyCache.get(u); ok {
		return v
	}
	v := readParty(u)
	partyCache.put(u, v)
	return v
}

// partyCache remembers isParty's verdicts: a plan names the same units many times over. It is
// bounded; when full it starts again.
var partyCache = verdicts[bool]{m: map[string]bool{}, max: 8192}

// verdicts remember a pure function's answers for short names, bounded: when full it starts again.
// Keys are copies, so no plan's text is kept alive by them (nor may a value hold a plan's text).
type verdicts[V any] struct {
	mu  sync.Mutex
	m   map[string]V
	max int
}

func (c *verdicts[V]) get(k string) (V, bool) {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	return v, ok
}

func (c *verdicts[V]) put(k string, v V) {
	if len(k) > 120 {
		return
	}
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[strings.Clone(k)] = v
	c.mu.Unlock()
}

// bareParty are words for any party, which name none: "（单位）" after a person's role.
var bareParty = map[string]bool{"单位": true, "部门": true, "个人": true, "机构": true, "企业": true}

func readParty(u string) bool {
	if strings.Contains(strings.ReplaceAll(u, "自由", ""), "由") {
		return false // "议定事项由综合协调组": a clause naming its agent, not a name (自由贸易试验区 is one)
	}
	c := cleanUnit(trimLeadMark(u))
	if strings.Contains(c, "牵头") {
		c = leadMark.ReplaceAllString(c, "")
	}
	if c == "" || bareParty[c] {
		return false // "房屋产权人（单位）": a word for any party is none
	}
	// An action in a cell ("建设国际会展中心") is no party; a body named after its work (发展改革委,
	// 建设局) is: a verb followed by a short body word still names a unit.
	if m := verbStart.FindString(c); m != "" && !verbLikeOrgan.MatchString(c) && utf8.RuneCountInString(c)-utf8.RuneCountInString(m) > 4 {
		return false
	}
	// "市公安局组建大件运输工作专班": a unit forming a body, a clause and no name.
	if formsBody.MatchString(c) {
		return false
	}
	// "强化部门协同": an action on departments, not one (建设部门, 执法部门 are).
	if actionOnBodies.MatchString(c) {
		return false
	}
	if looksLikeUnit(c) || groupParty.MatchString(c) || placeParty.MatchString(c) {
		return true
	}
	// "市市场监管局（市知识产权局）", "杭州城西科创产业集聚区管委会（筹）": a name and a bracketed note.
	if strings.HasSuffix(c, "）") {
		if i := strings.LastIndex(c, "（"); i > 0 {
			return readParty(c[:i])
		}
	}
	return false
}

// formsBody is a unit's name, then a verb forming a body after it.
var formsBody = mustCompile(`[局委办厅府院队所心会室组](?:组建|成立|设立|牵头组建|牵头成立)\p{Han}`)

// actionOnBodies is a verb of doing better followed by a bare class: 强化部门, 加强单位.
var actionOnBodies = mustCompile(`^(?:强化|加强|深化|完善|优化|健全|推进|推动|加快|提升|压实|做好|抓好)(?:部门|单位|机构)$`)

// groupParty matches parties named as a group: "各地", "各部门", "各县（市、区）", "相关部门", "市直各单位".
// Its last word names bodies or places, so "各相关单位要加强" (a sentence) is none.
var groupParty = mustCompile(`^(?:[省市区县]直|[省市区县]级|全[省市区县])?(?:各|有关|相关|其他|其它)(?:有关|相关)?[\p{Han}（）、]{0,16}?(?:单位|部门|机构|机关|地|级|方|区|县|市|州|盟|旗|镇|乡|村|街道|社区|园区|企业|学校|医院|政府|党委|管委会|办事处|处室|科室|股室|中心|组|局|委|办|厅|）)$`)

// placeParty matches a place named as a party, meaning its government: "衢江区", "柯城区", "龙游县".
var placeParty = mustCompile(`^\p{Han}{1,6}(?:区|县|市|旗|镇|乡|街道)$`)

// groupTail matches what continues a group after a 、: "各区、县级市", "各市、县（市、区）人民政府".
// A level's other levels in brackets (县（市、区）, 县（区）, 市（地）) and the group's other name after its
// body ("各县、区人民政府（管委会）", "各州、市（地）人民政府（行政公署）") are part of it; so is an autonomous
// level (Hainan's "各市、县、自治县人民政府", Qinghai's "各市、自治州人民政府"). So are a body alone, each
// place's other body ("各地（市）行政公署、人民政府": each prefecture's 行署, each city's government), and
// Inner Mongolia's townships and villages ("各苏木镇、嘎查村").
var groupTail = mustCompile(`^(?:县级市|县市区|县区|区县|市县|(?:自治)?[市区县州镇乡旗盟](?:（[市区县旗地、]{1,5}）)?|街道|乡镇|镇街|乡镇（街道）|镇（街道）|苏木镇?|嘎查村?|村（社区）|社区|村)(?:人民政府|政府|党委和政府|办事处)?(?:（(?:管委会|管理委员会|开发区|园区|行政公署|[市区县旗地、]{1,5})）)?$|^(?:单位|部门|机构)$|^[委办局]$|^(?:人民政府|政府|行政公署|行署|管委会|管理委员会|办事处)$`)

// groupOpen opens a group named with 各, 相关 or 有关, or a level of places after a few words of where
// ("沿江各市、州人民政府", "全省各市、县"; not "县直各有关部门、乡镇人民政府", two parties).
var groupOpen = mustCompile(`^(?:各|相关|有关)|^\p{Han}{1,4}?各[市区县州盟旗乡镇]$`)

// qualifiedGroup is a group named with 各 after a few words of where or level ("市直各部门", "全市各乡镇"):
// it takes a bare class or level after it ("、单位", "、街道"), not a party with its own body
// ("县直各有关部门、乡镇人民政府" are two).
var qualifiedGroup = mustCompile(`^\p{Han}{1,4}?各`)

// bareTail is a group's continuation with no body of its own: 单位, 部门, 街道, 乡镇.
var bareTail = mustCompile(`^(?:单位|部门|机构|街道|乡镇|镇街|社区|村|[市区县州镇乡旗盟])$`)

// levelGroup is a group of levels named with 各 and no body yet: 各市, 各设区市, 各市（州）, 各市、县. Its
// last submatch that matched is the last level it names.
// A group may name its places with two or three levels in one word (各县区, 各县市区, 各区县).
var levelGroup = mustCompile(`^各(?:设区|地级以上|地级|直管)?(?:自治)?(县市区|县区|区县|市县|[市区县州盟旗])(?:（[市区县州旗地、]{1,7}）)?(?:、(?:自治)?(县市区|县区|区县|市县|[市区县州盟旗])(?:（[市区县州旗地、]{1,7}）)?)*$`)

// levelBody is the last level of a group with the body each of its places has: 县（市、区）教育局,
// 自治县教育局, 县（市、区）教育行政部门; or the zones a group of counties names beside them, which
// stand at a county's level, with the body each has: 园区燃气管理部门 after 各县区.
var levelBody = mustCompile(`^(?:自治)?([市区县州盟旗]|园区|开发区|高新区|经开区)(?:（[市区县州旗地、]{1,7}）)?\p{Han}{1,14}?(?:局|委|办|厅|部门|中心|支队|大队)$`)

// levelRank orders levels from the city down: a group names its levels going down or across
// (各市、县, 各区、县（市）), never up. A word of several levels (县区, 县市区) ranks as its last.
var levelRank = map[string]int{"市": 2, "州": 2, "盟": 2, "区": 3, "县": 3, "旗": 3, "园区": 3, "开发区": 3, "高新区": 3, "经开区": 3,
	"县区": 3, "区县": 3, "县市区": 3, "市县": 3}

// levelsBody reports whether c ends a group of levels prev opens with the body each of them has
// ("各市" then "县（市、区）教育局": the cities' and counties' education bureaus, one party), not a
// body of a level above ("各区" then "市教育局": the districts and the city's bureau).
func levelsBody(prev, c string) bool {
	if !strings.HasPrefix(prev, "各") {
		return false
	}
	g := levelGroup.FindStringSubmatch(prev)
	if g == nil {
		return false
	}
	b := levelBody.FindStringSubmatch(c)
	if b == nil {
		return false
	}
	last := g[1]
	if g[2] != "" {
		last = g[2]
	}
	return levelRank[b[1]] >= levelRank[last]
}

// levelPairBody is the second of two levels a list names with the body both have, the first written
// alone before it: "乡两级人民政府" after "县", "乡（镇）两级政府", "区交通运输部门" after "市".
var levelPairBody = mustCompile(`^[市区县乡镇](?:[（(](?:镇|乡|街道|乡镇|镇、街道|乡、镇)[)）])?(?:两级)?\p{Han}{0,10}?(?:人民政府|政府|部门|机关|机构)$`)

// levelPair reports whether prev, a level alone (县, 市), and c name one party: the bodies of both
// levels ("县、乡两级人民政府", "市、县两级住建部门", "市、区交通运输部门"), the level above first.
func levelPair(prev, c string) bool {
	if utf8.RuneCountInString(prev) != 1 || !strings.Contains("省市区县乡镇", prev) || !levelPairBody.MatchString(c) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c)
	return pairRank[[]rune(prev)[0]] < pairRank[r]
}

// pairRank orders the levels a pair names, the upper first: 省, 市, 区 or 县, 乡 or 镇.
var pairRank = map[rune]int{'省': 1, '市': 2, '区': 3, '县': 3, '乡': 4, '镇': 4}

// partyCommittee is a party committee named alone, with its place and level: 县委, 市委, 中共长兴县委.
var partyCommittee = mustCompile(`^(?:中共)?(\p{Han}{0,8}?[省市区县旗])委$`)

// governmentOffice is a government's office or bureau named with its place and level: 县政府督查室,
// 市人民政府信访局.
var governmentOffice = mustCompile(`^(\p{Han}{0,8}?[省市区县旗])(?:人民)?政府(\p{Han}{1,10}?(?:室|局|办|中心|委))$`)

// sharedOffice reports whether prev and c name one office the party committee and the government of
// one place share: "县委、县政府督查室", "市委、市政府信访局" (not "县委、县政府", two parties).
func sharedOffice(prev, c string) bool {
	if !strings.HasSuffix(prev, "委") || !strings.Contains(c, "政府") {
		return false
	}
	p := partyCommittee.FindStringSubmatch(prev)
	if p == nil {
		return false
	}
	g := governmentOffice.FindStringSubmatch(c)
	return g != nil && g[1] == p[1]
}

// joinGroups joins "各区" and "县级市" back into one party: a group named with 各 takes the level
// words that follow it, and a bare class ("各属地乡镇、单位").
func joinGroups(items []string) []string {
	var out []string
	for _, it := range items {
		c := cleanUnit(it)
		if n := len(out); n > 0 && strings.HasSuffix(c, "级") {
			// "区、镇、村三级", "县（市、区）、乡（镇）、村三级": the levels written bare, counted once at
			// the end, are one party, the governments of every level named (levelsParty).
			k := n
			for k > 0 && levelAlone.MatchString(cleanUnit(out[k-1])) {
				k--
			}
			if k < n {
				var levels []string
				for _, l := range out[k:] {
					levels = append(levels, cleanUnit(l))
				}
				if joined := strings.Join(levels, "、") + "、" + c; levelsParty.MatchString(joined) {
					out = append(out[:k], joined)
					continue
				}
			}
		}
		if n := len(out); n > 0 {
			prev := cleanUnit(out[n-1])
			if (groupOpen.MatchString(prev) || qualifiedGroup.MatchString(prev) && bareTail.MatchString(c)) && groupTail.MatchString(c) ||
				levelsBody(prev, c) || sharedOffice(prev, c) || levelPair(prev, c) {
				out[n-1] = prev + "、" + c
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// splitTop splits s at any of seps outside brackets.
func splitTop(s, seps string) []string {
	var out []string
	depth := 0
	start := 0
	for i, r := range s {
		switch r {
		case '(', '（', '〔', '[', '【', '“', '《':
			depth++
		case ')', '）', '〕', ']', '】', '”', '》':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 && strings.ContainsRune(seps, r) {
				out = append(out, s[start:i])
				start = i + utf8.RuneLen(r)
			}
		}
	}
	return append(out, s[start:])
}

func removeAll(xs, drop []string) []string {
	var out []string
	for _, x := range xs {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

// takeStanding reads a standing note ("以下均需各区县政府落实，不再列出"), which adds a unit to every
// later task, and returns the clause without it.
func (p *parser) takeStanding(s string) string {
	if !standingMarker(s) {
		return s
	}
	if m := standingRoleExpr.FindStringSubmatchIndex(s); m != nil {
		// "（牵头指导处室：市局产品处，各区市场监管局、机场分局为实施单位，下同）": those named for
		// their role take part in this task and every later one.
		if p.standingPartic == nil {
			p.standingPartic = map[string][]string{}
		}
		p.standingPartic[p.curPart] = appendNew(p.standingPartic[p.curPart], p.canonList(s[m[2]:m[3]])...)
		return strings.TrimRight(s[:m[0]], "，,；;。 ") + s[m[1]:]
	}
	m := standingExpr.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	if helperVerb.MatchString(s[m[3]:]) {
		// "以下均需各片区配合落实": those named help in every later task.
		p.standingHelpers = appendNew(p.standingHelpers, p.canonList(s[m[2]:m[3]])...)
	} else {
		p.standing = appendNew(p.standing, p.canonList(s[m[2]:m[3]])...)
	}
	return strings.TrimRight(s[:m[0]], "，,；;。 ")
}

// helperVerb opens what a standing note's units do when they only help: 配合, 参与, 协助, 协同, 协办.
var helperVerb = mustCompile(`^(?:配合|参与|参加|协助|协同|协办)`)

// standingRoleExpr is a list a note names for a role in every task from here on: "…，各区市场监管局、
// 机场分局为实施单位，下同".
var standingRoleExpr = mustCompile(`[，,；;]\s*([^，,。；;：:]+?)为(?:实施|责任|配合|参与|协办|协同)(?:单位|部门)[，,]\s*下同`)

// rolesAsLabels rewrites each list of units given its role as a predicate ("区住建局为实施单位") as
// the labelled list it stands for ("实施单位：区住建局"); other words before 为 stay ("列第一位者为牵头
// 单位" is a rule, not a list).
func rolesAsLabels(s string) string {
	if !strings.Contains(s, "为") {
		return s
	}
	return roleAsPredicate.ReplaceAllStringFunc(s, func(m string) string {
		g := roleAsPredicate.FindStringSubmatch(m)
		if _, ok := unitList(g[2]); !ok || firstLeadExpr.MatchString(m) {
			return m
		}
		return g[1] + g[3] + "：" + g[2] + g[4]
	})
}

// partnersInBracket rewrites a bracket after a unit's name that is a list with a marker of its own
// ("县林业局（县财政局、各乡镇人民政府配合）", "县林业局牵头（县财政局配合）") as the clause it stands
// for, after a comma: "县林业局，县财政局、各乡镇人民政府配合". The bracket names who else has a share in
// the work and what share, not a second name of the unit before it (markedList).
func partnersInBracket(s string) string {
	if !strings.ContainsAny(s, "（(") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		k := strings.IndexAny(s[i:], "（(")
		if k < 0 {
			break
		}
		open := i + k
		end := matchBracket(s, open)
		_, size := utf8.DecodeRuneInString(s[open:])
		if end < 0 {
			i = open + size
			continue
		}
		_, cs := utf8.DecodeLastRuneInString(s[:end])
		before, _ := utf8.DecodeLastRuneInString(s[:open])
		if inner := s[open+size : end-cs]; unicode.Is(unicode.Han, before) && markedList(inner) {
			b.WriteString(s[last:open])
			b.WriteString("，")
			b.WriteString(inner)
			last = end
		}
		i = end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// markedList reports whether s is a list of units and the marker of their role, whole ("县财政局配合",
// "县财政局、各乡镇人民政府按职责分工负责", "县自然资源局牵头"): a clause, no unit's name.
func markedList(s string) bool {
	role, rest, ok := cutMarker(strings.TrimPrefix(strings.TrimSpace(s), "由"))
	if !ok || role == roleNone || rest == "" {
		return false
	}
	_, ok = unitList(rest)
	return ok
}

// overseersClause reports whether s, whole, names those who oversee the work and what they do, the
// words of the labels of roleBody that oversee it (oversees: 督办, 督查, 考核), perhaps after how
// ("县纪委监委派驻纪检监察组、县督查室督办", "县政府督查室跟踪督办"): they watch the work, they have no
// share in it, as a 督办单位's list has none; units are the names it lists.
func overseersClause(s string) (units []string, ok bool) {
	s = strings.TrimSpace(strings.Trim(s, " \t。；;，,"))
	for _, w := range overseerNames {
		rest, cut := strings.CutSuffix(s, w)
		if !cut || rest == "" {
			continue
		}
		for _, how := range overseeHow {
			if r, ok := strings.CutSuffix(rest, how); ok && r != "" {
				rest = r
				break
			}
		}
		return unitList(rest)
	}
	return nil, false
}

// overseerNames are the labels of labelWords naming overseeing bodies less their 单位 or 部门
// ("督办单位" → "督办"), each once, in labelWords' order, which overseersClause looks for at a clause's end.
var overseerNames = func() []string {
	var out []string
	for _, l := range labelWords {
		if w := strings.TrimSuffix(strings.TrimSuffix(l.word, "单位"), "部门"); l.role == roleBody && w != l.word && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}()

// overseeHow are the words of how overseers oversee, before what they do: "跟踪督办", "全程督办". (Not
// 负责 or 加强: "县督查室负责督查…", "请区督查办加强督查" charge a unit with its own duty.)
var overseeHow = []string{"全程跟踪", "跟踪", "全程"}

// roleAsPredicate is a list given its role as a predicate, "区住建局为实施单位", rewritten as the
// labelled list it stands for, "实施单位：区住建局".
var roleAsPredicate = mustCompile(`(^|[，,；;]\s*)([^，,。；;：:]+?)为((?:实施|责任|牵头|配合|参与|协办|协同)(?:单位|部门))([，,；;]|$)`)

// spacedLabelExpr is a label of units with no colon, a space between it and what follows, at the
// start or after a space or a bracket: "牵头单位 县发改委", "（牵头单位 县商务局  配合单位 县市场监管局）",
// as a two-column table of label and value cells reads when flattened. Group 1 the label, group 2
// the space, group 3 the value up to the next space.
var spacedLabelExpr = mustCompile(`(?:^|[ \t\x{3000}\n（(])(\p{Han}{2,8}(?:单位|部门|处室|科室|股室))([ \t\x{3000}]+)([^ \t\x{3000}\n]+)`)

// spacedLabelsByLine is spacedLabelExpr's FindAllStringSubmatchIndex on s, run line by line on the
// lines that hold a space: a match lies within one line (its first character may be the line
// break before it, which ^ stands for in the line alone), and searching one long text costs far
// more than searching the few lines that may hold a match.
func spacedLabelsByLine(s string) [][]int {
	var out [][]int
	for start := 0; start < len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		if line := s[start:end]; anyRune(line, " \t\u3000") {
			for _, m := range spacedLabelExpr.FindAllStringSubmatchIndex(line, -1) {
				for i := range m {
					if m[i] >= 0 {
						m[i] += start
					}
				}
				if m[0] > 0 && s[m[0]-1] == '\n' && m[0] == m[2] {
					m[0]-- // the line break, as the whole text's match starts
				}
				out = append(out, m)
			}
		}
		start = end + 1
	}
	return out
}

// colonSpacedLabels puts the colon a flattened label cell lost back between a label of units and its
// list ("牵头单位 县发改委" is "牵头单位：县发改委"), where the label is one of labelForms that names
// units (a lead, a partner, a responsible one) and what follows reads as a list of units, not as
// another label (a table's header "牵头单位 配合单位 完成时限" keeps its spaces).
func colonSpacedLabels(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range spacedLabelsByLine(s) {
		label, value := s[m[2]:m[3]], s[m[6]:m[7]]
		lm := matchLabel(label) // "牵头单位", "市牵头单位"
		if lm == nil {
			continue
		}
		switch labelRole(label[lm[2]:lm[3]]) {
		case roleLead, rolePartic, roleResp:
		default:
			continue
		}
		value = strings.TrimRight(value, "）)")
		if matchLabel(value) != nil {
			continue
		}
		if _, ok := unitList(value); !ok {
			continue
		}
		b.WriteString(s[last:m[4]])
		b.WriteString("：")
		last = m[5]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// respLine reads a responsibility block line: a label at the start of a line ("牵头单位：…",
// "协同责任单位：…", "牵头负责领导：…", "完成时限：…"), with its list. It reads what the pattern
// `^(?:[省市区县]直?)?(labelForms)\s*[:：]\s*(.*)$` matches, label and list as its submatches
// (TestRespLineAsExpr checks they agree). A label holds no colon, so it is the words before the
// line's first colon, and only those are tried against labelWhole, not the whole line.
func respLine(l string) (label, list string, ok bool) {
	colon := indexColon(l)
	if colon < 0 {
		return "", "", false
	}
	before := strings.TrimRight(l[:colon], spaceChars)
	m := matchLabel(before)
	if m == nil {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(l[colon:])
	list = strings.TrimLeft(l[colon+n:], spaceChars)
	if strings.Contains(list, "\n") {
		return "", "", false
	}
	return before[m[2]:m[3]], list, true
}

// isRespLine reports whether l is a responsibility block line.
func isRespLine(l string) bool {
	_, _, ok := respLine(l)
	return ok
}

// spaceChars are what \s stands for in a regexp.
const spaceChars = "\t\n\f\r "

// indexColon is strings.IndexAny(s, ":："), without its look at every character.
func indexColon(s string) int {
	half, full := strings.IndexByte(s, ':'), strings.Index(s, "：")
	if half < 0 || full >= 0 && full < half {
		return full
	}
	return half
}

// hasColon: s holds ":" or "：" (what strings.ContainsAny(s, ":：") says, without its look at
// every character).
func hasColon(s string) bool { return strings.IndexByte(s, ':') >= 0 || strings.Contains(s, "：") }

// modifiers stand between a list and its marker without changing the role: "各地级以上市人民政府结合实际
// 落实", "A、B分别牵头", "有关部门要积极配合".
var modifiers = byLength([]marker{
	{"结合实际", roleNone}, {"结合本地实际", roleNone}, {"结合各自实际", roleNone}, {"因地制宜", roleNone},
	{"分别", roleNone}, {"共同", roleNone}, {"积极", roleNone}, {"切实", roleNone}, {"全力", roleNone},
	// Two or more who lead together: "A、B双牵头", "A、B联合牵头" (as "A、B共同牵头").
	{"双", roleNone}, {"联合", roleNone},
	// "…等相关单位按照各自职责抓好落实", "各乡镇认真落实": how well, before the marker.
	{"抓好", roleNone}, {"认真", roleNone}, {"扎实", roleNone},
	{"统筹", roleNone}, {"具体", roleNone}, {"要", roleNone}, {"应", roleNone}, {"等", roleNone},
	// How the helpers help, before their marker: "县民政局、县医保局按职责配合".
	{"按职责", roleNone}, {"按照职责", roleNone}, {"按各自职责", roleNone}, {"按照各自职责", roleNone}, {"依职责", roleNone},
	{"根据职责", roleNone}, {"依据职责", roleNone}, {"按职能", roleNone}, {"按照职能", roleNone},
})

// principleOpening is a predicate opening with a quoted principle or demand (quotedPrinciple's words).
var principleOpening = mustCompile(`^(?:按照|按|根据|依据|依照|坚持|遵循|落实)“[^“”]{2,20}”(?:的)?(?:原则|要求)`)

// quotedPrinciple is a principle or a demand quoted between a list and its marker, saying how they act:
// "按照“谁主管谁负责”原则", "按照“管行业必须管安全”的要求" (a modifier, as 按照职责 is).
var quotedPrinciple = mustCompile(`(?:按照|按|根据|依据|依照|坚持|遵循|落实)“[^“”]{2,20}”(?:的)?(?:原则|要求)?$`)

func trimModifiers(s string) string {
	for changed := true; changed; {
		changed = false
		if m := quotedPrinciple.FindStringIndex(s); m != nil && m[0] > 0 {
			s, changed = strings.TrimSpace(s[:m[0]]), true
		}
		for _, m := range modifiers {
			if t, ok := strings.CutSuffix(s, m.word); ok && t != "" {
				s, changed = strings.TrimSpace(t), true
			}
		}
	}
	return s
}

// unitNames normalises one party of a list (already split: "各区、县级市" stays one), following the
// plan's own short names ("以下简称") and second names ("市市场监管局（市知识产权局）").
func (p *parser) unitNames(name string) []string {
	name = p.takeLocalAliases(name)
	if first, second, ok := secondName(bracketFold.Replace(cleanUnit(name))); ok {
		p.localAliases[p.canon(second)] = p.canon(first)
	}
	u := p.canon(name)
	if u == "" || !hasHan(u) || clauseName(u) { // "…，按职责分工负责" closing a list is its marker
		return nil
	}
	if full, ok := p.localAliases[u]; ok {
		u = full
	}
	return []string{u}
}

// labelParts are pieces every label word holds one of; a text with a colon but none of them holds
// no label, and the label pattern need not run over it.
// The short role labels of a note ("主责：X；协助：Y", "参加：Z", "属地：各镇") are among them.
var labelParts = newWordSet("单位", "部门", "领导", "牵头", "主办", "主责", "配合", "协办", "协助", "分工", "时限", "时间", "节点", "安排", "期限", "主体", "责任", "处室", "科室", "股室", "协同", "参与", "参加", "属地")

func mayHoldLabel(s string) bool {
	return hasColon(s) && containsAny(s, labelParts)
}

// personNote is a labelled person in a task's words ("牵头负责领导：金力", "牵头局领导:袁启华 牵头责任部门:…"):
// group 1 the label (labelRole says whether it names a person), group 2 the names.
// A name may carry its office after it ("责任领导：王伟副县长", "李红常务副市长"), in brackets after it
// ("责任领导：陈静（副区长）", "王磊（区委常委、副区长）"), or before it ("责任领导：副市长张伟", "常务副市长李强").
var personNote = mustCompile(`(\p{Han}{0,6}(?:领导|责任人))\s*[:：]\s*(` + personTitle + `\p{Han}{2,4}` + personOffice + `(?:[、，,]` + personTitle + `\p{Han}{2,4}` + personOffice + `)*)(?:同志)?(?:[\s。；;）)]|$)`)

// personTitle is an office written before a leader's name: 副市长张伟, 常务副市长李强.
const personTitle = `(?:(?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长|书记|秘书长|主任|局长))?`

// personOffice is the office a leader's name may be written with: 副县长, 常务副市长, 秘书长; or in
// brackets after it, the offices listed there ending in one: （副区长）, （区委常委、副区长）.
const personOffice = `(?:(?:常务)?副?(?:省长|市长|区长|县长|州长|镇长|乡长|书记|秘书长|主任|局长)|[（(][^（()）。；;：:]{0,12}?(?:长|书记|主任|常委)[)）])?`

// leaderHeading is a heading that gives a group of tasks to a leader by name: "（一）戴建平常务副市长牵头重点工作"
// (group 1 the name, group 2 the whole). A system named after a rank ("建立县长联系重点项目制度",
// "落实市长负责制") is no leader: the name must open the heading and the heading end with the work.
var leaderHeading = mustCompile(`^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*((\p{Han}{2,3}?)(?:常务)?副?(?:省长|市长|区长|县长|州长|盟长|旗长|书记|秘书长)(?:牵头|分管|负责|联系))(?:负责)?(?:的)?(?:重点)?(?:工作|任务|事项){0,2}(?:\s*[（(][^）)]{0,8}[)）])?\s*$`)

// Leaders are the persons a task names as answering for it, as the plan writes them: a labelled
// person in its words ("牵头负责领导：金力") or a heading over it that gives it to a leader
// ("戴建平常务副市长牵头"). They are no unit; an answer about who leads the task shows them.
func Leaders(t *Task) []string {
	var out []string
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if strings.Contains(t.Text, "领导") || strings.Contains(t.Text, "责任人") { // most tasks name no person
		for _, m := range personNote.FindAllStringSubmatch(t.Text, -1) {
			if labelRole(m[1]) == rolePerson {
				add(m[1] + "：" + m[2])
			}
		}
	}
	if !strings.Contains(t.Section, "长") && !strings.Contains(t.Section, "书记") {
		return out // no heading gives the task's group to a leader
	}
	path := t.Path()
	for i := len(path) - 1; i >= 0; i-- {
		if m := leaderHeading.FindStringSubmatch(path[i]); m != nil && !startsWithVerb(m[2]) {
			add(m[1]) // the nearest heading's leader
			break
		}
	}
	return out
}

// combinedLabel reads a name that is two labels of labelWords over one list, the second after a
// slash or in brackets: "牵头单位/配合单位", "牵头单位（配合单位）" (a table's column or a label before a
// colon). Both must name units (lead, responsible or participating).
func combinedLabel(name string) (first, second string, bracket, ok bool) {
	name = strings.TrimSpace(name)
	if len(name) > 72 {
		return "", "", false, false
	}
	if k := strings.IndexAny(name, "/／"); k > 0 {
		_, n := utf8.DecodeRuneInString(name[k:])
		first, second = strings.TrimSpace(name[:k]), strings.TrimSpace(name[k+n:])
	} else if k := strings.IndexAny(name, "（("); k > 0 && (strings.HasSuffix(name, "）") || strings.HasSuffix(name, ")")) {
		_, n := utf8.DecodeRuneInString(name[k:])
		_, m := utf8.DecodeLastRuneInString(name)
		first, second, bracket = name[:k], name[k+n:len(name)-m], true
	} else {
		return "", "", false, false
	}
	for _, l := range []string{first, second} {
		if matchLabel(l) == nil {
			return "", "", false, false
		}
		if r := labelRole(l); r != roleLead && r != rolePartic && r != roleResp {
			return "", "", false, false
		}
	}
	return first, second, bracket, true
}

// splitCombinedLabels writes a combined label and its list as two labels, each with its share of
// the list: "牵头单位/配合单位：X/Y、Z" is "牵头单位：X；配合单位：Y、Z", "牵头单位（配合单位）：X（Y、Z）"
// is the same. A list with no slash (or no bracket closing it) is the first label's alone.
func splitCombinedLabels(s string) string {
	type edit struct {
		from, to int
		with     string
	}
	var edits []edit
	eachColon(s, func(colon, end int) {
		// The name before the colon, back to a separator outside brackets.
		start, depth, runes := colon, 0, 0
		for start > 0 && runes < 24 {
			r, n := utf8.DecodeLastRuneInString(s[:start])
			if r == '）' || r == ')' {
				depth++
			} else if r == '（' || r == '(' {
				if depth == 0 {
					break
				}
				depth--
			} else if unicode.IsSpace(r) || strings.ContainsRune("，,；;。【〔：:", r) {
				break
			}
			start -= n
			runes++
		}
		first, second, bracket, ok := combinedLabel(s[start:colon])
		if !ok {
			return
		}
		// The list runs to the clause's end, or to a bracket it did not open.
		stop, depth := end, 0
		for stop < len(s) {
			r, n := utf8.DecodeRuneInString(s[stop:])
			if r == '（' || r == '(' {
				depth++
			} else if r == '）' || r == ')' {
				if depth == 0 {
					break
				}
				depth--
			} else if strings.ContainsRune("；;。\n", r) {
				break
			}
			stop += n
		}
		list := strings.TrimSpace(s[end:stop])
		var a, b string
		if bracket {
			a = list
			if strings.HasSuffix(list, "）") || strings.HasSuffix(list, ")") {
				if k := strings.LastIndexAny(list, "（("); k > 0 {
					_, n := utf8.DecodeRuneInString(list[k:])
					_, m := utf8.DecodeLastRuneInString(list)
					a, b = list[:k], list[k+n:len(list)-m]
				}
			}
		} else if k := strings.IndexAny(list, "/／"); k >= 0 {
			_, n := utf8.DecodeRuneInString(list[k:])
			a, b = list[:k], list[k+n:]
		} else {
			a = list
		}
		with := first + "：" + strings.TrimSpace(a)
		if b = strings.TrimSpace(b); b != "" {
			with += "；" + second + "：" + b
		}
		edits = append(edits, edit{start, stop, with})
	})
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		if i+1 < len(edits) && e.to > edits[i+1].from {
			continue
		}
		s = s[:e.from] + e.with + s[e.to:]
	}
	return s
}

// mayCombineLabels is splitCombinedLabels' cheap precheck: a slash or a closing bracket right before
// a colon.
func mayCombineLabels(s string) bool {
	return (anyRune(s, "/／") || strings.Contains(s, "）：") || strings.Contains(s, "):") || strings.Contains(s, "）:")) && hasColon(s)
}

// roleGroupName is a party a plan names by the role its units have in it: 各牵头单位, 各责任部门,
// 各配合单位, 各主办单位. Group 1 is the role word.
var roleGroupName = mustCompile(`^(?:各|所有|全体)(牵头|主办|主责|责任|配合|参与|协办|协同)(?:责任)?(?:单位|部门)$`)

// RoleGroup tells which of a plan's units a party named by their role in it stands for: 各牵头单位
// (各主办单位) its lead units; 各配合单位 (各参与单位, 各协办单位) its participating ones; 各责任单位
// (各责任部门) every unit with a share. Any other name is none (both false): 各相关单位 and 各成员单位
// name no role the plan's tasks give.
func RoleGroup(name string) (lead, participating bool) {
	m := roleGroupName.FindStringSubmatch(name)
	if m == nil {
		return false, false
	}
	switch m[1] {
	case "牵头", "主办", "主责":
		return true, false
	case "配合", "参与", "协办", "协同":
		return false, true
	}
	return true, true
}

// bareKind are the words of a label's kind in brackets ("责任单位及承办科室（单位）"), no body's name.
var bareKind = map[string]bool{"单位": true, "部门": true, "科室": true, "处室": true, "股室": true, "机构": true}

// secondNote is a body a text writes with its second name in brackets: the canonical names the words
// before the bracket may stand for (their longest end first), and the second name as written, its
// city left off.
type secondNote struct {
	firsts []string
	second string
	canon  string // the second name's canonical name
}

// secondNotes reads the second names of the bodies src writes so ("市财政局(地税局)"), for
// noteSecondNames. A bracket followed by more of the name ("嘉兴经济技术开发区(国际商务区)管委会") is
// none. A group's bracket ("各街镇（园区）", "各区县政府(地区管委会)"), a bracket of two characters
// ("各街办(新区)") and a label's kind ("责任单位及承办科室（单位）") give another kind of party, not a
// body's second name.
func (p *parser) secondNotes(src ...string) []secondNote {
	var out []secondNote
	for _, s := range src {
		for b := range bracketedNames(s) {
			second := b.name
			if utf8.RuneCountInString(second) < 3 || bareKind[second] || !looksLikeUnit(second) || markedList(second) {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(b.rest); unicode.Is(unicode.Han, r) {
				continue
			}
			var firsts []string
			words := lastHanRun(s[:b.open], 24)
			for i := range words {
				first := words[i:]
				if utf8.RuneCountInString(first) < 2 || strings.HasPrefix(first, "各") {
					break
				}
				if !looksLikeUnit(first) {
					continue
				}
				u := p.norm.Unit(first)
				if full, ok := p.localAliases[u]; ok {
					u = full
				}
				firsts = append(firsts, u)
			}
			if w := p.norm.Written(second); len(firsts) > 0 && w != "" {
				out = append(out, secondNote{firsts: firsts, second: w, canon: p.norm.Unit(second)})
			}
		}
	}
	return out
}

// noteSecondNames keeps in t.Aka the second name each of its units is written with (secondNotes of
// the words the task was read from): "市财政局(地税局)" gives 市财政局 → 地税局. A note of a unit the
// task does not hold is passed over, and so is a second name that is the unit itself.
func (p *parser) noteSecondNames(t *Task, notes []secondNote) {
	if len(t.Lead)+len(t.Participating) == 0 {
		return
	}
	for _, n := range notes {
		for _, u := range n.firsts {
			if t.role(u) == "" {
				continue
			}
			if n.canon != u && n.second != u {
				if t.Aka == nil {
					t.Aka = map[string]string{}
				}
				if _, seen := t.Aka[u]; !seen {
					t.Aka[u] = n.second
				}
			}
			break
		}
	}
}
