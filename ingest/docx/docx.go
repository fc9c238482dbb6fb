// Package docx reads a plan saved as a Word file (.docx). Text is the one entry point: the file's
// bytes in, the plain text plan.ParseText reads out (a paragraph per line with its automatic list
// number, a table's cells one per line in row order), or a *guard.Refusal saying why the file
// cannot be read and what to send instead: a damaged or encrypted file, or one that passes a cap
// no plan comes near (a part inflating past guard's caps, XML nested past 256 or holding more than
// 2 million tags, 100,000 paragraphs, 1 million elements or attributes, or 10,000 comments). The refusal carries no file name; ingest's dispatcher
// (Extractor.Extract) adds it, and since ingest.RefusedError is guard.Refusal, callers of ingest
// see the refusal they always did (package guard says why a shared type and not mapped errors).
// An old Word file (.doc) or an encrypted one in an OLE container never reaches this package:
// ingest tells them by their container.
package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"
	"strings"

	"github.com/dutybot/dutybot/ingest/guard"
)

// A .docx is a zip of XML parts. The body (word/document.xml) holds paragraphs (w:p) and tables
// (w:tbl → w:tr → w:tc → paragraphs or nested tables). Automatic list numbers ("一、", "(一)", "1.")
// are not in the text: they come from word/numbering.xml and are rendered here, because the parser
// reads headings by those numbers. Page headers and footers live in other parts and are not read;
// hidden text (<w:vanish/> on a run or its style), which Word neither shows nor prints, is dropped.

const docxCorrupt = "open it in Word or WPS and save it again as .docx, or send a PDF or the web page"

// Text returns the plain text of a Word file.
func Text(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", guard.Refuse("the Word file is damaged (not a valid .docx zip)", docxCorrupt)
	}
	parts := map[string]*zip.File{}
	for _, f := range zr.File {
		parts[f.Name] = f
	}
	if parts["EncryptedPackage"] != nil {
		return "", guard.Refuse("the Word file is password-protected", "remove the password and save it as .docx again")
	}
	budget := guard.NewBudget()
	body, err := readPart(parts, "word/document.xml", true, budget)
	if err != nil {
		return "", err
	}
	root, err := parseXML(body)
	if err != nil {
		return "", xmlRefusal("its text part", err)
	}
	w := &docxWriter{nums: map[string]*numInstance{}, styleNum: map[string]numRef{}, mergeBudget: 4*len(body) + 64<<10}
	// Numbering and styles only add list labels: a damaged part is skipped, a hostile one refused.
	for _, part := range []struct {
		name string
		load func(*xnode)
	}{{"word/numbering.xml", w.loadNumbering}, {"word/styles.xml", w.loadStyles}} {
		b, err := readPart(parts, part.name, false, budget)
		if err != nil {
			return "", err
		}
		if b == nil {
			continue
		}
		n, err := parseXML(b)
		var limit *xmlLimitError
		switch {
		case errors.As(err, &limit):
			return "", xmlRefusal("its list or style part", err)
		case err == nil:
			part.load(n)
		}
	}
	bodyNode := root.find("body")
	if bodyNode == nil {
		return "", guard.Refuse("the Word file has no body", docxCorrupt)
	}
	w.blocks(bodyNode)
	return w.sb.String(), nil
}

// xmlRefusal says why a part could not be read: a cap it passed, or damage.
func xmlRefusal(part string, err error) error {
	var limit *xmlLimitError
	if errors.As(err, &limit) {
		return guard.Refuse("the Word file's "+strings.TrimPrefix(part, "its ")+" "+limit.reason+", more than any plan does",
			"check that it is the plan itself; open it in Word or WPS, save it again as .docx and send that, or send a PDF or .txt")
	}
	return guard.Refuse("the Word file is damaged ("+part+" is not valid XML)", docxCorrupt)
}

