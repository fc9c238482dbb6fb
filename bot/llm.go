package bot

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"

	openai "github.com/sashabaranov/go-openai"
	"github.com/sashabaranov/go-openai/jsonschema"

	"github.com/dutybot/dutybot/plan"
)

//go:embed prompts/system.txt
var systemPrompt string

var systemTmpl = template.Must(template.New("system").Parse(systemPrompt))

// LLM writes answers with an OpenAI-compatible chat model. The model reaches the plans only
// through one tool, query_tasks, whose arguments are a Query run by the same executor as the
// offline answers, so every list it sees is complete and every fact cited. The query parsed from
// the question is run before the first call and handed to the model as the result of a first tool
// call, which saves a round trip and grounds even a model that calls nothing.
type LLM struct {
	Client *openai.Client
	Model  string
	// Timeout bounds the whole exchange; 0 means 20s. On timeout the offline answer is used.
	Timeout time.Duration
	// MaxRounds bounds tool-call rounds; 0 means 4.
	MaxRounds int
}

// NewLLM returns a model client for model through client.
func NewLLM(client *openai.Client, model string, timeout time.Duration) *LLM {
	return &LLM{Client: client, Model: model, Timeout: timeout}
}

// queryTool is the one tool the model has: the same Query the offline parser builds, run by the
// same executor. Its schema is generated from the Query type, so the two cannot drift apart.
var queryTool = func() openai.Tool {
	def, err := jsonschema.GenerateSchemaForType(Query{})
	if err != nil {
		panic(fmt.Sprintf("query_tasks schema: %v", err)) // a programming error, caught by every test
	}
	return openai.Tool{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{Name: "query_tasks",
		Description: "Query the plans' tasks: filter by units (with role), department types, cities, plans, a deadline window, topic words, status and frequency; answer as a complete list, a count (grouped by unit, city or plan), the owners, figures, frequencies, plan facts, a summary or quoted passages. Every list is complete.",
		Parameters:  def}}
}()

var tools = []openai.Tool{queryTool}

// toolArgs is the query as the model sees it: the exported fields, as JSON.
func toolArgs(q *Query) string {
	b, _ := json.Marshal(q)
	return string(b)
}

// runTool answers one tool call with the executor.
func (e *Engine) runTool(ctx context.Context, name, args string, lang string, today plan.Day) (Answer, error) {
	if name != "query_tasks" {
		return Answer{}, fmt.Errorf("unknown tool %q", name)
	}
	var q Query
	if strings.TrimSpace(args) != "" {
		if err := json.Unmarshal([]byte(args), &q); err != nil {
			return Answer{}, fmt.Errorf("tool %s: arguments %q: %w", name, args, err)
		}
	}
	p := e.Parser()
	q = p.fromModel(q, lang)
	return e.offline(ctx, &q, today)
}

type toolResult struct {
	Outcome   string     `json:"outcome"`
	Text      string     `json:"text"`
	Tasks     []string   `json:"tasks"`
	Citations []Citation `json:"citations"`
}

func toolJSON(a Answer) string {
	b, _ := json.Marshal(toolResult{a.Outcome, a.Text, a.Tasks, a.Citations})
	return string(b)
}

