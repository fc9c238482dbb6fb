package retrieval

import (
	"context"
	"strings"
	"testing"
)

// remoteLike is a remote embedding for tests: the local one's vectors under a remote's name.
type remoteLike struct{ Local }

func (remoteLike) Name() string { return "openai-test" }

// TestOpenDropsStaleLocalEmbedding: a snapshot made with a local embedding other than the configured
// one (another number of buckets) loses that embedding's collections and manifest records on Open,
// so that they are neither kept in memory beside the new ones nor saved again; the configured local
// embedding's and a remote embedding's (configured or not) are kept.
func TestOpenDropsStaleLocalEmbedding(t *testing.T) {
	cases := []struct {
		name        string
		built       Options // the embeddings the snapshot was made with
		reopened    Options // those configured when it is opened again
		gone, kept  []Embedder
		wantRecords int // manifest records left: two documents per embedding kept
	}{
		{name: "other bucket count dropped", built: Options{Local: NewLocal(64)}, reopened: Options{Local: NewLocal(32)},
			gone: []Embedder{NewLocal(64)}, wantRecords: 0},
		{name: "same local kept", built: Options{Local: NewLocal(64)}, reopened: Options{Local: NewLocal(64)},
			kept: []Embedder{NewLocal(64)}, wantRecords: 2},
		{name: "remote kept though not configured", built: Options{Local: NewLocal(64), Remote: remoteLike{NewLocal(16)}},
			reopened: Options{Local: NewLocal(32)}, gone: []Embedder{NewLocal(64)}, kept: []Embedder{remoteLike{}}, wantRecords: 2},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			c.built.Dir, c.reopened.Dir = dir, dir
			ix, err := Open(c.built)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ix.Build(ctx, seedLike()); err != nil {
				t.Fatal(err)
			}
			if err := ix.Save(); err != nil {
				t.Fatal(err)
			}
			ix2, err := Open(c.reopened)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range c.gone {
				for name := range ix2.colls {
					if strings.Contains(name, "@"+e.Name()+"#") {
						t.Errorf("collection %s of %s kept", name, e.Name())
					}
				}
				if ix2.man[e.Name()] != nil {
					t.Errorf("manifest of %s kept in memory", e.Name())
				}
			}
			for _, e := range c.kept {
				if n := countEntries(ix2, GrainTask, e); n == 0 {
					t.Errorf("task entries of %s dropped", e.Name())
				}
			}
			if n := ix2.colls[manifestName].Count(); n != c.wantRecords {
				t.Errorf("manifest holds %d records, want %d", n, c.wantRecords)
			}
		})
	}
}

// TestNewLocalDefaultBuckets: the local embedding has 32 buckets unless a size is asked for, and its
// name says its size (so that a snapshot of another size is re-embedded and dropped).
func TestNewLocalDefaultBuckets(t *testing.T) {
	cases := []struct {
		name string
		dim  int
		want string
	}{
		{name: "zero is the default", dim: 0, want: "local-ngram-v2-32"},
		{name: "negative is the default", dim: -8, want: "local-ngram-v2-32"},
		{name: "asked size kept", dim: 64, want: "local-ngram-v2-64"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NewLocal(c.dim)
			v, _ := l.Embed(context.Background(), []string{"推进综合保税区建设"})
			if l.Name() != c.want || len(v[0]) != l.Dim {
				t.Errorf("NewLocal(%d): %s with %d floats, want %s", c.dim, l.Name(), len(v[0]), c.want)
			}
		})
	}
}
