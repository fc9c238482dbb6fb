package slackapp

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// The slash commands that answer: ask (a question in words) and tasks, due and summary, which are
// queries (bot.Query) run by the same executor as questions, never a question made up of words.

// request is what a slash command asks the Answerer: a question in words, or a query.
type request struct {
	question string     // the words, when query is nil
	query    *bot.Query // the query of a structured command
	command  string     // the slash command's text, as the share button carries it
}

// share is the share button's value: the command, so that sharing answers it again.
func (r request) share() string {
	if r.command != "" {
		return r.command
	}
	return r.question
}

// shown is how a shared answer names what was asked.
func (r request) shown() string {
	if r.query != nil || r.question == "" {
		return r.command
	}
	return r.question
}

// answer gets the answer to req, as of the App's clock.
//
// A slash command's answer (and its shared copy) lists every line: an ephemeral message takes no
// reply, so there is no "更多" to ask; a long one goes whole by DM (answerEphemeral).
func (a *App) answer(ctx context.Context, req request) (bot.Answer, error) {
	if req.query != nil {
		return a.opt.Answerer.AnswerQuery(ctx, *req.query, a.opt.Now())
	}
	return a.ask(ctx, bot.Question{Text: req.question, Now: a.opt.Now(), All: true}, "", "")
}

// askCommand: /dutybot ask QUESTION.
func askCommand(_ *App, rest string) (request, string) {
	if rest == "" {
		return request{}, "请在 ask 后面写上问题,例如 `/dutybot ask 市商务局负责哪些任务?`"
	}
	return request{question: rest}, ""
}

// tasksCommand: /dutybot tasks UNIT, every task of the unit.
func tasksCommand(a *App, rest string) (request, string) {
	if rest == "" {
		return request{}, "请写上单位,例如 `/dutybot tasks 衢州 市商务局`"
	}
	u, cities := a.unitFilter(rest)
	return request{query: &bot.Query{Units: []bot.UnitFilter{u}, Cities: cities, Shape: bot.ShapeList}}, ""
}

// A window is written as people count it: days (30天, 30d), weeks (2周, 2w, as due --within takes)
// or months (2个月), or a number alone, which is days (/dutybot due 60). A bare number must stand
// as a word of its own, so no unit's text is read as one.
var (
	daysRE   = regexp.MustCompile(`(?i)(\d+)\s*(days?|d|天|日|weeks?|w|周|星期|个月|months?)`)
	bareDays = regexp.MustCompile(`(?:^|\s)(\d+)(?:\s|$)`)
)

// windowDays is the days a window's number and unit (daysRE) make.
func windowDays(n int, unit string) int {
	switch strings.ToLower(unit) {
	case "week", "weeks", "w", "周", "星期":
		return n * 7
	case "个月", "month", "months":
		return n * 30
	}
	return n
}

// tooManyDays refuses a window past reminders.MaxDays: its end would overflow the calendar.
func tooManyDays() string {
	return fmt.Sprintf("天数太大了:最多 %d 天,例如 `/dutybot due 90天`。", reminders.MaxDays)
}

// dueCommand: /dutybot due [N天|N周|N个月|N] [UNIT|CITY] — deadlines and recurring duties in the next N days (30
// by default) — or /dutybot due 逾期 [UNIT|CITY], what is overdue.
func dueCommand(a *App, rest string) (request, string) {
	days := 30
	if m := daysRE.FindStringSubmatchIndex(rest); m != nil {
		n, err := strconv.Atoi(rest[m[2]:m[3]])
		if days = windowDays(n, rest[m[4]:m[5]]); err != nil || n > reminders.MaxDays || days > reminders.MaxDays {
			return request{}, tooManyDays()
		}
		rest = rest[:m[0]] + " " + rest[m[1]:]
	} else if m := bareDays.FindStringSubmatchIndex(rest); m != nil {
		var err error
		if days, err = strconv.Atoi(rest[m[2]:m[3]]); err != nil || days > reminders.MaxDays {
			return request{}, tooManyDays()
		}
		rest = rest[:m[0]] + " " + rest[m[1]:]
	}
	overdue, unit := overdueWords(rest)
	q := &bot.Query{Shape: bot.ShapeList, Status: bot.StatusDue}
	if overdue {
		q.Status = bot.StatusOverdue
	} else {
		today := plan.DayOf(a.opt.Now())
		q.From, q.To = today.String(), today.AddDays(days).String()
	}
	a.scope(q, unit)
	return request{query: q}, ""
}

// scope narrows q to the city or the unit a command names ("" : every plan): /dutybot due 逾期 菏泽,
// /dutybot summary 逾期 金华, /dutybot due 逾期 衢州 市商务局.
func (a *App) scope(q *bot.Query, text string) {
	switch {
	case text == "":
	case a.opt.Directory != nil && a.opt.Directory().ResolveCity(text) != "":
		q.Cities = []string{a.opt.Directory().ResolveCity(text)}
	default:
		u, cities := a.unitFilter(text)
		q.Units, q.Cities = []bot.UnitFilter{u}, cities
	}
}

