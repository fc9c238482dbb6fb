package ingest

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dutybot/dutybot/ingest/docx"
	"github.com/dutybot/dutybot/ingest/guard"
	"github.com/dutybot/dutybot/ingest/html"
	"github.com/dutybot/dutybot/ingest/pdf"
	"github.com/dutybot/dutybot/plan"
)

// DefaultMaxFileSize is the largest file Extract accepts when no limit is configured (20 MB).
const DefaultMaxFileSize = 20 << 20

// RefusedError says why a file cannot be read as a plan and what to do instead. Its Error text is
// safe to show to users as it is. It is guard.Refusal: the format readers (ingest/pdf, ingest/docx,
// ingest/html) refuse with it, unnamed, and Extract names the file.
type RefusedError = guard.Refusal

func refuse(name, reason, remedy string) error {
	return &RefusedError{Name: name, Reason: reason, Remedy: remedy}
}

// Format is a kind of file Extract reads.
type Format string

// Formats Extract knows. The refused ones are named so that the refusal can say what they are.
const (
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatDOCX Format = "docx"
	FormatPDF  Format = "pdf"

	formatDOC      Format = "doc"
	formatWPS      Format = "wps"
	formatOFD      Format = "ofd"
	formatOLE      Format = "ole"       // an OLE container holding an encrypted Office 2007+ file
	formatOLEOther Format = "ole-other" // an old Excel or PowerPoint file
	formatZip      Format = "zip"
	formatRTF      Format = "rtf"      // Rich Text Format, whatever the name says (.rtf, a .doc or .txt)
	formatMHT      Format = "mht"      // a single-file web page (.mht, .mhtml): MIME, not HTML
	formatWordXML  Format = "word-xml" // a Word 2003 XML document (<w:wordDocument>), often named .doc
	formatUnknown  Format = "unknown"
)

// Extractor turns a plan file in any supported format into the plain text plan.ParseText reads:
// one paragraph per line, and a table's cells one per line in row order.
type Extractor struct {
	// MaxFileSize refuses larger files; 0 means DefaultMaxFileSize.
	MaxFileSize int64
}

// Extract reads name's data with the default limits. See Extractor.Extract.
func Extract(name string, data []byte) (string, error) { return Extractor{}.Extract(name, data) }

// Extract returns the plain text of a plan file. The format comes from the content where it
// tells (PDF, OLE, zip containers), else from the name's extension. Files dutybot cannot read are
// refused with a *RefusedError saying what to do instead.
func (x Extractor) Extract(name string, data []byte) (string, error) {
	base := filepath.Base(name)
	if err := x.CheckSize(name, int64(len(data))); err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", refuse(base, "the file is empty", "send the plan's file again")
	}
	var text string
	var err error
	switch f := Sniff(name, data); f {
	case FormatText:
		text, err = plan.Decode(data)
		if errors.Is(err, plan.ErrBinary) {
			return "", refuse(base, "the file is not text and not a format dutybot reads",
				"save the plan as .docx, .pdf (with a text layer), .html or .txt")
		}
		if err != nil {
			return "", refuse(base, err.Error(), "delete or retype what is there and send it again, or send the .docx or PDF")
		}
		if ext := strings.ToLower(filepath.Ext(name)); ext == ".md" || ext == ".markdown" {
			text = fromMarkdown(text)
		}
	case FormatHTML:
		text, err = html.Text(data)
	case FormatDOCX:
		text, err = docx.Text(data)
	case FormatPDF:
		text, err = pdf.Text(data)
	case formatDOC:
		if ext := strings.ToLower(filepath.Ext(name)); ext != ".doc" && ext != ".dot" {
			return "", refuse(base, "this is an old Word (.doc) file, whatever its name says, and .doc files are not read",
				"open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档), then send that")
		}
		return "", refuse(base, "old Word (.doc) files are not read", "open it in Word or WPS and save it as .docx, then send that")
	case formatOLEOther:
		return "", refuse(base, "an old Excel or PowerPoint file (.xls, .ppt), not a Word document", "send the plan itself as .docx, .pdf, .html or .txt")
	case formatWPS:
		return "", refuse(base, "WPS (.wps) files are not read", "open it in WPS and save it as .docx (文件 → 另存为 → Word 文件), then send that")
	case formatOFD:
		return "", refuse(base, "OFD files are not read", "open it in an OFD reader and export it as PDF with text, or ask the issuer for the .docx or the web page")
	case formatOLE:
		return "", refuse(base, "the file is password-protected (an encrypted Office document)", "remove the password (文件 → 信息 → 保护文档 → 用密码进行加密, clear it) and save it as .docx again")
	case formatZip:
		return "", refuse(base, "a zip archive or Office file that is not a Word document", "send the plan itself as .docx, .pdf, .html or .txt")
	case formatRTF:
		return "", refuse(base, "this is an RTF (Rich Text Format) file, whatever its name says, and RTF files are not read",
			"open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档), then send that")
	case formatMHT:
		return "", refuse(base, "this is a single-file web page (.mht/.mhtml), and MHT files are not read",
			"open the page in a browser and save it as a web page (.html, 网页，仅 HTML), or open it in Word and save it as .docx")
	case formatWordXML:
		return "", refuse(base, "this is a Word 2003 XML document (Word XML 文档), whatever its name says, and Word XML files are not read",
			"open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档), then send that")
	default:
		return "", refuse(base, "unknown file type", "save the plan as .docx, .pdf (with a text layer), .html or .txt")
	}
	if err != nil {
		var r *RefusedError
		if errors.As(err, &r) && r.Name == "" {
			r.Name = base
		}
		return "", err
	}
	text = tidy(text)
	if strings.TrimSpace(text) == "" {
		return "", refuse(base, "the file holds no text", "check that it is the plan itself; a scanned plan needs OCR first")
	}
	return text, nil
}

