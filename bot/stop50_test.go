package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestStop50WhenAReportGoesToAUnit: asked when something is reported to a unit the plan names only
// as the one reports go to ("…分别于2017年10月31日和11月30日前报区行政审批局"), the sentence that says
// it answers, with its dates; that the unit leads no task on it is no reason to say "没有".
func TestStop50WhenAReportGoesToAUnit(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ap-fj-pingtan-2017-streamline-reform-task-division.txt"}), Options{})
	for _, q := range []string{
		"各部门的贯彻落实情况什么时候前报行政审批局?",
		"协调机制建立情况哪天前要报给行政审批局",
	} {
		a := askOn(t, e, "2026-12-06", q)[0]
		if !strings.Contains(a.Text, "2017年10月31日") && !strings.Contains(a.Text, "2017-10-31") {
			t.Errorf("%s:\n%s", q, a.Text)
		}
	}
}

// TestStop50WhenWithADayOfTheMonth: a report's day written without its year ("于12月21日前将…开展情况报局安监处")
// answers when it is due to the unit it goes to, though the question's other words are few.
func TestStop50WhenWithADayOfTheMonth(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/av-fj-pingtan-2018-transport-construction-safety-campaign-plan.txt"}), Options{})
	for _, q := range []string{"攻坚行动开展情况什么时候前报送局安监处?", "各单位什么时候前把工作开展情况报局安监处?", "攻坚行动的开展情况哪天前要报局安监处?"} {
		a := askOn(t, e, "2026-12-06", q)[0]
		if !strings.Contains(a.Text, "12月21日") {
			t.Errorf("%s: the day of the report:\n%s", q, a.Text)
		}
	}
}

