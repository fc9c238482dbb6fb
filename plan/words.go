package plan

import (
	"strings"
	"unicode/utf8"
)

// wordSet answers "does this text hold one of these words?" in one pass over the text: the words are
// indexed by their first character (a 256-bit filter first, then a map), and only where a text's
// character starts some word are the words compared. The parser asks this of every task for its
// cheap checks, before any pattern runs.
type wordSet struct {
	filter [4]uint64
	first  map[rune][]string
}

func newWordSet(words ...string) wordSet {
	w := wordSet{first: map[rune][]string{}}
	for _, x := range words {
		for _, r := range x {
			w.first[r] = append(w.first[r], x)
			w.filter[r&255>>6] |= 1 << (r & 63)
			break
		}
	}
	return w
}

// from returns the words that start with r, in the order they were given.
func (w wordSet) from(r rune) []string {
	if w.filter[r&255>>6]&(1<<(r&63)) == 0 {
		return nil
	}
	return w.first[r]
}

// in reports whether s holds one of the words.
func (w wordSet) in(s string) bool {
	for i, r := range s {
		if w.filter[r&255>>6]&(1<<(r&63)) == 0 {
			continue
		}
		for _, x := range w.first[r] {
			if strings.HasPrefix(s[i:], x) {
				return true
			}
		}
	}
	return false
}

// textChars is a text with the set of its characters, for asking many wordSets about one text
// (recurringHits.patterns asks some fifty): each then looks up its words' first characters instead
// of reading the whole text through.
type textChars struct {
	s      string
	filter [4]uint64
	has    map[rune]bool
}

func charsOf(s string) textChars {
	t := textChars{s: s, has: map[rune]bool{}}
	for _, r := range s {
		t.filter[r&255>>6] |= 1 << (r & 63)
		t.has[r] = true
	}
	return t
}

// inChars is in(t.s): a word found anywhere starts at a character's start, where in looks, as
// no UTF-8 character starts with a byte that goes on another.
func (w wordSet) inChars(t textChars) bool {
	if w.filter[0]&t.filter[0]|w.filter[1]&t.filter[1]|w.filter[2]&t.filter[2]|w.filter[3]&t.filter[3] == 0 {
		return false
	}
	for r, words := range w.first {
		if !t.has[r] {
			continue
		}
		for _, x := range words {
			if containsWord(t.s, x) {
				return true
			}
		}
	}
	return false
}

// replacer is a strings.Replacer that hands back a text holding none of its old strings as it is.
// A strings.Replacer whose strings are not single bytes copies every text it is given, twice, and
// the parser runs its replacers over many short texts that hold none of them (every unit name).
type replacer struct {
	olds []string
	r    *strings.Replacer
}

func newReplacer(oldnew ...string) replacer {
	x := replacer{r: strings.NewReplacer(oldnew...)}
	for i := 0; i < len(oldnew); i += 2 {
		x.olds = append(x.olds, oldnew[i])
	}
	return x
}

// Replace returns s with every old string replaced, as strings.Replacer.Replace does.
func (x replacer) Replace(s string) string {
	for _, o := range x.olds {
		if strings.Contains(s, o) {
			return x.r.Replace(s)
		}
	}
	return s
}

// charSet answers strings.IndexAny for a fixed set of characters, some of them not ASCII, byte by
// byte: strings.IndexAny decodes every character of the text and looks for it in the set, which
// the parser's searches for the next sentence or clause end paid on every clause.
type charSet struct {
	ascii [utf8.RuneSelf]bool
	lead  [256]bool // first bytes of the set's other characters
	wide  []string  // the set's other characters, UTF-8 encoded
}

func newCharSet(chars string) *charSet {
	c := &charSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			c.ascii[r] = true
			continue
		}
		w := string(r)
		c.lead[w[0]] = true
		c.wide = append(c.wide, w)
	}
	return c
}

// index returns the place of the first of the set's characters in s, -1 when there is none. A
// character's encoding starts no other character's, so the first byte that starts one is where
// strings.IndexAny finds it.
func (c *charSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < utf8.RuneSelf {
			if c.ascii[b] {
				return i
			}
			continue
		}
		if c.lead[b] {
			for _, w := range c.wide {
				if strings.HasPrefix(s[i:], w) {
					return i
				}
			}
		}
	}
	return -1
}

// runesAtLeast reports whether s has n characters or more (utf8.RuneCountInString(s) >= n) without
// counting a long text through: no character takes more than utf8.UTFMax bytes.
func runesAtLeast(s string, n int) bool {
	if len(s) >= n*utf8.UTFMax {
		return true
	}
	return utf8.RuneCountInString(s) >= n
}

// indexAnyRune is strings.IndexAny for a few characters, as anyRune is strings.ContainsAny: one
// fast search per character (each only before the first place found so far) rather than a look
// through the set per character of the text, which for Chinese characters costs many times more.
func indexAnyRune(s, chars string) int {
	at := -1
	for _, c := range chars {
		rest := s
		if at >= 0 {
			rest = s[:at]
		}
		if i := strings.IndexRune(rest, c); i >= 0 {
			at = i
		}
	}
	return at
}
