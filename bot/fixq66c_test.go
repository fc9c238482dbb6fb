package bot

import (
	"context"
	"strings"
	"testing"
)

// fixq66cPlan is a county's plan written for these tests: housing measures, each naming its units
// in a note, one with a subsidy's rate.
const fixq66cPlan = `关于促进安化县房地产市场平稳健康发展的若干政策措施
安政办发〔2022〕20号
一、实行契税补贴。在安化县境内购买新建商品住房的购房人，财政部门按其所缴纳契税的50%给予补贴。（责任单位：县财政局、县税务局、县住建局）
二、支持住房公积金贷款。提高住房公积金贷款额度。（责任单位：县公积金管理部）
三、切实解决业主子女入学问题。业主购房入住后，其直系子女可享受房屋所在地义务教育阶段学校学位。（责任单位：县教育局、县住建局）
`

// fixq66cCenterPlan is a district's plan named after the unit it sets up: its work-steps, one of
// the centre's own and one of every department's, both long past.
const fixq66cCenterPlan = `嘉定区工程建设项目审批审查中心优化实体化运作工作方案
嘉府办发〔2021〕27号
一、工作节点
区审批审查中心应按照以下节点推进工作：
1.完成区审批审查中心正式挂牌。2021年6月25日前完成区工程建设项目审批审查中心的挂牌。（责任单位：区审批审查中心）
2.完善“一套清单”。各部门在2021年第三季度完成主线审批事项清单梳理。（责任单位：各部门）
`

var fixq66cShared sharedIndex

func fixq66cAsk(t *testing.T, s string) Answer {
	t.Helper()
	ix := fixq66cShared.get(t, "fixq66c", false, fixq66cPlan, fixq66cCenterPlan)
	a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-08")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestFixQ66c_WhatItSaysAndWho: a question that asks what the plan says about a task and who answers
// for it is answered with the task's words beside its units: "What does … say about" asks for them
// as "具体内容" does. Before, the units alone were listed and the subsidy's rate was not said.
func TestFixQ66c_WhatItSaysAndWho(t *testing.T) {
	for _, c := range []struct{ name, q string }{
		{"English", "What does the Anhua plan say about the deed tax subsidy, and who is responsible?"},
		{"Chinese", "安化县方案对契税补贴怎么说,谁负责?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq66cAsk(t, c.q)
			for _, want := range []string{"50%", "县财政局"} {
				if !strings.Contains(a.Text, want) {
					t.Errorf("answer lacks %q:\n%s", want, a.Text)
				}
			}
		})
	}
}

// TestFixQ66c_UnitReadIntoPlanNoun: "嘉定审批审查中心方案里…" names the plan by its title's words (…审批
// 审查中心…工作方案), though a unit of the plan is called 区审批审查中心: the unit's name read on into
// the plan's noun names the plan, and the question asks of all its tasks. Before, it asked of the
// centre's own tasks only, and 各部门's overdue step was left out.
func TestFixQ66c_UnitReadIntoPlanNoun(t *testing.T) {
	a := fixq66cAsk(t, "嘉定审批审查中心方案里哪些任务已经逾期了?")
	for _, want := range []string{"正式挂牌", "一套清单"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, a.Text)
		}
	}
	// The centre asked of by its own name stays a unit.
	if a := fixq66cAsk(t, "区审批审查中心负责哪些任务?"); strings.Contains(a.Text, "一套清单") {
		t.Errorf("the centre's own tasks hold 各部门's step:\n%s", a.Text)
	}
}
