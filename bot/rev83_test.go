package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/retrieval"
)

// Review 83: questions a liaison or a leader asks right after uploading one of three plans of
// their own beside the seeds — a Jiangsu city's business-environment plan (泰州, items with inline
// （牵头单位：…；配合单位：…） notes), a Hubei district's rural-road plan laid out as a flattened table
// (宜昌市夷陵区, 序号｜重点任务｜牵头单位｜配合单位｜完成时限) and a Fujian city's 2027 work points
// (漳州, 责任单位 lines and 每月/每季度 duties). Asked on 2026-12-05. Every test here fails on the
// code it was written against unless its comment says it guards a neighbouring behaviour.

// rev83Taizhou: a Jiangsu city's plan, the notice then numbered items, each closed by an inline note.
const rev83Taizhou = `泰州市人民政府关于印发泰州市优化营商环境提升行动方案的通知

泰政发〔2026〕37号

各市（区）人民政府，泰州医药高新区（高港区）管委会，市各委办局，市各直属单位：
现将《泰州市优化营商环境提升行动方案》印发给你们，请结合实际，认真抓好贯彻落实。

泰州市人民政府
2026年4月15日

泰州市优化营商环境提升行动方案

一、总体目标
到2027年底，企业开办时间压缩至1个工作日以内，政务服务事项“一网通办”率达到95%以上，营商环境评价位居全省第一方阵。

二、重点任务
（一）深化商事制度改革
1．推行企业开办“一件事”集成服务，2026年6月底前实现企业开办全流程网上办理。（牵头单位：市市场监管局；配合单位：市公安局、市税务局、市人社局）
2．开展“证照分离”改革全覆盖，2026年9月底前完成涉企经营许可事项清单动态调整。（牵头单位：市市场监管局；配合单位：市司法局、市政务办）
（二）提升政务服务效能
3．推进政务服务“一网通办”，2026年12月底前市级政务服务事项网上可办率达到98%。（牵头单位：市政务办；配合单位：市大数据局、各市（区）人民政府）
4．建立“办不成事”反映窗口，2026年5月底前在市、市（区）两级政务服务中心全面设立。（牵头单位：市政务办）
5．开展“12345”热线企业诉求办理质效提升行动，每月通报一次企业诉求办理情况。（牵头单位：市政务办；配合单位：市各有关部门）
（三）优化要素保障
6．推行工业项目“标准地”出让，2027年6月底前新出让工业用地“标准地”比例达到80%以上。（牵头单位：市自然资源和规划局；配合单位：市发展改革委、市工业和信息化局）
7．降低企业用电用气成本，2026年10月底前完成转供电环节加价清理。（牵头单位：市发展改革委；配合单位：市市场监管局、国网泰州供电公司）
8．加大融资支持力度，2026年底前普惠小微贷款余额增长15%以上。（牵头单位：市地方金融监管局；配合单位：人民银行泰州市分行、国家金融监督管理总局泰州监管分局）
（四）加强法治保障
9．推行包容审慎监管，2026年8月底前制定涉企轻微违法行为不予处罚清单。（牵头单位：市司法局；配合单位：市市场监管局、市生态环境局、市应急管理局）
10．开展涉企政策兑现专项督查，每季度开展一次。（牵头单位：市政府督查室；配合单位：市发展改革委、市财政局）

三、保障措施
成立市优化营商环境工作领导小组，办公室设在市发展改革委。各牵头单位每季度结束后10日内将工作进展报送领导小组办公室。
`

// rev83Yiling: a Hubei district's plan whose task table came out of the PDF flattened into rows.
const rev83Yiling = `宜昌市夷陵区人民政府办公室关于印发夷陵区“四好农村路”高质量发展实施方案的通知

夷府办发〔2026〕12号

各乡镇人民政府，区政府各部门：
《夷陵区“四好农村路”高质量发展实施方案》已经区政府同意，现印发给你们，请认真组织实施。

宜昌市夷陵区人民政府办公室
2026年3月20日

夷陵区“四好农村路”高质量发展实施方案

一、工作目标
到2027年底，全区新改建农村公路300公里，实施危桥改造20座，农村公路优良中等路率达到85%以上。

二、重点任务
附件：重点任务分工表
序号｜重点任务｜牵头单位｜配合单位｜完成时限
1｜新改建农村公路150公里｜区交通运输局｜区财政局、各乡镇人民政府｜2026年12月底
2｜实施农村公路危桥改造10座｜区交通运输局｜区应急管理局｜2026年10月底
3｜完善农村公路安全生命防护工程｜区交通运输局｜区公安局交警大队｜2027年6月底
4｜建立农村公路“路长制”｜区交通运输局｜各乡镇人民政府｜2026年6月底
5｜落实农村公路养护资金｜区财政局｜区交通运输局｜每年3月底前
6｜推进城乡客运一体化｜区交通运输局｜区发展改革局｜2027年12月底
7｜开展农村公路“最美路段”评选｜区交通运输局｜区文化和旅游局｜每年11月底前
8｜农村公路用地保障｜区自然资源和规划局｜区交通运输局｜长期坚持

三、保障措施
区交通运输局每季度对各乡镇农村公路建设养护情况进行一次督查通报。
`

