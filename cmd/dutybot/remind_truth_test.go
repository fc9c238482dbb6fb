package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestRemindDoneRefusals: remind done marks a task only when it exists and names the unit; a short
// number is taken within a plan (--plan, or the unit's city's only plan) or refused with the tasks
// it could be. Each refusal says why, exits non-zero and marks nothing.
func TestRemindDoneRefusals(t *testing.T) {
	e := newRemindEnv(t, true)
	tests := []struct {
		name string
		args []string
		want string // in the output; a refusal unless accepted
		ok   bool
	}{
		{"no task", []string{"--unit", "商务局", "--city", "衢州"}, "remind done TASK", false},
		{"no unit", []string{"c21914d7:2.1.2"}, "--unit", false},
		{"a task that does not exist", []string{"c21914d7:9.9.9", "--unit", "商务局", "--city", "衢州"}, "方案里没有任务「c21914d7:9.9.9」", false},
		{"a number no task has", []string{"99", "--unit", "商务局", "--city", "衢州"}, "方案里没有任务「99」", false},
		{"a plan that does not exist", []string{"2", "--plan", "衢政办发〔2099〕1号", "--unit", "商务局", "--city", "衢州"}, "没有方案是「衢政办发〔2099〕1号」", false},
		{"a task that does not name the unit", []string{"c21914d7:2.1.2", "--unit", "发改委", "--city", "衢州"}, "衢州市 市发改委 没有列在以下任务上", false},
		{"a unit the plans do not name", []string{"c21914d7:2.1.2", "--unit", "不存在局", "--city", "衢州"}, "没有列在以下任务上", false},
		{"a number several of the unit's tasks have", []string{"1", "--unit", "商务局", "--city", "湖州"}, "「1」可能是以下任务", false},
		{"a number within the unit's city's plan", []string{"2", "--unit", "商务局", "--city", "衢州", "--by", "张三"}, "已标记完成：c21914d7:2.1.2（衢州市 市商务局）", true},
		{"a number within the plan given", []string{"2.1.2", "--plan", "衢政办发[2023]21号", "--unit", "衢州海关", "--city", "衢州"}, "已标记完成：c21914d7:2.1.2（衢州市 衢州海关）", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := e.run(t, append([]string{"remind", "done"}, tt.args...)...)
			if (err == nil) != tt.ok || !strings.Contains(out+errText(err), tt.want) {
				t.Errorf("remind done %v: %v\n%s\nwant %q", tt.args, err, out, tt.want)
			}
		})
	}
	out, _ := e.run(t, "remind", "board", "--unit", "发改委", "--city", "衢州")
	if strings.Contains(out, "已完成") {
		t.Errorf("a refused mark reached the board:\n%s", out)
	}
}

func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestSchedulesFollowThePlans: on a fresh Redis, with no `remind sync`, the board, a task's status
// and the digest are right from the first command; a plan added later is on them at once.
func TestSchedulesFollowThePlans(t *testing.T) {
	e := newRemindEnv(t, true)
	out, err := e.run(t, "remind", "board", "--unit", "商务局", "--city", "衢州")
	if err != nil || !strings.Contains(out, "红灯  衢州市 市商务局  c21914d7:2.1.2  已逾期（2024-12-31 到期）") {
		t.Fatalf("board on a fresh store: %v\n%s", err, out)
	}
	out, err = e.run(t, "remind", "status", "c21914d7:2.1.2", "--unit", "商务局", "--city", "衢州")
	if err != nil || !strings.Contains(out, "红灯（已逾期（2024-12-31 到期））") {
		t.Errorf("status on a fresh store: %v\n%s", err, out)
	}
	out, err = e.run(t, "remind", "digest")
	if err != nil || !regexp.MustCompile(`红灯 [1-9]`).MatchString(out) {
		t.Errorf("digest on a fresh store: %v\n%s", err, out)
	}
	// Closed plans are not on the board: 菏泽's period ended with 2025.
	if out, _ := e.run(t, "remind", "board", "--city", "菏泽"); strings.Contains(out, "菏泽") {
		t.Errorf("an ended plan is on the board:\n%s", out)
	}
	// Ingesting a plan puts its tasks on the board of the next command.
	dir := t.TempDir()
	file := dir + "/plan.txt"
	writeTestFile(t, file, "衢州市人民政府办公室关于印发衢州市测试实施方案的通知\n衢政办发〔2026〕9号\n衢州市测试实施方案\n一、重点任务\n(一)建设数据平台。2027年6月底前建成。(责任单位:市商务局)\n")
	if out, err := e.run(t, "ingest", file); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if out, _ := e.run(t, "remind", "board", "--unit", "商务局", "--city", "衢州"); !strings.Contains(out, "建设数据平台") {
		t.Errorf("the ingested plan is not on the board:\n%s", out)
	}
}

