package ingest

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

func TestExtractText(t *testing.T) {
	plan := "一、重点任务\n1.建设平台。(责任单位:市发改委)\n"
	tests := []struct {
		name string
		file string
		data []byte
	}{
		{"utf8", "plan.txt", []byte(plan)},
		{"utf8 bom crlf", "plan.txt", append([]byte{0xEF, 0xBB, 0xBF}, strings.ReplaceAll(plan, "\n", "\r\n")...)},
		{"gbk", "plan.txt", ingesttest.GBK(t, plan)},
		{"markdown", "plan.md", []byte(plan)},
		{"no extension", "plan", []byte(plan)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extract(tt.file, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			ingesttest.SameLines(t, got, ingesttest.Lines(plan))
		})
	}
}

func TestExtractMarkdown(t *testing.T) {
	md := "# 某市服务业发展实施方案\n\n## 一、重点任务\n\n**1.建设平台。**（责任单位：[市发改委](http://x)）\n\n" +
		"- 2.培育企业。（责任单位：市经信局）\n\n| 序号 | 重点任务 | 责任单位 |\n|---|:---:|---|\n| 1 | 建设`平台` | 区发改局 |\n\n---\n> 附件：清单\n"
	got, err := Extract("plan.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{
		"某市服务业发展实施方案", "一、重点任务", "1.建设平台。（责任单位：市发改委）", "2.培育企业。（责任单位：市经信局）",
		"序号", "重点任务", "责任单位", "1", "建设平台", "区发改局", "附件：清单",
	})
}

// refusalCase is a file Extract refuses, with words its message must hold.
type refusalCase struct {
	name   string
	file   string
	data   []byte
	max    int64
	reason string // in the message
	remedy string // in the message
}

func refusalCases() []refusalCase {
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	oleEncrypted := ingesttest.OLE("EncryptionInfo", "EncryptedPackage")
	oleDoc := ingesttest.OLE("WordDocument", "1Table")
	return []refusalCase{
		// A format package's refusal gets the file's name here.
		{"scanned pdf", "scan.pdf", ingesttest.PDF([]ingesttest.PDFPage{{Image: true}, {Image: true}}, ingesttest.PDFOptions{}), 0, "scan", "OCR"},
		{"doc", "plan.doc", ole, 0, ".doc", "save it as .docx"},
		{"wps", "plan.wps", ole, 0, "WPS", ".docx"},
		{"office file without a directory, named docx", "plan.docx", ole, 0, "password", "remove the password"},
		{"encrypted office by content", "plan.bin", oleEncrypted, 0, "password", "remove the password"},
		{"encrypted docx", "plan.docx", oleEncrypted, 0, "password", "remove the password"},
		{"doc named docx", "plan.docx", oleDoc, 0, "old Word (.doc) file, whatever its name says", "save it as .docx"},
		{"doc by content", "plan.bin", oleDoc, 0, ".doc", "save it as .docx"},
		{"ofd", "plan.ofd", ingesttest.Zip(map[string]string{"OFD.xml": "<ofd:OFD/>"}), 0, "OFD", "PDF"},
		{"corrupt docx", "plan.docx", append([]byte("PK\x03\x04"), bytes.Repeat([]byte("x"), 300)...), 0, "damaged", "save it again"},
		{"xlsx", "plan.xlsx", ingesttest.Zip(map[string]string{"xl/workbook.xml": "<workbook/>"}), 0, "not a Word document", ".docx"},
		{"too large", "plan.txt", bytes.Repeat([]byte("任务"), 1000), 1000, "over the", "DUTYBOT_MAX_FILE_SIZE"},
		{"empty", "plan.txt", []byte("  \n"), 0, "empty", "again"},
		{"binary", "plan.dat", append([]byte{0, 1, 2, 3}, make([]byte, 100)...), 0, "not text", ".docx"},
		{"unknown type", "plan.png", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...), 0, "", ""},
		{"zip", "plan.zip", ingesttest.Zip(map[string]string{"a.txt": "x"}), 0, "", ""},
		{"no text", "plan.html", []byte("<html><body><img src=x></body></html>"), 0, "", ""},
	}
}

