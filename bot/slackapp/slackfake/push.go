package slackfake

import (
	"encoding/json"
	"fmt"
	"time"
)

// redeliverAfter is how long the fake waits for an ack before it sends an events_api envelope again,
// as Slack does. (slacktest hands queued messages to any open websocket, a closed one included, so a
// message can be lost across a reconnect; redelivery makes that what Slack does too: a retry.)
const redeliverAfter = 3 * time.Second

// Envelope is a Socket Mode envelope as Slack sends it.
type Envelope struct {
	EnvelopeID             string `json:"envelope_id"`
	Type                   string `json:"type"`
	Payload                any    `json:"payload"`
	AcceptsResponsePayload bool   `json:"accepts_response_payload"`
	RetryAttempt           int    `json:"retry_attempt"`
	RetryReason            string `json:"retry_reason,omitempty"`
}

// Push sends an envelope of the given type around payload and returns its envelope id. An events_api
// envelope is sent again (retry_attempt counting up, at most three times) until the app acks it.
func (f *Server) Push(typ string, payload any) string {
	env := Envelope{EnvelopeID: fmt.Sprintf("env-%d", f.envelopes.Add(1)), Type: typ, Payload: payload, AcceptsResponsePayload: typ != "events_api"}
	f.send(env)
	if typ == "events_api" {
		go f.redeliver(env)
	}
	return env.EnvelopeID
}

func (f *Server) send(env Envelope) {
	b, err := json.Marshal(env)
	if err != nil {
		panic(err)
	}
	f.SendToWebsocket(string(b))
}

func (f *Server) redeliver(env Envelope) {
	for attempt := 1; attempt <= 3; attempt++ {
		select {
		case <-f.closed:
			return
		case <-time.After(redeliverAfter):
		}
		if f.Acked(env.EnvelopeID) {
			return
		}
		env.RetryAttempt, env.RetryReason = attempt, "timeout"
		f.send(env)
	}
}

// PushRaw sends s over the websocket exactly as given (for malformed payloads).
func (f *Server) PushRaw(s string) { f.SendToWebsocket(s) }

// Acked reports whether the app acked the envelope.
func (f *Server) Acked(envelopeID string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	_, ok := f.acks[envelopeID]
	return ok
}

// EventPayload wraps an inner event in an event_callback with the given event id.
func EventPayload(eventID string, event map[string]any) map[string]any {
	return map[string]any{
		"token": "fake", "team_id": TeamID, "api_app_id": "A0DUTY", "type": "event_callback",
		"event_id": eventID, "event_time": time.Now().Unix(), "event": event,
	}
}

// Event pushes an Events API event with the given id.
func (f *Server) Event(eventID string, event map[string]any) string {
	return f.Push("events_api", EventPayload(eventID, event))
}

