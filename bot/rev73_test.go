package bot

import (
	"strings"
	"testing"
)

// Review 73: the question reader, read by a sceptical reviewer, against short plans of its own (a
// county's 民生短板 plan, a city's 城市更新 plan, a district's 营商环境 list) and questions as
// liaisons and leaders type them: a bureau's name mistyped by its sound, 参与 said for "involved", a
// ranking of tasks rather than units, "besides X", "the nearest due", colloquial 活儿 and 最急, a topic
// with 任务中 after it, one unit in both roles, "the first one" after a list, a lead and a partner asked
// together, windows said 到目前为止 / 过去一个月 / 今年以来, the leads of a unit's partner tasks, and a
// unit's tasks negated. Each fails on the code of 7be01ad.

// rev73Ask builds the bot over one plan and asks qs in one conversation on day.
func rev73Ask(t *testing.T, text, day string, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	as, ix := rev69Ask(t, text, day, qs...)
	a := as[len(as)-1]
	return a, func(sub string) bool { return rev69Names(t, ix, a, sub) }
}

// A county plan of the usual form: items under (一)(二)(三), each closed by its 责任单位 and 配合单位.
const rev73Huarong = `华容县2027年民生短板攻坚行动方案

一、主要目标
到2027年底，全县基本公共服务短板明显补齐。

二、攻坚任务
（一）教育
1.2027年8月底前建成章华镇公办幼儿园2所。责任单位：县教育局；配合单位：县住建局、县自然资源局。
2.2027年6月底前完成农村学校教师周转房维修。责任单位：县教育局。
（二）卫生健康
3.2027年10月底前完成县中医医院门诊综合楼主体工程。责任单位：县卫健局；配合单位：县发改局、县财政局、县住建局、县自然资源局。
4.2027年5月底前实现村卫生室医保结算全覆盖。责任单位：县卫健局、县医保局。
5.2027年9月底前完成乡镇卫生院发热门诊改造。责任单位：县卫健局；配合单位：县财政局。
（三）养老
6.2027年9月底前建成县级养老服务综合体。责任单位：县民政局；配合单位：县卫健局。
7.2027年12月底前完成敬老院消防设施改造12所。责任单位：县民政局；配合单位：县消防救援大队。

华容县人民政府办公室
2027年2月3日
`

// "卫建局负责哪些任务?" (卫健局 typed by its sound) is answered "您是否指“住建局”" with the housing bureau's two partner items, not the health bureau's four.
func TestRev73_HealthBureauMistypedBySound(t *testing.T) {
	a, names := rev73Ask(t, rev73Huarong, "2027-03-01", "卫建局负责哪些任务?")
	if !names("中医医院门诊综合楼") || !names("发热门诊改造") || names("章华镇公办幼儿园") {
		t.Errorf("卫建局 is 卫健局 mistyped (same sound): items 3, 4, 5, 6; the answer (%s):\n%.500s", a.Outcome, a.Text)
	}
}

// "有多少个单位参与了这个方案?" counts only the units named as 配合单位: 县教育局, 县民政局 and 县医保局, which lead items, are left out.
func TestRev73_UnitsInvolvedInThePlan(t *testing.T) {
	a, _ := rev73Ask(t, rev73Huarong, "2027-03-01", "有多少个单位参与了这个方案?")
	for _, u := range []string{"县民政局", "县医保局", "县教育局"} {
		if !strings.Contains(a.Text, u) {
			t.Errorf("参与了这个方案 is every unit the plan names; %s (a lead) is missing from the answer:\n%.600s", u, a.Text)
		}
	}
}

// "哪项任务配合单位最多?" gets a ranking of units by partner items, listing every task with a partner, not item 3 with its four 配合单位.
func TestRev73_TaskWithMostPartners(t *testing.T) {
	a, names := rev73Ask(t, rev73Huarong, "2027-03-01", "哪项任务配合单位最多?")
	if !names("中医医院门诊综合楼") || names("养老服务综合体") || names("敬老院消防设施") {
		t.Errorf("item 3 has four 配合单位, every other item one or two; the answer (intent %s) names %d tasks:\n%.500s", a.Intent, len(a.Tasks), a.Text)
	}
}

