package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestPhrases: every sentence the terminal says has both languages with the same blanks, and every
// phrase the commands name is in the table.
func TestPhrases(t *testing.T) {
	verbs := regexp.MustCompile(`%(\[\d+\])?[a-z]`)
	count := func(s string) int { return len(verbs.FindAllString(strings.ReplaceAll(s, "%%", ""), -1)) }
	for key, p := range phrases {
		if p.zh == "" || p.en == "" {
			t.Errorf("%s: a language is missing", key)
		}
		if count(p.zh) != count(p.en) {
			t.Errorf("%s: %d blanks in Chinese, %d in English", key, count(p.zh), count(p.en))
		}
	}
	files, _ := filepath.Glob("*.go")
	used := regexp.MustCompile(`\.say\("([a-z-]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			if _, ok := phrases[m[1]]; !ok {
				t.Errorf("%s says %q, which is not in the table", f, m[1])
			}
		}
	}
}
