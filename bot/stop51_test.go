package bot

import (
	"strings"
	"testing"
)

// TestStop51CountFoldsABareNameIntoItsLevel: a plan that writes 区气象局 in some tasks and 气象局 in
// others means one bureau; a count per unit gives it one line with all its tasks, while a body two
// levelled names share (市水利局, 县水利局) stays apart from both.
func TestStop51CountFoldsABareNameIntoItsLevel(t *testing.T) {
	text := "某某区人工影响天气工作实施方案\n某政办〔2026〕5号\n\n一、主要任务\n" +
		"（一）加强监测能力建设。建设天气雷达。（牵头单位：区气象局）\n" +
		"（二）加强作业能力建设。更新作业装备。（牵头单位：区气象局）\n" +
		"（三）加强安全管理。落实弹药储存安全。（牵头单位：气象局；配合单位：区公安局）\n" +
		"（四）加强水资源调度。调度库区蓄水。（牵头单位：市水利局）\n" +
		"（五）加强库区管护。巡查库区堤防。（牵头单位：县水利局）\n" +
		"（六）加强河道清淤。清理河道淤泥。（牵头单位：水利局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "这个人影方案各单位分别负责几项?")[0]
	lines := strings.Split(a.Text, "\n")
	has := func(name, n string) bool {
		for _, l := range lines {
			if strings.Contains(l, name+"：") && strings.Contains(l, n+" 项") {
				return true
			}
		}
		return false
	}
	if !has("区气象局", "3") {
		t.Errorf("区气象局 and 气象局 are one unit with 3 tasks:\n%s", a.Text)
	}
	for _, l := range lines {
		if strings.Contains(l, " 气象局：") || strings.HasPrefix(strings.TrimLeft(l, "0123456789. "), "气象局：") {
			t.Errorf("气象局 has a line of its own: %q\n%s", l, a.Text)
		}
	}
	if !has("水利局", "1") || !has("市水利局", "1") || !has("县水利局", "1") {
		t.Errorf("水利局 of two levels stays apart:\n%s", a.Text)
	}
}

// TestStop51WhenOfAGoalNearAnUndatedTask: asked when a goal of many words is due ("累计争创12个省级
// 示范区要在什么时候前?"), the goal's own sentence with its date answers, though a task near it states
// no date; and asked a figure with its time ("2025年底前要建成多少个…"), the figure's sentence is said
// with the days it gives.
func TestStop51WhenOfAGoalNearAnUndatedTask(t *testing.T) {
	text := "某某市数字经济发展实施方案\n某政办发〔2026〕7号\n\n一、主要目标\n" +
		"2025年底前，累计争创12个省级数字经济示范区；到2027年，建成30个数字工厂。\n" +
		"二、主要任务\n" +
		"（一）加快数字经济示范区建设。持续培育成长型平台，积极争创省级数字经济示范区。（责任单位：市经信局）\n" +
		"（二）推进数字工厂改造。支持企业开展智能化改造。（责任单位：市发展改革委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, c := range []struct{ q, want string }{
		{"累计争创12个省级数字经济示范区要在什么时候前?", "2025-12-31"},
		{"2025年底前要累计争创多少个省级数字经济示范区?", "2025-12-31"},
	} {
		a := askOn(t, e, "2026-12-06", c.q)[0]
		if !strings.Contains(a.Text, c.want) || !strings.Contains(a.Text, "累计争创12个") {
			t.Errorf("%s: want the goal's sentence and %s:\n%s", c.q, c.want, a.Text)
		}
	}
}

// TestStop51QuestionWordsAroundTheFacets: words around a question's facets that are no topic and no
// window — a deictic after the things it points back at ("沿街商铺这类场所"), a quarter that names the
// table asked about ("一季度那张表里"), and 第一责任单位 as the lead.
func TestStop51QuestionWordsAroundTheFacets(t *testing.T) {
	text := "某某市2024年一季度重点工作任务完成情况\n\n" +
		"1.全面优化整合政策体系。完善企业家参与涉企政策制定工作联络机制。（牵头单位：市经信局；配合单位：市财政局）\n" +
		"2.开展沿街商铺消防巡查。由街道专职网格化巡查人员每日开展巡查，重点检查违规住人。（牵头单位：市消防救援支队）\n" +
		"3.做强物流直通车品牌。（牵头单位：市发改委；配合单位：市经信局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		q     string
		want  string
		tasks int
	}{
		{"沿街商铺这类场所多久巡查一次?", "每日", -1},
		{"一季度那张表里,市经信局牵头的是哪些?", "全面优化整合政策体系", 1},
		{"市经信局当第一责任单位的有几项?", "1 项", 1},
	}
	for _, tt := range tests {
		a := askOn(t, e, "2026-12-06", tt.q)[0]
		if !strings.Contains(a.Text, tt.want) || tt.tasks >= 0 && len(a.Tasks) != tt.tasks {
			t.Errorf("%s: want %q and %d tasks, got %v:\n%s", tt.q, tt.want, tt.tasks, a.Tasks, a.Text)
		}
	}
}

