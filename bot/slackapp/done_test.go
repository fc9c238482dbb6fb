package slackapp

import (
	"context"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// doneDocs are two plans of 衢州市, each with a task numbered 1 for 市商务局, and a task of
// 市发改委's.
func doneDocs() []*plan.Document {
	mk := func(id, number string) *plan.Document {
		d := &plan.Document{ID: id, Title: "衢州市测试方案" + number, City: "衢州市", Number: number, Period: plan.NewDay(2027, 12, 31)}
		ref := new(d.Ref())
		dl := []plan.Deadline{{Quote: "2027年6月底前", Date: plan.NewDay(2027, 6, 30), Kind: plan.KindBy}}
		d.Tasks = []plan.Task{
			{ID: id + ":1.1", Doc: ref, Number: "1", Title: "综合保税区" + number, Lead: []string{"市商务局"}, Deadlines: dl},
			{ID: id + ":1.2", Doc: ref, Number: "2", Title: "物流园区" + number, Lead: []string{"市发改委"}, Deadlines: dl},
		}
		return d
	}
	return []*plan.Document{mk("aaaa0001", "衢政办发〔2023〕1号"), mk("bbbb0002", "衢政办发〔2024〕2号")}
}

// startWithStore runs the App on a real reminder store (on the test's Redis) that follows
// doneDocs, with 市商务局 and 市发改委 routed to their channels.
func startWithStore(t *testing.T) (*harness, *reminders.Store) {
	t.Helper()
	var store *reminders.Store
	h := start(t, func(o *Options) {
		store = reminders.NewStore(o.Redis, reminders.StoreOptions{Prefix: o.Keys.Prefix, Now: o.Now})
		o.Reminders = store
		dir := plan.NewDirectory(doneDocs(), nil)
		o.Directory = func() *plan.Directory { return dir }
	})
	ctx := context.Background()
	if _, err := store.Follow(ctx, doneDocs()); err != nil {
		t.Fatal(err)
	}
	for u, r := range map[plan.UnitRef]string{quzhou: "CQUZHOU", {City: "衢州市", Name: "市发改委"}: "CREFORM"} {
		if err := store.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	h.fake.SetMembers("CQUZHOU", "UALICE")
	h.fake.SetMembers("CREFORM", "UBOB")
	return h, store
}

// reply is the text of the answer to a response_url.
func (h *harness) reply(t *testing.T, url string) string {
	t.Helper()
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	pick := func(m slackfake.Message) bool { return m.Channel == path }
	r := h.wait(t, "reply at "+path, func(r slackfake.Records) bool { return len(posted(r, pick)) >= 1 })
	return posted(r, pick)[0].AllText()
}

// TestDoneButtonRefusals: the 完成 button on a nudge whose task the plans no longer have, or whose
// unit the task does not name, is refused with the reason and writes nothing; a valid one is marked.
func TestDoneButtonRefusals(t *testing.T) {
	h, store := startWithStore(t)
	ctx := context.Background()
	reform := plan.UnitRef{City: "衢州市", Name: "市发改委"}
	tests := []struct {
		name  string
		user  string
		task  string
		unit  plan.UnitRef
		route string
		want  string // in the reply; "" when accepted
	}{
		{"a task the plans no longer have", "UALICE", "aaaa0001:9.9", quzhou, "CQUZHOU", "方案里没有任务「aaaa0001:9.9」"},
		{"a task that does not name the unit", "UBOB", "aaaa0001:1.1", reform, "CREFORM", "衢州市 市发改委 没有列在以下任务上"},
		{"someone outside the unit's channels", "UMALLORY", "aaaa0001:1.1", quzhou, "CQUZHOU", "只有 <#CQUZHOU> 的成员或管理员"},
		{"a member, the unit's own task", "UALICE", "aaaa0001:1.1", quzhou, "CQUZHOU", ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := reminders.Nudge{OccurrenceID: "occ-" + tt.task, Route: tt.route, TaskID: tt.task, TaskTitle: "任务",
				Unit: tt.unit, Colour: duties.Blue, Deadline: plan.NewDay(2027, 6, 30), Due: testNow}
			if _, err := h.app.Notifier().Notify(ctx, n); err != nil {
				t.Fatal(err)
			}
			msgs := h.fake.Snapshot().Messages
			msg := msgs[len(msgs)-1]
			url, err := h.fake.Click(tt.user, msg, actDone)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				h.wait(t, "updated", func(r slackfake.Records) bool {
					return len(posted(r, func(m slackfake.Message) bool { return m.TS == msg.TS && m.Updates > 0 })) == 1
				})
				st, err := store.Status(ctx, tt.task, tt.unit)
				if err != nil || st.DoneBy != tt.user {
					t.Errorf("status after 完成: %+v %v", st, err)
				}
				return
			}
			if got := h.reply(t, url); !strings.Contains(got, tt.want) {
				t.Errorf("case %d reply %q, want %q", i, got, tt.want)
			}
			if marks, _ := store.DoneMarks(ctx, []duties.TaskUnit{{Task: tt.task, Unit: tt.unit}}); len(marks) != 0 {
				t.Errorf("a refused press wrote a done mark")
			}
		})
	}
}

