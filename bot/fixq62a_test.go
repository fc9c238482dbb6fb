package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// The plans below are written for these tests. fixq62aPartsPlan is a district's campaign plan whose
// title names its parts (森林公园, 非森林景点) and whose heading over the parts lists them again.
const fixq62aPartsPlan = `长乐区森林公园、非森林景点暨游船安全管理专项整治工作方案
（长政办〔2023〕12号）

一、整治内容
重点加强森林公园、非森林景点和游船安全管理。
（一）森林公园
1.加强森林防火巡查，在入园路口设置防火检查站。（责任单位：区林业局）
2.完善园内步道护栏等设施。（责任单位：区林业局）
（二）非森林景点
1.在河滩、礁石等涉水隐患区域设置安全警示标牌。（责任单位：各镇街）
2.加强溪流、水库周边巡查，劝离危险区域游客。（责任单位：区水利局）
（三）游船
1.督促游船经营单位配齐救生设备。（责任单位：区交通局）
2.游船码头所在镇街同步做好非森林景点游客疏导。（责任单位：各镇街）
`

// fixq62aFoodPlan names its work by a campaign (舌尖污染, 放心食品) and says 食品安全 only in its opening;
// none of its tasks writes the words.
const fixq62aFoodPlan = `连江县2016年全区治理“舌尖污染”建设“放心食品工程”工作方案
（连政办〔2016〕8号）

为贯彻落实上级关于食品安全重点工作的部署，进一步提高全区食品安全水平，制定本方案。
一、工作任务
1.加强生猪定点屠宰监督管理，严格执行肉品品质检验制度。（责任单位：区农业局）
2.开展蔬菜农药残留监测，每月抽检一次。（责任单位：区农业局）
3.加强学校饮用水卫生监管。（责任单位：区卫健局）
`

// fixq62aPVPlan and fixq62aGrowthPlan are two places' plans that each set a solar target.
const fixq62aPVPlan = `宁德市交通领域光伏推广应用实施方案
（宁交〔2024〕5号）

一、主要目标
1.到2025年，全市交通领域新增光伏装机容量确保达到60MW。（责任单位：市交通局）
2.推进高速公路服务区光伏建设。（责任单位：市交通局）
`

const fixq62aGrowthPlan = `福鼎市关于推动经济高质量发展若干政策举措
（鼎政〔2025〕3号）

一、保障能源要素
1.全年新增光伏装机4万千瓦以上，保障重大项目用能。（责任单位：市发改局）
二、支持企业发展
1.对新招用员工的企业给予一次性就业补贴，每家最高补贴10万元。（责任单位：市人社局）
2.对参加境外展会的企业按展位费的50%给予补贴。（责任单位：市商务局）
3.对年度纳税增长的企业给予奖励。（责任单位：市税务局）
4.优化土地出让方式，采取竞地价与竞品质相结合的方式出让。（责任单位：市自然资源局）
5.房地产项目红线外供水设施费用纳入土地开发成本。（责任单位：市住建局）
`

// fixq62aSplitPlan is a page of a division plan whose parts are headed by dashes; the tasks under
// 健康 write no 健康 of their own.
const fixq62aSplitPlan = `福安市2024年《政府工作报告》目标任务责任分解方案

——推进教育高质量发展
101.新改扩建公办幼儿园8所。(责任单位:市教育局)
102.推进普通高中多样化发展。(责任单位:市教育局)
——加快建设健康福安
103.推进公立医院高质量发展,建设市医院住院大楼。(责任单位:市卫健局)
104.谋划推进城东医疗综合体项目。(牵头单位:市卫健局)
——推进交通发展
105.建成城东大道。(责任单位:市交通局)
`

// fixq62aProjectsPlan is a county's list of projects, each item named by its project.
const fixq62aProjectsPlan = `霞浦县2024年民生实事项目
（霞政〔2024〕6号）

一、民生实事
1.城东小学门前道路建设项目。建成城东路延伸段道路800米。（责任单位：县住建局）
2.农村公路安全防护工程。实施农村公路生命防护工程30公里。（责任单位：县交通局）
3.高标准农田建设项目。整治田块500亩，新建田间道路20公里、灌溉渠道10公里。（责任单位：县农业农村局）
`

var fixq62aShared sharedIndex

func fixq62aEngine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(fixq62aShared.get(t, "fixq62a", false, fixq62aPartsPlan, fixq62aFoodPlan, fixq62aPVPlan, fixq62aGrowthPlan, fixq62aSplitPlan, fixq62aProjectsPlan), Options{})
}

