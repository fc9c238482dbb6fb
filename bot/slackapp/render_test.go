package slackapp

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/seeds"
)

func TestSplitTextKeepsEverythingWithinLimits(t *testing.T) {
	long := strings.Repeat("一二三四五六七八九十", 50) // one 500-character line without a sentence end
	cases := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"short", "第一行\n第二行", 100, []string{"第一行\n第二行"}},
		{"empty", "  \n ", 10, nil},
		{"at lines", "aaaa\nbbbb\ncccc", 10, []string{"aaaa\nbbbb", "cccc"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := splitText(c.in, c.limit)
			if c.want != nil && fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("splitText(%q, %d) = %q, want %q", c.in, c.limit, got, c.want)
			}
			for _, p := range got {
				if n := utf8.RuneCountInString(p); n > c.limit {
					t.Errorf("piece of %d characters > %d: %q", n, c.limit, p)
				}
			}
		})
	}
	if got := splitText("一二三。四五六。七八九。", 9); fmt.Sprint(got) != "[一二三。四五六。 七八九。]" {
		t.Errorf("sentence split = %q", got)
	}
	got := splitText(long+"\n"+long, 120)
	if strings.Join(got, "") != long+long {
		t.Error("characters lost in a hard split")
	}
}

// A long answer (hundreds of tasks) is split into sections under 3000 characters and messages of at
// most 50 blocks, and no text is lost.
func TestLongAnswerSplitToSlackLimits(t *testing.T) {
	var b strings.Builder
	var cites []bot.Citation
	for i := 1; i <= 400; i++ {
		fmt.Fprintf(&b, "- [牵头] %d 推进第%d项服务业重点平台建设,完善配套政策,确保按期完成 · 二、重点任务 > (一)打造十个服务业重点平台 · 期限 2026-12-31\n", i, i)
		cites = append(cites, bot.Citation{Title: "衢州市服务业高质量发展“十百千”工程实施方案", Section: "二、重点任务", Task: fmt.Sprint(i)})
	}
	a := bot.Answer{Text: b.String(), Citations: cites}
	msgs := answerMessages(a, shareButton("ask x"))
	if len(msgs) < 2 {
		t.Fatalf("a %d-character answer fit in %d message", utf8.RuneCountInString(a.Text), len(msgs))
	}
	var text strings.Builder
	for i, m := range msgs {
		if len(m.Blocks) > maxBlocks {
			t.Errorf("message %d has %d blocks", i, len(m.Blocks))
		}
		if m.Text == "" {
			t.Errorf("message %d has no fallback text", i)
		}
		raw, _ := json.Marshal(m.Blocks)
		if len(raw) > 40000*3 {
			t.Errorf("message %d is %d bytes", i, len(raw))
		}
		for _, bl := range m.Blocks {
			switch bl := bl.(type) {
			case *slack.SectionBlock:
				if n := utf8.RuneCountInString(bl.Text.Text); n > 3000 {
					t.Errorf("section of %d characters", n)
				}
				text.WriteString(bl.Text.Text + "\n")
			case *slack.ContextBlock:
				if len(bl.ContextElements.Elements) > 10 {
					t.Errorf("context block of %d elements", len(bl.ContextElements.Elements))
				}
			}
		}
	}
	for i := 1; i <= 400; i++ {
		if !strings.Contains(text.String(), fmt.Sprintf("推进第%d项服务业", i)) {
			t.Fatalf("task %d lost in the split", i)
		}
	}
	last := msgs[len(msgs)-1].Blocks
	if ab, ok := last[len(last)-1].(*slack.ActionBlock); !ok || ab.BlockID != "share" {
		t.Error("the share button is not at the end of the last message")
	}
}

