package reminders

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestDeliveredOneOffExpires: a delivered one-off reminder stays a short record (what, where, when
// it went) for the retention window, listed as finished, and is gone after it, from its shard's
// sets too; a repeating reminder delivered at the same time stays.
func TestDeliveredOneOffExpires(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, rdb := newStore(t, clk.Now)
	s = NewStore(rdb, StoreOptions{Prefix: s.ks.Prefix, Now: clk.Now, Keep: time.Hour})
	once, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-20 09:00"), Text: "交材料", Creator: "U1"})
	if err != nil {
		t.Fatal(err)
	}
	weekly, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-20 09:00"), Rule: "FREQ=WEEKLY", Text: "周报"})
	if err != nil {
		t.Fatal(err)
	}
	clk.Set("2026-11-20 09:00")
	d := newDispatcher(s, &recorder{})
	if res, err := d.Tick(ctx); err != nil || res.Delivered != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	sh := s.sh(s.seriesShard(&once))
	fields, _ := rdb.HKeys(ctx, sh.Series(once.ID)).Result()
	slices.Sort(fields)
	if want := []string{"delivered", "k", "last", "last_at", "o", "state", "w", "x"}; !slices.Equal(fields, want) {
		t.Errorf("record fields %v, want %v", fields, want)
	}
	ttl, _ := rdb.PTTL(ctx, sh.Series(once.ID)).Result()
	size, _ := rdb.MemoryUsage(ctx, sh.Series(once.ID)).Result()
	t.Logf("record of a delivered one-off: %d bytes, expires in %s", size, ttl)
	if ttl <= 0 || ttl > time.Hour {
		t.Errorf("record expires in %s, want within the hour kept", ttl)
	}
	listed := func() map[string]string {
		ps, err := s.List(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, p := range ps {
			out[p.Series.ID] = p.State
		}
		return out
	}
	if got := listed(); got[once.ID] != "finished" || got[weekly.ID] != "active" {
		t.Errorf("listed %v", got)
	}
	tests := []struct {
		name     string
		at       string
		kept     bool
		expiring int64
	}{{"within the window", "2026-11-20 09:59", true, 1}, {"after it", "2026-11-20 10:01", false, 0}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clk.Set(tc.at)
			if _, err := d.Tick(ctx); err != nil {
				t.Fatal(err)
			}
			n, _ := rdb.Exists(ctx, sh.Series(once.ID)).Result()
			member, _ := rdb.SIsMember(ctx, sh.Custom(), once.ID).Result()
			if got := listed(); (n == 1) != tc.kept || member != tc.kept || (got[once.ID] != "") != tc.kept || got[weekly.ID] != "active" {
				t.Errorf("record exists %d, in the custom set %v, listed %v; want kept %v", n, member, got, tc.kept)
			}
			if e, _ := rdb.ZCard(ctx, sh.Expiring()).Result(); e != tc.expiring {
				t.Errorf("%d records waiting to expire, want %d", e, tc.expiring)
			}
		})
	}
}
