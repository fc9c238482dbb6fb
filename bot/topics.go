package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/retrieval"
)

// This file decides which tasks a topic names: a term as written, in its near forms (a generic
// head dropped, a synonym or abbreviation of the plans' words), or with its characters in order
// inside one clause; and never as a straddle of two more frequent words (家政 in 国家政策).

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
