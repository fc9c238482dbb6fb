package plan

import "testing"

// TestStop35PeriodColumnsFilled: a table with a column per quarter gives each row the end of the
// quarters whose cells it fills, not of every quarter the header names.
func TestStop35PeriodColumnsFilled(t *testing.T) {
	text := "某县2025年重点工作推进计划\n" +
		"| 序号 | 重点工作 | 责任单位 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |\n" +
		"| 1 | 建设城乡供水一体化工程 | 县水利局 | 完成设计招标 | 开工建设 |  |  |\n" +
		"| 2 | 推进老旧小区改造 | 县住建局 |  |  |  | 完成改造12个 |\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"县水利局"}, dates: []string{"2025-03-31 by", "2025-06-30 by"}},
		{number: "2", lead: []string{"县住建局"}, dates: []string{"2025-12-31 by"}},
	})
}

// TestStop35BoxTables: box-drawn tables as Word exports draw them, beyond one row a first-column
// cell.
func TestStop35BoxTables(t *testing.T) {
	t.Run("a first column merged over two rows of the task column", func(t *testing.T) {
		checkTasks(t, formHead+
			"┌────┬──────────┬──────┐\n"+
			"│领域│工作任务  │责任单位│\n"+
			"├────┼──────────┼──────┤\n"+
			"│产业│推进园区提│市发改委│\n"+
			"│发展│质扩容    │        │\n"+
			"│    ├──────────┼──────┤\n"+
			"│    │培育专精特│市经信局│\n"+
			"│    │新企业    │        │\n"+
			"├────┼──────────┼──────┤\n"+
			"│民生│建设保障性│市住建局│\n"+
			"│    │租赁住房  │        │\n"+
			"└────┴──────────┴──────┘\n", []taskWant{
			{lead: []string{"市发改委"}},
			{lead: []string{"市经信局"}},
			{lead: []string{"市住建局"}},
		})
	})
	t.Run("no rule between rows: each number of the 序号 column opens a row", func(t *testing.T) {
		checkTasks(t, formHead+
			"┌──┬────────────┬──────┬──────────┐\n"+
			"│序号│工作任务    │牵头单位│完成时限  │\n"+
			"├──┼────────────┼──────┼──────────┤\n"+
			"│1 │开展燃气安全│市住建局│2025年6月底│\n"+
			"│  │专项整治    │        │前        │\n"+
			"│2 │排查自建房  │市应急局│2025年9月底│\n"+
			"│  │安全隐患    │        │前        │\n"+
			"└──┴────────────┴──────┴──────────┘\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, dates: []string{"2025-06-30 by"}},
			{number: "2", lead: []string{"市应急局"}, dates: []string{"2025-09-30 by"}},
		})
	})
	t.Run("a line across the table heads the rows below it; a line with a cell missing is left out", func(t *testing.T) {
		checkTasks(t, formHead+
			"┌──┬────────────┬──────┐\n"+
			"│序号│工作任务    │责任单位│\n"+
			"├──┴────────────┴──────┤\n"+
			"│一、优化营商环境           │\n"+
			"├──┬────────────┬──────┤\n"+
			"│1 │压缩企业开办│市市场监│\n"+
			"│  │时间        │管局    │\n"+
			"│  │            \n"+
			"├──┼────────────┼──────┤\n"+
			"│2 │推行拿地即开│市自然资│\n"+
			"│  │工          │源局    │\n"+
			"└──┴────────────┴──────┘\n", []taskWant{
			{number: "1", lead: []string{"市市场监管局"}},
			{number: "2", lead: []string{"市自然资源局"}},
		})
	})
	t.Run("units one a line in a unit cell are several units", func(t *testing.T) {
		checkTasks(t, formHead+
			"┌──┬──────────────┬────────┬────────┐\n"+
			"│序号│工作任务      │牵头单位│配合单位│\n"+
			"├──┼──────────────┼────────┼────────┤\n"+
			"│1 │开展金融助企  │市财政局│市发展和改│\n"+
			"│  │专项行动      │人民银行│革委员会  │\n"+
			"│  │              │        │市商务局  │\n"+
			"├──┼──────────────┼────────┼────────┤\n"+
			"│2 │建设人才公寓  │市住建局│        │\n"+
			"└──┴──────────────┴────────┴────────┘\n", []taskWant{
			{number: "1", lead: []string{"市财政局", "人民银行"}, partic: []string{"市发展和改革委员会", "市商务局"}},
			{number: "2", lead: []string{"市住建局"}},
		})
	})
	t.Run("rows marked ★ among unmarked ones are rows, not items under headings", func(t *testing.T) {
		checkTasks(t, formHead+
			"┌──────────────┬────────┬──────┐\n"+
			"│工作任务      │责任单位│完成时限│\n"+
			"├──────────────┼────────┼──────┤\n"+
			"│★建设城市大脑│市大数据局│2025年底│\n"+
			"├──────────────┼────────┼──────┤\n"+
			"│推进政务服务一│市政务服务│2025年底│\n"+
			"│网通办        │中心      │        │\n"+
			"├──────────────┼────────┼──────┤\n"+
			"│完善公共数据平│市大数据局│2026年底│\n"+
			"│台            │          │        │\n"+
			"└──────────────┴────────┴──────┘\n", []taskWant{
			{lead: []string{"市大数据局"}, dates: []string{"2025-12-31 by"}},
			{lead: []string{"市政务服务中心"}, dates: []string{"2025-12-31 by"}},
			{lead: []string{"市大数据局"}, dates: []string{"2026-12-31 by"}},
		})
	})
}

// TestStop35LabelOverBracket: a label alone on its line over a bracketed note names the units in
// the brackets, read as an inline note reads them.
func TestStop35LabelOverBracket(t *testing.T) {
	checkTasks(t, formHead+"1.开展农村人居环境整治。\n责任单位：\n（各县市区政府按职责落实）\n", []taskWant{
		{number: "1", lead: []string{"各县市区政府"}},
	})
}
