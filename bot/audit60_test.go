package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Audit 60: the rules added this stop (bec5917..main), tried on near variants of the forms they were
// written for. Each test fails on main for the reason its comment gives; nothing here is fixed.

// TestAudit60_ReportToSuperiorIsNoSummary: "哪些事项需要向上级汇报?" and "重大问题要向局长汇报吗?" ask of
// tasks that report upward (a plan's 及时向上级汇报), not for a summary. dutybot rewrites them to
// "哪些事项需要 汇总一下 ?" and reads a summary request (the whole plan's parts). It should keep 汇报 as
// the topic. Cause: 76731a55, the phrasing (?:给|向|跟|替|为)(?:我|领导|上级|局长|…)汇报 → " 汇总一下 ":
// 向上级汇报 / 向局长汇报 is how plans write a duty to report, and nothing in the rule asks that the
// question asks the bot for anything (its own comment's "每月向区政府汇报进展" is excluded only because
// 区政府 is not in the list).
func TestAudit60_ReportToSuperiorIsNoSummary(t *testing.T) {
	if q := "给领导汇报一下垃圾分类的任务"; !asksSummary(normalizePhrasing(q)) {
		t.Errorf("%q: no summary asked", q) // passes: the form the rule was written for
	}
	for _, q := range []string{"哪些事项需要向上级汇报?", "重大问题要向局长汇报吗?", "突发情况向主任汇报的时限是多久?"} {
		if n := normalizePhrasing(q); asksSummary(n) || !strings.Contains(n, "汇报") {
			t.Errorf("%q → %q: read as a summary request; want 汇报 kept as the question's topic", q, n)
		}
	}
}

// TestAudit60_ReportDueAskedOtherwise: "年终总结最晚哪天交?", "总结截止到哪天?" ask when a report is due,
// as "总结要在哪天前报?" does. dutybot reads them as a summary request (asksSummary true). Cause:
// a430e35e reSummaryDue, which lists the question words after 总结 one by one (什么时候, 何时, 哪天…
// right after 总结 or 要在/于): 最晚哪天, 截止到哪天, 啥时候, 几月份 and the like are missed.
func TestAudit60_ReportDueAskedOtherwise(t *testing.T) {
	for _, q := range []string{"年终总结最晚哪天交?", "总结截止到哪天?", "半年总结啥时候交?"} {
		if asksSummary(q) {
			t.Errorf("asksSummary(%q) = true; it asks when a report is due", q)
		}
	}
}

// audit60Approved is a plan a district government passes on with 批转 (the government's own form of
// forwarding a department's plan), drawn up by that department.
const audit60Approved = "泉港区人民政府网 政府文件\n" +
	"泉港区人民政府批转区应急管理局制订的《关于加强危险化学品运输安全管理的实施意见》的通知 泉港政〔2026〕7号 各镇人民政府，区直有关单位：区应急管理局制订的《关于加强危险化学品运输安全管理的实施意见》已经区政府同意，现批转给你们，请认真贯彻执行。\n" +
	"关于加强危险化学品运输安全管理的实施意见\n" +
	"一、主要任务\n" +
	"（一）开展运输车辆专项检查。（牵头单位：区交通运输局；配合单位：区公安分局）\n"

// TestAudit60_ApprovedPlanDrafter: "泉港区人民政府批转区应急管理局制订的《…》的通知" names 区应急管理局 as
// the drafter, as 转发 does. dutybot answers "制定单位：泉港区人民政府批转区应急管理局". Cause:
// da5cc73e drafters/reDrafted: the forwarding office is cut off only at the word 转发; 批转 (and
// 印发/转送) are the same kind.
func TestAudit60_ApprovedPlanDrafter(t *testing.T) {
	e := NewEngine(textIndex(t, audit60Approved), Options{})
	q := "泉港区危险化学品运输安全管理实施意见是谁制订的?"
	a := askOn(t, e, "2026-12-07", q)[0]
	wantIn(t, q, a, []string{"制定单位：区应急管理局"}, []string{"批转区应急管理局"})
}

// TestAudit60_DueByFromWords: duties.HasTime decides whether a recurring duty says when it is done
// from its quote's words (reDueByQuote: 底/末/日/号/月 before 前). "每月前往各乡镇督导检查一次" says only
// how often, but its 月前(往) matches: dutybot puts it among 有期限的. "每季度结束后10日内报送进展情况"
// is due ten days after each quarter (its Rule says BYMONTHDAY=10), but holds no 前: dutybot puts it
// among 没有完成时间. Cause: 3a7e4778 (HasTime/dueBy moved from bot's hasTime, regexp unchanged): a
// second reading of the recurring duty's day beside the one ParseRecurring already made into its Rule.
func TestAudit60_DueByFromWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"每月5日前报送工作进展。", true}, // passes
		{"每月前往各乡镇督导检查一次。", false},
		{"每季度结束后10日内报送进展情况。", true},
	} {
		task := &plan.Task{Title: c.text, Recurring: plan.ParseRecurring(c.text)}
		if got := duties.HasTime(task); got != c.want {
			t.Errorf("HasTime(%q) = %v, want %v (recurring %v)", c.text, got, c.want, task.Recurring)
		}
	}
}
