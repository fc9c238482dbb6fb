package plan

import (
	"slices"
	"strings"
	"testing"
)

// Audit 60: the rules added this stop (bec5917..main), tried on near variants of the forms they were
// written for. Each test fails on main for the reason its comment gives; nothing here is fixed.

// audit60Note parses a two-item plan whose first item carries note as its responsibility note.
func audit60Note(t *testing.T, note string) *Document {
	t.Helper()
	return rev66Parse(t, "某县2025年农村人居环境整治工作方案\n\n一、重点任务\n"+
		"（一）治理生活污水。10月底前完成治理任务。（"+note+"）\n"+
		"（二）推进厕所革命。年底前完成改厕500户。（责任单位：县卫健局）\n")
}

// TestAudit60_MonthsListedWithoutMonthWord: "6、12月底前各开展一次检查" lists June and December before
// one deadline word, the first month written without its 月 (as plans write 3、6、9、12月 as often as
// 3月、6月). dutybot reads only 2025-12-31; it should read 2025-06-30 too, as it does for
// "6月、12月底前各开展一次". Cause: 7e5dab04 monthsToDeadline (monthsToDeadlineExpr wants 月 after every
// month of the list, and the month alone is only tried where a 月 follows it).
func TestAudit60_MonthsListedWithoutMonthWord(t *testing.T) {
	checkDates(t, "6月、12月底前各开展一次检查。", 2025, []string{"2025-06-30 by", "2025-12-31 by"}) // passes
	checkDates(t, "6、12月底前各开展一次检查。", 2025, []string{"2025-06-30 by", "2025-12-31 by"})
	checkDates(t, "3、9月底前分别召开一次推进会。", 2025, []string{"2025-03-31 by", "2025-09-30 by"})
}

// TestAudit60_EndColumnSpanToYearEnd: a column of end dates (完成时限) holding "2025年—2027年底" or
// "2025—2027年底前" is due by the end of 2027, as "2025年—2027年" now is. dutybot leaves the first a
// target: EndCellDeadlines turns a span into a due date only when yearSpanCell matches the whole
// quote, and yearSpanCell ends at 年, so the span written with 底 (the usual end-column form) is
// missed. Cause: 7e5dab04 EndCellDeadlines/yearSpanCell.
func TestAudit60_EndColumnSpanToYearEnd(t *testing.T) {
	for _, cell := range []string{"2025年—2027年", "2025年—2027年底", "2025-2027年底"} {
		ds := EndCellDeadlines(cell, 2025)
		if len(ds) == 0 || ds[len(ds)-1].Kind != KindBy || ds[len(ds)-1].Date != (Day{2027, 12, 31}) {
			t.Errorf("EndCellDeadlines(%q) = %v; want due (by) 2027-12-31", cell, ds)
		}
	}
}

// TestAudit60_LevelsCountedWithBracketedLevels: "县（市、区）、乡（镇）、村三级" and "县、乡、村、组四级"
// are the governments of every level named, one party, as "镇、村两级" now is. dutybot drops them
// from the task altogether (units: only 县农业农村局). It should keep one party. Cause: b175243b
// levelsNamedOnce/bareLevel (resp.go) and levelsParty (units.go): a level is one bare character, so
// the bracketed levels that county plans write (县（市、区）, 乡（镇）) and the group (组) are no level.
func TestAudit60_LevelsCountedWithBracketedLevels(t *testing.T) {
	for _, levels := range []string{"县（市、区）、乡（镇）、村三级", "县、乡、村、组四级"} {
		t.Run(levels, func(t *testing.T) {
			d := audit60Note(t, "县农业农村局，"+levels)
			units := rev84Units(t, d, "治理生活污水")
			if len(units) != 2 || !slices.ContainsFunc(units, func(u string) bool {
				return strings.HasSuffix(u, levels[len(levels)-len("三级"):]) && strings.Contains(u, "村")
			}) {
				t.Errorf("units %q; want 县农业农村局 and the levels %q as one party:%s", units, levels, rev59Dump(d))
			}
		})
	}
}

// TestAudit60_WidenTailCountyGroup: "县发展改革局、县工业和信息化局等县（市、区）直有关单位" names two
// bureaus; the 等… tail widens the list. dutybot keeps "县工业和信息化局等县（市、区）直有关单位" as one
// unit. Cause: b175243b widenTail, whose bracket takes one or two Han characters only (省（中）直,
// 州（市）直): 县（市、区）, the commonest bracketed level of all, holds a 、 and is missed.
func TestAudit60_WidenTailCountyGroup(t *testing.T) {
	for _, note := range []string{"县发展改革局、县工业和信息化局等县（市、区）直有关单位", "县发展改革局、县工业和信息化局等县（市、区）级有关部门"} {
		t.Run(note, func(t *testing.T) {
			d := audit60Note(t, note)
			units := rev84Units(t, d, "治理生活污水")
			slices.Sort(units)
			if want := []string{"县发展改革局", "县工业和信息化局"}; !slices.Equal(units, want) {
				t.Errorf("units %q; want %q:%s", units, want, rev59Dump(d))
			}
		})
	}
}

// audit60Charge parses a plan whose group heading names a lead and whose item names its own units.
func audit60Charge(t *testing.T, item string) *Document {
	t.Helper()
	return rev66Parse(t, "绵阳市2025年稳经济工作方案\n\n一、重点任务\n（一）强化要素保障。（牵头单位：市发展改革委）\n"+
		item+"\n4.保障用地需求，优先保障重大项目用地。\n")
}

// TestAudit60_OwnChargeKeepsItsPreposition: "3.加大信贷投放，由人民银行绵阳市分行负责。" under a heading
// led by 市发展改革委. dutybot makes "由人民银行绵阳市分行" (and, with 具体, "具体由人民银行绵阳市分行") the
// lead: a unit no plan has. It should lead 人民银行绵阳市分行. Cause: 40c6b5e2 ownCharge, which takes the
// clause before 负责 whole, through SplitUnits and looksLikeUnit, without the 由 that the subject
// readers strip.
func TestAudit60_OwnChargeKeepsItsPreposition(t *testing.T) {
	for _, item := range []string{"3.加大信贷投放，由人民银行绵阳市分行负责。", "3.加大信贷投放，具体由人民银行绵阳市分行负责。"} {
		t.Run(item, func(t *testing.T) {
			d := audit60Charge(t, item)
			rev75Roles(t, d, rev66Task(t, d, "加大信贷投放"), []string{"人民银行绵阳市分行"}, nil)
		})
	}
}

// TestAudit60_OwnChargeLeadAndPartner: "3.加大信贷投放，人民银行绵阳市分行牵头，市金融工作局配合。" charges
// its own units as "…，人民银行绵阳市分行负责。" does. dutybot gives it the heading's 市发展改革委 and
// neither of its own units. It should lead 人民银行绵阳市分行 with 市金融工作局 taking part. Cause:
// 40c6b5e2 ownChargeExpr, which reads only a closing clause that ends in 负责/牵头; the commonest form
// of a unit charging itself, X牵头，Y配合, is missed.
func TestAudit60_OwnChargeLeadAndPartner(t *testing.T) {
	d := audit60Charge(t, "3.加大信贷投放，人民银行绵阳市分行牵头，市金融工作局配合。")
	rev75Roles(t, d, rev66Task(t, d, "加大信贷投放"), []string{"人民银行绵阳市分行"}, []string{"市金融工作局"})
}
