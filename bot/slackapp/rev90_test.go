package slackapp

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/reminders"
)

// Review 90 (a stranger trying to misuse the Slack app): failing tests, each an input the Slack
// front end handles wrongly. The clock is testNow (2026-11-20 10:00, Asia/Shanghai).

// TestRev90_RemindWithAMistypedTimeIsNotSet: `/dutybot remind` reads the first date-like run of
// digits anywhere and takes the rest as the reminder's text. A time typed with seconds, a day with a
// digit too many, a year with a digit too many: each is set as something the user did not write (a
// reminder at 23:59 whose text is ":59 报送", one on the 1st whose text is "00 报送") or refused for a
// date they did not write ("0261-12-01 已经过去"). A user expects a reminder set only from a date and
// time read whole, and "看不懂" for the rest, as "25:00" and "2026-13-45" get.
func TestRev90_RemindWithAMistypedTimeIsNotSet(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"time with seconds", "remind 衢州 市商务局 2026-12-01 23:59:59 报送改造进展"},
		{"day with a digit too many", "remind 衢州 市商务局 2026-12-011 报送改造进展"},
		{"year with a digit too many", "remind 衢州 市商务局 20261-12-01 报送改造进展"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := start(t, nil)
			h.rem.setRoutes(quzhou, "CQUZHOU")
			h.fake.SetMembers("CQUZHOU", "UALICE")
			_, url := h.fake.Command("UALICE", "CQUZHOU", tc.text)
			path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
			r := h.wait(t, "reply", func(r slackfake.Records) bool {
				return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
			})
			reply := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0].Text
			if got := h.rem.got(); len(got) != 0 || !strings.Contains(reply, "看不懂") {
				t.Errorf("%q: reply %q, store calls %q; want 看不懂 and nothing set", tc.text, reply, got)
			}
		})
	}
}

// TestRev90_DueWindowTooLargeIsNotAnEmptyList: `/dutybot due 9999999999999999999999` overflows
// the day count: the query runs from today to yesterday and the user is told nothing falls due —
// a silent wrong answer. A user expects the number refused as too large (or the window capped),
// never a window that ends before it starts.
func TestRev90_DueWindowTooLargeIsNotAnEmptyList(t *testing.T) {
	h := start(t, nil)
	for _, text := range []string{"9999999999999999999999", "9999999999999999999天"} {
		req, why := dueCommand(h.app, text)
		if why != "" || req.query == nil {
			continue
		}
		if q := req.query; q.To < q.From {
			t.Errorf("/dutybot due %s: window %s → %s ends before it starts", text, q.From, q.To)
		}
	}
}

// TestRev90_LongReminderIsDeliveredWhole: a reminder someone set with `/dutybot remind` (no task)
// listing what to hand in is accepted whole ("好的,…会在这里提醒…" quotes all of it), but its nudge
// shows only the first 300 characters: the rest of what the user wrote is silently lost on the day
// it matters. A user expects the nudge to carry the whole text (or the reminder refused as too long
// when it is set).
func TestRev90_LongReminderIsDeliveredWhole(t *testing.T) {
	h := start(t, nil)
	var b strings.Builder
	b.WriteString("请于本周五前报送老旧小区改造材料：")
	for i, item := range []string{"改造项目清单", "居民意愿征询表", "资金筹措方案", "施工图审查意见", "管线迁改协议", "竣工验收备案表"} {
		b.WriteString(string(rune('1'+i)) + "." + item + "（加盖公章，附电子版，注明联系人及电话，逐项对照省厅2026年核查要点说明完成情况和存在问题）；")
	}
	b.WriteString("最后一项：逾期未报的将在全市通报。")
	text := b.String()
	n := reminders.Nudge{OccurrenceID: "cfeed01@1", Route: "CQUZHOU", Unit: quzhou, Kind: reminders.KindCustom,
		Colour: duties.Blue, Text: text, Due: testNow}
	if _, err := h.app.Notifier().Notify(context.Background(), n); err != nil {
		t.Fatal(err)
	}
	msgs := h.fake.Snapshot().Messages
	if len(msgs) == 0 {
		t.Fatal("nothing posted")
	}
	got := msgs[len(msgs)-1].AllText()
	if !strings.Contains(got, "最后一项：逾期未报的将在全市通报") {
		t.Errorf("a reminder of %d characters was cut on delivery; the nudge reads:\n%s", len([]rune(text)), got)
	}
}
