package bot

import (
	"strings"
	"testing"
)

// fixaudit59bPlan is a made-up district's plan: a yearly report due by a day and nothing else, a task
// with partners and no lead, a part headed 卫生 beside a task elsewhere whose own title is on 卫生.
const fixaudit59bPlan = "宁化区2026年基层治理工作方案\n" +
	"一、主要任务\n（一）提升公共卫生水平\n1.开展村级卫生室标准化改造。（牵头单位：区卫健局）\n" +
	"2.推进病媒生物防制。（牵头单位：区卫健局）\n" +
	"（二）夯实基层基础\n1.完善农村环境卫生长效管护机制，落实保洁人员。（牵头单位：区农业农村局）\n" +
	"2.每年6月底前报送上半年网格化管理情况。（牵头单位：区委政法委）\n" +
	"3.组织社区工作者轮训。（配合单位：区民政局）\n" +
	"4.2026年9月底前建成基层治理平台。（牵头单位：区数据局）\n"

// TestFixaudit59b_DueByEachYear: a yearly report due by a day (每年6月底前) says when it is done: it is
// in 有明确期限 and not in 没有完成时间 (one owner, duties.HasTime, decides both).
func TestFixaudit59b_DueByEachYear(t *testing.T) {
	e := NewEngine(textIndex(t, fixaudit59bPlan), Options{})
	no := askOn(t, e, "2026-12-07", "宁化区基层治理方案里哪些任务没有完成时间?")[0]
	yes := askOn(t, e, "2026-12-07", "宁化区基层治理方案里哪些任务有明确期限?")[0]
	if strings.Contains(no.Text, "网格化管理") || !strings.Contains(yes.Text, "网格化管理") {
		t.Errorf("the yearly report due by 6月底 should be dated only:\nno date:\n%s\ndated:\n%s", no.Text, yes.Text)
	}
}
