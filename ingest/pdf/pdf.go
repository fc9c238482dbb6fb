// Package pdf reads a plan saved as a PDF with a text layer. Text is the one entry point: the
// file's bytes in, the plain text plan.ParseText reads out (a paragraph per line, a ruled table's
// cells one per line in row order), or a *guard.Refusal saying why the file cannot be read and
// what to send instead: a scan, fonts without a Unicode map, a password, damage, or a file that
// passes a cap no plan comes near (the pre-scan of the raw bytes in pdfscan.go, the caps on pages,
// glyphs, operators and streams below). The refusal carries no file name; ingest's dispatcher
// (Extractor.Extract) adds it, and since ingest.RefusedError is guard.Refusal, callers of ingest
// see the refusal they always did (package guard says why a shared type and not mapped errors).
package pdf

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dutybot/dutybot/ingest/guard"
)

// A PDF's text layer is glyphs placed on pages, not lines or paragraphs. extract reads the
// file's objects with github.com/ledongthuc/pdf, but runs its own content interpreter: it follows
// the text and graphics matrices, decodes each glyph through the font's ToUnicode map (or its
// predefined CJK encoding), and keeps each glyph's position and advance. Then, per document:
//
//	glyphs → ruled tables (cells from the page's horizontal and vertical rules; see pdftable.go)
//	       → the other glyphs → lines (by baseline) → segments (split at wide gaps: borderless cells)
//	       → running headers, footers and page numbers dropped
//	       → wrapped lines joined into paragraphs (a line reaching the right margin continues,
//	         an indented or short line ends one; words hyphenated at a line end are rejoined)
//
// Rotated glyphs (watermarks) are skipped.

const pdfRemedy = "send the .docx, or the web page, or save the PDF as .docx (WPS: PDF转Word) and send that"

// timeout bounds one PDF's extraction in process. A 100-page plan takes a tenth of a second;
// the pre-scan and the caps refuse the loops known in the PDF library, but Go cannot stop a
// goroutine, so a loop they miss is abandoned here, still running. Files people give us are read
// in a Sandbox child, whose wall clock (a few seconds) kills such a loop with the process.
const timeout = 2 * time.Minute

// Text returns the plain text of a PDF. It gives up after two minutes, which no plan comes near:
// a file that makes the object reader loop in a way the guards miss is refused, its goroutine left
// running (Go cannot stop it), so files people give us are read in ingest's Sandbox, whose wall
// clock ends such a loop with the child process.
func Text(data []byte) (string, error) { return textWithin(data, timeout) }

func textWithin(data []byte, d time.Duration) (string, error) {
	type result struct {
		text string
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		t, err := extract(data)
		ch <- result{t, err}
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case r := <-ch:
		return r.text, r.err
	case <-timer.C:
		return "", guard.Refuse("reading the PDF did not finish (it is probably damaged)", pdfRemedy)
	}
}

func extract(data []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(*guard.Refusal); ok { // a cap below was hit
				text, err = "", re
				return
			}
			text, err = "", guard.Refuse(fmt.Sprintf("the PDF is damaged (%v)", r), pdfRemedy)
		}
	}()
	data = mendPDF(data)
	if err := scanPDF(data); err != nil {
		return "", err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if errors.Is(err, pdf.ErrInvalidPassword) || (bytes.Contains(data, []byte("/Encrypt")) && strings.Contains(strings.ToLower(err.Error()), "encrypt")) {
			return "", guard.Refuse("the PDF is password-protected", "ask for an unprotected copy or the .docx, or remove the password and save a new PDF")
		}
		if bytes.Contains(data, []byte("/Encrypt")) {
			return "", guard.Refuse("the PDF is encrypted in a way dutybot cannot open", "ask for an unprotected copy or the .docx")
		}
		return "", guard.Refuse("the PDF is damaged ("+err.Error()+")", pdfRemedy)
	}
	// Walk the page tree once: Reader.Page walks it from the root for every page.
	root := r.Trailer().Key("Root")
	pw := &pageWalk{seen: map[string]bool{}}
	pw.collect(root.Key("Pages"), []string{rootPages(root)}, 0)
	leaves := pw.out
	if len(leaves) == 0 {
		return "", guard.Refuse("the PDF has no pages", pdfRemedy)
	}
	x := &pdfText{fonts: map[string]*pdfFont{}, budget: guard.NewBudget()}
	var pages []pdfPage
	for _, v := range leaves {
		pages = append(pages, x.page(pdf.Page{V: v}))
	}
	// A scan has no text, or only a stamp (a page number, a filing mark) over page images.
	if x.glyphs == 0 || (x.images >= len(pages)/2+1 && x.glyphs < 40*len(pages)) {
		return "", guard.Refuse("the PDF is a scan: its pages are images with no text layer",
			"run OCR on it (WPS or Acrobat: 识别文字/OCR) and send the result, or ask the issuer for the .docx or the web page")
	}
	if x.unmapped*2 > x.glyphs {
		return "", guard.Refuse("the PDF's fonts carry no Unicode map, so its text cannot be read",
			"save it as .docx (WPS: PDF转Word) or send the web page instead")
	}
	return assemble(pages), nil
}

// Caps on what one PDF may make the extractor do. A 100-page plan has about 100,000 glyphs and
// 200,000 content operators; a hostile file can draw one page 5,000 times or repeat a form a
// million times from a few bytes.
const (
	maxPages        = 5000       // pages read
	maxPageDepth    = 32         // page tree levels (Word writes 2 to 4)
	maxPDFGlyphs    = 2_000_000  // glyphs placed, whole file
	maxPDFOps       = 20_000_000 // content operators run, whole file
	maxPDFForms     = 100_000    // form XObjects run, whole file
	maxPageRules    = 5000       // ruled lines kept per page (more is a drawing, not a table)
	maxGraphicDepth = 256        // q nesting kept (PDF viewers allow 28)
	maxFontEntries  = 1 << 17    // ToUnicode and width entries per font (a CJK font has ~30,000)
)