// ParseFile extracts the text of a plan file in any supported format and parses it.
func ParseFile(x Extractor, name string, data []byte, opt plan.Options) (*plan.Document, error) {
	text, err := x.Extract(name, data)
	if err != nil {
		return nil, err
	}
	doc, err := plan.ParseText(name, text, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return doc, nil
}

// CheckSize refuses a file over the size limit before it is read or downloaded.
func (x Extractor) CheckSize(name string, size int64) error {
	limit := x.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	if size > limit {
		return refuse(filepath.Base(name), fmt.Sprintf("the file is %s, over the %s limit", guard.HumanSize(size), guard.HumanSize(limit)),
			"split the plan, remove its images (save as .docx or .txt), or ask an administrator to raise DUTYBOT_MAX_FILE_SIZE")
	}
	return nil
}

// Sniff tells the format of a file from its first bytes, and from its name where the bytes do not
// tell (text and HTML).
func Sniff(name string, data []byte) Format {
	ext := strings.ToLower(filepath.Ext(name))
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")) || (ext == ".pdf" && bytes.Contains(head, []byte("%PDF-"))):
		return FormatPDF
	case bytes.HasPrefix(data, []byte(oleMagic)):
		return sniffOLE(ext, data)
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return sniffZip(ext, data)
	case bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte(`{\rtf`)):
		// Word and WPS save RTF under .doc and .rtf names alike; its markup is no plan's text.
		return formatRTF
	case looksMHT(ext, head):
		return formatMHT
	case looksHTML(data):
		// Sites often serve a "Word document" that is a web page saved with a .doc name.
		return FormatHTML
	case bytes.Contains(head, []byte("<w:wordDocument")) || bytes.Contains(head, []byte(`progid="Word.Document"`)):
		return formatWordXML
	case ext == ".doc" || ext == ".dot":
		// Not an OLE container (above), so no old binary Word file, whatever the name says: a text
		// file saved with a .doc name is read as text (Decode refuses what is binary).
		return FormatText
	}
	return byExtension(ext)
}

// looksMHT reports a single-file web page: its name says so, or its head is a MIME message of
// related parts (MIME-Version and multipart/related in the headers).
func looksMHT(ext string, head []byte) bool {
	if ext == ".mht" || ext == ".mhtml" {
		return true
	}
	h := bytes.ToLower(head)
	return bytes.Contains(h, []byte("mime-version:")) && bytes.Contains(h, []byte("multipart/related"))
}

