package plan

import (
	"errors"
	"slices"
	"testing"
)

// TestRev46DoneMarkAfterComma: notADeadline (dates.go:1983) now looks for "(已完成)" only in the date's
// own clause (clauseOf) unless a stage label stands before it, so the most common way a plan marks
// a dated step done, "2024年6月底前，完成…（已完成）" (the date, a comma, the work, the mark), keeps its
// date: the finished step is listed as due, and once the day has passed as overdue. c00f626 read none.
func TestRev46DoneMarkAfterComma(t *testing.T) {
	for _, tc := range []struct {
		name, item string
		dates      []string
	}{
		{"a dated step marked done", "1.2024年6月底前，完成规划编制（已完成）。（责任单位：市住建局）", []string{}},
		{"a done step before another", "1.2024年6月底前，完成规划编制(已完成)；2025年底前完成建设。（责任单位：市住建局）", []string{"2025-12-31 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.item+"\n", []taskWant{{lead: []string{"市住建局"}, dates: tc.dates}})
		})
	}
}

// TestRev46StageYearSentencesBefore: the new horizon rule in ParseDeadlinesIn (dates.go:184, y > year+1
// && yearBeforeSentence) drops the year of any sentence before a yearless phrase once that year is
// two past the plan's, so a plan set out year by year ("第三阶段（2027年）：…。6月底前完成验收") dates
// 2027's steps in 2025: two years early, overdue at once. c00f626 read 2027.
func TestRev46StageYearSentencesBefore(t *testing.T) {
	for _, tc := range []struct {
		name, item string
		dates      []string
	}{
		{"a stage's year, then its steps", "1.推进老旧小区改造。第一阶段（2025年）：完成摸底。第三阶段（2027年）：全面完成改造任务。6月底前完成验收。（责任单位：市住建局）",
			[]string{"2025-12-31 target", "2027-06-30 by", "2027-12-31 target"}},
		{"a year's sentence, then its steps", "1.建设智慧城市平台。2027年，全面建成智慧城市平台。6月底前完成平台验收，年底前投入运行。（责任单位：市住建局）",
			[]string{"2027-06-30 by", "2027-12-31 by", "2027-12-31 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.item+"\n", []taskWant{{lead: []string{"市住建局"}, dates: tc.dates}})
		})
	}
	t.Run("a year's goal, then a step after ；", func(t *testing.T) {
		ds := ParseDeadlinesIn("2027年目标：建成示范区10个；6月底前完成验收。", 2025)
		if !slices.ContainsFunc(ds, func(d Deadline) bool { return d.Quote == "6月底前" && d.Date == (Day{2027, 6, 30}) }) {
			t.Errorf("ParseDeadlinesIn = %v, want 6月底前 on 2027-06-30", ds)
		}
	})
}

// TestRev46LeaderHeadingWithCount: leaderHeading (resp.go:1115) now must end right after the work
// ("…牵头重点工作"), so the headings 分工 plans write most, with the group's count or a longer word for
// the work ("（12项）", "重点工作任务", "牵头负责的工作"), give their tasks no leader. c00f626 read each.
func TestRev46LeaderHeadingWithCount(t *testing.T) {
	for _, tc := range []struct{ name, section, want string }{
		{"a count after the work", "一、重点任务 > （一）戴建平常务副市长牵头重点工作（12项）", "戴建平常务副市长牵头"},
		{"重点工作任务", "一、重点任务 > （一）戴建平常务副市长牵头的重点工作任务", "戴建平常务副市长牵头"},
		{"牵头负责的工作", "一、重点任务 > （二）王建国副市长牵头负责的工作（共5项）", "王建国副市长牵头"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Leaders(&Task{Text: "推进项目建设。（责任单位：市发改委）", Section: tc.section}); !slices.Equal(got, []string{tc.want}) {
				t.Errorf("Leaders = %q, want [%s]", got, tc.want)
			}
		})
	}
}

// TestRev46GroupHeadingClassIsNoLead: unitLeadsGroup (parse.go:6155) takes any words before 牵头工作/任务
// that looksLikeUnit accepts, so a heading naming a class of units ("一、省直部门牵头任务",
// "（二）相关部门牵头工作") makes the class every item's lead and demotes the unit the item names
// itself to taking part. c00f626 read the item's own unit as its lead.
func TestRev46GroupHeadingClassIsNoLead(t *testing.T) {
	t.Run("省直部门 over items naming their units", func(t *testing.T) {
		checkTasks(t, formHead+"一、省直部门牵头任务\n1.推进项目建设。（省发改委）\n2.完善政策体系。（省财政厅）\n", []taskWant{
			{lead: []string{"省发改委"}}, {lead: []string{"省财政厅"}},
		})
	})
	t.Run("相关部门 over an item with no unit", func(t *testing.T) {
		checkTasks(t, formHead+"（二）相关部门牵头工作\n1.推进项目建设。\n", []taskWant{{lead: nil}})
	})
}

// TestRev46NewsReportIsNoPlan: the prose fallback (parse.go:44, proseItems + noticeForm) takes any line
// ending with 方案/意见/通知 as a notice's title, so a news report of a meeting that passed a plan is
// read as a plan with tasks such as "本报讯3月5日，市长张三主持召开市政府常务会议" led by "市长张三主持召开市政府".
// c00f626 refused it (ErrNotPlan).
func TestRev46NewsReportIsNoPlan(t *testing.T) {
	text := "市政府召开常务会议审议通过优化营商环境实施方案\n本报讯 3月5日，市长张三主持召开市政府常务会议，审议通过了《某某市优化营商环境实施方案》。会议强调，各级各部门要提高政治站位，切实抓好方案落实落地。\n会议还研究了其他事项。市政府副市长、秘书长等参加会议，各有关部门主要负责同志列席会议并作了发言。\n"
	if d, err := ParseText("news.txt", text, Options{}); !errors.Is(err, ErrNotPlan) {
		n := 0
		if d != nil {
			n = len(d.Tasks)
		}
		t.Errorf("a news report read as a plan (%d tasks, err %v), want ErrNotPlan", n, err)
	}
}
