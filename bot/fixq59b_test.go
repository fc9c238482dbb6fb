package bot

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq59bPlan is a small plan of a made-up county: one unit leads and takes part, a part headed by
// a side of the work, a labelled goal over two sentences, a yearly duty due by a day.
const fixq59bPlan = "武平县城乡公交一体化工作方案\n" +
	"二、工作目标\n主要指标：到2030年，建制村通公交率达到95%以上，公交站点覆盖率达到90%以上。到2035年，建制村通公交率达到100%。\n" +
	"三、主要任务\n（一）完善城乡道路\n1.改造县乡道路。（牵头单位：县交通局；配合单位：县财政局）\n" +
	"2.建设乡镇客运站，方便公共交通换乘。（牵头单位：县交通局）\n" +
	"（二）大力发展公共交通\n1.新增公交线路。（牵头单位：县交通局；配合单位：县住建局）\n" +
	"2.健全公交补贴机制。（牵头单位：县财政局；配合单位：县交通局）\n" +
	"四、保障措施\n（一）严格督查考核。每年4月底前报送上年度工作情况。（责任单位：县交通局）\n" +
	"（二）加大资金投入，落实公共交通补贴。（责任单位：县财政局）\n"

// TestFixq59b_RoleWords: 协作 is taking part, as 配合 is; "别人", "其他单位" say whose work it is, no
// topic; "分别是哪几项?" right after a unit's count lists what was counted, in its role.
func TestFixq59b_RoleWords(t *testing.T) {
	for _, s := range []string{"协作别人的", "县住建局协作哪些"} {
		if got := roleIn(s); got != plan.RoleParticipating {
			t.Errorf("roleIn(%q) = %q, want participating", s, got)
		}
	}
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	as := askOn(t, e, "2026-12-07", "武平县交通局负责哪些工作?", "其中哪条是它协作别人的?")
	if got := as[1].Tasks; len(got) != 1 || !strings.Contains(as[1].Text, "健全公交补贴机制") {
		t.Errorf("its part of others' work: tasks %v\n%s", got, as[1].Text)
	}
	as = askOn(t, e, "2026-12-07", "武平县交通局牵头几项任务?", "分别是哪几项?")
	if len(as[0].Tasks) != 4 || !slices.Equal(as[0].Tasks, as[1].Tasks) {
		t.Errorf("the count's tasks, then its list: %v then %v\n%s", as[0].Tasks, as[1].Tasks, as[1].Text)
	}
}

// TestFixq59b_NoTopicWords: 没标完成 asks what is not marked done; 截至 before a date, 那边, 得 before a
// verb are no words a task must write.
func TestFixq59b_NoTopicWords(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	for _, s := range []string{"武平县交通局还有哪些任务没标完成?", "武平县交通局哪些任务还未标记完成?"} {
		if q := parseOn(t, e, s); q.Status != StatusOpen || len(q.Topic) > 0 {
			t.Errorf("%s: status %q topic %q, want open and none", s, q.Status, q.Topic)
		}
	}
	tests := []struct{ q, want string }{
		{"截至2031年7月1日,武平县哪些任务已经逾期?", ""},
		{"武平那边新增公交线路多久得审批?", "新增公交线路 审批"},
	}
	for _, tt := range tests {
		if q := parseOn(t, e, tt.q); strings.Join(q.Topic, " ") != tt.want {
			t.Errorf("%s: topic %q, want %q", tt.q, q.Topic, tt.want)
		}
	}
	if q := parseOn(t, e, "武平那边新增公交线路多久得审批?"); !q.asksWhen {
		t.Errorf("多久得审批 asks a time limit")
	}
}

// TestFixq59b_UnitNotNamed: a unit's name glued to a code ("832平台") or named as where things are ("在
// 平台上留言") is no unit asked about.
func TestFixq59b_UnitNotNamed(t *testing.T) {
	s := "832平台谁负责，在平台上留言，平台负责"
	first := strings.Index(s, "平台")
	second := strings.Index(s[first+1:], "平台") + first + 1
	third := strings.LastIndex(s, "平台")
	ms := []unitMatch{{start: first, end: first + len("平台"), typed: "平台"}, {start: second, end: second + len("平台"), typed: "平台"}, {start: third, end: third + len("平台"), typed: "平台"}}
	got := dropGluedToCode(ms, s)
	if len(got) != 1 || got[0].start != third {
		t.Errorf("dropGluedToCode kept %v, want only the last", got)
	}
}

