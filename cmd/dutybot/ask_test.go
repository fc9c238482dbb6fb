package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/retrieval"
)

// askMain is a Main wired to buffers, a fixed clock and the given environment; the index lives in
// a temporary data directory.
func askMain(t *testing.T, env map[string]string, stdin string) (*Main, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	vars := map[string]string{"DUTYBOT_DATA_DIR": t.TempDir(), "LOG_LEVEL": "error"}
	for k, v := range env {
		vars[k] = v
	}
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return vars[k] },
		Now:    func() time.Time { return time.Date(2024, 1, 15, 9, 0, 0, 0, time.UTC) },
	}
	t.Cleanup(func() { m.Close() })
	return m, &out, &errb
}

func TestAskJSON(t *testing.T) {
	m, out, errb := askMain(t, nil, "")
	if err := m.Run(context.Background(), []string{"ask", "--json", "--now", "2024-01-15", "衢州市商务局负责哪些任务?"}); err != nil {
		t.Fatalf("ask: %v\n%s", err, errb)
	}
	var got askJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("ask --json printed %q: %v", out, err)
	}
	if got.Question != "衢州市商务局负责哪些任务?" || got.Intent != "unit_tasks" || got.Outcome != "answered" || len(got.Citations) != len(got.Tasks) {
		t.Fatalf("ask --json: %+v", got)
	}

	// The tasks are the ones `dutybot tasks --json --unit` lists, in the same ids.
	m2, out2, errb2 := askMain(t, nil, "")
	if err := m2.Run(context.Background(), []string{"tasks", "--json", "--unit", "衢州市商务局"}); err != nil {
		t.Fatalf("tasks: %v\n%s", err, errb2)
	}
	var listed []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(out2.Bytes(), &listed); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, l := range listed {
		ids = append(ids, l.ID)
	}
	gotIDs := append([]string(nil), got.Tasks...)
	sort.Strings(ids)
	sort.Strings(gotIDs)
	if strings.Join(ids, " ") != strings.Join(gotIDs, " ") || len(ids) == 0 {
		t.Errorf("ask named %v; tasks --unit lists %v", gotIDs, ids)
	}
	for _, c := range got.Citations {
		if c.Doc == "" || c.Section == "" || c.Task == "" || !strings.HasPrefix(c.TaskID, c.Doc+":") {
			t.Errorf("citation %+v lacks plan, section or task", c)
		}
	}
}

func TestAskText(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"ask", "综合保税区的责任单位是谁?"}, []string{"市商务局", "衢州海关", "衢政办发〔2023〕21号"}},
		{[]string{"ask", "--now", "2024-01-15", "衢州哪些任务已逾期?"}, []string{"2023-12-31", "综合保税区", "“一区一园”"}},
		{[]string{"ask", "市外星局负责哪些任务?"}, []string{"没有找到“市外星局”"}},
		{[]string{"ask", "湖州的GDP是多少?"}, []string{"方案中没有提到"}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args[1:], " "), func(t *testing.T) {
			m, out, errb := askMain(t, nil, "")
			if err := m.Run(context.Background(), c.args); err != nil {
				t.Fatalf("%v: %v\n%s", c.args, err, errb)
			}
			for _, w := range c.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("%v: output lacks %q:\n%s", c.args, w, out)
				}
			}
		})
	}
}

func TestAskUsage(t *testing.T) {
	for _, args := range [][]string{{"ask"}, {"ask", "--now", "tomorrow", "q"}, {"ask", "--bogus", "q"}} {
		m, _, _ := askMain(t, nil, "")
		if err := m.Run(context.Background(), args); exitCode(err) != 2 {
			t.Errorf("%v: err %v, want a usage error", args, err)
		}
	}
}

func TestAskKeepsIndexSnapshot(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DUTYBOT_DATA_DIR": dir}
	m, _, errb := askMain(t, env, "")
	if err := m.Run(context.Background(), []string{"ask", "湖州到2027年要培育多少百亿级服务业领军企业?"}); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	snap := filepath.Join(dir, "index", retrieval.SnapshotName)
	st1, err := os.Stat(snap)
	if err != nil {
		t.Fatalf("no snapshot after ask: %v", err)
	}
	// A second run with the same plans has nothing to embed, so it leaves the snapshot alone.
	m2, out, _ := askMain(t, env, "")
	if err := m2.Run(context.Background(), []string{"ask", "湖州到2027年要培育多少百亿级服务业领军企业?"}); err != nil {
		t.Fatal(err)
	}
	st2, _ := os.Stat(snap)
	if !st2.ModTime().Equal(st1.ModTime()) {
		t.Errorf("snapshot rewritten although no plan changed")
	}
	if !strings.Contains(out.String(), "10家以上") {
		t.Errorf("answer lacks the figure:\n%s", out)
	}
}

func TestChatFollowUps(t *testing.T) {
	in := "衢州市商务局负责哪些任务?\n那湖州的呢?\n:history\n:reset\n它负责什么?\n:quit\n"
	m, out, errb := askMain(t, nil, in)
	if err := m.Run(context.Background(), []string{"chat", "--now", "2024-01-15"}); err != nil {
		t.Fatalf("chat: %v\n%s", err, errb)
	}
	s := out.String()
	for _, w := range []string{
		"衢州市商务局任务 6 项",   // first answer
		"*衢州市* 《衢州市服务业",  // grouped by plan
		"湖州市 市商务局任务 7 项", // the follow-up kept the unit and changed the city
		"*湖州市* 《湖州市服务业",
		"2. 那湖州的呢?", // history
		"(context cleared)",
	} {
		if !strings.Contains(s, w) {
			t.Errorf("chat output lacks %q:\n%s", w, s)
		}
	}
}

