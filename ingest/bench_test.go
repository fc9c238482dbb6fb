package ingest

// Benchmarks for docs/BENCHMARKS.md ("Ingest"):
//
//	go test ./ingest -run '^$' -bench . -benchmem -benchtime 10x
//
// The files are generated here: a plan of about 100 A4 pages as a PDF (Type0 font, ToUnicode map,
// running head and page numbers), and a plan whose task list is a 200-row table as a .docx.

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
)

func BenchmarkExtractPDF100Pages(b *testing.B) {
	data := ingesttest.BenchPDF(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract("plan.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}

// The whole ingest: extract, parse, and store in Redis (original + parse, feed entry).
func benchIngest(b *testing.B, name string, data []byte, wantTasks int) {
	rdb, prefix := redistest.Client(b)
	s := newTestStore(b, rdb, prefix)
	ctx := context.Background()
	sum, err := s.Add(ctx, name, data, false)
	if err != nil {
		b.Fatal(err)
	}
	if len(sum.Doc.Tasks) < wantTasks {
		b.Fatalf("%s: %d tasks parsed, want at least %d", name, len(sum.Doc.Tasks), wantTasks)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Add(ctx, name, data, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngestPDF100Pages(b *testing.B) {
	benchIngest(b, "plan.pdf", ingesttest.BenchPDF(b), 400)
}

func BenchmarkIngestDOCX200Rows(b *testing.B) {
	benchIngest(b, "plan.docx", ingesttest.BenchDOCX(b), 200)
}

// TestBenchFilesParse keeps the benchmark inputs honest: both parse into the tasks they hold.
func TestBenchFilesParse(t *testing.T) {
	for _, f := range []struct {
		name string
		data []byte
		min  int
	}{{"plan.pdf", ingesttest.BenchPDF(t), 400}, {"plan.docx", ingesttest.BenchDOCX(t), 200}} {
		doc, err := ParseFile(Extractor{}, f.name, f.data, plan.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		withUnit := 0
		for _, task := range doc.Tasks {
			if len(task.Lead) > 0 {
				withUnit++
			}
		}
		if len(doc.Tasks) < f.min || withUnit < f.min || !strings.Contains(doc.Number, "99号") {
			t.Errorf("%s: %d tasks, %d with a lead unit, number %q; want at least %d", f.name, len(doc.Tasks), withUnit, doc.Number, f.min)
		}
	}
}
