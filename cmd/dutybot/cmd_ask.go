package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
)

// askCmd is dutybot ask [--json] [--all] [--now YYYY-MM-DD] "question".
type askCmd struct {
	JSON     bool     `name:"json" help:"Print {\"question\", \"intent\", \"outcome\", \"answer\", \"tasks\", \"citations\"} as JSON."`
	All      bool     `name:"all" help:"Print every line of a long list, not its first page (tasks always holds them all)."`
	Now      string   `help:"Answer as of this day instead of today." placeholder:"YYYY-MM-DD"`
	Question []string `arg:"" optional:"" help:"The question, e.g. 市商务局负责哪些任务?"`
}

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

func (c *askCmd) Run(ctx context.Context, a *app.App, t *term) error {
	question := strings.TrimSpace(strings.Join(c.Question, " "))
	if question == "" {
		return usageError(`ask: give the question, e.g. dutybot ask "市商务局负责哪些任务?"`)
	}
	now, err := askClock(a, c.Now)
	if err != nil {
		return err
	}
	eng, err := a.Engine(ctx)
	if err != nil {
		return err
	}
	q := bot.Question{Text: question, Now: now(), All: c.All}
	if c.JSON {
		ans, err := eng.Answer(ctx, q)
		if err != nil {
			return fmt.Errorf("ask: %w", err)
		}
		out := askJSON{Question: ans.Question, Intent: ans.Intent, Outcome: ans.Outcome, Answer: ans.Text, Tasks: ans.Tasks,
			Citations: ans.Citations, Note: ans.Note, Model: ans.Model}
		if out.Tasks == nil {
			out.Tasks = []string{}
		}
		if out.Citations == nil {
			out.Citations = []bot.Citation{}
		}
		return writeJSON(t.Out, out)
	}
	if _, err := eng.AnswerStream(ctx, q, writeChunks(t.Out)); err != nil {
		return fmt.Errorf("ask: %w", err)
	}
	fmt.Fprintln(t.Out)
	return nil
}

func writeChunks(w io.Writer) func(string) error {
	return func(s string) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

// askClock is the clock questions are answered against: --now's day at 09:00, or the App's clock.
func askClock(a *app.App, flagValue string) (func() time.Time, error) {
	if flagValue == "" {
		return a.Now, nil
	}
	d, err := plan.ParseDay(flagValue)
	if err != nil || d.IsZero() {
		return nil, usageError("--now: want YYYY-MM-DD")
	}
	return func() time.Time { return d.Time(9, 0) }, nil
}

// chatCmd is an interactive session: one question a line, follow-ups keep the unit and city under
// discussion. ":history" lists the questions so far, ":reset" forgets the context, ":quit" (or the
// end of input) leaves.
type chatCmd struct {
	Now string `help:"Answer as of this day instead of today." placeholder:"YYYY-MM-DD"`
}

func (c *chatCmd) Run(ctx context.Context, a *app.App, t *term) error {
	now, err := askClock(a, c.Now)
	if err != nil {
		return err
	}
	eng, err := a.Engine(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(t.Out, "dutybot chat — ask about the plans (:history, :reset, :quit).")
	s := &chatSession{eng: eng, now: now, out: t.Out}
	in := bufio.NewReader(t.In)
	for {
		fmt.Fprint(t.Out, "> ")
		line, tooLong, err := readLine(in, maxChatLine)
		if err != nil {
			fmt.Fprintln(t.Out)
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if tooLong {
			fmt.Fprintln(t.Out, t.say("chat-line-too-long", maxChatLine>>20))
			continue
		}
		if quit, err := s.line(ctx, strings.TrimSpace(line)); quit || err != nil {
			return err
		}
	}
}

// maxChatLine is the longest chat line read; a longer one is skipped, not the end of the session.
const maxChatLine = 1 << 20

// readLine reads one line of at most max bytes, without its line break. A longer line is read to
// its end and dropped (tooLong). The last line may lack its line break; after it comes io.EOF.
func readLine(r *bufio.Reader, max int) (line string, tooLong bool, err error) {
	var buf []byte
	read := false
	for {
		frag, err := r.ReadSlice('\n')
		read = read || len(frag) > 0
		if len(buf)+len(frag) > max+1 { // +1: the line break
			tooLong, buf = true, nil
		} else if !tooLong {
			buf = append(buf, frag...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil && !(errors.Is(err, io.EOF) && read):
			return "", false, err
		}
		return strings.TrimRight(string(buf), "\r\n"), tooLong, nil
	}
}

// chatSession is what a chat remembers: the conversation's context and the questions asked.
type chatSession struct {
	eng     *bot.Engine
	now     func() time.Time
	out     io.Writer
	conv    bot.Context
	history []string
}

// line handles one line of input; it reports whether the session ends.
func (s *chatSession) line(ctx context.Context, line string) (quit bool, err error) {
	switch line {
	case "":
		return false, nil
	case ":quit", ":q", ":exit":
		return true, nil
	case ":reset":
		s.conv = bot.Context{}
		fmt.Fprintln(s.out, "(context cleared)")
		return false, nil
	case ":history":
		for i, h := range s.history {
			fmt.Fprintf(s.out, "%d. %s\n", i+1, h)
		}
		return false, nil
	}
	s.history = append(s.history, line)
	ans, err := s.eng.AnswerStream(ctx, bot.Question{Text: line, Now: s.now(), Context: s.conv}, writeChunks(s.out))
	if err != nil {
		if ctx.Err() != nil {
			return true, ctx.Err()
		}
		fmt.Fprintf(s.out, "(could not answer: %v)\n", err)
		return false, nil
	}
	s.conv = ans.Context
	fmt.Fprintln(s.out)
	if about := contextLine(s.conv); about != "" {
		fmt.Fprintf(s.out, "(%s)\n", about)
	}
	return false, nil
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
