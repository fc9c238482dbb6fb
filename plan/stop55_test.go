package plan

import "testing"

// TestAuditMisfires: words that begin as a date's end or a finish verb does but are words of their
// own: a line "前期准备阶段" after one ending in "12月" is no "12月前", and 建成区 is a place, not work
// pledged to be finished on a day.
func TestAuditMisfires(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		want       bool
	}{
		{"实施时间为2024年1月至2025年12月", "前期准备阶段（2024年1月至3月）", false},
		{"实施时间为2024年1月至2025年12月", "底数清查同步开展", false},
		{"各乡镇于10月", "底前完成自查", true},
		{"全部工程于2025年6月", "前完成验收", true},
	} {
		if got := dateRunsOn(c.prev, c.next); got != c.want {
			t.Errorf("dateRunsOn(%q, %q) = %v, want %v", c.prev, c.next, got, c.want)
		}
	}
	if assuredDone("各部门要确保", "国庆期间建成区道路畅通") {
		t.Errorf("建成区 read as work finished on the day")
	}
	if !assuredDone("各部门要确保", "建成投用") {
		t.Errorf("确保…建成投用 is pledged work")
	}
}
