package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// The terminal speaks one language, Chinese unless DUTYBOT_LANG=en, with the words the Slack
// messages use: 红灯/黄灯/绿灯, 已逾期, 待办, 逾期清单. Every sentence a reminder, plan or due command
// prints is a line of this table.

type phrase struct{ zh, en string }

var phrases = map[string]phrase{
	// remind: changes to a unit's task
	"done":         {"已标记完成：%s（%s），不再提醒。", "Marked %s done for %s: no more nudges."},
	"progress":     {"已记录进展：%s（%s）。", "Progress kept for %s, %s."},
	"extend":       {"已申请延期到 %s：%s（%s）。", "Extension to %s asked for %s, %s."},
	"snooze":       {"已推迟提醒到 %[3]s：%[1]s（%[2]s）。逾期后的红色预警不推迟（照常抄送领导）。", "Snoozed %s for %s until %s. Red notices after the deadline are not delayed (the leaders still get them)."},
	"done-already": {"%s（%s）已于 %s 由 %s 标记完成，记录不变。", "%s for %s was marked done on %s by %s; the mark stands."},
	"status":       {"%s %s：%s（%s），已发提醒 %d 条", "%s %s: %s (%s), %d nudges sent"},
	// remind: reminders, routes, schedules
	"added":          {"%s\t首次 %s\t%s", "%s\tfirst %s\t%s"},
	"no-reminders":   {"没有提醒。", "No reminders."},
	"cancelled":      {"已取消 %s。", "Cancelled %s."},
	"subscribed":     {"%s 的提醒今后发到 %s。", "Nudges for %s go to %s."},
	"unsubscribed":   {"%[2]s 的提醒不再发到 %[1]s。", "Removed %s from %s."},
	"all-routes":     {"所有频道", "(all)"},
	"held-count":     {"待配置接收渠道的提醒\t%d", "held (no route)\t%d"},
	"leaders":        {"领导频道", "leaders"},
	"synced":         {"提醒计划：新增 %d，保留 %d，移除 %d。", "Schedules: %d added, %d kept, %d removed."},
	"digest-on":      {"督办周报每周%s %02d:%02d 发到领导频道。", "The digest goes to the leaders' route every %s at %02d:%02d."},
	"digest-off":     {"督办周报已停发。", "The weekly digest is off."},
	"digest-head":    {"红灯 %d  黄灯 %d  绿灯 %d  待配置接收渠道的提醒 %d 条", "red %d  yellow %d  green %d  held for want of a route: %d"},
	"report-written": {"已写出督办台账 %s：%d 行，红灯 %d  黄灯 %d  绿灯 %d（其中已完成 %d）。", "Wrote the ledger to %s: %d rows, red %d  yellow %d  green %d (done %d)."},
	"digest-unit":    {"%s\t红灯 %d\t黄灯 %d\t绿灯 %d\t已完成 %d\t更新 %d", "%s\tred %d\tyellow %d\tgreen %d\tdone %d\tchanges %d"},
	// the 亮灯 colours and states
	"red":            {"红灯", "red"},
	"yellow":         {"黄灯", "yellow"},
	"green":          {"绿灯", "green"},
	"why-done":       {"已完成 %s", "done %s"},
	"why-none":       {"没有期限", "no deadline"},
	"why-overdue":    {"已逾期（%s 到期）", "overdue since %s"},
	"why-soon":       {"%s 到期", "due %s"},
	"why-on-track":   {"进度正常，%s 到期", "on track, due %s"},
	"state-active":   {"待发", "active"},
	"state-finished": {"已结束", "finished"},
	"state-done":     {"已完成", "done"},
	"held":           {"暂存：%s", "held: %s"},
	"kind-deadline":  {"期限", "deadline"},
	"kind-recurring": {"周期任务", "recurring"},
	"kind-custom":    {"提醒", "custom"},
	"kind-digest":    {"督办周报", "digest"},
	"ev-done":        {"完成", "done"},
	"ev-progress":    {"进展", "progress"},
	"ev-snooze":      {"推迟", "snooze"},
	"ev-extension":   {"申请延期", "extension"},
	// due
	"nothing-due":    {"自 %[2]s 起 %[1]d 天内没有到期的事项，也没有逾期的。", "Nothing overdue and nothing due within %d days of %s."},
	"overdue":        {"已逾期", "overdue"},
	"upcoming":       {"待办", "upcoming"},
	"days-late":      {"逾期 %d 天", "%d days late"},
	"today":          {"今天", "today"},
	"in-days":        {"还有 %d 天", "in %d days"},
	"no-marks":       {"（提醒库（Redis）连不上，不知完成标记：已标记完成的事项也列在上面，请向责任单位核实。）", "(The reminder store (Redis) is not reachable: done marks are unknown, so items marked done are listed too; check with the units.)"},
	"no-marks-plans": {"（提醒库（Redis）连不上，不知完成标记：已标记完成的事项也列在上面，用 ingest 添加的方案也没有读到，请向责任单位核实。）", "(The reminder store (Redis) is not reachable: done marks are unknown, so items marked done are listed too, and plans added with ingest were not read; check with the units.)"},
	"no-unit":        {"（方案未写单位）", "(no unit named)"},
	"kind-by":        {"期限", "by"},
	"kind-target":    {"目标", "target"},
	// plans
	"plans-none":         {"还没有存储方案：在用 dutybot ingest FILE 添加之前，命令读内置的 %d 个方案。", "No plans stored: commands read the %d embedded plans until one is added with 'dutybot ingest FILE'."},
	"plans-head":         {"ID\t城市\t文号\t任务\t状态\t添加时间\t标题", "ID\tCITY\tNUMBER\tTASKS\tSTATE\tADDED\tTITLE"},
	"plan-open":          {"进行中（至 %s）", "open (until %s)"},
	"plan-open-none":     {"进行中", "open"},
	"plan-ended":         {"已结束（%s）", "ended (%s)"},
	"plan-closed":        {"已关闭", "closed"},
	"plan-reopened":      {"已重开", "reopened"},
	"plan-closed-now":    {"已关闭《%s》（%s）：不再提醒，仍可查询。", "Closed %s (%s): no more nudges; it is still answered."},
	"plan-opened-now":    {"已开启《%s》（%s）：%s。逾期的任务会在下一个工作日上午各发一份逾期清单。", "Opened %s (%s): %s. Its overdue tasks go once, as each unit's overdue list, on the next working morning."},
	"plan-already":       {"《%s》已经是%s。", "%s is %s already."},
	"show-head":          {"任务\t牵头\t期限\t标题", "TASK\tLEAD\tDEADLINES\tTITLE"},
	"removed":            {"已删除 %s %s %s", "removed %s %s %s"},
	"reparsed":           {"%s %s：%d 项任务", "%s %s: %d tasks"},
	"chat-line-too-long": {"（这一行超过 %d MB，没有读。请把问题写短一些。）", "(That line is over %d MB and was not read. Please ask a shorter question.)"},
	"original-tty":       {"plans original 不往终端写原文件（其中可能有控制字符或二进制内容）：请用 --out 文件，或重定向到文件或管道。", "plans original does not write the file to a terminal (it may hold control sequences or binary): use --out FILE or redirect."},
	"wrote":              {"已写入 %s（%s，%d 字节）", "wrote %s (%s, %d bytes)"},
	// refusals
	"refuse-no-task":      {"请写上任务编号，例如 c21914d7:2.1.2（dutybot tasks 列出编号）。", "Which task? Give its id, such as c21914d7:2.1.2 (dutybot tasks lists them)."},
	"refuse-no-unit":      {"请用 --unit 写上单位（--city 写城市）。", "Say which unit with --unit (and --city)."},
	"refuse-no-plans":     {"还没有读到方案，无法核对任务。", "No plans are loaded to check the task against."},
	"refuse-plan":         {"没有方案是「%s」：请写方案 ID 或文号（dutybot plans list 列出）。", "No plan is %q: give its id or document number (dutybot plans list)."},
	"refuse-task":         {"方案里没有任务「%s」：dutybot tasks --unit 单位 列出它的任务编号。", "No task %q in the plans: dutybot tasks --unit UNIT lists its task ids."},
	"refuse-ambiguous":    {"「%s」可能是以下任务，请写完整编号，或用 --plan 指定方案：", "%q could be any of these tasks: give the full id, or the plan with --plan:"},
	"refuse-not-on":       {"%s 没有列在以下任务上：", "%s is not named on:"},
	"refuse-nudge":        {"这条提醒不是 %s 的（或不是这项任务的），不能替它操作。", "That nudge is not %s's (or not this task's): it cannot be changed for it."},
	"extend-day":          {"延期只能申请到今天以后的日期（--to YYYY-MM-DD）。", "An extension is to a day after today (--to YYYY-MM-DD)."},
	"text-too-long":       {"提醒内容最多 %d 个字：请写短一些。", "A reminder's text is at most %d characters: make it shorter."},
	"extend-reason":       {"请写上延期理由。", "Say why the extension is needed."},
	"candidate":           {"  %s  %s · 《%s》 · 单位：%s", "  %s  %s · %s · units: %s"},
	"refuse-route":        {"「%s」不是频道 ID：请写频道 ID，如 C0123ABCD（频道详情「关于」页底部），或成员 ID（U…）。", "%q is not a channel id: give the id, such as C0123ABCD (channel details → bottom of the About tab), or a member id (U…)."},
	"refuse-unknown-unit": {"方案里没有单位「%s」%s。", "No unit in the plans matches %q%s."},
	"did-you-mean":        {"；最接近的有：%s", "; did you mean %s?"},
	"unit-could-be":       {"「%s」在几个地方都有：%s。请用 --city 写上城市。", "%q could be %s: add --city."},
	"no-redis":            {"提醒存储（Redis）连不上：请启动 Redis 或设置 REDIS_URL。", "The reminder store (Redis) is not reachable: start Redis or set REDIS_URL."},
	"no-plan-store":       {"方案存储（Redis）连不上：请启动 Redis 或设置 REDIS_URL。", "The plan store (Redis) is not reachable: start Redis or set REDIS_URL."},
}

