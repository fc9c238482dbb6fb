package plan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/scaling"
)

// Review 51: each test is a finding, written to fail on the code as it stands (e8952f5).

// rev51Next is the rule of the first recurring duty ParseRecurring reads in text and the first day
// it falls due on or after 2025-01-01 ("", "" when it reads none).
func rev51Next(text string) (rule, next string) {
	rs := ParseRecurring(text)
	if len(rs) == 0 {
		return "", ""
	}
	return rs[0].Rule.String(), rs[0].Rule.Next(Day{2025, 1, 1}).String()
}

// TestRev51AnnualPlanIssuedTheYearBefore: a plan for one year is often issued in the last weeks of
// the year before ("衢州市2025年数字经济发展工作要点", signed 2024年12月20日, 衢政办发〔2024〕45号).
// Document.Year (dates.go) takes the year of issue before the title's, and parser.deadlines
// (parse.go) gives that year to every date written without one, so "6月底前" is 2024-06-30 — half
// a year before the plan was signed — "年底前" is 2024-12-31 and "一季度" 2024-03-31: every task of
// the plan is overdue the day it is loaded, and none of them falls due in 2025. The plan says what
// year it is for; its yearless dates are that year's.
func TestRev51AnnualPlanIssuedTheYearBefore(t *testing.T) {
	text := "衢州市人民政府办公室关于印发衢州市2025年数字经济发展工作要点的通知\n" +
		"衢政办发〔2024〕45号\n\n" +
		"各县（市、区）人民政府，市政府各部门：\n" +
		"现将《衢州市2025年数字经济发展工作要点》印发给你们，请认真贯彻执行。\n\n" +
		"衢州市人民政府办公室\n2024年12月20日\n\n" +
		"衢州市2025年数字经济发展工作要点\n\n" +
		"一、重点任务\n" +
		"1.建设城市算力中心。6月底前完成一期建设。（牵头单位：市数据局）\n" +
		"2.推进5G网络建设。年底前新建5G基站500个。（牵头单位：市经信局）\n" +
		"3.开展数字经济考核。一季度完成上年度考核。（牵头单位：市发改委）\n"
	d, err := ParseText("rev51.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"1": "2025-06-30", "2": "2025-12-31", "3": "2025-03-31"}
	if len(d.Tasks) != len(want) {
		t.Fatalf("got %d tasks, want %d", len(d.Tasks), len(want))
	}
	for _, tk := range d.Tasks {
		var got []string
		for _, x := range tk.Deadlines {
			got = append(got, x.Date.String())
		}
		if len(got) != 1 || got[0] != want[tk.Number] {
			t.Errorf("task %s %s: deadlines %v, want [%s] (the plan is for 2025; it was signed on %s)",
				tk.Number, tk.Title, got, want[tk.Number], d.Issued)
		}
	}
}

// TestRev51DashedDateInTimeColumn: a task table exported from a spreadsheet writes its 完成时限
// cells as ISO dates ("2025-12-31"). CellDeadlines (dates.go) hands the cell to ParseDeadlinesIn,
// whose dottedDate reads a dashed date only with 前 after it or a time label before it
// (timeLabelBefore: "完成时间：2025-06-30"); a time column's cell is under such a label, but the cell
// alone has none, so the row gets no deadline at all: never due, never overdue, never nudged — while
// the same column's "2025/9/30", "2025.12.31" and "2025-06-30前" are read.
func TestRev51DashedDateInTimeColumn(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"2025-12-31", "2025-12-31"},
		{"2025-06-30", "2025-06-30"},
		{"2025-9-30", "2025-09-30"},
	} {
		t.Run("cell "+tc.cell, func(t *testing.T) {
			ds := CellDeadlines(tc.cell, 2025)
			if len(ds) != 1 || ds[0].Date.String() != tc.want || ds[0].Kind != KindBy {
				t.Errorf("CellDeadlines(%q) = %v, want one deadline by %s", tc.cell, ds, tc.want)
			}
		})
	}
	t.Run("table", func(t *testing.T) {
		checkTasks(t, formHead+"附件\n重点任务清单\n"+
			"| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n"+
			"| --- | --- | --- | --- | --- |\n"+
			"| 1 | 推进农村公路建设 | 市交通运输局 | 市财政局 | 2025-12-31 |\n"+
			"| 2 | 推进城乡供水一体化 | 市水利局 | 市住建局 | 2025-06-30 |\n",
			[]taskWant{
				{number: "1", lead: []string{"市交通运输局"}, partic: []string{"市财政局"}, dates: []string{"2025-12-31 by"}},
				{number: "2", lead: []string{"市水利局"}, partic: []string{"市住建局"}, dates: []string{"2025-06-30 by"}},
			})
	})
}

// TestRev51NextMonthDayOfMonthlyReport: "每月工作进展情况于次月5日前报送" is how most plans set a
// monthly report (the month's progress, by the 5th of the month after). nextMonthExpr's reader
// (dates.go) rightly drops 次月5日前 as a deadline in a sentence of monthly reports ("a duty's day,
// not a deadline"), but parseRecurring has no pattern for it: 每月 is followed by 工作进展 (no duty
// word) and 月报 is no period word, so the duty is lost altogether — no deadline, no recurring
// duty, no nudge on the 5th.
func TestRev51NextMonthDayOfMonthlyReport(t *testing.T) {
	for _, text := range []string{
		"各成员单位每月工作进展情况于次月5日前报送市领导小组办公室。",
		"实行月报制度，各县（市、区）于次月5日前将上月工作进展情况报送市发改委。",
		"各单位每月推进情况请于次月5日前报市商务局。",
	} {
		t.Run(text, func(t *testing.T) {
			rule, next := rev51Next(text)
			if next != "2025-01-05" || !strings.HasPrefix(rule, "FREQ=MONTHLY") {
				t.Errorf("rule %q, first due %q; want a monthly duty by the 5th (FREQ=MONTHLY;BYMONTHDAY=5, first due 2025-01-05); deadlines %v",
					rule, next, ParseDeadlinesIn(text, 2025))
			}
		})
	}
}

