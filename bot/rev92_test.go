package bot

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Review 92: questions liaisons and leaders type in chat, asked on the seeds and two plans of our own —
// a Hunan city's business-environment work plan with 责任单位：A（牵头），B、C notes, and a Zhejiang
// district's 分工 notice with （责任单位：…；完成时限：…） lines. Asked on 2026-12-08.

const rev92Zhuzhou = `株洲市人民政府办公室关于印发《株洲市2026年优化营商环境攻坚行动工作方案》的通知

株政办发〔2026〕11号

各县市区人民政府，市政府各局委办、各直属机构：
《株洲市2026年优化营商环境攻坚行动工作方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。

株洲市人民政府办公室
2026年3月16日

株洲市2026年优化营商环境攻坚行动工作方案

一、工作目标
到2026年底，全市新增经营主体5万户，政务服务事项“一网通办”率达到98%以上，营商环境评价进入全省前三。

二、主要任务
（一）提升政务服务效能
1．深化“高效办成一件事”改革，2026年6月底前推出第二批重点事项清单。责任单位：市政务服务中心（牵头），市发展改革委、市司法局。
2．推进工程建设项目审批提速，2026年9月底前实现社会投资简易低风险项目全流程审批不超过15个工作日。责任单位：市住房城乡建设局（牵头），市自然资源和规划局、市政务服务中心。
3．开展政务服务“好差评”情况通报，每季度通报一次。责任单位：市政务服务中心。
（二）优化市场准入和监管
4．推行经营主体登记“一照多址”改革，2026年12月底前完成全市推广。责任单位：市市场监管局（牵头），市政务服务中心。
5．开展涉企违规收费专项整治，2026年10月底前完成整治并通报结果。责任单位：市市场监管局（牵头），市发展改革委、市财政局。
6．建立企业信用修复“一站式”服务机制，2027年3月底前上线信用修复专窗。责任单位：市发展改革委（牵头），市市场监管局、市税务局。
（三）强化要素保障
7．开展“政银企”融资对接活动，每月至少举办1场。责任单位：市金融办（牵头），人民银行株洲市分行、市工业和信息化局。
8．落实标准地出让制度，新增工业用地“标准地”出让比例达到100%。责任单位：市自然资源和规划局（牵头），市发展改革委、市工业和信息化局。
9．清理拖欠企业账款，2026年11月底前完成存量清偿。责任单位：市工业和信息化局（牵头），市财政局、市国资委。

三、保障措施
各责任单位于每季度末月25日前将工作进展报送市优化营商环境办公室（设在市发展改革委）。
`

const rev92Yuhang = `杭州市余杭区人民政府办公室关于印发余杭区2026年城乡环境综合整治重点工作分工方案的通知

余政办〔2026〕9号

各镇人民政府、街道办事处，区政府各部门、各直属单位：
现将《余杭区2026年城乡环境综合整治重点工作分工方案》印发给你们，请结合实际认真抓好落实。

杭州市余杭区人民政府办公室
2026年2月28日

余杭区2026年城乡环境综合整治重点工作分工方案

一、城市有机更新
1．完成老旧小区综合改造提升30个，加装电梯100台。（责任单位：区住建局牵头，各镇街配合；完成时限：2026年12月底）
2．推进城中村改造，2026年6月底前完成5个城中村征迁清零。（责任单位：区住建局、区规划资源分局；完成时限：2026年6月底）
二、市容秩序整治
3．开展占道经营、违规户外广告专项整治，每月开展一次集中行动。（责任单位：区综合行政执法局；完成时限：长期坚持）
4．推进生活垃圾分类提质，城乡生活垃圾回收利用率达到65%。（责任单位：区综合行政执法局牵头，区商务局、各镇街配合；完成时限：2026年12月底）
三、生态环境治理
5．开展“污水零直排区”建设，完成20个生活小区创建。（责任单位：区林水局牵头，区住建局、区生态环境分局配合；完成时限：2026年10月底）
6．加强扬尘污染防治，每周开展建筑工地扬尘巡查。（责任单位：区住建局牵头，区生态环境分局配合；完成时限：长期坚持）
7．实施农村人居环境提升，2027年6月底前创建美丽乡村精品村10个。（责任单位：区农业农村局牵头，各镇街配合；完成时限：2027年6月底）
四、市场环境整治
8．开展食品安全校园周边专项整治，2026年9月底前完成。（责任单位：区市场监管局牵头，区教育局、区公安分局配合；完成时限：2026年9月底）
`

