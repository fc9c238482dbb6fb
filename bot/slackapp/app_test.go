package slackapp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

var testNow = time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai)

// fakeAnswerer answers from a function and remembers the questions and queries.
type fakeAnswerer struct {
	mu      sync.Mutex
	asked   []bot.Question
	queries []bot.Query
	answer  func(bot.Question) bot.Answer
}

func (f *fakeAnswerer) AnswerStream(_ context.Context, q bot.Question, emit func(string) error) (bot.Answer, error) {
	f.mu.Lock()
	f.asked = append(f.asked, q)
	f.mu.Unlock()
	a := f.canned()
	if f.answer != nil {
		a = f.answer(q)
	}
	if emit != nil {
		emit(a.Text)
	}
	return a, nil
}

func (f *fakeAnswerer) AnswerQuery(_ context.Context, q bot.Query, _ time.Time) (bot.Answer, error) {
	f.mu.Lock()
	f.queries = append(f.queries, q)
	f.mu.Unlock()
	if f.answer != nil {
		return f.answer(bot.Question{}), nil
	}
	return f.canned(), nil
}

func (f *fakeAnswerer) canned() bot.Answer {
	return bot.Answer{
		Text:      "市商务局牵头 2 项任务:\n1. 综合保税区建设",
		Intent:    "unit_tasks",
		Tasks:     []string{"d1:1"},
		Citations: []bot.Citation{{Title: "衢州市服务业高质量发展“十百千”工程实施方案", Section: "三、主要任务", Task: "(五)"}},
		Context:   bot.Context{UnitTyped: "市商务局", City: "衢州市"},
	}
}

func (f *fakeAnswerer) questions() []bot.Question {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Question(nil), f.asked...)
}

// fakeReminders records what the app asked of the store.
type fakeReminders struct {
	mu      sync.Mutex
	routes  map[plan.UnitRef][]string
	calls   []string
	fail    error
	board   []reminders.TaskStatus
	ledger  []duties.Row
	digests int
}

func newFakeReminders() *fakeReminders { return &fakeReminders{routes: map[plan.UnitRef][]string{}} }

func (f *fakeReminders) log(format string, args ...any) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	f.calls = append(f.calls, fmt.Sprintf(format, args...))
	return nil
}

func (f *fakeReminders) setRoutes(u plan.UnitRef, routes ...string) {
	f.mu.Lock()
	f.routes[u] = routes
	f.mu.Unlock()
}

func (f *fakeReminders) setBoard(rows []reminders.TaskStatus) {
	f.mu.Lock()
	f.board = rows
	f.mu.Unlock()
}

func (f *fakeReminders) got() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

func (f *fakeReminders) MarkDone(_ context.Context, c reminders.Change) error {
	return f.log("done %s %s by %s", c.Task, c.Unit, c.By)
}
func (f *fakeReminders) ReportProgress(_ context.Context, c reminders.Change, text string) error {
	return f.log("progress %s %s %q by %s", c.Task, c.Unit, text, c.By)
}
func (f *fakeReminders) Snooze(_ context.Context, c reminders.Change, until time.Time) error {
	return f.log("snooze %s %s until %s by %s", c.Occurrence, c.Unit, until.In(plan.Shanghai).Format("2006-01-02 15:04"), c.By)
}
func (f *fakeReminders) RequestExtension(_ context.Context, c reminders.Change, to plan.Day, reason string) error {
	return f.log("extend %s %s to %s %q by %s", c.Task, c.Unit, to, reason, c.By)
}
func (f *fakeReminders) Subscribe(_ context.Context, u plan.UnitRef, route string) error {
	if err := f.log("subscribe %s %s", u, route); err != nil {
		return err
	}
	f.mu.Lock()
	f.routes[u] = append(f.routes[u], route)
	f.mu.Unlock()
	return nil
}
func (f *fakeReminders) Unsubscribe(_ context.Context, u plan.UnitRef, route string) error {
	if err := f.log("unsubscribe %s %s", u, route); err != nil {
		return err
	}
	f.mu.Lock()
	f.routes[u] = slices.DeleteFunc(f.routes[u], func(r string) bool { return r == route })
	f.mu.Unlock()
	return nil
}
func (f *fakeReminders) UnitRoutes(_ context.Context, u plan.UnitRef) ([]string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return nil, f.fail
	}
	return f.routes[u], nil
}
func (f *fakeReminders) Add(_ context.Context, c reminders.Custom) (reminders.Series, reminders.Occurrence, error) {
	err := f.log("add %s %s %s %q by %s", c.Unit, c.Route, c.At.In(plan.Shanghai).Format("2006-01-02 15:04"), c.Text, c.Creator)
	return reminders.Series{ID: "r1"}, reminders.Occurrence{}, err
}
func (f *fakeReminders) Board(_ context.Context, units []plan.UnitRef) ([]reminders.TaskStatus, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.board, f.fail
}
func (f *fakeReminders) Ledger(context.Context, plan.Day) ([]duties.Row, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ledger, f.fail
}
func (f *fakeReminders) Digest(_ context.Context, since time.Time) (reminders.Digest, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.digests++
	return reminders.Digest{Units: []reminders.DigestUnit{{Unit: quzhou, Tally: duties.Tally{Done: 1, Green: 3, Yellow: 1, Red: 1},
		Events: []reminders.Event{{At: testNow, Kind: reminders.EventDone, Task: "第(五)项"}}}}}, f.fail
}

