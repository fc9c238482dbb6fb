package plan

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// TestWarningsSaidInChinese: every warning the seeds and the corpus plans raise has its Chinese
// wording, and the wording keeps the warning's figures.
func TestWarningsSaidInChinese(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*", "*.txt"))
	seen := map[string]bool{}
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(f, b, Options{})
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
				if unicode.IsDigit(r) && !containsRune(zh, r) {
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

func containsRune(s string, r rune) bool {
	for _, x := range s {
		if x == r {
			return true
		}
	}
	return false
}
