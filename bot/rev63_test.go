package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// Review 63: the question side, asked as a county's liaisons and leaders ask in chat, over plans
// written the way county governments publish them: an 优化营商环境 action plan with inline
// （牵头单位：…；配合单位：…） notes (安吉), a 民生实事 task table with a covering notice that sets the
// monthly report (昆山), and a 政府工作报告 division with 责任领导/牵头单位/责任单位/完成时限 lines (德清);
// and, for one test, 虹口's 2026 消防为民办实事 plan of the dev corpus. Every question is asked on
// 2026-12-06 (rev63Day); each test fails on f35d006.

const rev63Day = "2026-12-06"

const rev63Anji = `安吉县人民政府办公室关于印发安吉县2026年优化营商环境攻坚行动方案的通知
安政办发〔2026〕8号

各乡镇人民政府、街道办事处，县政府各部门、各直属单位：
《安吉县2026年优化营商环境攻坚行动方案》已经县政府第12次常务会议审议通过，现印发给你们，请认真贯彻执行。

安吉县人民政府办公室
2026年3月15日

安吉县2026年优化营商环境攻坚行动方案

为深入贯彻落实省委、省政府关于营商环境优化提升“一号改革工程”的决策部署，持续打造一流营商环境，结合我县实际，制定本方案。

一、工作目标
到2026年底，全县营商环境便利度持续提升，企业开办时间压缩至0.5个工作日以内，工程建设项目审批时间压缩至60个工作日以内，政务服务事项“一网通办”率达到95%以上。到2027年，力争进入全省营商环境评价第一方阵。

二、重点任务
（一）提升政务服务效能
1.深化“一件事”集成改革。2026年6月底前，推出企业开办、员工招聘、不动产登记等12个“高效办成一件事”场景。（牵头单位：县政务服务中心；配合单位：县市场监管局、县人力社保局、县自然资源规划局）
2.推进帮办代办服务。在各乡镇（街道）便民服务中心设立帮办代办窗口，2026年12月底前实现全覆盖。（责任单位：县政务服务中心、各乡镇人民政府）
3.优化企业开办服务。企业开办全流程压缩至0.5个工作日。（责任单位：县市场监管局）
（二）优化要素保障
4.强化用地保障。2026年9月底前，完成批而未供和闲置土地处置1200亩。（牵头单位：县自然资源规划局；配合单位：县发改局、县经信局）
5.加强融资服务。每季度组织一次银企对接活动，全年新增普惠小微贷款20亿元。（牵头单位：县金融工作中心；配合单位：人行安吉支行、县财政局）
6.降低用工成本。每月10日前，发布重点企业用工需求清单。（牵头单位：县人力社保局）
（三）强化法治保障
7.规范涉企行政检查。推行“综合查一次”，2027年1月底前建立涉企检查事项清单。（牵头单位：县司法局；配合单位：县市场监管局、县综合执法局、县应急管理局）
8.清理妨碍统一市场的政策措施。2026年11月底前完成存量政策清理。（牵头单位：县市场监管局；配合单位：县司法局、县发改局）
9.加强知识产权保护。健全知识产权快速维权机制。
（四）提升企业服务
10.建立“企业服务专员”制度。为规上企业配备服务专员，每半年开展一次走访全覆盖。（牵头单位：县经信局；配合单位：县发改局、县商务局）
11.开展政策兑现“直达快享”。2026年12月15日前，上线惠企政策兑现平台。（牵头单位：县发改局；配合单位：县财政局、县经信局、县大数据发展管理局）
12.畅通诉求渠道。依托12345政务服务便民热线，涉企诉求办结率达到98%以上。（责任单位：县信访局）

三、保障措施
（一）加强组织领导。成立县优化营商环境工作领导小组，由县长任组长，领导小组办公室设在县发改局，负责统筹协调。
（二）强化督查考核。县委县政府督查室每季度开展一次专项督查，年底前通报考核结果。
（三）加强宣传引导。各责任单位每月5日前向领导小组办公室报送上月工作进展。
`