func (f *fakeReminders) PlanNamed(ref string) (*plan.Document, error) {
	return &plan.Document{ID: ref, Title: "测试方案"}, f.fail
}
func (f *fakeReminders) ClosePlan(_ context.Context, id, by string) (reminders.PlanStatus, error) {
	return reminders.PlanStatus{ID: id, State: reminders.PlanClosed}, f.log("close %s by %s", id, by)
}
func (f *fakeReminders) OpenPlan(_ context.Context, id, by string) (reminders.PlanStatus, error) {
	return reminders.PlanStatus{ID: id, State: reminders.PlanOpen}, f.log("open %s by %s", id, by)
}

var quzhou = plan.UnitRef{City: "衢州市", Name: "市商务局"}

type harness struct {
	app  *App
	fake *slackfake.Server
	ans  *fakeAnswerer
	rem  *fakeReminders
	rdb  redis.UniversalClient
	keys keyspace.Keyspace
}

// start runs an App in Socket Mode against a fake Slack and a real Redis.
func start(t *testing.T, edit func(*Options)) *harness {
	t.Helper()
	f := slackfake.New(t)
	rc, prefix := redistest.Client(t)
	h := &harness{fake: f, ans: &fakeAnswerer{}, rem: newFakeReminders(), rdb: rc, keys: keyspace.New(prefix)}
	opt := Options{
		BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: f.GetAPIURL(),
		Answerer: h.ans, Reminders: h.rem, Redis: rc, Keys: h.keys,
		Admins:    []string{"UADMIN"},
		Now:       func() time.Time { return testNow },
		Logger:    slog.New(slog.NewTextHandler(io.Discard, nil)),
		PingEvery: 10 * time.Minute,
	}
	if testing.Verbose() {
		opt.Logger = slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	if edit != nil {
		edit(&opt)
	}
	a, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	h.app = a
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
		sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer scancel()
		if err := a.Shutdown(sctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return h
}

type tWriter struct{ t *testing.T }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// wait waits up to 20 s for cond on the fake's records.
func (h *harness) wait(t *testing.T, what string, cond func(r slackfake.Records) bool) slackfake.Records {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := h.fake.Wait(ctx, cond); err != nil {
		t.Fatalf("%s: %v\nmessages: %s", what, err, dump(h.fake.Snapshot().Messages))
	}
	return h.fake.Snapshot()
}

func dump(ms []slackfake.Message) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "\n  %s %s ts=%s thread=%s: %s", m.Method, m.Channel, m.TS, m.ThreadTS, clip(m.AllText(), 200))
	}
	return b.String()
}

func posted(r slackfake.Records, pred func(m slackfake.Message) bool) []slackfake.Message {
	var out []slackfake.Message
	for _, m := range r.Messages {
		if pred(m) {
			out = append(out, m)
		}
	}
	return out
}

func inThread(channel, ts string) func(m slackfake.Message) bool {
	return func(m slackfake.Message) bool {
		return m.Method == "chat.postMessage" && m.Channel == channel && m.ThreadTS == ts
	}
}

