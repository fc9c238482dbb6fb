package plan

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table copied out of a PDF or a word processor often arrives with its cells separated by spaces
// only: "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位", then one line a row, where a cell may
// hold spaces of its own ("严守用水 效率控制 红线") and merged cells leave a row short. Read by
// position, such rows go wrong; read by content they do not: the cells that name units sit at the end
// of the row, in the order of the unit columns, and what follows them (备注, 完成时限) is short.
//
// spacedTable recognises such a header while the text is still raw (before spaces inside Chinese text
// are removed) and rewrites the header and each row as a piped line, so that the piped-table reader
// reads them: the row's number in the number column, its unit cells in the unit columns, the short
// cells after them in the columns after, and all the rest, joined, as the row's content.
type spacedTable struct {
	names     []string
	roles     []colRole
	numCol    int   // -1 when the table has no number column
	content   int   // the column the row's words go to
	unitCols  []int // in header order
	afterCols []int // columns after the last unit column
	row       []string
	rowOpen   bool
	// spans are where the open row's cells stand on its line (display columns, a Chinese character
	// two wide), each with the column it went to; nil when the line's layout is not known.
	spans []cellSpan
	// unitsFirst: the unit columns stand before the content column ("序号 责任单位 重点任务 完成时限").
	unitsFirst bool
	// atEnd: the line being read is the text's last, where a copy cut off ends.
	atEnd bool
}

// cellSpan is where a cell's text stands on a spaced line, [from, to) in display columns, and the
// table's column it was read into.
type cellSpan struct{ from, to, col int }

// spacedCell bounds a header cell: a column name is a short phrase.
const spacedCell = 10

// spacedHeader reads a spaced header starting at raws[i], joining at most two following lines that
// continue it ("计划投资" / "(万元) 建设地址 牵头或责任单位 备注"); n is how many lines it took.
func spacedHeader(raws []string, i int) (*spacedTable, int) {
	if anyRune(raws[i], "|｜\t") {
		return nil, 0 // a piped table: the piped reader's
	}
	first := strings.Fields(raws[i])
	if len(first) < 3 || !headerTokens(first) || len(first) == 3 && !threeColumns(first) {
		return nil, 0
	}
	tokens := first
	n := 1
	firstSpans := fieldSpans(strings.TrimRight(raws[i], "\r"), len(first))
	for ; n < 3 && i+n < len(raws); n++ {
		next := strings.Fields(raws[i+n])
		if len(next) == 0 || anyRune(raws[i+n], "|｜\t") || isRowNumber(next[0]) || !headerTokens(next) || groupHeading(strings.TrimSpace(raws[i+n])) || rowCells(next) {
			break
		}
		if under := cellsUnder(firstSpans, strings.TrimRight(raws[i+n], "\r"), len(next)); under != nil {
			// "完成" over "时限", under its column: a header cell too narrow for its name, wrapped.
			tokens = slices.Clone(tokens)
			for k, col := range under {
				tokens[col] += next[k]
			}
			continue
		}
		tokens = append(tokens, next...)
	}
	var names []string
	for _, tk := range tokens {
		if k := len(names); k > 0 && (strings.HasPrefix(tk, "(") || strings.HasPrefix(tk, "（")) {
			names[k-1] += tk // "计划投资" "(万元)": a note on the column before
			continue
		}
		names = append(names, tk)
	}
	// Try the shortest header first: the lines after the first may already be rows.
	for m := len(first); m <= len(names); m++ {
		if t := newSpacedTable(names[:m]); t != nil && (m == len(names) || n == 1) {
			return t, n
		}
	}
	if t := newSpacedTable(names); t != nil {
		return t, n
	}
	return nil, 0
}

// threeColumns is a header of three columns that a task table has, the task's, its units' (or its
// number) and its time ("工作任务 责任单位 完成时限", "序号 工作任务 完成时限"): a shorter header than spacedHeader reads otherwise, taken only
// when each of its names says its role.
func threeColumns(names []string) bool {
	roles := headerRoles(names)
	return slices.Contains(roles, colTitle) && slices.Contains(roles, colDeadline) &&
		(roles[0] == colNumber || slices.ContainsFunc(roles, func(r colRole) bool { return r == colUnits || r == colLead }))
}

// cellsUnder places the n cells of full, a header line's continuation standing indented under the
// header's cells (spans), each under the header cell it falls in: from that cell's start to the next
// one's. nil when the line is not indented past the first cell, or its layout is not known.
func cellsUnder(spans []cellSpan, full string, n int) []int {
	next := fieldSpans(full, n)
	if spans == nil || next == nil || len(spans) < 2 || next[0].from < spans[1].from {
		return nil
	}
	out := make([]int, n)
	for k, sp := range next {
		col := 0
		for c := range spans {
			if spans[c].from <= sp.from+1 {
				col = c
			}
		}
		out[k] = col
	}
	return out
}

