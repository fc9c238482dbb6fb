package slackapp

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/plan"
)

// Action ids of an approval request's buttons.
const (
	actRouteApprove = "route_approve"
	actRouteReject  = "route_reject"
	approvalTTL     = 7 * 24 * time.Hour
)

// routeRequest is someone's request to route a unit's nudges to a channel, waiting for approval.
type routeRequest struct {
	ID      string    `json:"id"`
	City    string    `json:"city"`
	Unit    string    `json:"unit"`
	Channel string    `json:"channel"`
	User    string    `json:"user"`
	At      time.Time `json:"at"`
}

func (r routeRequest) unit() plan.UnitRef { return plan.UnitRef{City: r.City, Name: r.Unit} }

// requestApproval keeps the request in Redis and asks the approvers d names (members of the unit's
// channels; admins by DM when it has none) to approve it. It returns what to tell the requester.
func (a *App) requestApproval(ctx context.Context, r routeRequest, d Decision) string {
	if a.opt.Redis == nil {
		return "为本频道订阅需要批准,但 dutybot 没有可保存申请的存储。请联系管理员订阅。"
	}
	// One request a channel and unit: its id is theirs, and a second ask while the first waits is
	// told so, not posted again (one person could fill a unit's channel with requests otherwise).
	sum := sha256.Sum256([]byte(r.Channel + "\x00" + r.unit().String()))
	r.ID, r.At = hex.EncodeToString(sum[:8]), a.opt.Now()
	data, _ := json.Marshal(r)
	fresh, err := a.opt.Redis.SetNX(ctx, a.opt.Keys.SlackApproval(r.ID), data, approvalTTL).Result()
	if err != nil {
		return a.reminderErrText(ctx, "提交订阅申请", err)
	}
	if !fresh {
		return fmt.Sprintf("<#%s> 接收 %s 提醒的申请已在等待批准(7 天内有效),不必再次提交。", r.Channel, mrkdwn(r.unit().String()))
	}
	targets := d.Approvers
	if len(targets) == 0 {
		for u := range a.admins {
			targets = append(targets, u)
		}
	}
	text := fmt.Sprintf("<@%s> 申请让 <#%s> 接收 %s 的提醒(完成、推迟等操作也将对该频道成员开放)。%s内有效。",
		r.User, r.Channel, mrkdwn(r.unit().String()), "7 天")
	approve := slack.NewButtonBlockElement(actRouteApprove, r.ID, plainText("批准"))
	approve.Style = slack.StylePrimary
	reject := slack.NewButtonBlockElement(actRouteReject, r.ID, plainText("拒绝"))
	m := message{Text: clip(text, maxFallback), Blocks: []slack.Block{
		slack.NewSectionBlock(mrkdwnText(text), nil, nil),
		slack.NewActionBlock("route_approval", approve, reject),
	}}
	sent := 0
	for _, t := range targets {
		if _, err := a.post(ctx, t, "", m); err != nil {
			a.log.Warn("approval request not posted", "to", t, "err", err)
			continue
		}
		sent++
	}
	if sent == 0 {
		a.opt.Redis.Del(ctx, a.opt.Keys.SlackApproval(r.ID))
		return "没能把订阅申请发给可以批准的人(没有管理员,或 dutybot 不在该单位的频道里)。请联系管理员。"
	}
	a.log.Info("route approval requested", "unit", r.unit().String(), "channel", r.Channel, "by", r.User, "id", r.ID)
	return d.Why
}

// onApproval handles 批准 / 拒绝 on an approval request: the presser must be allowed to approve, and a
// request is decided once (GETDEL), however many approvers press.
func (a *App) onApproval(ctx context.Context, cb slack.InteractionCallback, act *slack.BlockAction) {
	if a.opt.Redis == nil || !a.remindersOn() {
		a.tell(ctx, cb, a.remindersOffText())
		return
	}
	key := a.opt.Keys.SlackApproval(act.Value)
	data, err := a.opt.Redis.Get(ctx, key).Bytes()
	if errors.Is(err, redis.Nil) {
		a.tell(ctx, cb, "这个申请已经处理过,或已过期。")
		return
	}
	if err != nil {
		a.tell(ctx, cb, a.reminderErrText(ctx, "读取订阅申请", err))
		return
	}
	var r routeRequest
	if err := json.Unmarshal(data, &r); err != nil {
		a.log.Error("approval request unreadable", "id", act.Value, "err", err)
		a.tell(ctx, cb, "这个申请的数据读不懂(已记录)。")
		return
	}
	if d := a.authorize(ctx, Request{User: cb.User.ID, Action: ActApprove, Unit: r.unit(), Channel: r.Channel}); !d.Allowed {
		a.tell(ctx, cb, d.Why)
		return
	}
	if n, err := a.opt.Redis.Del(ctx, key).Result(); err != nil || n == 0 {
		a.tell(ctx, cb, "这个申请已经处理过,或已过期。")
		return
	}
	var line string
	if act.ActionID == actRouteApprove {
		if err := a.opt.Reminders.Subscribe(ctx, r.unit(), r.Channel); err != nil {
			// Put the request back, so that it can be approved again.
			a.opt.Redis.Set(ctx, key, data, approvalTTL)
			a.tell(ctx, cb, a.reminderErrText(ctx, "订阅", err))
			return
		}
		a.log.Info("route added on approval", "unit", r.unit().String(), "channel", r.Channel, "by", r.User, "approved_by", cb.User.ID)
		a.homeUnits(ctx, r.User, r.unit(), true)
		line = fmt.Sprintf("✅ <@%s> 于 %s 批准:<#%s> 今后接收 %s 的提醒。", cb.User.ID, a.stamp(), r.Channel, mrkdwn(r.unit().String()))
	} else {
		line = fmt.Sprintf("❌ <@%s> 于 %s 拒绝了 <@%s> 的申请(<#%s> 接收 %s 的提醒)。", cb.User.ID, a.stamp(), r.User, r.Channel, mrkdwn(r.unit().String()))
	}
	if err := a.update(ctx, cb.Channel.ID, messageTS(cb), textMessage(line)); err != nil {
		a.log.Warn("approval message not updated", "err", err)
	}
	if _, err := a.post(ctx, r.Channel, "", textMessage(line)); err != nil {
		a.log.Warn("requester's channel not told of the decision", "channel", r.Channel, "err", err)
	}
}
