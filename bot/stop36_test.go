package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// TestStop36OnceEachTwins: a table at a plan's end repeating an item of its text (same title, same
// lead) is that item again, kept once, whether onceEach looks at every hit or only at the plan's
// twins; two rows of one table with one title stay two.
func TestStop36OnceEachTwins(t *testing.T) {
	d := parsed(t, "tw.txt", "丽水市城市更新行动方案\n一、重点任务\n"+
		"（一）彰显江南园林特色风貌。建设口袋公园20个。（牵头单位：市园林局）\n"+
		"（二）推进老旧小区改造。完成改造50个。（牵头单位：市住建局）\n"+
		"附表\n重点任务清单\n| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n"+
		"| 1 | 彰显江南园林特色风貌 | 市园林局 |\n"+
		"| 2 | 开展城市体检 | 市住建局 |\n"+
		"| 3 | 开展城市体检 | 市住建局 |\n")
	var hs []hit
	for i := range d.Tasks {
		hs = append(hs, hit{TaskRef: retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}})
	}
	if len(hs) != 5 {
		t.Fatalf("parsed %d tasks, want 5", len(hs))
	}
	sigs := topicSigs(nil).with([]*plan.Document{d})
	if n := len(sigs[d].twins); n != 4 {
		t.Errorf("twins: %d tasks, want 4 (the item and its row, the two rows of one title)", n)
	}
	all := onceEach(slices.Clone(hs), nil)
	twins := onceEach(slices.Clone(hs), sigs)
	if len(all) != 4 || len(twins) != 4 {
		t.Fatalf("kept %d (every hit looked at) and %d (twins only), want 4 each", len(all), len(twins))
	}
	for i := range all {
		if all[i].Task != twins[i].Task {
			t.Errorf("hit %d: %q against %q", i, all[i].Task.Title, twins[i].Task.Title)
		}
	}
}

// TestStop36HalfYearly: duties every half year are a frequency of their own, neither quarterly nor
// yearly.
func TestStop36HalfYearly(t *testing.T) {
	d := parsed(t, "hy.txt", "丽水市消防安全综合治理实施方案\n一、任务\n"+
		"1.街道每半年开展一次消防安全检查。（责任单位：区消防救援支队）\n"+
		"2.每季度通报一次火灾形势。（责任单位：区应急局）\n"+
		"3.每年组织一次综合演练。（责任单位：区民防办）\n")
	e := engineOver(t, d)
	checkAnswers(t, e, Question{Now: fixedClock("2026-08-15")()}, []answerCase{
		{"哪些工作每半年要做一次？", "消防安全检查", "火灾形势"},
		{"Which duties recur every half year?", "消防安全检查", "综合演练"},
	})
}

// TestStop36TownScope: a town that issued a plan, named in a question (吴泾镇, or its stem where a
// unit's name took the 镇), scopes the question to that plan.
func TestStop36TownScope(t *testing.T) {
	town := parsed(t, "wj.txt", "关于进一步规范吴泾镇建筑垃圾治理的通知\n闵吴府发〔2021〕3号\n各村、居委会，镇属各单位：\n一、工作任务\n"+
		"（一）镇城运中心负责建筑垃圾投放点巡查，每月通报一次。\n（二）镇城运中心会同规建办做好申报审核。\n"+
		"上海市闵行区吴泾镇人民政府\n2021年2月7日\n")
	if got := issuingTown(town); got != "吴泾镇" {
		t.Fatalf("issuing town %q, want 吴泾镇 (issuer %q)", got, town.Issuer)
	}
	district := parsed(t, "mh.txt", "闵行区建筑垃圾治理实施方案\n一、工作任务\n"+
		"（一）区城运中心负责建筑垃圾运输车辆监管。\n（二）镇城运中心负责建立清运台账。\n")
	e := engineOver(t, town, district)
	checkAnswers(t, e, Question{Now: fixedClock("2026-08-15")()}, []answerCase{
		{"吴泾镇城运中心负责哪些事？", "投放点巡查", "清运台账"},
		{"吴泾镇有哪些任务？", "申报审核", "运输车辆"},
	})
	// The town is the plan's scope, not a word its tasks must hold.
	for _, q := range []string{"吴泾镇城运中心负责哪些事？", "吴泾镇有哪些任务？"} {
		a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-08-15")()})
		if err != nil {
			t.Fatal(err)
		}
		if qq := a.Context.Query; qq == nil || !slices.Equal(qq.Plans, []string{town.ID}) || len(qq.Topic) > 0 {
			t.Errorf("%s: query %+v, want the town's plan and no topic", q, qq)
		}
	}
	// A town a district's plan names as a party is that party, not its own plan's scope.
	naming := parsed(t, "mh2.txt", "闵行区截污纳管实施方案\n一、工作任务\n（一）完成截污纳管改造。（牵头单位：吴泾镇）\n")
	e2 := engineOver(t, town, naming)
	if q := e2.Parser().Parse("吴泾镇有哪些任务？", Context{}, plan.NewDay(2026, 8, 15)); len(q.Plans) > 0 || len(q.Units) == 0 {
		t.Errorf("吴泾镇有哪些任务？: plans %v units %v, want the unit read, no plan scope", q.Plans, q.Units)
	}
	// The stem alone may be the town's area in another plan: it scopes nothing.
	a, err := e.Answer(context.Background(), Question{Text: "吴泾有哪些任务？", Now: fixedClock("2026-08-15")()})
	if err != nil {
		t.Fatal(err)
	}
	if qq := a.Context.Query; qq != nil && len(qq.Plans) > 0 {
		t.Errorf("吴泾有哪些任务？: query %+v, want no plan scope", qq)
	}
}

