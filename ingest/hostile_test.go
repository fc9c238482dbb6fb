package ingest

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

var updateHostile = flag.Bool("update-hostile", false, "rewrite testdata/hostile from hostileFiles")

// TestHostileFilesCurrent keeps the committed hostile files equal to what hostileFiles writes.
func TestHostileFilesCurrent(t *testing.T) {
	for name, data := range hostileFiles() {
		path := filepath.Join("testdata", "hostile", name)
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
			t.Errorf("%s differs from what hostileFiles writes (run with -update-hostile and review)", path)
		}
	}
}

func hostile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// hostileCase is one finding of the audit: a file that once crashed, exhausted or hung the
// reader, and what its refusal must say now.
type hostileCase struct {
	name   string // the finding
	file   string // the name the file is given as
	data   func(testing.TB) []byte
	reason string // a part of the refusal's reason
}

func committed(name string) func(testing.TB) []byte {
	return func(t testing.TB) []byte { return hostile(t, name) }
}

var hostileCases = []hostileCase{
	{"pdf predictor columns 1e12", "columns.pdf", committed("columns.pdf"), "/Columns 1000000000000"},
	{"pdf xref stream size 1e12", "xref-size.pdf", committed("xref-size.pdf"), "/Size 1000000000000"},
	{"pdf object stream inside itself", "objstm-self.pdf", committed("objstm-self.pdf"), "inside an object stream"},
	{"pdf object stream extends itself", "extends-loop.pdf", committed("extends-loop.pdf"), "extends itself"},
	{"pdf xref prev at itself", "prev-loop.pdf", committed("prev-loop.pdf"), "comes back to offset"},
	{"pdf xref prev cycle", "prev-cycle.pdf", committed("prev-cycle.pdf"), "comes back to offset"},
	{"pdf page tree kids loop", "pages-loop.pdf", committed("pages-loop.pdf"), "page tree loops"},
	{"pdf page its own parent", "page-parent-loop.pdf", committed("page-parent-loop.pdf"), "parents"},
	{"pdf 70 MB content stream", "bomb.pdf", pdfBomb, "compression bomb"},
	{"pdf font after 60 MB in an object stream", "padded.pdf", pdfObjStmPadded, "object stream in the PDF is compressed more than 100 to 1"},
	{"docx 250 MB of paragraphs", "bomb.docx", docxBomb, "compression bomb"},
	{"docx 20 million nested elements", "nested.docx", docxNested, "compression bomb"},
	{"docx nested 10000 deep", "deep.docx", committed("deep.docx"), "nests elements more than 256 deep"},
	{"docx 400k comments in one run", "comments.docx", docxComments, "XML comments"},
	{"doc renamed docx", "renamed-doc.docx", committed("renamed-doc.docx"), "old Word (.doc) file, whatever its name says"},
	{"encrypted docx", "encrypted.docx", committed("encrypted.docx"), "password-protected"},
}

// TestHostileInProcess runs each hostile file through the in-process extractor: the guards alone
// must refuse it, quickly and with a reason that says what is wrong.
func TestHostileInProcess(t *testing.T) {
	for _, tc := range hostileCases {
		t.Run(tc.name, func(t *testing.T) {
			data := tc.data(t)
			start := time.Now()
			_, err := Extract(tc.file, data)
			took := time.Since(start)
			var r *RefusedError
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *RefusedError", err)
			}
			if !strings.Contains(r.Reason, tc.reason) || r.Remedy == "" || r.Name != tc.file {
				t.Errorf("refusal %q: want %q in the reason, a remedy, the name %s", err, tc.reason, tc.file)
			}
			if took > 5*time.Second {
				t.Errorf("took %v, want under 5s", took)
			}
			t.Logf("%d bytes: refused in %v: %s", len(data), took.Round(time.Millisecond), r.Reason)
		})
	}
}

// TestListNumbersClamped: absurd list starts are clamped (Word's own maximum is 32767) and long
// letter labels fall back to digits, so the labels stay short.
func TestListNumbersClamped(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []string // the first lines
	}{
		{"numbering-start.docx", []string{"32767.任务", "32767.任务", "32768.任务", "32768.任务"}},
		{"numbering-letters.docx", []string{"32767.任务", "32767.任务", "32768.任务"}},
	} {
		start := time.Now()
		text, err := Extract(tt.file, hostile(t, tt.file))
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		ls := lines(text)
		if !slices.Equal(ls[:len(tt.want)], tt.want) {
			t.Errorf("%s: first lines %q, want %q", tt.file, ls[:len(tt.want)], tt.want)
		}
		for _, l := range ls {
			if len(l) > 64 {
				t.Fatalf("%s: label too long: %.80q", tt.file, l)
			}
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s took %v", tt.file, took)
		}
	}
	for _, tt := range []struct {
		in   string
		want int
	}{{"1", 1}, {"1000000000000000000", maxListNumber}, {"99999999999999999999999", maxListNumber}, {"-5", 0}, {"x", 1}} {
		if got := listNumber(tt.in); got != tt.want {
			t.Errorf("listNumber(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	if got := formatNumber(maxLetterNumber+1, "lowerLetter"); got != "781" {
		t.Errorf("formatNumber(781, lowerLetter) = %q, want digits", got)
	}
}

// TestReadFileRefusesWhatIsNotAFile: the size check reads, it does not trust stat.
func TestReadFileRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.txt")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	go func() { // a writer that never stops
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		chunk := make([]byte, 64<<10)
		for {
			if _, err := f.Write(chunk); err != nil {
				return
			}
		}
	}()
	tests := []struct {
		name, path string
		reason     string
	}{
		{"dev zero", "/dev/zero", "device"},
		{"directory", dir, "directory"},
		{"endless fifo", fifo, "over the 1.0 MB limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := ReadFile(tt.path, 1<<20)
			var r *RefusedError
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) {
				t.Fatalf("err = %v, want a refusal saying %q", err, tt.reason)
			}
			if took := time.Since(start); took > 5*time.Second {
				t.Errorf("took %v", took)
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