// TestStop51PlacelessPlanNamedWithItsPlace: a plan whose text names no place, named by its words and
// the place it came from ("辽宁那份就业创业意见里…"), is that plan; the place is no word of its tasks.
func TestStop51PlacelessPlanNamedWithItsPlace(t *testing.T) {
	placeless := "关于进一步做好新形势下就业创业工作的意见\n\n" +
		"（一）坚持扩大就业发展战略。把稳定和扩大就业作为经济运行合理区间的下限。（省发展改革委牵头，省人力资源社会保障厅参与）\n" +
		"（二）发展吸纳就业能力强的产业。（省经济和信息化委牵头）\n"
	other := "某某市促进就业实施方案\n某政办〔2026〕9号\n\n一、主要任务\n（一）开展职业技能培训。（牵头单位：市人社局）\n"
	e := NewEngine(textIndex(t, placeless, other), Options{})
	a := askOn(t, e, "2026-12-06", "辽宁那份就业创业意见里省发展改革委牵头几项?")[0]
	if len(a.Tasks) != 1 || !strings.Contains(a.Text, "1 项") {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop51WhenInTheNamedPlan: asked when something of a plan named by its words is due, where its
// tasks state no date, the plan's own sentence that holds the words and a date answers (金山's
// 工作目标: "到2035年,全面建成…管理养护体制机制"); a search named to a plan keeps to that plan's passages
// when they hold the words ("百日行动实施方案…于6月10日前分别报送").
func TestStop51WhenInTheNamedPlan(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ad-sh-jinshan-2021-rural-road-reform-plan.txt", "dev/ap-fj-pingtan-2013-work-safety-hundred-day-plan.txt", "dev/ap-fj-pingtan-2013-afforestation-targets-notice.txt"}), Options{})
	for _, c := range []struct{ q, want string }{
		{"金山农村公路管理养护体制什么时候全面建成?", "2035"},
		{"百日行动实施方案要在哪天前报上去", "6月10日"},
	} {
		a := askOn(t, e, "2026-12-06", c.q)[0]
		if !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: want %s:\n%s", c.q, c.want, a.Text)
		}
	}
}

// TestStop51TasksWithAStatedDay: "哪些任务有明确的完成日期?" asks for the tasks that state their own date,
// as 写了完成时间 does; 明确 is no topic.
func TestStop51TasksWithAStatedDay(t *testing.T) {
	text := "某某区消防安全综合治理实施意见\n某府办〔2026〕3号\n\n一、主要任务\n" +
		"（一）明确排查责任。建立网格化排查机制。（牵头单位：区消防救援支队）\n" +
		"（二）开展集中整治。2026年12月底前完成老旧小区隐患整治。（牵头单位：区住建委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "哪些任务有明确的完成日期?")[0]
	if len(a.Tasks) != 1 || !strings.Contains(a.Text, "开展集中整治") {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}

// TestStop51EnglishWithARoleGloss: an English question that glosses its role word in Chinese ("support
// (配合)") is still read in English: its topic is its English words' ("public bicycle" → 公共自行车).
func TestStop51EnglishWithARoleGloss(t *testing.T) {
	text := "某某市2026年重点民生实事责任分解\n\n" +
		"1.新投放公共自行车3000辆,新增100个网点。（牵头单位：市交通委；配合单位：市财政局、市城管局）\n" +
		"2.新辟公交线路10条。（牵头单位：市交通委；配合单位：市公安局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-06", "Which units support (配合) the public bicycle project?")[0]
	if len(a.Tasks) != 1 || !strings.Contains(a.Text, "市城管局") {
		t.Errorf("tasks %v:\n%s", a.Tasks, a.Text)
	}
}
