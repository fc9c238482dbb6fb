package slackapp

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/dutybot/dutybot/bot"
)

// onSocketEvent acks what Slack sent over the websocket and hands it to a handler goroutine.
func (a *App) onSocketEvent(evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.log.Debug("connecting to slack")
	case socketmode.EventTypeConnected:
		a.connected.Store(true)
		a.log.Info("connected to slack")
	case socketmode.EventTypeConnectionError:
		a.connected.Store(false)
		a.log.Warn("slack connection failed; retrying", "detail", evt.Data)
	case socketmode.EventTypeInvalidAuth:
		a.connected.Store(false)
		a.log.Error("slack refused the app token (SLACK_APP_TOKEN)")
	case socketmode.EventTypeDisconnect:
		a.connected.Store(false)
		a.log.Info("slack asked us to reconnect")
	case socketmode.EventTypeIncomingError:
		a.log.Warn("slack websocket read failed", "detail", evt.Data)
	case socketmode.EventTypeErrorBadMessage:
		bad, _ := evt.Data.(*socketmode.ErrorBadMessage)
		if bad != nil {
			a.malformed("socket", bad.Message, bad.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		a.ack(evt.Request, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			a.log.Error("events_api without an event", "data", evt.Data)
			return
		}
		a.spawn("event", func(ctx context.Context) { a.handleEvent(ctx, ev) })
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			a.ack(evt.Request, nil)
			return
		}
		a.ack(evt.Request, nil)
		a.spawn("command", func(ctx context.Context) { a.handleCommand(ctx, cmd) })
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok {
			a.ack(evt.Request, nil)
			return
		}
		resp, later := a.interaction(cb)
		a.ack(evt.Request, resp)
		if later != nil {
			a.spawn("interaction", later)
		}
	case socketmode.EventTypeHello:
	default:
		a.log.Debug("socket mode event ignored", "type", evt.Type)
	}
}

func (a *App) ack(req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	var err error
	if payload != nil {
		err = a.sm.Ack(*req, payload)
	} else {
		err = a.sm.Ack(*req)
	}
	if err != nil {
		a.log.Warn("ack failed", "envelope", req.EnvelopeID, "err", err)
	}
}

// malformed logs a payload that could not be read and, when it says where it came from, tells the
// sender that it failed. It acks a Socket Mode envelope so that Slack does not resend it.
func (a *App) malformed(via string, raw []byte, cause error) {
	a.opt.Metrics.Events.WithLabelValues("unknown", "malformed").Inc()
	a.log.Error("malformed slack payload", "via", via, "err", cause, "payload", clip(string(raw), 2000))
	var env struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	if json.Unmarshal(raw, &env) == nil && env.EnvelopeID != "" && a.sm != nil {
		a.ack(&socketmode.Request{EnvelopeID: env.EnvelopeID}, nil)
		raw = env.Payload
	}
	var where struct {
		ResponseURL string `json:"response_url"`
		User        any    `json:"user"`
		UserID      string `json:"user_id"`
		Channel     any    `json:"channel"`
		ChannelID   string `json:"channel_id"`
	}
	if len(raw) == 0 || json.Unmarshal(raw, &where) != nil {
		return
	}
	const sorry = "抱歉,dutybot 读不懂这条请求(已记录,管理员会查看)。请重试一次;如果仍然出错,请换个说法。"
	a.spawn("malformed reply", func(ctx context.Context) {
		if where.ResponseURL != "" {
			a.respond(ctx, where.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: sorry})
			return
		}
		user, channel := where.UserID, where.ChannelID
		if s, ok := where.User.(string); ok && user == "" {
			user = s
		}
		if s, ok := where.Channel.(string); ok && channel == "" {
			channel = s
		}
		if user != "" && channel != "" {
			if _, err := a.api.PostEphemeralContext(ctx, channel, user, slack.MsgOptionText(sorry, false)); err != nil {
				a.log.Warn("could not report a malformed payload", "err", err)
			}
		}
	})
}

