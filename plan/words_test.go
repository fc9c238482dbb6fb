package plan

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordSet(t *testing.T) {
	w := newWordSet("每月", "季度", "按季", "旬", "ab")
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"empty", "", false},
		{"word at start", "每月10日前报送", true},
		{"word at end", "按时报送，每个季度", true},
		{"one character word", "上旬完成", true},
		{"first character only", "每年召开", false},
		{"ascii word", "xxab", true},
		{"none", "加快建设综合保税区", false},
		{"a character sharing the filter bit", string(rune('每'+256)) + "月", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := w.in(tt.text); got != tt.want {
				t.Errorf("in(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCharSetAsIndexAny(t *testing.T) {
	sets := []string{"。；;\n", "。；;！!\n，,", "|｜\t", "a"}
	texts := []string{"", "无", "一句话。下一句；", "a，b", "\xe3。", "\xef\xbc；x", "；", "x\n", "全角！半角!", "｜|"}
	for _, set := range sets {
		c := newCharSet(set)
		for _, s := range texts {
			if got, want := c.index(s), strings.IndexAny(s, set); got != want {
				t.Errorf("%q in %q: charSet %d, strings.IndexAny %d", set, s, got, want)
			}
		}
	}
}

func TestRunesAtLeast(t *testing.T) {
	for _, s := range []string{"", "a", "十四五", "２０２７年", "\xe3\x80", "ab\xffcd", strings.Repeat("国", 30), strings.Repeat("a", 100)} {
		for n := 0; n <= 40; n++ {
			if got, want := runesAtLeast(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Errorf("runesAtLeast(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
