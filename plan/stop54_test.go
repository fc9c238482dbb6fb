package plan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/scaling"
)

// TestManyYearsInOneTextGrowLinearly: parseDeadlines reads each year's phrase within dateReach bytes
// either side of it, so a text of thousands of dated clauses (a flattened schedule, a hostile file)
// costs in proportion to its length; read whole for each year it would grow with the square. Every
// clause is still read.
func TestManyYearsInOneTextGrowLinearly(t *testing.T) {
	SkipUnderRace(t)
	text := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%d年%d月底前完成第%d项工作，", 2000+i%30, 1+i%12, i+1)
		}
		return b.String()
	}
	var got []string
	for _, d := range ParseDeadlines(text(3)) {
		got = append(got, d.Date.String())
	}
	if want := "2000-01-31 2001-02-28 2002-03-31"; strings.Join(got, " ") != want {
		t.Errorf("three dated clauses read as %q, want %q", got, want)
	}
	if g := scaling.Growth(func(n int) { _ = ParseDeadlines(text(n)) }, 300, 4, 3); g > maxGrowth {
		t.Errorf("1,200 dated clauses cost %.1f times 300 (linear: 4, square: 16)", g)
	}
}
