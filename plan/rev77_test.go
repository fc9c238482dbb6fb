package plan

import (
	"strings"
	"testing"
	"unicode"
)

// Review 77: where the plan reader goes wrong on shapes that county and city task lists take every
// day and that earlier reviews did not try — a spaced task table whose unit column comes before the
// task, or which has no 序号 column, or whose group rows name the unit; a tabbed table whose header's
// last cell or a unit cell wraps onto a second line; a task-quantity table by township copied with
// its tabs; unit headings written "县卫健委：" or "一、县发改委（5项）"; a person's name beside a unit;
// a campaign dated by its start and its length ("自5月1日起，为期3个月"); a time cell written "9.30" or
// "2025-10"; a title that ends in 任务分工 with no year. Each test is a plan fragment of its own,
// asserts what a careful reader of the page gets (plan/testdata/corpus/README.md), and fails on
// e46bcc5 for the reason its comment gives. Nothing here is fixed.

// rev77Parse parses text as a plan file named rev77.txt; a plan refused for having no tasks stops
// the test with the refusal.
func rev77Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("rev77.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v; want the plan's items read as tasks", err)
	}
	return d
}

// rev77Count checks how many tasks the plan has.
func rev77Count(t *testing.T, d *Document, n int) {
	t.Helper()
	if len(d.Tasks) != n {
		t.Errorf("%d tasks; want %d:%s", len(d.Tasks), n, rev59Dump(d))
	}
}

// TestRev77_UnitColumnBeforeTask: a 责任清单 lists its work by unit, the unit column before the task
// column ("序号 责任单位 重点任务 完成时限"), copied out of a PDF with its cells apart by spaces, one
// space or many. Each row is a task of its unit (README "What is a task": every row of a task table),
// as the same table read with tabs gives today. Today the spaced table is not read at all: the plan
// is refused for having no tasks.
func TestRev77_UnitColumnBeforeTask(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"one space", "序号 责任单位 重点任务 完成时限\n" +
			"1 区工信局 新增规上工业企业20家 2025年12月底前\n" +
			"2 区工信局、区发改委 实施技改项目30个 2025年11月底前\n" +
			"3 区商务局 新引进亿元以上项目8个 2025年10月底前\n"},
		{"aligned", "序号  责任单位            重点任务                  完成时限\n" +
			"1     区工信局            新增规上工业企业20家      2025年12月底前\n" +
			"2     区工信局、区发改委  实施技改项目30个          2025年11月底前\n" +
			"3     区商务局            新引进亿元以上项目8个     2025年10月底前\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev77Parse(t, "湘东区2025年工业强区重点工作责任清单\n\n"+tc.table)
			rev77Count(t, d, 3)
			rev75Roles(t, d, rev66Task(t, d, "规上工业企业"), []string{"区工信局"}, nil)
			rev75Roles(t, d, rev66Task(t, d, "技改项目"), []string{"区工信局", "区发改委"}, nil)
			rev75OwnDue(t, d, "亿元以上项目", "2025-10-31")
		})
	}
}

// TestRev77_HeaderLastCellWraps: a table copied out of Word whose last header cell was too narrow
// for its name: "完成" on the header line and "时限" alone on the next, under its column. The table
// is the same as with "完成时限" on one line: a task per row, its unit, its time. Today, with tabs,
// the plan is refused for having no tasks; with spaces, every title begins with a line break and
// ends with the row's time ("\n打造精品景区推进…\n2025年10月").
func TestRev77_HeaderLastCellWraps(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"tabs", "序号\t重点任务\t责任单位\t完成\n" +
			"\t\t\t时限\n" +
			"1\t打造精品景区\t县文广新旅局\t2025年10月\n" +
			"2\t培育文旅业态\t县文广新旅局、各乡镇\t2025年12月\n"},
		{"spaces", "序号 重点任务     具体措施                  责任单位              完成\n" +
			"                                                                          时限\n" +
			"1    打造精品景区 推进古村落4A景区创建      县文广新旅局          2025年10月\n" +
			"2    培育文旅业态 新增精品民宿20家          县文广新旅局、各乡镇  2025年12月\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev77Parse(t, "金溪县2025年文旅融合发展重点任务表\n\n"+tc.table)
			rev77Count(t, d, 2)
			x := rev66Task(t, d, "精品景区")
			if strings.Contains(x.Title, "\n") || strings.Contains(x.Title, "2025年") {
				t.Errorf("title %q holds a line break or the row's time; want the task cell's words", x.Title)
			}
			rev75Roles(t, d, x, []string{"县文广新旅局"}, nil)
			rev75OwnDue(t, d, "精品景区", "2025-10-31")
			rev75Roles(t, d, rev66Task(t, d, "文旅业态"), []string{"县文广新旅局", "各乡镇"}, nil)
		})
	}
}

