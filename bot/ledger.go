package bot

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// This file reads the ledger (the parsed tasks) the way a liaison reads a plan: what counts as one
// of the plan's tasks, what the plan calls each unit, and which tasks a topic word really names.

// reSafeguard names the closing sections of a plan that say how the work is organised (保障措施,
// 工作机制) rather than what is to be done.
var reSafeguard = regexp.MustCompile(`保障措施|保障机制|组织保障|工作保障|工作机制|组织实施|组织领导|工作要求|推进机制|实施保障`)

// safeguard is reSafeguard.MatchString, the regexp run only on a heading that holds a word each of
// its names holds (保障, 机制, 组织, 工作要求): most headings hold none, and every task matched asks.
func safeguard(s string) bool {
	if !strings.Contains(s, "保障") && !strings.Contains(s, "机制") && !strings.Contains(s, "组织") && !strings.Contains(s, "工作要求") {
		return false
	}
	return reSafeguard.MatchString(s)
}

// reNote is a responsibility note written inside a task's text: (责任单位:…), 牵头部门:….
var reNote = regexp.MustCompile(`(?:责任单位|牵头单位|牵头部门|责任部门|参与部门|配合单位|参与单位|配合部门)\s*[:：]`)

// reClosingNote is a responsibility note in brackets that closes the item: "…（办公室牵头落实）",
// "（市发改委负责，各县配合）". The plan assigns the units it names, whatever the item's words say.
var reClosingNote = regexp.MustCompile(`[（(][^（）()]{1,80}(?:牵头|负责|配合|参与|落实)[^（）()]{0,12}[)）][。；;.\s]*$`)

// isMeasure reports whether a task is a safeguard measure rather than one of the plan's tasks: it
// sits under a 保障措施-like heading and the plan assigns it no units in a note (the units the
// parser found are named inside its sentences, "每月10日前由市发改委…通报", or there are none).
// Measures are not counted or listed as tasks; their recurring duties are still answered.
func isMeasure(t *plan.Task, names func(string) []string) bool {
	if !underSafeguard(t) {
		return false
	}
	if last := lastSection(t.Section); (strings.Contains(last, "职责") || strings.Contains(last, "分工")) && len(t.Lead) > 0 {
		return false // "三、组织领导 > （二）工作职责": each unit's share, as the plan assigns it
	}
	if unitsShare(t) {
		return false
	}
	if ownDeadline(t) {
		// "…等牵头单位应于6月10日前报送…", "（二）升级村级财务网上公开系统（10月31日前）": work the
		// plan dates, whoever it leaves it to.
		return false
	}
	units := t.Units()
	if len(units) == 0 {
		return true
	}
	for _, w := range t.Warnings {
		if strings.Contains(w, "own sentence") { // the parser says so: units read from a sentence
			return true
		}
	}
	if reNote.MatchString(t.Text) || reClosingNote.MatchString(t.Text) {
		return false
	}
	for _, u := range units {
		found := false
		for _, n := range names(u) {
			if strings.Contains(t.Text, n) || strings.Contains(t.Text, plan.UnitBody(n)) {
				found = true
				break
			}
		}
		if !found {
			return false // a unit from a note outside the text: the plan assigned it
		}
	}
	return true
}

// unitsShare reports whether a task under a safeguard heading is a unit's share of the work, as a
// division of labour writes it: its own heading names work, not a safeguard ("（一）开展统筹推进与顶层
// 设计", not "加强组织领导" or "强化督查考核"), and its words open with a unit it leads, by name
// ("市发展改革委负责零碳园区申报、评审和验收…"), not with every unit of a kind (各区要…).
func unitsShare(t *plan.Task) bool {
	if t.Title == "" || len(t.Lead) == 0 || reClosingWork.MatchString(t.Title) {
		return false
	}
	text := strings.TrimSpace(t.Text)
	body := text // a clause the parser split off its item, the item's heading its title
	if rest, ok := strings.CutPrefix(text, t.Title); ok {
		if !strings.ContainsAny(rest[:min(len(rest), 3)], "。.：:") {
			return false // no heading of its own: the title is its first words
		}
		body = strings.TrimLeft(rest, "。.：:；; \n")
	} else if strings.HasPrefix(text, strings.TrimSuffix(t.Title, "…")) {
		return false // its first words, cut short
	}
	for _, u := range t.Lead {
		if strings.HasPrefix(body, u) && !strings.ContainsAny(u, "各") && !strings.Contains(u, "有关") && !strings.Contains(u, "相关") && !reCoordinatingBody.MatchString(u) {
			return true
		}
	}
	return false
}

