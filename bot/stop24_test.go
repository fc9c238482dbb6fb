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
