package bot

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// The rules of fixrev82a, each on a plan written for these tests: a city's night-economy plan whose
// items close with "牵头单位：/配合单位：" lines, one item with no unit.
const fixrev82aPlan = `遂宁市人民政府办公室关于印发《遂宁市夜间经济提振行动方案》的通知

遂府办函〔2026〕17号

各县（市、区）人民政府，市级有关部门：
现将《遂宁市夜间经济提振行动方案》印发给你们，请结合实际认真抓好落实。

遂宁市人民政府办公室
2026年3月12日

遂宁市夜间经济提振行动方案

一、工作目标
到2027年，全市夜间消费额占全天消费比重达到40%，打造市级夜间消费地标8个。

二、主要任务
（一）规范夜市经营秩序。2026年7月底前出台夜市摊点管理办法，每周开展一次夜市市容执法检查，督促摊点做好垃圾分类。
牵头单位：市城管执法局
配合单位：市市场监管局、船山区人民政府
（二）丰富夜间公共交通。2026年10月底前新开通夜间公交线路6条，延长末班车运营时间。
牵头单位：市交通运输局
配合单位：市公安局
（三）打造夜间消费地标。2027年6月底前建成夜间消费地标8个，其中特色夜市街区3条。
牵头单位：市商务局
（四）落实夜间经济扶持资金。统筹安排夜间经济专项扶持资金800万元，2026年9月底前出台资金使用细则。
牵头单位：市财政局
配合单位：市商务局
（五）加强夜市厨余垃圾收运。2026年12月底前实现夜市厨余垃圾集中收运处理全覆盖。
牵头单位：市城管执法局
配合单位：市商务局
（六）开展夜间经济监测。建立夜间消费月度监测制度。
`

var (
	fixrev82aOnce sync.Once
	fixrev82aEng  *Engine
	fixrev82aErr  error
)

// fixrev82aEngine answers over the seeds and fixrev82aPlan, built once.
func fixrev82aEngine(t *testing.T) *Engine {
	t.Helper()
	fixrev82aOnce.Do(func() {
		docs, err := seeds.Load(plan.Options{})
		if err != nil {
			fixrev82aErr = err
			return
		}
		d, err := plan.ParseText("fixrev82a.txt", fixrev82aPlan, plan.Options{})
		if err != nil {
			fixrev82aErr = err
			return
		}
		ix, err := retrieval.Open(retrieval.Options{})
		if err != nil {
			fixrev82aErr = err
			return
		}
		if _, err := ix.Build(context.Background(), append(docs, d)); err != nil {
			fixrev82aErr = err
			return
		}
		fixrev82aEng = NewEngine(ix, Options{})
	})
	if fixrev82aErr != nil {
		t.Fatal(fixrev82aErr)
	}
	return fixrev82aEng
}

// fixrev82aTasks are the titles of the answer's tasks of fixrev82aPlan.
func fixrev82aTasks(t *testing.T, e *Engine, a Answer) []string {
	t.Helper()
	var out []string
	for _, d := range e.kb.Docs() {
		if d.City != "遂宁市" {
			continue
		}
		for _, tk := range d.Tasks {
			if slices.Contains(a.Tasks, tk.ID) {
				out = append(out, tk.Title)
			}
		}
	}
	return out
}

type fixrev82aCase struct {
	q     string
	want  string   // a regexp the text must match
	not   string   // a string the text must not hold ("" for none)
	tasks []string // titles the answer's tasks of the plan must be, in the plan's order (nil: not checked)
}

func fixrev82aRun(t *testing.T, cases []fixrev82aCase) {
	t.Helper()
	e := fixrev82aEngine(t)
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			got := fixrev82aTasks(t, e, a)
			if !regexp.MustCompile(c.want).MatchString(a.Text) || c.not != "" && strings.Contains(a.Text, c.not) ||
				c.tasks != nil && !slices.Equal(got, c.tasks) {
				t.Errorf("want /%s/, not %q, tasks %v; got %s/%s %v:\n%s", c.want, c.not, c.tasks, a.Intent, a.Outcome, got, a.Text)
			}
		})
	}
}

// TestFixrev82a_ThingToComeOut: when a thing the tasks are to issue will come out is that task's
// deadline, not the issue date of every plan (reToComeOut); a plan's own date stays a plan fact.
func TestFixrev82a_ThingToComeOut(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "夜市摊点管理办法什么时候出台?", want: `2026-07-31`, not: "菏泽市", tasks: []string{"规范夜市经营秩序"}},
		{q: "资金使用细则哪天出台?", want: `2026-09-30`, not: "菏泽市", tasks: []string{"落实夜间经济扶持资金"}},
		{q: "遂宁夜间经济提振行动方案是什么时候印发的?", want: `2026-03-12`}, // guard: the plan's own date
	})
}

