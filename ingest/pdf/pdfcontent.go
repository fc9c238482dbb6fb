package pdf

import (
	"errors"
	"io"
	"strconv"

	"github.com/ledongthuc/pdf"

	"github.com/dutybot/dutybot/ingest/guard"
)

// A page's content stream is read by this small lexer rather than pdf.Interpret: that one loops
// forever on an unterminated hex string at the end of a stream, which a damaged file can hold, and
// it has no limit on how much a compressed stream may expand to.

// cval is a content-stream operand.
type cval struct {
	kind byte // cNumber, cString, cName, cArray, cOther
	num  float64
	str  string // string bytes or name
	arr  []cval
}

const (
	cOther byte = iota
	cNumber
	cString
	cName
	cArray
)

func (v cval) Float64() float64 { return v.num }
func (v cval) Name() string {
	if v.kind == cName {
		return v.str
	}
	return ""
}
func (v cval) RawString() string {
	if v.kind == cString {
		return v.str
	}
	return ""
}
func (v cval) Len() int         { return len(v.arr) }
func (v cval) Index(i int) cval { return v.arr[i] }

// streamBytes returns the decoded bytes of a stream, or of an array of streams joined by
// newlines. A stream that fails to decode part way gives what was read; one that inflates past
// the caps (see guard.Reader) stops the extraction with a refusal.
func (x *pdfText) streamBytes(v pdf.Value) (b []byte) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(*guard.Refusal); ok {
				panic(re)
			}
			// a filter the reader cannot undo: keep what was decoded
		}
	}()
	read := func(s pdf.Value) {
		if s.Kind() != pdf.Stream {
			return
		}
		checkDecodeParms(s)
		rc := s.Reader()
		defer rc.Close()
		br := &guard.Reader{R: rc, What: "a stream in the PDF", Compressed: max(s.Key("Length").Int64(), 1), Budget: x.budget}
		part, err := io.ReadAll(br)
		var bomb *guard.BombError
		if errors.As(err, &bomb) {
			panic(guard.Refuse(bomb.Reason+" (a compression bomb, or not a plan)", "check the file; send the plan itself as .docx, .pdf or .txt"))
		}
		b = append(b, part...)
		b = append(b, '\n')
	}
	if v.Kind() == pdf.Array {
		for i := 0; i < v.Len(); i++ {
			read(v.Index(i))
		}
		return b
	}
	read(v)
	return b
}

