package bot

import (
	"slices"
	"strings"
	"testing"
)

// fixq60bPlan is a short plan whose title holds a number that begins with the same digit as a month
// a question may name (2025年10项…), in the words of these tests only.
const fixq60bPlan = "南平市2025年10项便民工程工作方案\n" +
	"一、主要任务\n" +
	"（一）改造老旧小区供水管网。2025年12月31日前完成。（牵头单位：市住建局；配合单位：市水务局）\n" +
	"（二）新建社区卫生服务站6个。2025年11月30日前完成。（牵头单位：市卫健委）\n" +
	"（三）建设长江新区医疗综合体，改造东城小学门前道路。（牵头单位：市卫健委；配合单位：市住建局）\n" +
	"二、工作要求\n" +
	"各单位工作总结于12月20日前报送市政府办公室。\n"

// TestFixq60b_CommonRunsKeepNumbers: a run two texts share does not end inside a number of either:
// "2025年12月" and "2025年10项" share "2025年", not "2025年1".
func TestFixq60b_CommonRunsKeepNumbers(t *testing.T) {
	for _, c := range []struct {
		q, t string
		want []string
	}{
		{"南平市2025年12月到期的", "南平市2025年10项便民工程", []string{"南平市2025年"}},
		{"2025年10项便民工程里", "南平市2025年10项便民工程", []string{"2025年10项便民工程"}},
		{"第12批项目名单", "第1批项目名单", []string{"批项目名单"}},
	} {
		if got := commonRuns(c.q, c.t, 4); !slices.Equal(got, c.want) {
			t.Errorf("commonRuns(%q, %q) = %q, want %q", c.q, c.t, got, c.want)
		}
	}
}

// TestFixq60b_MonthAfterTitleYear: "南平市2025年12月到期的" asks of December 2025, the month not cut
// with a title's first digits; a report (工作总结) asked of when it is due is no summary asked for.
func TestFixq60b_MonthAfterTitleYear(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60bPlan), Options{})
	for _, c := range []struct {
		q          string
		want, none []string
	}{
		{"南平市2025年12月到期的任务有哪些?", []string{"供水管网"}, []string{"卫生服务站", "0 项"}},
		{"南平市2025年11月到期的任务有哪些?", []string{"卫生服务站"}, []string{"供水管网"}},
		{"南平便民工程工作总结什么时候前报送?", []string{"12-20"}, []string{"各部分", "任务 3 项"}},
	} {
		a := askOn(t, e, "2026-12-07", c.q)[0]
		wantIn(t, c.q, a, c.want, c.none)
	}
	if !asksSummary("总结一下南平的方案") || asksSummary("工作总结什么时候前报送?") || asksSummary("总结要在哪天前报?") {
		t.Error("asksSummary: 总结 asked of its day is a report, 总结一下 asks for a summary")
	}
}

// TestFixq60b_EnglishPlaceWords: English names a project by a medical complex, a new area, a primary
// school, the road in front of it: the plans' 医疗综合体, 新区, 小学, 门前, 道路.
func TestFixq60b_EnglishPlaceWords(t *testing.T) {
	for en, zh := range map[string]string{
		"medical complex project": "医疗综合体", "the New Area": "新区", "primary school": "小学",
		"in front of": "门前",
	} {
		if got := translate(en); !strings.Contains(got, zh) {
			t.Errorf("translate(%q) = %q, want it to hold %q", en, got, zh)
		}
	}
	e := NewEngine(textIndex(t, fixq60bPlan), Options{})
	a := askOn(t, e, "2026-12-07", "Who leads the medical complex project in Nanping?")[0]
	wantIn(t, "medical complex", a, []string{"市卫健委", "医疗综合体"}, []string{"供水管网", "卫生服务站"})
}

// fixq60bForwarded is a plan a district office forwards, drawn up by another body, as its notice says.
const fixq60bForwarded = "泉港区人民政府网 政府文件\n" +
	"泉港区人民政府办公室转发区应急管理局制订的《关于加强危险化学品运输安全管理的实施意见》的通知 泉港政办〔2026〕7号 各镇人民政府，区直有关单位：经区政府同意，现转发给你们，请认真贯彻执行。\n" +
	"关于加强危险化学品运输安全管理的实施意见\n" +
	"一、主要任务\n" +
	"（一）开展运输车辆专项检查。（牵头单位：区交通运输局；配合单位：区公安分局）\n"

// TestFixq60b_ForwardedDrafter: "是谁制订的" asks who drew the plan up, as 制定 does; a notice that
// forwards it (转发X制订的《…》) names the body that did.
func TestFixq60b_ForwardedDrafter(t *testing.T) {
	e := NewEngine(textIndex(t, fixq60bForwarded), Options{})
	for _, q := range []string{"泉港区危险化学品运输安全管理实施意见是谁制订的?", "泉港区危险化学品运输安全管理实施意见谁制订的?文号是多少?"} {
		a := askOn(t, e, "2026-12-07", q)[0]
		wantIn(t, q, a, []string{"制定单位：区应急管理局"}, []string{"没有提到", "办公室转发"})
	}
}
