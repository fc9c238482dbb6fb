package plan

import (
	"fmt"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled pattern that is not run on a text it cannot match. Most of the parser's
// patterns need one of a few words ("牵头", "每月", "责任单位") and most lines hold none of them, so a
// search for the words (fast, with no state) answers for the pattern there; a pattern anchored at
// the text's start ("^在…下，") needs the text to start with one of its first words. The words are
// found from the pattern itself when it is compiled, so a rule is written as a plain pattern and
// gets the check for free; a pattern with no such words (".+", "[^。]*$") runs every time.
// Every method answers exactly as regexp's does (TestRegexpsAgree).
type Regexp struct {
	*regexp.Regexp
	// run is what runs: the pattern itself, or the pattern behind \A when each of its branches
	// starts with ^ ("^A|^B"), which regexp would otherwise try at every place of the text.
	run *regexp.Regexp
	// prefixes, for an anchored pattern: a match starts with one of them (nil: none known).
	prefixes []string
	// needles: a match holds one of them at least (nil: no such short list known).
	needles []string
	// suffixes, for a pattern whose every match ends at the text's end ("…等有关部门$"): the
	// text ends with one of them (nil: none known).
	suffixes []string
	// maxLen, for a pattern anchored at both ends: the longest text it can match, in bytes (-1: no
	// bound known).
	maxLen int
	// starts, for a pattern with no part that looks back (^, \b) whose every match starts with one of
	// a few characters: those characters. The searches for a match try the pattern, anchored
	// (atStart), only where one of them is, not at every character.
	starts  []string
	atStart *regexp.Regexp
}

// maxStarts bounds a pattern's starts: past it the searches for them cost more than they save. 24
// takes in a month's ten digits with the words of the parts of a year (yearlessExpr, 18 starts):
// the seeds' parse took 3% fewer instructions than with 8 or 16, and as many as with 40 (perf60).
const maxStarts = 24

// minSkipLen is the length of text from which a pattern with starts is tried only at them: any
// length, as regexp tries a pattern with no literal prefix at every character of a short text
// too (the seeds' parse took 5% fewer instructions than from 256 bytes on, 3% fewer than from 64).
const minSkipLen = 0

// mustCompile compiles a pattern as regexp.MustCompile does and finds the words it needs.
func mustCompile(expr string) *Regexp {
	re := &Regexp{Regexp: regexp.MustCompile(expr), maxLen: -1}
	re.run = re.Regexp
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return re
	}
	parsed = parsed.Simplify()
	if atTextEnd(parsed) {
		if set, ok := suffixesOf(parsed); ok && len(set) <= maxNeedles {
			re.suffixes = set
		}
		if atTextStart(parsed) {
			re.maxLen = maxBytes(parsed)
		}
	}
	if !looksBack(parsed) {
		if set, ok := prefixesOf(parsed); ok {
			slices.Sort(set)
			if set = slices.Compact(set); len(set) <= maxStarts {
				re.starts = set
				re.atStart = regexp.MustCompile(`\A(?:` + expr + `)`)
			}
		}
	}
	if atTextStart(parsed) {
		re.run = regexp.MustCompile(`\A(?:` + expr + `)`)
		if set, ok := prefixesOf(parsed); ok && len(set) <= maxNeedles {
			re.prefixes = set
			return re // a look at the text's first bytes is cheaper than a search for words
		}
	}
	re.needles = needles(parsed)
	return re
}

// mayMatch reports whether s starts with one of the prefixes and holds one of the needles: false
// means no match anywhere in s.
func (re *Regexp) mayMatch(s string) bool {
	if re.maxLen >= 0 && len(s) > re.maxLen {
		return false
	}
	if re.suffixes != nil && !slices.ContainsFunc(re.suffixes, func(x string) bool { return strings.HasSuffix(s, x) }) {
		return false
	}
	if re.prefixes != nil {
		for _, p := range re.prefixes {
			if strings.HasPrefix(s, p) {
				return true
			}
		}
		return false
	}
	if re.needles == nil {
		return true
	}
	for _, n := range re.needles {
		if containsWord(s, n) {
			return true
		}
	}
	return false
}

// containsAt is strings.Index, searching for a word by its last byte as containsWord does.
func containsAt(s, w string) int {
	if len(w) < 2 || w[len(w)-1] < utf8.RuneSelf {
		return strings.Index(s, w)
	}
	last := w[len(w)-1]
	for i := len(w) - 1; i < len(s); i++ {
		j := strings.IndexByte(s[i:], last)
		if j < 0 {
			return -1
		}
		i += j
		if s[i+1-len(w):i+1] == w {
			return i + 1 - len(w)
		}
	}
	return -1
}

// containsWord is strings.Contains, searching for a word by its last byte: in Chinese text the first
// byte of a character (0xE4–0xE9 for most) turns up every few bytes, which slows a search led by it,
// while its last byte is one of 64 and rare.
func containsWord(s, w string) bool { return containsAt(s, w) >= 0 }

// checkRegexps makes every method also ask regexp itself and panic when the answers differ
// (TestRegexpsAgree sets it while it parses the seeds and the corpus).
var checkRegexps atomic.Bool

