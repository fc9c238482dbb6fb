package bot

import (
	"context"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// BenchmarkAskLongLists answers, each on its own, the evaluation questions whose answers are the
// longest at scale (a unit's complete list, a topic every generated city has) against the seeds and
// 2,000 generated plans, with their allocations: a quicker, steadier measure than AskScale's wall
// times on a shared machine, where bytes and allocations per answer do not move with the load.
//
//	go test ./bot -run '^$' -bench AskLongLists -benchtime 40x
func BenchmarkAskLongLists(b *testing.B) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	docs := append(append([]*plan.Document(nil), base...), plangen.Generate(base, 2000, 1)...)
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		b.Fatal(err)
	}
	e := NewEngine(ix, Options{})
	e.Parser()
	set := loadEval(b)
	for _, qs := range []string{"市商务局负责哪些任务?", "家政服务的牵头单位是谁?", "市人力社保局负责哪些任务?", "“一区一园”的牵头单位是哪些?"} {
		b.Run(qs, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Answer(context.Background(), Question{Text: qs, Now: fixedClock(set.Now)()}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
