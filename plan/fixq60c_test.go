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

// TestFixQ60c_ChargedUnitUnderNeutralLabel: "X负责<what>，Y组织实施" under a 分工 label names X with Y,
// however long the work X is charged with; the marker is no part of X's name.
func TestFixQ60c_ChargedUnitUnderNeutralLabel(t *testing.T) {
	for _, tc := range []struct{ name, note string }{
		{"分工 label", "任务分工：县自然资源局负责做好用地保障，各镇人民政府组织实施，县直有关部门配合。"},
		{"long charge", "任务分工：县自然资源局负责开展“一村一策”村庄规划编制工作，各镇人民政府组织实施，县直有关部门配合。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2025年乡村振兴实施方案\n\n一、重点任务\n"+
				"（一）推进村庄整治。完成10个村的环境整治。"+tc.note+"\n"+
				"（二）发展特色产业。年底前建成基地3个。（责任单位：县农业农村局）\n")
			rev75Roles(t, d, rev66Task(t, d, "推进村庄整治"), []string{"县自然资源局", "各镇人民政府"}, []string{"县直有关部门"})
		})
	}
}

// TestFixQ60c_LeadNamedShortIsNoPartner: a 分工 line naming the task's lead without its level
// ("环境监测中心负责…" beside 牵头单位:市环境监测中心) does not make it a partner of its own task.
func TestFixQ60c_LeadNamedShortIsNoPartner(t *testing.T) {
	d := rev66Parse(t, "某市2025年环境日宣传活动方案\n\n"+
		"一、开展“环境监测站开放日”活动\n活动内容:向公众开放监测站。\n牵头单位:市环境监测中心\n参与单位:市局、各县局\n"+
		"责任分工:环境监测中心负责活动协调安排;办公室负责宣传布置。\n\n"+
		"二、开展“环保知识进社区”活动\n活动内容:进社区宣讲。\n牵头单位:市环保宣教中心\n参与单位:各县局\n")
	rev75Roles(t, d, rev66Task(t, d, "环境监测站开放日"), []string{"市环境监测中心"}, []string{"市局", "各县局", "办公室"})
}

// TestFixQ60c_GuideUnderNeutralLabel: under a 分工 label, "Y业务检查指导" and "Y业务检查指导并协助X做好…"
// name Y as taking part: what the list does first says its share.
func TestFixQ60c_GuideUnderNeutralLabel(t *testing.T) {
	for _, tc := range []struct{ name, tail string }{
		{"guide alone", "县住建局业务检查指导。"},
		{"guide then help", "县住建局业务检查指导并协助县自然资源局做好规划编制工作。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "某县2025年乡村振兴实施方案\n\n一、重点任务\n"+
				"（一）推进村庄整治。完成10个村的环境整治。任务分工：各镇人民政府组织实施，"+tc.tail+"\n"+
				"（二）发展特色产业。年底前建成基地3个。（责任单位：县农业农村局）\n")
			rev75Roles(t, d, rev66Task(t, d, "推进村庄整治"), []string{"各镇人民政府"}, []string{"县住建局"})
		})
	}
}
