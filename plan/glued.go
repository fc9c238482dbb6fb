package plan

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table whose text was extracted with no separators at all (a PDF copied as text, a document
// sharing site's preview) arrives as one long line: its header's names run together, then each row's
// number, words and unit cells, row after row:
//
//	序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、…港区2服务业…
//
// gluedTable finds such a header, splits it at the column names' last words, cuts the rest at the
// row numbers that follow one another (1, 2, 3 … each glued to the words of its row), and within a
// row separates the words from the unit cells at its end: the longest tail that reads as units. Units
// that ran together ("市发展改革委市经贸委市规划建设局、市统计局") are cut where one name's ending meets
// the next one's level ("市", "区", "各" …, unitStart), and the cells meet where names touch: with two unit
// columns, the last such point parts them (the lead's names, then the list of the others). People
// named at a row's end go to a person column, a figure glued to its words to the next content column.
// Each row is written as a piped line, so the piped-table reader reads it like any other.

// gluedHeaderExpr finds a header run together: 序号 and at least two column names.
var gluedHeaderExpr = mustCompile(`序号((?:(?:(?:19|20)\d{2}年度?)?\p{Han}{0,8}?(?:任务|名称|内容|措施|举措|事项|单位|部门|时限|时间|节点|目标值|目标|阶段|投资|业主|领导|备注|指标)){2,10})`)

// gluedColumnExpr is one column name inside such a header.
var gluedColumnExpr = mustCompile(`(?:(?:19|20)\d{2}年度?)?\p{Han}{0,8}?(?:任务|名称|内容|措施|举措|事项|单位|部门|时限|时间|节点|目标值|目标|阶段|投资|业主|领导|备注|指标)`)

// pageMark is a page number between dashes, left inside the run: "—2—".
var pageMark = mustCompile(`[—－-]\s*\d{1,3}\s*[—－-]`)

// rowHeading is a part heading left at the end of a row's text, before the next row: "二、产业优化升级".
var rowHeading = mustCompile(`[一二三四五六七八九十]{1,3}、\p{Han}{2,20}$`)

// unitStart: s begins as a unit's name does when it follows another's with nothing between (a level,
// 各, 国家, 中央, 中国). A test of its first character, asked at every character of some texts.
func unitStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '省', '市', '区', '县', '州', '盟', '旗', '镇', '乡', '各':
		return true
	case '相':
		return strings.HasPrefix(s, "相关") // 相关乡镇人民政府
	case '国', '中':
		return strings.HasPrefix(s, "国家") || strings.HasPrefix(s, "中央") || strings.HasPrefix(s, "中国")
	}
	return false
}

// spacedCounters: a number set apart by a space before these is a figure in a sentence ("新建口袋公园 2
// 处"), not a row's number.
const spacedCounters = "处座栋套台辆艘亩里米吨户人"

// measureAfter: a number followed by these is a figure, not a row's number ("6万元", "2个").
const measureAfter = "年月日万亿千百个项家条名所座次元倍%％批期号级类"

// gluedRows rewrites a line holding a table run together as a piped table's lines, with or without
// its rows' numbers (gluedTable, gluedRespRows); ok is false when the line holds none.
func gluedRows(raw string) ([]string, bool) {
	if len(raw) > 100 && strings.Contains(raw, "序号") {
		if rows, ok := gluedTable(raw); ok {
			return rows, true
		}
	}
	if len(raw) > 300 && strings.Count(raw, "牵头") >= 4 && strings.Contains(raw, "单位") {
		return gluedRespRows(raw)
	}
	return nil, false
}