// handleEvent answers one Events API event, whichever transport brought it.
func (a *App) handleEvent(ctx context.Context, ev slackevents.EventsAPIEvent) {
	// In HTTP mode a request can come before auth.test has told the bot who it is.
	select {
	case <-a.ready:
	case <-ctx.Done():
		return
	}
	cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
	kind := ev.InnerEvent.Type
	if cb != nil && !a.firstDelivery(ctx, cb.EventID) {
		a.opt.Metrics.Events.WithLabelValues(kind, "duplicate").Inc()
		a.log.Info("dropped a repeated event", "event", cb.EventID, "type", kind)
		return
	}
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == a.botUserID {
			a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
			return
		}
		root := e.ThreadTimeStamp
		if root == "" {
			root = e.TimeStamp
		}
		a.opt.Metrics.Events.WithLabelValues(kind, "handled").Inc()
		c := conversation{channel: e.Channel, thread: root, key: root, user: e.User, via: "mention"}
		// Files with a mention are plans to add; a screenshot, photo or recording pasted beside a
		// question is none (plans come as .docx, .pdf, .txt, pages …), and the question is answered.
		text := a.stripMention(e.Text)
		if plans := planFiles(e.Files); len(plans) > 0 || (len(e.Files) > 0 && strings.TrimSpace(text) == "") {
			if len(plans) == 0 {
				plans = e.Files
			}
			a.onFiles(ctx, c, plans)
			return
		}
		a.answerIn(ctx, c, text)
	case *slackevents.MessageEvent:
		a.onMessage(ctx, e)
	case *slackevents.AppHomeOpenedEvent:
		if e.Tab != "home" {
			return
		}
		a.opt.Metrics.Events.WithLabelValues(kind, "handled").Inc()
		a.publishHome(ctx, e.User)
	default:
		a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
		a.log.Debug("event ignored", "type", kind)
	}
}

// onMessage answers a direct message, or a reply in a thread the bot is already part of. Edits,
// joins, the bot's own messages and other bots' are ignored; so are messages that mention the bot in
// a channel, which arrive again as app_mention.
func (a *App) onMessage(ctx context.Context, e *slackevents.MessageEvent) {
	const kind = "message"
	switch {
	case e.BotID != "" || e.User == "" || e.User == a.botUserID || (e.SubType != "" && e.SubType != "file_share"):
		a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
		return
	case e.SubType == "file_share":
		// Files shared in a DM are read as plans; in a channel, only with an @mention (app_mention).
		if e.ChannelType != "im" || e.Message == nil || len(e.Message.Files) == 0 {
			a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
			return
		}
		a.opt.Metrics.Events.WithLabelValues(kind, "handled").Inc()
		a.onFiles(ctx, conversation{channel: e.Channel, thread: e.ThreadTimeStamp, user: e.User, via: "dm"}, e.Message.Files)
	case e.ChannelType == "im":
		key := e.ThreadTimeStamp
		if key == "" {
			key = "im"
		}
		a.opt.Metrics.Events.WithLabelValues(kind, "handled").Inc()
		a.answerIn(ctx, conversation{channel: e.Channel, thread: e.ThreadTimeStamp, key: key, user: e.User, via: "dm"}, a.stripMention(e.Text))
	case e.ThreadTimeStamp != "" && !strings.Contains(e.Text, "<@"+a.botUserID+">"):
		if _, ok := a.threadContext(ctx, e.Channel, e.ThreadTimeStamp); !ok {
			a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
			return
		}
		a.opt.Metrics.Events.WithLabelValues(kind, "handled").Inc()
		a.answerIn(ctx, conversation{channel: e.Channel, thread: e.ThreadTimeStamp, key: e.ThreadTimeStamp, user: e.User, via: "thread"}, e.Text)
	default:
		a.opt.Metrics.Events.WithLabelValues(kind, "ignored").Inc()
	}
}

var mentionRE = regexp.MustCompile(`<@[UW][A-Z0-9]+(\|[^>]*)?>`)

// stripMention removes the bot's mention (and any other user mention) from a question.
func (a *App) stripMention(s string) string {
	return strings.TrimSpace(mentionRE.ReplaceAllString(s, " "))
}

// conversation is where a question was asked and where its answer goes.
type conversation struct {
	channel string
	thread  string // ts to reply under; "" to reply in the channel (a DM)
	key     string // names the follow-up context: the thread's root ts, or "im" for a DM
	user    string
	via     string // mention, dm, thread: a metrics label
}

const (
	thinkingText = "🤔 正在查阅方案…"
	failedText   = "抱歉,这次没能回答(内部错误,已记录)。请稍后再试,或换个问法。"
)

// answerIn answers text in the conversation: a thinking sign first when an LLM writes the answer,
// then the answer split to Slack's limits, and the follow-up context kept for the next question.
func (a *App) answerIn(ctx context.Context, c conversation, text string) {
	if text == "" {
		text = "help"
	}
	prev, _ := a.conversationContext(ctx, c.channel, c.key)
	a.answerWith(ctx, c, text, prev)
}

