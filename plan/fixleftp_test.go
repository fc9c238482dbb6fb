package plan

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// fixleftpParse parses a plan's text, failing the test on an error.
func fixleftpParse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("fixleftp.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixleftpTask is the task whose text holds s; the test fails when none does.
func fixleftpTask(t *testing.T, d *Document, s string) *Task {
	t.Helper()
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, s) {
			return &d.Tasks[i]
		}
	}
	var got []string
	for _, tk := range d.Tasks {
		got = append(got, tk.Number+" "+Clip(tk.Text, 20))
	}
	t.Fatalf("no task holds %q; tasks: %q", s, got)
	return nil
}

// TestFixleftp_ListedMonthsAfterYear: months listed after their year, the first ones written without
// their 月 as plans write "3、6、9月", are each a date of that year, not the bare year a goal is set
// for; 每年 before such a list makes a duty of each month listed.
func TestFixleftp_ListedMonthsAfterYear(t *testing.T) {
	cases := []struct {
		name, text string
		year       int
		want       []string
	}{
		{"two months", "2025年6、12月底前完成两次全面排查。", 2025, []string{"2025-06-30", "2025-12-31"}},
		{"three months", "2025年3、6、9月底前分别报送工作进展情况。", 2025, []string{"2025-03-31", "2025-06-30", "2025-09-30"}},
		{"a later year than the plan's", "各区于2026年3、9月底前各开展一次联合检查。", 2025, []string{"2026-03-31", "2026-09-30"}},
		{"mixed with 月", "2025年3月、6、9月底前分别召开一次调度会。", 2025, []string{"2025-03-31", "2025-06-30", "2025-09-30"}},
		{"without 前", "2025年6、12月分别开展一次考核评估。", 2025, []string{"2025-06-30", "2025-12-31"}},
		{"written with 和", "2024年6和12月底前各报送一次总结。", 2024, []string{"2024-06-30", "2024-12-31"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(c.text, c.year) {
				if d.Kind == KindTarget {
					t.Errorf("%q read as a goal (%v): the months date the work", d.Quote, d.Date)
				}
				got = append(got, d.Date.String())
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("ParseDeadlinesIn(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
	t.Run("time cell", func(t *testing.T) {
		var got []string
		for _, d := range CellDeadlines("2025年6、12月", 2025) {
			got = append(got, d.Date.String())
		}
		if want := []string{"2025-06-30", "2025-12-31"}; !slices.Equal(got, want) {
			t.Errorf("CellDeadlines = %v, want %v", got, want)
		}
	})
	t.Run("not a list of one year", func(t *testing.T) {
		// "2025年12、3月": the months do not follow one another in the year; no month of 2025 is read.
		for _, d := range ParseDeadlinesIn("2025年12、3月开展两轮督查。", 2025) {
			if d.Date == NewDay(2025, time.March, 31) {
				t.Errorf("read %v from a list whose months go back", d)
			}
		}
	})
	recurring := []struct {
		name, text string
		months     []time.Month
	}{
		{"every year, two months", "每年6、12月报送工作总结。", []time.Month{time.June, time.December}},
		{"every year, four months", "每年3、6、9、12月底前报送季度工作进展。", []time.Month{time.March, time.June, time.September, time.December}},
	}
	for _, c := range recurring {
		t.Run(c.name, func(t *testing.T) {
			rs := ParseRecurring(c.text)
			if len(rs) != 1 {
				t.Fatalf("ParseRecurring(%q) = %v, want one duty", c.text, rs)
			}
			if got := rs[0].Rule.MonthSet(); !slices.Equal(got, c.months) {
				t.Errorf("ParseRecurring(%q) months %v (%v), want %v", c.text, got, rs[0].Rule, c.months)
			}
		})
	}
}

// TestFixleftp_GroupSectorUnits: a task whose only responsible parties are departments named by
// their type within a group of places gets them as units, as the plan writes them: the sectors that
// share one 部门 after the group (its other levels in brackets), each sector the group's (audit61:
// the group carries over the list as a level does, "各区农业农村、水务部门" is 各区水务部门), and the
// zones a group of counties names beside them with the body each has.
func TestFixleftp_GroupSectorUnits(t *testing.T) {
	text := `某市2025年价格监督检查工作方案

一、重点任务

（一）规范教育收费。各县（市、区）发展改革、教育部门要加强对学校收费行为的监管。

（二）强化面源污染监测。各县（市、区）农业农村、生态环境部门按照职责分工做好监测工作。

（三）加强燃气安全检查。各县区、园区燃气管理部门要加强对燃气经营企业的安全检查。

（四）加强农村供水保障。各区农业农村、水务部门要加强农村供水工程运行管理。
`
	d := fixleftpParse(t, text)
	cases := []struct {
		name, anchor string
		lead         []string
	}{
		{"bracketed group, verb-like first sector", "学校收费行为", []string{"各县（市、区）发展改革部门", "各县（市、区）教育部门"}},
		{"bracketed group, first sector ends as a village", "面源污染", []string{"各县（市、区）农业农村部门", "各县（市、区）生态环境部门"}},
		{"counties and zones", "燃气经营企业", []string{"各县区、园区燃气管理部门"}},
		{"plain group, first sector ends as a village", "农村供水工程", []string{"各区农业农村部门", "各区水务部门"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tk := fixleftpTask(t, d, c.anchor)
			if !slices.Equal(tk.Lead, c.lead) || len(tk.Participating) > 0 {
				t.Errorf("lead %q partic %q, want lead %q", tk.Lead, tk.Participating, c.lead)
			}
		})
	}
}

// TestFixleftp_AttachmentGroupRows: a flattened 附件 table whose rows nest under numbered group rows
// ("一、xxx", then rows "1.…" with the number glued to the task, each with its own 责任单位 cell):
// each row is its own task; the group row is none; a unit cell on the group row is the lead of its
// rows that name none, and no row's own units give way to it.
func TestFixleftp_AttachmentGroupRows(t *testing.T) {
	const head = `某县2025年优化营商环境工作方案

一、工作目标

全面提升营商环境水平。

二、保障措施

各责任单位要加强组织领导，确保各项任务按时完成。

附件

某县2025年优化营商环境重点任务清单

序号

重点任务

责任单位

完成时限

一、提升政务服务效能
`
	const rows = `1.推进“一网通办”

全面推行政务服务事项网上办理。

县数据资源局

2025年6月底前

2.推行“免证办”

推动电子证照在政务服务中的应用。

2025年9月底前

二、加强要素保障

县发展改革局

3.强化用地保障

优先保障重点项目用地需求。

县自然资源局

2025年12月底前

4.强化融资服务

组织开展银企对接活动。

2025年12月底前
`
	cases := []struct {
		name, text string
		want       map[string][]string // a row's words → its lead
	}{
		{"group rows with their own units", head + "\n县政务服务中心\n\n" + rows, map[string][]string{
			"一网通办": {"县数据资源局"},
			"免证办":  {"县政务服务中心"},
			"用地保障": {"县自然资源局"},
			"融资服务": {"县发展改革局"},
		}},
		{"group row naming no units", head + "\n" + rows, map[string][]string{
			"一网通办": {"县数据资源局"},
			"用地保障": {"县自然资源局"},
			"融资服务": {"县发展改革局"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := fixleftpParse(t, c.text)
			for words, lead := range c.want {
				tk := fixleftpTask(t, d, words)
				if !slices.Equal(tk.Lead, lead) {
					t.Errorf("row %q: lead %q partic %q, want lead %q", words, tk.Lead, tk.Participating, lead)
				}
			}
			rowsSeen := 0
			for _, tk := range d.Tasks {
				if strings.Contains(tk.Text, "提升政务服务效能") && !strings.Contains(tk.Text, "一网通办") && !strings.Contains(tk.Text, "免证办") {
					t.Errorf("the group row is a task of its own: %q", tk.Text)
				}
				for _, w := range []string{"一网通办", "免证办", "用地保障", "融资服务"} {
					if strings.Contains(tk.Text, w) {
						rowsSeen++
					}
				}
			}
			if rowsSeen != 4 {
				t.Errorf("%d tasks hold the four rows' words, want one task a row", rowsSeen)
			}
		})
	}
}

// TestFixleftp_GluedRoleWord: a role word glued between two units' names ("市公安局负责市交通运输局
// 配合") is the first unit's marker, not the end of its name: the unit is 市公安局 and 负责 its role.
func TestFixleftp_GluedRoleWord(t *testing.T) {
	cases := []struct {
		name, note   string
		lead, partic []string
	}{
		{"负责 then 配合", "（责任单位：市公安局负责市交通运输局配合）", []string{"市公安局"}, []string{"市交通运输局"}},
		{"牵头 then 配合", "（市住房城乡建设局牵头市城市管理局配合）", []string{"市住房城乡建设局"}, []string{"市城市管理局"}},
		{"负责 then a list that takes part", "（责任单位：市公安局负责市交通运输局、市财政局配合）", []string{"市公安局"}, []string{"市交通运输局", "市财政局"}},
		{"牵头 then 负责", "（责任单位：市交通运输局牵头市公安局负责）", []string{"市交通运输局"}, []string{"市公安局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := fixleftpParse(t, "某市道路交通安全整治工作方案\n\n一、重点任务\n\n（一）开展专项整治。严厉查处各类交通违法行为。"+c.note+"\n")
			tk := fixleftpTask(t, d, "交通违法行为")
			if !slices.Equal(tk.Lead, c.lead) || !slices.Equal(tk.Participating, c.partic) {
				t.Errorf("lead %q partic %q, want lead %q partic %q", tk.Lead, tk.Participating, c.lead, c.partic)
			}
		})
	}
}