// readPart returns a part's bytes. The sizes in the zip headers are not trusted: the part is
// inflated here from its raw bytes, through io.LimitReader and a guard.Reader that measures the
// ratio against the compressed bytes consumed so far, and its CRC is checked at the end.
func readPart(parts map[string]*zip.File, name string, required bool, budget *guard.Budget) ([]byte, error) {
	f := parts[name]
	if f == nil {
		if required {
			return nil, guard.Refuse("the file is a zip but not a Word document (no word/document.xml)", docxCorrupt)
		}
		return nil, nil
	}
	raw, err := f.OpenRaw()
	if err != nil {
		return nil, guard.Refuse("the Word file is damaged: "+err.Error(), docxCorrupt)
	}
	in := &guard.Counter{R: raw}
	var r io.Reader
	switch f.Method {
	case zip.Store:
		r = in
	case zip.Deflate:
		fr := flate.NewReader(in)
		defer fr.Close()
		r = fr
	default:
		return nil, guard.Refuse(fmt.Sprintf("the Word file is damaged (part %s is compressed with unknown method %d)", name, f.Method), docxCorrupt)
	}
	br := &guard.Reader{R: io.LimitReader(r, guard.MaxInflated+1), What: "the Word file's part " + name, Consumed: in, Budget: budget}
	b, err := io.ReadAll(br)
	var bomb *guard.BombError
	if errors.As(err, &bomb) {
		return nil, guard.Refuse(bomb.Reason+" (a compression bomb, or not a plan)",
			"check the file; send the plan itself as .docx, .pdf or .txt")
	}
	if err != nil {
		return nil, guard.Refuse("the Word file is damaged: "+err.Error(), docxCorrupt)
	}
	if f.CRC32 != 0 && crc32.ChecksumIEEE(b) != f.CRC32 {
		return nil, guard.Refuse("the Word file is damaged (part "+name+" fails its checksum)", docxCorrupt)
	}
	return b, nil
}

// xnode is a parsed XML element: local name, the attributes the reader keeps (keptAttrs) by
// local name, children and direct text. The attributes are a slice, not a map: an element has one
// or two, and a map of one costs ten times a pair (a million of them took 450 MB).
type xnode struct {
	name  string
	attrs []xattr
	kids  []*xnode
	text  string
}

// xattr is an attribute: its local name and value.
type xattr struct{ name, value string }

// attr returns the value of the attribute named name, "" when there is none; of repeated ones,
// the last, as a map would.
func (n *xnode) attr(name string) string {
	for i := len(n.attrs) - 1; i >= 0; i-- {
		if n.attrs[i].name == name {
			return n.attrs[i].value
		}
	}
	return ""
}

// Caps on one XML part. Word writes a few hundred thousand elements for a long plan, nests them
// a dozen deep (tables in tables, text boxes), and writes no comments at all.
// The paragraph and element caps are what bound the reader's memory: 300,000 one-letter
// paragraphs (1.8 million tags, under the tag cap) took 300 MB, as did 2 million empty elements
// in one run, and then the child's address space limit, reached or not as the heap grew, decided.
// The real plans in testdata have at most a few hundred paragraphs and 15,000 tags; a 6,000-row
// table of four columns has 24,000 paragraphs and 150,000 elements.
const (
	maxXMLTags       = 2_000_000 // '<' characters: start, end and empty tags, comments
	maxXMLParagraphs = 100_000   // w:p elements, counted before parsing
	maxXMLElements   = 1_000_000 // elements kept in the tree (not the skipped ones)
	maxXMLAttrs      = 1_000_000 // attributes kept (keptAttrs)
	maxXMLDepth      = 256
	maxXMLComments   = 10_000
)

// xmlLimitError is a cap parseXML hit.
type xmlLimitError struct{ reason string }

func (e *xmlLimitError) Error() string { return "xml: " + e.reason }

// skipped are elements whose content the reader never looks at (run and section properties,
// proofing and bookmark marks): they are not kept, which halves the tree of a typical file. A cell's
// properties are kept for its vertical merge and its span; their borders and shading are not.
var skipped = map[string]bool{"rPr": true, "sectPr": true, "tblPr": true, "tblGrid": true, "trPr": true,
	"tcBorders": true, "shd": true, "tcW": true, "tcMar": true, "proofErr": true, "bookmarkStart": true, "bookmarkEnd": true, "lastRenderedPageBreak": true}

// keptAttrs are the attributes the reader looks at; the rest (revision ids, fonts, sizes) are not
// kept, so that an element's cost does not grow with attributes nobody reads.
var keptAttrs = map[string]bool{"val": true, "type": true, "char": true, "ilvl": true, "numId": true, "abstractNumId": true, "styleId": true}

