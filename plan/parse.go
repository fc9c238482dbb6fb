package plan

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Options configure parsing.
type Options struct {
	// Aliases fold unit names; nil means DefaultAliases.
	Aliases *Aliases
}

// Parse decodes and parses one plan file. source names it in messages and Document.Source.
func Parse(source string, data []byte, opt Options) (*Document, error) {
	text, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return ParseText(source, text, opt)
}

// ParseText parses the text of one plan.
func ParseText(source, text string, opt Options) (*Document, error) {
	if strings.TrimSpace(text) == "" {
		return nil, ErrEmpty
	}
	if opt.Aliases == nil {
		opt.Aliases = sharedDefault()
	}
	p := &parser{opt: opt}
	doc := p.parse(source, text)
	if len(doc.Tasks) == 0 {
		return nil, ErrNotPlan
	}
	return doc, nil
}

// parser holds the state of one parse.
type parser struct {
	opt  Options
	doc  *Document
	norm Normalizer

	localAliases map[string]string // "（以下简称工作专班成员单位）" within a unit list
	standing     []string          // units a standing note adds to every later task
	firstIsLead  bool              // "列第一位的为牵头单位，下同"
}

// ---------------------------------------------------------------------------------------------
// Stage 1: text clean-up.

// junkLine matches lines of web-page chrome and document furniture that carry no plan content.
var junkLine = regexp.MustCompile(`^(索引号|组配分类|发布机构|生成日期|成文日期|公开方式|有效性|文件编号|文号|统一编号|发布日期|浏览次数|信息来源|来源[:：]|字体|分享|下载|打印|关闭|精确检索|开始检索|检索|作者[:：]|责任编辑|【|加盟电话|联系电话|扫一扫|相关链接|主题分类|发文机关|抄送|附件下载|（此件|\(此件)`)

// spamRun matches SEO spam spliced into scraped pages: underscore-joined titles with Latin letters,
// such as "365bet在线体育投注网_365平台拒绝提款怎么办_bte365".
var spamRun = regexp.MustCompile(`[0-9]*[A-Za-z][0-9A-Za-z]*\p{Han}*(?:_[^_\s、，,。；;：:（）()]+)*_\p{Han}*?[A-Za-z]+[0-9]*`)

// breakBefore marks where a run-together page (paragraphs joined by spaces) has a paragraph break:
// whitespace followed by a heading marker or a responsibility label.
var breakBefore = regexp.MustCompile(`[ \t]+((?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十]+[)）])|(?:\d{1,2}[.．、][^\d])|(?:(?:牵头单位|牵头部门|参与部门|参与单位|配合单位|配合部门|责任单位|责任部门|协办单位)[:：])|(?:附件\d*[:：\s]))`)

// breakAfterSentence marks a paragraph break after a sentence end followed by spaces.
var breakAfterSentence = regexp.MustCompile(`([。！？；])[ \t]+`)

// cjkSpace matches spaces inside Chinese text ("到 2027 年", "湖州市服务业 “十百千” 工程").
var cjkSpace = regexp.MustCompile(`([\p{Han}\d“”《》（）、，。：；％%])[ \t]+([\p{Han}\d“”《》（）、，。：；％%])`)

// cleanLines turns raw text into trimmed lines: widths folded, junk dropped, run-together
// paragraphs split, spaces inside Chinese text removed. Blank lines are dropped.
func (p *parser) cleanLines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.ReplaceAll(text, "\f", "\n")
	text = foldWidth(text)
	var out []string
	for _, raw := range strings.Split(text, "\n") {
		raw = strings.TrimSpace(strings.TrimRight(raw, "|｜ \t"))
		if raw == "" {
			continue
		}
		if strings.Contains(raw, "_") {
			raw = spamRun.ReplaceAllString(raw, "")
		}
		// A long line holding several paragraphs: split it before markers and after sentence ends.
		if utf8.RuneCountInString(raw) > 80 && strings.ContainsAny(raw, " \t") {
			raw = breakBefore.ReplaceAllString(raw, "\n$1")
			raw = breakAfterSentence.ReplaceAllString(raw, "$1\n")
		}
		for _, line := range strings.Split(raw, "\n") {
			line = strings.TrimSpace(strings.TrimRight(line, "|｜"))
			if head, body, ok := splitHeadingSpace(line); ok {
				out = appendClean(out, head)
				line = body
			}
			out = appendClean(out, line)
		}
	}
	return out
}

// appendClean removes spaces inside Chinese text and keeps the line unless it is junk.
func appendClean(out []string, line string) []string {
	for i := 0; i < 2 && strings.ContainsAny(line, " \t"); i++ { // overlapping matches need a second pass
		line = cjkSpace.ReplaceAllString(line, "$1$2")
	}
	line = strings.TrimSpace(line)
	if line == "" || junkLine.MatchString(line) || isPunctOnly(line) {
		return out
	}
	return append(out, line)
}

// splitHeadingSpace splits "1.优先发展现代物流和专业市场 积极整合相关资源。…" into its heading and
// the paragraph after it, when a run-together page put them on one line with a space between.
func splitHeadingSpace(line string) (head, body string, ok bool) {
	lvl, _, marker, rest := heading(line)
	if lvl == lvlNone {
		return "", "", false
	}
	rest = strings.TrimLeft(rest, " \t")
	i := strings.IndexAny(rest, " \t")
	if i <= 0 {
		return "", "", false
	}
	title := rest[:i]
	n := utf8.RuneCountInString(title)
	if n < 2 || n > 40 || strings.ContainsAny(title, "。；;，,") || !hasHan(title) {
		return "", "", false
	}
	tail := strings.TrimSpace(rest[i:])
	if utf8.RuneCountInString(tail) < 8 || !hasHan(tail) {
		return "", "", false
	}
	return marker + title, tail, true
}

func isPunctOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// ---------------------------------------------------------------------------------------------
// Stage 2: document metadata.

var (
	docNumberExpr = regexp.MustCompile(`[\p{Han}]{1,10}[〔\[［【(（]((?:19|20)\d{2})[〕\]］】)）]第?\d{1,4}号`)
	issuerExpr    = regexp.MustCompile(`^([\p{Han}]{2,15}?)(?:人民政府|政府办公室|政府办公厅|委员会|办公室|办公厅)`)
	noticeExpr    = regexp.MustCompile(`关于印发[《“"]?(.+?)[》”"]?的通知`)
	titleEndExpr  = regexp.MustCompile(`(方案|意见|计划|规划|办法|细则|措施|清单|要点)(?:[（(][^）)]*[）)])?$`)
	cityExpr      = regexp.MustCompile(`^([\p{Han}]{2,4}?[省市])(?:([\p{Han}]{1,4}?[区县市旗]))?`)
	labelDateExpr = regexp.MustCompile(`成文日期[:：]?\s*(\S+)`)
	labelNumExpr  = regexp.MustCompile(`(?:文件编号|文号|发文字号)[:：]?\s*(\S+号)`)
)

// readMeta fills title, city, number and issue date from the raw text (labels included).
func (p *parser) readMeta(raw string, lines []string) {
	d := p.doc
	rawLines := strings.Split(foldWidth(strings.ReplaceAll(raw, "\r", "")), "\n")
	for _, l := range rawLines {
		if !strings.Contains(l, "日期") && !strings.Contains(l, "号") {
			continue
		}
		if m := labelNumExpr.FindStringSubmatch(l); m != nil && d.Number == "" {
			d.Number = m[1]
		}
		if m := labelDateExpr.FindStringSubmatch(l); m != nil && d.Issued.IsZero() {
			if day, ok := ParseFullDate(m[1]); ok {
				d.Issued = day
			}
		}
	}
	// The title: the plan a notice prints ("关于印发X的通知"), else the first line that reads as a
	// plan's title.
	head := lines
	if len(head) > 60 {
		head = head[:60]
	}
	var issuerLine string
	for _, l := range head {
		if !strings.Contains(l, "关于印发") {
			continue
		}
		if m := noticeExpr.FindStringSubmatch(l); m != nil {
			d.Title = strings.Trim(m[1], "《》“”\" ")
			issuerLine = l
			break
		}
	}
	if d.Title == "" {
		for _, l := range head {
			n := utf8.RuneCountInString(l)
			if n >= 6 && n <= 80 && !strings.ContainsAny(l, "。；，,") && (titleEndExpr.MatchString(l) || strings.Contains(l, "关于")) {
				d.Title = l
				issuerLine = l
				break
			}
		}
	}
	// The city: the issuer of the notice or title, else the title's own leading place name.
	for _, cand := range append([]string{issuerLine, d.Title}, head...) {
		if m := issuerExpr.FindStringSubmatch(cand); m != nil && placeName(m[1]) {
			d.City = m[1]
			break
		}
	}
	if d.City == "" && d.Title != "" {
		if m := cityExpr.FindStringSubmatch(d.Title); m != nil {
			d.City = m[1] + m[2]
		}
	}
	// The document number: the first one that is not a citation ("《…》(嘉政发〔2009〕61号)").
	if d.Number == "" {
		for _, l := range head {
			if !strings.Contains(l, "号") {
				continue
			}
			for _, m := range docNumberExpr.FindAllStringIndex(l, -1) {
				before := l[:m[0]]
				if strings.HasSuffix(before, "》(") || strings.HasSuffix(before, "》（") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（") || strings.Contains(before, "》") {
					continue
				}
				d.Number = l[m[0]:m[1]]
				break
			}
			if d.Number != "" {
				break
			}
		}
	}
	// The issue date: the first complete date standing alone (the signature), when no label gave it.
	if d.Issued.IsZero() {
		for _, l := range head {
			if !strings.Contains(l, "日") {
				continue
			}
			for _, m := range fullDateExpr.FindAllStringIndex(l, -1) {
				before, after := strings.TrimSpace(l[:m[0]]), strings.TrimSpace(l[m[1]:])
				alone := (before == "" || strings.HasSuffix(before, "办公室") || strings.HasSuffix(before, "政府") || strings.HasSuffix(before, "办公厅")) &&
					(after == "" || strings.HasPrefix(after, "(") || strings.HasPrefix(after, "（") || after == "印发")
				if alone {
					if day, ok := ParseFullDate(l[m[0]:m[1]]); ok {
						d.Issued = day
						break
					}
				}
			}
			if !d.Issued.IsZero() {
				break
			}
		}
	}
}

// placeName reports whether s ends like a place (市, 区, 县, 省, 州, 旗).
func placeName(s string) bool {
	return adminLevel(s) != "" && utf8.RuneCountInString(s) >= 2
}

// ---------------------------------------------------------------------------------------------
// Stage 3: structure. Lines become a tree of numbered items.

