package retrieval

import (
	"math"
	"slices"
	"unsafe"
)

// vecPool shares equal vectors between entries: chromem-go keeps the slice a document is added
// with, so entries embedded to the same vector (the same paragraph under the same heading in many
// plans, a task that plans written from one template word alike) hold one copy. Each vector it
// hands out is a slice of its own length that no one writes to; a count of the entries holding it
// lets it go when the last of them is deleted. The Index's write lock guards it.
//
// A vector the pool does not know when it is released (one read from a snapshot) only costs the
// pool a count: the vectors themselves stay with the entries that hold them.
type vecPool struct {
	m map[uint64]pooledVec
}

// pooledVec is a vector by its first element and length (not a slice: at 10,000 plans the pool
// holds some 250,000 vectors, and a slice's capacity would take a third more of its table).
type pooledVec struct {
	p    *float32
	n    int32
	refs int32
}

func (e pooledVec) vec() []float32 { return unsafe.Slice(e.p, e.n) }

// share returns the pool's copy of v (not empty), making one when it has none; v itself is not
// kept.
func (p *vecPool) share(v []float32) []float32 {
	if p.m == nil {
		p.m = map[uint64]pooledVec{}
	}
	h := vecHash(v)
	if e, ok := p.m[h]; ok {
		if !sameBits(e.vec(), v) {
			return slices.Clip(slices.Clone(v)) // two vectors with one hash: the second is not shared
		}
		e.refs++
		p.m[h] = e
		return e.vec()
	}
	c := slices.Clip(slices.Clone(v))
	p.m[h] = pooledVec{p: &c[0], n: int32(len(c)), refs: 1}
	return c
}

// release says an entry holding v is gone.
func (p *vecPool) release(v []float32) {
	h := vecHash(v)
	e, ok := p.m[h]
	if !ok || !sameBits(e.vec(), v) {
		return
	}
	if e.refs <= 1 {
		delete(p.m, h)
		return
	}
	e.refs--
	p.m[h] = e
}

// size is how many distinct vectors the pool holds.
func (p *vecPool) size() int { return len(p.m) }

// vecHash hashes a vector's bits (FNV-1a over its 32-bit words).
func vecHash(v []float32) uint64 {
	h := uint64(14695981039346656037)
	for _, x := range v {
		h ^= uint64(math.Float32bits(x))
		h *= 1099511628211
	}
	return h ^ uint64(len(v))
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}