// TestFixq59b_Figures: a sentence opened by the label asked about goes on in the next sentences
// with figures; 多深 asks a figure, and a figure may be written in Chinese numerals (二十五厘米).
func TestFixq59b_Figures(t *testing.T) {
	text := "总体目标：公交服务明显改善。主要指标：到2030年，通公交率达到95%以上。到2035年，通公交率达到100%。三、主要任务。"
	got := strings.Join(figureSentences(text, "主 指标", "主要指标是什么"), "……")
	if !strings.Contains(got, "95%以上") || !strings.Contains(got, "100%") || strings.Contains(got, "明显改善") {
		t.Errorf("labelled figures: %q", got)
	}
	for _, s := range []string{"二十五厘米", "积水超过30厘米", "宽十五米"} {
		if !reQuantity.MatchString(s) {
			t.Errorf("reQuantity misses %q", s)
		}
	}
	e := NewEngine(textIndex(t, "武平县城区涵洞防汛工作方案\n一、处置要求\n（一）涵洞积水超过“十厘米”时加强巡查；积水超过“三十厘米”时应当封闭交通。（责任单位：县公安局）\n"), Options{})
	q := parseOn(t, e, "涵洞积水到多深要封闭交通?")
	if q.Shape != ShapeFigure || strings.Contains(strings.Join(q.Topic, " "), "到") {
		t.Errorf("多深: shape %q topic %q", q.Shape, q.Topic)
	}
	wantIn(t, "多深", askOn(t, e, "2026-12-07", "涵洞积水到多深要封闭交通?")[0], []string{"三十厘米"}, nil)
}

// TestFixq59b_EnglishWords: the green hearts of new towns are 绿心 and 新城.
func TestFixq59b_EnglishWords(t *testing.T) {
	if got := translate("green heart parks in new towns"); !strings.Contains(got, "绿心") || !strings.Contains(got, "新城") {
		t.Errorf("translate: %q", got)
	}
}

// TestFixq59b_PlanPointedAt: words pointed at as a plan ("城乡公交那张表") that no title and no task
// holds are the asker's name for it: a unit's tasks are counted, not none.
func TestFixq59b_PlanPointedAt(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	q := "客运一体化那张表,县住建局要负责几项?"
	if p := parseOn(t, e, q); len(p.Topic) > 0 {
		t.Errorf("%s: topic %q", q, p.Topic)
	}
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"1 项"}, []string{"没有。"})
}

// TestFixq59b_AspectPart: a plan's tasks on one side of its work ("公共交通方面") are those under the
// heading that names it, not an item elsewhere or a safeguard that writes its words.
func TestFixq59b_AspectPart(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	a := askOn(t, e, "2026-12-07", "武平县城乡公交一体化方案里公共交通方面有哪些任务?")[0]
	if len(a.Tasks) != 2 || strings.Contains(a.Text, "加大资金投入") {
		t.Errorf("the part headed 公共交通: %v\n%s", a.Tasks, a.Text)
	}
}

// TestFixq59b_YearlyDueBy: a yearly duty due by a day ("每年4月底前报送") is a time the plan gives: the
// task is not one without a completion time.
func TestFixq59b_YearlyDueBy(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	a := askOn(t, e, "2026-12-07", "武平县城乡公交一体化方案里哪些任务没有写明完成时间?")[0]
	if strings.Contains(a.Text, "严格督查考核") || !strings.Contains(a.Text, "加大资金投入") {
		t.Errorf("no completion time:\n%s", a.Text)
	}
}

