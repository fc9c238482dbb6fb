package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestFixQ66b_EachPlaceDeptShare: under a 工作要求 heading, an item whose own heading names work and whose
// words open with one department of every district ("各区建设管理部门要…督促…") is that department's
// share of the work, as one opening with a unit by name is; one opening with every place or every
// department (各区要…, 各部门要…, 各区有关部门要…) stays a measure.
func TestFixQ66b_EachPlaceDeptShare(t *testing.T) {
	for _, c := range []struct {
		name, item, anchor string
		share              bool
	}{
		{"each district's department", "（二）推进汛前高坠隐患排查。各区建设管理部门要结合本区实际，联合本区房屋管理部门，督促业主开展汛前高坠隐患排查。", "汛前高坠", true},
		{"each county's bureau", "（二）开展农村危房排查。各县（市、区）住建局要组织开展农村危房排查。", "农村危房", true},
		{"a unit by name", "（二）开展桥梁排查。市公路中心负责全市桥梁排查。", "桥梁排查", true},
		{"every district", "（二）开展汛前排查。各区要结合本区实际，开展汛前排查。", "汛前排查", false},
		{"every department", "（二）开展汛前排查。各部门要结合职责，开展汛前排查。", "汛前排查", false},
		{"each district's department, a heading of working together", "（二）形成部门合力。各区市场监管局要强化与消防、公安等职能部门的信息互通，形成执法合力。", "信息互通", false},
		{"every district's departments concerned", "（二）开展汛前排查。各区有关部门要结合职责，开展汛前排查。", "汛前排查", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := "某市关于开展2025年房屋安全排查工作的通知\n一、工作目标\n确保房屋安全。\n二、工作要求\n（一）明确检查对象。市房屋管理局应梳理全市房屋清单。\n" + c.item + "\n"
			d, err := plan.ParseText("fixq66b.txt", text, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var task *plan.Task
			for i := range d.Tasks {
				if strings.Contains(d.Tasks[i].Text, c.anchor) {
					task = &d.Tasks[i]
				}
			}
			if task == nil {
				t.Fatalf("no task holds %q", c.anchor)
			}
			if got := unitsShare(task); got != c.share {
				t.Errorf("unitsShare(%s, lead %v) = %v, want %v", task.Title, task.Lead, got, c.share)
			}
		})
	}
}

// fixq66bWaterPlan is a county's food safety plan written for these tests: its water items say 饮用水,
// another item says 饮水.
const fixq66bWaterPlan = `某县2015年食品安全工作方案
一、主要任务
（一）开展全县生活饮用水水质卫生监测。（县卫生局）
（二）加强学校饮用水卫生监管。（县教育局、县市场监管局）
（三）巩固农村饮水安全工程。（县水利局）
（四）加强校园周边食品安全监管。（县市场监管局）
`

var fixq66bShared sharedIndex

