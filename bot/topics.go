package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/retrieval"
)

// This file decides which tasks a topic names: a term as written, in its near forms (a generic
// head dropped, a synonym or abbreviation of the plans' words), or with its characters in order
// inside one clause; and never as a straddle of two more frequent words (家政 in 国家政策).

// genericHeads are words that end a topic without narrowing it: 家政服务 is about 家政.
var genericHeads = []string{"服务", "方面", "相关", "有关", "领域", "工作", "问题", "事项", "情况"}

// actionWords are the verbs people put after what they mean ("新生代企业家培养"); the plans say the
// same work with other verbs (培育, 加快发展), so the thing without its verb names it too, when that is
// still specific: three characters or more, or a word rare in the plans. A verb before it stays
// ("培养紧缺高技能人才" is that item, not every text that names 紧缺高技能人才).
var actionWords = []string{"培养", "培育", "建设", "发展", "推进", "加强", "加快", "支持", "推动", "实施", "开展", "打造", "提升", "促进", "引进", "创建", "落实", "完善", "优化", "做好", "抓好"}

// topicVariants are the forms of a topic term, held inside it, that count as naming it: the term,
// the term without a generic head (家政服务 → 家政, 养老方面 → 养老) or without the verb after it
// (新生代企业家培养 → 新生代企业家); without 经济 too when what is left is a rare word in the plans
// (低空经济 → 低空, but 数字经济 stays: 数字 is everywhere).
func topicVariants(term string, pairs map[string]int) []string {
	out := []string{term}
	specific := func(stem string) bool {
		n := utf8.RuneCountInString(stem)
		return n >= 3 || n == 2 && pairs != nil && pairs[stem] > 0 && pairs[stem] <= rareWord
	}
	for _, head := range genericHeads {
		if stem, ok := strings.CutSuffix(term, head); ok && utf8.RuneCountInString(stem) >= 2 {
			out = append(out, stem)
		}
	}
	for _, verb := range actionWords {
		if stem, ok := strings.CutSuffix(term, verb); ok && specific(stem) {
			out = append(out, stem)
		}
	}
	for _, head := range []string{"经济"} {
		if stem, ok := strings.CutSuffix(term, head); ok && utf8.RuneCountInString(stem) == 2 && pairs != nil && pairs[stem] > 0 && pairs[stem] <= rareWord {
			out = append(out, stem)
		}
	}
	return out
}

// rareWord is how often a two-character word may occur in the plans' sample and still name a topic
// on its own.
const rareWord = 40

// holds reports whether text names term as a word: somewhere it occurs not as a straddle of two
// more frequent words (家政 in 国家政策 is 国家 + 政策).
func holds(text, term string, pairs map[string]int) bool {
	from := 0
	for {
		i := indexText(text[from:], term)
		if i < 0 {
			return false
		}
		i += from
		if !straddles(text, i, i+len(term), term, pairs) {
			return true
		}
		from = i + len(term)
	}
}

// indexText is strings.Index(s, sub), faster for a sub that opens with a character of two bytes or
// more (every Chinese term): it looks for sub's second byte, one of 64 that follow a lead byte,
// rather than its first, which in Chinese text is one of a few leads that open most characters
// (strings.Index stops at nearly every character of a plan's text). Every topic asked of every plan
// reads the text of each task the signatures let through this way.
func indexText(s, sub string) int {
	if len(sub) < 2 || sub[0] < 0xC0 || sub[1]&0xC0 != 0x80 {
		return strings.Index(s, sub)
	}
	c := sub[1]
	for i := 1; i < len(s); i++ {
		o := strings.IndexByte(s[i:], c)
		if o < 0 {
			return -1
		}
		i += o
		if at := i - 1; len(s)-at >= len(sub) && s[at:at+len(sub)] == sub {
			return at
		}
	}
	return -1
}

