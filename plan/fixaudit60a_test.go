package plan

import "testing"

// TestFixAudit60a_BareMonthsGuard: a bare number that opens its sentence may be the item's number, so
// there a list of months without 月 counts only when each month is given the work (各, 分别); inside a
// clause it counts as it stands.
func TestFixAudit60a_BareMonthsGuard(t *testing.T) {
	checkDates(t, "2、6月底前完成摸底排查。", 2025, []string{"2025-06-30 by"})
	checkDates(t, "于3、6、9、12月底前报送进展情况。", 2025, []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by", "2025-12-31 by"})
	checkDates(t, "3月、6、9月底前分别报送。", 2025, []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by"})
	checkDates(t, "12、6月底前各开展一次。", 2025, []string{"2025-06-30 by"})
}

// TestFixAudit60a_LevelsNotJoined: levels alone that no count closes stay as the list gives them.
func TestFixAudit60a_LevelsNotJoined(t *testing.T) {
	for _, c := range []struct{ list, want string }{
		{"县农业农村局、县（市、区）、乡（镇）、村三级", "县（市、区）、乡（镇）、村三级"},
		{"区、镇、村三级", "区、镇、村三级"},
	} {
		got := joinGroups(splitAnd(SplitUnits(c.list)))
		if got[len(got)-1] != c.want {
			t.Errorf("joinGroups(%q) = %q; want last %q", c.list, got, c.want)
		}
	}
	if got := joinGroups(splitAnd(SplitUnits("县教育局、县三级"))); len(got) != 2 {
		t.Errorf("县教育局、县三级 joined to %q", got)
	}
}
