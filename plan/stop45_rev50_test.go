package plan

import (
	"testing"
)

// rev50Next is the first day each recurring duty of text falls due after 2025-01-01, "" when none.
func rev50Next(text string) (rule, next string) {
	rs := ParseRecurring(text)
	if len(rs) == 0 {
		return "", ""
	}
	return rs[0].Rule.String(), rs[0].Rule.Next(Day{2025, 1, 1}).String()
}

// TestRev50EvenMonthsByDay: 每双月10日前 is the 10th of February, April … (the even months); the new
// pattern `每(个|两个?|单|双|逢单)?月\s*(\d{1,2})…` gives 单月 and 双月 the same rule, INTERVAL=2 with a
// day, which Rule.Next counts from January: odd months. Before this stop 每双月10日前 fell in February
// (RuleBimonthly, by the even month's end); now every reminder comes a month early, in the wrong month.
func TestRev50EvenMonthsByDay(t *testing.T) {
	for _, tc := range []struct{ text, next string }{
		{"每双月10日前将进展情况报送市政府。", "2025-02-10"},
		{"每单月10日前将进展情况报送市政府。", "2025-01-10"},
	} {
		if rule, next := rev50Next(tc.text); next != tc.next {
			t.Errorf("%s: %s, first due %s, want %s", tc.text, rule, next, tc.next)
		}
	}
}

// TestRev50PeriodStartKeepsItsDays: "每月初5日内", "每月初5个工作日内" were read by partOfPeriod (the one
// owner of 每月初, dates.go) as due by the 5th; the new pattern for 每季度初10日内 / 每月初N个工作日内 takes
// the whole phrase and returns RuleMonthly / RuleQuarterly with no day, which Rule.Next reads as the
// period's END: a report due in the first days of the month is nudged on the 31st, a quarterly one
// (due by Jan 10) on Mar 31. TestStop45PeriodStarts pins the dayless rule strings; the dates they
// give contradict the commit's own words ("due within days of each period's start").
func TestRev50PeriodStartKeepsItsDays(t *testing.T) {
	for _, tc := range []struct{ text, latest string }{
		{"每月初5日内报送上月进展。", "2025-01-05"},
		{"每月初5个工作日内报送上月进展。", "2025-01-10"},
		{"每季度初10日内要完成存量住宅用地信息更新。", "2025-01-10"},
	} {
		rule, next := rev50Next(tc.text)
		if next == "" || next > tc.latest {
			t.Errorf("%s: %s, first due %s, want by %s", tc.text, rule, next, tc.latest)
		}
	}
}

// TestRev50TimesPerYearNeedsWholeNumber: the times-a-period pattern
// `([1-9一两二三四六]|1[0-2])\s*次\s*[/／每]…` has no left edge, so in "52次/年" (weekly, a common
// inspection frequency) and "24次/年" (twice a month) it reads the last digit alone: 2次/年 (every
// half year) and 4次/年 (every quarter). A duty done weekly is reminded twice a year.
func TestRev50TimesPerYearNeedsWholeNumber(t *testing.T) {
	for _, tc := range []struct {
		text string
		ok   []string
	}{
		{"现场检查 52次/年", []string{"", "FREQ=WEEKLY"}},
		{"巡查频次：24次/年", []string{"", "FREQ=WEEKLY;INTERVAL=2"}},
		{"巡查频次：36次/年", []string{""}},
	} {
		rule, _ := rev50Next(tc.text)
		good := false
		for _, w := range tc.ok {
			good = good || rule == w
		}
		if !good {
			t.Errorf("%s: %q, want one of %q", tc.text, rule, tc.ok)
		}
	}
}

// TestRev50CutOffReportWithYear: cutOffReading now owns 截至 dates with their year too
// (notADeadline), but its test for a report in words (reportedInWords: stateWords 已/基本完成/得到…)
// misses the commonest progress words, so "截至2025年6月底，全区老旧小区改造工作进展顺利" and "截至2024
// 年底，全区各项改革任务有序推进" — a plan's 工作基础 paragraph — become deadlines ("by"), dated in the
// past: before this stop the with-year form was none (month dates after 截至 with no count ahead).
func TestRev50CutOffReportWithYear(t *testing.T) {
	checkDates(t, "截至2025年6月底，全区老旧小区改造工作进展顺利。", 2025, nil)
	checkDates(t, "截至2024年底，全区各项改革任务有序推进。", 2025, nil)
	checkDates(t, "截至2024年底，全市营商环境持续优化。", 2025, nil)
	// Unchanged: work after the date is due.
	checkDates(t, "截止2025年11月底，全面完成农村危房改造任务。", 2025, []string{"2025-11-30 by"})
}
