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
// from the prefix, hash to one slot (a shard's, or the deployment's {sched} for the global
// scripts).
func TestScriptKeysShareOneSlot(t *testing.T) {
	ks := keyspace.New("dutybot:")
	u := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	sh := ks.SchedShard(7)
	perScript := map[string][]string{
		"claim":   {sh.Due(), sh.Leases(), sh.Expiring(), sh.Custom(), sh.Series("0123abcd")},
		"ack":     {sh.Due(), sh.Leases(), sh.Series("x"), sh.Stats(), sh.Expiring()},
		"retry":   {sh.Due(), sh.Leases(), sh.Series("x"), sh.Stats()},
		"hold":    {sh.Leases(), sh.Held(), sh.Series("x"), sh.Stats()},
		"release": {sh.Held(), sh.Due(), sh.Series("y")},
		"arm": {sh.Due(), sh.Series("x"), sh.PlanSeries(), sh.Custom(),
			sh.UnitSeries(u.City, u.Name), sh.State("aaaa0001:2.1", u.City, u.Name), sh.Units()},
		"cancel": {sh.Due(), sh.Leases(), sh.Held(), sh.Series("x"), sh.PlanSeries(),
			sh.UnitSeries("", "")},
		"mark": {sh.Due(), sh.Held(), sh.UnitSeries(u.City, u.Name), sh.State("t", u.City, u.Name),
			sh.History("t", u.City, u.Name), sh.Events(), sh.Series("z")},
		"route":         {ks.SchedRoutes(), ks.SchedRouteSince(), ks.SchedRoutesVersion()},
		"snooze-series": {sh.Due(), sh.Series("c1")},
		"defer":         {sh.Due(), sh.Leases(), sh.Stats(), sh.Series("d1")},
		"rate":          {ks.SchedRate("C0123")},
		"unlock":        {ks.SchedSyncLock()},
	}
	for name := range scripts {
		keys, ok := perScript[name]
		if !ok {
			t.Errorf("script %s has no slot case: add one", name)
		}
		for _, k := range keys {
			if slot(k) != slot(keys[0]) {
				t.Errorf("script %s: key %q is in slot %d, not %d", name, k, slot(k), slot(keys[0]))
			}
		}
	}

	// A unit name with a brace must not move its keys out of the slot.
	odd := plan.UnitRef{City: "{衢州", Name: "市}局"}
	for _, k := range []string{sh.State("t", odd.City, odd.Name), sh.UnitSeries(odd.City, odd.Name)} {
		if slot(k) != slot(sh.Due()) {
			t.Errorf("key %q is in slot %d, not %d", k, slot(k), slot(sh.Due()))
		}
	}
}

// TestStoredKeysInShards: after a run through every operation, every key the store left in Redis
// is in a shard's slot or, for the deployment's keys (routes, lifecycle, sync, rate, layout), in
// {sched}'s.
func TestStoredKeysInShards(t *testing.T) {
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
	global := map[string]bool{"routes": true, "routes-version": true, "route-since": true, "plans": true, "synced": true, "sync-lock": true,
		"rate": true, "once": true, "layout": true, "layout-lock": true}
	shards := map[int]bool{}
	for _, k := range keys {
		if kind, _, ok := s.ks.SchedLegacy().Kind(k); ok {
			if !global[kind] {
				t.Errorf("stored key %q is a shard's kind of key outside the shards", k)
			}
			continue
		}
		in := -1
		for i := 0; i < s.Shards(); i++ {
			if _, _, ok := s.sh(i).Kind(k); ok {
				in = i
			}
		}
		if in < 0 || slot(k) != slot(s.sh(in).Due()) {
			t.Errorf("stored key %q is in no shard's slot", k)
		}
		shards[in] = true
	}
	if len(shards) < 3 {
		t.Errorf("the keys of three units landed in %d shards", len(shards))
	}
}

// TestShardsSpreadOverSlots: the default shards fall in distinct slots, spread over the whole
// slot range, so that every node of a cluster (three nodes split the range in thirds) holds some.
func TestShardsSpreadOverSlots(t *testing.T) {
	ks := keyspace.New("dutybot:")
	seen := map[int]bool{}
	var thirds [3]int
	for i := 0; i < keyspace.DefaultSchedShards; i++ {
		sl := slot(ks.SchedShard(i).Due())
		if seen[sl] {
			t.Errorf("shard %d shares slot %d with another", i, sl)
		}
		seen[sl] = true
		thirds[sl*3/16384]++
	}
	for i, n := range thirds {
		if n < 3 {
			t.Errorf("third %d of the slot range holds %d shards: %v", i, n, thirds)
		}
	}
}
