package plan

import (
	"strings"
	"testing"
)

// Fixes of the question rounds 176 and 178 (plan side), tried on texts written for them.

// TestFixQ63a_CohortWithYearNote: a date that says which things a task is about, with a note in
// brackets on whether its own year is in ("1990年之前（含1990年）建成、…的危房"), is no deadline of the
// task's; the same date with work after it still is.
func TestFixQ63a_CohortWithYearNote(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		deadline       string // the own deadline wanted, "" for none
	}{
		{"含 the year, then a list", "各区政府负责排查1990年之前（含1990年）建成、建设标准低、失修失养且未改造的危险房屋。", ""},
		{"含 alone", "各区政府负责对2000年底前（含）建成的老旧小区开展摸底。", ""},
		{"包括 the day", "各区政府负责清理2012年12月31日之前(包括当日)发生的违法用地。", ""},
		{"no note (as before)", "各区政府负责对2000年底前建成的老旧小区开展摸底。", ""},
		{"work by then", "各区政府于2025年6月底前（含）完成摸底。", "2025-06-30"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某市2024年房屋安全排查工作方案\n\n一、重点任务\n"+
				"（一）开展房屋排查。"+tc.sentence+"\n"+
				"（二）建立档案。市住建局于2024年12月底前建立档案信息系统。\n")
			x := rev66Task(t, d, "开展房屋排查")
			var own []string
			for _, dl := range x.Deadlines {
				if !dl.Inherited {
					own = append(own, dl.Date.String())
				}
			}
			if got := strings.Join(own, ","); got != tc.deadline {
				t.Errorf("own deadlines %q; want %q:%s", got, tc.deadline, rev59Dump(d))
			}
		})
	}
}

// TestFixQ63a_IssuerLabelShortened: a page's issuer label that shortens the organ the notice's title
// names ("发布机构 | 政府办", "区人民政府办公室关于印发…") gives way to the title's name; a label naming
// another organ, or no title naming one, leaves the label.
func TestFixQ63a_IssuerLabelShortened(t *testing.T) {
	for _, tc := range []struct {
		name, label, titleLine, want string
	}{
		{"shortened", "政府办", "青政办〔2021〕3 号 区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知", "区人民政府办公室"},
		{"shortened, no number", "府办", "县人民政府办公室关于印发2021年县政府工作报告目标任务分解方案的通知", "县人民政府办公室"},
		{"another organ", "区发展改革局", "区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知", "区发展改革局"},
		{"no title organ", "政府办", "2021年区政府工作报告目标任务分解方案", "政府办"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "文 号 | 青政办〔2021〕3 号 | 发文日期 | 2021-03-19 |\n---|---|---|---|\n发布机构 | "+tc.label+" | 有 效 性 | 有效 |\n"+
				tc.titleLine+"\n各街道办事处，区人民政府各部门：\n"+
				"一、加强组织领导。各责任单位要切实加强领导。\n"+
				"二、强化督查考核。区政府督查室要定期通报进展。\n")
			if d.Issuer != tc.want {
				t.Errorf("issuer %q, want %q", d.Issuer, tc.want)
			}
		})
	}
}