// TestStop50PlanThemeCoversItsTasks: a unit asked about in a plan's theme ("岸电") has every task of
// that plan on it, also those whose words never say 岸电, once some do; a plan on another theme adds
// none of its tasks.
func TestStop50PlanThemeCoversItsTasks(t *testing.T) {
	text := "某某市提高靠港船舶岸电使用率实施方案\n某交〔2026〕3号\n\n一、主要任务\n" +
		"（一）完善码头岸电设施建设。新建码头同步建设岸电设施。（牵头单位：市交通局；参与单位：市港航中心）\n" +
		"（二）推进船舶受电设施改造。推动内河船舶加装受电设施。（牵头单位：市海事局；参与单位：市港航中心）\n" +
		"（三）加强岸电使用执法监管。对应使用岸电而未使用的船舶依法处罚。（牵头单位：市交通执法总队；参与单位：市港航中心）\n"
	other := "某某市港口安全生产专项整治方案\n某交〔2026〕4号\n\n一、主要任务\n" +
		"（一）开展港口危险货物排查。全面排查危险货物堆场。（牵头单位：市应急局；参与单位：市港航中心）\n"
	e := NewEngine(textIndex(t, text, other), Options{})
	a := askOn(t, e, "2026-12-06", "市港航中心配合哪些岸电工作?")[0]
	for _, w := range []string{"完善码头岸电设施建设", "推进船舶受电设施改造", "加强岸电使用执法监管"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("lacks %s:\n%s", w, a.Text)
		}
	}
	if strings.Contains(a.Text, "危险货物") || len(a.Tasks) != 3 {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop50ThemeThenHeading: a topic that is the plan's subject (its title's words, written with
// others between them) followed by a task's heading ("文物消防检查阶段") finds that task.
func TestStop50ThemeThenHeading(t *testing.T) {
	text := "关于推进某某区文物建筑消防安全标准化建设工作的实施方案\n某文物〔2026〕8号\n\n三、工作步骤\n" +
		"（一）动员部署阶段（4月-5月）\n各属地单位制定工作方案，完成动员部署。（责任单位：各街镇）\n" +
		"（二）检查阶段（9月）\n由区文物局牵头，组织力量对重点单位自查整改工作进行统一检查。（牵头单位：区文物局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "文物消防检查阶段谁牵头?")[0]
	if !strings.Contains(a.Text, "区文物局") || len(a.Tasks) != 1 {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop50HowOftenFromASentence: asked how often, when no duty was read, the sentence on the topic
// that counts the period answers ("调整周期原则上不超过5年").
func TestStop50HowOftenFromASentence(t *testing.T) {
	text := "某某区深化农村公路管理养护体制改革实施方案\n某府发〔2026〕2号\n\n二、主要任务\n" +
		"（一）完善养护资金补助政策。农村公路养护资金根据养护成本变化等因素对补助政策进行动态调整，调整周期原则上不超过5年。（责任单位：区交通委）\n" +
		"（二）健全工作机制。成立工作专班，建立工作例会制度，及时协调解决改革中遇到的难点问题。（责任单位：区交通委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "农村公路养护补助政策多久调整一次?")[0]
	if !strings.Contains(a.Text, "5年") {
		t.Errorf("how often it is adjusted:\n%s", a.Text)
	}
}

// TestStop50DoneRemarks: a remark that something is done is no part of what is asked, wherever it
// stands: after the plan it is about, with 我们 before 已经, or with the work after 把.
func TestStop50DoneRemarks(t *testing.T) {
	tests := []struct{ in, done, rest string }{
		{"吉林市那份房地产措施,团购活动我们已经办完了,现在还有哪些逾期的?", "团购活动", "吉林市那份房地产措施，还有哪些逾期的?"},
		{"崇明区农业农村委已经把设施农业分类处置那项办完了,它还有哪些逾期的?", "设施农业分类处置", "崇明区农业农村委还有哪些逾期的?"},
		{"菏泽市文化和旅游局已经把文旅那项点了完成,现在菏泽还剩哪些逾期没完成的?", "菏泽市文化和旅游局文旅", "菏泽还剩哪些逾期没完成的?"},
		{"医养健康那项已经完成了，现在还有哪些逾期？", "医养健康", "还有哪些逾期？"},
		{"哪些任务已经完成了，请列出来", "", "哪些任务已经完成了，请列出来"},
	}
	for _, tt := range tests {
		done, rest := donePreamble(tt.in)
		if done != tt.done || rest != tt.rest {
			t.Errorf("donePreamble(%q) = %q, %q; want %q, %q", tt.in, done, rest, tt.done, tt.rest)
		}
	}
}

// TestStop50AbbreviatedPlanAndItsMainTasks: a plan named by its place and a two-character abbreviation
// ("平潭人影方案" for 平潭…人工影响天气…实施方案) is that plan, beside another plan of the place; its
// 主要任务 are the tasks of the part so headed, not its 保障措施.
func TestStop50AbbreviatedPlanAndItsMainTasks(t *testing.T) {
	weather := "某某县推进人工影响天气工作高质量发展实施方案\n某政办〔2021〕100号\n\n三、主要任务\n" +
		"（一）人工影响天气监测能力建设。建设监测站点2个。（县气象局牵头）\n" +
		"（二）人工影响天气作业能力建设。更新火箭发射装置1套。（县气象局、县应急局按职责分工负责）\n" +
		"四、保障措施\n（一）强化组织领导。建立联席会议制度。（县气象局牵头）\n"
	sand := "某某县建设工程砂石材料保障供应实施方案\n某政办〔2019〕131号\n\n一、主要任务\n" +
		"（一）拓展砂石来源。积极寻找区外建筑用砂。（县国资公司负责）\n"
	e := NewEngine(textIndex(t, weather, sand), Options{})
	a := askOn(t, e, "2026-12-06", "某某县人影方案有哪些主要任务?")[0]
	if len(a.Tasks) != 2 || !strings.Contains(a.Text, "监测能力建设") || strings.Contains(a.Text, "强化组织领导") || strings.Contains(a.Text, "砂石") {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop50BodySetUpIsNoParty: a body the question speaks of setting up (建立工作小组, 成立领导小组) is
// the work asked about, not a party; one that acts is.
func TestStop50BodySetUpIsNoParty(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"各乡镇建立工作小组的截止时间是?", nil},
		{"乡镇建立联席会议制度的期限是什么时候?", nil},
		{"成立领导小组了吗", nil},
		{"领导小组多久开一次会?", []string{"领导小组"}},
		{"工作专班由谁牵头?", []string{"工作专班"}},
	}
	for _, tt := range tests {
		if got := bodiesIn(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("bodiesIn(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestStop50ColloquialTopicEdges: talk around a topic's words (搞…, …归, …这种事) is cut from the term;
// a term it would leave shorter than two characters keeps it.
func TestStop50ColloquialTopicEdges(t *testing.T) {
	for in, want := range map[string]string{
		"搞业务培训":       "业务培训",
		"立项归":         "立项",
		"砂石市场操纵价格这种事": "砂石市场操纵价格",
		"搞好":          "搞好",
		"回归":          "回归",
		"人才回归":        "人才回归",
		"垃圾分类":        "垃圾分类",
	} {
		if got := trimColloquial(in); got != want {
			t.Errorf("trimColloquial(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStop50WhichPeriod: "哪段时间" asks when, and a stage written as a span of full days with
// dashes between ("（2007年12月11日---2008年1月31日）") is said whole.
func TestStop50WhichPeriod(t *testing.T) {
	text := "某某市城乡环境综合整治实施方案\n某政发〔2007〕9号\n\n三、实施步骤\n" +
		"（一）动员部署阶段(2007年11月20日---2007年12月10日)。各县区制定实施方案。\n" +
		"（二）突击整治阶段(2007年12月11日---2008年1月31日)。集中清理城乡垃圾。\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "突击整治阶段是哪段时间?")[0]
	if !strings.Contains(a.Text, "2007-12-11") || !strings.Contains(a.Text, "2008-01-31") {
		t.Errorf("the stage's span:\n%s", a.Text)
	}
}
