package plan

import (
	"slices"
	"testing"
)

// Audit 59: rules added to the plan reader between 061deb7 and a702067 that misfire on plan text
// they were not written for. Each fragment is written for this audit; each test fails on a702067
// for the reason its comment gives. Nothing here is fixed.

// TestAudit59_GuideOfAnotherDuty: subjectClauses' guide rule (fixrev81b) makes a list whose predicate
// is guidance (guidingPredicate) a partner of the next subject in its sentence, whatever that subject
// does. "市教育局加强对各学校的指导，市公安局负责校园周边治安巡逻" is two duties: the education bureau
// guides schools, the police patrol around them. Today 市教育局 is a partner of the patrol and leads
// nothing; the rule fits only a next subject that carries out the guided work (抓好落实, 具体实施).
func TestAudit59_GuideOfAnotherDuty(t *testing.T) {
	d := rev66Parse(t, "某市2025年平安校园建设工作方案\n\n一、重点任务\n"+
		"（一）加强校园安全。市教育局加强对各学校的指导，市公安局负责校园周边治安巡逻。\n"+
		"（二）完善技防设施。9月底前完成校园监控改造。（市教育局负责）\n")
	for _, x := range rev81Tasks(d, "治安巡逻") {
		if slices.Contains(x.Participating, "市教育局") {
			t.Errorf("task %q: lead %q, participating %q; 市教育局 guides schools, no partner of the patrol:%s", x.Title, x.Lead, x.Participating, rev59Dump(d))
		}
	}
	found := false
	for i := range d.Tasks {
		if slices.Contains(d.Tasks[i].Lead, "市教育局") && d.Tasks[i].Title != "完善技防设施" {
			found = true
		}
	}
	if !found {
		t.Errorf("市教育局 leads no duty of item (一) (its guidance of schools):%s", rev59Dump(d))
	}
}

// TestAudit59_WholeCityInCountyNotice: numberPlace's new cityWide (全市) takes any 全市 as a sign that
// a document number's first character is a prefecture city's. A county's notice says 全市 of its
// parent city all the time ("根据全市统一部署"); 温县 (焦作市) numbers its notices 温政办发, so its plan,
// with 县住建局 and 各镇, is placed in 温州市. Without the 全市 sentence the place is left unknown, as it
// should be when nothing else says.
func TestAudit59_WholeCityInCountyNotice(t *testing.T) {
	d := rev66Parse(t, "关于印发农村生活垃圾分类工作方案的通知\n温政办发〔2025〕8号\n各镇人民政府、街道办事处，县直各单位：\n"+
		"根据全市统一部署，现将《农村生活垃圾分类工作方案》印发给你们，请认真贯彻执行。\n\n"+
		"一、重点任务\n（一）推进垃圾分类。6月底前各镇完成分类设施建设。（县住建局负责）\n")
	if d.City == "温州市" {
		t.Errorf("a county's notice citing 全市 is placed in %q by its number's first character", d.City)
	}
}

// TestAudit59_HalfYearSummaryInAYearsPlan: heldReview (fixrev81a) reads a half-year review held by a
// verb as a duty every half year in any plan. yearWorkSteps reads a year's review as recurring only in
// a plan of several years, and not one dated once: a year's plan holds one. "7月底前组织开展半年度工作
// 总结" in a 2025 工作要点 is one summary due 31 July, not FREQ=MONTHLY;INTERVAL=6 (a second one each
// winter the plan never asks for).
func TestAudit59_HalfYearSummaryInAYearsPlan(t *testing.T) {
	d := rev66Parse(t, "某县2025年城乡环境整治工作要点\n\n一、重点任务\n"+
		"（一）加强督查。7月底前组织开展半年度工作总结。（县政府办负责）\n"+
		"（二）整治违法建设。9月底前完成。（县城管局负责）\n")
	x := rev66Task(t, d, "加强督查")
	if len(x.Recurring) > 0 {
		t.Errorf("task %q: recurring %v; want one summary due 2025-07-31 only:%s", x.Title, rev75Freqs(x), rev59Dump(d))
	}
}

// TestAudit59_ClosingDateOnRecurringDuty: itemTasks' closing date (fixrev81a) gives a date closing the
// item in a sentence of its own to each clause with no deadline, including one whose time is already
// said by its frequency: "县城管局负责每月开展一次巡查，县住建局负责违建拆除。6月底前完成。" makes the
// monthly patrol due (and overdue) by 30 June. A clause with a recurring duty should keep only that.
func TestAudit59_ClosingDateOnRecurringDuty(t *testing.T) {
	d := rev66Parse(t, "某县2025年城乡环境整治工作方案\n\n一、重点任务\n"+
		"（一）整治违法建设。县城管局负责每月开展一次巡查，县住建局负责违建拆除。6月底前完成。\n"+
		"（二）其他。9月底前完成。（县发展改革局负责）\n")
	for i := range d.Tasks {
		x := &d.Tasks[i]
		if len(x.Recurring) > 0 && len(rev59Own(x)) > 0 {
			t.Errorf("task %q: recurring %v and deadlines %v; the monthly patrol takes no closing date:%s", x.Title, rev75Freqs(x), x.Deadlines, rev59Dump(d))
		}
	}
}
