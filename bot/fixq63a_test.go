package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Fixes of the question rounds 176 and 178 (question side), tried on plans and questions written
// for them.

// fixq63aNotice is a notice whose body is its 工作要求: every item sits under that heading, some
// dated, some not.
const fixq63aNotice = `青川市住房和城乡建设管理委员会关于发布2024年本市排水设施建设工作要求的通知
（青建规〔2024〕12号）
各区建设管理部门：
一、工作目标
全年完成排水管网改造200公里。
二、工作要求
（一）推进管网改造。请各区于3月底前报送管网改造计划表，11月底前完成年度改造任务。
（二）落实全过程管控。请各区强化排水设施规划、建设、运维管理，严格把控设计质量，对辖区内不少于30%项目开展专项检查。
（三）加强宣传培训。请各区开展排水设施施工技术培训，加强排水知识宣传推广。
`

// fixq63aFood is a county plan whose tasks name a bureau only by its sections (畜牧科, 渔业科).
const fixq63aFood = `白河县2016年食品安全专项整治工作方案
一、重点任务
（一）畜禽产品
1.加强定点屠宰监督管理。严厉打击私屠滥宰行为。（县农业农村局畜牧科）
2.开展兽药专项整治。严查违规使用兽药行为。（县农业农村局畜牧科）
3.打击病死畜禽违法犯罪。严厉打击收购、屠宰病死畜禽行为。（县公安局）
（二）水产品
1.推进水产品质量监测。开展水产品抽样检测。（县农业农村局渔业科）
2.加强饮用水卫生监管。开展学校饮用水检测。（县卫健局、县市场监管局）
`

var fixq63aShared sharedIndex

func fixq63aAsk(t *testing.T, s string) Answer {
	t.Helper()
	e := NewEngine(fixq63aShared.get(t, "fixq63a", false, fixq63aNotice, fixq63aFood), Options{})
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")()})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// fixq63aTitles are the titles of an answer's tasks.
func fixq63aTitles(t *testing.T, a Answer) []string {
	t.Helper()
	ix := fixq63aShared.get(t, "fixq63a", false, fixq63aNotice, fixq63aFood)
	var out []string
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok {
			out = append(out, r.Task.Title)
		}
	}
	return out
}

// TestFixQ63a_RequirementsNoticeItemsAreTasks: a notice whose every item sits under 工作要求 has them
// as its tasks, not as the closing measures of other work: those without a date are listed as such,
// and a topic finds the item named after it.
func TestFixQ63a_RequirementsNoticeItemsAreTasks(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		want    []string // titles the answer's tasks must include
	}{
		{"no date", "青川排水设施工作要求里哪些任务没有写完成时间?", []string{"落实全过程管控", "加强宣传培训"}},
		{"topic", "青川排水宣传培训方面有哪些工作?", []string{"加强宣传培训"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq63aAsk(t, tc.q)
			got := fixq63aTitles(t, a)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("tasks %q lack %q:\n%s", got, w, a.Text)
				}
			}
			if slices.Contains(got, "推进管网改造") && tc.name == "no date" {
				t.Errorf("a dated item listed as having no date: %q\n%s", got, a.Text)
			}
		})
	}
}

// TestFixQ63a_ClosingMeasuresStayMeasures: in a plan with tasks of its own, a 工作要求 section's items
// that only urge (no unit assigned in a note, no date) are still not listed as its tasks.
func TestFixQ63a_ClosingMeasuresStayMeasures(t *testing.T) {
	doc, err := plan.ParseText("m.txt", `青川市2024年排水设施建设实施方案
一、重点任务
（一）推进管网改造。11月底前完成改造200公里。（责任单位：市住建局）
二、工作要求
（一）加强宣传培训。各区要开展排水知识宣传推广。
`, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	lg := newLedger(plan.DefaultAliases())
	lg.docs = []*plan.Document{doc}
	for i := range doc.Tasks {
		x := &doc.Tasks[i]
		if want := strings.Contains(x.Section, "工作要求"); lg.isMeasure(x) != want {
			t.Errorf("%s %s: measure %v, want %v", x.ID, x.Title, !want, want)
		}
	}
}

// TestFixQ63a_BureauBySections: a bureau a plan names only by its sections (县农业农村局畜牧科, …渔业科)
// is asked about by its own name: its sections' tasks.
func TestFixQ63a_BureauBySections(t *testing.T) {
	for _, tc := range []struct {
		name, q string
		want    []string
	}{
		{"bureau", "县农业农村局在食品安全专项整治里负责哪些任务?", []string{"加强定点屠宰监督管理", "开展兽药专项整治", "推进水产品质量监测"}},
		{"section still alone", "县农业农村局渔业科负责哪些任务?", []string{"推进水产品质量监测"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := fixq63aAsk(t, tc.q)
			got := fixq63aTitles(t, a)
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("tasks %q, want %q:\n%s", got, want, a.Text)
			}
		})
	}
}

// TestFixQ63a_EachOfTheUnitsCounts: "各个部门各负责几项" counts per unit, as "各部门" does.
func TestFixQ63a_EachOfTheUnitsCounts(t *testing.T) {
	for _, q := range []string{"食品安全专项整治方案里各个部门各负责几项任务?", "白河食品安全整治各个单位分别负责多少项?"} {
		t.Run(q, func(t *testing.T) {
			a := fixq63aAsk(t, q)
			ok := slices.ContainsFunc(strings.Split(a.Text, "\n"), func(l string) bool {
				return strings.Contains(l, "县公安局") && strings.Contains(l, "1 项")
			})
			if !ok {
				t.Errorf("no line counts 县公安局's 1 task:\n%s", a.Text)
			}
		})
	}
}

// TestFixQ63a_ReadingWhenAndDone: "起止时间" asks when; an English "be completed" is work to finish by a
// time, not a done mark, while "have been completed" still asks for done marks.
func TestFixQ63a_ReadingWhenAndDone(t *testing.T) {
	e := NewEngine(fixq63aShared.get(t, "fixq63a", false, fixq63aNotice, fixq63aFood), Options{})
	day, _ := plan.ParseDay("2026-12-07")
	for _, tc := range []struct {
		q        string
		asksWhen bool
		done     bool
	}{
		{"管网改造第二阶段的起止时间是?", true, false},
		{"宣传培训的起讫日期是什么", true, false},
		{"By when must the drainage pipe renovation be fully completed?", true, false},
		{"When will the drainage projects be completed?", true, false},
		{"Which drainage tasks have been completed?", false, true},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := e.Parser().Parse(tc.q, Context{}, day)
			if q.asksWhen != tc.asksWhen {
				t.Errorf("asksWhen %v, want %v (query %+v)", q.asksWhen, tc.asksWhen, q)
			}
			if (q.Status == StatusDone) != tc.done {
				t.Errorf("status %q; done wanted %v", q.Status, tc.done)
			}
		})
	}
}

// TestFixQ63a_SummingUpIsWork: 汇总 after what is summed up (分类汇总, 统计汇总) or before 工作 is work a
// task names, not a request for a summary; 汇总一下 still is one.
func TestFixQ63a_SummingUpIsWork(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"危房分类汇总和档案建立最迟什么时候完成", false},
		{"排查结果统计汇总要在哪天前报", false},
		{"汇总工作由哪个部门负责", false},
		{"给我汇总一下青川排水方案", true},
		{"汇总下白河食品安全方案", true},
	} {
		if got := asksSummary(tc.s); got != tc.want {
			t.Errorf("asksSummary(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
