package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFixq55b_StillNotDoneWithMa: "还有没完成的吗?" asks with 吗, so its 没 denies 完成 (有 + 没完成的):
// the unit's tasks not marked done, and with every one marked, that there are none; not 有没有.
func TestFixq55b_StillNotDoneWithMa(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"县档案馆还有没完成的吗?", StatusOpen},
		{"市林业局还有没办结的任务吗?", StatusOpen},
		{"有没逾期的?", StatusOverdue},
	} {
		if got := p54(t).Parse(c.q, Context{}, plan.Day{Year: 2026, Month: 12, Day: 7}).Status; got != c.want {
			t.Errorf("%s: status %q, want %q", c.q, got, c.want)
		}
	}
}

// TestFixq55b_NarrowByUnitAlso: "其中哪些市林业局也要负责?" after a unit's list narrows that list to
// the tasks that also name the unit now named (the unit standing between 哪些 and 也).
func TestFixq55b_NarrowByUnitAlso(t *testing.T) {
	text := "某市森林防火若干措施\n" +
		"一、加强火源管控。严格野外用火审批。（责任单位：市应急局、市林业局）\n" +
		"二、完善防火设施。建设瞭望塔和隔离带。（责任单位：市应急局）\n" +
		"三、强化宣传教育。开展防火进村入户宣传。（责任单位：市应急局、市林业局、市委宣传部）\n" +
		"四、开展林区巡护。组建专业巡护队伍。（责任单位：市林业局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	as := askOn(t, e, "2026-12-07", "某市应急局负责哪些任务?", "其中哪些市林业局也要负责?")
	wantIn(t, "其中哪些市林业局也要负责?", as[1], []string{"加强火源管控", "强化宣传教育"}, []string{"完善防火设施", "开展林区巡护"})
}

// TestFixq55b_NearWordsFarmersIncomeAndBureaus: 农民收入 is counted as 农村居民人均可支配收入; 委办局 (the
// commissions, offices and bureaus) is written as a list of their endings, 委、办、局.
func TestFixq55b_NearWordsFarmersIncomeAndBureaus(t *testing.T) {
	text := "上海市奉贤区2024年政府工作报告任务分解\n一、主要目标\n" +
		"1.城镇居民人均可支配收入增长6%。牵头单位：区人社局\n" +
		"2.农村居民人均可支配收入增长7.5%。牵头单位：区农业农村局\n" +
		"二、工作要求\n" +
		"1.各有关委、办、局在3月15日前，将工作方案报送区领导小组办公室。\n" +
		"2.各乡镇在4月1日前完成排查。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "奉贤农民收入目标谁牵头?")[0]
	wantIn(t, "农民收入", a, []string{"区农业农村局"}, []string{"区人社局"})
	a = askOn(t, e, "2026-12-07", "奉贤各委办局的工作方案要在哪天前报送?")[0]
	wantIn(t, "委办局", a, []string{"03-15", "区领导小组办公室"}, []string{"04-01"})
}

// TestFixq55b_LeadersByLevel: "哪几位县领导牵头的" asks which leaders the work is given to (the
// leaders named by their level before 领导), answered per leader; what is left of the asking words
// (位县) is no topic.
func TestFixq55b_LeadersByLevel(t *testing.T) {
	text := "丽水市松阳县2023年政府工作报告重点工作责任分解\n一、李明县长牵头重点工作\n1.全县生产总值增长7%左右。责任单位：县发改局\n" +
		"2.一般公共预算收入增长8%。责任单位：县财政局\n二、周强常务副县长牵头重点工作\n1.深化亩均论英雄改革。责任单位：县经信局\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"松阳这份政府工作报告责任分解是哪几位县领导牵头的?", "松阳的重点工作分别由哪些市领导牵头?"} {
		wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"李明县长", "周强常务副县长"}, []string{"“位县”", "没有。"})
	}
}

// TestFixq55b_GlossaryWorks: English words for the works plans name (high-rise buildings, gas pipe
// renovation, aging pipes, paying in one installment) read as the plans' own terms.
func TestFixq55b_GlossaryWorks(t *testing.T) {
	for en, zh := range map[string][]string{
		"high-rise buildings":           {"高层建筑"},
		"old gas pipe renovation":       {"燃气管道", "改造"},
		"who fixes the aging pipelines": {"老化"},
		"the fee installment policy":    {"分期"},
	} {
		got := translate(en)
		for _, w := range zh {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q lacks %q", en, got, w)
			}
		}
	}
	text := "上海市静安区2025年城镇燃气安全专项整治方案\n一、加快燃气老化管道改造\n" +
		"1.改造计划全面落实。2025年完成街坊道路燃气管道改造20公里。(区建管委负责,各街道配合、管道燃气企业实施)\n" +
		"2.加强用户安全宣传。(区应急局负责)\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "In Jing'an, who actually carries out the old gas pipe renovation work?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"管道燃气企业"}, []string{"加强用户安全宣传"})
}

// TestFixq55b_LevelWrittenOnce: a plan listing a level's offices writes the level once or not at all
// ("市局质量处、认证处", "自治县文明办、农业农村局"); a unit asked by its name with the level (市局认证处,
// 自治县农业农村局) is also the name without it in the same place — and no other place's.
func TestFixq55b_LevelWrittenOnce(t *testing.T) {
	county := "某自治县乡风文明建设实施方案\n一、重点任务\n" +
		"1.规范红白理事会。责任单位：各乡（镇）党委、自治县文明办、农业农村局\n" +
		"2.建立公示栏。责任单位：自治县民政局\n" +
		"3.开展移风易俗宣传。牵头单位：自治县农业农村局\n"
	e := NewEngine(textIndex(t, county), Options{})
	q := "自治县农业农村局负责哪些?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"规范红白理事会", "开展移风易俗宣传"}, []string{"建立公示栏"})

	a := "上海市市场监督管理局电梯安全实施意见\n一、主要任务\n1.强化认证监管。（牵头处室：市局认证监督管理处）\n2.强化价格监管。（牵头处室：市局价格监督检查处）\n"
	b := "上海市市场监督管理局燃气安全工作方案\n一、工作任务\n（一）开展燃气灶具抽查。市局产品质量安全监督管理处、认证监督管理处要组织开展抽查。\n"
	c := "宁波市市场监督管理局燃气安全工作方案\n一、工作任务\n（一）开展热水器抽查。认证监督管理处要组织开展抽查。\n"
	e = NewEngine(textIndex(t, a, b, c), Options{})
	q = "上海市局认证监督管理处负责哪些工作?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"强化认证监管", "开展燃气灶具抽查"}, []string{"强化价格监管", "开展热水器抽查"})
}
