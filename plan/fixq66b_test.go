package plan

import (
	"strings"
	"testing"
)

// TestFixq66b_GoalHeadingNoSubjectUnits: an item headed by the plan's aims (总体要求, 指导思想, 工作目标)
// whose sentences name bodies working together ("系统构建片区、区直部门联合落实…") is the plan's goal, not
// a task charged to them; an item whose sentence only holds a goal word, or one with a note, stays a
// task.
func TestFixq66b_GoalHeadingNoSubjectUnits(t *testing.T) {
	const tasks = "二、重点任务\n（一）开展调查监测。2023年底前完成基本信息调查。（区生态环境局牵头）\n"
	for _, c := range []struct {
		name, head, anchor string
		task               bool
	}{
		{"总体要求, units in a goal sentence", "一、总体要求\n深入贯彻生态文明思想，系统构建片区、区直部门联合落实和跨部门协作等长效机制。到2025年，新污染物治理能力明显增强。\n", "联合落实", false},
		{"指导思想 run together", "一、指导思想到2020年稳定实现农村贫困人口不愁吃，全区各级各部门要切实提高政治站位。\n", "政治站位", false},
		{"工作目标", "一、工作目标\n各属地单位要全面落实消防安全责任制，到2025年底实现全覆盖。\n", "全面落实", false},
		{"a sentence holding a goal word", "一、工作安排\n各牵头单位对承担的工作目标任务落实负总责，于8月15日前将工作计划报市政府督查室备案。\n", "负总责", true},
		{"goal heading with a note", "一、总体要求\n到2025年，新污染物治理能力明显增强。（牵头单位：区生态环境局）\n", "明显增强", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := ParseText("fixq66b.txt", "某区新污染物治理工作方案\n"+c.head+tasks, Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, tk := range d.Tasks {
				if strings.Contains(tk.Text, c.anchor) {
					found = true
				}
			}
			if found != c.task {
				t.Errorf("a task holds %q: %v, want %v", c.anchor, found, c.task)
			}
		})
	}
}
