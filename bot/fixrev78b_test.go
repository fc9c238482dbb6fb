package bot

import (
	"strings"
	"testing"
)

// fixrev78b: the rules behind review 78's tests 9–16 (a window's year carried to a follow-up, a
// list's last line, what is left after done marks, 工作开展情况 reports, English department names,
// units that lead nothing, "in total", the other lead units), each on a made-up plan of the same
// shape: a county's 美丽乡村 plan whose items close with "（X牵头，Y、Z配合）".
const fix78bTonglu = `桐庐县2027年美丽乡村提升行动方案

为持续深化美丽乡村建设，结合我县实际，制定本方案。

一、重点任务
1.完成村庄垃圾收运设施改造。2027年2月底前改造收运站点40个。（县城市管理局牵头，县财政局、县农业农村局配合）
2.实施乡村公路安防工程。2027年4月30日前完成安防设施提升120公里。（县交通运输局牵头，县公安局、县应急管理局配合）
3.开展村庄绿化美化。2027年8月底前新增村庄绿化2000亩。（县林业局牵头，县自然资源规划局配合）
4.提升农村生活污水治理水平。2027年3月31日前完成终端运维改造300个。（县农业农村局牵头，县生态环境局、县林业局配合）
5.整治村庄违法建筑。2027年10月底前完成存量违建整治。（县城市管理局牵头，县公安局、县司法局配合）

二、保障措施
各牵头单位于每月10日前将工作开展情况报县美丽乡村建设办公室。

桐庐县人民政府办公室
2026年11月12日
`

// A window asked without its year is answered for the year its tasks fall in; a follow-up that
// asks it of another unit asks of that year.
func TestFix78b_FollowUpAsksTheYearAnswered(t *testing.T) {
	for _, c := range []struct{ first, then, want string }{
		{"一季度有哪些任务到期?", "农业农村局的呢?", "污水治理"},
		{"2月份要完成哪些?", "城管局的呢?", "垃圾收运"},
	} {
		t.Run(c.first+c.then, func(t *testing.T) {
			a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", c.first, c.then)
			if !names(c.want) || !strings.Contains(a.Text, "2027-") {
				t.Errorf("want %s in the 2027 window; the answer:\n%.400s", c.want, a.Text)
			}
		})
	}
}

// 最后一项 after a list is its last line, as 第一项 is its first.
func TestFix78b_LastLineOfAList(t *testing.T) {
	for _, c := range []struct{ q, says string }{
		{"最后一项的期限是什么?", "2027-03-31"},
		{"最后那条由谁牵头?", "县农业农村局"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", "林业局有哪些任务", c.q)
			if !names("污水治理") || len(a.Tasks) != 1 || !strings.Contains(a.Text, c.says) {
				t.Errorf("the list's last line is item 4 (%s); the answer (%d tasks):\n%.400s", c.says, len(a.Tasks), a.Text)
			}
		})
	}
}

// What is left after the tasks marked done is those not marked done, counted when asked 多少.
func TestFix78b_LeftAfterDone(t *testing.T) {
	for _, q := range []string{"还剩多少?", "还剩几个?", "还有多少没办?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev78AskMarked(t, fix78bTonglu, "县城市管理局", []string{"垃圾收运"}, "城管局负责几项?", "完成了几项?", q)
			if a.Intent != KindCount || len(a.Tasks) != 1 || !names("违法建筑") {
				t.Errorf("item 5 is left; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// A plan that sends its units' 工作开展情况 somewhere sets how progress is reported.
func TestFix78b_ProgressReportWrittenKaizhan(t *testing.T) {
	for _, q := range []string{"进展报给谁?", "开展情况每月几号前报?", "工作开展情况报送给谁?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix78bTonglu, "2026-12-07", q)
			if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "县美丽乡村建设办公室") || !strings.Contains(a.Text, "10日") {
				t.Errorf("by the 10th to 县美丽乡村建设办公室; the answer (%s):\n%.400s", a.Outcome, a.Text)
			}
		})
	}
}

// English names of the forestry, urban-management and police departments read as their types.
func TestFix78b_EnglishDepartmentNames(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"Which tasks does the forestry bureau take part in?", []string{"污水治理"}},
		{"What is the city management bureau responsible for?", []string{"垃圾收运", "违法建筑"}},
		{"Which tasks involve the police?", []string{"公路安防", "违法建筑"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", c.q)
			for _, s := range c.want {
				if !names(s) {
					t.Errorf("want %s; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
				}
			}
			if len(a.Tasks) != len(c.want) {
				t.Errorf("want %d tasks, got %d:\n%.400s", len(c.want), len(a.Tasks), a.Text)
			}
		})
	}
}

