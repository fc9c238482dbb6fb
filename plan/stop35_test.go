package plan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStop35PeriodColumnsFilled: a table with a column per quarter gives each row the end of the
// quarters whose cells it fills, not of every quarter the header names.
func TestStop35PeriodColumnsFilled(t *testing.T) {
	text := "某县2025年重点工作推进计划\n" +
		"| 序号 | 重点工作 | 责任单位 | 第一季度 | 第二季度 | 第三季度 | 第四季度 |\n" +
		"| 1 | 建设城乡供水一体化工程 | 县水利局 | 完成设计招标 | 开工建设 |  |  |\n" +
		"| 2 | 推进老旧小区改造 | 县住建局 |  |  |  | 完成改造12个 |\n" +
		"| 3 | 建设口袋公园 | 县园林局 | / | 无 | — | 建成5个 |\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"县水利局"}, dates: []string{"2025-03-31 by", "2025-06-30 by"}},
		{number: "2", lead: []string{"县住建局"}, dates: []string{"2025-12-31 by"}},
		{number: "3", lead: []string{"县园林局"}, dates: []string{"2025-12-31 by"}}, // "/", 无, — fill no quarter
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

// TestStop35Notes: where notes stand other than in round brackets, and what stands beside units in
// them (role forms file 9).
func TestStop35Notes(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want       []taskWant
	}{
		{"a note in full-width square brackets", "1.严格落实耕地保护制度。［责任单位：县自然资源局、县农业农村局］\n",
			[]taskWant{{lead: []string{"县自然资源局", "县农业农村局"}}}},
		{"labels in black brackets one after another on a line", "1.推广机插秧。【牵头】市农业农村局 【配合】市水利局、市气象局\n",
			[]taskWant{{lead: []string{"市农业农村局"}, partic: []string{"市水利局", "市气象局"}}}},
		{"a note after a double dash: a label", "1.完善公共文化服务体系——责任单位：市文化广电旅游局\n",
			[]taskWant{{lead: []string{"市文化广电旅游局"}}}},
		{"a note after a double dash: 牵头 and 配合 labels", "1.推动县域商业体系建设。——牵头：县商务局；配合：县供销社、县邮政分公司\n",
			[]taskWant{{lead: []string{"县商务局"}, partic: []string{"县供销社", "县邮政分公司"}}}},
		{"a note after a double dash: a unit and 牵头负责", "1.实施农村供水保障工程，巩固提升农村供水保障水平——县水利局牵头负责\n",
			[]taskWant{{lead: []string{"县水利局"}}}},
		{"a note of units, then a note of its date", "1.推进整治。（县自然资源局）（2025年底前）\n",
			[]taskWant{{lead: []string{"县自然资源局"}, dates: []string{"2025-12-31 by"}}}},
		{"a labelled note in black brackets, then a date's", "1.推进整治。【牵头单位：县自然资源局】【2025年底前】\n",
			[]taskWant{{lead: []string{"县自然资源局"}, dates: []string{"2025-12-31 by"}}}},
		{"a remark on the list's order is no part of a name", "1.加强农贸市场监管。责任单位：市市场监管局、市商务局、市农业农村局（排名不分先后）\n",
			[]taskWant{{lead: []string{"市市场监管局", "市商务局", "市农业农村局"}}}},
		{"a party in brackets with its own part", "1.加强小作坊治理。责任单位：县市场监管局（各乡镇人民政府按职责落实）\n",
			[]taskWant{{lead: []string{"县市场监管局", "各乡镇人民政府"}}}},
		{"units set apart by spaces, ending in 社 and 公司", "1.加快建设农村电商服务站点。（县商务局 县供销社 县邮政分公司按职责分工负责）\n",
			[]taskWant{{lead: []string{"县商务局", "县供销社", "县邮政分公司"}}}},
		{"a bureau's county branch is one name", "1.开展村庄清洁行动。（县农业农村局牵头，县住建局、市生态环境局县分局配合）\n",
			[]taskWant{{lead: []string{"县农业农村局"}, partic: []string{"县住建局", "市生态环境局县分局"}}}},
		{"units one a line under a label alone", "1.开展部门联合抽查。\n牵头单位：\n区市场监管局\n配合单位：\n区商务局\n区文旅局\n区卫健委\n",
			[]taskWant{{lead: []string{"区市场监管局"}, partic: []string{"区商务局", "区文旅局", "区卫健委"}}}},
		{"a table's header and rows run together on one line, cells set apart by spaces", "序号 重点任务 牵头单位 配合单位 完成时限 4 建设城市生命线安全工程监测平台 市住建局 市应急管理局、市大数据局 2025年12月 5 实施老旧燃气管网更新改造 市城管局 市燃气集团、各区政府 2025年10月底\n",
			[]taskWant{{number: "4", lead: []string{"市住建局"}, partic: []string{"市应急管理局", "市大数据局"}, dates: []string{"2025-12-31 by"}},
				{number: "5", lead: []string{"市城管局"}, partic: []string{"市燃气集团", "各区政府"}, dates: []string{"2025-10-31 by"}}}},
		{"units one a line in a Markdown table's cell", "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n| 9 | 推进县级公立医院高质量发展 | 县卫健局 | 县医保局<br>县财政局<br>县人社局 | 持续推进 |\n",
			[]taskWant{{lead: []string{"县卫健局"}, partic: []string{"县医保局", "县财政局", "县人社局"}}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTasks(t, formHead+tc.body, tc.want) })
	}
}

