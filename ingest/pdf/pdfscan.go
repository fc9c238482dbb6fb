package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/dutybot/dutybot/ingest/guard"
)

// The PDF library allocates and loops on what a file declares: a cross-reference table as long
// as /Size or /Index say, a row buffer as wide as /Columns, a /Prev chain followed until it ends,
// an object stream resolved through the stream that holds it. A file that declares absurd values
// or a loop ends the process (out of memory, stack overflow) or never finishes, and recover cannot
// help. scanPDF reads the raw bytes first, cheaply, and refuses such files before the library
// sees them:
//
//   - /Columns, /Size, /Count and /N beyond any real file, anywhere in the file;
//   - the cross-reference chain from startxref: a /Prev back to a section already read, /W field
//     widths over 8 bytes, subsections or /Index ranges past maxPDFObjects;
//   - from the cross-reference streams (inflated here, within bounds): an object stream said to
//     sit inside an object stream (itself included), and stream parameters (/DecodeParms,
//     /Columns, /N) given as references to compressed objects, which this scan cannot see;
//   - object streams that inflate past 8 MB (the reader inflates one again for every object it
//     looks up in it), or whose /Extends chain comes back to itself.
//
// What it cannot see (the page tree, which may sit in object streams) the extractor guards as it
// walks; see pageWalk.

const (
	maxPDFObjects = 1 << 21 // objects a cross-reference table may declare
	maxPDFColumns = 1 << 20 // predictor row width: an image 100,000 pixels wide in RGBA fits
	maxPDFCount   = 1 << 20 // pages (or outline entries)
	maxPDFObjStmN = 1 << 20 // objects in one object stream
	maxPDFWidth   = 8       // bytes of one cross-reference stream field
	maxObjStm     = 8 << 20 // what one object stream may inflate to
)

// pdfXref is one cross-reference entry as the scan read it.
type pdfXref struct {
	kind   byte  // 1: at an offset in the file; 2: inside an object stream
	offset int64 // kind 1
	stream int64 // kind 2: the object stream's number
}

type pdfScan struct {
	data    []byte
	entries map[int64]pdfXref // object number → first entry seen (the newest section wins)
}

func pdfScanRefusal(format string, args ...any) error {
	return guard.Refuse(fmt.Sprintf(format, args...)+": the file is damaged or built to harm the reader", pdfRemedy)
}

// scanPDF refuses a PDF whose raw bytes declare what would make the reader run out of memory,
// overflow its stack or loop. It returns nil for files it has no objection to (damaged or not).
func scanPDF(data []byte) error {
	s := &pdfScan{data: data, entries: map[int64]pdfXref{}}
	for _, k := range []struct {
		key string
		max int64
	}{{"/Columns", maxPDFColumns}, {"/Size", maxPDFObjects}, {"/Count", maxPDFCount}, {"/N", maxPDFObjStmN}} {
		if v, ok := s.largest(k.key); ok && v > k.max {
			return pdfScanRefusal("the PDF declares %s %d, beyond any real file", k.key, v)
		}
	}
	if err := s.xrefChain(); err != nil {
		return err
	}
	for id, e := range s.entries {
		if e.kind == 2 && s.entries[e.stream].kind == 2 {
			return pdfScanRefusal("the PDF puts object stream %d inside an object stream (object %d is said to be in it)", e.stream, id)
		}
	}
	for _, key := range []string{"/DecodeParms", "/Columns"} {
		for _, id := range s.refsAfter(key) {
			if err := s.checkIndirect(key, id, maxPDFColumns); err != nil {
				return err
			}
		}
	}
	if err := s.objectStreams(); err != nil {
		return err
	}
	return s.extendsLoop()
}

// checkIndirect checks a value given as a reference to object id: a compressed object cannot be
// read here, so it is refused; an integer in the file must be at most max.
func (s *pdfScan) checkIndirect(key string, id, max int64) error {
	switch e := s.entries[id]; e.kind {
	case 2:
		return pdfScanRefusal("the PDF hides a stream's %s in compressed object %d", key, id)
	case 1:
		if v, ok := s.objectInt(e.offset); ok && v > max {
			return pdfScanRefusal("the PDF declares %s %d, beyond any real file", key, v)
		}
	}
	return nil
}

