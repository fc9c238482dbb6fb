package ingest

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Caps that keep a hostile file from costing more than a real plan could. Each is well above what
// the largest real plans need (a 500-page plan is about 2 MB of text), and each refusal names the
// cap it hit. They hold in every process; the Sandbox bounds memory, time and stack besides.
const (
	// maxInflated caps what one compressed part (a .docx zip entry, a PDF stream) may inflate to.
	maxInflated = 64 << 20
	// maxDocInflated caps what all the compressed parts of one file may inflate to together.
	maxDocInflated = 160 << 20
	// maxInflateRatio caps how much a part may grow beyond its first inflateSlack bytes: text and
	// XML compress 3 to 30 times; compression bombs a thousand times.
	maxInflateRatio = 100
	inflateSlack    = 1 << 20
)

// inflateBudget is what one file's compressed parts may still inflate to.
type inflateBudget struct{ left int64 }

func newInflateBudget() *inflateBudget { return &inflateBudget{left: maxDocInflated} }

// errBomb is returned by a boundedReader that hit a cap; it says which.
type errBomb struct{ reason string }

func (e *errBomb) Error() string { return e.reason }

// boundedReader reads an inflating stream and fails once it outgrows the part cap, the ratio to
// its compressed input, or the file's budget. Nothing trusts a size the file declares.
type boundedReader struct {
	r          io.Reader
	what       string         // "the Word file's part word/document.xml"
	compressed int64          // bytes of compressed input, as far as known (0: unknown)
	consumed   *countedReader // the compressed input read so far, when it can be counted
	n          int64
	budget     *inflateBudget
}

// countedReader counts the bytes read through it.
type countedReader struct {
	r io.Reader
	n int64
}

func (c *countedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	if b.budget != nil {
		b.budget.left -= int64(n)
	}
	in := b.compressed
	if b.consumed != nil {
		// Measured against what was inflated so far, a bomb is caught after its first
		// megabyte, not after a hundred times its whole compressed size.
		in = b.consumed.n
	}
	switch {
	case b.n > maxInflated:
		return n, &errBomb{fmt.Sprintf("%s expands to more than %s when unpacked", b.what, humanSize(maxInflated))}
	case in > 0 && b.n > inflateSlack && b.n > maxInflateRatio*in:
		return n, &errBomb{fmt.Sprintf("%s is compressed more than %d to 1, as compression bombs are", b.what, maxInflateRatio)}
	case b.budget != nil && b.budget.left < 0:
		return n, &errBomb{fmt.Sprintf("the file expands to more than %s when unpacked", humanSize(maxDocInflated))}
	}
	return n, err
}

// ReadFile reads a plan file from disk, refusing it at the size limit (0 means
// DefaultMaxFileSize). It reads at most limit+1 bytes and trusts no size the file system reports,
// so /dev/zero, a FIFO or a file that grows while it is read is refused at the limit; a directory
// or a device is refused by name. Refusals name the file by path, as it was given.
func ReadFile(path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	switch m := st.Mode(); {
	case m.IsDir():
		return nil, refuse(path, "this is a directory, not a file", "name the plan file itself")
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return nil, refuse(path, "this is a device, not a file", "name the plan file itself")
	case m&os.ModeSocket != 0:
		return nil, refuse(path, "this is a socket, not a file", "name the plan file itself")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	data, err := ReadLimited(path, f, limit)
	if err != nil {
		var r *RefusedError
		if errors.As(err, &r) {
			return nil, err
		}
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return data, nil
}

// ReadLimited reads r to its end, refusing it once it holds more than limit bytes (0 means
// DefaultMaxFileSize). name is the file's name for the refusal.
func ReadLimited(name string, r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, refuse(name, fmt.Sprintf("the file is over the %s limit", humanSize(limit)),
			"split the plan, remove its images (save as .docx or .txt), or ask an administrator to raise DUTYBOT_MAX_FILE_SIZE")
	}
	return data, nil
}
