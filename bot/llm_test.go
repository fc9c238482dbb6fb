package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/dutybot/dutybot/plan"
)

// chatServer speaks the OpenAI chat-completions wire protocol, plain JSON or SSE streaming, with
// tool calls. Round one asks query_tasks for the unit's overdue tasks; round two, once the tool result is back, answers
// with text that names only one task. It records every request for the test to inspect.
type chatServer struct {
	t      *testing.T
	mode   string // "ok", "slow", "error"
	mu     sync.Mutex
	bodies []map[string]any
}

func (s *chatServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if r.Header.Get("Authorization") != "Bearer test-key" {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"error":{"message":"bad key","type":"invalid_request_error"}}`)
		return
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.bodies = append(s.bodies, body)
	s.mu.Unlock()
	switch s.mode {
	case "slow":
		<-r.Context().Done()
		return
	case "error":
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, `{"error":{"message":"overloaded","type":"server_error"}}`)
		return
	}
	msgs, _ := body["messages"].([]any)
	haveResult := false
	for _, m := range msgs {
		if mm, _ := m.(map[string]any); mm["role"] == "tool" && mm["tool_call_id"] == "call_1" {
			haveResult = true
		}
	}
	stream, _ := body["stream"].(bool)
	if !haveResult {
		args := `{"units":[{"name":"市商务局","city":"衢州市","role":"any"}],"status":"overdue","shape":"list"}`
		if !stream {
			writeJSON(w, map[string]any{"id": "c1", "object": "chat.completion", "model": body["model"], "choices": []any{map[string]any{
				"index": 0, "finish_reason": "tool_calls",
				"message": map[string]any{"role": "assistant", "tool_calls": []any{map[string]any{
					"id": "call_1", "type": "function", "function": map[string]any{"name": "query_tasks", "arguments": args}}}}}}})
			return
		}
		// Tool-call deltas: the id and name first, the arguments in two pieces.
		sse(w, map[string]any{"index": 0, "delta": map[string]any{"role": "assistant", "tool_calls": []any{map[string]any{
			"index": 0, "id": "call_1", "type": "function", "function": map[string]any{"name": "query_tasks", "arguments": ""}}}}})
		sse(w, map[string]any{"index": 0, "delta": map[string]any{"tool_calls": []any{map[string]any{"index": 0, "function": map[string]any{"arguments": args[:10]}}}}})
		sse(w, map[string]any{"index": 0, "delta": map[string]any{"tool_calls": []any{map[string]any{"index": 0, "function": map[string]any{"arguments": args[10:]}}}}})
		sse(w, map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": "tool_calls"})
		io.WriteString(w, "data: [DONE]\n\n")
		return
	}
	answer := []string{"衢州市商务局共6项任务。", "其中任务2 综合保税区", "（力争2023年获批）已过期限。"}
	if !stream {
		writeJSON(w, map[string]any{"id": "c2", "object": "chat.completion", "model": body["model"], "choices": []any{map[string]any{
			"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": strings.Join(answer, "")}}}})
		return
	}
	for _, piece := range answer {
		sse(w, map[string]any{"index": 0, "delta": map[string]any{"content": piece}})
	}
	sse(w, map[string]any{"index": 0, "delta": map[string]any{}, "finish_reason": "stop"})
	io.WriteString(w, "data: [DONE]\n\n")
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func sse(w http.ResponseWriter, choice map[string]any) {
	w.Header().Set("Content-Type", "text/event-stream")
	b, _ := json.Marshal(map[string]any{"id": "s", "object": "chat.completion.chunk", "model": "test-chat", "choices": []any{choice}})
	fmt.Fprintf(w, "data: %s\n\n", b)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

func testLLM(t *testing.T, mode string, timeout time.Duration) (*LLM, *chatServer) {
	cs := &chatServer{t: t, mode: mode}
	srv := httptest.NewServer(cs)
	t.Cleanup(srv.Close)
	cfg := openai.DefaultConfig("test-key")
	cfg.BaseURL = srv.URL + "/v1"
	return NewLLM(openai.NewClientWithConfig(cfg), "test-chat", timeout), cs
}

func TestLLMAnswersWithToolCalls(t *testing.T) {
	for _, streaming := range []bool{false, true} {
		t.Run(fmt.Sprintf("stream=%v", streaming), func(t *testing.T) {
			llm, cs := testLLM(t, "ok", 10*time.Second)
			e := NewEngine(seedIndex(t), Options{Now: fixedClock("2024-01-15"), LLM: llm})
			var chunks []string
			var emit func(string) error
			if streaming {
				emit = func(s string) error { chunks = append(chunks, s); return nil }
			}
			a, err := e.AnswerStream(context.Background(), Question{Text: "衢州市商务局负责哪些任务?"}, emit)
			if err != nil {
				t.Fatal(err)
			}
			if a.Model != "test-chat" || a.Note != "" || a.Outcome != OutcomeAnswered || a.Intent != KindUnitTasks {
				t.Fatalf("answer %+v", a)
			}
			if !strings.HasPrefix(a.Text, "衢州市商务局共6项任务。其中任务2 综合保税区") {
				t.Errorf("text %q does not start with the model's words", a.Text)
			}
			// The model named one task of six: the other five are appended so the list stays whole.
			if !strings.Contains(a.Text, "方案中还有（5 项）") || len(a.Tasks) != 6 {
				t.Errorf("list not completed: tasks %v\n%s", a.Tasks, a.Text)
			}
			if streaming {
				if len(chunks) < 3 || strings.Join(chunks, "") != a.Text {
					t.Errorf("streamed %d chunks %q; want the pieces of %q", len(chunks), chunks, a.Text)
				}
			}

			cs.mu.Lock()
			defer cs.mu.Unlock()
			if len(cs.bodies) != 2 {
				t.Fatalf("%d requests, want 2", len(cs.bodies))
			}
			first := cs.bodies[0]
			tools, _ := first["tools"].([]any)
			if len(tools) != 1 {
				t.Fatalf("first request offers %d tools, want query_tasks alone", len(tools))
			}
			// The schema is the Query type's: its facets and the shapes an answer takes.
			fn := tools[0].(map[string]any)["function"].(map[string]any)
			props, _ := fn["parameters"].(map[string]any)["properties"].(map[string]any)
			for _, k := range []string{"units", "dept_types", "cities", "topic", "status", "shape", "group_by"} {
				if props[k] == nil {
					t.Errorf("query_tasks schema lacks %q: %v", k, fn["parameters"])
				}
			}
			if shape, _ := props["shape"].(map[string]any); fmt.Sprint(shape["enum"]) != "[list count owner figure frequency plan_facts summary search]" {
				t.Errorf("shape enum %v", shape["enum"])
			}
			msgs := first["messages"].([]any)
			seeded := msgs[3].(map[string]any)
			call := msgs[2].(map[string]any)["tool_calls"].([]any)[0].(map[string]any)["function"].(map[string]any)
			if call["name"] != "query_tasks" || !strings.Contains(call["arguments"].(string), `"name":"衢州市商务局"`) {
				t.Errorf("the pre-seeded call is not the parsed query: %v", call)
			}
			if seeded["role"] != "tool" || seeded["tool_call_id"] != "call_lookup" || !strings.Contains(seeded["content"].(string), a.Tasks[0]) {
				t.Errorf("first request lacks the looked-up answer: %v", seeded)
			}
			msgs = cs.bodies[1]["messages"].([]any)
			last := msgs[len(msgs)-1].(map[string]any)
			if last["tool_call_id"] != "call_1" || !strings.Contains(last["content"].(string), "综合保税区") || !strings.Contains(last["content"].(string), `"outcome":"answered"`) {
				t.Errorf("second request lacks the query_tasks result: %v", last)
			}
		})
	}
}

func TestLLMFallsBackToOfflineAnswer(t *testing.T) {
	offline := NewEngine(seedIndex(t), Options{Now: fixedClock("2024-01-15")})
	want, err := offline.Answer(context.Background(), Question{Text: "综合保税区的责任单位是谁?"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		mode    string
		timeout time.Duration
		note    string
	}{
		{"slow", 200 * time.Millisecond, "超时"},
		{"error", time.Minute, "暂不可用"},
	}
	for _, c := range cases {
		t.Run(c.mode, func(t *testing.T) {
			llm, _ := testLLM(t, c.mode, c.timeout)
			e := NewEngine(seedIndex(t), Options{Now: fixedClock("2024-01-15"), LLM: llm})
			var streamed strings.Builder
			a, err := e.AnswerStream(context.Background(), Question{Text: "综合保税区的责任单位是谁?"}, func(s string) error {
				streamed.WriteString(s)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if a.Model != "" || !strings.Contains(a.Note, c.note) || !strings.HasSuffix(a.Text, want.Text) {
				t.Fatalf("fallback answer: note %q model %q\n%s", a.Note, a.Model, a.Text)
			}
			if fmt.Sprint(a.Tasks) != fmt.Sprint(want.Tasks) || streamed.String() != a.Text {
				t.Errorf("fallback tasks %v (want %v), streamed %q", a.Tasks, want.Tasks, streamed.String())
			}
		})
	}
}

func TestLLMCallerCancels(t *testing.T) {
	llm, _ := testLLM(t, "slow", time.Minute)
	e := NewEngine(seedIndex(t), Options{LLM: llm})
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	if _, err := e.Answer(ctx, Question{Text: "综合保税区的责任单位是谁?"}); err != context.Canceled {
		t.Fatalf("cancelled question: err %v", err)
	}
}

// TestQueryToolRunsTheExecutor: a query the model writes (here a department type counted per city)
// is answered by the same executor as the offline question that says it in words.
func TestQueryToolRunsTheExecutor(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{Now: fixedClock("2026-12-01")})
	today := plan.NewDay(2026, 12, 1)
	tool, err := e.runTool(context.Background(), "query_tasks", `{"dept_types":["民政"],"shape":"count","group_by":"city"}`, "zh", today)
	if err != nil {
		t.Fatal(err)
	}
	words, err := e.Answer(context.Background(), Question{Text: "各地民政部门分别负责几项任务?", Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(tool.Tasks) != fmt.Sprint(words.Tasks) || len(tool.Tasks) != 7 || !strings.Contains(tool.Text, "湖州市 市民政局：2 项") {
		t.Errorf("query_tasks: tasks %v, want those of the question in words %v\n%s", tool.Tasks, words.Tasks, tool.Text)
	}
	if _, err := e.runTool(context.Background(), "tasks_of_unit", `{}`, "zh", today); err == nil {
		t.Error("an unknown tool is not refused")
	}
}