func fixq62aAsk(t *testing.T, s string) Answer {
	t.Helper()
	a, err := fixq62aEngine(t).Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// fixq62aTitles are the titles (their first words) of the tasks an answer names.
func fixq62aTitles(t *testing.T, a Answer) []string {
	t.Helper()
	ix := fixq62aShared.get(t, "fixq62a", false)
	var out []string
	for _, id := range a.Tasks {
		r, ok := ix.Task(id)
		if !ok {
			t.Fatalf("no task %s", id)
		}
		out = append(out, r.Task.Text)
	}
	return out
}

// TestFixQ62a_Answers: questions naming a part of a plan, a plan by its subject, several places'
// plans, or the items that involve something, each answered with the tasks (or figures) meant.
func TestFixQ62a_Answers(t *testing.T) {
	for _, c := range []struct {
		name, q string
		want    []string // words of each task the answer must name, one a task
		not     []string // words of tasks it must not name
		text    []string // words its text must hold
	}{
		// A part the title names too, asked inside the plan: the tasks under its own heading, not
		// those elsewhere that mention it nor the count of the whole plan.
		{name: "PartNamedByTitle", q: "长乐区游船整治方案里非森林景点有几项任务?",
			want: []string{"河滩", "溪流"}, not: []string{"游船码头", "森林防火", "救生设备"}, text: []string{"2 项"}},
		// Words that describe the plan by its subject, before 工作方案 and what asks for all of it.
		{name: "PlanBySubjectCount", q: "连江县食品安全工作方案一共有多少项任务?",
			want: []string{"生猪", "农药残留", "饮用水"}, text: []string{"3 项"}},
		{name: "PlanBySubjectList", q: "连江食品安全方案有哪些任务?",
			want: []string{"生猪", "农药残留", "饮用水"}},
		// One place's plan named, another place named beside it: that place's plans too.
		{name: "PlannedAndPlanlessCities", q: "宁德交通光伏方案和福鼎市政策分别提了多少光伏装机目标?",
			text: []string{"60MW", "4万千瓦"}},
		// Which measures involve something: a list of them, each with its units.
		{name: "MeasuresInvolving", q: "福鼎有哪些措施涉及补贴?",
			want: []string{"就业补贴", "展位费"}, not: []string{"奖励"}},
		{name: "PoliciesMentioning", q: "福鼎哪几条政策提到了补贴?",
			want: []string{"就业补贴", "展位费"}, not: []string{"奖励"}},
		// A word ending in an edge word (出让) stays whole.
		{name: "LandSale", q: "福鼎市土地出让方面的事项有哪些?",
			want: []string{"土地出让"}, not: []string{"土地开发"}},
		// The projects of a topic: those named for it, not one named for something else that mentions it.
		{name: "ProjectsOfTopic", q: "霞浦有哪些道路或公路项目?",
			want: []string{"门前道路", "农村公路"}, not: []string{"田间道路"}},
		// Two parts of a page asked together, each by its heading's words.
		{name: "TwoPartsByHeading", q: "福安这份分解方案(教育、健康部分)有哪些任务?",
			want: []string{"幼儿园", "普通高中", "公立医院", "医疗综合体"}, not: []string{"城东大道"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := fixq62aAsk(t, c.q)
			titles := fixq62aTitles(t, a)
			for _, w := range c.want {
				if !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, w) }) {
					t.Errorf("no task on %q: %v\n%s", w, a.Tasks, a.Text)
				}
			}
			if len(c.want) > 0 && len(titles) != len(c.want) {
				t.Errorf("%d tasks, want %d: %q\n%s", len(titles), len(c.want), titles, a.Text)
			}
			for _, w := range c.not {
				if slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, w) }) {
					t.Errorf("names a task on %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.text {
				if !strings.Contains(a.Text, w) {
					t.Errorf("lacks %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestFixQ62a_EdgeClosings: a topic ending in a word that ends with an edge word (出让, 转让, 供给)
// keeps it whole.
func TestFixQ62a_EdgeClosings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"土地出让", "土地出让"},
		{"股权转让", "股权转让"},
		{"有效供给", "有效供给"},
		{"要推进土地出让", "推进土地出让"},
		{"资金和", "资金"},
	} {
		if got := trimEdges(c.in); got != c.want {
			t.Errorf("trimEdges(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestFixQ62a_Reading: how the questions above are read — the items involving something are a
// list, a word ending in an edge word is the topic whole, two parts joined by 、 are asked apart.
func TestFixQ62a_Reading(t *testing.T) {
	e := fixq62aEngine(t)
	for _, c := range []struct {
		name, q string
		shape   string
		topic   []string
	}{
		{"MeasuresInvolving", "福鼎有哪些措施涉及补贴?", ShapeList, []string{"补贴"}},
		{"ItemsMentioning", "福鼎哪几项举措提到了补贴?", ShapeList, []string{"补贴"}},
		{"LandSale", "福鼎市土地出让方面的事项有哪些?", ShapeList, []string{"土地出让"}},
		{"EquityTransfer", "福鼎股权转让有哪些任务?", ShapeList, []string{"股权转让"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := e.Parser().Parse(c.q, Context{}, plan.NewDay(2026, 12, 7))
			if q.Shape != c.shape || !slices.Equal(q.Topic, c.topic) {
				t.Errorf("shape %q topic %q, want %q %q", q.Shape, q.Topic, c.shape, c.topic)
			}
		})
	}
}
