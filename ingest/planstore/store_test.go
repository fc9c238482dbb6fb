package planstore

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

var testNow = time.Date(2023, 6, 1, 9, 0, 0, 0, plan.Shanghai)

func newTestStore(t testing.TB, rdb redis.UniversalClient, prefix string) *Store {
	t.Helper()
	return NewStore(rdb, keyspace.New(prefix), Options{Now: func() time.Time { return testNow }, Block: 200 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)})
}

func ids(t *testing.T, s *Store) []string {
	t.Helper()
	list, err := s.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.ID)
	}
	sort.Strings(out)
	return out
}

func TestStoreAddReplaceRemove(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := newTestStore(t, rdb, prefix)
	quzhou := ingesttest.Seed(t, "quzhou")
	orig, _ := plan.Decode(quzhou.Data)

	sum, err := s.Add(ctx, quzhou.Name, quzhou.Data, false)
	if err != nil {
		t.Fatal(err)
	}
	id := sum.Doc.ID
	if !sum.Stored || sum.Rev == 0 || len(sum.Replaces) != 0 || len(sum.Doc.Tasks) == 0 {
		t.Fatalf("first add: %+v", sum)
	}
	// A later version of the same document number (one more paragraph) replaces it.
	edited := strings.Replace(orig, "二、重点任务", "二、重点任务\n\n本方案自印发之日起施行。", 1)
	// The same plan as LibreOffice exported it (ingest/pdf/testdata/README.md): its id must be
	// the text's, or it would be stored beside the plan instead of replacing it.
	exported, err := os.ReadFile(filepath.Join("..", "pdf", "testdata", "quzhou.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		file string
		data []byte
		dry  bool
		want []string // ids replaced
	}{
		{"same file again: nothing to do", quzhou.Name, quzhou.Data, false, nil},
		{"same plan as a Word file", "quzhou.docx", ingesttest.SeedDOCX(orig), false, []string{id}},
		{"same plan as a PDF LibreOffice wrote", "quzhou.pdf", exported, false, []string{id}},
		{"edited, same number", "quzhou-v2.txt", []byte(edited), false, []string{id}},
		{"dry run", "quzhou.pdf", ingesttest.SeedPDF(orig), true, []string{id}},
	}
	for _, st := range steps {
		ok := t.Run(st.name, func(t *testing.T) {
			sum, err := s.Add(ctx, st.file, st.data, st.dry)
			if err != nil {
				t.Fatal(err)
			}
			if sum.Unchanged != (st.want == nil) {
				t.Errorf("unchanged %v", sum.Unchanged)
			}
			if !slices.Equal(sum.Replaces, st.want) || sum.Stored == st.dry {
				t.Errorf("replaces %v stored %v, want %v stored %v", sum.Replaces, sum.Stored, st.want, !st.dry)
			}
			if got := ids(t, s); !slices.Equal(got, []string{id}) {
				t.Fatalf("stored %v, want only %s", got, id)
			}
		})
		if !ok {
			t.FailNow() // each step starts from the state the one before left
		}
	}
	name, data, err := s.Original(ctx, id[:4])
	if err != nil || name != "quzhou-v2.txt" || string(data) != edited {
		t.Fatalf("original: %s %d bytes %v; want the last stored file", name, len(data), err)
	}
	got, err := s.Get(ctx, sum.Doc.Number)
	if err != nil {
		t.Fatal(err)
	}
	if d := ingesttest.DiffTasks(sum.Doc, got); d != "" || got.Hash == "" || got.Source != "quzhou-v2.txt" || len(got.Paras) == 0 {
		t.Fatalf("stored parse differs from the parse: %s", d)
	}
	for i := range got.Tasks {
		if !slices.Equal(got.Tasks[i].Path(), sum.Doc.Tasks[i].Path()) {
			t.Fatalf("task %s: section path %v, want %v", got.Tasks[i].ID, got.Tasks[i].Path(), sum.Doc.Tasks[i].Path())
		}
	}

	if _, err := s.Remove(ctx, sum.Doc.Number); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s); len(got) != 0 {
		t.Fatalf("after remove: %v", got)
	}
	if _, err := s.Remove(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second remove: %v, want ErrNotFound", err)
	}
	// Nothing is left behind under the plan keys but the counter, the flag and the feed.
	keys, _ := rdb.Keys(ctx, prefix+"*").Result()
	sort.Strings(keys)
	want := []string{keyspace.New(prefix).PlanFeed(), keyspace.New(prefix).PlanVersion()}
	sort.Strings(want)
	if !slices.Equal(keys, want) {
		t.Fatalf("keys left: %v, want %v", keys, want)
	}
}

