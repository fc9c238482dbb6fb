package bot

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/retrieval"
)

// Review 69: plans and questions nobody here has seen. Each test has a short plan of its own, written
// in the forms county, city and provincial plans of 2026–2027 take (工作方案, 工作要点, 实施意见, a
// notice with its contact line, an attachment of 责任领导), and one question a liaison or a leader
// would type about it, asked on 2026-12-06 — the month when next year's plans come out. Each fails on
// the code of b3a76de for a different reason: a yes/no form read as a status, a ranking by date, a
// plan's end in other words, the days left on a unit's list, a month already past this year, "还要完成"
// read as done, an English "by the end of June next year", tasks by how many units lead them, a
// regulator's short name, a leader's 分管, a topic inside the plan's own theme word, the notice's
// e-mail address, a group of townships said short, a household toilet said short.

// rev69Ask asks qs in one conversation over the plan text on day.
func rev69Ask(t *testing.T, text, day string, qs ...string) ([]Answer, *retrieval.Index) {
	t.Helper()
	ix := textIndex(t, text)
	return askOn(t, NewEngine(ix, Options{}), day, qs...), ix
}

// rev69Names reports whether the answer names a task whose title or text holds sub.
func rev69Names(t *testing.T, ix *retrieval.Index, a Answer, sub string) bool {
	t.Helper()
	ids := map[string]bool{}
	for _, id := range a.Tasks {
		ids[id] = true
	}
	for _, d := range ix.Docs() {
		for i := range d.Tasks {
			tk := &d.Tasks[i]
			if ids[tk.ID] && (strings.Contains(tk.Title, sub) || strings.Contains(tk.Text, sub)) {
				return true
			}
		}
	}
	return false
}

// rev69Anji is a county's plan for next year in the usual form: numbered items under (一)(二)(三), each
// closed by a bracketed note of 责任单位 and 配合单位, dates of several kinds.
const rev69Anji = `安吉县2027年优化营商环境攻坚行动工作方案

为持续打造一流营商环境，结合我县实际，制定本方案。

一、工作目标
到2027年底，全县营商环境便利度评价进入全省前20位。

二、重点任务
（一）提升政务服务效能
1.深化“一件事”集成改革。2027年3月底前推出第二批15个“一件事”集成服务事项。（责任单位：县政务服务中心，配合单位：县市场监管局、县人力社保局）
2.推进惠企政策“免申即享”。2027年上半年实现惠企政策“免申即享”事项占比达到30%。（责任单位：县经信局，配合单位：县财政局、县发改局）
3.建立企业诉求闭环办理机制。每周汇总一次企业诉求办理情况，每月通报一次办理结果。（责任单位：县政务服务中心）
（二）优化要素保障
4.保障项目用地需求。2026年12月20日前完成年度新增建设用地报批工作。（责任单位：县自然资源和规划局，配合单位：县发改局）
5.降低企业用电成本。2027年6月底前完成工业园区配电网改造。（责任单位：县供电公司，配合单位：县经信局）
6.加大融资支持力度。2027年第一季度组织银企对接活动不少于3场。（责任单位：县金融服务中心、人行安吉支行）
（三）强化法治保障
7.规范涉企行政执法。2027年9月底前实现县级部门联合检查全覆盖。（责任单位：县司法局，配合单位：县级各执法部门）
8.开展营商环境监督。2027年1月15日前完成营商环境监督员聘任。（责任单位：县纪委县监委、县委政法委）

安吉县人民政府办公室
2026年11月20日
`

