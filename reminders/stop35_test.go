package reminders

import (
	"context"
	"testing"
)

// TestQuarterlyFromItsFirstDay: a reminder asked "every quarter from 15 February" comes on the 15th of
// every third month from February (May 15 next), not at a quarter's end.
func TestQuarterlyFromItsFirstDay(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2027-02-01 08:00")
	s, _ := newStore(t, clk.Now)
	x, first, err := s.Add(ctx, Custom{Unit: commerce, At: at("2027-02-15 09:00"), Rule: "FREQ=MONTHLY;INTERVAL=3", Text: "季报"})
	if err != nil {
		t.Fatal(err)
	}
	if x.Rule != "FREQ=MONTHLY;BYMONTH=2,5,8,11;BYMONTHDAY=15" {
		t.Errorf("rule %s", x.Rule)
	}
	if !first.At.Equal(at("2027-02-15 09:00")) {
		t.Errorf("first %s", first.At)
	}
}
