package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Tests of review rev44 (stop 42's diff 8462864..57c89be, written by a reviewer who read the code):
// each failed on 57c89be (those named regressions passed on 8462864) and is fixed in stop 42.

// R44-5 (regression): the 帮多少人 phrasing splits 人 off whatever follows 多少/几, so words that open
// with 人 lose it: "有多少人工智能方面的任务?" asks of 工智能, "有几个人居环境整治的任务?" of 居环境整治.
func TestRev44CountBeforeRenWord(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, c := range []struct{ q, topic string }{
		{"有多少人工智能方面的任务?", "人工智能"},
		{"有几个人居环境整治的任务?", "人居环境整治"},
	} {
		if q := p.Parse(c.q, Context{}, plan.NewDay(2026, 12, 5)); !slices.Equal(q.Topic, []string{c.topic}) {
			t.Errorf("%s: topic %v, want [%s]", c.q, q.Topic, c.topic)
		}
	}
}

// R44-6 (regression): the fix for "在线下消费方面" took 在线, 就医, 就学 out of edgeOpenings, so a
// topic that opens with them loses its first character: 在线教育 is searched as 线教育, 就医结算 as 医结算.
func TestRev44OnlineAndMedicalTopicsKeepOpening(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, c := range []struct{ q, topic string }{
		{"在线教育有哪些任务?", "在线教育"},
		{"在线政务服务有哪些任务?", "在线政务服务"},
		{"就医结算方面有哪些任务?", "就医结算"},
	} {
		if q := p.Parse(c.q, Context{}, plan.NewDay(2026, 12, 5)); !slices.Equal(q.Topic, []string{c.topic}) {
			t.Errorf("%s: topic %v, want [%s]", c.q, q.Topic, c.topic)
		}
	}
}

// R44-7 (regression): topicStop's 要到(?:多少|几|什么) lost 什么 (for 要到什么时候), so "要到什么水平/
// 程度" leaves 要到 in the topic: "养老床位要到什么水平?" searches for 养老床位要到.
func TestRev44YaodaoShenmeLevel(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	s := "养老床位要到什么水平?"
	q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 5))
	for _, w := range q.Topic {
		if strings.Contains(w, "要到") {
			t.Errorf("%s: topic %v keeps 要到", s, q.Topic)
		}
	}
}

// R44-8 (regression): the merged who-leads follow-up sets every unit's role to any, not only when the
// previous list was empty (rev43's case): after "湖州市商务局牵头哪些任务?" (8 tasks) "这些任务谁牵头?"
// lists 9, adding (三)1, which 市发展改革委 leads and 市商务局 only takes part in.
func TestRev44WhoLeadsKeepsTheListedTasks(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	a0 := askChain(t, e, "湖州市商务局牵头哪些任务?")
	a := askChain(t, e, "湖州市商务局牵头哪些任务?", "这些任务谁牵头?")
	if len(a.Tasks) != len(a0.Tasks) {
		t.Errorf("the follow-up owns %d tasks, the list it follows %d:\n%s", len(a.Tasks), len(a0.Tasks), a.Text)
	}
}
