package retrieval

import (
	"testing"

	"github.com/dutybot/dutybot/plan"
)

func TestShortParagraphsThatStateAFigure(t *testing.T) {
	d := &plan.Document{ID: "d", Paras: []plan.Paragraph{
		{Text: "地区生产总值增长6%。"},         // short, a figure: an entry
		{Text: "2023全年"},              // short, no figure with a unit
		{Text: "区发改局"},                // a cell
		{Text: "城镇新增就业4万人以上。"},        // a figure
		{Text: "完善服务业统计监测制度并定期发布报告。"}, // long enough anyway
	}}
	e := newDocEntry(d)
	want := []int32{0, 3, 4}
	if len(e.paras) != len(want) {
		t.Fatalf("entries %v, want %v", e.paras, want)
	}
	for i := range want {
		if e.paras[i] != want[i] {
			t.Errorf("entries %v, want %v", e.paras, want)
		}
	}
}
