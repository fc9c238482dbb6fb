package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// ingestCmd adds or replaces plans: dutybot ingest [--dry-run] [--json] FILE... Each file is read and
// parsed first; only a file that parses is stored. A summary of each is printed so a person can
// check the parse at a glance.
type ingestCmd struct {
	DryRun bool     `help:"Parse and summarise, store nothing."`
	JSON   bool     `name:"json" help:"Print one JSON object per file."`
	Files  []string `arg:"" optional:"" name:"file" help:"Plan files (.docx .pdf .html .txt .md); - reads standard input."`
}

func (c *ingestCmd) Run(ctx context.Context, a *app.App, t *term) error {
	if len(c.Files) == 0 {
		return usageError("ingest: name at least one plan file (.docx, .pdf, .html, .txt or .md)")
	}
	store, storeErr := a.OpenPlans(ctx, app.StoreTimeout)
	if storeErr != nil && !c.DryRun {
		return fmt.Errorf("%w (or use --dry-run to check files without storing them)", storeErr)
	}
	in := &ingester{a: a, store: store, dryRun: c.DryRun}
	failed := 0
	for _, f := range c.Files {
		sum, err := in.file(ctx, f, t)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			failed++
			fmt.Fprintf(t.Err, "dutybot: %s: 没有添加：%s\n", plan.OneLine(f), plan.OneLine(userMessage(err)))
			a.Logger.Debug("ingest failed", "file", f, "err", err)
			continue
		}
		if c.JSON {
			if err := printSummaryJSON(t, sum); err != nil {
				return err
			}
			continue
		}
		fmt.Fprint(t.Out, sum.String())
		if store == nil {
			fmt.Fprintln(t.Out, "  （方案库连不上：没有和已存的方案比对）")
		}
		fmt.Fprintln(t.Out)
	}
	if failed > 0 {
		return fmt.Errorf("%d 个文件（共 %d 个）没有添加", failed, len(c.Files))
	}
	return nil
}

// ingester adds files one by one; the first plan accepted into an empty store brings the seeds.
type ingester struct {
	a      *app.App
	store  *planstore.Store // nil: Redis is not reachable (a dry run)
	dryRun bool
	seeded bool
}

func (in *ingester) file(ctx context.Context, path string, t *term) (planstore.Summary, error) {
	name, data, err := in.read(path, t)
	if err != nil {
		return planstore.Summary{}, err
	}
	switch {
	case in.store != nil && in.dryRun:
		return in.store.Add(ctx, name, data, true)
	case in.store == nil:
		// A dry run without Redis: parse only; what it would replace is unknown.
		doc, err := in.a.Sandbox().ParseFile(ctx, name, data)
		if err != nil {
			return planstore.Summary{}, err
		}
		return planstore.Summarize(doc, plan.DayOf(in.a.Now())), nil
	}
	doc, err := in.store.Parse(ctx, name, data)
	if err != nil {
		return planstore.Summary{}, err
	}
	// The first plan accepted into an empty store joins the seeds rather than hiding them; a file
	// that is refused seeds nothing.
	if !in.seeded {
		in.seeded = true
		n, err := in.store.SeedIfEmpty(ctx, seeds.Files())
		if err != nil {
			return planstore.Summary{}, fmt.Errorf("seed the plan store: %w", err)
		}
		if n > 0 {
			fmt.Fprintf(t.Out, "方案库是空的：先添加了内置的 %d 个方案。\n\n", n)
		}
	}
	return in.store.Put(ctx, doc, data)
}

// read reads a plan file and names it; "-" is standard input, as for every Unix tool that takes
// files (curl … | dutybot ingest -), named "stdin": its format is told from its bytes.
func (in *ingester) read(path string, t *term) (string, []byte, error) {
	limit := in.a.Sandbox().MaxFileSize
	if path == "-" {
		if t.In == nil {
			return "", nil, errors.New("standard input is not open: save the plan to a file and name that")
		}
		data, err := ingest.ReadLimited("stdin", t.In, limit)
		return "stdin", data, err
	}
	data, err := ingest.ReadFile(path, limit)
	return filepath.Base(path), data, err
}

type summaryJSON struct {
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	City       string    `json:"city"`
	Number     string    `json:"number"`
	Issued     plan.Day  `json:"issued"`
	Source     string    `json:"source"`
	Tasks      int       `json:"tasks"`
	Units      []string  `json:"units"`
	Nearest    []dueJSON `json:"nearest_deadlines"`
	Unassigned []string  `json:"tasks_without_unit"`
	Warnings   []string  `json:"warnings,omitempty"`
	Stored     bool      `json:"stored"`
	Rev        int64     `json:"rev,omitempty"`
	Replaces   []string  `json:"replaces,omitempty"`
}

type dueJSON struct {
	Task  string   `json:"task"`
	Date  plan.Day `json:"date"`
	Quote string   `json:"quote"`
}

func printSummaryJSON(t *term, s planstore.Summary) error {
	d := s.Doc
	out := summaryJSON{ID: d.ID, Title: d.Title, City: d.City, Number: d.Number, Issued: d.Issued, Source: d.Source,
		Tasks: len(d.Tasks), Units: s.Units, Warnings: d.Warnings, Stored: s.Stored, Rev: s.Rev, Replaces: s.Replaces,
		Nearest: []dueJSON{}, Unassigned: []string{}}
	for _, n := range s.Nearest {
		out.Nearest = append(out.Nearest, dueJSON{Task: n.Task.ID, Date: n.Deadline.Date, Quote: n.Deadline.Quote})
	}
	for _, task := range s.Unassigned {
		out.Unassigned = append(out.Unassigned, task.ID)
	}
	if out.Units == nil {
		out.Units = []string{}
	}
	enc := json.NewEncoder(t.Out)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
