package bot

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestIndexTextIsIndex: indexText finds what strings.Index finds, over the seeds' lines and terms
// cut from them (and terms no line holds, ASCII and mixed ones).
func TestIndexTextIsIndex(t *testing.T) {
	files, _ := filepath.Glob("../seeds/*.txt")
	if len(files) == 0 {
		t.Skip("no seeds")
	}
	terms := []string{"家政服务", "一区一园", "国家政策", "服务", "园", "GDP", "a", "ab", "5G基站", "。", "\ufffd", "市"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		for n, l := range lines {
			rs := []rune(l)
			ts := terms
			if len(rs) >= 6 && n%7 == 0 {
				ts = append(ts[:len(ts):len(ts)], string(rs[2:4]), string(rs[len(rs)-3:]), string(rs[1:6]))
			}
			for _, term := range ts {
				for _, s := range []string{l, l[min(len(l), 3):], string(l[:len(l)/2])} {
					if got, want := indexText(s, term), strings.Index(s, term); got != want {
						t.Fatalf("indexText(%q, %q) = %d, strings.Index %d", s, term, got, want)
					}
				}
			}
		}
	}
	if !utf8.ValidString("家") || indexText("", "家") != -1 || indexText("家", "家") != 0 || indexText("x家", "家") != 1 {
		t.Fatal("edges")
	}
}
