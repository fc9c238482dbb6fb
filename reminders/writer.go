package reminders

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
)

// WriterNotifier is the terminal adapter: it writes one line per nudge, "due time<TAB>route<TAB>
// text", so the dispatcher can be watched, and tested from outside, without a chat service. It
// cannot tell whether a nudge went out before a crash, so in that window it may print one twice.
type WriterNotifier struct {
	mu sync.Mutex
	w  io.Writer
}

// NewWriterNotifier returns a notifier writing to w.
func NewWriterNotifier(w io.Writer) *WriterNotifier { return &WriterNotifier{w: w} }

var _ Notifier = (*WriterNotifier)(nil)

// Notify writes the nudge's line.
func (n *WriterNotifier) Notify(ctx context.Context, x Nudge) (Receipt, error) {
	if err := ctx.Err(); err != nil {
		return Receipt{}, err
	}
	text := strings.NewReplacer("\t", " ", "\n", " ").Replace(x.Text)
	n.mu.Lock()
	defer n.mu.Unlock()
	if _, err := fmt.Fprintf(n.w, "%s\t%s\t%s\n", x.Due.Format("2006-01-02 15:04"), x.Route, text); err != nil {
		return Receipt{}, fmt.Errorf("write nudge: %w", err)
	}
	return Receipt{Route: x.Route, ID: x.OccurrenceID}, nil
}
