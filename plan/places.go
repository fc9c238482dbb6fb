package plan

import (
	"bufio"
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file knows where places are: which province a city is in, which city a district or county
// belongs to, and which province a document number's first character names (粤府 → 广东省). It is
// how a plan is placed when its issuer is not written out (places.txt; see its header).

//go:embed places.txt
var placesText string

// gazetteer is places.txt, read once.
type gazetteer struct {
	provinces     []string            // full names
	byNumber      map[string]string   // how a government's document numbers open → its place: 粤政, 粤府 → 广东省, 穗 → 广州市
	provinceOf    map[string]string   // city or county (full name) → province
	citiesOf      map[string][]string // county (full name) → the cities that have one of that name
	cities        []string            // prefecture-level cities (full names), longest first
	isCity        map[string]bool
	countyByShort map[string][]string // 鹿城 → 鹿城区
	countiesOf    map[string][]string // city → its counties and districts, in the file's order
	// provinceMask writes the full name of each province that is no city itself (海南省, not 上海市)
	// as 省, so that a city's short name inside it (海南 of 海南省) is not counted for the city.
	provinceMask *strings.Replacer
}

var places = sync.OnceValue(func() *gazetteer {
	g := &gazetteer{byNumber: map[string]string{}, provinceOf: map[string]string{}, citiesOf: map[string][]string{},
		isCity: map[string]bool{}, countyByShort: map[string][]string{}, countiesOf: map[string][]string{}}
	sc := bufio.NewScanner(strings.NewReader(placesText))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	prov := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "P "):
			f := strings.Fields(line[2:])
			prov = f[0]
			g.provinces = append(g.provinces, prov)
			g.provinceOf[prov] = prov
			if len(f) > 1 {
				r, _ := utf8.DecodeRuneInString(f[1])
				g.byNumber[string(r)+"政"] = prov
			}
			for _, opening := range f[min(len(f), 2):] {
				g.byNumber[opening] = prov // 粤府, 川办, 内政
			}
		case strings.HasPrefix(line, "C "):
			names, counties, _ := strings.Cut(line[2:], ":")
			f := strings.Fields(names)
			city := f[0]
			for _, short := range f[1:] {
				g.byNumber[short] = city // 穗 → 广州市
			}
			g.provinceOf[city] = prov
			if !g.isCity[city] {
				g.isCity[city] = true
				g.cities = append(g.cities, city)
			}
			// An autonomous prefecture goes by its short names: 湘西土家族苗族自治州 is 湘西自治州
			// and 湘西州, 黔东南苗族侗族自治州 黔东南州.
			if strings.HasSuffix(city, "自治州") && utf8.RuneCountInString(city) > 5 {
				name := prefectureName(city)
				for _, short := range []string{name + "自治州", name + "州"} {
					if !g.isCity[short] {
						g.provinceOf[short], g.isCity[short] = prov, true
						g.cities = append(g.cities, short)
					}
				}
			}
			for _, c := range strings.Fields(counties) {
				if c == city {
					continue
				}
				g.provinceOf[c] = prov
				g.citiesOf[c] = appendNew(g.citiesOf[c], city)
				g.countiesOf[city] = append(g.countiesOf[city], c)
				if short := TrimLevel(c); short != c && utf8.RuneCountInString(short) >= 2 {
					g.countyByShort[short] = appendNew(g.countyByShort[short], c)
				}
			}
		}
	}
	sort.SliceStable(g.cities, func(i, j int) bool { return len(g.cities[i]) > len(g.cities[j]) })
	var mask []string
	for _, pv := range g.provinces {
		if !g.isCity[pv] {
			mask = append(mask, pv, "省")
		}
	}
	g.provinceMask = strings.NewReplacer(mask...)
	return g
})

// prefectureName is an autonomous prefecture's place name, before the first people it is named for:
// 黔东南 of 黔东南苗族侗族自治州, 博尔塔拉 of 博尔塔拉蒙古自治州; its first two characters when no
// people is found.
func prefectureName(full string) string {
	end := len(full)
	for _, people := range []string{"族", "蒙古", "哈萨克", "柯尔克孜"} {
		if i := strings.Index(full, people); i > 0 && i < end {
			end = i
			if people == "族" {
				// the people's own name comes before 族: 苗族, 土家族, 布依族 (one to three characters)
				end = peopleStart(full[:i])
			}
		}
	}
	if end <= 0 || end == len(full) {
		return string([]rune(full)[:2])
	}
	return full[:end]
}

