package bot

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// fix82bShunde is a district's plan written for these tests: items closed by a bracketed note, a city
// bureau's branch in the district (佛山市生态环境局顺德分局), a merged bureau (区住建水利局) and the towns
// and streets named each with its body.
const fix82bShunde = `佛山市顺德区人民政府办公室关于印发顺德区河涌整治工作方案的通知

顺府办〔2026〕12号

各镇人民政府、街道办事处，区政府各部门：
现将《顺德区河涌整治工作方案》印发给你们，请认真贯彻执行。

佛山市顺德区人民政府办公室
2026年3月2日

顺德区河涌整治工作方案

一、工作任务
（一）开展河涌清淤疏浚。2026年9月30日前完成主干河涌清淤疏浚。（区住建水利局牵头，区财政局配合）
（二）排查入河排污口。2026年6月底前完成全区入河排污口排查。（佛山市生态环境局顺德分局牵头，各镇人民政府、街道办事处配合）
（三）建设滨水绿道。2027年底前建成滨水绿道20公里。（区交通运输局负责）
`

// fix82bMianyang is a city's plan written for these tests: each item's units on lines of their own,
// one district's government among them.
const fix82bMianyang = `绵阳市人民政府办公室关于印发《绵阳市夜间经济发展行动方案》的通知

绵府办发〔2026〕5号

各县（市、区）人民政府，市级有关部门：
《绵阳市夜间经济发展行动方案》已经市政府同意，现印发给你们，请认真组织实施。

绵阳市人民政府办公室
2026年2月10日

绵阳市夜间经济发展行动方案

一、重点任务
1.建设夜间消费街区。2026年10月底前建成夜间消费街区3个。
牵头单位：市商务局
配合单位：市财政局、涪城区人民政府
2.组织夜间文旅活动。2026年8月底前举办夜间文旅活动10场。
牵头单位：市文化广电旅游局
配合单位：市商务局、市交通运输局
3.设立夜间经济专项资金。2026年5月底前安排专项资金1000万元。
牵头单位：市财政局
配合单位：市商务局
`

// fix82bFucheng is a district's plan that names its own 区生态环境局.
const fix82bFucheng = `绵阳市涪城区扬尘治理工作方案

一、工作任务
（一）开展工地扬尘检查。每月开展一次建筑工地扬尘专项检查。（区生态环境局牵头，区住建局配合）
`

var fix82bShared sharedIndex

func fix82bIndex(t *testing.T) *retrieval.Index {
	t.Helper()
	return fix82bShared.get(t, "fix82b", true, fix82bShunde, fix82bMianyang, fix82bFucheng)
}

func fix82bTask(t *testing.T, city, title string) string {
	t.Helper()
	return taskIn(t, fix82bIndex(t), city, title, strings.HasPrefix)
}

// fix82bEngine answers with one done mark: 绵阳 1 by 市商务局 (王芳, 2026-11-03).
func fix82bEngine(t *testing.T) *Engine {
	t.Helper()
	ix := fix82bIndex(t)
	marks := marksOf(t, ix, "王芳", time.Date(2026, 11, 3, 9, 0, 0, 0, plan.Shanghai), [3]string{"绵阳市", "建设夜间消费街区", "市商务局"})
	return NewEngine(ix, Options{Done: marks})
}

// TestFixrev82b_DoneMarks: how a unit's tasks stand shows each one's mark (reDoneAsk), and a list of
// what is marked done says who marked it and when (render), "谁标的完成" read as 谁标记 (reDone).
func TestFixrev82b_DoneMarks(t *testing.T) {
	e := fix82bEngine(t)
	for _, c := range []struct{ name, q string }{
		{"how a unit's tasks stand", "绵阳市商务局的任务完成得怎么样?"},
		{"how its work stands, 如何", "绵阳市商务局的工作完成情况如何?"},
		{"who marked it, 标记", "建设夜间消费街区是谁标记完成的?"},
		{"who marked it, 标的", "夜间消费街区那项谁标的完成?"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if !slices.Contains(a.Tasks, fix82bTask(t, "绵阳市", "建设夜间消费街区")) || !strings.Contains(a.Text, "王芳") || !strings.Contains(a.Text, "2026-11-03") {
				t.Errorf("%s: want 绵阳 1 with its mark (王芳, 2026-11-03); got %v:\n%s", c.q, a.Tasks, a.Text)
			}
		})
	}
}

// TestFixrev82b_AmongOnesTasks: "A的任务里哪些有B参与" narrows A's tasks in any role to those B takes
// part in (unitRoles); the role word is B's alone.
func TestFixrev82b_AmongOnesTasks(t *testing.T) {
	e := fix82bEngine(t)
	for _, c := range []struct{ name, q, want, not string }{
		{"B takes part", "绵阳市商务局的任务里哪些有市财政局参与?", "建设夜间消费街区", "设立夜间经济专项资金"},
		{"B leads", "绵阳市商务局的任务里哪些有市财政局牵头?", "设立夜间经济专项资金", "建设夜间消费街区"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if !slices.Contains(a.Tasks, fix82bTask(t, "绵阳市", c.want)) || slices.Contains(a.Tasks, fix82bTask(t, "绵阳市", c.not)) {
				t.Errorf("%s: want %s, not %s; got %v:\n%s", c.q, c.want, c.not, a.Tasks, a.Text)
			}
		})
	}
}