// A city's 城市更新 plan: items numbered 1–8 under three headings, a bracketed 责任单位 and 配合单位 each.
const rev73Xiangyang = `襄阳市2027年城市更新攻坚工作方案
襄政办发〔2027〕6号

一、重点任务
（一）老旧小区改造
1.2027年3月底前完成年度改造项目库编制。（责任单位：市住建局；配合单位：市财政局、市发改委）
2.2027年9月底前开工改造老旧小区110个。（责任单位：各区人民政府；配合单位：市住建局）
（二）停车设施建设
3.2027年6月底前完成中心城区停车设施专项规划修编。（责任单位：市自然资源和规划局；配合单位：市公安局交警支队）
4.2027年12月底前新增公共停车泊位6000个。（责任单位：市城投公司；配合单位：市住建局、市城管委）
5.2027年11月底前建成智慧停车平台。（责任单位：市数据局；配合单位：市公安局交警支队）
（三）城市排水防涝
6.2027年5月底前完成易涝积水点整治25处。（责任单位：市城管委；配合单位：市水利局）
7.2027年8月底前完成主城区雨污管网清淤。（责任单位：市城管委）
8.2026年12月底前完成城市排水管网普查。（责任单位：市水利局；配合单位：市城管委、市住建局）

襄阳市人民政府办公室
2027年1月18日
`

// "除了住建局以外还有哪些单位负责停车?" drops item 4 (its partner is 住建局) and with it its lead 市城投公司.
func TestRev73_BesidesAUnitOnATopic(t *testing.T) {
	a, _ := rev73Ask(t, rev73Xiangyang, "2027-04-15", "除了住建局以外还有哪些单位负责停车?")
	for _, u := range []string{"市城投公司", "市自然资源和规划局", "市数据局"} {
		if !strings.Contains(a.Text, u) {
			t.Errorf("%s leads a parking item; the answer (intent %s) does not name it:\n%.600s", u, a.Intent, a.Text)
		}
	}
}

// "最近要到期的是哪项?" is read as the coming 30 days and answered "0 项。没有。" though item 6 falls due in 46 days.
func TestRev73_NearestDue(t *testing.T) {
	a, names := rev73Ask(t, rev73Xiangyang, "2027-04-15", "最近要到期的是哪项?")
	if !names("易涝积水点整治") || names("新增公共停车泊位") {
		t.Errorf("the next item due is 6 (2027-05-31) alone; the answer (intent %s) names %d tasks:\n%.400s", a.Intent, len(a.Tasks), a.Text)
	}
}