// gluedTable rewrites a line holding a table run together as the lines of a piped table: the text
// before it, the header, then a row (or a part heading) per line. ok is false when the line holds no
// such table.
func gluedTable(line string) (lines []string, ok bool) {
	loc := gluedHeaderExpr.FindStringSubmatchIndex(line)
	if loc == nil {
		return nil, false
	}
	names := append([]string{"序号"}, gluedColumnExpr.FindAllString(line[loc[2]:loc[3]], -1)...)
	roles := headerRoles(names)
	h := &tableHeader{names: names, roles: roles}
	if !h.hasUnits() {
		return nil, false
	}
	body := pageMark.ReplaceAllString(line[loc[1]:], "")
	rows := splitGluedRows(body)
	if len(rows) < 2 {
		return nil, false
	}
	if before := strings.TrimSpace(pageMark.ReplaceAllString(line[:loc[0]], "")); before != "" {
		lines = append(lines, before)
	}
	// What stands before the first row and is no heading (a 合计 row) goes before the header.
	if len(rows) > 0 && rows[0].num == "" {
		if lvl, _, _, _ := heading(rows[0].text); lvl != lvlPart && lvl != lvlSection {
			lines = append(lines, rows[0].text)
			rows = rows[1:]
		}
	}
	// Rows that each hold several numbered measures ("1推进生态文明建设1、建立…3月区环土局2、…") are
	// written a measure a line, without a last column of sources (任务来源) that most leave empty.
	mh := h
	if last := len(names) - 1; roles[last] == colOther && slices.Index(roles, colOther) < last {
		mh = &tableHeader{names: names[:last], roles: roles[:last]}
	}
	// Every numbered row reads as measures, or none is read so: a table is not read both ways.
	var rowLines []string
	measure := 0 // the last measure read
	for _, r := range rows {
		if r.num == "" {
			rowLines = append(rowLines, r.text)
			continue
		}
		subs := gluedMeasures(mh, r.text, measure+1)
		if subs == nil {
			rowLines, measure = nil, 0
			break
		}
		rowLines = append(rowLines, subs...)
		measure += len(subs)
	}
	if measure > 0 {
		h = mh
	} else {
		rowLines = rowLines[:0]
		for _, r := range rows {
			if r.num == "" {
				rowLines = append(rowLines, r.text)
			} else {
				rowLines = append(rowLines, gluedRowCells(h, r.num, r.text))
			}
		}
	}
	lines = append(lines, strings.Join(h.names, "｜"))
	return append(lines, rowLines...), true
}

// gluedTimeCell is a row's time cell run into the unit cell after it: "3月区经发局", "全年区环土局",
// "12月相关乡镇人民政府".
var gluedTimeCell = mustCompile(`(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|份|中旬|上旬|下旬)?前?|全年|长期|年底前?`)

// leadingNames reads the unit names that open s (a unit cell run into what follows it: "区交建局平潭
// …目标责任书"): the longest opening, up to 180 bytes (60 characters), whose items all read as names
// (none of one character), and how many bytes of s it takes.
func leadingNames(s string) ([]string, int) {
	if !unitStart(s) {
		return nil, 0
	}
	end := min(len(s), 180)
	for end > 0 && end < len(s) && !utf8.RuneStart(s[end]) {
		end--
	}
	for end > 0 {
		if names, _, ok := unitTail(strings.TrimRight(s[:end], "、，, ")); ok && !slices.ContainsFunc(names, func(n string) bool { return utf8.RuneCountInString(n) < 2 }) {
			return names, end // no name of one character: "区(域环境…)" is no unit
		}
		_, size := utf8.DecodeLastRuneInString(s[:end])
		end -= size
	}
	return nil, 0
}

// measureColumns are the columns a measure's cells go to: its time, its first unit column, the
// title (its group's words) and the content columns (its own words in the first); -1 when missing.
func (h *tableHeader) measureColumns() (timeCol, unitCol, titleCol int, content []int) {
	timeCol, unitCol, titleCol = -1, -1, -1
	for k, r := range h.roles {
		switch r {
		case colDeadline:
			timeCol = k
		case colUnits, colLead:
			if unitCol < 0 {
				unitCol = k
			}
		case colTitle:
			titleCol = k
		case colOther:
			content = append(content, k)
		}
	}
	return timeCol, unitCol, titleCol, content
}

// gluedTime is a row's time cell and the unit cell after it, run together: "3月区环土局".
type gluedTime struct {
	start, end int      // the time cell
	names      []string // the unit cell after it
	used       int      // its bytes
}

