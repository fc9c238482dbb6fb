package reminders

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// TestLedgerReadsStatesKeptBeforeTheIndex: a done mark kept before the stated set existed (its state
// hash written alone) is on the ledger, and so is one made after.
func TestLedgerReadsStatesKeptBeforeTheIndex(t *testing.T) {
	clk := newClock("2026-11-25 10:00")
	s, rdb := newStore(t, clk.Now)
	ctx := context.Background()
	if _, err := s.Follow(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	commerce := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	reform := plan.UnitRef{City: "衢州市", Name: "市发改委"}
	old := s.sh(s.unitShard(commerce)).State("aaaa0001:1", commerce.City, commerce.Name)
	if err := rdb.HSet(ctx, old, "done_at", strconv.FormatInt(clk.Now().UnixMilli(), 10), "done_by", "UOLD").Err(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		mark *Change
		done map[plan.UnitRef]bool
	}{
		{"a state kept before the index", nil, map[plan.UnitRef]bool{commerce: true, reform: false}},
		{"a mark made after", &Change{Task: "aaaa0001:1", Unit: reform, By: "UNEW"}, map[plan.UnitRef]bool{commerce: true, reform: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.mark != nil {
				if err := s.MarkDone(ctx, *tt.mark); err != nil {
					t.Fatal(err)
				}
			}
			rows, err := s.Ledger(ctx, plan.DayOf(clk.Now()))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if want, ok := tt.done[r.Unit]; ok && r.Task.ID == "aaaa0001:1" && r.Done() != want {
					t.Errorf("%s done = %v, want %v", r.Unit, r.Done(), want)
				}
				if c, _ := duties.Light(r.Deadline, r.State.DoneAt, plan.DayOf(clk.Now())); c != r.Colour {
					t.Errorf("%s: colour %s, Light says %s", r.Share(), r.Colour, c)
				}
			}
		})
	}
}

func TestParseMonthly(t *testing.T) {
	tests := []struct {
		name, in string
		want     Monthly
		err      bool
	}{
		{"off", "off", Monthly{}, false},
		{"empty", "", Monthly{}, false},
		{"a day and a time", "monthly 25 09:00", Monthly{Day: 25, Hour: 9}, false},
		{"no time", "monthly 25", Monthly{}, true},
		{"day 0", "monthly 0 09:00", Monthly{}, true},
		{"day 32", "monthly 32 09:00", Monthly{}, true},
		{"weekly", "mon 09:00", Monthly{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseMonthly(tt.in)
			if (err != nil) != tt.err || got != tt.want {
				t.Errorf("ParseMonthly(%q) = %+v, %v", tt.in, got, err)
			}
		})
	}
}

func TestMonthlyIn(t *testing.T) {
	m := Monthly{Day: 31, Hour: 9}
	tests := []struct {
		name string
		now  time.Time
		want string
	}{
		{"a month of 31 days", time.Date(2026, 12, 2, 0, 0, 0, 0, plan.Shanghai), "2026-12-31 09:00"},
		{"February: its last day", time.Date(2027, 2, 10, 0, 0, 0, 0, plan.Shanghai), "2027-02-28 09:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := m.In(tt.now).Format("2006-01-02 15:04"); got != tt.want {
				t.Errorf("In = %s, want %s", got, tt.want)
			}
		})
	}
}
