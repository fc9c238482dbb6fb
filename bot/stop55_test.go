package bot

import "testing"

// TestYearInsideTheTitlesSpan: a year the question names that the plan's title spans ("2025年" of a
// plan "（2024—2026年）") is a year inside that plan, not another year's plan: the plan that spans it is the one named, and the 2019 plan is not.
func TestYearInsideTheTitlesSpan(t *testing.T) {
	spanned := "莆田市乡村振兴三年行动方案（2024—2026年）\n一、主要任务\n" +
		"（一）建设高标准农田。2025年底前新建高标准农田2万亩。（责任单位：市农业农村局）\n" +
		"（二）改造农村公路。2026年底前完成改造。（责任单位：市交通局）\n"
	other := "莆田市2019年乡村振兴工作方案\n一、主要任务\n" +
		"（一）推进城市更新。2019年底前完成。（责任单位：市住建局）\n"
	e := NewEngine(textIndex(t, spanned, other), Options{})
	for _, s := range []string{"乡村振兴三年行动方案中2025年要完成哪些任务?", "乡村振兴方案2025年有哪些任务?"} {
		if q := parseOn(t, e, s); len(q.Plans) != 1 {
			t.Errorf("%s: plans %v, want the 2024—2026 plan", s, q.Plans)
		}
	}
	if !titleCoversYear("莆田市乡村振兴三年行动方案（2024—2026年）", "2025") || titleCoversYear("莆田市2019年乡村振兴工作方案", "2025") {
		t.Errorf("titleCoversYear: a span holds the years inside it, a single year only itself")
	}
}
