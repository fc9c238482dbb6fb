package main

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/internal/app"
)

// TestMain turns this test binary into the sandbox's child when an ingest.Sandbox runs it, as the
// real binary runs "dutybot extract": the commands tested here read files through the sandbox.
func TestMain(m *testing.M) {
	if ingest.IsSandboxChild() {
		err := NewMain().Run(context.Background(), os.Args[1:])
		if err != nil {
			os.Exit(exitCode(err))
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// testApp builds the App a command would from vars and the clock now (nil: time.Now), closed when
// the test ends.
func testApp(t *testing.T, vars map[string]string, now func() time.Time) *app.App {
	t.Helper()
	cfg, err := app.LoadConfig(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(cfg, app.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}
