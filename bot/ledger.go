package bot

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// This file reads the ledger (the parsed tasks) the way a liaison reads a plan: what counts as one
// of the plan's tasks, what the plan calls each unit, and which tasks a topic word really names.

// reSafeguard names the closing sections of a plan that say how the work is organised (保障措施,
// 工作机制) rather than what is to be done.
var reSafeguard = regexp.MustCompile(`保障措施|保障机制|组织保障|工作保障|工作机制|组织实施|组织领导|工作要求|推进机制|实施保障`)

// reNote is a responsibility note written inside a task's text: (责任单位:…), 牵头部门:….
var reNote = regexp.MustCompile(`(?:责任单位|牵头单位|牵头部门|责任部门|参与部门|配合单位|参与单位|配合部门)\s*[:：]`)

// isMeasure reports whether a task is a safeguard measure rather than one of the plan's tasks: it
// sits under a 保障措施-like heading and the plan assigns it no units in a note (the units the
// parser found are named inside its sentences, "每月10日前由市发改委…通报", or there are none).
// Measures are not counted or listed as tasks; their recurring duties are still answered.
func isMeasure(t *plan.Task, names func(string) []string) bool {
	top := t.Section
	if len(t.SectionPath) > 0 {
		top = t.SectionPath[0]
	} else if i := strings.Index(top, " > "); i >= 0 {
		top = top[:i]
	}
	if !reSafeguard.MatchString(top) && !reSafeguard.MatchString(lastSection(t.Section)) {
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
	if reNote.MatchString(t.Text) {
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

func lastSection(s string) string {
	if i := strings.LastIndex(s, " > "); i >= 0 {
		return s[i+3:]
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
		return doc + ":" + path[:i]
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
	order   map[*plan.Task]int
}

func newLedger(aliases *plan.Aliases) *ledger {
	return &ledger{aliases: aliases, surface: map[*plan.Document]map[string]string{}, measure: map[*plan.Task]bool{}}
}

// names returns every name of a canonical unit name: itself and its aliases.
func (l *ledger) names(u string) []string { return l.aliases.Names(u) }

// isMeasure is isMeasure, remembered.
func (l *ledger) isMeasure(t *plan.Task) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	m, ok := l.measure[t]
	if !ok {
		m = isMeasure(t, l.names)
		l.measure[t] = m
	}
	return m
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
	names := l.aliases.Names(u)
	best, bestN := u, 0
	if len(names) > 1 {
		for _, n := range names {
			c := 0
			for i := range d.Tasks {
				c += strings.Count(d.Tasks[i].Text, n)
			}
			for _, para := range d.Paras {
				if para.TaskID == "" {
					c += strings.Count(para.Text, n)
				}
			}
			if c > bestN {
				best, bestN = n, c
			}
		}
	}
	m[u] = best
	return best
}

// maxPairRunes caps the text the character-pair counts are taken from: a sample is enough to tell
// 国家 and 政策 from 家政.
const maxPairRunes = 2_000_000

// pairCounts counts the character pairs of the plans' task texts (a sample of them when there are
// many), once per set of plans.
func (l *ledger) pairCounts(docs []*plan.Document) map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.pairs != nil {
		return l.pairs
	}
	l.pairs = map[string]int{}
	n := 0
	for _, d := range docs {
		for i := range d.Tasks {
			rs := []rune(d.Tasks[i].Text)
			for j := 0; j+2 <= len(rs); j++ {
				if unicode.Is(unicode.Han, rs[j]) && unicode.Is(unicode.Han, rs[j+1]) {
					l.pairs[string(rs[j:j+2])]++
				}
			}
			n += len(rs)
		}
		if n > maxPairRunes {
			break
		}
	}
	return l.pairs
}

// topicVariants are the forms of a topic term that count as naming it: the term, and the term
// without a generic head (家政服务 → 家政, 养老方面 → 养老); without 经济 too when what is left is a
// rare word in the plans (低空经济 → 低空, but 数字经济 stays: 数字 is everywhere).
func topicVariants(term string, pairs map[string]int) []string {
	out := []string{term}
	for _, head := range []string{"服务", "方面", "相关", "有关", "领域", "工作", "问题", "事项", "情况"} {
		if stem, ok := strings.CutSuffix(term, head); ok && utf8.RuneCountInString(stem) >= 2 {
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
		i := strings.Index(text[from:], term)
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

// topicSynonyms are the plans' other words for a term people use.
var topicSynonyms = map[string][]string{
	"GDP":    {"地区生产总值", "生产总值"},
	"生产总值":   {"GDP"},
	"地区生产总值": {"GDP", "生产总值"},
	"能耗":     {"能源消耗"},
	"外资":     {"外商投资"},
	"PM2.5":  {"细颗粒物"},
}

// topicMatch reports whether a task's text names every topic term: as written, in a variant or
// synonym, or (a term of three characters or more) with its characters in order inside one clause
// ("居民收入" in 居民人均可支配收入, "单位GDP能耗" in 单位GDP综合能耗).
func topicMatch(r retrieval.TaskRef, terms []string, pairs map[string]int) bool {
	for _, t := range terms {
		ok := false
		for _, v := range append(topicVariants(t, pairs), topicSynonyms[t]...) {
			if holds(r.Task.Title, v, pairs) || holds(r.Task.Text, v, pairs) {
				ok = true
				break
			}
		}
		if !ok && utf8.RuneCountInString(t) >= 3 && (gapHolds(r.Task.Title, t) || gapHolds(r.Task.Text, t)) {
			ok = true
		}
		if !ok {
			return false
		}
	}
	return true
}

// gapHolds reports whether the characters of term occur in text in order, inside one clause, spread
// over no more than twice the term's length: the plans put words between a term's parts.
func gapHolds(text, term string) bool {
	for _, r := range term { // most texts lack a character: a cheap test first
		if !strings.ContainsRune(text, r) {
			return false
		}
	}
	tr := []rune(term)
	limit := 2*len(tr) + 1
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("，,。；;！？!?\n", r) }) {
		cr := []rune(clause)
		for start := range cr {
			if cr[start] != tr[0] {
				continue
			}
			k, end := 1, start
			for i := start + 1; i < len(cr) && i-start < limit && k < len(tr); i++ {
				if cr[i] == tr[k] {
					k++
					end = i
				}
			}
			if k == len(tr) && end-start < limit {
				return true
			}
		}
	}
	return false
}
