package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/ingest/internal/ingesttest"
	"github.com/dutybot/dutybot/plan"
)

// Review 59: task tables as government sites and Word files lay them out, read through ParseFile
// as a user's upload is. Each test fails on dd45a44.

// rev59Cell is a docx cell of one paragraph.
func rev59Cell(s string) ingesttest.DOCXCell { return ingesttest.DOCXCell{Paras: []string{s}} }

// rev59Parse reads a file as an upload is read.
func rev59Parse(t *testing.T, name string, data []byte) *plan.Document {
	t.Helper()
	d, err := ParseFile(Extractor{}, name, data, plan.Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}

// rev59Dump lists a document's tasks for a failure message.
func rev59Dump(d *plan.Document) string {
	var b strings.Builder
	for _, x := range d.Tasks {
		fmt.Fprintf(&b, "\n  [%s] %s | %s lead=%v partic=%v", x.Number, x.Section, x.Title, x.Lead, x.Participating)
		for _, dl := range x.Deadlines {
			fmt.Fprintf(&b, " %s %s(%s)", dl.Date, dl.Kind, dl.Quote)
		}
	}
	return b.String()
}

// rev59Row is what a reader takes from one row of the tables below.
type rev59Row struct {
	title, lead, partic, due string
}

// rev59Check reports each row the document does not hold as a task of that title, lead,
// participant and deadline.
func rev59Check(t *testing.T, d *plan.Document, rows []rev59Row) {
	t.Helper()
	for _, r := range rows {
		found := false
		for _, x := range d.Tasks {
			if x.Title != r.title {
				continue
			}
			found = true
			var due []string
			for _, dl := range x.Deadlines {
				if !dl.Inherited {
					due = append(due, dl.Date.String())
				}
			}
			if !slices.Equal(x.Lead, []string{r.lead}) || !slices.Equal(x.Participating, []string{r.partic}) || !slices.Equal(due, []string{r.due}) {
				t.Errorf("task %q: lead %v, participating %v, due %v; want %s to lead, %s to take part, due %s", r.title, x.Lead, x.Participating, due, r.lead, r.partic, r.due)
			}
		}
		if !found {
			t.Errorf("no task titled %q:%s", r.title, rev59Dump(d))
		}
	}
	if len(d.Tasks) != len(rows) {
		t.Errorf("%d tasks, want %d (one a row):%s", len(d.Tasks), len(rows), rev59Dump(d))
	}
}

// TestRev59_CategoryColumnIsNoTitle: a task list on a government page or in a Word file often opens
// its rows with the area they belong to ("任务类别": 政务服务 over two rows, merged, then 要素保障),
// then the task itself ("具体任务"). A reader's task is "推行“一件事”集成办理". Today the reader of a
// table one cell a line (what the page and the .docx become) takes the category for the title:
// three tasks titled "政务服务", "政务服务" and "要素保障", the task's words left in its text. The same
// table with tabs between its cells is read right (the category a section, the task its title).
func TestRev59_CategoryColumnIsNoTitle(t *testing.T) {
	rows := []rev59Row{
		{"推行“一件事”集成办理", "市政务服务办", "市大数据局", "2025-06-30"},
		{"推进“跨省通办”扩面", "市政务服务办", "市市场监管局", "2025-09-30"},
		{"盘活低效用地5000亩", "市资规局", "各县（市、区）政府", "2025-12-31"},
	}
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>台州市2025年优化营商环境重点任务清单</title></head><body>
<div class="article"><h1>台州市2025年优化营商环境重点任务清单</h1><p>发布日期：2025-03-12</p>
<table border="1">
<tr><td>序号</td><td>任务类别</td><td>具体任务</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>
<tr><td>1</td><td rowspan="2">政务服务</td><td>推行“一件事”集成办理</td><td rowspan="2">市政务服务办</td><td>市大数据局</td><td>2025年6月底前</td></tr>
<tr><td>2</td><td>推进“跨省通办”扩面</td><td>市市场监管局</td><td>2025年9月底前</td></tr>
<tr><td>3</td><td>要素保障</td><td>盘活低效用地5000亩</td><td>市资规局</td><td>各县（市、区）政府</td><td>2025年12月底前</td></tr>
</table></div></body></html>`
	c := rev59Cell
	word := ingesttest.DOCX([]ingesttest.DOCXBlock{
		{Text: "台州市2025年优化营商环境重点任务清单"},
		{Table: [][]ingesttest.DOCXCell{
			{c("序号"), c("任务类别"), c("具体任务"), c("牵头单位"), c("配合单位"), c("完成时限")},
			{c("1"), {Paras: []string{"政务服务"}, VMerge: "restart"}, c("推行“一件事”集成办理"), c("市政务服务办"), c("市大数据局"), c("2025年6月底前")},
			{c("2"), {VMerge: "continue"}, c("推进“跨省通办”扩面"), c("市政务服务办"), c("市市场监管局"), c("2025年9月底前")},
			{c("3"), c("要素保障"), c("盘活低效用地5000亩"), c("市资规局"), c("各县（市、区）政府"), c("2025年12月底前")},
		}},
	}, "")
	t.Run("web page", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.html", []byte(page)), rows) })
	t.Run("Word", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.docx", word), rows) })
}

// TestRev59_TwoRowHeader: task tables head their unit columns with two rows: "责任单位" over
// "牵头单位 | 配合单位" (the upper cell spans both, the others span both rows). A reader takes the first
// unit column's units to lead. Today, in a web page or a Word file, the roles are swapped: 市大数据局
// leads "推行“一件事”集成办理" and 市政务服务办, its lead, only takes part — every answer about who
// leads what in such a plan is the wrong way round. As Markdown (pandoc's pipe table, the second
// header row its first body row) every row is split in two sub-rows with the roles swapped and the
// row above's deadline; as text copied with tabs the plan is refused ("no tasks found").
func TestRev59_TwoRowHeader(t *testing.T) {
	rows := []rev59Row{
		{"推行“一件事”集成办理", "市政务服务办", "市大数据局", "2025-06-30"},
		{"推进“跨省通办”扩面", "市政务服务办", "市市场监管局", "2025-09-30"},
	}
	const title = "丽水市2025年营商环境重点任务清单"
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + title + `</title></head><body><h1>` + title + `</h1>
<table border="1">
<tr><td rowspan="2">序号</td><td rowspan="2">具体任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
<tr><td>牵头单位</td><td>配合单位</td></tr>
<tr><td>1</td><td>推行“一件事”集成办理</td><td>市政务服务办</td><td>市大数据局</td><td>2025年6月底前</td></tr>
<tr><td>2</td><td>推进“跨省通办”扩面</td><td>市政务服务办</td><td>市市场监管局</td><td>2025年9月底前</td></tr>
</table></body></html>`
	c := rev59Cell
	word := ingesttest.DOCX([]ingesttest.DOCXBlock{
		{Text: title},
		{Table: [][]ingesttest.DOCXCell{
			{{Paras: []string{"序号"}, VMerge: "restart"}, {Paras: []string{"具体任务"}, VMerge: "restart"}, {Paras: []string{"责任单位"}, Span: 2}, {Paras: []string{"完成时限"}, VMerge: "restart"}},
			{{VMerge: "continue"}, {VMerge: "continue"}, c("牵头单位"), c("配合单位"), {VMerge: "continue"}},
			{c("1"), c("推行“一件事”集成办理"), c("市政务服务办"), c("市大数据局"), c("2025年6月底前")},
			{c("2"), c("推进“跨省通办”扩面"), c("市政务服务办"), c("市市场监管局"), c("2025年9月底前")},
		}},
	}, "")
	markdown := title + "\n\n| 序号 | 具体任务 | 责任单位 | | 完成时限 |\n|---|---|---|---|---|\n| | | 牵头单位 | 配合单位 | |\n" +
		"| 1 | 推行“一件事”集成办理 | 市政务服务办 | 市大数据局 | 2025年6月底前 |\n| 2 | 推进“跨省通办”扩面 | 市政务服务办 | 市市场监管局 | 2025年9月底前 |\n"
	tabs := title + "\n\n序号\t具体任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n" +
		"1\t推行“一件事”集成办理\t市政务服务办\t市大数据局\t2025年6月底前\n2\t推进“跨省通办”扩面\t市政务服务办\t市市场监管局\t2025年9月底前\n"
	t.Run("web page", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.html", []byte(page)), rows) })
	t.Run("Word", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.docx", word), rows) })
	t.Run("Markdown", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.md", []byte(markdown)), rows) })
	t.Run("text with tabs", func(t *testing.T) { rev59Check(t, rev59Parse(t, "清单.txt", []byte(tabs)), rows) })
}
