package plan

import (
	"testing"
)

// The rules fixrev77 added, each on text of its own (not review 77's).

// TestFixrev77_UnitNameNotes: a person beside a unit, bracketed or run on, and a heading's count of
// items are no part of the unit's name; a bracketed second name, a branch and a place stay.
func TestFixrev77_UnitNameNotes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"市水利局（王海涛）", "市水利局"},
		{"区教育局（孙丽）", "区教育局"},
		{"县交通运输局李明", "县交通运输局"},
		{"市民政局（共6项）", "市民政局"},
		{"区应急管理局（4项任务）", "区应急管理局"},
		{"县林业局(计3条)", "县林业局"},
		{"市财政局（市国资委）", "市财政局（市国资委）"},
		{"国家税务总局湖南省税务局", "国家税务总局湖南省税务局"},
		{"县公安局交警大队", "县公安局交警大队"},
		{"市自然资源局（林业）", "市自然资源局（林业）"},
	} {
		if got := cleanUnit(tc.in); got != tc.want {
			t.Errorf("cleanUnit(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestFixrev77_PersonLabelledWithUnit: "责任单位及责任人" labels the responsible units, the person
// after them no unit.
func TestFixrev77_PersonLabelledWithUnit(t *testing.T) {
	d := rev77Parse(t, "安源区2026年城市管理重点工作分解\n\n一、重点任务\n"+
		"1.整治城区占道经营，6月底前完成。（责任单位及责任人：区城管局 周伟）\n"+
		"2.推进垃圾分类示范小区建设，新建20个。（责任单位：区住建局（何静）、各街道）\n")
	rev75Roles(t, d, rev66Task(t, d, "占道经营"), []string{"区城管局"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "垃圾分类"), []string{"区住建局", "各街道"}, nil)
}

// TestFixrev77_DivisionTitle: a first line naming a division of work, with no year, is the title.
func TestFixrev77_DivisionTitle(t *testing.T) {
	for _, title := range []string{"吉安市深化“放管服”改革重点工作安排", "新余市推进乡村振兴任务分解"} {
		d := rev77Parse(t, title+"\n\n一、主要任务\n1.压缩审批时限，2026年9月底前完成。（责任单位：市政务服务局）\n")
		if d.Title != title {
			t.Errorf("title %q; want %q", d.Title, title)
		}
	}
}

// TestFixrev77_ShortTimeCells: a time cell of month and day with a dot, or year and month with a
// dash, is a deadline; a figure in running text is not.
func TestFixrev77_ShortTimeCells(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"6.15", "2026-06-15"}, {"12.31", "2026-12-31"}, {"2026-08", "2026-08-31"}, {"2027/3", "2027-03-31"},
	} {
		ds := CellDeadlines(tc.cell, 2026)
		if len(ds) != 1 || ds[0].Date.String() != tc.want {
			t.Errorf("CellDeadlines(%q) = %v; want %s", tc.cell, ds, tc.want)
		}
	}
	if ds := CellDeadlines("13.40", 2026); len(ds) != 0 {
		t.Errorf("CellDeadlines(13.40) = %v; want none (no month 13)", ds)
	}
	if ds := ParseDeadlinesIn("增长6.15个百分点", 2026); len(ds) != 0 {
		t.Errorf("a figure in running text read as %v", ds)
	}
}

// TestFixrev77_CampaignEnds: a campaign dated by its start and its length, or its last month, is
// due when it ends; its start month is no deadline; a span ending on a day is left to the ranges.
func TestFixrev77_CampaignEnds(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"自3月10日起，开展为期30天的消防隐患清零行动。", "2026-04-08", ""},
		{"从9月1日起，在全市开展为期2个月的整治。", "2026-10-31", ""},
		{"自7月份开始，开展为期一年的专项行动。", "2027-06-30", ""},
		{"5月启动，持续至11月。", "2026-11-30", "2026-05-31"},
		{"自8月1日起，开展为期两周的集中宣传。", "2026-08-14", ""},
	} {
		ds := ParseDeadlinesIn(tc.text, 2026)
		found := false
		for _, d := range ds {
			found = found || d.Date.String() == tc.want
			if tc.not != "" && d.Date.String() == tc.not {
				t.Errorf("%s: due %s, the month it starts", tc.text, d.Date)
			}
		}
		if !found {
			t.Errorf("%s: deadlines %v; want %s", tc.text, ds, tc.want)
		}
	}
	for _, d := range ParseDeadlinesIn("整治时间自2026年5月1日起至9月15日止。", 2026) {
		if d.Date.String() == "2026-09-30" {
			t.Errorf("a span ending on a day read as its month's end: %v", d)
		}
	}
}

