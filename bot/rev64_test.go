package bot

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Review 64: what leaders and the people responsible get — a leader's summaries on demand (one
// department's load, one city's plan, what is overdue and for how long, who is most behind) over a
// plan whose first stages have passed (2024–2026) beside 2026–2027 targets, after the units marked
// some tasks done. Each test fails on the code it was written against.

// rev64Jinhua is a city's three-year plan as such plans are written (金华市推进养老服务体系建设三年
// 行动方案（2025—2027年）, in the form of 浙江's 2025 养老服务 plans): numbered items under (一)(二)(三),
// each closed by a bracketed note of its 牵头/配合 units; most items set a first stage that has passed
// ("2025年6月底前完成首批…") and a later one still ahead ("2026年底前实现…全覆盖"); some carry a monthly
// or quarterly report; the 保障措施 make every lead unit report monthly.
const rev64Jinhua = `金华市人民政府办公室关于印发金华市推进养老服务体系建设三年行动方案（2025—2027年）的通知

金政办发〔2025〕12号

各县（市、区）人民政府，市政府各部门：
《金华市推进养老服务体系建设三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。

金华市人民政府办公室
2025年3月18日

金华市推进养老服务体系建设三年行动方案（2025—2027年）

一、工作目标
到2027年，全市每千名老年人拥有养老机构床位数达到35张，护理型床位占比达到65%以上。

二、重点任务
（一）完善居家社区养老服务网络
1.建设乡镇（街道）区域养老服务中心。2025年6月底前完成首批20个区域养老服务中心建设，2026年底前实现乡镇（街道）全覆盖。（牵头单位：市民政局；配合单位：市财政局、市自然资源和规划局）
2.推进老年助餐服务。2025年底前建成老年食堂150家，2027年底前实现城乡社区老年助餐服务全覆盖。（牵头单位：市民政局；配合单位：市市场监管局、市商务局）
3.开展家庭养老床位建设。每季度末前报送家庭养老床位建设进度。2026年9月底前完成家庭养老床位2000张。（责任单位：市民政局）
（二）提升机构养老服务质量
4.推进公办养老机构改革。2024年12月底前完成公办养老机构公建民营改革试点。（牵头单位：市民政局；配合单位：市发改委、市国资委）
5.加强养老机构安全监管。每月10日前报送养老机构安全隐患排查整治情况。（牵头单位：市民政局；配合单位：市消防救援支队、市市场监管局）
6.培养养老护理员队伍。2026年12月底前培训养老护理员3000人次。（牵头单位：市人力社保局；配合单位：市民政局、市教育局）
（三）推进医养康养结合
7.推进医养结合机构建设。2025年9月底前每个县（市、区）至少建成1家医养结合机构。（牵头单位：市卫生健康委；配合单位：市民政局、市医保局）
8.开展老年人健康管理服务。每半年开展一次老年人健康体检工作进展情况通报。2027年6月底前65岁以上老年人健康管理率达到75%。（牵头单位：市卫生健康委）

三、保障措施
（一）加强组织领导。建立市养老服务工作联席会议制度，市民政局负责联席会议日常工作，每季度召开一次联席会议。
（二）强化督促考核。各牵头单位每月5日前将上月工作进展情况报送市民政局。
`

// rev64Engine indexes 金华's plan alone, with the done marks given (nil: none).
func rev64Engine(t *testing.T, marks duties.Marks) (*Engine, *retrieval.Index) {
	t.Helper()
	ix := textIndex(t, rev64Jinhua)
	return NewEngine(ix, Options{Done: marks}), ix
}

// rev64Task is the task of 金华's plan whose title starts with title.
func rev64Task(t *testing.T, ix *retrieval.Index, title string) *plan.Task {
	t.Helper()
	for _, d := range ix.Docs() {
		for i := range d.Tasks {
			if strings.HasPrefix(d.Tasks[i].Title, title) {
				return &d.Tasks[i]
			}
		}
	}
	t.Fatalf("no task %q", title)
	return nil
}

// rev64Marks marks done, on 2026-12-01, the shares of 金华市 unit on the tasks titled titles.
func rev64Marks(t *testing.T, ix *retrieval.Index, marks *fakeMarks, unit string, titles ...string) {
	t.Helper()
	if marks.marks == nil {
		marks.marks = map[duties.TaskUnit]duties.DoneMark{}
	}
	for _, title := range titles {
		tk := rev64Task(t, ix, title)
		if !slices.Contains(tk.Units(), unit) {
			t.Fatalf("%s is not on %s", unit, title)
		}
		marks.marks[duties.TaskUnit{Task: tk.ID, Unit: plan.UnitRef{City: "金华市", Name: unit}}] = duties.DoneMark{By: "王芳", At: time.Date(2026, 12, 1, 10, 0, 0, 0, plan.Shanghai)}
	}
}

