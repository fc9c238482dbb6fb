package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dutybot/dutybot/plan"
)

// Review 90 (a stranger feeding dutybot odd files): failing tests, each a file Extract handles
// wrongly. None panics or hangs; each either reads what it should not, or refuses with a reason
// that sends the user the wrong way.

// rev90Plan is a small plan in the form city plans take: numbered items each closing with the lead
// unit and a deadline.
const rev90Plan = "关于加快推进城镇老旧小区改造的实施方案\n一、重点任务\n" +
	"（一）开展改造需求摸底。全面排查2000年底前建成的小区，建立改造项目库。牵头单位：市住房城乡建设局；配合单位：各区人民政府。2027年3月底前完成。\n" +
	"（二）落实改造资金保障。统筹中央补助和地方债券资金。牵头单位：市财政局。2027年6月底前完成。\n"

// rev90Refusal is the refusal in err, or nil.
func rev90Refusal(err error) *RefusedError {
	var r *RefusedError
	if errors.As(err, &r) {
		return r
	}
	return nil
}

// TestRev90_FormatsNotReadAreNamed: a file in a format dutybot does not read must be refused with
// a reason naming what it is and a way out — not read as if its markup were the plan's text and
// then reported as "no tasks found: this does not read as an implementation plan", which tells a
// liaison who sent the right plan in the wrong format that the plan is wrong. RTF (Word/WPS "RTF
// 格式", often handed around by offices) and MHTML (the "单个文件网页 .mht" a browser or Word saves a
// government web page as) are the two such formats people send.
func TestRev90_FormatsNotReadAreNamed(t *testing.T) {
	for _, tc := range []struct {
		name, file, want string
		data             []byte
	}{
		{"rtf saved by WPS", "改造方案.rtf", "RTF",
			[]byte(`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}\f0\fs32 \'b9\'d8\'d3\'da\'bc\'d3\'bf\'ec\par}`)},
		{"rtf renamed .txt", "改造方案.txt", "RTF",
			[]byte(`{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}\f0 \'b9\'d8\'d3\'da\par}`)},
		{"single-file web page", "改造方案.mht", "MHT",
			[]byte("From: <Saved by Blink>\r\nSubject: =?utf-8?B?5YWz5LqO?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>=E5=85=B3=E4=BA=8E</p></body></html>\r\n------MultipartBoundary--abc--\r\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, err := Extract(tc.file, tc.data)
			r := rev90Refusal(err)
			if r == nil || !strings.Contains(strings.ToUpper(r.Reason+r.Remedy), tc.want) {
				t.Errorf("%s: want a refusal naming %s (or its text read); got err=%v, text %q", tc.file, tc.want, err, clip90(text))
			}
		})
	}
}

func clip90(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// TestRev90_ADocThatIsNoOldWordFileIsNotCalledOne: government sites serve many "Word" downloads
// named .doc that are not the old binary format: Word 2003 XML (<w:wordDocument>, "Word XML 文档")
// and plain text saved with a .doc name. Telling the user "old Word (.doc) files are not read" is
// false for these, and its remedy (open it in Word and save as .docx) is not what the file needs when
// it is text. A user expects the text file read, and the XML file either read or refused as what it
// is.
func TestRev90_ADocThatIsNoOldWordFileIsNotCalledOne(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"Word 2003 XML named .doc", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<?mso-application progid="Word.Document"?>` + "\n" +
			`<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body><w:p><w:r><w:t>关于加快推进城镇老旧小区改造的实施方案</w:t></w:r></w:p></w:body></w:wordDocument>`)},
		{"plain text named .doc", []byte(rev90Plan)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract("老旧小区改造方案.doc", tc.data)
			if r := rev90Refusal(err); r != nil && strings.Contains(r.Reason, "old Word") {
				t.Errorf("refused as an old binary Word file, which it is not: %v", err)
			}
		})
	}
}

// TestRev90_UTF16WebPageHasNoBOMInItsText: a web page saved as "Unicode" (UTF-16 with a byte-order
// mark, as Windows tools save it) is read, but the BOM comes through as a U+FEFF character at the
// start of the text: an invisible character that ends up before the first line (the plan's title)
// and breaks matching on it. Text files with the same BOM have it removed; a user expects the same.
func TestRev90_UTF16WebPageHasNoBOMInItsText(t *testing.T) {
	page := "<html><head><meta charset=\"utf-16\"><title>方案</title></head><body><p>" +
		strings.ReplaceAll(strings.TrimSpace(rev90Plan), "\n", "</p><p>") + "</p></body></html>"
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, u := range utf16.Encode([]rune(page)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	text, err := Extract("方案.html", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(text, '\ufeff') {
		t.Errorf("the text keeps the byte-order mark: %q", clip90(text))
	}
	doc, err := plan.ParseText("方案.html", text, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(doc.Title, '\ufeff') {
		t.Errorf("the plan's title has a U+FEFF in it: %q", doc.Title)
	}
}

// TestRev90_OneStrayNULDoesNotRefuseAPlan: a plan typed in an office system and exported to .txt
// sometimes carries a stray NUL byte. One NUL in the first 8 KB makes the whole plan "not text
// and not a format dutybot reads" (with no word of where), while the same NUL after 8 KB is
// quietly dropped and the plan read. A user expects the same file read the same way wherever the
// byte is: read it (as the later NUL is), or say where the byte is, as a bad GBK byte is.
func TestRev90_OneStrayNULDoesNotRefuseAPlan(t *testing.T) {
	data := []byte(strings.Replace(rev90Plan, "市财政局。", "市财政局。\x00", 1))
	_, err := Extract("老旧小区改造方案.txt", data)
	if r := rev90Refusal(err); r != nil && !strings.Contains(r.Reason, "line") {
		t.Errorf("one NUL byte refuses the plan, without saying where: %v", err)
	}
}

// TestRev90_LineSeparatorsSplitLines: text copied out of a web page or a PDF viewer into a .txt
// can carry U+2028 LINE SEPARATOR / U+2029 PARAGRAPH SEPARATOR instead of newlines. Every editor
// shows them as line breaks; dutybot reads the whole plan as one line and finds no tasks.
func TestRev90_LineSeparatorsSplitLines(t *testing.T) {
	for _, sep := range []string{"\u2028", "\u2029"} {
		text, err := Extract("方案.txt", []byte(strings.ReplaceAll(rev90Plan, "\n", sep)))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := plan.ParseText("方案.txt", text, plan.Options{})
		if err != nil || len(doc.Tasks) != 2 {
			n := 0
			if doc != nil {
				n = len(doc.Tasks)
			}
			t.Errorf("separator %U: %d tasks, err %v; want the 2 tasks the plan has", []rune(sep)[0], n, err)
		}
	}
}
