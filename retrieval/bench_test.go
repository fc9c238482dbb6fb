package retrieval

import (
	"context"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func seedDocs(b *testing.B) []*plan.Document {
	b.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkBuildSeeds indexes the five seed plans from scratch (local embedding).
func BenchmarkBuildSeeds(b *testing.B) {
	docs := seedDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, _ := Open(Options{})
		if _, err := ix.Build(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebuildUnchangedSeeds is a restart: the snapshot holds every vector, nothing is embedded.
func BenchmarkRebuildUnchangedSeeds(b *testing.B) {
	docs := seedDocs(b)
	dir := b.TempDir()
	ix, _ := Open(Options{Dir: dir})
	if _, err := ix.Build(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	if err := ix.Save(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := Open(Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		st, err := ix.Build(context.Background(), docs)
		if err != nil || st.Embedded != 0 {
			b.Fatal(err, st)
		}
	}
}

func heapMiB() float64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

// BenchmarkScale10k generates 10,000 plans from the seeds (other cities, swapped units, shifted
// dates), builds the index, and runs search queries: build seconds, heap (plans and index), and
// search p50/p99 over a fixed query mix, half of them narrowed to a city. Run with -benchtime=1x.
func BenchmarkScale10k(b *testing.B) {
	base := seedDocs(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		before := heapMiB()
		docs := plangen.Generate(base, 10000, 1)
		withDocs := heapMiB()
		b.StartTimer()
		start := time.Now()
		ix, _ := Open(Options{})
		st, err := ix.Build(context.Background(), docs)
		if err != nil {
			b.Fatal(err)
		}
		build := time.Since(start)
		b.StopTimer()
		after := heapMiB()
		queries := []string{"服务业增加值突破", "百亿级服务业领军企业", "综合保税区申报建设", "多式联运枢纽港", "养老托育服务", "跨境电商产业园区", "新生代企业家", "现代物流体系建设资金"}
		cities := ix.Directory().Cities()
		var lat []time.Duration
		for j := 0; j < 200; j++ {
			q := Query{Text: queries[j%len(queries)], N: 5}
			if j%2 == 1 {
				q.City = cities[j%len(cities)]
			}
			t0 := time.Now()
			if _, err := ix.Search(context.Background(), q); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t0))
		}
		sort.Slice(lat, func(a, c int) bool { return lat[a] < lat[c] })
		b.ReportMetric(build.Seconds(), "build-s")
		b.ReportMetric(float64(st.Tasks+st.Paras), "entries")
		b.ReportMetric(withDocs-before, "plans-MiB")
		b.ReportMetric(after-withDocs, "index-MiB")
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "search-p50-ms")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "search-p99-ms")
		runtime.KeepAlive(docs)
		runtime.KeepAlive(ix)
	}
}
