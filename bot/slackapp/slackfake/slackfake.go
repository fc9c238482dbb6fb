// Package slackfake is a fake Slack for tests, spoken to over the wire: slack-go's own slacktest
// serves the Web API and the Socket Mode websocket, and this package adds what slacktest lacks
// (chat.update, views.publish, views.open, conversations.members/history/open, response_url
// endpoints, file uploads (upload.go), an auth.test that names the bot, 429 injection) and records every call.
//
// Tests push events, slash commands and button presses as raw Socket Mode envelopes (Push); the fake
// re-sends an envelope that is not acked, as Slack does, and records acks. Recorded messages can be
// waited for with Wait.
package slackfake

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
)

// Identities the fake uses.
const (
	BotUser = "U0DUTYBOT"
	BotID   = "B0DUTYBOT"
	TeamID  = "T0DUTY"
)

// Message is a message the app posted (or an ephemeral one, or a response_url post).
type Message struct {
	Method    string // chat.postMessage, chat.postEphemeral, response_url
	Channel   string
	TS        string
	ThreadTS  string
	User      string // ephemeral: who sees it
	Text      string
	Blocks    json.RawMessage
	Metadata  *slack.SlackMetadata
	Updates   int    // chat.update calls on it
	Response  string // response_url: response_type
	Replace   bool   // response_url: replace_original
	Delete    bool   // response_url: delete_original
	Sequence  int64
	Delivered time.Time
}

// AllText is the message's text and every text inside its blocks, joined by newlines.
func (m Message) AllText() string {
	var parts []string
	parts = append(parts, m.Text)
	var v any
	if len(m.Blocks) > 0 && json.Unmarshal(m.Blocks, &v) == nil {
		collectText(v, &parts)
	}
	return strings.Join(parts, "\n")
}

func collectText(v any, out *[]string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "text") {
				*out = append(*out, s)
				continue
			}
			collectText(x, out)
		}
	case []any:
		for _, x := range v {
			collectText(x, out)
		}
	}
}

// ButtonValue returns the value of the first button with actionID in the message's blocks.
func (m Message) ButtonValue(actionID string) (blockID, value string, ok bool) {
	var blocks []map[string]any
	if json.Unmarshal(m.Blocks, &blocks) != nil {
		return "", "", false
	}
	for _, b := range blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			em, _ := e.(map[string]any)
			if em["action_id"] == actionID {
				bid, _ := b["block_id"].(string)
				v, _ := em["value"].(string)
				return bid, v, true
			}
		}
	}
	return "", "", false
}

// View is a view the app published or opened.
type View struct {
	Method    string // views.publish or views.open
	UserID    string
	TriggerID string
	View      json.RawMessage
}

// Call is one Web API call as it arrived.
type Call struct {
	Method string
	At     time.Time
	Status int
}

// Server is the fake Slack.
type Server struct {
	*slacktest.Server

	mu        sync.Mutex
	messages  []*Message
	views     []View
	calls     []Call
	members   map[string][]string
	limits    map[string][]int // method -> Retry-After seconds of the next 429s
	files     map[string][]byte
	pending   map[string]*pendingUpload
	uploads   []Upload
	acks      map[string]json.RawMessage
	changed   chan struct{}
	seq       atomic.Int64
	envelopes atomic.Int64
	tsBase    int64
	closed    chan struct{}
	closeOnce sync.Once
}

// New starts a fake Slack; it stops when the test ends.
func New(tb interface {
	Cleanup(func())
	Helper()
}) *Server {
	tb.Helper()
	f := &Server{
		members: map[string][]string{},
		limits:  map[string][]int{},
		acks:    map[string]json.RawMessage{},
		files:   map[string][]byte{},
		pending: map[string]*pendingUpload{},
		changed: make(chan struct{}),
		tsBase:  time.Now().Unix(),
		closed:  make(chan struct{}),
	}
	f.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", f.record("auth.test", f.authTest))
		c.Handle("/chat.postMessage", f.record("chat.postMessage", f.postMessage))
		c.Handle("/chat.postEphemeral", f.record("chat.postEphemeral", f.postEphemeral))
		c.Handle("/chat.update", f.record("chat.update", f.update))
		c.Handle("/conversations.members", f.record("conversations.members", f.conversationMembers))
		c.Handle("/conversations.history", f.record("conversations.history", f.history))
		c.Handle("/conversations.open", f.record("conversations.open", f.open))
		c.Handle("/views.publish", f.record("views.publish", f.view("views.publish")))
		c.Handle("/views.open", f.record("views.open", f.view("views.open")))
		c.Handle("/response/", f.record("response_url", f.responseURL))
		c.Handle("/files/", f.record("files.download", f.download))
		c.Handle("/files.getUploadURLExternal", f.record("files.getUploadURLExternal", f.getUploadURL))
		c.Handle("/upload/", f.record("files.upload", f.uploadBytes))
		c.Handle("/files.completeUploadExternal", f.record("files.completeUploadExternal", f.completeUpload))
		c.Handle("/apps.connections.open", f.record("apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			reply(w, map[string]any{"ok": true, "url": f.GetWSURL()})
		}))
	})
	f.Server.Start()
	go f.drainSeen()
	tb.Cleanup(f.Close)
	return f
}

