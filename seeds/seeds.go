// Package seeds embeds the plans dutybot ships with, so the binary answers out of the box.
//
// The files are the published texts as they were scraped, mess included (page-break splits,
// flattened tables, web-page junk, a truncated end): the parser is tested on them as they are.
package seeds

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"sync"

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

// Load parses every embedded plan. The texts are fixed at build time, so each alias table's parse
// is made once per process (a test binary runs hundreds of commands) and the documents are shared:
// callers read them and never change them. The slice is new on every call.
func Load(opt plan.Options) ([]*plan.Document, error) {
	v, _ := parsed.LoadOrStore(opt.Aliases.Key(), &parse{})
	p := v.(*parse)
	p.once.Do(func() { p.docs, p.err = load(opt) })
	if p.err != nil {
		return nil, p.err
	}
	return slices.Clone(p.docs), nil
}

// parsed holds, by alias table (plan.Aliases.Key), the seeds parsed with it.
var parsed sync.Map

type parse struct {
	once sync.Once
	docs []*plan.Document
	err  error
}

func load(opt plan.Options) ([]*plan.Document, error) {
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
