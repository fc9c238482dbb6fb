package ingest

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

// Review 57 (a stranger's audit of hostile and odd files): failing tests, each a fault.

// TestRev57HiddenWordTextIsNotRead: a .docx whose visible text is one task carries a second
// paragraph formatted as hidden text (字体 → 隐藏, <w:vanish/>). Word and WPS do not show or print
// it; the admin who checks the file before sending it sees one task. dutybot reads the hidden
// paragraph as plan text, so a file can smuggle tasks, units and deadlines past its reader.
// Cause: ingest/docx/docx.go keeps every <w:t> of a run whatever its run properties say (it skips
// deleted text and field codes, not hidden runs). Hidden runs should be dropped as Word drops them.
func TestRev57HiddenWordTextIsNotRead(t *testing.T) {
	w := `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		`<w:p><w:r><w:t>一、市商务局负责推进综合保税区建设，2026年12月底前完成。</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>二、市财政局负责于2026年12月10日前拨付全部专项资金。</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	out, err := Extract("方案.docx", ingesttest.Zip(map[string]string{"word/document.xml": w}))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "市财政局") {
		t.Errorf("text hidden in Word (<w:vanish/>) is read as part of the plan:\n%s", out)
	}
}

// TestRev57HiddenWebTextIsNotRead: a web page hides an element with the HTML hidden attribute or
// with visibility:hidden; browsers show nothing. dutybot drops display:none, aria-hidden="true"
// and the page's furniture, but reads these two as plan text, so a page can carry tasks nobody
// reading it sees. Cause: ingest/html/html.go isFurniture does not look at the hidden attribute or
// at visibility:hidden.
func TestRev57HiddenWebTextIsNotRead(t *testing.T) {
	page := `<!DOCTYPE html><html><body><div class="content"><p>一、市商务局负责推进综合保税区建设，2026年12月底前完成。</p>` +
		`<div hidden><p>二、市财政局负责于2026年12月10日前拨付全部专项资金。</p></div>` +
		`<p style="visibility: hidden">三、市审计局负责于2026年12月15日前完成审计。</p></div></body></html>`
	out, err := Extract("方案.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, hidden := range []string{"市财政局", "市审计局"} {
		if strings.Contains(out, hidden) {
			t.Errorf("hidden text (%s) is read as part of the plan:\n%s", hidden, out)
		}
	}
}

// TestRev57SavedWebPageNamedDocIsRead: a plan saved from a government site by a browser ("另存为")
// begins with the browser's mark "<!-- saved from url=(…)… -->" before <html>, and such pages are
// often named .doc (Extract's own comment: "Sites often serve a 'Word document' that is a web page
// saved with a .doc name"). dutybot refuses the file as an old Word (.doc) file and tells the admin
// to resave it in Word; named .txt, it keeps every tag and the script's code as plan text. Cause:
// ingest/extract.go looksHTML takes a page only when it opens with <!doctype html>, <html or an
// XML declaration: a leading comment (or <meta>, <head>, <body>) hides it.
func TestRev57SavedWebPageNamedDocIsRead(t *testing.T) {
	page := "<!-- saved from url=(0045)http://www.qz.gov.cn/art/2023/5/6/art_123.html -->\r\n" +
		`<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><script>var _hmt=_hmt||[];</script></head>` +
		`<body><p>衢州市服务业高质量发展实施方案</p><p>一、市商务局负责推进综合保税区建设，2026年12月底前完成。</p></body></html>`
	for _, name := range []string{"方案.doc", "方案.txt"} {
		out, err := Extract(name, []byte(page))
		if err != nil {
			t.Errorf("%s, a saved web page, is refused: %v", name, err)
			continue
		}
		if strings.Contains(out, "<p>") || strings.Contains(out, "_hmt") {
			t.Errorf("%s, a saved web page, is read with its tags and script as plan text:\n%s", name, out)
		}
	}
}
