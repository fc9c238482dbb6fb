package slackapp

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// message is one Slack message to post: blocks and the notification text that goes with them.
type message struct {
	Text   string
	Blocks []slack.Block
}

// fallback is the text to send with the message. Beside blocks, Text is only the notification and
// fallback line, so it is escaped here whoever built it (a plan's file name must not ping
// <!channel>); without blocks, Text is the message itself, mrkdwn its builder has escaped.
func (m message) fallback() string {
	if len(m.Blocks) == 0 {
		return m.Text
	}
	return fallback(m.Text)
}

// Action ids of the buttons dutybot renders.
const (
	actDone     = "nudge_done"
	actProgress = "nudge_progress"
	actSnooze   = "nudge_snooze"
	actExtend   = "nudge_extend"
	actShare    = "share"
	actMore     = "answer_more"   // 显示更多: the next page of a long list, in the thread
	actReport   = "digest_report" // the 督办台账 button on the weekly digest

	blockNudgeActions = "nudge_actions"
	blockNudgeStatus  = "nudge_status"

	viewProgress = "dutybot_progress"
	viewSnooze   = "dutybot_snooze"
	viewExtend   = "dutybot_extend"
)

// colourEmoji marks a colour of the 亮灯 board.
func colourEmoji(c string) string {
	switch c {
	case duties.Green:
		return "🟢"
	case duties.Blue:
		return "🔵"
	case duties.Yellow:
		return "🟡"
	case duties.Red:
		return "🔴"
	}
	return "⚪"
}

func mrkdwnText(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

func plainText(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}

// answerMessages renders an answer as one or more messages, none over Slack's limits, nothing cut.
// extra blocks (a share button) go at the end of the last message.
func answerMessages(a bot.Answer, extra ...slack.Block) []message {
	var blocks []slack.Block
	for _, part := range splitText(mrkdwn(a.Text), maxSectionChars) {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(part), nil, nil))
	}
	if len(blocks) == 0 {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText("(没有内容)"), nil, nil))
	}
	blocks = append(blocks, citationBlocks(a.Citations)...)
	blocks = append(blocks, extra...)
	return pack(blocks, escape(clip(a.Text, maxFallback)))
}

// pack groups blocks into messages of at most maxBlocks blocks and about maxMessageChars characters.
func pack(blocks []slack.Block, fallback string) []message {
	var out []message
	var cur []slack.Block
	chars := 0
	for _, b := range blocks {
		n := blockChars(b)
		if len(cur) > 0 && (len(cur) == maxBlocks || chars+n > maxMessageChars) {
			out = append(out, message{Blocks: cur})
			cur, chars = nil, 0
		}
		cur = append(cur, b)
		chars += n
	}
	if len(cur) > 0 {
		out = append(out, message{Blocks: cur})
	}
	for i := range out {
		out[i].Text = fallback
		if i > 0 {
			out[i].Text = fmt.Sprintf("(续 %d/%d)", i+1, len(out))
		}
	}
	return out
}

func blockChars(b slack.Block) int {
	switch b := b.(type) {
	case *slack.SectionBlock:
		if b.Text != nil {
			return utf8.RuneCountInString(b.Text.Text)
		}
	case *slack.ContextBlock:
		n := 0
		for _, e := range b.ContextElements.Elements {
			if t, ok := e.(*slack.TextBlockObject); ok {
				n += utf8.RuneCountInString(t.Text)
			}
		}
		return n
	}
	return 0
}

// citationBlocks renders citations as context blocks: "📄 《plan》 section · 第N项", one per line.
func citationBlocks(cs []bot.Citation) []slack.Block {
	if len(cs) == 0 {
		return nil
	}
	var lines []string
	seen := map[string]bool{}
	for _, c := range cs {
		if l := citationLine(c); !seen[l] {
			seen[l] = true
			lines = append(lines, l)
		}
	}
	var blocks []slack.Block
	var elems []slack.MixedElement
	for _, part := range splitText(strings.Join(lines, "\n"), 1900) {
		elems = append(elems, mrkdwnText(part))
		if len(elems) == maxContextElems {
			blocks = append(blocks, slack.NewContextBlock("", elems...))
			elems = nil
		}
	}
	if len(elems) > 0 {
		blocks = append(blocks, slack.NewContextBlock("", elems...))
	}
	return blocks
}

