package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fq54bWant checks that each answer holds every want and none of none.
func fq54bWant(t *testing.T, q, text string, want, none []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("%s: want %q:\n%s", q, w, text)
		}
	}
	for _, w := range none {
		if strings.Contains(text, w) {
			t.Errorf("%s: want no %q:\n%s", q, w, text)
		}
	}
}

// TestFixq54b_YearBesideRelativePeriod: a bare year beside a period relative to today ("2012年秸秆禁烧
// 行动这个月有什么要报的") names the plan asked about; the period (this month, next week …) is the window,
// not the whole year.
func TestFixq54b_YearBesideRelativePeriod(t *testing.T) {
	cases := []struct{ q, from, to string }{
		{"2012年秸秆禁烧行动这个月有什么要报的?", "2012-06-10", "2012-06-30"},
		{"2012年秸秆禁烧行动下个月有什么要报的?", "2012-07-01", "2012-07-31"},
		{"2012年秸秆禁烧行动本周有什么要报的?", "2012-06-10", "2012-06-10"},
		{"2012年有哪些任务要完成?", "2012-01-01", "2012-12-31"},
	}
	today, _ := plan.ParseDay("2012-06-10")
	for _, c := range cases {
		from, to, win, _ := window(c.q, today)
		if win == "" || from.String() != c.from || c.to != "2012-06-10" && to.String() != c.to {
			t.Errorf("%s: got %s — %s (%q), want %s — %s", c.q, from, to, win, c.from, c.to)
		}
	}
	text := "某某县2012年秸秆禁烧专项行动方案\n一、工作安排\n（一）各乡镇于6月底前报送秸秆禁烧巡查情况。\n" +
		"（二）县农业局于8月底前报送秸秆综合利用总结。\n（三）县环保局于3月底前完成秸秆禁烧宣传。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2012-06-10", "2012年秸秆禁烧行动这个月有什么要报的?")[0]
	fq54bWant(t, "this month", a.Text, []string{"巡查情况"}, []string{"综合利用总结", "禁烧宣传"})
}

// TestFixq54b_ThisYearOfPastYearPlan: 今年 right before the words of a plan made for one year now past
// ("县司法局今年法治政府建设有哪些任务" of a 2020年度 plan) speaks as the plan does: its tasks, not
// those due in the rest of today's year. A plan of today's year, or one asked what falls due, keeps
// the window.
func TestFixq54b_ThisYearOfPastYearPlan(t *testing.T) {
	old := "某某县2020年度依法行政建设工作安排\n一、重点任务\n（一）完善行政规范性文件备案审查。责任单位:县司法局\n" +
		"（二）推进政务公开标准化。责任单位:县政府办公室\n"
	e := NewEngine(textIndex(t, old), Options{})
	a := askOn(t, e, "2026-12-07", "县司法局今年依法行政建设有哪些任务?")[0]
	fq54bWant(t, "past year's plan", a.Text, []string{"备案审查"}, []string{"期限在"})
	a = askOn(t, e, "2026-12-07", "今年依法行政建设有哪些事要到期?")[0]
	fq54bWant(t, "falls due", a.Text, []string{"2026-12-07"}, nil)
	cur := strings.Replace(old, "2020年度", "2026年度", 1)
	e = NewEngine(textIndex(t, cur), Options{})
	a = askOn(t, e, "2026-12-07", "县司法局今年依法行政建设有哪些任务?")[0]
	fq54bWant(t, "this year's plan", a.Text, []string{"2026-12-07"}, nil)
}

// TestFixq54b_ThingsThenTheirKind: "X这类Y" names things, then their kind: two terms the plan writes
// apart ("建筑工地这类第三类场所" of "第三类…排查对象：…建筑工地…"), not one run.
func TestFixq54b_ThingsThenTheirKind(t *testing.T) {
	got := splitPointer([]string{"建筑工地这类第三类场所", "沿街商铺这种场所", "这类", "网吧这些"})
	want := []string{"建筑工地", "第三类场所", "沿街商铺这种场所", "这类", "网吧这些"}
	if !slices.Equal(got, want) {
		t.Errorf("splitPointer: got %v, want %v", got, want)
	}
	text := "某某区消防隐患网格化排查方案\n一、排查机制\n（一）第一类。排查对象：住宅小区。居委会开展巡查，确保每月全覆盖一次。\n" +
		"（二）第三类。排查对象：规模型企业、建筑工地、厂库房等场所。街道消防办组织人员开展检查，确保每半年全覆盖一次。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "建筑工地这类第三类场所多久要检查一次?")[0]
	fq54bWant(t, "kind", a.Text, []string{"每半年"}, []string{"没有写明"})
}

