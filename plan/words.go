package plan

import "strings"

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
