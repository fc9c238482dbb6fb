package ingest

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite the committed hostile files from ingesttest.HostileFiles")

// TestHostileFilesCurrent keeps the committed hostile files — in testdata/hostile/ of the package
// whose guards refuse each — equal to what ingesttest.HostileFiles writes.
func TestHostileFilesCurrent(t *testing.T) {
	for path, data := range ingesttest.HostileFiles() {
		if *updateHostile {
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./ingest -run TestHostileFilesCurrent -update-hostile)", err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s differs from what ingesttest.HostileFiles writes (run with -update-hostile and review)", path)
		}
	}
}

// TestHostileInProcess runs each hostile file of the audit, whatever its format, through the
// in-process extractor: the guards alone must refuse it, without hanging, with a reason that says what is
// wrong, and the refusal names the file.
func TestHostileInProcess(t *testing.T) {
	for _, tc := range ingesttest.HostileCases {
		t.Run(tc.Name, func(t *testing.T) {
			data := tc.Data(t, "ingest")
			start := time.Now()
			_, err := Extract(tc.File, data)
			took := time.Since(start)
			var r *RefusedError
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *RefusedError", err)
			}
			if !strings.Contains(r.Reason, tc.Reason) || r.Remedy == "" || r.Name != tc.File {
				t.Errorf("refusal %q: want %q in the reason, a remedy, the name %s", err, tc.Reason, tc.File)
			}
			if took > ingesttest.HangLimit {
				t.Errorf("took %v: the guards hung", took)
			}
			t.Logf("%d bytes: refused in %v: %s", len(data), took.Round(time.Millisecond), r.Reason)
		})
	}
}

// TestReadFileRefusesWhatIsNotAFile: the size check reads, it does not trust stat.
func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	tests := []struct {
		name, path string
		reason     string
	}{
		{"dev zero", "/dev/zero", "device"},
		{"directory", dir, "directory"},
		{"named pipe nobody writes to (its open would block)", fifo, "named pipe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := ReadFile(tt.path, 1<<20)
			var r *RefusedError
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) {
				t.Fatalf("err = %v, want a refusal saying %q", err, tt.reason)
			}
			if took := time.Since(start); took > ingesttest.HangLimit {
				t.Errorf("took %v: the read blocked", took)
			}
		})
	}
	// A regular file at the limit is read; one byte more is refused.
	path := filepath.Join(dir, "plan.txt")
	os.WriteFile(path, bytes.Repeat([]byte("a"), 1000), 0o644)
	if b, err := ReadFile(path, 1000); err != nil || len(b) != 1000 {
		t.Errorf("ReadFile at the limit: %d bytes, %v", len(b), err)
	}
	if _, err := ReadFile(path, 999); err == nil {
		t.Error("ReadFile over the limit: no error")
	}
}

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o600) }

// BenchmarkRefusals times the in-process refusal of each hostile file of the audit, the figure the
// tests above only guard against hanging (docs/BENCHMARKS.md, "Hostile files").
func BenchmarkRefusals(b *testing.B) {
	for _, tc := range ingesttest.HostileCases {
		b.Run(tc.Name, func(b *testing.B) {
			data := tc.Data(b, "ingest")
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Extract(tc.File, data); err == nil {
					b.Fatal("read, want a refusal")
				}
			}
		})
	}
}