// TestFixQ66b_DrinkingWater: 饮水 and 饮用水 are one topic (people say either, plans write both), and
// an English question's school is the plans' 学校.
func TestFixQ66b_DrinkingWater(t *testing.T) {
	ix := fixq66bShared.get(t, "fixq66b", false, fixq66bWaterPlan)
	for _, c := range []struct {
		name, q     string
		want, never []string
	}{
		{"English drinking water monitoring", "Who is responsible for drinking water quality monitoring?", []string{"县卫生局"}, []string{"县教育局"}},
		{"English school drinking water", "Who handles school drinking water?", []string{"县教育局", "县市场监管局"}, []string{"县卫生局", "县水利局"}},
		{"饮水 finds 饮用水", "饮水相关的任务有哪些?", []string{"生活饮用水", "学校饮用水", "农村饮水"}, nil},
		{"饮用水 finds 饮水", "饮用水相关的任务有哪些?", []string{"生活饮用水", "农村饮水"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: c.q, Now: fixedClock("2026-12-07")()})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.never {
				if strings.Contains(a.Text, w) {
					t.Errorf("answer holds %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

// fixq66bTargetPlan is a city's list of a year's work written for these tests: a target with its
// year and a figure.
const fixq66bTargetPlan = `某市2021年政府工作报告重点工作责任分解
一、重点工作
（一）深入实施消费新政，加快培育国际消费中心城市，到2025年，社会消费品零售总额达到3.5万亿元。（牵头单位：市商务局）
（二）推进现代流通体系建设。（牵头单位：市发改委）
`

var fixq66bTargetShared sharedIndex

// TestFixQ66b_WhichYearsTarget: "X是哪年的目标?" asks when the target is to be met, as "哪年要实现" does:
// the answer gives the target's date, not only its words.
func TestFixQ66b_WhichYearsTarget(t *testing.T) {
	ix := fixq66bTargetShared.get(t, "fixq66b-target", false, fixq66bTargetPlan)
	for _, c := range []struct{ name, q, want string }{
		{"哪年的目标", "社会消费品零售总额达到3.5万亿元是哪年的目标?", "2025-12-31"},
		{"哪一年的目标", "社会消费品零售总额3.5万亿元是哪一年的目标?", "2025-12-31"},
		{"哪年要实现", "社会消费品零售总额达到3.5万亿元哪年要实现?", "2025-12-31"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: c.q, Now: fixedClock("2026-12-07")()})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, c.want) {
				t.Errorf("answer lacks %q:\n%s", c.want, a.Text)
			}
		})
	}
}

// fixq66bEitherPlan is a district's food safety plan written for these tests: one item writes both
// things, another only one.
const fixq66bEitherPlan = `某区2015年食品安全工作方案
一、主要任务
（一）开展病死畜禽治理整顿。推进病死猪无害化处理设施建设。（区农业局）
（二）开展打击生产销售病死猪违法犯罪行动。（区公安局）
（三）加强屠宰环节监管。（区商务局）
（四）完成辅线审批和中介服务事项清理。（区审批局）
（五）推进中介服务规范。（区发改委）
`

var fixq66bEitherShared sharedIndex

// TestFixQ66b_ListedEither: two things listed with 、 or 或 before 相关 ask for the tasks on either, though
// one task writes both; joined by 和 without 相关, the task writing both is the one asked about.
func TestFixQ66b_ListedEither(t *testing.T) {
	ix := fixq66bEitherShared.get(t, "fixq66b-either", false, fixq66bEitherPlan)
	for _, c := range []struct {
		name, q     string
		want, never []string
	}{
		{"、 then 相关", "病死猪、病死畜禽相关的任务有哪些?", []string{"区农业局", "区公安局"}, []string{"区商务局"}},
		{"或 then 有关", "病死猪或病死畜禽有关的任务有哪些?", []string{"区农业局", "区公安局"}, []string{"区商务局"}},
		{"和, one task writes both", "辅线审批和中介服务由谁负责?", []string{"区审批局"}, []string{"区发改委"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: c.q, Now: fixedClock("2026-12-07")()})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.never {
				if strings.Contains(a.Text, w) {
					t.Errorf("answer holds %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestFixQ66b_IssuerAgency: "哪个机构发的" asks who issued the plan, as "哪个单位发的" does.
func TestFixQ66b_IssuerAgency(t *testing.T) {
	for _, c := range []struct {
		name, s string
		want    bool
	}{
		{"哪个机构发的", "岚综扶组〔2019〕1号是哪个机构发的,哪天印发?", true},
		{"什么机构印发", "这个方案是什么机构印发的?", true},
		{"发文机构", "方案的发文机构是谁?", true},
		{"哪个单位发的", "这个方案是哪个单位发的?", true},
		{"a body's work", "哪个机构负责养老机构监管?", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := reIssuer.MatchString(c.s); got != c.want {
				t.Errorf("reIssuer.MatchString(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
