package plan

import (
	"slices"
	"testing"
)

// TestStop48WhichOfTheListLeads: a responsibility note that lists the units and then says which of
// them leads ("（责任单位：A、B、C，其中B牵头）", "其中B为牵头单位") makes B lead and the others take
// part; "其中" is no part of B's name.
func TestStop48WhichOfTheListLeads(t *testing.T) {
	cases := []struct {
		name, line, words string
		lead, partic      []string
	}{
		{"其中X牵头 after the list", "（一）推进企业数字化改造。2025年底前完成100家。（责任单位：市经信局、市发改委、市科技局，其中市发改委牵头）", "企业数字化改造", []string{"市发改委"}, []string{"市经信局", "市科技局"}},
		{"其中X为牵头单位 after 负责", "（二）完善配套政策。（市科技局、市财政局负责，其中市科技局为牵头单位）", "完善配套政策", []string{"市科技局"}, []string{"市财政局"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := rev53Parse(t, "衢州市推进数字经济发展实施方案\n一、重点任务\n"+c.line+"\n")
			tk := taskWithText(d, c.words)
			if tk == nil {
				t.Fatalf("no task with %q", c.words)
			}
			if !slices.Equal(tk.Lead, c.lead) || !slices.Equal(tk.Participating, c.partic) {
				t.Errorf("lead %v, participating %v; want %v, %v", tk.Lead, tk.Participating, c.lead, c.partic)
			}
		})
	}
}
