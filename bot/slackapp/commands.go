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
)

const helpText = "*dutybot* 读实施方案,回答任务、责任单位和期限的问题,并在期限前提醒。\n" +
	"• `/dutybot ask 市商务局负责哪些任务?` 提问(也可以直接写 `/dutybot 问题`、在频道里 @dutybot,或私信我)\n" +
	"• `/dutybot tasks 衢州 市商务局` 一个单位的全部任务\n" +
	"• `/dutybot due 30天 [单位]` 近期到期的任务;`/dutybot due 逾期` 已逾期的\n" +
	"• `/dutybot summary 湖州` · `/dutybot summary 市商务局` · `/dutybot summary overdue` 领导摘要\n" +
	"• `/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收` 在本频道设一个提醒\n" +
	"• `/dutybot subscribe 衢州 市商务局` 本频道接收该单位的提醒(该单位已有频道时需其成员批准,首个频道需管理员;私信不能订阅);`unsubscribe` 取消\n" +
	"• 管理员:把方案文件(.docx .pdf .html .txt .md)私信给我,或在频道里 @dutybot 并附上文件,核对后点「确认添加」;`/dutybot remove 文号` 删除\n" +
	"• `/dutybot help` 本说明\n" +
	"提醒消息上的按钮:完成 / 填报进展 / 推迟 / 申请延期;需是该单位对应频道的成员或管理员。"

// handleCommand answers /dutybot through the command's response_url.
func (a *App) handleCommand(ctx context.Context, cmd slack.SlashCommand) {
	sub, rest := splitWord(cmd.Text)
	sub = strings.ToLower(sub)
	a.opt.Metrics.Events.WithLabelValues("command:"+commandLabel(sub), "handled").Inc()
	reply := func(text string) {
		a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: text})
	}
	switch sub {
	case "", "help", "帮助":
		reply(helpText)
	case "ask", "问":
		if rest == "" {
			reply("请在 ask 后面写上问题,例如 `/dutybot ask 市商务局负责哪些任务?`")
			return
		}
		a.answerEphemeral(ctx, cmd, rest)
	case "tasks", "任务":
		if rest == "" {
			reply("请写上单位,例如 `/dutybot tasks 衢州 市商务局`")
			return
		}
		a.answerEphemeral(ctx, cmd, rest+"负责哪些任务?")
	case "due", "到期":
		a.answerEphemeral(ctx, cmd, dueQuestion(rest))
	case "summary", "摘要":
		if rest == "" {
			reply("请写上城市、单位或 overdue,例如 `/dutybot summary 湖州`、`/dutybot summary 市商务局`、`/dutybot summary overdue`")
			return
		}
		a.answerEphemeral(ctx, cmd, summaryQuestion(rest))
	case "remind", "提醒":
		reply(a.remindCommand(ctx, cmd, rest))
	case "subscribe", "订阅":
		reply(a.subscribeCommand(ctx, cmd, rest, true))
	case "unsubscribe", "退订":
		reply(a.subscribeCommand(ctx, cmd, rest, false))
	case "remove", "删除":
		reply(a.removeCommand(ctx, cmd, rest))
	default:
		// "/dutybot 市商务局负责哪些任务?" is a question too.
		a.answerEphemeral(ctx, cmd, strings.TrimSpace(cmd.Text))
	}
}

func commandLabel(sub string) string {
	switch sub {
	case "", "help", "ask", "tasks", "due", "summary", "remind", "subscribe", "unsubscribe", "remove":
		return sub
	}
	return "other"
}

func splitWord(s string) (first, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u3000' })
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}

var daysRE = regexp.MustCompile(`(?i)(\d+)\s*(days?|d|天|日)`)

// dueQuestion turns "/dutybot due [N天] [unit]" into a question: the question answering owns the
// meaning of dates, so the command only phrases it.
func dueQuestion(rest string) string {
	days, unit := 30, ""
	if m := daysRE.FindStringSubmatchIndex(rest); m != nil {
		days, _ = strconv.Atoi(rest[m[2]:m[3]])
		rest = rest[:m[0]] + " " + rest[m[1]:]
	}
	for _, w := range strings.Fields(rest) {
		switch strings.ToLower(w) {
		case "overdue", "逾期", "已逾期":
			return strings.TrimSpace(unit + " 哪些任务已逾期?")
		}
		unit = strings.TrimSpace(unit + " " + w)
	}
	if unit != "" {
		return fmt.Sprintf("%s未来%d天内要完成哪些任务?", unit, days)
	}
	return fmt.Sprintf("未来%d天内要完成哪些任务?", days)
}

