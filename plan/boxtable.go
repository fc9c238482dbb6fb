package plan

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Tables drawn with box characters, as text exports of old Word files and scraped pages keep them:
//
//	┌──────────┬────┬──────────┐
//	│ 工 作 任 务 │分管领│牵头单位  │
//	│          │ 导 │          │
//	├──────────┼────┼──────────┤
//	│抓好财税工作│张三 │市财政局、│
//	├──────────┤    │人民银行  │
//	│△加强财政监督│    │          │
//	└──────────┴────┴──────────┘
//
// A cell's words run over several lines, and a cell of one column may span several rows of another
// (a merged cell: its bottom border is drawn only under the columns whose cell ends). boxRows
// rewrites such a block as one piped row per row ("工作任务｜分管领导｜牵头单位", then
// "加强财政监督｜张三｜市财政局、人民银行"), which the piped-table reader then reads like any other;
// each other column gives the row the cell drawn beside the row's first line (readBox says which
// column's cells are the rows). Where some cells of the row column open with a bullet (△, ●, ■ …)
// and each of the others is followed by a bulleted one, the others are the headings of the bulleted
// rows below them: they go into a 类别 column of their own, and each bulleted line of a cell is a
// row; a line drawn across the whole table below its header heads the rows below it the same way.

// boxVertical are the characters that separate cells on a line; boxRule those a border is drawn with.
const (
	boxVertical = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╟╢╫╤╧"
	boxRule     = "─━═-="
	boxBullets  = "△▲●◆■□○•·※★☆◇"
)

// boxCell is one cell of one column: its text, the lines of the block it is drawn on, and the line
// each of its text lines stands on.
type boxCell struct {
	from, to int // block lines [from, to)
	lines    []string
	at       []int
}

func (c boxCell) text() string { return strings.Join(c.lines, "") }

