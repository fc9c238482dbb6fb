package bot

import (
	"strings"
	"testing"
)

// TestStatedCountOfADescribedPlan: a count whose words only describe the plan ("政府工作报告分工方案
// 一共分解了多少项…") gets the number the plan states; a topic of its own does not.
func TestStatedCountOfADescribedPlan(t *testing.T) {
	e := engineOver(t, parsed(t, "el.txt", "某市2024年政府工作报告重点工作任务分工方案\n某政办发〔2024〕3号\n"+
		"为抓好《政府工作报告》落实，现将《政府工作报告》分解为五个方面79项重点工作任务，每项工作均列出牵头单位。\n一、重点任务\n"+
		"1.推进养老服务。（牵头单位：市民政局）\n2.推进城区道路改造。（牵头单位：市住建局）\n"))
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"某市2024年政府工作报告分工方案一共分解了多少项重点工作任务?", true},
		{"某市政府工作报告的任务一共分解成了多少项?", true},
		{"养老方面的任务有几项?", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if got := strings.Contains(a.Text, "79"); got != tc.want {
				t.Errorf("quotes the stated 79: %v, want %v:\n%s", got, tc.want, a.Text)
			}
		})
	}
}
