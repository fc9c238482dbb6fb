package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixq59aPlan is a short plan of a city, in the words of these tests only.
const fixq59aPlan = "漳州市城乡环境整治提升行动方案\n漳政办〔2026〕5号\n" +
	"为统筹推进城乡环境整治，成立市城乡环境整治工作领导小组，领导小组办公室(以下简称“市整治办”)设在市住建局。\n" +
	"一、重点任务\n" +
	"（一）改造老旧小区。到2027年，全市改造老旧小区120个，改造完成率达到95%。2027年6月30日前完成。（牵头单位：市住建局；配合单位：市民政局、国家开发银行漳州分行）\n" +
	"（二）提升农贸市场。全市农贸市场摊位费标准下调至每月80—120元。（牵头单位：市商务局；配合单位：市民政局）\n" +
	"（三）推广供水接入“三零”服务。实行零上门、零审批、零投资。（牵头单位：市水利局）\n" +
	"（四）建设口袋公园。2026年12月31日前完成。（牵头单位：市城管局）\n" +
	"本方案自印发之日起施行。\n"

// TestFixq59a_ChatWorkWords: work said in chat is no word of the tasks: "的事儿都有哪些" asks for the
// unit's tasks, "事摊上几件" how many it has (the count with no noun after it), "6月底前交差的" what is to
// be completed by then, "那块儿" points, and "得到多少" asks a figure as 要到多少 does.
func TestFixq59a_ChatWorkWords(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59aPlan), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"漳州住建局牵头的事儿都有哪些", []string{"改造老旧小区"}, []string{"事儿", "农贸市场"}},
		{"漳州民政那边整治的事摊上几件?", []string{"2 项"}, []string{"摊上", "0 项"}},
		{"漳州市住建局有哪些要在6月底前交差的?", []string{"2027-06-30", "改造老旧小区"}, []string{"交差", "口袋公园"}},
		{"住建局那块儿要干啥,改造完成率得到多少?", []string{"95%"}, []string{"没有提到"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
}

// TestFixq59a_PlanGenreWords: a plan called by its kind ("分解表", "任务分解方案") names no word its
// tasks must hold: the count is of the plan's tasks.
func TestFixq59a_PlanGenreWords(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59aPlan), Options{})
	for _, q := range []string{"漳州城乡环境整治分解表有几项重点任务", "漳州城乡环境整治任务分解方案一共几项?"} {
		a := askOn(t, e, "2026-12-07", q)[0]
		wantIn(t, q, a, []string{"4 项"}, []string{"分解"})
	}
}

// TestFixq59a_QuotedEnglishName: an English name in quotes the glossary knows whole ("three zeros") is
// the plans' word for it (三零), not English no task holds; a water or gas hookup is 接入.
func TestFixq59a_QuotedEnglishName(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59aPlan), Options{})
	q := `Who handles the "three zeros" service in Zhangzhou?`
	a := askOn(t, e, "2026-12-07", q)[0]
	wantIn(t, q, a, []string{"市水利局"}, []string{"do not say", "市城管局"})
	p := e.Parser()
	day, _ := plan.ParseDay("2026-12-07")
	got := p.Parse(`Who handles the "three zeros" service?`, Context{}, day)
	if !slices.Contains(got.Topic, "三零") || slices.Contains(got.Topic, "three zeros") {
		t.Errorf("topic %q, want 三零 for the quoted English", got.Topic)
	}
}

// TestFixq59a_HeadAbbreviated: a national body's branch abbreviated with its head's first character
// (国开行 for 国家开发银行) is that branch, as 开行 without it is.
func TestFixq59a_HeadAbbreviated(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59aPlan), Options{})
	a := askOn(t, e, "2026-12-07", "漳州国开行分行要配合啥")[0]
	wantIn(t, "漳州国开行分行要配合啥", a, []string{"国家开发银行漳州分行", "改造老旧小区"}, []string{"没有找到", "农贸市场"})
}

