package plan

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Tables come in two shapes once a plan is text:
//
//   - flattened, one cell per line: a header (序号 / 重点任务 / 具体内容举措 / 主要目标及时间节点 / 责任单位),
//     then rows that start with their number; a row may hold several sub-rows, each ending with its
//     own unit cell, and a page break may repeat the row's number and title;
//   - one row per line, cells separated by ｜ (or |, or tabs).
//
// Column roles come from the header names, so other tables with other columns read too.

type colRole int

const (
	colOther    colRole = iota // content
	colNumber                  // 序号
	colTitle                   // 重点任务, 任务名称
	colUnits                   // 责任单位: responsible (lead unless a 牵头 column stands beside it)
	colLead                    // 牵头单位, 主办单位
	colPartic                  // 配合单位, 参与部门
	colPerson                  // 分管领导, 责任人: a person, not a unit
	colGroup                   // 领域, 类别: the group a row belongs to, a heading rather than its words
	colTarget                  // 2026年目标值: a figure to reach by the end of the year it names
	colDeadline                // 完成时限, 主要目标及时间节点
	colBody                    // 建设主体: another body, named in the text but not responsible
	colPlace                   // 建设地点: where the work is done, a place rather than a party
	colProgress                // 完成情况, 进展情况, 计划开工时间: what was done or when work starts, kept with the task but no deadline of it
	colOwner                   // 建设主体, 业主单位: who builds; headerRoles makes it units, participating or a body
)

type tableHeader struct {
	names []string
	roles []colRole
	piped bool
	edged bool // rows start with a separator, markdown style: "| 1 | … |"
}

// columnWords gives a header cell its role: the first row whose words the cell contains wins, so the
// order matters (配合单位 is participating before 单位 makes it responsible, 建设主体 is a body before
// 项目 makes it a title). The number and target columns are matched first, in roleOf.
var columnWords = []struct {
	role  colRole
	words []string
}{
	// What was done so far, in a progress report's table: its dates are records, not deadlines.
	{colProgress, []string{"完成情况", "进展情况", "推进情况", "落实情况", "执行情况", "取得成效", "工作成效"}},
	// Another body: the one that scores (评分部门, 考核单位) or supervises (督办单位); not what is scored
	// (评分内容, 评分标准: a scoring table's requirement and its points).
	{colBody, []string{"评分部门", "评分单位", "考评部门", "考评单位", "打分部门", "打分单位", "考核部门", "考核单位", "督办单位", "督办部门", "督导单位", "督查单位"}},
	{colPerson, []string{"领导", "责任人", "联系人"}},
	{colPartic, []string{"配合", "参与", "协办", "协同", "支撑", "协作", "监管单位", "监管部门"}},
	{colLead, []string{"牵头", "主办", "主责", "第一责任"}},
	{colPlace, []string{"地点", "地址", "所在地", "建设地", "实施地"}},
	{colOwner, []string{"主体", "业主"}},
	{colUnits, []string{"责任", "单位", "部门"}},
	{colDeadline, []string{"时间", "时限", "期限", "节点", "进度", "截止", "日期", "年限"}},
	{colGroup, []string{"领域", "类别", "方面", "板块", "分类"}},
	{colTitle, []string{"任务", "名称", "事项", "项目", "工作"}},
}

// leadAndPartic is a column named for both roles of one list: "牵头单位及配合单位", "牵头和配合部门".
var leadAndPartic = mustCompile(`(?:牵头|主办|主责)(?:单位|部门)?(?:及|和|与|、)(?:配合|协办|参与|协同)(?:单位|部门)`)

// startColumn names a column of start dates: 计划开工时间, 开始时间, 启动时间.
var startColumn = mustCompile(`(?:开工|开始|启动|起始)(?:时间|日期|年月)`)

// endWords name a column's end dates beside its start ("开工时间/竣工时间", "启动时间和完成时限"): a
// column that holds both gives deadlines.
var endWords = mustCompile(`完成|竣工|结束|截止|完工|办结|时限`)

func roleOf(name string, _ int) colRole {
	switch {
	case name == "单位" || name == "计量单位":
		return colOther // a unit of measure (万亩, 万元/人), in a table of figures
	case strings.Contains(name, "序号") || strings.Contains(name, "编号") || name == "序":
		return colNumber
	case yearColumnExpr.MatchString(name):
		return colTarget
	case startColumn.MatchString(name) && !endWords.MatchString(name):
		return colProgress // 计划开工时间: when work starts, kept with the task, no deadline of it
	}
	if _, _, _, ok := combinedLabel(name); ok {
		return colUnits // "牵头单位/配合单位": both roles, its cells split by resp.go's combined label
	}
	if leadAndPartic.MatchString(name) {
		return colUnits // "牵头单位及配合单位": both roles in one list, not its partners alone
	}
	for _, c := range columnWords {
		for _, w := range c.words {
			if strings.Contains(name, w) {
				if c.role == colUnits && labelWordSet[name] && labelRole(name) == rolePartic {
					return colPartic // 其他责任单位, 协助单位: resp.go's labels say they take part
				}
				return c.role
			}
		}
	}
	return colOther
}

// headerAside is what a unit column's header says besides its name: a note on the order of its lists
// ("（列第一位的为牵头单位）", "(牵头单位在前)", "（排第一位）": firstLeadRule reads it for the plan), or the
// person its cells may name beside the unit ("（责任人）", "及责任人").
var headerAside = mustCompile(`[（(](?:[^（）()]*牵头[^（）()]*|(?:列|排|排名|排序|居)?(?:在)?` + leadPlace + `|责任人|联系人|负责人|责任领导|分管领导)[)）]|(?:及|和|与|、|/|／)(?:责任人|联系人|负责人|责任领导|分管领导)$`)

// headerCore is a unit column's header name without its aside (headerAside): "责任单位（列第一位的为牵头
// 单位）" is a column of 责任单位, "牵头单位（责任人）" and "牵头单位及责任人" one of 牵头单位, whose cells
// name the unit ("县农业农村局（林志明）"). An aside that names a role itself ("牵头单位（配合单位）",
// "责任单位（牵头）") stays: it is how the cells are split. Other names are as they are.
func headerCore(name string) string {
	if !strings.Contains(name, "单位") && !strings.Contains(name, "部门") {
		return name
	}
	core := headerAside.ReplaceAllStringFunc(name, func(a string) string {
		if inner := strings.Trim(a, "（()）"); strings.Contains(inner, "牵头") && firstLeadExpr.FindStringIndex(a) == nil {
			return a // "（牵头）", "（牵头单位负责）": the column's role, not an order
		}
		return ""
	})
	if core == "" || !strings.Contains(core, "单位") && !strings.Contains(core, "部门") {
		return name
	}
	return core
}

// headerRoles gives each column its role; only the first title-like column is the title.
func headerRoles(names []string) []colRole {
	roles := make([]colRole, len(names))
	hasTitle := false
	for i, n := range names {
		roles[i] = roleOf(headerCore(n), i)
		if roles[i] == colTitle {
			if hasTitle {
				roles[i] = colOther
			}
			hasTitle = true
		}
	}
	// 责任主体 is the responsible party, not a builder: it leads beside a column of units that carry
	// the work out (责任主体 | 实施单位), and is the row's units otherwise.
	for i, r := range roles {
		if r == colOwner && strings.Contains(names[i], "责任") {
			roles[i] = colUnits
			if slices.Contains(roles[:i], colUnits) || slices.Contains(roles[i+1:], colUnits) {
				if !slices.Contains(roles, colLead) {
					roles[i] = colLead
				}
			}
		}
	}
	// The one that builds (建设主体, 业主单位) answers for the row when no column of units does; it takes
	// part beside a 牵头 column, and beside a 责任单位 column it is another body, named in the text.
	owner := colUnits
	if slices.Contains(roles, colLead) {
		owner = colPartic
	} else if slices.Contains(roles, colUnits) {
		owner = colBody
	}
	for i, r := range roles {
		if r == colOwner {
			roles[i] = owner
		}
	}
	// A column of townships or counties (乡镇, 县（市、区）) in a task table, one that gives its rows
	// a time, answers for its rows when no column names units: each place does its share, as a
	// place's row of a task-quantity table does (quantity.go). A table of their figures alone, with
	// no time, is no task table by that column.
	if slices.Contains(roles, colDeadline) && !slices.Contains(roles, colUnits) && !slices.Contains(roles, colLead) {
		for i, n := range names {
			if roles[i] == colOther && divisionHead.MatchString(strings.TrimSpace(n)) {
				roles[i] = colUnits
				break
			}
		}
	}
	return roles
}

// measureNote is a header cell's note that names its unit of measure: "（万亩）", "(个)", "（公里）".
var measureNote = mustCompile(`[（(]([\p{Han}/／a-zA-Z²³]{1,5})[)）]$`)

// figureTitle is the title of a row whose task cell is a bare figure ("0.8" under "建设任务（万亩）"),
// or whose one content cell is, under the one content column of a table with no task column: the
// column's name and the figure, with the unit of measure its note names ("建设任务0.8万亩"), so the
// task has words to be asked by; in a table whose column of townships or counties answers for the
// rows, the row's place first ("琴亭镇建设任务0.8万亩"), as a task-quantity table's row reads
// (quantity.go). Another cell is its own title.
func (h *tableHeader) figureTitle(cell string, lead []string) string {
	k := slices.Index(h.roles, colTitle)
	if k < 0 {
		for c, r := range h.roles {
			if r == colOther {
				if k >= 0 {
					return cell // more content columns than one: which holds the figure is not known
				}
				k = c
			}
		}
	}
	if k < 0 || !figureCell.MatchString(strings.TrimSpace(cell)) || !strings.ContainsAny(cell, "0123456789") {
		return cell
	}
	cell = strings.TrimSpace(cell)
	name := strings.Join(strings.Fields(h.names[k]), "")
	title := name + "：" + cell
	if m := measureNote.FindStringSubmatchIndex(name); m != nil && m[0] > 0 {
		title = name[:m[0]] + cell + name[m[2]:m[3]]
	}
	if u := slices.Index(h.roles, colUnits); u >= 0 && divisionHead.MatchString(strings.TrimSpace(h.names[u])) {
		title = strings.Join(lead, "、") + title
	}
	return title
}

