package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop53_WhichItemNoun: "哪条政策", "哪一条" ask which item; the item's noun after the question
// word is no word the task must write (哪 alone was read first and left 条政策 a topic).
func TestStop53_WhichItemNoun(t *testing.T) {
	for _, s := range []string{"都要负责的是哪条政策?", "是哪一条", "是哪几条措施"} {
		if got := hanRuns(stripTopicStop(s)); slices.ContainsFunc(got, func(w string) bool { return strings.Contains(w, "条") }) {
			t.Errorf("%s: topic words %q", s, got)
		}
	}
	text := "某市支持产业发展政策清单\n一、支持政策\n1.安排资金支持种质资源保护利用。（责任单位：市农业农村局、市科技局、市财政局）\n" +
		"2.支持新建标准化厂房。（责任单位：市工信局、市财政局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "市财政局和市科技局都要负责的是哪条政策?")[0]
	if !says(a, "种质资源") || says(a, "标准化厂房") {
		t.Errorf("want item 1 alone:\n%s", a.Text)
	}
}

// TestStop53_ActAsRoleAndBreakdown: "当协同单位的" is the participating role, as 作为协同单位 is; "在…的
// 分解里" names the plan (a 任务分解), no topic of its tasks.
func TestStop53_ActAsRoleAndBreakdown(t *testing.T) {
	text := "某市2025年政府工作报告目标任务分解\n" +
		"1.地区生产总值增长8%以上。牵头单位：市发展改革委；协同单位：市高新区管委会。\n" +
		"2.财政收入增长8%左右。牵头单位：市财政局；协同单位：市高新区管委会。\n" +
		"3.城乡居民收入增长7%。牵头单位：市人社局。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "市高新区管委会在分解里当协同单位的有哪些?")[0]
	if !says(a, "地区生产总值") || !says(a, "财政收入") || says(a, "居民收入") {
		t.Errorf("want items 1 and 2:\n%s", a.Text)
	}
	if got := stripTopicStop("在滁州的目标任务分解表里当协同"); strings.Contains(got, "分解") {
		t.Errorf("分解 kept: %q", got)
	}
}

// TestStop53_DecidedHowMany: "一共确定了多少项" asks how many; 确定 is the asking's verb, no topic.
func TestStop53_DecidedHowMany(t *testing.T) {
	for _, s := range []string{"一共确定了多少项重点民生实事?", "今年部署了几项重点工作"} {
		got := strings.Join(hanRuns(stripTopicStop(s)), " ")
		if strings.Contains(got, "确定") || strings.Contains(got, "部署") {
			t.Errorf("%s: topic %q", s, got)
		}
	}
}

// TestStop53_HandledOnline: 办 after 网上, 就近, 一网通 is how a matter is handled, not an office:
// "实现90%事项网上办" asks when, of the task that does it; 外事办 stays an office.
func TestStop53_HandledOnline(t *testing.T) {
	for _, s := range []string{"事项网上办", "一网通办", "就近办", "马上办"} {
		if !isStopUnit(s) {
			t.Errorf("%s read as a unit", s)
		}
	}
	for _, s := range []string{"市外事办", "县食安办", "区交通办"} {
		if isStopUnit(s) {
			t.Errorf("%s read as no unit", s)
		}
	}
	text := "某县进一步优化营商环境的若干规定\n第一条 推进政务服务事项网上办。2019年实现90%事项网上办。（责任单位：县政务服务中心）\n" +
		"第二条 压缩企业开办时间。2020年底前开办时间压缩至3个工作日。（责任单位：县市场监管局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "要在哪年实现90%事项网上办?")[0]
	if !says(a, "2019-12-31") || a.Outcome == OutcomeNotFound {
		t.Errorf("want the 2019 task:\n%s", a.Text)
	}
}

// TestStop53_FrequencyQuoteCitesTask: how often, said in a task's words that the search found (the
// task is no hit of the filters), cites that task.
func TestStop53_FrequencyQuoteCitesTask(t *testing.T) {
	p := saidIn{sentence: "每季度开展不少于1次义务消防队员实战演练"}
	d := textDoc(t, "某区交通运输消防安全大练兵活动实施方案\n二、工作任务\n（一）加强训练。切实加强义务消防队伍训练，每季度开展不少于1次义务消防队员实战演练。\n（二）开展检查。各单位开展自查。\n")
	p.doc = d
	if got := p.inTask(); got == nil || !strings.Contains(got.Text, "实战演练") {
		t.Fatalf("inTask: %v", got)
	}
	p.sentence = "不在任何任务里的一句话"
	if got := p.inTask(); got != nil {
		t.Errorf("inTask of no task's words: %s", got.ID)
	}
}