// peopleStart finds where the name of the people ending a prefecture's place name starts: the place
// names in places.txt are two to four characters, a people's one to three.
func peopleStart(before string) int {
	rs := []rune(before)
	for _, people := range []string{"土家", "布依", "哈尼", "景颇", "傈僳", "朝鲜", "蒙古", "苗", "侗", "彝", "壮", "傣", "白", "藏", "羌", "回"} {
		if strings.HasSuffix(before, people) && len(rs) > utf8.RuneCountInString(people) {
			return len(before) - len(people)
		}
	}
	return len(string(rs[:2]))
}

// ProvinceOf returns the province a place (a province, city, district or county, or a place written
// as city and district: 温州市鹿城区) is in, or "".
func ProvinceOf(place string) string {
	g := places()
	if p, ok := g.provinceOf[place]; ok {
		return p
	}
	parts := SplitAdmin(place)
	for _, p := range parts {
		if prov, ok := g.provinceOf[p]; ok {
			return prov
		}
	}
	return ""
}

// PlaceWithin reports whether the gazetteer has a district or county (南浔区) among a city's (湖州市).
func PlaceWithin(place, city string) bool {
	return slices.Contains(places().citiesOf[place], city)
}

// CountyCities returns the cities that have a county or district of a name, written in full (闵行区)
// or by its short name (宝山: 上海市's 宝山区 and 双鸭山市's), each with that county's full name; none
// when the gazetteer knows no such county.
func CountyCities(name string) (cities, counties []string) {
	g := places()
	if cs := g.citiesOf[name]; len(cs) > 0 {
		for _, c := range cs {
			cities, counties = append(cities, c), append(counties, name)
		}
		return cities, counties
	}
	for _, full := range g.countyByShort[name] {
		for _, c := range g.citiesOf[full] {
			cities, counties = append(cities, c), append(counties, full)
		}
	}
	return cities, counties
}

// IsDistrict reports whether the gazetteer knows place as a district or county (a county-level city
// too: 靖江市 of 泰州市) of city, when city is given, or of any city; its city may be written before it
// (湖州市南浔区). A zone's word (开发区, 园区) is no district. What the governments typed in a question
// (南浔区政府, 各县区政府) stand for asks it.
func IsDistrict(place, city string) bool {
	parts := SplitAdmin(place)
	if len(parts) == 0 {
		return false
	}
	last := parts[len(parts)-1]
	if city == "" && len(parts) > 1 {
		city = strings.Join(parts[:len(parts)-1], "")
	}
	if city == "" {
		return PlaceLevel(last) == LevelDistrict
	}
	cp := SplitAdmin(city)
	return len(cp) > 0 && PlaceWithin(last, cp[len(cp)-1])
}

// PlaceLevel says whether a place is a province (or a municipality), a city or a district/county.
func PlaceLevel(place string) string {
	g := places()
	parts := SplitAdmin(place)
	if len(parts) == 0 {
		return ""
	}
	last := parts[len(parts)-1]
	switch {
	case g.provinceOf[last] == last:
		return LevelProvince
	case g.isCity[last]:
		return LevelCity
	case len(g.citiesOf[last]) > 0:
		return LevelDistrict
	}
	return ""
}

// Levels of government a plan is issued at.
const (
	LevelProvince = "province"
	LevelCity     = "city"
	LevelDistrict = "district" // a district, county or county-level city
)

// fullPlace completes a place: a county-level place gets its city in front (兴平市 → 咸阳市兴平市),
// when the gazetteer knows one city with that county, or a hint (tried in order: what else says
// where the plan belongs) picks one; so does a county written after its province (湖南省长沙县 →
// 湖南省长沙市长沙县), among that province's cities. A province or city is returned as it is.
func fullPlace(place string, hints ...func(city string) bool) string {
	g := places()
	if place == "" || g.isCity[place] || g.provinceOf[place] == place {
		return place
	}
	prov := ""
	parts := SplitAdmin(place)
	if len(parts) == 2 && g.provinceOf[parts[0]] == parts[0] && !g.isCity[parts[0]] && !g.isCity[parts[1]] {
		prov, place = parts[0], parts[1]
	} else if len(parts) > 1 {
		return place
	}
	cands := g.citiesOf[place]
	if prov != "" {
		cands = slices.DeleteFunc(slices.Clone(cands), func(c string) bool { return g.provinceOf[c] != prov })
	}
	if len(cands) == 1 {
		return prov + cands[0] + place
	}
	for _, hint := range hints {
		for _, c := range cands {
			if hint != nil && hint(c) {
				return prov + c + place
			}
		}
	}
	return prov + place
}

