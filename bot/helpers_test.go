package bot

import (
	"context"
	"fmt"
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

// textIndex parses one plan's text and indexes it alone.
func textIndex(t testing.TB, texts ...string) *retrieval.Index {
	t.Helper()
	var docs []*plan.Document
	for i, text := range texts {
		name := "s.txt"
		if i > 0 {
			name = fmt.Sprintf("s%d.txt", i+1)
		}
		d, err := plan.ParseText(name, text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return ix
}

// fixedClock is an injected clock.
func fixedClock(day string) func() time.Time {
	d, err := plan.ParseDay(day)
	if err != nil {
		panic(err)
	}
	return func() time.Time { return d.Time(9, 0) }
}

// askIn asks s on 2026-12-05 in the conversation ctx.
func askIn(t testing.TB, e *Engine, s string, ctx Context) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-05")(), Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// askChain asks qs in one conversation on 2026-12-05 and returns the last answer.
func askChain(t *testing.T, e *Engine, qs ...string) Answer {
	t.Helper()
	var a Answer
	for _, s := range qs {
		a = askIn(t, e, s, a.Context)
	}
	return a
}
