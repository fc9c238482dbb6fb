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

// TestSectionPath checks Task.Path on every parsed task: no empty heading, and the headings
// joined by " > " give Section back. (Before Task.SectionPath was dropped, this test checked that
// the parser's own path equalled strings.Split(Section, " > ") for all 14,836 tasks here.)
func TestSectionPath(t *testing.T) {
	n := 0
	for _, d := range sectionPlans(t) {
		for _, tk := range d.Tasks {
			path := tk.Path()
			if slices.Contains(path, "") || strings.Join(path, " > ") != tk.Section || (tk.Section == "") != (path == nil) {
				t.Errorf("%s: section %q, path %q", tk.ID, tk.Section, path)
			}
			n++
		}
	}
	t.Logf("%d tasks", n)
	if p := (&plan.Task{}).Path(); p != nil {
		t.Errorf("a task under no heading has path %q", p)
	}
}
