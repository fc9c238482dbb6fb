package bot

import (
	"testing"
)

// fixq57b_test.go: the bot side of the questions of rounds 160–162, each on invented plans.

// TestFixq57b_StagesAreTheItems: "哪些阶段已经过期了", "有哪几个步骤": a stage (阶段, 步骤, 环节) asked
// for by which is what a plan's steps are called, no word a task must hold.
func TestFixq57b_StagesAreTheItems(t *testing.T) {
	text := "2031年某区河道清淤民生实事项目实施方案\n一、实施步骤\n" +
		"（一）第一季度：完成项目立项和勘察设计；\n" +
		"（二）第二季度：完成招投标工作；\n" +
		"（三）第三季度：全面开展清淤施工；\n" +
		"（四）第四季度：完成竣工验收。\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"河道清淤项目哪些阶段已经过期了?", "河道清淤项目哪几个步骤已经过期了?"} {
		wantIn(t, q, askOn(t, e, "2031-08-15", q)[0], []string{"完成项目立项和勘察设计", "完成招投标工作"}, []string{"清淤施工；", "没有。"})
	}
	// A stage named by its own word stays the topic: "验收阶段" is asked for, not every stage.
	q := "河道清淤项目竣工验收安排在什么时候?"
	wantIn(t, q, askOn(t, e, "2031-08-15", q)[0], []string{"完成竣工验收"}, []string{"招投标工作"})
}

// TestFixq57b_QuarterOfThePlansYear: a step a plan dates by a quarter of its own year ("第三季度：…")
// is dated in that year: asked for the quarter with its year ("2031年第三季度要做什么?"), it is listed.
func TestFixq57b_QuarterOfThePlansYear(t *testing.T) {
	text := "上海市闵行区2031年河道清淤民生实事项目实施方案\n一、实施步骤\n" +
		"（一）第一季度：完成项目立项和勘察设计；\n" +
		"（二）第二季度：完成招投标工作；\n" +
		"（三）第三季度：全面开展清淤施工；\n" +
		"（四）第四季度：完成竣工验收。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "2031年第三季度闵行这个项目要做什么?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"全面开展清淤施工", "2031-09-30"}, []string{"招投标工作", "完成竣工验收", "没有。"})
}

// TestFixq57b_PlanNameBeforeItsPlace: "X整治中区城管局牵头什么": the words before 中 are the plan's name
// cut short, not a topic its tasks must write.
func TestFixq57b_PlanNameBeforeItsPlace(t *testing.T) {
	text := "上海市闵行区开展“清河畅”河道环境综合整治专项行动方案\n三、工作内容\n" +
		"（一）清理河道沿岸违章搭建。区城管局要组织各街镇开展拆违行动。（牵头单位：区城管局）\n" +
		"（二）加强排污口监测。（牵头单位：区生态环境局）\n" +
		"四、工作要求\n" +
		"（一）及时报送信息。各相关单位每月最后一个工作日前上报当月工作情况。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "闵行清河畅河道整治中区城管局牵头什么?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"清理河道沿岸违章搭建"}, []string{"没有。", "排污口"})
	// The part the question names by its heading ("工作内容有几项") is what is counted.
	q = "闵行清河畅河道整治的工作内容有几项?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"2 项", "排污口"}, []string{"及时报送信息"})
}

// TestFixq57b_MainTasksOfAPlanNamedShort: "X年主要任务中涉及几项": 主要任务 names the part of the plan,
// no word of a topic ("年主" of 提升年 + 主要).
func TestFixq57b_MainTasksOfAPlanNamedShort(t *testing.T) {
	text := "上海市闵行区“河长履职提升年”行动方案\n二、主要任务\n" +
		"1.开展河长巡河。（责任单位：区水务局）\n" +
		"2.建立河长述职制度。（责任单位：区水务局、区委组织部）\n" +
		"3.加强河道保洁考核。（责任单位：区绿化市容局）\n" +
		"三、保障措施\n" +
		"1.加强督查。（责任单位：区水务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "区水务局在河长履职提升年主要任务中涉及几项?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"2 项", "开展河长巡河", "建立河长述职制度"}, []string{"没有。", "加强督查"})
}

