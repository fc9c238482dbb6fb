package bot

import (
	"testing"
)

// TestFixq57c_PlanNamedBeforeItsNoun: words that describe a plan asked about, right before its
// document's noun ("环卫工人增收实施意见里", "增收那个方案里", the pointer cut to a space by the phrasing
// rules), are the asker's name for it: its tasks need not write them, and a unit's count in it is all
// the unit's tasks there. Words some task of it does write stay what is asked about.
func TestFixq57c_PlanNamedBeforeItsNoun(t *testing.T) {
	text := "宁德市环卫工人收入保障实施意见\n一、主要措施\n" +
		"（一）建立环卫工人工资正常增长机制。（责任单位：市人社局、市城管局）\n" +
		"（二）落实环卫作业经费保障。（责任单位：市财政局、市城管局）\n" +
		"（三）改善环卫工人休息场所。（责任单位：市城管局）\n" +
		"（四）开展环卫工人健康体检。（责任单位：市卫健委）\n"
	e := NewEngine(textIndex(t, text), Options{})
	tests := []struct {
		name, q   string
		wantTopic []string
		want      []string
	}{
		{"before the noun and 里", "宁德市城管局在环卫工人增收实施意见里有几项任务？", nil, []string{"3 项"}},
		{"before a pointer cut to a space", "宁德环卫增收那个意见里，市城管局负责几项？", nil, []string{"3 项"}},
		{"a word its tasks write stays", "宁德市城管局在环卫作业经费方案里有几项任务？", []string{"环卫作业经费"}, []string{"1 项"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := parseOn(t, e, tt.q)
			if len(q.Topic) != len(tt.wantTopic) || len(q.Topic) > 0 && q.Topic[0] != tt.wantTopic[0] {
				t.Errorf("%s: topic %q, want %q", tt.q, q.Topic, tt.wantTopic)
			}
			wantIn(t, tt.q, askOn(t, e, "2026-12-07", tt.q)[0], tt.want, []string{"没有。"})
		})
	}
}

// TestFixq57c_EachUnitHowManyOfAKind: "各责任单位分别有几个民生项目?" asks each unit's count of its items,
// whatever the asker calls them (项目, 领域, 问题); a unit sets no figure of its own. A figure asked of
// each unit ("分别要建成多少个充电桩") is not such a count.
func TestFixq57c_EachUnitHowManyOfAKind(t *testing.T) {
	text := "南平市延平区2031年十大民生实事项目\n" +
		"1.城东小学扩建项目，新增学位600个。责任单位：区教育局\n" +
		"2.滨江路改造项目。责任单位：区住建局\n" +
		"3.老旧小区改造项目，改造小区12个。责任单位：区住建局\n" +
		"4.农村公路安全防护工程。责任单位：区交通局\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, s := range []string{"延平区各责任单位分别有几个民生项目?", "延平区各牵头单位分别牵头几个项目?", "延平区各单位各负责几处问题?"} {
		q := parseOn(t, e, s)
		if q.Shape != ShapeCount || q.GroupBy != GroupUnit {
			t.Errorf("%s: shape %q by %q, want count by unit", s, q.Shape, q.GroupBy)
		}
	}
	q := "延平区各责任单位分别有几个民生项目?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"区住建局：2 项", "区教育局：1 项", "区交通局：1 项"}, nil)
	for _, s := range []string{"延平区各单位分别要新增多少个学位?", "延平区各单位分别要改造几个百分点?"} {
		if q := parseOn(t, e, s); q.Shape == ShapeCount && q.GroupBy == GroupUnit {
			t.Errorf("%s: a figure asked, read as each unit's count", s)
		}
	}
}

// TestFixq57c_MembersListedBeforeTheirLabel: a body's members may be listed before the words that
// say they are its members ("A、B、C为成员单位"), and asked for between the body and them ("领导小组有几家
// 成员单位?"): the list is counted as the labelled one is.
func TestFixq57c_MembersListedBeforeTheirLabel(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"after the body's clause", "全县成立河道清淤工作领导小组，县水利局、县财政局（含国资办）、县生态环境局、各乡镇为成员单位。", 4},
		{"a last 和 joins one more", "县住建局、县城管局和县交警大队为成员单位，负责日常协调。", 3},
		{"labelled after: still", "成员单位：县水利局、县财政局。", 2},
		{"one name is no list", "县水利局为成员单位。", 0},
		{"no list", "各成员单位要加强协作。", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := memberCount(tt.text); got != tt.want {
				t.Errorf("memberCount(%q) = %d, want %d", tt.text, got, tt.want)
			}
		})
	}
	text := "龙岩市新罗区河道清淤整治工作方案\n一、组织领导\n" +
		"区政府成立河道清淤整治工作领导小组，区水利局、区财政局、区生态环境局、区农业农村局、各镇街为成员单位。\n" +
		"二、主要任务\n（一）开展河道清淤。（责任单位：区水利局）\n（二）整治沿河排污口。（责任单位：区生态环境局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	q := "新罗区河道清淤整治工作领导小组有几家成员单位?"
	wantIn(t, q, askOn(t, e, "2026-12-07", q)[0], []string{"成员单位共 5 个"}, nil)
}

// TestFixq57c_ReportsOwnTally: a progress report that counts its own works by state ("其中完成的工作有
// 41项") is quoted when a count of tasks in that state (or on that word) finds none marked; a target
// to reach ("完成改造120项") is no such tally.
func TestFixq57c_ReportsOwnTally(t *testing.T) {
	text := "三明市梅列区2031年第一季度重点工作推进情况\n" +
		"全区68项重点工作分解为80个小项，其中完成的工作有41项；按序时推进的工作有30项；进展滞后、未达到序时进度的工作有9项。\n" +
		"一、项目建设\n1.完成老旧小区改造120项。（责任单位：区住建局）\n2.推进滨江公园建设。（责任单位：区城管局）\n"
	e := NewEngine(textIndex(t, text), Options{})
	for _, q := range []string{"梅列区一季度重点工作完成了多少项?", "三明市梅列区有几项工作进展滞后?"} {
		wantIn(t, q, askOn(t, e, "2031-04-10", q)[0], []string{"完成的工作有41项", "未达到序时进度的工作有9项"}, nil)
	}
	// A target is not a tally: nothing quoted from the task's own 完成…120项.
	text2 := "三明市梅列区老旧小区改造方案\n全区计划到2031年完成改造120项。\n一、主要任务\n1.推进老旧小区改造。（责任单位：区住建局）\n"
	e2 := NewEngine(textIndex(t, text2), Options{})
	q := "梅列区老旧小区改造完成了多少项?"
	wantIn(t, q, askOn(t, e2, "2031-04-10", q)[0], nil, []string{"方案自己的统计"})
}