// "帮我看下住建局的活儿" makes 活儿 a topic and answers "住建局“活儿”相关的任务 0 项" for a bureau with four items.
func TestRev73_ColloquialJobs(t *testing.T) {
	a, names := rev73Ask(t, rev73Xiangyang, "2027-04-15", "帮我看下住建局的活儿")
	if !names("年度改造项目库编制") || !names("城市排水管网普查") {
		t.Errorf("市住建局 has items 1, 2, 4, 8; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
	}
}

// "城管委负责的排水防涝任务中哪些5月底前完成?" keeps "排水防涝任务中" as the topic and answers 0 items, missing item 6.
func TestRev73_TopicAmongAUnitsTasks(t *testing.T) {
	a, names := rev73Ask(t, rev73Xiangyang, "2027-04-15", "城管委负责的排水防涝任务中哪些5月底前完成?")
	if !names("易涝积水点整治") {
		t.Errorf("item 6 (排水防涝, 市城管委, 2027年5月底前); the answer (%s):\n%.400s", a.Outcome, a.Text)
	}
}

// "哪些是住建局牵头的，哪些是住建局配合的?" is answered "住建局和住建局共同牵头的任务 0 项。没有。"
func TestRev73_OneUnitBothRoles(t *testing.T) {
	a, names := rev73Ask(t, rev73Xiangyang, "2027-04-15", "哪些是住建局牵头的，哪些是住建局配合的?")
	if !names("年度改造项目库编制") || !names("新增公共停车泊位") || strings.Contains(a.Text, "住建局和住建局") {
		t.Errorf("市住建局 leads 1 and takes part in 2, 4, 8; the answer (%s):\n%.400s", a.Outcome, a.Text)
	}
}

// After a list of overdue items, "第一个谁负责?" is answered "请说明是哪项任务" instead of the first item's 责任单位.
func TestRev73_FirstOfTheList(t *testing.T) {
	as, _ := rev69Ask(t, rev73Xiangyang, "2027-04-15", "有哪些逾期的?", "第一个谁负责?")
	list, a := as[0], as[1]
	if len(list.Tasks) < 2 {
		t.Fatalf("the overdue list should hold items 1 and 8:\n%.400s", list.Text)
	}
	if a.Outcome != OutcomeAnswered || len(a.Tasks) != 1 || a.Tasks[0] != list.Tasks[0] {
		t.Errorf("the first overdue item listed and its 责任单位; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
	}
}

// "住建局牵头，财政局配合的任务" is headed "住建局和财政局共同牵头的任务 1 项": the answer says 财政局 leads, which the plan does not.
func TestRev73_LeadAndPartnerSaidRight(t *testing.T) {
	a, names := rev73Ask(t, rev73Xiangyang, "2027-04-15", "住建局牵头，财政局配合的任务")
	if !names("年度改造项目库编制") || strings.Contains(a.Text, "共同牵头") {
		t.Errorf("市住建局 leads item 1 and 市财政局 is its partner, not a co-lead; the answer:\n%.400s", a.Text)
	}
}

// A district's list of the year's work: seven numbered items under three headings, each with a
// bracketed 牵头单位 and 配合单位, dates of a month's end and of a day.
const rev73Wenjiang = `成都市温江区2027年优化营商环境重点工作清单

一、提升政务服务效能
1.2027年2月底前上线“企业开办一日办”服务专区。（牵头单位：区行政审批局；配合单位：区市场监管局、区税务局）
2.2027年3月20日前完成惠企政策兑现平台升级。（牵头单位：区经信局；配合单位：区财政局）
二、优化要素保障
3.2027年5月10日前出台工业用地“标准地”出让实施细则。（牵头单位：区规划和自然资源局；配合单位：区经信局、区住建局）
4.2027年6月底前建成人才公寓500套。（牵头单位：区住建局；配合单位：区人才办）
5.2027年9月底前完成中小企业融资服务中心建设。（牵头单位：区金融工作局；配合单位：区财政局、区经信局）
三、强化法治保障
6.2027年7月底前开展涉企行政执法专项检查。（牵头单位：区司法局；配合单位：区市场监管局）
7.2027年12月底前实现涉企纠纷多元化解平台全覆盖。（牵头单位：区法院；配合单位：区司法局）
`

// "区住建局的任务里哪个最急?" makes 最急 a topic and answers 0 items instead of item 3, the bureau's next due.
func TestRev73_MostPressingOfAUnit(t *testing.T) {
	a, names := rev73Ask(t, rev73Wenjiang, "2027-04-08", "区住建局的任务里哪个最急?")
	if !names("标准地") || names("人才公寓") {
		t.Errorf("区住建局's item due first is 3 (2027-05-10); the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
	}
}

// Windows running back from today (到目前为止应该完成的, 過去一個月到期的, 今年以来到期的) get an ask-back, a topic 过去 in the next 30 days, or the rest of the year.
func TestRev73_WindowsBehindToday(t *testing.T) {
	for _, c := range []struct {
		q         string
		in, notIn []string
	}{
		{"到目前为止应该完成的任务有哪些?", []string{"企业开办一日办", "惠企政策兑现平台"}, []string{"标准地"}},
		{"過去一個月到期的有哪些?", []string{"惠企政策兑现平台"}, []string{"企业开办一日办", "标准地"}},
		{"今年以来到期的有哪些?", []string{"企业开办一日办", "惠企政策兑现平台"}, []string{"涉企纠纷多元化解"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, rev73Wenjiang, "2027-04-08", c.q)
			for _, s := range c.in {
				if !names(s) {
					t.Errorf("%s is due in the window before 2027-04-08; the answer (%s):\n%.400s", s, a.Outcome, a.Text)
				}
			}
			for _, s := range c.notIn {
				if names(s) {
					t.Errorf("%s is not due in that window; the answer names it:\n%.400s", s, a.Text)
				}
			}
		})
	}
}

// "经信局配合的任务分别是谁牵头?" lists all three of its items, item 2 that it leads among them, as if 配合 had not been said.
func TestRev73_LeadsOfAUnitsPartnerItems(t *testing.T) {
	a, names := rev73Ask(t, rev73Wenjiang, "2027-04-08", "经信局配合的任务分别是谁牵头?")
	if !names("标准地") || !names("融资服务中心") || names("惠企政策兑现平台") {
		t.Errorf("区经信局 is partner to 3 and 5 (led by 区规划和自然资源局, 区金融工作局); the answer lists %d items:\n%.500s", len(a.Tasks), a.Text)
	}
}

// "区住建局不参与的任务有哪些?" and "Which tasks is 区经信局 not involved in?" list the unit's own items, the opposite of what was asked.
func TestRev73_ItemsAUnitIsNotIn(t *testing.T) {
	for _, c := range []struct{ q, unit, own, other string }{
		{"区住建局不参与的任务有哪些?", "区住建局", "人才公寓", "涉企行政执法专项检查"},
		{"Which tasks is 区经信局 not involved in?", "区经信局", "惠企政策兑现平台", "人才公寓"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, rev73Wenjiang, "2027-04-08", c.q)
			if names(c.own) || !names(c.other) {
				t.Errorf("the items without %s (%s is not one, %s is); the answer:\n%.400s", c.unit, c.own, c.other, a.Text)
			}
		})
	}
}
