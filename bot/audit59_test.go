package bot

import (
	"strings"
	"testing"
)

// Audit 59: rules added between 061deb7 and a702067 that misfire on text they were not written
// for. Each test is written for this audit and fails on a702067; nothing here is fixed.

// audit59Plan is a made-up county's plan: a part headed by a field (人才), a task elsewhere that makes
// the field its own work in its words, a yearly duty due by a day with no other date, and an item
// with no unit named as lead but partners.
const audit59Plan = "长汀县2026年优化营商环境工作方案\n" +
	"一、主要任务\n（一）强化人才支撑\n1.实施紧缺人才引进计划。（牵头单位：县人社局；配合单位：县财政局）\n" +
	"（二）优化企业服务\n1.建设企业服务中心。为引进的高层次人才提供子女入学、住房保障等服务。（牵头单位：县工信局；配合单位：县教育局）\n" +
	"2.每年3月底前报送上年度企业服务工作总结。（牵头单位：县工信局）\n" +
	"3.2026年6月底前建成企业服务平台。（牵头单位：县数据局）\n" +
	"4.开展涉企收费检查。（配合单位：县市场监管局）\n"

// TestAudit59_NoUnitTakesLeadIsNoLead: "哪些任务没有部门牵头?", "没人牵头" ask for the tasks that name no lead
// (reNoLead), not those that name no unit at all. reNoUnit's new arm (没有?|无)(人|单位|部门)(负责|管|牵头…)
// catches 没有部门牵头 and 没人牵头 before reNoLead can, so the task with partners and no lead is left out.
func TestAudit59_NoUnitTakesLeadIsNoLead(t *testing.T) {
	for _, s := range []string{"长汀县哪些任务没有部门牵头?", "哪些任务没人牵头?", "哪些任务无人牵头?"} {
		if got := status(s, "zh"); got != StatusNoLead {
			t.Errorf("status(%q) = %q, want %q", s, got, StatusNoLead)
		}
	}
}

// TestAudit59_DuoZhongIsNoFigure: 多重 is "multiple" (多重风险, 多重保障), not "how heavy". reFigureQ's new
// 多重 reads "应对多重风险叠加的任务有哪些" as a figure question.
func TestAudit59_DuoZhongIsNoFigure(t *testing.T) {
	e := NewEngine(textIndex(t, audit59Plan), Options{})
	for _, s := range []string{"多重风险叠加的应对措施是什么?", "长汀县多重保障体系怎么建?", "长汀县构建多重保障体系的任务是哪个单位牵头?"} {
		if q := parseOn(t, e, s); q.Shape == ShapeFigure || q.Shape == ShapeCount {
			t.Errorf("%s: shape %q, want no figure or count", s, q.Shape)
		}
	}
}

// TestAudit59_YearlyDueByIsDated: a task whose only time is "每年3月底前报送" is, since fixq59b, no task
// "without a completion time" (matchStatus' dueBy); but StatusDated still asks duties.Dated alone, so
// the same task is also not one "with a deadline": it falls in neither list. One owner should decide.
func TestAudit59_YearlyDueByIsDated(t *testing.T) {
	e := NewEngine(textIndex(t, audit59Plan), Options{})
	no := askOn(t, e, "2026-12-07", "长汀县营商环境方案里哪些任务没有写明完成时间?")[0]
	yes := askOn(t, e, "2026-12-07", "长汀县营商环境方案里哪些任务有明确完成时限?")[0]
	if !strings.Contains(no.Text, "工作总结") && !strings.Contains(yes.Text, "工作总结") {
		t.Errorf("the yearly report due by 3月底 is in neither list:\nno date:\n%s\ndated:\n%s", no.Text, yes.Text)
	}
}

// TestAudit59_PlatformIsTheTopic: the phrasing rule for 在…平台上留言 deletes the platform with the place
// words: "企业在政务服务平台上申报的事项" keeps only 申报, so any task on 申报 answers, not those of the
// platform the asker named.
func TestAudit59_PlatformIsTheTopic(t *testing.T) {
	e := NewEngine(textIndex(t, audit59Plan), Options{})
	q := parseOn(t, e, "企业在企业服务平台上申报的事项谁负责?")
	if !strings.Contains(strings.Join(q.Topic, " "), "平台") {
		t.Errorf("topic %q, want the platform kept", q.Topic)
	}
}

// TestAudit59_TreatmentIsNotHandling: the glossary's new "treatment" → 处理 (for sewage treatment) turns
// medical treatment into handling.
func TestAudit59_TreatmentIsNotHandling(t *testing.T) {
	if got := translate("medical treatment for the elderly"); strings.Contains(got, "处理") {
		t.Errorf("translate: %q, want no 处理 (治疗/救治)", got)
	}
}

// audit59Hotline is a county's plan with a part headed 安全 beside an item elsewhere whose own title is about 安全.
const audit59Hotline = "长汀县2026年接诉即办工作方案\n" +
	"一、主要任务\n（一）畅通诉求渠道\n1.整合政务服务热线。（牵头单位：县12345热线办；配合单位：县数据局）\n" +
	"（二）强化安全保障\n1.开展燃气安全检查。（牵头单位：县住建局）\n" +
	"（三）提升服务\n1.加强道路交通安全执法，开展安全宣传。（牵头单位：县公安局）\n"

// TestAudit59_AspectKeepsTitledTask: aspectPart (fixq59b) keeps, of a plan's tasks on "安全方面", only
// those under a heading naming 安全, and drops "加强道路交通安全执法，开展安全宣传", whose own title is
// about safety. passingMentions, the other owner of "which hits of a topic are its part's", keeps a
// task whose title holds the term; aspectPart does not, so the two rules disagree on the same task.
func TestAudit59_AspectKeepsTitledTask(t *testing.T) {
	e := NewEngine(textIndex(t, audit59Hotline), Options{})
	q := "长汀县接诉即办方案里安全方面有哪些任务?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"燃气安全检查", "交通安全执法"}, nil)
}