// pdfLimit stops the extraction with a refusal saying which cap the file passed; extract
// recovers it.
func pdfLimit(format string, args ...any) {
	panic(guard.Refuse(fmt.Sprintf(format, args...), "check that it is the plan itself; send the .docx or the web page, or save the PDF as .docx (WPS: PDF转Word) and send that"))
}

// pageWalk collects the leaves of a page tree. The tree comes from the file, so it may loop:
// each node's kids are checked against its ancestors (by object reference), nodes visited are
// counted, and a page listed twice is read once.
type pageWalk struct {
	out    []pdf.Value
	seen   map[string]bool // leaf pages taken, by reference
	visits int
}

func (w *pageWalk) collect(v pdf.Value, ancestors []string, depth int) {
	if depth > maxPageDepth {
		pdfLimit("the PDF's page tree is nested more than %d deep", maxPageDepth)
	}
	if w.visits++; w.visits > 2*maxPages {
		pdfLimit("the PDF's page tree has more than %d nodes", 2*maxPages)
	}
	if v.Key("Type").Name() == "Page" {
		w.leaf(v, "")
		return
	}
	kids := v.Key("Kids")
	ids := refsOf(kids)
	for i := 0; i < kids.Len() && len(w.out) < maxPages; i++ {
		id := ""
		if ids != nil {
			id = ids[i]
		}
		if id != "" && slices.Contains(ancestors, id) {
			pdfLimit("the PDF's page tree loops (object %s lists its own ancestor as a kid)", strings.TrimSuffix(id, " R"))
		}
		k := kids.Index(i)
		if k.Key("Type").Name() == "Page" || k.Key("Kids").IsNull() {
			w.leaf(k, id)
			continue
		}
		w.collect(k, append(ancestors, id), depth+1)
	}
}

func (w *pageWalk) leaf(v pdf.Value, id string) {
	if id != "" {
		if w.seen[id] {
			return
		}
		w.seen[id] = true
	}
	w.out = append(w.out, v)
}

// refsOf returns the references ("12 0 R") an array holds, in order, or nil when any element is
// not a reference. The library resolves elements as they are read; its text form keeps them.
func refsOf(a pdf.Value) []string {
	if a.Kind() != pdf.Array {
		return nil
	}
	s := a.String()
	f := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(s, "["), "]"))
	if len(f) != 3*a.Len() {
		return nil
	}
	out := make([]string, a.Len())
	for i := range out {
		if f[3*i+2] != "R" {
			return nil
		}
		out[i] = f[3*i] + " " + f[3*i+1] + " R"
	}
	return out
}

// rootPages returns the reference the catalog's /Pages holds ("3 0 R"), or "".
func rootPages(catalog pdf.Value) string {
	m := pagesRef.FindStringSubmatch(catalog.String())
	if m == nil {
		return ""
	}
	return m[1]
}

var pagesRef = regexp.MustCompile(`/Pages (\d+ \d+ R)`)

