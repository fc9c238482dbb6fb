package plan

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Errors for input that is not a plan. They carry a message a person can act on.
var (
	ErrEmpty   = errors.New("the file is empty")
	ErrBinary  = errors.New("the file is binary, not text: save the plan as .txt, .docx, .html or a PDF with a text layer")
	ErrNotPlan = errors.New("no tasks found: this does not read as an implementation plan (no numbered items with responsible units or deadlines)")
)

// Decode returns the text of a plan file: UTF-8 (with or without BOM), UTF-16 with BOM, or
// GBK/GB18030, detected from the bytes.
func Decode(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if utf8.Valid(data) {
		if looksBinary(data) {
			return "", ErrBinary
		}
		return string(data), nil
	}
	if looksBinary(data) {
		return "", ErrBinary
	}
	// GB18030 is a superset of GBK and GB2312: one decoder reads all three.
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil || !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return "", badByte(data)
	}
	return string(out), nil
}

// badByte says where text that is neither UTF-8 nor GB18030 goes wrong: in the encoding the text
// before it was written in (UTF-8 when it holds UTF-8 beyond ASCII), the first byte that encoding
// cannot read, by line and byte (1-based, from the start of the text after any BOM), so that one
// stray byte in a long file can be found and removed.
func badByte(data []byte) error {
	enc, at := "UTF-8", firstBadUTF8(data)
	if at >= 0 && !hasMultibyteUTF8(data[:at]) {
		if g := firstBadGB18030(data); g >= 0 {
			enc, at = "GBK/GB18030", g
		}
	}
	if at < 0 {
		return errors.New("the text is neither UTF-8 nor GBK/GB18030")
	}
	line := bytes.Count(data[:at], []byte("\n")) + 1
	return fmt.Errorf("the text is neither UTF-8 nor GBK/GB18030: line %d, byte %d (0x%02X) is not valid %s", line, at+1, data[at], enc)
}

func firstBadUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func hasMultibyteUTF8(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// firstBadGB18030 is the offset of the first byte that starts no GB18030 sequence (one byte below
// 0x80; two bytes, lead 0x81–0xFE and trail 0x40–0xFE but 0x7F; four bytes, 0x81–0xFE 0x30–0x39
// 0x81–0xFE 0x30–0x39), or -1.
func firstBadGB18030(b []byte) int {
	lead := func(c byte) bool { return c >= 0x81 && c <= 0xFE }
	digit := func(c byte) bool { return c >= 0x30 && c <= 0x39 }
	for i := 0; i < len(b); {
		switch {
		case b[i] < 0x80:
			i++
		case lead(b[i]) && i+1 < len(b) && b[i+1] >= 0x40 && b[i+1] <= 0xFE && b[i+1] != 0x7F:
			i += 2
		case lead(b[i]) && i+3 < len(b) && digit(b[i+1]) && lead(b[i+2]) && digit(b[i+3]):
			i += 4
		default:
			return i
		}
	}
	return -1
}

// looksBinary reports many control characters (NUL bytes among them) in the first 8 KiB: a binary
// file is full of them, while a plan exported from an office system may carry a stray one, which
// must not refuse it here when the same byte further on would be read past.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(b)
}

func decodeUTF16(b []byte) (string, error) {
	le := b[0] == 0xFF
	b = b[2:]
	if len(b)%2 != 0 {
		return "", errors.New("the UTF-16 text has an odd length")
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if le {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		} else {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		}
	}
	var sb []rune
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if r >= 0xD800 && r < 0xDC00 && i+1 < len(u) {
			r = (r-0xD800)<<10 + (rune(u[i+1]) - 0xDC00) + 0x10000
			i++
		}
		sb = append(sb, r)
	}
	return string(sb), nil
}
