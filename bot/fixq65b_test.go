package bot

import (
	"context"
	"strings"
	"testing"
)

// fixq65bPlan is a city's opinions written for these tests: two departments named by their full
// names as lead or participating units, and an item whose words hold a department's word as a topic.
const fixq65bPlan = `宜昌市关于推进社区服务提升的实施意见
一、主要任务
（一）完善城乡低保制度。提高低保标准。（牵头单位：市民政局；配合单位：市财政局、市人社局）
（二）发展居家养老服务。建设社区养老服务中心。（牵头单位：市民政局；配合单位：市卫健委）
（三）加强就业帮扶。开展技能培训。（牵头单位：市人社局；配合单位：市民政局、市财政局）
（四）改善公共财政投入结构。优化资金使用。（牵头单位：市发展改革委）
`

var fixq65bShared sharedIndex

// TestFixQ65b_BareDeptRoleCount: a liaison's short question names a department by its word alone
// (民政, 财政) after the place and before the role, and ends with 几个: how many tasks that department
// has in that role, not a figure nor a search of the word.
func TestFixQ65b_BareDeptRoleCount(t *testing.T) {
	ix := fixq65bShared.get(t, "fixq65b", false, fixq65bPlan)
	for _, c := range []struct {
		name, q     string
		want, never []string
	}{
		{"lead, bare word", "宜昌民政牵头几个", []string{"2 项", "完善城乡低保制度", "发展居家养老服务"}, []string{"加强就业帮扶"}},
		{"participating, bare word", "宜昌财政配合几个", []string{"2 项", "完善城乡低保制度", "加强就业帮扶"}, []string{"改善公共财政投入结构"}},
		{"department type, 几个", "民政部门牵头几个?", []string{"2 项", "发展居家养老服务"}, []string{"加强就业帮扶"}},
		{"nickname, 多少个", "宜昌人社牵头多少个", []string{"1 项", "加强就业帮扶"}, []string{"完善城乡低保制度"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := NewEngine(ix, Options{}).Answer(context.Background(), Question{Text: c.q, Now: fixedClock("2026-12-07")()})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range c.never {
				if strings.Contains(a.Text, w) {
					t.Errorf("answer holds %q:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestFixQ65b_BareRoleWord: where a type's own word stands alone as a department (after the place cut
// from the question, before the role asked), not inside other words or before other words.
func TestFixQ65b_BareRoleWord(t *testing.T) {
	ts := defaultDeptTypes()
	for _, c := range []struct{ name, s, want string }{
		{"after the place", " 民政牵头几个", "民政"},
		{"at the start", "财政配合哪些", "财政"},
		{"longest word", " 住房城乡建设负责哪些", "住建"},
		{"inside a topic", "公共财政投入牵头几个", ""},
		{"no role after", " 民政有几个方案", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := ts.bareRoleWord(c.s); got != c.want {
				t.Errorf("bareRoleWord(%q) = %q, want %q", c.s, got, c.want)
			}
		})
	}
}