// Heading levels.
const (
	lvlAttachment = iota // 附件1
	lvlPart              // 一、
	lvlSection           // (一)
	lvlItem              // 1.
	lvlSubItem           // (1) ①
	lvlNone
)

var (
	partExpr    = regexp.MustCompile(`^([一二三四五六七八九十]+)、\s*`)
	sectionExpr = regexp.MustCompile(`^[（(]([一二三四五六七八九十]+)[)）]\s*`)
	itemExpr    = regexp.MustCompile(`^(\d{1,2})\s*[.．、]\s*`)
	subItemExpr = regexp.MustCompile(`^(?:[（(](\d{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))\s*`)
	attachExpr  = regexp.MustCompile(`^附件\s*(\d*)\s*$`)
	attachList  = regexp.MustCompile(`^附件\s*[:：]`)
	// respLine is a responsibility block line: "牵头单位:…", "参与部门:…".
	respLine = regexp.MustCompile(`^(牵头单位|牵头部门|主办单位|责任单位|责任部门|参与部门|参与单位|配合单位|配合部门|协办单位|协同单位)\s*[:：]\s*(.*)$`)
)

// heading reads the marker of a line: its level, its number and the rest.
func heading(line string) (level int, num int, marker, rest string) {
	r, _ := utf8.DecodeRuneInString(line)
	if !strings.ContainsRune("一二三四五六七八九十（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", r) {
		return lvlNone, 0, "", line
	}
	if m := partExpr.FindStringSubmatch(line); m != nil {
		return lvlPart, chineseNum(m[1]), strings.TrimSpace(m[0]), line[len(m[0]):]
	}
	if m := sectionExpr.FindStringSubmatch(line); m != nil {
		return lvlSection, chineseNum(m[1]), strings.TrimSpace(m[0]), line[len(m[0]):]
	}
	if m := itemExpr.FindStringSubmatch(line); m != nil {
		rest := line[len(m[0]):]
		if rest != "" && !unicode.IsDigit([]rune(rest)[0]) {
			n, _ := strconv.Atoi(m[1])
			return lvlItem, n, strings.TrimSpace(m[0]), rest
		}
	}
	if m := subItemExpr.FindStringSubmatch(line); m != nil {
		n, _ := strconv.Atoi(m[1])
		if m[2] != "" {
			n = strings.Index("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", m[2])/len("①") + 1
		}
		return lvlSubItem, n, strings.TrimSpace(m[0]), line[len(m[0]):]
	}
	return lvlNone, 0, "", line
}

// item is a node of the document tree.
type item struct {
	level    int
	num      int
	marker   string // as printed: "二、", "(一)", "1."
	title    string
	body     []string // paragraphs, the inline text after the title included
	resp     []respBlock
	children []*item
	parent   *item
	path     []string // section headings above it
	idPath   []string // numbers above it and its own
	table    *tableRows
	order    int
}

type respBlock struct {
	label string
	list  string
}

// terminal reports whether a line ends a sentence or a block, so that a page break after it is a
// real paragraph break.
func terminal(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("。；;！!？?：:）)”」》】〕.", r)
}

// mendBreaks joins paragraphs split by page breaks outside tables; a table's cells stay one a line.
func mendBreaks(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); {
		if _, n := findTableHeader(lines, i); n > 0 {
			j := i + n
			for j < len(lines) && !tableEnd(lines[j]) {
				j++
			}
			out = append(out, lines[i:j]...)
			i = j
			continue
		}
		j := i
		for j < len(lines) {
			if _, n := findTableHeader(lines, j); n > 0 {
				break
			}
			j++
		}
		out = append(out, joinBreaks(lines[i:j])...)
		i = j
	}
	return out
}

