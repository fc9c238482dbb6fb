package duties

import (
	"fmt"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// yearswork65: only a year's ledger of work (a work report's tasks, key work, work points, practical
// projects, a task list) makes its undated tasks due at the year's end. A plan that merely bears its
// year (a 实施方案, a theme year, a span starting in a year) sets its undated tasks no date: they are
// neither overdue once the year is over, nor due in its last month, nor ahead before it ends.
func TestYearsWorkIsALedger(t *testing.T) {
	inherits := func(quote string) *plan.Task {
		return &plan.Task{Title: "完善河道保洁长效机制", Deadlines: []plan.Deadline{{Quote: quote, Date: day("2031-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	}
	tests := []struct {
		name string
		got  []plan.Deadline
		want string
	}{
		{"a year's practical projects are overdue after the year", Passed(inherits("2031年区政府民生实事项目"), day("2032-02-01"), ""), "[2031-12-31]"},
		{"a year's key task list is overdue after the year", Passed(inherits("某县2031年乡村振兴重点任务清单"), day("2032-02-01"), ""), "[2031-12-31]"},
		{"a year's annual implementation plan is overdue after the year", Passed(inherits("某区城市更新2031年度实施计划"), day("2032-02-01"), ""), "[2031-12-31]"},
		{"a year's 实施方案 sets no date: not overdue", Passed(inherits("某区2031年河道保洁工作实施方案"), day("2032-02-01"), ""), "[]"},
		{"a theme year sets no date: not overdue", Passed(inherits("将2031年确定为“项目攻坚年”"), day("2032-02-01"), ""), "[]"},
		{"a span from a year sets no date: not overdue", Passed(inherits("2031年起3年内"), day("2035-02-01"), ""), "[]"},
		{"a bare year sets no date: not overdue", Passed(inherits("2031年"), day("2032-02-01"), ""), "[]"},
		{"a year's 实施方案 is not due in the year's last month", Within(inherits("某区2031年河道保洁工作实施方案"), day("2031-12-01"), day("2031-12-31"), "", ""), "[]"},
		{"a year's 实施方案 is not ahead as the year's work", Ahead(inherits("某区2031年河道保洁工作实施方案"), day("2031-06-01")), "[]"},
		{"a ledger's work is ahead until its year is over", Ahead(inherits("2031年区政府民生实事项目"), day("2031-06-01")), "[2031-12-31]"},
		{"a ledger's work whose year is over is not ahead", Ahead(inherits("2031年区政府民生实事项目"), day("2032-01-02")), "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range tt.got {
			got = append(got, d.Date.String())
		}
		if s := fmt.Sprint(got); s != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, s, tt.want)
		}
	}
}