// citationLine names the plan by its title (its id when it has none), the section and the task.
func citationLine(c bot.Citation) string {
	title := c.Title
	if title == "" {
		title = c.Doc
	}
	s := "📄 《" + mrkdwn(title) + "》"
	if c.Section != "" {
		s += " " + mrkdwn(c.Section)
	}
	if c.Task != "" {
		s += " · 第" + mrkdwn(strings.Trim(c.Task, "()()")) + "项"
	}
	return s
}

// taskRef is what a nudge's buttons carry: enough to act on the schedule without a lookup.
type taskRef struct {
	Occurrence string `json:"o,omitempty"`
	TaskID     string `json:"t,omitempty"`
	City       string `json:"c"`
	Unit       string `json:"u"`
	Title      string `json:"n,omitempty"`
	// Where the message is, for modals that must update it after submission; Block is the task's
	// actions block in a message of several tasks ("" for the only one).
	Channel string `json:"ch,omitempty"`
	TS      string `json:"ts,omitempty"`
	Block   string `json:"b,omitempty"`
	Home    bool   `json:"h,omitempty"`
}

func (r taskRef) unit() plan.UnitRef { return plan.UnitRef{City: r.City, Name: r.Unit} }

// change is what pressing a button on r does, by user.
func (r taskRef) change(user string) reminders.Change {
	return reminders.Change{Task: r.TaskID, Unit: r.unit(), By: user, Occurrence: r.Occurrence}
}

func (r taskRef) encode() string {
	b, _ := json.Marshal(r)
	if len(b) > maxButtonValue {
		r.Title = ""
		b, _ = json.Marshal(r)
	}
	return string(b)
}

func decodeRef(s string) (taskRef, error) {
	var r taskRef
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return r, fmt.Errorf("decode button value: %w", err)
	}
	if r.Unit == "" || (r.TaskID == "" && r.Occurrence == "") {
		return r, fmt.Errorf("decode button value %q: no unit or task", s)
	}
	return r, nil
}

// nudgeButtons is the actions block of a nudge or a board row.
func nudgeButtons(blockID string, ref taskRef) *slack.ActionBlock {
	v := ref.encode()
	done := slack.NewButtonBlockElement(actDone, v, plainText("完成"))
	done.Style = slack.StylePrimary
	progress := slack.NewButtonBlockElement(actProgress, v, plainText("填报进展"))
	snooze := slack.NewButtonBlockElement(actSnooze, v, plainText("推迟"))
	extend := slack.NewButtonBlockElement(actExtend, v, plainText("申请延期"))
	return slack.NewActionBlock(blockID, done, progress, snooze, extend)
}

// nudgeMessage renders a nudge: the task, its plan and section, the deadline and colour, and buttons.
func nudgeMessage(n reminders.Nudge) message {
	if n.Kind == reminders.KindBacklogSummary {
		return summaryMessages(n)[0] // its first part; Notify posts them all
	}
	var head strings.Builder
	head.WriteString(colourEmoji(n.Colour) + " ")
	// A task's title is shown to 300 characters (the plan has the rest); a reminder someone set is
	// shown whole: its text is all it says, and the store keeps it to what a section holds.
	title, shown := n.TaskTitle, 300
	if title == "" {
		title, shown = n.Text, reminders.MaxTextRunes
	}
	fmt.Fprintf(&head, "*%s*", mrkdwn(clip(title, shown)))
	if n.PlanTitle != "" {
		head.WriteString("\n《" + mrkdwn(n.PlanTitle) + "》")
		if n.Section != "" {
			head.WriteString(" " + mrkdwn(n.Section))
		}
		if n.TaskNumber != "" {
			head.WriteString(" · 第" + mrkdwn(strings.Trim(n.TaskNumber, "()()")) + "项")
		}
	}
	var facts []string
	if !n.Deadline.IsZero() {
		d := "截止 " + n.Deadline.String()
		if n.Quote != "" {
			d += "(" + mrkdwn(n.Quote) + ")"
		}
		facts = append(facts, d)
	}
	if n.Unit.Name != "" {
		u := mrkdwn(n.Unit.String())
		switch n.Role {
		case plan.RoleLead:
			u += " 牵头"
		case plan.RoleParticipating:
			u += " 配合"
		}
		facts = append(facts, strings.TrimSpace(u))
	}
	if len(facts) > 0 {
		head.WriteString("\n" + strings.Join(facts, " · "))
	}
	blocks := []slack.Block{slack.NewSectionBlock(mrkdwnText(clip(head.String(), maxSectionChars)), nil, nil)}
	if n.Text != "" && n.TaskTitle != "" {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(clip(mrkdwn(n.Text), 1900))))
	}
	if n.Late {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText("⏰ 这条提醒应于 "+n.Due.In(plan.Zone()).Format("2006-01-02 15:04")+" 发出,因 dutybot 停机而迟发。")))
	}
	if n.Leaders {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText("抄送领导频道:该任务已逾期。")))
	}
	if n.Unit.Name != "" && n.TaskID != "" && !n.Leaders {
		blocks = append(blocks, nudgeButtons(blockNudgeActions, taskRef{Occurrence: n.OccurrenceID, TaskID: n.TaskID, City: n.Unit.City, Unit: n.Unit.Name, Title: clip(title, 200)}))
	}
	fallback := colourEmoji(n.Colour) + " " + escape(clip(title, 200))
	if !n.Deadline.IsZero() {
		fallback += " (截止 " + n.Deadline.String() + ")"
	}
	return message{Text: fallback, Blocks: blocks}
}