// TestRev77_UnitColonHeadingLines: a 职责分工 that heads each unit's items with the unit's name on a
// line of its own ("县卫健委：", "县卫健委职责："), numbered items under it. Each item is a task led by
// the unit above it (README "Units and roles": 负责 when it alone answers), as "（一）县卫健委" over the
// same items gives today. Today the unit lines are glued to the item before them: 县卫健委's first item
// has no unit, its second is led by 县城管局, items are lost (one task of four under "职责：").
func TestRev77_UnitColonHeadingLines(t *testing.T) {
	for _, tc := range []struct{ name, body string }{
		{"unit and colon", "一、职责分工\n" +
			"县卫健委：\n" +
			"1.负责创卫日常工作的组织协调，每月召开一次调度会。\n" +
			"2.负责病媒生物防制工作，6月底前完成灭鼠达标。\n" +
			"县城管局：\n" +
			"1.负责城区环境卫生整治，4月底前完成背街小巷清扫保洁全覆盖。\n" +
			"2.负责农贸市场周边秩序整治。\n"},
		{"unit's duties and colon", "县卫健委职责：\n" +
			"1.负责创卫日常工作的组织协调，每月召开一次调度会。\n" +
			"2.负责病媒生物防制工作，6月底前完成灭鼠达标。\n" +
			"县城管局职责：\n" +
			"3.负责城区环境卫生整治，4月底前完成背街小巷清扫保洁全覆盖。\n" +
			"4.负责农贸市场周边秩序整治。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev77Parse(t, "万年县2025年创建省级卫生县城工作任务分工\n\n"+tc.body)
			rev77Count(t, d, 4)
			for _, w := range []struct{ words, unit string }{
				{"调度会", "县卫健委"}, {"病媒生物", "县卫健委"}, {"背街小巷", "县城管局"}, {"农贸市场周边", "县城管局"},
			} {
				x := rev59Task(d, w.words)
				if x == nil {
					t.Errorf("no task %q:%s", w.words, rev59Dump(d))
					continue
				}
				rev75Roles(t, d, x, []string{w.unit}, nil)
			}
		})
	}
}

// TestRev77_TimeCellShortForms: the 完成时限 cell of a table kept in Excel, written short: "9.30" or
// "11.30" (month and day) or "2025-10" (year and month). They are the deadlines 2025-09-30,
// 2025-11-30 and 2025-10-31, as "10.31前" and "2025.10" are read today. Today these bare forms are not
// read: the rows fall back to the plan's year end.
func TestRev77_TimeCellShortForms(t *testing.T) {
	d := rev77Parse(t, "宜丰县2025年城建重点项目任务表\n\n"+
		"序号\t项目名称\t责任单位\t完成时限\n"+
		"1\t建设县城雨污分流管网\t县住建局\t9.30\n"+
		"2\t编制城区控制性详细规划\t县自然资源局\t2025-10\n"+
		"3\t改造城区农贸市场\t县商务局\t10.31前\n"+
		"4\t新建改建城区公厕12座\t县城管局\t11.30\n")
	rev75OwnDue(t, d, "雨污分流", "2025-09-30")
	rev75OwnDue(t, d, "控制性详细规划", "2025-10-31")
	rev75OwnDue(t, d, "城区公厕", "2025-11-30")
}