// rowCells reports a line of short cells that is a row, not more of the header: one names a body
// ("区民政局") or a month ("2026年10月底前").
func rowCells(tokens []string) bool {
	return slices.ContainsFunc(tokens, func(tk string) bool { return IsOrgan(tk) || monthInCell.MatchString(tk) })
}

// monthInCell is a month in a cell: "10月", "2026年10月底前".
var monthInCell = mustCompile(`\d{1,2}\s*月`)

// headerTokens: every token is a short name, with no sentence punctuation.
func headerTokens(tokens []string) bool {
	for _, tk := range tokens {
		if utf8.RuneCountInString(cellNote.ReplaceAllString(tk, "")) > spacedCell || strings.ContainsAny(tk, "。，,；;：:、") || isRowNumber(tk) {
			return false
		}
	}
	return true
}

// headerThenRow splits a line that holds a spaced header and then a row, the row opening with its
// number: "序号 类别 主要任务 牵头单位 责任单位 4 水污染防治 …" (a table flattened onto one line).
func headerThenRow(raw string) (head, row string, ok bool) {
	fields := strings.Fields(raw)
	for k, f := range fields {
		if !isRowNumber(f) {
			continue
		}
		if k < 4 || k+2 >= len(fields) || !headerTokens(fields[:k]) {
			return "", "", false
		}
		at := 0
		for _, g := range fields[:k] {
			at = strings.Index(raw[at:], g) + at + len(g)
		}
		return strings.Join(fields[:k], " "), strings.TrimSpace(raw[at:]), true
	}
	// "工作任务 具体措施 牵头单位 责任单位 时间节点 提升公共服务 新建…8个 区民政局 各街道办事处 2025年11
	// 月": a header and the one row of its table with no number, a cell for every column. Where the
	// line splits in half, the first half names columns (units among them) and the second does not.
	if k := len(fields) / 2; len(fields)%2 == 0 && k >= 4 && headerTokens(fields[:k]) && newSpacedTable(fields[:k]) != nil &&
		len(headerRoles(fields[k:])) == k && !slices.ContainsFunc(headerRoles(fields[k:]), func(r colRole) bool { return r != colOther }) {
		at := 0
		for _, g := range fields[:k] {
			at = strings.Index(raw[at:], g) + at + len(g)
		}
		return strings.Join(fields[:k], " "), strings.TrimSpace(raw[at:]), true
	}
	return "", "", false
}

// cellNote is a note in brackets on a header cell, "（万元）": no part of the name's length.
var cellNote = mustCompile(`[（(][^（()）]{1,8}[)）]`)

func newSpacedTable(names []string) *spacedTable {
	roles := headerRoles(names)
	t := &spacedTable{names: names, roles: roles, numCol: -1, content: -1}
	hasTitle := false
	for k, r := range roles {
		switch r {
		case colNumber:
			if t.numCol < 0 {
				t.numCol = k
			}
		case colUnits, colLead, colPartic:
			t.unitCols = append(t.unitCols, k)
		case colTitle:
			hasTitle = true
		}
	}
	if len(t.unitCols) == 0 {
		return unitlessTable(t)
	}
	if t.numCol < 0 && !hasTitle {
		return nil
	}
	last := t.unitCols[len(t.unitCols)-1]
	for k := range roles {
		if k > last {
			t.afterCols = append(t.afterCols, k)
		}
	}
	// The row's words go to the first content column before the units, else to the title column.
	for k := 0; k < t.unitCols[0]; k++ {
		if roles[k] == colOther {
			t.content = k
			break
		}
	}
	for k := 0; t.content < 0 && k < t.unitCols[0]; k++ {
		if roles[k] == colTitle {
			t.content = k
		}
	}
	if t.content < 0 {
		// "序号 责任单位 重点任务 完成时限": a list by unit, its task column after the units'; the
		// columns after the task's are short (完成时限).
		for k := last + 1; k < len(roles) && t.content < 0; k++ {
			if roles[k] == colOther || roles[k] == colTitle {
				t.content = k
			}
		}
		if t.content < 0 || len(t.unitCols) != t.content-t.unitCols[0] {
			return nil
		}
		t.unitsFirst = true
		t.afterCols = slices.DeleteFunc(t.afterCols, func(k int) bool { return k <= t.content })
	}
	return t
}

