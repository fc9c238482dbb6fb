package slackapp

import (
	"bytes"
	"context"
	"fmt"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/supervision"
)

// boardCommand: /dutybot board gives an admin or a leader a signed link to the read-only board
// page, valid for a while (DUTYBOT_BOARD_TTL). The reply is ephemeral: the link is the key.
func (a *App) boardCommand(ctx context.Context, cmd slack.SlashCommand, _ string) string {
	if a.opt.BoardLink == nil {
		return "亮灯板没有开启:请管理员设置 DUTYBOT_BOARD_SECRET(或 SLACK_SIGNING_SECRET)后重启 serve。"
	}
	if d := a.authorize(ctx, Request{User: cmd.UserID, Action: ActViewLedger}); !d.Allowed {
		return d.Why
	}
	link, until, err := a.opt.BoardLink()
	if err != nil {
		a.log.Error("board link not made", "err", err)
		return "现在无法生成亮灯板链接,请稍后再试。"
	}
	a.log.Info("board link given", "user", cmd.UserID, "until", until)
	return fmt.Sprintf("督办亮灯板(只读,每分钟自动刷新):<%s|打开亮灯板>\n链接有效至 %s,请勿转发:持有链接的人都能看到台账。",
		link, until.In(plan.Zone()).Format("2006-01-02 15:04"))
}

// reportCommand: /dutybot report uploads the 督办台账 as an .xlsx to an admin or a leader (reportTo).
func (a *App) reportCommand(ctx context.Context, cmd slack.SlashCommand, _ string) string {
	return a.reportTo(ctx, cmd.UserID, cmd.ChannelID)
}

// reportTo uploads the 督办台账 for user, who asked in channel (a command, or the digest's button):
// into the leaders' channel when asked there, else into the user's DM. It returns the reply.
func (a *App) reportTo(ctx context.Context, user, channel string) string {
	if !a.remindersOn() {
		return a.remindersOffText()
	}
	if d := a.authorize(ctx, Request{User: user, Action: ActViewLedger}); !d.Allowed {
		return d.Why
	}
	if channel == "" || channel != a.opt.LeadersChannel {
		ch, _, _, err := a.api.OpenConversationContext(ctx, &slack.OpenConversationParameters{Users: []string{user}, ReturnIM: true})
		if err != nil {
			a.log.Error("report: open DM", "user", user, "err", err)
			return "无法私信你督办台账,请稍后再试。"
		}
		channel = ch.ID
	}
	name, err := a.uploadReport(ctx, channel)
	if err != nil {
		return a.reminderErrText(ctx, "发送督办台账", err)
	}
	return "已发送督办台账 " + name + "。"
}

// SendReport uploads the 督办台账 to the leaders' channel: the monthly report (DUTYBOT_REPORT_AT).
func (a *App) SendReport(ctx context.Context) error {
	if a.opt.LeadersChannel == "" || !a.remindersOn() {
		return fmt.Errorf("send the report: no leaders' channel (DUTYBOT_LEADERS_CHANNEL) or no reminder store")
	}
	_, err := a.uploadReport(ctx, a.opt.LeadersChannel)
	return err
}

// uploadReport writes the ledger as of now as a workbook and uploads it to channel, with its counts
// as the comment. It returns the file's name.
func (a *App) uploadReport(ctx context.Context, channel string) (string, error) {
	now := a.opt.Now()
	rows, err := a.opt.Reminders.Ledger(ctx, plan.DayOf(now))
	if err != nil {
		return "", fmt.Errorf("read the ledger: %w", err)
	}
	var buf bytes.Buffer
	if err := supervision.Workbook(&buf, rows, supervision.Options{Now: now}); err != nil {
		return "", err
	}
	name := "督办台账-" + plan.DayOf(now).String() + ".xlsx"
	n := duties.Count(rows)
	comment := fmt.Sprintf("督办台账(截至 %s):%d 项,红灯 %d、黄灯 %d、绿灯 %d(其中已完成 %d)。",
		now.In(plan.Zone()).Format("2006-01-02 15:04"), len(rows), n.Red, n.Yellow, n.Green, n.Done)
	if _, err := a.api.UploadFileContext(ctx, slack.UploadFileParameters{Reader: &buf, FileSize: buf.Len(), Filename: name,
		Title: name, Channel: channel, InitialComment: comment}); err != nil {
		return "", fmt.Errorf("upload %s to %s: %w", name, channel, err)
	}
	a.log.Info("report uploaded", "channel", channel, "rows", len(rows))
	return name, nil
}