// numberNames returns a test of whether a plan's document number opens with a city's character: the
// one the city's numbers go by (榕 of 福州市, places.txt) or its name's first (徐 of 徐州市), as a
// district's numbers open with its city's ("榕鼓政办〔2025〕12号" is 福州市鼓楼区's, not 开封市's).
// nil when there is no number.
func numberNames(num string) func(city string) bool {
	r, _ := utf8.DecodeRuneInString(num)
	if !unicode.Is(unicode.Han, r) {
		return nil
	}
	g := places()
	return func(city string) bool {
		first, _ := utf8.DecodeRuneInString(city)
		return first == r || g.byNumber[string(r)] == city
	}
}

// knownPlace reports whether s is a province, city, district or county the gazetteer knows.
func knownPlace(s string) bool {
	_, ok := places().provinceOf[s]
	return ok
}

// issuerPlace finds the place of an issuing body in a line: "温州市鹿城区人民政府办公室", "安徽省人民政府",
// "秀屿区优化营商环境…" at the start of a title.
var issuerPlace = mustCompile(`([\p{Han}]{2,12}?)(?:人民政府|政府办公室|政府办公厅|政府|办公厅|办公室|委员会|发展和改革委员会)`)

// leadingYear is the year a title may open with: "2021年南昌市民生实事工程安排意见".
var leadingYear = mustCompile(`^(?:19|20)\d{2}\s*年度?`)

// issuerLabel is a page's label for the issuer: "发布机构: 下陆区政府办公室", "发文机关：…", in a
// page's table of labels with spaces for colons ("发布机构 金乡县农业农村局"), or the page's source
// ("信息来源:金乡县农业农村局").
var issuerLabel = mustCompile(`(?:发布机构|发文机关|制定机关|发文单位|发布单位|信息来源|(?:^|[\s|｜])来源)(?:\s*[:：】]\s*|\s+)(?:[|｜]\s*)?(\p{Han}{2,30})`)

// leadingPlace is a place name opening a title: "秀屿区优化营商环境建设若干措施", "北京城市副中心(通州区)",
// "江苏省苏州市吴江区…", "湖北省恩施土家族苗族自治州利川市…" (the whole chain of places, an autonomous
// prefecture among them; openingPlace keeps what the gazetteer knows of it).
var leadingPlace = mustCompile(`^((?:\p{Han}{2,8}?(?:自治[区州县旗]|联合旗)|\p{Han}{2,4}?[省市区县旗州盟])(?:\p{Han}{2,8}?(?:自治[州县旗]|联合旗)|\p{Han}{1,4}?[区县市旗]){0,2})`)

// openingPlace is the place a title or a file's name opens with: the longest run of leadingPlace's
// levels that the gazetteer knows ("温州市鹿城区" of "温州市鹿城区推进城市…"), "" when its first is unknown.
func openingPlace(s string) string {
	m := leadingPlace.FindStringSubmatch(s)
	if m == nil {
		return provinceShortPlace(s)
	}
	place := ""
	for _, p := range SplitAdmin(m[1]) {
		if !knownPlace(p) {
			break
		}
		place += p
	}
	if place == "" {
		return ""
	}
	return place + placeBelow(place, strings.TrimPrefix(s, place))
}

// placeBelow is the place rest opens with that lies within place (a city or county of a province, a
// district of a city) though leadingPlace's levels do not spell it: a league or prefecture after its
// region (兴安盟 after 内蒙古自治区, 大兴安岭地区 after 黑龙江省), a zone the gazetteer lists among a
// city's districts (苏州工业园区 after 江苏省). The longest such name, "" when rest opens with none.
func placeBelow(place, rest string) string {
	g := places()
	parts := SplitAdmin(place)
	last := parts[len(parts)-1]
	below := func(cand string) bool {
		switch {
		case g.provinceOf[last] == last && !g.isCity[last]:
			// under a province: its cities, and the counties of its cities
			return g.provinceOf[cand] == last && g.isCity[cand] ||
				slices.ContainsFunc(g.citiesOf[cand], func(c string) bool { return g.provinceOf[c] == last })
		case g.isCity[last]:
			return slices.Contains(g.citiesOf[cand], last)
		}
		return false
	}
	var rs []rune // the first twelve characters: no place's name is longer
	for _, r := range rest {
		if len(rs) == 12 {
			break
		}
		rs = append(rs, r)
	}
	for n := len(rs); n >= 2; n-- {
		if cand := string(rs[:n]); knownPlace(cand) && below(cand) {
			return cand
		}
	}
	return ""
}