// unitlessTable reads a numbered task table with no unit column ("序号 工作任务 完成时限"), its rows
// grouped under headings that name their units or their areas: the number, the task's words, then
// its time; nil for another header.
func unitlessTable(t *spacedTable) *spacedTable {
	if t.numCol != 0 || len(t.roles) < 3 || !slices.Contains(t.roles, colDeadline) {
		return nil
	}
	if r := t.roles[1]; r != colTitle && r != colOther {
		return nil
	}
	t.content, t.unitsFirst = 1, true
	for k := 2; k < len(t.roles); k++ {
		t.afterCols = append(t.afterCols, k)
	}
	return t
}

func (t *spacedTable) headerLine() string { return strings.Join(t.names, "｜") }

// cnOrdinal matches a group row's number: "一", "十二".
var cnOrdinal = mustCompile(`^[一二三四五六七八九十]{1,3}$`)

// line takes one raw line of the table, trimmed, and the line as it stands (its spaces before its
// first cell kept; "" when its layout means nothing). It returns the piped lines to emit and whether
// the line belonged to the table; when it did not, the table has ended and the line is to be read as
// usual.
func (t *spacedTable) line(raw, full string) (out []string, ok bool) {
	tokens := strings.Fields(raw)
	if len(tokens) == 0 {
		return nil, true
	}
	if tableEnd(raw) {
		return t.flush(), false
	}
	spans := fieldSpans(full, len(tokens))
	num := ""
	if isRowNumber(tokens[0]) {
		num, tokens = tokens[0], tokens[1:]
		if spans != nil {
			spans = spans[1:]
		}
	} else if n, rest, ok := t.markedNumber(tokens); ok {
		if spans != nil && len(rest) < len(tokens) {
			spans = spans[1:] // "1. 开展…": the number a cell of its own
		} else {
			spans = nil // "1.开展…": the row's first cell starts after its number
		}
		num, tokens = n, rest
	} else if cnOrdinal.MatchString(tokens[0]) && len(tokens) > 1 && len(tokens) <= 3 {
		// A group row, "一 绿色农业发展工程 73700": a heading over the rows below it.
		return append(t.flush(), tokens[0]+"、"+tokens[1]), true
	} else if len(tokens) <= 2 && groupHeading(raw) {
		// A group row with its own ordinal, "（一）商贸消费", "二、县工信局": a heading over the rows
		// below it, the first group's as the next's.
		return append(t.flush(), strings.Join(tokens, "")), true
	}
	tokens, spans = labelledTails(tokens, spans)
	if row, ok := t.aligned(num, tokens); ok {
		// As many cells as the header has columns, units where the units go: each cell in its
		// column, so a time column (开工时间, 竣工时间) keeps its own date.
		out = t.flush()
		t.row, t.rowOpen = row, true
		t.spans = nil
		if spans != nil {
			for k, sp := range spans {
				sp.col = k
				if t.numCol >= 0 {
					sp.col++
				}
				t.spans = append(t.spans, sp)
			}
		}
		return out, true
	}
	if num == "" && t.rowOpen && t.finishesCut(tokens, spans) {
		// "企业清洁能源替代改造 … 态环境局" under "推进…，完成10家 … 县发改委、县生": the row's cells
		// going on, a unit cell's cut name finished below it.
		t.goOn(tokens, spans)
		return nil, true
	}
	units, after, rest := t.split(tokens)
	if t.unitsFirst {
		units, after, rest = t.splitUnitsFirst(tokens)
	}
	if num == "" && len(units) == 0 {
		// A line with neither a number nor units: the row's words going on, or the table's end.
		if !t.rowOpen || utf8.RuneCountInString(raw) > 60 {
			return t.flush(), false
		}
		if lvl, _, _, _ := heading(raw); lvl != lvlNone {
			return t.flush(), false
		}
		if t.unitsBelow(rest) {
			return nil, true
		}
		t.goOn(rest, spans)
		return nil, true
	}
	out = t.flush()
	t.row, t.rowOpen = t.place(num, units, after, rest, " "), true
	t.spans = nil
	if spans != nil && len(rest)+len(units)+len(after) == len(spans) {
		for k, sp := range spans {
			switch {
			case t.unitsFirst && k < len(units):
				sp.col = t.unitCols[k]
			case t.unitsFirst && k < len(units)+len(rest):
				sp.col = t.content
			case t.unitsFirst:
				sp.col = t.afterCols[k-len(units)-len(rest)]
			case k < len(rest):
				sp.col = t.content
			case k < len(rest)+len(units):
				sp.col = t.unitCols[k-len(rest)]
			default:
				sp.col = t.afterCols[k-len(rest)-len(units)]
			}
			t.spans = append(t.spans, sp)
		}
	}
	return out, true
}

