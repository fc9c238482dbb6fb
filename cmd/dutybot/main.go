// Command dutybot reads Chinese implementation plans (实施方案) and answers, reminds and reports on
// their tasks. The commands are one table (cli.go), each in a short cmd_*.go file that receives what
// it needs from the composition root, internal/app. main() only turns signals into a context and
// errors into exit codes, so tests drive Main directly.
package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/internal/app"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first signal asks the command to stop cleanly; from then on a second one ends the
		// process at once, whatever the command is blocked on.
		<-ctx.Done()
		stop()
	}()
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	stop()
	m.Close()
	if err != nil {
		os.Exit(exitCode(err))
	}
}

// Main is one run of dutybot: its streams, its environment and its clock, and the App the command
// builds from them.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads configuration; tests replace it.
	Getenv func(string) string
	// Now is the clock; tests replace it.
	Now func() time.Time
	// Logger writes structured logs; nil means one on Stderr from LOG_LEVEL and LOG_FORMAT.
	Logger *slog.Logger
	// Terminal reports whether Stdout is a terminal; nil means ask the operating system.
	Terminal func(io.Writer) bool

	app    *app.App
	cfg    app.Config
	cfgErr error
	loaded bool
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv, Now: time.Now}
}

// Run executes the command args name. An error is said on Stderr ("dutybot: …", control
// characters dropped) before it is returned, so whoever drives Main sees what a person at the
// terminal sees; the caller only turns it into an exit code (exitCode).
func (m *Main) Run(ctx context.Context, args []string) error {
	err := m.run(ctx, args)
	if err != nil {
		printError(m.Stderr, err)
	}
	return err
}

func (m *Main) run(ctx context.Context, args []string) error {
	t := &term{In: m.Stdin, Out: newSafeWriter(m.Stdout), Err: newSafeWriter(m.Stderr), Raw: m.Stdout}
	if m.Terminal != nil {
		t.RawIsTerminal = m.Terminal(m.Stdout)
	} else {
		t.RawIsTerminal = isTerminal(m.Stdout)
	}
	if len(args) > 0 && args[0] == "extract" {
		// The sandbox's child (ingest.Sandbox), run before the command table: its single-dash
		// flags are ingest.RunChild's, and it needs no configuration.
		return ingest.RunChild(args[1:], m.Stdin, t.Out)
	}
	m.loaded = false // the environment may have changed since the last Run
	kctx, err := parse(t, args)
	if err != nil || kctx == nil {
		return err
	}
	return runCommand(ctx, kctx, t, m.config, func() (*app.App, error) { return m.open(t) })
}

// config reads and checks the configuration, once.
func (m *Main) config() (app.Config, error) {
	if !m.loaded {
		m.cfg, m.cfgErr = app.LoadConfig(m.Getenv)
		m.loaded = true
	}
	return m.cfg, m.cfgErr
}

// open builds the App from the configuration, once; a configuration with mistakes is refused.
func (m *Main) open(t *term) (*app.App, error) {
	if m.app != nil {
		return m.app, nil
	}
	cfg, err := m.config()
	if m.Logger == nil {
		m.Logger = app.NewLogger(t.Err, cfg)
	}
	if err != nil {
		return nil, err
	}
	if m.app, err = app.New(cfg, app.Options{Logger: m.Logger, Now: m.Now}); err != nil {
		return nil, err
	}
	return m.app, nil
}

// Close releases what the command opened. It is safe to call twice.
func (m *Main) Close() error {
	if m.app == nil {
		return nil
	}
	return m.app.Close()
}

// term is the terminal a command talks to. Out and Err drop control characters (safeout.go); Raw is
// standard output as it is, for bytes that must go out unchanged (a stored plan's original file).
type term struct {
	In       io.Reader
	Out, Err io.Writer
	Raw      io.Writer
	// RawIsTerminal: Raw is a terminal, where a file's raw bytes must not go (plans original).
	RawIsTerminal bool
	// Lang is the language of what is printed: "zh" (default) or "en" (DUTYBOT_LANG, say.go).
	Lang string
}

// exitError carries an exit code.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// usageError is a mistake in how the command was called: exit code 2.
func usageError(msg string) error { return &exitError{code: 2, msg: msg} }

func exitCode(err error) int {
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return 1
}