// TestFixrev82a_TotalThenRole: "一共有几项任务，其中几项牵头" asks the unit's whole load, then the part
// it leads (totalAnyRole).
func TestFixrev82a_TotalThenRole(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "遂宁市商务局一共有几项任务，其中几项牵头?", want: `任务共 3 项[\s\S]*牵头的任务共 1 项`},
		{q: "遂宁市城管执法局有多少项任务，参与的有几项?", want: `任务共 2 项[\s\S]*参与的任务共 0 项`},
	})
}

// TestFixrev82a_EnglishWords: the glossary's law enforcement inspections (执法检查), food waste
// (厨余垃圾) and treatment (处理).
func TestFixrev82a_EnglishWords(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "How often does Suining carry out night market law enforcement inspections?", want: `每周`, tasks: []string{"规范夜市经营秩序"}},
		{q: "Who is responsible for food waste treatment in Suining?", want: `市城管执法局`, tasks: []string{"加强夜市厨余垃圾收运"}},
		{q: "Which unit leads kitchen waste treatment in Suining?", want: `市城管执法局`, tasks: []string{"加强夜市厨余垃圾收运"}},
		{q: "What does Suining say about food waste?", want: `厨余垃圾`, tasks: []string{"加强夜市厨余垃圾收运"}},
	})
}

// TestFixrev82a_EachPlaceDepartment: "each Suining department" counts per unit, the place's name
// between each and department.
func TestFixrev82a_EachPlaceDepartment(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "How many tasks does each Suining department lead?", want: `市城管执法局\D{0,6}2`},
	})
}

// TestFixrev82a_AimsFor: "what does the plan aim for" asks its goals.
func TestFixrev82a_AimsFor(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "What does the Suining plan aim for by 2027?", want: `40%`},
		{q: "What does the Suining plan aim to achieve?", want: `40%`},
	})
}

// TestFixrev82a_FundsAreMoney: 经费 asked is the 资金 a plan sets aside.
func TestFixrev82a_FundsAreMoney(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "How much money does Suining set aside for the night economy?", want: `800万元`},
		{q: "遂宁夜间经济扶持经费有多少?", want: `800万元`},
	})
}

// TestFixrev82a_HowManyMade: "要开通多少条", "要建几条" after a thing ask the plan's figure; "措施有几条"
// still counts items.
func TestFixrev82a_HowManyMade(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "遂宁夜间公交线路要开通多少条?", want: `线路6条`, not: "任务共"},
		{q: "遂宁特色夜市街区要建几条?", want: `街区3条`, not: "任务共"},
	})
	e := fixrev82aEngine(t)
	if q := e.Parser().Parse("遂宁的措施要推出几条?", Context{}, plan.NewDay(2026, 12, 5)); q.Shape != ShapeCount {
		t.Errorf("遂宁的措施要推出几条?: want a count of items, got %s", q.Shape)
	}
}

// TestFixrev82a_WithPartners: tasks with a lead and participating units both (StatusWithPartners).
func TestFixrev82a_WithPartners(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "遂宁哪些任务既有牵头又有配合单位?", want: `4 项`, tasks: []string{"规范夜市经营秩序", "丰富夜间公共交通", "落实夜间经济扶持资金", "加强夜市厨余垃圾收运"}},
		{q: "遂宁方案里牵头和参与单位都写了的任务有哪些?", want: `4 项`, tasks: []string{"规范夜市经营秩序", "丰富夜间公共交通", "落实夜间经济扶持资金", "加强夜市厨余垃圾收运"}},
	})
}

// TestFixrev82a_ChatLoad: "摊上的活" is the unit's work; "没人负责" asks for tasks with no unit.
func TestFixrev82a_ChatLoad(t *testing.T) {
	fixrev82aRun(t, []fixrev82aCase{
		{q: "遂宁市商务局摊上的活多么?", want: `3 项`},
		{q: "遂宁市财政局摊到的任务有哪些?", want: `落实夜间经济扶持资金`, tasks: []string{"落实夜间经济扶持资金"}},
		{q: "遂宁有哪些工作没人负责?", want: `开展夜间经济监测`, tasks: []string{"开展夜间经济监测"}},
		{q: "遂宁哪些事没人管?", want: `开展夜间经济监测`, tasks: []string{"开展夜间经济监测"}},
	})
}
