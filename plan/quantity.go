package plan

import (
	"fmt"
	"strings"
)

// A task-quantity table (任务量分解表, 目标任务分解表) gives each place its share of a plan's
// figures, with a column for each year: "街镇 | 2024-2026年任务量 | 2024年 | 2025年 | 2026年" over
// rows "青村镇 | 1145.10 | 30% | 40% | 30%". Flattened one cell a line, its header is a run of
// short cells (often of several levels) and each row a place followed by figures. quantityRows
// writes each row as one numbered line, the place first, its figures apart ("1145.10／77") and the
// years after it, so the row reads as the place's task with a deadline for each year. A bare 单位
// column is a unit of measure, not a place.

// divisionNames name a column of the places under a plan's issuer that each answer for their
// share: its townships, streets or counties.
const divisionNames = `街镇|镇街|乡镇|镇（街道）|乡镇（街道）|镇、街道|街道|县（市、区）|县（市）区|县市区|县区|区县|县（区）|区（县）|县（市）|市（县、区）`

// placeHead is the header cell of a table's column of places.
var placeHead = mustCompile(`^(?:` + divisionNames + `|地区|区域|片区|责任单位|地方)(?:名称)?$`)

// divisionHead is the header cell of a column of townships, streets or counties.
var divisionHead = mustCompile(`^(?:` + divisionNames + `)(?:名称)?$`)

// yearCell is a header cell naming one year ("2024年", "2025年度", "2026年目标"), possibly with its
// share on the next line ("30%").
var yearCell = mustCompile(`^((?:19|20)\d{2})年度?(?:任务量?|目标|计划)?$`)

// figureCell is a cell of figures: a number, a share, or a dash for none.
var figureCell = mustCompile(`^(?:[-—/／]|[-+]?\d+(?:\.\d+)?%?)$`)

// serialCell is a row's number in a 序号 column.
var serialCell = mustCompile(`^\d{1,3}$`)

// totalCell starts a row of totals.
var totalCell = mustCompile(`^(?:合计|总计|小计|共计|全[区市县省]|汇总)$`)

// quantityRows rewrites the task-quantity tables of raws, flattened or tabbed, one numbered line a
// row.
func quantityRows(raws []string) []string {
	for i := 0; i < len(raws); i++ {
		l := strings.TrimSpace(raws[i])
		if strings.IndexByte(l, '\t') > 0 {
			// A table copied out of Word or Excel keeps a row a line, its cells apart by tabs
			// ("乡镇\t合计\t2025年" over "琴亭镇\t2.7\t0.8"): its cells, one a line, are the
			// flattened table, read as such when it is the whole of the tabbed lines it starts.
			cells, lineOf, end := tabbedQuantityCells(raws, i)
			if cells == nil {
				continue
			}
			rows, years, stop := readQuantityTable(cells, 1)
			if len(rows) < 2 || len(years) == 0 || stop < len(cells) && lineOf[stop] == lineOf[stop-1] {
				continue
			}
			if stop < len(cells) {
				end = lineOf[stop]
			}
			out := append(append([]string(nil), raws[:i]...), quantityLines(rows, years)...)
			i = len(out) - 1
			raws = append(out, raws[end:]...)
			continue
		}
		if l == "" || runesAtLeast(l, 10) || !placeHead.MatchString(l) {
			continue
		}
		rows, years, end := readQuantityTable(raws, i+1)
		if len(rows) < 2 || len(years) == 0 {
			continue
		}
		out := append(append([]string(nil), raws[:i]...), quantityLines(rows, years)...)
		i = len(out) - 1
		raws = append(out, raws[end:]...)
	}
	return raws
}

// quantityLines writes a task-quantity table's rows, one numbered line a row: the place first, its
// figures apart, the years after it, the place as the row's unit.
func quantityLines(rows []quantityRow, years []string) []string {
	when := "（分年度：" + strings.Join(years, "、") + "）"
	out := make([]string, 0, len(rows))
	for n, r := range rows {
		out = append(out, fmt.Sprintf("%d.%s%s %s%s（责任单位：%s）", n+1, r.place, r.part, r.cells, when, r.place))
	}
	return out
}

// serialHead is the header cell of a 序号 column.
var serialHead = mustCompile(`^(?:序号|编号|序)$`)

