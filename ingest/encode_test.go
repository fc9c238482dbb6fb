package ingest

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestEncodeKeepsThePeriod: a stored parse keeps the plan's period, so that a replica reading it
// from the plan store knows when the plan ends (its lifecycle) as the parser did.
func TestEncodeKeepsThePeriod(t *testing.T) {
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		b, err := EncodeDoc(d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeDoc(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.Period != d.Period || got.PeriodQuote != d.PeriodQuote {
			t.Errorf("%s: period %s %q after storing, want %s %q", d.ID, got.Period, got.PeriodQuote, d.Period, d.PeriodQuote)
		}
		if !d.Period.IsZero() {
			n++
		}
	}
	if n == 0 {
		t.Error("no seed states a period")
	}
}
