package slackapp

import (
	"context"
	"fmt"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// Action is a write someone asks dutybot to make. Every write — a button, a modal, a slash command,
// a shared file — is decided by App.authorize, and only there.
type Action string

// The writes dutybot knows.
const (
	// ActChangeTask marks a unit's task done, reports progress, snoozes or asks for an extension.
	ActChangeTask Action = "change_task"
	// ActRemind sets a reminder in a channel (or the requester's own DM).
	ActRemind Action = "remind"
	// ActSubscribe routes a unit's nudges to a channel.
	ActSubscribe Action = "subscribe"
	// ActUnsubscribe stops a channel receiving a unit's nudges.
	ActUnsubscribe Action = "unsubscribe"
	// ActApprove approves (or rejects) someone else's request to subscribe a channel.
	ActApprove Action = "approve"
	// ActManagePlans adds, removes, closes or reopens plans.
	ActManagePlans Action = "manage_plans"
	// ActViewLedger reads the whole 督办台账: a board link, the report. Not a write, but every unit's
	// state at once, so it is decided here too.
	ActViewLedger Action = "view_ledger"
)

// Request is who wants to do what, for which unit, from which channel.
type Request struct {
	User    string
	Action  Action
	Unit    plan.UnitRef // zero for ActManagePlans
	Channel string       // the channel the request concerns: the route to add or remove; "" when none
}

// Decision is authorize's answer.
type Decision struct {
	// Allowed: go ahead.
	Allowed bool
	// Approval: not allowed alone, but a member of one of Approvers (channel ids) may approve it; when
	// Approvers is empty, an admin must.
	Approval  bool
	Approvers []string
	// Why tells the user, in a sentence, why not (or what happens next).
	Why string
}

// Membership answers whether a user is in a channel (conversations.members, cached).
type Membership func(ctx context.Context, channel, user string) (bool, error)

// Authorizer decides every write. It is a value so that the rules can be table-tested without Slack.
type Authorizer struct {
	Admins map[string]bool
	// Leaders is the leaders' channel: its members may view the ledger ("" for none).
	Leaders string
	// Routes lists where a unit's nudges go (its own routes and its city's); nil: reminders are off.
	Routes func(ctx context.Context, unit plan.UnitRef) ([]string, error)
	Member Membership
}

// isDM reports whether a conversation id is a direct message (D…) or a person (U…, W…): neither is
// ever a route of a unit.
func isDM(id string) bool {
	return strings.HasPrefix(id, "D") || strings.HasPrefix(id, "U") || strings.HasPrefix(id, "W")
}

// isChannel reports whether a route is a channel (public C…, private G…).
func isChannel(id string) bool { return strings.HasPrefix(id, "C") || strings.HasPrefix(id, "G") }

// Decide applies the rules:
//   - admins may do anything but make a DM a route;
//   - plans are added and removed by admins only;
//   - the whole ledger (board link, report) is viewed by admins and members of the leaders' channel;
//   - a unit's tasks are changed by a person the unit is routed to or a member of a channel the unit
//     (or its city) is routed to;
//   - a reminder is set for oneself, or in a channel one is a member of;
//   - a channel is subscribed to a unit by a member of that channel who is also a member of a channel
//     already routed to the unit; any other member of the channel may ask, and a member of a routed
//     channel (or, when the unit has none, an admin) approves;
//   - a channel is unsubscribed by a member of a channel routed to the unit;
//   - a request is approved by a member of a channel routed to the unit, or an admin;
//   - a DM is never a route.
func (z Authorizer) Decide(ctx context.Context, r Request) Decision {
	admin := z.Admins[r.User]
	if d, decided := z.withoutRoutes(ctx, r, admin); decided {
		return d
	}
	routes, err := z.Routes(ctx, r.Unit)
	if err != nil {
		if admin && r.Action != ActApprove {
			return Decision{Allowed: true}
		}
		return Decision{Why: "现在查不到 " + esc(r.Unit) + " 的频道:提醒存储(Redis)暂时连不上,请稍后再试。"}
	}
	u := z.routed(ctx, r, routes)
	if admin || u.in {
		if r.Action == ActSubscribe {
			return z.subscribe(ctx, r, admin, u)
		}
		if r.Action == ActUnsubscribe && !u.has(r.Channel) {
			return Decision{Why: fmt.Sprintf("本频道没有订阅 %s 的提醒。", esc(r.Unit))}
		}
		if r.Action != ActChangeTask && r.Action != ActUnsubscribe && r.Action != ActApprove {
			return Decision{Why: "不认识的操作。"}
		}
		return Decision{Allowed: true}
	}
	return z.refuse(ctx, r, u)
}

// withoutRoutes decides what needs no routes: a DM is never a route, plans are the admins', a
// reminder goes where its setter is, and nothing but an admin's request passes without the
// reminder store.
func (z Authorizer) withoutRoutes(ctx context.Context, r Request, admin bool) (Decision, bool) {
	switch r.Action {
	case ActSubscribe, ActUnsubscribe:
		if r.Channel == "" || isDM(r.Channel) {
			return Decision{Why: "私信不能接收单位的提醒。请在该单位的频道里输入这条命令(先 `/invite @dutybot`)。"}, true
		}
	case ActManagePlans:
		if admin {
			return Decision{Allowed: true}, true
		}
		return Decision{Why: "只有管理员(DUTYBOT_ADMINS)可以添加、删除、关闭或重新开启方案。"}, true
	case ActViewLedger:
		if admin {
			return Decision{Allowed: true}, true
		}
		if z.Leaders != "" {
			if in, err := z.member(ctx, z.Leaders, r.User); err == nil && in {
				return Decision{Allowed: true}, true
			}
		}
		return Decision{Why: "只有管理员(DUTYBOT_ADMINS)和领导频道的成员可以查看亮灯板和督办台账。"}, true
	case ActRemind:
		// A reminder goes only where it is set: to the requester, or to a channel they are in.
		if r.Channel == r.User || admin {
			return Decision{Allowed: true}, true
		}
		if in, err := z.member(ctx, r.Channel, r.User); err != nil || !in {
			return Decision{Why: "提醒只能设在你所在的频道或你自己的私信里。"}, true
		}
		return Decision{Allowed: true}, true
	}
	if z.Routes == nil {
		if admin {
			return Decision{Allowed: true}, true
		}
		return Decision{Why: "提醒功能没有开启(dutybot 没有连上提醒存储)。提问照常可用。"}, true
	}
	return Decision{}, false
}

// routing is where a unit's nudges go, as it concerns the requester.
type routing struct {
	channels []string // the channels routed to the unit (or its city)
	in       bool     // the requester is routed to, or a member of one of the channels
}

func (u routing) has(channel string) bool {
	for _, c := range u.channels {
		if c == channel {
			return true
		}
	}
	return false
}

// routed reads the unit's routes and whether the requester is among them.
func (z Authorizer) routed(ctx context.Context, r Request, routes []string) routing {
	var u routing
	for _, rt := range routes {
		switch {
		case isChannel(rt):
			u.channels = append(u.channels, rt)
		case rt == r.User:
			u.in = true
		}
	}
	for _, c := range u.channels {
		if u.in {
			break
		}
		if ok, err := z.member(ctx, c, r.User); err == nil && ok {
			u.in = true
		}
	}
	return u
}

// subscribe decides a subscription by someone allowed to change the unit: they must be in the
// channel they subscribe (an admin need not be).
func (z Authorizer) subscribe(ctx context.Context, r Request, admin bool, u routing) Decision {
	in, err := z.member(ctx, r.Channel, r.User)
	switch {
	case err != nil:
		return Decision{Why: "dutybot 读不到本频道的成员(它可能不在本频道)。请先输入 `/invite @dutybot`,再订阅。"}
	case !in && !admin:
		return Decision{Why: "只有本频道的成员可以为本频道订阅单位。"}
	}
	return Decision{Allowed: true}
}

// refuse says why someone neither an admin nor in the unit's channels may not, or whom a
// subscription request goes to.
func (z Authorizer) refuse(ctx context.Context, r Request, u routing) Decision {
	switch r.Action {
	case ActChangeTask:
		if len(u.channels) == 0 {
			return Decision{Why: fmt.Sprintf("%s 还没有对应的频道,所以目前只有管理员能更改它的任务。请在该单位的频道里输入 `/dutybot subscribe %s`。", esc(r.Unit), esc(r.Unit))}
		}
		return Decision{Why: fmt.Sprintf("只有 %s 的成员或管理员可以更改 %s 的任务;你不在其中。如需操作,请联系该频道或管理员。", channelLinks(u.channels), esc(r.Unit))}
	case ActSubscribe:
		if d := z.subscribe(ctx, r, false, u); !d.Allowed {
			return d
		}
		if len(u.channels) == 0 {
			return Decision{Approval: true, Why: fmt.Sprintf("%s 还没有对应的频道,首个频道需要管理员批准。已把申请发给管理员,批准后本频道开始接收提醒。", esc(r.Unit))}
		}
		return Decision{Approval: true, Approvers: u.channels, Why: fmt.Sprintf("已请 %s 的成员批准:批准后本频道开始接收 %s 的提醒。", channelLinks(u.channels), esc(r.Unit))}
	case ActUnsubscribe:
		if !u.has(r.Channel) {
			return Decision{Why: fmt.Sprintf("本频道没有订阅 %s 的提醒。", esc(r.Unit))}
		}
		return Decision{Why: fmt.Sprintf("只有 %s 的成员或管理员可以退订 %s。", channelLinks(u.channels), esc(r.Unit))}
	case ActApprove:
		if len(u.channels) == 0 {
			return Decision{Why: "只有管理员可以批准这个申请。"}
		}
		return Decision{Why: fmt.Sprintf("只有 %s 的成员或管理员可以批准这个申请。", channelLinks(u.channels))}
	}
	return Decision{Why: "不认识的操作。"}
}

func (z Authorizer) member(ctx context.Context, channel, user string) (bool, error) {
	if z.Member == nil {
		return false, fmt.Errorf("membership of %s unknown", channel)
	}
	return z.Member(ctx, channel, user)
}

func channelLinks(channels []string) string {
	links := make([]string, len(channels))
	for i, c := range channels {
		links[i] = "<#" + c + ">"
	}
	return strings.Join(links, "、")
}

// authorize is the App's one door for writes: the Authorizer over this App's admins, the reminder
// store's routes and Slack's membership lists.
func (a *App) authorize(ctx context.Context, r Request) Decision {
	z := Authorizer{Admins: a.admins, Leaders: a.opt.LeadersChannel, Member: a.isMember}
	if a.remindersOn() {
		z.Routes = a.routes
	}
	d := z.Decide(ctx, r)
	if !d.Allowed {
		a.opt.Metrics.Events.WithLabelValues("authorize:"+string(r.Action), "refused").Inc()
		a.log.Info("write refused", "user", r.User, "action", r.Action, "unit", esc(r.Unit), "channel", r.Channel, "approval", d.Approval)
	}
	return d
}

// routes lists where a unit's nudges go: its own routes, and its city's.
func (a *App) routes(ctx context.Context, u plan.UnitRef) ([]string, error) {
	own, err := a.opt.Reminders.UnitRoutes(ctx, u)
	if err != nil {
		return nil, err
	}
	city, err := a.opt.Reminders.UnitRoutes(ctx, plan.UnitRef{City: u.City})
	if err != nil {
		return nil, err
	}
	return append(own, city...), nil
}

// esc is a unit's name as it may appear in Slack text: a plan may name a unit anything.
func esc(u plan.UnitRef) string { return escape(u.String()) }
