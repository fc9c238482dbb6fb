package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dutybot/dutybot/internal/scaling"
)

// Review 54 (a stranger's audit of hostile users): questions any Slack user can send.

// rev54Answer asks q on the seed plans.
func rev54Answer(t *testing.T, q string) Answer {
	t.Helper()
	a, err := NewEngine(seedIndex(t), Options{}).Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-05")()})
	if err != nil {
		t.Fatalf("Answer(%d runes): %v", utf8.RuneCountInString(q), err)
	}
	return a
}

// TestRev54LongQuestionAnsweredQuickly: a question of 3,900 characters (under MaxQuestionRunes, so
// it is taken) that repeats a time phrase — 下下周 1,300 times, pasted by a prankster or a stuck
// key — takes about 6 s of one core (1,200 characters 0.7 s, 2,400 characters 2.4 s: quadratic).
// Anyone who can DM the bot can keep its cores busy with a few of these. Cause: bot/execute.go
// (*execution).apart builds a topic filter of every term the question leaves over
// (topicindex.go newTopicFilter → newTermNeed, sigNeed) and topics.go nearForms / splitMatch look
// for every near form of a term as long as the question in every task: work that grows with the
// square of the question. A question of the accepted length should be answered (or refused) in
// well under a second, like the other 3,900-character questions (市商务局×975: 0.3 s). The test
// compares the cost of ×325 and ×1,300 (maxGrowth) rather than timing one answer.
func TestRev54LongQuestionAnsweredQuickly(t *testing.T) {
	skipUnderRace(t)
	q := strings.Repeat("下下周", 1300)
	if n := utf8.RuneCountInString(q); n > MaxQuestionRunes {
		t.Fatalf("the question has %d runes, over the %d taken", n, MaxQuestionRunes)
	}
	rev54Answer(t, q)
	e := NewEngine(seedIndex(t), Options{})
	ask := func(n int) {
		_, _ = e.Answer(context.Background(), Question{Text: strings.Repeat("下下周", n), Now: fixedClock("2026-12-05")()})
	}
	if g := scaling.Growth(ask, 325, 4, 3); g > maxGrowth {
		t.Errorf("a question of 下下周 ×1,300 costs %.1f times one of ×325 (linear: 4, square: 16): a question of the accepted length must cost no more than a second of CPU, whatever it repeats", g)
	}
}

// TestRev54AnswerQuotesAQuestionShort: a long question that names no plan's words is quoted back
// whole: 去年 ×600 (1,200 characters) gets an answer of 1,244 characters, 1,200 of them the
// question between “ ”; at 3,900 characters the answer is 11 KB of the user's text. The "not found"
// answers clip what they quote (“局局局…” at 40 characters); a list's heading does not: bot/render.go
// (*Engine).qualifier writes “+strings.Join(q.Topic, " ")+”相关的 unclipped. The answer should quote
// at most a short part of the question.
func TestRev54AnswerQuotesAQuestionShort(t *testing.T) {
	q := strings.Repeat("去年", 600)
	a := rev54Answer(t, q)
	if run := strings.Repeat("去年", 100); strings.Contains(a.Text, run) {
		t.Errorf("the answer quotes the 1,200-character question whole (answer %d runes): it should quote at most a few dozen characters of it, with …\n%.200s",
			utf8.RuneCountInString(a.Text), a.Text)
	}
}
