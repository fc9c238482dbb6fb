package reminders

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

// Benchmarks for docs/BENCHMARKS.md ("Reminders"). Run:
//
//	go test -run '^$' -bench 'Reminders' -benchtime 1x ./reminders/
//
// Each starts with 100,000 reminders pending in the future, as a large deployment would hold.

const benchPending = 100_000

// bulkArm arms n custom series due at at (plus i*spread), in pipelines, as Sync does.
func bulkArm(b *testing.B, s *Store, n int, at time.Time, spread time.Duration, tag string) {
	b.Helper()
	bulkArmWith(b, s, n, at.Add(-time.Hour), func(j int) Series {
		return Series{ID: tag + strconv.Itoa(j), Kind: SeriesCustom, Route: "C" + strconv.Itoa(j%20),
			At: at.Add(time.Duration(j) * spread), Text: "bench " + strconv.Itoa(j)}
	})
}

// bulkArmWith arms the n series mk makes, first due after after, in pipelines.
func bulkArmWith(b *testing.B, s *Store, n int, after time.Time, mk func(j int) Series) {
	b.Helper()
	ctx := context.Background()
	for i := 0; i < n; i += 1000 {
		var calls []scriptCall
		for j := i; j < n && j < i+1000; j++ {
			x := mk(j)
			keys, args, err := s.armArgs(&x, true, after)
			if err != nil {
				b.Fatal(err)
			}
			calls = append(calls, scriptCall{keys, args})
		}
		if _, err := runAll(ctx, s.rdb, armScript, calls); err != nil {
			b.Fatal(err)
		}
	}
}

// lagNotifier records how late each nudge went out against its due time, by the wall clock.
type lagNotifier struct {
	mu   sync.Mutex
	lags []time.Duration
}

func (l *lagNotifier) Notify(ctx context.Context, n Nudge) (Receipt, error) {
	lag := time.Since(n.Due)
	l.mu.Lock()
	l.lags = append(l.lags, lag)
	l.mu.Unlock()
	return Receipt{}, nil
}

func (l *lagNotifier) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.lags)
}

func percentile(d []time.Duration, p float64) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[min(len(s)-1, int(float64(len(s))*p))]
}

// BenchmarkRemindersLag: with 100,000 pending, 3,000 reminders fall due one every 2 ms (real time)
// and one dispatcher with the default options (poll 500ms) delivers them; the metric is the lag
// from due time to delivery.
func BenchmarkRemindersLag(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s, _ := newStore(b, time.Now)
		bulkArm(b, s, benchPending, time.Now().Add(24*time.Hour), time.Second, "far")
		const k = 3000
		start := time.Now().Add(time.Second).Truncate(time.Millisecond)
		bulkArm(b, s, k, start, 2*time.Millisecond, "due")
		note := &lagNotifier{}
		b.ResetTimer()
		deliverAll(b, NewDispatcher(s, note, DispatcherOptions{}), note, k)
		reportLags(b, note.lags)
		pending, _ := s.PendingCount(context.Background())
		b.ReportMetric(float64(pending), "pending")
	}
}

// BenchmarkRemindersThroughput: with 100,000 pending, 20,000 reminders are due at once; R replicas
// deliver them. The metric is nudges per second per replica.
func BenchmarkRemindersThroughput(b *testing.B) {
	for _, replicas := range []int{1, 3} {
		b.Run(fmt.Sprintf("replicas=%d", replicas), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				const k = 20_000
				clk := newClock("2026-11-20 08:00")
				s, _ := newStore(b, clk.Now)
				bulkArm(b, s, benchPending, at("2026-12-20 09:00"), time.Second, "far")
				bulkArm(b, s, k, at("2026-11-20 09:00"), 0, "due")
				clk.Set("2026-11-20 09:01")
				note := &lagNotifier{}
				ctx, cancel := context.WithCancel(context.Background())
				var wg sync.WaitGroup
				b.ResetTimer()
				t0 := time.Now()
				for r := 0; r < replicas; r++ {
					d := NewDispatcher(NewStore(s.rdb, StoreOptions{Prefix: s.ks.Prefix, Now: clk.Now}), note, DispatcherOptions{})
					wg.Add(1)
					go func() { defer wg.Done(); _ = d.Run(ctx) }()
				}
				for note.count() < k {
					time.Sleep(5 * time.Millisecond)
				}
				el := time.Since(t0)
				b.StopTimer()
				cancel()
				wg.Wait()
				b.ReportMetric(float64(k)/el.Seconds(), "nudges/s")
				b.ReportMetric(float64(k)/el.Seconds()/float64(replicas), "nudges/s/replica")
			}
		})
	}
}

