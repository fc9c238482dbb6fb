package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop40EnglishWords: "units are planned" counts homes, not departments; "done" in "what had to be
// done by" is no topic; the glossary knows the provident fund and loans.
func TestStop40EnglishWords(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct {
		q         string
		countUnit bool
		topic     []string
	}{
		{"Huzhou: who's in charge of the talent apartments, and how many units are planned?", false, []string{"人才公寓"}},
		{"How many units take part in the Huzhou plan?", true, nil},
		{"Huzhou: what had to be done by the end of June 2023?", false, nil},
		{"Who handles the provident fund loan policy in Huzhou?", false, []string{"公积金", "贷款"}},
	} {
		q := p.Parse(c.q, Context{}, today)
		if got := q.Shape == ShapeCount && q.GroupBy == GroupUnit; got != c.countUnit {
			t.Errorf("%s: shape %s by %s, want a count of units: %v", c.q, q.Shape, q.GroupBy, c.countUnit)
		}
		if !slices.Equal(q.Topic, c.topic) {
			t.Errorf("%s: topic %v, want %v", c.q, q.Topic, c.topic)
		}
	}
}

// TestStop40BodyName: asked what a body is called, the answer quotes where the plan names it rather
// than giving the plan's title.
func TestStop40BodyName(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	for _, q := range []string{"衢州的领导小组全称是什么", "What is the full name of Quzhou's leading group?"} {
		a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "市现代服务业发展工作领导小组") {
			t.Errorf("%s: the body's name is not in the answer:\n%s", q, a.Text)
		}
	}
}

// TestStop40Sections: the bot finds a section a list names without its bureau by the full name.
func TestStop40Sections(t *testing.T) {
	ix := textIndex(t, "某某市人民政府办公室关于印发某某市测试工作实施方案的通知\n某政办发〔2025〕3号\n\n某某市测试工作实施方案\n\n一、主要任务\n\n1.完善码头岸电设施建设。（牵头部门：市交通委港务监管处、科技信息处）\n2.健全岸电数据报送制度。（牵头部门：市交通委科技信息处）\n")
	q := NewEngine(ix, Options{}).Parser().Parse("市交通委科技信息处牵头哪些任务?", Context{}, plan.NewDay(2026, 12, 1))
	var names []string
	for _, refs := range q.refs {
		for _, r := range refs {
			names = append(names, r.Name)
		}
	}
	if !slices.Contains(names, "科技信息处") {
		t.Errorf("units %v, want 科技信息处 among them", names)
	}
}

// TestStop40DatedInWindow: "tasks with a deadline falling in 2023" asks what is due in that window,
// not every task that has a date.
func TestStop40DatedInWindow(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, s := range []string{"Which Quzhou tasks have a deadline or target falling in 2023?", "衢州哪些任务有明确期限在2023年?"} {
		q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 1))
		if q.Status != StatusDue || q.From != "2023-01-01" || q.To != "2023-12-31" {
			t.Errorf("%s: status %q window %s—%s, want due in 2023", s, q.Status, q.From, q.To)
		}
	}
}

// TestStop40ReviewLevels: review finding F7: 各县（市、区） groups are county-level (their 市 is a
// county-level city), 各省辖市 groups are cities, not the province.
func TestStop40ReviewLevels(t *testing.T) {
	for _, c := range []struct {
		name, lv string
		want     bool
	}{
		{"各县（市、区）市场监管部门", "市", false},
		{"各县（市、区）市场监管部门", "县", true},
		{"各省辖市人民政府", "省", false},
		{"各省辖市人民政府", "市", true},
	} {
		if got := atLevel(c.name, c.lv); got != c.want {
			t.Errorf("atLevel(%s, %s) = %v, want %v", c.name, c.lv, got, c.want)
		}
	}
}

// TestStop40ReviewTopicStops: review finding F8: 在管/来管 are asking words only as the question's verb,
// not inside 未来管网, 外来管理, 存在管理.
func TestStop40ReviewTopicStops(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"未来管网建设有哪些任务?", []string{"未来管网建设"}},
		{"外来管理人员方面有哪些任务?", []string{"外来管理人员"}},
	} {
		if got := topicTerms(c.q, "zh"); !slices.Equal(got, c.want) {
			t.Errorf("%s: topic %v, want %v", c.q, got, c.want)
		}
	}
}
