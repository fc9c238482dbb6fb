package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbk(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func sameLines(t *testing.T, got string, want []string) {
	t.Helper()
	g := lines(got)
	if strings.Join(g, "\n") == strings.Join(want, "\n") {
		return
	}
	for i := 0; i < max(len(g), len(want)); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(want) {
			b = want[i]
		}
		if a != b {
			t.Fatalf("line %d:\n got %q\nwant %q\n(got %d lines, want %d)\nfull output:\n%s", i+1, a, b, len(g), len(want), got)
		}
	}
}

func TestExtractText(t *testing.T) {
	plan := "一、重点任务\n1.建设平台。(责任单位:市发改委)\n"
	tests := []struct {
		name string
		file string
		data []byte
	}{
		{"utf8", "plan.txt", []byte(plan)},
		{"utf8 bom crlf", "plan.txt", append([]byte{0xEF, 0xBB, 0xBF}, strings.ReplaceAll(plan, "\n", "\r\n")...)},
		{"gbk", "plan.txt", gbk(t, plan)},
		{"markdown", "plan.md", []byte(plan)},
		{"no extension", "plan", []byte(plan)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extract(tt.file, tt.data)
			if err != nil {
				t.Fatal(err)
			}
			sameLines(t, got, lines(plan))
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
	sameLines(t, got, []string{
		"某市服务业发展实施方案", "一、重点任务", "1.建设平台。（责任单位：市发改委）", "2.培育企业。（责任单位：市经信局）",
		"序号", "重点任务", "责任单位", "1", "建设平台", "区发改局", "附件：清单",
	})
}

func TestExtractDOCXTextBox(t *testing.T) {
	box := `<w:p><w:r><w:t>正文第一段</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:txbxContent><w:p><w:r><w:t>某市人民政府办公室文件</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>某市人民政府办公室文件</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
	got, err := Extract("plan.docx", makeDOCX([]docxBlock{{raw: box}, {text: "正文第二段"}}, ""))
	if err != nil {
		t.Fatal(err)
	}
	sameLines(t, got, []string{"正文第一段", "某市人民政府办公室文件", "正文第二段"})
}

// numbering.xml for a plan's usual headings: "一、" at level 0, "（一）" at level 1, "1." at level 2.
const planNumbering = `<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`

func TestExtractDOCX(t *testing.T) {
	num := func(id, lvl int) *[2]int { return &[2]int{id, lvl} }
	cell := func(p ...string) docxCell { return docxCell{paras: p} }
	blocks := []docxBlock{
		{text: "某市服务业发展实施方案"},
		{text: "总体要求", num: num(1, 0)},
		{text: "指导思想。坚持新发展理念。", num: num(1, 1)},
		{text: "重点任务", num: num(1, 0)},
		{text: "打造平台", num: num(1, 1)},
		{text: "建设创新发展区。(责任单位:市发改委)", num: num(1, 2)},
		{text: "建设综合保税区。(责任单位:市商务局)", num: num(1, 2)},
		{text: "引育企业", num: num(1, 1)},
		{text: "招引主体。(责任单位:市招商中心)", num: num(1, 2)},
		{text: "要点", num: num(2, 0)},
		{table: [][]docxCell{
			{cell("序号"), cell("重点任务"), cell("主要目标及时间节点"), cell("责任单位")},
			{{paras: []string{"一、强化统筹推进"}, span: 4}},
			{cell("1"), {paras: []string{"高规格推进工程"}, vMerge: "restart"}, cell("1.印发实施方案。", "2.2023年6月底前组建专班。"), cell("区发改局")},
			{cell("2"), {vMerge: "continue"}, cell("2023年12月底前完成验收。"), cell("区商务局、区财政局")},
		}},
		// A deleted revision is not text; a soft line break is a line end.
		{raw: `<w:p><w:r><w:t>附件:</w:t></w:r><w:del><w:r><w:delText>旧清单</w:delText></w:r></w:del><w:r><w:br/><w:t>任务清单</w:t></w:r></w:p>`},
	}
	data := makeDOCX(blocks, planNumbering)
	got, err := Extract("plan.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	sameLines(t, got, []string{
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
		"2", "2023年12月底前完成验收。", "区商务局、区财政局",
		"附件:",
		"任务清单",
	})
	if strings.Contains(got, "— 1 —") {
		t.Error("the page footer part was read as text")
	}
}

func TestExtractHTML(t *testing.T) {
	page := `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>关于印发方案的通知</title>
<script>document.write("<p>脚本</p>")</script><style>p{margin:0}</style></head>
<body>
<div id="top"><a href="/">网站首页</a> | <a href="/en">English</a></div>
<nav><ul><li><a href="/a">政务公开</a></li><li><a href="/b">办事服务</a></li></ul></nav>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj">政策文件</a></div>
<div class="main-content"><div id="zoom">
<h1>某市服务业发展实施方案</h1>
<p>　　一、重点任务</p>
<p>　　1.建设创新发展区。<br>(责任单位:市发改委)</p>
<p>　　2.建设 综合保税区。&nbsp;(责任单位:市商务局)</p>
<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>
<tr><td>1</td><td><p>建设平台</p><p>2023年底前完成</p></td><td>区发改局</td></tr></table>
<p style="display:none">隐藏文字</p>
</div></div>
<div class="share">分享：<a href="#">微信</a><a href="#">微博</a></div>
<ul class="list"><li><a href="/1">相关文件一</a></li><li><a href="/2">相关文件二</a></li></ul>
<footer>版权所有 某市人民政府 <a href="/map">网站地图</a></footer>
</body></html>`
	got, err := Extract("notice.html", gbk(t, page))
	if err != nil {
		t.Fatal(err)
	}
	sameLines(t, got, []string{
		"某市服务业发展实施方案",
		"一、重点任务",
		"1.建设创新发展区。",
		"(责任单位:市发改委)",
		"2.建设 综合保税区。 (责任单位:市商务局)",
		"序号", "重点任务", "责任单位",
		"1", "建设平台", "2023年底前完成", "区发改局",
	})
}

func TestExtractHTMLCharsets(t *testing.T) {
	body := "<p>一、重点任务</p><p>1.建设平台。（责任单位：市发改委）</p>"
	ascii := "<html><head><title>x</title>" + strings.Repeat("<!-- padding so the first KB is ASCII -->", 40) + "</head><body>"
	want := []string{"一、重点任务", "1.建设平台。（责任单位：市发改委）"}
	tests := []struct {
		name string
		data []byte
	}{
		{"utf-8 declared", []byte(`<html><head><meta charset="utf-8"></head><body>` + body)},
		{"gb2312 declared, GBK bytes", gbk(t, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>`+body)},
		{"undeclared GBK", gbk(t, ascii+body)},
		{"undeclared UTF-8", []byte(ascii + body)},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, ascii+body...)},
	}
	for _, tt := range tests {
		got, err := Extract("page.html", tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		g := lines(got)
		if len(g) < 2 || strings.Join(g[len(g)-2:], "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: got %q", tt.name, g)
		}
	}
}

