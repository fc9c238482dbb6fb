package duties

import (
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
)

func TestRows(t *testing.T) {
	doc := testDoc()
	doneAt := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		today  string
		states map[TaskUnit]ShareState
		// want is colour per "task|unit" for the rows of the plan, in order.
		want []string
		due  string // the first row's 完成时限
	}{
		{"on track a month ahead", "2026-11-01", nil,
			[]string{"aaaa0001:1|市商务局 green", "aaaa0001:1|市发改委 green", "aaaa0001:2|市统计局 green"}, "2026年12月1日前"},
		{"within a week is yellow", "2026-11-25", nil,
			[]string{"aaaa0001:1|市商务局 yellow", "aaaa0001:1|市发改委 yellow", "aaaa0001:2|市统计局 green"}, "2026年12月1日前"},
		{"overdue is red unless done", "2026-12-02",
			map[TaskUnit]ShareState{{"aaaa0001:1", commerce}: {DoneAt: doneAt, DoneBy: "U1"}},
			[]string{"aaaa0001:1|市商务局 green", "aaaa0001:1|市发改委 red", "aaaa0001:2|市统计局 green"}, "2026年12月1日前"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := Rows(Of([]*plan.Document{doc}), day(tt.today), tt.states)
			var got []string
			for _, r := range rows {
				got = append(got, r.Task.ID+"|"+r.Unit.Name+" "+r.Colour)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("rows = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("row %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
			if rows[0].Due() != tt.due {
				t.Errorf("Due() = %q, want %q", rows[0].Due(), tt.due)
			}
			// Every row's colour is Light's for its decisive deadline: one computation.
			for _, r := range rows {
				if c, _ := Light(r.Deadline, r.State.DoneAt, day(tt.today)); c != r.Colour {
					t.Errorf("%s: colour %s, Light says %s", r.Share(), r.Colour, c)
				}
			}
			tally := Count(rows)
			if tally.Total() != len(rows) {
				t.Errorf("tally %+v counts %d rows, want %d", tally, tally.Total(), len(rows))
			}
		})
	}
}

func TestSelect(t *testing.T) {
	rows := Rows(Of([]*plan.Document{testDoc()}), day("2026-11-01"), nil)
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"no filter", Filter{}, 3},
		{"one unit", Filter{Units: []plan.UnitRef{commerce}}, 1},
		{"a city", Filter{City: "衢州市"}, 3},
		{"another city", Filter{City: "温州市"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(Select(rows, tt.f)); got != tt.want {
				t.Errorf("Select = %d rows, want %d", got, tt.want)
			}
		})
	}
}
