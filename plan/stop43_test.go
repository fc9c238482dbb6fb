package plan

import (
	"slices"
	"testing"
)

// TestLeaders: the persons a task names as answering for it, from a labelled line in its words or
// the nearest heading that gives its group to a leader; a unit, a body or a remark is no leader.
func TestLeaders(t *testing.T) {
	for _, tc := range []struct {
		name, text, section string
		want                []string
	}{
		{"labelled line", "地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。", "", []string{"牵头负责领导：金力"}},
		{"label then another label", "强化闲置地块改造利用。牵头局领导:袁启华 牵头责任部门:环卫处", "", []string{"牵头局领导：袁启华"}},
		{"two names", "推进项目建设（分管领导：张三、李四）", "", []string{"分管领导：张三、李四"}},
		{"heading gives the group", "大力推进城西科创大走廊建设。", "二、重点工作 > (一)戴建平常务副市长牵头重点工作", []string{"戴建平常务副市长牵头"}},
		{"nearest heading only", "深入实施消费新政。", "一、任务 > (一)王宏副市长牵头重点工作 > (二)胡伟副市长牵头重点工作", []string{"胡伟副市长牵头"}},
		{"a unit label is no person", "推进改革（牵头单位：市发改委）", "", nil},
		{"an office's head in a sentence is no heading", "完善制度。", "三、保障 > （一）由委员会主任负责统筹", nil},
		{"a body's members", "领导小组成员单位：市财政局", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Leaders(&Task{Text: tc.text, Section: tc.section})
			if !slices.Equal(got, tc.want) {
				t.Errorf("Leaders = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSpacedCells: a space between two units' names in a table's cell separates them; a space inside
// one name, or before a word that is no unit, is the page's and goes.
func TestSpacedCells(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"烟花爆竹 | 1月份 | 安监站 安监所 |", "烟花爆竹 | 1月份 | 安监站、安监所 |"},
		{"交通运输 | 12月份 | 超限站 公路站 交警六中队", "交通运输 | 12月份 | 超限站、公路站、交警六中队"},
		{"责任单位：市发改委 市财政局", "责任单位：市发改委 市财政局"}, // a label's list: spacedLabelLists reads it
		{"整治 | 市发改委 牵头", "整治 | 市发改委 牵头"},
	} {
		if got := spacedCells(tc.in); got != tc.want {
			t.Errorf("spacedCells(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestStop43Dates: the date forms deadline forms 18 (copied from real plans) taught, each on a plan of
// its own kind.
func TestStop43Dates(t *testing.T) {
	for _, tc := range []struct {
		name, item string
		want       taskWant
	}{
		{"next year's month opens the work", "1.确保仓储物流区明年7月份建成、商业引导区明年11月份建成。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{"2026-07-31 by", "2026-11-30 by"}}},
		{"this year's month of work done already", "1.项目已于今年5月开工建设，年底前建成。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{"2025-12-31 by"}}},
		{"the end of a five-year plan", "1.到“十四五”期末,基本完成老旧小区改造工作。（责任单位：市住建局）", taskWant{lead: []string{"市住建局"}, dates: []string{"2025-12-31 target"}}},
		{"a cohort with its verb before the date", "1.年底前完成建成于2000年底前的住宅小区改造。（责任单位：市住建局）", taskWant{lead: []string{"市住建局"}, dates: []string{"2025-12-31 by"}}},
		{"a stage the plan marks done", "1.第一阶段(2016年—2018年):编制规划并发布(已完成)。（责任单位：市生态环境局）", taskWant{lead: []string{"市生态环境局"}, dates: []string{}}},
		{"each month of a list the work is set for", "1.计划于3月、6月和9月开展专项检查。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{"2025-03-31 by", "2025-06-30 by", "2025-09-30 by"}}},
		{"a month list naming a cohort is no deadline", "1.年底前整改2023年3月、5月发生的问题。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{"2025-12-31 by"}}},
		{"a year run into its month (read before this stop too)", "1.危房改造务必于202111月底前全部竣工。（责任单位：县住建局）", taskWant{lead: []string{"县住建局"}, dates: []string{"2021-11-30 by"}}},
		{"a horizon sentences before is not a step's year", "1.落实2030年各区海绵城市建设目标要求。请各区于5月底前启动建设规划评估。（责任单位：市住建委）", taskWant{lead: []string{"市住建委"}, dates: []string{"2025-05-31 by"}}}, // 2030年 names what to carry out, no target of the task
		{"a monthly work meeting", "1.召开月度工作例会，通报进展。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{}, rules: []string{"FREQ=MONTHLY"}}},
		{"a quarter's work report is no duty", "1.报送第三季度工作报告。（责任单位：市商务局）", taskWant{lead: []string{"市商务局"}, dates: []string{"2025-09-30 by"}, rules: []string{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.item+"\n", []taskWant{tc.want})
		})
	}
}

// TestStop43Roles: role forms 19 (copied from real plans) taught these.
func TestStop43Roles(t *testing.T) {
	for _, tc := range []struct {
		name, item string
		want       taskWant
	}{
		{"a deputy group leader's unit takes part", "1.开展督查。（组长单位：县政府办；副组长单位：县监察局）", taskWant{lead: []string{"县政府办"}, partic: []string{"县监察局"}}},
		{"the work named before 由 and its agent", "1.此项活动由区商贸旅游局制定方案。", taskWant{lead: []string{"区商贸旅游局"}}},
		{"a heading names the unit leading its group", "一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。", taskWant{lead: []string{"县示范区管委会"}}},
		{"a heading that leads nothing names no unit", "一、加强统筹牵头工作\n1.投资3000万元建设养殖基地。（责任单位：县农业农村局）", taskWant{lead: []string{"县农业农村局"}}},
		{"a signature run on after the last note is no deadline", "1.重视人才培养。（责任单位：区市场监督管理局）平潭综合实验区管委会办公室2019年3月15日来源：平潭综合实验区管委会办公室", taskWant{lead: []string{"区市场监督管理局"}, dates: []string{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.item+"\n", []taskWant{tc.want})
		})
	}
}

// TestProseNotice: a notice that gives its work in prose, with no numbered item, is read paragraph by
// paragraph, each sentence's subject its unit, and says so.
func TestProseNotice(t *testing.T) {
	text := "某某省人民政府关于落实政府工作报告重点工作分工的通知\n各市州人民政府，省政府各厅委、各直属机构：\n现将分工意见印发给你们。要坚持强化督查、跟踪问效。各级各部门要坚持月调度、季检查、半年通报、年终考核；省政府督查室要加强督促检查和跟踪督办，有力有序推动主要目标任务如期完成。\n"
	d, err := ParseText("n.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var leads []string
	for _, tk := range d.Tasks {
		leads = append(leads, tk.Lead...)
	}
	if !slices.Contains(leads, "各级各部门") || !slices.Contains(leads, "省政府督查室") || !slices.Contains(d.Warnings, proseWarning) {
		t.Errorf("leads %v, warnings %v", leads, d.Warnings)
	}
	if _, err := ParseText("n.txt", "某某通知\n请各单位知悉。\n", Options{}); err != ErrNotPlan {
		t.Errorf("a notice with no work is a plan: %v", err)
	}
}

// TestProvincePlace: a plan whose units are a province's (省政府督查室) and that names its province only
// in passing belongs to that province.
func TestProvincePlace(t *testing.T) {
	d, err := ParseText("n.txt", "落实政府工作报告重点工作分工的意见\n各市州人民政府：\n深入落实对湖南重要讲话重要指示批示精神，印发给你们。\n1.加强督查。省政府督查室要加强督促检查和跟踪督办。\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Province != "湖南省" {
		t.Errorf("province %q, want 湖南省", d.Province)
	}
}

// TestAgentNotInName: the 由 before an agent is no part of its name.
func TestAgentNotInName(t *testing.T) {
	for in, want := range map[string]string{"由区海洋与渔业执法支队": "区海洋与渔业执法支队", "由市财政局": "市财政局", "由拳公司": "由拳公司"} {
		if got := cleanUnit(in); got != want {
			t.Errorf("cleanUnit(%q) = %q, want %q", in, got, want)
		}
	}
}