// agree panics when the answer given differs from regexp's own.
func (re *Regexp) agree(got, want any) {
	if !reflect.DeepEqual(got, want) {
		panic(fmt.Sprintf("pattern %q answers %v, regexp %v", re.String(), got, want))
	}
}

func (re *Regexp) MatchString(s string) bool {
	var ok bool
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		ok = re.nextMatch(s, 0, re.unsearched()) != nil
	default:
		ok = re.run.MatchString(s)
	}
	if checkRegexps.Load() {
		re.agree(ok, re.Regexp.MatchString(s))
	}
	return ok
}

func (re *Regexp) FindString(s string) string {
	out := ""
	if re.mayMatch(s) {
		out = re.run.FindString(s)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindString(s))
	}
	return out
}

// skips reports whether the searches for a match in s try the pattern only where one of its starts
// is (nextMatch).
func (re *Regexp) skips(s string) bool { return re.starts != nil && len(s) >= minSkipLen }

// nextMatch returns the leftmost match that starts at pos or after, as the submatch indices
// FindStringSubmatchIndex gives, nil when there is none. It tries the pattern anchored where one of
// its starts is, in order: a match can start nowhere else, and with no part that looks back the match
// found at a place depends on the text from there on only. next[i] is where starts[i] is next
// found (-1: not searched yet; past len(s): nowhere).
func (re *Regexp) nextMatch(s string, pos int, next []int) []int {
	for {
		p := -1
		for i, st := range re.starts {
			if next[i] < pos {
				if k := containsAt(s[pos:], st); k < 0 {
					next[i] = len(s) + 1
				} else {
					next[i] = pos + k
				}
			}
			if next[i] <= len(s) && (p < 0 || next[i] < p) {
				p = next[i]
			}
		}
		if p < 0 {
			return nil
		}
		if m := re.atStart.FindStringSubmatchIndex(s[p:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += p
				}
			}
			return m
		}
		pos = p + 1
	}
}

// submatches turns the submatch indices of a match in s into its submatches, as FindStringSubmatch
// gives them (nil for no match, "" for a group that took no part).
func submatches(s string, m []int) []string {
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// unsearched is nextMatch's next before any search.
func (re *Regexp) unsearched() []int {
	next := make([]int, len(re.starts))
	for i := range next {
		next[i] = -1
	}
	return next
}

// allMatches returns up to n matches (all when n < 0) as FindAllStringSubmatchIndex does, for a
// pattern with starts (which takes a character at least, so that no match is empty).
func (re *Regexp) allMatches(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	next := re.unsearched()
	for pos := 0; len(out) < n && pos <= len(s); {
		m := re.nextMatch(s, pos, next)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

func (re *Regexp) FindStringIndex(s string) []int {
	var out []int
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		if m := re.nextMatch(s, 0, re.unsearched()); m != nil {
			out = m[:2:2]
		}
	default:
		out = re.run.FindStringIndex(s)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindStringIndex(s))
	}
	return out
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	var out []string
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		out = submatches(s, re.nextMatch(s, 0, re.unsearched()))
	default:
		out = re.run.FindStringSubmatch(s)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindStringSubmatch(s))
	}
	return out
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	var out []int
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		out = re.nextMatch(s, 0, re.unsearched())
	default:
		out = re.run.FindStringSubmatchIndex(s)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindStringSubmatchIndex(s))
	}
	return out
}

func (re *Regexp) FindAllString(s string, n int) []string {
	var out []string
	if re.mayMatch(s) {
		out = re.run.FindAllString(s, n)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindAllString(s, n))
	}
	return out
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	var out [][]int
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		out = re.allMatches(s, n)
		for i, m := range out {
			out[i] = m[:2:2]
		}
	default:
		out = re.run.FindAllStringIndex(s, n)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindAllStringIndex(s, n))
	}
	return out
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	if re.mayMatch(s) {
		out = re.run.FindAllStringSubmatch(s, n)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindAllStringSubmatch(s, n))
	}
	return out
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	switch {
	case !re.mayMatch(s):
	case re.skips(s):
		out = re.allMatches(s, n)
	default:
		out = re.run.FindAllStringSubmatchIndex(s, n)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.FindAllStringSubmatchIndex(s, n))
	}
	return out
}

func (re *Regexp) ReplaceAllString(s, repl string) string {
	out := s
	if re.mayMatch(s) {
		out = re.run.ReplaceAllString(s, repl)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.ReplaceAllString(s, repl))
	}
	return out
}

func (re *Regexp) ReplaceAllLiteralString(s, repl string) string {
	out := s
	if re.mayMatch(s) {
		out = re.run.ReplaceAllLiteralString(s, repl)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.ReplaceAllLiteralString(s, repl))
	}
	return out
}

func (re *Regexp) ReplaceAllStringFunc(s string, repl func(string) string) string {
	out := s
	if re.mayMatch(s) {
		out = re.run.ReplaceAllStringFunc(s, repl)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.ReplaceAllStringFunc(s, repl))
	}
	return out
}

