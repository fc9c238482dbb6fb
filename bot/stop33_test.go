package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestStop33PlanRefs: a short phrase a question shares with a title names that plan only when the
// words qualifying it in the question are the title's too.
func TestStop33PlanRefs(t *testing.T) {
	customs := parsed(t, "customs.txt", "XX自治县治理农村移风易俗重点领域突出问题加强乡风文明建设专项行动实施方案\n一、主要任务\n1.面向农民群众发布《移风易俗倡议书》，按季度发布群众操办婚丧喜庆事宜情况。（责任单位：自治县文明办）\n")
	env := parsed(t, "env.txt", "环保专项行动时间安排\n（一）切实加强动态报告工作。环保专项行动领导小组每周编发二期工作简报，报送自治区环保专项行动领导小组办公室。\n（二）总结阶段。各县（市、区）于10月30日前报送工作总结。\n")
	e := engineOver(t, customs, env)
	a := ask(t, e, "2009年环保专项行动的工作简报多久编发一次?")
	if !strings.Contains(a.Text, "每周") || strings.Contains(a.Text, "移风易俗") {
		t.Errorf("the campaign's bulletins were not found, or another plan answered:\n%s", a.Text)
	}
	a = ask(t, e, "移风易俗专项行动多久发布一次婚丧喜庆情况?")
	if !strings.Contains(a.Text, "季度") {
		t.Errorf("a plan named by its own words was lost:\n%s", a.Text)
	}
}

// TestStop33PlanByWordPairs: a plan named by two-character words of its title, in order ("交通光伏方
// 案"), with a word many titles hold (工程) no name of any.
func TestStop33PlanByWordPairs(t *testing.T) {
	pv := parsed(t, "pv.txt", "上海交通领域光伏推广应用实施方案\n一、重点工程\n1.“光伏+公交”工程。到2025年，新建公交停保场屋顶光伏覆盖率超过50%。（责任单位：市道路运输局）\n2.“光伏+港口”工程。推进港区光伏建设。（责任单位：市交通委）\n3.“光伏+道路”工程。推进服务区光伏建设。（责任单位：市道路运输局）\n")
	other := parsed(t, "other.txt", "某市服务业“十百千”工程实施方案\n一、主要任务\n1.培育骨干企业。（责任单位：市商务局）\n")
	a := ask(t, engineOver(t, pv, other), "交通光伏方案里哪个单位负责的工程最多？")
	if !strings.Contains(a.Text, "市道路运输局") || strings.Contains(a.Text, "市商务局") {
		t.Errorf("the plan named by its words' pairs was not the one counted:\n%s", a.Text)
	}
}

// TestStop33LevelUnits: "哪个省直部门负责的最多" counts the province's departments only.
func TestStop33LevelUnits(t *testing.T) {
	d := parsed(t, "ah.txt", "某省进一步促进消费若干措施\n一、措施\n1.开展促消费活动。（责任单位：省商务厅、各市人民政府）\n2.发放消费券。（责任单位：省商务厅、省财政厅、各市人民政府）\n3.繁荣文旅消费。（责任单位：省文化和旅游厅、各市人民政府）\n")
	answerHas(t, d, "哪个省直部门负责的最多？", []string{"省商务厅：2"}, []string{"各市人民政府"})
}

// TestStop33TypoOpensRun: a mistyped unit name that opens a longer run of the question is still
// offered as the unit it nearly is.
func TestStop33TypoOpensRun(t *testing.T) {
	d := parsed(t, "pv.txt", "上海交通领域光伏推广应用实施方案\n一、重点工程\n1.“光伏+公交”工程。推进公交停保场屋顶光伏。（责任单位：市道路运输局）\n2.“光伏+港口”工程。推进港区光伏建设。（责任单位：市交通委）\n")
	a := ask(t, engineOver(t, d), "市道路运输矩在光伏方案里负责几项？")
	if !strings.Contains(a.Text, "您是否指“市道路运输局”") || !strings.Contains(a.Text, "1 项") {
		t.Errorf("the mistyped unit was not offered:\n%s", a.Text)
	}
}

// TestStop33PeriodAsTimeGoal: "时间目标是哪一年" asks the plan's period.
func TestStop33PeriodAsTimeGoal(t *testing.T) {
	d := parsed(t, "zc.txt", "上海市零碳园区建设工作方案\n为支持重点园区开展零碳园区建设，到2030年，建成一批零碳园区，特制定本方案。\n一、主要任务\n1.组织申报和评估遴选。（责任单位：市发展改革委）\n")
	answerHas(t, d, "零碳园区建设的时间目标是哪一年？", []string{"2030"}, nil)
}

