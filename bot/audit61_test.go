package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// audit61: findings of a review of this stop's rules (bc8517a3..346255e7), written as failing
// tests on plans and questions written for them. Nothing here is fixed.

// audit61Roads is a county's project plan: one road project named for roads, one named by its
// road's number, one farm project whose words mention a road.
const audit61Roads = `洋县2025年重点建设项目实施方案
一、重点项目
（一）农村公路建设项目。新建农村公路30公里，2025年12月底前完成。（县交通运输局）
（二）G316线洋县段改建工程。改建国道公路12公里，2025年10月底前完成。（县交通运输局）
（三）高标准农田建设项目。新建高标准农田5万亩，配套建设田间道路。（县农业农村局）
`

// audit61Delta is a city's plan whose tasks name other cities it works with.
const audit61Delta = `上海市推进长三角一体化发展2025年工作方案
一、重点任务
（一）共建沪苏同城化。与苏州共同推进轨道交通互联互通。（市发展改革委）
（二）共建科创走廊。推动G60科创走廊建设。（市科委）
`

// audit61Suzhou is another city's plan, on other work.
const audit61Suzhou = `苏州市2025年城市管理工作要点
一、重点任务
（一）整治背街小巷。完成背街小巷整治100条。（市城管局）
（二）提升垃圾分类。推进生活垃圾分类全覆盖。（市城管局）
`

// audit61Traffic is a plan one of whose aspects has items of its own and an item with sub-items.
const audit61Traffic = `某市畅通城市三年行动方案
一、公共交通
（一）优化公交线网。新开公交线路10条。（市交通运输局）
（二）推进公交场站建设。新建公交场站3个。（市交通运输局）
（三）加强公共交通设施建设。
1.建设公交专用道20公里。（市交通运输局）
2.更新公交候车亭100座。（市城市管理局）
二、停车治理
（一）增加停车泊位。新增公共停车泊位5000个，推动公共交通与停车换乘衔接。（市城市管理局）
`

// audit61Food is a county plan that names a bureau only by its sections.
const audit61Food = `白河县2016年食品安全专项整治工作方案
一、重点任务
（一）加强定点屠宰监督管理。严厉打击私屠滥宰行为。（县农业农村局畜牧科）
（二）推进水产品质量监测。开展水产品抽样检测。（县农业农村局渔业科）
（三）打击病死畜禽违法犯罪。严厉打击收购病死畜禽行为。（县公安局）
`

var audit61Shared sharedIndex

func audit61Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(audit61Shared.get(t, "audit61", false, audit61Roads, audit61Delta, audit61Suzhou, audit61Food, audit61Traffic), Options{})
}

func audit61Ask(t *testing.T, s string) (Answer, []string) {
	t.Helper()
	e := audit61Engine(t)
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2025-06-01")()})
	if err != nil {
		t.Fatal(err)
	}
	ix := audit61Shared.get(t, "audit61", false)
	var titles []string
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok {
			titles = append(titles, r.Task.Title)
		}
	}
	return a, titles
}

// TestAudit61_ProjectNamedByItsRoad — finding: projectsNamed (bot/execute.go) keeps, of the projects
// asked for a topic, only those whose title holds the topic's words literally (holdsAny on the
// title, no near forms, no kinds): a road project named by its road (G316线…改建工程, 滨江大道…工程)
// is dropped as soon as another project's title holds 公路. The rule fits the test question ("道路或
// 公路项目" beside a 高标准农田 project), not the kind. Sure.
func TestAudit61_ProjectNamedByItsRoad(t *testing.T) {
	a, titles := audit61Ask(t, "洋县有哪些公路项目?")
	if !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, "G316") }) {
		t.Errorf("tasks %q: the G316 road's works (改建国道公路12公里) are a road project too\n%s", titles, a.Text)
	}
}