var pipeSplit = mustCompile(`\s*[｜|\t]\s*`)

// pipeCells splits a piped row; edged rows lose their leading separator.
func pipeCells(l string, edged bool) []string {
	l = strings.TrimSpace(l)
	if edged {
		l = strings.TrimPrefix(strings.TrimPrefix(l, "|"), "｜")
	}
	l = strings.TrimRight(l, "｜| \t")
	return pipeSplit.Split(l, -1)
}

// pipedHeader recognises a header whose cells are separated by | (or tabs) on one line.
func pipedHeader(l string) (*tableHeader, int) {
	edged := strings.HasPrefix(l, "|") || strings.HasPrefix(l, "｜")
	cells := pipeCells(l, edged)
	if len(cells) < 3 {
		return nil, 0
	}
	for _, c := range cells {
		if c = headerCore(c); utf8.RuneCountInString(c) > 14 || strings.ContainsAny(c, "。，,；;") {
			return nil, 0 // a row of text, not a header
		}
	}
	h := &tableHeader{names: cells, piped: true, edged: edged, roles: headerRoles(cells)}
	// A header names the units or the time of each row; the number column may be missing.
	if h.hasUnits() || h.has(colDeadline) {
		return h, 1
	}
	return nil, 0
}

// subHeaderRow is the second row of a header that heads its unit columns with two rows ("责任单位"
// spanning "牵头单位 | 配合单位", the other cells spanning both rows), at lines[k] or after a Markdown
// separator row: its cells those of a header (a column's role, short, no row number), the others empty.
// It returns the row's cells and its line; nil when lines[k] is no such row.
//
// Under a header without bars at its edges, a bar opening or closing the row is a cell's edge, its
// cell left empty by the span ("｜｜牵头单位｜配合单位｜" under "序号｜重点任务｜责任单位｜｜完成时限"); the row
// is read so when edged is false and it then lines up with the header's cells.
func subHeaderRow(lines []string, k int, upper string, edged bool) ([]string, int) {
	if k < len(lines) && strings.Contains(lines[k], "-") && isSeparatorRow(lines[k]) {
		k++
	}
	if k >= len(lines) || !strings.ContainsAny(lines[k], "｜|\t") {
		return nil, 0
	}
	cells := rawCells(lines[k])
	if up := rawCells(upper); !edged && !underSpan(up, cells) {
		if open := edgeCells(lines[k]); underSpan(up, open) {
			cells = open
		}
	}
	named := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if utf8.RuneCountInString(c) > 8 || isRowNumber(c) || roleOf(c, 0) == colOther || roleOf(c, 0) == colTitle {
			return nil, 0
		}
		named++
	}
	if named < 2 || named == len(cells) {
		return nil, 0
	}
	return cells, k
}

// wrappedHeaderCells reads the line at lines[k] as the rest of header cells too narrow for their
// names ("完成" over "时限", every other cell of the line empty): each of its cells ends the name
// above it, which says no column's role alone. It returns the header's names so completed.
func wrappedHeaderCells(names, lines []string, k int) ([]string, bool) {
	if k >= len(lines) || !strings.ContainsAny(lines[k], "｜|\t") {
		return nil, false
	}
	cells := rawCells(lines[k])
	if len(cells) > len(names) {
		return nil, false
	}
	out := slices.Clone(names)
	joined := 0
	for c, cell := range cells {
		if cell == "" {
			continue
		}
		if utf8.RuneCountInString(cell) > 4 || isRowNumber(cell) || roleOf(names[c], 0) != colOther || roleOf(names[c]+cell, 0) == colOther {
			return nil, false
		}
		out[c] += cell
		joined++
	}
	return out, joined > 0
}

