package docx

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/ingest/guard"
	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

// planNumbering is numbering.xml for a plan's usual headings: "一、" at level 0, "（一）" at level
// 1, "1." at level 2.
const planNumbering = `<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`

type (
	block = ingesttest.DOCXBlock
	cell  = ingesttest.DOCXCell
)

func TestText(t *testing.T) {
	num := func(id, lvl int) *[2]int { return &[2]int{id, lvl} }
	paras := func(p ...string) cell { return cell{Paras: p} }
	blocks := []block{
		{Text: "某市服务业发展实施方案"},
		{Text: "总体要求", Num: num(1, 0)},
		{Text: "指导思想。坚持新发展理念。", Num: num(1, 1)},
		{Text: "重点任务", Num: num(1, 0)},
		{Text: "打造平台", Num: num(1, 1)},
		{Text: "建设创新发展区。(责任单位:市发改委)", Num: num(1, 2)},
		{Text: "建设综合保税区。(责任单位:市商务局)", Num: num(1, 2)},
		{Text: "引育企业", Num: num(1, 1)},
		{Text: "招引主体。(责任单位:市招商中心)", Num: num(1, 2)},
		{Text: "要点", Num: num(2, 0)},
		{Table: [][]cell{
			{paras("序号"), paras("重点任务"), paras("主要目标及时间节点"), paras("责任单位")},
			{{Paras: []string{"一、强化统筹推进"}, Span: 4}},
			{paras("1"), {Paras: []string{"高规格推进工程"}, VMerge: "restart"}, paras("1.印发实施方案。", "2.2023年6月底前组建专班。"), paras("区发改局")},
			{paras("2"), {VMerge: "continue"}, paras("2023年12月底前完成验收。"), paras("区商务局、区财政局")},
		}},
		// A deleted revision is not text; a soft line break is a line end.
		{Raw: `<w:p><w:r><w:t>附件:</w:t></w:r><w:del><w:r><w:delText>旧清单</w:delText></w:r></w:del><w:r><w:br/><w:t>任务清单</w:t></w:r></w:p>`},
	}
	got, err := Text(ingesttest.DOCX(blocks, planNumbering))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{
		"某市服务业发展实施方案",
		"一、总体要求",
		"（一）指导思想。坚持新发展理念。",
		"二、重点任务",
		"（一）打造平台",
		"1.建设创新发展区。(责任单位:市发改委)",
		"2.建设综合保税区。(责任单位:市商务局)",
		"（二）引育企业",
		"1.招引主体。(责任单位:市招商中心)",
		"要点",
		"序号", "重点任务", "主要目标及时间节点", "责任单位",
		"一、强化统筹推进",
		"1", "高规格推进工程", "1.印发实施方案。", "2.2023年6月底前组建专班。", "区发改局",
		// A cell continuing a vertical merge gives its row the merged text again.
		"2", "高规格推进工程", "2023年12月底前完成验收。", "区商务局、区财政局",
		"附件:",
		"任务清单",
	})
	if strings.Contains(got, "— 1 —") {
		t.Error("the page footer part was read as text")
	}
}

