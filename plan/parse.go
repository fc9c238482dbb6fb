package plan

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
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
	norm := Normalize(text)
	doc := p.parse(OneLine(source), norm)
	if len(doc.Tasks) == 0 {
		// A notice that gives its work in prose, with no numbered item ("各级各部门要坚持月调度、季检查…；
		// 省政府督查室要加强督促检查"): each paragraph is read as an item, its subjects as its units.
		if numbered, ok := proseItems(norm); ok && noticeForm.MatchString(norm) {
			p = &parser{opt: opt}
			doc = p.parse(OneLine(source), numbered)
			doc.Warnings = append(doc.Warnings, proseWarning)
		}
	}
	if len(doc.Tasks) == 0 {
		return nil, ErrNotPlan
	}
	if !slices.Contains(doc.Warnings, proseWarning) && !slices.ContainsFunc(doc.Tasks, func(t Task) bool { return !strings.Contains(t.ID, ":n.") }) {
		doc.Warnings = append(doc.Warnings, proseWarning) // every task from the notice's sentences
	}
	return doc, nil
}

// noticeForm is what marks a text as a notice that hands out work (not a news report of a meeting that
// passed a plan): its addressees' line or its formula of issue.
var noticeForm = mustCompile(`(?m)^各[^\n]{1,40}[:：]\s*$|印发给你们|请认真(?:贯彻|抓好|组织|落实)|现就[^\n。]{0,40}提出(?:以下|如下)`)

// addresseeOpening is a notice's addressee line at a paragraph's start, with the paragraph run on
// after its colon: "各辖市、区人民政府,市各委办局: 现将…".
var addresseeOpening = mustCompile(`^各[^\n。；;：:]{1,60}[:：]\s*`)

// proseWarning says a plan's tasks were read from a notice's prose.
const proseWarning = "no numbered items: tasks read from the notice's sentences: check them"

// proseItems numbers the paragraphs of a text that has no numbered item: a paragraph is a line of
// forty characters or more that ends with 。 or holds two sentences (a title or an addressee line is
// shorter). false when none is.
func proseItems(text string) (string, bool) {
	lines := strings.Split(text, "\n")
	n := 0
	for i := range lines {
		l := strings.TrimSpace(lines[i])
		addressee := ""
		if m := addresseeOpening.FindStringIndex(l); m != nil {
			// "各辖市、区人民政府,市各委办局: 现将…印发给你们": the addressees run into the notice's
			// first paragraph are no doers of its work: a line of their own.
			addressee, l = strings.TrimSpace(l[:m[1]])+"\n", strings.TrimSpace(l[m[1]:])
		}
		if utf8.RuneCountInString(l) < 40 || !strings.HasSuffix(l, "。") && strings.Count(l, "。") < 2 {
			continue
		}
		n++
		lines[i] = addressee + strconv.Itoa(n) + "." + l
	}
	return strings.Join(lines, "\n"), n > 0
}

// parser holds the state of one parse.
type parser struct {
	issuerLabel string // the page's 发布机构 label
	// issuerSource: issuerLabel is a news page's 来源 (where the article came from), which a sentence of
	// the text naming who issued the plan outranks.
	issuerSource bool
	notice       []string // the lines of the notice in front of the plan, when the plan's title follows it
	opt          Options
	quoted       int    // quoted works outside the numbered items made tasks so far (q1, q2 …)
	tail         string // the last line of the plan's body, where a text cut off ends
	doc          *Document
	norm         Normalizer

	localAliases map[string]string // "（以下简称工作专班成员单位）" within a unit list
	unitCells    map[string]bool   // what isUnitCell said of a table's cells, for this parse
	standing     []string          // units a standing note adds to every later task
	// standingHelpers are units a standing note says help in every later task ("以下均需各片区配合
	// 落实，不再列出"): they take part in each.
	standingHelpers []string
	// standingPartic are units a standing note names for a part in every later task of the plan's part
	// it stands in ("…为实施单位，下同"), by that part's heading; curPart is the part being read.
	standingPartic map[string][]string
	curPart        string
	firstLeads     int                 // "列第一位的为牵头单位，下同": how many parties of every list lead
	year           int                 // the plan's year, for dates that name none ("5月底前")
	published      Day                 // the day a page says it was published, when it says
	made           Day                 // the day a page says its record was made (生成日期), when it says
	spelling       map[string]string   // canonical unit name → the plan's own first spelling of it
	spellings      map[string][]string // canonical unit name → every spelling the plan uses for it
	canonOf        map[string]string   // raw unit name → p.norm.Unit of it
	recurringOf    map[string][]Recurring
	ref            *Ref // the document's reference its tasks share (docRef)
	// tabled holds the IDs of the tasks read from a table's rows that name their units: the plan's
	// list of who does what (restated).
	tabled map[string]bool
}

// docRef is the reference to the document a new task holds: one shared by its tasks, made again
// only when the document's fields have changed since.
func (p *parser) docRef() *Ref {
	if r := p.doc.Ref(); p.ref == nil || *p.ref != r {
		p.ref = &r
	}
	return p.ref
}

// ---------------------------------------------------------------------------------------------
// Stage 1: text clean-up.

// junkPrefixes start lines of web-page chrome and document furniture that carry no plan content.
var junkPrefixes = []string{
	"索引号", "组配分类", "发布机构", "生成日期", "成文日期", "公开方式", "有效性", "文件编号", "文号", "统一编号", "发布日期",
	"浏览次数", "信息来源", "来源:", "来源：", "字体", "分享", "下载", "打印", "关闭", "精确检索", "开始检索", "检索",
	"作者:", "作者：", "责任编辑", "【", "加盟电话", "联系电话", "扫一扫", "相关链接", "主题分类", "发文机关", "抄送",
	"附件下载", "（此件", "(此件", "效力状态",
	// a page's field of the other issuers: "[联合发文单位] 北京市消防救援局;北京市经济和信息化局;…"
	"联合发文单位", "联合发文机关", "联合发文机构", "[联合发文", "［联合发文",
	// a page's front matter: "类型: 规划与计划", "层级: 区级", "状态: 有效"
	"类型:", "类型：", "分类:", "分类：", "层级:", "层级：", "状态:", "状态：", "官方链接",
	// a page's table of fields: "文件名称 | …", "公开目录: | …", "内容概述 | …"
	"文件名称", "公开目录", "公开形式", "公开日期", "内容概述",
}

// shareWidgets are a page's share buttons standing between spaces inside a run-together line
// ("时间：2016-04-16 微信 微博 QQ空间 岚综管综〔2016〕88号"): dropped before the spaces around them go,
// so that they do not run into the document number after them.
var shareWidgets = mustCompile(`(?:\s(?:微信|微博|QQ空间|朋友圈|分享到：?))+\s`)

// junkLine reports whether l is a line of web-page chrome or document furniture.
func junkLine(l string) bool {
	for _, p := range junkPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return pageFooter.MatchString(l) || imageName.MatchString(l) || browserPrint.MatchString(l) ||
		strings.Contains(l, "政府公报") && gazetteHeader.MatchString(l)
}

// gazetteHeader is a 政府公报's running header at the top of its pages, on a line of its own wherever
// the page breaks (inside a sentence too): "福建省人民政府公报", "三明市人民政府公报 2025年第3期". It names
// a government, its place and level (人民政府): a line of a plan's own that ends on the words ("办好用好
// 政府公报", "规范县政府公报", a 政务公开 task's cell) is no header.
var gazetteHeader = mustCompile(`^\p{Han}{1,10}?[省市区县州盟旗]人民政府公报\s*(?:(?:19|20)\d{2}\s*年)?\s*(?:第\s*\d{1,3}\s*期)?\s*(?:[(（]总第\s*\d{1,4}\s*期[)）])?$`)

// browserPrint is a line a browser prints at a page break of a page printed to PDF: the page's
// address with the page's number of the whole at the foot ("https://www.x.gov.cn/show/2856871.html 2/5"),
// the time it was printed and the page's title at the head of the next ("2025/3/12 15:21 宁国市…方案_
// 宁国市人民政府"). A line that is only a date and time and words with no sentence's punctuation is not
// a plan's: its dates are written 2025年3月12日.
var browserPrint = mustCompile(`^(?:(?:https?|file)://\S+|about:blank)(?:\s*\d{1,3}\s*/\s*\d{1,3})?$|^(?:19|20)\d\d[/\-.]\d{1,2}[/\-.]\d{1,2}\s*(?:上午|下午)?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp][Mm])?\s*[^。，；,;：:]*$`)

// imageName is a picture's file name a scraped page leaves on a line of its own: "640.webp.jpg".
var imageName = mustCompile(`(?i)^[\w.\-]{0,80}\.(?:jpe?g|png|gif|webp|bmp|svg)$`)

// joinBareLabels joins a label standing alone on its line ("牵头单位：") with the line after it, the
// units it names: "牵头单位：\n区民政局" is "牵头单位：区民政局".
func joinBareLabels(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		if aloneLabel.MatchString(lines[i]) && i+1 < len(lines) && !aloneLabel.MatchString(lines[i+1]) {
			if lvl, _, _, _ := heading(lines[i+1]); lvl == lvlNone {
				next := lines[i+1]
				if wholeBracket(next) {
					// "责任单位：" over "（各县市区政府按职责落实）": the units in brackets
					r := []rune(strings.TrimSpace(next))
					next = string(r[1 : len(r)-1])
				}
				joined := lines[i] + next
				i++
				// Units one a line under the label: "配合单位：" over 区商务局, 区文旅局, 区卫健委.
				for i+1 < len(lines) && looksLikeUnit(lines[i]) && looksLikeUnit(lines[i+1]) && !aloneLabel.MatchString(lines[i+1]) {
					if opensPoint(lines[i+1]) {
						break
					}
					joined += "、" + lines[i+1]
					i++
				}
				out = append(out, joined)
				continue
			}
		}
		if unitsListLine(lines[i]) {
			// A label's list that goes on one unit a line ("配合单位：市公安局交警支队" over "市城市管理局"),
			// up to a line that is no unit's name, a label, a heading or a notice's signature.
			joined := lines[i]
			for i+1 < len(lines) && looksLikeUnit(strings.TrimSpace(lines[i+1])) && !unitsLabelLine(lines[i+1]) && !signatureLine(lines[i+1], lines, i+1) {
				if opensPoint(lines[i+1]) {
					break
				}
				joined += "、" + strings.TrimSpace(lines[i+1])
				i++
			}
			out = append(out, joined)
			continue
		}
		out = append(out, lines[i])
	}
	return out
}

// opensPoint reports whether a line opens an item: a numbered heading, or a point named by its kind
// and ordinal ("任务二：建设县级物流配送中心", whose 中心 would pass for a unit's name), never more of
// the units listed on the line before it.
func opensPoint(l string) bool {
	if lvl, _, _, _ := heading(l); lvl != lvlNone {
		return true
	}
	return bulletWordExpr.MatchString(strings.TrimSpace(l))
}

// unitsListLine reports whether a line is a responsibility label and its list, each item of which
// reads as a unit's name: "配合单位：市公安局交警支队", "责任单位：县农业农村局、县商务局".
func unitsListLine(line string) bool {
	if !unitsLabelLine(line) {
		return false
	}
	_, list, ok := strings.Cut(line, "：")
	if !ok {
		if _, list, ok = strings.Cut(line, ":"); !ok {
			return false
		}
	}
	items := SplitUnits(list)
	for _, it := range items {
		if !looksLikeUnit(it) {
			return false
		}
	}
	return len(items) > 0
}

var aloneLabel = mustCompile(`^\p{Han}{2,8}(?:单位|部门|处室|科室)[:：]$`)

// pageFooter is a printed page's number on a line of its own: "— 12 —", "- 3 -", "·5·" (as 政府公报
// print it), "第2页 共5页". A bare number is not one: a table copied one cell a line numbers its rows
// so (joinBreaks drops one only between two halves of a sentence).
var pageFooter = mustCompile(`^(?:[—－\-–]{1,2}\s*\d{1,4}\s*[—－\-–]{1,2}|[·•・]\s*\d{1,4}\s*[·•・]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)$`)

// spamRun matches SEO spam spliced into scraped pages: underscore-joined titles with Latin letters,
// such as "365bet在线体育投注网_365平台拒绝提款怎么办_bte365".
var spamRun = mustCompile(`[0-9]*[A-Za-z][0-9A-Za-z]*\p{Han}*(?:_[^_\s、，,。；;：:（）()]+)*_\p{Han}*?[A-Za-z]+[0-9]*`)

// paraOpenForms open a paragraph of a run-together page (paragraphs joined by spaces): a heading
// marker or a responsibility label. None holds a space or tab but as its last character.
const paraOpenForms = `(?:[一二三四五六七八九十]+、)|(?:[（(][一二三四五六七八九十]+[)）])|(?:\d{1,2}[.．、](?:[^\d]|(?:19|20)\d\d年))|(?:(?:牵头单位|牵头部门|参与部门|参与单位|配合单位|配合部门|责任单位|责任部门|协办单位)[:：])|(?:附件\d*[:：\s])`

// paraOpen is a paragraph's opening at the start of a text.
var paraOpen = mustCompile(`^(?:` + paraOpenForms + `)`)

// breakBeforeParas puts a line break for the spaces before each paragraph opening of a run-together
// line (what a regexp "[ \t]+(paraOpenForms)" replaced by "\n$1" gives; TestParaBreaksAsExpr checks
// they agree). Only the word after each run of spaces is tried against paraOpen, not every place
// of a page that may be one 20 KB line.
func breakBeforeParas(s string) string {
	return breakSpaceRuns(s, func(start, end int) (int, bool) {
		word := s[end:]
		if k := strings.IndexAny(word, " \t"); k >= 0 {
			word = word[:k+1] // an opening may end with the space
		}
		if r, _ := utf8.DecodeRuneInString(word); word == "" || !opensPara(r) {
			return 0, false
		}
		if m := paraOpen.FindStringIndex(word); m != nil {
			return m[1], true
		}
		return 0, false
	})
}

// breakSpaceRuns puts a line break for each run of spaces or tabs of s that brk says closes a line
// (brk is given the run, s[start:end]); skip is how many bytes after the run brk has read already
// and are not to be tried again. Only the runs are visited, not every place of a page that may be
// one 20 KB line; s itself is returned where nothing breaks.
func breakSpaceRuns(s string, brk func(start, end int) (skip int, ok bool)) string {
	var b strings.Builder
	last := 0 // s[:last] is written to b
	for i := 0; i < len(s); {
		start, end := nextSpaceRun(s, i)
		if start < 0 {
			break
		}
		i = end
		skip, ok := brk(start, end)
		if !ok {
			continue
		}
		if last == 0 {
			b.Grow(len(s)) // the result is no longer than s
		}
		b.WriteString(s[last:start])
		b.WriteByte('\n')
		last = end
		i = end + skip
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// runInOpen is a paragraph's opening inside a page run together with nothing between its paragraphs
// (a crawler's text of a whole page on one line): a heading marker or a responsibility label.
var runInOpen = mustCompile(`[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）][\p{Han}“]|\d{1,2}[.．] ?(?:[\p{Han}“]|(?:19|20)\d\d年)|(?:牵头单位|牵头部门|责任单位|责任部门)[:：]|[一二三四五六七八九十]{1,3}、`)

// breakRunIn puts a line break before each paragraph opening of a long line whose paragraphs ran
// together with nothing between them: "…制定本实施方案。一、总体要求…高技术产业1．行动目标。…企业（二）“互联网+”现代农业".
// What stands before an opening decides: a part heading (一、) only after a sentence end, the others
// after a sentence end, a closing bracket or quote, or a Chinese character (never inside brackets,
// never after a digit: 2016.4 is a date).
func breakRunIn(s string) string {
	var b strings.Builder
	last, depth, at := 0, 0, 0 // depth: brackets open at s[at]
	for _, m := range runInOpen.FindAllStringIndex(s, -1) {
		for _, r := range s[at:m[0]] {
			switch {
			case strings.ContainsRune("(（〔[【﹙", r):
				depth++
			case depth > 0 && strings.ContainsRune(")）〕]】﹚", r):
				depth--
			case r == '。' || r == '！' || r == '？':
				depth = 0 // a bracket left open does not run past its sentence (a note's ； stays inside it)
			}
		}
		at = m[0]
		if m[0] == 0 || depth > 0 || !opensRunIn(s[:m[0]], s[m[0]:m[1]], s[m[1]:]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteByte('\n')
		last = m[0]
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// colonOpenInSentence reports a colon in the sentence that ends at the end of before: what follows it
// enumerates.
func colonOpenInSentence(before string) bool {
	if k := strings.LastIndexAny(before, "。！？"); k >= 0 {
		before = before[k:]
	}
	return strings.ContainsAny(inBrackets.ReplaceAllString(before, ""), "：:") // a note's label is no colon of the sentence
}

// inBrackets is a text in brackets, with no bracket inside it.
var inBrackets = mustCompile(`[（(][^（()）]*[)）]`)

// opensRunIn reports whether a marker found inside a run-together line (open, between before and
// after) opens a paragraph. A part heading (一、) stands after a sentence end, or after a labelled
// list's last name ("责任处室：…党政办公室五、…", "责任单位：…区文旅集团五、…"), and never in a pair of numbers (三、四季度, 二、三级);
// the others also after a closing bracket or quote or a Chinese character, but not a reference to
// another part ("第二部分（一）明确的要求").
func opensRunIn(before, open, after string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(open)
	if strings.ContainsRune("一二三四五六七八九十", first) {
		next, _ := utf8.DecodeRuneInString(after)
		if strings.ContainsRune("一二三四五六七八九十", next) || strings.ContainsAny(string(next), "月季级类批期年") {
			return false
		}
		return closesSentence(prev) ||
			strings.ContainsRune("室局委办处府司队部厅站所心会村镇团院联", prev) && strings.Contains(lastClause(before), "：") ||
			(prev == '）' || prev == ')') && closesNote(before) ||
			strings.HasSuffix(before, "如下：") || strings.HasSuffix(before, "如下:") ||
			unicode.Is(unicode.Han, prev) && timeLabelValue(before)
	}
	if (first == '（' || first == '(') && unicode.IsDigit([]rune(open)[1]) {
		// A sub-item "（2）" of an item whose text ran on: after a sentence end (not inside one, where
		// "（1）…；（2）…" enumerates), after the unit list that closes the sub-item above it
		// ("…责任单位：区公安局、区交建局（2）落实…"), or right after its item's short title ("1．实施
		// 治堵综合整治工程（1）全面排查…").
		return closesSentence(prev) && prev != '；' || subItemAfterUnits(before) || runInTitleBefore.MatchString(before)
	}
	if prev == '；' && unicode.IsDigit(first) && colonOpenInSentence(before) {
		return false // "…服务：1.办理…申请；2.往来…": an enumeration a colon opened inside an item's sentence
	}
	if closesSentence(prev) {
		return true
	}
	if (prev == '：' || prev == ':') && (first == '（' || first == '(') {
		return true // "分四个阶段进行：（一）前期准备阶段…": the parts a colon announces
	}
	if (prev == '：' || prev == ':') && unicode.IsDigit(first) && labelsOwnUnits(after) {
		// "…主要考核：1.林长制责任体系建立及运行情况（8分）…。 责任处室：资源生态处…2.林长制…": the
		// items a colon announces, each naming its own units, are items of their own.
		return true
	}
	if unicode.IsDigit(first) && taskListLabel.MatchString(before) {
		return true // "…控制在1%以内。工作任务：1.加强…": the items a label of their own announces
	}
	if !unicode.Is(unicode.Han, prev) && !strings.ContainsRune("”）)", prev) {
		return false
	}
	if first == '（' || first == '(' {
		for _, w := range []string{"部分", "条", "款", "项", "第", "见", "按照", "根据", "依照", "附件"} {
			if strings.HasSuffix(before, w) {
				return false
			}
		}
		for _, w := range []string{"的", "明确", "要求", "规定", "所列", "中"} {
			if strings.HasPrefix(after, w) {
				return false
			}
		}
	}
	return true
}

// ownUnitsLabel is a responsibility label ("责任处室：", "牵头单位：") that an item's own text ends with.
var ownUnitsLabel = mustCompile(`(?:责任|牵头|配合)(?:处室|单位|部门|科室)[:：]`)

// labelsOwnUnits reports whether the item that opens after (a "1." after a colon) names its own units
// under a responsibility label before the next item's marker ("2."): an item of a list, not a clause
// of an enumeration ("服务：1.办理…申请；2.往来…").
func labelsOwnUnits(after string) bool {
	end := len(after)
	if m := nextItemMarker.FindStringIndex(after); m != nil {
		end = m[0]
	}
	return ownUnitsLabel.MatchString(after[:end])
}

// nextItemMarker is the marker of a list's second item.
var nextItemMarker = mustCompile(`2[.．、]`)

// taskListLabel is a label standing as a sentence of its own that announces the numbered items
// after it ("。工作任务：", "。主要措施：", a meeting's "。会议议定："), not a colon inside a sentence
// that enumerates ("服务：1.办理…").
var taskListLabel = mustCompile(`(?:^|[。！？\n])\p{Han}{0,6}(?:任务|措施|举措|议定|决定|商定)(?:事项|如下)?[:：]$`)

// runInTitleBefore is an item's short title just before a sub-item's marker: "1．实施治堵综合整治工程".
var runInTitleBefore = mustCompile(`(?:^|[^\d.．])\d{1,2}[.．][\p{Han}“”、]{2,24}$`)

// subItemAfterUnits reports whether before ends with a responsibility label's list of units
// ("…责任单位：区公安局、区交建局"), which closes the sub-item it ends.
func subItemAfterUnits(before string) bool {
	prev, _ := utf8.DecodeLastRuneInString(before)
	if !strings.ContainsRune("室局委办处府司队部厅站所心会村镇团联", prev) {
		return false
	}
	c := lastClause(before)
	k := strings.LastIndexAny(c, "：:")
	if k < 0 || utf8.RuneCountInString(c[k:]) > 80 {
		return false
	}
	_, _, ok := respLine(c[strings.LastIndexAny(c[:k], "。；，,（(")+1:])
	return ok
}

// timeLabelValue reports whether before ends with a time label's value ("…完成时限：2019年11月底"), which
// closes its item: a part heading may follow with nothing between ("…11月底三、支持…").
func timeLabelValue(before string) bool {
	c := lastClause(before)
	for _, l := range []string{"完成时限：", "完成时限:", "完成时间：", "完成时间:", "时间节点：", "时限："} {
		if k := strings.LastIndex(c, l); k >= 0 && utf8.RuneCountInString(c[k+len(l):]) <= 60 {
			return true
		}
	}
	return false
}

// closesNote reports whether before ends with a responsibility note in brackets ("…（区经济发展局…
// 按职责分工负责）"), which closes its item as a sentence end does.
func closesNote(before string) bool {
	k := strings.LastIndexAny(before, "（(")
	if k < 0 || len(before)-k > 600 {
		return false
	}
	return noteWords.in(before[k:])
}

// noteWords make a bracket a responsibility note.
var noteWords = newWordSet("负责", "牵头", "单位", "配合", "部门")

// lastClause is the text after the last sentence end or line break of s, at most its last 300
// bytes (a label and its list: enough to tell, and a line of no sentence end costs no more).
func lastClause(s string) string {
	if len(s) > 300 {
		k := len(s) - 300
		for k < len(s) && !utf8.RuneStart(s[k]) {
			k++
		}
		s = s[k:]
	}
	if i := strings.LastIndexAny(s, "。！？；\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}

// breakAfterSentences puts a line break for the spaces after each sentence end (。！？；) of a
// run-together line: what a regexp "([。！？；])[ \t]+" replaced by "$1\n" gives.
func breakAfterSentences(s string) string {
	return breakSpaceRuns(s, func(start, _ int) (int, bool) {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		return 0, start > 0 && closesSentence(r)
	})
}

// bracketLabel is a label of the marker table (labelForms) in black brackets: 【牵头单位】, 【责任部门】,
// 【完成时限】, 【频次】.
var bracketLabel = mustCompile(`[【\[]((?:[省市区县]直?)?(?:` + labelForms + `))[】\]][:：]?`)

// spacedLabel is a label after spaces, behind a name, up to its colon: "…局　协同".
var spacedLabel = mustCompile(`(?:\p{Han}|[)）])([ \t\x{3000}]+)(?:[省市区县]直?)?(?:` + labelForms + `)$`)

// spacedLabels writes "；" for the spaces before each label that has its colon ("主责：市农业农村局　协同：
// 市公安局"), looking only at the few characters before each colon. In a tabbed row a tab parts
// cells, not clauses: "…学位3000个\t牵头单位：市教育局 配合单位：各县区政府\t2025年9月" is a unit cell
// whose labels the space parts, after a title cell the tab ends.
func spacedLabels(l string) string {
	var b strings.Builder
	last := 0
	tabbed := strings.Count(l, "\t") >= 2
	for i := 0; i < len(l); {
		k := indexAnyRune(l[i:], "：:")
		if k < 0 {
			break
		}
		c := i + k
		from := c
		for n := 0; from > last && n < 16; n++ {
			_, w := utf8.DecodeLastRuneInString(l[last:from])
			from -= w
		}
		if !anyRune(l[from:c], " \t\u3000") {
			// no space before this colon: no spaced label
		} else if m := spacedLabel.FindStringSubmatchIndex(l[from:c]); m != nil && !(tabbed && strings.Contains(l[from+m[2]:from+m[3]], "\t")) {
			b.WriteString(l[last : from+m[2]])
			b.WriteString("；")
			last = from + m[3]
		}
		_, w := utf8.DecodeRuneInString(l[c:])
		i = c + w
	}
	if last == 0 {
		return l
	}
	b.WriteString(l[last:])
	return b.String()
}

// spacedLead is a lead marker, then spaces and a party's name: "…局牵头 市应急管理局".
var spacedLead = mustCompile(`(\p{Han}(?:牵头|主办|主责|牵头负责))[ \t\x{3000}]+([省市县区镇乡各])`)

// spacedMarkers writes the clause breaks that spaces stand for around labels and lead markers. The
// patterns run only on the lines that may hold them: a space before a colon, a space after 牵头.
func spacedMarkers(text string) string {
	lines := strings.Split(text, "\n")
	changed := false
	for i, l := range lines {
		sp := indexAnyRune(l, " \u3000")
		if sp < 0 {
			continue
		}
		if anyRune(l[sp:], "：:") {
			if m := spacedLabels(l); m != l {
				l, changed = m, true
			}
		}
		if (strings.Contains(l, "牵头") || strings.Contains(l, "主办") || strings.Contains(l, "主责")) && spacedLeadNear(l) {
			if m := spacedLead.ReplaceAllString(l, "$1，$2"); m != l {
				l, changed = m, true
			}
		}
		lines[i] = l
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// spacedLeadNear is the cheap test before spacedLead runs: a lead marker right before a space.
func spacedLeadNear(l string) bool { return spacedLeadWords.in(l) }

var spacedLeadWords = newWordSet("牵头 ", "牵头\u3000", "牵头\t", "主办 ", "主办\u3000", "主责 ", "主责\u3000")

// dropCJKSpaces removes the runs of spaces and tabs that have a cjkSpaceSide character on both
// sides, as one pass of a regexp "(side)[ \t]+(side)" replaced by "$1$2" does: a character that
// closed one match opens no other (hence appendClean's second pass). TestCJKSpacesAsExpr checks
// they agree.
func dropCJKSpaces(s string) string {
	var b strings.Builder
	last := 0  // s[:last] is written to b
	taken := 0 // s[:taken] is part of a match made already
	for i := 0; i < len(s); {
		start, end := nextSpaceRun(s, i)
		if start < 0 {
			break
		}
		i = end
		prev, n := utf8.DecodeLastRuneInString(s[:start])
		next, m := utf8.DecodeRuneInString(s[end:])
		if start == 0 || end == len(s) || start-n < taken || !cjkSpaceSide(prev) || !cjkSpaceSide(next) {
			continue
		}
		if last == 0 {
			b.Grow(len(s)) // the result is shorter than s
		}
		b.WriteString(s[last:start])
		last, taken = end, end+m
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nextSpaceRun returns the start and end of the first run of spaces and tabs in s[from:], as places
// in s; -1 when there is none.
func nextSpaceRun(s string, from int) (start, end int) {
	k := strings.IndexAny(s[from:], " \t")
	if k < 0 {
		return -1, -1
	}
	start = from + k
	end = start + 1
	for end < len(s) && (s[end] == ' ' || s[end] == '\t') {
		end++
	}
	return start, end
}

// opensPara is the first character of paraOpenForms, closesSentence what ends a sentence, and
// cjkSpaceSide what stands on either side of the spaces inside Chinese text ("到 2027 年",
// "湖州市服务业 “十百千” 工程"), which dropCJKSpaces removes.
func opensPara(r rune) bool {
	return '0' <= r && r <= '9' || strings.ContainsRune("一二三四五六七八九十（(牵参配责协附", r)
}

func closesSentence(r rune) bool { return strings.ContainsRune("。！？；", r) }

func cjkSpaceSide(r rune) bool {
	return '0' <= r && r <= '9' || unicode.Is(unicode.Han, r) || strings.ContainsRune("“”《》（）、，。：；％%", r)
}

// spaceRunBetween reports whether some run of spaces and tabs in s has, right before it, a rune
// that before accepts and, right after it, one that after accepts. A nil test accepts anything,
// the start or end of s too.
func spaceRunBetween(s string, before, after func(rune) bool) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		if (before == nil || i > 0 && before(prev)) && (after == nil || j < len(s) && after(next)) {
			return true
		}
		i = j
	}
	return false
}

// dropSpam removes spamRun's matches from s. A match holds an underscore and never a space or a
// list separator, so only the stretch from the separator before the first underscore to the one
// after the last can hold one: the pattern runs over that, not over a whole run-together page.
func dropSpam(s string) string {
	first, last := strings.Index(s, "_"), strings.LastIndex(s, "_")
	if first < 0 {
		return s
	}
	from, to := stretch(s, first, last, " \t\n\f\r、，,。；;：:（）()")
	return s[:from] + spamRun.ReplaceAllString(s[from:to], "") + s[to:]
}

// pipedRow is a table's row: its number and a separator, or a separator, first.
var pipedRow = mustCompile(`^\s*(?:\d{1,3}\s*)?[|｜]`)

// labelsInBrackets writes each black-bracketed label as the label and its colon, after a ； where it
// follows a Han word.
func labelsInBrackets(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range bracketLabel.FindAllStringSubmatchIndex(text, -1) {
		before := strings.TrimRight(text[last:m[0]], " \t\u3000")
		b.WriteString(text[last:m[0]])
		r, _ := utf8.DecodeLastRuneInString(before)
		afterHan := len(before) > 0 && unicode.Is(unicode.Han, r)
		if afterHan && leadMarkAfterName(text, m) {
			// "市发改委【牵头】、市经信局", "市发改委[牵头]": the mark of the unit before it, as "（牵头）".
			b.WriteString("（" + text[m[2]:m[3]] + "）")
			last = m[1]
			continue
		}
		if afterHan {
			b.WriteString("；")
		}
		b.WriteString(text[m[2]:m[3]])
		b.WriteString("：")
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// leadMarkAfterName: the bracketed label at m (a bracketLabel match) is a lead word with no colon of
// its own that a list goes on after, or ends: it marks the name before it, it heads no list.
func leadMarkAfterName(text string, m []int) bool {
	if strings.HasSuffix(text[m[0]:m[1]], "：") || strings.HasSuffix(text[m[0]:m[1]], ":") || labelRole(text[m[2]:m[3]]) != roleLead {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[m[1]:])
	return m[1] == len(text) || strings.ContainsRune("、，,；;。）)\n", r)
}

// squareNote is a note in full-width square brackets ("［责任单位：县自然资源局］", "［县自然资源局］"),
// read as one in black brackets; squareYear a document number's year in them (［2025］), kept.
var (
	squareNote = mustCompile(`［[^［］]*］`)
	squareYear = mustCompile(`^［(?:19|20)\d{2}］$`)
)

// enclosedMarkers spell out the one-character markers some editors print: ㈠ is (一), ⑴ is (1), ⒈ is 1.
var enclosedMarkers = strings.NewReplacer(
	"㈠", "(一)", "㈡", "(二)", "㈢", "(三)", "㈣", "(四)", "㈤", "(五)", "㈥", "(六)", "㈦", "(七)", "㈧", "(八)", "㈨", "(九)", "㈩", "(十)",
	"⑴", "(1)", "⑵", "(2)", "⑶", "(3)", "⑷", "(4)", "⑸", "(5)", "⑹", "(6)", "⑺", "(7)", "⑻", "(8)", "⑼", "(9)", "⑽", "(10)",
	"⒈", "1.", "⒉", "2.", "⒊", "3.", "⒋", "4.", "⒌", "5.", "⒍", "6.", "⒎", "7.", "⒏", "8.", "⒐", "9.", "⒑", "10.",
	"⒒", "11.", "⒓", "12.", "⒔", "13.", "⒕", "14.", "⒖", "15.", "⒗", "16.", "⒘", "17.", "⒙", "18.", "⒚", "19.", "⒛", "20.",
)

// tabCells reads rows whose cells are separated by tabs (a table copied out of a spreadsheet or a
// word processor) as rows separated by bars, the form tables are read in: "1\t推进…\t市发改委" is
// "1 | 推进… | 市发改委". Only lines with two tabs or more, and only when two lines have them.
func tabCells(raws []string) []string {
	rows := 0
	for _, l := range raws {
		if strings.Count(strings.Trim(l, "\t "), "\t") >= 2 {
			rows++
		}
	}
	if rows < 2 {
		return raws
	}
	raws = tabRowsRejoined(raws)
	out := make([]string, len(raws))
	for i, l := range raws {
		switch inner := strings.Count(strings.Trim(l, "\t "), "\t"); {
		case inner >= 1 && strings.HasPrefix(l, "\t"),
			inner == 0 && strings.HasPrefix(l, "\t\t") && utf8.RuneCountInString(strings.TrimSpace(l)) <= 4:
			// "\t\t\t时限": the end of a header cell's name, wrapped under it (wrappedHeaderCells).
			// A row whose first cells are empty (a header's second row, "\t\t牵头单位\t配合单位\t",
			// under cells spanning both): every cell kept in its column, the row edged as a
			// Markdown row is.
			l = "| " + strings.Join(strings.Split(strings.TrimRight(l, " "), "\t"), " | ") + " |"
		case inner >= 2:
			l = strings.ReplaceAll(strings.Trim(l, "\t "), "\t", " | ")
		case inner == 1 && groupOrdinal.MatchString(strings.TrimSpace(l[:strings.IndexByte(l, '\t')])):
			// "一\t人才引进" between the rows: a group row of the table, its cells kept apart.
			l = strings.ReplaceAll(strings.Trim(l, "\t "), "\t", " | ")
		}
		out[i] = l
	}
	return out
}

// groupOrdinal numbers a group of a table's rows: 一, 二、, （三）, 第四部分 — a Chinese ordinal where
// the rows are numbered 1, 2, 3.
var groupOrdinal = mustCompile(`^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}(?:部分|类|项)?)$`)

// tabRowsRejoined joins a tabbed row that a cell of two paragraphs broke over lines. A table copied
// out of Word or WPS keeps a row a line and its cells apart by tabs, but a paragraph break inside a
// cell ("推进…改革。" over "压减审批时间…", "市资规局、" over "市财政局") is a line break too: the row's
// first line ends inside the cell, the next goes on with its other half and the row's other cells.
// A row has as many tabs as the table's header and rows have; the lines that follow a whole row (or
// the header) and together hold that many tabs, none holding them all, are one row, the cell's
// paragraphs joined (with 、 between two unit names, as the cell lists them). A line that opens with
// the next row's number is a row of its own, and lines that hold too many tabs are left as they are.
func tabRowsRejoined(raws []string) []string {
	tabs := func(l string) int { return strings.Count(strings.TrimRight(l, " \r"), "\t") }
	// The table's width: the tab count most of its lines have.
	counts := map[int]int{}
	width := 0
	for _, l := range raws {
		if n := tabs(l); n >= 2 {
			counts[n]++
			if counts[n] > counts[width] || counts[n] == counts[width] && n > width {
				width = n
			}
		}
	}
	// A table whose rows each break a cell over two lines has fewer whole rows than broken ones: its
	// header says its width, when it is wider and names the columns.
	headed := false
	for _, l := range raws {
		if n := tabs(l); n >= 2 {
			if h, _ := pipedHeader(strings.TrimSpace(l)); h != nil && n > width {
				width, headed = n, true
			}
			break
		}
	}
	if width < 2 || counts[width] < 2 && !headed {
		return raws
	}
	var out []string
	inTable := false // the line before was the header or a whole row
	for i := 0; i < len(raws); i++ {
		l := raws[i]
		n := tabs(l)
		if n == width {
			inTable = true
			out = append(out, l)
			continue
		}
		if strings.TrimSpace(l) == "" || !inTable || n == 0 {
			inTable = inTable && strings.TrimSpace(l) == ""
			out = append(out, l)
			continue
		}
		sum, j := n, i+1
		for ; sum < width && j < len(raws) && j < i+8; j++ {
			next := strings.TrimRight(raws[j], " \r")
			m := tabs(next)
			if strings.TrimSpace(next) == "" || sum+m > width {
				break
			}
			if first, _, ok := strings.Cut(strings.TrimLeft(next, " "), "\t"); ok && m > 0 && rowNumber.MatchString(strings.TrimSpace(first)) {
				break // the next row
			}
			sum += m
		}
		if sum != width {
			inTable = false
			out = append(out, l)
			continue
		}
		row := strings.TrimRight(l, " \r")
		for _, next := range raws[i+1 : j] {
			next = strings.TrimSpace(next)
			if pageFooter.MatchString(next) {
				continue // "— 5 —": the page broke the row, its number no word of the cell
			}
			sep := ""
			head := row[strings.LastIndexByte(row, '\t')+1:]
			tail, _, _ := strings.Cut(next, "\t")
			// "市工信局（牵头）" over "市发改局、市统计局": the lead's mark ends a unit's name too.
			head = strings.TrimSpace(head)
			if strings.HasSuffix(head, "）") || strings.HasSuffix(head, ")") {
				head = partnerMark.ReplaceAllString(leadMark.ReplaceAllString(head, ""), "")
			}
			if IsOrgan(head) && IsOrgan(strings.TrimSpace(tail)) {
				sep = "、"
			}
			row += sep + next
		}
		out = append(out, row)
		i = j - 1
	}
	return out
}

// cleanLines turns raw text into trimmed lines: widths folded, junk dropped, run-together
// paragraphs split, spaces inside Chinese text removed. Blank lines are dropped.
// angleGroup is a group in angle brackets inside a name: 各县<市、区>人民政府.
var angleGroup = mustCompile(`<([\p{Han}、]{1,8})>`)

// labelSpaced is a responsibility label that opens a list: with its colon, or, opening its line, with
// two spaces or more after it ("主责单位  县教育体育局").
var labelSpaced = mustCompile(`(?:^|[，,；;。\s（(【〔])(?:[省市区县]直?)?(?:` + labelForms + `)(?:[ \t]*[:：][ \t]*|[ \t]{2,})`)

// spacedLabelLists writes the spaces between the units of a label's list as 、 and a space before the
// next label as ；: "责任单位：市数据局（牵头） 市政务服务办 各县（市、区）政府" is
// "责任单位：市数据局（牵头）、市政务服务办、各县（市、区）政府", "整改牵头单位：市财政局 整改配合单位：…"
// two lists. Only a space after a unit's last character separates (not "市 商务局").
func spacedLabelLists(text string) string {
	lines := strings.Split(text, "\n")
	changed := false
	for i, line := range lines {
		if !anyRune(line, " \t\u3000") {
			continue
		}
		line = strings.ReplaceAll(line, "\u3000", " ")
		if !spacedListAhead(line) {
			continue
		}
		ms := labelSpaced.FindAllStringIndex(line, -1)
		if len(ms) == 0 {
			continue
		}
		var b strings.Builder
		last := 0
		for k, m := range ms {
			label := line[m[0]:m[1]]
			colon := strings.ContainsAny(label, ":：")
			if !colon && strings.TrimSpace(line[:m[0]]) != "" {
				continue // a label with spaces only opens its line: elsewhere it is a table header's cell
			}
			end := len(line)
			if k+1 < len(ms) {
				end = ms[k+1][0]
			}
			list := line[m[1]:end]
			list = list[:listEnd(list)]
			// "（责任单位：A、B） 七、…": the note's closing bracket ends the list.
			if j := outsideBrackets(list, ""); j >= 0 {
				list = list[:j]
			}
			// "… 整改时限：2025年6月底前": another label of any kind ends the list.
			if j := laterLabel.FindStringIndex(list); j != nil {
				list = list[:j[0]]
			}
			if f := strings.Fields(list); len(f) == 0 || labelWhole.MatchString(f[0]) {
				continue // "牵头单位  配合单位": a header, no list
			}
			joined := spacedUnits(list)
			if !colon {
				label = strings.TrimRight(label, " \t") + "："
			}
			if rest := line[m[1]+len(list):]; strings.TrimSpace(rest) != "" && strings.TrimLeft(rest, " \t") != rest && strings.ContainsFunc(lastRune(strings.TrimRight(list, " \t")), unitEndRune) {
				joined += "；" // the next label opens a list of its own
			}
			if joined == list && label == line[m[0]:m[1]] {
				continue
			}
			b.WriteString(line[last:m[0]])
			b.WriteString(label)
			b.WriteString(joined)
			last = m[1] + len(list)
		}
		if last > 0 {
			b.WriteString(line[last:])
			lines[i] = b.String()
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// spacedListAhead is a cheap look for what spacedLabelLists rewrites: a label's body word (单位, 部门 …)
// with a colon and a space in the list after it, or two spaces after it.
func spacedListAhead(line string) bool {
	for _, body := range labelBodies {
		for rest := line; ; {
			i := strings.Index(rest, body)
			if i < 0 {
				break
			}
			rest = rest[i+len(body):]
			after := strings.TrimLeft(rest, " \t")
			if len(rest)-len(after) >= 2 {
				return true
			}
			if a, ok := strings.CutPrefix(after, "："); ok || strings.HasPrefix(after, ":") {
				if !ok {
					a = after[1:]
				}
				if k := strings.IndexAny(a, "。；;"); k >= 0 {
					a = a[:k]
				}
				if strings.ContainsAny(strings.TrimLeft(a, " \t"), " \t") {
					return true
				}
			}
		}
	}
	return false
}

// laterLabel is a label of any kind after a space inside a list: " 完成时限：", " 整改时限："
var laterLabel = mustCompile(`[ \t]+\p{Han}{2,6}[:：]`)

// listEnd is where a label's list ends: at a full stop or semicolon, or at a bracket that is no part
// of a unit's name nor its 牵头 marker.
func listEnd(list string) int {
	for i, r := range list {
		switch r {
		case '。', '；', ';', '【':
			return i
		case '（', '(':
			if !strings.HasPrefix(list[i:], "（牵头）") && !strings.HasPrefix(list[i:], "(牵头)") && !unitBracket(list[i:]) {
				return i
			}
		}
	}
	return len(list)
}

// outsideBrackets returns where s first has one of stops outside brackets, or a closing bracket no
// opening one in s matches; -1 when it has neither.
func outsideBrackets(s, stops string) int {
	depth := 0
	for i, r := range s {
		switch {
		case r == '（' || r == '(':
			depth++
		case r == '）' || r == ')':
			if depth == 0 {
				return i
			}
			depth--
		case depth == 0 && strings.ContainsRune(stops, r):
			return i
		}
	}
	return -1
}

// unitBracket: a bracket inside a list that belongs to a unit's name ("各县（市、区）政府", "各乡镇（街道）").
func unitBracket(s string) bool {
	_, rest, ok := strings.Cut(s, "）")
	if !ok {
		_, rest, ok = strings.Cut(s, ")")
	}
	return ok && len(s)-len(rest) <= len("（市、区、县）")
}

// spacedUnits joins the units of a list that spaces separate with 、: a space after a unit's last
// character, before another unit's name. What follows a space otherwise (the next paragraph of a page
// run together, "（四）纵深推进…") stays as it was, and no space after it is read.
func spacedUnits(list string) string {
	var b strings.Builder
	rest := list
	for {
		i := strings.IndexAny(rest, " \t")
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		j := i
		for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(rest[:i])
		next := rest[j:]
		if k := strings.IndexAny(next, " \t"); k >= 0 {
			next = next[:k]
		}
		next = firstItem(next)
		if i == 0 || j == len(rest) || !unitEndRune(prev) || !looksLikeUnit(next) || startsWithVerb(next) {
			b.WriteString(rest)
			return b.String()
		}
		b.WriteString(rest[:i])
		b.WriteString("、")
		rest = rest[j:]
	}
}

// firstItem is a list's first item: up to its first 、 or comma outside brackets.
func firstItem(s string) string {
	if i := outsideBrackets(s, "、，,"); i >= 0 {
		return s[:i]
	}
	return s
}

// unitEndRune is a character a unit's name ends with.
func unitEndRune(r rune) bool {
	return strings.ContainsRune("局委办府院会门队司心所站社部厅室处组行校馆台）)区县镇乡道村馆团", r)
}

// spacedOrdinal is an item's ordinal in brackets with spaces inside them: "（ 一）", "( 2 )".
var spacedOrdinal = mustCompile(`[（(][ \t\x{3000}]*(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \t\x{3000}]*[)）]`)

func (p *parser) cleanLines(text string) []string {
	if strings.Contains(text, "<br") || strings.Contains(text, "<BR") {
		text = cellBreaks(text)
	}
	text = stripMarkup(text)
	if hasToneMark(text) {
		text = pinyinNote.ReplaceAllString(text, "")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.ReplaceAll(text, "\f", "\n")
	text = foldWidth(text)
	// A table's header and rows run together on one line, before a spaced-out date ("12月 2 实施")
	// would swallow a row's number.
	if strings.Contains(text, "序号 ") {
		text = strings.Join(spacedRuns(strings.Split(text, "\n")), "\n")
	}
	// "10 月 31 日 前": a date the page spaced out is a date, before spaces are read as breaks.
	if strings.Contains(text, " 月") || strings.Contains(text, "月 ") || strings.Contains(text, " 日") {
		text = closeDateSpaces(text)
	}
	// A note in full-width square brackets is one in black ones: "［责任单位：县自然资源局］".
	if anyRune(text, "［］") {
		text = squareNote.ReplaceAllStringFunc(text, func(m string) string {
			if squareYear.MatchString(m) {
				return m // a document number's year: 某府办发［2025］12号
			}
			return "【" + strings.TrimSuffix(strings.TrimPrefix(m, "［"), "］") + "】"
		})
	}
	// A label in black brackets ("【牵头单位】市发改委【配合单位】市财政局") is the label and its colon.
	// A label after a list of units is a new list: "【牵头】市农业农村局 【配合】市水利局" is
	// "牵头：市农业农村局；配合：市水利局".
	if anyRune(text, "】]") {
		text = labelsInBrackets(text)
	}
	// A label of units and its list with a space between and no colon ("牵头单位 县发改委", a two-column
	// card of label and value flattened; "（牵头单位 县商务局  配合单位 县市场监管局）") is the label and
	// its colon.
	if strings.ContainsAny(text, " \t\u3000") && (strings.Contains(text, "单位") || strings.Contains(text, "部门")) {
		text = colonSpacedLabels(text)
	}
	// A label with its colon after spaces ("主责：市农业农村局　协同：市公安局") opens a new list, as after
	// a semicolon; a lead marker before spaces and a unit ("市城市管理局牵头 市应急管理局…配合") ends
	// its clause, as before a comma.
	if anyRune(text, " \u3000") {
		text = spacedMarkers(text)
	}
	// Units a label lists with spaces between them ("责任单位：市商务局 市文化广电旅游局",
	// "主责单位  县教育体育局") are a list, before spaces inside Chinese text go.
	if strings.Contains(text, "单位") || strings.Contains(text, "部门") {
		text = spacedLabelLists(text)
	}
	// "市教育局〔牵头〕": the role marker in another kind of bracket.
	if strings.Contains(text, "〔牵头〕") || strings.Contains(text, "[牵头]") {
		text = strings.NewReplacer("〔牵头〕", "（牵头）", "[牵头]", "（牵头）").Replace(text)
	}
	// A label said with 为 ("责任单位为市交通运输局，配合单位为市公安局") is the label and its colon.
	if strings.Contains(text, "单位为") || strings.Contains(text, "部门为") { // the pattern is slow on long texts
		text = labelSaidWithWei.ReplaceAllString(text, "$1：$2")
	}
	// A combined label ("牵头单位/配合单位：X/Y、Z", "牵头单位（配合单位）：X（Y）") is two labels, each with
	// its share of the list.
	if mayCombineLabels(text) {
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			if mayCombineLabels(l) {
				lines[i] = splitCombinedLabels(l)
			}
		}
		text = strings.Join(lines, "\n")
	}
	// "（ 一）强化组织领导": an ordinal the page spaced out inside its brackets is the ordinal.
	if strings.Contains(text, "( ") || strings.Contains(text, "（ ") || strings.Contains(text, " )") || strings.Contains(text, " ）") || strings.Contains(text, "\u3000") {
		text = spacedOrdinal.ReplaceAllStringFunc(text, func(m string) string {
			return strings.Map(func(r rune) rune {
				if r == ' ' || r == '\t' || r == '\u3000' {
					return -1
				}
				return r
			}, m)
		})
	}
	// Angle brackets for brackets inside brackets: "(市教育局,各县<市、区>人民政府)".
	if strings.Contains(text, "<") {
		text = angleGroup.ReplaceAllString(text, "（$1）")
	}
	// ㈠…㈩ are U+3220–3229, ⑴…⑽ U+2474–247D and ⒈…⒛ U+2488–249B: their first two bytes find them
	// cheaply.
	if (strings.Contains(text, "\xe3\x88") || strings.Contains(text, "\xe2\x91") || strings.Contains(text, "\xe2\x92")) && strings.ContainsAny(text, "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛") {
		text = enclosedMarkers.Replace(text)
	}
	var out []string
	raws := strings.Split(text, "\n")
	// Tables drawn with ASCII (+----+) are left to the piped reader: a dump draws no rule between its
	// rows, which boxRows would join into one.
	if anyRune(text, "│┃║") {
		raws = boxRows(raws)
	}
	if blankSeparated(raws) {
		raws = joinUnitCells(raws)
	}
	if strings.Contains(text, "职责") {
		raws = dutyTableRows(raws)
	}
	if strings.Contains(text, "年") {
		raws = quantityRows(raws)
	}
	if strings.Count(text, "|\n") >= 6 {
		raws = openCells(raws)
	}
	if strings.Count(text, "\t") >= 4 {
		raws = tabCells(raws)
	}
	if strings.Contains(text, "更多") {
		raws = cutAtMoreLink(raws)
	}
	var spaced *spacedTable
	headerSeen := false      // a table's header line: rows after it are its rows
	lastRaw := len(raws) - 1 // the text's last line that is not blank
	for lastRaw > 0 && strings.TrimSpace(strings.TrimRight(raws[lastRaw], "|｜ \t")) == "" {
		lastRaw--
	}
	for i := 0; i < len(raws); i++ {
		raw := strings.TrimSpace(strings.TrimRight(raws[i], "|｜ \t"))
		if raw == "" {
			continue
		}
		// A table whose cells are separated by spaces is read while its spaces are still there.
		if spaced != nil {
			spaced.atEnd = i == lastRaw
			rows, ok := spaced.line(raw, strings.TrimRight(raws[i], "\r"))
			for _, r := range rows {
				out = appendClean(out, r)
			}
			if ok {
				continue
			}
			spaced = nil
		} else if strings.IndexByte(raw, ' ') > 0 {
			if t, n := spacedHeader(raws, i); t != nil {
				spaced = t
				out = append(out, t.headerLine())
				i += n - 1
				continue
			}
			if head, row, ok := headerThenRow(raw); ok {
				// "序号 类别 主要任务 牵头单位 责任单位 4 水污染防治 …": a table flattened onto one line.
				if t, _ := spacedHeader([]string{head}, 0); t != nil {
					spaced = t
					out = append(out, t.headerLine())
					rows, _ := t.line(row, "")
					for _, r := range rows {
						out = appendClean(out, r)
					}
					continue
				}
			}
		}
		if spaced == nil && !headerSeen && anyRune(raw, " \u3000") {
			if item, ok := spacedHeaderlessRow(raw); ok {
				raw = item
			}
		}
		if joined, ok := signersSideBySide(raw, raws[i+1:]); ok {
			raw = joined
		}
		if strings.Contains(raw, "_") {
			raw = dropSpam(raw)
		}
		if strings.Contains(raw, " 微") || strings.Contains(raw, " QQ") || strings.Contains(raw, " 分享") {
			raw = shareWidgets.ReplaceAllString(raw, " ")
		}
		if !headerSeen && (strings.IndexByte(raw, '\t') >= 0 || anyRune(raw, "|｜") || strings.Contains(raw, "序号")) {
			if h, _ := pipedHeader(raw); h != nil || strings.Contains(raw, "序号") {
				headerSeen = true
			} else if item, ok := headerlessRow(raw); ok {
				raw = item
			}
		}
		if rows, ok := gluedRows(raw); ok {
			for i, r := range rows {
				if i == 0 && !strings.Contains(r, "｜") {
					out = appendParas(out, r) // the page before the table
					continue
				}
				out = appendClean(out, r)
			}
			continue
		}
		out = appendParas(out, raw)
	}
	if spaced != nil {
		for _, r := range spaced.flush() {
			out = appendClean(out, r)
		}
	}
	return out
}

// moreLink is a page's "more" link on a line of its own ("更多", "更多>>", "查看更多"): it closes a box of
// links or figures the page sets beside the document.
var moreLink = mustCompile(`^(?:查看)?更多\s*(?:>>|》|>|»|\+)?$`)

// bodyOpened is a line that opens a part of a plan's body: "一、", "（一）", "1.".
var bodyOpened = mustCompile(`^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．]\p{Han})`)

// cutAtMoreLink drops what follows a "more" link (moreLink) after a plan's body has opened, when no
// unit is given work there: the boxes of news, price figures and other policies a page sets after the
// document ("更多 / 近期热点政策法规 / 1惠州市…办法") are no part of it.
func cutAtMoreLink(raws []string) []string {
	opened := false
	for i, r := range raws {
		l := strings.TrimSpace(r)
		if !opened {
			opened = bodyOpened.MatchString(l)
			continue
		}
		if !moreLink.MatchString(l) {
			continue
		}
		rest := strings.Join(raws[i+1:], "\n")
		if strings.Contains(rest, "牵头") || strings.Contains(rest, "责任单位") || strings.Contains(rest, "责任部门") || strings.Contains(rest, "配合") {
			return raws
		}
		return raws[:i]
	}
	return raws
}

// signerGap is the gap between bodies that sign side by side: two spaces or more, a tab, an
// ideographic space.
var signerGap = mustCompile(`[ \t\x{3000}\x{00a0}]*[\t\x{3000}][ \t\x{3000}\x{00a0}]*|[ \x{00a0}]{2,}`)

// signersSideBySide reads a line of bodies that issue a plan together and sign it side by side
// above its date ("丽水市农业农村局　　　　丽水市财政局" over "2026年3月18日"), as a two-column signature
// block copies out: the bodies as a list ("丽水市农业农村局、丽水市财政局"), read as when they sign on
// lines of their own, before the gaps between Chinese words go.
func signersSideBySide(raw string, next []string) (string, bool) {
	if len(raw) > 240 || !signerGap.MatchString(raw) {
		return "", false
	}
	parts := signerGap.Split(strings.TrimSpace(raw), -1)
	if len(parts) < 2 {
		return "", false
	}
	for _, pt := range parts {
		if !IsOrgan(pt) || strings.ContainsAny(pt, " 、") {
			return "", false
		}
	}
	for k := 0; k < len(next) && k < 2; k++ {
		l := strings.TrimSpace(next[k])
		if l == "" {
			continue
		}
		m := fullDateExpr.FindStringIndex(l)
		return strings.Join(parts, "、"), m != nil && m[0] == 0 && strings.TrimSpace(l[m[1]:]) == ""
	}
	return "", false
}

// rowNumber is a row's first cell when it numbers the row: 7, （五）, 3、.
var rowNumber = mustCompile(`^(?:\d{1,3}|[（(][一二三四五六七八九十]{1,3}[)）])[.、．]?$`)

// headerlessRow reads a table's row that stands with no header line before it (a page of a table
// whose header went with the page before, a row quoted alone): "7	提升…便利化水平	推广…	××海关	市商务局
// 2025年9月30日前". Its number, then its words, then the cells that list units (the first cell of
// units responsible, a second taking part) and a cell of time, written as the numbered item with its
// note that it stands for. ok is false unless the row has a number, words and a cell of units.
func headerlessRow(raw string) (string, bool) {
	edged := strings.HasPrefix(raw, "|") || strings.HasPrefix(raw, "｜")
	cells := pipeCells(raw, edged)
	if len(cells) > 0 {
		cells[0] = strings.TrimSpace(cells[0]) // "| 8 | …": the space after the edge is no part of the number
	}
	if len(cells) < 3 || !rowNumber.MatchString(cells[0]) {
		return "", false
	}
	var words, units, times []string
	for _, c := range cells[1:] {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
		case isUnitList(c) || leadMark.MatchString(c):
			units = append(units, c)
		case timeCellWords.MatchString(c) && utf8.RuneCountInString(c) <= 16:
			times = append(times, c)
		case len(units) == 0:
			words = append(words, strings.TrimRight(c, "。；;"))
		default:
			return "", false // words after the units: not a row this reads
		}
	}
	if len(words) == 0 || len(units) == 0 || len(units) > 2 {
		return "", false
	}
	num := strings.TrimRight(cells[0], ".、．")
	if rowNumber.MatchString(num) && !strings.HasPrefix(num, "（") && !strings.HasPrefix(num, "(") {
		num += "."
	}
	note := "责任单位：" + units[0]
	if len(units) == 2 {
		note = "牵头单位：" + units[0] + "；配合单位：" + units[1]
	}
	if len(times) > 0 {
		note += "；完成时限：" + strings.Join(times, "，")
	}
	return num + strings.Join(words, "。") + "。（" + note + "）", true
}

// spacedRowNumber opens a spaced row: its number alone ("2 实施…") or glued to its words ("5.实施…").
var spacedRowNumber = mustCompile(`^(\d{1,3}[.、．]?|\d{1,2}[.．]\d{1,3}|[（(][一二三四五六七八九十]{1,3}[)）])(\p{Han}.*)?$`)

// rowPerson and rowPhone are a row's cells of a person in charge and a telephone number, between its
// unit cells and its time.
var (
	rowPerson = mustCompile(`^\p{Han}{2,3}$`)
	rowPhone  = mustCompile(`^[\d-]{7,13}$`)
)

// spacedHeaderlessRow reads a table's row that a copy flattened with spaces between its cells and that
// stands with no header before it: "2 实施老旧燃气管网更新改造 市城管局 市燃气集团、各区政府 2025年10月底",
// "5.实施老年助餐服务提质扩面，全年新建…40个 区民政局 区财政局、区市场监管局、各街道 2025年12月31日前".
// Its number, its words, then at the end the cells of units (the first responsible, the rest taking
// part) and after them only short cells (a time, a person in charge, a telephone, a cell saying none),
// written as headerlessRow writes a piped row. ok is false unless every part is there.
func spacedHeaderlessRow(raw string) (string, bool) {
	fields := strings.Fields(raw)
	if len(fields) < 3 || strings.ContainsAny(raw, "|｜\t") {
		return "", false
	}
	for _, f := range fields {
		if strings.Count(f, "（")+strings.Count(f, "(") != strings.Count(f, "）")+strings.Count(f, ")") {
			return "", false // a space inside a bracketed note: "（县商务局 县供销社按职责分工负责）"
		}
	}
	m := spacedRowNumber.FindStringSubmatch(fields[0])
	if m == nil {
		return "", false
	}
	num, words := m[1], fields[1:]
	if m[2] != "" {
		words = append([]string{m[2]}, fields[1:]...)
	}
	end := len(words)
	var times []string
	for end > 0 {
		c := words[end-1]
		switch {
		case timeCellWords.MatchString(c) && utf8.RuneCountInString(c) <= 16 && !isUnitCell(c):
			times = append([]string{c}, times...)
		case emptyCell(c) || rowPhone.MatchString(c) || (rowPerson.MatchString(c) && !isUnitCell(c) && len(times) == 0 && end < len(words)):
		default:
			goto units
		}
		end--
	}
units:
	start := end
	for start > 0 && end-start < 3 && (isUnitList(words[start-1]) || (emptyCell(words[start-1]) && start < end)) {
		start--
	}
	if start == end || start == 0 || isUnitList(words[start]) == false {
		return "", false
	}
	text := strings.Join(words[:start], "")
	if utf8.RuneCountInString(text) < 4 || isUnitList(text) || strings.Contains(text, "单位") || strings.Contains(text, "牵头") {
		return "", false
	}
	var rest []string
	for _, u := range words[start+1 : end] {
		if !emptyCell(u) {
			rest = append(rest, u)
		}
	}
	switch {
	case strings.ContainsAny(strings.TrimRight(num, ".．"), ".．"):
		num += " " // a numbered heading's row, "1.2 …"
	case !strings.HasPrefix(num, "（") && !strings.HasPrefix(num, "("):
		num = strings.TrimRight(num, ".、．") + "."
	}
	note := "责任单位：" + words[start]
	if len(rest) > 0 {
		note = "牵头单位：" + words[start] + "；配合单位：" + strings.Join(rest, "、")
	}
	if len(times) > 0 {
		note += "；完成时限：" + strings.Join(times, "，")
	}
	return num + strings.TrimRight(text, "。；;") + "。（" + note + "）", true
}

// timeCellWords are what a cell of time holds: a date, a period, a standing time.
var timeCellWords = mustCompile(`\d{1,4}\s*年|\d{1,2}\s*月|季度|上半年|下半年|年底|年内|全年|长期|持续|常态|每[年月季周]|前$`)

// spacedRuns splits a line holding a table whose header and rows ran together, cells set apart by
// spaces ("序号 重点任务 牵头单位 完成时限 1 建设… 市住建局 2025年12月 2 实施… 市城管局 …"), into the
// header's line and a line a row: a row opens at its number, the first after the header and then
// each next after the last (4, 5, 6 …).
func spacedRuns(raws []string) []string {
	var out []string
	for _, raw := range raws {
		t := strings.TrimSpace(raw)
		if !strings.HasPrefix(t, "序号 ") {
			out = append(out, raw)
			continue
		}
		fields := strings.Fields(t)
		k := 1
		for k < len(fields) && gluedColumnName.MatchString(fields[k]) {
			k++
		}
		first, err := strconv.Atoi(fields[min(k, len(fields)-1)])
		if k < 3 || k >= len(fields) || err != nil || first < 1 || first > 999 {
			out = append(out, raw)
			continue
		}
		out = append(out, strings.Join(fields[:k], " "))
		row, next := []string{fields[k]}, first+1
		rest := fields[k+1:]
		for j, f := range rest {
			// A row opens at the next number, not at a count ("2 座") or a spaced date's month ("2025 年 2 月").
			if f == strconv.Itoa(next) && len(row) > 1 && row[len(row)-1] != "年" &&
				(j+1 == len(rest) || !countAfter.MatchString(rest[j+1])) {
				out = append(out, strings.Join(row, " "))
				row, next = nil, next+1
			}
			row = append(row, f)
		}
		out = append(out, strings.Join(row, " "))
	}
	return out
}

// countAfter is the word after a number that makes it a count or a date's part, whole: 座 or 个, or
// 年/月/日 with its closing word ("2 月底"); not a row's title opening with one (人才引进工程, 年度考核).
var countAfter = mustCompile(`^(?:[座个项家处所条台辆人万亿%％]|公里|平方米|[年月日号](?:底|末|中|份|前|以前|之前|底前|内)?)$`)

// gluedColumnName is a whole column name of a header: 重点任务, 牵头单位, 完成时限.
var gluedColumnName = mustCompile(`^(?:` + gluedColumnExpr.String() + `)$`)

// blankSeparated reports whether a text sets its paragraphs (or a flattened table's cells) apart by
// blank lines, as Markdown does: most lines have a blank line after them.
func blankSeparated(raws []string) bool {
	lines, blankAfter := 0, 0
	for i, r := range raws {
		if strings.TrimSpace(r) == "" {
			continue
		}
		lines++
		if i+1 < len(raws) && strings.TrimSpace(raws[i+1]) == "" {
			blankAfter++
		}
	}
	return lines >= 20 && blankAfter*10 >= lines*7
}

// joinUnitCells joins, in a text whose cells are set apart by blank lines, the lines of one cell that
// lists units one a line ("区绿化市容局\n区房管局\n各街道办事处"): one cell, its units a list.
func joinUnitCells(raws []string) []string {
	out := make([]string, 0, len(raws))
	for i := 0; i < len(raws); i++ {
		j := i
		for j < len(raws) && cellUnitLine(raws[j]) {
			j++
		}
		if j-i >= 2 && (i == 0 || strings.TrimSpace(raws[i-1]) == "") && (j == len(raws) || strings.TrimSpace(raws[j]) == "") {
			var names []string
			for _, r := range raws[i:j] {
				r = strings.TrimSpace(r)
				if len(names) > 0 && asideLine(r) {
					names[len(names)-1] += r // "区建设管理委" over "（区水务局）": one unit's other name
					continue
				}
				names = append(names, r)
			}
			out = append(out, strings.Join(names, "、"))
			i = j - 1
			continue
		}
		out = append(out, raws[i])
	}
	return out
}

// dutyHeads are the two header cells of a table that gives each unit its duties: 单位 | 职责分工.
var (
	dutyUnitHead = mustCompile(`^(?:成员)?(?:单位|部门|责任单位|单位名称|部门名称)$`)
	dutyTextHead = mustCompile(`^(?:主要|工作|具体)?(?:职责分工|职责|职能职责|工作职责|任务分工)$`)
)

// dutyTableRows writes a flattened two-column table of duties ("单位" / "职责分工" over lines of a
// unit and lines of its duties) as one numbered line a unit, "1.区发展改革委：负责…", as a division
// of duties writes it; the rows end where a line is no unit's name.
func dutyTableRows(raws []string) []string {
	next := func(i int) int { // the next line with words
		for i < len(raws) && strings.TrimSpace(raws[i]) == "" {
			i++
		}
		return i
	}
	line := func(i int) string { return strings.TrimSpace(raws[i]) }
	for i := 0; i < len(raws); i++ {
		if !dutyUnitHead.MatchString(line(i)) {
			continue
		}
		j := next(i + 1)
		if j >= len(raws) || !dutyTextHead.MatchString(line(j)) {
			continue
		}
		start := i
		if h := prevLine(raws, i); h >= 0 && (line(h) == "序号" || line(h) == "序") {
			start = h // "序号 / 单位 / 职责分工": the rows start with their number
		}
		var rows []string
		k := next(j + 1)
		for k < len(raws) {
			u := k
			if isRowNumber(line(u)) {
				u = next(u + 1)
			}
			if u >= len(raws) || !cellUnitLine(line(u)) {
				break
			}
			d := next(u + 1)
			if d >= len(raws) || cellUnitLine(line(d)) || isRowNumber(line(d)) {
				break
			}
			duty := line(d)
			// A duty cell wrapped over lines: what follows until the next row (a number or a unit),
			// a heading or an attachment.
			k = next(d + 1)
			for n := 0; n < 4 && k < len(raws) && !cellUnitLine(line(k)) && !isRowNumber(line(k)) && !isAttachLine(line(k)); n++ {
				if lvl, _, _, _ := heading(line(k)); lvl != lvlNone {
					break
				}
				duty += line(k)
				k = next(k + 1)
			}
			rows = append(rows, fmt.Sprintf("%d.%s：%s", len(rows)+1, line(u), duty)) // numbered, as the table's rows are items
		}
		if len(rows) < 2 {
			continue
		}
		out := append(append([]string(nil), raws[:start]...), rows...)
		raws = append(out, raws[k:]...)
		i = start + len(rows) - 1
	}
	return raws
}

// prevLine is the index of the line with words before i, -1 when none.
func prevLine(raws []string, i int) int {
	for i--; i >= 0; i-- {
		if strings.TrimSpace(raws[i]) != "" {
			return i
		}
	}
	return -1
}

// asideLine: a line that is all one bracket, "（区水务局）".
func asideLine(l string) bool {
	return (strings.HasPrefix(l, "（") || strings.HasPrefix(l, "(")) && (strings.HasSuffix(l, "）") || strings.HasSuffix(l, ")")) &&
		strings.Count(l, "（")+strings.Count(l, "(") == 1
}

// cellUnitLine: a line that is one unit's name alone.
func cellUnitLine(l string) bool {
	l = strings.TrimSpace(l)
	return l != "" && !runesAtLeast(l, 21) && !strings.ContainsAny(l, "，,。；;：:、") && looksLikeUnit(l)
}

// appendParas appends a line's paragraphs: a long line holding several is split before markers and
// after sentence ends (not a table's row, whose cells hold sentences), by the spaces between them or,
// when nothing stands between them, before their markers (breakRunIn).
func appendParas(out []string, raw string) []string {
	if m := titleRunIn.FindStringSubmatchIndex(raw); m != nil {
		// "第1页共8页深化医药卫生体制改革实施方案一、加快推进…": a page run together, its title glued
		// between the page's number and the first heading; the title is a line of its own.
		out = appendClean(out, raw[m[2]:m[3]])
		raw = raw[m[3]:]
	}
	if runesAtLeast(raw, 81) && strings.ContainsAny(raw, " \t") && !pipedRow.MatchString(raw) && !cellsRow(raw) {
		raw = breakAfterSentences(breakBeforeParas(raw))
		if strings.Contains(raw, "单位") || strings.Contains(raw, "部门") {
			raw = breakAfterNotes(raw)
		}
	}
	if runesAtLeast(raw, 400) && !pipedRow.MatchString(raw) && !cellsRow(raw) {
		raw = breakRunIn(raw)
	}
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(strings.TrimRight(line, "|｜"))
		if head, body, ok := splitHeadingSpace(line); ok && !cellsRow(line) {
			out = appendClean(out, head)
			line = body
		}
		out = appendClean(out, line)
	}
	return out
}

// noteRoleEnd is the role word that closes a responsibility label's list: "责任单位：区农村发展局牵头，
// 区环境与国土资源局等参与".
var noteRoleEnd = mustCompile(`(?:牵头|参与|参加|配合|负责|落实|协助|协办)$`)

// breakAfterNotes puts a line break for the spaces after a responsibility label's list that closes its
// paragraph ("责任单位：区农村发展局牵头，区环境与国土资源局等参与 鼓励农民增施有机肥，…。"), when a
// paragraph with no number of its own follows in the same run-together line: the next paragraph of
// the item, not more of the list, or a page's furniture. The list is short, has no sentence end and
// ends in a role word.
func breakAfterNotes(s string) string {
	return breakSpaceRuns(s, func(start, end int) (int, bool) {
		line := s[strings.LastIndexByte(s[:start], '\n')+1 : start]
		if !noteRoleEnd.MatchString(line) || runesAtLeast(line, 101) || strings.ContainsAny(line, "。；;") || !isRespLine(line) {
			return 0, false
		}
		next := s[end:]
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		// A page's furniture after the last note ("…等参与 附件下载") is no more of the list either.
		furniture := junkLine(next) && !runesAtLeast(next, 21)
		if r, _ := utf8.DecodeRuneInString(next); !furniture && (!unicode.Is(unicode.Han, r) || !strings.Contains(next, "。")) {
			return 0, false
		}
		return 0, true
	})
}

// titleRunIn is a plan's title run into its first heading at a line's start, maybe after the page's
// number: "第1页共8页深化医药卫生体制改革实施方案一、加快推进…".
var titleRunIn = mustCompile(`^(?:第\s*\d{1,3}\s*页\s*共\s*\d{1,3}\s*页)?(\p{Han}[^，,。；;：:、\s]{3,40}?(?:实施方案|工作方案|行动方案|方案|实施意见|意见|行动计划|计划|办法|细则|措施|工作要点|要点))(?:一、|（一）|\(一\))`)

// cellsRow: a line of three cells or more separated by | or ｜, though its first cell has none before
// it ("四、教育文化 | 14.改扩建学校 | …").
func cellsRow(l string) bool {
	return strings.Count(l, "|")+strings.Count(l, "｜") >= 3
}

// markupBreak and markupTag find HTML left in a text (a page's source pasted as text, a database
// dump): block ends become line breaks, other tags go.
var (
	markupBreak = mustCompile(`(?i)<br\s*/?>|</(?:p|div|li|tr|h[1-6]|table)>|<(?:p|div|li|tr|h[1-6])(?:\s[^>]*)?>`)
	markupTag   = mustCompile(`(?i)</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>`)
	markupChars = strings.NewReplacer("&nbsp;", " ", "&ldquo;", "“", "&rdquo;", "”", "&lsquo;", "‘", "&rsquo;", "’", "&mdash;", "—", "&hellip;", "…", "&middot;", "·", "&quot;", "\"", "&lt;", "<", "&gt;", ">", "&amp;", "&")
)

// cellBreak is a line break inside a Markdown table's cell: <br>, <br/>, <br />, <BR>.
var cellBreak = mustCompile(`(?i)<br\s*/?>`)

// LineBreaks writes each cell break of s (<br>, <br/>, <BR> …) as a new line: the one reading of the
// tag, for ingest's Markdown cells as for the parser's rows.
func LineBreaks(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return cellBreak.ReplaceAllString(s, "\n")
}

// cellBreaks joins the lines of each cell of a Markdown table's rows: units one a line ("县医保局<br>
// 县财政局") are a list, the lines of words one text.
func cellBreaks(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.Count(l, "|") < 2 || !cellBreak.MatchString(l) {
			continue
		}
		var b strings.Builder
		last := 0
		for _, m := range cellBreak.FindAllStringIndex(l, -1) {
			before := l[last:m[0]]
			b.WriteString(before)
			if k := strings.LastIndex(before, "|"); k >= 0 {
				before = before[k+1:]
			}
			if k := strings.LastIndex(before, "、"); k >= 0 {
				before = before[k+len("、"):]
			}
			if looksLikeUnit(strings.TrimSpace(before)) {
				b.WriteString("、")
			}
			last = m[1]
		}
		b.WriteString(l[last:])
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

// stripMarkup turns a text holding HTML tags into plain lines; a text without tags is returned as it is.
func stripMarkup(text string) string {
	if !strings.Contains(text, "<") || len(markupTag.FindAllStringIndex(text, 3)) < 3 {
		return text
	}
	text = markupBreak.ReplaceAllString(text, "\n")
	text = markupTag.ReplaceAllString(text, "")
	return markupChars.Replace(text)
}

// appendClean removes spaces inside Chinese text and keeps the line unless it is junk.
func appendClean(out []string, line string) []string {
	if strings.HasPrefix(strings.TrimSpace(line), "[") {
		line = unbracketLabels(line) // "[ 效力状态 ] | 有效 |": a page's field, read as its label
	}
	if strings.IndexByte(line, ' ') >= 0 || strings.IndexByte(line, '\t') >= 0 {
		line = spacedCells(line)
	}
	for i := 0; i < 2 && spaceRunBetween(line, cjkSpaceSide, cjkSpaceSide); i++ { // overlapping matches need a second pass
		line = dropCJKSpaces(line)
	}
	line = strings.TrimSpace(line)
	if t := portalTag.ReplaceAllString(line, ""); t != line && titleLike(t) && (titleEndExpr.MatchString(t) || strings.Contains(t, "关于")) {
		line = t // "【政策文件】平阳县2024年…工作方案": the portal's tag, then the title
	}
	if line == "" || junkLine(line) || isPunctOnly(line) && line != "/" && line != "／" {
		return out // a lone slash stays: an empty cell of a table flattened one cell a line
	}
	if strings.Contains(line, "——") || strings.Contains(line, "－－") || strings.Contains(line, "--") {
		if m := dashNote.FindStringSubmatch(line); m != nil && (hasRespWord(m[2]) || strings.HasSuffix(m[1], "。") && isUnitList(m[2])) {
			line = m[1] + "（" + m[2] + "）"
		}
	}
	if strings.HasSuffix(line, "）") || strings.HasSuffix(line, "】") {
		line = dateNoteFirst(line)
	}
	return append(out, line)
}

// spacedCells reads the cells of a piped table row whose units spaces separate ("烟花爆竹 | 1月份 | 安监站 安监所 |")
// as spacedUnits reads a label's list, before dropCJKSpaces joins the words a page spaced apart.
func spacedCells(line string) string {
	if !strings.ContainsAny(line, "|｜") {
		return line
	}
	var b strings.Builder
	last := 0
	for _, m := range pipeSep.FindAllStringIndex(line+"|", -1) {
		cell := line[last:min(m[0], len(line))]
		if t := strings.TrimSpace(cell); strings.ContainsAny(t, " \t") && looksLikeUnit(firstWord(t)) {
			cell = strings.Replace(cell, t, spacedUnits(t), 1)
		}
		b.WriteString(cell)
		if m[0] < len(line) {
			b.WriteString(line[m[0]:m[1]])
		}
		last = m[1]
	}
	return b.String()
}

// pipeSep separates a piped row's cells.
var pipeSep = mustCompile(`[|｜]`)

// firstWord is s up to its first space.
func firstWord(s string) string {
	if k := strings.IndexAny(s, " \t"); k >= 0 {
		return s[:k]
	}
	return s
}

// twoNotes is a line ending with two notes in brackets: "…。（县自然资源局）（2025年底前）".
var twoNotes = mustCompile(`([（【][^（）【】]{2,60}[）】])\s*([（【][^（）【】]{2,24}[）】])$`)

// dateNoteFirst puts a last note that only gives a date before the note of units it follows, so that
// the units' note is the line's last, where notes are read: "（县自然资源局）（2025年底前）",
// "【牵头单位：县自然资源局】【2025年底前】".
func dateNoteFirst(line string) string {
	m := twoNotes.FindStringSubmatchIndex(line)
	if m == nil {
		return line
	}
	units, date := line[m[2]:m[3]], line[m[4]:m[5]]
	inner := strings.Trim(date, "（）【】 ")
	if len(ParseDeadlines(inner)) == 0 || utf8.RuneCountInString(dateWordsOut.ReplaceAllString(inner, "")) > 4 {
		return line // a note of words, not a date's alone
	}
	return line[:m[2]] + date + units
}

// dateWordsOut are a date note's own words, taken out to see whether anything else is in it.
var dateWordsOut = mustCompile(`(?:19|20)\d{2}\s*年|\d{1,2}\s*月|\d{1,2}\s*[日号]|[底末前内中]|上半年|下半年|季度|第[一二三四]|完成|以前|之前|力争|确保|时限|完成时间|[:：]`)

// dashNote is a note after a double dash at a line's end, which reads as one in brackets:
// "…总分馆制建设——责任单位：市文化广电旅游局", "…水平——县水利局牵头负责". A single dash is a span's
// (2023—2025年).
var dashNote = mustCompile(`^(.*[^\s—－-])\s*(?:——|－－|--)\s*([^—－\-。（）()]{2,80})$`)

// splitHeadingSpace splits "1.优先发展现代物流和专业市场 积极整合相关资源。…" into its heading and
// the paragraph after it, when a run-together page put them on one line with a space between.
func splitHeadingSpace(line string) (head, body string, ok bool) {
	if !strings.ContainsAny(line, " \t") {
		return "", "", false
	}
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
	if n < 2 || n > 40 || strings.ContainsAny(title, "。；;") || !hasHan(title) || strings.ContainsAny(title, "，,") && !pairedTitle(title) {
		return "", "", false
	}
	tail := strings.TrimSpace(rest[i:])
	if utf8.RuneCountInString(tail) < 8 || !hasHan(tail) {
		return "", "", false
	}
	// A figure after the space goes on the sentence, which a PDF spaced around it: "4.安排 9000 万元资金".
	if r, _ := utf8.DecodeRuneInString(tail); unicode.IsDigit(r) {
		return "", "", false
	}
	return marker + title, tail, true
}

// pairedTitle reports whether a title with a comma is two short phrases, as items' titles are written
// ("加强组织领导，落实政府责任", "落实“一岗双责”，注重部门协作"), not a sentence cut at a space: at most
// two commas, each phrase 2 to 12 characters, no figure.
func pairedTitle(title string) bool {
	parts := strings.FieldsFunc(title, func(r rune) bool { return r == '，' || r == ',' })
	if len(parts) < 2 || len(parts) > 3 || strings.ContainsAny(title, "0123456789０１２３４５６７８９") {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n < 2 || n > 12 {
			return false
		}
	}
	return true
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
	docNumberExpr = mustCompile(`[\p{Han}]{1,10}\s?[〔﹝\[［【(（]((?:19|20)\d{2})[〕﹞\]］】)）]\s?第?\d{1,4}[ \t]?号`)
	// pinyinNote is a reading printed after a character on some pages: "经（jīng）".
	pinyinNote = mustCompile(`[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüA-Z]{1,8}[)）]`)
	issuerExpr = mustCompile(`^([\p{Han}]{2,15}?)(?:人民政府|政府办公室|政府办公厅|委员会|办公室|办公厅)`)
	// consultExpr is a letter asking for comments on a draft plan: 关于征求《X》意见的函.
	consultExpr = mustCompile(`关于征求[《“"]((?:[^《》]|〈[^〉]*〉){4,80})[》”"](?:的)?(?:修改)?意见(?:建议)?的(?:函|通知)`)
	noticeExpr  = mustCompile(`关于印发[《“"]?(.+?)[》”"]?的通知`)
	// titleEndExpr ends a title, with up to two notes in brackets: its period, and a draft's or a
	// trial's mark after it ("…三年行动方案（2025—2027年）（征求意见稿）").
	titleEndExpr = mustCompile(`(方案|意见|计划|规划|办法|细则|措施|清单|要点|情况表|分工表|任务表|进度表|一览表|明细表|汇总表|计划表|安排表|责任表|分解表|台账|谋划表|项目表|推进表|工作表|目标表|督办表|指标表|评分表|时间表|考核表|任务书|责任书|指引|攻坚行动|专项行动|提升行动)(?:[（(][^）)]*[）)]){0,2}$`)
	// titleLabel is a database's label before a title: "名称: …", "标题：…".
	titleLabel = mustCompile(`^\s*[-*•·]?\s*(?:名称|标题|文件名称|文件标题|中文名|中文名称|全称)\s*[:：]\s*`)
	// docNumberLead is a document number printed before a title on one line.
	docNumberLead = mustCompile(`^[\p{Han}]{1,10}[〔﹝\[［【(（](?:19|20)\d{2}[〕﹞\]］】)）]第?\d{1,4}号\s*`)
	// embeddedTitle finds a plan's title inside a longer line.
	embeddedTitle = mustCompile(`关于[^'"“”。，,；;：:]{2,60}?(?:实施方案|工作方案|行动方案|实施意见|意见|方案|计划|规划|要点)`)
	cityExpr      = mustCompile(`^([\p{Han}]{2,4}?[省市])(?:([\p{Han}]{1,4}?[区县市旗]))?`)
	labelDateExpr = mustCompile(`(?:成文日期|发文日期|印发日期|颁布日期|颁布时间|印发时间)[:：]?\s*(?:[|｜]\s*)?([^\s|｜]+)`)
	// labelMadeExpr is the day a page's record of the document was made ("生成日期", "公文生成日期"): the
	// issue date when the text is signed with none.
	labelMadeExpr = mustCompile(`生成日期[:：]?\s*(?:[|｜]\s*)?([^\s|｜]+)`)
	// labelPubExpr is the day a page was published: near the issue date, used for its year only.
	// pageTimeExpr is a page's bare time stamp, a day and a clock time: "时间:2025-02-07 10:04".
	pageTimeExpr = mustCompile(`^\s*(?:时间|发表时间|更新时间)\s*[:：]\s*((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})\s+\d{1,2}:\d{2}`)
	labelPubExpr = mustCompile(`(?:发布日期|发布时间|公开日期)[:：]?\s*(?:[|｜]\s*)?([^\s|｜]+)`)
	// pageDateExpr is a page's header line that dates it with a bare 日期 beside its source: " 日期 :
	// 2025-02-27  文章来源 : 政府办": the day it was published.
	pageDateExpr = mustCompile(`^\s*日期\s*[:：]\s*((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})\s+(?:文章|信息)?来源\s*[:：]`)
	// startYearExpr is the year a plan says it starts: "2012年起".
	startYearExpr = mustCompile(`((?:19|20)\d{2})\s*年起`)
	// forwardedExpr is the sentence a notice forwards its plan with: "《X》已经省政府同意，现印发给你们".
	forwardedExpr = mustCompile(`^[　\s]*(?:现将)?《((?:[^《》]|〈[^〉]*〉){4,80})》(?:已经|经)?[^。]{0,30}(?:印发给你们|印发)`)
	// noticeShortExpr is a notice's title without 关于: "省政府印发2020年…责任分解通知".
	// forwardedMidExpr is that sentence after other words: "…,经市政府同意,现将《X》印发给你们".
	forwardedMidExpr = mustCompile(`现将\s*《((?:[^《》]|〈[^〉]*〉){4,80})》(?:已经|经)?[^。]{0,30}(?:印发给你们|印发)`)
	noticeShortExpr  = mustCompile(`印发[《“"]?(.{4,60}?)[》”"]?的?通知$`)
	titleNextLabel   = mustCompile(`\s*(?:文号|发文字号|索引号|发布日期|成文日期|发布机构)\s*[:：]`)
	tableTitleExpr   = mustCompile(`(?m)^\s*(?:文件名称|文件标题|标题|名称)\s*[|｜]\s*([^|｜\n]{4,100}?)\s*[|｜]`)
	labelNumExpr     = mustCompile(`(?:文件编号|文[ \t\x{3000}]*号|发文字号)(?:\s*[:：]\s*|\s+)(?:[|｜]\s*)?(\p{Han}\S*?\d+[ \t]?号)`)
)

// afterNumber is each place the notice prints the plan's own number with what follows it, up to 40
// characters ("闽岚综实管办〔2014〕169号 平潭综合实验区管委会办公室 印发…": its issuer), leaving out a
// page's labels ("文号: …").
func afterNumber(raw, number string) []string {
	if number == "" {
		return nil
	}
	var out []string
	for from := 0; len(out) < 4; {
		i := strings.Index(raw[from:], number)
		if i < 0 {
			break
		}
		i += from
		from = i + len(number)
		if numberLabelBefore.MatchString(raw[max(0, i-40):i]) {
			continue
		}
		rs := []rune(raw[i:])
		out = append(out, string(rs[:min(len(rs), 40)]))
	}
	return out
}

// numberLabelBefore is a page's label for the number, just before it: "文号: ", "发文字号：".
var numberLabelBefore = mustCompile(`(?:文件编号|文[ \t\x{3000}]*号|字号)\s*[:：]?[\s|｜]*$`)

// pageFieldLabel is a field's label in square brackets, its characters perhaps spaced, before its
// value's cell: "[ 名 称 ] |", "[索引号] |".
var pageFieldLabel = mustCompile(`\[\s*((?:\p{Han}\s*){2,6})\]\s*[|｜]\s*`)

// unbracketLabels writes each bracketed label of a page's table of fields as "label：".
func unbracketLabels(s string) string {
	return pageFieldLabel.ReplaceAllStringFunc(s, func(m string) string {
		inner := pageFieldLabel.FindStringSubmatch(m)[1]
		return strings.Join(strings.Fields(inner), "") + "："
	})
}

// readMeta fills title, place, number and issue date from the raw text (labels included).
func (p *parser) readMeta(raw string, lines []string) {
	d := p.doc
	if strings.Contains(raw, "[") {
		// A government page's table of fields writes each label in brackets, spaced: "[ 发文日期 ] |
		// 2025-02-28 |", "[ 名 称 ] | …的通知 |". They are read as the labels they are.
		raw = unbracketLabels(raw)
		head := make([]string, 0, min(len(lines), 40))
		for _, l := range lines[:min(len(lines), 40)] {
			head = append(head, unbracketLabels(l))
		}
		lines = append(head, lines[len(head):]...)
	}
	p.readLabels(raw)
	head := titleLines(lines)
	var issuerLine string
	d.Title, issuerLine = findTitle(head)
	if t := titleLabel.ReplaceAllString(d.Title, ""); t != d.Title {
		// "名称：靖政发〔2025〕17号 靖边县人民政府关于…的通知": the field may print the number first.
		d.Title = strings.Trim(docNumberLead.ReplaceAllString(t, ""), " |｜")
	}
	if k := titleNextLabel.FindStringIndex(d.Title); k != nil && k[0] > 0 {
		// "名称: 泾县人民政府关于…的通知 文号: 泾政〔2023〕1号": the page's next label ends the title.
		d.Title = strings.TrimSpace(d.Title[:k[0]])
	}
	if m := tableTitleExpr.FindStringSubmatch(raw[:min(len(raw), 4000)]); d.Title == "" && m != nil {
		// A page's table of fields: "文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 |".
		d.Title = strings.TrimSpace(m[1])
	}
	if d.Number == "" {
		d.Number = findNumber(head)
	}
	// "…实施意见(池政〔2017〕101号)": a page's title that carries the number after the name.
	for _, br := range [][2]string{{"(", ")"}, {"（", "）"}} {
		if t, ok := strings.CutSuffix(d.Title, br[0]+d.Number+br[1]); ok && d.Number != "" && t != "" {
			d.Title = strings.TrimSpace(t)
		}
	}
	if day, organ := findSignature(head); d.Issued.IsZero() || d.Issuer == "" {
		if d.Issued.IsZero() {
			d.Issued = day
		}
		d.Issuer = sealMark.ReplaceAllString(organ, "") // "…联席会议（代章）" signs as the body
	}
	if y := d.Year(); d.Issued.IsZero() && !p.made.IsZero() && (y == 0 || y == p.made.Year) {
		// No date labelled or signed: the day the page's record was made, unless the document
		// number or title says another year (a 〔2024〕 plan recorded in January 2025).
		d.Issued = p.made
	}
	if organLabel.MatchString(p.issuerLabel) && (d.Issuer == "" || len(p.issuerLabel) > len(d.Issuer) && strings.HasSuffix(p.issuerLabel, d.Issuer) && labelPlace(p.issuerLabel) != "") {
		// No signature: the page's label names who issued it ("发布单位: 上海市奉贤区文化和旅游局"); or
		// it names the signer with its place ("【制定机关】武汉市人民政府办公厅" for 市人民政府办公厅).
		d.Issuer = p.issuerLabel
	}
	if who := titleOrgan(head); who != "" && d.Issuer == p.issuerLabel && shortFor(d.Issuer, who) {
		// The page's label shortens who issued it ("发布机构 | 政府办") and the notice's own title
		// names it whole ("区人民政府办公室关于印发…的通知"): the title's name.
		d.Issuer = who
	}
	if d.Issuer == "" || p.issuerSource && d.Issuer == p.issuerLabel {
		// A news page on the plan: "近日，宁波市人民政府办公厅印发通知，公布《…清单》" names who issued it;
		// its 来源 label names who wrote the article.
		if m := issuedBySentence.FindStringSubmatch(raw[:min(len(raw), 3000)]); m != nil {
			d.Issuer = m[1]
		} else if who := forwardingIssuer(head); who != "" {
			d.Issuer = who
		}
	}
	if d.Issued.IsZero() && d.Title != "" {
		// A news page's report of the plan's issue: "2021年5月26日,…县人民政府办公室印发了《X》".
		for _, m := range issuedOnSentence.FindAllStringSubmatch(raw[:min(len(raw), 3000)], 3) {
			if day, ok := ParseFullDate(m[1]); ok && strings.Contains(m[2], d.Title) {
				d.Issued = day
				break
			}
		}
	}
	// Where the plan belongs: its issuer, else its document number, else the places it names.
	d.City = p.placePlan(append(append([]string{issuerLine, d.Title}, head...), afterNumber(raw, d.Number)...), lines)
	if d.City == "" {
		// A text that names no place of its own (an excerpt) may be filed under one: "内江市就业意见.docx".
		if place := openingPlace(filepath.Base(d.Source)); place != "" {
			d.City = asCity(fullPlace(place, mentioned(lines)))
			d.Warnings = append(d.Warnings, "the text names no place: "+d.City+" is taken from the file's name")
		}
	}
	d.Province, d.Level = ProvinceOf(d.City), PlaceLevel(d.City)
}

// titleOrganExpr is a notice's title that opens with the office or government issuing it, after its
// number if the line gives it first: "江政办〔2020〕2号 区人民政府办公室关于印发…的通知".
var titleOrganExpr = mustCompile(`^\s*(?:\p{Han}{1,6}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号\s*)?(\p{Han}{0,12}?(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|办公厅|办公室))关于(?:印发|转发|批转)`)

// titleOrgan is the organ a notice's title in the head says issues it, "" when none does.
func titleOrgan(head []string) string {
	for _, l := range head[:min(len(head), 8)] {
		if !strings.Contains(l, "关于") {
			continue
		}
		if m := titleOrganExpr.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return ""
}

// shortFor reports whether short is a shortening of full: shorter, and its characters all in full, in
// the same order ("政府办" of 区人民政府办公室, "府办" of 市人民政府办公室).
func shortFor(short, full string) bool {
	s, f := []rune(short), []rune(full)
	if len(s) < 2 || len(s) >= len(f) {
		return false
	}
	i := 0
	for _, r := range f {
		if i < len(s) && r == s[i] {
			i++
		}
	}
	return i == len(s)
}

// organLabel is an issuer label that names an organ (a bureau, a government, its office), not a
// website or a newspaper.
var organLabel = mustCompile(`(?:局|委|办|政府|办公室|办公厅|厅|委员会|管委会|管理局|人民政府)$`)

// bareLabel is a page's label alone on its line, its value on the next: "- 发布:", "时间：", "发布日期：｜".
var bareLabel = mustCompile(`^\s*[-*•·]?\s*(发布机构|发布单位|发文机关|发文单位|发布|来源|发布时间|发布日期|成文日期|时间|文号)\s*[:：]\s*[|｜]?\s*$`)

// labelNames are the words a label alone stands for: "发布:" names the issuer, "时间:" the day.
var labelNames = map[string]string{"发布机构": "发布机构", "发布单位": "发布单位", "发文机关": "发文机关", "发文单位": "发文单位",
	"发布": "发布单位", "来源": "来源", "发布时间": "发布时间", "发布日期": "发布日期", "成文日期": "成文日期", "时间": "发布时间", "文号": "文号"}

// readLabels reads the labels a page prints at its head: 文号, 成文日期, 发布日期.
func (p *parser) readLabels(raw string) {
	d := p.doc
	mayHold := func(l string) bool {
		return strings.Contains(l, "日期") || strings.Contains(l, "号") || strings.Contains(l, "时间") || issuerLabelWords.in(l)
	}
	raw = strings.ReplaceAll(raw, "\r", "")
	// The text is folded (foldWidth) as a whole or not at all, but only the lines that may hold a
	// label are: folding changes no Chinese character, so a line without the words has none after.
	fold := needsFold(raw)
	lines := strings.Split(raw, "\n")
	for i, l := range lines {
		if m := bareLabel.FindStringSubmatch(l); m != nil {
			// "- 发布:" over "- 满城区农业农村局": a page's label with its value on the next line.
			for _, next := range lines[i+1 : min(len(lines), i+3)] {
				// "发布日期：｜" over "2022.07.15": a flattened table's cells keep their bars.
				if v := strings.TrimSpace(strings.Trim(strings.TrimSpace(next), "-*•·|｜")); v != "" {
					l = labelNames[m[1]] + ": " + v
					break
				}
			}
		}
		if !mayHold(l) {
			continue
		}
		if fold {
			l = mapWidth(l)
		}
		// Labels stand at the head of a page: a run-together page is one long line, whose labels
		// are near its start.
		if len(l) > 3000 {
			l = l[:3000]
		}
		if !mayHold(l) {
			continue
		}
		// Each pattern starts with one of its label words, which the line must hold.
		if issuerLabelWords.in(l) {
			// The first label naming a place: a page may say "发布机构:县人民政府办公室" and below it
			// "来源:华容县政府".
			if m := issuerLabel.FindStringSubmatch(l); m != nil && (p.issuerLabel == "" || labelPlace(p.issuerLabel) == "" && labelPlace(m[1]) != "") {
				p.issuerLabel = m[1]
				p.issuerSource = strings.Contains(m[0], "来源")
			}
		}
		if strings.Contains(l, "文") && strings.Contains(l, "号") { // 文号, 文    号, 文件编号, 发文字号
			if m := labelNumExpr.FindStringSubmatch(l); m != nil && d.Number == "" {
				d.Number = strings.Join(strings.Fields(m[1]), "") // "岚综管办〔2021〕105 号" as the number is
			}
		}
		if !strings.Contains(l, "日期") && !strings.Contains(l, "发布时间") && !strings.Contains(l, "颁布时间") && !strings.Contains(l, "印发时间") {
			// A news page's stamp at its head: "时间:2025-02-07 10:04" over the article.
			if m := pageTimeExpr.FindStringSubmatch(l); m != nil && i < 30 && p.published.IsZero() {
				if day, ok := ParseFullDate(m[1]); ok {
					p.published = day
				}
			}
			continue
		}
		if m := labelDateExpr.FindStringSubmatch(l); m != nil && d.Issued.IsZero() {
			if day, ok := ParseFullDate(m[1]); ok {
				d.Issued = day
			}
		}
		if m := labelMadeExpr.FindStringSubmatch(l); m != nil && p.made.IsZero() {
			if day, ok := ParseFullDate(m[1]); ok {
				p.made = day
			}
		}
		if m := labelPubExpr.FindStringSubmatch(l); m != nil && p.published.IsZero() {
			if day, ok := ParseFullDate(m[1]); ok {
				p.published = day
			}
		}
		if m := pageDateExpr.FindStringSubmatch(l); m != nil && p.published.IsZero() {
			if day, ok := ParseFullDate(m[1]); ok {
				p.published = day
			}
		}
	}
}

// titleFinders find a plan's title in the head of its text, most telling first; each returns the
// title and the line it stood on.
var titleFinders = []func(l string) string{
	// A file's name printed above its text: "17.内蒙古自治区2023年…政策清单.docx".
	func(l string) string {
		if !hasFileExt(l) {
			return ""
		}
		if m := fileNameTitle.FindStringSubmatch(l); m != nil && titleEndExpr.MatchString(m[1]) {
			return m[1]
		}
		return ""
	},
	// The plan a notice prints: "关于印发《X》的通知".
	func(l string) string {
		if m := noticeExpr.FindStringSubmatch(l); m != nil && strings.Contains(l, "关于印发") {
			return strings.Trim(m[1], "《》“”\" ")
		}
		return ""
	},
	// A draft sent out for comments: "关于征求《X》意见的函".
	func(l string) string {
		if m := consultExpr.FindStringSubmatch(l); m != nil {
			return m[1]
		}
		return ""
	},
	// The notice's own words: "《X》已经市政府同意，现印发给你们".
	func(l string) string {
		if strings.Contains(l, "》") && strings.Contains(l, "印发") {
			if m := forwardedExpr.FindStringSubmatch(l); m != nil {
				return m[1]
			}
		}
		return ""
	},
	// A notice titled without 关于: "省政府印发2020年…责任分解通知".
	func(l string) string {
		if strings.HasSuffix(l, "通知") && strings.Contains(l, "印发") && utf8.RuneCountInString(l) <= 90 && !strings.ContainsAny(l, "。，,") {
			if m := noticeShortExpr.FindStringSubmatch(l); m != nil {
				return strings.Trim(m[1], "《》“”\" ")
			}
		}
		return ""
	},
	// A line that ends like a plan's title; after a signature, the attachment it names ("…办公室
	// 2020年1月23日(此件公开发布)附件2020年…项目表").
	func(l string) string {
		if k := strings.LastIndex(l, "附件"); k > 0 && signedThenAttachment.MatchString(l[:k]) {
			l = attachmentMark.ReplaceAllString(l[k+len("附件"):], "")
		}
		if titleLike(l) && titleEndExpr.MatchString(l) {
			return strings.TrimSpace(docNumberLead.ReplaceAllString(l, ""))
		}
		return ""
	},
	// A line that says 关于.
	func(l string) string {
		if titleLike(l) && strings.Contains(l, "关于") {
			return strings.TrimSpace(docNumberLead.ReplaceAllString(l, ""))
		}
		return ""
	},
	// The notice's words after others: "…为深入贯彻落实《…》,经市政府同意,现将《X》印发给你们".
	func(l string) string {
		if m := forwardedMidExpr.FindStringSubmatch(l); m != nil {
			return m[1]
		}
		return ""
	},
}

// signedThenAttachment is a signature's day right before 附件, with the page's note between: "2020年1月
// 23日(此件公开发布)".
var signedThenAttachment = mustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（]此件[^)）]{0,12}[)）])?\s*$`)

// attachmentMark is an attachment's number and colon after 附件: "1：", "：", "二、".
var attachmentMark = mustCompile(`^\s*(?:(?:\d{1,2}|[一二三四五])(?:[：:、.．]|\s))?\s*[：:]?\s*`)

// findTitle returns the plan's title and the line it came from; a title inside a longer line (a
// database row, a breadcrumb) is the last resort, and names no line.
func findTitle(head []string) (title, line string) {
	for _, find := range titleFinders {
		for _, l := range head {
			// A notice the line cites ("根据《湖南省人民政府办公厅关于印发〈…〉的通知》") is not this one.
			if t := find(stripBasis(l)); t != "" {
				return t, l
			}
		}
	}
	for _, l := range head {
		if strings.Contains(l, "关于") {
			if m := embeddedTitle.FindString(l); m != "" {
				return m, ""
			}
		}
	}
	// A report or list titled by its year and its work, standing first ("黔东南州2023年度十件民生实事
	// 1-3月推进情况", "2024年区政府重点工作任务", "2025年政府工作报告重点工作任务分解"): one of the
	// first lines, when nothing else names the plan.
	for _, l := range head[:min(len(head), 3)] {
		if titleLike(l) && (yearWorkTitle.MatchString(l) || bulletinTitle.MatchString(l) || divisionTitle.MatchString(l) && runesAtLeast(l, 8)) {
			return strings.TrimSpace(l), l
		}
	}
	return "", ""
}

// portalTag is the tag of a portal's column a copied page opens its title with: "【政策文件】", "【通知公告】"
// (a document number's 【2010】 is no tag).
var portalTag = mustCompile(`^\s*【\p{Han}{2,8}】\s*`)

// bulletinTitle is a first line that names a bulletin on a piece of work: "11月8日市容环境综合整治
// 情况的通报", "关于第三季度安全生产督查情况通报".
var bulletinTitle = mustCompile(`\p{Han}{4,}(?:情况|问题|结果)的?通报$`)

// divisionTitle is a first line that names a division of work, with or without a year: "…重点任务分工",
// "…若干措施任务分解", "…重点工作安排", "…规划重点任务责任分工".
var divisionTitle = mustCompile(`\p{Han}{2,}(?:任务|工作|责任|职责)(?:分工|分解|安排)$`)

// yearWorkTitle is a first line that names a year and a kind of work or report.
var yearWorkTitle = mustCompile(`(?:19|20)\d{2}\s*年.*(?:情况|实事|任务|工作|指标|项目|要点|安排|分工|分解|目标)$`)

// titleLike reports whether a line could be a title on its own: not a heading, not a sentence.
func titleLike(l string) bool {
	if strings.HasPrefix(l, "附件") || listedExpr.MatchString(l) {
		return false // the list of attachments names them, it is no title
	}
	if strings.HasPrefix(l, "·") || strings.HasPrefix(l, "•") || strings.HasPrefix(l, "●") {
		return false // "·政务公开事项清单": an entry of the page's menu
	}
	n := utf8.RuneCountInString(l)
	lvl, _, _, _ := heading(l)
	return lvl == lvlNone && n >= 6 && n <= 90 && !strings.ContainsAny(l, "。；，,")
}

// findNumber returns the first document number of the head that is not a citation
// ("《…》(嘉政发〔2009〕61号)").
func findNumber(head []string) string {
	for i, l := range head {
		if !strings.Contains(l, "号") {
			continue
		}
		for _, m := range docNumberExpr.FindAllStringIndex(l, -1) {
			num := trimNumberLead(l[m[0]:m[1]])
			// "…的通知泉港政〔2026〕7号": the title's tail the match took in stands before the number.
			before := l[:m[1]-len(num)]
			if strings.Contains(before, "》") && !forwardingTitle(before) || (bracketed(before) && !ownNumber(before, l[m[1]:]) && !underTitle(head[:i], before, l[m[1]:])) {
				continue
			}
			return strings.Join(strings.Fields(num), "")
		}
	}
	return ""
}

// underTitle reports whether a number standing alone in brackets on its line follows a title line
// ("…分工方案》的通知" then "(兰政发【2010】99号)"): the notice's own number, broken onto the next line.
func underTitle(above []string, before, after string) bool {
	if len(above) == 0 || strings.Trim(before, " \t(（") != "" || strings.Trim(after, " \t)）") != "" {
		return false
	}
	t := strings.TrimSpace(above[len(above)-1])
	locs := ownTitleEnd.FindAllStringIndex(t, -1)
	return titleLike(t) && len(locs) > 0 && locs[len(locs)-1][1] == len(t)
}

func bracketed(s string) bool { return strings.HasSuffix(s, "(") || strings.HasSuffix(s, "（") }

// ownNumber reports whether the bracket a number stands in follows the notice's own title and ends
// its line ("…的通知(韶府〔2019〕31号)"), not a document it cites ("为认真执行省政府关于…的意见
// (浙政发〔2020〕5号),现将…", "根据市政府关于…的通知(成府发〔2009〕23号)精神").
func ownNumber(before, after string) bool {
	// The bracket closes the title's line: "…的通知(韶府〔2019〕31号)".
	if strings.Trim(after, " \t)）") != "" {
		return false
	}
	t := strings.TrimRight(before, "(（")
	locs := ownTitleEnd.FindAllStringIndex(t, -1)
	if len(locs) == 0 || locs[len(locs)-1][1] != len(t) {
		return false
	}
	return !citingWords.in(t)
}

// citingWords make a title one the notice cites or carries out, not its own.
var citingWords = newWordSet("根据", "按照", "依据", "贯彻", "落实", "精神", "转发")

// forwardingTitle reports whether the words before a number are a notice's own title that passes on
// a plan named in quotes, the number following it on its line: "泉港区人民政府批转区应急管理局制订的
// 《…》的通知 泉港政〔2026〕7号", "关于印发《…》的通知". A sentence citing such a notice ("根据市政府
// 转发《…》的通知精神") is not one.
func forwardingTitle(before string) bool {
	t := strings.TrimSpace(before)
	if !forwardingTitleExpr.MatchString(t) {
		return false
	}
	// A citing word stands before the plan's name ("根据…转发《…》"); the name may hold one of its own
	// ("…《政府工作报告》重点任务分解落实方案的通知").
	lead := t[:strings.Index(t, "《")]
	return !citingWords.in(strings.NewReplacer("转发", "", "批转", "").Replace(lead))
}

// forwardingTitleExpr is a notice's title passing a plan on, from the start of its line: its issuer,
// its verb (印发, 转发, 批转, 转送), the plan in quotes (or a plan whose name holds quotes: "印发2023年
// 《政府工作报告》重点任务分解落实方案的通知") and 的通知.
var forwardingTitleExpr = mustCompile(`^[^，,。；;：:《》]{0,40}?(?:印发|转发|批转|转送)[^，,。；;：:《》]{0,30}《(?:[^《》]|〈[^〉]*〉){4,80}》[^，,。；;：:《》\s]{0,30}?的?(?:通知|决定)$`)

// trimNumberLead drops a title's tail run into a document number on one line: "…政策清单内政发〔2023〕3号"
// is 内政发〔2023〕3号, "…的通知泉港政【2026】7号" is 泉港政【2026】7号. A number starts at its issuer's
// abbreviation, after the word that ends the title.
func trimNumberLead(num string) string {
	if loc := titleEndWord.FindAllStringIndex(num, -1); len(loc) > 0 {
		if last := loc[len(loc)-1]; last[1] < strings.IndexAny(num, "〔﹝[［【(（") {
			if rest := strings.TrimLeft(num[last[1]:], " \t"); docNumberLead.MatchString(rest) {
				return rest
			}
		}
	}
	return num
}

// pointNumber is the number a point of an item opens with: （2）, (2), ②, ⑵, 2）, 2、 (not 2.5, a figure).
var pointNumber = mustCompile(`^\s*(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[①-⑳⑴-⒇⒈-⒛]|\d{1,2}\s*[)）]|\d{1,2}[．、])\s*`)

// titleEndWords end a plan's or notice's title.
const titleEndWords = `方案|意见|计划|规划|办法|细则|措施|清单|要点|通知|决定`

var titleEndWord = mustCompile(titleEndWords)

// ownTitleEnd ends the title a number in brackets may follow: titleEndWord's, and the words a
// division of work is titled with ("2021年县政府重点工作任务(华政发〔2021〕2号)").
var ownTitleEnd = mustCompile(titleEndWords + `|任务|分解|分工|安排|通报`)

// findSignature returns the first complete date standing alone (the signature) and the body that
// signs with it: the words before it on its line or the line above, when they name an issuing body.
func findSignature(head []string) (Day, string) {
	for i, l := range head {
		if flatTableCell(head, i) {
			continue // a task table copied one cell a line: a row's completion day, its units above it
		}
		if !strings.Contains(l, "日") {
			// "寿县人民政府督查室           2022年8月19": a signature whose date lost its 日.
			if m := lostRiDate.FindStringIndex(l); m != nil {
				l = l[:m[1]] + "日"
			} else {
				continue
			}
		}
		for _, m := range fullDateExpr.FindAllStringIndex(l, -1) {
			// A page may print a mark it cannot show as "?" between the body and its date
			// ("淮安市人民政府办公室? 2020年1月23日").
			before, after := strings.TrimRight(strings.TrimSpace(l[:m[0]]), "?？ \u3000"), strings.TrimSpace(l[m[1]:])
			// The seal another body lends, noted under the signer ("平潭综合实验区扶贫开发领导小组
			// （平潭综合实验区党工委代章） 2019年8月12日"): the signer is the body above it.
			before = strings.TrimRight(sealNote.ReplaceAllString(before, ""), " \u3000")
			// A date in brackets on a line of its own, under a title: "(2015年9月15日)".
			if (before == "(" || before == "（") && (after == ")" || after == "）") {
				before, after = "", ""
			}
			alone := (before == "" || strings.HasSuffix(before, "办公室") || strings.HasSuffix(before, "政府") || strings.HasSuffix(before, "办公厅") || strings.HasSuffix(before, "督查室")) &&
				(after == "" || strings.HasPrefix(after, "(") || strings.HasPrefix(after, "（") || after == "印发")
			signed := ""
			if !alone && dateGoesOn.MatchString(after) {
				continue // "区应急管理局 2024年3月31日前完成…": a task's date, no signature
			}
			if !alone {
				// On a line the page ran together: "…印发给你们，请认真贯彻落实。 平潭综合实验区君山片区
				// 管理局 2023年8月20日君山片区…方案": the notice's closing words, the body, its date.
				closing, k := "", strings.LastIndexAny(before, "。；;")
				if k >= 0 {
					_, size := utf8.DecodeRuneInString(before[k:])
					closing, signed = before[:k], strings.TrimSpace(before[k+size:])
				} else if i > 0 {
					closing, signed = strings.TrimRight(strings.TrimSpace(head[i-1]), "。；;"), before
				}
				if strings.HasPrefix(signed, "附件") {
					// "…贯彻落实。 附件：<the plan's title><the body> <date>": the body after the title.
					if loc := attachedTitleEnd.FindAllStringIndex(signed, -1); len(loc) > 0 {
						signed = strings.TrimSpace(signed[loc[len(loc)-1][1]:])
					}
				}
				if (!noticeClosing.MatchString(closing) || !IsOrgan(signed)) && !pageEndSignature(before, after, &signed) {
					continue
				}
			}
			if day, ok := ParseFullDate(l[m[0]:m[1]]); ok {
				organ := before
				if signed != "" {
					organ = signed
				} else if k := strings.LastIndexAny(before, "。；;"); k >= 0 && noticeClosing.MatchString(before[:k]) {
					// "…请认真贯彻执行。钦州市人民政府办公室2015年7月10日": the notice's closing words, then the
					// body that signs, run together on one line.
					_, size := utf8.DecodeRuneInString(before[k:])
					organ = strings.TrimSpace(before[k+size:])
				}
				at := i // the line the signing body stands on
				for k := i - 1; organ == "" && k >= 0 && k >= i-2; k-- {
					organ, at = strings.TrimSpace(head[k]), k // the line above, past a blank one
					if sealNote.MatchString(organ) && sealNote.FindStringIndex(organ)[0] == 0 {
						organ = "" // "（平潭综合实验区党工委代章）" on a line of its own: the signer is above it
					}
				}
				if !IsOrgan(organ) {
					organ = ""
				}
				if organ != "" && before == "" {
					// Several bodies that issue a plan together sign it in lines above the date
					// ("沈阳市房产局    沈阳市公安局" / "沈阳市司法局    沈阳市财政局" / …): all of them.
					lines := []string{organ}
					for k := at - 1; k >= 0 && k >= at-5 && IsOrgan(strings.TrimSpace(head[k])); k-- {
						lines = append([]string{strings.TrimSpace(head[k])}, lines...)
					}
					if len(lines) > 1 || len(strings.Fields(organ)) > 1 {
						organ = strings.Join(signers(strings.Fields(strings.Join(lines, " "))), "、")
					}
				}
				return day, organ
			}
		}
	}
	// A signature dated by its month alone ("中共连江县委" / "连江县人民政府" / "2021年2月"): the bodies
	// above it sign, though no day is given.
	for i, l := range head {
		if !monthOnlyLine.MatchString(l) || flatTableCell(head, i) {
			continue // a row's month ("市教育局" / "各县区政府" / "2025年9月"): its unit cells are no signers
		}
		var organs []string
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			o := strings.TrimSpace(head[k])
			if o == "" {
				continue
			}
			if !IsOrgan(o) {
				break
			}
			organs = append([]string{o}, organs...)
		}
		if len(organs) > 0 {
			return Day{}, strings.Join(signers(strings.Fields(strings.Join(organs, " "))), "、")
		}
	}
	return Day{}, ""
}

// monthOnlyLine is a line that holds a year and a month and nothing else: a signature's date
// without its day.
var monthOnlyLine = mustCompile(`^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*$`)

// flatTableCell reports whether head[i], a day or a month, is a cell of a table copied one cell a line
// (a page's table, a Word table pasted as text): a header of such a table stands above it, and a row's
// number is fewer lines above it than the header has columns. A signature after the table's last row
// is further down.
func flatTableCell(head []string, i int) bool {
	if !fullDateExpr.MatchString(head[i]) && !monthOnlyLine.MatchString(head[i]) {
		return false
	}
	row := -1
	for k := i - 1; k >= 0 && row < 0; k-- {
		if isRowNumber(strings.TrimSpace(head[k])) {
			row = k
		}
	}
	if row < 0 {
		return false
	}
	for k := row - 1; k >= 0; k-- {
		if h, n := findTableHeader(head, k); h != nil && k+n <= row {
			return i-row < len(h.names)
		}
	}
	return false
}

// pageEndSignature reads a signature a scraped page ran into its last task and its footer: "…（牵头
// 单位：用地科，参与单位：各国土所） 平潭县国土资源局 二〇一二年九月六日 来源：中国平潭": the body
// after a closed note or sentence, the date, then the page's chrome (junkLine).
func pageEndSignature(before, after string, signed *string) bool {
	if after == "" || !junkLine(after) {
		return false // a task row may end "…。 区教育局 2024年9月30日": the page's footer must follow
	}
	k := strings.LastIndexAny(before, "）)。")
	if k < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[k:])
	organ := strings.TrimSpace(before[k+size:])
	if !IsOrgan(organ) {
		return false
	}
	*signed = organ
	return true
}

// attachedTitleEnd is how the title of a plan a notice attaches ends: 方案, 计划, 意见 ….
var attachedTitleEnd = mustCompile(`(?:方案|计划|意见|要点|办法|细则|清单|分解表)[》”"]?`)

// dateGoesOn is what makes a date a task's, not a signature's: 前, 起, 完成 … right after it.
var dateGoesOn = mustCompile(`^(?:前|之前|以前|底|起|开始|完成|内|止|至)`)

// noticeClosing is how a notice ends before its signature: "印发给你们，请认真贯彻执行".
var noticeClosing = mustCompile(`(?:印发给你们|转发给你们|印发你们)[^。]{0,30}$|(?:贯彻执行|贯彻落实|遵照执行|认真执行|抓好落实|组织实施)$`)

// lostRiDate is a date at a line's end that lost its 日: "2022年8月19".
var lostRiDate = mustCompile(`(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*$`)

// organPattern is an organ's name as it signs a plan: a name ending in 局, 委员会, 人民政府办公室, 总队 …,
// which may quote its campaign (漳州市“无废城市”建设工作领导小组办公室).
const organPattern = `[\p{Han}()（）“”]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|督查室|委员会|管委会|政府|局|厅|管理中心|总队|支队|委|联席会议|领导小组|指挥部)(?:[(（]代章?[)）])?`

// organExpr is the name of an issuing body as it signs a plan (北京市通州区人民政府办公室, 静安区绿化和
// 市容管理局), or several side by side.
var organExpr = mustCompile(`^(?:` + organPattern + `[\s　、]*){1,6}$`)

// signers are the bodies of signature fields: a field is one body unless it is several run together
// that each open with the first one's place ("某市房产局某市公安局"); "白龙江林业管理局办公室" and
// "中共广西壮族自治区委员会办公厅" are one body each.
func signers(fields []string) []string {
	var out []string
	for _, f := range fields {
		parts := organName.FindAllString(f, -1)
		if len(parts) < 2 || strings.Join(parts, "") != f {
			out = append(out, f)
			continue
		}
		head := string([]rune(parts[0])[:2])
		for _, p := range parts {
			if !strings.HasPrefix(p, head) {
				parts = []string{f}
				break
			}
		}
		out = append(out, parts...)
	}
	return out
}

// sealMark is the note that a body's seal stands for another's: （代）, （代章）.
var sealMark = mustCompile(`[(（]代章?[)）]$`)

// sealNote is a note that another body seals for the signer: "（平潭综合实验区党工委代章）",
// "（代章）", at the end of the text before the date.
var sealNote = mustCompile(`\s*[(（]\p{Han}{0,30}代章[)）]\s*$`)

// organName is one issuing body's name among several run together: the shortest name an ending
// closes (signers keeps a field whole unless every such piece opens with the first one's place).
var organName = mustCompile(organPattern)

// IsOrgan reports whether a line is an issuing body's name as it signs a plan: not a heading, nor
// words that end in 局 as a word does (新格局, 大局, 布局), nor a sentence (下设办公室).
func IsOrgan(s string) bool {
	s = strings.TrimSpace(s)
	if !organExpr.MatchString(s) || strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") || !quotedCampaign(s) {
		return false
	}
	for _, w := range append(slices.Clone(wordEndings), "下设", "形成", "构建", "服务") {
		if strings.Contains(s, w) && (w != "服务" || !serviceOrgan.MatchString(s)) {
			return false
		}
	}
	return true
}

// quotedCampaign reports whether the quotes of a body's name, if any, quote a campaign inside it
// (漳州市“无废城市”建设工作领导小组办公室): each opened after the name's first words and closed before its end.
func quotedCampaign(s string) bool {
	depth := 0
	for i, r := range s {
		switch r {
		case '“':
			if depth > 0 || i == 0 {
				return false
			}
			depth++
		case '”':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0 && !strings.HasSuffix(s, "”")
}

// serviceOrgan is a body whose name holds 服务 and ends as a bureau does: 市政务服务数据管理局,
// 区行政审批服务局 (not "…提供服务", which ends no name).
var serviceOrgan = mustCompile(`服务\p{Han}{0,6}(?:局|委员会|委|厅|办公室|办)$`)

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
	// partExpr is a part's numeral and its mark: "一、", or a dot, as plans typed in haste or
	// converted from WPS write it ("一.粮食生产", "一．粮食生产").
	partExpr    = mustCompile(`^([一二三四五六七八九十]+)[、.．]\s*`)
	articleExpr = mustCompile(`^第([一二三四五六七八九十百零〇\d]{1,5})(章|节|条)\s*`)
	sectionExpr = mustCompile(`^[（(]([一二三四五六七八九十]+)[)）]\s*`)
	itemExpr    = mustCompile(`^(\d{1,3})\s*[.．、。]\s*`)
	// datedItem is an item's words opening with a date: "1.2024年8月底前，各区…", "1.2026年实现…",
	// "2.9月份组织开展…" and "1.2025—2027年，每年…" are items 1 and 2, though a figure follows the
	// number (no decimal is followed by 年 or 月).
	datedItem = mustCompile(`^(?:(?:19|20)\d{2}[./／]\d{1,2}(?:[./／]\d{1,2})?\s*(?:前|以前|之前|底前)|(?:19|20)\d{2}\s*年度?(?:底|末|上半年|下半年|第?[一二三四1-4]季度|\d{1,2}\s*月(?:\d{1,2}日|底|末|份|中旬|上旬|下旬)?)?\s*(?:前|以前|之前|内|[，,]|实现|完成|建成|达到|全面|基本|力争|要|将|起|是)|(?:[1-9]|1[0-2])\s*月|(?:[1-9]|1[0-2])\s*[—\-－–~～至到]\s*(?:[1-9]|1[0-2])\s*月|(?:19|20)\d{2}\s*年?\s*[—\-－–~～至到]\s*(?:19|20)\d{2}\s*年)`)
	// itemDigitsExpr is an item number followed by a figure: "11.121人才".
	itemDigitsExpr = mustCompile(`^(\d{1,3})[.．、]`)
	// dashHeading is a heading set off by a dash: "——推进教育高质量发展".
	dashHeading = mustCompile(`^[—－-]{2}\s*(\p{Han}[^。；;，,]{1,40})$`)
	pointExpr   = mustCompile(`^(\d{1,2})[)）]\s*`)
	subItemExpr = mustCompile(`^(?:[（(](\d{1,2})[)）]|([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]))\s*`)
	attachExpr  = mustCompile(`^附[件表]\s*(\d*|[一二三四五六七八九十]{1,3})\s*$`)
	attachList  = mustCompile(`^附件\s*[:：]`)
)

// yearThenWork is a year opening an item's words right after its number, then the work of the
// year: a scope and its act ("2026年全市新建5G基站…"), a festival's eve ("2027年春节前完成…") or a
// day and the act set for it ("2026年5月20日召开…"). No decimal is followed by 年, so "1.2026" is item
// 1 here; a year before other words ("2. 2019年民生实事项目…分解表", an attachment's name) is left
// as it was.
var yearThenWork = mustCompile(`^(?:19|20)\d{2}\s*年\s*(?:(?:全省|全市|全县|全区|全州|全镇|全乡)(?:累计|共|力争|确保|计划)?` + itemWorkVerbs + `|` + festivalEve + `|\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:前|之前|以前)?\s*` + itemWorkVerbs + `)`)

// itemWorkVerbs are the acts yearThenWork knows after a scope or a day.
const itemWorkVerbs = `(?:新建|建成|完成|实现|新增|开展|改造|培育|召开|举办|举行|组织|启动|推进|建设|打造|创建|实施)`

// yearItem reports whether the words after an item's number open with a year and the work of the
// year (yearThenWork).
func yearItem(rest string) bool {
	return yearThenWork.MatchString(rest)
}

// isAttachLine is attachExpr.MatchString(l) ("附件2", "附表" alone on its line); like attachList,
// it runs only on lines that open with 附, since the pattern's cost grows with the line it is given,
// not with what it matches.
func isAttachLine(l string) bool { return strings.HasPrefix(l, "附") && attachExpr.MatchString(l) }

// heading reads the marker of a line: its level, its number and the rest.
func heading(line string) (level int, num int, marker, rest string) {
	r, _ := utf8.DecodeRuneInString(line)
	if r == '—' || r == '－' || r == '-' {
		if m := dashHeading.FindStringSubmatch(line); m != nil {
			return lvlSection, 0, "——", m[1]
		}
	}
	if !strings.ContainsRune("一二三四五六七八九十（(0123456789①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳第", r) {
		return lvlNone, 0, "", line
	}
	if r == '第' {
		// A regulation's chapters and articles: "第二章 推进…", "第三条 推进…".
		if m := articleExpr.FindStringSubmatch(line); m != nil {
			n := chineseNum(m[1])
			if v, err := strconv.Atoi(m[1]); err == nil {
				n = v
			}
			return articleLevel[m[2]], n, strings.TrimSpace(m[0]), line[len(m[0]):]
		}
		return lvlNone, 0, "", line
	}
	// Each pattern runs only on the lines whose first character can start it.
	if strings.ContainsRune("一二三四五六七八九十", r) {
		if m := partExpr.FindStringSubmatch(line); m != nil {
			return lvlPart, chineseNum(m[1]), strings.TrimSpace(m[0]), line[len(m[0]):]
		}
	}
	if r == '（' || r == '(' {
		if m := sectionExpr.FindStringSubmatch(line); m != nil {
			return lvlSection, chineseNum(m[1]), strings.TrimSpace(m[0]), line[len(m[0]):]
		}
	}
	if '0' <= r && r <= '9' {
		if m := itemExpr.FindStringSubmatch(line); m != nil {
			rest := line[len(m[0]):]
			if next, _ := utf8.DecodeRuneInString(rest); rest != "" && (!unicode.IsDigit(next) || datedItem.MatchString(rest) || yearItem(rest)) {
				n, _ := strconv.Atoi(m[1])
				return lvlItem, n, strings.TrimSpace(m[0]), rest
			}
		}
	}
	if '0' <= r && r <= '9' {
		// "1）推进…": a point numbered with a closing bracket alone.
		if m := pointExpr.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			return lvlSubItem, n, strings.TrimSpace(m[0]), line[len(m[0]):]
		}
	}
	if r != '（' && r != '(' && !strings.ContainsRune("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳", r) {
		return lvlNone, 0, "", line
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

// articleLevel: a chapter is a part, a section a section, an article an item.
var articleLevel = map[string]int{"章": lvlPart, "节": lvlSection, "条": lvlItem}

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
	ctxPath  []string // a table's: the headings above the point where it stands
	// groupLead is the lead a heading names for the whole group below it ("（一）教育（牵头单位：市教育局）").
	groupLead []string
	// groupResp: the units a heading's note names as responsible ("三、医疗保障（责任单位：市医保局）"):
	// they lead the items below that name no lead of their own.
	groupResp []string
	// introLead is the unit a sentence introducing the items below names ("区住建局负责以下工作："):
	// it leads each of them that names no unit of its own; introPartic those it says help.
	introLead, introPartic []string
	// standing and standingPartic are units a standing line under the heading names for every item
	// below it ("（以下各项均需各街道办事处配合，不再列出）"): responsible beside the item's own, or
	// taking part.
	standing, standingPartic []string
	// noteRead: the group note of its children was looked for (groupNote); unitsItem is the child
	// that only names the group's units, when the last one does ("（三）责任单位及承办科室：X，Y。").
	noteRead  bool
	unitsItem *item
	// unitsFirst: the first of its two children only names the group's units ("1.行动单位 牵头单位：X"),
	// so the second is the heading's work.
	unitsFirst bool
	// pointItem: an item numbered as a point ((1), 1）, ①) right under a heading that opened no
	// items, so its next points are items beside it.
	pointItem bool
}

type respBlock struct {
	label string
	list  string
	above bool // "以上任务责任单位：…": the line speaks for the items above it since the last such line
	at    int  // how many lines the item's body had when the line came: the line stands after body[at-1]
}

// terminal reports whether a line ends a sentence or a block, so that a page break after it is a
// real paragraph break.
func terminal(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune("。；;！!？?：:）)”」》】〕.", r)
}

// unitListEnd reports whether a line ends with a responsibility label and its list of units, as
// most 任务分工 print an item's units ("…政策措施。责任单位：市市场监管局、市发改委", no full stop): the
// list ends the line as a full stop would. A name the page broke in two is mended by listRunsOn.
// brokenListEnd reports whether a line stops a word or two after a list's 、 or a comma, as a text cut
// off inside a sentence does ("招引顶尖人才20名、领军"), however short the line: a list of names or a
// signature ends at a name, and such a line has words before its list.
func brokenListEnd(line string) bool {
	rs := []rune(strings.TrimSpace(line))
	if len(rs) < 12 {
		return false
	}
	for k := 1; k <= 3 && k < len(rs); k++ {
		switch rs[len(rs)-1-k] {
		case '、', '，', ',':
			tail := string(rs[len(rs)-k:])
			return hasHan(tail) && !looksLikeUnit(tail)
		}
	}
	return false
}

// figureVerbEnd reports whether a line stops at a verb that the figure it sets must follow ("力争全年
// 社会物流总费用与GDP比率降至", "参保率达到"), as a text cut off there does, however short the line: no
// heading or cell ends waiting for its figure.
func figureVerbEnd(line string) bool {
	l := strings.TrimSpace(line)
	return utf8.RuneCountInString(l) >= 12 && figureVerbTail.MatchString(l)
}

// figureVerbTail is such a verb at a line's end.
var figureVerbTail = mustCompile(`(?:降至|降到|降低到|下降到|减少到|减至|提高到|提升到|增加到|增长到|增至|达到|控制在|保持在|稳定在|不低于|不少于|不高于|不超过)$`)

func unitListEnd(line string) bool {
	if !hasColon(line) {
		return false
	}
	locs := labelLocs(line)
	if len(locs) == 0 {
		return false
	}
	v := strings.TrimSpace(line[locs[len(locs)-1][1]:])
	return v != "" && isUnitList(v)
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
	for i, l := range lines {
		if len(out) > 0 {
			prev := out[len(out)-1]
			lvl, _, _, _ := heading(l)
			startsResp := strings.HasPrefix(l, "（责任单位") || strings.HasPrefix(l, "(责任单位") || strings.HasPrefix(l, "（牵头单位") || strings.HasPrefix(l, "(牵头单位")
			// A line that ends with a separator or an opening bracket ("为了认真贯彻落实《") is not done.
			openEnd := strings.HasSuffix(prev, "，") || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, "、") || strings.HasSuffix(prev, "《") || strings.HasSuffix(prev, "“") || strings.HasSuffix(prev, "（")
			listEnd := unitListEnd(prev)
			longRun := runesAtLeast(prev, 24) && !terminal(prev) && !listEnd
			if openEnd && isPageNumber(l) {
				// "推动企业股改，" / "5" / "年底前完成…": the bare number a PDF leaves of its page,
				// between two halves of a sentence (a row's number follows no open clause).
				continue
			}
			// A responsibility line ("牵头单位:…") is a block of its own: nothing runs on into it. Nor
			// does a line of a list of units each before its share ("工业科:工业经济发展情况" /
			// "环资科:农业经济…"): the next unit's line starts its own share.
			if startsResp || (lvl == lvlNone && !isRespLine(l) && !isRespLine(prev) && !isAttachLine(l) && (openEnd || longRun) && !(unitShareLine(prev) && unitShareLine(l))) {
				out[len(out)-1] = prev + l
				continue
			}
			// A page break inside a bracket ("（牵头单位：县城管局；配合单位：" / "县水利局）") or inside a
			// date ("…，10月" / "底前完成。"): the next line finishes what the line left open.
			if lvl == lvlNone && (noteRunsOn(prev, l) || dateRunsOn(prev, l)) {
				out[len(out)-1] = prev + l
				continue
			}
			if lvl == lvlNone && (isRespLine(prev) || listEnd) && !isRespLine(l) && listRunsOn(prev, l) {
				out[len(out)-1] = prev + l
				continue
			}
			// After an item's bare unit line, more units (a page broke the list: "…区财政局" / "区规划分局
			// 各街道办事处") are more of the list; the plan's signer after it (an office named with its
			// place, "湘潭市人民政府办公室", or the issuers over the date) and a note are not.
			if lvl == lvlNone && listEnd && !hasColon(l) && matchLabel(l) == nil && isUnitList(l) && !signatureLine(l, lines, i) && !(IsOrgan(l) && openingPlace(l) != "") {
				out[len(out)-1] = prev + l
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// noteRunsOn reports whether a line leaves a bracket open that the next line closes: the first
// bracket the next line holds is a closing one ("…（责任单位：县自然资源" / "局、各乡镇）").
func noteRunsOn(prev, l string) bool {
	depth := 0
	for _, r := range prev {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			if depth > 0 {
				depth--
			}
		}
	}
	if depth == 0 {
		return false
	}
	k := strings.IndexAny(l, "（()）")
	if k < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l[k:])
	return r == '）' || r == ')'
}

// dateRunsOn reports whether a line ends on a month or a year that the next line's first words
// finish as a date ("…，10月" / "底前完成。", "2025年" / "底前建成"): no sentence starts with 底前.
func dateRunsOn(prev, l string) bool {
	if !strings.HasSuffix(prev, "月") && !strings.HasSuffix(prev, "年") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimSuffix(prev, "月"), "年"))
	if !unicode.IsDigit(r) && !strings.ContainsRune("一二三四五六七八九十〇零", r) {
		return false
	}
	for _, w := range []string{"前期", "前置", "前提", "底线", "底数", "底子", "末端", "份额"} {
		if strings.HasPrefix(l, w) {
			return false // "…至2025年12月" over "前期准备阶段": a word of its own, not the date's end
		}
	}
	for _, w := range []string{"底前", "底", "末前", "末", "前", "上旬", "中旬", "下旬", "份"} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}

// unitShareLine reports a line that opens with a unit's short name and a colon before its share
// of the work: "普查中心:市场主体、“四上”单位发展情况", "工业科：工业经济发展情况".
func unitShareLine(l string) bool {
	k := strings.IndexAny(l, ":：")
	if k <= 0 {
		return false
	}
	name := l[:k]
	n := utf8.RuneCountInString(name)
	return n >= 2 && n <= 10 && allHan(name) && looksLikeUnit(name) && matchLabel(l) == nil && strings.TrimSpace(l[k:]) != ":" && strings.TrimSpace(l[k:]) != "："
}

// listRunsOn reports whether a responsibility line's list of units runs on into the next line: it
// ends with a separator, or inside a name the next line finishes ("…、园区党工" + "委、各街道党工委").
func listRunsOn(prev, l string) bool {
	first, _, _ := strings.Cut(l, "、")
	first = strings.TrimRight(first, "。；;，, ")
	if utf8.RuneCountInString(l) > 60 || !looksLikeUnit(first) && !strings.Contains(l, "、") {
		return false
	}
	if strings.HasSuffix(prev, "、") {
		return looksLikeUnit(first)
	}
	k := strings.LastIndexAny(prev, "、:：")
	if k < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(prev[k:])
	last := prev[k+size:]
	if n := utf8.RuneCountInString(last); n == 0 || n > 10 || !allHan(last) {
		return false
	}
	return !looksLikeUnit(last) && looksLikeUnit(last+first)
}

// ---------------------------------------------------------------------------------------------
// Stage 4: the whole parse.

func (p *parser) parse(source, text string) *Document {
	lines := edgedRows(p.cleanLines(text))
	p.doc = &Document{Source: source}
	p.readMeta(text, lines)
	d := p.doc
	p.norm = Normalizer{Aliases: p.opt.Aliases, City: d.City}
	p.canonOf = map[string]string{}
	p.recurringOf = map[string][]Recurring{}
	p.localAliases = map[string]string{}
	p.spelling = map[string]string{}
	p.spellings = map[string][]string{}
	p.tabled = map[string]bool{}
	p.learnSecondNames(lines)

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

	d.Published = p.published
	p.year = d.Year()
	if p.year == 0 {
		// "2012年起5年内": a plan that says when it starts.
		if m := startYearExpr.FindStringSubmatch(text); m != nil {
			p.year, _ = strconv.Atoi(m[1])
		}
	}
	if p.year == 0 {
		// Neither a title, a number nor a date: the year the text names most often, so that "12月底前"
		// has a year; the admin is told.
		if p.year = textYear(text); p.year > 0 {
			d.Warnings = append(d.Warnings, fmt.Sprintf("the plan states no year of its own: dates without a year take %d, the year its text names most", p.year))
		}
	}
	body := mendBreaks(joinBareLabels(p.bodyLines(lines)))
	p.firstLeadRule(append(append([]string(nil), p.notice...), body...))
	for i := len(body) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(body[i]); t != "" {
			p.tail = t
			break
		}
	}
	root := p.buildTree(body)
	p.collectUnder(root, nil, nil)
	// Quoted works outside the items (quotedTasks) are no reason to stop reading the paragraphs.
	// A bulletin or a notice is read for the duties it gives even when it gives only one paragraph
	// of them; any other text needs two.
	need := 2
	for _, t := range []string{d.Title, firstLine(body)} {
		if strings.HasSuffix(t, "通报") || strings.HasSuffix(t, "通知") {
			need = 1
		}
	}
	if len(d.Tasks) == p.quoted && (addressed(body) || p.dutyParagraphs(body) >= need) {
		// A notice whose plan is not in the text (an attachment left out), or a division of duties
		// written as plain paragraphs ("区住建局负责…", "区委农办要…"): its own paragraphs are what
		// it asks of whom, after whatever stood above its title.
		p.notice = append(p.notice, body...)
	} else if h := firstHeadingLine(body); h > 0 && (addressed(body[:h]) || p.dutyRows(body[:h]) >= 2) {
		// A notice written above its plan's first heading, to its addressees ("各开发区管理办公室，…:"):
		// the duties it gives ("每季度末，各责任单位要向市政府报告…") are tasks of their own. So are the
		// rows of a schedule flattened one cell a line above it, each a duty and then its time
		// ("区城管局负责，…配合，清理…" / "2024年5月1日前"), their group's heading lost.
		p.notice = append(p.notice, body[:h]...)
	}
	p.noticeTasks()
	p.dropBareHeadings()
	p.dropRestated()
	p.uniqueIDs()
	p.afterIssue()
	p.inheritPeriod(root)
	p.splitGlued()
	p.respell()
	if n := len(body); n > 0 {
		last := body[n-1]
		if (utf8.RuneCountInString(last) > 30 || brokenListEnd(last) || figureVerbEnd(last)) && !terminal(last) && !strings.HasSuffix(last, "日") && !wholeRow(last, p.year) && !unitListEnd(last) {
			d.Truncated = true
			d.Warnings = append(d.Warnings, "the text ends mid-sentence: the plan may be cut off")
			p.uncarryLast()
		}
	}
	return d
}

// wholeRow reports whether a text's last line is a whole table row, which ends a text as a sentence
// does: three cells or more (split at ｜, |, tabs, else spaces), the last a date or units ("… 县交通
// 运输局 2025年11月").
func wholeRow(l string, year int) bool {
	var cells []string
	if strings.Count(l, "｜")+strings.Count(l, "|")+strings.Count(l, "\t") >= 2 {
		cells = pipeSplit.Split(strings.Trim(l, "|｜ \t"), -1)
	} else {
		cells = strings.Fields(l)
	}
	if len(cells) < 3 {
		return false
	}
	// Its last cell is whole when it is a date or a list of units: a row cut off ends in its words.
	last := strings.TrimSpace(cells[len(cells)-1])
	return len(CellDeadlines(last, year)) > 0 || isUnitList(last) || standingTime.MatchString(last)
}

// dropBareHeadings leaves out the tasks that are a heading's few words alone ("（一）教育" over a table),
// or no words at all: no unit, no date of their own, no duty, nothing but their title. A numbered
// item of a list ("2.建设海绵城市") stays, however short.
func (p *parser) dropBareHeadings() {
	p.doc.Tasks = slices.DeleteFunc(p.doc.Tasks, func(t Task) bool {
		if len(t.Lead)+len(t.Participating) > 0 || len(t.Recurring) > 0 {
			return false
		}
		for _, d := range t.Deadlines {
			if !d.Inherited {
				return false
			}
		}
		text := strings.TrimSpace(t.Text)
		if text == "" {
			return true
		}
		// A heading's number ((一), 一): a numbered item (1.) of a list is a task however short.
		heading := t.Number != "" && !strings.ContainsAny(t.Number[:1], "0123456789")
		return heading && text == t.Title && utf8.RuneCountInString(text) <= 12 && !strings.ContainsAny(text, "。；;，,")
	})
}

// restatedRows is how many rows naming their units a plan's table of tasks needs before the items of its
// body that name no unit are read as the work the table hands out.
const restatedRows = 3

// restatedRun is how many characters in a row a body's item shares with a row of the table that
// restates it ("强化党组织领导下的生活垃圾分类多方参与机制"): more than a common phrase holds.
const restatedRun = 12

// dropRestated leaves out the items of a part of a plan's body that names no unit when a table of the
// plan's (its 任务清单, 任务分解表), handing out the work to units row by row, restates each of them: the body's "3. 推动
// “沪尚回收”平台功能升级。…" is what the table's row "8. 推动“沪尚回收”平台功能升级，…" gives to 区绿化
// 市容局, and a liaison reads the row as the task. Their words stay searchable.
func (p *parser) dropRestated() {
	rows := 0
	for _, t := range p.doc.Tasks {
		if p.tabled[t.ID] {
			rows++
		}
	}
	if rows < restatedRows {
		return
	}
	// A part of the body that names units in any of its items is a list of tasks of its own, which
	// the table sums up ("三、改革任务" whose "3.工作机制建设。…上海城投集团按照…" the parser reads no unit
	// in): its items stay.
	named := map[string]bool{}
	for _, t := range p.doc.Tasks {
		if !p.tabled[t.ID] && len(t.Lead)+len(t.Participating) > 0 {
			named[TopSection(t.Section)] = true
		}
	}
	candidate := func(t Task) bool {
		return !p.tabled[t.ID] && len(t.Lead)+len(t.Participating) == 0 && !strings.Contains(t.ID, ":n.") && !named[TopSection(t.Section)]
	}
	if !slices.ContainsFunc(p.doc.Tasks, candidate) {
		return // nothing a table could restate: most plans
	}
	size := 0
	for _, t := range p.doc.Tasks {
		if p.tabled[t.ID] {
			size += utf8.RuneCountInString(t.Text)
		}
	}
	said := make(map[string]bool, size) // every run of restatedRun characters the table's rows hold
	for _, t := range p.doc.Tasks {
		if p.tabled[t.ID] {
			eachRun(t.Text, restatedRun, func(run string) bool { said[run] = true; return false })
		}
	}
	restates := func(text string) bool {
		return eachRun(text, restatedRun, func(run string) bool { return said[run] })
	}
	// A part of the body with an item the table does not restate is the plan's own list, which the
	// table only draws on: its items stay. Only a part the table restates item by item goes.
	unsaid := map[string]bool{}
	for _, t := range p.doc.Tasks {
		if !p.tabled[t.ID] && !named[TopSection(t.Section)] && !restates(t.Text) {
			unsaid[TopSection(t.Section)] = true
		}
	}
	dropped := map[string]bool{}
	p.doc.Tasks = slices.DeleteFunc(p.doc.Tasks, func(t Task) bool {
		if !candidate(t) || unsaid[TopSection(t.Section)] {
			return false
		}
		dropped[t.ID] = true
		return true
	})
	for _, t := range p.doc.Tasks {
		delete(dropped, t.ID) // an ID a kept task shares keeps its paragraphs
	}
	for i := range p.doc.Paras {
		if dropped[p.doc.Paras[i].TaskID] {
			p.doc.Paras[i].TaskID = ""
		}
	}
}

// eachRun calls f on every run of n characters of s (substrings of s, no copies) until f says stop;
// it reports whether f did.
func eachRun(s string, n int, f func(string) bool) bool {
	end := 0
	for range n { // the first run's end
		if end >= len(s) {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[end:])
		end += w
	}
	for start := 0; ; {
		if f(s[start:end]) {
			return true
		}
		if end >= len(s) {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[end:])
		end += w
		_, w = utf8.DecodeRuneInString(s[start:])
		start += w
	}
}

// firstLeadRule reads a rule the plan states once, in a sentence of its own rather than in a note:
// "由多个单位负责的,排在第一位的为牵头单位" makes the first unit of every list the lead.
func (p *parser) firstLeadRule(lines []string) {
	for _, l := range lines {
		if !strings.Contains(l, "牵头") {
			continue
		}
		if loc := firstLeadExpr.FindStringSubmatchIndex(l); loc != nil && (bracketDepth(l, loc[0]) == 0 || wholeBracket(l) || ruleAside(l, loc[0])) {
			// A sentence of its own, a line that is all one bracketed note ("（列第一位的为牵头单位）"),
			// or an aside of the notice that states it for every list ("请各单位(责任单位中排序第一单位为
			// 牵头单位)按照职责…").
			p.firstLeads = firstLeads(l, loc)
			return
		}
	}
}

// ruleAside reports whether the rule found at pos opens the bracket it stands in, or follows only
// words that say which lists it is about ("（责任单位中排序第一单位为牵头单位）", "(各项任务中列第一位的
// 为牵头单位)"): an aside about every list, not a note on the units listed before it in the same bracket
// ("(县发改局、县财政局,排在第一位的为牵头单位)").
func ruleAside(l string, pos int) bool {
	open := max(strings.LastIndex(l[:pos], "（"), strings.LastIndex(l[:pos], "("))
	if open < 0 {
		return false
	}
	before := strings.TrimLeft(l[open:pos], "（(")
	return !strings.ContainsAny(before, "、，,；;：:") && utf8.RuneCountInString(before) <= 8
}

// wholeBracket reports whether a line is one note in brackets: "（各项任务中列第一位的为牵头单位）".
func wholeBracket(l string) bool {
	l = strings.TrimSpace(l)
	return (strings.HasPrefix(l, "（") || strings.HasPrefix(l, "(")) && (strings.HasSuffix(l, "）") || strings.HasSuffix(l, ")")) &&
		!strings.ContainsAny(strings.TrimLeft(l, "（("), "（(")
}

// uncarryLast: in a text cut off inside a table's last row, that row lost its unit cell to the cut,
// not to a merged cell: it keeps no units taken from the row above.
func (p *parser) uncarryLast() {
	n := len(p.doc.Tasks)
	if n == 0 {
		return
	}
	t := &p.doc.Tasks[n-1]
	for i, w := range t.Warnings {
		m := carriedExpr.FindStringSubmatch(w)
		if m == nil {
			continue
		}
		cells := strings.Split(m[1], " or ")
		if slices.Contains(cells, "units") || slices.Contains(cells, "lead") {
			t.Lead, t.Participating = []string{}, []string{}
			t.Warnings[i] = "the text is cut off inside this row: its units are not known"
		}
		if slices.Contains(cells, "time") {
			// The row's time cell was cut off too: only the dates its own words give stay.
			var own []Deadline
			for _, d := range t.Deadlines {
				if strings.Contains(t.Text, d.Quote) {
					own = append(own, d)
				}
			}
			t.Deadlines = own
		}
		return
	}
}

// noticeTasks reads the numbered points of the notice in front of a plan ("一、各责任单位要…于2023年1月
// 15日前将工作方案报区人民政府办公室"): duties of their own, often the plan's reporting schedule. They
// sit under the section "通知".
func (p *parser) noticeTasks() {
	start := firstHeadingLine(p.notice)
	lines := p.notice
	if start >= 0 {
		// The paragraphs before the first point may give duties too ("…请各地、各部门于2017年1月23日
		// 前将贯彻落实方案报市政府督查室。", "每季度末，各责任单位要向市政府报告…").
		lines = append(p.noticeDuties(p.notice[:start]), p.notice[start:]...)
	} else if lines = p.noticeDuties(p.notice); len(lines) == 0 {
		return
	}
	paras := len(p.doc.Paras)
	p.collectUnder(p.buildTree(lines), []string{"通知"}, []string{"n"})
	// The notice's paragraphs are kept already (bodyLines): only its tasks' are new.
	kept := p.doc.Paras[:paras]
	for _, para := range p.doc.Paras[paras:] {
		if para.TaskID != "" {
			kept = append(kept, para)
		}
	}
	p.doc.Paras = kept
}

// learnSecondNames reads, before any task, every body the plan names with its second name in brackets
// ("市发展改革委（市能源局）"), so that the second name alone folds into the first in every task, those
// before the bracket's too. The first name is the longest end of the Han words before the bracket that
// opens as a unit does (a level, 各, a zone) and reads as one.
func (p *parser) learnSecondNames(lines []string) {
	for _, l := range lines {
		for b := range bracketedNames(l) {
			second := b.name
			if utf8.RuneCountInString(second) < 2 || !looksLikeUnit(second) || !hasLevelStart(second) || markedList(second) {
				continue // "县林业局牵头（县财政局配合）": who else takes part, no second name
			}
			words := lastHanRun(l[:b.open], 24)
			for i := range words {
				first := words[i:]
				if utf8.RuneCountInString(first) < 3 {
					break
				}
				if hasLevelStart(first) && looksLikeUnit(first) && !clauseName(first) {
					if _, known := p.localAliases[p.canon(second)]; !known && p.canon(second) != p.canon(first) {
						p.localAliases[p.canon(second)] = p.canon(first)
					}
					break
				}
			}
		}
	}
}

// bracketName is a run of Han characters in brackets: where its bracket opens, the name, and what
// follows its closing bracket.
type bracketName struct {
	open       int
	name, rest string
}

// bracketedNames yields each bracket of s that holds only Han characters (at most 16): a body's
// second name as plans write it, 市财政局(地税局), 市发展改革委（市能源局）.
func bracketedNames(s string) iter.Seq[bracketName] {
	return func(yield func(bracketName) bool) {
		for at := 0; at < len(s); {
			k := indexAnyRune(s[at:], "（(")
			if k < 0 {
				return
			}
			open := at + k
			_, size := utf8.DecodeRuneInString(s[open:])
			at = open + size
			name, ok := hanRunTo(s[at:], "）)", 16)
			if !ok {
				continue
			}
			_, closing := utf8.DecodeRuneInString(s[at+len(name):])
			if !yield(bracketName{open: open, name: name, rest: s[at+len(name)+closing:]}) {
				return
			}
		}
	}
}

// hanRunTo is the Han characters at the start of s up to one of the closing marks, when nothing
// else stands between and they are at most max.
func hanRunTo(s, closers string, max int) (string, bool) {
	n := 0
	for i, r := range s {
		if strings.ContainsRune(closers, r) {
			return s[:i], n > 0
		}
		if !unicode.Is(unicode.Han, r) || n == max {
			return "", false
		}
		n++
	}
	return "", false
}

// lastHanRun is the run of Han characters s ends with, at most max of them.
func lastHanRun(s string, max int) string {
	start, n := len(s), 0
	for start > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		start -= size
		n++
	}
	return s[start:]
}

// firstHeadingLine is the index of the first line of lines that is a part, section or item
// heading, -1 when none is.
func firstHeadingLine(lines []string) int {
	for i, l := range lines {
		if lvl, _, _, _ := heading(l); lvl == lvlPart || lvl == lvlSection || lvl == lvlItem {
			return i
		}
	}
	return -1
}

// firstLine is the first line of lines that holds anything.
func firstLine(lines []string) string {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
	}
	return ""
}

// addressed: a text that opens, within its first lines, with the parties a notice is sent to
// ("各市、区人民政府,…;市各委办局,各直属单位:").
func addressed(lines []string) bool {
	for _, l := range lines[:min(len(lines), 15)] {
		if strings.HasPrefix(l, "各") && (strings.HasSuffix(l, ":") || strings.HasSuffix(l, "：")) && utf8.RuneCountInString(l) <= 80 {
			return true
		}
	}
	return false
}

// dutyParagraphs counts the paragraphs that open with a unit as their subject ("区住建局负责…").
func (p *parser) dutyParagraphs(lines []string) int {
	n := 0
	for _, l := range lines {
		if len(byLeadClause.FindAllStringIndex(l, 3)) >= 2 {
			// A report's paragraph that hands out its work clause by clause ("由A牵头，B配合，在9月底前
			// 完成…；由C牵头…"): a division of duties of its own.
			n += 2
			continue
		}
		at := 0
		if k := strings.IndexAny(l, "，,"); k > 0 && utf8.RuneCountInString(l[:k]) <= 5 {
			// An opener before the subject: "下一步,各园区、各乡镇(街道)要…", "同时,…".
			if subjectAt(l, 0) == nil {
				at = k + utf8.RuneLen(firstRune(l[k:]))
			}
		}
		if m := subjectAt(l, at); m != nil {
			if _, ok := subjectUnits(subjectName(l[at:m[0]])); ok {
				n++
				if len(p.subjectClauses(l)) >= 3 {
					n++ // one paragraph that divides the work among three subjects or more ("其中，A负责…；B负责…；C负责…")
				}
				continue
			}
		}
		// A text run together on one line: units heading their duties inside it ("县环保局。负责…").
		for _, m := range subjectSpans(l) {
			if after, ok := strings.CutPrefix(l[m[3]:], "。"); ok && headsDuties(after) {
				if _, ok := subjectUnits(subjectName(l[m[2]:m[3]])); ok {
					n++
				}
			}
		}
	}
	return n
}

// leadClauses reads a report that hands out its work clause by clause in one paragraph ("…要求,由A牵头，
// B配合，在9月底前完成…；由C牵头，…"): each clause from its 由 to its semicolon is a point of its own,
// and the report's narration around them (who met, who spoke) is none. Nil when no paragraph does.
func leadClauses(notice []string) []string {
	var out []string
	for _, l := range notice {
		if len(byLeadClause.FindAllStringIndex(l, 3)) < 2 {
			continue
		}
		for _, c := range splitTop(l, "；;") {
			loc := byLeadClause.FindStringIndex(c)
			if loc == nil {
				continue
			}
			c = strings.TrimLeft(c[loc[0]:], "，,；;：:。")
			if end := strings.Index(c, "。"); end >= 0 {
				c = c[:end] // what follows the last clause's full stop is the report again
			}
			out = append(out, fmt.Sprintf("%d.%s。", len(out)+1, c))
		}
	}
	return out
}

// withoutHandOver is a notice's paragraph without its sentences that hand the plan over (印发,
// 给你们); "" when it has no other.
func withoutHandOver(l string) string {
	var kept []string
	for _, snt := range strings.SplitAfter(l, "。") {
		if strings.TrimSpace(snt) != "" && !strings.Contains(snt, "给你们") && !strings.Contains(snt, "印发") {
			kept = append(kept, snt)
		}
	}
	return strings.Join(kept, "")
}

// byLeadClause opens a clause that names its lead: "由县发展和改革局牵头".
var byLeadClause = mustCompile(`(?:^|[，,；;：:。])由\p{Han}[^，,；;。]{1,30}?牵头`)

// noticeDuties are the unnumbered paragraphs of a notice that give units duties by name ("各责任单位
// 要…", "区政府办公室将…跟踪督办"), numbered as points so they read as the numbered ones do; the
// paragraph that hands the plan over (印发给你们) and the one that gives its grounds (为…) are not.
func (p *parser) noticeDuties(notice []string) []string {
	if out := leadClauses(notice); len(out) > 0 {
		return out
	}
	var out []string
	for i, l := range notice {
		if strings.Contains(l, "给你们") || strings.Contains(l, "印发") {
			// "现将《…》印发给你们，请认真贯彻执行。各乡镇要于4月15日前将实施方案报…": the handing over
			// is no duty; a sentence after it that sets a date is ("要做好统筹督促" alone is the usual
			// charge, no task).
			if l = withoutHandOver(l); len(ParseDeadlines(l)) == 0 && len(ParseRecurring(l)) == 0 {
				continue
			}
		}
		// A schedule's row: its duty, then its time alone on the next line, which dates it.
		row := i+1 < len(notice) && timeLine(notice[i+1])
		if row {
			if l = strings.TrimRight(l, ". "); !strings.HasSuffix(l, "。") && !strings.HasSuffix(l, "；") && !strings.HasSuffix(l, ";") {
				l += "，"
			}
			l += strings.TrimSpace(notice[i+1])
		}
		// A sentence ends in the paragraph, or the text is cut off in it.
		ends := strings.ContainsAny(l, "。；;") || row || (i == len(notice)-1 && !terminal(l))
		if utf8.RuneCountInString(l) < 20 || !ends {
			continue
		}
		cs := p.subjectClauses(l)
		if strings.HasPrefix(l, "为") && len(cs) < 2 {
			continue // the grounds, unless the duties run on in the same line
		}
		if len(cs) > 0 && len(cs[0].lead)+len(cs[0].partic) > 0 {
			out = append(out, fmt.Sprintf("%d.%s", len(out)+1, l))
		}
	}
	return out
}

// dutyRows counts the lines of a schedule flattened one cell a line: a duty that names its units
// ("区住建局负责，各街道配合，完成…"), then its time alone (timeLine).
func (p *parser) dutyRows(lines []string) int {
	n := 0
	for i := 0; i+1 < len(lines); i++ {
		if !timeLine(lines[i+1]) || utf8.RuneCountInString(lines[i]) < 12 {
			continue
		}
		if cs := p.subjectClauses(lines[i]); len(cs) > 0 && len(cs[0].lead) > 0 {
			n++
		}
	}
	return n
}

// timeLine is a line that only says by when (TimeClause): "2024年6月30日前", "2024年5月30日前完成";
// not a bare date, which signs a notice ("2024年3月5日").
func timeLine(l string) bool {
	l = strings.TrimSpace(l)
	return utf8.RuneCountInString(l) <= 16 && strings.ContainsAny(l, "前底内") && TimeClause(l)
}

// bodyLines drops the notice in front of the plan: everything up to the plan's own title line
// when the title appears a second time, else up to the first line after the addressees.
func (p *parser) bodyLines(lines []string) []string {
	t := p.doc.Title
	if t != "" {
		for i, l := range lines {
			if l == t || (strings.HasPrefix(l, t) && utf8.RuneCountInString(l)-utf8.RuneCountInString(t) < 3) {
				// The notice in front of the plan ("经区政府第76次常务会议审议通过，现印发给你们") is kept
				// for search, as the notice's paragraphs.
				p.notice = lines[:i]
				p.doc.Paras = append(p.doc.Paras, noticeParas(lines[:i])...)
				return lines[i+1:]
			}
			// A title Word wrapped over two lines ("南平市全面推进美丽南平建设" / "三年行动方案（2025—2027年）"),
			// opening the text or its attachment ("附件1"): the two lines are the title, not a heading and
			// its first words.
			if i+1 < len(lines) && len(l) < len(t) && strings.HasPrefix(t, l) && (i == 0 || isAttachLine(lines[i-1])) {
				if two := l + lines[i+1]; two == t || (strings.HasPrefix(two, t) && utf8.RuneCountInString(two)-utf8.RuneCountInString(t) < 3) {
					p.notice = lines[:i]
					p.doc.Paras = append(p.doc.Paras, noticeParas(lines[:i])...)
					return lines[i+2:]
				}
			}
		}
	}
	// No line repeats the title, but a notice sent to its parties ("各镇人民政府、街道办事处,…:")
	// hands over its plan as an attachment ("附件1" and the table): what stands before is the notice.
	for i, l := range lines {
		// The attachment itself ("附件1"), not the notice's list of them ("附件:1. …").
		if isAttachLine(l) && utf8.RuneCountInString(l) <= 6 {
			if i > 0 && addressed(lines[:i]) {
				p.notice = lines[:i]
				p.doc.Paras = append(p.doc.Paras, noticeParas(lines[:i])...)
				return lines[i:]
			}
			break
		}
	}
	return lines
}

// noticeParas are the notice's paragraphs kept for search: its sentences, and the list of the
// attachments it sends ("附件：1.…包保责任表" / "2.…扑火应急队伍名单") joined into one, which names
// them all though only some are printed after the plan.
func noticeParas(lines []string) []Paragraph {
	var out []Paragraph
	for i := 0; i < len(lines); i++ {
		n := strings.TrimSpace(lines[i])
		if attachList.MatchString(n) {
			j := i + 1
			for ; j < len(lines); j++ {
				l := strings.TrimSpace(lines[j])
				if lvl, _, _, rest := heading(l); lvl != lvlItem || strings.Contains(rest, "。") || utf8.RuneCountInString(rest) >= 50 {
					break
				}
				n += " " + l
			}
			if strings.TrimSpace(attachList.ReplaceAllString(n, "")) != "" {
				out = append(out, Paragraph{Section: "通知", Text: n})
			}
			i = j - 1
			continue
		}
		if utf8.RuneCountInString(n) >= 10 && strings.ContainsAny(n, "。，") {
			out = append(out, Paragraph{Section: "通知", Text: lines[i]})
		}
	}
	return out
}

// buildTree turns body lines into the item tree. Tables (a 序号 header, one cell per line, or rows
// with cells separated by ｜) become table items.
func (p *parser) buildTree(lines []string) *item {
	root := &item{level: -1}
	b := &treeBuilder{p: p, lines: lines, root: root, cur: root, decimal: decimalNumbered(lines)}
	for b.i = 0; b.i < len(lines); b.i++ {
		b.line(lines[b.i])
	}
	return root
}

// treeBuilder walks a plan's lines once, keeping the item the next line belongs to.
type treeBuilder struct {
	p            *parser
	lines        []string
	i            int
	root, cur    *item
	attach       *item // the attachment being read
	inAttachList bool  // inside "附件：1. … 2. …", the list of attachments
	order        int
	lastItem     int // the number of the last 1. 2. item, so that "11.121人才" reads as item 11
	decimal      int // 2: the plan numbers its items 1.1, 1.2, 2.1 (decimalNumbered)
}

// decimalItem is an item numbered with its heading's number, a point and its own (1.1, 2.3), or a
// point's with a third (2.1.1), then its words: "1.1 推进政务云整合。".
var decimalItem = mustCompile(`^(\d{1,2})[.．](\d{1,2})(?:[.．](\d{1,2}))?\s*`)

// figureWords open what follows a decimal figure rather than an item's words: 1.5万, 2.3亿元, 3.5倍.
const figureWords = "万亿千百元角米吨个只件项台套户人次倍年月日时秒周天季度公里亩平方立克升斤余多成家所座条批"

// decimalWords returns the number's parts and the words after a decimal item's number, or nil
// when the line opens with no such number or with a figure.
func decimalWords(l string) (m []string, rest string) {
	m = decimalItem.FindStringSubmatch(l)
	if m == nil {
		return nil, ""
	}
	rest = l[len(m[0]):]
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.Is(unicode.Han, r) && r != '“' && r != '《' || strings.ContainsRune(figureWords, r) {
		return nil, ""
	}
	return m, rest
}

// decimalNumbered tells whether a plan numbers its items decimally, as provincial 工作要点 and many
// departments' plans do ("1.1 推进…", "1.2 建设…", under 一、 or under "1 夯实…"): two items or more
// of one heading, numbered on from 1. It returns 2 for items numbered 1.1, 0 for a plan numbered
// otherwise. A plan numbered down to 1.1.1 is a regulation or an emergency plan (1 总则, 1.1 编制目的,
// 3.3.1 …主要职责为), its chapters no tasks: 3 is returned and its numbers are left as they were read
// before (decimalHeading reads nothing), which the corpus's emergency plan scores better.
func decimalNumbered(lines []string) int {
	seen := map[string]bool{}
	for _, l := range lines {
		if m, _ := decimalWords(strings.TrimSpace(l)); m != nil {
			k := m[1] + "." + m[2]
			if m[3] != "" {
				k += "." + m[3]
			}
			seen[k] = true
		}
	}
	depth := 0
	for k := range seen {
		if strings.HasSuffix(k, ".1") && seen[strings.TrimSuffix(k, "1")+"2"] {
			depth = max(depth, strings.Count(k, ".")+1)
		}
	}
	return depth
}

// bareNumberHeading is a heading numbered by a figure over decimal items, alone or with its point:
// "1 夯实数字基础设施", "1.稳定粮食面积" over "1.1", "1.2" (as "（一）" stands over "1.").
var bareNumberHeading = mustCompile(`^(\d{1,2})\s*(?:[.．、]\s*)?(\p{Han}[^。；;，,：:]{1,30})$`)

// decimalHeading reads a line of a decimally numbered plan: an item 1.1 (a point 1.1.1), or the
// heading "1 夯实数字基础设施" whose items 1.1, 1.2 follow; ok is false for any other line.
func (b *treeBuilder) decimalHeading(l string) (lvl, num int, marker, rest string, ok bool) {
	if m, rest := decimalWords(l); m != nil {
		marker = strings.TrimSpace(l[:len(l)-len(rest)])
		if m[3] != "" {
			n, _ := strconv.Atoi(m[3])
			return lvlSubItem, n, marker, rest, true
		}
		n, _ := strconv.Atoi(m[2])
		return lvlItem, n, marker, rest, true
	}
	h := bareNumberHeading.FindStringSubmatch(l)
	if h == nil {
		return 0, 0, "", "", false
	}
	for k := b.i + 1; k < len(b.lines) && k <= b.i+3; k++ {
		next := strings.TrimSpace(b.lines[k])
		if next == "" {
			continue
		}
		if m, _ := decimalWords(next); m == nil || m[1] != h[1] || m[2] != "1" {
			return 0, 0, "", "", false
		}
		n, _ := strconv.Atoi(h[1])
		// Under the plan's 一、 parts such a heading is a section; else it is a part of its own.
		lvl = lvlPart
		for x := b.cur; x != nil && x != b.root; x = x.parent {
			if x.level == lvlPart && partExpr.MatchString(x.marker) {
				lvl = lvlSection
			}
		}
		return lvl, n, h[1], h[2], true
	}
	return 0, 0, "", "", false
}

// line places one line: an attachment, a table, a responsibility line, a heading or text.
func (b *treeBuilder) line(l string) {
	switch {
	case b.attachment(l):
	case b.attachmentList(l):
	case b.table():
	case b.respLine(l):
	default:
		lvl, num, marker, rest := b.heading(l)
		b.place(l, lvl, num, marker, rest)
	}
}

// attachment starts "附件1 title": its items hang under it, not under the plan's last part.
func (b *treeBuilder) attachment(l string) bool {
	title := ""
	var m []string
	switch {
	case isAttachLine(l):
		m = attachExpr.FindStringSubmatch(l)
	case b.attachOfOne(l):
		m = attachColonAlone.FindStringSubmatch(l)
	case strings.HasPrefix(l, "附") && b.tableAhead():
		// "附件1：某区重点任务清单" over its table: the attachment with its title on its line.
		if t := attachTitled.FindStringSubmatch(l); t != nil {
			m, title = []string{t[0], t[1]}, t[2]
			l = l[:strings.IndexAny(l, ":：")]
		}
	}
	if m == nil {
		return false
	}
	// The line after is the attachment's title, unless the attachment opens on its table.
	if title == "" && b.i+1 < len(b.lines) {
		if h, _ := findTableHeader(b.lines, b.i+1); h == nil {
			b.i++
			title = b.lines[b.i]
		}
	}
	num := 1
	if m[1] != "" {
		if n, err := strconv.Atoi(m[1]); err == nil {
			num = n
		} else if n := chineseNum(m[1]); n > 0 {
			num = n // 附件二
		}
	}
	b.attach = &item{level: lvlAttachment, num: num, marker: strings.TrimRight(strings.TrimSpace(l), ":："), title: title, parent: b.root}
	b.root.children = append(b.root.children, b.attach)
	b.cur = b.attach
	b.inAttachList = false
	return true
}

// attachOfOne: "附件：" alone on its line, then one title rather than a numbered list of them
// ("附件：" / "杨浦区…重点任务清单"): the attachment itself.
func (b *treeBuilder) attachOfOne(l string) bool {
	if !attachColonAlone.MatchString(l) || b.i+1 >= len(b.lines) {
		return false
	}
	next := b.lines[b.i+1]
	lvl, _, _, _ := heading(next)
	return lvl != lvlItem && !leadingDigit.MatchString(next)
}

// leadingDigit: a line that opens with a list number ("1.1 …清单", "2、…"), not a year.
var leadingDigit = mustCompile(`^\s*\d{1,2}(?:[.．]\d{1,2})?(?:[.．、\s]|$)`)

// tableAhead: a table's header stands within the next two lines.
func (b *treeBuilder) tableAhead() bool {
	for k := b.i + 1; k < len(b.lines) && k <= b.i+2; k++ {
		if h, _ := findTableHeader(b.lines, k); h != nil {
			return true
		}
	}
	return false
}

// attachTitled is an attachment's number and title on one line: "附件1：某区重点任务清单" (not a
// list of attachments, "附件：1.…").
var attachTitled = mustCompile(`^附[件表]\s*(\d*|[一二三四五六七八九十]{1,3})(?:[.．]\d+)?\s*[:：]\s*((?:(?:19|20)\d{2}|[^\d\s（(]).{1,60})$`)

// attachColonAlone is "附件：" or "附件1.1：" with nothing after the colon; its number (the first of
// "1.1") is captured.
var attachColonAlone = mustCompile(`^附[件表]\s*(\d*)(?:[.．]\d+)?\s*[:：]\s*$`)

// attachmentList skips the list of attachments at a notice's end ("附件：1.…").
func (b *treeBuilder) attachmentList(l string) bool {
	if strings.HasPrefix(l, "附件") && attachList.MatchString(l) {
		b.inAttachList = true
		return true
	}
	if b.inAttachList {
		if lvl, _, _, rest := heading(l); lvl == lvlItem && !strings.Contains(rest, "。") && utf8.RuneCountInString(rest) < 50 {
			return true
		}
		// "6.2025年…细则（试行）": an entry whose title opens on a year is no heading (6.2025 reads
		// as a figure), yet it is one of the list.
		if listedExpr.MatchString(l) && !strings.Contains(l, "。") && utf8.RuneCountInString(l) < 52 {
			return true
		}
		b.inAttachList = false
	}
	return false
}

// table reads a table starting at this line into an item of its own under the nearest part.
func (b *treeBuilder) table() bool {
	header, n := findTableHeader(b.lines, b.i)
	if header == nil {
		return false
	}
	parent := b.cur
	for parent.level >= lvlPart && parent != b.attach && parent != b.root {
		parent = parent.parent
	}
	rows, used := b.p.readTable(header, b.lines[b.i+n:])
	t := &item{level: lvlNone, table: rows, parent: parent, title: "table", ctxPath: headingPath(b.cur)}
	parent.children = append(parent.children, t)
	b.i += n + used - 1
	return true
}

// taskLabel is a label over a task's own words, run on after a list of units once a page's spaces
// are gone: "配合单位:河东区、河西区主要任务:1、对…".
var taskLabel = mustCompile(`(?:主要任务|工作任务|具体任务|任务内容|工作内容|主要内容|具体内容|工作措施|具体措施|主要措施|整改措施|整改要求|工作要求|目标任务|工作目标)[:：]`)

// otherLabel returns where a task label starts in a list (a list ends there), else len(s).
func otherLabel(s string) int {
	if m := taskLabel.FindStringIndex(s); m != nil && m[0] > 0 {
		return m[0]
	}
	return len(s)
}

// respLine keeps "责任单位：X" for the item above.
func (b *treeBuilder) respLine(l string) bool {
	label, list, ok := respLine(l)
	if !ok || b.cur == b.root {
		return false
	}
	var more string
	if k := otherLabel(list); k < len(list) {
		// "配合单位:河东区、河西区 主要任务:1、对…": the list ends where another label starts; what
		// follows is read as a line of its own.
		list, more = strings.TrimSpace(list[:k]), strings.TrimSpace(list[k:])
	}
	defer func() {
		if more != "" {
			b.line(more)
		}
	}()
	b.cur.resp = append(b.cur.resp, respBlock{label: label, list: list, above: reAboveNote.MatchString(l), at: len(b.cur.body)})
	if r := labelRole(label); r == rolePerson || r == roleBody || namesPersonOrState(l) {
		// "牵头负责领导：周喜安": a person, no unit; the line stays in the task's text, so that a
		// question about who leads it can be answered from the plan's own words. So does a line of
		// units that goes on to a person or to what was done ("责任单位:市交通委；项目责任人:张三；实际完成
		// 情况:已于5月30日建成").
		b.cur.body = append(b.cur.body, l)
	}
	return true
}

// namesPersonOrState reports whether a line of labels holds, after its first, a label of a person
// (项目责任人) or of what was done (实际完成情况): words a question may ask for, not units.
func namesPersonOrState(l string) bool {
	for i, loc := range labelLocs(l) {
		if r := labelRole(l[loc[2]:loc[3]]); i > 0 && (r == rolePerson || r == roleBody) {
			return true
		}
	}
	return false
}

// heading reads a line's heading; "11.121人才梯队项目", a number run into the item's own figures,
// is still the next item.
func (b *treeBuilder) heading(l string) (int, int, string, string) {
	if b.decimal == 2 {
		if lvl, num, marker, rest, ok := b.decimalHeading(l); ok {
			return lvl, num, marker, rest
		}
	}
	lvl, num, marker, rest := heading(l)
	if lvl == lvlNone && b.lastItem > 0 {
		if m := itemDigitsExpr.FindStringSubmatch(l); m != nil {
			if n, _ := strconv.Atoi(m[1]); n == b.lastItem+1 {
				lvl, num, marker, rest = lvlItem, n, strings.TrimSpace(m[0]), l[len(m[0]):]
			}
		}
	}
	if lvl == lvlNone && (stageLine.MatchString(l) || bulletWordExpr.MatchString(l) || b.unitHeadingLine(l)) && !strings.ContainsAny(l, "。；;") && utf8.RuneCountInString(l) <= 40 {
		// "第一阶段：自查自纠（即日起至2026年4月30日）", "第二季度重点任务", "3月份工作安排" on a line of
		// its own, over numbered items: a stage heading with no number, one level above them. So is
		// a part named by its kind and ordinal, "行动一：提升政务服务水平" over "1.…" "2.…" (alone, with
		// no numbered item after it, such a line is a point of a list: bulletMarker).
		for k := b.i + 1; k < len(b.lines) && k <= b.i+2; k++ {
			if next, _, _, _ := heading(strings.TrimSpace(b.lines[k])); (next == lvlItem || next == lvlSection) && b.stageFits(next-1) {
				return next - 1, 0, "", l
			} else if strings.TrimSpace(b.lines[k]) != "" {
				break
			}
		}
	}
	if lvl == lvlNone {
		if m := bulletMarker(l); m != "" && b.bulletRun(m) {
			// "◆推进…", "任务二：加强…": points marked with no number, items where a heading opens on them
			// (as "1）…" are: place).
			return lvlSubItem, 0, m, strings.TrimSpace(l[len(m):])
		}
	}
	if lvl == lvlNone && b.cur != b.root && b.cur != b.attach {
		if m, n := ordinalMarker(l); m != "" && b.ordinalRun(l) {
			// "一是培育…" / "二是新建…", "第一，压缩…" / "第二，规范…" on lines of their own: a list of
			// points marked by ordinal words, items where a heading opens on them (place).
			return lvlSubItem, n, m, strings.TrimSpace(l[len(m):])
		}
		if unitDutyLine(l) && b.ordinalRun(l) {
			// "县文广新旅局：负责景区提质改造…" / "县公安局：负责…": a division of duties, a unit's
			// share a line; the unit stays in the words, as the subject of its duty.
			return lvlSubItem, 0, "", l
		}
	}
	if lvl == lvlItem {
		b.lastItem = num
	}
	return lvl, num, marker, rest
}

// ordinalLineExpr opens a point with an ordinal word: "一是", "二是", "第一，", "第二、".
var ordinalLineExpr = mustCompile(`^(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})\s*[，,、：:])`)

// ordinalMarker is the ordinal word a line opens with (ordinalLineExpr) and its number, or "".
func ordinalMarker(l string) (string, int) {
	m := ordinalLineExpr.FindStringSubmatch(l)
	if m == nil {
		return "", 0
	}
	return m[0], chineseNum(m[1] + m[2])
}

// unitDutyLine is a line that opens with a unit's name and a colon before what it is to do:
// "县公安局：负责景区治安秩序维护…".
func unitDutyLine(l string) bool {
	k := strings.IndexAny(l, ":：")
	if k <= 0 || matchLabel(l) != nil {
		return false
	}
	name, rest := l[:k], strings.TrimLeft(l[k:], ":： ")
	rest = strings.TrimLeft(rest, "：")
	n := utf8.RuneCountInString(name)
	return n >= 3 && n <= 20 && allHan(name) && looksLikeUnit(name) && strings.HasPrefix(rest, "负责")
}

// ordinalRun: the line's kind of point (an ordinal word, a unit's share of duties) opens the line
// right before or after it too, the first of them numbered one: a list, not one line that happens
// to open so.
func (b *treeBuilder) ordinalRun(l string) bool {
	kind := func(s string) string {
		s = strings.TrimSpace(s)
		if m := ordinalLineExpr.FindStringSubmatch(s); m != nil {
			if m[1] != "" {
				return "是"
			}
			return "第"
		}
		if unitDutyLine(s) {
			return "duty"
		}
		return ""
	}
	want := kind(l)
	if want == "" {
		return false
	}
	near := func(k int) bool { return k >= 0 && k < len(b.lines) && kind(b.lines[k]) == want }
	if !near(b.i-1) && !near(b.i+1) {
		return false
	}
	if want == "duty" {
		return true
	}
	// The run starts at 一: "第二，" after a line of prose is no list of this plan's.
	k := b.i
	for near(k - 1) {
		k--
	}
	_, n := ordinalMarker(strings.TrimSpace(b.lines[k]))
	return n == 1
}

// bulletGlyphs open points a plan marks with no number: ◆推进…, ●加强…, ■开展….
const bulletGlyphs = "◆◇●○■□▲►▶"

// bulletWordExpr opens a point named by its kind and an ordinal: "任务一：", "行动二：", "措施三:".
var bulletWordExpr = mustCompile(`^(任务|行动|措施|举措|工程|专项)([一二三四五六七八九十]{1,3})\s*[：:]`)

// bulletMarker is the mark a line opens with (a glyph of bulletGlyphs, or a bulletWordExpr), or "".
func bulletMarker(l string) string {
	r, n := utf8.DecodeRuneInString(l)
	if strings.ContainsRune(bulletGlyphs, r) {
		return l[:n]
	}
	if m := bulletWordExpr.FindStringSubmatch(l); m != nil {
		return m[0]
	}
	return ""
}

// bulletRun: another line near this one opens with the same kind of mark (the same glyph, the same
// word with its ordinal): a list of points, not one line that happens to open so.
func (b *treeBuilder) bulletRun(m string) bool {
	kind := func(l string) string {
		x := bulletMarker(strings.TrimSpace(l))
		if w := bulletWordExpr.FindStringSubmatch(x); w != nil {
			return w[1]
		}
		return x
	}
	want := kind(m)
	for k := max(0, b.i-12); k < len(b.lines) && k <= b.i+12; k++ {
		if k != b.i && kind(b.lines[k]) == want {
			return true
		}
	}
	return false
}

// stageFits reports whether a stage heading at level lvl would stand under the heading the line is
// read under, or beside an earlier stage: not beside a numbered heading it stands under ("（一）燃气
// 整治（牵头单位：市住建局）" then "第一阶段：…" then "1.…").
func (b *treeBuilder) stageFits(lvl int) bool {
	x := b.cur
	for x != b.root && x.level > lvl {
		x = x.parent
	}
	return x == b.root || x.level < lvl || x.marker == ""
}

// unitHeadingLine is a unit's name and a colon on a line of its own, over the unit's numbered
// duties: "县卫健委：", "县城管局职责：" (a heading with no number, as "（一）县卫健委" is one with).
func (b *treeBuilder) unitHeadingLine(l string) bool {
	name, ok := strings.CutSuffix(strings.TrimSpace(l), "：")
	if !ok {
		name, ok = strings.CutSuffix(strings.TrimSpace(l), ":")
	}
	return ok && utf8.RuneCountInString(name) <= 20 && !strings.ContainsAny(name, "：:，,") && matchLabel(name) == nil && len(b.p.titleUnits(name)) > 0
}

// stageLine opens a line that names a stage of the plan's time: 第一阶段, 阶段二, 第二季度, 3月份, 2026年.
var stageLine = mustCompile(`^(?:第[一二三四五六七八九十]阶段|阶段[一二三四五六七八九十]|第?[一二三四1-4]季度|\d{1,2}月份?(?:工作|重点|任务)|(?:19|20)\d{2}年度?(?:第?[一二三四1-4]季度|\d{1,2}月份?)?(?:工作|重点|任务))`)

// place puts a heading into the tree, or text into the item above.
func (b *treeBuilder) place(l string, lvl, num int, marker, rest string) {
	top := b.cur == b.root || b.cur == b.attach
	point := false
	if lvl == lvlSubItem && !top && (b.cur.pointItem || b.cur.level < lvlItem && b.cur.level != lvlAttachment && len(b.cur.body) == 0 && len(b.cur.children) == 0 && !strings.ContainsAny(b.cur.title, "。；;")) {
		// "一、重点任务" then "1）推进…", "（1）…", "①…": points numbered right under a part or a
		// section that opened no items are its items, not the points of one.
		lvl, point = lvlItem, true
	}
	switch {
	case lvl == lvlSubItem && !top:
		// (1)(2)… and ①② are points of the item above: its text, not tasks of their own. When
		// each point carries its own responsibility note, the item splits into clauses there.
		b.cur.body = append(b.cur.body, l)
		return
	case lvl == lvlNone && signatureLine(l, b.lines, b.i):
		// The notice's signature (issuer, then the date alone): no words of the item above, but kept
		// for search and for who issued the plan.
		b.p.doc.Paras = append(b.p.doc.Paras, Paragraph{Section: SignatureSection, Text: l})
		return
	case lvl == lvlNone && top:
		// A paragraph with no heading above it: keep it for search.
		b.p.doc.Paras = append(b.p.doc.Paras, Paragraph{Section: sectionOf(b.cur), Text: l})
		b.p.quotedTasks(l, sectionOf(b.cur))
		if len(b.cur.children) == 0 {
			// "各县市区人民政府、园区管委会为各项任务的责任单位，不再一一列出。" above the items.
			b.p.standingLine(b.cur, l)
		}
		return
	case lvl == lvlNone && b.closed() && b.ownDuty(l):
		// "各部门应根据本部门工作职责制定工作细则。" after an item closed by its units: a duty of its
		// own, not more words of that item; its first sentence is its title.
		b.order++
		it := &item{level: b.cur.level, parent: b.cur.parent, order: b.order}
		it.title, it.body = splitTitle(l)
		b.cur.parent.children = append(b.cur.parent.children, it)
		b.cur = it
		return
	case lvl == lvlNone:
		b.cur.body = append(b.cur.body, l)
		if len(b.cur.children) == 0 && len(b.cur.introLead) == 0 && b.cur.level < lvlItem {
			// "区住建局负责以下工作：", "街道消防委实施以下四项工作制度：" over the items: the unit
			// that opens the list leads each item that names no unit of its own.
			b.cur.introLead, b.cur.introPartic = b.p.introUnits(l)
		}
		if len(b.cur.children) == 0 && b.cur.level < lvlItem {
			b.p.standingLine(b.cur, l)
		}
		return
	}
	parent := b.cur
	for parent != b.root && parent.level >= lvl && parent.level != lvlAttachment {
		parent = parent.parent
	}
	b.order++
	it := &item{level: lvl, num: num, marker: marker, parent: parent, order: b.order, pointItem: point}
	it.title, it.body = splitTitle(rest)
	if lvl < lvlItem && len(it.body) == 1 {
		// "（一）打造红色旅游品牌。（牵头单位：市文旅局；配合单位：…）": the heading's note after its full
		// stop is its note as it is without one, giving the items below their units.
		note := strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(it.body[0], it.title), "。"))
		if note != it.body[0] && wholeBracket(note) {
			if lead, _ := b.p.headingUnits(it.title + note); len(lead) > 0 {
				it.title, it.body = it.title+note, nil
			}
		}
	}
	if lvl < lvlItem || lvl == lvlItem && len(splitTop(it.title, "。；")) == 1 {
		it.groupLead, it.standingPartic = b.p.headingUnits(it.title)
		if len(it.groupLead) == 0 && lvl < lvlItem {
			it.groupResp = b.p.headingResp(it.title)
		}
	}
	if lvl < lvlItem {
		// "（二）市交通运输局负责以下工作：", "二、主要任务（各项任务均由省卫生健康委牵头，下同）".
		it.introLead, it.introPartic = b.p.introUnits(rest)
		b.p.standingLine(it, rest)
	}
	parent.children = append(parent.children, it)
	b.cur = it
}

// listIntro is a sentence that introduces the list of items below it: "…负责以下工作：", "…实施以下四
// 项工作制度：", "…职责如下：".
var listIntro = mustCompile(`(?:(?:以下|下列|如下)\p{Han}{0,10}|的(?:主要)?(?:工作)?职责|承办事项)[：:]\s*$|^(?:以下|下列)\p{Han}{0,6}由[^。；;：:]{2,50}[：:]\s*$`)

// introUnits are the units a sentence introducing a list names (listIntro), as lead and helpers:
// "区住建局负责以下工作：", "以下工作由县委宣传部牵头，县文明办配合：", "省体育局的主要职责如下：".
func (p *parser) introUnits(l string) (lead, partic []string) {
	if t := strings.TrimRight(l, " \t"); !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":") || !listIntro.MatchString(l) {
		return nil, nil
	}
	if !introActs.MatchString(l) {
		return nil, nil // "市委、市政府…提出以下要求：": who sets the requirements does not do them
	}
	if cs := p.subjectClauses(l); len(cs) == 1 && len(cs[0].lead) > 0 {
		return cs[0].lead, cs[0].partic
	}
	if ns := p.findNotes(l); len(ns) == 1 && len(ns[0].lead) > 0 {
		return ns[0].lead, ns[0].partic
	}
	// "区创建全国文明城区工作指挥部办公室（以下简称区创建办）的主要职责如下：": the name the plan
	// shortens below is the body.
	if m := introSubject.FindStringSubmatch(asideExpr.ReplaceAllString(l, "")); m != nil && bodyName(m[1]) {
		return p.unitNames(m[1]), nil
	}
	return nil, nil
}

// introActs is what an introduction says its subject does with the list: does it (负责, 实施, 承担,
// 履行, 做好, 抓好), leads it (牵头), or has it as its duties (职责, 承办事项).
var introActs = mustCompile(`负责|实施|承担|履行|做好|抓好|牵头|职责|承办`)

// standingLine reads a line under a heading that names units for every item below it: "以下任务除
// 注明外，均由区商务局牵头，下同" (their group's lead), "（以下各项均需各街道办事处配合，不再列出）".
func (p *parser) standingLine(it *item, l string) {
	if !standingMarker(l) && !strings.Contains(l, "均由") && !strings.Contains(l, "均需") {
		return
	}
	if m := standingLeadExpr.FindStringSubmatch(l); m != nil && len(it.groupLead) == 0 {
		if _, ok := unitList(m[1]); ok {
			it.groupLead = p.canonList(m[1])
		}
		return
	}
	if m := standingSubjectExpr.FindStringSubmatch(l); m != nil {
		// "各县市区人民政府、园区管委会为各项任务的责任单位，不再一一列出": the units first, their role
		// in every task after them.
		if _, ok := unitList(m[1]); ok {
			us := p.canonList(m[1])
			switch role := m[2]; {
			case strings.Contains(role, "牵头") || strings.Contains(role, "主办"):
				if len(it.groupLead) == 0 {
					it.groupLead = us
				}
			case helperVerb.MatchString(role) || strings.Contains(role, "协"):
				it.standingPartic = appendNew(it.standingPartic, us...)
			default:
				it.standing = appendNew(it.standing, us...)
			}
			return
		}
	}
	m := standingExpr.FindStringSubmatch(l)
	if m == nil {
		return
	}
	if _, ok := unitList(m[1]); !ok {
		return // "各项任务均需在2025年底前完成": no unit
	}
	us := p.canonList(m[1])
	if strings.Contains(l[strings.Index(l, m[1])+len(m[1]):], "配合") || strings.Contains(l, "参与") || strings.Contains(l, "协助") {
		it.standingPartic = appendNew(it.standingPartic, us...)
	} else {
		it.standing = appendNew(it.standing, us...)
	}
}

// standingSubjectExpr is a standing note that names its units first and their role in every task
// after them: "各县市区人民政府、园区管委会为各项任务的责任单位", "各乡镇是以下任务的配合单位".
var standingSubjectExpr = mustCompile(`^[（(]?([^，,。；;：:（()]+?)(?:为|是|作为)(?:以下|上述|本方案|本部分)?(?:各项|所有|全部|每项)?(?:工作)?任务的?(牵头|主办|责任|实施|落实|配合|参与|协办|协助|协同)(?:单位|部门|主体)`)

// standingOnly reports a heading's paragraph that only names the units of the items below it
// ("以下任务除注明外，均由区商务局牵头，下同"): no task of its own.
func standingOnly(body []string) bool {
	for _, b := range body {
		t := strings.Trim(b, "（）() 。")
		if !(standingMarker(t) || strings.Contains(t, "注明") || strings.Contains(t, "标明")) || !strings.Contains(t, "均") || utf8.RuneCountInString(t) > 60 {
			return false
		}
	}
	return true
}

// standingLeadExpr is a line naming the lead of every item below it: "各项任务均由省卫生健康委牵头".
var standingLeadExpr = mustCompile(`(?:以下|各项|本部分|所有|未(?:注明|标明|列明|写明)[^，,。；;]{0,8}的|除注明外)[^，,。；;]{0,10}?(?:[，,][^，,。；;]{0,6})?均由([^，,。；;（(]+?)牵头`)

// applyStanding gives a task the units the standing lines above it name (standingLine): responsible
// ones share the lead of a task that names no 牵头, else take part; helpers take part.
func (p *parser) applyStanding(t *Task, it *item, named bool) {
	for x := it.parent; x != nil; x = x.parent {
		addStanding(t, x.standing, named)
		addTakingPart(t, x.standingPartic)
	}
}

// addStanding gives a task units a standing note names for every task: responsible like the task's
// own, they take part beside a named 牵头 (or when the task names no lead) and share the lead otherwise.
func addStanding(t *Task, units []string, named bool) {
	for _, u := range units {
		if t.Role(u) == "" {
			if named || len(t.Lead) == 0 {
				t.Participating = append(t.Participating, u)
			} else {
				t.Lead = append(t.Lead, u)
			}
		}
	}
}

// addTakingPart gives a task units a standing note names to take part in every task.
func addTakingPart(t *Task, units []string) {
	for _, u := range units {
		if t.Role(u) == "" {
			t.Participating = append(t.Participating, u)
		}
	}
}

// dutyOf reads one duty of a unit a heading or an introduction names: "配合区发改局做好…" makes the
// unit helped lead and the unit take part, "会同县医保局推进…" makes those it acts with take part.
func (p *parser) dutyOf(unit []string, text string) (lead, partic []string) {
	body := strings.TrimLeft(itemNumberLead.ReplaceAllString(text, ""), " \t")
	if helped := p.helpedUnits(body); len(helped) > 0 {
		if slices.ContainsFunc(helped, vagueBody.MatchString) {
			return unit, nil // "配合有关部门做好…", "配合上级部门…": the unit's own duty, whoever it helps
		}
		return helped, removeAll(appendNew(nil, unit...), helped)
	}
	for _, it := range jointUnits(pred0(body), false) {
		partic = appendNew(partic, p.unitNames(it)...)
	}
	return unit, removeAll(partic, unit)
}

// vagueBody names bodies by kind or from outside the plan: 有关部门, 上级部门, 各相关单位, 省、市财政部门.
var vagueBody = mustCompile(`^(?:有关|相关|上级|各)|、|部门$`)

// itemNumberLead is an item's number opening its text ("2. ", "（三）").
var itemNumberLead = mustCompile(`^\s*(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*`)

// introSubject is the body opening a list's introduction: "街道消防委实施以下…".
var introSubject = mustCompile(`^(\p{Han}{2,20}?)(?:重点|主要|着力|要|应)?(?:实施|负责|承担|履行|做好|抓好|落实|开展|建立|要|应|须|的(?:主要)?(?:工作)?职责|承办事项)`)

// closed reports whether the item being read has named its units already: a responsibility line
// under it, or a note closing its last paragraph ("…。(责任单位:市住建局)").
func (b *treeBuilder) closed() bool {
	it := b.cur
	if it.level < lvlItem && it.level != lvlPart || it.table != nil {
		return false
	}
	for _, r := range it.resp {
		if role := labelRole(r.label); role != rolePerson && role != roleBody {
			return true
		}
	}
	last := it.title
	if len(it.body) > 0 {
		last = it.body[len(it.body)-1]
	}
	last = strings.TrimSpace(last)
	if !strings.HasSuffix(last, ")") && !strings.HasSuffix(last, "）") && !strings.HasSuffix(last, "〕") {
		return false
	}
	for _, n := range b.p.findNotes(last) {
		if n.end >= len(last)-len("）") && len(n.lead)+len(n.partic) > 0 {
			return true
		}
	}
	return false
}

// ownDuty reports whether a paragraph opens with units doing something ("各部门应根据…") other than
// the units the item above already named: "县行政审批局负责建立审批事项清单" under an item led by
// 县行政审批局 goes on with that item.
func (b *treeBuilder) ownDuty(l string) bool {
	ms := subjectMatches(l)
	if len(ms) == 0 || ms[0][2] != 0 {
		return false
	}
	name := subjectName(l[ms[0][2]:ms[0][3]])
	if _, ok := subjectUnits(name); !ok {
		return false
	}
	named := b.cur.title + strings.Join(b.cur.body, "")
	for _, r := range b.cur.resp {
		named += r.list
	}
	return !strings.Contains(named, name)
}

// SignatureSection is the section of the paragraphs that sign a plan: its issuer, then the date.
const SignatureSection = "落款"

// signatureLine: the date a notice is signed, alone on its line, or the issuers' lines right above
// it (one, or two or three when offices or departments sign together: "中共洱源县委办公室" over "洱源县
// 人民政府办公室" over the date); or the print record of a 版记, the office that prints the plan and the
// day ("金华市婺城区人民政府办公室　　2024年5月20日印发").
func signatureLine(l string, lines []string, i int) bool {
	whole := func(s string) bool {
		if len(s) > 60 || !strings.HasSuffix(strings.TrimSpace(s), "日") {
			return false // a date alone on its line is short and ends with 日
		}
		m := fullDateExpr.FindStringIndex(s)
		return m != nil && m[0] == 0 && strings.TrimSpace(s[m[1]:]) == ""
	}
	if whole(l) || printRecord(l) {
		return true
	}
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if whole(lines[j]) {
			for _, s := range lines[i:j] {
				if utf8.RuneCountInString(s) > 30 || !looksLikeUnit(s) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// printRecordExpr is the print record of a 版记: the printing office, then the day it printed and 印发.
var printRecordExpr = mustCompile(`^\s*(\p{Han}{2,30}?)[\s\x{3000}]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印发\s*$`)

// printRecord: l is a 版记's print record, an office's name (looksLikeUnit) and its day of 印发.
func printRecord(l string) bool {
	if !strings.HasSuffix(strings.TrimSpace(l), "印发") {
		return false
	}
	m := printRecordExpr.FindStringSubmatch(l)
	return m != nil && looksLikeUnit(m[1])
}

// splitTitle separates an item's short title from the text that follows it on the same line:
// "省级现代服务业创新发展区。围绕…" gives "省级现代服务业创新发展区" and the rest.
func splitTitle(rest string) (string, []string) {
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return "", nil
	}
	idx := indexTop(rest, "。；;") // "住房保障组（组长单位：县住建局；成员单位：…）" is one title
	if idx < 0 {
		if utf8.RuneCountInString(rest) <= 40 {
			return rest, nil
		}
		return shorten(rest, 30), []string{rest}
	}
	title := rest[:idx]
	_, size := utf8.DecodeRuneInString(rest[idx:])
	tail := strings.TrimSpace(rest[idx+size:])
	if utf8.RuneCountInString(title) > 40 {
		// A sentence, not a title: the whole line is body.
		return shorten(title, 30), []string{rest}
	}
	if tail == "" {
		return title, []string{rest}
	}
	return title, []string{rest}
}

// withoutClosingAside is s without the bracketed aside that closes it and the punctuation before
// that, or s when it ends in none.
func withoutClosingAside(s string) string {
	if !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") {
		return s
	}
	depth := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case ')', '）':
			depth++
		case '(', '（':
			if depth--; depth == 0 {
				return strings.TrimRight(s[:i], "。；;，,、 ")
			}
		}
	}
	return s
}

// indexTop is the index of the first of chars in s outside brackets, -1 when there is none.
func indexTop(s, chars string) int {
	depth := 0
	for i, r := range s {
		switch r {
		case '(', '（', '〔', '[', '【':
			depth++
		case ')', '）', '〕', ']', '】':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 && strings.ContainsRune(chars, r) {
				return i
			}
		}
	}
	return -1
}

// shorten cuts s to about n characters, at a comma or pause when one falls in the second half. A
// bracketed aside closing s ("…隐患整治（市住建局牵头，各县区政府负责）", a note) goes first: a cut inside
// it would leave its bracket open.
func shorten(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	if words := withoutClosingAside(s); words != s && words != "" {
		return shorten(words, n)
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
	return joinSection(parts)
}

func (it *item) heading() string {
	if it.level == lvlAttachment {
		return strings.TrimSpace(it.marker + " " + it.title)
	}
	return it.marker + it.title
}

// ---------------------------------------------------------------------------------------------
// Stage 5: items become tasks.

// goalSection holds the words of headings of sections that state aims, not tasks.
var goalSection = newWordSet("指导思想", "总体要求", "基本原则", "主要目标", "发展目标", "工作目标", "总体目标", "目标要求", "工作原则", "适用范围", "编制依据")

// taskSection holds the words of headings of sections whose items are tasks even when they name no unit.
var taskSection = newWordSet("任务", "重点", "行动", "工作清单", "举措", "工作节点", "时间节点")

// halfBrackets writes a marker's full-width brackets as half-width ones: "（五）" is numbered "(五)".
var halfBrackets = newReplacer("（", "(", "）", ")")

// reAboveNote opens a note after a run of items that speaks for them all: "（以上2项由市商务局牵头…）",
// "以上任务责任单位：…", "以上各项工作由…负责".
var reAboveNote = mustCompile(`^\s*[（(]?\s*以上\s*(?:各|([0-9]{1,2}|[一二两三四五六七八九十]{1,2}))?\s*(?:项|条|个)?\s*(?:任务|工作|事项|内容|措施)?\s*(?:的)?(?:均|都)?(?:由|责任|牵头|负责|主办|配合)`)

// spreadAboveNotes gives the items of it that name no unit the note that follows them and speaks for
// the items above it ("1.…。2.…。（以上2项由市商务局牵头）"): the note is the last one's line or
// label, and speaks for the items back to the previous such note (or for as many as it counts).
func (p *parser) spreadAboveNotes(it *item) {
	start := 0
	for i, c := range it.children {
		if c.table != nil || len(c.children) > 0 {
			start = i + 1
			continue
		}
		var line string
		var blocks []respBlock
		if n := len(c.body); n > 0 && reAboveNote.MatchString(c.body[n-1]) && len(p.findNotes(c.body[n-1])) > 0 {
			line = c.body[n-1]
		}
		for _, b := range c.resp {
			if b.above {
				blocks = append(blocks, b)
			}
		}
		if line == "" && len(blocks) == 0 {
			continue
		}
		from := start
		src := line
		if src == "" {
			src = "以上"
		}
		if m := reAboveNote.FindStringSubmatch(src); m != nil && m[1] != "" {
			if n := chineseOrArabic(m[1]); n > 0 {
				from = max(start, i+1-n)
			}
		}
		for _, o := range it.children[from:i] {
			if o.table != nil || len(o.children) > 0 || len(o.resp) > 0 || len(p.findNotes(strings.Join(o.body, "\n"))) > 0 {
				continue
			}
			if line != "" {
				o.body = append(o.body, line)
			}
			o.resp = append(o.resp, blocks...)
		}
		start = i + 1
	}
}

// chineseOrArabic reads a small count written either way: 2, 十二, 两.
func chineseOrArabic(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return chineseNum(strings.ReplaceAll(s, "两", "二"))
}

// collectUnder makes the tasks of a tree whose items sit under path (the notice's items under
// "通知", ids prefixed "n").
func (p *parser) collectUnder(root *item, path, ids []string) {
	var walk func(it *item, path []string, ids []string)
	walk = func(it *item, path []string, ids []string) {
		p.spreadAboveNotes(it)
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
		if procedureFields(it) || p.detailedMeasure(it) {
			foldChildren(it)
		}
		hasItemChildren := false
		for _, c := range it.children {
			if c.table == nil {
				hasItemChildren = true
			}
		}
		if it.level > lvlAttachment && !hasItemChildren {
			p.itemTasks(it, path, ids)
		} else if it.level >= 0 && it.level > lvlAttachment && len(it.body) > 0 && len(it.resp) == 0 && p.bodyHasSubject(it) && !introducesItems(it) && !standingOnly(it.body) {
			// A heading over items whose own paragraph gives a unit a duty ("三、加强督导。市发展改革委
			// 负责…统一督导调度"): that paragraph is a task of its own, before its items.
			p.itemTasks(it, path, ids)
		} else if it.level >= 0 {
			for _, b := range it.body {
				p.quotedTasks(b, joinSection(path))
				p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: b})
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
		start := len(p.doc.Tasks)
		for _, c := range it.children {
			walk(c, path, ids)
		}
		if goals := goalDates(it); len(goals) > 0 {
			for i := start; i < len(p.doc.Tasks); i++ {
				p.doc.Tasks[i].addDeadlines(goals)
			}
			if len(p.doc.Tasks)-start == 1 {
				// "1．行动目标。…2．主要任务…牵头单位：…": the one task's goal is part of what it says.
				if g := goalText(it); g != "" {
					t := &p.doc.Tasks[start]
					t.Text = g + "\n" + t.Text
				}
			}
		}
	}
	walk(root, path, ids)
}

// fieldLabel opens an item that is one field of a measure's procedure, as implementing rules and
// service guides write them ("（一）适用范围：…（二）办理流程：…（三）办理时限：…（四）责任单位及承办科室：…"),
// or of an activity, as activity plans do ("1.活动时间：…2.活动内容：…3.组织单位：…").
var fieldLabel = mustCompile(`^\s*(?:活动(?:时间|内容|地点|对象|方式|形式|主题|安排)|适用(?:范围|对象|条件)|支持(?:对象|范围|标准)|补助(?:对象|标准)|补贴(?:对象|标准)|实施(?:范围|对象)|申请(?:条件|材料|流程|程序)|申报(?:条件|材料|流程|程序)|所需材料|办理(?:流程|程序|时限|时间|地点|方式|条件)|受理(?:地点|时限|部门)|兑现(?:方式|程序)|政策依据|咨询电话|联系方式)\s*[：:]`)

// procedureFields reports whether an item's children are the fields of one measure's procedure or
// activity (fieldLabel), the first a field and those naming who answers for it ("责任单位及承办科室：…",
// "组织单位：…", "参加单位：…") after it: one task, not one per field.
func procedureFields(it *item) bool {
	if len(it.children) < 2 || it.level < 0 {
		return false
	}
	fields := 0
	for i, c := range it.children {
		if c.table != nil {
			return false
		}
		line := c.title
		if len(c.body) > 0 {
			line = c.body[0]
		}
		switch {
		case fieldLabel.MatchString(line):
			fields++
		case i > 0 && len(c.children) == 0 && unitsLabelLine(line):
		default:
			return false
		}
	}
	return fields > 0
}

// detailedMeasure reports whether an item is one measure set out in parts, as implementing rules
// write them: its last child only names who answers for it ("（七）责任单位及承办科室：市公积金中心，…"),
// and the parts before it are its details, a part listing its own points ("（一）职工申请住房公积金贷款
// 应具备条件：1.…2.…", "（一）增设节点：1.…") or a field of its procedure ("（六）办理时限：10个工作日"),
// none of them naming units of its own. One task, not one per point; a group of measures each said in
// a sentence of its own (no part with points, no field) keeps its items, the last line their units.
func (p *parser) detailedMeasure(it *item) bool {
	if len(it.children) < 3 || it.level < 0 || it.table != nil || len(it.groupLead) > 0 {
		return false
	}
	last := it.children[len(it.children)-1]
	line := wholeLine(last)
	if len(last.children) > 0 || last.table != nil || !unitsLabelLine(line) || len(labelLocs(line)) != 1 || strings.Contains(strings.TrimRight(line, "。"), "。") {
		return false
	}
	parts := 0
	var named func(c *item) bool // the item or one below it names units of its own
	named = func(c *item) bool {
		if c.table != nil || len(c.resp) > 0 || len(c.groupLead) > 0 {
			return true
		}
		for _, l := range append([]string{c.title}, c.body...) {
			if len(labelLocs(l)) > 0 || len(p.findNotes(l)) > 0 {
				return true
			}
		}
		return slices.ContainsFunc(c.children, named)
	}
	for _, c := range it.children[:len(it.children)-1] {
		if named(c) {
			return false
		}
		first := c.title
		if len(c.body) > 0 {
			first = c.body[0]
		}
		if len(c.children) > 0 || fieldLabel.MatchString(first) {
			parts++
		}
	}
	return parts > 0
}

// wholeLine is an item's words once: its body, which opens with its title when the title was cut from
// its line ("责任单位及承办科室（单位）：市住房城乡建设局，各县区" over the whole line), else its title
// and body one after the other.
func wholeLine(it *item) string {
	if len(it.body) > 0 && strings.HasPrefix(strings.TrimSpace(it.body[0]), strings.TrimSpace(it.title)) {
		return strings.TrimSpace(strings.Join(it.body, ""))
	}
	return strings.TrimSpace(strings.Join(append([]string{it.title}, it.body...), ""))
}

// unitsLabelLine reports whether a line opens with a responsibility label ("责任单位及承办科室：…").
func unitsLabelLine(line string) bool {
	locs := labelLocs(line)
	return len(locs) > 0 && locs[0][0] <= len("（")
}

// foldChildren makes an item's children (and theirs) lines of its own body.
func foldChildren(it *item) {
	var fold func(c *item)
	fold = func(c *item) {
		line := c.title
		if len(c.body) > 0 {
			line = strings.Join(c.body, "\n")
		}
		it.body = append(it.body, strings.TrimSpace(line)) // no marker: "责任单位及承办科室：" opens its line
		it.resp = append(it.resp, c.resp...)
		for _, g := range c.children {
			fold(g)
		}
	}
	for _, c := range it.children {
		fold(c)
	}
	it.children = nil
}

// introducesItems: a heading's paragraph that ends by introducing the items under it ("区住房保障房屋
// 管理局是…主管部门，负责…监督管理，主要履行以下职责："): its duties are those items, not a task of
// its own. A paragraph that gives a duty in a sentence of its own before the one introducing the
// items ("区住建局负责…，2025年底前完成。具体包括：") is still a task.
func introducesItems(it *item) bool {
	body := strings.TrimSpace(strings.Join(it.body, ""))
	intro := strings.TrimRight(body, "：:")
	if intro == body {
		return false
	}
	return !strings.ContainsAny(intro, "。；;")
}

// goalItem: an item headed by a goal's name alone ("1．行动目标", "具体目标", "工作目标"), not a heading
// that goes on to its tasks ("二、行动目标和重点任务").
func goalItem(title string) bool {
	t := strings.TrimSpace(strings.TrimRight(title, "。.：:"))
	return strings.HasSuffix(t, "目标") && !runesAtLeast(t, 7) && !strings.ContainsAny(t, "和及与、")
}

// goalTitled reports an item headed by the plan's aims: a heading that opens with 总体要求, 指导思想,
// 主要目标 … ("一、总体要求", "一、指导思想到2020年稳定实现…" run together), or a goal's name alone.
// Not a sentence that only holds the word ("各牵头单位对承担的工作目标任务落实负总责").
func goalTitled(it *item) bool {
	t := strings.TrimSpace(it.title)
	for _, r := range t {
		for _, w := range goalSection.first[r] {
			if strings.HasPrefix(t, w) {
				return true
			}
		}
		break
	}
	return goalItem(t)
}

// goalDates are the dates of an item's goal among its children ("1．行动目标。…到2018年，建成…" beside
// "2．主要任务…" and its units): the targets of the tasks under the same item. Not the plan's
// own goals (一、总体要求 beside 二、重点任务).
func goalDates(it *item) []Deadline {
	if it.level < 0 {
		return nil // the plan's own goals give its period (inheritPeriod), marked inherited
	}
	var ds []Deadline
	for _, c := range it.children {
		if c.table != nil || len(c.children) > 0 || len(c.resp) > 0 || !goalItem(c.title) {
			continue
		}
		for _, d := range ParseDeadlines(strings.Join(c.body, "\n")) {
			if d.Kind == KindTarget {
				ds = append(ds, d)
			}
		}
	}
	return ds
}

// sentenceLead is a list of units a sentence marks as leading: "市发展改革委牵头抓总，".
var sentenceLead = mustCompile(`(?:^|[，,。；;：:\n])([^，,。；;：:（）()\n]{2,40}?)牵头(?:抓总|负责|推进|组织|实施)?(?:[，,。；;]|$)`)

// leadInSentence: a task whose note lists every unit as responsible ("（责任单位：市发展改革委、市商务局、
// …）") while its own sentence marks one of them as leading ("市发展改革委牵头抓总，市商务局…协同")
// has that one lead and the others of the note taking part, as a 责任单位 column beside a 牵头 does.
func (p *parser) leadInSentence(t *Task) {
	if len(t.Lead) < 2 || len(t.Participating) > 0 || !strings.Contains(t.Text, "牵头") {
		return
	}
	var marked []string
	for _, m := range sentenceLead.FindAllStringSubmatchIndex(t.Text, -1) {
		if bracketDepth(t.Text, m[2]) > 0 {
			continue // a note's own 牵头
		}
		items, ok := unitList(strings.TrimPrefix(t.Text[m[2]:m[3]], "由"))
		if !ok {
			continue
		}
		for _, u := range items {
			marked = appendNew(marked, p.unitNames(u)...)
		}
	}
	if len(marked) == 0 || len(marked) >= len(t.Lead) {
		return
	}
	for _, u := range marked {
		if !slices.Contains(t.Lead, u) {
			return
		}
	}
	var rest []string
	for _, u := range t.Lead {
		if !slices.Contains(marked, u) {
			rest = append(rest, u)
		}
	}
	t.Lead, t.Participating = marked, rest
}

// goalText is the words of an item's goal among its children, as goalDates finds it.
func goalText(it *item) string {
	var b []string
	for _, c := range it.children {
		if c.table != nil || len(c.children) > 0 || len(c.resp) > 0 || !goalItem(c.title) {
			continue
		}
		b = append(b, c.body...)
	}
	return strings.Join(b, "\n")
}

// quotedProject is a work named in quotation marks with its units in brackets after it, as reports
// and notices list them: "“老旧小区改造”(市住建局)、“公共场所新增AED”(市红十字会)".
var quotedProject = mustCompile(`“([^“”]{4,60})”[(（]([^()（）]{2,60})[)）]`)

// quotedTasks makes a task of every quoted work in a paragraph outside the numbered items whose
// brackets hold only units; they are numbered q1, q2 … through the plan.
func (p *parser) quotedTasks(b, section string) {
	if !strings.Contains(b, "”") {
		return
	}
	for _, m := range quotedProject.FindAllStringSubmatchIndex(b, -1) {
		items, ok := unitList(b[m[4]:m[5]])
		if !ok {
			continue
		}
		var lead []string
		for _, it := range items {
			lead = appendNew(lead, p.unitNames(it)...)
		}
		p.quoted++
		t := Task{ID: p.doc.ID + ":q" + strconv.Itoa(p.quoted), Doc: p.docRef(), Section: section,
			Title: b[m[2]:m[3]], Text: b[m[0]:m[1]], Lead: lead}
		t.addDeadlines(ParseDeadlinesIn(t.Title, p.year))
		p.noteSecondNames(&t, p.secondNotes(b[m[4]:m[5]]))
		p.doc.Tasks = append(p.doc.Tasks, t)
		p.doc.Paras = append(p.doc.Paras, Paragraph{Section: section, TaskID: t.ID, Text: t.Text})
	}
}

// itemWords are the words an item's units may be read from: its title, paragraphs and notes, and the
// titles and notes of the headings above it.
func itemWords(it *item) []string {
	var out []string
	for x := it; x != nil; x = x.parent {
		out = append(out, x.title)
		if x == it {
			out = append(out, x.body...)
		}
		for _, r := range x.resp {
			out = append(out, r.list)
		}
	}
	return out
}

// bodyHasSubject reports whether a heading's own paragraph names a unit as the subject of its duty.
func (p *parser) bodyHasSubject(it *item) bool {
	cs := p.subjectClauses(strings.Join(it.body, "\n"))
	for _, c := range cs {
		if len(c.lead) > 0 {
			return true
		}
	}
	return false
}

// uniqueIDs makes IDs unique even in plans that repeat a number.
func (p *parser) uniqueIDs() {
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
	namedLead    bool     // the clause marks its lead (牵头); else its units are responsible only
	inSentence   bool     // the units were read from a sentence ("由X牵头，…"), not from a note
	times        []string // what the clause's note says under a time label ("完成时限：10月20日")
}

// partyWords is a party named as acting in a sentence the subject rules did not read: a group (各推进
// 主体, 有关部门, …等单位) or a unit's name before what it does.
var partyWords = mustCompile(`(?:各|有关|相关|等)\p{Han}{0,6}(?:部门|单位|地区|主体|乡镇|街道|区县|县区)|\p{Han}{2,12}(?:局|委|办|站|中心|所|院|园|队)(?:[、和及与]|要|应|负责|积极|加快|发挥|做好|加强|牵头|会同|按照)`)

// unitlessTask reports whether an item that names no unit is a task all the same: one in the
// tasks' part of the plan, one with a recurring duty, or a step whose heading dates it ("1、动员发动
// 阶段(2007年12月10日前)…": work to be done by then, whoever the plan leaves it to); never a goal.
func (p *parser) unitlessTask(it *item, section string, recurring bool) bool {
	if namesLeader(it) {
		// "1.地区生产总值增长6%。牵头领导：刘希明" cut before its units: a person answers for it.
		return true
	}
	if goalSection.in(section) || goalSection.in(it.title) || goalItem(it.title) || periodHeading.MatchString(it.title) {
		return false
	}
	if taskSection.in(section) || recurring {
		return true
	}
	if strings.Contains(section, "措施") && (!strings.Contains(section, "保障") || partyWords.MatchString(it.title+"。"+strings.Join(it.body, "\n"))) {
		// "五、实施措施", "主要措施": the plan's measures, though the parser reads no unit in one; a
		// 保障措施 item when it names someone to act ("…等单位发挥…", "绿化指导站积极推进…").
		return true
	}
	return len(ParseDeadlines(it.title)) > 0 || len(p.stageTime(it)) > 0 || p.dueByDay(it)
}

// dueByDay reports an item whose words set a day its work is due by ("…，于2020年6月20日前征询区发展改革委
// 等部门意见"): work to be done by then, whoever the plan leaves it to. Not a day that only bounds a
// case ("…但在2015年12月30日前拆解的，按80%补助"), nor a day without 前 (the notice's own date under its
// last item, "…管委会2013年3月12日").
func (p *parser) dueByDay(it *item) bool {
	text := strings.Join(append([]string{it.title}, it.body...), "\n")
	for _, d := range p.deadlines(text) {
		if d.Kind != KindBy || d.Inherited || !stageDay.MatchString(d.Quote) || !strings.HasSuffix(d.Quote, "前") {
			continue
		}
		i := strings.Index(text, d.Quote)
		if i < 0 {
			continue
		}
		rest := text[i+len(d.Quote):]
		if k := strings.IndexAny(rest, "，,。；;\n"); k >= 0 {
			rest = rest[:k]
		}
		if !strings.HasSuffix(rest, "的") {
			return true
		}
	}
	return false
}

// namesLeader reports an item whose words name a person who answers for it ("牵头负责领导：姚志").
func namesLeader(it *item) bool {
	for _, b := range append([]string{it.title}, it.body...) {
		for _, m := range personNote.FindAllStringSubmatch(b, -1) {
			if labelRole(m[1]) == rolePerson {
				return true
			}
		}
	}
	return false
}

// principles reports an item that states the plan's guiding ideas or principles ("指导思想。以…为指导",
// "基本原则。一是加强领导…"): what the whole plan holds to, no one's task, whoever it names.
func principles(title string) bool {
	t := strings.TrimSpace(strings.TrimRight(title, "。.：: "))
	switch t {
	case "指导思想", "基本原则", "指导原则", "工作原则", "总体思路", "起草背景", "编制背景":
		return true
	}
	return false
}

// closingCharge is the unnumbered paragraph that closes a plan by charging everyone with it ("各地
// 各相关部门要充分认识…的重要性，强化部门联动…"): the plan's call to action, no task of its own.
var closingCharge = mustCompile(`^各(?:地|级|有关|相关|部门|单位)[^，。；]{0,12}要(?:充分|深刻)认识`)

// rosterLabel opens a line of a leading group's roster: "组长：尤猛军…副组长：赵晓波…成员：…" (the
// labels often spaced, "组 长：", "成 员：").
var rosterLabel = mustCompile(`(?:副\s*)?组\s*长\s*[：:]|(?:成\s*员|组\s*员)\s*[：:]`)

// rosterColons counts the colons that may close a rosterLabel: right after 长 or 员, spaces aside.
// Each label closes its own colon, so a text with fewer than two holds no roster.
func rosterColons(text string) int {
	n := 0
	for _, colon := range []string{"：", ":"} {
		for rest := text; ; {
			k := strings.Index(rest, colon)
			if k < 0 {
				break
			}
			before := strings.TrimRight(rest[:k], "\t\n\f\r ") // regexp's \s
			if strings.HasSuffix(before, "长") || strings.HasSuffix(before, "员") {
				n++
			}
			rest = rest[k+len(colon):]
		}
	}
	return n
}

// cutRoster takes a leading group's roster out of an item's words: from the sentence that opens it
// ("决定成立…工作小组：组长：…") to the full stop
// after its last label, which ends the members' lines ("…领导小组办公室设在区安办。"). Persons and their
// posts, no one's task: the units in the posts (区交通与建设局副局长…) do nothing here; the sentences
// after it ("区农村发展局负责处理…", "各乡镇要成立…") keep theirs. A roster needs a second label (副组长,
// 成员): a lone "组长：" is no roster. The words cut are returned to stay searchable.
func cutRoster(text string) (kept, roster string) {
	if rosterColons(text) < 2 {
		return text, "" // the pattern is slow on long texts, which seldom hold one label
	}
	ix := rosterLabel.FindAllStringIndex(text, -1)
	if len(ix) < 2 {
		return text, ""
	}
	start := 0 // the sentence that forms the group goes with it ("…决定成立…工作小组：组长：…")
	if k := strings.LastIndexAny(text[:ix[0][0]], "。\n"); k >= 0 {
		_, size := utf8.DecodeRuneInString(text[k:])
		start = k + size
	}
	end := len(text)
	if k := strings.Index(text[ix[len(ix)-1][1]:], "。"); k >= 0 {
		end = ix[len(ix)-1][1] + k + len("。")
	}
	return text[:start] + text[end:], text[start:end]
}

// pointsWithNotes is an item's text with its responsibility lines back where they stand, when they
// close its points one by one: "1．实施综合整治工程" over "（1）全面排查拥堵路段。…" "责任单位：区公安局"
// "（2）落实整治责任。…" "责任单位：区交建局". Each point is then a task with its own units, as when
// the note ends the point's line; read as the item's block, every unit would go to one task.
func pointsWithNotes(it *item) (string, bool) {
	if len(it.resp) < 2 {
		return "", false
	}
	var cuts []int
	for _, r := range it.resp {
		if role := labelRole(r.label); r.above || r.at == 0 || r.at > len(it.body) || role == rolePerson || role == roleBody {
			return "", false
		}
		if len(cuts) > 0 && r.at < cuts[len(cuts)-1] {
			return "", false
		}
		if len(cuts) == 0 || cuts[len(cuts)-1] != r.at {
			cuts = append(cuts, r.at)
		}
	}
	if len(cuts) < 2 {
		return "", false
	}
	prev := 0
	for i, c := range cuts {
		// The first stretch holds a point (maybe after the item's own words); each later one opens
		// with the next point. Or every stretch is a paragraph of prose, no point's number before
		// it, closed by its own note ("强化畜禽养殖污染防治。…" "责任单位：A牵头，B参与" "鼓励农民增施
		// 有机肥，…。" "责任单位：A负责"): each is a task.
		if i == 0 && !slices.ContainsFunc(it.body[:c], pointLine.MatchString) || i > 0 && !pointLine.MatchString(it.body[prev]) {
			if !proseStretches(it.body, cuts) {
				return "", false
			}
			break
		}
		prev = c
	}
	var lines []string
	k := 0
	for i, b := range it.body {
		lines = append(lines, b)
		for ; k < len(it.resp) && it.resp[k].at == i+1; k++ {
			lines = append(lines, it.resp[k].label+"："+it.resp[k].list)
		}
	}
	return strings.Join(lines, "\n"), true
}

// proseStretches reports whether the stretches of body that cuts end (each closed by its own note)
// are paragraphs of prose: each opens with a sentence of its own, no point's number or heading before
// it, and runs to a sentence end.
func proseStretches(body []string, cuts []int) bool {
	prev := 0
	for _, c := range cuts {
		if c <= prev {
			return false
		}
		first := strings.TrimSpace(body[prev])
		if pointLine.MatchString(first) || bodyOpened.MatchString(first) || !runesAtLeast(first, 30) || !strings.Contains(first, "。") {
			return false
		}
		prev = c
	}
	return true
}

// pointLine opens with a point's number in brackets or a circle: "（1）", "(2)", "①", "⑴".
var pointLine = mustCompile(`^\s*(?:[（(]\s*\d{1,2}\s*[)）]|[①-⑳⑴-⒇])`)

// provisions reports a heading of the plan's closing provisions (附则): when it takes effect and what
// it replaces.
func provisions(heading string) bool {
	return strings.Contains(heading, "附则") || strings.Contains(heading, "附　则")
}

// itemTasks makes the tasks of one leaf item: one task, or one per clause when several clauses each
// carry their own responsibility note.
func (p *parser) itemTasks(it *item, path, ids []string) {
	if it.parent != nil && !it.parent.noteRead {
		it.parent.noteRead = true
		p.groupNote(it.parent)
	}
	if it.parent != nil && it.parent.unitsItem == it {
		// The group's responsibility label, read for its items: no task of its own.
		p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: strings.Join(append([]string{it.title}, it.body...), " ")})
		return
	}
	text := strings.Join(it.body, "\n")
	if text == "" {
		text = it.title
	} else if strings.ContainsAny(it.title, "(（") && !strings.HasPrefix(text, it.title) && len(p.findNotes(it.title)) > 0 {
		// "一、减免保教费(责任单位:县教育局)" over its paragraph: the heading's note is the item's.
		text = it.title + "。" + text
	}
	pointed := false
	if t, ok := pointsWithNotes(it); ok {
		text, pointed = t, true
	}
	section := joinSection(path[:len(path)-1])
	if provisions(it.title) || provisions(section) || principles(it.title) || it.marker == "" && closingCharge.MatchString(text) {
		// "八、附则。本实施意见自发布之日起施行…同时废止": when the plan takes effect, no one's task.
		for _, b := range append([]string{it.title}, it.body...) {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: b})
		}
		return
	}
	if kept, cut := cutRoster(text); cut != "" {
		p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: cut})
		text = kept
	}
	p.curPart = ""
	if len(path) > 1 {
		p.curPart = path[0]
	}
	clauses := p.splitClauses(text)
	blk := p.readBlock(it)
	if pointed {
		blk = block{} // each point's note is in the text, for its own point
	}
	group := groupLeadOf(it)
	if len(group) > 0 && !blk.has() && len(clauses) == 1 && !anyClauseUnits(clauses) {
		// "（一）强化要素保障。（牵头单位：市发展改革委）" over "3.加大信贷投放，人民银行绵阳市分行负责。":
		// the units the item charges with its own work, nearer than the group's note, answer for it.
		if us, partners := p.ownCharge(clauses[0].text); len(us) > 0 {
			c := &clauses[0]
			c.lead, c.partic, c.hasUnits, c.inSentence, c.namedLead = us, partners, true, true, true
		}
	}
	recurring := p.recurring(text)
	if !blk.has() && len(group) == 0 && !anyClauseUnits(clauses) && len(clauses) == 1 && !goalTitled(it) {
		// No note anywhere: the units the sentences name as their subjects ("各牵头单位要…",
		// "区政府办公室将…"), as a reader would take them. Not in an item headed by the plan's aims
		// ("一、总体要求 …系统构建片区、区直部门联合落实…长效机制"): a goal names who works together, not
		// who is charged.
		if cs := p.subjectClauses(clauses[0].text); cs != nil {
			clauses = cs
			if intro := introLeadOf(it); len(intro) > 0 && len(cs) == 1 && onlySupport(cs[0].text) {
				// "（二）市交通运输局负责以下工作：" over "1. 推进…。市财政局给予资金支持。": the list's unit
				// leads; the one the sentence names only supports it.
				c := &clauses[0]
				c.partic = appendNew(removeAll(appendNew(nil, c.lead...), intro), c.partic...)
				c.lead = appendNew(nil, intro...)
			}
		} else if u := p.headingUnit(it); len(u) > 0 {
			// Still none: a heading that is a unit's name ("(一)综合办公室(党群工作部、督查室)")
			// over the unit's duties.
			c := &clauses[0]
			c.lead, c.partic = p.dutyOf(u, c.text)
			c.hasUnits, c.inSentence = true, true
		} else if u := introLeadOf(it); len(u) > 0 {
			// Still none: the unit the sentence introducing the list names ("…实施以下四项工作制度：").
			c := &clauses[0]
			c.lead, c.partic = p.dutyOf(u, c.text)
			c.partic = appendNew(c.partic, it.parent.introPartic...)
			c.hasUnits, c.inSentence = true, true
		} else if u := p.leadInUnit(it); len(u) > 0 && len(p.deadlines(text)) > 0 {
			// Still none, but a date: a milestone of the one unit the heading's opening sentence
			// charges with the work below ("九、工作节点" / "区审批审查中心应…推进中心挂牌…" over "1.完成
			// 区审批审查中心正式挂牌。2021年6月25日前完成…").
			c := &clauses[0]
			c.lead = appendNew(nil, u...)
			c.hasUnits, c.inSentence = true, true
		}
	}
	if !blk.has() && len(group) == 0 && !anyClauseUnits(clauses) && !p.unitlessTask(it, section, len(recurring) > 0) {
		// No task, but its words stay searchable: the title too when the body does not hold it
		// ("1.地区生产总值增长6%。" over a leader's name).
		if it.title != "" && !strings.Contains(text, it.title) {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: it.title})
		}
		for _, b := range it.body {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: b})
		}
		return
	}
	if !blk.has() && len(group) == 0 && !anyClauseUnits(clauses) && scheduleSection(section) {
		// A step of the plan's schedule that names no unit ("（四）第四季度：完成项目施工…") is a task and
		// stays a line of the schedule too, which answers when the work is done.
		if _, ok := periodTitle(it.title, p.year); ok {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: text})
		}
	}
	number := halfBrackets.Replace(strings.TrimRight(it.marker, ".．、。"))
	baseID := p.doc.ID + ":" + strings.Join(ids, ".")
	var notes []secondNote
	notesRead := false
	var closing []Deadline
	closingRead := false
	for ci, c := range clauses {
		t := Task{
			ID:            baseID,
			Doc:           p.docRef(),
			Section:       section,
			Number:        number,
			Title:         p.taskTitle(it.title),
			Text:          c.text,
			Lead:          appendNew(nil, c.lead...),
			Participating: appendNew(nil, c.partic...),
		}
		if len(clauses) > 1 {
			t.ID = fmt.Sprintf("%s-%d", baseID, ci+1)
			t.Number = fmt.Sprintf("%s-%d", number, ci+1)
			if ci == 0 {
				if point, ok := firstPointAfterTitle(c.text, it.title); ok {
					t.Title = shorten(firstSentence(pointNumber.ReplaceAllString(point, "")), 30)
				}
			} else {
				// A point's title is its words, not the number printed before them ("（2）农村生活污水…",
				// "②建设农村资源回收站点50个"): the first point is titled by the item, unless it opens
				// with its own number ("（1）压缩审批时限，…。（责任单位：X）" under "1.加快项目前期工作。"):
				// then it is a point like the others, and the item's words are only their heading.
				t.Title = shorten(firstSentence(pointNumber.ReplaceAllString(c.text, "")), 30)
			}
		}
		var known []Recurring
		if len(clauses) == 1 {
			known = recurring // the clause is the item's whole text: no need to read it again
		}
		p.clauseTask(&t, c, blk, group, recurring, known)
		if g := groupRespOf(it); len(t.Lead) == 0 && len(g) > 0 {
			// "三、医疗保障（责任单位：市医保局）" over "…。市卫健委配合。": the heading's units lead.
			t.Lead, t.Participating = append([]string(nil), g...), removeAll(t.Participating, g)
		}
		if len(t.Lead) == 0 && len(t.Participating) > 0 && !blk.has() && len(group) == 0 {
			// "（一）市应急管理局" over "2.牵头开展危险化学品安全专项整治，市公安局、市交通运输局配合。": a
			// duty among a unit's duties that names only its partners is the heading unit's.
			if u := p.headingUnit(it); len(u) > 0 {
				t.Lead, t.Participating = appendNew(nil, u...), removeAll(t.Participating, u)
			}
		}
		p.leadInSentence(&t)
		p.applyStanding(&t, it, c.namedLead || blk.named || len(group) > 0)
		for _, tm := range c.times {
			p.addTime(&t, tm) // "（牵头单位：市人社局；完成时限：10月20日）"
		}
		if ci > 0 && len(t.Deadlines) == 0 && (c.inSentence || !c.hasUnits) {
			// "1.9月30日前，区建设管理委…完成…。各行业主管部门组织…": the date opening the item is
			// each of its sentences'. A clause split off by a note of its own ("（责任单位：X）") is
			// not one of those sentences.
			t.Deadlines = p.openingDeadlines(text)
		}
		if ci < len(clauses)-1 && len(t.Deadlines) == 0 && (c.inSentence || !c.hasUnits) && len(p.recurring(c.text)) == 0 {
			// "由X牵头，具体分工如下：A负责…，B负责…，C负责…。6月底前完成。": a date closing the item in a
			// sentence of its own dates each of its sentences, not the last alone (read once an item).
			// Not a clause whose time its frequency says ("X负责每月开展一次巡查，…。6月底前完成。"):
			// the closing date is the one-off work's.
			if !closingRead {
				closing, closingRead = p.closingDeadlines(text, clauses[len(clauses)-1].text), true
			}
			t.Deadlines = slices.Clone(closing)
		}
		if len(t.Deadlines) == 0 && it.title != "" && !strings.Contains(text, it.title) && !strings.HasSuffix(it.title, "…") {
			// "（二）2023年6月底前" over its work: a date the heading gives is the item's.
			t.addDeadlines(p.deadlines(it.title))
		}
		// A stage of a campaign, "集中整治阶段(5月-8月)": its work is due by the stage's end.
		t.addDeadlines(p.stageTime(it))
		if len(clauses) == 1 && it.title != "" && !strings.Contains(t.Text, it.title) && !strings.HasSuffix(it.title, "…") {
			t.Text = it.title + "。" + t.Text
		}
		if ci == 0 && it.parent != nil && it.parent.unitsFirst && it.parent.children[1] == it && it.parent.title != "" {
			// "（四）组织打击非法购销、加工红珊瑚行动" over "1.行动单位 牵头单位：X" and "2.工作重点（1）…":
			// the work below the units is the heading's own, titled by it.
			t.Title = it.parent.title
			if !strings.Contains(t.Text, it.parent.title) {
				t.Text = it.parent.title + "。" + t.Text
			}
		}
		if len(clauses) == 1 && it.parent != nil && unitsHeading.MatchString(strings.TrimSpace(t.Text)) && len(t.Lead)+len(t.Participating) > 0 && hasLaterSibling(it) {
			// "1.行动单位 牵头单位：X 参加单位：Y" over "2.工作重点（1）…（2）…": an item that only names
			// units names them for the items after it in its group, as a group's cell does; no task.
			if len(it.parent.groupLead) == 0 {
				it.parent.groupLead = t.Lead
			}
			it.parent.unitsFirst = len(it.parent.children) == 2 && it.parent.children[0] == it
			it.parent.standingPartic = appendNew(it.parent.standingPartic, t.Participating...)
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), Text: strings.Join(append([]string{it.title}, it.body...), " ")})
			continue
		}
		if !notesRead {
			notes, notesRead = p.secondNotes(itemWords(it)...), true // once an item: it may split into a thousand clauses
		}
		p.noteSecondNames(&t, notes)
		p.doc.Tasks = append(p.doc.Tasks, t)
		for _, b := range strings.Split(c.text, "\n") {
			p.doc.Paras = append(p.doc.Paras, Paragraph{Section: joinSection(path), TaskID: t.ID, Text: b})
		}
	}
}

// ownChargeExpr is an item's closing clauses that charge units with its work: "…，市金融工作局、
// 市财政局按职责分工负责。", "…，人民银行绵阳市分行负责。", "…，由人民银行绵阳市分行负责。" (the 由 or
// 具体由 before the units no part of their name), and a lead with its partners, the commonest form of
// all: "…，人民银行绵阳市分行牵头，市金融工作局配合。" (group 1 the units in charge, group 2 the partners).
var ownChargeExpr = mustCompile(`[，,；;](?:(?:具体|主要|统一)?由)?([^，,。；;：:（()）]{2,60}?)(?:按照?职责分工负责|按照?职责负责|牵头负责|负责|牵头)` +
	`(?:[，,；;]([^，,。；;：:（()）]{2,60}?)(?:按照?职责分工|按照?职责|等部门|等单位)?(?:协同配合|积极配合|配合|协助|参与))?[。；;]?$`)

// ownCharge is the units ownChargeExpr's clauses name, in charge and taking part; nil when they name
// something else.
func (p *parser) ownCharge(text string) (lead, partic []string) {
	text = strings.TrimSpace(text)
	if !strings.Contains(text, "负责") && !strings.Contains(text, "牵头") {
		return nil, nil
	}
	m := ownChargeExpr.FindStringSubmatch(text)
	if m == nil {
		return nil, nil
	}
	for i, list := range m[1:] {
		for _, u := range SplitUnits(list) {
			if !looksLikeUnit(u) {
				return nil, nil
			}
			if i == 0 {
				lead = appendNew(lead, p.unit(u))
			} else {
				partic = appendNew(partic, p.unit(u))
			}
		}
	}
	return lead, removeAll(partic, lead)
}

// firstPointAfterTitle is the first point of a clause that holds only the item's title before it
// ("加快项目前期工作。" then "（1）压缩审批时限，…"), when the item's text opens that way.
func firstPointAfterTitle(text, title string) (string, bool) {
	first, rest, ok := strings.Cut(text, "\n")
	if !ok || title == "" || !pointLine.MatchString(rest) {
		return "", false
	}
	trim := func(s string) string { return strings.TrimRight(strings.TrimSpace(s), "。.；;，, ") }
	if trim(first) != trim(title) {
		return "", false
	}
	return rest, true
}

// taskTitle is an item's title as its task's: the words without the responsibility note in brackets
// that closes them ("完成防火隔离带建设（牵头单位：县林业局；配合单位：县财政局）", a heading whose note
// after its full stop was joined to it for the items below): the note is the task's units, which the
// task holds apart. A title that is nothing but its note keeps it.
func (p *parser) taskTitle(title string) string {
	if !strings.HasSuffix(title, "）") && !strings.HasSuffix(title, ")") {
		return title
	}
	for _, n := range p.findNotes(title) {
		if n.end != len(title) || n.leading || len(n.lead)+len(n.partic) == 0 || !strings.ContainsAny(title[n.start:], "（(") {
			continue
		}
		if words := strings.TrimRight(title[:n.start], "。；;，, "); words != "" {
			return words
		}
	}
	return title
}

// hasLaterSibling reports whether an item has items after it under its parent.
func hasLaterSibling(it *item) bool {
	sib := it.parent.children
	return len(sib) > 0 && sib[len(sib)-1] != it && slices.Contains(sib, it)
}

// groupNote reads a note that closes a group's last item as the group's: in a group of three items or
// more under one heading where only the last carries a note, at the very end of its text ("…10.做好
// 其他安全隐患的整治。（区旅游文体局、旅游文化中心负责，各相关责任单位配合）"), every item of it answers to
// those units, as a group's cell says. The heading's own lead, when it names one, stays.
func (p *parser) groupNote(parent *item) {
	kids := parent.children
	if len(kids) >= 2 && len(parent.groupLead) == 0 && parent.table == nil {
		// "（一）适用范围：…（二）办理流程：…（三）责任单位及承办科室：市自然资源局，储备中心。": a last
		// item that is only a responsibility label names the group's units.
		last := kids[len(kids)-1]
		line := wholeLine(last)
		if locs := labelLocs(line); len(locs) == 1 && locs[0][0] <= len("（") && len(last.children) == 0 && !strings.Contains(strings.TrimRight(line, "。"), "。") {
			if res, ok := p.readResp(line, false); ok && len(res.lead) > 0 {
				parent.groupLead, parent.unitsItem = res.lead, last
				parent.standingPartic = appendNew(parent.standingPartic, res.partic...)
				return
			}
		}
	}
	if p.groupLabelLine(parent) {
		return
	}
	if len(kids) < 3 || len(parent.groupLead) > 0 || parent.table != nil {
		return
	}
	for _, k := range kids {
		if k.level != kids[0].level || len(k.children) > 0 || len(k.resp) > 0 || k.table != nil {
			return
		}
	}
	text := func(k *item) string {
		return strings.TrimSpace(strings.Join(append([]string{k.title}, k.body...), "。"))
	}
	last := text(kids[len(kids)-1])
	if t := strings.TrimRight(last, "。；; \t"); !strings.HasSuffix(t, "）") && !strings.HasSuffix(t, ")") {
		return // no note closes the last item: nothing to read (most groups)
	}
	for _, k := range kids[:len(kids)-1] {
		t := text(k)
		if e := strings.TrimRight(t, "。；; \t"); strings.HasSuffix(e, "）") || strings.HasSuffix(e, ")") || len(p.findNotes(t)) > 0 {
			return // an item closed by a bracket of its own (most are notes) or holding a note
		}
	}
	notes := p.findNotes(last)
	if len(notes) != 1 || len(notes[0].lead) == 0 {
		return
	}
	if tail := strings.TrimRight(last[notes[0].end:], "。；; \t"); tail != "" {
		return // the note is inside the item's words, not closing the group
	}
	parent.groupLead = notes[0].lead
	parent.standingPartic = appendNew(parent.standingPartic, notes[0].partic...)
}

// groupLabelLine reads the label lines under a group's last item as the group's when none of the
// items before it names a unit (no note, label line or subject of its own): "（一）实施农村供水工程。
// 1.新建改造供水管网…。2.推进水厂提标改造…。" closed by "责任单位：县水利局、县财政局" on a line of
// its own answers for both steps, as a note closing the last item does (below). It reports whether it
// set the group's units.
func (p *parser) groupLabelLine(parent *item) bool {
	kids := parent.children
	if len(kids) < 2 || len(parent.groupLead) > 0 || parent.table != nil {
		return false
	}
	last := kids[len(kids)-1]
	if len(last.resp) == 0 || len(last.children) > 0 || last.table != nil {
		return false
	}
	for _, k := range kids {
		if k.level != last.level || len(k.children) > 0 || k.table != nil {
			return false
		}
		t := strings.TrimSpace(strings.Join(append([]string{k.title}, k.body...), "。"))
		if len(p.findNotes(t)) > 0 {
			return false // an item with a note of its own: the label is the last item's
		}
		if k != last && (len(k.resp) > 0 || p.subjectClauses(t) != nil) {
			return false
		}
		if aimWords.MatchString(k.title) {
			return false // "1．行动目标。…2．主要任务…牵头单位：X": the aims are nobody's step
		}
	}
	blk := p.readBlock(last)
	if len(blk.lead) == 0 {
		return false
	}
	parent.groupLead = blk.lead
	parent.standingPartic = appendNew(parent.standingPartic, blk.partic...)
	return true
}

// aimWords are an item's title words that state aims or rules rather than work: 行动目标, 基本原则.
var aimWords = mustCompile(`目标|思想|原则|要求|范围|依据|意义|背景`)

// unitsHeading is an item that only names units, its lists in labels after it: "行动单位", "责任单位".
var unitsHeading = mustCompile(`^(?:行动|责任|牵头|实施|工作|参与|参加|承办|执行)(?:单位|部门)[:：]?$`)

// openingDeadlines are the deadlines of a date that opens an item's text as a clause of its own
// ("9月30日前，…", "2024年底前，…"), or none.
func (p *parser) openingDeadlines(text string) []Deadline {
	first, _, ok := strings.Cut(text, "，")
	if !ok || utf8.RuneCountInString(first) > 14 {
		return nil
	}
	ds := p.deadlines(first)
	if len(ds) != 1 || strings.TrimSpace(first) != ds[0].Quote {
		return nil
	}
	return ds
}

// closingOpens and closingCloses are what may stand around the date of a sentence that only dates
// the work before it: "于6月底前全部完成", "年底前完成任务", "6月30日前".
var (
	closingOpens  = mustCompile(`^(?:均|须|要|务必|确保|并)?(?:于|在)?$`)
	closingCloses = mustCompile(`^(?:前|之前|以前)?(?:全部|全面|均|统一)?(?:完成|完工|办结|到位)?(?:任务|工作)?$`)
)

// closingDeadlines are the deadlines of a date that closes an item's text in a sentence of its own,
// naming no work and no one ("…，各镇街负责辖区道路保洁。6月底前完成。"), when that sentence ends the
// item's last clause (last); none otherwise.
//
// A date closing the sentence after a comma does so too when the last clause holds more than it
// ("A负责平台建设，B负责事项梳理，10月底前完成。"): it has no subject of its own and closes the
// sentence the clauses share.
func (p *parser) closingDeadlines(text, last string) []Deadline {
	if ds := p.closingAfter(text, last, "。；;\n"); ds != nil {
		return ds
	}
	l := strings.TrimRight(strings.TrimSpace(last), "。；; ")
	if k := strings.LastIndexAny(l, "，,"); k > 0 && !strings.ContainsAny(l[k:], "。；;\n") {
		return p.closingAfter(text, last, "，,。；;\n")
	}
	return nil
}

// closingAfter is closingDeadlines' reading of the text after the last of stops.
func (p *parser) closingAfter(text, last, stops string) []Deadline {
	s := strings.TrimRight(strings.TrimSpace(text), "。；; ")
	k := strings.LastIndexAny(s, stops)
	if k < 0 {
		return nil
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	closing := strings.TrimSpace(s[k+size:])
	lastWords := strings.TrimRight(strings.TrimSpace(last), "。；; ")
	if closing == "" || runesAtLeast(closing, 21) || !strings.HasSuffix(lastWords, closing) || lastWords == closing && strings.ContainsAny(stops, "，,") {
		return nil
	}
	ds := p.deadlines(closing)
	if len(ds) != 1 {
		return nil
	}
	i := strings.Index(closing, ds[0].Quote)
	if i < 0 || !closingOpens.MatchString(closing[:i]) || !closingCloses.MatchString(closing[i+len(ds[0].Quote):]) {
		return nil
	}
	return ds
}

// block is what an item's own responsibility lines ("牵头单位:…" after the item) say; they give
// units to the whole item, read as one clause.
type block struct {
	lead, partic, times []string
	named               bool
}

func (b block) has() bool { return len(b.lead)+len(b.partic) > 0 }

func (p *parser) readBlock(it *item) block {
	if len(it.resp) == 0 {
		return block{}
	}
	lines := make([]string, len(it.resp))
	for i, r := range it.resp {
		lines[i] = r.label + "：" + r.list
	}
	res, _ := p.readResp(strings.Join(lines, "；"), false)
	return block{res.lead, res.partic, res.times, res.namedLead}
}

func anyClauseUnits(clauses []clause) bool {
	for _, c := range clauses {
		if c.hasUnits {
			return true
		}
	}
	return false
}

// clauseTask gives a clause's task its units (the clause's, the item's block, the group heading's,
// or units named inline for a recurring duty), its warnings and its dates.
func (p *parser) clauseTask(t *Task, c clause, blk block, group []string, recurring, known []Recurring) {
	if blk.has() {
		t.Lead = appendNew(t.Lead, blk.lead...)
		t.Participating = appendNew(t.Participating, blk.partic...)
	}
	if !c.hasUnits && !blk.has() && len(recurring) > 0 {
		p.inlineUnits(t)
	}
	named := c.namedLead || blk.named
	t.Lead, t.Participating = underGroupLead(group, t.Lead, t.Participating, named)
	if c.inSentence {
		t.Warnings = append(t.Warnings, "units read from the task's own sentence, not from a responsibility note: check them")
	}
	if len(group) > 0 && !named {
		t.Warnings = append(t.Warnings, "lead taken from the group's heading ("+strings.Join(group, "、")+")")
	}
	p.finishTask(t, known, named || len(group) > 0)
	for _, tm := range blk.times {
		p.addTime(t, tm)
	}
}

// addTime adds what a time label or column says ("完成时限：2024年6月底前", a 时间节点 cell "每季度")
// to a task: its deadlines, or its period when the cell is a period alone.
func (p *parser) addTime(t *Task, tm string) {
	tm = strings.TrimSpace(strings.Trim(tm, "。；;，, "))
	nd, nr := len(t.Deadlines), len(t.Recurring)
	defer func() {
		// A limit no date can be made of ("整改时限：3天", "立行立改", "长期坚持") stays in the
		// task's words, so that "整改时限多久?" is answered from them.
		if len(t.Deadlines) == nd && len(t.Recurring) == nr && tm != "" && utf8.RuneCountInString(tm) <= 24 && !strings.Contains(t.Text, tm) {
			t.Text += "\n时限：" + tm
		}
	}()
	quote := ""
	if shortYear.MatchString(tm) {
		quote, tm = tm, "20"+tm // "24年底前", "25年6月底": a time label's year in two digits
	}
	ds := p.deadlines(tm)
	if quote != "" {
		for i := range ds {
			ds[i].Quote = quote
		}
	}
	if len(ds) == 0 && labelMonth.MatchString(tm) {
		// "【时限】2026年10月", "完成时限：12月", "完成时限：2025年": in a time label a month or a
		// year alone is when the work is due, by its end.
		due := strings.TrimSuffix(tm, "度") + "底前" // "2025年度": by the year's end
		if strings.HasSuffix(tm, "日") {
			due = tm + "前" // "时限：10月20日"
		}
		for _, d := range p.deadlines(due) {
			d.Quote = tm
			ds = append(ds, d)
		}
	}
	if len(ds) == 0 {
		ds = monthListCell(tm, p.year) // "完成时限：6月、12月"
	}
	t.addDeadlines(ds)
	addSchedule(t, tm)
}

// addSchedule makes a task a recurring duty of its units when tm, a time cell or what a time label
// says, gives its schedule: a period alone ("每季度", addPeriod), or a period and its part ("时间节点：
// 每年11月底前", "每两周一次", "长期坚持，每半年开展一次专项检查", a 完成时限 cell "每年汛期前"), what a
// time label or column says being a duty's schedule whatever words follow its period.
func addSchedule(t *Task, tm string) {
	tm = strings.TrimSpace(strings.Trim(tm, "。；;，, "))
	n := len(t.Recurring)
	addPeriod(t, tm)
	if len(t.Recurring) > n || !strings.ContainsAny(tm, "每按逐") && !quarterEndCell.MatchString(tm) {
		return
	}
	for _, r := range ScheduleInLabel(tm) {
		if !slices.ContainsFunc(t.Recurring, func(x Recurring) bool { return x.Rule.String() == r.Rule.String() }) {
			r.Units = t.Units()
			t.Recurring = append(t.Recurring, r)
		}
	}
}

// quarterEndCell is a time cell that says each quarter's end without its 每: "季度末", "各季度末前".
var quarterEndCell = mustCompile(`^各?季度末(?:前|之前)?$`)

// labelMonth is a month or a year alone, as a time label gives it: 2026年10月, 12月, 次年1月,
// 2025年, 10月20日.
var labelMonth = mustCompile(`^(?:(?:(?:19|20)\d{2}\s*年|次年|明年|当年|今年)\s*)?\d{1,2}\s*月份?(?:\s*\d{1,2}\s*日)?$|^(?:19|20)\d{2}\s*年度?$`)

// shortYear is a year written with its last two digits, opening a time label: "24年底前".
var shortYear = mustCompile(`^[2-3]\d年`)

// addPeriod makes a task a recurring duty of its units when s, a time cell or what a time label
// says, is a period alone ("每季度", "按月"; PeriodAlone reads it).
func addPeriod(t *Task, s string) {
	r, ok := PeriodAlone(s)
	if !ok {
		return
	}
	for _, x := range t.Recurring {
		if x.Rule == r.Rule {
			return
		}
	}
	r.Units = t.Units()
	t.Recurring = append(t.Recurring, r)
}

// recurring is ParseRecurring, once for each text: a task's text is often its item's, read already.
// The duties it returns are shared; callers copy them before they change one.
func (p *parser) recurring(text string) []Recurring {
	r, ok := p.recurringOf[text]
	if !ok {
		r = ParseRecurring(text)
		p.recurringOf[text] = r
	}
	return r
}

// finishTask adds standing units, dates and recurring duties (found in the task's text unless the
// caller found them already).
func (p *parser) finishTask(t *Task, recurring []Recurring, namedLead bool) {
	// Units a standing note names for every task are responsible like the task's own.
	addStanding(t, p.standing, namedLead)
	addTakingPart(t, p.standingHelpers)
	addTakingPart(t, p.standingPartic[TopSection(t.Section)])
	t.Deadlines = ParseDeadlinesIn(t.Text, p.sectionYear(t.Section))
	if len(t.Lead)+len(t.Participating) > 0 && strings.Contains(t.Text, "截") {
		// A task's own count to reach in the plan's year: what its units are asked, not a report.
		t.Deadlines = append(t.Deadlines, CutOffTargetsOfYear(t.Text, p.sectionYear(t.Section), t.Deadlines)...)
	}
	if recurring == nil {
		recurring = p.recurring(t.Text)
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
	// A time cell or label that gives a period alone: a table's 时间节点 "每季度", "完成时限:每月".
	if strings.Contains(t.Text, "每") || strings.Contains(t.Text, "按") || strings.Contains(t.Text, "逐") {
		for _, l := range strings.Split(t.Text, "\n") {
			addPeriod(t, strings.TrimSpace(l))
		}
		for _, m := range periodLabel.FindAllStringSubmatch(t.Text, -1) {
			addPeriod(t, m[1])
		}
	}
	if t.Recurring == nil {
		t.Recurring = []Recurring{}
	}
}

// dutyUnits are the units a recurring duty binds: the ones its own sentence names ("由市发改委…"),
// else the task's.
func (p *parser) dutyUnits(t *Task, quote string) []string {
	// "市住建局每月5日前向市治理办报送…": the duty's own subject, right before its period, sends it (not
	// 市治理办, who receives it).
	if m := periodSubject.FindStringSubmatch(quote); m != nil {
		var us []string
		own := t.Units()
		for _, u := range listItems(m[1]) {
			u = ownGovernment(p.unit(u), own)
			if !looksLikeUnit(u) || !slices.Contains(own, u) {
				us = nil // not one of the task's own units ("市委每月举办…" of 市委宣传部's task): theirs
				break
			}
			us = appendNew(us, u)
		}
		if len(us) > 0 {
			return us
		}
	}
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

// ownGovernment is the task's unit a group or place written short names: 各县市区 for the task's
// 各县市区政府 (or 人民政府). u itself when the task names no such unit.
func ownGovernment(u string, own []string) string {
	if slices.Contains(own, u) || !strings.HasPrefix(u, "各") && !knownPlace(u) {
		return u
	}
	for _, g := range []string{u + "政府", u + "人民政府"} {
		if slices.Contains(own, g) {
			return g
		}
	}
	return u
}

// periodSubject is the subject a duty's quote opens with, right before its period: "市住建局每月5日前".
var periodSubject = mustCompile(`^([^，,。；;：:由]{2,40}?)(?:要|应|须|将|于)?(?:每(?:月|季度?|周|年|半年|旬|两周)|定期|按月|按季度?|逐月)`)

var (
	byUnitExpr = mustCompile(`由([^，,。；;由]{2,40}?)(?:具体|统一|共同|依法|全面)?(?:牵头|负责|对|组织|开展|召集|统筹|会同|给予|进行|做好|定期|跟进|落实|督促|指导|协调|实施|拆除|查处)`)
	// A bracket opens a clause too ("每月10日前报送抽检结果（镇市场监管所负责）"), and a name holds one
	// only whole ("县农业农村局（县乡村振兴局）负责").
	unitDoesExpr = mustCompile(`(?:^|[。；;，,（(])((?:[^，,。；;、（()）]|[（(][^，,。；;、（()）]*[)）]){2,30}?)(?:牵头|负责)`)
)

// namedUnits finds units a sentence names as doers: "由X牵头", "由X对…", "X负责…".
func (p *parser) namedUnits(sent string) []string {
	var out []string
	if !strings.Contains(sent, "由") && !strings.Contains(sent, "牵头") && !strings.Contains(sent, "负责") {
		return out // byUnitExpr wants 由, unitDoesExpr 牵头 or 负责
	}
	// 组织 of 组织部 (市委组织部) is no verb: hidden while the pattern reads the sentence.
	masked := strings.ReplaceAll(sent, "组织部", "组\x00部")
	for _, m := range byUnitExpr.FindAllStringSubmatch(masked, -1) {
		for _, u := range SplitUnits(strings.ReplaceAll(m[1], "组\x00部", "组织部")) {
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

// subjectVerbs follow a sentence's subject: its modal ("各牵头单位要…", "区政府办公室将…") or a duty
// verb ("县指挥办每周召开…", "市发改委负责…"), or 对 before what it acts on ("市园林局对…进行梳理"); the
// verbs of choosing who does the work (遴选, 选取, 选定, 聘请, 招标确定, 委托 a body) are the subject's.
// Longest first.
var subjectVerbs = []string{"在各自职责", "按照职责", "也要", "应当", "必须", "务必", "负责", "牵头", "每周", "每月", "每季", "每半年", "每年", "每日", "每天", "每旬",
	"定期", "组织", "召开", "印发", "跟进", "统筹", "会同", "联合", "作为", "结合", "根据", "按照", "依据", "依照", "参照", "配合", "协助", "参与", "参加", "给予", "予以", "指导", "督促", "委托", "分工协作", "密切配合", "共同抓好", "共同推进", "派员", "遴选", "选取", "选定", "聘请", "招标确定", "跟踪督办", "及时拨付", "负总责", "分工负责", "加大", "引导", "鼓励", "依法", "抓好", "要", "应", "须", "将", "对"}

// basisWords open what a subject does by the basis it acts on ("区政府按照市里的统一规定，建立…",
// "各乡镇依据相关会议精神，成立…"): they end a subject only after a group (各…) or a unit's name.
var basisWords = map[string]bool{"根据": true, "按照": true, "依据": true, "依照": true, "参照": true}

// laterShare: a predicate of a later subject in a 牵头 (or 会同) lead's sentence that is a share of that work:
// its own part of it (负责本辖区…, 做好…排查, 具体实施, 加强监督, 提供技术指导), not a task that
// merely names the same place ("负责属地落实" is the locality's own charge).
func laterShare(pred string) bool {
	return reLaterShare.MatchString(strings.TrimLeft(pred, "要应须积极及时"))
}

var reLaterShare = mustCompile(`^(?:负责(?:本辖区|辖区|本地区|本区域|本地)|做好|抓好|具体|加强(?:监督|监管|指导|技术)|提供|给予|予以|承担具体|协调|督促)`)

// bareCharge is a lead's words that end with 负责 and nothing after it but the comma before the next
// subject ("市人社局负责，"): the lead answers for the work the sentence named before it.
var bareCharge = mustCompile(`^[^，,。；;]{2,40}?负责\s*[，,]\s*$`)

// sharesWork: a predicate that does the lead's work together with it ("县发改局、县财政局共同推进…",
// "…分工负责", "…协同配合"), in the sentence a 牵头 or 负总责 opened.
func sharesWork(pred string) bool {
	return reSharesWork.MatchString(strings.TrimLeft(pred, "要应"))
}

var reSharesWork = mustCompile(`^(?:共同|分工|协同|配合|协助|参与|参加|履行(?:相应|各自)|落实(?:属地|主体)|(?:抓好|负责|组织)?落实(?:[。；;，,]|$)|负责具体|具体(?:实施|负责|落实|承办|组织|执行)|组成|为(?:主要)?成员(?:单位)?|为(?:实施|责任|建设)主体)`)

// guidedWork is a predicate that carries out the work a guide before it guides ("各县政府抓好落实",
// "具体实施", "按照职责分工组织实施"), not a duty of its own ("市公安局负责校园周边治安巡逻").
var guidedWork = mustCompile(`^[^，,。；;]{0,12}?(?:具体|抓好|负责|组织)?(?:实施|落实|执行)(?:[。；;，,]|$)`)

// subjectVerbSet finds the subject verbs that start with a character, in subjectVerbs' order.
var subjectVerbSet = newWordSet(subjectVerbs...)

// requestExpr is a request to a group of parties opening a clause: "请各单位…", "请各县区、各部门…".
var requestExpr = mustCompile(`^请((?:全[市县区])?各[\p{Han}、]{0,14}?(?:单位|部门|乡镇|镇|街道|县区|县|区|市|园区|科室))`)

// subjectSpans finds each clause's subject: from a clause's start (the text's start or after 。；！，
// and spaces) to the first subject verb, two to twenty-four characters on, with no colon, quote or
// space between. Each span is given as a regexp submatch would be: the clause start, the verb's end,
// and the subject's start and end.
func subjectSpans(text string) [][]int {
	var out [][]int
	start := 0
	// A clause that is a list of units alone, before a comma: where it and its sentence start, and
	// how many spans there were before it.
	bare, bareEnd, bareStart, bareSpans := -1, 0, 0, 0
	for start < len(text) {
		c := start
		found := len(out)
		// A table's cell opens a clause as a sentence does: "…信息。 | 市财政局牵头,…".
		for c < len(text) && (text[c] == ' ' || text[c] == '\t' || text[c] == '|') {
			c++
		}
		if a := freqThenBy.FindStringIndex(text[c:]); a != nil {
			// "县道每年由市级部门组织路况检测": what is done, how often, then its agent.
			c += a[1] - len("由")
		}
		if a := underAdverbial.FindStringIndex(text[c:]); a != nil {
			// "在省文化和旅游厅指导下，市文广旅局组织…": who guides is no subject; the clause after is.
			start = c + a[1]
			continue
		}
		m := subjectAt(text, c)
		e := unitOpening(text, c)
		if e == 0 {
			e = listOpening(text, c)
		}
		if m != nil && e > 0 && !subjectOK(text[c:m[0]]) && !plainName(text[c:e]) {
			e = 0 // "县政府重点工作任务实行县政府分线领导…": no name opens the clause
		}
		if ta, te := topicByUnit(text, c); te > 0 && e == 0 && (m == nil || !subjectOK(text[c:m[0]])) {
			// "价差损失由区市场监管部门测算后予以补贴": what is done, 由, then the unit that does it.
			out = append(out, []int{start, te, ta, te})
		} else if m != nil && (e == 0 || subjectOK(text[c:m[0]])) {
			out = append(out, []int{start, m[1], c, m[0]})
		} else if e > 0 {
			out = append(out, []int{start, e, c, e})
		} else if m := unitThenDutyAt(text, start, c); m != nil && subjectOK(text[c+m[2]:c+m[3]]) && plainName(text[c+m[2]:c+m[3]]) {
			// "（四）区执法应急局，负责调查…": the unit, a comma, then its duty (or what it goes by, then
			// the duty: "区资源生态局，根据市场需求，合理…"), opening its sentence: inside one
			// ("…，协调楼宇所属行业管理部门，结合年度巡查，督促…") such a clause is what the subject does.
			out = append(out, []int{start, c + m[1], c + m[2], c + m[3]})
		} else if m := requestExpr.FindStringSubmatchIndex(text[c:]); m != nil {
			// "请各单位提高政治站位…": a request names its parties whatever the verb.
			out = append(out, []int{start, c + m[3], c + m[2], c + m[3]})
		} else if a := afterColon(text, c); a > 0 {
			// "各组成单位及其职责如下:县环保局。负责…": the first unit of a list of duties.
			m := subjectAt(text, a)
			out = append(out, []int{a, m[1], a, m[0]})
		}
		k := clauseEnds.index(text[c:])
		if len(out) == found+1 && bare >= 0 && out[found][2] == c && !strings.HasPrefix(text[out[found][3]:], ":") && !strings.HasPrefix(text[out[found][3]:], "：") {
			// "区规划土地局，各街镇（园区）要结合…": a sentence that opens with units alone, then a comma
			// and the subject that acts: they are one subject. The span's clause starts with the
			// sentence; the units before the comma are its fifth and sixth places.
			s := append(out[found], bare, bareEnd)
			s[0] = bareStart
			out = append(out[:bareSpans], s)
		}
		bare = -1
		if len(out) <= found+1 && k > 0 && (text[c+k] == ',' || strings.HasPrefix(text[c+k:], "，")) && sentenceOpens(text, start) && plainName(text[c:c+k]) &&
			(len(out) == found || out[found][1] <= c+k && !startsWithVerb(text[out[found][3]:c+k])) && !basisOpening.MatchString(text[c:c+k]) {
			// A span read in the clause is a unit of its list ("各镇人民政府、街道办事处" read up to 街道办),
			// not a subject with its verb ("各街镇设立消防安全委员会"); one read past the comma has the
			// clause's duty already ("市安监站、区建管部门，根据职责分工负责…", unitThenDuty).
			if items, ok := unitList(text[c : c+k]); ok && looksLikeUnit(items[len(items)-1]) && strings.ContainsFunc(lastRune(text[c:c+k]), unitEndRune) && !actionWords.in(text[c:c+k]) {
				bare, bareEnd, bareStart, bareSpans = c, c+k, start, found
			}
		}
		if k < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(text[c+k:])
		start = c + k + size
	}
	return out
}

// actionWords are what a unit does, inside a clause that would be units alone: "复旦大学附属医院牵头建设国家
// 医学中心", "市体育局参加省运动会" name units and their work; "县教育局作为…的主管部门" a unit and what it is.
var actionWords = newWordSet("牵头", "主办", "主责", "负责", "配合", "协办", "协同", "参与", "参加", "协助", "落实", "支持", "实施", "承办", "组织", "建设", "设立", "成立", "开展", "推进", "召开", "举办", "承担", "会同", "联合", "作为", "的")

// basisOpening is a clause that says what the work stands on, not who does it: "以河湖长制为平台".
var basisOpening = mustCompile(`^以\p{Han}+为`)

// sentenceOpens reports whether a clause starting at i opens its sentence: the text's start, or
// after a full stop, a semicolon or a line's end.
func sentenceOpens(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune("。；;！!\n", r)
}

// helpedUnder is who helps a subject, written after its name: "在县气象局的配合下".
var helpedUnder = mustCompile(`^\s*在([^，,。；;]{2,30}?)(?:的)?(?:配合|协助|支持|协同|参与)下`)

// underAdverbial opens a clause with whom the work is done under: "在省文化和旅游厅指导下，",
// "在县委、县政府的统一领导下，".
var underAdverbial = mustCompile(`^在[^，,。；;]{2,30}?(?:的)?(?:统一)?(?:领导|指导|组织|协调|支持|部署|带领|统筹)下[，,]\s*`)

// wideParens writes ASCII brackets full width, as secondName reads them.
var wideParens = newReplacer("(", "（", ")", "）")

// listOpening returns the end of a list of bodies opening the clause at c and followed by what they
// do, whatever the verb ("管委会、各镇按照预算管理有关规定，统筹安排资金", "新片区管委会、镇政府积极推
// 动…"), or 0. Each item must be a body's name (a body's ending) or a group of places (各镇).
func listOpening(text string, c int) int {
	n := 0
	for i, r := range text[c:] {
		if n > listReach || strings.ContainsRune("，,。；;：:“”《》！!\n \t", r) {
			return 0
		}
		n++
		end := c + i + utf8.RuneLen(r)
		cand := text[c:end]
		// "区发展改革委、规划资源局等部门履行相应职责": 等部门 closes the list of bodies before it,
		// whatever word follows.
		list := cand
		t := listClose.FindStringIndex(cand)
		if t != nil {
			list = cand[:t[0]]
		}
		next, _ := utf8.DecodeRuneInString(text[end:])
		closed := t != nil && unicode.Is(unicode.Han, next) && !strings.ContainsRune("的和及与或、之", next) && !staffAfter.MatchString(text[end:])
		if !strings.Contains(cand, "、") || !startsWithVerb(text[end:]) && !closed || !plainName(cand) {
			continue
		}
		items := strings.Split(list, "、")
		ok := true
		for _, it := range items {
			// A group of parties is an item of the list as a body is: "各街道、各有关部门开展…",
			// "各街道、区直有关部门全面开展…"; a body with its second name in brackets too: 经委（商务委）.
			if first, _, two := secondName(wideParens.Replace(it)); two {
				it = first
			}
			if !bodyName(it) && !(utf8.RuneCountInString(it) <= 10 && groupParty.MatchString(it)) {
				ok = false
				break
			}
		}
		if ok {
			if _, ok := subjectUnits(cand); ok {
				return end
			}
		}
	}
	return 0
}

// listReach is how many characters a list opening a clause may run to: a dozen bodies ("区发展改革委、
// 规划资源局、建设管理委、财政局、…、房管局等部门").
const listReach = 100

// listClose is the word that closes a list of parties: "…等部门", "…等有关单位".
var listClose = mustCompile(`等(?:有关|相关)?(?:部门|单位|机构)$`)

// bodyName reports a list item that names a body by its ending (管委会, 区住建委, 镇政府) or a group
// of places (各镇, 各街道).
func bodyName(s string) bool {
	if placeGroup.MatchString(s) {
		return true
	}
	if utf8.RuneCountInString(s) < 2 || notBureau.MatchString(s) {
		return false
	}
	if strings.HasSuffix(s, "大厅") {
		return false // 政务服务大厅: a place, not a body
	}
	for _, e := range bodyEndings {
		if strings.HasSuffix(s, e) && s != e {
			return true
		}
	}
	for _, e := range []string{"中心", "科", "队", "所", "站", "公司", "集团"} {
		if strings.HasSuffix(s, e) && utf8.RuneCountInString(s) >= 4 && unitStart(s) && looksLikeUnit(s) {
			return true // 县招商服务中心, not 垃圾中转站 or 企业技术中心 (facilities, no body)
		}
	}
	return s == "管委会"
}

// unitThenDutyAt matches unitThenDuty at c in a clause that opens at start, nil when the clause
// does not open its sentence (sentenceOpens): that cheap look first spares the pattern most clauses.
func unitThenDutyAt(text string, start, c int) []int {
	if !sentenceOpens(text, start) {
		return nil
	}
	return unitThenDuty.FindStringSubmatchIndex(text[c:])
}

// unitThenDuty is a unit's name (or a list of them), a comma and its duty: "区执法应急局，负责调查…",
// "市安监总站、各区建设管理部门，根据职责分工负责牵头…" (what it goes by, with or without a comma,
// then the duty).
var unitThenDuty = mustCompile(`^([^，,。；;：:\s]{2,60}?)[，,]\s*(?:(?:主要|具体)?(?:负责|牵头|承担)|(?:根据|按照|依据|结合)[^，,。；;：:]{1,24}?(?:[，,]|(?:主要|具体)?(?:负责|牵头|承担)))`)

// plainName reports a span that can only be a name: no preposition, verb of placing, joining word,
// date or figure in it ("专班挂靠在区社会事业局", "各单位联系电话于4月15日前报送…" are clauses).
func plainName(span string) bool {
	return !startsWithVerb(span) && !strings.ContainsAny(span, "在于由0123456789") && !notNameWords.in(span)
}

// notNameWords make a span a clause, not a name (plainName).
var notNameWords = newWordSet("挂靠", "设在", "联合", "会同", "实行", "报送", "电话")

// subjectOK reports whether a subject span names parties, as subjectClauses will read it.
func subjectOK(span string) bool {
	_, ok := subjectUnits(subjectName(span))
	return ok
}

// notBureau is 局 ending a word, not a bureau: 区域布局, 市场大局, 新格局.
var notBureau = mustCompile(`(?:布|格|大|全|开|结|当|时|破|残|棋|变)局$`)

// sectorGroup is a group of one sector's bodies, named by the places or levels that have one and the
// sector's word (机关, 部门): 各县市区公安机关, 市、县两级公安机关, 各区县教育部门 (group 1 the sector).
var sectorGroup = mustCompile(`^(?:各(?:县市区|县区|区县|市县|县|区|市|乡镇|街道)|[省市县区](?:、[市县区乡镇])+[两三四]级)(\p{Han}{2,6}?)(?:机关|部门)$`)

// bodyEndings end the names of bodies that act: a sentence opened by one, with a level or 各
// before it, has it for its subject whatever its verb ("各县(市、区)环保专项行动领导小组结合实际…",
// "市环保专项行动领导小组组成若干个小组…").
var bodyEndings = []string{"领导小组", "工作小组", "指挥部", "专班", "办公室", "政府", "管委会", "委员会", "支队", "大队", "局", "委", "办", "厅"}

// topicBy is what a clause is about, before the 由 that names who does it: "价差损失由…", "所需经费由…".
// A report or a hand-over (报由, 交由, 经由) names who receives it, not who acts.
var topicBy = mustCompile(`^[^，,。；;：:由报交经、“”（）()]{2,10}由`)

// topicByUnit returns where the unit starts and ends in a clause at c that opens with its topic and
// 由 and then the unit and its verb ("价差损失由区市场监管部门测算后予以补贴"), or 0, 0.
func topicByUnit(text string, c int) (int, int) {
	loc := topicBy.FindStringIndex(text[c:])
	if loc == nil {
		return 0, 0
	}
	a := c + loc[1]
	// A department with its level, whatever its verb; not a body whose members or head 由 names
	// ("工作专班由市政府…组成", "区级路长由区交通委主要负责人担任"), so no bureau or office here.
	n := 0
	for i, r := range text[a:] {
		if n++; n > 14 || !unicode.Is(unicode.Han, r) {
			break
		}
		end := a + i + utf8.RuneLen(r)
		next, _ := utf8.DecodeRuneInString(text[end:])
		if leveledDept.MatchString(text[a:end]) && unicode.Is(unicode.Han, next) && !strings.ContainsRune("、和及与或等的之", next) && !memberVerb.MatchString(text[end:]) {
			return a, end
		}
	}
	return 0, 0
}

// leveledDept is a sector's department written with its level, one body as a bureau is: 区市场监管部门,
// 县教育部门 (a bare 部门 of no level, "相关部门", is read by bodyGroup; a group, 区直各责任部门, too).
var leveledDept = mustCompile(`^[省市区县州旗](?:[^各，,。；;、\s]){2,10}部门$`)

// memberVerb is what a body's members or head do, after the 由 that names them: 组成, 担任, 任组长,
// 抽调人员组成.
var memberVerb = mustCompile(`^(?:共同)?(?:组成|担任|任|兼任|派员|抽调|选派)`)

// bodyGroup is a group of bodies named by how they stand to the work: 各有关部门, 各成员单位, 相关职能部门.
var bodyGroup = mustCompile(`^(?:各|相关)(?:有关|相关|成员|责任|职能|主管|执法|监管)*(?:单位|部门|机构)$`)

// ownShare opens a group's share of work another leads: "按照各自职责", "根据各自职能".
var ownShare = mustCompile(`^(?:按照|根据|依据|按)各自职`)

// unitOpening returns the end of a body's name opening the clause at c (unitStart before it, a
// body's ending at its end, five to 24 characters, a word after it), or 0.
func unitOpening(text string, c int) int {
	if !unitStart(text[c:]) {
		return 0
	}
	n := 0
	for i, r := range text[c:] {
		if n > 24 || strings.ContainsRune("，,。；;：:“”《》！!\n \t", r) {
			break
		}
		if before, _ := utf8.DecodeLastRuneInString(text[c : c+i]); r == '在' && n >= 2 && !strings.ContainsRune("所存现正实内外", before) {
			break // "各街镇在区政府统一领导下开展…": no body's name runs on through 在
		}
		n++
		name := text[c : c+i+utf8.RuneLen(r)]
		end := c + i + utf8.RuneLen(r)
		if n <= 8 && strings.HasPrefix(name, "各") && placeGroup.MatchString(name) && startsWithVerb(text[end:]) {
			return end // "各街道开展拉网式排查": a group of places, then what it does
		}
		if n <= 8 && bodyGroup.MatchString(name) && startsWithVerb(text[end:]) && !ownShare.MatchString(text[end:]) {
			// "各有关部门加强监管", "相关职能部门加大巡查力度": a group of bodies, then what it does; not
			// "…牵头，各部门按照各自职责分工做好…", a share of the lead's work.
			return end
		}
		if n <= 14 && sectorGroup.MatchString(name) && !notSector.MatchString(sectorGroup.FindStringSubmatch(name)[1]) && startsWithVerb(text[end:]) && !ownShare.MatchString(text[end:]) {
			return end // "各县市区公安机关制定…", "市、县两级公安机关制定…": one sector's bodies, then what they do
		}
		next, _ := utf8.DecodeRuneInString(text[end:])
		if n < 4 || n == 4 && !startsWithVerb(text[end:]) && !roleVerbOpening.MatchString(text[end:]) || !unicode.Is(unicode.Han, next) || strings.ContainsRune("、和及与或等的之各会室公处员", next) || strings.HasPrefix(text[end:], "办公室") || notBureau.MatchString(name) ||
			strings.HasSuffix(name, "委") && next == '托' {
			// …, or 委托 read as a body's 委 ("县住建局委托县城投公司代建…"); a group's office is
			// one body ("市领导小组办公室设在市发展改革委，负责…"), not the group doing 办公.
			// Too short to be sure (区政府工作报告) unless a verb follows (区国资委做好…), no word
			// after it, a list or the name going on.
			continue
		}
		for _, e := range bodyEndings {
			if strings.HasSuffix(name, e) {
				if _, ok := subjectUnits(name); ok {
					return end // the shortest: what follows is what it does
				}
				break
			}
		}
		if leveledDept.MatchString(name) && startsWithVerb(text[end:]) {
			// "区市场监管部门建立考核指标体系…": a department with its level, then what it does.
			if _, ok := subjectUnits(name); ok {
				return end
			}
		}
		if r == '）' && startsWithVerb(text[end:]) {
			// "市发展改革委（市能源局）做好…": a body with its other name in brackets.
			if k := strings.LastIndex(name, "（"); k > 0 {
				if _, ok := subjectUnits(name[:k]); ok {
					return end
				}
			}
		}
	}
	return 0
}

// unionName reports whether what follows 联合 ends a name (农村信用社联合社, 工商业联合会, and 联合会
// before its verb: "市残疾人联合会会同…"), not the verb before 社区, 社会, 社工, 会员, 会展, 会商 …
// ("县公安局联合社区网格员开展…").
func unionName(s string) bool {
	if !strings.HasPrefix(s, "社") && !strings.HasPrefix(s, "会") {
		return false
	}
	return !unionObject.MatchString(s) || strings.HasPrefix(s, "会会同") || strings.HasPrefix(s, "会会商") || strings.HasPrefix(s, "社会同")
}

// jointBody reports whether what follows 联合 ends as a body formed for joint work does, before the
// name's verb ("由市容环境综合整治联合执法工作组负责整治", "…联合检查组对…"), not the verb before the
// ones joined ("县公安局联合执法队员开展…", "联合市场监管局开展…").
func jointBody(s string) bool {
	m := jointBodyName.FindStringIndex(s)
	if m == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[m[1]:])
	return !strings.ContainsRune("员长", r)
}

// formingUnits ends the words of units that form a body: "市公安局、市交通局组成联合检查组" names the units,
// not the group, as its subject.
var formingUnits = mustCompile(`(?:组成|成立|组建|抽调)(?:的)?$`)

// jointBodyName is the rest of a joint body's name after 联合: 执法工作组, 检查组, 指挥部, 专班.
var jointBodyName = mustCompile(`^\p{Han}{0,6}?(?:工作组|检查组|执法组|督查组|督导组|调查组|巡查组|工作专班|专班|指挥部|执法队|执法大队|执法中队)`)

// unionObject is what the verb 联合 acts with, opening with 社 or 会: 社区, 社会, 会员, 会计师事务所 ….
var unionObject = mustCompile(`^(?:社[区会工员团保科交]|会[区会工员团保科交商展审签诊同议战计])`)

// roleVerbOpening is a predicate that opens with its part in the work: 参与, 配合, 协助, 会同, 负责, 牵头.
var roleVerbOpening = mustCompile(`^(?:参与|参加|配合|协助|协同|会同|负责|牵头)`)

// yuWord reports whether a 于 after before closes a word (位于, 关于, 对于, 由于, 属于, 早于 …), not
// the 于 that dates a step ("于9月开展", "市发改委于…").
func yuWord(before string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("位关对由属用基终等处至低高少多大小早晚", last) && !strings.HasSuffix(before, "单位")
}

// datedYu: a subject followed by 于 and a date ("各牵头单位于2024年2月8日前报送…"); 于 closing a
// word (yuWord) is no such thing.
func datedYu(subject, rest string) bool {
	after, ok := strings.CutPrefix(rest, "于")
	if !ok || after == "" {
		return false
	}
	if yuWord(subject) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsDigit(r) || strings.HasPrefix(after, "每") ||
		(strings.ContainsRune("一二三四五六七八九十", r) && strings.ContainsAny(after[:min(len(after), 9)], "月年"))
}

// subjectName is the name a subject span holds, without what opens it: an enumeration's word (二是),
// a request (请), a conjunction (以及, 和), "such as" (如县发改局), what the work is before 由 (具体
// 工作由市发改委…), and what a role is of before 的 (各项工作任务的主要责任单位).
func subjectName(span string) string {
	cand := enumWord.ReplaceAllString(strings.TrimSpace(span), "")
	if i := strings.LastIndex(cand, "由"); i > 0 {
		// 自由, 理由, 缘由, 经由 are words; "管理由…", "治理由…" a verb, then 由.
		if before, _ := utf8.DecodeLastRuneInString(cand[:i]); !strings.ContainsRune("自理缘经", before) || liVerb.MatchString(cand[:i]) {
			cand = cand[i:]
		}
	}
	for _, w := range []string{"由", "以及", "并由", "及", "和"} {
		cand = strings.TrimPrefix(cand, w)
	}
	// "市公安局、市商务局等部门组成的联合工作组": the units that form the body; "市领导小组组成若干个
	// 督查组": the one that forms them.
	if before, _, ok := strings.Cut(cand, "组成"); ok && before != "" {
		if _, ok := unitList(before); ok {
			cand = before
		}
	}
	// "由包片单位县气象局负责": the unit's role in the plan, then its name.
	for _, w := range []string{"包片单位", "包保单位", "责任单位", "牵头单位", "主管单位", "属地单位"} {
		if rest, ok := strings.CutPrefix(cand, w); ok && utf8.RuneCountInString(rest) >= 2 {
			cand = rest
			break
		}
	}
	if rest, ok := strings.CutPrefix(cand, "如"); ok {
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune("省市县区", r) {
			cand = rest
		}
	}
	if i := strings.LastIndex(cand, "的"); i > 0 && roleGroup.MatchString(cand[i+len("的"):]) {
		cand = cand[i+len("的"):]
	}
	// "每季度末向省发展改革委、省统计局报送…": whom a report goes to, no subject.
	if strings.Contains(cand, "向") {
		// "县应急局按月向县政府报送…": the unit, then when and to whom.
		if loc := recipientAfterTime.FindStringIndex(cand); loc != nil {
			cand = cand[:loc[0]]
			if cand == "" {
				return ""
			}
		}
	}
	// "统一行动中交警部门要…": when, before the name.
	if rest := occasionBefore.ReplaceAllString(cand, ""); rest != cand && utf8.RuneCountInString(rest) >= 2 {
		cand = rest
	}
	// "由市林业局具体负责", "由县林业局统一组织": how the unit does it, after its name.
	if rest := trailingAdverb.ReplaceAllString(cand, ""); rest != cand && utf8.RuneCountInString(rest) >= 2 && looksLikeUnit(rest) {
		cand = rest
	}
	return cand
}

// recipientAfterTime is a time, then 向 and whom something goes to: "每季度末向", "每月10日前向", "按月向",
// "于年底前向".
var recipientAfterTime = mustCompile(`(?:每[^向]{0,8}?|于[^向]{0,10}?(?:前|底|末)|按月|按季度?|按年|逐月|定期|按时|及时)向`)

// occasionBefore is when a subject acts, written before its name: 统一行动中, 执法检查中, 整治期间.
var occasionBefore = mustCompile(`^(?:统一|联合|专项|集中)?(?:行动|工作|执法|检查|整治|活动|巡查)(?:中|期间|过程中)`)

// trailingAdverb is how a subject does its work, written between its name and its verb.
var trailingAdverb = mustCompile(`(?:具体|统一|共同|依法|全面|联合|分别|切实|积极|主动|按(?:照)?(?:各自)?职责(?:分工)?|各司其职[、，,]?)+$`)

// enumWord opens a point of a running enumeration ("即:一是…", "二是各牵头单位须…") or a request
// (请), not a subject's name.
var enumWord = mustCompile(`^(?:即)?(?:[一二三四五六七八九十]+是|首先|其次|再次|最后|请)`)

// roleNoun tells a role word that is part of the subject's name (各牵头部门, 负责单位) from the
// verb after a subject: a body noun follows it.
func roleNoun(after string) bool {
	for _, n := range []string{"部门", "单位", "责任单位", "机构", "处室", "科室"} {
		if strings.HasPrefix(after, n) {
			return true
		}
	}
	return false
}

func subjectAt(text string, c int) []int {
	n := 0
	for i, r := range text[c:] {
		if n >= 2 {
			// Where the name may end other than at a verb: a colon, an aside, a comma, a full stop.
			if m, done := nameEnd(text, c, i, r); done {
				return m
			}
		}
		// A name runs to 24 characters; a list of them ("镇城运中心、规建办、…、派出所等相关部门") to 200.
		if strings.ContainsRune("，,。；;：:“”《》！!\n \t", r) || n > 24 && (n > 200 || !strings.Contains(text[c:c+i], "、") || !plainName(strings.TrimPrefix(text[c:c+i], "由"))) {
			return nil
		}
		if n >= 2 {
			if r == '在' && underAfterName.MatchString(text[c+i:]) {
				// "高新区管委会在市科技局的指导下，负责…": the name, then under whom it works.
				return []int{c + i, c + i}
			}
			if m := verbAt(text, c, i, r); m != nil {
				return m
			}
		}
		n++
	}
	return nil
}

// underAfterName is under whom a subject works, written after its name and before its verb:
// "在市科技局的指导下，负责…", "在县气象局的配合下，及时发布…".
var underAfterName = mustCompile(`^在[^，,。；;、]{2,30}?(?:的)?(?:业务|统一)?(?:领导|指导|组织|协调|支持|部署|带领|统筹|配合|协助|协同|参与)下[，,]?\s*\p{Han}`)

// nameEnd reads a subject's name ending at text[c+i] = r otherwise than at its verb; done when it
// decides (m is nil when there is no subject).
func nameEnd(text string, c, i int, r rune) (m []int, done bool) {
	size := utf8.RuneLen(r)
	switch r {
	case '：', ':':
		// A unit heading its duties, as a division of duties lists them: "市卫生局：负责…",
		// "各区县政府（地区管委会）：落实…"; a label ("责任单位：", "成员单位：") is no subject.
		name := text[c : c+i]
		if _, ok := subjectUnits(name); ok && !roleGroup.MatchString(name) && !isRespLine(text[c:]) {
			return []int{c + i, c + i + size}, true
		}
		return nil, true
	case '(', '（':
		end := asideEnd(text[c+i:])
		if end == 0 {
			end = firstNameAside(text[c:c+i], text[c+i:])
		}
		if end > 0 {
			// "各牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要…": an aside between the subject
			// and its verb.
			after := text[c+i+end:]
			for _, v := range subjectVerbSet.from(firstRune(after)) {
				if strings.HasPrefix(after, v) {
					return []int{c + i, c + i + end + len(v)}, true
				}
			}
		}
	case '，', ',':
		// "清河、西三旗街道和东北旺乡,要组织…": a list of units, a comma, then its verb; or the duty
		// shared by function ("市…总站、市…中心及各区…部门，根据职责分工负责牵头…").
		after := text[c+i+size:]
		for _, v := range []string{"要", "必须", "应当", "务必", "负责", "根据职责", "按照职责", "按职责", "依据职责", "依职责"} {
			if strings.HasPrefix(after, v) {
				if items, ok := subjectUnits(text[c : c+i]); ok && len(items) > 1 {
					return []int{c + i, c + i + size + len(v)}, true
				}
				break
			}
		}
	case '。', '.':
		if !headsDuties(text[c+i+size:]) {
			break
		}
		// A unit standing as its own sentence over its duties, as a division of duties lists
		// them: "县环保局。负责对全县秸秆禁烧工作实施统一监督…", "县交通局、公路局。负责…".
		name := text[c : c+i]
		if _, ok := subjectUnits(name); ok && !roleGroup.MatchString(name) {
			return []int{c + i, c + i + size}, true
		}
		return nil, true
	}
	return nil, false
}

// verbAt reads a subject verb at text[c+i] = r ("…负责", "…要", "…于2024年…前").
func verbAt(text string, c, i int, r rune) []int {
	for _, v := range subjectVerbSet.from(r) {
		if !strings.HasPrefix(text[c+i:], v) {
			continue
		}
		if v == "要" && strings.HasPrefix(text[c+i+len(v):], "求") {
			continue // 要求, a demand ("整改要求:…"), not "…要…"
		}
		if v == "应" && yingWord.MatchString(text[c+i:]) {
			continue // 应急, 应用, 应对风险: a word, not "…应…" (应对照, 应收集 are the modal)
		}
		if v != "根据" && basisWords[v] && strings.HasPrefix(text[c+i+len(v):], "各自") {
			continue // "…牵头，各部门按照各自职责分工做好…": a share of the lead's work, not a subject's own
		}
		if subj := strings.TrimSpace(text[c : c+i]); basisWords[v] && !strings.HasPrefix(subj, "各") && !(unitStart(subj) && (looksLikeUnit(subj) || listOfUnits(subj))) {
			// "各部门根据附件格式…", "区政府根据排查情况…", "市发展改革委、国资委…等部门根据…", "上海城投
			// 集团按照…的要求落实…", "各乡镇依据会议精神…": a body acting on a basis; not "…报县政府根据
			// 评估结果给予奖励" nor "工作按照…推进".
			continue
		}
		if v == "对" && !actsOn(text[c:c+i], text[c+i:]) {
			continue
		}
		if (v == "指导" || v == "督促") && bodyAfterVerb(text[c+i+len(v):]) {
			continue // 区社区矫正指导中心, 督促检查组: the verb inside a body's name
		}
		if v == "联合" && (unionName(text[c+i+len(v):]) || jointBody(text[c+i+len(v):]) && !formingUnits.MatchString(text[c:c+i])) {
			continue // 农村信用社联合社, 工商业联合会, 综合整治联合执法工作组: a name, not "…联合…"
		}
		if (v == "参与" || v == "参加") && (!clauseEnd(text[c+i+len(v):]) || utf8.RuneCountInString(text[c:c+i]) < 3) {
			continue // only "X、Y参与，…" ends a subject; "派出工作组参与区防汛办", "共同参与的氛围", "社会参与。" name none
		}
		if v == "组织" && strings.HasPrefix(text[c+i+len(v):], "部") {
			continue // 县委组织部: a name, not "…组织…"
		}
		if v == "委托" && (strings.Contains(text[c:c+i], "受") || strings.HasPrefix(text[c+i+len(v):], "管理") || strings.HasPrefix(text[c+i+len(v):], "单位")) {
			continue // "受区政府委托，…" names who entrusts, not a subject; 委托管理单位 is a name
		}
		if strings.HasPrefix(text[c+i:], v) && !roleNoun(text[c+i+len(v):]) {
			return []int{c + i, c + i + len(v)}
		}
	}
	if r == '商' && consults(text[c:c+i], text[c+i+len("商"):]) {
		return []int{c + i, c + i + len("商")} // "市发展改革委商市财政局确定…": consults, as 会同
	}
	if datedYu(text[c:c+i], text[c+i:]) {
		return []int{c + i, c + i + len("于")}
	}
	if before, _ := utf8.DecodeLastRuneInString(text[c : c+i]); r == '在' && !strings.ContainsRune("所存现正实内外", before) {
		if m := occasionModal.FindStringIndex(text[c+i:]); m != nil {
			// "绿化市容部门在工程竣工验收前，要对…": the occasion, then the subject's modal.
			return []int{c + i, c + i + m[1]}
		}
	}
	if r == '是' && roleStatement.MatchString(text[c+i+len("是"):]) {
		return []int{c + i, c + i + len("是")}
	}
	if byAgent(text[c:c+i], text[c+i:]) {
		return []int{c + i, c + i} // "由市财政局制定资金管理办法": the agent 由 names, then what it does
	}
	return nil
}

// consults reports 商 between a unit (name, ending in 局, 委, 厅 or 办) and another unit named with
// its level (after): "市人力资源社会保障局商市财政局", not 市商务局 or 工商局.
func consults(name, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(name)
	next, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune("局委厅办", last) && strings.ContainsRune("省市区县州", next) && looksLikeUnit(name)
}

// freqThenBy opens a clause with what is done and how often, then 由 and its agent: "县道每年由".
var freqThenBy = mustCompile(`^[\p{Han}]{1,8}?(?:每年|每半年|每季度|每季|每月|每周|每两年|每三年|定期)由`)

// listOfUnits: two or more names with 、 between them, each a party.
func listOfUnits(s string) bool {
	if !strings.Contains(s, "、") {
		return false
	}
	_, ok := unitList(s)
	return ok
}

// bodyAfterVerb reports a body's ending right after a verb, which makes the verb part of a name:
// 指导中心, 指导站, 督促组.
func bodyAfterVerb(rest string) bool {
	if unitStart(rest) {
		return false // "县教育局指导各中小学校…": whom it guides, a name of its own
	}
	n := 0
	for _, r := range rest {
		if n == 4 || strings.ContainsRune("，,。；;：:、（(", r) {
			return false
		}
		if strings.ContainsRune("中站组办所处科室员队局委", r) {
			return true // 指导中心, 督促检查组, 工作指导小组, 技术指导服务站
		}
		n++
	}
	return false
}

// byAgent: a clause that opens with 由 and a unit's name (or two joined by 与/和), then a verb: "由市财政局
// 制定…", "由杨浦区政府与上海城投集团签订…".
func byAgent(name, rest string) bool {
	if !strings.HasPrefix(name, "由") && strings.Contains(name, "由") {
		name = workThenBy.ReplaceAllString(name, "由") // "此项活动由": the work, then its agent
	}
	after, ok := strings.CutPrefix(name, "由")
	if !ok || utf8.RuneCountInString(after) < 2 || !(startsWithVerb(rest) || agentVerb.MatchString(rest)) || !looksLikeUnit(after) || reportsTo.MatchString(after) || strings.HasPrefix(rest, "组织部") {
		return false
	}
	// "由区政府确定的重点项目，…": what the agent made describes a thing; it is no clause of its own.
	if strings.Contains(clauseOf(rest), "的") {
		return false
	}
	_, ok = subjectUnits(after)
	return ok
}

// workThenBy is the work named before 由 and its agent: "此项活动由", "该项工作由".
var workThenBy = mustCompile(`^(?:此项|该项|这项|本项|此|该|本)(?:活动|工作|任务|项目)由`)

// reportsTo is a name that goes on to whom it reports: "由街道报区消防安全专业委员会核定" is 街道, then
// 报 and another body.
var reportsTo = mustCompile(`\p{Han}[报向经送][省市区县]`)

// agentVerb is what an agent 由 names does, when no other rule reads it: 签订, 制定, 编制 ….
var agentVerb = mustCompile(`^(?:签订|签署|制定|制订|编制|出台|建立|组建|核定|审核|审定|发布|印发|研究|确定|负责|牵头|统一|采取|拟定|拟订|起草|草拟|编报|审批|审查|认定|核实|核查|验收|评估|评审)`)

// actsOn: a subject acting on something, "市园林局对本市绿化建设任务进行梳理": a name that opens with
// no verb or modal (not "指导督促各街镇对…", "会同市农业局对…", "拟选取试点地区对…"), then 对, what it acts on and, in the same
// clause, the act (进行, 开展, 实施, 予以, 给予).
func actsOn(subject, rest string) bool {
	if startsWithVerb(subject) || adverbOpening.MatchString(subject) || strings.HasPrefix(subject, "会同") || strings.ContainsRune("由拟将需", firstRune(subject)) || !unicode.Is(unicode.Han, firstRune(subject)) {
		return false
	}
	// 对 inside a word is no verb: 对外联络部, 对口支援, 应对突发事件, 针对, 核对.
	last, _ := utf8.DecodeLastRuneInString(subject)
	after, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, "对"))
	if strings.ContainsRune("应针面核比相绝反校", last) || strings.ContainsRune("外口接照标象策应话齐账比于", after) {
		return false
	}
	return actAfterDui.MatchString(clauseOf(rest))
}

var actAfterDui = mustCompile(`进行|开展|实施|予以|给予`)

// adverbOpening opens a predicate, not a name: "适时委托消防技术服务机构对…进行排查", "负责配合公安
// 消防支队对…进行排查".
var adverbOpening = mustCompile(`^(?:适时|及时|定期|积极|主动|随时|全面|切实|认真|严格|逐步|持续|依法|统一|负责|配合|协助|协同|牵头)`)

// occasionModal is an occasion between a subject and its modal: "在工程竣工验收前，要", "在开展
// 现场审核时，应当", "在区政府统一领导下，要".
var occasionModal = mustCompile(`^在[^，,。；;：:]{2,24}?(?:前|时|后|中|内|期间|下)[，,]?(?:也要|应当|必须|务必|要|应|须|将)`)

// yingWord is 应 as the first character of a word: 应急, 应答, 应用, 应对 (not 应对照), 应收账款, 应变能力.
var yingWord = mustCompile(`^应(?:急|答|用|对[^照]|收[账款益]|变[能处机])`)

// roleStatement is what follows a subject's 是 when the sentence gives it its role: "区政府是本区农村
// 公路管理养护的责任主体。", "区交通委是…的行政主管部门。".
var roleStatement = mustCompile(`^[^。；，,]{0,40}?(?:责任主体|实施主体|工作主体|主管部门|管理机构|监管部门|牵头单位|牵头部门|责任单位|责任部门|第一责任人)[。；，,]`)

// afterColon returns where a unit heading its duties starts right after a colon in the clause at c
// ("职责如下:县环保局。负责…"), or 0.
func afterColon(text string, c int) int {
	end := len(text)
	if k := clauseEnds.index(text[c:]); k >= 0 {
		end = c + k
	}
	i := strings.IndexAny(text[c:end], ":：")
	if i < 0 {
		return 0
	}
	_, size := utf8.DecodeRuneInString(text[c+i:])
	a := c + i + size
	m := subjectAt(text, a)
	if m == nil {
		return 0
	}
	// A unit heading its duties after a list's label ("职责如下:县环保局。负责…"), or any subject
	// after a task's own label ("整改要求:由县环卫站负责清除…").
	if strings.HasPrefix(text[m[0]:], "。") || taskLabel.MatchString(text[c:a]) {
		return a
	}
	// Words that announce the shares to follow ("具体分工如下：县交通局负责…"): the first share's unit.
	if strings.HasSuffix(text[c:c+i], "如下") {
		return a
	}
	// An item's own short title as its label: "永久基本农田调整补划涉及违法项目：各乡镇人民政府、各相关
	// 部门要将…".
	if c == 0 && !runesAtLeast(text[:a], 32) {
		return a
	}
	return 0
}

// headsDuties reports whether a sentence opens with a duty ("负责…", "牵头…"), as after a unit's name
// standing alone.
func headsDuties(s string) bool {
	return strings.HasPrefix(s, "负责") || strings.HasPrefix(s, "牵头") || strings.HasPrefix(s, "主要负责") || strings.HasPrefix(s, "承担")
}

// firstNameAside returns the length of a short-name aside opening s that names a list of bodies by its
// first ("各区建设管理部门、临港管委会（以下简称“各区建设管理部门”）应…": the group goes by its first
// member's name), so the aside stands between the subject and its verb; 0 otherwise. A short name of
// its own ("（以下简称“各部门”）") is the plan's alias, read apart (takeLocalAliases).
func firstNameAside(name, s string) int {
	m := localAliasExpr.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		return 0
	}
	first, _, _ := strings.Cut(name, "、")
	if alias := s[m[2]:m[3]]; first != alias || first == name {
		return 0
	}
	return m[1]
}

// asideEnd returns the length of a bracketed aside opening s, one that holds a comma or 下同 (so no
// part of a name: "(市、区)" is), up to 80 bytes; 0 when s opens none.
func asideEnd(s string) int {
	for i, r := range s {
		if i > 80 {
			return 0
		}
		if r == ')' || r == '）' {
			in := s[:i]
			if strings.ContainsAny(in, "，,") || strings.Contains(in, "下同") {
				return i + utf8.RuneLen(r)
			}
			return 0
		}
	}
	return 0
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// roleGroup is a party named by its role in the plan: "各牵头单位", "牵头责任单位", "各责任单位".
var roleGroup = mustCompile(`^(?:各|其他|其它)?(?:主要)?(?:牵头|责任|相关|配合|成员|参与|协办)(?:责任)?(?:单位|部门)$`)

// cutLabel reports whether rest, after a role word, is a note's label cut off with the text: its colon,
// then no bracket closing the note ("（牵头单位：市" as a page's excerpt ends).
func cutLabel(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	return (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")) && !strings.ContainsAny(rest, ")）")
}

// supportVerb: a subject that supports takes part ("各相关单位要全力支持…").
var supportVerb = mustCompile(`^(?:全力|积极|主动|加强|密切|大力|切实)?(?:支持|配合|协助|参与|协同|协作|参加(?:[，,。；;]|$))`)

// mutualOnly is a clause in which the units of a list work with one another and no one else:
// "各级环保、工业、物价、建设部门要密切配合，…", "…等部门要加强沟通、密切配合，…". They are the subject of
// the work that follows, not helpers of a lead; 积极配合 and 主动配合 still help one unnamed.
var mutualOnly = mustCompile(`^(?:要|应|须|必须)?(?:加强沟通、|加强协调、|加强协作、)?(?:密切|相互|互相|通力|紧密)(?:配合|协作)(?:[，,。；;]|$)`)

// supportClause is a clause, to its sentence's end, that only supports: 给予（政策）支持, 提供技术指导,
// 加强监督指导, 协办, or follows the lead's work where it applies (参照落实, as suffixWords has it).
var supportClause = mustCompile(`^(?:要|应|负责|按职责|按照职责)?(?:积极|全力|大力|及时)?(?:给予|予以|提供)\p{Han}{0,12}(?:支持|保障|指导|帮助|服务)(?:[，,。；;]|$)|^(?:要|应|负责)?(?:加强|做好|具体)?(?:\p{Han}{1,4}?)?(?:监督指导|技术指导|业务指导|指导监督|监督|监管|督导|督促落实|协调服务|技术服务|服务保障)(?:[，,。；;]|$)|^(?:要|应)?派员(?:进行|开展)?(?:技术|业务)?指导(?:[，,。；;]|$)|^跟踪督办(?:[，,。；;]|$)|^(?:要|应)?(?:及时)?拨付\p{Han}{0,10}资金(?:[，,。；;]|$)|^协办(?:[，,。；;]|$)|^(?:参照|比照)(?:落实|执行)(?:[，,。；;]|$)`)

// withPartners: a subject that acts 协同 (协作) named partners ("市市场监管局协同市公安局、市农业农村局
// 开展…") leads the work with them taking part, as with 会同; 协同 with no partners named
// ("协同做好…") is support.
func withPartners(pred string) bool {
	m := partnersExpr.FindStringSubmatch(pred)
	if m == nil {
		return false
	}
	_, ok := subjectUnits(m[1])
	return ok
}

var partnersExpr = mustCompile(`^(?:协同|协作)([^，,。；;：:]{2,60}?)(?:共同|一起)?(?:开展|推进|推动|推行|落实|组织|实施|建立|完善|制定|制订|编制|优化|加强|做好|抓好|打造|建设|提升|研究|排查|整治|查处|检查)`)

// supports: a predicate, to the end of its sentence, whose duty is to support another's lead ("各责任
// 单位要认真履责、主动配合、接受调度", "其他责任单位要积极履行配合职责").
// groupSubject: parties named as a group (各部门, 有关单位, 其他部门), who support when they 配合.
var groupSubject = mustCompile(`^(?:各|有关|相关|其他|其它|其余)`)

// ownDuty: a clause that does work of its own (做好分拣管理, 推动设施建设), not an attitude (高度重视,
// 积极主动, 加强沟通).
var ownDuty = mustCompile(`做好|负责|推动|推进|落实|开展|完成|建立|制定|制订|组织|实施|编制|建设|完善|提升|加快`)

// ownCharge: a unit in charge of work of its own ("区住房保障房屋管理局负责指导、协调物业服务企业和
// 业委会配合…"): the 配合 after it is of those it directs, not its own.
func ownCharge(verb, pred string) bool {
	return verb == "负责" && !supportVerb.MatchString(pred) && !guidesOnly.MatchString(clauseOf(pred))
}

// clauseOf is pred up to its clause's end, without the end.
func clauseOf(pred string) string {
	if k := clauseEnds.index(pred); k >= 0 {
		return pred[:k]
	}
	return pred
}

// namedSupport is 支持 and the work it backs ("支持量子城市建设数字化项目立项"), a duty of its own when
// its sentence is its own; 参与, 协同, 配合 take part in another's work whatever the sentence.
var namedSupport = mustCompile(`^(?:全力|积极|主动|加强|密切|大力|切实)?支持`)

// attitudeOnly: a predicate that supports without naming any work, "全力支持。", "积极配合、接受调度".
func attitudeOnly(pred string) bool {
	pred = supportVerb.ReplaceAllString(clauseOf(pred), "")
	return utf8.RuneCountInString(pred) <= 6
}

// liVerb is a verb ending in 理 before 由: "日常管理由区民政局负责" (not 理由).
var liVerb = mustCompile(`(?:管|治|处|办|清|整|代|护|审|受|梳|料)理$`)

// guidesOnly is a clause whose whole duty is to guide the work another leads: "区应急局负责指导".
var guidesOnly = mustCompile(`^(?:负责|做好|加强|给予)?(?:业务|技术|行业)?(?:指导|督导)(?:工作)?$`)

// supports: a named unit whose duty of its own comes first ("房屋管理部门要做好拆房垃圾的现场分拣管理，
// 配合绿化市容部门…") leads it; a group named by its role ("各参与单位要主动作为，积极配合") still supports.
func supports(subject, pred string) bool {
	if i := strings.IndexAny(pred, "。；;！!"); i >= 0 {
		pred = pred[:i]
	}
	if i := strings.IndexAny(pred, "，,"); i >= 0 && !groupSubject.MatchString(subject) && !roleGroup.MatchString(subject) &&
		ownDuty.MatchString(pred[:i]) && !strings.Contains(pred[:i], "配合") && !strings.Contains(pred[:i], "协助") {
		pred = pred[:i]
	}
	return strings.Contains(pred, "配合") || strings.Contains(pred, "协助") || strings.Contains(pred, "服从") || guidesOnly.MatchString(strings.TrimRight(pred, "，,"))
}

// approvedBy is a clause whose departments check what the subject drew up: "经区农业农村委、区规划资源局
// 共同核定". (A government's 批准 or 同意, "经县政府批准后组织实施", authorises; it takes no part.)
var approvedBy = mustCompile(`(?:^|[，,])经([^，,。；;]{2,40}?)(?:共同|联合)?(?:核定|审核|审定|认定|复核|核实)`)

// clauseWindow is s up to its n-th clause end (，,；;。): the clauses right after a subject.
func clauseWindow(s string, n int) string {
	for i, r := range s {
		if strings.ContainsRune("，,；;。", r) {
			if n--; n == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// aheadLimit bounds how far after a subject its predicate is read: to the end of its sentence, and
// no further than a long sentence's first few hundred characters. A text of a thousand subjects in one
// sentence ("X街道要…，Y街道要…，…") would otherwise be read again to its end for each.
const aheadLimit = 600

// ahead is what follows a subject that its predicate is read from: up to the end of the sentence
// (。；\n, kept), at most aheadLimit bytes, cut at a clause's end when it must be cut.
func ahead(s string) string {
	// only the first aheadLimit bytes are searched (and a mark's last bytes past them)
	if k := strings.IndexAny(s[:min(len(s), aheadLimit+utf8.UTFMax-1)], "。；;\n"); k >= 0 && k < aheadLimit {
		_, size := utf8.DecodeRuneInString(s[k:])
		return s[:k+size]
	}
	if len(s) <= aheadLimit {
		return s
	}
	cut := s[:aheadLimit]
	for !utf8.ValidString(cut) {
		cut = cut[:len(cut)-1]
	}
	if k := strings.LastIndexAny(cut, "，,"); k > 0 {
		_, size := utf8.DecodeRuneInString(cut[k:])
		return cut[:k+size]
	}
	return cut
}

// subjectClauses reads the units a text's sentences name as their subjects: leads, or taking part
// when what they are to do is to support. A text whose sentences have different leading subjects
// ("市政府督考办要…。各相关单位也要…。各牵头单位要于每月28日前…") is one clause a subject, from the
// start of its sentence; nil when no sentence has a subject.
func (p *parser) subjectClauses(text string) []clause {
	var out []clause
	cur := clause{text: text}
	start := 0
	leadAt := -1 // where the subject that gave cur its lead starts
	sentenceStart := sentenceStartIn(text)
	for _, m := range subjectMatches(text) {
		if strings.HasPrefix(text[m[1]:], "求") {
			continue // 要求, a demand, not "…要…"
		}
		cand := subjectName(text[m[2]:m[3]])
		if roleGroup.MatchString(strings.TrimLeft(cand, "(（")) && cutLabel(text[m[3]:]) {
			continue // "（牵头单位：市" cut off: a note's label, its list lost, is no party
		}
		items, ok := subjectUnits(cand)
		if !ok {
			continue
		}
		own := text[m[2]:]
		if k := clauseEnds.index(own); k >= 0 {
			own = own[:k]
		}
		if us, ok := overseersClause(own); ok && len(cur.lead) > 0 && sentenceStart(m[2]) <= leadAt {
			// "县林业局牵头，县纪委监委派驻纪检监察组、县督查室督办": who follows the lead's work up,
			// in the lead's sentence, takes part in it (as "…，县城管局跟踪督办" does), by the whole
			// names its list gives; no clause of its own.
			for _, u := range us {
				cur.partic = appendNew(cur.partic, p.unitNames(u)...)
			}
			continue
		}
		if len(m) >= 6 {
			// The units a comma sets before the subject (subjectSpans): theirs too.
			if before, ok := subjectUnits(subjectName(text[m[4]:m[5]])); ok {
				items = append(before, items...)
			}
		}
		var us []string
		for _, it := range items {
			us = append(us, p.unitNames(it)...)
		}
		from := m[3] // the words after the units: "组成的工作专班，负责", in the span or after it
		if i := strings.Index(text[m[2]:m[3]], "组成"); i >= 0 {
			from = m[2] + i
		}
		if f := membersForm.FindStringSubmatch(text[from:]); f != nil && len(cur.lead) == 0 && strings.Contains(f[0], "的") {
			// "成立由市政府分管副秘书长牵头，市应急局、市公安局等部门组成的工作专班，负责统筹协调…": led by
			// a person (or by no one named), the body the units form answers for the work and they
			// take part in it.
			if body := strings.Trim(f[1], "“”\""); !strings.Contains(body, "的") && !strings.Contains(body, "为") {
				cur.lead = []string{p.unit(body)}
				cur.partic = appendNew(cur.partic, us...)
				leadAt = m[2]
				continue
			}
		}
		// A unit heading its own duties ("农林委:负责…，协助公安派出所执法") is no helper of the one before.
		heads := strings.ContainsAny(text[m[0]:m[1]], ":：。")
		// One that supports another's work, in the sentence of that work ("X牵头，Y积极支持"), as a
		// group (各相关单位要全力支持) or as an attitude with no work named ("…主动配合、接受调度"); a
		// unit's sentence of its own ("市数据局支持…项目立项。") is its own duty.
		if !heads && len(cur.lead) > 0 && !sameUnits(cur.lead, us) && supportClause.MatchString(ahead(text[m[3]:])) {
			// "X牵头建设…，Y给予政策支持。", "X负责…，Y提供技术指导。": a clause that only supports the
			// lead's work takes part in it.
			cur.partic = appendNew(cur.partic, us...)
			continue
		}
		if heads && len(cur.lead) > 0 && !sameUnits(cur.lead, us) && helpsOnly(text[m[3]:]) && len(p.helpedUnits(strings.TrimLeft(text[m[3]:], "：: "))) == 0 {
			// "市公安局：负责…；市司法局：负责配合完善…制度": a unit of a division of duties whose own
			// duty is to help, naming no one it helps, takes part in the work of the one before.
			cur.partic = appendNew(cur.partic, us...)
			continue
		}
		if !heads && !withPartners(ahead(text[m[3]:])) && !(len(us) > 1 && mutualOnly.MatchString(ahead(text[m[1]:]))) && ((supportVerb.MatchString(ahead(text[m[1]:])) || supportVerb.MatchString(ahead(text[m[3]:]))) && (len(cur.lead) == 0 || !namedSupport.MatchString(ahead(text[m[1]:])) || sentenceStart(m[2]) <= leadAt || roleGroup.MatchString(cand) || groupSubject.MatchString(cand) || attitudeOnly(ahead(text[m[1]:]))) || (len(cur.lead) > 0 && !ownCharge(text[m[3]:m[1]], ahead(text[m[1]:])) && supports(cand, ahead(text[m[1]:])))) {
			cur.partic = appendNew(cur.partic, us...)
			if len(cur.lead) == 0 {
				// "区水务局、区财政局应积极配合市水务局、市财政局做好…": the units helped lead.
				from := m[1]
				if !supportVerb.MatchString(text[m[1]:]) {
					from = m[3] // "市财政局配合市发改委…": the verb is the subject's own
				}
				cur.lead = appendNew(cur.lead, p.helpedUnits(strings.TrimLeft(modalOpening.ReplaceAllString(pred0(text[from:]), ""), " "))...)
			}
			continue
		}
		if len(cur.lead) > 0 && !sameUnits(cur.lead, us) && (sentenceStart(m[2]) <= leadAt || bareLeadBefore(text, leadAt, m[2])) && leadAt < m[2] && (leadVerbIn(text[leadAt:m[2]]) || strings.Contains(text[leadAt:m[2]], "会同") || strings.Contains(text[leadAt:m[2]], "负总责") || strings.Contains(text[leadAt:m[2]], "负责统筹") || bareCharge.MatchString(text[leadAt:m[2]])) && (laterShare(text[m[3]:]) && (leadVerbIn(text[leadAt:m[2]]) || strings.Contains(text[leadAt:m[2]], "会同")) || sharesDuty(text[m[3]:]) || sharesWork(text[m[3]:]) || dutyInName(text[m[2]:m[3]]) || strings.Contains(text[m[2]:m[3]], "组成") || strings.HasSuffix(text[m[2]:m[3]], "具体") && sharesWork("具体"+text[m[3]:])) && !strings.Contains(strings.ReplaceAll(text[m[0]:m[3]], "自由", ""), "由") {
			// "由市政府办公室牵头，市直有关部门和各县政府按照职责分工抓好落实", "区民防办牵头，…，各镇
			// 政府落实主体责任": those after a 牵头 lead, in its sentence, doing their share take part;
			// after a 牵头, so do those with a share of their own there (laterShare: "…牵头，Y配合，
			// 各乡镇人民政府负责本辖区网点选址"). One the work is handed to ("…，由各车站具体负责")
			// leads its own clause. A bare 负责 answers for the work as 牵头 does: "市人社局负责，各县（区）
			// 政府落实".
			cur.partic = appendNew(cur.partic, us...)
			continue
		}
		if len(cur.lead) > 0 && !sameUnits(cur.lead, us) && len(cur.partic) == 0 && sentenceStart(m[2]) <= leadAt && leadAt < m[2] {
			if _, guide := guidingPiece(strings.TrimRight(strings.TrimSpace(text[leadAt:m[2]]), "，,")); guide && guidedWork.MatchString(ahead(text[m[3]:])) {
				// "市农业农村局做好技术指导，各县政府抓好落实": the guide of the sentence's work takes part in
				// it; those who carry it out lead.
				cur.partic, cur.lead = cur.lead, nil
			}
		}
		if len(cur.lead) > 0 && !sameUnits(cur.lead, us) {
			// A new subject: its sentence starts a clause of its own, or, when the subject before
			// it is in the same sentence ("各区政府要…，各部门根据…"), its own clause does.
			// A clause that hands the work on ("…，具体工作由市发改委牵头负责") stays with it.
			at := sentenceStart(m[2])
			if at <= leadAt && (!strings.Contains(text[m[0]:m[1]], "由") || freqThenBy.MatchString(text[m[0]:])) {
				at = m[0]
			}
			if at > start {
				cur.text = strings.TrimRight(strings.TrimSpace(text[start:at]), "，,")
				out = append(out, cur)
				cur, start = clause{}, at
			}
		}
		if len(cur.lead) == 0 {
			leadAt = m[2]
		}
		pred := ahead(text[m[1]:])
		if heads {
			// "市财政局：负责配合市房产局制定…": the unit helped leads, the one heading takes part.
			if helped := p.helpedUnits(pred); len(helped) > 0 {
				cur.lead = appendNew(cur.lead, helped...)
				cur.partic = appendNew(cur.partic, us...)
				continue
			}
		}
		cur.lead = appendNew(cur.lead, us...)
		// "…组织实施，财政、城乡建设、自然资源等部门配合。": those named before 配合 take part.
		cur.partic = appendNew(cur.partic, p.trailingHelpers(pred)...)
		// "由乡镇人民政府拟定整治方案，经区农业农村委、区规划资源局共同核定": who approves the work takes part.
		for _, h := range approvedBy.FindAllStringSubmatch(clauseWindow(pred, 3), -1) {
			if items, ok := unitList(h[1]); ok {
				for _, it := range items {
					cur.partic = appendNew(cur.partic, p.unitNames(it)...)
				}
			}
		}
		// "县应急管理局在县气象局的配合下，及时发布…": who helps it takes part.
		if h := helpedUnder.FindStringSubmatch(pred); h != nil {
			if items, ok := unitList(h[1]); ok {
				for _, it := range items {
					cur.partic = appendNew(cur.partic, p.unitNames(it)...)
				}
			}
		}
		if strings.HasSuffix(text[m[2]:m[1]], "牵头") {
			// "建立由省发展改革委牵头、省直有关部门参与的…机制": the partners after 、 take part.
			if h := partnersAfterLead.FindStringSubmatch(pred); h != nil {
				if items, ok := unitList(h[1]); ok {
					for _, it := range items {
						cur.partic = appendNew(cur.partic, p.unitNames(it)...)
					}
				}
			}
			// "由区工商分局牵头组织区相关部门对…评估": whom the lead organises takes part, and so do
			// the units right after 牵头 ("区规划资源局牵头各乡镇建立…").
			if rest, ok := strings.CutPrefix(pred, "组织"); ok && !startsWithVerb(rest) {
				pred = "会同" + rest // not "牵头组织成立工作组": what it forms is no helper
			} else if unitStart(pred) {
				pred = "会同" + pred // "牵头各乡镇建立…", not "牵头向市政府报送…"
			}
		}
		if strings.Contains(text[m[2]:m[1]], "组成") {
			continue // "由A、B组成（的）联合工作组…": the body they form is no partner
		}
		for _, v := range []string{"组织", "统筹", "协调", "带领"} {
			if strings.HasSuffix(text[m[2]:m[1]], v) && !strings.HasSuffix(text[m[2]:m[1]], "牵头"+v) && unitStart(pred) {
				// "市人社局组织各县（市、区）人社部门开展…": the subject's verb is 组织 itself, and whom it
				// organises takes part, when a unit's name follows the verb.
				pred = v + pred
			}
		}
		for _, it := range jointUnits(pred, strings.HasSuffix(text[m[2]:m[1]], "会同") || strings.HasSuffix(text[m[2]:m[1]], "联合") || strings.HasSuffix(text[m[2]:m[1]], "商")) {
			cur.partic = appendNew(cur.partic, p.unitNames(it)...)
		}
	}
	if len(cur.lead)+len(cur.partic) == 0 && len(out) == 0 {
		if cur.lead = p.coordinatedParties(text); len(cur.lead) == 0 {
			return nil
		}
	}
	cur.text = strings.TrimSpace(text[start:])
	out = append(out, cur)
	out = p.helpClauses(out)
	out = groupLeadClauses(out)
	for i := range out {
		c := &out[i]
		c.partic = removeAll(c.partic, c.lead)
		c.hasUnits, c.inSentence = len(c.lead)+len(c.partic) > 0, true
	}
	return out
}

// groupLeadSentence is a sentence that gives a group of duties to the one leading it and says no more:
// "区公安局牵头涉黑涉恶调查整治工作。", "由县住建局牵头老旧小区改造工作。".
var groupLeadSentence = mustCompile(`^由?[^。；;，,：:]{2,60}?牵头[^。；;，,：:]{2,30}?(?:工作|任务|行动)[。；;]?$`)

// groupSharesSentence is a lead's sentence that announces the shares of the work to follow: "由区城管局
// 牵头，具体分工如下：", "县住建局牵头，任务分工如下:".
var groupSharesSentence = mustCompile(`^由?[^。；;，,：:]{2,60}?牵头(?:负责)?[，,]\s*(?:具体|主要)?(?:任务|职责|工作)?分工如下[：:]?$`)

// groupLeadHead reports whether a clause opens with a group lead's sentence (groupLeadSentence, or
// groupSharesSentence ending the clause), after the item's short title when it has one ("深化“一网通办”
// 改革。区行政审批服务局牵头推进…工作。"): a title of a few words that names no one.
func groupLeadHead(text string) bool {
	first := firstSentence(text)
	if groupLeadSentence.MatchString(first) || groupSharesSentence.MatchString(first) {
		return true
	}
	if first == text || runesAtLeast(first, 41) || strings.Contains(first, "牵头") || strings.Contains(first, "负责") || len(subjectMatches(first)) > 0 {
		return false
	}
	rest := strings.TrimLeft(text[len(first):], "。；; ")
	second := firstSentence(rest)
	return groupLeadSentence.MatchString(second) || groupSharesSentence.MatchString(second) && second == rest
}

// groupLeadClauses reads a text that opens with a sentence of its own giving the group of duties to a
// lead ("X牵头…调查整治工作。A负责…。B，负责…", "由X牵头，具体分工如下：A负责…，B负责…"), after the item's
// title or not (groupLeadHead), as that lead's group: the lead leads each later clause, and the units
// whose sentences share the work out take part in it (the lead, named again, keeps leading).
func groupLeadClauses(cs []clause) []clause {
	if len(cs) < 2 || len(cs[0].lead) == 0 || !groupLeadHead(cs[0].text) {
		return cs
	}
	lead := cs[0].lead
	for i := 1; i < len(cs); i++ {
		c := &cs[i]
		if len(c.lead) == 0 || containsAll(lead, c.lead) || groupLeadHead(c.text) {
			continue // a share that names its own lead the same way leads it (audit 57)
		}
		c.partic = appendNew(removeAll(slices.Clone(c.lead), lead), c.partic...)
		c.lead = slices.Clone(lead)
	}
	return cs
}

// coordinatedExpr is a joint duty a sentence with no subject gives its parties: "加强属地乡镇与区规划
// 资源局、区农业农村委等部门的协调联动" (group 1 the one side, group 2 the other, 等部门 closing it).
var coordinatedExpr = mustCompile(`(?:加强|强化|深化|密切|做好|注重|健全|建立)([^，,。；;：:、与和同]{2,20})(?:与|和|同)([^，,。；;：:与和同]{2,200}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:之间)?的(?:沟通)?(?:协调|配合|联动|协作|衔接|沟通|协同)`)

// coordinatedParties are the units of the first joint duty a text with no subject names
// (coordinatedExpr): all of them lead it, none being named first. Nil when its parties are no units.
func (p *parser) coordinatedParties(text string) []string {
	for _, sent := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == ';' || r == '\n' }) {
		m := coordinatedExpr.FindStringSubmatch(sent)
		if m == nil {
			continue
		}
		one, ok1 := unitList(m[1])
		other, ok2 := unitList(m[2])
		if !ok1 || !ok2 || vagueParties(other) {
			continue
		}
		var out []string
		for _, it := range append(one, other...) {
			out = appendNew(out, p.unitNames(it)...)
		}
		return out
	}
	return nil
}

// helpsOnly reports whether a unit's duty, after its name and colon, opens by helping: "：配合做好…",
// "：负责配合完善…", "：积极协助…".
func helpsOnly(after string) bool {
	rest := strings.TrimLeft(after, "：: ")
	rest = strings.TrimPrefix(rest, "负责")
	for _, w := range []string{"积极", "主动", "全力"} {
		rest = strings.TrimPrefix(rest, w)
	}
	return strings.HasPrefix(rest, "配合") || strings.HasPrefix(rest, "协助")
}

// bareLeadBefore reports whether text[leadAt:at] is a lead and its 牵头 alone, closed by a semicolon:
// "市体育局牵头；市发展改革委…按职责分工负责；各县（市、区）政府落实主体责任" is one note in three parts.
func bareLeadBefore(text string, leadAt, at int) bool {
	if leadAt < 0 || leadAt >= at {
		return false
	}
	gap := strings.TrimRight(text[leadAt:at], " ；;")
	if gap == text[leadAt:at] || strings.ContainsAny(gap, "。\n，,") {
		return false
	}
	parts := strings.FieldsFunc(gap, func(r rune) bool { return r == '；' || r == ';' })
	for i, pt := range parts {
		if i == 0 && !strings.HasSuffix(pt, "牵头") && !strings.HasSuffix(pt, "牵头负责") || i > 0 && !endsWithMarker(pt) {
			return false // each part after the lead a list and its marker: "…按职责分工负责；"
		}
	}
	return len(parts) > 0
}

// partnersAfterLead is a list and its helping marker right after a 牵头, joined by 、: "…牵头、省直
// 有关部门参与的机制".
var partnersAfterLead = mustCompile(`^、([^，,。；;、]{2,20}(?:、[^，,。；;、]{2,20}){0,8}?)(?:参与|配合|协同|参加|协助)`)

// leadVerbIn reports whether s says someone leads: 牵头 as a verb, not 各牵头单位 (a name for the
// leads).
func leadVerbIn(s string) bool {
	for rest := s; ; {
		i := strings.Index(rest, "牵头")
		if i < 0 {
			return false
		}
		after := rest[i+len("牵头"):]
		if !strings.HasPrefix(after, "单位") && !strings.HasPrefix(after, "部门") && !strings.HasPrefix(after, "处室") && !strings.HasPrefix(after, "责任单位") {
			return true
		}
		rest = after
	}
}

// modalOpening is the modal a helper's predicate may open with: "应积极配合…", "要主动协助…".
var modalOpening = mustCompile(`^(?:应当|应该|应|要|须|必须|需|将)`)

// pred0 is a predicate up to the end of its sentence.
func pred0(pred string) string {
	if i := strings.IndexAny(pred, "。；;"); i >= 0 {
		return pred[:i]
	}
	return pred
}

// helpedExpr opens a duty that is helping another unit: "负责配合市房产局制定…", "协助有关部门做好…".
// A duty the helper answers for after the unit helped ("配合经信部门负责修造船企业的…") ends the unit.
var helpedExpr = mustCompile(`^(?:负责)?(?:积极|主动|全力)?(?:配合|协助)([^，,。；;：:]{2,30}?)(?:做好|开展|组织|指导|推进|落实|实施|督查|检查|监督|建立|制订|制定|完成|抓好|加强|搞好|开展|负责|对|，|,|。|；|;|$)`)

// helpedUnits are the units a duty helps, when it opens by helping ("负责配合市房产局…").
func (p *parser) helpedUnits(pred string) []string {
	m := helpedExpr.FindStringSubmatch(pred)
	if m == nil {
		return nil
	}
	list := strings.TrimSpace(m[1])
	items, ok := subjectUnits(list)
	if !ok {
		// "配合海事等部门开展…": the departments by their field, as the plan writes them.
		items, ok = fieldsBefore(list)
	}
	if !ok {
		return nil
	}
	return p.namesOf(items)
}

// fieldsBefore reads a list of departments by their field closed by 等部门 or 等单位 ("海事等部门",
// "财政、城乡建设、自然资源等部门"): each field is a short name of its own.
func fieldsBefore(list string) ([]string, bool) {
	head, ok := strings.CutSuffix(list, "等部门")
	if !ok {
		head, ok = strings.CutSuffix(list, "等单位")
	}
	if !ok || head == "" {
		return nil, false
	}
	items := SplitUnits(head)
	for _, it := range items {
		if n := utf8.RuneCountInString(it); n < 2 || n > 6 || !allHan(it) || startsWithVerb(it) {
			return nil, false
		}
	}
	return items, len(items) > 0
}

// trailingHelperExpr is a duty's last clause naming who helps: "，财政、城乡建设、自然资源等部门配合。".
var trailingHelperExpr = mustCompile(`[，,]([^，,。；;：:]{2,40}?)(等部门|等单位)?(?:积极|共同)?(?:配合|协助|参与|参加)(?:[。；;]|$)`)

// trailingHelpers are the units a duty's last clause says help with it.
func (p *parser) trailingHelpers(pred string) []string {
	if i := strings.IndexAny(pred, "。；;"); i >= 0 {
		_, size := utf8.DecodeRuneInString(pred[i:])
		pred = pred[:i+size]
	}
	m := trailingHelperExpr.FindStringSubmatch(pred)
	if m == nil {
		return nil
	}
	list := strings.TrimSpace(m[1])
	items, ok := subjectUnits(list)
	if !ok && m[2] != "" {
		// "财政、城乡建设、自然资源等部门": the departments by their field, as the plan writes them.
		items, ok = SplitUnits(list), true
		for _, it := range items {
			if n := utf8.RuneCountInString(it); n < 2 || n > 6 || !allHan(it) {
				ok = false
			}
		}
	}
	if !ok {
		return nil
	}
	return p.namesOf(items)
}

// namesOf are the parties' canonical names, a list's items in order.
func (p *parser) namesOf(items []string) []string {
	var out []string
	for _, it := range items {
		out = append(out, p.unitNames(it)...)
	}
	return out
}

// helpExpr is a clause of a subject's duties in which it helps another unit ("，配合市住建局组织…
// 培训"), or, as a duty of its own in a list of them, acts together with others ("；会同市发展改革局监督
// …", "；牵头会同物价部门建立…"). Group 1 is the marker, group 2 the others.
var helpExpr = mustCompile(`(?:[，,；;](?:积极|主动|协助|并|负责)?(配合)|[；;](?:并|负责|牵头)?(会同))([^，,。；;：:]{2,30}?)(?:做好|开展|组织|指导|推进|落实|实施|督查|检查|监督|建立|制订|制定|完成|抓好|加强|搞好|对|，|,|。|；|;|$)`)

// helpClauses splits out of a subject's clause the clauses in which it helps another unit: that
// unit leads the work helped with, the subject takes part ("规划分局负责…，配合市住建局组织技术人员
// 的培训，…" → the training, 市住建局 lead, 规划分局 participating); and the duties of its list that
// it does together with others, which it leads and they take part in ("市粮食局负责…；会同市发展改革局
// 监督…").
func (p *parser) helpClauses(cs []clause) []clause {
	var out []clause
	for _, c := range cs {
		if len(c.lead) == 0 {
			out = append(out, c)
			continue
		}
		var helps []clause
		rest := c.text
		for at := 0; at < len(rest); {
			m := helpExpr.FindStringSubmatchIndex(rest[at:])
			if m == nil {
				break
			}
			for k := range m {
				if m[k] >= 0 {
					m[k] += at
				}
			}
			list := strings.TrimSpace(rest[m[6]:m[7]])
			items, ok := subjectUnits(list)
			if !ok {
				items, ok = sharedSuffixList(list)
			}
			var us []string
			for _, it := range items {
				us = append(us, p.unitNames(it)...)
			}
			if !ok || sameUnits(us, c.lead) || vagueParties(items) {
				// "配合做好抢险救援", "配合有关部门做好…": no unit of its own to lead; later clauses
				// are still read.
				at = m[7]
				continue
			}
			from := m[0] + len(string([]rune(rest[m[0]:])[0]))
			end := len(rest)
			// The clause runs to its end; when the list itself ended at a comma ("配合市住建局,做好
			// 培训"), to the end of the clause after it.
			stop := m[7]
			if stop < len(rest) && strings.ContainsAny(rest[stop:stop+utf8.RuneLen(firstRune(rest[stop:]))], "，,") {
				stop += utf8.RuneLen(firstRune(rest[stop:]))
			}
			if i := strings.IndexAny(rest[stop:], "，,。；;"); i >= 0 {
				end = stop + i
			}
			h := clause{text: strings.TrimSpace(rest[from:end]), lead: us, partic: appendNew(nil, c.lead...)}
			if m[4] >= 0 { // 会同: the subject leads
				h.lead, h.partic = appendNew(nil, c.lead...), us
			}
			helps = append(helps, h)
			rest = rest[:m[0]] + rest[end:]
			at = m[0]
		}
		c.text = rest
		out = append(out, c)
		out = append(out, helps...)
	}
	return out
}

// vagueParties reports whether every party of a list is a vague group (有关部门, 相关单位, 上级部门):
// no one to lead a task of its own.
func vagueParties(items []string) bool {
	for _, it := range items {
		if !strings.HasPrefix(it, "有关") && !strings.HasPrefix(it, "相关") && !strings.HasPrefix(it, "上级") &&
			!strings.HasPrefix(it, "其他") && !strings.HasPrefix(it, "各有关") && !strings.HasPrefix(it, "各相关") {
			return false
		}
	}
	return len(items) > 0
}

// jointExpr reads the units a subject acts together with or directs: "(负责)会同Y", "联合Y",
// "统筹Y", "协调Y", up to the verb of what they do together or the clause's end.
var jointExpr = mustCompile(`(?:会同|联合|统筹|协调|协同|带领|牵头|组织)([^，,。；;：:]{2,40}?)(?:共同|一起|共建|合建|联建|抓好|做好|开展|研究|制定|制订|推进|推动|落实|组织|负责|加强|加快|强化|建立|完善|实施|编制|出台|指导|监督|完成|查处|检查|督促|处理|做|抓|对|进行|审核|审查|审定|核定|商定|确定|上报|报送|评估|验收|选择|筛选|起草|梳理|排查|摸排|调查|召开|举办|部署|推行|优化|组建|成立|，|,|。|；|;|$)`)

// closedJoint is a list after 会同 or 联合 that 等部门 (等单位) closes: group 1.
var closedJoint = mustCompile(`(?:^|[^的])(?:会同|联合)([^，,。；;：:、]{2,20}(?:、[^，,。；;：:、]{2,20}){1,30}?等(?:有关|相关)?(?:部门|单位))`)

// jointUnits are the units a subject's predicate, up to the end of its sentence, names with 会同 or
// a word like it (X负责会同Y…, X要统筹Y制定…, 充分协调Y: Y takes part); after a subject that already
// ended in 会同 or 联合, the predicate itself starts with them.
func jointUnits(pred string, afterJoint bool) []string {
	if afterJoint {
		pred = "会同" + pred
	}
	if i := strings.IndexAny(pred, "。；;！!"); i >= 0 {
		pred = pred[:i]
	}
	var out []string
	// "会同编制、发展改革、财政…等单位发挥联席会议制度作用": a list closed by 等部门 or 等单位 ends
	// there, however long and whatever verb follows.
	for _, m := range closedJoint.FindAllStringSubmatch(pred, -1) {
		if items, ok := subjectUnits(m[1]); ok {
			out = append(out, items...)
		}
	}
	for _, ix := range jointExpr.FindAllStringSubmatchIndex(pred, -1) {
		list := strings.TrimSpace(pred[ix[2]:ix[3]])
		if strings.HasSuffix(pred[:ix[0]], "的") || strings.HasSuffix(pred[:ix[0]], "组成") || strings.HasSuffix(pred[:ix[0]], "成立") || strings.HasSuffix(pred[:ix[0]], "组建") || strings.HasSuffix(pred[:ix[0]], "建立") {
			continue // "…组成的联合工作组", "组成联合检查组": 联合 describes the body, it joins no one
		}
		if verb := pred[ix[0]:ix[2]]; verb == "联合" && unionName(pred[ix[2]:]) {
			continue // "农村信用社联合社", "工商业联合会": a name
		}
		if strings.HasSuffix(pred[:ix[0]], "中国") || strings.HasSuffix(pred[:ix[0]], "中华") {
			continue // "中国联合网络通信有限公司", "中华联合财产保险股份有限公司": a firm's name
		}
		if otherSubjectBefore(pred[:ix[0]]) {
			continue // "X负责…，Y会同Z加强…": Z is Y's partner in Y's clause, not X's
		}
		if verb := pred[ix[0]:ix[2]]; (verb == "牵头" || verb == "组织") && (startsWithVerb(list) || !unitStart(list) && !strings.HasPrefix(list, "相关") && !strings.HasPrefix(list, "有关")) {
			continue // "牵头协调市场监管所…", "组织专家评审": whom it organises only when a unit's name follows
		}
		if _, ok := unitList(list); !ok {
			// A verb inside a name ends the list too soon ("联合市场监督管理局苏平分局、…，开展": 监督):
			// the whole clause may be the list.
			clause := pred[ix[2]:]
			if k := strings.IndexAny(clause, "，,。；;：:"); k >= 0 {
				clause = clause[:k]
			}
			if items, ok := unitList(clause); ok && !slices.ContainsFunc(items, itemVerb.MatchString) {
				out = append(out, items...)
				continue
			} else if items, ok := withStaff(clause); ok {
				out = append(out, items...)
				continue
			}
		}
		if items, ok := unitList(list); ok {
			out = append(out, items...)
		} else if items, ok := sharedSuffixList(list); ok {
			out = append(out, items...) // as written: 会同公安、城管部门
		} else if items, ok := subjectUnits(list); ok {
			out = append(out, items...)
		} else if items, ok := withStaff(list); ok {
			out = append(out, items...)
		} else if verb := pred[ix[0]:ix[2]]; (verb == "会同" || verb == "联合") && len(unitsOpening(list)) > 0 {
			items := unitsOpening(list)
			out = append(out, items...) // "会同市经济信息化委发布…通知": a verb the pattern does not know
		} else if clause := strings.TrimSpace(pred[ix[2]:]); (verb == "会同" || verb == "联合" || verb == "牵头" || verb == "组织") && len(unitsOpening(clauseOf(clause))) > 0 {
			out = append(out, unitsOpening(clauseOf(clause))...) // "联合市场监督管理局全面开展": 监督 inside the name
		}
	}
	return out
}

// otherSubjectBefore reports whether a later clause of a predicate opens with units of its own right
// before a joint verb ("…野外火源管理，市林草局" before 会同): whom they act with is theirs.
func otherSubjectBefore(before string) bool {
	k := strings.LastIndexAny(before, "，,")
	if k < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(before[k:])
	name := strings.TrimSpace(before[k+size:])
	if name == "" {
		return false
	}
	_, ok := unitList(name)
	return ok
}

// itemVerb is a verb inside what would be a name: the clause ran past the units ("市经济信息化委发布
// 零碳园区").
var itemVerb = mustCompile(`发布|印发|定期|梳理|明确|逐项|逐一|排查|摸排|核查|跟进|统筹|组织|开展|推进|制定|落实|研究|建立|完善|实施|编制|出台|指导|督促|选取|宣传|部署|召开|每年|每月|共同`)

// staffAfter: the name or the list goes on ("相关处室值班人员", "…、相关处室"): no list of units ends there.
var staffAfter = mustCompile(`^(?:[、室门位]|值班|人员|工作人员|负责人|干部|同志)`)

// unitsOpening is the longest list of units a text opens with, up to a unit's last character: what
// a clause names before a verb no list of verbs holds ("市经济信息化委发布零碳园区申报通知").
func unitsOpening(text string) []string {
	for end := len(text); end > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:end])
		next, _ := utf8.DecodeRuneInString(text[end:])
		// "区级", "县级": a level ("牵头市级抽查和区级巡查"), not a place's name ending.
		levelWord := next == '级' && strings.ContainsRune("区县", r)
		if strings.ContainsRune("局委办厅部门位院会府队所站心司行社处科组室馆团区县道", r) && !levelWord && !staffAfter.MatchString(text[end:]) && !itemVerb.MatchString(string([]rune{r, next})) {
			if items, ok := unitList(text[:end]); ok && !slices.ContainsFunc(items, itemVerb.MatchString) {
				return items
			}
		}
		end -= size
	}
	return nil
}

// withStaff reads a joint force whose list ends with staff ("联合市场监督管理局苏平分局、各包村工作队、
// 相关处室值班人员"): two parties or more and one group of staff (…人员), each kept as written.
func withStaff(list string) ([]string, bool) {
	items := joinGroups(splitAnd(SplitUnits(list)))
	staff := 0
	for _, it := range items {
		if isParty(it) {
			continue
		}
		if !strings.HasSuffix(it, "人员") || utf8.RuneCountInString(it) < 4 || !allHan(it) || !staffOf.MatchString(it) {
			return nil, false
		}
		staff++
	}
	return items, staff == 1 && len(items) >= 3
}

// staffOf is the body whose staff a group of staff is ("相关处室值班人员", "各站所工作人员"); experts and
// technicians in general ("有关专家和技术人员") are no party.
var staffOf = mustCompile(`处|室|科|部门|单位|站|所|队|中心|机关|窗口|局|委|办`)

// sharedSuffixList reads "公安、城管部门" (公安 and 城管, both 部门): short names before a last item
// that reads as a party, the list's word shared; each kept as the plan writes it.
func sharedSuffixList(list string) ([]string, bool) {
	items := SplitUnits(list)
	if len(items) < 2 || !isParty(items[len(items)-1]) {
		return nil, false
	}
	for _, it := range items[:len(items)-1] {
		if n := utf8.RuneCountInString(it); n < 2 || n > 4 || !allHan(it) {
			return nil, false
		}
	}
	return items, true
}

// subjectMatches are the subjects subjectSpans finds and those a request names ("请各单位提高…",
// "请各牵头单位于3月底前报送"): after 请, the longest run of words that reads as units. Both give the
// candidate as group 1 and end where the predicate starts.
func subjectMatches(text string) [][]int {
	ms := subjectSpans(text)
	if strings.Contains(text, "负责") {
		// "由市粮食、发改…等单位组成市粮食安全责任考核工作小组,负责…": the body formed does the work.
		for _, m := range formedBody.FindAllStringSubmatchIndex(text, -1) {
			name := text[m[2]:m[3]]
			if strings.Contains(name, "的") || strings.Contains(name, "为") {
				continue // "成立以市长为组长的工作领导小组": a description, not the body's name
			}
			ms = append(ms, []int{m[2], m[1], m[2], m[3]})
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i][2] < ms[j][2] })
	}
	if strings.Contains(text, "主体") {
		// "该项目建设主体为区应急局，统筹开展…": the body a clause names as the work's 主体 is the subject
		// of what follows its comma.
		for _, m := range bodyNamedAsSubject.FindAllStringSubmatchIndex(text, -1) {
			// A subject read over the label and the body ("该项目实施主体为市水利局") is the body.
			ms = slices.DeleteFunc(ms, func(o []int) bool { return o[2] < m[2] && o[3] >= m[3] })
			ms = append(ms, []int{m[0], m[1], m[2], m[3]})
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i][2] < ms[j][2] })
	}
	if strings.Contains(text, "设在") {
		// "工作专班下设办公室，设在市消防救援总队，负责定期统计…": the unit the office sits in does the
		// office's work.
		for _, m := range officeSeat.FindAllStringSubmatchIndex(text, -1) {
			ms = slices.DeleteFunc(ms, func(o []int) bool { return o[2] < m[2] && o[3] >= m[3] })
			ms = append(ms, []int{m[0], m[1], m[2], m[3]})
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i][2] < ms[j][2] })
	}
	if !strings.Contains(text, "请") && !strings.Contains(text, "同意") {
		return ms
	}
	// "请各单位提高…": a request names whom it asks; "同意X在…收储土地" (a meeting's decision) whom it
	// allows to act.
	for _, opener := range []*Regexp{pleaseExpr, agreedExpr} {
		for _, m := range opener.FindAllStringIndex(text, -1) {
			start := m[1]
			rest := []rune(text[start:min(len(text), start+60)])
			for n := min(len(rest), 16); n >= 2; n-- {
				cand := string(rest[:n])
				if strings.ContainsAny(cand, "，,。；;：:") {
					continue
				}
				if _, ok := unitList(cand); ok && predicateStart.MatchString(string(rest[n:])) {
					end := start + len(cand)
					if !slices.ContainsFunc(ms, func(o []int) bool { return o[2] == start }) {
						ms = append(ms, []int{m[0], end, start, end})
					}
					break
				}
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i][2] < ms[j][2] })
	return ms
}

// agreedExpr is a meeting's decision opening a clause that allows a unit to act: "同意X…", "会议原则同意X…"
// (not a government's consent, "经区政府同意": 经 stands before it, not a clause's start).
var agreedExpr = mustCompile(`(?:^|[。；;！!\n，,：:]|^\d{1,2}[.．、])\s*(?:会议)?(?:原则(?:上)?)?同意`)

// officeSeat is a body's office and the unit it sits in, before the office's duty: "下设办公室，设在市
// 消防救援总队，负责…", "领导小组办公室设在区住建委，具体负责…" (group 1 the unit).
var officeSeat = mustCompile(`办公室[，,]?(?:办公室)?设在([^，,。；;：:（()）]{2,20}?)[，,]\s*(?:具体|主要)?负责`)

// bodyNamedAsSubject is a clause that names the body carrying the work out as its 主体, with 为 or 是,
// before what that body does: "本工程实施主体为县水利局，负责…" (group 1 the body).
var bodyNamedAsSubject = mustCompile(`(?:建设|实施|责任|工作|承办)主体(?:单位)?(?:为|是)([^，,。；;：:（()）]{2,40}?)[，,]`)

// formedBody is a body a sentence forms and then gives its duty: "组成X工作小组，负责…", "成立X领导
// 小组，具体负责…".
var formedBody = mustCompile(`(?:组成|成立|组建|设立)` + formedBodyDuty)

// formedBodyDuty is the name of a body a sentence forms and the duty it gives it: "X工作专班，负责…".
const formedBodyDuty = `([“”"\p{Han}]{2,30}?(?:领导小组|工作小组|工作组|小组|专班|指挥部|委员会|联席会议|办公室))[，,](?:由[^，,。；;]{1,16}任(?:组长|主任|指挥长|召集人)[，,])?(?:下设办公室[，,])?(?:具体|主要)?负责`

// membersForm is what follows the units a body is made of when that body is then given its duty:
// "（市应急局、市公安局等部门）组成的工作专班，负责…" (group 1 the body).
var membersForm = mustCompile(`^(?:共同)?组成的?` + formedBodyDuty)

// predicateStart: what a request asks begins with a verb or a time ("请各单位提高…", "请各单位于…前").
var predicateStart = mustCompile(`^(?:提高|细化|认真|切实|结合|按照|于|在|将|要|做好|抓好|加强|及时|务必|高度|进一步|全面|积极|严格|对照|根据|围绕|把|明确|落实|组织|制定|抓紧|尽快|督促|指导|做实|强化|加快|推进|统筹|参照|依照|立即|每|依法|启动|实施|开展)`)

// pleaseExpr is a request opening a sentence: "请".
var pleaseExpr = mustCompile(`(?:^|[。；;！!\n，,])\s*请`)

// subjectUnits reads a subject as units. A bare word (企业, 部门) is no unit of the plan's.
func subjectUnits(cand string) ([]string, bool) {
	if roleGroup.MatchString(cand) {
		return []string{cand}, true
	}
	// "各责任单位、配合单位": parties named by their roles, the 各 written once.
	if items := strings.Split(cand, "、"); len(items) > 1 && strings.HasPrefix(cand, "各") {
		all := true
		for _, it := range items {
			all = all && roleGroup.MatchString(it)
		}
		if all {
			return items, true
		}
	}
	if supportVerb.MatchString(cand) || byRule.MatchString(cand) {
		return nil, false // "配合市住建局组织…": whom it supports, not a subject
	}
	if startsWithVerb(cand) && !sectorAuthority(cand) {
		// "发展改革、财政等部门": sectors whose first is said as a verb is, its department an organ.
		return sectorList(cand)
	}
	if slices.Contains(unitEndings, cand) && !strings.HasPrefix(cand, "各") && cand != "管委会" {
		// A bare ending (部门, 街道) is nobody; a group (各街镇) is one party; a zone's plan calls its
		// committee 管委会.
		return nil, false
	}
	// "市、区交通运输部门": the departments of two levels, one party as the plan writes it.
	if m := levelPairExpr.FindStringSubmatch(cand); m != nil && looksLikeUnit(m[1]) {
		return []string{cand}, true
	}
	if groupSectors.MatchString(cand) {
		if us, ok := sectorList(cand); ok {
			return us, true
		}
	}
	if us, ok := unitList(cand); ok {
		return us, true
	}
	if us, ok := sectorList(cand); ok {
		return us, true
	}
	return sectorsAnd(cand)
}

// asideExpr is what a name is called below, set off in brackets: "（以下称“建设主管部门”）".
var asideExpr = mustCompile(`[（(]以下(?:简)?称[^）)]{1,20}[)）]`)

// sectorsAnd reads a sector list joined to other parties by 和 or 及 ("城管执法、规划资源等部门和乡镇
// 政府、街道办事处", "交通、房屋管理部门（以下称“建设主管部门”）和规划资源部门"): each side as a subject
// would be.
func sectorsAnd(cand string) ([]string, bool) {
	cand = asideExpr.ReplaceAllString(cand, "")
	for _, sep := range []string{"和", "及"} {
		for i := strings.Index(cand, sep); i > 0; {
			left, right := cand[:i], cand[i+len(sep):]
			if ls, ok := sectorList(left); ok && right != "" {
				if rs, ok := subjectUnits(right); ok {
					return append(ls, rs...), true
				}
			}
			k := strings.Index(cand[i+len(sep):], sep)
			if k < 0 {
				break
			}
			i += len(sep) + k
		}
	}
	return nil, false
}

// byRule opens what a clause goes by, not who acts: "原则按照市水务局牵头制定的办法执行".
var byRule = mustCompile(`^(?:原则上?)?(?:按照|依照|依据|遵照|参照|根据)`)

// sectorAuthority: a sector's authority named by its work, "建设主管部门", "交通行政主管部门": a noun,
// though its first word is a verb.
func sectorAuthority(cand string) bool {
	return strings.HasSuffix(cand, "主管部门") && !strings.ContainsAny(cand, "，,、和及与的")
}

// sectorListExpr is a list of sectors sharing one 部门 at its end: "房屋管理、城市管理综合执法部门",
// "城市管理综合执法、公安、交通、海事等部门".
// The first sector may follow the group of places whose departments they are, written with its other
// levels in brackets: "各县（市、区）发展改革、教育部门".
var sectorListExpr = mustCompile(`^((?:各\p{Han}{1,4}?[（(][\p{Han}、]{1,8}[)）])?(?:\p{Han}{2,10}、)+\p{Han}{2,10}?)(?:等)?(部门|单位)$`)

// groupSectors opens a list of sectors sharing one 部门 with the group of places whose departments
// they are, the first sector written right after it: "各区农业农村、生态环境部门", "各县（市、区）
// 发展改革、教育部门". Read as a list of units, its first item would end as a group of villages does
// (农业农村): it is read as the sectors' list first.
var groupSectors = mustCompile(`^` + groupOfPlaces + `\p{Han}{2,10}、(?:\p{Han}{2,10}、)*\p{Han}{2,10}?(?:等)?部门$`)

// groupOfPlaces is a group of places whose departments a list of sectors names: 各区, 各县区, 各县（市、区）.
const groupOfPlaces = `各(?:县市区|县区|区县|市县|[市区县州盟旗乡镇])(?:[（(][市区县旗地镇乡街道、]{1,8}[)）])?`

// groupOfPlacesStart is a groupOfPlaces opening an item, the sector after it.
var groupOfPlacesStart = mustCompile(`^(` + groupOfPlaces + `)\p{Han}{2}`)

// sectorList reads a list of sectors whose 部门 is written once as each sector's department:
// 房屋管理部门, 城市管理综合执法部门; sectors sharing 单位 are each the sector named.
func sectorList(cand string) ([]string, bool) {
	m := sectorListExpr.FindStringSubmatch(cand)
	if m == nil {
		return nil, false
	}
	var out []string
	level := ""
	items := splitTop(m[1], "、")
	verbs := 0 // sectors said as a verb is: 编制 (机构编制), 建设
	for _, it := range items {
		// A sector is read as its department would be named: 发展改革 opens with a verb, 发展改革部门 is
		// an organ (verbLikeOrgan).
		if startsWithVerb(it + "部门") {
			verbs++
		}
	}
	if verbs*2 >= len(items) {
		return nil, false // "制定、修订等单位": actions, not sectors
	}
	for i, it := range items {
		if strings.ContainsAny(it, "的和及与") || strings.HasSuffix(it, m[2]) || looksLikeUnit(it) {
			return nil, false // "各责任单位、配合单位": units named whole, no sectors sharing one 单位
		}
		// "区公安、应急、消防部门": the level the first names is every sector's; so is the group of
		// places ("各区农业农村、水务部门": 各区水务部门, each district's, not the city's).
		r, size := utf8.DecodeRuneInString(it)
		if i == 0 && m[2] == "部门" && groupOfPlacesStart.MatchString(it) {
			level = groupOfPlacesStart.FindStringSubmatch(it)[1]
		} else if i == 0 && strings.ContainsRune("省市区县", r) && utf8.RuneCountInString(it) > 2 && !levelWord.MatchString(it) {
			level = it[:size]
		} else if level != "" && !strings.ContainsRune("省市区县各", r) {
			it = level + it
		}
		if m[2] == "单位" {
			// "公安边防、海事、乡镇等单位": each sector as named (公安边防单位 is no one's name);
			// 部门 names each sector's department (公安、交通等部门: 公安部门).
			out = append(out, it)
			continue
		}
		out = append(out, it+m[2])
	}
	return out, true
}

// levelWord is a word that opens with a level's character (市场, 市容, 区域): no level is written.
var levelWord = mustCompile(`^(?:市场|市容|市政|市民|市级|区域|区级|县域|县级|省级|省内|市内|区内|县内)`)

// levelPairExpr is a unit of two levels named once: "市、区交通运输部门", "县、乡两级政府".
var levelPairExpr = mustCompile(`^[省市区县乡镇]、[省市区县乡镇](?:两级)?(\p{Han}{2,14})$`)

// sentenceStartIn gives, for an offset i of text, where the sentence holding text[i] starts. It reads
// the text once: a text of a thousand subjects in one sentence would otherwise be read back to its
// start for each subject.
func sentenceStartIn(text string) func(i int) int {
	var ends []int // the offsets just past each sentence's end mark
	for i, r := range text {
		switch r {
		case '。', '；', ';', '！', '!', '\n':
			ends = append(ends, i+utf8.RuneLen(r))
		}
	}
	return func(i int) int {
		k := sort.SearchInts(ends, i+1) // the first end past i
		if k == 0 {
			return 0
		}
		return ends[k-1]
	}
}

func sameUnits(a, b []string) bool {
	return len(a) == len(b) && len(removeAll(a, b)) == 0
}

// inlineUnits gives a task with no responsibility note the units its text names as doers, when
// the task is a duty ("建立月度通报制度，每月10日前由市发改委…").
func (p *parser) inlineUnits(t *Task) {
	for _, sent := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '。' || r == '；' || r == '\n' }) {
		if len(p.recurring(sent)) == 0 {
			continue
		}
		t.Lead = appendNew(t.Lead, p.namedUnits(sent)...)
	}
	if len(t.Lead) > 0 {
		t.Warnings = append(t.Warnings, "units read from the duty's own sentence, not from a responsibility note: check them")
	}
}

// sentenceEnds end a sentence (or a line); clauseEnds end a clause.
var (
	sentenceEnds = newCharSet("。；;\n")
	clauseEnds   = newCharSet("。；;！!\n，,")
)

func firstSentence(s string) string {
	if i := sentenceEnds.index(s); i > 0 {
		return s[:i]
	}
	return s
}

// ---------------------------------------------------------------------------------------------
// Responsibility notes: where in a text a responsibility clause stands. What a clause says is read
// by readResp (resp.go).

// note is a responsibility clause found in a text.
type note struct {
	start, end int // byte span, brackets included
	lead       []string
	partic     []string
	times      []string
	leading    bool // the note opens its sentence ("由X牵头，Y配合，…"): it governs what follows
	namedLead  bool
}

// endsClauseBefore reports whether the text before a bracket ends a sentence or clause ("…建设数据
// 中心。（市发改委）"): what stands in the bracket is then no second name of the word before it.
func endsClauseBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t"))
	return strings.ContainsRune("。；;！!？?", r)
}

// unclosedNote reads a note whose bracket (at start) is never closed, its words from i: one the text
// was cut off in, "〔责任单位:中国铁路南宁局", to the end of its line, or a bare list cut off with
// the text ("〔省委军民融合办、省发展改革委、省数据局(省营商局)") when it reads as units.
func (p *parser) unclosedNote(text string, start, i int) (note, bool) {
	lineEnd := len(text)
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		lineEnd = i + k
	}
	inner := text[i:lineEnd]
	if len(inner) > maxNoteBytes {
		return note{}, false // no note of units runs that long: a run of brackets, a text cut off
	}
	cut := lineEnd == len(text) && p.endsText(inner)
	// Cut off with the text, a note may open with words before its labels: "(预期性指标,牵头单位:市发改委;
	// 责任单位:…" reads as the same note closed would.
	if !isRespLine(inner) && !(cut && (cutList(inner) || hasColon(inner) && len(labelLocs(inner)) > 0)) {
		return note{}, false
	}
	if whole, ok := cutRoleWord(inner); ok && cut {
		// Cut off inside its role word ("…等部门和14个乡镇人民政府负"): the note as it reads whole.
		if res, ok := p.readResp(whole, false); ok {
			return note{start: start, end: lineEnd, lead: res.lead, partic: res.partic, times: res.times, namedLead: res.namedLead}, true
		}
	}
	res, ok := p.readResp(inner, false)
	if k := strings.LastIndexAny(inner, "、，,"); k > 0 && cut && (!ok || !looksLikeUnit(nameBeforeBracket(inner[k:]))) {
		// Cut off inside its last name ("…、市政府办公室、市"): the names before it.
		res, ok = p.readResp(inner[:k], false)
	}
	if !ok {
		return note{}, false
	}
	return note{start: start, end: lineEnd, lead: res.lead, partic: res.partic, times: res.times, namedLead: res.namedLead}, true
}

// cutRoleWords are the role words a note closes with, by the first character the text may keep of them
// when it is cut off inside one.
var cutRoleWords = map[string]string{"负": "负责", "牵": "牵头", "配": "配合", "参": "参与", "协": "协助"}

// cutRoleWord is a note's text cut off right after the first character of its closing role word
// ("市财政局、市商务局等部门和14个乡镇人民政府负") with the word whole; false when it does not end so.
func cutRoleWord(s string) (string, bool) {
	s = strings.TrimRight(s, " \t")
	r, size := utf8.DecodeLastRuneInString(s)
	w, ok := cutRoleWords[string(r)]
	if !ok || len(s) == size {
		return "", false
	}
	if prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-size]); !unicode.Is(unicode.Han, prev) {
		return "", false
	}
	return s[:len(s)-size] + w, true
}

// maxNoteBytes bounds a responsibility note left open: two hundred characters, a long list of units.
const maxNoteBytes = 600

// nameBeforeBracket is a name without the second name in brackets after it: 省数据局(省营商局).
func nameBeforeBracket(s string) string {
	s = strings.TrimLeft(s, "、，, ")
	if i := strings.IndexAny(s, "(（"); i > 0 {
		return s[:i]
	}
	return s
}

// endsText reports whether s is where the plan's text ends: a note never closed there was cut off
// with the text, not left open by a typo.
func (p *parser) endsText(s string) bool {
	return p.tail != "" && strings.HasSuffix(p.tail, strings.TrimSpace(s))
}

// cutList reports whether s, a note's text the end of the plan cut off, is a list of units, its last
// name perhaps cut in two.
func cutList(s string) bool {
	if strings.HasPrefix(s, "含") || strings.HasPrefix(s, "包括") || strings.HasPrefix(s, "不含") {
		return false // "(含各乡镇、街道": what a figure includes, not who answers for it
	}
	if _, ok := unitList(s); ok {
		return true
	}
	if k := strings.LastIndexAny(s, "、，,"); k > 0 {
		_, ok := unitList(s[:k])
		return ok
	}
	return false
}

// findNotes finds the responsibility clauses of a text: notes in brackets closing a clause
// ("（X牵头，Y按职责分工负责）", "〔责任单位：X〕", a bare list of units closing a sentence), labelled
// clauses outside brackets ("…。责任单位：X、Y"), and lists with their markers opening a sentence
// ("由X牵头，相关部门配合，尽快完成…").
func (p *parser) findNotes(text string) []note {
	var out []note
	for i := 0; i < len(text); {
		j := indexOpenBracket(text[i:])
		if j < 0 {
			break
		}
		start := i + j
		end := matchBracket(text, start)
		if end < 0 {
			_, size := utf8.DecodeRuneInString(text[start:])
			i = start + size
			if n, ok := p.unclosedNote(text, start, i); ok {
				out = append(out, n)
				i = n.end
			}
			continue
		}
		i = end
		inner := text[start:end]
		_, os := utf8.DecodeRuneInString(inner)
		_, cs := utf8.DecodeLastRuneInString(inner)
		inner = inner[os : len(inner)-cs]
		after := text[end:]
		if hasRespWord(inner) {
			if !endsClause(after) {
				continue
			}
		} else if !endsSentence(after) && !(endsClauseBefore(text[:start]) && TimeClause(firstSentence(after))) ||
			!endsClauseBefore(text[:start]) && looksLikeUnit(lastRunes(text[:start], 8)) {
			// A bare list right after a unit's name is that unit's second name: 市商务局（市粮食局）.
			// Between two sentences, it may be followed by the item's time alone: "…900人。（区人社局、
			// 区农业农村局）2025年11月底前完成。"
			continue
		}
		if from := markedBefore(text, start); from < start && hasRespWord(inner) {
			// "县林业局牵头（县财政局配合）": a list with its marker, then the bracket of who else
			// has a share: one note, as "县林业局牵头，县财政局配合" is.
			if res, ok := p.readResp(text[from:end], false); ok {
				out = append(out, note{start: from, end: end, lead: res.lead, partic: res.partic, times: res.times, namedLead: res.namedLead})
				continue
			}
		}
		if res, ok := p.readResp(inner, false); ok || len(res.times) > 0 {
			out = append(out, note{start: start, end: end, lead: res.lead, partic: res.partic, times: res.times, namedLead: res.namedLead})
		}
	}
	// Labelled clauses outside brackets run to the end of their line.
	var labels [][]int
	if mayHoldLabel(text) {
		labels = labelLocs(text)
	}
	for _, loc := range labels {
		start := loc[2]
		if overlaps(out, start) || bracketDepth(text, start) > 0 {
			continue
		}
		switch labelRole(text[loc[2]:loc[3]]) {
		case roleTime, roleBody:
			continue
		}
		end := len(text)
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
		}
		end = start + otherLabel(text[start:end])
		end = start + noteSentenceEnd(text[start:end])
		if res, ok := p.readResp(text[start:end], false); ok {
			out = append(out, note{start: start, end: end, lead: res.lead, partic: res.partic, times: res.times, namedLead: res.namedLead})
		}
	}
	// Lists with markers opening a sentence.
	for _, s := range sentenceStarts(text) {
		if overlaps(out, s) {
			continue
		}
		if n, ok := p.leadingNote(text, s); ok {
			out = append(out, n)
		}
	}
	// The same run after a clause of what the task is about: "…提案《…》，由县住建局主办，县公安局协办，
	// 9月底前办结": only with a lead it names (主办, 牵头), since a later clause's subject ("县住建局负责
	// 业务指导") is another reading; and only where the text has no other note.
	if len(out) == 0 && (strings.Contains(text, "，由") || strings.Contains(text, ",由")) {
		for _, s := range clauseStarts(text) {
			if overlaps(out, s) || !strings.HasPrefix(text[s:], "由") {
				continue
			}
			if n, ok := p.leadingNote(text, s); ok && n.namedLead {
				out = append(out, n)
			}
		}
	}
	sortNotes(out)
	return out
}

// noteSentenceEnd is where a labelled note's clause ends: at its line's end, or at the sentence end
// after its list when another task's words follow in the same line with a note of their own
// ("…，责任单位为区发改委;技改投资占固定资产投资比重16.5%（…），责任单位为区经信局;"): each sentence with
// its note is a clause, so the next note's words are not the first note's.
func noteSentenceEnd(s string) int {
	k := strings.IndexAny(s, "。；;")
	if k < 0 {
		return len(s)
	}
	_, size := utf8.DecodeRuneInString(s[k:])
	after := s[k+size:]
	if !runesAtLeast(after, 6) || len(labelLocs(after)) == 0 {
		return len(s)
	}
	if words := strings.TrimSpace(after[:labelLocs(after)[0][0]]); !runesAtLeast(words, 6) || isUnitList(strings.Trim(words, "，,。；; ")) || bracketDepth(after, labelLocs(after)[0][0]) > 0 {
		// "责任单位：X；配合单位：Y", a list between the labels, or a label inside an aside after the
		// note ("组织单位：…。（活动点设在…。参加单位：…）"), which belongs to the same task.
		return len(s)
	}
	return k + size
}

// markedBefore is where the clause before a bracket at open starts when it is a list with its marker
// ("…。县林业局牵头（…）"), else open.
func markedBefore(text string, open int) int {
	from := 0
	if k := strings.LastIndexAny(text[:open], "。；;，,\n）)"); k >= 0 {
		_, size := utf8.DecodeRuneInString(text[k:])
		from = k + size
	}
	if piece := text[from:open]; piece == "" || !markedList(piece) {
		return open
	}
	return from
}

// clauseStarts are the byte offsets right after each comma of text.
func clauseStarts(text string) []int {
	var out []int
	for i, r := range text {
		if r == '，' || r == ',' {
			if j := i + utf8.RuneLen(r); j < len(text) {
				out = append(out, j)
			}
		}
	}
	return out
}

// leadingNote reads the run of comma-separated parts at text[s:] that are each a list with its
// marker, or a person ("由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成…"); it needs a part that
// names units and some text after the run.
func (p *parser) leadingNote(text string, s int) (note, bool) {
	sentEnd := len(text)
	if k := sentenceEnds.index(text[s:]); k >= 0 {
		sentEnd = s + k
	}
	sent := text[s:sentEnd]
	pieces := splitTop(sent, "，,")
	consumed, units := 0, false
	var clause []string
	for i, pc := range pieces {
		if i < len(pieces)-1 {
			// "市商务局加强业务指导，各区政府具体实施": the guide takes part in what the next list does.
			if g, isGuide := guidingPiece(pc); isGuide {
				consumed += len(pc) + len("，")
				clause = append(clause, g)
				continue
			}
		}
		part, ok := readPart(pc, roleNone, true)
		// The last piece is what they do, unless the sentence is markers only: "由乡农业站负责，
		// 乡派出所、工商所配合。"
		// A sentence that is one list and its marker alone ("市发改委、市财政局按职责分工负责。") is a note.
		alone := i == 0 && len(pieces) == 1 && ok && len(part.units) > 1 && endsWithMarker(pc) && !strings.ContainsAny(pc, "对的向把将在")
		if !ok || i == len(pieces)-1 && !alone && (i == 0 || len(clause) < i || len(part.units) == 0) {
			break
		}
		consumed += len(pc) + len("，")
		clause = append(clause, pc)
		units = units || len(part.units) > 0
	}
	if !units {
		return note{}, false // a guide alone, with no one doing the work after it, is no note
	}
	res, ok := p.readResp(strings.Join(clause, "，"), true)
	if !ok {
		return note{}, false
	}
	end := min(s+consumed, sentEnd)
	partic := res.partic
	if res.namedLead && end < sentEnd {
		// "由社会事业处牵头，组织交通与建设处、资源生态处开展巡查", "…牵头，联合交警支队…": whom the lead
		// organises or acts with takes part.
		pred := strings.TrimSpace(text[end:sentEnd])
		if rest, ok := strings.CutPrefix(pred, "组织"); ok {
			pred = "会同" + strings.TrimPrefix(strings.TrimPrefix(rest, "协调"), "动员") // 组织协调Y: Y
		}
		for _, it := range jointUnits(pred, false) {
			partic = appendNew(partic, p.unitNames(it)...)
		}
		partic = removeAll(partic, res.lead)
	}
	return note{start: s, end: end, lead: res.lead, partic: partic, leading: true, namedLead: res.namedLead}, true
}

// endsWithMarker reports whether a piece ends with a role marker ("…按职责分工负责"), so that it is
// a list and its marker alone, with no work after them.
func endsWithMarker(pc string) bool {
	pc = strings.TrimRight(strings.TrimSpace(pc), "。；;")
	for _, m := range suffixWords {
		if strings.HasSuffix(pc, m.word) {
			return true
		}
	}
	return false
}

// sentenceStarts are the byte offsets where the sentences of text begin.
func sentenceStarts(text string) []int {
	out := []int{0}
	for i, r := range text {
		if r == '。' || r == '；' || r == ';' || r == '\n' {
			if j := i + utf8.RuneLen(r); j < len(text) {
				out = append(out, j)
			}
		}
	}
	return out
}

// hasRespWord reports whether a bracketed text holds a label or a role marker.
func hasRespWord(s string) bool {
	if hasColon(s) && len(labelLocs(s)) > 0 || strings.ContainsAny(s, "★☆▲△") { // labelLocs: labelExpr from each colon back
		return true
	}
	for _, m := range suffixWords {
		if strings.Contains(s, m.word) {
			return true
		}
	}
	return false
}

// bracketDepth is how many brackets are open at text[pos].
func bracketDepth(text string, pos int) int {
	depth := 0
	for _, r := range text[:pos] {
		switch r {
		case '(', '（', '〔', '[', '【', '﹙':
			depth++
		case ')', '）', '〕', ']', '】', '﹚':
			if depth > 0 {
				depth--
			}
		}
	}
	return depth
}

// indexOpenBracket finds the first opening bracket a note may stand in.
func indexOpenBracket(s string) int {
	best := -1
	for _, b := range []string{"(", "（", "〔", "【", "[", "﹙"} {
		if k := strings.Index(s, b); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
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
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].start < ns[j].start })
}

// endsClause reports whether what follows a note ends its clause.
func endsClause(after string) bool {
	if line, _, _ := strings.Cut(after, "\n"); strings.TrimSpace(line) == "" {
		return true // the note closes its line
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	// The next point's number, in a circle too ("…。（X牵头）② 每季度末…"), opens the next clause.
	return strings.ContainsRune("。；;，,\n", r) || unicode.Is(unicode.Han, r) || unicode.IsDigit(r) || strings.ContainsRune("（(", r) ||
		pointLine.MatchString(after)
}

// endsSentence reports whether what follows ends the sentence.
func endsSentence(after string) bool {
	if line, _, _ := strings.Cut(after, "\n"); strings.TrimSpace(line) == "" {
		return true
	}
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

// standingExpr finds a standing note that names a unit for every later task: "以下均需各区县政府落实，
// 不再列出", "具体任务均涉及相关市（州）人民政府，不再做分工，下同".
var standingExpr = mustCompile(`(?:以下|具体任务|各项任务|所有任务|以下任务|以下各项|本部分任务|本部分)[^，,。；;]{0,6}?(?:均需要|都需要|均需|均由|均涉及|均要|均请|都需|均应|需要|需)([^，,。；;]+?)(?:落实|负责|参与|配合|实施|推进|[，,。；;]|$)`)

// standingMarker reports the words that make a note stand for later tasks too.
func standingMarker(s string) bool {
	return strings.Contains(s, "不再") || strings.Contains(s, "下同") || strings.Contains(s, "以下均")
}

var localAliasExpr = mustCompile(`[（(]以下简称[“"]?([^”"）)]+)[”"]?[）)]`)

// takeLocalAliases reads "X（以下简称Y）" in a unit list: Y then stands for X in this document.
func (p *parser) takeLocalAliases(list string) string {
	if !strings.Contains(list, "以下简称") {
		return list
	}
	for _, m := range localAliasExpr.FindAllStringSubmatchIndex(list, -1) {
		short := list[m[2]:m[3]]
		// The full name is the unit just before the bracket.
		before := list[:m[0]]
		names := SplitUnits(before)
		if len(names) > 0 {
			p.localAliases[cleanUnit(short)] = p.canon(names[len(names)-1])
		}
	}
	return localAliasExpr.ReplaceAllString(list, "")
}

func (p *parser) unit(name string) string {
	u := p.canon(name)
	if full, ok := p.localAliases[u]; ok {
		return full
	}
	return u
}

// splitClauses cuts text after each responsibility note; a text with one note (or none) is one
// clause. Each clause carries the units of its note.
func (p *parser) splitClauses(text string) []clause {
	notes := p.findNotes(text)
	// A list opening a sentence ("市发展改革委牵头抓总，…协同，制定…") counts only when the text has no
	// note of its own: then it speaks for the whole text.
	var formal []note
	for _, n := range notes {
		if !n.leading {
			formal = append(formal, n)
		}
	}
	if len(formal) == 0 && len(notes) > 0 {
		var subj []clause
		if k := strings.IndexAny(text, "。；;"); k >= 0 && k < notes[0].start {
			// The first list opens a later sentence ("…会同区公安分局…分析。区公安分局会同行业主管部门，
			// …"): the sentences before it have subjects of their own.
			if subj = p.subjectClauses(text); len(subj) > 1 {
				return subj
			}
		}
		c := clause{text: strings.TrimSpace(text)}
		for _, n := range notes {
			c.lead = appendNew(c.lead, n.lead...)
			c.partic = appendNew(c.partic, n.partic...)
			c.times = append(c.times, n.times...)
		}
		if subj == nil && len(notes) == 1 {
			subj = p.subjectClauses(text) // "由区委政法委牵头，区公安分局、区法院组成工作专班…"
		}
		if len(subj) == 1 && len(subj[0].lead) > 0 && !sameUnits(subj[0].lead, c.lead) && containsAll(subj[0].units(), c.units()) {
			// The sentences read whole name every unit the notes do, and one of them leads: "市体育局
			// 牵头；市发展改革委…按职责分工负责；…" (a lead's bare note, then its partners').
			c.lead, c.partic = subj[0].lead, subj[0].partic
		}
		if len(subj) == 1 && sameUnits(subj[0].lead, c.lead) {
			// One subject's sentence: those it names taking their share ("…牵头，市直有关部门按照
			// 职责分工抓好落实") take part.
			c.partic = appendNew(c.partic, subj[0].partic...)
		}
		c.partic = removeAll(c.partic, c.lead)
		c.hasUnits = len(c.lead)+len(c.partic) > 0
		c.inSentence = c.hasUnits
		return []clause{c}
	}
	notes = formal
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
		c := clause{text: piece, lead: n.lead, partic: n.partic, hasUnits: len(n.lead)+len(n.partic) > 0, namedLead: n.namedLead, times: n.times}
		if piece == "" {
			continue
		}
		// A clause with nothing but its note is not a clause: give its units to the one before.
		if rest := strings.TrimSpace(strings.Trim(text[n.start:n.end], "")); len(out) > 0 && piece == rest {
			out[len(out)-1].lead = appendNew(out[len(out)-1].lead, n.lead...)
			out[len(out)-1].partic = appendNew(out[len(out)-1].partic, n.partic...)
			out[len(out)-1].times = append(out[len(out)-1].times, n.times...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// units are the clause's leads, then those taking part.
func (c clause) units() []string { return append(slices.Clip(c.lead), c.partic...) }

// containsAll reports whether every string of xs is in set.
func containsAll(set, xs []string) bool {
	for _, x := range xs {
		if !slices.Contains(set, x) {
			return false
		}
	}
	return true
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

// deadlines reads the dated phrases of a text of this plan.
func (p *parser) deadlines(text string) []Deadline { return ParseDeadlinesIn(text, p.year) }

// addDeadlines adds the deadlines the task does not have yet, keeping them in date order.
func (t *Task) addDeadlines(ds []Deadline) {
	for _, d := range ds {
		dup := false
		for i, x := range t.Deadlines {
			if x.Date == d.Date && x.Kind == d.Kind {
				dup = true
				break
			}
			// One day read as a goal in the words and as a deadline in a time column (or a
			// "前"): the deadline is what it is.
			if x.Date == d.Date && !x.Inherited && !d.Inherited && (x.Kind == KindBy) != (d.Kind == KindBy) {
				if d.Kind == KindBy {
					t.Deadlines[i] = d
				}
				dup = true
				break
			}
		}
		if !dup {
			t.Deadlines = append(t.Deadlines, d)
		}
	}
	sort.SliceStable(t.Deadlines, func(i, j int) bool { return t.Deadlines[i].Date.Before(t.Deadlines[j].Date) })
}

// afterIssue adds the deadlines a task counts from the plan's issue day ("自本方案印发之日起1个月内"),
// once that day is known, and moves a festival's eve that had passed by then to the next one, and a
// month without a year that had ended before the plan's work starts to the next year's
// (MonthsAfterStart: a winter notice's "3月底前", a winter-spring plan's spring).
func (p *parser) afterIssue() {
	start, until := p.doc.SeasonStart()
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		moved := FestivalsAfterIssue(t.Text, t.Deadlines, p.doc.Issued)
		if moved = MonthsAfterStart(t.Text, moved, start, until); len(moved) > 1 {
			sort.SliceStable(moved, func(i, j int) bool { return moved[i].Date.Before(moved[j].Date) })
		}
		for _, dl := range AfterIssue(t.Text, p.doc.Issued) {
			if !slices.ContainsFunc(t.Deadlines, func(o Deadline) bool { return o.Date == dl.Date }) {
				t.Deadlines = append(t.Deadlines, dl)
			}
		}
	}
}

// inheritPeriod gives the plan's period, when it states one, to every task that states no date of
// its own, as a target marked inherited (and says so in the task's warnings).
func (p *parser) inheritPeriod(root *item) {
	d := p.doc
	var goals []string
	for i, para := range d.Paras {
		// The goals, and the opening paragraphs ("现将2020年重点工作任务予以分解…"): the first three, and
		// those before any heading, past the front matter and notice a scraped page opens with.
		if para.TaskID == "" && (goalSection.in(para.Section) || aimSection(para.Section) || i < 3 || para.Section == "" && i < 40) {
			goals = append(goals, para.Text)
		}
	}
	for i := range d.Tasks {
		// An item headed 总体要求 or 主要目标 read as a task still states the plan's goals.
		// So does an item of an aims section that names no unit ("二、目标任务 (一)到2025年，…").
		t := &d.Tasks[i]
		if goalSection.in(t.Title) || len(t.Lead)+len(t.Participating) == 0 && (aimTitle.MatchString(t.Title) || t.Section != "" && aimSection(TopSection(t.Section))) {
			goals = append(goals, t.Text)
		}
	}
	d.Period, d.PeriodQuote = PlanPeriod(d.Title, goals, p.year)
	StampBegins(d)
	if !d.Period.IsZero() && d.PeriodQuote == d.Title && d.Period.Month == time.December && d.Period.Day == 31 {
		// A campaign of the title's year run in stages ("二、实施步骤 （一）动员部署阶段（2025年4月1日—
		// 4月15日）…（三）总结提升阶段（2025年10月1日—10月31日）"): it ends with its last stage, before
		// the year does.
		if end, quote := p.lastStage(); end.Year == d.Period.Year && end.Before(d.Period) {
			d.Period, d.PeriodQuote = end, quote
		}
	}
	if d.Period.IsZero() {
		// The goals or the schedule stated with dates in no phrase a rule above knows ("二、改革目标
		// …2025年12月底前将…交由…统一运维。2026年底前实现厂站网一体化运维管理", "三、时间安排 …
		// 筹备迎检阶段 时间：2024年2月-3月"): the plan runs to the latest of them.
		for _, para := range d.Paras {
			if para.TaskID != "" || !aimSection(para.Section) {
				continue
			}
			for _, dl := range ParseDeadlinesIn(para.Text, p.year) {
				if d.Period.Before(dl.Date) {
					d.Period, d.PeriodQuote = dl.Date, clauseAt(para.Text, dl.Quote)
				}
			}
		}
		// The schedule's stages read as tasks of their own ("三、时间安排 (三)筹备迎检阶段 时间：2024年
		// 2月-3月 任务：总结提炼…"): the plan runs to the last stage's end.
		for i := range d.Tasks {
			t := &d.Tasks[i]
			if t.Section == "" || !scheduleSection(TopSection(t.Section)) {
				continue
			}
			for _, dl := range t.Deadlines {
				if dl.Kind == KindBy && d.Period.Before(dl.Date) { // a stage's end, not a year a plan names
					d.Period, d.PeriodQuote = dl.Date, dl.Quote
				}
			}
		}
	}
	if d.Period.IsZero() {
		// "决定从6月10日至9月20日，在全区开展…百日行动": a campaign's span its opening states, before
		// any heading.
		for _, para := range d.Paras {
			if para.TaskID != "" || para.Section != "" || !campaignWords.MatchString(para.Text) && !campaignTime.MatchString(para.Text) {
				continue
			}
			for _, dl := range ParseDeadlinesIn(para.Text, p.year) {
				clause := clauseAt(para.Text, dl.Quote)
				if !spanQuote.MatchString(dl.Quote) || !d.Period.Before(dl.Date) || strings.ContainsAny(sentenceAt(para.Text, dl.Quote), "了已共") ||
					!d.Issued.IsZero() && dl.Date.Before(d.Issued) {
					continue // "2022年6月至12月，全区组织开展了…": a past campaign's span
				}
				d.Period, d.PeriodQuote = dl.Date, clause
			}
		}
	}
	if d.Period.IsZero() {
		// "本措施自印发之日起施行，有效期至2026年3月31日": the plan runs until then. Only its own
		// paragraphs say so: a task's "政策执行至2025年4月30日" is that policy's term.
		for _, para := range d.Paras {
			if para.TaskID != "" {
				continue
			}
			if day, quote, ok := ValidUntil(para.Text); ok {
				d.Period, d.PeriodQuote = day, quote
				break
			}
		}
	}
	if d.Period.IsZero() {
		// "本措施自印发之日起施行，有效期3年": a term by its length, from the day the plan takes effect.
		// A paragraph read into a task says so too when it names the plan itself ("本预案自印发之日起实施，
		// 有效期为5年", under an emergency plan's last duties).
		for _, para := range d.Paras {
			if para.TaskID != "" && !ownTermSentence.MatchString(para.Text) {
				continue
			}
			if day, quote, ok := TermFor(para.Text, d.Issued); ok {
				d.Period, d.PeriodQuote = day, quote
				break
			}
		}
	}
	leadInRecurring(d)
	if d.Period.Year > p.year && p.year > 0 {
		// A plan over several years: its year's reviews (年度考核) are every year's duties, unless a
		// rule read already says so (the same rule, or a yearly one of the same words).
		for i := range d.Tasks {
			t := &d.Tasks[i]
			for _, r := range yearWorkSteps(t.Text) {
				if !slices.ContainsFunc(t.Recurring, func(x Recurring) bool {
					return x.Rule.String() == r.Rule.String() ||
						x.Rule.Freq == Yearly && (strings.Contains(x.Quote, r.Quote) || strings.Contains(r.Quote, x.Quote))
				}) {
					r.Units = p.dutyUnits(t, r.Quote)
					t.Recurring = append(t.Recurring, r)
				}
			}
		}
	}
	n := 0
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if len(t.Deadlines) > 0 {
			continue // a time of its own (work said to go on, "长期坚持", states none: it takes the period)
		}
		// A part of the plan may state its own period ("二、2021年重点工作…"): the nearest heading wins.
		end, quote := d.Period, d.PeriodQuote
		path := t.Path()
		for k := len(path) - 1; k >= 0; k-- {
			if e, q := sectionPeriod(path[k], p.year); !e.IsZero() {
				end, quote = e, q
				break
			}
		}
		if end.IsZero() {
			continue
		}
		if end.Year == p.year && end.Month == time.December && end.Day == 31 {
			// "汛期前完成屋面防水改造", "今冬明春开展…专项行动" in a year's plan: by the season, not
			// the year's end.
			if dl, ok := SeasonDue(t.Text, end.Year); ok {
				t.Deadlines = []Deadline{dl}
				continue
			}
		}
		kind, as := KindTarget, "target"
		if completionBy.MatchString(quote) {
			kind, as = KindBy, "deadline" // "全年任务力争2023年10月底前全部完成": every task is due then
		}
		t.Deadlines = []Deadline{{Quote: quote, Date: end, Kind: kind, Inherited: true}}
		t.Warnings = append(t.Warnings, "no date of its own: takes the plan's period ("+quote+") as its "+as)
		n++
	}
	if n > 0 {
		as := "target"
		if completionBy.MatchString(d.PeriodQuote) {
			as = "deadline"
		}
		d.Warnings = append(d.Warnings, fmt.Sprintf("%d tasks state no date and take the plan's period (%s) as their %s", n, d.PeriodQuote, as))
	}
}

// lastStage is the end of a plan's last stage, each stage a task under its schedule's heading (实施步骤,
// 时间安排) with a span of days ("2025年10月1日—10月31日"), and the span; zero unless two stages or
// more are so dated, the last of them in the plan's order ends latest (not "（四）接受评估阶段（2022年5月
// 1日—）", a stage open at its end, after them), and no task of the plan is due after it (work set
// for later years runs on past the stages).
func (p *parser) lastStage() (Day, string) {
	var end Day
	var quote string
	n, last := 0, -1
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		if t.Section == "" || !scheduleSection(TopSection(t.Section)) {
			continue
		}
		last = i
		for _, dl := range t.Deadlines {
			if dl.Kind != KindBy || dl.Inherited || !spanQuote.MatchString(dl.Quote) {
				continue
			}
			n++
			if !dl.Date.Before(end) {
				end, quote = dl.Date, dl.Quote
				last = -1 // this stage is the latest so far
			}
			break
		}
	}
	if n < 2 || last >= 0 {
		return Day{}, ""
	}
	for _, t := range p.doc.Tasks {
		for _, dl := range t.Deadlines {
			if !dl.Inherited && end.Before(dl.Date) {
				return Day{}, ""
			}
		}
	}
	return end, quote
}

// completionBy is a period the whole plan states as the day its work is to be done by ("全年任务力争
// 2023年10月底前全部完成"), not a horizon to reach ("到2027年"): its tasks are due then.
var completionBy = mustCompile(`(?:前|以前|之前)\s*(?:全部|全面|如期|按时|基本)?完成`)

// campaignWords mark an opening that states a campaign's span: 开展…行动, 专项整治, 集中…活动.
var campaignWords = mustCompile(`(?:开展|组织|实施).{0,60}?(?:行动|整治|活动|检查|排查|攻坚)`)

// campaignTime is a campaign's time stated once as a label before its headings: "行动时间：2025年5月至
// 10月。", "时间安排：…", "整治时间为2025年5月—10月，分三个阶段进行。"
var campaignTime = mustCompile(`^\s*(?:\p{Han}{0,4}?(?:行动|整治|活动|专项|攻坚|实施|工作|检查|排查))?时间(?:安排|范围)?\s*(?:[:：]|为)`)

// spanQuote is a date phrase that spans from one day to another: "6月10日至9月20日".
var spanQuote = mustCompile(`\d\s*[日月]\s*(?:至|到|—|-|－|~|～)`)

// aimSection: a heading that names the plan's aims with other words ("二、目标任务", "建设目标") or its
// schedule ("五、试点实施步骤": "…从2023年4月启动，至2024年底结束"); its untasked paragraphs state the
// plan's period, though its items may still be tasks.
func aimSection(heading string) bool {
	if strings.Contains(heading, "考核") {
		return false
	}
	if strings.Contains(heading, "目标") || scheduleSection(heading) {
		return true
	}
	return periodHeading.MatchString(strings.TrimLeft(heading, "一二三四五六七八九十、.．（）() "))
}

// periodHeading is a part that states how long the campaign runs: "四、整治时间 专项整治工作…自2021年3
// 月25日至6月20日", "实施期限". Its dates are the plan's period; it is no task.
var periodHeading = mustCompile(`^(?:整治|工作|实施|行动|活动|治理|执行|专项行动|专项整治|排查|攻坚|创建|试点)(?:时间|期限|周期)`)

// aimTitle: an item's own title naming the aims or the schedule ("试点实施步骤", "工作目标"), not one
// that merely holds the word ("实现碳达峰目标").
var aimTitle = mustCompile(`^\p{Han}{0,4}?(?:主要|工作|建设|发展|总体|行动|阶段)?(?:目标(?:任务)?|实施步骤|工作步骤|步骤安排|时间安排|进度安排)$`)

// yearMention is a year the text names: "2019年".
var yearMention = mustCompile(`((?:19|20)\d{2})\s*年`)

// textYear is the year a text names most often (the later one on a tie), 0 when it names none.
func textYear(text string) int {
	counts := map[int]int{}
	best := 0
	for _, m := range yearMention.FindAllStringSubmatch(text, 200) {
		y, _ := strconv.Atoi(m[1])
		counts[y]++
		if counts[y] > counts[best] || counts[y] == counts[best] && y > best {
			best = y
		}
	}
	return best
}

// titleLines are the first lines of a plan, with a title broken over lines joined: a line with an
// unclosed 《 or “, or that ends with 关于 or 印发, runs on into the next (three lines at most).
func titleLines(lines []string) []string {
	n := min(len(lines), 60)
	var out []string
	for i := 0; i < n; i++ {
		l := lines[i]
		for k := 0; k < 3 && i+1 < n && (titleOpen(l) || titleGoesOn(l, lines[i+1])); k++ {
			i++
			l += lines[i]
		}
		out = append(out, l)
	}
	return out
}

// titleGoesOn: a title broken before its last words, "中山市医疗保障局贯彻落实…办公室" then
// "2022年政务公开工作要点分工方案": the first part holds a verb, so it is no name of its own, and the
// next line ends as a title does.
// A title printed over two lines with its document type on the second ("台州市2026年制造业高质量发展"
// then "实施方案", "重点任务分工表") goes on too: the second line is a short title's end alone. So does
// one whose second line opens with a conjunction (conjunctionOpening: "…2022年重点工作" then
// "及民生实事项目任务分解方案", "…工作要点" then "暨…活动方案").
func titleGoesOn(l, next string) bool {
	if !titleLike(l) || utf8.RuneCountInString(l+next) > 90 {
		return false
	}
	if conjunctionOpening.MatchString(next) && !conjunctionWord.MatchString(next) && titleLike(next) && titleEndExpr.MatchString(next) {
		// "…工作要点" then "暨…活动方案": the title goes on, even after words a title may end with.
		return true
	}
	if titleEndExpr.MatchString(l) {
		return false
	}
	if titleLike(next) && titleVerb.MatchString(l) && titleEndExpr.MatchString(next) {
		return true
	}
	return docTypeLine.MatchString(next) && !strings.HasSuffix(l, "：") && !strings.HasSuffix(l, ":") && !fullDateExpr.MatchString(l)
}

// conjunctionOpening is a line that opens with a conjunction ("及民生实事项目任务分解方案", "暨…"): no
// title starts so, so it carries on the title broken on the line before it ("《政府工作报告》2022年
// 重点工作" then "及民生实事项目任务分解方案").
var conjunctionOpening = mustCompile(`^(?:及|暨|以及|和|与)\p{Han}`)

// conjunctionWord is a word a conjunction's character opens ("和美乡村", "和谐社区", "及时处置"): a line
// opening so opens a title of its own, not the rest of the one before it.
var conjunctionWord = mustCompile(`^(?:及时|及早|和美|和谐|和平|和睦|和顺|与会|与时俱进)`)

// docTypeLine is a title's last words alone on a line: its kind of document, with a few words
// before it ("实施方案", "工作要点", "重点任务分工表").
var docTypeLine = mustCompile(`^\p{Han}{0,4}?(?:实施方案|工作方案|行动方案|方案|实施意见|意见|行动计划|工作计划|计划|工作要点|要点|分工表|任务表|清单|细则|办法|措施)$`)

// issuedOnSentence is a sentence of a news page that opens with the day a plan was issued and names
// it: "2021年5月26日,四川省乐山市井研县委办公室井研县人民政府办公室印发了《…》".
var issuedOnSentence = mustCompile(`(?:^|[。\n])\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[,，]?[^。\n]{0,60}?(?:印发|发布|出台)(?:了)?《([^》]+)》`)

// issuedBySentence is a sentence of a news page that names the body that issued the plan, with its
// place: "宁波市人民政府办公厅印发通知", "省政府办公厅近日印发《…》".
var issuedBySentence = mustCompile(`(?:^|[，,。\s])((?:\p{Han}{1,8}?(?:省|市|县|区|州|盟|旗))(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|委办公厅|委办公室))(?:近日|日前|日前正式|正式)?印发(?:了)?(?:通知|《)`)

// forwardingIssuerExpr is the body at the head of a notice's title that passes a plan on, approving
// or forwarding it (批转, 转发, 转送): "泉港区人民政府批转区应急管理局制订的《…》的通知" is issued by
// 泉港区人民政府.
var forwardingIssuerExpr = mustCompile(`^\s*((?:\p{Han}{1,8}?(?:省|市|县|区|州|盟|旗))(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|委办公厅|委办公室))(?:关于)?(?:批转|转发|转送)[^，,。；;：:《》]{0,30}《`)

// forwardingIssuer is who issues a notice whose title passes another body's plan on, "" when the
// head holds no such title.
func forwardingIssuer(head []string) string {
	for _, l := range head[:min(len(head), 8)] {
		if !strings.Contains(l, "转") {
			continue
		}
		if m := forwardingIssuerExpr.FindStringSubmatch(l); m != nil {
			return m[1]
		}
	}
	return ""
}

// issuerLabelWords are issuerLabel's words, its cheap check.
var issuerLabelWords = newWordSet("发布机构", "发文机关", "制定机关", "发文单位", "发布单位", "来源")

// stripBasis removes the documents a line says it rests on ("根据国务院《…》和《湖南省人民政府办公厅
// 关于印发〈…〉的通知》精神"): they name their own titles and issuers, not this plan's. A page that
// reports the plan's own notice ("发布了《…关于印发X的通知》") keeps it.
func stripBasis(l string) string {
	// Only a sentence cites: a title ("关于落实2015年《政府工作报告》…的意见") is left whole.
	if !strings.Contains(l, "《") || !strings.ContainsAny(l, "，,。") {
		return l
	}
	var loc []int
	for _, m := range basisWord.FindAllStringIndex(l, -1) {
		if strings.Count(l[:m[0]], "《") == strings.Count(l[:m[0]], "》") {
			loc = m // not a word of a title it cites (《…分工落实方案》)
			break
		}
	}
	if loc == nil {
		return l
	}
	end := len(l)
	if k := strings.IndexAny(l[loc[1]:], "，,。；"); k >= 0 {
		end = loc[1] + k
	}
	return l[:loc[0]] + stripBasis(l[end:])
}

var basisWord = mustCompile(`根据|按照|依据|依照|遵照|对照|贯彻|落实|结合`)

// fileNameTitle is a document's file name: its number, its title, its extension.
var fileNameTitle = mustCompile(`^(?:\d{1,3}[.、．]\s*)?(\p{Han}.{4,80}?)\.(?:docx?|pdf|wps|ofd|xlsx?|txt)$`)

// hasFileExt: l ends with one of the file extensions fileNameTitle wants, which few lines do.
func hasFileExt(l string) bool {
	for _, ext := range []string{".doc", ".docx", ".pdf", ".wps", ".ofd", ".xls", ".xlsx", ".txt"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}

// listedExpr is an entry of a numbered list, "2.2018年民生十件实事任务分解表".
var listedExpr = mustCompile(`^\d{1,2}[.．、](?:\D|(?:19|20)\d{2}年)`)

var titleVerb = mustCompile(`贯彻|落实|推进|加快|促进|实施|开展|做好|加强|深化|支持|关于`)

func titleOpen(l string) bool {
	return strings.Count(l, "《") > strings.Count(l, "》") || strings.Count(l, "“") > strings.Count(l, "”") ||
		strings.HasSuffix(l, "关于") || strings.HasSuffix(l, "印发")
}

// canon returns the canonical name of a unit the plan names (aliases folded, so that 市发改委 and
// 市发展改革委 in one plan are one unit) and remembers how the plan first wrote it. A plan names its
// units again and again: each name is normalised once.
func (p *parser) canon(raw string) string {
	c, ok := p.canonOf[raw]
	if !ok {
		c = p.norm.Unit(raw)
		p.canonOf[raw] = c
	}
	if c != "" {
		w := p.norm.Written(raw)
		if _, ok := p.spelling[c]; !ok {
			p.spelling[c] = w
		}
		if !slices.Contains(p.spellings[c], w) {
			p.spellings[c] = append(p.spellings[c], w)
		}
	}
	return c
}

// canonList is canon over a list.
func (p *parser) canonList(list string) []string {
	var out []string
	for _, u := range joinGroups(splitAnd(SplitUnits(list))) {
		if c := p.canon(u); c != "" && hasHan(c) {
			out = appendNew(out, c)
		}
	}
	return out
}

// respell gives every unit of the plan's tasks the plan's own name for it: output shows the names
// as the plan writes them (a 2016 plan's 区环保局 stays 区环保局); matching a question goes through
// the alias table either way.
// splitGlued splits a unit name that is two of the plan's other units run together, as a cell that
// lost its line break prints them ("文化宣传股文化馆" where the plan names 文化宣传股 and 文化馆 apart).
// The plan's own names are the dictionary: a name no other task names alone stays whole.
func (p *parser) splitGlued() {
	known := map[string]bool{}
	for _, t := range p.doc.Tasks {
		for _, u := range append(append([]string(nil), t.Lead...), t.Participating...) {
			known[u] = true
		}
	}
	split := func(us []string) []string {
		var out []string
		for _, u := range us {
			out = append(out, gluedParts(u, known)...)
		}
		return appendNew(nil, out...)
	}
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		t.Lead = split(t.Lead)
		t.Participating = slices.DeleteFunc(removeAll(split(t.Participating), t.Lead), func(u string) bool {
			return leadWithLevel(u, t.Lead)
		})
	}
}

// leadWithLevel: u is a lead of the same task written with its level ("公共气象服务中心" beside the
// lead 市公共气象服务中心, a 责任分工 line naming the lead short): the lead, no partner of its own.
func leadWithLevel(u string, lead []string) bool {
	for _, l := range lead {
		if r, size := utf8.DecodeRuneInString(l); strings.ContainsRune("省市区县", r) && l[size:] == u && utf8.RuneCountInString(u) >= 4 {
			return true
		}
	}
	return false
}

// superiorBody and subordinate are the halves of one name, never two units: 市委 before 宣传部,
// 县政府 before 办公室.
var (
	superiorBody = mustCompile(`^[省市县区州旗镇乡]?(?:委|政府|人民政府|党委|党工委|管委会)$`)
	subordinate  = mustCompile(`^(?:办公室|办|党组|党委|分局|支队|大队|中队|机关党委)$`)
)

// branchOf is a body's own branch at a lower level, the rest of one name: 市生态环境局县分局.
var branchOf = mustCompile(`^[省市区县州](?:分局|支队|大队|中队|分行|支行|分公司|分院|分中心)$`)

// offsets are the byte offsets of s's runes.
func offsets(s string) []int {
	at := make([]int, 0, len(s)/3+1)
	for i := range s {
		at = append(at, i)
	}
	return at
}

// placeGroup is a whole name of a group of places, or of their governments: 各街道, 各乡镇（街道）,
// 各县（市、区）, 各乡（镇）人民政府, 各园区.
var placeGroup = mustCompile(`^各(?:乡镇|镇|街道|街镇|镇街|县市区|区县|县区|县|区|市|乡|村|社区|园区|开发区)(?:[（(][^（()）]{1,8}[)）])?(?:人民政府|政府|党委|办事处|管委会|居委会|村委会)?$`)

// gluedParts is u as two known names run together, or as names each with its level ("市财政局市
// 统计局": a list whose spaces the page lost), or u itself.
func gluedParts(u string, known map[string]bool) []string {
	// Cut points are byte offsets of rune starts: slicing u allocates nothing.
	var at []int
	for i := range u {
		at = append(at, i)
	}
	n := len(at)
	for k := 2; k <= n-2; k++ {
		a, b := u[:at[k]], u[at[k]:]
		if known[a] && known[b] && !superiorBody.MatchString(a) && !subordinate.MatchString(b) && !(placeGroup.MatchString(a) && !strings.HasSuffix(a, "政府")) {
			return []string{a, b} // not "各县（市、区）环保专项行动领导小组": each county's body
		}
	}
	return levelledParts(u, at)
}

// sameOffice is the second name of 纪委监委, one body: "县监委" after "县纪委".
var sameOffice = mustCompile(`^\p{Han}{0,4}?监委$`)

// levelledParts is u as names each with its level run together, or u itself; at holds the byte
// offsets of u's runes.
func levelledParts(u string, at []int) []string {
	n := len(at)
	first, _ := utf8.DecodeRuneInString(u)
	if !strings.ContainsRune("省市区县州", first) {
		return []string{u}
	}
	for k := 3; k <= n-3; k++ {
		r, _ := utf8.DecodeRuneInString(u[at[k]:])
		prev, _ := utf8.DecodeLastRuneInString(u[:at[k]])
		if !strings.ContainsRune("省市区县州各", r) || !strings.ContainsRune("局委办厅社院队所心", prev) {
			continue
		}
		a, b := u[:at[k]], u[at[k]:]
		if strings.HasSuffix(a, "纪委") && sameOffice.MatchString(b) {
			continue // "县纪委县监委": one body
		}
		if r == '各' {
			// 县水利局各乡（镇）人民政府: a unit, then a group of places (not 区公安分局各辖区派出所,
			// the bureau's own stations).
			if looksLikeUnit(a) && placeGroup.MatchString(b) && isParty(b) {
				return []string{a, b}
			}
			continue
		}
		if looksLikeUnit(a) && !subordinate.MatchString(b) && !branchOf.MatchString(b) && !strings.HasPrefix(b, "市场") && !strings.HasPrefix(b, "区域") {
			// 区工信局区商务局区统计局: three; 区住建局区城管局各镇街: two units and a group.
			if rest := levelledParts(b, offsets(b)); looksLikeUnit(b) || len(rest) > 1 {
				return append([]string{a}, rest...)
			}
		}
	}
	return []string{u}
}

// sharedDept is the rest of a list of sectors that share one 部门 with 等: "、交通、海事等部门".
var sharedDept = mustCompile(`^(?:、[^，,。；;：:、\s]{1,12})*等(?:有关|相关)?\p{Han}{0,6}?部门`)

func (p *parser) respell() {
	var text string // the task's own words: a unit is named as they name it, else as the plan first did
	name := func(us []string) []string {
		for i, u := range us {
			w, at := p.spelling[u], -1
			for _, s := range p.spellings[u] {
				k := strings.Index(text, s)
				if sector, ok := strings.CutSuffix(s, "部门"); ok && k < 0 && sectorDept(sector) {
					// "财政、城乡建设等部门": 财政部门 is named where 财政 is, in a list that shares
					// its 部门 (as written with 等); 财政 alone elsewhere is another spelling.
					if j := strings.Index(text, sector); j >= 0 && sharedDept.MatchString(text[j+len(sector):]) {
						k = j
					}
				}
				if k >= 0 && (at < 0 || k < at || k == at && len(s) > len(w)) {
					w, at = s, k
				}
			}
			if w != "" {
				us[i] = p.everyday(w, u)
			}
		}
		return appendNew(nil, us...)
	}
	for i := range p.doc.Tasks {
		t := &p.doc.Tasks[i]
		text = t.Text
		t.Lead = nonNil(name(t.Lead))
		t.Participating = nonNil(name(t.Participating))
		for j := range t.Recurring {
			t.Recurring[j].Units = name(t.Recurring[j].Units)
		}
		if t.Aka != nil {
			// The second names go with their units' names as the task now writes them; a unit
			// split or dropped since (splitGlued, dropped from a list) takes its second name along.
			aka := make(map[string]string, len(t.Aka))
			for u, second := range t.Aka {
				if n := name([]string{u})[0]; t.role(n) != "" && t.role(second) == "" {
					aka[n] = second
				}
			}
			t.Aka = nil
			if len(aka) > 0 {
				t.Aka = aka
			}
		}
	}
}

// everyday is the plan's everyday name for the unit (canonical u) it writes as w in a task: a party
// department or a tax bureau the plan names both formally and as usual ("中共柳州市委组织部" in one
// list, "市委组织部" in the next) goes by the usual name in every task, so the plan's tasks name one
// party once. A plan that writes only the formal name keeps it.
func (p *parser) everyday(w, u string) string {
	if !formalPrefix.MatchString(w) {
		return w
	}
	short := stripCity(formalPrefix.ReplaceAllString(w, "$1"), p.norm.City)
	if short != w && slices.Contains(p.spellings[u], short) {
		return short
	}
	return w
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:] // walked back from the end: no copy of a long text
}

// leadInRecurring gives a task with no recurring duty of its own those of the nearest heading that
// leads into its items with a colon and says how often they are done ("四、各单位按以下职能分工定期
// 组织开展排查工作，原则上每年不少于2次：" over "（一）区房管局。负责…"). A heading's words are
// read once, however many tasks stand under it.
func leadInRecurring(d *Document) {
	seen := map[string][]Recurring{}
	for i := range d.Tasks {
		t := &d.Tasks[i]
		if len(t.Recurring) > 0 {
			continue
		}
		path := t.Path()
		for k := len(path) - 1; k >= 0; k-- {
			h := strings.TrimSpace(path[k])
			if !strings.HasSuffix(h, "：") && !strings.HasSuffix(h, ":") {
				continue
			}
			rs, ok := seen[h]
			if !ok {
				rs = ParseRecurring(h)
				seen[h] = rs
			}
			if len(rs) == 0 {
				continue
			}
			for _, r := range rs {
				r.Units = t.Units()
				t.Recurring = append(t.Recurring, r)
			}
			break
		}
	}
}

// sectionPeriod reads the period a heading states for its part of the plan: a range of years, a
// five-year plan, or one year's work ("2021年重点工作"). Headings that state none give zero.
func sectionPeriod(heading string, year int) (Day, string) {
	h := foldWidth(heading)
	if !strings.Contains(h, "年") && !fiveYearName.MatchString(h) {
		return Day{}, ""
	}
	if periodRangeExpr.MatchString(h) || fiveYearName.MatchString(h) || annualTitleExpr.MatchString(h) && (annualWorkExpr.MatchString(h) || yearsWorkHeading.MatchString(h)) {
		return PlanPeriod(h, nil, year)
	}
	return Day{}, ""
}

// sectionYear is the year the nearest heading over a task gives its work ("（二）2025年重点任务" in a
// three-year plan): the yearless 上半年, 年内, 一季度末 of its items are that year's. Else the plan's.
func (p *parser) sectionYear(section string) int {
	for rest := section; rest != ""; {
		h := rest
		if k := strings.LastIndex(rest, SectionSep); k >= 0 {
			h, rest = rest[k+len(SectionSep):], rest[:k]
		} else {
			rest = ""
		}
		h = foldWidth(h)
		if m := yearsWorkHeading.FindString(h); m != "" && !periodRangeExpr.MatchString(h) {
			y, _ := strconv.Atoi(m[:4])
			return y
		}
	}
	return p.year
}

// yearsWorkHeading is a heading over one year's work: "二、2021年重点工作", "（一）2025年重点任务",
// "（二）2026年工作任务".
var yearsWorkHeading = mustCompile(`(?:19|20)\d{2}\s*年度?(?:的)?(?:重点工作|重点任务|工作任务|工作要点|主要任务|工作安排|工作计划|年度任务|目标任务)`)

// headingPath lists the headings from the top of the document down to it.
func headingPath(it *item) []string {
	var out []string
	for x := it; x != nil && x.level >= 0; x = x.parent {
		out = append([]string{x.heading()}, out...)
	}
	return out
}

// headingLead is the lead a heading names for its group: "教育（牵头单位：市教育局）", "（一）X牵头的工作".
func (p *parser) headingLead(title string) []string {
	lead, _ := p.headingUnits(title)
	return lead
}

// headingUnits is headingLead with the units the heading's note names to take part ("（牵头单位：县交
// 通运输局，配合单位：县公安局）"): they take part in every item of the group.
func (p *parser) headingUnits(title string) (lead, partic []string) {
	if !strings.Contains(title, "牵头") && !strings.Contains(title, "主办") && !strings.Contains(title, "组长单位") {
		return nil, nil
	}
	if i := strings.Index(title, "组长单位"); i >= 0 {
		// "住房保障组（组长单位：县住建局；成员单位：县财政局、…）": beside a group's leading unit, its
		// members take part in the group's work.
		title = title[:i] + strings.ReplaceAll(title[i:], "成员单位", "参与单位")
	}
	for _, n := range p.findNotes(title) {
		if n.namedLead && len(n.lead) > 0 {
			return n.lead, n.partic
		}
	}
	// "一、县示范区管委会牵头工作(8项)": a group of the work one unit leads.
	if m := unitLeadsGroup.FindStringSubmatch(title); m != nil && looksLikeUnit(m[1]) && !startsWithVerb(m[1]) && !classOfUnits(m[1]) {
		return []string{cleanUnit(m[1])}, nil
	}
	return nil, nil
}

// classOfUnits reports a name for a class of units, not one unit: 省直部门, 相关部门, 其他单位.
func classOfUnits(s string) bool {
	return strings.HasSuffix(s, "部门") || strings.HasSuffix(s, "单位") || strings.HasSuffix(s, "机构") || groupParty.MatchString(s)
}

// unitLeadsGroup is a heading that names the unit leading the work under it: "县示范区管委会牵头工作(8项)",
// "（二）市商务局牵头的重点任务".
var unitLeadsGroup = mustCompile(`^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(\p{Han}[\p{Han}（）()]{1,30}?)(?:牵头|主办)(?:的)?(?:重点)?(?:工作|任务|事项)(?:\s*[(（][^）)]{0,8}[)）])?\s*$`)

// onlySupport reports whether every subject of text only supports the work (supportClause: "市财政局
// 给予资金支持"), doing none of its own.
func onlySupport(text string) bool {
	spans := subjectSpans(text)
	for _, sp := range spans {
		if !supportClause.MatchString(text[sp[3]:]) && !supportClause.MatchString(text[sp[1]:]) {
			return false
		}
	}
	return len(spans) > 0
}

// headingResp is the units a heading's own note names as responsible, with no 牵头: "（责任单位：X）".
func (p *parser) headingResp(title string) []string {
	if !strings.Contains(title, "责任") {
		return nil
	}
	for _, n := range p.findNotes(title) {
		if !n.namedLead && len(n.lead) > 0 && len(n.partic) == 0 {
			return n.lead
		}
	}
	return nil
}

// groupRespOf is the nearest heading's responsible units above it (groupResp), if any.
func groupRespOf(it *item) []string {
	for x := it.parent; x != nil; x = x.parent {
		if len(x.groupResp) > 0 {
			return x.groupResp
		}
	}
	return nil
}

// introLeadOf is the unit the introduction of the list the item stands in names, if any: the items
// of that list, not the points under them.
func introLeadOf(it *item) []string {
	if it.parent == nil {
		return nil
	}
	return it.parent.introLead
}

// leadInUnit is the one unit the opening sentence of the heading over the item names as its subject
// ("区审批审查中心应在区工改领导小组的组织领导下，强化责任落实…"), nil when it names none, several,
// or a group by kind (各部门, 有关单位).
func (p *parser) leadInUnit(it *item) []string {
	x := it.parent
	if x == nil || x.level <= lvlAttachment || x.level >= lvlItem || len(x.body) == 0 || x.table != nil {
		return nil
	}
	cs := p.subjectClauses(firstSentence(x.body[0]))
	if len(cs) != 1 || len(cs[0].lead) != 1 || len(cs[0].partic) > 0 || vagueBody.MatchString(cs[0].lead[0]) {
		return nil
	}
	return cs[0].lead
}

// groupLeadOf is the lead the nearest heading above it names for its group, if any.
func groupLeadOf(it *item) []string {
	for x := it.parent; x != nil; x = x.parent {
		if len(x.groupLead) > 0 {
			return x.groupLead
		}
	}
	return nil
}

// stageExpr is the time a stage heading gives in brackets: "(9月)", "(5月下旬-8月)", "(4月-5月中旬)",
// "(1-5月)".
var stageExpr = mustCompile(`[（(]\s*(?:(?:自)?即日起?\s*[-—–~～至到]\s*|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:[上中下]旬|中下旬|上中旬|底)?\s*[-—–~～至到]\s*)?(?:(\d{4})年)?(\d{1,2})月份?(?:\d{1,2}日)?(中下旬|上中旬|[上中下]旬|底)?(?:前|以前|之前)?\s*[)）]|[（(]\s*\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月(?:[上中下]旬|底)?\s*[)）]`)

// periodTitleExpr is a heading naming a quarter, a month or a half of the plan's year as its work's
// time: "第二季度重点任务", "3月份工作安排", "2024年第三季度工作要点", "上半年工作", or a step of a schedule
// that opens with its time and a colon ("（二）第二季度：完成项目审批…").
var periodTitleExpr = mustCompile(`^(?:((?:19|20)\d{2})年度?)?(?:第?([一二三四1-4])季度|(\d{1,2})月份?|([上下])半年)(?:工作|重点|任务|\s*[：:])`)

// periodTitle is the end of the quarter or month a heading names, in the year it names or the plan's.
func periodTitle(title string, year int) (Deadline, bool) {
	m := periodTitleExpr.FindStringSubmatch(strings.TrimSpace(title))
	if m == nil {
		return Deadline{}, false
	}
	y := year
	if m[1] != "" {
		y, _ = strconv.Atoi(m[1])
	}
	if y == 0 {
		return Deadline{}, false
	}
	quote := strings.TrimRight(m[0], "：: ")
	if m[2] != "" {
		q := strings.Index("一二三四", m[2])/len("一") + 1
		if m[2] >= "1" && m[2] <= "4" {
			q = int(m[2][0] - '0')
		}
		return Deadline{Quote: quote, Date: NewDay(y, time.Month(3*q+1), 0), Kind: KindBy}, true
	}
	if m[4] != "" {
		return Deadline{Quote: quote, Date: NewDay(y, time.Month(6*strings.Index("上下", m[4])/len("上")+7), 0), Kind: KindBy}, true
	}
	mo, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		return Deadline{}, false
	}
	return Deadline{Quote: quote, Date: NewDay(y, time.Month(mo+1), 0), Kind: KindBy}, true
}

// dottedMonth is a year and month written with a dot inside a stage's brackets, "2025.5", before
// what closes it (a span's dash or the bracket): not a figure (2025.5万元).
var dottedMonth = mustCompile(`((?:19|20)\d{2})\.(\d{1,2})(\s*[-—–~～至到)）])`)

// dottedBracket is the brackets that hold such a month.
var dottedBracket = mustCompile(`[（(][^（()）]*(?:19|20)\d{2}\.\d{1,2}[^（()）]*[)）]`)

// stageDay is a month and day in a stage's span.
var stageDay = mustCompile(`(\d{1,2})月(\d{1,2})日`)

// stageMonth reads the month (and its part) a stage ends in.
var stageMonth = mustCompile(`(\d{1,2})月份?(?:\d{1,2}日)?(中下旬|上中旬|[上中下]旬|底)?(?:前|以前|之前)?\s*[)）]$`)

// stageTime is the end of the stage the item, or a heading above it, names (即日起 to a day, a span
// of days, a month with its 上旬/中旬/中下旬): a month or a span of
// months in brackets, in the plan's year.
func (p *parser) stageTime(it *item) []Deadline {
	if p.year == 0 {
		return nil
	}
	for x := it; x != nil && x.level >= 0; x = x.parent {
		title := x.title
		if strings.Contains(title, ".") {
			title = dottedMonth.ReplaceAllString(title, "${1}年${2}月$3") // "（2025.5—2025.8）"
		}
		m := stageExpr.FindString(title)
		if i := strings.Index(title, m); m != "" && seasonBefore.MatchString(title[:i]+m[:strings.IndexAny(m, "（(")+utf8.RuneLen([]rune(m)[0])]) {
			m = "" // "主汛期（6月1日至9月30日）实行…值班": a season the work runs in, no stage
		}
		quote := m
		if q := dottedBracket.FindString(x.title); title != x.title && q != "" {
			quote = q // the words as the plan writes them
		}
		if m == "" {
			if d, ok := periodTitle(x.title, p.year); ok {
				return []Deadline{d}
			}
			continue
		}
		// A stage of days, "(2010年9月10日至9月17日)", "(7月16日至8月31日)": due by its last, in the
		// year it names last, else the plan's.
		if days := stageDay.FindAllStringSubmatch(m, -1); len(days) > 0 {
			last := days[len(days)-1]
			y := p.year
			if ys := yearMention.FindAllStringSubmatch(m, -1); len(ys) > 0 {
				y, _ = strconv.Atoi(ys[len(ys)-1][1])
			}
			mo, _ := strconv.Atoi(last[1])
			d, _ := strconv.Atoi(last[2])
			if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
				if first := days[0]; len(days) > 1 && yearMention.FindAllStringIndex(m, -1) == nil {
					if fm, _ := strconv.Atoi(first[1]); fm > mo {
						y++ // "(12月20日至1月10日)": into the next year
					}
				}
				return []Deadline{{Quote: quote, Date: NewDay(y, time.Month(mo), min(d, NewDay(y, time.Month(mo)+1, 0).Day)), Kind: KindBy}}
			}
		}
		e := stageMonth.FindStringSubmatch(m)
		if e == nil {
			continue
		}
		mo, _ := strconv.Atoi(e[1])
		if mo < 1 || mo > 12 {
			return nil
		}
		y := p.year
		if ys := yearMention.FindAllStringSubmatch(m, -1); len(ys) > 0 {
			y, _ = strconv.Atoi(ys[len(ys)-1][1]) // "（2021年6月底前）": the year it names
		}
		d := NewDay(y, time.Month(mo)+1, 0)
		switch e[2] {
		case "上旬":
			d = Day{y, time.Month(mo), 10}
		case "中旬", "上中旬":
			d = Day{y, time.Month(mo), 20}
		}
		return []Deadline{{Quote: quote, Date: d, Kind: KindBy}}
	}
	return nil
}

// headingUnit is the unit the item's own title, or a heading above it, is the name of: a page of
// duties by department ("(一)综合办公室(党群工作部、监察室)", "(二)招商合作局").
// headingNamesUnit: a heading that reads as a unit's name is one, not a thing in quotes ("运行“社区
// 安全隐患指数平台”") nor words ending in a generic noun ("适用范围及部门") unless it opens as a
// unit does (区有关部门, 相关单位).
func headingNamesUnit(core string) bool {
	if strings.ContainsAny(core, "“”\"《》") {
		return false
	}
	for _, generic := range []string{"部门", "单位", "机构"} {
		if strings.HasSuffix(core, generic) {
			return unitStart(core) || strings.HasPrefix(core, "有关") || strings.HasPrefix(core, "成员")
		}
	}
	return true
}

// dutyVerbStart opens a heading that asks for duties to be done, not a unit's name: 压实企业职责,
// 明确属地政府职责, 落实部门职责.
var dutyVerbStart = mustCompile(`^(?:压实|明确|落实|夯实|强化|履行|加强|健全|完善|建立|推进|严格|全面|切实|认真|进一步|厘清|理顺|细化|成立|组建|设立)`)

// dutiesSuffix ends a heading that names a unit over its duties: 职责, 主要职责, 工作职责.
var dutiesSuffix = mustCompile(`的?(?:主要|工作|具体)?职责(?:分工)?$`)

func (p *parser) headingUnit(it *item) []string {
	for x := it; x != nil && x.level >= 0; x = x.parent {
		if u := p.titleUnits(x.title); len(u) > 0 {
			return u
		}
	}
	return nil
}

// titleUnits is the unit (or the units) a heading's words, its marker gone, are the name of: "综合办公室
// (党群工作部、监察室)", "街镇消防安全委员会职责", "首都综治办、市委督查室、市监察局"; nil when they name work.
func (p *parser) titleUnits(title string) []string {
	name := strings.TrimSpace(strings.TrimRight(title, "：:"))
	// "(一)街镇消防安全委员会职责", "(三)居（村）委主要职责": the unit whose duties follow; not "压实企业职责".
	if cut := dutiesSuffix.ReplaceAllString(name, ""); cut != name && !dutyVerbStart.MatchString(cut) {
		name = cut
	}
	core := headerNote.ReplaceAllString(name, "")
	if core == "" || strings.ContainsAny(core, "，,。；;") || startsWithVerb(core) || dutyVerbStart.MatchString(core) {
		return nil // "成立工作专班": work to do, not a unit's name
	}
	// A heading that lists the units: "(十七)首都综治办、市委督查室、市监察局", "各区县政府和地区管委会".
	if items, ok := unitList(core); ok && len(items) > 1 && utf8.RuneCountInString(core) <= 60 {
		var out []string
		for _, it := range items {
			out = appendNew(out, p.unitNames(it)...)
		}
		return out
	}
	if utf8.RuneCountInString(core) <= 16 && !strings.Contains(core, "、") && looksLikeUnit(core) && headingNamesUnit(core) {
		return p.unitNames(name)
	}
	return nil
}

// underGroupLead applies a group's lead to a task's units: the group's unit leads, and the task's
// own responsible units take part, unless the task marks a lead of its own.
func underGroupLead(group, lead, partic []string, named bool) ([]string, []string) {
	if len(group) == 0 || named {
		return lead, partic
	}
	partic = appendNew(append([]string(nil), lead...), partic...)
	return append([]string(nil), group...), removeAll(partic, group)
}

// hasToneMark reports whether s holds a pinyin vowel with a tone mark (ā, é, ǐ, ù, ǚ …): only then
// can it hold a reading in brackets to drop. It looks at bytes first: those vowels all start with
// 0xC3, 0xC4, 0xC5 or 0xC7 in UTF-8, which Chinese text never does.
func hasToneMark(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == 0xC3 || b == 0xC4 || b == 0xC5 || b == 0xC7 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if strings.ContainsRune("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ", r) {
				return true
			}
		}
	}
	return false
}

// clauseAt is the clause of text that holds quote, from quote on ("2026年底前实现厂站网一体化运维
// 管理"), or quote when text lacks it.
func clauseAt(text, quote string) string {
	i := strings.Index(text, quote)
	if i < 0 {
		return quote
	}
	rest := text[i:]
	if j := strings.IndexAny(rest, "，,。；;\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// sentenceAt is the sentence of text that holds quote, or quote when text lacks it.
func sentenceAt(text, quote string) string { return Around(text, quote, "。；;\n") }

// Around is the stretch of text that holds quote between two of the stop characters (the text's
// ends when none), or quote when text lacks it: its sentence with stops "。；\n", its clause with
// "，。；\n".
func Around(text, quote, stops string) string {
	i := strings.Index(text, quote)
	if i < 0 {
		return quote
	}
	start, end := stretch(text, i, i, stops)
	return text[start:end]
}

// stretch is the stretch of s around s[i] and s[j] (i <= j) between stops: from after the last stop
// before i (or s's start) to the first stop from j on (or s's end).
func stretch(s string, i, j int, stops string) (start, end int) {
	if k := strings.LastIndexAny(s[:i], stops); k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		start = k + size
	}
	end = len(s)
	if k := strings.IndexAny(s[j:], stops); k >= 0 {
		end = j + k
	}
	return start, end
}

// scheduleSection is a part that lays out the plan's stages in time: "三、时间安排", "实施步骤",
// "进度安排", not its goals.
func scheduleSection(heading string) bool { return scheduleWords.in(heading) }

var scheduleWords = newWordSet("步骤", "时间安排", "进度安排", "时间节点", "阶段安排")

// clauseEnd reports whether s opens with the end of a clause: a comma, a full stop, a semicolon or
// nothing.
func clauseEnd(s string) bool {
	return s == "" || strings.ContainsRune("，,。；;", firstRune(s))
}
