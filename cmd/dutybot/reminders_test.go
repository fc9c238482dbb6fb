package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// syncBuffer is a Stdout the dispatcher's goroutines and the test can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type remindEnv struct {
	vars map[string]string
	now  time.Time
}

func newRemindEnv(t *testing.T, withRedis bool) *remindEnv {
	e := &remindEnv{vars: map[string]string{"LOG_LEVEL": "error", "REDIS_URL": "redis://127.0.0.1:1/0"},
		now: time.Date(2026, 11, 22, 10, 0, 0, 0, plan.Shanghai)}
	if withRedis {
		_, prefix := redistest.Client(t)
		e.vars["REDIS_URL"], e.vars["DUTYBOT_REDIS_PREFIX"] = redistest.URL(t), prefix
	}
	return e
}

func (e *remindEnv) main(stdout, stderr interface{ Write([]byte) (int, error) }) *Main {
	m := NewMain()
	m.Stdout, m.Stderr = stdout, stderr
	m.Getenv = func(k string) string { return e.vars[k] }
	m.Now = func() time.Time { return e.now }
	return m
}

func (e *remindEnv) run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	m := e.main(&out, &errOut)
	err := m.Run(context.Background(), args)
	m.Close()
	if err != nil {
		return out.String() + errOut.String(), err
	}
	return out.String(), nil
}

// TestDueFromPlansAlone: due needs no Redis, never lists a past date as upcoming, and keeps
// upcoming items within the window.
func TestDueFromPlansAlone(t *testing.T) {
	e := newRemindEnv(t, false)
	for _, within := range []string{"30d", "400d", "0d"} {
		out, err := e.run(t, "due", "--now", "2026-06-15", "--within", within, "--json")
		if err != nil {
			t.Fatalf("due: %v\n%s", err, out)
		}
		var items []struct {
			Task, Unit, City, Date, Kind, Quote, Status string
		}
		if err := json.Unmarshal([]byte(out), &items); err != nil {
			t.Fatalf("due --json: %v\n%s", err, out)
		}
		days, _ := reminders.ParseDays(within)
		last := plan.NewDay(2026, 6, 15+days).String()
		var overdue, upcoming int
		for _, it := range items {
			switch it.Status {
			case "overdue":
				overdue++
				if it.Date >= "2026-06-15" {
					t.Errorf("%s %s on %s listed overdue", it.Task, it.Unit, it.Date)
				}
			case "upcoming":
				upcoming++
				if it.Date < "2026-06-15" || it.Date > last {
					t.Errorf("%s %s on %s listed upcoming within %s", it.Task, it.Unit, it.Date, within)
				}
			default:
				t.Errorf("status %q", it.Status)
			}
			if it.Kind != "by" && it.Kind != "target" && it.Kind != "recurring" {
				t.Errorf("kind %q", it.Kind)
			}
			if it.Task == "" || it.City == "" {
				t.Errorf("incomplete item %+v", it)
			}
		}
		if overdue == 0 {
			t.Errorf("within %s: the seed plans' 2023-2025 dates should be overdue", within)
		}
		if within == "400d" && upcoming == 0 {
			t.Errorf("within %s: nothing upcoming from the seed plans", within)
		}
	}
	out, err := e.run(t, "due", "--now", "2026-06-15", "--unit", "商务局", "--city", "衢州")
	if err != nil || !strings.Contains(out, "衢州市 市商务局") || strings.Contains(out, "湖州") {
		t.Errorf("due --unit: %v\n%s", err, out)
	}
	if _, err := e.run(t, "due", "--unit", "不存在的局"); err == nil {
		t.Error("unknown unit accepted")
	}

}