// answerWith answers text in the conversation whose context is prev; a long list's first page
// comes with a 显示更多 button.
func (a *App) answerWith(ctx context.Context, c conversation, text string, prev bot.Context) {
	start := time.Now()
	q := bot.Question{Text: text, Context: prev, Now: a.opt.Now()}

	var placeholder string
	if a.opt.Thinking {
		ts, err := a.post(ctx, c.channel, c.thread, message{Text: thinkingText, Blocks: []slack.Block{slack.NewContextBlock("", mrkdwnText(thinkingText))}})
		if err != nil {
			a.log.Warn("thinking sign not posted", "err", err)
		}
		placeholder = ts
	}
	ans, err := a.ask(ctx, q, c.channel, placeholder)
	if err != nil {
		a.log.Error("answer failed", "question", text, "err", err)
		ans = bot.Answer{Text: failedText, Intent: "error", Context: prev}
	}
	// Keep the context before posting: a follow-up can arrive as soon as the answer shows.
	a.saveConversation(ctx, c.channel, c.key, ans.Context)
	msgs := answerMessages(ans, moreButton(c, ans.Context)...)
	for i, m := range msgs {
		var err error
		if i == 0 && placeholder != "" {
			err = a.update(ctx, c.channel, placeholder, m)
		} else {
			_, err = a.post(ctx, c.channel, c.thread, m)
		}
		if err != nil {
			a.log.Error("answer not posted", "channel", c.channel, "part", i+1, "err", err)
			break
		}
	}
	a.opt.Metrics.Questions.WithLabelValues(intentLabel(ans.Intent), c.via).Inc()
	a.opt.Metrics.AnswerSeconds.WithLabelValues(c.via).Observe(time.Since(start).Seconds())
}

func intentLabel(k bot.Kind) string {
	if k == "" {
		return "unknown"
	}
	return string(k)
}

// emptyText answers a question with no words.
const emptyText = "请问要查什么?例如「市商务局负责哪些任务?」,或输入 `/dutybot help`。"

// ask gets the answer; with a placeholder message, the text so far is shown in it as the answer
// is written, at most once per StreamEvery.
func (a *App) ask(ctx context.Context, q bot.Question, channel, placeholder string) (bot.Answer, error) {
	var emit func(string) error
	var s *streamUpdates
	if placeholder != "" {
		s = &streamUpdates{app: a, channel: channel, ts: placeholder, wake: make(chan struct{}, 1)}
		done := make(chan struct{})
		go func() { defer close(done); s.run(ctx) }()
		defer func() { close(s.wake); <-done }()
		var sofar strings.Builder
		emit = func(chunk string) error {
			sofar.WriteString(chunk)
			s.partial(sofar.String())
			return nil
		}
	}
	ans, err := a.opt.Answerer.AnswerStream(ctx, q, emit)
	if errors.Is(err, bot.ErrEmptyQuestion) {
		return bot.Answer{Text: emptyText, Intent: "empty", Context: q.Context}, nil
	}
	return ans, err
}

// streamUpdates turns a stream of partial answers into chat.update calls without holding the stream
// up: the latest text wins, and updates are spaced by StreamEvery on the injected clock.
type streamUpdates struct {
	app         *App
	channel, ts string
	wake        chan struct{}

	mu     sync.Mutex
	latest string
	last   time.Time
}

func (s *streamUpdates) partial(text string) {
	s.mu.Lock()
	now := s.app.opt.Now()
	due := s.last.IsZero() || now.Sub(s.last) >= s.app.opt.StreamEvery
	if due {
		s.latest, s.last = text, now
	}
	s.mu.Unlock()
	if due {
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
}

func (s *streamUpdates) run(ctx context.Context) {
	for range s.wake {
		s.mu.Lock()
		text := s.latest
		s.mu.Unlock()
		shown := clip(mrkdwn(text), maxSectionChars-10) + " ▍"
		m := message{Text: clip(text, maxFallback), Blocks: []slack.Block{slack.NewSectionBlock(mrkdwnText(shown), nil, nil)}}
		if err := s.app.update(ctx, s.channel, s.ts, m); err != nil {
			s.app.log.Warn("streaming update failed", "err", err)
		}
	}
}

// post sends a message, in a thread when thread is set, and returns its ts.
func (a *App) post(ctx context.Context, channel, thread string, m message, opts ...slack.MsgOption) (string, error) {
	opts = append(opts, slack.MsgOptionText(m.fallback(), false), slack.MsgOptionBlocks(m.Blocks...))
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	_, ts, err := a.api.PostMessageContext(ctx, channel, opts...)
	if err != nil {
		return "", err
	}
	return ts, nil
}

func (a *App) update(ctx context.Context, channel, ts string, m message) error {
	_, _, _, err := a.api.UpdateMessageContext(ctx, channel, ts, slack.MsgOptionText(m.fallback(), false), slack.MsgOptionBlocks(m.Blocks...))
	return err
}

// respond posts to a response_url (slash commands, buttons).
func (a *App) respond(ctx context.Context, url string, m *slack.WebhookMessage) {
	if m.Blocks != nil && len(m.Blocks.BlockSet) > 0 {
		m.Text = fallback(m.Text)
	}
	if err := slack.PostWebhookCustomHTTPContext(ctx, url, a.opt.HTTPClient, m); err != nil {
		a.log.Error("response_url post failed", "err", err)
	}
}