// BenchmarkRemindersSync: reconciling 100,000 plan series (first time, then unchanged).
func BenchmarkRemindersSync(b *testing.B) {
	doc := &plan.Document{ID: "bench001", Title: "bench", City: "衢州市"}
	for i := 0; i < benchPending/4; i++ {
		doc.Tasks = append(doc.Tasks, plan.Task{ID: fmt.Sprintf("bench001:%d", i), Title: "t",
			Lead: []string{"市商务局", "市发改委"}, Participating: []string{"市财政局", "市统计局"},
			Deadlines: []plan.Deadline{{Quote: "2027年底前", Date: plan.NewDay(2027, 12, 31), Kind: plan.KindBy}}})
	}
	for i := 0; i < b.N; i++ {
		s, rdb := newStore(b, time.Now)
		mem0 := usedMemory(b, rdb)
		b.ResetTimer()
		t0 := time.Now()
		res, err := s.Sync(context.Background(), []*plan.Document{doc})
		first := time.Since(t0)
		if err != nil || res.Added != benchPending {
			b.Fatalf("%+v %v", res, err)
		}
		t0 = time.Now()
		if res, err = s.Sync(context.Background(), []*plan.Document{doc}); err != nil || res.Kept != benchPending {
			b.Fatalf("%+v %v", res, err)
		}
		again := time.Since(t0)
		b.StopTimer()
		b.ReportMetric(first.Seconds(), "first-s")
		b.ReportMetric(again.Seconds(), "resync-s")
		b.ReportMetric(float64(usedMemory(b, rdb)-mem0)/(1<<20), "redis-MiB")
	}
}

// usedMemory is Redis's used_memory in bytes.
func usedMemory(b *testing.B, rdb *redis.Client) int64 {
	info, err := rdb.Info(context.Background(), "memory").Result()
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			n, _ := strconv.ParseInt(v, 10, 64)
			return n
		}
	}
	return 0
}

// benchDoc is a plan of n tasks, each with a deadline and two lead and two participating units,
// with titles and quotes as long as a real plan's (no section: the lifecycle looks a part's end up
// per task, quadratic in a part of 25,000 tasks): 4n plan series.
func benchDoc(n int) *plan.Document {
	doc := &plan.Document{ID: "bench001", Title: "衢州市推进数字化改革打造共同富裕示范区实施方案", City: "衢州市"}
	for i := 0; i < n; i++ {
		doc.Tasks = append(doc.Tasks, plan.Task{ID: fmt.Sprintf("bench001:%d", i), Number: strconv.Itoa(i),
			Title: fmt.Sprintf("完善数字化基础设施建设第%d项任务并按期验收", i),
			Lead:  []string{"市商务局", "市发改委"}, Participating: []string{"市财政局", "市统计局"},
			Deadlines: []plan.Deadline{{Quote: "2027年底前", Date: plan.NewDay(2027, 12, 31), Kind: plan.KindBy}}})
	}
	return doc
}