// unitText is the text of a cell under a unit column: a line that names a unit whole and a next
// line that does too are two units one under the other ("市财政局" over "人民银行"), not one name
// wrapped ("市发展和改革" over "委员会").
func (c boxCell) unitText() string {
	var b strings.Builder
	for i, l := range c.lines {
		if i > 0 {
			prev := c.lines[i-1]
			switch {
			case cellLabel.MatchString(l):
				b.WriteString("；") // "牵头：市民政局" over "配合：市财政局": two labelled lists
			case !strings.ContainsAny(lastRune(prev), "、，,；;（(") && !strings.HasPrefix(l, "（") && !strings.HasPrefix(l, "(") &&
				utf8.RuneCountInString(l) >= 3 && looksLikeUnit(prev) && looksLikeUnit(l):
				b.WriteString("、")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// cellLabel opens a line of a cell with a label: "配合：", "牵头单位:".
var cellLabel = regexp.MustCompile(`^\p{Han}{1,6}[:：]`)

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// split cuts a cell before block line x, when x falls inside it.
func (c boxCell) split(x int) []boxCell {
	if x <= c.from || x >= c.to {
		return []boxCell{c}
	}
	a, b := boxCell{from: c.from, to: x}, boxCell{from: x, to: c.to}
	for i, l := range c.lines {
		if c.at[i] < x {
			a.lines, a.at = append(a.lines, l), append(a.at, c.at[i])
		} else {
			b.lines, b.at = append(b.lines, l), append(b.at, c.at[i])
		}
	}
	var out []boxCell
	for _, p := range []boxCell{a, b} {
		if len(p.lines) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// boxRows rewrites every box-drawn block of raws; lines outside blocks stay as they are.
func boxRows(raws []string) []string {
	var out []string
	var lastHeader string
	for i := 0; i < len(raws); i++ {
		j := i
		ascii := gridBorder(raws[i])
		for j < len(raws) && (boxLine(raws[j]) || ascii && (gridBorder(raws[j]) || edgedLine(strings.TrimSpace(raws[j])))) {
			j++
			if boxBottom(raws[j-1]) {
				break // a table's last border: the next table starts anew
			}
		}
		if j-i < 3 {
			out = append(out, raws[i])
			continue
		}
		title, rows, header := readBox(raws[i:j])
		if rows == nil {
			out = append(out, raws[i:j]...)
		} else {
			if header == lastHeader { // the same table again after a page break: its rows go on
				rows = rows[1:]
			}
			lastHeader = header
			out = append(append(out, title...), rows...)
		}
		i = j - 1
	}
	return out
}

// boxLine: a line that opens with a box character.
func boxLine(l string) bool {
	l = strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(l)
	return r != utf8.RuneError && strings.ContainsRune(boxVertical, r)
}

// gridBorder: a border of a table drawn with ASCII ("+------+----+"), whose cells are then
// separated by | and whose rules are - or =.
func gridBorder(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "+-") || strings.HasPrefix(l, "+=")
}

// boxBottom: a table's bottom border (└───┴───┘).
func boxBottom(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l))
	return strings.ContainsRune("└┗╚", r)
}

// boxSegments splits a line of a block at its box characters, without what stands before the first
// and after the last.
func boxSegments(l string) []string {
	var out []string
	var cur strings.Builder
	started := false
	l = strings.TrimSpace(l)
	border := gridBorder(l)
	for _, r := range l {
		if strings.ContainsRune(boxVertical, r) || r == '|' || border && r == '+' {
			if started {
				out = append(out, cur.String())
			}
			cur.Reset()
			started = true
			continue
		}
		cur.WriteRune(r)
	}
	return out
}

// isRule: a segment drawn with rule characters only, the bottom border of its column's cell.
func isRule(s string) bool {
	s = strings.TrimSpace(s)
	return (s != "" && !strings.ContainsAny(s, "-=") || len(s) >= 3) && strings.Trim(s, boxRule) == ""
}

// boxSerial is a 序号 cell's line: a bare number.
var boxSerial = regexp.MustCompile(`^\d{1,3}[.、．]?$`)

// boxUnitColumn: a header naming units, whose cells may hold one unit a line.
var boxUnitColumn = regexp.MustCompile(`单位|部门`)

// boxOwnColumn: a header whose cells are a row's attributes (its units, leaders, time), which a
// merged cell gives several rows; the rows are those of another column.
var boxOwnColumn = regexp.MustCompile(`单位|部门|领导|责任人|时限|时间|期限|进度|备注`)

// readBox reads one block: the lines above its header that run across the whole table (a title),
// its piped rows, the header first; nil rows when the block is not a table most of whose lines have
// one segment per column.
//
// A line across the whole table below the header (│ 一、产业发展 │) heads the rows below it, which
// then get a 类别 column. A line drawn with a cell missing is left out, the rest of the table read.
// The rows are the cells of the column cut into the most (merged cells of the others spanning
// several), the first such column that is not one of units, leaders or times; a 序号 column whose
// cell holds several numbers (the table drew no rule between its rows) cuts every column's cell
// before each number.
func readBox(block []string) (title, rows []string, header string) {
	cols := 0
	for _, l := range block {
		if n := len(boxSegments(l)); n > cols {
			cols = n
		}
	}
	if cols < 2 {
		return nil, nil, ""
	}
	cells := make([][]boxCell, cols)
	open := make([]boxCell, cols)
	closeCell := func(k, at int) {
		if len(open[k].lines) > 0 {
			open[k].to = at
			cells[k] = append(cells[k], open[k])
		}
		open[k] = boxCell{from: at + 1}
	}
	var spans []boxCell // lines across the whole table
	drawn, whole := 0, 0
	for i, l := range block {
		segs := boxSegments(l)
		if len(segs) == 0 {
			continue // a border of corners alone
		}
		drawn++
		if len(segs) != cols {
			if len(segs) == 1 {
				for k := range open {
					closeCell(k, i)
				}
				if s := strings.TrimSpace(segs[0]); s != "" && !isRule(s) {
					spans = append(spans, boxCell{from: i, to: i + 1, lines: []string{s}, at: []int{i}})
				}
			}
			continue
		}
		whole++
		for k, s := range segs {
			if isRule(s) {
				closeCell(k, i)
				continue
			}
			if s = strings.TrimSpace(s); s != "" {
				open[k].lines = append(open[k].lines, s)
				open[k].at = append(open[k].at, i)
			}
		}
	}
	if 3*whole < 2*drawn {
		return nil, nil, ""
	}
	for k := range open {
		closeCell(k, len(block))
	}
	if len(cells[0]) == 0 {
		return nil, nil, ""
	}
	// The header: the first cell of each column, its letters closed up ("工 作 任 务").
	names := make([]string, cols)
	top := cells[0][0].from
	data := 0
	for k := range cells {
		if len(cells[k]) > 0 && cells[k][0].from == top {
			names[k] = strings.Join(strings.Fields(cells[k][0].text()), "")
			cells[k] = cells[k][1:]
		}
		data += len(cells[k])
	}
	if data == 0 {
		return nil, nil, ""
	}
	header = strings.Join(names, "｜")
	var heads []boxCell
	for _, sp := range spans {
		if sp.from < top {
			title = append(title, sp.text())
		} else {
			heads = append(heads, sp)
		}
	}
	// A 序号 column holding several numbers in one cell: each number opens a row.
	for _, c := range cells[0] {
		var cuts []int
		for i, l := range c.lines {
			if i > 0 && boxSerial.MatchString(l) && boxSerial.MatchString(c.lines[0]) {
				cuts = append(cuts, c.at[i])
			}
		}
		for _, x := range cuts {
			for k := range cells {
				var cut []boxCell
				for _, cc := range cells[k] {
					cut = append(cut, cc.split(x)...)
				}
				cells[k] = cut
			}
		}
	}
	rowCol := 0
	for k := range cells {
		if !boxOwnColumn.MatchString(names[k]) && len(cells[k]) > len(cells[rowCol]) {
			rowCol = k
		}
	}
	bulleted := 0
	for _, c := range cells[rowCol] {
		if boxBullet(c.lines[0]) {
			bulleted++
		}
	}
	grouped := len(heads) > 0 || bulleted > 0 && bulleted < len(cells[rowCol]) && headingsOverBullets(cells[rowCol])
	if grouped {
		header = "类别｜" + header
	}
	rows = []string{header}
	for _, c := range cells[rowCol] {
		if grouped && len(heads) == 0 && !boxBullet(c.lines[0]) {
			continue
		}
		for _, item := range boxItems(c, grouped && len(heads) == 0) {
			row := make([]string, cols)
			for k := range cells {
				switch {
				case k == rowCol:
					row[k] = item.text()
				case boxUnitColumn.MatchString(names[k]):
					row[k] = boxBeside(cells[k], item.from).unitText()
				default:
					row[k] = boxBeside(cells[k], item.from).text()
				}
			}
			if grouped {
				row = append([]string{boxGroup(heads, cells[rowCol], item.from)}, row...)
			}
			rows = append(rows, strings.Join(row, "｜"))
		}
	}
	return title, rows, header
}

// headingsOverBullets: the unbulleted cells of a column head the bulleted ones below them (each is
// followed by a bulleted one), rather than being rows of their own among a few marked ones (★ for
// the key tasks).
func headingsOverBullets(cells []boxCell) bool {
	for i, c := range cells {
		if !boxBullet(c.lines[0]) && (i == len(cells)-1 || !boxBullet(cells[i+1].lines[0])) {
			return false
		}
	}
	return true
}

// boxGroup is the heading over block line i: the last line across the table above it, else the
// last unbulleted cell of the row column above it.
func boxGroup(heads, rowCells []boxCell, i int) string {
	group := ""
	for _, h := range heads {
		if h.from < i {
			group = h.text()
		}
	}
	if len(heads) > 0 {
		return group
	}
	for _, c := range rowCells {
		if c.from <= i && !boxBullet(c.lines[0]) {
			group = c.text()
		}
	}
	return group
}

// boxItems splits a first-column cell into its bulleted items when the block is grouped.
func boxItems(c boxCell, grouped bool) []boxCell {
	if !grouped {
		return []boxCell{c}
	}
	var out []boxCell
	for i, l := range c.lines {
		if boxBullet(l) || len(out) == 0 {
			out = append(out, boxCell{from: c.at[i]})
			l = strings.TrimLeft(l, boxBullets)
		}
		out[len(out)-1].lines = append(out[len(out)-1].lines, l)
	}
	return out
}

func boxBullet(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune(boxBullets, r)
}

// boxBeside is the cell of a column drawn beside line i of the block (an empty one when none is).
func boxBeside(cells []boxCell, i int) boxCell {
	for _, c := range cells {
		if c.from <= i && i < c.to {
			return c
		}
	}
	return boxCell{}
}