// checkDecodeParms refuses a stream whose predictor rows are wider than any real image: the
// library allocates a row buffer of the declared width before reading a byte.
func checkDecodeParms(s pdf.Value) {
	p := s.Key("DecodeParms")
	parms := []pdf.Value{p}
	if p.Kind() == pdf.Array {
		parms = parms[:0]
		for i := 0; i < p.Len() && i < 8; i++ {
			parms = append(parms, p.Index(i))
		}
	}
	for _, d := range parms {
		if c := d.Key("Columns").Int64(); c < 0 || c > maxPDFColumns {
			pdfLimit("the PDF declares /Columns %d, beyond any real file", c)
		}
	}
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// contentOps calls fn for each operator in a content stream with its operands.
func contentOps(b []byte, fn func(op string, args []cval)) {
	l := &clexer{b: b}
	var stack []cval
	for {
		v, op, ok := l.next()
		if !ok {
			return
		}
		if op == "" {
			if len(stack) < 64 { // operators take a handful; more is damage
				stack = append(stack, v)
			}
			continue
		}
		switch op {
		case "BI": // an inline image: skip its data to EI
			l.skipInlineImage()
		case "true", "false", "null":
			if len(stack) < 64 {
				stack = append(stack, cval{})
			}
			continue
		default:
			fn(op, stack)
		}
		stack = stack[:0]
	}
}

type clexer struct {
	b     []byte
	i     int
	depth int
}

// next returns an operand, or an operator (op != ""), or ok == false at the end.
func (l *clexer) next() (v cval, op string, ok bool) {
	for l.i < len(l.b) {
		c := l.b[l.i]
		switch {
		case isPDFSpace(c):
			l.i++
		case c == '%':
			for l.i < len(l.b) && l.b[l.i] != '\n' && l.b[l.i] != '\r' {
				l.i++
			}
		case c == '(':
			l.i++
			return cval{kind: cString, str: l.literal()}, "", true
		case c == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
			l.i += 2
			l.skipDict()
			return cval{}, "", true
		case c == '<':
			l.i++
			return cval{kind: cString, str: l.hex()}, "", true
		case c == '/':
			l.i++
			return cval{kind: cName, str: l.name()}, "", true
		case c == '[':
			l.i++
			return l.array(), "", true
		case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
			l.i++ // stray delimiter
		case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
			return l.number(), "", true
		default:
			start := l.i
			for l.i < len(l.b) && !isPDFSpace(l.b[l.i]) && !isPDFDelim(l.b[l.i]) {
				l.i++
			}
			return cval{}, string(l.b[start:l.i]), true
		}
	}
	return cval{}, "", false
}

func (l *clexer) number() cval {
	start := l.i
	l.i++
	for l.i < len(l.b) && (l.b[l.i] >= '0' && l.b[l.i] <= '9' || l.b[l.i] == '.') {
		l.i++
	}
	f, err := strconv.ParseFloat(string(l.b[start:l.i]), 64)
	if err != nil {
		return cval{kind: cNumber}
	}
	return cval{kind: cNumber, num: f}
}

func (l *clexer) name() string {
	start := l.i
	for l.i < len(l.b) && !isPDFSpace(l.b[l.i]) && !isPDFDelim(l.b[l.i]) {
		l.i++
	}
	return string(l.b[start:l.i])
}

func (l *clexer) literal() string {
	var out []byte
	nest := 1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		switch c {
		case '(':
			nest++
		case ')':
			if nest--; nest == 0 {
				return string(out)
			}
		case '\\':
			if l.i >= len(l.b) {
				return string(out)
			}
			e := l.b[l.i]
			l.i++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.i < len(l.b) && l.b[l.i] == '\n' {
					l.i++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					n := int(e - '0')
					for k := 0; k < 2 && l.i < len(l.b) && l.b[l.i] >= '0' && l.b[l.i] <= '7'; k++ {
						n = n*8 + int(l.b[l.i]-'0')
						l.i++
					}
					c = byte(n)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

func (l *clexer) hex() string {
	var out []byte
	hi := -1
	for l.i < len(l.b) {
		c := l.b[l.i]
		l.i++
		if c == '>' {
			break
		}
		d := unhexDigit(c)
		if d < 0 {
			continue
		}
		if hi < 0 {
			hi = d
		} else {
			out = append(out, byte(hi<<4|d))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

func unhexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *clexer) array() cval {
	a := cval{kind: cArray}
	l.depth++
	defer func() { l.depth-- }()
	for l.i < len(l.b) {
		for l.i < len(l.b) && isPDFSpace(l.b[l.i]) {
			l.i++
		}
		if l.i < len(l.b) && l.b[l.i] == ']' {
			l.i++
			return a
		}
		if l.depth > 16 {
			l.i++
			continue
		}
		v, op, ok := l.next()
		if !ok {
			return a
		}
		if op != "" {
			continue // an operator inside an array is damage: skip it
		}
		if len(a.arr) < 1<<16 {
			a.arr = append(a.arr, v)
		}
	}
	return a
}

// skipDict skips to the >> that closes a dictionary (marked-content properties).
func (l *clexer) skipDict() {
	depth := 1
	for l.i < len(l.b) && depth > 0 {
		switch {
		case l.b[l.i] == '(':
			l.i++
			l.literal()
			continue
		case l.b[l.i] == '<' && l.i+1 < len(l.b) && l.b[l.i+1] == '<':
			depth++
			l.i += 2
			continue
		case l.b[l.i] == '>' && l.i+1 < len(l.b) && l.b[l.i+1] == '>':
			depth--
			l.i += 2
			continue
		}
		l.i++
	}
}

// skipInlineImage skips an inline image's parameters and data, up to and past "EI".
func (l *clexer) skipInlineImage() {
	for l.i+1 < len(l.b) {
		if l.b[l.i] == 'I' && l.b[l.i+1] == 'D' && (l.i == 0 || isPDFSpace(l.b[l.i-1])) {
			l.i += 2
			break
		}
		l.i++
	}
	for l.i+1 < len(l.b) {
		if l.b[l.i] == 'E' && l.b[l.i+1] == 'I' && isPDFSpace(l.b[l.i-1]) && (l.i+2 >= len(l.b) || isPDFSpace(l.b[l.i+2])) {
			l.i += 2
			return
		}
		l.i++
	}
	l.i = len(l.b)
}
