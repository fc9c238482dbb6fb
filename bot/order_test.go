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

func TestOwnOrdinal(t *testing.T) {
	tt := []struct {
		name, s string
		want    bool
	}{
		{"a numbered clause", "1.地区生产总值增长5%以上", true},
		{"spaces first", " \t2、固定资产投资", true},
		{"a Chinese ordinal in brackets", "（二）公共财政收入", true},
		{"ASCII brackets", "(3)外贸进出口", true},
		{"no number", "地区生产总值增长5%以上", false},
		{"a year, not an ordinal", "2025年底前完成", false},
		{"empty", "", false},
		{"a full-width digit", "１.增长", false},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			if got, re := ownOrdinal(tc.s), reOwnOrdinal.MatchString(tc.s); got != tc.want || re != tc.want {
				t.Errorf("ownOrdinal(%q) = %v, the regexp says %v; want %v", tc.s, got, re, tc.want)
			}
		})
	}
}

func TestSafeguard(t *testing.T) {
	tt := []struct {
		name, s string
		want    bool
	}{
		{"保障措施", "五、保障措施", true},
		{"工作机制", "（三）建立工作机制", true},
		{"组织领导", "加强组织领导", true},
		{"工作要求", "四、工作要求", true},
		{"实施保障", "实施保障", true},
		{"推进机制", "完善推进机制", true},
		{"保障 alone", "保障民生", false},
		{"组织 alone", "组织开展", false},
		{"a task's heading", "二、主要任务", false},
		{"empty", "", false},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			if got, re := safeguard(tc.s), reSafeguard.MatchString(tc.s); got != tc.want || re != tc.want {
				t.Errorf("safeguard(%q) = %v, the regexp says %v; want %v", tc.s, got, re, tc.want)
			}
		})
	}
}