// withStatus returns a nudge's blocks with a status line added (the latest first) below the task's
// actions block (actions; "" for a message of one task) and, when the task is done, without its
// buttons. The other tasks of a message of several keep theirs.
func withStatus(blocks []slack.Block, line string, done bool, actions string) []slack.Block {
	if actions == "" {
		actions = blockNudgeActions
	}
	statusID := statusBlockID(actions)
	var out []slack.Block
	var status []string
	at := -1 // where the status goes: after the task's actions block, or in its place
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.ActionBlock:
			if b.BlockID == actions {
				if !done {
					out = append(out, b)
				}
				at = len(out)
				continue
			}
		case *slack.ContextBlock:
			if b.BlockID == statusID {
				for _, e := range b.ContextElements.Elements {
					if t, ok := e.(*slack.TextBlockObject); ok {
						status = append(status, t.Text)
					}
				}
				if at < 0 {
					at = len(out)
				}
				continue
			}
		}
		out = append(out, b)
	}
	status = append([]string{line}, status...)
	if len(status) > maxContextElems {
		status = status[:maxContextElems]
	}
	elems := make([]slack.MixedElement, len(status))
	for i, s := range status {
		elems[i] = mrkdwnText(s)
	}
	if at < 0 {
		at = len(out)
	}
	return slices.Insert(out, at, slack.Block(slack.NewContextBlock(statusID, elems...)))
}

// boardView renders the App Home tab: each unit's tasks with colours, next deadlines and buttons.
func boardView(units []plan.UnitRef, rows []reminders.TaskStatus, now time.Time) slack.HomeTabViewRequest {
	blocks := []slack.Block{
		slack.NewHeaderBlock(plainText("亮灯板")),
		slack.NewContextBlock("", mrkdwnText("🟢 完成或进度正常 · 🟡 7 天内到期 · 🔴 已逾期 · 更新于 "+now.In(plan.Zone()).Format("2006-01-02 15:04"))),
	}
	if len(units) == 0 {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText("你还没有订阅任何单位。在单位的频道里输入 `/dutybot subscribe 衢州 市商务局`,这里就会显示它的任务。"), nil, nil))
		return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
	}
	byUnit := map[plan.UnitRef][]reminders.TaskStatus{}
	for _, r := range rows {
		byUnit[r.Unit] = append(byUnit[r.Unit], r)
	}
	shown := 0
	for _, u := range units {
		if len(blocks)+3 > maxHomeBlocks {
			break
		}
		rs := byUnit[u]
		blocks = append(blocks, slack.NewDividerBlock(), slack.NewSectionBlock(mrkdwnText(fmt.Sprintf("*%s* · %d 项任务", mrkdwn(u.String()), len(rs))), nil, nil))
		for _, r := range rs {
			if len(blocks)+3 > maxHomeBlocks {
				break
			}
			blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(boardLine(r, now)), nil, nil))
			if r.Colour != duties.Green && r.Task != "" {
				blocks = append(blocks, nudgeButtons("", taskRef{Occurrence: r.NextOccurrence, TaskID: r.Task, City: u.City, Unit: u.Name, Title: clip(r.Title, 200), Home: true}))
			}
			shown++
		}
	}
	if shown < len(rows) {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(fmt.Sprintf("还有 %d 项未显示,用 `/dutybot tasks 单位` 查看全部。", len(rows)-shown))))
	}
	return slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}}
}