// Close stops the server. It is safe to call twice.
func (f *Server) Close() {
	f.closeOnce.Do(func() {
		close(f.closed)
		f.Server.Stop()
	})
}

// drainSeen reads what the app writes on the websocket (acks): slacktest blocks its reader until
// someone takes each message from SeenFeed.
func (f *Server) drainSeen() {
	for {
		select {
		case <-f.closed:
			return
		case m := <-f.SeenFeed:
			var ack struct {
				EnvelopeID string          `json:"envelope_id"`
				Payload    json.RawMessage `json:"payload"`
			}
			if json.Unmarshal([]byte(m), &ack) == nil && ack.EnvelopeID != "" {
				f.mu.Lock()
				f.acks[ack.EnvelopeID] = ack.Payload
				f.mu.Unlock()
				f.notify()
			}
		}
	}
}

// notify wakes everyone in Wait. Call without f.mu held.
func (f *Server) notify() {
	f.mu.Lock()
	close(f.changed)
	f.changed = make(chan struct{})
	f.mu.Unlock()
}

// Wait blocks until cond (called under the fake's lock, with its records) holds, or ctx ends.
func (f *Server) Wait(ctx context.Context, cond func(r Records) bool) error {
	for {
		f.mu.Lock()
		ok := cond(f.records())
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("slackfake: condition not met: %w", ctx.Err())
		}
	}
}

// Records is a snapshot of what the fake saw.
type Records struct {
	Messages []Message
	Views    []View
	Calls    []Call
	Acks     map[string]json.RawMessage
}

// Snapshot returns what the fake has seen so far.
func (f *Server) Snapshot() Records {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.records()
}

func (f *Server) records() Records {
	r := Records{Acks: map[string]json.RawMessage{}}
	for _, m := range f.messages {
		r.Messages = append(r.Messages, *m)
	}
	r.Views = append(r.Views, f.views...)
	r.Calls = append(r.Calls, f.calls...)
	for k, v := range f.acks {
		r.Acks[k] = v
	}
	return r
}

// SetMembers sets a channel's members for conversations.members.
func (f *Server) SetMembers(channel string, users ...string) {
	f.mu.Lock()
	f.members[channel] = users
	f.mu.Unlock()
}

// RateLimit makes the next call of method answer 429 with Retry-After: seconds.
func (f *Server) RateLimit(method string, seconds int) {
	f.mu.Lock()
	f.limits[method] = append(f.limits[method], seconds)
	f.mu.Unlock()
}

// ResponseURL returns a fresh response_url that records what is posted to it.
func (f *Server) ResponseURL() string {
	return fmt.Sprintf("%sresponse/%d", f.GetAPIURL(), f.seq.Add(1))
}

// record wraps a handler: it logs the call, answers an injected 429, and wakes waiters.
func (f *Server) record(method string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		var limited = -1
		if l := f.limits[method]; len(l) > 0 {
			limited, f.limits[method] = l[0], l[1:]
		}
		status := http.StatusOK
		if limited >= 0 {
			status = http.StatusTooManyRequests
		}
		f.calls = append(f.calls, Call{Method: method, At: time.Now(), Status: status})
		f.mu.Unlock()
		if limited >= 0 {
			io.Copy(io.Discard, r.Body)
			w.Header().Set("Retry-After", strconv.Itoa(limited))
			w.WriteHeader(http.StatusTooManyRequests)
			io.WriteString(w, `{"ok":false,"error":"ratelimited"}`)
			f.notify()
			return
		}
		h(w, r)
		f.notify()
	}
}

// form reads a Web API request's parameters, form-encoded or JSON.
func form(r *http.Request) (url.Values, map[string]json.RawMessage) {
	body, _ := io.ReadAll(r.Body)
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		var m map[string]json.RawMessage
		json.Unmarshal(body, &m)
		return url.Values{}, m
	}
	v, _ := url.ParseQuery(string(body))
	return v, nil
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (f *Server) nextTS() string {
	return fmt.Sprintf("%d.%06d", f.tsBase, f.seq.Add(1))
}

func (f *Server) authTest(w http.ResponseWriter, r *http.Request) {
	reply(w, map[string]any{"ok": true, "url": "https://fake.slack.test/", "team": "Fake", "team_id": TeamID, "user": "dutybot", "user_id": BotUser, "bot_id": BotID})
}

func (f *Server) store(v url.Values, method string) *Message {
	m := &Message{
		Method:    method,
		Channel:   v.Get("channel"),
		ThreadTS:  v.Get("thread_ts"),
		Text:      v.Get("text"),
		User:      v.Get("user"),
		TS:        f.nextTS(),
		Sequence:  f.seq.Load(),
		Delivered: time.Now(),
	}
	if b := v.Get("blocks"); b != "" {
		m.Blocks = json.RawMessage(b)
	}
	if md := v.Get("metadata"); md != "" {
		var meta slack.SlackMetadata
		if json.Unmarshal([]byte(md), &meta) == nil {
			m.Metadata = &meta
		}
	}
	f.mu.Lock()
	f.messages = append(f.messages, m)
	f.mu.Unlock()
	return m
}

