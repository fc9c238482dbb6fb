package bot

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// parseOn reads one question against e's plans on 2026-12-07, with no conversation before it.
func parseOn(t *testing.T, e *Engine, s string) Query {
	t.Helper()
	today, _ := plan.ParseDay("2026-12-07")
	return e.Parser().Parse(s, Context{}, today)
}

// TestFixq55_NotDoneWords: "还有什么没办完?", "还有什么没做?" ask for the tasks not marked done, as
// "还有哪些没完成?" does.
func TestFixq55_NotDoneWords(t *testing.T) {
	text := "莆田市关于推进城市更新的实施方案\n一、主要任务\n" +
		"（一）开展老旧小区改造。（责任单位：市住建局）\n（二）完善停车设施。（责任单位：市住建局、市公安局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, s := range []string{"莆田市住建局还有什么没办完?", "莆田市住建局还有什么没做?", "莆田市住建局还有哪些没办完?", "莆田市住建局还有哪些工作没做?"} {
		if q := parseOn(t, e, s); q.Status != StatusOpen {
			t.Errorf("%s: status %q, want %q", s, q.Status, StatusOpen)
		}
	}
	if q := parseOn(t, e, "莆田市住建局负责哪些工作?"); q.Status != "" {
		t.Errorf("no status asked: got %q", q.Status)
	}
}

// TestFixq55_DateYearBesideTitleYear: a year that begins a date of the question ("2019年9月底前") is
// that date, even when the plan's title, named beside it, holds the year ("（2019-2021年）"); a year
// named alone with the plan's words still names the plan.
func TestFixq55_DateYearBesideTitleYear(t *testing.T) {
	text := "莆田市畅通乡村道路三年行动方案（2019-2021年）\n一、主要任务\n" +
		"（一）完成危桥排查。2019年9月底前完成全部危桥排查。（责任单位：市交通局）\n" +
		"（二）推进道路拓宽。2020年底前完成拓宽工程。（责任单位：市交通局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "莆田畅通乡村道路方案里,哪些任务要在2019年9月底前完成?")
	if q.To != "2019-09-30" || len(q.Plans) != 1 || len(q.Topic) > 0 {
		t.Errorf("to %q plans %v topic %v; want 2019-09-30, the plan, no topic", q.To, q.Plans, q.Topic)
	}
	a := askOn(t, e, "2026-12-07", "莆田畅通乡村道路方案里,哪些任务要在2019年9月底前完成?")[0]
	wantIn(t, "2019年9月底前", a, []string{"危桥排查"}, []string{"道路拓宽"})
	if q := parseOn(t, e, "莆田2019年畅通乡村道路方案里有哪些任务?"); q.To != "" || len(q.Plans) != 1 {
		t.Errorf("the plan's year: to %q plans %v", q.To, q.Plans)
	}
}

// TestFixq55_EachTownAsParty: units of one kind a plan names as a party (各乡镇, 各街道) are the unit
// asked about when a role word follows them; 各地, 各部门 and a count one by one stay quantifiers.
func TestFixq55_EachTownAsParty(t *testing.T) {
	text := "莆田市秀屿区人居环境整治方案\n一、主要任务\n" +
		"（一）清理河道垃圾。（责任单位：区水利局、各街道）\n（二）整治乱搭乱建。（责任单位：区城管局）\n" +
		"（三）开展卫生评比。（责任单位：区爱卫办、各街道）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "秀屿区人居环境整治方案里各街道负责哪些?")
	if len(q.Units) != 1 || q.Units[0].Name != "各街道" {
		t.Fatalf("units %+v topic %v; want 各街道", q.Units, q.Topic)
	}
	a := askOn(t, e, "2026-12-07", "秀屿区人居环境整治方案里各街道负责哪些?")[0]
	wantIn(t, "各街道负责哪些", a, []string{"清理河道垃圾", "开展卫生评比"}, []string{"整治乱搭乱建"})
	for _, s := range []string{"秀屿区各地负责哪些?", "各街道分别负责几项?"} {
		if q := parseOn(t, e, s); len(q.Units) > 0 {
			t.Errorf("%s: units %+v, want none", s, q.Units)
		}
	}
}

