package bot

import (
	"slices"
	"strings"
	"testing"
)

// fix83bFenghe is a county's work points for a year to come, written for these tests: duties each
// month, each quarter and each May, with 责任单位 lines.
const fix83bFenghe = `丰和县2027年防汛抗旱工作要点

一、压实防汛责任
1．召开县防汛抗旱指挥部成员会议，每季度召开一次。
责任单位：县防指办
2．每月5日前向市防指办报送水旱灾害风险分析报告。
责任单位：县水利局
3．开展防汛应急演练，每年5月组织开展。
责任单位：县应急管理局
二、加强工程建设
4．2027年8月底前完成城区排涝泵站改造。
责任单位：县住房和城乡建设局
`

// fix83bGuanling is a district's road plan written for these tests: a piped table with a yearly row,
// a standing row and dated rows, and a closing sentence whose subject is the plan's lead units.
const fix83bGuanling = `宜宾市南溪区城乡供水一体化实施方案

一、工作目标
到2027年底，全区农村自来水普及率达到98%。

二、重点任务
附件：供水任务清单
序号｜重点任务｜牵头单位｜配合单位｜完成时限
1｜新建城乡供水管网80公里｜区水务局｜区财政局｜2027年5月底
2｜落实供水工程维修养护资金｜区财政局｜区水务局｜每年4月底前
3｜水源地保护巡查｜区生态环境分局｜区水务局｜长期坚持
4｜改造老旧水厂2座｜区水务局｜区发展改革局｜2026年10月底

三、保障措施
各牵头单位每半年结束后7日内将推进情况报送区城乡供水工作专班。
`

var fix83bShared sharedIndex

// fix83bEngine answers over the two plans above alone.
func fix83bEngine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(fix83bShared.get(t, "fix83b", false, fix83bFenghe, fix83bGuanling), Options{})
}

// fix83bHas reports whether the answer's tasks include the task whose title holds title.
func fix83bHas(t *testing.T, a Answer, title string) bool {
	t.Helper()
	for _, d := range fix83bShared.ix.Docs() {
		for _, tk := range d.Tasks {
			if strings.Contains(tk.Title, title) && slices.Contains(a.Tasks, tk.ID) {
				return true
			}
		}
	}
	return false
}

// TestFixrev83bQuestions: the rules of this change on plans of our own, asked on 2026-12-05.
func TestFixrev83bQuestions(t *testing.T) {
	e := fix83bEngine(t)
	cases := []struct {
		name, q string
		ok      func(a Answer) bool
	}{
		// A 2027 plan's standing duties begin in 2027 (duties.Occurrences by the plan's Begins).
		{"year's points start in their year", "丰和县本月要做什么?", func(a Answer) bool {
			return !fix83bHas(t, a, "风险分析报告") && !fix83bHas(t, a, "成员会议")
		}},
		{"and fall in its first month", "丰和县下个月要做什么?", func(a Answer) bool {
			return fix83bHas(t, a, "风险分析报告")
		}},
		{"summary names no day before the year", "总结一下丰和县防汛抗旱工作要点", func(a Answer) bool {
			return !strings.Contains(a.Text, "下次 2026-")
		}},
		// "每年5月" asked in December: the May to come, the duty written once.
		{"every year's month is the next one", "丰和县每年5月要做什么?", func(a Answer) bool {
			return fix83bHas(t, a, "防汛应急演练") && strings.Count(a.Text, "“每年5月组织开展”") == 1 && !strings.Contains(a.Text, "2026-05")
		}},
		// A yearly time is a time: not among the tasks with none.
		{"yearly row has a time", "南溪区有哪些任务没有明确完成时间?", func(a Answer) bool {
			return fix83bHas(t, a, "水源地保护巡查") && !fix83bHas(t, a, "维修养护资金")
		}},
		// A year's window holds the yearly rows that fall in it.
		{"year window holds yearly rows", "南溪区2027年要完成哪些任务?", func(a Answer) bool {
			return fix83bHas(t, a, "维修养护资金") && fix83bHas(t, a, "新建城乡供水管网") && !fix83bHas(t, a, "改造老旧水厂")
		}},
		{"year window holds yearly rows, English", "What are Nanxi's tasks due in 2027?", func(a Answer) bool {
			return fix83bHas(t, a, "维修养护资金") && fix83bHas(t, a, "新建城乡供水管网")
		}},
		// The plan's lead units named by their role are not a unit of the ranking.
		{"role group not ranked", "南溪区各单位分别牵头几项?", func(a Answer) bool {
			return strings.Contains(a.Text, "区水务局：2 项") && !strings.Contains(a.Text, "各牵头单位：")
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if a := askIn(t, e, c.q, Context{}); !c.ok(a) {
				t.Errorf("%s: got %s %v:\n%s", c.q, a.Intent, a.Tasks, a.Text)
			}
		})
	}
}
