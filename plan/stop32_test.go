package plan

import "testing"

// TestStop32Forms: forms of stop 32's new material (role forms, corpus round 49), each read the way
// the corpus README says.
func TestStop32Forms(t *testing.T) {
	t.Run("a group heading's 组长单位 leads and its 成员单位 take part, the heading no task", func(t *testing.T) {
		checkTasks(t, "某县2024年工作方案\n一、任务\n（二）住房保障组（组长单位：县住建局；成员单位：县财政局、县自然资源局、县税务局）\n1.筹集保障性租赁住房500套，2024年底前完成配租。\n2.推进城中村改造。\n", []taskWant{
			{number: "1", lead: []string{"县住建局"}, partic: []string{"县财政局", "县自然资源局", "县税务局"}, dates: []string{"2024-12-31 by"}},
			{number: "2", lead: []string{"县住建局"}, partic: []string{"县财政局", "县自然资源局", "县税务局"}},
		})
	})
}
