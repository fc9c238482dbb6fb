package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestFixq56a_PlaceAfterObjectMarker: a place named a second time right after 把/将 ("想把莆田建成
// 什么样的城市") is the place again, the object of the verb that follows, and no part of the topic;
// inside a run of words it is still part of a name (培育新生代莆田企业家).
func TestFixq56a_PlaceAfterObjectMarker(t *testing.T) {
	text := "莆田市关于优化营商环境的实施意见\n" +
		"为深化改革,努力把我市建成全省办事最便捷、服务最贴心的城市之一,现提出如下意见。\n" +
		"一、主要任务\n（一）压减审批时限。（责任单位：市数据局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "莆田这份意见想把莆田建成什么样的城市?")
	if len(q.Cities) != 1 || len(q.Topic) != 1 || q.Topic[0] != "建成" {
		t.Errorf("把莆田建成: cities %v topic %v", q.Cities, q.Topic)
	}
	a := askOn(t, e, "2026-12-07", "莆田这份意见想把莆田建成什么样的城市?")[0]
	wantIn(t, "把莆田建成", a, []string{"办事最便捷"}, nil)
	if q := parseOn(t, e, "莆田要培育新生代莆田企业家吗?"); !containsTerm(q.Topic, "莆田") {
		t.Errorf("新生代莆田企业家: topic %v", q.Topic)
	}
}

func containsTerm(ts []string, s string) bool {
	for _, t := range ts {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// TestFixq56a_IssuerByCount: "哪两个单位印发的" asks the issuers as "哪个单位印发的" does, with or
// without 联合.
func TestFixq56a_IssuerByCount(t *testing.T) {
	for _, s := range []string{"这个方案是哪两个单位印发的?", "哪几个部门发布的?", "哪两个部门联合印发的"} {
		if !slices.Contains(facts(s), "issuer") {
			t.Errorf("%s: facts %v", s, facts(s))
		}
	}
}

// TestFixq56a_ChatAsks: work asked for in chat, 有活没 / 有没有活 (whether a unit has tasks) and 发我下 /
// 给我发一下 (send them to me), asks for the unit's tasks; neither is a topic. 活力 and 活动 stay words.
func TestFixq56a_ChatAsks(t *testing.T) {
	text := "莆田市2024年政府工作报告重点任务分工\n" +
		"1.地区生产总值增长6%左右。（牵头单位：市发改委；配合单位：市统计局）\n" +
		"2.开展消费促进活动，激发市场活力。（牵头单位：市商务局）\n" +
		"3.固定资产投资增长8%。（牵头单位：市发改委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, s := range []string{"莆田统计局有活没", "莆田统计局有没有活?", "莆田统计局有活儿吗"} {
		a := askOn(t, e, "2026-12-07", s)[0]
		wantIn(t, s, a, []string{"地区生产总值"}, []string{"消费促进", "固定资产"})
	}
	for _, s := range []string{"莆田发改委牵头的几个指标发我下", "莆田发改委牵头的指标给我发一下"} {
		a := askOn(t, e, "2026-12-07", s)[0]
		wantIn(t, s, a, []string{"地区生产总值", "固定资产"}, []string{"消费促进"})
	}
	if q := parseOn(t, e, "莆田商务局有活力的任务吗"); !containsTerm(q.Topic, "活力") {
		t.Errorf("活力: topic %v", q.Topic)
	}
}

// TestFixq56a_LeftOver: 还剩哪些 / 还剩下几项 of a unit's work, asked on its own, is what is not marked
// done; 还剩多少天 counts days, no status.
func TestFixq56a_LeftOver(t *testing.T) {
	for s, want := range map[string]string{
		"莆田住建局牵头的目标还剩哪些?": StatusOpen, "住建局还剩下几项?": StatusOpen, "这项还剩多少天到期?": "",
	} {
		if got := status(s, "zh"); got != want {
			t.Errorf("%s: status %q, want %q", s, got, want)
		}
	}
}

// TestFixq56a_TermWords: 减排 is the plans' 排放 inside a longer term (废气减排 finds 废气排放).
func TestFixq56a_TermWords(t *testing.T) {
	text := "莆田市2020年政府工作报告重点工作分工\n" +
		"1.工业废气排放达到省定标准。(市生态环境局负责)\n" +
		"2.每千人口医疗机构床位数达到6张。(市卫健委负责)\n" +
		"3.新建城市公园5个。(市城管局负责)\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "莆田废气减排谁负责?")[0]
	wantIn(t, "废气减排", a, []string{"市生态环境局"}, []string{"市卫健委"})
}

// TestFixaudit56a_UnwrittenWordNarrows: a word of two characters the plan never writes, at either
// end of a term, still narrows it: the task holding the rest of the term is not its task
// (科研经费投入 is no 办公经费投入; 学校节能降耗 is no 公共机构节能降耗; 养老床位数 no 医疗机构床位数).
func TestFixaudit56a_UnwrittenWordNarrows(t *testing.T) {
	text := "南平市2023年机关事务工作要点\n" +
		"1.落实机关办公经费投入保障。(市财政局负责)\n" +
		"2.推进公共机构节能降耗。(市机关事务中心负责)\n" +
		"3.每千人口医疗机构床位数达到6张。(市卫健委负责)\n" +
		"4.新建城市公园5个。(市城管局负责)\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, c := range []struct{ q, not string }{
		{"南平有没有科研经费投入方面的任务?", "市财政局"},
		{"南平经费投入科研相关的任务有几项?", "市财政局"},
		{"南平有没有学校节能降耗方面的任务?", "市机关事务中心"},
		{"南平养老床位数方面的任务有哪些?", "市卫健委"},
		{"南平有没有低空公园方面的任务?", "市城管局"},
	} {
		wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], nil, []string{c.not})
	}
	// The term as the plan writes it still finds its task.
	q := "南平办公经费投入保障由谁负责?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"市财政局"}, nil)
}

