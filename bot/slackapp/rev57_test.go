package slackapp

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
)

// Review 57 (a stranger's audit of what users and their files can do to dutybot): the Slack side.

// rev57Reply runs a slash command and returns the reply posted to its response_url.
func rev57Reply(t *testing.T, h *harness, user, channel, text string) string {
	t.Helper()
	_, url := h.fake.Command(user, channel, text)
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	r := h.wait(t, text, func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	return posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0].Text
}

// TestRev57UnsubscribeFromTheCityChannelIsNotFalselyConfirmed: 衢州市 as a whole is routed to
// #CCITY, and 市商务局 has no route of its own, so its nudges go to #CCITY. A member types
// "/dutybot unsubscribe 衢州市 市商务局" there and is told "好的,衢州市 市商务局 的提醒不再发到
// <#CCITY>" — but nothing changed: the store was asked to remove #CCITY from 市商务局's own routes,
// where it never was, and the unit's nudges keep coming to #CCITY through the city's route. Cause:
// bot/slackapp/authorize.go Decide checks the channel against the unit's routes and its city's
// together (routing.has), and remind.go subscribeCommand then unsubscribes the unit alone and
// confirms. A channel that gets the unit's nudges as its city's channel should be told so (what
// to do instead), not told that it was unsubscribed.
func TestRev57UnsubscribeFromTheCityChannelIsNotFalselyConfirmed(t *testing.T) {
	h := start(t, nil)
	city := plan.UnitRef{City: quzhou.City}
	h.rem.setRoutes(city, "CCITY")
	h.fake.SetMembers("CCITY", "UALICE")
	got := rev57Reply(t, h, "UALICE", "CCITY", "unsubscribe 衢州市 市商务局")
	h.drain(t)
	routes, err := h.app.routes(context.Background(), quzhou)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(got, "不再发到") && slices.Contains(routes, "CCITY") {
		t.Errorf("the reply says %q, but 市商务局's nudges still go to CCITY (its routes, with its city's: %v)", got, routes)
	}
}

// TestRev57ExtensionToTheLeadersEscapesTheUnit: when a unit asks for an extension, the leaders'
// channel is told "📨 <unit> 申请把「…」延期到 …". The task's title and the reason are escaped, the
// unit's name is not: a unit named in a plan (or a button's value) as "市商务局<!channel>" pings
// everyone in the leaders' channel, and any "<…|…>" in it becomes a link. Every other message
// escapes unit names (esc, mrkdwn: "a plan may name a unit anything"). Cause:
// bot/slackapp/interactions.go onSubmission formats s.ref.unit() with %s into the section text.
func TestRev57ExtensionToTheLeadersEscapesTheUnit(t *testing.T) {
	h := start(t, func(o *Options) { o.LeadersChannel = "CLEADERS" })
	hostile := plan.UnitRef{City: "衢州市", Name: "市商务局<!channel><https://evil.example|点此核对>"}
	h.rem.setRoutes(hostile, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	nudge := reminders.Nudge{OccurrenceID: "occ-57", Route: "CQUZHOU", TaskID: "d1:3.5", TaskNumber: "(五)", TaskTitle: "推进综合保税区建设",
		PlanTitle: "衢州市服务业实施方案", Unit: hostile, Role: plan.RoleLead, Deadline: plan.NewDay(2026, 12, 31), Colour: duties.Yellow, Due: time.Now()}
	if _, err := h.app.Notifier().Notify(context.Background(), nudge); err != nil {
		t.Fatal(err)
	}
	msg := h.fake.Snapshot().Messages[0]
	h.fake.Click("UALICE", msg, actExtend)
	r := h.wait(t, "modal", func(r slackfake.Records) bool { return len(r.Views) == 1 })
	h.fake.Submit("UALICE", r.Views[0], map[string]map[string]map[string]any{
		"to": {"date": {"type": "datepicker", "selected_date": "2027-03-31"}}, "reason": {"text": {"type": "plain_text_input", "value": "等待省级批复"}}})
	r = h.wait(t, "leaders told", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })) == 1
	})
	text := posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })[0].AllText()
	for _, raw := range []string{"<!channel>", "<https://evil.example|"} {
		if strings.Contains(text, raw) {
			t.Errorf("the leaders' extension notice carries the unit's %q unescaped:\n%s", raw, text)
		}
	}
}