// joinBreaks mends paragraphs split by page breaks: a long line that does not end a sentence runs
// on into the next line unless that line starts a heading; a responsibility note on a line of its
// own ("（责任单位：…）") joins the paragraph before it.
func joinBreaks(lines []string) []string {
	var out []string
	for _, l := range lines {
		if len(out) > 0 {
			prev := out[len(out)-1]
			lvl, _, _, _ := heading(l)
			startsResp := strings.HasPrefix(l, "（责任单位") || strings.HasPrefix(l, "(责任单位") || strings.HasPrefix(l, "（牵头单位") || strings.HasPrefix(l, "(牵头单位")
			openEnd := strings.HasSuffix(prev, "，") || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "、")
			longRun := utf8.RuneCountInString(prev) >= 24 && !terminal(prev)
			// A responsibility line ("牵头单位:…") is a block of its own: nothing runs on into it.
			if startsResp || (lvl == lvlNone && !respLine.MatchString(l) && !respLine.MatchString(prev) && !attachExpr.MatchString(l) && (openEnd || longRun)) {
				out[len(out)-1] = prev + l
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// ---------------------------------------------------------------------------------------------
// Stage 4: the whole parse.

func (p *parser) parse(source, text string) *Document {
	lines := p.cleanLines(text)
	p.doc = &Document{Source: source}
	p.readMeta(text, lines)
	d := p.doc
	p.norm = Normalizer{Aliases: p.opt.Aliases, City: d.City}
	p.localAliases = map[string]string{}

	sum := sha256.Sum256([]byte(strings.Join(lines, "\n")))
	d.Hash = hex.EncodeToString(sum[:])
	key := d.City + "|" + d.Number
	if d.Number == "" {
		key = d.City + "|" + d.Title
		if d.Title == "" {
			key = d.Hash
		}
	}
	idSum := sha256.Sum256([]byte(key))
	d.ID = hex.EncodeToString(idSum[:4])

	body := mendBreaks(p.bodyLines(lines))
	root := p.buildTree(body)
	p.collect(root)
	if n := len(body); n > 0 {
		last := body[n-1]
		if utf8.RuneCountInString(last) > 30 && !terminal(last) && !strings.HasSuffix(last, "日") {
			d.Truncated = true
			d.Warnings = append(d.Warnings, "the text ends mid-sentence: the plan may be cut off")
		}
	}
	return d
}

// bodyLines drops the notice in front of the plan: everything up to the plan's own title line
// when the title appears a second time, else up to the first line after the addressees.
func (p *parser) bodyLines(lines []string) []string {
	t := p.doc.Title
	if t != "" {
		for i, l := range lines {
			if l == t || (strings.HasPrefix(l, t) && utf8.RuneCountInString(l)-utf8.RuneCountInString(t) < 3) {
				return lines[i+1:]
			}
		}
	}
	return lines
}

// buildTree turns body lines into the item tree. Tables (a 序号 header, one cell per line, or rows
// with cells separated by ｜) become table items.
func (p *parser) buildTree(lines []string) *item {
	root := &item{level: -1}
	cur := root
	var attach *item
	inAttachList := false
	order := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if m := attachExpr.FindStringSubmatch(l); m != nil {
			title := ""
			if i+1 < len(lines) {
				title = lines[i+1]
				i++
			}
			num := 1
			if m[1] != "" {
				num, _ = strconv.Atoi(m[1])
			}
			attach = &item{level: lvlAttachment, num: num, marker: strings.TrimSpace(l), title: title, parent: root}
			root.children = append(root.children, attach)
			cur = attach
			inAttachList = false
			continue
		}
		if attachList.MatchString(l) {
			inAttachList = true
			continue
		}
		if inAttachList {
			if lvl, _, _, rest := heading(l); lvl == lvlItem && !strings.Contains(rest, "。") && utf8.RuneCountInString(rest) < 50 {
				continue
			}
			inAttachList = false
		}
		if header, n := findTableHeader(lines, i); header != nil {
			parent := cur
			for parent.level >= lvlPart && parent != attach && parent != root {
				parent = parent.parent
			}
			rows, used := p.readTable(header, lines[i+n:])
			t := &item{level: lvlNone, table: rows, parent: parent, title: "table"}
			parent.children = append(parent.children, t)
			i += n + used - 1
			continue
		}
		if m := respLine.FindStringSubmatch(l); m != nil && cur != root {
			target := cur
			target.resp = append(target.resp, respBlock{m[1], m[2]})
			continue
		}
		lvl, num, marker, rest := heading(l)
		if lvl == lvlSubItem && cur != root && cur != attach {
			// (1)(2)… and ①② are points of the item above: its text, not tasks of their own. When
			// each point carries its own responsibility note, the item splits into clauses there.
			cur.body = append(cur.body, l)
			continue
		}
		if lvl == lvlNone {
			if cur == root || cur == attach {
				// A paragraph with no heading above it: keep it for search.
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: sectionOf(cur), Text: l})
				continue
			}
			cur.body = append(cur.body, l)
			continue
		}
		parent := cur
		for parent != root && parent.level >= lvl && parent.level != lvlAttachment {
			parent = parent.parent
		}
		order++
		it := &item{level: lvl, num: num, marker: marker, parent: parent, order: order}
		it.title, it.body = splitTitle(rest)
		parent.children = append(parent.children, it)
		cur = it
	}
	return root
}

// splitTitle separates an item's short title from the text that follows it on the same line:
// "省级现代服务业创新发展区。围绕…" gives "省级现代服务业创新发展区" and the rest.
func splitTitle(rest string) (string, []string) {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return "", nil
	}
	idx := strings.IndexAny(rest, "。；;")
	if idx < 0 {
		if utf8.RuneCountInString(rest) <= 40 {
			return rest, nil
		}
		return shorten(rest, 30), []string{rest}
	}
	title := rest[:idx]
	tail := strings.TrimSpace(rest[idx+len("。"):])
	if utf8.RuneCountInString(title) > 40 {
		// A sentence, not a title: the whole line is body.
		return shorten(title, 30), []string{rest}
	}
	if tail == "" {
		return title, []string{rest}
	}
	return title, []string{rest}
}

// shorten cuts s to about n characters, at a comma or pause when one falls in the second half.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	for k := n; k >= n/2; k-- {
		if strings.ContainsRune("，,、：:；;", rs[k]) {
			return string(rs[:k])
		}
	}
	return string(rs[:n]) + "…"
}

func sectionOf(it *item) string {
	var parts []string
	for x := it; x != nil && x.level >= 0; x = x.parent {
		parts = append([]string{x.heading()}, parts...)
	}
	return strings.Join(parts, " > ")
}

func (it *item) heading() string {
	if it.level == lvlAttachment {
		return strings.TrimSpace(it.marker + " " + it.title)
	}
	return it.marker + it.title
}

// ---------------------------------------------------------------------------------------------
// Stage 5: items become tasks.

// goalSection matches headings of sections that state aims, not tasks.
var goalSection = regexp.MustCompile(`指导思想|总体要求|基本原则|主要目标|发展目标|工作目标|总体目标|目标要求|工作原则|适用范围|编制依据`)

// taskSection matches headings of sections whose items are tasks even when they name no unit.
var taskSection = regexp.MustCompile(`任务|重点|行动|工作清单|举措`)

