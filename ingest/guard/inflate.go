package guard

import (
	"fmt"
	"io"
)

// Caps that keep a compressed part of a hostile file (a .docx zip entry, a PDF stream) from
// costing more than a real plan could. Each is well above what the largest real plans need (a
// 500-page plan is about 2 MB of text), and each refusal names the cap it hit.
const (
	// MaxInflated caps what one compressed part may inflate to.
	MaxInflated = 64 << 20
	// maxDocInflated caps what all the compressed parts of one file may inflate to together.
	maxDocInflated = 160 << 20
	// maxInflateRatio caps how much a part may grow beyond its first inflateSlack bytes: text and
	// XML compress 3 to 30 times; compression bombs a thousand times.
	maxInflateRatio = 100
	inflateSlack    = 1 << 20
)

// Budget is what one file's compressed parts may still inflate to, together. A reader makes one
// per file and gives it to each Reader.
type Budget struct{ left int64 }

// NewBudget returns the budget of one file.
func NewBudget() *Budget { return &Budget{left: maxDocInflated} }

// BombError is returned by a Reader that hit a cap; Reason says which, in words for users.
type BombError struct{ Reason string }

func (e *BombError) Error() string { return e.Reason }

// Reader reads an inflating stream and fails with a *BombError once it outgrows the part cap,
// the ratio to its compressed input, or the file's budget. Nothing trusts a size the file declares.
type Reader struct {
	R    io.Reader
	What string // "the Word file's part word/document.xml"
	// Compressed is the size of the compressed input as far as known (0: unknown); Consumed, when
	// set, counts it as it is read, which is better (see Read).
	Compressed int64
	Consumed   *Counter
	Budget     *Budget // nil: no budget
	n          int64
}

// Counter counts the bytes read through it.
type Counter struct {
	R io.Reader
	N int64
}

func (c *Counter) Read(p []byte) (int, error) {
	n, err := c.R.Read(p)
	c.N += int64(n)
	return n, err
}

func (b *Reader) Read(p []byte) (int, error) {
	n, err := b.R.Read(p)
	b.n += int64(n)
	if b.Budget != nil {
		b.Budget.left -= int64(n)
	}
	in := b.Compressed
	if b.Consumed != nil {
		// Measured against what was inflated so far, a bomb is caught after its first
		// megabyte, not after a hundred times its whole compressed size.
		in = b.Consumed.N
	}
	switch {
	case b.n > MaxInflated:
		return n, &BombError{fmt.Sprintf("%s expands to more than %s when unpacked", b.What, HumanSize(MaxInflated))}
	case in > 0 && b.n > inflateSlack && b.n > maxInflateRatio*in:
		return n, &BombError{fmt.Sprintf("%s is compressed more than %d to 1, as compression bombs are", b.What, maxInflateRatio)}
	case b.Budget != nil && b.Budget.left < 0:
		return n, &BombError{fmt.Sprintf("the file expands to more than %s when unpacked", HumanSize(maxDocInflated))}
	}
	return n, err
}

// HumanSize writes a size in bytes the way the refusals say it: "20.0 MB", "512 KB", "100 bytes".
func HumanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
