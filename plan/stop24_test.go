package plan

import (
	"strings"
	"testing"
)

// TestNoNameThroughZai: no body's name runs on through 在 ("各街镇在区政府…" is not one unit); a
// subject before an occasion ending in 下 takes its modal after it.
func TestNoNameThroughZai(t *testing.T) {
	checkTasks(t, formHead+"1.强化组织。各街镇在区政府统一领导下开展排查整治。\n2.压实责任。区住建局在区政府统一领导下，要全面开展排查整治。\n3.落实属地责任。所在地政府负责日常监管。\n", []taskWant{
		{number: "1"},
		{number: "2", lead: []string{"区住建局"}},
		{number: "3", lead: []string{"所在地政府"}},
	})
}

// TestGroupOfTownsAsSubject: 各街镇 is a group, one party, and a subject like 各镇.
func TestGroupOfTownsAsSubject(t *testing.T) {
	checkTasks(t, formHead+"1.压实责任。各街镇要全面开展排查整治。\n2.加强指导。街镇要做好配合。\n", []taskWant{
		{number: "1", lead: []string{"各街镇"}},
		{number: "2"},
	})
}

// TestOpeningMakesAYearsPlan: an opening that says it makes one year's work points (制定2024年度…工作要点)
// gives undated tasks that year.
func TestOpeningMakesAYearsPlan(t *testing.T) {
	text := "为深入践行生态文明思想，结合我县实际，制定2024年度河湖长制工作要点。\n一、压实责任\n（一）压实河湖长责任。落实各级河湖长职责。（责任单位：县河长办）\n"
	checkTasks(t, text, []taskWant{
		{number: "(一)", lead: []string{"县河长办"}, dates: []string{"2024-12-31 target"}},
	})
}

// TestSubjectsInOneSentence: two subjects in one sentence ("各区政府要…，各部门根据…") part at the
// second one's clause, so the first keeps its own words and an opening without a subject stays
// with the first.
func TestSubjectsInOneSentence(t *testing.T) {
	text := formHead + "1.加强组织领导。全面推行林长制。各区政府要切实履行科学绿化主体责任，各部门根据职责分工，协同推进科学绿化。各级绿化委员会要充分发挥作用。\n"
	d := checkTasks(t, text, []taskWant{
		{number: "1-1", lead: []string{"各区政府"}},
		{number: "1-2", lead: []string{"各部门"}},
		{number: "1-3", lead: []string{"各级绿化委员会"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "各区政府要切实履行") || strings.Contains(d.Tasks[1].Text, "各区政府") {
		t.Errorf("各区政府's words should be its own task's:\n%q\n%q", d.Tasks[0].Text, d.Tasks[1].Text)
	}
}
