package bot

import (
	"slices"
	"strings"
	"testing"
)

// TestStop34PersonInCharge: "X分管哪些工作" asks the tasks of a leader named in a 分管领导 column,
// a person rather than a unit: the name is the topic.
func TestStop34PersonInCharge(t *testing.T) {
	d := parsed(t, "box.txt", "序号｜工作任务｜分管领导｜牵头单位\n1｜完善企业信用信息归集共享机制｜张建国｜市发展改革委\n2｜开展诚信宣传周活动｜李明｜市委宣传部\n")
	answerHas(t, d, "张建国分管哪些工作任务?", []string{"信用信息归集"}, []string{"诚信宣传周"})
}

// TestStop34CountByCity: "按城市列一下数量" counts per place, and is no topic.
func TestStop34CountByCity(t *testing.T) {
	a := parsed(t, "a.txt", "丽水市服务业发展实施方案\n一、任务\n1.发展职业教育。（责任单位：市教育局）\n2.推进产教融合。（责任单位：市教育局）\n")
	b := parsed(t, "b.txt", "台州市服务业发展实施方案\n一、任务\n1.建设实训基地。（责任单位：市教育局）\n")
	got := ask(t, engineOver(t, a, b), "教育部门在所有方案里一共负责哪些任务？按城市列一下数量。")
	for _, w := range []string{"丽水市 市教育局：2 项", "台州市 市教育局：1 项"} {
		if !strings.Contains(got.Text, w) {
			t.Errorf("the count by city lacks %q:\n%s", w, got.Text)
		}
	}
}

// TestStop34EnglishParts: "the first half of 2016", "Q3 2025" are windows, not topics.
func TestStop34EnglishParts(t *testing.T) {
	d := parsed(t, "pt.txt", "丽水市畅通城市三年行动方案\n一、任务\n1.优化公交线网，于2016年上半年完成。（责任单位：市交通局）\n2.建设停车场，2016年9月底前完成。（责任单位：市住建局）\n3.改造路口，2025年8月底前完成。（责任单位：市公安局）\n")
	answerHas(t, d, "Which tasks were due in the first half of 2016?", []string{"优化公交线网"}, []string{"停车场", "改造路口"})
	answerHas(t, d, "What is due in Q3 2025?", []string{"改造路口"}, []string{"停车场", "优化公交线网"})
}

// TestStop34BriefSummary: "简单介绍一下…方案" asks for the plan's summary; 简单 is no topic.
func TestStop34BriefSummary(t *testing.T) {
	d := parsed(t, "ls.txt", "丽水市服务业高质量发展实施方案\n丽政办发〔2023〕9号\n一、任务\n1.培育骨干企业。（责任单位：市商务局）\n2.建设集聚区。（责任单位：市发改委）\n")
	answerHas(t, d, "简单介绍一下丽水市服务业高质量发展实施方案。", []string{"丽政办发〔2023〕9号", "市商务局"}, []string{"简单"})
}

// TestStop34RoadConditionChecks: "road condition checks" are the plans' 路况检测.
func TestStop34RoadConditionChecks(t *testing.T) {
	d := parsed(t, "js.txt", "丽水市农村公路管理养护体制改革实施方案\n一、任务\n1.加强养护管理。乡村道每年由市交通运输事业发展中心委托专业单位组织路况检测。（责任单位：市交通运输事业发展中心）\n2.完善安全设施。（责任单位：市公安局）\n")
	answerHas(t, d, "Who does the road condition checks on rural roads?", []string{"市交通运输事业发展中心"}, []string{"市公安局"})
}

// TestStop34RoutineInMonth: "下个月有哪些例行工作" lists the duties that fall in that month: a
// monthly one, not a yearly one whose month the plan does not say.
func TestStop34RoutineInMonth(t *testing.T) {
	d := parsed(t, "ls.txt", "丽水市服务业高质量发展实施方案\n丽政办发〔2023〕9号\n一、任务\n1.培育骨干企业。每年滚动建立百家企业培育库。（责任单位：市发改委）\n2.加强运行监测。每月调度服务业运行情况。（责任单位：市统计局）\n3.开展年度评估。每年3月底前报送评估报告。（责任单位：市商务局）\n")
	e := engineAt(t, "2026-12-04", d)
	a := ask(t, e, "丽水下个月有哪些例行工作？")
	if !strings.Contains(a.Text, "运行监测") || strings.Contains(a.Text, "骨干企业") || strings.Contains(a.Text, "年度评估") {
		t.Errorf("next month's routine work is not the monthly duty alone:\n%s", a.Text)
	}
	a = ask(t, e, "丽水本月有哪些例行工作？")
	if !strings.Contains(a.Text, "运行监测") {
		t.Errorf("a monthly duty naming no day was lost from this month, asked on the 4th:\n%s", a.Text)
	}
}

// TestStop34GradeLetter: one Latin letter inside Han words is a grade (国有A级景区), kept in the
// topic; the English article "a" is not.
func TestStop34GradeLetter(t *testing.T) {
	got := topicTerms(topicStop.ReplaceAllString("国有A级景区免门票", " "), "zh")
	if !slices.Contains(got, "国有A级景区免门票") {
		t.Errorf("the grade letter was lost: %q", got)
	}
	got = topicTerms(topicStop.ReplaceAllString("is there a cold chain task", " "), "en")
	if slices.Contains(got, "a") {
		t.Errorf("the article was kept: %q", got)
	}
}

// TestStop34QuarterOfNamedPlan: "二季度" asked of a plan named by its title is that plan's year's
// quarter; when no year holds any task, the answer keeps the window as asked.
func TestStop34QuarterOfNamedPlan(t *testing.T) {
	d := parsed(t, "q2.txt", "某镇2024年度重点工作计划二季度执行情况\n序号\n重点工作\n责任\n科室\n工作任务安排\n第二季度\n完成情况\n"+
		"1\n白仙山水库工程政策处理\n水利办\n推进坟墓迁移工作。\n坟墓迁移进度达60%。\n")
	e := engineAt(t, "2026-12-03", d)
	a := ask(t, e, "某镇2024年度重点工作计划二季度安排了哪些工作任务？")
	if !strings.Contains(a.Text, "坟墓迁移") || !strings.Contains(a.Text, "2024-06-30") {
		t.Errorf("the plan's own quarter was not asked:\n%s", a.Text)
	}
	a = ask(t, e, "某镇2024年度重点工作计划三季度安排了哪些工作任务？")
	if !strings.Contains(a.Text, "2024-07-01") && !strings.Contains(a.Text, "2026-07-01") || strings.Contains(a.Text, "2011") {
		t.Errorf("with nothing due, the window is not the one asked:\n%s", a.Text)
	}
}
