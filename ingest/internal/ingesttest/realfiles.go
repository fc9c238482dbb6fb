package ingesttest

import (
	"embed"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// plans are the corpus plans the real files were made from, copied here from
// plan/testdata/corpus/dev/ so that the files and their sources stay together
// (testdata/plans/make-real-files.sh remakes the files).
//
//go:embed testdata/plans/*.txt
var plans embed.FS

// SourceText returns a plan's text by name: a seed ("quzhou") or a corpus plan copied into
// testdata/plans ("r-zj-cangnan-2022-livelihood-progress"), and the file it is in.
func SourceText(tb testing.TB, name string) (file, text string) {
	tb.Helper()
	b, err := plans.ReadFile("testdata/plans/" + name + ".txt")
	file = name + ".txt"
	if err != nil {
		f := Seed(tb, name)
		b, file = f.Data, f.Name
	}
	text, err = plan.Decode(b)
	if err != nil {
		tb.Fatalf("%s: %v", file, err)
	}
	return file, text
}

// RealFile is a file a real word processor made from a plan's text: it is in the testdata/ of
// the format package that reads it, whose README.md says how it was made.
type RealFile struct {
	Name   string // in testdata/
	Source string // the text it was made from, for SourceText
}

// CheckRealFiles reads each file with read and checks that the text parses to the plan its
// source text parses to: the same document id (so an upload in one format replaces the plan stored
// from another), as many tasks, and the same responsible units for the first, the middle and the
// last task. Where the tasks differ beyond that, the first difference is reported too. It also
// fails when testdata/ holds a file with ext the list leaves out, so none goes untested.
func CheckRealFiles(t *testing.T, ext string, files []RealFile, read func([]byte) (string, error)) {
	on, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
	for _, path := range on {
		if !slices.ContainsFunc(files, func(f RealFile) bool { return f.Name == filepath.Base(path) }) {
			t.Errorf("%s is not in the test's list of real files", path)
		}
	}
	for _, f := range files {
		t.Run(f.Name, func(t *testing.T) {
			srcFile, src := SourceText(t, f.Source)
			want, err := plan.ParseText(srcFile, src, plan.Options{})
			if err != nil {
				t.Fatalf("the source %s: %v", srcFile, err)
			}
			data, err := os.ReadFile(filepath.Join("testdata", f.Name))
			if err != nil {
				t.Fatal(err)
			}
			text, err := read(data)
			if err != nil {
				t.Fatal(err)
			}
			got, err := plan.ParseText(f.Name, text, plan.Options{})
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			if got.ID != want.ID {
				t.Errorf("document id %s (%q, %q), want %s (%q, %q) as from %s", got.ID, got.Number, got.Title, want.ID, want.Number, want.Title, srcFile)
			}
			if len(got.Tasks) != len(want.Tasks) {
				t.Fatalf("%d tasks, want %d as from %s\n%s", len(got.Tasks), len(want.Tasks), srcFile, DiffTasks(want, got))
			}
			n := len(want.Tasks)
			for _, i := range []int{0, n / 2, n - 1} {
				g, w := got.Tasks[i], want.Tasks[i]
				if g.Number != w.Number || !slices.Equal(g.Lead, w.Lead) || !slices.Equal(g.Participating, w.Participating) {
					t.Errorf("task %d: %s lead %v participating %v; want %s lead %v participating %v",
						i+1, g.Number, g.Lead, g.Participating, w.Number, w.Lead, w.Participating)
				}
			}
			if d := DiffTasks(want, got); d != "" {
				t.Errorf("the tasks differ from %s's:\n%s", srcFile, d)
			}
			t.Logf("%d bytes: %d tasks, as from %s", len(data), len(got.Tasks), srcFile)
		})
	}
}
