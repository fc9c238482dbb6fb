package main

import (
	"context"
	"errors"
)

// Owned by the plan-loading work (issue 5).

func (m *Main) runIngest(ctx context.Context, args []string) error {
	return errors.New("ingest: not built yet")
}

func (m *Main) runPlans(ctx context.Context, args []string) error {
	return errors.New("plans: not built yet")
}
