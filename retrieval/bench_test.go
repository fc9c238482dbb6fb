package retrieval

import (
	"context"
	"runtime"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func seedDocs(b *testing.B) []*plan.Document {
	b.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

// BenchmarkBuildSeeds indexes the five seed plans from scratch (local embedding).
func BenchmarkBuildSeeds(b *testing.B) {
	docs := seedDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, _ := Open(Options{})
		if _, err := ix.Build(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebuildUnchangedSeeds is a restart: the snapshot holds every vector, nothing is embedded.
func BenchmarkRebuildUnchangedSeeds(b *testing.B) {
	docs := seedDocs(b)
	dir := b.TempDir()
	ix, _ := Open(Options{Dir: dir})
	if _, err := ix.Build(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	if err := ix.Save(); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ix, err := Open(Options{Dir: dir})
		if err != nil {
			b.Fatal(err)
		}
		st, err := ix.Build(context.Background(), docs)
		if err != nil || st.Embedded != 0 {
			b.Fatal(err, st)
		}
	}
}

func heapMiB() float64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}
