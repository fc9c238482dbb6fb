package main

import (
	"context"
	"fmt"
)

// serveCmd runs the Slack app (app.Server): dutybot serve [--print-config].
type serveCmd struct {
	PrintConfig bool `help:"Print the effective configuration, secrets masked, and exit."`
}

func (c *serveCmd) Run(ctx context.Context, t *term, config loadConfig, open openApp) error {
	cfg, err := config()
	if err == nil {
		err = cfg.ValidateServe()
	}
	if c.PrintConfig {
		cfg.Write(t.Out)
		return err
	}
	if err != nil {
		return fmt.Errorf("serve: fix the configuration:\n%w", err)
	}
	a, err := open()
	if err != nil {
		return err
	}
	s, err := a.NewServer(ctx)
	if err != nil {
		return err
	}
	return s.Run(ctx)
}
