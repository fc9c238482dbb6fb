package reminders

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestOnRedisCluster runs, through one ClusterClient on a real three-node cluster, as serve shares
// one client between its stores: the whole reminder cycle (the scripts, with the series keys they
// build, must stay on the {sched} slot's node), and the plan store, which adds, lists and feeds
// plans to another replica (its scripts on the {plans} slot's node).
func TestOnRedisCluster(t *testing.T) {
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: redistest.Cluster(t)})
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	t.Run("reminders", func(t *testing.T) { remindersOnCluster(ctx, t, rdb) })
	t.Run("spread", func(t *testing.T) { scheduleSpread(ctx, t, rdb) })
	t.Run("plans", func(t *testing.T) { plansOnCluster(ctx, t, rdb) })
}

func remindersOnCluster(ctx context.Context, t *testing.T, rdb redis.UniversalClient) {
	clk := newClock("2026-10-20 08:00")
	s := NewStore(rdb, StoreOptions{Prefix: "dutybot:", Now: clk.Now})
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for i, u := range []plan.UnitRef{commerce, reform, stats} {
		if err := s.Subscribe(ctx, u, fmt.Sprint("CU", i)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-10-30 09:00"), Text: "x"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:2", Unit: stats, By: "U1"}, at("2026-11-11 09:00")); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, checkingRecorder{rec})
	clk.Set("2026-10-30 09:00")
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U1"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Board(ctx, []plan.UnitRef{commerce, reform}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Digest(ctx, at("2026-10-01 00:00")); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(len(rec.nudges())); got != "3" { // T-30 for both units, and the custom one
		t.Errorf("delivered %s nudges on the cluster, want 3: %+v", got, rec.nudges())
	}
}

// scheduleSpread: reminders for 60 units, then every master node of the cluster holds some of the
// pending reminders (due-set entries and series hashes), and the store counts them all.
func scheduleSpread(ctx context.Context, t *testing.T, rdb *redis.ClusterClient) {
	s := NewStore(rdb, StoreOptions{Prefix: "spread:", Now: newClock("2026-10-20 08:00").Now})
	const units = 60
	for i := 0; i < units; i++ {
		u := plan.UnitRef{City: "衢州市", Name: fmt.Sprint("单位", i)}
		if _, _, err := s.Add(ctx, Custom{Unit: u, At: at("2026-10-30 09:00"), Text: "x"}); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := s.PendingCount(ctx); err != nil || n != units {
		t.Fatalf("pending %d, want %d: %v", n, units, err)
	}
	var mu sync.Mutex
	perNode := map[string]int{}
	err := rdb.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
		keys, err := node.Keys(ctx, "spread:{sched:*}:series:*").Result()
		mu.Lock()
		perNode[node.Options().Addr] = len(keys)
		mu.Unlock()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for addr, n := range perNode {
		total += n
		if n == 0 {
			t.Errorf("node %s holds no schedule keys: %v", addr, perNode)
		}
	}
	if len(perNode) != 3 || total != units {
		t.Errorf("series keys per node %v, want %d over three nodes", perNode, units)
	}
	t.Logf("series keys per node: %v", perNode)
}

const clusterPlan = "某市人民政府办公室关于印发某市集群测试实施方案的通知\n某政办发〔2026〕3号\n某市集群测试实施方案\n一、重点任务\n(一)建设平台。2027年6月底前建成。(责任单位:市商务局)\n"

func plansOnCluster(ctx context.Context, t *testing.T, rdb redis.UniversalClient) {
	keys := keyspace.New("dutybot:")
	quiet := slog.New(slog.DiscardHandler)
	store := planstore.NewStore(rdb, keys, planstore.Options{Logger: quiet})
	replica := planstore.NewStore(rdb, keys, planstore.Options{Block: 200 * time.Millisecond, Logger: quiet})
	heard := make(chan int, 16)
	replica.Listen(planstore.ListenerFunc(func(_ context.Context, docs []*plan.Document) error {
		heard <- len(docs)
		return nil
	}))
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go replica.Run(runCtx)
	waitFor := func(n int) {
		t.Helper()
		for {
			select {
			case got := <-heard:
				if got == n {
					return
				}
			case <-ctx.Done():
				t.Fatalf("the replica never heard of %d plans", n)
			}
		}
	}
	if n, err := store.SeedIfEmpty(ctx, seeds.Files()); err != nil || n != len(seeds.Files()) {
		t.Fatalf("seeded %d plans: %v", n, err)
	}
	waitFor(len(seeds.Files()))
	sum, err := store.Add(ctx, "cluster.txt", []byte(clusterPlan), false)
	if err != nil || !sum.Stored {
		t.Fatalf("add: %+v %v", sum, err)
	}
	list, err := store.List(ctx)
	if err != nil || len(list) != len(seeds.Files())+1 {
		t.Fatalf("list: %d plans, %v", len(list), err)
	}
	waitFor(len(seeds.Files()) + 1)
	if _, err := store.Remove(ctx, sum.Doc.ID); err != nil {
		t.Fatal(err)
	}
	waitFor(len(seeds.Files()))
}