// tabbedQuantityCells reads the tabbed lines from raws[i] on, up to the first line with words and no
// tab, as a flattened table: their cells one an entry, empty cells left out, the line each came
// from, and end, the line after the last. It is nil unless raws[i] heads a column of places, after a
// 序号 column or not. A row of totals is left out: its 序号 cell left empty, the figure before it
// would read as its number.
func tabbedQuantityCells(raws []string, i int) (cells []string, lineOf []int, end int) {
	head := strings.Split(strings.TrimSpace(raws[i]), "\t")
	if len(head) > 1 && serialHead.MatchString(strings.TrimSpace(head[0])) {
		head = head[1:]
	}
	if first := strings.TrimSpace(head[0]); runesAtLeast(first, 10) || !placeHead.MatchString(first) {
		return nil, nil, 0
	}
	for k := i; k < len(raws) && len(cells) < 400; k++ {
		l := strings.TrimSpace(raws[k])
		if l == "" {
			continue
		}
		if strings.IndexByte(l, '\t') < 0 {
			break
		}
		end = k + 1
		split := strings.Split(l, "\t")
		if k == i {
			split = head
		} else if first := strings.TrimSpace(split[0]); totalCell.MatchString(first) || first == "" && len(split) > 1 && totalCell.MatchString(strings.TrimSpace(split[1])) {
			continue
		}
		for _, c := range split {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
				lineOf = append(lineOf, k)
			}
		}
	}
	return cells, lineOf, end
}

// readQuantityTable reads a header from lines[from] on (its years, in order) and the rows below it;
// end is the first line after the table.
func readQuantityTable(raws []string, from int) (rows []quantityRow, years []string, end int) {
	var lines []int // the lines with words
	for k := from; k < len(raws) && len(lines) < 400; k++ {
		if strings.TrimSpace(raws[k]) != "" {
			lines = append(lines, k)
		}
	}
	at := func(j int) string {
		if j >= len(lines) {
			return ""
		}
		return strings.TrimSpace(raws[lines[j]])
	}
	figures := func(j int) bool { return figureCell.MatchString(at(j)) && figureCell.MatchString(at(j+1)) }
	// The header: short cells, up to the first row.
	j := 0
	for ; j < len(lines) && j < 120; j++ {
		l := at(j)
		if quantityPlace(l) && (figures(j+1) || !figureCell.MatchString(at(j+1)) && figures(j+2)) {
			break
		}
		if runesAtLeast(l, 16) || strings.ContainsAny(l, "。；;") {
			return nil, nil, 0
		}
		if m := yearCell.FindStringSubmatch(l); m != nil {
			y := m[1] + "年"
			if strings.HasSuffix(at(j+1), "%") && figureCell.MatchString(at(j+1)) {
				y += at(j + 1)
			}
			years = append(years, y)
		}
	}
	if len(years) == 0 || j >= len(lines) {
		return nil, nil, 0
	}
	// rowNumber: a 序号 cell before a place's row, no figure of the row above.
	rowNumber := func(j int) bool {
		return serialCell.MatchString(at(j)) && (quantityPlace(at(j+1)) || totalCell.MatchString(at(j+1)))
	}
	place, lastPart := "", ""
	for j < len(lines) {
		if rowNumber(j) {
			j++
		}
		l := at(j)
		var cells []string
		part, total := "", false
		switch {
		case totalCell.MatchString(l) && figures(j+1):
			total = true
		case quantityPlace(l) && figures(j+1):
			place = l
		case quantityPlace(l) && !figureCell.MatchString(at(j+1)) && !runesAtLeast(at(j+1), 8) && figures(j+2):
			place = l
			part = at(j + 1) // the row's part of the place ("奉城镇 / 老奉城")
			j++
		case lastPart != "" && !runesAtLeast(l, 8) && !figureCell.MatchString(l) && figures(j+1):
			part = l // another part of the place above ("头桥" under "奉城镇 / 老奉城"), its merged cell printed once
		default:
			return rows, years, lines[j-1] + 1
		}
		j++
		for j < len(lines) && figureCell.MatchString(at(j)) && !rowNumber(j) {
			cells = append(cells, at(j))
			j++
		}
		lastPart = part
		if !total {
			rows = append(rows, quantityRow{place: place, part: part, cells: strings.Join(cells, "／")})
		}
	}
	return rows, years, lines[len(lines)-1] + 1
}

// quantityRow is one place's row: its name and its cells.
type quantityRow struct{ place, part, cells string }

// quantityPlace: a cell naming a place or a unit a share is given to.
func quantityPlace(l string) bool {
	return l != "" && !runesAtLeast(l, 16) && !totalCell.MatchString(l) && (placeItem.MatchString(l) || cellUnitLine(l))
}
