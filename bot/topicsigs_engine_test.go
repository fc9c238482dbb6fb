package bot

import (
	"context"
	"encoding/json"
	"os"
	"slices"
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

// TestParallelMatchAgrees answers every question of the open sets with candidates matched on every
// core and one by one: the same answers, in the same order (run with -race, it checks that matching
// shares nothing it writes).
func TestParallelMatchAgrees(t *testing.T) {
	b, err := os.ReadFile("testdata/questions/round5-open.json")
	if err != nil {
		t.Fatal(err)
	}
	var set questionSet
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	ix := corpusIndex(t, set.Corpus)
	e := NewEngine(ix, Options{})
	old := parallelFrom
	defer func() { parallelFrom = old }()
	for _, it := range set.Questions {
		q := Question{Text: it.Q, Now: fixedClock(set.Now)()}
		parallelFrom = 1 << 30
		seq, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		parallelFrom = 1
		par, err := e.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if seq.Text != par.Text || !slices.Equal(seq.Tasks, par.Tasks) {
			t.Errorf("%s: answers differ\n--- one by one:\n%s\n--- in parallel:\n%s", it.Q, seq.Text, par.Text)
		}
	}
}