func parseXML(b []byte) (*xnode, error) {
	// Counting bytes costs nothing next to tokenising: a part with more tags or comments than any
	// document has is refused before the decoder starts.
	if n := bytes.Count(b, []byte("<")); n > maxXMLTags {
		return nil, &xmlLimitError{fmt.Sprintf("holds %d tags", n)}
	}
	if n := bytes.Count(b, []byte("<!--")); n > maxXMLComments {
		return nil, &xmlLimitError{fmt.Sprintf("holds %d XML comments", n)}
	}
	if n := countElements(b, "p"); n > maxXMLParagraphs {
		return nil, &xmlLimitError{fmt.Sprintf("holds %d paragraphs (at most %d are read)", n, maxXMLParagraphs)}
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	root := &xnode{name: "#root"}
	stack := []*xnode{root}
	// Text is appended to a buffer per element, not concatenated to a string: a run split into
	// many pieces by comments would otherwise cost time quadratic in its length.
	texts := map[*xnode][]byte{}
	elements, attrs := 0, 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) > maxXMLDepth {
				return nil, &xmlLimitError{fmt.Sprintf("nests elements more than %d deep", maxXMLDepth)}
			}
			if t.Name.Local == "rPr" {
				// A run's properties (and a style's) are read for hidden text alone: a run formatted
				// hidden (<w:vanish/>, 字体 → 隐藏), directly or through its style, is neither shown
				// nor printed by Word, so it is not plan text.
				if top := stack[len(stack)-1]; top.name == "r" || top.name == "style" {
					vanish, style, err := runProps(d)
					if err != nil {
						return nil, fmt.Errorf("xml: %w", err)
					}
					if vanish != "" {
						top.attrs = append(top.attrs, xattr{"vanish", vanish})
					}
					if style != "" {
						top.attrs = append(top.attrs, xattr{"rStyle", style})
					}
					continue
				}
			}
			if skipped[t.Name.Local] {
				if err := d.Skip(); err != nil {
					return nil, fmt.Errorf("xml: %w", err)
				}
				continue
			}
			if elements++; elements > maxXMLElements {
				return nil, &xmlLimitError{fmt.Sprintf("holds more than %d elements (at most %d are read)", maxXMLElements, maxXMLElements)}
			}
			n := &xnode{name: t.Name.Local}
			for _, a := range t.Attr {
				if !keptAttrs[a.Name.Local] {
					continue
				}
				if attrs++; attrs > maxXMLAttrs {
					return nil, &xmlLimitError{fmt.Sprintf("holds more than %d attributes (at most %d are read)", maxXMLAttrs, maxXMLAttrs)}
				}
				n.attrs = append(n.attrs, xattr{a.Name.Local, a.Value})
			}
			top := stack[len(stack)-1]
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.name == "t" || top.name == "delText" || top.name == "instrText" {
				texts[top] = append(texts[top], t...)
			}
		}
	}
	if len(root.kids) == 0 {
		return nil, errors.New("xml: no root element")
	}
	for n, b := range texts {
		n.text = string(b)
	}
	return root, nil
}

// runProps reads a run's (or a style's) properties, the decoder just past <w:rPr>, up to and
// including its end: vanish is "1" when they hide the text, "0" when they explicitly show it (a
// run that undoes its style's hiding), "" when they say nothing; style is the run's character
// style (w:rStyle). Nothing else in them is read.
func runProps(d *xml.Decoder) (vanish, style string, err error) {
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return "", "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth != 2 {
				continue
			}
			val, has := "", false
			for _, a := range t.Attr {
				if a.Name.Local == "val" {
					val, has = a.Value, true
				}
			}
			switch t.Name.Local {
			case "vanish":
				vanish = "1"
				if has && (val == "0" || val == "false" || val == "off") {
					vanish = "0"
				}
			case "rStyle":
				style = val
			}
		case xml.EndElement:
			depth--
		}
	}
	return vanish, style, nil
}