// say is phrase key in the terminal's language, filled with args.
func (t *term) say(key string, args ...any) string {
	p, ok := phrases[key]
	if !ok {
		panic("say: no phrase " + key)
	}
	f := p.zh
	if t.Lang == "en" {
		f = p.en
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// word is a one-word phrase, or w itself when the table has none.
func (t *term) word(w string) string {
	if _, ok := phrases[w]; ok {
		return t.say(w)
	}
	return w
}

// reason says why a task has its colour, from its status.
func (t *term) reason(st reminders.TaskStatus) string {
	switch {
	case !st.DoneAt.IsZero():
		return t.say("why-done", plan.DayOf(st.DoneAt))
	case st.Deadline.IsZero():
		return t.say("why-none")
	case st.Colour == duties.Red:
		return t.say("why-overdue", st.Deadline)
	case st.Colour == duties.Yellow:
		return t.say("why-soon", st.Deadline)
	}
	return t.say("why-on-track", st.Deadline)
}

// doneAlready says that a share was marked done before, by whom and when.
func (t *term) doneAlready(e *reminders.DoneError) string {
	return t.say("done-already", e.Task, e.Unit, stamp(e.At), e.By)
}

// state is a series' state (active, done, finished) in a word: not the key of a sentence that
// happens to share its name ("done" is what remind done says).
func (t *term) state(s string) string {
	if key := "state-" + s; phrases[key] != (phrase{}) {
		return t.say(key)
	}
	return s
}

// rule says a recurring duty's rule in the terminal's language: 每月10日前, every month by day 10.
func (t *term) rule(r plan.Rule) string {
	if t.Lang == "en" {
		return r.Describe()
	}
	return r.Words()
}

// planState says a plan's lifecycle.
func (t *term) planState(st reminders.PlanStatus) string {
	switch st.State {
	case reminders.PlanEnded:
		return t.say("plan-ended", st.End)
	case reminders.PlanClosed:
		return t.say("plan-closed")
	case reminders.PlanReopened:
		return t.say("plan-reopened")
	case reminders.PlanOpen:
		if !st.End.IsZero() {
			return t.say("plan-open", st.End)
		}
	}
	return t.say("plan-open-none")
}

// explain turns an error a person can act on into a sentence in the terminal's language; others
// are returned as they are.
func (t *term) explain(err error) error {
	var te *reminders.TaskError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &te):
		return &exitError{code: 1, msg: t.refusal(te)}
	case errors.As(err, new(*reminders.DoneError)):
		var de *reminders.DoneError
		errors.As(err, &de)
		return &exitError{code: 1, msg: t.doneAlready(de)}
	case errors.Is(err, reminders.ErrTextTooLong):
		return &exitError{code: 2, msg: t.say("text-too-long", reminders.MaxTextRunes)}
	case errors.Is(err, reminders.ErrExtensionDay):
		return &exitError{code: 2, msg: t.say("extend-day")}
	case errors.Is(err, reminders.ErrExtensionReason):
		return &exitError{code: 2, msg: t.say("extend-reason")}
	case errors.Is(err, reminders.ErrBadRoute):
		var re *reminders.RouteError
		if errors.As(err, &re) {
			return &exitError{code: 2, msg: t.say("refuse-route", re.Route)}
		}
	case errors.As(err, new(*unitError)):
		var ue *unitError
		errors.As(err, &ue)
		if len(ue.could) > 0 {
			return &exitError{code: 2, msg: t.say("unit-could-be", ue.name, strings.Join(ue.could, "、"))}
		}
		return &exitError{code: 2, msg: t.say("refuse-unknown-unit", ue.name, suggest(t, ue.near))}
	case errors.Is(err, app.ErrNoReminderStore):
		return &exitError{code: 1, msg: t.say("no-redis")}
	case errors.Is(err, app.ErrNoPlanStore):
		return &exitError{code: 1, msg: t.say("no-plan-store")}
	}
	return err
}

