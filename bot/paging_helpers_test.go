package bot

import (
	"context"
	"strings"
	"testing"
)

// listLines are the lines of an answer that list something ("- …", with the quote under it): what
// its pages must give together, in order. A summary's nearest and passed deadlines head every page
// and are left out.
func listLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "  “") || heading(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// heading reports a line that heads each page of a summary.
func heading(l string) bool {
	for _, p := range []string{"- 最近期限", "- 已过期限", "- ……另有", "- next deadline", "- passed", "- … and"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// allPages asks for the pages after a's ("更多") as a person would, and returns every page's text
// joined, which the question tests judge: the first page is what is seen, and the rest is a reply
// away. It checks that the pages together list what the unpaged answer (Question.All) lists, line
// for line, and that each page names every task of the answer.
func allPages(t testing.TB, e *Engine, q Question, a Answer) string {
	t.Helper()
	if a.Context.Pages <= 1 {
		return a.Text
	}
	texts := []string{a.Text}
	lines := listLines(a.Text)
	more := a.Context.MoreWord()
	ctx := a.Context
	for ctx.Page+1 < ctx.Pages {
		next, err := e.Answer(context.Background(), Question{Text: more, Now: q.Now, Context: ctx})
		if err != nil {
			t.Fatalf("%q, page %d: %v", q.Text, ctx.Page+2, err)
		}
		if next.Context.Page != ctx.Page+1 || len(next.Tasks) != len(a.Tasks) {
			t.Fatalf("%q: %q gave page %d of %d (%d tasks), want page %d (%d tasks):\n%s", q.Text, more,
				next.Context.Page+1, next.Context.Pages, len(next.Tasks), ctx.Page+2, len(a.Tasks), next.Text)
		}
		texts = append(texts, next.Text)
		lines = append(lines, listLines(next.Text)...)
		ctx = next.Context
	}
	full := q
	full.All = true
	whole, err := e.Answer(context.Background(), full)
	if err != nil {
		t.Fatalf("%q, unpaged: %v", q.Text, err)
	}
	if want := listLines(whole.Text); strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("%q: its %d pages list %d lines; unpaged it lists %d:\npages:\n%s\nunpaged:\n%s", q.Text, ctx.Pages,
			len(lines), len(want), strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	return strings.Join(texts, "\n\n")
}
