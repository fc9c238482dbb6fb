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

// TestStop50PlanThemeCoversItsTasks: a unit asked about in a plan's theme ("岸电") has every task of
// that plan on it, also those whose words never say 岸电, once some do; a plan on another theme adds
// none of its tasks.
func TestStop50PlanThemeCoversItsTasks(t *testing.T) {
	text := "某某市提高靠港船舶岸电使用率实施方案\n某交〔2026〕3号\n\n一、主要任务\n" +
		"（一）完善码头岸电设施建设。新建码头同步建设岸电设施。（牵头单位：市交通局；参与单位：市港航中心）\n" +
		"（二）推进船舶受电设施改造。推动内河船舶加装受电设施。（牵头单位：市海事局；参与单位：市港航中心）\n" +
		"（三）加强岸电使用执法监管。对应使用岸电而未使用的船舶依法处罚。（牵头单位：市交通执法总队；参与单位：市港航中心）\n"
	other := "某某市港口安全生产专项整治方案\n某交〔2026〕4号\n\n一、主要任务\n" +
		"（一）开展港口危险货物排查。全面排查危险货物堆场。（牵头单位：市应急局；参与单位：市港航中心）\n"
	e := NewEngine(textIndex(t, text, other), Options{})
	a := askOn(t, e, "2026-12-06", "市港航中心配合哪些岸电工作?")[0]
	for _, w := range []string{"完善码头岸电设施建设", "推进船舶受电设施改造", "加强岸电使用执法监管"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %s:\n%s", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "危险货物") || len(a.Tasks) != 3 {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}
