package plan

import "testing"

// TestStop31Forms: forms of stop 31's material, each a general rule.
func TestStop31Forms(t *testing.T) {
	t.Run("the units worked with end where a verb of the work begins", func(t *testing.T) {
		checkTasks(t, formHead+"1.梳理整改任务清单。由区旅游文体局、执法应急局会同各相关单位逐项梳理明确景区、非景区景点具体点位安全隐患的整改落实对应责任主体。\n", []taskWant{
			{number: "1", lead: []string{"区旅游文体局", "执法应急局"}, partic: []string{"各相关单位"}},
		})
	})
}