// reCoordinatingBody is a body set up to lead and coordinate (领导小组, 工作专班): leading it is how
// the work is organised.
var reCoordinatingBody = regexp.MustCompile(`领导小组|专班|指挥部|联席会议|委员会$`)

// reClosingWork is a heading of how the work is led and kept going, not of the work itself.
var reClosingWork = regexp.MustCompile(`^(?:强化|加强|健全|完善|严格|压实|落实)|领导|宣传|舆论|氛围|督查|督导|督促|考核|考评|监督|问责|保障|工作机制|推进机制|协调机制|长效机制|统筹协调|落实|责任|组织实施|组织保障|队伍|培训|总结|纪律|作风`)

// ownDeadline reports whether a task states a date of its own (not only the plan's period).
func ownDeadline(t *plan.Task) bool {
	for _, d := range t.Deadlines {
		if !d.Inherited {
			return true
		}
	}
	return false
}

func lastSection(s string) string {
	if i := strings.LastIndex(s, plan.SectionSep); i >= 0 {
		return s[i+len(plan.SectionSep):]
	}
	return s
}

// itemKey names the plan item a task belongs to: the parser splits an item whose clauses name
// their own units into tasks 3.2.1-1, 3.2.1-2 …; they are one item of the plan, counted once. Table
// rows (a1.3-2, in an attachment's table) are items of their own.
func itemKey(id string) string {
	doc, path, ok := strings.Cut(id, ":")
	if !ok || strings.HasPrefix(path, "a") {
		return id
	}
	if i := strings.LastIndexByte(path, '-'); i > 0 {
		return id[:len(doc)+1+i] // doc + ":" + path[:i], without a copy: a prefix of the id
	}
	return id
}

// ledger holds what the bot derives once per set of plans: how each plan writes each unit, and the
// character-pair counts that tell a word from a straddle.
type ledger struct {
	aliases *plan.Aliases

	mu      sync.Mutex
	surface map[*plan.Document]map[string]string
	measure map[*plan.Task]bool
	pairs   map[string]int
	order   map[*plan.Document]int // each plan's place: that of its first task
	// orderDocs are the plans order was made of, in its order, and places the tasks they hold.
	orderDocs []*plan.Document
	places    int
	sigs      topicSigs // the task signatures of the plans the ledger was made for

	namesMu   sync.Mutex // apart from mu: names is called under it
	nameLists map[string][]string

	// docs are the plans the ledger reads; bodyOfMeasures is, per plan ID, whether every task of the
	// plan sits under a safeguard-like heading (wholeSafeguard), worked out once.
	docs           []*plan.Document
	bodyOfMeasures map[string]bool
}

func newLedger(aliases *plan.Aliases) *ledger {
	return &ledger{aliases: aliases, surface: map[*plan.Document]map[string]string{}, measure: map[*plan.Task]bool{}}
}

// names returns every name of a canonical unit name: itself and its aliases, worked out once (the
// aliases are read whole for each).
func (l *ledger) names(u string) []string {
	l.namesMu.Lock()
	defer l.namesMu.Unlock()
	if n, ok := l.nameLists[u]; ok {
		return n
	}
	if l.nameLists == nil {
		l.nameLists = map[string][]string{}
	}
	n := l.aliases.Names(u)
	l.nameLists[u] = n
	return n
}

// isMeasure is isMeasure, remembered.
func (l *ledger) isMeasure(t *plan.Task) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	m, ok := l.measure[t]
	if !ok {
		m = isMeasure(t, l.names) && !l.wholeSafeguard(t)
		l.measure[t] = m
	}
	return m
}

// wholeSafeguard reports whether every task of t's plan sits under a heading reSafeguard names: a
// notice whose body is its 工作要求 ("关于发布2025年本市海绵城市建设工作要求的通知": 一、工作目标,
// 二、工作要求 (一)…(八)…) has those items as its tasks, not as the closing measures of other work; a
// plan with nothing else to do is not all measures. Called under l.mu.
func (l *ledger) wholeSafeguard(t *plan.Task) bool {
	if t.Doc == nil || len(l.docs) == 0 {
		return false
	}
	if l.bodyOfMeasures == nil {
		l.bodyOfMeasures = make(map[string]bool, len(l.docs))
		for _, d := range l.docs {
			all := len(d.Tasks) > 0
			for i := range d.Tasks {
				if !underSafeguard(&d.Tasks[i]) {
					all = false
					break
				}
			}
			l.bodyOfMeasures[d.ID] = all
		}
	}
	return l.bodyOfMeasures[t.Doc.ID]
}

