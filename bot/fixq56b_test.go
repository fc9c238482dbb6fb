package bot

import (
	"strings"
	"testing"
)

// TestFixq56b_EnglishGreeneryBureauSharedWith: "the greenery and city appearance bureau" is the
// 绿化市容 department, as "greening" is; "share with" asks for the tasks naming both units named, and
// is no word the tasks must hold.
func TestFixq56b_EnglishGreeneryBureauSharedWith(t *testing.T) {
	text := "上海市嘉定区河道保洁专项行动方案\n一、主要任务\n" +
		"1.清理河道漂浮物。责任单位：区绿化市容局、区生态环境局\n" +
		"2.整治沿河违法堆放。责任单位：区绿化市容局、区城管执法局\n" +
		"3.监测入河排污口水质。责任单位：区生态环境局\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{
		"Which tasks does Jiading's greenery and city appearance bureau share with the ecology and environment bureau?",
		"Which tasks do the city appearance bureau and the environment bureau share?",
	} {
		wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"清理河道漂浮物"}, []string{"整治沿河违法堆放", "监测入河排污口水质"})
	}
}

// TestFixq56b_StatedPartCount: a plan that states how many tasks a part of it was divided into
// ("在“…”方面(分解任务12项)") answers a count of that part from its own words when its items are
// not in the text; English names a place by its exonym (Hohhot, not Huhehaote) and "division plan"
// names the plan, no word its tasks must hold.
func TestFixq56b_StatedPartCount(t *testing.T) {
	text := "呼和浩特市2024年政府工作报告重点任务分工方案解读\n一、出台背景\n为抓好《政府工作报告》落实,制定《分工方案》。\n" +
		"二、主要内容\n《分工方案》将《政府工作报告》分解为三个方面41项重点工作任务。\n" +
		"1.在“聚焦产业升级,着力建设现代化产业体系”方面(分解任务17项)。\n" +
		"2.在“聚焦生态保护,着力建设美丽首府”方面(分解任务12项)。\n" +
		"3.在“聚焦民生改善,着力增进群众福祉”方面(分解任务12项)。\n" +
		"三、工作要求\n各牵头单位要于每季度末报送进展情况。牵头单位：市政府办公室\n"
	other := "包头市2024年重点工作任务分工方案\n一、重点任务\n1.推进稀土新材料产业发展。牵头单位：市工信局\n"
	e := NewEngine(textIndex(t, text, other), Options{})
	q := "呼和浩特分工方案里生态保护方面有几项任务?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"12", "生态保护"}, []string{"没有。"})
	q = "How many key tasks does Hohhot's 2024 division plan contain, and in how many areas?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"41"}, []string{"稀土"})
}

// TestFixq56b_GoalsByStageAndNumber: a plan's goals written as stages that open with their years
// ("2025年底前…", "2027年底前…") or as numbered goals ((一)…(四)) are each quoted, not only the
// first three sentences.
func TestFixq56b_GoalsByStageAndNumber(t *testing.T) {
	staged := "金山区河湖保洁行动方案\n一、工作目标\n" +
		"2025年底前重点围绕“清理”。主要河湖无明显漂浮垃圾，水面保洁达标率达到95%；基本建立河湖保洁长效机制。\n" +
		"2027年底前重点突出“巩固”。河湖保洁达标率稳定在98%以上；保洁模式有效运行。\n" +
		"二、主要任务\n1.开展河湖垃圾清捞。责任单位：区水务局\n"
	numbered := "奉贤区物业服务提升实施意见\n一、主要目标\n（一）建立物业服务考评机制，确保考评覆盖全部小区；\n" +
		"（二）建立物业费调整机制，确保物业服务可持续；\n（三）建立业委会规范运作机制，确保业主权益；\n" +
		"（四）建立物业应急保障机制，确保突发事件及时处置。\n二、具体措施\n1.开展物业服务考评。责任单位：区房管局\n"
	e := NewEngine(textIndex(t, staged, numbered), Options{})
	q := "金山河湖保洁方案2025年底和2027年底分别要达到什么目标?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"2025年底前", "2027年底前", "98%"}, nil)
	q = "奉贤物业服务提升实施意见提了哪几项主要目标?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"考评机制", "物业费调整机制", "规范运作机制", "应急保障机制"}, nil)
}

// TestFixq56b_HostsHowManyProjects: "主办几个项目" counts the unit's tasks as lead (主办 is the role,
// no word of the tasks); English "approved-but-unsupplied land" is the plans' 批而未供.
func TestFixq56b_HostsHowManyProjects(t *testing.T) {
	text := "罗源县2022年为民办实事项目\n一、项目清单\n" +
		"（1）改造滨河路。主办单位：县城建公司；协办单位：县住建局\n" +
		"（2）建设城南公园。主办单位：县城建公司\n" +
		"（3）新建农贸市场。主办单位：县商务局；协办单位：县城建公司\n" +
		"（4）盘活批而未供土地30亩。主办单位：县自然资源局\n" +
		"（5）处置闲置土地20亩。主办单位：县自然资源局\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "县城建公司主办几个项目?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"共 2 项", "改造滨河路", "建设城南公园"}, []string{"新建农贸市场", "“主办”"})
	q = "In Luoyuan, which bureau handles land approved but not yet supplied?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"县自然资源局", "批而未供"}, []string{"闲置土地20亩"})
}

