package plan

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRegexpNeedles(t *testing.T) {
	for _, c := range []struct {
		expr    string
		needles []string // nil: the pattern runs on every text
		anchor  bool     // run behind \A
	}{
		{`牵头单位[:：]`, []string{"牵头单位"}, false},
		// The finest part of a sequence: a word beats a class of characters.
		{`[（(]责任单位[:：]([^）)]+)[)）]`, []string{"责任单位"}, false},
		// A choice needs one of its branches' words; a longer word holding a shorter one is left out.
		{`(?:牵头|牵头单位|配合)[:：]`, []string{"牵头", "配合"}, false},
		{`每(?:个)?月\s*(\d{1,2})\s*[日号]`, []string{"每"}, false},
		{`(\d{1,2})\s*月`, []string{"月"}, false},
		// A small class is its characters; a wide one, an optional part or a repeat that may be
		// absent needs nothing.
		{`[省市县]直单位?`, []string{"直单"}, false}, // 直单 is one literal to regexp
		{`[，,；;]`, []string{",", ";", "，", "；"}, false},
		{`\p{Han}{2,8}`, nil, false},
		{`(?:责任单位)?[^。]*$`, nil, false},
		{`(?:牵头)*`, nil, false},
		{`(?:牵头)+单?`, []string{"牵头"}, false},
		// Either side of a choice may be without words: then the choice needs none.
		{`牵头|\p{Han}+`, nil, false},
		{`牵头|\d+`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "牵头"}, false},
		// Letters of either case are not searched for.
		{`(?i)abc|牵头`, nil, false},
		// (?m)^ starts a line, not the text: not anchored.
		{`^A|B`, []string{"A", "B"}, false},
		{`(?m)^牵头`, []string{"牵头"}, false},
	} {
		re := mustCompile(c.expr)
		if !slices.Equal(re.needles, c.needles) {
			t.Errorf("%s: needles %q, want %q", c.expr, re.needles, c.needles)
		}
		if got := re.run != re.Regexp; got != c.anchor {
			t.Errorf("%s: anchored %v, want %v", c.expr, got, c.anchor)
		}
	}
	// Anchored: every branch starts at the text's start. The text must start with one of the
	// first characters; when they are not known (\s*), it must hold one of the needles.
	for _, c := range []struct {
		expr              string
		prefixes, needles []string
	}{
		{`^A|^B牵头`, []string{"A", "B"}, nil},
		{`^牵头`, []string{"牵"}, nil},
		{`^(?:[（(]\d{1,2}[)）]|\d{1,2}[.．、])`, []string{"(", "（", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, nil},
		{`^在[^，]{2,30}?下[，,]`, []string{"在"}, nil},
		{`^\s*(?:牵头单位|责任单位)[:：]`, nil, []string{"牵头单位", "责任单位"}},
		{`^(?:即)?(?:首先|其次)`, nil, []string{"首先", "其次"}},
	} {
		re := mustCompile(c.expr)
		if !slices.Equal(re.prefixes, c.prefixes) || !slices.Equal(re.needles, c.needles) || re.run == re.Regexp {
			t.Errorf("%s: prefixes %q, needles %q, anchored %v; want %q, %q, true", c.expr, re.prefixes, re.needles, re.run != re.Regexp, c.prefixes, c.needles)
		}
	}
}

// TestRegexpStarts checks which patterns are tried only where one of their first characters is: no
// empty-width part, and a few known first characters.
func TestRegexpStarts(t *testing.T) {
	for _, c := range []struct {
		expr   string
		starts []string
	}{
		{`(半年|年终|[日周月季年])(会商|调度)`, []string{"半", "周", "季", "年", "日", "月"}},
		{`[（(]责任单位[:：]`, []string{"(", "（"}},
		{`\p{Han}{2,8}(?:单位|部门)`, nil},
		{`(?:^|[，,])牵头`, nil},
		{`牵头\b`, nil},
		{`(?:各)?部门`, nil},
	} {
		if re := mustCompile(c.expr); !slices.Equal(re.starts, c.starts) {
			t.Errorf("%s: starts %q, want %q", c.expr, re.starts, c.starts)
		}
	}
}

