package plan

import (
	"strings"
	"testing"
)

// TestTabbedQuantityTable: a task-quantity table copied with its tabs (a 序号 column or none, a
// header of places and years, a totals row) is read as its flattened form: each place's row is its
// task, led by the place, a target at the end of each year; the lines after the table are read as
// before. A tabbed table of places with no year column is no task-quantity table.
func TestTabbedQuantityTable(t *testing.T) {
	years := []string{"2026-12-31 target", "2027-12-31 target"}
	t.Run("a serial column and a totals row", func(t *testing.T) {
		text := formHead + "1.推进老旧管网改造。（责任单位：县住建局）\n\n附件\n老旧管网改造任务分解表\n" +
			"序号\t街道\t改造总量（公里）\t2026年度\t2027年度\n" +
			"1\t东城街道\t12\t5\t7\n" +
			"2\t西湖街道\t9.5\t4.5\t5\n" +
			"\t合计\t21.5\t9.5\t12\n" +
			"2.做好改造期间交通疏导。（责任单位：县公安局）\n"
		d := checkTasks(t, text, []taskWant{
			{number: "1", lead: []string{"县住建局"}},
			{lead: []string{"东城街道"}, dates: years},
			{lead: []string{"西湖街道"}, dates: years},
			{number: "2", lead: []string{"县公安局"}},
		})
		if !strings.Contains(d.Tasks[1].Text, "东城街道12／5／7") {
			t.Errorf("the row's figures should stand apart after its place: %q", d.Tasks[1].Text)
		}
	})
	t.Run("counties, no serial column", func(t *testing.T) {
		text := formHead + "县（市、区）\t2026年\t2027年\n" +
			"甲县\t30%\t70%\n" +
			"乙县\t50%\t50%\n" +
			"丙县\t40%\t60%\n"
		checkTasks(t, text, []taskWant{
			{lead: []string{"甲县"}, dates: years},
			{lead: []string{"乙县"}, dates: years},
			{lead: []string{"丙县"}, dates: years},
		})
	})
	t.Run("no year column", func(t *testing.T) {
		text := formHead + "1.推进老旧管网改造，2026年底前完成。（责任单位：县住建局）\n\n" +
			"乡镇\t面积\t人口\n" +
			"城关镇\t12\t30000\n" +
			"河口乡\t9\t12000\n"
		d, err := ParseText("q.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range d.Tasks {
			if strings.Contains(x.Text, "分年度") {
				t.Errorf("a table of places without years read as a task-quantity table: %q", x.Text)
			}
		}
	})
}

// TestDivisionColumnLeads: a task table that gives each township (or street, or county) its share in
// a column of its own, with a time column and no column of units: each place leads its row. A task
// cell that is a bare figure is titled by the place, the column's name and the figure, in the
// column's unit of measure. Beside a column of units the place leads nothing; a table of the places'
// figures with no time is no task table by that column.
func TestDivisionColumnLeads(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"tabs", "序号\t街道\t整治点位（处）\t完成时限\n1\t东城街道\t15\t2026年6月底\n2\t西湖街道\t8\t2026年9月底\n"},
		{"pipes", "｜序号｜街道｜整治点位（处）｜完成时限｜\n｜1｜东城街道｜15｜2026年6月底｜\n｜2｜西湖街道｜8｜2026年9月底｜\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := checkTasks(t, formHead+"附件\n背街小巷整治任务分解表\n"+tc.table, []taskWant{
				{number: "1", lead: []string{"东城街道"}, dates: []string{"2026-06-30 by"}},
				{number: "2", lead: []string{"西湖街道"}, dates: []string{"2026-09-30 by"}},
			})
			if d.Tasks[0].Title != "东城街道整治点位15处" {
				t.Errorf("title %q; want the place, the column's name and the figure in its unit", d.Tasks[0].Title)
			}
		})
	}
	t.Run("beside a unit column", func(t *testing.T) {
		checkTasks(t, formHead+"附件\n"+
			"序号\t乡镇\t建设内容\t责任单位\t完成时限\n"+
			"1\t城关镇\t新建污水管网3公里\t县住建局\t2026年10月底\n"+
			"2\t河口乡\t新建污水管网2公里\t县住建局\t2026年11月底\n", []taskWant{
			{number: "1", lead: []string{"县住建局"}, dates: []string{"2026-10-31 by"}},
			{number: "2", lead: []string{"县住建局"}, dates: []string{"2026-11-30 by"}},
		})
	})
	t.Run("figures alone, no time", func(t *testing.T) {
		checkTasks(t, formHead+"1.推进种植结构调整，2026年底前完成。（责任单位：县农业农村局）\n\n附件\n"+
			"序号 | 乡镇 | 调整任务(亩) | 合计 | 备注 |\n"+
			"1 | 城关镇 | 120 | 120 | |\n"+
			"2 | 河口乡 | 80 | 80 | |\n", []taskWant{
			{number: "1", lead: []string{"县农业农村局"}, dates: []string{"2026-12-31 by"}},
		})
	})
}

// TestFigureTitle: a bare figure under a task column takes the column's name, and its unit of
// measure when the name's note gives one; words are their own title.
func TestFigureTitle(t *testing.T) {
	h := &tableHeader{names: []string{"序号", "任务量（个）", "责任单位", "完成时限"}}
	h.roles = headerRoles(h.names)
	plain := &tableHeader{names: []string{"序号", "建设任务", "责任单位", "完成时限"}}
	plain.roles = headerRoles(plain.names)
	for _, tc := range []struct {
		h          *tableHeader
		cell, want string
	}{
		{h, "12", "任务量12个"},
		{plain, "3.5", "建设任务：3.5"},
		{plain, "新建公园2个", "新建公园2个"},
		{plain, "—", "—"},
	} {
		if got := tc.h.figureTitle(tc.cell, []string{"县住建局"}); got != tc.want {
			t.Errorf("figureTitle(%q) under %q = %q; want %q", tc.cell, tc.h.names[1], got, tc.want)
		}
	}
}
