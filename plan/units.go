package plan

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file is the one place where a department name is normalised: list splitting, bracket and
// suffix clean-up, city prefixes, aliases, and the lookups people type.

//go:embed aliases.txt
var defaultAliasText string

// levelPrefixes are the administrative levels a unit name may start with. Aliases without a
// prefix apply under each of them.
var levelPrefixes = []string{"自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "州", "盟", "旗", "镇"}

// Aliases folds the names of one unit into its canonical name.
type Aliases struct {
	canon map[string]string // alias → canonical, both without prefix or both with
}

// sharedDefault is the shipped table, read once, for parses given no table of their own; it is
// never changed.
var sharedDefault = sync.OnceValue(DefaultAliases)

// DefaultAliases returns a new copy of the alias table shipped with dutybot.
func DefaultAliases() *Aliases {
	a, err := ParseAliases(strings.NewReader(defaultAliasText))
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return a
}

// LoadAliases returns the default table extended by the file at path ("" for none).
func LoadAliases(path string) (*Aliases, error) {
	a := DefaultAliases()
	if path == "" {
		return a, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load aliases: %w", err)
	}
	defer f.Close()
	extra, err := ParseAliases(f)
	if err != nil {
		return nil, fmt.Errorf("load aliases %s: %w", path, err)
	}
	a.Merge(extra)
	return a, nil
}

// ParseAliases reads the alias format: "canonical = alias = alias" a line, # comments.
func ParseAliases(r io.Reader) (*Aliases, error) {
	a := &Aliases{canon: map[string]string{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(strings.ReplaceAll(line, "＝", "="), "=")
		if len(names) < 2 {
			return nil, fmt.Errorf("line %d: want \"canonical = alias\", got %q", n, line)
		}
		canon := cleanUnit(names[0])
		if canon == "" {
			return nil, fmt.Errorf("line %d: empty canonical name", n)
		}
		a.canon[canon] = canon
		for _, al := range names[1:] {
			al = cleanUnit(al)
			if al == "" {
				return nil, fmt.Errorf("line %d: empty alias", n)
			}
			a.canon[al] = canon
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// Merge adds b's entries to a; b wins where both name an alias.
func (a *Aliases) Merge(b *Aliases) {
	for k, v := range b.canon {
		a.canon[k] = v
	}
}

// Key identifies the table by its entries: two tables with the same entries have the same key, so
// a parse made with one (the embedded seeds', see package seeds) stands for a parse with the other.
// A nil table's key is "", the parser's default table.
func (a *Aliases) Key() string {
	if a == nil {
		return ""
	}
	aliases := make([]string, 0, len(a.canon))
	for al := range a.canon {
		aliases = append(aliases, al)
	}
	sort.Strings(aliases)
	h := sha256.New()
	for _, al := range aliases {
		fmt.Fprintf(h, "%s=%s\n", al, a.canon[al])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Canonical returns the canonical form of one unit name (already split from its list).
func (a *Aliases) Canonical(name string) string {
	name = cleanUnit(name)
	if a == nil || name == "" {
		return name
	}
	// 中国人民银行吉林市分行 is 人民银行吉林市分行: the bank's branches go by both.
	if rest, ok := strings.CutPrefix(name, "中国人民银行"); ok && rest != "" {
		name = "人民银行" + rest
	}
	// 人行平潭支行 is 人民银行平潭支行 (every branch goes by the short form), with a level too.
	for _, p := range append([]string{""}, levelPrefixes...) {
		if rest, ok := strings.CutPrefix(name, p+"人行"); ok && rest != "" {
			name = p + "人民银行" + rest
			break
		}
	}
	if c, ok := a.canon[name]; ok {
		return c
	}
	for _, p := range levelPrefixes {
		if body, ok := strings.CutPrefix(name, p); ok && body != "" {
			if c, ok := a.canon[body]; ok {
				return p + c
			}
		}
	}
	if short, ok := strings.CutSuffix(name, "委员会"); ok && utf8.RuneCountInString(short) >= 3 && !zoneCommittee.MatchString(short) &&
		hasLevelPrefix(short) && !selfRuledCommittee.MatchString(short) {
		// "区建设管理委员会" is 区建设管理委: a government's commission goes by 委 (a zone's 管理委员会 by
		// 管委会; residents', villagers' and owners' committees by 居委会, 村委会, 业委会).
		return a.Canonical(short + "委")
	}
	if gov, ok := strings.CutSuffix(name, "人民政府"); ok && (knownPlace(gov) || len(gov) == len("市") && strings.Contains("省市区县镇乡", gov) || strings.HasPrefix(gov, "各") && !strings.Contains(inBrackets.ReplaceAllString(gov, ""), "、")) {
		return a.Canonical(gov + "政府") // 浦东新区人民政府 is 浦东新区政府; 各县（市、区）人民政府 各县（市、区）政府 (not a group that
		// lists its levels with 、 outside brackets: 各盟市、旗县（市、区）人民政府 stays one party as written)
	}
	if knownPlace(name) && strings.ContainsAny(lastRunes(name, 1), "区县市旗") && !strings.Contains(name, "园区") && !strings.Contains(name, "开发区") && !strings.Contains(name, "高新区") {
		// A district, county or city named as a party ("浦东新区、闵行区政府牵头") is its government.
		return a.Canonical(name + "政府")
	}
	if short := withoutHe(name); short != name {
		// "区住房保障和房屋管理局" is 区住房保障房屋管理局: a body's formal name joins its parts
		// with 和, its short one runs them together.
		return a.Canonical(short)
	}
	return name
}

// sectorDept reports whether what stands before 部门 names a sector (财政, 区公安, 城乡建设), not a group
// or kind of departments (各, 有关, 职能, 行业主管 …) nor a body's own name (区住建局部门).
func sectorDept(s string) bool {
	if utf8.RuneCountInString(UnitBody(s)) < 2 || bodyEnd.MatchString(s) || s != strings.TrimSpace(s) {
		return false
	}
	return !notSector.MatchString(s)
}

// notSector is a word of a group or kind of departments, not of one sector.
var notSector = mustCompile(`[各等和及与、（）()]|有关|相关|其他|其它|职能|主管|行业|责任|牵头|成员|配合|协办|参与|直属|所属|上级|下级|业务|涉及|承担|具有|负有|专业|入驻|的|类|级$`)

// selfRuledCommittee is what a committee of residents, villagers, owners or members is named before
// 委员会: none of them goes by 委.
var selfRuledCommittee = mustCompile(`(?:居民|村民|业主|社区|工会|妇女|家长|专家|评审|伦理|学术)$`)

// zoneCommittee is what a zone's committee is named before 委员会: 开发区管理, 园区管理 (管委会).
var zoneCommittee = mustCompile(`[区园港城岛场]管理$`)

// heJoined is a body's formal name whose parts 和 joins: 住房保障和房屋管理局, 建设和管理委员会.
var heJoined = mustCompile(`^(\p{Han}*\p{Han}{2})和(\p{Han}{2}\p{Han}*(?:局|委|委员会|办公室|办|厅|中心))$`)

// bodyEnd ends the name of a body: the part before 和 that ends so is a unit of its own.
var bodyEnd = mustCompile(`(?:局|委|办|厅|管|队|所|院|部|处|站|社|行|联|会|协|中心|政府|单位|公司|集团)$`)

// withoutHe is a body's formal name with its parts run together ("住房保障房屋管理局"), or the name
// as it is when it is no such name.
func withoutHe(name string) string {
	if !strings.Contains(name, "和") {
		return name
	}
	// Two units joined ("区城管和区公安分局") are no one name: the second has a level of its own, or
	// the first ends as a body does.
	if m := heJoined.FindStringSubmatch(name); m != nil && !strings.Contains(m[1], "和") && !strings.Contains(m[2], "和") &&
		!hasLevelPrefix(m[2]) && !bodyEnd.MatchString(m[1]) {
		return m[1] + m[2]
	}
	return name
}

// Forms returns every name the table knows (canonical and alias), without level prefix, sorted.
func (a *Aliases) Forms() []string {
	out := make([]string, 0, len(a.canon))
	for k := range a.canon {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Names returns every name (canonical and alias) that folds into canonical name c.
func (a *Aliases) Names(c string) []string {
	out := []string{c}
	prefix, body := "", c
	for _, p := range levelPrefixes {
		if b, ok := strings.CutPrefix(c, p); ok && b != "" {
			if _, known := a.canon[b]; known {
				prefix, body = p, b
				break
			}
		}
	}
	for al, canon := range a.canon {
		if canon == body && al != body {
			out = append(out, prefix+al)
		}
		if canon == c && al != c {
			out = append(out, al)
		}
	}
	sort.Strings(out[1:])
	return out
}

var bracketFold = newReplacer(
	"(", "（", ")", "）", "〔", "（", "〕", "）", "[", "（", "]", "）", "【", "（", "】", "）",
	"﹙", "（", "﹚", "）",
)

// bureauSection is a bureau's section named with its bureau: 区经发局发改处, 市交通委科技信息处,
// 省发展和改革委员会价格处; loneSection a section named alone, without its level (科技信息处).
var (
	bureauSection = mustCompile(`^([省市区县]局|\p{Han}{2,8}?(?:委员会|局|委|厅))(\p{Han}{2,14}[处科股])$`)
	loneSection   = mustCompile(`^\p{Han}{2,6}[处科股]$`)
)

// BureauSection splits a section's name written with its bureau: 市交通委科技信息处 is 市交通委 and
// 科技信息处. ok is false for any other name.
func BureauSection(name string) (bureau, section string, ok bool) {
	m := bureauSection.FindStringSubmatch(name)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// listItems splits a list of parties into its items (SplitUnits), joined where a name was cut
// (joinGroups, splitAnd), each place given the body the list writes once (sharedBody).
func listItems(s string) []string {
	items := placesBody(sharedBody(joinGroups(splitAnd(SplitUnits(s)))))
	return slices.DeleteFunc(items, orderNote) // "，排名不分先后"
}

// sectionBureaus pairs each section a list names alone, with no bureau and no level, with the bureau
// of the section named with its bureau before it: "市交通委港务监管处、科技信息处" gives [科技信息处,
// 市交通委]. Any other item ends the run.
func sectionBureaus(list []string) [][2]string {
	var out [][2]string
	bureau := ""
	for _, it := range list {
		if b, _, ok := BureauSection(it); ok {
			bureau = b
		} else if bureau != "" && loneSection.MatchString(it) && UnitBody(it) == it {
			out = append(out, [2]string{it, bureau})
		} else {
			bureau = ""
		}
	}
	return out
}

// memberLabel is a body's members named as a label before their first name: "专班成员单位", "成员单位为".
var memberLabel = mustCompile(`^\p{Han}{0,8}?成员单位(?:为|有|包括|：|:)?`)

// hasLevelStart reports whether s opens as a unit's name does: a level (hasLevelPrefix), 乡, a zone
// (经开区, 高新区, 开发区) or 各.
func hasLevelStart(s string) bool {
	if hasLevelPrefix(s) {
		return true
	}
	for _, p := range []string{"乡", "经开区", "高新区", "开发区", "各"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// unitSuffixNoise are trailing phrases that widen a list without naming a unit; widenTail is the
// general form of "等…部门" (等部门, 等有关单位, 等市级相关单位, 等其他行业主管部门), the level written
// with other levels in brackets too (等省（中）直有关单位, 等州（市）直有关部门, 等市直（驻市）有关单位,
// 等县（市、区）直有关单位: a bracket may list several levels).
var (
	unitSuffixNoise = []string{"按职责分工负责", "按职责负责", "分别负责", "配合", "负责", "牵头", "等"}
	widenTail       = mustCompile(`等(?:[省市县区镇乡州盟旗](?:[（(]\p{Han}{1,2}(?:、\p{Han}{1,2}){0,3}[)）])?[级直属]{1,2}(?:[（(]\p{Han}{1,3}[)）])?|国务院|各|其他|其它)?(?:各)?(?:有关|相关)?(?:行业主管|行政主管|行业|职能|牵头|责任|成员|安委会成员|领导小组成员|国有|金融|快递)?(?:部门|单位|企业|机构|集团)$|等(?:具有|具备|承担|负有|涉及|有)\p{Han}{1,12}(?:职能|职责|任务|工作)的(?:部门|单位)$`)
)

// widenAny is any other description after a unit's name and 等 of the bodies like it, which names
// none of its own: 等管线单位, 等涉农部门, 等驻温单位, 等10个部门, 等有关方面, 等相关部门和单位.
var widenAny = mustCompile(`等[\p{Han}\d]{0,8}?(?:部门|单位|方面|机构|企业)(?:[和及与、](?:部门|单位|企业|机构))?$`)

// batchPrefix opens the first unit of a batch of pilots: "第一批：".
var batchPrefix = mustCompile(`^第[一二三四五六七八九十\d]{1,2}批(?:次)?\s*[:：]?`)

// cleanUnit trims one unit name: spaces, edge punctuation, bracket forms, list-widening suffixes, a
// pilot batch's opening. A plan names the same units row after row, so the answers are remembered
// (cleanedUnits).
func cleanUnit(s string) string {
	if c, ok := cleanedUnits.get(s); ok {
		return c
	}
	s = strings.Clone(s) // the answer is cut from s: it must not keep the plan's text alive
	c := cleanUnitNow(s)
	cleanedUnits.put(s, c)
	return c
}

// cleanedUnits remembers cleanUnit's answers.
var cleanedUnits = verdicts[string]{m: map[string]string{}, max: 8192}

// cleanUnitNow is cleanUnit, worked out.
func cleanUnitNow(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || isFormat(r) {
			return -1
		}
		return r
	}, s)
	s = bracketFold.Replace(s)
	s = strings.Trim(s, "。．.，,、；;：:\"'‘’·-—|｜")
	if rest, ok := strings.CutPrefix(s, "由"); ok && hasLevelPrefix(rest) {
		s = rest // "由区海洋与渔业执法支队": the agent 由 names, not part of its name
	}
	if rest, ok := strings.CutPrefix(s, "其中"); ok && hasLevelPrefix(rest) {
		s = rest // "（责任单位：A、B、C，其中B牵头）": which of the list leads, not part of its name
	}
	if strings.HasPrefix(s, "第") && strings.Contains(s, "批") {
		s = strings.TrimLeft(batchPrefix.ReplaceAllString(s, ""), "：:") // "第一批：市场监管局": a pilot batch's first unit
	}
	// Quotes stay when they pair up inside the name (“一区一园”专班), go when they stray.
	if strings.HasSuffix(s, "”") && !strings.Contains(s, "“") {
		s = strings.TrimSuffix(s, "”")
	}
	if strings.HasPrefix(s, "“") && !strings.Contains(s, "”") {
		s = strings.TrimPrefix(s, "“")
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "“"), "”")
	if strings.Count(s, "“") < strings.Count(s, "”") {
		s = "“" + s
	}
	if strings.Contains(s, "成员单位") {
		// "专班成员单位经开区经济发展局": the list's label run into its first name.
		if loc := memberLabel.FindStringIndex(s); loc != nil && loc[1] < len(s) && hasLevelStart(s[loc[1]:]) {
			s = s[loc[1]:]
		}
	}
	for changed := true; changed; {
		changed = false
		if strings.Contains(s, "等") { // widenTail opens with 等
			if loc := widenTail.FindStringIndex(s); loc != nil && loc[0] > 0 {
				s, changed = strings.Trim(s[:loc[0]], "。，,、；;"), true
			} else if loc := widenAny.FindStringIndex(s); loc != nil && loc[0] > 0 && looksLikeUnit(s[:loc[0]]) {
				s, changed = s[:loc[0]], true
			}
		}
		for _, suf := range unitSuffixNoise {
			if t, ok := strings.CutSuffix(s, suf); ok && t != "" {
				s, changed = strings.Trim(t, "。，,、；;"), true
			}
		}
	}
	// A bracket that strays at an edge, left by a note cut short ("（省发展改革委"), goes.
	if strings.HasPrefix(s, "（") && strings.Count(s, "（") > strings.Count(s, "）") {
		s = strings.TrimPrefix(s, "（")
	}
	if strings.HasSuffix(s, "）") && strings.Count(s, "）") > strings.Count(s, "（") {
		s = strings.TrimSuffix(s, "）")
	}
	// A person named beside the unit is no part of its name: "县工业和信息化局（分管县领导：王静）".
	if strings.HasSuffix(s, "）") {
		s = personAside.ReplaceAllString(s, "")
	}
	// A person named beside the unit without a label is no part of its name either: "县住建局（刘建国）",
	// "县生态环境局赵亮" (the space between them gone); nor the count of the items a unit heading
	// heads: "县发改委（共5项）", "县工信局（3项任务）".
	if strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")") {
		s = itemCountNote.ReplaceAllString(s, "")
		if m := bracketedPerson.FindStringSubmatchIndex(s); m != nil && m[0] > 0 && personNamed(s[m[2]:m[3]]) && looksLikeUnit(s[:m[0]]) {
			s = s[:m[0]]
		}
	}
	s = withoutPersonTail(s)
	// A remark on the list's order is no part of its last name: "市农业农村局（排名不分先后）".
	if strings.HasSuffix(s, "）") && strings.Contains(s, "先后") {
		s = orderRemark.ReplaceAllString(s, "")
	}
	// A name wrapped whole in brackets, "（市发改委）", loses them.
	if strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") && strings.Count(s, "（") == 1 {
		s = strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）")
	}
	// A label before the name ("整改措施：县公安局", "具体措施:区民政局"): the name after it.
	if i := strings.LastIndexAny(s, ":："); i > 0 && i < len(s)-len("：") {
		if rest := strings.TrimLeft(s[i:], ":："); looksLikeUnit(rest) && !looksLikeUnit(s[:i]) {
			s = rest
		}
	}
	// One ordered to act ("责令黄龙镇人民政府"): the unit.
	if rest, ok := strings.CutPrefix(s, "责令"); ok && looksLikeUnit(rest) {
		s = rest
	}
	// The number of the item a name opens ("（1）区水务局负责…", "②物业公司要…") is no part of it.
	if m := leadingEnumerator.FindString(s); m != "" && len(m) < len(s) {
		s = s[len(m):]
	}
	return s
}

// personAside is a bracketed note naming a person beside a unit: the leader in charge, a contact, the
// unit's head (（分管县领导：王静）, （联系人：周敏，13905761234）, （局长：孙立新））. It is no part of a
// name, and its colon starts no label.
var personAside = mustCompile(`[（(]\p{Han}{0,6}(?:领导|负责人|联系人|责任人|局长|主任|书记|部长|处长|科长|经理|站长|所长|联系电话|电话)[:：][^（）()]{1,30}[)）]`)

// itemCountNote is a bracketed count of the items a unit answers for, after its name in a heading:
// （共5项）, （3项任务）, (计2条).
var itemCountNote = mustCompile(`\s*[（(]\s*(?:共|计|含)?\s*[\d一二三四五六七八九十]{1,3}\s*(?:项|条|件)(?:重点)?(?:任务|工作|事项|措施)?\s*[)）]$`)

// bracketedPerson is a bracketed short run of Han after a unit's name, group 1 the run: a person's
// name when personNamed says so (（刘建国）), else a second name or a note.
var bracketedPerson = mustCompile(`[（(](\p{Han}{2,3})[)）]$`)

// personTail is a short run of Han after the end of a body's name ("县生态环境局赵亮"): group 1 the
// name, group 2 the run.
var personTail = mustCompile(`^(\p{Han}{3,}(?:局|委|办|厅|中心|政府|管委会|公司|集团))(\p{Han}{2,3})$`)

// surnames are the commonest Chinese family names: a person named beside a unit opens with one.
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"

// unitishRunes are characters a part of a body's name ends or is made of, no given name's: a
// department, an office, a trade.
const unitishRunes = "业局科所站队办室部处组委会院校馆场区县市镇乡村街道司厂中心股社州省旗"

// personNamed reports whether s (two or three Han characters) reads as a person's name: a common
// family name and a given name that names no part of a body.
func personNamed(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(surnames, r) || strings.ContainsAny(s[size:], unitishRunes) {
		return false
	}
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 3 || looksLikeUnit(s) || markerWords.in(s) {
		return false
	}
	// Nor a place, the start of a branch's name cut off ("国家税务总局江西" of 江西省税务局).
	for _, level := range []string{"", "省", "市", "县", "区"} {
		if knownPlace(s + level) {
			return false
		}
	}
	return true
}

// withoutPersonTail is s without a person's name run on after the body's name ("县商务局陈平" →
// 县商务局), or s.
func withoutPersonTail(s string) string {
	if m := personTail.FindStringSubmatch(s); m != nil && personNamed(m[2]) && looksLikeUnit(m[1]) {
		return m[1]
	}
	return s
}

// orderRemark is a bracketed remark that a list is in no order: （排名不分先后）, （排序不分先后）.
var orderRemark = mustCompile(`[（(](?:排名|排序|顺序|名单)?不分先后(?:顺序)?[)）]$`)

// leadingEnumerator is an item's number before a unit's name: （1）, (2), ①, 3., 4、, 4.2.1, 2.1.
var leadingEnumerator = mustCompile(`^(?:[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\d{1,2}(?:[.．]\d{1,2})+\s*|\d{1,2}[.．、])`)

// SplitUnits splits a list of units ("市发改委、市商务局,各县〔市、区〕") at 、，,；; and spaces that
// stand outside brackets, so names holding separators inside brackets stay whole.
func SplitUnits(list string) []string {
	list = listWords.Replace(list)
	var out []string
	var b strings.Builder
	depth := 0
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			if m := dutyAside.FindStringSubmatch(s); m != nil && looksLikeUnit(m[1]) && looksLikeUnit(m[2]) {
				out = append(out, m[1], m[2]) // "县市场监管局（各乡镇人民政府按职责落实）": two parties
			} else {
				out = append(out, splitGluedNames(s)...)
			}
		}
		b.Reset()
	}
	for _, r := range list {
		switch r {
		case '(', '（', '〔', '[', '【', '“', '《', '﹙':
			depth++
		case ')', '）', '〕', ']', '】', '”', '》', '﹚':
			if depth > 0 {
				depth--
			}
		case '、', '，', ',', '；', ';', '/', '／':
			if depth == 0 {
				flush()
				continue
			}
		case ' ', '\u3000', '\t':
			if depth == 0 && b.Len() > 0 && looksLikeUnit(b.String()) {
				flush()
				continue
			}
		}
		b.WriteRune(r)
	}
	flush()
	return out
}

// gluedNameStart is how a unit's name opens when a page has run it into the name before it: a level
// (市, 县, 镇 …) not opening a word that no name starts with (市场, 市政, 县域, 区域), or a national firm's
// or agency's first words (中国电信…, 国网…, 国家…).
var gluedNameStart = mustCompile(`^(?:中国|国网|国家|[省市县区镇乡](?:[^场政民域内外级直属情况]))`)

// branchName is a branch's name: 市中心支行, 漳州分公司, 城区分局.
var branchName = mustCompile(`(?:支行|分行|分公司|分局|支队|大队|分中心|营业部|分院|分所)$`)

// splitGluedNames splits a name that is several names run together, "中国移动漳州分公司中国电信漳州分公司",
// "镇财政所镇农业综合服务中心", where one name's ending meets the next one's level; a name whose parts
// are not each a unit of four characters or more stays whole (市住建局市政科 is one bureau's section).
func splitGluedNames(s string) []string {
	if utf8.RuneCountInString(s) < 8 || strings.ContainsAny(s, "（(“”\"《》") {
		return []string{s}
	}
	for i, r := range s {
		if i == 0 || !strings.ContainsRune("中国省市县区镇乡", r) || utf8.RuneCountInString(s[:i]) < 4 || utf8.RuneCountInString(s[i:]) < 4 {
			continue
		}
		head, rest := s[:i], s[i:]
		if !gluedNameStart.MatchString(rest) || !looksLikeUnit(head) || !looksLikeUnit(rest) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(head); strings.ContainsRune("省市县区镇乡", r) {
			continue // "…新区" then "区…": the cut is inside a word
		}
		if branchName.MatchString(rest) && !branchName.MatchString(head) && !strings.HasPrefix(rest, "中国") && !strings.HasPrefix(rest, "国") {
			continue // "人民银行市中心支行": a body's branch in a place is one name
		}
		return append([]string{head}, splitGluedNames(rest)...)
	}
	return []string{s}
}

// dutyAside is a party named in brackets after a unit, with its own part in the work: "县市场监管局
// （各乡镇人民政府按职责落实）".
var dutyAside = mustCompile(`^(.+?)[（(]([^（）()]+?)(?:按职责(?:分工)?(?:落实|负责|抓好落实)|负责落实|具体落实|抓好落实)[)）]$`)

// listWords join the parties of a list as 、 does ("责任单位尤其是各乡镇（街道）").
var listWords = newReplacer("尤其是", "、", "特别是", "、")

// unitEndings are the last characters of most unit names.
var unitEndings = append([]string{
	"局", "委", "办", "部", "中心", "专班", "集团", "政府", "管委会", "小组", "联", "会", "行", "院", "队", "所",
	"站", "公司", "处", "室", "厅", "署", "机关", "海关", "单位", "部门", "机构", "街镇", "各街镇", "镇街", "县（市、区）", "区县", "乡镇（街道）",
	"社", "馆", "学校", "高校", "党校", "大学", "学院", "协", "台", "林场", "联席会议", "指挥部", "工作组", "实验室", "基地", "企业", "团", "党组",
	"办事处", "街道", "分会", "总会", "法庭", "日报", "时报", "晚报", "报社",
	// the body that builds or runs a work, named by its role: 各园区建设主体, 项目运营主体
	"建设主体", "运营主体",
	// a bureau's own sections: 局政法科, 办公室, 规划股, 局宣传科研组
	"科", "股", "组",
}, zoneEndings...)

// zoneEndings end a development zone's name, meaning its 管委会: 城乡一体化示范区, 经开区, 综合保税区, 未来科技城.
var zoneEndings = []string{"示范区", "开发区", "经开区", "高新区", "保税区", "综保区", "新区", "园区", "试验区", "合作区", "科技城", "科学城", "生态城", "大学城"}

// cityZone opens a development zone's generic name, which a city's short name before it makes the
// city's own: (襄阳)高新区管委会, (岳阳)经开区管委会, (宜昌)综合保税区.
var cityZone = mustCompile(`^(?:高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|综合保税区|综保区|保税区)`)

// isZone reports whether a place is a development zone (zoneEndings), whose body is its own 管委会.
func isZone(place string) bool {
	return slices.ContainsFunc(zoneEndings, func(e string) bool { return strings.HasSuffix(place, e) })
}

// looksLikeUnit reports whether s reads as the name of an organisation.
func looksLikeUnit(s string) bool {
	s = cleanUnit(s)
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 40 || countedParties.MatchString(s) || listThenWords.MatchString(s) || selfReference.MatchString(s) || clauseName(s) {
		return false
	}
	if strings.HasSuffix(s, "局局") || strings.HasSuffix(s, "委委") || strings.HasSuffix(s, "办办") || rankInside.MatchString(s) {
		// "区交建局局长潘新雅" cut before 长, "县安监局局长张鼎县公安局": a member list's heads and
		// their names, no unit
		return false
	}
	if base, ok := otherKindAside(s); ok && looksLikeUnit(base) {
		return true // "街镇（工业区）": the towns, a zone standing in where there is none
	}
	if strings.HasSuffix(s, "级") && levelsParty.MatchString(s) {
		return true // "区、镇、村三级": the governments of every level named, one party (joinGroups)
	}
	for _, e := range unitEndings {
		if strings.HasSuffix(s, e) {
			// 行 ends a bank's name (人行, 农发行, 建设银行), not a verb's (进行, 执行, 推行); 署 an office's
			// (审计署), not 部署's.
			return e != "行" && !strings.HasSuffix(s, "部署") && !NamesNoUnit(s) || bankEnding.MatchString(s)
		}
	}
	return false
}

// levelName is one level of government written bare, as a list of levels counted once writes it: 区,
// 镇, 村, 组, and a level with the levels its bracket adds, as county plans write them: 县（市、区）,
// 乡（镇）.
const levelName = `[省市区县旗乡镇街村组](?:[（(][省市区县旗乡镇街道村组、]{1,8}[)）])?`

// levelsParty is several levels written bare and counted once, one party (the governments of every
// level named): "区、镇、村三级", "县、乡两级", "县（市、区）、乡（镇）、村三级", "县、乡、村、组四级";
// levelAlone is one of its levels standing alone, as a list's split leaves it (joinGroups).
var (
	levelsParty = mustCompile(`^(?:` + levelName + `、)+` + levelName + `(?:两|二|三|四|五|六)级$`)
	levelAlone  = mustCompile(`^` + levelName + `$`)
)

// rankInside is a rank a person holds, inside what would be a unit's name: "…局长张鼎…", "区安委会主任欧小宁".
var rankInside = mustCompile(`\p{Han}(?:局长|主任|书记|处长|科长|大队长|支队长|组长)\p{Han}`)

// clauseName reports a clause that ends as a name does: "指导各街道…建设政府专职消防队", "会同区相关职能部门",
// "定期分批对各街道消防办", "…报区民防办", "相关工作成果纳入管委会". No unit's name opens with a verb of what is
// to be done, or holds one of clauseWords.
func clauseName(s string) bool {
	for _, w := range clauseOpenings {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	for _, w := range clauseWords {
		if strings.Contains(s, w) && (w != "根据" || strings.Count(s, "根据") > strings.Count(s, "根据地")) {
			return true // not 根据地 of 革命根据地纪念馆
		}
	}
	return strings.Contains(s, "报") && reportTo.MatchString(s)
}

var (
	clauseOpenings = []string{"指导", "定期", "督促", "会同", "提请", "报请", "呈请", "还应", "还要", "加强", "推进", "按", "依照", "依职责", "负责", "配合", "协助",
		"开展", "建立", "完善", "做好", "落实", "研究", "制定", "积极", "择优", "依托", "通过", "利用",
		"联合", "约谈", "严肃", "严厉", "依法"}
	clauseWords = []string{"按照", "依照", "依据", "根据", "依申请", "列入", "纳入", "搭建", "情况", "拨付", "拨到", "鼓励", "引导", "抽查"}
	reportTo    = mustCompile(`报(?:送|告|至)?[区市县省]\p{Han}*(?:办|局|委|会)$`)
)

// selfReference is the issuer speaking of itself, no party a liaison could look up: 我局, 本委, 该办.
var selfReference = mustCompile(`^[我本该][局委办厅部处室]$`)

// listThenWords is a list's end with words after it: "市公安局等部门落实工作专班" is a clause that
// happens to end as a name does (专班), not a name.
var listThenWords = mustCompile(`等(?:有关|相关)?(?:部门|单位)\p{Han}`)

// listOrderNote says how a list of units is ordered: "排名不分先后", "按姓氏笔画排序".
var listOrderNote = mustCompile(`^(?:排名|排序|排列)?不分先后(?:顺序)?$|^按(?:姓氏笔画|笔画|音序)排(?:序|列)$`)

// orderNote reports whether a list item says how the list is ordered (listOrderNote).
func orderNote(s string) bool {
	return (strings.Contains(s, "先后") || strings.Contains(s, "排")) && listOrderNote.MatchString(cleanUnit(s))
}

// countedParties are no party but a number of them: "由多个单位负责的,…", "两个以上部门".
var countedParties = mustCompile(`^(?:多个|多家|几个|若干|两个以上|两个及以上|一个)(?:单位|部门|机构)$`)

// banVerb is 办 ending a verb (挂牌督办, 限期承办, 协调交办, 严肃查办), not an office's name (督查办, the
// 督查办公室).
var banVerb = mustCompile(`(?:督|承|协|主|交|催|代|(?:^|[^督])查|举)办$`)

// wordEndings are words ending in 局 as a word does, never a bureau's name: 优化产业布局, 新格局,
// 服务大局, 良好开局.
// A place on a thing ends in 部 as a department does ("树穴底部应加铺碎石", "管道内部", "园区东部"): the
// parts and sides of things and places, no body's name.
// Places where people go end in 所 as an institute does ("新建改造公共厕所", "充电场所"): the
// words of things, no body's name.
var wordEndings = []string{"布局", "格局", "大局", "开局", "结局", "变局", "僵局", "破局",
	"底部", "顶部", "内部", "外部", "上部", "下部", "中部", "根部", "全部", "局部", "基部", "端部", "头部", "尾部",
	"侧部", "前部", "后部", "腹部", "背部", "东部", "南部", "西部", "北部",
	"厕所", "场所", "住所", "寓所"}

// NamesNoUnit reports whether s ends as a unit's name does only by a word's ending: a task's title
// "优化县域商业网点布局", "挂牌督办" (banVerb). Words, not the names of bodies.
func NamesNoUnit(s string) bool {
	for _, w := range wordEndings {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return banVerb.MatchString(s)
}

var bankEnding = mustCompile(`(?:银行|分行|支行|人行|农发行|进出口行|国开行)$`)

// Normalizer turns the units of one document into canonical names.
type Normalizer struct {
	Aliases *Aliases
	City    string // the document's city or district, e.g. 衢州市, 温州市鹿城区
}

// Unit returns the canonical name of one unit of the document: the city's own name dropped
// ("衢州市商务局" → "市商务局"), aliases folded.
func (n Normalizer) Unit(name string) string {
	name = cleanUnit(name)
	name = stripCity(formalPrefix.ReplaceAllString(name, "$1"), n.City)
	name = regionLevel(name, n.City)
	// "市发展改革委（信息产业局）": one unit under two names; it goes by the first.
	if first, _, ok := secondName(name); ok {
		name = first
	}
	c := n.Aliases.Canonical(name)
	if sector, ok := strings.CutSuffix(c, "部门"); ok && sectorDept(sector) {
		// "财政部门" is 财政 in one plan: a list of sectors with one 部门 ("财政、城乡建设等部门") names
		// each sector, written bare or with 部门. (Aliases.Canonical keeps them apart: a question's
		// "财政" is not read as a unit's name.)
		return n.Aliases.Canonical(sector)
	}
	return c
}

// Written returns a unit's name as the document writes it, only tidied: spaces, brackets and list
// words gone, the document's own city dropped, a second name in brackets dropped. It is what
// Unit folds into its canonical name.
// formalPrefix opens a body's formal name before its place: the central agency a local tax bureau
// is a branch of ("国家税务总局绍兴市税务局" is 绍兴市税务局), the Party before a Party committee's
// department ("中共绍兴市委宣传部" is 绍兴市委宣传部).
var formalPrefix = mustCompile(`^(?:国家税务总局|中共|中国共产党)(\p{Han}{2,8}?[省市县区州旗](?:委|税务局))`)

func (n Normalizer) Written(name string) string {
	name = regionLevel(stripCity(cleanUnit(name), n.City), n.City)
	if first, _, ok := secondName(name); ok {
		name = first
	}
	return name
}

// secondName splits "省市场监管局（省知识产权局）" into its two names when both read as units.
func secondName(name string) (first, second string, ok bool) {
	if !strings.HasSuffix(name, "）") {
		return "", "", false
	}
	i := strings.LastIndex(name, "（")
	if i <= 0 {
		return "", "", false
	}
	first, second = name[:i], strings.TrimSuffix(name[i+len("（"):], "）")
	if otherKind.MatchString(second) || markedList(second) {
		return "", "", false // "县林业局（县财政局配合）": who else takes part, no second name
	}
	if looksLikeUnit(first) && looksLikeUnit(second) {
		return first, second, true
	}
	return "", "", false
}

// otherKind is a bracket that names the body standing in for the one before it where there is none
// of that ("各乡镇人民政府（街道办事处）", "各街镇（园区）", "市直各单位党委（党组）"): the two kinds are one
// party, not one body's two names.
var otherKind = mustCompile(`^(?:街道办事处|街道办|街道|园区|工业区|社区|党组|党工委|农场|林场)$`)

// otherKindAside gives a name with a bracket of the other kind after it (otherKind) without that
// bracket: "街镇（工业区）" is the towns' party, read as 街镇 is.
func otherKindAside(s string) (string, bool) {
	if !strings.HasSuffix(s, "）") {
		return "", false
	}
	i := strings.LastIndex(s, "（")
	if i <= 0 || !otherKind.MatchString(s[i+len("（"):len(s)-len("）")]) {
		return "", false
	}
	return s[:i], true
}

// splitAnd splits "市级各有关部门及各县市区政府" at 及 when both sides read as units.
func splitAnd(units []string) []string {
	var out []string
	for _, u := range units {
		out = append(out, splitAndOne(u)...)
	}
	return out
}

// placeOnly is a place's name alone, as a list item that shares the body of the last item:
// 海东市, 浦东新区, 闽侯县.
var placeOnly = mustCompile(`^\p{Han}{1,5}(?:市|州|区|县|旗|盟)$`)

// sharedBody gives the places a list names alone the body its last item names after its own place:
// "海东市、兰州市、临夏州发展改革部门" is each place's 发展改革部门, "嘉定区、松江区政府" each district's
// government. The last place must be of the same kind as the others (a district among districts, not a
// city above them, "嘉定区、青浦区、上海市公安局") and no zone ("鼓楼区、台江区、高新区管委会": a zone's
// 管委会 is its own).
func sharedBody(items []string) []string {
	n := len(items)
	if n < 2 {
		return items
	}
	var out []string
	for j := 1; j < n; j++ {
		place, body, ok := placeAndBody(items[j])
		if !ok || !bareBeforeIt(items[j-1], place) {
			continue
		}
		// The run of places named alone right before it shares its body: "A指挥部、哈尔滨、黑河、
		// 绥芬河市政府" is each city's 市政府, the 指挥部 its own.
		i := j - 1
		for i > 0 && bareBeforeIt(items[i-1], place) {
			i--
		}
		run := make([]string, 0, j-i)
		for _, it := range items[i:j] {
			run = append(run, withPlaceSuffix(it, place))
		}
		zones := isZone(place) && allZones(run) // "经开区、高新区、综保区管委会": each zone's
		if !zones && (!samePlaceKind(run, place) && !sameSuffix(run, place) || isZone(place) || body == "管委会") {
			continue
		}
		if out == nil {
			out = slices.Clone(items)
		}
		for k, it := range run {
			out[i+k] = it + body
		}
	}
	if out == nil {
		return items
	}
	return out
}

// sameSuffix reports whether every place of items ends as last does: cities and county-level cities
// alike write 市 ("哈尔滨、黑河、绥芬河市政府"), a district beside its city does not ("嘉定区、上海市公安局").
func sameSuffix(items []string, last string) bool {
	r, _ := utf8.DecodeLastRuneInString(last)
	for _, it := range items {
		if q, _ := utf8.DecodeLastRuneInString(it); q != r {
			return false
		}
	}
	return true
}

// placeAndBody splits a list item that names a place and then a body of it: 绥芬河市政府 is 绥芬河市
// and 政府, 临夏州发展改革部门 临夏州 and 发展改革部门.
func placeAndBody(item string) (place, body string, ok bool) {
	last := []rune(item)
	for k := 2; k <= 6 && k < len(last)-1; k++ {
		if !strings.ContainsRune("市州区县旗盟", last[k]) {
			continue
		}
		body := string(last[k+1:])
		if r := last[k+1]; strings.ContainsRune("市州区县旗盟省镇乡", r) || !looksLikeUnit(body) && !bareBody[body] {
			continue
		}
		return string(last[:k+1]), body, true
	}
	return "", "", false
}

// bareBeforeIt reports whether a list item before place's item names a place alone: 海东市, or a
// place the list writes without its suffix (哈尔滨 before 绥芬河市政府, a city the places table knows).
func bareBeforeIt(item, place string) bool {
	if strings.HasPrefix(item, "各") {
		return false
	}
	return placeOnly.MatchString(item) || withPlaceSuffix(item, place) != item
}

// withPlaceSuffix is a place written without its suffix given the suffix of the place after it, when
// the places table knows it so (哈尔滨 before 绥芬河市 is 哈尔滨市); item itself otherwise.
func withPlaceSuffix(item, place string) string {
	if placeOnly.MatchString(item) {
		return item
	}
	r, _ := utf8.DecodeLastRuneInString(place)
	if n := utf8.RuneCountInString(item); n < 2 || n > 4 || !allHan(item) {
		return item
	}
	if full := item + string(r); PlaceLevel(full) != "" {
		return full
	}
	return item
}

// placeBodies are the bodies every place has, longest first: a list writes a place's second body
// bare after its first ("各县（市、区）党委、政府", "各乡镇党委、政府", "某县人民政府、管委会").
var placeBodies = []string{"人民政府", "党工委", "管委会", "办事处", "党委", "政府"}

// placesBody joins a bare body (政府, 管委会, 党委 …) to the item before it when that item is a
// place's body: "各县（市、区）党委、政府" and "各乡镇党委、政府" are one party each (the places' two
// bodies, as the role forms write them). A body word alone names no party anyone can be asked about.
func placesBody(items []string) []string {
	var out []string
	for _, it := range items {
		if n := len(out); n > 0 && slices.Contains(placeBodies, withoutBrackets(cleanUnit(it))) {
			// The bodies may carry their streets' kind in brackets: "各镇（街道）党（工）委、政府（办事处）".
			prev := withoutBrackets(cleanUnit(out[n-1]))
			if slices.ContainsFunc(placeBodies, func(b string) bool {
				place, ok := strings.CutSuffix(prev, b)
				return ok && place != "" && place != "各"
			}) {
				out[n-1] = cleanUnit(out[n-1]) + "、" + cleanUnit(it)
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// withoutBrackets is s less what it writes in brackets: "各镇（街道）党（工）委" → "各镇党委".
func withoutBrackets(s string) string {
	if !strings.Contains(s, "（") {
		return s
	}
	return bracketedPart.ReplaceAllString(s, "")
}

var bracketedPart = mustCompile(`（[^（）]*）`)

// allZones reports whether every item is a zone (isZone).
func allZones(items []string) bool {
	for _, it := range items {
		if !isZone(it) {
			return false
		}
	}
	return true
}

// samePlaceKind reports whether every place of items is of last's level: county-level places
// (districts, counties, county-level cities: "新会区、台山市、开平市人民政府") among county-level ones,
// cities among cities ("海东市、临夏州发展改革部门"); not districts beside their city ("嘉定区、青浦区、
// 上海市公安局").
func samePlaceKind(items []string, last string) bool {
	kind := placeKind(last)
	for _, it := range items {
		if placeKind(it) != kind {
			return false
		}
	}
	return true
}

// placeKind is a place's level (PlaceLevel), or for a place the table does not hold, by its last
// character: 区 and 县 are county-level, 市, 州 and 盟 cities.
func placeKind(place string) string {
	if lv := PlaceLevel(place); lv != "" {
		return lv
	}
	if r, _ := utf8.DecodeLastRuneInString(place); strings.ContainsRune("区县旗", r) {
		return LevelDistrict
	}
	return LevelCity
}

// bareBody are bodies named without their place: after 和 they belong to the place before it, so
// "各县（市、区）党委和人民政府" and "高新区党工委和管委会" are each one party.
var bareBody = map[string]bool{"人民政府": true, "政府": true, "管委会": true, "党委": true, "党工委": true, "办事处": true,
	// A bare class after 和 shares the 各 before it: "各有关部门和单位" is one party.
	"单位": true, "部门": true, "机构": true}

// otherParties opens parties beside the ones named: 其他, 其它, 其余.
var otherParties = mustCompile(`^其(?:他|它|余)`)

// splitAndOne splits one item at 及, 和 or 与 when the part before reads as a unit and the part after
// as a party: "环保厅和内蒙古电力监管办及相关盟市" → 环保厅, 内蒙古电力监管办, 相关盟市; "经济和信息化委" stays.
func splitAndOne(u string) []string {
	for _, sep := range []string{"及", "和", "与", "以及"} {
		for i := 0; i < len(u); {
			k := strings.Index(u[i:], sep)
			if k < 0 {
				break
			}
			a, b := u[:i+k], u[i+k+len(sep):]
			if sep != "与" && sep != "和" && strings.HasPrefix(b, "其") && !otherParties.MatchString(b) {
				// "区政府及其工作部门", "各乡镇及其所属单位": a body with its own, one party (not "…及其他
				// 相关部门", others beside it).
				i += k + len(sep)
				continue
			}
			// A place named as a party ("岳麓区和市直相关单位", "鹿城区和瓯海区") parts from a group, a unit
			// or a place after it.
			// A body the places share ("某某市和某某县联合指挥部") is one party.
			joint := strings.Contains(b, "联合") || strings.Contains(b, "共同")
			place := !joint && !strings.HasPrefix(a, "各") && placeParty.MatchString(a) && (groupParty.MatchString(cleanUnit(b)) || looksLikeUnit(b) || placeParty.MatchString(b))
			if (looksLikeUnit(a) || place || strings.HasPrefix(a, "各") && groupParty.MatchString(cleanUnit(a))) && !bareBody[cleanUnit(b)] && (place || looksLikeUnit(b) || strings.HasPrefix(b, "各") || groupParty.MatchString(cleanUnit(b)) || len(splitAndOne(b)) > 1) {
				return append(splitAndOne(a), splitAndOne(b)...)
			}
			i += k + len(sep)
		}
	}
	return []string{u}
}

// stripCity drops the issuing city's own name from the front of a unit: with city 衢州市,
// "衢州市商务局" becomes "市商务局"; with 温州市鹿城区, "鹿城区发改局" becomes "区发改局".
func stripCity(name, city string) string {
	for _, form := range cityPrefixForms(city) {
		if rest, ok := strings.CutPrefix(name, form.full); ok && rest != "" {
			return form.level + rest
		}
	}
	return name
}

// regionLevel writes an autonomous region's own level in full in a plan of the region: its plans
// write its departments now "自治区发展改革委", now "区发展改革委" (and stripCity leaves 区 of
// "广西壮族自治区发展改革委"), and a region has no district of its own level, so both are one body,
// 自治区发展改革委. 区直 (the region's departments as a group), 区县 and 区域 stay as written.
func regionLevel(name, city string) string {
	if !strings.HasSuffix(city, "自治区") || ProvinceOf(city) != city {
		return name
	}
	rest, ok := strings.CutPrefix(name, "区")
	if !ok || rest == "" || strings.HasPrefix(rest, "直") || strings.HasPrefix(rest, "县") || strings.HasPrefix(rest, "域") || strings.HasPrefix(rest, "内") {
		return name
	}
	return "自治区" + rest
}

type cityForm struct{ full, level string }

// cityPrefixForms lists the spellings of a city's name that may lead a unit name, longest first.
func cityPrefixForms(city string) []cityForm {
	var out []cityForm
	parts := SplitAdmin(city)
	for i := range parts {
		whole := strings.Join(parts[i:], "")
		last := parts[len(parts)-1]
		lvl := adminLevel(last)
		if lvl == "" {
			continue
		}
		out = append(out, cityForm{whole, lvl})
	}
	return out
}

// splitAdmin splits "温州市鹿城区" into ["温州市", "鹿城区"].
func SplitAdmin(city string) []string {
	var parts []string
	var b strings.Builder
	rs := []rune(city)
	for i, r := range rs {
		b.WriteRune(r)
		// 州 ends a level only in 自治州: 衢州, 湖州 and 温州 are names.
		isLevel := strings.ContainsRune("省市区县盟旗", r) || (r == '州' && i > 0 && (rs[i-1] == '治' || i >= 2 && knownPlace(b.String())))
		if isLevel && i+2 == len(rs) && strings.ContainsRune("区县市", rs[i+1]) && knownPlace(b.String()+string(rs[i+1])) {
			isLevel = false // 沙县区: a county become a district keeps 县 in its name
		}
		if isLevel && utf8.RuneCountInString(b.String()) >= 2 && i+1 < len(rs) {
			parts = append(parts, b.String())
			b.Reset()
		}
	}
	if b.Len() > 0 {
		parts = append(parts, b.String())
	}
	return parts
}

func adminLevel(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("省市区县盟旗", r) || strings.HasSuffix(s, "自治州") {
		return string(r)
	}
	return ""
}

// CityForms lists what people type for a city: "温州市鹿城区" gives 温州市鹿城区, 温州鹿城区, 温州鹿城,
// 鹿城区, 鹿城; "衢州市" gives 衢州市, 衢州; "上海市浦东新区" gives 浦东 too, "黔东南苗族侗族自治州"
// 黔东南州. Longest first.
func CityForms(city string) []string {
	parts := SplitAdmin(city)
	if len(parts) == 0 {
		return nil // a plan that names no place
	}
	short := TrimLevel
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(city)
	if len(parts) > 1 {
		var shorts []string
		for _, p := range parts {
			shorts = append(shorts, short(p))
		}
		add(strings.Join(shorts[:len(shorts)-1], "") + parts[len(parts)-1])
		add(strings.Join(shorts, ""))
		add(parts[len(parts)-1])
	}
	last := parts[len(parts)-1]
	add(short(last))
	// As people say them: an autonomous prefecture by its short name with 州 (黔东南州, 湘西州: how
	// it signs), a new area without 新区 (浦东 of 浦东新区; not 兰州 of 兰州新区, which is 兰州市's).
	if strings.HasSuffix(last, "自治州") {
		add(short(last) + "州")
	}
	if base, ok := strings.CutSuffix(last, "新区"); ok && utf8.RuneCountInString(base) >= 2 && !knownPlace(base) &&
		!knownPlace(base+"市") && !knownPlace(base+"县") && !knownPlace(base+"区") {
		add(base)
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// autonomousExpr is an autonomous place's name: its short name, the peoples, 自治区/州/县/旗.
var autonomousExpr = mustCompile(`^(\p{Han}{2,}?)(?:维吾尔|(?:\p{Han}{1,3}族)+)?自治[区州县旗]$`)

// TrimLevel drops the level character from a place name longer than two characters:
// "衢州市" → "衢州", "鹿城区" → "鹿城"; "衢江" stays; an autonomous place loses its peoples too:
// "内蒙古自治区" → "内蒙古", "恩施土家族苗族自治州" → "恩施".
func TrimLevel(s string) string {
	if strings.HasSuffix(s, "自治州") && utf8.RuneCountInString(s) > 5 {
		return prefectureName(s) // 黔东南 of 黔东南苗族侗族自治州, not 黔东
	}
	if strings.Contains(s, "自治") {
		if m := autonomousExpr.FindStringSubmatch(s); m != nil {
			return m[1]
		}
	}
	if utf8.RuneCountInString(s) > 2 && adminLevel(s) != "" {
		return string([]rune(s)[:utf8.RuneCountInString(s)-1])
	}
	if n := utf8.RuneCountInString(s); n > 2 && strings.HasSuffix(s, "州") {
		return string([]rune(s)[:n-1]) // an autonomous prefecture's short name: 楚雄州, 黔东南州
	}
	return s
}

// UnitBody returns a unit name without its level prefix: "市商务局" → "商务局". A name without one
// is returned as it is.
func UnitBody(name string) string {
	if levelless(name) {
		return name
	}
	for _, p := range levelPrefixes {
		if body, ok := strings.CutPrefix(name, p); ok && body != "" {
			return body
		}
	}
	return name
}

// levelless: a name that starts with a level's character as part of a word (市场监督管理局, 区域
// 发展中心, 县域经济办): no level is written.
func levelless(name string) bool {
	for _, w := range []string{"市场", "区域", "县域", "镇域"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	return false
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