// TestFixrev77_SpacedTableShapes: spaced task tables whose unit column comes before the task's,
// with three named columns and no number, with a header cell wrapped under itself, with group rows,
// and with no unit column under unit headings.
func TestFixrev77_SpacedTableShapes(t *testing.T) {
	t.Run("units first", func(t *testing.T) {
		d := rev77Parse(t, "渝水区2026年项目建设责任清单\n\n序号 责任单位 工作任务 完成时限\n"+
			"1 区交通运输局 改造农村公路50公里 2026年9月底前\n"+
			"2 区水利局、区农业农村局 新建灌溉渠道12公里 2026年6月底前\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "灌溉渠道"), []string{"区水利局", "区农业农村局"}, nil)
		rev75OwnDue(t, d, "农村公路", "2026-09-30")
	})
	t.Run("three columns", func(t *testing.T) {
		d := rev77Parse(t, "渝水区2026年民生实事分解表\n\n重点任务 责任单位 完成时限\n"+
			"新建社区食堂8个 区民政局 2026年10月底前\n"+
			"改造公办幼儿园3所 区教育局 2026年8月底前\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "幼儿园"), []string{"区教育局"}, nil)
	})
	t.Run("wrapped header cell", func(t *testing.T) {
		d := rev77Parse(t, "渝水区2026年民生实事分解表\n\n序号 工作任务          责任单位        办结\n"+
			"                                                 时间\n"+
			"1    新建社区食堂8个    区民政局        2026年10月\n"+
			"2    改造公办幼儿园3所  区教育局        2026年8月\n")
		rev77Count(t, d, 2)
		x := rev66Task(t, d, "社区食堂")
		if x.Title != "新建社区食堂8个" {
			t.Errorf("title %q; want the task cell", x.Title)
		}
		rev75OwnDue(t, d, "幼儿园", "2026-08-31")
	})
	t.Run("group rows", func(t *testing.T) {
		d := rev77Parse(t, "渝水区2026年民生实事分解表\n\n序号 工作任务 责任单位 完成时限\n"+
			"一、养老服务\n1 新建社区食堂8个 区民政局 2026年10月\n"+
			"二、教育服务\n2 改造公办幼儿园3所 区教育局 2026年8月\n")
		rev77Count(t, d, 2)
		if x := rev66Task(t, d, "社区食堂"); x.Section != "一、养老服务" {
			t.Errorf("section %q; want 一、养老服务", x.Section)
		}
	})
	t.Run("unit headings over a table with no unit column", func(t *testing.T) {
		d := rev77Parse(t, "分宜县2026年重点工作清单\n\n序号 工作任务 完成时限\n"+
			"一、县民政局\n1 新建社区食堂8个 2026年10月\n"+
			"二、县教体局\n2 改造公办幼儿园3所 2026年8月\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "社区食堂"), []string{"县民政局"}, nil)
		rev75Roles(t, d, rev66Task(t, d, "幼儿园"), []string{"县教体局"}, nil)
	})
}

// TestFixrev77_TabbedTableShapes: a tabbed header whose last cell wraps under itself, a unit cell
// broken over two lines in a table whose rows all break, and bare unit rows between the rows of a
// table with no unit column.
func TestFixrev77_TabbedTableShapes(t *testing.T) {
	t.Run("wrapped header cell", func(t *testing.T) {
		d := rev77Parse(t, "分宜县2026年重点工作清单\n\n序号\t工作任务\t责任单位\t办结\n\t\t\t时间\n"+
			"1\t新建社区食堂8个\t县民政局\t2026年10月\n2\t改造公办幼儿园3所\t县教体局\t2026年8月\n")
		rev77Count(t, d, 2)
		rev75OwnDue(t, d, "社区食堂", "2026-10-31")
	})
	t.Run("unit cell on two lines", func(t *testing.T) {
		d := rev77Parse(t, "分宜县2026年重点工作清单\n\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"+
			"1\t新建社区食堂8个\t县民政局\t县财政局\n县卫健委\t2026年10月\n"+
			"2\t改造公办幼儿园3所\t县教体局\t县住建局\n县自然资源局\t2026年8月\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "幼儿园"), []string{"县教体局"}, []string{"县住建局", "县自然资源局"})
		rev75OwnDue(t, d, "社区食堂", "2026-10-31")
	})
	t.Run("bare unit rows", func(t *testing.T) {
		d := rev77Parse(t, "分宜县2026年重点工作清单\n\n序号\t工作任务\t完成时限\n县民政局\n"+
			"1\t新建社区食堂8个\t2026年10月\n县教体局\n2\t改造公办幼儿园3所\t2026年8月\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "幼儿园"), []string{"县教体局"}, nil)
	})
}

// TestFixrev77_UnitColonLines: a unit's name and a colon on a line of its own heads the unit's
// numbered duties.
func TestFixrev77_UnitColonLines(t *testing.T) {
	d := rev77Parse(t, "分宜县2026年创建全国文明城市任务分工\n\n县文明办：\n"+
		"1.负责创建工作的统筹协调，每季度召开一次推进会。\n2.负责志愿服务体系建设，9月底前完成。\n"+
		"县市场监管局职责：\n3.负责农贸市场规范化管理，6月底前完成提升改造。\n")
	rev77Count(t, d, 3)
	rev75Roles(t, d, rev66Task(t, d, "志愿服务"), []string{"县文明办"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "农贸市场"), []string{"县市场监管局"}, nil)
}
