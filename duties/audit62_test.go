package duties

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestAudit62_CampaignOfAYearsLedger: reCampaign takes any notice that 开展s a year's 工作 for a
// campaign, but a notice launching a year's ledger of work ("关于开展2031年民生实事项目建设工作的通知",
// "关于开展2031年政府工作报告重点任务分解落实工作的通知") is that year's work: a task of it that states no
// date and is not done is overdue once the year is over, as a 重点工作分工方案's is.
func TestAudit62_CampaignOfAYearsLedger(t *testing.T) {
	t.Skip("left open: reCampaign needs to tell a ledger's words (民生实事, 政府工作报告, 重点工作) from a campaign's; not measured against the open set in time")
	task := func(title string) *plan.Task {
		return &plan.Task{Title: "推进项目", Text: "推进项目。各区按计划推进建设。",
			Deadlines: []plan.Deadline{{Quote: title, Date: day("2031-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	}
	tests := []struct{ name, title string }{
		{"a year's 民生实事 launched", "关于开展2031年民生实事项目建设工作的通知"},
		{"a year's report divided", "关于开展2031年政府工作报告重点任务分解落实工作的通知"},
	}
	for _, tt := range tests {
		if got := dateList(Passed(task(tt.title), day("2032-03-01"), "")); got != "[2031-12-31]" {
			t.Errorf("%s: got %s, want [2031-12-31]", tt.name, got)
		}
	}
}
