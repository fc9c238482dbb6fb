package bot

import "testing"

// TestFixp57_YearlyDutyOfAMonth: "每年4月底前要做什么" asks the yearly duties due in April, not every
// yearly duty the plan gives (年度预算, 年度审计 have no month).
func TestFixp57_YearlyDutyOfAMonth(t *testing.T) {
	text := "某县关于推进城乡供水一体化的实施方案\n" +
		"一、主要任务\n" +
		"1.报送建设计划。县水利局于每年4月底前向市水利局报送年度供水工程建设计划。（责任单位：县水利局）\n" +
		"2.保障建设资金。将供水工程运行维护经费列入年度财政预算。（责任单位：县财政局）\n" +
		"3.开展水质评估。县卫健委每年10月底前完成农村供水水质评估。（责任单位：县卫健委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	if q := parseOn(t, e, "每年4月底前要做什么?"); q.To != "2026-04-30" || q.Frequency != "yearly" || q.yearless {
		t.Errorf("每年4月底前: window %s–%s (yearless %v), frequency %q", q.From, q.To, q.yearless, q.Frequency)
	}
	a := askOn(t, e, "2026-12-07", "每年4月底前要做什么?")[0]
	wantIn(t, "每年4月底前", a, []string{"报送建设计划"}, []string{"保障建设资金", "开展水质评估"})
	a = askOn(t, e, "2026-12-07", "有哪些每年都要做的事?")[0]
	wantIn(t, "每年", a, []string{"报送建设计划", "保障建设资金", "开展水质评估"}, nil)
}
