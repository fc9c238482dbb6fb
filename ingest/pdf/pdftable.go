package pdf

import (
	"math"
	"sort"
	"strings"
)

// Tables in a PDF are glyphs inside ruled cells. Word and WPS draw the rules as stroked lines or
// thin filled rectangles; the content interpreter keeps the axis-aligned ones. Rules that touch
// each other form a table; the horizontal rules cut it into row bands, and the vertical rules that
// cross a band cut that band into cells (so a cell spanning columns is one cell). Each glyph inside
// a cell is set aside from the page's running text, and the cell's lines are joined into
// paragraphs against the cell's own edges. A table becomes one block in the page, at its top,
// written row by row, one cell paragraph per line. Borderless tables fall back to the line
// segments (cells split at wide gaps).

// rule is an axis-aligned line on the page: horizontal when y0 == y1, vertical when x0 == x1.
type rule struct {
	x0, y0, x1, y1 float64
}

func (r rule) horizontal() bool { return r.y0 == r.y1 }

const ruleTol = 2.0 // points: rules this close count as touching

// addRect keeps a rectangle's edges as rules: a thin rectangle is one rule, a cell-sized one four.
func (x *pdfText) addRect(x0, y0, x1, y1 float64) {
	if len(x.rules) >= maxPageRules { // a drawing, not a table; findTables is quadratic in rules
		return
	}
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	w, h := x1-x0, y1-y0
	switch {
	case w < 0.5 && h < 0.5:
	case h <= 2.5:
		x.rules = append(x.rules, rule{x0, (y0 + y1) / 2, x1, (y0 + y1) / 2})
	case w <= 2.5:
		x.rules = append(x.rules, rule{(x0 + x1) / 2, y0, (x0 + x1) / 2, y1})
	case w > 0.9*x.pageW && h > 0.9*x.pageH:
		// a page background or clip, not a cell
	default:
		x.rules = append(x.rules, rule{x0, y0, x1, y0}, rule{x0, y1, x1, y1}, rule{x0, y0, x0, y1}, rule{x1, y0, x1, y1})
	}
}

// addSegment keeps a stroked line when it is horizontal or vertical.
func (x *pdfText) addSegment(ax, ay, bx, by float64) {
	if len(x.rules) >= maxPageRules {
		return
	}
	switch {
	case math.Abs(ay-by) < 0.5 && math.Abs(ax-bx) > 1:
		x.rules = append(x.rules, rule{math.Min(ax, bx), ay, math.Max(ax, bx), ay})
	case math.Abs(ax-bx) < 0.5 && math.Abs(ay-by) > 1:
		x.rules = append(x.rules, rule{ax, math.Min(ay, by), ax, math.Max(ay, by)})
	}
}

func touches(h, v rule) bool {
	return v.x0 >= h.x0-ruleTol && v.x0 <= h.x1+ruleTol && h.y0 >= v.y0-ruleTol && h.y0 <= v.y1+ruleTol
}

type pdfTable struct {
	x0, y0, x1, y1 float64 // bounding box
	bands          []band  // top to bottom
}

type band struct {
	top, bottom float64
	xs          []float64 // cell edges, left to right
	cells       [][]glyph
}

// findTables groups touching rules into tables.
func findTables(rules []rule) []*pdfTable {
	if len(rules) < 4 {
		return nil
	}
	parent := make([]int, len(rules))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, a := range rules {
		for j := i + 1; j < len(rules); j++ {
			b := rules[j]
			var t bool
			switch {
			case a.horizontal() && !b.horizontal():
				t = touches(a, b)
			case !a.horizontal() && b.horizontal():
				t = touches(b, a)
			}
			if t {
				parent[find(i)] = find(j)
			}
		}
	}
	groups := map[int][]rule{}
	for i, r := range rules {
		groups[find(i)] = append(groups[find(i)], r)
	}
	var tables []*pdfTable
	for _, g := range groups {
		if t := makeTable(g); t != nil {
			tables = append(tables, t)
		}
	}
	sort.Slice(tables, func(i, j int) bool { return tables[i].y1 > tables[j].y1 })
	return tables
}

func makeTable(rs []rule) *pdfTable {
	var hs, vs []rule
	t := &pdfTable{x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	for _, r := range rs {
		if r.horizontal() {
			hs = append(hs, r)
		} else {
			vs = append(vs, r)
		}
		t.x0, t.y0 = math.Min(t.x0, r.x0), math.Min(t.y0, r.y0)
		t.x1, t.y1 = math.Max(t.x1, r.x1), math.Max(t.y1, r.y1)
	}
	ys := make([]float64, 0, len(hs))
	for _, h := range hs {
		ys = append(ys, h.y0)
	}
	ys = mergeClose(ys)
	if len(ys) < 2 || len(vs) < 2 {
		return nil
	}
	for i := len(ys) - 1; i > 0; i-- { // ys ascend: bands top to bottom
		top, bottom := ys[i], ys[i-1]
		var xs []float64
		for _, v := range vs {
			if v.y0 <= bottom+ruleTol && v.y1 >= top-ruleTol {
				xs = append(xs, v.x0)
			}
		}
		xs = mergeClose(xs)
		if len(xs) < 2 {
			continue
		}
		t.bands = append(t.bands, band{top: top, bottom: bottom, xs: xs, cells: make([][]glyph, len(xs)-1)})
	}
	if len(t.bands) == 0 {
		return nil
	}
	return t
}

// mergeClose sorts values and merges those within ruleTol of each other.
func mergeClose(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if len(out) > 0 && x-out[len(out)-1] <= ruleTol {
			continue
		}
		out = append(out, x)
	}
	return out
}

