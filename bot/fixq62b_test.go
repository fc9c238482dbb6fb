package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq62bPlan is a county's plan written for these tests: a clean-up campaign whose title says
// nothing of sanitation, with stages by dates, a form to send in by a day, and its goals running on
// from its aims into each year's figures in one paragraph (a page flattened to one line).
const fixq62bPlan = `永安市城区市容秩序百日整治行动方案
（永政办〔2019〕52号）

一、工作目标
深入贯彻新发展理念，坚持标本兼治、综合施策，切实解决城区市容环境面临的突出问题。强化部门联动，发挥各职能部门监督作用，稳定市容管理秩序。严厉查处占道经营的违法行为，促进城市管理和群众生活协调发展。二、年度目标2019年下半年，建成垃圾分类示范小区20个；2020年，生活垃圾回收利用率达到35%；2021年，新增垃圾分类示范小区50个，实现城区垃圾分类全覆盖。

二、实施步骤
（一）动员部署阶段（2019年9月10日至9月17日）。召开全市动员部署大会，制定工作方案。（责任单位：市城管局）
（二）集中整治阶段（2019年9月18日至11月30日）。对城区占道经营开展集中整治。（责任单位：市城管局、市市场监管局）

三、工作要求
（一）废品收购站清理。在10月20日前将城区的废品收购站清理到选定的郊区地段，对无证站点进行取缔。（牵头单位：市商务局）
（二）报送情况汇总表。请各乡镇于3月底前报送市容整治情况汇总表（见附件2）。（责任单位：各乡镇）
（三）加强跟踪指导。市城管局将适时组织专家团队开展专项指导，并于10月开展年末跟踪指导（见附件3）。（责任单位：市城管局）
`

var fixq62bShared sharedIndex

// fixq62bAsk asks s on day of the plan above.
func fixq62bAsk(t *testing.T, s, day string) Answer {
	t.Helper()
	e := NewEngine(fixq62bShared.get(t, "fixq62b", false, fixq62bPlan), Options{})
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock(day)()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// fixq62bParse reads s on day against the plan above.
func fixq62bParse(t *testing.T, s string) Query {
	t.Helper()
	e := NewEngine(fixq62bShared.get(t, "fixq62b", false, fixq62bPlan), Options{})
	d, err := plan.ParseDay("2019-09-15")
	if err != nil {
		t.Fatal(err)
	}
	return e.Parser().Parse(s, Context{}, d)
}

// TestFixQ62b_EnglishPlanNameNoTopic: an English question naming its plan by what the plan is about
// ("the Yong'an sanitation plan", "the … clean-up campaign plan") has those words name the plan, as
// "永安环境卫生方案里" does: they are no words its tasks must write.
func TestFixQ62b_EnglishPlanNameNoTopic(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"Plan", "What is overdue in the Yong'an sanitation plan?"},
		{"WorkPlan", "Which tasks are overdue in the Yong'an sanitation work plan?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq62bAsk(t, c.q, "2020-01-10")
			if !strings.Contains(a.Text, "2019-10-20") || !slices.ContainsFunc(a.Tasks, func(id string) bool { return strings.HasSuffix(id, ":3.1") }) {
				t.Errorf("the overdue clean-up is not listed (tasks %v):\n%s", a.Tasks, a.Text)
			}
		})
	}
}

// TestFixQ62b_HeshiAsksWhen: 何时 is 什么时候 in writing: "汇总表何时报?" asks when the form is
// sent, and 何时报 is no word a passage must hold (the passage of another attachment is not quoted).
// 任何时候 stays as it is.
func TestFixQ62b_HeshiAsksWhen(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"Heshi", "永安市容整治情况汇总表何时报?"},
		{"HeshiSend", "永安市容整治情况汇总表(附件2)何时报送?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if q := fixq62bParse(t, c.q); slices.ContainsFunc(q.Topic, func(w string) bool { return strings.Contains(w, "何时") }) {
				t.Errorf("topic %q keeps the asking", q.Topic)
			}
			a := fixq62bAsk(t, c.q, "2019-10-01")
			if !strings.Contains(a.Text, "2019-03-31") && !strings.Contains(a.Text, "3月底前") {
				t.Errorf("lacks the day the form is due:\n%s", a.Text)
			}
			if strings.Contains(a.Text, "附件3") {
				t.Errorf("quotes the passage of another attachment:\n%s", a.Text)
			}
		})
	}
	if got := normalizePhrasing("任何时候都要报送吗"); !strings.Contains(got, "任何时候") {
		t.Errorf("任何时候 rewritten: %q", got)
	}
}

// TestFixQ62b_CityBeforeMarket: "上海市场监管局" is 上海 and 市场监管局: the search text keeps 市场 whole
// (not 场监管局), as withoutCity cuts only the place before a 市 that opens 市场 or 市容.
func TestFixQ62b_CityBeforeMarket(t *testing.T) {
	for _, c := range []struct{ in, want, not string }{
		{"上海市场监管局的燃气方案里", "市场监管局", "场监管局的燃气"},
		{"永安市市场监管局负责什么", "市场监管局", ""},
		{"永安市城管局负责什么", "城管局", "市城管局"},
		{"永安市容整治情况汇总表", "市容整治", ""},
	} {
		got := withoutCity(c.in, []string{"上海市", "上海", "永安市", "永安"})
		if !strings.Contains(got, c.want) || c.not != "" && strings.Contains(got, " "+c.not) {
			t.Errorf("withoutCity(%q) = %q", c.in, got)
		}
	}
}

// TestFixQ62b_WhichStageNoTopic: "现在处在哪个阶段?" asks which stage of the plan: 在哪个阶段 is the
// asking, and no word 个阶段 is left for the tasks to hold; the plan's stages are answered.
func TestFixQ62b_WhichStageNoTopic(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"Now", "永安市容百日整治现在处在哪个阶段?"},
		{"Step", "永安市容百日整治目前进行到哪个阶段了?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := fixq62bParse(t, c.q)
			if slices.ContainsFunc(q.Topic, func(w string) bool { return strings.Contains(w, "阶段") || strings.HasPrefix(w, "个") }) {
				t.Errorf("topic %q keeps the asking", q.Topic)
			}
			a := fixq62bAsk(t, c.q, "2019-09-15")
			if !strings.Contains(a.Text, "动员部署") {
				t.Errorf("lacks the stage:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ62b_GoalsYearsFigures: a plan's goals paragraph that runs on from its aims into each year's
// figures has those figures as its goals, when the first sentences would cut them off.
func TestFixQ62b_GoalsYearsFigures(t *testing.T) {
	a := fixq62bAsk(t, "永安市容百日整治方案要实现什么目标?", "2020-01-10")
	for _, w := range []string{"50个", "全覆盖", "35%"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %q:\n%s", w, a.Text)
		}
	}
	for _, c := range []struct {
		name string
		in   []string
		want string
	}{
		{"Late", []string{"深入贯彻新发展理念，坚持标本兼治", "强化部门联动", "严厉查处占道经营", "2021年，新增示范小区50个"}, "2021年，新增示范小区50个"},
		{"Early", []string{"2021年，新增示范小区50个", "强化部门联动", "严厉查处占道经营", "促进协调发展"}, "2021年，新增示范小区50个"},
		{"None", []string{"深入贯彻新发展理念", "强化部门联动", "严厉查处占道经营", "促进协调发展"}, "深入贯彻新发展理念"},
	} {
		if got := datedFiguresFirst(c.in, 3); got[0] != c.want || len(got) != len(c.in) {
			t.Errorf("%s: datedFiguresFirst = %q", c.name, got)
		}
	}
}
