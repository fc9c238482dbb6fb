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

var fixq66cShared sharedIndex

func fixq66cAsk(t *testing.T, s string) Answer {
	t.Helper()
	ix := fixq66cShared.get(t, "fixq66c", false, fixq66cPlan)
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
