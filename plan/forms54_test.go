package plan

import "testing"

// TestForms54OrganisesUnits: a subject whose own verb is 组织 (or 统筹, 协调, 带领), followed by a
// unit's name, names whom it directs: they take part. The verb followed by work alone names no one.
func TestForms54OrganisesUnits(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       taskWant
	}{
		{"组织 districts' bureaus", "1.市文化广电旅游局组织各区文化旅游部门开展非遗进社区展演。\n",
			taskWant{lead: []string{"市文化广电旅游局"}, partic: []string{"各区文化旅游部门"}}},
		{"由…组织 a county's bureau", "1.由县住建局组织县城投公司实施老旧供水管网更新，2026年9月底前完工。\n",
			taskWant{lead: []string{"县住建局"}, partic: []string{"县城投公司"}, dates: []string{"2026-09-30 by"}}},
		{"组织 related departments", "1.市应急管理局组织相关部门开展汛前联合检查。\n",
			taskWant{lead: []string{"市应急管理局"}, partic: []string{"相关部门"}}},
		{"组织 work, no one", "1.区卫生健康委组织开展健康知识进家庭活动。\n",
			taskWant{lead: []string{"区卫生健康委"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.text, []taskWant{c.want})
		})
	}
}

// TestForms54LabelListGoesOn: a label's list that goes on one unit a line under it, indented or
// not, takes those units; a notice's signature under the last label line is no unit of it.
func TestForms54LabelListGoesOn(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []taskWant
	}{
		{"indented", "1.建设城市智慧停车平台。\n牵头单位：市城市管理局\n配合单位：市公安局交警支队\n          市大数据中心\n完成时限：2026年6月\n",
			[]taskWant{{lead: []string{"市城市管理局"}, partic: []string{"市公安局交警支队", "市大数据中心"}, dates: []string{"2026-06-30 by"}}}},
		{"flush, three lines", "1.推进农村寄递物流体系建设。\n牵头单位：县商务局\n配合单位：县交通运输局\n县邮政管理局\n中国邮政集团有限公司某县分公司\n2.开展电商培训。（责任单位：县人社局）\n",
			[]taskWant{{lead: []string{"县商务局"}, partic: []string{"县交通运输局", "县邮政管理局", "中国邮政集团有限公司某县分公司"}}, {lead: []string{"县人社局"}}}},
		{"a signature after", "1.开展技能培训。\n责任单位：县人社局\n某县人民政府办公室\n2025年3月8日\n",
			[]taskWant{{lead: []string{"县人社局"}}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.text, c.want)
		})
	}
}
