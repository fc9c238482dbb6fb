package supervision

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// SummarySheet is the name of the workbook's first sheet, the 汇总.
const SummarySheet = "汇总"

// Columns are the headers of a plan's sheet, in order; LightColumn is the 亮灯 column's letter.
var Columns = []string{"序号", "任务", "责任单位", "牵头单位", "配合单位", "完成时限", "亮灯", "状态",
	"最近进展", "进展报告人", "报告时间", "延期申请"}

// LightColumn is the letter of the 亮灯 column of a plan's sheet.
const LightColumn = "G"

// SummaryColumns are the headers of the 汇总's two tables (per plan, then per unit).
var SummaryColumns = []string{"名称", "城市", "红灯", "黄灯", "绿灯", "其中已完成", "合计"}

// Fills are the fill colours of the 亮灯 cells (RGB hex), by colour.
var Fills = map[string]string{duties.Red: "FF4D4F", duties.Yellow: "FFD666", duties.Green: "95DE64"}

// maxWidth caps a column's width (in characters of a Latin font); longer text wraps.
const maxWidth = 48

// Options say what the report covers.
type Options struct {
	// Since leaves out progress reported before it (zero: the latest, whenever it was).
	Since time.Time
	// Now is when the report is made, written in the 汇总's title.
	Now time.Time
}

// Workbook writes rows (in the ledger's order) as the 台账 to w: the 汇总 first, then one sheet
// per plan with one row per task and unit, the 亮灯 cells filled with their colour, the header
// frozen with a filter on it, and each sheet set to print on A4 landscape, one page wide.
func Workbook(w io.Writer, rows []duties.Row, opt Options) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("report: styles: %w", err)
	}
	if err := f.SetSheetName("Sheet1", SummarySheet); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := writeSummary(f, st, Summarize(rows), opt); err != nil {
		return fmt.Errorf("report: %s: %w", SummarySheet, err)
	}
	for i, part := range byPlan(rows) {
		name := SheetName(i, part[0].Doc)
		if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("report: sheet %s: %w", name, err)
		}
		if err := writePlan(f, st, name, part, opt); err != nil {
			return fmt.Errorf("report: sheet %s: %w", name, err)
		}
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("report: write: %w", err)
	}
	return nil
}

// SheetName is the name of the i-th plan's sheet (from 0): its number and the start of its title,
// within Excel's 31 characters and without the characters Excel refuses.
func SheetName(i int, doc *plan.Document) string {
	title := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\'`, r) {
			return '_'
		}
		return r
	}, doc.Title)
	name := []rune(fmt.Sprintf("%d %s", i+1, title))
	if len(name) > 31 {
		name = name[:31]
	}
	return string(name)
}

// byPlan splits rows into runs of one plan each, in order.
func byPlan(rows []duties.Row) [][]duties.Row {
	var out [][]duties.Row
	at := map[*plan.Document]int{}
	for _, r := range rows {
		i, ok := at[r.Doc]
		if !ok {
			i = len(out)
			at[r.Doc] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], r)
	}
	return out
}

// styles are the workbook's cell styles.
type styles struct {
	header, title, cell, number int
	light                       map[string]int
}

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "right", Color: "BFBFBF", Style: 1},
		{Type: "top", Color: "BFBFBF", Style: 1}, {Type: "bottom", Color: "BFBFBF", Style: 1}}
	wrap := &excelize.Alignment{WrapText: true, Vertical: "top"}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}
	st := styles{light: map[string]int{}}
	var err error
	add := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(s)
		return id
	}
	st.header = add(&excelize.Style{Font: &excelize.Font{Bold: true}, Border: border, Alignment: center,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}})
	st.title = add(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	st.cell = add(&excelize.Style{Border: border, Alignment: wrap})
	st.number = add(&excelize.Style{Border: border, Alignment: center})
	for colour, rgb := range Fills {
		st.light[colour] = add(&excelize.Style{Border: border, Alignment: center, Font: &excelize.Font{Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{rgb}}})
	}
	return st, err
}

// planRow is one row of a plan's sheet, as the columns say.
func planRow(i int, r duties.Row, opt Options) []string {
	text, who, when := Progress(r, opt.Since)
	task := duties.Title(r.Task)
	if r.Task.Number != "" {
		task = r.Task.Number + " " + task
	}
	return []string{fmt.Sprint(i + 1), task, UnitName(r.Unit), strings.Join(r.Task.Lead, "、"),
		strings.Join(r.Task.Participating, "、"), r.Due(), LightWord(r.Colour), Status(r), text, who, when, Extension(r)}
}

