package plan

import (
	"strings"
	"testing"
)

// TestStop36MonthsListedAfterAYear: months listed after a month with its year are dates of that
// year ("2025年6月、12月各完成一次"), each with the first one's kind; a last month with 底前 is read
// once.
func TestStop36MonthsListedAfterAYear(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"two months, each", "2025年6月、12月各完成一次评估。", []string{"2025-06-30 by", "2025-12-31 by"}},
		{"joined by 和", "2025年6月和12月各开展一次督查。", []string{"2025-06-30 by", "2025-12-31 by"}},
		{"four, the last with 底前", "于2025年3月、6月、9月、12月底前报送进展。", []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by", "2025-12-31 by"}},
		{"targets", "力争2027年6月、12月分别达到80%、90%。", []string{"2027-06-30 target", "2027-12-31 target"}},
		{"not later months: no list of one year", "2025年12月、3月召开。", []string{"2025-12-31 by"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+"1.推进城市更新，"+c.text+"（牵头单位：市住建局）\n", []taskWant{{lead: []string{"市住建局"}, dates: c.want}})
		})
	}
}

// TestStop36PipedRowCutByAPage: a piped table's row whose text a page break cut goes on in a line of
// one cell after the page number; a short label alone in the number column groups the rows below
// it. Neither is a row of its own.
func TestStop36PipedRowCutByAPage(t *testing.T) {
	head := "附件\n重点任务清单\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
	t.Run("the rest of a row after a page break", func(t *testing.T) {
		d := checkTasks(t, head+
			"| 1 | 推进老旧小区改造，完成改造小区50个 | 市住建局 | 各区政府 | 2025年12月底前 |\n"+
			"| 2 | 建设城市生命线安全工程，建成监测平台并接入燃气、 | 市住建局 | 市应急局 | 2026年6月底前 |\n"+
			"\n— 5 —\n\n"+
			"| 供水等数据 |  |  |  |\n"+
			"| 3 | 开展城市体检，形成体检报告 | 市住建局 | 市自然资源局 | 2025年10月底前 |\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, partic: []string{"各区政府"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市住建局"}, partic: []string{"市应急局"}, dates: []string{"2026-06-30 by"}},
			{number: "3", lead: []string{"市住建局"}, partic: []string{"市自然资源局"}, dates: []string{"2025-10-31 by"}},
		})
		if !strings.Contains(d.Tasks[1].Text, "接入燃气、供水等数据") {
			t.Errorf("row 2's text %q lacks its rest after the page", d.Tasks[1].Text)
		}
	})
	t.Run("group labels between rows", func(t *testing.T) {
		d := checkTasks(t, head+
			"| 城市更新 |  |  |  |  |\n"+
			"| 1 | 推进老旧小区改造，完成改造小区50个 | 市住建局 | 各区政府 | 2025年12月底前 |\n"+
			"| 城市安全 |  |  |  |  |\n"+
			"| 2 | 建设城市生命线安全工程 | 市住建局 | 市应急局 | 2026年6月底前 |\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, partic: []string{"各区政府"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市住建局"}, partic: []string{"市应急局"}, dates: []string{"2026-06-30 by"}},
		})
		if !strings.Contains(d.Tasks[1].Section, "城市安全") || !strings.Contains(d.Tasks[0].Section, "城市更新") {
			t.Errorf("sections %q, %q: want each row under its group label", d.Tasks[0].Section, d.Tasks[1].Section)
		}
	})
}

// TestStop36AttachedTable: "附表" alone on its line opens an attachment as "附件" does: its table's
// rows hang under it, not under the plan's last item.
func TestStop36AttachedTable(t *testing.T) {
	d := checkTasks(t, "丽水市城市更新行动方案\n一、重点任务\n"+
		"（一）推进老旧小区改造。完成改造50个。（牵头单位：市住建局）\n"+
		"附表\n重点任务清单\n| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n"+
		"| 1 | 开展城市体检 | 市住建局 |\n", []taskWant{
		{number: "(一)", lead: []string{"市住建局"}},
		{number: "1", lead: []string{"市住建局"}},
	})
	if s := d.Tasks[1].Section; strings.Contains(s, "老旧小区") || !strings.HasPrefix(s, "附表") {
		t.Errorf("the table's row is under %q, want the attachment 附表", s)
	}
}
