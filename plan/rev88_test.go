package plan

import (
	"slices"
	"strings"
	"testing"
)

// Review 88: what a liaison expects dutybot to read out of a plan they paste — task tables copied as
// text (tabs, or one cell a line), the note that says which listed unit leads, rows broken by a page,
// 分工 notes and the dates real plans of 2020–2026 write. Each test is a fragment written for this
// review, asserts what a careful reader of the page gets without effort, and fails today for the
// reason its comment gives. Nothing here is fixed.
//
// Plans are parsed and tasks found with review 66's helpers (rev66Parse, rev66Task); roles are checked
// with review 75's rev75Roles, own dates with rev84Kind; rev59Dump lists what was read.

// rev88Yongchun is a county's task list copied out of Word as a tab table whose unit column is headed
// head.
func rev88Yongchun(head string) string {
	return "永春县2025年乡村振兴任务清单\n\n序号\t重点任务\t" + head + "\t完成时限\n" +
		"1\t推进茶产业提质\t县农业农村局、县茶产业发展中心、县市场监管局\t2025年10月底前\n" +
		"2\t建设美丽乡村示范村\t县住建局、县农业农村局\t2025年12月底前\n"
}

// TestRev88_TabHeaderWithLeadNoteInFullWidthBrackets (sure): a tab table (Word or WPS copied as text)
// whose unit column says in its header which unit leads — "责任单位（列第一位的为牵头单位）", "责任单位
// （排名第一的为牵头单位）" — is the most common 任务分工表 header there is. A reader sees two tasks, 县农业
// 农村局 leading the first and 县住建局 the second. Today the file yields no task at all: dutybot says
// "没有找到任务：这份文件读起来不像实施方案" and the plan is not loaded. The same header with ASCII
// brackets ("责任单位(列第一位的为牵头单位)") and the same table one cell a line are read right, so only the
// full-width bracket inside a tab-separated header breaks the table.
func TestRev88_TabHeaderWithLeadNoteInFullWidthBrackets(t *testing.T) {
	for _, head := range []string{"责任单位（列第一位的为牵头单位）", "责任单位（排名第一的为牵头单位）", "牵头单位（排第一位）及配合单位"} {
		t.Run(head, func(t *testing.T) {
			d, err := ParseText("rev88.txt", rev88Yongchun(head), Options{})
			if err != nil {
				t.Fatalf("header %q: %v; want the table's two tasks", head, err)
			}
			if len(d.Tasks) != 2 {
				t.Fatalf("header %q: %d tasks; want 2:%s", head, len(d.Tasks), rev59Dump(d))
			}
			rev75Roles(t, d, rev66Task(t, d, "推进茶产业提质"), []string{"县农业农村局"}, []string{"县茶产业发展中心", "县市场监管局"})
		})
	}
}

// TestRev88_LeadListedFirstInHeader (sure): "责任单位（牵头单位在前）" and "责任单位（牵头单位列首位）" say, as
// "（列第一位的为牵头单位）" does (read today when the table is one cell a line), that the first unit of each
// cell leads and the others take part. Today every unit of the cell leads: 县市场监管局, asked only to help
// with tea, is told it answers for the task and "县农业农村局牵头哪些工作?" is shared with two others.
func TestRev88_LeadListedFirstInHeader(t *testing.T) {
	for _, head := range []string{"责任单位（牵头单位在前）", "责任单位(牵头单位在前)", "责任单位（牵头单位列首位）"} {
		t.Run(head, func(t *testing.T) {
			d := rev66Parse(t, rev88Yongchun(head))
			rev75Roles(t, d, rev66Task(t, d, "推进茶产业提质"), []string{"县农业农村局"}, []string{"县茶产业发展中心", "县市场监管局"})
			rev75Roles(t, d, rev66Task(t, d, "建设美丽乡村示范村"), []string{"县住建局"}, []string{"县农业农村局"})
		})
	}
}