// markedRowNumber is a 序号 cell as a word processor numbers it, "1." "1、" "（1）", alone or glued to
// the row's first words ("1.开展…").
var markedRowNumber = mustCompile(`^(?:(\d{1,3})[.、．]|[（(](\d{1,3})[)）])(\p{Han}.*)?$`)

// markedNumber reads a row that opens with a marked number (markedRowNumber): its bare number and
// its cells after it. A line of the open row's words may open with such a number too ("1.完善…" in a
// cell of steps), so ok is false unless the cells after the number hold the row's units.
func (t *spacedTable) markedNumber(tokens []string) (num string, rest []string, ok bool) {
	m := markedRowNumber.FindStringSubmatch(tokens[0])
	if m == nil || t.numCol < 0 {
		return "", nil, false
	}
	rest = tokens[1:]
	if m[3] != "" {
		rest = append([]string{m[3]}, rest...)
	}
	units, _, _ := t.split(rest)
	if t.unitsFirst {
		units, _, _ = t.splitUnitsFirst(rest)
	}
	if len(units) == 0 {
		return "", nil, false
	}
	return m[1] + m[2], rest, true
}

// groupHeading is a short heading line between a table's rows: an ordinal (一、, （二）) and a few
// words, no sentence.
func groupHeading(raw string) bool {
	lvl, _, _, rest := heading(raw)
	return (lvl == lvlPart || lvl == lvlSection) && rest != "" && utf8.RuneCountInString(raw) <= 24 && !strings.ContainsAny(raw, "。，,；;：:")
}

// labelledUnits is a cell that is a role label, its colon and a list of units: "配合：县数据局".
func labelledUnits(s string) bool {
	k := strings.IndexAny(s, ":：")
	if k <= 0 || matchLabel(s[:k]) == nil {
		return false
	}
	rest := strings.TrimLeft(s[k:], ":：")
	return rest != "" && isUnitList(rest)
}

// labelledTails parts a cell that ends in a unit cell of labels: "推行…一日办结；牵头：县市场监管局；配合：
// 县税务局" is the task's cell and its unit cell, the space between them read as a clause break
// (spacedLabels) before the table was known. The cells' places are then unknown (nil spans).
func labelledTails(tokens []string, spans []cellSpan) ([]string, []cellSpan) {
	var out []string
	for k, tok := range tokens {
		if i := strings.Index(tok, "；"); i > 0 && !labelledCell(tok) && labelledCell(tok[i+len("；"):]) {
			if out == nil {
				out = slices.Clone(tokens[:k])
			}
			out = append(out, tok[:i], tok[i+len("；"):])
			continue
		}
		if out != nil {
			out = append(out, tok)
		}
	}
	if out == nil {
		return tokens, spans
	}
	return out, nil
}

// finishesCut reports whether a line with no row number finishes, under the open row's unit cell, a
// name that cell's line cut ("县发改委、县生" over "态环境局"): the line goes on the row, not a new one.
func (t *spacedTable) finishesCut(tokens []string, spans []cellSpan) bool {
	if spans == nil || t.spans == nil || len(spans) != len(tokens) {
		return false
	}
	for k, tok := range tokens {
		col, best := -1, 0
		for _, sp := range t.spans {
			if o := min(sp.to, spans[k].to) - max(sp.from, spans[k].from); o > best {
				best, col = o, sp.col
			}
		}
		if col < 0 || !slices.Contains(t.unitCols, col) {
			continue
		}
		cell := t.row[col]
		if (cutUnitList(cell) || cutUnitName(cell) && !isUnitList(cell)) && isUnitList(cell+tok) {
			return true
		}
	}
	return false
}

// goOn takes a line that carries on the open row. A cell too long for its column goes on below,
// under its own column ("市公安局、" over "市税务局", "各县（市、区）" over "政府", the task's words under
// the task's): each of the line's cells goes to the cell of the row whose place it overlaps most,
// joined as the cell's lines are (a unit's name is not cut by a space). A cell under no cell of the
// row, or a line whose layout is not known, carries on the row's words, as before.
func (t *spacedTable) goOn(tokens []string, spans []cellSpan) {
	for k, tok := range tokens {
		col := t.content
		if spans != nil && t.spans != nil {
			best := 0
			for _, sp := range t.spans {
				if o := min(sp.to, spans[k].to) - max(sp.from, spans[k].from); o > best {
					best, col = o, sp.col
				}
			}
		}
		switch {
		case col == t.content:
			t.row[col] += " " + tok
		case t.row[col] == "":
			t.row[col] = tok
		case IsOrgan(t.row[col][strings.LastIndexAny(t.row[col], "、，, ")+1:]) && IsOrgan(tok):
			t.row[col] += "、" + tok // "市公安局" over "市税务局": one name a line
		default:
			t.row[col] += tok
		}
	}
}

