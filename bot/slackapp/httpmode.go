package slackapp

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// maxRequestBody bounds what the HTTP endpoints read; Slack's payloads are far smaller.
const maxRequestBody = 1 << 20

// Handler serves the Events API, slash commands and interactivity over HTTP (Mode "http"):
// /slack/events, /slack/commands and /slack/interactions. Every request must carry a valid
// X-Slack-Signature made with the signing secret, and a timestamp within five minutes.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /slack/events", a.serveEvents)
	mux.HandleFunc("POST /slack/commands", a.serveCommand)
	mux.HandleFunc("POST /slack/interactions", a.serveInteraction)
	return mux
}

// ErrBadSignature is returned by Verify for a request not signed with the signing secret.
var ErrBadSignature = errors.New("slack signature does not match")

// Verify checks a request's Slack signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body),
// with the timestamp no more than five minutes from now (a replayed request is refused).
func Verify(h http.Header, body []byte, secret string, now time.Time) error {
	tsText := h.Get("X-Slack-Request-Timestamp")
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: no timestamp", ErrBadSignature)
	}
	if d := now.Sub(time.Unix(ts, 0)); d > 5*time.Minute || d < -5*time.Minute {
		return fmt.Errorf("%w: timestamp %s is %s away from now", ErrBadSignature, tsText, d.Round(time.Second))
	}
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", tsText)
	mac.Write(body)
	want := "v0=" + hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(h.Get("X-Slack-Signature"))) {
		return ErrBadSignature
	}
	return nil
}

// Sign returns the headers Slack would send with body at time t; tests and tools use it.
func Sign(body []byte, secret string, t time.Time) http.Header {
	ts := strconv.FormatInt(t.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:", ts)
	mac.Write(body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// readSigned reads and verifies the body, answering the request itself when it fails.
func (a *App) readSigned(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBody))
	if err != nil {
		http.Error(w, "request body unreadable or too large", http.StatusRequestEntityTooLarge)
		return nil, false
	}
	if err := Verify(r.Header, body, a.opt.SigningSecret, a.opt.Now()); err != nil {
		a.opt.Metrics.Events.WithLabelValues("http", "refused").Inc()
		a.log.Warn("refused an unsigned slack request", "path", r.URL.Path, "remote", r.RemoteAddr, "err", err)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return nil, false
	}
	if !a.firstRequest(r.Context(), r.Header.Get("X-Slack-Signature")) {
		// A replay of a request already handled: acknowledge it (Slack itself never sends the same
		// signature twice) and do nothing.
		a.opt.Metrics.Events.WithLabelValues("http", "replayed").Inc()
		a.log.Warn("dropped a replayed slack request", "path", r.URL.Path, "remote", r.RemoteAddr)
		w.WriteHeader(http.StatusOK)
		return nil, false
	}
	return body, true
}

func (a *App) serveEvents(w http.ResponseWriter, r *http.Request) {
	body, ok := a.readSigned(w, r)
	if !ok {
		return
	}
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		a.malformed("http", body, err)
		http.Error(w, "malformed event: "+err.Error(), http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if uv == nil {
			http.Error(w, "malformed url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		w.WriteHeader(http.StatusOK)
		a.spawn("event", func(ctx context.Context) { a.handleEvent(ctx, ev) })
	case slackevents.AppRateLimited:
		a.log.Warn("slack says the app is rate limited; events are being dropped")
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

func (a *App) serveCommand(w http.ResponseWriter, r *http.Request) {
	body, ok := a.readSigned(w, r)
	if !ok {
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	cmd, err := slack.SlashCommandParse(r)
	if err != nil || cmd.ResponseURL == "" {
		if err == nil {
			err = errors.New("no response_url")
		}
		a.malformed("http", body, err)
		http.Error(w, "malformed slash command", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
	a.spawn("command", func(ctx context.Context) { a.handleCommand(ctx, cmd) })
}

func (a *App) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, ok := a.readSigned(w, r)
	if !ok {
		return
	}
	form, err := url.ParseQuery(string(body))
	var cb slack.InteractionCallback
	if err == nil {
		err = json.Unmarshal([]byte(form.Get("payload")), &cb)
	}
	if err != nil {
		a.malformed("http", []byte(form.Get("payload")), err)
		http.Error(w, "malformed interaction payload", http.StatusBadRequest)
		return
	}
	resp, later := a.interaction(cb)
	if resp != nil {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	if later != nil {
		a.spawn("interaction", later)
	}
}