// collect walks the tree and turns leaf items into tasks, in document order.
func (p *parser) collect(root *item) {
	var walk func(it *item, path []string, ids []string)
	walk = func(it *item, path []string, ids []string) {
		if it.level >= 0 {
			if it.table == nil {
				path = append(append([]string(nil), path...), it.heading())
				ids = append(append([]string(nil), ids...), it.idPart())
			}
		}
		if it.table != nil {
			p.tableTasks(it, path, ids)
			return
		}
		hasItemChildren := false
		for _, c := range it.children {
			if c.table == nil {
				hasItemChildren = true
			}
		}
		if it.level > lvlAttachment && !hasItemChildren {
			p.itemTasks(it, path, ids)
		} else if it.level >= 0 {
			for _, b := range it.body {
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: strings.Join(path, " > "), Text: b})
			}
			// Units given to a heading with children (rare) go to the children that have none.
			if len(it.resp) > 0 {
				for _, c := range it.children {
					if len(c.resp) == 0 {
						c.resp = append(c.resp, it.resp...)
					}
				}
			}
		}
		for _, c := range it.children {
			walk(c, path, ids)
		}
	}
	walk(root, nil, nil)
	// Make IDs unique even in plans that repeat a number.
	seen := map[string]int{}
	for i := range p.doc.Tasks {
		id := p.doc.Tasks[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			p.doc.Tasks[i].ID = fmt.Sprintf("%s~%d", id, n)
		}
	}
}

func (it *item) idPart() string {
	if it.level == lvlAttachment {
		return "a" + strconv.Itoa(it.num)
	}
	return strconv.Itoa(it.num)
}

// clause is a piece of an item's text with its own units.
type clause struct {
	text         string
	lead, partic []string
	hasUnits     bool
}

// itemTasks makes the tasks of one leaf item: one task, or one per clause when several clauses each
// carry their own responsibility note.
func (p *parser) itemTasks(it *item, path, ids []string) {
	text := strings.Join(it.body, "\n")
	if text == "" {
		text = it.title
	}
	section := strings.Join(path[:len(path)-1], " > ")
	inGoals := goalSection.MatchString(section + " " + it.title)
	inTasks := taskSection.MatchString(section)

	clauses := p.splitClauses(text)
	// Block lines ("牵头单位:…" after the item) give units to the whole item.
	var blockLead, blockPartic []string
	blockHasLead := false
	for _, r := range it.resp {
		switch r.label {
		case "牵头单位", "牵头部门", "主办单位":
			blockHasLead = true
		}
	}
	for _, r := range it.resp {
		label := r.label
		if blockHasLead && (label == "责任单位" || label == "责任部门") {
			label = "参与单位"
		}
		lead, partic := p.labelled(label, r.list)
		blockLead = appendNew(blockLead, lead...)
		blockPartic = appendNew(blockPartic, partic...)
	}
	hasBlock := len(blockLead)+len(blockPartic) > 0
	recurring := ParseRecurring(text)
	anyUnits := hasBlock
	for _, c := range clauses {
		anyUnits = anyUnits || c.hasUnits
	}
	if !anyUnits {
		if inGoals || (!inTasks && len(recurring) == 0) {
			for _, b := range it.body {
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: strings.Join(path, " > "), Text: b})
			}
			return
		}
	}
	number := strings.NewReplacer("（", "(", "）", ")").Replace(strings.TrimRight(it.marker, ".．、"))
	baseID := p.doc.ID + ":" + strings.Join(ids, ".")
	for ci, c := range clauses {
		t := Task{
			ID:          baseID,
			Doc:         p.doc.Ref(),
			Section:     section,
			SectionPath: path[:len(path)-1],
			Number:      number,
			Title:       it.title,
			Text:        c.text,
			Lead:        appendNew(nil, c.lead...),
		}
		t.Participating = appendNew(nil, c.partic...)
		if len(clauses) > 1 {
			t.ID = fmt.Sprintf("%s-%d", baseID, ci+1)
			t.Number = fmt.Sprintf("%s-%d", number, ci+1)
			if ci > 0 {
				t.Title = shorten(firstSentence(c.text), 30)
			}
		}
		if hasBlock {
			t.Lead = appendNew(t.Lead, blockLead...)
			t.Participating = appendNew(t.Participating, blockPartic...)
		}
		if !c.hasUnits && !hasBlock && len(recurring) > 0 {
			p.inlineUnits(&t)
		}
		var known []Recurring
		if len(clauses) == 1 {
			known = recurring // the clause is the item's whole text: no need to read it again
		}
		p.finishTask(&t, known)
		if len(clauses) == 1 && it.title != "" && !strings.Contains(t.Text, it.title) {
			t.Text = it.title + "。" + t.Text
		}
		p.doc.Tasks = append(p.doc.Tasks, t)
		for _, b := range strings.Split(c.text, "\n") {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: strings.Join(path, " > "), TaskID: t.ID, Text: b})
		}
	}
}

