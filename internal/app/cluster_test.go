package app

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestStoresShareTheClusterClient: with REDIS_CLUSTER_ADDRS set (and REDIS_URL left at its
// default, where nothing listens) the App's one client is a ClusterClient and both stores are on
// it: the plan store is seeded and followed, the reminders synced (issue 10: the plan store used
// to dial REDIS_URL's 127.0.0.1 and fall back to the seeds).
func TestStoresShareTheClusterClient(t *testing.T) {
	addrs := redistest.Cluster(t)
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"REDIS_CLUSTER_ADDRS": addrs[0] + "," + addrs[1], "REDIS_URL": "redis://127.0.0.1:1/0",
			"DUTYBOT_DATA_DIR": t.TempDir()}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, ok := a.Redis().(*redis.ClusterClient); !ok {
		t.Fatalf("the client is a %T", a.Redis())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	heard := make(chan int, 4)
	if _, err := a.FollowPlans(ctx, planstore.ListenerFunc(func(_ context.Context, docs []*plan.Document) error {
		heard <- len(docs)
		return nil
	})); err != nil {
		t.Fatalf("the plan store is not on the cluster: %v", err)
	}
	if n := <-heard; n != len(seeds.Files()) {
		t.Errorf("followed %d plans, want the %d seeds", n, len(seeds.Files()))
	}
	list, err := a.PlanStore().List(ctx)
	if err != nil || len(list) != len(seeds.Files()) {
		t.Errorf("stored plans: %d, %v", len(list), err)
	}
	docs, err := a.Plans(ctx)
	if err != nil || len(docs) != len(seeds.Files()) {
		t.Fatalf("plans: %d, %v", len(docs), err)
	}
	if res, err := a.ReminderStore().Sync(ctx, docs); err != nil || res.Added == 0 {
		t.Errorf("reminders on the cluster: %+v, %v", res, err)
	}
}
