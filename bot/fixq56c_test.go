package bot

import (
	"strings"
	"testing"
)

// TestFixq56c_ItIsTheUnitAnswered: after "X由哪个单位牵头?" answered with one task's lead, "它还配合哪些?"
// is about that unit, in the role now asked, not about X again.
func TestFixq56c_ItIsTheUnitAnswered(t *testing.T) {
	text := "宁德市文化惠民工程实施方案\n一、重点项目\n" +
		"1.海洋文化展示馆建设项目，2031年6月底前建成开放。牵头单位：市文旅局；配合单位：市财政局\n" +
		"2.乡村书屋提质项目。牵头单位：市教育局；配合单位：市文旅局、市财政局\n" +
		"3.非遗传承人培训项目。牵头单位：市人社局；配合单位：市文旅局\n" +
		"4.体育公园建设项目。牵头单位：市体育局；配合单位：市自然资源局\n"
	e := NewEngine(textIndex(t, text), Options{})
	as := askOn(t, e, "2026-12-07", "宁德海洋文化展示馆建设项目由哪个单位牵头?", "它还配合哪些项目?")
	wantIn(t, "它还配合哪些项目?", as[1], []string{"乡村书屋提质项目", "非遗传承人培训项目"}, []string{"海洋文化展示馆", "体育公园"})
	// 它 of a task's own facet is the task asked about, not the unit the answer named.
	as = askOn(t, e, "2026-12-07", "宁德海洋文化展示馆建设项目由哪个单位牵头?", "它的截止时间呢?")
	wantIn(t, "它的截止时间呢?", as[1], []string{"2031-06-30"}, []string{"乡村书屋", "非遗传承人"})
}

// TestFixq56c_KindOfWorkAfterRelated: "X相关的工程/项目" asks for the works about X; the kind noun
// after 相关的 is no word a task must hold (a road's items say 修复, 改造, not 工程).
func TestFixq56c_KindOfWorkAfterRelated(t *testing.T) {
	text := "莆田市城厢区2031年为民办实事项目计划\n一、城市建设\n" +
		"1.拓宽228东路北段。主办单位：区住建局\n" +
		"2.改造228南路人行道及照明设施。主办单位：区城管局\n" +
		"3.建设滨河公园二期工程。主办单位：区园林中心\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"城厢228路相关的工程分别谁负责?", "城厢228路有关的项目有哪些?"} {
		wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"区住建局", "区城管局"}, []string{"滨河公园"})
	}
}

// TestFixq56c_QuarterPlanInItsQuarter: a quarter's plan's items, which set no date of their own, are
// that quarter's work: asked of the quarter ("2031年二季度要…"), they are listed, not "none".
func TestFixq56c_QuarterPlanInItsQuarter(t *testing.T) {
	text := "泉州市鲤城区人民政府2031年第二季度工作要点\n一、民生保障\n" +
		"1.养老服务。修订《鲤城区社区养老服务设施布局规划》，新增两家长者食堂。(责任单位:区民政局)\n" +
		"2.教育提升。启动区实验小学扩建工程前期工作。(责任单位:区教育局)\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "鲤城区2031年二季度要修订哪个布局规划?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"社区养老服务设施布局规划"}, []string{"没有。"})
}

// TestFixq56c_BestSentenceOutsideTitles: a sentence that holds the words asked only inside the title
// of a document it cites (根据《…》要求) quotes that document, not what the plan says of them: the
// sentence that says it wins.
func TestFixq56c_BestSentenceOutsideTitles(t *testing.T) {
	tests := []struct {
		name, text, phrase, want string
	}{
		{"the figure's sentence, not the cited title's",
			"按照《关于2030年保洁行业小时最低工资标准的通知》要求，完善本区保洁员工资保障；保洁员小时最低工资不低于全市标准并上浮8%。",
			"保洁行业小时最低工资", "8%"},
		{"a form the sentence sends is what it says",
			"加强夜市巡查。将《2030年夜市摊点管理情况统计表》于6月底前报送区商务局。",
			"夜市摊点管理情况统计表", "6月底前"},
		{"only a title holds the words: that sentence still",
			"执行《关于规范夜市摊点管理的意见》。加强巡查。",
			"夜市摊点管理", "夜市摊点"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestSentences(tt.text, tt.phrase, "", false); !strings.Contains(got, tt.want) {
				t.Errorf("bestSentences = %q, want it to hold %q", got, tt.want)
			}
		})
	}
}
