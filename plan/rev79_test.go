package plan

import (
	"strings"
	"testing"
	"time"
)

// Review 79: where the plan reader goes wrong on the everyday grammar of county and city plans that
// earlier reviews did not try — a flattened task table whose row numbers carry a dot or 顿号 ("1."
// "1、"), a time cell that says 次年汛期前 or 每年汛期前, partners written in a bracket after the lead
// ("牵头单位：X（Y、Z配合）", "X牵头（Y配合）") and read as the lead's second name across the plan, a
// 牵头 note in brackets left in the task's title, duties twice a year written 上下半年各/一年两次/每年
// 不少于2次, a half year that names which meeting ("上半年调度会7月上旬召开") read as a deadline, a span
// "自2025年6月起至2026年底" that gives no deadline, a multi-year plan's yearly results due "次年3月底前"
// read as one date, 汛前、汛后各 and 春秋两季开学前各 read as other than twice a year, and a 督办 clause
// split off as a task of its own.
// Each test is a plan fragment of its own, asserts what a careful reader of the page gets
// (plan/testdata/corpus/README.md), and fails on 5d48c6c for the reason its comment gives. Nothing
// here is fixed.
//
// Plans are parsed and tasks found with review 66's helpers (rev66Parse, rev66Task); roles, dates and
// recurring duties are checked with review 75's (rev75Roles, rev75OwnDue, rev75HasFreq) and counted
// over a year with rev79TimesIn.

// rev79Titles lists a document's task titles, for a failure message.
func rev79Titles(d *Document) []string {
	var out []string
	for _, x := range d.Tasks {
		out = append(out, x.Title)
	}
	return out
}

// rev79NoDue checks that the task worded words is not due on day, by a date of its own.
func rev79NoDue(t *testing.T, d *Document, words, day string) {
	t.Helper()
	x := rev66Task(t, d, words)
	not := rev59Day(t, day)
	for _, dl := range rev59Own(x) {
		if dl.Date == not {
			t.Errorf("task %q: deadline %s (%q); want none on that day:%s", x.Title, dl.Date, dl.Quote, rev59Dump(d))
		}
	}
}

// TestRev79_SpacedTableDottedRowNumbers: a 任务分工表 copied out of a PDF with its cells apart by
// spaces, its 序号 cells written "1." "1. " "1、" or "（1）" as Word numbers them. Each row is its own
// task with its own title, units and time, as the same table with bare "1" "2" gives today. Today
// every row is titled with the FIRST row's task and number ("1.开展汛前安全大检查"), numbered 1-1, 1-2,
// 1-3: a liaison asking about 防汛应急预案 finds nothing.
func TestRev79_SpacedTableDottedRowNumbers(t *testing.T) {
	for _, tc := range []struct {
		name string
		num  func(n string) string
	}{
		{"dot", func(n string) string { return n + "." }},
		{"dot and space", func(n string) string { return n + ". " }},
		{"dunhao", func(n string) string { return n + "、" }},
		{"brackets", func(n string) string { return "（" + n + "） " }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "宜黄县2025年防汛抗旱工作任务分工表\n\n"+
				"序号 重点任务 牵头单位 配合单位 完成时限\n"+
				tc.num("1")+"开展汛前安全大检查 县应急管理局 县水利局 2025年4月底前\n"+
				tc.num("2")+"修订完善防汛应急预案 县水利局 县应急管理局 2025年5月底前\n"+
				tc.num("3")+"组织防汛业务培训 县应急管理局 县气象局 2025年6月底前\n")
			rev77Count(t, d, 3)
			for _, x := range d.Tasks {
				if strings.ContainsAny(x.Title, "123") {
					t.Errorf("title %q holds the row's number; want the task cell's words", x.Title)
				}
			}
			rev75Roles(t, d, rev66Task(t, d, "防汛应急预案"), []string{"县水利局"}, []string{"县应急管理局"})
			rev75OwnDue(t, d, "防汛应急预案", "2025-05-31")
			rev75Roles(t, d, rev66Task(t, d, "防汛业务培训"), []string{"县应急管理局"}, []string{"县气象局"})
		})
	}
}

// TestRev79_NextYearFloodSeasonCell: a time cell "次年汛期前" in a 2025 table: before next year's flood
// season, 2026-05-31, as the reader takes "汛期前" alone for 2025-05-31 and "次年3月" for 2026's March.
// Today the cell gives no date at all, with tabs or spaces, and the row takes the plan's year end.
func TestRev79_NextYearFloodSeasonCell(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"tabs", "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
			"1\t完成小型水库除险加固\t县水利局\t县财政局\t次年汛期前\n" +
			"2\t修订完善防汛应急预案\t县应急管理局\t县水利局\t2025年5月底前\n"},
		{"spaces", "序号 重点任务 牵头单位 配合单位 完成时限\n" +
			"1 完成小型水库除险加固 县水利局 县财政局 次年汛期前\n" +
			"2 修订完善防汛应急预案 县应急管理局 县水利局 2025年5月底前\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "宜黄县2025年水利工程建设任务分工表\n\n"+tc.table)
			rev75OwnDue(t, d, "除险加固", "2026-05-31")
		})
	}
}

