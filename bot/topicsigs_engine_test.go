package bot

import (
	"context"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

// TestEngineKeepsSigs checks that a plan added to the index costs the engine that plan's
// signatures only: the others' are kept, a removed plan's dropped.
func TestEngineKeepsSigs(t *testing.T) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	extra := plangen.Generate(base, 2, 9)
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	build := func(docs []*plan.Document) {
		t.Helper()
		if _, err := ix.Build(context.Background(), docs); err != nil {
			t.Fatal(err)
		}
	}
	build(append(append([]*plan.Document(nil), base...), extra[0]))
	e := NewEngine(ix, Options{})
	e.Parser()
	before := e.ledger().sigs
	tt := []struct {
		name string
		docs []*plan.Document
	}{
		{"a plan added", append(append([]*plan.Document(nil), base...), extra...)},
		{"a plan removed", append(append([]*plan.Document(nil), base...), extra[1])},
	}
	for _, tc := range tt {
		t.Run(tc.name, func(t *testing.T) {
			build(tc.docs)
			e.Parser()
			now := e.ledger().sigs
			kept := 0
			for _, d := range ix.Docs() {
				if now[d] == nil {
					t.Errorf("plan %s: no signatures", d.ID)
				}
				if before[d] != nil && before[d] == now[d] {
					kept++
				}
			}
			if len(now) != len(ix.Docs()) {
				t.Errorf("%d plans' signatures for %d plans", len(now), len(ix.Docs()))
			}
			if kept < len(base) {
				t.Errorf("%d plans' signatures kept, want at least the %d seeds'", kept, len(base))
			}
			before = now
		})
	}
}