// TestFixq54b_HowOftenInHeading: items that only say 定期 under a heading that says how often ("四、各
// 单位定期开展隐患排查，原则上每年不少于2次：") are answered by the heading; a sentence whose first
// frequency word is 定期 still says how often by a later one.
func TestFixq54b_HowOftenInHeading(t *testing.T) {
	text := "关于建立老旧厂房安全隐患排查机制的意见\n一、总体要求\n各单位要落实责任，共同做好排查工作。\n" +
		"二、各单位按以下分工定期组织开展安全隐患排查，原则上每年不少于2次：\n" +
		"（一）区住建局。负责定期牵头召开老旧厂房隐患排查例会，安排全年排查工作。\n" +
		"（二）区应急局。负责督促相关单位落实整改。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "老旧厂房隐患排查多久组织一次?")[0]
	fq54bWant(t, "heading", a.Text, []string{"每年不少于2次"}, []string{"方案只写了"})
	if got := freqSaid("定期开展排查，原则上每年不少于2次"); got != "每年" {
		t.Errorf("freqSaid: got %q, want 每年", got)
	}
	if got := freqSaid("定期开展排查一次"); got != "" {
		t.Errorf("freqSaid: got %q, want none", got)
	}
}

// TestFixq54b_ThisPage: "这一页", "本页" point at the plan (a page of a task list), no word its tasks
// must write: "市教育局在这一页一共牵头几项", "列出…分解这一页的所有任务". "那一页" points back at a part
// named before it ("时间安排那一页上") and is left to the words around it.
func TestFixq54b_ThisPage(t *testing.T) {
	text := strings.Join([]string{"序号", "工作任务", "牵头单位", "配合单位",
		"1", "新建公办幼儿园20所", "市教育局", "各区政府",
		"2", "推进普通高中多样化发展", "市教育局", "",
		"3", "推进公立医院高质量发展", "市卫健委", ""}, " | ")
	text = "某某市2023年政府工作报告目标任务分解表\n" + strings.ReplaceAll(text, " | 1 | ", "\n1 | ")
	text = strings.ReplaceAll(strings.ReplaceAll(text, " | 2 | ", "\n2 | "), " | 3 | ", "\n3 | ") + "\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "市教育局在这一页一共牵头几项?")[0]
	fq54bWant(t, "count", a.Text, []string{"2 项"}, []string{"一页"})
	a = askOn(t, e, "2026-12-07", "列出政府工作报告分解这一页的所有任务")[0]
	fq54bWant(t, "list", a.Text, []string{"3 项"}, []string{"一页"})
}

// TestFixq54b_TwoFiguresAsked: two figure questions one after another ("…增长目标是多少？县财政要筹措多少
// 启动资金？") are looked up one by one, each by the terms of its own part: no plan sentence holds both.
// One question with a second asking who ("…目标是多少？谁负责？") stays one.
func TestFixq54b_TwoFiguresAsked(t *testing.T) {
	text := "某某县2016年稳增长若干措施\n一、加快项目建设\n1.围绕实现全年工业投资增长25%的工作目标,建立重点项目联系制度。责任单位:县发改局\n" +
		"2.县财政牵头筹措5000万元以上产业引导启动资金,支持重点产业发展。责任单位:县财政局\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "某某县工业投资增长目标是多少？县财政要筹措多少产业引导启动资金？")[0]
	fq54bWant(t, "two figures", a.Text, []string{"25%", "5000万元"}, nil)
	if got := topicsByPart("工业投资增长目标是多少？县财政要筹措多少启动资金？", []string{"工业投资增长", "县财政要筹措", "启动资金"}); len(got) != 2 || len(got[1]) != 2 {
		t.Errorf("topicsByPart: got %v", got)
	}
	if got := topicsByPart("工业投资增长目标是多少？谁负责？", []string{"工业投资增长"}); got != nil {
		t.Errorf("topicsByPart (who): got %v, want nil", got)
	}
	if got := topicsByPart("GDP要增长多少？谁主办？", []string{"GDP", "主办"}); got != nil {
		t.Errorf("topicsByPart (who, a term): got %v, want nil", got)
	}
}

// TestFixq54b_ShortenedPromote: plans shorten 促进消费 to 促消费 ("开展促消费活动"); a question for the work
// on 促进消费 finds the task that writes it so, beside the one that writes it whole.
func TestFixq54b_ShortenedPromote(t *testing.T) {
	text := "某某区稳经济行动方案\n一、重点任务\n1.全面激发消费活力。大力开展购物节等促消费活动。(责任单位:区商务委)\n" +
		"2.大力促进文旅消费。办好文旅消费季。(责任单位:区文旅局)\n3.支持会展业发展。(责任单位:区会展办)\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "促进消费方面有哪些任务?")[0]
	fq54bWant(t, "促进消费", a.Text, []string{"激发消费活力", "促进文旅消费"}, []string{"会展"})
	if !slices.Contains(nearForms("促进就业", nil), "促就业") {
		t.Errorf("促进就业: want 促就业 among %v", nearForms("促进就业", nil))
	}
}