// TestRev79_EveryYearFloodSeasonCell: a time cell "每年汛期前" (or "每年汛前") in a three-year plan's
// table: a yearly duty due each year by May's end, as the same words in running text are read today
// (FREQ=YEARLY;BYMONTH=5). Today the cell gives no recurring duty: the row is a one-off due at the end
// of 2027.
func TestRev79_EveryYearFloodSeasonCell(t *testing.T) {
	for _, cell := range []string{"每年汛期前", "每年汛前"} {
		t.Run(cell, func(t *testing.T) {
			d := rev66Parse(t, "崇仁县2025—2027年山洪灾害防治三年行动方案\n\n"+
				"序号 重点任务 牵头单位 配合单位 完成时限\n"+
				"1 开展山洪灾害危险区巡查 县水利局 各乡镇人民政府 "+cell+"\n"+
				"2 建设山洪灾害监测预警平台 县水利局 县气象局 2025年10月底前\n")
			x := rev66Task(t, d, "危险区巡查")
			rev75HasFreq(t, d, x, Yearly, 1)
		})
	}
}

// TestRev79_LeadThenBracketedPartners: the lead named, its partners in a bracket after it
// ("牵头单位：县林业局（县财政局、各乡镇人民政府配合）", "县林业局牵头（县财政局配合）"). The bracket
// names who takes part (README "Units and roles": 配合 is participating). Today the bracket is lost:
// in the first the partners are gone; in the second the lead is gone and the task has no lead at all
// (with a single partner, 县林业局 itself is read as the partner).
func TestRev79_LeadThenBracketedPartners(t *testing.T) {
	for _, tc := range []struct{ name, note string }{
		{"label", "牵头单位：县林业局（县财政局、各乡镇人民政府配合）。"},
		{"bare", "县林业局牵头（县财政局、各乡镇人民政府配合）。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "资溪县2025年森林防火工作方案\n\n一、主要任务\n"+
				"（一）完成防火隔离带建设。"+tc.note+"\n"+
				"（二）开展防火宣传。（责任单位：县融媒体中心）\n")
			rev75Roles(t, d, rev66Task(t, d, "防火隔离带"), []string{"县林业局"}, []string{"县财政局", "各乡镇人民政府"})
		})
	}
}

// TestRev79_PartnerBracketNotASecondName: one item writes its lead then its partner in a bracket
// ("县自然资源局牵头（县财政局配合）"), another names 县财政局 as its partner in labels. The bracket says
// who takes part in that item; it is not a second name of the lead. Today the bracket is read as
// 县自然资源局's other name for the whole plan: the other item's partner comes out as 县自然资源局,
// a bureau it never names, and when the lead is the same bureau the partner vanishes.
func TestRev79_PartnerBracketNotASecondName(t *testing.T) {
	for _, lead := range []string{"县自然资源局", "县林业局"} {
		t.Run(lead, func(t *testing.T) {
			d := rev66Parse(t, "资溪县2025年森林防火工作方案\n\n一、主要任务\n"+
				"（一）完成瞭望塔建设。"+lead+"牵头（县财政局配合）。\n"+
				"（二）完成监控系统建设。牵头单位：县林业局，配合单位：县财政局。\n"+
				"（三）开展防火宣传。责任单位：县融媒体中心。\n")
			rev75Roles(t, d, rev66Task(t, d, "监控系统"), []string{"县林业局"}, []string{"县财政局"})
		})
	}
}

// TestRev79_LeadNoteLeftInTitle: an item of one sentence with its 分工 note in brackets after it, the
// note opened by 牵头单位 or by the lead and 牵头. The title is the item's words: the note is its
// units, as "（责任单位：…；配合单位：…）" is taken out of the title today. Today a note that opens with
// 牵头 stays in the title ("完成防火隔离带建设（牵头单位：县林业局；配合单位：县财政局）"), so every
// answer that quotes the task repeats its units.
func TestRev79_LeadNoteLeftInTitle(t *testing.T) {
	for _, note := range []string{
		"（牵头单位：县林业局；配合单位：县财政局）",
		"（牵头单位：县林业局，配合单位：县财政局）",
		"（县林业局牵头，县财政局配合）",
		"（牵头单位：县林业局）",
	} {
		t.Run(note, func(t *testing.T) {
			d := rev66Parse(t, "资溪县2025年森林防火工作方案\n\n一、主要任务\n"+
				"（一）完成防火隔离带建设。"+note+"\n"+
				"（二）开展防火宣传。（责任单位：县融媒体中心）\n")
			x := rev66Task(t, d, "防火隔离带")
			if x.Title != "完成防火隔离带建设" {
				t.Errorf("title %q; want %q (the bracket is the task's units)", x.Title, "完成防火隔离带建设")
			}
		})
	}
}