// Mention is an app_mention event: user says text, mentioning the bot, in channel at ts (in thread
// when threadTS is set).
func Mention(user, channel, ts, threadTS, text string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": user, "channel": channel, "ts": ts, "event_ts": ts, "text": "<@" + BotUser + "> " + text}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// ChannelMessage is a message event; channelType is "channel" or "im".
func ChannelMessage(user, channel, channelType, ts, threadTS, text string) map[string]any {
	e := map[string]any{"type": "message", "user": user, "channel": channel, "channel_type": channelType, "ts": ts, "event_ts": ts, "text": text}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

// Command pushes a /dutybot slash command and returns the response_url it carries.
func (f *Server) Command(user, channel, text string) (envelopeID, responseURL string) {
	responseURL = f.ResponseURL()
	envelopeID = f.Push("slash_commands", map[string]any{
		"token": "fake", "team_id": TeamID, "channel_id": channel, "channel_name": "x", "user_id": user, "user_name": user,
		"command": "/dutybot", "text": text, "response_url": responseURL, "trigger_id": fmt.Sprintf("trig-%d", f.seq.Add(1)), "api_app_id": "A0DUTY",
	})
	return envelopeID, responseURL
}

// Click pushes a press, by user, of the button actionID on message m (posted with chat.postMessage or
// through a response_url). It returns the response_url the press carries.
func (f *Server) Click(user string, m Message, actionID string) (responseURL string, err error) {
	blockID, value, ok := m.ButtonValue(actionID)
	if !ok {
		return "", fmt.Errorf("slackfake: no button %q on message %s", actionID, m.TS)
	}
	return f.press(user, m, actionID, blockID, value), nil
}

// ClickTask pushes a press, by user, of the button actionID of task on message m: in a message of
// several tasks, each has its own buttons.
func (f *Server) ClickTask(user string, m Message, actionID, task string) (responseURL string, err error) {
	var blocks []map[string]any
	json.Unmarshal(m.Blocks, &blocks)
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			em, _ := e.(map[string]any)
			v, _ := em["value"].(string)
			var ref struct {
				T string `json:"t"`
			}
			if em["action_id"] == actionID && json.Unmarshal([]byte(v), &ref) == nil && ref.T == task {
				bid, _ := b["block_id"].(string)
				return f.press(user, m, actionID, bid, v), nil
			}
		}
	}
	return "", fmt.Errorf("slackfake: no button %q for task %s on message %s", actionID, task, m.TS)
}

// press pushes a block_actions payload for a button on message m.
func (f *Server) press(user string, m Message, actionID, blockID, value string) (responseURL string) {
	responseURL = f.ResponseURL()
	f.Push("interactive", map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "api_app_id": "A0DUTY", "team": map[string]any{"id": TeamID},
		"channel":      map[string]any{"id": m.Channel},
		"container":    map[string]any{"type": "message", "message_ts": m.TS, "channel_id": m.Channel},
		"message":      map[string]any{"type": "message", "ts": m.TS, "text": m.Text, "blocks": m.Blocks},
		"response_url": responseURL, "trigger_id": fmt.Sprintf("trig-%d", f.seq.Add(1)),
		"actions": []any{map[string]any{"type": "button", "action_id": actionID, "block_id": blockID, "value": value, "action_ts": "1"}},
	})
	return responseURL
}

// Submit pushes a view_submission of a modal the app opened, with values as
// {block_id: {action_id: {"value": …} or {"selected_date": …}}}.
func (f *Server) Submit(user string, v View, values map[string]map[string]map[string]any) string {
	var view map[string]any
	json.Unmarshal(v.View, &view)
	return f.Push("interactive", map[string]any{
		"type": "view_submission", "user": map[string]any{"id": user}, "team": map[string]any{"id": TeamID},
		"view": map[string]any{"id": "V1", "type": "modal", "callback_id": view["callback_id"], "private_metadata": view["private_metadata"], "state": map[string]any{"values": values}},
	})
}

// ClickHome pushes a press, by user, of the button actionID on the App Home view v (published with
// views.publish). Presses on the Home tab carry no response_url.
func (f *Server) ClickHome(user string, v View, actionID string) error {
	var view struct {
		Blocks json.RawMessage `json:"blocks"`
	}
	json.Unmarshal(v.View, &view)
	blockID, value, ok := Message{Blocks: view.Blocks}.ButtonValue(actionID)
	if !ok {
		return fmt.Errorf("slackfake: no button %q on the home view", actionID)
	}
	f.Push("interactive", map[string]any{
		"type": "block_actions", "user": map[string]any{"id": user}, "api_app_id": "A0DUTY", "team": map[string]any{"id": TeamID},
		"container":  map[string]any{"type": "view", "view_id": "VHOME"},
		"view":       map[string]any{"id": "VHOME", "type": "home"},
		"trigger_id": fmt.Sprintf("trig-%d", f.seq.Add(1)),
		"actions":    []any{map[string]any{"type": "button", "action_id": actionID, "block_id": blockID, "value": value, "action_ts": "1"}},
	})
	return nil
}
