package bot

import (
	"strings"
	"testing"
)

// TestStatedCountOfADescribedPlan: a count whose words only describe the plan ("政府工作报告分工方案
// 一共分解了多少项…") gets the number the plan states; a topic of its own does not.
func TestStatedCountOfADescribedPlan(t *testing.T) {
	e := engineOver(t, parsed(t, "el.txt", "某市2024年政府工作报告重点工作任务分工方案\n某政办发〔2024〕3号\n"+
		"为抓好《政府工作报告》落实，现将《政府工作报告》分解为五个方面79项重点工作任务，每项工作均列出牵头单位。\n一、重点任务\n"+
		"1.推进养老服务。（牵头单位：市民政局）\n2.推进城区道路改造。（牵头单位：市住建局）\n"))
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"某市2024年政府工作报告分工方案一共分解了多少项重点工作任务?", true},
		{"某市政府工作报告的任务一共分解成了多少项?", true},
		{"养老方面的任务有几项?", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if got := strings.Contains(a.Text, "79"); got != tc.want {
				t.Errorf("quotes the stated 79: %v, want %v:\n%s", got, tc.want, a.Text)
			}
		})
	}
}

// TestUnitNamedInTheWords: a unit asked about with a topic that none of its tasks holds is found
// where a task's own words name it on that topic, though the parser gave the task no unit; the
// answer says the plan gives it no role there. A unit the words do not name finds nothing.
func TestUnitNamedInTheWords(t *testing.T) {
	e := engineOver(t, parsed(t, "yp.txt", "杨浦区排水管理体制改革实施方案\n杨府发〔2025〕9号\n一、主要任务\n"+
		"1.防汛体系建设。2025年汛期，上海城投集团派出工作组参与区防汛办应急响应工作。上海城投集团2026年起负责公共排水设施防汛防台工作，并于2026年4月底前将防汛防台专项预案报区防汛办。2026年5月底前，杨浦区完成区级防汛防台预案修编。\n"+
		"2.运维管理。上海城投集团牵头建立排水感知体系。2026年底前完成。\n3.人员安置。区国资委负责做好人员转移工作。\n"))
	a := ask(t, e, "上海城投集团的防汛防台专项预案最晚什么时候要报区防汛办？")
	if !strings.Contains(a.Text, "2026-04-30") || !strings.Contains(a.Text, "未写明其牵头") {
		t.Errorf("the answer should give the task naming 上海城投集团 and its 2026-04-30:\n%s", a.Text)
	}
	a = ask(t, e, "区国资委的防汛防台专项预案什么时候报？")
	if strings.Contains(a.Text, "2026-04-30") {
		t.Errorf("区国资委 is not named in the 防汛 task:\n%s", a.Text)
	}
}
