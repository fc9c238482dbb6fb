package ingest

// Benchmarks for docs/BENCHMARKS.md ("Ingest"):
//
//	go test ./ingest -run '^$' -bench . -benchmem -benchtime 10x
//
// The files are generated here: a plan of about 100 A4 pages as a PDF (Type0 font, ToUnicode map,
// running head and page numbers), and a plan whose task list is a 200-row table as a .docx.

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
)

var benchUnits = []string{"市发改委", "市商务局", "市经信局", "市科技局", "市财政局", "市文广旅体局", "市交通运输局", "市市场监管局"}

// benchPlanParas writes a plan of n tasks as paragraphs: headings, tasks with deadlines and units.
func benchPlanParas(n int) []string {
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
			paras = append(paras, fmt.Sprintf("（%s）第%d组重点任务。", chineseNumeral(i/10+1), i/10+1))
		}
		paras = append(paras, fmt.Sprintf("%d.推进第%d项服务业重点工作。围绕构建现代服务业产业体系，加快推进创新发展区建设，引导资金、土地、项目、人才等要素资源进一步向创新发展区集聚，打造创新引领示范、业态高端先进、品牌效应突出的高能级服务业战略平台，力争%d年%d月底前完成阶段目标，服务业增加值年均增长6.5%%以上。（责任单位：%s、%s）",
			i%10+1, i+1, 2025+i%3, i%12+1, benchUnits[i%len(benchUnits)], benchUnits[(i+3)%len(benchUnits)]))
	}
	return paras
}

func benchPDF(b testing.TB) []byte {
	b.Helper()
	pages := pdfLayout{head: "某市人民政府办公室文件", pageNumber: true}.pages(benchPlanParas(700))
	if len(pages) < 100 {
		b.Fatalf("the plan fills %d pages, want 100", len(pages))
	}
	return makePDF(pages[:100], pdfOptions{})
}

func benchDOCX(b testing.TB) []byte {
	b.Helper()
	paras := benchPlanParas(0)
	var blocks []docxBlock
	for _, p := range paras[:len(paras)-1] {
		blocks = append(blocks, docxBlock{text: p})
	}
	blocks = append(blocks, docxBlock{text: "附件：2025年服务业重点工作任务清单"})
	rows := [][]docxCell{{{paras: []string{"序号"}}, {paras: []string{"重点任务"}}, {paras: []string{"主要目标及时间节点"}}, {paras: []string{"责任单位"}}}}
	for i := 0; i < 200; i++ {
		rows = append(rows, []docxCell{
			{paras: []string{fmt.Sprint(i + 1)}},
			{paras: []string{fmt.Sprintf("推进第%d项服务业重点工作，加快创新发展区建设，引导要素资源集聚。", i+1)}},
			{paras: []string{fmt.Sprintf("2025年%d月底前完成阶段目标。", i%12+1), "全年服务业增加值增长6.5%以上。"}},
			{paras: []string{benchUnits[i%len(benchUnits)] + "、" + benchUnits[(i+3)%len(benchUnits)]}},
		})
	}
	blocks = append(blocks, docxBlock{table: rows})
	return makeDOCX(blocks, "")
}

func BenchmarkExtractPDF100Pages(b *testing.B) {
	data := benchPDF(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract("plan.pdf", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtractDOCX200Rows(b *testing.B) {
	data := benchDOCX(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Extract("plan.docx", data); err != nil {
			b.Fatal(err)
		}
	}
}

// The whole ingest: extract, parse, and store in Redis (original + parse, feed entry).
func benchIngest(b *testing.B, name string, data []byte, wantTasks int) {
	rdb, prefix := redistest.Client(b)
	s := newTestStore(b, rdb, prefix)
	ctx := context.Background()
	sum, err := s.Add(ctx, name, data, false)
	if err != nil {
		b.Fatal(err)
	}
	if len(sum.Doc.Tasks) < wantTasks {
		b.Fatalf("%s: %d tasks parsed, want at least %d", name, len(sum.Doc.Tasks), wantTasks)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Add(ctx, name, data, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIngestPDF100Pages(b *testing.B) { benchIngest(b, "plan.pdf", benchPDF(b), 400) }

func BenchmarkIngestDOCX200Rows(b *testing.B) { benchIngest(b, "plan.docx", benchDOCX(b), 200) }

// TestBenchFilesParse keeps the benchmark inputs honest: both parse into the tasks they hold.
func TestBenchFilesParse(t *testing.T) {
	for _, f := range []struct {
		name string
		data []byte
		min  int
	}{{"plan.pdf", benchPDF(t), 400}, {"plan.docx", benchDOCX(t), 200}} {
		doc, err := ParseFile(Extractor{}, f.name, f.data, plan.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		withUnit := 0
		for _, task := range doc.Tasks {
			if len(task.Lead) > 0 {
				withUnit++
			}
		}
		if len(doc.Tasks) < f.min || withUnit < f.min || !strings.Contains(doc.Number, "99号") {
			t.Errorf("%s: %d tasks, %d with a lead unit, number %q; want at least %d", f.name, len(doc.Tasks), withUnit, doc.Number, f.min)
		}
	}
}
