package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop38TimeLimitIsNoFrequency: "整改时限多久?" asks how long a task has, not how often it recurs.
func TestStop38TimeLimitIsNoFrequency(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct{ q, shape string }{
		{"市商务局要整改哪些问题?整改时限多久?", ShapeList},
		{"综合保税区的完成期限是多长时间?", ""},
		{"领导小组多久开一次会?", ShapeFrequency},
	} {
		q := p.Parse(c.q, Context{}, today)
		if c.shape == "" && q.Shape == ShapeFrequency || c.shape != "" && q.Shape != c.shape {
			t.Errorf("%s: shape %q, want %q (\"\": anything but frequency)", c.q, q.Shape, c.shape)
		}
	}
}

// TestStop38DeadlineOrTarget: "a deadline or target" asks for both kinds; a target alone for goals;
// "falling", "jointly" are how an English question is put, no topic.
func TestStop38DeadlineOrTarget(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct{ q, kind string }{
		{"Which Quzhou tasks have a deadline or target falling in 2023?", ""},
		{"衢州哪些任务的完成时间或目标在2023年?", ""},
		{"衢州2026年要达到哪些指标?", plan.KindTarget},
		{"Which Quzhou targets fall in 2027?", plan.KindTarget},
	} {
		q := p.Parse(c.q, Context{}, today)
		if q.DeadlineKind != c.kind || len(q.Topic) > 0 {
			t.Errorf("%s: kind %q topic %v, want kind %q and no topic", c.q, q.DeadlineKind, q.Topic, c.kind)
		}
	}
}

