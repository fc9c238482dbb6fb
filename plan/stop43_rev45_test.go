package plan

import (
	"strings"
	"testing"
)

// TestRev45MonthAfterYearWord: monthOpensWork's new 今年/明年 branch (dates.go:1181) reads a month
// anywhere in a clause as the work's month, so a past meeting or campaign the task refers to
// ("按照今年3月份召开的…大会部署", "自今年1月份开展…以来") became a deadline. 8c4dde0 read none of these.
func TestRev45MonthAfterYearWord(t *testing.T) {
	for _, tc := range []struct{ name, item string }{
		{"a meeting held this year as the basis", "1.按照今年3月份召开的全市优化营商环境大会部署，持续深化“放管服”改革。（责任单位：市发改委）"},
		{"a meeting's spirit to carry out", "1.落实今年2月份召开的全省安全生产电视电话会议精神，压实企业主体责任。（责任单位：市应急管理局）"},
		{"a campaign since this year's month", "1.自今年1月份开展专项行动以来，全市排查隐患1200处，要持续巩固整治成果。（责任单位：市应急管理局）"},
		{"a reform launched this year, its results to keep", "1.巩固今年6月份启动的“一网通办”改革成果，推动更多事项网上办理。（责任单位：市政务服务中心）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.item+"\n", []taskWant{{lead: leadOf(tc.item), dates: []string{}}})
		})
	}
}

func leadOf(item string) []string {
	_, after, _ := strings.Cut(item, "责任单位：")
	u, _, _ := strings.Cut(after, "）")
	return []string{u}
}

// TestRev45DoneStageKeepsOtherDates: the "(已完成)" rule in notADeadline (dates.go:1936) looks at the
// rest of the sentence up to 。；, across commas, so a stage marked done drops every date before it
// in the sentence, also the whole task's own deadline. 8c4dde0 read both dates.
func TestRev45DoneStageKeepsOtherDates(t *testing.T) {
	checkTasks(t, formHead+"1.2025年12月31日前完成全部改造任务，其中2025年6月底前完成50个（已完成）。（责任单位：市住建局）\n",
		[]taskWant{{lead: []string{"市住建局"}, dates: []string{"2025-12-31 by"}}})
}

// TestRev45LeaderHeadingNeedsAName: leaderHeading (resp.go:1113) takes any two to four characters
// before 县长/市长/书记 + 牵头/负责/联系 as a leader's name, so a heading naming a system ("建立县长联系
// 重点项目制度", "落实市长负责制") gives every task under it a leader "建立县长联系".
func TestRev45LeaderHeadingNeedsAName(t *testing.T) {
	for _, tc := range []struct{ name, section string }{
		{"a system of county heads' contacts", "一、重点任务 > （二）建立县长联系重点项目制度"},
		{"a mayor-responsibility system", "一、重点任务 > （三）落实市长负责制"},
		{"a secretary-responsibility system", "一、重点任务 > （一）实行书记负责制"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Leaders(&Task{Text: "推进重点项目建设。（责任单位：县发改局）", Section: tc.section}); len(got) != 0 {
				t.Errorf("Leaders = %q, want none: the heading names a system, not a person", got)
			}
		})
	}
}
