package retrieval

import (
	"context"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestVecPoolSharesAndReleases: equal vectors get one copy, counted; a different one its own; the
// last release lets it go.
func TestVecPoolSharesAndReleases(t *testing.T) {
	var p vecPool
	a := p.share([]float32{0.6, 0.8})
	b := p.share([]float32{0.6, 0.8})
	c := p.share([]float32{0.8, 0.6})
	if &a[0] != &b[0] || &a[0] == &c[0] || cap(a) != 2 {
		t.Fatalf("shared: %p %p %p cap %d", &a[0], &b[0], &c[0], cap(a))
	}
	if p.size() != 2 {
		t.Fatalf("pool holds %d vectors, want 2", p.size())
	}
	p.release([]float32{0.6, 0.8})
	if p.size() != 2 {
		t.Fatalf("a vector still held by one entry was let go")
	}
	p.release(a)
	p.release(c)
	p.release([]float32{0.1, 0.2}) // one the pool never gave: nothing happens
	if p.size() != 0 {
		t.Fatalf("pool holds %d vectors after every release", p.size())
	}
}

// TestIndexSharesEqualVectors: two plans with a task worded alike under one heading (and one unit)
// hold one vector for it; removing both plans empties the pool.
func TestIndexSharesEqualVectors(t *testing.T) {
	task := func() plan.Task {
		return plan.Task{Title: "垃圾分类", Text: "推进生活垃圾分类收运体系建设，年底前实现城区全覆盖。", Lead: []string{"县综合执法局"}}
	}
	a := testDoc("feed0001", "平安县", task())
	b := testDoc("feed0002", "长乐县", task())
	ix, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := ix.Build(ctx, []*plan.Document{a}); err != nil {
		t.Fatal(err)
	}
	n := ix.vecs.size()
	if _, err := ix.Build(ctx, []*plan.Document{a, b}); err != nil {
		t.Fatal(err)
	}
	// b's goal paragraph names its own county: one vector more; its task's vector is a's.
	if got := ix.vecs.size(); got != n+1 {
		t.Fatalf("pool holds %d vectors after the second plan, want %d", got, n+1)
	}
	if _, err := ix.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got := ix.vecs.size(); got != 0 {
		t.Fatalf("pool holds %d vectors with no plan indexed", got)
	}
}
