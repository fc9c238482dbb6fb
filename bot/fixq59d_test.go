package bot

import (
	"strings"
	"testing"
)

// fixq59dPlan is a short plan of a city, in the words of these tests only.
const fixq59dPlan = "宁德市乡村产业振兴三年行动方案\n宁政办〔2026〕8号\n" +
	"一、重点任务\n" +
	"（一）建设生态茶园。新建标准化生态茶园5000亩，推广绿色防控，2025年6月30日前完成。（牵头单位：市农业农村局；配合单位：市林业局、市财政局）\n" +
	"（二）培育农产品电子商务。建设县级电商服务中心3个。（牵头单位：市商务局；配合单位：市农业农村局）\n" +
	"（三）发展林下经济。推广林下种植模式，2025年10月底前完成。（牵头单位：市林业局；配合单位：市农业农村局、市科技局）\n" +
	"（四）壮大休闲农业。打造休闲农业精品线路10条。（牵头单位：市文旅局；配合单位：市农业农村局）\n" +
	"本方案自印发之日起施行。\n"

// fixq59dOther is another city's plan, naming units of the same names.
const fixq59dOther = "三明市林业产业发展工作方案\n" +
	"一、工作任务\n" +
	"（一）推进林票制度改革。（牵头单位：市林业局；配合单位：市财政局）\n" +
	"（二）发展森林康养。（牵头单位：市林业局；配合单位：市卫健委）\n" +
	"（三）加强林业资金监管。（牵头单位：市财政局；配合单位：市林业局）\n" +
	"（四）设立林业产业引导基金，规模2亿元。（牵头单位：市财政局）\n"

// fixq59dPlaceless is a plan that names no place.
const fixq59dPlaceless = "社区养老服务提升实施方案\n" +
	"一、主要任务\n" +
	"（一）建设社区老年食堂。（牵头单位：市民政局）\n" +
	"（二）落实运营补贴，每人每年补助200元。（牵头单位：市财政局）\n"

// TestFixq59d_FollowUps: a follow-up keeps to what was just answered: "列出来看看" after a unit's count
// in a role lists those tasks in that role; "这些分别是谁负责的?" after a list asks who leads each of
// them; "其中X牵头的是哪条?" after a plan's counts keeps to that plan.
func TestFixq59d_FollowUps(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59dPlan, fixq59dOther, fixq59dPlaceless), Options{})
	for _, c := range []struct {
		conv       []string
		want, none []string
	}{
		{[]string{"宁德市农业农村局牵头几项?", "列出来看看"}, []string{"生态茶园"}, []string{"林下经济", "休闲农业"}},
		{[]string{"宁德的任务里哪些已经逾期了?", "这些分别是谁负责的?"}, []string{"生态茶园", "市农业农村局", "市林业局"}, []string{"请说明", "休闲农业"}},
		{[]string{"《社区养老服务提升实施方案》里各部门分别牵头几项?", "其中财政局牵头的是哪条?"}, []string{"运营补贴"}, []string{"林业资金", "引导基金"}},
	} {
		as := askOn(t, e, "2026-12-07", c.conv...)
		wantIn(t, c.conv[1], as[len(as)-1], c.want, c.none)
	}
}

// TestFixq59d_ChatQuestionWords: words that only carry the asking are no words of the tasks: "是不是特别多"
// guesses at how many there are, "两个…文件里" counts the plans named after it, and 茶叶 as a crop is the
// plans' 茶园.
func TestFixq59d_ChatQuestionWords(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59dPlan), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"宁德农业农村局配合的活儿是不是特别多?列出来我看看", []string{"林下经济", "休闲农业", "电子商务"}, []string{"特别多", "生态茶园"}},
		{"两个宁德文件里,市农业农村局总共配合几项?", []string{"3 项"}, []string{"两个", "0 项"}},
		{"宁德茶叶这块有什么项目?", []string{"生态茶园"}, []string{"没有提到", "休闲农业"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}

// TestFixq59d_DocSaysRoughly: "那个…方案大概讲什么" asks what the plan says, as "讲了什么" does: its
// summary, not a search for 大概讲.
func TestFixq59d_DocSaysRoughly(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59dPlan), Options{})
	for _, q := range []string{"宁德那个乡村产业方案大概讲什么", "宁德乡村产业振兴方案讲什么"} {
		a := askOn(t, e, "2026-12-07", q)[0]
		wantIn(t, q, a, []string{"市农业农村局", "市商务局"}, []string{"没有提到", "大概讲"})
	}
}

// TestFixq59d_GlossaryTerms: English names of work the glossary knows as the plans write them: forest
// fire prevention (森林防火), a talent echelon (人才梯队).
func TestFixq59d_GlossaryTerms(t *testing.T) {
	for _, c := range []struct{ en, want string }{
		{"how many points is forest fire prevention worth", "森林防火"},
		{"the talent echelon project", "梯队"},
	} {
		if got := translate(c.en); !strings.Contains(got, c.want) {
			t.Errorf("translate(%q) = %q, want %q in it", c.en, got, c.want)
		}
	}
}
