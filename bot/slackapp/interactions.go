package slackapp

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// interaction reads a button press or a modal submission. It returns what to ack with (a modal's
// validation errors) and the work to do after the ack, or nil.
func (a *App) interaction(cb slack.InteractionCallback) (ack any, later func(context.Context)) {
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		if len(cb.ActionCallback.BlockActions) == 0 {
			return nil, nil
		}
		act := cb.ActionCallback.BlockActions[0]
		a.opt.Metrics.Events.WithLabelValues("action:"+actionLabel(act.ActionID), "handled").Inc()
		return nil, func(ctx context.Context) { a.onAction(ctx, cb, act) }
	case slack.InteractionTypeViewSubmission:
		sub, errs := readSubmission(cb, a.opt.Now(), a.opt.SnoozeFor)
		if len(errs) > 0 {
			return slack.NewErrorsViewSubmissionResponse(errs), nil
		}
		a.opt.Metrics.Events.WithLabelValues("view:"+sub.kind, "handled").Inc()
		return nil, func(ctx context.Context) { a.onSubmission(ctx, cb, sub) }
	}
	a.opt.Metrics.Events.WithLabelValues("interaction", "ignored").Inc()
	return nil, nil
}

func actionLabel(id string) string {
	switch id {
	case actDone, actProgress, actSnooze, actExtend, actShare, actMore, actReport, actPlanAdd, actPlanCancel, actRouteApprove, actRouteReject:
		return id
	}
	return "other"
}

func (a *App) onAction(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) {
	switch act.ActionID {
	case actShare:
		a.share(ctx, cb, act.Value)
		return
	case actMore:
		a.more(ctx, cb, act.Value)
		return
	case actReport:
		a.tell(ctx, cb, a.reportTo(ctx, cb.User.ID, cb.Channel.ID))
		return
	case actPlanAdd, actPlanCancel:
		a.onPlanAction(ctx, cb, act)
		return
	case actRouteApprove, actRouteReject:
		a.onApproval(ctx, cb, act)
		return
	}
	ref, err := decodeRef(act.Value)
	if err != nil {
		a.log.Error("button with a bad value", "action", act.ActionID, "err", err)
		a.tell(ctx, cb, "抱歉,这个按钮的数据读不懂(已记录)。")
		return
	}
	if d := a.authorize(ctx, Request{User: cb.User.ID, Action: ActChangeTask, Unit: ref.unit()}); !d.Allowed {
		a.opt.Metrics.Events.WithLabelValues("action:"+actionLabel(act.ActionID), "refused").Inc()
		a.tell(ctx, cb, d.Why)
		return
	}
	if cb.Container.Type == "view" || cb.View.Type == slack.VTHomeTab {
		ref.Home = true
	} else {
		ref.Channel, ref.TS = cb.Channel.ID, messageTS(cb)
		if ref.Block == "" {
			ref.Block = act.BlockID
		}
	}
	switch act.ActionID {
	case actDone:
		if err := a.opt.Reminders.MarkDone(ctx, ref.change(cb.User.ID)); err != nil {
			a.tell(ctx, cb, a.reminderErrText(ctx, "标记完成", err))
			return
		}
		line := fmt.Sprintf("✅ <@%s> 于 %s 标记完成", cb.User.ID, a.stamp())
		a.afterChange(ctx, ref, cb.User.ID, cb.Message.Blocks.BlockSet, line, true)
	case actProgress, actSnooze, actExtend:
		if cb.TriggerID == "" {
			a.tell(ctx, cb, "请在 Slack 客户端里点这个按钮。")
			return
		}
		view := modal(act.ActionID, ref, a.opt.Now())
		if _, err := a.api.OpenViewContext(ctx, cb.TriggerID, view); err != nil {
			a.log.Error("views.open failed", "err", err)
			a.tell(ctx, cb, "没能打开填写窗口,请再点一次。")
		}
	default:
		a.log.Warn("unknown action", "action", act.ActionID)
	}
}

func messageTS(cb slack.InteractionCallback) string {
	if cb.Container.MessageTs != "" {
		return cb.Container.MessageTs
	}
	return cb.Message.Timestamp
}

// stamp is the injected clock's reading, as people in the plans' zone read it.
func (a *App) stamp() string { return a.opt.Now().In(plan.Zone()).Format("2006-01-02 15:04") }