// TestFixrev82b_FollowUpNamesTheCitysUnit: a district's bureau asked, then "X的呢?" of a city: the
// answer names the unit the city's plan names (sameQuestion).
func TestFixrev82b_FollowUpNamesTheCitysUnit(t *testing.T) {
	e := fix82bEngine(t)
	for _, c := range []struct{ name, first, city, task, unit, not string }{
		{"district to city", "顺德区交通运输局有几项任务?", "绵阳的呢?", "组织夜间文旅活动", "市交通运输局", "区交通运输局"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := askChain(t, e, c.first, c.city)
			if !slices.Contains(a.Tasks, fix82bTask(t, "绵阳市", c.task)) || !strings.Contains(a.Text, c.unit) || strings.Contains(a.Text, c.not) {
				t.Errorf("want %s named %s, no %s; got %v:\n%s", c.task, c.unit, c.not, a.Tasks, a.Text)
			}
		})
	}
}

// TestFixrev82b_LocalUnitNames: units asked by the names their place uses — a merged bureau by either
// side's short name (departments.txt), a city bureau's branch as the district's bureau (branchForms),
// towns and streets named each with its body as 镇街 (placeGroup), and a group of districts'
// governments as each one a city's plan names (groupGovernments).
func TestFixrev82b_LocalUnitNames(t *testing.T) {
	e := fix82bEngine(t)
	for _, c := range []struct{ name, q, city, task string }{
		{"merged bureau by one side", "顺德区住建局负责什么?", "佛山市顺德区", "开展河涌清淤疏浚"},
		{"city bureau's branch", "顺德区生态环境局牵头什么?", "佛山市顺德区", "排查入河排污口"},
		{"city bureau's branch, the place said short", "顺德生态环境局牵头什么?", "佛山市顺德区", "排查入河排污口"},
		{"towns and streets as 镇街", "顺德区各镇街要做什么?", "佛山市顺德区", "排查入河排污口"},
		{"group of district governments", "绵阳各县区政府要做什么?", "绵阳市", "建设夜间消费街区"},
		{"districts' governments with 各区", "绵阳各区政府要做什么?", "绵阳市", "建设夜间消费街区"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			// The unit's tasks, not a search that happens to quote one of them.
			if a.Outcome != OutcomeAnswered || a.Intent == KindSearch || !slices.Contains(a.Tasks, fix82bTask(t, c.city, c.task)) || strings.Contains(a.Text, "没有找到") {
				t.Errorf("%s: want %s's %s; got %s/%s %v:\n%s", c.q, c.city, c.task, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}

// TestFixrev82b_BranchNotByLevelAlone: 区生态环境局 asked with no place is the units so named, not a city
// bureau's branch in some district (the questions README: a unit name means that unit in every plan
// that names it). Guards branchForms' place-named forms.
func TestFixrev82b_BranchNotByLevelAlone(t *testing.T) {
	e := fix82bEngine(t)
	a := askIn(t, e, "区生态环境局牵头哪些任务?", Context{})
	if slices.Contains(a.Tasks, fix82bTask(t, "佛山市顺德区", "排查入河排污口")) || !slices.Contains(a.Tasks, fix82bTask(t, "绵阳市涪城区", "开展工地扬尘检查")) {
		t.Errorf("want 涪城's task and no 顺德 task for 区生态环境局 asked with no place; got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestFixrev82b_Forms: the lexicon's forms for a branch and a group of towns and streets.
func TestFixrev82b_Forms(t *testing.T) {
	for _, c := range []struct {
		name, unit, city string
		want             []string
		none             bool
	}{
		{"branch in the plan's district", "佛山市公安局顺德分局", "佛山市顺德区", []string{"顺德区公安局", "顺德公安局"}, false},
		{"branch in a county", "市生态环境局三台分局", "绵阳市三台县", []string{"三台县生态环境局"}, false},
		{"a word opening with 市", "市场监管局顺德分局", "佛山市顺德区", []string{"顺德区市场监管局", "顺德市场监管局"}, false},
		{"branch of another district", "佛山市生态环境局禅城分局", "佛山市顺德区", nil, true},
		{"no branch", "区生态环境局", "佛山市顺德区", nil, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := branchForms(c.unit, c.city)
			if c.none && len(got) > 0 || !c.none && !containsAll(got, c.want) {
				t.Errorf("branchForms(%s, %s) = %v, want %v", c.unit, c.city, got, c.want)
			}
		})
	}
	for _, c := range []struct{ name, unit, want string }{
		{"towns' governments and street offices", "各镇人民政府、街道办事处", "镇街"},
		{"townships' governments and streets", "各乡镇政府和街道办事处", "各街道"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := placeGroupForms(c.unit); !slices.Contains(got, c.want) {
				t.Errorf("placeGroupForms(%s) = %v, want %s among them", c.unit, got, c.want)
			}
		})
	}
}

func containsAll(got, want []string) bool {
	for _, w := range want {
		if !slices.Contains(got, w) {
			return false
		}
	}
	return true
}