// rawCells splits a piped or tabbed row at each separator, keeping its empty cells (a spanned cell
// leaves one).
func rawCells(l string) []string {
	l = strings.TrimRight(l, " \r")
	sep := "\t"
	if !strings.Contains(l, "\t") {
		sep = "|"
		l = strings.ReplaceAll(l, "｜", "|")
		l = strings.TrimPrefix(strings.TrimSpace(l), "|")
		l = strings.TrimSuffix(l, "|")
	}
	cells := strings.Split(l, sep)
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// underSpan reports whether each named cell of a header's second row stands under a cell its upper
// row spans: one left empty, one repeated from its left, or one naming units (责任单位).
func underSpan(up, lower []string) bool {
	if len(lower) > len(up) {
		return false
	}
	for i, c := range lower {
		if c == "" {
			continue
		}
		u := up[i]
		if u != "" && !(i > 0 && u == up[i-1]) && roleOf(u, 0) != colUnits && roleOf(u, 0) != colLead && roleOf(u, 0) != colPartic {
			return false
		}
	}
	return true
}

// edgeCells splits a row at each bar as rawCells does, its bars at the edges taken as separators
// too: "｜｜牵头单位｜配合单位｜" is five cells, the first two and the last empty.
func edgeCells(l string) []string {
	l = strings.TrimRight(l, " \r")
	if strings.Contains(l, "\t") {
		return rawCells(l)
	}
	cells := strings.Split(strings.ReplaceAll(strings.TrimSpace(l), "｜", "|"), "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// mergeHeaderRows reads a two-row header as one: each column goes by its lower cell when it has one
// (牵头单位, 配合单位 under 责任单位), else by the upper (序号, 具体任务, 完成时限 spanning both rows).
// nil when the rows do not line up.
func mergeHeaderRows(upper string, lower []string) []string {
	up := rawCells(upper)
	if len(lower) > len(up) {
		return nil
	}
	lower = append(lower, make([]string, len(up)-len(lower))...) // its empty last cells trimmed away
	names := make([]string, len(up))
	for i := range up {
		names[i] = up[i]
		if lower[i] != "" {
			names[i] = lower[i]
		}
		if names[i] == "" {
			return nil
		}
	}
	return names
}

// findTableHeader recognises a table header starting at lines[i]; n is how many lines it takes.
func findTableHeader(lines []string, i int) (*tableHeader, int) {
	l := lines[i]
	piped := strings.IndexByte(l, '|') >= 0 || strings.IndexByte(l, '\t') >= 0 || strings.Contains(l, "｜")
	if !piped && len(l) > 12 { // a one-cell header line is a short word: 序号, 编号
		return nil, 0
	}
	if piped {
		if h, n := pipedHeader(l); h != nil || i+1 >= len(lines) || !edgedLine(lines[i+1]) {
			if h != nil {
				if sub, k := subHeaderRow(lines, i+n, l, h.edged); sub != nil {
					if names := mergeHeaderRows(l, sub); names != nil {
						h.names, h.roles = names, headerRoles(names)
						n = k + 1 - i
					}
				} else if names, ok := wrappedHeaderCells(h.names, lines, i+n); ok {
					h.names, h.roles = names, headerRoles(names)
					n++
				}
			}
			return h, n
		}
		// A header broken before its last cells: "工作任务 | 具体要求" then "| 责任单位 |".
		if h, _ := pipedHeader(l + " " + lines[i+1]); h != nil {
			h.edged = false
			return h, 2
		}
		return nil, 0
	}
	first := roleOf(l, 0)
	switch {
	case first == colNumber && utf8.RuneCountInString(l) <= 4:
	case (first == colGroup || first == colTitle) && utf8.RuneCountInString(l) <= 6:
		// A table without a 序号 column ("类别 / 指标名称 / 年度目标 / 责任部门"): its rows number
		// their first cell ("1、地区生产总值增长率").
	default:
		return nil, 0
	}
	h := &tableHeader{names: []string{l}}
	j := i + 1
	for ; j < len(lines) && j-i <= 10; j++ {
		c := lines[j]
		// A header cell may carry a note in brackets: "重点工作任务(杭州市2项配合工作)".
		core := headerNote.ReplaceAllString(c, "")
		if core == "" && c != "" && len(h.names) > 0 {
			continue // "责任股室" "(单位)": a note on the name above, on a line of its own
		}
		if utf8.RuneCountInString(core) > 14 || strings.ContainsAny(core, "。，,；;") || isRowNumber(c) || core == "" {
			break
		}
		if lvl, _, _, _ := heading(c); lvl != lvlNone {
			break
		}
		h.names = append(h.names, core)
	}
	h.names = joinHeaderParts(twoRowHeader(h.names, rowWidth(lines[j:])), rowWidth(lines[j:]))
	h.roles = headerRoles(h.names)
	if len(h.names) < 3 || !h.hasUnits() && !h.has(colDeadline) {
		return nil, 0
	}
	if first != colNumber && !numberedRowAhead(lines[j:]) {
		return nil, 0
	}
	return h, j - i
}

// rowWidth is how many lines a flattened table's first row takes, from its number 1 to the line
// before its number 2 (0 when the rows do not show it within a few lines).
func rowWidth(lines []string) int {
	one := -1
	for k, l := range lines[:min(len(lines), 40)] {
		switch {
		case one < 0 && strings.TrimSpace(l) == "1":
			one = k
		case one >= 0 && strings.TrimSpace(l) == "2":
			return k - one
		}
	}
	return 0
}

// twoRowHeader reads a header of two rows flattened one cell a line, when it has more names than the
// rows have cells: "责任单位" spanning "牵头单位 | 配合单位", the other cells spanning both rows. A page or a
// Word file repeats the spanned cells in the second row ("序号 具体任务 责任单位 完成时限 序号 具体任务
// 牵头单位 配合单位 完成时限"): the second row names the columns. A Markdown table's second row has only
// its own cells ("… 责任单位 完成时限 牵头单位 配合单位"): they take the spanning cell's place.
func twoRowHeader(names []string, width int) []string {
	if width < 3 || len(names) <= width {
		return names
	}
	if k := slices.Index(names[1:], names[0]) + 1; k > 0 && len(names)-k == width {
		return names[k:]
	}
	sub := len(names)
	for sub > 0 && (roleOf(names[sub-1], 0) == colLead || roleOf(names[sub-1], 0) == colPartic) {
		sub--
	}
	upper, lower := names[:sub], names[sub:]
	if len(lower) < 2 || len(upper)-1+len(lower) != width {
		return names
	}
	spans := -1
	for i, n := range upper {
		if roleOf(n, 0) == colUnits {
			if spans >= 0 {
				return names
			}
			spans = i
		}
	}
	if spans < 0 {
		return names
	}
	return slices.Concat(upper[:spans], lower, upper[spans+1:])
}

// headerFirstParts and headerLastParts are the halves of a header cell a page broke over two lines
// ("责任" over "领导", "责任" over "科室"); a period qualifier ("第二季度") is the last line of the cell
// above it ("工作任务安排" over "第二季度").
var (
	headerFirstParts = []string{"责任", "牵头", "配合", "协办", "主办", "完成", "分管", "联系", "攻坚", "工作"}
	headerLastParts  = []string{"领导", "科室", "单位", "部门", "处室", "股室", "时限", "时间", "情况", "任务", "目标", "人"}
	headerQualifier  = mustCompile(`^(?:第?[一二三四1-4]季度|上半年|下半年|全年|\d{1,2}月份?|(?:19|20)\d{2}年)$`)
)

// joinHeaderParts joins a flattened header's cells that a page broke over lines, while there are
// more names than the rows have cells: "责任 / 领导" is 责任领导. A header whose rows show no width, or
// as many cells as names, is left as it is.
func joinHeaderParts(names []string, width int) []string {
	for width >= 3 && len(names) > width {
		joined := false
		for k := 0; k+1 < len(names) && len(names) > width; k++ {
			a, b := names[k], names[k+1]
			if slices.Contains(headerFirstParts, a) && slices.Contains(headerLastParts, b) ||
				utf8.RuneCountInString(b) <= 2 && slices.Contains(headerLastParts, b) && (strings.HasSuffix(a, "目标") || strings.HasSuffix(a, "任务")) ||
				headerQualifier.MatchString(b) && k > 0 {
				names = slices.Concat(names[:k], []string{a + b}, names[k+2:])
				joined = true
			}
		}
		if !joined {
			break
		}
	}
	return names
}

// gluedNumber is a row's number glued to its first cell: "1、地区生产总值增长率".
var gluedNumber = mustCompile(`^(\d{1,3})[、.．]\s*(\S.*)$`)

// numberedRowAhead: a row numbered 1 in its first cell comes within the next lines (a group cell may
// stand before it).
func numberedRowAhead(lines []string) bool {
	for _, l := range lines[:min(len(lines), 3)] {
		if m := gluedNumber.FindStringSubmatch(l); m != nil && m[1] == "1" {
			return true
		}
	}
	return false
}

// progressName is the name of the i-th progress column ("1-9月份工作完成情况").
func (h *tableHeader) progressName(i int) string {
	for k, r := range h.roles {
		if r == colProgress {
			if i == 0 {
				return strings.Join(strings.Fields(h.names[k]), "")
			}
			i--
		}
	}
	return "进展情况"
}

// personName is the name of the person column ("分管领导", "责任领导").
func (h *tableHeader) personName() string {
	for k, r := range h.roles {
		if r == colPerson {
			return strings.Join(strings.Fields(headerNote.ReplaceAllString(h.names[k], "")), "")
		}
	}
	return "责任人"
}

// placeName is the name of the place column ("建设地点").
// inventory reports whether the table lists things rather than work: two columns or more that
// describe a thing as property (权属, 产权, 明细, 规格, 型号, 合同) and none that names work or a project
// (任务, 措施, 事项, 项目, 建设, 工程 …).
func (h *tableHeader) inventory() bool {
	things := 0
	for _, n := range h.names {
		for _, w := range []string{"任务", "措施", "事项", "工作", "内容", "目标", "举措", "要求", "时限", "时间", "项目", "建设", "规模", "工程"} {
			if strings.Contains(n, w) {
				return false
			}
		}
		for _, w := range []string{"权属", "产权", "明细", "规格", "型号", "合同"} {
			if strings.Contains(n, w) {
				things++
				break
			}
		}
	}
	return things >= 2
}

func (h *tableHeader) placeName() string {
	for k, r := range h.roles {
		if r == colPlace {
			return strings.Join(strings.Fields(headerNote.ReplaceAllString(h.names[k], "")), "")
		}
	}
	return "地点"
}

// placeItem matches a place named as where work is done: "纸坊街道", "相关镇（街道）", "各乡镇".
var placeItem = mustCompile(`^(?:相关|有关|各)?\p{Han}{0,8}?(?:区|县|市|旗|镇|乡|街道|村|社区)(?:[（(](?:街道|镇|乡)[)）])?$`)

// isPlaceList: every item of the line names a place.
func isPlaceList(l string) bool {
	items := SplitUnits(l)
	if len(items) == 0 || strings.ContainsAny(l, "。；;") {
		return false
	}
	for _, it := range items {
		if !placeItem.MatchString(cleanUnit(it)) {
			return false
		}
	}
	return true
}

// unitColumns counts the unit columns.
func (h *tableHeader) unitColumns() int {
	n := 0
	for _, r := range h.roles {
		if r == colUnits || r == colLead || r == colPartic {
			n++
		}
	}
	return n
}

// hasUnits reports whether the table names units in a column of its own.
func (h *tableHeader) hasUnits() bool { return h.has(colUnits) || h.has(colLead) || h.has(colPartic) }

// label is the label a unit column's cells are read under: its own header name when that is a
// label ("牵头单位", "协同责任单位"), else the one its role implies.
func (h *tableHeader) label(k int) string {
	name := strings.Join(strings.Fields(headerCore(h.names[k])), "")
	if label, _, ok := respLine(name + "："); ok {
		return label
	}
	if _, _, _, ok := combinedLabel(name); ok {
		return name // "牵头单位/配合单位": readResp splits its cells ("X/Y、Z") between the two
	}
	switch h.roles[k] {
	case colLead:
		return "牵头单位"
	case colPartic:
		return "配合单位"
	}
	return "责任单位"
}

// yearColumnExpr is a column of figures for a year: "2026年目标值", "2025年预期目标", or the year
// alone ("2024年", "2025年度") over a row's figure for it.
var yearColumnExpr = mustCompile(`((?:19|20)\d{2})\s*年(?:度)?.{0,4}(?:目标|指标|预期|计划)|^((?:19|20)\d{2})\s*年度?$`)

// labelTargets writes each of a row's cells under a year's column with its column's name
// ("2025年：15公里") when there is one for each such column; else as they are.
func (h *tableHeader) labelTargets(cells []string) []string {
	var names []string
	for k, r := range h.roles {
		if r == colTarget {
			names = append(names, h.names[k])
		}
	}
	if len(names) != len(cells) || len(names) < 2 {
		return cells
	}
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = names[i] + "：" + c
	}
	return out
}

// bareYearColumn is a column named by its year alone.
var bareYearColumn = mustCompile(`^(?:19|20)\d{2}\s*年度?$`)

// yearColumns are the targets the years' columns stand for, one a column.
func (h *tableHeader) yearColumns() []Deadline {
	var out []Deadline
	for k, r := range h.roles {
		if r == colTarget {
			m := yearColumnExpr.FindStringSubmatch(h.names[k])
			y, _ := strconv.Atoi(m[1] + m[2])
			out = append(out, Deadline{Quote: h.names[k], Date: Day{y, time.December, 31}, Kind: KindTarget})
		}
	}
	return out
}

// setTargets gives a task the targets of the years' columns its row fills: none for a column named
// by a year alone before the plan's own (a baseline, "2023年 | 2025年目标"). A plan of several years
// (十五五, 2026—2030年) has its own from its first year: "2025年 | 2027年 | 2030年" is its base, a
// mid-term target and its final one. The deadlines read from the cells' labels ("2025年：15公里",
// "2023年：40%") are those columns', not deadlines of their own.
func (h *tableHeader) setTargets(task *Task, planYear int, title string) {
	if first := periodFirstYear(title); first > 0 && first < planYear {
		planYear = first
	}
	cols := h.yearColumns()
	task.Deadlines = slices.DeleteFunc(task.Deadlines, func(d Deadline) bool {
		return slices.ContainsFunc(cols, func(x Deadline) bool { return x.Date == d.Date && strings.Contains(x.Quote, d.Quote) })
	})
	for _, c := range cols {
		if c.Date.Year < planYear && bareYearColumn.MatchString(c.Quote) {
			continue
		}
		task.addDeadlines([]Deadline{c})
	}
}

// periodColumn names a part of a year a column's work is for: "工作任务安排 第二季度", "上半年工作计划".
var periodColumn = mustCompile(`第?[一二三四1-4]季度|上半年|下半年`)

// periodDeadlines are the deadlines the period columns a row fills give it: the work arranged for
// 第二季度 is due at its end, in the plan's year unless the name says its own; a row that fills only
// the 第二季度 column is not due at the end of the others. A progress column (二季度完成情况) is what
// was done, no deadline. Where the row's cells were not read by column (filled is nil), every period
// column of the header counts.
func (h *tableHeader) periodDeadlines(filled []string, planYear int) []Deadline {
	if filled == nil {
		for k, r := range h.roles {
			if r == colOther && periodColumn.MatchString(h.names[k]) {
				filled = append(filled, h.names[k])
			}
		}
	}
	var out []Deadline
	for _, name := range filled {
		out = append(out, CellDeadlines(name, planYear)...)
	}
	return out
}

// headerNote is a bracketed note inside a header cell.
var headerNote = mustCompile(`[（(][^（）()]*[)）]`)

// endColumn reports whether a time column of the header names the day work ends by (完成时限, 完成时间,
// 截止时间: endWords), not the years it runs in (建设年限).
func (h *tableHeader) endColumn() bool {
	for k, r := range h.roles {
		if r == colDeadline && endWords.MatchString(h.names[k]) {
			return true
		}
	}
	return false
}

func (h *tableHeader) has(r colRole) bool {
	for _, x := range h.roles {
		if x == r {
			return true
		}
	}
	return false
}

func isRowNumber(s string) bool {
	s = strings.TrimRight(s, "*＊★")
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// tableRows is a parsed table.
type tableRows struct {
	header *tableHeader
	rows   []*tableRow
}

type tableRow struct {
	num       string
	title     string
	category  []string // table headings above the row ("一、强化统筹推进…", "(一)…")
	groupLead []string // the lead its group's heading or cell names ("教育（牵头单位：市教育局）")
	// groupUnits are the units a group row's own unit cell names ("一、提升政务服务效能" over its
	// unit cell "县政务服务中心"): the lead of the group's rows that name none of their own.
	groupUnits []string
	subs       []*subRow
}

type subRow struct {
	// title: the sub-row's own title cell, in a row whose number cell was merged over it ("2 | 深化户籍
	// 制度改革 | …" then " | 推进居住证制度全覆盖 | …"): a task of its own words under the row's number.
	title  string
	cells  map[colRole][]string
	lead   []string
	partic []string
	bodies []string
	times  []string // what a time label inside the row said
	units  []string // the row's unit cells as labelled lists ("牵头单位：X"), read together
	named  bool     // the row marks its own lead
	// unitCells: how many of the row's unit columns have their cell.
	unitCells int
	// periods: the names of the period columns the row fills ("第二季度"), whose ends are its deadlines.
	periods []string
	// carried: the cells taken from the row above, a merged cell's ("units", "time").
	carried []string
	// leadCell: the row's cell under a 牵头单位 column, labelled.
	leadCell []string
	// unitRaw: the unit cells read by their place (not by a label of their own), labelled, in order.
	unitRaw []string
	// guessed: a cell read as units though the header names no unit column.
	guessed bool
}

// tableEnd matches lines that cannot belong to a table: the next attachment or a document title.
func tableEnd(l string) bool {
	return isAttachLine(l) || strings.HasPrefix(l, "附") && (attachList.MatchString(l) || attachTitled.MatchString(l))
}

// readTable reads rows after the header; used is how many lines it took.
func (p *parser) readTable(h *tableHeader, lines []string) (*tableRows, int) {
	t := &tableRows{header: h}
	if h.piped {
		return p.readPipedTable(t, lines)
	}
	r := &flatReader{p: p, h: h, t: t, lines: lines, lastCategoryAt: -1,
		lastRole: h.roles[len(h.roles)-1], hasTitle: h.has(colTitle)}
	for r.j = 0; r.j < len(lines); r.j++ {
		if !r.step() {
			break
		}
	}
	r.flush()
	p.scorerCells(t)
	p.carryDown(t)
	return t, r.used
}

// scorerCells: in a table whose last columns name another body after the units (评分部门, 考核单位), a
// row's last unit-like cell is that body's, not one more responsible unit: "县农业农村局" then
// "市农业农村局" under 责任部门 and 评分部门.
func (p *parser) scorerCells(t *tableRows) {
	h := t.header
	last, body := -1, -1
	for k, r := range h.roles {
		switch r {
		case colUnits, colLead, colPartic:
			last = k
		case colBody:
			body = k
		}
	}
	if last < 0 || body < last {
		return
	}
	name := strings.Join(strings.Fields(headerNote.ReplaceAllString(h.names[body], "")), "")
	for _, row := range t.rows {
		for _, sr := range row.subs {
			if len(sr.unitRaw) < 2 {
				continue
			}
			cell := sr.unitRaw[len(sr.unitRaw)-1]
			if i := slices.Index(sr.units, cell); i >= 0 {
				sr.units = slices.Delete(sr.units, i, i+1)
			}
			_, u, _ := strings.Cut(cell, "：")
			sr.bodies = append(sr.bodies, name+"："+u)
			sr.unitRaw = sr.unitRaw[:len(sr.unitRaw)-1]
			res, _ := p.readResp(strings.Join(sr.units, "；"), false)
			sr.lead, sr.partic, sr.times, sr.named = res.lead, res.partic, res.times, res.namedLead
		}
	}
}

// carryDown fills the cells a row lost to merging. A table copied out of a word processor keeps a
// merged cell's text only in its first row: a row below with no unit cell, or no time cell, had the
// same one as the row above. A row that kept only its number and words gets a sub-row of its own.
func (p *parser) carryDown(t *tableRows) {
	if !t.header.hasUnits() {
		return
	}
	var units *subRow
	var lead, times []string
	for _, row := range t.rows {
		if len(row.subs) == 0 && row.title != "" {
			row.subs = []*subRow{{cells: map[colRole][]string{}}}
		}
		for _, sr := range row.subs {
			switch {
			case len(sr.leadCell) > 0:
				lead = sr.leadCell
			case len(lead) > 0 && len(sr.lead)+len(sr.partic) > 0 && !sr.named:
				// Its own 责任单位 but no 牵头单位: the lead column's cell was merged.
				p.readRowUnits(sr, lead)
				sr.carried = append(sr.carried, "lead")
			}
			if len(sr.lead)+len(sr.partic) > 0 {
				units = sr
			} else if len(row.groupUnits) > 0 {
				// A row of a group whose row names the units, naming none of its own: the group's.
				sr.lead, sr.partic = slices.Clone(row.groupUnits), nil
				sr.carried = append(sr.carried, "units")
			} else if units != nil {
				sr.lead, sr.partic, sr.named = units.lead, units.partic, units.named
				sr.carried = append(sr.carried, "units")
			}
			if d := sr.cells[colDeadline]; len(d) > 0 {
				times = d
			} else if len(times) > 0 && t.header.has(colDeadline) {
				sr.times = append(sr.times, times...)
				sr.carried = append(sr.carried, "time")
			}
		}
	}
}

// flatReader reads a flattened table, one cell per line, keeping the row it is in, the headings
// above it and the lines of the sub-row not yet assigned to columns.
type flatReader struct {
	p              *parser
	h              *tableHeader
	t              *tableRows
	lines          []string
	j, used        int
	cur            *tableRow
	category       []string
	pending        []string
	lastCategoryAt int
	groupLead      []string
	groupUnits     []string // the units the group row's own unit cell names (tableRow.groupUnits)
	numberApart    bool     // a row's number has stood on a line of its own
	lastRole       colRole
	hasTitle       bool
	placeSeen      bool // the sub-row's place cell has been read
}

// flush ends the sub-row being read.
func (r *flatReader) flush() {
	if r.cur == nil || len(r.pending) == 0 {
		r.pending = nil
		return
	}
	sr := &subRow{cells: map[colRole][]string{}}
	r.p.assignCells(r.h, sr, r.pending)
	r.cur.subs = append(r.cur.subs, sr)
	r.pending = nil
	r.placeSeen = false
}

// step reads lines[j]; false when the table has ended.
func (r *flatReader) step() bool {
	l := r.lines[r.j]
	if tableEnd(l) {
		return false
	}
	if r.j > 0 {
		if h2, n := findTableHeader(r.lines, r.j); h2 != nil {
			if k := len(r.h.names); r.cur != nil && len(r.pending) > 0 && n >= k && r.j+k <= len(r.lines) && slices.Equal(r.lines[r.j:r.j+k], r.h.names) {
				// The header repeated at the top of a page, inside a row the page broke ("市科技局" /
				// "序号" … "完成时限" / "2025年11月底前"): the row goes on after it.
				r.j += k - 1
				return true
			}
			// The next table starts: end this one before its header, and before the heading
			// that introduces it.
			if r.used > 0 && len(r.category) > 0 && r.used == r.j && r.lastCategoryAt == r.j-1 {
				r.used = r.j - 1
			}
			return false
		}
	}
	if r.cur != nil && len(r.pending) == 0 && r.afterTable(l) {
		return false
	}
	r.used = r.j + 1
	switch {
	case isRowNumber(l) && r.nextNumber(l):
		r.numberApart = true
		r.startRow(l)
	case r.gluedRow(l):
	case r.heading(l):
	case r.groupUnitCell(l):
	case r.cur == nil:
	case isRespLine(l) && len(r.pending) == 0 && len(r.cur.subs) > 0:
		// A labelled unit line after a row's last cell ("省牵头单位：省农业农村厅") belongs to that row.
		r.p.readRowUnits(r.cur.subs[len(r.cur.subs)-1], []string{l})
	case len(r.pending) == 0 && len(r.cur.subs) > 0 && r.nextUnitCell(r.cur.subs[len(r.cur.subs)-1]) >= 0 && r.p.unitCell(l):
		// The row's next unit cell (主要责任单位, then 协同配合单位): the same sub-row.
		sr := r.cur.subs[len(r.cur.subs)-1]
		k := r.nextUnitCell(sr)
		sr.unitCells = min(sr.unitCells+1, r.h.unitColumns())
		cell := r.h.label(k) + "：" + strings.TrimRight(l, "。")
		if r.h.roles[k] == colLead {
			sr.leadCell = append(sr.leadCell, cell)
		}
		sr.unitRaw = append(sr.unitRaw, cell)
		r.p.readRowUnits(sr, []string{cell})
	case len(r.pending) == 0 && len(r.cur.subs) > 0 && r.h.hasUnits() && emptyCell(strings.TrimSpace(l)) &&
		r.cur.subs[len(r.cur.subs)-1].unitCells > 0 && r.cur.subs[len(r.cur.subs)-1].unitCells < r.h.unitColumns():
		// An empty unit cell ("/" under 配合单位) between the row's unit cells: the cells after it go
		// to the columns after it, not one column early.
		r.cur.subs[len(r.cur.subs)-1].unitCells++
	case len(r.pending) == 0 && len(r.cur.subs) > 0 && r.timeGoesOn(r.cur.subs[len(r.cur.subs)-1], l):
		// A time cell of two paragraphs ("2025年6月底前制定方案" / "2025年12月底前完成建设"): one step each.
		sr := r.cur.subs[len(r.cur.subs)-1]
		sr.cells[colDeadline] = append(sr.cells[colDeadline], l)
	case r.h.has(colPlace) && !r.placeSeen && isPlaceList(l):
		// The place the work is done (建设地点): not the row's units.
		r.placeSeen = true
		r.pending = append(r.pending, l)
	default:
		r.pending = append(r.pending, l)
		if r.endsSubRow(l) {
			r.flush()
		}
	}
	return true
}

// timeGoesOn reports whether l, right after a sub-row that ended with its time cell, is more of that
// cell: in a table whose columns after the task are units and the time alone, a sub-row of its own
// would open with its words or its units, never with a date, unless its task opens on one: then its
// units come next, and the line is that sub-row's task.
func (r *flatReader) timeGoesOn(sr *subRow, l string) bool {
	if r.lastRole != colDeadline || len(sr.cells[colDeadline]) == 0 {
		return false
	}
	for _, role := range r.h.roles {
		switch role {
		case colNumber, colTitle, colUnits, colLead, colPartic, colPerson, colGroup, colDeadline:
		default:
			return false // a column of words a sub-row may open with
		}
	}
	if r.j+1 < len(r.lines) && r.p.unitCell(strings.TrimSpace(r.lines[r.j+1])) {
		return false // units follow it: a sub-row whose task opens on its date ("2025年底前完成…建档" / "县文旅局")
	}
	return len(ParseDeadlinesIn(l, max(r.p.year, 2000))) > 0
}

// afterTable reports whether l, after a row's last cell, is the text after the table rather than
// its next group or cell: a part heading whose next line is an item with its sentence ("二、保障措施"
// over "（一）加强组织领导。…": the plan going on), or a
// sentence addressed to the units of the table ("各责任单位要于每季度末将…报县营商办。").
func (r *flatReader) afterTable(l string) bool {
	if lvl, _, _, _ := heading(l); lvl == lvlPart && r.j+1 < len(r.lines) {
		// A group row is over its rows' numbers, or over a sub-group's short title ("(一)全力打造三大
		// 支撑性产业"); the plan's next part over its first item's sentence.
		next, _, _, _ := heading(r.lines[r.j+1])
		return next == lvlSection && strings.Contains(r.lines[r.j+1], "。")
	}
	return tableAddressed.MatchString(l) && strings.HasSuffix(strings.TrimSpace(l), "。")
}

// tableAddressed opens a sentence to the units of a table: 各责任单位要, 各牵头单位须, 各有关部门应.
var tableAddressed = mustCompile(`^各(?:责任|牵头|有关|相关|配合|成员)?(?:单位|部门)(?:要|须|应|务必|必须|于)`)

// nextNumber: a number line starts a row when it follows the row above (a few numbers on, as an
// excerpt may skip rows; the same one after a page break; or 1 when a group starts again); a figure
// in a cell ("300" 万元) does not.
// gluedRow starts a row whose number is glued to its first cell, in a table without a number column,
// when the number follows the row above.
//
// In a table with a number column, a row may print its number glued to its task all the same ("1.推进
// “一网通办”" under 序号 and 重点任务): it starts a row only where a row may start, after the row
// above has its cells (a numbered list inside a row's content cell comes before its unit cell) or
// right under a group row, where its rows' numbers may start again at 1; and only in a table whose rows
// have not printed their numbers apart (there "2.…" is a numbered line of a row's content).
func (r *flatReader) gluedRow(l string) bool {
	m := gluedNumber.FindStringSubmatch(l)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	prev := 0
	if r.cur != nil {
		prev, _ = strconv.Atoi(r.cur.num)
	}
	if r.h.has(colNumber) {
		underGroup := r.lastCategoryAt == r.j-1 || r.lastCategoryAt == r.j-2 && len(r.groupUnits) > 0
		if r.numberApart || len(r.pending) > 0 || r.cur != nil && len(r.cur.subs) == 0 || !(n == prev+1 || n == 1 && underGroup) {
			return false
		}
	} else if n != prev+1 {
		return false
	}
	r.flush()
	r.cur = &tableRow{num: m[1], title: m[2], category: append([]string(nil), r.category...), groupLead: r.groupLead, groupUnits: r.groupUnits}
	r.t.rows = append(r.t.rows, r.cur)
	return true
}

func (r *flatReader) nextNumber(l string) bool {
	if r.cur == nil {
		return true
	}
	n, _ := strconv.Atoi(strings.TrimRight(l, "*＊★"))
	prev, _ := strconv.Atoi(strings.TrimRight(r.cur.num, "*＊★"))
	// What follows a row's number is its words, not another figure.
	if next := r.j + 1; next < len(r.lines) && isRowNumber(r.lines[next]) {
		return false
	}
	// Right under a heading, 1 starts the group's rows again, and a number past the row above starts
	// a row of an excerpt that kept only some rows, the groups between left empty ("3" … "六、…" "68").
	return n >= prev && n <= prev+3 || (n == 1 || n > prev) && r.lastCategoryAt == r.j-1
}

// nextUnitCell is the unit column a sub-row's next unit cell goes to, -1 when its unit cells are
// all there.
//
// When all are there, the line continues the last one: a cell that lists its units one a line
// ("文化宣传股" "文化馆" "图书馆"), since a sub-row of units with no words of its own is no task.
func (r *flatReader) nextUnitCell(sr *subRow) int {
	n, last := 0, -1
	for k, role := range r.h.roles {
		if role == colUnits || role == colLead || role == colPartic {
			if n == sr.unitCells {
				return k
			}
			n, last = n+1, k
		}
	}
	return last
}

// startRow begins the row numbered l, unless it is the same row going on after a page break.
func (r *flatReader) startRow(l string) {
	r.flush()
	title := ""
	if r.hasTitle && r.j+1 < len(r.lines) && !isRowNumber(r.lines[r.j+1]) {
		if r.groupCell() {
			r.j++
			r.category = []string{r.lines[r.j]} // it holds for the rows below that lost it to merging
			r.groupLead = r.p.headingLead(r.lines[r.j])
		}
		r.j++
		title = r.lines[r.j]
		r.used = r.j + 1
	}
	if r.cur != nil && r.cur.num == l && (title == r.cur.title || title == "") {
		return // the row goes on after a page break
	}
	r.cur = &tableRow{num: l, title: title, category: append([]string(nil), r.category...), groupLead: r.groupLead, groupUnits: r.groupUnits}
	r.t.rows = append(r.t.rows, r.cur)
}

// groupCell reports whether the line after a row's number is the row's group cell, in a table whose
// rows name their area between the number and the task ("序号 | 任务类别 | 具体任务 | 牵头单位 …",
// as government pages and Word files head them: 政务服务 over two rows, then 要素保障). The task is
// the line after it. A group cell merged over the rows below its first is repeated on each (a page's
// or a Word file's reader fills it in) or printed once; a row without it has its first unit cell a
// line earlier than the header's columns say. A group's name is short and no sentence, no unit.
func (r *flatReader) groupCell() bool {
	h := r.h
	if len(h.roles) < 4 || h.roles[0] != colNumber || h.roles[1] != colGroup || h.roles[2] != colTitle {
		return false
	}
	i := r.j + 1
	if i+1 >= len(r.lines) || isRowNumber(r.lines[i+1]) {
		return false
	}
	g := r.lines[i]
	if len(r.category) == 1 && r.category[0] == g {
		return true // the merged cell repeated
	}
	if utf8.RuneCountInString(g) > 10 || strings.ContainsAny(g, "。，,；;：:、") || r.p.unitCell(g) || len(ParseDeadlines(g)) > 0 {
		return false
	}
	first := -1 // the header's first unit column
	for k, role := range h.roles {
		if role == colUnits || role == colLead || role == colPartic {
			first = k
			break
		}
	}
	for k := i; k < len(r.lines) && k <= r.j+first+2 && !isRowNumber(r.lines[k]); k++ {
		if r.p.unitCell(r.lines[k]) {
			return k-r.j != first-1 // one line early: the row lost its group cell
		}
	}
	return true
}

// groupUnitCell takes a unit cell right under a group row ("一、提升政务服务效能" then "县政务服务中心",
// before the group's first row) as the group row's own: its rows that name no units of their own have
// them as lead (carryDown), and the group row is no task. A row of the group naming its own keeps
// them. Where the group row's heading names its lead in a note, that note decides (groupLead).
func (r *flatReader) groupUnitCell(l string) bool {
	if r.lastCategoryAt != r.j-1 || len(r.pending) > 0 || len(r.groupLead) > 0 || !r.h.hasUnits() || !r.p.unitCell(l) {
		return false
	}
	res, ok := r.p.readResp(l, false)
	if !ok || len(res.lead)+len(res.partic) == 0 {
		return false
	}
	r.groupUnits = appendNew(appendNew(nil, res.lead...), res.partic...)
	return true
}

// heading takes a part or section heading between rows as the category of the rows below it.
func (r *flatReader) heading(l string) bool {
	lvl, _, _, _ := heading(l)
	if (lvl != lvlPart && lvl != lvlSection) || len(r.pending) > 0 {
		return false
	}
	r.lastCategoryAt = r.j
	r.groupLead = r.p.headingLead(l)
	r.groupUnits = nil
	if lvl == lvlPart {
		r.category = []string{l}
		return true
	}
	if len(r.category) > 1 {
		r.category = r.category[:1]
	}
	r.category = append(r.category, l)
	return true
}

// endsSubRow: a sub-row ends at its last column's cell, a unit list or a date.
func (r *flatReader) endsSubRow(l string) bool {
	switch r.lastRole {
	case colUnits, colLead, colPartic:
		return r.p.unitCell(l)
	case colDeadline:
		// A time cell with no year ("6月底前", "9月底前") ends it too: the plan's year is the year.
		return len(r.pending) > 1 && len(ParseDeadlinesIn(l, max(r.p.year, 2000))) > 0
	}
	return false
}

// assignCells spreads the lines of one sub-row over the columns after the title. The unit cell is
// recognised by its content; the remaining lines fill the content columns in order, the last
// content column taking what is left (a cell may span several lines).
func (p *parser) assignCells(h *tableHeader, sr *subRow, lines []string) {
	if p.cellByCell(h, sr, lines) {
		return
	}
	var unitLines []string
	var rest []string
	placed := false
	for _, l := range lines {
		switch {
		case h.has(colPlace) && !placed && isPlaceList(l):
			placed = true
			sr.cells[colPlace] = append(sr.cells[colPlace], l)
		case p.unitCell(l) || isRespLine(l):
			unitLines = append(unitLines, l)
		case h.has(colPerson) && isPersonName(l):
			// a 分管领导 cell: a person, not a unit; kept in the task's words, so that who leads
			// it can be answered from the plan
			sr.bodies = append(sr.bodies, h.personName()+"："+strings.Join(strings.Fields(l), ""))
		default:
			rest = append(rest, l)
		}
	}
	fillContent(h, sr, rest)
	p.readRowUnits(sr, unitClause(h, sr, unitLines))
}

// cellByCell reads a sub-row that has exactly one line for each column after its number and title
// (three or more): each line is its column's cell, whatever it reads like ("白仙山水库工程政策处理工作
// 领导小组" under 责任科室). It reports whether it did.
func (p *parser) cellByCell(h *tableHeader, sr *subRow, lines []string) bool {
	var cols []colRole
	title := false
	for _, r := range h.roles {
		switch {
		case r == colNumber || r == colGroup:
		case r == colTitle && !title:
			title = true
		default:
			cols = append(cols, r)
		}
	}
	if len(cols) < 3 || len(lines) != len(cols) || !title || !h.hasUnits() {
		return false
	}
	for k, l := range lines {
		if itemExpr.MatchString(l) {
			return false // "1.…" then "2.…": one cell's numbered lines
		}
		// A line that reads as units under a column of words, or a sentence under a unit column:
		// the lines are not one a cell.
		isUnitCol := cols[k] == colUnits || cols[k] == colLead || cols[k] == colPartic
		if !isUnitCol && (p.unitCell(l) || isRespLine(l)) || isUnitCol && (strings.ContainsAny(l, "。，,；;") || utf8.RuneCountInString(l) > 30) {
			return false
		}
		// A person's name under a unit column ("梅建胜" "顾国煜": two leaders, one a line, in the
		// 牵头领导 cell) shifts the cells: they are not one a line.
		if isUnitCol && isPersonName(l) && !p.unitCell(l) {
			return false
		}
	}
	var unitLines []string
	for k, l := range lines {
		switch r := cols[k]; r {
		case colUnits, colLead, colPartic:
			unitLines = append(unitLines, l)
		case colPerson:
			sr.bodies = append(sr.bodies, h.personName()+"："+strings.Join(strings.Fields(l), ""))
		default:
			sr.cells[r] = append(sr.cells[r], l)
		}
	}
	p.readRowUnits(sr, unitClause(h, sr, unitLines))
	return true
}

// fillContent spreads a sub-row's content lines over the content columns: the first takes the lines
// up to the first one that reads as a target, the last takes the rest.
func fillContent(h *tableHeader, sr *subRow, rest []string) {
	var cols []colRole
	for _, r := range h.roles {
		if r != colNumber && r != colTitle && r != colUnits && r != colLead && r != colPartic && r != colPerson && r != colGroup && r != colPlace {
			cols = append(cols, r)
		}
	}
	if len(cols) == 0 {
		cols = []colRole{colOther}
	}
	split := len(rest)
	if len(cols) > 1 {
		split = targetStart(rest)
	}
	// The lines from the split go to the time column when there is one (a 备注 column after it
	// is mostly empty), else to the last.
	first, second := cols[0], cols[len(cols)-1]
	for _, c := range cols[1:] {
		if c == colDeadline || c == colTarget {
			second = c
			break
		}
	}
	sr.cells[first] = append(sr.cells[first], rest[:split]...)
	if split < len(rest) {
		sr.cells[second] = append(sr.cells[second], rest[split:]...)
	}
}

// targetStart finds where the deadline column starts: at the first line (after the first) that reads
// as a target, a numbered list or a line that names a date; a single line that looks like a target is
// one by itself.
func targetStart(rest []string) int {
	if len(rest) == 1 && looksLikeTarget(rest[0]) {
		return 0
	}
	if len(rest) <= 1 {
		return len(rest)
	}
	for k := 1; k < len(rest); k++ {
		if len(ParseDeadlines(rest[k])) > 0 || itemExpr.MatchString(rest[k]) {
			return k
		}
	}
	return 1
}

// unitClause labels a sub-row's unit cells: they fill the unit columns in header order (牵头单位 then
// 配合单位); a cell that carries its own label ("省牵头单位：省农业农村厅") says its role itself. The
// row is then read as one clause.
func unitClause(h *tableHeader, sr *subRow, unitLines []string) []string {
	var unitCols []int
	for k, r := range h.roles {
		if r == colUnits || r == colLead || r == colPartic {
			unitCols = append(unitCols, k)
		}
	}
	var clause []string
	k := 0
	for _, u := range unitLines {
		if isRespLine(u) {
			clause = append(clause, u)
			continue
		}
		label := "责任单位" // a unit cell in a table whose header names no unit column
		if len(unitCols) == 0 {
			sr.guessed = true
		} else {
			col := unitCols[min(k, len(unitCols)-1)]
			label = h.label(col)
			if h.roles[col] == colLead {
				sr.leadCell = append(sr.leadCell, label+"："+strings.TrimRight(u, "。"))
			}
		}
		k++
		cell := label + "：" + strings.TrimRight(u, "。")
		clause = append(clause, cell)
		sr.unitRaw = append(sr.unitRaw, cell)
	}
	sr.unitCells = k
	return clause
}

// readRowUnits reads a row's unit cells ("牵头单位：X", "责任单位：Y", …) as one clause, so that a
// 责任单位 beside a 牵头单位 takes part.
func (p *parser) readRowUnits(sr *subRow, cells []string) {
	if len(cells) == 0 {
		return
	}
	sr.units = append(sr.units, cells...)
	res, _ := p.readResp(strings.Join(sr.units, "；"), false)
	sr.lead, sr.partic, sr.times, sr.named = res.lead, res.partic, res.times, res.namedLead
}

// unitCell is isUnitCell, remembered for the parse: a table's reader asks it of a cell more than once
// (is the row's unit cell next, does the cell end the row, which column is it).
func (p *parser) unitCell(l string) bool {
	if v, ok := p.unitCells[l]; ok {
		return v
	}
	v := isUnitCell(l)
	if p.unitCells == nil {
		p.unitCells = map[string]bool{}
	}
	p.unitCells[l] = v
	return v
}

// isUnitCell: a cell that names units, as a bare list or as a clause with its markers
// ("办公室牵头,各科室按职责分工落实").
func isUnitCell(l string) bool {
	if isUnitList(l) {
		return true
	}
	if hasColon(l) && labelledCell(l) {
		return true
	}
	if !strings.ContainsAny(l, ",，") || !markerWords.in(l) || strings.ContainsAny(strings.TrimRight(l, "。"), "。；;") || utf8.RuneCountInString(l) > 120 {
		return false
	}
	for _, pc := range splitMarked(splitTop(strings.TrimRight(l, "。"), "，,")) {
		part, ok := readPart(pc, roleNone, false)
		if !ok || len(part.units) == 0 {
			return false
		}
	}
	return true
}

// labelledCell is a cell that labels its own units, a label, its colon and a list a part:
// "牵头：县行政审批局；配合：县数据局".
func labelledCell(l string) bool {
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '；' || r == ';' })
	for _, part := range parts {
		if !labelledUnits(strings.TrimSpace(part)) {
			return false
		}
	}
	return len(parts) > 0
}

// markerWords: a clause naming units carries one of these.
var markerWords = newWordSet("牵头", "主办", "主责", "负责", "配合", "协办", "协同", "参与", "协助", "落实", "支持", "实施", "承办")

// personName matches a cell that names a person: two to four characters, maybe spaced ("王 东").
var personName = mustCompile(`^\p{Han}[\s\p{Han}]{1,5}$`)

func isPersonName(l string) bool {
	l = strings.TrimSpace(l)
	return personName.MatchString(l) && utf8.RuneCountInString(strings.Join(strings.Fields(l), "")) <= 4 && !looksLikeUnit(l)
}

// looksLikeTarget reports a cell that is only a date or period ("2023全年", "2024年6月底前").
func looksLikeTarget(s string) bool {
	return len(ParseDeadlines(s)) > 0 && utf8.RuneCountInString(s) <= 12
}

// verbStartWords open cells that start with a verb, an action and not a unit ("建设国际会展中心");
// verbStart is their pattern.
var verbStartWords = []string{
	"建设", "推进", "加快", "开展", "实施", "打造", "培育", "提升", "完善", "加强", "强化", "深化", "组织", "推动", "落实", "积极",
	"进一步", "全面", "做好", "做强", "创建", "举办", "研究", "制定", "出台", "引进", "支持", "鼓励", "构建", "健全", "优化", "扩大",
	"发展", "促进", "聚焦", "围绕", "坚持", "力争", "确保", "争取", "新增", "累计", "完成", "涉及", "督促", "按照", "根据", "通过",
	"对", "将", "把", "认真", "切实", "主动", "及时", "严格", "扎实", "高度", "大力", "着力", "努力", "加大", "抓好", "抓紧", "尽快",
	"召开", "成立", "建立", "设立", "下设", "启动", "编制", "明确", "排查", "摸排", "梳理", "整治", "清理", "搭建", "举行", "印发", "下发",
	"上报", "报送", "严禁", "禁止", "不得", "发挥", "依托", "利用", "动员", "提供", "给予", "予以", "派员", "跟踪", "拨付",
}

var verbStart = mustCompile(`^(` + strings.Join(verbStartWords, "|") + `)`)

// verbStartSet tells, without the pattern, whether a text starts with one of verbStartWords.
var verbStartSet = newWordSet(verbStartWords...)

// verbLikeOrgan is an organ whose name, written without its level, opens with one of verbStartWords:
// 发展改革局, 发展和改革委员会, 发展改革和统计局 (a merged bureau), 发展改革(管理)部门, 发展研究中心, 组织部, 建设局, 建设部门
// ("…；建设部门要强化排水许可管理"), 对外联络办
// ("市场监管局牵头，发展改革局、财政局配合", "（发展改革和统计局负责）"); not a verb's object that only starts so
// (组织部门开展, 组织部分企业, 对外开放局面, 建设局部, 建设部门间共享).
var verbLikeOrgan = mustCompile(`^(?:发展和?改革(?:和?\p{Han}{2})?(?:局|委员会|委)|发展和?改革(?:管理)?部门|发展研究(?:中心|室)|组织部|建设(?:局|委员会|委|厅|部门)|对外\p{Han}{2,4}?(?:办|局|部|委))(?:[^门分面部署间]|$)`)

// startsWithVerb reports whether s opens with one of verbStartWords, an action and not a unit; an
// organ named so (verbLikeOrgan) does not.
func startsWithVerb(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range verbStartSet.from(r) {
		if strings.HasPrefix(s, w) {
			return !verbLikeOrgan.MatchString(s)
		}
	}
	return false
}

// isUnitList reports whether a table cell is a list of units; a group named across a 、 ("各区、县",
// "各市、县（市、区）") is one of them, as readResp reads it (joinGroups).
func isUnitList(l string) bool {
	l = strings.TrimRight(l, "。")
	if strings.ContainsAny(l, "。；;") || runesAtLeast(l, 121) {
		return false
	}
	if strings.Contains(l, "以下简称") {
		l = localAliasExpr.ReplaceAllString(l, "")
	}
	units := joinGroups(SplitUnits(l))
	if len(units) == 0 {
		return false
	}
	prefixed := false
	for _, u := range units {
		c := cleanUnit(u)
		if startsWithVerb(c) || !isParty(c) {
			return false
		}
		for _, pre := range append([]string{"各"}, levelPrefixes...) {
			if strings.HasPrefix(c, pre) {
				prefixed = true
			}
		}
		if utf8.RuneCountInString(c) <= 12 {
			prefixed = true
		}
	}
	return prefixed
}

func (p *parser) readPipedTable(t *tableRows, lines []string) (*tableRows, int) {
	r := &pipedReader{p: p, t: t, h: t.header}
	used := 0
	for j := 0; j < len(lines); j++ {
		l := lines[j]
		if tableEnd(l) {
			break
		}
		// A row whose first cell ended its line: "5.设立专栏…" then "| 局防控办主办、各工作组协办".
		if !strings.ContainsAny(l, "｜|\t") && j+1 < len(lines) && edgedLine(lines[j+1]) {
			if lvl, _, _, _ := heading(l); lvl != lvlPart && lvl != lvlSection {
				j++
				l += lines[j]
			}
		}
		if !strings.ContainsAny(l, "｜|\t") {
			if lvl, _, _, rest := heading(l); lvl == lvlPart || lvl == lvlSection {
				if headsNextTable(lines, j) {
					break // "二、民生保障任务", "（一）教育", then a header: the next part's table
				}
				// A heading over the rows below it; one after the last row heads what follows the
				// table, so it counts as read only when a row comes after it.
				r.category = []string{l}
				if u := r.groupUnits(rest); len(u) > 0 || !r.h.hasUnits() {
					r.groupLead = u
				}
				continue
			}
			if u := r.groupUnits(l); len(u) > 0 && !r.h.hasUnits() && j+1 < len(lines) && numberedRow(lines[j+1]) {
				// "县发改委" alone between the rows of a table with no unit column: the unit that
				// answers for the rows below it, as a heading of its name is.
				r.category, r.groupLead = []string{l}, u
				continue
			}
			break
		}
		used = j + 1
		if h2, _ := findTableHeader(lines, j); h2 != nil && !numberedRow(l) && slices.Equal(h2.roles, r.h.roles) {
			continue // the header drawn again, after a page break or over the next part's rows
		}
		if !isSeparatorRow(l) {
			r.row(l)
		}
	}
	p.carryDown(t)
	return t, used
}

// headsNextTable: the headings from lines[j] on are followed by a table's header, so they head the
// next table rather than a group of this one's rows.
func headsNextTable(lines []string, j int) bool {
	for ; j < len(lines); j++ {
		if lvl, _, _, _ := heading(lines[j]); lvl == lvlPart || lvl == lvlSection {
			continue
		}
		h, _ := findTableHeader(lines, j)
		return h != nil && !numberedRow(lines[j])
	}
	return false
}

// numberedRow: a piped line whose first cell is a row's number (| 2 | 建设… |), a row and no header.
func numberedRow(l string) bool {
	cells := pipeCells(l, strings.HasPrefix(strings.TrimSpace(l), "|") || strings.HasPrefix(strings.TrimSpace(l), "｜"))
	return len(cells) > 0 && isRowNumber(strings.TrimSpace(cells[0]))
}

// pipedReader reads a piped table's rows, keeping the row a sub-row belongs to and the group cell
// above it.
type pipedReader struct {
	p         *parser
	t         *tableRows
	h         *tableHeader
	cur       *tableRow
	category  []string
	groupLead []string
	short     *spacedTable // reads rows that lost cells, by content
}

// row reads one row line: its cells under the header (by content when cells were lost), then the
// row it starts or goes on.
func (r *pipedReader) row(l string) {
	h := r.h
	cells := pipeCells(l, h.edged)
	if len(cells) == len(h.roles)+1 && cells[0] == "" && !h.edged && edgedLine(strings.TrimSpace(l)) {
		// A row edged under a header that is not, one cell too many (a tabbed row whose first cells
		// a merged cell left empty, "\t\t培育…\t市科技局", written "|  |  | 培育… | 市科技局 |"):
		// its leading separator is an edge, and its cells stay in their columns.
		cells = cells[1:]
	}
	if len(cells) == len(h.roles)-1 && h.roles[0] == colGroup && r.category != nil {
		// The group cell is merged over the rows below its first: they start with the next column.
		cells = append([]string{""}, cells...)
	} else if len(cells) == len(h.roles)-1 && h.roles[0] == colTitle && r.cur != nil && !h.has(colNumber) && h.roles[len(h.roles)-1] == colUnits {
		// A first column of work areas ("工作任务 | 具体要求 | 责任单位") merged over the rows below
		// its first: the row starts with its own text.
		cells = append([]string{""}, cells...)
	}
	if len(cells) < len(h.roles) {
		if r.short == nil {
			r.short = newSpacedTable(h.names)
		}
		if r.short != nil {
			if row, ok := r.short.realign(cells); ok {
				cells = row
			}
		}
	}
	if r.groupRow(cells) {
		return
	}
	if r.tornRest(cells) {
		return
	}
	sr, num, title := r.cells(cells)
	if !h.has(colNumber) {
		num = strconv.Itoa(len(r.t.rows) + 1) // no number column: every line is a row
	}
	if num != "" || r.cur == nil {
		if num == "" {
			num = strconv.Itoa(len(r.t.rows) + 1)
		}
		if r.cur == nil || r.cur.num != num {
			r.cur = &tableRow{num: num, title: title, category: append([]string(nil), r.category...), groupLead: r.groupLead}
			r.t.rows = append(r.t.rows, r.cur)
		}
	}
	if r.cur.title == "" {
		r.cur.title = title
	} else if num == "" && strings.TrimSpace(title) != "" && strings.TrimSpace(title) != strings.TrimSpace(r.cur.title) {
		sr.title = strings.TrimSpace(title) // the number merged over this row, its task cell its own
	}
	r.cur.subs = append(r.cur.subs, sr)
}

// groupRow: a row of two cells, a Chinese ordinal and a short name ("| 二 | 人才服务 |"), in a table
// whose rows are numbered in figures, is the heading of the rows below it, as a group cell is: no
// row of its own.
func (r *pipedReader) groupRow(cells []string) bool {
	if !r.h.has(colNumber) {
		return false
	}
	var full []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			full = append(full, c)
		}
	}
	if len(full) != 2 || !groupOrdinal.MatchString(full[0]) || utf8.RuneCountInString(full[1]) > 20 || strings.ContainsAny(full[1], "。；;，,") {
		return false
	}
	r.category = []string{full[1]}
	r.groupLead = r.groupUnits(full[1])
	return true
}

