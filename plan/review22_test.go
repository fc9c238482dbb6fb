package plan

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestReviewFindingsStop22Plan holds the cases a code review of this stop's parser changes found,
// each wrong before its fix.
func TestReviewFindingsStop22Plan(t *testing.T) {
	t.Run("三、四季度 and 第二部分（一） do not open paragraphs of a run-together page", func(t *testing.T) {
		for _, inserted := range []string{"三、四季度分别组织一次项目调度。", "具体按照本方案第二部分（一）明确的要求执行。"} {
			text := strings.Replace(runInPage, "加快构筑工业云与智能服务平台。", "加快构筑工业云与智能服务平台。"+inserted, 1)
			checkTasks(t, text, []taskWant{
				{number: "2", lead: []string{"区经发局经信处"}, partic: []string{"区经发局发改处", "区社会事业局"}},
				{number: "2", lead: []string{"区农村发展局"}, partic: []string{"区市场监督管理局"}},
			})
		}
	})
	t.Run("a bracket left open does not keep the rest of the page in one line", func(t *testing.T) {
		text := strings.Replace(runInPage, "区直各单位:", "区直各单位（含驻区单位:", 1)
		if d, err := ParseText("form.txt", text, Options{}); err != nil || len(d.Tasks) < 2 {
			t.Fatalf("tasks %v, err %v", d, err)
		}
	})
	t.Run("a heading of goals and tasks is a task section", func(t *testing.T) {
		d, err := ParseText("form.txt", "某县数字乡村行动方案\n一、总体要求\n到2025年，全面建成。\n二、行动目标和重点任务\n（一）建设数字农业示范基地，到2025年建成10个。\n（二）推进农村电商发展。\n三、保障措施\n（一）加强组织领导。（责任单位：县农业农村局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) != 3 {
			t.Errorf("%d tasks, want the two under 行动目标和重点任务 and the safeguard", len(d.Tasks))
		}
	})
	t.Run("a project list with an area and an amount is work", func(t *testing.T) {
		checkTasks(t, "某县项目清单\n序号｜项目名称｜建设规模｜占地面积（亩）｜投资金额（万元）｜责任单位\n1｜县医院扩建｜病床300张｜50｜20000｜县卫健局\n2｜老旧小区改造｜12个小区｜80｜15000｜县住建局\n", []taskWant{
			{number: "1", lead: []string{"县卫健局"}},
			{number: "2", lead: []string{"县住建局"}},
		})
	})
	t.Run("应对照, 应收集 are the modal", func(t *testing.T) {
		checkTasks(t, "某县方案\n一、重点任务\n（一）开展隐患排查。各乡镇应对照排查清单逐项开展自查。\n（二）加强统计。县统计局应收集整理各类数据。\n", []taskWant{
			{number: "(一)", lead: []string{"各乡镇"}},
			{number: "(二)", lead: []string{"县统计局"}},
		})
	})
	t.Run("压实企业职责 names no unit", func(t *testing.T) {
		d, err := ParseText("form.txt", "某县安全生产方案\n一、落实责任\n（一）压实企业职责\n1.建立健全隐患排查治理体系。\n2.加强宣传培训。\n（二）加强监管\n1.开展专项检查。（责任单位：县应急局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, task := range d.Tasks {
			if slices.Contains(task.Lead, "压实企业") {
				t.Errorf("task %s: lead %v from a heading that asks for duties", task.Number, task.Lead)
			}
		}
	})
	t.Run("新格局 is no issuer", func(t *testing.T) {
		for _, s := range []string{"努力形成农业农村发展新格局", "服务全市发展大局", "（三）构建发展新格局", "领导小组下设办公室"} {
			if IsOrgan(s) {
				t.Errorf("IsOrgan(%q) = true", s)
			}
		}
		if !IsOrgan("静安区绿化和市容管理局") {
			t.Error("a bureau signing is an issuer")
		}
	})
	t.Run("a figure set apart by a space is no row's number", func(t *testing.T) {
		checkTasks(t, "某区城建工作要点 附件 序号工作任务完成时限责任单位1建设城市公园，新建口袋公园 2 处，年内完工12月区住建局2实施道路改造工程6月区交通局3推进河道整治工程9月区水务局", []taskWant{
			{number: "1", lead: []string{"区住建局"}},
			{number: "2", lead: []string{"区交通局"}},
			{number: "3", lead: []string{"区水务局"}},
		})
	})
	t.Run("全年区域… is no time cell; a row read as measures or none is", func(t *testing.T) {
		text := strings.Replace(gluedMeasuresTable, "4、分解细化目标责任到各乡镇3月", "4、全年区域环境质量持续改善，分解细化目标责任到各乡镇3月", 1)
		d, err := ParseText("form.txt", text, Options{})
		if err != nil || len(d.Tasks) != 5 {
			t.Fatalf("err %v, %d tasks, want 5", err, len(d.Tasks))
		}
	})
	t.Run("four share widgets in a row", func(t *testing.T) {
		text := strings.Replace(runInPage, "16:46 微信 微博 QQ空间 ", "16:46 分享到 微信 微博 QQ空间 朋友圈 ", 1)
		d, err := ParseText("form.txt", text, Options{})
		if err != nil || d.Number != "岚综管综〔2016〕88号" {
			t.Errorf("number %q, err %v", d.Number, err)
		}
	})
	t.Run("a measure numbered 01、 keeps its words whole", func(t *testing.T) {
		text := strings.NewReplacer("1、建立", "01、建立", "2、制定", "02、制定").Replace(gluedMeasuresTable)
		d, err := ParseText("form.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, task := range d.Tasks {
			if !utf8.ValidString(task.Text) {
				t.Errorf("task %s: text is not UTF-8: %q", task.Number, task.Text)
			}
		}
	})
}