// TestPlansCloseAndOpen: an admin closes a running plan from the terminal: it leaves the board and
// the schedules, stays answerable, and shows as closed; opened again, it comes back.
func TestPlansCloseAndOpen(t *testing.T) {
	e := newRemindEnv(t, true)
	out, err := e.run(t, "plans", "close", "衢政办发〔2023〕21号")
	if err != nil || !strings.Contains(out, "已关闭《衢州市服务业高质量发展") {
		t.Fatalf("plans close: %v\n%s", err, out)
	}
	if out, _ := e.run(t, "remind", "board", "--unit", "商务局", "--city", "衢州"); strings.Contains(out, "c21914d7") {
		t.Errorf("a closed plan is on the board:\n%s", out)
	}
	if out, _ := e.run(t, "plans", "close", "c21914d7"); !strings.Contains(out, "已经是已关闭") {
		t.Errorf("closing twice: %s", out)
	}
	if out, err := e.run(t, "ask", "衢州市商务局负责哪些任务?"); err != nil || !strings.Contains(out, "综合保税区") {
		t.Errorf("a closed plan is no longer answered: %v\n%s", err, out)
	}
	if out, err := e.run(t, "plans", "open", "c21914d7"); err != nil || !strings.Contains(out, "已开启") {
		t.Errorf("plans open: %v\n%s", err, out)
	}
	if out, _ := e.run(t, "remind", "board", "--unit", "商务局", "--city", "衢州"); !strings.Contains(out, "c21914d7") {
		t.Errorf("a reopened plan is not on the board:\n%s", out)
	}
}

