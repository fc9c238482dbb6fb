package main

import (
	"context"
	"errors"

	"github.com/alecthomas/kong"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/reminders"
)

// cli is the command table: one struct per command, each with its flags and arguments, which kong
// turns into the parser, `--help` and each command's help. Flags may come before, between or after
// the arguments. The hidden `extract` command (the sandbox's child) is run before the table is read
// (main.go).
type cli struct {
	Tasks    tasksCmd    `cmd:"" help:"List tasks, with their units and deadlines."`
	Units    unitsCmd    `cmd:"" help:"List units and how many tasks each leads or takes part in."`
	Ask      askCmd      `cmd:"" help:"Answer one question about the plans."`
	Chat     chatCmd     `cmd:"" help:"Ask questions in a terminal session (:history, :reset, :quit)."`
	Due      dueCmd      `cmd:"" help:"Upcoming and overdue deadlines, per unit."`
	Remind   remindCmd   `cmd:"" help:"Reminders kept in Redis: schedules, routes, done marks, the 亮灯 board."`
	Report   reportCmd   `cmd:"" help:"Write the 督办台账 as an .xlsx: a 汇总 and one sheet per plan, coloured by 亮灯."`
	Dispatch dispatchCmd `cmd:"" help:"Deliver due nudges to standard output, one line each."`
	Ingest   ingestCmd   `cmd:"" help:"Add or replace plans in the plan store."`
	Plans    plansCmd    `cmd:"" help:"The stored plans."`
	Serve    serveCmd    `cmd:"" help:"Run the Slack app."`
}

const description = "dutybot reads Chinese implementation plans (实施方案) and answers, reminds and reports on their tasks.\n\n" +
	"Without FILE arguments, commands read the plans embedded in the binary (and, when Redis holds stored plans, those)."

// exitSignal is how kong's help, which wants to exit the process, ends a parse instead.
type exitSignal struct{ code int }

// parse reads args against the command table. It returns a nil context and nil error when help was
// printed, and a usage error (exit code 2) for any mistake.
func parse(t *term, args []string) (kctx *kong.Context, err error) {
	if len(args) > 0 && args[0] == "help" {
		args = append(args[1:], "--help")
	}
	if len(args) == 0 {
		if _, err := parse(t, []string{"--help"}); err != nil {
			return nil, err
		}
		return nil, usageError("no command given")
	}
	parser, err := kong.New(&cli{}, kong.Name("dutybot"), kong.Description(description), kong.Writers(t.Out, t.Err),
		kong.ConfigureHelp(kong.HelpOptions{Compact: true}),
		kong.Exit(func(code int) { panic(exitSignal{code}) }))
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			s, ok := r.(exitSignal)
			if !ok {
				panic(r)
			}
			kctx, err = nil, nil
			if s.code != 0 {
				err = &exitError{code: s.code, msg: "usage"}
			}
		}
	}()
	kctx, err = parser.Parse(args)
	if err != nil {
		return nil, usageError(err.Error() + " (dutybot --help lists the commands)")
	}
	return kctx, nil
}

// openApp builds the App, once; loadConfig reads the configuration, once.
type (
	openApp    func() (*app.App, error)
	loadConfig func() (app.Config, error)
)

// runCommand runs the command kctx selected. A command's Run receives what it asks for by type: the
// context, the terminal, the App, the plan store or the reminder store (the stores once Redis
// answers), or, for serve, the configuration before the App is built from it.
func runCommand(ctx context.Context, kctx *kong.Context, t *term, cfg loadConfig, open openApp) error {
	if c, _ := cfg(); c.Lang == "en" {
		t.Lang = "en"
	}
	kctx.BindTo(ctx, (*context.Context)(nil))
	kctx.Bind(t, cfg, open)
	providers := []any{
		func() (*app.App, error) { return open() },
		func() (*planstore.Store, error) {
			a, err := open()
			if err != nil {
				return nil, err
			}
			return a.OpenPlans(ctx, app.StoreTimeout)
		},
		// A reminder command works on schedules in step with the plans: nobody runs `remind sync`.
		func() (*reminders.Store, error) {
			a, err := open()
			if err != nil {
				return nil, err
			}
			store, err := a.OpenReminders(ctx, app.StoreTimeout)
			if err != nil {
				return nil, err
			}
			return store, a.FollowPlansNow(ctx, store)
		},
	}
	for _, p := range providers {
		if err := kctx.BindSingletonProvider(p); err != nil {
			return err
		}
	}
	return t.explain(kctx.Run())
}

// partial reports whether err only says some files were not read.
func partial(err error) bool { return errors.Is(err, app.ErrPartial) }
