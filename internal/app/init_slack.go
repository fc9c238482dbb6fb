package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// SlackApp builds the Slack front end on the engine, the reminder store and the plan store (nil
// when Redis was down at start: shared files are then not read as plans); dir resolves typed unit
// names against the plans loaded now.
func (a *App) SlackApp(engine *bot.Engine, plans *ingest.Store, dir func() *plan.Directory, reg prometheus.Registerer) (*slackapp.App, error) {
	c := a.Config
	return slackapp.New(slackapp.Options{
		BotToken: c.SlackBotToken, AppToken: c.SlackAppToken, SigningSecret: c.SlackSigningSecret,
		APIURL: strings.TrimRight(c.SlackAPIURL, "/") + "/", Mode: c.SlackMode,
		LeadersChannel: c.LeadersChannel, Admins: c.Admins,
		Thinking:  c.OpenAIKey != "",
		Answerer:  engineAnswerer{engine},
		Reminders: reminderStore{a.ReminderStore()},
		Plans:     planStore(plans), MaxFileSize: int64(c.MaxFileSize),
		Directory: dir,
		Redis:     a.redis, Keys: a.Keys,
		Logger: a.Logger, Now: a.Now, Metrics: slackapp.NewMetrics(reg),
	})
}

// engineAnswerer adapts bot.Engine to slackapp.Answerer and slackapp.Streamer.
type engineAnswerer struct{ e *bot.Engine }

var (
	_ slackapp.Answerer = engineAnswerer{}
	_ slackapp.Streamer = engineAnswerer{}
)

func (a engineAnswerer) Answer(ctx context.Context, q slackapp.Question) (slackapp.Answer, error) {
	return a.AnswerStream(ctx, q, nil)
}

func (a engineAnswerer) AnswerStream(ctx context.Context, q slackapp.Question, partial func(string)) (slackapp.Answer, error) {
	bq := bot.Question{Text: q.Text, Now: q.Now}
	if len(q.Context) > 0 {
		if err := json.Unmarshal(q.Context, &bq.Context); err != nil {
			bq.Context = bot.Context{} // a context from an older version: start afresh
		}
	}
	var emit func(string) error
	if partial != nil {
		var sofar strings.Builder
		emit = func(chunk string) error {
			sofar.WriteString(chunk)
			partial(sofar.String())
			return nil
		}
	}
	ans, err := a.e.AnswerStream(ctx, bq, emit)
	if errors.Is(err, bot.ErrEmptyQuestion) {
		return slackapp.Answer{Text: "请问要查什么?例如「市商务局负责哪些任务?」,或输入 `/dutybot help`。", Intent: "empty", Context: q.Context}, nil
	}
	if err != nil {
		return slackapp.Answer{}, err
	}
	out := slackapp.Answer{Text: ans.Text, Intent: string(ans.Intent), Tasks: ans.Tasks}
	for _, c := range ans.Citations {
		title := c.Title
		if title == "" {
			title = c.Doc
		}
		out.Citations = append(out.Citations, slackapp.Citation{Doc: title, Section: c.Section, Task: c.Task})
	}
	out.Context, _ = json.Marshal(ans.Context)
	return out, nil
}

// reminderStore adapts reminders.Store to slackapp.Reminders.
type reminderStore struct{ s *reminders.Store }

var _ slackapp.Reminders = reminderStore{}

// unavailable marks the store's connection failures the way the Slack app recognises them.
func unavailable(err error) error {
	if errors.Is(err, reminders.ErrUnavailable) {
		return fmt.Errorf("%w: %w", slackapp.ErrUnavailable, err)
	}
	return err
}

func (r reminderStore) MarkDone(ctx context.Context, task string, u plan.UnitRef, by string) error {
	return unavailable(r.s.MarkDone(ctx, task, u, by))
}

func (r reminderStore) ReportProgress(ctx context.Context, task string, u plan.UnitRef, text, by string) error {
	return unavailable(r.s.ReportProgress(ctx, task, u, by, text))
}

func (r reminderStore) Snooze(ctx context.Context, occurrence, task string, u plan.UnitRef, until time.Time, by string) error {
	if occurrence != "" {
		return unavailable(r.s.SnoozeOccurrence(ctx, occurrence, by, until))
	}
	return unavailable(r.s.Snooze(ctx, task, u, by, until))
}

func (r reminderStore) RequestExtension(ctx context.Context, task string, u plan.UnitRef, to plan.Day, reason, by string) error {
	return unavailable(r.s.RequestExtension(ctx, task, u, by, to, reason))
}

func (r reminderStore) Subscribe(ctx context.Context, u plan.UnitRef, route string) error {
	return unavailable(r.s.Subscribe(ctx, u, route))
}

func (r reminderStore) Unsubscribe(ctx context.Context, u plan.UnitRef, route string) error {
	return unavailable(r.s.Unsubscribe(ctx, u, route))
}

// Routes returns where the unit's nudges go: its own routes, and its city's.
func (r reminderStore) Routes(ctx context.Context, u plan.UnitRef) ([]string, error) {
	own, err := r.s.UnitRoutes(ctx, u)
	if err != nil {
		return nil, unavailable(err)
	}
	city, err := r.s.UnitRoutes(ctx, plan.UnitRef{City: u.City})
	if err != nil {
		return nil, unavailable(err)
	}
	return append(own, city...), nil
}

func (r reminderStore) Add(ctx context.Context, rm slackapp.Reminder) (string, error) {
	x, _, err := r.s.Add(ctx, reminders.Custom{Unit: rm.Unit, Route: rm.Route, At: rm.At, Text: rm.Text, Creator: rm.By})
	return x.ID, unavailable(err)
}

