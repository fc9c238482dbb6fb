package ingest

import (
	"regexp"
	"strings"

	"github.com/dutybot/dutybot/plan"
)

// Markdown is plain text with marks: fromMarkdown takes the marks off so the parser sees the
// headings' own numbers (一、, (一), 1.) at the start of lines, and a table's cells one per line.

var (
	mdHeading   = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	mdBullet    = regexp.MustCompile(`^\s*[-*+]\s+`)
	mdQuote     = regexp.MustCompile(`^\s*(>\s?)+`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis  = regexp.MustCompile(`(\*\*|__|~~)`)
	mdCode      = regexp.MustCompile("`([^`]*)`")
	mdEscape    = regexp.MustCompile(`\\([\\*_#>\[\]()|~` + "`" + `+\-.!])`)
	mdSeparator = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdRule      = regexp.MustCompile(`^\s*([-*_]\s*){3,}$`)
)

func fromMarkdown(s string) string {
	var out []string
	fenced := false
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "```") || strings.HasPrefix(strings.TrimSpace(l), "~~~") {
			fenced = !fenced
			continue
		}
		if fenced {
			out = append(out, l)
			continue
		}
		if mdSeparator.MatchString(l) && strings.Contains(l, "|") || mdRule.MatchString(l) {
			continue
		}
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "|") || (strings.Count(t, "|") >= 2 && !strings.HasPrefix(t, "\\|")) {
			for _, c := range splitRow(t) {
				out = append(out, inlineMarkdown(c))
			}
			continue
		}
		l = mdHeading.ReplaceAllString(l, "")
		l = mdQuote.ReplaceAllString(l, "")
		l = mdBullet.ReplaceAllString(l, "")
		out = append(out, inlineMarkdown(l))
	}
	return strings.Join(out, "\n")
}

func inlineMarkdown(s string) string {
	s = mdImage.ReplaceAllString(s, "$1")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdCode.ReplaceAllString(s, "$1")
	s = mdEmphasis.ReplaceAllString(s, "")
	s = mdEscape.ReplaceAllString(s, "$1")
	s = plan.LineBreaks(s)
	return strings.TrimSpace(s)
}

// splitRow splits a table row at unescaped bars.
func splitRow(t string) []string {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, "\\|") {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cur.WriteByte('|')
			i++
		case t[i] == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(t[i])
		}
	}
	cells = append(cells, cur.String())
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}
