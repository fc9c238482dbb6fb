package slackapp

import (
	"context"
	"time"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// The Slack front end is an adapter: what it needs of the domain is declared here, in the domain's
// own types, so that *bot.Engine, *reminders.Store and *planstore.Store satisfy these interfaces as
// they are (the compile-time checks below), with nothing copied and nothing to translate.

// Answerer answers questions about the plans: asked in words (a mention, a DM, /dutybot ask), or as
// a query (the structured slash commands tasks, due, summary).
type Answerer interface {
	// AnswerStream answers q; emit, when not nil, receives the text as it is written.
	AnswerStream(ctx context.Context, q bot.Question, emit func(chunk string) error) (bot.Answer, error)
	// AnswerQuery answers a query as of now.
	AnswerQuery(ctx context.Context, q bot.Query, now time.Time) (bot.Answer, error)
}

// Reminders is what the Slack front end asks of the reminder store. Every change names who made it
// (a Slack user id) in its reminders.Change.
type Reminders interface {
	MarkDone(ctx context.Context, c reminders.Change) error
	ReportProgress(ctx context.Context, c reminders.Change, text string) error
	Snooze(ctx context.Context, c reminders.Change, until time.Time) error
	RequestExtension(ctx context.Context, c reminders.Change, to plan.Day, reason string) error
	Subscribe(ctx context.Context, unit plan.UnitRef, route string) error
	Unsubscribe(ctx context.Context, unit plan.UnitRef, route string) error
	// UnitRoutes lists the channels and users one unit (or, with Name "", one city) is routed to.
	UnitRoutes(ctx context.Context, unit plan.UnitRef) ([]string, error)
	Add(ctx context.Context, c reminders.Custom) (reminders.Series, reminders.Occurrence, error)
	Board(ctx context.Context, units []plan.UnitRef) ([]reminders.TaskStatus, error)
	Digest(ctx context.Context, since time.Time) (reminders.Digest, error)
	// Ledger is the 督办台账 as of today, the rows /dutybot report writes.
	Ledger(ctx context.Context, today plan.Day) ([]duties.Row, error)
	// PlanNamed finds a plan the schedules follow by id or 文号; ClosePlan and OpenPlan change its
	// lifecycle (reminders.ErrPlanState when it already is so).
	PlanNamed(ref string) (*plan.Document, error)
	ClosePlan(ctx context.Context, id, by string) (reminders.PlanStatus, error)
	OpenPlan(ctx context.Context, id, by string) (reminders.PlanStatus, error)
}

// Plans adds and removes plans: Add previews a file (dryRun) or stores it; a *ingest.RefusedError
// or planstore.ErrNotFound carries what to tell the user, any other error is internal.
type Plans interface {
	Add(ctx context.Context, name string, data []byte, dryRun bool) (planstore.Summary, error)
	Remove(ctx context.Context, ref string) (planstore.Entry, error)
}

var (
	_ Answerer  = (*bot.Engine)(nil)
	_ Reminders = (*reminders.Store)(nil)
	_ Plans     = (*planstore.Store)(nil)
)