// inherited looks key up in a page and its ancestors, as Page.Resources does, but refuses a
// chain of more than maxPageDepth parents: a damaged tree can make a page its own parent.
func inherited(v pdf.Value, key string) pdf.Value {
	for i := 0; !v.IsNull(); i++ {
		if i > maxPageDepth {
			pdfLimit("the PDF's page has more than %d parents (its page tree loops)", maxPageDepth)
		}
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return pdf.Value{}
}

// mendPDF fixes what the reader is stricter about than viewers are: a PDF 2.0 header (the
// reader knows 1.0–1.7, and 2.0 files read the same for text), and bytes after the last %%EOF
// (some servers append padding), which hide the cross-reference pointer.
func mendPDF(data []byte) []byte {
	if bytes.HasPrefix(data, []byte("%PDF-2.")) {
		data = append([]byte("%PDF-1.7"), data[8:]...)
	}
	if i := bytes.LastIndex(data, []byte("%%EOF")); i >= 0 && len(bytes.TrimRight(data[i+5:], "\r\n\t \x00")) > 0 || i >= 0 && i+5+64 < len(data) {
		data = data[:i+5]
	}
	return data
}

type glyph struct {
	x, y, w, size float64
	text          string
}

type pdfLine struct {
	y, x0, x1, size float64
	// lead is the width of the line's first unbreakable unit: a CJK character with the closing
	// marks that may not start a line, or a word of letters and digits. A word processor wraps
	// a line only when that much would not fit on the one before. 0: unknown (one em is assumed).
	lead  float64
	segs  []pdfSeg
	rows  []tableRow // a ruled table
	block []string   // a table written out: one cell paragraph per line
}

type pdfSeg struct {
	x0, x1 float64
	text   string
	// The segment began or ended with a space glyph: a line wrapped at a space keeps it when
	// joined, as text set with spaces between sentences (a flattened page) needs.
	spaceBefore, spaceAfter bool
}

func (l pdfLine) text() string {
	parts := make([]string, len(l.segs))
	for i, s := range l.segs {
		parts[i] = s.text
	}
	return strings.Join(parts, " ")
}

type pdfPage struct {
	top, bottom float64 // media box
	lines       []pdfLine
}

type pdfText struct {
	fonts    map[string]*pdfFont
	glyphs   int
	unmapped int
	images   int           // image XObjects drawn
	budget   *guard.Budget // what the file's streams may still inflate to
	ops      int           // content operators run
	forms    int           // form XObjects run

	// the page being read
	rules        []rule
	pageW, pageH float64
}

type matrix [6]float64 // a b c d e f

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

type textState struct {
	ctm                matrix
	font               *pdfFont
	size, tc, tw, th   float64
	tl, rise           float64
	fontName, fontDict string
}

func (x *pdfText) page(p pdf.Page) pdfPage {
	var pg pdfPage
	var box pdf.Value
	v := p.V
	for i := 0; i < 32 && !v.IsNull() && box.IsNull(); i++ { // a damaged tree can loop
		box = v.Key("MediaBox")
		v = v.Key("Parent")
	}
	pg.bottom, pg.top = 0, 842
	if box.Kind() == pdf.Array && box.Len() == 4 {
		pg.bottom, pg.top = box.Index(1).Float64(), box.Index(3).Float64()
	}
	x.pageH = pg.top - pg.bottom
	x.pageW = 595
	if box.Kind() == pdf.Array && box.Len() == 4 {
		x.pageW = box.Index(2).Float64() - box.Index(0).Float64()
	}
	x.rules = x.rules[:0]
	var gl []glyph
	x.run(p.V.Key("Contents"), inherited(p.V, "Resources"), identity, &gl, 0)
	free, tables := placeTables(gl, x.rules)
	pg.lines = buildLines(free)
	if len(tables) > 0 {
		pg.lines = append(pg.lines, tables...)
		slices.SortStableFunc(pg.lines, func(a, b pdfLine) int { return cmp.Compare(b.y, a.y) })
	}
	return pg
}

// run interprets one content stream (a page's or a form XObject's).
func (x *pdfText) run(strm, res pdf.Value, ctm matrix, out *[]glyph, depth int) {
	if strm.IsNull() || depth > 4 {
		return
	}
	r := &contentRun{x: x, res: res, out: out, depth: depth, st: textState{ctm: ctm, th: 1},
		tm: identity, tlm: identity, fonts: map[string]*pdfFont{}}
	contentOps(x.streamBytes(strm), func(op string, args []cval) {
		if x.ops++; x.ops > maxPDFOps {
			pdfLimit("the PDF's pages run more than %d drawing operations, more than any plan", maxPDFOps)
		}
		_ = r.path(op, args) || r.graphics(op, args) || r.textState(op, args) || r.textPosition(op, args) ||
			r.show(op, args) || r.do(op, args)
	})
}

// contentRun is the state of one content stream being interpreted: the graphics and text state,
// the path being built, and where glyphs go.
type contentRun struct {
	x     *pdfText
	res   pdf.Value
	out   *[]glyph
	depth int

	st       textState
	stack    []textState
	tm, tlm  matrix
	fonts    map[string]*pdfFont // resolving a font costs object reads: once per stream
	rects    []pathRect
	segs     [][4]float64
	cur, beg [2]float64 // the current point and the subpath's start
	lost     int        // q operators past maxGraphicDepth, whose Q are ignored too
}

type pathRect struct{ x0, y0, x1, y1 float64 }

func num(args []cval, i int) float64 {
	if i < len(args) {
		return args[i].Float64()
	}
	return 0
}

// apply maps a point of user space to the page.
func (r *contentRun) apply(px, py float64) [2]float64 {
	m := r.st.ctm
	return [2]float64{m[0]*px + m[2]*py + m[4], m[1]*px + m[3]*py + m[5]}
}

// path builds and paints paths: only their axis-aligned rules are kept (table borders).
func (r *contentRun) path(op string, args []cval) bool {
	switch op {
	case "re":
		if len(args) == 4 {
			a := r.apply(num(args, 0), num(args, 1))
			b := r.apply(num(args, 0)+num(args, 2), num(args, 1)+num(args, 3))
			r.rects = append(r.rects, pathRect{a[0], a[1], b[0], b[1]})
			r.cur, r.beg = a, a
		}
	case "m":
		r.cur = r.apply(num(args, 0), num(args, 1))
		r.beg = r.cur
	case "l":
		n := r.apply(num(args, 0), num(args, 1))
		r.segs = append(r.segs, [4]float64{r.cur[0], r.cur[1], n[0], n[1]})
		r.cur = n
	case "h":
		r.segs = append(r.segs, [4]float64{r.cur[0], r.cur[1], r.beg[0], r.beg[1]})
		r.cur = r.beg
	case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
		for _, rc := range r.rects {
			r.x.addRect(rc.x0, rc.y0, rc.x1, rc.y1)
		}
		for _, sg := range r.segs {
			r.x.addSegment(sg[0], sg[1], sg[2], sg[3])
		}
		r.rects, r.segs = r.rects[:0], r.segs[:0]
	case "n":
		r.rects, r.segs = r.rects[:0], r.segs[:0]
	default:
		return false
	}
	return true
}

// graphics saves and restores the graphics state (at most maxGraphicDepth deep) and changes the
// transformation.
func (r *contentRun) graphics(op string, args []cval) bool {
	switch op {
	case "q":
		if len(r.stack) >= maxGraphicDepth {
			r.lost++
			break
		}
		r.stack = append(r.stack, r.st)
	case "Q":
		if r.lost > 0 {
			r.lost--
			break
		}
		if len(r.stack) > 0 {
			r.st = r.stack[len(r.stack)-1]
			r.stack = r.stack[:len(r.stack)-1]
		}
	case "cm":
		if len(args) == 6 {
			var m matrix
			for i := range m {
				m[i] = args[i].Float64()
			}
			r.st.ctm = m.mul(r.st.ctm)
		}
	default:
		return false
	}
	return true
}

// textState sets the font and the spacing of text.
func (r *contentRun) textState(op string, args []cval) bool {
	st := &r.st
	switch op {
	case "Tf":
		if len(args) == 2 {
			name := args[0].Name()
			f, ok := r.fonts[name]
			if !ok {
				f = r.x.font(r.res.Key("Font").Key(name), name)
				r.fonts[name] = f
			}
			st.font = f
			st.size = args[1].Float64()
		}
	case "Tc":
		st.tc = num(args, 0)
	case "Tw":
		st.tw = num(args, 0)
	case "Tz":
		st.th = num(args, 0) / 100
	case "TL":
		st.tl = num(args, 0)
	case "Ts":
		st.rise = num(args, 0)
	default:
		return false
	}
	return true
}

// textPosition moves to the start of a text object or line.
func (r *contentRun) textPosition(op string, args []cval) bool {
	switch op {
	case "BT":
		r.tm, r.tlm = identity, identity
	case "Td", "TD":
		if op == "TD" {
			r.st.tl = -num(args, 1)
		}
		r.tlm = matrix{1, 0, 0, 1, num(args, 0), num(args, 1)}.mul(r.tlm)
		r.tm = r.tlm
	case "Tm":
		if len(args) == 6 {
			for i := range r.tlm {
				r.tlm[i] = args[i].Float64()
			}
			r.tm = r.tlm
		}
	case "T*":
		r.nextLine()
	default:
		return false
	}
	return true
}

func (r *contentRun) nextLine() {
	r.tlm = matrix{1, 0, 0, 1, 0, -r.st.tl}.mul(r.tlm)
	r.tm = r.tlm
}

// show places the glyphs of the text operators.
func (r *contentRun) show(op string, args []cval) bool {
	switch op {
	case "Tj":
		if len(args) == 1 {
			r.glyphs(args[0].RawString())
		}
	case "'", "\"":
		if op == "\"" && len(args) == 3 {
			r.st.tw, r.st.tc = args[0].Float64(), args[1].Float64()
			args = args[2:]
		}
		r.nextLine()
		if len(args) == 1 {
			r.glyphs(args[0].RawString())
		}
	case "TJ":
		if len(args) == 1 {
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				if v := a.Index(i); v.kind == cString {
					r.glyphs(v.RawString())
				} else {
					r.tm = matrix{1, 0, 0, 1, -v.Float64() / 1000 * r.st.size * r.st.th, 0}.mul(r.tm)
				}
			}
		}
	default:
		return false
	}
	return true
}