func TestSeedIfEmpty(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := newTestStore(t, rdb, prefix)
	n, err := s.SeedIfEmpty(ctx, seeds.Files())
	if err != nil || n != len(seeds.Files()) {
		t.Fatalf("seeded %d (%v), want %d", n, err, len(seeds.Files()))
	}
	for _, id := range ids(t, s) {
		if _, err := s.Remove(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	// A second replica starting on the emptied store does not bring the seeds back.
	s2 := newTestStore(t, rdb, prefix)
	if n, err := s2.SeedIfEmpty(ctx, seeds.Files()); err != nil || n != 0 {
		t.Fatalf("second seeding added %d (%v), want 0", n, err)
	}
}

// recorder is a Listener that keeps each set of plan ids it hears.
type recorder struct {
	mu   sync.Mutex
	sets [][]string
	ch   chan []string
}

func newRecorder() *recorder { return &recorder{ch: make(chan []string, 100)} }

func (r *recorder) PlansChanged(_ context.Context, docs []*plan.Document) error {
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	r.mu.Lock()
	r.sets = append(r.sets, ids)
	r.mu.Unlock()
	r.ch <- ids
	return nil
}

func (r *recorder) calls() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.sets)
}

// waitFor waits until the listener hears a set satisfying ok.
func (r *recorder) waitFor(t *testing.T, what string, ok func([]string) bool) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ids := <-r.ch:
			if ok(ids) {
				return
			}
		case <-timeout:
			t.Fatalf("replica never heard: %s", what)
		}
	}
}

func TestTwoReplicas(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rdbA, prefix := redistest.Client(t)
	opt, err := redis.ParseURL(redistest.URL(t)) // a second process would have its own client
	if err != nil {
		t.Fatal(err)
	}
	rdbB := redis.NewClient(opt)
	defer rdbB.Close()
	a := newTestStore(t, rdbA, prefix)
	b := newTestStore(t, rdbB, prefix)
	heard := newRecorder()
	b.Listen(heard)
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	heard.waitFor(t, "the initial (empty) set", func(ids []string) bool { return len(ids) == 0 })

	heze := ingesttest.Seed(t, "heze")
	sum, err := a.Add(ctx, heze.Name, heze.Data, false)
	if err != nil {
		t.Fatal(err)
	}
	heard.waitFor(t, "the plan added through the other replica", func(ids []string) bool {
		return slices.Equal(ids, []string{sum.Doc.ID})
	})
	docs, _ := b.Docs(ctx)
	if len(docs) != 1 || len(docs[0].Tasks) != len(sum.Doc.Tasks) {
		t.Fatalf("replica b holds %d plans", len(docs))
	}
	if _, err := a.Remove(ctx, sum.Doc.ID); err != nil {
		t.Fatal(err)
	}
	heard.waitFor(t, "the removal", func(ids []string) bool { return len(ids) == 0 })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

func TestFailedIngestChangesNothing(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := newTestStore(t, rdb, prefix)
	if _, err := s.SeedIfEmpty(ctx, seeds.Files()); err != nil {
		t.Fatal(err)
	}
	heard := newRecorder()
	s.Listen(heard)
	before := dumpKeys(t, rdb, prefix)
	good := ingesttest.PDFLayout{}.Pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	bad := []struct {
		name string
		data []byte
	}{
		{"notes.txt", []byte("今天的会议记录：大家讨论了天气。\n")},
		{"scan.pdf", ingesttest.PDF([]ingesttest.PDFPage{{Image: true}}, ingesttest.PDFOptions{})},
		{"locked.pdf", ingesttest.PDF(good, ingesttest.PDFOptions{Encrypt: true})},
		{"old.doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...)},
		{"huge.txt", []byte(strings.Repeat("一", ingest.DefaultMaxFileSize/3+1))},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			if _, err := s.Add(ctx, b.name, b.data, false); err == nil {
				t.Error("added, want an error")
			}
		})
	}
	if after := dumpKeys(t, rdb, prefix); !maps2Equal(before, after) {
		t.Fatalf("a failed ingest changed the store:\nbefore %v\nafter  %v", keysOf(before), keysOf(after))
	}
	if heard.calls() != 0 {
		t.Fatalf("listeners heard %d changes, want none", heard.calls())
	}
}

// dumpKeys returns every key under prefix with a serialisation of its value.
func dumpKeys(t *testing.T, rdb *redis.Client, prefix string) map[string]string {
	t.Helper()
	ctx := context.Background()
	keys, err := rdb.Keys(ctx, prefix+"*").Result()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, k := range keys {
		typ := rdb.Type(ctx, k).Val()
		switch typ {
		case "stream":
			msgs := rdb.XRange(ctx, k, "-", "+").Val()
			var ids []string
			for _, m := range msgs {
				ids = append(ids, m.ID)
			}
			out[k] = strings.Join(ids, ",")
		default:
			out[k] = rdb.Dump(ctx, k).Val()
		}
	}
	return out
}

