//go:build race

package ingest

import "time"

// limitSelf bounds this process (a sandbox child) as the non-race build does, except for its
// address space: the race detector maps terabytes of shadow memory, so RLIMIT_AS would stop it
// at start. The parent's watch of the child's resident memory enforces the limit instead.
func limitSelf(_ int64, cpu time.Duration) error { return limitCPU(cpu) }

// childEnv is added to a child's environment: the race runtime otherwise sleeps a second at exit
// (to catch races at exit), which would be most of a child's time.
var childEnv = []string{"GORACE=atexit_sleep_ms=0"}
