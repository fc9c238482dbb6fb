package plan

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// TestDecodeNamesTheBadByte: one stray byte in a UTF-8 or GBK file is reported once, by line and
// byte, in the encoding the rest of the file is in (finding 17).
func TestDecodeNamesTheBadByte(t *testing.T) {
	text := "测试市服务业发展实施方案\n二、重点任务\n3.培育骨干企业。（责任单位：市经信局）\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	mark, _ := simplifiedchinese.GBK.NewEncoder().String("市经信局")
	stray := func(s string) []byte {
		i := strings.Index(s, "市经信局")
		if i < 0 {
			i = strings.Index(s, mark)
		}
		return []byte(s[:i] + "\xff" + s[i:])
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"UTF-8", stray(text), "line 3, byte 98 (0xFF) is not valid UTF-8"},
		{"UTF-8 after a BOM", append([]byte("\xef\xbb\xbf"), stray(text)...), "line 3, byte 98 (0xFF) is not valid UTF-8"},
		{"GBK", stray(gbk), "line 3, byte 67 (0xFF) is not valid GBK/GB18030"},
		{"ASCII then a bad byte", []byte("abc\nde\xff\xfe"), "line 2, byte 7 (0xFF) is not valid GBK/GB18030"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.data)
			if err == nil || !strings.HasSuffix(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one ending %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "save") { // the advice is ingest's, said once
				t.Errorf("err = %v", err)
			}
		})
	}
}