// TestRev64_PlanSummaryAfterDone: 市民政局 reported (二)4 公办养老机构改革 done (its only deadline,
// 2024年12月底前, long past) and 市卫生健康委 reported (三)7 医养结合机构 done (2025年9月底前). A leader
// asks "金华逾期的任务有哪些?" and gets 3 items (1, 2, 3), with the two done ones named apart; then asks for
// the plan's overview, "总结一下金华养老服务三年行动方案" (or `/dutybot summary 金华`), and reads "已过期限 5
// 个" — the passed deadlines of the done tasks counted as if nothing had been reported. review 58 made a
// unit's summary read the done marks as "逾期了哪些" does; the summary of a plan or a city (bot/summary.go
// summary, splitDeadlines) still counts every passed date. General: every plan summary once any unit
// marks anything done — which is what the 完成 button is for.
func TestRev64_PlanSummaryAfterDone(t *testing.T) {
	marks := &fakeMarks{}
	e, ix := rev64Engine(t, marks)
	rev64Marks(t, ix, marks, "市民政局", "推进公办养老机构改革")
	rev64Marks(t, ix, marks, "市卫生健康委", "推进医养结合机构建设")
	as := askOn(t, e, "2026-12-06", "金华逾期的任务有哪些?", "总结一下金华养老服务三年行动方案")
	over, sum := as[0], as[1]
	if len(over.Tasks) != 3 {
		t.Fatalf("the overdue answer lists %d tasks, want 3 (1, 2, 3):\n%s", len(over.Tasks), over.Text)
	}
	if n := rev58Figure(sum.Text, `已过期限 (\d+) 个`); n != 3 {
		t.Errorf("the summary says 已过期限 %d 个; the overdue answer lists 3 and names (二)4 and (三)7 as done:\n%.700s", n, sum.Text)
	}
}

// TestRev64_HowIsThePlanGoing: "推进得怎么样了?", "进展如何?", "落实情况怎么样?" are how a leader asks
// about a plan's state — the first question of any 督办 meeting. dutybot answers "方案中没有提到“推进得”，
// 无法回答。" (a search for the verb) or quotes the notice's "请认真贯彻执行". A careful answer is the plan's
// overview as of today: its tasks, what has passed and is not reported done, what is ahead (the
// summary shape "总结一下…" already gives). General: every plan, every city, in the words leaders use.
func TestRev64_HowIsThePlanGoing(t *testing.T) {
	e, _ := rev64Engine(t, nil)
	for _, q := range []string{"金华养老方案推进得怎么样了?", "金华养老服务三年行动方案进展如何?", "金华养老方案落实情况怎么样?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			if a.Intent != KindSummary && !strings.Contains(a.Text, "已过期限") && !strings.Contains(a.Text, "逾期") {
				t.Errorf("intent %s, no word of what has passed or is overdue:\n%.400s", a.Intent, a.Text)
			}
		})
	}
}

// TestRev64_UnitSummaryNamesTheNextStage: on 2026-12-06 "金华市民政局这个月有哪些任务到期?" lists (一)1
// (2026年底前 乡镇（街道）全覆盖) and (二)6 (2026年12月底前 培训3000人次). The leader's summary of the same
// unit, "总结一下金华市民政局的工作", says "未到期限 1 个" and names (二)6 alone as 最近期限: (一)1 is left
// out of what is ahead because its first stage (2025年6月底前 首批20个) has passed (unitDeadlines skips
// every item in the overdue list), so the one deadline of 市民政局 that falls this month, 25 days away,
// is not in its summary. General: plans set stages (首批…，全覆盖; 2025年…，2027年…) in most items.
func TestRev64_UnitSummaryNamesTheNextStage(t *testing.T) {
	e, ix := rev64Engine(t, nil)
	as := askOn(t, e, "2026-12-06", "金华市民政局这个月有哪些任务到期?", "总结一下金华市民政局的工作")
	due, sum := as[0], as[1]
	stage := rev64Task(t, ix, "建设乡镇（街道）区域养老服务中心")
	if !slices.Contains(due.Tasks, stage.ID) {
		t.Fatalf("the due answer leaves out (一)1:\n%s", due.Text)
	}
	var named bool
	for _, l := range rev58Lines(sum.Text, "- 最近期限") {
		named = named || strings.Contains(l, "建设乡镇（街道）区域养老服务中心")
	}
	if n := rev58Figure(sum.Text, `未到期限 (\d+) 个`); n < 2 || !named {
		t.Errorf("the summary says 未到期限 %d 个 and names (一)1's 2026-12-31 stage: %v; this month's due answer lists it:\n%.800s", n, named, sum.Text)
	}
}

