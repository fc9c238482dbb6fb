package slackapp

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
)

// Review 54 (a stranger's audit of hostile users and unlucky ones): the Slack front end.

// TestRev54ApprovalRequestsAreNotRepeated: any member of any channel may ask to route a unit's
// nudges to their channel, and each ask is posted to every channel routed to the unit with 批准 /
// 拒绝 (to every admin by DM when the unit has none). Asking again — three times here, from the same
// channel, for the same unit — posts three requests into the unit's channel: one person can fill
// a unit's channel (or every admin's DMs) with requests by repeating a command, and each needs
// its own answer. Cause: bot/slackapp/approvals.go requestApproval makes a fresh random id and
// posts for every request, without looking for one pending for the same channel and unit. A
// request already waiting should be said to be waiting, not posted again.
func TestRev54ApprovalRequestsAreNotRepeated(t *testing.T) {
	h := start(t, nil)
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.fake.SetMembers("CEVIL", "UMALLORY")
	for i := 0; i < 3; i++ {
		_, url := h.fake.Command("UMALLORY", "CEVIL", "subscribe 衢州市 市商务局")
		path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
		h.wait(t, "reply to the request", func(r slackfake.Records) bool {
			return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
		})
	}
	h.drain(t)
	reqs := posted(h.fake.Snapshot(), func(m slackfake.Message) bool {
		return m.Channel == "CQUZHOU" && strings.Contains(m.AllText(), "申请让 <#CEVIL> 接收")
	})
	if len(reqs) != 1 {
		t.Errorf("the same request (CEVIL for 衢州市 市商务局) asked 3 times posted %d approval requests to the unit's channel: a request already waiting should not be posted again", len(reqs))
	}
}

// TestRev54ProgressKeptWhenTheStoreIsDown: a liaison types a progress report into the 填报进展 form
// and submits it while Redis is unreachable. The form closes (the ack carried no error) and the DM
// that follows says only that it failed and to try later: the words typed are gone, and must be
// typed again from memory. Cause: bot/slackapp/interactions.go onSubmission tells the failure with
// reminderErrText and drops s.text (the same for an extension's reason). Nothing a person wrote
// should be lost: the note should give the text back (or the form stay open with it).
func TestRev54ProgressKeptWhenTheStoreIsDown(t *testing.T) {
	h := start(t, nil)
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	nudge := reminders.Nudge{OccurrenceID: "occ-54", Route: "CQUZHOU", TaskID: "d1:3.5", TaskNumber: "(五)", TaskTitle: "推进综合保税区建设",
		PlanTitle: "衢州市服务业实施方案", Unit: quzhou, Role: plan.RoleLead, Deadline: plan.NewDay(2026, 12, 31), Colour: duties.Yellow, Due: time.Now()}
	if _, err := h.app.Notifier().Notify(context.Background(), nudge); err != nil {
		t.Fatal(err)
	}
	msg := h.fake.Snapshot().Messages[0]
	h.fake.Click("UALICE", msg, actProgress)
	r := h.wait(t, "modal", func(r slackfake.Records) bool { return len(r.Views) == 1 })

	h.rem.mu.Lock()
	h.rem.fail = fmt.Errorf("record progress: %w", reminders.ErrUnavailable)
	h.rem.mu.Unlock()
	const report = "已完成选址和环评，正在办理用地手续，预计下月底取得施工许可"
	h.fake.Submit("UALICE", r.Views[0], map[string]map[string]map[string]any{"progress": {"text": {"type": "plain_text_input", "value": report}}})
	r = h.wait(t, "the failure told", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool {
			return strings.Contains(m.AllText(), "连不上") || strings.Contains(m.AllText(), "没有成功")
		})) > 0
	})
	note := posted(r, func(m slackfake.Message) bool {
		return strings.Contains(m.AllText(), "连不上") || strings.Contains(m.AllText(), "没有成功")
	})[0]
	if !strings.Contains(note.AllText(), report) {
		t.Errorf("the failure note drops the progress typed into the form; it should give it back so it need not be typed again:\n%s", note.AllText())
	}
}