// answer runs the exchange with the model. emit, when set, receives content as it streams.
func (l *LLM) answer(ctx context.Context, e *Engine, question string, in *Query, today plan.Day, first Answer, emit func(string) error) (Answer, error) {
	timeout := l.Timeout
	if timeout <= 0 {
		timeout = 20 * time.Second
	}
	rounds := l.MaxRounds
	if rounds <= 0 {
		rounds = 4
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	var sys bytes.Buffer
	lang := map[string]string{"zh": "Chinese", "en": "English"}[in.lang]
	if err := systemTmpl.Execute(&sys, map[string]string{"Today": today.String(), "Cities": strings.Join(e.kb.Directory().Cities(), "、"), "Lang": lang}); err != nil {
		return Answer{}, fmt.Errorf("system prompt: %w", err)
	}
	msgs := []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: sys.String()},
		{Role: openai.ChatMessageRoleUser, Content: question},
		{Role: openai.ChatMessageRoleAssistant, ToolCalls: []openai.ToolCall{{ID: "call_lookup", Type: openai.ToolTypeFunction,
			Function: openai.FunctionCall{Name: "query_tasks", Arguments: toolArgs(in)}}}},
		{Role: openai.ChatMessageRoleTool, ToolCallID: "call_lookup", Content: toolJSON(first)},
	}
	results := []Answer{first}
	for round := 0; round < rounds; round++ {
		req := openai.ChatCompletionRequest{Model: l.Model, Messages: msgs, Tools: tools, Temperature: 0.1}
		if round == rounds-1 {
			req.ToolChoice = "none"
		}
		msg, err := l.complete(ctx, req, emit)
		if err != nil {
			return Answer{}, err
		}
		if len(msg.ToolCalls) == 0 {
			if strings.TrimSpace(msg.Content) == "" {
				return Answer{}, errors.New("model: empty answer")
			}
			return l.final(in, msg.Content, results, emit)
		}
		msgs = append(msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: msg.Content, ToolCalls: msg.ToolCalls})
		for _, tc := range msg.ToolCalls {
			res, err := e.runTool(ctx, tc.Function.Name, tc.Function.Arguments, in.lang, today)
			content := ""
			if err != nil {
				if ctx.Err() != nil {
					return Answer{}, ctx.Err()
				}
				content = `{"error":` + jsonString(err.Error()) + `}`
			} else {
				content = toolJSON(res)
				results = append(results, res)
			}
			msgs = append(msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleTool, ToolCallID: tc.ID, Content: content})
		}
	}
	return Answer{}, fmt.Errorf("model: no answer after %d rounds of tool calls", rounds)
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// complete sends one request; with emit it streams, gathering tool-call deltas by index.
func (l *LLM) complete(ctx context.Context, req openai.ChatCompletionRequest, emit func(string) error) (openai.ChatCompletionMessage, error) {
	if emit == nil {
		resp, err := l.Client.CreateChatCompletion(ctx, req)
		if err != nil {
			return openai.ChatCompletionMessage{}, fmt.Errorf("chat completion with %s: %w", l.Model, err)
		}
		if len(resp.Choices) == 0 {
			return openai.ChatCompletionMessage{}, errors.New("chat completion: no choices")
		}
		return resp.Choices[0].Message, nil
	}
	req.Stream = true
	stream, err := l.Client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return openai.ChatCompletionMessage{}, fmt.Errorf("chat completion stream with %s: %w", l.Model, err)
	}
	defer stream.Close()
	var msg openai.ChatCompletionMessage
	msg.Role = openai.ChatMessageRoleAssistant
	var content strings.Builder
	calls := map[int]*openai.ToolCall{}
	var order []int
	for {
		resp, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return openai.ChatCompletionMessage{}, fmt.Errorf("chat completion stream: %w", err)
		}
		for _, ch := range resp.Choices {
			if ch.Delta.Content != "" {
				content.WriteString(ch.Delta.Content)
				if err := emit(ch.Delta.Content); err != nil {
					return openai.ChatCompletionMessage{}, &emitError{err}
				}
			}
			for _, tc := range ch.Delta.ToolCalls {
				i := 0
				if tc.Index != nil {
					i = *tc.Index
				}
				c := calls[i]
				if c == nil {
					c = &openai.ToolCall{Type: openai.ToolTypeFunction}
					calls[i] = c
					order = append(order, i)
				}
				if tc.ID != "" {
					c.ID = tc.ID
				}
				if tc.Function.Name != "" {
					c.Function.Name += tc.Function.Name
				}
				c.Function.Arguments += tc.Function.Arguments
			}
		}
	}
	msg.Content = content.String()
	for _, i := range order {
		msg.ToolCalls = append(msg.ToolCalls, *calls[i])
	}
	return msg, nil
}

// final assembles the model's answer: its text, and the tasks and citations of the tool results it
// rests on. For lists (a unit's tasks, what is due or overdue) every task a tool returned that the
// text does not name is appended, so a model that shortens a list cannot make it incomplete.
func (l *LLM) final(in *Query, text string, results []Answer, emit func(string) error) (Answer, error) {
	a := Answer{Intent: in.Kind(), Outcome: OutcomeNoAnswer, Model: l.Model, Context: results[0].Context}
	seen := map[string]bool{}
	cited := map[string]bool{}
	var missing []Citation
	for _, r := range results {
		if r.Outcome == OutcomeAnswered || (a.Outcome == OutcomeNoAnswer && r.Outcome == OutcomeNotFound) {
			a.Outcome = r.Outcome
		}
		for _, c := range r.Citations {
			k := c.Doc + "\x00" + c.Section + "\x00" + c.TaskID
			if cited[k] {
				continue
			}
			cited[k] = true
			a.Citations = append(a.Citations, c)
			if c.TaskID != "" && !seen[c.TaskID] {
				seen[c.TaskID] = true
				a.Tasks = append(a.Tasks, c.TaskID)
				if isList(r.Intent) && !mentions(text, c) {
					missing = append(missing, c)
				}
			}
		}
	}
	if len(missing) > 0 {
		var b strings.Builder
		if in.lang == "en" {
			fmt.Fprintf(&b, "\n\nAlso in the plans (%d more):\n", len(missing))
		} else {
			fmt.Fprintf(&b, "\n\n方案中还有（%d 项）：\n", len(missing))
		}
		for _, c := range missing {
			fmt.Fprintf(&b, "- 《%s》 %s · %s\n", c.Title, c.Task, c.Section)
		}
		extra := strings.TrimRight(b.String(), "\n")
		text += extra
		if emit != nil {
			if err := emit(extra); err != nil {
				return Answer{}, &emitError{err}
			}
		}
	}
	a.Text = text
	return a, nil
}

func isList(k Kind) bool {
	return k == KindUnitTasks || k == KindDue || k == KindOverdue || k == KindTasks || k == KindCount || k == KindOwner
}

// mentions reports whether text names the cited task: its id, or its number next to the plan.
func mentions(text string, c Citation) bool {
	if strings.Contains(text, c.TaskID) {
		return true
	}
	return c.Task != "" && (strings.Contains(text, " "+c.Task+" ") || strings.Contains(text, "任务"+c.Task) ||
		strings.Contains(text, c.Task+" ") || strings.Contains(text, "#"+c.Task))
}
