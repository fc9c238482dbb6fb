package reminders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

func TestCalendarWorkdays(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct {
		day     string
		workday bool
	}{
		{"2026-10-01", false}, // 国庆节, Thursday
		{"2026-10-07", false},
		{"2026-10-08", true},  // back at work
		{"2026-10-10", true},  // Saturday worked (调休)
		{"2026-09-20", true},  // Sunday worked
		{"2026-02-14", true},  // Saturday worked before 春节
		{"2026-02-16", false}, // 春节, Monday
		{"2026-02-23", false},
		{"2026-02-24", true},
		{"2026-01-02", false},
		{"2026-01-04", true},
		{"2025-01-26", true}, // 2025 Sunday worked
		{"2025-10-08", false},
		{"2025-10-11", true},
		{"2026-11-21", false}, // plain Saturday
		{"2026-11-23", true},  // plain Monday
		{"2027-01-01", false}, // 元旦 2027
		{"2028-01-03", true},  // 2028 not in the file yet: only weekends count (a Monday)
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			if got := c.IsWorkday(day(tt.day)); got != tt.workday {
				t.Errorf("IsWorkday(%s) = %v, want %v", tt.day, got, tt.workday)
			}
		})
	}
}

func TestCalendarWorkdayOnOrBefore(t *testing.T) {
	c := DefaultCalendar()
	tests := []struct{ in, want string }{
		{"2026-10-05", "2026-09-30"}, // 国庆 → the Wednesday before
		{"2026-02-20", "2026-02-14"}, // 春节 → the worked Saturday
		{"2026-11-22", "2026-11-20"}, // Sunday → Friday
		{"2026-11-23", "2026-11-23"},
		{"2026-01-03", "2025-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := c.WorkdayOnOrBefore(day(tt.in)); got != day(tt.want) {
				t.Errorf("WorkdayOnOrBefore(%s) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestCalendarYearsAndExtension(t *testing.T) {
	c := DefaultCalendar()
	if !c.Covers(2025) || !c.Covers(2026) || !c.Covers(2027) || c.Covers(2028) {
		t.Fatalf("years = %v, want 2025 to 2027", c.Years())
	}
	path := filepath.Join(t.TempDir(), "2028.txt")
	extra := "# 2028, as a user would add it\n2028-01-01 holiday 元旦\n2028-01-25..2028-02-01 holiday 春节\n2028-01-23 workday 春节调休\n"
	if err := os.WriteFile(path, []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := LoadCalendar(path)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Covers(2028) || c.IsWorkday(day("2028-01-01")) || !c.IsWorkday(day("2028-01-23")) || c.IsWorkday(day("2028-01-26")) {
		t.Errorf("extension not applied: years %v", c.Years())
	}
	if c.IsWorkday(day("2026-10-01")) {
		t.Error("extension lost the shipped days")
	}
}

func TestParseCalendarErrors(t *testing.T) {
	for _, in := range []string{
		"2026-13-01 holiday x",
		"2026-01-01 vacation x",
		"2026-01-01",
		"2026-02-10..2026-02-01 holiday backwards",
	} {
		if _, err := ParseCalendar(strings.NewReader(in)); err == nil {
			t.Errorf("ParseCalendar(%q) accepted it", in)
		}
	}
}

func TestShippedCalendarYearShape(t *testing.T) {
	// Each shipped year has the seven festivals' days off: 元旦 1+, 春节 8+, 清明 3, 劳动 5, 端午 3, 国庆 7+.
	c := DefaultCalendar()
	for _, y := range c.Years() {
		off := 0
		for d := plan.NewDay(y, 1, 1); d.Year == y; d = d.AddDays(1) {
			if name, ok := c.off[d]; ok && name != "" {
				off++
			}
		}
		if off < 27 || off > 33 {
			t.Errorf("%d has %d holidays; a State Council year has about 28-32", y, off)
		}
	}
}
