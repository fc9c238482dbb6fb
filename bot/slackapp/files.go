package slackapp

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"path"
	"strings"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
)

// Action ids of the plan preview's buttons.
const (
	actPlanAdd     = "plan_add"
	actPlanCancel  = "plan_cancel"
	maxFilesAtOnce = 5
)

// fileRef is what the preview's buttons carry, to fetch the file again on confirm.
type fileRef struct {
	URL  string `json:"u"`
	Name string `json:"n"`
	Size int    `json:"s"`
}

// planFiles are the files that may be plans: not pictures, videos or sound (by Slack's type or the
// name's extension), which a plan never comes as and people paste beside a question.
func planFiles(files []slack.File) []slack.File {
	var out []slack.File
	for _, f := range files {
		mt := strings.ToLower(f.Mimetype)
		if strings.HasPrefix(mt, "image/") || strings.HasPrefix(mt, "video/") || strings.HasPrefix(mt, "audio/") {
			continue
		}
		switch strings.TrimPrefix(strings.ToLower(path.Ext(f.Name)), ".") {
		case "png", "jpg", "jpeg", "gif", "webp", "bmp", "heic", "heif", "tif", "tiff", "svg",
			"mp4", "mov", "avi", "webm", "mp3", "m4a", "wav", "aac", "amr":
			continue
		}
		out = append(out, f)
	}
	return out
}

// onFiles reads files shared with dutybot (in a DM, or with an @mention) as plans: each is parsed
// and summarised in the thread with a button to add it. Only admins may add plans.
func (a *App) onFiles(ctx context.Context, c conversation, files []slack.File) {
	say := func(text string) {
		if _, err := a.post(ctx, c.channel, c.thread, textMessage(text)); err != nil {
			a.log.Error("reply not posted", "err", err)
		}
	}
	if a.opt.Plans == nil {
		say("添加方案的功能没有开启(需要 Redis 中的方案库)。")
		return
	}
	if d := a.authorize(ctx, Request{User: c.user, Action: ActManagePlans}); !d.Allowed {
		say(d.Why + "请把文件发给管理员。")
		return
	}
	if len(files) > maxFilesAtOnce {
		say(fmt.Sprintf("一次最多读 %d 个文件,这里先读前 %d 个。", maxFilesAtOnce, maxFilesAtOnce))
		files = files[:maxFilesAtOnce]
	}
	for _, f := range files {
		ref := fileRef{URL: f.URLPrivateDownload, Name: f.Name, Size: f.Size}
		if ref.URL == "" {
			ref.URL = f.URLPrivate
		}
		data, why := a.download(ctx, ref)
		if why != "" {
			say(why)
			continue
		}
		sum, err := a.opt.Plans.Add(ctx, ref.Name, data, true)
		if err != nil {
			say(a.planErrText(ref.Name, err))
			continue
		}
		summary := sum.String()
		value, _ := json.Marshal(ref)
		add := slack.NewButtonBlockElement(actPlanAdd, string(value), plainText("确认添加"))
		add.Style = slack.StylePrimary
		cancel := slack.NewButtonBlockElement(actPlanCancel, string(value), plainText("取消"))
		blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(fmt.Sprintf("读到 *%s*,请核对:", mrkdwn(ref.Name))), nil, nil)}
		blocks = append(blocks, codeBlocks(summary)...)
		blocks = append(blocks, slack.NewActionBlock("plan_actions", add, cancel))
		if _, err := a.post(ctx, c.channel, c.thread, message{Text: "方案预览:" + ref.Name, Blocks: blocks}); err != nil {
			a.log.Error("plan preview not posted", "err", err)
		}
	}
}

// download fetches a shared file within the size limit; why says, to the user, why not.
func (a *App) download(ctx context.Context, f fileRef) (data []byte, why string) {
	if int64(f.Size) > a.opt.MaxFileSize {
		return nil, fmt.Sprintf("%s 有 %.1f MB,超过上限 %.0f MB(DUTYBOT_MAX_FILE_SIZE)。", escape(f.Name), float64(f.Size)/(1<<20), float64(a.opt.MaxFileSize)/(1<<20))
	}
	var buf bytes.Buffer
	w := &limitWriter{w: &buf, n: a.opt.MaxFileSize}
	if err := a.api.GetFileContext(ctx, f.URL, w); err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, fmt.Sprintf("%s 超过上限 %.0f MB(DUTYBOT_MAX_FILE_SIZE)。", escape(f.Name), float64(a.opt.MaxFileSize)/(1<<20))
		}
		a.log.Error("file download failed", "file", f.Name, "err", err)
		return nil, fmt.Sprintf("没能下载 %s(dutybot 需要 files:read 权限)。请再发一次。", escape(f.Name))
	}
	return buf.Bytes(), ""
}