// TestFixq56b_SharedByClausesOfOneItem: two units asked about together that no clause names both of,
// but the clauses of one item name between them working on the same thing, share that item (shown by
// its heading); clauses that each give one unit its own work share nothing.
func TestFixq56b_SharedByClausesOfOneItem(t *testing.T) {
	text := "漳州市芗城区农贸市场提质行动方案\n一、重点任务\n（一）完善市场改造资金\n" +
		"区商务局根据摸底结果编制市场改造资金需求清单；区财政局按照市场改造资金需求清单安排补助。\n" +
		"（二）规范市场管理\n各街道要落实市场日常巡查。\n" +
		"二、职责分工\n区商务局负责指导各街道开展市场提质工作。\n区财政局负责落实区本级提质资金。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "芗城区财政局和区商务局一起负责的是哪项工作?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"完善市场改造资金", "任务 1 项"}, []string{"指导各街道", "规范市场管理"})
}

// TestFixaudit56a_ClausesOfOwnWork: the clauses of one item that each give a unit its own work
// (one cleans the main roads, the other the highways) are no work the two share.
func TestFixaudit56a_ClausesOfOwnWork(t *testing.T) {
	text := "泉州市丰泽区市容环境提升方案\n一、主要任务\n（一）加强道路清扫\n" +
		"区城管局负责城区主干道机械化清扫，区交通运输局负责国省道路面养护清扫。\n" +
		"（二）整治占道经营\n区城管局牵头开展占道经营整治。\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"丰泽区城管局和区交通运输局共同负责哪项?", "丰泽区交通运输局与区城管局一起负责什么任务?"} {
		wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], nil, []string{"加强道路清扫", "任务 1 项"})
	}
}

// TestFixq56b_PeriodBeforeTheWorkAsked: "多久要做一次X" where a task writes "年度X" or "每月X": X is done
// each such period, though no duty word follows the period's name.
func TestFixq56b_PeriodBeforeTheWorkAsked(t *testing.T) {
	text := "厦门市湖里区河道管护工作方案\n一、工作措施\n" +
		"1.区水利局牵头组织各街道制定月度河道巡查养护计划并抓好落实。\n" +
		"2.各街道要落实河道保洁责任。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "湖里区水利局多久制定一次河道巡查养护计划?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"河道巡查养护计划"}, []string{"没有写明"})
}

// TestFixaudit56a_DatedPeriodOnce: a period's name a date or an ordinal makes one period ("第一季度",
// "2025年度", "上年度", "本季度") before the work asked says it is done in that period, not each one.
func TestFixaudit56a_DatedPeriodOnce(t *testing.T) {
	text := "龙岩市统计工作要点\n一、重点工作\n" +
		"1.市统计局编制第二季度工业运行监测报告。\n" +
		"2.市发改委牵头开展2025年度重点项目投资评估。\n" +
		"3.市财政局做好上年度部门预算执行分析。\n" +
		"4.市商务局组织本季度外贸形势研判会商。\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{
		"龙岩多久编制一次工业运行监测报告?",
		"龙岩重点项目投资评估多长时间开展一次?",
		"龙岩部门预算执行分析多久做一次?",
		"龙岩外贸形势研判会商多久开一次?",
	} {
		a := askOn(t, e, "2026-12-07", q)[0]
		for _, bad := range []string{"每季度", "每年", "每年度", "季度一次", "每个季度"} {
			wantIn(t, q, a, nil, []string{bad})
		}
		if !strings.Contains(a.Text, "没有") {
			t.Errorf("%s: want no period said, got:\n%s", q, a.Text)
		}
	}
}

// TestFixq56b_BodyHeadNamedAlone: a body's roster after the paragraph that sets it up, its head
// named without a post in brackets ("组 长:李明"), answers who heads it; the deputy (副组长) is not
// the head.
func TestFixq56b_BodyHeadNamedAlone(t *testing.T) {
	text := "某市城乡绿化美化活动实施方案\n一、主要任务\n1.开展道路绿化。责任单位：市园林局\n" +
		"二、组织领导\n为加强组织领导,市政府成立城乡绿化美化专项工作领导小组。\n组 长:李明\n副组长:王 强\n成 员:市园林局、市建设局\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "城乡绿化美化专项工作领导小组组长是谁?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"李明"}, []string{"组长:王强"})
}

// TestFixq56b_StageSpanFromItsFirstDay: a stage whose heading gives its span of two dates
// ("验收阶段(2009年3月1日---2009年4月15日)") is shown from its first day to its deadline.
func TestFixq56b_StageSpanFromItsFirstDay(t *testing.T) {
	text := "某市城区绿化提升工作方案\n一、实施步骤\n1、动员部署阶段(2009年1月1日---2009年2月28日)。各区制定方案。\n" +
		"2、验收阶段(2009年3月1日---2009年4月15日)。市绿化办组织验收。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "验收阶段是什么时间?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"2009-03-01", "2009-04-15"}, []string{"2009-01-01"})
}
