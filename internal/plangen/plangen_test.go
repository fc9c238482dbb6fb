package plangen

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

func TestGenerate(t *testing.T) {
	base, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := Generate(base, 53, 7)
	b := Generate(base, 53, 7)
	if len(a) != 53 {
		t.Fatalf("got %d plans", len(a))
	}
	ids := map[string]bool{}
	for i, d := range a {
		if d.ID != b[i].ID || d.Title != b[i].Title {
			t.Fatalf("plan %d differs between runs with one seed", i)
		}
		if ids[d.ID] {
			t.Fatalf("plan %d repeats id %s", i, d.ID)
		}
		ids[d.ID] = true
		src := base[i%len(base)]
		if d.City == src.City || len(d.Tasks) != len(src.Tasks) || len(d.Paras) != len(src.Paras) {
			t.Fatalf("plan %d: city %s (from %s), %d tasks", i, d.City, src.City, len(d.Tasks))
		}
		for _, tk := range d.Tasks {
			if !strings.HasPrefix(tk.ID, d.ID+":") || tk.Doc.ID != d.ID {
				t.Fatalf("task %s not moved to plan %s", tk.ID, d.ID)
			}
		}
		for _, p := range d.Paras {
			if strings.Contains(p.Text, strings.TrimSuffix(src.City, "市")) && !strings.Contains(d.City, strings.TrimSuffix(src.City, "市")) {
				t.Fatalf("plan %d still names %s: %q", i, src.City, p.Text)
			}
		}
	}
}
