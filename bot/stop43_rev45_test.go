package bot

import (
	"strings"
	"testing"
)

// TestRev45DocSaysIsNotWhen: reDocSays (facets.go:610) matches "方案里说了什么" inside "说了什么时候", so
// a question when something is due or takes effect, worded "方案里说了什么时候…", is answered with the
// plan's summary. 8c4dde0 answered with the unit's dated tasks and the plan's 实施期.
func TestRev45DocSaysIsNotWhen(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	t.Run("when a unit's tasks are due", func(t *testing.T) {
		a := askChain(t, e, "衢州市商务局的任务方案里说了什么时候完成?")
		if a.Context.Query != nil && a.Context.Query.Shape == ShapeSummary || !strings.Contains(a.Text, "设了完成期限的任务") {
			t.Errorf("not the unit's dated tasks:\n%s", a.Text)
		}
	})
	t.Run("when the plan takes effect", func(t *testing.T) {
		a := askChain(t, e, "衢州的方案里说了什么时候开始施行?")
		if a.Context.Query != nil && a.Context.Query.Shape == ShapeSummary || !strings.Contains(a.Text, "实施期") {
			t.Errorf("not the plan's facts:\n%s", a.Text)
		}
	})
}

// TestRev45WorkReportInEnglish: the glossary's new "work report" → 政府工作报告 (glossary.go:77) turns a
// question about the reports units make (通报, as "report" glosses) into one about the government
// work report; on the seeds nothing is found. 8c4dde0 found the plans' 通报 duties.
func TestRev45WorkReportInEnglish(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	for _, q := range []string{
		"Which tasks require a monthly work report?",
		"Who must submit work reports to the city government?",
	} {
		if a := askChain(t, e, q); len(a.Tasks) == 0 {
			t.Errorf("%s: no tasks:\n%s", q, a.Text)
		}
	}
}

// TestRev45LeaderHeadingShown: a heading naming a system ("建立县长联系重点项目制度") is shown as the
// task's leader beside its unit (render.go:229 via plan.Leaders).
func TestRev45LeaderHeadingShown(t *testing.T) {
	e := NewEngine(textIndex(t, "某某县乡村振兴工作实施方案\n一、重点任务\n（一）夯实基础\n1.压实乡镇主体责任，建立工作台账。（责任单位：各乡镇人民政府）\n（二）建立县长联系重点项目制度\n2.推进重点项目建设。（责任单位：县发改局）\n"), Options{})
	a := askChain(t, e, "推进重点项目建设谁负责?")
	if !strings.Contains(a.Text, "县发改局") || strings.Contains(a.Text, "建立县长联系") {
		t.Errorf("want 县发改局 and no leader made of the heading's words:\n%s", a.Text)
	}
}