// TestRev88_LeadListedFirstNote (likely): a note before the tasks, "注：责任单位中，牵头单位在前，其他为
// 配合单位。" (or "…排在前面的为牵头单位"), tells the reader once that the first unit of each 责任单位 list
// leads. "注：列第一位的为牵头单位" and review 68's three wordings are read today; this one, which says
// 在前 rather than 第一, is not: every listed unit leads.
func TestRev88_LeadListedFirstNote(t *testing.T) {
	for _, note := range []string{"注：责任单位中，牵头单位在前，其他为配合单位。", "说明：责任单位排在前面的为牵头单位，其余为配合单位。"} {
		t.Run(note, func(t *testing.T) {
			d := rev66Parse(t, "龙岩市2025年安全生产重点工作任务\n\n"+note+"\n\n一、重点任务\n"+
				"1.开展城镇燃气安全专项整治，2025年9月底前完成餐饮场所燃气报警器安装。（责任单位：市城管局、市住建局、市市场监管局）\n"+
				"2.推进危化品企业安全风险监测预警系统建设。（责任单位：市应急局、市工信局）\n")
			rev75Roles(t, d, rev66Task(t, d, "开展城镇燃气安全专项整治"), []string{"市城管局"}, []string{"市住建局", "市市场监管局"})
			rev75Roles(t, d, rev66Task(t, d, "推进危化品企业"), []string{"市应急局"}, []string{"市工信局"})
		})
	}
}

// TestRev88_RowBrokenByPageWithRepeatedHeader (sure): a table printed over two pages repeats its header
// at the top of the second; when a row breaks there, the page number and the repeated header fall
// between its cells (one cell a line: "…市科技局 / — 5 — / 序号 / 重点任务 / … / 2025年11月底前"). A reader
// joins the row: task 2 is due 30 November 2025. Today the row's own time cell is lost and it takes row
// 1's (2025-12-31), with a warning that it has none: the reminder comes a month late.
func TestRev88_RowBrokenByPageWithRepeatedHeader(t *testing.T) {
	const head = "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
	d := rev66Parse(t, "晋江市2025年制造业高质量发展重点任务清单\n\n"+head+
		"1\n实施技改提升工程，全年完成工业技改投资200亿元\n市工信局\n市发改局、市财政局\n2025年12月底前\n"+
		"2\n培育专精特新企业，新增国家级专精特新“小巨人”企业5家\n市工信局\n市科技局\n— 5 —\n"+head+
		"2025年11月底前\n"+
		"3\n推进数字化转型，新增智能工厂10家\n市工信局\n市数据局\n2025年10月底前\n")
	rev84Kind(t, d, "培育专精特新企业", "2025-11-30", KindBy)
	x := rev66Task(t, d, "培育专精特新企业")
	for _, dl := range rev59Own(x) {
		if dl.Date == NewDay(2025, 12, 31) {
			t.Errorf("task %q: deadline %s is row 1's, not its own", x.Title, dl.Date)
		}
	}
}

