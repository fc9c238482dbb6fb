package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// fixq63bCity is a city's campaign plan, written for these tests: it names its city (上海) and none
// of the city's districts, units one a line, then stages.
const fixq63bCity = `上海市文明菜场创建活动工作方案
一、职责分工
1、区绿化市容局。负责菜场周边市容环境整治,督促落实门责制度。
2、区城管执法局。负责查处菜场外跨门经营、占道设摊等违法行为。
二、工作安排
(一)动员部署阶段(3-4月)。制定创建细则,组织菜场开办者开展自查。
(二)检查考评阶段(10-11月)。由区商务委牵头组织相关部门对菜场创建成效进行考评。
`

// fixq63bOther is another city's plan, so that more than one place is loaded.
const fixq63bOther = `杭州市农贸市场改造提升工作方案
一、主要任务
1、市商务局。负责农贸市场改造提升的统筹协调。
2、市市场监管局。负责农贸市场食品安全抽检。
`

// fixq63bPlaceless is a bureau's list of tasks that never says where it is from, with a time
// column, and a placeless bulletin dated only by its page.
const fixq63bPlaceless = `工作任务
|
具体要求
|
责任科室
|
时限要求
|
强化规范性文件公开
|
1
|
对本单位规范性文件进行全面清理,并公布现行有效文件目录。
|
办公室
|
年底前
|
深化政务公开解读
|
2
|
积极做好政策解读工作,持续提升政务公开解读质量。
|
各科室
|
持续推进
|
`

const fixq63bBulletin = `3月2日城区市容巡查情况的通报

信息来源: 作者: 发布时间:2016-03-02 09:10

县创建办值班人员对城区市容进行了巡查,发现以下问题:

1、东大街店外占道经营。

整改措施:由县城管局督促商户整改。

2、西环路绿化带堆放杂物。

整改措施:由包片单位县交通局督促清理。
`

// fixq63bShanghai is a district plan of the same city whose text holds the list's words too.
const fixq63bShanghai = `杨浦区社区服务提升工作方案
一、主要任务
1、持续推进社区服务规范化建设,持续推进政策解读进社区。(责任单位:区民政局)
`

var fixq63bShared sharedIndex

func fixq63bAsk(t *testing.T, s string) Answer {
	t.Helper()
	ix := fixq63bShared.get(t, "fixq63b", false, fixq63bCity, fixq63bOther, fixq63bPlaceless, fixq63bBulletin, fixq63bShanghai)
	e := NewEngine(ix, Options{})
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// fixq63bTaskIDs are the ids of the tasks of the plan parsed from the name-N.txt whose task titles
// or texts hold word.
func fixq63bTaskIDs(t *testing.T, word string) []string {
	t.Helper()
	ix := fixq63bShared.get(t, "fixq63b", false, fixq63bCity, fixq63bOther, fixq63bPlaceless, fixq63bBulletin, fixq63bShanghai)
	var ids []string
	for _, d := range ix.Docs() {
		for _, k := range d.Tasks {
			if strings.Contains(k.Title+k.Text, word) {
				ids = append(ids, k.ID)
			}
		}
	}
	return ids
}

// TestFixQ63b_DistrictOfLoadedCity: a district the question opens with, that no loaded plan is from
// but whose city a loaded plan is of (宝山 of 上海市), is read as that city, and its name is no word the
// tasks must write.
func TestFixQ63b_DistrictOfLoadedCity(t *testing.T) {
	for _, c := range []struct{ name, q, word string }{
		{"UnitAsked", "宝山文明菜场创建里,区城管执法局负责什么?", "跨门经营"},
		{"StageAsked", "宝山文明菜场的检查考评阶段由谁牵头?", "区商务委牵头"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq63bAsk(t, c.q)
			want := fixq63bTaskIDs(t, c.word)
			if len(want) != 1 || !slices.Equal(a.Tasks, want) {
				t.Errorf("tasks %v, want %v:\n%s", a.Tasks, want, a.Text)
			}
		})
	}
}

// TestFixQ63b_DistrictGovernmentStays: a district's government typed after its city ("上海市宝山区政府
// 负责什么?") is a unit asked about, not the city's plan's district: its name is not cut off.
func TestFixQ63b_DistrictGovernmentStays(t *testing.T) {
	ix := fixq63bShared.get(t, "fixq63b", false, fixq63bCity, fixq63bOther, fixq63bPlaceless, fixq63bBulletin, fixq63bShanghai)
	p := NewEngine(ix, Options{}).Parser()
	for _, s := range []string{"宝山区政府负责什么", "宝山区人民政府负责什么", "宝山区委有哪些任务"} {
		if city, rest := p.countyOfLoadedCity(s, false); city != "" {
			t.Errorf("countyOfLoadedCity(%q) = %q, %q; want the name kept", s, city, rest)
		}
	}
	if city, _ := p.countyOfLoadedCity("宝山文明菜场的检查考评由谁牵头", true); city != "上海市" {
		t.Errorf("countyOfLoadedCity(宝山文明菜场…) = %q, want 上海市", city)
	}
}

