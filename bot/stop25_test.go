package bot

import (
	"strings"
	"testing"
)

// TestStatedCountOfADescribedPlan: a count whose words only describe the plan ("政府工作报告分工方案
// 一共分解了多少项…") gets the number the plan states; a topic of its own does not.
func TestStatedCountOfADescribedPlan(t *testing.T) {
	e := engineOver(t, parsed(t, "el.txt", "某市2024年政府工作报告重点工作任务分工方案\n某政办发〔2024〕3号\n"+
		"为抓好《政府工作报告》落实，现将《政府工作报告》分解为五个方面79项重点工作任务，每项工作均列出牵头单位。\n一、重点任务\n"+
		"1.推进养老服务。（牵头单位：市民政局）\n2.推进城区道路改造。（牵头单位：市住建局）\n"))
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"某市2024年政府工作报告分工方案一共分解了多少项重点工作任务?", true},
		{"某市政府工作报告的任务一共分解成了多少项?", true},
		{"养老方面的任务有几项?", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := ask(t, e, tc.q)
			if got := strings.Contains(a.Text, "79"); got != tc.want {
				t.Errorf("quotes the stated 79: %v, want %v:\n%s", got, tc.want, a.Text)
			}
		})
	}
}

// TestUnitNamedInTheWords: a unit asked about with a topic that none of its tasks holds is found
// where a task's own words name it on that topic, though the parser gave the task no unit; the
// answer says the plan gives it no role there. A unit the words do not name finds nothing.
func TestUnitNamedInTheWords(t *testing.T) {
	e := engineOver(t, parsed(t, "yp.txt", "杨浦区排水管理体制改革实施方案\n杨府发〔2025〕9号\n一、主要任务\n"+
		"1.防汛体系建设。2025年汛期，上海城投集团派出工作组参与区防汛办应急响应工作。上海城投集团2026年起负责公共排水设施防汛防台工作，并于2026年4月底前将防汛防台专项预案报区防汛办。2026年5月底前，杨浦区完成区级防汛防台预案修编。\n"+
		"2.运维管理。上海城投集团牵头建立排水感知体系。2026年底前完成。\n3.人员安置。区国资委负责做好人员转移工作。\n"))
	a := ask(t, e, "上海城投集团的防汛防台专项预案最晚什么时候要报区防汛办？")
	if !strings.Contains(a.Text, "2026-04-30") || !strings.Contains(a.Text, "未写明其牵头") {
		t.Errorf("the answer should give the task naming 上海城投集团 and its 2026-04-30:\n%s", a.Text)
	}
	a = ask(t, e, "区国资委的防汛防台专项预案什么时候报？")
	if strings.Contains(a.Text, "2026-04-30") {
		t.Errorf("区国资委 is not named in the 防汛 task:\n%s", a.Text)
	}
}

// TestInForceAndUntil: a plan's term stated in a sentence ("本意见自2023年1月26日起施行，有效期至2027年12月31日")
// is quoted whole, with the day it takes effect and the day it ends as dates; an issuer known only
// from the page's label is named.
func TestInForceAndUntil(t *testing.T) {
	e := engineOver(t, parsed(t, "hk.txt", "标题: 虹口区关于加强和规范建筑垃圾处置管理的实施意见\n发布单位: 上海市虹口区人民政府\n\n虹口区关于加强和规范建筑垃圾处置管理的实施意见\n虹府规〔2022〕3号\n一、主要任务\n1.加强日常监管。（责任单位：区绿化市容局）\n二、附则\n本意见自2023年1月26日起施行，有效期至2027年12月31日。\n"))
	a := ask(t, e, "虹口区建筑垃圾处置管理实施意见什么时候开始施行，有效期到哪天？")
	for _, want := range []string{"2023-01-26", "2027-12-31"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("the answer should give %s:\n%s", want, a.Text)
		}
	}
	a = ask(t, e, "虹口区建筑垃圾处置管理实施意见是哪个单位发的？")
	if !strings.Contains(a.Text, "上海市虹口区人民政府") {
		t.Errorf("the answer should name the page's issuer:\n%s", a.Text)
	}
}

// TestMoreDepartmentTypes: fire and rescue, housing administration, greening and city appearance,
// Shanghai's 规划资源局 and 建设管理委 are departments of their types.
func TestMoreDepartmentTypes(t *testing.T) {
	types := defaultDeptTypes()
	for _, tc := range []struct {
		name, typ string
		want      bool
	}{
		{"区消防救援支队", "消防", true},
		{"区公安消防支队", "消防", true},
		{"区住房保障房屋管理局", "房屋管理", true},
		{"区绿化市容局", "绿化市容", true},
		{"市规划资源局", "自然资源", true},
		{"区建设管理委", "住建", true},
		{"区医保局", "医疗保障", true},
		{"区公安分局", "消防", false},
		{"区市场监管局", "绿化市容", false},
	} {
		if got := types.is(tc.name, tc.typ); got != tc.want {
			t.Errorf("is(%q, %q) = %v, want %v", tc.name, tc.typ, got, tc.want)
		}
	}
	e := engineOver(t, parsed(t, "fx.txt", "某区文物建筑消防安全标准化建设实施方案\n某文物〔2023〕8号\n一、工作步骤\n1.集中整改。区文物局会同区消防救援支队对各单位工作开展情况进行督导。（6月-8月）\n2.排查摸底。各属地单位组织排摸。\n"))
	a := ask(t, e, "消防部门负责什么？")
	if !strings.Contains(a.Text, "督导") || strings.Contains(a.Text, "排摸") {
		t.Errorf("the answer should list the 消防救援支队's task only:\n%s", a.Text)
	}
}

