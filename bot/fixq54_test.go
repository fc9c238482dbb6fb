package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// wantIn checks that an answer holds every string of want and none of none.
func wantIn(t *testing.T, q string, a Answer, want, none []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(a.Text, w) {
			t.Errorf("%s: want %q:\n%s", q, w, a.Text)
		}
	}
	for _, w := range none {
		if strings.Contains(a.Text, w) {
			t.Errorf("%s: want no %q:\n%s", q, w, a.Text)
		}
	}
}

// TestFixq54_RoleGlossAndAllotted: a role word glossed by another in brackets ("主办(牵头)", "协办（配合）")
// asks that role and is no topic; "分到的任务最多" ranks the units' tasks, 分到 being no word of them.
func TestFixq54_RoleGlossAndAllotted(t *testing.T) {
	text := "吉林省人民政府关于落实重点工作责任分工的意见\n一、主要目标\n" +
		"（一）地区生产总值增长8%左右(省发改委主办,省统计局协办)\n" +
		"（二）进出口总额增长5%(省商务厅主办,省发改委协办)\n" +
		"（三）单位GDP能耗下降3%(省发改委负责)\n"
	e := NewEngine(textIndex(t, text), Options{})
	cases := []struct {
		q          string
		want, none []string
	}{
		{"吉林省发改委主办(牵头)哪些工作?", []string{"牵头的任务 2 项", "地区生产总值", "单位GDP能耗"}, []string{"“主办”", "进出口总额"}},
		{"吉林省发改委协办（配合）哪些工作?", []string{"进出口总额"}, []string{"地区生产总值", "“协办”"}},
		{"吉林省哪个部门分到的任务最多?", []string{"省发改委：3 项"}, []string{"没有单位有任务"}},
	}
	for _, c := range cases {
		wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.none)
	}
}

// TestFixq54_PlanByShortName: a plan's short name right before the words that name it as a document
// ("放管服重点任务分工方案", "放管服分工方案里", "非遗方案里" among a city's plans) is the plan whose title
// holds its characters in order, not a word its tasks must write. A follow-up naming
// another plan after a question of a plan's facts ("那X方案呢?") asks the same facts of it.
func TestFixq54_PlanByShortName(t *testing.T) {
	reform := "莆田市深化简政放权放管结合优化服务改革重点任务分工方案\n（莆政综〔2017〕208号）\n一、任务分工\n" +
		"1.推进“多证合一”改革。牵头单位：市市场监督管理局\n" +
		"2.压减行政审批事项。牵头单位：市行政审批局\n" +
		"3.建立评判“放管服”改革成效的机制。牵头单位：市市场监督管理局\n"
	credit := "莆田市企业安全生产诚信体系建设实施方案\n（莆政综〔2015〕18号）\n一、主要任务\n" +
		"1.建立安全生产承诺制度。牵头单位：市安监局\n"
	heritage := "莆田市非物质文化遗产振兴行动方案\n一、主要任务\n1.开展非遗普查建档。牵头单位：市文旅局\n"
	e := NewEngine(textIndex(t, reform, credit, heritage), Options{})
	cases := []struct {
		q          string
		want, none []string
	}{
		{"莆田放管服重点任务分工方案一共有多少项任务?", []string{"任务共 3 项"}, []string{"“放管服”相关"}},
		{"莆田放管服分工方案里哪个部门牵头的任务最多?", []string{"市市场监督管理局：2 项"}, []string{"“放管服”相关"}},
		{"莆田非遗方案里有哪些任务?", []string{"非遗普查建档"}, []string{"安全生产承诺", "压减行政审批"}},
	}
	for _, c := range cases {
		wantIn(t, c.q, askOn(t, e, "2026-12-07", c.q)[0], c.want, c.none)
	}
	as := askOn(t, e, "2026-12-07", "莆田放管服重点任务分工方案的文号是什么?", "那企业安全生产诚信体系建设实施方案呢?")
	wantIn(t, "那企业安全生产诚信体系建设实施方案呢?", as[1], []string{"莆政综〔2015〕18号"}, nil)
}