// TestFixQ63b_SelfCorrection: what an asker takes back ("……不对,", "，说错了，") is not asked; what
// follows is.
func TestFixQ63b_SelfCorrection(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"杭州的市商务局……不对,上海文明菜场的检查考评由谁牵头?", "上海文明菜场的检查考评由谁牵头?"},
		{"区绿化市容局负责什么，说错了，是区城管执法局负责什么?", "区城管执法局负责什么?"},
		{"哪些任务的期限不对?", "哪些任务的期限不对?"}, // no pause, nothing after: a word of the question
		{"市商务局的任务不对吗", "市商务局的任务不对吗"}, // no marker set off
		{"A的任务,不对,B", "A的任务,不对,B"},   // too little after it
	} {
		if got := selfCorrected(c.in); got != c.want {
			t.Errorf("selfCorrected(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	a := fixq63bAsk(t, "杭州的市商务局……不对,上海文明菜场的检查考评阶段由谁牵头?")
	if want := fixq63bTaskIDs(t, "区商务委牵头"); !slices.Equal(a.Tasks, want) {
		t.Errorf("tasks %v, want %v:\n%s", a.Tasks, want, a.Text)
	}
}

// TestFixQ63b_SectionInsideBureau: a section named inside its bureau ("X内的Y处", "X下属的Y科") is
// asked as "X的Y处" asks it; words that name no section stay.
func TestFixQ63b_SectionInsideBureau(t *testing.T) {
	for _, c := range []struct{ in, as string }{
		{"市卫健委内的医政处配合哪些事项？", "市卫健委的医政处配合哪些事项？"},
		{"区住建局下属的安全科负责什么", "区住建局的安全科负责什么"},
		{"市发改委内部的规划处牵头几项", "市发改委的规划处牵头几项"},
		{"局内的工作有哪些", "局内的工作有哪些"},
	} {
		if got, want := normalizePhrasing(c.in), normalizePhrasing(c.as); got != want {
			t.Errorf("normalizePhrasing(%q) = %q, want %q", c.in, got, want)
		}
	}
}

// TestFixQ63b_PlacelessByUnknownPlace: a place no loaded plan is from and none writes, opening the
// question's words ("淮北清单里…", "淮北政务公开清单里…"), asks of the plans that never say where they
// are from: its own words that such a plan writes name the plan, and the rest is the topic; the
// same words in a placed plan are not asked of.
func TestFixQ63b_PlacelessByUnknownPlace(t *testing.T) {
	for _, c := range []struct{ name, q, word string }{
		{"PlaceAlone", "淮北清单里哪些是持续推进的?", "政策解读工作"},
		{"PlaceAndPlanWords", "淮北政务公开清单里清理规范性文件的时限是?", "全面清理"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq63bAsk(t, c.q)
			var want []string
			for _, id := range fixq63bTaskIDs(t, c.word) {
				if !strings.HasPrefix(id, fixq63bDocOf(t, "杨浦")) {
					want = append(want, id)
				}
			}
			if len(want) != 1 || !slices.Equal(a.Tasks, want) {
				t.Errorf("tasks %v, want %v:\n%s", a.Tasks, want, a.Text)
			}
		})
	}
}

// fixq63bDocOf is the id prefix of the plan whose title holds word.
func fixq63bDocOf(t *testing.T, word string) string {
	ix := fixq63bShared.get(t, "fixq63b", false, fixq63bCity, fixq63bOther, fixq63bPlaceless, fixq63bBulletin, fixq63bShanghai)
	for _, d := range ix.Docs() {
		if strings.Contains(d.Title, word) {
			return d.ID + ":"
		}
	}
	t.Fatalf("no plan titled %s", word)
	return ""
}

// TestFixQ63b_SummaryDatedByPage: a plan that gives no date of its own but whose page was published
// on a day is summed up with that day.
func TestFixQ63b_SummaryDatedByPage(t *testing.T) {
	a := fixq63bAsk(t, "总结一下城区市容巡查这份通报")
	if !strings.Contains(a.Text, "2016-03-02") {
		t.Errorf("lacks the page's day:\n%s", a.Text)
	}
}