func TestRefusals(t *testing.T) {
	for _, tt := range refusalCases() {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extractor{MaxFileSize: tt.max}.Extract(tt.file, tt.data)
			var r *RefusedError
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *RefusedError", err)
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.reason) || !strings.Contains(msg, tt.remedy) || r.Remedy == "" || r.Name != tt.file {
				t.Errorf("message %q: want %q and %q, named %s", msg, tt.reason, tt.remedy, tt.file)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	docx := string(ingesttest.DOCX([]ingesttest.DOCXBlock{{Text: "x"}}, ""))
	tests := []struct {
		name string
		file string
		data string
		want Format
	}{
		{"text", "a.txt", "一、任务", FormatText},
		{"a page named .txt", "a.txt", "<!DOCTYPE html><html>", FormatHTML},
		{"a fragment named .htm", "a.htm", "<p>x</p>", FormatHTML},
		{"a page named .doc", "通知.doc", "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>", FormatHTML},
		{"a saved page named .doc", "通知.doc", "<!-- saved from url=(0022)http://example.com/ -->\r\n<html><body>", FormatHTML},
		{"a page opening with head named .txt", "a.txt", "<!-- a -->\n<!-- b --><head><meta charset=\"utf-8\">", FormatHTML},
		{"a page opening with meta named .doc", "a.doc", "<META http-equiv=\"Content-Type\" content=\"text/html\">", FormatHTML},
		{"markdown with a comment", "a.md", "<!-- 草稿 -->\n# 一、任务", FormatText},
		{"a comment never closed", "a.txt", "<!-- 一、任务", FormatText},
		{"a header tag is no head", "a.txt", "<header>一、任务</header>", FormatText},
		{"pdf without extension", "download", "%PDF-1.4\n", FormatPDF},
		{"docx", "a.docx", docx, FormatDOCX},
		{"docx named .bin", "download.bin", docx, FormatDOCX},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("Sniff(%s) = %s, want %s", tt.file, got, tt.want)
			}
		})
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in   string
		want ByteSize
		bad  bool
	}{
		{"20MB", 20 << 20, false},
		{"512kb", 512 << 10, false},
		{"1.5 GB", 3 << 29, false},
		{"1048576", 1 << 20, false},
		{"0", 0, true},
		{"lots", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b ByteSize
			err := b.UnmarshalText([]byte(tt.in))
			if (err != nil) != tt.bad || (!tt.bad && b != tt.want) {
				t.Errorf("got %d, %v; want %d (error %v)", b, err, tt.want, tt.bad)
			}
		})
	}
}

// FuzzExtract checks that no input makes Extract panic or hang; run it with
// go test ./ingest -run '^$' -fuzz FuzzExtract -fuzztime 60s. The seeds run in every test.
func FuzzExtract(f *testing.F) {
	pages := ingesttest.PDFLayout{Head: "头", PageNumber: true}.Pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	f.Add("a.pdf", ingesttest.PDF(pages, ingesttest.PDFOptions{}))
	f.Add("a.pdf", ingesttest.PDF(ingesttest.PDFLayout{}.Layout([]ingesttest.PDFBlock{{Widths: []float64{100, 100}, Rows: [][]ingesttest.PDFCell{{{Paras: []string{"序号"}}, {Paras: []string{"单位"}}}}}}), ingesttest.PDFOptions{}))
	f.Add("a.docx", ingesttest.DOCX([]ingesttest.DOCXBlock{{Text: "一、任务", Num: &[2]int{1, 0}}, {Table: [][]ingesttest.DOCXCell{{{Paras: []string{"x"}}}}}}, ""))
	f.Add("a.html", []byte(`<html><body><nav>n</nav><div id="zoom"><p>一、任务</p><table><tr><td>1</td></tr></table></div></body></html>`))
	f.Add("a.md", []byte("# 一、任务\n| a | b |\n|---|---|\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		_, _ = Extract(name, data)
	})
}

// TestRefusalsSaidInChinese: every refusal of an odd, damaged, oversized or hostile file is said in
// Chinese for the people who sent it, with no English sentence left in it (file types, product
// names and settings stay as they are written).
func TestRefusalsSaidInChinese(t *testing.T) {
	var refusals []*RefusedError
	for _, tc := range refusalCases() {
		_, err := Extractor{MaxFileSize: tc.max}.Extract(tc.file, tc.data)
		var r *RefusedError
		if !errors.As(err, &r) {
			t.Fatalf("%s: err = %v, want a refusal", tc.name, err)
		}
		refusals = append(refusals, r)
	}
	for _, tc := range ingesttest.HostileCases {
		_, err := Extract(tc.File, tc.Data(t, "ingest"))
		var r *RefusedError
		if !errors.As(err, &r) {
			t.Fatalf("%s: err = %v, want a refusal", tc.Name, err)
		}
		refusals = append(refusals, r)
	}
	for _, r := range refusals {
		zh := r.ZH()
		if rest := keptEnglish.ReplaceAllString(zh, ""); englishWords.MatchString(rest) {
			t.Errorf("%s: %q\n  said as %q: English left (%q)", r.Name, r.Reason+": "+r.Remedy, zh, englishWords.FindString(rest))
		}
	}
}

var (
	// keptEnglish are the words a Chinese refusal keeps as they are: formats, products, settings, sizes,
	// and the technical detail a damaged file's reason quotes in brackets.
	keptEnglish  = regexp.MustCompile(`(?i)[\w.]+/[\w./]+|\.?(?:docx|doc|xlsx|xls|ppt|pdf|html|txt|wps|ofd)\b|Word|WPS|Excel|PowerPoint|PDF|OFD|Office|OCR|Unicode|DUTYBOT_[A-Z_]+|dutybot|Acrobat|\d+(?:\.\d+)?\s*(?:[KMG]i?B|bytes|B)\b|\d+(?:\.\d+)?(?:s|ms)\b|（[^（）]*）|\([^()]*\)`)
	englishWords = regexp.MustCompile(`[A-Za-z]{4,}`)
)