// TestRev69_HasLeadTasksIsNoStatus: "县经信局有没有牵头的任务?" is a yes/no question about one unit's
// lead role: 县经信局 is the 责任单位 of (一)2 免申即享, so the answer is yes, that one. dutybot reads "没有
// 牵头" inside "有没有牵头的" as the status "no lead named" and answers "县经信局牵头的、没有写明牵头单位的任
// 务 0 项。没有。" — a flat no to a unit that leads. ("县经信局是否有牵头任务?" is answered right.) Every
// liaison checking whether their bureau leads anything asks it this way.
func TestRev69_HasLeadTasksIsNoStatus(t *testing.T) {
	plan := `湖州市吴兴区2027年数字经济发展工作方案
一、重点任务
1.推进企业数字化改造。2027年底前完成规上工业企业数字化改造80家。（责任单位：区经信局，配合单位：区科技局、区财政局）
2.建设算力基础设施。2027年9月底前建成区级算力中心。（责任单位：区大数据局，配合单位：区经信局）
`
	as, ix := rev69Ask(t, plan, "2026-12-06", "区经信局有没有牵头的任务?")
	a := as[0]
	if !rev69Names(t, ix, a, "推进企业数字化改造") || strings.Contains(a.Text, "没有写明牵头单位") {
		t.Errorf("区经信局 leads 1 推进企业数字化改造; the answer says otherwise (intent %s):\n%.500s", a.Intent, a.Text)
	}
}

// TestRev69_LatestDeadline: "哪项任务截止最晚?" asks for one task: the one whose deadline is last.
// In 安吉's plan that is (三)7, 2027年9月底前. dutybot answers "最早到期的任务是哪个?" with the one task
// due first, but for 最晚 it lists every dated task (7 of them) in the plan's order, the earliest
// among them, and leaves the reader to find the last. 最晚/最迟 is the mirror of 最早 and as common.
func TestRev69_LatestDeadline(t *testing.T) {
	as, ix := rev69Ask(t, rev69Anji, "2026-12-06", "哪项任务截止最晚?")
	a := as[0]
	if !rev69Names(t, ix, a, "规范涉企行政执法") || rev69Names(t, ix, a, "保障项目用地需求") {
		t.Errorf("the last deadline is (三)7 规范涉企行政执法 (2027-09-30) alone; the answer names %d tasks:\n%.600s", len(a.Tasks), a.Text)
	}
}

// TestRev69_PlanRunsUntil: "方案执行到什么时候?" asks when the plan ends: a 2027 plan of 2027年底
// goals runs to 2027-12-31 — what dutybot answers to "方案实施期限到什么时候?", "这个方案搞到什么时候结
// 束?" and "方案有效期多久?". Said with 执行, the everyday verb for carrying out a plan, it answers "方案中
// 没有提到“执行”，无法回答。"
func TestRev69_PlanRunsUntil(t *testing.T) {
	plan := `晋江市2027年创建全国文明城市巩固提升工作方案
一、工作目标
到2027年底，全国文明城市测评成绩保持全省前列。
二、重点任务
1.整治背街小巷。2027年6月底前完成50条背街小巷环境整治。（牵头单位：市城市管理局；配合单位：各镇（街道））
2.规范农贸市场管理。2027年9月底前完成12个农贸市场改造提升。（牵头单位：市市场监管局）
`
	as, _ := rev69Ask(t, plan, "2026-12-06", "方案执行到什么时候?")
	a := as[0]
	if !strings.Contains(a.Text, "2027-12-31") && !strings.Contains(a.Text, "2027年底") {
		t.Errorf("the plan runs to the end of 2027 (its title's year, its goal 到2027年底); the answer (intent %s) says no end:\n%.400s", a.Intent, a.Text)
	}
}

// TestRev69_DaysLeftOnAUnitsList: "县供电公司的任务还有几天到期?" asks the days left to the date of
// the unit's task: 2027年6月底前 is 206 days after 2026-12-06. dutybot counts the days when a task is
// asked by its topic, but asked by its unit it lists the unit's task with its date and no count — the
// question's own words go unanswered. A unit's liaison asks about the unit's work far more than about a
// topic.
func TestRev69_DaysLeftOnAUnitsList(t *testing.T) {
	as, _ := rev69Ask(t, rev69Anji, "2026-12-06", "县供电公司的任务还有几天到期?")
	a := as[0]
	if !regexp.MustCompile(`206\s*天`).MatchString(a.Text) {
		t.Errorf("(二)5 is due 2027-06-30, 206 days after 2026-12-06; the answer (intent %s) gives no count of days:\n%.400s", a.Intent, a.Text)
	}
}

