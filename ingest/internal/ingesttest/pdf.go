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
	lead := size * 1.6
	var pages []PDFPage
	var cur PDFPage
	y := pdfTop
	newPage := func() {
		if len(cur.Items) > 0 || len(cur.Rules) > 0 {
			pages = append(pages, cur)
		}
		cur = PDFPage{}
		y = pdfTop
	}
	put := func(x float64, text string) {
		if y < pdfBottom {
			newPage()
		}
		cur.Items = append(cur.Items, PDFItem{X: x, Y: y, Size: size, Text: text})
		y -= lead
	}
	for _, b := range blocks {
		if b.Rows == nil {
			for i, line := range wrap(b.Para, PDFRight-PDFLeft, 2*size, size) {
				x := PDFLeft
				if i == 0 {
					x += 2 * size
				}
				put(x, line)
			}
			continue
		}
		// A ruled table in 10.5 pt: each row as tall as its fullest cell; rows do not split.
		const ts, pad = 10.5, 5.0
		tlead := ts * 1.5
		type cellLines struct {
			x, w  float64
			lines []string
		}
		measure := func(row []PDFCell) ([]cellLines, float64) {
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
					ls = append(ls, wrap(p, w-2*pad, 0, ts)...)
				}
				cells = append(cells, cellLines{x, w, ls})
				height = max(height, float64(len(ls))*tlead+2*pad)
				x += w
			}
			return cells, height
		}
		draw := func(cells []cellLines, height float64) {
			for _, c := range cells {
				cur.Rules = append(cur.Rules, [4]float64{c.x, y - height, c.w, height})
				ty := y - pad - ts
				for _, line := range c.lines {
					cur.Items = append(cur.Items, PDFItem{X: c.x + pad, Y: ty, Size: ts, Text: line})
					ty -= tlead
				}
			}
			y -= height
		}
		y += lead - ts // the table starts just under the last text line
		for ri, row := range b.Rows {
			cells, height := measure(row)
			if y-height < pdfBottom-20 && b.Split && ri > 0 {
				// Set the lines that fit here, and the rest of the row on the next page.
				if k := int((y - (pdfBottom - 20) - 2*pad) / tlead); k >= 1 {
					top, rest := make([]cellLines, len(cells)), make([]cellLines, len(cells))
					restH := 0.0
					for i, c := range cells {
						n := min(k, len(c.lines))
						top[i], rest[i] = c, c
						top[i].lines, rest[i].lines = c.lines[:n], c.lines[n:]
						restH = max(restH, float64(len(rest[i].lines))*tlead+2*pad)
					}
					draw(top, float64(k)*tlead+2*pad)
					if l.Splits != nil {
						*l.Splits++
					}
					newPage()
					if b.Repeat {
						draw(measure(b.Rows[0]))
					}
					cells, height = rest, restH
				}
			}
			if y-height < pdfBottom-20 {
				newPage()
				if b.Repeat && ri > 0 {
					draw(measure(b.Rows[0]))
				}
			}
			if y-height < pdfBottom-20 {
				panic("a table row taller than a page: widen its columns")
			}
			draw(cells, height)
		}
		y -= lead
	}
	newPage()
	for i := range pages {
		if l.Head != "" {
			pages[i].Items = append(pages[i].Items, PDFItem{X: PDFLeft, Y: 800, Size: 9, Text: l.Head})
		}
		if l.PageNumber {
			pages[i].Items = append(pages[i].Items, PDFItem{X: 280, Y: 40, Size: 10.5, Text: fmt.Sprintf("— %d —", i+1)})
		}
	}
	return pages
}

// PDFOptions make a PDF that is hard to read in one way.
type PDFOptions struct {
	NoToUnicode bool   // leave out the ToUnicode map
	Encrypt     bool   // add an /Encrypt dictionary whose user password is not empty
	Version     string // header version, default 1.7
}

