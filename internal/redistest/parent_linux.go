package redistest

import (
	"os/exec"
	"syscall"
)

// dieWithParent makes the server die with the test binary, so no redis-server outlives a test run.
func dieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