// timeCells finds a row's time cells: a month or 全年 that unit names follow ("3月区环土局"), not
// words that happen to ("全年区域…"). The names run to the next digit, found once for all the cells
// after it, so a row costs its length.
func timeCells(text string) []gluedTime {
	var times []gluedTime
	digit := -1
	for _, m := range gluedTimeCell.FindAllStringIndex(text, -1) {
		prev, _ := utf8.DecodeLastRuneInString(text[:m[0]])
		if m[0] == 0 || unicode.IsDigit(prev) || !unitStart(text[m[1]:]) {
			continue
		}
		if digit < m[1] {
			digit = len(text)
			if k := strings.IndexFunc(text[m[1]:], unicode.IsDigit); k >= 0 {
				digit = m[1] + k
			}
		}
		if names, used := leadingNames(text[m[1]:digit]); len(names) > 0 {
			times = append(times, gluedTime{m[0], m[1], names, used})
		}
	}
	return times
}

// tableNote opens a note under a table: "注：", "备注:".
var tableNote = mustCompile(`(?:备)?注[:：]`)

// measureMarker is a measure's number inside a row: "1、", "12、".
var measureMarker = mustCompile(`(\d{1,2})、`)

// gluedMeasures reads a row of a table with a time column whose row holds several numbered measures,
// each ending in its time and unit cells, a list of sources maybe after them:
//
//	推进生态文明建设1、建立…领导小组3月区经发局区环土局1、平潭…（岚综委〔2016〕5号）2、…会议 2、制定…6月区环土局
//
// The measures are numbered on from the row before (next is the first expected); a source list
// numbers itself from 1 and is left out. Each measure becomes a row: its number, the row's words
// (the group it belongs to) in the title column, its words, time and units. nil when the row is not
// of that kind.
func gluedMeasures(h *tableHeader, text string, next int) []string {
	timeCol, unitCol, titleCol, content := h.measureColumns()
	if timeCol < 0 || unitCol < 0 || len(content) == 0 || !strings.Contains(text, "、") {
		return nil
	}
	times := timeCells(text)
	if len(times) == 0 {
		return nil
	}
	var out []string
	from, num := 0, next
	var title string
	for i, tc := range times {
		if tc.start < from {
			continue
		}
		seg := text[from:tc.start]
		at, atEnd := -1, -1
		for _, m := range measureMarker.FindAllStringSubmatchIndex(seg, -1) {
			n, _ := strconv.Atoi(seg[m[2]:m[3]])
			if n == num || i == 0 && at < 0 {
				at, atEnd = m[0], m[1]
				if i == 0 {
					num = n
				}
			}
		}
		if at < 0 {
			return nil
		}
		if i == 0 {
			title = strings.TrimSpace(seg[:at])
		}
		words := strings.TrimSpace(seg[atEnd:])
		names, used := tc.names, tc.used
		if words == "" {
			return nil
		}
		cells := make([]string, len(h.roles))
		for k, r := range h.roles {
			if r == colNumber {
				cells[k] = strconv.Itoa(num)
			}
		}
		if titleCol >= 0 {
			cells[titleCol] = title
		}
		cells[content[0]] = words
		cells[timeCol] = text[tc.start:tc.end]
		cells[unitCol] = strings.Join(names, "、")
		out = append(out, strings.Join(cells, "｜"))
		from = tc.end + used
		num++
	}
	// A note under the table ("注：主要责任单位第一个为牵头单位…") is a line of its own.
	if loc := tableNote.FindStringIndex(text[from:]); loc != nil {
		out = append(out, text[from+loc[0]:])
	}
	return out
}

type gluedRow struct {
	num  string // "" for a heading between rows
	text string
}