// countElements counts the start and empty tags whose local name is local, whatever their prefix
// ("<w:p>", "<w:p w:rsidR=…>", "<p/>"), by a scan of the bytes: no tree, no tokens.
func countElements(b []byte, local string) int {
	n := 0
	for i := bytes.IndexByte(b, '<'); i >= 0; {
		rest := b[i+1:]
		end := bytes.IndexAny(rest, " \t\r\n/><")
		if end < 0 {
			end = len(rest)
		}
		name := rest[:end]
		if j := bytes.LastIndexByte(name, ':'); j >= 0 {
			name = name[j+1:]
		}
		if string(name) == local && end < len(rest) && rest[end] != '<' {
			n++
		}
		j := bytes.IndexByte(rest, '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// find returns the first descendant named name, depth first.
func (n *xnode) find(name string) *xnode {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
		if f := k.find(name); f != nil {
			return f
		}
	}
	return nil
}

// child returns the first direct child named name.
func (n *xnode) child(name string) *xnode {
	if n == nil {
		return nil
	}
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
	}
	return nil
}

func (n *xnode) val(child string) string {
	if c := n.child(child); c != nil {
		return c.attr("val")
	}
	return ""
}

type docxWriter struct {
	sb       strings.Builder
	abstract map[string]map[int]numLevel // abstractNumId → level → format
	numAbs   map[string]string           // numId → abstractNumId
	starts   map[string]map[int]int      // numId → level → start override
	nums     map[string]*numInstance     // counters, by abstractNumId (Word continues a list across numIds of one abstract)
	styleNum map[string]numRef           // paragraph style → its numbering
	hidden   map[string]bool             // styles (character or paragraph) whose text is hidden
	paraHide bool                        // the paragraph being written has a hidden style
	hideSeen bool                        // a hidden run was dropped in the paragraph being written
	boxes    []*xnode                    // text boxes met in the paragraph being written
	// mergeBudget is how many bytes merged cells may still write again: a file of many short cells
	// merged over thousands of rows writes no more than a few times its own text part.
	mergeBudget int
}

type numLevel struct {
	start int
	fmt   string
	text  string
}

type numRef struct {
	numID string
	ilvl  int
}

type numInstance struct {
	count [9]int
	seen  [9]bool
}

func (w *docxWriter) loadNumbering(root *xnode) {
	w.abstract = map[string]map[int]numLevel{}
	w.numAbs = map[string]string{}
	w.starts = map[string]map[int]int{}
	n := root.child("numbering")
	if n == nil {
		return
	}
	for _, k := range n.kids {
		switch k.name {
		case "abstractNum":
			levels := map[int]numLevel{}
			for _, l := range k.kids {
				if l.name != "lvl" {
					continue
				}
				il, _ := strconv.Atoi(l.attr("ilvl"))
				start := 1
				if s := l.val("start"); s != "" {
					start = listNumber(s)
				}
				levels[il] = numLevel{start: start, fmt: l.val("numFmt"), text: l.val("lvlText")}
			}
			w.abstract[k.attr("abstractNumId")] = levels
		case "num":
			id := k.attr("numId")
			w.numAbs[id] = k.val("abstractNumId")
			for _, o := range k.kids {
				if o.name == "lvlOverride" {
					if s := o.val("startOverride"); s != "" {
						il, _ := strconv.Atoi(o.attr("ilvl"))
						v := listNumber(s)
						if w.starts[id] == nil {
							w.starts[id] = map[int]int{}
						}
						w.starts[id][il] = v
					}
				}
			}
		}
	}
}

func (w *docxWriter) loadStyles(root *xnode) {
	s := root.child("styles")
	if s == nil {
		return
	}
	for _, st := range s.kids {
		if st.name != "style" {
			continue
		}
		if st.attr("vanish") == "1" {
			if w.hidden == nil {
				w.hidden = map[string]bool{}
			}
			w.hidden[st.attr("styleId")] = true
		}
		if np := st.child("pPr").child("numPr"); np != nil {
			il, _ := strconv.Atoi(np.val("ilvl"))
			w.styleNum[st.attr("styleId")] = numRef{numID: np.val("numId"), ilvl: il}
		}
	}
}

// blocks writes the block-level children of a body, cell or content control.
func (w *docxWriter) blocks(n *xnode) {
	for _, k := range n.kids {
		switch k.name {
		case "p":
			w.paragraph(k)
		case "tbl":
			w.table(k)
		case "sdt":
			if c := k.child("sdtContent"); c != nil {
				w.blocks(c)
			}
		case "customXml", "ins", "sdtContent":
			w.blocks(k)
		}
	}
}

// maxMergedText is the most text a vertically merged cell gives each row again: a unit list or a
// date, not a paragraph (a file of long cells merged over thousands of rows would be written that often).
const maxMergedText = 512

// table writes each cell's paragraphs, cells in row order. A cell continuing a vertical merge is
// empty in the file; it writes the merged cell's text again, so that every row keeps its columns
// (a 牵头单位 merged over three rows leads each of them).
func (w *docxWriter) table(t *xnode) {
	merged := map[int]string{} // grid column → the text of the merge that starts there
	for _, row := range t.kids {
		if row.name != "tr" {
			if row.name == "sdt" || row.name == "customXml" {
				w.table(row.child("sdtContent"))
			}
			continue
		}
		col := 0
		cell := func(c *xnode) {
			pr := c.child("tcPr")
			span := 1
			if n, err := strconv.Atoi(pr.val("gridSpan")); err == nil && n > 1 {
				span = n
			}
			vm := pr.child("vMerge")
			switch {
			case vm != nil && vm.attr("val") != "restart":
				if len(merged[col]) <= w.mergeBudget {
					w.sb.WriteString(merged[col])
					w.mergeBudget -= len(merged[col])
				}
			default:
				start := w.sb.Len()
				w.blocks(c)
				if text := w.sb.String()[start:]; vm != nil && len(text) <= maxMergedText {
					merged[col] = text
				} else {
					delete(merged, col)
				}
			}
			col += span
		}
		for _, c := range row.kids {
			switch c.name {
			case "tc":
				cell(c)
			case "sdt", "customXml":
				if sc := c.child("sdtContent"); sc != nil {
					for _, cc := range sc.kids {
						if cc.name == "tc" {
							cell(cc)
						}
					}
				}
			}
		}
	}
}

func (w *docxWriter) paragraph(p *xnode) {
	var sb strings.Builder
	outer, outerHide, outerSeen := w.boxes, w.paraHide, w.hideSeen
	w.boxes, w.paraHide, w.hideSeen = nil, w.hidden[p.child("pPr").val("pStyle")], false
	w.inline(p, &sb)
	boxes, hideSeen := w.boxes, w.hideSeen
	w.boxes, w.paraHide, w.hideSeen = outer, outerHide, outerSeen
	text := sb.String()
	if strings.TrimSpace(text) == "" && hideSeen {
		// A paragraph whose text is all hidden is not there for its reader: no list label either.
		for _, b := range boxes {
			w.blocks(b)
		}
		return
	}
	label := w.number(p)
	if strings.TrimSpace(text) != "" || label != "" {
		w.sb.WriteString(label)
		w.sb.WriteString(text)
		w.sb.WriteByte('\n')
	}
	// Text boxes anchored in the paragraph (a red-letter head is often one) come after it.
	for _, b := range boxes {
		w.blocks(b)
	}
}

func (w *docxWriter) inline(n *xnode, sb *strings.Builder) {
	for _, k := range n.kids {
		switch k.name {
		case "t":
			sb.WriteString(k.text)
		case "tab", "ptab":
			sb.WriteByte('\t')
		case "br", "cr":
			if k.attr("type") != "page" && k.attr("type") != "column" {
				sb.WriteByte('\n')
			}
		case "noBreakHyphen":
			sb.WriteByte('-')
		case "txbxContent":
			w.boxes = append(w.boxes, k)
		case "r":
			if w.runHidden(k) {
				w.hideSeen = true
				continue
			}
			w.inline(k, sb)
		case "del", "moveFrom", "pPr", "rPr", "instrText", "delText", "Fallback", "fldData":
			// deleted revisions, properties and field codes are not text
		case "sym":
			if c := k.attr("char"); c != "" {
				if v, err := strconv.ParseUint(c, 16, 32); err == nil && v >= 0x20 && v < 0xF000 {
					sb.WriteRune(rune(v))
				}
			}
		default: // r, hyperlink, ins, smartTag, fldSimple, sdt, sdtContent, customXml, AlternateContent, Choice ...
			w.inline(k, sb)
		}
	}
}

// runHidden reports whether Word hides run r: its own properties say so (or say it is shown), else
// its character style, else its paragraph's style.
func (w *docxWriter) runHidden(r *xnode) bool {
	switch r.attr("vanish") {
	case "1":
		return true
	case "0":
		return false
	}
	if st := r.attr("rStyle"); st != "" && w.hidden[st] {
		return true
	}
	return w.paraHide
}

// number renders the automatic list label of paragraph p, "" when it has none.
func (w *docxWriter) number(p *xnode) string {
	if w.abstract == nil {
		return ""
	}
	ppr := p.child("pPr")
	var ref numRef
	var ok bool
	if np := ppr.child("numPr"); np != nil {
		ref.numID = np.val("numId")
		ref.ilvl, _ = strconv.Atoi(np.val("ilvl"))
		ok = true
		if np.child("numId") == nil { // only the level: numbering from the style
			if s, found := w.styleNum[ppr.val("pStyle")]; found {
				ref.numID = s.numID
			}
		}
	} else if s, found := w.styleNum[ppr.val("pStyle")]; found {
		ref, ok = s, true
	}
	if !ok || ref.numID == "" || ref.numID == "0" || ref.ilvl < 0 || ref.ilvl > 8 {
		return ""
	}
	absID, found := w.numAbs[ref.numID]
	if !found {
		return ""
	}
	levels := w.abstract[absID]
	lvl, found := levels[ref.ilvl]
	if !found {
		return ""
	}
	inst := w.nums[absID]
	if inst == nil {
		inst = &numInstance{}
		w.nums[absID] = inst
	}
	start := func(il int) int {
		if s, found := w.starts[ref.numID][il]; found {
			return s
		}
		return levels[il].start
	}
	if inst.seen[ref.ilvl] {
		inst.count[ref.ilvl]++
	} else {
		inst.count[ref.ilvl] = start(ref.ilvl)
		inst.seen[ref.ilvl] = true
	}
	for il := ref.ilvl + 1; il < 9; il++ {
		inst.seen[il] = false
	}
	if lvl.fmt == "bullet" || lvl.fmt == "none" {
		return ""
	}
	out := lvl.text
	for il := 0; il <= ref.ilvl; il++ {
		ph := "%" + strconv.Itoa(il+1)
		if !strings.Contains(out, ph) {
			continue
		}
		c := inst.count[il]
		if !inst.seen[il] {
			c = start(il)
		}
		out = strings.ReplaceAll(out, ph, formatNumber(c, levels[il].fmt))
	}
	return out
}

// maxListNumber is the largest number a list starts at: Word's own limit for "start at". Larger
// values in a file are clamped, so a counter can neither overflow nor render as a huge label.
const maxListNumber = 32767

// listNumber reads a list's start value, clamped to 0..maxListNumber.
func listNumber(s string) int {
	v, err := strconv.Atoi(s)
	switch {
	case err != nil && strings.HasPrefix(strings.TrimSpace(s), "-"):
		return 0
	case err != nil && errors.Is(err, strconv.ErrRange):
		return maxListNumber
	case err != nil:
		return 1
	}
	return min(max(v, 0), maxListNumber)
}

// maxLetterNumber is the largest number written as letters (zz…z, 30 letters); larger ones are
// written in digits, so a long list cannot make labels of thousands of letters.
const maxLetterNumber = 26 * 30

// formatNumber renders n in a Word number format.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital", "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseCounting":
		return chineseNumeral(n)
	case "ideographTraditional":
		stems := []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"}
		if n >= 1 && n <= 10 {
			return stems[n-1]
		}
	case "decimalZero":
		return fmt.Sprintf("%02d", n)
	case "decimalFullWidth", "decimalFullWidth2":
		var sb strings.Builder
		for _, r := range strconv.Itoa(n) {
			sb.WriteRune(r - '0' + '０')
		}
		return sb.String()
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 && n <= maxLetterNumber {
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if format == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

var cnDigits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// chineseNumeral writes 1..9999 as 一, 十一, 二十三, 一百零五 ...
func chineseNumeral(n int) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	if n < 10 {
		return cnDigits[n]
	}
	if n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + cnDigits[n-10]
	}
	units := []string{"千", "百", "十", ""}
	vals := []int{1000, 100, 10, 1}
	var sb strings.Builder
	zero := false
	for i, v := range vals {
		d := n / v % 10
		if d == 0 {
			if sb.Len() > 0 {
				zero = true
			}
			continue
		}
		if zero {
			sb.WriteString("零")
			zero = false
		}
		sb.WriteString(cnDigits[d] + units[i])
	}
	return sb.String()
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}