// glyphs places the characters of a string: the upright ones with text become glyphs.
func (r *contentRun) glyphs(raw string) {
	x, st := r.x, &r.st
	if st.font == nil {
		st.font = x.font(pdf.Value{}, "")
	}
	for _, c := range st.font.decode(raw) {
		trm := matrix{st.size * st.th, 0, 0, st.size, 0, st.rise}.mul(r.tm).mul(st.ctm)
		adv := (c.width/1000*st.size + st.tc) * st.th
		if c.space {
			adv += st.tw * st.th
		}
		size := math.Hypot(trm[2], trm[3])
		upright := math.Abs(trm[1]) < 0.01*size && math.Abs(trm[2]) < 0.01*size && trm[0] > 0 && trm[3] > 0
		if c.text != "" && upright {
			if x.glyphs++; x.glyphs > maxPDFGlyphs {
				pdfLimit("the PDF places more than %d characters, more than any plan", maxPDFGlyphs)
			}
			if c.unmapped {
				x.unmapped++
			}
			*r.out = append(*r.out, glyph{x: trm[4], y: trm[5], w: c.width / 1000 * trm[0], size: size, text: c.text})
		}
		r.tm = matrix{1, 0, 0, 1, adv, 0}.mul(r.tm)
	}
}

// do draws an XObject: an image is counted, a form is run (at most maxPDFForms of them).
func (r *contentRun) do(op string, args []cval) bool {
	if op != "Do" {
		return false
	}
	if len(args) != 1 {
		return true
	}
	x := r.x
	xo := r.res.Key("XObject").Key(args[0].Name())
	switch xo.Key("Subtype").Name() {
	case "Image":
		x.images++
	case "Form":
		if x.forms++; x.forms > maxPDFForms {
			pdfLimit("the PDF draws more than %d forms, more than any plan", maxPDFForms)
		}
		m := identity
		if mv := xo.Key("Matrix"); mv.Kind() == pdf.Array && mv.Len() == 6 {
			for i := range m {
				m[i] = mv.Index(i).Float64()
			}
		}
		res := xo.Key("Resources")
		if res.IsNull() {
			res = r.res
		}
		x.run(xo, res, m.mul(r.st.ctm), r.out, r.depth+1)
	}
	return true
}

// pdfFont decodes a font's codes into text and widths (thousandths of the font size).
type pdfFont struct {
	twoByte     bool              // Identity-H and UCS-2 CMaps: two bytes per code
	gbk         bool              // GBK-EUC-H and kin: one byte below 0x81, else two
	ucs2        bool              // the codes are UTF-16BE
	toUnicode   map[uint32]string // from the ToUnicode CMap
	simple      pdf.TextEncoding  // single-byte encodings without ToUnicode
	differences map[byte]string   // glyph names the library does not know
	widths      map[uint32]float64
	dw          float64
}

type pdfChar struct {
	text     string
	width    float64
	space    bool
	unmapped bool
}

