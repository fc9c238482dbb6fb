package retrieval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// Embedder turns texts into vectors. Vectors of one Embedder are comparable with each other only;
// Name tells them apart in the snapshot, so a change of model or dimension re-embeds everything.
type Embedder interface {
	Name() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Local is the default embedding: hashed character n-grams, deterministic and offline.
//
// Chinese has no spaces, and the words that matter in a plan (商务局, 综合保税区, 百亿级) are runs of two to
// four characters, so the features are character unigrams, bigrams and trigrams of each Han run, and
// words and trigrams of each Latin run. Each feature is hashed into one of Dim buckets with a sign
// taken from the hash (so collisions cancel rather than pile up), weighted 1+log(tf), and the
// vector is L2-normalised.
type Local struct {
	Dim int
}

// NewLocal returns the local embedding with dim buckets (256 when dim <= 0).
func NewLocal(dim int) Local {
	if dim <= 0 {
		dim = 256
	}
	return Local{Dim: dim}
}

// Name identifies the feature scheme and size.
func (l Local) Name() string { return fmt.Sprintf("local-ngram-v1-%d", l.Dim) }

// Embed embeds each text. It never fails; the context is not consulted because the work is
// short and bounded by the input.
func (l Local) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		out[i] = l.vector(t)
	}
	return out, nil
}

func (l Local) vector(text string) []float32 {
	v := make([]float32, l.Dim)
	counts := map[string]float64{}
	Features(text, func(f string, w float64) { counts[f] += w })
	for f, c := range counts {
		h := fnv.New64a()
		h.Write([]byte(f))
		s := h.Sum64()
		w := float32(1 + math.Log(c))
		if c < 1 {
			w = float32(c)
		}
		if s>>63 == 1 {
			w = -w
		}
		v[s%uint64(l.Dim)] += w
	}
	normalize(v)
	return v
}

// Fold normalises text for matching: full-width forms to half-width, Latin to lower case.
func Fold(s string) string {
	return strings.ToLower(width.Fold.String(s))
}

// Features calls emit for each n-gram feature of text with its weight: Han unigrams weigh 0.3,
// bigrams 1, trigrams 0.7; Latin words 1 and their trigrams 0.5.
func Features(text string, emit func(feature string, weight float64)) {
	text = Fold(text)
	var han []rune
	var word []rune
	flushHan := func() {
		for i := range han {
			emit(string(han[i:i+1]), 0.3)
			if i+2 <= len(han) {
				emit(string(han[i:i+2]), 1)
			}
			if i+3 <= len(han) {
				emit(string(han[i:i+3]), 0.7)
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			w := string(word)
			emit("w:"+w, 1)
			if len(word) > 3 {
				for i := 0; i+3 <= len(word); i++ {
					emit("g:"+string(word[i:i+3]), 0.5)
				}
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			flushHan()
			word = append(word, r)
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
}

// normalize scales v to unit length in place; a zero vector stays zero.
func normalize(v []float32) {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return
	}
	n := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= n
	}
}
