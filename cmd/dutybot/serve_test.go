package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/seeds"
)

// testClock is a clock the test moves.
type testClock struct{ ns atomic.Int64 }

func (c *testClock) Now() time.Time       { return time.Unix(0, c.ns.Load()).In(plan.Shanghai) }
func (c *testClock) Set(t time.Time)      { c.ns.Store(t.UnixNano()) }
func newTestClock(t time.Time) *testClock { c := &testClock{}; c.Set(t); return c }

func freeAddr(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// firstNudge finds the earliest nudge the seed plans schedule for unit when armed at t0 (a
// deadline already past goes on the next working morning, in the unit's overdue list), and its task.
func firstNudge(t *testing.T, unit plan.UnitRef, t0 time.Time) (reminders.Occurrence, string) {
	t.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sched := reminders.DefaultSchedule()
	var best reminders.Occurrence
	var task string
	for _, x := range reminders.PlanSeries(docs) {
		if x.Unit != unit || x.Kind != reminders.SeriesDeadline {
			continue
		}
		o, ok := sched.Next(&x, t0)
		if x.Deadline.Before(plan.DayOf(t0)) {
			o, ok = sched.FirstOverdue(&x, t0), true
		}
		if ok && (best.ID == "" || o.At.Before(best.At)) {
			best, task = o, x.TaskID
		}
	}
	if best.ID == "" {
		t.Fatalf("the seeds schedule nothing for %s after %s", unit, t0)
	}
	return best, task
}

// serveEnv is a running `dutybot serve` against a fake Slack and a real Redis.
type serveEnv struct {
	fake     *slackfake.Server
	addr     string
	metrics  string // DUTYBOT_METRICS_ADDR
	redisURL string
	prefix   string
	clock    *testClock
	logs     *syncBuffer
	stop     func() error
	healthy  func() (int, map[string]string)
}

// startServe runs serve with routes (a DUTYBOT_ROUTES file's text) and the clock at t0, and waits
// until /healthz says it is up.
func startServe(t testing.TB, routes string, t0 time.Time, override ...string) *serveEnv {
	t.Helper()
	e := &serveEnv{fake: slackfake.New(t), clock: newTestClock(t0), logs: &syncBuffer{}}
	_, e.prefix = redistest.Client(t)
	e.redisURL = redistest.URL(t)
	redisURL := e.redisURL
	dir := t.TempDir()
	routesFile := filepath.Join(dir, "routes.txt")
	if err := os.WriteFile(routesFile, []byte(routes), 0o644); err != nil {
		t.Fatal(err)
	}
	e.addr, e.metrics = freeAddr(t), freeAddr(t)
	vars := map[string]string{
		"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_APP_TOKEN": "xapp-test", "SLACK_API_URL": e.fake.GetAPIURL(),
		"REDIS_URL": redisURL, "DUTYBOT_REDIS_PREFIX": e.prefix, "DUTYBOT_HTTP_ADDR": e.addr, "DUTYBOT_METRICS_ADDR": e.metrics,
		"DUTYBOT_DATA_DIR": filepath.Join(dir, "data"), "DUTYBOT_ROUTES": routesFile,
		"DUTYBOT_POLL": "20ms", "DUTYBOT_LEASE": "5s", "DUTYBOT_ADMINS": "UADMIN", "DUTYBOT_DIGEST_AT": "off",
		"LOG_LEVEL": "warn",
	}
	if testing.Verbose() {
		vars["LOG_LEVEL"] = "debug"
	}
	for i := 0; i+1 < len(override); i += 2 {
		vars[override[i]] = override[i+1]
	}
	m := NewMain()
	m.Stdout, m.Stderr = io.Discard, e.logs
	m.Getenv = func(k string) string { return vars[k] }
	m.Now = e.clock.Now
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, []string{"serve"}) }()
	stopped := false
	e.stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			m.Close()
			return err
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop within 30 s of SIGTERM")
		}
		return nil
	}
	t.Cleanup(func() {
		e.stop()
		if t.Failed() {
			t.Logf("serve logs:\n%s", e.logs.String())
		}
	})
	e.healthy = func() (int, map[string]string) {
		resp, err := http.Get("http://" + e.addr + "/healthz")
		if err != nil {
			return 0, nil
		}
		defer resp.Body.Close()
		var body map[string]string
		json.NewDecoder(resp.Body).Decode(&body)
		return resp.StatusCode, body
	}
	deadline := time.After(60 * time.Second)
	for {
		// Up means connected to Slack; Redis may be down on purpose.
		if _, body := e.healthy(); body["slack"] == "connected" {
			return e
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped: %v\n%s", err, e.logs.String())
		case <-deadline:
			code, body := e.healthy()
			t.Fatalf("never healthy: %d %v\n%s", code, body, e.logs.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// slash sends /dutybot text as UALICE in CQUZHOU and returns the text of the reply, every message
// of it.
func (e *serveEnv) slash(t *testing.T, text string) string {
	t.Helper()
	_, url := e.fake.Command("UALICE", "CQUZHOU", text)
	path := strings.TrimPrefix(url, strings.TrimSuffix(e.fake.GetAPIURL(), "/"))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var got strings.Builder
	err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
		got.Reset()
		for _, m := range r.Messages {
			if m.Channel == path {
				got.WriteString(m.AllText() + "\n")
			}
		}
		return got.Len() > 0
	})
	if err != nil {
		t.Fatalf("/dutybot %s: no reply: %v", text, err)
	}
	time.Sleep(200 * time.Millisecond) // the later parts of a long answer
	for _, m := range e.fake.Snapshot().Messages {
		if m.Channel == path && !strings.Contains(got.String(), m.AllText()) {
			got.WriteString(m.AllText() + "\n")
		}
	}
	return got.String()
}

// TestServeEndToEnd runs the real serve command against a fake Slack (slack-go's slacktest,
// serving the Web API and the Socket Mode websocket) and a real Redis. Its steps share one serve and
// run in order.
func TestServeEndToEnd(t *testing.T) {
	quzhou := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	t0 := time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai)
	occ, task := firstNudge(t, quzhou, t0)
	e := startServe(t, "# unit = channel\n衢州市 市商务局 = CQUZHOU\n", t0)
	var retry string
	steps := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"a mention is answered in its thread", func(t *testing.T) { retry = e.mentionInThread(t) }},
		{"a follow-up keeps the unit", e.followUp},
		{"a slash command is answered ephemerally", e.slashEphemeral},
		{"完成 on a nudge marks the task done", func(t *testing.T) { e.nudgeDone(t, occ, task, quzhou) }},
		{"reminder commands and the App Home", e.remindersAndHome},
		{"an admin's plan file is previewed and added", e.planFile},
		{"health, metrics and the dropped retry", func(t *testing.T) { e.healthAndMetrics(t, retry) }},
		{"SIGTERM drains", e.drains},
	}
	for _, st := range steps {
		if !t.Run(st.name, st.run) {
			return
		}
	}
}

