package main

import (
	"context"
	"errors"
)

// runServe runs the Slack app. Owned by the Slack work (issue 4).
func (m *Main) runServe(ctx context.Context, args []string) error {
	return errors.New("serve: not built yet")
}
