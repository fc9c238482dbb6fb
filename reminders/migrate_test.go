package reminders

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/plan"
)

// toLegacy renames every key of a one-shard store to the single-slot layout ({sched}), as a
// deployment from before shards left its schedule, and forgets the layout.
func toLegacy(ctx context.Context, t *testing.T, rdb *redis.Client, s *Store) {
	t.Helper()
	keys, err := rdb.Keys(ctx, s.sh(0).Pattern()).Result()
	if err != nil {
		t.Fatal(err)
	}
	sets := 0
	for _, k := range keys {
		if kind, rest, _ := s.sh(0).Kind(k); kind == "ut" { // sets, before shards
			sets++
			u := unitOfKey(rest)
			h, _ := rdb.HGetAll(ctx, k).Result()
			old := s.ks.SchedLegacy()
			for task, ids := range h {
				rdb.SAdd(ctx, old.TaskUnitSet(task, u.City, u.Name), toAny(strings.Fields(ids))...)
				rdb.SAdd(ctx, old.UnitTasks(u.City, u.Name), task)
			}
			rdb.Del(ctx, k)
			continue
		}
		if err := rdb.Rename(ctx, k, s.sh(0).Reshard(k, s.ks.SchedLegacy())).Err(); err != nil {
			t.Fatal(err)
		}
	}
	if sets == 0 {
		t.Fatal("no task-and-unit sets to move")
	}
	if err := rdb.Del(ctx, s.ks.SchedLayout()).Err(); err != nil {
		t.Fatal(err)
	}
}

// snapshot says what a person and the dispatcher see of the store: every reminder with its state
// and next time, the board with history, the counters, held and pending counts, the digest events.
func snapshot(ctx context.Context, t *testing.T, s *Store) string {
	t.Helper()
	units := []plan.UnitRef{commerce, reform, stats}
	var b strings.Builder
	ps, err := s.List(ctx, units)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		fmt.Fprintf(&b, "%s %s %s %s d=%d held=%q\n", p.Series.ID, p.State, p.At.Format("01-02 15:04"), p.Next.ID, p.Delivered, p.Held)
	}
	for _, u := range units {
		ts, err := s.Status(ctx, "aaaa0001:2", u)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s %s %q history=%d\n", u, ts.Colour, ts.DoneBy, ts.Progress, len(ts.History))
	}
	board, err := s.Board(ctx, units)
	if err != nil {
		t.Fatal(err)
	}
	for _, ts := range board {
		fmt.Fprintf(&b, "board %s %s %s nudges=%d\n", ts.Task, ts.Unit, ts.Colour, ts.Nudges)
	}
	st, _ := s.Stats(ctx)
	held, _ := s.HeldCount(ctx)
	pending, _ := s.PendingCount(ctx)
	dg, err := s.Digest(ctx, at("2026-01-01 00:00"))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Units(ctx)
	fmt.Fprintf(&b, "stats %v held %d pending %d events %d units %v\n", st, held, pending, len(dg.Events), got)
	return b.String()
}

