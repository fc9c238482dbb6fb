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
		return "", fmt.Errorf("the text is neither UTF-8 nor GBK/GB18030: save it as UTF-8")
	}
	return string(out), nil
}

// looksBinary reports NUL bytes or many control characters in the first 8 KiB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctrl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
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
		return "", fmt.Errorf("the UTF-16 text has an odd length: save it as UTF-8")
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
