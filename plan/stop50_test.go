package plan

import (
	"slices"
	"testing"
)

// TestStop50FirstLeadsInAnAside: a notice that states, in an aside of its own sentence, that the first
// unit of every list leads ("请各单位(责任单位中排序第一单位为牵头单位)按照职责…") makes the others of each
// list take part; a note on one bracket's own list still speaks for that list only.
func TestStop50FirstLeadsInAnAside(t *testing.T) {
	tests := []struct {
		name, notice, item string
		lead, partic       []string
	}{
		{"aside naming the lists", "请各镇、街道和各部门(责任单位中排序第一单位为牵头单位)按照职责，认真做好落实工作。",
			"1.城镇居民人均可支配收入增长10%以上。(区发改局、区农业局)", []string{"区发改局"}, []string{"区农业局"}},
		{"aside alone in its bracket", "各单位要（排在第一位的为牵头单位）密切配合。",
			"1.推进梯队企业培育计划。（区经信局、区金融办、区财政局）", []string{"区经信局"}, []string{"区金融办", "区财政局"}},
		{"no rule: every unit answers", "请各单位按照职责，认真做好落实工作。",
			"1.推进梯队企业培育计划。（区经信局、区金融办）", []string{"区经信局", "区金融办"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseText("t.txt", "关于印发某某区2026年政府工作报告任务分解的通知\n"+tt.notice+"\n附件\n一、主要目标\n"+tt.item+"\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) != 1 {
				t.Fatalf("%d tasks", len(d.Tasks))
			}
			tk := d.Tasks[0]
			if !slices.Equal(tk.Lead, tt.lead) || !slices.Equal(tk.Participating, tt.partic) {
				t.Errorf("lead %v, participating %v; want %v, %v", tk.Lead, tk.Participating, tt.lead, tt.partic)
			}
		})
	}
}