// TestStop36BudgetWords: a budget in English is the plans' 预算.
func TestStop36BudgetWords(t *testing.T) {
	for q, want := range map[string]string{"What is the district budget for services?": "预算"} {
		if got := translate(q); !strings.Contains(got, want) {
			t.Errorf("translate(%q) = %q, want it to hold %s", q, got, want)
		}
	}
}

// TestStop36EnglishGloss: an English name beside a unit's Chinese name in brackets glosses that unit
// (no department type of its own); "which comes second" and the plan's kind (opinion) are no topic.
func TestStop36EnglishGloss(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct {
		q    string
		unit string
	}{
		{"Which tasks involve the municipal transport bureau (市交通运输局)?", "市交通运输局"},
		{"Which tasks is Huzhou's sports bureau (市体育局) responsible for?", "市体育局"},
	} {
		q := p.Parse(c.q, Context{}, today)
		if len(q.Units) != 1 || q.Units[0].Name != c.unit || len(q.DeptTypes) > 0 {
			t.Errorf("%s: units %v, department types %v; want %s alone", c.q, q.Units, q.DeptTypes, c.unit)
		}
	}
	if q := p.Parse("What does the public security bureau (道路交通) lead?", Context{}, today); len(q.DeptTypes) == 0 || q.Role != "lead" {
		t.Errorf("a topic in brackets: department types %v role %q, want 公安 and lead", q.DeptTypes, q.Role)
	}
	if q := p.Parse("Which department leads the most tasks in Heze's services opinion, and which comes second?", Context{}, today); len(q.Topic) > 0 || q.GroupBy != "unit" {
		t.Errorf("topic %v, group by %q: want no topic, by unit", q.Topic, q.GroupBy)
	}
}

// TestStop36QuestionVerbsAndExpiry: "什么时候要实现?" asks when; its verb is no topic. "When does … expire?"
// and "什么时候失效" ask for the plan's period.
func TestStop36QuestionVerbsAndExpiry(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	if q := p.Parse("基本医疗救助一站式结算什么时候要实现?谁牵头?", Context{}, today); !slices.Equal(q.Topic, []string{"基本医疗救助一站式结算"}) {
		t.Errorf("topic %v, want the work alone", q.Topic)
	}
	if q := p.Parse("失效锂电池回收谁牵头？", Context{}, today); q.Shape == "plan_facts" {
		t.Errorf("失效 as a topic's word: shape %q, want who leads it", q.Shape)
	}
	if q := p.Parse("哪些工作一年两次？", Context{}, today); q.Frequency != "half_yearly" {
		t.Errorf("一年两次: frequency %q, want half_yearly", q.Frequency)
	}
	if q := p.Parse("市商务局有逾期没办的吗?", Context{}, today); len(q.Topic) > 0 || q.Status != "overdue" {
		t.Errorf("逾期没办的: topic %v status %q, want overdue and no topic", q.Topic, q.Status)
	}
	for _, s := range []string{"When does the Quzhou plan expire?", "衢州的方案什么时候失效？"} {
		if q := p.Parse(s, Context{}, today); q.Shape != "plan_facts" || !slices.Contains(q.Facts, "period") {
			t.Errorf("%s: shape %q facts %v, want the plan's period", s, q.Shape, q.Facts)
		}
	}
}

// TestStop36FactsSideBySide: asked one fact of several plans ("分别是哪天印发的"), the answer first
// lists it one line a plan.
func TestStop36FactsSideBySide(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	a, err := e.Answer(context.Background(), Question{Text: "几个十百千方案分别是哪天印发的?", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"- 湖州市：2023-04-03", "- 衢州市：2023-04-29", "- 温州市鹿城区：2023-08-24"} {
		if !strings.Contains(a.Text, line+"\n") {
			t.Errorf("answer lacks the line %q:\n%s", line, a.Text)
		}
	}
}

// TestStop36BodyFrequency: asked how often a body meets, the tasks whose sentences name it say so; a
// task that lists the body only among its units ("实行周会商…"（…专班成员单位）) does not.
func TestStop36BodyFrequency(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	a, err := e.Answer(context.Background(), Question{Text: "鹿城区十百千工作专班多久开一次会商？", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "每两周") || strings.Contains(a.Text, "高规格推进") {
		t.Errorf("want the 专班's own every two weeks, not the plan's 周会商:\n%s", a.Text)
	}
}
