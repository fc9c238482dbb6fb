package app

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/seeds"
	"github.com/dutybot/dutybot/supervision"
)

// benchPlans is how many generated plans the ledger benchmarks follow.
const benchPlans = 1000

// scaleApp is an App on the test's Redis whose reminder store follows benchPlans plans generated
// from the seeds (internal/plangen), as of 2026-11-22, with every twentieth share marked done.
func scaleApp(b *testing.B) (*App, *reminders.Store) {
	b.Helper()
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := plangen.Generate(base, benchPlans, 1)
	a, now := ledgerApp(b)
	ctx := context.Background()
	store := a.ReminderStore()
	t0 := time.Now()
	if _, err := store.Follow(ctx, docs); err != nil {
		b.Fatal(err)
	}
	rows, err := store.Ledger(ctx, plan.DayOf(now))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < len(rows); i += 20 {
		// A unit a recurring duty names but the task does not cannot mark it: skip those.
		err := store.MarkDone(ctx, reminders.Change{Task: rows[i].Task.ID, Unit: rows[i].Unit, By: "UBENCH"})
		if err != nil && !errors.Is(err, reminders.ErrRefused) {
			b.Fatal(err)
		}
	}
	b.Logf("%d plans, %d rows of the ledger, followed and marked in %s", len(docs), len(rows), time.Since(t0).Round(time.Millisecond))
	return a, store
}

// BenchmarkReport1000Plans is `dutybot report` at 1,000 plans: the ledger read from Redis, then
// the workbook written (a 汇总 and 1,000 sheets).
func BenchmarkReport1000Plans(b *testing.B) {
	a, store := scaleApp(b)
	ctx := context.Background()
	var buf bytes.Buffer
	b.ResetTimer()
	for b.Loop() {
		rows, err := store.Ledger(ctx, plan.DayOf(a.Now()))
		if err != nil {
			b.Fatal(err)
		}
		buf.Reset()
		if err := supervision.Workbook(&buf, rows, supervision.Options{Now: a.Now()}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(rows)), "rows")
		b.ReportMetric(float64(buf.Len())/(1<<20), "MiB")
	}
}

// BenchmarkBoard1000Plans is one request of /board at 1,000 plans through serve's public routes:
// the link checked, the ledger read from Redis, the page rendered.
func BenchmarkBoard1000Plans(b *testing.B) {
	a, store := scaleApp(b)
	mux := a.publicMux(nil, a.BoardHandler(store), http.NotFoundHandler())
	link, _, err := a.BoardLink()
	if err != nil {
		b.Fatal(err)
	}
	want := 0
	b.ResetTimer()
	for b.Loop() {
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, link, nil))
		if w.Code != http.StatusOK {
			b.Fatalf("status %d: %s", w.Code, w.Body.String())
		}
		want = w.Body.Len()
	}
	b.ReportMetric(float64(want)/1024, "KiB/page")
}
