package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

var (
	seedOnce sync.Once
	seedIx   *retrieval.Index
	seedErr  error
)

// seedIndex parses the embedded seed plans and indexes them once per test binary.
func seedIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	seedOnce.Do(func() {
		docs, err := seeds.Load(plan.Options{})
		if err != nil {
			seedErr = err
			return
		}
		seedIx, seedErr = retrieval.Open(retrieval.Options{})
		if seedErr == nil {
			_, seedErr = seedIx.Build(context.Background(), docs)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedIx
}

// fixedClock is an injected clock.
func fixedClock(day string) func() time.Time {
	d, err := plan.ParseDay(day)
	if err != nil {
		panic(err)
	}
	return func() time.Time { return d.Time(9, 0) }
}
