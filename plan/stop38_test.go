package plan

import (
	"strings"
	"testing"
)

// TestStop38UndatedLimitKept: a time label no date can be made of ("整改时限：3天", "立行立改") stays in
// the task's words; one that gives a date becomes a deadline and is not repeated.
func TestStop38UndatedLimitKept(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		dates            int
	}{
		{"days after a notice", "1. 市科技馆\n（1）灭火器过期未更换；\n问题整改责任单位：市科技馆 整改时限：3天\n", "时限：3天", 0},
		{"at once", "1.清理占道经营。（责任单位：区城管局；完成时限：立行立改）\n", "时限：立行立改", 0},
		{"a date", "1.清理占道经营。（责任单位：区城管局；完成时限：2025年6月底前）\n", "", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) == 0 {
				t.Fatalf("parse: %v, %d tasks", err, len(d.Tasks))
			}
			tk := d.Tasks[0]
			if c.want != "" && !strings.Contains(tk.Text, c.want) {
				t.Errorf("text %q lacks %q", tk.Text, c.want)
			}
			if c.want == "" && strings.Contains(tk.Text, "\n时限：") {
				t.Errorf("text %q repeats a limit its deadline holds", tk.Text)
			}
			if len(tk.Deadlines) != c.dates {
				t.Errorf("deadlines %v, want %d", tk.Deadlines, c.dates)
			}
		})
	}
}
