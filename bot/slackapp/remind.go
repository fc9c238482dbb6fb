package slackapp

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// The slash commands that change the reminders: remind, subscribe, unsubscribe.

// whenRE finds the first date-like run of digits and dashes, and a time after it, each taken whole
// (as far as their digits, dashes and colons go): a run of another shape (2026-12-011, 20261-12-01,
// 23:59:59) is refused as unreadable (dateShape, timeShape), not read in part with the rest taken
// for the reminder's text.
var (
	whenRE    = regexp.MustCompile(`(\d+(?:-\d+){2,})(?:\s+(\d+(?::\d+)+))?`)
	dateShape = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)
	timeShape = regexp.MustCompile(`^\d{1,2}:\d{2}$`)
)

// remindCommand: /dutybot remind UNIT YYYY-MM-DD [HH:MM] TEXT, delivered in this channel.
func (a *App) remindCommand(ctx context.Context, cmd slack.SlashCommand, rest string) string {
	loc := whenRE.FindStringSubmatchIndex(rest)
	if loc == nil {
		return "用法:`/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收`(时间默认 09:00)"
	}
	unitText := strings.TrimSpace(rest[:loc[0]])
	text := strings.TrimSpace(rest[loc[1]:])
	day, err := plan.ParseDay(normaliseDate(rest[loc[2]:loc[3]]))
	if err != nil || !dateShape.MatchString(rest[loc[2]:loc[3]]) {
		return fmt.Sprintf("日期 %q 看不懂,请写成 2026-12-01。", rest[loc[2]:loc[3]])
	}
	hh, mm := 9, 0
	if loc[4] >= 0 {
		fmt.Sscanf(rest[loc[4]:loc[5]], "%d:%d", &hh, &mm)
		if hh > 23 || mm > 59 || !timeShape.MatchString(rest[loc[4]:loc[5]]) {
			return fmt.Sprintf("时间 %q 看不懂,请写成 09:00。", rest[loc[4]:loc[5]])
		}
	}
	if unitText == "" || text == "" {
		return "请写上单位和提醒内容,例如 `/dutybot remind 衢州 市商务局 2026-12-01 09:00 综合保税区验收`"
	}
	if strings.ContainsAny(text, "\n\r\t") {
		// The store refuses it too (a line break would forge rows in remind list): say why here.
		return "提醒内容请写成一行(不要换行)。"
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
	return a.unsubscribe(ctx, cmd, unit)
}

// unsubscribe removes this channel from a unit's own routes and says what that did. The channel may
// get the unit's nudges as its city's channel (the unit has no route of its own), which removing
// the unit's routes cannot change: it is told so, and what to do instead, not that it was
// unsubscribed.
func (a *App) unsubscribe(ctx context.Context, cmd slack.SlashCommand, unit plan.UnitRef) string {
	where, ch := "<#"+cmd.ChannelID+">", cmd.ChannelID
	own, err := a.opt.Reminders.UnitRoutes(ctx, unit)
	if err != nil {
		return a.reminderErrText(ctx, "退订", err)
	}
	city := own
	if unit.Name != "" {
		if city, err = a.opt.Reminders.UnitRoutes(ctx, plan.UnitRef{City: unit.City}); err != nil {
			return a.reminderErrText(ctx, "退订", err)
		}
	}
	cityName := escape(unit.City)
	// A city as a whole is routed by an admin (`dutybot remind subscribe --city`): /dutybot takes
	// units only.
	viaCity := fmt.Sprintf("%s 自己没有订阅频道,它的提醒按 %s 整体的订阅发到%s。要让它的提醒改发到它自己的频道,请在那个频道里输入 `/dutybot subscribe %s`;要本频道不再接收 %s 各单位的提醒,请联系管理员(`dutybot remind unsubscribe --city %s %s`)。",
		esc(unit), cityName, where, esc(unit), cityName, cityName, ch)
	if !slices.Contains(own, ch) {
		if slices.Contains(reminders.UnitDelivery(own, city), ch) {
			return "本频道没有单独订阅 " + esc(unit) + " 的提醒,没有可退订的。" + viaCity
		}
		return fmt.Sprintf("本频道没有单独订阅 %s 的提醒,它的提醒也不发到这里(它有自己的订阅频道),不必退订。", esc(unit))
	}
	left := slices.DeleteFunc(slices.Clone(own), func(r string) bool { return r == ch })
	if err := a.opt.Reminders.Unsubscribe(ctx, unit, ch); err != nil {
		return a.reminderErrText(ctx, "退订", err)
	}
	a.log.Info("route removed", "unit", unit.String(), "channel", ch, "by", cmd.UserID)
	a.homeUnits(ctx, cmd.UserID, unit, false)
	if unit.Name != "" && slices.Contains(reminders.UnitDelivery(left, city), ch) {
		return "已取消本频道对 " + esc(unit) + " 的单独订阅,但本频道仍会收到它的提醒:" + viaCity
	}
	return fmt.Sprintf("好的,%s 的提醒不再发到%s。", mrkdwn(unit.String()), where)
}

// taskRefusal says, in a sentence and the tasks meant, why a change to a unit's task was refused.
func taskRefusal(e *reminders.TaskError) string {
	var b strings.Builder
	switch e.Reason {
	case reminders.RefuseNoTask:
		return "请写上任务编号,例如 `/dutybot done c21914d7:2.1.2 衢州 市商务局`。"
	case reminders.RefuseNoUnit:
		return "请写上单位,例如 `/dutybot done c21914d7:2.1.2 衢州 市商务局`。"
	case reminders.RefuseNoPlans:
		return "还没有读到方案,无法核对任务,请稍后再试。"
	case reminders.RefuseUnknownPlan:
		return fmt.Sprintf("没有方案是「%s」:请写方案 id 或文号。", escape(clip(e.Plan, 100)))
	case reminders.RefuseUnknownTask:
		return fmt.Sprintf("方案里没有任务「%s」。`/dutybot tasks 单位` 可以查到任务编号。", escape(clip(e.Task, 100)))
	case reminders.RefuseAmbiguous:
		fmt.Fprintf(&b, "「%s」可能是以下任务,请写完整编号(如 `%s`):", escape(clip(e.Task, 100)), e.Candidates[0].ID)
	case reminders.RefuseUnitNotOnTask:
		fmt.Fprintf(&b, "%s 没有列在以下任务上,不能替它标记:", escape(e.Unit.String()))
	case reminders.RefuseNotUnitsNudge:
		return fmt.Sprintf("这条提醒不是 %s 的(或不是这项任务的),不能替它操作。", escape(e.Unit.String()))
	}
	for i, c := range e.Candidates {
		if i == 10 {
			fmt.Fprintf(&b, "\n• …还有 %d 项", len(e.Candidates)-i)
			break
		}
		fmt.Fprintf(&b, "\n• `%s` %s《%s》单位:%s", c.ID, escape(clip(c.Title, 40)), escape(clip(c.Plan, 40)), escape(strings.Join(c.Units, "、")))
	}
	return b.String()
}

// doneCommand: /dutybot done TASK UNIT [方案=文号], the 完成 button as a command: the task (its id,
// or its number within the plan) must name the unit, and the user must be allowed to change it.
func (a *App) doneCommand(ctx context.Context, cmd slack.SlashCommand, rest string) string {
	task, unitText := splitWord(rest)
	var planRef string
	var words []string
	for _, w := range strings.Fields(unitText) {
		if k, v, ok := strings.Cut(w, "="); ok && (k == "方案" || k == "plan") {
			planRef = v
			continue
		}
		words = append(words, w)
	}
	if task == "" || len(words) == 0 {
		return "用法:`/dutybot done 任务编号 单位`,例如 `/dutybot done c21914d7:2.1.2 衢州 市商务局`;任务号只写序号时可加 `方案=文号`。"
	}
	unit, why := a.resolveUnit(strings.Join(words, " "))
	if why != "" {
		return why
	}
	if !a.remindersOn() {
		return a.remindersOffText()
	}
	if d := a.authorize(ctx, Request{User: cmd.UserID, Action: ActChangeTask, Unit: unit}); !d.Allowed {
		return d.Why
	}
	c := reminders.Change{Task: task, Plan: planRef, Unit: unit, By: cmd.UserID}
	if err := a.opt.Reminders.MarkDone(ctx, c); err != nil {
		return a.reminderErrText(ctx, "标记完成", err)
	}
	a.log.Info("task marked done", "task", task, "unit", unit.String(), "by", cmd.UserID)
	return fmt.Sprintf("✅ 已标记完成:%s 的任务 %s,不再提醒。", mrkdwn(unit.String()), mrkdwn(task))
}

// planStateCommand: /dutybot close|open ID|文号, admins only: a closed plan is still answered but
// nudges no more; an open one nudges again.
func (a *App) planStateCommand(ctx context.Context, cmd slack.SlashCommand, ref string, open bool) string {
	verb := map[bool]string{false: "close", true: "open"}[open]
	if ref == "" {
		return fmt.Sprintf("请写上方案的 id 或文号,例如 `/dutybot %s 衢政办发〔2023〕21号`", verb)
	}
	if !a.remindersOn() {
		return a.remindersOffText()
	}
	if d := a.authorize(ctx, Request{User: cmd.UserID, Action: ActManagePlans}); !d.Allowed {
		return d.Why
	}
	doc, err := a.opt.Reminders.PlanNamed(ref)
	if err != nil {
		return fmt.Sprintf("没有找到方案「%s」:请写方案 id 或文号。", escape(clip(ref, 100)))
	}
	var st reminders.PlanStatus
	if open {
		st, err = a.opt.Reminders.OpenPlan(ctx, doc.ID, cmd.UserID)
	} else {
		st, err = a.opt.Reminders.ClosePlan(ctx, doc.ID, cmd.UserID)
	}
	title := escape(fmt.Sprintf("《%s》", doc.Title))
	switch {
	case errors.Is(err, reminders.ErrPlanState):
		return title + "已经是" + planStateWord(st) + "。"
	case err != nil:
		return a.reminderErrText(ctx, map[bool]string{false: "关闭方案", true: "开启方案"}[open], err)
	case open:
		a.log.Info("plan opened", "plan", doc.ID, "by", cmd.UserID)
		return "已开启" + title + "(" + planStateWord(st) + "):它的任务重新提醒;已过期限的任务会在下一个工作日上午各发一份逾期清单。"
	}
	a.log.Info("plan closed", "plan", doc.ID, "by", cmd.UserID)
	return "已关闭" + title + ":不再提醒,仍可查询。"
}

// planStateWord says a plan's lifecycle in a few words.
func planStateWord(st reminders.PlanStatus) string {
	switch st.State {
	case reminders.PlanEnded:
		return "已结束(" + st.End.String() + ")"
	case reminders.PlanClosed:
		return "已关闭"
	case reminders.PlanReopened:
		return "已重新开启"
	}
	return "进行中"
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
	var te *reminders.TaskError
	if errors.As(err, &te) {
		a.log.Info(what+" refused", "reason", te.Reason, "task", te.Task, "unit", te.Unit.String())
		return what + "没有成功:" + taskRefusal(te)
	}
	if errors.Is(err, reminders.ErrTextTooLong) {
		return fmt.Sprintf("%s没有成功:提醒内容最多 %d 个字,请写短一些(可以只写要点,详细材料放在频道里)。", what, reminders.MaxTextRunes)
	}
	var de *reminders.DoneError
	if errors.As(err, &de) {
		// The first mark stands: a second 完成 on an older copy of the nudge changes nothing.
		return fmt.Sprintf("%s 的任务 %s 已于 %s 由 %s 标记完成,记录不变。", mrkdwn(de.Unit.String()), mrkdwn(de.Task),
			de.At.In(plan.Zone()).Format("2006-01-02 15:04"), doneBy(de.By))
	}
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

// doneBy names who marked a share done: a Slack member as a mention, what --by said as written.
func doneBy(by string) string {
	if reminders.CheckRoute(by) == nil && strings.HasPrefix(by, "U") {
		return "<@" + by + ">"
	}
	return mrkdwn(by)
}
