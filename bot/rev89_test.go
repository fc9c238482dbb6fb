package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/retrieval"
)

// Review 89: questions a liaison, a leader or a busy chat user asks about plans in the bot — the
// seeds and two plans of their own (a Sichuan city's consumption plan with （牵头单位：…；配合单位：…）
// notes and a Jiangsu district's task list with 责任单位/完成时间 lines). Asked on 2026-12-07. Every test
// here fails on the code it was written against.

const rev89Yibin = `宜宾市人民政府办公室关于印发《宜宾市促进消费扩容提质三年行动方案（2026—2028年）》的通知

宜府办发〔2026〕7号

各区县人民政府，市政府各部门：
《宜宾市促进消费扩容提质三年行动方案（2026—2028年）》已经市政府同意，现印发给你们，请认真组织实施。

宜宾市人民政府办公室
2026年2月20日

宜宾市促进消费扩容提质三年行动方案（2026—2028年）

一、总体目标
到2028年，全市社会消费品零售总额突破2000亿元。

二、重点任务
（一）培育消费新场景
1．打造三江口城市消费核心区，2026年10月底前完成核心区街区改造提升方案。（牵头单位：市商务局；配合单位：市住房城乡建设局、市自然资源规划局、翠屏区人民政府）
2．发展夜间经济，2026年12月底前认定市级夜间经济集聚区5个。（牵头单位：市商务局；配合单位：市文化广电旅游局、市公安局）
3．开展“宜宾好物”促消费活动，每季度至少举办1场主题促消费活动。（牵头单位：市商务局；配合单位：市财政局、市市场监管局）
（二）扩大汽车和家居消费
4．落实汽车以旧换新补贴政策，2027年3月底前完成年度补贴资金清算。（牵头单位：市财政局；配合单位：市商务局、市公安局）
5．推进充电基础设施建设，2027年6月底前新建公共充电桩3000个。（牵头单位：市发展改革委；配合单位：市住房城乡建设局、国网宜宾供电公司）
（三）提升消费服务质量
6．开展放心消费创建，2026年11月底前创建放心消费示范单位200家。（牵头单位：市市场监管局；配合单位：市商务局）
7．健全消费纠纷多元化解机制，2027年1月底前建成12315消费维权服务站100个。（牵头单位：市市场监管局；配合单位：市司法局）
8．加强消费统计监测，每月10日前报送重点商贸企业运行数据。（牵头单位：市统计局；配合单位：市商务局）

三、保障措施
市财政局每年统筹安排促消费专项资金不低于5000万元。各牵头单位于每年12月15日前将年度工作总结报送市商务局。
`

const rev89Wujin = `常州市武进区2026年深化“放管服”改革重点任务清单

一、审批服务
1．推行工程建设项目“拿地即开工”。
责任单位：区行政审批局、区自然资源局
完成时间：2026年8月底

2．推进电子证照在政务服务场景中的应用，电子证照调用量较上年增长30%。
责任单位：区行政审批局、区数据局
完成时间：2026年12月底

二、监管执法
3．开展跨部门综合监管，每半年开展一次联合检查。
责任单位：区市场监管局、区应急管理局
完成时间：长期

4．规范涉企行政检查，建立行政检查事项清单。
责任单位：区司法局
完成时间：2027年2月底

三、惠企服务
5．落实惠企政策“免申即享”，兑现资金不少于2亿元。
责任单位：区财政局、区工信局
完成时间：2026年11月底

6．召开年度营商环境评价问题整改推进会。
责任单位：区发展改革局
完成时间：2026年12月3日
`

var rev89Shared sharedIndex

// rev89Index holds the seed plans and the two plans above, built once.
func rev89Index(t *testing.T) *retrieval.Index {
	t.Helper()
	return rev89Shared.get(t, "rev89", true, rev89Yibin, rev89Wujin)
}

// rev89Engine answers over rev89Index with no reminders store.
func rev89Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(rev89Index(t), Options{})
}