// waitFor waits up to a minute for cond on the fake's records.
func (e *serveEnv) waitFor(t *testing.T, what string, cond func(r slackfake.Records) bool) slackfake.Records {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := e.fake.Wait(ctx, cond); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return e.fake.Snapshot()
}

// inThread picks the bot's posts in a thread.
func inThread(channel, ts string) func(m slackfake.Message) bool {
	return func(m slackfake.Message) bool {
		return m.Method == "chat.postMessage" && m.Channel == channel && m.ThreadTS == ts
	}
}

// count counts the messages pred picks, and returns the last.
func count(r slackfake.Records, pred func(m slackfake.Message) bool) (n int, last slackfake.Message) {
	for _, m := range r.Messages {
		if pred(m) {
			n++
			last = m
		}
	}
	return n, last
}

// atPath picks the replies to a response_url.
func (e *serveEnv) atPath(responseURL string) func(m slackfake.Message) bool {
	path := strings.TrimPrefix(responseURL, strings.TrimSuffix(e.fake.GetAPIURL(), "/"))
	return func(m slackfake.Message) bool { return m.Channel == path }
}

// mentionInThread: an @mention is answered in its thread, with citations; the first reply met a
// 429 that was waited out. It returns the envelope of Slack's retry of the mention, to be dropped.
func (e *serveEnv) mentionInThread(t *testing.T) string {
	e.fake.RateLimit("chat.postMessage", 1)
	mention := slackfake.Mention("UALICE", "CQUZHOU", "1000.000100", "", "衢州市商务局负责哪些任务?")
	e.fake.Event("EvMention", mention)
	r := e.waitFor(t, "threaded answer", func(r slackfake.Records) bool { n, _ := count(r, inThread("CQUZHOU", "1000.000100")); return n >= 1 })
	_, answer := count(r, inThread("CQUZHOU", "1000.000100"))
	if text := answer.AllText(); !strings.Contains(text, "📄 《") || !strings.Contains(text, "衢州市服务业高质量发展") {
		t.Errorf("answer has no citation of the Quzhou plan:\n%s", text)
	}
	var posts []slackfake.Call
	for _, c := range r.Calls {
		if c.Method == "chat.postMessage" {
			posts = append(posts, c)
		}
	}
	if len(posts) < 2 || posts[0].Status != http.StatusTooManyRequests || posts[1].Status != http.StatusOK || posts[1].At.Sub(posts[0].At) < time.Second {
		t.Errorf("429 not waited out: %+v", posts)
	}
	return e.fake.Push("events_api", slackfake.EventPayload("EvMention", mention))
}

