// Package seeds embeds the plans dutybot ships with, so the binary answers out of the box.
//
// The files are the published texts as they were scraped, mess included (page-break splits,
// flattened tables, web-page junk, a truncated end): the parser is tested on them as they are.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/dutybot/dutybot/plan"
)

//go:embed *.txt
var files embed.FS

// File is one embedded plan.
type File struct {
	Name string
	Data []byte
}

// Files returns the embedded plans in name order.
func Files() []File {
	names, _ := fs.Glob(files, "*.txt")
	sort.Strings(names)
	out := make([]File, 0, len(names))
	for _, n := range names {
		b, _ := files.ReadFile(n)
		out = append(out, File{Name: n, Data: b})
	}
	return out
}

// Load parses every embedded plan.
func Load(opt plan.Options) ([]*plan.Document, error) {
	var docs []*plan.Document
	for _, f := range Files() {
		d, err := plan.Parse(f.Name, f.Data, opt)
		if err != nil {
			return nil, fmt.Errorf("seed %s: %w", f.Name, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}
