package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/retrieval"
)

// askJSON is what `ask --json` prints. Keep it stable: scripts read it.
type askJSON struct {
	Question  string         `json:"question"`
	Intent    bot.Kind       `json:"intent"`
	Outcome   string         `json:"outcome"`
	Answer    string         `json:"answer"`
	Tasks     []string       `json:"tasks"`
	Citations []bot.Citation `json:"citations"`
	Note      string         `json:"note,omitempty"`
	Model     string         `json:"model,omitempty"`
}

// runAsk answers one question: dutybot ask [--json] [--now YYYY-MM-DD] "question".
func (m *Main) runAsk(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	asJSON := fs.Bool("json", false, `print {"question", "intent", "outcome", "answer", "tasks", "citations"} as JSON`)
	nowFlag := fs.String("now", "", "answer as of this day (YYYY-MM-DD) instead of today")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	question := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if question == "" {
		return usageError(`ask: give the question, e.g. dutybot ask "市商务局负责哪些任务?"`)
	}
	now, err := m.askClock(*nowFlag)
	if err != nil {
		return err
	}
	eng, err := m.engine(ctx)
	if err != nil {
		return err
	}
	q := bot.Question{Text: question, Now: now()}
	if *asJSON {
		a, err := eng.Answer(ctx, q)
		if err != nil {
			return fmt.Errorf("ask: %w", err)
		}
		return writeAskJSON(m.Stdout, a)
	}
	if _, err := eng.AnswerStream(ctx, q, func(s string) error {
		_, err := io.WriteString(m.Stdout, s)
		return err
	}); err != nil {
		return fmt.Errorf("ask: %w", err)
	}
	fmt.Fprintln(m.Stdout)
	return nil
}

