package plan

import (
	"slices"
	"testing"
)

// TestSplitAndBeforeOtherKindBracket: a list item joined by 和 to a party written with the kind that
// stands in for it in brackets ("街镇（工业区）") parts at 和; names holding 和 stay whole.
func TestSplitAndBeforeOtherKindBracket(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{name: "departments and towns with a zone bracket", in: "市级有关部门和街镇（园区）", want: []string{"市级有关部门", "街镇（园区）"}},
		{name: "bureau and towns with a zone bracket", in: "区应急管理局和各街镇（工业区）", want: []string{"区应急管理局", "各街镇（工业区）"}},
		{name: "和 inside a bureau's name", in: "区发展和改革委员会", want: []string{"区发展和改革委员会"}},
		{name: "和 inside a bureau's name, bracket after", in: "区住房和城乡建设委员会（区房管局）", want: []string{"区住房和城乡建设委员会（区房管局）"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := splitAndOne(c.in); !slices.Equal(got, c.want) {
				t.Errorf("splitAndOne(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	t.Run("a task's lead list", func(t *testing.T) {
		checkTasks(t, formHead+"1.加强消防宣传。区委宣传部、各行业管理部门和街镇（工业区）要充分利用各类媒体开展宣传。\n", []taskWant{
			{number: "1", lead: []string{"区委宣传部", "各行业管理部门", "街镇（工业区）"}},
		})
	})
}

// TestBodyNamedByItsRole: a body named by what it does for the work ("各园区建设主体", "项目运营主体")
// is that body, not the place before its role (各园区).
func TestBodyNamedByItsRole(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []taskWant
	}{
		{
			name: "builders of every zone carry it out",
			text: formHead + "1.推进低碳园区建设。市发展改革委组织遴选；各产业园区建设主体负责具体实施。\n",
			want: []taskWant{{number: "1-1", lead: []string{"市发展改革委"}}, {number: "1-2", lead: []string{"各产业园区建设主体"}}},
		},
		{
			name: "the operator of each site",
			text: formHead + "1.加强充电设施运维。各站点运营主体要落实日常巡检。\n",
			want: []taskWant{{number: "1", lead: []string{"各站点运营主体"}}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTasks(t, c.text, c.want) })
	}
}
