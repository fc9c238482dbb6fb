package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/guard"
	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
)

type (
	item   = ingesttest.PDFItem
	layout = ingesttest.PDFLayout
	pblock = ingesttest.PDFBlock
	pcell  = ingesttest.PDFCell
)

func TestText(t *testing.T) {
	para1 := "为贯彻落实全省服务业高质量发展工作部署，加快建设现代服务业强市，推动服务业增加值突破1600亿元，制定本实施方案。"
	para2 := "1.省级现代服务业创新发展区。围绕构建现代服务业产业体系，加快推进创新发展区建设，力争2025年实现市域全覆盖。(责任单位:市发改委)"
	para3 := "The plan covers implementation of modern services and internationalisation of trade."
	paras := []string{"一、重点任务", para1, para2, para3}
	// Enough copies of the paragraphs to fill three pages, so the running head repeats.
	var all, want []string
	for i := 0; i < 12; i++ {
		all = append(all, paras...)
		want = append(want, paras...)
	}
	pages := layout{Head: "某市人民政府办公室文件", PageNumber: true}.Pages(all)
	if len(pages) < 3 {
		t.Fatalf("layout made %d pages, want at least 3", len(pages))
	}
	// A watermark across the first page, and a table row whose cells sit apart on one line.
	pages[0].Items = append(pages[0].Items, item{X: 150, Y: 300, Size: 40, Text: "内部资料", Rotate: true})
	last := &pages[len(pages)-1]
	last.Items = append(last.Items,
		item{X: ingesttest.PDFLeft, Y: 200, Size: 12, Text: "1"},
		item{X: ingesttest.PDFLeft + 40, Y: 200, Size: 12, Text: "建设平台"},
		item{X: ingesttest.PDFLeft + 300, Y: 200, Size: 12, Text: "区发改局"},
	)
	want = append(want, "1", "建设平台", "区发改局")
	got, err := Text(ingesttest.PDF(pages, ingesttest.PDFOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	// English wrapped by the layout at any letter is joined without a space in a CJK document;
	// the check is on the text with spaces removed, plus the line structure.
	strip := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = strings.ReplaceAll(s, " ", "")
		}
		return out
	}
	ingesttest.SameLines(t, strings.Join(strip(ingesttest.Lines(got)), "\n"), strip(want))
	for _, junk := range []string{"某市人民政府办公室文件", "—", "内部资料"} {
		if strings.Contains(got, junk) {
			t.Errorf("output keeps %q", junk)
		}
	}
}