// TestAudit61_CityNamedInsideAPlan — finding: withPlanlessCities (bot/parse.go, called in topic())
// adds every plan of each city the question names beside a plan it names, whatever role the second
// city plays in the question: "上海长三角方案里涉及苏州的任务" names 苏州 as what the Shanghai tasks are
// about, and the Suzhou plan (背街小巷, 垃圾分类) is asked of as well. It also walks p.allDocs twice
// per question with two cities (contains(plans, d.ID) inside: plans × docs). Likely.
func TestAudit61_CityNamedInsideAPlan(t *testing.T) {
	e := audit61Engine(t)
	ix := audit61Shared.get(t, "audit61", false)
	suzhou := ""
	for _, d := range ix.Docs() {
		if strings.HasPrefix(d.Title, "苏州市2025年城市管理") {
			suzhou = d.ID
		}
	}
	for _, s := range []string{"上海长三角一体化方案里与苏州合作的任务有哪些?", "上海长三角一体化方案里涉及苏州的任务有哪些?"} {
		q := e.Parser().Parse(s, Context{}, plan.NewDay(2025, 6, 1))
		if slices.Contains(q.Plans, suzhou) {
			t.Errorf("%s: plans %q hold the Suzhou plan %s; 苏州 is what the Shanghai plan's tasks are about", s, q.Plans, suzhou)
		}
		_, titles := audit61Ask(t, s)
		for _, w := range []string{"整治背街小巷", "提升垃圾分类"} {
			if slices.Contains(titles, w) {
				t.Errorf("%s: tasks %q hold the Suzhou plan's %q", s, titles, w)
			}
		}
	}
}

// TestAudit61_UnknownSectionOfBureau — finding: lexicon.find (bot/units.go) refuses a bureau known
// only by its sections when a section follows it in the question only if that section is one the
// plans already name (sectionAfter looks the name up in lx.forms): "县农业农村局财务股" — a section no
// plan names — still gets the 畜牧科's and 渔业科's tasks. sectionAfter also keeps its own list of
// section endings (处科股), a second copy of plan.bureauSection's and loneSection's. Sure.
func TestAudit61_UnknownSectionOfBureau(t *testing.T) {
	for _, s := range []string{"白河县农业农村局财务股负责哪些任务?", "白河县农业农村局人事科牵头几项?"} {
		a, titles := audit61Ask(t, s)
		for _, w := range []string{"加强定点屠宰监督管理", "推进水产品质量监测"} {
			if slices.Contains(titles, w) {
				t.Errorf("%s: tasks %q: %q is the 畜牧科's or 渔业科's", s, titles, w)
			}
		}
		// The unit asked is a section no plan names: not the bureau read as its 畜牧科 and 渔业科
		// (the answer says "白河县农业农村局（即…渔业科、…畜牧科）", the section left as a topic word).
		if strings.Contains(a.Text, "畜牧科") || strings.Contains(a.Text, "渔业科") {
			t.Errorf("%s: the answer reads the bureau as its other sections:\n%s", s, a.Text)
		}
	}
}

// TestAudit61_AspectKeepsItsOwnItems — finding: aspectPart (bot/execute.go) now drops a kept task
// whenever another kept task of the plan sits in a section below its own ("…/一、公共交通" is a prefix
// of "…/一、公共交通/（三）加强公共交通设施建设"): meant for a heading that only lists the parts, it
// also drops the part's own items ((一)(二) under 一、公共交通) as soon as one sibling item has
// sub-items of its own. Sure.
func TestAudit61_AspectKeepsItsOwnItems(t *testing.T) {
	a, titles := audit61Ask(t, "畅通城市方案里公共交通方面有哪些任务?")
	for _, w := range []string{"优化公交线网", "推进公交场站建设"} {
		if !slices.Contains(titles, w) {
			t.Errorf("tasks %q: %q is under 一、公共交通\n%s", titles, w, a.Text)
		}
	}
}

// TestAudit61_GlossaryMealsAndStreets — finding: the glossary (bot/glossary.go) gives the generic
// English words of one test plan's subject their meaning in that plan: every "meal"/"meals" becomes
// 助餐 (the elderly's meal assistance) and every "street"/"streets" 街道 (a sub-district), so "school
// meals" asks for 老年助餐 work and "street lights" for a sub-district's lights. Over-fitting: the
// elderly-care phrases ("elderly meals", "meal assistance") are enough for that plan. Sure.
func TestAudit61_GlossaryMealsAndStreets(t *testing.T) {
	for _, c := range []struct{ en, not string }{
		{"which tasks concern school meals", "助餐"},
		{"which tasks cover the meal subsidies for students", "助餐"},
		{"who repairs street lights", "街道"},
		{"which tasks clean up back streets", "街道"},
	} {
		if got := translate(c.en); strings.Contains(got, c.not) {
			t.Errorf("translate(%q) = %q: %s is not what the English says here", c.en, got, c.not)
		}
	}
}
