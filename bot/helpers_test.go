package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

var (
	seedOnce sync.Once
	seedIx   *retrieval.Index
	seedErr  error
)

// seedIndex parses the embedded seed plans and indexes them once per test binary.
func seedIndex(t testing.TB) *retrieval.Index {
	t.Helper()
	seedOnce.Do(func() {
		docs, err := seeds.Load(plan.Options{})
		if err != nil {
			seedErr = err
			return
		}
		seedIx, seedErr = retrieval.Open(retrieval.Options{})
		if seedErr == nil {
			_, seedErr = seedIx.Build(context.Background(), docs)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedIx
}

// textIndex parses one plan's text and indexes it alone.
func textIndex(t testing.TB, texts ...string) *retrieval.Index {
	t.Helper()
	var docs []*plan.Document
	for i, text := range texts {
		name := "s.txt"
		if i > 0 {
			name = fmt.Sprintf("s%d.txt", i+1)
		}
		d, err := plan.ParseText(name, text, plan.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return ix
}

// sharedIndex is an index of plans written for one test file, built once per test binary.
type sharedIndex struct {
	once sync.Once
	ix   *retrieval.Index
	err  error
}

// get builds the index the first time it is asked for: the seed plans when seeded, then texts, each
// parsed as name-N.txt (N from 1).
func (s *sharedIndex) get(t testing.TB, name string, seeded bool, texts ...string) *retrieval.Index {
	t.Helper()
	s.once.Do(func() { s.ix, s.err = buildIndex(name, seeded, texts) })
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.ix
}

func buildIndex(name string, seeded bool, texts []string) (*retrieval.Index, error) {
	var docs []*plan.Document
	if seeded {
		ds, err := seeds.Load(plan.Options{})
		if err != nil {
			return nil, err
		}
		docs = ds
	}
	for i, text := range texts {
		d, err := plan.ParseText(fmt.Sprintf("%s-%d.txt", name, i+1), text, plan.Options{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		return nil, err
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		return nil, err
	}
	return ix, nil
}

// taskIn is the id of the task of city's plan in ix whose title fits title (fits is strings.HasPrefix
// or strings.Contains).
func taskIn(t testing.TB, ix *retrieval.Index, city, title string, fits func(s, title string) bool) string {
	t.Helper()
	for _, d := range ix.Docs() {
		if d.City != city {
			continue
		}
		for _, tk := range d.Tasks {
			if fits(tk.Title, title) {
				return tk.ID
			}
		}
	}
	t.Fatalf("no task %q in %s", title, city)
	return ""
}

// marksOf is done marks by who at `at`, one for each {city, the start of a task's title, unit} of ix.
func marksOf(t testing.TB, ix *retrieval.Index, by string, at time.Time, marks ...[3]string) *fakeMarks {
	t.Helper()
	f := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	for _, m := range marks {
		id := taskIn(t, ix, m[0], m[1], strings.HasPrefix)
		f.marks[duties.TaskUnit{Task: id, Unit: plan.UnitRef{City: m[0], Name: m[2]}}] = duties.DoneMark{By: by, At: at}
	}
	return f
}

// fixedClock is an injected clock.
func fixedClock(day string) func() time.Time {
	d, err := plan.ParseDay(day)
	if err != nil {
		panic(err)
	}
	return func() time.Time { return d.Time(9, 0) }
}

// askIn asks s on 2026-12-05 in the conversation ctx.
func askIn(t testing.TB, e *Engine, s string, ctx Context) Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), Question{Text: s, Now: fixedClock("2026-12-05")(), Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// askChain asks qs in one conversation on 2026-12-05 and returns the last answer.
func askChain(t *testing.T, e *Engine, qs ...string) Answer {
	t.Helper()
	var a Answer
	for _, s := range qs {
		a = askIn(t, e, s, a.Context)
	}
	return a
}