// TestRev77_GroupRowsInSpacedTable: a spaced task table whose rows are grouped by rows of their own
// ("（一）商贸消费" over rows 1 and 2, "（二）文旅消费" over rows 3 and 4). Every row stands under its
// group, the first group's as the second's. Today the rows of the first group stand under no heading
// (Section ""), while those of the second stand under theirs, so "商贸消费方面的任务" finds none.
func TestRev77_GroupRowsInSpacedTable(t *testing.T) {
	d := rev77Parse(t, "月湖区2025年消费提振行动任务分解表\n\n"+
		"序号 重点任务 责任单位 完成时限\n"+
		"（一）商贸消费\n"+
		"1 举办汽车家电促销活动 区商务局 2025年5月\n"+
		"2 打造夜间经济特色街区1条 区商务局、区城管局 2025年9月\n"+
		"（二）文旅消费\n"+
		"3 开展春季赏花系列文旅活动 区文广新旅局 2025年4月\n"+
		"4 发放文旅消费券100万元 区文广新旅局、区财政局 2025年10月\n")
	rev77Count(t, d, 4)
	for _, w := range []struct{ words, group string }{
		{"汽车家电", "商贸消费"}, {"夜间经济", "商贸消费"}, {"赏花", "文旅消费"}, {"消费券", "文旅消费"},
	} {
		x := rev66Task(t, d, w.words)
		if !strings.Contains(x.Section, w.group) {
			t.Errorf("task %q: section %q; want it under its group %s", x.Title, x.Section, w.group)
		}
	}
}

// TestRev77_UnitCellOnTwoLines: a task table copied out of Word with tabs, whose 配合单位 cell lists
// its units one a paragraph: the row's line ends after the first ("…\t区商务局\t区财政局") and the
// next line holds the second unit and the rest of the row ("区市场监管局\t2025年5月"). The row is one
// task with both partners and its time. Today the first row loses its second partner and its time
// (it falls back to the year's end) and the second row is lost altogether.
func TestRev77_UnitCellOnTwoLines(t *testing.T) {
	d := rev77Parse(t, "月湖区2025年消费提振行动任务分解表\n\n"+
		"序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"+
		"1\t举办汽车家电促销活动\t区商务局\t区财政局\n"+
		"区市场监管局\t2025年5月\n"+
		"2\t打造夜间经济特色街区1条\t区商务局\t区城管局\n"+
		"区公安分局\t2025年9月\n")
	rev77Count(t, d, 2)
	rev75Roles(t, d, rev66Task(t, d, "汽车家电"), []string{"区商务局"}, []string{"区财政局", "区市场监管局"})
	rev75OwnDue(t, d, "汽车家电", "2025-05-31")
	rev75Roles(t, d, rev66Task(t, d, "夜间经济"), []string{"区商务局"}, []string{"区城管局", "区公安分局"})
	rev75OwnDue(t, d, "夜间经济", "2025-09-30")
}

// TestRev77_SpacedTableWithoutNumbers: a three-column task table without a 序号 column ("工作任务 责任
// 单位 完成时限"), its cells apart by spaces. Each row is a task, as the same table with tabs, or with
// a fourth column, is read today. Today the plan is refused for having no tasks.
func TestRev77_SpacedTableWithoutNumbers(t *testing.T) {
	d := rev77Parse(t, "湘东区2025年工业强区任务分解表\n\n"+
		"工作任务 责任单位 完成时限\n"+
		"新增规上工业企业20家 区工信局 2025年12月底前\n"+
		"实施技改项目30个 区工信局、区发改委 2025年11月底前\n"+
		"建设标准厂房10万平方米 区工业园管委会 2025年10月底前\n")
	rev77Count(t, d, 3)
	rev75Roles(t, d, rev66Task(t, d, "标准厂房"), []string{"区工业园管委会"}, nil)
	rev75OwnDue(t, d, "标准厂房", "2025-10-31")
	rev75Roles(t, d, rev66Task(t, d, "技改项目"), []string{"区工信局", "区发改委"}, nil)
}

