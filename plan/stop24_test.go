package plan

import "testing"

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
