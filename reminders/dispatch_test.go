package reminders

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	dto "github.com/prometheus/client_model/go"
)

func newDispatcher(s *Store, n Notifier) *Dispatcher {
	return NewDispatcher(s, n, DispatcherOptions{Lease: time.Minute})
}

// TestLadderDelivery moves the clock through a deadline and its recurring sibling and checks what
// goes out, where and how often.
func TestLadderDelivery(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-10-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for u, r := range map[plan.UnitRef]string{commerce: "CCOM", reform: "CREF", stats: "CSTA", LeadersUnit: "CLEAD"} {
		if err := s.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	metrics := NewMetrics(nil)
	d.opt.Metrics = metrics
	var got []string
	for _, now := range []string{
		"2026-10-30 08:59", "2026-10-30 09:00", "2026-10-30 09:00", // T-30 once, not twice
		"2026-11-10 09:00", // recurring
		"2026-11-24 09:01", "2026-11-30 09:00", "2026-12-01 09:00",
		"2026-12-08 09:00", // overdue: unit and leaders
	} {
		clk.Set(now)
		before := len(rec.nudges())
		if _, err := d.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		for _, n := range rec.nudges()[before:] {
			got = append(got, fmt.Sprintf("%s %s %s %s %s", now, n.Route, n.Kind, n.Colour, n.Unit.Name))
		}
	}
	want := []string{
		"2026-10-30 09:00 CCOM by blue 市商务局",
		"2026-10-30 09:00 CREF by blue 市发改委",
		"2026-11-10 09:00 CSTA recurring yellow 市统计局",
		"2026-11-24 09:01 CCOM by blue 市商务局",
		"2026-11-24 09:01 CREF by blue 市发改委",
		"2026-11-30 09:00 CCOM by blue 市商务局",
		"2026-11-30 09:00 CREF by blue 市发改委",
		"2026-12-01 09:00 CCOM by yellow 市商务局",
		"2026-12-01 09:00 CREF by yellow 市发改委",
		"2026-12-08 09:00 CCOM overdue red 市商务局",
		"2026-12-08 09:00 CLEAD overdue red 市商务局",
		"2026-12-08 09:00 CREF overdue red 市发改委",
		"2026-12-08 09:00 CLEAD overdue red 市发改委",
	}
	sortStrings(got)
	sortStrings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	var red dto.Metric
	if err := metrics.Delivered.WithLabelValues(duties.Red, "false").Write(&red); err != nil {
		t.Fatal(err)
	}
	if n := red.GetCounter().GetValue(); n != 2 {
		t.Errorf("red deliveries counted %v, want 2 (one per unit; leaders' copies ride along)", n)
	}
	// The recurring duty re-armed for December.
	ps, _ := s.List(ctx, []plan.UnitRef{stats})
	if len(ps) != 1 || !ps[0].At.Equal(at("2026-12-10 09:00")) || ps[0].Delivered != 1 {
		t.Errorf("recurring re-armed: %+v", ps)
	}
}

func sortStrings(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] < s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

// TestDownTimeSendsLateOnce: dutybot was off across two ladder steps; on start it sends one nudge,
// marked late, then carries on with the ladder.
func TestDownTimeSendsLateOnce(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-11-21 09:00"), Rule: "FREQ=WEEKLY;BYDAY=SA", Text: "周报"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe(ctx, commerce, "C1"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	clk.Set("2026-12-03 10:00") // two Saturdays went by (11-21, 11-28)
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	ns := rec.nudges()
	if len(ns) != 1 || !ns[0].Late || ns[0].Text[:len("（补发）")] != "（补发）" {
		t.Fatalf("after down time: %+v", ns)
	}
	ps, _ := s.List(ctx, nil)
	if !ps[0].At.Equal(at("2026-12-05 09:00")) { // the Saturday its setter chose (review 57: not moved to the Friday)
		t.Errorf("next %s", ps[0].At)
	}
}

// TestHeldUntilRouted: a nudge for a unit without a route waits, is counted, and goes out late
// once someone subscribes a channel.
func TestHeldUntilRouted(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-11-20 09:00"), Text: "验收"}); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	clk.Set("2026-11-20 09:00")
	res, err := d.Tick(ctx)
	if err != nil || res.Held != 1 || len(rec.nudges()) != 0 {
		t.Fatalf("tick: %+v %v", res, err)
	}
	if n, _ := s.HeldCount(ctx); n != 1 {
		t.Errorf("held count %d", n)
	}
	clk.Set("2026-11-23 10:00")
	if err := s.Subscribe(ctx, plan.UnitRef{City: "衢州市"}, "CCITY"); err != nil { // the city's route serves it
		t.Fatal(err)
	}
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	ns := rec.nudges()
	if len(ns) != 1 || ns[0].Route != "CCITY" || !ns[0].Late {
		t.Fatalf("after subscribe: %+v", ns)
	}
	if n, _ := s.HeldCount(ctx); n != 0 {
		t.Errorf("held count %d after release", n)
	}
}

// TestRetryAfter: a 429 is retried no sooner than it asked.
func TestRetryAfter(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 09:00")
	s, _ := newStore(t, clk.Now)
	if _, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-20 09:00"), Text: "x"}); err != nil {
		t.Fatal(err)
	}
	calls := 0
	rec := &recorder{fail: func(Nudge) error {
		calls++
		if calls == 1 {
			return &RetryAfterError{After: 90 * time.Second, Err: errors.New("slack: 429")}
		}
		return nil
	}}
	d := newDispatcher(s, checkingRecorder{rec})
	for _, step := range []time.Duration{0, 60 * time.Second, 31 * time.Second} {
		clk.Add(step)
		if _, err := d.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		if step == 60*time.Second && len(rec.nudges()) != 0 {
			t.Fatal("retried before Retry-After")
		}
	}
	if len(rec.nudges()) != 1 || calls != 2 {
		t.Fatalf("nudges %d calls %d", len(rec.nudges()), calls)
	}
}