// TestStop33EnglishTerms: zero-carbon parks, green power and carbon footprints are the plans' words.
func TestStop33EnglishTerms(t *testing.T) {
	d := parsed(t, "zc.txt", "上海市零碳园区建设工作方案\n一、主要任务\n（一）加快构建零碳标准体系。市市场监管局推动绿电溯源、产品碳足迹管理等相关标准编制和实施。\n（二）支持技术集成应用。市科委牵头开展零碳园区关键技术研发应用。\n")
	answerHas(t, d, "Who is responsible for standards on green-power traceability and carbon footprints?", []string{"市市场监管局"}, []string{"市科委"})
}

// TestStop33TwoCitiesTwoPlans: each city named with its own plan's words has that plan asked about.
func TestStop33TwoCitiesTwoPlans(t *testing.T) {
	a := parsed(t, "jx.txt", "嘉兴市推进服务业发展工作方案\n（2010年12月9日）\n一、主要任务\n1.编制服务业发展规划。（责任单位：市发改委）\n")
	b := parsed(t, "xz.txt", "徐州市人民政府关于印发2010年政府工作报告主要目标任务分解方案的通知\n徐政发〔2010〕29号\n2010年3月13日\n一、主要目标\n1.地区生产总值增长13%。（责任单位：市发改委）\n")
	ans := ask(t, engineOver(t, a, b), "嘉兴市推进服务业发展工作方案和徐州市目标任务分解方案分别是哪天印发的?")
	if !strings.Contains(ans.Text, "2010-12-09") || !strings.Contains(ans.Text, "2010-03-13") {
		t.Errorf("both plans' dates were not given:\n%s", ans.Text)
	}
}

// TestStop33PlanBesideCity: a plan of a place no plan is read as (银川都市圈, placed in the region),
// named beside a city, joins it; an autonomous region's 交通运输厅 is a transport department; two
// cities and one plan's words that neither city's plans hold are no widening to all their plans.
func TestStop33PlanBesideCity(t *testing.T) {
	qz := parsed(t, "qz.txt", "衢州市服务业发展实施方案\n一、主要任务\n1.多式联运枢纽港。（责任单位：市交通运输局）\n")
	yc := parsed(t, "yc.txt", "宁夏回族自治区人民政府办公厅关于印发银川都市圈建设2019年工作计划的通知\n宁政办发〔2019〕12号\n银川都市圈建设2019年工作计划\n（一）道路畅通工程。加快建设都市圈快速通道。（牵头单位：自治区交通运输厅；配合单位：自治区发展改革委）\n")
	e := engineOver(t, qz, yc)
	a := ask(t, e, "衢州和银川都市圈文件里,交通运输部门负责哪些工作?")
	if !strings.Contains(a.Text, "多式联运枢纽港") || !strings.Contains(a.Text, "道路畅通工程") {
		t.Errorf("both plans' transport departments were not listed:\n%s", a.Text)
	}
	if a := ask(t, e, "衢州和银川的垃圾分类方案有哪些任务"); strings.Contains(a.Text, "多式联运枢纽港") {
		t.Errorf("a plan neither city has widened to all their plans:\n%s", a.Text)
	}
}

// TestStop33CountTwoUnits: "X、Y在各个方案里一共有几项" gives each unit's count beside each plan's.
func TestStop33CountTwoUnits(t *testing.T) {
	d := parsed(t, "zc.txt", "上海市零碳园区建设工作方案\n一、主要任务\n（一）支持技术集成应用。市科委牵头开展零碳园区关键技术研发应用。\n（二）创新资金支持。市委金融办引导金融机构创新绿色金融产品。\n（三）统筹推进。市发展改革委负责零碳园区申报。\n")
	a := ask(t, engineOver(t, d), "市科委、市委金融办在各个方案里一共有几项任务")
	for _, want := range []string{"- 市科委：1 项", "- 市委金融办：1 项"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("the answer lacks %q:\n%s", want, a.Text)
		}
	}
}

// TestStop33WhatItDoes: "X在…中干什么" shows the task's own words.
func TestStop33WhatItDoes(t *testing.T) {
	d := parsed(t, "zc.txt", "上海市零碳园区建设工作方案\n一、主要任务\n（一）支持技术集成应用和项目建设。市科委牵头开展零碳园区关键技术研发应用，编制零碳技术目录。\n")
	answerHas(t, d, "市科委在零碳园区建设中干什么？", []string{"零碳技术目录"}, nil)
}

