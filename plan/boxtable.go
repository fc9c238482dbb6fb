package plan

import (
	"slices"
	"strconv"
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
// column's cells are the rows). An unbulleted cell of the row column followed by a bulleted one (△,
// ●, ■ …) heads the bulleted rows below it: the headings go into a 类别 column of their own, and each
// bulleted line of a cell is a row; a line drawn across the whole table below its header heads the
// rows below it the same way. ★ and ☆ mark key tasks, not items under a heading.

// boxVertical are the characters that separate cells on a line; boxRule those a border is drawn with.
const (
	boxVertical = "│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝╟╢╫╤╧"
	boxRule     = "─━═-="
	boxBullets  = "△▲●◆■□○•·※◇"
)

// boxCell is one cell of one column: its text, the lines of the block it is drawn on, and the line
// each of its text lines stands on.
type boxCell struct {
	from, to int // block lines [from, to)
	lines    []string
	at       []int
}

func (c boxCell) text() string { return strings.Join(c.lines, "") }

// unitText is the text of a cell under a unit column: its lines are units one a line ("财政局" over
// "审计局", "市财政局" over "人民银行") unless a line goes on with the name above it: a name wrapped at
// the cell's width ("市人力资源和社会" over "保障局"), a body's own office or branch ("县人民政府" over
// "办公室", "市公安局" over "交通警察支队", "市委" over "宣传部"). A label opens a list of its own
// ("牵头：市民政局" over "配合：市财政局").
func (c boxCell) unitText() string {
	var b strings.Builder
	for i, l := range c.lines {
		if i > 0 {
			switch prev := c.lines[i-1]; {
			case cellLabel.MatchString(l):
				b.WriteString("；")
			case unitsApart(prev, l):
				b.WriteString("、")
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// unitsApart: two lines of a unit cell that are two units, not one name wrapped.
func unitsApart(prev, l string) bool {
	if strings.ContainsAny(lastRune(prev), "、，,；;（(") || strings.HasPrefix(l, "（") || strings.HasPrefix(l, "(") || strings.HasPrefix(l, "等") {
		return false // "市财政局、市税务局" over "等部门": the list's tail
	}
	if !looksLikeUnit(prev) || superiorBody.MatchString(prev) || strings.HasSuffix(prev, "社会") {
		return false // "市人力资源和社会" over "保障局": 社会 ends no name
	}
	if opensName(l) {
		return true // "市大数据局" over "市发展和改革" (over "委员会")
	}
	if !looksLikeUnit(l) {
		return false
	}
	// An office or branch goes on the name of a body that has them (县人民政府 / 办公室, 市公安局 / 交通警察
	// 支队, 市委 / 宣传部, 市委组织部 / 干部科); after a section (规划处 / 财务处, 组织部 / 宣传部) it is a section
	// of its own.
	offices := hasOffices.MatchString(prev) || strings.HasSuffix(prev, "部") && strings.ContainsAny(lastRune(l), "科股室")
	return !offices || !goesOnName.MatchString(l) && !branchOf.MatchString(l) && !subordinate.MatchString(l)
}

// hasOffices ends a body's name that has offices, detachments and sections of its own, or a place's
// that has its government (各县（市、区） / 人民政府).
var hasOffices = mustCompile(`(?:局|委|政府|公司|院|厅|党委|党工委|管委会|集团|中心|[省市县区镇乡]|街道|）|\))$`)

// goesOnName is a line that goes on with the name above it: a government, a party committee or an
// office of it, a detachment, a branch, a section.
var goesOnName = mustCompile(`^(?:人民政府|政府|党委|党工委|党组|管委会|办公室|\p{Han}{0,8}(?:支队|大队|中队|分局|分院|分行|支行|分公司|派出所|部|科|股|室|处|所))$`)

// opensName: a line that begins a unit's name rather than going on with one.
func opensName(l string) bool {
	return unitStart(l) || strings.HasPrefix(l, "人民银行") || strings.HasPrefix(l, "国家") || strings.HasPrefix(l, "中国")
}

// cellLabel opens a line of a cell with a label: "配合：", "牵头单位:".
var cellLabel = mustCompile(`^\p{Han}{1,6}[:：]`)

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

// boxTable is what readBox makes of a block.
type boxTable struct {
	title     []string // lines across the table above its header
	rows      []string // piped rows, the header first
	notes     []string // lines across the table below its last row (注：…)
	header    string   // the header as drawn, without a 类别 column readBox adds
	grouped   bool     // the rows open with a 类别 cell
	lastGroup string   // the 类别 of the last row
}

// boxRows rewrites every box-drawn block of raws; lines outside blocks stay as they are.
func boxRows(raws []string) []string {
	var out []string
	var last *boxTable // the table before, while only page furniture stands between it and the next
	for i := 0; i < len(raws); i++ {
		if l := strings.TrimSpace(raws[i]); !boxLine(raws[i]) && l != "" && !pageFooter.MatchString(l) && !isPageNumber(l) && !tableGoesOn.MatchString(l) {
			last = nil // words of the plan between two tables: the second is a table of its own
		} else if last != nil && tableGoesOn.MatchString(l) {
			continue // "续表" between a table's pages: no line of the plan's (the rows go on after it)
		}
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
		t := readBox(raws[i:j])
		if t == nil {
			out = append(out, raws[i:j]...)
			i = j - 1
			continue
		}
		rows := t.rows
		if last != nil && t.header == last.header {
			// The same table again after a page break: its rows go on, under the last heading of the
			// page before when this page draws none.
			switch {
			case last.grouped && !t.grouped:
				rows = slices.Clone(rows[1:])
				for k := range rows {
					rows[k] = last.lastGroup + "｜" + rows[k]
				}
				t.grouped, t.lastGroup = true, last.lastGroup
			case last.grouped == t.grouped:
				rows = rows[1:]
			}
		}
		last = t
		out = append(append(append(out, t.title...), rows...), t.notes...)
		i = j - 1
	}
	return out
}

// tableGoesOn is a line that says a table goes on from the page before: 续表, （续表）, 续上表, 附表2（续）.
var tableGoesOn = mustCompile(`^[（(]?续(?:上)?表[）)]?\s*\d*$|^附表\s*\d*\s*[（(]续[）)]$`)

// isPageNumber: a page's bare number on a line of its own.
func isPageNumber(l string) bool {
	n, err := strconv.Atoi(l)
	return err == nil && n > 0 && n < 1000
}

// boxLine: a line that opens with a box character.
func boxLine(l string) bool {
	l = strings.TrimSpace(l)
	r, _ := utf8.DecodeRuneInString(l)
	return r != utf8.RuneError && strings.ContainsRune(boxVertical, r)
}

// partMark opens a part's or a section's heading (一、, （一）), not a numbered item's (1.).
var partMark = mustCompile(`^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])`)

// boxNote opens a note across a table: 注：, 备注：, 说明：.
var boxNote = mustCompile(`^(?:备注|注|说明)[:：]`)

// headingMark opens a heading: 一、, （一）, 1.
var headingMark = mustCompile(`^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])`)

// lineCells are a line's cells, the words after its last │ one of them when its right border is lost.
func lineCells(l string) []string {
	segs, tail := boxSegments(l)
	if tail != "" {
		segs = append(segs, tail)
	}
	return segs
}

// closedRight: a line that ends with a box character (or | and + in a table drawn with ASCII), its
// right border drawn.
func closedRight(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(l))
	return r != utf8.RuneError && (strings.ContainsRune(boxVertical, r) || r == '|' || r == '+')
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
// and after the last (tail is that last text, on a line whose right border is lost).
func boxSegments(l string) (segs []string, tail string) {
	var cur strings.Builder
	started := false
	l = strings.TrimSpace(l)
	border := gridBorder(l)
	for _, r := range l {
		if strings.ContainsRune(boxVertical, r) || r == '|' || border && r == '+' {
			if started {
				segs = append(segs, cur.String())
			}
			cur.Reset()
			started = true
			continue
		}
		cur.WriteRune(r)
	}
	return segs, strings.TrimSpace(cur.String())
}

// isRule: a segment drawn with rule characters only, the bottom border of its column's cell.
func isRule(s string) bool {
	s = strings.TrimSpace(s)
	return (s != "" && !strings.ContainsAny(s, "-=") || len(s) >= 3) && strings.Trim(s, boxRule) == ""
}

func allRules(segs []string) bool {
	for _, s := range segs {
		if !isRule(s) {
			return false
		}
	}
	return len(segs) > 0
}

// boxSerial is a 序号 cell's line: a bare number.
var boxSerial = mustCompile(`^(\d{1,3})[.、．]?$`)

// boxUnitColumn: a header naming units, whose cells may hold one unit a line.
var boxUnitColumn = mustCompile(`单位|部门|处室|科室|股室|主体`)

// boxOwnColumn: a header whose cells are a row's attributes (its units, leaders, time), which a
// merged cell gives several rows; the rows are those of another column.
var boxOwnColumn = mustCompile(`单位|部门|处室|科室|股室|主体|领导|责任人|时限|时间|期限|进度|备注`)

// readBox reads one block; nil when it is not a table most of whose lines have one segment per
// column.
//
// The header is the first cell of each column, down to the first rule drawn across every column: a
// header cell merged over two columns (责任单位 over 牵头单位 and 配合单位) is given to both, as the
// rule drawn under it alone shows. A line across the whole table below the header (│ 一、产业发展 │)
// heads the rows below it, which then get a 类别 column; one below the last row (│注：…│) is a note,
// kept as a line after the rows; one above the header is a title. A line whose right border is lost,
// or that is drawn with a cell missing, gives its words to the first columns. The rows are the cells
// of the column cut into the most (merged cells of the others spanning several), the first such
// column that is not one of units, leaders or times; a 序号 column whose cell holds numbers counting
// on (1, 2 …: the table drew no rule between its rows) cuts every column's cell before each number.
func readBox(block []string) *boxTable {
	// The columns: the cells drawn between borders; with a tail's only where most lines have one (the
	// right border lost everywhere), a stray mark or page number after one line's border being none.
	cols, tailed, lines := 0, 0, 0
	for _, l := range block {
		segs, tail := boxSegments(l)
		cols = max(cols, len(segs))
		if len(segs) > 0 {
			lines++
			if tail != "" {
				tailed++
			}
		}
	}
	if 2*tailed > lines {
		for _, l := range block {
			cols = max(cols, len(lineCells(l)))
		}
	}
	if cols < 2 {
		return nil
	}
	zoneEnd := headerZone(block, cols)
	spanMap := headerSpans(block[:max(zoneEnd, 0)], cols)
	cells := make([][]boxCell, cols)
	open := make([]boxCell, cols)
	closeCell := func(k, at int) {
		if len(open[k].lines) > 0 {
			open[k].to = at
			cells[k] = append(cells[k], open[k])
		}
		open[k] = boxCell{from: at + 1}
	}
	add := func(k int, s string, at int) {
		if s = strings.TrimSpace(s); s != "" && !isRule(s) {
			open[k].lines = append(open[k].lines, s)
			open[k].at = append(open[k].at, at)
		}
	}
	var spans []boxCell // lines across the table
	drawn, whole := 0, 0
	for i, l := range block {
		segs, tail := boxSegments(l)
		if len(segs) == 0 && tail == "" {
			continue // a border of corners alone
		}
		drawn++
		if tail != "" && len(segs)+1 == cols {
			// The right border lost, every cell there: the last one is the words after the last │.
			segs, tail = append(segs, tail), ""
		}
		if len(segs) == cols && tail == "" {
			whole++
			for k, s := range segs {
				if isRule(s) {
					if i >= zoneEnd {
						closeCell(k, i)
					}
					continue
				}
				add(k, s, i)
			}
			continue
		}
		switch m := spanMap[i]; {
		case m != nil:
			whole++
			for si, s := range segs {
				for _, k := range m[si] {
					add(k, s, i)
				}
			}
		case !closedRight(l):
			// The right border lost ("│  │项整治"): the words are the first columns'.
			whole++
			for k, s := range append(segs, tail) {
				if k < cols {
					add(k, s, i)
				}
			}
		case len(segs) == 1:
			for k := range open {
				closeCell(k, i)
			}
			if s := strings.TrimSpace(segs[0]); s != "" && !isRule(s) {
				if n := len(spans); n > 0 && spans[n-1].to == i && !headingMark.MatchString(s) {
					spans[n-1].lines, spans[n-1].to = append(spans[n-1].lines, s), i+1 // its words go on
				} else {
					spans = append(spans, boxCell{from: i, to: i + 1, lines: []string{s}, at: []int{i}})
				}
			}
		default:
			for k, s := range segs {
				add(k, s, i)
			}
		}
	}
	if 3*whole < 2*drawn {
		return nil
	}
	for k := range open {
		closeCell(k, len(block))
	}
	if len(cells[0]) == 0 {
		return nil
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
		return nil
	}
	t := &boxTable{header: strings.Join(names, "｜")}
	cutAtSerials(cells)
	rowCol := 0
	for k := range cells {
		if !boxOwnColumn.MatchString(names[k]) && len(cells[k]) > len(cells[rowCol]) {
			rowCol = k
		}
	}
	lastRow := -1
	for _, c := range cells[rowCol] {
		lastRow = max(lastRow, c.from)
	}
	var heads []boxCell
	for _, sp := range spans {
		switch {
		case sp.from < top:
			t.title = append(t.title, sp.text())
		case sp.from > lastRow || boxNote.MatchString(sp.text()):
			// A note under the rows: kept only when it says how to read their units ("注：列第一位的为
			// 牵头单位"); another (注：各单位按季度报送进展) would read as a task of the heading above
			// the table.
			if strings.Contains(sp.text(), "牵头") {
				t.notes = append(t.notes, sp.text())
			}
		default:
			heads = append(heads, sp)
		}
	}
	rowCells := cells[rowCol]
	var datedBeside func(boxCell) bool
	// A heading: an unbulleted cell followed by a bulleted one, with nothing of its own beside it (the
	// cells beside it are empty, or merged over the bulleted rows below too).
	heading := func(i int) bool {
		c := rowCells[i]
		if boxBullet(c.lines[0]) || i+1 >= len(rowCells) || !boxBullet(rowCells[i+1].lines[0]) {
			return false
		}
		if partMark.MatchString(c.lines[0]) && !datedBeside(c) {
			return true // "一、产业发展" over its ● rows, the group's lead maybe beside it
		}
		for k := range cells {
			if b := boxBeside(cells[k], c.from); k != rowCol && len(b.lines) > 0 && b.to <= c.to {
				return false
			}
		}
		return true
	}
	// datedBeside: a date stands beside the cell (a task of its own with ● measures under it).
	datedBeside = func(c boxCell) bool {
		for k := range cells {
			if b := boxBeside(cells[k], c.from); k != rowCol && b.to <= c.to && len(ParseDeadlines(b.text())) > 0 {
				return true
			}
		}
		return false
	}
	for i := range rowCells {
		t.grouped = t.grouped || heading(i)
	}
	t.grouped = t.grouped || len(heads) > 0
	header := t.header
	if t.grouped {
		header = "类别｜" + header
	}
	t.rows = []string{header}
	group := ""
	for i, c := range rowCells {
		switch {
		case len(heads) > 0:
			group = boxGroup(heads, c.from)
		case heading(i):
			group = c.text()
			// A unit named beside the heading leads its group's rows: "一、产业发展 │市发改委│".
			for k := range cells {
				if b := boxBeside(cells[k], c.from); k != rowCol && boxUnitColumn.MatchString(names[k]) && !strings.ContainsAny(names[k], "配合参与协") && len(b.lines) > 0 && b.to <= c.to {
					group += "（牵头单位：" + b.unitText() + "）"
				}
			}
			continue
		case !boxBullet(c.lines[0]):
			group = "" // a row of its own after the bulleted ones
		}
		if c.to == 0 {
			c.to = len(block)
		}
		items := boxItems(c)
		for n, item := range items {
			row := make([]string, cols)
			for k := range cells {
				unitCol := boxUnitColumn.MatchString(names[k])
				switch {
				case k == rowCol:
					row[k] = item.text()
				case len(items) > 1:
					beside := lineFor(boxBeside(cells[k], item.from), items, n, unitCol)
					if unitCol {
						row[k] = beside.unitText()
					} else {
						row[k] = beside.text()
					}
				default:
					row[k] = besideText(cells[k], item, unitCol)
				}
			}
			if t.grouped {
				g := group
				if g == "" {
					g = item.text() // a row under no heading is its own group (a row opening with ｜ goes on the row above)
				}
				row = append([]string{g}, row...)
			}
			t.rows = append(t.rows, strings.Join(row, "｜"))
		}
		t.lastGroup = group
	}
	return t
}

// headerZone is the index of the first rule drawn across every column below a line of text: the
// header's lines are above it (-1 when there is none).
func headerZone(block []string, cols int) int {
	text := false
	for i, l := range block {
		segs := lineCells(l)
		if len(segs) == cols && allRules(segs) {
			if text {
				return i
			}
			continue
		}
		for _, s := range segs {
			if strings.TrimSpace(s) != "" && !isRule(s) {
				text = true
			}
		}
	}
	return -1
}

// headerSpans maps each segment of a header line drawn with fewer cells than the table has columns
// to the columns it spans, as the rule drawn under a merged cell alone shows: "│序号│工作任务│责任单位│"
// over "│  │        ├────┬────┤" gives 责任单位 the last two columns.
func headerSpans(zone []string, cols int) map[int][][]int {
	out := map[int][][]int{}
	for i, l := range zone {
		segs, tail := boxSegments(l)
		if len(segs) < 2 || len(segs) >= cols || tail != "" {
			continue
		}
		for _, under := range zone[i+1:] {
			us := lineCells(under)
			if len(us) != cols || allRules(us) {
				continue
			}
			var runs [][]int
			for k, s := range us {
				if isRule(s) && k > 0 && isRule(us[k-1]) {
					runs[len(runs)-1] = append(runs[len(runs)-1], k)
					continue
				}
				runs = append(runs, []int{k})
			}
			if len(runs) == len(segs) {
				out[i] = runs
			}
			break
		}
	}
	return out
}

// cutAtSerials cuts every column's cells before each number a 序号 cell holds after its first, when
// the numbers count on from it (1, 2, 3): the table drew no rule between those rows. A number wrapped
// in a narrow column ("1" over "0") does not count on.
func cutAtSerials(cells [][]boxCell) {
	last := -1 // the number of the 序号 cell above
	for _, c := range cells[0] {
		m := boxSerial.FindStringSubmatch(c.lines[0])
		if m == nil {
			continue
		}
		joined, err := strconv.Atoi(c.text())
		if err == nil && last >= 0 && joined == last+1 {
			last = joined // "1" over "2" after 11: the number 12 wrapped
			continue
		}
		prev, _ := strconv.Atoi(m[1])
		last = prev
		var cuts []int
		for i := 1; i < len(c.lines); i++ {
			m := boxSerial.FindStringSubmatch(c.lines[i])
			if m == nil {
				continue
			}
			if n, _ := strconv.Atoi(m[1]); n != prev+1 {
				cuts = nil
				break
			}
			prev++
			cuts = append(cuts, c.at[i])
		}
		if len(cuts) > 0 {
			last = prev
		} else if err == nil {
			last = joined
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
}

// boxGroup is the heading over block line i: the last line across the table above it.
func boxGroup(heads []boxCell, i int) string {
	group := ""
	for _, h := range heads {
		if h.from < i {
			group = h.text()
		}
	}
	return group
}

// boxItems splits a row cell into its bulleted items: each bulleted line opens one.
func boxItems(c boxCell) []boxCell {
	if !boxBullet(c.lines[0]) {
		return []boxCell{c}
	}
	var out []boxCell
	for i, l := range c.lines {
		if boxBullet(l) || len(out) == 0 {
			out = append(out, boxCell{from: c.at[i]})
			l = strings.TrimLeft(l, boxBullets)
		}
		out[len(out)-1].lines = append(out[len(out)-1].lines, l)
		out[len(out)-1].at = append(out[len(out)-1].at, c.at[i])
	}
	for n := range out {
		out[n].to = c.to
		if n+1 < len(out) {
			out[n].to = out[n+1].from
		}
	}
	return out
}

// lineFor is the part of a cell drawn beside item n of a cell of several items: its line beside the
// item when it has one line beside each ("市发改委" beside the first △, "市经信局" beside the second)
// and, under a unit column, those lines are units apart; else all of it.
func lineFor(beside boxCell, items []boxCell, n int, unitCol bool) boxCell {
	if len(beside.lines) != len(items) {
		return beside
	}
	for j := 1; unitCol && j < len(beside.lines); j++ {
		if !unitsApart(beside.lines[j-1], beside.lines[j]) {
			return beside // one name wrapped beside two items ("市人力资源和社会" over "保障局")
		}
	}
	for j, it := range items {
		if beside.at[j] < it.from || beside.at[j] >= it.to {
			return beside
		}
	}
	return boxCell{from: beside.at[n], to: beside.at[n] + 1, lines: beside.lines[n : n+1], at: beside.at[n : n+1]}
}

func boxBullet(l string) bool {
	r, _ := utf8.DecodeRuneInString(l)
	return strings.ContainsRune(boxBullets, r)
}

// besideText is the text a column gives a row: the cell drawn beside its first line, and the cells
// that open beside its other lines (a unit cell ruled into 办公室 and 法规处 beside one merged task
// cell is both).
func besideText(cells []boxCell, row boxCell, unitCol bool) string {
	var parts []string
	for _, c := range cells {
		if c.from <= row.from && row.from < c.to || row.from < c.from && c.from < row.to {
			if unitCol {
				parts = append(parts, c.unitText())
			} else {
				parts = append(parts, c.text())
			}
		}
	}
	if unitCol {
		return strings.Join(parts, "、")
	}
	return strings.Join(parts, "；")
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