// TestAskFallsBackWhenModelFails points OPENAI_BASE_URL at a server that answers like an
// overloaded OpenAI endpoint: the answer comes from the plans with a note.
func TestAskFallsBackWhenModelFails(t *testing.T) {
	var calls int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer k" {
			t.Errorf("request %s with %q", r.URL.Path, r.Header.Get("Authorization"))
		}
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"error":{"message":"overloaded","type":"server_error"}}`)
	}))
	defer srv.Close()
	env := map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": srv.URL + "/v1", "OPENAI_TIMEOUT": "5s"}
	m, out, errb := askMain(t, env, "")
	if err := m.Run(context.Background(), []string{"ask", "--json", "综合保税区的责任单位是谁?"}); err != nil {
		t.Fatalf("%v\n%s", err, errb)
	}
	var got askJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if calls == 0 || got.Note == "" || got.Model != "" || len(got.Tasks) != 1 || !strings.Contains(got.Answer, "衢州海关") {
		t.Errorf("fallback: %d calls, %+v", calls, got)
	}
}

// TestAliasesReachAsk: DUTYBOT_ALIASES is read once, by the composition root, for every reader of
// unit names: ask knows a unit by the name the file gives it, as tasks does (issue 10).
func TestAliasesReachAsk(t *testing.T) {
	aliases := filepath.Join(t.TempDir(), "aliases.txt")
	if err := os.WriteFile(aliases, []byte("市商务局 = 市贸易促进局\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DUTYBOT_ALIASES": aliases}
	m, out, errb := askMain(t, env, "")
	if err := m.Run(context.Background(), []string{"ask", "--json", "衢州市贸易促进局负责哪些任务?"}); err != nil {
		t.Fatalf("ask: %v\n%s", err, errb)
	}
	var got askJSON
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Outcome != "answered" || !strings.Contains(got.Answer, "综合保税区") {
		t.Errorf("ask with an alias from DUTYBOT_ALIASES: %s\n%s", got.Outcome, got.Answer)
	}
}

// TestChatSkipsOverlongLine: a line over the limit is refused and the session goes on (finding 08).
func TestChatSkipsOverlongLine(t *testing.T) {
	in := "衢州市商务局负责哪些任务?\n" + strings.Repeat("很", maxChatLine/3+10) + "\n那湖州的呢?\n:quit\n"
	m, out, errb := askMain(t, nil, in)
	if err := m.Run(context.Background(), []string{"chat", "--now", "2024-01-15"}); err != nil {
		t.Fatalf("chat: %v\n%s", err, errb)
	}
	for _, w := range []string{"超过 1 MB", "湖州市 市商务局任务 7 项"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("chat output lacks %q:\n%.2000s", w, out.String())
		}
	}
}

func TestReadLine(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // "!" marks a line too long
	}{
		{"lines", "a\nb\r\n", []string{"a", "b"}},
		{"last line without break", "a\nb", []string{"a", "b"}},
		{"at the limit", strings.Repeat("x", 20) + "\n", []string{strings.Repeat("x", 20)}},
		{"over the limit, then more", strings.Repeat("x", 21) + "\nok\n", []string{"!", "ok"}},
		{"long and unterminated", strings.Repeat("x", 100), []string{"!"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := bufio.NewReaderSize(strings.NewReader(tc.in), 16)
			var got []string
			for {
				line, tooLong, err := readLine(r, 20)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if tooLong {
					line = "!"
				}
				got = append(got, line)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("lines = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestAskAllPrintsEveryLine: a long list prints its first page and says how to see more; --all
// prints every line and no paging note; --json's tasks are every task either way.
func TestAskAllPrintsEveryLine(t *testing.T) {
	const q = "哪些任务设了完成期限?"
	for _, tc := range []struct {
		name  string
		args  []string
		lines int    // task lines printed
		note  string // what the end says ("" for nothing)
	}{
		{name: "first page", args: []string{"ask", "--now", "2024-01-15", q}, lines: 40, note: "还有 31 项，回复“更多”查看"},
		{name: "all", args: []string{"ask", "--all", "--now", "2024-01-15", q}, lines: 71},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, out, errb := askMain(t, nil, "")
			if err := m.Run(context.Background(), tc.args); err != nil {
				t.Fatalf("ask: %v\n%s", err, errb)
			}
			n := 0
			for _, l := range strings.Split(out.String(), "\n") {
				if strings.HasPrefix(l, "- ") {
					n++
				}
			}
			if n != tc.lines {
				t.Errorf("%d task lines, want %d:\n%s", n, tc.lines, out)
			}
			if paged := strings.Contains(out.String(), "回复“更多”"); paged != (tc.note != "") || !strings.Contains(out.String(), tc.note) {
				t.Errorf("want note %q:\n%s", tc.note, out)
			}
		})
	}
	for _, all := range []bool{false, true} {
		args := []string{"ask", "--json", "--now", "2024-01-15", q}
		if all {
			args = append(args[:2], append([]string{"--all"}, args[2:]...)...)
		}
		m, out, errb := askMain(t, nil, "")
		if err := m.Run(context.Background(), args); err != nil {
			t.Fatalf("ask: %v\n%s", err, errb)
		}
		var got askJSON
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Tasks) < 71 {
			t.Errorf("ask --json (all: %v) names %d tasks, want every one (at least 71)", all, len(got.Tasks))
		}
	}
}
