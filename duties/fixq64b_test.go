package duties

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq64b: a notice that launches a year's campaign ("关于开展2031年桥梁安全排查整治工作的通知") names
// the campaign by its year; a task of it that states no date of its own is not that year's work the
// way a year's ledger's (工作要点, 重点工作分工) is: once the year is over it is not overdue.
func TestCampaignYearIsNoYearsWork(t *testing.T) {
	task := func(title string) *plan.Task {
		return &plan.Task{Title: "属地巡查", Text: "属地巡查。各区交通部门应委托专业单位开展全面巡查。",
			Deadlines: []plan.Deadline{{Quote: title, Date: day("2031-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	}
	tests := []struct {
		name string
		got  []plan.Deadline
		want string
	}{
		{"campaign notice: not overdue", Passed(task("某市交通运输局关于开展2031年桥梁安全排查整治工作的通知"), day("2032-03-01"), ""), "[]"},
		{"campaign of a 年度: not overdue", Passed(task("关于开展2031年度农村道路平安创建活动的通知"), day("2032-03-01"), ""), "[]"},
		{"campaign notice: not ahead as the year's work", Ahead(task("关于开展2031年桥梁安全排查整治行动的通知"), day("2031-06-01")), "[]"},
		{"a year's key work stays overdue", Passed(task("某市2031年重点工作任务分工方案"), day("2032-03-01"), ""), "[2031-12-31]"},
		{"a year's work points stay overdue", Passed(task("某区2031年安全生产工作要点"), day("2032-03-01"), ""), "[2031-12-31]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateList(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
