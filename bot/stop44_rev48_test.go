package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// rev48Index parses each plan text given and indexes them together.
func rev48Index(t *testing.T, texts ...string) *retrieval.Index {
	t.Helper()
	var docs []*plan.Document
	for i, s := range texts {
		d, err := plan.ParseText(fmt.Sprintf("rev48-%d.txt", i), s, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return ix
}

// rev48Plan is a city's plan of five tasks with their lead and partner units.
const rev48Plan = "衢州市2024年重点工作任务分解方案\n一、主要任务\n1.推进河道综合整治。（牵头单位：市水利局，配合单位：市生态环境局）\n2.推进老旧小区改造。（牵头单位：市住建局，配合单位：市财政局）\n3.加强县级医院重点科室建设。（牵头单位：市卫健委）\n4.推进重点项目建设。（牵头单位：市发改委）\n5.积极申办并主办国际马拉松赛事。（牵头单位：市体育局）\n6.组队参加国际皮划艇赛事。（牵头单位：市文广旅局）\n"

// TestRev48WhoJoinsNamesItsOwnWork: reWhoJoinsThose's second form (c9a7e9e, b080689; parse.go)
// takes any "哪些单位/部门 一起|共同|也 负责|牵头|参与|配合 <up to 12 characters>" for a follow-up on the
// last list, and followUp now lets it through even when the question names its own work. So a new
// question after a unit's list ("哪些部门共同负责河道综合整治?" after 市住建局's tasks) answers with the
// parties of 市住建局's task (老旧小区改造), not of 河道整治. 2a219a1 answered the question asked.
func TestRev48WhoJoinsNamesItsOwnWork(t *testing.T) {
	e := NewEngine(textIndex(t, rev48Plan), Options{})
	for _, tc := range []struct{ name, first, q, want, not string }{
		{"共同负责 a named work", "市住建局牵头哪些工作?", "哪些部门共同负责河道综合整治?", "市水利局", "老旧小区"},
		{"一起参与 a named work", "市住建局牵头哪些工作?", "哪些单位一起参与河道综合整治?", "市生态环境局", "老旧小区"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.first, tc.q)
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
				t.Errorf("want the parties of the work named (%s), not of the last list (%s):\n%s", tc.want, tc.not, a.Text)
			}
		})
	}
}

// TestRev48PostscriptThatAsks: reDonePostscript (0201319, phrasing.go) takes whatever follows a
// question mark and ends in 已/已经/都 + 完成 for "what the asker has done", without reAsksInRemark's
// check that donePreamble applies to the remark before a question. A second question that asks of
// the done ones ("市住建局有哪些任务？哪些已经完成了") is cut off and the answer lists every task,
// with no done status. 2a219a1 read it as the done tasks.
func TestRev48PostscriptThatAsks(t *testing.T) {
	e := NewEngine(textIndex(t, rev48Plan), Options{})
	for _, tc := range []struct{ name, q string }{
		{"which are done", "市住建局有哪些任务？哪些已经完成了"},
		{"how many are done", "市住建局有几项任务？其中几项已经完成了"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.q)
			if q := a.Context.Query; q == nil || q.Status != StatusDone {
				t.Errorf("the second question is lost (no done status):\n%s", a.Text)
			}
		})
	}
}

// TestRev48IssuingBureauIsNoDepartmentType: plansIssuedBy (166af92, parse.go unknownUnit) is tried
// before a department's common name is read as its type. When one bureau has issued a plan to its
// own sections, every question naming a bureau of that type by a name the plans do not write
// (建设局 for 市住房和城乡建设局) is scoped to that internal plan, its role ignored: "衢州市建设局牵头
// 哪些任务?" lists what the bureau's 科 lead, not the two tasks 市住房和城乡建设局 leads in the city's
// plan. 2a219a1 answered with the department type 住建.
func TestRev48IssuingBureauIsNoDepartmentType(t *testing.T) {
	city := "衢州市2024年重点工作任务分解方案\n一、主要任务\n1.推进土地综合整治。（牵头单位：市自然资源和规划局）\n2.推进老旧小区改造。（牵头单位：市住房和城乡建设局）\n3.推进城中村改造。（牵头单位：市住房和城乡建设局，配合单位：市自然资源和规划局）\n"
	bureau := "衢州市住房和城乡建设局关于印发2024年机关重点工作分工的通知\n各科室：\n一、重点工作\n1.推进物业管理条例宣贯。（牵头单位：物业科）\n2.开展建筑市场检查。（牵头单位：建管科）\n\n衢州市住房和城乡建设局\n2024年2月1日\n"
	e := NewEngine(rev48Index(t, city, bureau), Options{})
	for _, tc := range []struct{ name, q string }{
		{"with its city", "衢州市建设局牵头哪些任务?"},
		{"without a city", "建设局牵头哪些任务?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.q)
			if !strings.Contains(a.Text, "老旧小区改造") || !strings.Contains(a.Text, "城中村改造") || strings.Contains(a.Text, "建管科") {
				t.Errorf("want the two tasks the bureau leads in the city's plan, not its sections' plan:\n%s", a.Text)
			}
		})
	}
}

// TestRev48RoleWordsInsideATopic: topicStop's new "(?:主办|协办)(?:单位|部门)?|(?:各|哪个|哪些|哪几个)?
// (?:处室|科室|股室)" (c84b46a, 588712e; facets.go) strips these words wherever they stand, also inside a
// topic: 重点科室建设 (a hospital's departments) is searched as 建设 and 主办国际赛事 as 国际赛事, so the
// answer adds unrelated tasks (重点项目建设; taking part in a race). 2a219a1 kept the words.
func TestRev48RoleWordsInsideATopic(t *testing.T) {
	e := NewEngine(textIndex(t, rev48Plan), Options{})
	for _, tc := range []struct{ name, q, want, not string }{
		{"a hospital's 科室", "重点科室建设谁负责?", "市卫健委", "市发改委"},
		{"hosting an event", "主办国际赛事的任务谁牵头?", "市体育局", "市文广旅局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
				t.Errorf("want %s's task only (topic %q):\n%s", tc.want, a.Context.Query.Topic, a.Text)
			}
		})
	}
}

// TestRev48ForIsNoYear: reENIn (4fafc0b, facets.go) now takes "for" before any four digits as a
// year's window. "for 2000 households" asks for tasks due in the year 2000, and "the plan for
// 2021-2025" narrows to tasks due in 2021; both answer nothing. 2a219a1 set no window for either.
func TestRev48ForIsNoYear(t *testing.T) {
	e := NewEngine(textIndex(t, "衢州市2024年民生实事项目实施方案\n一、项目安排\n1.为2000户困难家庭发放取暖补贴，2024年12月底前完成。（牵头单位：市民政局）\n2.改造老旧小区10个，2024年10月底前完成。（牵头单位：市住建局）\n"), Options{})
	for _, tc := range []struct{ name, q, want string }{
		{"a count of households", "Which tasks provide heating subsidies for 2000 households?", "市民政局"},
		{"a plan's span of years", "Which tasks in the plan for 2021-2025 does the housing bureau lead?", "老旧小区"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := askChain(t, e, tc.q)
			if q := a.Context.Query; q != nil && strings.HasPrefix(q.From, "2000") || q != nil && q.From == "2021-01-01" && q.To == "2021-12-31" {
				t.Errorf("window %s–%s from a number after for:\n%s", q.From, q.To, a.Text)
			}
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("no %s in the answer:\n%s", tc.want, a.Text)
			}
		})
	}
}
