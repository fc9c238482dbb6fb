// Package html reads a plan published as a web page. Text is the one entry point: the page's
// bytes in, the plain text plan.ParseText reads out (a block element per line, a table's cells one
// per line), or a *guard.Refusal saying why the page cannot be read and what to send instead.
// The refusal carries no file name; ingest's dispatcher (Extractor.Extract) adds it, and since
// ingest.RefusedError is guard.Refusal, the caller sees the refusal ingest always gave (see
// package guard for why a shared type and not errors mapped by the dispatcher).
package html

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dutybot/dutybot/ingest/guard"
)

// A plan published on a government site sits inside navigation, breadcrumbs, share buttons, related
// links and a footer. Text decodes the page in its declared charset (BOM, <meta charset>,
// then a guess), drops elements that are never the text (scripts, forms, nav, header, footer, asides),
// picks the content container when the page marks one, drops link lists, and writes block
// elements one per line and table cells one per line.

// Text returns the plain text of a web page.
func Text(data []byte) (string, error) {
	// A declared charset (BOM, <meta charset>, http-equiv) is honoured. Without one, the WHATWG
	// default is windows-1252, which garbles the GBK pages Chinese sites still serve: undeclared
	// pages are read as UTF-8 when they are valid UTF-8, else as GB18030.
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	head := data[:min(len(data), 4096)]
	switch {
	case declaredCharset.Match(head) || bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
	case utf8.Valid(data):
		enc = nil
	default:
		enc = simplifiedchinese.GB18030
	}
	if enc != nil {
		if b, err := enc.NewDecoder().Bytes(data); err == nil {
			data = b
		}
	}
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	if n := bytes.Count(data, []byte("<")); n > maxTags {
		return "", guard.Refuse(fmt.Sprintf("the web page holds %d tags, more than any plan does", n), htmlRemedy)
	}
	// The decoded bytes are UTF-8 now; a <meta charset> left in them would make a later reader
	// decode twice, so the parser is given the text directly. The parser refuses pages nested
	// more than 512 deep, which keeps the walks below (recursive) shallow.
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		if strings.Contains(err.Error(), "exceeds 512") {
			return "", guard.Refuse("the web page nests its elements more than 512 deep, more than any page does", htmlRemedy)
		}
		return "", guard.Refuse("the web page could not be read", htmlRemedy)
	}
	body := findElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	pr := pruner{lens: map[*html.Node]int{}}
	pr.prune(body)
	root := body
	if c := contentContainer(body, pr.lens); c != nil {
		root = c
	}
	w := htmlWriter{spanBudget: spanBudget(len(data))}
	w.walk(root)
	w.flush()
	return strings.Join(w.lines, "\n"), nil
}

// maxTags caps the tags of a page ('<' characters, counted before parsing): a long plan's page
// has tens of thousands.
const maxTags = 2_000_000

const htmlRemedy = "save the page as .txt (copy its text) or send the .docx or PDF"

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

var declaredCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=`)

// boilerplate matches class and id values of page furniture on Chinese government and news sites.
var boilerplate = regexp.MustCompile(`(?i)(^|[-_ ])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|footer|foot|header|topbar|share|sharebox|bdshare|sidebar|side|aside|related|relate|xgwz|xglj|print|toolbar|tools|copyright|banner|search|login|skip|qrcode|ewm)([-_ ]|$)`)

// contentMarks matches class and id values that name the article body.
var contentMarks = regexp.MustCompile(`(?i)(^|[-_ ])(article|content|contents|main|zoom|trs_editor|trs_paper_default|zw|wzzw|xxgk_content|detail|text|body|con|artibody|pages_content|view|zwnr)([-_ ]|$)`)

// pruner removes elements that are never a plan's text, and keeps the text length of each element
// left, so that finding the content container costs one walk of the tree, not one per element.
type pruner struct {
	lens map[*html.Node]int // letters of text under an element, after pruning
}

// prune prunes n's subtree and returns the letters of its text and of the part inside links.
func (p *pruner) prune(n *html.Node) (all, linked int) {
	if n.Type == html.TextNode {
		return utf8.RuneCountInString(strings.TrimSpace(n.Data)), 0
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || (c.Type == html.ElementNode && isFurniture(c)) {
			n.RemoveChild(c)
		} else {
			a, l := p.prune(c)
			if c.Type == html.ElementNode && isLinkList(c, a, l) {
				n.RemoveChild(c)
			} else {
				all += a
				linked += l
			}
		}
		c = next
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		linked = all
	}
	p.lens[n] = all
	return all, linked
}

func isFurniture(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Header, atom.Footer, atom.Aside,
		atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea, atom.Iframe, atom.Svg, atom.Canvas,
		atom.Object, atom.Embed, atom.Video, atom.Audio, atom.Map, atom.Head, atom.Title, atom.Link, atom.Meta:
		return true
	}
	if getAttr(n, "role") == "navigation" || getAttr(n, "aria-hidden") == "true" {
		return true
	}
	// What a browser does not show is not plan text: the hidden attribute (any value, "until-found"
	// too) and an inline style that hides the element.
	if hasAttr(n, "hidden") || hiddenStyle(getAttr(n, "style")) {
		return true
	}
	cls := getAttr(n, "class") + " " + getAttr(n, "id")
	if boilerplate.MatchString(cls) && !contentMarks.MatchString(cls) && n.DataAtom != atom.Table {
		return true
	}
	return false
}

// isLinkList reports a block that is mostly links (all letters of text, linked of them inside
// links): a menu, a list of related articles.
func isLinkList(n *html.Node, all, linked int) bool {
	switch n.DataAtom {
	case atom.Ul, atom.Ol, atom.Div, atom.Dl, atom.P, atom.Td, atom.Section, atom.Span:
	default:
		return false
	}
	return all > 0 && linked*10 >= all*7 && all < 2000
}

// contentContainer returns the element the page marks as its article when it holds most of the
// remaining text, else nil (the whole body is used).
// lens holds each element's text length (from pruner).
func contentContainer(body *html.Node, lens map[*html.Node]int) *html.Node {
	total := lens[body]
	if total == 0 {
		return nil
	}
	var best *html.Node
	bestLen := 0
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			marked := n.DataAtom == atom.Article || n.DataAtom == atom.Main ||
				contentMarks.MatchString(getAttr(n, "class")+" "+getAttr(n, "id"))
			if marked {
				if l := lens[n]; l > bestLen {
					best, bestLen = n, l
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(body)
	// A marked container that holds little of the page is a teaser or a caption: keep the body.
	if best == nil || bestLen*2 < total {
		return nil
	}
	// Government pages put the title and the document's metadata (索引号, 文号, 成文日期) just
	// outside the article body; the parser needs them. Widen to the ancestors that add little.
	for p := best.Parent; p != nil && p != body; p = p.Parent {
		if l := lens[p]; l*2 > bestLen*3 {
			break
		}
		best = p
	}
	return best
}

// hasAttr reports whether n carries the attribute key, whatever its value (a boolean attribute).
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides its element: display:none, or visibility:hidden
// (collapse), whatever the spacing, case or !important.
func hiddenStyle(style string) bool {
	if style == "" {
		return false
	}
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, style)
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") || strings.Contains(s, "visibility:collapse")
}

func getAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

type htmlWriter struct {
	lines  []string
	cur    strings.Builder
	pre    int
	tables []*rowSpans // the tables being walked, innermost last
	lists  []*olCount  // the ordered lists being walked, innermost last
	// spanBudget is how many bytes spanned cells may still write again: a page of many short cells
	// spanning hundreds of empty rows writes no more than a few times its own size.
	spanBudget int
}

// spanBudget is what the cells spanning rows of a page of n bytes may write again in all.
func spanBudget(n int) int { return 4*n + 64<<10 }

// rowSpans is a table's cells that span rows: for each column, the text the rows below it take
// again ("区行政审批局" in a 牵头单位 cell of rowspan 3 leads each of its rows), and for how many more
// rows; col is the next cell's column in the row being walked.
type rowSpans struct {
	col  int
	left map[int]spanned
}

type spanned struct {
	lines []string
	rows  int
}

// spanLeft writes the cells rows above span into the row at the current column, and moves past them.
func (w *htmlWriter) spanLeft(t *rowSpans) {
	for {
		sp, ok := t.left[t.col]
		if !ok || sp.rows == 0 {
			return
		}
		if n := linesLen(sp.lines); n <= w.spanBudget {
			w.lines = append(w.lines, sp.lines...)
			w.spanBudget -= n
		}
		sp.rows--
		t.left[t.col] = sp
		t.col++
	}
}

// cell walks a table cell, writing the cells spanned into its row before it, and keeps its text for
// the rows below when it spans them.
func (w *htmlWriter) cell(n *html.Node, t *rowSpans) {
	w.spanLeft(t)
	w.flush()
	start := len(w.lines)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.flush()
	span, cols := attrInt(n, "rowspan"), max(attrInt(n, "colspan"), 1)
	if span > 1 && linesLen(w.lines[start:]) <= maxSpannedText {
		t.left[t.col] = spanned{lines: slices.Clone(w.lines[start:]), rows: span - 1}
	}
	t.col += cols
}

// maxSpannedText is the most text a cell spanning rows gives each row again: a unit list or a date,
// not a paragraph (a file of long cells spanning a thousand rows would be written a thousand times).
const maxSpannedText = 512

func linesLen(ls []string) int {
	n := 0
	for _, l := range ls {
		n += len(l)
	}
	return n
}

// attrInt is an element's attribute as a small number, 0 when it has none or another.
func attrInt(n *html.Node, name string) int {
	for _, a := range n.Attr {
		if a.Key == name {
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && v > 0 && v < 1000 {
				return v
			}
		}
	}
	return 0
}

func (w *htmlWriter) flush() {
	s := strings.TrimSpace(w.cur.String())
	if s != "" {
		w.lines = append(w.lines, s)
	}
	w.cur.Reset()
}

func (w *htmlWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if w.pre > 0 {
			parts := strings.Split(n.Data, "\n")
			for i, p := range parts {
				if i > 0 {
					w.flush()
				}
				w.cur.WriteString(p)
			}
			return
		}
		w.cur.WriteString(collapseSpace(n.Data, w.cur.Len() == 0))
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	}
	if n.DataAtom == atom.Br {
		w.flush()
		return
	}
	switch n.DataAtom {
	case atom.Table:
		w.tables = append(w.tables, &rowSpans{left: map[int]spanned{}})
		defer func() { w.tables = w.tables[:len(w.tables)-1] }()
	case atom.Tr:
		if k := len(w.tables); k > 0 {
			t := w.tables[k-1]
			t.col = 0
			defer w.spanLeft(t) // cells spanned into the row's end
		}
	case atom.Td, atom.Th:
		if k := len(w.tables); k > 0 {
			w.cell(n, w.tables[k-1])
			return
		}
	case atom.Ol:
		w.lists = append(w.lists, &olCount{next: max(attrInt(n, "start"), 1), numbers: olNumbers(getAttr(n, "type"))})
		defer func() { w.lists = w.lists[:len(w.lists)-1] }()
	case atom.Li:
		if k := len(w.lists); k > 0 && n.Parent != nil && n.Parent.DataAtom == atom.Ol {
			w.listItem(n, w.lists[k-1], k)
			return
		}
	}
	block := isBlock(n.DataAtom)
	if block {
		w.flush()
	}
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	if block {
		w.flush()
	}
}

// olCount is an ordered list being walked: the number its next item shows, and whether it shows
// figures (type 1, the default) rather than letters or roman numerals.
type olCount struct {
	next    int
	numbers bool
}

func olNumbers(typ string) bool { return typ == "" || typ == "1" }

// listItem writes an item of an ordered list with the number a browser shows before it ("1.", or
// "（1）" in a list inside another), as a plan's text numbers its items; an item whose words already
// open with a number (a CMS that writes both) is left as it is.
func (w *htmlWriter) listItem(n *html.Node, l *olCount, depth int) {
	if v := attrInt(n, "value"); v > 0 {
		l.next = v
	}
	num := l.next
	l.next++
	w.flush()
	start := len(w.lines)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.flush()
	if !l.numbers || len(w.lines) <= start || numberedLine.MatchString(w.lines[start]) {
		return
	}
	marker := strconv.Itoa(num) + "."
	if depth > 1 {
		marker = "（" + strconv.Itoa(num) + "）"
	}
	w.lines[start] = marker + w.lines[start]
}

// numberedLine opens with an item's number of its own: 1. 1、 (1) （一） 一、 ① 第一.
var numberedLine = regexp.MustCompile(`^(?:\d{1,3}\s*[.．、)）]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|第[一二三四五六七八九十\d])`)

// collapseSpace folds HTML white space; a full-width space (U+3000) is text and is kept.
func collapseSpace(s string, atStart bool) string {
	var sb strings.Builder
	space := atStart
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0':
			if !space {
				sb.WriteByte(' ')
				space = true
			}
		default:
			sb.WriteRune(r)
			space = false
		}
	}
	return sb.String()
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd, atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr,
		atom.Td, atom.Th, atom.Caption, atom.Blockquote, atom.Pre, atom.Hr, atom.Center, atom.Figure, atom.Figcaption,
		atom.Address, atom.Fieldset, atom.Details, atom.Summary:
		return true
	}
	return false
}