// BenchmarkRemindersMemory: the Redis memory (INFO used_memory, before and after) each pending
// nudge costs: 100,000 plan series armed by Sync (25,000 tasks of four units), and 100,000
// reminders people made (bulkArm); MEMORY USAGE of one series hash too.
func BenchmarkRemindersMemory(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		// A prefix as long as the default "dutybot:" (the tests' own prefixes are longer).
		b.Run("plan", func(b *testing.B) {
			s, rdb := newStore(b, time.Now)
			s = NewStore(rdb, StoreOptions{Prefix: fmt.Sprintf("dbp%05d:", memoryRuns.Add(1)%100000), Now: time.Now})
			mem0 := usedMemory(b, rdb)
			if _, err := s.Sync(ctx, []*plan.Document{benchDoc(benchPending / 4)}); err != nil {
				b.Fatal(err)
			}
			reportMemory(ctx, b, s, rdb, mem0)
		})
		b.Run("custom", func(b *testing.B) {
			s, rdb := newStore(b, time.Now)
			s = NewStore(rdb, StoreOptions{Prefix: fmt.Sprintf("dbc%05d:", memoryRuns.Add(1)%100000), Now: time.Now})
			mem0 := usedMemory(b, rdb)
			bulkArm(b, s, benchPending, time.Now().Add(24*time.Hour), time.Second, "far")
			reportMemory(ctx, b, s, rdb, mem0)
		})
	}
}

// memoryRuns numbers the memory benchmark's stores, so that each has a prefix of its own.
var memoryRuns atomic.Int64

// reportMemory reports the memory used since mem0 per pending nudge, and one series hash's.
func reportMemory(ctx context.Context, b *testing.B, s *Store, rdb *redis.Client, mem0 int64) {
	pending, err := s.PendingCount(ctx)
	if err != nil || pending == 0 {
		b.Fatalf("pending %d: %v", pending, err)
	}
	b.ReportMetric(float64(usedMemory(b, rdb)-mem0)/float64(pending), "bytes/pending")
	var sh keyspace.SchedShard
	var ids []string
	for i := 0; i < s.Shards() && len(ids) == 0; i++ {
		sh = s.sh(i)
		ids, _ = rdb.ZRange(ctx, sh.Due(), 0, 0).Result()
	}
	if len(ids) == 0 {
		return
	}
	usage := func(key string) float64 {
		n, _ := rdb.Do(ctx, "MEMORY", "USAGE", key, "SAMPLES", "0").Int64()
		return float64(n)
	}
	per := func(key string, card *redis.IntCmd) float64 { return usage(key) / float64(max(1, card.Val())) }
	b.ReportMetric(usage(sh.Series(ids[0])), "series-hash-bytes")
	b.ReportMetric(per(sh.Due(), rdb.ZCard(ctx, sh.Due())), "due-bytes/entry")
	b.ReportMetric(per(sh.PlanSeries(), rdb.SCard(ctx, sh.PlanSeries()))+per(sh.Custom(), rdb.SCard(ctx, sh.Custom())), "origin-bytes/entry")
	h, _ := rdb.HMGet(ctx, sh.Series(ids[0]), defFields...).Result()
	if x, err := decodeSeries(ids[0], h); err == nil && x.TaskID != "" {
		key := sh.UnitSeries(x.Unit.City, x.Unit.Name)
		b.ReportMetric(per(key, rdb.HLen(ctx, key)), "unit-series-bytes/task")
	}
}