func TestExtractHTMLMetadata(t *testing.T) {
	sidebar := strings.Repeat("本站近期发布的政策解读摘要，供参考阅读。", 6)
	page := `<html><head><meta charset="utf-8"></head><body>
<div class="wrap">
<div class="detail-wrap">
<table class="xxgk"><tr><td>索引号：</td><td>11330800/2023-138402</td><td>文号：</td><td>衢政办发〔2023〕21号</td></tr></table>
<h1 class="title">衢州市服务业高质量发展实施方案</h1>
<div class="TRS_Editor">
<p>一、重点任务</p><p>1.建设省级现代服务业创新发展区，引导资金、土地、项目、人才等要素资源进一步向创新发展区集聚。（责任单位：市发改委）</p>
<p>2.建设综合保税区，明晰功能定位、突出优势业态、实现错位发展，力争2023年获批建设。（责任单位：市商务局）</p>
<p>3.推进多式联运枢纽港建设，形成多式联运物流体系，打造区域物流集散中心。（责任单位：市交通运输局）</p>
</div></div>
<div class="right-col"><p>` + sidebar + `</p></div>
</div></body></html>`
	got, err := Extract("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"衢政办发〔2023〕21号", "衢州市服务业高质量发展实施方案", "3.推进多式联运枢纽港建设"} {
		if !strings.Contains(got, want) {
			t.Errorf("lost %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "政策解读摘要") {
		t.Errorf("kept the sidebar:\n%s", got)
	}
}

func TestExtractPDF(t *testing.T) {
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
	pages := pdfLayout{head: "某市人民政府办公室文件", pageNumber: true}.pages(all)
	if len(pages) < 3 {
		t.Fatalf("layout made %d pages, want at least 3", len(pages))
	}
	// A watermark across the first page, and a table row whose cells sit apart on one line.
	pages[0].items = append(pages[0].items, pdfItem{x: 150, y: 300, size: 40, text: "内部资料", rotate: true})
	last := &pages[len(pages)-1]
	last.items = append(last.items,
		pdfItem{x: pdfLeft, y: 200, size: 12, text: "1"},
		pdfItem{x: pdfLeft + 40, y: 200, size: 12, text: "建设平台"},
		pdfItem{x: pdfLeft + 300, y: 200, size: 12, text: "区发改局"},
	)
	want = append(want, "1", "建设平台", "区发改局")
	got, err := Extract("plan.pdf", makePDF(pages, pdfOptions{}))
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
	sameLines(t, strings.Join(strip(lines(got)), "\n"), strip(want))
	for _, junk := range []string{"某市人民政府办公室文件", "—", "内部资料"} {
		if strings.Contains(got, junk) {
			t.Errorf("output keeps %q", junk)
		}
	}
}

func TestExtractPDFTable(t *testing.T) {
	long := "围绕构建现代服务业产业体系，加快推进创新发展区建设，引导资金、土地、项目、人才等要素资源进一步集聚。"
	cell := func(p ...string) pdfCell { return pdfCell{paras: p} }
	blocks := []pdfBlock{
		{para: "附件1"},
		{para: "2023年服务业重点工作任务清单"},
		{widths: []float64{40, 120, 171, 120}, rows: [][]pdfCell{
			{cell("序号"), cell("重点任务"), cell("主要目标及时间节点"), cell("责任单位")},
			{{paras: []string{"一、强化统筹推进，大力实施“十百千”工程"}, span: 4}},
			{cell("1"), cell(long), cell("1.印发实施方案。", "2.2023年6月底前组建专班。"), cell("区发改局，区服务业高质量发展工作专班成员单位")},
			{cell("2"), cell("高标准建设服务业重大平台"), cell(), cell("区商务局")},
		}},
		{para: "附件2"},
	}
	got, err := Extract("list.pdf", makePDF(pdfLayout{}.layout(blocks), pdfOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	sameLines(t, got, []string{
		"附件1",
		"2023年服务业重点工作任务清单",
		"序号", "重点任务", "主要目标及时间节点", "责任单位",
		"一、强化统筹推进，大力实施“十百千”工程",
		"1", long, "1.印发实施方案。", "2.2023年6月底前组建专班。", "区发改局，区服务业高质量发展工作专班成员单位",
		"2", "高标准建设服务业重大平台", "区商务局",
		"附件2",
	})
}

// TestExtractPDFTableAcrossPages: a long task table runs over several pages, its header row
// repeated at the top of each; the header comes out once and every row in order.
func TestExtractPDFTableAcrossPages(t *testing.T) {
	rows := [][]pdfCell{{{paras: []string{"序号"}}, {paras: []string{"重点任务"}}, {paras: []string{"责任单位"}}}}
	want := []string{"任务清单", "序号", "重点任务", "责任单位"}
	for i := 1; i <= 60; i++ {
		task := fmt.Sprintf("推进第%d项重点工作，2025年%d月底前完成。", i, i%12+1)
		if i%7 == 0 { // a long cell, so that some rows meet a page break
			task += strings.Repeat("加快推进创新发展区建设，引导要素资源集聚。", 8)
		}
		rows = append(rows, []pdfCell{{paras: []string{fmt.Sprint(i)}}, {paras: []string{task}}, {paras: []string{"市发改委"}}})
		want = append(want, fmt.Sprint(i), task, "市发改委")
	}
	for _, split := range []bool{false, true} {
		splits := 0
		pages := pdfLayout{pageNumber: true, splits: &splits}.layout([]pdfBlock{{para: "任务清单"}, {rows: rows, widths: []float64{40, 300, 111}, repeat: true, split: split}})
		if len(pages) < 3 || split && splits == 0 {
			t.Fatalf("the table fills %d pages with %d rows broken across them; want 3 or more, and a broken row when allowed", len(pages), splits)
		}
		got, err := Extract("list.pdf", makePDF(pages, pdfOptions{}))
		if err != nil {
			t.Fatal(err)
		}
		sameLines(t, got, want)
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

func TestRefusals(t *testing.T) {
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	oleEncrypted := makeOLE("EncryptionInfo", "EncryptedPackage")
	oleDoc := makeOLE("WordDocument", "1Table")
	text := pdfLayout{}.pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	good := makePDF(text, pdfOptions{})
	tests := []struct {
		name   string
		file   string
		data   []byte
		max    int64
		reason string // in the message
		remedy string // in the message
	}{
		{"scanned pdf", "scan.pdf", makePDF([]pdfPageSpec{{image: true}, {image: true}}, pdfOptions{}), 0, "scan", "OCR"},
		{"scan with page numbers", "scan.pdf", makePDF([]pdfPageSpec{
			{image: true, items: []pdfItem{{x: 280, y: 40, size: 10, text: "— 1 —"}}},
			{image: true, items: []pdfItem{{x: 280, y: 40, size: 10, text: "— 2 —"}}},
		}, pdfOptions{}), 0, "scan", "OCR"},
		{"pdf without unicode map", "plan.pdf", makePDF(text, pdfOptions{noToUnicode: true}), 0, "no Unicode map", ".docx"},
		{"encrypted pdf", "plan.pdf", makePDF(text, pdfOptions{encrypt: true}), 0, "password", "unprotected"},
		{"truncated pdf", "plan.pdf", good[:len(good)/2], 0, "damaged", ".docx"},
		{"pdf garbage", "plan.pdf", append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte{0x80, 0x01}, 200)...), 0, "damaged", ".docx"},
		{"doc", "plan.doc", ole, 0, ".doc", "save it as .docx"},
		{"wps", "plan.wps", ole, 0, "WPS", ".docx"},
		{"office file without a directory, named docx", "plan.docx", ole, 0, "password", "remove the password"},
		{"encrypted office by content", "plan.bin", oleEncrypted, 0, "password", "remove the password"},
		{"encrypted docx", "plan.docx", oleEncrypted, 0, "password", "remove the password"},
		{"doc named docx", "plan.docx", oleDoc, 0, "old Word (.doc) file, whatever its name says", "save it as .docx"},
		{"doc by content", "plan.bin", oleDoc, 0, ".doc", "save it as .docx"},
		{"ofd", "plan.ofd", zipOf(map[string]string{"OFD.xml": "<ofd:OFD/>"}), 0, "OFD", "PDF"},
		{"corrupt docx", "plan.docx", append([]byte("PK\x03\x04"), bytes.Repeat([]byte("x"), 300)...), 0, "damaged", "save it again"},
		{"docx without body xml", "plan.docx", zipOf(map[string]string{"word/document.xml": "<w:document><w:body><w:p>"}), 0, "damaged", "save it again"},
		{"xlsx", "plan.xlsx", zipOf(map[string]string{"xl/workbook.xml": "<workbook/>"}), 0, "not a Word document", ".docx"},
		{"too large", "plan.txt", bytes.Repeat([]byte("任务"), 1000), 1000, "over the", "DUTYBOT_MAX_FILE_SIZE"},
		{"empty", "plan.txt", []byte("  \n"), 0, "empty", "again"},
		{"binary", "plan.dat", append([]byte{0, 1, 2, 3}, make([]byte, 100)...), 0, "not text", ".docx"},
	}
	for _, tt := range tests {
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
	tests := []struct {
		file string
		data string
		want Format
	}{
		{"a.txt", "一、任务", FormatText},
		{"a.txt", "<!DOCTYPE html><html>", FormatHTML},
		{"a.htm", "<p>x</p>", FormatHTML},
		{"通知.doc", "<html xmlns:w=\"urn:schemas-microsoft-com:office:word\"><body>", FormatHTML},
		{"download", "%PDF-1.4\n", FormatPDF},
		{"a.docx", string(makeDOCX([]docxBlock{{text: "x"}}, "")), FormatDOCX},
		{"download.bin", string(makeDOCX([]docxBlock{{text: "x"}}, "")), FormatDOCX},
	}
	for _, tt := range tests {
		if got := Sniff(tt.file, []byte(tt.data)); got != tt.want {
			t.Errorf("Sniff(%s) = %s, want %s", tt.file, got, tt.want)
		}
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
		var b ByteSize
		err := b.UnmarshalText([]byte(tt.in))
		if (err != nil) != tt.bad || (!tt.bad && b != tt.want) {
			t.Errorf("%q: got %d, %v; want %d (error %v)", tt.in, b, err, tt.want, tt.bad)
		}
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
	}
	for _, tt := range tests {
		l := makeLine(tt.gl)
		var segs []string
		for _, s := range l.segs {
			segs = append(segs, s.text)
		}
		if got := strings.Join(segs, " | "); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestExtractPDFQuirks(t *testing.T) {
	pages := pdfLayout{}.pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	tests := []struct {
		name string
		data []byte
	}{
		{"PDF 2.0 header", makePDF(pages, pdfOptions{version: "2.0"})},
		{"padding after %%EOF", append(makePDF(pages, pdfOptions{}), make([]byte, 300)...)},
		{"junk after %%EOF", append(makePDF(pages, pdfOptions{}), []byte("<html>error page</html>\n")...)},
	}
	for _, tt := range tests {
		got, err := Extract("plan.pdf", tt.data)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		sameLines(t, got, []string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	}
}

// FuzzExtract checks that no input makes Extract panic or hang; run it with
// go test ./ingest -run '^$' -fuzz FuzzExtract -fuzztime 60s. The seeds run in every test.
func FuzzExtract(f *testing.F) {
	pages := pdfLayout{head: "头", pageNumber: true}.pages([]string{"一、重点任务", "1.建设平台。(责任单位:市发改委)"})
	f.Add("a.pdf", makePDF(pages, pdfOptions{}))
	f.Add("a.pdf", makePDF(pdfLayout{}.layout([]pdfBlock{{widths: []float64{100, 100}, rows: [][]pdfCell{{{paras: []string{"序号"}}, {paras: []string{"单位"}}}}}}), pdfOptions{}))
	f.Add("a.docx", makeDOCX([]docxBlock{{text: "一、任务", num: &[2]int{1, 0}}, {table: [][]docxCell{{{paras: []string{"x"}}}}}}, planNumbering))
	f.Add("a.html", []byte(`<html><body><nav>n</nav><div id="zoom"><p>一、任务</p><table><tr><td>1</td></tr></table></div></body></html>`))
	f.Add("a.md", []byte("# 一、任务\n| a | b |\n|---|---|\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		_, _ = Extract(name, data)
	})
}
