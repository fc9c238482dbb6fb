package reminders

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

func TestDue(t *testing.T) {
	docs := []*plan.Document{testDoc()}
	done := func(task string, u plan.UnitRef) bool { return task == "aaaa0001:1" && u == commerce }
	tests := []struct {
		name  string
		today string
		f     DueFilter
		want  []string
	}{
		{"a week ahead", "2026-11-25", DueFilter{Within: 7}, []string{
			"upcoming 2026-12-01 by 市商务局", "upcoming 2026-12-01 by 市发改委"}},
		{"a month ahead, recurring included", "2026-11-25", DueFilter{Within: 30}, []string{
			"upcoming 2026-12-01 by 市商务局", "upcoming 2026-12-01 by 市发改委", "upcoming 2026-12-10 recurring 市统计局"}},
		{"recurring due today", "2026-12-10", DueFilter{Within: 0}, []string{
			"overdue 2026-12-01 by 市商务局", "overdue 2026-12-01 by 市发改委", "upcoming 2026-12-10 recurring 市统计局"}},
		{"past is overdue, never upcoming", "2026-12-02", DueFilter{Within: 3}, []string{
			"overdue 2026-12-01 by 市商务局", "overdue 2026-12-01 by 市发改委"}},
		{"one unit", "2026-12-02", DueFilter{Within: 30, Units: []plan.UnitRef{reform}}, []string{
			"overdue 2026-12-01 by 市发改委"}},
		{"done left out", "2026-12-02", DueFilter{Within: 3, Done: done}, []string{
			"overdue 2026-12-01 by 市发改委"}},
		{"other city", "2026-12-02", DueFilter{Within: 30, City: "湖州市"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range Due(docs, day(tt.today), tt.f) {
				got = append(got, fmt.Sprintf("%s %s %s %s", it.Status, it.Date, it.Kind, it.Unit))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}