// rev89Ask asks qs in one conversation on 2026-12-07 and returns the last answer.
func rev89Ask(t *testing.T, e *Engine, qs ...string) Answer {
	t.Helper()
	var a Answer
	for _, s := range qs {
		var err error
		a, err = e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-07")(), Context: a.Context})
		if err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// rev89Has reports whether the answer's tasks include the task of city whose title contains title.
func rev89Has(t *testing.T, a Answer, city, title string) bool {
	t.Helper()
	return slices.Contains(a.Tasks, taskIn(t, rev89Index(t), city, title, strings.Contains))
}

// rev89Want checks that the answer holds every task of want and none of notWant ({city, title part}).
func rev89Want(t *testing.T, q string, a Answer, want, notWant [][2]string) {
	t.Helper()
	for _, w := range want {
		if !rev89Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
	for _, w := range notWant {
		if rev89Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want no %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
}

// rev89Line reports whether one line of text holds every part.
func rev89Line(text string, parts ...string) bool {
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
	yb1 = [2]string{"宜宾市", "打造三江口城市消费核心区"}    // 市商务局 leads, 2026-10-31: overdue
	yb2 = [2]string{"宜宾市", "发展夜间经济"}          // 市商务局 leads, 2026-12-31: upcoming
	yb3 = [2]string{"宜宾市", "宜宾好物"}            // 市商务局 leads, every quarter
	yb4 = [2]string{"宜宾市", "落实汽车以旧换新补贴政策"}    // 市商务局 takes part, 2027-03-31
	yb6 = [2]string{"宜宾市", "开展放心消费创建"}        // 市商务局 takes part, 2026-11-30: overdue
	yb8 = [2]string{"宜宾市", "加强消费统计监测"}        // 市商务局 takes part, every month by the 10th
	wj1 = [2]string{"常州市武进区", "拿地即开工"}        // 区行政审批局, 2026-08-31: overdue
	wj2 = [2]string{"常州市武进区", "推进电子证照"}       // 区行政审批局, 2026-12-31
	wj4 = [2]string{"常州市武进区", "规范涉企行政检查"}     // 区司法局, 2027-02-28
	wj5 = [2]string{"常州市武进区", "落实惠企政策"}       // 区财政局, 2026-11-30: overdue
	wj6 = [2]string{"常州市武进区", "召开年度营商环境评价问题"} // 区发展改革局, 2026-12-03: overdue
)

// TestRev89_ThisQuarterIsNoTopic (sure): "这季度宜宾市商务局要交什么?" is the liaison's commonest quarterly
// question (这季度 = 本季度, 2026-10-01—12-31). dutybot takes 季度 for a topic word and answers the one
// task whose text says 每季度 ("“季度”相关的任务 1 项"); (一)2 夜间经济, due 2026-12-31, is missing.
func TestRev89_ThisQuarterIsNoTopic(t *testing.T) {
	e := rev89Engine(t)
	for _, q := range []string{"这季度宜宾市商务局要交什么?", "宜宾市商务局这季度要交啥?"} {
		rev89Want(t, q, rev89Ask(t, e, q), [][2]string{yb2, yb3}, [][2]string{yb4})
	}
}

// TestRev89_OverdueAndUpcoming (sure): "逾期的和快到期的" asks for two lists at once, the way a leader
// checks a bureau. dutybot answers "已逾期的任务 0 项。没有。" although the same bureau alone ("逾期了
// 哪些任务?") has two overdue, (一)1 and (三)6, and (一)2 is due this month. Both halves belong in the answer.
func TestRev89_OverdueAndUpcoming(t *testing.T) {
	e := rev89Engine(t)
	for _, q := range []string{
		"宜宾市商务局逾期的和快到期的任务",
		"宜宾市商务局有哪些任务已逾期，哪些还没到期?",
		"What is overdue and what is coming up for the Yibin commerce bureau?",
	} {
		rev89Want(t, q, rev89Ask(t, e, q), [][2]string{yb1, yb6, yb2}, nil)
	}
}

// TestRev89_EnglishOnlyOverdueFollowUp (sure): after "Yibin commerce bureau tasks" (6 tasks), "only the
// overdue ones?" narrows that list, as "只看逾期的" does in Chinese (answered right). In English dutybot
// drops the bureau and the city and answers "0 tasks are overdue. None." — (一)1 and (三)6 are overdue.
func TestRev89_EnglishOnlyOverdueFollowUp(t *testing.T) {
	e := rev89Engine(t)
	a := rev89Ask(t, e, "Yibin commerce bureau tasks", "only the overdue ones?")
	rev89Want(t, "only the overdue ones?", a, [][2]string{yb1, yb6}, [][2]string{yb2, yb3})
}

// TestRev89_EnglishWhatAboutKeepsOverdue (sure): "Yibin overdue tasks" then "what about Wujin?" asks for
// Wujin's overdue tasks (1, 5 and 6); dutybot forgets "overdue" and lists all six of Wujin's tasks. The
// Chinese "那市场监管局呢?" after an overdue list keeps the status.
func TestRev89_EnglishWhatAboutKeepsOverdue(t *testing.T) {
	e := rev89Engine(t)
	a := rev89Ask(t, e, "Yibin overdue tasks", "what about Wujin?")
	rev89Want(t, "what about Wujin?", a, [][2]string{wj1, wj5, wj6}, [][2]string{wj2, wj4})
}

// TestRev89_ApprovalBureauOverdue (sure): "approval bureau" is how a user says 行政审批局 in English (the
// full "administrative approval bureau" is known). Asked with "overdue", dutybot drops the unit and
// answers "0 tasks are overdue for 常州市武进区. None." — Wujin has two overdue tasks and 区行政审批局's
// task 1 (2026-08-31) is one of them.
func TestRev89_ApprovalBureauOverdue(t *testing.T) {
	e := rev89Engine(t)
	for _, q := range []string{"Is anything overdue for Wujin's approval bureau?", "Wujin approval bureau overdue tasks"} {
		rev89Want(t, q, rev89Ask(t, e, q), [][2]string{wj1}, [][2]string{wj5})
	}
}

// TestRev89_OverdueCountPerLeadUnit (sure): "宜宾各牵头单位逾期任务数" asks for a count per lead unit of
// the overdue tasks: 市商务局 1 ((一)1), 市市场监管局 1 ((三)6). dutybot answers "各牵头单位已逾期的任务共
// 0 项。没有。" — it reads 各牵头单位 as a unit's name. "宜宾各单位逾期任务数" is answered right.
func TestRev89_OverdueCountPerLeadUnit(t *testing.T) {
	e := rev89Engine(t)
	q := "宜宾各牵头单位逾期任务数"
	a := rev89Ask(t, e, q)
	if !rev89Line(a.Text, "市商务局", "1") || !rev89Line(a.Text, "市市场监管局", "1") {
		t.Errorf("%s: want 市商务局 1 and 市市场监管局 1 on their lines; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev89_TwoCountsAsked (likely): "牵头几项，已逾期几项?" asks two numbers. dutybot answers only the
// second ("牵头的、已逾期的任务共 1 项"), so a leader never learns that 宜宾市商务局 leads 3 tasks, or that
// 湖州's 发改委 leads 8 ("有几项?其中几项逾期?" gets "牵头的、已逾期的任务共 0 项").
func TestRev89_TwoCountsAsked(t *testing.T) {
	e := rev89Engine(t)
	for _, c := range []struct{ q, total string }{
		{"宜宾市商务局牵头几项，已逾期几项?", "3 项"},
		{"湖州市发改委牵头的任务有几项?其中几项逾期?", "8 项"},
	} {
		if a := rev89Ask(t, e, c.q); !strings.Contains(a.Text, c.total) {
			t.Errorf("%s: want the total %s beside the overdue count; got:\n%s", c.q, c.total, a.Text)
		}
	}
}

// TestRev89_NoPlaceInsideAWord (sure): "宜宾市商务局负责的夜间经济任务进展如何?" — dutybot reads the 进 of 进展
// as a slip for 武进 and opens "（您是否指“武进”？以下按常州市武进区回答。）", then titles the answer
// "常州市武进区、宜宾市的商务部门". The user named 宜宾 only; no correction, no 武进.
func TestRev89_NoPlaceInsideAWord(t *testing.T) {
	e := rev89Engine(t)
	q := "宜宾市商务局负责的夜间经济任务进展如何?"
	a := rev89Ask(t, e, q)
	if strings.Contains(a.Text, "武进") {
		t.Errorf("%s: 武进 was never asked about; got:\n%s", q, a.Text)
	}
	rev89Want(t, q, a, [][2]string{yb2}, nil)
}

// TestRev89_MonthWithWhatToSend (likely): "12月要报什么材料?" asks what falls in December; 材料 is what
// any report is, not a topic. dutybot searches for “材料” and answers 0; "15号前要报什么材料?" is read
// right. December holds (一)2 (2026-12-31), (一)3 (quarterly) and (三)8 (monthly, 12-10).
func TestRev89_MonthWithWhatToSend(t *testing.T) {
	e := rev89Engine(t)
	q := "宜宾市商务局12月要报什么材料?"
	rev89Want(t, q, rev89Ask(t, e, q), [][2]string{yb2, yb8}, [][2]string{yb4})
}

// TestRev89_DueInThisPeriodWholePeriod (likely): "本月到期的" is by the README's convention the tasks
// with a dated deadline in that month; dutybot starts the window today (2026-12-07) and drops Wujin's
// task 6 (2026-12-03), which "Wujin tasks due in December" lists. Same for the quarter ("这个季度到期",
// which drops (一)1 10-31 and (三)6 11-30 although "四季度要完成什么" lists them) and the year ("今年到期",
// read as 12-07—12-31 where "2026年到期" means the whole year).
func TestRev89_DueInThisPeriodWholePeriod(t *testing.T) {
	e := rev89Engine(t)
	for _, c := range []struct {
		q             string
		want, notWant [][2]string
	}{
		{"武进区本月到期的任务", [][2]string{wj6, wj2}, [][2]string{wj4}},
		{"宜宾商务局这个季度有哪些任务到期?", [][2]string{yb1, yb6, yb2}, [][2]string{yb4}},
		{"宜宾商务局今年到期的任务", [][2]string{yb1, yb6, yb2}, [][2]string{yb4}},
	} {
		rev89Want(t, c.q, rev89Ask(t, e, c.q), c.want, c.notWant)
	}
}

// TestRev89_SheLingAbbreviation (likely): 社零 is every official's short form of 社会消费品零售总额.
// "宜宾社会消费品零售总额目标是多少?" quotes 2000亿元, but "宜宾的社零目标是多少?" gets "方案中没有提到“社零”", and
// "方案中社零总额" searches for “中社零总额”.
func TestRev89_SheLingAbbreviation(t *testing.T) {
	e := rev89Engine(t)
	for _, q := range []string{"宜宾的社零目标是多少?", "宜宾方案中社零总额目标是多少?"} {
		if a := rev89Ask(t, e, q); !strings.Contains(a.Text, "2000亿元") {
			t.Errorf("%s: want 2000亿元 quoted; got %s:\n%s", q, a.Outcome, a.Text)
		}
	}
}

// TestRev89_DRCAbbreviation (likely): DRC (Development and Reform Commission) is the usual English short
// name of 发改委, as NDRC is of the national one. "What does the Huzhou DRC lead?" gets "湖州市 about
// “DRC”: 0 task(s). None." — 湖州市发展改革委 leads 8 tasks.
func TestRev89_DRCAbbreviation(t *testing.T) {
	e := rev89Engine(t)
	q := "What does the Huzhou DRC lead?"
	a := rev89Ask(t, e, q)
	if a.Outcome != OutcomeAnswered || len(a.Tasks) == 0 || !strings.Contains(a.Text, "市发展改革委") {
		t.Errorf("%s: want 湖州市发展改革委's led tasks; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev89_EnglishTopicWords (likely): an English question's topic must meet the plan's Chinese words.
// "night economy" is 夜间经济 ((一)2, led by 宜宾市商务局) and "money … to enterprises" is Wujin's 惠企
// 兑现资金不少于2亿元; dutybot answers "0 task(s). None." and "The plans do not say".
func TestRev89_EnglishTopicWords(t *testing.T) {
	e := rev89Engine(t)
	q := "What does the Yibin commerce bureau do about the night economy?"
	rev89Want(t, q, rev89Ask(t, e, q), [][2]string{yb2}, [][2]string{yb1})
	q = "How much money does Wujin promise to enterprises?"
	if a := rev89Ask(t, e, q); !strings.Contains(a.Text, "2亿元") {
		t.Errorf("%s: want 2亿元 quoted; got %s:\n%s", q, a.Outcome, a.Text)
	}
}

// TestRev89_EnglishShortUnitWithWindow (likely): "Yibin commerce" is a busy user's "the Yibin commerce
// bureau". With "due this quarter" dutybot takes "commerce" for a topic and answers 0; the bureau's (一)2
// is due 2026-12-31.
func TestRev89_EnglishShortUnitWithWindow(t *testing.T) {
	e := rev89Engine(t)
	q := "What is due this quarter for Yibin commerce?"
	rev89Want(t, q, rev89Ask(t, e, q), [][2]string{yb2}, [][2]string{yb4})
}

// TestRev89_LeaderNotInPlans (sure): the plan names no leader in charge, so "宜宾方案的分管领导是谁?" must
// say the plan does not say; dutybot lists all nine tasks as if they answered it. "Who signed the Yibin
// plan?" gets the same list (the plan was issued by 宜宾市人民政府办公室; a task list is no answer).
func TestRev89_LeaderNotInPlans(t *testing.T) {
	e := rev89Engine(t)
	q := "宜宾方案的分管领导是谁?"
	if a := rev89Ask(t, e, q); a.Outcome != OutcomeNoAnswer || len(a.Tasks) > 0 {
		t.Errorf("%s: want no_answer and no tasks; got %s/%s %d tasks:\n%.300s", q, a.Intent, a.Outcome, len(a.Tasks), a.Text)
	}
	q = "Who signed the Yibin plan?"
	if a := rev89Ask(t, e, q); len(a.Tasks) > 0 {
		t.Errorf("%s: want no task list; got %s/%s %d tasks:\n%.300s", q, a.Intent, a.Outcome, len(a.Tasks), a.Text)
	}
}

// TestRev89_OnlyLeadSorted (likely): after "宜宾市商务局有哪些任务" (6), "只要牵头的，按期限排" asks for the led
// three by deadline. dutybot sorts but keeps the participating three ((二)4, (三)6, (三)8); "那其中牵头的呢?"
// alone narrows right.
func TestRev89_OnlyLeadSorted(t *testing.T) {
	e := rev89Engine(t)
	q := "只要牵头的，按期限排"
	a := rev89Ask(t, e, "宜宾市商务局有哪些任务", q)
	rev89Want(t, q, a, [][2]string{yb1, yb2, yb3}, [][2]string{yb4, yb6, yb8})
}
