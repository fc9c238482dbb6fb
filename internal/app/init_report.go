package app

import (
	"context"
	"log/slog"
	"time"

	"github.com/dutybot/dutybot/reminders"
)

// reportEvery is how often serve looks whether the month's report is due.
const reportEvery = time.Minute

// reportClaimTTL outlives a month, so that a month's claim stands until the next month's.
const reportClaimTTL = 40 * 24 * time.Hour

// monthlyReport sends the 督办台账 to the leaders once a month (DUTYBOT_REPORT_AT), once across
// replicas: when the month's moment has passed, the replica that claims the month's name first
// (Store.Once) sends; a failed send gives the claim back, to be tried at the next look.
type monthlyReport struct {
	at    reminders.Monthly
	store *reminders.Store
	send  func(ctx context.Context) error
	now   func() time.Time
	log   *slog.Logger
}

// tick sends the month's report when it is due and nobody sent it yet.
func (m *monthlyReport) tick(ctx context.Context) {
	now := m.now()
	at := m.at.In(now)
	if now.Before(at) {
		return
	}
	name := "report:" + at.Format("2006-01")
	first, err := m.store.Once(ctx, name, reportClaimTTL)
	if err != nil || !first {
		if err != nil {
			m.log.Warn("monthly report: cannot claim the month", "month", name, "err", err)
		}
		return
	}
	if err := m.send(ctx); err != nil {
		m.log.Error("monthly report not sent; trying again in a minute", "month", name, "err", err)
		if err := m.store.Forget(ctx, name); err != nil {
			m.log.Warn("monthly report: claim kept; the month is skipped", "month", name, "err", err)
		}
		return
	}
	m.log.Info("monthly report sent", "month", name)
}

// run looks at once, then every minute, until ctx is done.
func (m *monthlyReport) run(ctx context.Context) {
	t := time.NewTicker(reportEvery)
	defer t.Stop()
	for {
		m.tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
