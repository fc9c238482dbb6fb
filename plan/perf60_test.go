package plan

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestPerf60ManyStarts: a pattern whose matches start with one of a couple of dozen characters (a
// month's digits and the words of a part of the year) is still tried only where one of them is.
func TestPerf60ManyStarts(t *testing.T) {
	for _, c := range []struct {
		name   string
		expr   string
		starts []string
	}{
		{"digits and words", `(\d{1,2})月(?:底|末)?前|第([一二三四])季度|([一二三四])季度|上半年|下半年|年底`,
			[]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "三", "上", "下", "二", "四", "年", "第"}},
		{"too many to search for", `[0-9A-Za-z]+号`, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if re := mustCompile(c.expr); !slices.Equal(re.starts, c.starts) {
				t.Errorf("%s: starts %q, want %q", c.expr, re.starts, c.starts)
			}
		})
	}
}

// TestPerf60StartsAnswer: MatchString and FindStringSubmatch of a pattern with starts try it only
// where a start is, as the other searches do; the pattern as a whole is not run (it is replaced
// here by one that matches nothing, which would change the answer).
func TestPerf60StartsAnswer(t *testing.T) {
	text := strings.Repeat("各乡镇要抓好秸秆禁烧巡查，", 20) + "并于9月底前报送总结；下半年开展复查。"
	for _, c := range []struct {
		name  string
		expr  string
		match bool
		sub   []string
	}{
		{"month first", `(\d{1,2})月(底|末)?前|(上|下)半年`, true, []string{"9月底前", "9", "底", ""}},
		{"half year", `(上|下)半年(开展|完成)`, true, []string{"下半年开展", "下", "开展"}},
		{"none", `(\d{1,2})日前|(年底)`, false, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			re := mustCompile(c.expr)
			if re.starts == nil {
				t.Fatalf("%s: no starts", c.expr)
			}
			re.run = regexp.MustCompile(`[^\x00-\x{10FFFF}]`)
			if got := re.MatchString(text); got != c.match {
				t.Errorf("MatchString = %v, want %v", got, c.match)
			}
			if got := re.FindStringSubmatch(text); !slices.Equal(got, c.sub) {
				t.Errorf("FindStringSubmatch = %q, want %q", got, c.sub)
			}
		})
	}
}
