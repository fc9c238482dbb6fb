//go:build !unix

package scaling

import "time"

// cpuTime is wall time where the system reports no CPU time of a process.
func cpuTime() time.Duration { return wallTime() }
