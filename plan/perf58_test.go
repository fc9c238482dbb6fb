package plan

import (
	"slices"
	"testing"
)

// TestShortTextsAtStarts checks that a pattern whose matches start with a few characters, tried
// only where they are, finds in short texts what regexp does.
func TestShortTextsAtStarts(t *testing.T) {
	re := mustCompile(`[（(]责任单位[:：]([^）)]{2,20})[)）]`)
	if re.starts == nil || !re.skips("（责任单位：县林业局）") {
		t.Fatalf("%s: starts %q, skips a short text %v", re, re.starts, re.skips("x"))
	}
	for _, s := range []string{
		"",
		"（责任单位：县林业局）",
		"开展森林防火巡查(责任单位:县林业局、各乡镇)。",
		"（牵头单位：县林业局）（责任单位：县应急局）",
		"（（责任单位：县林业局））",
		"责任单位：县林业局",
		"((责任单位：局)",
	} {
		if got, want := re.FindStringSubmatchIndex(s), re.Regexp.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%q: %v, regexp %v", s, got, want)
		}
		if got, want := re.FindAllStringIndex(s, -1), re.Regexp.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%q: all %v, regexp %v", s, got, want)
		}
	}
}

// TestRosterColons checks the count of colons that may close a roster's labels, which cutRoster
// needs two of before it searches, and that cutRoster still cuts a roster and keeps the rest.
func TestRosterColons(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"组长：张某某 副组长：李某某 成员：各科室负责人。", 3},
		{"组 长 ：张某某\n成 员: 王某", 2},
		{"负责组织实施：区发改局；时间：2025年。", 0},
		{"由局长：\t张某牵头", 1},
		{"", 0},
	} {
		if got := rosterColons(c.text); got != c.want {
			t.Errorf("rosterColons(%q) = %d, want %d", c.text, got, c.want)
		}
	}
	for _, c := range []struct{ text, kept, roster string }{
		{"成立专项工作小组：组长：张某某；成员：各镇街分管负责人。区农业局负责日常调度。", "区农业局负责日常调度。", "成立专项工作小组：组长：张某某；成员：各镇街分管负责人。"},
		{"加强统筹，组长：区长。各镇街落实属地责任。", "加强统筹，组长：区长。各镇街落实属地责任。", ""},
		{"组织实施：区水利局。配合：区财政局。", "组织实施：区水利局。配合：区财政局。", ""},
	} {
		kept, roster := cutRoster(c.text)
		if kept != c.kept || roster != c.roster {
			t.Errorf("cutRoster(%q) = %q, %q; want %q, %q", c.text, kept, roster, c.kept, c.roster)
		}
	}
}

// TestWordSetInChars checks that asking a text's set of characters which words it holds answers as
// reading the text does, on words that start alike, at the text's ends, and around bad bytes.
func TestWordSetInChars(t *testing.T) {
	sets := []wordSet{
		newWordSet("每月", "每季度", "月调度"),
		newWordSet("定期", "按季"),
		newWordSet("a", "每"),
		newWordSet(),
	}
	for _, s := range []string{
		"",
		"每月5日前报送进度",
		"各镇街按月报送，县发改局季度调度",
		"定期开展督查",
		"落实季度通报制度，按季",
		"\xe6每\xaf月",
		"\xe6\xaf",
		"ABC",
		"abc",
		"year-end月调",
	} {
		chars := charsOf(s)
		for i, w := range sets {
			if got, want := w.inChars(chars), w.in(s); got != want {
				t.Errorf("set %d on %q: %v, in says %v", i, s, got, want)
			}
		}
	}
}
