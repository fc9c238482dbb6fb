package bot

import (
	"testing"
)

// TestFixq55c_ShortNameNotAsked: a unit called by a short form of its name (集团 for 港航物流集团,
// 经信委 for 区经济信息委) in a question that asks something else of it ("管哪块", "要完成啥指标") is
// that unit, when the short form fits one unit only.
func TestFixq55c_ShortNameNotAsked(t *testing.T) {
	text := "莆田市秀屿区2024年政府工作报告目标任务\n" +
		"1.规上工业增加值增长8%左右。（牵头单位：区经济信息委）\n" +
		"2.港口货物吞吐量突破5000万吨。（牵头单位：港航物流集团）\n" +
		"3.新增城镇就业3000人。（牵头单位：区人社局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "秀屿经信委要完成啥指标")[0]
	wantIn(t, "经信委要完成啥指标", a, []string{"8%"}, []string{"吞吐量", "就业"})
	if q := parseOn(t, e, "港航集团管哪块?"); len(q.Units) != 1 || q.Units[0].Name != "港航物流集团" {
		t.Errorf("港航集团管哪块: units %+v topic %v", q.Units, q.Topic)
	}
	a = askOn(t, e, "2026-12-07", "港航集团管哪块?")[0]
	wantIn(t, "港航集团管哪块", a, []string{"吞吐量"}, []string{"工业增加值", "就业"})
	if q := parseOn(t, e, "秀屿区卫健委要完成啥指标"); len(q.Units) > 0 {
		t.Errorf("a unit no plan names: units %+v", q.Units)
	}
}

// TestFixq55c_LevelessKin: a place's plan that writes a unit without its level (医保局) writes the
// place's one unit of that name with its level (区医疗保障局): asked by either name, both tasks.
func TestFixq55c_LevelessKin(t *testing.T) {
	text := "莆田市秀屿区健康扶贫实施方案\n一、主要任务\n" +
		"（一）落实参保资助。（责任单位：区医疗保障局、区财政局）\n" +
		"（二）加强业务指导。区直责任单位：医保局、民政局等，要加强对乡镇的指导。\n" +
		"（三）开展义诊活动。（责任单位：区卫健局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, s := range []string{"区医疗保障局负责哪些?", "秀屿医保局负责哪些?"} {
		a := askOn(t, e, "2026-12-07", s)[0]
		wantIn(t, s, a, []string{"落实参保资助", "加强业务指导"}, []string{"义诊"})
	}
}

// TestFixq55c_PlaceNounNoTypo: a common noun for a kind of place (县城区, 主城区) is no misspelt place a
// character off it (鹿城区), while a real slip (鹿成区) still is.
func TestFixq55c_PlaceNounNoTypo(t *testing.T) {
	text := "温州市鹿城区市容整治方案\n一、主要任务\n（一）拆除违章广告牌。2024年6月底前完成。（责任单位：区综合执法局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	p := e.Parser()
	for _, s := range []string{"县城区广告牌什么时候拆完?", "主城区广告牌什么时候拆完?"} {
		if typed, city := p.mistypedPlace(s); city != "" {
			t.Errorf("%s: read %q as %s", s, typed, city)
		}
	}
	if _, city := p.mistypedPlace("鹿成区广告牌什么时候拆完?"); city == "" {
		t.Errorf("鹿成区: no place")
	}
}

// TestFixq55c_IssuerOfUntitledPlan: a plan whose title the parser could not read names itself in a
// line of its own ("2024年交通局“平安春运”活动实施方案"): the unit typed right before its words there
// ("交通局平安春运方案里") issued it, and is no party asked about.
func TestFixq55c_IssuerOfUntitledPlan(t *testing.T) {
	text := "第1页 共5页\n下载说明\n2024\n年交通局\n平安春运\n活动方案\n2024年交通局“平安春运”活动实施方案\n" +
		"为做好春运工作，特制定本方案。\n一、重点工作\n（一）加强客运站安检。县城区各客运站安检设备1月底前全部更新到位。\n责任单位:客运管理所\n" +
		"（二）排查危桥。2月底前完成。\n责任单位:公路段\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "交通局平安春运方案里,县城区安检设备什么时候更新到位?")[0]
	wantIn(t, "交通局平安春运方案里", a, []string{"安检"}, []string{"危桥"})
}

// TestFixq55c_HowManyInTable: "How many projects are in … table?" counts the plan's tasks, as
// "…有多少个项目" does; "livelihood" is 民生.
func TestFixq55c_HowManyInTable(t *testing.T) {
	text := "莆田市荔城区2023年民生实事项目进度表\n1.新建幼儿园2所。（责任单位：区教育局）\n" +
		"2.改造老旧小区10个。（责任单位：区住建局）\n3.新增停车位500个。（责任单位：区交通局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "How many projects are in Licheng's livelihood progress table?")
	if q.Shape != ShapeCount {
		t.Errorf("shape %q, want count", q.Shape)
	}
	if q := parseOn(t, e, "How many projects will be built in Licheng?"); q.Shape == ShapeCount {
		t.Errorf("a figure read as a count")
	}
}

// TestFixq55c_SharedObject: "新建或改建X" asks of X built new or rebuilt, not of every task that says
// 新建: two words of one head joined by 或/和 share the object after the second.
func TestFixq55c_SharedObject(t *testing.T) {
	if got := sharedObject("新建", "改建学校食堂"); got != "新建学校食堂" {
		t.Errorf("got %q", got)
	}
	if got := sharedObject("省级", "市级示范园区"); got != "省级示范园区" {
		t.Errorf("got %q", got)
	}
	if got := sharedObject("养老", "托育服务"); got != "养老" {
		t.Errorf("no shared head: got %q", got)
	}
	text := "莆田市城厢区校园建设方案\n一、主要任务\n（一）建设学校食堂。新建或改建中小学食堂15所。（责任单位：区教育局）\n" +
		"（二）新建篮球场。新建篮球场20片。（责任单位：区体育局）\n（三）新建图书室。（责任单位：区文旅局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "城厢区新建或改建中小学食堂谁负责?")[0]
	wantIn(t, "新建或改建", a, []string{"区教育局"}, []string{"篮球场", "图书室"})
}

// TestFixq55c_NumberedTasks: "N项编号任务中" asks of the tasks the plan numbers, not the clauses of a
// part it leaves unnumbered; 编号 before 任务 asks for no document number.
func TestFixq55c_NumberedTasks(t *testing.T) {
	text := "莆田市数字城市建设工作要点\n一、重点任务\n（一）夯实底座\n1.建设城市信息模型平台。（责任部门：市数据局）\n" +
		"2.推进感知设备共建共享。（责任部门：市数据局、市住建局）\n3.完善地名地址库。（责任部门：市自然资源局）\n" +
		"二、保障机制\n市数据局支持数字化项目立项。市财政局加强资金保障。\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := parseOn(t, e, "数字城市工作要点的3项编号任务中,市数据局出现在几项?")
	if q.Shape != ShapeCount || !q.numbered {
		t.Fatalf("shape %q numbered %v; want a count of numbered tasks", q.Shape, q.numbered)
	}
	a := askOn(t, e, "2026-12-07", "数字城市工作要点的3项编号任务中,市数据局出现在几项?")[0]
	wantIn(t, "编号任务", a, []string{"2 项", "城市信息模型", "感知设备"}, []string{"立项"})
	if q := parseOn(t, e, "数字城市工作要点的编号是什么?"); q.Shape != ShapePlanFacts {
		t.Errorf("the plan's number: shape %q", q.Shape)
	}
}
