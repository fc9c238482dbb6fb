package plan

import (
	"fmt"
	"testing"
)

func TestParseDeadlinesInYearless(t *testing.T) {
	tests := []struct {
		name string
		text string
		year int
		want string
	}{
		{"month end in the plan's year", "5月底前完成清单编制。", 2016, "[2016-05-31 by]"},
		{"the year of an earlier full date", "2017年3月底前拨付经费，6月底前下达60%以上、9月底前下达80%以上。", 2016, "[2017-03-31 by 2017-06-30 by 2017-09-30 by]"},
		{"year end", "年底前建成投用。", 2024, "[2024-12-31 by]"},
		{"this year end", "今年底前建成投用。", 2024, "[2024-12-31 by]"},
		{"half year", "上半年完成招标。", 2023, "[2023-06-30 by]"},
		{"quarter", "第三季度完成验收。", 2023, "[2023-09-30 by]"},
		{"no year known", "5月底前完成。", 0, "[]"},
		{"a span counts from the plan's year", "三年内建成，5年内达到。", 2020, "[2022-12-31 target 2024-12-31 target]"},
		{"a monthly duty is no deadline", "每月10日前报送进展。", 2020, "[]"},
		{"a meeting date is no deadline", "5月20日召开推进会。", 2020, "[]"},
		{"next year is the plan's year after", "明年底前完成。", 2020, "[2021-12-31 by]"},
		{"a month of next year", "次年1月底前报送总结。", 2020, "[2021-01-31 by]"},
		{"last year is none of the plan's", "去年底已完成。", 2020, "[]"},
		{"this year's", "今年6月底前完成,本年度内全面推开。", 2020, "[2020-06-30 by 2020-12-31 by]"},
		{"a month written with 份", "6月份前完成。", 2020, "[2020-06-30 by]"},
		{"a month and day after the year, with dots", "完成时限:2024.6.30前;2024.12", 2020, "[2024-06-30 by 2024-12-31 by]"},
		{"a decimal figure is no date", "实现产值2024.5亿元。", 2020, "[]"},
		{"a quarter in digits", "2024年1季度完成。", 2020, "[2024-03-31 by]"},
		{"months and days whose 月 the page lost", "各单位须分别于615日、1215日前报送进展。", 2021, "[2021-06-15 by 2021-12-15 by]"},
		{"a run of digits two splits could read is none", "于111日前报送。", 2021, "[]"},
		{"a figure before 日元 is none", "增长1215日元。", 2021, "[]"},
		{"a count of days is no date", "6月底前完成摸底排查,发现问题的应于120日内整改到位。", 2024, "[2024-06-30 by]"},
		{"a range of dotted dates is due by its end", "实施时间:2024.3-2024.12", 2024, "[2024-12-31 by]"},
		{"a dotted start is no deadline", "项目自2024.1起实施。", 2024, "[]"},
		{"a full date is read once", "2024年6月底前完成。", 2020, "[2024-06-30 by]"},
		{"a month and day with a dot and no year", "6.30前完成整改，12.31日前报送总结。", 2024, "[2024-06-30 by 2024-12-31 by]"},
		{"a decimal before 前 is no date", "排名保持全省6.5前列。", 2024, "[]"},
		{"a span of months without a year is due by its end", "7月至9月集中开展整治，3月-5月开展排查。", 2024, "[2024-05-31 by 2024-09-30 by]"},
		{"a span of days in a month", "11月1日至30日开展集中宣传。", 2024, "[2024-11-30 by]"},
		{"months counted so far are none", "1月-6月，全市实现增长8%。", 2024, "[]"},
		{"a yearly season is none", "每年7月至9月开展汛期巡查。", 2024, "[]"},
		{"a span whose first month has no 月", "4—6月，在全市范围内开展燃气安全专项执法检查。", 2025, "[2025-06-30 by]"},
		{"a month in words after a year in digits", "力争2025年六月底前完成迎检准备。", 2025, "[2025-06-30 by]"},
		{"a meeting held is no deadline", "2024年12月召开的市委经济工作会议作出部署。", 2025, "[]"},
		{"a document issued is no deadline", "按照省政府2025年2月印发的《意见》部署推进。", 2025, "[]"},
		{"once a quarter is no first quarter", "建立一月一调度、一季度一通报机制。", 2025, "[]"},
		{"a year whose phrase a 前 closes is a deadline", "2024年汛期前完成改造。", 2024, "[2024-05-31 by]"}, // review 53: by the flood season, as 每年汛前
		{"the school year opens on 1 September", "2024年秋季开学前完成改造。", 2024, "[2024-08-31 by]"},
		{"a year since is not the text's", "检查2003年以来重点工作落实情况,于7月15日前报送。", 2005, "[2005-07-15 by]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(tc.text, tc.year) {
				got = append(got, d.Date.String()+" "+d.Kind)
			}
			if fmt.Sprint(got) != tc.want && !(len(got) == 0 && tc.want == "[]") {
				t.Errorf("ParseDeadlinesIn(%q, %d) = %v, want %s", tc.text, tc.year, got, tc.want)
			}
		})
	}
}

func TestYearRanges(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a range opening a clause is a target", "2018—2021年累计安排专项资金不低于30亿元。", "[2018—2021年 2021-12-31 target]"},
		{"a plan's name is no target", "实施《服务业发展规划（2021—2025年）》。", "[]"},
		{"a cited title is no target", "落实《2023-2027年行动方案》要求。", "[]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlines(tc.text) {
				got = append(got, d.Quote+" "+d.Date.String()+" "+d.Kind)
			}
			if fmt.Sprint(got) != tc.want && !(len(got) == 0 && tc.want == "[]") {
				t.Errorf("ParseDeadlines(%q) = %v, want %s", tc.text, got, tc.want)
			}
		})
	}
}
