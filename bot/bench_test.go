package bot

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// askLatencies answers every evaluation question once, offline, and returns the latencies. big
// collects the latencies of answers that name more than bigAnswer tasks.
func askLatencies(b *testing.B, e *Engine, set evalSet, big map[string]time.Duration) []time.Duration {
	slow := map[string]time.Duration(nil)
	if big != nil {
		slow = map[string]time.Duration{}
		defer func() {
			for q, d := range slow {
				b.Logf("slow: %q in %v", q, d)
			}
		}()
	}
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
		d := time.Since(t0)
		if big != nil && len(a.Tasks) > bigAnswer {
			big[it.Q] = d
		} else {
			lat = append(lat, d)
			if slow != nil && d > 50*time.Millisecond {
				slow[it.Q] = d
			}
		}
		prev = a.Context
	}
	return lat
}

// peakRSSKiB is the process's peak resident set (VmHWM) on Linux, 0 elsewhere.
func peakRSSKiB() int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return n
		}
	}
	return 0
}

// bigAnswer is where an answer stops being a lookup and becomes a report: "市商务局负责哪些任务?"
// over 10,000 plans names every task of 市商务局 in 2,000 cities, and its cost is writing them out.
const bigAnswer = 1000

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
	askLatencies(b, e, set, nil) // warm: the parser is built on first use
	b.ResetTimer()
	var lat []time.Duration
	for i := 0; i < b.N; i++ {
		lat = append(lat, askLatencies(b, e, set, nil)...)
	}
	reportPercentiles(b, lat, "ask-")
}

// BenchmarkAskQuestions answers the open question sets (bot/testdata/questions/*-open.json, each
// over its own plans: the seeds, or the seeds and the corpus plans it names) offline; reports
// per-question p50 and p99 over all iterations.
func BenchmarkAskQuestions(b *testing.B) {
	files, err := filepath.Glob("testdata/questions/*-open.json")
	if err != nil || len(files) == 0 {
		b.Fatalf("no open question sets: %v", err)
	}
	type run struct {
		e   *Engine
		set questionSet
	}
	var runs []run
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var set questionSet
		if err := json.Unmarshal(data, &set); err != nil {
			b.Fatal(err)
		}
		runs = append(runs, run{NewEngine(corpusIndex(b, set.Corpus), Options{}), set})
	}
	ask := func() []time.Duration {
		var lat []time.Duration
		for _, r := range runs {
			var prev Context
			for _, it := range r.set.Questions {
				day := it.Now
				if day == "" {
					day = r.set.Now
				}
				q := Question{Text: it.Q, Now: fixedClock(day)()}
				if it.Follow {
					q.Context = prev
				}
				t0 := time.Now()
				a, err := r.e.Answer(context.Background(), q)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
				prev = a.Context
			}
		}
		return lat
	}
	ask() // warm: parsers and ledgers are built on first use
	b.ResetTimer()
	var lat []time.Duration
	for i := 0; i < b.N; i++ {
		lat = append(lat, ask()...)
	}
	reportPercentiles(b, lat, "ask-")
}
