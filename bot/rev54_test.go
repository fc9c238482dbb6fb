package bot

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// Review 54 (a stranger's audit of hostile users): questions any Slack user can send.

// rev54Answer asks q on the seed plans and gives up after limit, so that a slow answer fails the
// test instead of holding it up.
func rev54Answer(t *testing.T, q string, limit time.Duration) (Answer, time.Duration, bool) {
	t.Helper()
	e := NewEngine(seedIndex(t), Options{})
	type result struct {
		a   Answer
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-05")()})
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Answer(%d runes): %v", utf8.RuneCountInString(q), r.err)
		}
		return r.a, time.Since(start), true
	case <-time.After(limit):
		return Answer{}, limit, false
	}
}

// TestRev54LongQuestionAnsweredQuickly: a question of 3,900 characters (under MaxQuestionRunes, so
// it is taken) that repeats a time phrase — 下下周 1,300 times, pasted by a prankster or a stuck
// key — takes about 6 s of one core (1,200 characters 0.7 s, 2,400 characters 2.4 s: quadratic).
// Anyone who can DM the bot can keep its cores busy with a few of these. Cause: bot/execute.go
// (*execution).apart builds a topic filter of every term the question leaves over
// (topicindex.go newTopicFilter → newTermNeed, sigNeed) and topics.go nearForms / splitMatch look
// for every near form of a term as long as the question in every task: work that grows with the
// square of the question. A question of the accepted length should be answered (or refused) in
// well under a second, like the other 3,900-character questions (市商务局×975: 0.3 s).
func TestRev54LongQuestionAnsweredQuickly(t *testing.T) {
	seedIndex(t) // built before the clock starts
	q := strings.Repeat("下下周", 1300)
	if n := utf8.RuneCountInString(q); n > MaxQuestionRunes {
		t.Fatalf("the question has %d runes, over the %d taken", n, MaxQuestionRunes)
	}
	_, took, ok := rev54Answer(t, q, bound(1500*time.Millisecond))
	if !ok {
		t.Fatalf("a 3,900-character question (下下周 ×1300) was not answered within %v: a question of the accepted length must cost no more than a second of CPU, whatever it repeats", took)
	}
	t.Logf("answered in %v", took.Round(time.Millisecond))
}

// TestRev54AnswerQuotesAQuestionShort: a long question that names no plan's words is quoted back
// whole: 去年 ×600 (1,200 characters) gets an answer of 1,244 characters, 1,200 of them the
// question between “ ”; at 3,900 characters the answer is 11 KB of the user's text. The "not found"
// answers clip what they quote (“局局局…” at 40 characters); a list's heading does not: bot/render.go
// (*Engine).qualifier writes “+strings.Join(q.Topic, " ")+”相关的 unclipped. The answer should quote
// at most a short part of the question.
func TestRev54AnswerQuotesAQuestionShort(t *testing.T) {
	q := strings.Repeat("去年", 600)
	a, _, ok := rev54Answer(t, q, bound(10*time.Second))
	if !ok {
		t.Fatal("no answer within 10 s")
	}
	if run := strings.Repeat("去年", 100); strings.Contains(a.Text, run) {
		t.Errorf("the answer quotes the 1,200-character question whole (answer %d runes): it should quote at most a few dozen characters of it, with …\n%.200s",
			utf8.RuneCountInString(a.Text), a.Text)
	}
}
