package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// loadPlans returns the plans a command works on: the files given, or else the plans dutybot knows
// (for now the embedded seeds; the plan store in Redis takes over when it exists).
// A file that cannot be read or parsed is reported on Stderr and skipped; the error then says how
// many failed, so the command exits non-zero after printing what it could.
func (m *Main) loadPlans(ctx context.Context, files []string) ([]*plan.Document, error) {
	opt, err := m.planOptions()
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return seeds.Load(opt)
	}
	var docs []*plan.Document
	var failed int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err == nil {
			var d *plan.Document
			if d, err = plan.Parse(f, data, opt); err == nil {
				docs = append(docs, d)
				continue
			}
		}
		failed++
		fmt.Fprintf(m.Stderr, "dutybot: %s: %v\n", f, err)
	}
	if failed > 0 {
		return docs, fmt.Errorf("%d of %d files could not be read as plans: %w", failed, len(files), errPartial)
	}
	return docs, nil
}

// errPartial marks a load where some files failed but others were read.
var errPartial = errors.New("partial load")

// planOptions builds parser options from the configuration (the alias table).
func (m *Main) planOptions() (plan.Options, error) {
	aliases, err := plan.LoadAliases(m.Getenv("DUTYBOT_ALIASES"))
	if err != nil {
		return plan.Options{}, err
	}
	return plan.Options{Aliases: aliases}, nil
}
