package slackapp

import (
	"fmt"
	"strings"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// A channel's nudges of one morning come as one message (reminders.BatchNotifier): a heading, then
// a line and the four buttons per task, an overdue list's items (逾期清单) first. Each task's
// buttons sit in their own actions block (nudge_actions#N), so a press changes that task's line
// only: its status goes below it (nudge_status#N) and, when done, its buttons go.

// batchMessage is one message of a batch and the occurrence ids it carries (its metadata).
type batchMessage struct {
	message
	occurrences []string
}

// batchMessages renders a route's nudges of one pass: as few messages as Slack's limits allow,
// normally one. Nudges of one unit's task (several deadlines of it) are one line.
func batchMessages(nudges []reminders.Nudge, today plan.Day) []batchMessage {
	items := groupByTask(nudges)
	backlog, copies, units := 0, 0, map[plan.UnitRef]bool{}
	for _, it := range items {
		if it[0].Kind == reminders.KindBacklog {
			backlog++
		}
		if it[0].Leaders {
			copies++
		}
		units[it[0].Unit] = true
	}
	head := fmt.Sprintf("📋 *今日提醒* · %d 项", len(items))
	if copies == len(items) {
		head = fmt.Sprintf("📋 *逾期任务抄送领导* · %d 项", len(items))
	}
	var intro string
	if backlog > 0 {
		head = fmt.Sprintf("📋 *逾期清单* · %d 项", backlog)
		if len(items) > backlog {
			head += fmt.Sprintf(" · 另有今日提醒 %d 项", len(items)-backlog)
		}
		intro = "以下任务在本频道开始接收提醒前已过期限,只列这一次,之后不再每周催办。已完成的请点「完成」,需要时间的请点「申请延期」。"
	}
	if len(units) == 1 && nudges[0].Unit.Name != "" {
		head += " · " + mrkdwn(nudges[0].Unit.String())
	}
	first := []slack.Block{slack.NewSectionBlock(mrkdwnText(head), nil, nil)}
	if intro != "" {
		first = append(first, slack.NewContextBlock("", mrkdwnText(intro)))
	}
	var out []batchMessage
	cur := batchMessage{message: message{Blocks: first}}
	for i, it := range items {
		item := batchItem(it, i, today)
		if len(cur.Blocks)+len(item) > maxBlocks {
			out = append(out, cur)
			cur = batchMessage{}
		}
		cur.Blocks = append(cur.Blocks, item...)
		for _, n := range it {
			cur.occurrences = append(cur.occurrences, n.OccurrenceID)
		}
	}
	out = append(out, cur)
	for i := range out {
		out[i].Text = strings.NewReplacer("*", "").Replace(head)
		if i > 0 {
			out[i].Text = fmt.Sprintf("(续 %d/%d)", i+1, len(out))
		}
	}
	return out
}

// groupByTask gathers the nudges of one unit's task, in their order; others stand alone.
func groupByTask(nudges []reminders.Nudge) [][]reminders.Nudge {
	var out [][]reminders.Nudge
	at := map[string]int{}
	for _, n := range nudges {
		key := n.TaskID + "\x00" + n.Unit.City + "\x00" + n.Unit.Name + "\x00" + n.Kind
		if i, ok := at[key]; ok && n.TaskID != "" {
			out[i] = append(out[i], n)
			continue
		}
		at[key] = len(out)
		out = append(out, []reminders.Nudge{n})
	}
	return out
}

// batchItem is one task of a batch (its nudges: one per deadline): its line, and its buttons when it
// is a unit's task.
func batchItem(ns []reminders.Nudge, i int, today plan.Day) []slack.Block {
	n := ns[0]
	// A reminder someone set is shown whole, as in a nudge of its own (nudgeMessage).
	title, shown := n.TaskTitle, 200
	if title == "" {
		title, shown = n.Text, reminders.MaxTextRunes
	}
	line := colourEmoji(n.Colour) + " "
	if n.TaskNumber != "" {
		line += "第" + mrkdwn(strings.Trim(n.TaskNumber, "()()")) + "项 "
	}
	line += "*" + mrkdwn(clip(title, shown)) + "*"
	var facts []string
	for _, x := range ns {
		switch {
		case x.Deadline.IsZero():
		case x.Deadline.Before(today):
			days := int(today.Time(12, 0).Sub(x.Deadline.Time(12, 0)).Hours() / 24)
			facts = append(facts, fmt.Sprintf("已于 %s 到期,已逾期 %d 天", x.Deadline, days))
		default:
			facts = append(facts, "截止 "+x.Deadline.String())
		}
	}
	if n.Kind == reminders.KindRecurring && n.Quote != "" {
		facts = append(facts, "周期任务:"+mrkdwn(clip(n.Quote, 100)))
	}
	if n.Unit.Name != "" {
		facts = append(facts, mrkdwn(n.Unit.String())+map[string]string{plan.RoleLead: " 牵头", plan.RoleParticipating: " 配合"}[n.Role])
	}
	if len(facts) > 0 {
		line += "\n" + strings.Join(facts, " · ")
	}
	if n.PlanTitle != "" {
		line += "\n《" + mrkdwn(clip(n.PlanTitle, 100)) + "》"
	}
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(clip(line, maxSectionChars)), nil, nil)}
	if n.Unit.Name != "" && n.TaskID != "" && !n.Leaders {
		id := fmt.Sprintf("%s#%d", blockNudgeActions, i)
		blocks = append(blocks, nudgeButtons(id, taskRef{Occurrence: n.OccurrenceID, TaskID: n.TaskID, City: n.Unit.City,
			Unit: n.Unit.Name, Title: clip(title, 200), Block: id}))
	}
	return blocks
}

// summaryMessages renders the leaders' summary of the overdue lists one pass sent, packed into as
// many messages as its units' lines need (pack): a province's rollout lists thousands of units, and
// every one reaches the leaders.
func summaryMessages(n reminders.Nudge) []message {
	head, lines, _ := strings.Cut(n.Text, "\n")
	head = strings.TrimPrefix(head, "【逾期清单汇总】")
	blocks := []slack.Block{
		slack.NewSectionBlock(mrkdwnText("📋 *逾期清单汇总*\n"+mrkdwn(clip(head, maxSectionChars-20))), nil, nil),
	}
	for _, part := range splitText(mrkdwn(lines), maxSectionChars) {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(part), nil, nil))
	}
	return pack(blocks, colourEmoji(duties.Red)+" 逾期清单汇总")
}

// statusBlockID is the id of the status line that goes with an actions block.
func statusBlockID(actions string) string {
	return strings.Replace(actions, blockNudgeActions, blockNudgeStatus, 1)
}