// afterChange shows a change on the message the button was on (or the Home tab it was on).
func (a *App) afterChange(ctx context.Context, ref taskRef, user string, blocks []slack.Block, line string, done bool) {
	if ref.Home {
		a.publishHome(ctx, user)
		return
	}
	if ref.Channel == "" || ref.TS == "" {
		return
	}
	if blocks == nil {
		var err error
		if blocks, err = a.fetchBlocks(ctx, ref.Channel, ref.TS); err != nil {
			a.log.Warn("nudge message not found to update", "err", err)
			return
		}
	}
	text := line
	if ref.Title != "" {
		text = ref.Title + " · " + line
	}
	if err := a.update(ctx, ref.Channel, ref.TS, message{Text: clip(text, maxFallback), Blocks: withStatus(blocks, line, done, ref.Block)}); err != nil {
		a.log.Error("nudge message not updated", "err", err)
	}
}

// fetchBlocks reads a message's blocks back from conversations.history.
func (a *App) fetchBlocks(ctx context.Context, channel, ts string) ([]slack.Block, error) {
	h, err := a.api.GetConversationHistoryContext(ctx, &slack.GetConversationHistoryParameters{ChannelID: channel, Latest: ts, Oldest: ts, Inclusive: true, Limit: 1})
	if err != nil {
		return nil, fmt.Errorf("conversations.history %s %s: %w", channel, ts, err)
	}
	for _, m := range h.Messages {
		if m.Timestamp == ts {
			return m.Blocks.BlockSet, nil
		}
	}
	return nil, fmt.Errorf("conversations.history %s: no message %s", channel, ts)
}

// tell sends a short note to the person who pressed a button: ephemerally where the button was, or
// by DM from the Home tab.
func (a *App) tell(ctx context.Context, cb slack.InteractionCallback, text string) {
	if cb.ResponseURL != "" {
		a.respond(ctx, cb.ResponseURL, &slack.WebhookMessage{ResponseType: slack.ResponseTypeEphemeral, ReplaceOriginal: false, Text: text})
		return
	}
	if _, err := a.post(ctx, cb.User.ID, "", message{Text: text, Blocks: []slack.Block{slack.NewSectionBlock(mrkdwnText(text), nil, nil)}}); err != nil {
		a.log.Error("could not tell the user", "user", cb.User.ID, "err", err)
	}
}

// modal builds the form behind 填报进展, 推迟 and 申请延期. The ref rides in private_metadata.
func modal(action string, ref taskRef, now time.Time) slack.ModalViewRequest {
	v := slack.ModalViewRequest{
		Type:            slack.VTModal,
		PrivateMetadata: ref.encode(),
		Submit:          plainText("提交"),
		Close:           plainText("取消"),
	}
	intro := slack.NewSectionBlock(mrkdwnText(fmt.Sprintf("*%s*\n%s", mrkdwn(ref.Title), mrkdwn(ref.unit().String()))), nil, nil)
	switch action {
	case actProgress:
		v.CallbackID, v.Title = viewProgress, plainText("填报进展")
		in := slack.NewPlainTextInputBlockElement(plainText("例如:已完成选址,正在办理用地手续"), "text")
		in.Multiline = true
		v.Blocks.BlockSet = []slack.Block{intro, slack.NewInputBlock("progress", plainText("进展"), nil, in)}
	case actSnooze:
		v.CallbackID, v.Title = viewSnooze, plainText("推迟提醒")
		sel := slack.NewOptionsSelectBlockElement(slack.OptTypeStatic, plainText("推迟多久"), "for",
			slack.NewOptionBlockObject("1d", plainText("一天"), nil),
			slack.NewOptionBlockObject("3d", plainText("三天"), nil),
			slack.NewOptionBlockObject("7d", plainText("一周"), nil))
		pick := slack.NewDatePickerBlockElement("date")
		until := slack.NewInputBlock("until", plainText("或推迟到"), nil, pick)
		until.Optional = true
		forBlock := slack.NewInputBlock("for", plainText("推迟"), nil, sel)
		forBlock.Optional = true
		v.Blocks.BlockSet = []slack.Block{intro, forBlock, until}
	case actExtend:
		v.CallbackID, v.Title = viewExtend, plainText("申请延期")
		pick := slack.NewDatePickerBlockElement("date")
		pick.InitialDate = now.In(plan.Zone()).AddDate(0, 1, 0).Format("2006-01-02")
		reason := slack.NewPlainTextInputBlockElement(plainText("为什么需要延期"), "text")
		reason.Multiline = true
		v.Blocks.BlockSet = []slack.Block{intro,
			slack.NewInputBlock("to", plainText("延期到"), nil, pick),
			slack.NewInputBlock("reason", plainText("理由"), nil, reason)}
	}
	return v
}

