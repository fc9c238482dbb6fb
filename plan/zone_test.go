package plan

import (
	"testing"
	"time"
)

// TestSetZone: DUTYBOT_TIMEZONE reaches every Day: the day an instant falls on, and the instant a
// day's hour is.
func TestSetZone(t *testing.T) {
	instant := time.Date(2026, 1, 1, 20, 0, 0, 0, time.UTC) // already 2 January in Shanghai
	tests := []struct {
		name string
		loc  *time.Location
		day  string
		nine string
	}{
		{"the default, Asia/Shanghai", nil, "2026-01-02", "2026-01-02T01:00:00Z"},
		{"UTC", time.UTC, "2026-01-01", "2026-01-02T09:00:00Z"},
	}
	t.Cleanup(func() { SetZone(nil) })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			SetZone(tt.loc)
			if got := DayOf(instant).String(); got != tt.day {
				t.Errorf("DayOf = %s, want %s", got, tt.day)
			}
			if got := NewDay(2026, 1, 2).Time(9, 0).UTC().Format(time.RFC3339); got != tt.nine {
				t.Errorf("Time(9, 0) = %s, want %s", got, tt.nine)
			}
		})
	}
}
