package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Review 82: questions a liaison or a leader asks about two plans just ingested beside the seeds —
// a Sichuan city's three-year consumption plan (德阳, items closed by "牵头单位：/配合单位：" lines of
// their own, a leading group in its 保障措施) and a Guangdong district's waste-sorting work plan
// (佛山市南海区, items closed by "（X牵头，Y配合）" or "（责任单位：…）", a 工作专班 meeting monthly). Asked
// on 2026-12-05; three shares are marked done (德阳 (二)4 by both its units, 德阳 (三)8 by its lead,
// 南海 (四) by its one unit). Every test here fails on the code it was written against unless its
// comment says it guards a neighbouring behaviour.

// rev82Deyang is written as Sichuan cities write such plans: the notice, then the plan with its goals,
// numbered items under (一)(二)(三) and each item's units on lines of their own.
const rev82Deyang = `德阳市人民政府办公室关于印发《德阳市促进消费扩容提质三年行动方案（2026—2028年）》的通知

德府办发〔2026〕9号

各县（市、区）人民政府，市级有关部门：
《德阳市促进消费扩容提质三年行动方案（2026—2028年）》已经市政府第42次常务会议审议通过，现印发给你们，请认真组织实施。

德阳市人民政府办公室
2026年2月26日

德阳市促进消费扩容提质三年行动方案（2026—2028年）

一、主要目标
到2028年，全市社会消费品零售总额突破1500亿元，年均增长6%以上；培育省级示范步行街2条、夜间经济集聚区5个。

二、重点任务
（一）培育消费新场景
1.打造特色商业街区。2026年12月底前完成旌阳区文庙广场片区改造提升，2027年底前建成省级示范步行街1条。
牵头单位：市商务局
配合单位：市住房城乡建设局、市自然资源和规划局、旌阳区人民政府
2.发展夜间经济。每季度组织一次夜间消费主题活动，2027年6月底前认定夜间经济集聚区3个。
牵头单位：市商务局
配合单位：市文化广电旅游局、市公安局、市城管执法局
3.促进文旅消费。2026年9月底前推出“三星堆+”文旅精品线路10条，全年接待游客增长8%。
牵头单位：市文化广电旅游局
配合单位：市商务局、市交通运输局
（二）提升消费供给质量
4.推进老字号守正创新。2026年10月底前认定“德阳老字号”20家。
牵头单位：市商务局
配合单位：市市场监管局
5.开展放心消费创建。每月15日前报送放心消费单位创建情况，2027年底前创建放心消费示范单位500家。
牵头单位：市市场监管局
配合单位：市商务局、市发展改革委
6.加强消费品质量抽检。每半年开展一次重点消费品质量抽检。
责任单位：市市场监管局
（三）完善消费支撑体系
7.完善县域商业体系。2026年11月底前实现乡镇商贸中心全覆盖，2028年底前建成县级物流配送中心6个。
牵头单位：市商务局、市发展改革委
配合单位：市财政局、市邮政管理局
8.落实消费促进资金。2026年6月底前出台消费券发放实施细则，统筹安排市级消费促进资金5000万元。
牵头单位：市财政局
配合单位：市商务局
9.开展消费统计监测。建立社会消费品零售总额月度监测制度。
三、保障措施
（一）加强组织领导。成立由市政府分管副市长任组长的德阳市促进消费工作领导小组，领导小组办公室设在市商务局，每半年召开一次领导小组会议，研究解决重大问题。
（二）强化督导考核。各牵头单位于每季度末月25日前将工作推进情况报送领导小组办公室。
`