// objectInt reads the integer an object definition "N G obj v" at off holds.
func (s *pdfScan) objectInt(off int64) (int64, bool) {
	if off < 0 || off >= int64(len(s.data)) {
		return 0, false
	}
	_, i, ok1 := s.integer(int(off))
	_, i, ok2 := s.integer(i)
	i = s.skip(i)
	if !ok1 || !ok2 || !bytes.HasPrefix(s.data[i:], []byte("obj")) {
		return 0, false
	}
	v, _, ok := s.integer(i + len("obj"))
	return v, ok
}

// objectStreams checks each object stream: its count (/N), written directly or by reference (the
// reader reads that many entries even past the stream's end), and what it inflates to. The reader
// inflates an object stream again from its start for every object it looks up in it, so one
// object placed after megabytes of padding and used on every page costs minutes; real object
// streams hold a few hundred small objects.
func (s *pdfScan) objectStreams() error {
	budget := guard.NewBudget()
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte("/ObjStm"))
		if j < 0 {
			return nil
		}
		i += j + len("/ObjStm")
		_, at, ok := s.objectAt(i)
		if !ok {
			continue
		}
		d, end := s.dict(at)
		if d == nil {
			continue
		}
		sd := s.sub(d)
		for _, id := range sd.refsAfter("/N") {
			if err := s.checkIndirect("/N", id, maxPDFObjStmN); err != nil {
				return err
			}
		}
		if raw := s.streamData(sd, end); raw != nil && bytes.Contains(d, []byte("/FlateDecode")) {
			zr, err := zlib.NewReader(bytes.NewReader(raw))
			if err != nil {
				continue
			}
			br := &guard.Reader{R: io.LimitReader(zr, maxObjStm+1), What: "an object stream in the PDF", Compressed: int64(len(raw)), Budget: budget}
			n, err := io.Copy(io.Discard, br)
			var bomb *guard.BombError
			switch {
			case errors.As(err, &bomb):
				return pdfScanRefusal("%s", bomb.Reason)
			case n > maxObjStm:
				return pdfScanRefusal("an object stream in the PDF expands to more than %s", guard.HumanSize(maxObjStm))
			}
		}
	}
}

// skip passes white space and comments from i.
func (s *pdfScan) skip(i int) int {
	b := s.data
	for i < len(b) {
		switch {
		case isPDFSpace(b[i]):
			i++
		case b[i] == '%':
			for i < len(b) && b[i] != '\n' && b[i] != '\r' {
				i++
			}
		default:
			return i
		}
	}
	return i
}

// integer reads a non-negative integer at i (after white space). Values too long to hold are
// returned as the largest int64, so that they count as absurd.
func (s *pdfScan) integer(i int) (v int64, next int, ok bool) {
	b := s.data
	i = s.skip(i)
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == start || (i < len(b) && b[i] == '.') {
		return 0, i, false
	}
	v, err := strconv.ParseInt(string(b[start:i]), 10, 64)
	if err != nil {
		v = 1<<63 - 1
	}
	return v, i, true
}

// keyEnd reports whether the name key is at i and ends there (not the start of a longer name).
func (s *pdfScan) keyEnd(i int, key string) bool {
	j := i + len(key)
	return j >= len(s.data) || isPDFSpace(s.data[j]) || isPDFDelim(s.data[j])
}

// largest returns the largest integer written directly after key anywhere in the file.
func (s *pdfScan) largest(key string) (int64, bool) {
	var max int64
	found := false
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte(key))
		if j < 0 {
			return max, found
		}
		i += j
		if s.keyEnd(i, key) {
			if v, _, ok := s.integer(i + len(key)); ok {
				found = true
				max = maxInt(max, v)
			}
		}
		i += len(key)
	}
}

