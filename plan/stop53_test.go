package plan

import (
	"slices"
	"strings"
	"testing"
)

// stop53Task is the parsed task whose title or text holds sub, or nil.
func stop53Task(t *testing.T, text, sub string) *Task {
	t.Helper()
	d, err := ParseText("stop53.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title+"\n"+d.Tasks[i].Text, sub) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestStop53SpacedRowLongAfterCell: a spaced table's row whose cell after the units holds a space of
// its own ("规模工业增加值增长 11.9%") keeps its own unit, not the row above's.
func TestStop53SpacedRowLongAfterCell(t *testing.T) {
	text := "2025年县政府重点工作任务一季度完成情况\n序号 重点工作任务 牵头责任单位 一季度完成情况\n1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n3 固定资产投资增长4%以上。 县发改委 同比增长16.9%\n"
	tk := stop53Task(t, text, "规模工业增加值增长4.5%")
	if tk == nil {
		t.Fatal("no row task")
	}
	if !slices.Equal(tk.Lead, []string{"县工信局"}) || strings.Contains(tk.Title, "县工信局") {
		t.Errorf("title %q lead %v", tk.Title, tk.Lead)
	}
}
