package bot

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Review 85's rules, each in its owner: the phrasing table, the date windows, the department
// glossary, the count's grouping, unknown places, the alias slips.

func TestFixrev85_ChangeOnePhrasing(t *testing.T) {
	for in, want := range map[string]string{
		"换成市财政局呢?":   "那市财政局呢?",
		"改成2027年的呢?": "那2027年的呢?",
	} {
		if got := normalizePhrasing(in); got != want {
			t.Errorf("%s: got %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"衢州方案是几号文?", "衢州方案是多少号文件?"} {
		if got := normalizePhrasing(in); !strings.Contains(got, "文号") {
			t.Errorf("%s: got %q, want 文号 asked", in, got)
		}
	}
	if got := normalizePhrasing("鹿城区方案是哪一年发布的?"); !strings.Contains(got, "什么时候发布") {
		t.Errorf("got %q, want 什么时候发布", got)
	}
}

func TestFixrev85_YearWindows(t *testing.T) {
	today := plan.NewDay(2026, 12, 5)
	for _, c := range []struct{ q, from, text string }{
		{"衢州哪些任务2025年以后到期?", "2026-01-01", "2025年以后"},
		{"衢州2026年之后到期的任务", "2027-01-01", "2026年之后"},
	} {
		from, to, text, _ := window(c.q, today)
		if from.String() != c.from || !openEnded(from, to) || text != c.text {
			t.Errorf("%s: got %s—%s %q, want from %s on, open", c.q, from, to, text, c.from)
		}
	}
	if from, _, _, _ := window("2026年后半年要做什么", today); from.String() == "2027-01-01" {
		t.Errorf("后半年 is no year after")
	}
	for _, c := range []struct{ q, from, to, text string }{
		{"2024年到期的任务有几项?", "2024-01-01", "2024-12-31", "2024年"},
		{"2023年到期的任务共多少项?", "2023-01-01", "2023-12-31", "2023年"},
	} {
		from, to, text, _ := window(c.q, today)
		if from.String() != c.from || to.String() != c.to || text != c.text {
			t.Errorf("%s: got %s—%s %q", c.q, from, to, text)
		}
	}
}

func TestFixrev85_DeptNamesInChinese(t *testing.T) {
	for in, want := range map[string]string{
		"湖州 Finance Bureau 负责哪些任务?":  "财政部门",
		"衢州 commerce bureau 牵头哪些任务?": "商务部门",
	} {
		if got := deptNamesIn(in); !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %s", in, got, want)
		}
	}
	if got := deptNamesIn("湖州市商务局负责哪些任务?"); got != "湖州市商务局负责哪些任务?" {
		t.Errorf("a question with no English changed: %q", got)
	}
}

func TestFixrev85_WhichPlace(t *testing.T) {
	e := rev85Engine(t)
	a := askIn(t, e, "Which city has the most overdue tasks?", Context{})
	first, _, _ := strings.Cut(strings.SplitN(a.Text, "\n- ", 2)[1], "\n")
	if !strings.Contains(first, "温州市鹿城区") || !strings.Contains(first, "61") {
		t.Errorf("want places ranked, 温州市鹿城区 61 first; got %q:\n%s", first, a.Text)
	}
}

func TestFixrev85_JointLeadsCounted(t *testing.T) {
	if n := jointLeads("哪些任务由两个部门共同牵头?"); n != 2 {
		t.Errorf("got %d, want 2", n)
	}
}

func TestFixrev85_TasksAndUnitsCounted(t *testing.T) {
	for _, s := range []string{"衢州方案一共多少个任务，多少个牵头单位?", "有几项任务、几个责任单位"} {
		if !reTwoCountsUnits.MatchString(s) {
			t.Errorf("%s: want two counts, tasks and units", s)
		}
	}
	if reTwoCountsUnits.MatchString("衢州方案有多少个牵头单位?") {
		t.Errorf("one count read as two")
	}
}