// submission is a modal's content, checked.
type submission struct {
	kind   string // progress, snooze, extend
	ref    taskRef
	text   string
	until  time.Time
	toDay  plan.Day
	status string // the line shown on the message
}

// readSubmission checks a modal's fields; errs maps block ids to what is wrong, for Slack to show.
// snoozeFor is when a nudge snoozed for some days comes back (nil: that day at 09:00).
func readSubmission(cb slack.InteractionCallback, now time.Time, snoozeFor func(time.Time, int) time.Time) (submission, map[string]string) {
	var s submission
	ref, err := decodeRef(cb.View.PrivateMetadata)
	if err != nil {
		return s, map[string]string{"progress": "表单数据损坏,请关闭后重试。"}
	}
	s.ref = ref
	val := func(block, action string) slack.BlockAction {
		if cb.View.State == nil {
			return slack.BlockAction{}
		}
		return cb.View.State.Values[block][action]
	}
	switch cb.View.CallbackID {
	case viewProgress:
		s.kind = "progress"
		s.text = strings.TrimSpace(val("progress", "text").Value)
		if s.text == "" {
			return s, map[string]string{"progress": "请写上进展。"}
		}
	case viewSnooze:
		s.kind = "snooze"
		today := plan.DayOf(now)
		if d := val("until", "date").SelectedDate; d != "" {
			day, err := plan.ParseDay(d)
			if err != nil || !today.Before(day) {
				return s, map[string]string{"until": "请选一个今天以后的日期。"}
			}
			s.until = day.Time(9, 0)
		} else {
			days := map[string]int{"1d": 1, "3d": 3, "7d": 7}[val("for", "for").SelectedOption.Value]
			if days == 0 {
				return s, map[string]string{"for": "请选推迟多久,或选一个日期。"}
			}
			s.until = today.AddDays(days).Time(9, 0)
			if snoozeFor != nil {
				s.until = snoozeFor(now, days)
			}
		}
	case viewExtend:
		s.kind = "extend"
		day, _ := plan.ParseDay(val("to", "date").SelectedDate)
		s.toDay = day
		s.text = strings.TrimSpace(val("reason", "text").Value)
		switch err := reminders.CheckExtension(plan.DayOf(now), day, s.text); {
		case errors.Is(err, reminders.ErrExtensionDay):
			return s, map[string]string{"to": "请选一个今天以后的日期。"}
		case err != nil:
			return s, map[string]string{"reason": "请写上延期理由。"}
		}
	default:
		return s, map[string]string{"progress": "不认识的表单。"}
	}
	return s, nil
}