// unitsBelow takes a line of units alone that carries on the open row's unit cells, its task's words
// closed by a stop: "1 …增长5%左右。 区财政局" over "区税务局" over "区政府有关部门,各乡镇人民政府。",
// the 主要责任单位 cell one name a line, then the 协同配合单位 cell (the lines copied flush left, so
// their place says nothing). A single name goes on the last unit cell filled; a list fills the next
// unit cell, when one is left empty. false when the line is not such units, and the line is the
// row's words.
func (t *spacedTable) unitsBelow(tokens []string) bool {
	if t.unitsFirst || len(tokens) != 1 || t.content < 0 {
		return false
	}
	if !isUnitCell(tokens[0]) {
		// The text's last line, cut off inside its last name ("区发改委,各乡镇人民政府、街道办事处,谯城经开"):
		// the whole names before the cut are the cell.
		head, ok := cutAtEnd(tokens[0])
		if !t.atEnd || !ok {
			return false
		}
		tokens = []string{head}
	}
	if words := strings.TrimSpace(t.row[t.content]); !strings.HasSuffix(words, "。") {
		return false // the words go on: a unit they name is theirs
	}
	tok, last := tokens[0], -1
	for k, c := range t.unitCols {
		if t.row[c] != "" {
			last = k
		}
	}
	if last < 0 {
		return false
	}
	if !strings.ContainsAny(tok, "、，,；;") && IsOrgan(tok) {
		t.row[t.unitCols[last]] += "、" + tok
		return true
	}
	if last+1 < len(t.unitCols) && t.row[t.unitCols[last+1]] == "" {
		t.row[t.unitCols[last+1]] = tok
		return true
	}
	return false
}

// fieldSpans is where each of a line's n space-separated cells stands, in display columns (a
// Chinese character or full-width sign two wide, as a PDF's text laid out by position counts them);
// nil when full is "", holds a tab, or does not split into n cells.
func fieldSpans(full string, n int) []cellSpan {
	if full == "" || strings.ContainsRune(full, '\t') {
		return nil
	}
	full = strings.TrimRight(full, "|｜ ")
	var spans []cellSpan
	col, in := 0, false
	for _, r := range full {
		w := 1
		if r >= 0x2E80 && r != 0x3000 || r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' {
			w = 2
		}
		if unicode.IsSpace(r) {
			if r == 0x3000 {
				w = 2
			}
			in = false
		} else {
			if !in {
				spans = append(spans, cellSpan{from: col})
				in = true
			}
			spans[len(spans)-1].to = col + w
		}
		col += w
	}
	if len(spans) != n {
		return nil
	}
	return spans
}

// aligned lays a row out by position when it has a cell for every column and its unit columns hold
// units (or say there are none).
func (t *spacedTable) aligned(num string, tokens []string) ([]string, bool) {
	cells := tokens
	if t.numCol >= 0 {
		if num == "" || t.numCol != 0 {
			return nil, false
		}
		cells = append([]string{num}, tokens...)
	}
	if len(cells) != len(t.names) {
		return nil, false
	}
	named := false
	for _, k := range t.unitCols {
		if isUnitCell(cells[k]) {
			named = true
		} else if !emptyCell(cells[k]) && !cutUnitName(cells[k]) && !cutUnitList(cells[k]) {
			return nil, false
		}
	}
	if !named {
		return nil, false
	}
	row := slices.Clone(cells)
	for _, k := range t.unitCols {
		if emptyCell(row[k]) {
			row[k] = ""
		}
	}
	return row, true
}

