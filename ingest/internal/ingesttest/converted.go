package ingesttest

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dutybot/dutybot/ingest/guard"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// Conversion is how a format package's test writes a seed in its format and reads it back.
type Conversion struct {
	Ext     string                       // ".docx"
	Convert func(text string) []byte     // SeedDOCX
	Read    func([]byte) (string, error) // docx.Text
	Spaces  bool                         // the format keeps spaces inside lines exactly
	Splits  bool                         // the format may start a paragraph where the text had none (PDF: a heading after a full line)
}

// CheckSeedsConverted writes each seed in c's format, reads it back, and checks that the text
// comes back line for line and parses to the same tasks as the text original.
func CheckSeedsConverted(t *testing.T, c Conversion) {
	for _, f := range seeds.Files() {
		orig, err := plan.Decode(f.Data)
		if err != nil {
			t.Fatal(err)
		}
		want := SeedLines(orig)
		wantDoc, wantErr := plan.ParseText(f.Name, orig, plan.Options{})
		name := strings.TrimSuffix(f.Name, ".txt") + c.Ext
		t.Run(name, func(t *testing.T) {
			got, err := c.Read(c.Convert(orig))
			if err != nil {
				t.Fatal(err)
			}
			g, w := Lines(got), want
			if !c.Spaces {
				g, w = NoSpace(g), NoSpace(w)
			} else {
				w = Lines(strings.Join(w, "\n"))
			}
			if c.Splits {
				SameText(t, g, w)
			} else {
				SameLines(t, strings.Join(g, "\n"), w)
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
			if d := DiffTasks(wantDoc, doc); d != "" {
				t.Errorf("%s parses differently from %s:\n%s", name, f.Name, d)
			}
		})
	}
}

// CheckAnswer is what a reader must give every input, soon: text in valid UTF-8, or a refusal
// with a reason and a remedy. An input that takes more than 10 s panics from a timer, which ends
// a fuzzing worker, so the fuzzer keeps the input as a crasher (it has no time limit of its own).
func CheckAnswer(t *testing.T, read func() (string, error)) {
	watchdog := time.AfterFunc(10*time.Second, func() { panic("the reader hung on this input") })
	defer watchdog.Stop()
	text, err := read()
	if err != nil {
		var r *guard.Refusal
		if !errors.As(err, &r) || r.Reason == "" || r.Remedy == "" {
			t.Fatalf("%v: not a refusal with a reason and a remedy", err)
		}
		return
	}
	if !utf8.ValidString(text) {
		t.Fatalf("the text is not valid UTF-8: %q", text[:min(len(text), 200)])
	}
}

// SmallPlan is the first lines of a seed: a real plan's head, small enough for a fuzzer to
// mutate quickly.
func SmallPlan(tb testing.TB) string {
	text := strings.Split(string(Seed(tb, "quzhou").Data), "\n")
	return strings.Join(text[:min(len(text), 40)], "\n")
}

// CheckHostile runs the hostile cases of package pkg through its reader: the guards alone must
// refuse each, within 5 s, with a reason that says what is wrong and a remedy.
func CheckHostile(t *testing.T, pkg string, read func([]byte) (string, error)) {
	n := 0
	for _, tc := range HostileCases {
		if tc.Pkg != pkg {
			continue
		}
		n++
		t.Run(tc.Name, func(t *testing.T) {
			data := tc.Data(t, pkg)
			start := time.Now()
			_, err := read(data)
			took := time.Since(start)
			var r *guard.Refusal
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *guard.Refusal", err)
			}
			if !strings.Contains(r.Reason, tc.Reason) || r.Remedy == "" {
				t.Errorf("refusal %q: want %q in the reason, and a remedy", err, tc.Reason)
			}
			if took > HangLimit {
				t.Errorf("took %v: the reader hung", took)
			}
			t.Logf("%d bytes: refused in %v: %s", len(data), took.Round(time.Millisecond), r.Reason)
		})
	}
	if n == 0 {
		t.Fatalf("no hostile cases for %s", pkg)
	}
}
