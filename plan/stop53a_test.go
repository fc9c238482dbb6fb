package plan

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/scaling"
)

// TestManyDutiesInOneSentenceGrowLinearly: one sentence of many recurring duties and no full stop
// ("…，每月10日前报送，每月10日前报送，…", a table flattened into one line, or a hostile file) read each
// duty's sentence back to its start and matched the season pattern over all of it (seasons in
// dates.go, lastSentence): 1,000 duties (22 KB) took 19 s, over the sandbox's budget, so the file was
// refused as too long. Now the sentence is read back at most sentenceReach bytes and the season
// pattern only over the sentence's last characters: 0.24 s. Every duty is still read.
func TestManyDutiesInOneSentenceGrowLinearly(t *testing.T) {
	SkipUnderRace(t)
	item := func(n int) string { return "1.推进建设" + strings.Repeat("，每月10日前报送", n) + "。\n" }
	d := rev66Parse(t, formHead+item(40))
	if len(d.Tasks) != 1 || len(d.Tasks[0].Recurring) == 0 {
		t.Fatalf("want one task with its monthly duty:%s", rev59Dump(d))
	}
	if g := scaling.Growth(func(n int) { _, _ = ParseText("duties.txt", formHead+item(n), Options{}) }, 100, 4, 3); g > maxGrowth {
		t.Errorf("a sentence of 400 duties costs %.1f times one of 100 (linear: 4, square: 16)", g)
	}
}

// TestSectorWithAndWithoutDepartment: within one plan a sector written "财政部门" in one place and
// "财政" in another ("财政、城乡建设等部门") is one unit; a group or kind of departments is not folded.
func TestSectorWithAndWithoutDepartment(t *testing.T) {
	n := Normalizer{Aliases: DefaultAliases(), City: "某市"}
	for _, tc := range []struct{ a, b string }{
		{"财政部门", "财政"},
		{"城乡建设部门", "城乡建设"},
	} {
		if n.Unit(tc.a) != n.Unit(tc.b) {
			t.Errorf("Unit(%q) = %q, Unit(%q) = %q: want one unit", tc.a, n.Unit(tc.a), tc.b, n.Unit(tc.b))
		}
	}
	for _, group := range []string{"各有关部门", "相关职能部门", "行业主管部门"} {
		if got := n.Unit(group); !strings.HasSuffix(got, "部门") {
			t.Errorf("Unit(%q) = %q: a group of departments keeps 部门", group, got)
		}
	}
}
