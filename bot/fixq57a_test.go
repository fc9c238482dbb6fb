package bot

import (
	"strings"
	"testing"
)

// TestFixq57a_PlacelessPlanByItsPlace: a unit asked with a place no loaded plan is from ("萧山区科技局",
// "区商务局在萧山的…", "萧山发改") is the unit of the plan that names no place, not the same-named
// unit of a place the plans do name; with no placeless plan naming the unit, nothing is narrowed.
func TestFixq57a_PlacelessPlanByItsPlace(t *testing.T) {
	placeless := "重点工作任务分解\n一、主要任务\n" +
		"（一）建设未来产业孵化园，引进研发机构10家。（牵头单位：区科技局；参与单位：区发改局）\n" +
		"（二）推动外贸企业开拓新兴市场。（牵头单位：区发改局；参与单位：区科技局、区商务局）\n"
	located := "宁波市海曙区科技创新三年行动方案\n海政办〔2026〕8号\n一、主要任务\n" +
		"（一）培育科技型中小企业。（牵头单位：区科技局）\n（二）扩大跨境电商规模。（牵头单位：区商务局）\n" +
		"（三）推进重大项目前期工作。（牵头单位：区发改局）\n"
	e := NewEngine(textIndex(t, placeless, located), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"萧山区科技局牵头哪些工作?", []string{"未来产业孵化园"}, []string{"科技型中小企业"}},
		{"区商务局在萧山的任务清单里有什么事?", []string{"开拓新兴市场"}, []string{"跨境电商"}},
		{"萧山发改牵头了啥活", []string{"开拓新兴市场"}, []string{"重大项目前期"}},
		{"区科技局牵头哪些工作?", []string{"未来产业孵化园", "科技型中小企业"}, nil},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
	// The follow-up keeps to the placeless plan.
	as := askOn(t, e, "2026-12-07", "萧山区科技局牵头哪些工作?", "那它配合的呢?")
	wantIn(t, "那它配合的呢?", as[1], []string{"开拓新兴市场"}, []string{"科技型中小企业"})
}

// TestFixq57a_ChatWorkload: work fallen to a unit said in chat ("这回摊上了哪些活", "活多不多,都有啥")
// asks for its tasks (and how many), with no topic of its own; "什么时候得干完" asks when the work is
// to be finished (什么时候要完成).
func TestFixq57a_ChatWorkload(t *testing.T) {
	text := "莆田市2026年民生实事项目实施方案\n一、主要任务\n" +
		"（一）新建城市书房5家，2026年9月30日前完成。（牵头单位：市文旅局）\n" +
		"（二）改造农贸市场3个，2026年10月31日前完成。（牵头单位：市商务局；配合单位：市文旅局）\n" +
		"（三）新增停车泊位2000个。（牵头单位：市住建局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"莆田文旅局这回摊上了哪些活?", []string{"城市书房", "农贸市场"}, []string{"停车泊位"}},
		{"莆田文旅局活多不多,都有啥", []string{"2 项", "城市书房", "农贸市场"}, []string{"停车泊位", "没有提到"}},
		{"莆田商务局的任务重不重", []string{"1 项", "农贸市场"}, []string{"停车泊位"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
	as := askOn(t, e, "2026-12-07", "莆田商务局要干啥", "啥时候得干完")
	wantIn(t, "啥时候得干完", as[1], []string{"2026-10-31"}, []string{"没有提到"})
	for s, want := range map[string]string{"什么时候得干完": "什么时候要完成", "这项何时要做完": "什么时候要完成", "有没干完的吗": "有未干完的吗"} {
		if got := normalizePhrasing(s); !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %q in it", s, got, want)
		}
	}
}

// TestFixq57a_AssessmentIndicators: an assessment list's rows asked for by its column's words ("负责哪些
// 考核指标", "有几个考评指标") are the unit's indicators; 考核 is no word their rows must hold.
func TestFixq57a_AssessmentIndicators(t *testing.T) {
	text := "2026年某某县生态文明建设目标责任考核清单\n" +
		"考核项目 序号 考核指标 目标值 责任部门 评分部门\n" +
		"1. 森林覆盖率 ≥62%（责任部门：县林业局）\n" +
		"2. 新增造林面积 1.2万亩（责任部门：县林业局）\n" +
		"3. 城镇污水处理率 ≥95%（责任部门：县住建局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, s := range []string{"县林业局负责哪些考核指标?", "县林业局有几个考评指标?"} {
		a := askOn(t, e, "2026-12-07", s)[0]
		wantIn(t, s, a, []string{"2 项", "森林覆盖率"}, []string{"污水处理", "没有提到"})
	}
}