// finishTask adds standing units, dates and recurring duties (found in the task's text unless the
// caller found them already).
func (p *parser) finishTask(t *Task, recurring []Recurring) {
	for _, u := range p.standing {
		if t.Role(u) == "" {
			t.Participating = append(t.Participating, u)
		}
	}
	t.Deadlines = ParseDeadlines(t.Text)
	if recurring == nil {
		recurring = ParseRecurring(t.Text)
	}
	seenRule := map[string]bool{}
	for _, r := range recurring {
		// One reminder a rule: "月调度" and "每月召开一次调度会议" in one task are one duty.
		if seenRule[r.Rule.String()] {
			continue
		}
		seenRule[r.Rule.String()] = true
		r.Units = p.dutyUnits(t, r.Quote)
		t.Recurring = append(t.Recurring, r)
	}
	if t.Lead == nil {
		t.Lead = []string{}
	}
	if t.Participating == nil {
		t.Participating = []string{}
	}
	if t.Deadlines == nil {
		t.Deadlines = []Deadline{}
	}
	if t.Recurring == nil {
		t.Recurring = []Recurring{}
	}
}

// dutyUnits are the units a recurring duty binds: the ones its own sentence names ("由市发改委…"),
// else the task's.
func (p *parser) dutyUnits(t *Task, quote string) []string {
	for _, sent := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '。' || r == '；' || r == '\n' }) {
		if !strings.Contains(sent, quote) && !strings.Contains(quote, sent) {
			continue
		}
		if us := p.namedUnits(sent); len(us) > 0 {
			return us
		}
	}
	return t.Units()
}

var (
	byUnitExpr   = regexp.MustCompile(`由([^，,。；;由]{2,40}?)(?:牵头|负责|对|组织|开展|召集|统筹|会同|给予|进行|做好|定期)`)
	unitDoesExpr = regexp.MustCompile(`(?:^|[。；;，,])([^，,。；;、]{2,30}?)(?:牵头|负责)`)
)

// namedUnits finds units a sentence names as doers: "由X牵头", "由X对…", "X负责…".
func (p *parser) namedUnits(sent string) []string {
	var out []string
	for _, m := range byUnitExpr.FindAllStringSubmatch(sent, -1) {
		for _, u := range SplitUnits(m[1]) {
			if looksLikeUnit(u) {
				out = appendNew(out, p.unit(u))
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, m := range unitDoesExpr.FindAllStringSubmatch(sent, -1) {
		cand := strings.TrimSpace(m[1])
		if looksLikeUnit(cand) {
			out = appendNew(out, p.unit(cand))
		}
	}
	return out
}

// inlineUnits gives a task with no responsibility note the units its text names as doers, when
// the task is a duty ("建立月度通报制度，每月10日前由市发改委…").
func (p *parser) inlineUnits(t *Task) {
	for _, sent := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '。' || r == '；' || r == '\n' }) {
		if len(ParseRecurring(sent)) == 0 {
			continue
		}
		t.Lead = appendNew(t.Lead, p.namedUnits(sent)...)
	}
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, "。；;\n"); i > 0 {
		return s[:i]
	}
	return s
}

// ---------------------------------------------------------------------------------------------
// Responsibility notes.

// respOpen finds the start of a parenthesised responsibility note.
var respOpen = regexp.MustCompile(`[（(〔\[【]\s*(责任单位|牵头单位|牵头部门|责任部门|主办单位|主责单位|牵头)\s*[:：]`)

// doerNote matches a note without a label: "(市发改委牵头,市财政局、市商务局按职责分工负责)", "(市商务局负责)".
var doerNote = regexp.MustCompile(`(牵头|负责|配合|参与)`)

// note is a parenthesised responsibility note found in a text.
type note struct {
	start, end int // byte span including brackets
	lead       []string
	partic     []string
	standing   []string
}

// findNotes finds every responsibility note in text, brackets balanced.
func (p *parser) findNotes(text string) []note {
	var out []note
	for i := 0; i < len(text); {
		loc := respOpen.FindStringSubmatchIndex(text[i:])
		if loc == nil {
			break
		}
		start := i + loc[0]
		end := matchBracket(text, start)
		if end < 0 {
			end = len(text)
		}
		inner := text[start:end]
		_, openSize := utf8.DecodeRuneInString(inner)
		closeR, closeSize := utf8.DecodeLastRuneInString(inner)
		inner = inner[openSize:]
		if strings.ContainsRune(")）〕]】", closeR) {
			inner = inner[:len(inner)-closeSize]
		}
		n := p.readNote(inner)
		n.start, n.end = start, end
		out = append(out, n)
		i = end
	}
	// Notes without a label, at the end of a clause: "(X牵头,Y、Z按职责分工负责)".
	for i := 0; i < len(text); {
		j := indexOpenParen(text[i:])
		if j < 0 {
			break
		}
		start := i + j
		end := matchBracket(text, start)
		if end < 0 {
			break
		}
		i = end
		if overlaps(out, start) {
			continue
		}
		inner := text[start:end]
		_, os := utf8.DecodeRuneInString(inner)
		_, cs := utf8.DecodeLastRuneInString(inner)
		inner = inner[os : len(inner)-cs]
		if !doerNote.MatchString(inner) {
			// A bare list of units closing a sentence: "…加快推进。（市发展改革委、市商务局）".
			if endsSentence(text[end:]) && isUnitList(inner) {
				out = append(out, note{start: start, end: end, lead: p.units(inner)})
			}
			continue
		}
		if !endsClause(text[end:]) {
			continue
		}
		if n, ok := p.readDoerNote(inner); ok {
			n.start, n.end = start, end
			out = append(out, n)
		}
	}
	sortNotes(out)
	return out
}

// indexOpenParen finds the first "(" or "（" in s.
func indexOpenParen(s string) int {
	a, b := strings.IndexByte(s, '('), strings.Index(s, "（")
	switch {
	case a < 0:
		return b
	case b < 0 || a < b:
		return a
	}
	return b
}

