package slackapp

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// nudgeEventType names dutybot's message metadata on a nudge; its payload holds the occurrence id.
const nudgeEventType = "dutybot_nudge"

// Notifier delivers the reminder dispatcher's nudges to Slack.
type Notifier struct{ app *App }

var (
	_ reminders.Notifier        = (*Notifier)(nil)
	_ reminders.BatchNotifier   = (*Notifier)(nil)
	_ reminders.DeliveryChecker = (*Notifier)(nil)
)

// Notifier returns the App's Notifier.
func (a *App) Notifier() *Notifier { return &Notifier{app: a} }

// Notify posts a nudge as a Block Kit message to its route (a channel, or a person's DM), with the
// occurrence id in the message metadata so that Delivered can find it again. A 429 that outlasts
// slack-go's own retries comes back as reminders.RetryAfterError; a channel that is gone, or that
// the bot is not in, as reminders.ErrPermanent.
func (n *Notifier) Notify(ctx context.Context, nudge reminders.Nudge) (reminders.Receipt, error) {
	a := n.app
	if nudge.Route == "" {
		return reminders.Receipt{}, fmt.Errorf("notify %s: no route: %w", nudge.OccurrenceID, reminders.ErrPermanent)
	}
	if nudge.Kind == reminders.KindBacklog {
		return n.postBatch(ctx, nudge.Route, []reminders.Nudge{nudge}) // an overdue list of one
	}
	msgs := []message{nudgeMessage(nudge)}
	if nudge.Kind == reminders.KindBacklogSummary {
		msgs = summaryMessages(nudge)
	}
	if nudge.Kind == reminders.KindDigest {
		var err error
		if msgs, err = n.digest(ctx, nudge); err != nil {
			return reminders.Receipt{}, err
		}
	}
	// The first message carries the occurrence id: it is the one Delivered looks for, and a digest
	// in several parts is sent again whole when its first part is missing.
	meta := slack.SlackMetadata{EventType: nudgeEventType, EventPayload: map[string]any{"occurrence": nudge.OccurrenceID, "task": nudge.TaskID}}
	var ts string
	for i, m := range msgs {
		var opts []slack.MsgOption
		if i == 0 {
			opts = append(opts, slack.MsgOptionMetadata(meta))
		}
		t, err := a.post(ctx, nudge.Route, "", m, opts...)
		if err != nil {
			return reminders.Receipt{}, deliveryError(fmt.Sprintf("notify %s to %s", nudge.OccurrenceID, nudge.Route), err)
		}
		if i == 0 {
			ts = t
		}
	}
	return reminders.Receipt{Route: nudge.Route, ID: ts}, nil
}

// NotifyBatch posts a route's nudges of one pass as one message (batchMessages): a line and the
// buttons per task, an overdue list's items first. Each message carries the occurrence ids of the
// nudges in it, so that Delivered finds each one.
func (n *Notifier) NotifyBatch(ctx context.Context, route string, nudges []reminders.Nudge) (reminders.Receipt, error) {
	if len(nudges) == 1 {
		return n.Notify(ctx, nudges[0])
	}
	return n.postBatch(ctx, route, nudges)
}

// postBatch posts nudges to route as batchMessages, each message with its occurrence ids.
func (n *Notifier) postBatch(ctx context.Context, route string, nudges []reminders.Nudge) (reminders.Receipt, error) {
	if route == "" {
		return reminders.Receipt{}, fmt.Errorf("notify %d nudges: no route: %w", len(nudges), reminders.ErrPermanent)
	}
	var first string
	for _, m := range batchMessages(nudges, plan.DayOf(n.app.opt.Now())) {
		ids := make([]any, len(m.occurrences))
		for i, id := range m.occurrences {
			ids[i] = id
		}
		meta := slack.SlackMetadata{EventType: nudgeEventType, EventPayload: map[string]any{"occurrence": m.occurrences[0],
			"occurrences": ids, "task": nudges[0].TaskID}}
		ts, err := n.app.post(ctx, route, "", m.message, slack.MsgOptionMetadata(meta))
		if err != nil {
			return reminders.Receipt{}, deliveryError(fmt.Sprintf("notify %s and %d more to %s", m.occurrences[0], len(nudges)-1, route), err)
		}
		if first == "" {
			first = ts
		}
	}
	return reminders.Receipt{Route: route, ID: first}, nil
}

// carries reports whether a message's metadata names occurrence.
func carries(m slack.Message, occurrence string) bool {
	if m.Metadata.EventType != nudgeEventType {
		return false
	}
	if fmt.Sprint(m.Metadata.EventPayload["occurrence"]) == occurrence {
		return true
	}
	ids, _ := m.Metadata.EventPayload["occurrences"].([]any)
	for _, id := range ids {
		if fmt.Sprint(id) == occurrence {
			return true
		}
	}
	return false
}

// digest renders the leaders' weekly digest for a digest nudge: the week up to its due time.
func (n *Notifier) digest(ctx context.Context, nudge reminders.Nudge) ([]message, error) {
	a := n.app
	if !a.remindersOn() {
		return nil, fmt.Errorf("notify %s: a digest needs the reminder store: %w", nudge.OccurrenceID, reminders.ErrPermanent)
	}
	until := nudge.Due
	if until.IsZero() {
		until = a.opt.Now()
	}
	since := until.AddDate(0, 0, -7)
	d, err := a.opt.Reminders.Digest(ctx, since)
	if err != nil {
		return nil, fmt.Errorf("notify %s: build the digest: %w", nudge.OccurrenceID, err)
	}
	return digestMessages(d, since, until), nil
}

// deliveryError tells the dispatcher how to treat a failed Web API call.
func deliveryError(what string, err error) error {
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return &reminders.RetryAfterError{After: rl.RetryAfter, Err: fmt.Errorf("%s: %w", what, err)}
	}
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		switch se.Err {
		case "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "user_not_found", "cannot_dm_bot", "restricted_action":
			return fmt.Errorf("%s: %w: %w", what, reminders.ErrPermanent, err)
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}

// Delivered reports whether the nudge's occurrence was already posted to its route: the dispatcher
// asks after a crash between sending and acknowledging, before sending again. It reads the route's
// history since a little before the nudge fell due, looking for the occurrence id in the metadata.
func (n *Notifier) Delivered(ctx context.Context, nudge reminders.Nudge) (bool, error) {
	a := n.app
	occurrence := nudge.OccurrenceID
	channel := nudge.Route
	if strings.HasPrefix(channel, "U") || strings.HasPrefix(channel, "W") {
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{channel}, ReturnIM: true})
		if err != nil {
			return false, fmt.Errorf("delivered %s: open DM with %s: %w", occurrence, channel, err)
		}
		channel = ch.ID
	}
	since := nudge.Due.Add(-10 * time.Minute)
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          channel,
		Oldest:             strconv.FormatFloat(float64(since.UnixMilli())/1000, 'f', 6, 64),
		Limit:              200,
		IncludeAllMetadata: true,
	}
	for page := 0; page < 10; page++ {
		h, err := a.api.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return false, deliveryError(fmt.Sprintf("delivered %s: conversations.history %s", occurrence, channel), err)
		}
		for _, m := range h.Messages {
			if carries(m, occurrence) {
				return true, nil
			}
		}
		if !h.HasMore || h.ResponseMetaData.NextCursor == "" {
			return false, nil
		}
		params.Cursor = h.ResponseMetaData.NextCursor
	}
	return false, fmt.Errorf("delivered %s: more than 2000 messages in %s since %s", occurrence, channel, since.Format(time.RFC3339))
}
