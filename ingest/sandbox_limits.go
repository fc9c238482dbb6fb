//go:build !race

package ingest

import (
	"fmt"
	"syscall"
	"time"
)

// limitSelf bounds this process (a sandbox child): its address space to what the runtime has
// mapped so far plus memory (the runtime reserves about 1 GB of address space it has not used
// yet, so a bare memory figure would leave it none), its processor time to cpu, and no core
// dumps. Past the address space limit an allocation fails and the runtime ends the process.
func limitSelf(memory int64, cpu time.Duration) error {
	if err := limitCPU(cpu); err != nil {
		return err
	}
	vm, ok := virtualSize()
	if !ok {
		return nil // no /proc: the parent's watch and the soft heap limit remain
	}
	lim := uint64(vm + memory)
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim}); err != nil {
		return fmt.Errorf("limit the address space: %w", err)
	}
	return nil
}

// childEnv is added to a child's environment (see the race build's).
var childEnv []string