// TestRev79_UpperLowerHalfEach: "上下半年各开展一次" — the two halves written without the 顿号 — is a
// duty every half year, as "上、下半年各开展一次" and "每半年开展一次" are read today. Today no recurring
// duty is found.
func TestRev79_UpperLowerHalfEach(t *testing.T) {
	d := rev66Parse(t, "广昌县2025年文明城市创建工作方案\n\n一、重点任务\n"+
		"1.开展群众满意度测评，上下半年各开展一次。（责任单位：县文明办）\n"+
		"2.开展背街小巷整治。（责任单位：县城管局）\n")
	x := rev66Task(t, d, "满意度测评")
	rev75HasFreq(t, d, x, Monthly, 6)
}

// TestRev79_TwiceAYear: "一年两次" and "每年不少于2次" are a duty twice a year, as "每年2次" is read
// today (every 6 months). Today "一年两次" gives no recurring duty, and "每年不少于2次" is read as once
// a year — half the checks the plan asks for.
func TestRev79_TwiceAYear(t *testing.T) {
	for _, words := range []string{"一年两次", "每年不少于2次"} {
		t.Run(words, func(t *testing.T) {
			if words == "每年不少于2次" {
				t.Skip("disputed: deadline-forms-8 n094 and TestFixp54b_FrequencyInWords read 每年不少于2次 as yearly; the dev gold ak-sh-hongkou reads it half-yearly")
			}
			d := rev66Parse(t, "南丰县2025年根治欠薪工作方案\n\n一、工作任务\n"+
				"1.开展工资支付专项检查，"+words+"。（责任单位：县人社局）\n"+
				"2.完善欠薪预警平台。（责任单位：县人社局）\n")
			x := rev66Task(t, d, "工资支付专项检查")
			rev75HasFreq(t, d, x, Monthly, 6)
		})
	}
}

// TestRev79_HalfYearNamesTheMeeting: "上半年调度会于7月上旬召开" — 上半年 says which meeting (the one on
// the first half), 7月上旬 when it is held; the task is due by July 10th, not by June 30th. Today
// 上半年 is read as a deadline of its own, 2025-06-30, ten days before the meeting may be held.
func TestRev79_HalfYearNamesTheMeeting(t *testing.T) {
	d := rev66Parse(t, "南丰县2025年重点项目建设推进方案\n\n一、工作任务\n"+
		"1.强化项目调度。每半年召开一次项目调度会，上半年调度会于7月上旬召开。（责任单位：县发改委）\n"+
		"2.加强要素保障。（责任单位：县自然资源局）\n")
	rev75OwnDue(t, d, "项目调度", "2025-07-10")
	rev79NoDue(t, d, "项目调度", "2025-06-30")
}

// TestRev79_FromMonthUntilNextYearEnd: "自2025年6月起至2026年底" — work from a month until the end of
// next year is due by that end, 2026-12-31, as "2025年6月—2026年12月" and "2025年7月至2026年6月" are
// read today. Today the span gives no date: the task takes the 2025 plan's year end, a year early.
func TestRev79_FromMonthUntilNextYearEnd(t *testing.T) {
	d := rev66Parse(t, "南丰县2025年招商引资攻坚行动方案\n\n一、工作任务\n"+
		"1.开展产业链精准招商，自2025年6月起至2026年底。（责任单位：县商务局）\n"+
		"2.完善招商项目库。（责任单位：县商务局）\n")
	rev75OwnDue(t, d, "精准招商", "2026-12-31")
}

// TestRev79_OverseersNotATask: "县林业局牵头，县督查室督办。" — one task: 县林业局 leads it and 县督查室
// follows it up (督办). Today the 督办 clause is split off as a task of its own ("(一)-2", titled with
// the overseers' names) and the overseer's name is cut ("县纪委监委派驻纪检监察组" becomes a lead named
// 县纪委监委), so a count of the plan's tasks and of 县纪委监委's duties are both wrong.
func TestRev79_OverseersNotATask(t *testing.T) {
	d := rev66Parse(t, "资溪县2025年森林防火工作方案\n\n一、主要任务\n"+
		"（一）开展专项督查。县林业局牵头，县纪委监委派驻纪检监察组、县督查室督办。\n"+
		"（二）开展防火宣传。（责任单位：县融媒体中心）\n")
	rev77Count(t, d, 2)
	x := rev66Task(t, d, "专项督查")
	if len(x.Lead) != 1 || x.Lead[0] != "县林业局" {
		t.Errorf("task %q: lead %q; want 县林业局 alone:%s", x.Title, x.Lead, rev59Dump(d))
	}
	for _, y := range d.Tasks {
		for _, u := range y.Units() {
			if u == "县纪委监委" {
				t.Errorf("task %q has unit %q, a name cut short of 县纪委监委派驻纪检监察组; titles %q", y.Title, u, rev79Titles(d))
			}
		}
	}
}

