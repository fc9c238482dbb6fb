package ingesttest

import (
	"bytes"
	"fmt"
	"strings"
)

// PDFItem is one run of text placed on a page at (X, Y), in points, at Size pt.
type PDFItem struct {
	X, Y, Size float64
	Text       string
	Rotate     bool // set at 45°, as a watermark
}

// PDFPage is what one page draws.
type PDFPage struct {
	Items []PDFItem
	Rules [][4]float64 // cell borders: x, y, width, height, stroked
	Image bool         // draw an image and no text, as a scanner does
}

// PDFLayout sets paragraphs on A4 pages: 12 pt text, first lines indented two characters, wrapped
// at the right margin, a running head at the top and a page number "— n —" at the bottom.
type PDFLayout struct {
	Head       string
	PageNumber bool
	Size       float64
	Splits     *int // counts table rows broken across pages
}

// The text area of a page, in points.
const (
	PDFLeft   = 72.0
	PDFRight  = 523.0
	pdfTop    = 760.0
	pdfBottom = 90.0
)

func runeWidth(r rune) float64 {
	if r < 0x80 {
		return 0.5
	}
	return 1
}

// Pages sets paragraphs on pages.
func (l PDFLayout) Pages(paras []string) []PDFPage {
	blocks := make([]PDFBlock, len(paras))
	for i, p := range paras {
		blocks[i] = PDFBlock{Para: p}
	}
	return l.Layout(blocks)
}

// PDFBlock is a paragraph or a ruled table to set.
type PDFBlock struct {
	Para   string
	Rows   [][]PDFCell
	Widths []float64 // column widths in points
	Repeat bool      // repeat the first row at the top of each page, as Word's 标题行重复 does
	Split  bool      // let a row break across pages, as Word's 允许跨页断行 does
}

// PDFCell is a table cell: its paragraphs, the columns it spans.
type PDFCell struct {
	Paras []string
	Span  int // columns it covers; 0 means 1
}