// TestRev51ReportAfterPeriodEnds: a report due so many days after each period ends ("每季度结束后
// 10日内", "每月结束后5日内", "年度终了后30日内", "每季度次月10日前") is the next period's duty: the
// first quarter's report is due by April 10. The 终了后/结束后 pattern in recurringPatterns
// (dates.go) returns RuleQuarterly / RuleMonthly / RuleYearly, which Rule.Next reads as the period's
// END (its comment says "due a number of days after each period ends", then drops the days; stop 31's
// test pins those dayless rules), so the quarter's report is due, nudged and shown red on March 31,
// before the quarter it reports on has ended; the year's report on December 31, not January 30. A sentence that says 每季度 once and then
// "于季度结束后10日内" reads nothing at all (the pattern wants 每 right before 季度结束后), and
// 每季度前5个工作日内 (the first days of each quarter) falls to the bare 每季度 pattern: March 31.
func TestRev51ReportAfterPeriodEnds(t *testing.T) {
	for _, tc := range []struct{ text, next string }{
		{"各县（市、区）于每季度结束后10日内报送本季度工作进展情况。", "2025-01-10"},
		{"各成员单位于每月结束后5日内报送上月工作进展。", "2025-01-05"},
		{"各乡镇于年度终了后30日内，向县农业农村局报送年度工作总结。", "2025-01-30"},
		{"各县（市、区）每季度工作进展情况于季度结束后10日内报送市发改委。", "2025-01-10"},
		{"于每季度次月10日前报送上季度工作情况。", "2025-01-10"},
		{"各单位于每季度前5个工作日内报送上季度统计数据。", "2025-01-10"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rule, next := rev51Next(tc.text)
			if next == "" || next > tc.next {
				t.Errorf("rule %q, first due %q; want it due by %s (after the period ends, not at its end)", rule, next, tc.next)
			}
		})
	}
}

// TestRev51LeadByCoordinating: "（市教育局统筹，市财政局配合）", "（X抓总，Y配合）", "（以X为主，Y配合）"
// are common ways to name the lead beside its helpers. suffixWords (resp.go) knows 牵头, 牵头抓总,
// 主办, 主责, 负总责 … but neither 统筹 nor 抓总 nor 为主, so the list before them is dropped: the task
// has its helper and no lead, is listed by "哪些任务没有牵头单位", and is missing from the lead's own
// list (and, with no lead, its done marks are decided by the helper alone).
func TestRev51LeadByCoordinating(t *testing.T) {
	checkTasks(t, formHead+
		"1.推进义务教育优质均衡发展。（市教育局统筹，市财政局配合）\n"+
		"2.完善职业教育产教融合机制。（市教育局抓总，市人力社保局、市经信局配合）\n"+
		"3.推进校园安全标准化建设。（市教育局为主，市公安局配合）\n",
		[]taskWant{
			{number: "1", lead: []string{"市教育局"}, partic: []string{"市财政局"}},
			{number: "2", lead: []string{"市教育局"}, partic: []string{"市人力社保局", "市经信局"}},
			{number: "3", lead: []string{"市教育局"}, partic: []string{"市公安局"}},
		})
}

// rev51Villages lists n village road projects, each with its month, as one item's paragraph does
// (a 项目清单 written out in running text, or a table whose line breaks a PDF lost).
func rev51Villages(n int) string {
	fam := []rune("东南西北上下前后新老大小金银石马牛杨柳桥塘湾岭坑坞山溪")
	var b strings.Builder
	for i := range n {
		name := string([]rune{fam[i%len(fam)], fam[(i/len(fam))%len(fam)], fam[(i/7)%len(fam)]})
		fmt.Fprintf(&b, "%s村道路硬化工程于2025年%d月底前完工；", name, i%12+1)
	}
	return b.String()
}

// TestRev51ManyDatesInOneItemIsQuadratic: the time to read one item grows with the square of its
// dates: for each date ParseDeadlinesIn (dates.go) scans the whole text before it (dottedDate's
// timeLabelBefore.MatchString(text[:y]), a pattern anchored only at its end), and notADeadline and
// namesSeason look through the whole text again. 60 KB of one item takes about 2 s, 120 KB 8–12 s,
// 180 KB half a minute, where a 100-page plan takes 0.2 s; the sandbox (ingest/sandbox.go: 4 s of
// processor time and 1 s per MiB) refuses such a file as too long, and a stored plan's re-parse
// holds a core for that long. The test compares the cost of 750 and 3,000 dates (maxGrowth) rather
// than timing one parse.
func TestRev51ManyDatesInOneItemIsQuadratic(t *testing.T) {
	SkipUnderRace(t)
	item := func(n int) string {
		return "1.实施农村道路提升工程。（责任单位：市交通运输局）" + rev51Villages(n) + "\n"
	}
	d, err := ParseText("rev51.txt", formHead+item(3000), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 1 {
		t.Errorf("%d tasks, want 1", len(d.Tasks))
	}
	if g := scaling.Growth(func(n int) { _, _ = ParseText("rev51.txt", formHead+item(n), Options{}) }, 750, 4, 3); g > maxGrowth {
		t.Errorf("an item of 3,000 dates costs %.1f times one of 750 (linear: 4, square: 16): reading a date must not rescan the text before it", g)
	}
}
