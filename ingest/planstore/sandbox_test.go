package planstore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
)

// TestMain turns this test binary into a sandbox child when a Sandbox runs it, as "dutybot
// extract" is in the real binary.
func TestMain(m *testing.M) {
	if ingest.IsSandboxChild() {
		args := os.Args[1:]
		if len(args) > 0 && args[0] == "extract" {
			args = args[1:]
		}
		if err := ingest.RunChild(args, os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func testSandbox() *ingest.Sandbox {
	return &ingest.Sandbox{Args: []string{"extract"}, Timeout: 20 * time.Second, Logger: slog.New(slog.DiscardHandler)}
}

// TestStoreAddThroughSandbox: the store reads what Slack uploads and `ingest` add through its
// sandbox; a hostile file is refused and changes nothing.
func TestStoreAddThroughSandbox(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := NewStore(rdb, keyspace.New(prefix), Options{Now: func() time.Time { return testNow }, Block: 200 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler), Sandbox: testSandbox()})
	f := ingesttest.Seed(t, "quzhou")
	text, _ := plan.Decode(f.Data)
	sum, err := s.Add(ctx, "quzhou.docx", ingesttest.SeedDOCX(text), false)
	if err != nil || !sum.Stored || len(sum.Doc.Tasks) == 0 {
		t.Fatalf("add a healthy plan: %+v, %v", sum, err)
	}
	before := ids(t, s)
	_, err = s.Add(ctx, "bomb.docx", ingesttest.DOCXBomb(t), true)
	var r *ingest.RefusedError
	if !errors.As(err, &r) || !strings.Contains(r.Reason, "compression bomb") {
		t.Fatalf("preview a bomb: err = %v, want a refusal", err)
	}
	if _, err := s.Reparse(ctx, sum.Doc.ID); err != nil {
		t.Fatalf("reparse through the sandbox: %v", err)
	}
	if after := ids(t, s); !slices.Equal(before, after) {
		t.Errorf("plans %v after the refusal and a reparse, want %v", after, before)
	}
}
