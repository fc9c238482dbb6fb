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

// placeHead is the header cell of a table's column of places.
var placeHead = mustCompile(`^(?:街镇|镇街|乡镇|镇（街道）|乡镇（街道）|镇、街道|街道|县（市、区）|县（市）区|县市区|县区|区县|县（区）|区（县）|县（市）|市（县、区）|地区|区域|片区|责任单位|地方)(?:名称)?$`)

// yearCell is a header cell naming one year ("2024年", "2025年度", "2026年目标"), possibly with its
// share on the next line ("30%").
var yearCell = mustCompile(`^((?:19|20)\d{2})年度?(?:任务量?|目标|计划)?$`)

// figureCell is a cell of figures: a number, a share, or a dash for none.
var figureCell = mustCompile(`^(?:[-—/／]|[-+]?\d+(?:\.\d+)?%?)$`)

// serialCell is a row's number in a 序号 column.
var serialCell = mustCompile(`^\d{1,3}$`)

// totalCell starts a row of totals.
var totalCell = mustCompile(`^(?:合计|总计|小计|共计|全[区市县省]|汇总)$`)

// quantityRows rewrites the flattened task-quantity tables of raws, one numbered line a row.
func quantityRows(raws []string) []string {
	for i := 0; i < len(raws); i++ {
		l := strings.TrimSpace(raws[i])
		if l == "" || runesAtLeast(l, 10) || !placeHead.MatchString(l) {
			continue
		}
		rows, years, end := readQuantityTable(raws, i+1)
		if len(rows) < 2 || len(years) == 0 {
			continue
		}
		when := "（分年度：" + strings.Join(years, "、") + "）"
		out := append([]string(nil), raws[:i]...)
		for n, r := range rows {
			out = append(out, fmt.Sprintf("%d.%s%s %s%s（责任单位：%s）", n+1, r.place, r.part, r.cells, when, r.place))
		}
		i = len(out) - 1
		raws = append(out, raws[end:]...)
	}
	return raws
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