// rev82Nanhai is written as Guangdong districts write work plans: items (一)…(七), each closed by a
// bracketed note of its units; 镇街 (the towns and sub-districts) share the first item.
const rev82Nanhai = `佛山市南海区人民政府办公室关于印发南海区推进城乡生活垃圾分类工作方案的通知

南府办〔2026〕31号

各镇人民政府、街道办事处，区政府各部门、直属各机构：
现将《南海区推进城乡生活垃圾分类工作方案》印发给你们，请认真贯彻执行。执行过程中遇到的问题，请径向区城管执法局反映。

佛山市南海区人民政府办公室
2026年5月8日

南海区推进城乡生活垃圾分类工作方案

一、工作目标
到2026年底，全区城市生活垃圾回收利用率达到38%以上；到2027年底，基本建成生活垃圾分类处理系统，农村生活垃圾分类覆盖率达到90%。

二、工作任务
（一）完善分类投放设施。2026年8月31日前，全区住宅小区完成分类投放点规范化改造。（责任单位：区城管执法局、区住建水利局，各镇人民政府、街道办事处）
（二）建设分类收运体系。2026年10月底前配齐分类运输车辆120辆，杜绝“混装混运”。（区城管执法局牵头，区交通运输局配合）
（三）推进厨余垃圾处理设施建设。2027年6月底前建成南海区厨余垃圾处理二期项目，日处理能力达到600吨。（区城管执法局牵头，区发展改革局、区自然资源局、佛山市生态环境局南海分局配合）
（四）开展公共机构示范创建。2026年7月底前，全区党政机关全面实行生活垃圾分类。（区机关事务管理局负责）
（五）加强宣传教育。每月开展一次垃圾分类主题宣传活动，将垃圾分类纳入中小学教育内容。（区委宣传部、区教育局按职责分工负责）
（六）强化执法检查。每周开展一次生活垃圾分类执法检查，对违规投放行为依法查处。（区城管执法局负责）
（七）开展考核评价。每季度对各镇（街道）垃圾分类工作开展一次考核，考核结果纳入年度绩效考核。（区城管执法局牵头，区委组织部配合）

三、组织保障
成立南海区生活垃圾分类工作领导小组，由区政府主要领导任组长，领导小组办公室设在区城管执法局。建立区生活垃圾分类工作专班，每月召开一次专班会议，通报工作进展。
`

var rev82Shared sharedIndex

// rev82Index holds the seed plans and the two plans above, built once.
func rev82Index(t *testing.T) *retrieval.Index {
	t.Helper()
	return rev82Shared.get(t, "rev82", true, rev82Deyang, rev82Nanhai)
}

// rev82Task is the id of the task of city's plan whose title starts with title.
func rev82Task(t *testing.T, city, title string) string {
	t.Helper()
	return taskIn(t, rev82Index(t), city, title, strings.HasPrefix)
}

// rev82Engine answers over rev82Index with the three done marks (李明, 2026-11-20).
func rev82Engine(t *testing.T) *Engine {
	t.Helper()
	ix := rev82Index(t)
	marks := marksOf(t, ix, "李明", time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai),
		[3]string{"德阳市", "推进老字号守正创新", "市商务局"},
		[3]string{"德阳市", "推进老字号守正创新", "市市场监管局"},
		[3]string{"德阳市", "落实消费促进资金", "市财政局"},
		[3]string{"佛山市南海区", "开展公共机构示范创建", "区机关事务管理局"})
	return NewEngine(ix, Options{Done: marks})
}

// rev82Has reports whether the answer's tasks include the task of city titled title.
func rev82Has(t *testing.T, a Answer, city, title string) bool {
	t.Helper()
	return slices.Contains(a.Tasks, rev82Task(t, city, title))
}