// TestFixq56a_VagueFrequency: asked how often, a plan that only says a thing is done 经常性 or, in a
// paragraph that is no task, 定期, is quoted and said to give no period.
func TestFixq56a_VagueFrequency(t *testing.T) {
	text := "莆田市市容环境整治工作方案\n一、主要任务\n" +
		"（一）占道经营整治。由各街道负责对辖区流动摊贩开展经常性劝导,6月底前完成集中整治。\n" +
		"（二）广告牌清理。由市城管局负责,9月底前完成。\n" +
		"二、保障措施\n" +
		"（一）加强技术支撑。聘请专业机构参与整治评估,依托专业机构定期开展业务培训,提升整治水平。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "莆田对流动摊贩的劝导要多久做一次?")[0]
	wantIn(t, "劝导多久", a, []string{"经常性"}, []string{"广告牌"})
	a = askOn(t, e, "2026-12-07", "莆田专业机构多久开展业务培训?")[0]
	wantIn(t, "培训多久", a, []string{"定期", "没有写明"}, nil)
}

// TestFixq56a_DayOfPassage: asked when, a passage that sets no deadline but writes a calendar day
// ("截至2021年6月30日,…全部完工") gives that day.
func TestFixq56a_DayOfPassage(t *testing.T) {
	text := "截至2021年6月30日,莆田市“八件实事”涉及的12项工作任务全部完工。具体情况如下:\n" +
		"一、新建公办幼儿园5所。(责任单位:市教育局)该件实事已全部完工\n" +
		"二、改造农村公路100公里。(责任单位:市交通局)该件实事已全部完工\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "莆田八件实事是截至哪天全部完工的?")[0]
	wantIn(t, "截至哪天", a, []string{"2021-06-30"}, nil)
}

// TestFixq56a_IssuerNamesPlan: the body that signs a notice (武夷山林场管理局 of 武夷山林场管理局办公室),
// named in a question about it, names the plan, not a topic its tasks must write.
func TestFixq56a_IssuerNamesPlan(t *testing.T) {
	text := "关于做好2016年森林防火工作责任落实情况报送工作的通知\n\n局属各单位:\n\n" +
		"经管理局领导同意,由办公室负责落实此项工作。现将有关事项通知如下:\n\n" +
		"一、报送内容\n\n各单位森林防火责任落实情况。\n\n" +
		"二、有关要求\n\n各单位于6月10日前,将森林防火责任落实情况登记表报办公室汇总。\n\n" +
		"                                                 武夷山林场管理局办公室\n" +
		"                                                       2016年5月20日\n"
	e := NewEngine(textIndex(t, text), Options{})
	s := "武夷山林场管理局各单位要在什么时候前把森林防火责任落实情况登记表报办公室?"
	a := askOn(t, e, "2026-12-07", s)[0]
	wantIn(t, s, a, []string{"2016-06-10"}, nil)
}

// TestFixq56a_StageSpan: 起止时间 of a stage the question names (自查整改阶段) asks that stage's span,
// not the plan's period.
func TestFixq56a_StageSpan(t *testing.T) {
	text := "莆田市迎接2023年义务教育均衡发展督导评估工作方案\n" +
		"一、工作目标\n全面完成迎检准备。\n" +
		"二、实施步骤\n" +
		"（一）动员部署阶段（2023年4月1日—4月15日）\n1.召开动员会。由市教育局组织召开全市动员部署会。\n" +
		"（二）自查整改阶段（2023年4月16日—5月31日）\n1.开展自查。各学校对照评估指标开展自查，形成问题清单。\n"
	e := NewEngine(textIndex(t, text), Options{})
	s := "莆田自查整改阶段的起止时间?"
	a := askOn(t, e, "2026-12-07", s)[0]
	wantIn(t, s, a, []string{"2023-04-16", "2023-05-31"}, nil)
}