func (r reminderStore) Board(ctx context.Context, units []plan.UnitRef, now time.Time) ([]slackapp.BoardRow, error) {
	sts, err := r.s.Board(ctx, units)
	if err != nil {
		return nil, unavailable(err)
	}
	rows := make([]slackapp.BoardRow, 0, len(sts))
	for _, st := range sts {
		rows = append(rows, slackapp.BoardRow{
			TaskID: st.Task, TaskNumber: st.TaskNumber, Title: st.Title, Plan: st.Plan, Unit: st.Unit,
			Colour: st.Colour, Next: st.Deadline, Status: statusLine(st), Occurrence: st.NextOccurrence,
		})
	}
	return rows, nil
}

// statusLine says a task's state in a few words for the board.
func statusLine(st reminders.TaskStatus) string {
	var parts []string
	switch {
	case !st.DoneAt.IsZero():
		parts = append(parts, fmt.Sprintf("已完成(<@%s> %s)", st.DoneBy, st.DoneAt.In(plan.Zone()).Format("01-02")))
	case st.Colour == duties.Red:
		parts = append(parts, "已逾期")
	}
	if st.Progress != "" {
		parts = append(parts, "进展:"+st.Progress)
	}
	if !st.Extension.IsZero() {
		parts = append(parts, "已申请延期到 "+st.Extension.String())
	}
	if !st.Snoozed.IsZero() {
		parts = append(parts, "提醒推迟到 "+st.Snoozed.In(plan.Zone()).Format("01-02"))
	}
	return strings.Join(parts, " · ")
}

func (r reminderStore) Digest(ctx context.Context, since, now time.Time) (slackapp.Digest, error) {
	d, err := r.s.Digest(ctx, since)
	if err != nil {
		return slackapp.Digest{}, unavailable(err)
	}
	out := slackapp.Digest{Since: since, Until: now, Unrouted: d.Held}
	for _, u := range d.Units {
		if u.Unit == reminders.LeadersUnit {
			continue
		}
		du := slackapp.DigestUnit{Unit: u.Unit, Done: u.Done, OnTrack: u.Green - u.Done, DueSoon: u.Yellow, Overdue: u.Red}
		for _, ev := range u.Events {
			du.Changes = append(du.Changes, eventLine(ev))
		}
		out.Units = append(out.Units, du)
	}
	return out, nil
}

// eventLine says what someone did, for the digest's "changed since last week".
func eventLine(ev reminders.Event) string {
	who := ""
	if ev.Who != "" {
		who = "<@" + ev.Who + "> "
	}
	at := ev.At.In(plan.Zone()).Format("01-02")
	switch ev.Kind {
	case reminders.EventDone:
		return fmt.Sprintf("%s %s标记完成 %s", at, who, ev.Task)
	case reminders.EventProgress:
		return fmt.Sprintf("%s %s填报进展 %s:%s", at, who, ev.Task, ev.Text)
	case reminders.EventSnooze:
		return fmt.Sprintf("%s %s推迟提醒 %s 到 %s", at, who, ev.Task, ev.Until.In(plan.Zone()).Format("01-02"))
	case reminders.EventExtension:
		return fmt.Sprintf("%s %s申请延期 %s 到 %s:%s", at, who, ev.Task, plan.DayOf(ev.Until), ev.Text)
	}
	return fmt.Sprintf("%s %s%s %s", at, who, ev.Kind, ev.Task)
}

// planStore adapts ingest.Store to slackapp.Plans; nil (no Redis at start) gives nil.
func planStore(s *ingest.Store) slackapp.Plans {
	if s == nil {
		return nil
	}
	return ingestPlans{s}
}

type ingestPlans struct{ s *ingest.Store }

func (p ingestPlans) Preview(ctx context.Context, name string, data []byte) (string, error) {
	sum, err := p.s.Add(ctx, name, data, true)
	if err != nil {
		return "", planRefusal(err)
	}
	return sum.String(), nil
}

func (p ingestPlans) Add(ctx context.Context, name string, data []byte) (string, error) {
	sum, err := p.s.Add(ctx, name, data, false)
	if err != nil {
		return "", planRefusal(err)
	}
	return sum.String(), nil
}

func (p ingestPlans) Remove(ctx context.Context, ref string) (string, error) {
	e, err := p.s.Remove(ctx, ref)
	if err != nil {
		return "", planRefusal(err)
	}
	return fmt.Sprintf("《%s》(%s,id %s)", e.Title, OrNone(e.Number), e.ID), nil
}

// planRefusal turns what a person can act on into a slackapp.Refusal: a file refused, a plan not
// found, a text that does not parse as a plan. Connection trouble stays internal.
func planRefusal(err error) error {
	var r *ingest.RefusedError
	var ne net.Error
	switch {
	case errors.As(err, &r):
		return &slackapp.Refusal{Msg: r.Reason + ":" + r.Remedy}
	case errors.Is(err, ingest.ErrNotFound):
		return &slackapp.Refusal{Msg: "没有找到这个方案(用 id 或文号,`dutybot plans list` 列出全部):" + err.Error()}
	case errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), errors.Is(err, redis.ErrClosed):
		return err
	}
	return &slackapp.Refusal{Msg: "读不成方案:" + UserMessage(err)}
}

// UserMessage is the part of an error a person acts on: a refusal or parse message as it is.
func UserMessage(err error) string {
	var r *ingest.RefusedError
	if errors.As(err, &r) {
		return r.Reason + ": " + r.Remedy
	}
	return err.Error()
}

// OrNone is s, or "-" when it is empty.
func OrNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