// rev83Zhangzhou: a Fujian city's annual work points, duties with 责任单位 lines and recurring duties.
const rev83Zhangzhou = `漳州市2027年安全生产工作要点

一、压实安全生产责任
1．召开市安全生产委员会全体会议，每季度召开一次，研究部署重大安全风险防范工作。
责任单位：市安委办
2．开展安全生产约谈，对发生较大事故的县（区）政府进行约谈，及时组织实施。
责任单位：市安委办、市应急管理局
二、深化重点行业领域专项整治
3．开展危险化学品安全专项整治，2027年6月底前完成古雷石化基地重大危险源企业全覆盖检查。
责任单位：市应急管理局、古雷港经济开发区管委会
4．开展城镇燃气安全隐患排查，每月对瓶装液化气供应站开展一次抽查。
责任单位：市住房和城乡建设局、市市场监管局
5．开展道路交通安全整治，2027年9月底前完成国省道临水临崖路段防护设施建设。
责任单位：市公安局、市交通运输局
6．开展渔业船舶安全整治，每年5月1日至8月16日休渔期间开展渔船安全检查。
责任单位：市海洋与渔业局
三、夯实安全生产基础
7．推进应急救援队伍建设，2027年12月底前建成市级综合应急救援基地。
责任单位：市应急管理局、市消防救援支队
8．开展安全生产月活动，每年6月组织开展。
责任单位：市安委办
9．每月10日前向省安委办报送安全生产形势分析报告。
责任单位：市应急管理局
`

var rev83Shared sharedIndex

// rev83Index holds the seed plans and the three plans above, built once.
func rev83Index(t *testing.T) *retrieval.Index {
	t.Helper()
	return rev83Shared.get(t, "rev83", true, rev83Taizhou, rev83Yiling, rev83Zhangzhou)
}

// rev83Task is the id of the task of city's plan whose title contains title.
func rev83Task(t *testing.T, city, title string) string {
	t.Helper()
	return taskIn(t, rev83Index(t), city, title, strings.Contains)
}

// rev83Engine answers over rev83Index with no reminders store.
func rev83Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(rev83Index(t), Options{})
}

// rev83Has reports whether the answer's tasks include the task of city titled title.
func rev83Has(t *testing.T, a Answer, city, title string) bool {
	t.Helper()
	return slices.Contains(a.Tasks, rev83Task(t, city, title))
}

// TestRev83_EnglishDueNextMonth: "What is due next month in Taizhou?" is the English of "泰州下个月要交什么?".
// In January 2027 泰州's plan asks for the monthly 12345 report ((二)5, 每月通报一次) and the quarterly
// progress report due 2027-01-10 (三, 每季度结束后10日内). The Chinese question lists both (the second case
// passes today: it guards the neighbour); the English one answers "0 task(s). None.": the question
// reader's English due path leaves out the recurring duties the Chinese path includes.
func TestRev83_EnglishDueNextMonth(t *testing.T) {
	e := rev83Engine(t)
	for _, q := range []string{
		"What is due next month in Taizhou?",
		"泰州下个月要交什么?", // passes today: guards the neighbour
	} {
		a := askIn(t, e, q, Context{})
		if !rev83Has(t, a, "泰州市", "12345") {
			t.Errorf("%s: want 泰州 (二)5's monthly report in January 2027; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
		}
	}
}

// TestRev83_RecurringDutyWhen: "夷陵区农村公路养护资金什么时候落实?" — the table's 完成时限 column says
// 每年3月底前 for row 5. A careful reader answers "每年3月底前". The bot (a search answer) gives the
// plan's period "日期：2027-12-31（“到2027年”）", a date the plan never sets for this row: the answer takes
// the inherited target over the row's own recurring time.
func TestRev83_RecurringDutyWhen(t *testing.T) {
	e := rev83Engine(t)
	q := "夷陵区农村公路养护资金什么时候落实?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "宜昌市夷陵区", "落实农村公路养护资金") || !strings.Contains(a.Text, "每年3月") || strings.Contains(a.Text, "到2027年") {
		t.Errorf("%s: want row 5 with 每年3月底前, not the plan's period; got %v:\n%s", q, a.Tasks, a.Text)
	}
}

