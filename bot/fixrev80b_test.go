package bot

import (
	"strings"
	"testing"
)

// fixrev80b: the rules behind review 80's English and place tests (English names of the cyberspace,
// natural-resources and government-services offices, an office's possessive, English done questions,
// the governments below a city), each on made-up plans of the same shape: a city's 城市更新 plan whose
// items close with "（X牵头，Y配合）" and name 各县（市、区）人民政府, and a county's plan under that city.
const fix80bJinhua = `金华市2027年城市更新行动方案

为推进城市更新，提升城市品质，结合我市实际，制定本方案。

一、重点任务
1.建设城市更新信息平台。2027年5月底前建成城市更新项目管理平台。（市委网信办牵头，市大数据局配合）
2.开展城市体检评估。2027年7月31日前完成年度城市体检。（市自然资源和规划局牵头，市住房城乡建设局配合）
3.推进更新项目审批提速。2027年3月底前实现更新项目并联审批。（市行政审批局牵头，市自然资源和规划局配合）
4.实施老旧街区改造。2027年10月底前完成老旧街区改造12个。（市住房城乡建设局牵头，各县（市、区）人民政府配合）
5.保障城市更新资金。2027年4月底前设立城市更新专项资金。（市财政局负责）

二、保障措施
市城市更新工作领导小组办公室设在市住房城乡建设局。

金华市人民政府办公室
2026年11月20日
`

// fix80bWuyi is a county's plan under the same city, which names no 县政府 of its own.
const fix80bWuyi = `金华市武义县2027年城乡风貌整治工作方案

一、主要任务
（一）整治集镇风貌。2027年6月底前完成集镇风貌整治3个。（责任单位：县住建局；配合单位：各乡镇（街道））
（二）提升乡村道路。2027年9月底前完成乡村道路提升50公里。（责任单位：县交通运输局；配合单位：县财政局）

武义县人民政府办公室
2026年11月25日
`

// English names of the offices a plan names in Chinese are their department types: the cyberspace
// office (网信), the natural resources (and planning) bureau, the administrative approval or
// government services bureau; an office's possessive is the office's.
func TestFix80b_EnglishOfficeNames(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"What does the cyber security and informatization office lead?", "信息平台"},
		{"What does the cyberspace affairs commission do?", "信息平台"},
		{"Which tasks does the land and resources bureau lead?", "城市体检"},
		{"What does the planning and natural resources bureau lead?", "城市体检"},
		{"What does the administrative approval bureau lead?", "审批提速"},
		{"What does the government service bureau lead?", "审批提速"},
		{"What are the finance bureau's tasks?", "专项资金"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix80bJinhua, "2026-12-07", c.q)
			if !names(c.want) || len(a.Tasks) != 1 {
				t.Errorf("want the one task %s; the answer (%s, %s, %d tasks):\n%.400s", c.want, a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// The same types asked in Chinese: 网信部门, 行政审批部门, 政务服务部门.
func TestFix80b_ChineseOfficeTypes(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"网信部门负责哪些任务?", "信息平台"},
		{"行政审批部门有哪些任务?", "审批提速"},
		{"政务服务部门牵头哪些?", "审批提速"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix80bJinhua, "2026-12-07", c.q)
			if !names(c.want) || len(a.Tasks) != 1 {
				t.Errorf("want the one task %s; the answer (%s, %s, %d tasks):\n%.400s", c.want, a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// An English question that opens with its verb and asks whether a unit's tasks are done gets each
// task with its done state; "how many of X's tasks are finished" counts those marked done.
func TestFix80b_EnglishDoneQuestions(t *testing.T) {
	marked := func(t *testing.T, q string) (Answer, func(string) bool) {
		t.Helper()
		return rev78AskMarked(t, fix80bJinhua, "市住房城乡建设局", []string{"老旧街区"}, q)
	}
	for _, q := range []string{"Has the housing and urban-rural development bureau finished its tasks?", "Have the construction bureau's tasks been completed?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := marked(t, q)
			if !strings.Contains(a.Text, "marked done by") || !strings.Contains(a.Text, "not marked done") {
				t.Errorf("item 4 is marked done, item 2 not; the answer (%s, %d tasks):\n%.500s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
	for _, q := range []string{"How many of the construction bureau's tasks are finished?", "How many of the housing bureau's tasks are done?"} {
		t.Run(q, func(t *testing.T) {
			a, names := marked(t, q)
			if a.Intent != KindCount || len(a.Tasks) != 1 || !names("老旧街区") {
				t.Errorf("one of its tasks is marked done; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// A county's government that no plan names (武义县政府, 金华市磐安县政府, 县政府) is among the city
// plan's group of governments at its level (各县（市、区）人民政府); so are "the county governments".
// A level the group does not hold is not it.
func TestFix80b_GovernmentBelowTheCity(t *testing.T) {
	for _, q := range []string{"金华市磐安县政府要配合哪些工作?", "县政府有哪些任务?", "What do the county governments support?", "What do the district and county governments have to do?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev73Ask(t, fix80bJinhua, "2026-12-07", q)
			if !names("老旧街区") || len(a.Tasks) != 1 {
				t.Errorf("各县（市、区）人民政府 support item 4; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
	t.Run("武义县政府 with the county's plan", func(t *testing.T) {
		ix := textIndex(t, fix80bJinhua, fix80bWuyi)
		a := askOn(t, NewEngine(ix, Options{}), "2026-12-07", "武义县政府要配合哪些工作?")[0]
		if !rev69Names(t, ix, a, "老旧街区") || len(a.Tasks) != 1 {
			t.Errorf("武义县 is a county of 金华市, whose 各县（市、区）人民政府 support item 4; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
		}
	})
	t.Run("a group of counties only", func(t *testing.T) {
		text := strings.Replace(fix80bJinhua, "各县（市、区）人民政府", "各县（市）人民政府", 1)
		a, _ := rev73Ask(t, text, "2026-12-07", "区政府要配合哪些工作?")
		if len(a.Tasks) != 0 {
			t.Errorf("各县（市）人民政府 are no district's; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
		}
	})
}
