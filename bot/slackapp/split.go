package slackapp

import (
	"strings"
	"unicode/utf8"

	"github.com/dutybot/dutybot/plan"
)

// Slack's limits (https://api.slack.com/reference/block-kit/blocks). Text is measured in characters;
// we keep a little below each limit.
const (
	maxSectionChars = 2900 // a section block's text: 3000
	maxBlocks       = 50   // blocks in one message: 50
	maxHomeBlocks   = 100  // blocks in a Home tab view: 100
	maxMessageChars = 12000
	maxContextElems = 10   // elements of a context block: 10
	maxFallback     = 300  // the notification text that goes with blocks
	maxButtonValue  = 2000 // a button's value: 2000
)

// splitText cuts s into pieces of at most limit characters without losing any: at blank lines when it
// can, else at line ends, else after a sentence (。;;!?), else between characters.
func splitText(s string, limit int) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var out []string
	var cur strings.Builder
	curLen := 0
	flush := func() {
		if t := strings.TrimSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
		curLen = 0
	}
	for _, line := range strings.SplitAfter(s, "\n") {
		n := utf8.RuneCountInString(line)
		if curLen+n <= limit {
			cur.WriteString(line)
			curLen += n
			continue
		}
		flush()
		for utf8.RuneCountInString(line) > limit {
			head, tail := cutSentence(line, limit)
			out = append(out, strings.TrimSpace(head))
			line = tail
		}
		cur.WriteString(line)
		curLen = utf8.RuneCountInString(line)
	}
	flush()
	return out
}

// cutSentence splits line after the last sentence end within limit characters, or at limit.
func cutSentence(line string, limit int) (head, tail string) {
	cut, i := -1, 0
	for pos, r := range line {
		if i == limit {
			break
		}
		i++
		if strings.ContainsRune("。;;!?!?\n", r) {
			cut = pos + utf8.RuneLen(r)
		}
	}
	if cut <= 0 {
		cut = runeOffset(line, limit)
	}
	return line[:cut], line[cut:]
}

// runeOffset returns the byte offset of the n-th character of s.
func runeOffset(s string, n int) int {
	i := 0
	for pos := range s {
		if i == n {
			return pos
		}
		i++
	}
	return len(s)
}

// clip keeps s within a Slack limit of n characters: cut by plan.Clip, with its "…" counted in.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return plan.Clip(s, n-1)
}

// escaper turns Slack's three control characters into entities, so that text from a plan or a user
// can never become a mention (<!here>, <@U…>), a link or a channel reference.
var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes s safe to put in any Slack text field (mrkdwn sections, a message's text, context).
func escape(s string) string { return escaper.Replace(s) }

// fallback makes a message's top-level text safe to post. Slack shows that text in notifications
// and where blocks cannot be drawn, and parses mentions in it (<!channel>, <@U…>), so every text
// the app sends passes here on its way out (post, update, respond): & < > become entities even when
// the caller forgot to escape a plan's or a user's words. Text already escaped stays as it is.
func fallback(s string) string {
	if !strings.ContainsAny(s, "&<>") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<':
			b.WriteString("&lt;")
		case c == '>':
			b.WriteString("&gt;")
		case c == '&' && !hasEntity(s[i:]):
			b.WriteString("&amp;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// hasEntity reports whether s starts with one of the three entities escape writes.
func hasEntity(s string) bool {
	return strings.HasPrefix(s, "&amp;") || strings.HasPrefix(s, "&lt;") || strings.HasPrefix(s, "&gt;")
}

// mrkdwn turns the Answerer's light Markdown into Slack mrkdwn: &, < and > escaped, **bold** as
// *bold*, headings as bold lines.
func mrkdwn(s string) string {
	s = escape(s)
	s = strings.ReplaceAll(s, "**", "*")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if t := strings.TrimLeft(l, "#"); len(t) < len(l) && strings.HasPrefix(t, " ") {
			lines[i] = "*" + strings.TrimSpace(t) + "*"
		}
	}
	return strings.Join(lines, "\n")
}