// TestRev83_TopicWordInPlanTitle: 安全生产月 is one item of 漳州's 2027 安全生产工作要点 — (三)8 开展安全生产
// 月活动，每年6月组织开展 (责任单位：市安委办). Asked when it is held or who does it, a careful reader
// answers that item: 每年6月, 市安委办. The question reader takes "安全生产" as naming the whole plan
// (its title) and lists all 9 items.
func TestRev83_TopicWordInPlanTitle(t *testing.T) {
	e := rev83Engine(t)
	for _, c := range []struct{ q, want string }{
		{"漳州安全生产月什么时候搞?", "每年6月"},
		{"漳州安全生产月由谁负责?", "市安委办"},
	} {
		a := askIn(t, e, c.q, Context{})
		if !rev83Has(t, a, "漳州市", "开展安全生产月活动") || len(a.Tasks) != 1 || !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: want (三)8 alone and %q; got %s %v:\n%s", c.q, c.want, a.Intent, a.Tasks, a.Text)
		}
	}
}

// TestRev83_English: English questions a liaison asks about the new plans, each answered in them:
// 漳州 (三)9 reports to the province 每月10日前 (市应急管理局); 漳州 (二)4's monthly gas checks are
// 市住房和城乡建设局's and 市市场监管局's; 泰州's 市政务办 (government affairs service office) leads (二)3–5;
// 夷陵's 区财政局 leads row 5 (每年3月底前) and takes part in row 1. The question reader gets "the plans do
// not say" for the first two ("通报 situation analysis", "gas checks" left as topic words), reads the
// third as a topic ("government affairs service": 0 tasks) and for the fourth keeps only the task with
// a fixed date, dropping the yearly one it leads.
func TestRev83_English(t *testing.T) {
	e := rev83Engine(t)
	for _, c := range []struct{ q, city, task, want string }{
		{"How often does Zhangzhou report the safety situation analysis to the province?", "漳州市", "安全生产形势分析报告", `每月10日|(?i)monthly`},
		{"Who is responsible for the monthly gas safety checks in Zhangzhou?", "漳州市", "城镇燃气安全隐患排查", `市住房和城乡建设局`},
		{"What does Taizhou's government affairs service office lead?", "泰州市", "一网通办", `市政务办`},
		{"What does the Yiling finance bureau have to do and by when?", "宜昌市夷陵区", "落实农村公路养护资金", `每年3月`},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if a.Outcome != OutcomeAnswered || !rev83Has(t, a, c.city, c.task) || !regexp.MustCompile(c.want).MatchString(a.Text) {
				t.Errorf("want %s's %q and %s; got %s/%s %v:\n%s", c.city, c.task, c.want, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}

// TestRev83_NotDoneThisYear: a leader asks "泰州市市场监管局今年还有什么没完成?" — of this year's work, what is
// still open: (一)1 (2026-06-30) and (一)2 (2026-09-30), which it leads, are past and not marked done
// (no reminders store is connected; the bot says so on overdue lists), and it takes part in (三)7 and
// (四)9, also past. The question reader reads "今年…没完成" as "due from today to 31 December" and answers
// "0 项。没有。", which tells a leader the bureau is clear.
func TestRev83_NotDoneThisYear(t *testing.T) {
	e := rev83Engine(t)
	q := "泰州市市场监管局今年还有什么没完成?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "泰州市", "推行企业开办") || !rev83Has(t, a, "泰州市", "证照分离") {
		t.Errorf("%s: want the year's tasks still open, (一)1 and (一)2 among them; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
	}
}

// TestRev83_WorkPointsStartInTheirYear: 漳州's 2027年安全生产工作要点 sets duties for 2027. Asked on
// 2026-12-05 "漳州本月要做什么?", a careful reader finds nothing in it for December 2026; the bot lists
// the monthly gas checks, the quarterly meeting (2026-12-31) and a monthly report due 2026-12-10 — a
// report the 2027 points do not yet ask for — and the summary says the meeting's next date is
// 2026-12-31. The recurring duties carry no start (the plan reader keeps only the period's end) so the
// executor counts them before the year begins. "漳州下个月要做什么?" (January 2027, second case) must
// still list (二)4 and (三)9.
func TestRev83_WorkPointsStartInTheirYear(t *testing.T) {
	e := rev83Engine(t)
	a := askIn(t, e, "漳州本月要做什么?", Context{})
	if rev83Has(t, a, "漳州市", "城镇燃气") || rev83Has(t, a, "漳州市", "安全生产形势分析报告") || rev83Has(t, a, "漳州市", "安全生产委员会全体会议") {
		t.Errorf("漳州本月要做什么?: want nothing of the 2027 points in December 2026; got %v:\n%s", a.Tasks, a.Text)
	}
	s := askIn(t, e, "总结一下漳州安全生产工作要点", Context{})
	if strings.Contains(s.Text, "下次 2026-") {
		t.Errorf("summary: want no next date in 2026 for the 2027 points; got:\n%s", s.Text)
	}
	n := askIn(t, e, "漳州下个月要做什么?", Context{}) // passes today: guards the neighbour
	if !rev83Has(t, n, "漳州市", "城镇燃气") || !rev83Has(t, n, "漳州市", "安全生产形势分析报告") {
		t.Errorf("漳州下个月要做什么?: want (二)4 and (三)9 in January 2027; got %v:\n%s", n.Tasks, n.Text)
	}
}

// TestRev83_YearlyDutyShownOnceAndInItsYear: "漳州每年6月要做什么?" finds (三)8 but its line reads
// "· 2026-06-30 每年6月30日前（“每年6月组织开展”） · 每年6月30日前（“每年6月组织开展”）": the recurring time
// twice, with a June 2026 date six months gone and before the 2027 points begin. A careful reader
// writes 每年6月 once (2027-06 if a date is shown). The renderer repeats the recurring part.
func TestRev83_YearlyDutyShownOnceAndInItsYear(t *testing.T) {
	e := rev83Engine(t)
	q := "漳州每年6月要做什么?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "漳州市", "开展安全生产月活动") || strings.Count(a.Text, "（“每年6月组织开展”）") > 1 || strings.Contains(a.Text, "2026-06-30") {
		t.Errorf("%s: want (三)8 with 每年6月 once and no June 2026 date; got %v:\n%s", q, a.Tasks, a.Text)
	}
}

// TestRev83_TitleCutAtEnumerationComma: 泰州 (二)4 reads "建立“办不成事”反映窗口，2026年5月底前在市、市（区）
// 两级政务服务中心全面设立。" The plan reader cuts its title at the 、 inside "市、市（区）两级" and gives
// "…2026年5月底前在市" with no ellipsis, which every list then shows as if the sentence ended there.
// A careful reader writes the clause whole (or marks the cut with …).
func TestRev83_TitleCutAtEnumerationComma(t *testing.T) {
	e := rev83Engine(t)
	q := "泰州市政务办牵头哪些?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "泰州市", "办不成事") || strings.Contains(a.Text, "5月底前在市 ·") || strings.Contains(a.Text, "5月底前在市（") {
		t.Errorf("%s: want (二)4's title whole or cut with …, not ending at 在市; got:\n%s", q, a.Text)
	}
}

// TestRev83_NoDateButYearly: "夷陵区有哪些任务没有明确完成时间?" — of the table's rows, only 8 农村公路用地
// 保障 has no time ("长期坚持"); rows 5 (每年3月底前) and 7 (每年11月底前) state a time each year. The bot
// lists 5 and 7 as having none (the executor's "no date" takes a recurring time for no time).
func TestRev83_NoDateButYearly(t *testing.T) {
	e := rev83Engine(t)
	q := "夷陵区有哪些任务没有明确完成时间?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "宜昌市夷陵区", "农村公路用地保障") || rev83Has(t, a, "宜昌市夷陵区", "落实农村公路养护资金") || rev83Has(t, a, "宜昌市夷陵区", "最美路段") {
		t.Errorf("%s: want row 8, not rows 5 and 7 (每年3月底前, 每年11月底前); got %v:\n%s", q, a.Tasks, a.Text)
	}
}