// splitGluedRows cuts the text after a header at its row numbers: 1, then 2, … each the first
// occurrence after the row before that stands alone (no digit before it) and is glued to words (a
// Han character after it that is no measure word). A part heading at a row's end is a row of its own.
func splitGluedRows(s string) []gluedRow {
	var rows []gluedRow
	at := func(n, from int) int {
		num := strconv.Itoa(n)
		for i := from; i < len(s); {
			k := strings.Index(s[i:], num)
			if k < 0 {
				return -1
			}
			k += i
			prev, _ := utf8.DecodeLastRuneInString(s[:k])
			after := s[k+len(num):]
			next, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " ")) // "8 研究提出…", one space at most
			spaced := strings.HasPrefix(after, " ")
			if !unicode.IsDigit(prev) && prev != '.' && prev != '第' && unicode.Is(unicode.Han, next) && !strings.ContainsRune(measureAfter, next) &&
				(!spaced || !strings.ContainsRune(spacedCounters, next)) {
				return k
			}
			i = k + len(num)
		}
		return -1
	}
	headings := func(text string) {
		text = strings.TrimSpace(text)
		if text != "" {
			rows = append(rows, gluedRow{text: text})
		}
	}
	start := at(1, 0)
	if start < 0 {
		return nil
	}
	headings(s[:start])
	for n := 1; start >= 0; n++ {
		num := strconv.Itoa(n)
		next := at(n+1, start+len(num))
		end := next
		if end < 0 {
			end = len(s)
		}
		text := strings.TrimSpace(s[start+len(num) : end])
		var heading string
		if loc := rowHeading.FindStringIndex(text); loc != nil && loc[0] > 0 {
			text, heading = strings.TrimSpace(text[:loc[0]]), text[loc[0]:]
		}
		rows = append(rows, gluedRow{num: num, text: text})
		headings(heading)
		start = next
	}
	return rows
}

// gluedRowCells writes one row as a piped line: its words in the first content column (a figure
// glued to their end in the next), its unit cells in the unit columns, the people named at its end in
// the person column.
func gluedRowCells(h *tableHeader, num, text string) string {
	cells := make([]string, len(h.roles))
	var unitCols, content []int
	person := -1
	for k, r := range h.roles {
		switch r {
		case colNumber:
			cells[k] = num
		case colUnits, colLead, colPartic, colBody:
			unitCols = append(unitCols, k)
		case colPerson:
			person = k
		default:
			content = append(content, k)
		}
	}
	if person == len(h.roles)-1 {
		if rest, who, ok := trailingPeople(text); ok {
			text, cells[person] = rest, who
		}
	}
	words, names, glued := splitRowUnits(text)
	if len(content) > 0 {
		if m := trailingFigure.FindStringSubmatchIndex(words); m != nil && len(content) > 1 {
			cells[content[1]] = words[m[2]:m[3]]
			words = words[:m[2]]
		}
		cells[content[0]] = words
	}
	if len(names) > 0 && len(unitCols) > 0 {
		// Cells meet where names touch: the last touching points before the columns run out part them.
		var cuts []int
		for i := len(glued) - 1; i >= 0 && len(cuts) < len(unitCols)-1; i-- {
			if glued[i] {
				cuts = append([]int{i + 1}, cuts...)
			}
		}
		from := 0
		for c, cut := range append(cuts, len(names)) {
			cells[unitCols[c]] = strings.Join(names[from:cut], "、")
			from = cut
		}
	}
	return strings.Join(cells, "｜")
}

// trailingFigure is a figure glued to the end of a row's words: "十陵景区项目加快建设43000020000".
var trailingFigure = mustCompile(`\p{Han}(\d[\d.]*)$`)

// trailingPeople finds the people a row names after its units ("…区建设局王天刚郭代辉"): the shortest
// run of two to twelve Han characters at the end after which the row still ends in a unit.
func trailingPeople(text string) (rest, people string, ok bool) {
	n := 0
	for e := len(text); e > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.Is(unicode.Han, r) || n >= 12 {
			return text, "", false
		}
		e -= size
		n++
		if n >= 2 {
			if _, names, _ := splitRowUnits(text[:e]); len(names) > 0 && !looksLikeUnit(text[e:]) {
				return text[:e], text[e:], true
			}
		}
	}
	return text, "", false
}