// "in total", "altogether", "overall" say 一共 in English: no topic.
func TestFix78b_EnglishTotals(t *testing.T) {
	for _, q := range []string{"Altogether, how many tasks are listed?", "What is the overall number of tasks?", "Count the tasks in total"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix78bTonglu, "2026-12-07", q)
			if a.Outcome != OutcomeAnswered || len(a.Tasks) < 5 {
				t.Errorf("the plan's five items at least; the answer (%s, %d tasks):\n%.300s", a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// Units asked for by role with no task named: those in the role (the ones left out not among them),
// and those that take part and lead nothing.
func TestFix78b_UnitsByRole(t *testing.T) {
	for _, c := range []struct {
		q       string
		in, out []string
	}{
		{"哪些单位牵头?", []string{"县城市管理局", "县交通运输局", "县林业局", "县农业农村局"}, []string{"县公安局", "县财政局"}},
		{"除了城管局，还有哪几个单位牵头?", []string{"县交通运输局", "县林业局", "县农业农村局"}, []string{"县城市管理局", "县公安局"}},
		{"哪些部门从不牵头?", []string{"县财政局", "县公安局", "县应急管理局", "县自然资源规划局", "县生态环境局", "县司法局"}, []string{"县林业局", "县农业农村局", "县城市管理局"}},
		{"哪些单位仅配合不牵头?", []string{"县财政局", "县司法局"}, []string{"县林业局", "县农业农村局"}},
		{"Which departments only support?", []string{"县财政局", "县司法局"}, []string{"县林业局", "县农业农村局"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix78bTonglu, "2026-12-07", c.q)
			for _, u := range c.in {
				if !strings.Contains(a.Text, u) {
					t.Errorf("want %s; the answer (%s, %s):\n%.500s", u, a.Intent, a.Outcome, a.Text)
				}
			}
			for _, u := range c.out {
				if strings.Contains(a.Text, u) {
					t.Errorf("%s is not among them; the answer:\n%.500s", u, a.Text)
				}
			}
		})
	}
}

// 哪些任务没有牵头单位 asks for tasks, not units.
func TestFix78b_TasksWithNoLeadStayTasks(t *testing.T) {
	a, _ := rev73Ask(t, fix78bTonglu, "2026-12-07", "哪些任务没有牵头单位?")
	if !strings.Contains(a.Text, "没有写明牵头单位") {
		t.Errorf("tasks with no lead unit; the answer:\n%.300s", a.Text)
	}
}

// A unit named beside 只配合 asks for its own tasks in that role, not for the units leading nothing.
func TestFix78b_OneUnitOnlySupporting(t *testing.T) {
	a, names := rev73Ask(t, fix78bTonglu, "2026-12-07", "林业局只配合的是哪些?")
	if !names("污水治理") || names("绿化美化") || len(a.Tasks) != 1 {
		t.Errorf("林业局 takes part in item 4 only; the answer (%s, %d tasks):\n%.300s", a.Intent, len(a.Tasks), a.Text)
	}
}

// A reporting rule the plan makes a task of is said with the task's date.
func TestFix78b_ReportRuleOfATaskHasItsDate(t *testing.T) {
	const text = `余杭区2027年燃气安全专项整治方案

一、整治任务
1.2027年3月底前完成餐饮场所燃气报警器安装。（区住建局牵头，各镇街配合）
2.各镇街于2027年6月20日前将整治工作开展情况报区燃气整治办。

余杭区人民政府办公室
2026年12月1日
`
	a, _ := rev73Ask(t, text, "2026-12-07", "整治开展情况什么时候前报区燃气整治办?")
	if !strings.Contains(a.Text, "2027-06-20") {
		t.Errorf("the rule is item 2, due 2027-06-20; the answer (%s):\n%.300s", a.Outcome, a.Text)
	}
}