// groupUnits is the lead a group row or cell names for the rows under it: the lead its note names
// (headingLead: "教育（牵头单位：市教育局）"), or, in a table with no unit column, the unit it is the
// name of ("县发改委"), as a heading of a unit's name heads its duties.
func (r *pipedReader) groupUnits(name string) []string {
	if lead := r.p.headingLead(name); len(lead) > 0 || r.h.hasUnits() {
		return lead
	}
	return r.p.titleUnits(name)
}

// tornRest: a line of one cell and no row number, under a row whose text breaks off mid-sentence
// ("…并接入燃气、" then, after a page break, "| 供水等数据 |"), is the rest of that row's text, cut
// by the page: it is glued to the text it goes on.
func (r *pipedReader) tornRest(cells []string) (glued bool) {
	if !r.h.has(colNumber) {
		return false
	}
	var rest string
	at := -1
	for k, c := range cells {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if rest != "" {
			return false
		}
		rest, at = c, k
	}
	if rest == "" || isRowNumber(rest) || isUnitCell(rest) {
		return false
	}
	if lvl, _, _, _ := heading(rest); lvl != lvlNone {
		return false
	}
	defer func() {
		// Not glued: a short label alone in the number column between rows ("| 城市安全 | | |")
		// groups the rows below it, as a group cell does; it is no row of its own.
		if !glued && at == 0 && r.h.roles[0] == colNumber && utf8.RuneCountInString(rest) <= 16 && !strings.ContainsAny(rest, "。；;，,") {
			r.category = []string{rest}
			r.groupLead = r.groupUnits(rest)
			glued = true
		}
	}()
	if r.cur == nil || len(r.cur.subs) == 0 {
		return false
	}
	last := r.cur.subs[len(r.cur.subs)-1]
	if texts := last.cells[colOther]; len(texts) > 0 && brokenOff(texts[len(texts)-1]) {
		texts[len(texts)-1] += rest
		return true
	}
	if len(r.cur.subs) == 1 && brokenOff(r.cur.title) {
		r.cur.title += rest
		return true
	}
	return false
}