// wrap breaks text into lines no wider than width at size.
func wrap(text string, width, firstIndent, size float64) []string {
	rs := []rune(strings.TrimSpace(text))
	var out []string
	w, start, avail := 0.0, 0, width-firstIndent
	for i, r := range rs {
		cw := runeWidth(r) * size
		if w+cw > avail+0.01 {
			out = append(out, string(rs[start:i]))
			w, start, avail = 0, i, width
		}
		w += cw
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// Layout sets paragraphs and ruled tables on pages.
func (l PDFLayout) Layout(blocks []PDFBlock) []PDFPage {
	size := l.Size
	if size == 0 {
		size = 12
	}
	st := &setter{l: l, size: size, lead: size * 1.6, y: pdfTop}
	for _, b := range blocks {
		if b.Rows == nil {
			for i, line := range wrap(b.Para, PDFRight-PDFLeft, 2*size, size) {
				x := PDFLeft
				if i == 0 {
					x += 2 * size
				}
				st.put(x, line)
			}
			continue
		}
		st.table(b)
	}
	st.newPage()
	for i := range st.pages {
		if l.Head != "" {
			st.pages[i].Items = append(st.pages[i].Items, PDFItem{X: PDFLeft, Y: 800, Size: 9, Text: l.Head})
		}
		if l.PageNumber {
			st.pages[i].Items = append(st.pages[i].Items, PDFItem{X: 280, Y: 40, Size: 10.5, Text: fmt.Sprintf("— %d —", i+1)})
		}
	}
	return st.pages
}

// setter is a layout under way: the pages set, the page being set and how far down it is.
type setter struct {
	l          PDFLayout
	size, lead float64
	pages      []PDFPage
	cur        PDFPage
	y          float64
}

func (st *setter) newPage() {
	if len(st.cur.Items) > 0 || len(st.cur.Rules) > 0 {
		st.pages = append(st.pages, st.cur)
	}
	st.cur = PDFPage{}
	st.y = pdfTop
}

// put sets a line of text, on a new page when this one is full.
func (st *setter) put(x float64, text string) {
	if st.y < pdfBottom {
		st.newPage()
	}
	st.cur.Items = append(st.cur.Items, PDFItem{X: x, Y: st.y, Size: st.size, Text: text})
	st.y -= st.lead
}

// A ruled table is set in 10.5 pt, each row as tall as its fullest cell.
const (
	tableSize = 10.5
	tablePad  = 5.0
	tableLead = tableSize * 1.5
)

// cellLines is a cell set: where it stands and its lines.
type cellLines struct {
	x, w  float64
	lines []string
}

// measure sets a row's cells in the table's columns and says how tall the row is.
func measure(b PDFBlock, row []PDFCell) ([]cellLines, float64) {
	var cells []cellLines
	x, col, height := PDFLeft, 0, 0.0
	for _, c := range row {
		span := max(c.Span, 1)
		w := 0.0
		for k := col; k < col+span && k < len(b.Widths); k++ {
			w += b.Widths[k]
		}
		col += span
		var ls []string
		for _, p := range c.Paras {
			ls = append(ls, wrap(p, w-2*tablePad, 0, tableSize)...)
		}
		cells = append(cells, cellLines{x, w, ls})
		height = max(height, float64(len(ls))*tableLead+2*tablePad)
		x += w
	}
	return cells, height
}

// draw sets a row's cells, with their borders, and moves down past it.
func (st *setter) draw(cells []cellLines, height float64) {
	for _, c := range cells {
		st.cur.Rules = append(st.cur.Rules, [4]float64{c.x, st.y - height, c.w, height})
		ty := st.y - tablePad - tableSize
		for _, line := range c.lines {
			st.cur.Items = append(st.cur.Items, PDFItem{X: c.x + tablePad, Y: ty, Size: tableSize, Text: line})
			ty -= tableLead
		}
	}
	st.y -= height
}

// table sets a ruled table: rows do not split unless b.Split, and the first row repeats at the top
// of each page when b.Repeat.
func (st *setter) table(b PDFBlock) {
	st.y += st.lead - tableSize // the table starts just under the last text line
	for ri, row := range b.Rows {
		cells, height := measure(b, row)
		if st.y-height < pdfBottom-20 && b.Split && ri > 0 {
			cells, height = st.splitRow(b, cells, height)
		}
		if st.y-height < pdfBottom-20 {
			st.newPage()
			if b.Repeat && ri > 0 {
				st.draw(measure(b, b.Rows[0]))
			}
		}
		if st.y-height < pdfBottom-20 {
			panic("a table row taller than a page: widen its columns")
		}
		st.draw(cells, height)
	}
	st.y -= st.lead
}

// splitRow sets the lines of a row that fit on this page, and returns the rest of the row, for
// the next page (after the repeated header row).
func (st *setter) splitRow(b PDFBlock, cells []cellLines, height float64) ([]cellLines, float64) {
	k := int((st.y - (pdfBottom - 20) - 2*tablePad) / tableLead)
	if k < 1 {
		return cells, height
	}
	top, rest := make([]cellLines, len(cells)), make([]cellLines, len(cells))
	restH := 0.0
	for i, c := range cells {
		n := min(k, len(c.lines))
		top[i], rest[i] = c, c
		top[i].lines, rest[i].lines = c.lines[:n], c.lines[n:]
		restH = max(restH, float64(len(rest[i].lines))*tableLead+2*tablePad)
	}
	st.draw(top, float64(k)*tableLead+2*tablePad)
	if st.l.Splits != nil {
		*st.l.Splits++
	}
	st.newPage()
	if b.Repeat {
		st.draw(measure(b, b.Rows[0]))
	}
	return rest, restH
}

// PDFOptions make a PDF that is hard to read in one way.
type PDFOptions struct {
	NoToUnicode bool   // leave out the ToUnicode map
	Encrypt     bool   // add an /Encrypt dictionary whose user password is not empty
	Version     string // header version, default 1.7
}

// PDF writes pages with every text run in one Type0 font (Identity-H codes, one CID per rune).
func PDF(pages []PDFPage, opt PDFOptions) []byte {
	w := &pdfWriter{cids: map[rune]int{}}
	for _, p := range pages {
		for _, it := range p.Items {
			for _, r := range it.Text {
				if _, ok := w.cids[r]; !ok {
					w.runes = append(w.runes, r)
					w.cids[r] = len(w.runes) // CID 0 is .notdef
				}
			}
		}
	}
	version := opt.Version
	if version == "" {
		version = "1.7"
	}
	fmt.Fprintf(&w.buf, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", version)
	font := w.font(opt.NoToUnicode)
	image := w.stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255, 255, 0})

	// Pages: the tree object number is known in advance (after the page objects).
	var pageRefs []int
	pagesObj := len(w.offsets) + 2*len(pages) + 1
	for _, p := range pages {
		content := w.stream("", w.content(p))
		pageRefs = append(pageRefs, w.obj(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, font, image, content)))
	}
	var kids strings.Builder
	for _, r := range pageRefs {
		fmt.Fprintf(&kids, "%d 0 R ", r)
	}
	if got := w.obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids.String(), len(pageRefs))); got != pagesObj {
		panic(fmt.Sprintf("pages object %d, want %d", got, pagesObj))
	}
	catalog := w.obj(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj))
	w.trailer(catalog, opt.Encrypt)
	return w.buf.Bytes()
}

// pdfWriter writes a PDF's objects, keeping their offsets for the cross-reference table.
type pdfWriter struct {
	buf     bytes.Buffer
	offsets []int
	cids    map[rune]int
	runes   []rune // in CID order, from 1
}

func (w *pdfWriter) obj(body string) int {
	w.offsets = append(w.offsets, w.buf.Len())
	n := len(w.offsets)
	fmt.Fprintf(&w.buf, "%d 0 obj\n%s\nendobj\n", n, body)
	return n
}

