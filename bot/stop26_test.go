package bot

import (
	"context"
	"strings"
	"testing"
)

// TestReviewOfStop25Answers: what a review of stop 25's question rules found them getting wrong.
func TestReviewOfStop25Answers(t *testing.T) {
	t.Run("a system that is equipment names no department", func(t *testing.T) {
		types := defaultDeptTypes()
		for _, tc := range []struct {
			q    string
			want bool
		}{
			{"消防系统有哪些任务?", true},
			{"消防系统改造由谁负责?", false},
			{"自动喷淋消防系统什么时候完成?", false},
			{"医保系统升级谁牵头?", false},
		} {
			got, _ := types.in(tc.q)
			if (len(got) > 0) != tc.want {
				t.Errorf("in(%q) = %v, want a type: %v", tc.q, got, tc.want)
			}
		}
	})
	t.Run("asked what it leads, a unit named as a helper is not the one", func(t *testing.T) {
		e := engineOver(t, parsed(t, "yp.txt", "杨浦区排水管理体制改革实施方案\n杨府发〔2025〕9号\n一、主要任务\n"+
			"1.防汛体系建设。2025年汛期，区防汛办派出工作组参与应急响应工作。2026年起由区水务局会同上海城投集团负责公共排水设施防汛防台工作，并于2026年4月底前将防汛防台专项预案报区防汛办。2026年5月底前，杨浦区完成区级防汛防台预案修编。\n"+
			"2.运维管理。区水务局牵头建立排水感知体系。2026年底前完成。\n"))
		a := ask(t, e, "上海城投集团牵头的防汛防台专项预案什么时候完成？")
		if strings.Contains(a.Text, "2026-04-30") {
			t.Errorf("上海城投集团 is only 会同 there, not the lead:\n%s", a.Text)
		}
	})
	t.Run("a count of a part in the sentence is no count of the whole plan", func(t *testing.T) {
		e := engineOver(t, parsed(t, "el.txt", "某市2024年民生实事工作方案\n某政办发〔2024〕3号\n"+
			"今年全市共确定民生实事30件，其中养老服务5件。\n一、重点任务\n"+
			"1.推进养老服务。（牵头单位：市民政局）\n2.推进城区道路改造。（牵头单位：市住建局）\n"))
		a := ask(t, e, "养老服务的民生实事有几件?")
		if strings.Contains(a.Text, "30") {
			t.Errorf("the plan's total 30 is no count of its 养老服务 part:\n%s", a.Text)
		}
	})
}

// TestFollowUpOnANewTopic: "那二手车方面呢?" after a question on another topic asks the same of
// 二手车: a topic, not a place no plan is from.
func TestFollowUpOnANewTopic(t *testing.T) {
	e := engineOver(t, parsed(t, "cq.txt", "重庆市扩大消费若干措施\n渝发改规范〔2025〕7号\n一、措施\n"+
		"1.推动便民体育设施进公园。（责任单位：市城市管理局）\n2.支持二手车经销企业做大做强。（责任单位：市商务委）\n"))
	first := ask(t, e, "跟公园有关的有哪些？")
	a, err := e.Answer(context.Background(), Question{Text: "那二手车方面呢？", Context: first.Context, Now: fixedClock("2026-12-03")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "二手车") || strings.Contains(a.Text, "公园") || strings.Contains(a.Text, "没有") {
		t.Errorf("the follow-up should list the 二手车 task:\n%s", a.Text)
	}
	a, err = e.Answer(context.Background(), Question{Text: "那杭州的呢？", Context: first.Context, Now: fixedClock("2026-12-03")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "杭州") {
		t.Errorf("a place no plan is from should be named as such:\n%s", a.Text)
	}
}

// TestRound27Forms: what question round 27's open set taught: the day a plan takes effect, a cited
// basis with its number written elsewhere in the opening, when a goal (not a task) is to be reached,
// a topic said as "跟X有关", and a plan's name shortened in the question (防灾排查).
func TestRound27Forms(t *testing.T) {
	e := engineOver(t, parsed(t, "cm.txt", "上海市崇明区旧住房成套改造和风险排查实施方案\n沪崇房管规〔2023〕1号\n为深入贯彻落实《上海市旧住房更新实施方案》(沪府办〔2023〕9号)要求，制定本方案。\n"+
		"一、总体目标\n到2025年底，基本完成小梁薄板房屋改造；到2027年底，全面完成小梁薄板房屋改造。\n"+
		"二、主要任务\n1.开展排查。区房管局负责组织风险排查，落实消防安全措施。\n2.推进改造。各镇负责污水管网改造。\n"+
		"三、附则\n本实施方案自2023年12月31日起施行。\n"))
	for _, tc := range []struct{ q, want, not string }{
		{"崇明旧住房成套改造实施方案从哪天开始施行？", "2023-12-31", ""},
		{"这个方案是根据哪个文件定的？", "沪府办〔2023〕9号", ""},
		{"崇明的小梁薄板房屋改造要在什么时候全面完成？", "2027", ""},
		{"崇明方案里哪些活跟污水有关？", "推进改造", "开展排查"},
		{"崇明那个改造和风险排查的实施方案里，哪些任务涉及消防？", "开展排查", "推进改造"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if !strings.Contains(a.Text, tc.want) || tc.not != "" && strings.Contains(a.Text, tc.not) {
				t.Errorf("want %q (and not %q) in:\n%s", tc.want, tc.not, a.Text)
			}
		})
	}
}

// TestFiguresAskedAsTotals: "一共多少面积" and "数量要到多少" ask a figure, not a count of tasks; 对象 is
// one word; "这轮" names no topic; a unit written in brackets is the unit.
func TestFiguresAskedAsTotals(t *testing.T) {
	e := engineOver(t, parsed(t, "cm.txt", "上海市崇明区旧住房成套改造实施方案\n沪崇房管规〔2023〕1号\n"+
		"一、改造对象\n改造对象为本区不成套职工住宅及小梁薄板房屋，共3.3万平方米，其中小梁薄板房屋1.1万平方米。\n"+
		"二、总体目标\n到“十四五”末，民营经济实体数量达到25万户。\n"+
		"三、主要任务\n1.开展排查。（责任单位：区房管局）\n2.推进改造。（责任单位：区商务委）\n"))
	for _, tc := range []struct{ q, want string }{
		{"崇明这轮旧住房成套改造的对象一共多少面积，分别多少？", "3.3万平方米"},
		{"崇明这轮旧住房成套改造的对象一共多少面积？", "3.3万平方米"},
		{"崇明到十四五末民营经济实体数量要到多少？", "25万户"},
		{"Which tasks does the housing bureau (区房管局) lead?", "开展排查"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if a := ask(t, e, tc.q); !strings.Contains(a.Text, tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, a.Text)
			}
		})
	}
}

// TestNodesPassed: "哪些节点已经过了" asks which dated tasks are overdue; 节点 (time nodes) is no topic.
func TestNodesPassed(t *testing.T) {
	e := engineOver(t, parsed(t, "by.txt", "某市白玉兰推广应用三年行动计划（2024-2026年）\n某绿容〔2024〕264号\n一、实施步骤\n"+
		"1.2025年6月底前，新增白玉兰栽植1万株。（责任单位：市绿化市容局）\n2.2027年11月底前，启动白玉兰文化公园建设。（责任单位：市绿化市容局）\n"))
	a := ask(t, e, "白玉兰计划里哪些节点已经过了？")
	if !strings.Contains(a.Text, "新增白玉兰栽植") || strings.Contains(a.Text, "文化公园") {
		t.Errorf("the passed node is the 2025-06-30 one only:\n%s", a.Text)
	}
}