// provinceShortPlace is the place a title opens with after its province's short name ("河北雄安新区…",
// "重庆两江新区…", "江苏南京市…"): the province and the place, when the gazetteer puts the place in that
// province; "" otherwise.
func provinceShortPlace(s string) string {
	for _, pv := range places().provinces {
		short := TrimLevel(pv)
		if short == pv || utf8.RuneCountInString(short) < 2 {
			continue
		}
		rest, ok := strings.CutPrefix(s, short)
		if !ok {
			continue
		}
		m := leadingPlace.FindStringSubmatch(rest)
		if m == nil {
			return ""
		}
		place := ""
		for _, p := range SplitAdmin(m[1]) {
			if !knownPlace(p) || ProvinceOf(p) != pv {
				break
			}
			place += p
		}
		if place == "" {
			return ""
		}
		return pv + place
	}
	return ""
}

// asCity is a place in the form Document.City takes (省, 市, 市+区): a province written before a
// lower level ("江苏省苏州市吴江区", "福建省泉州市") is dropped, as a municipality (北京市朝阳区) is not.
func asCity(place string) string {
	parts := SplitAdmin(place)
	if len(parts) < 2 {
		return place
	}
	g := places()
	if g.provinceOf[parts[0]] == parts[0] && !g.isCity[parts[0]] {
		return strings.Join(parts[1:], "")
	}
	return place
}

// leadingZone is a functional zone opening a title, named after its place: 平潭综合实验区.
var leadingZone = mustCompile(`^(\p{Han}{2,3}?)(?:综合实验区|新区|经济技术开发区|经济开发区|高新技术产业开发区|高新区)`)

// bayZone is a functional zone named after a bay, then its county: 杭州湾上虞经济技术开发区.
var bayZone = mustCompile(`^\p{Han}{1,3}湾(\p{Han}{2,3}?)(?:综合实验区|新区|经济技术开发区|经济开发区|高新技术产业开发区|高新区)`)

// zoneIssuer is a functional zone's committee (or one of its areas' bureaus, 苏平片区管理局) issuing a
// document, at the head of its notice (after its number, or as the page's 发布机构): "岚综管综〔2016〕
// 88号 平潭综合实验区管委会印发…", "平潭综合实验区扶贫开发领导小组关于印发…", "发布机构: 平潭综合实验区
// 农业农村局", not a zone among a notice's addressees.
var zoneIssuer = mustCompile(`(?:^|[〕﹞]\d{1,4}号\s*|^(?:标题|名称|发布机构|发布单位|发文机关)[:：]\s*)(\p{Han}{2,4}?)(?:综合实验区|新区|经济技术开发区|经济开发区|高新技术产业开发区|高新区)(?:\p{Han}{2,4}片区)?\p{Han}{0,12}?(?:党工委|管委会|管理委员会|管理局|领导小组|委员会|局)(?:办公室)?\s*(?:印发|关于|(?:19|20)\d{2}年|$)`)

// ZoneCounty is the county (or city) a functional zone is named after and stands for (平潭综合实验区
// → 平潭县), "" when name is no such zone.
func ZoneCounty(name string) string {
	m := leadingZone.FindStringSubmatch(name)
	if m == nil || m[0] != name || knownPlace(name) {
		return "" // 滨海新区 is a district of its own, not 滨海县
	}
	return zonePlace(m[1])
}

// zonePlace is the one county or city a zone's name stands for (平潭 → 平潭县), "" when none or
// several are.
func zonePlace(name string) string {
	found := ""
	for _, suffix := range []string{"县", "市", "区"} {
		if knownPlace(name + suffix) {
			if found != "" {
				return ""
			}
			found = name + suffix
		}
	}
	return found
}

// governmentNumber is a government's or its office's document number: the character its place goes by,
// then 政, 府 or 办 ("鲁政办字〔2015〕46号", "深府办〔2025〕8号", "川办发〔2025〕8号").
var governmentNumber = mustCompile(`^(\p{Han})(?:政|府|办)`)

// governmentNumberPlace reads a government's document number: a province's by the openings its
// numbers use (鲁政 → 山东省, 粤府 → 广东省, 内政 → 内蒙古自治区; places.txt), else a city's or
// county's by its first character (numberPlace), else a city's by the character it goes by (穗府办 →
// 广州市). "" when it is no government's number or names no one place.
func governmentNumberPlace(num string, lines []string) string {
	m := governmentNumber.FindStringSubmatch(num)
	if m == nil {
		return ""
	}
	g := places()
	if place := g.byNumber[num[:len(m[0])]]; place != "" {
		return place
	}
	// A county the text names by the same first character (洪湖市's 洪政发) before the city that
	// goes by it (南昌市's 洪府发).
	r, _ := utf8.DecodeRuneInString(m[1])
	if place := numberPlace(r, lines); place != "" {
		return place
	}
	return g.byNumber[m[1]]
}

// placePlan says where a plan belongs, in the form Document.City takes (省, 市, 市+区): its issuer
// as the notice, title or signature names it; else its document number; else the place its text
// names most, at the level its units are written at (省X, 市X, 区X). "" when nothing says.
func (p *parser) placePlan(cands []string, lines []string) string {
	return asCity(p.planPlace(cands, lines))
}

