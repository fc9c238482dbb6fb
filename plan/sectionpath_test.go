package plan_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/plangen"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// sectionPlans parses the seeds, the dev corpus and the box plans, and generates plans from the seeds.
func sectionPlans(t *testing.T) []*plan.Document {
	t.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nSeeds := len(docs)
	for _, dir := range []string{filepath.Join("testdata", "corpus", "dev"), filepath.Join("testdata", "box")} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := plan.Parse(filepath.Base(f), b, plan.Options{})
			if err != nil {
				continue // not a plan: no tasks to check
			}
			docs = append(docs, d)
		}
	}
	// and plans generated from the seeds, which rewrite sections and their paths apart
	return append(docs, plangen.Generate(docs[:nSeeds], 300, 7)...)
}

// TestSectionIsJoinedPath checks that a parsed task's Section is its heading path joined by " > ",
// so that the path can be derived from Section.
func TestSectionIsJoinedPath(t *testing.T) {
	n := 0
	for _, d := range sectionPlans(t) {
		for _, tk := range d.Tasks {
			var want []string
			if tk.Section != "" {
				want = strings.Split(tk.Section, " > ")
			}
			if !slices.Equal(tk.SectionPath, want) {
				t.Errorf("%s: section %q, path %q", tk.ID, tk.Section, tk.SectionPath)
			}
			n++
		}
	}
	t.Logf("%d tasks", n)
}