// followUp: a follow-up in the thread, without a mention, keeps the unit under discussion.
func (e *serveEnv) followUp(t *testing.T) {
	e.fake.Event("EvFollow", slackfake.ChannelMessage("UALICE", "CQUZHOU", "channel", "1000.000200", "1000.000100", "它有哪些任务已逾期?"))
	r := e.waitFor(t, "follow-up", func(r slackfake.Records) bool { n, _ := count(r, inThread("CQUZHOU", "1000.000100")); return n >= 2 })
	if _, follow := count(r, inThread("CQUZHOU", "1000.000100")); !strings.Contains(follow.AllText(), "综合保税区") || strings.Contains(follow.AllText(), "鹿城区") {
		t.Errorf("follow-up lost the unit:\n%s", follow.AllText())
	}
}

// slashEphemeral: a slash command is answered ephemerally, with a share button.
func (e *serveEnv) slashEphemeral(t *testing.T) {
	_, responseURL := e.fake.Command("UALICE", "CQUZHOU", "tasks 衢州 市商务局")
	at := e.atPath(responseURL)
	r := e.waitFor(t, "slash answer", func(r slackfake.Records) bool { n, _ := count(r, at); return n >= 1 })
	_, eph := count(r, at)
	if eph.Response != "ephemeral" || !strings.Contains(eph.AllText(), "📄") {
		t.Errorf("slash answer = %s: %s", eph.Response, eph.AllText())
	}
	if _, _, ok := eph.ButtonValue("share"); !ok {
		t.Error("slash answer has no share button")
	}
}

// nudgeDone: the unit's first morning arrives as one Block Kit message — its overdue list, a line
// and buttons per task — with the occurrence ids in its metadata; a task's 完成 button, pressed by a
// member of the unit's channel, marks that task done in Redis and updates the message.
func (e *serveEnv) nudgeDone(t *testing.T, occ reminders.Occurrence, taskID string, unit plan.UnitRef) {
	e.fake.SetMembers("CQUZHOU", "UALICE")
	e.clock.Set(occ.At.Add(time.Second))
	isNudge := func(m slackfake.Message) bool { return m.Metadata != nil && m.Channel == "CQUZHOU" }
	r := e.waitFor(t, "nudge", func(r slackfake.Records) bool { n, _ := count(r, isNudge); return n >= 1 })
	if n, _ := count(r, isNudge); n != 1 {
		t.Errorf("%d messages to the unit's channel on its first morning, want 1", n)
	}
	_, nudge := count(r, isNudge)
	ids, _ := nudge.Metadata.EventPayload["occurrences"].([]any)
	if !slices.Contains(ids, any(occ.ID)) || !strings.Contains(nudge.AllText(), "逾期清单") {
		t.Errorf("nudge metadata occurrences = %v, want %s among them:\n%s", ids, occ.ID, nudge.AllText())
	}
	if _, err := e.fake.ClickTask("UALICE", nudge, "nudge_done", taskID); err != nil {
		t.Fatal(err)
	}
	// Wait for the update that says who marked it: the nudge may have been updated before the click
	// (and the store is written before the message is updated).
	e.waitFor(t, "nudge updated", func(r slackfake.Records) bool {
		n, _ := count(r, func(m slackfake.Message) bool {
			return m.TS == nudge.TS && m.Updates > 0 && strings.Contains(m.AllText(), "✅ <@UALICE>")
		})
		return n > 0
	})
	rdb, _ := redistest.Client(t)
	st, err := reminders.NewStore(rdb, reminders.StoreOptions{Prefix: e.prefix}).Status(context.Background(), taskID, unit)
	if err != nil {
		t.Fatal(err)
	}
	if st.DoneAt.IsZero() || st.DoneBy != "UALICE" {
		t.Errorf("task %s after 完成: done at %v by %q", taskID, st.DoneAt, st.DoneBy)
	}
	if _, m := count(e.fake.Snapshot(), func(m slackfake.Message) bool { return m.TS == nudge.TS }); !strings.Contains(m.AllText(), "✅ <@UALICE>") {
		t.Errorf("updated nudge does not say who:\n%s", m.AllText())
	}
}