func overlaps(ns []note, pos int) bool {
	for _, n := range ns {
		if pos >= n.start && pos < n.end {
			return true
		}
	}
	return false
}

func sortNotes(ns []note) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].start < ns[j-1].start; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

// endsClause reports whether what follows a note ends its clause.
func endsClause(after string) bool {
	after = strings.TrimSpace(after)
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("。；;，,\n", r) || unicode.Is(unicode.Han, r)
}

// endsSentence reports whether what follows ends the sentence.
func endsSentence(after string) bool {
	after = strings.TrimLeft(after, " ")
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("。；;\n", r)
}

// matchBracket returns the end (exclusive) of the bracket group opening at start, or -1.
func matchBracket(s string, start int) int {
	depth := 0
	for i, r := range s[start:] {
		switch r {
		case '(', '（', '〔', '[', '【', '﹙':
			depth++
		case ')', '）', '〕', ']', '】', '﹚':
			depth--
			if depth == 0 {
				return start + i + utf8.RuneLen(r)
			}
		case '\n':
			return -1
		}
	}
	return -1
}

// labelSplit splits "牵头单位:X,配合单位:Y" into labelled lists.
var labelSplit = regexp.MustCompile(`(责任单位|牵头单位|牵头部门|责任部门|主办单位|主责单位|配合单位|配合部门|参与单位|参与部门|协办单位|协同单位|牵头|完成时限|完成时间|时间节点|时限要求|进度安排)\s*[:：]`)

// timeLabels introduce a time inside a responsibility note, not units.
var timeLabels = map[string]bool{"完成时限": true, "完成时间": true, "时间节点": true, "时限要求": true, "进度安排": true}

// standingExpr finds a standing note that names a unit for every later task: "以下均需各区县政府落实，
// 不再列出", "具体任务均涉及相关市（州）人民政府，不再做分工，下同".
var standingExpr = regexp.MustCompile(`(?:以下|具体任务|各项任务|所有任务|以下任务|以下各项)[^，,。；;]{0,6}?(?:均需|均由|均涉及|均要|均请|都需|均应|需)([^，,。；;]+?)(?:落实|负责|参与|配合|实施|推进|[，,。；;]|$)`)

// standingMarker reports the words that make a note stand for later tasks too.
func standingMarker(s string) bool {
	return strings.Contains(s, "不再") || strings.Contains(s, "下同") || strings.Contains(s, "以下均")
}

// firstLeadExpr finds "列第一位的为牵头单位".
var firstLeadExpr = regexp.MustCompile(`(?:列|排)(?:第一位|在首位|首位)的?为牵头单位`)

func (p *parser) readNote(inner string) note {
	var n note
	if m := standingExpr.FindStringSubmatch(inner); m != nil && standingMarker(inner) {
		n.standing = p.norm.Units(m[1])
		idx := strings.Index(inner, m[0])
		inner = strings.TrimRight(inner[:idx], "，,；;。 ")
	}
	firstLead := false
	if loc := firstLeadExpr.FindStringIndex(inner); loc != nil {
		firstLead = true
		if strings.Contains(inner[loc[1]:], "下同") {
			p.firstIsLead = true
		}
		inner = strings.TrimRight(inner[:loc[0]], "。，,；; ")
	}
	locs := labelSplit.FindAllStringSubmatchIndex(inner, -1)
	hasLeadLabel := false
	for _, loc := range locs {
		switch inner[loc[2]:loc[3]] {
		case "牵头单位", "牵头部门", "主办单位", "主责单位", "牵头":
			hasLeadLabel = true
		}
	}
	for i, loc := range locs {
		end := len(inner)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		label := inner[loc[2]:loc[3]]
		if timeLabels[label] {
			continue
		}
		if hasLeadLabel && (label == "责任单位" || label == "责任部门") {
			label = "参与单位" // beside a 牵头单位, the 责任单位 are the ones that take part
		}
		list := inner[loc[1]:end]
		list = strings.TrimRight(list, "。，,；; ")
		lead, partic := p.labelled(label, list)
		n.lead = appendNew(n.lead, lead...)
		n.partic = appendNew(n.partic, partic...)
	}
	if (firstLead || p.firstIsLead) && len(n.partic) == 0 && len(n.lead) > 1 {
		n.partic = n.lead[1:]
		n.lead = n.lead[:1]
	}
	if len(n.standing) > 0 {
		p.standing = appendNew(p.standing, n.standing...)
	}
	return n
}

// labelled reads one labelled list: lead labels give lead units, others participating ones.
func (p *parser) labelled(label, list string) (lead, partic []string) {
	list = p.takeLocalAliases(list)
	if standingMarker(list) {
		if m := standingExpr.FindStringSubmatch(list); m != nil {
			p.standing = appendNew(p.standing, p.norm.Units(m[1])...)
			list = list[:strings.Index(list, m[0])]
		}
	}
	// "市发展改革委（牵头）、市财政局": the marked unit leads, the others take part.
	if strings.Contains(list, "牵头") && leadMark.MatchString(list) {
		var marked, rest []string
		for _, u := range SplitUnits(list) {
			if leadMark.MatchString(u) {
				marked = appendNew(marked, p.units(leadMark.ReplaceAllString(u, ""))...)
			} else {
				rest = appendNew(rest, p.units(u)...)
			}
		}
		if label == "参与部门" || label == "参与单位" || label == "配合单位" || label == "配合部门" || label == "协办单位" || label == "协同单位" {
			return nil, append(marked, rest...)
		}
		return marked, rest
	}
	units := p.units(list)
	switch label {
	case "参与部门", "参与单位", "配合单位", "配合部门", "协办单位", "协同单位":
		return nil, units
	case "责任单位", "责任部门":
		if p.firstIsLead && len(units) > 1 {
			return units[:1], units[1:]
		}
	}
	return units, nil
}

