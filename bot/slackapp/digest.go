package slackapp

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// DigestSchedule is when the weekly digest goes out, in Asia/Shanghai.
type DigestSchedule struct {
	Weekday      time.Weekday
	Hour, Minute int
}

// ParseDigestSchedule reads "mon 09:00" (a weekday's first three letters and a time), or "off".
func ParseDigestSchedule(s string) (DigestSchedule, bool, error) {
	if s == "off" || s == "" {
		return DigestSchedule{}, false, nil
	}
	var day string
	var d DigestSchedule
	if _, err := fmt.Sscanf(s, "%3s %d:%d", &day, &d.Hour, &d.Minute); err != nil || d.Hour > 23 || d.Minute > 59 || d.Hour < 0 || d.Minute < 0 {
		return d, false, fmt.Errorf("digest schedule %q: want a weekday and a time such as \"mon 09:00\", or off", s)
	}
	days := map[string]time.Weekday{"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday, "fri": time.Friday, "sat": time.Saturday}
	wd, ok := days[day]
	if !ok {
		return d, false, fmt.Errorf("digest schedule %q: %q is not a weekday (mon, tue, … sun)", s, day)
	}
	d.Weekday = wd
	return d, true, nil
}

// Next returns the first time after now the digest is due.
func (d DigestSchedule) Next(now time.Time) time.Time {
	t := now.In(plan.Shanghai)
	at := time.Date(t.Year(), t.Month(), t.Day(), d.Hour, d.Minute, 0, 0, plan.Shanghai)
	for !at.After(t) || at.Weekday() != d.Weekday {
		at = at.AddDate(0, 0, 1)
	}
	return at
}

// RunDigest posts the weekly digest to the leaders' channel on schedule until ctx is done. after is
// the timer (time.After outside tests).
func (a *App) RunDigest(ctx context.Context, sched DigestSchedule, after func(time.Duration) <-chan time.Time) {
	if a.opt.LeadersChannel == "" || !a.remindersOn() {
		a.log.Info("weekly digest off: no leaders' channel or no reminder store")
		return
	}
	for {
		next := sched.Next(a.opt.Now())
		select {
		case <-ctx.Done():
			return
		case <-after(next.Sub(a.opt.Now())):
		}
		if a.opt.Now().Before(next) {
			continue
		}
		if err := a.SendDigest(ctx, next); err != nil {
			a.log.Error("weekly digest failed", "err", err)
		}
	}
}

// SendDigest posts the digest for the week ending at now, once across replicas (a Redis mark per
// week; this replica's memory when Redis is down).
func (a *App) SendDigest(ctx context.Context, now time.Time) error {
	if a.opt.LeadersChannel == "" {
		return errors.New("digest: no leaders' channel (DUTYBOT_LEADERS_CHANNEL)")
	}
	if !a.remindersOn() {
		return errors.New("digest: no reminder store")
	}
	y, w := now.In(plan.Shanghai).ISOWeek()
	week := fmt.Sprintf("%04d-W%02d", y, w)
	first := true
	if a.opt.Redis != nil {
		ok, err := a.opt.Redis.SetNX(ctx, a.opt.Keys.SlackDigest(week), a.opt.Now().Format(time.RFC3339), 8*24*time.Hour).Result()
		if err == nil {
			first = ok
		} else {
			first = a.mem.setNX("digest:"+week, nil, 8*24*time.Hour)
		}
	} else {
		first = a.mem.setNX("digest:"+week, nil, 8*24*time.Hour)
	}
	if !first {
		a.log.Info("weekly digest already sent", "week", week)
		return nil
	}
	d, err := a.opt.Reminders.Digest(ctx, now.AddDate(0, 0, -7), now)
	if err != nil {
		if a.opt.Redis != nil {
			a.opt.Redis.Del(ctx, a.opt.Keys.SlackDigest(week))
		}
		return fmt.Errorf("digest %s: %w", week, err)
	}
	for i, m := range digestMessages(d) {
		if _, err := a.post(ctx, a.opt.LeadersChannel, "", m); err != nil {
			return fmt.Errorf("digest %s: post part %d: %w", week, i+1, err)
		}
	}
	a.log.Info("weekly digest sent", "week", week, "units", len(d.Units))
	return nil
}