// straddles reports whether the occurrence text[i:j] of term begins inside a word with the character
// before it and ends inside one with the character after it, both words more frequent in the plans
// than term's own first and last pairs.
func straddles(text string, i, j int, term string, pairs map[string]int) bool {
	if n := utf8.RuneCountInString(term); n < 2 || n > 3 || pairs == nil {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.Is(unicode.Han, before) || !unicode.Is(unicode.Han, after) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(term)
	last, _ := utf8.DecodeLastRuneInString(term)
	tr := []rune(term)
	own := min(pairs[string(tr[:2])], pairs[string(tr[len(tr)-2:])])
	left := pairs[string([]rune{before, first})]
	right := pairs[string([]rune{last, after})]
	return left > own && right > own
}

// nearWords are the plans' words for what people call otherwise: abbreviations (综保区, 固投, 社零),
// everyday names (外贸 for 进出口) and the plans' own near synonyms (培养 and 培育). A term is matched
// in any of them.
var nearWords = map[string][]string{
	"GDP":      {"地区生产总值", "生产总值"},
	"增速":       {"增长", "增幅"},
	"生产总值":     {"GDP"},
	"地区生产总值":   {"GDP", "生产总值"},
	"能耗":       {"能源消耗"},
	"外资":       {"外商投资"},
	"PM2.5":    {"细颗粒物"},
	"综保区":      {"综合保税区"},
	"固投":       {"固定资产投资"},
	"营收":       {"营业收入", "营业总收入"},
	"社零":       {"社会消费品零售总额", "社会消费品零售"},
	"社零总额":     {"社会消费品零售总额"},
	"消费品零售":    {"社会消费品零售"},
	"外贸":       {"进出口", "对外贸易", "国际贸易"},
	"饮水":       {"饮用水"}, // 农村饮水安全 and 生活饮用水卫生: people say either
	"饮用水":      {"饮水"},
	"进出口":      {"外贸"},
	"科创":       {"科技创新"},
	"规上":       {"规模以上"},
	"文旅":       {"文化旅游", "文化和旅游"},
	"双创":       {"创新创业"},
	"电商":       {"电子商务"},
	"医保":       {"医疗保险", "医疗保障"},
	"托育":       {"托位", "婴幼儿照护"},
	"社保":       {"社会保险", "社会保障"},
	"户厕":       {"户用卫生厕所", "户用厕所", "户用卫生厕", "户用无害化卫生厕所", "农村卫生厕所"},
	"跨境电商":     {"跨境电子商务"},
	"新能源车":     {"新能源汽车"},
	"充电桩":      {"充换电", "充电设施", "充电基础设施"},
	"研发":       {"研究开发"},
	"营商":       {"营商环境"},
	"招商":       {"招商引资"},
	"引才":       {"招才引智", "人才引进", "引进人才"},
	"培养":       {"培育"},
	"培育":       {"培养"},
	"机顶盒":      {"机顶盒"},
	"财政收入":     {"一般公共预算收入", "公共财政收入"},
	"一般公共预算收入": {"公共财政收入", "财政收入"},
	"居民收入":     {"居民人均可支配收入"},
	// Farmers' income is counted as the rural residents' (农村居民人均可支配收入).
	"农民收入":   {"农村居民人均可支配收入", "农村居民收入", "农民人均可支配收入"},
	"农民人均收入": {"农村居民人均可支配收入", "农民人均可支配收入"},
	// The commissions, offices and bureaus as a class, written as a list of their endings.
	"委办局":  {"委、办、局", "委办局"},
	"失业率":  {"调查失业率", "登记失业率"},
	"物价":   {"居民消费价格"},
	"养老":   {"敬老院", "养老院", "老年人"},
	"住房改造": {"棚户区改造", "老旧小区改造", "危房改造", "农房改造"},
	"报备":   {"备案"},
	"减排":   {"排放", "减少排放"}, // 污染物减排 is the plans' 污染物排放 (总量) target
	"促消费":  {"促进消费", "扩大消费", "消费"},
	"促进消费": {"促消费"}, // the plans shorten it: "促消费活动"
	"促进就业": {"促就业"},
	"促就业":  {"促进就业", "就业"},
	"稳就业":  {"就业"},
	"扩内需":  {"扩大内需", "内需"},
	"备案":   {"报备"},
	"制定":   {"制订"},
	"制订":   {"制定"},
	"CPI":  {"居民消费价格"},
	"买房":   {"购房", "购买住房"},
	"防诈":   {"诈骗", "反诈"},
	"反诈":   {"诈骗", "防诈"},
	"购房":   {"买房"},
	"报送":   {"上报", "报告", "汇报", "报市", "报县", "报区", "报省"},
	"上报":   {"报送", "报告", "汇报"},
	"汇报":   {"报送", "上报", "报告"},
	"推进情况": {"进展情况", "完成情况", "进度"},
	"大学生":  {"高校毕业生", "大学毕业生"},
	"房子":   {"住房", "房屋"},
	"电瓶车":  {"电动自行车"},
	// The stubble a harvest leaves, as plans write it of its crop: 麦茬, 稻茬 (留茬高度).
	"留茬": {"麦茬", "稻茬", "茬高"},
	"公厕": {"公共厕所"},
	"厕所": {"公厕", "改厕", "户厕"},
	"评审": {"审核", "审查"},
	"申报": {"申请"},
	"招工": {"用工", "招聘"},
	// Money set aside for a work: plans write 经费 and 资金 alike ("消费促进资金5000万元").
	"经费": {"资金"},
	// Tea as a crop is written by where or how it grows: 茶园, 茶产业, 茶业.
	"茶叶": {"茶园", "茶产业", "茶业", "茶叶"},
	// Work for enterprises written short: 惠企 (benefiting them), 涉企 (concerning them), 助企.
	"企业": {"惠企", "涉企", "助企", "援企", "稳企"},
	// A listed company and a company's listing are the same work, said either way round.
	"上市企业": {"企业上市", "上市公司"},
	"上市公司": {"上市企业", "企业上市"},
	"企业上市": {"上市企业", "上市公司"},
	// A contest as people call it (比赛) is the plans' 大赛, 竞赛 or 赛事; one holds it (举办) as plans
	// write 举行 too.
	"比赛": {"大赛", "竞赛", "赛事"},
	"举办": {"举行"},
	"举行": {"举办"},
}

// nearForms are every form a term is matched in: its variants and their near words.
func nearForms(term string, pairs map[string]int) []string {
	out := topicVariants(term, pairs)
	for _, v := range out {
		for _, n := range nearWords[v] {
			if !contains(out, n) {
				out = append(out, n)
			}
		}
	}
	// A near word inside a longer term: 买房补贴 is 购房补贴 too.
	for _, k := range nearInside {
		if term == k || !strings.Contains(term, k) {
			continue
		}
		for _, n := range nearWords[k] {
			if f := strings.Replace(term, k, n, 1); !contains(out, f) {
				out = append(out, f)
			}
		}
	}
	if strings.Contains(term, "+") {
		out = append(out, fullWidthPlus(term))
	}
	return out
}

// fullWidthPlus is term with a plus typed half-width written as plans print it: “互联网＋政务服务”.
func fullWidthPlus(term string) string { return strings.ReplaceAll(term, "+", "＋") }

// inside reports whether form was built from term by replacing a near word inside it (not a
// variant cut from it, nor a whole synonym).
func inside(term, form string) bool {
	for _, k := range nearInside {
		if term != k && strings.Contains(term, k) {
			for _, n := range nearWords[k] {
				if form == strings.Replace(term, k, n, 1) {
					return true
				}
			}
		}
	}
	return false
}

// withNearWords is s with each everyday word of nearInside in it written as the plans write it
// (买房 → 购房), s when it has none.
func withNearWords(s string) string {
	for _, k := range nearInside {
		if ns := nearWords[k]; len(ns) > 0 && strings.Contains(s, k) {
			s = strings.ReplaceAll(s, k, ns[0])
		}
	}
	return s
}

// nearInside are the near words also replaced inside a longer term: everyday words people build
// longer names with.
var nearInside = []string{"买房", "外贸", "电商", "医保", "社保", "文旅", "双创", "科创", "规上", "防诈", "反诈", "大学生", "房子", "电瓶车", "招工", "户厕", "委办局", "减排", "经费"}

// topicMatch reports whether a task's text names every topic term: as written, in a variant or
// synonym, or (a term of three characters or more) with its characters in order inside one clause
// ("居民收入" in 居民人均可支配收入, "单位GDP能耗" in 单位GDP综合能耗).
func topicMatch(r retrieval.TaskRef, terms []string, pairs map[string]int) bool {
	return newTopicMatcher(terms, pairs).match(r)
}

// topicMatcher is topicMatch for many tasks: each term's near forms worked out once.
type topicMatcher struct {
	terms []string
	forms [][]string
	pairs map[string]int
	// sigs, when set, tell a task whose signature lacks every form of a term as written: only the
	// term's characters in order (gapHolds) can match it there, and its forms are not looked for.
	sigs  topicSigs
	exact [][][]uint64 // per term, the signature items of each form (exact[i][j] those of forms[i][j])
	chars [][]uint64   // per term, the signature items of its characters alone
	// asWritten, per term: quoted in the question, so not matched by its characters spread out.
	asWritten []bool
	// Per term, what match reads of it for every task, worked out once: whether it is long enough
	// to be matched spread out (three characters or more), its near forms built inside it that are
	// matched spread out as it is, and its words the other way round (objectFirst, verbFirst).
	long      []bool
	inForms   [][]string
	objFirst  []string
	verbFirst []string
}

// literal is m with the terms the question quoted matched as written (and in their near forms) only.
func (m topicMatcher) literal(quoted []string) topicMatcher {
	if len(quoted) == 0 {
		return m
	}
	m.asWritten = make([]bool, len(m.terms))
	for i, t := range m.terms {
		m.asWritten[i] = slices.Contains(quoted, t)
	}
	return m
}

func (m topicMatcher) spreadOK(i int) bool { return m.asWritten == nil || !m.asWritten[i] }

// withSigs is m reading the tasks' signatures first.
func (m topicMatcher) withSigs(sigs topicSigs) topicMatcher {
	if sigs == nil {
		return m
	}
	m.sigs = sigs
	m.exact = make([][][]uint64, len(m.terms))
	m.chars = make([][]uint64, len(m.terms))
	var n termNeed
	for i, t := range m.terms {
		m.exact[i] = n.formNeeds(m.forms[i])
		m.chars[i] = n.charNeed(t)
	}
	if n.open {
		m.sigs, m.exact, m.chars = nil, nil, nil // a form the signatures cannot narrow
	}
	return m
}

// formMay reports, per the signatures, whether task idx of s may hold form j of term i as written.
func (m topicMatcher) formMay(s *taskSigs, idx, i, j int) bool {
	return s == nil || idx < 0 || s.has(idx, m.exact[i][j])
}

// charsMay reports, per the signatures, whether task idx of s may hold every character of term i:
// what its characters spread out (spreadHolds), or put in another order (objectFirst, verbFirst),
// need.
func (m topicMatcher) charsMay(s *taskSigs, idx, i int) bool {
	return s == nil || idx < 0 || s.has(idx, m.chars[i])
}

func newTopicMatcher(terms []string, pairs map[string]int) topicMatcher {
	m := topicMatcher{terms: terms, forms: make([][]string, len(terms)), pairs: pairs,
		long: make([]bool, len(terms)), inForms: make([][]string, len(terms)),
		objFirst: make([]string, len(terms)), verbFirst: make([]string, len(terms))}
	for i, t := range terms {
		m.forms[i] = nearForms(t, pairs)
		m.long[i] = utf8.RuneCountInString(t) >= 3
		for _, f := range m.forms[i][1:] {
			// A near form built inside the term ("防诈宣传活动" → "诈骗宣传活动") spread as the term is.
			if utf8.RuneCountInString(f) >= 4 && inside(t, f) {
				m.inForms[i] = append(m.inForms[i], f)
			}
		}
		m.objFirst[i], m.verbFirst[i] = objectFirst(t), verbFirst(t)
	}
	return m
}

func (m topicMatcher) match(r retrieval.TaskRef) bool {
	var s *taskSigs
	idx := -1
	if m.sigs != nil {
		if s = m.sigs[r.Doc]; s != nil {
			idx = taskIndex(r.Doc, r.Task)
		}
	}
	for i, t := range m.terms {
		ok := false
		for j, v := range m.forms[i] {
			// A form whose characters and pairs the signature lacks is in neither the title nor
			// the text: it is not looked for.
			if m.formMay(s, idx, i, j) && (holds(r.Task.Title, v, m.pairs) || holds(r.Task.Text, v, m.pairs)) {
				ok = true
				break
			}
		}
		// The term spread out, or its words the other way round, holds each of its characters.
		chars := ok || m.charsMay(s, idx, i)
		if !ok && chars && m.spreadOK(i) && m.long[i] && (spreadHolds(r.Task.Title, t) || spreadHolds(r.Task.Text, t)) {
			ok = true
		}
		for _, f := range m.inForms[i] {
			// A near form built inside the term ("防诈宣传活动" → "诈骗宣传活动") spread as the term is.
			if ok || !m.spreadOK(i) {
				break
			}
			ok = gapHolds(r.Task.Title, f) || gapHolds(r.Task.Text, f)
		}
		if !ok && chars && len(t) <= 3*len("乡") && (bracketHolds(r.Task.Title, t) || bracketHolds(r.Task.Text, t)) {
			ok = true // 乡镇 in 各乡（镇、街道）
		}
		if !ok && chars && m.spreadOK(i) {
			if inv := m.objFirst[i]; inv != "" && (gapHolds(r.Task.Title, inv) || gapHolds(r.Task.Text, inv)) {
				ok = true
			}
		}
		if !ok && chars && m.spreadOK(i) {
			if inv := m.verbFirst[i]; inv != "" && (gapHolds(r.Task.Title, inv) || gapHolds(r.Task.Text, inv)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// bracketHolds reports whether text names term as a name written with its alternatives in brackets
// after one character, as plans write a group of places: 各乡（镇、街道） names 乡镇 and 乡街道, 各县（市、区）
// 县市 and 县区 — the character before the bracket with one alternative, as people say them. Only the
// places where term's first character stands before a bracket are read.
func bracketHolds(text, term string) bool {
	head, size := utf8.DecodeRuneInString(term)
	alts := term[size:]
	if size == 0 || alts == "" || !unicode.Is(unicode.Han, head) {
		return false
	}
	for _, open := range []string{string(head) + "（", string(head) + "("} {
		for from := 0; ; {
			i := indexText(text[from:], open)
			if i < 0 {
				break
			}
			from += i + len(open)
			end := strings.IndexAny(text[from:], "）)")
			if end < 0 {
				break
			}
			inner := text[from : from+end]
			if !strings.ContainsAny(inner, "、，,") {
				continue // 市（县）: one alternative, read by alternativeForms where it is a unit's name
			}
			for _, a := range strings.FieldsFunc(inner, func(r rune) bool { return strings.ContainsRune("、，,", r) }) {
				if a == alts {
					return true
				}
			}
		}
	}
	return false
}

// lastVerbs are two-character verbs people put after what they act on (公积金提取, 房屋整治); the
// plans put them first (提取住房公积金, 整治危旧房屋).
var lastVerbs = []string{"提取", "申请", "办理", "发放", "整治", "治理", "改造", "审批", "登记", "认定", "缴存", "领取"}

// verbFirst is a term that ends with one of lastVerbs, its verb put first ("公积金提取" → "提取公积金");
// "" for any other term.
func verbFirst(term string) string {
	for _, v := range lastVerbs {
		if stem, ok := strings.CutSuffix(term, v); ok && utf8.RuneCountInString(stem) >= 2 {
			return v + stem
		}
	}
	return ""
}

// shortVerbs are one-character verbs people put before what they act on (报进展, 开例会, 交材料);
// the plans put the thing first and the verb after it (进展情况报送, 例会由县长主持召开).
const shortVerbs = "报交送开办发写"

// objectFirst is a term that starts with a short verb written the plans' way round, the verb after
// its object ("报进展" → "进展报"); "" for any other term.
func objectFirst(term string) string {
	rs := []rune(term)
	if len(rs) < 3 || !strings.ContainsRune(shortVerbs, rs[0]) {
		return ""
	}
	return string(rs[1:]) + string(rs[0])
}

// spreadHolds reports whether term's characters occur in one clause of text in order (gapHolds), or
// with its first two words the other way round: 光伏新增装机 is 新增光伏装机容量, 服务消费扩大 is 扩大服务消费.
func spreadHolds(text, term string) bool {
	if gapHolds(text, term) {
		return true
	}
	rs := []rune(term)
	if len(rs) < 5 || len(rs) > 8 {
		return false // 安全数据 is not 数据安全: a two-word term swapped means another thing
	}
	// The two words swapped stand together ("新增光伏"), so that a word's halves do not count
	// (房地产业 is not 产业 … 房地产).
	swapped := string(rs[2:4]) + string(rs[:2])
	return strings.Contains(text, swapped) && gapHolds(text, swapped+string(rs[4:]))
}

// gapHolds reports whether the characters of term occur in text in order, inside one clause, spread
// over no more than twice the term's length: the plans put words between a term's parts.
func gapHolds(text, term string) bool {
	// No test that text holds each character first: the scan below finds them or not, and the
	// tasks that reach it hold them all by their signatures (four scans of the text a term of
	// four characters cost most of a topic asked of every plan).
	for _, r := range term {
		if isClauseEnd(r) {
			return false // a clause holds no clause end
		}
	}
	tr := []rune(term)
	if len(tr) == 0 {
		return false
	}
	limit := 2*len(tr) + 1
	for from := 0; ; {
		i := strings.IndexRune(text[from:], tr[0])
		if i < 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(text[from+i:])
		from += i + size
		if inOrder(text[from:], tr[1:], limit) {
			return true
		}
	}
}

// clauseEnds are the characters that end a clause.
const clauseEnds = "，,。；;！？!?\n"

// isClauseEnd reports whether r is one of clauseEnds.
func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// inOrder reports whether want occurs in order among the first n-1 characters of text, before the
// clause ends.
func inOrder(text string, want []rune, n int) bool {
	k, j := 0, 1
	for _, r := range text {
		if k == len(want) || j >= n || isClauseEnd(r) {
			break
		}
		if r == want[k] {
			k++
		}
		j++
	}
	return k == len(want)
}

// splitMatch reports whether a task holds a term no task holds whole as two words of it, in one
// sentence ("外贸进出口": 外贸 and 进出口; "智慧养老服务": 智慧 and 养老): people join words the plans
// write apart. Each part is matched in its near forms.
func splitMatch(r retrieval.TaskRef, term string, pairs map[string]int) bool {
	rs := []rune(term)
	if len(rs) < 4 {
		return false
	}
	for cut := 2; cut+2 <= len(rs); cut++ {
		left, right := string(rs[:cut]), string(rs[cut:])
		// The plan's own subject before what is asked ("服务业工作落实" in a 服务业 plan): the title
		// holds the first words, the task the rest (of three characters or more).
		// The title may put words between the subject's ("文物消防" of 文物建筑消防安全), and the rest may be
		// the task's heading ("文物消防检查阶段" → (三)检查阶段(9月)).
		if r.Doc != nil && len(rs)-cut >= 3 && (holdsAny(r.Doc.Title, nearForms(left, pairs), pairs) || cut >= 4 && gapHolds(r.Doc.Title, left)) &&
			(holdsAny(r.Task.Text, nearForms(right, pairs), pairs) || holdsAny(r.Task.Title, nearForms(right, pairs), pairs)) {
			return true
		}
		for _, text := range []string{r.Task.Title, r.Task.Text} {
			for _, snt := range sentences(text) {
				if holdsAny(snt, nearForms(left, pairs), pairs) && holdsAny(snt, nearForms(right, pairs), pairs) {
					return true
				}
			}
		}
	}
	return false
}

func holdsAny(text string, forms []string, pairs map[string]int) bool {
	for _, f := range forms {
		if holds(text, f, pairs) {
			return true
		}
	}
	return false
}
