package plan

import (
	"strings"
	"testing"
)

// TestAnyRuneAsStrings checks anyRune and indexAnyRune against strings.ContainsAny and IndexAny,
// bad bytes included.
func TestAnyRuneAsStrings(t *testing.T) {
	texts := []string{"", "市发改委", "（一）推进（牵头单位：市发改委）", "责任单位: 市财政局　市商务局", "a\xe5(b", "\xef\xbc（", "【牵头】市农业农村局 【配合】市水利局", "x|y｜z\t"}
	sets := []string{"（(", "：:", " \u3000", " \t\u3000", "】]", "|｜", "/／", "\ufffd", "a"}
	for _, s := range texts {
		for _, c := range sets {
			if got, want := anyRune(s, c), strings.ContainsAny(s, c); got != want {
				t.Errorf("anyRune(%q, %q) = %v, want %v", s, c, got, want)
			}
			if got, want := indexAnyRune(s, c), strings.IndexAny(s, c); got != want {
				t.Errorf("indexAnyRune(%q, %q) = %d, want %d", s, c, got, want)
			}
		}
	}
}
