package plan

import (
	"strings"
	"testing"
)

// Helper fixrev84a: the date phrases of review 84 (plan/rev84_test.go), read where dates are read
// (plan/dates.go), and the neighbours each rule must leave as they were.

// TestFixRev84a_MonthsListedBeforeOneDeadline: months listed before one deadline word are each due by
// their end, with or without the year, with 分别 or 各; a list that does not run forward in the year,
// every year's list and a month alone stay as they were read.
func TestFixRev84a_MonthsListedBeforeOneDeadline(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"yearless 分别", "3月、9月底前分别召开一次推进会。", []string{"2025-03-31 by", "2025-09-30 by"}},
		{"yearless three, 和", "3月、6月和9月底前各报送一次进展。", []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by"}},
		{"yearless 各", "6月、11月底前各开展一次银企对接活动。", []string{"2025-06-30 by", "2025-11-30 by"}},
		{"with year 各", "2025年6月、11月底前各开展一次银企对接活动。", []string{"2025-06-30 by", "2025-11-30 by"}},
		{"not forward: the last alone", "9月、3月底前完成。", []string{"2025-03-31 by"}},
		{"the halves stay a duty's schedule", "上、下半年各开展一次督查。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	if rs := ParseRecurring("每年3月、9月底前报送工作进展。"); len(rs) == 0 {
		t.Errorf("每年3月、9月底前: no recurring duty")
	}
	checkDates(t, "每年3月、9月底前报送工作进展。", 2025, nil)
}

// TestFixRev84a_OccasionsOfTheYear: the autumn term (秋季学期前) and the heating season (采暖季前,
// 供暖季前, 供热期前) are due on their eves, with or without the year; a clause that gives its own day
// keeps that day alone; every year's is a duty, not a deadline.
func TestFixRev84a_OccasionsOfTheYear(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"autumn term with year", "2025年秋季学期前完成首批遴选。", []string{"2025-08-31 by"}},
		{"autumn term", "秋季学期前投入使用。", []string{"2025-08-31 by"}},
		{"autumn term with its own day", "秋季学期前（8月25日前）完成校舍维修。", []string{"2025-08-25 by"}},
		{"heating season with year", "2025年采暖季前完成清洁取暖改造。", []string{"2025-10-31 by"}},
		{"heating season", "供暖季前完成供热管网改造。", []string{"2025-10-31 by"}},
		{"heating period", "供热期前完成换热站检修。", []string{"2025-10-31 by"}},
		{"heating season with its own day", "供暖季前（11月10日前）完成管网改造。", []string{"2025-11-10 by"}},
		{"every year's heating season", "每年采暖季前开展一次安全检查。", nil},
		{"during the heating season", "采暖季期间每日巡查供热管网。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	// A plan issued after the season opened means next year's.
	dls := FestivalsAfterIssue("采暖季前完成改造", ParseDeadlinesIn("采暖季前完成改造", 2025), Day{2025, 12, 1})
	if len(dls) != 1 || dls[0].Date != (Day{2026, 10, 31}) {
		t.Errorf("采暖季前 issued 2025-12-01: %v, want 2026-10-31", dls)
	}
}

// TestFixRev84a_FestivalListedAfterFollows: a festival listed after another is the one that follows
// it: "元旦、春节前" in a plan of 2025 is never the Spring Festival of January 2025.
func TestFixRev84a_FestivalListedAfterFollows(t *testing.T) {
	checkDates(t, "元旦、春节前开展安全大检查。", 2025, []string{"2026-02-16 by"})
	checkDates(t, "元旦、春节前开展安全大检查。", 2026, []string{"2026-12-31 by"}) // one holiday season: the earlier eve
	checkDates(t, "春节、“五一”前完成。", 2025, []string{"2025-04-30 by"})
}

// TestFixRev84a_SpanInEndColumn: a span of years in a column of end dates (完成时限) is due by its last
// year's end; in a column of the years a project runs (建设年限) it stays a target.
func TestFixRev84a_SpanInEndColumn(t *testing.T) {
	for _, tc := range []struct{ column, cell, want string }{
		{"完成时限", "2025年—2026年", "2026-12-31 by"},
		{"完成时间", "2025—2026年", "2026-12-31 by"},
		{"建设年限", "2025—2026年", "2026-12-31 target"},
	} {
		t.Run(tc.column, func(t *testing.T) {
			d := rev66Parse(t, "大连市2025年重点任务分工表\n\n"+
				"序号｜重点任务｜牵头单位｜"+tc.column+"\n"+
				"1｜开展燃气安全专项整治｜市城市建设管理局｜2025年底前\n"+
				"2｜推进危化品企业搬迁入园｜市工业和信息化局｜"+tc.cell+"\n")
			x := rev66Task(t, d, "危化品企业搬迁")
			var got []string
			for _, dl := range rev59Own(x) {
				got = append(got, dl.Date.String()+" "+dl.Kind)
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("%s %s: %v, want %s:%s", tc.column, tc.cell, got, tc.want, rev59Dump(d))
			}
		})
	}
}
