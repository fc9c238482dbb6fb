package bot

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// handDocs are two small plans built by hand: 丽水市 and 台州市黄岩区, cities the seeds do not have, so
// that nothing here leans on the seed plans.
func handDocs() []*plan.Document {
	mk := func(id, city string, tasks ...plan.Task) *plan.Document {
		d := &plan.Document{ID: id, City: city, Title: city + "服务业实施方案", Number: id}
		for i := range tasks {
			tasks[i].ID = fmt.Sprintf("%s:%d", id, i+1)
			tasks[i].Number = fmt.Sprint(i + 1)
			tasks[i].Doc = d.Ref()
			tasks[i].Section = "二、重点任务"
		}
		d.Tasks = tasks
		return d
	}
	return []*plan.Document{
		mk("d1", "丽水市",
			plan.Task{Title: "建设生态产品交易中心", Lead: []string{"市发展改革委", "市商务局"}, Participating: []string{"丽水海关"}},
			plan.Task{Title: "培育文旅融合企业", Lead: []string{"市文化广电旅游局"}}),
		mk("d2", "台州市黄岩区",
			plan.Task{Title: "推进模具产业服务化", Lead: []string{"区经信局", "区商务局"}}),
	}
}

func TestParse(t *testing.T) {
	dir := plan.NewDirectory(handDocs(), plan.DefaultAliases())
	p := NewParser(dir, nil)
	today := plan.NewDay(2024, 5, 10)
	lishuiCommerce := []plan.UnitRef{{City: "丽水市", Name: "市商务局"}}
	cases := []struct {
		q        string
		kind     Kind
		lang     string
		city     string
		units    []plan.UnitRef
		typed    string
		from, to string
		phrase   string
	}{
		{q: "市商务局负责哪些任务?", kind: KindUnitTasks, lang: "zh", units: lishuiCommerce, typed: "市商务局"},
		{q: "丽水市商务局负责哪些任务?", kind: KindUnitTasks, lang: "zh", city: "丽水市", units: lishuiCommerce, typed: "丽水市商务局"},
		{q: "丽水的商务局有哪些工作", kind: KindUnitTasks, lang: "zh", city: "丽水市", units: lishuiCommerce, typed: "丽水的商务局"},
		{q: "商务局负责什么", kind: KindUnitTasks, lang: "zh", units: []plan.UnitRef{{City: "丽水市", Name: "市商务局"}, {City: "台州市黄岩区", Name: "区商务局"}}, typed: "商务局"},
		{q: "丽水市发改委牵头哪些工作?", kind: KindUnitTasks, lang: "zh", city: "丽水市", units: []plan.UnitRef{{City: "丽水市", Name: "市发展改革委"}}, typed: "丽水市发改委"},
		{q: "which tasks does 市商务局 own?", kind: KindUnitTasks, lang: "en", units: lishuiCommerce, typed: "市商务局"},
		{q: "What does Lishui's 商务局 do?", kind: KindUnitTasks, lang: "en", city: "丽水市", units: lishuiCommerce, typed: "商务局"},
		{q: "tasks of 商务局 in Huangyan", kind: KindUnitTasks, lang: "en", city: "台州市黄岩区", units: []plan.UnitRef{{City: "台州市黄岩区", Name: "区商务局"}}, typed: "商务局"},
		{q: "台州的商务局负责什么", kind: KindUnitTasks, lang: "zh", city: "台州市黄岩区", units: []plan.UnitRef{{City: "台州市黄岩区", Name: "区商务局"}}, typed: "台州的商务局"},
		{q: "丽水海关负责什么", kind: KindUnitTasks, lang: "zh", units: []plan.UnitRef{{City: "丽水市", Name: "丽水海关"}}, typed: "丽水海关"},
		{q: "市外星局负责哪些任务?", kind: KindUnitTasks, lang: "zh", typed: "市外星局"},
		{q: "生态产品交易中心的责任单位是谁?", kind: KindOwner, lang: "zh", phrase: "生态产品交易中心"},
		{q: "who leads the 模具产业 work?", kind: KindOwner, lang: "en", phrase: "模具产业"},
		{q: "2024年6月底前要完成哪些任务?", kind: KindDue, lang: "zh", to: "2024-06-30"},
		{q: "2025年底前市商务局要完成什么", kind: KindDue, lang: "zh", units: lishuiCommerce, typed: "市商务局", to: "2025-12-31"},
		{q: "what is due in the next 90 days for 市商务局?", kind: KindDue, lang: "en", units: lishuiCommerce, typed: "市商务局", from: "2024-05-10", to: "2024-08-08"},
		{q: "未来30天有哪些任务到期", kind: KindDue, lang: "zh", from: "2024-05-10", to: "2024-06-09"},
		{q: "本月到期的任务", kind: KindDue, lang: "zh", from: "2024-05-10", to: "2024-05-31"},
		{q: "what is due by March 2025?", kind: KindDue, lang: "en", to: "2025-03-31"},
		{q: "2024年有哪些任务到期", kind: KindDue, lang: "zh", from: "2024-01-01", to: "2024-12-31"},
		{q: "2024年6月15日到期的任务有哪些?", kind: KindDue, lang: "zh", from: "2024-06-15", to: "2024-06-15"},
		{q: "未来1个月有哪些任务到期", kind: KindDue, lang: "zh", from: "2024-05-10", to: "2024-06-10"},
		{q: "哪些任务已逾期?", kind: KindOverdue, lang: "zh"},
		{q: "what is overdue in Lishui?", kind: KindOverdue, lang: "en", city: "丽水市"},
		{q: "丽水到2027年要培育多少家企业?", kind: KindFigure, lang: "zh", city: "丽水市", phrase: "到2027年 培育 企业"},
		{q: "总结一下丽水的方案", kind: KindSummary, lang: "zh", city: "丽水市"},
		{q: "summarize 市商务局's work across all plans", kind: KindSummary, lang: "en", units: lishuiCommerce, typed: "市商务局"},
		{q: "生态产品价值实现机制", kind: KindSearch, lang: "zh", phrase: "生态产品价值实现机制"},
	}
	// "late" inside "related" is no overdue question; a month on from Jan 31 ends in February.
	if in := p.Parse("what is related to 市商务局?", Context{}, today); in.Kind == KindOverdue {
		t.Errorf("\"related\" read as overdue")
	}
	if in := p.Parse("未来1个月有哪些任务到期", Context{}, plan.NewDay(2025, 1, 31)); in.To.String() != "2025-02-28" {
		t.Errorf("a month from 2025-01-31 ends %s, want 2025-02-28", in.To)
	}
	for _, c := range cases {
		in := p.Parse(c.q, Context{}, today)
		if in.Kind != c.kind || in.Lang != c.lang || in.City != c.city || in.UnitTyped != c.typed {
			t.Errorf("%s: got kind %s lang %s city %q unit %q; want %s %s %q %q", c.q, in.Kind, in.Lang, in.City, in.UnitTyped, c.kind, c.lang, c.city, c.typed)
		}
		if fmt.Sprint(in.Units) != fmt.Sprint(c.units) {
			t.Errorf("%s: units %v, want %v", c.q, in.Units, c.units)
		}
		if in.From.String() != c.from || in.To.String() != c.to {
			t.Errorf("%s: window %s..%s, want %s..%s", c.q, in.From, in.To, c.from, c.to)
		}
		if c.phrase != "" && strings.Join(strings.Fields(in.Phrase), " ") != c.phrase {
			t.Errorf("%s: phrase %q, want %q", c.q, in.Phrase, c.phrase)
		}
	}
}

