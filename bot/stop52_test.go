package bot

import (
	"strings"
	"testing"
)

// TestStop52AskedByShortNames: questions name bodies and ask for spans the way people speak — the
// 城管执法局 of a plan that writes 县城市管理综合行政执法局, and a stage's "从哪天到哪天".
func TestStop52AskedByShortNames(t *testing.T) {
	text := "某某县2026年城乡环境整治实施方案\n某政办〔2026〕11号\n\n一、工作步骤\n" +
		"（一）动员部署阶段(3月1日至3月15日)。各乡镇制定具体方案。\n" +
		"（二）集中整治阶段(3月16日至6月30日)。开展占道经营集中整治。（责任单位：县城市管理综合行政执法局）\n" +
		"（三）建设口袋公园。新建2个口袋公园。（责任单位：县住房和城乡建设局）\n" +
		"（四）规范户外广告。清理违规广告牌。（牵头科室：城市管理科）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		q    string
		want []string
	}{
		{"某某县城管执法局有哪些任务?", []string{"集中整治阶段"}},
		{"集中整治阶段从哪天到哪天?", []string{"3月16日至6月30日"}},
		{"城管科牵头哪些工作?", []string{"规范户外广告"}},
	}
	for _, tt := range tests {
		a := askOn(t, e, "2026-12-06", tt.q)[0]
		for _, w := range tt.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s: want %q:\n%s", tt.q, w, a.Text)
			}
		}
		if strings.Contains(a.Text, "住房和城乡建设局") && strings.Contains(tt.q, "城管") {
			t.Errorf("%s: another bureau's task:\n%s", tt.q, a.Text)
		}
	}
}

// TestStop52DynamicUpdateIsVague: asked how often a list is updated where the plan says 动态更新, the
// answer quotes the plan's words and says it gives no period, rather than that the plan says nothing.
func TestStop52DynamicUpdateIsVague(t *testing.T) {
	text := "某某市零碳园区建设工作方案\n某发改〔2026〕8号\n\n一、重点任务\n" +
		"（一）支持技术集成应用。市科委牵头开展关键技术攻关，动态更新零碳技术目录，提供给园区参考。\n" +
		"（二）加强统计监测。市统计局每季度发布园区能耗数据。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "零碳技术目录多久更新一次?")[0]
	if !strings.Contains(a.Text, "动态更新") || strings.Contains(a.Text, "每季度") {
		t.Errorf("want the plan's 动态更新 and no other task's period:\n%s", a.Text)
	}
	// Keeping a list up to date is no duty done again and again: the list of them leaves it out.
	a = askOn(t, e, "2026-12-06", "哪些工作是要定期做的?")[0]
	if strings.Contains(a.Text, "技术目录") || !strings.Contains(a.Text, "每季度") {
		t.Errorf("want the quarterly task alone:\n%s", a.Text)
	}
}