// planPlace is placePlan's place, as the plan writes it.
func (p *parser) planPlace(cands []string, lines []string) string {
	// A county of several cities' name is the one whose character the plan's number opens with, else
	// the one the text names.
	hints := []func(string) bool{numberNames(p.doc.Number), mentioned(lines)}
	cells := false
	for i, c := range cands {
		// The notice and title lines may name the issuer anywhere; other lines of the head only
		// when they are short (a signature, an issuer's line), not a task naming a city's government.
		// Nor after a table's header copied one cell a line ("序号", "责任单位", "完成时限"): the
		// lines below it are its cells, and a row's "贵阳市人民政府" is the unit that does the work.
		if i >= 2 && columnHeadLine(c) {
			cells = true
		}
		if i >= 2 && (cells || utf8.RuneCountInString(c) > 40 || isRespLine(c) || numberedItem(c) || tableRowLine.MatchString(c)) {
			continue
		}
		if place := issuerIn(c); place != "" {
			return fullPlace(place, hints...)
		}
	}
	// The body signing the plan, when a department (浙江省教育厅, 广东省住房和城乡建设厅): the place its
	// name opens with, as a government's would, before the places its title or text name.
	if IsOrgan(p.doc.Issuer) {
		if place := labelPlace(p.doc.Issuer); place != "" {
			return fullPlace(place, hints...)
		}
	}
	if place := openingPlace(leadingYear.ReplaceAllString(p.doc.Title, "")); place != "" {
		return fullPlace(place, hints...)
	}
	// A zone named after its county ("平潭综合实验区", "兰州新区"): the county's place.
	if m := leadingZone.FindStringSubmatch(leadingYear.ReplaceAllString(p.doc.Title, "")); m != nil {
		if place := zonePlace(m[1]); place != "" {
			return fullPlace(place, hints...)
		}
	}
	// A zone named after a bay and its county ("杭州湾上虞经济技术开发区"): the county's place.
	if m := bayZone.FindStringSubmatch(leadingYear.ReplaceAllString(p.doc.Title, "")); m != nil {
		if place := zonePlace(m[1]); place != "" {
			return fullPlace(place, hints...)
		}
	}
	// A page's label says who issued it ("发布机构: 下陆区政府办公室"), or who reposted it: below
	// what the plan's own lines say.
	if place := labelPlace(p.issuerLabel); place != "" {
		return fullPlace(place, hints...)
	}
	if place := governmentNumberPlace(p.doc.Number, lines); place != "" {
		return place
	}
	return mostNamedPlace(lines)
}

// columnHeadLine reports whether a line is a table's column header alone, as a table copied one
// cell a line prints it: 序号, or a label of units or time (牵头单位, 责任单位, 配合单位, 完成时限).
func columnHeadLine(l string) bool {
	l = strings.TrimSpace(l)
	if l == "序号" {
		return true
	}
	if !labelWordSet[l] {
		return false
	}
	switch labelRole(l) {
	case roleLead, rolePartic, roleResp, roleTime:
		return true
	}
	return false
}

// tableRowLine is a row of a task table flattened to a line ("2 推进古城墙保护修缮 金水区政府 /
// 2026年底前", "3｜…｜…"): its cells name the units that do the work, not the plan's issuer.
var tableRowLine = mustCompile(`^\s*\d{1,3}[\s\x{3000}]+\S+[\s\x{3000}]+\S|[｜|\t].*[｜|\t]`)

// numberedItem reports whether a line is one of the plan's numbered parts or items ("2.实施汉江岸线修复
// 工程。（责任单位：市水利和湖泊局，谷城县人民政府）"): a task naming a county's government, not the
// plan's issuer.
func numberedItem(l string) bool {
	lvl, _, _, _ := heading(strings.TrimSpace(l))
	return lvl >= lvlPart && lvl <= lvlSubItem
}

