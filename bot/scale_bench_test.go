package bot

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

var (
	heapProfile = flag.String("scale.heapprofile", "", "write a heap profile to this file once the scale index and parser are built")
	cpuProfile  = flag.String("scale.cpuprofile", "", "write a CPU profile of the questions (not the build) to this file")
	roundsHeap  = flag.String("scale.roundsheapprofile", "", "write a heap profile to this file after the questions; pprof -sample_index=alloc_space -base FILE-of-scale.heapprofile gives what answering them allocated")
	askRounds   = flag.Int("scale.rounds", 3, "times BenchmarkAskScale answers the evaluation set")
	answersOut  = flag.String("scale.answers", "", "write every answer of BenchmarkAskScale's first round to this file, a JSON object a line (to compare two builds' answers)")
	distinct    = flag.Bool("scale.distinct", false, "generate plans whose task texts and paragraphs are each their own (plangen.Options.Distinct), as real plans' are; off, most generated texts are copies of the seeds' and stores that share equal texts or vectors look better than on real plans")
)

// BenchmarkAskScale answers the whole evaluation set — complete lists included, however long —
// against the five seed plans plus n plans made from them by internal/plangen, -scale.rounds times
// (so run it with -benchtime 1x: each iteration builds everything again).
// It reports the index build, the question parser's build, ask p50 / p99 / max over every answer,
// the live heap, the process's peak RSS (and its peak before the first question: the build's),
// and the bytes an answer allocates on average; it logs the slowest questions, those that
// allocate most, and where the memory is once everything is built. The peak RSS is about the live
// heap, plus the room its spans leave unused, plus what the questions allocate beyond the free
// pages the build left (at 10,000 plans no collection runs during one round). Run one size per process,
// so that the peak RSS is that size's:
//
//	go test ./bot -run '^$' -bench '^BenchmarkAskScale$/^plans=10000$' -benchtime 1x
func BenchmarkAskScale(b *testing.B) {
	for _, n := range []int{0, 1000, 10000} {
		b.Run(fmt.Sprintf("plans=%d", n), func(b *testing.B) { benchAskScale(b, n) })
	}
}

// threadCPU is the CPU time the calling thread has used (Linux's RUSAGE_THREAD), -1 when unknown.
func threadCPU() time.Duration { return cpuUsed(1) }

// heapAllocated is how many bytes the process has allocated on the heap so far.
func heapAllocated() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// logMemClasses logs where the process's memory is once the index and parser are built: live
// objects, the room in their spans no object uses (heap/unused), free pages kept (heap/free; the
// questions' garbage fills them before the heap grows), and the runtime's own.
func logMemClasses(b *testing.B) {
	names := []string{"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes", "/memory/classes/heap/free:bytes",
		"/memory/classes/heap/released:bytes", "/memory/classes/metadata/other:bytes", "/memory/classes/metadata/mspan/inuse:bytes",
		"/memory/classes/total:bytes"}
	s := make([]metrics.Sample, len(names))
	for i, n := range names {
		s[i].Name = n
	}
	metrics.Read(s)
	var parts []string
	for _, x := range s {
		name := strings.TrimSuffix(strings.TrimPrefix(x.Name, "/memory/classes/"), ":bytes")
		parts = append(parts, fmt.Sprintf("%s=%.0f", name, float64(x.Value.Uint64())/(1<<20)))
	}
	b.Logf("memory once built (MiB): %s", strings.Join(parts, " "))
}

// processCPU is the CPU time the whole process has used (every thread, the collector's too).
func processCPU() time.Duration { return cpuUsed(syscall.RUSAGE_SELF) }

