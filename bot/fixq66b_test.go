package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFixQ66b_EachPlaceDeptShare: under a 工作要求 heading, an item whose own heading names work and whose
// words open with one department of every district ("各区建设管理部门要…督促…") is that department's
// share of the work, as one opening with a unit by name is; one opening with every place or every
// department (各区要…, 各部门要…, 各区有关部门要…) stays a measure.
func TestFixQ66b_EachPlaceDeptShare(t *testing.T) {
	for _, c := range []struct {
		name, item, anchor string
		share              bool
	}{
		{"each district's department", "（二）推进汛前高坠隐患排查。各区建设管理部门要结合本区实际，联合本区房屋管理部门，督促业主开展汛前高坠隐患排查。", "汛前高坠", true},
		{"each county's bureau", "（二）开展农村危房排查。各县（市、区）住建局要组织开展农村危房排查。", "农村危房", true},
		{"a unit by name", "（二）开展桥梁排查。市公路中心负责全市桥梁排查。", "桥梁排查", true},
		{"every district", "（二）开展汛前排查。各区要结合本区实际，开展汛前排查。", "汛前排查", false},
		{"every department", "（二）开展汛前排查。各部门要结合职责，开展汛前排查。", "汛前排查", false},
		{"every district's departments concerned", "（二）开展汛前排查。各区有关部门要结合职责，开展汛前排查。", "汛前排查", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "某市关于开展2025年房屋安全排查工作的通知\n一、工作目标\n确保房屋安全。\n二、工作要求\n（一）明确检查对象。市房屋管理局应梳理全市房屋清单。\n" + c.item + "\n"
			d, err := plan.ParseText("fixq66b.txt", text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var task *plan.Task
			for i := range d.Tasks {
				if strings.Contains(d.Tasks[i].Text, c.anchor) {
					task = &d.Tasks[i]
				}
			}
			if task == nil {
				t.Fatalf("no task holds %q", c.anchor)
			}
			if got := unitsShare(task); got != c.share {
				t.Errorf("unitsShare(%s, lead %v) = %v, want %v", task.Title, task.Lead, got, c.share)
			}
		})
	}
}