func TestMentionAnsweredInThreadWithCitationsAndFollowUp(t *testing.T) {
	h := start(t, nil)
	h.fake.Event("Ev1", slackfake.Mention("UALICE", "CQUZHOU", "100.000001", "", "衢州市商务局负责哪些任务?"))
	r := h.wait(t, "answer in thread", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "100.000001"))) == 1 })
	m := posted(r, inThread("CQUZHOU", "100.000001"))[0]
	text := m.AllText()
	for _, want := range []string{"综合保税区建设", "📄 《衢州市服务业高质量发展“十百千”工程实施方案》 三、主要任务 · 第五项"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if q := h.ans.questions()[0]; q.Text != "衢州市商务局负责哪些任务?" || !q.Context.IsZero() {
		t.Errorf("first question = %+v", q)
	}

	// A follow-up in the thread, without a mention, is answered with the thread's context.
	h.fake.Event("Ev2", slackfake.ChannelMessage("UALICE", "CQUZHOU", "channel", "100.000005", "100.000001", "其中哪些已逾期?"))
	h.wait(t, "follow-up", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "100.000001"))) == 2 })
	qs := h.ans.questions()
	if got := qs[1].Context; got.UnitTyped != "市商务局" || got.City != "衢州市" {
		t.Errorf("follow-up context = %+v", got)
	}

	// A thread the bot is not part of, the bot's own message and another bot's are ignored; a
	// retried delivery of Ev1 is answered once. The DM after them proves they were processed.
	h.fake.Event("Ev3", slackfake.ChannelMessage("UBOB", "CQUZHOU", "channel", "200.1", "200.0", "别的话题"))
	h.fake.Event("Ev4", slackfake.ChannelMessage(slackfake.BotUser, "CQUZHOU", "channel", "200.2", "100.000001", "bot echo"))
	other := slackfake.ChannelMessage("UOTHER", "CQUZHOU", "channel", "200.3", "100.000001", "another bot")
	other["bot_id"] = "BOTHER"
	h.fake.Event("Ev5", other)
	retry := slackfake.EventPayload("Ev1", slackfake.Mention("UALICE", "CQUZHOU", "100.000001", "", "衢州市商务局负责哪些任务?"))
	h.fake.Push("events_api", retry)
	h.fake.Event("Ev6", slackfake.ChannelMessage("UBOB", "DBOB", "im", "300.1", "", "湖州发改委牵头哪些工作?"))
	h.wait(t, "dm answer", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "DBOB" })) == 1
	})
	// Wait for every envelope to be acked, then for in-flight handlers, before counting.
	h.wait(t, "acks", func(r slackfake.Records) bool { return len(r.Acks) >= 7 })
	h.drain(t)
	if n := len(h.ans.questions()); n != 3 {
		t.Errorf("answered %d questions, want 3 (mention, follow-up, DM): %+v", n, h.ans.questions())
	}
	if n := len(posted(h.fake.Snapshot(), inThread("CQUZHOU", "100.000001"))); n != 2 {
		t.Errorf("%d answers in the thread, want 2", n)
	}
	if dm := posted(h.fake.Snapshot(), func(m slackfake.Message) bool { return m.Channel == "DBOB" })[0]; dm.ThreadTS != "" {
		t.Errorf("DM answered in a thread %q; want in the DM itself", dm.ThreadTS)
	}
}

// drain waits for the App's in-flight handlers.
func (h *harness) drain(t *testing.T) {
	t.Helper()
	done := make(chan struct{})
	go func() { h.app.waitIdle(); close(done) }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("handlers still running after 20 s")
	}
}

func TestSlashAskIsEphemeralWithShareButton(t *testing.T) {
	h := start(t, nil)
	_, url := h.fake.Command("UALICE", "CQUZHOU", "ask 市商务局负责哪些任务?")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	r := h.wait(t, "ephemeral answer", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	m := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0]
	if m.Response != "ephemeral" || !strings.Contains(m.AllText(), "综合保税区建设") || !strings.Contains(m.AllText(), "📄") {
		t.Fatalf("slash answer = %+v %s", m, m.AllText())
	}
	m.Channel = "CQUZHOU"
	share, err := h.fake.Click("UALICE", m, actShare)
	if err != nil {
		t.Fatal(err)
	}
	sharePath := strings.TrimPrefix(share, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	r = h.wait(t, "shared answer", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == sharePath })) == 2
	})
	out := posted(r, func(m slackfake.Message) bool { return m.Channel == sharePath })
	if out[0].Response != "in_channel" || !strings.Contains(out[0].AllText(), "<@UALICE> 分享了") || !out[1].Delete {
		t.Errorf("share posted %s / delete=%v", out[0].AllText(), out[1].Delete)
	}
	if q := h.ans.questions(); q[1].Text != "市商务局负责哪些任务?" {
		t.Errorf("shared question = %q", q[1].Text)
	}
}