// TestDoneCommandRefusals: /dutybot done checks what the button checks, and says why it refuses.
func TestDoneCommandRefusals(t *testing.T) {
	h, store := startWithStore(t)
	ctx := context.Background()
	tests := []struct {
		name string
		user string
		text string
		want string
	}{
		{"no task or unit", "UALICE", "done", "用法:`/dutybot done 任务编号 单位`"},
		{"a unit the plans do not name", "UALICE", "done aaaa0001:1.1 衢州 不存在局", "方案里没有找到单位「衢州 不存在局」"},
		{"a task that does not exist", "UALICE", "done aaaa0001:7.7 衢州 市商务局", "方案里没有任务「aaaa0001:7.7」"},
		{"a short number in two plans", "UALICE", "done 1 衢州 市商务局", "「1」可能是以下任务"},
		{"a plan that does not exist", "UALICE", "done 1 衢州 市商务局 方案=衢政办发〔2099〕9号", "没有方案是「衢政办发〔2099〕9号」"},
		{"a task that does not name the unit", "UALICE", "done aaaa0001:1.2 衢州 市商务局", "衢州市 市商务局 没有列在以下任务上"},
		{"someone outside the unit's channels", "UMALLORY", "done aaaa0001:1.1 衢州 市商务局", "只有 <#CQUZHOU> 的成员或管理员"},
		{"a short number within the plan named", "UALICE", "done 1 衢州 市商务局 方案=衢政办发〔2024〕2号", "✅ 已标记完成"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, url := h.fake.Command(tt.user, "CQUZHOU", tt.text)
			if got := h.reply(t, url); !strings.Contains(got, tt.want) {
				t.Errorf("reply %q, want %q", got, tt.want)
			}
		})
	}
	marks, err := store.DoneMarks(ctx, []duties.TaskUnit{{Task: "aaaa0001:1.1", Unit: quzhou}, {Task: "bbbb0002:1.1", Unit: quzhou}})
	if err != nil || len(marks) != 1 || marks[duties.TaskUnit{Task: "bbbb0002:1.1", Unit: quzhou}].By != "UALICE" {
		t.Errorf("done marks %v %v: want only bbbb0002:1.1's", marks, err)
	}
}

// TestClosePlanCommand: only an admin closes a plan, which then nudges no more; it opens again.
func TestClosePlanCommand(t *testing.T) {
	h, store := startWithStore(t)
	ctx := context.Background()
	for _, c := range []struct{ user, text, want string }{
		{"UALICE", "close 衢政办发〔2023〕1号", "只有管理员"},
		{"UADMIN", "close 衢政办发[2023]1号", "已关闭《衢州市测试方案衢政办发〔2023〕1号》"},
		{"UADMIN", "关闭 aaaa0001", "已经是已关闭"},
	} {
		_, url := h.fake.Command(c.user, "CQUZHOU", c.text)
		if got := h.reply(t, url); !strings.Contains(got, c.want) {
			t.Errorf("/dutybot %s by %s = %q, want %q", c.text, c.user, got, c.want)
		}
	}
	rows, err := store.Board(ctx, []plan.UnitRef{quzhou})
	if err != nil || len(rows) != 1 || rows[0].Task != "bbbb0002:1.1" {
		t.Errorf("市商务局's board after closing a plan: %+v %v", rows, err)
	}
	_, url := h.fake.Command("UADMIN", "CQUZHOU", "open aaaa0001")
	if got := h.reply(t, url); !strings.Contains(got, "已开启") {
		t.Errorf("open = %q", got)
	}
	if rows, _ := store.Board(ctx, []plan.UnitRef{quzhou}); len(rows) != 2 {
		t.Errorf("board after reopening: %+v", rows)
	}
}