// TestRev79_YearlyResultsNextYear: a three-year plan (2024—2026) whose yearly review publishes its
// results "次年3月底前": each year's results by the next year's March 31st — a yearly duty in March,
// as "每年3月底前报送上一年度总结" is read today. Today 次年 is counted from the plan's first year only:
// one deadline, 2025-03-31, beside a yearly duty due in December; for "开展年度考核，考核结果次年2月底
// 前通报" there is no yearly duty at all. After the first spring both tasks read as done for good.
func TestRev79_YearlyResultsNextYear(t *testing.T) {
	d := rev66Parse(t, "黎川县2024—2026年河湖保护三年行动方案\n\n一、重点任务\n"+
		"1.每年度开展一次河湖健康评价，评价结果于次年3月底前向社会公布。（责任单位：县水利局）\n"+
		"2.开展河长制年度考核，考核结果次年2月底前通报。（责任单位：县河长办）\n")
	for _, w := range []struct {
		words string
		month time.Month
	}{{"河湖健康评价", time.March}, {"年度考核", time.February}} {
		x := rev66Task(t, d, w.words)
		found := false
		for _, r := range x.Recurring {
			found = found || (r.Rule.Freq == Yearly && r.Rule.Month == w.month)
		}
		if !found {
			t.Errorf("task %q: recurring %v; want a yearly duty due in %s:%s", x.Title, rev75Freqs(x), w.month, rev59Dump(d))
		}
	}
}

// rev79TimesIn counts the days in year y on which any of task x's recurring duties falls.
func rev79TimesIn(x *Task, y int) int {
	days := map[Day]bool{}
	end := Day{y, time.December, 31}
	for _, r := range x.Recurring {
		for d := r.Rule.Next(Day{y - 1, time.December, 31}); !end.Before(d); d = r.Rule.Next(d) {
			days[d] = true
		}
	}
	return len(days)
}

// TestRev79_BeforeAndAfterFloodSeason: "每年汛前、汛后各开展一次堤防安全检查" — two checks a year, one
// before the flood season and one after it, as "上、下半年各开展一次" is two. Today only the first is
// read (each year by May 31st): the check after the flood season is never due.
func TestRev79_BeforeAndAfterFloodSeason(t *testing.T) {
	for _, words := range []string{"每年汛前、汛后各开展一次", "每年汛期前、汛期后各开展一次"} {
		t.Run(words, func(t *testing.T) {
			d := rev66Parse(t, "黎川县2025—2027年水利工程安全运行三年行动方案\n\n一、重点任务\n"+
				"1.强化堤防安全管理，"+words+"堤防安全检查。（责任单位：县水利局）\n"+
				"2.完成小型水库标准化管理。（责任单位：县水利局）\n")
			x := rev66Task(t, d, "堤防安全")
			if n := rev79TimesIn(x, 2026); n != 2 {
				t.Errorf("task %q: due %d times in 2026; want 2 (before and after the flood season):%s", x.Title, n, rev59Dump(d))
			}
		})
	}
}

// TestRev79_SpringAndAutumnTermsOnly: "每年春秋两季开学前各开展一次" — two checks a year, before the
// spring term (February) and before the autumn term (August), as the reader finds today
// (FREQ=MONTHLY;BYMONTH=2,8). Today a third duty, once a year at the year's end, is read beside them,
// so the task falls due three times a year and once in December, when no term begins.
func TestRev79_SpringAndAutumnTermsOnly(t *testing.T) {
	d := rev66Parse(t, "乐安县2025年学校食品安全专项整治方案\n\n一、重点任务\n"+
		"1.开展学校食堂检查，每年春秋两季开学前各开展一次。（责任单位：县市场监管局）\n"+
		"2.建立校园食品安全追溯平台。（责任单位：县教育体育局）\n")
	x := rev66Task(t, d, "学校食堂检查")
	if n := rev79TimesIn(x, 2026); n != 2 {
		t.Errorf("task %q: due %d times in 2026; want 2 (February and August):%s", x.Title, n, rev59Dump(d))
	}
}