// boardLine is one task of the board: its colour, number, title, deadline, state and plan.
func boardLine(r reminders.TaskStatus, now time.Time) string {
	line := colourEmoji(r.Colour) + " "
	if r.TaskNumber != "" {
		line += "第" + mrkdwn(strings.Trim(r.TaskNumber, "()()")) + "项 "
	}
	line += mrkdwn(clip(r.Title, 200))
	switch {
	case r.Deadline.IsZero():
	case r.Deadline.Before(plan.DayOf(now)):
		line += "\n已于 " + r.Deadline.String() + " 到期" // a past date is never shown as the next one
	default:
		line += "\n下一截止 " + r.Deadline.String()
	}
	if st := statusLine(r); st != "" {
		line += " · " + st // escaped by statusLine, its mention kept
	}
	if r.Plan != "" {
		line += "\n《" + mrkdwn(r.Plan) + "》"
	}
	return line
}

// statusLine says a task's state in a few words for the board, as mrkdwn: who did it as a mention,
// the words people wrote escaped.
func statusLine(st reminders.TaskStatus) string {
	var parts []string
	switch {
	case !st.DoneAt.IsZero():
		parts = append(parts, fmt.Sprintf("已完成(%s %s)", mention(st.DoneBy), st.DoneAt.In(plan.Zone()).Format("01-02")))
	case st.Colour == duties.Red:
		parts = append(parts, "已逾期")
	}
	if st.Progress != "" {
		parts = append(parts, "进展:"+mrkdwn(clip(st.Progress, 160)))
	}
	if !st.Extension.IsZero() {
		parts = append(parts, "已申请延期到 "+st.Extension.String())
	}
	if !st.Snoozed.IsZero() {
		parts = append(parts, "提醒推迟到 "+st.Snoozed.In(plan.Zone()).Format("01-02"))
	}
	return strings.Join(parts, " · ")
}

// digestMessages renders the weekly digest of since to until: per unit, done / on track / due soon
// / overdue, and what changed since last week.
func digestMessages(d reminders.Digest, since, until time.Time) []message {
	day := func(t time.Time) string { return t.In(plan.Zone()).Format("2006-01-02") }
	blocks := []slack.Block{
		slack.NewHeaderBlock(plainText("每周督办简报")),
		slack.NewContextBlock("", mrkdwnText(day(since)+" 至 "+day(until)+" · ✅ 完成 · 🟢 正常 · 🟡 即将到期 · 🔴 逾期")),
	}
	units := 0
	for _, u := range d.Units {
		if u.Unit == reminders.LeadersUnit {
			continue
		}
		units++
		s := fmt.Sprintf("*%s*  ✅ %d · 🟢 %d · 🟡 %d · 🔴 %d", mrkdwn(u.Unit.String()), u.Done, u.Green-u.Done, u.Yellow, u.Red)
		for _, ev := range u.Events {
			s += "\n• " + eventLine(ev) // escaped by eventLine, its mention kept
		}
		for _, part := range splitText(s, maxSectionChars) {
			blocks = append(blocks, slack.NewSectionBlock(mrkdwnText(part), nil, nil))
		}
	}
	if units == 0 {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwnText("本周没有需要报告的任务。"), nil, nil))
	}
	if d.Held > 0 {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwnText(fmt.Sprintf("⚠️ %d 条提醒因单位没有对应频道而暂存,请用 `/dutybot subscribe` 为这些单位设置频道。", d.Held))))
	}
	blocks = append(blocks, slack.NewActionBlock("digest_actions",
		slack.NewButtonBlockElement(actReport, "report", plainText("下载督办台账(.xlsx)"))))
	return pack(blocks, "每周督办简报 "+day(until))
}