func TestParseFollowUps(t *testing.T) {
	dir := plan.NewDirectory(handDocs(), plan.DefaultAliases())
	p := NewParser(dir, nil)
	today := plan.NewDay(2024, 5, 10)
	first := p.Parse("丽水市商务局负责哪些任务?", Context{}, today)
	cases := []struct {
		q     string
		kind  Kind
		city  string
		units []plan.UnitRef
	}{
		{"那黄岩的呢?", KindUnitTasks, "台州市黄岩区", []plan.UnitRef{{City: "台州市黄岩区", Name: "区商务局"}}},
		{"what about Huangyan?", KindUnitTasks, "台州市黄岩区", []plan.UnitRef{{City: "台州市黄岩区", Name: "区商务局"}}},
		{"它有哪些任务已逾期?", KindOverdue, "丽水市", []plan.UnitRef{{City: "丽水市", Name: "市商务局"}}},
		{"哪些任务已逾期?", KindOverdue, "", nil}, // no pointer back: a question of its own
	}
	for _, c := range cases {
		in := p.Parse(c.q, first.context(), today)
		if in.Kind != c.kind || in.City != c.city || fmt.Sprint(in.Units) != fmt.Sprint(c.units) {
			t.Errorf("%s after %q: got %s %q %v; want %s %q %v", c.q, "丽水市商务局负责哪些任务?", in.Kind, in.City, in.Units, c.kind, c.city, c.units)
		}
	}
}
