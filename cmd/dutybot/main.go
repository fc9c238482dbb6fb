// Command dutybot reads Chinese implementation plans (实施方案) and answers, reminds and reports on
// their tasks. Every subcommand is assembled here by Main; main() only turns signals into a context
// and errors into exit codes, so tests drive Main directly.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := NewMain()
	err := m.Run(ctx, os.Args[1:])
	stop()
	m.Close()
	if err != nil {
		if !errors.Is(err, errSilent) {
			fmt.Fprintln(os.Stderr, "dutybot:", err)
		}
		os.Exit(exitCode(err))
	}
}

// Main holds what every subcommand shares: its streams, its environment and its clock.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads configuration; tests replace it.
	Getenv func(string) string
	// Now is the clock; tests and --now replace it.
	Now func() time.Time
	// Logger writes structured logs to Stderr.
	Logger *slog.Logger

	closers []func() error
	// rawStdout is Stdout before control characters are filtered out of it, for bytes that must go
	// out as they are (a stored plan's original file).
	rawStdout io.Writer
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
		Now:    time.Now,
	}
}

// Close releases what subcommands opened, in reverse order. It is safe to call twice.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}

func (m *Main) onClose(f func() error) { m.closers = append(m.closers, f) }

// command is one subcommand. One without usage is internal and not listed.
type command struct {
	name  string
	usage string
	run   func(m *Main, ctx context.Context, args []string) error
}

func (m *Main) commands() []command {
	return []command{
		{"tasks", "tasks [--unit U] [--city C] [--due-before YYYY-MM-DD] [--json] [FILE...]   list tasks", (*Main).runTasks},
		{"units", "units [--city C] [--json] [FILE...]                                      list units and their task counts", (*Main).runUnits},
		{"ask", "ask [--json] [--now YYYY-MM-DD] \"question\"                                answer one question", (*Main).runAsk},
		{"chat", "chat [--now YYYY-MM-DD]                                                   ask questions in a terminal session", (*Main).runChat},
		{"due", "due [--within 30d] [--unit U] [--city C] [--now YYYY-MM-DD] [--json]      upcoming and overdue deadlines", (*Main).runDue},
		{"remind", "remind add|list|cancel|done|snooze ...                                     reminders kept in Redis", (*Main).runRemind},
		{"dispatch", "dispatch                                                                  deliver due nudges to standard output", (*Main).runDispatch},
		{"ingest", "ingest [--dry-run] FILE...                                                add or replace plans", (*Main).runIngest},
		{"plans", "plans list|show|remove ...                                                the stored plans", (*Main).runPlans},
		{"serve", "serve                                                                     run the Slack app", (*Main).runServe},
		{"extract", "", (*Main).runExtract}, // the sandbox's child (ingest.Sandbox): not for people
	}
}

// Run executes the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if _, ok := m.Stdout.(*safeWriter); !ok {
		m.rawStdout = m.Stdout
		m.Stdout, m.Stderr = newSafeWriter(m.Stdout), newSafeWriter(m.Stderr)
	}
	if m.Logger == nil {
		m.Logger = newLogger(m.Stderr, m.Getenv)
	}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		m.printUsage(m.Stdout)
		if len(args) == 0 {
			return usageError("no command given")
		}
		return nil
	}
	for _, c := range m.commands() {
		if c.name == args[0] {
			return c.run(m, ctx, args[1:])
		}
	}
	m.printUsage(m.Stderr)
	return usageError(fmt.Sprintf("unknown command %q", args[0]))
}

func (m *Main) printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: dutybot COMMAND [flags]")
	fmt.Fprintln(w)
	for _, c := range m.commands() {
		if c.usage != "" {
			fmt.Fprintln(w, "  dutybot "+c.usage)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Without FILE arguments, commands read the plans embedded in the binary (and, when REDIS_URL")
	fmt.Fprintln(w, "holds stored plans, those). Run 'dutybot COMMAND -h' for a command's flags.")
}

// newLogger builds the process logger from LOG_LEVEL (debug|info|warn|error) and LOG_FORMAT (text|json).
func newLogger(w io.Writer, getenv func(string) string) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(getenv("LOG_LEVEL"))); err != nil {
		level = slog.LevelWarn
	}
	opts := &slog.HandlerOptions{Level: level}
	if getenv("LOG_FORMAT") == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// errSilent marks an error already reported to the user.
var errSilent = errors.New("reported")

// exitError carries an exit code.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageError(msg string) error { return &exitError{code: 2, msg: msg} }

func exitCode(err error) int {
	var e *exitError
	if errors.As(err, &e) {
		return e.code
	}
	return 1
}
