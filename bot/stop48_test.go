package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestStop48PlaceOfAPlacelessPlan: a plan whose text names no place (an excerpt of 辽宁's 就业创业意见)
// is asked about by the place people know it from. The place qualifies the unit; it is no word of
// the tasks, so it does not empty the answer.
func TestStop48PlaceOfAPlacelessPlan(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/f-ln-liaoning-undated-employment-opinions.txt"}), Options{})
	for _, q := range []string{"辽宁省发展改革委牵头哪些工作?", "遼寧省發展改革委牽頭哪些工作?"} {
		a := askOn(t, e, "2026-12-06", q)[0]
		if len(a.Tasks) != 1 || !strings.Contains(a.Text, "坚持扩大就业发展战略") {
			t.Errorf("%s: tasks %v\n%s", q, a.Tasks, a.Text)
		}
	}
}

// TestStop48OneItemPointedAt: "X那一条/那块/那个项目谁牵头" points at the item on X, the one whose title
// makes X its subject; asked without pointing, every task on X is the answer.
func TestStop48OneItemPointedAt(t *testing.T) {
	e := NewEngine(corpusIndex(t, nil), Options{})
	one := askOn(t, e, "2026-12-06", "嘉兴房地产那块谁牵头")[0]
	if len(one.Tasks) != 1 || !strings.Contains(one.Text, "规范发展房地产业") {
		t.Errorf("pointed at one item: tasks %v\n%s", one.Tasks, one.Text)
	}
	all := askOn(t, e, "2026-12-06", "嘉兴房地产谁牵头")[0]
	if len(all.Tasks) < 2 || !slices.Contains(all.Tasks, one.Tasks[0]) {
		t.Errorf("not pointed: tasks %v, want the item and the others naming 房地产\n%s", all.Tasks, all.Text)
	}
}

// TestStop48PlansABodyIssued: "哪些方案是X发的" lists the plans X issued, by their issuer (人民政府 and
// 政府 alike), not the one plan whose title shares X's words.
func TestStop48PlansABodyIssued(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ah-sh-shanghai-2021-farmland-protection-plan.txt", "dev/ai-sh-shanghai-2022-scientific-greening-opinion.txt"}), Options{})
	for _, q := range []string{"哪些方案是上海市政府办公厅发的?", "哪些方案是上海市人民政府办公厅印发的?"} {
		a := askOn(t, e, "2026-12-06", q)[0]
		if !strings.Contains(a.Text, "沪府办〔2021〕39号") || !strings.Contains(a.Text, "科学绿化") || strings.Contains(a.Text, "衢州") {
			t.Errorf("%s:\n%s", q, a.Text)
		}
	}
}
