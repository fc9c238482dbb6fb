package planstore

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
)

// Review 61 (a stranger's look at a new admin's first week): failing tests, each a defect a user
// would hit when adding a plan.

// rev61Plan is a city plan issued three months ago, in the form real plans take: items closed by a
// bracketed note of their units (as 宝鸡市2022年深化“放管服”改革优化营商环境工作要点 writes them,
// https://newton.com.tw/wiki/%E9%B9%B9%E9%99%BD%E5%B8%822022%E5%B9%B4%E6%B7%B1%E5%8C%96%E2%80%9C%E6%94%BE%E7%AE%A1%E6%9C%8D%E2%80%9D%E6%94%B9%E9%9D%A9%E6%9C%80%E4%BD%B3%E5%8C%96%E7%87%9F%E5%95%86%E7%92%B0%E5%A2%83%E5%B7%A5%E4%BD%9C%E8%A6%81%E9%BB%9E/61994341),
// "2022年10月底前编制并公布…" dated the same way. One deadline (2026年11月底前) has passed by the day the
// admin adds it (2026-12-06); the others have not.
const rev61Plan = `丽水市人民政府办公室关于印发丽水市优化营商环境攻坚行动实施方案的通知

丽政办发〔2026〕15号

各县（市、区）人民政府，市政府直属各单位：
《丽水市优化营商环境攻坚行动实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。

丽水市人民政府办公室
2026年9月10日

丽水市优化营商环境攻坚行动实施方案

一、工作目标
到2027年，全市营商环境便利度显著提升。

二、重点任务
（一）深化政务服务改革
1.推进企业开办“一件事”集成办理。2026年12月底前实现企业开办全流程1个工作日内办结。（牵头单位：市市场监管局；配合单位：市数据局、市税务局）
2.规范涉企行政检查。2027年3月底前完成涉企检查事项清单编制并公布。（牵头单位：市司法局；配合单位：市级各有关部门）
3.推进工程建设项目审批提速。2026年11月底前出台审批流程优化方案。（牵头单位：市住建局；配合单位：市自然资源和规划局）
`

// TestRev61_DryRunTellsOfDeadlinesAlreadyPast: `dutybot ingest --dry-run 方案.txt` on 2026-12-06
// lists "最近的期限：2026-12-31 … 2027-03-31 …" and nothing else about dates. Item 3's deadline,
// 2026-11-30, has already passed: once the admin stores the plan, 市住建局 and 市自然资源和规划局 get an
// 逾期清单 the next morning and show red on the leaders' board — and the preview the admin checked
// (the same summary in Slack's 确认添加 preview) never said so. Cause: Summarize keeps only the
// deadlines on or after today when any are (s.AllPassed covers only the case where all have
// passed). The summary should say which deadlines have passed already.
func TestRev61_DryRunTellsOfDeadlinesAlreadyPast(t *testing.T) {
	doc, err := plan.ParseText("丽水方案.txt", rev61Plan, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := Summarize(doc, plan.NewDay(2026, 12, 6)).String()
	if !strings.Contains(got, "2026-11-30") {
		t.Errorf("the summary of a plan whose 2026-11-30 deadline has passed does not mention it:\n%s", got)
	}
}

// TestRev61_FirstAddIsNotItsSecondVersion: the admin's first `dutybot ingest 丽水方案.txt` on a store
// that already holds another plan prints "已存入（第 2 版）" (on the README's path, after the five
// seeds: "第 6 版") — "the sixth version of this plan", of a plan never stored before; the Slack
// preview's ✅ line says the same. Cause: Summary.String prints s.Rev, the store-wide revision
// counter, as if it were the plan's own version.
func TestRev61_FirstAddIsNotItsSecondVersion(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := newTestStore(t, rdb, prefix)
	quzhou := ingesttest.Seed(t, "quzhou")
	if _, err := s.Add(ctx, quzhou.Name, quzhou.Data, false); err != nil {
		t.Fatal(err)
	}
	sum, err := s.Add(ctx, "丽水方案.txt", []byte(rev61Plan), false)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Replaces) != 0 {
		t.Fatalf("a new plan replaces %v", sum.Replaces)
	}
	if m := regexp.MustCompile(`第 ?([0-9]+) ?版`).FindStringSubmatch(sum.String()); m != nil && m[1] != "1" {
		t.Errorf("a plan stored for the first time is called its version %s:\n%s", m[1], sum.String())
	}
}