// TestStop53_NamedPartCitesTasks: "“释放汽车消费潜力”这部分有哪些" lists the part's headings and cites the
// tasks under it, and only those.
func TestStop53_NamedPartCitesTasks(t *testing.T) {
	text := "重庆市持续扩大消费若干措施\n一、释放汽车消费潜力\n1.支持二手车市场发展壮大\n优化二手车交易登记，便利异地交易。（责任单位：市商务委）\n" +
		"2.支持二手车出口交易\n扩大二手车出口企业范围。（责任单位：市商务委）\n二、扩大住房消费\n3.放宽全款购房的公积金提取条件\n全款购房满半年后每年可提取一次。（责任单位：市住房城乡建委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "重庆的措施里,“释放汽车消费潜力”这部分有哪些?")[0]
	if len(a.Tasks) != 2 || slices.ContainsFunc(a.Tasks, func(id string) bool { return strings.HasSuffix(id, ":2.1") || strings.HasSuffix(id, ":2") }) {
		t.Errorf("want the two tasks of part 一, got %v:\n%s", a.Tasks, a.Text)
	}
	if !says(a, "2 部分") {
		t.Errorf("want the part's headings:\n%s", a.Text)
	}
}

// textDoc parses one plan's text.
func textDoc(t *testing.T, text string) *plan.Document {
	t.Helper()
	d, err := plan.ParseText("s.txt", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestStop53_BasisIssuerNamed: "依据哪份国务院文件制定的" asks a plan's basis, the issuer named between
// 哪份 and 文件 as 依据哪份文件 asks it; a question that only names such a document asks no basis.
func TestStop53_BasisIssuerNamed(t *testing.T) {
	for _, s := range []string{"它是依据哪份国务院文件制定的?", "根据哪个省政府的文件出台的", "依据哪个文件制定的?"} {
		if !reBasisQ.MatchString(s) {
			t.Errorf("%s: no basis asked", s)
		}
	}
	for _, s := range []string{"国务院文件里有哪些任务?", "哪份文件提到国务院?"} {
		if reBasisQ.MatchString(s) {
			t.Errorf("%s: read as a basis question", s)
		}
	}
}

// TestStop53_OwnerOfTitledItem: asked who does a named work, the item whose title names it answers, not
// a section's summary that names it in its words; asked for the works on a topic ("…的工作都有哪
// 些，谁负责") or for a field of four characters or fewer ("养老服务谁负责"), every task on it is. A 、
// far from the term lists other words of its title.
func TestStop53_OwnerOfTitledItem(t *testing.T) {
	text := "某区城市更新行动方案\n一、主要任务\n（一）综合区域整体焕新。到2025年，重点推进滨江区域更新，推进完全中学新建工程实现开工。（责任单位：各街镇）\n" +
		"（二）公共服务设施提升。推进养老服务设施建设。（责任单位：区民政局）\n" +
		"附件\n重点任务清单\n1.推进完全中学新建工程。（推进单位：区教育局、区建设管理委）\n" +
		"2.推进养老服务设施建设，提升养老服务水平。（推进单位：区卫健委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "完全中学新建工程归哪些部门负责?")[0]
	if !says(a, "区教育局") || says(a, "各街镇") {
		t.Errorf("want the listed item alone:\n%s", a.Text)
	}
	field := askOn(t, e, "2026-12-06", "养老服务谁负责?")[0]
	if !says(field, "区民政局") || !says(field, "区卫健委") {
		t.Errorf("a field asked without pointing: want every task on it:\n%s", field.Text)
	}
	if got := reListsWorks.MatchString("老字号相关的工作都有哪些, 谁负责?"); !got {
		t.Error("哪些 works not read as a list")
	}
	if got := reListsWorks.MatchString("东斯文里区域整体更新由哪些单位推进?"); got {
		t.Error("哪些单位 read as a list of works")
	}
	if !titleSubject("县委政法委负责对各乡镇、各县直单位宣传工作进行考核", "考核") {
		t.Error("考核 far from the 、 read as one of a list")
	}
	if titleSubject("编制现代物流、商贸、房地产等专项规划", "房地产") {
		t.Error("房地产 of a list read as the subject")
	}
}
