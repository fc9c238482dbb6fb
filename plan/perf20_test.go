package plan

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unsafe"
)

// TestSpacedLabelsByLine checks that reading spaced labels line by line finds what one search of the
// whole text does, on made-up lines and on the seeds and the development corpus.
func TestSpacedLabelsByLine(t *testing.T) {
	texts := []string{
		"牵头单位 县发改委\n配合单位 县财政局  县商务局\n",
		"一、抓好项目（牵头单位 县商务局  配合单位 县市场监管局）\n\n责任部门\t区住建局",
		"\n责任单位 市教育局",
		"责任单位 市教育局\n\n\n（牵头部门 市卫健委）完成时限 2025年6月",
		"",
	}
	files, _ := filepath.Glob("../seeds/*.txt")
	dev, _ := filepath.Glob("testdata/corpus/dev/*.txt")
	for _, f := range append(files, dev...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, Normalize(string(b)))
	}
	for i, s := range texts {
		if got, want := spacedLabelsByLine(s), spacedLabelExpr.Regexp.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("text %d: by line %v, whole text %v", i, got, want)
		}
	}
}

// TestCleanUnitRemembered checks that a remembered answer is the one worked out, and that it holds
// no part of the text it was cut from.
func TestCleanUnitRemembered(t *testing.T) {
	for _, s := range []string{"  市发展改革委等有关部门。", "（1）区水务局", "责令黄龙镇人民政府", "“一区一园”专班"} {
		first, again := cleanUnit(s), cleanUnit(s)
		if first != cleanUnitNow(s) || again != first {
			t.Errorf("%q: first %q, again %q, worked out %q", s, first, again, cleanUnitNow(s))
		}
	}
	text := "（1）区水务局负责"
	got := cleanUnit(text[:len("（1）区水务局")])
	if unsafe.StringData(got) == unsafe.StringData(text[len("（1）"):]) {
		t.Errorf("the remembered name %q points into the plan's text", got)
	}
}
