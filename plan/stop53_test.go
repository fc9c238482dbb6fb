package plan

import (
	"slices"
	"strings"
	"testing"
)

// stop53Task is the parsed task whose title or text holds sub, or nil.
func stop53Task(t *testing.T, text, sub string) *Task {
	t.Helper()
	d, err := ParseText("stop53.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title+"\n"+d.Tasks[i].Text, sub) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// TestStop53UnitsLineThenWork: a group of two items, the first only naming the units ("1.行动单位
// 牵头单位：X参加单位：Y"), the second its work ("2.工作重点（1）…"): the work is the heading's, so the
// task is titled by the heading and holds its words.
func TestStop53UnitsLineThenWork(t *testing.T) {
	text := "某区专项行动方案\n四、任务分工\n（一）组织打击非法捕捞行动\n1.行动单位\n牵头单位：区农业农村局\n参加单位：区公安局\n2.工作重点（1）加强海上巡查。（2）依法立案查处。\n（二）组织整治违规船舶行动\n1.行动单位\n牵头单位：区交通运输局\n参加单位：各乡镇人民政府\n2.工作重点（1）摸排登记。（2）一律拆解。\n"
	tk := stop53Task(t, text, "组织打击非法捕捞行动")
	if tk == nil {
		t.Fatal("no task holds the action's heading")
	}
	if tk.Title != "组织打击非法捕捞行动" || !strings.Contains(tk.Text, "加强海上巡查") {
		t.Errorf("title %q text %q", tk.Title, tk.Text)
	}
	if !slices.Equal(tk.Lead, []string{"区农业农村局"}) || !slices.Equal(tk.Participating, []string{"区公安局"}) {
		t.Errorf("lead %v partic %v", tk.Lead, tk.Participating)
	}
}

// TestStop53LeaderMakesTask: an item that names the person who leads it ("牵头负责领导：姚志") is a task
// though the text breaks off before its units, even among the plan's targets.
func TestStop53LeaderMakesTask(t *testing.T) {
	text := "某市2020年市政府重点工作及责任分解\n一、确保完成全年主要预期目标\n1. 地区生产总值增长8%以上。\n牵头负责领导：金力。\n牵头责任单位：市发展改革委。\n2. 社会消费品零售总额增长10.5%以上。\n牵头负责领导：姚志。\n牵头责任"
	if tk := stop53Task(t, text, "社会消费品零售总额增长10.5%以上"); tk == nil {
		t.Fatal("the item with a leader is no task")
	} else if got := Leaders(tk); !slices.Contains(got, "牵头负责领导：姚志") {
		t.Errorf("leaders %v", got)
	}
	d, _ := ParseText("stop53.txt", "某市工作方案\n一、主要目标\n1.地区生产总值增长6%。\n2.居民收入稳步增长。（责任单位：市人社局）\n", Options{})
	for _, tk := range d.Tasks {
		if strings.Contains(tk.Text, "地区生产总值") {
			t.Errorf("a target naming no one is a task: %+v", tk)
		}
	}
}

// TestStop53MilestoneSection: the items under "工作节点" are the plan's milestones, tasks though they
// name no unit.
func TestStop53MilestoneSection(t *testing.T) {
	text := "某区审批中心工作方案\n九、工作节点\n1.完成审批中心正式挂牌。2021年6月25日前完成审批中心的挂牌。\n2.完善清单。各部门2021年年底前完成事项梳理。\n"
	tk := stop53Task(t, text, "完成审批中心正式挂牌")
	if tk == nil {
		t.Fatal("the milestone is no task")
	}
	if len(tk.Deadlines) == 0 || tk.Deadlines[0].Date.String() != "2021-06-25" {
		t.Errorf("deadlines %v", tk.Deadlines)
	}
}

// TestStop53SpacedRowLongAfterCell: a spaced table's row whose cell after the units holds a space of
// its own ("规模工业增加值增长 11.9%") keeps its own unit, not the row above's.
func TestStop53SpacedRowLongAfterCell(t *testing.T) {
	text := "2025年县政府重点工作任务一季度完成情况\n序号 重点工作任务 牵头责任单位 一季度完成情况\n1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n3 固定资产投资增长4%以上。 县发改委 同比增长16.9%\n"
	tk := stop53Task(t, text, "规模工业增加值增长4.5%")
	if tk == nil {
		t.Fatal("no row task")
	}
	if !slices.Equal(tk.Lead, []string{"县工信局"}) || strings.Contains(tk.Title, "县工信局") {
		t.Errorf("title %q lead %v", tk.Title, tk.Lead)
	}
}

// TestStop53UnitShareLines: a list of units each before its share of the work, one a line
// ("工业科:工业经济发展情况"), stays one line a unit though a line is long and ends with no full stop.
func TestStop53UnitShareLines(t *testing.T) {
	text := "某市统计局关于撰写分析报告的通知\n一、责任分工\n（一）市统计局有关单位负责撰写专题分析。具体内容如下:\n工业科:工业经济发展(特别是先进制造业发展)情况与展望分析\n环资科:农业经济、农村面貌、县域经济发展情况、能源生产和消费情况\n普查中心:市场主体、“四上”单位发展情况\n（二）各县市区统计局负责撰写本地区综述。\n"
	for unit, sub := range map[string]string{"工业科": "工业经济发展", "环资科": "农业经济", "普查中心": "市场主体"} {
		tk := stop53Task(t, text, sub)
		if tk == nil {
			t.Errorf("no task holds %s", sub)
			continue
		}
		if !slices.Equal(tk.Lead, []string{unit}) {
			t.Errorf("%s: lead %v, want %s (text %q)", sub, tk.Lead, unit, tk.Text)
		}
	}
}

// TestStop53ClosingCharge: the unnumbered paragraph after the last item that charges everyone with
// the plan ("各地各相关部门要充分认识…的重要性") is no task; a heading's own such sentence still is.
func TestStop53ClosingCharge(t *testing.T) {
	text := "某省促进消费若干措施\n一、加强保供稳价。做好重要民生商品保供。（省发展改革委负责）\n二、维护市场秩序。开展打假专项行动。（省市场监管局负责）\n各地各相关部门要充分认识保持一季度消费市场平稳运行的重要性，强化部门联动，切实做好各项工作。\n"
	d, err := ParseText("stop53.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tasks) != 2 {
		for _, tk := range d.Tasks {
			t.Logf("%s %q %v", tk.Number, tk.Title, tk.Lead)
		}
		t.Errorf("%d tasks, want 2", len(d.Tasks))
	}
	if tk := stop53Task(t, "某区方案\n五、保障措施\n（一）加强领导\n各区要充分认识推广工作的重要性，制定实施方案。\n（二）加大资金保障\n区财政局做好资金保障。\n", "各区要充分认识"); tk == nil {
		t.Error("a numbered item's charge is a task")
	}
}

// TestStop53LeadInUnitMilestone: an item naming no unit but a date, under a heading whose opening
// sentence names one unit as its subject, is that unit's milestone; an undated one stays unowned,
// and a group by kind (各部门) gives no lead.
func TestStop53LeadInUnitMilestone(t *testing.T) {
	text := "某区审批中心工作方案\n九、工作节点\n区审批中心应在区领导小组的组织领导下，推进中心挂牌和人员入驻。\n1.完成区审批中心正式挂牌。2021年6月25日前完成挂牌。\n2.经费保障。日常运作所需的办公经费另行安排。\n"
	if tk := stop53Task(t, text, "正式挂牌"); tk == nil || !slices.Equal(tk.Lead, []string{"区审批中心"}) {
		t.Errorf("dated milestone: %+v", tk)
	}
	if tk := stop53Task(t, text, "办公经费"); tk != nil && len(tk.Lead) > 0 {
		t.Errorf("undated item took the lead-in's unit: %v", tk.Lead)
	}
	vague := "某区方案\n九、工作节点\n各部门应在区领导小组的组织领导下，推进各项工作。\n1.完成挂牌。2021年6月25日前完成挂牌。\n"
	if tk := stop53Task(t, vague, "完成挂牌"); tk != nil && len(tk.Lead) > 0 {
		t.Errorf("a group by kind led the milestone: %v", tk.Lead)
	}
}
