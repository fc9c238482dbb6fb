package plan

import (
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
// rewrites such a block as one piped row per row of its first column ("工作任务｜分管领导｜牵头单位",
// then "加强财政监督｜张三｜市财政局、人民银行"), which the piped-table reader then reads like any other;
// each other column gives the row the cell drawn beside the row's first line. Where some cells of
// the first column open with a bullet (△, ●, ■ …) and others do not, the others are the headings of
// the bulleted rows below them: they go into a 类别 column of their own, and each bulleted line of a
// cell is a row.

// boxVertical are the characters that separate cells on a line; boxRule those a border is drawn with.
const (
	boxVertical = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╟╢╫╤╧"
	boxRule     = "─━═-="
	boxBullets  = "△▲●◆■□○•·※★☆◇"
)

// boxCell is one cell of one column: its text and the lines of the block it is drawn on.
type boxCell struct {
	from, to int // block lines [from, to)
	lines    []string
}

func (c boxCell) text() string { return strings.Join(c.lines, "") }

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
		rows, header := readBox(raws[i:j])
		if rows == nil {
			out = append(out, raws[i:j]...)
		} else {
			if header == lastHeader { // the same table again after a page break: its rows go on
				rows = rows[1:]
			}
			lastHeader = header
			out = append(out, rows...)
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

// readBox reads one block: its piped rows, the header first; nil when the block is not a table
// whose lines all have one segment per column.
func readBox(block []string) (rows []string, header string) {
	cols := 0
	for _, l := range block {
		if n := len(boxSegments(l)); n > cols {
			cols = n
		}
	}
	if cols < 2 {
		return nil, ""
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
	for i, l := range block {
		segs := boxSegments(l)
		if len(segs) == 0 {
			continue // a border of corners alone
		}
		if len(segs) != cols {
			if i == len(block)-1 {
				break // a text cut off inside its last line
			}
			return nil, ""
		}
		for k, s := range segs {
			if isRule(s) {
				closeCell(k, i)
				continue
			}
			if s = strings.TrimSpace(s); s != "" {
				open[k].lines = append(open[k].lines, s)
			}
		}
	}
	for k := range open {
		closeCell(k, len(block))
	}
	if len(cells[0]) < 2 {
		return nil, ""
	}
	// The header: the first cell of each column, its letters closed up ("工 作 任 务").
	names := make([]string, cols)
	top := cells[0][0].from
	for k := range cells {
		if len(cells[k]) > 0 && cells[k][0].from == top {
			names[k] = strings.Join(strings.Fields(cells[k][0].text()), "")
			cells[k] = cells[k][1:]
		}
	}
	header = strings.Join(names, "｜")
	bulleted := 0
	for _, c := range cells[0] {
		if boxBullet(c.lines[0]) {
			bulleted++
		}
	}
	grouped := bulleted > 0 && bulleted < len(cells[0])
	if grouped {
		header = "类别｜" + header
	}
	rows = []string{header}
	group := ""
	for _, c := range cells[0] {
		if grouped && !boxBullet(c.lines[0]) {
			group = c.text()
			continue
		}
		for _, item := range boxItems(c, grouped) {
			row := []string{item.text()}
			for k := 1; k < cols; k++ {
				row = append(row, boxBeside(cells[k], item.from))
			}
			if grouped {
				row = append([]string{group}, row...)
			}
			rows = append(rows, strings.Join(row, "｜"))
		}
	}
	return rows, header
}

// boxItems splits a first-column cell into its bulleted items when the block is grouped.
func boxItems(c boxCell, grouped bool) []boxCell {
	if !grouped {
		return []boxCell{c}
	}
	var out []boxCell
	for i, l := range c.lines {
		if boxBullet(l) || len(out) == 0 {
			out = append(out, boxCell{from: c.from + i})
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

// boxBeside is the text of the cell of a column drawn beside line i of the block ("" when none is).
func boxBeside(cells []boxCell, i int) string {
	for _, c := range cells {
		if c.from <= i && i < c.to {
			return c.text()
		}
	}
	return ""
}