// cpuUsed is the CPU time getrusage(2) reports for who, -1 when unknown.
func cpuUsed(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// scaleIndex indexes the five seeds and n plans made from them by internal/plangen (each plan
// worded its own way with -scale.distinct), and says how long the index build took.
func scaleIndex(b *testing.B, n int) (*retrieval.Index, time.Duration) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := append(append([]*plan.Document(nil), base...), plangen.GenerateWith(base, n, 1, plangen.Options{Distinct: *distinct})...)
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	t0 := time.Now()
	if _, err := ix.Build(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	return ix, time.Since(t0)
}

// timing is one answer's: its question, wall and CPU time, and how many tasks it gave.
type timing struct {
	q      string
	d, cpu time.Duration
	tasks  int
	alloc  uint64 // bytes allocated while answering (the whole process's: the heap it grows by)
}

// reportTimings logs the slowest questions (by wall time and by CPU) and reports the percentiles
// of both; cpu holds the CPU times when every answer's was read.
func reportTimings(b *testing.B, all []timing, cpu []time.Duration) {
	sort.Slice(all, func(i, j int) bool { return all[i].d < all[j].d })
	lat := make([]time.Duration, len(all))
	for i, t := range all {
		lat[i] = t.d
	}
	for _, t := range all[max(0, len(all)-3):] {
		b.Logf("slow: %q in %v (%d tasks)", t.q, t.d, t.tasks)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].cpu < all[j].cpu })
	for _, t := range all[max(0, len(all)-5):] {
		b.Logf("most CPU: %q, %v (%d tasks)", t.q, t.cpu, t.tasks)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].alloc < all[j].alloc })
	var garbage uint64
	for _, t := range all {
		garbage += t.alloc
	}
	var most []string
	for _, t := range slices.Backward(all[max(0, len(all)-8):]) {
		most = append(most, fmt.Sprintf("%q %.1f MB (%d tasks)", t.q, float64(t.alloc)/1e6, t.tasks))
	}
	b.Logf("most garbage: %s", strings.Join(most, "; "))
	if len(all) > 0 {
		b.ReportMetric(float64(garbage)/float64(len(all))/(1<<20), "alloc-MiB/ask")
	}
	reportPercentiles(b, lat, "ask-")
	if len(cpu) == len(lat) {
		reportPercentiles(b, cpu, "ask-cpu-")
	}
}

// writeHeapProfile writes a heap profile to the file called name.
func writeHeapProfile(b *testing.B, name string) {
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		b.Fatal(err)
	}
}

func benchAskScale(b *testing.B, n int) {
	ix, build := scaleIndex(b, n)
	set := loadEval(b)
	e := NewEngine(ix, Options{})
	t0 := time.Now()
	e.Parser()
	parser := time.Since(t0)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	buildPeak := peakRSSKiB() // the peak before any question: the build's, or the parser's
	logMemClasses(b)
	if *heapProfile != "" {
		writeHeapProfile(b, *heapProfile)
	}

	var all []timing
	var cpu []time.Duration // each answer's CPU time on its thread: what the load of others leaves out
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
	}
	var dump *json.Encoder
	if *answersOut != "" {
		f, err := os.Create(*answersOut)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		dump = json.NewEncoder(f)
	}
	b.ResetTimer()
	for i := 0; i < b.N*max(*askRounds, 1); i++ {
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
			a0 := heapAllocated()
			c0 := threadCPU()
			t0 := time.Now()
			var a Answer
			var err error
			// Labelled, so a CPU profile tells one question from another: pprof -tagfocus 'q=…'.
			pprof.Do(context.Background(), pprof.Labels("q", it.Q), func(ctx context.Context) {
				a, err = e.Answer(ctx, q)
			})
			if err != nil {
				b.Fatal(err)
			}
			tm := timing{q: it.Q, d: time.Since(t0), tasks: len(a.Tasks), alloc: heapAllocated() - a0}
			if c0 >= 0 {
				tm.cpu = threadCPU() - c0
				cpu = append(cpu, tm.cpu)
			}
			all = append(all, tm)
			prev = a.Context
			if dump != nil && i == 0 {
				b.StopTimer()
				if err := dump.Encode(a); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
		}
	}
	b.StopTimer()
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if *roundsHeap != "" {
		runtime.GC() // a heap profile tells what the last collection saw
		writeHeapProfile(b, *roundsHeap)
	}
	reportTimings(b, all, cpu)
	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric(parser.Seconds(), "parser-s")
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(e.ledger().sigs.size())/(1<<20), "topic-index-MiB")
	if kb := peakRSSKiB(); kb > 0 {
		b.ReportMetric(float64(kb)/1024, "peak-rss-MiB")
		b.ReportMetric(float64(buildPeak)/1024, "build-peak-rss-MiB")
	}
	runtime.KeepAlive(ix)
}