func (x *pdfText) font(v pdf.Value, name string) *pdfFont {
	tu := v.Key("ToUnicode")
	key := name + "|" + v.Key("BaseFont").Name() + "|" + strconv.FormatInt(tu.Key("Length").Int64(), 10) + "|" + v.Key("Subtype").Name()
	if f, ok := x.fonts[key]; ok {
		return f
	}
	f := &pdfFont{widths: map[uint32]float64{}, dw: 1000}
	x.fonts[key] = f
	if v.IsNull() {
		f.dw = 500
		return f
	}
	if tu.Kind() == pdf.Stream {
		f.toUnicode = readToUnicode(x.streamBytes(tu))
	}
	if v.Key("Subtype").Name() == "Type0" {
		enc := v.Key("Encoding").Name()
		switch {
		case strings.Contains(enc, "UCS2") || strings.Contains(enc, "UTF16"):
			f.twoByte, f.ucs2 = true, true
		case strings.Contains(enc, "EUC") || strings.Contains(enc, "GBK") || strings.Contains(enc, "GBpc") || strings.Contains(enc, "GBT"):
			f.gbk = true
		default:
			f.twoByte = true
		}
		d := v.Key("DescendantFonts").Index(0)
		if dw := d.Key("DW"); !dw.IsNull() {
			f.dw = dw.Float64()
		}
		w := d.Key("W")
		for i := 0; i < w.Len(); {
			first := uint32(w.Index(i).Int64())
			if i+1 >= w.Len() {
				break
			}
			next := w.Index(i + 1)
			if next.Kind() == pdf.Array {
				for j := 0; j < next.Len() && len(f.widths) < maxFontEntries; j++ {
					f.widths[first+uint32(j)] = next.Index(j).Float64()
				}
				i += 2
				continue
			}
			if i+2 >= w.Len() {
				break
			}
			last, wd := uint32(next.Int64()), w.Index(i+2).Float64()
			for c := first; c <= last && c-first < 65536 && len(f.widths) < maxFontEntries; c++ {
				f.widths[c] = wd
			}
			i += 3
		}
		return f
	}
	first := uint32(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len(); i++ {
		f.widths[first+uint32(i)] = ws.Index(i).Float64()
	}
	f.dw = 500
	if fd := v.Key("FontDescriptor"); !fd.Key("MissingWidth").IsNull() {
		f.dw = fd.Key("MissingWidth").Float64()
	}
	// Codes the ToUnicode map leaves out fall back to the font's encoding. Only encodings the
	// library reads from tables: for the others it would run its CMap interpreter.
	switch enc := v.Key("Encoding"); {
	case enc.Kind() == pdf.Dict, enc.Name() == "WinAnsiEncoding", enc.Name() == "MacRomanEncoding":
		pf := pdf.Font{V: v}
		f.simple = pf.Encoder()
	}
	f.differences = glyphNames(v.Key("Encoding").Key("Differences"))
	return f
}

// glyphNames reads an encoding's Differences array for the names the library's table lacks:
// ligatures (TeX sets ff, fi, fl as one glyph) and uniXXXX names.
func glyphNames(d pdf.Value) map[byte]string {
	out := map[byte]string{}
	code := 0
	for i := 0; i < d.Len(); i++ {
		v := d.Index(i)
		if v.Kind() == pdf.Integer {
			code = int(v.Int64())
			continue
		}
		name := v.Name()
		if code >= 0 && code < 256 {
			if s, ok := ligatures[name]; ok {
				out[byte(code)] = s
			} else if strings.HasPrefix(name, "uni") && len(name) == 7 {
				if r, err := strconv.ParseUint(name[3:], 16, 32); err == nil {
					out[byte(code)] = string(rune(r))
				}
			}
		}
		code++
	}
	return out
}

var ligatures = map[string]string{"ff": "ff", "fi": "fi", "fl": "fl", "ffi": "ffi", "ffl": "ffl", "f_f": "ff", "f_i": "fi", "f_l": "fl",
	"f_f_i": "ffi", "f_f_l": "ffl", "dotlessi": "ı", "endash": "–", "emdash": "—", "quotedblleft": "“", "quotedblright": "”",
	"quoteleft": "‘", "quoteright": "’"}

func (f *pdfFont) decode(raw string) []pdfChar {
	out := make([]pdfChar, 0, len(raw))
	for i := 0; i < len(raw); {
		var code uint32
		n := 1
		switch {
		case f.twoByte && i+1 < len(raw):
			code, n = uint32(raw[i])<<8|uint32(raw[i+1]), 2
		case f.gbk && raw[i] >= 0x81 && i+1 < len(raw):
			code, n = uint32(raw[i])<<8|uint32(raw[i+1]), 2
		default:
			code = uint32(raw[i])
		}
		bytesOf := raw[i : i+n]
		i += n
		c := pdfChar{width: f.dw}
		if w, ok := f.widths[code]; ok {
			c.width = w
		}
		c.space = n == 1 && code == 32
		if s, ok := f.toUnicode[code]; ok {
			c.text = s
		} else {
			switch {
			case f.ucs2:
				c.text = string(rune(code))
			case f.gbk:
				if b, err := simplifiedchinese.GBK.NewDecoder().Bytes([]byte(bytesOf)); err == nil {
					c.text = string(b)
				}
			case f.twoByte:
				c.text, c.unmapped = "\uFFFD", true
			case f.differences[byte(code)] != "":
				c.text = f.differences[byte(code)]
			case f.simple != nil:
				c.text = f.simple.Decode(bytesOf)
			default:
				c.text = string(rune(code)) // Latin-1, as StandardEncoding is for letters
			}
		}
		c.text = strings.Map(func(r rune) rune {
			if r == 0 || (r < 0x20 && r != '\t') {
				return -1
			}
			if r == '\t' || r == 0xA0 {
				return ' '
			}
			return r
		}, c.text)
		out = append(out, c)
	}
	return out
}

var cmapToken = regexp.MustCompile(`<[0-9A-Fa-f\s]*>|\[|\]|[A-Za-z]+`)

// readToUnicode reads the bfchar and bfrange entries of a ToUnicode CMap (its decoded bytes), up
// to maxFontEntries codes.
func readToUnicode(b []byte) map[uint32]string {
	if len(b) == 0 {
		return nil
	}
	m := map[uint32]string{}
	toks := cmapToken.FindAllString(string(b), -1)
	hexOf := func(t string) ([]byte, bool) {
		if !strings.HasPrefix(t, "<") {
			return nil, false
		}
		h := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, t[1:len(t)-1])
		if len(h)%2 == 1 {
			h += "0"
		}
		out := make([]byte, len(h)/2)
		for i := range out {
			v, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
			if err != nil {
				return nil, false
			}
			out[i] = byte(v)
		}
		return out, true
	}
	codeOf := func(b []byte) uint32 {
		var c uint32
		for _, x := range b {
			c = c<<8 | uint32(x)
		}
		return c
	}
	mode := ""
	for i := 0; i < len(toks) && len(m) < maxFontEntries; i++ {
		t := toks[i]
		switch t {
		case "beginbfchar", "beginbfrange":
			mode = t
			continue
		case "endbfchar", "endbfrange":
			mode = ""
			continue
		}
		switch mode {
		case "beginbfchar":
			src, ok1 := hexOf(t)
			if i+1 >= len(toks) {
				break
			}
			dst, ok2 := hexOf(toks[i+1])
			i++
			if ok1 && ok2 {
				m[codeOf(src)] = utf16BE(dst)
			}
		case "beginbfrange":
			if i+2 >= len(toks) {
				break
			}
			lo, ok1 := hexOf(t)
			hi, ok2 := hexOf(toks[i+1])
			i += 2
			if !ok1 || !ok2 {
				continue
			}
			l, h := codeOf(lo), codeOf(hi)
			if h < l || h-l > 65535 {
				continue
			}
			if toks[i] == "[" {
				c := l
				for i++; i < len(toks) && toks[i] != "]"; i++ {
					if d, ok := hexOf(toks[i]); ok && c <= h {
						m[c] = utf16BE(d)
						c++
					}
				}
				continue
			}
			d, ok := hexOf(toks[i])
			if !ok {
				continue
			}
			for c := l; c <= h && len(m) < maxFontEntries; c++ {
				m[c] = utf16BE(d)
				incLast(d)
			}
		}
	}
	return m
}

