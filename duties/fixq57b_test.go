package duties

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq57b: a year's ledger whose rows give "长期推进" (or "持续开展", "常态化") in their time cell are
// work that goes on, not that year's work: once the year is over they are not overdue, and its last
// month does not list them as due. A row whose cell says "全年" is the year's work and still is.
func TestOngoingRowIsNoYearsWork(t *testing.T) {
	year := []plan.Deadline{{Quote: "某市文旅局2031年宣传工作任务清单", Date: day("2031-12-31"), Kind: plan.KindTarget, Inherited: true}}
	row := func(cell string) *plan.Task {
		return &plan.Task{Title: "做好景区客流信息发布", Text: "做好景区客流信息发布\n节假日前发布预约提示\n" + cell, Deadlines: year}
	}
	tests := []struct {
		name string
		got  []plan.Deadline
		want string
	}{
		{"长期推进 is not overdue after the year", Passed(row("长期推进"), day("2032-03-01"), ""), "[]"},
		{"持续开展 is not overdue after the year", Passed(row("持续开展"), day("2032-03-01"), ""), "[]"},
		{"a labelled 常态化 cell is not overdue", Passed(row("完成时限：常态化"), day("2032-03-01"), ""), "[]"},
		{"长期推进 is not due in the year's last month", Within(row("长期推进"), day("2031-12-01"), day("2031-12-31"), "", ""), "[]"},
		{"长期推进 is not ahead as the year's work", Ahead(row("长期推进"), day("2031-06-01")), "[]"},
		{"全年 is the year's work: overdue after it", Passed(row("全年"), day("2032-03-01"), ""), "[2031-12-31]"},
		{"a row with no time cell is the year's work", Passed(row(""), day("2032-03-01"), ""), "[2031-12-31]"},
		{"长期 inside a sentence is no time cell", Passed(row("建立长期推进机制，定期会商"), day("2032-03-01"), ""), "[2031-12-31]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateList(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
	if got := Ongoing("做好景区客流信息发布\n长期坚持"); got != "长期坚持" {
		t.Errorf("Ongoing = %q, want 长期坚持", got)
	}
}
