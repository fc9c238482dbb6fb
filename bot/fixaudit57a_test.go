package bot

import "testing"

// TestFixAudit57_OneOffBudget (audit 57, finding 3; the auditor's text): a works' funds put into the
// year's budget do not make building it a yearly duty.
func TestFixAudit57_OneOffBudget(t *testing.T) {
	text := "东阳市2026年污水治理工作方案\n一、主要任务\n（一）新建城东污水处理厂一座，2026年底前建成投用，所需资金纳入年度预算。（牵头单位：市建设局；配合单位：市财政局）\n（二）每季度开展一次污水管网排查。（牵头单位：市水务局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	a := askOn(t, e, "2026-12-07", "每年都要做的工作有哪些?")[0]
	wantIn(t, "每年都要做的工作有哪些?", a, nil, []string{"污水处理厂"})
}
