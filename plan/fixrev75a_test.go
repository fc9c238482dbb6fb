package plan

import "testing"

// Cases of my own, of the shapes review 75 showed (rev75_test.go), written to check that each rule
// is a property of plan language and not of the reviewer's text.

// TestFixRev75a_RoleNotes: a 分工 note's short labels (主责/参加), a slash between two marked lists
// (full-width), labels of units inside prose ending at the full stop, a label cell and its value with
// no colon, and a bare note with the item's time after it.
func TestFixRev75a_RoleNotes(t *testing.T) {
	d := rev66Parse(t, "安远县2026年森林防火工作方案\n\n三、工作任务\n"+
		"1.开展防火宣传。（主责：县林业局；参加：县应急管理局、各乡镇）\n"+
		"2.建设防火隔离带20公里。（县林业局牵头／县财政局、县自然资源局配合）\n"+
		"3.完善应急预案。主责单位：县应急管理局；协助单位：县林业局。年内修订县级森林火灾应急预案。\n"+
		"4.组织扑火演练。\n责任部门 县应急管理局\n配合部门 县消防救援大队\n"+
		"5.配备扑火装备。购置风力灭火机50台。（县应急管理局、县林业局）9月底前完成。\n"+
		"6.开展隐患排查。排查林区输电线路。（县供电公司）\n")
	rev75Roles(t, d, rev66Task(t, d, "防火宣传"), []string{"县林业局"}, []string{"县应急管理局", "各乡镇"})
	rev75Roles(t, d, rev66Task(t, d, "防火隔离带"), []string{"县林业局"}, []string{"县财政局", "县自然资源局"})
	rev75Roles(t, d, rev66Task(t, d, "应急预案"), []string{"县应急管理局"}, []string{"县林业局"})
	rev75Roles(t, d, rev66Task(t, d, "扑火演练"), []string{"县应急管理局"}, []string{"县消防救援大队"})
	rev75Roles(t, d, rev66Task(t, d, "扑火装备"), []string{"县应急管理局", "县林业局"}, nil)
	rev75OwnDue(t, d, "扑火装备", "2026-09-30")
	rev74Due(t, d, "隐患排查", "2026-12-31")
}

// TestFixRev75a_Periods: 两日一巡查 (every second day), 一周一研判, a count of sessions per period in
// prose and in a time cell, and a day or a month pledged for completion (力争, 确保) without a year.
func TestFixRev75a_Periods(t *testing.T) {
	d := rev66Parse(t, "会昌县2026年汛期安全工作方案\n\n二、工作措施\n"+
		"1.加强山塘巡查。汛期对小型水库实行两日一巡查。（责任单位：县水利局）\n"+
		"2.强化会商研判。实行一周一研判、一季一点评。（责任单位：县应急管理局）\n"+
		"3.开展防汛培训。每半年2期。（责任单位：县水利局）\n"+
		"4.建设水文监测站。力争11月15日竣工验收。（责任单位：县水文局）\n"+
		"5.建设防汛物资仓库。确保6月投入使用。（责任单位：县应急管理局）\n")
	rev75HasFreq(t, d, rev66Task(t, d, "山塘巡查"), Daily, 2)
	rev75HasFreq(t, d, rev66Task(t, d, "会商研判"), Weekly, 1)
	rev75HasFreq(t, d, rev66Task(t, d, "会商研判"), Monthly, 3)
	rev75HasFreq(t, d, rev66Task(t, d, "防汛培训"), Monthly, 6)
	rev75OwnDue(t, d, "水文监测站", "2026-11-15")
	rev75OwnDue(t, d, "防汛物资仓库", "2026-06-30")
}

// TestFixRev75a_NotPledged: a day that dates what happened, or one after 确保 with no completion after
// it, is no deadline; a table header of role labels keeps its columns.
func TestFixRev75a_NotPledged(t *testing.T) {
	for _, tc := range []struct{ text, quote string }{
		{"项目已于10月30日建成投用，确保安全运行。", "10月30日"},
		{"确保9月1日正常开学，做好校园安全工作。", "9月1日"},
	} {
		for _, dl := range ParseDeadlinesIn(tc.text, 2026) {
			if dl.Quote == tc.quote {
				t.Errorf("%q: read %q as a deadline %s", tc.text, dl.Quote, dl.Date)
			}
		}
	}
	if got := colonSpacedLabels("序号 重点任务 牵头单位 配合单位 完成时限"); got != "序号 重点任务 牵头单位 配合单位 完成时限" {
		t.Errorf("header rewritten: %q", got)
	}
}