// underSafeguard reports whether a task sits under a 保障措施-like heading, its top one or its own.
func underSafeguard(t *plan.Task) bool {
	return safeguard(plan.TopSection(t.Section)) || safeguard(lastSection(t.Section))
}

// unitName is how a plan writes a unit: the name among its canonical name and aliases that the
// plan's text uses most (衢州's plan writes 市发改委 for 市发展改革委). People know their units by
// the plan's words.
func (l *ledger) unitName(d *plan.Document, u string) string {
	if d == nil {
		return u
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	m := l.surface[d]
	if m == nil {
		m = map[string]string{}
		l.surface[d] = m
	}
	if s, ok := m[u]; ok {
		return s
	}
	names := l.names(u)
	best, bestN := u, 0
	if len(names) > 1 {
		sigs := l.sigs[d]
		for _, n := range names {
			c := 0
			need := sigNeed(n)
			for i := range d.Tasks {
				if sigs == nil || need == nil || sigs.has(i, need) { // a task whose signature lacks it holds none
					c += strings.Count(d.Tasks[i].Text, n)
				}
			}
			for _, para := range d.Paras {
				if para.TaskID == "" && (sigs == nil || need == nil || sigs.has(freeParas(d), need)) {
					c += strings.Count(para.Text, n)
				}
			}
			if c > bestN {
				best, bestN = n, c
			}
		}
	}
	// "宿州市地方金融监管局" where the parser keeps 市地方金融监管局: the plan writes the unit with its
	// own place before it wherever it names it, and so do the people who work there.
	if full := placedName(d, best); full != "" && textCount(d, full) == textCount(d, best) {
		best = full
	}
	m[u] = best
	return best
}

// placedName is u ("市地方金融监管局", "区建管委") with the name of the plan's own place of its level
// before it ("宿州市地方金融监管局", "长宁区建管委"), when the plan's text writes it so; else "".
func placedName(d *plan.Document, u string) string {
	level, size := utf8.DecodeRuneInString(u)
	if !strings.ContainsRune("市区县", level) || d.City == "" {
		return ""
	}
	place, start := "", 0
	for i, r := range d.City {
		if strings.ContainsRune("省市区县旗", r) { // not 州: 宿州市, 福州市
			if r == level {
				place = d.City[start : i+size]
			}
			start = i + utf8.RuneLen(r)
		}
	}
	if place == "" {
		return ""
	}
	full := place + u[size:]
	if textCount(d, full) == 0 {
		return ""
	}
	return full
}

// textCount is how often s stands in d's tasks and paragraphs (a note a task's text leaves out,
// "（责任单位：…宿州市地方金融监管局）", among them).
func textCount(d *plan.Document, s string) int {
	n := 0
	for i := range d.Tasks {
		n += strings.Count(d.Tasks[i].Text, s)
	}
	for _, para := range d.Paras {
		n += strings.Count(para.Text, s)
	}
	return n
}

// maxPairRunes caps the text the character-pair counts are taken from: a sample is enough to tell
// 国家 and 政策 from 家政.
const maxPairRunes = 2_000_000

// pairCounts counts the character pairs of the plans' task texts (a sample of them when there are
// many), once per set of plans. Pairs are counted by number and named once each at the end: a
// string a pair would cost most of the time.
func (l *ledger) pairCounts(docs []*plan.Document) map[string]int {
	return l.pairCountsOf(func() []*plan.Document { return docs })
}

// pairCountsOf is pairCounts of the plans docs lists, listed only when the counts are not made yet
// (a question asks for them each time; listing 10,000 plans was 80 KB of garbage a question).
func (l *ledger) pairCountsOf(docs func() []*plan.Document) map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.pairs != nil {
		return l.pairs
	}
	counts := map[uint64]int{}
	n := 0
	for _, d := range docs() {
		for i := range d.Tasks {
			var prev rune
			prevHan := false
			for _, r := range d.Tasks[i].Text {
				han := unicode.Is(unicode.Han, r)
				if prevHan && han {
					counts[uint64(uint32(prev))<<32|uint64(uint32(r))]++
				}
				prev, prevHan = r, han
				n++
			}
		}
		if n > maxPairRunes {
			break
		}
	}
	l.pairs = make(map[string]int, len(counts))
	for k, c := range counts {
		l.pairs[string([]rune{rune(k >> 32), rune(uint32(k))})] = c
	}
	return l.pairs
}