func incLast(b []byte) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i]++
		if b[i] != 0 {
			return
		}
	}
}

func utf16BE(b []byte) string {
	var rs []rune
	for i := 0; i+1 < len(b); i += 2 {
		r := rune(b[i])<<8 | rune(b[i+1])
		if r >= 0xD800 && r < 0xDC00 && i+3 < len(b) {
			r2 := rune(b[i+2])<<8 | rune(b[i+3])
			r = (r-0xD800)<<10 + (r2 - 0xDC00) + 0x10000
			i += 2
		}
		rs = append(rs, r)
	}
	if len(b) == 1 {
		rs = append(rs, rune(b[0]))
	}
	return string(rs)
}

// buildLines groups a page's glyphs into lines by baseline, top to bottom, and splits each line
// into segments where the gap is wide enough to be a column or table-cell boundary.
func buildLines(gl []glyph) []pdfLine {
	if len(gl) == 0 {
		return nil
	}
	slices.SortStableFunc(gl, func(a, b glyph) int { return cmp.Compare(b.y, a.y) })
	var lines []pdfLine
	var cur []glyph
	flush := func() {
		if len(cur) > 0 {
			if l := makeLine(cur); len(l.segs) > 0 { // a line of blanks is no line
				lines = append(lines, l)
			}
		}
		cur = nil
	}
	for _, g := range gl {
		if len(cur) > 0 {
			ref := cur[0]
			if math.Abs(ref.y-g.y) > 0.4*math.Max(ref.size, g.size) {
				flush()
			}
		}
		cur = append(cur, g)
	}
	flush()
	return lines
}

func makeLine(gs []glyph) pdfLine {
	slices.SortStableFunc(gs, func(a, b glyph) int { return cmp.Compare(a.x, b.x) })
	var l pdfLine
	l.y = gs[0].y
	sizes := make([]float64, len(gs))
	for i, g := range gs {
		sizes[i] = g.size
	}
	sort.Float64s(sizes)
	l.size = sizes[len(sizes)/2]
	var sb strings.Builder
	var seg pdfSeg
	var prev *glyph
	for i := range gs {
		g := &gs[i]
		if prev != nil {
			gap := g.x - (prev.x + prev.w)
			// A glyph drawn twice at nearly the same place is fake bold: keep one.
			// ("ll" and "tt" are the same glyph twice too, but a glyph's width apart.)
			if g.text == prev.text && math.Abs(g.x-prev.x) < math.Min(0.1*l.size, 0.5*prev.w) {
				continue
			}
			switch {
			case gap > 2.5*l.size:
				seg.setText(sb.String())
				if seg.text != "" {
					l.segs = append(l.segs, seg)
				}
				sb.Reset()
				seg = pdfSeg{x0: g.x}
			// Word spaces set as gaps (TeX, justified text) are about a fifth of the size and up;
			// CJK text carries no spaces, and its letter-spacing is not one. Between CJK and
			// Latin letters or digits, word processors add a fifth to a quarter of an em of
			// their own (Word's 自动调整中文与西文/数字的间距, LibreOffice's Asian spacing): that
			// is not a space either, or 21号 would read "21 号" and a plan's number change.
			case gap > 0.15*l.size && !(isWide(lastRune(prev.text)) && isWide(firstRune(g.text)) && gap < 1.5*l.size) &&
				!(isWide(lastRune(prev.text)) != isWide(firstRune(g.text)) && gap < 0.3*l.size):
				if !strings.HasSuffix(sb.String(), " ") && g.text != " " {
					sb.WriteByte(' ')
				}
			}
		} else {
			seg.x0 = g.x
		}
		sb.WriteString(g.text)
		seg.x1 = g.x + g.w
		prev = g
	}
	seg.setText(sb.String())
	if seg.text != "" {
		l.segs = append(l.segs, seg)
	}
	if len(l.segs) > 0 {
		l.x0, l.x1 = l.segs[0].x0, l.segs[len(l.segs)-1].x1
	}
	l.lead = leadWidth(gs, l.size)
	return l
}

