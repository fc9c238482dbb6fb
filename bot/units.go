package bot

import (
	"cmp"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// lexicon finds unit names inside a question. Every known unit is listed under its canonical name
// and under the name without its level prefix (商务局 for 市商务局); a span of the question is looked
// up as typed and folded through the alias table, so 发改委 finds 市发展改革委.
type lexicon struct {
	dir     *plan.Directory // the directory the lexicon was made from
	aliases *plan.Aliases
	forms   map[string][]plan.UnitRef
	// The forms again, by their length in characters (what nearUnit reads: a name one character
	// off) and by their last character (what abbreviatedUnit reads), with those of a leading
	// group's office (…领导小组办公室, abbreviated …办) apart: a question about a unit no plan names
	// reads the few forms that can be near it, not every unit of every city.
	byLen   map[int][]string
	byLast  map[rune][]string
	offices []string
	cities  *cities
	cforms  map[rune][]cityForm // city forms by first character, longest first
	maxLen  int                 // in runes
}

// reListInBrackets is a list of levels in brackets inside a group's name: （市、区） of 各县（市、区）政府.
var reListInBrackets = regexp.MustCompile(`[（(]\p{Han}(?:、\p{Han})+[）)]`)

// flatList writes a bracketed list as people type it: （市、区） is 市区.
func flatList(m string) string {
	return strings.NewReplacer("（", "", "）", "", "(", "", ")", "", "、", "").Replace(m)
}

func newLexicon(dir *plan.Directory, aliases *plan.Aliases, c *cities) *lexicon {
	lx := &lexicon{dir: dir, aliases: aliases, forms: map[string][]plan.UnitRef{}, cities: c, cforms: map[rune][]cityForm{}}
	for _, f := range c.chineseForms() {
		r, _ := utf8.DecodeRuneInString(f.form)
		lx.cforms[r] = append(lx.cforms[r], f)
	}
	// Two plans of one place may write one unit two ways (区经济发展局, 区经发局): a name found for one is
	// found for both.
	units := dir.Units("")
	// A name's canonical name and forms are the same in every city (市商务局 is in a thousand of
	// them at 10,000 plans): worked out once a name, not once a unit.
	canons := make(map[string]string, 1024)
	canonical := func(name string) string {
		c, ok := canons[name]
		if !ok {
			c = aliases.Canonical(name)
			canons[name] = c
		}
		return c
	}
	namesOf := make(map[string][]string, 1024)
	kin := map[plan.UnitRef][]plan.UnitRef{} // only the units written more than one way
	// Units lists a city's units together: those of one city with one canonical name are found by
	// sorting the city's (a slice reused from one city to the next), not through a map of every
	// unit by city and name (some 30 MB of garbage at 10,000 plans, while the heap is at its largest).
	type canonAt struct {
		canon string
		body  string // the canonical name of the name less its level; "" when it writes none
		at    int    // in units
	}
	bodies := make(map[string]string, 1024)
	bodyCanon := func(name string) string {
		b, ok := bodies[name]
		if !ok {
			if body := plan.UnitBody(name); body != name {
				b = canonical(body)
			}
			bodies[name] = b
		}
		return b
	}
	var run []canonAt
	sameIn := func() {
		// A place's plan that writes a unit without its level (医保局, 医疗保障局) writes the place's one
		// unit of that name with its level (区医疗保障局): they are kin too, when one level's name fits.
		var leveled map[string]string // a name less its level → the leveled canonical name; "" for several
		for _, c := range run {
			if c.body == "" {
				continue
			}
			if leveled == nil {
				leveled = map[string]string{}
			}
			if l, ok := leveled[c.body]; !ok {
				leveled[c.body] = c.canon
			} else if l != c.canon {
				leveled[c.body] = ""
			}
		}
		for k, c := range run {
			if l := leveled[c.canon]; c.body == "" && l != "" {
				run[k].canon = l
			}
		}
		slices.SortFunc(run, func(a, b canonAt) int { return cmp.Or(strings.Compare(a.canon, b.canon), cmp.Compare(a.at, b.at)) })
		for lo := 0; lo < len(run); {
			hi := lo + 1
			for hi < len(run) && run[hi].canon == run[lo].canon {
				hi++
			}
			if hi-lo > 1 {
				g := make([]plan.UnitRef, hi-lo)
				for k := range g {
					g[k] = units[run[lo+k].at].UnitRef
				}
				for _, u := range g {
					kin[u] = g
				}
			}
			lo = hi
		}
		run = run[:0]
	}
	for i, uc := range units {
		if i > 0 && uc.City != units[i-1].City {
			sameIn()
		}
		canon := canonical(uc.Name)
		run = append(run, canonAt{canon, bodyCanon(uc.Name), i})
		if _, ok := namesOf[uc.Name]; !ok {
			namesOf[uc.Name] = unitForms(uc.Name, canon)
		}
	}
	sameIn()
	run = nil
	seconds := dir.SecondNames()
	// eachForm calls add with every form and a unit it finds. It runs twice, to count each form's
	// units and then to lay them in one allocation: gathered as pairs first (48 bytes a form and
	// unit, some 60 MB at 10,000 plans) they were garbage as soon as the lists were made.
	eachForm := func(add func(f string, u plan.UnitRef)) {
		for _, uc := range units {
			for _, f := range namesOf[uc.Name] {
				add(f, uc.UnitRef)
			}
		}
		// A list that names its level once ("省发展改革委、商务厅") leaves the later names without it:
		// in the same place, 商务厅 is 省商务厅, and is found by that name too.
		for _, uc := range units {
			u := uc.UnitRef
			if plan.UnitBody(u.Name) != u.Name {
				continue
			}
			for _, lvl := range []string{"省", "市", "区", "县"} {
				if dir.Has(plan.UnitRef{City: u.City, Name: lvl + u.Name}) {
					add(lvl+u.Name, u)
					if c := canonical(lvl + u.Name); c != lvl+u.Name {
						add(c, u)
					}
				}
			}
		}
		// A city bureau's branch in the district or county whose plan names it is, to the place's
		// people, the place's bureau: 佛山市生态环境局南海分局 in 南海区's plan is 南海区生态环境局.
		for _, uc := range units {
			for _, f := range branchForms(uc.Name, uc.City) {
				add(f, uc.UnitRef)
			}
		}
		// A unit a plan writes with a second name in brackets ("市财政局(地税局)") is found by that
		// name as a unit of its own, which the tasks that write it so name (Task.Role); its level is
		// its unit's when it writes none (地税局 of 市财政局 is 市地税局 too).
		for _, sn := range seconds {
			u := plan.UnitRef{City: sn.Unit.City, Name: sn.Second}
			for _, f := range unitForms(sn.Second, canonical(sn.Second)) {
				add(f, u)
			}
			if body := plan.UnitBody(sn.Unit.Name); body != sn.Unit.Name && plan.UnitBody(sn.Second) == sn.Second {
				lvl := strings.TrimSuffix(sn.Unit.Name, body)
				add(lvl+sn.Second, u)
				add(canonical(lvl+sn.Second), u)
			}
		}
		// A section named with its bureau (区经发局发改处) is found by the section's own name (发改处),
		// and one a list names alone after its bureau's other section ("市交通委港务监管处、科技信息处")
		// by its name with that bureau (市交通委科技信息处).
		// A bureau the place's plans name only by its sections ("（区经济发展局农业处）", "（区经济发展局
		// 海洋渔业处）", never 区经济发展局 alone) is found by its own name as those sections: what the
		// bureau is asked to do is what its sections are.
		for _, uc := range units {
			u := uc.UnitRef
			if bureau, section, ok := plan.BureauSection(u.Name); ok {
				add(section, u)
				if !dir.Has(plan.UnitRef{City: u.City, Name: bureau}) {
					add(bureau, u)
					if c := canonical(bureau); c != bureau {
						add(c, u)
					}
				}
			}
			for _, b := range dir.SectionBureaus(u.City, u.Name) {
				add(b+u.Name, u)
			}
		}
	}
	// Each form's list holds its units and their kin (those written another way in the same place).
	counts := make(map[string]int, 2*len(namesOf)) // forms are about half as many again as names
	eachForm(func(f string, u plan.UnitRef) {
		if n := utf8.RuneCountInString(f); n >= 2 {
			counts[f] += max(1, len(kin[u]))
			lx.maxLen = max(lx.maxLen, n+8) // room for a city and 的
		}
	})
	listed := 0
	for _, n := range counts {
		listed += n
	}
	lists := make([]plan.UnitRef, listed)
	lx.forms = make(map[string][]plan.UnitRef, len(counts))
	order := make([]string, 0, len(counts)) // the forms in the order their lists lie in lists
	at := 0
	for f, n := range counts {
		lx.forms[f] = lists[at : at : at+n]
		order = append(order, f)
		at += n
	}
	counts = nil
	eachForm(func(f string, u plan.UnitRef) {
		if utf8.RuneCountInString(f) >= 2 {
			if g := kin[u]; g != nil {
				lx.forms[f] = append(lx.forms[f], g...) // u is one of them
			} else {
				lx.forms[f] = append(lx.forms[f], u)
			}
		}
	})
	units = nil
	// Each list sorted and without repeats (a form two kin share lists them twice) is moved down
	// over the room its repeats left, in place, each list's capacity its length: copied into a new
	// array, the lists were garbage the size of the lexicon's (27 MB at 10,000 plans) as the parser
	// is built, when the heap is at its largest.
	at = 0
	for _, f := range order {
		us := lx.forms[f]
		slices.SortFunc(us, compareUnitRefs)
		n := copy(lists[at:], dedupeSorted(us))
		lx.forms[f] = lists[at : at+n : at+n]
		at += n
	}
	order = nil
	lx.byLen, lx.byLast = map[int][]string{}, map[rune][]string{}
	for f := range lx.forms {
		n := utf8.RuneCountInString(f)
		lx.byLen[n] = append(lx.byLen[n], f)
		last, _ := utf8.DecodeLastRuneInString(f)
		lx.byLast[last] = append(lx.byLast[last], f)
		if strings.HasSuffix(f, leadingOffice) {
			lx.offices = append(lx.offices, f)
		}
	}
	return lx
}

// unitForms are the names a unit called name (canon, canonically) is found by, as newLexicon adds
// them (those under two characters too: add leaves them out).
func unitForms(name, canon string) []string {
	var out []string
	// A unit is found by the plan's own spelling and by its canonical name (市人社局 by 市人力社保局).
	for _, name := range []string{name, canon} {
		out = append(out, name)
		// Not the stump of 市局X处 (局X处): 市局 is the bureau itself, its level no prefix.
		if body := plan.UnitBody(name); body != name && !genericBodies[body] && !strings.HasPrefix(body, "局") {
			out = append(out, body)
		}
		// People drop 人民 from a government's offices: 市政府督查室 is 市人民政府督查室.
		if short := strings.Replace(name, "人民政府", "政府", 1); short != name && strings.Contains(name, "人民政府") {
			out = append(out, short)
		}
		// A national body's office in a place is called by the place, the body's field and the
		// office: 国家金融监督管理总局江西监管局 is 江西金融监管局 and 江西监管局.
		out = append(out, localOfficeForms(name)...)
		// A name with an alternative in brackets: 居（村）委 is 居委, 村委, 居村委 and 居委村委;
		// 街镇（园区）消防安全委员会 is the 街镇's and the 园区's.
		out = append(out, alternativeForms(name)...)
		// 各县（市、区）政府 typed without its brackets: 各县市区政府.
		if flat := reListInBrackets.ReplaceAllStringFunc(name, flatList); flat != name {
			out = append(out, flat)
		}
		// A group of places' units is said as people say the places: 各乡镇（街道） is 各乡镇, 各街道 and
		// 乡镇; 各区、县（市）政府 is 各区县, 区县政府 (parse.go's dropQuantifiers keeps the short forms only
		// where the asking follows them).
		out = append(out, placeGroupForms(name)...)
		// A bureau with the part of its work in brackets (区交通与建设局（住建）, 区经济发展局（商务、粮食）)
		// is that bureau: asked about 区交通与建设局, its tasks under every bracket are its own.
		if m := reSectorNote.FindStringSubmatch(name); m != nil {
			out = append(out, m[1])
			if body := plan.UnitBody(m[1]); body != m[1] && !genericBodies[body] {
				out = append(out, body)
			}
		}
	}
	// The two names give the same forms when they are one name: each form once, so that newLexicon
	// lists a unit under it once rather than lists it twice and drops the repeat.
	slices.Sort(out)
	return slices.Compact(out)
}

// reNationalOffice is a national body's office in a place: 国家金融监督管理总局江西监管局,
// 国家税务总局宁波市税务局, 国家统计局江西调查总队 (the field, the place, the office).
var reNationalOffice = regexp.MustCompile(`^(?:国家|中国)(\p{Han}{2,10}?)(?:总局|局|委员会)(\p{Han}{2,4}?(?:省|市|自治区)?)((?:监管|税务|调查)?(?:局|分局|总队|队)|分行)$`)

// localOfficeForms are the names people call a national body's office in a place by: the place and
// the office (江西监管局), and the place, the body's field (监督管理 said 监管) and the office, the
// words they share said once (江西金融监管局). None for any other name.
func localOfficeForms(name string) []string {
	m := reNationalOffice.FindStringSubmatch(name)
	if m == nil {
		return nil
	}
	field, place, office := strings.ReplaceAll(m[1], "监督管理", "监管"), m[2], m[3]
	for n := min(len(field), len(office)); n > 0; n-- {
		if strings.HasSuffix(field, office[:n]) && utf8.ValidString(office[:n]) {
			office = office[n:]
			break
		}
	}
	return []string{place + m[3], place + field + office}
}

// reBranchOf is a bureau's branch named by its place: (佛山市)生态环境局 南海 分局.
var reBranchOf = regexp.MustCompile(`^(\p{Han}{0,8}?[省市])?(\p{Han}{2,10}?局)(\p{Han}{2,4}?)分局$`)

// branchForms are the names a bureau's branch in the district or county of city (its plan's place)
// goes by there: the place and the bureau (南海区生态环境局, 南海生态环境局). Not 区生态环境局 alone: asked
// with no place, that is the units so named, not a city bureau's branch. None for a branch in another
// place (a city's plan naming 市公安局鹿城分局 names one of its districts' branches).
func branchForms(name, city string) []string {
	m := reBranchOf.FindStringSubmatch(name)
	if m == nil {
		return nil
	}
	parts := plan.SplitAdmin(city)
	if len(parts) < 2 {
		return nil
	}
	last := parts[len(parts)-1]
	lvl := string([]rune(last)[utf8.RuneCountInString(last)-1:])
	if lvl != "区" && lvl != "县" || m[3] != last && m[3] != plan.TrimLevel(last) {
		return nil
	}
	body := m[2]
	if utf8.RuneCountInString(m[1]) == 1 && plan.UnitBody(name) == name {
		body = m[1] + body // 市场监管局顺德分局: 市 opens the word, no level
	}
	return []string{last + body, plan.TrimLevel(last) + body}
}

// rePlaceGroup is the units of a group of places as a plan names them: 各 and the places, one or
// several, in brackets or a list (各乡镇（街道）, 各区、县（市）, 各县（市、区）, 各镇（街道）), then their
// government or nothing.
var rePlaceGroup = regexp.MustCompile(`^各((?:乡镇|街道|镇街|社区|[区县市乡镇村])(?:[、（(）)]*(?:乡镇|街道|镇街|社区|[区县市乡镇村]))*)[）)]?(人民政府|政府)?$`)

// rePlaceBodies is a group of towns and streets named each with its body: 各镇人民政府、街道办事处,
// 各乡镇政府和街道办事处. It is the group 各镇（街道） (placeGroup).
var rePlaceBodies = regexp.MustCompile(`^各(乡镇|镇|乡)(?:人民)?政府[、，,和及与]各?街道(?:办事处|办)?$`)

// placeGroup is name as rePlaceGroup reads a group of places: 各镇人民政府、街道办事处 is 各镇（街道）;
// any other name is itself.
func placeGroup(name string) string {
	if m := rePlaceBodies.FindStringSubmatch(name); m != nil {
		return "各" + m[1] + "（街道）"
	}
	return name
}

// reGroupPlace is one place of a group: a level of one character or a word of two.
var reGroupPlace = regexp.MustCompile(`乡镇|街道|镇街|社区|[区县市乡镇村]`)

// placeGroupForms are the ways people say a group of places' units (see rePlaceGroup): two places
// or more of the group run together, with and without 各 and the government (各区、县（市）政府: 各区县,
// 区县政府, 各区县市政府; places of one character in any order, 县区 too), each place of two characters
// alone (各乡镇（街道）: 各乡镇, 乡镇, 各街道, 街道), and the first place with 各 (各镇（街道）: 各镇). Not
// from 市, which says a city and its counties (各市县) or a city's centre (市区). None for another name.
func placeGroupForms(name string) []string {
	m := rePlaceGroup.FindStringSubmatch(placeGroup(name))
	if m == nil {
		return nil
	}
	var places []string
	for _, p := range reGroupPlace.FindAllString(m[1], -1) {
		if p == "镇街" {
			places = append(places, "镇", "街道") // 各镇街 is the towns and the streets: 各街道 are of it
			continue
		}
		places = append(places, p)
	}
	gov := m[2]
	var out []string
	var say func(p string)
	say = func(p string) {
		if strings.HasPrefix(p, "市") {
			return
		}
		if p == "镇" {
			say("乡镇") // the towns are said by the level's word: 各乡镇 of 各镇（街道）
		}
		out = append(out, "各"+p)
		if utf8.RuneCountInString(p) < 2 {
			return
		}
		out = append(out, p)
		if gov != "" {
			out = append(out, "各"+p+gov, p+gov)
		}
	}
	say(places[0])
	for _, p := range places[1:] {
		if utf8.RuneCountInString(p) > 1 {
			say(p)
		}
	}
	if len(places) > 3 {
		return out
	}
	for _, run := range subsets(places) {
		if len(run) < 2 {
			continue
		}
		if slices.ContainsFunc(run, func(p string) bool { return utf8.RuneCountInString(p) > 1 }) {
			say(strings.Join(run, "")) // in the plan's order: 乡镇街道
			if len(run) == 2 && strings.HasSuffix(run[0], "镇") && run[1] == "街道" {
				say("镇街") // towns and streets as Guangdong says them (各镇街), and Shanghai (街镇)
				say("街镇")
			}
			continue
		}
		for _, p := range permutations(run) {
			say(p)
		}
	}
	return out
}

// subsets are the subsets of ps, each in ps's order.
func subsets(ps []string) [][]string {
	var out [][]string
	for mask := 1; mask < 1<<len(ps); mask++ {
		var run []string
		for i, p := range ps {
			if mask&(1<<i) != 0 {
				run = append(run, p)
			}
		}
		out = append(out, run)
	}
	return out
}

// permutations are the strings of every order of ps.
func permutations(ps []string) []string {
	if len(ps) <= 1 {
		return []string{strings.Join(ps, "")}
	}
	var out []string
	for i, p := range ps {
		rest := slices.Concat(ps[:i:i], ps[i+1:])
		for _, q := range permutations(rest) {
			out = append(out, p+q)
		}
	}
	return out
}

// reSectorNote is a bureau's name with the part of its work in brackets after it: 区经济发展局（商务）.
var reSectorNote = regexp.MustCompile(`^(\p{Han}{2,16}?(?:局|委|厅|办|委员会|管委会|中心|支队|大队))[（(][\p{Han}、，,]{1,16}[)）]$`)

// dedupeSorted is dedupe for a sorted list: its equal units stand together.
func dedupeSorted(us []plan.UnitRef) []plan.UnitRef {
	return slices.Compact(us)
}

// leadingOffice ends the name of a leading group's office, which people shorten to …办.
const leadingOffice = "领导小组办公室"

// genericBodies are what is left of a name without its level that names no one unit: 区政府 is
// found as 区政府, not as 政府 in "纳入政府考核体系".
var genericBodies = map[string]bool{"政府": true, "人民政府": true, "中心": true, "部门": true, "单位": true,
	"办公室": true, "委员会": true, "管委会": true, "办事处": true, "机关": true}

// alternativeForms are the ways a name with an alternative in brackets is said: for A（B）C, where
// B stands in for as many characters before the bracket, AC, BC, ABC and ACBC. None when the name
// has no such bracket inside it.
func alternativeForms(name string) []string {
	open := strings.Index(name, "（")
	end := strings.Index(name, "）")
	if open <= 0 || end < open || end+len("）") >= len(name) {
		return nil
	}
	b := name[open+len("（") : end]
	before, c := []rune(name[:open]), name[end+len("）"):]
	n := utf8.RuneCountInString(b)
	if n == 0 || n > 4 || n > len(before) || strings.ContainsAny(b, "、，,") {
		return nil
	}
	a := string(before[len(before)-n:])
	head := string(before[:len(before)-n])
	return []string{head + a + c, head + b + c, head + a + b + c, head + a + c + b + c}
}

func dedupe(us []plan.UnitRef) []plan.UnitRef {
	out := us[:0]
	seen := make(map[plan.UnitRef]bool, len(us))
	for _, u := range us {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

// cityForms are the city forms that may start s, longest first.
func (lx *lexicon) cityForms(s string) []cityForm {
	r, _ := utf8.DecodeRuneInString(s)
	return lx.cforms[r]
}

// suggest returns up to n known unit names nearest to typed (of city, when given); the Directory
// scores them.
func (lx *lexicon) suggest(typed, city string, n int) []string {
	return lx.cities.dir.Suggest(typed, city, n)
}

// unitMatch is a unit found in a question.
type unitMatch struct {
	start, end int // byte offsets of the span in the question
	typed      string
	city       string // the city the span itself named, if any
	units      []plan.UnitRef
}

// lookup resolves one span: as typed, alias-folded, or with a city form (and 的) cut off its front.
func (lx *lexicon) lookup(span, city string) (units []plan.UnitRef, spanCity string) {
	try := func(s, c string) []plan.UnitRef {
		s = strings.TrimPrefix(strings.TrimSpace(s), "的")
		if s == "" {
			return nil
		}
		// As typed and alias-folded both: "市发改委" is what 衢州 writes and what 菏泽, 湖州 and 嘉兴
		// write as 市发展改革委; a name one plan writes exactly must not hide the others' units.
		return lx.formUnits(s, lx.aliases.Canonical(s), c)
	}
	if us := try(span, city); len(us) > 0 {
		return us, ""
	}
	for _, f := range lx.cityForms(span) {
		if rest, ok := strings.CutPrefix(span, f.form); ok && rest != "" {
			if city != "" && city != f.city {
				continue
			}
			if us := try(rest, f.city); len(us) > 0 {
				return us, f.city
			}
			// "衢州市商务局" keeps its level: the city cut leaves "商务局", and "市"+rest is tried too.
			if plan.TrimLevel(f.form) != f.form {
				lvl := string([]rune(f.form)[utf8.RuneCountInString(f.form)-1:])
				if us := try(lvl+rest, f.city); len(us) > 0 {
					return us, f.city
				}
			}
		}
	}
	return nil, ""
}

// formUnits returns the units listed under form and then those under canon that form's list lacks,
// of city c only when c is not "": what joining the two lists and dropping repeats gives, without a
// set of the units seen. Each form's list is sorted (compareUnitRefs) and holds a unit once, so a
// unit of canon's list is looked for in form's by bisection, and the result is counted before it is
// laid out: a name every city writes lists thousands of units, and lookup tries every span of a
// question (the set and the growing list were some 27 MB of garbage a round of AskScale's questions
// at 10,000 plans). nil when neither list holds a unit of c.
func (lx *lexicon) formUnits(form, canon, c string) []plan.UnitRef {
	of := func(u plan.UnitRef) bool { return c == "" || u.City == c }
	a, b := lx.forms[form], lx.forms[canon]
	if canon == form {
		b = nil
	}
	n := 0
	for _, u := range a {
		if of(u) {
			n++
		}
	}
	for _, u := range b {
		if of(u) {
			if _, found := slices.BinarySearchFunc(a, u, compareUnitRefs); !found {
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]plan.UnitRef, 0, n)
	for _, u := range a {
		if of(u) {
			out = append(out, u)
		}
	}
	for _, u := range b {
		if of(u) {
			if _, found := slices.BinarySearchFunc(a, u, compareUnitRefs); !found {
				out = append(out, u)
			}
		}
	}
	return out
}

// compareUnitRefs orders units by city, then name: the order of the lexicon's lists.
func compareUnitRefs(a, b plan.UnitRef) int {
	return cmp.Or(strings.Compare(a.City, b.City), strings.Compare(a.Name, b.Name))
}

// standingLevel is the level a question writes right before a name, on its own ("县应急管理局"), not
// ending a place's name ("泰顺县民政局", "苏平片区交通与建设处", "临沂市委组织部").
func standingLevel(before string) (rune, bool) {
	lvl, size := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("省市区县", lvl) {
		return 0, false
	}
	prev, _ := utf8.DecodeLastRuneInString(before[:len(before)-size])
	return lvl, !unicode.Is(unicode.Han, prev) || strings.ContainsRune("问的是和与及跟同请看查", prev)
}

// levelStart reports whether a unit's name opens with its level: 省, 市, 区, 县.
func levelStart(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return strings.ContainsRune("省市区县", r)
}

// bureauBefore is the bureau a question names right before a section's name ("市交通委" + "综合处"),
// "" when span is no section or no bureau stands before it.
func bureauBefore(before, span string) string {
	end, _ := utf8.DecodeLastRuneInString(span)
	if !strings.ContainsRune("处科股", end) {
		return ""
	}
	if _, _, ok := plan.BureauSection(span); ok {
		return ""
	}
	// The bureau's name is two to ten characters before the span: try each start, shortest first.
	at := len(before)
	for k := 1; k <= 10 && at > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(before[:at])
		at -= size
		if k < 2 {
			continue
		}
		if b, _, ok := plan.BureauSection(before[at:] + span); ok && levelStart(b) {
			return b
		}
	}
	return ""
}

// find returns the known units named in q, longest spans first, not overlapping. city narrows the
// units to one city when the question names it elsewhere.
func (lx *lexicon) find(q, city string) []unitMatch {
	idx := runeOffsets(q)
	n := len(idx) - 1
	var all []unitMatch
	for e := n; e >= 2; e-- {
		for s := max(0, e-lx.maxLen); s <= e-2; s++ {
			span := q[idx[s]:idx[e]]
			if !isHanStart(span) || !isUnitEnd(span) && !lx.groupName(span) || pointsBack(span) {
				continue
			}
			us, sc := lx.lookup(span, city)
			if len(us) > 0 && lx.sectionAfter(span, q[idx[e]:]) && bySections(span, us) {
				// "市交通委综合处" where the plans name 市交通委 only by its other sections (港务监管处):
				// a section asked of it is no question about those, nor about a shorter span of the
				// same name (县农业农村局 of 白河县农业农村局财务股) that another plan names.
				break
			}
			if len(us) > 0 {
				// "市交通委综合处" where a plan lists "市财政局预算处、综合处": that 综合处 is the
				// finance bureau's; one no list ties to a bureau may be the one asked about.
				if b := bureauBefore(q[:idx[s]], span); b != "" {
					us = slices.DeleteFunc(slices.Clone(us), func(u plan.UnitRef) bool {
						bs := lx.dir.SectionBureaus(u.City, u.Name)
						return len(bs) > 0 && !slices.Contains(bs, b)
					})
					if len(us) == 0 {
						continue
					}
				}
			}
			if lvl, ok := standingLevel(q[:idx[s]]); ok && len(us) > 0 && !levelStart(span) {
				// "县应急管理局" where only a district's plan names a bare 应急管理局: the level typed
				// before the name is the level of the plan it must come from.
				us = slices.DeleteFunc(slices.Clone(us), func(u plan.UnitRef) bool {
					last, _ := utf8.DecodeLastRuneInString(u.City)
					return last != lvl
				})
				if len(us) == 0 {
					break
				}
			}
			if len(us) > 0 {
				all = append(all, unitMatch{start: idx[s], end: idx[e], typed: span, city: sc, units: us})
				break // the longest span ending at e
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].end-all[i].start > all[j].end-all[j].start })
	var out []unitMatch
	for _, m := range all {
		overlap := false
		for _, o := range out {
			if m.start < o.end && o.start < m.end {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// sectionAfter reports whether rest opens with a section of bureau span (plan.BureauSection reads
// the two as one name): one the plans know (综合处, 规划科), or one they do not (财务股) when what is
// asked of it follows ("财务股负责哪些").
func (lx *lexicon) sectionAfter(span, rest string) bool {
	n := 0
	for i, r := range rest {
		if !unicode.Is(unicode.Han, r) || n == 8 {
			return false
		}
		n++
		end := i + utf8.RuneLen(r)
		if _, _, ok := plan.BureauSection(span + rest[:end]); n < 2 || !ok {
			continue
		}
		if len(lx.forms[rest[:end]]) > 0 || reAskedOfSection.MatchString(rest[end:]) {
			return true
		}
	}
	return false
}

// reAskedOfSection is what a question asks right after a unit it names: its role, its tasks, a count.
var reAskedOfSection = regexp.MustCompile(`^(?:\s*$|[?？，,的]|负责|牵头|参与|配合|承担|有|要|在|是|做|干|管|一共|共|总共|都|还|几|哪|什么|分别)`)

// bySections reports whether every unit found for span is a section of it (区经济发展局农业处 for
// 区经济发展局): span was found as a bureau its plans name only by its sections.
func bySections(span string, us []plan.UnitRef) bool {
	for _, u := range us {
		if b, _, ok := plan.BureauSection(u.Name); !ok || !strings.HasSuffix(span, plan.UnitBody(b)) {
			return false
		}
	}
	return true
}

// groupName reports whether span is, as written, a plan's name for a group of units that ends as
// the question's own words do ("县政府有关部门", "市直各单位"): found whole, it is that party.
func (lx *lexicon) groupName(span string) bool {
	if !strings.HasSuffix(span, "部门") && !strings.HasSuffix(span, "单位") || utf8.RuneCountInString(span) < 5 {
		return false
	}
	return len(lx.forms[span]) > 0
}

func runeOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// unitNoise are endings the alias table's clean-up drops ("市商务局负责" → 市商务局); a span ending
// so is a unit followed by a word of the question, not a unit.
var unitNoise = []string{"负责", "牵头", "配合", "参与", "等", "部门", "单位", "分别", "按职责"}

// isUnitEnd reports whether span can end a unit name: a Han character or a closing bracket, and
// no trailing word of the question.
func isUnitEnd(span string) bool {
	r, _ := utf8.DecodeLastRuneInString(span)
	if !unicode.Is(unicode.Han, r) && r != '）' && r != ')' {
		return false
	}
	for _, n := range unitNoise {
		if strings.HasSuffix(span, n) {
			return false
		}
	}
	return !strings.ContainsAny(span, " \t")
}

func isHanStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.Is(unicode.Han, r) || r == '“'
}

// unitEndings are how unit names end; a span ending so that no plan knows is an unknown unit.
var unitEndings = []string{"局", "委", "办", "部", "中心", "专班", "集团", "政府", "管委会", "小组", "联", "厅", "署", "海关", "分行", "支行", "公司", "处", "室", "院", "所", "队"}

// questionLead are words that start a question and are never part of a unit name.
var questionLead = append([]string{"请问", "请列出", "列出", "列一下", "列举", "给出", "说说", "请", "我想知道", "想知道", "查一下", "查询", "告诉我", "帮我看看", "帮我", "看看", "那么", "那", "还有", "关于", "总结一下", "总结", "概括一下", "汇总一下", "汇总", "介绍一下"}, listBackWords...)

// unknownUnit finds a span that reads as a unit name although no plan knows it ("市外星局"):
// the longest run of Han characters ending in a unit ending, less question words and a city.
func unknownUnit(q string, lx *lexicon) (typed, city string) {
	rs := []rune(q)
	for e := len(rs); e > 0; e-- {
		tail := string(rs[:e])
		ok := false
		for _, end := range unitEndings {
			if strings.HasSuffix(tail, end) {
				ok = true
				break
			}
		}
		if !ok || !endsName(rs[e:]) || (rs[e-1] == '所' && e < len(rs) && rs[e] == '有') || plan.NamesNoUnit(tail) {
			continue // 所有 ("all") ends no 派出所; a task's 网点布局 no bureau
		}
		s := e
		for s > 0 && (unicode.Is(unicode.Han, rs[s-1]) || rs[s-1] == '（' || rs[s-1] == '）') {
			s--
		}
		span := string(rs[s:e])
		for changed := true; changed; {
			changed = false
			for _, w := range questionLead {
				if t, ok := strings.CutPrefix(span, w); ok && t != "" {
					span, changed = t, true
				}
			}
		}
		// Verbs that end a clause before the unit: "由市外星局负责" → 市外星局. (和, 与 and 及 join
		// words inside names too, 市气象和水文局, so they do not cut.)
		for _, v := range []string{"由", "是", "让", "给", "对"} {
			if i := strings.LastIndex(span, v); i > 0 {
				span = span[i+len(v):]
			}
		}
		// "科学绿化意见里市城管局": 里 after the plan's words, before a level (not 中: 市中区, 城中区).
		for _, v := range []string{"里"} {
			if i := strings.LastIndex(span, v); i >= 0 {
				if next, _ := utf8.DecodeRuneInString(span[i+len(v):]); strings.ContainsRune("省市区县", next) {
					span = span[i+len(v):]
				}
			}
		}
		for _, f := range lx.cityForms(span) {
			if rest, ok := strings.CutPrefix(span, f.form); ok && rest != "" {
				span, city = strings.TrimPrefix(rest, "的"), f.city
				break
			}
		}
		if utf8.RuneCountInString(span) >= 2 && !isStopUnit(span) && !strings.Contains(span, "的") {
			return span, city
		}
	}
	return "", ""
}

// reAfterName are the words that may follow a unit's name in a question about it: what it does,
// or the end of the question.
var reAfterName = regexp.MustCompile(`(?i)^(?:\s|[?？!！。，,、)）]|$|负责|牵头|参与|配合|承担|有|的|都|还|一共|共|总共|在|是|要|需|做|干|哪|什么|分管|主管|管(?:哪|什么|啥|些)|and\b|own|lead|do|have|has|is|'s)`)

// endsName reports whether a unit-like name can end before rest: "市外事办负责…" yes, "多式联运…" (联
// followed by 运) no.
func endsName(rest []rune) bool { return reAfterName.MatchString(string(rest)) }

// isStopUnit rejects spans that end like a unit but are words of the question: 哪个部门, 什么单位.
func isStopUnit(s string) bool {
	if strings.ContainsAny(s, "哪") || strings.Contains(s, "什么") || strings.Contains(s, "任务") || strings.Contains(s, "涉及") || strings.Contains(s, "有关") || strings.Contains(s, "相关") {
		return true
	}
	for _, w := range []string{"哪个", "哪些", "什么", "哪家", "各", "有关", "相关", "牵头", "责任", "参与", "部门", "工作", "专班"} {
		if strings.HasPrefix(s, w) || s == w {
			return true
		}
	}
	return reHandledAs.MatchString(s)
}

// reHandledAs is 办 as a service is handled (网上办, 一网通办, 就近办, 马上办), not an office (外事办):
// "实现90%事项网上办" names no unit.
var reHandledAs = regexp.MustCompile(`(?:网上|掌上|马上|就近|一次|全程网|[网省市]通|帮代|代|即)办$`)