func (f *Server) postMessage(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	if v.Get("channel") == "" {
		reply(w, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	}
	m := f.store(v, "chat.postMessage")
	reply(w, map[string]any{"ok": true, "channel": m.Channel, "ts": m.TS, "message": map[string]any{"text": m.Text, "ts": m.TS}})
}

func (f *Server) postEphemeral(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	m := f.store(v, "chat.postEphemeral")
	reply(w, map[string]any{"ok": true, "message_ts": m.TS})
}

func (f *Server) update(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	f.mu.Lock()
	var found *Message
	for _, m := range f.messages {
		if m.Channel == v.Get("channel") && m.TS == v.Get("ts") {
			found = m
		}
	}
	if found != nil {
		found.Text = v.Get("text")
		if b := v.Get("blocks"); b != "" {
			found.Blocks = json.RawMessage(b)
		}
		found.Updates++
	}
	f.mu.Unlock()
	if found == nil {
		reply(w, map[string]any{"ok": false, "error": "message_not_found"})
		return
	}
	reply(w, map[string]any{"ok": true, "channel": found.Channel, "ts": found.TS, "text": found.Text})
}

func (f *Server) conversationMembers(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	f.mu.Lock()
	users, ok := f.members[v.Get("channel")]
	f.mu.Unlock()
	if !ok {
		reply(w, map[string]any{"ok": false, "error": "channel_not_found"})
		return
	}
	reply(w, map[string]any{"ok": true, "members": users, "response_metadata": map[string]string{"next_cursor": ""}})
}

// history returns the channel's top-level messages between oldest and latest, newest first.
func (f *Server) history(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	oldest, _ := strconv.ParseFloat(v.Get("oldest"), 64)
	latest, _ := strconv.ParseFloat(v.Get("latest"), 64)
	inclusive := v.Get("inclusive") == "1"
	var out []map[string]any
	f.mu.Lock()
	for i := len(f.messages) - 1; i >= 0; i-- {
		m := f.messages[i]
		if m.Channel != v.Get("channel") || m.Method != "chat.postMessage" || m.ThreadTS != "" {
			continue
		}
		ts, _ := strconv.ParseFloat(m.TS, 64)
		if oldest > 0 && (ts < oldest || (!inclusive && ts == oldest)) {
			continue
		}
		if latest > 0 && (ts > latest || (!inclusive && ts == latest)) {
			continue
		}
		msg := map[string]any{"type": "message", "ts": m.TS, "text": m.Text, "user": BotUser, "bot_id": BotID}
		if len(m.Blocks) > 0 {
			msg["blocks"] = m.Blocks
		}
		if m.Metadata != nil && v.Get("include_all_metadata") == "1" {
			msg["metadata"] = m.Metadata
		}
		out = append(out, msg)
	}
	f.mu.Unlock()
	reply(w, map[string]any{"ok": true, "messages": out, "has_more": false})
}

func (f *Server) open(w http.ResponseWriter, r *http.Request) {
	v, _ := form(r)
	reply(w, map[string]any{"ok": true, "channel": map[string]any{"id": "D" + strings.TrimPrefix(v.Get("users"), "U")}})
}

func (f *Server) view(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, j := form(r)
		var user, trigger string
		json.Unmarshal(j["user_id"], &user)
		json.Unmarshal(j["trigger_id"], &trigger)
		f.mu.Lock()
		f.views = append(f.views, View{Method: method, UserID: user, TriggerID: trigger, View: j["view"]})
		f.mu.Unlock()
		reply(w, map[string]any{"ok": true, "view": map[string]any{"id": fmt.Sprintf("V%d", f.seq.Add(1))}})
	}
}

func (f *Server) responseURL(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var wm struct {
		slack.WebhookMessage
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(body, &wm); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	m := &Message{Method: "response_url", Channel: r.URL.Path, Text: wm.Text, Blocks: wm.Blocks, Response: wm.ResponseType,
		Replace: wm.ReplaceOriginal, Delete: wm.DeleteOriginal, TS: f.nextTS(), Sequence: f.seq.Load(), Delivered: time.Now()}
	f.mu.Lock()
	f.messages = append(f.messages, m)
	f.mu.Unlock()
	io.WriteString(w, "ok")
}

// AddFile makes data downloadable as a shared file and returns the file object events carry.
func (f *Server) AddFile(name string, data []byte) map[string]any {
	id := fmt.Sprintf("F%d", f.seq.Add(1))
	f.mu.Lock()
	f.files[id] = data
	f.mu.Unlock()
	u := f.GetAPIURL() + "files/" + id + "/" + url.PathEscape(name)
	return map[string]any{"id": id, "name": name, "size": len(data), "url_private": u, "url_private_download": u}
}

func (f *Server) download(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.Header.Get("Authorization"), "Bearer xoxb-") {
		http.Error(w, "no token", http.StatusForbidden)
		return
	}
	id, _, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/files/"), "/")
	f.mu.Lock()
	data, ok := f.files[id]
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}
