package retrieval

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
)

// The scale benchmarks reproduce the figures of docs/BENCHMARKS.md ("At scale"). Run one size per
// process, so that the peak RSS reported is that size's:
//
//	go test ./retrieval -run '^$' -bench '^BenchmarkIndexScale$/^plans=10000$' -benchtime 1x
var (
	heapProfile  = flag.String("scale.heapprofile", "", "write a heap profile to this file once the scale index is built")
	updateRounds = flag.Int("scale.updates", 10, "one-plan changes timed per kind in BenchmarkIndexScale")
	cpuProfile   = flag.String("scale.cpuprofile", "", "write a CPU profile of the lookups (not the build) to this file")
)

// BenchmarkIndexScale indexes the seeds and n plans made from them by internal/plangen, then times
// one-plan changes through Build (what the plan store's listener calls with the whole set) — a plan
// added, the same plan removed, a plan replaced by a revised copy — and search queries. It reports
// the build, the changes' median and worst times, the live heap and the process's peak RSS.
func BenchmarkIndexScale(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("plans=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				benchIndexScale(b, n)
			}
		})
	}
}

func benchIndexScale(b *testing.B, n int) {
	b.StopTimer()
	ctx := context.Background()
	rounds := max(*updateRounds, 1)
	base := seedDocs(b)
	gen := plangen.Generate(base, n+rounds, 1)
	docs := append(append([]*plan.Document(nil), base...), gen[:n]...)
	extra := gen[n:]

	b.StartTimer()
	start := time.Now()
	ix, err := Open(Options{})
	if err != nil {
		b.Fatal(err)
	}
	st, err := ix.Build(ctx, docs)
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(start)
	b.StopTimer()
	live := heapMiB()
	if *heapProfile != "" {
		writeHeapProfile(b, *heapProfile)
	}

	added, removed, replaced := timeChanges(b, ix, docs, extra, len(base), n, rounds)
	lat := timeSearches(b, ix)
	look := timeLookups(b, ix)

	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric(float64(st.Tasks+st.Paras), "entries")
	b.ReportMetric(live, "heap-MiB")
	reportSpread(b, added, "add-one-")
	reportSpread(b, removed, "remove-one-")
	reportSpread(b, replaced, "replace-one-")
	reportSpread(b, lat, "search-")
	reportSpread(b, look, "lookup-")
	if kb := peakRSSKiB(); kb > 0 {
		b.ReportMetric(float64(kb)/1024, "peak-rss-MiB") // before the snapshot below: Save buffers it whole
	}
	timeRestart(b, ix, docs)
}

// timeChanges times one-plan changes through Build with the whole set, as the plan store's listener
// makes them: a plan added, removed, and one replaced by an edited copy, rounds times.
func timeChanges(b *testing.B, ix *Index, docs, extra []*plan.Document, bases, n, rounds int) (added, removed, replaced []time.Duration) {
	ctx := context.Background()
	timed := func(list *[]time.Duration, set []*plan.Document) {
		t0 := time.Now()
		if _, err := ix.Build(ctx, set); err != nil {
			b.Fatal(err)
		}
		*list = append(*list, time.Since(t0))
	}
	for r := 0; r < rounds; r++ {
		timed(&added, append(docs[:len(docs):len(docs)], extra[r]))
		timed(&removed, docs)
		k := bases + (r*7919)%n
		docs[k] = revised(docs[k])
		timed(&replaced, docs)
	}
	return added, removed, replaced
}

