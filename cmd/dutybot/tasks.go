package main

import (
	"context"
	"errors"
)

func (m *Main) runTasks(ctx context.Context, args []string) error {
	return errors.New("tasks: not built yet")
}

func (m *Main) runUnits(ctx context.Context, args []string) error {
	return errors.New("units: not built yet")
}