// TestFixq57a_OthersThanTheOneNamed: after an answer that named one task ("X是谁负责?"), "还负责别的措施吗?"
// asks for the unit's other tasks, not the one just named.
func TestFixq57a_OthersThanTheOneNamed(t *testing.T) {
	text := "某某省促进夜间消费若干措施\n一、主要任务\n" +
		"（一）打造夜间消费集聚区。（牵头单位：省商务厅）\n" +
		"（二）规范夜市摊点经营秩序。（牵头单位：省市场监管局）\n" +
		"（三）开展放心消费示范创建。（牵头单位：省市场监管局、省商务厅）\n"
	e := NewEngine(textIndex(t, text), Options{})
	as := askOn(t, e, "2026-12-07", "夜市摊点经营秩序是谁负责?", "省市场监管局还负责别的措施吗?")
	wantIn(t, "还负责别的措施吗", as[1], []string{"放心消费"}, []string{"夜市摊点"})
	if len(as[1].Tasks) != 1 {
		t.Errorf("还负责别的: tasks %v", as[1].Tasks)
	}
	// Asked on its own, every task of the unit.
	a := askOn(t, e, "2026-12-07", "省市场监管局还负责别的措施吗?")[0]
	wantIn(t, "alone", a, []string{"放心消费", "夜市摊点"}, nil)
}

// TestFixq57a_StandingPractice: "哪些要常态化开展" asks for the duties the plan says are kept 常态化,
// not every one that repeats; 定期要做的 still asks for all of them.
func TestFixq57a_StandingPractice(t *testing.T) {
	text := "某某区防汛防台工作实施方案\n一、主要任务\n" +
		"（一）加强隐患排查。每月开展一次水库山塘巡查。（牵头单位：区水利局）\n" +
		"（二）强化队伍建设。常态化开展抢险救援技能培训。（牵头单位：区应急管理局）\n" +
		"（三）完善预警发布。定期更新防汛责任人名单。（牵头单位：区气象局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "哪些要常态化开展?")[0]
	wantIn(t, "常态化", a, []string{"技能培训"}, []string{"水库山塘", "责任人名单"})
	a = askOn(t, e, "2026-12-07", "有哪些定期要做的工作?")[0]
	wantIn(t, "定期", a, []string{"技能培训", "水库山塘"}, nil)
}

// TestFixq57a_EnglishBureaus: the meteorological (weather) bureau is 气象, the natural resources and
// planning bureau 自然资源.
func TestFixq57a_EnglishBureaus(t *testing.T) {
	for s, want := range map[string]string{
		"Which tasks does the meteorological bureau share with the police?":        "气象部门",
		"What does the county weather bureau lead?":                                "气象部门",
		"What is the natural resources and planning bureau responsible for?":       "自然资源部门",
		"What does the bureau of planning and natural resources lead in Zhoushan?": "自然资源部门",
	} {
		if got := translateDepts(s); !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %s", s, got, want)
		}
	}
}

// TestFixq57a_RosterOfLiaisons: "的联络员" says who is asking ("我是商务局的联络员"), but a roster of
// them ("联络员名单", "联系人信息") is what a question may ask about, and stays.
func TestFixq57a_RosterOfLiaisons(t *testing.T) {
	for s, want := range map[string]bool{
		"诚信体系的联络员名单什么时候报送?":  true,
		"各单位的联系人信息哪天前报?":     true,
		"我是商务局的联络员,我们有哪些任务?": false,
	} {
		got := normalizePhrasing(s)
		if kept := strings.Contains(got, "联络员") || strings.Contains(got, "联系人"); kept != want {
			t.Errorf("%s: %q, kept %v, want %v", s, got, kept, want)
		}
	}
	text := "某某区安全生产诚信体系建设实施方案\n一、主要任务\n" +
		"（一）建立安全生产诚信黑名单制度。（牵头单位：区应急管理局）\n" +
		"（二）各单位要确定一名工作联络员，于2026年3月15日前将联络员名单报送区应急管理局。（牵头单位：区直各单位）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "诚信体系的联络员名单什么时候报送?")[0]
	wantIn(t, "联络员名单", a, []string{"2026-03-15"}, []string{"黑名单制度"})
}

// TestFixq57a_YearEndOfAPastPlan: "年底前要完成什么" of a plan of an earlier year, whose year's end holds
// its deadlines and this year's none, is that year's end; "今年年底前" stays this year's.
func TestFixq57a_YearEndOfAPastPlan(t *testing.T) {
	text := "某某市数字政府建设2023年工作要点\n一、主要任务\n" +
		"（一）深化一网通办，年底前实现高频事项全程网办。（牵头单位：市大数据局）\n" +
		"（二）6月底前上线政务服务移动端。（牵头单位：市大数据局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "数字政府要点里年底前要完成什么?")[0]
	wantIn(t, "年底前", a, []string{"全程网办", "2023-12-31"}, []string{"移动端"})
	a = askOn(t, e, "2026-12-07", "数字政府要点里今年年底前要完成什么?")[0]
	wantIn(t, "今年年底前", a, nil, []string{"全程网办"})
}
