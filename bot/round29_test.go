package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestDepartmentsByTheirCommonNames: what question round 29's open set taught. A department asked
// by its common name (房管局, 住建委, 审计局) is that department wherever a plan names it, however the
// plan writes it; it is never answered for another unit a character away (审计局 is no typo of
// 统计局) nor for the unit its name ends in (建委 in 住建委). English names of the departments the
// table added read as the same types.
func TestDepartmentsByTheirCommonNames(t *testing.T) {
	e := engineOver(t, parsed(t, "yp.txt", "杨浦区内部道路精细化整治推进实施方案\n杨建委〔2025〕65号\n二、主要任务\n"+
		"1.移交接管。（牵头单位：区建设管理委；配合单位：区住房保障房屋管理局）\n"+
		"2.消防通道整治。（牵头单位：区消防救援支队；配合单位：各街道）\n"+
		"3.数据统计。（牵头单位：区统计局）\n"+
		"4.旧区改造。（牵头单位：区建委）\n"))
	for _, tc := range []struct{ q, want, not string }{
		{"杨浦房管局有啥任务", "移交接管", "数据统计"},
		{"区住建委负责什么？", "移交接管", "消防通道"},
		{"区审计局负责哪些任务？", "没有", "数据统计"},
		{"Which tasks is Yangpu's fire rescue bureau involved in?", "消防通道", "移交接管"},
		{"what does the housing administration bureau do?", "移交接管", "旧区改造"},
		{"区统积局负责哪些任务？", "数据统计", "移交接管"}, // a typo is still read as the near name
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
				t.Errorf("want %q and not %q in:\n%s", tc.want, tc.not, a.Text)
			}
		})
	}
}

// TestMonthEndAfterNextMonth: "下个月底前" is a time, not a topic 底前.
func TestMonthEndAfterNextMonth(t *testing.T) {
	e := engineOver(t, parsed(t, "an.txt", "上海港岸电实施方案（2023年）\n沪交科〔2023〕233号\n三、时间节点\n"+
		"（一）2023年6月底前\n召开岸电推进会议。（责任单位：市交通委）\n（二）2023年12月底前\n完成岸电设施建设。（责任单位：市交通委）\n"))
	a, err := e.Answer(context.Background(), Question{Text: "岸电方案下个月底前要完成哪些事？", Now: fixedClock("2023-05-15")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "召开岸电推进会议") || strings.Contains(a.Text, "完成岸电设施建设") {
		t.Errorf("next month (June 2023) holds the meeting only:\n%s", a.Text)
	}
}

// TestTimeLimitIsNoFrequency: "多长时间内要完成" asks the time limit a plan states, not how often.
func TestTimeLimitIsNoFrequency(t *testing.T) {
	p := handParser(t)
	for _, tc := range []struct {
		q     string
		often bool
	}{
		{"自治管理类的道路多长时间内要完成？", false},
		{"整改多久能办结？", false},
		{"岸线巡查多久一次？", true},
		{"多长时间通报一次？", true},
		{"隐患排查多久完成一次？", true},
		{"多久完成一次全面排查？", true},
	} {
		q := p.Parse(tc.q, Context{}, plan.NewDay(2026, 12, 1))
		if got := q.Shape == ShapeFrequency; got != tc.often {
			t.Errorf("%q: shape %q, asks how often = %v, want %v", tc.q, q.Shape, got, tc.often)
		}
	}
}

// TestShortenedUnitNames: a unit asked by a short form of its name (交建局 for 交通与建设局, 审批局 for
// 行政审批局, 静态交通办 for 静态交通领导小组办公室) is that unit, whether or not the plan writes its level every time.
func TestShortenedUnitNames(t *testing.T) {
	e := engineOver(t, parsed(t, "pt.txt", "某区改革创新六项措施\n某综管〔2017〕192号\n一、重点任务\n"+
		"1.创新广告审批方式。（牵头单位：区交通与建设局；配合单位：规划局）\n"+
		"2.开展燃气检查。（牵头单位：交通与建设局）\n"+
		"3.实施档案电子化。（牵头单位：区行政审批局）\n"+
		"4.制定停车共享协议。（牵头单位：区静态交通领导小组办公室）\n"))
	for _, tc := range []struct{ q, want, not string }{
		{"交建局牵头哪些？", "创新广告审批方式", "实施档案电子化"},
		{"审批局负责哪些任务？", "实施档案电子化", "创新广告审批方式"},
		{"静态交通办牵头哪些？", "制定停车共享协议", "实施档案电子化"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
				t.Errorf("want %q and not %q in:\n%s", tc.want, tc.not, a.Text)
			}
		})
	}
}