// TestRev54LeadersSummaryNeitherCutNorOverLimits: the leaders' summary of the overdue lists
// (KindBacklogSummary, one line per unit) is rendered as one message whatever its length: its
// sections are cut off at 50 blocks (summaryMessage: blocks = blocks[:maxBlocks]), so past about
// 9,000 units the leaders silently lose the rest (11,000 here: the last 2,000 or so are dropped), and from about 600 units the message is over the
// ~12,000 characters every other message is packed to (pack). A province switching dutybot on
// for its cities' plans has that many units with overdue lists in one pass. Cause:
// bot/slackapp/nudges.go summaryMessage (and Notifier.Notify, which posts nudgeMessage as one
// message). It should be packed into several messages, every unit kept.
func TestRev54LeadersSummaryNeitherCutNorOverLimits(t *testing.T) {
	h := start(t, nil)
	const units = 11000
	var b strings.Builder
	fmt.Fprintf(&b, "【逾期清单汇总】%d 个单位在开始接收提醒前已有逾期任务，共 %d 项；各单位已收到一份逾期清单（只发这一次，之后不再每周催办）：", units, units*2)
	for i := 0; i < units; i++ {
		fmt.Fprintf(&b, "\n某市 第%05d单位 2 项", i)
	}
	n := reminders.Nudge{OccurrenceID: "backlog@54#leaders", Route: "CLEADERS", Due: time.Now(), Kind: reminders.KindBacklogSummary,
		Colour: duties.Red, Text: b.String(), Leaders: true, Unit: reminders.LeadersUnit}
	if _, err := h.app.Notifier().Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	h.drain(t)
	msgs := posted(h.fake.Snapshot(), func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })
	var all strings.Builder
	for i, m := range msgs {
		text := m.AllText()
		all.WriteString(text)
		if n := len([]rune(text)); n > maxMessageChars+maxFallback {
			t.Errorf("message %d of the summary has %d characters, over the %d every message is packed to", i+1, n, maxMessageChars)
		}
	}
	for _, want := range []string{"第00000单位", "第05000单位", "第10999单位"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("the leaders' summary of %d units lost %s: every unit's line must reach the leaders (in several messages if need be)", units, want)
		}
	}
}

// TestRev54DigestAndBoardMentionPeople: the weekly digest's "what changed" lines and the App Home
// board's state say who did it as <@U…>, then escape the whole line, so Slack shows the literal
// "&lt;@UALICE&gt;" text instead of the person: whoever marked a task done or reported progress
// cannot be seen (or clicked). Cause: bot/slackapp/blocks.go digestMessages passes eventLine (which
// writes "<@"+ev.Who+">") through mrkdwn, and boardLine does the same with statusLine ("已完成(<@%s>
// …)"). The user id should be a mention and only the people's and plans' words escaped.
func TestRev54DigestAndBoardMentionPeople(t *testing.T) {
	at := testNow
	d := reminders.Digest{Units: []reminders.DigestUnit{{Unit: quzhou, Tally: duties.Tally{Done: 1, Green: 1},
		Events: []reminders.Event{{At: at, Kind: reminders.EventProgress, Task: "d1:3.5", Who: "UALICE", Text: "已完成选址 <!channel>"}}}}}
	var digest strings.Builder
	for _, m := range digestMessages(d, at.AddDate(0, 0, -7), at) {
		for _, b := range m.Blocks {
			if sec, ok := b.(*slack.SectionBlock); ok && sec.Text != nil {
				digest.WriteString(sec.Text.Text + "\n")
			}
		}
	}
	if !strings.Contains(digest.String(), "<@UALICE>") {
		t.Errorf("the digest shows who reported progress as escaped text, not a mention: want <@UALICE>\n%s", digest.String())
	}
	if strings.Contains(digest.String(), "<!channel>") {
		t.Errorf("the digest lets a progress report's <!channel> through")
	}
	line := boardLine(reminders.TaskStatus{Task: "d1:3.5", Title: "推进综合保税区建设", Unit: quzhou, Colour: duties.Green,
		DoneAt: at, DoneBy: "UALICE"}, at)
	if !strings.Contains(line, "<@UALICE>") {
		t.Errorf("the board shows who marked the task done as escaped text, not a mention: want <@UALICE> in %q", line)
	}
}
