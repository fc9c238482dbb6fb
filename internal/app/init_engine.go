package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/dutybot/dutybot/bot"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/retrieval"
)

// doneTimeout is how long a question waits for Redis to read done marks: without them overdue
// lists say the plans record no completion.
const doneTimeout = 300 * time.Millisecond

// NewEngine opens the retrieval index in DUTYBOT_DATA_DIR (empty until plans are built into it) and
// the engine on it, with the OpenAI-compatible endpoint for embeddings and answers when one is
// configured. done, when not nil, gives the done marks that overdue and due answers leave out.
func (a *App) NewEngine(done duties.Marks) (*retrieval.Index, *bot.Engine, error) {
	c := a.Config
	var client *openai.Client
	if c.OpenAIKey != "" {
		oc := openai.DefaultConfig(c.OpenAIKey)
		if c.OpenAIBaseURL != "" {
			oc.BaseURL = strings.TrimRight(c.OpenAIBaseURL, "/")
		}
		client = openai.NewClientWithConfig(oc)
	}
	ropt := retrieval.Options{Dir: filepath.Join(c.DataDir, "index"), Aliases: a.Aliases, Logger: a.Logger}
	if client != nil && c.OpenAIEmbeddingModel != "" {
		ropt.Remote = timeoutEmbedder{retrieval.NewOpenAI(client, c.OpenAIEmbeddingModel), c.OpenAITimeout}
	}
	ix, err := retrieval.Open(ropt)
	if err != nil {
		return nil, nil, err
	}
	opt := bot.Options{Aliases: a.Aliases, Now: a.Now, Logger: a.Logger, Done: done}
	if states, ok := done.(bot.ShareStates); ok {
		opt.States = states // the reminder store: what units reported and asked for, beside their done marks
	}
	if client != nil {
		opt.LLM = bot.NewLLM(client, c.OpenAIChatModel, c.OpenAITimeout)
	}
	return ix, bot.NewEngine(ix, opt), nil
}

// Engine is the question-answering engine of a one-shot command (ask, chat): the plans read now,
// built into the index in DUTYBOT_DATA_DIR (embedding only what changed), with the done marks of
// the reminder store when Redis answers.
func (a *App) Engine(ctx context.Context) (*bot.Engine, error) {
	docs, err := a.Plans(ctx)
	if err != nil {
		return nil, err
	}
	ix, eng, err := a.NewEngine(a.Marks(ctx))
	if err != nil {
		return nil, err
	}
	if _, err := ix.Build(ctx, docs); err != nil {
		return nil, fmt.Errorf("index plans: %w", err)
	}
	if err := ix.Save(); err != nil {
		a.Logger.Warn("index snapshot not saved; the next start embeds again", "err", err)
	}
	return eng, nil
}

// Marks returns the done marks of the reminder store when Redis answers, else nil: answers and
// lists are then made from the plans alone.
func (a *App) Marks(ctx context.Context) duties.Marks {
	store, err := a.OpenReminders(ctx, doneTimeout)
	if err != nil {
		a.Logger.Debug("done marks not read: answering from the plans alone", "err", err)
		return nil
	}
	return store
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