// timeSearches times 200 searches, half of them within one city.
func timeSearches(b *testing.B, ix *Index) []time.Duration {
	ctx := context.Background()
	queries := []string{"服务业增加值突破", "百亿级服务业领军企业", "综合保税区申报建设", "多式联运枢纽港", "养老托育服务", "跨境电商产业园区", "新生代企业家", "现代物流体系建设资金"}
	cities := ix.Directory().Cities()
	var lat []time.Duration
	for j := 0; j < 200; j++ {
		q := Query{Text: queries[j%len(queries)], N: 5}
		if j%2 == 1 {
			q.City = cities[j%len(cities)]
		}
		t0 := time.Now()
		if _, err := ix.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	return lat
}

// scaleLookup is a structured lookup questions make.
type scaleLookup struct {
	name string
	run  func() int
}

// scaleLookups are the structured lookups questions make, the largest first: every task, deadline or
// overdue deadline of a unit all cities have, a phrase every city's plans hold, a name nobody has.
func scaleLookups(ix *Index) []scaleLookup {
	ctx := context.Background()
	today := plan.NewDay(2026, 6, 1)
	cities := ix.Directory().Cities()
	everywhere := ix.Directory().Resolve("市商务局", "")
	return []scaleLookup{
		{"UnitTasks(市商务局, every city)", func() int { return len(ix.UnitTasks(everywhere)) }},
		{"UnitTasks(市商务局, one city)", func() int { return len(ix.UnitTasks(everywhere[len(everywhere)/2 : len(everywhere)/2+1])) }},
		{"Deadlines(市商务局, every city, from today)", func() int {
			return len(ix.Deadlines(Filter{Units: everywhere}, today, plan.Day{}))
		}},
		{"Overdue(every plan)", func() int { return len(ix.Overdue(Filter{}, today)) }},
		{"Deadlines(every plan, next 30 days)", func() int { return len(ix.Deadlines(Filter{}, today, today.AddDays(30))) }},
		{"Overdue(one city)", func() int { return len(ix.Overdue(Filter{City: cities[7]}, today)) }},
		{"Tasks(one city)", func() int { return len(ix.Tasks(Filter{City: cities[7]})) }},
		{"FindTasks(综合保税区)", func() int { r, _ := ix.FindTasks(ctx, "综合保税区", Filter{}, 5, 0.6); return len(r) }},
		{"FindTasks(紧缺专业领域, in texts only)", func() int { r, _ := ix.FindTasks(ctx, "紧缺专业领域", Filter{}, 5, 0.6); return len(r) }},
		{"FindTasks(低空经济, nowhere)", func() int { r, _ := ix.FindTasks(ctx, "低空经济", Filter{}, 5, 0.6); return len(r) }},
		{"DocsWithAll(家政服务)", func() int { return len(ix.DocsWithAll("家政服务")) }},
		{"Docs", func() int { return len(ix.Docs()) }},
		{"Suggest(市外星局)", func() int { return len(ix.Directory().Suggest("市外星局", "", 5)) }},
		{"Resolve(商务局)", func() int { return len(ix.Directory().Resolve("商务局", "")) }},
		{"CityIn", func() int { c, _ := ix.Directory().CityIn("总结一下" + cities[9] + "的工作"); return len(c) }},
		{"CityNames", func() int { return len(ix.Directory().CityNames()) }},
		{"Units(every city)", func() int { return len(ix.Directory().Units("")) }},
	}
}

// timeLookups runs the lookups five times (under a CPU profile when asked) and prints the last
// round's table.
func timeLookups(b *testing.B, ix *Index) []time.Duration {
	lookups := scaleLookups(ix)
	var look []time.Duration
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	for r := 0; r < 5; r++ {
		for _, l := range lookups {
			t0 := time.Now()
			n := l.run()
			d := time.Since(t0)
			look = append(look, d)
			if r == 4 { // printed, not logged: a benchmark's log is cut at ten lines
				fmt.Printf("    %-45s %8d results %9.3f ms\n", l.name, n, float64(d.Microseconds())/1000)
			}
		}
	}
	return look
}

// timeRestart times a restart: the snapshot saved, then opened by a new index and built with the
// same plans (nothing to embed; what is left is reading the snapshot, hashing the plans and indexing
// them).
func timeRestart(b *testing.B, ix *Index, docs []*plan.Document) {
	ctx := context.Background()
	snap := b.TempDir()
	ix.opt.Dir = snap
	t0 := time.Now()
	if err := ix.Save(); err != nil {
		b.Fatal(err)
	}
	save := time.Since(t0)
	ix = nil
	runtime.GC()
	t0 = time.Now()
	ix2, err := Open(Options{Dir: snap})
	if err != nil {
		b.Fatal(err)
	}
	st2, err := ix2.Build(ctx, docs)
	if err != nil || st2.Embedded != 0 {
		b.Fatalf("restart: %+v %v", st2, err)
	}
	b.ReportMetric(save.Seconds(), "save-s")
	b.ReportMetric(time.Since(t0).Seconds(), "restart-s")
	runtime.KeepAlive(ix2)
}

// revised is d with its first task's text changed: the same plan stored again after an edit.
func revised(d *plan.Document) *plan.Document {
	c := *d
	c.Tasks = append([]plan.Task(nil), d.Tasks...)
	if len(c.Tasks) > 0 {
		c.Tasks[0].Text += "（修订）"
	}
	return &c
}

// reportSpread reports the median, 99th percentile and worst of ds, in milliseconds.
func reportSpread(b *testing.B, ds []time.Duration, prefix string) {
	if len(ds) == 0 {
		return
	}
	ds = append([]time.Duration(nil), ds...)
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(ds[len(ds)/2]), prefix+"p50-ms")
	b.ReportMetric(ms(ds[len(ds)*99/100]), prefix+"p99-ms")
	b.ReportMetric(ms(ds[len(ds)-1]), prefix+"max-ms")
}

// peakRSSKiB is the process's peak resident set (VmHWM) on Linux, 0 elsewhere.
func peakRSSKiB() int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return n
		}
	}
	return 0
}

func writeHeapProfile(b *testing.B, path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		b.Fatal(err)
	}
}