// TestPlanNicknames: a term that is a plan's nickname (迎评 for 迎接…评估工作方案: its characters in
// the title's order, the plan's own text using it) names that plan; the plan's other tasks are
// listed though their words do not hold it.
func TestPlanNicknames(t *testing.T) {
	e := engineOver(t, parsed(t, "yp.txt", "平潭综合实验区迎接2022年“对市督导”省级评估工作方案\n岚综管办〔2022〕30号\n一、实施步骤\n"+
		"1.制定迎评工作方案。（责任单位：区社会事业局）\n2.召开动员部署会。（责任单位：区社会事业局）\n3.迎评材料上传。（责任单位：各有关单位）\n"), parsed(t, "hz.txt", "某市全民健身实施方案\n某政办〔2022〕3号\n一、任务\n1.建设健身步道。（责任单位：市体育局）\n"))
	a := ask(t, e, "迎评有哪些任务？")
	if !strings.Contains(a.Text, "召开动员部署会") || strings.Contains(a.Text, "健身步道") {
		t.Errorf("迎评 names the 迎接…评估 plan; all its tasks, no other plan's:\n%s", a.Text)
	}
	// 环…卫 stand in order in one title and its text says 环卫 twice, but another plan's task says it
	// too: a topic, not that plan's name.
	e = engineOver(t, parsed(t, "hw.txt", "某县城乡环境卫生整治方案\n某政办〔2022〕3号\n一、任务\n1.加强环卫保洁。（责任单位：县城管局）\n2.配齐环卫设施。（责任单位：县城管局）\n3.整治农村河道。（责任单位：县水利局）\n"),
		parsed(t, "lj.txt", "某县垃圾分类方案\n某政办〔2022〕4号\n一、任务\n1.环卫车辆分类收运。（责任单位：县环卫所）\n"))
	a = ask(t, e, "环卫有哪些任务？")
	if strings.Contains(a.Text, "整治农村河道") || !strings.Contains(a.Text, "环卫车辆分类收运") {
		t.Errorf("环卫 is a topic across both plans:\n%s", a.Text)
	}
}

// TestEnglishTopicWords: English words of this stop's plans (parks, shore power) read as theirs.
func TestEnglishTopicWords(t *testing.T) {
	e := engineOver(t, parsed(t, "gy.txt", "某市公园提质增效工作方案\n某绿容〔2026〕3号\n一、主要任务\n"+
		"1.推进公园开放共享。（责任单位：市绿化市容局）\n2.推进码头岸电设施建设。（责任单位：市交通委）\n"))
	for _, tc := range []struct{ q, want, not string }{
		{"Which tasks are about parks?", "公园开放共享", "岸电设施"},
		{"Who is responsible for shore power?", "市交通委", "市绿化市容局"},
	} {
		if a := ask(t, e, tc.q); !strings.Contains(a.Text, tc.want) || strings.Contains(a.Text, tc.not) {
			t.Errorf("%q: want %q and not %q in:\n%s", tc.q, tc.want, tc.not, a.Text)
		}
	}
}

// TestTownNamedByItsPlan: "吴泾镇房管办负责几项" asks of the town's own plan (吴泾镇 in its title), not of
// tasks whose words hold 吴泾镇.
func TestTownNamedByItsPlan(t *testing.T) {
	e := engineOver(t, parsed(t, "wj.txt", "关于进一步规范吴泾镇建筑垃圾治理的通知\n闵吴府发〔2021〕3号\n上海市闵行区吴泾镇人民政府\n2021年3月1日\n一、职责分工\n"+
		"（一）房管办：负责协调吴泾镇各小区物业公司参与建筑垃圾治理工作。\n（二）规建办：负责督促建设单位申报。\n二、主要任务\n"+
		"（一）房管办须督促物业服务企业公布装修垃圾清运收费价格。\n（二）各村做好吴泾镇村域内建筑垃圾源头管理。\n"))
	a := ask(t, e, "吴泾镇房管办一共负责几项任务？")
	if !strings.Contains(a.Text, "2 项") || len(a.Tasks) != 2 {
		t.Errorf("want both of 房管办's tasks (tasks %v):\n%s", a.Tasks, a.Text)
	}
}