// TestRev77_PersonBesideUnit: a 督办 list names the person who answers beside the unit, without a
// label: "县住建局（刘建国）", "县生态环境局 赵亮", "责任单位及责任人：县商务局 陈平", in a note or in a
// table cell. The unit is 县住建局 (README "Units and roles": each unit as the plan writes it; a
// person is no unit), as "县住建局（责任人：刘建国）" is read today. Today the name is kept in the unit
// ("县住建局（刘建国）", "县生态环境局赵亮"), and the task labelled 责任单位及责任人 has no unit at all.
func TestRev77_PersonBesideUnit(t *testing.T) {
	t.Run("notes", func(t *testing.T) {
		d := rev77Parse(t, "芦溪县2025年重点工作任务分解\n\n二、重点任务\n"+
			"1.推进县城扩容提质，完成城区道路改造5条，10月底前完成。（责任单位：县住建局（刘建国））\n"+
			"2.推进农村污水治理，完成30个村治理，11月底前完成。（责任单位：县生态环境局 赵亮）\n"+
			"3.推进电商进农村，新建村级服务站50个，9月底前完成。（责任单位及责任人：县商务局 陈平）\n")
		rev75Roles(t, d, rev66Task(t, d, "扩容提质"), []string{"县住建局"}, nil)
		rev75Roles(t, d, rev66Task(t, d, "农村污水"), []string{"县生态环境局"}, nil)
		rev75Roles(t, d, rev66Task(t, d, "电商进农村"), []string{"县商务局"}, nil)
	})
	t.Run("table cell", func(t *testing.T) {
		d := rev77Parse(t, "芦溪县2025年重点工作任务分解表\n\n"+
			"序号\t重点任务\t责任单位\t完成时限\n"+
			"1\t推进县城扩容提质\t县住建局（刘建国）\t2025年10月\n"+
			"2\t推进农村污水治理\t县生态环境局（赵亮）、各乡镇\t2025年12月\n")
		rev75Roles(t, d, rev66Task(t, d, "扩容提质"), []string{"县住建局"}, nil)
		rev75Roles(t, d, rev66Task(t, d, "农村污水"), []string{"县生态环境局", "各乡镇"}, nil)
	})
}

// TestRev77_CampaignByStartAndLength: a campaign dated by when it starts and how long it runs —
// "自4月1日起，开展为期100天的…", "从5月1日起…为期3个月", "自6月份开始…为期半年", "3月启动，持续至12
// 月". It is due when it ends (README "Dates": the last day of the period named): 2025-07-09 (the
// 100th day; 07-10 is taken too), 2025-07-31, 2025-11-30, 2025-12-31; "3月启动" says when it starts,
// no deadline. Today none of the ends is read: the first three fall back to the year's end, and the
// last is due at the end of March, the month it starts.
func TestRev77_CampaignByStartAndLength(t *testing.T) {
	d := rev77Parse(t, "上栗县2025年安全生产专项整治工作方案\n\n二、重点任务\n"+
		"1.开展建筑施工领域整治。自4月1日起，开展为期100天的“百日攻坚”行动。（责任单位：县住建局）\n"+
		"2.开展道路运输领域整治。从5月1日起，在全县开展为期3个月的集中整治。（责任单位：县交通运输局）\n"+
		"3.开展燃气领域整治。自6月份开始，开展为期半年的燃气安全专项行动。（责任单位：县城管局）\n"+
		"4.开展校园安全整治。3月启动，持续至12月。（责任单位：县教体局）\n")
	x := rev66Task(t, d, "建筑施工")
	ok := false
	for _, dl := range rev59Own(x) {
		if dl.Date == rev59Day(t, "2025-07-09") || dl.Date == rev59Day(t, "2025-07-10") {
			ok = true
		}
	}
	if !ok {
		t.Errorf("task %q: deadlines %v; want the 100th day from April 1 (2025-07-09):%s", x.Title, x.Deadlines, rev59Dump(d))
	}
	rev75OwnDue(t, d, "道路运输", "2025-07-31")
	rev75OwnDue(t, d, "燃气领域", "2025-11-30")
	rev75OwnDue(t, d, "校园安全", "2025-12-31")
	for _, dl := range rev59Own(rev66Task(t, d, "校园安全")) {
		if dl.Date == rev59Day(t, "2025-03-31") {
			t.Errorf("task 校园安全: due %s (%q), the month it starts", dl.Date, dl.Quote)
		}
	}
}

