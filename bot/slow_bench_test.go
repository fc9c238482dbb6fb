package bot

import (
	"context"
	"flag"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"
)

var (
	slowPlans = flag.Int("slow.plans", 1000, "generated plans BenchmarkAskSlow asks against (beside the five seeds)")
	slowQs    = flag.String("slow.q", "家政服务的牵头单位是谁?|市人力社保局负责哪些任务?|summarize 市商务局's work across all plans|“一区一园”的牵头单位是哪些?|市体育局负责哪些任务?",
		"the evaluation-set questions BenchmarkAskSlow asks, separated by |")
	slowReps = flag.Int("slow.reps", 10, "times BenchmarkAskSlow asks each question")
	slowProf = flag.String("slow.cpuprofile", "", "write a CPU profile of BenchmarkAskSlow's questions to this file")
)

// BenchmarkAskSlow asks only the slowest questions of the evaluation set (-slow.q), each -slow.reps
// times one after another, against the seeds plus -slow.plans generated plans, and logs each
// question's best and mean wall time and mean process CPU (all threads: the parallel matchers and
// the collector are counted). It is for profiling the slow answers without the rest of the set:
//
//	go test ./bot -run '^$' -bench '^BenchmarkAskSlow$' -benchtime 1x -args -slow.plans=10000 -slow.cpuprofile /tmp/slow.prof
func BenchmarkAskSlow(b *testing.B) {
	ix, _ := scaleIndex(b, *slowPlans)
	set := loadEval(b)
	e := NewEngine(ix, Options{})
	e.Parser()
	want := map[string]bool{}
	for _, q := range strings.Split(*slowQs, "|") {
		want[q] = true
	}
	type item struct {
		q    Question
		text string
	}
	var qs []item
	for _, it := range set.Questions {
		if !want[it.Q] || it.Follow { // a follow-up needs the answer before it: not asked alone
			continue
		}
		day := it.Now
		if day == "" {
			day = set.Now
		}
		qs = append(qs, item{Question{Text: it.Q, Now: fixedClock(day)()}, it.Q})
	}
	runtime.GC()
	if *slowProf != "" {
		f, err := os.Create(*slowProf)
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		for _, it := range qs {
			var best, sum, cpu time.Duration
			for r := 0; r < max(*slowReps, 1); r++ {
				c0, t0 := processCPU(), time.Now()
				pprof.Do(context.Background(), pprof.Labels("q", it.text), func(ctx context.Context) {
					if _, err := e.Answer(ctx, it.q); err != nil {
						b.Fatal(err)
					}
				})
				d := time.Since(t0)
				cpu += processCPU() - c0
				sum += d
				if best == 0 || d < best {
					best = d
				}
			}
			reps := time.Duration(max(*slowReps, 1))
			b.Logf("%q: wall best %v mean %v; process CPU mean %v", it.text, best.Round(time.Microsecond), (sum / reps).Round(time.Microsecond), (cpu / reps).Round(time.Microsecond))
		}
	}
	b.StopTimer()
	if *slowProf != "" {
		pprof.StopCPUProfile()
	}
	runtime.KeepAlive(ix)
}
