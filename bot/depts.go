package bot

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

//go:embed departments.txt
var departmentsText string

// deptType is one kind of department: the names people give the kind (发展改革, 发改) and the unit
// bodies (names without the level prefix) that belong to it in any city.
type deptType struct {
	name   string
	words  []string
	bodies []string
}

// deptTypes is the table of department types in departments.txt.
type deptTypes []deptType

// defaultDeptTypes is the table of departments.txt, read once: every parser shares it (and its
// phrases, worked out once for it).
func defaultDeptTypes() deptTypes { return defaultTable() }

var defaultTable = sync.OnceValue(readDeptTypes)

func readDeptTypes() deptTypes {
	var out deptTypes
	for _, line := range strings.Split(departmentsText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, "=")
		words, bodies, ok2 := strings.Cut(rest, "|")
		if !ok || !ok2 {
			panic("departments.txt: want \"type = names | bodies\": " + line) // the embedded table is tested
		}
		out = append(out, deptType{name: strings.TrimSpace(name), words: strings.Fields(words), bodies: strings.Fields(bodies)})
	}
	return out
}

// deptSuffixes make a type name a department type in a question: 发展改革部门, 教育系统, 人民银行分支机构.
var deptSuffixes = []string{"部门", "系统", "条线", "分支机构", "口"}

// deptPhrase is a way a question names a type: 发展改革部门, 城市管理综合执法部门.
type deptPhrase struct{ phrase, typ string }

// phraseCache keeps each table's phrases, worked out once (the parsers share the default table, so
// it holds one entry but for tests' own tables).
var phraseCache sync.Map // *deptType (the table's first entry) → []deptPhrase