// sniffOLE tells an old Office container by what its directory holds, not by its name: a .doc
// renamed .docx is still a .doc.
func sniffOLE(ext string, data []byte) Format {
	switch ext {
	case ".wps", ".et", ".dps":
		return formatWPS
	}
	streams := oleStreams(data, "WordDocument", "EncryptionInfo", "EncryptedPackage", "Workbook", "PowerPoint Document")
	switch {
	case streams["EncryptionInfo"] || streams["EncryptedPackage"]:
		return formatOLE
	case streams["WordDocument"]:
		return formatDOC
	case streams["Workbook"] || streams["PowerPoint Document"]:
		return formatOLEOther
	case ext == ".docx" || ext == ".xlsx" || ext == ".pptx":
		return formatOLE // a new-format name on an old container: Office's encrypted files are the ones that look so
	}
	return formatDOC
}

// sniffZip tells a Word file or an OFD from another zip by its parts.
func sniffZip(ext string, data []byte) Format {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if ext == ".docx" {
			return FormatDOCX // let the reader say it is corrupt
		}
		return formatZip
	}
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			return FormatDOCX
		case "OFD.xml":
			return formatOFD
		}
	}
	switch ext {
	case ".ofd":
		return formatOFD
	case ".docx":
		return FormatDOCX
	}
	return formatZip
}

// byExtension is the format a name says, for bytes that do not tell.
func byExtension(ext string) Format {
	switch ext {
	case ".pdf":
		return FormatPDF
	case ".docx":
		return FormatDOCX
	case ".doc":
		return formatDOC
	case ".wps":
		return formatWPS
	case ".ofd":
		return formatOFD
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".txt", ".md", ".markdown", ".text", "":
		return FormatText
	case ".zip", ".rar", ".7z":
		return formatZip
	}
	return FormatText // an unknown extension: Decode refuses it if it is binary
}

// htmlOpenings are how a web page's first element (after comments) begins: a browser's "save as"
// and many sites' pages begin with a comment ("<!-- saved from url=(0045)… -->") or with <head>,
// <meta> or <body>, not always with <!doctype html> or <html>.
var htmlOpenings = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<meta"), []byte("<body"), []byte("<title")}

// looksHTML reports whether data is a web page, from its first 8 KiB: a doctype, <html> or one of
// htmlOpenings after any comments and blanks, or an XML declaration of a page that holds <html.
func looksHTML(data []byte) bool {
	h := data
	if len(h) > 8<<10 {
		h = h[:8<<10]
	}
	h = bytes.ToLower(bytes.TrimPrefix(h, []byte{0xEF, 0xBB, 0xBF}))
	for {
		h = bytes.TrimLeft(h, " \t\r\n")
		if !bytes.HasPrefix(h, []byte("<!--")) {
			break
		}
		end := bytes.Index(h[4:], []byte("-->"))
		if end < 0 {
			return false
		}
		h = h[4+end+3:]
	}
	for _, o := range htmlOpenings {
		if bytes.HasPrefix(h, o) {
			// The name must end there: <header> is no <head>, <html5-notes> no page.
			if rest := h[len(o):]; len(rest) == 0 || strings.IndexByte(" \t\r\n>/", rest[0]) >= 0 {
				return true
			}
		}
	}
	return bytes.HasPrefix(h, []byte("<?xml")) && bytes.Contains(h, []byte("<html"))
}

// lineEnds turns every line end a text may carry into "\n": CRLF and CR, and the Unicode line and
// paragraph separators (U+2028, U+2029) that text copied from a web page or a PDF viewer holds,
// which every editor shows as line breaks. Byte-order marks (U+FEFF, left by a UTF-16 or UTF-8
// file's decoding) and stray NUL bytes are invisible and no plan's text: they are dropped.
var lineEnds = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u2028", "\n", "\u2029", "\n", "\ufeff", "", "\x00", "")

// tidy normalises line ends (lineEnds), trims each line's trailing blanks and collapses runs of
// blank lines.
func tidy(s string) string {
	s = lineEnds.Replace(s)
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\u00a0\u3000")
		if strings.TrimSpace(l) == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n") + "\n"
}

// ByteSize is a size read from configuration: a number of bytes, or a number with KB, MB or GB
// (powers of 1024), e.g. "20MB".
type ByteSize int64

// UnmarshalText reads "20MB", "512KB", "1048576".
func (b *ByteSize) UnmarshalText(text []byte) error {
	s := strings.ToUpper(strings.TrimSpace(string(text)))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("size %q: want a positive number of bytes, or a number with KB, MB or GB such as 20MB", string(text))
	}
	*b = ByteSize(n * float64(mult))
	return nil
}

// String writes the size the way humans read it.
func (b ByteSize) String() string { return guard.HumanSize(int64(b)) }