// TestRev69_PastMonthIsNextYears: on 2026-12-06, of a 2027 plan, "6月底前要完成哪些?" asks about June
// 2027: June 2026 is long past and the question looks ahead (要完成). dutybot takes the window
// 2026-06-01 — 2026-06-30 and says "没有", though (一)2 and (二)5 are both due by 2027年6月底. December is
// exactly when next year's plans are issued and read, so every yearless month asked then about them
// goes wrong this way.
func TestRev69_PastMonthIsNextYears(t *testing.T) {
	as, ix := rev69Ask(t, rev69Anji, "2026-12-06", "6月底前要完成哪些?")
	a := as[0]
	if !rev69Names(t, ix, a, "推进惠企政策") || !rev69Names(t, ix, a, "降低企业用电成本") {
		t.Errorf("(一)2 (2027年上半年) and (二)5 (2027年6月底前) are due by the coming June; the answer lists %d tasks:\n%.500s", len(a.Tasks), a.Text)
	}
}

// TestRev69_StillToFinishIsNotDone: "今年年底前还要完成几项?" asks how many tasks are still to be
// finished by 2026-12-31: (二)4 用地报批, due 2026-12-20. dutybot reads 完成 as "marked done" and answers
// "已标记完成的任务共 0 项", a count of a different thing. 还要完成 is the future of work to do, not a
// record of work done.
func TestRev69_StillToFinishIsNotDone(t *testing.T) {
	as, ix := rev69Ask(t, rev69Anji, "2026-12-06", "今年年底前还要完成几项?")
	a := as[0]
	if !rev69Names(t, ix, a, "保障项目用地需求") || strings.Contains(a.Text, "已标记完成") {
		t.Errorf("(二)4 is due 2026-12-20, still ahead; the answer (intent %s) counts done marks instead:\n%.400s", a.Intent, a.Text)
	}
}

// TestRev69_EnglishByEndOfJuneNextYear: "What is due by the end of June next year?" asked on
// 2026-12-06 is the window up to 2027-06-30: (二)5 配电网改造 (2027年6月底前) and more. dutybot makes
// "end june" a topic and the window the whole of 2027, and answers "None." The Chinese "明年6月底前要完
// 成哪些?" is answered right.
func TestRev69_EnglishByEndOfJuneNextYear(t *testing.T) {
	as, ix := rev69Ask(t, rev69Anji, "2026-12-06", "What is due by the end of June next year?")
	a := as[0]
	if !rev69Names(t, ix, a, "降低企业用电成本") {
		t.Errorf("(二)5 is due 2027-06-30, by the end of June next year; the answer lists %d tasks:\n%.400s", len(a.Tasks), a.Text)
	}
}

