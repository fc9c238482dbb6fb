package reminders

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

// startCluster runs a three-master Redis Cluster on free ports, or skips when redis-server or
// redis-cli is missing.
func startCluster(t *testing.T) []string {
	t.Helper()
	for _, bin := range []string{"redis-server", "redis-cli"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Skipf("no %s: %v", bin, err)
		}
	}
	var addrs []string
	for i := 0; i < 3; i++ {
		// redistest keeps the port below 55536: the cluster bus listens on port+10000.
		srv, err := redistest.StartWith("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--appendonly", "no")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(srv.Stop)
		addrs = append(addrs, srv.Addr)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command("redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	return addrs
}

// TestOnRedisCluster runs the whole reminder cycle through a ClusterClient on a real three-node
// cluster: the scripts, with the series keys they build, must stay on the {sched} slot's node.
func TestOnRedisCluster(t *testing.T) {
	if testing.Short() || os.Getenv("DUTYBOT_NO_CLUSTER") != "" {
		t.Skip("cluster test skipped")
	}
	addrs := startCluster(t)
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for rdb.ForEachShard(ctx, func(ctx context.Context, c *redis.Client) error { return c.Ping(ctx).Err() }) != nil ||
		rdb.Set(ctx, "probe", "1", 0).Err() != nil {
		if ctx.Err() != nil {
			t.Fatal("cluster never became ready")
		}
		time.Sleep(100 * time.Millisecond)
	}
	clk := newClock("2026-10-20 08:00")
	s := NewStore(rdb, StoreOptions{Prefix: "dutybot:", Now: clk.Now})
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	for _, u := range []plan.UnitRef{commerce, reform, stats} {
		if err := s.Subscribe(ctx, u, "C-"+u.Name); err != nil {
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
	got := fmt.Sprint(len(rec.nudges()))
	if got != "3" { // T-30 for both units, and the custom one
		t.Errorf("delivered %s nudges on the cluster, want 3: %+v", got, rec.nudges())
	}
}
