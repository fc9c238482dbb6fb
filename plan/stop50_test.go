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

// TestStop50ItemNumberBeforeAYear: in a page run together on one line, an item whose words open with
// a year ("1.2017年10月底前在全省范围内实现…") is an item of its own, as it is on a line of its own; a
// decimal (1.5倍) is no item.
func TestStop50ItemNumberBeforeAYear(t *testing.T) {
	text := "某某区深化放管服改革重点任务分工方案 一、任务分工 （一）纵深推进减权放权，为促进就业创业降门槛 " +
		"1.2017年10月底前在全省范围内实现“多证合一、一照一码”。 责任单位：区市场监督管理局牵头，区直相关部门按职责分工负责 " +
		"2.在更大范围推进“证照分离”改革试点，审批时限压缩至原来的 1.5倍以内。 责任单位：区行政审批局牵头，区直相关部门按职责分工负责 " +
		"3.进一步规范和完善权责清单管理工作，健全动态调整机制，2017年11月底前全面完成权力清单和责任清单的融合工作。 责任单位：区行政审批局牵头，各乡镇人民政府按职责分工负责\n"
	d, err := ParseText("t.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, tk := range d.Tasks {
		titles = append(titles, tk.Title)
	}
	if len(d.Tasks) != 3 {
		t.Fatalf("%d tasks, want 3: %q", len(d.Tasks), titles)
	}
	first := d.Tasks[0]
	if !slices.Equal(first.Lead, []string{"区市场监督管理局"}) || len(first.Deadlines) == 0 || first.Deadlines[0].Date.String() != "2017-10-31" {
		t.Errorf("first item: lead %v, deadlines %v", first.Lead, first.Deadlines)
	}
}
