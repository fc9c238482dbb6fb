package bot

import (
	"strings"
	"testing"
)

// TestStop50WhenAReportGoesToAUnit: asked when something is reported to a unit the plan names only
// as the one reports go to ("…分别于2017年10月31日和11月30日前报区行政审批局"), the sentence that says
// it answers, with its dates; that the unit leads no task on it is no reason to say "没有".
func TestStop50WhenAReportGoesToAUnit(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ap-fj-pingtan-2017-streamline-reform-task-division.txt"}), Options{})
	for _, q := range []string{
		"各部门的贯彻落实情况什么时候前报行政审批局?",
		"协调机制建立情况哪天前要报给行政审批局",
	} {
		a := askOn(t, e, "2026-12-06", q)[0]
		if !strings.Contains(a.Text, "2017年10月31日") && !strings.Contains(a.Text, "2017-10-31") {
			t.Errorf("%s:\n%s", q, a.Text)
		}
	}
}