func TestTable(t *testing.T) {
	long := "围绕构建现代服务业产业体系，加快推进创新发展区建设，引导资金、土地、项目、人才等要素资源进一步集聚。"
	cell := func(p ...string) pcell { return pcell{Paras: p} }
	blocks := []pblock{
		{Para: "附件1"},
		{Para: "2023年服务业重点工作任务清单"},
		{Widths: []float64{40, 120, 171, 120}, Rows: [][]pcell{
			{cell("序号"), cell("重点任务"), cell("主要目标及时间节点"), cell("责任单位")},
			{{Paras: []string{"一、强化统筹推进，大力实施“十百千”工程"}, Span: 4}},
			{cell("1"), cell(long), cell("1.印发实施方案。", "2.2023年6月底前组建专班。"), cell("区发改局，区服务业高质量发展工作专班成员单位")},
			{cell("2"), cell("高标准建设服务业重大平台"), cell(), cell("区商务局")},
		}},
		{Para: "附件2"},
	}
	got, err := Text(ingesttest.PDF(layout{}.Layout(blocks), ingesttest.PDFOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	ingesttest.SameLines(t, got, []string{
		"附件1",
		"2023年服务业重点工作任务清单",
		"序号", "重点任务", "主要目标及时间节点", "责任单位",
		"一、强化统筹推进，大力实施“十百千”工程",
		"1", long, "1.印发实施方案。", "2.2023年6月底前组建专班。", "区发改局，区服务业高质量发展工作专班成员单位",
		"2", "高标准建设服务业重大平台", "区商务局",
		"附件2",
	})
}

// TestTableAcrossPages: a long task table runs over several pages, its header row
// repeated at the top of each; the header comes out once and every row in order.
func TestTableAcrossPages(t *testing.T) {
	rows := [][]pcell{{{Paras: []string{"序号"}}, {Paras: []string{"重点任务"}}, {Paras: []string{"责任单位"}}}}
	want := []string{"任务清单", "序号", "重点任务", "责任单位"}
	for i := 1; i <= 60; i++ {
		task := fmt.Sprintf("推进第%d项重点工作，2025年%d月底前完成。", i, i%12+1)
		if i%7 == 0 { // a long cell, so that some rows meet a page break
			task += strings.Repeat("加快推进创新发展区建设，引导要素资源集聚。", 8)
		}
		rows = append(rows, []pcell{{Paras: []string{fmt.Sprint(i)}}, {Paras: []string{task}}, {Paras: []string{"市发改委"}}})
		want = append(want, fmt.Sprint(i), task, "市发改委")
	}
	for _, split := range []bool{false, true} {
		t.Run(fmt.Sprintf("rows may split %v", split), func(t *testing.T) {
			splits := 0
			pages := layout{PageNumber: true, Splits: &splits}.Layout([]pblock{{Para: "任务清单"}, {Rows: rows, Widths: []float64{40, 300, 111}, Repeat: true, Split: split}})
			if len(pages) < 3 || split && splits == 0 {
				t.Fatalf("the table fills %d pages with %d rows broken across them; want 3 or more, and a broken row when allowed", len(pages), splits)
			}
			got, err := Text(ingesttest.PDF(pages, ingesttest.PDFOptions{}))
			if err != nil {
				t.Fatal(err)
			}
			ingesttest.SameLines(t, got, want)
		})
	}
}

func TestJoinLinesHeadingAfterFullLine(t *testing.T) {
	mk := func(x0, x1, y float64, s string) pdfLine {
		return pdfLine{y: y, x0: x0, x1: x1, size: 12, segs: []pdfSeg{{x0: x0, x1: x1, text: s}}}
	}
	got := joinLines([]pdfLine{
		mk(96, 523, 700, "为贯彻落实全省部署，加快建设现代服务业强市，推动服务业增加值突破"),
		mk(72, 523, 680, "1600亿元，制定本实施方案。这一行恰好写满到右边距为止的内容。"),
		mk(72, 200, 660, "一、重点任务"),
		mk(72, 523, 640, "（一）打造平台。围绕构建现代服务业产业体系，加快推进创新发展区建"),
		mk(72, 300, 620, "设。（责任单位：市发改委）"),
	})
	want := "为贯彻落实全省部署，加快建设现代服务业强市，推动服务业增加值突破1600亿元，制定本实施方案。这一行恰好写满到右边距为止的内容。\n" +
		"一、重点任务\n（一）打造平台。围绕构建现代服务业产业体系，加快推进创新发展区建设。（责任单位：市发改委）"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestJoinLinesHyphen(t *testing.T) {
	mk := func(x0, x1, y float64, s string) pdfLine {
		return pdfLine{y: y, x0: x0, x1: x1, size: 10, segs: []pdfSeg{{x0: x0, x1: x1, text: s}}}
	}
	got := joinLines([]pdfLine{
		mk(72, 523, 700, "The implementation of the plan is reviewed every quarter by the imple-"),
		mk(52, 400, 688, "menting units and the office."),
		mk(72, 523, 676, "A second paragraph starts indented and wraps at the right margin of"),
		mk(52, 300, 664, "the page."),
	})
	want := "The implementation of the plan is reviewed every quarter by the implementing units and the office.\n" +
		"A second paragraph starts indented and wraps at the right margin of the page."
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestMakeLine(t *testing.T) {
	const size = 10.0
	// run lays out glyphs of one width each, with extra space before the ones marked by gaps.
	run := func(text string, w float64, gaps map[int]float64) []glyph {
		var out []glyph
		x := 72.0
		for i, r := range []rune(text) {
			x += gaps[i]
			out = append(out, glyph{x: x, y: 700, w: w, size: size, text: string(r)})
			x += w
		}
		return out
	}
	tests := []struct {
		name string
		gl   []glyph
		want string
	}{
		{"double letters stay", run("generally", 2.8, nil), "generally"},
		{"word gaps without space glyphs", run("isfor", 4, map[int]float64{2: 0.22 * size}), "is for"},
		{"kerning is no gap", run("Syntax", 5, map[int]float64{3: 0.03 * size}), "Syntax"},
		{"CJK letter-spacing is no gap", run("重点任务", size, map[int]float64{1: 0.3 * size, 2: 0.3 * size}), "重点任务"},
		{"fake bold drawn twice", append(run("粗", size, nil), glyph{x: 72.4, y: 700.2, w: size, size: size, text: "粗"}), "粗"},
		{"wide gap splits cells", run("序号责任单位", size, map[int]float64{2: 5 * size}), "序号 | 责任单位"},
		// Word and LibreOffice set a fifth to a quarter of an em between CJK and Latin or digits.
		{"CJK-digit spacing is no space", run("〔2023〕21号", size, map[int]float64{1: 0.2 * size, 5: 0.2 * size, 8: 0.25 * size}), "〔2023〕21号"},
		{"a space between CJK and Latin stays", run("林ab", size, map[int]float64{1: 0.5 * size}), "林 ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := makeLine(tt.gl)
			var segs []string
			for _, s := range l.segs {
				segs = append(segs, s.text)
			}
			if got := strings.Join(segs, " | "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestQuirks(t *testing.T) {
	pages := layout{}.Pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	tests := []struct {
		name string
		data []byte
	}{
		{"PDF 2.0 header", ingesttest.PDF(pages, ingesttest.PDFOptions{Version: "2.0"})},
		{"padding after %%EOF", append(ingesttest.PDF(pages, ingesttest.PDFOptions{}), make([]byte, 300)...)},
		{"junk after %%EOF", append(ingesttest.PDF(pages, ingesttest.PDFOptions{}), []byte("<html>error page</html>\n")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			ingesttest.SameLines(t, got, []string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
		})
	}
}

// TestJoinLinesWrappedByAWordProcessor: text set ragged-right by a word processor, with closing
// marks hanging past the margin, as LibreOffice and Word (允许标点溢出边界) set Chinese. A line
// continues when the next one's first unit would not have fitted on it, however short of the
// margin it ends; it ends a paragraph when that unit would have fitted.
func TestJoinLinesWrappedByAWordProcessor(t *testing.T) {
	const size = 16.0
	mk := func(x0, x1, y, lead float64, s string) pdfLine {
		return pdfLine{y: y, x0: x0, x1: x1, size: size, lead: lead, segs: []pdfSeg{{x0: x0, x1: x1, text: s}}}
	}
	lines := []pdfLine{
		mk(89, 560, 700, size, "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实"),
		mk(57, 576, 680, size, "党的二十大精神，完整、准确、全面贯彻新发展理念，积极服务和融入，"), // hangs
		mk(57, 550, 660, size, "新发展格局，紧紧围绕目标，放大发展优势，加快补齐短板，增强支撑"),  // a CJK unit would not fit
		mk(57, 549, 640, 2*size, "作用，到2025年，全市服务业增加值年均增长6%以上，规模以上服务业企"),
		mk(57, 200, 620, size, "业数量超过650家。"),
		mk(57, 520, 600, size, "（一）现代物流。加快推进高速公路，完善联运枢纽网络，以城区为中心"), // 40 pt short: one CJK unit fits
		mk(57, 560, 580, size, "建设冷链物流设施和网络，引导大型农产品批发市场、农产品加工企业等"),
		mk(57, 545, 560, 1.4*size, "建设或改造冷冻冷藏仓储设施，推进晟丰冷链、菏泽智慧冷城等项目（"),
		mk(57, 300, 540, size, "牵头单位：市商务局）"),
	}
	got := joinLines(lines)
	want := "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，完整、准确、全面贯彻新发展理念，积极服务和融入，新发展格局，紧紧围绕目标，放大发展优势，加快补齐短板，增强支撑作用，到2025年，全市服务业增加值年均增长6%以上，规模以上服务业企业数量超过650家。\n" +
		"（一）现代物流。加快推进高速公路，完善联运枢纽网络，以城区为中心\n" +
		"建设冷链物流设施和网络，引导大型农产品批发市场、农产品加工企业等建设或改造冷冻冷藏仓储设施，推进晟丰冷链、菏泽智慧冷城等项目（牵头单位：市商务局）"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestLeadWidth: the first unit of a line is what a word processor would have had to fit at the
// end of the line before.
func TestLeadWidth(t *testing.T) {
	const size = 16.0
	set := func(text string) []glyph {
		var out []glyph
		x := 57.0
		for _, r := range text {
			w := size
			if r < 0x80 {
				w = size / 2
			}
			out = append(out, glyph{x: x, y: 700, w: w, size: size, text: string(r)})
			x += w
		}
		return out
	}
	tests := []struct {
		name string
		text string
		want float64
	}{
		{"a CJK character", "建设平台", size},
		{"a word", "2025年", 2 * size},
		{"a closing mark goes with the character before it", "业，加快", 2 * size},
		{"an opening mark goes with the character after it", "（牵头单位", 2 * size},
		{"an ASCII bracket too", "(牵头单位", 1.5 * size},
		{"an opening quote", "“品字标”", 2 * size},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := leadWidth(set(tt.text), size); got != tt.want {
				t.Errorf("leadWidth(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestRefusals: a PDF dutybot cannot read is refused with what to do instead; the name is added
// by ingest.
func TestRefusals(t *testing.T) {
	text := layout{}.Pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	good := ingesttest.PDF(text, ingesttest.PDFOptions{})
	tests := []struct {
		name   string
		data   []byte
		reason string // in the message
		remedy string // in the message
	}{
		{"scanned", ingesttest.PDF([]ingesttest.PDFPage{{Image: true}, {Image: true}}, ingesttest.PDFOptions{}), "scan", "OCR"},
		{"scan with page numbers", ingesttest.PDF([]ingesttest.PDFPage{
			{Image: true, Items: []item{{X: 280, Y: 40, Size: 10, Text: "— 1 —"}}},
			{Image: true, Items: []item{{X: 280, Y: 40, Size: 10, Text: "— 2 —"}}},
		}, ingesttest.PDFOptions{}), "scan", "OCR"},
		{"without unicode map", ingesttest.PDF(text, ingesttest.PDFOptions{NoToUnicode: true}), "no Unicode map", ".docx"},
		{"encrypted", ingesttest.PDF(text, ingesttest.PDFOptions{Encrypt: true}), "password", "unprotected"},
		{"truncated", good[:len(good)/2], "damaged", ".docx"},
		{"garbage", append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0x80, 0x01}, 200)...), "damaged", ".docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Text(tt.data)
			var r *guard.Refusal
			if !errors.As(err, &r) {
				t.Fatalf("err = %v, want a *guard.Refusal", err)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.reason) || !strings.Contains(msg, tt.remedy) || r.Name != "" {
				t.Errorf("message %q: want %q and %q, unnamed", msg, tt.reason, tt.remedy)
			}
		})
	}
}

// TestHostile runs the audit's hostile PDFs (testdata/hostile, and the bombs built at test time)
// through Text: the pre-scan and the caps alone refuse each, quickly, saying why.
func TestHostile(t *testing.T) { ingesttest.CheckHostile(t, "pdf", Text) }

// TestSeedsConverted sets each seed on pages with a running head and page numbers (a flattened
// task list as a ruled table), and checks that the text comes back (a heading after a full line
// may start a paragraph the text did not have) and parses to the same tasks as the text original.
func TestSeedsConverted(t *testing.T) {
	ingesttest.CheckSeedsConverted(t, ingesttest.Conversion{Ext: ".pdf", Convert: ingesttest.SeedPDF, Read: Text, Splits: true})
}

// TestRealFiles reads PDFs LibreOffice wrote (testdata/README.md), two of them with the task list
// in a ruled table, and checks that they parse to the plans their texts do.
func TestRealFiles(t *testing.T) {
	ingesttest.CheckRealFiles(t, ".pdf", []ingesttest.RealFile{
		{Name: "quzhou.pdf", Source: "quzhou"},
		{Name: "cangnan-table.pdf", Source: "r-zj-cangnan-2022-livelihood-progress"},
		{Name: "shaoxing-table.pdf", Source: "e-zj-shaoxing-2020-q1-progress"},
	}, Text)
}

// FuzzText checks what every PDF must give: no panic, a refusal that says what to do, or valid
// UTF-8 text. Its corpus starts with small generated files, a real one's head and the hostile
// ones. Run it for a minute:
//
//	go test ./ingest/pdf -run '^$' -fuzz FuzzText -fuzztime 60s
//
// Inputs the fuzzer found are kept under testdata/fuzz/FuzzText/ and run in every test.
func FuzzText(f *testing.F) {
	text := ingesttest.SmallPlan(f)
	f.Add(ingesttest.PDF(layout{Head: "头", PageNumber: true}.Pages(strings.Split(text, "\n")), ingesttest.PDFOptions{}))
	f.Add(ingesttest.SeedPDF(text))
	f.Add(ingesttest.PDF(layout{}.Pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"}), ingesttest.PDFOptions{Encrypt: true}))
	f.Add(ingesttest.PDF(layout{}.Pages([]string{"一、重点任务"}), ingesttest.PDFOptions{NoToUnicode: true, Version: "2.0"}))
	f.Add(ingesttest.PDF(layout{}.Layout([]pblock{{Widths: []float64{100, 100}, Rows: [][]pcell{{{Paras: []string{"序号"}}, {Paras: []string{"单位"}}}}}}), ingesttest.PDFOptions{}))
	names, _ := filepath.Glob(filepath.Join("testdata", "hostile", "*.pdf"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ingesttest.CheckAnswer(t, func() (string, error) { return Text(data) })
	})
}

// BenchmarkText100Pages reads a plan of 100 A4 pages (docs/BENCHMARKS.md):
//
//	go test ./ingest/pdf -run '^$' -bench . -benchmem -benchtime 10x -count 3
func BenchmarkText100Pages(b *testing.B) {
	data := ingesttest.BenchPDF(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Text(data); err != nil {
			b.Fatal(err)
		}
	}
}
