package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
)

// readPlans returns the plans a command works on: the files given (any format ingest reads, each
// read in the sandbox), or else those of the plan store or the embedded seeds (App.Plans). A file
// that cannot be read is reported on the terminal and skipped; the error then wraps app.ErrPartial,
// so the command prints what it could and still exits non-zero.
func readPlans(ctx context.Context, a *app.App, t *term, files []string) ([]*plan.Document, error) {
	if len(files) == 0 {
		return a.Plans(ctx)
	}
	return a.ReadFiles(ctx, files, func(file string, err error) {
		fmt.Fprintf(t.Err, "dutybot: %s: %s\n", plan.OneLine(file), plan.OneLine(userMessage(err)))
	})
}

// writeJSON prints v as indented JSON, with < > & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// userMessage is the part of an error a person acts on: a refusal's reason and remedy, or a text
// that is no plan, in Chinese; else the error as it is.
func userMessage(err error) string {
	if zh, ok := ingest.MessageZH(err); ok {
		return zh
	}
	return err.Error()
}

// orNone is s, or "-" when it is empty.
func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