// writePlan writes one plan's rows to sheet name.
func writePlan(f *excelize.File, st styles, name string, rows []duties.Row, opt Options) error {
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = planRow(i, r, opt)
	}
	// The filter and the page are set on the empty sheet: set after the stream, they would make
	// excelize read the written sheet back.
	if err := finish(f, name, len(Columns), len(cells)+1, 1); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	if err := setWidths(sw, Columns, cells); err != nil {
		return err
	}
	if err := sw.SetPanes(frozenHeader); err != nil {
		return err
	}
	if err := sw.SetRow("A1", styled(Columns, func(int) int { return st.header })); err != nil {
		return err
	}
	for i, row := range cells {
		colour := rows[i].Colour
		style := func(c int) int {
			switch {
			case c == 0:
				return st.number
			case Columns[c] == "亮灯" || Columns[c] == "状态":
				return st.light[colour]
			}
			return st.cell
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), styled(row, style)); err != nil {
			return err
		}
	}
	return sw.Flush()
}

var frozenHeader = &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}

// styled is row as stream cells, cell c in style(c).
func styled[T any](row []T, style func(c int) int) []any {
	out := make([]any, len(row))
	for c, v := range row {
		out[c] = excelize.Cell{StyleID: style(c), Value: v}
	}
	return out
}

// setWidths sizes each column to its longest text (a Chinese character counts two), within
// maxWidth.
func setWidths[T any](sw *excelize.StreamWriter, header []string, cells [][]T) error {
	for c := range header {
		w := displayWidth(header[c])
		for _, row := range cells {
			w = max(w, displayWidth(fmt.Sprint(row[c])))
		}
		if err := sw.SetColWidth(c+1, c+1, float64(min(w, maxWidth))+2); err != nil {
			return err
		}
	}
	return nil
}

// finish puts a filter on the header row headerRow of a table of cols columns ending at row last,
// and sets the sheet to print on A4 landscape, one page wide.
func finish(f *excelize.File, sheet string, cols, last, headerRow int) error {
	end, err := excelize.CoordinatesToCellName(cols, max(last, headerRow))
	if err != nil {
		return err
	}
	start, err := excelize.CoordinatesToCellName(1, headerRow)
	if err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, start+":"+end, nil); err != nil {
		return fmt.Errorf("filter: %w", err)
	}
	size, orientation, wide, tall, fit := 9, "landscape", 1, 0, true // 9 is A4
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("fit to page: %w", err)
	}
	return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation,
		FitToWidth: &wide, FitToHeight: &tall})
}

// writeSummary writes the 汇总: a title, the counts per plan with their total, then per unit.
func writeSummary(f *excelize.File, st styles, s Summary, opt Options) error {
	line := func(l Line) []any { return []any{l.Name, l.City, l.Red, l.Yellow, l.Green, l.Done, l.Total()} }
	var plans, units [][]any
	for _, l := range s.Plans {
		plans = append(plans, line(l))
	}
	plans = append(plans, line(Line{Name: "合计", Tally: s.Total}))
	for _, l := range s.Units {
		units = append(units, line(l))
	}
	if err := finish(f, SummarySheet, len(SummaryColumns), len(plans)+2, 2); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SummarySheet)
	if err != nil {
		return err
	}
	if err := setWidths(sw, SummaryColumns, append(append([][]any{}, plans...), units...)); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	title := "督办台账汇总"
	if !opt.Now.IsZero() {
		title += "（截至 " + stamp(opt.Now) + "）"
	}
	n := 1
	put := func(row []any, style func(int) int) error {
		err := sw.SetRow(fmt.Sprintf("A%d", n), styled(row, style))
		n++
		return err
	}
	header := func(int) int { return st.header }
	body := func(c int) int {
		if c < 2 {
			return st.cell
		}
		return st.number
	}
	steps := []func() error{
		func() error { return put([]any{title}, func(int) int { return st.title }) },
		func() error { return put(anys(SummaryColumns), header) },
	}
	for _, r := range plans {
		steps = append(steps, func() error { return put(r, body) })
	}
	steps = append(steps, func() error { n++; return nil },
		func() error { return put(anys(append([]string{"按单位"}, SummaryColumns[1:]...)), header) })
	for _, r := range units {
		steps = append(steps, func() error { return put(r, body) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
