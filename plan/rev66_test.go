package plan

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Review 66: break the plan reader. Each test below is a fragment written the way county, district
// and township plans are written and published — a title that names its province, city and county, a
// signature of two offices, the 版记 under the text, a task table printed from a PDF with narrow
// columns or from a browser, duties shared out as 属地/行业/综合监管 responsibilities, the two levels of
// government, the 秋冬季 campaign that runs into the next year, seasons written with a dash, festival
// duties, "本月底前" and "截至…年底" — and asserts what a careful reader of the page gets. Each fails on
// f9fe2bd for the reason its comment gives; nothing here is fixed.

// rev66Parse parses text as a plan file named rev66.txt.
func rev66Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("rev66.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// rev66Task is the task titled (or, failing that, worded) words; the test stops when there is none.
func rev66Task(t *testing.T, d *Document, words string) *Task {
	t.Helper()
	x := rev59Task(d, words)
	if x == nil {
		t.Fatalf("no task %q:%s", words, rev59Dump(d))
	}
	return x
}

// rev66Roles checks a task's leads and partners, whatever their order.
func rev66Roles(t *testing.T, x *Task, lead, partic []string) {
	t.Helper()
	if !slices.Equal(rev65Sorted(x.Lead), rev65Sorted(lead)) || !slices.Equal(rev65Sorted(x.Participating), rev65Sorted(partic)) {
		t.Errorf("task %q: lead %q, participating %q; want lead %q, participating %q", x.Title, x.Lead, x.Participating, lead, partic)
	}
}

// TestRev66_TitleNamesProvinceCityAndCounty: a county's or district's plan published without a
// signature (a 任务清单 posted on its own page, an attachment) often opens its title with the whole
// chain of places: "江苏省苏州市吴江区…", "福建省泉州市晋江市…". The plan is the district's (or the
// county-level city's): City 苏州市吴江区, Level district, as the same title without "江苏省" gives, and
// as "山东省济南市历城区…" gives when a signature follows. Today the province is kept in City and the
// county is dropped: City "江苏省苏州市", Level city, so the plan is filed as Suzhou's own and a question
// about 吴江区's plans does not find it.
func TestRev66_TitleNamesProvinceCityAndCounty(t *testing.T) {
	for _, tc := range []struct{ title, city string }{
		{"江苏省苏州市吴江区打好污染防治攻坚战2025年度工作任务清单", "苏州市吴江区"},
		{"福建省泉州市晋江市2025年食品安全工作实施方案", "泉州市晋江市"},
		{"湖北省宜昌市夷陵区2025年重点民生项目任务分解表", "宜昌市夷陵区"},
	} {
		t.Run(tc.city, func(t *testing.T) {
			d := rev66Parse(t, tc.title+"\n\n一、重点任务\n"+
				"1.开展重点企业挥发性有机物治理，2025年10月底前完成。（责任单位：区生态环境局、市生态环境局）\n"+
				"2.加强建筑工地扬尘管控。（责任单位：区住建局）\n")
			if d.City != tc.city || d.Level != "district" {
				t.Errorf("%s: city %q, level %q; want %q, district (the plan of the county the title names)", tc.title, d.City, d.Level, tc.city)
			}
		})
	}
}

// TestRev66_JointSignatureAfterLastTask: a plan issued by a county's party and government offices
// together is signed by both, one a line, above the date — "中共洱源县委办公室／洱源县人民政府办公室／
// 2024年3月1日" — and so is a plan two departments issue. The issuer is read from the two lines, but the
// first of them is also glued to the last task's text ("…完成时限：2024年11月底前。\n中共洱源县委办公室"):
// the task a person is shown ends with an office that has nothing to do with it, and a search for the
// office finds the task. A single signature line is left out of the task, as it should be.
func TestRev66_JointSignatureAfterLastTask(t *testing.T) {
	for _, sig := range []string{
		"中共洱源县委办公室\n洱源县人民政府办公室\n2024年3月1日\n",
		"洱源县农业农村局\n洱源县财政局\n2024年3月1日\n",
	} {
		t.Run(strings.SplitN(sig, "\n", 2)[0], func(t *testing.T) {
			d := rev66Parse(t, "云南省大理白族自治州洱源县乡村振兴重点工作任务分工方案\n\n"+
				"（一）巩固拓展脱贫攻坚成果\n"+
				"1．加大就业帮扶力度，确保脱贫劳动力务工就业规模稳定。牵头单位：县人力资源社会保障局；责任单位：各乡（镇）人民政府。完成时限：2024年12月。\n"+
				"2．实施高标准农田建设。新建高标准农田2万亩。牵头单位：县农业农村局；配合单位：县财政局、县水务局；完成时限：2024年11月底前。\n\n"+
				sig)
			x := rev66Task(t, d, "实施高标准农田建设")
			if !strings.HasSuffix(x.Text, "完成时限：2024年11月底前。") {
				t.Errorf("last task's text %q; want it to end with its own 完成时限 (the signature is not the task's)", x.Text)
			}
		})
	}
}

// TestRev66_PrintRecordAfterLastTask: a plan printed as a 红头文件 ends with its 版记: the 抄送 line and
// "XX人民政府办公室　　2024年5月20日印发". Neither is part of the last task. Today the 抄送 line is dropped
// but the 印发 line is glued to the last task's text ("…区文广旅体局）\n金华市婺城区人民政府办公室2024年5月
// 20日印发"), so the task shown to its units ends with a print record, and the office is found in it.
func TestRev66_PrintRecordAfterLastTask(t *testing.T) {
	d := rev66Parse(t, "浙江省金华市婺城区2024年城市更新行动方案\n\n一、主要任务\n"+
		"（一）实施老旧小区改造。年内改造老旧小区20个。（牵头单位：区住建局；配合单位：区财政局，各街道办事处）\n"+
		"（二）完善公共服务设施。新建社区嵌入式服务设施20处。（牵头单位：区民政局；配合单位：区卫健局、区文广旅体局）\n\n"+
		"抄送：区委办、区人大办、区政协办。\n"+
		"金华市婺城区人民政府办公室          2024年5月20日印发\n")
	x := rev66Task(t, d, "完善公共服务设施")
	if strings.Contains(x.Text, "印发") || strings.Contains(x.Text, "人民政府办公室") {
		t.Errorf("last task's text %q; want it to end with its own note (the 版记's 印发 line is not the task's)", x.Text)
	}
}

// TestRev66_MonthOfSchoolOpening: "完成时限：2024年9月开学前" is due before school opens on September 1,
// as the package already reads "秋季开学前" (the end of August). Today the month is read alone and the
// task is due on 2024-09-30, a month after the schools it builds were to open; written without the
// year ("9月开学前完成") it gives no date at all.
func TestRev66_MonthOfSchoolOpening(t *testing.T) {
	for _, when := range []string{"完成时限：2024年9月开学前", "9月开学前完成"} {
		t.Run(when, func(t *testing.T) {
			d := rev66Parse(t, "四川省成都市新都区2024年民生实事实施方案\n\n一、实施项目\n"+
				"（一）新建改扩建中小学、幼儿园5所，新增学位3000个。"+when+"。（牵头单位：区教育局；责任单位：区住建交通局、区财政局）\n")
			x := rev66Task(t, d, "新建改扩建中小学")
			own := rev59Own(x)
			if len(own) != 1 || own[0].Date != rev59Day(t, "2024-08-31") {
				t.Errorf("task's own deadlines %v; want one, 2024-08-31 (before school opens in September):%s", own, rev59Dump(d))
			}
		})
	}
}

// TestRev66_ThisMonthEnd: a short work plan sent out on 2025-02-14 says "各镇（街道）于本月底前完成辖区
// 林区隐患排查": by the end of the month it was issued in, 2025-02-28. Today 本月底前 gives no date; the
// task takes the plan's year as a target and is not due until 2025-12-31, ten months late.
func TestRev66_ThisMonthEnd(t *testing.T) {
	d := rev66Parse(t, "贵州省遵义市湄潭县2025年森林防灭火工作方案\n\n湄府办发〔2025〕6号\n\n一、重点工作\n"+
		"（一）开展隐患排查。各镇（街道）于本月底前完成辖区林区隐患排查，建立问题台账。（责任单位：县林业局，各镇人民政府、街道办事处）\n"+
		"（二）加强野外火源管控。3月底前完成野外用火专项检查。（责任单位：县林业局、县公安局）\n\n"+
		"湄潭县人民政府办公室\n2025年2月14日\n")
	if d.Issued != rev59Day(t, "2025-02-14") {
		t.Fatalf("issued %s, want 2025-02-14", d.Issued)
	}
	x := rev66Task(t, d, "开展隐患排查")
	own := rev59Own(x)
	if len(own) != 1 || own[0].Date != rev59Day(t, "2025-02-28") {
		t.Errorf("task's own deadlines %v; want 2025-02-28 (本月底 of a plan issued in February 2025):%s", own, rev59Dump(d))
	}
}

// TestRev66_CumulativeTargetByAYear: a three-year plan (2024—2026) sets its steps with 截至: "三年累计
// 改造老旧小区60个，截至2025年底累计完成40个". In a plan signed in 2024, a date in 2025 is a target, not
// the status the same words report in a plan's background ("截至2023年底，已完成…"). Today the 截至
// date gives no deadline at all (as "截至2025年底，全县新建防火通道50公里" gives none), and the task takes
// the plan's 2026-12-31: the 2025 milestone is never due.
func TestRev66_CumulativeTargetByAYear(t *testing.T) {
	d := rev66Parse(t, "浙江省金华市婺城区2024—2026年城市更新行动方案\n\n一、主要任务\n"+
		"（一）实施老旧小区改造。三年累计改造老旧小区60个，截至2025年底，累计完成改造40个。（牵头单位：区住建局；配合单位：区财政局，各街道办事处）\n"+
		"（二）推进城中村改造。2026年底前全部完成安置房建设。（牵头单位：区住建局）\n\n"+
		"金华市婺城区人民政府办公室\n2024年5月20日\n")
	x := rev66Task(t, d, "实施老旧小区改造")
	own := rev59Own(x)
	if !slices.ContainsFunc(own, func(dl Deadline) bool { return dl.Date == rev59Day(t, "2025-12-31") }) {
		t.Errorf("task's own deadlines %v; want a target of 2025-12-31 (截至2025年底 in a plan of 2024):%s", own, rev59Dump(d))
	}
}

// TestRev66_PartnerMarkInBrackets: a 责任单位 list marks each unit's role in brackets after its name,
// the partners' as well as the lead's: "市农业农村局（主责）、市市场监管局（配合）", "（主办）…（协办）",
// "（牵头）…（参与）". The lead's mark is read and dropped; the partners' is kept in the name
// ("市市场监管局（配合）", "市经信局（协办）"), a unit no one can ask about, so the bureau's task is lost.
func TestRev66_PartnerMarkInBrackets(t *testing.T) {
	d := rev66Parse(t, "福建省泉州市2025年食品安全工作实施方案\n\n一、重点任务\n"+
		"1.严查农药兽药残留超标问题。（责任单位：市农业农村局（主责）、市市场监管局（配合））\n"+
		"2.推进学校食堂“互联网+明厨亮灶”。（责任单位：市教育局（主办）、市市场监管局（协办））\n"+
		"3.开展进口冷链食品抽检。（责任单位：市市场监管局（牵头）、市商务局（参与）、泉州海关（参与））\n")
	rev66Roles(t, rev66Task(t, d, "严查农药兽药残留超标问题"), []string{"市农业农村局"}, []string{"市市场监管局"})
	rev66Roles(t, rev66Task(t, d, "推进学校食堂"), []string{"市教育局"}, []string{"市市场监管局"})
	rev66Roles(t, rev66Task(t, d, "开展进口冷链食品抽检"), []string{"市市场监管局"}, []string{"市商务局", "泉州海关"})
}

// TestRev66_ShareOfResponsibility: safety plans share a duty out as responsibilities: "各乡镇（街道）负
// 属地管理责任，县住建局负行业监管责任，县应急管理局负综合监管责任". Each of the three answers for the task.
// Today only the last is kept: the townships and the bureau of the trade — the ones who do the work —
// are dropped, and a township asking for its tasks does not get it.
func TestRev66_ShareOfResponsibility(t *testing.T) {
	d := rev66Parse(t, "湖南省衡阳市衡南县2025年自建房安全专项整治工作方案\n\n一、工作任务\n"+
		"1.开展经营性自建房排查整治。6月底前完成全覆盖排查。各乡镇（街道）负属地管理责任，县住建局负行业监管责任，县应急管理局负综合监管责任。\n"+
		"2.落实企业主体责任。各食品生产经营企业负主体责任，县市场监管局负监管责任。\n")
	x := rev66Task(t, d, "开展经营性自建房排查整治")
	for _, u := range []string{"各乡镇（街道）", "县住建局", "县应急管理局"} {
		if x.Role(u) == "" {
			t.Errorf("task %q: units %q; want %s among them (it carries a share of the responsibility)", x.Title, x.Units(), u)
		}
	}
	y := rev66Task(t, d, "落实企业主体责任")
	if y.Role("县市场监管局") == "" {
		t.Errorf("task %q: units %q; want 县市场监管局 among them (负监管责任)", y.Title, y.Units())
	}
}

// TestRev66_NarrowColumnBreaksAName: a task table copied from a PDF keeps its columns by spaces, and
// a unit's name too long for its narrow column goes on under it, cut where the column ends, not at a
// 、: "区住房和城乡建" over "设局". A reader puts the two pieces back together. Today the first piece is
// glued to the task's title ("推进老旧小区改造区住房和城乡建设局"), the lead is lost, and the partner in the
// next column leads the task.
func TestRev66_NarrowColumnBreaksAName(t *testing.T) {
	d := rev66Parse(t, "武汉市江夏区2025年城市建设重点任务清单\n\n"+
		"序号   重点任务                        牵头单位         配合单位         完成时限\n"+
		"1      推进老旧小区改造                区住房和城乡建   区财政局         2025年10月底前\n"+
		"                                       设局\n"+
		"2      盘活低效用地500亩               区自然资源和规   区财政局         2025年12月底前\n"+
		"                                       划局\n")
	for _, tc := range []struct{ title, lead string }{
		{"推进老旧小区改造", "区住房和城乡建设局"},
		{"盘活低效用地500亩", "区自然资源和规划局"},
	} {
		x := rev66Task(t, d, tc.title)
		if x.Title != tc.title {
			t.Errorf("task title %q; want %q (the unit cell is not part of it)", x.Title, tc.title)
		}
		rev66Roles(t, x, []string{tc.lead}, []string{"区财政局"})
	}
}

// TestRev66_YearlyDutyBeforeTwoFestivals: "每年中秋、国庆“双节”前开展一次食品安全专项抽检" and "每年元旦、
// 春节前开展一次安全生产大检查" are yearly duties before holidays. "每年国庆节前…" alone is read as a
// yearly rule by September 30; with two festivals listed the reading goes wrong: "每年中秋" is taken for
// 每年年中 (a yearly duty by June 30), and the last festival becomes a one-off deadline of the plan's year
// (2025-09-30, or 2025-01-28 for 春节前 — already past when the plan was signed in March).
func TestRev66_YearlyDutyBeforeTwoFestivals(t *testing.T) {
	d := rev66Parse(t, "山东省临沂市兰山区2025年食品安全和安全生产工作要点\n\n一、重点工作\n"+
		"1.加强节日市场监管。每年中秋、国庆“双节”前开展一次食品安全专项抽检。（责任单位：区市场监管局）\n"+
		"2.开展节前安全检查。每年元旦、春节前开展一次安全生产大检查。（责任单位：区应急管理局）\n\n"+
		"临沂市兰山区人民政府办公室\n2025年3月6日\n")
	for _, title := range []string{"加强节日市场监管", "开展节前安全检查"} {
		x := rev66Task(t, d, title)
		if own := rev59Own(x); len(own) != 0 {
			t.Errorf("task %q: own deadlines %v; want none (a duty of every year, not a one-off date of 2025)", title, own)
		}
		if len(x.Recurring) != 1 || x.Recurring[0].Rule.Freq != Yearly {
			t.Errorf("task %q: recurring %v; want one yearly duty", title, x.Recurring)
		}
		for _, r := range x.Recurring {
			if r.Rule.Freq == Yearly && r.Rule.Month == time.June {
				t.Errorf("task %q: rule %s falls in June (每年中秋 is not 每年年中)", title, r.Rule)
			}
		}
	}
}

// TestRev66_SeasonWrittenWithADash: "汛期（6月至9月）每周巡查一次" is weekly in the flood season only (the
// rule's Season). The same season written with a dash, as most plans write months — "汛期（5—9月）每周
// 开展一次巡查", "每年5—9月每周开展一次巡查" — gives a weekly duty all year (reminders through the winter),
// and with 每年 a second, yearly rule with no date beside it.
func TestRev66_SeasonWrittenWithADash(t *testing.T) {
	d := rev66Parse(t, "广西壮族自治区桂林市阳朔县2025年防汛抗旱工作方案\n\n一、工作措施\n"+
		"1.加强水库巡查。汛期（5—9月）每周开展一次水库大坝安全巡查。（责任单位：县水利局，各乡镇人民政府）\n"+
		"2.开展地质灾害隐患点巡排查。每年5—9月每周开展一次巡排查。（责任单位：县自然资源局）\n")
	want := SeasonMonths(time.May, time.September)
	for _, title := range []string{"加强水库巡查", "开展地质灾害隐患点巡排查"} {
		x := rev66Task(t, d, title)
		if len(x.Recurring) != 1 || x.Recurring[0].Rule.Freq != Weekly || x.Recurring[0].Rule.Season != want {
			var got []string
			for _, r := range x.Recurring {
				got = append(got, r.Rule.String())
			}
			t.Errorf("task %q: rules %q; want one weekly duty kept from May to September (FREQ=WEEKLY;BYMONTH=5,6,7,8,9)", title, got)
		}
	}
}

// TestRev66_AutumnWinterCampaignPeriod: the 秋冬季 air campaign runs from October to March of the next
// year, and its plan says so ("2024年10月1日至2025年3月31日，全区PM2.5平均浓度控制在…"). Its tasks that
// state no date are due when the campaign ends, 2025-03-31. Today the title's "2024—2025年" (or "2024年"
// in "2024年秋冬季…") is read as whole years: the period ends 2025-12-31 (2024-12-31), nine months after
// (three months before) the campaign does.
func TestRev66_AutumnWinterCampaignPeriod(t *testing.T) {
	for _, title := range []string{
		"潍坊市寒亭区2024—2025年秋冬季大气污染综合治理攻坚行动方案",
		"潍坊市寒亭区2024年秋冬季大气污染防治攻坚行动方案",
	} {
		t.Run(title, func(t *testing.T) {
			d := rev66Parse(t, title+"\n\n一、攻坚目标\n"+
				"2024年10月1日至2025年3月31日，全区PM2.5平均浓度控制在58微克/立方米以内，重污染天数控制在8天以内。\n\n"+
				"二、重点任务\n"+
				"1.加强重污染天气应对。修订重污染天气应急减排清单。（责任单位：区生态环境分局）\n"+
				"2.开展燃煤锅炉排查整治。11月15日前完成排查。（责任单位：区发展改革局、区生态环境分局）\n")
			if d.Period != rev59Day(t, "2025-03-31") {
				t.Errorf("plan period %s (%q); want 2025-03-31, the end of the autumn-winter campaign", d.Period, d.PeriodQuote)
			}
		})
	}
}

// TestRev66_BrowserPrintHeaderAtPageBreak: many plans reach people as a PDF printed from the portal
// page, and the browser puts the page's address and "2/5" at the foot of each page and the time and the
// page's title at the head of the next. Text copied from it has those two lines wherever the page
// broke — here inside a 责任单位 list. Page numbers ("— 12 —", "第2页 共5页") are already dropped there;
// the browser's lines are glued into the list, which then yields no partner at all.
func TestRev66_BrowserPrintHeaderAtPageBreak(t *testing.T) {
	d := rev66Parse(t, "宁国市2025年安全生产治本攻坚工作方案\n\n一、重点任务\n"+
		"（一）开展重大事故隐患专项排查整治。2025年6月底前完成判定标准宣贯，9月底前完成一轮全覆盖排查。（牵头单位：市安委办；责任单位：市应急管理局、市住建局、\n"+
		"https://www.ningguo.gov.cn/OpennessContent/show/2856871.html 2/5\n"+
		"2025/3/12 15:21 宁国市2025年安全生产治本攻坚工作方案_宁国市人民政府\n"+
		"市交通运输局）\n"+
		"（二）强化安全生产执法。每季度开展一次“执法+专家”联合检查。（牵头单位：市应急管理局；配合单位：市住建局、市交通运输局）\n")
	x := rev66Task(t, d, "开展重大事故隐患专项排查整治")
	rev66Roles(t, x, []string{"市安委办"}, []string{"市应急管理局", "市住建局", "市交通运输局"})
	if strings.Contains(x.Text, "http") || strings.Contains(x.Text, "15:21") {
		t.Errorf("task text %q; want no browser header or footer in it", x.Text)
	}
}

// TestRev66_TwoLevelsOfGovernment: a county's plan hands work to "县、乡两级人民政府" (or "县、乡（镇）两级
// 政府", a city's to "市、县两级住建部门"): the governments (or bureaus) of both levels, one party as
// "各乡镇人民政府" is. Today the 责任单位 label itself becomes the lead ("责任单位"), and as partners the
// group is dropped, so the task has no real party.
func TestRev66_TwoLevelsOfGovernment(t *testing.T) {
	d := rev66Parse(t, "浙江省丽水市松阳县2025年农村供水保障工作方案\n\n一、重点任务\n"+
		"1.落实农村供水工程管护责任。（责任单位：县、乡两级人民政府）\n"+
		"2.开展农村饮用水水质检测。（牵头单位：县水利局；配合单位：县、乡（镇）两级政府）\n"+
		"3.排查城乡供水管网隐患。（责任单位：市、县两级住建部门）\n")
	for _, tc := range []struct{ title, group string }{
		{"落实农村供水工程管护责任", "两级人民政府"},
		{"开展农村饮用水水质检测", "两级政府"},
		{"排查城乡供水管网隐患", "两级住建部门"},
	} {
		x := rev66Task(t, d, tc.title)
		units := x.Units()
		if slices.Contains(units, "责任单位") || !slices.ContainsFunc(units, func(u string) bool { return strings.HasSuffix(u, tc.group) }) {
			t.Errorf("task %q: units %q; want the group …%s among them, and no unit named 责任单位", tc.title, units, tc.group)
		}
	}
}