// rev88Months is the months a yearly or monthly rule falls in.
func rev88Months(r Rule) []int {
	var out []int
	if r.Month != 0 {
		out = append(out, int(r.Month))
	}
	for _, m := range r.MonthSet() {
		out = append(out, int(m))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestRev88_YearlyBeforeTwoHolidaysQuoted (likely): "于每年“五一”“国庆”假期前开展专项检查" is a duty of every
// year, done twice: before the May Day holiday (by 30 April) and before the National Day holiday (by 30
// September). Today it gives one yearly rule with no month (so by 31 December) and a one-off deadline of
// 2025-09-30: the May check is never nudged and from October 2025 the task shows overdue. (Review 66's
// "每年中秋、国庆“双节”前" is one season; these two holidays are five months apart and quoted side by side,
// the way plans print them.)
func TestRev88_YearlyBeforeTwoHolidaysQuoted(t *testing.T) {
	d := rev66Parse(t, "泉州市2025年文化旅游市场监管工作方案\n\n一、重点任务\n"+
		"1.开展旅游市场整治。于每年“五一”“国庆”假期前开展专项检查。（责任单位：市市场监管局）\n"+
		"2.开展文物安全巡查。每两个月开展一次。（责任单位：市文旅局）\n")
	x := rev66Task(t, d, "开展旅游市场整治")
	if own := rev59Own(x); len(own) != 0 {
		t.Errorf("task %q: own deadlines %v; want none (a duty of every year)", x.Title, own)
	}
	var months []int
	for _, r := range x.Recurring {
		if r.Rule.Freq == Yearly || r.Rule.Freq == Monthly {
			months = append(months, rev88Months(r.Rule)...)
		}
	}
	slices.Sort(months)
	if !slices.Contains(months, 4) || !slices.Contains(months, 9) {
		t.Errorf("task %q: recurring %v (months %v); want yearly duties in April and September:%s", x.Title, x.Recurring, months, rev59Dump(d))
	}
}

// TestRev88_TabHeaderUnitAndPerson (sure): a 任务台账 often heads its unit column "牵头单位（责任人）" or
// "牵头单位及责任人" and fills it with the unit, the person in brackets or not at all ("县农业农村局（林志明）",
// "县住建局"). A reader sees 县农业农村局 and 县住建局 leading their rows. Today, in a tab table, the column
// gives no unit at all: both tasks have no lead, "县住建局负责哪些任务?" finds nothing and "哪些任务没有
// 责任单位?" lists them. The same table one cell a line is read right, as is a separate 责任领导 column.
func TestRev88_TabHeaderUnitAndPerson(t *testing.T) {
	for _, head := range []string{"牵头单位（责任人）", "牵头单位及责任人"} {
		t.Run(head, func(t *testing.T) {
			d := rev66Parse(t, "永春县2025年乡村振兴任务清单\n\n序号\t重点任务\t"+head+"\t完成时限\n"+
				"1\t推进茶产业提质\t县农业农村局（林志明）\t2025年10月底前\n"+
				"2\t建设美丽乡村示范村\t县住建局\t2025年12月底前\n")
			rev75Roles(t, d, rev66Task(t, d, "推进茶产业提质"), []string{"县农业农村局"}, nil)
			rev75Roles(t, d, rev66Task(t, d, "建设美丽乡村示范村"), []string{"县住建局"}, nil)
		})
	}
}

// TestRev88_ShaxianDistrictLevel (likely): 沙县区 is a district of 三明市 (沙县 became a district in 2021).
// Its plan is placed right, City 三明市沙县区, but its Level is empty, where 三元区, 建阳区 or 长乐区 give
// district: the plan is neither a city's nor a district's, so questions that ask for the districts' plans
// (or a city's own) leave it out. The "县" inside the name seems to stop the level being read.
func TestRev88_ShaxianDistrictLevel(t *testing.T) {
	for _, title := range []string{"沙县区2025年水利工作要点", "三明市沙县区2025年水利工作要点"} {
		t.Run(title, func(t *testing.T) {
			d := rev66Parse(t, title+"\n\n一、重点任务\n1.出台水利工程管理办法。2025年底前出台。（责任单位：区水利局）\n")
			if d.City != "三明市沙县区" || d.Level != LevelDistrict {
				t.Errorf("%s: city %q, level %q; want 三明市沙县区, %s", title, d.City, d.Level, LevelDistrict)
			}
		})
	}
}

// TestRev88_TabCellLeadMarkThenLineBreak (sure): in a tab table copied from Word, a unit cell of two
// paragraphs — "市工信局（牵头）" then "市发改局、市统计局" — breaks the row over two lines. A reader sees one
// lead, 市工信局, marked as such, and two partners. Today the second line's first unit joins the lead
// (lead 市工信局 and 市发改局, partner 市统计局 alone): 市发改局 is told it answers for industrial growth.
func TestRev88_TabCellLeadMarkThenLineBreak(t *testing.T) {
	d := rev66Parse(t, "永安市2025年重点工作任务分解\n\n序号\t工作任务\t责任单位\t完成时限\n"+
		"1\t实施工业强市战略，规上工业增加值增长8%\t市工信局（牵头）\n市发改局、市统计局\t2025年12月底前\n"+
		"2\t推进城市更新，完成老旧小区改造20个\t市住建局\t2025年11月底前\n")
	rev75Roles(t, d, rev66Task(t, d, "实施工业强市战略"), []string{"市工信局"}, []string{"市发改局", "市统计局"})
	rev84Kind(t, d, "实施工业强市战略", "2025-12-31", KindBy)
}

// TestRev88_PageNumberInsideTabRow (sure): when a tab table's row breaks over a page, the task cell's words
// run on after the page's number ("…新增国家级专精特新" / "— 5 —" / "“小巨人”企业5家<tab>市工信局…"). A
// reader drops the page number and reads one task. Today the row is joined (its units and date are
// right) but the page number stays inside the task's title and text: "培育专精特新企业，新增国家级专精特新
// — 5 —“小巨人”企业5家" is what the liaison is shown and reminded of. In prose and in a table one cell a
// line, the same page number is dropped.
func TestRev88_PageNumberInsideTabRow(t *testing.T) {
	for _, page := range []string{"— 5 —", "- 5 -"} {
		t.Run(page, func(t *testing.T) {
			d := rev66Parse(t, "晋江市2025年制造业高质量发展重点任务清单\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"+
				"1\t实施技改提升工程，全年完成工业技改投资200亿元\t市工信局\t市发改局、市财政局\t2025年12月底前\n"+
				"2\t培育专精特新企业，新增国家级专精特新\n"+page+"\n“小巨人”企业5家\t市工信局\t市科技局\t2025年11月底前\n"+
				"3\t推进数字化转型，新增智能工厂10家\t市工信局\t市数据局\t2025年10月底前\n")
			x := rev66Task(t, d, "培育专精特新企业")
			if strings.Contains(x.Title+x.Text, page) {
				t.Errorf("task %q (text %q): the page number %q is kept in the task", x.Title, x.Text, page)
			}
			if !strings.Contains(x.Title+x.Text, "专精特新“小巨人”企业5家") {
				t.Errorf("task %q (text %q): want the words joined across the page", x.Title, x.Text)
			}
		})
	}
}

// TestRev88_LevelledSectorsSharingDepartment (likely): "（责任单位：市市场监管、公安、商务等部门）" names three
// departments of the city — its market regulator, police and commerce — the level and 部门 written once
// for all. TestSectorsSharingTheirDepartment reads the same list without a level and in prose as
// 市场监管部门, 公安部门, 消防部门. Today, with 市 (or 县) before it in a responsibility note, the units are
// "市市场监管", "公安" and "商务": bare words that no question names, shown as the task's parties, and
// counted as units of the plan. Each unit should keep the level and its 部门 (市公安部门, or the bureau).
func TestRev88_LevelledSectorsSharingDepartment(t *testing.T) {
	for _, tc := range []struct{ note, level string }{
		{"市市场监管、公安、商务等部门", "市"},
		{"县市场监管、公安、商务等部门", "县"},
		{"市发改、财政、住建部门", "市"},
	} {
		t.Run(tc.note, func(t *testing.T) {
			d := rev66Parse(t, "福安市2025年电机电器产业提升方案\n\n一、重点任务\n"+
				"1.打击假冒伪劣。（责任单位："+tc.note+"）\n2.推进企业上市。（责任单位：市金融服务中心）\n")
			units := rev84Units(t, d, "打击假冒伪劣")
			if len(units) != 3 {
				t.Errorf("note %q: units %q; want three departments", tc.note, units)
			}
			for _, u := range units {
				if !strings.HasPrefix(u, tc.level) || !(strings.HasSuffix(u, "部门") || strings.HasSuffix(u, "局") || strings.HasSuffix(u, "委")) {
					t.Errorf("note %q: unit %q; want the level %s and a department (…部门, …局), as the note writes them for all", tc.note, u, tc.level)
				}
			}
		})
	}
}

// TestRev88_AttachmentTitleOnTwoLines (sure): a plan sent as its attachment opens "附件1", then its title,
// which Word wraps over two lines ("南平市全面推进美丽南平建设" / "三年行动方案（2025—2027年）"). A reader
// sees the title and then the plan: 一、主要目标 and 二、重点任务 are its parts. Today the first line of the
// title is kept as a heading ("附件1 南平市全面推进美丽南平建设 > 二、重点任务"), 一、主要目标 is lost as a
// heading, and its goal sentence ("到2027年，全市生态环境质量…") is read as the first task's: the task
// takes 到2027年 as a target of its own (not the inherited period), and its ID becomes a1.2.1. With the title on one line, or without "附件1", the same plan is read right.
func TestRev88_AttachmentTitleOnTwoLines(t *testing.T) {
	d := rev66Parse(t, "附件1\n\n南平市全面推进美丽南平建设\n三年行动方案（2025—2027年）\n\n"+
		"一、主要目标\n到2027年，全市生态环境质量持续保持全省前列。\n二、重点任务\n"+
		"（一）推进绿色低碳发展。2026年底前完成重点行业清洁生产审核。（责任单位：市发改委、市生态环境局）\n"+
		"（二）加强生态保护修复。（责任单位：市林业局）\n")
	if d.Title != "南平市全面推进美丽南平建设三年行动方案（2025—2027年）" {
		t.Errorf("title %q; want the two lines joined", d.Title)
	}
	x := rev66Task(t, d, "推进绿色低碳发展")
	if strings.Contains(x.Text, "生态环境质量") || x.Section != "二、重点任务" {
		t.Errorf("task %q: section %q, text %q; want section 二、重点任务 and the task's own words", x.Title, x.Section, x.Text)
	}
	for _, dl := range rev59Own(x) {
		if dl.Date == NewDay(2027, 12, 31) {
			t.Errorf("task %q: own target %s (%q) is the plan's goal, not the task's", x.Title, dl.Date, dl.Quote)
		}
	}
}

// TestRev88_JiezhiMonthInPlansOwnYear (likely): in a plan for 2025, "截至2025年6月底，高危行业安责险覆盖率达到
// 100%" and "截至2025年9月30日，完成投保企业200家" set a figure to reach by a day: a target of 30 June or of 30
// September 2025. TestStop26 reads "截至2025年底，全市累计建成…100个以上" so, and review 66 the same words in
// a plan of the year before; a count of what is done ("截至…，已建成…") stays no date. Today these items in
// the plan's own year have no date of their own (the plan's year end, inherited): "6月底前要完成什么?"
// misses them and the reminder comes six months late.
func TestRev88_JiezhiMonthInPlansOwnYear(t *testing.T) {
	for _, tc := range []struct{ words, day string }{
		{"截至2025年6月底，高危行业安责险覆盖率达到100%", "2025-06-30"},
		{"截至2025年9月30日，完成投保企业200家", "2025-09-30"},
	} {
		t.Run(tc.words, func(t *testing.T) {
			d := rev66Parse(t, "柘荣县2025年安全生产工作要点\n\n一、重点工作\n"+
				"1.推进安责险覆盖。"+tc.words+"。（责任单位：县应急局）\n2.开展安全培训。（责任单位：县应急局）\n")
			rev75OwnDue(t, d, "推进安责险覆盖", tc.day)
		})
	}
}

// TestRev88_TimeCellOfTwoLinesOneCellALine (likely): in a task list copied one cell a line, a time cell of
// two paragraphs ("2025年6月底前制定方案" / "2025年12月底前完成建设") is one row's two steps: a reader sees one
// task, due in two steps. Today the row is split in two sub-rows (1-1, 1-2) with the same title, the
// second warned as taking a merged cell from the row above, though no cell is merged: each
// unit is counted twice for one task ("县文旅局负责几项任务?" says 4 of 3) and each date belongs to half of it.
func TestRev88_TimeCellOfTwoLinesOneCellALine(t *testing.T) {
	d := rev66Parse(t, "屏南县2025年文旅融合任务清单\n\n序号\n重点任务\n责任单位\n完成时限\n"+
		"1\n打造传统村落文旅品牌\n县文旅局、县住建局\n2025年6月底前制定方案\n2025年12月底前完成建设\n"+
		"2\n建设古村落数字博物馆\n县文旅局\n2025年10月底前\n"+
		"3\n举办乡村音乐节\n县文旅局、县融媒体中心\n2025年9月底前\n")
	if len(d.Tasks) != 3 {
		t.Errorf("%d tasks; want 3, one a row:%s", len(d.Tasks), rev59Dump(d))
	}
	rev84Kind(t, d, "打造传统村落文旅品牌", "2025-06-30", KindBy)
	rev84Kind(t, d, "打造传统村落文旅品牌", "2025-12-31", KindBy)
}

// TestRev88_GazetteRunningHeaderInsideTask (likely): a plan copied from a 政府公报 PDF carries the gazette's
// running header at the top of each page ("福建省人民政府公报", "三明市人民政府公报 2025年第3期"); when a task
// breaks over the page, the header falls mid-sentence ("力争交易额" / header / "突破1000万元。"). A reader
// skips it. Today it is glued into the task's words: "力争交易额福建省人民政府公报突破1000万元" is what the
// liaison is shown, quoted and searched. Page numbers ("— 5 —") are dropped so already.
func TestRev88_GazetteRunningHeaderInsideTask(t *testing.T) {
	for _, header := range []string{"福建省人民政府公报", "三明市人民政府公报 2025年第3期"} {
		t.Run(header, func(t *testing.T) {
			d := rev66Parse(t, "三明市2025年林业碳汇工作方案\n\n一、重点任务\n"+
				"（一）开发林业碳汇项目。2025年底前新开发林业碳汇项目5个，力争交易额\n"+header+"\n突破1000万元。（责任单位：市林业局、市生态环境局）\n"+
				"（二）建设碳汇交易平台。（责任单位：市林业局）\n")
			x := rev66Task(t, d, "开发林业碳汇项目")
			if strings.Contains(x.Text, "公报") || !strings.Contains(x.Text, "力争交易额突破1000万元") {
				t.Errorf("task %q: text %q; want the sentence joined without the running header", x.Title, x.Text)
			}
		})
	}
}
