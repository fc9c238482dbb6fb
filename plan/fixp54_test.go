package plan

import (
	"slices"
	"testing"
)

// fixp54Task is the task of d whose title is title, nil when none is.
func fixp54Task(d *Document, title string) *Task {
	for i := range d.Tasks {
		if d.Tasks[i].Title == title {
			return &d.Tasks[i]
		}
	}
	return nil
}

// fixp54Parse parses text or fails the test.
func fixp54Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("x.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFixp54_StepOpensWithItsQuarter: a step of a schedule that opens with its quarter or month and a
// colon ("（二）第二季度：完成…") is work due by that period's end in the plan's year, though it
// names no unit.
func TestFixp54_StepOpensWithItsQuarter(t *testing.T) {
	text := "2025年某县农村道路改造工程实施方案\n一、工作内容\n县交通运输局负责组织实施农村道路改造。\n二、实施步骤\n（一）第一季度：完成摸底调查和设计；\n（二）第三季度：全面开工建设；\n（三）11月：完成竣工验收。\n"
	d := fixp54Parse(t, text)
	for title, want := range map[string]string{
		"第一季度：完成摸底调查和设计": "2025-03-31",
		"第三季度：全面开工建设":    "2025-09-30",
		"11月：完成竣工验收":     "2025-11-30",
	} {
		task := fixp54Task(d, title)
		if task == nil {
			t.Errorf("no task %q", title)
			continue
		}
		if !slices.ContainsFunc(task.Deadlines, func(x Deadline) bool { return x.Date.String() == want && !x.Inherited }) {
			t.Errorf("%q: deadlines %+v, want %s", title, task.Deadlines, want)
		}
	}
}

// TestFixp54_DueByADay: an item that names no unit but sets a day its work is due by ("于2020年6月20日前
// 征询…意见") is a task; a day that only bounds a case ("但在…前拆解的，按80%补助") makes none.
func TestFixp54_DueByADay(t *testing.T) {
	text := "某区2020年违法建筑整治实施方案\n一、整治内容\n（一）违法建筑：区城管执法局负责牵头整治。\n二、整治要求\n（一）经营性违法建筑：应依法予以拆除。其中，计划补办手续的项目，于2020年6月20日前征询区发展改革委意见。\n（二）补助办法。未按时拆除，但在2020年9月30日前拆除的，按80%补助。\n"
	d := fixp54Parse(t, text)
	task := fixp54Task(d, "经营性违法建筑：应依法予以拆除")
	if task == nil {
		for _, x := range d.Tasks {
			t.Logf("task %q", x.Title)
		}
		t.Fatal("the item due by 2020-06-20 is no task")
	}
	if !slices.ContainsFunc(task.Deadlines, func(x Deadline) bool { return x.Date.String() == "2020-06-20" }) {
		t.Errorf("deadlines %+v, want 2020-06-20", task.Deadlines)
	}
	for _, x := range d.Tasks {
		if slices.ContainsFunc(x.Deadlines, func(dl Deadline) bool { return dl.Date.String() == "2020-09-30" }) {
			t.Errorf("a case's bound made a task: %q", x.Title)
		}
	}
}

// TestFixp54_RosterIsNoTask: a leading group's roster (组长：… 副组长：… 成员：…) names persons by their
// posts; the units in the posts (区交通局副局长) get no task from it, while the sentences after it keep
// theirs.
func TestFixp54_RosterIsNoTask(t *testing.T) {
	text := "某区安全生产专项整治实施方案\n一、整治重点\n（一）道路运输：区交通局牵头，负责客运企业的安全检查。\n二、组织领导\n为加强组织领导，决定成立专项整治工作小组：组 长：张三 区政府副区长 副组长：李四 区应急局局长 成 员：王五 区交通局副局长 赵六 区公安分局副局长 领导小组办公室设在区应急局。区应急局负责专项整治日常事务。各街道要成立相应工作机构。\n"
	d := fixp54Parse(t, text)
	for _, task := range d.Tasks {
		t.Logf("%s %q lead %v partic %v", task.Section, task.Title, task.Lead, task.Participating)
		if task.Section == "二、组织领导" && (slices.Contains(task.Lead, "区交通局") || slices.Contains(task.Lead, "区公安分局")) {
			t.Errorf("task %q leads a unit from the roster: %v", task.Title, task.Lead)
		}
	}
	found := map[string]bool{}
	for _, task := range d.Tasks {
		for _, u := range task.Lead {
			found[u] = true
		}
	}
	for _, u := range []string{"区应急局", "各街道"} {
		if !found[u] {
			t.Errorf("no task led by %s after the roster", u)
		}
	}
}

// TestFixp54_SignedDayIsNoDueDay: the notice's own date under its last item ("…保持原土地性质不变。
// 某区管委会2013年3月12日") does not make that item, which names no unit, a task.
func TestFixp54_SignedDayIsNoDueDay(t *testing.T) {
	text := "某区关于下达2013年造林绿化任务的通知\n一、目标任务\n1.全区完成造林1万亩。（责任单位：区农业局）\n二、落实政策\n1.凡是社会主体在非规划林地造林的，保持原土地性质不变。某区管委会2013年3月12日\n"
	d := fixp54Parse(t, text)
	for _, task := range d.Tasks {
		if slices.ContainsFunc(task.Deadlines, func(x Deadline) bool { return x.Date.String() == "2013-03-12" }) {
			t.Errorf("the notice's date made a task: %q", task.Title)
		}
	}
}
