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
	"github.com/dutybot/dutybot/keyspace"
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
	f := &faultRun{srv: srv, n: n, now: now, shared: &recorder{}}
	setup := NewStore(f.client(), StoreOptions{Prefix: "fault:", Now: now})
	due := at("2026-11-20 09:00")
	f.addReminders(ctx, t, setup, due)
	t.Logf("%d reminders added in %s", n, time.Since(start))
	jump.Store(int64(due.Sub(now())))

	killCtx, kill := context.WithCancel(ctx)
	defer kill()
	var dispatchers sync.WaitGroup
	for i := 0; i < 3; i++ {
		runCtx, h := ctx, &sendHook{checkingRecorder: checkingRecorder{f.shared}}
		if i == 0 {
			runCtx, h.onSend = killCtx, f.killOnce(kill)
		} else {
			h.onSend = f.restartOnce(t)
		}
		d := NewDispatcher(NewStore(f.client(), StoreOptions{Prefix: "fault:", Now: now}), h,
			DispatcherOptions{Poll: 20 * time.Millisecond, Lease: 2 * time.Second, Batch: 50, Workers: 8})
		dispatchers.Go(func() { _ = d.Run(runCtx) })
	}
	for f.total() < n || !drained(ctx, setup) {
		if ctx.Err() != nil {
			t.Fatalf("timed out: %d of %d delivered", f.total(), n)
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("all delivered after %s", time.Since(start))
	cancel()
	dispatchers.Wait()
	f.exactlyOnce(t)
	if !f.restarted.Load() || killCtx.Err() == nil {
		t.Error("the test did not restart Redis and kill a replica")
	}
}

// faultRun is the fault test's Redis, its clock and what the replicas delivered.
type faultRun struct {
	srv       *redistest.Server
	n         int
	now       func() time.Time
	shared    *recorder
	restart   sync.Once
	restarted atomic.Bool
}

func (f *faultRun) client() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: f.srv.Addr, DialTimeout: 300 * time.Millisecond,
		ReadTimeout: time.Second, WriteTimeout: time.Second, MaxRetries: 2})
}

// addReminders adds n reminders due at once, for 50 units of one city routed to one channel.
func (f *faultRun) addReminders(ctx context.Context, t *testing.T, setup *Store, due time.Time) {
	if err := setup.Subscribe(ctx, plan.UnitRef{City: "衢州市"}, "CCITY"); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Go(func() {
			for i := w; i < f.n; i += 8 {
				u := plan.UnitRef{City: "衢州市", Name: "单位" + strconv.Itoa(i%50)}
				if _, _, err := setup.Add(ctx, Custom{Unit: u, At: due, Text: "r" + strconv.Itoa(i)}); err != nil {
					errc <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	for err := range errc {
		t.Fatal(err)
	}
}

func (f *faultRun) total() int {
	f.shared.mu.Lock()
	defer f.shared.mu.Unlock()
	return len(f.shared.ids)
}

// killOnce kills replica 0 with a batch claimed and part sent (7 of its 50), once the replicas
// together are some way in: the trigger does not depend on how the CPU favours replica 0.
func (f *faultRun) killOnce(kill context.CancelFunc) func(int64) {
	return func(k int64) {
		if k%50 == 7 && f.total() >= f.n/20 {
			kill()
		}
	}
}

// restartOnce kills and restarts Redis once half the reminders are out.
func (f *faultRun) restartOnce(t *testing.T) func(int64) {
	return func(int64) {
		if f.total() < f.n/2 {
			return
		}
		f.restart.Do(func() {
			f.restarted.Store(true)
			go func() {
				if err := f.srv.Restart(); err != nil {
					t.Errorf("restart redis: %v", err)
				}
			}()
		})
	}
}

// exactlyOnce checks that every reminder was delivered once, and that re-claimed ones were checked.
func (f *faultRun) exactlyOnce(t *testing.T) {
	f.shared.mu.Lock()
	defer f.shared.mu.Unlock()
	if len(f.shared.ids) != f.n {
		t.Errorf("%d distinct reminders delivered, want %d", len(f.shared.ids), f.n)
	}
	dup := 0
	for id, c := range f.shared.ids {
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
	if f.shared.checks == 0 {
		t.Error("no re-claimed nudge was checked: the killed replica left none behind")
	}
	t.Logf("%d reminders, %d Delivered checks after re-claims", f.n, f.shared.checks)
}

// drained says whether nothing is due or claimed any more.
func drained(ctx context.Context, s *Store) bool {
	a, err1 := s.PendingCount(ctx)
	b, err2 := s.sumShards(ctx, func(p redis.Pipeliner, sh keyspace.SchedShard) *redis.IntCmd { return p.ZCard(ctx, sh.Leases()) })
	return err1 == nil && err2 == nil && a == 0 && b == 0
}