// take puts a glyph into its cell and reports whether it was inside the table.
func (t *pdfTable) take(g glyph) bool {
	px, py := g.x+g.w/2, g.y+0.3*g.size
	if px < t.x0 || px > t.x1 || py < t.y0 || py > t.y1 {
		return false
	}
	for i := range t.bands {
		b := &t.bands[i]
		if py > b.top || py < b.bottom {
			continue
		}
		for j := 0; j+1 < len(b.xs); j++ {
			if px >= b.xs[j] && px <= b.xs[j+1] {
				b.cells[j] = append(b.cells[j], g)
				return true
			}
		}
	}
	return false
}

// tableRow is one band of a table as text: each cell's paragraphs, and whether the cell's last
// line ran to its right edge (the text may go on in the same cell on the next page).
type tableRow struct {
	xs    []float64
	cells [][]string
	open  []bool
}

// rows writes the table's bands as text.
func (t *pdfTable) rows() []tableRow {
	var out []tableRow
	for _, b := range t.bands {
		r := tableRow{xs: b.xs, cells: make([][]string, len(b.cells)), open: make([]bool, len(b.cells))}
		empty := true
		for j, gl := range b.cells {
			if len(gl) == 0 {
				continue
			}
			r.cells[j], r.open[j] = cellParagraphs(buildLines(gl), b.xs[j], b.xs[j+1])
			empty = empty && len(r.cells[j]) == 0
		}
		if !empty {
			out = append(out, r)
		}
	}
	return out
}

// flatten writes rows one cell paragraph per line.
func flatten(rows []tableRow) []string {
	var out []string
	for _, r := range rows {
		for _, c := range r.cells {
			out = append(out, c...)
		}
	}
	return out
}

// continues reports whether r, at the top of a page, is the rest of row prev cut by the page
// break: the same columns, an empty first cell (the 序号 was written above), and a cell that ran
// to its edge above and goes on here.
func continues(prev, r tableRow) bool {
	if len(prev.xs) != len(r.xs) || len(r.cells) == 0 || len(r.cells[0]) > 0 {
		return false
	}
	for i := range r.xs {
		if math.Abs(prev.xs[i]-r.xs[i]) > ruleTol {
			return false
		}
	}
	for j := range r.cells {
		if prev.open[j] && len(r.cells[j]) > 0 {
			return true
		}
	}
	return false
}

// merge appends r's cells to prev's: a cell that ran to its edge goes on in its last paragraph.
func merge(prev *tableRow, r tableRow) {
	for j, c := range r.cells {
		if len(c) == 0 {
			continue
		}
		if prev.open[j] && len(prev.cells[j]) > 0 {
			last := len(prev.cells[j]) - 1
			prev.cells[j][last] += c[0]
			c = c[1:]
		}
		prev.cells[j] = append(prev.cells[j], c...)
		prev.open[j] = r.open[j]
	}
}

// cellParagraphs joins a cell's wrapped lines: the text margin is the leftmost line start, the
// right margin mirrors it from the cell's right edge. open tells whether the last line reaches
// that margin.
func cellParagraphs(lines []pdfLine, left, right float64) (paras []string, open bool) {
	if len(lines) == 0 {
		return nil, false
	}
	textLeft, size := math.Inf(1), 0.0
	cjk, all := 0, 0
	for _, l := range lines {
		textLeft = math.Min(textLeft, l.x0)
		size = math.Max(size, l.size)
		for _, r := range l.text() {
			all++
			if isWide(r) {
				cjk++
			}
		}
	}
	pad := math.Max(0, textLeft-left)
	var flat []pdfLine
	for _, l := range lines {
		if len(l.segs) > 1 { // a gap inside a cell is not a column: keep the text together
			l.segs = []pdfSeg{{x0: l.x0, x1: l.x1, text: l.text()}}
		}
		flat = append(flat, l)
	}
	last := lines[len(lines)-1]
	return paragraphs(flat, textLeft, right-pad, size, cjk*3 > all), last.x1 >= right-pad-1.2*last.size
}

// placeTables takes the glyphs inside tables out of gl and returns the rest with the tables as
// blocks, each at its top edge.
func placeTables(gl []glyph, rules []rule) ([]glyph, []pdfLine) {
	tables := findTables(rules)
	if len(tables) == 0 {
		return gl, nil
	}
	free := gl[:0:0]
	for _, g := range gl {
		taken := false
		for _, t := range tables {
			if t.take(g) {
				taken = true
				break
			}
		}
		if !taken {
			free = append(free, g)
		}
	}
	var blocks []pdfLine
	for _, t := range tables {
		rows := t.rows()
		if len(rows) == 0 {
			continue
		}
		blocks = append(blocks, pdfLine{y: t.y1, x0: t.x0, x1: t.x1, rows: rows,
			segs: []pdfSeg{{x0: t.x0, x1: t.x1, text: strings.Join(flatten(rows), " ")}}})
	}
	return free, blocks
}
