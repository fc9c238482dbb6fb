// Package scaling tells how the cost of a piece of work grows with its input. The tests that guard
// against run-away work on hostile input (a sentence of a thousand subjects, a question of one
// character repeated 500 times) use it instead of timing one run against a fixed budget: the ratio of
// the costs of two sizes, measured on the same machine under the same load, does not depend on how
// fast the machine is or how busy, so such a test neither fails on a loaded CI runner nor passes a
// quadratic rule on a fast one. The cost is the CPU time the process spends (where the system reports
// it; wall time elsewhere), so that time the work waits for a core another process holds is not
// counted. Speed itself is measured by the benchmarks (docs/BENCHMARKS.md).
package scaling

import (
	"runtime"
	"time"
)

// Growth runs work at size n and at size k·n, reps times each and alternately (so that both sizes
// see the same load), and returns the least cost of the large size over the least cost of the small:
// about k when the work grows linearly with its input, k² when it grows with the square.
func Growth(work func(n int), n, k, reps int) float64 {
	small, large := time.Duration(1<<62), time.Duration(1<<62)
	for range max(reps, 1) {
		small = min(small, timed(func() { work(n) }))
		large = min(large, timed(func() { work(k * n) }))
	}
	return float64(large) / float64(max(small, time.Microsecond))
}

// minSpan is the least CPU time one measurement spans. The system accounts a process's CPU time in
// ticks of a few milliseconds, sampled, so a run of a millisecond can read as nothing or as several:
// under load TestGrowth read a square's growth as 48 and a line's as 13 (k = 4). A short piece of work
// is run again until the span is reached, and its cost is the span over the runs.
const minSpan = 20 * time.Millisecond

// timed runs f after a collection, so that garbage left by earlier work (another test's, in the same
// process) is not collected on f's time, again until minSpan is spent, and returns the CPU time of one
// run.
func timed(f func()) time.Duration {
	runtime.GC()
	start := cpuTime()
	runs := 0
	for {
		f()
		runs++
		if spent := cpuTime() - start; spent >= minSpan {
			return spent / time.Duration(runs)
		}
	}
}
