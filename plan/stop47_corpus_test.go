package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestStop47HelpingDuty: a unit heading its own duties whose duty is to help another unit ("区安监局：
// 配合经信部门负责…", "…；负责配合公安消防支队对…") takes part in it; the unit helped leads.
func TestStop47HelpingDuty(t *testing.T) {
	cases := []struct {
		name, line, words string
		lead, partic      []string
	}{
		{"helped unit before the helper's own 负责", "10.区安监局：配合经信部门负责修造船企业的安全生产监督管理。", "修造船企业", []string{"经信部门"}, []string{"区安监局"}},
		{"helped departments by their field before 等部门", "7.县交通运输局：配合海事等部门开展打击非法营运船舶活动。", "非法营运船舶", []string{"海事"}, []string{"县交通运输局"}},
		{"several fields before 等部门", "5.市文旅局：配合公安、消防等部门开展节日安全检查。", "节日安全检查", []string{"公安部门", "消防部门"}, []string{"市文旅局"}},
		{"a later duty of the list, after 负责", "（三）区建交委。负责组织房屋安全问题的整改；负责配合公安消防支队对市政道路上的消防设施进行排查。", "消防设施进行排查", []string{"公安消防支队"}, []string{"区建交委"}},
		{"a later duty after a comma", "3.市住建局：负责指导房屋安全鉴定工作，负责配合市应急管理局开展应急演练。", "应急演练", []string{"市应急管理局"}, []string{"市住建局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := rev53Parse(t, "某区关于开展专项行动的实施方案\n一、职责分工\n"+c.line+"\n（九）区公安局：负责打击违法行为。\n")
			tk := taskWithText(d, c.words)
			if tk == nil {
				t.Fatalf("no task with %q", c.words)
			}
			if !slices.Equal(tk.Lead, c.lead) || !slices.Equal(tk.Participating, c.partic) {
				t.Errorf("lead %v, participating %v; want %v, %v", tk.Lead, tk.Participating, c.lead, c.partic)
			}
		})
	}
	t.Run("a list of actions before 等部门 names no unit", func(t *testing.T) {
		if items, ok := fieldsBefore("开展检查、整治等部门"); ok {
			t.Errorf("fieldsBefore: %v", items)
		}
	})
}

// taskWithText is the task with the shortest text holding words, as the corpus matches a task.
func taskWithText(d *Document, words string) *Task {
	var best *Task
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, words) && (best == nil || len(d.Tasks[i].Text) < len(best.Text)) {
			best = &d.Tasks[i]
		}
	}
	return best
}

// TestStop47FirstMonth: 元月 is January, in any form a month takes (底前, 中旬, a day in digits or in
// words); the 元 of a sum of money before 月 is no month.
func TestStop47FirstMonth(t *testing.T) {
	cases := []struct{ text, want string }{
		{"制订详细工作实施方案，并于元月底前报送至市政府督查室。", "2013-01-31"},
		{"各单位于元月15日前报送上年度工作总结。", "2013-01-15"},
		{"各县区于元月十日前将自查报告报市安委办。", "2013-01-10"},
		{"2014年元月20日前完成全部整改。", "2014-01-20"},
		{"元月中旬召开全区动员大会。", "2013-01-20"},
		{"每人每月补助500元月底前发放到位。", ""},
		{"项目总投资5亿元月底前完成签约。", ""},
	}
	for _, c := range cases {
		var got []string
		for _, d := range ParseDeadlinesIn(c.text, 2013) {
			if d.Date.Month == 1 {
				got = append(got, d.Date.String())
			}
		}
		if c.want == "" && len(got) > 0 || c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%s: January dates %v, want %q", c.text, got, c.want)
		}
	}
}
