package plan

import (
	"testing"
	"time"
)

// TestFixAudit57_OneOffBudgetNotYearly (audit 57, finding 3; the auditor's texts): a one-off's funds
// put into the year's budget are paid once, not a yearly duty.
func TestFixAudit57_OneOffBudgetNotYearly(t *testing.T) {
	for _, s := range []string{
		"新建城东污水处理厂一座，2026年底前建成投用，所需资金纳入年度预算",
		"项目建设资金列入区级年度财政预算，一次性安排到位",
	} {
		if rs := ParseRecurring(s); len(rs) > 0 {
			t.Errorf("%s: got %v, want no duty that recurs", s, rs)
		}
	}
}

// TestFixAudit57_YearBudgetDrawnUpOrRunning: the budget is every year's when the sentence's work is
// drawing it up, or what it pays is a running cost; a project's funds are not.
func TestFixAudit57_YearBudgetDrawnUpOrRunning(t *testing.T) {
	for s, want := range map[string]bool{
		"镇财政所每年编制年度公厕保洁经费预算":         true,
		"各乡镇制定年度渡口安全项目预算，报县交通局备案":    true,
		"将农村公路日常养护资金纳入县级年度财政预算":      true,
		"村级组织工作经费列入乡镇年度预算，足额保障":      true,
		"文化站新馆建设资金纳入年度预算":            false,
		"改造老旧供水管网所需经费列入区年度财政预算，分期拨付": false,
		"下一年度预算由各单位于10月底前编制":         false,
	} {
		got := false
		for _, r := range ParseRecurring(s) {
			got = got || r.Rule.Freq == Yearly
		}
		if got != want {
			t.Errorf("%s: yearly %v, want %v", s, got, want)
		}
	}
}

// TestFixAudit57_QuarterReviewOnce (the auditor's text): a review dated to one quarter is one review.
func TestFixAudit57_QuarterReviewOnce(t *testing.T) {
	s := "第四季度开展年度考核，考核结果次年2月底前通报"
	if rs := ParseRecurring(s); len(rs) > 0 {
		t.Errorf("%s: got %v, want none", s, rs)
	}
	if rs := yearWorkSteps(s); len(rs) > 0 {
		t.Errorf("%s: yearWorkSteps %v, want none", s, rs)
	}
}

// yearlyOf is the months of the yearly duties of the task whose text holds words (0 for one with no
// month).
func yearlyOf(t *testing.T, d *Document, words string) []time.Month {
	t.Helper()
	var out []time.Month
	for _, r := range rev66Task(t, d, words).Recurring {
		if r.Rule.Freq == Yearly {
			out = append(out, r.Rule.Month)
		}
	}
	return out
}

// TestFixAudit57_YearReviewTwoOwners (audit 57, finding 4; the auditor's texts, made asserting): a
// year's review (年度考核) has one rule, yearWorkSteps: every year's in a plan over several years, a
// one-off in a year's plan, and a one-off when dated to one quarter.
func TestFixAudit57_YearReviewTwoOwners(t *testing.T) {
	one := rev66Parse(t, "铅山县2026年河长制工作要点\n\n一、主要任务\n"+
		"（一）开展河长制年度考核，考核结果次年2月底前通报。（牵头单位：县河长办）\n")
	multi := rev66Parse(t, "铅山县2026—2028年河湖治理三年行动方案\n\n一、主要任务\n"+
		"（一）第四季度开展河长制年度考核，考核结果次年2月底前通报。（牵头单位：县河长办）\n")
	if got := yearlyOf(t, one, "年度考核"); len(got) > 0 {
		t.Errorf("a year's plan: yearly %v, want none (one review, due 2027-02-28)", got)
	}
	if got := yearlyOf(t, multi, "年度考核"); len(got) > 0 {
		t.Errorf("a three-year plan, the review dated to the fourth quarter: yearly %v, want none", got)
	}
}

// TestFixAudit57_YearReviewTwoOwners2 (the auditor's text): "组织年度考核" in a year's plan is one review.
func TestFixAudit57_YearReviewTwoOwners2(t *testing.T) {
	one := rev66Parse(t, "铅山县2026年河长制工作要点\n\n一、主要任务\n"+
		"（一）组织年度考核，考核结果次年2月底前通报。（牵头单位：县河长办）\n")
	if got := yearlyOf(t, one, "年度考核"); len(got) > 0 {
		t.Errorf("a year's plan: yearly %v, want none", got)
	}
}

// TestFixAudit57_YearReviewOneRule: the one rule on invented plans: held (组织/开展…年度…考核) or with
// its result due the next year, every year's in a plan over several years, in that month when the
// result's month is given; a year's plan has none; 每年 says every year in any plan; a named year's,
// a target's and a dated review are one-offs.
func TestFixAudit57_YearReviewOneRule(t *testing.T) {
	body := "\n\n一、重点任务\n" +
		"1.区教育局组织年度校车安全考核。（责任单位：区教育局）\n" +
		"2.各镇开展年度河道保洁考核，考核结果与补助挂钩。（责任单位：区水利局）\n" +
		"3.开展家政服务年度评估，评估结果翌年3月底前公布。（责任单位：区商务局）\n" +
		"4.每年组织一次物业服务年度考评。（责任单位：区住建局）\n" +
		"5.12月开展年度消防考核。（责任单位：区消防救援大队）\n" +
		"6.开展年度目标考核自评。（责任单位：区发改局）\n" +
		"7.完成2026年度公园养护考核。（责任单位：区园林局）\n"
	multi := rev66Parse(t, "某区2026—2028年城市管理提升三年行动方案"+body)
	one := rev66Parse(t, "某区2026年城市管理提升工作方案"+body)
	for _, w := range []struct {
		words       string
		multi, once []time.Month
	}{
		{"校车安全考核", []time.Month{0}, nil},
		{"河道保洁考核", []time.Month{0}, nil},
		{"家政服务年度评估", []time.Month{time.March}, nil},
		{"物业服务年度考评", []time.Month{0}, []time.Month{0}},
		{"年度消防考核", nil, nil},
		{"年度目标考核", nil, nil},
		{"2026年度公园养护考核", nil, nil},
	} {
		if got := yearlyOf(t, multi, w.words); !sameMonths(got, w.multi) {
			t.Errorf("three-year plan, %s: yearly %v, want %v", w.words, got, w.multi)
		}
		if got := yearlyOf(t, one, w.words); !sameMonths(got, w.once) {
			t.Errorf("a year's plan, %s: yearly %v, want %v", w.words, got, w.once)
		}
	}
}

func sameMonths(a, b []time.Month) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
