package plan

import (
	"slices"
	"testing"
)

// TestSectionPath: a heading path becomes a Section in one place (joinSection) and Task.Path gives
// the headings back, a heading that holds the separator included.
func TestSectionPath(t *testing.T) {
	for _, tc := range []struct {
		name string
		path []string
		want []string // what Path gives back; path when nil
	}{
		{"no heading", nil, nil},
		{"one heading", []string{"一、重点任务"}, nil},
		{"nested headings", []string{"二、重点任务", "(一)推进消费", "1.提振汽车消费"}, nil},
		{"a heading holding the separator", []string{"首页 > 政务公开", "一、重点任务"}, []string{"首页 ＞ 政务公开", "一、重点任务"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == nil {
				want = tc.path
			}
			task := Task{Section: joinSection(tc.path)}
			if got := task.Path(); !slices.Equal(got, want) {
				t.Errorf("Path() = %q, want %q (Section %q)", got, want, task.Section)
			}
			if len(want) > 0 && TopSection(task.Section) != want[0] {
				t.Errorf("TopSection(%q) = %q, want %q", task.Section, TopSection(task.Section), want[0])
			}
		})
	}
}
