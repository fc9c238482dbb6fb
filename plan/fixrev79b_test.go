package plan

import (
	"testing"
	"time"
)

// TestFixrev79b_TwiceAYearForms: duties twice a year in the forms review 79 found unread, each in a
// sentence of its own making: the halves without a 顿号, 一年两次 at a clause's start, before and
// after the flood season, 每年 before 春秋两季 (one duty, not a yearly one beside it).
func TestFixrev79b_TwiceAYearForms(t *testing.T) {
	for text, want := range map[string]Rule{
		"组织农贸市场消防演练，上下半年各组织一次。": RuleHalfYear,
		"抽检校园周边饮用水水质，一年两次。":     RuleHalfYear,
		"每年汛前、汛后各对山塘水库巡查一次。":    {Freq: Monthly, Months: 1<<4 | 1<<9, MonthDay: 31},
		"入汛前和汛期后各开展一次渡口安全排查。":   {Freq: Monthly, Months: 1<<4 | 1<<9, MonthDay: 31},
		"每年春秋两季各组织一次林区防火巡护。":    RuleHalfYear,
		"用一年时间开展一次专项整治。":        {},
		"上、下半年各单位要报送一次工作进展。":    {},
		"每年汛前、汛后各乡镇要完成隐患点复核。":   {},
	} {
		rs := ParseRecurring(text)
		if want.Freq == "" {
			for _, r := range rs {
				if r.Rule.Freq == Monthly && (r.Rule.Interval == 6 || r.Rule.Months != 0) {
					t.Errorf("%s: recurring %v, want no duty twice a year", text, r.Rule)
				}
			}
			continue
		}
		if len(rs) != 1 || rs[0].Rule.String() != want.String() {
			t.Errorf("%s: recurring %+v, want one %v", text, rs, want)
		}
	}
}

// TestFixrev79b_NextYearStepOfAYearlyDuty: a yearly duty whose result is due the next year is due in
// that month every year; a year's review named as a noun (年度绩效评价) is every year's only in a plan
// over several years, and a named year's review (2025年度考核) is that year's alone.
func TestFixrev79b_NextYearStepOfAYearlyDuty(t *testing.T) {
	rs := ParseRecurring("每年开展一次耕地质量监测，监测报告于次年4月底前报送。")
	if len(rs) != 1 || rs[0].Rule.Freq != Yearly || rs[0].Rule.Month != time.April {
		t.Errorf("每年…次年4月底前: recurring %+v, want one yearly duty in April", rs)
	}
	for text, want := range map[string]time.Month{
		"组织年度绩效评价，评价结果翌年1月底前反馈。": time.January,
		"2025年度考核结果于次年2月底前通报。":   0,
		"上一年度考核结果次年3月底前公布。":      0,
	} {
		got := time.Month(0)
		for _, r := range yearWorkSteps(text) {
			got = r.Rule.Month
		}
		if got != want {
			t.Errorf("%s: yearWorkSteps month %d, want %d", text, got, want)
		}
	}
	for title, want := range map[string]bool{
		"崇仁县2025—2027年养老服务提升三年行动方案": true,
		"崇仁县2025年养老服务提升工作方案":        false,
	} {
		d := rev66Parse(t, title+"\n\n一、重点任务\n"+
			"1.开展养老机构年度评估，评估结果次年1月底前公示。（责任单位：县民政局）\n"+
			"2.建设社区助餐点。（责任单位：县民政局）\n")
		x := rev66Task(t, d, "年度评估")
		got := false
		for _, r := range x.Recurring {
			got = got || r.Rule.Freq == Yearly && r.Rule.Month == time.January
		}
		if got != want {
			t.Errorf("%s: yearly January duty %v, want %v (recurring %v)", title, got, want, rev75Freqs(x))
		}
	}
}

// TestFixrev79b_SpanFromAMonthAndANamedMeeting: "自…月起至Y年底" is due by that year's end; a half year
// that names which meeting, with the meeting's own date after it, is no deadline of its own.
func TestFixrev79b_SpanFromAMonthAndANamedMeeting(t *testing.T) {
	for text, want := range map[string][]string{
		"推进老旧管网改造，自2025年9月起至2027年底。": {"2027-12-31"},
		"从3月份开始至2026年，持续开展交通秩序整治。":   {"2026-12-31"},
		"下半年推进会定于12月中旬召开。":           {"2025-12-20"},
		"上半年工作总结须于7月15日前报送县委办。":      {"2025-07-15"},
		"上半年完成试点村验收。":                {"2025-06-30"},
	} {
		var got []string
		for _, d := range ParseDeadlinesIn(text, 2025) {
			got = append(got, d.Date.String())
		}
		if len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
			t.Errorf("%s: deadlines %v, want %v", text, got, want)
		}
	}
}