// remindersAndHome: reminder commands reach the real store; the App Home shows the board of the
// subscribed unit.
func (e *serveEnv) remindersAndHome(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"subscribe 衢州 市商务局", "好的,衢州市 市商务局 的提醒今后发到<#CQUZHOU>"},
		{"remind 衢州 市商务局 2027-06-01 09:00 综合保税区验收", "好的,2027-06-01 09:00 会在这里提醒 衢州市 市商务局:综合保税区验收"},
	} {
		_, u := e.fake.Command("UALICE", "CQUZHOU", c.text)
		at := e.atPath(u)
		r := e.waitFor(t, c.text, func(r slackfake.Records) bool { n, _ := count(r, at); return n >= 1 })
		if _, m := count(r, at); !strings.Contains(m.Text, c.want) {
			t.Errorf("/dutybot %s answered %q", c.text, m.Text)
		}
	}
	e.fake.Event("EvHome", map[string]any{"type": "app_home_opened", "user": "UALICE", "channel": "DALICE", "tab": "home", "event_ts": "1"})
	r := e.waitFor(t, "home", func(r slackfake.Records) bool { return len(r.Views) >= 1 })
	if v := string(r.Views[0].View); !strings.Contains(v, "衢州市 市商务局") || !strings.Contains(v, "综合保税区") {
		t.Errorf("App Home board:\n%s", v)
	}
}

// planFile: an admin shares a plan file in a DM: it is previewed, and stored on 确认添加.
func (e *serveEnv) planFile(t *testing.T) {
	seed := seeds.Files()[0]
	dm := slackfake.ChannelMessage("UADMIN", "DADMIN", "im", "3000.000100", "", "")
	dm["subtype"], dm["files"] = "file_share", []any{e.fake.AddFile(seed.Name, seed.Data)}
	e.fake.Event("EvFile", dm)
	isPreview := func(m slackfake.Message) bool { return m.Channel == "DADMIN" && m.Method == "chat.postMessage" }
	r := e.waitFor(t, "plan preview", func(r slackfake.Records) bool { n, _ := count(r, isPreview); return n >= 1 })
	_, preview := count(r, isPreview)
	if !strings.Contains(preview.AllText(), "任务 21 项") || !strings.Contains(preview.AllText(), "确认添加") {
		t.Errorf("plan preview:\n%s", preview.AllText())
	}
	e.fake.Click("UADMIN", preview, "plan_add")
	r = e.waitFor(t, "plan added", func(r slackfake.Records) bool { _, m := count(r, isPreview); return m.Updates > 0 })
	if _, m := count(r, isPreview); !strings.Contains(m.AllText(), "✅ <@UADMIN>") {
		t.Errorf("after 确认添加:\n%s", m.AllText())
	}
}