var errTooLarge = errors.New("file over the size limit")

type limitWriter struct {
	w io.Writer
	n int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if int64(len(p)) > l.n {
		return 0, errTooLarge
	}
	l.n -= int64(len(p))
	return l.w.Write(p)
}

// planErrText is what to tell the user about a plan that could not be read or stored: a file
// refused, a plan not found or a text that does not parse as a plan is said as it is; connection
// trouble is internal, and logged.
func (a *App) planErrText(name string, err error) string {
	var ne net.Error
	zh, told := ingest.MessageZH(err)
	switch {
	case told:
		return escape(name) + ":" + escape(zh)
	case errors.Is(err, planstore.ErrNotFound):
		return escape(name) + ":" + escape("没有找到这个方案(用 id 或文号,`dutybot plans list` 列出全部):"+err.Error())
	case errors.As(err, &ne), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled),
		errors.Is(err, redis.ErrClosed):
		a.log.Error("plan ingest failed", "file", name, "err", err)
		return fmt.Sprintf("%s 没能处理(内部错误,已记录)。", escape(name))
	}
	return escape(name) + ":" + escape("读不成方案:"+err.Error())
}

// onPlanAction adds the previewed plan, or drops the preview.
func (a *App) onPlanAction(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) {
	var ref fileRef
	if err := json.Unmarshal([]byte(act.Value), &ref); err != nil || ref.URL == "" {
		a.tell(ctx, cb, "抱歉,这个按钮的数据读不懂(已记录)。")
		return
	}
	if d := a.authorize(ctx, Request{User: cb.User.ID, Action: ActManagePlans}); !d.Allowed {
		a.tell(ctx, cb, d.Why)
		return
	}
	var line string
	var summary string
	switch act.ActionID {
	case actPlanCancel:
		line = fmt.Sprintf("<@%s> 取消了添加 %s。", cb.User.ID, mrkdwn(ref.Name))
	case actPlanAdd:
		if a.opt.Plans == nil {
			a.tell(ctx, cb, "添加方案的功能没有开启。")
			return
		}
		data, why := a.download(ctx, ref)
		if why != "" {
			a.tell(ctx, cb, why)
			return
		}
		s, err := a.opt.Plans.Add(ctx, ref.Name, data, false)
		if err != nil {
			a.tell(ctx, cb, a.planErrText(ref.Name, err))
			return
		}
		summary = s.String()
		line = fmt.Sprintf("✅ <@%s> 于 %s 添加了 %s。各副本几秒内即可回答它的问题,提醒也已按新方案排好。", cb.User.ID, a.stamp(), mrkdwn(ref.Name))
	}
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(line), nil, nil)}
	blocks = append(blocks, codeBlocks(summary)...)
	if err := a.update(ctx, cb.Channel.ID, messageTS(cb), message{Text: line, Blocks: blocks}); err != nil {
		a.log.Error("plan preview not updated", "err", err)
	}
}

// removeCommand: /dutybot remove ID|NUMBER, admins only.
func (a *App) removeCommand(ctx context.Context, cmd slack.SlashCommand, ref string) string {
	if ref == "" {
		return "请写上方案的 id 或文号,例如 `/dutybot remove 衢政办发〔2023〕21号`"
	}
	if a.opt.Plans == nil {
		return "删除方案的功能没有开启(需要 Redis 中的方案库)。"
	}
	if d := a.authorize(ctx, Request{User: cmd.UserID, Action: ActManagePlans}); !d.Allowed {
		return d.Why
	}
	e, err := a.opt.Plans.Remove(ctx, ref)
	if err != nil {
		return a.planErrText(ref, err)
	}
	a.log.Info("plan removed", "ref", ref, "by", cmd.UserID)
	number := e.Number
	if number == "" {
		number = "-"
	}
	return "已删除:" + escape(fmt.Sprintf("《%s》(%s,id %s)", e.Title, number, e.ID))
}

// codeBlocks shows preformatted text in sections of Slack's size.
func codeBlocks(s string) []slack.Block {
	var out []slack.Block
	for _, part := range splitText(escape(strings.ReplaceAll(s, "```", "'''")), maxSectionChars-10) {
		out = append(out, slack.NewSectionBlock(mrkdwnText("```"+part+"```"), nil, nil))
	}
	return out
}

func textMessage(text string) message {
	return message{Text: clip(text, maxFallback), Blocks: []slack.Block{slack.NewSectionBlock(mrkdwnText(clip(text, maxSectionChars)), nil, nil)}}
}
