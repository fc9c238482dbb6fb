package slackapp

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"
)

// nudgeEventType names dutybot's message metadata on a nudge; its payload holds the occurrence id.
const nudgeEventType = "dutybot_nudge"

// Notifier delivers the reminder dispatcher's nudges to Slack.
type Notifier struct{ app *App }

// Notifier returns the App's Notifier.
func (a *App) Notifier() *Notifier { return &Notifier{app: a} }

// Notify posts a nudge as a Block Kit message to its route (a channel, or a person's DM), with the
// occurrence id in the message metadata so that Delivered can find it again.
func (n *Notifier) Notify(ctx context.Context, nudge Nudge) error {
	a := n.app
	if nudge.Route == "" {
		return fmt.Errorf("notify %s: no route", nudge.Occurrence)
	}
	m := nudgeMessage(nudge)
	meta := slack.SlackMetadata{EventType: nudgeEventType, EventPayload: map[string]any{"occurrence": nudge.Occurrence, "task": nudge.TaskID}}
	if _, err := a.post(ctx, nudge.Route, "", m, slack.MsgOptionMetadata(meta)); err != nil {
		a.opt.Metrics.NudgesFailed.Inc()
		return fmt.Errorf("notify %s to %s: %w", nudge.Occurrence, nudge.Route, err)
	}
	a.opt.Metrics.NudgesSent.Inc()
	if nudge.Late {
		a.opt.Metrics.NudgesLate.Inc()
	}
	return nil
}

// Delivered reports whether a nudge for the occurrence was posted to route since the given time: the
// dispatcher asks after a crash between sending and acknowledging, before sending again.
func (n *Notifier) Delivered(ctx context.Context, route, occurrence string, since time.Time) (bool, error) {
	a := n.app
	channel := route
	if strings.HasPrefix(route, "U") || strings.HasPrefix(route, "W") {
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{route}, ReturnIM: true})
		if err != nil {
			return false, fmt.Errorf("delivered %s: open DM with %s: %w", occurrence, route, err)
		}
		channel = ch.ID
	}
	params := &slack.GetConversationHistoryParameters{
		ChannelID:          channel,
		Oldest:             strconv.FormatFloat(float64(since.UnixMilli())/1000, 'f', 6, 64),
		Limit:              200,
		IncludeAllMetadata: true,
	}
	for page := 0; page < 10; page++ {
		h, err := a.api.GetConversationHistoryContext(ctx, params)
		if err != nil {
			return false, fmt.Errorf("delivered %s: conversations.history %s: %w", occurrence, channel, err)
		}
		for _, m := range h.Messages {
			if m.Metadata.EventType == nudgeEventType && fmt.Sprint(m.Metadata.EventPayload["occurrence"]) == occurrence {
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
