package slackapp

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// Review 64: what the leaders get in Slack — the weekly digest and /dutybot summary — over a plan as
// such plans are written. Each test fails on the code it was written against.

// rev64Plan is 金华's 养老服务 plan (2025—2027), in the form of 浙江's 2025 plans.
const rev64Plan = `金华市人民政府办公室关于印发金华市推进养老服务体系建设三年行动方案（2025—2027年）的通知

金政办发〔2025〕12号

各县（市、区）人民政府，市政府各部门：
《金华市推进养老服务体系建设三年行动方案（2025—2027年）》已经市政府同意，现印发给你们，请认真贯彻执行。

金华市人民政府办公室
2025年3月18日

金华市推进养老服务体系建设三年行动方案（2025—2027年）

一、重点任务
（一）完善居家社区养老服务网络
1.建设乡镇（街道）区域养老服务中心。2025年6月底前完成首批20个区域养老服务中心建设，2026年底前实现乡镇（街道）全覆盖。（牵头单位：市民政局；配合单位：市财政局、市自然资源和规划局）
2.推进公办养老机构改革。2024年12月底前完成公办养老机构公建民营改革试点。（牵头单位：市民政局；配合单位：市发改委、市国资委）
（二）推进医养康养结合
3.推进医养结合机构建设。2025年9月底前每个县（市、区）至少建成1家医养结合机构。（牵头单位：市卫生健康委；配合单位：市民政局、市医保局）
`

func rev64Docs(t *testing.T) []*plan.Document {
	t.Helper()
	d, err := plan.ParseText("金华方案.txt", rev64Plan, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return []*plan.Document{d}
}

// TestRev64_DigestNamesTheTask: the weekly 督办简报 in the leaders' channel lists what changed since
// last week, one line per thing a unit did. 市民政局 marked "推进公办养老机构改革" done and reported progress
// on "建设乡镇（街道）区域养老服务中心"; the digest says "11-20 <@UWANG> 标记完成 598d732f:1.1.2" and
// "填报进展 598d732f:1.1.1:已建成区域中心18个" — the store's task ids, which no leader can read (the
// plan's own number and title are what the board, the nudges and the 台账 show). Cause: eventLine prints
// Event.Task, the id the store records; the slackapp tests' fake gives it "第(五)项" and so pass. General:
// every line of every digest.
func TestRev64_DigestNamesTheTask(t *testing.T) {
	docs := rev64Docs(t)
	var store *reminders.Store
	h := start(t, func(o *Options) {
		store = reminders.NewStore(o.Redis, reminders.StoreOptions{Prefix: o.Keys.Prefix, Now: o.Now})
		o.Reminders = store
		dir := plan.NewDirectory(docs, nil)
		o.Directory = func() *plan.Directory { return dir }
	})
	ctx := context.Background()
	if _, err := store.Follow(ctx, docs); err != nil {
		t.Fatal(err)
	}
	civil := plan.UnitRef{City: "金华市", Name: "市民政局"}
	task := func(title string) string {
		for _, tk := range docs[0].Tasks {
			if tk.Title == title {
				return tk.ID
			}
		}
		t.Fatalf("no task %s", title)
		return ""
	}
	if err := store.MarkDone(ctx, reminders.Change{Task: task("推进公办养老机构改革"), Unit: civil, By: "UWANG"}); err != nil {
		t.Fatal(err)
	}
	if err := store.ReportProgress(ctx, reminders.Change{Task: task("建设乡镇（街道）区域养老服务中心"), Unit: civil, By: "UWANG"}, "已建成区域中心18个"); err != nil {
		t.Fatal(err)
	}
	if _, err := h.app.Notifier().Notify(ctx, reminders.Nudge{OccurrenceID: "digest@2026-11-23", Route: "CLEADERS", Kind: reminders.KindDigest,
		Due: testNow.Add(time.Hour), Unit: reminders.LeadersUnit, Text: "【督办周报】"}); err != nil {
		t.Fatal(err)
	}
	ms := posted(h.fake.Snapshot(), func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })
	if len(ms) == 0 {
		t.Fatal("no digest posted")
	}
	text := ms[0].AllText()
	if !strings.Contains(text, "已建成区域中心18个") {
		t.Fatalf("the digest lacks the progress line:\n%s", text)
	}
	for _, title := range []string{"推进公办养老机构改革", "建设乡镇（街道）区域养老服务中心"} {
		if !strings.Contains(text, title) {
			t.Errorf("the digest's change lines do not name %q (only its id %s):\n%s", title, task(title), text)
		}
	}
}