// TestCalendarWarnsOnceAYearAhead: the holiday calendar's end is announced once, by dispatch (and
// serve), when it is less than a year away — not by due, and not on every run.
func TestCalendarWarnsOnceAYearAhead(t *testing.T) {
	e := newRemindEnv(t, true)
	e.vars["LOG_LEVEL"] = "warn"
	warnings := func(args ...string) int {
		t.Helper()
		var stdout, stderr bytes.Buffer
		m := e.main(&stdout, &stderr)
		if err := m.Run(context.Background(), args); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr.String())
		}
		m.Close()
		return strings.Count(stderr.String(), "the holiday calendar ends with")
	}
	e.now = time.Date(2026, 11, 22, 10, 0, 0, 0, plan.Shanghai) // the calendar runs to 2027-12-31
	if n := warnings("dispatch", "--once", "--sync=false"); n != 0 {
		t.Errorf("more than a year ahead: %d warnings", n)
	}
	e.now = time.Date(2027, 12, 15, 10, 0, 0, 0, plan.Shanghai)
	if n := warnings("due", "--within", "30d"); n != 0 {
		t.Errorf("due warned %d times", n)
	}
	total := 0
	for range 3 {
		total += warnings("dispatch", "--once", "--sync=false")
	}
	if total != 1 {
		t.Errorf("three dispatch runs within a year of the end warned %d times, want once", total)
	}
	// A file in DUTYBOT_HOLIDAYS with the next year moves the end.
	holidays := t.TempDir() + "/2028.txt"
	if err := os.WriteFile(holidays, []byte("2028-01-01 holiday 元旦\n2028-12-31 holiday 元旦\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.vars["DUTYBOT_HOLIDAYS"] = holidays
	e.now = time.Date(2027, 3, 1, 10, 0, 0, 0, plan.Shanghai)
	if n := warnings("dispatch", "--once", "--sync=false"); n != 0 {
		t.Errorf("warned although 2028 is in DUTYBOT_HOLIDAYS: %d", n)
	}
}

// TestRemindCommands drives remind add, list, done, snooze, status and cancel against Redis, and
// checks that a done mark reaches due. Its steps share one Redis and run in order.
func TestRemindCommands(t *testing.T) {
	e := newRemindEnv(t, true)
	var items []duties.Item
	steps := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"add, list and cancel", e.addListCancel},
		{"a done mark reaches due", func(t *testing.T) { items = e.doneReachesDue(t) }},
		{"extend, status, snooze and the board", func(t *testing.T) { e.extendStatusSnooze(t, items) }},
		{"the digest", e.digest},
	}
	for _, st := range steps {
		if !t.Run(st.name, st.run) {
			return
		}
	}
}

func (e *remindEnv) addListCancel(t *testing.T) {
	out, err := e.run(t, "remind", "add", "--unit", "商务局", "--city", "衢州", "--at", "2026-12-01 09:00", "综合保税区验收")
	if err != nil {
		t.Fatalf("add: %v\n%s", err, out)
	}
	id := strings.Fields(out)[0]
	if !strings.Contains(out, "首次 2026-12-01 09:00") || !strings.Contains(out, "衢州市 市商务局") {
		t.Errorf("add: %s", out)
	}
	if out, err := e.run(t, "remind", "add", "--channel", "C9", "--every", "monthly", "--at", "2026-11-25 15:00", "月报"); err != nil {
		t.Fatalf("add --every: %v\n%s", err, out)
	}
	if out, err := e.run(t, "remind", "add", "--unit", "商务局", "--at", "2026-12-01 09:00", "x"); err == nil {
		t.Errorf("an ambiguous unit (several cities have 商务局) was accepted: %s", out)
	}
	out, err = e.run(t, "remind", "list")
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "月报") {
		t.Fatalf("list: %v\n%s", err, out)
	}
	if out, err := e.run(t, "remind", "cancel", id); err != nil {
		t.Fatalf("cancel: %v\n%s", err, out)
	}
	if out, _ := e.run(t, "remind", "list"); strings.Contains(out, id) {
		t.Errorf("cancelled reminder still listed:\n%s", out)
	}
}

// doneReachesDue marks an overdue task done (no `remind sync` first: the schedules follow the plans
// by themselves) and sees due drop it; it returns what due listed before.
func (e *remindEnv) doneReachesDue(t *testing.T) []duties.Item {
	out, err := e.run(t, "due", "--now", "2026-11-22", "--unit", "商务局", "--city", "衢州", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var items []duties.Item
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
		t.Fatalf("due: %v %s", err, out)
	}
	task := items[0].Task
	if out, err := e.run(t, "remind", "done", task, "--unit", "商务局", "--city", "衢州", "--by", "张三"); err != nil {
		t.Fatalf("done: %v\n%s", err, out)
	}
	out, _ = e.run(t, "due", "--now", "2026-11-22", "--unit", "商务局", "--city", "衢州", "--json")
	if strings.Contains(out, `"task": "`+task+`"`) {
		t.Errorf("done task still listed by due:\n%s", out)
	}
	return items
}

