package main

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/dutybot/dutybot/ingest"
)

// TestMain turns this test binary into the sandbox's child when an ingest.Sandbox runs it, as the
// real binary runs "dutybot extract": the commands tested here read files through the sandbox.
func TestMain(m *testing.M) {
	if ingest.IsSandboxChild() {
		err := NewMain().Run(context.Background(), os.Args[1:])
		if err != nil {
			fmt.Fprintln(os.Stderr, "dutybot:", err)
			os.Exit(exitCode(err))
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