// PDF writes pages with every text run in one Type0 font (Identity-H codes, one CID per rune).
func PDF(pages []PDFPage, opt PDFOptions) []byte {
	cids := map[rune]int{}
	var runes []rune
	for _, p := range pages {
		for _, it := range p.Items {
			for _, r := range it.Text {
				if _, ok := cids[r]; !ok {
					runes = append(runes, r)
					cids[r] = len(runes) // CID 0 is .notdef
				}
			}
		}
	}
	var buf bytes.Buffer
	var offsets []int
	obj := func(body string) int {
		offsets = append(offsets, buf.Len())
		n := len(offsets)
		fmt.Fprintf(&buf, "%d 0 obj\n%s\nendobj\n", n, body)
		return n
	}
	stream := func(dict string, data []byte) int {
		offsets = append(offsets, buf.Len())
		n := len(offsets)
		fmt.Fprintf(&buf, "%d 0 obj\n<< %s /Length %d >>\nstream\n", n, dict, len(data))
		buf.Write(data)
		buf.WriteString("\nendstream\nendobj\n")
		return n
	}
	version := opt.Version
	if version == "" {
		version = "1.7"
	}
	fmt.Fprintf(&buf, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", version)

	// The font.
	var tu bytes.Buffer
	tu.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for i := 0; i < len(runes); i += 100 {
		chunk := runes[i:min(i+100, len(runes))]
		fmt.Fprintf(&tu, "%d beginbfchar\n", len(chunk))
		for j, r := range chunk {
			fmt.Fprintf(&tu, "<%04X> <%s>\n", i+j+1, utf16Hex(r))
		}
		tu.WriteString("endbfchar\n")
	}
	tu.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	toUnicode := stream("", tu.Bytes())
	var w strings.Builder
	w.WriteString("[")
	for i, r := range runes {
		fmt.Fprintf(&w, " %d [%d]", i+1, int(runeWidth(r)*1000))
	}
	w.WriteString(" ]")
	desc := obj("<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>")
	cidFont := obj(fmt.Sprintf("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W %s /CIDToGIDMap /Identity >>", desc, w.String()))
	tuRef := fmt.Sprintf(" /ToUnicode %d 0 R", toUnicode)
	if opt.NoToUnicode {
		tuRef = ""
	}
	font := obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R]%s >>", cidFont, tuRef))
	image := stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255, 255, 0})

	// Pages: the tree object number is known in advance (after the page objects).
	var pageRefs []int
	pagesObj := len(offsets) + 2*len(pages) + 1
	for _, p := range pages {
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
				fmt.Fprintf(&hex, "%04X", cids[r])
			}
			if it.Rotate {
				fmt.Fprintf(&c, "BT /F1 %.1f Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm <%s> Tj ET\n", it.Size, it.X, it.Y, hex.String())
				continue
			}
			fmt.Fprintf(&c, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n", it.Size, it.X, it.Y, hex.String())
		}
		content := stream("", c.Bytes())
		pageRefs = append(pageRefs, obj(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>", pagesObj, font, image, content)))
	}
	var kids strings.Builder
	for _, r := range pageRefs {
		fmt.Fprintf(&kids, "%d 0 R ", r)
	}
	if got := obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids.String(), len(pageRefs))); got != pagesObj {
		panic(fmt.Sprintf("pages object %d, want %d", got, pagesObj))
	}
	catalog := obj(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj))
	xref := buf.Len()
	fmt.Fprintf(&buf, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&buf, "%010d 00000 n \n", o)
	}
	enc := ""
	if opt.Encrypt {
		o := strings.Repeat("\x11", 32)
		u := strings.Repeat("\x22", 32)
		enc = fmt.Sprintf(" /ID [(0123456789abcdef) (0123456789abcdef)] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O (%s) /U (%s) /P -44 >>", o, u)
	}
	fmt.Fprintf(&buf, "trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, catalog, enc, xref)
	return buf.Bytes()
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