// TestFixq59a_ItemFigures: a summary's line of an item gives the figure of a year said alone before
// its clause ("到2027年，全市改造…120个"), and an item with no year's figure gives the first figure it
// sets ("下调至每月80—120元"), not a heading's number.
func TestFixq59a_ItemFigures(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"改造老旧小区。到2027年，全市改造老旧小区120个。", []string{"2027年，全市改造老旧小区120个"}},
		{"2025年城镇新增就业4万人以上，2026年新增4.5万人。", []string{"2025年城镇新增就业4万人以上", "2026年新增4.5万人"}},
		{"提升农贸市场。全市农贸市场摊位费标准下调至每月80—120元。", []string{"全市农贸市场摊位费标准下调至每月80—120元"}},
		{"做好现场处置：5.5人员防护\n参加处置的人员必须加强防护。", nil},
	} {
		if got := itemFigures(c.text, 2); !slices.Equal(got, c.want) {
			t.Errorf("itemFigures(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFixq59a_SummaryOfficeAndTerm: a summary says where the office of the body running the work
// sits; a 预案 speaking of its own term ("本预案…有效期为3年") gives its period.
func TestFixq59a_SummaryOfficeAndTerm(t *testing.T) {
	e := NewEngine(textIndex(t, fixq59aPlan), Options{})
	a := askOn(t, e, "2026-12-07", "总结一下漳州城乡环境整治提升行动方案")[0]
	wantIn(t, "summary", a, []string{"市整治办", "设在市住建局", "120个", "80—120元"}, nil)
	preplan := "龙岩市新罗区防汛应急预案\n一、工作职责\n（一）做好汛前检查。（牵头单位：区水利局）\n" +
		"二、附则\n本预案自印发之日起实施，有效期为3年。\n"
	e = NewEngine(textIndex(t, preplan), Options{})
	as := askOn(t, e, "2026-12-07", "新罗区防汛应急预案的文号?", "它的有效期多久?")
	wantIn(t, "它的有效期多久?", as[1], []string{"有效期为3年"}, []string{"没有写明"})
}

// TestFixq59a_PassingMentions: asked for the tasks on a field, in a plan with a part headed by it, a
// task elsewhere that lists it only among others ("资金、人才等要素") names it in passing; the part's
// tasks (one of them never writing the word) are the answer. With no such heading, every task holding
// the word is.
func TestFixq59a_PassingMentions(t *testing.T) {
	headed := "三明市文旅产业发展行动方案\n一、重点任务\n（一）壮大市场主体\n" +
		"1.培育龙头企业。引导资金、土地、人才等要素向龙头企业集聚。（牵头单位：市文旅局）\n" +
		"（二）建强人才队伍\n" +
		"2.引进文旅领军人才。每年引进高层次人才10名。（牵头单位：市人社局）\n" +
		"3.培养乡村讲解员。每年培训乡村讲解员200名。（牵头单位：市文旅局）\n"
	e := NewEngine(textIndex(t, headed), Options{})
	a := askOn(t, e, "2026-12-07", "三明方案里人才方面有哪些任务?")[0]
	wantIn(t, "headed", a, []string{"领军人才", "乡村讲解员"}, []string{"龙头企业"})
	plain := "南平市文旅产业发展行动方案\n一、重点任务\n" +
		"（一）培育龙头企业。引导资金、土地、人才等要素向龙头企业集聚。（牵头单位：市文旅局）\n" +
		"（二）引进文旅领军人才。每年引进高层次人才10名。（牵头单位：市人社局）\n"
	e = NewEngine(textIndex(t, plain), Options{})
	a = askOn(t, e, "2026-12-07", "南平方案里人才方面有哪些任务?")[0]
	wantIn(t, "no heading", a, []string{"领军人才", "龙头企业"}, nil)
}

// TestFixq59a_StubbleAndHeadedMeasures: 留茬 is the stubble a plan writes of its crop (麦茬), so
// "收割机留茬谁管" finds the duty on harvesters and stubble; measures asked by the heading they stand
// under ("减轻企业土地负担有什么措施") are quoted as the item writes them, not the sentence with most of
// the heading's characters.
func TestFixq59a_StubbleAndHeadedMeasures(t *testing.T) {
	straw := "宁化县秸秆禁烧工作方案\n三、职责分工\n" +
		"（一）县农业农村局。负责秸秆综合利用技术推广。\n" +
		"（二）县农机中心。负责督促收割机手在收割时尽量降低麦茬高度。\n"
	e := NewEngine(textIndex(t, straw), Options{})
	a := askOn(t, e, "2026-12-07", "收割机留茬这块谁管?")[0]
	wantIn(t, "留茬", a, []string{"县农机中心"}, []string{"没有关于", "县农业农村局"})
	costs := "泉州市支持实体经济发展若干措施\n一、政策措施\n（一）减轻企业土地负担\n" +
		"1.在省规定的幅度内，全市工业用地出让起始价统一按所在地级别对应基准地价的70%确定，自2026年1月1日起执行。对亩均税收高于行业平均水平的企业，按其土地使用税负担的10%给予补助。（责任单位：市自然资源局）\n"
	e = NewEngine(textIndex(t, costs), Options{})
	a = askOn(t, e, "2026-12-07", "泉州减轻企业土地负担有什么措施")[0]
	wantIn(t, "措施", a, []string{"70%确定", "市自然资源局"}, nil)
}