// overdueWords splits a command's words into whether one of them asks for what is overdue
// (逾期, overdue) and the others, joined: "逾期 金华", "金华 逾期" and "overdue 金华" are 金华's overdue.
func overdueWords(text string) (overdue bool, rest string) {
	for _, w := range strings.Fields(text) {
		if isOverdueWord(w) {
			overdue = true
			continue
		}
		rest = strings.TrimSpace(rest + " " + w)
	}
	return overdue, rest
}

// summaryCommand: /dutybot summary CITY|UNIT|overdue [CITY|UNIT], the leaders' overview.
func summaryCommand(a *App, rest string) (request, string) {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return request{}, "请写上城市、单位或 overdue,例如 `/dutybot summary 湖州`、`/dutybot summary 市商务局`、`/dutybot summary overdue`"
	}
	if overdue, scope := overdueWords(rest); overdue {
		// The leaders' overdue summary, of every plan or of the city or unit named with it.
		q := &bot.Query{Shape: bot.ShapeList, Status: bot.StatusOverdue}
		a.scope(q, scope)
		return request{query: q}, ""
	}
	if a.opt.Directory == nil {
		return request{question: "总结一下" + rest}, ""
	}
	if city := a.opt.Directory().ResolveCity(rest); city != "" {
		return request{query: &bot.Query{Shape: bot.ShapeSummary, Cities: []string{city}}}, ""
	}
	u, cities := a.unitFilter(rest)
	return request{query: &bot.Query{Shape: bot.ShapeSummary, Units: []bot.UnitFilter{u}, Cities: cities}}, ""
}

func isOverdueWord(w string) bool {
	switch strings.ToLower(w) {
	case "overdue", "逾期", "已逾期":
		return true
	}
	return false
}

// unitFilter is the unit a command names. One unit of the plans ("衢州 市商务局") is given with its
// city; a name several cities' units share ("商务局"), or one the plans do not know, is left as
// typed for the executor, which answers for each, or says it is not found with the nearest names.
func (a *App) unitFilter(text string) (bot.UnitFilter, []string) {
	if a.opt.Directory != nil {
		if refs := a.opt.Directory().Resolve(text, ""); len(refs) == 1 {
			return bot.UnitFilter{Name: refs[0].Name, City: refs[0].City, Role: bot.RoleAny}, []string{refs[0].City}
		}
	}
	return bot.UnitFilter{Name: text, Role: bot.RoleAny}, nil
}

// answerEphemeral answers a slash command's question to the asker alone, with a button to share.
func (a *App) answerEphemeral(ctx context.Context, cmd slack.SlashCommand, req request) {
	start := time.Now()
	ans, err := a.answer(ctx, req)
	if err != nil {
		a.log.Error("answer failed", "command", req.command, "err", err)
		a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: failedText})
		return
	}
	msgs := answerMessages(ans, shareButton(req.share()))
	if len(msgs) > maxResponsePosts {
		// A response_url takes five posts at most: show the first part here and send the whole
		// answer by DM, so nothing is cut.
		first := answerMessages(ans)[0]
		note := slack.NewContextBlock("", mrkdwnText(fmt.Sprintf("答案较长(共 %d 条消息),完整内容已私信发给你。", len(msgs))))
		blocks := slack.Blocks{BlockSet: append(append(first.Blocks, note), shareButton(req.share()))}
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
func (a *App) share(ctx context.Context, cb slack.InteractionCallback, value string) {
	req := a.askRequest(value)
	ans, err := a.answer(ctx, req)
	if err != nil {
		a.log.Error("answer failed", "command", value, "err", err)
		a.tell(ctx, cb, failedText)
		return
	}
	intro := fmt.Sprintf("<@%s> 分享了「%s」的回答:", cb.User.ID, escape(clip(req.shown(), 200)))
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

// more answers a press of 显示更多: the page the button names of the list the conversation is
// about, posted in its thread with the button again while pages remain, as the reply "更多" would.
// It reads and changes nothing but the conversation of the channel the press came from (Slack
// signs which channel that is; the button's value cannot name another), so, like a question, it
// needs no authorization. The pressed button goes, so that one press posts one page.
func (a *App) more(ctx context.Context, cb slack.InteractionCallback, value string) {
	var ref moreRef
	if err := json.Unmarshal([]byte(value), &ref); err != nil || ref.Key == "" || ref.Page < 1 {
		a.log.Error("more button with a bad value", "value", value, "err", err)
		a.tell(ctx, cb, "抱歉,这个按钮的数据读不懂(已记录)。")
		return
	}
	channel := cb.Channel.ID
	prev, ok := a.conversationContext(ctx, channel, ref.Key)
	if !ok || prev.Pages <= ref.Page || queryMark(prev) != ref.Query {
		a.tell(ctx, cb, "这个列表已不是本对话最近的回答(或已过期),请重新提问,或在对话里回复“更多”。")
		return
	}
	if ts := messageTS(cb); ts != "" && len(cb.Message.Blocks.BlockSet) > 0 {
		if err := a.update(ctx, channel, ts, message{Text: cb.Message.Text, Blocks: withoutMore(cb.Message.Blocks.BlockSet)}); err != nil {
			a.log.Warn("more button not removed", "err", err)
		}
	}
	prev.Page = ref.Page - 1
	a.answerWith(ctx, conversation{channel: channel, thread: ref.Thread, key: ref.Key, user: cb.User.ID, via: "button"}, prev.MoreWord(), prev)
}