func TestNudgeButtonsUpdateScheduleAndMessage(t *testing.T) {
	h := start(t, nil)
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	ctx := context.Background()
	n := h.app.Notifier()
	nudge := reminders.Nudge{OccurrenceID: "occ-1", Route: "CQUZHOU", TaskID: "d1:3.5", TaskNumber: "(五)", TaskTitle: "推进综合保税区建设",
		PlanTitle: "衢州市服务业实施方案", Section: "三、主要任务", Unit: quzhou, Role: plan.RoleLead, Deadline: plan.NewDay(2026, 12, 31), Quote: "2026年底前", Colour: duties.Yellow,
		Text: "【黄色提醒】市商务局:“推进综合保税区建设”今天到期。", Due: time.Now()}
	if ok, err := n.Delivered(ctx, nudge); err != nil || ok {
		t.Fatalf("Delivered before Notify = %v, %v", ok, err)
	}
	if _, err := n.Notify(ctx, nudge); err != nil {
		t.Fatal(err)
	}
	if ok, err := n.Delivered(ctx, nudge); err != nil || !ok {
		t.Fatalf("Delivered after Notify = %v, %v", ok, err)
	}
	other := nudge
	other.OccurrenceID = "occ-2"
	if ok, _ := n.Delivered(ctx, other); ok {
		t.Fatal("Delivered(occ-2) = true")
	}
	msg := h.fake.Snapshot().Messages[0]
	for _, want := range []string{"🟡", "推进综合保税区建设", "【黄色提醒】", "《衢州市服务业实施方案》 三、主要任务 · 第五项", "截止 2026-12-31(2026年底前)", "衢州市 市商务局 牵头", "完成", "填报进展", "推迟", "申请延期"} {
		if !strings.Contains(msg.AllText(), want) {
			t.Errorf("nudge lacks %q:\n%s", want, msg.AllText())
		}
	}

	// Someone outside the unit's channel is refused, with the reason.
	refusal, _ := h.fake.Click("UMALLORY", msg, actDone)
	rp := strings.TrimPrefix(refusal, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	r := h.wait(t, "refusal", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == rp })) == 1
	})
	if got := posted(r, func(m slackfake.Message) bool { return m.Channel == rp })[0].Text; !strings.Contains(got, "只有 <#CQUZHOU> 的成员或管理员") {
		t.Errorf("refusal = %q", got)
	}

	// A member marks it done: the store hears who, the message loses its buttons and says who.
	h.fake.Click("UALICE", msg, actDone)
	r = h.wait(t, "message updated", func(r slackfake.Records) bool { return r.Messages[0].Updates == 1 })
	if got := h.rem.got(); len(got) != 1 || got[0] != "done d1:3.5 衢州市 市商务局 by UALICE" {
		t.Errorf("store calls = %q", got)
	}
	upd := r.Messages[0]
	if _, _, ok := upd.ButtonValue(actDone); ok {
		t.Error("done nudge still has its buttons")
	}
	if !strings.Contains(upd.AllText(), "✅ <@UALICE> 于 2026-11-20 10:00 标记完成") || !strings.Contains(upd.AllText(), "推进综合保税区建设") {
		t.Errorf("updated nudge:\n%s", upd.AllText())
	}

	// 填报进展 opens a modal; its submission reaches the store and the message.
	h.fake.Click("UADMIN", msg, actProgress)
	r = h.wait(t, "modal", func(r slackfake.Records) bool { return len(r.Views) == 1 })
	if v := r.Views[0]; v.Method != "views.open" || v.TriggerID == "" {
		t.Fatalf("view = %+v", v)
	}
	h.fake.Submit("UADMIN", r.Views[0], map[string]map[string]map[string]any{"progress": {"text": {"type": "plain_text_input", "value": "已完成选址"}}})
	r = h.wait(t, "progress on message", func(r slackfake.Records) bool { return r.Messages[0].Updates == 2 })
	if got := h.rem.got(); len(got) != 2 || got[1] != `progress d1:3.5 衢州市 市商务局 "已完成选址" by UADMIN` {
		t.Errorf("store calls = %q", got)
	}
	if !strings.Contains(r.Messages[0].AllText(), "📝 <@UADMIN> 2026-11-20 10:00 填报进展:已完成选址") {
		t.Errorf("message after progress:\n%s", r.Messages[0].AllText())
	}

	// A modal submitted empty is answered with the field's error, and nothing changes.
	env := h.fake.Submit("UADMIN", r.Views[0], map[string]map[string]map[string]any{"progress": {"text": {"type": "plain_text_input", "value": " "}}})
	r = h.wait(t, "validation ack", func(r slackfake.Records) bool { _, ok := r.Acks[env]; return ok })
	if !strings.Contains(string(r.Acks[env]), "请写上进展") {
		t.Errorf("ack = %s", r.Acks[env])
	}
}

