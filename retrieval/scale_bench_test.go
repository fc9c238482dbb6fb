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

	// One-plan changes through Build with the whole set, as the plan store's listener makes them.
	var added, removed, replaced []time.Duration
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
		k := len(base) + (r*7919)%n
		docs[k] = revised(docs[k])
		timed(&replaced, docs)
	}

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

	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric(float64(st.Tasks+st.Paras), "entries")
	b.ReportMetric(live, "heap-MiB")
	reportSpread(b, added, "add-one-")
	reportSpread(b, removed, "remove-one-")
	reportSpread(b, replaced, "replace-one-")
	reportSpread(b, lat, "search-")
	if kb := peakRSSKiB(); kb > 0 {
		b.ReportMetric(float64(kb)/1024, "peak-rss-MiB")
	}
	runtime.KeepAlive(ix)
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
