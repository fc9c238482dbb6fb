package bot

import (
	"strings"
	"testing"
)

// isClauseEnd is clauseEnds, rune for rune.
func TestIsClauseEnd(t *testing.T) {
	for _, r := range clauseEnds {
		if !isClauseEnd(r) {
			t.Errorf("isClauseEnd(%q) = false", r)
		}
	}
	for _, r := range "家政服务、：:（）() \t" {
		if isClauseEnd(r) != strings.ContainsRune(clauseEnds, r) {
			t.Errorf("isClauseEnd(%q) = %v", r, isClauseEnd(r))
		}
	}
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"推进家庭政务服务", "家政服务", true},
		{"推进家庭，政务服务", "家政服务", false},
		{"家政服", "家政服务", false},
		{"务服政家", "家政服务", false},
		{"，家政", "，家", false},
	} {
		if got := gapHolds(c.text, c.term); got != c.want {
			t.Errorf("gapHolds(%q, %q) = %v", c.text, c.term, got)
		}
	}
}
