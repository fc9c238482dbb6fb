package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestReviewStop41: the findings of the review of stop 40's diff that concern questions, named after
// them.
func TestReviewStop41(t *testing.T) {
	t.Run("F4 a lone section is no other bureau's", func(t *testing.T) {
		ix := textIndex(t, "某某市人民政府办公室关于印发某某市测试工作实施方案的通知\n某政办发〔2025〕3号\n\n某某市测试工作实施方案\n\n一、主要任务\n\n1.加强预算绩效管理。（牵头部门：市财政局预算处、综合处）\n2.健全岸电数据报送制度。（牵头部门：市交通委科技信息处）\n3.完善码头岸电设施建设。（牵头部门：市交通委港务监管处、规划处）\n")
		p := NewEngine(ix, Options{}).Parser()
		if q := p.Parse("市交通委综合处牵头哪些任务?", Context{}, plan.NewDay(2026, 12, 1)); len(q.refs) > 0 && len(q.refs[0]) > 0 {
			t.Errorf("市交通委综合处 resolves to %v: 市财政局's 综合处", q.refs)
		}
		// The section its own list gives the bureau is found with it.
		if q := p.Parse("市交通委规划处牵头哪些任务?", Context{}, plan.NewDay(2026, 12, 1)); len(q.refs) != 1 || len(q.refs[0]) != 1 || q.refs[0][0].Name != "规划处" {
			t.Errorf("市交通委规划处 resolves to %v, want the plan's 规划处", q.refs)
		}
		if q := p.Parse("市财政局综合处牵头哪些任务?", Context{}, plan.NewDay(2026, 12, 1)); len(q.refs) != 1 || len(q.refs[0]) != 1 || q.refs[0][0].Name != "综合处" {
			t.Errorf("市财政局综合处 resolves to %v, want the plan's 综合处", q.refs)
		}
	})
	t.Run("R5 a bureau's own plan names its sections alone", func(t *testing.T) {
		ix := textIndex(t, "某某市财政局关于印发2025年重点工作任务分工的通知\n\n一、主要任务\n\n1.加强预算绩效管理。（责任处室：综合处）\n2.完善国库集中支付。（责任处室：国库处）\n")
		q := NewEngine(ix, Options{}).Parser().Parse("市财政局综合处负责哪些任务?", Context{}, plan.NewDay(2026, 12, 1))
		if len(q.refs) != 1 || len(q.refs[0]) != 1 || q.refs[0][0].Name != "综合处" {
			t.Errorf("市财政局综合处 resolves to %v, want the plan's 综合处", q.refs)
		}
	})
	t.Run("F5 called on, called for", func(t *testing.T) {
		p := NewEngine(seedIndex(t), Options{}).Parser()
		for s, facts := range map[string]bool{
			"Which Huzhou units are called on to support the talent apartments?": false,
			"What is called for on garbage sorting in Quzhou?":                   false,
			"Which tasks in the Huzhou plan are called key projects?":            false,
			"What is the Huzhou plan called?":                                    true,
			"What's the full name of the Heze opinion?":                          true,
		} {
			q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 1))
			if got := q.Shape == ShapePlanFacts; got != facts {
				t.Errorf("%s: shape %s facts %v topic %v; want plan facts %v", s, q.Shape, q.Facts, q.Topic, facts)
			}
			for _, w := range q.Topic {
				if w == "called" {
					t.Errorf("%s: topic %v holds called", s, q.Topic)
				}
			}
		}
	})
}

// TestQuestionsStop41: what rounds 62 and 63 (written by helpers who read no code) taught.
func TestQuestionsStop41(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	ask := func(s string, ctx Context) Answer { t.Helper(); return askIn(t, e, s, ctx) }
	t.Run("the parties of the tasks just listed", func(t *testing.T) {
		first := ask("湖州市商务局牵头哪些任务？", Context{})
		for _, s := range []string{"配合单位有哪些", "协办单位呢？", "Which units support them?"} {
			a := ask(s, first.Context)
			if a.Context.Query == nil || a.Context.Query.Shape != ShapeOwner || !slices.Equal(a.Tasks, first.Tasks) {
				t.Errorf("%s: intent %s, tasks %v; want the owners of %v", s, a.Intent, a.Tasks, first.Tasks)
			}
		}
	})
	t.Run("a level typed is the level of the plan", func(t *testing.T) {
		// 鹿城区's plan names a bare 应急管理局: a district's, no county's.
		if a := ask("县应急管理局负责什么", Context{}); a.Outcome != OutcomeNotFound || len(a.Tasks) > 0 {
			t.Errorf("县应急管理局: %s, tasks %v; want not found", a.Outcome, a.Tasks)
		}
		if a := ask("区应急管理局负责什么", Context{}); len(a.Tasks) == 0 {
			t.Errorf("区应急管理局: %s, no tasks; want 鹿城区's", a.Outcome)
		}
	})
	t.Run("R8 no parties follow-up after a list of no unit", func(t *testing.T) {
		first := ask("2027年底前要完成哪些任务？", Context{})
		if len(first.Tasks) == 0 {
			t.Fatalf("2027年底前要完成哪些任务？ lists nothing:\n%s", first.Text)
		}
		if a := ask("配合单位有哪些", first.Context); strings.Contains(a.Text, "请说明是哪项任务") {
			t.Errorf("配合单位有哪些 after a list of no unit asks which task:\n%s", a.Text)
		}
	})
	t.Run("a short summary shows each task's words", func(t *testing.T) {
		a := ask("总结一下鹿城区司法局的工作", Context{})
		if len(a.Tasks) == 0 || len(a.Tasks) > 3 || strings.Count(a.Text, "“") < len(a.Tasks) {
			t.Errorf("summary of %d tasks quotes %d texts:\n%s", len(a.Tasks), strings.Count(a.Text, "“"), a.Text)
		}
	})
	t.Run("words that point at a plan are no topic", func(t *testing.T) {
		p := e.Parser()
		for s, want := range map[string]string{
			"湖州服务业那个方案里，市商务局牵头几项？": "",
			"湖州市商务局牵头哪几件招商的事？":     "招商",
			"湖州市商务局要报送哪些配套文件？":     "配套",
		} {
			q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 5))
			if want == "" && len(q.Topic) > 0 || want != "" && !slices.Contains(q.Topic, want) {
				t.Errorf("%s: topic %v, want %q", s, q.Topic, want)
			}
		}
	})
}