// refusal says why a change to a unit's task was refused, with the tasks it could have meant.
func (t *term) refusal(e *reminders.TaskError) string {
	var b strings.Builder
	switch e.Reason {
	case reminders.RefuseNoTask:
		return t.say("refuse-no-task")
	case reminders.RefuseNoUnit:
		return t.say("refuse-no-unit")
	case reminders.RefuseNoPlans:
		return t.say("refuse-no-plans")
	case reminders.RefuseUnknownPlan:
		return t.say("refuse-plan", e.Plan)
	case reminders.RefuseUnknownTask:
		return t.say("refuse-task", e.Task)
	case reminders.RefuseAmbiguous:
		b.WriteString(t.say("refuse-ambiguous", e.Task))
	case reminders.RefuseUnitNotOnTask:
		b.WriteString(t.say("refuse-not-on", e.Unit))
	case reminders.RefuseNotUnitsNudge:
		return t.say("refuse-nudge", e.Unit)
	}
	for i, c := range e.Candidates {
		if i == 10 {
			fmt.Fprintf(&b, "\n  … +%d", len(e.Candidates)-i)
			break
		}
		b.WriteString("\n" + t.say("candidate", c.ID, plan.Clip(c.Title, 30), plan.Clip(c.Plan, 30), strings.Join(c.Units, "、")))
	}
	return b.String()
}