// leadWidth is the width of the first unbreakable unit of a line's glyphs (sorted by x): a CJK
// character, or a run of letters and digits, with the opening marks before it that may not end a
// line and the closing marks after it that may not start one (a word processor carries them over
// together).
func leadWidth(gs []glyph, size float64) float64 {
	i := 0
	for i < len(gs) && strings.TrimSpace(gs[i].text) == "" {
		i++
	}
	if i == len(gs) {
		return 0
	}
	start := gs[i].x
	// Opening marks may not end a line (避尾标点): they go over with what follows them.
	for i+1 < len(gs) && noLineEnd(firstRune(gs[i].text)) && gs[i+1].x-(gs[i].x+gs[i].w) < 0.15*size {
		i++
	}
	end := gs[i].x + gs[i].w
	word := !isWide(firstRune(gs[i].text))
	for i++; i < len(gs); i++ {
		g := gs[i]
		r := firstRune(g.text)
		switch {
		case g.x-end > 0.15*size || strings.TrimSpace(g.text) == "":
			return end - start
		case noLineStart(r), word && !isWide(r) && !unicode.IsSpace(r):
			end = g.x + g.w
		default:
			return end - start
		}
	}
	return end - start
}

// noLineEnd reports the opening marks a line may not end with (避尾标点).
func noLineEnd(r rune) bool {
	return strings.ContainsRune("（《「『【〔〈“‘([{", r)
}

// noLineStart reports the closing marks a line may not start with (避头标点), and which a line
// may let hang into the right margin instead.
func noLineStart(r rune) bool {
	return strings.ContainsRune("，。、；：！？）》」』】〕〉”’…,.;:!?)]}", r)
}

func (s *pdfSeg) setText(raw string) {
	s.text = strings.TrimSpace(raw)
	s.spaceBefore = strings.HasPrefix(raw, " ")
	s.spaceAfter = strings.HasSuffix(raw, " ")
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }

// isWide reports CJK ideographs and full-width punctuation: text set without spaces.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·'
}

