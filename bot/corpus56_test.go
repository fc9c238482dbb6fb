package bot

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// TestCorpus56QuotedClause: a list quotes the clause of an item where the unit asked about leads (its
// own duty), not the item's first clause where it only takes part; with no lead, the first.
func TestCorpus56QuotedClause(t *testing.T) {
	u := plan.UnitRef{City: "上海市奉贤区", Name: "区体育局"}
	part := hit{TaskRef: retrieval.TaskRef{Task: &plan.Task{Number: "五-1", Text: "…牵头，…体育局…等部门履行相应职责"}}, roles: []unitRole{{u, plan.RoleParticipating}}}
	lead := hit{TaskRef: retrieval.TaskRef{Task: &plan.Task{Number: "五-11", Text: "区体育局：负责利用体育场馆建设应急避难场所"}}, roles: []unitRole{{u, plan.RoleLead}}}
	if got := quotedClause([]hit{part, lead}); got.Task != lead.Task {
		t.Errorf("quoted %q, want the clause it leads", got.Task.Text)
	}
	if got := quotedClause([]hit{part}); got.Task != part.Task {
		t.Errorf("quoted %q, want the only clause", got.Task.Text)
	}
}
