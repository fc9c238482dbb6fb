package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixrev80aQingxi is an invented county plan of the usual form: items under (一)(二), each closed by
// "（X牵头，Y配合）" or "（X负责）"; (一)2 is a monthly duty, (二)4 is past its deadline on 2026-12-07.
const fixrev80aQingxi = `青溪县2027年城乡供水提质工作方案

为提升城乡供水保障水平，结合我县实际，制定本方案。

一、重点任务
（一）水源保护
1.划定乡镇饮用水水源保护区。2027年4月底前完成全部乡镇水源保护区划定。（县生态环境局牵头，县水利局、县自然资源局配合）
2.开展水源地巡查。每月开展一次水源地环境巡查。（县水利局负责）
3.建设应急备用水源。2028年10月底前建成北山水库应急备用水源工程。（县水利局牵头，县发展改革局配合）
（二）管网改造
4.改造老旧供水管网。2026年10月31日前完成城区老旧管网改造30公里。（县住建局牵头，县财政局配合）
5.推进农村供水规模化。2027年9月底前建成规模化供水工程3处。（县水利局牵头，县财政局、县农业农村局配合）
6.建立供水水质公开制度。2027年12月底前实现水质信息按季度公开。（县卫生健康局牵头，县水利局配合）

青溪县人民政府办公室
2026年11月20日
`

// TestFixrev80aPeriods: period words of a question become its window in window() — 明年底 said short
// (明年 then 底), this year and the next together (今明两年, 今年和明年), and the English end of this or
// next year, which leaves no topic behind.
func TestFixrev80aPeriods(t *testing.T) {
	p := NewEngine(textIndex(t, fixrev80aQingxi), Options{}).Parser()
	today := plan.NewDay(2026, 12, 7)
	for _, tc := range []struct{ q, from, to string }{
		{"明年底前要完成哪些?", "2027-01-01", "2027-12-31"},
		{"明年年底前要完成哪些?", "2027-01-01", "2027-12-31"},
		{"去年底前要完成的有哪些?", "2025-01-01", "2025-12-31"},
		{"今明两年要完成哪些任务?", "2026-01-01", "2027-12-31"},
		{"今年和明年有哪些任务到期?", "2026-01-01", "2027-12-31"},
		{"What is due by the end of next year?", "2027-01-01", "2027-12-31"},
		{"What must be finished by the end of this year?", "2026-12-07", "2026-12-31"},
		{"明年3月底前要完成哪些?", "", "2027-03-31"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.From != tc.from || q.To != tc.to || len(q.Topic) > 0 {
				t.Errorf("want %s — %s and no topic; got %s — %s, topic %q", tc.from, tc.to, q.From, q.To, q.Topic)
			}
		})
	}
}

// TestFixrev80aFollowUps: follow-ups after a list or a count keep what the list was chosen by — a
// line counted with 个, a line asked when it is due though it is a monthly duty, what is still open of
// a lead list or a window's list, another unit's share of the overdue list, whose the counted task is.
func TestFixrev80aFollowUps(t *testing.T) {
	for _, tc := range []struct {
		name   string
		marked []string // tasks 县水利局 marked done
		qs     []string
		in     []string // items the answer names
		out    []string // items it must not name
		n      int      // how many tasks, 0: any
		says   string
	}{
		{"第三个 is the list's third line", nil, []string{"水利局的任务", "第三个呢?"}, []string{"应急备用水源"}, nil, 1, ""},
		{"第2个 asked when, a monthly duty", nil, []string{"水利局的任务", "第2个什么时候到期?"}, []string{"水源地巡查"}, nil, 1, ""},
		{"第二项 asked its deadline", nil, []string{"水利局的任务", "第二项的期限是什么时候?"}, []string{"水源地巡查"}, nil, 1, ""},
		{"what is open of a lead list keeps the role", []string{"农村供水规模化"}, []string{"水利局牵头的任务", "还有哪些没完成?"},
			[]string{"水源地巡查", "应急备用水源"}, []string{"水源保护区", "水质公开", "农村供水规模化"}, 2, ""},
		{"how many are left of a lead list", []string{"农村供水规模化"}, []string{"水利局牵头的任务", "还剩几项?"},
			[]string{"水源地巡查", "应急备用水源"}, []string{"水源保护区", "水质公开"}, 2, ""},
		{"what is open of a window's list keeps the window", []string{"农村供水规模化"}, []string{"明年前三季度要完成哪些任务?", "还有哪些没完成?"},
			[]string{"水源保护区"}, []string{"应急备用水源", "老旧供水管网", "水质公开", "农村供水规模化"}, 0, ""},
		{"another unit's share of the overdue list", nil, []string{"哪些任务逾期了?", "财政局的呢?"}, []string{"老旧供水管网"}, []string{"农村供水规模化"}, 1, ""},
		{"whose the counted task is", nil, []string{"逾期的有几项?", "是哪个部门的?"}, []string{"老旧供水管网"}, nil, 1, "县住建局"},
		{"which unit leads the counted task", nil, []string{"逾期的有几项?", "由哪个单位牵头?"}, []string{"老旧供水管网"}, nil, 1, "县住建局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, names := rev78AskMarked(t, fixrev80aQingxi, "县水利局", tc.marked, tc.qs...)
			bad := tc.n > 0 && len(a.Tasks) != tc.n || tc.says != "" && !strings.Contains(a.Text, tc.says)
			for _, s := range tc.in {
				bad = bad || !names(s)
			}
			for _, s := range tc.out {
				bad = bad || names(s)
			}
			if bad {
				t.Errorf("want %v in, %v out (%d tasks, saying %q); the answer (%s, %s, %d tasks):\n%.600s", tc.in, tc.out, tc.n, tc.says, a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}