func TestRateLimitIsWaitedOut(t *testing.T) {
	h := start(t, nil)
	h.fake.RateLimit("chat.postMessage", 1)
	h.fake.Event("Ev429", slackfake.Mention("UALICE", "CQUZHOU", "500.1", "", "衢州市商务局负责哪些任务?"))
	r := h.wait(t, "answer after 429", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "500.1"))) == 1 })
	var posts []slackfake.Call
	for _, c := range r.Calls {
		if c.Method == "chat.postMessage" {
			posts = append(posts, c)
		}
	}
	if len(posts) != 2 || posts[0].Status != 429 || posts[1].Status != 200 {
		t.Fatalf("chat.postMessage calls = %+v", posts)
	}
	if gap := posts[1].At.Sub(posts[0].At); gap < time.Second {
		t.Errorf("retried %s after a 429 with Retry-After: 1", gap)
	}
}

func TestMalformedPayloadIsAnsweredAndSurvived(t *testing.T) {
	h := start(t, nil)
	url := h.fake.ResponseURL()
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	// A slash command whose text is a number, not a string.
	h.fake.PushRaw(`{"envelope_id":"bad-1","type":"slash_commands","payload":{"command":"/dutybot","text":42,"user_id":"UALICE","channel_id":"C1","response_url":"` + url + `"}}`)
	h.fake.PushRaw(`{"envelope_id":"bad-2","type":"events_api","payload":{"type":"event_callback","event_id":"EvBad","event":{"type":"app_mention","text":["not","text"]}}}`)
	r := h.wait(t, "error reply", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	if m := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0]; !strings.Contains(m.Text, "读不懂") {
		t.Errorf("error reply = %q", m.Text)
	}
	h.wait(t, "malformed envelopes acked", func(r slackfake.Records) bool { _, a := r.Acks["bad-1"]; _, b := r.Acks["bad-2"]; return a && b })
	h.fake.Event("EvOK", slackfake.Mention("UALICE", "CQUZHOU", "600.1", "", "还在吗?"))
	h.wait(t, "still answering", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "600.1"))) == 1 })
}

func TestRedisDownStillAnswers(t *testing.T) {
	dead := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1", MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	t.Cleanup(func() { dead.Close() })
	h := start(t, func(o *Options) {
		o.Redis = dead
		o.Reminders = &fakeReminders{routes: map[plan.UnitRef][]string{}, fail: fmt.Errorf("subscribe: %w", reminders.ErrUnavailable)}
	})
	h.fake.Event("EvR1", slackfake.Mention("UALICE", "CQUZHOU", "700.1", "", "衢州市商务局负责哪些任务?"))
	h.wait(t, "answer without redis", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "700.1"))) == 1 })
	// The retry is still caught, by memory.
	retry := h.fake.Push("events_api", slackfake.EventPayload("EvR1", slackfake.Mention("UALICE", "CQUZHOU", "700.1", "", "衢州市商务局负责哪些任务?")))
	_, url := h.fake.Command("UALICE", "CQUZHOU", "subscribe 衢州 市商务局")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.fake.SetMembers("CQUZHOU", "UALICE")
	r := h.wait(t, "subscribe refusal", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	if m := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0]; !strings.Contains(m.Text, "Redis") {
		t.Errorf("subscribe with redis down said %q", m.Text)
	}
	h.wait(t, "retry acked", func(r slackfake.Records) bool { _, ok := r.Acks[retry]; return ok })
	h.drain(t)
	if n := len(h.ans.questions()); n != 1 {
		t.Errorf("%d questions answered, want 1", n)
	}
}

