package slackapp

import (
	"context"
	"fmt"
	"strings"

	"github.com/slack-go/slack"
)

// command is one /dutybot subcommand. The table below drives the dispatch, the help text, the
// names people may type (English and 中文) and the metrics labels.
type command struct {
	name    string   // as typed, and the metrics label (command:NAME)
	aliases []string // other names people type
	help    string   // its line in /dutybot help, with an example
	// ask turns the words after the name into something to answer (a query or a question), or a
	// reply saying what is missing; the answer is shown to the asker with a share button. Nil for
	// commands that act instead.
	ask func(a *App, rest string) (request, string)
	// act does the command and returns the reply.
	act func(a *App, ctx context.Context, cmd slack.SlashCommand, rest string) string
}

// commands is the table. A text that starts with none of the names is a question. (It is filled in
// init: the help command's text is made from the table.)
var commands []command

func init() { commands = commandTable() }

func commandTable() []command {
	return []command{
		{name: "ask", aliases: []string{"问"}, ask: askCommand,
			help: "`/dutybot ask 市商务局负责哪些任务?` 提问(也可以直接写 `/dutybot 问题`、在频道里 @dutybot,或私信我)"},
		{name: "tasks", aliases: []string{"任务"}, ask: tasksCommand,
			help: "`/dutybot tasks 衢州 市商务局` 一个单位的全部任务"},
		{name: "due", aliases: []string{"到期"}, ask: dueCommand,
			help: "`/dutybot due 30天 [单位或城市]` 近期到期的任务和周期性工作;`/dutybot due 逾期` 已逾期的"},
		{name: "summary", aliases: []string{"摘要"}, ask: summaryCommand,
			help: "`/dutybot summary 湖州` · `/dutybot summary 市商务局` · `/dutybot summary 逾期 [城市或单位]` 领导摘要"},
		{name: "remind", aliases: []string{"提醒"}, act: (*App).remindCommand,
			help: "`/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收` 在本频道设一个提醒"},
		{name: "subscribe", aliases: []string{"订阅"}, act: func(a *App, ctx context.Context, cmd slack.SlashCommand, rest string) string {
			return a.subscribeCommand(ctx, cmd, rest, true)
		}, help: "`/dutybot subscribe 衢州 市商务局` 本频道接收该单位的提醒(该单位已有频道时需其成员批准,首个频道需管理员;私信不能订阅)"},
		{name: "unsubscribe", aliases: []string{"退订"}, act: func(a *App, ctx context.Context, cmd slack.SlashCommand, rest string) string {
			return a.subscribeCommand(ctx, cmd, rest, false)
		}, help: "`/dutybot unsubscribe 衢州 市商务局` 本频道不再接收该单位的提醒"},
		{name: "done", aliases: []string{"完成"}, act: (*App).doneCommand,
			help: "`/dutybot done c21914d7:2.1.2 衢州 市商务局` 标记该单位的任务完成(同提醒上的「完成」按钮;只写序号时加 `方案=文号`)"},
		{name: "close", aliases: []string{"关闭"}, act: func(a *App, ctx context.Context, cmd slack.SlashCommand, rest string) string {
			return a.planStateCommand(ctx, cmd, rest, false)
		}, help: "管理员:`/dutybot close 衢政办发〔2023〕21号` 关闭方案,不再提醒(仍可查询);`/dutybot open 文号` 重新开启"},
		{name: "open", aliases: []string{"开启"}, act: func(a *App, ctx context.Context, cmd slack.SlashCommand, rest string) string {
			return a.planStateCommand(ctx, cmd, rest, true)
		}, help: "管理员:`/dutybot open 文号` 重新开启已关闭或已结束的方案"},
		{name: "remove", aliases: []string{"删除"}, act: (*App).removeCommand,
			help: "管理员:把方案文件(.docx .pdf .html .txt .md)私信给我,或在频道里 @dutybot 并附上文件,核对后点「确认添加」;`/dutybot remove 文号` 删除"},
		{name: "board", aliases: []string{"亮灯板", "看板"}, act: (*App).boardCommand,
			help: "管理员、领导频道成员:`/dutybot board` 获取只读亮灯板的链接(会议室大屏、手机均可打开,有效期有限)"},
		{name: "report", aliases: []string{"台账"}, act: (*App).reportCommand,
			help: "管理员、领导频道成员:`/dutybot report` 生成督办台账(.xlsx,按方案分表并附汇总),在领导频道里发到频道,否则私信给你"},
		{name: "help", aliases: []string{"帮助"}, act: func(*App, context.Context, slack.SlashCommand, string) string { return helpText() },
			help: "`/dutybot help` 本说明"},
	}
}

// lookup finds the command a word names, or nil.
func lookup(word string) *command {
	word = strings.ToLower(word)
	for i, c := range commands {
		if word == c.name {
			return &commands[i]
		}
		for _, al := range c.aliases {
			if word == al {
				return &commands[i]
			}
		}
	}
	return nil
}

// helpText is /dutybot help, from the table.
func helpText() string {
	var b strings.Builder
	b.WriteString("*dutybot* 读实施方案,回答任务、责任单位和期限的问题,并在期限前提醒。\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "• %s(也可写「%s」)\n", c.help, strings.Join(c.aliases, "」「"))
	}
	b.WriteString("提醒消息上的按钮:完成 / 填报进展 / 推迟 / 申请延期;需是该单位对应频道的成员或管理员。")
	return b.String()
}

// handleCommand answers /dutybot through the command's response_url: what the table's command
// says, or, for a text that names no command, the answer to it as a question.
func (a *App) handleCommand(ctx context.Context, cmd slack.SlashCommand) {
	word, rest := splitWord(cmd.Text)
	c := lookup(word)
	if word == "" {
		c = lookup("help")
	}
	label := "other"
	if c != nil {
		label = c.name
	}
	a.opt.Metrics.Events.WithLabelValues("command:"+label, "handled").Inc()
	reply := func(text string) {
		a.respond(ctx, cmd.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, Text: text})
	}
	switch {
	case c == nil:
		// "/dutybot 市商务局负责哪些任务?" is a question too.
		a.answerEphemeral(ctx, cmd, request{question: strings.TrimSpace(cmd.Text)})
	case c.act != nil:
		reply(c.act(a, ctx, cmd, rest))
	default:
		req, why := c.ask(a, rest)
		if why != "" {
			reply(why)
			return
		}
		req.command = strings.TrimSpace(cmd.Text)
		a.answerEphemeral(ctx, cmd, req)
	}
}

// askRequest reads a share button's value — the slash command's text, or (buttons from an older
// version) a question — back into what to answer.
func (a *App) askRequest(text string) request {
	word, rest := splitWord(text)
	if c := lookup(word); c != nil && c.ask != nil {
		if req, why := c.ask(a, rest); why == "" {
			req.command = text
			return req
		}
	}
	return request{question: text, command: text}
}

func splitWord(s string) (first, rest string) {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\u3000' })
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimSpace(s[i:])
}
