package ingest

// Writers for the files the tests read: .docx, .html and .pdf built here, so no binary fixture is
// checked in. The PDF writer sets Chinese text in a Type0 font with Identity-H codes and a
// ToUnicode CMap, as Word and WPS do; no glyphs are embedded because text extraction needs none.

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"
)

// ---- .docx ----

type docxBlock struct {
	text  string       // a paragraph
	raw   string       // WordprocessingML written as it is
	num   *[2]int      // numId, ilvl: an automatically numbered paragraph
	table [][]docxCell // a table: rows of cells
}

type docxCell struct {
	paras  []string
	vMerge string // "restart", "continue" or ""
	span   int
}

func docxPara(text string) string {
	var sb strings.Builder
	sb.WriteString(`<w:p><w:pPr><w:jc w:val="both"/></w:pPr>`)
	// Split the text into several runs, as Word does at every formatting change.
	rs := []rune(text)
	for len(rs) > 0 {
		n := min(len(rs), 7)
		fmt.Fprintf(&sb, `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, xmlEscape(string(rs[:n])))
		rs = rs[n:]
	}
	sb.WriteString(`</w:p>`)
	return sb.String()
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	_ = xmlEscapeTo(&b, s)
	return b.String()
}

func xmlEscapeTo(b *bytes.Buffer, s string) error {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	_, err := b.WriteString(r.Replace(s))
	return err
}

// makeDOCX writes a Word file; numbering, when not empty, is the body of word/numbering.xml.
func makeDOCX(blocks []docxBlock, numbering string) []byte {
	var body strings.Builder
	for _, b := range blocks {
		switch {
		case b.raw != "":
			body.WriteString(b.raw)
		case b.table != nil:
			body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
			for _, row := range b.table {
				body.WriteString(`<w:tr>`)
				for _, c := range row {
					body.WriteString(`<w:tc><w:tcPr>`)
					if c.span > 1 {
						fmt.Fprintf(&body, `<w:gridSpan w:val="%d"/>`, c.span)
					}
					switch c.vMerge {
					case "restart":
						body.WriteString(`<w:vMerge w:val="restart"/>`)
					case "continue":
						body.WriteString(`<w:vMerge/>`)
					}
					body.WriteString(`</w:tcPr>`)
					if len(c.paras) == 0 {
						body.WriteString(`<w:p/>`)
					}
					for _, p := range c.paras {
						body.WriteString(docxPara(p))
					}
					body.WriteString(`</w:tc>`)
				}
				body.WriteString(`</w:tr>`)
			}
			body.WriteString(`</w:tbl>`)
		case b.num != nil:
			fmt.Fprintf(&body, `<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`,
				b.num[1], b.num[0], xmlEscape(b.text))
		default:
			body.WriteString(docxPara(b.text))
		}
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		body.String() + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   doc,
		"word/footer1.xml":    `<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>— 1 —</w:t></w:r></w:p></w:ftr>`,
	}
	if numbering != "" {
		parts["word/numbering.xml"] = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + numbering + `</w:numbering>`
	}
	return zipOf(parts)
}

func zipOf(parts map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, _ := zw.Create(n)
		w.Write([]byte(parts[n]))
	}
	zw.Close()
	return buf.Bytes()
}

// ---- seeds converted ----

// seedLines returns a seed's non-blank lines, trimmed at the right.
func seedLines(text string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		l = strings.TrimRight(l, " \t\u00a0\u3000")
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// seedTable finds a flattened table in a seed: from a line "序号" to the line before "附件…" (or the
// end). The cells are laid into rows of the header's width in order, so a table extractor that
// writes cells one per line gives the seed's lines back.
func seedTable(lines []string) (start, end, cols int) {
	for i, l := range lines {
		if strings.TrimSpace(l) != "序号" {
			continue
		}
		j := i
		for j < len(lines) && strings.TrimSpace(lines[j]) != "责任单位" && j-i < 8 {
			j++
		}
		if j == len(lines) || strings.TrimSpace(lines[j]) != "责任单位" {
			continue
		}
		cols = j - i + 1
		end = len(lines)
		for k := j + 1; k < len(lines); k++ {
			if strings.HasPrefix(strings.TrimSpace(lines[k]), "附件") {
				end = k
				break
			}
		}
		return i, end, cols
	}
	return -1, -1, 0
}

func seedDOCX(text string) []byte {
	lines := seedLines(text)
	start, end, cols := seedTable(lines)
	var blocks []docxBlock
	for i := 0; i < len(lines); i++ {
		if i == start {
			var rows [][]docxCell
			var row []docxCell
			for ; i < end; i++ {
				row = append(row, docxCell{paras: []string{lines[i]}})
				if len(row) == cols {
					rows = append(rows, row)
					row = nil
				}
			}
			if row != nil {
				rows = append(rows, row)
			}
			blocks = append(blocks, docxBlock{table: rows})
			i--
			continue
		}
		blocks = append(blocks, docxBlock{text: lines[i]})
	}
	return makeDOCX(blocks, "")
}

func seedHTML(text string) []byte {
	lines := seedLines(text)
	start, end, cols := seedTable(lines)
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title>
<style>.x{color:red}</style><script>var nav = "首页";</script></head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hd">互动交流</a></div>
<div class="nav"><ul><li><a href="/1">机构概况</a></li><li><a href="/2">政策文件</a></li><li><a href="/3">规划计划</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
<div class="article"><div class="con">`)
	for i := 0; i < len(lines); i++ {
		if i == start {
			b.WriteString("<table border=\"1\">")
			for r := start; r < end; r += cols {
				b.WriteString("<tr>")
				for c := r; c < r+cols && c < end; c++ {
					fmt.Fprintf(&b, "<td><p>%s</p></td>", html.EscapeString(lines[c]))
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</table>\n")
			i = end - 1
			continue
		}
		fmt.Fprintf(&b, "<p style=\"text-indent:2em\">%s</p>\n", html.EscapeString(lines[i]))
	}
	b.WriteString(`</div></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">关于做好2024年服务业工作的通知</a></li><li><a href="/b">市政府常务会议召开</a></li></ul></div>
<div class="footer">主办单位：市人民政府办公室 <a href="/about">网站地图</a> 浙ICP备00000000号</div>
</body></html>`)
	return []byte(b.String())
}

// ---- .pdf ----

// pdfItem is one run of text placed on a page at (x, y), in points, at size pt.
type pdfItem struct {
	x, y, size float64
	text       string
	rotate     bool // set at 45°, as a watermark
}

type pdfPageSpec struct {
	items []pdfItem
	rules [][4]float64 // cell borders: x, y, width, height, stroked
	image bool         // draw an image and no text, as a scanner does
}

// pdfLayout sets paragraphs on A4 pages: 12 pt text, first lines indented two characters, wrapped
// at the right margin, a running head at the top and a page number "— n —" at the bottom.
type pdfLayout struct {
	head       string
	pageNumber bool
	size       float64
	splits     *int // counts table rows broken across pages
}

const (
	pdfLeft   = 72.0
	pdfRight  = 523.0
	pdfTop    = 760.0
	pdfBottom = 90.0
)

func runeWidth(r rune) float64 {
	if r < 0x80 {
		return 0.5
	}
	return 1
}

func (l pdfLayout) pages(paras []string) []pdfPageSpec {
	blocks := make([]pdfBlock, len(paras))
	for i, p := range paras {
		blocks[i] = pdfBlock{para: p}
	}
	return l.layout(blocks)
}

// pdfBlock is a paragraph or a ruled table to set.
type pdfBlock struct {
	para   string
	rows   [][]pdfCell
	widths []float64 // column widths in points
	repeat bool      // repeat the first row at the top of each page, as Word's 标题行重复 does
	split  bool      // let a row break across pages, as Word's 允许跨页断行 does
}

type pdfCell struct {
	paras []string
	span  int // columns it covers; 0 means 1
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

func (l pdfLayout) layout(blocks []pdfBlock) []pdfPageSpec {
	size := l.size
	if size == 0 {
		size = 12
	}
	lead := size * 1.6
	var pages []pdfPageSpec
	var cur pdfPageSpec
	y := pdfTop
	newPage := func() {
		if len(cur.items) > 0 || len(cur.rules) > 0 {
			pages = append(pages, cur)
		}
		cur = pdfPageSpec{}
		y = pdfTop
	}
	put := func(x float64, text string) {
		if y < pdfBottom {
			newPage()
		}
		cur.items = append(cur.items, pdfItem{x: x, y: y, size: size, text: text})
		y -= lead
	}
	for _, b := range blocks {
		if b.rows == nil {
			for i, line := range wrap(b.para, pdfRight-pdfLeft, 2*size, size) {
				x := pdfLeft
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
		measure := func(row []pdfCell) ([]cellLines, float64) {
			var cells []cellLines
			x, col, height := pdfLeft, 0, 0.0
			for _, c := range row {
				span := max(c.span, 1)
				w := 0.0
				for k := col; k < col+span && k < len(b.widths); k++ {
					w += b.widths[k]
				}
				col += span
				var ls []string
				for _, p := range c.paras {
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
				cur.rules = append(cur.rules, [4]float64{c.x, y - height, c.w, height})
				ty := y - pad - ts
				for _, line := range c.lines {
					cur.items = append(cur.items, pdfItem{x: c.x + pad, y: ty, size: ts, text: line})
					ty -= tlead
				}
			}
			y -= height
		}
		y += lead - ts // the table starts just under the last text line
		for ri, row := range b.rows {
			cells, height := measure(row)
			if y-height < pdfBottom-20 && b.split && ri > 0 {
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
					if l.splits != nil {
						*l.splits++
					}
					newPage()
					if b.repeat {
						draw(measure(b.rows[0]))
					}
					cells, height = rest, restH
				}
			}
			if y-height < pdfBottom-20 {
				newPage()
				if b.repeat && ri > 0 {
					draw(measure(b.rows[0]))
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
		if l.head != "" {
			pages[i].items = append(pages[i].items, pdfItem{x: pdfLeft, y: 800, size: 9, text: l.head})
		}
		if l.pageNumber {
			pages[i].items = append(pages[i].items, pdfItem{x: 280, y: 40, size: 10.5, text: fmt.Sprintf("— %d —", i+1)})
		}
	}
	return pages
}

type pdfOptions struct {
	noToUnicode bool   // leave out the ToUnicode map
	encrypt     bool   // add an /Encrypt dictionary whose user password is not empty
	version     string // header version, default 1.7
}

// makePDF writes pages with every text run in one Type0 font (Identity-H codes, one CID per rune).
func makePDF(pages []pdfPageSpec, opt pdfOptions) []byte {
	cids := map[rune]int{}
	var runes []rune
	for _, p := range pages {
		for _, it := range p.items {
			for _, r := range it.text {
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
	version := opt.version
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
	if opt.noToUnicode {
		tuRef = ""
	}
	font := obj(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [%d 0 R]%s >>", cidFont, tuRef))
	image := stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255, 255, 0})

	// Pages: the tree object number is known in advance (after the page objects).
	var pageRefs []int
	pagesObj := len(offsets) + 2*len(pages) + 1
	for _, p := range pages {
		var c bytes.Buffer
		if p.image {
			c.WriteString("q 451 0 0 680 72 90 cm /Im1 Do Q\n")
		}
		if len(p.rules) > 0 {
			c.WriteString("q 0.5 w 0 0 0 RG\n")
			for _, r := range p.rules {
				fmt.Fprintf(&c, "%.2f %.2f %.2f %.2f re S\n", r[0], r[1], r[2], r[3])
			}
			c.WriteString("Q\n")
		}
		for _, it := range p.items {
			var hex strings.Builder
			for _, r := range it.text {
				fmt.Fprintf(&hex, "%04X", cids[r])
			}
			if it.rotate {
				fmt.Fprintf(&c, "BT /F1 %.1f Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm <%s> Tj ET\n", it.size, it.x, it.y, hex.String())
				continue
			}
			fmt.Fprintf(&c, "BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET\n", it.size, it.x, it.y, hex.String())
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
	if opt.encrypt {
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

// seedPDF sets a seed's lines as paragraphs on pages with a running head and page numbers; a
// flattened table becomes a ruled table, its cells laid into rows as seedDOCX does.
func seedPDF(text string) []byte {
	lines := seedLines(text)
	start, end, cols := seedTable(lines)
	var blocks []pdfBlock
	for i := 0; i < len(lines); i++ {
		if i != start {
			blocks = append(blocks, pdfBlock{para: lines[i]})
			continue
		}
		widths := make([]float64, cols)
		for k := range widths {
			widths[k] = (pdfRight - pdfLeft) / float64(cols)
		}
		var rows [][]pdfCell
		var row []pdfCell
		for ; i < end; i++ {
			row = append(row, pdfCell{paras: []string{lines[i]}})
			if len(row) == cols {
				rows, row = append(rows, row), nil
			}
		}
		if row != nil {
			rows = append(rows, row)
		}
		blocks = append(blocks, pdfBlock{rows: rows, widths: widths})
		i--
	}
	return makePDF(pdfLayout{head: "政府信息公开", pageNumber: true}.layout(blocks), pdfOptions{})
}

// ---- OLE2 compound files ----

// makeOLE writes a compound file whose directory names streams (empty ones): enough for the
// sniffer, which reads the directory, to tell a .doc from an encrypted Office file.
func makeOLE(streams ...string) []byte {
	const sector = 512
	hdr := make([]byte, sector)
	copy(hdr, oleMagic)
	binary.LittleEndian.PutUint16(hdr[0x18:], 0x003E) // minor version
	binary.LittleEndian.PutUint16(hdr[0x1A:], 3)      // major version: 512-byte sectors
	binary.LittleEndian.PutUint16(hdr[0x1C:], 0xFFFE) // little-endian
	binary.LittleEndian.PutUint16(hdr[0x1E:], 9)      // sector shift
	binary.LittleEndian.PutUint16(hdr[0x20:], 6)      // mini sector shift
	binary.LittleEndian.PutUint32(hdr[0x2C:], 1)      // FAT sectors
	binary.LittleEndian.PutUint32(hdr[0x30:], 1)      // first directory sector
	binary.LittleEndian.PutUint32(hdr[0x38:], 4096)   // mini stream cutoff
	binary.LittleEndian.PutUint32(hdr[0x3C:], 0xFFFFFFFE)
	binary.LittleEndian.PutUint32(hdr[0x44:], 0xFFFFFFFE)
	for i := 0; i < 109; i++ {
		binary.LittleEndian.PutUint32(hdr[0x4C+4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(hdr[0x4C:], 0) // the FAT is sector 0
	fat := make([]byte, sector)
	for i := range sector / 4 {
		binary.LittleEndian.PutUint32(fat[4*i:], 0xFFFFFFFF)
	}
	binary.LittleEndian.PutUint32(fat[0:], 0xFFFFFFFD) // sector 0: FAT
	binary.LittleEndian.PutUint32(fat[4:], 0xFFFFFFFE) // sector 1: directory, end of chain
	dir := make([]byte, sector)
	entry := func(i int, name string, kind byte, child uint32) {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			binary.LittleEndian.PutUint16(e[2*j:], c)
		}
		binary.LittleEndian.PutUint16(e[0x40:], uint16(2*len(u)+2))
		e[0x42] = kind
		e[0x43] = 1 // black
		binary.LittleEndian.PutUint32(e[0x44:], 0xFFFFFFFF)
		binary.LittleEndian.PutUint32(e[0x48:], 0xFFFFFFFF)
		binary.LittleEndian.PutUint32(e[0x4C:], child)
		binary.LittleEndian.PutUint32(e[0x74:], 0xFFFFFFFE)
	}
	child := uint32(0xFFFFFFFF)
	if len(streams) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, child)
	for i, s := range streams[:min(len(streams), 3)] {
		entry(i+1, s, 2, 0xFFFFFFFF)
		if i+2 <= len(streams) && i+2 <= 3 {
			binary.LittleEndian.PutUint32(dir[128*(i+1)+0x48:], uint32(i+2)) // right sibling
		}
	}
	return slices.Concat(hdr, fat, dir)
}