// brokenOff: text that stops where no sentence or phrase can end (after 、，的 or 和).
func brokenOff(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return strings.ContainsRune("、，,：:（(的和及与并或以对将把在为", r)
}

// cells puts a row's cells into a sub-row by their column's role.
func (r *pipedReader) cells(cells []string) (sr *subRow, num, title string) {
	h := r.h
	sr = &subRow{cells: map[colRole][]string{}, periods: []string{}}
	var unitCells []string
	for k, c := range cells {
		if k >= len(h.roles) || strings.TrimSpace(c) == "" {
			continue
		}
		switch h.roles[k] {
		case colNumber:
			num = strings.TrimSpace(c)
		case colTitle:
			title = c
		case colUnits, colLead, colPartic:
			unitCells = append(unitCells, h.label(k)+"："+c)
			if h.roles[k] == colLead {
				sr.leadCell = append(sr.leadCell, h.label(k)+"："+c)
			}
		case colPerson:
			sr.bodies = append(sr.bodies, strings.Join(strings.Fields(h.names[k]), "")+"："+c)
		case colGroup:
			r.category = []string{c} // a merged group cell: it holds for the rows below it too
			r.groupLead = r.groupUnits(c)
		case colBody:
			sr.bodies = append(sr.bodies, h.names[k]+"："+c)
		default:
			sr.cells[h.roles[k]] = append(sr.cells[h.roles[k]], c)
			if h.roles[k] == colOther && periodColumn.MatchString(h.names[k]) && !emptyCell(strings.TrimSpace(c)) {
				sr.periods = append(sr.periods, h.names[k])
			}
		}
	}
	r.p.readRowUnits(sr, unitCells)
	return sr, num, title
}

