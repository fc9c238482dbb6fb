package ingesttest

// The plans the benchmarks read (docs/BENCHMARKS.md, "Ingest").

import (
	"fmt"
	"strings"
	"testing"
)

var benchUnits = []string{"市发改委", "市商务局", "市经信局", "市科技局", "市财政局", "市文广旅体局", "市交通运输局", "市市场监管局"}

// BenchPlanParas writes a plan of n tasks as paragraphs: headings, tasks with deadlines and units.
func BenchPlanParas(n int) []string {
	paras := []string{
		"某市人民政府办公室关于印发某市服务业高质量发展实施方案的通知",
		"某政办发〔2025〕99号",
		"各县（市、区）人民政府，市政府各部门、直属各单位：",
		"《某市服务业高质量发展实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。",
		"某市人民政府办公室",
		"2025年1月15日",
		"某市服务业高质量发展实施方案",
		"一、重点任务",
	}
	for i := 0; i < n; i++ {
		if i%10 == 0 {
			paras = append(paras, fmt.Sprintf("（%s）第%d组重点任务。", cnNumber(i/10+1), i/10+1))
		}
		paras = append(paras, fmt.Sprintf("%d.推进第%d项服务业重点工作。围绕构建现代服务业产业体系，加快推进创新发展区建设，引导资金、土地、项目、人才等要素资源进一步向创新发展区集聚，打造创新引领示范、业态高端先进、品牌效应突出的高能级服务业战略平台，力争%d年%d月底前完成阶段目标，服务业增加值年均增长6.5%%以上。（责任单位：%s、%s）",
			i%10+1, i+1, 2025+i%3, i%12+1, benchUnits[i%len(benchUnits)], benchUnits[(i+3)%len(benchUnits)]))
	}
	return paras
}

// BenchPDF is a plan of 100 A4 pages (Type0 font, ToUnicode map, running head and page numbers):
// 406 tasks.
func BenchPDF(b testing.TB) []byte {
	b.Helper()
	pages := PDFLayout{Head: "某市人民政府办公室文件", PageNumber: true}.Pages(BenchPlanParas(700))
	if len(pages) < 100 {
		b.Fatalf("the plan fills %d pages, want 100", len(pages))
	}
	return PDF(pages[:100], PDFOptions{})
}

// BenchDOCX is a plan whose task list is a 200-row, 4-column Word table: 200 tasks.
func BenchDOCX(b testing.TB) []byte {
	b.Helper()
	paras := BenchPlanParas(0)
	var blocks []DOCXBlock
	for _, p := range paras[:len(paras)-1] {
		blocks = append(blocks, DOCXBlock{Text: p})
	}
	blocks = append(blocks, DOCXBlock{Text: "附件：2025年服务业重点工作任务清单"})
	rows := [][]DOCXCell{{{Paras: []string{"序号"}}, {Paras: []string{"重点任务"}}, {Paras: []string{"主要目标及时间节点"}}, {Paras: []string{"责任单位"}}}}
	for i := 0; i < 200; i++ {
		rows = append(rows, []DOCXCell{
			{Paras: []string{fmt.Sprint(i + 1)}},
			{Paras: []string{fmt.Sprintf("推进第%d项服务业重点工作，加快创新发展区建设，引导要素资源集聚。", i+1)}},
			{Paras: []string{fmt.Sprintf("2025年%d月底前完成阶段目标。", i%12+1), "全年服务业增加值增长6.5%以上。"}},
			{Paras: []string{benchUnits[i%len(benchUnits)] + "、" + benchUnits[(i+3)%len(benchUnits)]}},
		})
	}
	blocks = append(blocks, DOCXBlock{Table: rows})
	return DOCX(blocks, "")
}

// cnNumber writes 1..99 in Chinese numerals, as headings number their groups.
func cnNumber(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n-10]
	}
	return digits[n/10] + "十" + digits[n%10]
}

// The long but compact files of the black-box findings 05 and 16, built at test time.

// longPlanHead is a plan's head with one task, so that a long file around it is still a plan.
var longPlanHead = []string{"测试市服务业发展实施方案（2024—2026年）", "测政办发〔2024〕5号", "二、重点任务", "（一）打造服务业平台",
	"1.建设综合保税区。力争2025年完成验收。（责任单位：市商务局、市发改委）"}

// DOCXManyParagraphs is a plan followed by n one-letter paragraphs, stored without compression
// (so no ratio check applies): 300,000 of them made 10 MB that took the reader 300 MB.
func DOCXManyParagraphs(n int) []byte {
	var body strings.Builder
	body.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range longPlanHead {
		body.WriteString(`<w:p><w:r><w:t>` + p + `</w:t></w:r></w:p>`)
	}
	body.WriteString(strings.Repeat(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`, n))
	body.WriteString(`</w:body></w:document>`)
	return ZipStored(map[string]string{"word/document.xml": body.String()})
}

// DOCXEmptyElements is a plan followed by a paragraph of one run of n line breaks (<w:br/>), each
// with attrs (written as they are, "" for none), stored without compression: each is an element of
// the tree, and 2 million took the reader 280 MB; 470,000 with 7 attributes each 350 MB.
func DOCXEmptyElements(n int, attrs string) []byte {
	var body strings.Builder
	body.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range longPlanHead {
		body.WriteString(`<w:p><w:r><w:t>` + p + `</w:t></w:r></w:p>`)
	}
	body.WriteString(`<w:p><w:r>` + strings.Repeat(`<w:br`+attrs+`/>`, n) + `</w:r></w:p></w:body></w:document>`)
	return ZipStored(map[string]string{"word/document.xml": body.String()})
}

// DOCXLongTable is a plan whose annex is a plain 4-column task table of rows rows (the header
// included): 6,000 rows make a 36 KB file.
func DOCXLongTable(rows int) []byte {
	var blocks []DOCXBlock
	for _, p := range append(longPlanHead, "附件1", "2024年重点工作任务清单") {
		blocks = append(blocks, DOCXBlock{Text: p})
	}
	cells := func(texts ...string) []DOCXCell {
		var cs []DOCXCell
		for _, t := range texts {
			cs = append(cs, DOCXCell{Paras: []string{t}})
		}
		return cs
	}
	table := [][]DOCXCell{cells("序号", "任务", "责任单位", "完成时限")}
	for i := 1; i < rows; i++ {
		table = append(table, cells(fmt.Sprint(i), fmt.Sprintf("任务%d", i), "市商务局", "2025年底"))
	}
	return DOCX(append(blocks, DOCXBlock{Table: table}), "")
}
