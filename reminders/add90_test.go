package reminders

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestAddRefusesWhatCannotBeDelivered: a reminder's text longer than a nudge carries whole, and a
// task no followed plan has, are refused when the reminder is set; a task named by its number in
// the unit's city is stored by its id.
func TestAddRefusesWhatCannotBeDelivered(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		c        Custom
		wantErr  func(error) bool
		wantTask string
	}{
		{"text one character too long", Custom{Unit: commerce, Text: strings.Repeat("报", MaxTextRunes+1)},
			func(err error) bool { return errors.Is(err, ErrTextTooLong) }, ""},
		{"text at the limit", Custom{Unit: commerce, Text: strings.Repeat("报", MaxTextRunes)}, nil, ""},
		{"a task id no plan has", Custom{Unit: commerce, TaskID: "bbbb0002:1", Text: "材料"},
			func(err error) bool { var te *TaskError; return errors.As(err, &te) && te.Reason == RefuseUnknownTask }, ""},
		{"a task by its id", Custom{Unit: commerce, TaskID: "aaaa0001:1", Text: "材料"}, nil, "aaaa0001:1"},
		{"a task by its number in the unit's city", Custom{Unit: commerce, TaskID: "2", Text: "材料"}, nil, "aaaa0001:2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newStore(t, newClock("2026-11-20 08:00").Now)
			if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
				t.Fatal(err)
			}
			tc.c.At, tc.c.Creator = at("2026-11-25 09:00"), "U1"
			x, _, err := s.Add(ctx, tc.c)
			switch {
			case tc.wantErr != nil && !tc.wantErr(err):
				t.Errorf("Add: err %v; want the refusal", err)
			case tc.wantErr == nil && err != nil:
				t.Errorf("Add: %v", err)
			case tc.wantErr == nil && x.TaskID != tc.wantTask:
				t.Errorf("Add: task %q; want %q", x.TaskID, tc.wantTask)
			}
		})
	}
}

// TestExtensionRule: an extension asks for a day after today, with a reason; the store refuses
// the others before anything is written, for every front end.
func TestExtensionRule(t *testing.T) {
	today := plan.NewDay(2026, 11, 20)
	for _, tc := range []struct {
		name   string
		to     plan.Day
		reason string
		want   error
	}{
		{"tomorrow, with a reason", today.AddDays(1), "等待批复", nil},
		{"today", today, "等待批复", ErrExtensionDay},
		{"a day past", plan.NewDay(2020, 1, 1), "等待批复", ErrExtensionDay},
		{"no day", plan.Day{}, "等待批复", ErrExtensionDay},
		{"a reason of blanks", today.AddDays(30), " \u3000 ", ErrExtensionReason},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckExtension(today, tc.to, tc.reason); !errors.Is(err, tc.want) || (tc.want == nil && err != nil) {
				t.Errorf("CheckExtension(%s, %q) = %v; want %v", tc.to, tc.reason, err, tc.want)
			}
		})
	}
}

// TestParseDaysCap: a number of days past MaxDays (or too long to be a number) is refused, never
// overflowed into a negative window.
func TestParseDaysCap(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     int
		ok       bool
	}{
		{"days", "30d", 30, true},
		{"weeks", "2w", 14, true},
		{"the cap", "36600d", MaxDays, true},
		{"weeks past the cap", "5229w", 0, false},
		{"past int", "9999999999999999999999d", 0, false},
		{"huge weeks that would wrap", "2635249153387078803w", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := ParseDays(tc.in)
			if (err == nil) != tc.ok || (tc.ok && n != tc.want) {
				t.Errorf("ParseDays(%q) = %d, %v; want %d ok=%v", tc.in, n, err, tc.want, tc.ok)
			}
		})
	}
}
