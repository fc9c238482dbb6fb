package ingesttest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

// DOCXBlock is a paragraph, a numbered paragraph, a table or raw WordprocessingML in a body.
type DOCXBlock struct {
	Text  string       // a paragraph
	Raw   string       // WordprocessingML written as it is
	Num   *[2]int      // numId, ilvl: an automatically numbered paragraph
	Table [][]DOCXCell // a table: rows of cells
}

// DOCXCell is a table cell: its paragraphs, its vertical merge, the columns it spans.
type DOCXCell struct {
	Paras  []string
	VMerge string // "restart", "continue" or ""
	Span   int
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

// DOCX writes a Word file; numbering, when not empty, is the body of word/numbering.xml.
func DOCX(blocks []DOCXBlock, numbering string) []byte {
	var body strings.Builder
	for _, b := range blocks {
		switch {
		case b.Raw != "":
			body.WriteString(b.Raw)
		case b.Table != nil:
			body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>`)
			for _, row := range b.Table {
				body.WriteString(`<w:tr>`)
				for _, c := range row {
					body.WriteString(`<w:tc><w:tcPr>`)
					if c.Span > 1 {
						fmt.Fprintf(&body, `<w:gridSpan w:val="%d"/>`, c.Span)
					}
					switch c.VMerge {
					case "restart":
						body.WriteString(`<w:vMerge w:val="restart"/>`)
					case "continue":
						body.WriteString(`<w:vMerge/>`)
					}
					body.WriteString(`</w:tcPr>`)
					if len(c.Paras) == 0 {
						body.WriteString(`<w:p/>`)
					}
					for _, p := range c.Paras {
						body.WriteString(docxPara(p))
					}
					body.WriteString(`</w:tc>`)
				}
				body.WriteString(`</w:tr>`)
			}
			body.WriteString(`</w:tbl>`)
		case b.Num != nil:
			fmt.Fprintf(&body, `<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`,
				b.Num[1], b.Num[0], xmlEscape(b.Text))
		default:
			body.WriteString(docxPara(b.Text))
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
	return Zip(parts)
}

// Zip writes parts into a zip, deflated, in name order.
func Zip(parts map[string]string) []byte {
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

// ZipStored writes files into a zip without compressing them: cheap enough to do for every
// fuzzing input.
func ZipStored(files map[string]string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store})
		w.Write([]byte(data))
	}
	zw.Close()
	return buf.Bytes()
}

// Unzip returns a zip's files by name.
func Unzip(b []byte) (map[string]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out[f.Name] = string(data)
	}
	return out, nil
}