// foldBareSubRows folds a sub-row with no words of its own (no content, target, time or body, only
// a progress cell: a progress table's second "单位：…" paragraph set after the unit cell) into the
// sub-row before it: its progress is that row's, its units too.
func foldBareSubRows(subs []*subRow) []*subRow {
	if len(subs) < 2 {
		return subs
	}
	out := subs[:1]
	for _, sr := range subs[1:] {
		bare := len(sr.cells[colOther])+len(sr.cells[colTarget])+len(sr.cells[colDeadline])+len(sr.bodies)+len(sr.times) == 0
		if !bare {
			out = append(out, sr)
			continue
		}
		prev := out[len(out)-1]
		if prev.cells == nil {
			prev.cells = map[colRole][]string{}
		}
		prev.cells[colProgress] = append(prev.cells[colProgress], sr.cells[colProgress]...)
		prev.lead = appendNew(prev.lead, sr.lead...)
		prev.partic = removeAll(appendNew(prev.partic, sr.partic...), prev.lead)
	}
	return out
}

// edgedLine: a line that starts with a cell separator, the rest of a row.
func edgedLine(l string) bool {
	return strings.HasPrefix(l, "|") || strings.HasPrefix(l, "｜")
}

// isSeparatorRow reports a markdown rule row such as "|---|---|".
func isSeparatorRow(l string) bool {
	return strings.Trim(l, "|｜-—:： \t") == ""
}