// TestFixq59b_ChatWordsAndNoDate: "那摊子事" is chat for the thing named, no topic word; "没给完成时间"
// asks for the tasks with no completion time, as "没有写明完成时间" does.
func TestFixq59b_ChatWordsAndNoDate(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	if q := parseOn(t, e, "客运站那摊子事谁管啊"); strings.Join(q.Topic, " ") != "客运站" {
		t.Errorf("那摊子事: topic %q", q.Topic)
	}
	for _, s := range []string{"武平县哪些任务没给完成时间?", "武平县哪些任务没定完成时间?"} {
		if q := parseOn(t, e, s); q.Status != StatusNoDate {
			t.Errorf("%s: status %q, want %q", s, q.Status, StatusNoDate)
		}
	}
}

// TestFixq59b_PlanAboutWord: a word pointed at as a plan ("养老那个文件") that no title names is the
// plan most of whose tasks hold it, not every plan with a task on it.
func TestFixq59b_PlanAboutWord(t *testing.T) {
	care := "一、发展养老服务\n（一）建设社区养老服务站。（市民政局负责）\n（二）培训养老护理人员。（市人社局负责）\n"
	e := NewEngine(textIndex(t, fixq59bPlan, care, "上杭县民生实事项目\n一、民生实事\n1.新建养老院一所。（责任单位：县民政局）\n2.改造农村公路50公里。（责任单位：县交通局）\n3.新建学校两所。（责任单位：县教育局）\n"), Options{})
	q := parseOn(t, e, "养老那个文件有哪些任务?")
	if len(q.Plans) != 1 || len(q.Topic) > 0 {
		t.Fatalf("plans %v topic %q, want the one plan about 养老", q.Plans, q.Topic)
	}
	a := askOn(t, e, "2026-12-07", "养老那个文件有哪些任务?")[0]
	if len(a.Tasks) != 2 || strings.Contains(a.Text, "养老院") {
		t.Errorf("tasks %v\n%s", a.Tasks, a.Text)
	}
}

// TestFixq59b_WhereTheActIsDone: "在平台上留言" says where the public leaves a message; the act is
// what the task writes ("群众留言3个工作日内受理").
func TestFixq59b_WhereTheActIsDone(t *testing.T) {
	text := "武平县民情反映处置工作方案\n一、工作举措\n（一）畅通线上渠道。做到群众留言3个工作日内受理，15日内办结反馈。（责任单位：县信访局）\n" +
		"（二）开展走访。每月走访群众一次。（责任单位：各乡镇）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "武平那边群众在网上平台留言了,多久得受理?"
	if p := parseOn(t, e, q); strings.Join(p.Topic, " ") != "群众留言 受理" {
		t.Errorf("%s: topic %q", q, p.Topic)
	}
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"3个工作日内受理"}, nil)
}

// TestFixq59b_SummaryParts: the summary of a plan too long to list item by item names the parts of
// its work: the headings its items stand under, or an item standing right under a chapter.
func TestFixq59b_SummaryParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("武平县道路交通安全百日整治行动方案\n一、主要任务\n（一）开展酒驾醉驾整治行动。（责任单位：县公安局）\n" +
		"（二）开展隐患路段排查行动。（责任单位：县交通局）\n（三）开展校车安全整治行动\n")
	for i := 1; i <= 12; i++ {
		b.WriteString(strconv.Itoa(i) + ".检查第" + strconv.Itoa(i) + "片区校车。（责任单位：县教育局）\n")
	}
	e := NewEngine(textIndex(t, b.String()), Options{})
	a := askOn(t, e, "2026-12-07", "总结一下武平县道路交通安全百日整治行动方案")[0]
	wantIn(t, "summary", a, []string{"各部分", "酒驾醉驾整治", "隐患路段排查", "校车安全整治"}, nil)
}

// TestFixq59b_AsOfDayWord: 截至 before a day asked is no topic word; asked "截至哪天" it is the
// passage's own word and stays.
func TestFixq59b_AsOfDayWord(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59bPlan), Options{})
	if q := parseOn(t, e, "截至2031年7月1日,武平县哪些任务已经逾期?"); len(q.Topic) > 0 {
		t.Errorf("截至 a day: topic %q", q.Topic)
	}
	if q := parseOn(t, e, "武平县公交线路是截至哪天开通的?"); !slices.Contains(q.Topic, "截至") && !strings.Contains(strings.Join(q.Topic, ""), "截至") {
		t.Errorf("截至哪天: topic %q lost 截至", q.Topic)
	}
}