const rev63Kunshan = `昆山市人民政府办公室关于印发2026年昆山市民生实事项目任务分解表的通知
昆政办发〔2026〕21号

各区镇人民政府，各街道办事处，市各委办局，各直属单位：
现将《2026年昆山市民生实事项目任务分解表》印发给你们，请各牵头单位会同配合单位，按照时间节点抓好落实，每月25日前将进展情况报市政府督查室。

昆山市人民政府办公室
2026年2月20日

2026年昆山市民生实事项目任务分解表

序号	项目名称	目标任务	牵头单位	配合单位	完成时限
1	新建改扩建中小学	新建改扩建中小学、幼儿园8所，新增学位6000个	市教育局	市发改委、市自然资源和规划局、市住建局	2026年8月底前
2	老旧小区改造	完成老旧小区改造30个，惠及居民1.2万户	市住建局	市财政局、各区镇	2026年11月底前
3	社区嵌入式养老	新建社区嵌入式养老服务机构10家	市民政局	市卫健委	2026年12月底前
4	城市公园绿地	新建口袋公园15个	市城管局	市住建局	2027年3月底前
5	就业援助	城镇新增就业2.5万人，帮扶就业困难人员就业1500人	市人社局	各区镇	2026年12月底前
6	食品安全快检	农贸市场食品安全快检室全覆盖，每月开展一次抽检	市市场监管局		持续推进
`

const rev63Deqing = `德清县人民政府关于印发2026年县政府工作报告重点工作任务分解方案的通知
德政发〔2026〕3号

各乡镇人民政府、街道办事处，县政府各部门、各直属单位：
现将《2026年县政府工作报告重点工作任务分解方案》印发给你们，请认真抓好落实。各牵头单位要于每季度末月25日前将工作进展情况报县政府办公室，全年工作完成情况于12月10日前报送。

德清县人民政府
2026年2月10日

2026年县政府工作报告重点工作任务分解方案

一、主要预期目标
全县地区生产总值增长6%左右，一般公共预算收入增长5%，城乡居民人均可支配收入分别增长5.5%和6.5%。
责任领导：王伟副县长
牵头单位：县发改局、县财政局、县统计局
完成时限：2026年12月底

二、重点工作任务
（一）全力以赴扩投资促消费
1.实施重大项目攻坚行动，全年完成有效投资260亿元，其中上半年完成130亿元。
责任领导：王伟副县长
牵头单位：县发改局
责任单位：县经信局、县住建局、县交通运输局，各乡镇（街道）
完成时限：2026年6月底前完成130亿元，12月底前完成全年目标
2.举办“德清好物”消费季活动，全年开展促消费活动50场以上。
责任领导：王伟副县长
牵头单位：县商务局
责任单位：县文广旅体局、县市场监管局
完成时限：2026年12月底
（二）加快建设现代化产业体系
3.新增规上工业企业80家，培育省级专精特新中小企业30家。
责任领导：李红副县长
牵头单位：县经信局
责任单位：县科技局、县市场监管局
完成时限：2026年12月底
4.推进地理信息产业园二期建设，2026年10月底前完成主体结顶。
责任领导：张强副县长
牵头单位：地理信息小镇管委会
责任单位：县自然资源规划局、县住建局
完成时限：2026年10月底
（三）持续增进民生福祉
5.新建城乡社区嵌入式养老服务中心5个，新增托育机构托位300个。
责任领导：陈静副县长
牵头单位：县民政局、县卫生健康局
责任单位：各乡镇（街道）
完成时限：2027年1月底
6.开展农村饮用水达标提标行动，每月对水质进行一次检测。
责任领导：王伟副县长
牵头单位：县水利局
责任单位：县卫生健康局、县生态环境分局
完成时限：常态化推进
7.推进城乡学校共同体建设，新增城乡教共体结对学校10对。
责任领导：陈静副县长
牵头单位：县教育局
完成时限：2026年9月1日前
`

