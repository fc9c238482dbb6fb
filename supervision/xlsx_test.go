package supervision

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// seedLedger is the ledger of the embedded plans on a day that has red, yellow and green rows
// (three days before the first deadline that makes it so), with the first overdue share marked done and another
// with progress and an extension request.
func seedLedger(t testing.TB) ([]duties.Row, plan.Day) {
	t.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	ds := duties.Of(docs)
	var dates []plan.Day
	for _, d := range ds {
		if d.Recurring == nil {
			dates = append(dates, d.Deadline.Date)
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	var today plan.Day
	var rows []duties.Row
	for _, d := range dates {
		today = d.AddDays(-3)
		rows = duties.Rows(ds, today, nil)
		if c := duties.Count(rows); c.Red > 0 && c.Yellow > 0 && c.Green > 0 {
			break
		}
	}
	states := map[duties.TaskUnit]duties.ShareState{}
	at := today.Time(9, 30)
	for i, r := range rows {
		if r.Colour == duties.Red && len(states) == 0 {
			states[r.Share()] = duties.ShareState{DoneAt: at, DoneBy: "U_DONE"}
			states[rows[i+1].Share()] = duties.ShareState{Progress: "已完成初稿", ProgressBy: "U_PROG", ProgressAt: at,
				ExtensionTo: today.AddDays(30), ExtensionReason: "等待审批", ExtensionBy: "U_EXT", ExtensionAt: at}
		}
	}
	return duties.Rows(ds, today, states), today
}

func TestWorkbook(t *testing.T) {
	rows, today := seedLedger(t)
	if c := duties.Count(rows); c.Red == 0 || c.Yellow == 0 || c.Green == 0 || c.Done == 0 {
		t.Fatalf("the seed ledger on %s should have every colour and a done row: %+v", today, c)
	}
	var buf bytes.Buffer
	if err := Workbook(&buf, rows, Options{Now: today.Time(10, 0)}); err != nil {
		t.Fatalf("Workbook: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	defer f.Close()
	parts := byPlan(rows)
	if got, want := len(f.GetSheetList()), len(parts)+1; got != want {
		t.Fatalf("%d sheets, want %d (汇总 and one per plan)", got, want)
	}
	for i, part := range parts {
		t.Run(fmt.Sprintf("plan %d", i+1), func(t *testing.T) { checkPlanSheet(t, f, SheetName(i, part[0].Doc), part) })
	}
	t.Run("汇总", func(t *testing.T) { checkSummary(t, f, rows, len(parts)) })
}

func checkPlanSheet(t *testing.T, f *excelize.File, sheet string, rows []duties.Row) {
	got, err := f.GetRows(sheet)
	if err != nil {
		t.Fatalf("rows of %s: %v", sheet, err)
	}
	if len(got) != len(rows)+1 {
		t.Fatalf("%s: %d rows, want a header and %d", sheet, len(got), len(rows))
	}
	if panes, _ := f.GetPanes(sheet); !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("%s: header not frozen: %+v", sheet, panes)
	}
	if pl, err := f.GetPageLayout(sheet); err != nil || pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 {
		t.Errorf("%s: page layout %+v %v, want A4 (9) landscape", sheet, pl, err)
	}
	if !hasFilter(f, sheet, len(rows)+1) {
		t.Errorf("%s: no filter over the header and %d rows", sheet, len(rows))
	}
	light := colIndex(t, "亮灯")
	for i, r := range rows {
		line := got[i+1]
		if line[1] == "" || line[light] != LightWord(r.Colour) {
			t.Errorf("%s row %d: task %q light %q, want %s", sheet, i+2, line[1], line[light], LightWord(r.Colour))
		}
		cell := fmt.Sprintf("%s%d", LightColumn, i+2)
		id, err := f.GetCellStyle(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		style, err := f.GetStyle(id)
		if err != nil || len(style.Fill.Color) == 0 || style.Fill.Color[0] != Fills[r.Colour] {
			t.Errorf("%s %s: fill %+v, want %s", sheet, cell, style.Fill, Fills[r.Colour])
		}
		if r.State.Progress != "" && line[colIndex(t, "最近进展")] != r.State.Progress {
			t.Errorf("%s row %d: progress %q, want %q", sheet, i+2, line[colIndex(t, "最近进展")], r.State.Progress)
		}
	}
}

// hasFilter reports whether sheet has an autofilter over its table of last rows (the defined name
// Excel keeps for it).
func hasFilter(f *excelize.File, sheet string, last int) bool {
	col, _ := excelize.ColumnNumberToName(len(Columns))
	want := fmt.Sprintf("$A$1:$%s$%d", col, last)
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" && dn.Scope == sheet && strings.HasSuffix(dn.RefersTo, want) {
			return true
		}
	}
	return false
}

func colIndex(t *testing.T, name string) int {
	for i, c := range Columns {
		if c == name {
			return i
		}
	}
	t.Fatalf("no column %s", name)
	return -1
}

func checkSummary(t *testing.T, f *excelize.File, rows []duties.Row, plans int) {
	got, err := f.GetRows(SummarySheet)
	if err != nil {
		t.Fatal(err)
	}
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("汇总: %q is not a count", s)
		}
		return n
	}
	byPlanTitle := map[string]duties.Tally{}
	for _, r := range rows {
		tl := byPlanTitle[r.Doc.Title]
		tl.Add(r.Colour, r.Done())
		byPlanTitle[r.Doc.Title] = tl
	}
	var sum duties.Tally
	for _, line := range got[2 : 2+plans] {
		want := byPlanTitle[line[0]]
		tl := duties.Tally{Red: num(line[2]), Yellow: num(line[3]), Green: num(line[4]), Done: num(line[5])}
		if tl != want || num(line[6]) != want.Total() {
			t.Errorf("汇总 %s: %v, want %+v", line[0], line[2:], want)
		}
		sum.Red, sum.Yellow, sum.Green, sum.Done = sum.Red+tl.Red, sum.Yellow+tl.Yellow, sum.Green+tl.Green, sum.Done+tl.Done
	}
	total := got[2+plans]
	if want := duties.Count(rows); sum != want || total[0] != "合计" || num(total[6]) != len(rows) {
		t.Errorf("汇总 plans sum to %+v (合计 row %v), ledger counts %+v in %d rows", sum, total, want, len(rows))
	}
	var units duties.Tally
	for _, line := range got[5+plans:] { // after the 合计, a blank row and the units' header
		units.Red, units.Yellow, units.Green = units.Red+num(line[2]), units.Yellow+num(line[3]), units.Green+num(line[4])
		units.Done += num(line[5])
	}
	if want := duties.Count(rows); units != want {
		t.Errorf("汇总 units sum to %+v, ledger counts %+v", units, want)
	}
}

func TestProgressSince(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, plan.Zone())
	r := duties.Row{State: duties.ShareState{Progress: "进展", ProgressBy: "U1", ProgressAt: at}}
	tests := []struct {
		name  string
		since time.Time
		want  string
	}{
		{"no since", time.Time{}, "进展"},
		{"since before", at.AddDate(0, 0, -1), "进展"},
		{"since after", at.AddDate(0, 0, 1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _, _ := Progress(r, tt.since); got != tt.want {
				t.Errorf("Progress = %q, want %q", got, tt.want)
			}
		})
	}
}