// TestRegexpEnds checks what a pattern anchored at the text's end asks of a text before it runs:
// one of the last words it ends with, and, anchored at both ends, no more bytes than it can match.
func TestRegexpEnds(t *testing.T) {
	for _, c := range []struct {
		expr     string
		suffixes []string
		maxLen   int
	}{
		{`等(?:有关|相关)?(?:部门|单位)$`, []string{"部门", "单位"}, -1},
		{`^\p{Han}{2,8}(?:单位|部门)[:：]$`, []string{":", "："}, 8*4 + 6 + 3}, // a Han character may take four bytes,
		{`^(?:成员)?(?:单位|部门名称)$`, []string{"单位", "部门名称"}, 6 + 12},
		{`^\d+(?:单位)$`, []string{"单位"}, -1},
		{`[（(][^）]+[)）]$|办$`, []string{")", "）", "办"}, -1},
		// An optional last part, a line's end or no end at all: nothing known.
		{`时限\s*$`, nil, -1},
		{`(?m)时限$`, nil, -1},
		{`^时限`, nil, -1},
		{`(?i)^k$`, []string(nil), 4},
	} {
		re := mustCompile(c.expr)
		if !slices.Equal(re.suffixes, c.suffixes) || re.maxLen != c.maxLen {
			t.Errorf("%s: suffixes %q, maxLen %d; want %q, %d", c.expr, re.suffixes, re.maxLen, c.suffixes, c.maxLen)
		}
	}
}

func TestContainsWord(t *testing.T) {
	for _, s := range []string{"", "牵", "牵头", "市发改委牵头，市财政局配合", "头牵头", "\x88牵头", "牵\xe5\xa4\xb4", "ab.c", "头"} {
		for _, w := range []string{"牵头", "头", "配合", ".", "c", "\xa4\xb4", "牵头单位"} {
			if got, want := containsWord(s, w), strings.Contains(s, w); got != want {
				t.Errorf("containsWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

func TestRegexpAnswers(t *testing.T) {
	checkRegexps.Store(true)
	defer checkRegexps.Store(false)
	for _, c := range []struct{ expr, text string }{
		{`牵头单位[:：]`, "一、推进项目建设（牵头单位：市发改委）"},
		{`牵头单位[:：]`, "一、推进项目建设（责任单位：市发改委）"},
		{`^A|^B牵头`, "B牵头、A"},
		{`^A|^B牵头`, "xB牵头"},
		{`^在[^，]{2,30}?下[，,]`, "在市政府的统一领导下，"},
		{`^在[^，]{2,30}?下[，,]`, "要在市政府的统一领导下，"},
		{`[，,；;]`, "市发改委，市财政局；市商务局"},
		{`[，,；;]`, "市发改委"},
		{`(\d{1,2})\s*月`, "12月底前、3 月"},
		{`(\d{1,2})\s*月`, "年底前"},
		{`等(?:有关|相关)?(?:部门|单位)$`, "市发改委等有关部门"},
		{`等(?:有关|相关)?(?:部门|单位)$`, "市发改委等有关部门牵头"},
		{`^\p{Han}{2,8}(?:单位|部门)[:：]$`, "牵头单位："},
		{`^\p{Han}{2,8}(?:单位|部门)[:：]$`, "市政府办公室牵头单位："},
		{`(?i)^k$`, "\u212a"},
		// Long texts: a pattern with starts is tried only where they are.
		{`(半年|年终|[日周月季年])(会商|调度|通报|报)`, strings.Repeat("建立周会商、月调度制度，年终通报；每年报送。", 12)},
		{`(半年|年终|[日周月季年])(会商|调度|通报|报)`, strings.Repeat("建立会商制度。", 60)},
		{`(?:(?:半年|年终|[日周月季年])\p{Han}{2}、)+(?:半年|年终|[日周月季年])\p{Han}{2}`, strings.Repeat("实行周调度、月督查、季观摩、年考核，", 20)},
		{`[（(]([^（）()]{2,40})[)）]`, strings.Repeat("推进项目（市发改委牵头）", 30) + "（）(x)"},
	} {
		re := mustCompile(c.expr)
		re.MatchString(c.text)
		re.FindString(c.text)
		re.FindStringIndex(c.text)
		re.FindStringSubmatch(c.text)
		re.FindStringSubmatchIndex(c.text)
		re.FindAllString(c.text, -1)
		re.FindAllStringIndex(c.text, -1)
		re.FindAllStringSubmatch(c.text, -1)
		re.FindAllStringSubmatchIndex(c.text, 1)
		re.ReplaceAllString(c.text, "[$0]")
		re.ReplaceAllLiteralString(c.text, "$0")
		re.ReplaceAllStringFunc(c.text, func(s string) string { return "<" + s + ">" })
		re.Split(c.text, -1)
		re.Split(c.text, 0)
		re.Split("", -1)
	}
}

// TestRegexpsAgree parses the seeds and the development corpus with every pattern also asked of
// regexp itself: the needles and the anchoring change no answer.
func TestRegexpsAgree(t *testing.T) {
	SkipUnderRace(t)
	if testing.Short() {
		t.Skip("parses the corpus twice over")
	}
	files, _ := filepath.Glob("../seeds/*.txt")
	dev, _ := filepath.Glob("testdata/corpus/dev/*.txt")
	checkRegexps.Store(true)
	defer checkRegexps.Store(false)
	for _, f := range append(files, dev...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", f, r)
				}
			}()
			Parse(f, b, Options{})
		}()
	}
}
