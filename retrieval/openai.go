package retrieval

import (
	"context"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

// OpenAI embeds through an OpenAI-compatible embeddings endpoint (OpenAI, Azure, a local server).
// Texts go in batches of Batch; vectors are normalised on the way in, since not every compatible
// server returns unit vectors.
type OpenAI struct {
	Client *openai.Client
	Model  string
	Batch  int // inputs per request; 0 means 128
}

// NewOpenAI returns an embedder for model through client.
func NewOpenAI(client *openai.Client, model string) *OpenAI {
	return &OpenAI{Client: client, Model: model}
}

// Name identifies the remote model.
func (o *OpenAI) Name() string { return "openai-" + o.Model }

// Embed sends texts in batches, in order.
func (o *OpenAI) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	batch := o.Batch
	if batch <= 0 {
		batch = 128
	}
	out := make([][]float32, 0, len(texts))
	for start := 0; start < len(texts); start += batch {
		end := min(start+batch, len(texts))
		resp, err := o.Client.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
			Input: texts[start:end],
			Model: openai.EmbeddingModel(o.Model),
		})
		if err != nil {
			return nil, fmt.Errorf("embed %d texts with %s: %w", end-start, o.Model, err)
		}
		if len(resp.Data) != end-start {
			return nil, fmt.Errorf("embed with %s: sent %d texts, got %d vectors", o.Model, end-start, len(resp.Data))
		}
		vecs := make([][]float32, end-start)
		for _, d := range resp.Data {
			if d.Index < 0 || d.Index >= len(vecs) || vecs[d.Index] != nil {
				return nil, fmt.Errorf("embed with %s: bad or repeated index %d", o.Model, d.Index)
			}
			v := append([]float32(nil), d.Embedding...)
			normalize(v)
			vecs[d.Index] = v
		}
		out = append(out, vecs...)
	}
	return out, nil
}
