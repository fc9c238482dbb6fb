package ingest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

var conversions = []struct {
	ext     string
	convert func(string) []byte
	spaces  bool // the format keeps spaces inside lines exactly
	splits  bool // the format may start a paragraph where the text had none (PDF: a heading after a full line)
}{
	{".pdf", func(s string) []byte { return seedPDF(s) }, false, true},
}

// sameText checks that got holds want's text and every line break of want, allowing extra
// breaks.
func sameText(t *testing.T, got, want []string) {
	t.Helper()
	g, w := strings.Join(got, ""), strings.Join(want, "")
	if g != w {
		sameLines(t, strings.Join(got, "\n"), want) // shows where
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

func noSpace(ss []string) []string {
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

// TestSeedsConverted writes each seed as .docx, .html and .pdf, extracts it, and checks that the
// text comes back line for line and parses to the same tasks as the text original.
func TestSeedsConverted(t *testing.T) {
	for _, f := range seeds.Files() {
		orig, err := plan.Decode(f.Data)
		if err != nil {
			t.Fatal(err)
		}
		want := seedLines(orig)
		wantDoc, wantErr := plan.ParseText(f.Name, orig, plan.Options{})
		for _, c := range conversions {
			name := strings.TrimSuffix(f.Name, ".txt") + c.ext
			t.Run(name, func(t *testing.T) {
				got, err := Extract(name, c.convert(orig))
				if err != nil {
					t.Fatal(err)
				}
				g, w := lines(got), want
				if !c.spaces {
					g, w = noSpace(g), noSpace(w)
				} else {
					w = lines(strings.Join(w, "\n"))
				}
				if c.splits {
					sameText(t, g, w)
				} else {
					sameLines(t, strings.Join(g, "\n"), w)
				}

				if errors.Is(wantErr, plan.ErrNotPlan) {
					t.Skipf("the text original does not parse yet (%v): task comparison skipped", wantErr)
				}
				if wantErr != nil {
					t.Fatalf("original: %v", wantErr)
				}
				doc, err := plan.ParseText(name, got, plan.Options{})
				if err != nil {
					t.Fatalf("parse %s: %v", name, err)
				}
				if d := diffTasks(wantDoc, doc); d != "" {
					t.Errorf("%s parses differently from %s:\n%s", name, f.Name, d)
				}
			})
		}
	}
}

// diffTasks compares documents by what reminders and answers depend on: the document id, and each
// task's id, units and deadlines.
func diffTasks(a, b *plan.Document) string {
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