// TestRev77_QuantityTableWithTabs: a task-quantity table (each township's share of the county's
// figure, a column a year) copied out of Word or Excel with tabs. Each township's row is its task,
// with a target at the end of each year (the same table flattened one cell a line is read so today:
// 琴亭镇 leads its row, targets 2025-12-31, 2026-12-31, 2027-12-31). Today the tabbed table is not
// read at all: the plan is refused for having no tasks.
func TestRev77_QuantityTableWithTabs(t *testing.T) {
	d := rev77Parse(t, "莲花县2025—2027年高标准农田建设任务分解表\n\n"+
		"乡镇\t合计\t2025年\t2026年\t2027年\n"+
		"琴亭镇\t2.7\t0.8\t0.9\t1.0\n"+
		"良坊镇\t3.3\t1.2\t1.1\t1.0\n"+
		"坊楼镇\t2.1\t0.6\t0.7\t0.8\n")
	rev77Count(t, d, 3)
	for _, town := range []string{"琴亭镇", "良坊镇", "坊楼镇"} {
		x := rev59Task(d, town)
		if x == nil {
			t.Errorf("no task for %s:%s", town, rev59Dump(d))
			continue
		}
		rev75Roles(t, d, x, []string{town}, nil)
		for _, y := range []string{"2025-12-31", "2026-12-31", "2027-12-31"} {
			rev74Due(t, d, town, y)
		}
	}
}

// TestRev77_TownshipColumnLeadsItsRow: a numbered task table that gives each township its share in a
// 乡镇 column ("序号 乡镇 建设任务（万亩） 完成时限"). The township answers for its row, as the place of
// a task-quantity table does (plan/quantity.go: "the row reads as the place's task"). Today the rows
// have no unit at all and are titled by their bare figure ("0.8").
func TestRev77_TownshipColumnLeadsItsRow(t *testing.T) {
	d := rev77Parse(t, "莲花县2025年高标准农田建设任务分解表\n\n"+
		"序号\t乡镇\t建设任务（万亩）\t完成时限\n"+
		"1\t琴亭镇\t0.8\t2025年10月底\n"+
		"2\t良坊镇\t1.2\t2025年10月底\n"+
		"3\t坊楼镇\t0.6\t2025年11月底\n")
	rev77Count(t, d, 3)
	for _, town := range []string{"琴亭镇", "良坊镇", "坊楼镇"} {
		x := rev66Task(t, d, town)
		rev75Roles(t, d, x, []string{town}, nil)
		if !strings.ContainsFunc(x.Title, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			t.Errorf("task of %s titled %q: a bare figure", town, x.Title)
		}
	}
	rev75OwnDue(t, d, "坊楼镇", "2025-11-30")
}

// TestRev77_TitleEndsInTaskDivision: a task list published on its own, titled without a year:
// "…重点任务分工", "…若干措施任务分解", "…重点工作安排", "…责任分工". The first line is the plan's
// title, as "…重点任务分工方案" and "…2025年…重点任务分工" are read today. Today such a plan has no
// title at all.
func TestRev77_TitleEndsInTaskDivision(t *testing.T) {
	for _, title := range []string{
		"萍乡市贯彻落实《江西省优化营商环境条例》重点任务分工",
		"萍乡市促进民营经济发展若干措施任务分解",
		"萍乡市推进城市更新行动重点工作安排",
		"奉新县“十四五”城市管理规划重点任务责任分工",
	} {
		t.Run(title, func(t *testing.T) {
			d := rev77Parse(t, title+"\n\n一、重点任务\n"+
				"1.推进老旧小区改造，2026年底前完成。（责任单位：市住建局）\n"+
				"2.优化审批服务，2026年6月底前完成。（责任单位：市行政审批局）\n")
			if d.Title != title {
				t.Errorf("title %q; want the first line %q", d.Title, title)
			}
		})
	}
}

