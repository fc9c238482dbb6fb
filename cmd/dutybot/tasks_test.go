package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// run drives Main as the binary would, with the given environment.
func run(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errw bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr, m.Stdin = &out, &errw, strings.NewReader("")
	m.Getenv = func(k string) string { return env[k] }
	err = m.Run(context.Background(), args)
	m.Close()
	return out.String(), errw.String(), err
}

type jsonTask struct {
	ID  string `json:"id"`
	Doc struct {
		ID, Title, City, Number, Issued string
	} `json:"doc"`
	Section       string   `json:"section"`
	Number        string   `json:"number"`
	Title         string   `json:"title"`
	Text          string   `json:"text"`
	Lead          []string `json:"lead"`
	Participating []string `json:"participating"`
	Deadlines     []struct {
		Quote, Date, Kind string
	} `json:"deadlines"`
	Recurring []struct {
		Quote, Rule string
	} `json:"recurring"`
}

func TestTasksJSONShape(t *testing.T) {
	out, _, err := run(t, nil, "tasks", "--json")
	if err != nil {
		t.Fatal(err)
	}
	// The keys other programs rely on, in every task.
	var raw []map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("not a JSON array: %v", err)
	}
	if len(raw) < 100 {
		t.Fatalf("only %d tasks from the seeds", len(raw))
	}
	for _, k := range []string{"id", "doc", "section", "number", "title", "text", "lead", "participating", "deadlines", "recurring"} {
		if _, ok := raw[0][k]; !ok {
			t.Errorf("task JSON lacks %q", k)
		}
	}
	var tasks []jsonTask
	json.Unmarshal([]byte(out), &tasks)
	for _, x := range tasks {
		if x.Lead == nil || x.Participating == nil {
			t.Fatalf("task %s: lead and participating must be arrays, never null", x.ID)
		}
		for _, d := range x.Deadlines {
			if len(d.Date) != 10 || (d.Kind != "by" && d.Kind != "target") {
				t.Fatalf("task %s: bad deadline %+v", x.ID, d)
			}
		}
	}
}

func TestTasksByUnitAndCity(t *testing.T) {
	cases := []struct {
		args   []string
		cities map[string]bool
		min    int
	}{
		{[]string{"--unit", "衢州市商务局"}, map[string]bool{"衢州市": true}, 5},
		{[]string{"--unit", "商务局", "--city", "湖州"}, map[string]bool{"湖州市": true}, 5},
		{[]string{"--unit", "市商务局"}, map[string]bool{"衢州市": true, "湖州市": true, "菏泽市": true}, 15},
		{[]string{"--city", "鹿城", "--due-before", "2023-12-31"}, map[string]bool{"温州市鹿城区": true}, 50},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			out, _, err := run(t, nil, append([]string{"tasks", "--json"}, c.args...)...)
			if err != nil {
				t.Fatalf("%v: %v", c.args, err)
			}
			var tasks []jsonTask
			if err := json.Unmarshal([]byte(out), &tasks); err != nil {
				t.Fatal(err)
			}
			if len(tasks) < c.min {
				t.Errorf("%v: %d tasks, want at least %d", c.args, len(tasks), c.min)
			}
			for _, x := range tasks {
				if !c.cities[x.Doc.City] {
					t.Errorf("%v: task %s of %s", c.args, x.ID, x.Doc.City)
				}
				if c.args[0] == "--unit" && !strings.Contains(strings.Join(append(x.Lead, x.Participating...), ","), "商务局") {
					t.Errorf("%v: task %s does not name the unit", c.args, x.ID)
				}
			}
		})
	}
}

func TestTasksUnknownUnit(t *testing.T) {
	_, _, err := run(t, nil, "tasks", "--unit", "市商务厅")
	if err == nil || !strings.Contains(err.Error(), "nearest") || !strings.Contains(err.Error(), "商务局") {
		t.Fatalf("err = %v, want a not-found naming the nearest units", err)
	}
	if _, _, err := run(t, nil, "tasks", "--due-before", "2023/12/31"); exitCode(err) != 2 {
		t.Errorf("a bad date should be a usage error, got %v", err)
	}
}

