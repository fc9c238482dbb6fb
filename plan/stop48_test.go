package plan

import (
	"slices"
	"testing"
)

// roleCase is one item of a plan's task list, the words that find its task, and the roles wanted.
type roleCase struct {
	name, line, words string
	lead, partic      []string
}

// checkRoleCases parses each case's item under a plan titled title and checks its task's roles.
func checkRoleCases(t *testing.T, title string, cases []roleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := rev53Parse(t, title+"\n一、重点任务\n"+c.line+"\n")
			tk := taskWithText(d, c.words)
			if tk == nil {
				t.Fatalf("no task with %q", c.words)
			}
			if !slices.Equal(tk.Lead, c.lead) || !slices.Equal(tk.Participating, c.partic) {
				t.Errorf("lead %v, participating %v; want %v, %v", tk.Lead, tk.Participating, c.lead, c.partic)
			}
		})
	}
}

// TestStop48WhichOfTheListLeads: a responsibility note that lists the units and then says which of
// them leads ("（责任单位：A、B、C，其中B牵头）", "其中B为牵头单位") makes B lead and the others take
// part; "其中" is no part of B's name.
func TestStop48WhichOfTheListLeads(t *testing.T) {
	cases := []roleCase{
		{"其中X牵头 after the list", "（一）推进企业数字化改造。2025年底前完成100家。（责任单位：市经信局、市发改委、市科技局，其中市发改委牵头）", "企业数字化改造", []string{"市发改委"}, []string{"市经信局", "市科技局"}},
		{"其中X为牵头单位 after 负责", "（二）完善配套政策。（市科技局、市财政局负责，其中市科技局为牵头单位）", "完善配套政策", []string{"市科技局"}, []string{"市财政局"}},
	}
	checkRoleCases(t, "衢州市推进数字经济发展实施方案", cases)
}

// TestStop48CarriesOut: those who carry the work out (具体实施, 落实主体责任) take part after a unit
// that answers for it, and answer for their own part before one.
func TestStop48CarriesOut(t *testing.T) {
	cases := []roleCase{
		{"具体实施 after 负责", "6.做好冬季供暖保障（市城管局负责，市热力集团有限公司具体实施）", "冬季供暖保障", []string{"市城管局"}, []string{"市热力集团有限公司"}},
		{"落实主体责任 after 负责", "18.落实国有企业安全生产主体责任。（市国资委负责，各市属国有企业落实主体责任）", "国有企业安全生产", []string{"市国资委"}, []string{"各市属国有企业"}},
		{"inline, before the deadline", "28.市教育局负责，各县（市、区）教育局具体实施，年底前完成中小学校舍安全隐患排查。", "校舍安全隐患排查", []string{"市教育局"}, []string{"各县（市、区）教育局"}},
		{"落实属地责任 stays responsible", "27.加强耕地“非农化”整治。（市自然资源和规划局、市农业农村局按职责分工负责，各县（市、区）人民政府落实属地责任）", "非农化", []string{"市自然资源和规划局", "市农业农村局", "各县（市、区）人民政府"}, nil},
	}
	checkRoleCases(t, "某市安全生产工作实施方案", cases)
}

// TestStop48IssuerOfANewsPage: a news page on a plan names who issued it in a sentence ("宁波市人民政府
// 办公厅印发通知"); its 来源 label names who wrote the article and does not outrank it.
func TestStop48IssuerOfANewsPage(t *testing.T) {
	d := rev53Parse(t, "市长、副市长牵头!宁波公布2025年政府工作报告目标任务分解\n时间:2025-02-07 10:04\n来源:宁波市政府办公厅、宁波政务\n"+
		"近日,宁波市人民政府办公厅印发通知,公布《2025年政府工作报告目标任务分解清单》。一起来了解。\n"+
		"2025年政府工作报告目标任务分解清单\n一、市长牵头重点工作\n1.一般公共预算收入增长2%。\n牵头单位:市财政局\n配合单位:市住建局\n")
	if d.Issuer != "宁波市人民政府办公厅" {
		t.Errorf("issuer %q, want 宁波市人民政府办公厅", d.Issuer)
	}
}

// TestStop48LeadThenCarryOut: "…，X牵头，Y落实。" in running text: Y carries out X's work, in the same task.
func TestStop48LeadThenCarryOut(t *testing.T) {
	d := rev53Parse(t, "某市交通工作实施方案\n一、重点任务\n1.巩固提升“四好农村路”建设成果，2024年新改建农村公路300公里，市交通运输局牵头，各县（市、区）政府落实。\n")
	if len(d.Tasks) != 1 {
		t.Fatalf("%d tasks, want 1: %v", len(d.Tasks), d.Tasks)
	}
	tk := d.Tasks[0]
	if !slices.Equal(tk.Lead, []string{"市交通运输局"}) || !slices.Equal(tk.Participating, []string{"各县（市、区）政府"}) {
		t.Errorf("lead %v, participating %v", tk.Lead, tk.Participating)
	}
}