// TestRev64_SummaryOverdueOfACity: `/dutybot help` gives "/dutybot summary overdue" for the leaders'
// overdue summary and "/dutybot summary 湖州" for a city's. A leader of one city writes both: "/dutybot
// summary 逾期 金华", "/dutybot summary 金华 逾期" (as "/dutybot due 逾期 菏泽" works). dutybot reads the
// words as one unit's name ("逾期 金华") and answers that the plans have no such unit. Cause:
// summaryCommand takes 逾期/overdue only as the whole text, then the rest as a city or a unit. General:
// every leader who scopes the overdue summary to a city or a unit.
func TestRev64_SummaryOverdueOfACity(t *testing.T) {
	docs := rev64Docs(t)
	h := start(t, func(o *Options) {
		dir := plan.NewDirectory(docs, nil)
		o.Directory = func() *plan.Directory { return dir }
	})
	for _, text := range []string{"逾期 金华", "金华 逾期", "overdue 金华"} {
		req, why := summaryCommand(h.app, text)
		if why != "" || req.query == nil {
			t.Errorf("/dutybot summary %s: %q", text, why)
			continue
		}
		q := req.query
		var units []string
		for _, u := range q.Units {
			units = append(units, u.Name)
		}
		if q.Status != "overdue" || len(q.Cities) != 1 || q.Cities[0] != "金华市" || len(units) > 0 {
			t.Errorf("/dutybot summary %s reads as status %q, cities %q, units %q; want what is overdue in 金华市", text, q.Status, q.Cities, units)
		}
	}
}

// TestRev64_ExtensionCanBeGranted: a unit presses 申请延期 on a nudge ("等待省级批复", to 2027-03-31) and
// the leaders' channel gets "📨 衢州市 市商务局 申请把「推进综合保税区建设」延期到 2027-03-31。理由:…" — text
// only. README: a snooze "never delays a red notice: only the leaders may put a deadline off (申请延
// 期)". But nothing lets them: the message has no 同意/批准 button, no command grants it (`remind
// extend` only asks again), so once the leaders agree, the red notice still goes to the unit and
// their own channel every week and the board stays 红灯 until someone marks undone work 完成 or closes
// the whole plan. General: every extension request, the one way a deadline moves in 督办 practice.
func TestRev64_ExtensionCanBeGranted(t *testing.T) {
	t.Skip("fix64b: granting needs a state the domain does not have yet — a granted date on the share that the 亮灯 colour (duties.Colour, reminders' board) and the dispatcher's red notices (a snooze the red notices obey, until the granted day) both read, with an event for the digest; that is a change to duties/ and reminders/, which fix64a is changing in parallel. A 批准延期 button with nothing behind it would only fit this test. Left for a change that adds Store.GrantExtension, then the button (admins and the leaders' channel, through authorize.go)")
	h := start(t, func(o *Options) { o.LeadersChannel = "CLEADERS" })
	h.rem.setRoutes(quzhou, "CQUZHOU")
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.rem.setBoard([]reminders.TaskStatus{{Task: "d1:3.5", TaskNumber: "(五)", Title: "推进综合保税区建设", Unit: quzhou, Colour: duties.Red, Deadline: plan.NewDay(2026, 10, 31), NextOccurrence: "s1@O+3"}})
	if err := h.rdb.SAdd(context.Background(), h.keys.SlackHome("UALICE"), "衢州市|市商务局").Err(); err != nil {
		t.Fatal(err)
	}
	h.fake.Event("EvHome64", map[string]any{"type": "app_home_opened", "user": "UALICE", "channel": "DALICE", "tab": "home", "event_ts": "1"})
	r := h.wait(t, "home", func(r slackfake.Records) bool { return len(r.Views) == 1 })
	h.fake.ClickHome("UALICE", r.Views[0], actExtend)
	r = h.wait(t, "modal", func(r slackfake.Records) bool {
		for _, v := range r.Views {
			if v.Method == "views.open" {
				return true
			}
		}
		return false
	})
	var modalView slackfake.View
	for _, v := range r.Views {
		if v.Method == "views.open" {
			modalView = v
		}
	}
	h.fake.Submit("UALICE", modalView, map[string]map[string]map[string]any{
		"to": {"date": {"type": "datepicker", "selected_date": "2027-03-31"}}, "reason": {"text": {"type": "plain_text_input", "value": "等待省级批复"}}})
	r = h.wait(t, "leaders told", func(r slackfake.Records) bool {
		return len(posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })) == 1
	})
	m := posted(r, func(m slackfake.Message) bool { return m.Channel == "CLEADERS" })[0]
	if !strings.Contains(string(m.Blocks), `"button"`) {
		t.Errorf("the leaders' copy of the extension request has no button to grant it:\n%s", m.AllText())
	}
}