// TestRev83_PlaceholderIsNotAUnit: "泰州各单位分别牵头几项?" ranks the units by tasks led. The plan reader
// makes 保障措施's sentence "各牵头单位每季度结束后10日内将工作进展报送…" a task led by "各牵头单位", and the
// ranking lists "各牵头单位：1 项" beside 市政务办 and 市司法局 — "every lead unit" is not a unit, and a
// careful reader counts only named units.
func TestRev83_PlaceholderIsNotAUnit(t *testing.T) {
	e := rev83Engine(t)
	q := "泰州各单位分别牵头几项?"
	a := askIn(t, e, q, Context{})
	if !regexp.MustCompile(`市政务办\D{0,4}3`).MatchString(a.Text) || strings.Contains(a.Text, "各牵头单位：") {
		t.Errorf("%s: want 市政务办 3 and no \"各牵头单位\" ranked as a unit; got:\n%s", q, a.Text)
	}
}

// TestRev83_CountyCityInCitysGroup: 靖江市 and 兴化市 are county-level cities of 泰州; 泰州 (二)3 names
// 各市（区）人民政府 among its participating units. A 靖江 liaison asking "靖江市政府要做什么?" expects (二)3.
// The question reader says "方案中没有找到“靖江市政府”" and suggests other cities' 南湖区政府, 秀洲区政府: it
// does not place 靖江 under 泰州's 各市（区）.
func TestRev83_CountyCityInCitysGroup(t *testing.T) {
	e := rev83Engine(t)
	for _, q := range []string{"靖江市政府要做什么?", "兴化市人民政府负责哪些任务?"} {
		a := askIn(t, e, q, Context{})
		if !rev83Has(t, a, "泰州市", "一网通办") || strings.Contains(a.Text, "没有找到") {
			t.Errorf("%s: want 泰州 (二)3 through 各市（区）人民政府; got %s/%s %v:\n%s", q, a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
}

// TestRev83_FollowUpUnitStaysInCity: "漳州市安委办负责哪些?" then "那市应急管理局呢?" — the same city's
// bureau. The bot lists 漳州's four tasks right but heads them "“市应急管理局”在 2 个地方都有，按城市和方案
// 分组列出。" and then shows one group: the conversation's city was already 漳州, and the note tells the
// liaison that something else was left out.
func TestRev83_FollowUpUnitStaysInCity(t *testing.T) {
	e := rev83Engine(t)
	a := askChain(t, e, "漳州市安委办负责哪些?", "那市应急管理局呢?")
	if !rev83Has(t, a, "漳州市", "安全生产形势分析报告") || strings.Contains(a.Text, "个地方都有") {
		t.Errorf("want 漳州 市应急管理局's tasks without a note of other places; got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestRev83_YearWindowHasYearlyDuties: the Yiling table has two yearly rows — 5 落实农村公路养护资金
// (每年3月底前, 区财政局) and 7 “最美路段”评选 (每年11月底前, 区交通运输局). Asked what is due in 2027, a careful
// reader lists them with rows 3 and 6 (2027年6月底, 2027年12月底): both fall in 2027. The bot lists only
// the fixed dates, in Chinese and in English; "本月/下个月" windows take recurring duties, year windows do
// not (executor).
func TestRev83_YearWindowHasYearlyDuties(t *testing.T) {
	e := rev83Engine(t)
	for _, q := range []string{"夷陵区2027年要完成哪些任务?", "What are Yiling's tasks due in 2027?"} {
		a := askIn(t, e, q, Context{})
		if !rev83Has(t, a, "宜昌市夷陵区", "推进城乡客运一体化") || !rev83Has(t, a, "宜昌市夷陵区", "落实农村公路养护资金") || !rev83Has(t, a, "宜昌市夷陵区", "最美路段") {
			t.Errorf("%s: want rows 3, 5, 6, 7; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
		}
	}
}

// TestRev83_TargetsOfAYear: "泰州2027年要达到哪些指标?" — the figures 泰州 sets for 2027: (三)6 "2027年6月底前
// 新出让工业用地“标准地”比例达到80%以上" and the goal's 1个工作日 / 95%. The bot quotes the goal but says
// "目标类任务 0 项。没有。": the plan reader files (三)6's "…前…达到80%以上" as a plain deadline, not a target,
// so the year's one task with a figure to reach is left out.
func TestRev83_TargetsOfAYear(t *testing.T) {
	t.Skip("plan/testdata/corpus/README.md files a date with 前/底前 as kind by, not target, so the plan reader is right to keep (三)6's \"2027年6月底前…达到80%以上\" a deadline")
	e := rev83Engine(t)
	q := "泰州2027年要达到哪些指标?"
	a := askIn(t, e, q, Context{})
	if !rev83Has(t, a, "泰州市", "标准地") || !strings.Contains(a.Text, "80%") {
		t.Errorf("%s: want (三)6 and its 80%% among the year's targets; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
	}
}
