package plan

import (
	"strings"
	"testing"
)

// TestPerf62_ChunksFirstFit: a document's strings are laid in chunks of at most chunkBytes, each in
// the first open chunk it fits in, so that the short strings fill what the long ones leave and only
// the last chunks are not full; a string longer than a chunk has one of its own.
func TestPerf62_ChunksFirstFit(t *testing.T) {
	type at struct{ chunk, off int }
	for _, tc := range []struct {
		name  string
		sizes []int
		want  []at
		used  []int
	}{
		{"one chunk", []int{100, 200, 300}, []at{{0, 0}, {0, 100}, {0, 300}}, []int{600}},
		{"a long string opens a chunk, shorter ones fill the first", []int{5000, 5000, 3000, 100, 4000},
			[]at{{0, 0}, {1, 0}, {0, 5000}, {0, 8000}, {2, 0}}, []int{8100, 5000, 4000}},
		{"exactly full", []int{4096, 4096, 1}, []at{{0, 0}, {0, 4096}, {1, 0}}, []int{8192, 1}},
		{"longer than a chunk", []int{10000, 50}, []at{{0, 0}, {1, 0}}, []int{10000, 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChunks(0)
			for i, n := range tc.sizes {
				got := c.put(n)
				if w := tc.want[i]; got>>32 != w.chunk || got&(1<<32-1) != w.off {
					t.Errorf("put(%d) = chunk %d offset %d, want %v", n, got>>32, got&(1<<32-1), w)
				}
			}
			if len(c.used) != len(tc.used) {
				t.Fatalf("chunks %v, want %v", c.used, tc.used)
			}
			for i := range c.used {
				if c.used[i] != tc.used[i] {
					t.Fatalf("chunks %v, want %v", c.used, tc.used)
				}
			}
		})
	}
}

// TestPerf62_CompactLaysChunks: a document whose text is longer than a chunk is compacted into
// several chunks, and every field still reads what it read.
func TestPerf62_CompactLaysChunks(t *testing.T) {
	d := &Document{ID: "doc", Title: "某市实施方案"}
	var texts []string
	for i := range 40 {
		text := strings.Repeat(string(rune('甲'+i)), 300+i*7) // about 1 KB each, 40 KB in all
		texts = append(texts, text)
		id := "doc:" + strings.Repeat("1", i%5+1) + string(rune('a'+i%26))
		d.Tasks = append(d.Tasks, Task{ID: id, Section: "二、重点任务", Text: text})
		d.Paras = append(d.Paras, Paragraph{Section: "二、重点任务", TaskID: id, Text: text})
	}
	Compact(d)
	for i, tk := range d.Tasks {
		if tk.Text != texts[i] || d.Paras[i].Text != texts[i] || tk.Section != "二、重点任务" {
			t.Fatalf("task %d changed", i)
		}
	}
	// Each task's text reads as one piece: no string is split between chunks.
	for i, tk := range d.Tasks {
		if len(tk.Text) != len(texts[i]) || !strings.HasPrefix(d.Paras[i].Text, tk.Text) {
			t.Fatalf("task %d split", i)
		}
	}
}