func TestTextBox(t *testing.T) {
	box := `<w:p><w:r><w:t>正文第一段</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent><w:p><w:r><w:t>某市人民政府办公室文件</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>某市人民政府办公室文件</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	got, err := Text(ingesttest.DOCX([]block{{Raw: box}, {Text: "正文第二段"}}, ""))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{"正文第一段", "某市人民政府办公室文件", "正文第二段"})
}

// TestHiddenText: text Word hides (字体 → 隐藏) is not read, whether the run, its character style or
// its paragraph's style hides it; a run that undoes its style's hiding (w:val="0") is read, and a
// numbered paragraph whose text is all hidden leaves no label behind.
func TestHiddenText(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	styles := `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + ns + `>` +
		`<w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="HiddenPara"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`
	numbering := `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + ns + `>` + planNumbering + `</w:numbering>`
	doc := `<?xml version="1.0" encoding="UTF-8"?><w:document ` + ns + `><w:body>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>可见任务</w:t></w:r><w:r><w:rPr><w:b/><w:vanish w:val="true"/></w:rPr><w:t>直接隐藏</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>整段隐藏</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>样式隐藏</w:t></w:r><w:r><w:t>第二段</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr><w:r><w:t>段落样式隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>取消隐藏</w:t></w:r></w:p>` +
		`</w:body></w:document>`
	got, err := Text(ingesttest.Zip(map[string]string{"word/document.xml": doc, "word/styles.xml": styles, "word/numbering.xml": numbering}))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{"一、可见任务", "第二段", "取消隐藏"})
}

// TestRefusals: a damaged file is refused with what to do; the name is added by ingest.
func TestRefusals(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		reason string
		remedy string
	}{
		{"not a zip", append([]byte("PK\x03\x04"), bytes.Repeat([]byte("x"), 300)...), "damaged", "save it again"},
		{"body xml cut short", ingesttest.Zip(map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), "damaged", "save it again"},
		{"no body xml", ingesttest.Zip(map[string]string{"word/styles.xml": "<w:styles/>"}), "not a Word document", "save it again"},
		{"encrypted package in the zip", ingesttest.Zip(map[string]string{"EncryptedPackage": "x", "word/document.xml": "<w:document/>"}), "password-protected", "remove the password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text(tt.data)
			var r *guard.Refusal
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) || !strings.Contains(r.Remedy, tt.remedy) || r.Name != "" {
				t.Errorf("err = %v: want a refusal saying %q and %q, unnamed", err, tt.reason, tt.remedy)
			}
		})
	}
}

// capCase is a compact Word file against the reader's caps.
type capCase struct {
	name   string
	data   []byte
	reason string // "" when the file is read
	lines  int    // at least, when it is read
}

// paragraphCaps are the compact files TestParagraphCap reads and BenchmarkParagraphCap times.
func paragraphCaps() []capCase {
	return []capCase{
		{"300,000 one-letter paragraphs, stored", ingesttest.DOCXManyParagraphs(300_000), "holds 300005 paragraphs (at most 100000 are read)", 0},
		{"one paragraph over the cap", ingesttest.DOCXManyParagraphs(maxXMLParagraphs - 4), "holds 100001 paragraphs", 0},
		{"1.5 million empty elements in one run", ingesttest.DOCXEmptyElements(1_500_000, ""), "holds more than 1000000 elements (at most 1000000 are read)", 0},
		{"160,000 elements of 7 attributes the reader keeps", ingesttest.DOCXEmptyElements(160_000, ` w:val="a" w:type="b" w:char="c" w:ilvl="1" w:numId="2" w:abstractNumId="3" w:styleId="s"`),
			"holds more than 1000000 attributes (at most 1000000 are read)", 0},
		{"6,000-row task table", ingesttest.DOCXLongTable(6000), "", 24_000},
	}
}

// TestParagraphCap: a compact file of more paragraphs or elements than any plan (finding 05:
// 300,000 one-letter paragraphs stored uncompressed, under the tag cap) is refused before the
// tree is built (or, for elements, before it passes the cap), saying what was counted and the
// cap, every time; a long real table is read.
func TestParagraphCap(t *testing.T) {
	for _, tt := range paragraphCaps() {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			text, err := Text(tt.data)
			took := time.Since(start)
			if tt.reason == "" {
				if err != nil || len(ingesttest.Lines(text)) < tt.lines {
					t.Fatalf("%d lines, err %v: want at least %d lines", len(ingesttest.Lines(text)), err, tt.lines)
				}
				return
			}
			var r *guard.Refusal
			if !errors.As(err, &r) || !strings.Contains(r.Reason, tt.reason) || r.Remedy == "" {
				t.Fatalf("err = %v (%d lines): want a refusal saying %q", err, len(ingesttest.Lines(text)), tt.reason)
			}
			if took > ingesttest.HangLimit {
				t.Errorf("refused in %v: the reader hung", took)
			}
			t.Logf("%d bytes refused in %v: %s", len(tt.data), took.Round(time.Millisecond), r.Reason)
		})
	}
}

// TestHostile runs the audit's hostile Word files (testdata/hostile, and the bombs built at test
// time) through Text: the guards alone refuse each, quickly, saying why.
func TestHostile(t *testing.T) { ingesttest.CheckHostile(t, "docx", Text) }

func hostile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestListNumbersClamped: absurd list starts are clamped (Word's own maximum is 32767) and long
// letter labels fall back to digits, so the labels stay short.
func TestListNumbersClamped(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []string // the first lines
	}{
		{"numbering-start.docx", []string{"32767.任务", "32767.任务", "32768.任务", "32768.任务"}},
		{"numbering-letters.docx", []string{"32767.任务", "32767.任务", "32768.任务"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			start := time.Now()
			text, err := Text(hostile(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			ls := ingesttest.Lines(text)
			if !slices.Equal(ls[:len(tt.want)], tt.want) {
				t.Errorf("first lines %q, want %q", ls[:len(tt.want)], tt.want)
			}
			for _, l := range ls {
				if len(l) > 64 {
					t.Fatalf("label too long: %.80q", l)
				}
			}
			if took := time.Since(start); took > ingesttest.HangLimit {
				t.Errorf("took %v: the reader hung", took)
			}
		})
	}
	for _, tt := range []struct {
		in   string
		want int
	}{{"1", 1}, {"1000000000000000000", maxListNumber}, {"99999999999999999999999", maxListNumber}, {"-5", 0}, {"x", 1}} {
		t.Run("start "+tt.in, func(t *testing.T) {
			if got := listNumber(tt.in); got != tt.want {
				t.Errorf("listNumber(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
	if got := formatNumber(maxLetterNumber+1, "lowerLetter"); got != "781" {
		t.Errorf("formatNumber(781, lowerLetter) = %q, want digits", got)
	}
}

// TestSeedsConverted writes each seed as a Word file (a flattened task list as a Word table), and
// checks that the text comes back line for line and parses to the same tasks as the text original.
func TestSeedsConverted(t *testing.T) {
	ingesttest.CheckSeedsConverted(t, ingesttest.Conversion{Ext: ".docx", Convert: ingesttest.SeedDOCX, Read: Text, Spaces: true})
}

// TestRealFiles reads Word files LibreOffice wrote (testdata/README.md), two of them with their
// task list in a real Word table, and checks that they parse to the plans their texts do.
func TestRealFiles(t *testing.T) {
	ingesttest.CheckRealFiles(t, ".docx", []ingesttest.RealFile{
		{Name: "quzhou.docx", Source: "quzhou"},
		{Name: "heze.docx", Source: "heze"},
		{Name: "huzhou.docx", Source: "huzhou"},
		{Name: "jiaxing.docx", Source: "jiaxing"},
		{Name: "wenzhou.docx", Source: "wenzhou"},
		{Name: "cangnan-table.docx", Source: "r-zj-cangnan-2022-livelihood-progress"},
		{Name: "shaoxing-table.docx", Source: "e-zj-shaoxing-2020-q1-progress"},
	}, Text)
}

// FuzzText fuzzes the parts of a Word file rather than its zip: mutated zip bytes mostly fail the
// checksum, while mutated XML reaches the reader, the list numbering and the tables. Each answer
// must be valid UTF-8 text or a refusal that says what to do. Run it for a minute:
//
//	go test ./ingest/docx -run '^$' -fuzz FuzzText -fuzztime 60s
//
// Inputs the fuzzer found are kept under testdata/fuzz/FuzzText/ and run in every test.
func FuzzText(f *testing.F) {
	add := func(b []byte) {
		parts, err := ingesttest.Unzip(b)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(parts["word/document.xml"], parts["word/numbering.xml"])
	}
	add(ingesttest.SeedDOCX(ingesttest.SmallPlan(f)))
	add(ingesttest.DOCX([]block{{Text: "一、任务", Num: &[2]int{1, 0}}, {Text: "（一）子项", Num: &[2]int{1, 1}},
		{Table: [][]cell{{{Paras: []string{"序号"}}, {Paras: []string{"单位"}, VMerge: "restart"}}, {{Paras: []string{"1"}}, {VMerge: "continue"}}}}}, planNumbering))
	add(hostile(f, "numbering-start.docx"))
	f.Add(`<w:document xmlns:w="w"><w:body>`+strings.Repeat("<w:sdt><w:sdtContent>", 130)+`<w:p><w:r><w:t>x<!---->y</w:t></w:r></w:p>`+
		strings.Repeat("</w:sdtContent></w:sdt>", 130)+`</w:body></w:document>`, "")
	f.Fuzz(func(t *testing.T, document, numbering string) {
		files := map[string]string{"word/document.xml": document}
		if numbering != "" {
			files["word/numbering.xml"] = numbering
		}
		data := ingesttest.ZipStored(files)
		ingesttest.CheckAnswer(t, func() (string, error) { return Text(data) })
	})
}

// BenchmarkText200Rows reads a plan whose task list is a 200-row Word table (docs/BENCHMARKS.md):
//
//	go test ./ingest/docx -run '^$' -bench . -benchmem -benchtime 10x -count 3
func BenchmarkText200Rows(b *testing.B) {
	data := ingesttest.BenchDOCX(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Text(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParagraphCap times the refusals TestParagraphCap only guards against hanging
// (docs/BENCHMARKS.md, "Hostile files").
func BenchmarkParagraphCap(b *testing.B) {
	for _, tt := range paragraphCaps() {
		if tt.reason == "" {
			continue
		}
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.data)))
			for b.Loop() {
				if _, err := Text(tt.data); err == nil {
					b.Fatal("read, want a refusal")
				}
			}
		})
	}
}