// TestCrashBetweenSendAndAck: a replica sends, then dies before acknowledging. Once its lease runs
// out another replica claims the occurrence, asks the notifier, finds it delivered and only
// acknowledges it. Without a way to ask, it is sent again (at least once), which the test pins down.
func TestCrashBetweenSendAndAck(t *testing.T) {
	for _, checked := range []bool{true, false} {
		t.Run(fmt.Sprintf("checked=%v", checked), func(t *testing.T) {
			ctx := context.Background()
			clk := newClock("2026-11-20 09:00")
			s, rdb := newStore(t, clk.Now)
			x, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-20 09:00"), Rule: "FREQ=WEEKLY", Text: "周报"})
			if err != nil {
				t.Fatal(err)
			}
			rec := &recorder{}
			var n Notifier = rec
			if checked {
				n = checkingRecorder{rec}
			}
			crashCtx, crash := context.WithCancel(ctx)
			rec.after = func(Nudge) { crash() } // dies right after the message went out
			a := NewDispatcher(s, n, DispatcherOptions{Lease: time.Minute})
			if _, err := a.Tick(crashCtx); err != nil {
				t.Fatal(err)
			}
			rec.after = nil
			if got, _ := rdb.HGet(ctx, s.sh(s.seriesShard(&x)).Series(x.ID), "last").Result(); got != "" {
				t.Fatalf("crashed replica acknowledged: %q", got)
			}
			b := NewDispatcher(s, n, DispatcherOptions{Lease: time.Minute})
			if res, _ := b.Tick(ctx); res.Claimed != 0 {
				t.Fatal("claimed while the lease was still held")
			}
			clk.Add(61 * time.Second)
			if _, err := b.Tick(ctx); err != nil {
				t.Fatal(err)
			}
			want := 1
			if !checked {
				want = 2
			}
			if got := len(rec.nudges()); got != want {
				t.Errorf("delivered %d times, want %d", got, want)
			}
			// Either way the series moved on to next week, and the stale replica cannot ack.
			ps, _ := s.List(ctx, nil)
			if !ps[0].At.Equal(at("2026-11-27 09:00")) {
				t.Errorf("next %s", ps[0].At)
			}
			sh := s.sh(s.seriesShard(&x))
			ok, err := ackScript.Run(ctx, rdb, []string{sh.Due(), sh.Leases(), sh.Series(x.ID), sh.Stats(), sh.Expiring()},
				x.ID, a.token, "x", 0, "", "", "0", "").Int()
			if err != nil || ok != 0 {
				t.Errorf("stale ack: %d %v", ok, err)
			}
		})
	}
}