// TestRev82_TopicWhenIsNotPlanIssued: "消费券细则什么时候出台?" asks when the voucher rules are due —
// 德阳 (三)8 says "2026年6月底前出台消费券发放实施细则" (lead 市财政局). A careful reader answers that date
// and that task. The bot reads 什么时候出台 as a plan fact (reFacts' 什么时候出台) and lists the issue date
// of every loaded plan (菏泽 … 南海), naming no task. The second case guards the neighbour that works
// today (哪天前要出台 with the fuller name).
func TestRev82_TopicWhenIsNotPlanIssued(t *testing.T) {
	e := rev82Engine(t)
	for _, q := range []string{
		"消费券细则什么时候出台?",
		"消费券实施细则哪天前要出台?", // passes today: guards the neighbour
	} {
		a := askIn(t, e, q, Context{})
		if !rev82Has(t, a, "德阳市", "落实消费促进资金") || !strings.Contains(a.Text, "2026-06-30") || strings.Contains(a.Text, "菏泽市") {
			t.Errorf("%s: want 德阳 (三)8 and its deadline 2026-06-30, no other plan's issue date; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
		}
	}
}

// TestRev82_TotalAndLeadCount: "德阳市商务局一共有几项任务，其中几项牵头?" asks two numbers: all its tasks
// (7: 4 led, 3 taken part in) and of them the led ones (4). The bot reads only the 牵头 and answers
// "牵头的任务共 4 项": the total asked first is lost.
func TestRev82_TotalAndLeadCount(t *testing.T) {
	e := rev82Engine(t)
	q := "德阳市商务局一共有几项任务，其中几项牵头?"
	a := askIn(t, e, q, Context{})
	if !strings.Contains(a.Text, "7 项") || !regexp.MustCompile(`牵头[^0-9]{0,8}4`).MatchString(a.Text) {
		t.Errorf("%s: want the total 7 and the 4 led; got:\n%s", q, a.Text)
	}
}

// TestRev82_English: plain English questions a liaison asks about the two plans. Each has an answer
// in the plans — 南海 (六) 每周 law enforcement checks; 南海 (三) food waste (厨余垃圾) plant, led by
// 区城管执法局; 德阳's count per department of the tasks led (市商务局 4); 德阳's goal to 2028 (社会消费品零售
// 总额 1500亿元); 德阳's consumption promotion fund (5000万元, (三)8). Today the first two and the last
// two get "the plans do not say" (their words left as topic: "督查 law enforcement", "food treatment",
// "aim", "经费"), and the count per department is read as a count per city ("德阳市: 9").
func TestRev82_English(t *testing.T) {
	e := rev82Engine(t)
	for _, c := range []struct {
		q, city, task string // task: a title the answer must name ("" for none)
		want          string // a regexp the text must match
	}{
		{"How often does Nanhai hold waste sorting law enforcement inspections?", "佛山市南海区", "强化执法检查", `每周|(?i)weekly`},
		{"Who is responsible for food waste treatment in Nanhai?", "佛山市南海区", "推进厨余垃圾处理设施建设", `区城管执法局`},
		{"How many tasks does each Deyang department lead?", "", "", `市商务局\D{0,6}4`},
		{"What does the Deyang plan aim for by 2028?", "", "", `1500亿元`},
		{"How much money does Deyang set aside for consumption promotion?", "德阳市", "落实消费促进资金", `5000万元`},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if a.Outcome != OutcomeAnswered || !regexp.MustCompile(c.want).MatchString(a.Text) || (c.task != "" && !rev82Has(t, a, c.city, c.task)) {
				t.Errorf("want %s and %q; got %s/%s %v:\n%s", c.want, c.task, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}

// TestRev82_LocalUnitNames: units asked by the names people use for them in that place. 南海's
// ecology office is 佛山市生态环境局南海分局 ("南海区生态环境局" to everyone in the district); its housing
// bureau is 区住建水利局 (住房城乡建设和水利局, "住建局" for short); 镇街 is Guangdong's word for the towns
// and sub-districts (各镇人民政府、街道办事处); 德阳's 旌阳区人民政府 is one of 德阳's 各县区政府. A careful
// reader lists their tasks; the bot says none is found (or "方案中没有提到“镇街”"), the last citing
// other cities' 各区县政府 instead. (The plan reads 南海 (一)'s "各镇人民政府、街道办事处" as one unit; the
// rule reading 各乡镇/街道/区县政府 said short as the plan's group does not reach it by 镇街.)
func TestRev82_LocalUnitNames(t *testing.T) {
	e := rev82Engine(t)
	for _, c := range []struct{ q, city, task string }{
		{"南海区生态环境局配合什么?", "佛山市南海区", "推进厨余垃圾处理设施建设"},
		{"南海区住建局负责什么?", "佛山市南海区", "完善分类投放设施"},
		{"南海区各镇街要做什么?", "佛山市南海区", "完善分类投放设施"},
		{"德阳各县区政府要做什么?", "德阳市", "打造特色商业街区"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if a.Outcome != OutcomeAnswered || !rev82Has(t, a, c.city, c.task) || strings.Contains(a.Text, "没有找到") {
				t.Errorf("want %s's %s as the unit's task; got %s/%s %v:\n%s", c.city, c.task, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}

// TestRev82_FollowUpCityNamesItsUnit: "南海区交通运输局有几项任务?" then "德阳的呢?" — the same kind of
// bureau in 德阳, whose name there is 市交通运输局 (it takes part in (一)3). The bot finds the right task
// but its header says "德阳市 区交通运输局任务共 1 项": a district's bureau 德阳's plan never names.
func TestRev82_FollowUpCityNamesItsUnit(t *testing.T) {
	e := rev82Engine(t)
	a := askChain(t, e, "南海区交通运输局有几项任务?", "德阳的呢?")
	if !rev82Has(t, a, "德阳市", "促进文旅消费") || !strings.Contains(a.Text, "市交通运输局") || strings.Contains(a.Text, "区交通运输局") {
		t.Errorf("want 德阳's 市交通运输局 and (一)3, no 区交通运输局 in 德阳; got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestRev82_HowIsItGoingShowsDoneMarks: a leader asks "德阳市商务局的任务完成得怎么样?" — how its work
// stands. 李明 marked (二)4 老字号 done on 2026-11-20; (一)3 and (三)7 are past their deadlines and
// not marked. The bot lists the 7 tasks as "负责哪些任务" would, saying nothing of what is done or
// overdue; "德阳市财政局的任务都完成了吗?" (the second case, which passes today) shows each task's mark.
func TestRev82_HowIsItGoingShowsDoneMarks(t *testing.T) {
	e := rev82Engine(t)
	for _, q := range []string{
		"德阳市商务局的任务完成得怎么样?",
		"德阳市财政局的任务都完成了吗?", // passes today: guards the neighbour
	} {
		a := askIn(t, e, q, Context{})
		if !strings.Contains(a.Text, "李明") || !strings.Contains(a.Text, "标记完成") {
			t.Errorf("%s: want the done mark (李明, 2026-11-20) shown; got:\n%s", q, a.Text)
		}
	}
}

// TestRev82_HowManyOfAThingIsAFigure: "要推出多少条", "要建几条" ask the plan's figure (10条 lines by
// 2026年9月底; 1条 by 2027年底, 2条 in the goals), not how many tasks mention it. The bot reads a count
// of tasks and answers "相关的任务共 1 项", which a reader takes for the number asked.
func TestRev82_HowManyOfAThingIsAFigure(t *testing.T) {
	e := rev82Engine(t)
	for _, c := range []struct{ q, want string }{
		{"德阳文旅精品线路要推出多少条?", `线路10条`},
		{"德阳省级示范步行街要建几条?", `步行街[12]条`},
	} {
		a := askIn(t, e, c.q, Context{})
		if a.Intent != KindFigure || !regexp.MustCompile(c.want).MatchString(a.Text) || strings.Contains(a.Text, "任务共") {
			t.Errorf("%s: want the figure %s quoted, no count of tasks; got %s:\n%s", c.q, c.want, a.Intent, a.Text)
		}
	}
}

// TestRev82_WhoMarkedItDone: asked who marked a task done and when, the answer says it — 李明, on
// 2026-11-20 — as an overdue list does for the tasks it leaves out. "老字号那项谁标的完成，什么时候?"
// gets the four tasks on 老字号 in three cities with no mark at all; "推进老字号守正创新是谁标记完成的?"
// finds the one task "已标记完成" but leaves out who marked it and when, the two things asked.
func TestRev82_WhoMarkedItDone(t *testing.T) {
	e := rev82Engine(t)
	for _, q := range []string{
		"老字号那项谁标的完成，什么时候?",
		"推进老字号守正创新是谁标记完成的?",
	} {
		a := askIn(t, e, q, Context{})
		if !rev82Has(t, a, "德阳市", "推进老字号守正创新") || !strings.Contains(a.Text, "李明") || !strings.Contains(a.Text, "2026-11-20") {
			t.Errorf("%s: want 德阳 (二)4 with who marked it done (李明) and when (2026-11-20); got %v:\n%s", q, a.Tasks, a.Text)
		}
	}
}

// TestRev82_LeadAndPartnersBoth: "德阳哪些任务既有牵头又有配合单位?" asks for the tasks that name a lead
// and a participating unit: (一)1–3, (二)4–5, (三)7–8. Not (二)6 (市市场监管局 alone) nor (三)9 (no unit).
// The bot finds no status in the words and lists all 9 tasks of the plan.
func TestRev82_LeadAndPartnersBoth(t *testing.T) {
	e := rev82Engine(t)
	q := "德阳哪些任务既有牵头又有配合单位?"
	a := askIn(t, e, q, Context{})
	if len(a.Tasks) != 7 || rev82Has(t, a, "德阳市", "加强消费品质量抽检") || rev82Has(t, a, "德阳市", "开展消费统计监测") {
		t.Errorf("%s: want the 7 tasks with both a lead and a participating unit, not (二)6 or (三)9; got %v:\n%s", q, a.Tasks, a.Text)
	}
}

// TestRev82_TasksOfOneNamingAnother: "德阳市商务局的任务里哪些有市财政局参与?" — of 市商务局's tasks (in any
// role), those 市财政局 takes part in: (三)7 完善县域商业体系 (商务局 leads, 财政局 配合). ((三)8 is 财政局's
// lead, not its 参与.) The rule "A的任务里…B narrows A's tasks to those naming B" reads 参与 as the role of
// both and asks for tasks both take part in: "共同参与的任务 0 项。没有。"
func TestRev82_TasksOfOneNamingAnother(t *testing.T) {
	e := rev82Engine(t)
	q := "德阳市商务局的任务里哪些有市财政局参与?"
	a := askIn(t, e, q, Context{})
	if !rev82Has(t, a, "德阳市", "完善县域商业体系") || strings.Contains(a.Text, "没有。") {
		t.Errorf("%s: want (三)7, which 市商务局 leads and 市财政局 takes part in; got %v:\n%s", q, a.Tasks, a.Text)
	}
}

// TestRev82_Colloquial: chat words a liaison types. "摊上的活多么?" asks whether 市商务局's load is heavy —
// its 7 tasks (4 led); "还有哪些工作没人负责?" asks for the tasks with no unit — (三)9 开展消费统计监测.
// The bot keeps "摊上" and "没人" as topic words no task writes and answers "0 项。没有。".
func TestRev82_Colloquial(t *testing.T) {
	e := rev82Engine(t)
	for _, c := range []struct{ q, task, want string }{
		{"德阳市商务局摊上的活多么?", "打造特色商业街区", "7 项"},
		{"德阳还有哪些工作没人负责?", "开展消费统计监测", "开展消费统计监测"},
	} {
		a := askIn(t, e, c.q, Context{})
		if !rev82Has(t, a, "德阳市", c.task) || !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: want %q and the task %s; got %s/%s %v:\n%s", c.q, c.want, c.task, a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
}