func (e *remindEnv) extendStatusSnooze(t *testing.T, items []duties.Item) {
	task := items[0].Task
	if out, err := e.run(t, "remind", "extend", task, "--unit", "商务局", "--city", "衢州", "--to", "2027-03-31", "等待批复"); err != nil {
		t.Fatalf("extend: %v\n%s", err, out)
	}
	out, err := e.run(t, "remind", "status", task, "--unit", "商务局", "--city", "衢州")
	if err != nil || !strings.Contains(out, "绿灯") || !strings.Contains(out, "张三") || !strings.Contains(out, "申请延期") {
		t.Errorf("status: %v\n%s", err, out)
	}
	if len(items) > 1 && items[1].Task != task {
		// Sunday 10:00 plus a week is a Sunday: the nudge comes back on Monday at the nudge time.
		out, err := e.run(t, "remind", "snooze", items[1].Task, "--unit", "商务局", "--city", "衢州", "--for", "1w")
		if err != nil || !strings.Contains(out, "已推迟提醒到 2026-11-30 09:00") {
			t.Errorf("snooze: %v\n%s", err, out)
		}
	}
	if out, err := e.run(t, "remind", "snooze", task, "--unit", "商务局", "--city", "衢州"); err == nil {
		t.Errorf("snooze without a time accepted: %s", out)
	}
	out, err = e.run(t, "remind", "board", "--unit", "商务局", "--city", "衢州")
	if err != nil || !strings.Contains(out, "绿灯  衢州市 市商务局  "+task) {
		t.Errorf("board: %v\n%s", err, out)
	}
}

func (e *remindEnv) digest(t *testing.T) {
	if out, err := e.run(t, "remind", "digest", "--schedule", "mon 09:00"); err != nil || !strings.Contains(out, "每周一 09:00") {
		t.Errorf("digest --schedule: %v\n%s", err, out)
	}
	if out, err := e.run(t, "remind", "digest", "--schedule", "someday"); err == nil {
		t.Errorf("bad digest schedule accepted: %s", out)
	}
	out, err := e.run(t, "remind", "digest")
	if err != nil || !strings.Contains(out, "衢州市 市商务局") || !strings.Contains(out, "完成  张三") {
		t.Errorf("digest: %v\n%s", err, out)
	}
}

// TestRemindWithoutRedis: commands that need Redis say so clearly.
func TestRemindWithoutRedis(t *testing.T) {
	e := newRemindEnv(t, false)
	out, err := e.run(t, "remind", "list")
	if err == nil || !strings.Contains(err.Error(), "提醒存储（Redis）连不上") {
		t.Errorf("remind list without Redis: %v\n%s", err, out)
	}
}