func summaryQuestion(rest string) string {
	switch strings.ToLower(strings.TrimSpace(rest)) {
	case "overdue", "逾期", "已逾期":
		return "哪些任务已逾期?"
	}
	return "总结一下" + strings.TrimSpace(rest)
}

// answerEphemeral answers a slash command's question to the asker alone, with a button to share.
func (a *App) answerEphemeral(ctx context.Context, cmd slack.SlashCommand, question string) {
	start := time.Now()
	ans, err := a.opt.Answerer.Answer(ctx, Question{Text: question, User: cmd.UserID, Now: a.opt.Now()})
	if err != nil {
		a.log.Error("answer failed", "question", question, "err", err)
		a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: failedText})
		return
	}
	msgs := answerMessages(ans, shareButton(question))
	if len(msgs) > maxResponsePosts {
		// A response_url takes five posts at most: show the first part here and send the whole
		// answer by DM, so nothing is cut.
		first := answerMessages(ans)[0]
		note := slack.NewContextBlock("", mrkdwnText(fmt.Sprintf("答案较长(共 %d 条消息),完整内容已私信发给你。", len(msgs))))
		blocks := slack.Blocks{BlockSet: append(append(first.Blocks, note), shareButton(question))}
		a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: first.Text, Blocks: &blocks})
		for i, m := range answerMessages(ans) {
			if _, err := a.post(ctx, cmd.UserID, "", m); err != nil {
				a.log.Error("long answer not sent by DM", "part", i+1, "err", err)
				break
			}
		}
	} else {
		for _, m := range msgs {
			blocks := slack.Blocks{BlockSet: m.Blocks}
			a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: m.Text, Blocks: &blocks})
		}
	}
	a.opt.Metrics.Questions.WithLabelValues(intentLabel(ans.Intent), "command").Inc()
	a.opt.Metrics.AnswerSeconds.WithLabelValues("command").Observe(time.Since(start).Seconds())
}

// share posts, for everyone in the channel, the answer to a question first answered ephemerally.
func (a *App) share(ctx context.Context, cb slack.InteractionCallback, question string) {
	ans, err := a.opt.Answerer.Answer(ctx, Question{Text: question, User: cb.User.ID, Now: a.opt.Now()})
	if err != nil {
		a.log.Error("answer failed", "question", question, "err", err)
		a.tell(ctx, cb, failedText)
		return
	}
	intro := fmt.Sprintf("<@%s> 分享了「%s」的回答:", cb.User.ID, escape(clip(question, 200)))
	msgs := answerMessages(ans)
	msgs[0].Blocks = append([]slack.Block{slack.NewSectionBlock(mrkdwnText(intro), nil, nil)}, msgs[0].Blocks...)
	msgs[0].Text = intro
	if len(msgs) >= maxResponsePosts {
		// Too many parts for the response_url: post them as the bot, which must be in the channel.
		for i, m := range msgs {
			if _, err := a.post(ctx, cb.Channel.ID, "", m); err != nil {
				a.log.Warn("shared answer not posted", "part", i+1, "err", err)
				a.tell(ctx, cb, "没能分享:这个答案较长,需要 dutybot 在本频道里。请先输入 `/invite @dutybot`。")
				return
			}
		}
	} else {
		for _, m := range msgs {
			blocks := slack.Blocks{BlockSet: m.Blocks}
			a.respond(ctx, cb.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeInChannel, Text: m.Text, Blocks: &blocks})
		}
	}
	a.respond(ctx, cb.ResponseURL, &slack.WebhookMessage{DeleteOriginal: true})
}

// maxResponsePosts is how many messages dutybot sends through one response_url (Slack takes five).
const maxResponsePosts = 4

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
	id, err := a.opt.Reminders.Add(ctx, Reminder{Unit: unit, Route: route, At: at, Text: text, By: cmd.UserID})
	if err != nil {
		return a.reminderErrText(ctx, "设置提醒", err)
	}
	a.log.Info("reminder added", "id", id, "unit", unit.String(), "by", cmd.UserID)
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
	if errors.Is(err, ErrUnavailable) || a.redisDown(ctx) {
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
