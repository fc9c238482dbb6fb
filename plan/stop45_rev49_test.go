package plan

import (
	"testing"
)

// TestRev49JiezhiWithYearKeepsDeadline: a 截止/截至 date that sets work ("截止到10月底前完成全部整改",
// "截止11月底，全面完成…任务") is a deadline when written without its year (stop 41 pins it, dates.go
// ParseDeadlinesIn's yearless loop: 前 is a deadline, work ordered after the date is one), but the same
// sentence with its year goes through notADeadline, which drops every 截至 date that is no day and
// has no count ahead (`ph.day == "" && !forwardCount(after)`), 前 and 完成 or not. ARCHITECTURE says
// "截至 with no year follows the same rule as with one"; the two owners have drifted, and a plan that
// writes the year (most do) loses the task's deadline: it is never due, never nudged.
func TestRev49JiezhiWithYearKeepsDeadline(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"截止到2025年10月底前完成全部整改。", "2025-10-31 by"},
		{"截止2025年11月底，全面完成农村危房改造任务。", "2025-11-30 by"},
		{"截止2025年11月底，各地组织完成农村饮水安全隐患排查。", "2025-11-30 by"},
		{"截至2025年9月底前，完成全部问题整改销号。", "2025-09-30 by"},
	} {
		checkDates(t, tc.text, 2025, []string{tc.want})
	}
	// The yearless forms, as stop 41 pins them, for comparison.
	checkDates(t, "截止到10月底前完成全部整改。", 2025, []string{"2025-10-31 by"})
	checkDates(t, "截止11月底，全面完成农村危房改造任务。", 2025, []string{"2025-11-30 by"})
}

// TestRev49QuarterLastMonthKeepsDay: "每季度最后一个月20日前报送" (and 每季度末月20日前, 每季度末20日前) is
// due on the 20th of March, June, September and December. recurringPatterns' 每季度末 pattern
// (dates.go, `每(?:个)?季度?(?:末|最后一个月|最后一月)`) takes the words up to 最后一个月 and returns
// RuleQuarterEnd, the quarter's last day, so the day named is dropped: every reminder and the 亮灯
// colour come ten days late. Its mirror, "每季度首月10日前" (and 每个季度第1个月的20日前), keeps its day.
func TestRev49QuarterLastMonthKeepsDay(t *testing.T) {
	checkRules(t, []ruleCase{
		{"各单位于每季度最后一个月20日前报送工作进展。", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"},
		{"每季度末月25日前向市政府报送项目推进情况。", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=25"},
		{"每个季度最后一个月的20日前报送统计数据。", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=20"},
	})
	// Unchanged: the quarter's end when no day is named.
	checkRules(t, []ruleCase{{"并于每季度末向市政府报告重点工作进展情况", "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"}})
}

// TestRev49NotePartnersByDuty: a note's partners "按职责配合" ("（X牵头，A、B按职责配合）", and 按照职责配合,
// 按各自职责配合, 等按职责配合) are lost: cutMarker (resp.go) cuts the suffix 配合 (partic) and then
// only looks for a second marker when both are roleResp, so "A、B按职责" is left as the list and
// unitList refuses it; the task keeps its lead and no partner. The same words in a sentence
// ("X牵头，A、B等按职责配合。") and 按职责分工配合 in a note both read right, so only the note form
// drifts; 按职责配合 is one of the commonest ways a plan names its helpers.
func TestRev49NotePartnersByDuty(t *testing.T) {
	checkTasks(t, formHead+
		"1.完善防返贫监测。（县乡村振兴局牵头，县民政局、县医保局按职责配合）\n"+
		"2.加强农村低保管理。（县民政局牵头，县财政局、县乡村振兴局等按职责配合）\n"+
		"3.推进农村供水保障。（县水利局牵头，县卫健局、县生态环境局按照职责配合）\n"+
		"4.加强农村道路养护。（县交通运输局牵头，县财政局、各乡镇人民政府按各自职责配合）\n"+
		"5.推进农村电商发展。县商务局牵头，县邮政分公司、县供销社等按职责配合。\n",
		[]taskWant{
			{number: "1", lead: []string{"县乡村振兴局"}, partic: []string{"县民政局", "县医保局"}},
			{number: "2", lead: []string{"县民政局"}, partic: []string{"县财政局", "县乡村振兴局"}},
			{number: "3", lead: []string{"县水利局"}, partic: []string{"县卫健局", "县生态环境局"}},
			{number: "4", lead: []string{"县交通运输局"}, partic: []string{"县财政局", "各乡镇人民政府"}},
			{number: "5", lead: []string{"县商务局"}, partic: []string{"县邮政分公司", "县供销社"}},
		})
}

// TestRev49SecondNameFoldsTheWholePlan: a unit named with its other name in brackets
// ("市发展改革委（市能源局）") makes the bracketed name a local alias (parser.unitNames, resp.go:
// p.localAliases[second] = first) from that task on only. A plan that names 市能源局 alone before that
// task and after it gets the same body under two names: task 1's lead stays 市能源局, task 3's
// partner becomes 市发展改革委. So "市能源局负责哪些任务?" finds task 1 but not task 3 (where the plan
// writes 市能源局 itself), and "市发展改革委负责哪些任务?" finds task 3 but not task 1. Which name the
// plan's units go by should not depend on where in the plan the bracket first appears.
func TestRev49SecondNameFoldsTheWholePlan(t *testing.T) {
	d, err := ParseText("rev49.txt", formHead+
		"1.建设算力中心。（牵头单位：市能源局；配合单位：市经信局）\n"+
		"2.推进新能源项目。（牵头单位：市发展改革委（市能源局））\n"+
		"3.强化能源安全保障。（牵头单位：市委网信办；配合单位：市能源局）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 3 || len(d.Tasks[0].Lead) != 1 || len(d.Tasks[2].Participating) != 1 {
		t.Fatalf("unexpected parse: %+v", d.Tasks)
	}
	if first, third := d.Tasks[0].Lead[0], d.Tasks[2].Participating[0]; first != third {
		t.Errorf("the plan's 市能源局 goes by two names: task 1 lead %q, task 3 partner %q", first, third)
	}
}