// streamingAnswerer writes its answer in two steps.
type streamingAnswerer struct{ fakeAnswerer }

func (s *streamingAnswerer) AnswerStream(ctx context.Context, q bot.Question, emit func(string) error) (bot.Answer, error) {
	emit("市商务局牵头")
	emit(" 2 项任务")
	return s.fakeAnswerer.AnswerStream(ctx, q, nil)
}

func TestThinkingSignThenStreamedAnswer(t *testing.T) {
	st := &streamingAnswerer{}
	h := start(t, func(o *Options) { o.Answerer = st; o.Thinking = true })
	h.fake.Event("EvS", slackfake.Mention("UALICE", "CQUZHOU", "800.1", "", "衢州市商务局负责哪些任务?"))
	r := h.wait(t, "final answer", func(r slackfake.Records) bool {
		ms := posted(r, inThread("CQUZHOU", "800.1"))
		return len(ms) == 1 && strings.Contains(ms[0].AllText(), "综合保税区建设")
	})
	m := posted(r, inThread("CQUZHOU", "800.1"))[0]
	// One thinking sign, one streamed update (the clock does not move, so the second partial waits),
	// then the final answer in the same message.
	if m.Updates != 2 {
		t.Errorf("placeholder updated %d times, want 2", m.Updates)
	}
}

func TestAppHomeShowsBoard(t *testing.T) {
	h := start(t, nil)
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.fake.SetMembers("CQUZHOU-OLD", "UALICE")
	h.rem.setRoutes(quzhou, "CQUZHOU-OLD") // a member of a routed channel may subscribe another
	h.rem.setBoard([]reminders.TaskStatus{{Task: "d1:3.5", TaskNumber: "(五)", Title: "推进综合保税区建设", Unit: quzhou, Colour: duties.Red, Deadline: plan.NewDay(2026, 10, 31), Progress: "已逾期 20 天"}})
	_, url := h.fake.Command("UALICE", "CQUZHOU", "subscribe 衢州市 市商务局")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "subscribed", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	h.fake.Event("EvHome", map[string]any{"type": "app_home_opened", "user": "UALICE", "channel": "DALICE", "tab": "home", "event_ts": "1"})
	r := h.wait(t, "home published", func(r slackfake.Records) bool { return len(r.Views) == 1 })
	var view map[string]any
	json.Unmarshal(r.Views[0].View, &view)
	b, _ := json.Marshal(view["blocks"])
	for _, want := range []string{"亮灯板", "衢州市 市商务局", "🔴 第五项 推进综合保税区建设", "已于 2026-10-31 到期", "nudge_done"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("home lacks %q: %s", want, b)
		}
	}
	if r.Views[0].UserID != "UALICE" || view["type"] != "home" {
		t.Errorf("view = %+v", r.Views[0])
	}
}

func TestDigestNudgeBringsTheDigest(t *testing.T) {
	h := start(t, nil)
	due := time.Now()
	if _, err := h.app.Notifier().Notify(context.Background(), reminders.Nudge{OccurrenceID: "digest@2026-11-23", Route: "CLEADERS", Kind: reminders.KindDigest, Due: due, Unit: reminders.LeadersUnit, Text: "【督办周报】"}); err != nil {
		t.Fatal(err)
	}
	ms := posted(h.fake.Snapshot(), func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })
	if len(ms) != 1 || h.rem.digests != 1 {
		t.Fatalf("digest posted %d times, built %d times", len(ms), h.rem.digests)
	}
	if ms[0].Metadata == nil || ms[0].Metadata.EventPayload["occurrence"] != "digest@2026-11-23" {
		t.Errorf("digest metadata = %+v", ms[0].Metadata)
	}
	for _, want := range []string{"每周督办简报", "衢州市 市商务局*  ✅ 1 · 🟢 2 · 🟡 1 · 🔴 1", "11-20 标记完成 第(五)项"} {
		if !strings.Contains(ms[0].AllText(), want) {
			t.Errorf("digest lacks %q:\n%s", want, ms[0].AllText())
		}
	}
}