// cutUnitName is the first line of a unit's name too long for its narrow column, cut where the
// column ends and going on below it ("区住房和城乡建" over "设局"): it opens as a name does, with its
// level, and holds nothing but the name's characters. Read so only in a row whose every cell stands in
// its column, beside another unit column's whole name.
func cutUnitName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 12 || !hasLevelStart(s) || levelWord.MatchString(s) || startsWithVerb(s) {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// cutUnitList is the first line of a list of units too long for its column, cut after a 、 or
// inside its last name ("县发改委、县生" over "态环境局"): whole names, then at most the opening
// characters of one more, which open as a name does (with its level) or are short.
func cutUnitList(s string) bool {
	k := strings.LastIndex(s, "、")
	if k <= 0 {
		return false
	}
	head, tail := s[:k], s[k+len("、"):]
	if !isUnitList(head) {
		return false
	}
	if tail == "" {
		return true
	}
	n := utf8.RuneCountInString(tail)
	if n > 12 || !allHan(tail) || isUnitList(tail) || startsWithVerb(tail) {
		return false
	}
	return hasLevelStart(tail) || n <= 2
}

// cutAtEnd reads a cell the end of the text cut off inside its last name: whole names, a 、 or comma,
// then the opening characters of one more name (no more than twelve, none of them a verb's). It returns
// the whole names.
func cutAtEnd(s string) (string, bool) {
	k := strings.LastIndexAny(s, "、，,")
	if k <= 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	head, tail := s[:k], s[k+size:]
	if n := utf8.RuneCountInString(tail); n == 0 || n > 12 || !allHan(tail) || startsWithVerb(tail) || !isUnitCell(head) {
		return "", false
	}
	return head, true
}

// place lays a row's cells out under the header: its number, its unit cells in the unit columns,
// the cells after them in the columns after, the rest joined as its content.
func (t *spacedTable) place(num string, units, after, rest []string, sep string) []string {
	row := make([]string, len(t.names))
	if t.numCol >= 0 {
		row[t.numCol] = num
	}
	row[t.content] = strings.Join(rest, sep)
	for k, u := range units {
		row[t.unitCols[k]] = u
	}
	for k, a := range after {
		row[t.afterCols[k]] = a
	}
	return row
}

// realign lays out a piped row that has fewer cells than its header (merged cells lost in the copy)
// by content, as a spaced row is; ok is false when no cell reads as units.
func (t *spacedTable) realign(cells []string) ([]string, bool) {
	num := ""
	if t.numCol == 0 && len(cells) > 0 && isRowNumber(strings.TrimSpace(cells[0])) {
		num, cells = strings.TrimSpace(cells[0]), cells[1:]
	}
	if len(t.unitCols) == 0 {
		return nil, false
	}
	units, after, rest := t.split(cells)
	if len(units) == 0 {
		return nil, false
	}
	return t.place(num, units, after, rest, "\n"), true
}

// split finds a row's unit cells: after skipping at most as many short trailing cells as there are
// columns after the units, the run of cells that read as unit lists, at most one a unit column.
func (t *spacedTable) split(tokens []string) (units, after, rest []string) {
	end := len(tokens)
	skip := 0
	for skip < len(t.afterCols) && end-skip > 0 && !isUnitCell(tokens[end-skip-1]) {
		skip++
	}
	stop := end - skip
	start := stop
	for start > 0 && stop-start < len(t.unitCols) && (isUnitCell(tokens[start-1]) || emptyCell(tokens[start-1])) {
		start--
	}
	// More cells of units than unit columns: the last column's units set apart by spaces, not by 、
	// ("市住建局 市财政局 市市场监管局 各区政府" under 牵头单位 and 配合单位).
	extra := 0
	for start > 1 && stop-start == len(t.unitCols)+extra && extra < 6 && isUnitList(tokens[start-1]) && isUnitList(tokens[start]) {
		start--
		extra++
	}
	real := 0
	for _, tok := range tokens[start:stop] {
		if !emptyCell(tok) {
			real++
		}
	}
	if real == 0 || start == 0 {
		if units, after, rest, ok := t.splitLongAfter(tokens); ok {
			return units, after, rest
		}
		return nil, nil, tokens // no units, or nothing but units: not a row of this table
	}
	units = slices.Clone(tokens[start:stop])
	if extra > 0 {
		n := len(t.unitCols)
		units = append(units[:n-1], strings.Join(units[n-1:], "、"))
	}
	for k, u := range units {
		if emptyCell(u) {
			units[k] = "" // "市交通运输局 —": the 配合单位 cell says there is none
		}
	}
	return units, tokens[stop:], tokens[:start]
}

// splitUnitsFirst finds the cells of a row whose unit columns come first (unitsFirst): the unit
// cells it opens with, at most one a unit column; the short cells it ends with, at most one a column
// after the content's (a time, a note); the rest, between them, its content.
func (t *spacedTable) splitUnitsFirst(tokens []string) (units, after, rest []string) {
	start := 0
	for start < len(tokens) && start < len(t.unitCols) && (isUnitCell(tokens[start]) || emptyCell(tokens[start])) {
		start++
	}
	if len(t.unitCols) > 0 && start == 0 || start == len(tokens) {
		return nil, nil, tokens
	}
	stop := len(tokens)
	for stop > start+1 && len(tokens)-stop < len(t.afterCols) && t.afterCell(t.afterCols[len(t.afterCols)-1-(len(tokens)-stop)], tokens[stop-1]) {
		stop--
	}
	units = slices.Clone(tokens[:start])
	for k, u := range units {
		if emptyCell(u) {
			units[k] = ""
		}
	}
	return units, tokens[stop:], tokens[start:stop]
}

// afterCell reports whether tok may be the cell of column col after the content: short, no units,
// and a time when the column's is.
func (t *spacedTable) afterCell(col int, tok string) bool {
	if utf8.RuneCountInString(tok) > spacedCell+6 || isUnitCell(tok) {
		return false
	}
	return t.roles[col] != colDeadline || timeCellWords.MatchString(tok) || len(CellDeadlines(tok, 0)) > 0
}

// splitLongAfter finds a row's unit cells when a cell after them holds spaces of its own ("县工信局
// 规模工业增加值增长 11.9%" under 牵头责任单位 and 一季度完成情况), so that more cells follow the units
// than the table has columns after them: the rightmost run of unit cells with words before it, the
// cells after it joined into the last column after the units. ok is false when no cell reads as units.
func (t *spacedTable) splitLongAfter(tokens []string) (units, after, rest []string, ok bool) {
	n := len(t.afterCols)
	if n == 0 {
		return nil, nil, nil, false
	}
	for stop := len(tokens) - n - 1; stop >= 2; stop-- {
		if !isUnitCell(tokens[stop-1]) {
			continue
		}
		start := stop - 1
		for start > 1 && stop-start < len(t.unitCols) && isUnitCell(tokens[start-1]) {
			start--
		}
		after = slices.Clone(tokens[stop : stop+n-1])
		after = append(after, strings.Join(tokens[stop+n-1:], " "))
		return slices.Clone(tokens[start:stop]), after, tokens[:start], true
	}
	return nil, nil, nil, false
}

// emptyCell is a cell that says it holds nothing: —, -, /, 无, 暂无, ×.
func emptyCell(s string) bool {
	switch s {
	case "—", "——", "-", "--", "－", "–", "―", "/", "／", "无", "暂无", "×", "\\":
		return true
	}
	return false
}

// flush emits the row being read.
func (t *spacedTable) flush() []string {
	if !t.rowOpen {
		return nil
	}
	t.rowOpen = false
	return []string{strings.Join(t.row, "｜")}
}

// Some pages copy a table one cell a line with every cell but a row's first opened by a separator:
//
//	牵头单位
//	| 目标任务
//	| 责任单位
//	市政            ← the first cell, broken over lines
//	府办
//	公厅
//	| 强化行政监督…
//	| 市直各单位、各区县市
//	推进国家安全工作发展    ← a row whose first cell was merged with the one above: its words
//	| 市直各单位、各区县市
//
// edgedRows rewrites such a table as piped rows: a row is the lines up to its last opened cell; when
// it has one opened cell fewer than the header has columns after the first, its first column was
// merged and is left empty (carryDown fills it).
func edgedRows(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		n := edgedHeader(lines, i)
		if n == 0 {
			out = append(out, lines[i])
			continue
		}
		names := []string{lines[i]}
		for _, l := range lines[i+1 : i+n] {
			names = append(names, strings.TrimSpace(strings.TrimLeft(l, "|｜")))
		}
		out = append(out, strings.Join(names, "｜"))
		i += n
		for i < len(lines) {
			row, used := edgedRow(lines[i:], len(names))
			if used == 0 {
				break
			}
			out = append(out, row)
			i += used
		}
		i--
	}
	return out
}