func maxInt(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// ref reads "N G R" at i.
func (s *pdfScan) ref(i int) (id int64, next int, ok bool) {
	id, i, ok = s.integer(i)
	if !ok {
		return 0, i, false
	}
	if _, i, ok = s.integer(i); !ok {
		return 0, i, false
	}
	i = s.skip(i)
	if i < len(s.data) && s.data[i] == 'R' {
		return id, i + 1, true
	}
	return 0, i, false
}

// refsAfter returns the objects referred to directly after key (also inside an array after key).
func (s *pdfScan) refsAfter(key string) []int64 {
	var out []int64
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte(key))
		if j < 0 {
			return out
		}
		i += j + len(key)
		if !s.keyEnd(i-len(key), key) {
			continue
		}
		k := s.skip(i)
		if k < len(s.data) && s.data[k] == '[' {
			for n := 0; n < 64; n++ {
				k = s.skip(k + 1)
				if id, next, ok := s.ref(k); ok {
					out = append(out, id)
					k = next - 1
					continue
				}
				break
			}
			continue
		}
		if id, _, ok := s.ref(i); ok {
			out = append(out, id)
		}
	}
}

// dict returns the dictionary starting at i ("<<" after white space), to its matching ">>", and
// the index after it; nil when there is none within 1 MB.
func (s *pdfScan) dict(i int) ([]byte, int) {
	b := s.data
	i = s.skip(i)
	if !bytes.HasPrefix(b[i:], []byte("<<")) {
		return nil, i
	}
	start, depth := i, 0
	for end := min(len(b), i+1<<20); i < end; {
		switch {
		case bytes.HasPrefix(b[i:], []byte("<<")):
			depth++
			i += 2
		case bytes.HasPrefix(b[i:], []byte(">>")):
			depth--
			i += 2
			if depth == 0 {
				return b[start:i], i
			}
		case b[i] == '<':
			for i++; i < end && b[i] != '>'; i++ {
			}
			i++
		case b[i] == '(':
			nest := 0
			for ; i < end; i++ {
				if b[i] == '\\' {
					i++
					continue
				}
				if b[i] == '(' {
					nest++
				} else if b[i] == ')' {
					if nest--; nest == 0 {
						i++
						break
					}
				}
			}
		default:
			i++
		}
	}
	return nil, i
}

// sub is a pdfScan over a dictionary's bytes, to read its entries with the same helpers.
func (s *pdfScan) sub(d []byte) *pdfScan { return &pdfScan{data: d} }

// value returns the integer after key in dictionary d.
func (s *pdfScan) value(key string) (int64, bool) {
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte(key))
		if j < 0 {
			return 0, false
		}
		i += j
		if s.keyEnd(i, key) {
			if _, _, isRef := s.ref(i + len(key)); isRef {
				return 0, false // a reference, not the value
			}
			v, _, ok := s.integer(i + len(key))
			return v, ok
		}
		i += len(key)
	}
}

// ints returns the integers of the array after key in dictionary d.
func (s *pdfScan) ints(key string) ([]int64, bool) {
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte(key))
		if j < 0 {
			return nil, false
		}
		i += j
		if !s.keyEnd(i, key) {
			i += len(key)
			continue
		}
		k := s.skip(i + len(key))
		if k >= len(s.data) || s.data[k] != '[' {
			return nil, false
		}
		var out []int64
		for k++; ; {
			v, next, ok := s.integer(k)
			if !ok {
				break
			}
			out = append(out, v)
			k = next
		}
		return out, true
	}
}

// startxref returns the offset the file's last startxref names, or -1.
func (s *pdfScan) startxref() int64 {
	tail := max(0, len(s.data)-1024)
	i := bytes.LastIndex(s.data[tail:], []byte("startxref"))
	if i < 0 {
		return -1
	}
	v, _, ok := s.integer(tail + i + len("startxref"))
	if !ok {
		return -1
	}
	return v
}

