package plan

import (
	"log/slog"
	"strings"
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
)

// t2s is OpenCC's traditional-to-simplified converter, built once (its dictionaries are embedded).
var t2s = sync.OnceValue(func() *opencc.OpenCC {
	c, err := opencc.New("t2s")
	if err != nil {
		slog.Warn("traditional characters will not be read as simplified", "err", err)
		return nil
	}
	return c
})

// ToSimplified returns s in simplified characters: plans published in traditional characters (衢州市
// 商務局) and questions typed in them read as the simplified plans do. Text already simplified comes
// back as it is. This is the one place where the conversion happens; questions and plan texts both
// go through it.
func ToSimplified(s string) string {
	if s == "" || !hasNonASCII(s) || !looksTraditional(s) {
		return s
	}
	c := t2s()
	if c == nil {
		return s
	}
	out, err := c.Convert(s)
	if err != nil {
		return s
	}
	return out
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// traditionalOnly are characters common in plans and questions that simplified text never uses:
// finding one is cheaper than converting a text that is already simplified. A bit per character of
// U+4E00–U+9FFF, so a text is checked with no map lookups.
var traditionalOnly = func() *[(0xa000 - 0x4e00) / 64]uint64 {
	var set [(0xa000 - 0x4e00) / 64]uint64
	for _, r := range "們國會於為與發經關區縣廳員單責務進設業開門實現電後華體過還這時義來個協辦預產據總導計劃劃標準點職級層擔貫徹擴權費環節節處優質營資點價創覽輕臺灣廣場類辦組織網絡術領導紀檢審屬聯繫數據萬億條樣區鎮鄉農醫療衛監財稅庫歲舉辭" +
		"號麼誰牽頭負嗎項幾間說請問幫該從對應沒題週兩達統裡裏讓雙輸範圍規積極參測試戶機構塊專檔稱啟動屆" + // and the question words people type
		traditionalChars { // and every other character only traditional text uses
		if r >= 0x4e00 && r < 0xa000 {
			set[(r-0x4e00)/64] |= 1 << ((r - 0x4e00) % 64)
		}
	}
	return &set
}()

// looksTraditional reports whether s holds a character only traditional text uses.
func looksTraditional(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r < 0xa000 && traditionalOnly[(r-0x4e00)/64]&(1<<((r-0x4e00)%64)) != 0 {
			return true
		}
	}
	return false
}

// Normalize is how any text from outside (a plan's text, a question, a unit named on the command
// line) is read: invisible format characters dropped (a zero-width space or a byte-order mark pasted
// from a web page, bidi controls), then traditional characters read as simplified. A unit written
// 市商<U+200B>务局 is 市商务局, not a look-alike. The pinyin a page's ruby annotation leaves after a
// character ("印發(fā)給你們") is dropped too.
func Normalize(s string) string {
	return ToSimplified(DropRuby(DropInvisible(s)))
}

// toneMarks are the vowels with a tone mark that pinyin, and hardly anything else in a plan, writes.
const toneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"

// rubyPinyin is a syllable of pinyin with its tone mark in brackets right after a Chinese character:
// what a page's ruby annotation leaves in its copied text ("發(fā)", "區（qū）").
var rubyPinyin = mustCompile(`(\p{Han})[(（]([a-zü]{0,5}[` + toneMarks + `][a-zü]{0,5})[)）]`)

// DropRuby removes the pinyin of a ruby annotation after its character: "印發(fā)給你們" reads
// "印發給你們". A bracket of other words stays.
func DropRuby(s string) string {
	if !strings.ContainsAny(s, toneMarks) {
		return s
	}
	return rubyPinyin.ReplaceAllString(s, "$1")
}

// DropInvisible removes Unicode format characters (category Cf: U+200B–U+200F, U+202A–U+202E,
// U+2060–U+2069, U+FEFF, U+00AD …), which print as nothing and only make equal names differ, and the
// control characters a copy leaves in a text (Word's manual line break as a vertical tab, ESC, BEL):
// all C0 controls and DEL but tab, line feed, form feed and carriage return, which break lines.
func DropInvisible(s string) string {
	for _, r := range s {
		if isFormat(r) || strayControl(r) {
			return strings.Map(func(r rune) rune {
				if isFormat(r) || strayControl(r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}

// strayControl is a C0 control or DEL that breaks no line (tab, line feed, form feed and carriage
// return do).
func strayControl(r rune) bool {
	return (r < 0x20 || r == 0x7F) && r != '\t' && r != '\n' && r != '\f' && r != '\r'
}

// isFormat is unicode.Is(unicode.Cf, r), with no table search for ASCII and for the CJK blocks
// (U+3000 to U+FEFE), which hold no format character and most of a plan's text.
func isFormat(r rune) bool {
	if r < 0xAD || 0x3000 <= r && r < 0xFEFF {
		return false
	}
	return unicode.Is(unicode.Cf, r)
}

// OneLine is text from outside (a file's name, a message about it, a table cell) made safe to print
// on one line: line breaks shown as ⏎, a tab as a space, other control and format characters
// dropped, so it cannot forge other lines, rows or columns of what it is printed in.
func OneLine(s string) string {
	s = strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎", "\t", " ").Replace(DropInvisible(s))
	return strings.Map(func(r rune) rune {
		if r < 0x20 || (r >= 0x7f && r < 0xa0) {
			return -1
		}
		return r
	}, s)
}