// edgedHeader: a short name, then at least two opened short names, naming a unit column; n is how many
// lines the header takes.
func edgedHeader(lines []string, i int) int {
	if edgedLine(lines[i]) || runesAtLeast(lines[i], spacedCell+1) {
		return 0
	}
	names := []string{lines[i]}
	n := 1
	for ; i+n < len(lines) && edgedLine(lines[i+n]); n++ {
		c := strings.TrimSpace(strings.TrimLeft(lines[i+n], "|｜"))
		if c == "" || utf8.RuneCountInString(c) > spacedCell || strings.ContainsAny(c, "。，,；;") {
			return 0
		}
		names = append(names, c)
	}
	if len(names) < 3 {
		return 0
	}
	h := tableHeader{names: names, roles: headerRoles(names)}
	if !h.hasUnits() {
		return 0
	}
	return n
}

// edgedRow reads one row: its first cell's lines (not opened), then its opened cells.
func edgedRow(lines []string, cols int) (string, int) {
	var first []string
	k := 0
	for k < len(lines) && !edgedLine(lines[k]) {
		if lvl, _, _, _ := heading(lines[k]); lvl == lvlPart || tableEnd(lines[k]) {
			return "", 0
		}
		first = append(first, lines[k])
		k++
	}
	var cells []string
	for k < len(lines) && edgedLine(lines[k]) && len(cells) < cols-1 {
		cells = append(cells, strings.TrimSpace(strings.TrimLeft(lines[k], "|｜")))
		k++
	}
	if len(cells) == 0 || len(first) == 0 {
		return "", 0
	}
	joined := strings.Join(first, "")
	if len(cells) == cols-1 {
		return strings.Join(append([]string{joined}, cells...), "｜"), k
	}
	// The first column was merged with the row above: the lines are the next column's.
	return strings.Join(append([]string{"", joined}, cells...), "｜"), k
}

