package ingest

import (
	"slices"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/plan"
)

// rev49Task finds the task whose title holds title.
func rev49Task(t *testing.T, d *plan.Document, title string) *plan.Task {
	t.Helper()
	for i := range d.Tasks {
		if d.Tasks[i].Title == title {
			return &d.Tasks[i]
		}
	}
	for _, x := range d.Tasks {
		t.Logf("task %s %s lead=%v partic=%v", x.Number, x.Title, x.Lead, x.Participating)
	}
	t.Fatalf("no task %q", title)
	return nil
}

func rev49Units(t *testing.T, task *plan.Task, lead, partic []string) {
	t.Helper()
	if !slices.Equal(task.Lead, lead) || !slices.Equal(task.Participating, partic) {
		t.Errorf("%s: lead %v participating %v, want lead %v participating %v", task.Title, task.Lead, task.Participating, lead, partic)
	}
}

// TestRev49MarkdownCellBreakForms: a Markdown table's cell listing units one a line is read only when
// the break is written "<br>": fromMarkdown (markdown.go) replaces that literal alone and puts each
// cell on its own line, so "区自然资源局<br/>区城管局" (the form many editors and converters write, and
// "<br />", "<BR>") reaches the parser as one line of markup. plan's own cellBreak (parse.go,
// `(?i)<br\s*/?>`) only runs on lines that still hold the row's bars, and stripMarkup leaves a text
// with fewer than three tags alone, so a plan with one or two such cells loses their units (with
// three or more, stripMarkup happens to rescue them). Two owners of one rule, already apart.
func TestRev49MarkdownCellBreakForms(t *testing.T) {
	for _, br := range []string{"<br/>", "<br />", "<BR>"} {
		t.Run(br, func(t *testing.T) {
			md := "# 某区2024年优化营商环境重点任务清单\n\n" +
				"| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n| --- | --- | --- | --- | --- |\n" +
				"| 1 | 推行企业开办一日办结 | 区市场监管局 | 区税务局、区人社局 | 2024年6月底前 |\n" +
				"| 2 | 推进审批提速 | 区住建局 | 区自然资源局" + br + "区城管局 | 2024年10月底前 |\n" +
				"| 3 | 完善信用修复 | 区发改局 | 人行区支行 | 2024年12月底前 |\n"
			d, err := ParseFile(Extractor{}, "plan.md", []byte(md), plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			rev49Units(t, rev49Task(t, d, "推进审批提速"), []string{"区住建局"}, []string{"区自然资源局", "区城管局"})
		})
	}
	// The literal "<br>" is read.
	md := "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n| 1 | 推进审批提速 | 区住建局 | 区自然资源局<br>区城管局 |\n"
	d, err := ParseFile(Extractor{}, "plan.md", []byte("# 某区2024年重点任务清单\n\n"+md), plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rev49Units(t, rev49Task(t, d, "推进审批提速"), []string{"区住建局"}, []string{"区自然资源局", "区城管局"})
}

// TestRev49MergedLeadCell: a task table whose 牵头单位 cell is merged down over two rows (Word's
// vertical merge; a page's rowspan) is read with the second row's cells shifted: the .docx reader
// writes nothing for a continuation cell (docx.go table: "the merged text was written with the first
// row") and the HTML reader ignores rowspan, so the row reaches the parser as 3 / 任务 / 区司法局 /
// 2024年12月底前 and the partner is read as the lead, the real lead lost. Which column the missing cell
// belonged to is known to the reader and lost on the way; the parser cannot tell two unit columns
// apart by content. A lead merged over a group of rows is common in the task tables of real plans.
func TestRev49MergedLeadCell(t *testing.T) {
	type cell = ingesttest.DOCXCell
	p := func(s ...string) cell { return cell{Paras: s} }
	docx := ingesttest.DOCX([]ingesttest.DOCXBlock{
		{Text: "某区2024年优化营商环境重点任务清单"},
		{Table: [][]cell{
			{p("序号"), p("重点任务"), p("牵头单位"), p("配合单位"), p("完成时限")},
			{p("1"), p("推行企业开办一日办结"), p("区市场监管局"), p("区税务局、区人社局"), p("2024年6月底前")},
			{p("2"), p("推进政务服务标准化"), {Paras: []string{"区行政审批局"}, VMerge: "restart"}, p("区大数据中心"), p("2024年11月底前")},
			{p("3"), p("推动不见面审批"), {VMerge: "continue"}, p("区司法局"), p("2024年12月底前")},
			{p("4"), p("完善信用修复"), p("区发改局"), p("人行区支行"), p("2024年12月底前")},
		}},
	}, "")
	page := []byte(`<html><head><meta charset="utf-8"><title>某区2024年优化营商环境重点任务清单</title></head><body>
<div class="article"><h1>某区2024年优化营商环境重点任务清单</h1><table border="1">
<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td>推行企业开办一日办结</td><td>区市场监管局</td><td>区税务局、区人社局</td><td>2024年6月底前</td></tr>
<tr><td>2</td><td>推进政务服务标准化</td><td rowspan="2">区行政审批局</td><td>区大数据中心</td><td>2024年11月底前</td></tr>
<tr><td>3</td><td>推动不见面审批</td><td>区司法局</td><td>2024年12月底前</td></tr>
<tr><td>4</td><td>完善信用修复</td><td>区发改局</td><td>人行区支行</td><td>2024年12月底前</td></tr>
</table></div></body></html>`)
	for _, f := range []struct {
		name string
		data []byte
	}{{"plan.docx", docx}, {"plan.html", page}} {
		t.Run(f.name, func(t *testing.T) {
			d, err := ParseFile(Extractor{}, f.name, f.data, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			rev49Units(t, rev49Task(t, d, "推进政务服务标准化"), []string{"区行政审批局"}, []string{"区大数据中心"})
			rev49Units(t, rev49Task(t, d, "推动不见面审批"), []string{"区行政审批局"}, []string{"区司法局"})
			rev49Units(t, rev49Task(t, d, "完善信用修复"), []string{"区发改局"}, []string{"人行区支行"})
		})
	}
}
