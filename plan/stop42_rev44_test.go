package plan

import (
	"strings"
	"testing"
)

// Tests of review rev44 (stop 42's diff 8462864..57c89be, written by a reviewer who read the code):
// each failed on 57c89be (those named regressions passed on 8462864) and is fixed in stop 42.

// R44-1 (regression): goalAround makes a cohort a deadline whenever its clause has a count word
// (不少于, 达到), but a cohort of old things to be worked on is counted too: "完成2000年底前建成的
// 城镇老旧小区改造不少于30个" gets a deadline of 2000-12-31.
func TestRev44CohortWithCountIsNoDeadline(t *testing.T) {
	checkDates(t, "完成2000年底前建成的城镇老旧小区改造不少于30个。", 2025, nil)
	checkDates(t, "改造2000年以前建成的老旧小区达到120个。", 2025, nil)
}

// R44-2 (regression): pastAccount holds 上年, so the most common way a target is set against the
// year before ("在上年基础上，全年新增…") reads as an account of the past and loses its 全年 target.
func TestRev44YearRoundOnLastYearsBase(t *testing.T) {
	checkDates(t, "在上年基础上，全年新增城镇就业1.2万人以上。", 2025, []string{"2025-12-31 target"})
}

// R44-3 (regression): groupOpen now joins a group after words of where only for a single level
// word (各市, 各县), so "市直各部门、单位" splits into 市直各部门 and a party named 单位, and
// "全市各乡镇、街道" into 全市各乡镇 and 街道.
func TestRev44DirectDepartmentsAndUnitsStayOne(t *testing.T) {
	checkTasks(t, formHead+"1.加强政务诚信建设。（责任单位：市直各部门、单位）\n", []taskWant{
		{number: "1", lead: []string{"市直各部门、单位"}},
	})
	checkTasks(t, formHead+"1.开展安全隐患排查。（责任单位：全市各乡镇、街道）\n", []taskWant{
		{number: "1", lead: []string{"全市各乡镇、街道"}},
	})
}

// R44-4 (bug of the new rule): recipientAfterTime no longer knows a deadline before 向 (年底前向,
// 6月底前向): "市发改委于年底前向省发展改革委报送…" now gets the lead "市发改委于年底前向省发展改革委".
// (8462864 gave no lead, also wrong, but no made-up unit.)
func TestRev44UnitBeforeDeadlineAndRecipient(t *testing.T) {
	d, err := ParseText("f.txt", formHead+"1.市发改委于年底前向省发展改革委报送年度评估报告。\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range d.Tasks {
		for _, u := range x.Lead {
			if strings.Contains(u, "向") || strings.Contains(u, "年底前") {
				t.Errorf("task %s: lead %q holds the deadline and the recipient", x.Number, u)
			}
		}
	}
}