// Others put each separator on a line of its own, a row's end doubling it:
//
//	|
//	工作任务
//	|
//	具体内容
//	|
//	责任部门
//	|
//	|
//	推进政策公开
//	|
//	常态化公开就业、住房…
//
// openCells rewrites them in the shape above: a cell after a lone separator is opened ("| 具体内容")
// unless a row starts there (after two separators, or at the table's start); the lone separators go.
// Text in any other shape is returned as it is.
func openCells(raws []string) []string {
	lone := func(l string) bool {
		l = strings.TrimSpace(l)
		return l == "|" || l == "｜"
	}
	// Only this shape: rows ended by a doubled separator, and no separator anywhere else (a cell
	// closed by one, "1 |", or a row's end as "||||", is another shape, read as one cell a line).
	n, doubled, prev := 0, 0, false
	for _, l := range raws {
		switch {
		case lone(l):
			n++
			if prev {
				doubled++
			}
			prev = true
		case strings.ContainsAny(l, "|｜"):
			return raws
		case strings.TrimSpace(l) != "":
			prev = false
		}
	}
	if n < 6 {
		return raws
	}
	if doubled < 2 {
		return numberedCells(raws)
	}
	out := make([]string, 0, len(raws))
	seps, inTable := 0, false // separators since the last cell
	for _, l := range raws {
		switch {
		case lone(l):
			seps++
			continue
		case strings.TrimSpace(l) == "":
			continue
		case seps == 1 && inTable:
			out = append(out, "| "+strings.TrimSpace(l))
		default:
			out = append(out, l)
		}
		inTable = seps > 0 || inTable && seps == 0
		seps = 0
	}
	return out
}

// numberedCells reads a third shape: every cell on a line of its own, every separator single, so
// that only the rows' numbers tell where a row starts.
//
//	工作任务 | 具体要求 | 责任科室 | 时限要求      (the header, a cell a line)
//	强化行政规范性文件集中规范公开                (a group cell, merged over its rows)
//	1 | 对行政规范性文件进行全面清理… | 办公室 | 年底前
//	2 | …
//
// The header is the run of short cells before the first row; a row is its number and as many cells
// as the header names besides the group column (a long cell before a row's number is that group,
// merged over the rows below it). The rows are written one a line, bars between the cells, the
// group cell filled in on each, and 序号 named in the header after the group column. Text in any
// other shape is returned as it is.
func numberedCells(raws []string) []string {
	var cells []string
	start, end := -1, 0 // the lines the cells span
	for i, l := range raws {
		t := strings.TrimSpace(l)
		switch {
		case t == "|" || t == "｜" || t == "":
			continue
		case strings.ContainsAny(t, "|｜"):
			return raws
		}
		if start < 0 {
			start = i
		}
		end = i + 1
		cells = append(cells, t)
	}
	first := -1
	for i, c := range cells {
		if isRowNumber(c) {
			first = i
			break
		}
	}
	if first < 2 {
		return raws
	}
	header := 0
	for header < first && utf8.RuneCountInString(cells[header]) <= 6 {
		header++
	}
	groups := header < first // a cell between the header and the first number: a group
	width := header          // cells a row has after its number
	if groups {
		width--
	}
	if header < 3 || width < 2 || header < first-1 {
		return raws
	}
	names := []string{"序号"}
	if groups {
		names = []string{cells[0], "序号"}
		cells = append(cells[:0:0], cells[1:]...)
		header--
	}
	names = append(names, cells[:header]...)
	out := append([]string(nil), raws[:start]...)
	out = append(out, strings.Join(names, " | "))
	group, want := "", 0
	for i := header; i < len(cells); {
		if !isRowNumber(cells[i]) {
			// A group cell comes before a row; anything else (a blank cell that shifted the
			// row, a note after the table) means the cells are not this shape: left as they are.
			if !groups || i+1 >= len(cells) || !isRowNumber(cells[i+1]) {
				return raws
			}
			group = cells[i]
			i++
			continue
		}
		n, _ := strconv.Atoi(cells[i])
		if want > 0 && n != want {
			return raws // rows number one after another
		}
		want = n + 1
		j := min(i+1+width, len(cells))
		row := strings.Join(cells[i:j], " | ")
		if groups {
			row = group + " | " + row
		}
		out = append(out, row)
		i = j
	}
	return append(out, raws[end:]...)
}