func TestReconnectAfterDisconnect(t *testing.T) {
	h := start(t, nil)
	h.fake.Event("EvA", slackfake.Mention("UALICE", "CQUZHOU", "900.1", "", "一"))
	h.wait(t, "first answer", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "900.1"))) == 1 })
	h.fake.PushRaw(`{"type":"disconnect","reason":"refresh_requested"}`)
	h.wait(t, "reconnected", func(r slackfake.Records) bool {
		n := 0
		for _, c := range r.Calls {
			if c.Method == "apps.connections.open" {
				n++
			}
		}
		return n >= 2
	})
	h.fake.Event("EvB", slackfake.Mention("UALICE", "CQUZHOU", "900.2", "", "二"))
	h.wait(t, "answer after reconnect", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "900.2"))) == 1 })
}

func TestHomeButtonAndExtensionRequest(t *testing.T) {
	h := start(t, func(o *Options) { o.LeadersChannel = "CLEADERS" })
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.rem.setBoard([]reminders.TaskStatus{{Task: "d1:3.5", TaskNumber: "(五)", Title: "推进综合保税区建设", Unit: quzhou, Colour: duties.Yellow, Deadline: plan.NewDay(2026, 11, 25), NextOccurrence: "s1@T-7"}})
	if err := h.rdb.SAdd(context.Background(), h.keys.SlackHome("UALICE"), "衢州市|市商务局").Err(); err != nil {
		t.Fatal(err)
	}
	h.fake.Event("EvHome2", map[string]any{"type": "app_home_opened", "user": "UALICE", "channel": "DALICE", "tab": "home", "event_ts": "1"})
	r := h.wait(t, "home", func(r slackfake.Records) bool { return len(r.Views) == 1 })
	if err := h.fake.ClickHome("UALICE", r.Views[0], actDone); err != nil {
		t.Fatal(err)
	}
	// Done from the Home tab: the store hears it, and the board is published again.
	h.wait(t, "home republished", func(r slackfake.Records) bool { return len(r.Views) == 2 })
	if got := h.rem.got(); len(got) != 1 || got[0] != "done d1:3.5 衢州市 市商务局 by UALICE" {
		t.Errorf("store calls = %q", got)
	}

	// 申请延期 from the Home tab: a modal, then the request reaches the store and the leaders.
	h.fake.ClickHome("UALICE", r.Views[0], actExtend)
	r = h.wait(t, "modal", func(r slackfake.Records) bool {
		for _, v := range r.Views {
			if v.Method == "views.open" {
				return true
			}
		}
		return false
	})
	var modalView slackfake.View
	for _, v := range r.Views {
		if v.Method == "views.open" {
			modalView = v
		}
	}
	h.fake.Submit("UALICE", modalView, map[string]map[string]map[string]any{
		"to": {"date": {"type": "datepicker", "selected_date": "2027-03-31"}}, "reason": {"text": {"type": "plain_text_input", "value": "等待省级批复"}}})
	r = h.wait(t, "leaders told", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })) == 1
	})
	if got := h.rem.got(); len(got) != 2 || got[1] != `extend d1:3.5 衢州市 市商务局 to 2027-03-31 "等待省级批复" by UALICE` {
		t.Errorf("store calls = %q", got)
	}
	if m := posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })[0]; !strings.Contains(m.AllText(), "申请把「推进综合保税区建设」延期到 2027-03-31") {
		t.Errorf("leaders' message:\n%s", m.AllText())
	}
}