// rev63Engine is an engine over the plans given (and the five seeds when withSeeds), reading done
// marks from marks (nil: none).
func rev63Engine(t *testing.T, withSeeds bool, marks duties.Marks, texts ...string) (*Engine, *retrieval.Index) {
	t.Helper()
	var docs []*plan.Document
	if withSeeds {
		ds, err := seeds.Load(plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	for i, text := range texts {
		docs = append(docs, parsed(t, "rev63-"+string(rune('a'+i))+".txt", text))
	}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return NewEngine(ix, Options{Done: marks}), ix
}

// rev63Task is the task of ix whose title holds w, with its document.
func rev63Task(t *testing.T, ix *retrieval.Index, w string) retrieval.TaskRef {
	t.Helper()
	for _, d := range ix.Docs() {
		for i := range d.Tasks {
			if strings.Contains(d.Tasks[i].Title, w) {
				return retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}
			}
		}
	}
	t.Fatalf("no task titled %q", w)
	return retrieval.TaskRef{}
}

// rev63Ask asks the questions of one conversation over 安吉, 昆山 and 德清 (and the seeds when
// withSeeds), on rev63Day.
func rev63Ask(t *testing.T, withSeeds bool, marks duties.Marks, qs ...string) ([]Answer, *retrieval.Index) {
	t.Helper()
	e, ix := rev63Engine(t, withSeeds, marks, rev63Anji, rev63Kunshan, rev63Deqing)
	return askOn(t, e, rev63Day, qs...), ix
}

// rev63Has reports whether the answer is about the task titled w (among its Tasks).
func rev63Has(ix *retrieval.Index, a Answer, w string) bool {
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok && strings.Contains(r.Task.Title, w) {
			return true
		}
	}
	return false
}

// TestRev63_GoalOfALaterYear: 安吉's 工作目标 sets two stages, as most plans' goals do ("到2026年底，
// …达到95%以上。到2027年，力争进入全省营商环境评价第一方阵。"; "到2025年…；到2035年，基本实现…"). A
// leader asks "安吉2027年的目标是什么?" and is shown the 2026 sentence only (on the CLI, with more plans
// loaded, prefixed "方案没有单独写明2027年的目标"); "方案的目标是什么?" also drops the 2027 stage.
// figureGoals keeps a goal sentence only when it holds a figure's unit (亿万家个名%), so a stage said
// in words — 第一方阵, 全省前列, 基本实现现代化, 基本建成 — is never a goal once another sentence has a
// figure. Both stages should be given, and the 2027 one when 2027 is asked.
func TestRev63_GoalOfALaterYear(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "安吉2027年的目标是什么?", "安吉营商环境方案的目标是什么?", "What are Anji's targets for 2027?")
	for _, a := range as {
		if !strings.Contains(a.Text, "第一方阵") {
			t.Errorf("the 2027 goal (力争进入全省营商环境评价第一方阵) is not given:\n%s", a.Text)
		}
		if strings.Contains(a.Text, "没有单独写明2027年") {
			t.Errorf("says the plan sets no goal for 2027:\n%s", a.Text)
		}
	}
}

// TestRev63_OrdinalWhoAfterList: a leader reads the overdue list (安吉: (一)1 深化“一件事”集成改革,
// (二)4 强化用地保障, (三)8 清理妨碍统一市场的政策措施) and asks about one line: "第二项的牵头单位是谁?",
// "第2条谁配合?". Both get "请说明是哪项任务，例如“综合保税区的责任单位是谁？”". The list's lines are
// kept in the context for exactly this (lineOf: "第二项具体要做什么?", "第一项的期限是什么时候?" work),
// but a who-question with an ordinal is not read as one. The second line is (二)4: led by
// 县自然资源规划局, with 县发改局 and 县经信局.
func TestRev63_OrdinalWhoAfterList(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"第二项的牵头单位是谁?", "县自然资源规划局"},
		{"第2条谁配合?", "县经信局"},
		{"第二项是哪个单位牵头的?", "县自然资源规划局"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			as, ix := rev63Ask(t, false, nil, "安吉有哪些任务逾期了?", tc.q)
			a := as[1]
			if !strings.Contains(a.Text, tc.want) || !rev63Has(ix, a, "强化用地保障") {
				t.Errorf("want line 2 of the list, (二)4 强化用地保障, with %s:\n%s", tc.want, a.Text)
			}
		})
	}
}

