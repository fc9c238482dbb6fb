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

// timed runs f after a collection, so that garbage left by earlier work (another test's, in the same
// process) is not collected on f's time, and returns the CPU time it took.
func timed(f func()) time.Duration {
	runtime.GC()
	start := cpuTime()
	f()
	return cpuTime() - start
}
