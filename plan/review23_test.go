package plan

import "testing"

// TestReviewFindingsStop23Plan holds the cases a code review of this stop's parser changes found,
// each wrong before its fix.
func TestReviewFindingsStop23Plan(t *testing.T) {
	t.Run("a group's attitude before 配合 still supports", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、重点任务\n（一）推进改造。市住建局要统筹推进改造。有关单位要高度重视，积极配合。\n（二）保障资金。市发改委要统筹安排。市财政局要积极主动，配合市发改委做好资金保障。\n", []taskWant{
			{number: "(一)", lead: []string{"市住建局"}, partic: []string{"有关单位"}},
			{number: "(二)", lead: []string{"市发改委"}, partic: []string{"市财政局"}},
		})
	})
	t.Run("所在地 is no occasion", func(t *testing.T) {
		d, err := ParseText("x.txt", "某市方案\n一、重点任务\n（一）加强验收。市住建局要完善验收标准。项目所在地区政府在项目验收时，应当组织核查。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range d.Tasks {
			for _, u := range tk.Lead {
				if u == "项目所" {
					t.Errorf("task %s: lead %v", tk.Number, tk.Lead)
				}
			}
		}
	})
	t.Run("an occasion without a comma, or ending in 内", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、重点任务\n（一）加强验收。市住建局要完善验收标准。市城管局在工程竣工验收后5日内，要对垃圾处置情况进行核查。\n", []taskWant{
			{number: "(一)-1", lead: []string{"市住建局"}},
			{number: "(一)-2", lead: []string{"市城管局"}},
		})
	})
	t.Run("after 牵头 only a unit takes part, not 向/与/督促", func(t *testing.T) {
		checkTasks(t, "某区方案\n一、任务\n1.报送计划。区发改委牵头向市政府报送年度计划。\n2.对接省厅。区发改委牵头与省发展改革委对接。\n3.督促落实。区商务局牵头督促各乡镇落实。\n4.开展巡查。由经济发展处牵头，组织协调市场监管所、社会事务处开展巡查。\n", []taskWant{
			{number: "1", lead: []string{"区发改委"}},
			{number: "2", lead: []string{"区发改委"}},
			{number: "3", lead: []string{"区商务局"}},
			{number: "4", lead: []string{"经济发展处"}, partic: []string{"市场监管所", "社会事务处"}},
		})
	})
	t.Run("an item title holding 目标 does not set the plan's period", func(t *testing.T) {
		checkTasks(t, "某区方案\n一、工作目标\n到2025年，全区能耗强度明显下降。\n二、重点任务\n（一）实现碳达峰目标。力争到2030年实现碳达峰。\n（二）区发改委负责编制能源规划。\n", []taskWant{
			{number: "(一)", dates: []string{"2030-12-31 target"}},
			{number: "(二)", lead: []string{"区发改委"}, dates: []string{"2025-12-31 target"}},
		})
	})
	t.Run("a vision year first is not the plan's horizon", func(t *testing.T) {
		checkTasks(t, "某区方案\n一、目标任务\n到2035年，实现口袋公园全覆盖；到2026年，全区建成口袋公园30个。\n二、职责分工\n（一）区绿化局负责编制年度建设计划。\n", []taskWant{
			{number: "(一)", lead: []string{"区绿化局"}, dates: []string{"2026-12-31 target"}},
		})
	})
	t.Run("a wrapped, short or numbered duty table", func(t *testing.T) {
		checkTasks(t, "某区整治方案\n一、任务\n1.开展整治。（责任单位：区规划资源局）\n附件\n成员单位职责分工\n\n序号\n\n单位\n\n职责分工\n\n1\n\n区发展改革委\n\n负责整治项目的立项工作，\n\n指导各街镇做好项目申报。\n\n2\n\n区财政局\n\n负责资金保障。\n", []taskWant{
			{number: "1", lead: []string{"区规划资源局"}},
			{number: "1", lead: []string{"区发展改革委"}},
			{number: "2", lead: []string{"区财政局"}},
		})
	})
}

func TestReviewDatesStop23(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a deadline to start by", "2021年6月底前启动，年底前完成。", []string{"2021-06-30", "2021-12-31"}},
		{"a record of work done", "对2021年完成改造的小区开展回头看。", nil},
		{"a figure of what was done", "总结2022年完成情况，研究部署工作。", nil},
		{"a value of what was done", "较2020年完成值提高10%。", nil},
		{"mismatched quotes around 十一", "在\"十一”前完成集中整治。", []string{"2023-09-30"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(c.text, 2023) {
				got = append(got, d.Date.String())
			}
			if !sameStrings(got, c.want) {
				t.Errorf("%q: %v, want %v", c.text, got, c.want)
			}
		})
	}
}
