package bot

import (
	"strings"
	"testing"
)

// Review 76: the question reader against three short plans of the reviewer's own (a city's 农村人居环境
// plan, a district's 安全生产 任务分工 with 牵头单位/责任单位, a district's “一老一小” plan) and questions
// as liaisons and leaders type them: duties that recur inside 本月/本季度 and an English month, a
// window of two days across the year's end, months joined by 到…之间, 下旬, how long a task has been
// overdue, the plan's 几个方面, two units each counted, department types whose bureau carries a second
// name (教体局 for 体育, 交警大队 for 公安), 安委会办公室 for 安委办, a leader's 梳理/汇报 for a summary,
// "这两项" after a list, and English topics and units. Each fails on the code of c0b89d8. Today is
// 2026-12-07.

// rev76Ask asks qs in one conversation over text on day; it returns the last answer and a test of
// whether that answer names a task holding a substring.
func rev76Ask(t *testing.T, text, day string, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	return rev73Ask(t, text, day, qs...)
}

// A city's plan in the usual form: items under (一)–(四), each closed by a bracketed 牵头单位 and
// 配合单位; dates of a day and of a month's end, and two duties that recur (每季度末, 每月).
const rev76Deyang = `德阳市2027年农村人居环境整治提升工作方案

为深入推进农村人居环境整治提升，结合我市实际，制定本方案。

一、工作目标
到2027年底，全市农村卫生厕所普及率达到92%以上，农村生活污水治理率达到65%。

二、重点任务
（一）推进农村厕所革命
1.2027年4月30日前完成农村户厕问题摸排整改。（牵头单位：市农业农村局；配合单位：市卫生健康委、市生态环境局）
2.每季度末开展一次农村公厕管护情况督导。（牵头单位：市农业农村局）
（二）加快生活污水治理
3.2027年6月底前完成旌阳区、罗江区农村生活污水治理设施建设。（牵头单位：市生态环境局；配合单位：市住房城乡建设局、市财政局）
4.2026年11月底前完成农村黑臭水体排查。（牵头单位：市生态环境局；配合单位：市水利局）
（三）强化生活垃圾治理
5.2027年1月15日前制定农村生活垃圾分类实施方案。（牵头单位：市住房城乡建设局；配合单位：市农业农村局）
6.每月对垃圾收运体系运行情况开展一次暗访。（牵头单位：市住房城乡建设局；配合单位：市城管执法局）
（四）提升村容村貌
7.2026年12月20日前完成村庄规划编制。（牵头单位：市自然资源和规划局；配合单位：市农业农村局、市发展改革委）
8.2027年3月底前完成重点道路沿线风貌整治。（牵头单位：市交通运输局；配合单位：市自然资源和规划局）
9.2026年12月31日前完成整治提升专项资金拨付。（牵头单位：市财政局；配合单位：市发展改革委）

德阳市人民政府办公室
2026年10月12日
`

// What expires in a period and what is to be done in it differ (the questions README, decided after
// review 76 from the answer keys of seven writers): "本月到期的有哪些?" and "What tasks are due in
// January?" list the dated deadlines that fall in the period, not the monthly 暗访 (item 6) or the
// quarter-end 督导 (item 2); "12月份要做哪些工作?" and "到期或要做的" list both.
func TestRev76_DueInAPeriodIsDeadlinesToDoIncludesDuties(t *testing.T) {
	for _, c := range []struct {
		q       string
		in, out []string
	}{
		{"本月到期的有哪些?", []string{"村庄规划编制", "专项资金拨付"}, []string{"垃圾收运体系", "公厕管护", "黑臭水体排查"}},
		{"What tasks are due in January?", []string{"垃圾分类实施方案"}, []string{"垃圾收运体系", "村庄规划编制"}},
		{"12月份要做哪些工作?", []string{"村庄规划编制", "专项资金拨付", "垃圾收运体系", "公厕管护"}, []string{"垃圾分类实施方案"}},
		{"本月到期或者要做的有哪些?", []string{"村庄规划编制", "专项资金拨付", "垃圾收运体系", "公厕管护"}, nil},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev76Ask(t, rev76Deyang, "2026-12-07", c.q)
			for _, s := range c.in {
				if !names(s) {
					t.Errorf("%s belongs in the answer; the answer (%s, %d tasks):\n%.500s", s, a.Intent, len(a.Tasks), a.Text)
				}
			}
			for _, s := range c.out {
				if names(s) {
					t.Errorf("%s does not belong in the answer; the answer (%s, %d tasks):\n%.500s", s, a.Intent, len(a.Tasks), a.Text)
				}
			}
		})
	}
}

