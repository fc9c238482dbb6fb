package reminders

import (
	"context"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

// sendHook wraps the shared recorder for one replica, to kill it after some sends.
type sendHook struct {
	checkingRecorder
	sent   atomic.Int64
	onSend func(n int64)
}

func (h *sendHook) Notify(ctx context.Context, n Nudge) (Receipt, error) {
	r, err := h.checkingRecorder.Notify(ctx, n)
	if err == nil && h.onSend != nil {
		h.onSend(h.sent.Add(1))
	}
	return r, err
}

// faultN is the number of reminders of the fault test: 10,000 as the issue asks; DUTYBOT_FAULT_N
// overrides it.
func faultN(t *testing.T) int {
	if s := os.Getenv("DUTYBOT_FAULT_N"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() {
		return 1000
	}
	return 10000
}

// TestFaultThreeReplicasKillAndRestart: three dispatchers over N reminders due at once; one is
// killed mid-run (its context cancelled after some sends, leaving claims unacknowledged) and
// Redis, with AOF on, is killed and restarted once half-way. Every reminder must be delivered
// exactly once.
func TestFaultThreeReplicasKillAndRestart(t *testing.T) {
	if _, err := os.Stat("/proc"); err != nil {
		t.Skip("needs a local redis-server")
	}
	srv, err := redistest.Start("yes")
	if err != nil {
		t.Skipf("no redis-server: %v", err)
	}
	defer srv.Stop()
	n := faultN(t)
	ctx, cancel := context.WithTimeout(context.Background(), 80*time.Second)
	defer cancel()

	// Time follows the wall clock (so leases run out) but starts just before the reminders fall due.
	// It jumps to the due time once the reminders are in.
	base, start := at("2026-11-20 08:00"), time.Now()
	var jump atomic.Int64
	now := func() time.Time { return base.Add(time.Since(start) + time.Duration(jump.Load())) }
	newClient := func() *redis.Client {
		return redis.NewClient(&redis.Options{Addr: srv.Addr, DialTimeout: 300 * time.Millisecond,
			ReadTimeout: time.Second, WriteTimeout: time.Second, MaxRetries: 2})
	}
	setup := NewStore(newClient(), StoreOptions{Prefix: "fault:", Now: now})
	if err := setup.Subscribe(ctx, plan.UnitRef{City: "衢州市"}, "C-CITY"); err != nil {
		t.Fatal(err)
	}
	due := at("2026-11-20 09:00")
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += 8 {
				u := plan.UnitRef{City: "衢州市", Name: "单位" + strconv.Itoa(i%50)}
				if _, _, err := setup.Add(ctx, Custom{Unit: u, At: due, Text: "r" + strconv.Itoa(i)}); err != nil {
					errc <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}

	t.Logf("%d reminders added in %s", n, time.Since(start))
	jump.Store(int64(due.Sub(now())))
	shared := &recorder{}
	var restarted sync.Once
	var didRestart atomic.Bool
	total := func() int {
		shared.mu.Lock()
		defer shared.mu.Unlock()
		return len(shared.ids)
	}
	var dispatchers sync.WaitGroup
	killCtx, kill := context.WithCancel(ctx)
	defer kill()
	for i := 0; i < 3; i++ {
		h := &sendHook{checkingRecorder: checkingRecorder{shared}}
		runCtx := ctx
		if i == 0 {
			runCtx = killCtx
			// Replica 0 dies with a batch claimed and part sent (7 of its 50), once the replicas
			// together are some way in: the trigger does not depend on how the CPU favours
			// replica 0.
			h.onSend = func(k int64) {
				if k%50 == 7 && total() >= n/20 {
					kill()
				}
			}
		} else {
			h.onSend = func(int64) {
				if total() >= n/2 {
					restarted.Do(func() {
						didRestart.Store(true)
						go func() {
							if err := srv.Restart(); err != nil {
								t.Errorf("restart redis: %v", err)
							}
						}()
					})
				}
			}
		}
		s := NewStore(newClient(), StoreOptions{Prefix: "fault:", Now: now})
		d := NewDispatcher(s, h, DispatcherOptions{Poll: 20 * time.Millisecond, Lease: 2 * time.Second, Batch: 50, Workers: 8})
		dispatchers.Add(1)
		go func() {
			defer dispatchers.Done()
			_ = d.Run(runCtx)
		}()
	}

	for total() < n || !drained(ctx, setup) {
		if ctx.Err() != nil {
			t.Fatalf("timed out: %d of %d delivered", total(), n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("all delivered after %s", time.Since(start))
	cancel()
	dispatchers.Wait()

	shared.mu.Lock()
	defer shared.mu.Unlock()
	if len(shared.ids) != n {
		t.Errorf("%d distinct reminders delivered, want %d", len(shared.ids), n)
	}
	dup := 0
	for id, c := range shared.ids {
		if c != 1 {
			dup++
			if dup < 5 {
				t.Errorf("%s delivered %d times", id, c)
			}
		}
	}
	if dup > 0 {
		t.Errorf("%d reminders delivered more than once", dup)
	}
	if !didRestart.Load() || killCtx.Err() == nil {
		t.Error("the test did not restart Redis and kill a replica")
	}
	if shared.checks == 0 {
		t.Error("no re-claimed nudge was checked: the killed replica left none behind")
	}
	t.Logf("%d reminders, %d Delivered checks after re-claims", n, shared.checks)
}

// drained says whether nothing is due or claimed any more.
func drained(ctx context.Context, s *Store) bool {
	a, err1 := s.rdb.ZCard(ctx, s.ks.SchedDue()).Result()
	b, err2 := s.rdb.ZCard(ctx, s.ks.SchedLeases()).Result()
	return err1 == nil && err2 == nil && a == 0 && b == 0
}