// TestFixq57b_LocalFinanceBureau: 地方金融局 is a city's finance bureau: "金融局有啥活" asks of it.
func TestFixq57b_LocalFinanceBureau(t *testing.T) {
	text := "宁德市2031年稳企业工作方案\n一、重点任务\n" +
		"1.开展银企对接活动，缓解中小企业融资难。（责任单位：市地方金融局、市工信局）\n" +
		"2.落实减税降费政策。（责任单位：市税务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "宁德金融局有啥活"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"开展银企对接活动"}, []string{"没有找到", "减税降费"})
}

// TestFixq57b_PlanNamedByItsIssuer: a bureau's plan to its own sections, asked of by the bureau's name
// ("江夏区自然资源与规划局方案里…"), where no task names the bureau as a unit: the name names the plan,
// not an unknown unit nor a topic.
func TestFixq57b_PlanNamedByItsIssuer(t *testing.T) {
	text := "标题: 武汉市江夏区自然资源与规划局关于印发《2031年信息公开工作方案》的通知\n" +
		"发布机构: 武汉市江夏区自然资源与规划局\n" +
		"==================== 正文 ====================\n" +
		"武汉市江夏区自然资源与规划局关于印发《2031年信息公开工作方案》的通知\n" +
		"机关各科室、局属各单位：现将方案印发给你们，请认真贯彻落实。\n" +
		"武汉市江夏区自然资源与规划局\n2031年3月2日\n" +
		"2031年信息公开工作方案\n" +
		"一、主要任务\n" +
		"（一）公开土地征收信息。（征收科牵头落实）\n" +
		"（二）公开规划许可信息。（规划科牵头落实）\n" +
		"二、工作要求\n" +
		"（一）强化组织领导。（办公室牵头落实）\n" +
		"各牵头科室要将全年工作任务落实情况于11月20日前报送局办公室。（办公室牵头落实）\n"
	// Another city's plan names a 规划局 as a unit: the end of the issuer's name is no unit of it.
	other := "宁德市2031年城市更新工作方案\n一、重点任务\n1.编制城市更新专项规划。（责任单位：市规划局）\n2.推进老旧小区改造。（责任单位：市住建局）\n"
	e := NewEngine(textIndex(t, text, other), Options{})
	q := "江夏自然资源与规划局2031年信息公开方案的主要任务有几项?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"2 项", "公开土地征收信息", "公开规划许可信息"}, []string{"没有找到", "强化组织领导"})
}

// TestFixq57b_IssuerThatIsAUnit: where a plan of the place names the issuing bureau as a unit, the
// bureau's name asks of that unit's tasks, not of the plan it issued.
func TestFixq57b_IssuerThatIsAUnit(t *testing.T) {
	issued := "标题: 武汉市江夏区自然资源与规划局关于印发《2031年信息公开工作方案》的通知\n" +
		"发布机构: 武汉市江夏区自然资源与规划局\n" +
		"==================== 正文 ====================\n" +
		"2031年信息公开工作方案\n一、主要任务\n" +
		"（一）公开土地征收信息。（征收科牵头落实）\n" +
		"（二）公开规划许可信息。（规划科牵头落实）\n"
	named := "武汉市江夏区2031年城市更新工作方案\n一、重点任务\n" +
		"1.编制城市更新专项规划。（牵头单位：区自然资源与规划局）\n" +
		"2.推进老旧小区改造。（牵头单位：区住建局）\n"
	e := NewEngine(textIndex(t, issued, named), Options{})
	q := "江夏区自然资源与规划局牵头哪些任务?"
	wantIn(t, q, askOn(t, e, "2031-05-06", q)[0], []string{"编制城市更新专项规划"}, []string{"公开土地征收信息", "老旧小区改造"})
}
