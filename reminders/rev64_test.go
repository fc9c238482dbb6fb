package reminders

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Review 64: the nudges everyone responsible gets, over plans as they are written: a three-year plan
// (2025—2027) whose items set a first stage that has passed and a later one still ahead, and a year's
// work points (2026年…工作要点) some of whose items are due early next year. Each test fails on the code
// it was written against.

// rev64Stages is 金华's 养老服务 plan (2025—2027), in the form of 浙江's 2025 plans: each item a first
// stage ("2025年6月底前完成首批…") and a later one ("2026年底前实现…全覆盖").
const rev64Stages = `金华市人民政府办公室关于印发金华市推进养老服务体系建设三年行动方案（2025—2027年）的通知

金政办发〔2025〕12号

各县（市、区）人民政府，市政府各部门：
《金华市推进养老服务体系建设三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。

金华市人民政府办公室
2025年3月18日

金华市推进养老服务体系建设三年行动方案（2025—2027年）

一、重点任务
（一）完善居家社区养老服务网络
1.建设乡镇（街道）区域养老服务中心。2025年6月底前完成首批20个区域养老服务中心建设，2026年底前实现乡镇（街道）全覆盖。（牵头单位：市民政局；配合单位：市财政局、市自然资源和规划局）
2.推进老年助餐服务。2025年底前建成老年食堂150家，2027年底前实现城乡社区老年助餐服务全覆盖。（牵头单位：市民政局；配合单位：市市场监管局、市商务局）
`

// rev64Points is 丽水's 2026 work points (丽水市2026年优化营商环境工作要点), issued in February 2026 as
// such work points are, with items due in the first months of 2027 (2027年3月底前, 2027年春节前).
const rev64Points = `中共丽水市委办公室 丽水市人民政府办公室关于印发《丽水市2026年优化营商环境工作要点》的通知

丽委办发〔2026〕8号

各县（市、区）委和人民政府，市直属各单位：
《丽水市2026年优化营商环境工作要点》已经市委、市政府同意，现印发给你们，请结合实际认真抓好落实。

中共丽水市委办公室
丽水市人民政府办公室
2026年2月27日

丽水市2026年优化营商环境工作要点

一、提升政务服务效能
1.深化“一件事”集成改革。2026年6月底前新增“一件事”集成服务10项。（牵头单位：市数据局；配合单位：市级有关部门）
2.推进涉企经营许可改革。2026年12月底前完成涉企经营许可事项清单梳理，2027年3月底前全面推行告知承诺制。（牵头单位：市市场监管局；配合单位：市司法局）
3.优化不动产登记服务。2027年春节前实现不动产登记“一窗受理、一网通办”全覆盖。（牵头单位：市自然资源和规划局）
`

func rev64Parse(t *testing.T, name, text string) *plan.Document {
	t.Helper()
	d, err := plan.ParseText(name, text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRev64_DoneOnAStageKeepsTheNextStage: 市民政局's first morning on dutybot (2026-12-07) brings its
// overdue list: "第1项 建设乡镇（街道）区域养老服务中心 · 已于 2025-06-30 到期". The 首批20个 centres were
// built long ago; the liaison presses 完成 on that line. From then on the item's second stage —
// "2026年底前实现乡镇（街道）全覆盖", due in 24 days — is never nudged: no T-7 on 12-24, no T-1, no red
// notice in January, and the board shows the item green, 已完成. Cause: markScript marks every series
// of the task and unit done, whatever deadline the pressed nudge was about. A 完成 pressed on a nudge
// of one deadline is that deadline's. General: most items of a multi-year plan set stages (首批…，全覆盖;
// 2025年…，2027年…), and their first stages are the ones that pass first.
func TestRev64_DoneOnAStageKeepsTheNextStage(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-06 20:00")
	s, _ := newStore(t, clk.Now)
	doc := rev64Parse(t, "金华方案.txt", rev64Stages)
	if _, err := s.Sync(ctx, []*plan.Document{doc}); err != nil {
		t.Fatal(err)
	}
	civil := plan.UnitRef{City: "金华市", Name: "市民政局"}
	if err := s.Subscribe(ctx, civil, "C0MZJ"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	var first *Nudge
	for _, n := range rev57Tick(t, clk, d, rec, "2026-12-07 09:00") {
		if n.Unit == civil && strings.HasPrefix(n.TaskTitle, "建设乡镇") && n.Deadline == day("2025-06-30") {
			first = &n
			break
		}
	}
	if first == nil {
		t.Fatal("no nudge of the first stage (2025-06-30) on the first morning")
	}
	clk.Set("2026-12-07 10:15")
	if err := s.MarkDone(ctx, Change{Task: first.TaskID, Unit: civil, By: "U0WANG", Occurrence: first.OccurrenceID}); err != nil {
		t.Fatal(err)
	}
	var later bool
	for _, at := range []string{"2026-12-24 09:00", "2026-12-30 09:00", "2026-12-31 09:00", "2027-01-07 09:00"} {
		for _, n := range rev57Tick(t, clk, d, rec, at) {
			later = later || n.TaskID == first.TaskID && n.Unit == civil && n.Deadline == day("2026-12-31")
		}
	}
	if !later {
		t.Error("after 完成 on the 2025-06-30 stage's nudge, the 2026年底前 全覆盖 stage (2026-12-31) was never nudged")
	}
}

// TestRev64_WorkPointsDueNextYear: 丽水's 2026 work points set "2027年3月底前全面推行告知承诺制" (市市场监管局)
// and "2027年春节前实现…全覆盖" (市自然资源和规划局, 2027-02-05). The plan's period is read from its title
// ("2026年…工作要点": to 2026-12-31), so on the first pass of 2027 the dispatcher follows the plans again,
// finds the plan ended and cancels its series: neither deadline is ever nudged (no T-30 on 2027-01-06 or
// 2027-03-01, no red notice after), and the board drops both rows. A task's own deadline after the
// period its title names is still a deadline the plan sets; the plan is not over until it has passed.
// General: a year's 工作要点/工作计划/任务分工 names next year's 春节前, 一季度 or 3月底前 in many items.
func TestRev64_WorkPointsDueNextYear(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-07 08:00")
	s, _ := newStore(t, clk.Now)
	doc := rev64Parse(t, "丽水要点.txt", rev64Points)
	if _, err := s.Follow(ctx, []*plan.Document{doc}); err != nil {
		t.Fatal(err)
	}
	market := plan.UnitRef{City: "丽水市", Name: "市市场监管局"}
	land := plan.UnitRef{City: "丽水市", Name: "市自然资源和规划局"}
	for u, r := range map[plan.UnitRef]string{market: "C0SCJG", land: "C0ZRZY"} {
		if err := s.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	got := map[plan.UnitRef]bool{}
	for _, at := range []string{"2026-12-08 09:00", "2027-01-04 09:00", "2027-01-06 09:00", "2027-02-04 09:00", "2027-03-01 09:00", "2027-03-30 09:00"} {
		for _, n := range rev57Tick(t, clk, d, rec, at) {
			if n.Deadline.Year == 2027 {
				got[n.Unit] = true
			}
		}
	}
	if !got[market] {
		t.Error("市市场监管局's 2027年3月底前 deadline was never nudged")
	}
	if !got[land] {
		t.Error("市自然资源和规划局's 2027年春节前 deadline was never nudged")
	}
}