// TestRemindListRoutesAndSubscribe: list shows each reminder once and only what goes where it is
// asked about; routes are in a stable order; subscribe refuses a channel's name and a unit the
// plans do not name; snooze --for lands at a working hour.
func TestRemindListRoutesAndSubscribe(t *testing.T) {
	e := newRemindEnv(t, true)
	for _, args := range [][]string{
		{"remind", "subscribe", "--unit", "商务局", "--city", "衢州", "CCOM"},
		{"remind", "subscribe", "--unit", "发改委", "--city", "衢州", "CREF"},
		{"remind", "subscribe", "--city", "湖州", "CHU"},
		{"remind", "subscribe", "--leaders", "CLEAD"},
		{"remind", "add", "--unit", "商务局", "--city", "衢州", "--task", "c21914d7:2.1.2", "--at", "2026-12-01 09:00", "验收材料"},
		{"remind", "add", "--unit", "商务局", "--city", "衢州", "--at", "2026-12-01 09:00", "开会"},
		{"remind", "add", "--channel", "COTHER", "--at", "2026-12-01 09:00", "别的频道"},
	} {
		if out, err := e.run(t, args...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	out, err := e.run(t, "remind", "list", "--unit", "商务局", "--city", "衢州")
	if err != nil || strings.Count(out, "验收材料") != 1 || strings.Count(out, "开会") != 1 || strings.Contains(out, "别的频道") {
		t.Errorf("list --unit: %v\n%s", err, out)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Count(out, strings.Fields(l)[0]) != 1 {
			t.Errorf("listed twice: %s", l)
		}
	}
	out, err = e.run(t, "remind", "list", "--channel", "CREF")
	if err != nil || strings.Contains(out, "验收材料") || strings.Contains(out, "别的频道") || !strings.Contains(out, "市发改委") {
		t.Errorf("list --channel CREF: %v\n%s", err, out)
	}
	first, _ := e.run(t, "remind", "routes")
	for range 5 {
		if again, _ := e.run(t, "remind", "routes"); again != first {
			t.Fatalf("routes in another order:\n%s\nthen\n%s", first, again)
		}
	}
	if !strings.HasPrefix(first, "领导频道") || strings.Index(first, "湖州市") > strings.Index(first, "衢州市 市发改委") {
		t.Errorf("routes not leaders first, then by city and unit:\n%s", first)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--unit", "商务局", "--city", "衢州", "#衢州-商务局"}, "「#衢州-商务局」不是频道 ID"},
		{[]string{"--unit", "不存在局", "--city", "衢州", "C0123"}, "方案里没有单位「衢州 不存在局」"},
		{[]string{"--city", "火星", "C0123"}, "方案里没有单位「火星」"},
	} {
		out, err := e.run(t, append([]string{"remind", "subscribe"}, c.args...)...)
		if err == nil || !strings.Contains(out+errText(err), c.want) {
			t.Errorf("subscribe %v: %v %s, want %q", c.args, err, out, c.want)
		}
	}
	// Sunday 10:00, for a day: Monday at the nudge time, not Monday 10:00.
	out, err = e.run(t, "remind", "snooze", "c21914d7:2.1.2", "--unit", "商务局", "--city", "衢州", "--for", "1d")
	if err != nil || !strings.Contains(out, "2026-11-23 09:00") {
		t.Errorf("snooze --for 1d: %v\n%s", err, out)
	}
}

// TestOneVoice: the reminder commands speak Chinese with the Slack messages' words, or English
// with DUTYBOT_LANG=en, never a mix.
func TestOneVoice(t *testing.T) {
	e := newRemindEnv(t, true)
	e.run(t, "remind", "done", "c21914d7:2.1.2", "--unit", "商务局", "--city", "衢州", "--by", "张三")
	commands := [][]string{
		{"remind", "board", "--unit", "招商中心", "--city", "衢州"},
		{"remind", "status", "c21914d7:2.1.2", "--unit", "招商中心", "--city", "衢州"},
		{"remind", "digest"},
		{"remind", "routes"},
		{"remind", "list", "--unit", "招商中心", "--city", "衢州"},
		{"due", "--unit", "招商中心", "--city", "衢州", "--now", "2026-11-22"},
		{"plans", "list"},
	}
	english := regexp.MustCompile(`\b(red|yellow|green|overdue|since|held|route|done|active|upcoming|days|late|due)\b`)
	for _, args := range commands {
		out, err := e.run(t, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		if m := english.FindString(out); m != "" {
			t.Errorf("%v speaks English (%q):\n%s", args, m, out)
		}
	}
	out, _ := e.run(t, "remind", "board", "--unit", "招商中心", "--city", "衢州")
	if !strings.Contains(out, "红灯") || !strings.Contains(out, "已逾期") {
		t.Errorf("board without the Slack words:\n%s", out)
	}
	e.vars["DUTYBOT_LANG"] = "en"
	out, _ = e.run(t, "remind", "board", "--unit", "招商中心", "--city", "衢州")
	if !strings.Contains(out, "red") || !strings.Contains(out, "overdue since") || strings.Contains(out, "红灯") {
		t.Errorf("DUTYBOT_LANG=en board:\n%s", out)
	}
}