// healthAndMetrics: the retried mention was acked and dropped; /healthz is up; /metrics is served
// on its own address only, with the series the README names (the two nudges sent are the two items
// of 市商务局's overdue list, in one message).
func (e *serveEnv) healthAndMetrics(t *testing.T, retry string) {
	e.waitFor(t, "retry acked", func(r slackfake.Records) bool { _, ok := r.Acks[retry]; return ok })
	if code, body := e.healthy(); code != http.StatusOK || body["slack"] != "connected" || body["redis"] != "ok" {
		t.Errorf("/healthz = %d %v", code, body)
	}
	if resp, err := http.Get("http://" + e.addr + "/metrics"); err != nil || resp.StatusCode != http.StatusNotFound {
		t.Errorf("/metrics on the public address: %v %v, want 404", resp, err)
	} else {
		resp.Body.Close()
	}
	resp, err := http.Get("http://" + e.metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`dutybot_questions_total{intent=`, `dutybot_nudges_sent_total 2`, `dutybot_answer_seconds_bucket`, `dutybot_reminders_pending`, `dutybot_slack_events_total{kind="app_mention",outcome="duplicate"} 1`} {
		if !strings.Contains(string(metrics), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// drains: on SIGTERM serve drains and returns cleanly, and the thread holds two answers: the
// mention's and the follow-up's (the retry dropped).
func (e *serveEnv) drains(t *testing.T) {
	if err := e.stop(); err != nil {
		t.Errorf("serve returned %v", err)
	}
	if n, _ := count(e.fake.Snapshot(), inThread("CQUZHOU", "1000.000100")); n != 2 {
		t.Errorf("%d answers in the thread, want 2: the mention and the follow-up (the retry dropped)", n)
	}
}

func TestServeConfigMistakes(t *testing.T) {
	m := NewMain()
	var out syncBuffer
	m.Stdout, m.Stderr = &out, &out
	routes := filepath.Join(t.TempDir(), "routes.txt")
	if err := os.WriteFile(routes, []byte("衢州市 市商务局 = #衢州-商务局\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"SLACK_BOT_TOKEN": "xoxp-user", "SLACK_MODE": "socket", "SLACK_APP_TOKEN": "", "DUTYBOT_ADMINS": "alice",
		"DUTYBOT_LEADERS_CHANNEL": "#leaders", "DUTYBOT_HTTP_ADDR": "8080", "DUTYBOT_DIGEST_AT": "someday", "SLACK_API_URL": "slack.com",
		"DUTYBOT_ROUTES": routes}
	m.Getenv = func(k string) string { return vars[k] }
	err := m.Run(context.Background(), []string{"serve"})
	if err == nil {
		t.Fatal("serve started with a broken configuration")
	}
	for _, want := range []string{"SLACK_BOT_TOKEN must be the bot token", "SLACK_APP_TOKEN is not set", "DUTYBOT_ADMINS: \"alice\"",
		"DUTYBOT_LEADERS_CHANNEL=\"#leaders\"", "DUTYBOT_HTTP_ADDR=\"8080\"", "DUTYBOT_DIGEST_AT", "SLACK_API_URL=\"slack.com\"",
		"routes line 1: route \"#衢州-商务局\" is not a channel or member id"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	vars = map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_MODE": "http", "SLACK_SIGNING_SECRET": "s3cret", "REDIS_URL": "redis://:hunter2@localhost:6379/0"}
	out = syncBuffer{}
	if err := m.Run(context.Background(), []string{"serve", "--print-config"}); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); strings.Contains(s, "s3cret") || strings.Contains(s, "hunter2") || strings.Contains(s, "xoxb-1") || !strings.Contains(s, "SLACK_MODE=http") {
		t.Errorf("--print-config leaks or lacks:\n%s", s)
	}
}

// TestDeployFilesKeepUp checks that .env.example lists every variable Config reads, and that the
// Slack manifest subscribes to the events and grants the scopes the app uses.
func TestDeployFilesKeepUp(t *testing.T) {
	b, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, _, ok := strings.Cut(strings.TrimPrefix(line, "# "), "="); ok && !strings.ContainsAny(k, " \"") {
			listed[k] = true
		}
	}
	for _, k := range app.ConfigNames() {
		if !listed[k] {
			t.Errorf(".env.example does not list %s", k)
		}
	}
	for _, f := range []string{"../../slack/manifest.yaml", "../../slack/manifest-http.yaml"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"app_mention\n", "app_home_opened", "message.channels", "message.groups", "message.im",
			"app_mentions:read", "channels:history", "groups:history", "im:history", "im:write", "chat:write", "commands", "channels:read", "groups:read", "files:read",
			"command: /dutybot", "home_tab_enabled: true", "is_enabled: true"} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s lacks %q", f, strings.TrimSpace(want))
			}
		}
	}
}

// TestServeWithRedisDown: questions are still answered from the embedded plans, reminder commands
// say why they cannot run, and /healthz says what is wrong.
func TestServeWithRedisDown(t *testing.T) {
	e := startServe(t, "", time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai), "REDIS_URL", "redis://127.0.0.1:1/0", "DUTYBOT_ROUTES", "")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e.fake.SetMembers("CQUZHOU", "UALICE")
	e.fake.Event("EvDown", slackfake.Mention("UALICE", "CQUZHOU", "10.1", "", "衢州市商务局负责哪些任务?"))
	_, url := e.fake.Command("UALICE", "CQUZHOU", "subscribe 衢州 市商务局")
	path := strings.TrimPrefix(url, strings.TrimSuffix(e.fake.GetAPIURL(), "/"))
	err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
		var answered, refused bool
		for _, m := range r.Messages {
			answered = answered || (m.ThreadTS == "10.1" && strings.Contains(m.AllText(), "综合保税区"))
			refused = refused || (m.Channel == path && strings.Contains(m.Text, "Redis"))
		}
		return answered && refused
	})
	if err != nil {
		t.Fatalf("%v\n%v", err, e.fake.Snapshot().Messages)
	}
	if code, body := e.healthy(); code != http.StatusServiceUnavailable || !strings.HasPrefix(body["redis"], "unreachable") {
		t.Errorf("/healthz with Redis down = %d %v", code, body)
	}
}

