package app

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// TestMonthlyReportOnceAcrossReplicas: two replicas look every minute; the month's report goes out
// once, not before its moment, again after a failed send, and again next month.
func TestMonthlyReportOnceAcrossReplicas(t *testing.T) {
	a, _ := ledgerApp(t)
	now := time.Date(2026, 11, 25, 8, 59, 0, 0, plan.Shanghai)
	sent, fail := 0, false
	send := func(context.Context) error {
		if fail {
			return errors.New("slack down")
		}
		sent++
		return nil
	}
	at, err := reminders.ParseMonthly("monthly 25 09:00")
	if err != nil {
		t.Fatal(err)
	}
	var replicas []*monthlyReport
	for range 2 {
		store := reminders.NewStore(a.Redis(), reminders.StoreOptions{Prefix: a.Config.RedisPrefix, Now: func() time.Time { return now }})
		replicas = append(replicas, &monthlyReport{at: at, store: store, send: send, now: func() time.Time { return now }, log: slog.New(slog.DiscardHandler)})
	}
	steps := []struct {
		name string
		at   time.Time
		fail bool
		want int // reports sent so far
	}{
		{"a minute before", now, false, 0},
		{"its moment, Slack down", now.Add(time.Minute), true, 0},
		{"a minute later", now.Add(2 * time.Minute), false, 1},
		{"later that month", now.Add(72 * time.Hour), false, 1},
		{"next month", time.Date(2026, 12, 25, 9, 0, 0, 0, plan.Shanghai), false, 2},
	}
	ctx := context.Background()
	for _, st := range steps {
		now, fail = st.at, st.fail
		for _, r := range replicas {
			r.tick(ctx)
		}
		if sent != st.want {
			t.Errorf("%s: %d sent, want %d", st.name, sent, st.want)
		}
	}
}