// leadMark is the mark after the unit that leads in a list: "市发展改革委（牵头）".
var leadMark = regexp.MustCompile(`[（(]\s*牵头(?:单位|部门)?\s*[)）]`)

// readDoerNote reads "(X牵头,Y、Z按职责分工负责)", "(X负责)", "(X牵头，Y配合)".
func (p *parser) readDoerNote(inner string) (note, bool) {
	var n note
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' })
	hasLead := strings.Contains(inner, "牵头")
	for _, part := range parts {
		part = strings.TrimSpace(part)
		var role string
		var list string
		switch {
		case strings.HasSuffix(part, "牵头负责"):
			role, list = RoleLead, strings.TrimSuffix(part, "牵头负责")
		case strings.HasSuffix(part, "牵头"):
			role, list = RoleLead, strings.TrimSuffix(part, "牵头")
		case strings.HasSuffix(part, "按职责分工负责"), strings.HasSuffix(part, "按职责负责"), strings.HasSuffix(part, "分工负责"), strings.HasSuffix(part, "配合"), strings.HasSuffix(part, "参与"), strings.HasSuffix(part, "协同"):
			role = RoleParticipating
			list = part
			for _, s := range []string{"按职责分工负责", "按职责负责", "分工负责", "配合", "参与", "协同"} {
				list = strings.TrimSuffix(list, s)
			}
		case strings.HasSuffix(part, "负责"):
			role, list = RoleLead, strings.TrimSuffix(part, "负责")
			if hasLead {
				role = RoleParticipating
			}
		default:
			return note{}, false
		}
		list = strings.TrimSpace(list)
		for _, u := range SplitUnits(list) {
			if !looksLikeUnit(u) && !strings.HasPrefix(cleanUnit(u), "各") {
				return note{}, false
			}
		}
		units := p.units(list)
		if role == RoleLead {
			n.lead = appendNew(n.lead, units...)
		} else {
			n.partic = appendNew(n.partic, units...)
		}
	}
	return n, len(n.lead)+len(n.partic) > 0
}

var localAliasExpr = regexp.MustCompile(`[（(]以下简称[“"]?([^”"）)]+)[”"]?[）)]`)

// takeLocalAliases reads "X（以下简称Y）" in a unit list: Y then stands for X in this document.
func (p *parser) takeLocalAliases(list string) string {
	for _, m := range localAliasExpr.FindAllStringSubmatchIndex(list, -1) {
		short := list[m[2]:m[3]]
		// The full name is the unit just before the bracket.
		before := list[:m[0]]
		names := SplitUnits(before)
		if len(names) > 0 {
			p.localAliases[cleanUnit(short)] = p.norm.Unit(names[len(names)-1])
		}
	}
	return localAliasExpr.ReplaceAllString(list, "")
}

// units normalises a unit list of this document.
func (p *parser) units(list string) []string {
	list = p.takeLocalAliases(list)
	// A unit given with its second name, "市市场监管局（市知识产权局）", is one unit: later mentions of
	// the second name in this plan mean it too.
	for _, u := range SplitUnits(list) {
		if first, second, ok := secondName(bracketFold.Replace(cleanUnit(u))); ok {
			p.localAliases[p.norm.Unit(second)] = p.norm.Unit(first)
		}
	}
	var out []string
	for _, u := range p.norm.Units(list) {
		if full, ok := p.localAliases[u]; ok {
			u = full
		}
		out = appendNew(out, u)
	}
	return out
}

func (p *parser) unit(name string) string {
	u := p.norm.Unit(name)
	if full, ok := p.localAliases[u]; ok {
		return full
	}
	return u
}

// splitClauses cuts text after each responsibility note; a text with one note (or none) is one
// clause. Each clause carries the units of its note.
func (p *parser) splitClauses(text string) []clause {
	notes := p.findNotes(text)
	if len(notes) == 0 {
		return []clause{{text: strings.TrimSpace(text)}}
	}
	var out []clause
	prev := 0
	for i, n := range notes {
		end := n.end
		if i == len(notes)-1 {
			end = len(text)
		}
		piece := strings.TrimSpace(strings.TrimLeft(text[prev:end], "。；;，, \n"))
		prev = end
		c := clause{text: piece, lead: n.lead, partic: n.partic, hasUnits: len(n.lead)+len(n.partic) > 0}
		if piece == "" {
			continue
		}
		// A clause with nothing but its note is not a clause: give its units to the one before.
		if rest := strings.TrimSpace(strings.Trim(text[n.start:n.end], "")); len(out) > 0 && piece == rest {
			out[len(out)-1].lead = appendNew(out[len(out)-1].lead, n.lead...)
			out[len(out)-1].partic = appendNew(out[len(out)-1].partic, n.partic...)
			continue
		}
		out = append(out, c)
	}
	return out
}

func appendNew(dst []string, xs ...string) []string {
	for _, x := range xs {
		if x == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			if d == x {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, x)
		}
	}
	return dst
}
