package plan_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// TestDecodeStrayNULIsText: one stray NUL in a text file is no sign of a binary file (the text is
// read, wherever the byte is); a file of many NULs, as binary files and BOM-less UTF-16 are, is.
func TestDecodeStrayNULIsText(t *testing.T) {
	text := []byte("关于推进城市更新的实施意见\n（一）完善更新规划。牵头单位：市自然资源局。\n")
	for _, tc := range []struct {
		name   string
		data   []byte
		binary bool
	}{
		{"one NUL early", append(append([]byte("方案\x00\n"), text...), text...), false},
		{"one NUL in a GBK-less UTF-8 line", append(bytes.Repeat(text, 3), 0), false},
		{"NUL every other byte", []byte("p\x00l\x00a\x00n\x00 \x00o\x00f\x00 \x00w\x00o\x00r\x00k\x00"), true},
		{"a block of NULs", append([]byte("head"), bytes.Repeat([]byte{0}, 64)...), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := plan.Decode(tc.data)
			if got := errors.Is(err, plan.ErrBinary); got != tc.binary {
				t.Errorf("Decode: err %v; want binary=%v", err, tc.binary)
			}
		})
	}
}