// TestRev63_WhoAfterList: after a unit's list or an overdue list, a liaison asks who else is on
// those tasks in the fewest words: "谁配合?", "这些任务分别是谁牵头的?". "协办单位有哪些"/"配合单位有哪些"
// are read as the listed tasks' parties (rePartiesOfThose), these are not:
//   - after 安吉县发改局's one lead task ((四)11, with 县财政局、县经信局、县大数据发展管理局), "谁配合?"
//     lists the three other tasks where 县发改局 itself 配合s — the question is turned around;
//   - after 德清县民政局's one task, "谁配合?" says "方案中没有关于“”的任务，无法说明由谁负责。", an
//     empty quote;
//   - after 安吉's overdue list, "这些任务分别是谁牵头的?" says "请说明是哪项任务".
//
// Each should answer with the tasks just listed and their units.
func TestRev63_WhoAfterList(t *testing.T) {
	for _, tc := range []struct {
		first, then, want, task string
	}{
		{"安吉县发改局牵头哪些任务?", "谁配合?", "县大数据发展管理局", "开展政策兑现"},
		{"德清县民政局负责什么?", "谁配合?", "各乡镇（街道）", "新建城乡社区嵌入式养老"},
		{"安吉有哪些任务逾期了?", "这些任务分别是谁牵头的?", "县自然资源规划局", "强化用地保障"},
	} {
		t.Run(tc.first+tc.then, func(t *testing.T) {
			as, ix := rev63Ask(t, false, nil, tc.first, tc.then)
			a := as[1]
			if !strings.Contains(a.Text, tc.want) || !rev63Has(ix, a, tc.task) || strings.Contains(a.Text, "“”") {
				t.Errorf("want the listed task (%s) with its units (%s):\n%s", tc.task, tc.want, a.Text)
			}
			if tc.then == "谁配合?" && rev63Has(ix, a, "强化用地保障") {
				t.Errorf("answered with the tasks the unit itself supports:\n%s", a.Text)
			}
		})
	}
}

// TestRev63_ReportDayInNotice: 昆山's covering notice sets the reporting rule for the whole table
// ("每月25日前将进展情况报市政府督查室"), as most 任务分解 notices do. A liaison asks "昆山进展情况每月几号前报?"
// and is told of 食品安全快检's "每月开展一次抽检" — another duty, with no day. The frequency answer reads
// the tasks and the safeguard measures, never the notice; it should quote 每月25日前.
func TestRev63_ReportDayInNotice(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "昆山进展情况每月几号前报?")
	if a := as[0]; !strings.Contains(a.Text, "25日") || strings.Contains(a.Text, "抽检") {
		t.Errorf("want the notice's 每月25日前 (to 市政府督查室), not 食品安全快检:\n%s", a.Text)
	}
}

// TestRev63_ReportToWhom: "进展报给谁?" is a liaison's daily question. 德清's notice says "各牵头单位要于
// 每季度末月25日前将工作进展情况报县政府办公室", 昆山's "每月25日前将进展情况报市政府督查室". "德清工作进展报给谁?"
// lists all nine of 德清's tasks; "昆山的进展报送给哪个部门?" says "方案中没有关于“报送”的任务，无法说明由谁
// 负责。". The office the plan names should be given.
func TestRev63_ReportToWhom(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "德清工作进展报给谁?", "昆山的进展报送给哪个部门?")
	if a := as[0]; !strings.Contains(a.Text, "县政府办公室") || len(a.Tasks) > 2 {
		t.Errorf("德清: want 县政府办公室, not the plan's task list (%d tasks):\n%s", len(a.Tasks), a.Text)
	}
	if a := as[1]; !strings.Contains(a.Text, "市政府督查室") {
		t.Errorf("昆山: want 市政府督查室:\n%s", a.Text)
	}
}

// TestRev63_LeaderInCharge: a 政府工作报告分工 gives each task a 责任领导 (分管领导, 牵头领导) beside its
// units; leaders ask by it. 德清's 王伟副县长 has four tasks (the targets, (一)1, (一)2, (三)6), 陈静 two,
// 李红 and 张强 one each. "德清哪位副县长分管的任务最多?" is answered with the units' ranking (县住建局 first),
// and "德清的任务分管领导都是谁?" with the task list and no leader at all: the 责任领导 line is read
// nowhere but in a text search for a leader's own name.
func TestRev63_LeaderInCharge(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "德清哪位副县长分管的任务最多?", "德清的任务分管领导都是谁?")
	if a := as[0]; !strings.Contains(a.Text, "王伟") {
		t.Errorf("the ranking is not of the leaders (王伟副县长, 4 tasks, first):\n%s", a.Text)
	}
	a := as[1]
	for _, w := range []string{"王伟", "李红", "张强", "陈静"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("leader %s not named:\n%s", w, a.Text)
		}
	}
}

