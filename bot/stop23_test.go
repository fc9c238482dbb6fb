package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

func TestSpreadHolds(t *testing.T) {
	for _, tc := range []struct {
		name, text, term string
		want             bool
	}{
		{"as written, spread out", "新增光伏发电装机容量", "光伏装机", true},
		{"the first two words the other way round", "全市交通领域新增光伏装机容量确保达到120MW", "光伏新增装机", true},
		{"a word's halves apart do not count", "创意产业、会展、房地产等专项规划", "房地产业", false},
		{"too short to swap", "光伏新增", "新增光", false},
		{"a two-word term swapped is another thing", "加强数据安全管理", "安全数据", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := spreadHolds(tc.text, tc.term); got != tc.want {
				t.Errorf("spreadHolds(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

func TestFigureQuestionEnds(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"公路超限率要控制在多少以内?", "公路超限率"},
		{"公积金贷款最高能贷多少？", "公积金贷款"},
		{"城市绿化覆盖率要达到多少", "城市绿化覆盖率"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := topicTerms(tc.q, "zh"); len(got) != 1 || got[0] != tc.want {
				t.Errorf("topicTerms(%q) = %v, want [%s]", tc.q, got, tc.want)
			}
		})
	}
}

func TestFigureWithPowerUnit(t *testing.T) {
	e := engineOver(t, parsed(t, "pv.txt", "某市交通领域光伏推广应用实施方案\n一、总体要求\n（一）发展目标\n近期目标：到2025年，全市交通领域新增光伏装机容量确保达到120MW，力争达到180MW。新建交通设施建筑屋顶安装光伏面积不低于50%。\n二、主要任务\n（一）推进“光伏+地铁”工程。（责任单位：市交通委）\n"))
	a := ask(t, e, "到2025年光伏新增装机要达到多少？")
	for _, want := range []string{"120MW", "180MW"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, a.Text)
		}
	}
}

func TestPlanByShortName(t *testing.T) {
	e := engineOver(t,
		parsed(t, "cq.txt", "重庆市进一步清理消费领域限制性举措持续扩大消费若干措施\n渝发改规范〔2025〕7号\n一、释放消费潜力\n1.推动体育场馆向社会开放。2025年底前完成。（责任单位：市体育局）\n"),
		parsed(t, "cq2.txt", "重庆市数字经济发展行动计划\n渝府办发〔2024〕3号\n一、重点任务\n1.建设算力中心。2025年底前建成。（责任单位：市大数据局）\n"))
	a := ask(t, e, "重庆扩消费措施里有哪些任务？")
	if !strings.Contains(a.Text, "推动体育场馆向社会开放") || strings.Contains(a.Text, "建设算力中心") {
		t.Errorf("扩消费措施 should name the one plan whose title says 扩大消费:\n%s", a.Text)
	}
	// The words before the short name stay the question's: only 扩消费措施 goes.
	p := e.Parser()
	q := p.Parse("重庆体育场馆开放在扩消费措施里谁牵头？", Context{}, plan.Day{Year: 2026, Month: 12, Day: 2})
	if !strings.Contains(strings.Join(q.Topic, " "), "体育场馆开放") {
		t.Errorf("topic %v, want 体育场馆开放 kept", q.Topic)
	}
}

func TestOwnerOfUnnamedTasks(t *testing.T) {
	e := engineOver(t, parsed(t, "hz.txt", "某市服务业意见\n一、重点任务\n（一）实施企业矩阵培育行动。培育一批领军企业。\n（二）推进家政服务提质。（责任单位：市商务局）\n"))
	a := ask(t, e, "企业矩阵培育行动谁牵头?")
	if a.Outcome != OutcomeNoAnswer || !strings.Contains(a.Text, "没有写明") || !strings.Contains(a.Text, "实施企业矩阵培育行动") {
		t.Errorf("a task naming no unit: the answer says the plan does not say who, and shows the task (%s):\n%s", a.Outcome, a.Text)
	}
	a = ask(t, e, "家政服务谁牵头?")
	if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "市商务局") {
		t.Errorf("a task naming its unit is answered (%s):\n%s", a.Outcome, a.Text)
	}
}

func TestFrequencySaidOnlyAsRegular(t *testing.T) {
	e := engineOver(t, parsed(t, "jx.txt", "某市服务业工作方案\n一、重点任务\n（一）建立服务业信息发布制度。定期发布服务业运行情况报告。（责任单位：市统计局）\n（二）加强调度。每月召开一次服务业工作例会。（责任单位：市发改委）\n"))
	a := ask(t, e, "服务业运行情况报告多久发布一次?")
	if a.Outcome != OutcomeNoAnswer || !strings.Contains(a.Text, "没有写明") || !strings.Contains(a.Text, "定期发布服务业运行情况报告") {
		t.Errorf("定期 says it repeats, not how often (%s):\n%s", a.Outcome, a.Text)
	}
	a = ask(t, e, "服务业工作例会多久开一次?")
	if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "每月") {
		t.Errorf("每月 is how often (%s):\n%s", a.Outcome, a.Text)
	}
}
