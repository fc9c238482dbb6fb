package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	xterm "golang.org/x/term"

	"github.com/dutybot/dutybot/plan"
)

// safeWriter drops control characters (ESC, BEL, the C1 set, DEL…) from what it writes, keeping tab
// and newline: file names, plan titles and unit names come from files anyone can write, and an
// escape sequence in one must not drive the terminal (retitle it, clear it, hide text). A UTF-8
// sequence split across two writes is held until it is whole.
type safeWriter struct {
	w    io.Writer
	held []byte
}

func newSafeWriter(w io.Writer) *safeWriter { return &safeWriter{w: w} }

func (s *safeWriter) Write(p []byte) (int, error) {
	buf := append(s.held, p...)
	s.held = nil
	out := make([]byte, 0, len(buf))
	for i := 0; i < len(buf); {
		r, n := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && n <= 1 && !utf8.FullRune(buf[i:]) {
			s.held = append(s.held, buf[i:]...) // an incomplete sequence: wait for the rest
			break
		}
		if !isControl(r) || r == '\n' || r == '\t' {
			out = append(out, buf[i:i+n]...)
		}
		i += n
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// printError prints the error a command ended with, as Main.Run does: through the same stripping as
// the rest of the output, since errors quote what they refuse (a task id, a channel, a file name).
func printError(w io.Writer, err error) {
	fmt.Fprintln(newSafeWriter(w), "dutybot:", err)
}

// isControl: C0 and C1 controls, and the bidi controls that would reorder what follows them
// (U+202A–U+202E, U+2066–U+2069).
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// row writes one table row for a tabwriter: each cell on one line (⏎ for a line break, a space for
// a tab), so that text from a plan or a person cannot add rows or columns of its own.
func row(w io.Writer, cells ...string) {
	for i, c := range cells {
		cells[i] = plan.OneLine(c)
	}
	fmt.Fprintln(w, strings.Join(cells, "\t"))
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && xterm.IsTerminal(int(f.Fd()))
}