// TestStop38TypesJointly: two department types "jointly" (共同) mean tasks naming both, and "led" asks
// for the lead role.
func TestStop38TypesJointly(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	today := plan.NewDay(2026, 12, 1)
	const joint = "Which Heze tasks are led jointly by the development and reform commission and the industry and information technology bureau?"
	q := e.Parser().Parse(joint, Context{}, today)
	if !q.AllUnits || q.Role != plan.RoleLead || len(q.DeptTypes) != 2 || len(q.Topic) > 0 {
		t.Fatalf("query %+v: want both types, all of them, lead, no topic", q)
	}
	ask := func(s string) Answer {
		a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	both := ask(joint)
	either := ask("Which Heze tasks are led by the development and reform commission or the industry and information technology bureau?")
	if len(both.Tasks) == 0 || len(both.Tasks) >= len(either.Tasks) {
		t.Errorf("jointly: %d tasks, either: %d; want fewer, but some:\n%s", len(both.Tasks), len(either.Tasks), both.Text)
	}
	for _, id := range both.Tasks {
		if !hasTask(either.Tasks, id) {
			t.Errorf("%s led jointly but not by either", id)
		}
	}
}

func hasTask(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestStop38NextStepIsNoTopic: "接下来要做什么" asks what a unit is to do, about nothing in particular.
func TestStop38NextStepIsNoTopic(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, s := range []string{"市商务局接下来要做什么?", "市商务局下一步要做什么?"} {
		if q := p.Parse(s, Context{}, plan.NewDay(2026, 12, 1)); len(q.Topic) > 0 || len(q.Units) != 1 {
			t.Errorf("%s: units %v topic %v, want one unit and no topic", s, q.Units, q.Topic)
		}
	}
}

// TestStop38TypeKeepsLevel: a unit typed with its level and asked of every place ("区农业农村局在各地")
// is that department at that level: a city's 市农业农村局 is not counted.
func TestStop38TypeKeepsLevel(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	ask := func(s string) Answer {
		a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	district, every := ask("区农业农村局在各地分别有几项任务?"), ask("农业农村部门在各地分别有几项任务?")
	if len(district.Tasks) == 0 || len(district.Tasks) >= len(every.Tasks) {
		t.Fatalf("district level: %d tasks, every level: %d; want fewer, but some:\n%s", len(district.Tasks), len(every.Tasks), district.Text)
	}
	for _, c := range []struct{ name, level string }{{"区农业农村局", "区"}, {"市场监管局", ""}, {"市市场监管局", "市"}, {"县市场监督管理局", "县"}} {
		if got := unitLevel(c.name); got != c.level {
			t.Errorf("unitLevel(%s) = %q, want %q", c.name, got, c.level)
		}
	}
	if !strings.Contains(district.Text, "方案未列区级的这类部门") {
		t.Errorf("a city without a district-level department is not said to lack one:\n%s", district.Text)
	}
}

// TestStop38EnglishPlanWords: the plans' common subjects in English are their Chinese words, with or
// without a hyphen; "meet" is how a frequency question is put.
func TestStop38EnglishPlanWords(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, c := range []struct {
		q     string
		topic []string
	}{
		{"How often does the ecological-civilization joint meeting have to meet?", []string{"生态文明"}},
		{"Which tasks are about work safety?", []string{"安全生产"}},
		{"Who handles new pollutants?", []string{"新污染物"}},
		{"Which fire-safety tasks does Quzhou have?", []string{"消防安全"}},
		{"Which key tasks in the main body of the Lucheng plan have no responsible unit named?", nil},
	} {
		if q := p.Parse(c.q, Context{}, plan.NewDay(2026, 12, 1)); !slices.Equal(q.Topic, c.topic) {
			t.Errorf("%s: topic %v, want %v", c.q, q.Topic, c.topic)
		}
	}
}

// TestStop38OnlyParticipant: "And where is it only a participant?" after a unit's question asks for
// its participating tasks, about nothing in particular.
func TestStop38OnlyParticipant(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	today := plan.NewDay(2026, 12, 1)
	first := e.Parser().Parse("What does 嘉兴市统计局 lead?", Context{}, today)
	a, err := e.Answer(context.Background(), Question{Text: "What does 嘉兴市统计局 lead?", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Units) != 1 || first.Units[0].Role != plan.RoleLead {
		t.Fatalf("first question: units %v, want one lead", first.Units)
	}
	for _, s := range []string{"And where is it only a participant?", "And where does it only participate?"} {
		q := e.Parser().Parse(s, a.Context, today)
		if len(q.Units) != 1 || q.Units[0].Role != plan.RoleParticipating || len(q.Topic) > 0 {
			t.Errorf("%s: units %v topic %v, want the unit as participant, no topic", s, q.Units, q.Topic)
		}
	}
}

// TestStop38CommitteeCutShort: a 委员会 a department type lists is that type when a plan cuts it
// to 委 (市经济和信息化委), and a plan that names no place nor title is headed by its file's name.
func TestStop38CommitteeCutShort(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	for _, c := range []struct {
		unit, typ string
		want      bool
	}{
		{"市经济和信息化委", "经济和信息化", true},
		{"市经济和信息化委员会", "经济和信息化", true},
		{"市发展和改革委", "发展改革", true},
		{"市经济和信息化委", "发展改革", false},
	} {
		if got := p.depts.is(c.unit, c.typ); got != c.want {
			t.Errorf("%s of type %s: %v, want %v", c.unit, c.typ, got, c.want)
		}
	}
	e := NewEngine(corpusIndex(t, []string{"dev/t-sc-neijiang-undated-employment.txt"}), Options{})
	a, err := e.Answer(context.Background(), Question{Text: "经信部门参与哪些任务?", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tasks) == 0 || !strings.Contains(a.Text, "t-sc-neijiang-undated-employment") || strings.Contains(a.Text, "**") {
		t.Errorf("want the plan's tasks under its file's name:\n%s", a.Text)
	}
}

// TestStop38BureauTypedBySound: 局 typed by its sound (据, 居) is read as 局 when that names a known
// unit; the same characters in other words (根据, 居民) stay.
func TestStop38BureauTypedBySound(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	for _, c := range []struct{ q, unit string }{
		{"衢州市商务据负责哪些任务?", "衢州市商务局"},
		{"衢州市商务居负责哪些任务?", "衢州市商务局"},
		{"根据方案，衢州市商务局负责哪些任务?", "衢州市商务局"},
	} {
		q := p.Parse(c.q, Context{}, today)
		if len(q.Units) != 1 || q.Units[0].Name != c.unit || len(q.Topic) > 0 {
			t.Errorf("%s: units %v topic %v, want %s and no topic", c.q, q.Units, q.Topic, c.unit)
		}
	}
	if q := p.Parse("居民服务方面有哪些任务?", Context{}, today); len(q.Units) > 0 || !slices.Equal(q.Topic, []string{"居民服务"}) {
		t.Errorf("居民服务: units %v topic %v", q.Units, q.Topic)
	}
}

// TestStop38PassageWhenNoTask: a question about a topic no task is about is answered from a passage
// that says it (a definition, a note); asked whether any task is about it, or what a party does,
// the answer stays that there is none.
func TestStop38PassageWhenNoTask(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/am-sh-shanghai-2026-zero-carbon-park-plan.txt"}), Options{})
	ask := func(s string) Answer {
		a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	if a := ask("零碳工业园区对年综合能耗有什么要求？"); !strings.Contains(a.Text, "5万吨标准煤") {
		t.Errorf("the passage that says it is not quoted:\n%s", a.Text)
	}
	for _, s := range []string{"有没有关于综合管廊建设的任务？", "吴圩镇负责哪些任务？"} {
		if a := ask(s); len(a.Tasks) > 0 || strings.Contains(a.Text, "— ") {
			t.Errorf("%s: want no task and no passage:\n%s", s, a.Text)
		}
	}
}

// TestStop38FigureEachTerm: a figure question about two things quotes each one's figure, and 营收 is
// the plans' 营业收入; "要增长" is how the question asks, no topic.
func TestStop38FigureEachTerm(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ao-fj-pingtan-2021-soe-upgrade-year-action-plan.txt"}), Options{})
	const s = "平潭区属国企2021年营收和利润要增长多少？"
	q := e.Parser().Parse(s, Context{}, plan.NewDay(2026, 12, 1))
	if slices.ContainsFunc(q.Topic, func(t string) bool { return strings.Contains(t, "增长") }) {
		t.Errorf("topic %v holds the question's verb", q.Topic)
	}
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"10%", "6%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s:\n%s", want, a.Text)
		}
	}
}

// TestStop38EnglishQuoteGlossed: an English phrase in quotes with its Chinese in brackets after it
// is asked by the Chinese, not searched for as typed.
func TestStop38EnglishQuoteGlossed(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	q := p.Parse(`Who leads the "ten-hundred-thousand" (十百千) project in Huzhou?`, Context{}, plan.NewDay(2026, 12, 1))
	if slices.Contains(q.Topic, "ten-hundred-thousand") {
		t.Errorf("topic %v holds the English phrase its gloss says", q.Topic)
	}
	if q := p.Parse(`Which Huzhou tasks mention "smart city"?`, Context{}, plan.NewDay(2026, 12, 1)); !slices.Contains(q.Topic, "smart city") {
		t.Errorf("a quoted English phrase with no gloss: topic %v", q.Topic)
	}
}

// TestStop38DutyVerbNoTopic: "X由哪个单位负责整改?" asks who rectifies X: 整改 is no second topic; asked
// alone ("哪个单位负责整改?"), it is the topic.
func TestStop38DutyVerbNoTopic(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today := plan.NewDay(2026, 12, 1)
	if q := p.Parse("综合保税区的问题由哪个单位负责整改?", Context{}, today); slices.Contains(q.Topic, "整改") {
		t.Errorf("topic %v holds the duty's verb", q.Topic)
	}
	if q := p.Parse("哪个单位负责整改?", Context{}, today); !slices.Equal(q.Topic, []string{"整改"}) {
		t.Errorf("asked alone: topic %v, want 整改", q.Topic)
	}
}
