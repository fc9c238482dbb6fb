package plan

import "testing"

// TestFixQ63b_ShortCountyNoMatchForNamedCity: a plan that names its city once ("上海平安建设") and a
// campaign word that is also a county's short name many times ("平安市场" holds 平安 of 海东市平安区)
// is the city's plan: a county found only by its short name never overrides a city the text names.
// A county named in full more often than the city still does.
func TestFixQ63b_ShortCountyNoMatchForNamedCity(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"ShortNameIsAWord", `一、工作职责
1、区市场监管局。负责督促市场开办者落实“平安市场”创建标准,开展市场内食品安全检查。
2、区公安分局。负责维护市场及周边治安秩序,配合做好“平安市场”创建工作。
3、区消防支队。负责市场消防安全检查,督促整改火灾隐患。
二、工作安排
(一)动员部署阶段(3-4月)。本区各市场对照“平安市场”标准开展自查。
(二)检查评估阶段(10-11月)。由区市场监管局牵头,对照“平安市场”标准评估创建成效。
三、工作要求
各街镇要从服务“上海平安建设”的高度,加强对“平安市场”创建活动的领导。`, "上海市"},
		{"FullCountyStillWins", `一、工作职责
1、禄丰市市场监管局。负责禄丰市集贸市场食品安全检查。
2、禄丰市公安局。负责禄丰市市场周边治安秩序。
二、工作要求
各乡镇要学习上海经验,抓好落实。`, "楚雄彝族自治州禄丰市"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := ParseText("fixq63b-"+c.name+".txt", c.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.City != c.want {
				t.Errorf("city %q, want %q", d.City, c.want)
			}
		})
	}
}