// TestRev77_UnitGroupRowsInTable: a task table without a unit column, its rows grouped under the unit
// that answers for them ("一、县发改委" over rows 1 and 2, "二、县工信局" over rows 3 and 4), as a
// prose plan puts its items under unit headings (read so today). Each row is a task led by its
// group's unit. Today the tabbed rows have no unit; the spaced table makes one task of each group,
// titled by the unit, with both rows' dates; the tabbed table with bare unit rows is refused for
// having no tasks.
func TestRev77_UnitGroupRowsInTable(t *testing.T) {
	rows := [][2]string{
		{"1", "完成固定资产投资增长8%"}, {"2", "争取中央预算内资金1亿元"},
		{"3", "新增规上工业企业12家"}, {"4", "实施技改项目20个"},
	}
	when := []string{"2025年12月", "2025年10月", "2025年12月", "2025年11月"}
	build := func(sep, g1, g2 string) string {
		var b strings.Builder
		b.WriteString("铜鼓县2025年重点工作任务清单\n\n序号" + sep + "工作任务" + sep + "完成时限\n")
		for k, r := range rows {
			switch k {
			case 0:
				b.WriteString(g1 + "\n")
			case 2:
				b.WriteString(g2 + "\n")
			}
			b.WriteString(r[0] + sep + r[1] + sep + when[k] + "\n")
		}
		return b.String()
	}
	for _, tc := range []struct{ name, text string }{
		{"tabs, numbered groups", build("\t", "一、县发改委", "二、县工信局")},
		{"spaces, numbered groups", build(" ", "一、县发改委", "二、县工信局")},
		{"tabs, bare unit rows", build("\t", "县发改委", "县工信局")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev77Parse(t, tc.text)
			rev77Count(t, d, 4)
			for k, r := range rows {
				x := rev59Task(d, r[1])
				if x == nil {
					t.Errorf("no task %q:%s", r[1], rev59Dump(d))
					continue
				}
				unit := "县发改委"
				if k >= 2 {
					unit = "县工信局"
				}
				rev75Roles(t, d, x, []string{unit}, nil)
			}
			rev75OwnDue(t, d, "中央预算内资金", "2025-10-31")
		})
	}
}

// TestRev77_UnitHeadingWithItemCount: unit headings that say how many items follow ("一、县发改委（共
// 2项）", "二、县工信局（2项任务）", "（三）县商务局（1项）"). The items are led by 县发改委, 县工信局,
// 县商务局 (the count is no part of the name), as "一、县发改委" over them is read today. Today the
// count stays in the unit's name ("县发改委（共2项）"), so 县发改委 is not found among the leads.
func TestRev77_UnitHeadingWithItemCount(t *testing.T) {
	d := rev77Parse(t, "靖安县2025年重点工作任务清单\n\n"+
		"一、县发改委（共2项）\n"+
		"1.完成固定资产投资增长8%，12月底前完成。\n"+
		"2.争取中央预算内资金1亿元，10月底前完成。\n"+
		"二、县工信局（2项任务）\n"+
		"3.新增规上工业企业12家，12月底前完成。\n"+
		"4.实施技改项目20个，11月底前完成。\n"+
		"三、县商务局（1项）\n"+
		"5.实际利用外资2000万美元，11月底前完成。\n")
	rev75Roles(t, d, rev66Task(t, d, "固定资产投资"), []string{"县发改委"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "技改项目"), []string{"县工信局"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "利用外资"), []string{"县商务局"}, nil)
}