// splitRowUnits separates a row's words from the unit names at its end: the earliest tail whose items
// (at 、 and commas) all read as names, maybe run together, the first beginning as a unit does (or
// after a full stop or a figure). glued[i] tells whether names[i] and names[i+1] touch.
func splitRowUnits(text string) (words string, names []string, glued []bool) {
	// Unit cells are short: the tail is looked for in the row's last maxUnitTail bytes, which keeps
	// a long row (or a hostile one) from costing the square of its length.
	from := max(1, len(text)-maxUnitTail)
	for from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	for s := range text[from:] {
		s += from
		prev, _ := utf8.DecodeLastRuneInString(text[:s])
		// A tail starts after a full stop or a figure, or where a unit's name begins.
		next, _ := utf8.DecodeRuneInString(text[s:])
		after := prev == '。' || unicode.IsDigit(prev) && !strings.ContainsRune(measureAfter, next)
		if !after && !unitStart(text[s:]) || prev == '、' {
			continue
		}
		if names, glued, ok := unitTail(text[s:]); ok {
			return strings.TrimSpace(text[:s]), names, glued
		}
	}
	return text, nil, nil
}

// maxUnitTail bounds the unit cells at a row's end: 200 Chinese characters.
const maxUnitTail = 600

// unitTail reads a row's tail as names; false when any item is not one or more names.
func unitTail(tail string) (names []string, glued []bool, ok bool) {
	for i, it := range splitTop(tail, "、，,；;") {
		parts, ok := gluedNames(strings.TrimSpace(it))
		if !ok {
			return nil, nil, false
		}
		if i > 0 {
			glued = append(glued, false)
		}
		for k := range parts {
			if k > 0 {
				glued = append(glued, true)
			}
		}
		names = append(names, parts...)
	}
	return names, glued, len(names) > 0
}

// partyName: a unit's name, or a place's standing for its government ("嘉兴港区", "各县市区").
func partyName(s string) bool {
	if strings.ContainsAny(s, "。；;：:%％0123456789") || utf8.RuneCountInString(s) > 25 {
		return false // a sentence that happens to end as a name does
	}
	return looksLikeUnit(s) || placeItem.MatchString(cleanUnit(s))
}

// memberTail is the rest of one name, its body's members: "市三产发展领导小组各成员单位".
var memberTail = mustCompile(`^各(?:成员|有关|相关|直属|下属|所属)`)

// gluedNames cuts names run together ("市兴城公司区建设局") where one reads as a unit and the next
// begins as one; false when what is left does not read as a unit.
func gluedNames(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	var parts []string
	start := 0
	for i := range s {
		if i <= start || !unitStart(s[i:]) || memberTail.MatchString(s[i:]) || strings.HasPrefix(s[i:], "镇") && strings.HasSuffix(s[:i], "乡") {
			continue // 乡镇 is one word: "相关乡镇人民政府"
		}
		// A name cut off another is three characters at least: "城关" is a place's first half.
		if a := s[start:i]; utf8.RuneCountInString(a) >= 3 && partyName(a) && !superiorBody.MatchString(a) {
			parts = append(parts, a)
			start = i
		}
	}
	last := s[start:]
	if !partyName(last) {
		return nil, false
	}
	return append(parts, last), true
}

// A task table copied with no separators and no row numbers arrives as one run too, each row's words
// then its responsibility cell, "X牵头，Y、Z", then the next row's words:
//
//	存在问题整改目标和措施责任单位投资增长动力不足出台…实施意见。区经发局牵头，区交建局、电力公司创新应用…
//
// gluedRespRows finds such a header (column names ending in 责任单位) and cuts the rest after each
// responsibility cell: the lead list right before 牵头 (back to the sentence's end) and the names right
// after its comma, as far as they read as names (leadingNames). Each row is written as a piped line.

// gluedRespHeader is the header of such a table: column names run together, the last a unit column.
var gluedRespHeader = mustCompile(`(?:\p{Han}{0,8}?(?:问题|任务|措施|目标|内容|事项|举措)){1,4}(?:责任单位|牵头单位|责任部门)`)

