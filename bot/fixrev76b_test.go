package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// fixrev76b: the rules behind review 76's department-name, task-aspect, overview and English-topic
// tests, each on a made-up plan of the same shape: a county's 文明城市 plan whose units include a
// merged 文体局, a 公安局's own 交警大队 and 治安大队, and the county's 安委办.
const fix76bYanling = `鄢陵县2027年文明城市创建攻坚方案

一、指导思想
以创建全国文明城市为抓手，全面提升城市文明程度。

二、攻坚任务
（一）市容环境提升
1.2027年3月底前完成背街小巷路面修复。（责任单位：县住建局；配合单位：县城管局）
2.2027年4月底前完成全民健身广场提升改造。（责任单位：县文体局；配合单位：县财政局）
（二）交通秩序整治
3.2027年5月底前完成城区主干道交通信号灯智能化改造。（责任单位：县公安局交警大队；配合单位：县住建局）
4.每周开展一次电动自行车闯红灯集中劝导。（责任单位：县公安局交警大队）
（三）社会治安防控
5.2027年6月底前完成重点区域视频监控补点建设。（责任单位：县公安局治安大队；配合单位：县财政局）
6.每月召开一次公共安全隐患排查调度会。（责任单位：县安委办；配合单位：县应急局）

三、保障措施
各责任单位要明确专人负责，每月5日前报送工作进展。

鄢陵县人民政府办公室
2026年11月2日
`

// A department type means that department whatever its local name: the merged 文体局 is the sports
// department; a 公安局's own 大队 are the public-security department's; 交警 is the traffic police alone.
func TestFix76b_DepartmentTypesOfMergedAndInnerUnits(t *testing.T) {
	for _, c := range []struct {
		q        string
		in, out  []string
		wantMany int
	}{
		{"体育部门负责哪些任务?", []string{"全民健身广场"}, []string{"背街小巷"}, 1},
		{"公安部门有哪些任务?", []string{"交通信号灯", "闯红灯", "视频监控"}, []string{"全民健身广场"}, 3},
		{"交警部门有哪些任务?", []string{"交通信号灯", "闯红灯"}, []string{"视频监控"}, 2},
		{"Which tasks does the traffic police handle?", []string{"交通信号灯", "闯红灯"}, []string{"视频监控", "背街小巷"}, 2},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev73Ask(t, fix76bYanling, "2026-12-07", c.q)
			for _, s := range c.in {
				if !names(s) {
					t.Errorf("want %s; the answer (%d tasks):\n%.400s", s, len(a.Tasks), a.Text)
				}
			}
			for _, s := range c.out {
				if names(s) {
					t.Errorf("%s is another department's; the answer:\n%.400s", s, a.Text)
				}
			}
			if len(a.Tasks) != c.wantMany {
				t.Errorf("want %d tasks, got %d:\n%.400s", c.wantMany, len(a.Tasks), a.Text)
			}
		})
	}
}

// 安委办 is the 安全生产委员会办公室 (安委会办公室) by its short name: either name finds it.
func TestFix76b_SafetyCommitteeOfficeByEitherName(t *testing.T) {
	for _, q := range []string{"安全生产委员会办公室负责什么?", "安委会办公室有哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev73Ask(t, fix76bYanling, "2026-12-07", q)
			if !names("隐患排查调度会") || len(a.Tasks) != 1 {
				t.Errorf("县安委办 has item 6 alone; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// The fields a plan's tasks fall into are the headings under the one heading that holds them all, not
// the plan's own parts (指导思想, 攻坚任务, 保障措施).
func TestFix76b_FieldsOfTheTasks(t *testing.T) {
	for _, q := range []string{"方案里的任务分为哪几个方面?", "这个方案有哪几个方面的工作?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix76bYanling, "2026-12-07", q)
			for _, s := range []string{"市容环境提升", "交通秩序整治", "社会治安防控"} {
				if !strings.Contains(a.Text, s) {
					t.Errorf("%s is one of the three fields; the answer (%s):\n%.400s", s, a.Intent, a.Text)
				}
			}
			if strings.Contains(a.Text, "指导思想") {
				t.Errorf("指导思想 holds no task; the answer:\n%.400s", a.Text)
			}
		})
	}
	// The plan's parts asked plainly stay its first-level headings.
	a, _ := rev73Ask(t, fix76bYanling, "2026-12-07", "方案分成哪几部分?")
	if !strings.Contains(a.Text, "指导思想") || !strings.Contains(a.Text, "保障措施") {
		t.Errorf("the plan's parts are its three headings; the answer:\n%.400s", a.Text)
	}
}

// How the plan as a whole stands, as a leader is told it, is its summary; a question on whom the
// progress goes to is not.
func TestFix76b_PlanAsAWholeForALeader(t *testing.T) {
	for _, q := range []string{"向书记汇报一下这份方案的整体进展", "帮我盘点一下这个方案的情况", "方案总体进展如何?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev73Ask(t, fix76bYanling, "2026-12-07", q)
			if a.Outcome != OutcomeAnswered || a.Intent != ShapeSummary || len(a.Tasks) != 7 {
				t.Errorf("the summary with its 7 tasks (the six items and the 保障措施's monthly report); the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
	if q := handParser(t).Parse("这个方案的进展报给谁?", Context{}, plan.NewDay(2026, 12, 7)); q.Shape == ShapeSummary {
		t.Errorf("whom progress is sent to asks the reporting rule, not the summary")
	}
}

// English words of a plan's own fields: village planning, garbage sorting, toilets.
func TestFix76b_EnglishFieldWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"When is the village planning due?", "村庄规划"},
		{"Who handles garbage sorting?", "垃圾分类"},
		{"rural toilet renovation", "厕所"},
	} {
		if got := translate(c.in); !strings.Contains(got, c.want) {
			t.Errorf("translate(%q) = %q, want %s in it", c.in, got, c.want)
		}
	}
}