// xrefChain walks the cross-reference sections from startxref along /Prev, as the reader will.
func (s *pdfScan) xrefChain() error {
	seen := map[int64]bool{}
	for off, n := s.startxref(), 0; off >= 0 && off < int64(len(s.data)) && n < 10000; n++ {
		if seen[off] {
			return pdfScanRefusal("the PDF's cross-reference chain (/Prev) comes back to offset %d", off)
		}
		seen[off] = true
		i := s.skip(int(off))
		var prev int64
		var ok bool
		var err error
		if bytes.HasPrefix(s.data[i:], []byte("xref")) {
			prev, ok, err = s.xrefTable(i + len("xref"))
		} else {
			prev, ok, err = s.xrefStream(i)
		}
		if err != nil || !ok {
			return err
		}
		off = prev
	}
	return nil
}

// xrefTable reads a classic table from i (after "xref") and its trailer; it returns the trailer's
// /Prev, and ok false when there is none.
func (s *pdfScan) xrefTable(i int) (prev int64, ok bool, err error) {
	for {
		i = s.skip(i)
		if bytes.HasPrefix(s.data[i:], []byte("trailer")) {
			i += len("trailer")
			break
		}
		start, next, ok1 := s.integer(i)
		count, next, ok2 := s.integer(next)
		if !ok1 || !ok2 {
			return 0, false, nil // damaged: the reader says so
		}
		if start > maxPDFObjects || count > maxPDFObjects-start {
			return 0, false, pdfScanRefusal("the PDF's cross-reference table lists objects up to %d", start+count)
		}
		i = next
		for k := int64(0); k < count; k++ {
			off, next, ok1 := s.integer(i)
			_, next, ok2 := s.integer(next)
			next = s.skip(next)
			if !ok1 || !ok2 || next >= len(s.data) {
				return 0, false, nil
			}
			if s.data[next] == 'n' {
				if _, seen := s.entries[start+k]; !seen {
					s.entries[start+k] = pdfXref{kind: 1, offset: off}
				}
			}
			i = next + 1
		}
	}
	d, _ := s.dict(i)
	if d == nil {
		return 0, false, nil
	}
	prev, ok = s.sub(d).value("/Prev")
	return prev, ok, nil
}

// xrefStream reads a cross-reference stream object at i; it returns its /Prev.
func (s *pdfScan) xrefStream(i int) (prev int64, ok bool, err error) {
	_, i, ok1 := s.integer(i)
	_, i, ok2 := s.integer(i)
	i = s.skip(i)
	if !ok1 || !ok2 || !bytes.HasPrefix(s.data[i:], []byte("obj")) {
		return 0, false, nil
	}
	d, end := s.dict(i + len("obj"))
	if d == nil {
		return 0, false, nil
	}
	sd := s.sub(d)
	prev, ok = sd.value("/Prev")
	size, _ := sd.value("/Size")
	w, okW := sd.ints("/W")
	if !okW || len(w) < 3 {
		return prev, ok, nil
	}
	total := int64(0)
	for _, x := range w {
		if x > maxPDFWidth {
			return 0, false, pdfScanRefusal("the PDF's cross-reference stream declares fields %d bytes wide", x)
		}
		total += x
	}
	index, okI := sd.ints("/Index")
	if !okI {
		index = []int64{0, size}
	}
	rows := int64(0)
	for k := 0; k+1 < len(index); k += 2 {
		if index[k] > maxPDFObjects || index[k+1] > maxPDFObjects-index[k] {
			return 0, false, pdfScanRefusal("the PDF's cross-reference stream lists objects up to %d", index[k]+index[k+1])
		}
		rows += index[k+1]
	}
	raw := s.streamData(sd, end)
	if raw == nil || total == 0 {
		return prev, ok, nil
	}
	body := s.inflate(sd, raw, rows*total)
	for k := 0; k+1 < len(index); k += 2 {
		for n := int64(0); n < index[k+1] && int64(len(body)) >= total; n++ {
			row := body[:total]
			body = body[total:]
			field := func(f int) int64 {
				var v int64
				off := int64(0)
				for _, x := range w[:f] {
					off += x
				}
				for _, c := range row[off : off+w[f]] {
					v = v<<8 | int64(c)
				}
				return v
			}
			kind := int64(1)
			if w[0] > 0 {
				kind = field(0)
			}
			id := index[k] + n
			if _, seen := s.entries[id]; seen {
				continue
			}
			switch kind {
			case 1:
				s.entries[id] = pdfXref{kind: 1, offset: field(1)}
			case 2:
				s.entries[id] = pdfXref{kind: 2, stream: field(1)}
			}
		}
	}
	return prev, ok, nil
}