func (a *App) onSubmission(ctx context.Context, cb slack.InteractionCallback, s submission) {
	user := cb.User.ID
	note := func(text string) {
		if _, err := a.post(ctx, user, "", message{Text: text, Blocks: []slack.Block{slack.NewSectionBlock(mrkdwnText(text), nil, nil)}}); err != nil {
			a.log.Error("could not tell the user", "user", user, "err", err)
		}
	}
	// Nothing a person wrote is lost when it cannot be saved: what was typed comes back with the
	// reason, to paste again later.
	withText := func(msg string) string {
		if strings.TrimSpace(s.text) == "" {
			return msg
		}
		return msg + "\n你填写的内容(未保存，可复制后重新提交):\n>" + mrkdwn(strings.ReplaceAll(clip(s.text, 2000), "\n", "\n>"))
	}
	// The permission was checked when the modal opened; check again, routes may have changed since.
	if d := a.authorize(ctx, Request{User: user, Action: ActChangeTask, Unit: s.ref.unit()}); !d.Allowed {
		note(withText(d.Why))
		return
	}
	var err error
	var line string
	switch s.kind {
	case "progress":
		err = a.opt.Reminders.ReportProgress(ctx, s.ref.change(user), s.text)
		line = fmt.Sprintf("📝 <@%s> %s 填报进展:%s", user, a.stamp(), mrkdwn(clip(s.text, 500)))
	case "snooze":
		err = a.opt.Reminders.Snooze(ctx, s.ref.change(user), s.until)
		line = fmt.Sprintf("⏸ <@%s> %s 把提醒推迟到 %s(逾期后的红色预警不推迟,照常抄送领导;要延后期限请申请延期)", user, a.stamp(), s.until.In(plan.Zone()).Format("2006-01-02 15:04"))
	case "extend":
		err = a.opt.Reminders.RequestExtension(ctx, s.ref.change(user), s.toDay, s.text)
		line = fmt.Sprintf("📨 <@%s> %s 申请延期到 %s:%s", user, a.stamp(), s.toDay, mrkdwn(clip(s.text, 500)))
	}
	if err != nil {
		note(withText(a.reminderErrText(ctx, map[string]string{"progress": "填报进展", "snooze": "推迟", "extend": "申请延期"}[s.kind], err)))
		return
	}
	a.afterChange(ctx, s.ref, user, nil, line, false)
	if s.kind == "extend" && a.opt.LeadersChannel != "" {
		text := fmt.Sprintf("📨 %s 申请把「%s」延期到 %s。理由:%s(<@%s> 提交)", esc(s.ref.unit()), mrkdwn(s.ref.Title), s.toDay, mrkdwn(s.text), user)
		if _, err := a.post(ctx, a.opt.LeadersChannel, "", message{Text: clip(text, maxFallback), Blocks: []slack.Block{slack.NewSectionBlock(mrkdwnText(clip(text, maxSectionChars)), nil, nil)}}); err != nil {
			a.log.Error("extension request not posted to leaders", "err", err)
		}
	}
}

// homeUnits adds or removes a unit on a user's App Home board.
func (a *App) homeUnits(ctx context.Context, user string, unit plan.UnitRef, add bool) {
	if a.opt.Redis == nil {
		return
	}
	k, v := a.opt.Keys.SlackHome(user), unit.City+"|"+unit.Name
	var err error
	if add {
		err = a.opt.Redis.SAdd(ctx, k, v).Err()
	} else {
		err = a.opt.Redis.SRem(ctx, k, v).Err()
	}
	if err != nil {
		a.log.Warn("home board not updated", "user", user, "err", err)
	}
}

// publishHome shows a user the board of the units they subscribed to.
func (a *App) publishHome(ctx context.Context, user string) {
	var view slack.HomeTabViewRequest
	units, err := a.userUnits(ctx, user)
	switch {
	case err != nil:
		a.log.Warn("home units unreadable", "user", user, "err", err)
		view = noticeView("亮灯板暂时无法显示:提醒存储(Redis)连不上。提问照常可用。")
	case !a.remindersOn():
		view = noticeView(a.remindersOffText())
	default:
		rows, err := a.opt.Reminders.Board(ctx, units)
		if err != nil {
			view = noticeView(a.reminderErrText(ctx, "读取亮灯板", err))
		} else {
			view = boardView(units, rows, a.opt.Now())
		}
	}
	if _, err := a.api.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: user, View: view}); err != nil {
		a.log.Error("views.publish failed", "user", user, "err", err)
	}
}

func (a *App) userUnits(ctx context.Context, user string) ([]plan.UnitRef, error) {
	if a.opt.Redis == nil {
		return nil, nil
	}
	vals, err := a.opt.Redis.SMembers(ctx, a.opt.Keys.SlackHome(user)).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return nil, err
	}
	var out []plan.UnitRef
	for _, v := range vals {
		city, name, _ := strings.Cut(v, "|")
		out = append(out, plan.UnitRef{City: city, Name: name})
	}
	sortUnits(out)
	return out, nil
}

func sortUnits(us []plan.UnitRef) {
	slices.SortFunc(us, func(x, y plan.UnitRef) int {
		if c := cmp.Compare(x.City, y.City); c != 0 {
			return c
		}
		return cmp.Compare(x.Name, y.Name)
	})
}

func noticeView(text string) slack.HomeTabViewRequest {
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: []slack.Block{
		slack.NewHeaderBlock(plainText("亮灯板")),
		slack.NewSectionBlock(mrkdwnText(text), nil, nil),
	}}}
}