// TestStop35Schedules: duties twice a year or twice a week, said by their months, halves or days,
// and quarters listed before one 季度 (deadline forms file 9).
func TestStop35Schedules(t *testing.T) {
	checkRules(t, []ruleCase{
		{"每年6月底和12月底前分别报送半年和全年工作总结", "FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1"},
		{"每年1月和7月上旬分别对上半年、下半年各单位任务落实情况进行通报", "FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=10"},
		{"区生态环境局每半年末对各镇（街道）任务完成情况开展一次评估", "FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1"},
		{"工作进展情况半年、全年各报送一次", "FREQ=MONTHLY;BYMONTH=6,12;BYMONTHDAY=-1"},
		{"对特种设备使用单位上、下半年各开展一次随机抽查", "FREQ=MONTHLY;INTERVAL=6"},
		{"各管护单位每周一、周四对辖区内公园绿地开展巡查", "FREQ=WEEKLY"},
		{"各成员单位每年年初制定本单位年度工作计划", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31"},
	})
	if ds := ParseDeadlinesIn("对特种设备使用单位上、下半年各开展一次随机抽查", 2025); len(ds) != 0 {
		t.Errorf("上、下半年各: deadlines %v, want none", ds)
	}
	checkTasks(t, formHead+"1.加快项目建设进度。第一、二季度分别完成年度任务的30%、60%，年底前全面完成。（责任单位：各区政府）\n", []taskWant{
		{lead: []string{"各区政府"}, dates: []string{"2025-03-31 by", "2025-06-30 by", "2025-12-31 by"}},
	})
}

// TestStop35BoxFiles: box-drawn tables a code review drew to break the box reader (in
// testdata/box), each with the tasks a careful reader finds.
func TestStop35BoxFiles(t *testing.T) {
	for _, tc := range []struct {
		file    string
		want    []taskWant
		section string // the first task's section, when the table heads its rows
	}{
		{"wrapped-unit-names.txt", []taskWant{
			{number: "1", lead: []string{"县人民政府办公室"}}, {number: "2", lead: []string{"市公安局交通警察支队"}},
			{number: "3", lead: []string{"市大数据发展管理局"}}, {number: "4", lead: []string{"市生态环境局莲都分局"}}}, ""},
		{"wrapped-and-listed-units.txt", []taskWant{
			{number: "1", lead: []string{"各县（市、区）人民政府"}}, {number: "2", lead: []string{"市委宣传部"}},
			{number: "3", lead: []string{"市委改革办", "市大数据局"}}, {number: "4", lead: []string{"市消防救援支队"}},
			{number: "5", lead: []string{"国网某市供电公司"}}, {number: "6", lead: []string{"市住房和城乡建设局"}}}, ""},
		{"serial-wrapped-in-narrow-column.txt", []taskWant{
			{number: "9", lead: []string{"市住建局"}, dates: []string{"2025-06-30 by"}}, {number: "10", lead: []string{"市应急局"}, dates: []string{"2025-09-30 by"}},
			{number: "11", lead: []string{"市住建局"}, dates: []string{"2025-12-31 by"}}}, ""},
		{"key-task-stars.txt", []taskWant{
			{lead: []string{"市政务服务中心"}}, {lead: []string{"市大数据局"}}, {lead: []string{"市大数据局"}}, {lead: []string{"市农业农村局"}}}, ""},
		{"right-border-lost.txt", []taskWant{
			{number: "1", lead: []string{"市住建局"}, dates: []string{"2025-06-30 by"}}, {number: "2", lead: []string{"市应急局"}, dates: []string{"2025-09-30 by"}}}, ""},
		{"wrapped-heading-across.txt", []taskWant{
			{number: "1", lead: []string{"市住建局"}}, {number: "2", lead: []string{"市应急局"}}}, "一、持续优化营商环境，全面提升政务服务效能"},
		{"note-below-rows.txt", []taskWant{
			{number: "1", lead: []string{"市住建局"}}, {number: "2", lead: []string{"市应急局"}}}, ""},
		{"two-level-header.txt", []taskWant{
			{number: "1", lead: []string{"市住建局"}, partic: []string{"市应急局"}, dates: []string{"2025-06-30 by"}},
			{number: "2", lead: []string{"市应急局"}, partic: []string{"市住建局"}, dates: []string{"2025-09-30 by"}},
			{number: "3", lead: []string{"市住建局"}, partic: []string{"市财政局"}, dates: []string{"2025-12-31 by"}}}, ""},
		{"page-break-heading-once.txt", []taskWant{
			{number: "1", lead: []string{"市发改委"}}, {number: "2", lead: []string{"市经信局"}},
			{number: "3", lead: []string{"市大数据局"}}, {number: "4", lead: []string{"市住建局"}}}, "一、产业发展"},
		// Review 36's inputs.
		{"units-without-level.txt", []taskWant{
			{number: "1", lead: []string{"财政局", "审计局"}, dates: []string{"2025-06-30 by"}}, {number: "2", lead: []string{"团市委", "市妇联"}, dates: []string{"2025-12-31 by"}},
			{number: "3", lead: []string{"发改委", "税务局", "供电公司"}, dates: []string{"2025-12-31 by"}},
			{number: "4", lead: []string{"县发改局", "住建局", "自然资源局"}, dates: []string{"2025-12-31 by"}}}, ""},
		{"serial-wrapped-twelve.txt", []taskWant{
			{number: "11", lead: []string{"市财政局"}}, {number: "12", lead: []string{"市发改委"}}, {number: "13", lead: []string{"市人社局"}}}, ""},
		{"bulleted-cell-below-a-task.txt", []taskWant{
			{lead: []string{"市财政局"}, dates: []string{"2025-06-30 by"}}, {lead: []string{"市发改委"}}, {lead: []string{"市政务服务中心"}},
			{lead: []string{"市人社局"}}, {lead: []string{"市发改委"}}}, ""},
		{"same-header-next-part.txt", []taskWant{
			{number: "1", lead: []string{"市财政局"}}, {number: "2", lead: []string{"市发改委"}}, {number: "3", lead: []string{"市人社局"}},
			{number: "1", lead: []string{"市财政局", "市审计局"}}, {number: "2", lead: []string{"市大数据局", "市发改委"}},
			{number: "3", lead: []string{"市人社局", "市医疗保障局"}}}, ""},
		{"note-below-in-a-part.txt", []taskWant{
			{number: "1", lead: []string{"市财政局"}}, {number: "2", lead: []string{"市发改委"}}, {number: "3", lead: []string{"市人社局"}},
			{number: "1", lead: []string{"市教育局"}}}, ""},
		{"right-border-lost-everywhere.txt", []taskWant{
			{number: "1", lead: []string{"市财政局"}}, {number: "2", lead: []string{"市发改委"}}}, ""},
		{"wrapped-unit-beside-items.txt", []taskWant{
			{lead: []string{"市人力资源和社会保障局"}}, {lead: []string{"市人力资源和社会保障局"}}, {lead: []string{"市财政局"}}}, ""},
		{"two-headings-across.txt", []taskWant{
			{number: "1", lead: []string{"市财政局"}}, {number: "2", lead: []string{"市发改委"}}}, "（一）工业转型"},
		// Review 37's inputs.
		{"stray-mark-after-border.txt", []taskWant{
			{number: "1", lead: []string{"市发改委"}, dates: []string{"2025-06-30 by"}}, {number: "2", lead: []string{"市经信局"}, dates: []string{"2025-09-30 by"}}}, ""},
		{"heading-row-with-its-lead.txt", []taskWant{
			{lead: []string{"市发改委"}, dates: []string{"2025-06-30 by"}}, {lead: []string{"市发改委"}, dates: []string{"2025-09-30 by"}},
			{lead: []string{"市民政局"}, dates: []string{"2025-12-31 by"}}}, ""},
		{"piped-heading-then-repeated-header.txt", []taskWant{
			{number: "1", lead: []string{"市发改委"}}, {number: "2", lead: []string{"市经信局"}}, {number: "1", lead: []string{"市教育局"}},
			{number: "2", lead: []string{"市卫健委"}}, {number: "3", lead: []string{"市医保局"}}}, ""},
		{"spaced-run-titles-opening-with-units.txt", []taskWant{
			{number: "1", lead: []string{"市住建局"}}, {number: "2", lead: []string{"市人社局"}},
			{number: "3", lead: []string{"市考核办"}}, {number: "4", lead: []string{"市农业农村局"}}}, ""},
		{"continued-after-xubiao.txt", []taskWant{
			{number: "1", lead: []string{"市发改委"}}, {number: "2", lead: []string{"市经信局"}},
			{number: "3", lead: []string{"市大数据局"}}, {number: "4", lead: []string{"市住建局"}}}, "一、产业发展"},
		{"section-column-ruled.txt", []taskWant{
			{number: "1", lead: []string{"办公室", "法规处"}}, {number: "2", lead: []string{"安监处"}}}, ""},
	} {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "box", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			d := checkTasks(t, string(b), tc.want)
			if tc.section != "" && d.Tasks[0].Section != tc.section {
				t.Errorf("section %q, want %q", d.Tasks[0].Section, tc.section)
			}
			// A table's last heading row heads none of the plan's words after the table.
			if tc.file == "note-below-in-a-part.txt" || tc.file == "same-header-next-part.txt" {
				if last := d.Tasks[len(d.Tasks)-1]; last.Section != "二、民生保障任务 > （一）教育" {
					t.Errorf("last task's section %q, want 二、民生保障任务 > （一）教育", last.Section)
				}
			}
		})
	}
	t.Run("bulleted items in one cell, each with its own line beside it", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join("testdata", "box", "headings-over-bulleted-items.txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseText("b.txt", string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := []struct{ title, lead, date, section string }{
			{"推进园区提质扩容", "市发改委", "2025-06-30", "一、产业发展"},
			{"培育专精特新企业", "市经信局", "2025-09-30", "一、产业发展"},
			{"建设保障性住房", "市住建局", "2025-12-31", "二、民生保障"},
		}
		for i, w := range want {
			tk := d.Tasks[i]
			if tk.Title != w.title || strings.Join(tk.Lead, "、") != w.lead || len(tk.Deadlines) != 1 || tk.Deadlines[0].Date.String() != w.date || tk.Section != w.section {
				t.Errorf("task %d: %s %v %v [%s], want %+v", i, tk.Title, tk.Lead, tk.Deadlines, tk.Section, w)
			}
		}
	})
}

