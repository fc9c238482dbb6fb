package slackapp

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// The slash commands that change the reminders: remind, subscribe, unsubscribe.

var whenRE = regexp.MustCompile(`(\d{4}-\d{1,2}-\d{1,2})(?:\s+(\d{1,2}:\d{2}))?`)

// remindCommand: /dutybot remind UNIT YYYY-MM-DD [HH:MM] TEXT, delivered in this channel.
func (a *App) remindCommand(ctx context.Context, cmd slack.SlashCommand, rest string) string {
	loc := whenRE.FindStringSubmatchIndex(rest)
	if loc == nil {
		return "用法:`/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收`(时间默认 09:00)"
	}
	unitText := strings.TrimSpace(rest[:loc[0]])
	text := strings.TrimSpace(rest[loc[1]:])
	day, err := plan.ParseDay(normaliseDate(rest[loc[2]:loc[3]]))
	if err != nil {
		return fmt.Sprintf("日期 %q 看不懂,请写成 2026-12-01。", rest[loc[2]:loc[3]])
	}
	hh, mm := 9, 0
	if loc[4] >= 0 {
		fmt.Sscanf(rest[loc[4]:loc[5]], "%d:%d", &hh, &mm)
		if hh > 23 || mm > 59 {
			return fmt.Sprintf("时间 %q 看不懂,请写成 09:00。", rest[loc[4]:loc[5]])
		}
	}
	if unitText == "" || text == "" {
		return "请写上单位和提醒内容,例如 `/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收`"
	}
	unit, why := a.resolveUnit(unitText)
	if why != "" {
		return why
	}
	if !a.remindersOn() {
		return a.remindersOffText()
	}
	at := day.Time(hh, mm)
	if at.Before(a.opt.Now()) {
		return fmt.Sprintf("%s 已经过去了,请给一个将来的时间。", at.Format("2006-01-02 15:04"))
	}
	route := cmd.ChannelID
	if isDM(route) {
		route = cmd.UserID
	}
	if d := a.authorize(ctx, Request{User: cmd.UserID, Action: ActRemind, Unit: unit, Channel: route}); !d.Allowed {
		return d.Why
	}
	x, _, err := a.opt.Reminders.Add(ctx, reminders.Custom{Unit: unit, Route: route, At: at, Text: text, Creator: cmd.UserID})
	if err != nil {
		return a.reminderErrText(ctx, "设置提醒", err)
	}
	a.log.Info("reminder added", "id", x.ID, "unit", unit.String(), "by", cmd.UserID)
	return fmt.Sprintf("好的,%s 会在这里提醒 %s:%s", at.Format("2006-01-02 15:04"), mrkdwn(unit.String()), mrkdwn(text))
}

func normaliseDate(s string) string {
	p := strings.Split(s, "-")
	if len(p) != 3 {
		return s
	}
	y, _ := strconv.Atoi(p[0])
	m, _ := strconv.Atoi(p[1])
	d, _ := strconv.Atoi(p[2])
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// subscribeCommand routes a unit's nudges to this channel, or stops them, and puts the unit on the
// user's App Home board. Who may do it is App.authorize's to say: a request that needs approval is
// sent to the approvers.
func (a *App) subscribeCommand(ctx context.Context, cmd slack.SlashCommand, rest string, on bool) string {
	verb, action := "subscribe", ActSubscribe
	if !on {
		verb, action = "unsubscribe", ActUnsubscribe
	}
	if rest == "" {
		return fmt.Sprintf("请写上单位,例如 `/dutybot %s 衢州 市商务局`", verb)
	}
	unit, why := a.resolveUnit(rest)
	if why != "" {
		return why
	}
	if !a.remindersOn() {
		return a.remindersOffText()
	}
	d := a.authorize(ctx, Request{User: cmd.UserID, Action: action, Unit: unit, Channel: cmd.ChannelID})
	switch {
	case d.Approval:
		return a.requestApproval(ctx, routeRequest{City: unit.City, Unit: unit.Name, Channel: cmd.ChannelID, User: cmd.UserID}, d)
	case !d.Allowed:
		return d.Why
	}
	where := "<#" + cmd.ChannelID + ">"
	if on {
		if err := a.opt.Reminders.Subscribe(ctx, unit, cmd.ChannelID); err != nil {
			return a.reminderErrText(ctx, "订阅", err)
		}
		a.log.Info("route added", "unit", unit.String(), "channel", cmd.ChannelID, "by", cmd.UserID)
		a.homeUnits(ctx, cmd.UserID, unit, true)
		return fmt.Sprintf("好的,%s 的提醒今后发到%s。它的任务也会显示在你的 dutybot 主页(App Home)上。", mrkdwn(unit.String()), where)
	}
	if err := a.opt.Reminders.Unsubscribe(ctx, unit, cmd.ChannelID); err != nil {
		return a.reminderErrText(ctx, "退订", err)
	}
	a.log.Info("route removed", "unit", unit.String(), "channel", cmd.ChannelID, "by", cmd.UserID)
	a.homeUnits(ctx, cmd.UserID, unit, false)
	return fmt.Sprintf("好的,%s 的提醒不再发到%s。", mrkdwn(unit.String()), where)
}

// resolveUnit finds the one unit a typed name stands for, or says why it cannot.
func (a *App) resolveUnit(text string) (plan.UnitRef, string) {
	text = strings.TrimSpace(text)
	if a.opt.Directory == nil {
		city, name := splitWord(text)
		if name == "" {
			return plan.UnitRef{Name: city}, ""
		}
		return plan.UnitRef{City: city, Name: name}, ""
	}
	dir := a.opt.Directory()
	refs := dir.Resolve(text, "")
	switch len(refs) {
	case 1:
		return refs[0], ""
	case 0:
		s := fmt.Sprintf("方案里没有找到单位「%s」。", escape(clip(text, 100)))
		if sug := dir.Suggest(text, "", 5); len(sug) > 0 {
			s += "最接近的有:" + escape(strings.Join(sug, "、")) + "。"
		}
		return plan.UnitRef{}, s
	}
	names := make([]string, len(refs))
	for i, r := range refs {
		names[i] = r.String()
	}
	return plan.UnitRef{}, escape(fmt.Sprintf("「%s」在几个地方都有:%s。请加上城市,例如「%s」。", clip(text, 100), strings.Join(names, "、"), refs[0].String()))
}

func (a *App) remindersOn() bool { return a.opt.Reminders != nil }

func (a *App) remindersOffText() string {
	return "提醒功能没有开启(dutybot 没有连上提醒存储)。提问照常可用。"
}

// reminderErrText tells the user, in one sentence, why a reminder action failed; the log keeps the
// detail.
func (a *App) reminderErrText(ctx context.Context, what string, err error) string {
	a.log.Error(what+" failed", "err", err)
	if errors.Is(err, reminders.ErrUnavailable) || a.redisDown(ctx) {
		return what + "没有成功:提醒存储(Redis)暂时连不上。提问照常可用;提醒相关的操作请稍后再试。"
	}
	return what + "没有成功(内部错误,已记录)。请稍后再试。"
}

// redisDown reports whether Redis fails a ping.
func (a *App) redisDown(ctx context.Context) bool {
	if a.opt.Redis == nil {
		return false
	}
	if !a.useRedis() {
		return true
	}
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	if err := a.opt.Redis.Ping(ctx).Err(); err != nil {
		a.redisFailed("ping", err)
		return true
	}
	return false
}
