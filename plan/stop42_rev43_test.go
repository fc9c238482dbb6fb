package plan

import "testing"

// Tests of review rev43 (stop 42's diff a919cbb..8462864, written by a reviewer who read the code):
// each failed on 8462864 (those named regressions passed on a919cbb) and is fixed in stop 42.

// R43-1 (regression): yearRound reads 全年 as the plan year's target wherever a clause opens with it,
// so a plan's account of the year before ("过去一年……全年实现地区生产总值2860亿元") becomes a target
// due at the end of the plan's own year. pastFigureAt guards a past year written as a number only.
func TestRev43YearRoundInPastAccount(t *testing.T) {
	checkDates(t, "过去一年，全市上下攻坚克难，全年实现地区生产总值2860亿元，增长6.1%。", 2025, nil)
	checkDates(t, "去年全市经济运行稳中有进，全年实现地区生产总值2860亿元，同比增长6.1%。", 2025, nil)
}

// R43-2 (regression): yearRoundTargets only steps aside when the plan year's own end is already
// read, so 全年 in a clause a later year governs ("到2027年，全年…", "2026年，全年…") adds a second,
// wrong target at the end of the plan's year.
func TestRev43YearRoundUnderAnotherYear(t *testing.T) {
	checkDates(t, "到2027年，全年接待游客达到5000万人次。", 2025, []string{"2027-12-31 target"})
	checkDates(t, "2026年，全年新增城镇就业5.5万人。", 2025, []string{"2026-12-31 target"})
}

// R43-3 (regression): the new 截至 rule keeps a month without 前 only when a monthWork verb opens
// the very next words, so a directive whose clause opens with its object or subject ("截至10月底，对
// 辖区内…开展…", "截止11月底，各地组织完成…") loses its deadline.
func TestRev43JiezhiDirectiveKeepsDeadline(t *testing.T) {
	checkDates(t, "截至10月底，对辖区内经营性自建房开展一轮全覆盖排查。", 2025, []string{"2025-10-31 by"})
	checkDates(t, "截止11月底，各地组织完成农村饮水安全隐患排查。", 2025, []string{"2025-11-30 by"})
}

// R43-4 (regression): groupOpen lets any item with 各 in its first five characters take a level
// word after it, so "县直各有关部门、乡镇人民政府" and "区直各部门、街道办事处" (two parties: the
// county's departments and the townships) become one.
func TestRev43DirectDepartmentsAndTownshipsStayTwo(t *testing.T) {
	checkTasks(t, formHead+"1.加强农村人居环境整治。（责任单位：县农业农村局，县直各有关部门、乡镇人民政府）\n", []taskWant{
		{number: "1", lead: []string{"县农业农村局", "县直各有关部门", "乡镇人民政府"}},
	})
	checkTasks(t, formHead+"1.推进清廉机关建设。（责任单位：区直各部门、街道办事处）\n", []taskWant{
		{number: "1", lead: []string{"区直各部门", "街道办事处"}},
	})
}

// R43-5 (regression): horizonStage drops any bracketed span whose sentence says 期限 or 规划期
// before it, though it was meant for the stages of a plan's horizon (近期/远期/阶段): a campaign's
// own span ("三年行动（2024—2026年）"), which spanOfWork reads as work, loses its target.
func TestRev43CampaignSpanAfterHorizonWord(t *testing.T) {
	checkDates(t, "本方案实施期限为2024—2026年，通过实施制造业数字化转型三年行动（2024—2026年），推动规上工业企业数字化改造全覆盖。", 2024, []string{"2026-12-31 target"})
}

// R43-6 (regression): 参加 joined supportVerb, so a unit whose own duty is to attend an outside
// event ("市文化广电旅游局参加中国国际旅游交易会，推介…") is read as taking part in someone else's
// work, and the task has no lead.
func TestRev43AttendingAnEventIsOwnDuty(t *testing.T) {
	checkTasks(t, formHead+"1.市文化广电旅游局参加中国国际旅游交易会，推介我市文旅资源。\n", []taskWant{
		{number: "1", lead: []string{"市文化广电旅游局"}},
	})
	checkTasks(t, formHead+"1.市体育局参加省第十七届运动会，做好参赛组织工作。\n", []taskWant{
		{number: "1", lead: []string{"市体育局"}},
	})
}

// R43-7 (regression): cohortAfter's new second verbs (建成投运的, 建成投产的) make a dated target of
// how many things are to be built and running ("确保2025年6月底前建成投产的项目达到30个以上") a
// cohort, and the deadline is lost.
func TestRev43BuiltAndRunningTargetIsNoCohort(t *testing.T) {
	checkDates(t, "确保2025年6月底前建成投产的项目达到30个以上。", 2024, []string{"2025-06-30 by"})
	checkDates(t, "到2025年底前建成投运的5G基站累计达到3000个。", 2024, []string{"2025-12-31 by"})
}

// R43-8 (bug of the new rule): recipientAfterTime is not anchored to a time word, so a unit named
// right before 按月/按季 and 向 ("县应急局按月向县政府报送…") matches as a whole and the task loses
// its lead. (a919cbb was wrong too: it read "县应急局按月向县政府" as the lead.)
func TestRev43UnitBeforeMonthlyReport(t *testing.T) {
	checkTasks(t, formHead+"1.县应急局按月向县政府报送安全生产形势分析。\n", []taskWant{
		{number: "1", lead: []string{"县应急局"}},
	})
}