// TestServeStreamsModelAnswer: with an LLM configured, a "thinking" sign is posted at once and the
// model's streamed answer is written into it by chat.update. The model is a local server speaking
// the OpenAI chat-completions protocol with SSE streaming.
func TestServeStreamsModelAnswer(t *testing.T) {
	var calls atomic.Int32
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		var body map[string]any
		json.NewDecoder(r.Body).Decode(&body)
		pieces := []string{"衢州市商务局", "牵头 6 项任务,", "其中综合保税区已过期限。"}
		if stream, _ := body["stream"].(bool); !stream {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"id": "c", "object": "chat.completion", "model": "m", "choices": []any{map[string]any{
				"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": strings.Join(pieces, "")}}}})
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		for _, p := range append(pieces, "") {
			choice := map[string]any{"index": 0, "delta": map[string]any{"content": p}}
			if p == "" {
				choice = map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": "stop"}
			}
			b, _ := json.Marshal(map[string]any{"id": "s", "object": "chat.completion.chunk", "model": "m", "choices": []any{choice}})
			fmt.Fprintf(w, "data: %s\n\n", b)
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(llm.Close)
	e := startServe(t, "", time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai),
		"OPENAI_API_KEY", "test-key", "OPENAI_BASE_URL", llm.URL+"/v1", "OPENAI_CHAT_MODEL", "m")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	e.fake.Event("EvLLM", slackfake.Mention("UALICE", "CQUZHOU", "20.1", "", "衢州市商务局负责哪些任务?"))
	var answer slackfake.Message
	err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
		for _, m := range r.Messages {
			if m.ThreadTS == "20.1" && strings.Contains(m.AllText(), "其中综合保税区已过期限") && !strings.Contains(m.AllText(), "▍") {
				answer = m
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("%v\n%v", err, e.fake.Snapshot().Messages)
	}
	if answer.Updates < 1 {
		t.Errorf("the answer was posted, not written into the thinking sign (%d updates)", answer.Updates)
	}
	if calls.Load() == 0 {
		t.Error("the model was never called")
	}
	n := 0
	for _, m := range e.fake.Snapshot().Messages {
		if m.ThreadTS == "20.1" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d messages in the thread; the thinking sign should become the answer", n)
	}
}

// TestServeRefusesHostileFiles: files that once killed or hung serve (a 300-byte PDF asking for a
// terabyte, an object stream holding itself, an xref that points at itself, a .docx numbered from
// 1e18) are refused in the thread within seconds, and serve keeps answering /healthz and questions.
func TestServeRefusesHostileFiles(t *testing.T) {
	e := startServe(t, "", time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai))
	for i, name := range []string{"columns.pdf", "objstm-self.pdf", "prev-loop.pdf", "pages-loop.pdf", "numbering-start.docx"} {
		pkg := strings.TrimPrefix(filepath.Ext(name), ".") // the package that refuses it keeps it: ingest/pdf, ingest/docx
		data, err := os.ReadFile(filepath.Join("..", "..", "ingest", pkg, "testdata", "hostile", name))
		if err != nil {
			t.Fatal(err)
		}
		ts := fmt.Sprintf("4000.%06d", i)
		dm := slackfake.ChannelMessage("UADMIN", "DADMIN", "im", ts, "", "")
		dm["subtype"], dm["files"] = "file_share", []any{e.fake.AddFile(name, data)}
		start := time.Now()
		e.fake.Event(fmt.Sprintf("EvHostile%d", i), dm)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err = e.fake.Wait(ctx, func(r slackfake.Records) bool {
			for _, m := range r.Messages {
				if m.Channel == "DADMIN" && strings.Contains(m.AllText(), name) && !strings.Contains(m.AllText(), "确认添加") {
					return true
				}
			}
			return false
		})
		cancel()
		if err != nil {
			t.Fatalf("%s: no refusal posted: %v", name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: refused after %s, want under 5 s", name, d)
		}
		if code, body := e.healthy(); code != http.StatusOK {
			t.Errorf("%s: /healthz = %d %v while refusing", name, code, body)
		}
	}
}
