package slackapp

import (
	"testing"
)

// TestDueWindowIsCapped: /dutybot due with a window past reminders.MaxDays, in any unit, is
// refused with a sentence; a window within it is the days asked for.
func TestDueWindowIsCapped(t *testing.T) {
	h := start(t, nil)
	for _, tc := range []struct {
		name, text string
		refused    bool
	}{
		{"bare number past int", "9999999999999999999999", true},
		{"days past the cap", "36601天", true},
		{"weeks past the cap", "5229周", true},
		{"months past the cap", "1300个月", true},
		{"a number that wraps when made weeks", "2635249153387078803w", true},
		{"ninety days", "90天", false},
		{"the cap", "36600", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, why := dueCommand(h.app, tc.text)
			if (why != "") != tc.refused {
				t.Fatalf("/dutybot due %s: why %q; want refused=%v", tc.text, why, tc.refused)
			}
			if !tc.refused && (req.query == nil || req.query.To < req.query.From) {
				t.Errorf("/dutybot due %s: window %+v", tc.text, req.query)
			}
		})
	}
}

// TestRemindDateAndTimeAreReadWhole: the date and time of /dutybot remind are each read as far as
// their digits go, and a shape other than YYYY-MM-DD and HH:MM is unreadable, not read in part.
func TestRemindDateAndTimeAreReadWhole(t *testing.T) {
	for _, tc := range []struct {
		name, text, date, time string
		ok                     bool
	}{
		{"date and time", "衢州 市商务局 2026-12-01 09:30 报送", "2026-12-01", "09:30", true},
		{"date alone", "衢州 市商务局 2026-12-1 报送", "2026-12-1", "", true},
		{"time with seconds", "市商务局 2026-12-01 23:59:59 报送", "2026-12-01", "23:59:59", false},
		{"five-digit year", "市商务局 20261-12-01 报送", "20261-12-01", "", false},
		{"three-digit day", "市商务局 2026-12-011 报送", "2026-12-011", "", false},
		{"a fourth part", "市商务局 2026-12-01-02 报送", "2026-12-01-02", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := whenRE.FindStringSubmatch(tc.text)
			if m == nil || m[1] != tc.date || m[2] != tc.time {
				t.Fatalf("whenRE on %q: %q; want date %q time %q", tc.text, m, tc.date, tc.time)
			}
			ok := dateShape.MatchString(m[1]) && (m[2] == "" || timeShape.MatchString(m[2]))
			if ok != tc.ok {
				t.Errorf("%q: readable=%v; want %v", tc.text, ok, tc.ok)
			}
		})
	}
}
