package main

import (
	"context"
	"errors"
)

// runAsk answers one question. Owned by the question-answering work (issue 3).
func (m *Main) runAsk(ctx context.Context, args []string) error {
	return errors.New("ask: not built yet")
}

// runChat runs an interactive terminal session. Owned by the question-answering work (issue 3).
func (m *Main) runChat(ctx context.Context, args []string) error {
	return errors.New("chat: not built yet")
}