// TestRev63_EnglishUnknownSubject: README says an English question's words the glossary does not
// know stay its topic, "so the answer says the plans do not say rather than listing everything".
// "How often does Anji hold bank-enterprise matchmaking events?" keeps only "enterprise" (企业) and
// answers with 安吉's monthly 用工需求清单 and half-yearly 企业服务专员 visits — frequencies of other
// work, given as the answer. Any English how-often question whose subject is half in the glossary
// does this. The answer should be 银企对接's 每季度 or that the plans do not say.
func TestRev63_EnglishUnknownSubject(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "How often does Anji hold bank-enterprise matchmaking events?")
	if a := as[0]; strings.Contains(a.Text, "用工需求清单") || strings.Contains(a.Text, "服务专员") {
		t.Errorf("answered with other work's frequency:\n%s", a.Text)
	}
}

// TestRev63_CountOfResponsibleUnits: "方案涉及多少个责任单位?" / "有多少个牵头单位?" ask how many units,
// and "安吉方案涉及几个部门?" is so answered ("共有 17 个单位有任务"). With the plans' own word 责任单位 or
// 牵头单位 the question is read as the plan's task count: "任务 13 项" and the task list. 昆山's table
// has six lead units (市教育局, 市住建局, 市民政局, 市城管局, 市人社局, 市市场监管局).
func TestRev63_CountOfResponsibleUnits(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "安吉方案涉及多少个责任单位?", "昆山民生实事方案有多少个牵头单位?")
	if a := as[0]; !strings.Contains(a.Text, "个单位") {
		t.Errorf("安吉: want how many units, not the tasks:\n%.300s", a.Text)
	}
	if a := as[1]; !strings.Contains(a.Text, "6 个") {
		t.Errorf("昆山: want 6 lead units:\n%.300s", a.Text)
	}
}

// TestRev63_RecentlyIsAWindow: "最近有什么要完成的?" is how a liaison asks what falls due soon. "最近" is
// taken as a topic: "安吉县发改局“最近”相关的任务 0 项。没有。" — while its (四)11 上线惠企政策兑现平台 is
// due 2026-12-15, nine days away. 最近 with a number (最近一周) is read; alone it is no topic word.
func TestRev63_RecentlyIsAWindow(t *testing.T) {
	as, ix := rev63Ask(t, false, nil, "安吉县发改局最近有什么要完成的?")
	if a := as[0]; strings.Contains(a.Text, "“最近”") || !rev63Has(ix, a, "开展政策兑现") {
		t.Errorf("want (四)11 (due 2026-12-15), not a topic 最近:\n%s", a.Text)
	}
}

// TestRev63_IsItDone: 昆山市住建局 marked 2 老旧小区改造 done (`remind done`, 李四). A leader asks
// "昆山老旧小区改造完成了吗?" and is shown the task's words ("老旧小区改造 完成老旧小区改造30个…") with no
// word of the mark. Done marks are read for overdue and due lists only; asked of one task, whether
// it is marked done (by whom, when) is the answer.
func TestRev63_IsItDone(t *testing.T) {
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	e, ix := rev63Engine(t, false, marks, rev63Anji, rev63Kunshan, rev63Deqing)
	r := rev63Task(t, ix, "老旧小区改造")
	marks.marks[duties.TaskUnit{Task: r.Task.ID, Unit: plan.UnitRef{City: r.Doc.City, Name: "市住建局"}}] =
		duties.DoneMark{By: "李四", At: fixedClock("2026-11-28")()}
	a := askOn(t, e, rev63Day, "昆山老旧小区改造完成了吗?")[0]
	if !strings.Contains(a.Text, "李四") || !strings.Contains(a.Text, "已标记完成") && !strings.Contains(a.Text, "标记完成") {
		t.Errorf("the done mark (李四, 2026-11-28) is not said:\n%s", a.Text)
	}
}

// TestRev63_DaysLeft: "还有几天到期?" asks for a count of days. "政策兑现平台还有几天到期?" on 2026-12-06
// quotes "2026年12月15日前，上线惠企政策兑现平台" and leaves the sum to the reader; the answer should say
// 9 天.
func TestRev63_DaysLeft(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "政策兑现平台还有几天到期?")
	if a := as[0]; !strings.Contains(a.Text, "9 天") && !strings.Contains(a.Text, "9天") {
		t.Errorf("want 还有 9 天 (to 2026-12-15):\n%s", a.Text)
	}
}

