package slackapp

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

func TestVerify(t *testing.T) {
	body := []byte("token=x&command=%2Fdutybot")
	now := time.Unix(1_700_000_000, 0)
	h := Sign(body, testSecret, now)
	if err := Verify(h, body, testSecret, now.Add(time.Minute)); err != nil {
		t.Errorf("a good signature: %v", err)
	}
	for name, err := range map[string]error{
		"other secret": Verify(h, body, "other", now),
		"other body":   Verify(h, append(body, '1'), testSecret, now),
		"replayed":     Verify(h, body, testSecret, now.Add(6*time.Minute)),
		"unsigned":     Verify(http.Header{}, body, testSecret, now),
	} {
		if err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestHTTPMode serves the Events API, commands and interactions over HTTP, signed.
func TestHTTPMode(t *testing.T) {
	h := start(t, func(o *Options) {
		o.Mode, o.AppToken, o.SigningSecret = ModeHTTP, "", testSecret
		o.Now = time.Now // signatures carry the wall clock
	})
	srv := httptest.NewServer(h.app.Handler())
	t.Cleanup(srv.Close)
	post := func(path, contentType, body string, signedAt time.Time, extra http.Header) (int, string) {
		t.Helper()
		req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
		for k, v := range Sign([]byte(body), testSecret, signedAt) {
			req.Header[k] = v
		}
		for k, v := range extra {
			req.Header[k] = v
		}
		req.Header.Set("Content-Type", contentType)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	const js = "application/json"
	if code, body := post("/slack/events", js, `{"type":"url_verification","token":"x","challenge":"ch4ll3nge"}`, time.Now(), nil); code != 200 || body != "ch4ll3nge" {
		t.Errorf("url_verification = %d %q", code, body)
	}
	if code, _ := post("/slack/events", js, `{"type":"url_verification","challenge":"x"}`, time.Now().Add(-10*time.Minute), nil); code != http.StatusUnauthorized {
		t.Errorf("stale signature = %d, want 401", code)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/slack/events", strings.NewReader(`{"type":"url_verification","challenge":"x"}`))
	req.Header.Set("X-Slack-Request-Timestamp", "1")
	req.Header.Set("X-Slack-Signature", "v0=00")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged signature accepted: %v %v", resp, err)
	}
	if code, _ := post("/slack/events", js, `{"type":"event_callback","event":`, time.Now(), nil); code != http.StatusBadRequest {
		t.Errorf("malformed event = %d, want 400", code)
	}

	ev := `{"token":"x","team_id":"T0DUTY","type":"event_callback","event_id":"EvHTTP","event_time":1,"event":{"type":"app_mention","user":"UALICE","channel":"CQUZHOU","ts":"42.1","event_ts":"42.1","text":"<@` + slackfake.BotUser + `> 衢州市商务局负责哪些任务?"}}`
	if code, _ := post("/slack/events", js, ev, time.Now(), nil); code != 200 {
		t.Fatalf("event = %d", code)
	}
	if code, _ := post("/slack/events", js, ev, time.Now(), http.Header{"X-Slack-Retry-Num": {"1"}, "X-Slack-Retry-Reason": {"http_timeout"}}); code != 200 {
		t.Fatalf("retried event = %d", code)
	}
	h.wait(t, "answer", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "42.1"))) == 1 })

	responseURL := h.fake.ResponseURL()
	form := url.Values{"command": {"/dutybot"}, "text": {"help"}, "user_id": {"UALICE"}, "channel_id": {"CQUZHOU"}, "response_url": {responseURL}, "trigger_id": {"t1"}}
	signedAt := time.Now()
	if code, _ := post("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), signedAt, nil); code != 200 {
		t.Fatalf("command = %d", code)
	}
	// The same signed request replayed within its five minutes is acknowledged and not run again.
	if code, _ := post("/slack/commands", "application/x-www-form-urlencoded", form.Encode(), signedAt, nil); code != 200 {
		t.Fatalf("replayed command = %d", code)
	}
	path := strings.TrimPrefix(responseURL, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "help", func(r slackfake.Records) bool {
		ms := posted(r, func(m slackfake.Message) bool { return m.Channel == path })
		return len(ms) == 1 && strings.Contains(ms[0].Text, "/dutybot ask")
	})

	// A modal submitted without its required field is answered with the error, in the response.
	payload := `{"type":"view_submission","user":{"id":"UALICE"},"view":{"callback_id":"dutybot_progress","private_metadata":"{\"t\":\"d1:2\",\"c\":\"衢州市\",\"u\":\"市商务局\"}","state":{"values":{"progress":{"text":{"type":"plain_text_input","value":""}}}}}}`
	code, body := post("/slack/interactions", "application/x-www-form-urlencoded", url.Values{"payload": {payload}}.Encode(), time.Now(), nil)
	if code != 200 || !strings.Contains(body, `"response_action":"errors"`) || !strings.Contains(body, "请写上进展") {
		t.Errorf("view_submission = %d %s", code, body)
	}
	if code, _ := post("/slack/interactions", "application/x-www-form-urlencoded", "payload=%7Bnot-json", time.Now(), nil); code != http.StatusBadRequest {
		t.Errorf("malformed interaction = %d, want 400", code)
	}
	h.drain(t)
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("%d questions answered, want 1 (the retry dropped)", n)
	}
	if ms := posted(h.fake.Snapshot(), func(m slackfake.Message) bool { return m.Channel == path }); len(ms) != 1 {
		t.Errorf("the command ran %d times, want once (the replay dropped)", len(ms))
	}
}
