package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestFixCF_TitleBrokenBeforeConjunction: a title printed over two lines, the second opening with a
// conjunction (及, 暨, 和, 与), is one title; its year then gives the plan's period.
func TestFixCF_TitleBrokenBeforeConjunction(t *testing.T) {
	for _, tc := range []struct{ name, text, title, period string }{
		{"及 on the second line",
			"某县2025年重点民生项目\n\n及为民办实事任务分解方案\n\n一、主要目标\n1.新增托位300个。（牵头单位：县卫健局）\n",
			"某县2025年重点民生项目及为民办实事任务分解方案", "2025-12-31"},
		{"暨 on the second line",
			"某区2024年安全生产工作要点\n暨安全生产月活动实施方案\n一、重点工作\n1.开展隐患排查。（牵头单位：区应急局）\n",
			"某区2024年安全生产工作要点暨安全生产月活动实施方案", "2024-12-31"},
		{"a second line with no conjunction stays apart",
			"某县2023年重点工作\n\n民生实事项目任务分解方案\n\n一、主要目标\n1.新增托位300个。（牵头单位：县卫健局）\n",
			"", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("t.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tc.title == "" {
				if d.Title == "某县2023年重点工作民生实事项目任务分解方案" {
					t.Errorf("title %q: two lines joined with no conjunction", d.Title)
				}
				return
			}
			if d.Title != tc.title {
				t.Errorf("title %q; want %q", d.Title, tc.title)
			}
			if d.Period.String() != tc.period {
				t.Errorf("period %v (%s); want %s", d.Period, d.PeriodQuote, tc.period)
			}
		})
	}
}

// TestFixCF_ReportDivisionNamesItsYear: a notice dividing up a government work report's tasks runs
// for the year it names ("现将《政府工作报告》2022年重点工作任务进行分解", sent out late the year
// before), and for the year of issue only when it names none.
func TestFixCF_ReportDivisionNamesItsYear(t *testing.T) {
	for _, tc := range []struct {
		name, goal string
		year       int
		want       string
	}{
		{"next year's report, sent in November", "经县政府同意，现将《政府工作报告》2026年重点工作任务及民生实事项目进行责任分解。", 2025, "2026-12-31"},
		{"the year named, full-width digits folded", "现将区《政府工作报告》２０２４年重点工作予以分解。", 2023, "2024-12-31"},
		{"no year named: the year of issue", "现将《政府工作报告》主要指标和重点任务予以分解下达。", 2023, "2023-12-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, q := PlanPeriod("", []string{tc.goal}, tc.year)
			if got.String() != tc.want {
				t.Errorf("period %v (%q); want %s", got, q, tc.want)
			}
		})
	}
}

// TestFixCF_CutOffLabelIsNoUnit: a note cut off with the text right after its label ("(牵头单位:市"
// as an excerpt ends) names no unit: its label word is no party.
func TestFixCF_CutOffLabelIsNoUnit(t *testing.T) {
	head := "某县2024年重点工作任务分解方案\n一、主要目标\n1.粮食播种面积稳定在50万亩。（牵头单位：县农业农村局；责任单位：县统计局）\n"
	for _, tc := range []struct{ name, last string }{
		{"cut after the level", "2.城镇新增就业3000人。(牵头单位:县"},
		{"cut after the colon", "2.城镇新增就业3000人。（责任单位："},
		{"cut after a second label's colon", "2.城镇新增就业3000人。（牵头单位：县人社局；配合单位："},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("t.txt", head+tc.last+"\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range d.Tasks {
				for _, u := range append(slices.Clone(x.Lead), x.Participating...) {
					if roleGroup.MatchString(u) {
						t.Errorf("task %s: label %q read as a unit (lead %v, partic %v)", x.Number, u, x.Lead, x.Participating)
					}
				}
			}
		})
	}
}

// TestFixCF_MembersOfAPersonLedBody: the units a person-led (or unled) body is made of ("成立由副区长牵头，
// A、B等部门组成的工作专班，负责…") take part in the work the body answers for; the body leads. A body
// led by a unit keeps that unit as its lead.
func TestFixCF_MembersOfAPersonLedBody(t *testing.T) {
	head := "某区防汛设施建设实施意见\n三、保障措施\n"
	for _, tc := range []struct {
		name, item   string
		lead, partic []string
	}{
		{"led by a deputy head",
			"（一）健全机制。成立由区政府分管副区长牵头，区水务局、区住建委、区财政局等部门组成的防汛工作专班，负责统筹推进防汛设施建设。",
			[]string{"防汛工作专班"}, []string{"区水务局", "区住建委", "区财政局"}},
		{"led by no one named",
			"（一）健全机制。区水务局、区城管执法局共同组成的联合工作组，负责排水设施巡查。",
			[]string{"联合工作组"}, []string{"区水务局", "区城管执法局"}},
		{"led by a unit",
			"（一）健全机制。成立由区应急局牵头，区水务局、区财政局等部门组成的工作专班，负责统筹推进防汛设施建设。",
			[]string{"区应急局"}, []string{"区水务局", "区财政局"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("t.txt", head+tc.item+"\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) != 1 {
				t.Fatalf("got %d tasks, want 1", len(d.Tasks))
			}
			x := d.Tasks[0]
			if !slices.Equal(x.Lead, tc.lead) || !slices.Equal(x.Participating, tc.partic) {
				t.Errorf("lead %v partic %v; want %v, %v", x.Lead, x.Participating, tc.lead, tc.partic)
			}
		})
	}
}

// TestFixCF_OfficeSeatDoesTheOfficesWork: the unit a body's office sits in ("下设办公室，设在区住建委，
// 负责…", "领导小组办公室设在区应急局，具体负责…") answers for the office's duty, a task of its own after
// the body's.
func TestFixCF_OfficeSeatDoesTheOfficesWork(t *testing.T) {
	head := "某区燃气安全整治实施方案\n四、保障措施\n"
	for _, tc := range []struct{ name, item, office string }{
		{"下设办公室，设在",
			"（一）加强领导。区燃气整治工作专班负责统筹推进整治工作。工作专班下设办公室，设在区住建委，负责日常协调和情况汇总。",
			"区住建委"},
		{"办公室设在, 具体负责",
			"（一）加强领导。区燃气整治领导小组负责统筹推进整治工作。领导小组办公室设在区应急局，具体负责督促检查。",
			"区应急局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("t.txt", head+tc.item+"\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range d.Tasks {
				t.Logf("task %s lead %v partic %v: %s", x.Number, x.Lead, x.Participating, x.Text)
				if slices.Equal(x.Lead, []string{tc.office}) && !strings.Contains(x.Text, "统筹推进") {
					found = true
				}
			}
			if !found {
				t.Errorf("no task of the office's duty led by %s", tc.office)
			}
		})
	}
}
