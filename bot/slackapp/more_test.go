package slackapp

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
)

// pagedAnswerer answers a list of 90 tasks in pages of 40, as the engine does: the first page for
// a question, the next for "更多" (the context's page + 1); any other question is a list of one page.
func pagedAnswerer(q bot.Question) bot.Answer {
	list := &bot.Query{Shape: bot.ShapeList, Topic: []string{"全部"}}
	page := 0
	switch {
	case q.Text == "更多" && q.Context.Query != nil:
		page, list = q.Context.Page+1, q.Context.Query
	case q.Text != "列出所有任务":
		return bot.Answer{Text: "市商务局任务 2 项。", Tasks: []string{"t1", "t2"}, Context: bot.Context{Kind: "list", Query: &bot.Query{Shape: bot.ShapeList}}}
	}
	left := max(90-40*(page+1), 0)
	text := fmt.Sprintf("任务 90 项。\n- 第 %d 页的任务\n（第 %d/3 页，共 90 项；还有 %d 项，回复“更多”查看。）", page+1, page+1, left)
	return bot.Answer{Text: text, Tasks: []string{"t1"}, Context: bot.Context{Kind: "list", Query: list, Page: page, Pages: 3, Left: left}}
}

// TestMoreButtonPagesInThread: a long list's first page comes with 显示更多 (the lines left on the
// label); pressing it posts the next page in the thread with the button again, and takes the
// pressed one away; the last page has none. A button of a list the thread has moved on from, or of
// another channel's conversation, pages nothing.
func TestMoreButtonPagesInThread(t *testing.T) {
	h := start(t, nil)
	h.ans.answer = pagedAnswerer
	h.fake.Event("Ev1", slackfake.Mention("UALICE", "CQUZHOU", "100.000001", "", "列出所有任务"))
	thread := inThread("CQUZHOU", "100.000001")
	r := h.wait(t, "first page", func(r slackfake.Records) bool { return len(posted(r, thread)) == 1 })
	first := posted(r, thread)[0]
	if _, _, ok := first.ButtonValue(actMore); !ok || !strings.Contains(first.AllText(), "显示更多（剩余 50 项）") {
		t.Fatalf("first page has no 显示更多（剩余 50 项）:\n%s", first.AllText())
	}

	// Bob, who did not ask, may see more: it is a question, not a write.
	if _, err := h.fake.Click("UBOB", first, actMore); err != nil {
		t.Fatal(err)
	}
	r = h.wait(t, "second page", func(r slackfake.Records) bool { return len(posted(r, thread)) == 2 })
	second := posted(r, thread)[1]
	if !strings.Contains(second.AllText(), "第 2 页的任务") || !strings.Contains(second.AllText(), "显示更多（剩余 10 项）") {
		t.Errorf("second page:\n%s", second.AllText())
	}
	r = h.wait(t, "button taken off the first page", func(r slackfake.Records) bool { return posted(r, thread)[0].Updates == 1 })
	if _, _, ok := posted(r, thread)[0].ButtonValue(actMore); ok {
		t.Errorf("the first page keeps its button after the press")
	}
	if q := h.ans.questions()[1]; q.Text != "更多" || q.Context.Page != 0 || q.Context.Pages != 3 {
		t.Errorf("the press asked %q with page %d of %d", q.Text, q.Context.Page, q.Context.Pages)
	}

	// The reply "更多" in the thread does the same.
	h.fake.Event("Ev2", slackfake.ChannelMessage("UALICE", "CQUZHOU", "channel", "100.000009", "100.000001", "更多"))
	r = h.wait(t, "third page", func(r slackfake.Records) bool { return len(posted(r, thread)) == 3 })
	third := posted(r, thread)[2]
	if !strings.Contains(third.AllText(), "第 3 页的任务") {
		t.Errorf("third page:\n%s", third.AllText())
	}
	if _, _, ok := third.ButtonValue(actMore); ok {
		t.Errorf("the last page has a 显示更多 button:\n%s", third.AllText())
	}

	// The second page's button, pressed after the thread moved on to another question, pages
	// nothing: the presser is told why.
	h.fake.Event("Ev3", slackfake.ChannelMessage("UALICE", "CQUZHOU", "channel", "100.000010", "100.000001", "市商务局负责哪些任务?"))
	h.wait(t, "another question", func(r slackfake.Records) bool { return len(posted(r, thread)) == 4 })
	url, err := h.fake.Click("UALICE", second, actMore)
	if err != nil {
		t.Fatal(err)
	}
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	r = h.wait(t, "stale button", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path })) == 1
	})
	if m := posted(r, func(m slackfake.Message) bool { return m.Channel == path })[0]; m.Response != "ephemeral" || !strings.Contains(m.Text, "重新提问") {
		t.Errorf("stale press told %+v", m)
	}

	// The same button pressed in another channel reads that channel's conversations, not this one's.
	elsewhere := first
	elsewhere.Channel = "COTHER"
	url, err = h.fake.Click("UBOB", elsewhere, actMore)
	if err != nil {
		t.Fatal(err)
	}
	path = strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "other channel", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == path && strings.Contains(m.Text, "重新提问") })) == 1
	})
	h.drain(t)
	if n := len(posted(h.fake.Snapshot(), thread)); n != 4 {
		t.Errorf("%d messages in the thread, want 4", n)
	}
}
