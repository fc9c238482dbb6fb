package duties

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
)

func day(s string) plan.Day {
	d, err := plan.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

var (
	commerce = plan.UnitRef{City: "衢州市", Name: "市商务局"}
	reform   = plan.UnitRef{City: "衢州市", Name: "市发改委"}
	stats    = plan.UnitRef{City: "衢州市", Name: "市统计局"}
)

// testDoc is a plan of 衢州市 with one deadline task, one recurring duty, one task whose date is the
// plan's period and one whose date is a span of years.
func testDoc() *plan.Document {
	d := &plan.Document{ID: "aaaa0001", Title: "衢州市测试实施方案", City: "衢州市"}
	ref := new(d.Ref())
	d.Tasks = []plan.Task{
		{ID: "aaaa0001:1", Doc: ref, Section: "一、重点任务", Number: "1", Title: "综合保税区验收",
			Lead: []string{"市商务局"}, Participating: []string{"市发改委"},
			Deadlines: []plan.Deadline{{Quote: "2026年12月1日前", Date: day("2026-12-01"), Kind: plan.KindBy}}},
		{ID: "aaaa0001:2", Doc: ref, Section: "二、保障措施", Number: "2", Title: "月度通报",
			Lead:      []string{"市统计局"},
			Recurring: []plan.Recurring{{Quote: "每月10日前通报", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 10}}}},
		{ID: "aaaa0001:3", Doc: ref, Number: "3", Title: "期内完成", Lead: []string{"市商务局"},
			Deadlines: []plan.Deadline{{Quote: "2023—2027年", Date: day("2027-12-31"), Kind: plan.KindTarget, Inherited: true}}},
		{ID: "aaaa0001:4", Doc: ref, Number: "4", Title: "五年培训", Lead: []string{"市商务局"},
			Deadlines: []plan.Deadline{{Quote: "五年内", Date: day("2027-12-31"), Kind: plan.KindBy}}},
	}
	return d
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name string
		d    plan.Deadline
		want bool
	}{
		{"a stated date", plan.Deadline{Quote: "2026年12月1日前", Date: day("2026-12-01")}, true},
		{"the plan's period", plan.Deadline{Quote: "2023—2027年", Date: day("2027-12-31"), Inherited: true}, false},
		{"the day the whole plan is to be done by", plan.Deadline{Quote: "力争2023年10月底前全部完成", Date: day("2023-10-31"), Kind: plan.KindBy, Inherited: true}, true},
		{"a span of years", plan.Deadline{Quote: "五年内", Date: day("2027-12-31")}, false},
		{"a span of numbered years", plan.Deadline{Quote: "3—5年内", Date: day("2027-12-31")}, false},
		{"no date", plan.Deadline{Quote: "尽快"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Counts(tt.d); got != tt.want {
				t.Errorf("Counts(%+v) = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}

// TestHasTime is the one owner of "does this task say when it is done" (bot's 有期限的 and 没有完成时间).
func TestHasTime(t *testing.T) {
	doc := testDoc()
	tests := []struct {
		name string
		task *plan.Task
		want bool
	}{
		{"a stated date", &doc.Tasks[0], true},
		{"a recurring duty due by a day each time", &doc.Tasks[1], true},
		{"the plan's period only", &doc.Tasks[2], false},
		{"a span of years only", &doc.Tasks[3], false},
		{"a recurring duty saying how often only", &plan.Task{Recurring: []plan.Recurring{{Quote: "每季度开展一次", Rule: plan.Rule{Freq: plan.Monthly, Interval: 3}}}}, false},
		{"a yearly duty due by a month's end", &plan.Task{Recurring: []plan.Recurring{{Quote: "每年4月底前报送", Rule: plan.Rule{Freq: plan.Yearly, Month: time.April}}}}, true},
		{"nothing", &plan.Task{Title: "加强宣传"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HasTime(tt.task); got != tt.want {
				t.Errorf("HasTime(%q) = %v, want %v", tt.task.Title, got, tt.want)
			}
		})
	}
}

func TestWithinAndPassed(t *testing.T) {
	task := &plan.Task{Deadlines: []plan.Deadline{
		{Quote: "2023年", Date: day("2023-12-31"), Kind: plan.KindBy},
		{Quote: "2023年6月底前", Date: day("2023-06-30"), Kind: plan.KindBy},
		{Quote: "到2025年", Date: day("2025-12-31"), Kind: plan.KindTarget},
		{Quote: "五年内", Date: day("2026-12-31")},
	}}
	yearsTask := &plan.Task{Title: "地区生产总值增长6%", Deadlines: []plan.Deadline{{Quote: "2024年政府工作报告重点工作任务分解表", Date: day("2024-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	yearsWorkItem := &plan.Task{Title: "开展企业软件正版化工作专项督查", Deadlines: yearsTask.Deadlines}
	twiceNamed := &plan.Task{Deadlines: []plan.Deadline{{Quote: "2019年政府工作报告目标任务责任分解和2019年市民生实事项目目标任务责任分解", Date: day("2019-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	horizonWork := &plan.Task{Title: "省级现代服务业创新发展区", Deadlines: []plan.Deadline{{Quote: "（2023—2027年）", Date: day("2027-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	horizonTask := &plan.Task{Title: "户籍人口城镇化率达到40%", Deadlines: []plan.Deadline{{Quote: "（2023—2027年）", Date: day("2027-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	quarterWork := &plan.Task{Title: "修订社区养老服务设施布局规划", Deadlines: []plan.Deadline{{Quote: "2031年第二季度重点工作安排", Date: day("2031-06-30"), Kind: plan.KindTarget, Inherited: true}}}
	halfWork := &plan.Task{Title: "完成老旧管网排查", Deadlines: []plan.Deadline{{Quote: "2031年下半年工作计划", Date: day("2031-12-31"), Kind: plan.KindTarget, Inherited: true}}}
	tests := []struct {
		name string
		got  []plan.Deadline
		want string
	}{
		{"every date that counts", Within(task, plan.Day{}, plan.Day{}, "", ""), "[2023-12-31 2023-06-30 2025-12-31]"},
		{"a year's window", Within(task, day("2023-01-01"), day("2023-12-31"), "", ""), "[2023-12-31 2023-06-30]"},
		{"a month's window leaves out year-only dates", Within(task, day("2023-12-01"), day("2023-12-31"), "", "month"), "[]"},
		{"targets only", Within(task, plan.Day{}, plan.Day{}, plan.KindTarget, ""), "[2025-12-31]"},
		{"passed", Passed(task, day("2024-01-01"), ""), "[2023-12-31 2023-06-30]"},
		{"passed deadlines of kind by", Passed(task, day("2026-01-01"), plan.KindBy), "[2023-12-31 2023-06-30]"},
		{"a year's plan's work is overdue after its year", Passed(yearsTask, day("2025-01-01"), ""), "[2024-12-31]"},
		{"a year's plan naming its year twice is still one year's work", Passed(twiceNamed, day("2020-01-01"), ""), "[2019-12-31]"},
		{"a year's figure is due in the month that holds its year's end", Within(yearsTask, day("2024-12-01"), day("2024-12-31"), "", ""), "[2024-12-31]"},
		{"a year's work item is due in its year's last month too", Within(yearsWorkItem, day("2024-12-01"), day("2024-12-31"), "", ""), "[2024-12-31]"},
		{"a year's plan's work is no date of a year's window", Within(yearsTask, day("2024-01-01"), day("2024-12-31"), "", ""), "[]"},
		{"a year's plan's work is no date in a window before its year's end", Within(yearsTask, day("2024-01-01"), day("2024-11-30"), "", ""), "[]"},
		{"a quarter's plan's work is due in its quarter's window", Within(quarterWork, day("2031-04-01"), day("2031-06-30"), "", ""), "[2031-06-30]"},
		{"a quarter's plan's work is no date of a half year's window", Within(quarterWork, day("2031-01-01"), day("2031-06-30"), "", ""), "[]"},
		{"a half year's plan's work is due in its half's window", Within(halfWork, day("2031-07-01"), day("2031-12-31"), "", ""), "[2031-12-31]"},
		{"a half year's plan's work is no date of a year's window", Within(halfWork, day("2031-01-01"), day("2031-12-31"), "", ""), "[]"},
		{"a horizon is a target of its year when targets are asked", Within(horizonTask, day("2027-01-01"), day("2027-12-31"), plan.KindTarget, ""), "[2027-12-31]"},
		{"a horizon is no target of work with no figure", Within(horizonWork, day("2027-01-01"), day("2027-12-31"), plan.KindTarget, ""), "[]"},
		{"a horizon is no deadline in a window", Within(horizonTask, day("2027-01-01"), day("2027-12-31"), "", ""), "[]"},
		{"a horizon the task inherits is never overdue", Passed(horizonTask, day("2028-01-01"), ""), "[]"},
		{"ahead: the dates that count from today on", Ahead(task, day("2023-12-31")), "[2023-12-31 2025-12-31]"},
		{"a year's plan's work is ahead until its year is over", Ahead(yearsTask, day("2024-12-06")), "[2024-12-31]"},
		{"a horizon the task inherits is not ahead", Ahead(horizonTask, day("2026-01-01")), "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateList(tt.got); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOccurrences(t *testing.T) {
	task := &testDoc().Tasks[1]
	tests := []struct {
		name     string
		from, to string
		want     string
	}{
		{"this month", "2026-11-01", "2026-11-30", "[2026-11-10]"},
		{"the day itself", "2026-11-10", "2026-11-10", "[2026-11-10]"},
		{"a window between two days", "2026-11-11", "2026-12-09", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range Occurrences(task, day(tt.from), day(tt.to)) {
				got = append(got, o.Day.String())
			}
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
}

// TestWeeklyByWeekEnd: a weekly duty that names no weekday falls in the rest of the week it is asked
// in (by its Sunday), not only on the Monday after; one that names its day falls on that day.
func TestWeeklyByWeekEnd(t *testing.T) {
	weekly := &plan.Task{Recurring: []plan.Recurring{{Quote: "每周巡查", Rule: plan.RuleWeekly}}}
	friday := &plan.Task{Recurring: []plan.Recurring{{Quote: "每周五报送", Rule: plan.Rule{Freq: plan.Weekly, Weekday: time.Friday, ByDaySet: true}}}}
	tests := []struct {
		name     string
		task     *plan.Task
		from, to string
		want     string
	}{
		{"the rest of the week, from a Wednesday", weekly, "2016-06-08", "2016-06-12", "[2016-06-12]"},
		{"a day of the week is not its end", weekly, "2016-06-08", "2016-06-08", "[]"},
		{"a month from a Wednesday: the next Monday", weekly, "2016-06-08", "2016-06-30", "[2016-06-13]"},
		{"its own weekday, past this week", friday, "2016-06-11", "2016-06-12", "[]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, o := range Occurrences(tt.task, day(tt.from), day(tt.to)) {
				got = append(got, o.Day.String())
			}
			if s := fmt.Sprint(got); s != tt.want {
				t.Errorf("got %s, want %s", s, tt.want)
			}
		})
	}
}

func TestDecidersAndDoneOf(t *testing.T) {
	doc := testDoc()
	task := &doc.Tasks[0]
	at := day("2026-11-20").Time(10, 0)
	tests := []struct {
		name  string
		asked []plan.UnitRef
		marks map[TaskUnit]DoneMark
		done  bool
	}{
		{"the lead decides", nil, map[TaskUnit]DoneMark{{task.ID, commerce}: {"张三", at}}, true},
		{"a participant's mark is not the lead's", nil, map[TaskUnit]DoneMark{{task.ID, reform}: {"李四", at}}, false},
		{"a unit asked about decides for itself", []plan.UnitRef{reform}, map[TaskUnit]DoneMark{{task.ID, reform}: {"李四", at}}, true},
		{"a unit the task does not name is ignored", []plan.UnitRef{stats}, map[TaskUnit]DoneMark{{task.ID, commerce}: {"张三", at}}, true},
		{"no marks", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, done := DoneOf(Deciders(doc, task, tt.asked), tt.marks); done != tt.done {
				t.Errorf("done = %v, want %v", done, tt.done)
			}
		})
	}
	if got := Deciders(doc, &plan.Task{ID: "x"}, nil); !reflect.DeepEqual(got, []TaskUnit{{"x", plan.UnitRef{City: "衢州市"}}}) {
		t.Errorf("a task without units is decided by its city: %v", got)
	}
}

func TestList(t *testing.T) {
	docs := []*plan.Document{testDoc()}
	done := map[TaskUnit]DoneMark{{"aaaa0001:1", commerce}: {By: "张三"}}
	tests := []struct {
		name  string
		today string
		f     Filter
		want  []string
	}{
		{"a week ahead", "2026-11-25", Filter{Within: 7}, []string{
			"upcoming 2026-12-01 by 市商务局", "upcoming 2026-12-01 by 市发改委"}},
		{"a month ahead, recurring included", "2026-11-25", Filter{Within: 30}, []string{
			"upcoming 2026-12-01 by 市商务局", "upcoming 2026-12-01 by 市发改委", "upcoming 2026-12-10 recurring 市统计局"}},
		{"recurring due today", "2026-12-10", Filter{Within: 0}, []string{
			"overdue 2026-12-01 by 市商务局", "overdue 2026-12-01 by 市发改委", "upcoming 2026-12-10 recurring 市统计局"}},
		{"past is overdue, never upcoming", "2026-12-02", Filter{Within: 3}, []string{
			"overdue 2026-12-01 by 市商务局", "overdue 2026-12-01 by 市发改委"}},
		{"one unit", "2026-12-02", Filter{Within: 30, Units: []plan.UnitRef{reform}}, []string{
			"overdue 2026-12-01 by 市发改委"}},
		{"done left out", "2026-12-02", Filter{Within: 3, Done: done}, []string{
			"overdue 2026-12-01 by 市发改委"}},
		{"other city", "2026-12-02", Filter{Within: 30, City: "湖州市"}, nil},
		{"neither the plan's period nor a span of years", "2028-01-02", Filter{Within: 0, Units: []plan.UnitRef{commerce}}, []string{
			"overdue 2026-12-01 by 市商务局"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range List(docs, day(tt.today), tt.f) {
				got = append(got, fmt.Sprintf("%s %s %s %s", it.Status, it.Date, it.Kind, it.Unit))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestListMarked(t *testing.T) {
	var asked []TaskUnit
	marks := MarksFunc(func(_ context.Context, pairs []TaskUnit) (map[TaskUnit]DoneMark, error) {
		asked = pairs
		return map[TaskUnit]DoneMark{{"aaaa0001:1", reform}: {By: "李四"}}, nil
	})
	items, err := ListMarked(context.Background(), []*plan.Document{testDoc()}, day("2026-12-02"), Filter{Within: 3}, marks)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Unit != "市商务局" || len(asked) == 0 {
		t.Errorf("items %+v after asking for %v", items, asked)
	}
}

func TestLight(t *testing.T) {
	today := day("2026-11-20")
	tests := []struct {
		name     string
		deadline string
		done     time.Time
		want     string
	}{
		{"done", "2026-11-01", today.Time(9, 0), Green},
		{"no deadline", "", time.Time{}, Green},
		{"overdue", "2026-11-19", time.Time{}, Red},
		{"due today", "2026-11-20", time.Time{}, Yellow},
		{"due within a week", "2026-11-27", time.Time{}, Yellow},
		{"on track", "2026-11-28", time.Time{}, Green},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := plan.ParseDay(tt.deadline)
			if got, _ := Light(d, tt.done, today); got != tt.want {
				t.Errorf("Light = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestDecisive(t *testing.T) {
	today := day("2026-11-20")
	tests := []struct {
		name string
		ds   []string
		want string
	}{
		{"the earliest not yet past", []string{"2026-12-31", "2026-11-25", "2025-01-01"}, "2026-11-25"},
		{"else the latest past", []string{"2024-12-31", "2025-06-30"}, "2025-06-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cur plan.Day
			for _, d := range tt.ds {
				cur = Decisive(cur, day(d), today)
			}
			if cur.String() != tt.want {
				t.Errorf("Decisive = %s, want %s", cur, tt.want)
			}
		})
	}
}

// TestOccurrencesNotBeforeIssue: a plan's recurring duty has no day before the plan was issued.
func TestOccurrencesNotBeforeIssue(t *testing.T) {
	r, _ := plan.ParseRule("FREQ=MONTHLY;BYMONTHDAY=10")
	task := &plan.Task{Doc: &plan.Ref{Issued: plan.NewDay(2023, time.March, 1)}, Recurring: []plan.Recurring{{Quote: "每月10日前", Rule: r}}}
	if got := Occurrences(task, plan.NewDay(2015, time.July, 1), plan.NewDay(2015, time.July, 31)); len(got) != 0 {
		t.Errorf("July 2015, a 2023 plan: got %v, want none", got)
	}
	if got := Occurrences(task, plan.NewDay(2023, time.July, 1), plan.NewDay(2023, time.July, 31)); len(got) != 1 || got[0].Day != plan.NewDay(2023, time.July, 10) {
		t.Errorf("July 2023: got %v, want the 10th", got)
	}
}

// dateList shows deadlines by their days, in order: "[2023-12-31 2025-12-31]".
func dateList(ds []plan.Deadline) string {
	var s []string
	for _, d := range ds {
		s = append(s, d.Date.String())
	}
	return fmt.Sprint(s)
}
