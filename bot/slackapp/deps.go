package slackapp

import (
	"context"
	"errors"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// Question is what a person asked, with the context of the conversation it belongs to.
type Question struct {
	Text string
	// User is the Slack user id of the asker.
	User string
	// Context is the follow-up context the previous answer in the conversation returned; nil at the
	// start of a conversation. It is opaque here.
	Context []byte
	// Now is the clock reading the question is answered against.
	Now time.Time
}

// Citation points at the plan text an answer rests on.
type Citation struct {
	Doc     string // plan title
	Section string
	Task    string // task number as printed; "" for a paragraph
}

// Answer is the Answerer's reply.
type Answer struct {
	Text      string
	Intent    string
	Tasks     []string // task ids the answer names
	Citations []Citation
	// Context is kept for the next question in the same conversation.
	Context []byte
}

// Answerer answers questions about the plans (bot.Engine behind an adapter).
type Answerer interface {
	Answer(ctx context.Context, q Question) (Answer, error)
}

// Streamer is an Answerer that can show a slow answer while it is being written: partial receives
// the whole text so far, each time it grows.
type Streamer interface {
	AnswerStream(ctx context.Context, q Question, partial func(text string)) (Answer, error)
}

// Colours of the 亮灯 board, as the plans' own 三色 supervision uses them.
const (
	Green  = "green"  // done, or on track
	Blue   = "blue"   // due within the ladder's reach
	Yellow = "yellow" // due within 7 days, or today
	Red    = "red"    // overdue
)

// BoardRow is one task of a unit on the 亮灯 board.
type BoardRow struct {
	TaskID     string
	TaskNumber string
	Title      string
	Plan       string
	Unit       plan.UnitRef
	Colour     string
	Next       plan.Day // next deadline; zero when none
	Status     string   // a short note: "已完成 (张三 11-02)", "进展: …"
	Occurrence string   // the pending occurrence the buttons act on; "" when none
}

// DigestUnit is one unit's line in the weekly digest.
type DigestUnit struct {
	Unit    plan.UnitRef
	Done    int
	OnTrack int
	DueSoon int
	Overdue int
	Changes []string // what changed since last week, one line each
}

// Digest is the weekly digest for the leaders' channel.
type Digest struct {
	Since, Until time.Time
	Units        []DigestUnit
	Unrouted     int // nudges held because their unit has no route
}

// Reminder is one a person asks for with /dutybot remind.
type Reminder struct {
	Unit  plan.UnitRef
	Route string
	At    time.Time
	Text  string
	By    string
}

// Reminders is what the Slack front end asks of the reminder store (reminders.Store behind an adapter).
// Every change carries the Slack user id of who made it.
type Reminders interface {
	MarkDone(ctx context.Context, taskID string, unit plan.UnitRef, by string) error
	ReportProgress(ctx context.Context, taskID string, unit plan.UnitRef, text, by string) error
	// Snooze holds off the unit's nudges for the task (the occurrence when the button had one) until then.
	Snooze(ctx context.Context, occurrence, taskID string, unit plan.UnitRef, until time.Time, by string) error
	RequestExtension(ctx context.Context, taskID string, unit plan.UnitRef, to plan.Day, reason, by string) error
	Subscribe(ctx context.Context, unit plan.UnitRef, route string) error
	Unsubscribe(ctx context.Context, unit plan.UnitRef, route string) error
	// Routes lists the channels and users a unit's nudges go to.
	Routes(ctx context.Context, unit plan.UnitRef) ([]string, error)
	Add(ctx context.Context, r Reminder) (id string, err error)
	Board(ctx context.Context, units []plan.UnitRef, now time.Time) ([]BoardRow, error)
	Digest(ctx context.Context, since, now time.Time) (Digest, error)
}

// ErrUnavailable is returned (wrapped) by a Reminders adapter when its store cannot be reached.
var ErrUnavailable = errors.New("reminder store unavailable")

// Plans adds and removes plans (planstore.Store behind an adapter). Each returns the text to show: the
// parse summary, or what was removed. An error that is a *Refusal carries a sentence for the user
// (a scanned PDF, a .doc file, a file too large); any other is internal.
type Plans interface {
	Preview(ctx context.Context, name string, data []byte) (summary string, err error)
	Add(ctx context.Context, name string, data []byte) (summary string, err error)
	Remove(ctx context.Context, ref string) (removed string, err error)
}

// Refusal is an error whose text may be shown to users as it is.
type Refusal struct{ Msg string }

func (r *Refusal) Error() string { return r.Msg }
