package bot

import (
	"slices"
	"strings"
	"testing"
)

// fixq60cMeasures is a city's measures for one quarter, named by it in their title, written for
// these tests: one measure dated in the quarter, two not.
const fixq60cMeasures = `丰泽市关于推动二季度消费“提质扩容”的若干措施

一、发放消费券。6月底前发放家电消费券5000万元。（责任单位：市商务局）
二、办好促消费活动。全年举办汽车展销活动4场。（责任单位：市商务局）
三、优化消费环境。持续开展诚信经营示范创建。（责任单位：市市场监管局）
`

var fixq60cShared sharedIndex

// TestFixQ60c_QuarterInPlanTitle: a part of a year said with the title's words after it names the
// plan asked about, not a window: every measure counts.
func TestFixQ60c_QuarterInPlanTitle(t *testing.T) {
	e := NewEngine(fixq60cShared.get(t, "fixq60c", false, fixq60cMeasures), Options{})
	a := askIn(t, e, "丰泽市二季度“提质扩容”若干措施一共有几条?", Context{})
	n := 0
	for _, d := range fixq60cShared.ix.Docs() {
		for _, tk := range d.Tasks {
			if slices.Contains(a.Tasks, tk.ID) {
				n++
			}
		}
	}
	if n != 3 || !strings.Contains(a.Text, "3") {
		t.Errorf("got %s %v:\n%s", a.Intent, a.Tasks, a.Text)
	}
}
