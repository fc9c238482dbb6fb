package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Tests of review rev42 (stop 41's diff, ce1a412..a919cbb), written by a reviewer; each failed on a919cbb
// (those named regressions passed on ce1a412) and is fixed in stop 42.

// R42-11: askName only takes "called" at the very end of the question or before "what", so the
// ordinary "…called again?", "…called in full?" and "…called, and when was it issued?" lose the
// title: the first two become searches for "again"/"full", the third answers the date alone.
func TestRev42CalledAsksTheTitle(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, s := range []string{
		"What is the Huzhou plan called again?",
		"What is the Heze opinion called in full?",
		"What's the Huzhou plan called, and when was it issued?",
	} {
		q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 5))
		if q.Shape != ShapePlanFacts || !slices.Contains(q.Facts, "title") {
			t.Errorf("%s: shape %s facts %v topic %v; want plan facts with the title", s, q.Shape, q.Facts, q.Topic)
		}
	}
}

// R42-12: the parties follow-up ("配合单位有哪些" after a list) needs prev.Units or prev.Topic, so after
// a department type's list ("商务部门负责哪些任务？") it never fires, and owner()'s branch that names
// a department type's tasks (q.DeptTypes) is unreachable from it: the list is repeated instead.
func TestRev42PartiesAfterDepartmentType(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	ask := func(s string, ctx Context) Answer { t.Helper(); return askIn(t, e, s, ctx) }
	first := ask("商务部门负责哪些任务？", Context{})
	if len(first.Tasks) == 0 {
		t.Fatalf("商务部门负责哪些任务？ lists nothing:\n%s", first.Text)
	}
	a := ask("配合单位有哪些", first.Context)
	if a.Context.Query == nil || a.Context.Query.Shape != ShapeOwner || !slices.Equal(a.Tasks, first.Tasks) {
		t.Errorf("配合单位有哪些 after a department type's list: intent %s, %d tasks; want the owners of the same %d tasks:\n%s", a.Intent, len(a.Tasks), len(first.Tasks), a.Text)
	}
}
