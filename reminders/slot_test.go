package reminders

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// crc16 is CRC-16/XMODEM, the checksum Redis Cluster assigns slots with.
func crc16(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

// slot is the cluster slot of a key, honouring the {hash tag} rule.
func slot(key string) int {
	if i := strings.IndexByte(key, '{'); i >= 0 {
		if j := strings.IndexByte(key[i+1:], '}'); j > 0 {
			key = key[i+1 : i+1+j]
		}
	}
	return int(crc16([]byte(key))) % 16384
}

func TestSlotFunction(t *testing.T) {
	// Vectors from the Redis Cluster specification and CLUSTER KEYSLOT.
	for key, want := range map[string]int{"123456789": 12739, "foo": 12182, "bar": 5061,
		"{user1000}.following": slot("user1000"), "foo{}{bar}": slot("foo{}{bar}"), "{}x": slot("{}x")} {
		if got := slot(key); got != want {
			t.Errorf("slot(%q) = %d, want %d", key, got, want)
		}
	}
	if crc16([]byte("123456789")) != 0x31C3 {
		t.Error("crc16 check value")
	}
}

// TestScriptKeysShareOneSlot: every key a script is given, and every series key a script builds
// from the prefix, hash to one slot; and after a run through every operation, so does every key
// the store left in Redis.
func TestScriptKeysShareOneSlot(t *testing.T) {
	ks := keyspace.New("dutybot:")
	u := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	want := slot(ks.SchedDue())
	perScript := map[string][]string{
		"claim":   {ks.SchedDue(), ks.SchedLeases(), ks.SchedSeries("0123abcd")},
		"ack":     {ks.SchedDue(), ks.SchedLeases(), ks.SchedSeries("x"), ks.SchedStats()},
		"retry":   {ks.SchedDue(), ks.SchedLeases(), ks.SchedSeries("x"), ks.SchedStats()},
		"hold":    {ks.SchedLeases(), ks.SchedHeld(), ks.SchedSeries("x"), ks.SchedStats()},
		"release": {ks.SchedHeld(), ks.SchedDue(), ks.SchedSeries("y")},
		"arm": {ks.SchedDue(), ks.SchedSeries("x"), ks.SchedPlanSeries(), ks.SchedCustom(),
			ks.SchedTaskUnit("aaaa0001:2.1", u.City, u.Name), ks.SchedState("aaaa0001:2.1", u.City, u.Name),
			ks.SchedUnitTasks(u.City, u.Name), ks.SchedUnits()},
		"cancel": {ks.SchedDue(), ks.SchedLeases(), ks.SchedHeld(), ks.SchedSeries("x"), ks.SchedPlanSeries(),
			ks.SchedTaskUnit("t", "", ""), ks.SchedUnitTasks("", "")},
		"mark": {ks.SchedDue(), ks.SchedHeld(), ks.SchedTaskUnit("t", u.City, u.Name), ks.SchedState("t", u.City, u.Name),
			ks.SchedHistory("t", u.City, u.Name), ks.SchedEvents(), ks.SchedSeries("z")},
		"route":         {ks.SchedRoutes(), ks.SchedRouteSince()},
		"snooze-series": {ks.SchedDue(), ks.SchedSeries("c1")},
		"defer":         {ks.SchedDue(), ks.SchedLeases(), ks.SchedStats(), ks.SchedSeries("d1")},
		"rate":          {ks.SchedRate("C0123")},
		"unlock":        {ks.SchedSyncLock()},
	}
	for name := range scripts {
		keys, ok := perScript[name]
		if !ok {
			t.Errorf("script %s has no slot case: add one", name)
		}
		for _, k := range keys {
			if slot(k) != want {
				t.Errorf("script %s: key %q is in slot %d, not %d", name, k, slot(k), want)
			}
		}
	}

	// A unit name with a brace must not move its keys out of the slot.
	odd := plan.UnitRef{City: "{衢州", Name: "市}局"}
	for _, k := range []string{ks.SchedState("t", odd.City, odd.Name), ks.SchedUnitTasks(odd.City, odd.Name)} {
		if slot(k) != want {
			t.Errorf("key %q is in slot %d, not %d", k, slot(k), want)
		}
	}

	// Everything the store writes, after exercising it.
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, rdb := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-11-20 09:00"), Text: "x"}); err != nil {
		t.Fatal(err)
	}
	_ = s.Subscribe(ctx, reform, "C1")
	_ = s.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U1"})
	_ = s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: reform, By: "U1"}, at("2026-11-25 09:00"))
	_ = s.ReportProgress(ctx, Change{Task: "aaaa0001:2", Unit: stats, By: "U1"}, "ok")
	// The lifecycle, following, the rate and the once-a-year warning leave their keys too.
	if _, err := s.Follow(ctx, []*plan.Document{goLiveDoc()}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClosePlan(ctx, "bbbb0002", "U1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Once(ctx, "calendar", time.Hour); err != nil {
		t.Fatal(err)
	}
	clk.Set("2026-12-20 09:00")
	d := NewDispatcher(s, &recorder{}, DispatcherOptions{Lease: time.Minute, RateLimit: 1, RateWindow: time.Hour})
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	keys, err := rdb.Keys(ctx, s.ks.Prefix+"*").Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 10 {
		t.Fatalf("only %d keys written", len(keys))
	}
	for _, k := range keys {
		if slot(k) != slot(s.ks.SchedDue()) {
			t.Errorf("stored key %q is outside the schedule's slot", k)
		}
	}
}