// phrases are the ways a question names the table's types, longest first: a type's word or two of
// its words (城市管理综合执法), then 部门, 系统, 条线 or 口.
func (ts deptTypes) phrases() []deptPhrase {
	if len(ts) == 0 {
		return nil
	}
	if v, ok := phraseCache.Load(&ts[0]); ok {
		return v.([]deptPhrase)
	}
	var all []deptPhrase
	for _, t := range ts {
		for _, w := range t.words {
			for _, suf := range deptSuffixes {
				all = append(all, deptPhrase{w + suf, t.name})
				for _, w2 := range t.words {
					if w2 != w {
						all = append(all, deptPhrase{w + w2 + suf, t.name}) // 城市管理综合执法部门
					}
				}
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		return utf8.RuneCountInString(all[i].phrase) > utf8.RuneCountInString(all[j].phrase)
	})
	phraseCache.Store(&ts[0], all)
	return all
}

// in finds the department types a question names ("各地发展改革部门", "教育系统") and cuts them out.
func (ts deptTypes) in(s string) (types []string, rest string) {
	all := ts.phrases()
	rest = s
	for _, c := range all {
		if strings.Contains(rest, c.phrase) && !equipment(rest, c.phrase) {
			rest = strings.ReplaceAll(rest, c.phrase, " ")
			if !contains(types, c.typ) {
				types = append(types, c.typ)
			}
		}
	}
	for _, b := range bareDepts {
		i := strings.Index(rest, b.word)
		if i < 0 || !reBareDeptAfter.MatchString(rest[i+len(b.word):]) || strings.HasSuffix(rest[:i], "智慧") {
			continue
		}
		rest = rest[:i] + " " + rest[i+len(b.word):]
		if !contains(types, b.typ) {
			types = append(types, b.typ)
		}
	}
	if typ, i, n := ts.bareRoleWord(rest); n > 0 {
		rest = rest[:i] + " " + rest[i+n:]
		if !contains(types, typ) {
			types = append(types, typ)
		}
	}
	return types, rest
}

// opensWith reports whether s opens with a type's own word or nickname of two characters or more
// (市场监管, 市监): a place's level before it may be the word's first character.
func (ts deptTypes) opensWith(s string) bool {
	for _, t := range ts {
		for _, w := range t.words {
			if utf8.RuneCountInString(w) >= 2 && strings.HasPrefix(s, w) {
				return true
			}
		}
	}
	for _, b := range bareDepts {
		if strings.HasPrefix(s, b.word) {
			return true
		}
	}
	return false
}

// reBareRoleAfter is the role a liaison asks of a department named by its word alone ("民政牵头几个").
var reBareRoleAfter = regexp.MustCompile(`^(?:牵头|配合|参与|负责)`)

// bareRoleWord finds a type's own word standing alone where a unit's name stands: at the start of what
// is left or after a space (the place cut before it), right before the role asked ("广州民政牵头几个",
// "财政配合哪些"), as a liaison shortens 市民政局 and 市财政局. The longest such word: its type, where it
// starts and its length; n is 0 for none.
func (ts deptTypes) bareRoleWord(s string) (typ string, at, n int) {
	if !strings.Contains(s, "牵头") && !strings.Contains(s, "配合") && !strings.Contains(s, "参与") && !strings.Contains(s, "负责") {
		return "", 0, 0
	}
	for _, t := range ts {
		for _, w := range t.words {
			if len(w) <= n || utf8.RuneCountInString(w) < 2 {
				continue
			}
			i := strings.Index(s, w)
			if i < 0 || !reBareRoleAfter.MatchString(s[i+len(w):]) || strings.TrimSpace(s[:i]) != "" && !strings.HasSuffix(s[:i], " ") {
				continue
			}
			typ, at, n = t.name, i, len(w)
		}
	}
	return typ, at, n
}

// reGroupOf is the group a unit name may open with: the same department of every county or district.
var reGroupOf = regexp.MustCompile(`^各(?:县市区|县（市、区）|县\(市、区\)|市县区|区县|县区|县市|区|县|市)`)

// bareDepts are the nicknames that name a department without 部门 after them ("宣城城管的任务",
// "人社负责哪些"), when a question's asking follows them.
var bareDepts = []struct{ word, typ string }{
	{"城管", "城市管理"}, {"发改", "发展改革"}, {"人社", "人力社保"}, {"住建", "住建"}, {"卫健", "卫生健康"},
	{"市监", "市场监管"}, {"房管", "房屋管理"}, {"国资", "国资"},
	{"海关", "海关"}, {"人民银行", "人民银行"}, {"人行", "人民银行"}, {"央行", "人民银行"}, {"PBOC", "人民银行"},
}

// A liaison's short question asks what it looks after the same way: "住建管哪些", "城管都干啥".
var reBareDeptAfter = regexp.MustCompile(`^(?:的(?:任务|工作|事)|负责|牵头|参与|配合|有哪些|有什么|有几|有多少|一共|要|这个月|下个月|本月|下月|今年|本年|明年|\s|都?(?:管|干|做)(?:哪些|什么|啥|了什么|了啥|的事))`)

// systemWork and systemDevice mark a 系统 that is equipment, not a department's line: work done on it
// ("消防系统改造", "医保系统升级") or a kind of device before it ("自动喷淋消防系统").
var (
	systemWork   = regexp.MustCompile(`^(?:的)?(?:改造|建设|安装|维护|维修|检测|检修|升级|联网|设施|设备|故障|运行|上线|对接|开发)`)
	systemDevice = regexp.MustCompile(`(?:自动|喷淋|报警|火灾|建筑|固定|信息|智能|电子|结算)$`)
)

// equipment reports whether every place phrase stands in s is a system as equipment.
func equipment(s, phrase string) bool {
	if !strings.HasSuffix(phrase, "系统") {
		return false
	}
	return everyAt(s, phrase, func(i int) bool {
		return systemWork.MatchString(s[i+len(phrase):]) || systemDevice.MatchString(s[:i])
	})
}

// everyAt reports whether ok holds at every place sub stands in s (true when it stands nowhere).
func everyAt(s, sub string, ok func(i int) bool) bool {
	for at := 0; ; {
		j := strings.Index(s[at:], sub)
		if j < 0 {
			return true
		}
		if !ok(at + j) {
			return false
		}
		at += j + len(sub)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// of returns the first type a unit name belongs to, or "". A unit may belong to more than one (a
// 文化和旅游局 is a 文化旅游, a 旅游 and a 文化 department); is tells.
func (ts deptTypes) of(name string) string {
	for _, t := range ts {
		if t.has(name) {
			return t.name
		}
	}
	return ""
}

// is reports whether a unit name belongs to the type: by its name, or, for a merged bureau no type
// names as a whole ("发展改革和统计局", "工业信息和科技局"), by either body it merges.
func (ts deptTypes) is(name, typ string) bool {
	for _, t := range ts {
		if t.name != typ {
			continue
		}
		if t.has(name) {
			return true
		}
		if parts := mergedBodies(name); len(parts) > 0 && ts.of(name) == "" {
			return slices.ContainsFunc(parts, t.has)
		}
		return false
	}
	return false
}

// mergedBodies splits a merged bureau's name at its 和 into the bodies it joins, each with the ending:
// 发展改革和统计局 is 发展改革局 (and 发展改革委) and 统计局; nil for a name that merges none.
func mergedBodies(name string) []string {
	body := plan.UnitBody(name)
	a, b, ok := strings.Cut(body, "和")
	if !ok || utf8.RuneCountInString(a) < 2 || utf8.RuneCountInString(b) < 3 {
		return nil
	}
	end, _ := utf8.DecodeLastRuneInString(b)
	if !strings.ContainsRune("局委厅办", end) {
		return nil
	}
	return []string{a + string(end), a + "局", a + "委", b}
}

func (t deptType) has(name string) bool {
	if g := reGroupOf.FindString(name); g != "" && g != name {
		name = strings.TrimPrefix(name, g) // "各县市区城管局": each county's 城管局, of the type as one is
	}
	body := plan.UnitBody(name)
	for _, b := range t.bodies {
		if body == b || name == b { // 市场监管局 listed without its level: not 场监管局
			return true
		}
		if strings.HasSuffix(body, "委") && body+"员会" == b {
			return true // "市经济和信息化委": the 委员会 its type lists, cut short as plans do
		}
		if head, ok := strings.CutSuffix(b, "…"); ok && (strings.HasPrefix(body, head) || strings.HasPrefix(name, head)) {
			return true // "人民银行…": 人民银行成安县支行, 中国人民银行…中心支行
		}
		if rest, ok := strings.CutPrefix(body, b); ok && strings.HasSuffix(rest, "分局") {
			return true
		}
		if stem, ok := strings.CutSuffix(b, "局"); ok && body == stem+"分局" {
			return true // "区生态环境分局", "区公安分局": a district's branch of the city's bureau, named so
		}
		if place, ok := strings.CutSuffix(body, b); ok && placeName(place) {
			return true // "平潭海关", "衢州海事局": a place's office of a central agency
		}
	}
	if head, tail, ok := subUnit(body); ok && (t.has(head) || t.has(tail)) {
		return true // "区公安分局交警大队": a bureau's own unit is of the bureau's type (and of its own)
	}
	return t.sector(body) || t.sector(name)
}

// reSubUnit is a unit inside a bureau, written after the bureau's name: "公安分局交警大队",
// "市场监督管理局执法大队", "公安局交通管理局". The bureau's name is two characters or more before 局;
// the unit's own ends as a unit inside a bureau does.
var reSubUnit = regexp.MustCompile(`^(\p{Han}{2,}?局)(\p{Han}{2,}(?:队|科|处|所|站|室|股|中心|局|馆))$`)

// subUnit splits a unit's body into the bureau it is in and its own name, when it names both.
func subUnit(body string) (head, tail string, ok bool) {
	m := reSubUnit.FindStringSubmatch(body)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// placeName reports whether s is a place's short name (平潭, 衢州, 福建): one the gazetteer knows with
// 市, 县, 区 or 省 after it.
func placeName(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n > 4 {
		return false
	}
	for _, lvl := range []string{"市", "县", "区", "省"} {
		if plan.ProvinceOf(s+lvl) != "" {
			return true
		}
	}
	return false
}

// sector reports whether a unit the plan names by its sector ("公安部门", "城市管理综合执法部门",
// "交通行政主管部门") is of the type: the sector, before 部门, is one or two of the type's words.
func (t deptType) sector(name string) bool {
	core := ""
	for _, suf := range []string{"行政主管部门", "主管部门", "部门", "系统", "条线"} {
		if c, ok := strings.CutSuffix(name, suf); ok {
			core = c
			break
		}
	}
	if core == "" {
		return false
	}
	for _, w := range t.words {
		if rest, ok := strings.CutPrefix(core, w); ok && (rest == "" || slices.Contains(t.words, rest)) {
			return true
		}
	}
	return false
}

// typeOfUnit returns the type the units a name resolved to belong to, when they all share one. Each
// name is typed once: a name asked of every plan (市人力社保局) resolves to one unit a city, at 10,000
// plans thousands of units of one name, and typing each was a third of such a question.
func (ts deptTypes) typeOfUnit(us []plan.UnitRef) string {
	t := ""
	for _, name := range distinctNames(us) {
		ut := ts.of(name)
		if ut == "" || (t != "" && ut != t) {
			return ""
		}
		t = ut
	}
	return t
}

// distinctNames lists the names of us, each once, in the order they first come.
func distinctNames(us []plan.UnitRef) []string {
	var out []string
	seen := make(map[string]bool, 4)
	for _, u := range us {
		if !seen[u.Name] {
			seen[u.Name] = true
			out = append(out, u.Name)
		}
	}
	return out
}

// units returns every unit of dir of the given type, in the cities given (all when none).
func (ts deptTypes) units(typ string, dir *plan.Directory, cities []string) []plan.UnitRef {
	var out []plan.UnitRef
	if len(cities) > 0 {
		for _, c := range cities {
			for _, uc := range dir.Units(c) {
				if ts.is(uc.Name, typ) {
					out = append(out, uc.UnitRef)
				}
			}
		}
		return out
	}
	for _, uc := range dir.Units("") {
		if ts.is(uc.Name, typ) {
			out = append(out, uc.UnitRef)
		}
	}
	return out
}

// dropInsideBodies leaves out a unit match that is the tail of a department's common name the
// question writes ("建委" of 住建委, which no plan names so): the department is asked about, not
// the unit whose name it ends in.
func (ts deptTypes) dropInsideBodies(ms []unitMatch, s string) []unitMatch {
	return slices.DeleteFunc(ms, func(m unitMatch) bool {
		head := s[:m.end]
		for _, t := range ts {
			for _, b := range t.bodies {
				if len(b) > len(m.typed) && strings.HasSuffix(b, m.typed) && strings.HasSuffix(head, b) {
					return true
				}
			}
		}
		return false
	})
}