func maps2Equal(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func keysOf(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestReplicaSurvivesRedisRestart: a replica following the feed keeps following it after Redis
// restarts (with its data kept on disk), and hears a plan added afterwards.
func TestReplicaSurvivesRedisRestart(t *testing.T) {
	if _, err := exec.LookPath("redis-server"); err != nil {
		t.Skip("needs redis-server on PATH to restart it")
	}
	srv, err := redistest.Start("yes")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	rdbA := redis.NewClient(&redis.Options{Addr: srv.Addr})
	rdbB := redis.NewClient(&redis.Options{Addr: srv.Addr})
	defer rdbA.Close()
	defer rdbB.Close()
	a, b := newTestStore(t, rdbA, "r:"), newTestStore(t, rdbB, "r:")
	heard := newRecorder()
	b.Listen(heard)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	heard.waitFor(t, "the initial set", func(ids []string) bool { return len(ids) == 0 })

	heze := ingesttest.Seed(t, "heze")
	first, err := a.Add(ctx, heze.Name, heze.Data, false)
	if err != nil {
		t.Fatal(err)
	}
	heard.waitFor(t, "the first plan", func(ids []string) bool { return slices.Contains(ids, first.Doc.ID) })

	if err := srv.Restart(); err != nil {
		t.Fatal(err)
	}
	quzhou := ingesttest.Seed(t, "quzhou")
	var second Summary
	for i := 0; ; i++ { // the first command after a restart may meet a dead connection
		if second, err = a.Add(ctx, quzhou.Name, quzhou.Data, false); err == nil {
			break
		}
		if i == 20 {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	heard.waitFor(t, "the plan added after the restart", func(ids []string) bool {
		return slices.Contains(ids, first.Doc.ID) && slices.Contains(ids, second.Doc.ID)
	})
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestReparseDoesNotOvertakeNewerState: a reparse that reads a plan, then finds it replaced by a
// newer upload or removed by the time it would store its parse, stores nothing (compare-and-set on
// the plan's revision). The audit saw 10 of 10 such reparses overwrite the newer state.
func TestReparseDoesNotOvertakeNewerState(t *testing.T) {
	ctx := context.Background()
	rdb, prefix := redistest.Client(t)
	s := newTestStore(t, rdb, prefix)
	quzhou := ingesttest.Seed(t, "quzhou")
	orig, _ := plan.Decode(quzhou.Data)
	if _, err := s.Add(ctx, quzhou.Name, quzhou.Data, false); err != nil {
		t.Fatal(err)
	}
	read := func() (Entry, *plan.Document, []byte) {
		t.Helper()
		list, err := s.List(ctx)
		if err != nil || len(list) != 1 {
			t.Fatalf("list: %v %v", list, err)
		}
		name, data, err := s.Original(ctx, list[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := s.Parse(ctx, name, data)
		if err != nil {
			t.Fatal(err)
		}
		return list[0], doc, data
	}

	t.Run("a newer upload meanwhile", func(t *testing.T) {
		e, doc, data := read()
		newer := strings.Replace(orig, "二、重点任务", "二、重点任务\n\n本方案自印发之日起施行。", 1)
		if _, err := s.Add(ctx, "newer.txt", []byte(newer), false); err != nil {
			t.Fatal(err)
		}
		if _, err := s.putIf(ctx, doc, data, e.ID, e.Rev); !errors.Is(err, ErrChanged) {
			t.Fatalf("stale reparse: %v, want ErrChanged", err)
		}
		if name, _, _ := s.Original(ctx, e.ID); name != "newer.txt" {
			t.Errorf("the newer upload was overwritten by %s", name)
		}
	})
	t.Run("a removal meanwhile", func(t *testing.T) {
		e, doc, data := read()
		if _, err := s.Remove(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.putIf(ctx, doc, data, e.ID, e.Rev); !errors.Is(err, ErrChanged) {
			t.Fatalf("reparse after removal: %v, want ErrChanged", err)
		}
		if got := ids(t, s); len(got) != 0 {
			t.Errorf("a removed plan came back: %v", got)
		}
	})
	t.Run("nobody in between", func(t *testing.T) {
		if _, err := s.Add(ctx, quzhou.Name, quzhou.Data, false); err != nil {
			t.Fatal(err)
		}
		sum, err := s.Reparse(ctx, "衢政办发〔2023〕21号")
		if err != nil || !sum.Stored {
			t.Fatalf("reparse: %+v %v", sum, err)
		}
	})
}
