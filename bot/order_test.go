package bot

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

func TestSortLedger(t *testing.T) {
	a := &plan.Document{ID: "a", Tasks: []plan.Task{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}}}
	b := &plan.Document{ID: "b", Tasks: []plan.Task{{ID: "b1"}, {ID: "b2"}}}
	gone := &plan.Document{ID: "gone", Tasks: []plan.Task{{ID: "g1"}}}
	order := map[*plan.Document]int{a: 0, b: 3}
	ref := func(d *plan.Document, i int) retrieval.TaskRef { return retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]} }
	tt := []struct {
		name string
		in   []retrieval.TaskRef
		want []string
	}{
		{"empty", nil, nil},
		{"plan order, then task order", []retrieval.TaskRef{ref(b, 1), ref(a, 2), ref(b, 0), ref(a, 0)}, []string{"a1", "a3", "b1", "b2"}},
		{"a plan not in the ledger with the first task, stably", []retrieval.TaskRef{ref(a, 1), ref(gone, 0), ref(a, 0)}, []string{"g1", "a1", "a2"}},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			xs := slices.Clone(tc.in)
			sortLedger(order, xs, func(r retrieval.TaskRef) retrieval.TaskRef { return r })
			var got []string
			for _, r := range xs {
				got = append(got, r.Task.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestRegexpGuards checks that the cheap tests run before two regexps agree with the regexps.
func TestRegexpGuards(t *testing.T) {
	ordinal := func(s string) (bool, bool) { return ownOrdinal(s), reOwnOrdinal.MatchString(s) }
	heading := func(s string) (bool, bool) { return safeguard(s), reSafeguard.MatchString(s) }
	tt := []struct {
		name, s string
		guarded func(string) (guard, re bool)
		want    bool
	}{
		{"a numbered clause", "1.地区生产总值增长5%以上", ordinal, true},
		{"spaces first", " \t2、固定资产投资", ordinal, true},
		{"a Chinese ordinal in brackets", "（二）公共财政收入", ordinal, true},
		{"ASCII brackets", "(3)外贸进出口", ordinal, true},
		{"no number", "地区生产总值增长5%以上", ordinal, false},
		{"a year, not an ordinal", "2025年底前完成", ordinal, false},
		{"no clause", "", ordinal, false},
		{"a full-width digit", "１.增长", ordinal, false},
		{"保障措施", "五、保障措施", heading, true},
		{"工作机制", "（三）建立工作机制", heading, true},
		{"组织领导", "加强组织领导", heading, true},
		{"工作要求", "四、工作要求", heading, true},
		{"实施保障", "实施保障", heading, true},
		{"推进机制", "完善推进机制", heading, true},
		{"保障 alone", "保障民生", heading, false},
		{"组织 alone", "组织开展", heading, false},
		{"a task's heading", "二、主要任务", heading, false},
		{"no heading", "", heading, false},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			if got, re := tc.guarded(tc.s); got != tc.want || re != tc.want {
				t.Errorf("%q: guarded %v, the regexp alone %v; want %v", tc.s, got, re, tc.want)
			}
		})
	}
}
