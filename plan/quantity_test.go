package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestQuantityTable reads a flattened task-quantity table (one cell a line, a header of several
// levels, a place whose merged cell covers two rows, a totals row): each place's row is its task,
// a goal for the end of each year the header names.
func TestQuantityTable(t *testing.T) {
	cells := []string{
		"附件", "某某县农村公路提升工程任务分解表", "单位：公里",
		"乡镇", "2025-2027年任务量", "分年度任务量", "2025年", "40%", "2026年", "30%", "2027年", "30%", "新建", "改建",
		"城关镇", "120.5", "80", "40.5",
		"河口乡", "东片", "60", "30", "30",
		"西片", "45.2", "20", "25.2",
		"石门街道", "12", "12", "0",
		"合计", "237.7", "142", "95.7",
	}
	text := formHead + "1.推进农村公路提升。各乡镇要按附件任务量推进（责任单位：县交通运输局）。\n\n" + strings.Join(cells, "\n\n") + "\n"
	dates := []string{"2025-12-31 target", "2026-12-31 target", "2027-12-31 target"} // year columns of quantities: goals for each year
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"县交通运输局"}},
		{lead: []string{"城关镇"}, dates: dates},
		{lead: []string{"河口乡"}, dates: dates},
		{lead: []string{"河口乡"}, dates: dates},
		{lead: []string{"石门街道"}, dates: dates},
	})
	for _, w := range []string{"城关镇120.5／80／40.5", "河口乡东片60／30／30", "河口乡西片45.2／20／25.2"} {
		found := false
		for _, x := range d.Tasks {
			found = found || strings.Contains(x.Text, w)
		}
		if !found {
			t.Errorf("no task reads %q (its figures apart)", w)
		}
	}
}

// TestDatedItems: items whose words open with their deadline ("1.2024年8月底前，各区…") are items,
// though a figure follows their number; a number before a bare year ("1.2019年度总结") is not.
func TestDatedItems(t *testing.T) {
	text := formHead + "1.2024年8月底前，市园林局对本市绿化建设任务进行梳理。\n2.2024年9月底前，市绿化市容局制定专项推广应用方案。\n3.加强宣传。（责任单位：市委宣传部）\n1.2019年度工作总结已印发，请对照执行。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市园林局"}, dates: []string{"2024-08-31 by"}},
		{number: "2", lead: []string{"市绿化市容局"}, dates: []string{"2024-09-30 by"}},
		{number: "3", lead: []string{"市委宣传部"}},
	})
}

// TestYearColumns: a task table with a column for each year ("2025年 | 2026年 | 2027年") sets each
// row a target for each year, its cells labelled with their year; a year before the plan's own is a
// baseline and sets none ("2024年" in a plan of 2025), nor does a label give it a deadline.
func TestYearColumns(t *testing.T) {
	dates := []string{"2025-12-31 target", "2026-12-31 target", "2027-12-31 target"}
	for _, tc := range []struct{ name, table string }{
		{"piped", "｜序号｜重点任务｜2024年｜2025年｜2026年｜2027年｜责任单位｜\n｜1｜新建污水管网｜5公里｜10公里｜15公里｜20公里｜区水务局｜\n｜2｜改造老旧小区｜3个｜5个｜8个｜10个｜区住建局｜\n"},
		{"one cell a line", "序号\n重点任务\n2024年\n2025年\n2026年\n2027年\n责任单位\n1\n新建污水管网\n5公里\n10公里\n15公里\n20公里\n区水务局\n2\n改造老旧小区\n3个\n5个\n8个\n10个\n区住建局\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := checkTasks(t, formHead+"附件\n重点任务分解表\n"+tc.table, []taskWant{
				{number: "1", lead: []string{"区水务局"}, dates: dates},
				{number: "2", lead: []string{"区住建局"}, dates: dates},
			})
			if !strings.Contains(d.Tasks[0].Text, "2026年：15公里") || !strings.Contains(d.Tasks[0].Text, "2024年：5公里") {
				t.Errorf("task 1 should label its cells with their year:\n%s", d.Tasks[0].Text)
			}
		})
	}
}

// TestQuantityTableReview: a 序号 column is no figure of the row above; a place the patterns do not
// know is not a part of the place above; a 单位 column of an indicator table is a unit of measure.
func TestQuantityTableReview(t *testing.T) {
	cells := func(cs ...string) string { return strings.Join(cs, "\n\n") + "\n" }
	t.Run("a serial column", func(t *testing.T) {
		d := checkTasks(t, formHead+cells("序号", "街镇", "2024年", "2025年", "1", "青村镇", "10", "20", "2", "金汇镇", "5", "8"), []taskWant{
			{lead: []string{"青村镇"}, dates: []string{"2024-12-31 target", "2025-12-31 target"}},
			{lead: []string{"金汇镇"}, dates: []string{"2024-12-31 target", "2025-12-31 target"}},
		})
		if !strings.Contains(d.Tasks[0].Text, "青村镇10／20（") {
			t.Errorf("the next row's number ran into the row above: %q", d.Tasks[0].Text)
		}
	})
	t.Run("an unknown place", func(t *testing.T) {
		text := formHead + "1.推进整治。（责任单位：区规划资源局）\n\n" + cells("街镇", "2024年", "2025年", "南桥镇", "10", "20", "奉贤新城", "5", "8", "海湾农场", "3", "4")
		d, err := ParseText("q.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range d.Tasks {
			if strings.Contains(x.Text, "南桥镇奉贤新城") || strings.Contains(x.Text, "南桥镇海湾农场") {
				t.Errorf("a place filed under the one above: %q", x.Text)
			}
		}
	})
	t.Run("an indicator table's unit of measure", func(t *testing.T) {
		text := formHead + "1.推进整治。（责任单位：区规划资源局）\n\n" + cells("指标", "单位", "2024年", "2025年", "2026年", "新建绿色社区", "个", "10", "20", "30", "改造老旧小区", "个", "5", "8", "10")
		d, err := ParseText("q.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range d.Tasks {
			if slices.Contains(x.Lead, "新建绿色社区") {
				t.Errorf("an indicator read as a place: %q lead %v", x.Text, x.Lead)
			}
		}
	})
}
