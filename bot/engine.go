package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Knowledge is what the bot needs from the plans; *retrieval.Index provides it.
type Knowledge interface {
	Directory() *plan.Directory
	Docs() []*plan.Document
	DocsWithAll(phrase string) []*plan.Document
	Task(id string) (retrieval.TaskRef, bool)
	Tasks(f retrieval.Filter) []retrieval.TaskRef
	UnitTasks(units []plan.UnitRef) []retrieval.UnitTask
	Search(ctx context.Context, q retrieval.Query) ([]retrieval.Hit, error)
	FindTasks(ctx context.Context, phrase string, f retrieval.Filter, n int, minCoverage float64) ([]retrieval.TaskRef, error)
}

var _ Knowledge = (*retrieval.Index)(nil)

// Question is one question to answer.
type Question struct {
	Text string
	// Now is when it is asked: "due", "overdue" and summaries count from its day in plan.Zone.
	// Zero means the Engine's clock.
	Now time.Time
	// Context is the conversation so far (the previous Answer's Context); zero for a fresh one.
	Context Context
	// All shows every line of a long list in Text; otherwise Text shows one page of it (pageItems
	// lines) and says how to see the next ("更多"). Answer.Tasks holds every task either way.
	All bool
}

// Answer is what the bot says, with what it rests on.
type Answer struct {
	Question string `json:"question"`
	Intent   Kind   `json:"intent"`
	// Outcome is OutcomeAnswered, OutcomeNotFound (a unit nobody has heard of) or OutcomeNoAnswer
	// (the plans do not say).
	Outcome string `json:"outcome"`
	// Text is the answer as plain text with light markdown (bullets, *bold*), in the question's
	// language.
	Text string `json:"answer"`
	// Tasks are the ids of every task the answer names, in its order.
	Tasks []string `json:"tasks"`
	// Citations name plan, section and task of every statement.
	Citations []Citation `json:"citations"`
	// Note says how the answer was made when that matters ("the model timed out; answered from the
	// plans directly").
	Note string `json:"note,omitempty"`
	// Model is the chat model that wrote Text; "" when the answer was composed offline.
	Model string `json:"model,omitempty"`
	// Context carries the conversation to the next question.
	Context Context `json:"context"`
}

// Outcomes.
const (
	OutcomeAnswered = "answered"
	OutcomeNotFound = "not_found"
	OutcomeNoAnswer = "no_answer"
	OutcomeRefused  = "refused" // the question itself cannot be taken (too long)
)

// MaxQuestionRunes is the longest question answered: a Slack message's worth (Slack advises 4,000
// characters). Longer ones are refused with a message, not truncated.
const MaxQuestionRunes = 4000

// CleanQuestion makes any input safe to read: invalid UTF-8 becomes U+FFFD, control and format
// characters (NUL, escape sequences, bidi overrides, zero-width joiners) become spaces or go, and
// white space is folded.
func CleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r):
			return ' '
		case unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Citation points at the plan text an answer rests on.
type Citation struct {
	Doc     string `json:"doc"`    // document id
	Title   string `json:"title"`  // plan title
	Number  string `json:"number"` // document number, e.g. 衢政办发〔2023〕21号
	Section string `json:"section"`
	Task    string `json:"task"`              // task number as printed; "" for a paragraph
	TaskID  string `json:"task_id,omitempty"` // as in `dutybot tasks --json`
}

// Options configure an Engine.
type Options struct {
	Aliases *plan.Aliases
	// Now is the clock; nil means time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// LLM, when set, writes answers with tool calls into the plans; the offline answer stays the
	// fallback.
	LLM *LLM
	// Done reads the marks units set when a task is done (*reminders.Store); overdue and due
	// answers leave those tasks out. nil: no marks are known.
	Done duties.Marks
	// States reads what units said about their shares — progress lines, extension requests — (the
	// 督办台账's *reminders.Store): "哪些任务申请了延期?", "X报了什么进展?" are answered from it. nil:
	// nothing said is known.
	States ShareStates
}

// ShareStates reads what people said about each unit's share of a task; shares nobody said
// anything about are absent. *reminders.Store is one.
type ShareStates interface {
	ShareStates(ctx context.Context, shares []duties.TaskUnit) (map[duties.TaskUnit]duties.ShareState, error)
}

// Engine answers questions from the plans. It is safe for concurrent use.
type Engine struct {
	kb  Knowledge
	opt Options
	log *slog.Logger

	mu     sync.Mutex
	parser *Parser
	lg     *ledger
	dir    *plan.Directory // the directory parser and ledger were built for
	known  map[string]bool // every city whose plans were ever loaded, to tell a removed plan's city
	sigs   topicSigs       // every plan's task signatures, kept across changes (topicindex.go)
}

// NewEngine returns an engine over kb.
func NewEngine(kb Knowledge, opt Options) *Engine {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Aliases == nil {
		opt.Aliases = plan.DefaultAliases()
	}
	return &Engine{kb: kb, opt: opt, log: opt.Logger}
}

// Parser returns the question parser for the plans kb holds now, rebuilt when they change.
func (e *Engine) Parser() *Parser {
	p, _ := e.current()
	return p
}

// ledger returns what the bot derives from the plans kb holds now, rebuilt when they change.
func (e *Engine) ledger() *ledger {
	_, l := e.current()
	return l
}

