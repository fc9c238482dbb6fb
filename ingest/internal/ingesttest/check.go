package ingesttest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// GBK encodes s in GBK, as older Chinese sites and files still are.
func GBK(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Seed returns the embedded seed whose name starts with name.
func Seed(tb testing.TB, name string) seeds.File {
	tb.Helper()
	for _, f := range seeds.Files() {
		if strings.HasPrefix(f.Name, name) {
			return f
		}
	}
	tb.Fatalf("no seed %s", name)
	return seeds.File{}
}

// Lines returns the non-blank lines of s, trimmed.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// SameLines fails the test at the first of got's lines that differs from want.
func SameLines(t *testing.T, got string, want []string) {
	t.Helper()
	g := Lines(got)
	if strings.Join(g, "\n") == strings.Join(want, "\n") {
		return
	}
	for i := 0; i < max(len(g), len(want)); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(want) {
			b = want[i]
		}
		if a != b {
			t.Fatalf("line %d:\n got %q\nwant %q\n(got %d lines, want %d)\nfull output:\n%s", i+1, a, b, len(g), len(want), got)
		}
	}
}

// SameText checks that got holds want's text and every line break of want, allowing extra
// breaks.
func SameText(t *testing.T, got, want []string) {
	t.Helper()
	g, w := strings.Join(got, ""), strings.Join(want, "")
	if g != w {
		SameLines(t, strings.Join(got, "\n"), want) // shows where
		t.Fatal("the text differs")
	}
	breaks := map[int]bool{}
	n := 0
	for _, l := range got {
		n += len(l)
		breaks[n] = true
	}
	n = 0
	for i, l := range want {
		n += len(l)
		if !breaks[n] {
			t.Fatalf("line %d %q runs on into the next in the output", i+1, l)
		}
	}
}

// NoSpace returns the lines without their white space.
func NoSpace(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	return out
}

// DiffTasks compares documents by what reminders and answers depend on: the document id, and each
// task's id, units and deadlines. It returns "" when they agree.
func DiffTasks(a, b *plan.Document) string {
	var sb strings.Builder
	if a.ID != b.ID || a.City != b.City || a.Number != b.Number || a.Title != b.Title {
		fmt.Fprintf(&sb, "document: %s %s %s %q vs %s %s %s %q\n", a.ID, a.City, a.Number, a.Title, b.ID, b.City, b.Number, b.Title)
	}
	key := func(t plan.Task) string {
		var ds []string
		for _, d := range t.Deadlines {
			ds = append(ds, d.Date.String()+"/"+d.Kind)
		}
		return fmt.Sprintf("%s lead=%v part=%v deadlines=%v", t.ID, t.Lead, t.Participating, ds)
	}
	var ka, kb []string
	for _, t := range a.Tasks {
		ka = append(ka, key(t))
	}
	for _, t := range b.Tasks {
		kb = append(kb, key(t))
	}
	if slices.Equal(ka, kb) {
		return sb.String()
	}
	fmt.Fprintf(&sb, "%d tasks vs %d\n", len(ka), len(kb))
	for i := 0; i < max(len(ka), len(kb)); i++ {
		var x, y string
		if i < len(ka) {
			x = ka[i]
		}
		if i < len(kb) {
			y = kb[i]
		}
		if x != y {
			fmt.Fprintf(&sb, "first difference at task %d:\n  %s\n  %s\n", i+1, x, y)
			break
		}
	}
	return sb.String()
}