// TestDispatchProcessesPrintEachNudgeOnce runs several dispatch commands on one Redis, as separate
// processes would, and checks that together they print every nudge exactly once.
func TestDispatchProcessesPrintEachNudgeOnce(t *testing.T) {
	e := newRemindEnv(t, true)
	e.vars["DUTYBOT_POLL"] = "20ms"
	const n = 300
	// Add the reminders through the store (the CLI would take a process per reminder).
	ctx := context.Background()
	store, err := testApp(t, e.vars, func() time.Time { return e.now }).OpenReminders(ctx, 3*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	due := time.Date(2026, 11, 22, 10, 30, 0, 0, plan.Shanghai)
	for i := 0; i < n; i++ {
		if _, _, err := store.Add(ctx, reminders.Custom{Route: fmt.Sprintf("C%d", i%7), At: due, Text: fmt.Sprintf("提醒%03d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	e.now = due.Add(time.Minute)

	runCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	outs := make([]*syncBuffer, 3)
	var wg sync.WaitGroup
	for i := range outs {
		outs[i] = &syncBuffer{}
		m := e.main(outs[i], &bytes.Buffer{})
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.Run(runCtx, []string{"dispatch", "--sync=false"}); err != nil {
				t.Errorf("dispatch: %v", err)
			}
			m.Close()
		}()
	}
	lines := func() []string {
		var all []string
		for _, o := range outs {
			all = append(all, strings.Split(strings.TrimSpace(o.String()), "\n")...)
		}
		var kept []string
		for _, l := range all {
			if l != "" {
				kept = append(kept, l)
			}
		}
		return kept
	}
	for len(lines()) < n && runCtx.Err() == nil {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // a double would show up now
	cancel()
	wg.Wait()

	seen := map[string]int{}
	printers := 0
	for _, o := range outs {
		if o.String() != "" {
			printers++
		}
	}
	for _, l := range lines() {
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[0] != "2026-11-22 10:30" || !strings.HasPrefix(f[1], "C") {
			t.Errorf("line %q is not due<TAB>route<TAB>text", l)
			continue
		}
		seen[f[2]]++
	}
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("【提醒】提醒%03d", i)
		if seen[text] != 1 {
			t.Errorf("%s printed %d times", text, seen[text])
		}
	}
	t.Logf("%d nudges printed by %d of 3 dispatch processes", len(lines()), printers)
}

// TestDispatchSeedPlans: with the seed plans and no `remind sync`, a city routed to a channel gets,
// on the first morning, the overdue list of what passed before go-live, and the leaders one summary;
// a week later neither comes again (no weekly red notices for the backlog), and other cities'
// nudges wait for a route.
func TestDispatchSeedPlans(t *testing.T) {
	e := newRemindEnv(t, true)
	if out, err := e.run(t, "remind", "subscribe", "--city", "衢州", "CQZ"); err != nil {
		t.Fatalf("subscribe: %v\n%s", err, out)
	}
	if out, err := e.run(t, "remind", "subscribe", "--leaders", "CLEAD"); err != nil {
		t.Fatalf("subscribe leaders: %v\n%s", err, out)
	}
	e.now = e.now.AddDate(0, 0, 8)
	out, err := e.run(t, "dispatch", "--once", "--sync=false")
	if err != nil {
		t.Fatalf("dispatch: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var list, summary int
	for _, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			t.Fatalf("line %q", l)
		}
		switch {
		case f[1] == "CQZ" && strings.HasPrefix(f[2], "【逾期清单】"):
			list++
		case f[1] == "CLEAD" && strings.HasPrefix(f[2], "【逾期清单汇总】"):
			summary++
		case f[1] == "CQZ" && strings.HasPrefix(f[2], "【周期任务】"):
		default:
			t.Errorf("not a line of the overdue list, its summary or a duty: %q", l)
		}
	}
	if list == 0 || summary != 1 {
		t.Errorf("%d lines of 衢州's overdue list and %d summaries to the leaders; want some and one:\n%s", list, summary, out)
	}
	// A second pass has nothing left to send; a week later the backlog is not escalated.
	if out, err := e.run(t, "dispatch", "--once", "--sync=false"); err != nil || strings.TrimSpace(out) != "" {
		t.Errorf("second pass: %v\n%s", err, out)
	}
	e.now = e.now.AddDate(0, 0, 7)
	out, err = e.run(t, "dispatch", "--once", "--sync=false")
	if err != nil || strings.Contains(out, "【红色预警】") || strings.Contains(out, "【逾期清单") {
		t.Errorf("a week later: %v\n%s", err, out)
	}
	out, _ = e.run(t, "remind", "routes")
	if !strings.Contains(out, "待配置接收渠道的提醒") || strings.Contains(out, "待配置接收渠道的提醒  0") {
		t.Errorf("routes: %s", out)
	}

	// The long-running form starts and stops cleanly when its context ends. (That a running replica
	// hears of plans added elsewhere is tested in ingest and in the serve replica test.)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	var stdout, stderr syncBuffer
	m := e.main(&stdout, &stderr)
	errc := make(chan error, 1)
	go func() { errc <- m.Run(ctx, []string{"dispatch"}) }()
	time.Sleep(500 * time.Millisecond)
	cancel()
	if err := <-errc; err != nil {
		t.Errorf("dispatch: %v\n%s", err, stderr.String())
	}
	m.Close()
}

// TestAskLeavesOutDoneTasks: a task its lead unit marked done with `remind done` is not overdue in
// `ask`, and the answer says who marked it and when.
func TestAskLeavesOutDoneTasks(t *testing.T) {
	e := newRemindEnv(t, true)
	e.vars["DUTYBOT_DATA_DIR"] = t.TempDir()
	ask := func() askJSON {
		t.Helper()
		out, err := e.run(t, "ask", "--json", "--now", "2026-12-01", "菏泽哪些任务已逾期?")
		if err != nil {
			t.Fatalf("ask: %v\n%s", err, out)
		}
		var a askJSON
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatalf("ask --json printed %q: %v", out, err)
		}
		return a
	}
	before := ask()
	const culture = "395914cf:2.2.1" // 菏泽 文化旅游, led by 市文化广电旅游局 alone, 到2025年
	if !strings.Contains(strings.Join(before.Tasks, " "), culture) {
		t.Fatalf("before the mark, %s is not overdue: %v\n%s", culture, before.Tasks, before.Answer)
	}
	if out, err := e.run(t, "remind", "done", culture, "--unit", "市文化和旅游局", "--city", "菏泽", "--by", "王敏"); err != nil {
		t.Fatalf("remind done: %v\n%s", err, out)
	}
	after := ask()
	if strings.Contains(strings.Join(after.Tasks, " "), culture) || len(after.Tasks) != len(before.Tasks)-1 {
		t.Errorf("after the mark: tasks %v (before %v)", after.Tasks, before.Tasks)
	}
	if !strings.Contains(after.Answer, "王敏") || !strings.Contains(after.Answer, "已标记完成") {
		t.Errorf("the answer does not say who marked it done:\n%s", after.Answer)
	}
}

// TestRemindErrorsStripControls: the errors remind commands end with quote their arguments, and
// main prints them through the same stripping as all other output (finding 11).
func TestRemindErrorsStripControls(t *testing.T) {
	e := newRemindEnv(t, true)
	const esc = "\x1b]52;c;cHduZWQ=\x07\x1b[2J"
	tests := []struct {
		name string
		args []string
	}{
		{"done", []string{"remind", "done", "c21914d7:2.1.2" + esc, "--unit", "商务局", "--city", "衢州"}},
		{"subscribe", []string{"remind", "subscribe", "--unit", "商务局", "--city", "衢州", "C0123" + esc}},
		{"unsubscribe", []string{"remind", "unsubscribe", "--unit", "商务局" + esc, "--city", "衢州", "C0123"}},
		{"cancel", []string{"remind", "cancel", "x" + esc}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.run(t, tc.args...)
			if err == nil {
				t.Fatal("no error")
			}
			var b bytes.Buffer
			printError(&b, err)
			if strings.ContainsAny(b.String(), "\x1b\x07") || !strings.HasPrefix(b.String(), "dutybot: ") {
				t.Errorf("printed %q", b.String())
			}
		})
	}
}

// TestRemindAddRefusesMultiLineText: a line break or tab in a reminder's text could forge rows in
// remind list (finding 07); it is refused when added.
func TestRemindAddRefusesMultiLineText(t *testing.T) {
	e := newRemindEnv(t, true)
	for _, tc := range []struct{ name, text string }{
		{"newline", "报送数据\nc0ffee00000  2026-12-03 09:00  提醒  C0LEADERS  已完成"},
		{"carriage return", "报送数据\r伪造"},
		{"tab", "报送数据\t伪造"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := e.run(t, "remind", "add", "--channel", "C0123", "--at", "2026-12-03 09:00", tc.text)
			if err == nil || !strings.Contains(err.Error(), "one line") {
				t.Fatalf("err = %v\n%s", err, out)
			}
		})
	}
}

func TestRowKeepsCellsOnOneLine(t *testing.T) {
	tests := []struct {
		name  string
		cells []string
		want  string
	}{
		{"plain", []string{"a", "b"}, "a\tb\n"},
		{"newline", []string{"c1", "报送数据\nc0ffee  已完成"}, "c1\t报送数据⏎c0ffee  已完成\n"},
		{"crlf", []string{"x\r\ny"}, "x⏎y\n"},
		{"tab", []string{"a\tb", "c"}, "a b\tc\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			row(&b, tc.cells...)
			if b.String() != tc.want {
				t.Errorf("row = %q, want %q", b.String(), tc.want)
			}
		})
	}
}

// TestRemindAddRefusesUnknownUnit: a unit or city no plan names is refused with the nearest names,
// not scheduled where no nudge can go (finding 12).
func TestRemindAddRefusesUnknownUnit(t *testing.T) {
	e := newRemindEnv(t, true)
	tests := []struct {
		name    string
		flags   []string
		wantErr string // "" for accepted
	}{
		{"known unit", []string{"--unit", "商务局", "--city", "衢州"}, ""},
		{"a city as a whole", []string{"--city", "衢州"}, ""},
		{"typo in the unit", []string{"--unit", "商务居", "--city", "衢州"}, "商务局"},
		{"no such city", []string{"--unit", "商务局", "--city", "火星"}, "火星"},
		{"nothing named", nil, "--unit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"remind", "add"}, tc.flags...), "--at", "2026-12-03 09:00", "报送材料")
			out, err := e.run(t, args...)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("refused: %v\n%s", err, out)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Fatalf("err = %v, want one naming %q\n%s", err, tc.wantErr, out)
			}
		})
	}
}
