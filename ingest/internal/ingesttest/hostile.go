package ingesttest

// Hostile files for the regression tests, one per finding of the audit. The small ones are written
// by HostileFiles and committed under testdata/hostile/ of the package whose guards refuse them
// (ingest's TestHostileFilesCurrent keeps them equal; go test ./ingest -run TestHostileFilesCurrent
// -update-hostile rewrites them). The bombs are built at test time by the functions below: they are
// large once unpacked but cheap to build, because a deflate block of a repeated pattern can itself
// be repeated.

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// HangLimit is how long a test waits on one hostile file before it calls the reader hung. It is a
// guard against hangs, not a speed target: under -race, on two cores shared with the other
// packages' tests, a refusal that takes 0.5 s takes 5 s. How fast each refusal is, is measured by
// BenchmarkRefusals in ./ingest (docs/BENCHMARKS.md, "Hostile files").
const HangLimit = 60 * time.Second

// rawPDF writes a PDF object by object, keeping each object's offset for the xref table.
type rawPDF struct {
	buf  bytes.Buffer
	offs map[int]int
}

func newRawPDF() *rawPDF {
	p := &rawPDF{offs: map[int]int{}}
	p.buf.WriteString("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
	return p
}

func (p *rawPDF) obj(id int, body string) {
	p.offs[id] = p.buf.Len()
	fmt.Fprintf(&p.buf, "%d 0 obj\n%s\nendobj\n", id, body)
}

func (p *rawPDF) stream(id int, dict string, data []byte) {
	p.offs[id] = p.buf.Len()
	fmt.Fprintf(&p.buf, "%d 0 obj\n<< %s /Length %d >>\nstream\n", id, dict, len(data))
	p.buf.Write(data)
	p.buf.WriteString("\nendstream\nendobj\n")
}

// table writes a classic xref table for objects 0..size-1 and a trailer with extra entries
// (extra may name %d for the table's own offset); it returns the table's offset.
func (p *rawPDF) table(size int, extra string) []byte {
	off := p.buf.Len()
	fmt.Fprintf(&p.buf, "xref\n0 %d\n0000000000 65535 f \n", size)
	for id := 1; id < size; id++ {
		if o, ok := p.offs[id]; ok {
			fmt.Fprintf(&p.buf, "%010d 00000 n \n", o)
		} else {
			p.buf.WriteString("0000000000 65535 f \n")
		}
	}
	if strings.Contains(extra, "%d") {
		extra = fmt.Sprintf(extra, off)
	}
	fmt.Fprintf(&p.buf, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", size, extra, off)
	return p.buf.Bytes()
}

// xrefEntry is one row of a cross-reference stream with /W [1 4 2].
func xrefEntry(kind byte, f2 uint32, f3 uint16) []byte {
	b := []byte{kind, 0, 0, 0, 0, 0, 0}
	binary.BigEndian.PutUint32(b[1:], f2)
	binary.BigEndian.PutUint16(b[5:], f3)
	return b
}

// xrefStream writes a cross-reference stream (unfiltered) as object id, listing rows for objects
// 0..len(rows)-1, with dict entries extra; it ends the file.
func (p *rawPDF) xrefStream(id int, rows [][]byte, extra string) []byte {
	off := p.buf.Len()
	p.stream(id, fmt.Sprintf("/Type /XRef /W [1 4 2] %s", extra), bytes.Join(rows, nil))
	fmt.Fprintf(&p.buf, "startxref\n%d\n%%%%EOF\n", off)
	return p.buf.Bytes()
}

const hostilePage = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"

// HostileFiles returns the small crafted files by path from ingest/: each under testdata/hostile/
// of the package whose guards refuse it.
func HostileFiles() map[string][]byte {
	files := map[string][]byte{}
	content := []byte("BT /F1 12 Tf 72 700 Td (plan) Tj ET")

	// A content stream whose PNG predictor rows are 10^12 bytes wide: the library allocates the
	// row buffer before reading a byte (fatal: out of memory).
	p := newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.obj(3, hostilePage)
	p.stream(4, "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 1000000000000 >>", []byte("x\x9c\x03\x00\x00\x00\x00\x01"))
	files[hostilePath("pdf", "columns.pdf")] = p.table(5, "/Root 1 0 R")

	// A cross-reference stream of /Size 10^12: the library allocates a table that long (fatal).
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	files[hostilePath("pdf", "xref-size.pdf")] = p.xrefStream(5, [][]byte{xrefEntry(0, 0, 65535), xrefEntry(1, uint32(p.offs[1]), 0)},
		"/Size 1000000000000 /Root 1 0 R")

	// Object 3 (the page tree) is said to sit in object stream 3, itself: resolving it recurses
	// without end (fatal: stack overflow).
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 3 0 R >>")
	files[hostilePath("pdf", "objstm-self.pdf")] = p.xrefStream(9, [][]byte{
		xrefEntry(0, 0, 65535), xrefEntry(1, uint32(p.offs[1]), 0), xrefEntry(0, 0, 0), xrefEntry(2, 3, 0),
		xrefEntry(0, 0, 0), xrefEntry(0, 0, 0), xrefEntry(0, 0, 0), xrefEntry(0, 0, 0), xrefEntry(0, 0, 0),
		xrefEntry(1, uint32(p.buf.Len()), 0),
	}, "/Size 10 /Root 1 0 R")

	// An object stream that /Extends itself and lacks the object looked for in it: the library
	// searches the chain forever.
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 6 0 R >>")
	p.stream(5, "/Type /ObjStm /N 1 /First 4 /Extends 5 0 R", []byte("7 0 << >>"))
	files[hostilePath("pdf", "extends-loop.pdf")] = p.xrefStream(9, [][]byte{
		xrefEntry(0, 0, 65535), xrefEntry(1, uint32(p.offs[1]), 0), xrefEntry(0, 0, 0), xrefEntry(0, 0, 0),
		xrefEntry(0, 0, 0), xrefEntry(1, uint32(p.offs[5]), 0), xrefEntry(2, 5, 1), xrefEntry(2, 5, 0),
		xrefEntry(0, 0, 0), xrefEntry(1, uint32(p.buf.Len()), 0),
	}, "/Size 10 /Root 1 0 R")

	// An xref table whose trailer's /Prev is the table's own offset: the library reads it forever.
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.obj(3, hostilePage)
	p.stream(4, "", content)
	files[hostilePath("pdf", "prev-loop.pdf")] = p.table(5, "/Root 1 0 R /Prev %d")

	// Two xref tables whose /Prev name each other.
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.obj(3, hostilePage)
	p.stream(4, "", content)
	first := p.buf.Len()
	second := first + len(fmt.Sprintf("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 5 /Prev %010d >>\n", 0))
	fmt.Fprintf(&p.buf, "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 5 /Prev %010d >>\n", second)
	files[hostilePath("pdf", "prev-cycle.pdf")] = p.table(5, fmt.Sprintf("/Root 1 0 R /Prev %d", first))

	// A page tree whose root lists itself twice as its kids: walking it doubles at every level.
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 3 >>")
	p.obj(3, hostilePage)
	p.stream(4, "", content)
	files[hostilePath("pdf", "pages-loop.pdf")] = p.table(5, "/Root 1 0 R")

	// A page that is its own parent and has no resources: looking resources up never ends.
	p = newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.obj(3, "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>")
	p.stream(4, "", content)
	files[hostilePath("pdf", "page-parent-loop.pdf")] = p.table(5, "/Root 1 0 R")

	// Word files nested 10,000 elements deep (the walkers recurse).
	files[hostilePath("docx", "deep.docx")] = Zip(map[string]string{"word/document.xml": `<w:document xmlns:w="w"><w:body>` +
		strings.Repeat("<w:sdt><w:sdtContent>", 5000) + strings.Repeat("</w:sdtContent></w:sdt>", 5000) + `</w:body></w:document>`})

	// List numbering that starts at 10^18 (lowerLetter: a label of 10^18/26 letters) and at
	// 2.6·10^8 over 2,000 paragraphs (each label 10^7 letters).
	numbering := func(start string) string {
		return `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="` + start + `"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
			`<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="` + start + `"/></w:lvlOverride></w:num>`
	}
	var blocks []DOCXBlock
	for i := 0; i < 2000; i++ {
		blocks = append(blocks, DOCXBlock{Text: "任务", Num: &[2]int{1 + i%2, 0}})
	}
	files[hostilePath("docx", "numbering-start.docx")] = DOCX(blocks[:4], numbering("1000000000000000000"))
	files[hostilePath("docx", "numbering-letters.docx")] = DOCX(blocks, numbering("260000000"))

	// A .doc renamed .docx, and a real encrypted Office file: each gets its own refusal.
	files[hostilePath("ingest", "renamed-doc.docx")] = OLE("WordDocument", "1Table", "SummaryInformation")
	files[hostilePath("ingest", "encrypted.docx")] = OLE("EncryptionInfo", "EncryptedPackage", "DataSpaces")
	return files
}

// repeatedDeflate returns a raw deflate stream of pattern repeated to about total bytes, built by
// compressing one chunk of about chunk bytes and repeating its block: a stream about a thousandth
// of what it unpacks to. It returns the exact unpacked size and its CRC-32, so that a zip entry
// of it is valid throughout, as a real bomb is.
func repeatedDeflate(pattern string, total, chunk int) (z []byte, size int64, crc uint32) {
	one := []byte(strings.Repeat(pattern, max(1, chunk/len(pattern))))
	var buf bytes.Buffer
	fw, _ := flate.NewWriter(&buf, flate.BestCompression)
	fw.Write(one)
	fw.Flush() // ends the block on a byte boundary: copies of it can follow each other
	block := buf.Bytes()
	var out bytes.Buffer
	for size < int64(total) {
		out.Write(block)
		size += int64(len(one))
		crc = crc32.Update(crc, crc32.IEEETable, one)
	}
	out.Write([]byte{0x01, 0x00, 0x00, 0xFF, 0xFF}) // an empty final stored block
	return out.Bytes(), size, crc
}

// zipDeflated writes a zip with one entry whose deflated data is given as it is.
func zipDeflated(t testing.TB, name string, deflated []byte, size int64, crc uint32) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(len(deflated)),
		UncompressedSize64: uint64(size), CRC32: crc})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(deflated)
	zw.Close()
	return buf.Bytes()
}

// DOCXBomb is a 250 MB body of <w:p/> in a zip of about 390 KB.
func DOCXBomb(t testing.TB) []byte {
	z, size, crc := repeatedDeflate("<w:p/>", 250<<20, 1<<20)
	return zipDeflated(t, "word/document.xml", z, size, crc)
}

// DOCXNested is 20 million nested elements (a 60 MB body) in a small zip.
func DOCXNested(t testing.TB) []byte {
	z, size, crc := repeatedDeflate("<a>", 60_000_000, 3<<20)
	return zipDeflated(t, "word/document.xml", z, size, crc)
}

// DOCXComments is one run whose text is split by 400,000 XML comments, stored uncompressed (so
// that no compression cap is what stops it).
func DOCXComments(t testing.TB) []byte {
	body := `<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>` + strings.Repeat("任<!---->", 400_000) + `</w:t></w:r></w:p></w:body></w:document>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(body))
	zw.Close()
	return buf.Bytes()
}

// PDFBomb is a one-page PDF of about 75 KB whose content stream inflates to 70 MB of graphics
// state saves ("q": each one kept a copy of the state).
func PDFBomb(t testing.TB) []byte {
	p := newRawPDF()
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	p.obj(3, hostilePage)
	d, _, _ := repeatedDeflate("q ", 70<<20, 1<<20)
	z := append([]byte{0x78, 0xDA}, d...) // the Adler-32 is left out: no reader gets that far
	p.stream(4, "/Filter /FlateDecode", z)
	return p.table(5, "/Root 1 0 R")
}

// PDFObjStmPadded is a PDF of 300 pages whose font sits in an object stream after 60 MB of
// padding: the reader inflates the stream again on every page that uses the font.
func PDFObjStmPadded(t testing.TB) []byte {
	const pages, pad = 300, 60 << 20
	tail := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	header := fmt.Sprintf("5 %d ", pad)
	var z bytes.Buffer
	z.Write([]byte{0x78, 0x9C})
	fw, _ := flate.NewWriter(&z, flate.BestCompression)
	fw.Write([]byte(header))
	fw.Flush()
	spaces, _, _ := repeatedDeflate(" ", pad, 1<<20)
	z.Write(spaces[:len(spaces)-5]) // without its final block: the tail follows
	fw, _ = flate.NewWriter(&z, flate.BestCompression)
	fw.Write([]byte(tail))
	fw.Close()
	sum := adler32.New() // the reader checks it when it reaches the end, as it does here
	sum.Write([]byte(header))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range pad >> 20 {
		sum.Write(chunk)
	}
	sum.Write([]byte(tail))
	z.Write(sum.Sum(nil))

	p := newRawPDF()
	kids := make([]string, pages)
	for i := range kids {
		kids[i] = fmt.Sprintf("%d 0 R", 10+i)
	}
	p.obj(1, "<< /Type /Catalog /Pages 2 0 R >>")
	p.obj(2, "<< /Type /Pages /Kids ["+strings.Join(kids, " ")+"] /Count "+fmt.Sprint(pages)+" >>")
	p.stream(4, "", []byte("BT /F1 12 Tf 72 700 Td (plan) Tj ET"))
	p.stream(6, fmt.Sprintf("/Type /ObjStm /N 1 /First %d /Filter /FlateDecode", len(header)), z.Bytes())
	for i := 0; i < pages; i++ {
		p.obj(10+i, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
	}
	rows := make([][]byte, 10+pages+1)
	for id := range rows {
		switch o, ok := p.offs[id]; {
		case id == 5:
			rows[id] = xrefEntry(2, 6, 0)
		case ok:
			rows[id] = xrefEntry(1, uint32(o), 0)
		default:
			rows[id] = xrefEntry(0, 0, 0)
		}
	}
	rows[len(rows)-1] = xrefEntry(1, uint32(p.buf.Len()), 0)
	return p.xrefStream(len(rows)-1, rows, fmt.Sprintf("/Size %d /Root 1 0 R", len(rows)))
}

// hostilePath is where a committed hostile file lives, seen from ingest/: testdata/hostile/ of the
// package that refuses it.
func hostilePath(pkg, name string) string {
	if pkg == "ingest" {
		return filepath.Join("testdata", "hostile", name)
	}
	return filepath.Join(pkg, "testdata", "hostile", name)
}

// HostileCase is one finding of the audit: a file that once crashed, exhausted or hung the
// reader, and what its refusal must say now.
type HostileCase struct {
	Name string // the finding
	// Pkg is the package whose guards refuse it: "pdf", "docx", or "ingest" (the dispatcher,
	// which tells the container before any reader starts).
	Pkg    string
	File   string                  // the name it is given as; a committed file's name in Pkg's testdata/hostile/
	Build  func(testing.TB) []byte // builds it at test time; nil: the committed file
	Reason string                  // a part of the refusal's reason
}

// Data returns the case's file: built, or read from testdata/hostile/ of its package as the test
// of package from ("ingest", or a format package's name) sees it.
func (c HostileCase) Data(tb testing.TB, from string) []byte {
	tb.Helper()
	if c.Build != nil {
		return c.Build(tb)
	}
	path := filepath.Join("testdata", "hostile", c.File)
	switch from {
	case c.Pkg:
	case "ingest":
		path = hostilePath(c.Pkg, c.File)
	default:
		tb.Fatalf("%s is refused by %s; the tests of %s cannot read it", c.File, c.Pkg, from)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// HostileCases are the findings of the audit, each with what its refusal says.
var HostileCases = []HostileCase{
	{"pdf predictor columns 1e12", "pdf", "columns.pdf", nil, "/Columns 1000000000000"},
	{"pdf xref stream size 1e12", "pdf", "xref-size.pdf", nil, "/Size 1000000000000"},
	{"pdf object stream inside itself", "pdf", "objstm-self.pdf", nil, "inside an object stream"},
	{"pdf object stream extends itself", "pdf", "extends-loop.pdf", nil, "extends itself"},
	{"pdf xref prev at itself", "pdf", "prev-loop.pdf", nil, "comes back to offset"},
	{"pdf xref prev cycle", "pdf", "prev-cycle.pdf", nil, "comes back to offset"},
	{"pdf page tree kids loop", "pdf", "pages-loop.pdf", nil, "page tree loops"},
	{"pdf page its own parent", "pdf", "page-parent-loop.pdf", nil, "parents"},
	{"pdf 70 MB content stream", "pdf", "bomb.pdf", PDFBomb, "compression bomb"},
	{"pdf font after 60 MB in an object stream", "pdf", "padded.pdf", PDFObjStmPadded, "object stream in the PDF is compressed more than 100 to 1"},
	{"docx 250 MB of paragraphs", "docx", "bomb.docx", DOCXBomb, "compression bomb"},
	{"docx 20 million nested elements", "docx", "nested.docx", DOCXNested, "compression bomb"},
	{"docx nested 10000 deep", "docx", "deep.docx", nil, "nests elements more than 256 deep"},
	{"docx 400k comments in one run", "docx", "comments.docx", DOCXComments, "XML comments"},
	{"doc renamed docx", "ingest", "renamed-doc.docx", nil, "old Word (.doc) file, whatever its name says"},
	{"encrypted docx", "ingest", "encrypted.docx", nil, "password-protected"},
}
