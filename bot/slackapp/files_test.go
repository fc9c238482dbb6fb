package slackapp

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/plan"
)

// fakePlans records what the app asked of the plan store.
type fakePlans struct {
	mu    sync.Mutex
	calls []string
}

func (f *fakePlans) record(s string) {
	f.mu.Lock()
	f.calls = append(f.calls, s)
	f.mu.Unlock()
}

func (f *fakePlans) got() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.calls...)
}

func (f *fakePlans) Add(_ context.Context, name string, data []byte, dryRun bool) (planstore.Summary, error) {
	if strings.HasSuffix(name, ".doc") {
		return planstore.Summary{}, &ingest.RefusedError{Reason: "这是旧版 Word(.doc)文件", Remedy: "请另存为 .docx 再发。"}
	}
	doc := &plan.Document{Title: "衢州市服务业实施方案", Tasks: make([]plan.Task, 12)}
	if dryRun {
		f.record("preview " + name + " " + string(data))
		return planstore.Summary{Doc: doc}, nil
	}
	f.record("add " + name + " " + string(data))
	return planstore.Summary{Doc: doc, Stored: true}, nil
}

func (f *fakePlans) Remove(_ context.Context, ref string) (planstore.Entry, error) {
	f.record("remove " + ref)
	return planstore.Entry{ID: "c21914d7", Title: "衢州市服务业实施方案"}, nil
}

// shareInDM has the admin share a plan file named name with dutybot in a DM and returns the preview.
func shareInDM(t *testing.T, h *harness, name string) slackfake.Message {
	t.Helper()
	file := h.fake.AddFile(name, []byte("衢州市……实施方案"))
	dm := slackfake.ChannelMessage("UADMIN", "DADMIN", "im", "50.1", "", "新方案")
	dm["subtype"], dm["files"] = "file_share", []any{file}
	h.fake.Event("EvFile", dm)
	r := h.wait(t, "preview", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "DADMIN" })) == 1
	})
	return posted(r, func(m slackfake.Message) bool { return m.Channel == "DADMIN" })[0]
}

func TestSharedPlanFilePreviewedThenAdded(t *testing.T) {
	plans := &fakePlans{}
	h := start(t, func(o *Options) { o.Plans = plans })
	preview := shareInDM(t, h, "衢州方案.txt")
	if !strings.Contains(preview.AllText(), "任务 12 项") || !strings.Contains(preview.AllText(), "确认添加") {
		t.Fatalf("preview:\n%s", preview.AllText())
	}
	if got := plans.got(); len(got) != 1 || got[0] != "preview 衢州方案.txt 衢州市……实施方案" {
		t.Fatalf("plan calls = %q", got)
	}

	// Someone not on the admin list cannot add it.
	h.fake.Click("UALICE", preview, actPlanAdd)
	h.fake.Click("UADMIN", preview, actPlanAdd)
	r := h.wait(t, "added, and the other refused", func(r slackfake.Records) bool {
		ms := posted(r, func(m slackfake.Message) bool { return m.Channel == "DADMIN" })
		refused := posted(r, func(m slackfake.Message) bool {
			return m.Method == "response_url" && strings.Contains(m.Text, "只有管理员")
		})
		return len(ms) == 1 && ms[0].Updates == 1 && len(refused) == 1
	})
	h.drain(t)
	if got := plans.got(); len(got) != 2 || got[1] != "add 衢州方案.txt 衢州市……实施方案" {
		t.Errorf("plan calls = %q", got)
	}
	upd := posted(r, func(m slackfake.Message) bool { return m.Channel == "DADMIN" })[0]
	if !strings.Contains(upd.AllText(), "✅ <@UADMIN>") || strings.Contains(upd.AllText(), "确认添加") {
		t.Errorf("preview after adding:\n%s", upd.AllText())
	}

	// A refused file says what to do; a non-admin's file is not read.
	doc := h.fake.AddFile("old.doc", []byte("x"))
	h.fake.Event("EvDoc", map[string]any{"type": "app_mention", "user": "UADMIN", "channel": "CQUZHOU", "ts": "60.1", "event_ts": "60.1", "text": "<@" + slackfake.BotUser + ">", "files": []any{doc}})
	other := slackfake.ChannelMessage("UALICE", "DALICE", "im", "70.1", "", "")
	other["subtype"], other["files"] = "file_share", []any{h.fake.AddFile("x.txt", []byte("x"))}
	h.fake.Event("EvNotAdmin", other)
	h.wait(t, "refusals", func(r slackfake.Records) bool {
		a := posted(r, inThread("CQUZHOU", "60.1"))
		b := posted(r, func(m slackfake.Message) bool { return m.Channel == "DALICE" })
		return len(a) == 1 && strings.Contains(a[0].Text, "另存为 .docx") && len(b) == 1 && strings.Contains(b[0].Text, "只有管理员")
	})

	_, url := h.fake.Command("UADMIN", "CQUZHOU", "remove 衢政办发〔2023〕21号")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "removed", func(r slackfake.Records) bool {
		ms := posted(r, func(m slackfake.Message) bool { return m.Channel == path })
		return len(ms) == 1 && strings.Contains(ms[0].Text, "已删除")
	})
}

// A file's name reaches the preview's fallback text escaped: Slack parses mentions there too.
func TestPlanPreviewFallbackEscapesFileName(t *testing.T) {
	h := start(t, func(o *Options) { o.Plans = &fakePlans{} })
	got := shareInDM(t, h, "<!channel> 紧急 <@U0BOSS01> & 通知.txt").Text
	if want := "方案预览:&lt;!channel&gt; 紧急 &lt;@U0BOSS01&gt; &amp; 通知.txt"; got != want {
		t.Errorf("fallback text = %q, want %q", got, want)
	}
}

func TestMessageFallback(t *testing.T) {
	block := []slack.Block{slack.NewDividerBlock()}
	tests := []struct {
		name string
		m    message
		want string
	}{
		{"mentions escaped", message{Text: "<!channel> <@U1> <#C1>", Blocks: block}, "&lt;!channel&gt; &lt;@U1&gt; &lt;#C1&gt;"},
		{"ampersand escaped", message{Text: "A & B", Blocks: block}, "A &amp; B"},
		{"already escaped stays", message{Text: escape("<!here> & 1"), Blocks: block}, "&lt;!here&gt; &amp; 1"},
		{"plain text unchanged", message{Text: "方案预览:衢州.txt", Blocks: block}, "方案预览:衢州.txt"},
		{"no blocks: text is the message", message{Text: "<https://x/board|台账>"}, "<https://x/board|台账>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.fallback(); got != tc.want {
				t.Errorf("fallback() = %q, want %q", got, tc.want)
			}
		})
	}
}
