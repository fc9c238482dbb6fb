package bot

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFix73bBounds: what review 73's rules (window, reItemNo, reNotInvolved, splitRoles) leave as it
// was, beside what they read anew.
func TestFix73bBounds(t *testing.T) {
	p := NewEngine(textIndex(t, rev73Wenjiang), Options{}).Parser()
	today := plan.NewDay(2027, 4, 8)
	for _, tc := range []struct {
		q    string
		ok   func(Query) bool
		want string
	}{
		{"过去30天到期的有哪些?", func(q Query) bool { return q.From == "2027-03-09" && q.To == "2027-04-08" }, "the 30 days before today"},
		{"过去半年到期的任务", func(q Query) bool { return q.From == "2026-10-08" && q.To == "2027-04-08" }, "the half year before today"},
		{"未来30天到期的有哪些?", func(q Query) bool { return q.From == "2027-04-08" && q.To == "2027-05-08" }, "the 30 days after today"},
		{"今年还有哪些任务没到期?", func(q Query) bool { return q.From == "2027-04-08" && q.To == "2027-12-31" }, "the rest of this year"},
		{"到目前为止哪些任务已经逾期?", func(q Query) bool { return q.Status == StatusOverdue && q.To == "" }, "overdue, no window"},
		{"第一个节点是哪天?", func(q Query) bool { return q.item == 0 && q.dateRank == "first" }, "the first date, no item"},
		{"最近要到期的有哪些?", func(q Query) bool { return q.dateRank == "" && q.To == "2027-05-08" }, "what falls due soon"},
		{"区住建局只牵头不参与的任务", func(q Query) bool {
			return len(q.Units) == 1 && q.Units[0].Role == plan.RoleLead && len(q.negated) == 0
		}, "区住建局's tasks it leads"},
		{"区经信局牵头的任务有哪些单位参与?", func(q Query) bool {
			return len(q.Units) == 1 && q.Units[0].Role == plan.RoleLead && q.partners
		}, "the tasks 区经信局 leads, with their partners"},
		{"区经信局和区财政局共同参与的任务", func(q Query) bool { return len(q.Units) == 2 && q.AllUnits }, "two units together"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); !tc.ok(q) {
				t.Errorf("want %s; window %s–%s, status %q, item %d, rank %q, units %+v, negated %+v", tc.want, q.From, q.To, q.Status, q.item, q.dateRank, q.Units, q.negated)
			}
		})
	}
}