func (re *Regexp) Split(s string, n int) []string {
	var out []string
	switch {
	case re.mayMatch(s):
		out = re.run.Split(s, n)
	case n != 0:
		out = []string{s} // as regexp's Split with no match ([""] for an empty s)
	}
	if checkRegexps.Load() {
		re.agree(out, re.Regexp.Split(s, n))
	}
	return out
}

// maxNeedles bounds a pattern's needles: past it, the search for them costs about what the
// pattern does.
const maxNeedles = 24

// maxClass bounds the characters of a class searched for one by one: the digits, not \p{Han}.
const maxClass = 10

// atTextStart reports whether every match of re starts at the text's start: re is ^ (not (?m)^)
// and the rest, or a choice of such.
func atTextStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && atTextStart(re.Sub[0])
	case syntax.OpCapture:
		return atTextStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !atTextStart(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// atTextEnd reports whether every match of re ends at the text's end: re is $ (not (?m)$) after
// the rest, or a choice of such.
func atTextEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && atTextEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpCapture:
		return atTextEnd(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !atTextEnd(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// suffixesOf returns strings one of which every text re matches ends with (ok false when there
// is no such short list): what the last part that takes characters ends with, before $ and
// other empty-width parts.
func suffixesOf(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		return needlesOf(re)
	case syntax.OpCapture, syntax.OpPlus:
		return suffixesOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return suffixesOf(re.Sub[0])
		}
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			switch re.Sub[i].Op {
			case syntax.OpEndText, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
				continue // takes no character
			}
			return suffixesOf(re.Sub[i])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := suffixesOf(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	}
	return nil, false
}

// maxBytes returns the length in bytes of the longest text re can match, -1 when there is no
// bound (a part repeated without end). A character of a class, or of a literal that ignores case,
// counts as many bytes as the longest it may be.
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpNoMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return utf8.UTFMax * len(re.Rune)
		}
		return len(string(re.Rune))
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return 0
		}
		return utf8.RuneLen(min(re.Rune[len(re.Rune)-1], unicode.MaxRune))
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		if n := maxBytes(re.Sub[0]); n >= 0 && re.Max >= 0 {
			return n * re.Max
		}
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxBytes(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1
}

// looksBack reports whether re holds a part that matches by what stands before it: ^, \A, \b, \B.
// A pattern without one matches at a place by the text from there on only ($ and \z look ahead),
// so nextMatch may try it anchored on the rest of the text (firstLeadExpr's "…第一位$" took 18M
// instructions a seeds' parse, 5% of it, tried at every character).
func looksBack(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginLine, syntax.OpBeginText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	}
	return slices.ContainsFunc(re.Sub, looksBack)
}

// needles returns words one of which every match of re holds, nil when it finds no such short
// list: a pattern that can match the empty string, or one whose every part is a wide class of
// characters.
func needles(re *syntax.Regexp) []string {
	set, ok := needlesOf(re)
	if !ok || len(set) == 0 {
		return nil
	}
	// A text that holds a needle holds every needle it contains: the shorter one is enough.
	slices.SortFunc(set, func(a, b string) int { return len(a) - len(b) })
	var out []string
	for _, n := range set {
		if n == "" {
			return nil
		}
		if !slices.ContainsFunc(out, func(m string) bool { return strings.Contains(n, m) }) {
			out = append(out, n)
		}
	}
	return out
}

// needlesOf returns strings one of which is in every text re matches (ok false when there is no
// such short list).
func needlesOf(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if r == utf8.RuneError || re.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(r) != r {
				return nil, false // a bad byte reads as U+FFFD; a letter of either case
			}
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo >= maxClass || len(out) > maxClass || lo <= utf8.RuneError && utf8.RuneError <= hi {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0 && len(out) <= maxClass
	case syntax.OpCapture, syntax.OpPlus:
		return needlesOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needlesOf(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if s, ok := needlesOf(sub); ok && (best == nil || betterNeedles(s, best)) {
				best = s
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := needlesOf(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, len(out) <= maxNeedles
	}
	return nil, false
}

// prefixesOf returns strings one of which every text re matches starts with, as matched from a
// start (ok false when there is no such short list): what the first part that takes characters
// starts with, past ^ and other empty-width parts.
func prefixesOf(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass:
		first := *re
		if re.Op == syntax.OpLiteral {
			first.Rune = re.Rune[:1]
		}
		return needlesOf(&first)
	case syntax.OpCapture, syntax.OpPlus:
		return prefixesOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return prefixesOf(re.Sub[0])
		}
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
				continue // takes no character
			}
			return prefixesOf(sub)
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := prefixesOf(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	}
	return nil, false
}

// betterNeedles reports whether needles a are a finer check than b: their shortest is longer, or as
// long and they are fewer.
func betterNeedles(a, b []string) bool {
	shortest := func(s []string) int {
		n := len(s[0])
		for _, x := range s[1:] {
			n = min(n, len(x))
		}
		return n
	}
	if sa, sb := shortest(a), shortest(b); sa != sb {
		return sa > sb
	}
	return len(a) < len(b)
}
