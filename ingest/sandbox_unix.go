package ingest

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// limitCPU caps this process's processor time (the kernel kills it past the hard limit) and
// turns off core dumps: a crash of a sandbox child must not write the file it read to disk.
func limitCPU(cpu time.Duration) error {
	secs := uint64(max(1, cpu.Seconds()))
	if err := syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: secs, Max: secs}); err != nil {
		return fmt.Errorf("limit processor time: %w", err)
	}
	if err := syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{}); err != nil {
		return fmt.Errorf("turn off core dumps: %w", err)
	}
	return nil
}

// virtualSize returns this process's mapped address space in bytes, from /proc/self/statm.
func virtualSize() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0, false
	}
	pages, err := strconv.ParseInt(f[0], 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}