// TestMigrateFromSingleSlot: a schedule written in the single-slot layout (plan series, reminders
// people made, one with no unit, a done mark, progress, a snooze, deliveries, a held nudge, a claim
// in flight) is moved into four shards at start with nothing lost; moving again moves nothing;
// moving to seven shards keeps it all again; and then every due nudge goes out once.
func TestMigrateFromSingleSlot(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-01 08:00")
	old, rdb := newStore(t, clk.Now)
	old = NewStore(rdb, StoreOptions{Prefix: old.ks.Prefix, Shards: 1, Now: clk.Now})
	if _, err := old.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []Custom{{Unit: stats, At: at("2026-11-02 10:00"), Text: "报表"},
		{Route: "CX", At: at("2026-11-02 11:00"), Text: "无单位"}, {Unit: commerce, At: at("2026-11-03 10:00"), Text: "在途"},
		{Unit: reform, At: at("2026-11-02 10:00"), Text: "无路由"}} {
		if _, _, err := old.Add(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for u, r := range map[plan.UnitRef]string{commerce: "CCOM", stats: "CSTA"} {
		if err := old.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.ReportProgress(ctx, Change{Task: "aaaa0001:2", Unit: stats, By: "U1"}, "已通报"); err != nil {
		t.Fatal(err)
	}
	if err := old.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U2"}); err != nil {
		t.Fatal(err)
	}
	clk.Set("2026-11-02 12:00")
	rec := &recorder{}
	if _, err := newDispatcher(old, checkingRecorder{rec}).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	// A claim in flight when the old replicas stopped: the reminder due on the 3rd, claimed.
	clk.Set("2026-11-03 10:00")
	if _, err := claimScript.Run(ctx, rdb, []string{old.sh(0).Due(), old.sh(0).Leases(), old.sh(0).Expiring(), old.sh(0).Custom()},
		ms(clk.Now()), 1, 60000, "gone",
		old.sh(0).SeriesPrefix()).Result(); err != nil {
		t.Fatal(err)
	}
	before := snapshot(ctx, t, old)
	pending, _ := old.PendingCount(ctx)
	if !strings.Contains(before, "held 1") {
		t.Fatalf("nothing held before the move:\n%s", before)
	}
	toLegacy(ctx, t, rdb, old)

	for _, tc := range []struct {
		name   string
		shards int
		moved  bool
	}{{"into four shards", 4, true}, {"again", 4, false}, {"into seven shards", 7, true}} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewStore(rdb, StoreOptions{Prefix: old.ks.Prefix, Shards: tc.shards, Now: clk.Now})
			s.setDocs(old.Docs()) // the plans a replica follows from its start, for the board's ledger
			n, err := s.Migrate(ctx)
			if err != nil || (n > 0) != tc.moved {
				t.Fatalf("moved %d series (%v), want some: %v", n, err, tc.moved)
			}
			// The claim in flight is due again.
			want := strings.Replace(before, fmt.Sprint("pending ", pending), fmt.Sprint("pending ", pending+1), 1)
			if got := snapshot(ctx, t, s); got != want {
				t.Errorf("after the move:\n%s\nbefore:\n%s", got, want)
			}
			keys, _ := rdb.Keys(ctx, s.ks.Prefix+"*").Result()
			for _, k := range keys {
				if kind, _, ok := s.ks.SchedLegacy().Kind(k); ok && !map[string]bool{"routes": true, "routes-version": true, "route-since": true,
					"plans": true, "synced": true, "layout": true, "sync-lock": true, "stated-built": true}[kind] {
					t.Errorf("left in the single-slot layout: %s", k)
				}
				if id, ok := seriesKey(s, k); ok && !strings.Contains(k, s.sh(id.shard).SeriesPrefix()) {
					t.Errorf("series key %s is not in its shard %d", k, id.shard)
				}
			}
		})
	}
	s := NewStore(rdb, StoreOptions{Prefix: old.ks.Prefix, Shards: 7, Now: clk.Now})
	if _, err := newDispatcher(s, checkingRecorder{rec}).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	for id, n := range rec.ids {
		if n != 1 {
			t.Errorf("%s delivered %d times", id, n)
		}
	}
	if len(rec.ids) != 3 { // the two on the 2nd, and the one whose claim was in flight
		t.Errorf("delivered %v", rec.ids)
	}
}

// seriesKey finds which shard a series key should be in, from its definition.
func seriesKey(s *Store, key string) (ref, bool) {
	for i := 0; i < s.Shards()*2; i++ {
		if kind, rest, ok := s.sh(i).Kind(key); ok && kind == "series" {
			h, err := s.rdb.HGetAll(context.Background(), key).Result()
			if err != nil {
				return ref{}, false
			}
			x, err := decodeSeriesMap(rest, h)
			if err != nil {
				return ref{}, false
			}
			return ref{s.seriesShard(&x), rest}, true
		}
	}
	return ref{}, false
}