// streamData returns the raw bytes of the stream whose dictionary (read by sd) ends at end, when
// its /Length is a direct number.
func (s *pdfScan) streamData(sd *pdfScan, end int) []byte {
	length, ok := sd.value("/Length")
	if !ok {
		return nil
	}
	i := s.skip(end)
	if !bytes.HasPrefix(s.data[i:], []byte("stream")) {
		return nil
	}
	i += len("stream")
	if i < len(s.data) && s.data[i] == '\r' {
		i++
	}
	if i < len(s.data) && s.data[i] == '\n' {
		i++
	}
	if length < 0 || length > int64(len(s.data)-i) {
		return nil
	}
	return s.data[i : i+int(length)]
}

// inflate undoes a cross-reference stream's Flate filter and PNG Up predictor, reading at most
// about want bytes.
func (s *pdfScan) inflate(sd *pdfScan, raw []byte, want int64) []byte {
	if !bytes.Contains(sd.data, []byte("/FlateDecode")) {
		return raw
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	cols, _ := sd.value("/Columns")
	pred, _ := sd.value("/Predictor")
	limit := want
	if pred >= 10 {
		limit += want/max(cols, 1) + 1
	}
	b, _ := io.ReadAll(io.LimitReader(zr, min(limit, guard.MaxInflated)))
	if pred < 10 || cols <= 0 {
		return b
	}
	// PNG rows: a filter byte, then cols bytes; the reader knows only Up (2).
	var out []byte
	prevRow := make([]byte, cols)
	for len(b) >= int(cols)+1 {
		if b[0] != 2 {
			return out
		}
		for j := range prevRow {
			prevRow[j] += b[1+j]
		}
		out = append(out, prevRow...)
		b = b[cols+1:]
	}
	return out
}

// extendsLoop refuses object streams whose /Extends chain comes back to where it started.
func (s *pdfScan) extendsLoop() error {
	if !bytes.Contains(s.data, []byte("/Extends")) {
		return nil
	}
	next := map[int64]int64{}
	for i := 0; ; {
		j := bytes.Index(s.data[i:], []byte("/Extends"))
		if j < 0 {
			break
		}
		i += j
		target, _, ok := s.ref(i + len("/Extends"))
		owner, _, found := s.objectAt(i)
		if ok && found {
			next[owner] = target
		}
		i += len("/Extends")
	}
	for start := range next {
		at := start
		for steps := 0; steps <= len(next); steps++ {
			n, ok := next[at]
			if !ok {
				break
			}
			if n == start {
				return pdfScanRefusal("the PDF's object stream %d extends itself (through /Extends)", start)
			}
			at = n
		}
	}
	return nil
}

// objectAt returns the number of the object whose definition ("N G obj") comes last before i,
// looking back at most 64 KB, and the index just after its "obj".
func (s *pdfScan) objectAt(i int) (id int64, body int, ok bool) {
	from := max(0, i-64<<10)
	k := bytes.LastIndex(s.data[from:i], []byte("obj"))
	if k < 0 {
		return 0, 0, false
	}
	k += from
	// Walk back over "G", white space, "N".
	j := k
	for n := 0; n < 2; n++ {
		for j > 0 && isPDFSpace(s.data[j-1]) {
			j--
		}
		end := j
		for j > 0 && s.data[j-1] >= '0' && s.data[j-1] <= '9' {
			j--
		}
		if j == end {
			return 0, 0, false
		}
		if n == 1 {
			v, err := strconv.ParseInt(string(s.data[j:end]), 10, 64)
			return v, k + len("obj"), err == nil
		}
	}
	return 0, 0, false
}