// "12月15日至1月20日到期的有哪些?" and "12月15日到1月20日之间到期的任务" become a window of one day
// (2026-12-15) with "至1月20日" or "到1月20日之间" as a topic: items 7, 9 and 5 (due 12-20, 12-31,
// 1-15) are lost. A range of two days, the second in the next year, is how liaisons bound a window.
func TestRev76_WindowOfTwoDaysAcrossTheYearsEnd(t *testing.T) {
	for _, q := range []string{"12月15日至1月20日到期的有哪些?", "12月15日到1月20日之间到期的任务"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev76Ask(t, rev76Deyang, "2026-12-07", q)
			for _, s := range []string{"村庄规划编制", "专项资金拨付", "垃圾分类实施方案"} {
				if !names(s) {
					t.Errorf("%s is due between 2026-12-15 and 2027-01-20; the answer (%s):\n%.400s", s, a.Outcome, a.Text)
				}
			}
			if names("重点道路沿线风貌整治") || names("黑臭水体排查") {
				t.Errorf("items due 2027-03-31 and 2026-11-30 are outside the window; the answer:\n%.400s", a.Text)
			}
		})
	}
}

// "12月下旬到期的有哪些?" is read as the whole of December and lists item 7 (due 12-20, which is 中旬).
// 上旬/中旬/下旬 are the thirds of a month (1–10, 11–20, 21–end), as plans themselves write them.
func TestRev76_LastThirdOfAMonth(t *testing.T) {
	a, names := rev76Ask(t, rev76Deyang, "2026-12-07", "12月下旬到期的有哪些?")
	if !names("专项资金拨付") || names("村庄规划编制") {
		t.Errorf("下旬 of December is 12-21 to 12-31: item 9 (12-31), not item 7 (12-20); the answer:\n%.400s", a.Text)
	}
}

