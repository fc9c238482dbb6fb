package duties

import (
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// Review 64: what the people responsible are told is due (dutybot due, /dutybot due, "本月要做什么",
// the nudges, which arm one series per duty of Of) and what the board shows, over two plans as such
// plans are written: 金华's three-year 养老服务 plan (2025—2027) whose 保障措施 make every lead unit report
// monthly, and 丽水's flood-control plan (2024—2027) whose inspections run in the flood season only.
// Each test fails on the code it was written against.

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
（二）提升机构养老服务质量
3.加强养老机构安全监管。每月10日前报送养老机构安全隐患排查整治情况。（牵头单位：市民政局；配合单位：市消防救援支队、市市场监管局）
4.培养养老护理员队伍。2026年12月底前培训养老护理员3000人次。（牵头单位：市人力社保局；配合单位：市民政局、市教育局）
（三）推进医养康养结合
5.推进医养结合机构建设。2025年9月底前每个县（市、区）至少建成1家医养结合机构。（牵头单位：市卫生健康委；配合单位：市民政局、市医保局）

三、保障措施
（一）加强组织领导。建立市养老服务工作联席会议制度，市民政局负责联席会议日常工作，每季度召开一次联席会议。
（二）强化督促考核。各牵头单位每月5日前将上月工作进展情况报送市民政局。
`

const rev64Lishui = `丽水市人民政府办公室关于印发丽水市城市防洪排涝能力提升行动方案（2024—2027年）的通知

丽政办发〔2024〕31号

各县（市、区）人民政府，市政府直属各单位：
现将《丽水市城市防洪排涝能力提升行动方案（2024—2027年）》印发给你们，请认真组织实施。

丽水市人民政府办公室
2024年5月20日

丽水市城市防洪排涝能力提升行动方案（2024—2027年）

一、工作目标
到2027年，城市排水防涝体系基本建成，内涝积水点全面消除。

二、重点任务
1.开展汛期隐患巡查。每年汛期（6月至9月）每周开展一次易涝点巡查，发现问题立即整改。（牵头单位：市住建局；配合单位：市水利局、市应急管理局）
2.实施排水管网改造。2024年12月底前完成老旧排水管网普查，2026年6月底前完成改造200公里。（牵头单位：市住建局；配合单位：市财政局）
3.开展防汛应急演练。每年5月底前组织开展一次防汛应急演练。（牵头单位：市应急管理局；配合单位：市住建局、市水利局）
`

func rev64Doc(t *testing.T, name, text string) *plan.Document {
	t.Helper()
	d, err := plan.ParseText(name, text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// rev64TaskOf is the task of doc whose title starts with title.
func rev64TaskOf(t *testing.T, doc *plan.Document, title string) *plan.Task {
	t.Helper()
	for i := range doc.Tasks {
		if strings.HasPrefix(doc.Tasks[i].Title, title) || strings.HasPrefix(doc.Tasks[i].Text, title) {
			return &doc.Tasks[i]
		}
	}
	t.Fatalf("no task %q in %s", title, doc.Title)
	return nil
}

// rev64Items are the items of List for unit u of doc's city as of today, within days.
func rev64Items(doc *plan.Document, name string, today string, days int, done map[TaskUnit]DoneMark) []Item {
	u := plan.UnitRef{City: doc.City, Name: name}
	return List([]*plan.Document{doc}, day(today), Filter{Within: days, Units: []plan.UnitRef{u}, Done: done})
}

// TestRev64_EachLeadUnitReportsMonthly: 金华's 保障措施 say "各牵头单位每月5日前将上月工作进展情况报送市民政局"
// — each of the plan's lead units (市民政局, 市人力社保局, 市卫生健康委) reports monthly. dutybot makes
// "各牵头单位" a unit of its own: `dutybot due --unit 卫生健康委 --city 金华` and "金华市卫生健康委每月要
// 报送什么?" have nothing; the nudge of 2027-01-05 is armed for a unit named 各牵头单位 that no channel
// can be routed to, and the board and the 台账 carry a row for it. Cause: Of gives a recurring duty to
// the units its task names, and 各牵头单位 is taken as a name. General: 各牵头单位/各责任单位/各成员单位
// 每月X日前报送进展 is the reporting rule of nearly every 任务分工 plan, the very duty a reminder is for.
func TestRev64_EachLeadUnitReportsMonthly(t *testing.T) {
	doc := rev64Doc(t, "金华方案.txt", rev64Jinhua)
	rev64TaskOf(t, doc, "强化督促考核") // the rule is read as a task of its own
	for _, c := range []struct {
		unit string
		want bool
	}{{"市卫生健康委", true}, {"市人力社保局", true}, {"市财政局", false}} {
		got := false
		for _, it := range rev64Items(doc, c.unit, "2026-12-28", 14, nil) {
			got = got || it.Kind == KindRecurring && strings.Contains(it.Quote, "每月5日前")
		}
		if got != c.want {
			t.Errorf("%s (lead of a task: %v): the monthly progress report of 2027-01-05 listed: %v", c.unit, c.want, got)
		}
	}
}

// TestRev64_SeasonalDutyOutOfSeason: 丽水's "每年汛期（6月至9月）每周开展一次易涝点巡查" is weekly from June to
// September. In December `dutybot due --unit 住建局 --city 丽水` lists it 待办 every week (and once more
// on 12-31 as a yearly duty), "丽水本周要做什么?" answers with it, and 市住建局, 市水利局 and 市应急管理局
// get a 【周期任务】 nudge every Monday all winter. Cause: the duty is read as FREQ=WEEKLY and
// FREQ=YEARLY with the season dropped (plan.Rule has no months for a weekly rule). General: 汛期, 主汛期,
// 高温期间, 供暖季, 春运期间, 旅游旺季, 秋冬季 — duties of a season are in every safety and emergency plan.
func TestRev64_SeasonalDutyOutOfSeason(t *testing.T) {
	doc := rev64Doc(t, "丽水方案.txt", rev64Lishui)
	task := rev64TaskOf(t, doc, "开展汛期隐患巡查")
	in := func(today string, days int) int {
		n := 0
		for _, it := range rev64Items(doc, "市住建局", today, days, nil) {
			if it.Task == task.ID {
				n++
			}
		}
		return n
	}
	if in("2027-07-05", 7) == 0 {
		t.Fatal("in July, in the flood season, the weekly inspection is not listed")
	}
	if n := in("2026-12-07", 30); n > 0 {
		t.Errorf("in December, out of the flood season (6月至9月), the inspection is listed %d times", n)
	}
}

// TestRev64_DoneThisMonthIsNotDoneNextMonth: 市民政局 sends December's "每月10日前报送养老机构安全隐患排查
// 整治情况" and presses 完成 on 2026-12-09. The reminders take that as December's (fix 61: January's
// nudge still comes, on Friday 2027-01-08). But from then on `dutybot due --unit 民政局 --city 金华`,
// "/dutybot due" and "金华市民政局本月要做什么?" leave the monthly report out for good — in January and
// every month after — while the nudge says it is due. Cause: List drops every item of a share that
// has a done mark, whatever its period. The board says 已完成 all the same (duties.Colour). General:
// every standing report (每月/每季度/每半年…报送) once a unit answers one nudge properly.
func TestRev64_DoneThisMonthIsNotDoneNextMonth(t *testing.T) {
	doc := rev64Doc(t, "金华方案.txt", rev64Jinhua)
	task := rev64TaskOf(t, doc, "加强养老机构安全监管")
	u := plan.UnitRef{City: "金华市", Name: "市民政局"}
	done := map[TaskUnit]DoneMark{{task.ID, u}: {By: "王芳", At: time.Date(2026, 12, 9, 16, 0, 0, 0, plan.Shanghai)}}
	var listed bool
	for _, it := range rev64Items(doc, u.Name, "2027-01-04", 14, done) {
		listed = listed || it.Task == task.ID && it.Date == day("2027-01-10")
	}
	if !listed {
		t.Errorf("on 2027-01-04, January's report (due 2027-01-10) is left out: December's was marked done on 2026-12-09")
	}
}

// TestRev64_BoardShowsWhenAStandingDutyIsDue: on Sunday 2026-12-06 `remind board --city 金华` prints
// "绿灯 金华市 市民政局 … 没有期限 加强养老机构安全监管" for a report due "每月10日前" — in four days; the App
// Home shows the line with no date at all, and the board page leaves it out of "未来30天到期". The 台账's
// 完成时限 column says 每月10日前 on the same row. A careful reader expects the board to say when the
// duty is next due (2026-12-10), not that it has none. Cause: Group sets a row's deadline from its
// deadlines only; a row of recurring duties gets none, so Light says "no deadline". General: every
// standing duty on every board — in 督办 practice the monthly reports are most of what is chased.
func TestRev64_BoardShowsWhenAStandingDutyIsDue(t *testing.T) {
	doc := rev64Doc(t, "金华方案.txt", rev64Jinhua)
	task := rev64TaskOf(t, doc, "加强养老机构安全监管")
	for _, r := range Rows(Of([]*plan.Document{doc}), day("2026-12-06"), nil) {
		if r.Task.ID != task.ID || r.Unit.Name != "市民政局" {
			continue
		}
		if r.Deadline != day("2026-12-10") || r.Reason == "no deadline" {
			t.Errorf("the row of 每月10日前 on 2026-12-06: deadline %q, %s (%s); want 2026-12-10", r.Deadline, r.Colour, r.Reason)
		}
		return
	}
	t.Fatal("no row for 市民政局's monthly report")
}