// TestRev64_OverdueForMoreThan: a leader sorts the backlog by how long it has waited — "逾期超过30天
// 的任务", "逾期半年以上的任务", "逾期一年以上的有哪些", "超期最久的是哪项?". dutybot reads the length as a
// topic ("已逾期的任务 0 项（“超过”相关）。没有。", "（“半年以上”相关）", "（“最久”相关）") or drops it (一年以上
// lists (一)2, overdue since 2025-12-31, 340 days). On 2026-12-06 (一)1 is overdue since 2025-06-30
// (524 days), (二)4 since 2024-12-31 (705 days), (三)7 since 2025-09-30 (432 days), (一)2 since 2025-12-31
// (340 days), (一)3 since 2026-09-30 (67 days). General: every overdue list of a plan with old dates.
func TestRev64_OverdueForMoreThan(t *testing.T) {
	e, ix := rev64Engine(t, nil)
	id := func(title string) string { return rev64Task(t, ix, title).ID }
	for _, tc := range []struct {
		q         string
		want, not []string
	}{
		{"金华逾期超过30天的任务", []string{id("开展家庭养老床位建设"), id("推进公办养老机构改革")}, nil},
		{"金华逾期半年以上的任务", []string{id("推进公办养老机构改革"), id("推进医养结合机构建设")}, []string{id("开展家庭养老床位建设")}},
		{"金华逾期一年以上的有哪些", []string{id("推进公办养老机构改革"), id("推进医养结合机构建设")}, []string{id("推进老年助餐服务"), id("开展家庭养老床位建设")}},
		{"金华超期最久的是哪项?", []string{id("推进公办养老机构改革")}, []string{id("开展家庭养老床位建设")}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", tc.q)[0]
			var bad []string
			for _, w := range tc.want {
				if !slices.Contains(a.Tasks, w) {
					bad = append(bad, "lacks "+w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(a.Tasks, n) {
					bad = append(bad, "lists "+n)
				}
			}
			if len(bad) > 0 {
				t.Errorf("%s:\n%.600s", strings.Join(bad, "; "), a.Text)
			}
		})
	}
}

// TestRev64_OverdueRankingReadsEachUnitsMark: 市商务局 (配合 on (一)2 推进老年助餐服务) reported its share
// done. "金华市商务局逾期了哪些任务?" says 0 项 and names (一)2 as marked done by it; "金华哪个单位逾期最多?"
// and "金华各单位分别逾期几项?" still count "市商务局：1 项（牵头 0，参与 1）". A per-unit count is each unit's
// own answer to "X逾期了哪些", so the unit's own mark decides its line. General: every ranking after any
// 配合 unit presses 完成 — and the ranking is what a leader reads out at the meeting.
func TestRev64_OverdueRankingReadsEachUnitsMark(t *testing.T) {
	marks := &fakeMarks{}
	e, ix := rev64Engine(t, marks)
	rev64Marks(t, ix, marks, "市商务局", "推进老年助餐服务")
	as := askOn(t, e, "2026-12-06", "金华市商务局逾期了哪些任务?", "金华哪个单位逾期最多?", "金华各单位分别逾期几项?")
	if len(as[0].Tasks) != 0 {
		t.Fatalf("市商务局's own overdue list is not empty:\n%s", as[0].Text)
	}
	line := regexp.MustCompile(`市商务局：(\d+) 项`)
	for _, a := range as[1:] {
		if m := line.FindStringSubmatch(a.Text); m != nil && m[1] != "0" {
			t.Errorf("%q counts 市商务局 %s 项 overdue; its own answer is 0 (its share is marked done):\n%.500s", a.Question, m[1], a.Text)
		}
	}
}

// TestRev64_SummariesSayTheStandingReports: (二)5 加强养老机构安全监管 is a report 市民政局 owes every month
// ("每月10日前报送…整治情况", next due 2026-12-10, four days away), and (一)3 adds "每季度末前报送…进度".
// "总结一下金华市民政局的工作" lists (二)5 as "[牵头] (二)5 加强养老机构安全监管" and names as its nearest
// deadline 2026-12-31; "总结一下金华养老服务三年行动方案" lists "(二)5 加强养老机构安全监管（牵头：市民政局）"
// with no date. Neither says the unit reports monthly (only the 保障措施' 联席会议 is a 固定职责), though
// "金华市民政局哪些工作每月要做?" finds it. A leader reading a department's load misses the work that
// recurs. Cause: unitSummary and summaryItems read a task's deadlines only, standingDuties the
// safeguard measures only. General: every plan whose items carry 每月/每季度 reports.
func TestRev64_SummariesSayTheStandingReports(t *testing.T) {
	e, _ := rev64Engine(t, nil)
	for _, q := range []string{"总结一下金华市民政局的工作", "总结一下金华养老服务三年行动方案"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			if !strings.Contains(a.Text, "每月10日前") && !strings.Contains(a.Text, "2026-12-10") {
				t.Errorf("the summary does not say (二)5 is reported 每月10日前:\n%.900s", a.Text)
			}
		})
	}
}
