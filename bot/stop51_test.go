package bot

import (
	"strings"
	"testing"
)

// TestStop51CountFoldsABareNameIntoItsLevel: a plan that writes 区气象局 in some tasks and 气象局 in
// others means one bureau; a count per unit gives it one line with all its tasks, while a body two
// levelled names share (市水利局, 县水利局) stays apart from both.
func TestStop51CountFoldsABareNameIntoItsLevel(t *testing.T) {
	text := "某某区人工影响天气工作实施方案\n某政办〔2026〕5号\n\n一、主要任务\n" +
		"（一）加强监测能力建设。建设天气雷达。（牵头单位：区气象局）\n" +
		"（二）加强作业能力建设。更新作业装备。（牵头单位：区气象局）\n" +
		"（三）加强安全管理。落实弹药储存安全。（牵头单位：气象局；配合单位：区公安局）\n" +
		"（四）加强水资源调度。调度库区蓄水。（牵头单位：市水利局）\n" +
		"（五）加强库区管护。巡查库区堤防。（牵头单位：县水利局）\n" +
		"（六）加强河道清淤。清理河道淤泥。（牵头单位：水利局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "这个人影方案各单位分别负责几项?")[0]
	lines := strings.Split(a.Text, "\n")
	has := func(name, n string) bool {
		for _, l := range lines {
			if strings.Contains(l, name+"：") && strings.Contains(l, n+" 项") {
				return true
			}
		}
		return false
	}
	if !has("区气象局", "3") {
		t.Errorf("区气象局 and 气象局 are one unit with 3 tasks:\n%s", a.Text)
	}
	for _, l := range lines {
		if strings.Contains(l, " 气象局：") || strings.HasPrefix(strings.TrimLeft(l, "0123456789. "), "气象局：") {
			t.Errorf("气象局 has a line of its own: %q\n%s", l, a.Text)
		}
	}
	if !has("水利局", "1") || !has("市水利局", "1") || !has("县水利局", "1") {
		t.Errorf("水利局 of two levels stays apart:\n%s", a.Text)
	}
}
