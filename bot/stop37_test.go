package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop37EnglishMonths: a month named with its year in English is that month's window, quoted or
// not; "what may 2024 bring" names no month; a milestone asks for deadlines.
func TestStop37EnglishMonths(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct {
		q, from, to string
		topic       []string
	}{
		{`Which Lucheng tasks have the milestone "end of December 2023"?`, "2023-12-01", "2023-12-31", nil},
		{"What is due in June 2025 in Huzhou?", "2025-06-01", "2025-06-30", nil},
		{"Which tasks are due Sept. 2024?", "2024-09-01", "2024-09-30", nil},
		{"鹿城区有哪些任务是“2023年12月底前”完成的?", "", "2023-12-31", nil},
	} {
		q := p.Parse(c.q, Context{}, today)
		if q.From != c.from || q.To != c.to || !slices.Equal(q.Topic, c.topic) {
			t.Errorf("%s: window %v — %v topic %v; want %s — %s, topic %v", c.q, q.From, q.To, q.Topic, c.from, c.to, c.topic)
		}
	}
	if q := p.Parse("What may 2024 bring for Huzhou?", Context{}, today); strings.HasPrefix(q.From, "2024-05") {
		t.Errorf("may as a verb read as May: %v — %v", q.From, q.To)
	}
	if q := p.Parse(`Which Lucheng tasks have the milestone "end of December 2023"?`, Context{}, today); !q.deadlinesOnly {
		t.Error("a milestone: want deadlines only, no recurring duties")
	}
}

// TestStop37QuestionFrameWords: "自己", "从什么时候开始" are how a question is asked, no topic.
func TestStop37QuestionFrameWords(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, s := range []string{"市商务局自己要承担哪些工作?", "市商务局的任务从什么时候开始?"} {
		if q := p.Parse(s, Context{}, today); len(q.Topic) > 0 {
			t.Errorf("%s: topic %v, want none", s, q.Topic)
		}
	}
}

// TestStop37RecurringThisMonth: asked what recurs this month, a duty is listed with the day it falls
// on in the month; a day in a quarter is said to fall in its first month.
func TestStop37RecurringThisMonth(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	a, err := e.Answer(context.Background(), Question{Text: "衢州市这个月有哪些定期要做的工作?", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "每月10日前") || !strings.Contains(a.Text, "2026-12-10") {
		t.Errorf("answer lacks the duty and its day this month:\n%s", a.Text)
	}
	c := &composer{}
	if got := ruleWords(c, plan.Rule{Freq: plan.Monthly, Interval: 3, MonthDay: 20}); got != "每季度首月20日前" {
		t.Errorf("ruleWords = %q, want 每季度首月20日前", got)
	}
	if got := ruleWords(c, plan.RuleQuarterEnd); got != "每季度末" {
		t.Errorf("ruleWords = %q, want 每季度末", got)
	}
}

// TestStop37EnglishNameBeforeUnit: the English words right before a unit's Chinese name in brackets
// name that unit, whatever they are ("the radio and TV section (广电事业股)"): no topic is left of them.
func TestStop37EnglishNameBeforeUnit(t *testing.T) {
	for q, want := range map[string]string{
		"Which task does the radio and TV section (广电事业股) handle?":          "Which task does the  handle?",
		"What does the county culture and tourism unit (文旅股) lead in 2019?": "What does the  lead in 2019?",
		"Which tasks involve Huzhou?":                                       "Which tasks involve Huzhou?",
	} {
		if got := dropNameGloss(q); strings.Replace(got, "(广电事业股)", "", 1) != want && strings.Replace(got, "(文旅股)", "", 1) != want && got != want {
			t.Errorf("dropNameGloss(%q) = %q, want %q with the name", q, got, want)
		}
	}
}

// TestStop37PlaceBeforeGloss: a place named before the gloss stays ("Heze's market supervision bureau
// (市市场监管局)").
func TestStop37PlaceBeforeGloss(t *testing.T) {
	for q, want := range map[string]string{
		"Which tasks does Heze's market supervision bureau (市市场监管局) lead?":    "Which tasks does Heze's (市市场监管局) lead?",
		"How many tasks is the Tongchuan development commission (市发展改革委) on?": "How many tasks is the Tongchuan (市发展改革委) on?",
	} {
		if got := dropNameGloss(q); got != want {
			t.Errorf("dropNameGloss(%q) = %q, want %q", q, got, want)
		}
	}
}
