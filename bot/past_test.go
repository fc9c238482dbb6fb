package bot

import (
	"context"
	"strings"
	"testing"
)

// A window that reaches into the past names past deadlines as passed, never as upcoming, and the
// label of a deadline never reads as "done".
func TestPastDeadlinesAreMarked(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{Now: fixedClock("2026-11-21")})
	cases := []struct {
		question string
		want     string
		notWant  string
	}{
		{"鹿城区2023年12月底前要完成哪些任务?", "[期限，已过期限]", "[完成]"},
		{"what does 鹿城区 have due before the end of 2023?", "[by, passed]", ""},
	}
	for _, c := range cases {
		t.Run(c.question, func(t *testing.T) {
			a, err := e.Answer(context.Background(), Question{Text: c.question})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, c.want) || (c.notWant != "" && strings.Contains(a.Text, c.notWant)) {
				t.Errorf("%s:\n%s\nwant %q, not %q", c.question, firstLines(a.Text, 4), c.want, c.notWant)
			}
		})
	}
	// Asked in 2023, the same deadlines are still ahead and carry no such mark.
	a, err := e.Answer(context.Background(), Question{Text: "鹿城区2023年12月底前要完成哪些任务?", Now: fixedClock("2023-09-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "已过期限]") {
		t.Errorf("asked on 2023-09-01, no deadline of 2023-12-31 has passed:\n%s", firstLines(a.Text, 4))
	}
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// The overdue header names the unit once, and reads as English in English.
func TestOverdueHeader(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{Now: fixedClock("2024-01-15")})
	cases := map[string]string{
		"衢州市商务局哪些任务已逾期?":              "截至 2024-01-15，衢州市商务局已逾期的任务 1 项",
		"what is overdue for 衢州市商务局?": "As of 2024-01-15, 1 task is overdue for 衢州市商务局",
	}
	for q, want := range cases {
		t.Run(q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), Question{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, want) {
				t.Errorf("%s:\n%s\nwant it to start %q", q, firstLines(a.Text, 2), want)
			}
		})
	}
}