// TestFixq54_PlacelessPlanByPlace: a place no loaded plan is from, asked beside the work it names
// ("内蒙古“严格考核问责”这项谁牵头?"), is the plans that name no place but whose words name it; another
// place's plan with an item of the same title is not asked of.
func TestFixq54_PlacelessPlanByPlace(t *testing.T) {
	placed := "崇明区关于加强基层消防安全综合治理的实施意见\n三、保障措施\n（三）严格考核问责。各乡镇要将消防工作纳入考核。（各乡镇负责）\n"
	page := "首页 > 新闻 > 正文\n九、明确落实各方责任\n（三十）加强组织领导。全区各级人民政府对内蒙古本地区环境空气质量负总责。\n" +
		"（三十一）严格考核问责。将主要污染物排放总量控制目标完成情况纳入考核。（自治区环境保护厅牵头，相关部门参与）\n"
	e := NewEngine(textIndex(t, placed, page), Options{})
	q := "内蒙古“严格考核问责”这项谁牵头?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"自治区环境保护厅"}, []string{"各乡镇"})
}

// TestFixq54_TimeLimitAsked: "多久告知结果?", "要在多长时间内整治完?" ask a time limit, not how often:
// the passage quoted says it (7个工作日内); "多久通报一次" still asks how often.
func TestFixq54_TimeLimitAsked(t *testing.T) {
	text := "南平市餐饮业营商环境若干措施\n" +
		"8.优化消防安全服务保障。餐饮场所可以通过政务服务网线上申请营业前消防安全检查。消防部门办理营业前消防安全检查，自受理之日起7个工作日内告知办理结果。（市消防救援局负责）\n" +
		"9.加强监管通报。市商务局每季度通报一次餐饮业发展情况。（市商务局负责）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "南平营业前消防安全检查多久告知结果?"
	a := askOn(t, e, "2026-12-07", q)[0]
	wantIn(t, q, a, []string{"7个工作日"}, []string{"频率"})
	for _, c := range []struct {
		q    string
		when bool
	}{
		{"多久告知结果?", true},
		{"要在多长时间内整治完?", true},
		{"多久通报一次?", false},
	} {
		if got := p54(t).Parse(c.q, Context{}, plan.Day{Year: 2026, Month: 12, Day: 7}).asksWhen; got != c.when {
			t.Errorf("%s: asksWhen %v, want %v", c.q, got, c.when)
		}
	}
}

func p54(t *testing.T) *Parser {
	t.Helper()
	return NewParser(plan.NewDirectory(nil, plan.DefaultAliases()), nil)
}

// TestFixq54_FrequencyInWords: how often said in words no rule was read from — a 月度 statistic
// ("坚持落实月度统计分析通报"), once a period ("一年向社会发布一次…名单") — is quoted as how often.
func TestFixq54_FrequencyInWords(t *testing.T) {
	for s, want := range map[string]string{
		"要坚持落实月度统计分析通报、排名制度":          "月度统计",
		"各有关部门按照职责分工，一年向社会发布一次达标企业名单": "一年向社会发布一次",
		"每半年组织一次全覆盖检查":                "每半年",
	} {
		if got := reFreqWord.FindString(s); got != want {
			t.Errorf("%s: got %q, want %q", s, got, want)
		}
	}
	text := "三明市企业安全生产诚信体系建设实施方案\n一、主要任务\n" +
		"1.建立安全生产诚信评价制度。各有关部门按照职责分工，一年向社会发布一次本行业领域的安全生产标准化达标企业名单。（市安监局负责）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "三明安全生产标准化达标企业名单多久向社会发布一次?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"一年向社会发布一次"}, []string{"没有写明"})
}

// TestFixq54_WindowQuotesItsSentence: a long item listed for a window ("这个月有什么时间节点?") is quoted
// from the sentence holding its date in the window, not from its opening words, which would be cut
// before it.
func TestFixq54_WindowQuotesItsSentence(t *testing.T) {
	long := strings.Repeat("建立健全领导联系重点项目制度,形成项目推进全程服务机制;", 12)
	task := &plan.Task{
		Text: long + "全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上。",
		Deadlines: []plan.Deadline{
			{Quote: "2017年6月底前", Date: plan.Day{Year: 2017, Month: 6, Day: 30}},
			{Quote: "9月底前", Date: plan.Day{Year: 2017, Month: 9, Day: 30}},
		},
	}
	got := windowWords(&Query{From: "2017-09-05", To: "2017-09-30"}, task, task.Text)
	if !strings.HasPrefix(got, "…全省各部门预算内专项资金") || !strings.Contains(got, "80%") {
		t.Errorf("window words: %q", got)
	}
	if got := windowWords(&Query{}, task, task.Text); got != task.Text {
		t.Errorf("no window: %q", got)
	}
}
