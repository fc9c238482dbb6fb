package plan

import (
	"strings"
	"testing"
)

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

// TestForms54PaidOrCountedEachPeriod: a payment made (发放, 拨付) or a count taken (统计) each period is a
// recurring duty; a rate with its amount ("每人每月发放…200元") says how much, not when.
func TestForms54PaidOrCountedEachPeriod(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"对符合条件的困难残疾人按月发放生活补贴，重度残疾人护理补贴同步发放。", "monthly"},
		{"区财政局每季度拨付社区养老服务站运营补贴。", "quarterly"},
		{"按季度统计全区规模以上服务业企业营业收入情况。", "quarterly"},
		{"每年统计一次辖区内闲置厂房面积。", "yearly"},
		{"对年满65周岁的老年人，每人每月发放交通补贴不低于50元。", ""},
		{"每年拨付专项资金500万元用于老旧小区改造。", ""},
	} {
		var got []string
		for _, r := range ParseRecurring(c.text) {
			got = append(got, ruleName(r.Rule))
		}
		if want := c.want; strings.Join(got, " ") != want {
			t.Errorf("%s: rules %v, want %q", c.text, got, want)
		}
	}
}

// TestForms54BracketedOtherKind: a bracket that names the body standing in for the one before it
// (街道办事处 where there is no 乡镇, 园区 beside 街镇, 党组 beside 党委) keeps the party whole; a body's second
// name in brackets still goes by the first.
func TestForms54BracketedOtherKind(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       taskWant
	}{
		{"towns or subdistricts", "1.完成农村房屋安全隐患排查整治。（责任单位：县住房城乡建设局、各乡镇人民政府（街道办事处））\n",
			taskWant{lead: []string{"县住房城乡建设局", "各乡镇人民政府（街道办事处）"}}},
		{"towns and parks", "1.各街镇（园区）负责辖区内既有建筑节能改造项目的排摸和推进。\n",
			taskWant{lead: []string{"各街镇（园区）"}}},
		{"party committees or groups", "1.落实网络意识形态工作责任制。（责任单位：区委网信办、区直各单位党委（党组））\n",
			taskWant{lead: []string{"区委网信办", "区直各单位党委（党组）"}}},
		{"a second name still goes by the first", "1.推进电力保供。（责任单位：市发展改革委（市能源局））\n",
			taskWant{lead: []string{"市发展改革委"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.text, []taskWant{c.want})
		})
	}
}

// TestForms54DivisionHelper: in a division of duties, a unit whose own duty opens by helping and
// names no one it helps ("市城管局：配合做好…") takes part in the work of the unit before it; one that
// names whom it helps ("：负责配合市房产局制定…") helps that unit, as before.
func TestForms54DivisionHelper(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       taskWant
	}{
		{"配合做好", "1.市交通运输局：负责农村公路提质改造；市公安局交警支队：配合做好施工路段交通疏导。\n",
			taskWant{lead: []string{"市交通运输局"}, partic: []string{"市公安局交警支队"}}},
		{"负责协助", "1.区民政局：负责养老服务设施布点规划；区财政局：负责协助落实建设资金。\n",
			taskWant{lead: []string{"区民政局"}, partic: []string{"区财政局"}}},
		{"helps a unit named", "1.县财政局：负责配合县住建局制定老旧小区改造补助办法。\n",
			taskWant{lead: []string{"县住建局"}, partic: []string{"县财政局"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.text, []taskWant{c.want})
		})
	}
}
