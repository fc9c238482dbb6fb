package bot

import (
	"strings"
	"testing"
)

// Fixes for review 89, asked with questions of their own over rev89Index (the seeds, a Yibin
// consumption plan and a Wujin task list), on 2026-12-07.

// TestFixRev89_EnglishDepartments: an initialism (DRC) and "approval bureau" name their department
// types with no other office word; a place's department said short ("Quzhou finance") at the end of
// the question or before "tasks" is that department; an ordinary word elsewhere stays a word.
func TestFixRev89_EnglishDepartments(t *testing.T) {
	for _, c := range []struct{ name, q, want, notWant string }{
		{"drc alone", "Which tasks does the Quzhou DRC lead?", "发展改革部门", ""},
		{"ndrc alone", "What must the NDRC report?", "发展改革部门", ""},
		{"approval bureau", "Huzhou approval bureau tasks", "政务服务部门", ""},
		{"short at the end", "What is due next month for Quzhou finance?", "财政部门", ""},
		{"short before tasks", "Huzhou education tasks", "教育部门", ""},
		{"ordinary word stays", "How much finance goes to small firms in Quzhou?", "", "财政部门"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := translateDepts(c.q)
			if c.want != "" && !strings.Contains(got, c.want) || c.notWant != "" && strings.Contains(got, c.notWant) {
				t.Errorf("%s → %q; want %q, not %q", c.q, got, c.want, c.notWant)
			}
		})
	}
}

// TestFixRev89_Phrasing: 这季度 is 本季度; a plan's 中 before what is asked in it reads as 里; "what
// about X?" is "how about X?".
func TestFixRev89_Phrasing(t *testing.T) {
	for _, c := range []struct{ name, q, want string }{
		{"this quarter short", "这季度要报什么", "本季度"},
		{"this one quarter", "这一季度到期的", "本季度"},
		{"inside the plan", "宜宾方案中充电桩目标", "方案里充电桩"},
		{"inside the file", "这份文件中资金怎么安排", "文件里资金"},
		{"what about", "What about Huzhou?", "how about Huzhou"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := normalizePhrasing(c.q); !strings.Contains(got, c.want) {
				t.Errorf("%s → %q; want %q inside", c.q, got, c.want)
			}
		})
	}
}

// TestFixRev89_Answers: the answers the fixes change, asked in words of their own.
func TestFixRev89_Answers(t *testing.T) {
	e := rev89Engine(t)
	yb5 := [2]string{"宜宾市", "推进充电基础设施建设"}
	yb7 := [2]string{"宜宾市", "健全消费纠纷多元化解机制"}
	for _, c := range []struct {
		name          string
		qs            []string
		want, notWant [][2]string
		text, notText []string
	}{
		{name: "this quarter is a window", qs: []string{"这季度宜宾市统计局要报什么?"}, want: [][2]string{yb8}, notText: []string{"“季度”"}},
		{name: "role group counted", qs: []string{"宜宾各牵头单位的逾期任务数"}, text: []string{"市市场监管局：1"}},
		{name: "role group as a party", qs: []string{"各牵头单位什么时候交年度工作总结?"}, notText: []string{"各单位"}},
		{name: "total beside overdue", qs: []string{"宜宾市市场监管局牵头几项，已逾期几项?"}, text: []string{"2 项", "1 项"}},
		{name: "role and order in a follow-up", qs: []string{"宜宾市商务局有哪些任务", "只看参与的，按时间排"}, want: [][2]string{yb4, yb6, yb8}, notWant: [][2]string{yb1, yb2}},
		{name: "unit's own place, no slip", qs: []string{"宜宾市统计局的任务进展怎么样?"}, want: [][2]string{yb8}, notText: []string{"武进"}},
		{name: "paperwork in a month", qs: []string{"宜宾市统计局12月要交哪些材料?"}, want: [][2]string{yb8}},
		{name: "no leader named", qs: []string{"武进区清单的分管领导是谁?"}, notWant: [][2]string{wj1, wj2}, text: []string{"没有写明责任领导"}},
		{name: "who signed", qs: []string{"谁签发的宜宾方案?"}, text: []string{"宜宾市人民政府办公室"}},
		{name: "abbreviated figure", qs: []string{"宜宾的社零到2028年要达到多少?"}, text: []string{"2000亿元"}},
		{name: "english topic", qs: []string{"Which Yibin tasks are about the night-time economy?"}, want: [][2]string{yb2}, notWant: [][2]string{yb1}},
		{name: "enterprises written short", qs: []string{"How much money goes to enterprises in Wujin?"}, text: []string{"2亿元"}},
		{name: "english ones", qs: []string{"Wujin tasks", "just the overdue ones"}, want: [][2]string{wj1, wj5, wj6}, notWant: [][2]string{wj2}},
		{name: "english what about", qs: []string{"Wujin overdue tasks", "What about Yibin?"}, want: [][2]string{yb1, yb6}, notWant: [][2]string{yb2, wj1}},
		{name: "month expiring whole", qs: []string{"武进这个月有哪些任务到期?"}, want: [][2]string{wj6, wj2}},
		{name: "quarter expiring whole", qs: []string{"宜宾市场监管局本季度到期的任务"}, want: [][2]string{yb6}, notWant: [][2]string{yb7}},
		{name: "still ahead from today", qs: []string{"武进本月还有哪些任务没到期?"}, want: [][2]string{wj2}, notWant: [][2]string{wj6}},
		{name: "overdue and upcoming", qs: []string{"武进区逾期的和即将到期的任务"}, want: [][2]string{wj1, wj5, wj6, wj2}},
		{name: "english due this quarter short unit", qs: []string{"What is due this quarter for Yibin statistics?"}, want: [][2]string{yb8}, notWant: [][2]string{yb5}},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := rev89Ask(t, e, c.qs...)
			q := c.qs[len(c.qs)-1]
			rev89Want(t, q, a, c.want, c.notWant)
			for _, s := range c.text {
				if !strings.Contains(a.Text, s) {
					t.Errorf("%s: want %q; got:\n%s", q, s, a.Text)
				}
			}
			for _, s := range c.notText {
				if strings.Contains(a.Text, s) {
					t.Errorf("%s: want no %q; got:\n%s", q, s, a.Text)
				}
			}
		})
	}
}