func TestTasksFiles(t *testing.T) {
	dir := t.TempDir()
	plan := "某某市人民政府办公室关于印发某某市测试实施方案的通知\n\n某某市测试实施方案\n\n二、重点任务\n\n1.建设平台。2026年底前建成。(责任单位:市商务局)\n"
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(plan)
	files := map[string][]byte{
		"good.txt":  []byte(plan),
		"gbk.txt":   []byte(gbk),
		"empty.txt": nil,
		"bin.dat":   {0x7f, 'E', 'L', 'F', 0, 0, 0, 1},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := func(n string) string { return filepath.Join(dir, n) }
	out, stderr, err := run(t, nil, "tasks", "--json", p("good.txt"), p("empty.txt"), p("gbk.txt"), p("bin.dat"))
	if err == nil {
		t.Fatal("bad files should make the command exit non-zero")
	}
	var tasks []jsonTask
	if err := json.Unmarshal([]byte(out), &tasks); err != nil {
		t.Fatalf("the good files should still print: %v", err)
	}
	if len(tasks) != 2 || tasks[1].Lead[0] != "市商务局" || tasks[1].Deadlines[0].Date != "2026-12-31" {
		t.Fatalf("got %+v, want the UTF-8 and the GBK plan read alike", tasks)
	}
	// Said in Chinese, as to the people who sent the files.
	for _, want := range []string{"empty.txt", "空", "bin.dat", "不是文本"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestUnitsCommand(t *testing.T) {
	out, _, err := run(t, nil, "units", "--city", "湖州")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "市商务局") || strings.Contains(out, "衢州市") {
		t.Errorf("units --city 湖州:\n%s", out)
	}
}

func TestUnknownCommand(t *testing.T) {
	if _, _, err := run(t, nil, "frobnicate"); exitCode(err) != 2 {
		t.Errorf("unknown command: %v", err)
	}
}

// TestTerminalEscapesAreDropped: a file name and a plan title carrying terminal escape sequences are
// printed without them (they could retitle or clear the terminal, or hide text).
func TestTerminalEscapesAreDropped(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "e\x1b[2Jsc\x07.txt")
	text := "关于印发《衢州市\x1b]0;pwned\x07测试\x1b[2J实施方案》的通知\n衢政办发〔2023〕9号\n一、重点任务\n1. 推进综合保税区建设，2024年底前完成。（责任单位：市商务局）\n"
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "\x1b]0;title\x07empty.txt")
	os.WriteFile(empty, nil, 0o644)
	forged := filepath.Join(dir, "x.txt\ndutybot: all plans loaded OK\n")
	os.WriteFile(forged, nil, 0o644)
	stdout, stderr, _ := run(t, nil, "tasks", name, empty, forged)
	for _, l := range strings.Split(stderr, "\n") {
		if l == "dutybot: all plans loaded OK" {
			t.Errorf("a file name forged a line of its own: %q", stderr)
		}
	}
	if !strings.Contains(stdout, "推进综合保税区建设") {
		t.Fatalf("the plan was not read:\n%s\n%s", stdout, stderr)
	}
	for _, out := range []string{stdout, stderr} {
		if strings.ContainsAny(out, "\x1b\x07") {
			t.Errorf("control characters printed: %q", out)
		}
	}
}

func TestSafeWriterHoldsSplitRunes(t *testing.T) {
	var b bytes.Buffer
	w := newSafeWriter(&b)
	s := []byte("商\x1b务\u009b局\r\n")
	for i := range s { // one byte a write: runes arrive split
		w.Write(s[i : i+1])
	}
	if got := b.String(); got != "商务局\n" {
		t.Errorf("got %q, want %q", got, "商务局\n")
	}
}

// TestTasksDueBefore_CountsAsDuties: `tasks --due-before` keeps the tasks with a deadline that counts by
// the day, as `dutybot due` and package duties read it: a task with only the plan's period it
// inherits ("（2023—2025年）") or a date worked out from a span of years ("三年内") is not due by it.
func TestTasksDueBefore_CountsAsDuties(t *testing.T) {
	text := "某某市人民政府办公室关于印发某某市测试实施方案（2023—2025年）的通知\n\n某某市测试实施方案（2023—2025年）\n\n二、重点任务\n\n" +
		"1.建设平台。2024年底前建成。(责任单位:市商务局)\n\n" +
		"2.培育企业。加快培育一批龙头企业。(责任单位:市经信局)\n\n" +
		"3.培训人才。三年内培训100名电商人才。(责任单位:市人力社保局)\n"
	file := filepath.Join(t.TempDir(), "plan.txt")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, before string
		want         []string
	}{
		{"OwnDeadlinePassed", "2024-12-31", []string{"建设平台"}},
		{"InheritedPeriodAndSpanOfYearsLeftOut", "2026-12-31", []string{"建设平台"}},
		{"BeforeAnyDeadline", "2024-12-30", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, _, err := run(t, nil, "tasks", "--json", "--due-before", c.before, file)
			if err != nil {
				t.Fatal(err)
			}
			var tasks []jsonTask
			if err := json.Unmarshal([]byte(out), &tasks); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, x := range tasks {
				got = append(got, x.Title)
			}
			if strings.Join(got, ",") != strings.Join(c.want, ",") {
				t.Errorf("--due-before %s: %q, want %q", c.before, got, c.want)
			}
		})
	}
}