// tableTasks makes one task per sub-row.
func (p *parser) tableTasks(it *item, path, ids []string) {
	t := it.table
	if t.header.inventory() {
		// A list of things (设施, 合同) with who keeps them: no work to do. Its rows stay searchable.
		for _, row := range t.rows {
			for _, sr := range row.subs {
				var cells []string
				for _, r := range []colRole{colTitle, colOther, colUnits, colLead, colPartic} {
					cells = append(cells, sr.cells[r]...)
				}
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: strings.Join(append([]string{row.title}, cells...), " ")})
			}
		}
		return
	}
	for _, row := range t.rows {
		if len(row.subs) > 0 {
			if title := row.title; title != "" {
				row.title = t.header.figureTitle(title, row.subs[0].lead)
			} else if len(row.subs) == 1 && len(row.subs[0].cells[colOther]) == 1 && !t.header.has(colTitle) {
				row.title = t.header.figureTitle(row.subs[0].cells[colOther][0], row.subs[0].lead)
			}
		}
		secPath := append(append([]string(nil), path...), row.category...)
		if len(path) == 0 && len(it.ctxPath) > 0 {
			secPath = append(append([]string(nil), it.ctxPath...), row.category...)
		}
		section := joinSection(secPath)
		row.subs = foldBareSubRows(row.subs)
		for k, sr := range row.subs {
			content := strings.Join(append(append([]string(nil), sr.cells[colOther]...), t.header.labelTargets(sr.cells[colTarget])...), "\n")
			target := strings.Join(sr.cells[colDeadline], "\n")
			// The task's own words: its title cell (the 重点任务 column) and its content cells.
			var parts []string
			if row.title != "" && !strings.Contains(content, row.title) && (k == 0 || len(row.subs) == 1) {
				parts = append(parts, row.title)
			}
			if sr.title != "" && !strings.Contains(content, sr.title) {
				parts = append(parts, sr.title)
			}
			for _, x := range []string{content, target} {
				if x != "" {
					parts = append(parts, x)
				}
			}
			text := strings.Join(parts, "\n")
			for _, b := range sr.bodies {
				text += "\n" + b
			}
			for _, pl := range sr.cells[colPlace] {
				text += "\n" + t.header.placeName() + "：" + pl
			}
			task := Task{
				ID:            p.doc.ID + ":" + strings.Join(append(append([]string(nil), ids...), row.num), "."),
				Doc:           p.docRef(),
				Section:       section,
				Number:        row.num,
				Title:         row.title,
				Text:          strings.TrimSpace(text),
				Lead:          appendNew(nil, sr.lead...),
				Participating: appendNew(nil, sr.partic...),
			}
			task.Lead, task.Participating = underGroupLead(row.groupLead, task.Lead, task.Participating, sr.named)
			if len(sr.carried) > 0 {
				task.Warnings = append(task.Warnings, "the row has no "+strings.Join(sr.carried, " or ")+" cell of its own (a merged cell): taken from the row above")
			}
			if sr.guessed {
				task.Warnings = append(task.Warnings, "the table's header names no unit column: a cell was read as its units")
			}
			if len(row.groupLead) > 0 && !sr.named {
				task.Warnings = append(task.Warnings, "lead taken from the group's cell ("+strings.Join(row.groupLead, "、")+")")
			}
			if len(row.subs) > 1 {
				task.ID = fmt.Sprintf("%s-%d", task.ID, k+1)
				task.Number = fmt.Sprintf("%s-%d", row.num, k+1)
				if sr.title != "" {
					task.Title = sr.title
				} else if c := firstSentence(content); c != "" && row.title != "" {
					task.Title = row.title + "：" + shorten(c, 24)
				} else if c != "" {
					task.Title = shorten(c, 30)
				}
			}
			if task.Title == "" {
				task.Title = shorten(firstSentence(content), 30)
			}
			p.finishTask(&task, nil, sr.named || len(row.groupLead) > 0)
			for i, pr := range sr.cells[colProgress] {
				task.Text += "\n" + t.header.progressName(i) + "：" + pr
			}
			for _, tm := range sr.times {
				p.addTime(&task, tm)
			}
			read := CellDeadlines
			if t.header.endColumn() {
				read = EndCellDeadlines // "完成时限 2025—2026年": due by its end
			}
			for _, cell := range sr.cells[colDeadline] {
				task.addDeadlines(read(cell, p.year))
				addSchedule(&task, cell) // "每年汛期前": a yearly duty's schedule
			}
			if len(sr.cells[colTarget]) > 0 {
				t.header.setTargets(&task, p.year, p.doc.Title)
			}
			if len(sr.cells[colOther]) > 0 {
				task.addDeadlines(t.header.periodDeadlines(sr.periods, p.year))
			}
			words := []string{row.title}
			for _, r := range slices.Sorted(maps.Keys(sr.cells)) {
				words = append(words, sr.cells[r]...)
			}
			p.noteSecondNames(&task, p.secondNotes(words...))
			if len(task.Lead)+len(task.Participating) > 0 {
				p.tabled[task.ID] = true
			}
			p.doc.Tasks = append(p.doc.Tasks, task)
			for _, line := range strings.Split(task.Text, "\n") {
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: section, TaskID: task.ID, Text: line})
			}
		}
	}
}