// TestPermanentFailureHolds: a channel that is gone holds the nudge instead of retrying for ever.
func TestPermanentFailureHolds(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 09:00")
	s, _ := newStore(t, clk.Now)
	if _, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-20 09:00"), Text: "x"}); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{fail: func(Nudge) error { return fmt.Errorf("channel_not_found: %w", ErrPermanent) }}
	res, err := newDispatcher(s, rec).Tick(ctx)
	if err != nil || res.Held != 1 {
		t.Fatalf("%+v %v", res, err)
	}
}

// TestRunStopsOnClose: the loop exits on Close and on context cancel.
func TestRunStopsOnClose(t *testing.T) {
	clk := newClock("2026-11-20 09:00")
	s, _ := newStore(t, clk.Now)
	d := NewDispatcher(s, &recorder{}, DispatcherOptions{Poll: 10 * time.Millisecond})
	errc := make(chan error, 1)
	go func() { errc <- d.Run(context.Background()) }()
	time.Sleep(30 * time.Millisecond)
	d.Close()
	d.Close()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
}

// TestDigestOncePerWeek: the leaders' digest is a series like any other, so replicas that all
// schedule it send it once a week, to the leaders' route, with this week's counts.
func TestDigestOncePerWeek(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00") // a Friday
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ { // three replicas start
		if err := s.ScheduleDigest(ctx, "FREQ=WEEKLY;BYDAY=MO", 9, 30); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Subscribe(ctx, LeadersUnit, "CLEAD"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	a, b := newDispatcher(s, rec), newDispatcher(s, rec)
	for _, now := range []string{"2026-11-23 09:29", "2026-11-23 09:30", "2026-11-23 09:31", "2026-11-30 09:30"} {
		clk.Set(now)
		for _, d := range []*Dispatcher{a, b} {
			if _, err := d.Tick(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	var got []string
	for _, n := range rec.nudges() {
		if n.Kind == KindDigest {
			got = append(got, n.Due.Format("2006-01-02 15:04")+" "+n.Route)
		}
	}
	want := []string{"2026-11-23 09:30 CLEAD", "2026-11-30 09:30 CLEAD"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("digests %q, want %q", got, want)
	}
	if n := rec.nudges()[0]; n.Kind == KindDigest && n.Text != "【督办周报】红灯 0 项，黄灯 0 项，绿灯 3 项；本周更新 0 条；待配置接收渠道的提醒 0 条。" {
		t.Errorf("digest text %q", n.Text)
	}
	// Another time replaces the schedule; an empty rule stops it.
	if err := s.ScheduleDigest(ctx, "FREQ=WEEKLY;BYDAY=FR", 17, 0); err != nil {
		t.Fatal(err)
	}
	ps, _ := s.List(ctx, nil)
	if len(ps) != 1 || !ps[0].At.Equal(at("2026-12-04 17:00")) {
		t.Errorf("rescheduled digest: %+v", ps)
	}
	if err := s.ScheduleDigest(ctx, "", 0, 0); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.List(ctx, nil); len(ps) != 0 {
		t.Errorf("digest still scheduled: %+v", ps)
	}
}