// "黑臭水体排查逾期多久了?" is read as a question of frequency (多久 as 多久一次) and answered "没有写明
// 频率". A liaison asks how long the item is past its date: item 4, due 2026-11-30.
func TestRev76_HowLongOverdue(t *testing.T) {
	a, names := rev76Ask(t, rev76Deyang, "2026-12-07", "黑臭水体排查逾期多久了?")
	if a.Outcome != OutcomeAnswered || !names("黑臭水体排查") || !strings.Contains(a.Text, "2026-11-30") {
		t.Errorf("item 4 was due 2026-11-30, 7 days before today; the answer (%s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// "这个方案有几个方面的任务?" is answered with the plan's two top headings (工作目标, 重点任务). The
// tasks fall under four headings (一)–(四): 厕所革命, 生活污水, 生活垃圾, 村容村貌; a leader asking
// 几个方面的任务 means those.
func TestRev76_AspectsOfThePlansTasks(t *testing.T) {
	a, _ := rev76Ask(t, rev76Deyang, "2026-12-07", "这个方案有几个方面的任务?")
	for _, s := range []string{"厕所革命", "生活污水治理", "生活垃圾治理", "村容村貌"} {
		if !strings.Contains(a.Text, s) {
			t.Errorf("the tasks are grouped under four headings; %s is missing (intent %s):\n%.400s", s, a.Intent, a.Text)
		}
	}
}

// English topics: "When is the village planning due?" finds nothing (村庄规划 is item 7, due
// 2026-12-20), and "Who leads the garbage sorting plan?" lists both 垃圾 items, the monthly 暗访 of
// collection among them, for the one 垃圾分类实施方案. The package doc promises English questions.
func TestRev76_EnglishTopics(t *testing.T) {
	t.Run("village planning", func(t *testing.T) {
		a, names := rev76Ask(t, rev76Deyang, "2026-12-07", "When is the village planning due?")
		if !names("村庄规划编制") || !strings.Contains(a.Text, "2026-12-20") {
			t.Errorf("item 7 (村庄规划编制, 2026-12-20); the answer (%s):\n%.400s", a.Outcome, a.Text)
		}
	})
	t.Run("garbage sorting", func(t *testing.T) {
		a, names := rev76Ask(t, rev76Deyang, "2026-12-07", "Who leads the garbage sorting plan?")
		if !names("垃圾分类实施方案") || names("垃圾收运体系") {
			t.Errorf("garbage sorting is 垃圾分类: item 5 alone; the answer names %d tasks:\n%.400s", len(a.Tasks), a.Text)
		}
	})
}

// A district's 任务分工 where each item names a 牵头单位 and then 责任单位 (taking part, as the
// questions README says of "the others after a 牵头"); a sub-unit (区公安分局交警大队), a committee's
// office (区安委办) and towns.
const rev76Qianfeng = `广安市前锋区2027年安全生产专项整治工作任务分工

一、总体要求
坚持人民至上、生命至上，以专项整治推动安全生产形势持续稳定向好。

二、任务分工
（一）危险化学品安全
1.2027年3月31日前完成全区危险化学品企业风险分级评估。牵头单位：区应急管理局；责任单位：区经济和信息化局、区市场监督管理局。
2.2027年5月底前完成化工园区封闭化管理改造。牵头单位：区经济和信息化局；责任单位：区应急管理局、区公安分局。
（二）道路交通安全
3.2027年2月28日前完成农村公路临水临崖路段安防设施排查。牵头单位：区交通运输局；责任单位：区公安分局交警大队、各乡镇人民政府。
4.每月开展一次重点车辆违法行为集中整治。牵头单位：区公安分局交警大队；责任单位：区交通运输局。
（三）城镇燃气安全
5.2026年12月15日前完成餐饮场所燃气报警装置安装。牵头单位：区住房和城乡建设局；责任单位：区市场监督管理局、区商务局。
6.2027年6月30日前完成老旧燃气管网更新改造35公里。牵头单位：区住房和城乡建设局；责任单位：区发展和改革局、区财政局。
（四）消防安全
7.2026年11月20日前完成高层建筑消防设施检测。牵头单位：区消防救援大队；责任单位：区住房和城乡建设局。
8.2027年4月底前完成九小场所消防安全专项检查。牵头单位：区消防救援大队；责任单位：各乡镇人民政府、区市场监督管理局。
（五）保障措施
9.每季度召开一次安全生产专项整治推进会。牵头单位：区安委办；责任单位：区人力资源和社会保障局、区应急管理局。

中共广安市前锋区委办公室
广安市前锋区人民政府办公室
2026年9月8日
`

// "3月到5月之间到期的有哪些?" keeps 之间 as a topic and puts the window in 2026 (already past): 0 items.
// Without 之间 ("3月到5月到期的") the reader gets 2027-03-01 — 2027-05-31 and items 1, 2, 8 right; the
// word 之间 adds nothing to the window.
func TestRev76_MonthsJoinedByZhijian(t *testing.T) {
	a, names := rev76Ask(t, rev76Qianfeng, "2026-12-07", "3月到5月之间到期的有哪些?")
	for _, s := range []string{"风险分级评估", "封闭化管理改造", "九小场所"} {
		if !names(s) {
			t.Errorf("%s is due in March–May 2027; the answer (%s):\n%.400s", s, a.Outcome, a.Text)
		}
	}
	if names("临水临崖") || names("老旧燃气管网") {
		t.Errorf("items due 2027-02-28 and 2027-06-30 are outside; the answer:\n%.400s", a.Text)
	}
}

// "区住建局和区市场监管局各有几项任务?" and "民政部门和卫健部门各牵头几项?" give one line for the two
// units together (5 项) instead of a count each. 各 asks for each unit's own figure: 住建局 3, 市场监管局 3;
// 民政局 3, 卫健局 2.
func TestRev76_EachOfTwoUnitsCounted(t *testing.T) {
	for _, c := range []struct {
		text, q string
		lines   [][2]string
	}{
		{rev76Qianfeng, "区住建局和区市场监管局各有几项任务?", [][2]string{{"住房和城乡建设局", "3"}, {"市场监督管理局", "3"}}},
		{rev76Xuzhou, "民政部门和卫健部门各牵头几项?", [][2]string{{"民政局", "3"}, {"卫健局", "2"}}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, _ := rev76Ask(t, c.text, "2026-12-07", c.q)
			for _, l := range c.lines {
				ok := false
				for _, line := range strings.Split(a.Text, "\n") {
					if strings.Contains(line, l[0]) && (strings.Contains(line, l[1]+" 项") || strings.Contains(line, l[1]+"项")) && !strings.Contains(line, "、") {
						ok = true
					}
				}
				if !ok {
					t.Errorf("want a line of its own for %s with %s 项; the answer:\n%.500s", l[0], l[1], a.Text)
				}
			}
		})
	}
}

// "公安部门的任务有哪些?" finds 区公安分局's one item and leaves out the two of 区公安分局交警大队 (items 3
// and 4), though "公安分局有哪些任务?" lists all three. The questions README: a department type means that
// department whatever its local name; a 公安分局's 交警大队 is the public-security department's.
func TestRev76_PublicSecurityDepartmentKeepsItsTrafficPolice(t *testing.T) {
	a, names := rev76Ask(t, rev76Qianfeng, "2026-12-07", "公安部门的任务有哪些?")
	for _, s := range []string{"封闭化管理改造", "临水临崖", "重点车辆违法行为"} {
		if !names(s) {
			t.Errorf("%s names 区公安分局 or its 交警大队; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
		}
	}
}

// "安委会办公室牵头哪些?" falls to a search that quotes the plan's 落款 (…办公室) and names no task. The
// plan writes 区安委办, the usual short form of 安全生产委员会办公室 (安委会办公室); item 9 is its.
func TestRev76_SafetyCommitteeOfficeByItsLongerName(t *testing.T) {
	a, names := rev76Ask(t, rev76Qianfeng, "2026-12-07", "安委会办公室牵头哪些?")
	if !names("安全生产专项整治推进会") || len(a.Tasks) != 1 {
		t.Errorf("区安委办 leads item 9 alone; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
	}
}

// "What does the traffic police lead?" becomes a topic 交通 and lists item 3 (led by 区交通运输局) with
// item 4. The traffic police is a unit (区公安分局交警大队) and "lead" a role: item 4 alone.
func TestRev76_EnglishTrafficPoliceAsAUnit(t *testing.T) {
	a, names := rev76Ask(t, rev76Qianfeng, "2026-12-07", "What does the traffic police lead?")
	if !names("重点车辆违法行为") || names("临水临崖") {
		t.Errorf("区公安分局交警大队 leads item 4 only; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
	}
}

// A district's “一老一小” plan: six numbered items with no headings, a bracketed 牵头单位 and 配合单位;
// 区教体局 is the 教育和体育 bureau.
const rev76Xuzhou = `宜宾市叙州区2027年“一老一小”服务能力提升工作方案

一、重点任务
1.2027年3月底前新建社区嵌入式养老服务站8个。（牵头单位：区民政局；配合单位：区住建局、区财政局）
2.2027年6月底前完成特殊困难老年人家庭适老化改造300户。（牵头单位：区民政局；配合单位：区残联）
3.2027年9月底前建成区级婴幼儿照护服务指导中心。（牵头单位：区卫健局；配合单位：区发改局、区教体局）
4.2027年5月底前新增普惠托位200个。（牵头单位：区卫健局；配合单位：区民政局）
5.2027年8月底前完成老年食堂建设运营补贴发放。（牵头单位：区民政局；配合单位：区财政局）
6.2027年4月底前开展托育机构安全隐患排查。（牵头单位：区教体局；配合单位：区市场监管局、区消防救援大队）

叙州区人民政府办公室
2026年11月30日
`

// "体育部门有哪些任务?" is answered 0 项, while "教育部门有哪些任务?" finds 区教体局's items 3 and 6. 教体局
// is the 教育和体育局: the sports department in a district that merged the two, as the questions README
// reads a department type (that department whatever its local name).
func TestRev76_SportsDepartmentIsTheMergedBureau(t *testing.T) {
	a, names := rev76Ask(t, rev76Xuzhou, "2026-12-07", "体育部门有哪些任务?")
	if !names("婴幼儿照护服务指导中心") || !names("托育机构安全隐患排查") {
		t.Errorf("区教体局 (教育和体育) has items 3 and 6; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
	}
}

// "给领导汇报一下这个方案的总体情况" is answered "方案中没有提到“汇报”", and "帮我梳理一下这个方案的进展"
// gets an ask-back, while "总结一下这个方案" gives the summary. A leader's 汇报/梳理 of a plan's 总体情况/
// 进展 asks for that summary: every task, with how many dates have passed.
func TestRev76_LeadersOverviewSaidOtherwise(t *testing.T) {
	for _, c := range []struct {
		text, q string
		n       int
	}{
		{rev76Xuzhou, "给领导汇报一下这个方案的总体情况", 6},
		{rev76Qianfeng, "帮我梳理一下这个方案的进展", 9},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, _ := rev76Ask(t, c.text, "2026-12-07", c.q)
			if a.Outcome != OutcomeAnswered || len(a.Tasks) != c.n {
				t.Errorf("the plan's summary with its %d tasks; the answer (%s, %s, %d tasks):\n%.400s", c.n, a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// After "区财政局参与哪些?" (items 1 and 5), "这两项谁牵头?" is answered "方案中没有关于“”的任务". 这两项
// points at the two items just listed; their lead is 区民政局.
func TestRev76_TheseTwoAfterAList(t *testing.T) {
	as, _ := rev69Ask(t, rev76Xuzhou, "2026-12-07", "区财政局参与哪些?", "这两项谁牵头?")
	list, a := as[0], as[1]
	if len(list.Tasks) != 2 {
		t.Fatalf("区财政局 takes part in items 1 and 5:\n%.400s", list.Text)
	}
	if a.Outcome != OutcomeAnswered || len(a.Tasks) != 2 || !strings.Contains(a.Text, "区民政局") {
		t.Errorf("the two items listed and their lead 区民政局; the answer (%s, %d tasks):\n%.400s", a.Outcome, len(a.Tasks), a.Text)
	}
}