func TestLongSlashAnswerGoesByDM(t *testing.T) {
	const parts = 900
	var long strings.Builder
	for i := 0; i < parts; i++ {
		fmt.Fprintf(&long, "- 第%d项 推进服务业重点平台建设,完善配套政策,确保按期完成,期限 2026-12-31,牵头单位 市商务局,配合单位 市发展改革委\n", i)
	}
	ans := &fakeAnswerer{answer: func(bot.Question) bot.Answer { return bot.Answer{Text: long.String(), Intent: "overdue"} }}
	h := start(t, func(o *Options) { o.Answerer = ans })
	_, url := h.fake.Command("UALICE", "CQUZHOU", "due 逾期")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	want := len(answerMessages(bot.Answer{Text: long.String()}))
	if want <= maxResponsePosts {
		t.Fatalf("the answer fits in %d messages; make it longer", want)
	}
	r := h.wait(t, "ephemeral and DM", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1 &&
			len(posted(r, func(m slackfake.Message) bool { return m.Channel == "UALICE" })) == want
	})
	if m := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0]; !strings.Contains(m.AllText(), "完整内容已私信发给你") {
		t.Errorf("ephemeral part:\n%s", m.AllText())
	}
	var all strings.Builder
	for _, m := range posted(r, func(m slackfake.Message) bool { return m.Channel == "UALICE" }) {
		all.WriteString(m.AllText())
	}
	for i := 0; i < parts; i++ {
		if !strings.Contains(all.String(), fmt.Sprintf("第%d项 推进", i)) {
			t.Fatalf("part %d missing from the DM", i)
		}
	}
}

// TestSubscribeNeedsApproval replays the audit: a user outside the unit's channel cannot route the
// unit to their DM or their own channel and then act for it; their request waits for a member of
// the unit's channel, who approves it once.
func TestSubscribeNeedsApproval(t *testing.T) {
	h := start(t, nil)
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.fake.SetMembers("CEVIL", "UMALLORY")
	reply := func(user, channel, text string) string {
		t.Helper()
		_, url := h.fake.Command(user, channel, text)
		path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
		r := h.wait(t, text, func(r slackfake.Records) bool {
			return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
		})
		return posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0].Text
	}
	if got := reply("UMALLORY", "DMALLORY", "subscribe 衢州市 市商务局"); !strings.Contains(got, "私信不能接收") {
		t.Errorf("subscribe from a DM = %q", got)
	}
	if got := reply("UMALLORY", "CQUZHOU", "unsubscribe 衢州市 市商务局"); !strings.Contains(got, "只有 <#CQUZHOU> 的成员") {
		t.Errorf("unsubscribe of the real route by an outsider = %q", got)
	}
	if got := reply("UMALLORY", "CEVIL", "subscribe 衢州市 市商务局"); !strings.Contains(got, "已请 <#CQUZHOU> 的成员批准") {
		t.Errorf("subscribe from an outsider's channel = %q", got)
	}
	if routes, _ := h.rem.UnitRoutes(context.Background(), quzhou); !slices.Equal(routes, []string{"CQUZHOU"}) {
		t.Fatalf("routes after the request = %v, want only CQUZHOU", routes)
	}
	r := h.wait(t, "approval request in the unit's channel", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "CQUZHOU" })) == 1
	})
	req := posted(r, func(m slackfake.Message) bool { return m.Channel == "CQUZHOU" })[0]
	if !strings.Contains(req.AllText(), "<@UMALLORY> 申请让 <#CEVIL> 接收") {
		t.Errorf("approval request:\n%s", req.AllText())
	}

	// The requester cannot approve it; a member of the unit's channel can, once.
	h.fake.Click("UMALLORY", req, actRouteApprove)
	h.fake.Click("UALICE", req, actRouteApprove)
	h.wait(t, "approved", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "CEVIL" && strings.Contains(m.Text, "批准") })) == 1
	})
	h.fake.Click("UALICE", req, actRouteApprove)
	h.drain(t)
	if got := h.rem.got(); !slices.Equal(got, []string{"subscribe 衢州市 市商务局 CEVIL"}) {
		t.Errorf("store calls = %q, want one subscribe", got)
	}
}

// TestSlashAskIsWhole: a slash command's question is answered with every line (Question.All): its
// ephemeral answer takes no reply, so a "更多" could not be asked.
func TestSlashAskIsWhole(t *testing.T) {
	h := start(t, nil)
	_, url := h.fake.Command("UALICE", "CQUZHOU", "ask 列出所有任务")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "ephemeral answer", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) > 0
	})
	h.ans.mu.Lock()
	defer h.ans.mu.Unlock()
	if len(h.ans.asked) != 1 || !h.ans.asked[0].All {
		t.Errorf("asked %+v, want one question with All", h.ans.asked)
	}
}