// TestRev63_NotYetDueHeader: "哪些任务还没到期?" / "未到期的任务有哪些?" head their answer "期限在
// 2026-12-06 — 2126-11-12 的任务 5 项" (English: "due 2026-12-06 — 2126-11-12"): an open window shown
// as a date a century away. It should say 未到期 (or from today on), with no made-up end.
func TestRev63_NotYetDueHeader(t *testing.T) {
	as, _ := rev63Ask(t, false, nil, "安吉哪些任务还没到期?", "安吉县发改局未到期的任务有哪些?", "Which of Anji's tasks are not yet due?")
	for _, a := range as {
		if strings.Contains(a.Text, "2126") {
			t.Errorf("a window's end a century away in the answer:\n%.200s", a.Text)
		}
	}
}

// TestRev63_CityIncludesItsCounties: 安吉县 and 德清县 are counties of 湖州市, and dutybot files them so
// ("湖州市安吉县"). "苏州有哪些方案?" lists 昆山's (苏州市昆山市), but "湖州有哪些方案?" says "湖州市共 1 份"
// and names the city's own 十百千 plan only, leaving out the two county plans loaded beside it: a
// city's counties count under it only while the city has no plan of its own.
func TestRev63_CityIncludesItsCounties(t *testing.T) {
	as, _ := rev63Ask(t, true, nil, "湖州有哪些方案?")
	a := as[0]
	for _, w := range []string{"安政办发〔2026〕8号", "德政发〔2026〕3号"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("the county plan %s is not listed under 湖州:\n%s", w, a.Text)
		}
	}
}

// TestRev63_PronounAfterTwoUnits: "德清县发改局负责什么?" → "它和县经信局一起负责的有哪些?" →
// "它牵头的任务有几项已经逾期?". The last 它 is 县发改局 (one unit; its (一)1 milestone, 上半年完成130亿元,
// was due 2026-06-30), but it is read as both units of the question before: "德清县发改局和县经信局共同
// 牵头的、已逾期的任务共 0 项。没有。". A singular 它 after a question about two units is the unit the
// conversation is about, not the pair.
func TestRev63_PronounAfterTwoUnits(t *testing.T) {
	as, ix := rev63Ask(t, false, nil, "德清县发改局负责什么?", "它和县经信局一起负责的有哪些?", "它牵头的任务有几项已经逾期?")
	if a := as[2]; strings.Contains(a.Text, "县经信局") || !rev63Has(ix, a, "实施重大项目攻坚行动") {
		t.Errorf("want 县发改局's overdue lead task (一)1, not the pair's:\n%s", a.Text)
	}
}

// rev63Hongkou is 虹口's 2026 消防为民办实事 plan (dev corpus): its 四、实施步骤 sets the year's work by
// quarter ("(三)第三季度：全面实施建设施工。(四)第四季度：完成项目施工和自查验收工作。").
var rev63Hongkou = []string{"dev/aj-sh-hongkou-2026-ebike-charging-fire-facility-plan.txt"}

// TestRev63_StageSchedule: a plan that sets its work by stage (实施步骤 / 时间安排 / 进度安排: 第一季度…
// 第四季度, 动员部署阶段（3月）…) is asked what a stage holds. "虹口这个项目第三季度要干什么?" says "期限在
// 2026-07-01 — 2026-09-30 的任务 0 项。没有。" and "什么时候完工?" lists a 职责分工 item: the stages are no
// tasks and the window answer never looks at the text. The answer should quote 第三季度's 全面实施建设施工
// and 第四季度's 完成项目施工和自查验收.
func TestRev63_StageSchedule(t *testing.T) {
	as, _ := rev60Ask(t, rev63Hongkou, "虹口这个项目第三季度要干什么?", "虹口的充电场所加装消防设施项目什么时候完工?")
	if a := as[0]; !strings.Contains(a.Text, "全面实施建设施工") {
		t.Errorf("第三季度: want 全面实施建设施工:\n%s", a.Text)
	}
	if a := as[1]; !strings.Contains(a.Text, "第四季度") {
		t.Errorf("完工: want 第四季度 完成项目施工和自查验收工作:\n%s", a.Text)
	}
}