func writeAskJSON(w io.Writer, a bot.Answer) error {
	out := askJSON{Question: a.Question, Intent: a.Intent, Outcome: a.Outcome, Answer: a.Text, Tasks: a.Tasks,
		Citations: a.Citations, Note: a.Note, Model: a.Model}
	if out.Tasks == nil {
		out.Tasks = []string{}
	}
	if out.Citations == nil {
		out.Citations = []bot.Citation{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// runChat is an interactive session: one question a line, follow-ups keep the unit and city under
// discussion. ":history" lists the questions so far, ":reset" forgets the context, ":quit" (or end
// of input) leaves.
func (m *Main) runChat(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	nowFlag := fs.String("now", "", "answer as of this day (YYYY-MM-DD) instead of today")
	if err := fs.Parse(args); err != nil {
		return usageError(err.Error())
	}
	now, err := m.askClock(*nowFlag)
	if err != nil {
		return err
	}
	eng, err := m.engine(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(m.Stdout, "dutybot chat — ask about the plans (:history, :reset, :quit).")
	var conv bot.Context
	var history []string
	sc := bufio.NewScanner(m.Stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		fmt.Fprint(m.Stdout, "> ")
		if !sc.Scan() {
			fmt.Fprintln(m.Stdout)
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		switch line {
		case "":
			continue
		case ":quit", ":q", ":exit":
			return nil
		case ":reset":
			conv = bot.Context{}
			fmt.Fprintln(m.Stdout, "(context cleared)")
			continue
		case ":history":
			for i, h := range history {
				fmt.Fprintf(m.Stdout, "%d. %s\n", i+1, h)
			}
			continue
		}
		history = append(history, line)
		a, err := eng.AnswerStream(ctx, bot.Question{Text: line, Now: now(), Context: conv}, func(s string) error {
			_, err := io.WriteString(m.Stdout, s)
			return err
		})
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(m.Stdout, "(could not answer: %v)\n", err)
			continue
		}
		conv = a.Context
		fmt.Fprintln(m.Stdout)
		if about := contextLine(conv); about != "" {
			fmt.Fprintf(m.Stdout, "(%s)\n", about)
		}
	}
}

// contextLine says what the conversation is about, so a follow-up's reading is no surprise.
func contextLine(c bot.Context) string {
	var parts []string
	if c.City != "" {
		parts = append(parts, c.City)
	}
	if c.UnitTyped != "" {
		parts = append(parts, c.UnitTyped)
	}
	if len(parts) == 0 {
		return ""
	}
	return "talking about " + strings.Join(parts, " ")
}

// askClock is the clock questions are answered against: --now's day at 09:00 in Asia/Shanghai, or
// Main's clock.
func (m *Main) askClock(flagValue string) (func() time.Time, error) {
	if flagValue == "" {
		return m.Now, nil
	}
	d, err := plan.ParseDay(flagValue)
	if err != nil || d.IsZero() {
		return nil, usageError("--now: want YYYY-MM-DD")
	}
	return func() time.Time { return d.Time(9, 0) }, nil
}

// engine loads the plans, brings the index in DUTYBOT_DATA_DIR up to date (embedding only what
// changed) and returns the question-answering engine, with the model when OPENAI_API_KEY is set.
func (m *Main) engine(ctx context.Context) (*bot.Engine, error) {
	cfg, err := loadConfig(m.Getenv)
	if err != nil {
		return nil, err
	}
	docs, err := m.loadPlans(ctx, nil)
	if err != nil && !errors.Is(err, errPartial) {
		return nil, err
	}
	popt, err := m.planOptions()
	if err != nil {
		return nil, err
	}
	// Done marks come from the reminder store when it answers; without it overdue lists say so.
	var done bot.DoneMarks
	if store, err := m.reachReminders(ctx, 300*time.Millisecond); err == nil {
		done = doneMarks{store}
	} else {
		m.Logger.Debug("done marks not read: answering from the plans alone", "err", err)
	}
	ix, eng, err := m.newEngine(cfg, popt, done)
	if err != nil {
		return nil, err
	}
	if _, err := ix.Build(ctx, docs); err != nil {
		return nil, fmt.Errorf("index plans: %w", err)
	}
	if err := ix.Save(); err != nil {
		m.Logger.Warn("index snapshot not saved; the next start embeds again", "err", err)
	}
	return eng, nil
}

// newEngine opens the retrieval index (empty until plans are built into it) and the engine on it,
// with the OpenAI-compatible endpoint for embeddings and answers when one is configured. done, when
// not nil, gives the done marks that overdue and due answers leave out.
func (m *Main) newEngine(cfg Config, popt plan.Options, done bot.DoneMarks) (*retrieval.Index, *bot.Engine, error) {
	var client *openai.Client
	if cfg.OpenAIKey != "" {
		oc := openai.DefaultConfig(cfg.OpenAIKey)
		if cfg.OpenAIBaseURL != "" {
			oc.BaseURL = strings.TrimRight(cfg.OpenAIBaseURL, "/")
		}
		client = openai.NewClientWithConfig(oc)
	}
	ropt := retrieval.Options{Dir: filepath.Join(cfg.DataDir, "index"), Aliases: popt.Aliases, Logger: m.Logger}
	if client != nil && cfg.OpenAIEmbeddingModel != "" {
		ropt.Remote = timeoutEmbedder{retrieval.NewOpenAI(client, cfg.OpenAIEmbeddingModel), cfg.OpenAITimeout}
	}
	ix, err := retrieval.Open(ropt)
	if err != nil {
		return nil, nil, err
	}
	opt := bot.Options{Aliases: popt.Aliases, Now: m.Now, Logger: m.Logger, Done: done}
	if client != nil {
		opt.LLM = bot.NewLLM(client, cfg.OpenAIChatModel, cfg.OpenAITimeout)
	}
	return ix, bot.NewEngine(ix, opt), nil
}

// doneMarks adapts reminders.Store to bot.DoneMarks: the marks `remind done` and the 完成 button set.
type doneMarks struct{ s *reminders.Store }

var _ bot.DoneMarks = doneMarks{}

func (d doneMarks) Done(ctx context.Context, pairs []bot.TaskUnit) (map[bot.TaskUnit]bot.DoneMark, error) {
	in := make([]reminders.TaskUnit, len(pairs))
	for i, p := range pairs {
		in[i] = reminders.TaskUnit{Task: p.Task, Unit: p.Unit}
	}
	marks, err := d.s.DoneMarks(ctx, in)
	if err != nil {
		return nil, err
	}
	out := make(map[bot.TaskUnit]bot.DoneMark, len(marks))
	for p, m := range marks {
		out[bot.TaskUnit{Task: p.Task, Unit: p.Unit}] = bot.DoneMark{By: m.By, At: m.At}
	}
	return out, nil
}

// timeoutEmbedder bounds each remote embedding call, so a hung endpoint costs a question at most
// OPENAI_TIMEOUT before search goes on with the local embedding.
type timeoutEmbedder struct {
	retrieval.Embedder
	timeout time.Duration
}

func (t timeoutEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	ctx, cancel := context.WithTimeout(ctx, t.timeout)
	defer cancel()
	return t.Embedder.Embed(ctx, texts)
}
