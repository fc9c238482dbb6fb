package plan

import (
	"slices"
	"testing"
)

// TestStop37SpacedLabelLists: units a label lists with spaces between them (ordinary or ideographic)
// are a list; a label opening its line with two spaces after it is a label; a later label after a
// space ("整改配合单位：", "整改时限：") opens a list of its own; what follows a unit otherwise (a page run
// together: "（四）纵深推进…") is not a unit.
func TestStop37SpacedLabelLists(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       taskWant
	}{
		{"spaces, a lead marked in the list", "1.推广移动端服务。责任单位：市数据局（牵头） 市政务服务办 市直各有关部门 各县（市、区）政府\n",
			taskWant{lead: []string{"市数据局"}, partic: []string{"市政务服务办", "市直各有关部门", "各县（市、区）政府"}}},
		{"ideographic spaces", "1.深化放心消费创建。\n牵头单位：市市场监管局\n责任单位：市商务局\u3000市文化广电旅游局\u3000各县（市、区）政府\n",
			taskWant{lead: []string{"市市场监管局"}, partic: []string{"市商务局", "市文化广电旅游局", "各县（市、区）政府"}}},
		{"labels with two spaces and no colon", "1.实施体育场馆开放工程。\n主责单位  县教育体育局\n协办单位  县财政局  县公安局  各乡镇（街道）\n",
			taskWant{lead: []string{"县教育体育局"}, partic: []string{"县财政局", "县公安局", "各乡镇（街道）"}}},
		{"labels one after another on a line", "1.政府采购内控制度不健全问题。整改牵头单位：市财政局 整改配合单位：市公共资源交易中心 市市场监管局 整改时限：2025年6月底前\n",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市公共资源交易中心", "市市场监管局"}, dates: []string{"2025-06-30 by"}}},
		{"the next paragraph of a page run together", "1.放宽外资准入限制。（责任单位：区商务局） （四）纵深推进市场监管 2.加强事中事后监管。（责任单位：区市场监管局）\n",
			taskWant{lead: []string{"区商务局"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("t.txt", []byte(formHead+c.text), Options{})
			if err != nil || len(d.Tasks) == 0 {
				t.Fatalf("no task: %v", err)
			}
			tk := d.Tasks[0]
			var dates []string
			for _, dl := range tk.Deadlines {
				if !dl.Inherited {
					dates = append(dates, dl.Date.String()+" "+dl.Kind)
				}
			}
			if !slices.Equal(tk.Lead, c.want.lead) || !slices.Equal(tk.Participating, c.want.partic) || !slices.Equal(dates, c.want.dates) {
				t.Errorf("first task: lead %q partic %q dates %q; want %q %q %q", tk.Lead, tk.Participating, dates, c.want.lead, c.want.partic, c.want.dates)
			}
		})
	}
}

// TestStop37UnitNotes: a unit's name loses what a plan writes beside it: 等 and the kind of units it
// widens to, a bracketed leader, 〔牵头〕 (the role marker in another bracket), a firm's 联合 (中国联合网络通信,
// 中华联合财产保险) is no joint verb, and a subject working under another ("X在Y的指导下，负责…") still
// leads.
func TestStop37UnitNotes(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       taskWant
	}{
		{"等市直有关部门", "1.健全一老一小服务体系。牵头单位：市卫生健康委；责任单位：市民政局、市医保局等市直有关部门，各区县政府。\n",
			taskWant{lead: []string{"市卫生健康委"}, partic: []string{"市民政局", "市医保局", "各区县政府"}}},
		{"等具有…职能的部门", "1.规范涉企行政检查。\n牵头单位：市司法局\n责任单位：市市场监管局、市应急管理局等具有行政检查职能的部门\n",
			taskWant{lead: []string{"市司法局"}, partic: []string{"市市场监管局", "市应急管理局"}}},
		{"a leader in brackets", "1.发展县域特色产业。牵头单位：县工业和信息化局（分管县领导：王静）；责任单位：县发展和改革局。\n",
			taskWant{lead: []string{"县工业和信息化局"}, partic: []string{"县发展和改革局"}}},
		{"〔牵头〕", "1.学前教育扩容提质。（责任单位：市教育局〔牵头〕、市财政局；完成时限：2026年8月底）\n",
			taskWant{lead: []string{"市教育局"}, partic: []string{"市财政局"}, dates: []string{"2026-08-31 by"}}},
		{"firms named 联合", "1.加快5G网络建设。县工业和信息化局牵头，中国联合网络通信有限公司岳阳市分公司、中华联合财产保险股份有限公司桐城支公司配合。\n",
			taskWant{lead: []string{"县工业和信息化局"}, partic: []string{"中国联合网络通信有限公司岳阳市分公司", "中华联合财产保险股份有限公司桐城支公司"}}},
		{"working under another", "1.高新区管委会在市科技局的指导下，负责做好科技企业孵化器梯度培育工作。\n",
			taskWant{lead: []string{"高新区管委会"}}},
		{"helped under another", "1.县应急管理局在县气象局的配合下，及时发布预警信息。\n",
			taskWant{lead: []string{"县应急管理局"}, partic: []string{"县气象局"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.text, []taskWant{c.want})
		})
	}
}

// TestStop37QuarterFirstMonth: a day in each quarter's first month is described as that.
func TestStop37QuarterFirstMonth(t *testing.T) {
	rs := ParseRecurring("各牵头单位要在每个季度第1个月20日前报送完成情况")
	if len(rs) != 1 {
		t.Fatalf("recurring %v, want one", rs)
	}
	if got := rs[0].Rule.Describe(); got != "every quarter by day 20 of its first month" {
		t.Errorf("Describe() = %q", got)
	}
	if got := rs[0].Rule.Next(NewDay(2026, 12, 1)); got != NewDay(2027, 1, 20) {
		t.Errorf("next after 2026-12-01: %v, want 2027-01-20", got)
	}
}
