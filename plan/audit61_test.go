package plan

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// audit61: findings of a review of this stop's rules (bc8517a3..346255e7, and the open branches
// fixrev86, fixq62b, fixq63b), written as failing tests on texts written for them. Nothing here is
// fixed.

// TestAudit61_GluedPartsWriteSharedMarkers — finding: gluedMarkedParts (plan/resp.go) builds its
// markers with append(listEndMarkers, "负责") for every rune of a piece; listEndMarkers is built by
// append in a loop and has room to spare (cap > len), so the append writes "负责" into the package
// slice's backing array in place, from every goroutine that parses a plan at once: a data race
// (go test -race flags it when two plans parse in parallel), and an allocation-free write into
// shared state nobody owns. The markers should be one package-level list with 负责 in it. Sure.
func TestAudit61_GluedPartsWriteSharedMarkers(t *testing.T) {
	if cap(listEndMarkers) == len(listEndMarkers) {
		t.Skip("listEndMarkers has no spare room: append copies")
	}
	spare := listEndMarkers[:len(listEndMarkers)+1]
	spare[len(listEndMarkers)] = "未动"
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gluedMarkedParts("市公安局负责市交通运输局配合")
		}()
	}
	wg.Wait()
	if got := spare[len(listEndMarkers)]; got != "未动" {
		t.Errorf("gluedMarkedParts wrote %q into listEndMarkers' backing array (shared by all goroutines)", got)
	}
}

// TestAudit61_ListedMonthsBeforeADay — finding: spellListedMonths (plan/dates.go) spells "2025年3、9月
// 15日前" as "2025年3月、9月15日前", and the 3 is then read as the end of March (03-31): a list of
// months closed by one day gives each month that day (3月15日, 9月15日), as listedMonths knows — it
// skips a list with dayAfterMonth after it; the new speller has no such check. Sure.
func TestAudit61_ListedMonthsBeforeADay(t *testing.T) {
	d := rev66Parse(t, "某市2025年安全生产检查工作方案\n\n一、重点任务\n"+
		"（一）开展季度检查。市应急管理局于2025年3、9月15日前报送检查情况。\n"+
		"（二）建立档案。市住建局于2025年12月底前建立档案信息系统。\n")
	x := rev66Task(t, d, "开展季度检查")
	var got []string
	for _, dl := range x.Deadlines {
		got = append(got, dl.Date.String())
	}
	if slices.Contains(got, "2025-03-31") || !slices.Contains(got, "2025-09-15") {
		t.Errorf("deadlines %q; want 2025-09-15 (and 2025-03-15), no 2025-03-31", got)
	}
}

// TestAudit61_GroupSectorsKeepTheirGroup — finding: sectorList (plan/parse.go), reached first for
// groupSectors, gives the group (各区, 各县（市、区）) to the first sector only: "各区农业农村、水务部门"
// is 各区农业农村部门 and a bare 水务部门 — the city's, by its name — though the plan means each
// district's water department. The same function carries a level to every sector ("区公安、应急、消防
// 部门": 区应急部门, 区消防部门); a group is not carried. (fixleftp's own test asserts the bare 水务部门.)
// Likely.
func TestAudit61_GroupSectorsKeepTheirGroup(t *testing.T) {
	for _, c := range []struct{ cand, want string }{
		{"各区农业农村、水务部门", "各区水务部门"},
		{"各县（市、区）发展改革、教育部门", "各县（市、区）教育部门"},
	} {
		us, ok := subjectUnits(c.cand)
		if !ok || !slices.Contains(us, c.want) {
			t.Errorf("%s: units %q; want %q among them", c.cand, us, c.want)
		}
	}
}

// TestAudit61_BeforeAutumn — finding (branch fixrev86, seasonEnds in plan/dates.go): seasonDone reads
// "秋季前完成" (before autumn) as due by autumn's end, 30 November, as it reads "秋季完成"; 前 after a
// season is before it begins. On main no season is read at all ("2025年秋季前" is no deadline, or
// the year's end). Sure.
func TestAudit61_BeforeAutumn(t *testing.T) {
	ds := parseDeadlinesIn("各区于2025年秋季前完成退化林修复。", 2025)
	var got []string
	for _, d := range ds {
		got = append(got, d.Date.String())
	}
	ok := slices.ContainsFunc(ds, func(d Deadline) bool { return d.Date.Month <= 9 && d.Date.Year == 2025 })
	if !ok || slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "2025-11") || strings.HasPrefix(s, "2025-12") }) {
		t.Errorf("deadlines %q; want one by the start of autumn 2025 (no later than September), none in November or December", got)
	}
}
