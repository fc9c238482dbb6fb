package bot

import (
	"context"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// askLatencies answers every evaluation question once, offline, and returns the latencies sorted.
func askLatencies(b *testing.B, e *Engine, set evalSet) []time.Duration {
	var lat []time.Duration
	var prev Context
	for _, it := range set.Questions {
		day := it.Now
		if day == "" {
			day = set.Now
		}
		q := Question{Text: it.Q, Now: fixedClock(day)()}
		if it.Follow {
			q.Context = prev
		}
		t0 := time.Now()
		a, err := e.Answer(context.Background(), q)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
		prev = a.Context
	}
	return lat
}

func reportPercentiles(b *testing.B, lat []time.Duration, prefix string) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[len(lat)/2]), prefix+"p50-ms")
	b.ReportMetric(ms(lat[(len(lat)*99)/100]), prefix+"p99-ms")
	b.ReportMetric(ms(lat[len(lat)-1]), prefix+"max-ms")
}

// BenchmarkAskEval answers the evaluation set offline on the seed plans, index loaded; reports
// per-question p50 and p99 over all iterations.
func BenchmarkAskEval(b *testing.B) {
	ix := seedIndex(b)
	set := loadEval(b)
	e := NewEngine(ix, Options{})
	askLatencies(b, e, set) // warm: the parser is built on first use
	b.ResetTimer()
	var lat []time.Duration
	for i := 0; i < b.N; i++ {
		lat = append(lat, askLatencies(b, e, set)...)
	}
	reportPercentiles(b, lat, "ask-")
}

// BenchmarkAskScale10k answers the evaluation set against the seeds plus 10,000 generated plans
// (see internal/plangen). Run with -benchtime=1x: building the index takes tens of seconds.
func BenchmarkAskScale10k(b *testing.B) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := append(append([]*plan.Document(nil), base...), plangen.Generate(base, 10000, 1)...)
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if _, err := ix.Build(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	build := time.Since(t0)
	set := loadEval(b)
	e := NewEngine(ix, Options{})
	t0 = time.Now()
	e.Parser()
	parser := time.Since(t0)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	var lat []time.Duration
	for i := 0; i < b.N; i++ {
		lat = append(lat, askLatencies(b, e, set)...)
	}
	b.StopTimer()
	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric(parser.Seconds(), "parser-s")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MiB")
	reportPercentiles(b, lat, "ask-")
}