func (w *pdfWriter) stream(dict string, data []byte) int {
	w.offsets = append(w.offsets, w.buf.Len())
	n := len(w.offsets)
	fmt.Fprintf(&w.buf, "%d 0 obj\n<< %s /Length %d >>\nstream\n", n, dict, len(data))
	w.buf.Write(data)
	w.buf.WriteString("\nendstream\nendobj\n")
	return n
}

// font writes the Type0 font (its ToUnicode map unless left out) and returns its object number.
func (w *pdfWriter) font(noToUnicode bool) int {
	var tu bytes.Buffer
	tu.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(w.runes); i += 100 {
		chunk := w.runes[i:min(i+100, len(w.runes))]
		fmt.Fprintf(&tu, "%d beginbfchar\n", len(chunk))
		for j, r := range chunk {
			fmt.Fprintf(&tu, "<%04X> <%s>\n", i+j+1, utf16Hex(r))
		}
		tu.WriteString("endbfchar\n")
	}
	tu.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	toUnicode := w.stream("", tu.Bytes())
	var widths strings.Builder
	widths.WriteString("[")
	for i, r := range w.runes {
		fmt.Fprintf(&widths, " %d [%d]", i+1, int(runeWidth(r)*1000))
	}
	widths.WriteString(" ]")
	desc := w.obj("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>")
	cidFont := w.obj(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W %s /CIDToGIDMap /Identity >>", desc, widths.String()))
	tuRef := fmt.Sprintf(" /ToUnicode %d 0 R", toUnicode)
	if noToUnicode {
		tuRef = ""
	}
	return w.obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R]%s >>", cidFont, tuRef))
}

// content is a page's content stream: its image, its rules, its text runs.
func (w *pdfWriter) content(p PDFPage) []byte {
	var c bytes.Buffer
	if p.Image {
		c.WriteString("q 451 0 0 680 72 90 cm /Im1 Do Q\n")
	}
	if len(p.Rules) > 0 {
		c.WriteString("q 0.5 w 0 0 0 RG\n")
		for _, r := range p.Rules {
			fmt.Fprintf(&c, "%.2f %.2f %.2f %.2f re S\n", r[0], r[1], r[2], r[3])
		}
		c.WriteString("Q\n")
	}
	for _, it := range p.Items {
		var hex strings.Builder
		for _, r := range it.Text {
			fmt.Fprintf(&hex, "%04X", w.cids[r])
		}
		if it.Rotate {
			fmt.Fprintf(&c, "BT /F1 %.1f Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm <%s> Tj ET\n", it.Size, it.X, it.Y, hex.String())
			continue
		}
		fmt.Fprintf(&c, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n", it.Size, it.X, it.Y, hex.String())
	}
	return c.Bytes()
}

// trailer writes the cross-reference table and the trailer (with an /Encrypt dictionary whose
// user password is not empty, when asked).
func (w *pdfWriter) trailer(catalog int, encrypt bool) {
	xref := w.buf.Len()
	fmt.Fprintf(&w.buf, "xref\n0 %d\n0000000000 65535 f \n", len(w.offsets)+1)
	for _, o := range w.offsets {
		fmt.Fprintf(&w.buf, "%010d 00000 n \n", o)
	}
	enc := ""
	if encrypt {
		o := strings.Repeat("\x11", 32)
		u := strings.Repeat("\x22", 32)
		enc = fmt.Sprintf(" /ID [(0123456789abcdef) (0123456789abcdef)] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O (%s) /U (%s) /P -44 >>", o, u)
	}
	fmt.Fprintf(&w.buf, "trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(w.offsets)+1, catalog, enc, xref)
}

func utf16Hex(r rune) string {
	if r < 0x10000 {
		return fmt.Sprintf("%04X", r)
	}
	r -= 0x10000
	return fmt.Sprintf("%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
}

// SeedPDF sets a seed's lines as paragraphs on pages with a running head and page numbers; a
// flattened table becomes a ruled table, its cells laid into rows as SeedDOCX does.
func SeedPDF(text string) []byte {
	lines := SeedLines(text)
	start, end, cols := seedTable(lines)
	var blocks []PDFBlock
	for i := 0; i < len(lines); i++ {
		if i != start {
			blocks = append(blocks, PDFBlock{Para: lines[i]})
			continue
		}
		widths := make([]float64, cols)
		for k := range widths {
			widths[k] = (PDFRight - PDFLeft) / float64(cols)
		}
		var rows [][]PDFCell
		var row []PDFCell
		for ; i < end; i++ {
			row = append(row, PDFCell{Paras: []string{lines[i]}})
			if len(row) == cols {
				rows, row = append(rows, row), nil
			}
		}
		if row != nil {
			rows = append(rows, row)
		}
		blocks = append(blocks, PDFBlock{Rows: rows, Widths: widths})
		i--
	}
	return PDF(PDFLayout{Head: "政府信息公开", PageNumber: true}.Layout(blocks), PDFOptions{})
}
