package plan

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Tests for the fixes of review 79's table and role findings (fixrev79a), each with text of its own.

// TestFixrev79a_MarkedRowNumbers: a spaced table's 序号 cell written as a word processor numbers it
// ("3、", "3.", "（3）", glued to the task's words or apart) is the row's number; a line of the open
// row's words that opens with such a number but names no units goes on the row.
func TestFixrev79a_MarkedRowNumbers(t *testing.T) {
	for _, num := range []func(string) string{
		func(n string) string { return n + "、" },
		func(n string) string { return n + ". " },
		func(n string) string { return "(" + n + ")" },
	} {
		d := rev66Parse(t, "铅山县2026年农村公路管护工作任务表\n\n"+
			"序号 工作任务 责任单位 配合单位 完成时限\n"+
			num("1")+"建立农村公路养护台账 县交通运输局 各乡镇人民政府 2026年3月底前\n"+
			num("2")+"开展危桥安全排查 县交通运输局 县应急管理局 2026年6月底前\n")
		rev77Count(t, d, 2)
		rev75Roles(t, d, rev66Task(t, d, "危桥安全排查"), []string{"县交通运输局"}, []string{"县应急管理局"})
		rev75OwnDue(t, d, "危桥安全排查", "2026-06-30")
		if x := rev66Task(t, d, "养护台账"); strings.ContainsAny(x.Title, "12") {
			t.Errorf("title %q holds the row's number", x.Title)
		}
	}
	tbl := &spacedTable{names: []string{"序号", "工作任务", "责任单位", "完成时限"}, numCol: 0, content: 1, unitCols: []int{2}, afterCols: []int{3}}
	if _, _, ok := tbl.markedNumber(strings.Fields("1.完善巡查制度；")); ok {
		t.Errorf("a line of steps with no units read as a new row")
	}
	if n, rest, ok := tbl.markedNumber(strings.Fields("（4）修缮村道 县交通运输局 2026年5月")); !ok || n != "4" || rest[0] != "修缮村道" {
		t.Errorf("markedNumber = %q %q %v; want 4 and the row's words", n, rest, ok)
	}
}

// TestFixrev79a_NextYearFloodCell: a time cell of the next year's flood season is due by May's end of
// the year after the plan's; the season of the plan's own year stays its own.
func TestFixrev79a_NextYearFloodCell(t *testing.T) {
	for cell, want := range map[string]Day{
		"明年入汛前": {2027, time.May, 31},
		"翌年汛前":  {2027, time.May, 31},
		"入汛前":   {2026, time.May, 31},
	} {
		ds := CellDeadlines(cell, 2026)
		if len(ds) != 1 || ds[0].Date != want {
			t.Errorf("CellDeadlines(%q) = %v; want %s", cell, ds, want)
		}
	}
}

// TestFixrev79a_ScheduleInTimeCell: a table's own time cell that gives a period and its part ("每年一
// 季度", "每年开学前") is a recurring duty's schedule, as the same words in a time label are.
func TestFixrev79a_ScheduleInTimeCell(t *testing.T) {
	d := rev66Parse(t, "弋阳县2026—2028年校园安全三年行动方案\n\n"+
		"序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"+
		"1\t组织校舍安全排查\t县教育局\t县住建局\t每年开学前\n"+
		"2\t开展食堂从业人员培训\t县市场监管局\t县教育局\t每年一季度\n"+
		"3\t建成校园安防监控平台\t县教育局\t县公安局\t2026年9月底前\n")
	for words, month := range map[string]time.Month{"校舍安全排查": time.August, "从业人员培训": time.March} {
		x := rev66Task(t, d, words)
		if !slices.ContainsFunc(x.Recurring, func(r Recurring) bool { return r.Rule.Freq == Yearly && r.Rule.Month == month }) {
			t.Errorf("task %q: recurring %v; want yearly in %s:%s", x.Title, rev75Freqs(x), month, rev59Dump(d))
		}
	}
	if x := rev66Task(t, d, "安防监控平台"); len(x.Recurring) > 0 {
		t.Errorf("task %q: recurring %v; want none", x.Title, rev75Freqs(x))
	}
}