// numberPlace reads a city's or county's document number, which opens with the first character of
// its place ("杭政办函〔2024〕4号", "华政发〔2021〕2号"): the one place of that first character the
// text names (华容, in "华容县政府"), else the one prefecture-level city of that first character when
// the plan is a city government's ("市政府办公厅"). "" when that does not pick one place.
func numberPlace(first rune, lines []string) string {
	g := places()
	text := strings.Join(lines, "\n")
	// Places named in full (华容县) are the surer sign; short names (华容) may be two places'.
	var full, short []string
	for place := range g.provinceOf {
		if r, _ := utf8.DecodeRuneInString(place); r != first || g.provinceOf[place] == place {
			continue
		}
		if strings.Contains(text, place) {
			full = append(full, place)
		}
		if s := TrimLevel(place); utf8.RuneCountInString(s) >= 2 && strings.Contains(text, s) {
			short = append(short, place)
		}
	}
	for _, named := range [][]string{full, short} {
		if len(named) == 1 {
			return fullPlace(named[0], mentioned(lines))
		}
	}
	// 全市 in a county's or district's notice is its parent city's ("根据全市统一部署"): no sign then.
	// So are a city's own units written without its name (市城管局, 市发展改革委).
	wholeCity := (cityWide.MatchString(text) || cityUnitNamed.MatchString(text)) && !countyVoice.MatchString(text)
	if len(short) > 0 || !cityGovernment.MatchString(text) && !wholeCity {
		return ""
	}
	var cities []string
	for _, c := range g.cities {
		if r, _ := utf8.DecodeRuneInString(c); r == first {
			cities = append(cities, c)
		}
	}
	if len(cities) == 1 {
		return cities[0]
	}
	return ""
}

// cityGovernment is a city government named without its place: 市政府办公厅, 市人民政府.
var cityGovernment = mustCompile(`(?:^|[^\p{Han}]|[,，:：、])市(?:人民)?政府`)

// cityWide is a city's work named as the whole city's ("关于印发全市农贸市场…的通知"): a sign, as a city
// government named is, that a number's first character is a city's.
var cityWide = mustCompile(`全市`)

// cityUnitNamed is a city's own unit written without its place ("（责任单位：市城管局）"): a sign, as 全市
// is, that the plan is a city's.
var cityUnitNamed = mustCompile(`(?:^|[^\p{Han}]|[,，:：、])市[\p{Han}]{1,8}?(?:局|委|办)(?:[^\p{Han}]|$)`)

// countyVoice is a county's or district's own voice: its whole (全县), its own units (县直, 县住建局),
// its towns (各镇): a notice saying it speaks below a city, whatever its 全市.
var countyVoice = mustCompile(`全县|全区|县直|区直|各(?:乡)?镇|(?:^|[^\p{Han}])[县区][\p{Han}]{1,8}(?:局|委|办)`)

// citedGovDoc is a government's document named in book-title marks: 《辽宁省政府工作报告》.
var citedGovDoc = mustCompile(`《[^》]{0,40}?(?:政府|办公厅|办公室)[^》]{0,40}》`)

// implementedBody is a higher body whose document a plan carries out, named without book-title marks
// ("关于印发贯彻落实湖南省政府办公厅2022年政务公开工作要点任务分工的通知"): that body wrote the
// document carried out, not this one.
var implementedBody = mustCompile(`(?:贯彻落实|贯彻|落实)[\p{Han}]{2,12}?(?:人民政府|政府办公室|政府办公厅|政府|办公厅|办公室)`)

// partyPlace is the place of a party committee opening a line (中共渠县县委, 中共湖州市委办公室): the
// longest known place after 中共 that its 委 follows, "" when there is none.
func partyPlace(l string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(l), "中共")
	if !ok {
		return ""
	}
	rs := []rune(rest)
	for n := min(len(rs)-1, 12); n >= 2; n-- {
		cand := string(rs[:n])
		after := string(rs[n:])
		if !strings.HasPrefix(after, "委") && !(len(rs) > n+1 && strings.ContainsRune("省市县区旗州盟", rs[n]) && rs[n+1] == '委') {
			continue
		}
		if knownPlaceChain(cand) {
			return cand
		}
	}
	return ""
}

// issuerIn returns the place of the first issuing body a line names, when the gazetteer knows it.
func issuerIn(l string) string {
	// A document the line cites ("根据《湖南省人民政府办公厅关于…》") names its own issuer, not this one;
	// so does a government's document in book-title marks ("海城市关于贯彻落实《辽宁省政府工作报告》…").
	l = citedGovDoc.ReplaceAllString(stripBasis(l), "《》")
	l = implementedBody.ReplaceAllString(l, "《》")
	// A party committee issuing: "中共渠县县委…办公室", "中共XX市委办公室".
	if place := partyPlace(l); place != "" {
		return place
	}
	// A zone's committee issuing: "平潭综合实验区管委会印发…" is 平潭县's.
	if m := zoneIssuer.FindStringSubmatch(l); m != nil {
		if place := zonePlace(m[1]); place != "" {
			return place
		}
	}
	for _, m := range issuerPlace.FindAllStringSubmatch(l, -1) {
		name := m[1]
		// The longest known place at the end of the name: "据安徽省" → 安徽省, "温州市鹿城区" stays whole.
		rs := []rune(name)
		for i := 0; i+2 <= len(rs); i++ {
			if cand := string(rs[i:]); knownPlaceChain(cand) {
				return cand
			}
		}
	}
	return ""
}