// headingStart matches the numbering plans put before headings and items.
var headingStart = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、]\D|[(（]\d{1,2}[)）]|第[一二三四五六七八九十百]+[章条节])`)

var (
	pageNumberStrong = regexp.MustCompile(`^(?i)(?:[-—–－一~·•\s]*\d{1,4}[-—–－一~·•\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[-—–－]\s*[0-9ivxlc]{1,6}\s*[-—–－])$`)
	digitRun         = regexp.MustCompile(`\d+`)
)

// isPageNumber reports a line that is only a page number; bare digits count only when the line
// is set apart from the body (a table's 序号 column also holds bare digits).
func isPageNumber(s string, apart bool) bool {
	s = strings.TrimSpace(s)
	if !pageNumberStrong.MatchString(s) {
		return false
	}
	if _, err := strconv.Atoi(s); err == nil {
		return apart
	}
	return true
}

// assemble drops running heads and page numbers, then joins wrapped lines into paragraphs.
func assemble(pages []pdfPage) string {
	a := &assembly{pitch: medianPitch(pages), count: map[edgeKey]int{}}
	a.countEdges(pages)
	repeats := len(pages) >= 3
	threshold := int(math.Max(3, math.Ceil(float64(len(pages))*0.5)))
	for _, pg := range pages {
		height := pg.top - pg.bottom
		pageStart := len(a.body)
		for i, l := range pg.lines {
			if l.rows != nil {
				a.tableRows(l, pageStart)
				continue
			}
			isEdge, apart := a.edge(pg, i)
			nearEdge := l.y > pg.top-0.15*height || l.y < pg.bottom+0.15*height
			if isEdge && isPageNumber(l.text(), apart) {
				continue
			}
			// A repeated line must also be set apart from the body: a plan's own heading can
			// fall at the top of several pages at the same height.
			if repeats && nearEdge && apart && a.count[edgeKeyOf(l)] >= threshold {
				continue
			}
			a.body = append(a.body, l)
		}
	}
	for i := range a.body {
		if a.body[i].rows != nil {
			a.body[i].block = flatten(a.body[i].rows)
		}
	}
	return joinLines(a.body)
}

// edgeKey is a line as it repeats from page to page: its text with digits folded, and its height.
type edgeKey struct {
	text string
	y    int
}

func edgeKeyOf(l pdfLine) edgeKey {
	return edgeKey{digitRun.ReplaceAllString(l.text(), "#"), int(math.Round(l.y / 4))}
}

// assembly is the body of a document being assembled from its pages.
type assembly struct {
	pitch    float64
	count    map[edgeKey]int // on how many pages each edge line stands
	body     []pdfLine
	lastHead [][]string // the header row of the last table
}

// edge reports whether line i is at a page's edge (its first or last), and whether it is set apart
// from the body.
func (a *assembly) edge(pg pdfPage, i int) (isEdge, apart bool) {
	n := len(pg.lines)
	switch {
	case i == 0:
		return true, n == 1 || pg.lines[0].y-pg.lines[1].y > 1.6*a.pitch
	case i == n-1:
		return true, pg.lines[n-2].y-pg.lines[n-1].y > 1.6*a.pitch
	}
	return false, false
}

// countEdges counts the edge lines (the first and last lines of a page, and a second one when set
// apart) on each page: those that repeat on many pages are running heads or footers.
func (a *assembly) countEdges(pages []pdfPage) {
	for _, pg := range pages {
		seen := map[edgeKey]bool{}
		for i, l := range pg.lines {
			if e, _ := a.edge(pg, i); !e && i > 1 && i < len(pg.lines)-2 {
				continue
			}
			if k := edgeKeyOf(l); !seen[k] {
				a.count[k]++
				seen[k] = true
			}
		}
	}
}

// tableRows adds a table's rows: a table continued on a new page repeats its header row (the first
// is kept), and a row cut by the page break goes on at the top of this page.
func (a *assembly) tableRows(l pdfLine, pageStart int) {
	rows := l.rows
	if len(rows) > 0 && a.lastHead != nil && sameCells(rows[0].cells, a.lastHead) {
		rows = rows[1:]
	}
	if len(l.rows) > 0 {
		a.lastHead = l.rows[0].cells
	}
	if len(rows) > 0 && len(a.body) == pageStart && pageStart > 0 && a.body[pageStart-1].rows != nil {
		prev := a.body[pageStart-1].rows
		if continues(prev[len(prev)-1], rows[0]) {
			merge(&prev[len(prev)-1], rows[0])
			rows = rows[1:]
		}
	}
	if len(rows) > 0 {
		l.rows = rows
		a.body = append(a.body, l)
	}
}

func sameCells(a, b [][]string) bool {
	return slices.EqualFunc(a, b, func(x, y []string) bool { return slices.Equal(x, y) })
}

func medianPitch(pages []pdfPage) float64 {
	var d []float64
	for _, pg := range pages {
		for i := 1; i < len(pg.lines); i++ {
			if g := pg.lines[i-1].y - pg.lines[i].y; g > 0 {
				d = append(d, g)
			}
		}
	}
	if len(d) == 0 {
		return 20
	}
	sort.Float64s(d)
	return d[len(d)/2]
}

// joinLines turns a document's body lines into paragraphs against its margins: the left margin
// is the leftmost line start many lines share, the right margin the far end most full lines reach.
func joinLines(lines []pdfLine) string {
	starts := map[int]int{}
	var ends, hanging []float64
	var sizes []float64
	cjk, all := 0, 0
	tableLeft, tableRight := math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		if l.block != nil {
			tableLeft, tableRight = min(tableLeft, l.x0), max(tableRight, l.x1)
			continue
		}
		starts[int(math.Round(l.x0))]++
		// A line ending in a closing mark may let it hang past the margin (Word's 允许标点溢出
		// 边界, on by default, and LibreOffice's hanging punctuation): such ends do not mark it.
		if noLineStart(lastRune(l.text())) && isWide(lastRune(l.text())) {
			hanging = append(hanging, l.x1)
		} else {
			ends = append(ends, l.x1)
		}
		sizes = append(sizes, l.size)
		for _, r := range l.text() {
			all++
			if isWide(r) {
				cjk++
			}
		}
	}
	if len(starts) == 0 {
		return strings.Join(paragraphs(lines, 0, 0, 12, true), "\n")
	}
	// The left margin is the leftmost start shared by a fair number of lines: in a table-heavy
	// plan most lines are indented first lines of one-line paragraphs, so the commonest start
	// would be the indent.
	xs := make([]int, 0, len(starts))
	for x := range starts {
		xs = append(xs, x)
	}
	sort.Ints(xs)
	left := xs[0]
	need := max(2, len(sizes)/50)
	for _, x := range xs {
		if starts[x] >= need {
			left = x
			break
		}
	}
	if len(ends) < len(hanging) {
		ends = append(ends, hanging...)
	}
	sort.Float64s(ends)
	right := ends[len(ends)*97/100]
	// A ruled table spans the text area: with few lines of text around it (a task list with a
	// title), its edges say where the margins are better than the lines do.
	if !math.IsInf(tableLeft, 0) {
		left = min(left, int(math.Round(tableLeft)))
		right = max(right, tableRight)
	}
	sort.Float64s(sizes)
	size := sizes[len(sizes)/2]
	return strings.Join(paragraphs(lines, float64(left), right, size, cjk*3 > all), "\n")
}

// paragraphs joins lines set between left and right margins: a line continues into the next
// when the next one's first character or word would not have fitted before the right margin (the
// word processor wrapped it), unless the next is indented. Lines with several segments are rows of
// a borderless table and table blocks are written as they are.
func paragraphs(lines []pdfLine, left, right, size float64, cjkDoc bool) []string {
	var out []string
	var para strings.Builder
	open := false       // the last line written may continue
	end := 0.0          // where it ended
	spaceAfter := false // and it ended with a space glyph
	flush := func() {
		if s := strings.TrimSpace(para.String()); s != "" {
			out = append(out, s)
		}
		para.Reset()
		open = false
	}
	for _, l := range lines {
		if l.block != nil {
			flush()
			out = append(out, l.block...)
			continue
		}
		if len(l.segs) > 1 {
			flush()
			for _, s := range l.segs {
				out = append(out, s.text)
			}
			continue
		}
		text := l.segs[0].text
		indented := l.x0 > left+0.8*size
		lead := l.lead
		if lead <= 0 {
			lead = l.size
		}
		open = open && end+lead >= right-0.25*l.size
		// A full line ending a sentence, then a heading at the margin: a new paragraph, though
		// nothing in the layout says so.
		if open && !indented && headingStart.MatchString(text) && strings.ContainsRune("。；：！？", lastRune(para.String())) {
			flush()
		}
		if open && !indented {
			prev := para.String()
			switch {
			case strings.HasSuffix(prev, "-") && len(prev) > 1 && isLetter(lastRune(prev[:len(prev)-1])) && unicode.IsLower(firstRune(text)):
				para.Reset()
				para.WriteString(prev[:len(prev)-1])
			case spaceAfter || l.segs[0].spaceBefore,
				!cjkDoc && !isWide(lastRune(prev)) && !isWide(firstRune(text)):
				para.WriteByte(' ')
			}
			para.WriteString(text)
		} else {
			flush()
			para.WriteString(text)
		}
		open, end = true, l.x1
		spaceAfter = l.segs[0].spaceAfter
	}
	flush()
	return out
}

func isLetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
