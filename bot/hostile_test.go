package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileQuestions are the audit's questions: each once crashed dutybot or made it answer out of all
// proportion.
var hostileQuestions = []struct {
	name, q string
}{
	{"lowercase longer than uppercase", "who is responsible for ȺȺȺȺ?"},
	{"dotted capital I", "which tasks does İİİ own?"},
	{"sharp s", "who leads ẞẞ bonded zone?"},
	{"invalid utf-8", "who owns \xff\xfe bonded zone?"},
	{"nul and escapes", "市商务局\x00负责\x1b[2J哪些任务?"},
	{"bidi override", "市商务局\u202e负责哪些任务?"},
	{"slack control sequences", "<!here> <!channel> <@U123> 市商务局负责哪些任务?"},
	{"emoji flood", strings.Repeat("😀", 3000) + "?"},
	{"repeated unit", strings.Repeat("市商务局", 900) + "负责哪些任务?"},
	{"repeated english unit", strings.Repeat("Quzhou 商务局 ", 300) + "owns what?"},
}

func TestHostileQuestions(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{Now: fixedClock("2026-12-01")})
	one, err := e.Answer(context.Background(), Question{Text: "市商务局负责哪些任务?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range hostileQuestions {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // one engine answering at once, as serve's does
			a, err := e.Answer(context.Background(), Question{Text: tc.q})
			if err != nil {
				t.Fatalf("Answer: %v", err)
			}
			if !utf8.ValidString(a.Text) {
				t.Error("answer is not valid UTF-8")
			}
			// However often a name is repeated, the answer is no longer than answering it once (plus
			// the header naming what was asked).
			if limit := 2*len(one.Text) + 4096; len(a.Text) > limit {
				t.Errorf("answer is %d bytes, over %d", len(a.Text), limit)
			}
			if strings.ContainsAny(a.Text, "\x00\x1b\u202e") {
				t.Errorf("control characters reach the answer: %q", a.Text)
			}
		})
	}
}

func TestTooLongQuestionIsRefused(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{Now: fixedClock("2026-12-01")})
	a, err := e.Answer(context.Background(), Question{Text: strings.Repeat("市商务局", 10000) + "负责哪些任务?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Outcome != OutcomeRefused || !strings.Contains(a.Text, "4000") || len(a.Text) > 1000 {
		t.Errorf("40,000-character question: outcome %q, %d bytes: %.200s", a.Outcome, len(a.Text), a.Text)
	}
}

// FuzzAnswer asks the seeds anything: no panic, valid UTF-8 out, bounded size.
func FuzzAnswer(f *testing.F) {
	for _, tc := range hostileQuestions {
		f.Add(tc.q)
	}
	for _, q := range []string{"市商务局负责哪些任务?", "which tasks does 衢州市商务局 own?", "综合保税区的责任单位是谁?",
		"哪些任务已逾期?", "what is due in the next 90 days for 市商务局?", "湖州到2027年要培育多少百亿级服务业领军企业?",
		"总结一下湖州的方案", "那湖州的呢?", "2024年3月15日到期的任务", "Lucheng 商务局 tasks"} {
		f.Add(q)
	}
	e := NewEngine(seedIndex(f), Options{Now: fixedClock("2026-12-01")})
	f.Fuzz(func(t *testing.T, q string) {
		a, err := e.Answer(context.Background(), Question{Text: q})
		if err != nil {
			if err == ErrEmptyQuestion {
				return
			}
			t.Fatalf("Answer(%q): %v", q, err)
		}
		if !utf8.ValidString(a.Text) {
			t.Errorf("Answer(%q) is not valid UTF-8", q)
		}
		if len(a.Text) > 1<<20 {
			t.Errorf("Answer(%q) is %d bytes", q, len(a.Text))
		}
	})
}
