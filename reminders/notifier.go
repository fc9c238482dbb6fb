package reminders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// Nudge is one message to deliver, complete enough for a chat front end to render it (Block Kit,
// colours) without asking anything else.
type Nudge struct {
	// OccurrenceID identifies this delivery for ever: put it in the message (Slack metadata) so
	// Delivered can find it. A leaders' copy has its own id (occurrence id + "#leaders").
	OccurrenceID string `json:"occurrence_id"`
	SeriesID     string `json:"series_id"`
	TaskID       string `json:"task_id,omitempty"`
	TaskNumber   string `json:"task_number,omitempty"`
	// Role is plan.RoleLead or plan.RoleParticipating for plan nudges.
	Role string       `json:"role,omitempty"`
	Unit plan.UnitRef `json:"unit"`
	// Route is where it goes: a channel id, a user id, whatever the notifier understands.
	Route string `json:"route"`
	// Due is when it was due to go out (its occurrence's time, or the end of the snooze that
	// delayed it); Late is set when it goes out well after that (dutybot was down, or the unit had
	// no route until now).
	Due  time.Time `json:"due"`
	Late bool      `json:"late"`
	// Kind is by, target, recurring, overdue, backlog (an item of an overdue list), backlog-summary
	// (the leaders' summary of the overdue lists), custom or digest; Colour is blue, yellow or red.
	Kind   string `json:"kind"`
	Colour string `json:"colour"`
	Text   string `json:"text"`

	PlanTitle string   `json:"plan_title,omitempty"`
	Section   string   `json:"section,omitempty"`
	TaskTitle string   `json:"task_title,omitempty"`
	Quote     string   `json:"quote,omitempty"`
	Deadline  plan.Day `json:"deadline,omitempty"`
	// Leaders is set on the copy of an escalation sent to the leaders' channel.
	Leaders bool `json:"leaders,omitempty"`
	// Attempt counts claims of this occurrence; above 1 a previous attempt may have delivered it.
	Attempt int `json:"attempt"`
}

// Receipt is what the chat side says about a delivered nudge (e.g. channel and message timestamp).
type Receipt struct {
	Route string `json:"route"`
	ID    string `json:"id"`
}

// Notifier delivers nudges. Notify must not return before the message is accepted, and should
// fail rather than block past ctx's deadline: the claim on the nudge runs out then.
type Notifier interface {
	Notify(ctx context.Context, n Nudge) (Receipt, error)
}

// BatchNotifier is implemented by notifiers that can send several nudges to one route as one
// message (a line and buttons per task): the dispatcher then sends a route's nudges of one pass
// together. Every nudge keeps its occurrence id, for Delivered to find in the message.
type BatchNotifier interface {
	NotifyBatch(ctx context.Context, route string, nudges []Nudge) (Receipt, error)
}

// DeliveryChecker is implemented by notifiers that can tell whether a nudge already went out (by
// the occurrence id carried in the message). After a crash between sending and acknowledging, the
// dispatcher asks before sending again; a notifier that cannot tell gets at-least-once delivery in
// that window.
type DeliveryChecker interface {
	Delivered(ctx context.Context, n Nudge) (bool, error)
}

// RetryAfterError is a delivery failure that says when to try again (HTTP 429 Retry-After).
type RetryAfterError struct {
	After time.Duration
	Err   error
}

func (e *RetryAfterError) Error() string {
	return fmt.Sprintf("rate limited, retry after %s: %v", e.After, e.Err)
}

func (e *RetryAfterError) Unwrap() error { return e.Err }

// ErrPermanent marks a delivery failure retrying cannot fix (channel gone, bot removed): the nudge
// is held, as if its unit had no route, until the route is changed.
var ErrPermanent = errors.New("permanent delivery failure")
