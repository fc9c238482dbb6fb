package app

import (
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
)

// SlackApp builds the Slack front end on the engine, the reminder store and the plan store (nil
// when Redis was down at start: shared files are then not read as plans); dir resolves typed unit
// names against the plans loaded now. The domain's types satisfy slackapp's interfaces as they are.
func (a *App) SlackApp(engine *bot.Engine, plans *planstore.Store, dir func() *plan.Directory, reg prometheus.Registerer) (*slackapp.App, error) {
	c := a.Config
	opt := slackapp.Options{
		BotToken: c.SlackBotToken, AppToken: c.SlackAppToken, SigningSecret: c.SlackSigningSecret,
		APIURL: strings.TrimRight(c.SlackAPIURL, "/") + "/", Mode: c.SlackMode,
		LeadersChannel: c.LeadersChannel, Admins: c.Admins,
		Thinking:    c.OpenAIKey != "",
		Answerer:    engine,
		Reminders:   a.ReminderStore(),
		MaxFileSize: int64(c.MaxFileSize),
		Directory:   dir,
		SnoozeFor:   a.Schedule.SnoozeFor,
		Redis:       a.redis, Keys: a.Keys,
		Logger: a.Logger, Now: a.Now, Metrics: slackapp.NewMetrics(reg),
	}
	if plans != nil {
		opt.Plans = plans
	}
	if a.BoardSigner().On() {
		opt.BoardLink = a.BoardLink
	}
	return slackapp.New(opt)
}
