package ingest

import (
	"strings"
	"testing"
)

// TestFormatsNotReadAreRefusedAsWhatTheyAre: files whose bytes say a format dutybot does not read
// (RTF, a single-file web page, Word 2003 XML) are refused naming that format, whatever their
// name; a .doc that is no OLE container and holds text is read as text.
func TestFormatsNotReadAreRefusedAsWhatTheyAre(t *testing.T) {
	plain := "关于推进城市更新的实施意见\n一、主要任务\n（一）完善更新规划。牵头单位：市自然资源局。2027年底前完成。\n"
	for _, tc := range []struct {
		name, file, data string
		want             string // in the refusal's reason; "" for read as text
	}{
		{"rtf named .doc", "意见.doc", "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\f0 x\\par}", "RTF"},
		{"rtf with a blank line first", "意见.rtf", "\r\n{\\rtf1 x}", "RTF"},
		{"mht by its name", "意见.mhtml", "<html><body>x</body></html>", "MHT"},
		{"mht by its headers, named .htm", "意见.htm", "MIME-Version: 1.0\r\nContent-Type: Multipart/Related; boundary=\"b\"\r\n\r\n--b\r\n", "MHT"},
		{"word xml named .xml", "意见.xml", `<?xml version="1.0"?><w:wordDocument xmlns:w="x"><w:body/></w:wordDocument>`, "Word 2003 XML"},
		{"text named .doc", "意见.doc", plain, ""},
		{"text named .dot", "意见.dot", plain, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, err := Extract(tc.file, []byte(tc.data))
			r := rev90Refusal(err)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("%s: %v; want it read as text", tc.file, err)
			case tc.want == "" && !strings.Contains(text, "完善更新规划"):
				t.Errorf("%s: text %q", tc.file, text)
			case tc.want != "" && (r == nil || !strings.Contains(r.Reason, tc.want)):
				t.Errorf("%s: err %v; want a refusal naming %s", tc.file, err, tc.want)
			}
		})
	}
}

// TestTidyLineEndsAndInvisibles: every line end becomes "\n" (CRLF, CR, U+2028, U+2029), and the
// invisible U+FEFF and NUL are dropped wherever they are.
func TestTidyLineEndsAndInvisibles(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"line separator", "一、任务\u2028（一）摸底", "一、任务\n（一）摸底\n"},
		{"paragraph separator", "一、任务\u2029\u2029（一）摸底", "一、任务\n\n（一）摸底\n"},
		{"crlf and cr", "甲\r\n乙\r丙", "甲\n乙\n丙\n"},
		{"byte-order mark first and within", "\ufeff方案\n正\ufeff文", "方案\n正文\n"},
		{"stray NUL", "牵头单位：市财政局。\x00\n", "牵头单位：市财政局。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tidy(tc.in); got != tc.want {
				t.Errorf("tidy(%q) = %q; want %q", tc.in, got, tc.want)
			}
		})
	}
}