var rev92Shared sharedIndex

// rev92Index holds the seed plans and the two plans above, built once.
func rev92Index(t *testing.T) *retrieval.Index {
	t.Helper()
	return rev92Shared.get(t, "rev92", true, rev92Zhuzhou, rev92Yuhang)
}

// rev92Engine answers over rev92Index with no reminders store.
func rev92Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(rev92Index(t), Options{})
}

// rev92Ask asks qs in one conversation on 2026-12-08 and returns the last answer.
func rev92Ask(t *testing.T, e *Engine, qs ...string) Answer {
	t.Helper()
	var a Answer
	for _, s := range qs {
		var err error
		a, err = e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-08")(), Context: a.Context})
		if err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// rev92Has reports whether the answer's tasks include the task of city whose title contains title.
func rev92Has(t *testing.T, a Answer, city, title string) bool {
	t.Helper()
	return slices.Contains(a.Tasks, taskIn(t, rev92Index(t), city, title, strings.Contains))
}

// rev92Want checks that the answer holds every task of want and none of notWant ({city, title part}).
func rev92Want(t *testing.T, q string, a Answer, want, notWant [][2]string) {
	t.Helper()
	for _, w := range want {
		if !rev92Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
	for _, w := range notWant {
		if rev92Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want no %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
}

// rev92Line reports whether one line of text holds every part.
func rev92Line(text string, parts ...string) bool {
	for _, line := range strings.Split(text, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(line, p)
		}
		if all {
			return true
		}
	}
	return false
}

// The tasks the tests below name, {city, a part of the task's title}.
var (
	zz1 = [2]string{"株洲市", "深化“高效办成一件事”改革"} // 市政务服务中心 leads, 2026-06-30: overdue
	zz2 = [2]string{"株洲市", "推进工程建设项目审批提速"}  // 市住房城乡建设局 leads, 2026-09-30: overdue
	zz3 = [2]string{"株洲市", "好差评"}           // 市政务服务中心, every quarter (a 通报, not a progress report)
	zz4 = [2]string{"株洲市", "一照多址"}          // 市市场监管局 leads, 2026-12-31
	zz5 = [2]string{"株洲市", "涉企违规收费"}        // 市市场监管局 leads, 2026-10-31: overdue
	zz6 = [2]string{"株洲市", "信用修复"}          // 市发展改革委 leads, 市市场监管局、市税务局 take part, 2027-03-31
	zz7 = [2]string{"株洲市", "政银企"}           // 市金融办 leads, every month
	zzG = [2]string{"株洲市", "保障措施"}          // 各责任单位 report progress by the 25th of each quarter's last month
	yh1 = [2]string{"杭州市余杭区", "老旧小区"}       // 区住建局 leads, 各镇街 take part, 2026-12-31
	yh2 = [2]string{"杭州市余杭区", "城中村"}        // 区住建局、区规划资源分局, 2026-06-30: overdue
	yh4 = [2]string{"杭州市余杭区", "垃圾分类"}       // 区综合行政执法局 leads, 各镇街 take part, 2026-12-31
	yh5 = [2]string{"杭州市余杭区", "污水零直排区"}     // 区林水局 leads, 区住建局 takes part, 2026-10-31: overdue
	yh6 = [2]string{"杭州市余杭区", "扬尘"}         // 区住建局 leads, every week, 长期坚持
	yh7 = [2]string{"杭州市余杭区", "农村人居环境"}     // 区农业农村局 leads, 各镇街 take part, 2027-06-30
	yh8 = [2]string{"杭州市余杭区", "食品安全校园周边"}   // 区市场监管局 leads, 2026-09-30: overdue
)

// TestRev92_CityNameSwallowsShiOfUnit (sure): "株洲市场监管" is 株洲 + 市场监管 (as "株洲市场监管局" is read
// right), and 市监 is the everyday short form of 市场监管局. dutybot takes 株洲市 for the city and leaves
// "场监管" as a topic (listing (二)6, where the bureau only takes part, as if it led it) and "监" as nothing
// at all (all ten tasks of the plan). 市市场监管局 leads (二)4 and (二)5.
func TestRev92_CityNameSwallowsShiOfUnit(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"株洲市场监管牵头啥?", "株洲市监牵头哪些?"} {
		rev92Want(t, q, rev92Ask(t, e, q), [][2]string{zz4, zz5}, [][2]string{zz6, zz1})
	}
}

// TestRev92_CanJiaMeansParticipate (sure): 参加 is as common as 参与 in "X参加哪些任务?". dutybot takes 参加
// for a topic word and answers "株洲市税务局“参加”相关的、参与的任务 0 项" — the bureau takes part in (二)6
// ("株洲市税务局参与了几项?" is answered right).
func TestRev92_CanJiaMeansParticipate(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"株洲市税务局参加哪些任务?", "株洲市税务局参加了哪些任务?"} {
		rev92Want(t, q, rev92Ask(t, e, q), [][2]string{zz6}, [][2]string{zz4})
	}
}

// TestRev92_OnlyUnitFollowUpKeepsPlaceAndStatus (sure): after "余杭区逾期了哪些?" (2, 5, 8), "只看住建局的"
// narrows that list to 区住建局's share: 2 (lead) and 5 (takes part). dutybot drops both 余杭 and
// "overdue" and lists every 住建局 task of 温州市鹿城区, 株洲市 and 余杭 (eight, overdue or not, headed
// "住建局（即株洲市 市住房城乡建设局）任务 8 项").
func TestRev92_OnlyUnitFollowUpKeepsPlaceAndStatus(t *testing.T) {
	e := rev92Engine(t)
	q := "只看住建局的"
	a := rev92Ask(t, e, "余杭区逾期了哪些?", q)
	rev92Want(t, q, a, [][2]string{yh2, yh5}, [][2]string{yh1, yh6, zz2})
}

// TestRev92_DoneCountPerCity (sure): with done marks on 株洲 (二)5 and (三)9 and 余杭 8, "各市完成了多少任务?"
// asks how many each place has done: 株洲市 2, 杭州市余杭区 1, the others 0. dutybot ignores 完成 and
// counts every task of every plan ("任务共 177 项 … 株洲市：10 项"), although "每个城市完成了几项任务?" and
// "各地已完成的任务各有几项?" are answered right: "完成了多少任务" loses the 完成.
func TestRev92_DoneCountPerCity(t *testing.T) {
	ix := rev92Index(t)
	marks := marksOf(t, ix, "王强", time.Date(2026, 11, 28, 9, 0, 0, 0, plan.Shanghai),
		[3]string{"株洲市", "清理拖欠企业账款", "市工业和信息化局"},
		[3]string{"株洲市", "开展涉企违规收费专项整治", "市市场监管局"},
		[3]string{"杭州市余杭区", "开展食品安全校园周边专项整治", "区市场监管局"})
	e := NewEngine(ix, Options{Done: marks})
	q := "各市完成了多少任务?"
	a := rev92Ask(t, e, q)
	if !rev92Line(a.Text, "株洲市", "2") || !rev92Line(a.Text, "余杭区", "1") || rev92Line(a.Text, "株洲市", "10") {
		t.Errorf("%s: want 株洲市 2 and 杭州市余杭区 1 done; got %s/%s:\n%.600s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev92_OverdueListInDateOrder (debatable): an overdue list whose lines each open with the deadline
// is read top-down as oldest first. dutybot lists 余杭's three in plan order: 2026-06-30, 2026-10-31,
// 2026-09-30 — task 8 (09-30) comes after task 5 (10-31). Debatable: plan order is defensible, but
// then the date should not lead each line.
func TestRev92_OverdueListInDateOrder(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"余杭区逾期了哪些?", "余杭区 overdue tasks"} {
		a := rev92Ask(t, e, q)
		i8 := slices.Index(a.Tasks, taskIn(t, rev92Index(t), yh8[0], yh8[1], strings.Contains))
		i5 := slices.Index(a.Tasks, taskIn(t, rev92Index(t), yh5[0], yh5[1], strings.Contains))
		if i8 < 0 || i5 < 0 || i8 > i5 {
			t.Errorf("%s: want task 8 (2026-09-30) before task 5 (2026-10-31); got %v:\n%s", q, a.Tasks, a.Text)
		}
	}
}

// TestRev92_EnglishTownsAndStreets (likely): "the town and street offices" (or "towns and subdistricts")
// is how an English user says 各镇街 (镇人民政府、街道办事处). dutybot searches the words, quotes the
// notice's 主送 line and names no task; 各镇街 take part in 1, 4 and 7.
func TestRev92_EnglishTownsAndStreets(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"Which Yuhang tasks involve the town and street offices?", "What must Yuhang's towns and subdistricts do?"} {
		rev92Want(t, q, rev92Ask(t, e, q), [][2]string{yh1, yh4, yh7}, [][2]string{yh2})
	}
}

// TestRev92_StreetsAreInZhenJie (likely): 镇街 is 镇 and 街道; "余杭各街道负责哪些任务?" asks what the
// street offices must do, which is what 各镇街 must do (1, 4, 7). dutybot searches for “街道” and
// answers 0 ("余杭区各镇街要做哪些?" is answered right).
func TestRev92_StreetsAreInZhenJie(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"余杭各街道负责哪些任务?", "余杭区各乡镇要配合哪些工作?"} {
		rev92Want(t, q, rev92Ask(t, e, q), [][2]string{yh1, yh4, yh7}, [][2]string{yh2})
	}
}

// TestRev92_ReportRecipient (likely): "进展材料报给谁?" asks where progress goes; 保障措施 says "报送市优化营商
// 环境办公室（设在市发展改革委）". dutybot answers "方案中没有关于“材料报”的任务，无法说明由谁负责".
func TestRev92_ReportRecipient(t *testing.T) {
	e := rev92Engine(t)
	for _, q := range []string{"株洲进展材料报给谁?", "株洲的工作进展报送到哪个部门?"} {
		if a := rev92Ask(t, e, q); !strings.Contains(a.Text, "市优化营商环境办公室") {
			t.Errorf("%s: want 市优化营商环境办公室 named; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
		}
	}
}

// TestRev92_ProgressReportIsNotTongBao (likely): "株洲多久报一次进展?" asks how often units report their
// progress: 保障措施, every quarter's last month by the 25th. dutybot adds (一)3, the quarterly public
// 通报 of 政务服务“好差评” — a 通报 to the public is no progress report by the units.
func TestRev92_ProgressReportIsNotTongBao(t *testing.T) {
	e := rev92Engine(t)
	q := "株洲多久报一次进展?"
	rev92Want(t, q, rev92Ask(t, e, q), [][2]string{zzG}, [][2]string{zz3})
}

// TestRev92_FrequencyAndLeadAsked (likely): "政银企对接活动多久一次，谁牵头?" asks two things. dutybot
// answers the frequency (每月) and lists the three units in one bracket, never saying which leads:
// 市金融办 leads, 人民银行株洲市分行 and 市工业和信息化局 take part.
func TestRev92_FrequencyAndLeadAsked(t *testing.T) {
	e := rev92Engine(t)
	q := "株洲政银企对接活动多久一次，谁牵头?"
	a := rev92Ask(t, e, q)
	if !strings.Contains(a.Text, "每月") || !rev92Line(a.Text, "牵头", "市金融办") {
		t.Errorf("%s: want 每月 and 市金融办 named as lead; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev92_ByEndOfMonthIsUpTo (likely): "3月底前要完成哪些任务?" (asked in December: March 2027) asks
// for everything due by 2027-03-31, as "明年3月底前要完成哪些任务?" and "2026年11月底前" are read ("期限在
// … 及以前"). Without the year dutybot reads only March ("期限在 2027-03-01 — 2027-03-31") and drops (二)4,
// due 2026-12-31.
func TestRev92_ByEndOfMonthIsUpTo(t *testing.T) {
	t.Skip("rev 92: a month said without its year (3月底前) is read as the tasks due in that month, as the question sets' writers read it (round166 \"12月底前要完成的有哪些\" lists the 12月底 items, not the 6月底 ones; round188 \"9月底前要完成哪些\"; facets.go window), left open")
	e := rev92Engine(t)
	q := "株洲3月底前要完成哪些任务?"
	rev92Want(t, q, rev92Ask(t, e, q), [][2]string{zz4, zz6}, nil)
}

// TestRev92_EnglishDueDateOfNamedTask (sure): "When is Zhuzhou's one-stop credit repair window due?"
// names (二)6 (上线信用修复专窗, 2027-03-31). dutybot quotes the plan's goal line instead and answers
// "date: 2026-12-31 … 23 day(s) left" — a wrong date, stated as the answer.
func TestRev92_EnglishDueDateOfNamedTask(t *testing.T) {
	e := rev92Engine(t)
	q := "When is Zhuzhou's one-stop credit repair window due?"
	a := rev92Ask(t, e, q)
	if !strings.Contains(a.Text, "2027-03-31") || strings.Contains(a.Text, "2026-12-31") {
		t.Errorf("%s: want (二)6's 2027-03-31 and not the goal's date; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev92_CountWithDatesKeepsUndated (likely): "余杭区住建局有几项任务，分别是什么时候到期?" asks the count
// (4: 1, 2, 5 and 6) and each one's date. dutybot answers "设了完成期限的任务共 3 项" and leaves out 6 (扬尘
// 巡查, every week, 长期坚持), so the count is wrong; 6 should be there with "每周/长期".
func TestRev92_CountWithDatesKeepsUndated(t *testing.T) {
	e := rev92Engine(t)
	q := "余杭区住建局有几项任务，分别是什么时候到期?"
	a := rev92Ask(t, e, q)
	rev92Want(t, q, a, [][2]string{yh1, yh2, yh5, yh6}, nil)
	if !strings.Contains(a.Text, "4 项") {
		t.Errorf("%s: want the count 4 项; got:\n%s", q, a.Text)
	}
}

// TestRev92_SummaryCountsNoPlaceholderUnit (likely): "各责任单位" in 保障措施 means every unit of the plan, not
// a thirteenth unit. dutybot's summary says "涉及单位 13 个" and ranks "各责任单位(1)" among the units that
// lead most, while "株洲方案涉及几个单位?" answers 12.
func TestRev92_SummaryCountsNoPlaceholderUnit(t *testing.T) {
	e := rev92Engine(t)
	q := "株洲的任务完成情况怎么样?"
	a := rev92Ask(t, e, q)
	if strings.Contains(a.Text, "各责任单位(") || strings.Contains(a.Text, "涉及单位 13 个") {
		t.Errorf("%s: want 12 units and no 各责任单位 among the leads; got %s/%s:\n%.600s", q, a.Intent, a.Outcome, a.Text)
	}
}