// gluedRespHeaderAt finds gluedRespHeader where a unit column's name runs on into the next words
// (no colon after it: not a label), looking only at the words just before it: the pattern is slow on
// a long line.
func gluedRespHeaderAt(line string) []int {
	for _, w := range []string{"责任单位", "牵头单位", "责任部门"} {
		for from := 0; ; {
			i := strings.Index(line[from:], w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(w)
			from = end
			if r, _ := utf8.DecodeRuneInString(line[end:]); r == '：' || r == ':' || !unicode.Is(unicode.Han, r) {
				continue
			}
			start := i
			for n := 0; n < 40 && start > 0; n++ {
				_, size := utf8.DecodeLastRuneInString(line[:start])
				start -= size
			}
			if loc := gluedRespHeader.FindStringIndex(line[start:end]); loc != nil && start+loc[1] == end {
				return []int{start + loc[0], end}
			}
		}
	}
	return nil
}

// gluedLeadCell is the lead of a responsibility cell: names ending in 牵头.
var gluedLeadCell = mustCompile(`牵头`)

// gluedRespRows rewrites line as the lines of a piped table, or ok is false when it holds no such
// table (a header and at least four rows).
func gluedRespRows(line string) (lines []string, ok bool) {
	loc := gluedRespHeaderAt(line)
	if loc == nil {
		return nil, false
	}
	body := line[loc[1]:]
	var rows []string
	start := 0
	for _, m := range gluedLeadCell.FindAllStringIndex(body, -1) {
		if m[0] < start {
			continue
		}
		// The lead: the names between the sentence's end (or the row's start) and 牵头.
		from := start
		if k := strings.LastIndexAny(body[start:m[0]], "。；;"); k >= 0 {
			_, size := utf8.DecodeRuneInString(body[start+k:])
			from = start + k + size
		}
		lead := strings.TrimSpace(body[from:m[0]])
		if _, ok := unitList(lead); !ok || from == start && start > 0 {
			// Not a cell of names after a sentence ("由X牵头…", a lead in the middle of words), or
			// a row with no words of its own.
			continue
		}
		end := m[1]
		if rest := body[end:]; strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") {
			_, size := utf8.DecodeRuneInString(rest)
			if used := helperNames(rest[size:]); used > 0 {
				end += size + used
			}
		}
		words := strings.TrimSpace(body[start:from])
		if words == "" {
			continue
		}
		rows = append(rows, strconv.Itoa(len(rows)+1)+"｜"+words+"｜"+strings.TrimSpace(body[from:end]))
		start = end
	}
	if len(rows) < 4 {
		return nil, false
	}
	if before := strings.TrimSpace(line[:loc[0]]); before != "" {
		lines = append(lines, before)
	}
	lines = append(lines, "序号｜"+line[loc[0]:loc[1]-len("责任单位")]+"｜责任单位")
	lines = append(lines, rows...)
	if rest := strings.TrimSpace(body[start:]); rest != "" {
		lines = append(lines, rest)
	}
	return lines, true
}

// strongEnding is how most units' names end; a name run into the next row's words ends at the first.
var strongEnding = mustCompile(`(?:局|委|办|厅|分公司|公司|中心|集团|部|院|所|站|队|单位|部门|政府|管委会|工委)`)

// helperNames is how many bytes of s the names a responsibility cell lists after its lead take
// ("区交建局、环土局、电力公司创新应用…": up to 电力公司): the items set apart by 、, the last one cut at
// its first ending that makes it a name, for the next row's words follow it with nothing between.
func helperNames(s string) int {
	used := 0
	for {
		k := strings.IndexAny(s[used:], "、，,。；;")
		piece := s[used:]
		if k >= 0 {
			piece = piece[:k]
		}
		// The name ends at its first ending; words after it are the next row's ("电力公司对省级…企业、…").
		end := 0
		for _, m := range strongEnding.FindAllStringIndex(piece, -1) {
			if name := piece[:m[1]]; utf8.RuneCountInString(name) >= 2 && looksLikeUnit(name) {
				end = m[1]
				break
			}
		}
		if k >= 0 && strings.HasPrefix(s[used+k:], "、") && (end == len(piece) || end == 0 && looksLikeUnit(piece)) {
			used += k + len("、")
			continue
		}
		if end > 0 {
			return used + end
		}
		if used > 0 {
			return used - len("、")
		}
		return 0
	}
}