// TestRev69_TasksWithTwoLeads: "哪些任务有两个责任单位?" asks for the tasks whose 责任单位 cell names two
// units: (二)6 (县金融服务中心、人行安吉支行) and 8 (县纪委县监委、县委政法委). Joint responsibility is
// what a supervising office checks first (who answers for the result when two do). dutybot makes "两个"
// the topic and says no task is about it.
func TestRev69_TasksWithTwoLeads(t *testing.T) {
	for _, q := range []string{"哪些任务有两个责任单位?", "Which tasks have two lead units?"} {
		t.Run(q, func(t *testing.T) {
			as, ix := rev69Ask(t, rev69Anji, "2026-12-06", q)
			a := as[0]
			if !rev69Names(t, ix, a, "加大融资支持力度") || !rev69Names(t, ix, a, "开展营商环境监督") || rev69Names(t, ix, a, "保障项目用地需求") {
				t.Errorf("(二)6 and 8 name two 责任单位, (二)4 one; the answer (intent %s) lists %d tasks:\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev69_RegulatorShortName: since 2023 the provincial office of 国家金融监督管理总局 is called, by
// itself and by everyone, "江西金融监管局" (as 浙江金融监管局, 山东金融监管局 …). A provincial 意见 names it
// in full. "江西金融监管局负责什么?" asks its task, (八) 加大金融支持; dutybot answers "方案中没有找到“金
// 融监管局”" and even offers the full name among the near units without taking it.
func TestRev69_RegulatorShortName(t *testing.T) {
	plan := `江西省人民政府办公厅关于加快发展银发经济增进老年人福祉的实施意见
赣府厅发〔2026〕21号
一、发展民生事业
（一）扩大老年助餐服务。到2027年底，城市社区老年助餐服务覆盖率达到80%以上。（省民政厅牵头，省财政厅、省商务厅按职责分工负责）
二、强化要素保障
（二）加大金融支持。鼓励金融机构开发养老金融产品。（人民银行江西省分行、国家金融监督管理总局江西监管局负责）
江西省人民政府办公厅
2026年9月3日
`
	as, ix := rev69Ask(t, plan, "2026-12-06", "江西金融监管局负责什么?")
	a := as[0]
	if !rev69Names(t, ix, a, "加大金融支持") {
		t.Errorf("江西金融监管局 is 国家金融监督管理总局江西监管局, on (二) 加大金融支持; the answer (%s):\n%.400s", a.Outcome, a.Text)
	}
}

// TestRev69_LeaderInCharge: an attachment names each project's 责任领导. "张建国负责什么?" and "张建国分
// 管哪些项目?" find his row, 老旧小区改造; "张建国分管什么?" — the shortest way to ask what a leader is in
// charge of — makes "张建国分" the topic and answers that no task is about it.
func TestRev69_LeaderInCharge(t *testing.T) {
	plan := `临沂市兰山区2027年城市更新工作要点
一、实施老旧小区改造
1.年底前新开工改造老旧小区42个。（牵头单位：区住房城乡建设局；责任单位：各街道办事处）
二、推进基础设施更新
2.完成雨污分流管网改造30公里。（牵头单位：区城市管理局；责任单位：区水务局）

附件：城市更新重点项目责任领导
序号	项目名称	责任领导	牵头单位
1	老旧小区改造	张建国	区住房城乡建设局
2	雨污分流改造	李红梅	区城市管理局
`
	as, _ := rev69Ask(t, plan, "2026-12-06", "张建国分管什么?")
	a := as[0]
	if !strings.Contains(a.Text, "老旧小区改造") || strings.Contains(a.Text, "张建国分") {
		t.Errorf("张建国 is the 责任领导 of 老旧小区改造; the answer (intent %s):\n%.400s", a.Intent, a.Text)
	}
}

// TestRev69_TopicInsideTheThemeWord: in a 城市更新 plan, "项目库多久更新一次?" asks how often the project
// library is updated: 每半年 (item 2). dutybot answers with item 2 and also item 3, "区城市更新工作专班每两周
// 召开一次调度会议" — the 更新 of 城市更新, the plan's own theme, is taken for the verb asked about, so a
// meeting's period is given as a second answer to how often the library is updated.
func TestRev69_TopicInsideTheThemeWord(t *testing.T) {
	plan := `临沂市兰山区2027年城市更新工作要点
一、完善工作机制
1.开展燃气管道安全隐患排查。每季度开展一次。（牵头单位：区住房城乡建设局）
2.建立城市更新项目库，实行动态管理，每半年更新一次。（牵头单位：区发展改革局）
3.区城市更新工作专班每两周召开一次调度会议。（牵头单位：区住房城乡建设局）
`
	as, ix := rev69Ask(t, plan, "2026-12-06", "项目库多久更新一次?")
	a := as[0]
	if !strings.Contains(a.Text, "每半年") || rev69Names(t, ix, a, "调度会议") {
		t.Errorf("the library is updated 每半年 (item 2); the meeting of item 3 is not an update of it:\n%.500s", a.Text)
	}
}

// TestRev69_NoticeEmail: the covering notice says where the progress goes, "书面报送区农业农村局，同时发送
// 电子版至bjqnyj@163.com" — an address, with no word 邮箱 before it, as most notices write it. "进展材料
// 发到哪个邮箱?" asks that address; dutybot searches for the word 邮箱 and answers "方案中没有提到…邮箱…，
// 无法回答。" An e-mail address is read by its form, whatever word stands before it.
func TestRev69_NoticeEmail(t *testing.T) {
	plan := `关于印发《铜仁市碧江区2027年农村人居环境整治提升工作方案》的通知
碧府办发〔2026〕58号
各乡（镇、街道）人民政府（办事处），区直各部门：
现将《铜仁市碧江区2027年农村人居环境整治提升工作方案》印发给你们，请认真抓好落实。请各责任单位于每季度最后一个月的20日前将工作推进情况书面报送区农业农村局，同时发送电子版至bjqnyj@163.com。联系人：杨晓燕，联系电话：0856-5221376。
铜仁市碧江区人民政府办公室
2026年12月1日

铜仁市碧江区2027年农村人居环境整治提升工作方案
一、重点工作
（一）农村厕所革命。完成农村户用卫生厕所改造1200户。责任单位：区农业农村局（牵头）、区卫生健康局。
`
	as, _ := rev69Ask(t, plan, "2026-12-06", "进展材料发到哪个邮箱?")
	if a := as[0]; !strings.Contains(a.Text, "bjqnyj@163.com") {
		t.Errorf("the notice sends the progress to bjqnyj@163.com; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
	}
}

// TestRev69_TownshipsSaidShort: a county plan gives work to "各乡（镇、街道）" — the usual way of writing
// every township, town and subdistrict. A township's liaison asks "各乡镇要做什么?" and gets "方案中没有提到
// “乡镇”，无法回答。", though three items name them. ("各乡镇街道要做什么?" finds them as a topic, and
// "各乡（镇、街道）负责哪些任务?" as the unit.)
func TestRev69_TownshipsSaidShort(t *testing.T) {
	plan := `铜仁市碧江区2027年农村人居环境整治提升工作方案
一、重点工作
（一）农村厕所革命。完成农村户用卫生厕所改造1200户。责任单位：区农业农村局（牵头）、区卫生健康局、各乡（镇、街道）。
（二）生活垃圾治理。2027年11月底前实现行政村收运体系全覆盖。责任单位：区住房城乡建设局（牵头）、各乡（镇、街道）。
（三）村容村貌提升。每月至少组织一次集中清洁活动。责任单位：各乡（镇、街道）。
（四）生活污水治理。由区生态环境局牵头，区水务局配合，年内完成15个行政村生活污水治理。
`
	as, ix := rev69Ask(t, plan, "2026-12-06", "各乡镇要做什么?")
	a := as[0]
	for _, title := range []string{"农村厕所革命", "生活垃圾治理", "村容村貌提升"} {
		if !rev69Names(t, ix, a, title) {
			t.Errorf("各乡（镇、街道） are on %s; the answer (%s) leaves it out:\n%.400s", title, a.Outcome, a.Text)
		}
	}
}

// TestRev69_HouseholdToiletsSaidShort: 户厕 is what everyone in rural work calls 户用卫生厕所, and 多少户
// asks a count of households. "户厕改造要完成多少户?" and "今年要改造多少户厕所?" both ask the figure of
// (一), 1200户; dutybot answers "方案中没有提到“户厕改造”" and "…“户厕所”，无法回答。"
func TestRev69_HouseholdToiletsSaidShort(t *testing.T) {
	plan := `铜仁市碧江区2026年农村人居环境整治提升工作方案
一、重点工作
（一）农村厕所革命。完成农村户用卫生厕所改造1200户，6月30日前完成问题厕所排查整改。责任单位：区农业农村局（牵头）、区卫生健康局。
（二）生活垃圾治理。11月底前实现行政村收运体系全覆盖。责任单位：区住房城乡建设局（牵头）。
`
	for _, q := range []string{"户厕改造要完成多少户?", "今年要改造多少户厕所?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev69Ask(t, plan, "2026-12-06", q)
			if a := as[0]; !strings.Contains(a.Text, "1200户") {
				t.Errorf("(一) sets 改造1200户; the answer (intent %s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
			}
		})
	}
}
