package bot

import (
	"strings"
	"testing"
)

// TestOwnerOfTheRarestTerms: a question whose words no task holds together ("运输单位的招投标谁来
// 组织": 运输, 招投标, 组织) is about the task holding its rarest words together, not about every
// task that holds any one of them.
func TestOwnerOfTheRarestTerms(t *testing.T) {
	e := engineOver(t, parsed(t, "hk.txt", "某区关于加强建筑垃圾处置管理的实施意见\n某府规〔2022〕3号\n一、职责分工\n"+
		"1.区绿化市容局：组织制定建筑垃圾运输管理标准。\n"+
		"2.区绿化市容局：根据建筑垃圾运输单位招投标管理办法，及时开展招投标工作。\n"+
		"3.各街道办事处：组织居委会做好装修垃圾的处置管理。\n"+
		"4.区城管执法局：查处建筑垃圾运输车辆违规行为，组织联合执法。\n"))
	a := ask(t, e, "运输单位的招投标谁来组织？")
	if !strings.Contains(a.Text, "及时开展招投标工作") && !strings.Contains(a.Text, "招投标管理办法") {
		t.Errorf("the answer should name the 招投标 task:\n%s", a.Text)
	}
	for _, not := range []string{"组织居委会", "查处建筑垃圾运输车辆", "组织制定"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("the answer should not name %q:\n%s", not, a.Text)
		}
	}
}

// TestPlanSubjectBeforeTheAsk: "服务业工作落实情况" in a 服务业 plan asks of 工作落实情况; the task says
// it without the plan's subject.
func TestPlanSubjectBeforeTheAsk(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "某市服务业高质量发展实施方案\n某政办发〔2023〕21号\n一、保障措施\n"+
		"（一）加强考核评价。建立月度通报制度，每月10日前由市发改委对工作落实情况给予晾晒通报。\n"+
		"（二）强化要素保障。市财政局每年安排专项资金。\n"))
	a := ask(t, e, "多久通报一次服务业工作落实情况？")
	if !strings.Contains(a.Text, "每月10日前") {
		t.Errorf("the answer should give 每月10日前:\n%s", a.Text)
	}
}
