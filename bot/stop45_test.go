package bot

import (
	"strings"
	"testing"
)

// TestQuestionsStop45: what stop 45's material (rounds 79–81) taught, each case on a plan text of its
// own kind.
func TestQuestionsStop45(t *testing.T) {
	ask := askChain
	plan := "某某市2024年重点工作分工方案\n\n一、主要目标\n\n1.地区生产总值增长5.5%。（牵头单位：市发展改革委；责任单位：市商务局、市国资委）\n\n2.规模以上工业增加值增长6%。（牵头单位：市经信局；责任单位：市国资委）\n\n3.固定资产投资增长10%。（牵头单位：市发展改革委；责任单位：市商务局、市国资委）\n"
	for _, tc := range []struct {
		name  string
		chain []string
		want  int
	}{
		{"这两个单位 after one unit and then another", []string{"市商务局参与哪些目标?", "市国资委呢?", "这两个单位都参与的是哪项?"}, 2},
		{"那两家 in the role asked", []string{"市发展改革委牵头哪些工作?", "市经信局呢?", "那两家一起牵头的是哪项?"}, 0},
		{"两个一起, any role", []string{"市发展改革委负责哪些?", "市国资委呢?", "两个一起负责的有哪些?"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := NewEngine(textIndex(t, plan), Options{})
			a := ask(t, e, tc.chain...)
			if len(a.Tasks) != tc.want || a.Context.Query == nil || len(a.Context.Query.Units) != 2 {
				t.Errorf("%d tasks, want %d of both units:\n%s", len(a.Tasks), tc.want, a.Text)
			}
		})
	}
	t.Run("who answers for a heading's words that name nobody", func(t *testing.T) {
		e := NewEngine(textIndex(t, "某某市人民政府办公室关于分解落实《政府工作报告》的通知\n\n各区、镇、办事处，市政府各部门：\n\n请各地、各部门于2017年1月23日前将贯彻落实方案报市政府督查室。\n\n一、加快转型升级，提升产业竞争力\n\n突出工业主体地位。投资200亿元，实施工业项目“155”工程。\n"), Options{})
		a := ask(t, e, "“突出工业主体地位”那项谁负责?")
		if !saysNothing(a) {
			t.Errorf("%s: the plan names nobody for it, and the answer should say so:\n%s", a.Outcome, a.Text)
		}
	})
	t.Run("an English possessive before a bureau, and which targets it leads", func(t *testing.T) {
		e := NewEngine(textIndex(t, "滁州市2020年政府工作报告重点工作责任分解\n\n一、主要目标\n\n1.地区生产总值增长8%。（牵头单位：市发改委）\n\n2.一般公共预算收入增长5%。（牵头单位：市财政局）\n"), Options{})
		a := ask(t, e, "Which targets does Chuzhou's finance bureau lead?")
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "一般公共预算收入") {
			t.Errorf("%d tasks, want the finance bureau's one target:\n%s", len(a.Tasks), a.Text)
		}
	})
}
