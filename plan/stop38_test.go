package plan

import (
	"strings"
	"testing"
)

// TestStop38UndatedLimitKept: a time label no date can be made of ("整改时限：3天", "立行立改") stays in
// the task's words; one that gives a date becomes a deadline and is not repeated.
func TestStop38UndatedLimitKept(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		dates            int
	}{
		{"days after a notice", "1. 市科技馆\n（1）灭火器过期未更换；\n问题整改责任单位：市科技馆 整改时限：3天\n", "时限：3天", 0},
		{"at once", "1.清理占道经营。（责任单位：区城管局；完成时限：立行立改）\n", "时限：立行立改", 0},
		{"a date", "1.清理占道经营。（责任单位：区城管局；完成时限：2025年6月底前）\n", "", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) == 0 {
				t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
			}
			tk := d.Tasks[0]
			if c.want != "" && !strings.Contains(tk.Text, c.want) {
				t.Errorf("text %q lacks %q", tk.Text, c.want)
			}
			if c.want == "" && strings.Contains(tk.Text, "\n时限：") {
				t.Errorf("text %q repeats a limit its deadline holds", tk.Text)
			}
			if len(tk.Deadlines) != c.dates {
				t.Errorf("deadlines %v, want %d", tk.Deadlines, c.dates)
			}
		})
	}
}

// TestStop38PartOfYearTitle: a plan titled with a quarter or half of its year runs to that part's
// end; a report on such a part (执行情况, 通报) keeps its year.
func TestStop38PartOfYearTitle(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"区政府2020年第三季度工作要点", "2020-09-30"},
		{"2024年一季度重点工作任务清单", "2024-03-31"},
		{"某县2023年上半年重点工作安排", "2023-06-30"},
		{"某县2023年下半年工作计划", "2023-12-31"},
		{"2021年上半年国民经济和社会发展计划主要指标执行情况", "2021-12-31"},
		{"关于2022年第二季度重点工作任务落实情况的通报", "2022-12-31"},
		{"2025年工作要点", "2025-12-31"},
	} {
		if d, _ := PlanPeriod(c.title, nil, 0); d.String() != c.want {
			t.Errorf("PlanPeriod(%q) = %s, want %s", c.title, d, c.want)
		}
	}
}

// TestStop38DayWithoutRi: a day written without its 日 before 前 ("2008年4月10前") is that day.
func TestStop38DayWithoutRi(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"2008年4月10前完成验收", "2008-04-10"},
		{"4月10前报送区爱卫办", "2008-04-10"},
		{"2008年4月完成验收", "2008-04-30"},
	} {
		ds := ParseDeadlinesIn(c.text, 2008)
		if len(ds) != 1 || ds[0].Date.String() != c.want {
			t.Errorf("%s: %v, want %s", c.text, ds, c.want)
		}
	}
}