// BenchmarkRemindersRoutes: with 100,000 pending, 20,000 reminders due at once, one dispatcher:
// routes=0 sends each to its own channel with no routes stored; routes=100000 sends each to its
// unit's channel (1,000 units), looked up among 100,000 stored routes. The metric is nudges per
// second.
func BenchmarkRemindersRoutes(b *testing.B) {
	for _, routes := range []int{0, 100_000} {
		b.Run(fmt.Sprintf("routes=%d", routes), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				const k = 20_000
				ctx := context.Background()
				clk := newClock("2026-11-20 08:00")
				s, rdb := newStore(b, clk.Now)
				bulkArm(b, s, benchPending, at("2026-12-20 09:00"), time.Second, "far")
				due := at("2026-11-20 09:00")
				bulkArmWith(b, s, k, due.Add(-time.Hour), func(j int) Series {
					x := Series{ID: "due" + strconv.Itoa(j), Kind: SeriesCustom, At: due, Text: "bench"}
					if routes == 0 {
						x.Route = "C" + strconv.Itoa(j%20)
					} else {
						x.Unit = plan.UnitRef{City: "衢州市", Name: "单位" + strconv.Itoa(j%1000)}
					}
					return x
				})
				for r := 0; r < routes; r += 10_000 {
					fields := map[string]any{}
					for j := r; j < r+10_000; j++ {
						fields[unitField(plan.UnitRef{City: "衢州市", Name: "单位" + strconv.Itoa(j)})] = "C" + strconv.Itoa(j%50)
					}
					if err := rdb.HSet(ctx, s.ks.SchedRoutes(), fields).Err(); err != nil {
						b.Fatal(err)
					}
				}
				clk.Set("2026-11-20 09:01")
				note := &lagNotifier{}
				d := NewDispatcher(s, note, DispatcherOptions{})
				runCtx, cancel := context.WithCancel(ctx)
				done := make(chan struct{})
				b.ResetTimer()
				t0 := time.Now()
				go func() { _ = d.Run(runCtx); close(done) }()
				for note.count() < k {
					time.Sleep(5 * time.Millisecond)
				}
				el := time.Since(t0)
				b.StopTimer()
				cancel()
				<-done
				b.ReportMetric(float64(k)/el.Seconds(), "nudges/s")
			}
		})
	}
}

// BenchmarkRemindersRemove: 100,000 plan series (25,000 tasks of four units) removed at once, as
// when their plan is withdrawn (Sync with no plans).
func BenchmarkRemindersRemove(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		s, _ := newStore(b, time.Now)
		if _, err := s.Sync(ctx, []*plan.Document{benchDoc(benchPending / 4)}); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		t0 := time.Now()
		res, err := s.Sync(ctx, nil)
		el := time.Since(t0)
		b.StopTimer()
		if err != nil || res.Removed != benchPending {
			b.Fatalf("%+v %v", res, err)
		}
		if n, _ := s.PendingCount(ctx); n != 0 {
			b.Fatalf("%d left", n)
		}
		b.ReportMetric(el.Seconds(), "remove-s")
	}
}

// BenchmarkRemindersLagMinute: 100,000 reminders fall due over one minute (real time, one every
// 0.6 ms, to 20 channels), one dispatcher with the default options; the metric is the lag from due
// time to delivery. Takes a little over a minute.
func BenchmarkRemindersLagMinute(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s, _ := newStore(b, time.Now)
		start := time.Now().Add(20 * time.Second).Truncate(time.Millisecond) // after the arming
		bulkArm(b, s, benchPending, start, time.Minute/benchPending, "due")
		note := &lagNotifier{}
		time.Sleep(time.Until(start))
		b.ResetTimer()
		deliverAll(b, NewDispatcher(s, note, DispatcherOptions{}), note, benchPending)
		reportLags(b, note.lags)
	}
}

// deliverAll runs d until note has n nudges, then stops the timer and d.
func deliverAll(b *testing.B, d *Dispatcher, note *lagNotifier, n int) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = d.Run(ctx); close(done) }()
	for note.count() < n {
		time.Sleep(10 * time.Millisecond)
	}
	b.StopTimer()
	cancel()
	<-done
}

// reportLags reports the median, 99th percentile and largest lag.
func reportLags(b *testing.B, lags []time.Duration) {
	b.ReportMetric(float64(percentile(lags, 0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(percentile(lags, 0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(percentile(lags, 1).Microseconds())/1000, "max-ms")
}