// labelPlace is the place of the body a page's label names: its issuing body's place, else the
// longest known place its name begins with (a department's: "金乡县农业农村局" → 金乡县).
func labelPlace(name string) string {
	if place := issuerIn(name); place != "" {
		return place
	}
	rs := []rune(name)
	for i := min(len(rs)-1, 12); i >= 2; i-- {
		if cand := string(rs[:i]); knownPlaceChain(cand) {
			return cand
		}
	}
	return ""
}

// knownPlaceChain reports whether every part of a place ("温州市鹿城区") is a known place.
func knownPlaceChain(s string) bool {
	parts := SplitAdmin(s)
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !knownPlace(p) {
			return false
		}
	}
	return true
}

// mentioned returns a test of whether the text names a city.
func mentioned(lines []string) func(city string) bool {
	text := strings.Join(lines, "\n")
	return func(city string) bool { return strings.Contains(text, TrimLevel(city)) }
}

// unitLevelExpr finds units written with their level: 省发展改革委, 市商务局.
var unitLevelExpr = mustCompile(`(?:^|[^\p{Han}]|[、，；：])([省市])[\p{Han}]{1,10}?(?:厅|局|委|办|部|室)`)

// mostNamedPlace picks the place a plan's text names most often, at the level its units say: a
// plan whose units are 省X is a province's, 市X a city's.
// mostNamedCounty is the county, district or county-level city a text that names no city nor
// province names most ("二连浩特市" four times), with its city; "" when none is, or
// the name belongs to several cities. A name followed by 域 is a word ("城北区域"), not the place.
// short says the county was found by its short name only (shortNamedCounty).
func mostNamedCounty(text string) (place string, times int, short bool) {
	counties := countyIndex()
	counts := map[string]int{}
	rs := []rune(text)
	for i, r := range rs {
		if !strings.ContainsRune("区县市旗", r) || (i+1 < len(rs) && rs[i+1] == '域') {
			continue
		}
		for n := 2; n <= 6 && n <= i; n++ {
			if name := string(rs[i-n : i+1]); counties[name] != nil {
				counts[name]++
			}
		}
	}
	best, bestN, ambiguous := "", 0, false
	for name, n := range counts {
		switch {
		case n > bestN:
			best, bestN, ambiguous = name, n, len(counties[name]) > 1
		case n == bestN:
			ambiguous = true
		}
	}
	if best == "" && !ambiguous {
		place, times := shortNamedCounty(text)
		return place, times, true
	}
	if best == "" || ambiguous {
		return "", 0, false
	}
	return counties[best][0] + best, bestN, false
}

// shortNamedCounty is the one county or district a text that names none in full names by its short
// name, often, with units of its level ("建设新徐汇", "徐汇消费季", "区委、区政府"): a district's own plan
// speaks of itself so. The short name must be one county's only, and said three times or more.
func shortNamedCounty(text string) (string, int) {
	// Which levels the text writes units of, read once (not once a county).
	ownUnits := map[string]bool{}
	for _, lvl := range []string{"区", "县", "市", "旗"} {
		ownUnits[lvl] = strings.Contains(text, lvl+"委") || strings.Contains(text, lvl+"政府") || strings.Contains(text, "本"+lvl)
	}
	best, bestN, ambiguous := "", 0, false
	for name, cities := range countyIndex() {
		short := TrimLevel(name)
		if utf8.RuneCountInString(short) < 2 || len(cities) > 1 || shortCounties()[short] > 1 {
			continue
		}
		if !ownUnits[strings.TrimPrefix(name, short)] {
			continue
		}
		switch n := strings.Count(text, short); {
		case n > bestN:
			best, bestN, ambiguous = name, n, false
		case n == bestN && n > 0:
			ambiguous = true
		}
	}
	if best == "" || ambiguous || bestN < 3 {
		return "", 0
	}
	return countyIndex()[best][0] + best, bestN
}

// shortCounties counts the counties of each short name (徐汇: 1; 东城: several).
var shortCounties = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for name := range countyIndex() {
		m[TrimLevel(name)]++
	}
	return m
})

// countyIndex is every county, district and county-level city of three characters or more, with
// the cities that have one of that name.
var countyIndex = sync.OnceValue(func() map[string][]string {
	g := places()
	m := map[string][]string{}
	for _, c := range g.cities {
		for _, county := range g.countiesOf[c] {
			if utf8.RuneCountInString(county) >= 3 {
				m[county] = append(m[county], c)
			}
		}
	}
	return m
})

