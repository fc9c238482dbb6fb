package retrieval

import (
	"context"
	"fmt"
	"math"
	"strings"
	"sync"
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

// NewLocal returns the local embedding with dim buckets, defaultBuckets when dim <= 0.
func NewLocal(dim int) Local {
	if dim <= 0 {
		dim = defaultBuckets
	}
	return Local{Dim: dim}
}

// defaultBuckets is the local embedding's size. The vectors are the largest part of the index
// after the plans' own text (at 10,000 plans, some 520,000 of them: 130 MB at 64 buckets, 65 MB at
// 32); the answers do not change with 32, 64, 128 or 256 buckets (AskScale's answers at 10,000
// plans are byte-identical at 32 and 64; the open question sets score 9,802 of 11,382 at 32 against
// 9,798 at 64, no file losing one), because the vector lists are fused with the lexical ones and
// candidates re-ranked by the exact terms they hold. Fewer buckets mainly hurt plain vector
// retrieval (VectorSearch, kept to compare against).
const defaultBuckets = 32

// localPrefix begins the name of every local embedding, whatever its scheme's version and size:
// Open tells by it the collections of a local embedding no longer configured (dropStaleLocal).
const localPrefix = "local-"

// Name identifies the feature scheme and size.
func (l Local) Name() string { return fmt.Sprintf("%sngram-v2-%d", localPrefix, l.Dim) }

// Embed embeds each text. It never fails; the context is not consulted because the work is
// short and bounded by the input.
func (l Local) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	counts := make(map[uint64]float32, 256)
	for i, t := range texts {
		clear(counts)
		out[i] = l.vector(t, counts)
	}
	return out, nil
}

func (l Local) vector(text string, counts map[uint64]float32) []float32 {
	v := make([]float32, l.Dim)
	l.count(text, counts, nil)
	l.fill(v, counts)
	return v
}

// count adds the features of text to counts. terms, when not nil, is called with the hash of each
// character bigram and word, as termHashes computes them: the index learns which terms an entry
// holds from the same pass that embeds it.
func (l Local) count(text string, counts map[uint64]float32, terms func(uint64)) {
	scan(text, func(run []rune) {
		for i := range run {
			counts[hashRunes(1, run[i:i+1])] += 0.3
			if i+2 <= len(run) {
				h := hashRunes(2, run[i:i+2])
				counts[h] += 1
				if terms != nil {
					terms(h)
				}
			}
			if i+3 <= len(run) {
				counts[hashRunes(3, run[i:i+3])] += 0.7
			}
		}
	}, func(word []rune) {
		h := hashRunes(0, word)
		counts[h] += 1
		if terms != nil {
			terms(h)
		}
		if len(word) > 3 {
			for i := 0; i+3 <= len(word); i++ {
				counts[hashRunes(4, word[i:i+3])] += 0.5
			}
		}
	})
}

// fill writes the weighted, signed buckets of counts into v (len Dim, zeroed) and normalises it.
// Buckets add up in float64, so that the order the map yields its features in (which varies)
// cannot change the vector: the same text always embeds the same.
func (l Local) fill(v []float32, counts map[uint64]float32) {
	var small [256]float64
	acc := small[:0]
	if l.Dim <= len(small) {
		acc = small[:l.Dim]
	} else {
		acc = make([]float64, l.Dim)
	}
	for h, c := range counts {
		w := float64(c)
		if c >= 1 {
			w = 1 + math.Log(float64(c))
		}
		if h>>63 == 1 {
			w = -w
		}
		acc[(h>>1)%uint64(l.Dim)] += w
	}
	for i, x := range acc {
		v[i] = float32(x)
	}
	normalize(v)
}

// hashRunes hashes one feature: its kind (0 word, 1–3 Han n-gram, 4 Latin trigram) and runes.
func hashRunes(kind uint64, rs []rune) uint64 {
	h := uint64(14695981039346656037) ^ kind
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	// A final mix spreads FNV's weak low bits over the bucket index and sign.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// scan splits text into runs of Han characters and Latin words (letters and digits), folding
// full-width forms and Latin case on the way (as Fold does, without building a new string).
func scan(text string, han func(run []rune), word func(w []rune)) {
	// The run is handed to functions scan cannot see into, so a buffer on the stack would escape
	// anyway: one from the pool spares an allocation per text (at 10,000 plans, 660 MB of garbage
	// per build).
	buf := runeBufs.Get().(*[]rune)
	defer runeBufs.Put(buf)
	cur := (*buf)[:0]
	defer func() { *buf = cur[:0] }() // keep what it grew to
	isHan := false
	flush := func() {
		if len(cur) > 0 {
			if isHan {
				han(cur)
			} else {
				word(cur)
			}
		}
		cur = cur[:0]
	}
	for _, r := range text {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		switch {
		case r < 0x80:
			switch {
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
				fallthrough
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				if isHan {
					flush()
					isHan = false
				}
				cur = append(cur, r)
			default:
				flush()
			}
		case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && unicode.Is(unicode.Han, r): // the common block first
			if !isHan {
				flush()
				isHan = true
			}
			cur = append(cur, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if isHan {
				flush()
				isHan = false
			}
			cur = append(cur, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
}

// runeBufs are scan's buffers.
var runeBufs = sync.Pool{New: func() any { b := make([]rune, 0, 64); return &b }}

// Fold normalises text for matching: full-width forms to half-width, Latin to lower case.
func Fold(s string) string {
	return strings.ToLower(width.Fold.String(s))
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