// TestFrequencyInAPlansOwnWords: how often something is done, said only in the plan's own words
// outside any task (an attachment's scoring row), is quoted.
func TestFrequencyInAPlansOwnWords(t *testing.T) {
	e := engineOver(t, parsed(t, "fx.txt", "某区文物建筑消防安全标准化建设实施方案\n某文物〔2023〕8号\n一、工作步骤\n1.排查摸底。各属地单位组织排摸。\n附件2\n考核评分细则表\n序号\n考核内容\n1\n每半年至少召开1次消防工作例会，做好会议记录（2分）。\n"))
	a := ask(t, e, "文物单位多久要开一次消防工作例会？")
	if !strings.Contains(a.Text, "每半年") {
		t.Errorf("the answer should quote 每半年:\n%s", a.Text)
	}
	a = ask(t, e, "文物单位多久要开一次安全培训？")
	if strings.Contains(a.Text, "每半年") {
		t.Errorf("no sentence says how often a 培训 is held:\n%s", a.Text)
	}
}

// TestTasksOfAYearNoGoalNames: a year no goal of the plan names still gets the tasks dated in it.
func TestTasksOfAYearNoGoalNames(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "衢州市服务业高质量发展实施方案（2023—2027年）\n衢政办发〔2023〕21号\n一、主要目标\n到2027年，服务业增加值突破1600亿元。\n二、主要任务\n1.综合保税区。一体化做好衢州综合保税区申报建设，力争2023年获批建设，2024年通过验收。（责任单位：市商务局）\n2.培育龙头企业。（责任单位：市发改委）\n"))
	a := ask(t, e, "衢州2023年要完成哪些目标？")
	if !strings.Contains(a.Text, "力争2023年获批建设") || strings.Contains(a.Text, "培育龙头企业") {
		t.Errorf("the answer should give the task dated 2023 only:\n%s", a.Text)
	}
}

// TestHowTimeIsArranged: "时间是怎么安排的" asks when: the task's dates are given.
func TestHowTimeIsArranged(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "衢州市服务业高质量发展实施方案（2023—2027年）\n衢政办发〔2023〕21号\n二、主要任务\n1.综合保税区。一体化做好衢州综合保税区申报建设，力争2023年获批建设，2024年通过验收。（责任单位：市商务局）\n"))
	a := ask(t, e, "衢州综合保税区那项的时间是怎么安排的？")
	if !strings.Contains(a.Text, "2024") {
		t.Errorf("the answer should give the dates:\n%s", a.Text)
	}
}

// TestIssuerAndTermAsked: "哪个部门下发的" asks the issuer; a term the plan states in the paragraph
// closing its last item ("本政策措施自印发之日起实施，有效期至2026年3月31日") is its term, with its end as
// a date.
func TestIssuerAndTermAsked(t *testing.T) {
	e := engineOver(t, parsed(t, "dg.txt", "发布单位: 东莞市人民政府办公室\n关于奋力实现一季度经济“开门红”的若干措施\n一、措施\n1.稳定工业生产。对一季度产值增长的企业给予奖励。（责任单位：市工业和信息化局）\n2.保持政务服务不打烊。春节期间开通绿色通道。（责任单位：市政务服务数据管理局）\n本政策措施自印发之日起实施，有效期至2026年3月31日。\n"))
	a := ask(t, e, "开门红措施有效期到什么时候？")
	if !strings.Contains(a.Text, "2026-03-31") {
		t.Errorf("the answer should give the term's end:\n%s", a.Text)
	}
	a = ask(t, e, "开门红措施是哪个部门下发的？")
	if !strings.Contains(a.Text, "东莞市人民政府办公室") {
		t.Errorf("the answer should name the issuer:\n%s", a.Text)
	}
}

// TestSummaryWordInAName: 总结 inside a report's name (年度整治工作总结) asks for no summary; a yearly
// duty asked of this year gives this year's day. "有时间限制的" asks for dated tasks, not a topic.
func TestSummaryWordInAName(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"区规划资源局年度整治工作总结今年哪天前要报？", false},
		{"总结一下区规划资源局的工作", true},
		{"帮我总结下市商务局的任务", true},
	} {
		if got := reSummary.MatchString(tc.q); got != tc.want {
			t.Errorf("reSummary(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
	if !reDated.MatchString("房地产措施里有时间限制的，哪些已经过期了？") {
		t.Error("有时间限制的 should ask for dated tasks")
	}
}