func (e *Engine) current() (*Parser, *ledger) {
	dir := e.kb.Directory()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.parser == nil || e.dir != dir {
		p := NewParser(dir, e.opt.Aliases)
		p.allDocs = e.kb.Docs()
		if e.known == nil {
			e.known = map[string]bool{}
		}
		now := map[string]bool{}
		for _, c := range dir.Cities() {
			now[c], e.known[c] = true, true
		}
		for c := range e.known {
			if !now[c] {
				p.gone = append(p.gone, c)
			}
		}
		e.sigs = e.sigs.with(p.allDocs)
		e.parser, e.lg, e.dir = p, newLedger(e.opt.Aliases), dir
		e.lg.docs = p.allDocs
		e.lg.sigs = e.sigs
		e.lg.pairCounts(p.allDocs) // now rather than in the first question
		p.titleGrams()             // so is the title index (70 ms at 10,000 plans)
		p.planIndex()              // and the plans by id and city
	}
	return e.parser, e.lg
}

// ErrEmptyQuestion is returned for a question with no text.
var ErrEmptyQuestion = errors.New("empty question")

// Answer answers one question. With an LLM configured the model writes the answer; when it fails
// or times out the offline answer comes back with a Note saying so. The error is non-nil only for
// an empty question or a cancelled context.
func (e *Engine) Answer(ctx context.Context, q Question) (Answer, error) {
	return e.AnswerStream(ctx, q, nil)
}

// AnswerStream is Answer that also hands the text to emit as it is written: the model's tokens
// when an LLM answers, or the whole offline answer at once. emit may be nil. The returned Answer
// holds the whole text either way. An error from emit stops the answer and is returned.
func (e *Engine) AnswerStream(ctx context.Context, q Question, emit func(chunk string) error) (Answer, error) {
	text := CleanQuestion(q.Text)
	if text == "" {
		return Answer{}, ErrEmptyQuestion
	}
	if n := utf8.RuneCountInString(text); n > MaxQuestionRunes {
		a := Answer{Question: plan.Clip(text, 200), Intent: KindSearch, Outcome: OutcomeRefused, Context: q.Context,
			Text: fmt.Sprintf("这个问题有 %d 个字,超过了 %d 字的上限。请把问题写短一些,一次问一件事。", n, MaxQuestionRunes)}
		if language(text) == "en" {
			a.Text = fmt.Sprintf("This question is %d characters long, over the %d-character limit. Please ask one thing at a time, in fewer words.", n, MaxQuestionRunes)
		}
		if emit != nil {
			if err := emit(a.Text); err != nil {
				return Answer{}, err
			}
		}
		return a, nil
	}
	now := q.Now
	if now.IsZero() {
		now = e.opt.Now()
	}
	today := plan.DayOf(now)
	query := e.Parser().Parse(text, q.Context, today)
	query.all = q.All
	off, err := e.offline(ctx, &query, today)
	if err != nil {
		return Answer{}, err
	}
	off.Question = text
	// shown is what the model streamed before it failed, if it did: the reader has seen it.
	var shown strings.Builder
	if e.opt.LLM != nil {
		seen := emit
		if emit != nil {
			seen = func(s string) error {
				shown.WriteString(s)
				return emit(s)
			}
		}
		a, err := e.opt.LLM.answer(ctx, e, text, &query, today, off, seen)
		if err == nil {
			return a, nil
		}
		if ctx.Err() != nil {
			return Answer{}, ctx.Err()
		}
		var emitErr *emitError
		if errors.As(err, &emitErr) {
			return Answer{}, emitErr.err
		}
		e.log.Warn("model failed; answering from the plans directly", "err", err)
		off.Note = fallbackNote(query.lang, err)
		if off.Text != "" {
			off.Text = off.Note + "\n\n" + off.Text
		}
	}
	if shown.Len() > 0 {
		// The model stalled mid-answer: what it said stays on screen, ended as cut off, and the
		// fallback follows as its own paragraph. The answer is what the reader was shown, so no
		// half sentence runs into the note.
		cut := "……（回答中断）\n\n"
		if query.lang == "en" {
			cut = "… (cut off)\n\n"
		}
		rest := cut + off.Text
		if emit != nil {
			if err := emit(rest); err != nil {
				return Answer{}, err
			}
		}
		off.Text = shown.String() + rest
		return off, nil
	}
	if emit != nil {
		if err := emit(off.Text); err != nil {
			return Answer{}, err
		}
	}
	return off, nil
}

// AnswerQuery answers a query given as fields rather than words — a Slack slash command's unit,
// window and status — as of now (zero: the Engine's clock). It is run as the model's query_tasks
// calls are: cities, plans and units resolved, a list by default, by the same executor as a
// question in words, offline, every line of a list shown. The Answer's Question is the query as JSON.
func (e *Engine) AnswerQuery(ctx context.Context, q Query, now time.Time) (Answer, error) {
	if now.IsZero() {
		now = e.opt.Now()
	}
	q = e.Parser().fromModel(q, "zh")
	q.all = true // a command's answer takes no "更多": every line
	a, err := e.offline(ctx, &q, plan.DayOf(now))
	if err != nil {
		return Answer{}, err
	}
	a.Question = toolArgs(&q)
	return a, nil
}

// emitError marks a failure of the caller's emit callback, which is not a model failure.
type emitError struct{ err error }

func (e *emitError) Error() string { return e.err.Error() }

func fallbackNote(lang string, err error) string {
	timeout := errors.Is(err, context.DeadlineExceeded)
	if lang == "en" {
		if timeout {
			return "(The language model timed out; this answer comes straight from the plans.)"
		}
		return "(The language model is unavailable; this answer comes straight from the plans.)"
	}
	if timeout {
		return "（大模型响应超时，以下为直接从方案中检索的答案。）"
	}
	return "（大模型暂不可用，以下为直接从方案中检索的答案。）"
}