// TestFixq55_InTotal: "A和B一共牵头多少项" sums the two units' tasks (each counted once), where "A和B
// 共同牵头" asks for the tasks naming both.
func TestFixq55_InTotal(t *testing.T) {
	text := "莆田市城厢区民生实事项目进度表\n" +
		"1.新建幼儿园2所。（牵头单位：区教育局）\n2.建设养老服务中心。（牵头单位：区民政局）\n" +
		"3.开设老年学堂。（牵头单位：区民政局、区教育局）\n4.改造农贸市场。（牵头单位：区商务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	if q := parseOn(t, e, "城厢区民政局和教育局一共牵头多少个项目?"); q.AllUnits {
		t.Errorf("一共: all units asked, want either")
	}
	if q := parseOn(t, e, "城厢区民政局和教育局共同牵头多少个项目?"); !q.AllUnits {
		t.Errorf("共同: want all units")
	}
	a := askOn(t, e, "2026-12-07", "城厢区民政局和教育局一共牵头多少个项目?")[0]
	wantIn(t, "一共", a, []string{"共 3 项", "新建幼儿园", "养老服务中心", "老年学堂"}, []string{"农贸市场"})
}

// TestFixq55_DividedInto: "X年政府工作任务一共分解为多少项?" asks the whole plan's count, which its
// text states ("分解为6大方面、45项"); the plan is the one whose title names that year, though
// another plan's title shares a longer run of the question's words.
func TestFixq55_DividedInto(t *testing.T) {
	old := "（二〇一九年三月一日）\n秀府办〔2019〕9号\n2019年政府工作目标任务分解\n" +
		"按照《政府工作报告》明确的主要工作任务,2019年区政府主要工作任务分解为6大方面、45项。\n" +
		"一、经济发展\n1.加强经济运行分析。(牵头单位:发改委)\n2.推进重点项目建设。(牵头单位:重点办)\n"
	other := "莆田市城厢区2022年区政府工作报告目标任务\n1.地区生产总值增长6%。（牵头单位：区发改局）\n"
	e := NewEngine(textIndex(t, old, other), Options{})
	a := askOn(t, e, "2026-12-07", "2019年区政府主要工作任务一共分解为多少项?")[0]
	wantIn(t, "分解为多少项", a, []string{"45项", "加强经济运行分析"}, []string{"地区生产总值"})
	text := "莆田市人民政府关于下达2024年政府工作任务的通知\n" +
		"市政府将2024年政府工作任务分解为12项工作目标和30项工作任务,现下达给你们。\n" +
		"各地、各部门应于年中组织一次自查,结果报市发改委。\n1.地区生产总值增长6%。（牵头单位：市发改委）\n"
	e = NewEngine(textIndex(t, text), Options{})
	a = askOn(t, e, "2026-12-07", "莆田2024年政府工作任务分解成了多少项?")[0]
	wantIn(t, "分解成了多少项", a, []string{"12项", "30项"}, []string{"“政府工作任务分解成”"})
}

// TestFixq55_EnglishNames: English names of a merged bureau (environment and land resources) and of
// the petition bureau read as their department types; "which of those also involve …" after a type's
// list asks for the tasks naming both.
func TestFixq55_EnglishNames(t *testing.T) {
	text := "莆田市荔城区住房保障若干措施\n" +
		"一、加强房地产监管。（责任单位：区市场监管局、区住建局）\n" +
		"二、化解矛盾纠纷。（责任单位：区信访局、区住建局）\n" +
		"三、建立信用体系。（责任单位：区市场监管局、区信访局）\n" +
		"四、保障建设用地。（责任单位：区环境与国土资源局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	as := askOn(t, e, "2026-12-07", "Which of Licheng's housing measures is the market supervision bureau responsible for?", "Which of those also involve the petition bureau?")
	wantIn(t, "Which of those also involve the petition bureau?", as[1], []string{"建立信用体系"}, []string{"加强房地产监管", "化解矛盾纠纷"})
	a := askOn(t, e, "2026-12-07", "Which tasks is Licheng's Environment and Land Resources Bureau responsible for?")[0]
	wantIn(t, "Environment and Land Resources Bureau", a, []string{"保障建设用地"}, []string{"建立信用体系"})
}

// TestFixq55_CarriedRoleFallsBack: "那X呢?" after a lead question asks X in that role; a unit that
// leads none has its tasks in any role, not "none", and the answer says it leads none.
func TestFixq55_CarriedRoleFallsBack(t *testing.T) {
	text := "莆田市文化振兴工作分工方案\n" +
		"1.举办红色文化论坛。（市委宣传部牵头，市文旅局配合）\n2.建设非遗展示馆。（市文旅局牵头）\n" +
		"3.开展主题宣讲。（市委宣传部牵头，市委党校配合）\n"
	e := NewEngine(textIndex(t, text), Options{})
	as := askOn(t, e, "2026-12-07", "莆田市委宣传部牵头哪些任务?", "那市委党校呢?", "那市文旅局呢?")
	wantIn(t, "那市委党校呢?", as[1], []string{"开展主题宣讲", "参与", "没有牵头的任务"}, []string{"红色文化论坛"})
	wantIn(t, "那市文旅局呢?", as[2], []string{"建设非遗展示馆"}, []string{"开展主题宣讲"})
}
