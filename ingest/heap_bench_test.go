package ingest

import (
	"runtime"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// BenchmarkDecodedPlansHeap reports what 2,000 plans hold once the plan store has decoded them
// (DecodeDoc, as a server reads its plans at start): the heap they keep, in MiB, after a collection.
// The scale benchmarks make their plans with internal/plangen, exact to the byte; decoded plans
// come through encoding/json, whose slices are grown by appending.
//
//	go test ./ingest -run '^$' -bench '^BenchmarkDecodedPlansHeap$' -benchtime 1x
func BenchmarkDecodedPlansHeap(b *testing.B) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	const n = 2000
	enc := make([][]byte, 0, n)
	for _, d := range plangen.Generate(base, n, 1) {
		data, err := EncodeDoc(d)
		if err != nil {
			b.Fatal(err)
		}
		enc = append(enc, data)
	}
	var held float64
	for b.Loop() {
		runtime.GC()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		docs := make([]*plan.Document, len(enc))
		for i, data := range enc {
			if docs[i], err = DecodeDoc(data); err != nil {
				b.Fatal(err)
			}
		}
		runtime.GC()
		runtime.ReadMemStats(&m1)
		held = float64(m1.HeapAlloc-m0.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(docs)
	}
	b.ReportMetric(held, "held-MiB")
}
