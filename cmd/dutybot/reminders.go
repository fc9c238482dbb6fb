package main

import (
	"context"
	"errors"
)

// Owned by the reminders work (issue 6).

func (m *Main) runDue(ctx context.Context, args []string) error {
	return errors.New("due: not built yet")
}

func (m *Main) runRemind(ctx context.Context, args []string) error {
	return errors.New("remind: not built yet")
}

func (m *Main) runDispatch(ctx context.Context, args []string) error {
	return errors.New("dispatch: not built yet")
}
