package plan

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestWarningsSaidInChinese: every warning the seeds and the corpus plans raise has its Chinese
// wording, and the wording keeps the warning's figures.
func TestWarningsSaidInChinese(t *testing.T) {
	seen := map[string]bool{}
	for _, ct := range corpusTexts(t) {
		f := ct.name
		d, err := ParseText(f, ct.text, Options{})
		if err != nil {
			continue
		}
		ws := append([]string(nil), d.Warnings...)
		for _, tk := range d.Tasks {
			ws = append(ws, tk.Warnings...)
		}
		for _, w := range ws {
			if seen[w] {
				continue
			}
			seen[w] = true
			zh := WarningZH(w)
			if zh == w || !hasHan(zh) {
				t.Errorf("%s: no Chinese for %q", filepath.Base(f), w)
			}
			for _, r := range w {
				if unicode.IsDigit(r) && !strings.ContainsRune(zh, r) {
					t.Errorf("%q → %q lost its figures", w, zh)
					break
				}
			}
		}
	}
	if len(seen) < 5 {
		t.Fatalf("only %d warnings seen: the corpus should raise more", len(seen))
	}
}