// TestStop35DateForms: date forms of deadline forms file 10.
func TestStop35DateForms(t *testing.T) {
	checkRules(t, []ruleCase{
		{"各乡镇（街道）于每月上旬将上月秸秆综合利用情况报县农业农村局", "FREQ=MONTHLY;BYMONTHDAY=10"},
		{"市统计局每月中旬发布上月主要指标", "FREQ=MONTHLY;BYMONTHDAY=20"},
		{"各镇（街道）每三个月开展一次地质灾害隐患点巡查", "FREQ=MONTHLY;INTERVAL=3"},
		{"每学期开学前，各学校组织开展一次学校食堂食品安全自查", "FREQ=MONTHLY;BYMONTH=2,8;BYMONTHDAY=-1"}, // by the end of February and of August
		{"每年上、下半年各召开一次联席会议", "FREQ=MONTHLY;INTERVAL=6"},
		{"每年上、下半年各督查一次", "FREQ=MONTHLY;INTERVAL=6"},
		// A duty that names a part of its period is due by that part's end, not the period's (review 37).
		{"每月初报送上月数据", "FREQ=MONTHLY;BYMONTHDAY=5"},
		{"每季度首月报送上季度数据", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=-1"},
		{"每季度上旬报送上季度进展", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=10"},
		{"每年一季度召开动员会", "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"},
		{"每年上半年开展一次检查", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"},
		{"每年汛前开展一次隐患排查", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31"},
		{"每2个月报送一次进展", "FREQ=MONTHLY;INTERVAL=2"},
		{"每四个月开展一次评估", "FREQ=MONTHLY;INTERVAL=4"},
		{"每月初报送上月数据，每5个月开展一次评估", "FREQ=MONTHLY;BYMONTHDAY=5"}, // 每5个月: no period of the year's months
	})
	for _, tc := range []struct {
		text string
		year int
		want []string
	}{
		{"申报截止到2021年5月20日，逾期不予受理", 2021, []string{"2021-05-20 by"}},
		{"春节前后，各乡镇组织开展走访慰问困难群众活动", 2024, nil},
		{"对出生于2005年9月1日至2006年8月31日的适龄青年开展兵役登记", 2023, nil},
		{"“十三五”期间，全市累计投入农田水利建设资金12.6亿元", 2022, nil},
		{"“十四五”期间，全市累计投入农田水利建设资金12.6亿元", 2022, []string{"2025-12-31 target"}},
		{"三、四季度集中开展专项整治行动", 2025, []string{"2025-12-31 by"}},
		{"每年年初至年底持续开展巡查", 2025, nil},
		{"每月报送进度，第一、二季度分别完成年度任务的30%、60%", 2025, []string{"2025-03-31 by", "2025-06-30 by"}},
		{"一、三季度各开展一次检查", 2025, []string{"2025-03-31 by", "2025-09-30 by"}},
		{"每年二、三季度最后一个月15日前上报本季度工作进展", 2024, nil},
		{"上半年、下半年各单位要对照任务开展自查", 2025, []string{"2025-06-30 by", "2025-12-31 by"}},
	} {
		var got []string
		for _, d := range ParseDeadlinesIn(tc.text, tc.year) {
			got = append(got, d.Date.String()+" "+string(d.Kind))
		}
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%s: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// ruleCase is a sentence and the one recurring rule it gives.
type ruleCase struct{ text, want string }

func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, r := range ParseRecurring(tc.text) {
			got = append(got, r.Rule.String())
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: rules %v, want [%s]", tc.text, got, tc.want)
		}
	}
}