func mostNamedPlace(lines []string) string {
	text := strings.Join(lines, "\n")
	prov, city := 0, 0
	for _, m := range unitLevelExpr.FindAllStringSubmatch(text, -1) {
		if m[1] == "省" {
			prov++
		} else {
			city++
		}
	}
	g := places()
	best, bestN := "", 0
	count := func(name string) int {
		n := strings.Count(text, name)
		if strings.HasSuffix(name, "市") && strings.Contains(text, name+"民") {
			n -= citizens(text, name) // 上海市民: Shanghai's people, not its government
		}
		// An autonomous place's short name (海北) is too short to count where nothing else says:
		// "镇海北仑" holds it.
		if short := TrimLevel(name); short != name && utf8.RuneCountInString(short) >= 2 && !strings.Contains(name, "自治") {
			n += shortCount(text, short, name)
		}
		return n
	}
	mostProvince := func() (string, int) {
		best, bestN := "", 0
		for _, pv := range g.provinces {
			if n := count(pv); n > bestN {
				best, bestN = pv, n
			}
		}
		return best, bestN
	}
	if prov > city {
		best, _ := mostProvince()
		return best
	}
	// A city's short name inside a province's full one ("海南" of 海南省) names no city (海南州).
	whole := text
	text = g.provinceMask.Replace(text)
	for _, c := range g.cities {
		if n := count(c); n > bestN {
			best, bestN = c, n
		}
	}
	text = whole
	if pv, pn := mostProvince(); best != "" && pn >= 3*bestN && strings.Count(text, pv) >= 2 {
		// A province named in full three times as often as any city ("海南省卫健委…，海南省教育厅…"
		// beside a dateline's 海口): the province's plan.
		return pv
	}
	if best == "" {
		place, _, _ := mostNamedCounty(text)
		if place == "" {
			// No city, no county, but a province named in full, often ("海南省卫健委负责…，海南省教育厅…").
			if pv, n := mostProvince(); n >= 2 && strings.Count(text, pv) >= 2 {
				return pv
			}
		}
		return place
	}
	if place, n, short := mostNamedCounty(text); n > bestN && !short && !strings.HasPrefix(place, best) {
		// A county-level city named more than any city, and not one of that city's ("禄丰市" twice,
		// "上海" once): its plan. A city's plan may name one of its districts more than itself.
		// A county's short name is no match for a city the text names: it is often a word too
		// ("平安市场", "平安建设" beside "上海平安建设" hold 平安, not 海东市平安区).
		return place
	}
	if city > 0 {
		// A county-level city's units are 市 units too: the one county-level city of best the text
		// names, and no other county of it, is where the plan belongs ("乐清市民生实事…乐清本级").
		var named []string
		for _, c := range g.countiesOf[best] {
			if short := TrimLevel(c); utf8.RuneCountInString(short) >= 2 && strings.Contains(text, short) {
				named = append(named, c)
			}
		}
		if len(named) == 1 && strings.HasSuffix(named[0], "市") {
			return best + named[0]
		}
		return best
	}
	// Units written with no level (科, 股, 馆): a county's plan as likely as a city's. A county of
	// the city named in the text is where it belongs ("汉中油菜花海略阳观花活动": 汉中市略阳县).
	for _, c := range g.countiesOf[best] {
		if short := TrimLevel(c); utf8.RuneCountInString(short) >= 2 && strings.Contains(text, short) {
			return best + c
		}
	}
	return best
}

// citizens counts a city's name run into 民 where 民 opens the word 市民 (上海市民菜篮子), not a bureau
// (上海市民政局, 市民宗局, 市民防办).
func citizens(text, city string) int {
	n := 0
	for rest := text; ; {
		i := strings.Index(rest, city+"民")
		if i < 0 {
			return n
		}
		rest = rest[i+len(city+"民"):]
		if r, _ := utf8.DecodeRuneInString(rest); !strings.ContainsRune("政宗防族委营用生", r) {
			n++
		}
	}
}

// shortCount counts a place's short name in text where its full name is not written, but not where
// its first character ends another place before it: "白水江镇江神庙" is 白水江镇 and 江神庙, not 镇江.
func shortCount(text, short, full string) int {
	first, _ := utf8.DecodeRuneInString(short)
	guarded := strings.ContainsRune("镇乡县区市村州", first)
	n := 0
	for from := 0; ; {
		i := strings.Index(text[from:], short)
		if i < 0 {
			return n
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		// "杭州湾" is a bay, not 杭州 (宁波杭州湾新区 is Ningbo's).
		bay := strings.HasPrefix(text[i+len(short):], "湾")
		if !bay && !strings.HasPrefix(text[i:], full) && (!guarded || i == 0 || !unicode.Is(unicode.Han, before)) {
			n++
		}
		from = i + len(short)
	}
}
