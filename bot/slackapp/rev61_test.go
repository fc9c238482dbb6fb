package slackapp

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/plan"
)

// Review 61 (a stranger's look at a new admin's first week): failing tests, each a defect a user
// would hit in Slack.

// TestRev61_QuestionWithAScreenshotIsAnswered: a liaison in a unit's channel pastes a screenshot of
// the plan's page and asks "@dutybot 这项任务市商务局负责哪些?" — Slack sends the mention with the
// image in its files. dutybot does not answer the question: it reads the picture as a plan to add
// and replies "只有管理员(DUTYBOT_ADMINS)可以添加、删除、关闭或重新开启方案。请把文件发给管理员。" — to
// someone who wanted nothing added (an admin asking the same gets a refusal of the image as a plan,
// and no answer either). Cause: handleEvent sends every app_mention with files to onFiles and
// returns, whatever the files are and whatever the text asks. A question with an attachment that
// is no plan file should be answered as a question.
func TestRev61_QuestionWithAScreenshotIsAnswered(t *testing.T) {
	h := start(t, func(o *Options) { o.Plans = &fakePlans{} })
	img := h.fake.AddFile("截图.png", []byte("\x89PNG\r\n\x1a\n"))
	ev := slackfake.Mention("UALICE", "CQUZHOU", "80.000001", "", "<@"+slackfake.BotUser+"> 这项任务市商务局负责哪些?")
	ev["files"] = []any{img}
	h.fake.Event("EvShot", ev)
	r := h.wait(t, "a reply", func(r slackfake.Records) bool { return len(posted(r, inThread("CQUZHOU", "80.000001"))) >= 1 })
	h.drain(t)
	if len(h.ans.questions()) == 0 {
		reply := posted(r, inThread("CQUZHOU", "80.000001"))[0].Text
		t.Errorf("a question asked with a screenshot attached was not answered; the reply was %q", reply)
	}
}

// TestRev61_DueWindowAsPeopleWriteIt: `/dutybot due 60` and `/dutybot due 2周` (the terminal's
// `due --within` takes 2w) are read as a unit named "60" or "2周" over the default 30 days: the
// answer is "方案里没有…单位「60」" or an empty list, not what falls due in 60 days or two weeks. Cause:
// dueCommand's daysRE wants 天/日/d after the number; anything else is unit text. A bare number, or
// 周 / 个月, is a window.
func TestRev61_DueWindowAsPeopleWriteIt(t *testing.T) {
	h := start(t, nil)
	today := plan.DayOf(testNow)
	for _, c := range []struct {
		text string
		days int
	}{{"60", 60}, {"2周", 14}} {
		req, why := dueCommand(h.app, c.text)
		if why != "" || req.query == nil {
			t.Errorf("/dutybot due %s: %q", c.text, why)
			continue
		}
		q := *req.query
		var units []string
		for _, u := range q.Units {
			units = append(units, u.Name)
		}
		if len(units) > 0 || q.To != today.AddDays(c.days).String() {
			t.Errorf("/dutybot due %s reads as units %q to %s, want no unit, to %s", c.text, strings.Join(units, ","), q.To, today.AddDays(c.days))
		}
	}
}
