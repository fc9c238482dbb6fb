package plan

import (
	"slices"
	"testing"
)

// Tests of review rev42 (stop 41's diff, ce1a412..a919cbb), written by a reviewer; each failed on a919cbb
// (those named regressions passed on ce1a412) and is fixed in stop 42.

// R42-1: 参加 as a subject verb ("X、Y参加，…") turns a 负责 sentence's closing "各县（市、区）人社部门
// 参加。" into a second task led by the participants.
func TestRev42ParticipantsStayParticipants(t *testing.T) {
	checkTasks(t, formHead+"1.开展职业技能培训。市人社局负责，各县（市、区）人社部门参加。\n", []taskWant{
		{number: "1", lead: []string{"市人社局"}, partic: []string{"各县（市、区）人社部门"}},
	})
}

// R42-2: a list of zones sharing one 管委会 ("经开区、高新区、综保区管委会") is each zone's 管委会; the
// zone guard of sharedBody (meant for districts beside a zone) fires when every item is a zone.
func TestRev42ZonesShareCommittee(t *testing.T) {
	checkTasks(t, formHead+"1.推进园区基础设施建设。（责任单位：经开区、高新区、综保区管委会）\n", []taskWant{
		{number: "1", lead: []string{"经开区管委会", "高新区管委会", "综保区管委会"}},
	})
}

// R42-3: dropping 暑假期间/寒假期间 from seasonNames makes a duty kept through the holiday (as through
// 主汛期) a deadline at the holiday's last day.
func TestRev42HolidayDutyIsNoDeadline(t *testing.T) {
	checkDates(t, "暑假期间（7月1日至8月31日），各地要加强涉水区域巡查。", 2025, nil)
	checkDates(t, "寒假期间（1月15日至2月20日），实行24小时值班制度。", 2025, nil)
}

// R42-4: yuWord (位于, 关于, 处于, 大于 …) now guards monthOpensWork, so a body whose name ends in 处 or
// 大 before 于 ("法规处于9月", "市人大于10月") no longer sets a month for its step.
func TestRev42YuAfterBodyName(t *testing.T) {
	checkDates(t, "法规处于9月组织开展执法检查。", 2025, []string{"2025-09-30 by"})
	checkDates(t, "市人大于10月开展专题视察。", 2025, []string{"2025-10-31 by"})
}

// R42-5: monthOpensWork drops a month whenever its clause holds 已 anywhere, so the attributive 已确定
// / 已建成 ("对已建成的充电设施于10月开展安全检查") reads as work done.
func TestRev42AttributiveYiIsNoDone(t *testing.T) {
	checkDates(t, "对已确定的试点村于9月开展验收。", 2025, []string{"2025-09-30 by"})
	checkDates(t, "对已建成的充电设施于10月开展安全检查。", 2025, []string{"2025-10-31 by"})
}

// R42-6: 截至 a yearless month is now a deadline unless a digit follows (reportedCount), so a status
// the plan reports in words ("…基本完成，…得到有效保障") becomes work due.
func TestRev42JiezhiStatusInWords(t *testing.T) {
	checkDates(t, "截至9月底，全县农村危房改造任务基本完成，群众住房安全得到有效保障。", 2025, nil)
}

// R42-7: spanOfWork's new 近期/远期/阶段 make the stages of a plan's own horizon targets ("本规划期限
// 为2021—2035年，分近期…和远期…两个阶段"): the horizon the rule says it is not.
func TestRev42HorizonStagesAreNoTargets(t *testing.T) {
	checkDates(t, "本规划期限为2021—2035年，分近期（2021—2025年）和远期（2026—2035年）两个阶段。", 2025, nil)
}

// R42-8: Directory.Resolve lost its section fallback: a section a list ties to its bureau
// ("市交通委港务监管处、规划处") is no longer found by its full name, though the directory itself now
// knows the tie (SectionBureaus) and the bot's lexicon uses it. CLI --unit and the Slack reminders
// resolve through Resolve.
func TestRev42ResolveListedSection(t *testing.T) {
	d, err := ParseText("s.txt", formHead+"1.完善码头岸电设施建设。（牵头部门：市交通委港务监管处、规划处）\n2.加强预算绩效管理。（牵头部门：市财政局预算处）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := NewDirectory([]*Document{d}, DefaultAliases())
	var got []string
	for _, u := range dir.Resolve("市交通委规划处", "") {
		got = append(got, u.Name)
	}
	if !slices.Contains(got, "规划处") {
		t.Errorf("Resolve(市交通委规划处) = %v, want the plan's 规划处 (its list ties it to 市交通委)", got)
	}
}

// R42-9: a page's record date (生成日期) now fills Issued before Year() looks at the document number
// and title, so a 〔2024〕 plan whose record was made in January 2025 takes 2025 for "12月底前".
func TestRev42RecordDateAfterNumberYear(t *testing.T) {
	text := "- 标题:某市人民政府办公室关于印发某市2024年冬季清洁取暖工作方案的通知\n- 文号:某政办发〔2024〕52号\n- 公文生成日期:2025-01-06\n\n1.12月底前完成清洁取暖改造。（责任单位：市发改委）\n"
	d, err := ParseText("p.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Year() != 2024 {
		t.Errorf("year %d (issued %s), want 2024: the number and the title say 2024", d.Year(), d.Issued)
	}
	if len(d.Tasks) != 1 || len(d.Tasks[0].Deadlines) != 1 || d.Tasks[0].Deadlines[0].Date.String() != "2024-12-31" {
		t.Errorf("tasks %+v, want one due 2024-12-31", d.Tasks)
	}
}

// R42-10: pastFigureAt reads the clause right after the year, so the usual "2024年，全市接待游客3860万
// 人次" (a comma after the year) keeps its past year as a target; only the comma-less form is caught.
func TestRev42PastFigureAfterComma(t *testing.T) {
	checkDates(t, "2024年，全市接待游客3860万人次，实现旅游总收入412亿元。", 2025, nil)
}