// TestFixrev79a_TitleWithoutNote: a task's title is its words without the responsibility note in
// brackets that closes them, a heading's note after its full stop or a note with none; a bracket that
// is part of the words stays.
func TestFixrev79a_TitleWithoutNote(t *testing.T) {
	d := rev66Parse(t, "横峰县2026年智慧城市建设工作方案\n\n一、重点任务\n"+
		"（一）建设智慧停车平台。（主办单位：县城管局；协办单位：县公安局）\n"+
		"（二）推广电子证照（含营业执照）应用（县数据局牵头，县市场监管局配合）\n"+
		"（三）完善“城市大脑”（一期）功能。（责任单位：县数据局）\n")
	for words, want := range map[string]string{
		"智慧停车": "建设智慧停车平台",
		"电子证照": "推广电子证照（含营业执照）应用",
		"城市大脑": "完善“城市大脑”（一期）功能",
	} {
		if x := rev66Task(t, d, words); x.Title != want {
			t.Errorf("title %q; want %q", x.Title, want)
		}
	}
	rev75Roles(t, d, rev66Task(t, d, "智慧停车"), []string{"县城管局"}, []string{"县公安局"})
	rev75Roles(t, d, rev66Task(t, d, "电子证照"), []string{"县数据局"}, []string{"县市场监管局"})
}

// TestFixrev79a_PartnersInBracket: a bracket after the lead's name that lists units with a marker of
// their own says who else has a share, under a label or after the lead's marker; it is no second name
// of the lead, for this item or any other.
func TestFixrev79a_PartnersInBracket(t *testing.T) {
	d := rev66Parse(t, "万年县2026年夜间经济提升工作方案\n\n一、主要任务\n"+
		"（一）打造特色夜市街区。主办单位：县商务局（县文广新旅局、县城管局协办）。\n"+
		"（二）丰富夜间文旅活动。由县文广新旅局牵头（县团县委参与）。\n"+
		"（三）规范夜市经营秩序。牵头单位：县市场监管局；配合单位：县团县委。\n")
	rev75Roles(t, d, rev66Task(t, d, "特色夜市"), []string{"县商务局"}, []string{"县文广新旅局", "县城管局"})
	rev75Roles(t, d, rev66Task(t, d, "夜间文旅"), []string{"县文广新旅局"}, []string{"县团县委"})
	rev75Roles(t, d, rev66Task(t, d, "经营秩序"), []string{"县市场监管局"}, []string{"县团县委"})
	for _, s := range []string{"县团县委参与", "县文广新旅局、县城管局协办", "由县财政局负责"} {
		if !markedList(s) {
			t.Errorf("markedList(%q) = false; want a list with its marker", s)
		}
	}
	for _, s := range []string{"县文广新旅局", "牵头", "县统计局（县普查中心）"} {
		if markedList(s) {
			t.Errorf("markedList(%q) = true; want no marked list", s)
		}
	}
	if _, _, ok := secondName("县商务局（县城管局协办）"); ok {
		t.Errorf("secondName read a partner's bracket as the unit's second name")
	}
}

// TestFixrev79a_Overseers: a clause of those who follow the work up (督办, 跟踪督查) in the lead's
// sentence is no task of its own, and its units keep their whole names; a unit charged with its own
// supervision ("县审计局负责督查…") is not read so.
func TestFixrev79a_Overseers(t *testing.T) {
	d := rev66Parse(t, "余干县2026年河道采砂整治方案\n\n一、工作任务\n"+
		"（一）开展非法采砂专项打击。县水利局牵头，县人大常委会办公室派驻监督组、县政府督查室全程督办。\n"+
		"（二）完善采砂许可管理。（责任单位：县水利局）\n")
	rev77Count(t, d, 2)
	x := rev66Task(t, d, "非法采砂")
	if len(x.Lead) != 1 || x.Lead[0] != "县水利局" {
		t.Errorf("task %q: lead %q; want 县水利局 alone:%s", x.Title, x.Lead, rev59Dump(d))
	}
	for _, u := range x.Units() {
		if u == "县人大常委会办公室" {
			t.Errorf("task %q: unit %q cut short of its name", x.Title, u)
		}
	}
	for s, want := range map[string][]string{
		"县政府督查室跟踪督办":   {"县政府督查室"},
		"县人社局、县总工会督查":  {"县人社局", "县总工会"},
		"县审计局负责督查资金使用": nil,
		"县督查室加强督查":     nil,
	} {
		got, ok := overseersClause(s)
		if ok != (want != nil) || !slices.Equal(got, want) {
			t.Errorf("overseersClause(%q) = %q %v; want %q", s, got, ok, want)
		}
	}
}