func TestMrkdwn(t *testing.T) {
	for in, want := range map[string]string{
		"**衢州市** <b> & c": "*衢州市* &lt;b&gt; &amp; c",
		"## 标题\n正文":       "*标题*\n正文",
		"#5 不是标题":         "#5 不是标题",
	} {
		t.Run(in, func(t *testing.T) {
			if got := mrkdwn(in); got != want {
				t.Errorf("mrkdwn(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

// TestSlashQueries: the structured slash commands are queries, not questions made of words (a
// change of issue 10: /dutybot due now lists recurring duties in the window too, as dutybot due does).
func TestSlashQueries(t *testing.T) {
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := plan.NewDirectory(docs, nil)
	a := &App{opt: Options{Now: func() time.Time { return testNow }, Directory: func() *plan.Directory { return dir }}}
	quzhou := bot.UnitFilter{Name: "市商务局", City: "衢州市", Role: bot.RoleAny}
	tests := []struct {
		name, command string
		want          bot.Query
	}{
		{"tasks of one unit", "tasks 衢州 市商务局", bot.Query{Units: []bot.UnitFilter{quzhou}, Cities: []string{"衢州市"}, Shape: bot.ShapeList}},
		{"tasks of a name several cities share", "任务 市商务局", bot.Query{Units: []bot.UnitFilter{{Name: "市商务局", Role: bot.RoleAny}}, Shape: bot.ShapeList}},
		{"due, 30 days", "due", bot.Query{Status: bot.StatusDue, From: "2026-11-20", To: "2026-12-20", Shape: bot.ShapeList}},
		{"due, days and a unit", "due 7d 衢州 市商务局", bot.Query{Status: bot.StatusDue, From: "2026-11-20", To: "2026-11-27", Units: []bot.UnitFilter{quzhou}, Cities: []string{"衢州市"}, Shape: bot.ShapeList}},
		{"due in Chinese", "到期 90天", bot.Query{Status: bot.StatusDue, From: "2026-11-20", To: "2027-02-18", Shape: bot.ShapeList}},
		{"overdue", "due 逾期", bot.Query{Status: bot.StatusOverdue, Shape: bot.ShapeList}},
		{"a city's overdue", "due 逾期 菏泽", bot.Query{Status: bot.StatusOverdue, Cities: []string{"菏泽市"}, Shape: bot.ShapeList}},
		{"a unit's overdue", "due 衢州 市商务局 overdue", bot.Query{Status: bot.StatusOverdue, Units: []bot.UnitFilter{quzhou}, Cities: []string{"衢州市"}, Shape: bot.ShapeList}},
		{"a city's summary", "summary 湖州", bot.Query{Shape: bot.ShapeSummary, Cities: []string{"湖州市"}}},
		{"a unit's summary", "摘要 衢州 市商务局", bot.Query{Shape: bot.ShapeSummary, Units: []bot.UnitFilter{quzhou}, Cities: []string{"衢州市"}}},
		{"the overdue summary", "summary overdue", bot.Query{Status: bot.StatusOverdue, Shape: bot.ShapeList}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			word, rest := splitWord(tt.command)
			req, why := lookup(word).ask(a, rest)
			if why != "" || req.query == nil {
				t.Fatalf("%q: %q, %+v", tt.command, why, req)
			}
			if !reflect.DeepEqual(*req.query, tt.want) {
				t.Errorf("%q:\n got %+v\nwant %+v", tt.command, *req.query, tt.want)
			}
		})
	}
}

// TestCommandTable: every command and its Chinese names reach the same entry, and the help lists
// each one.
func TestCommandTable(t *testing.T) {
	help := helpText()
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range append([]string{c.name, strings.ToUpper(c.name)}, c.aliases...) {
				if got := lookup(name); got == nil || got.name != c.name {
					t.Errorf("lookup(%q) = %v", name, got)
				}
			}
			if !strings.Contains(help, c.help) || len(c.aliases) == 0 {
				t.Errorf("help lacks %s or it has no Chinese name:\n%s", c.name, help)
			}
			if (c.ask == nil) == (c.act == nil) {
				t.Errorf("%s must either answer or act", c.name)
			}
		})
	}
	if lookup("市商务局负责哪些任务?") != nil {
		t.Error("a question taken for a command")
	}
}

func TestWithStatusKeepsHistoryAndDropsButtonsWhenDone(t *testing.T) {
	m := nudgeMessage(testNudge())
	b := withStatus(m.Blocks, "📝 进展一", false, "")
	b = withStatus(b, "✅ 完成", true, "")
	var status []string
	for _, bl := range b {
		switch bl := bl.(type) {
		case *slack.ActionBlock:
			t.Error("buttons kept after done")
		case *slack.ContextBlock:
			if bl.BlockID == blockNudgeStatus {
				for _, e := range bl.ContextElements.Elements {
					status = append(status, e.(*slack.TextBlockObject).Text)
				}
			}
		}
	}
	if fmt.Sprint(status) != "[✅ 完成 📝 进展一]" {
		t.Errorf("status lines = %q", status)
	}
}

func TestReadSubmission(t *testing.T) {
	ref := taskRef{TaskID: "d1:2", City: "衢州市", Unit: "市商务局", Occurrence: "s@T-7"}
	view := func(callback string, values map[string]map[string]slack.BlockAction) slack.InteractionCallback {
		var cb slack.InteractionCallback
		cb.View.CallbackID, cb.View.PrivateMetadata = callback, ref.encode()
		cb.View.State = &slack.ViewState{Values: values}
		return cb
	}
	cases := []struct {
		name    string
		cb      slack.InteractionCallback
		errKey  string
		until   string
		toDay   string
		hasText string
	}{
		{"progress", view(viewProgress, map[string]map[string]slack.BlockAction{"progress": {"text": {Value: "已选址"}}}), "", "", "", "已选址"},
		{"progress empty", view(viewProgress, map[string]map[string]slack.BlockAction{"progress": {"text": {Value: " "}}}), "progress", "", "", ""},
		{"snooze a week", view(viewSnooze, map[string]map[string]slack.BlockAction{"for": {"for": {SelectedOption: slack.OptionBlockObject{Value: "7d"}}}}), "", "2026-11-27 09:00", "", ""},
		{"snooze to a date", view(viewSnooze, map[string]map[string]slack.BlockAction{"until": {"date": {SelectedDate: "2026-12-02"}}}), "", "2026-12-02 09:00", "", ""},
		{"snooze to the past", view(viewSnooze, map[string]map[string]slack.BlockAction{"until": {"date": {SelectedDate: "2026-11-01"}}}), "until", "", "", ""},
		{"snooze nothing", view(viewSnooze, nil), "for", "", "", ""},
		{"extend", view(viewExtend, map[string]map[string]slack.BlockAction{"to": {"date": {SelectedDate: "2027-03-31"}}, "reason": {"text": {Value: "等省级批复"}}}), "", "", "2027-03-31", "等省级批复"},
		{"extend no reason", view(viewExtend, map[string]map[string]slack.BlockAction{"to": {"date": {SelectedDate: "2027-03-31"}}}), "reason", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, errs := readSubmission(c.cb, testNow, nil)
			if c.errKey != "" {
				if errs[c.errKey] == "" {
					t.Fatalf("errors = %v, want one for %s", errs, c.errKey)
				}
				return
			}
			if len(errs) > 0 {
				t.Fatalf("errors = %v", errs)
			}
			if s.ref != ref {
				t.Errorf("ref = %+v", s.ref)
			}
			if c.until != "" && s.until.In(plan.Shanghai).Format("2006-01-02 15:04") != c.until {
				t.Errorf("until = %s, want %s", s.until, c.until)
			}
			if c.toDay != "" && s.toDay.String() != c.toDay {
				t.Errorf("to = %s, want %s", s.toDay, c.toDay)
			}
			if s.text != c.hasText {
				t.Errorf("text = %q, want %q", s.text, c.hasText)
			}
		})
	}
}

func testNudge() reminders.Nudge {
	return reminders.Nudge{OccurrenceID: "o1", TaskID: "d1:2", TaskTitle: "综合保税区", Unit: plan.UnitRef{City: "衢州市", Name: "市商务局"}, Colour: duties.Red, Deadline: plan.NewDay(2023, 12, 31), Due: time.Now()}
}

func TestSplitWord(t *testing.T) {
	for in, want := range map[string][2]string{
		"ask 市商务局负责哪些任务?":      {"ask", "市商务局负责哪些任务?"},
		"  tasks\u3000衢州 市商务局": {"tasks", "衢州 市商务局"},
		"help":                 {"help", ""},
		"":                     {"", ""},
	} {
		if a, b := splitWord(in); a != want[0] || b != want[1] {
			t.Errorf("splitWord(%q) = %q, %q", in, a, b)
		}
	}
}

func TestDeliveryErrorTellsTheDispatcher(t *testing.T) {
	rl := deliveryError("notify", &slack.RateLimitedError{RetryAfter: 7 * time.Second})
	var ra *reminders.RetryAfterError
	if !errors.As(rl, &ra) || ra.After != 7*time.Second {
		t.Errorf("a 429 became %v", rl)
	}
	for code, permanent := range map[string]bool{"channel_not_found": true, "not_in_channel": true, "is_archived": true, "internal_error": false} {
		err := deliveryError("notify", slack.SlackErrorResponse{Err: code})
		if errors.Is(err, reminders.ErrPermanent) != permanent {
			t.Errorf("%s: permanent = %v, want %v", code, !permanent, permanent)
		}
	}
}

// The board never shows a passed deadline as the next one.
func TestBoardPastDeadline(t *testing.T) {
	u := plan.UnitRef{City: "丽水市", Name: "市商务局"}
	now := plan.NewDay(2026, 11, 21).Time(9, 0)
	rows := []reminders.TaskStatus{
		{Task: "d:1", Title: "甲", Unit: u, Colour: duties.Red, Deadline: plan.NewDay(2024, 12, 31)},
		{Task: "d:2", Title: "乙", Unit: u, Colour: duties.Yellow, Deadline: plan.NewDay(2026, 11, 25)},
	}
	v := boardView([]plan.UnitRef{u}, rows, now)
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if !strings.Contains(s, "已于 2024-12-31 到期") || strings.Contains(s, "下一截止 2024-12-31") {
		t.Errorf("a passed deadline shown as next: %s", s)
	}
	if !strings.Contains(s, "下一截止 2026-11-25") {
		t.Errorf("the coming deadline is missing: %s", s)
	}
}

// TestUntrustedTextIsEscaped: unit names, titles and reminder texts come from plans and users; none
// may reach Slack as a mention, a link or a channel reference, in the blocks or in the message text.
func TestUntrustedTextIsEscaped(t *testing.T) {
	hostile := "<!here> <!channel> <@U999> <#C999> <https://evil.example|点我> &amp;"
	unit := plan.UnitRef{City: "衢州市", Name: "市<!here>局"}
	cases := []struct {
		name string
		msgs []message
	}{
		{"plan nudge", []message{nudgeMessage(reminders.Nudge{OccurrenceID: "o", TaskID: "d:1", TaskTitle: hostile, PlanTitle: hostile, Section: hostile,
			Unit: unit, Role: plan.RoleLead, Deadline: plan.NewDay(2026, 12, 31), Quote: hostile, Colour: duties.Red, Text: hostile})}},
		{"custom reminder", []message{nudgeMessage(reminders.Nudge{OccurrenceID: "o", Unit: unit, Text: hostile, Colour: duties.Yellow})}},
		{"answer", answerMessages(bot.Answer{Text: hostile, Citations: []bot.Citation{{Title: hostile, Section: hostile, Task: hostile}}})},
		{"digest", digestMessages(reminders.Digest{Units: []reminders.DigestUnit{{Unit: unit, Events: []reminders.Event{{Kind: reminders.EventProgress, Who: hostile, Task: hostile, Text: hostile}}}}}, testNow, testNow)},
		{"code blocks", []message{{Blocks: codeBlocks(hostile)}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, m := range c.msgs {
				b, _ := json.Marshal(m.Blocks)
				var blocks any
				json.Unmarshal(b, &blocks)
				var texts []string
				collectStrings(blocks, &texts)
				texts = append(texts, m.Text)
				for _, s := range texts {
					for _, bad := range []string{"<!", "<@U999", "<#C999", "<https"} {
						if strings.Contains(s, bad) {
							t.Errorf("%q reaches Slack raw in %q", bad, s)
						}
					}
				}
			}
		})
	}
}

func collectStrings(v any, out *[]string) {
	switch v := v.(type) {
	case string:
		*out = append(*out, v)
	case []any:
		for _, x := range v {
			collectStrings(x, out)
		}
	case map[string]any:
		for _, x := range v {
			collectStrings(x, out)
		}
	}
}

// TestBatchMessageOneLineAndButtonsPerTask: a channel's nudges of one morning are one message with
// the overdue list first, each task with its own buttons; a press on one task changes its line only.
func TestBatchMessageOneLineAndButtonsPerTask(t *testing.T) {
	unit := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	nudges := []reminders.Nudge{
		{OccurrenceID: "a@late", TaskID: "d1:1", TaskNumber: "1", TaskTitle: "综合保税区", Unit: unit, Kind: reminders.KindBacklog, Colour: duties.Red, Deadline: plan.NewDay(2023, 12, 31), PlanTitle: "衢州方案"},
		{OccurrenceID: "b@late", TaskID: "d1:2", TaskNumber: "2", TaskTitle: "招商平台", Unit: unit, Kind: reminders.KindBacklog, Colour: duties.Red, Deadline: plan.NewDay(2024, 12, 31)},
		{OccurrenceID: "c@T-7", TaskID: "d1:4", TaskNumber: "4", TaskTitle: "年底验收", Unit: unit, Kind: reminders.KindBy, Colour: duties.Blue, Deadline: plan.NewDay(2026, 12, 15)},
	}
	msgs := batchMessages(nudges, plan.NewDay(2026, 12, 3))
	if len(msgs) != 1 || !reflect.DeepEqual(msgs[0].occurrences, []string{"a@late", "b@late", "c@T-7"}) {
		t.Fatalf("%d messages carrying %v", len(msgs), msgs[0].occurrences)
	}
	text := messageText(msgs[0].message)
	for _, want := range []string{"逾期清单* · 2 项 · 另有今日提醒 1 项 · 衢州市 市商务局", "只列这一次", "已于 2023-12-31 到期,已逾期 1068 天", "截止 2026-12-15"} {
		if !strings.Contains(text, want) {
			t.Errorf("batch lacks %q:\n%s", want, text)
		}
	}
	buttons := func(bs []slack.Block) []string {
		var ids []string
		for _, b := range bs {
			if a, ok := b.(*slack.ActionBlock); ok {
				ids = append(ids, a.BlockID)
			}
		}
		return ids
	}
	if got := buttons(msgs[0].Blocks); !reflect.DeepEqual(got, []string{"nudge_actions#0", "nudge_actions#1", "nudge_actions#2"}) {
		t.Errorf("actions blocks %v", got)
	}
	after := withStatus(msgs[0].Blocks, "✅ 完成", true, "nudge_actions#1")
	if got := buttons(after); !reflect.DeepEqual(got, []string{"nudge_actions#0", "nudge_actions#2"}) {
		t.Errorf("after 完成 on the second task: %v", got)
	}
	for i, b := range after {
		if c, ok := b.(*slack.ContextBlock); ok && c.BlockID == "nudge_status#1" {
			if s, ok := after[i-1].(*slack.SectionBlock); !ok || !strings.Contains(s.Text.Text, "招商平台") {
				t.Errorf("the status is not below its task: %+v", after[i-1])
			}
			return
		}
	}
	t.Error("no status line for the second task")
}

// TestLeadersCopiesHaveNoButtons: the leaders' copies of a morning's escalations are one message,
// with no buttons (the unit acts on its own message).
func TestLeadersCopiesHaveNoButtons(t *testing.T) {
	unit := plan.UnitRef{City: "衢州市", Name: "市商务局"}
	var nudges []reminders.Nudge
	for i, task := range []string{"d1:1", "d1:2"} {
		nudges = append(nudges, reminders.Nudge{OccurrenceID: fmt.Sprint("o", i, "#leaders"), TaskID: task, TaskTitle: "任务" + task,
			Unit: unit, Kind: reminders.KindOverdue, Colour: duties.Red, Deadline: plan.NewDay(2026, 12, 15), Leaders: true})
	}
	msgs := batchMessages(nudges, plan.NewDay(2026, 12, 22))
	if text := messageText(msgs[0].message); !strings.Contains(text, "逾期任务抄送领导* · 2 项") || strings.Contains(text, actDone) {
		t.Errorf("leaders' copies:\n%s", text)
	}
}

// messageText is a message's text and its blocks, for a test to look into.
func messageText(m message) string {
	b, _ := json.Marshal(m.Blocks)
	return m.Text + string(b)
}