// TestStop33FigureFillers: "想申报", "至少要多大" are how a question asks, not what it is about.
func TestStop33FigureFillers(t *testing.T) {
	d := parsed(t, "zc.txt", "上海市零碳园区建设工作方案\n一、园区类型\n物流园区是指以货物仓储、转运、配送为核心功能的园区，零碳物流园区建成期库容面积原则上应不小于2万平方米。\n二、主要任务\n（一）统筹推进。市发展改革委负责零碳园区申报。\n")
	answerHas(t, d, "物流园区想申报零碳园区，库容面积至少要多大？", []string{"2万平方米"}, nil)
}

// TestStop33EnglishLevelWords: "the district emergency management bureau" names a department; the
// level word is no topic.
func TestStop33EnglishLevelWords(t *testing.T) {
	d := parsed(t, "yp.txt", "杨浦区排水管理体制改革实施方案\n一、职责分工\n（一）区应急局：负责指导排水设施安全生产工作。\n（二）区财政局：负责改革资金保障。\n")
	answerHas(t, d, "Which tasks in the drainage reform does the district emergency management bureau handle?", []string{"区应急局"}, []string{"区财政局"})
}

// TestStop33ShortListWords: a list of three tasks or fewer shows each task's own words.
func TestStop33ShortListWords(t *testing.T) {
	d := parsed(t, "cq.txt", "重庆市提振消费若干措施\n（一）加快吸引外来消费。推动离境退税地域和规模双扩围。（责任单位：市商务委、市税务局）\n（二）支持重点群体就业创业。落实税费减免政策。（责任单位：市税务局）\n")
	answerHas(t, d, "重庆市税务局负责哪些措施?", []string{"离境退税"}, nil)
}

// TestStop33ReviewMends: what the review of stop 33's rules found, each on its own input.
func TestStop33ReviewMends(t *testing.T) {
	d := parsed(t, "mz.txt", "某市民政工作要点\n一、主要任务\n1.提高城乡最低生活保障标准。（责任单位：市民政局）\n2.完善医疗保障制度。（责任单位：市医保局）\n3.加强市场监管。（责任单位：市场监管局、市民政局）\n")
	e := engineOver(t, d)
	q := e.Parser().Parse("最低生活保障谁负责?", Context{}, plan.DayOf(fixedClock("2026-12-01")()))
	if !slices.Contains(q.Topic, "最低生活保障") {
		t.Errorf("最低 was cut from the topic: %v", q.Topic)
	}
	if a := ask(t, e, "哪个市直部门负责的最多？"); strings.Contains(a.Text, "市场监管局") {
		t.Errorf("市场监管局 counted as a 市直 department:\n%s", a.Text)
	}
	if a := ask(t, e, "市直部门有哪些任务?"); strings.Contains(a.Text, "单位有哪些") {
		t.Errorf("a list question was rewritten as a ranking:\n%s", a.Text)
	}
}

// TestStop33HowManyDays: "多少天内要出具报告" asks how many days; 出具 stays a word.
func TestStop33HowManyDays(t *testing.T) {
	d := parsed(t, "sy.txt", "沈阳市城镇房屋安全管理三项制度工作方案\n一、工作内容\n1.房屋体检应依法依规委托具有相应资质的体检机构，体检结束后，应在15日内出具体检报告。（责任单位：市房产局）\n2.建立房屋养老金制度。（责任单位：市财政局）\n")
	answerHas(t, d, "房屋体检结束后多少天内要出具报告?", []string{"15日"}, nil)
}

// TestStop33ConcreteFrequency: how often is the task that says so, not one that says only 定期.
func TestStop33ConcreteFrequency(t *testing.T) {
	d := parsed(t, "bs.txt", "宝山区海洋垃圾清理行动方案\n一、重点任务\n1.防治河流垃圾入海。做好入海闸口区域漂浮垃圾打捞，定期清理。（责任单位：区水务局）\n2.优化近岸海域垃圾清理打捞频次。评估为清洁的岸段落实每两周至少一次全覆盖清理。（责任单位：区绿化市容局）\n")
	answerHas(t, d, "宝山岸段的垃圾清理打捞频次是怎么规定的？", []string{"每两周"}, []string{"防治河流垃圾入海"})
}

// TestStop33QuoteOnOneLine: a task's words quoted under its line stand on one line, a table cell's
// lines joined (静安's plan holds a cell of four numbered lines).
func TestStop33QuoteOnOneLine(t *testing.T) {
	e := NewEngine(corpusIndex(t, []string{"dev/ad-sh-jingan-2025-waste-sorting-plan.txt"}), Options{Now: fixedClock("2026-12-01")})
	a := ask(t, e, "静安区绿化市容局牵头哪些垃圾分类工作?")
	for _, line := range strings.Split(a.Text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "2.") {
			t.Errorf("a quote runs onto a second line:\n%s", a.Text)
			break
		}
	}
}
