//go:build unix

package scaling

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has spent, in user and system mode, over all its threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return wallTime()
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