// eventLine says what someone did, for the digest's "changed since last week".
func eventLine(ev reminders.Event) string {
	who := ""
	if ev.Who != "" {
		who = mention(ev.Who) + " "
	}
	ev.Task, ev.Text = eventTask(ev), mrkdwn(ev.Text)
	at := ev.At.In(plan.Zone()).Format("01-02")
	switch ev.Kind {
	case reminders.EventDone:
		return fmt.Sprintf("%s %s标记完成 %s", at, who, ev.Task)
	case reminders.EventProgress:
		return fmt.Sprintf("%s %s填报进展 %s:%s", at, who, ev.Task, ev.Text)
	case reminders.EventSnooze:
		return fmt.Sprintf("%s %s推迟提醒 %s 到 %s", at, who, ev.Task, ev.Until.In(plan.Zone()).Format("01-02"))
	case reminders.EventExtension:
		return fmt.Sprintf("%s %s申请延期 %s 到 %s:%s", at, who, ev.Task, plan.DayOf(ev.Until), ev.Text)
	}
	return fmt.Sprintf("%s %s%s %s", at, who, ev.Kind, ev.Task)
}

// eventTask names an event's task as the board and the nudges do (第4项 推进公办养老机构改革),
// escaped; its id when the digest could not name it.
func eventTask(ev reminders.Event) string {
	if ev.Title == "" {
		return mrkdwn(ev.Task)
	}
	s := mrkdwn(ev.Title)
	if ev.TaskNumber != "" {
		s = "第" + mrkdwn(strings.Trim(ev.TaskNumber, "()()")) + "项 " + s
	}
	return s
}

// mention is a Slack user's mention, <@U…>, for an id Slack gives; anything else is shown as text.
func mention(id string) string {
	if reUserID.MatchString(id) {
		return "<@" + id + ">"
	}
	return mrkdwn(id)
}

var reUserID = regexp.MustCompile(`^[UW][A-Z0-9]{2,20}$`)

// shareButton offers to post an ephemeral answer in the channel.
func shareButton(command string) slack.Block {
	b := slack.NewButtonBlockElement(actShare, clip(command, maxButtonValue), plainText("分享到频道"))
	return slack.NewActionBlock("share", b)
}

// moreRef is what the 显示更多 button carries: the conversation whose list it pages and the page to
// show. The channel is never in it: it is the one the button was pressed in, as Slack says.
type moreRef struct {
	Thread string `json:"t,omitempty"` // the ts the answer was posted under; "" in a DM
	Key    string `json:"k"`           // the conversation's context key (thread root ts, or "im")
	Page   int    `json:"p"`           // the page to show, 0 being the first
	Query  string `json:"q"`           // the list's query (queryMark), so a button of an older list does not page a newer one
}

// moreButton offers the next page of a long list when the answer leaves lines unshown; nil
// otherwise.
func moreButton(c conversation, ctx bot.Context) []slack.Block {
	if !ctx.HasMore() {
		return nil
	}
	v, _ := json.Marshal(moreRef{Thread: c.thread, Key: c.key, Page: ctx.Page + 1, Query: queryMark(ctx)})
	label := fmt.Sprintf("显示更多（剩余 %d 项）", ctx.Left)
	if ctx.MoreWord() == "more" {
		label = fmt.Sprintf("Show more (%d left)", ctx.Left)
	}
	return []slack.Block{slack.NewActionBlock(actMore, slack.NewButtonBlockElement(actMore, string(v), plainText(label)))}
}

// queryMark names a list's query in a few characters.
func queryMark(ctx bot.Context) string {
	b, _ := json.Marshal(ctx.Query)
	h := fnv.New64a()
	h.Write(b)
	return strconv.FormatUint(h.Sum64(), 36)
}

// withoutMore is a message's blocks without its 显示更多 button, once pressed.
func withoutMore(blocks []slack.Block) []slack.Block {
	var out []slack.Block
	for _, b := range blocks {
		if ab, ok := b.(*slack.ActionBlock); ok && ab.BlockID == actMore {
			continue
		}
		out = append(out, b)
	}
	return out
}
