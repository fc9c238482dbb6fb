package plan

import "testing"

// Fixes of open questions 60c, tried on forms of our own.

// TestFixQ60c_CutLastUnitCell: a spaced table's last row whose partner cell the end of the copy cuts
// inside its last name keeps the whole names before the cut.
func TestFixQ60c_CutLastUnitCell(t *testing.T) {
	d := rev66Parse(t, "某县2025年民生实事任务分解表\n"+
		"序号 重点工作任务 主要责任单位 协同配合单位\n"+
		"1 新建城乡公共停车场10个。 县住建局 县公安局、县城管局。\n"+
		"2 农村自来水普及率达到95%以上。 县水利局\n"+
		"县农业农村局\n"+
		"县财政局,各乡镇人民政府,县城投")
	rev75Roles(t, d, rev66Task(t, d, "农村自来水普及率"), []string{"县水利局", "县农业农村局"}, []string{"县财政局", "各乡镇人民政府"})
}
