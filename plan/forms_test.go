package plan

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// taskWant is what a form test checks of one task.
type taskWant struct {
	number string
	lead   []string
	partic []string
	dates  []string // "YYYY-MM-DD kind"
	rules  []string
}

func checkTasks(t *testing.T, text string, want []taskWant) *Document {
	t.Helper()
	d, err := ParseText("form.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	if len(d.Tasks) != len(want) {
		for _, x := range d.Tasks {
			t.Logf("got task %s %s lead=%v partic=%v", x.Number, x.Title, x.Lead, x.Participating)
		}
		t.Fatalf("got %d tasks, want %d", len(d.Tasks), len(want))
	}
	for i, w := range want {
		got := d.Tasks[i]
		if w.number != "" && got.Number != w.number {
			t.Errorf("task %d: number %q, want %q", i, got.Number, w.number)
		}
		if !sameStrings(got.Lead, w.lead) {
			t.Errorf("task %s: lead %v, want %v", got.Number, got.Lead, w.lead)
		}
		if !sameStrings(got.Participating, w.partic) {
			t.Errorf("task %s: participating %v, want %v", got.Number, got.Participating, w.partic)
		}
		if w.dates != nil {
			var ds []string
			for _, x := range got.Deadlines {
				ds = append(ds, x.Date.String()+" "+x.Kind)
			}
			if !sameStrings(ds, w.dates) {
				t.Errorf("task %s: deadlines %v, want %v", got.Number, ds, w.dates)
			}
		}
		if w.rules != nil {
			var rs []string
			for _, x := range got.Recurring {
				rs = append(rs, x.Rule.String())
			}
			if !sameStrings(rs, w.rules) {
				t.Errorf("task %s: rules %v, want %v", got.Number, rs, w.rules)
			}
		}
	}
	return d
}

func sameStrings(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	return reflect.DeepEqual(a, b)
}

const formHead = "某某市人民政府办公室关于印发某某市测试工作实施方案的通知\n某政办发〔2025〕3号\n\n某某市测试工作实施方案\n\n一、主要任务\n\n"

// responsibilityCases: one case per form a responsibility note takes.
var responsibilityCases = []struct {
	name string
	body string
	want []taskWant
}{
	{"a note the text was cut off in, its bracket never closed",
		"1.推进港口建设。加快航道扩能改造。〔责任单位:自治区交通运输厅、自治区发展改革委\n",
		[]taskWant{{number: "1", lead: []string{"自治区交通运输厅", "自治区发展改革委"}}}},
	{"a heading that lists its units over their duties",
		"(十六)各区县政府和地区管委会。落实属地责任,制定专项整治方案。\n(十七)首都综治办、市委督查室、市监察局。负责组织专项督查和效能检查考核。\n",
		[]taskWant{
			{number: "(十六)", lead: []string{"各区县政府", "地区管委会"}},
			{number: "(十七)", lead: []string{"首都综治办", "市委督查室", "市监察局"}},
		}},
	{"a division of duties: each unit heads its duties with a colon, and takes along whom it acts with",
		"14.市卫生局:负责医院周边环境秩序整治的协调工作。\n15.市工商局：负责会同城管执法部门查处店外经营。\n" +
			"16.市文化执法总队:负责会同公安、城管部门查处非法出版物。\n17.市药监局:负责协同市场监管部门查处违法收售药品。\n",
		[]taskWant{
			{number: "14", lead: []string{"市卫生局"}},
			{number: "15", lead: []string{"市工商局"}, partic: []string{"城管执法部门"}},
			{number: "16", lead: []string{"市文化执法总队"}, partic: []string{"公安", "城管部门"}},
			{number: "17", lead: []string{"市药监局"}, partic: []string{"市场监管部门"}},
		}},
	{"labels in one note separated by a comma; a label's items are parties whatever their ending",
		"1.强化党性教育。坚持学习。（牵头单位：市委宣传部，配合单位：市委党校、市委组织部）\n2.开展轮训。（牵头单位：市委组织部，配合单位：市科技和信息化局、市国资委、3月完成）\n",
		[]taskWant{
			{number: "1", lead: []string{"市委宣传部"}, partic: []string{"市委党校", "市委组织部"}},
			{number: "2", lead: []string{"市委组织部"}},
		}},
	{"two of the plan's units run together in a cell are two; a body and its office are one",
		"1.开展服务。(责任单位:文化宣传股、文化馆)\n2.组织演出。(责任单位:文化宣传股文化馆)\n3.做好协调。(责任单位:县政府、办公室)\n4.做好督查。(责任单位:县政府办公室)\n",
		[]taskWant{
			{number: "1", lead: []string{"文化宣传股", "文化馆"}},
			{number: "2", lead: []string{"文化宣传股", "文化馆"}},
			{number: "3", lead: []string{"县政府", "办公室"}},
			{number: "4", lead: []string{"县政府办公室"}},
		}},
	{"half-width note at the end",
		"1.建设平台。加快建设。(责任单位:市发改委、市商务局)\n",
		[]taskWant{{number: "1", lead: []string{"市发改委", "市商务局"}}}},
	{"full-width note and colon",
		"1.建设平台。加快建设。（牵头单位：市经信局）\n",
		[]taskWant{{lead: []string{"市经信局"}}}},
	{"a name holding separators in brackets stays whole",
		"1.建设平台。加快建设。(责任单位:市发改委,智慧新城管委会,各县〔市、区〕)\n",
		[]taskWant{{lead: []string{"市发改委", "智慧新城管委会", "各县（市、区）"}}}},
	{"square brackets around a list holding parentheses",
		"1.保护知识产权。加强保护。〔责任单位：市市场监管局(市知识产权局)、市公安局〕\n2.专利转化。推进转化。（责任单位：市知识产权局）\n",
		[]taskWant{{lead: []string{"市市场监管局", "市公安局"}}, {lead: []string{"市市场监管局"}}}},
	{"lead and participating blocks after the task",
		"1.研究制定规划。\n牵头单位:市发展改革委。\n参与部门:市经贸委、市科技局,嘉服集团。\n2.编制专项规划。\n牵头部门:市财政局。\n参与部门:各县(市、区)政府,市交通局。\n",
		[]taskWant{
			{lead: []string{"市发展改革委"}, partic: []string{"市经贸委", "市科技局", "嘉服集团"}},
			{lead: []string{"市财政局"}, partic: []string{"各县（市、区）政府", "市交通局"}},
		}},
	{"X牵头, Y and Z按职责分工负责",
		"1.推进改革。深化改革。（市发展改革委牵头，市财政局、市商务局按职责分工负责）\n",
		[]taskWant{{lead: []string{"市发展改革委"}, partic: []string{"市财政局", "市商务局"}}}},
	{"X负责",
		"1.推进改革。深化改革。（市商务局负责）\n",
		[]taskWant{{lead: []string{"市商务局"}}}},
	{"lead with 配合单位 in one note",
		"1.推进改革。深化改革。（牵头单位：市商务局，配合单位：市财政局、市税务局）\n",
		[]taskWant{{lead: []string{"市商务局"}, partic: []string{"市财政局", "市税务局"}}}},
	{"first listed leads, and 下同 carries it on",
		"1.推进改革。深化改革。（责任单位：市商务局、市财政局、市税务局。列第一位的为牵头单位，下同）\n2.推进开放。扩大开放。（责任单位：市发改委、市商务局）\n",
		[]taskWant{
			{lead: []string{"市商务局"}, partic: []string{"市财政局", "市税务局"}},
			{lead: []string{"市发改委"}, partic: []string{"市商务局"}},
		}},
	{"several clauses each with its own note",
		"1.培育企业。实施培育计划。（责任单位：市发改委、市经信局）积极引进总部（责任单位：市商务局）。支持企业参与标准制定。（责任单位：市市场监管局）\n",
		[]taskWant{
			{number: "1-1", lead: []string{"市发改委", "市经信局"}},
			{number: "1-2", lead: []string{"市商务局"}},
			{number: "1-3", lead: []string{"市市场监管局"}},
		}},
	{"一是…二是… each with a note",
		"1.强化保障。一是加强资金保障（责任单位：市财政局）；二是加强用地保障（责任单位：市自然资源和规划局）。\n",
		[]taskWant{
			{number: "1-1", lead: []string{"市财政局"}},
			{number: "1-2", lead: []string{"市自然资源和规划局"}},
		}},
	{"a standing note adds its unit to every later task, responsible like the task's own",
		"1.建设平台。加快建设。（责任单位：市发展改革委、市商务局，以下均需各区县政府落实，不再列出）\n2.培育企业。加快培育。（市经信局牵头）\n",
		[]taskWant{
			{lead: []string{"市发展改革委", "市商务局", "各区县政府"}},
			{lead: []string{"市经信局"}, partic: []string{"各区县政府"}},
		}},
	{"a standing note that says 下同 inside square brackets",
		"1.加强市场体系建设。推进改革。〔责任单位：省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n2.优化准入。推进改革。〔责任单位：省市场监管局〕\n",
		[]taskWant{
			{lead: []string{"省发展改革委", "省市场监管局", "商务厅", "相关市（州）人民政府"}},
			{lead: []string{"省市场监管局", "相关市（州）人民政府"}},
		}},
	{"units joined by 及 in a doer note",
		"1.编制清单。2022年10月底前编制并公布清单。（市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责）\n",
		[]taskWant{{lead: []string{"市政府办公室"}, partic: []string{"市级各有关部门", "各县市区政府"}, dates: []string{"2022-10-31 by"}}}},
	{"numbered points under an item share the note after the last point",
		"1.完善预案体系\n(1)加强预案管理。\n(2)推进预案精编化。\n(3)加强预案演练。\n(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)\n2.健全体制\n(1)推进机构建设。(责任单位:市应急局)\n(2)完善值守制度。(责任单位:市政府办公室)\n",
		[]taskWant{
			{number: "1", lead: []string{"市直各有关单位", "各县（市、区）人民政府", "各开发区管委会"}},
			{number: "2-1", lead: []string{"市应急局"}},
			{number: "2-2", lead: []string{"市政府办公室"}},
		}},
	{"a note with a time limit beside the units",
		"1.推进改革。深化改革。（牵头单位：市发改委；配合单位：市财政局；完成时限：2025年12月底前）\n",
		[]taskWant{{lead: []string{"市发改委"}, partic: []string{"市财政局"}, dates: []string{"2025-12-31 by"}}}},
	{"a bare list of units closing the sentence",
		"1.推进改革。深化改革，加快推进。（市发展改革委、市商务局）\n2.建设实验室。完成1家省级新型研发机构(省级重点实验室)硬件建设。（市科技局）\n",
		[]taskWant{{lead: []string{"市发展改革委", "市商务局"}}, {lead: []string{"市科技局"}}}},
	{"the unit marked （牵头） leads the list",
		"1.推进改革。深化改革。（责任单位：市财政局、市发改委（牵头）、市商务局）\n",
		[]taskWant{{lead: []string{"市发改委"}, partic: []string{"市财政局", "市商务局"}}}},
	{"牵头单位 beside 责任单位, in a note and in block lines",
		"1.推进改革。深化改革。（牵头单位：市发改委；责任单位：各县（市、区）人民政府）\n2.建设平台。加快建设。\n牵头单位：市商务局\n责任单位：市财政局、市税务局\n",
		[]taskWant{
			{lead: []string{"市发改委"}, partic: []string{"各县（市、区）人民政府"}},
			{lead: []string{"市商务局"}, partic: []string{"市财政局", "市税务局"}},
		}},
	{"one unit under two spellings is one, written as first; the city name drops",
		"1.建设平台。加快建设。（责任单位：衢州市人力资源和社会保障局、市文旅局、市人社局）\n",
		[]taskWant{{lead: []string{"市人力资源和社会保障局", "市文旅局"}}}},
	{"a note on a line of its own after a page break",
		"1.引进人才。大力推进人才工程，完善本土人才培养\n\n成长梯队。\n\n（责任单位：市委人才办、市人力社保局）\n",
		[]taskWant{{lead: []string{"市委人才办", "市人力社保局"}}}},
	{"a task with no unit under a task heading is kept",
		"1.深化平台建设。统筹推进服务业高质量发展。\n",
		[]taskWant{{lead: nil}}},
}

func TestResponsibilityForms(t *testing.T) {
	cases := responsibilityCases
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.body, c.want)
		})
	}
}

func TestFlattenedTable(t *testing.T) {
	text := formHead + `附件1

2025年重点工作任务清单

序号

重点任务

具体内容举措

主要目标及时间节点

责任单位

一、强化统筹推进

1

高规格推进工程

组建工作专班，实行周会商、月调度、季分析、年评估。

1.印发实施方案。

2.实行周会商、月调度。

区发改局,区工作专班成员单位

2

建设重大平台

新创建1个省级创新发展区。

202512月底前，培育1家领军企业。

区发改局

提质建设数字经济产业园。

2025全年

区经信局、区商务局

2

建设重大平台

推进跨境电商产业园区联动发展。

 

区商务局

附件2

某某工作专班方案
`
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"区发改局", "区工作专班成员单位"}, rules: []string{"FREQ=WEEKLY", "FREQ=MONTHLY", "FREQ=MONTHLY;INTERVAL=3", "FREQ=YEARLY"}},
		{number: "2-1", lead: []string{"区发改局"}, dates: []string{"2025-12-31 by"}},
		{number: "2-2", lead: []string{"区经信局", "区商务局"}, dates: []string{"2025-12-31 by"}},
		// No time cell of its own: a merged cell's, taken from the row above, and said so.
		{number: "2-3", lead: []string{"区商务局"}, dates: []string{"2025-12-31 by"}},
	})
	if w := strings.Join(d.Tasks[3].Warnings, " "); !strings.Contains(w, "merged cell") {
		t.Errorf("task 2-3 warnings %q, want the carried time said", w)
	}
	if got := d.Tasks[1].Section; !strings.Contains(got, "附件1") || !strings.Contains(got, "一、强化统筹推进") {
		t.Errorf("section %q, want it under 附件1 > 一、强化统筹推进", got)
	}
}

func TestTableWithLeadAndPartnerColumns(t *testing.T) {
	text := formHead + `序号
工作任务
牵头单位
配合单位
完成时限
1
推进物流园建设
市发改委
市财政局、市自然资源和规划局
2025年6月底前
2
建设会展中心
市商务局
市住建局
2026年底前
`
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市发改委"}, partic: []string{"市财政局", "市自然资源和规划局"}, dates: []string{"2025-06-30 by"}},
		{number: "2", lead: []string{"市商务局"}, partic: []string{"市住建局"}, dates: []string{"2026-12-31 by"}},
	})
}

// A unit cell in a table whose header names no unit column (once a panic, found by FuzzParse).
func TestTableWithoutUnitColumn(t *testing.T) {
	text := formHead + "序号\n工作任务\n完成时限\n1\n推进项目\n区发改局\n2025年\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"区发改局"}, dates: []string{"2025-12-31 by"}}})
}

func TestPipedTableWithoutNumberColumn(t *testing.T) {
	text := formHead + `类别｜重点任务｜责任单位｜完成时限
平台｜建设物流园｜市商务局｜2026年底前
企业｜培育龙头企业｜市经信局、市发改委｜2027年6月底前
`
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市商务局"}, dates: []string{"2026-12-31 by"}},
		{number: "2", lead: []string{"市经信局", "市发改委"}, dates: []string{"2027-06-30 by"}},
	})
	if d.Tasks[1].Title != "培育龙头企业" {
		t.Errorf("title %q, want the 重点任务 column", d.Tasks[1].Title)
	}
}

func TestPipedTableWithOtherBodies(t *testing.T) {
	text := formHead + `序号｜项目名称｜建设内容｜建设主体｜完成时限｜责任单位
1｜物流园二期｜建设冷链仓库｜某某物流集团有限公司｜2026年6月底前｜市商务局、市交通运输局
2｜会展中心｜改造场馆｜某某会展公司｜２０２７ 年｜市贸促会
｜｜配套道路｜某某城投公司｜2027年底前｜市住建局
`
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市商务局", "市交通运输局"}, dates: []string{"2026-06-30 by"}},
		{number: "2-1", lead: []string{"市贸促会"}, dates: []string{"2027-12-31 by"}},
		{number: "2-2", lead: []string{"市住建局"}, dates: []string{"2027-12-31 by"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "某某物流集团有限公司") {
		t.Errorf("the builder should stay in the text: %q", d.Tasks[0].Text)
	}
}

func TestRunTogetherParagraphs(t *testing.T) {
	// A scraped page with every paragraph on one line, separated by spaces, and spam spliced in.
	text := "某某市人民政府办公室关于印发某某市推进工作方案的通知 | | 各县(市、区)人民政府: 现印发给你们。 某某市人民政府办公室 二○一○年十二月九日 (此件公开发布) 某某市推进工作方案 一、工作重点 (一)出台规划 1.研究制定规划。 牵头单位:市发展改革委。 参与部门:市旅游局、市365bet在线体育投注网_365平台拒绝提款怎么办_bte365体育局。 2.优先发展现代物流 积极整合相关资源,每季度组织一次项目督查。 牵头部门:市交通局。 参与部门:各县(市、区)政府。 作者: 信息来源: |"
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市发展改革委"}, partic: []string{"市旅游局", "市体育局"}},
		{number: "2", lead: []string{"市交通局"}, partic: []string{"各县（市、区）政府"}, rules: []string{"FREQ=MONTHLY;INTERVAL=3"}},
	})
	if d.Issued.String() != "2010-12-09" {
		t.Errorf("issued %q, want 2010-12-09", d.Issued)
	}
	if d.Tasks[1].Title != "优先发展现代物流" {
		t.Errorf("title %q, want 优先发展现代物流", d.Tasks[1].Title)
	}
}

// TestSpacedFigures: a PDF spaces the figures of a sentence ("安排 9000 万元资金"); the space before
// a figure is no heading's end.
func TestSpacedFigures(t *testing.T) {
	text := formHead + "4.安排 9000 万元资金,支持实施种质资源保护利用三大工程。(责任单位: 自治区农牧厅、科技厅)\n"
	d := checkTasks(t, text, []taskWant{{number: "4", lead: []string{"自治区农牧厅", "科技厅"}}})
	if !strings.Contains(d.Tasks[0].Text, "9000万元资金") || d.Tasks[0].Title == "安排" {
		t.Errorf("title %q text %q: want the figure in the sentence", d.Tasks[0].Title, d.Tasks[0].Text)
	}
}

func TestDocumentMeta(t *testing.T) {
	text := "索引号: 1133/2023-1 成文日期: 2023-04-29\n文件编号: 衢政办发〔2023〕21号\n衢州市人民政府办公室关于印发衢州市测试实施方案(2023—2027年)的通知\n为贯彻落实《省方案》(浙政办发〔2023〕8号)。\n衢州市测试实施方案(2023—2027年)\n二、重点任务\n1.建设。加快。(责任单位:衢州市商务局)\n"
	d, err := ParseText("x", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{d.Title, d.City, d.Number, d.Issued.String(), d.Tasks[0].Lead[0]}
	want := []string{"衢州市测试实施方案(2023—2027年)", "衢州市", "衢政办发〔2023〕21号", "2023-04-29", "市商务局"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meta %q, want %q", got, want)
	}
}

// TestDocumentMetaInCells: a page's labels laid out as a table's cells ("文号: | X | 成文日期: | Y |")
// are read as the labels they are, and a date without its year takes the year they give.
func TestDocumentMetaInCells(t *testing.T) {
	text := "索引号: | 002489401/2024-00380 | 公开方式: | 主动公开 |\n文号: | 杭政办函〔2024〕4号 | 成文日期: | 2024-02-04 |\n" +
		"发布单位: | 市政府办公厅 | 主题分类: | 综合政务/其他 |\n各区、县(市)人民政府:\n一、工作任务\n(一)抓好任务分解。各单位要在2月29日前完成点位数据汇总。\n"
	d, err := ParseText("x", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{d.Number, d.Issued.String(), fmt.Sprint(d.Tasks[0].Deadlines[0].Date)}
	want := []string{"杭政办函〔2024〕4号", "2024-02-04", "2024-02-29"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meta %q, want %q", got, want)
	}
}

func TestTruncatedDocument(t *testing.T) {
	d, err := ParseText("x", formHead+"1.建设平台。加快建设。(责任单位:市商务局)\n2.培育企业。着力培育创新带动能力突出、引领作用明显的生产性服务业企业和龙头骨干企",
		Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !d.Truncated || len(d.Warnings) == 0 {
		t.Errorf("truncated=%v warnings=%v, want the cut-off end noticed", d.Truncated, d.Warnings)
	}
	if len(d.Tasks) != 2 {
		t.Errorf("got %d tasks, want the cut-off task kept", len(d.Tasks))
	}
}

func TestQuotedWorksWithTheirUnits(t *testing.T) {
	t.Run("a report names works in quotes, each with its units in brackets", func(t *testing.T) {
		d := checkTasks(t, "2022年度民生实事完成情况通报\n"+
			"另,“新开工提标加固海塘18.4公里”(市水利局)、“公共场所新增AED”(市红十字会、市卫健局)等项目曾因过程性滞后被通报,但均能如期完成。\n"+
			"一、下一步工作\n1.市府办将以此次通报为依据予以赋分(责任单位:市府办)。\n", []taskWant{
			{number: "", lead: []string{"市水利局"}},
			{number: "", lead: []string{"市红十字会", "市卫健局"}},
			{number: "1", lead: []string{"市府办"}},
		})
		if got := d.Tasks[0].Text; got != "“新开工提标加固海塘18.4公里”(市水利局)" {
			t.Errorf("text %q, want the quoted work with its units", got)
		}
	})
	t.Run("brackets that hold no unit make no task", func(t *testing.T) {
		checkTasks(t, "某市实施方案\n深入开展“十百千”(2023—2027年)工程和“放管服”(简政放权)改革。\n1.推进项目建设(责任单位:市发改委)。\n", []taskWant{
			{number: "1", lead: []string{"市发改委"}},
		})
	})
}

func TestDutyLinesOfADivision(t *testing.T) {
	t.Run("a unit heading its own duties is no helper of the unit above, whatever it helps with", func(t *testing.T) {
		checkTasks(t, formHead+"1.明确职责。其职责分工为:\n建委:负责组织对建筑工地外来人口的禁放宣传。\n农林委:负责组织协调农村的禁放工作,协助公安派出所执法。\n", []taskWant{
			{number: "1-1", lead: []string{"建委"}},
			{number: "1-2", lead: []string{"农林委"}},
		})
	})
	t.Run("a list of units, a comma, then its verb", func(t *testing.T) {
		checkTasks(t, formHead+"1.设立标志。区城管局、区交通局,要组织人力、物力设立明显禁放标志。\n", []taskWant{
			{number: "1", lead: []string{"区城管局", "区交通局"}},
		})
	})
	t.Run("units standing as sentences over their duties, run together on one line", func(t *testing.T) {
		checkTasks(t, "县秸秆禁烧工作实施方案\n为做好秸秆禁烧工作,制订本方案。各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督。县交通局、公路局。负责对国道两侧燃烧秸秆情况的巡查。县农委。负责秸秆综合利用工作的督导。\n", []taskWant{
			{lead: []string{"县环保局"}},
			{lead: []string{"县交通局", "公路局"}},
			{lead: []string{"县农委"}},
		})
	})
}

func TestTaskLabelAfterTheUnits(t *testing.T) {
	d := checkTasks(t, "某市创卫整改方案\n一、整改任务\n(十一)破产企业卫生管理 牵头单位:市国资委 配合单位:河东区、河西区 主要任务:1、对破产企业的卫生进行整治;2、组织下岗职工组成卫生专业队进行保洁。\n二OO八年九月八日\n", []taskWant{
		{number: "(十一)", lead: []string{"市国资委"}, partic: []string{"河东区", "河西区"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "对破产企业的卫生进行整治") {
		t.Errorf("text %q, want the task's words after 主要任务", d.Tasks[0].Text)
	}
	if d.Issued.String() != "2008-09-08" {
		t.Errorf("issued %s, want 2008-09-08 (a year written with the letter O)", d.Issued)
	}
}

func TestStagesOfMonthsWithoutTheFirstMonthWord(t *testing.T) {
	checkTasks(t, "2012年平安市场创建工作方案\n五、工作安排\n(一)组织部署阶段(1-5月)。组织排摸本区农副产品批发市场基本情况,制定创建工作实施方案。\n(二)检查验收阶段(9-10月)。由区工商分局牵头组织区相关部门对辖区市场进行评估验收。\n", []taskWant{
		{number: "(一)", dates: []string{"2012-05-31 by"}},
		{number: "(二)", lead: []string{"区工商分局"}, partic: []string{"区相关部门"}, dates: []string{"2012-10-31 by"}},
	})
}

func TestDutiesDoneTogetherAndBodiesFormed(t *testing.T) {
	t.Run("a duty of the list done together with others is its own task, the subject leading", func(t *testing.T) {
		checkTasks(t, formHead+"(二)市粮食局负责制订粮食流通设施建设规划;做好粮食收购企业入市资格审核工作;会同市发展改革局监督各市、区政府落实《粮食安全责任书》;牵头会同物价部门建立粮食市场价格监测制度。\n", []taskWant{
			{lead: []string{"市粮食局"}},
			{lead: []string{"市粮食局"}, partic: []string{"市发展改革局"}},
			{lead: []string{"市粮食局"}, partic: []string{"物价部门"}},
		})
	})
	t.Run("a body a sentence forms does the duty it is given", func(t *testing.T) {
		checkTasks(t, formHead+"1.工作机构。由市粮食、发改、财政等单位组成市粮食安全责任考核工作小组,负责对各市、区粮食安全责任工作进行检查考核。\n", []taskWant{
			{number: "1", lead: []string{"市粮食安全责任考核工作小组"}},
		})
	})
}

func TestNotesCutOffWithTheText(t *testing.T) {
	t.Run("a labelled note cut inside its last name", func(t *testing.T) {
		checkTasks(t, formHead+"1.促进经营性收入增长。支持高校科技成果转化。(责任单位:市市场监管局、市教育局、市政府办公室、市", []taskWant{
			{number: "1", lead: []string{"市市场监管局", "市教育局", "市政府办公室"}},
		})
	})
	t.Run("a bare list of units cut off in its bracket", func(t *testing.T) {
		checkTasks(t, formHead+"1.深入实施15项重大工程。加快推进重大项目建设。〔省委军民融合办、省发展改革委、省数据局(省营商局)", []taskWant{
			{number: "1", lead: []string{"省委军民融合办", "省发展改革委", "省数据局"}},
		})
	})
	t.Run("a prefecture's level and a county group in brackets", func(t *testing.T) {
		checkTasks(t, formHead+"1.抓项目增投资。(州发改委、州交通运输局等州级有关部门,各区、县(市)政府及开发区管委会负责)\n", []taskWant{
			{number: "1", lead: []string{"州发改委", "州交通运输局", "各区、县（市）政府", "开发区管委会"}},
		})
	})
}

func TestItemsNumberedWithAFullStop(t *testing.T) {
	checkTasks(t, formHead+"1。统筹推进疫情防控和经济社会发展工作。(市政府各部门分别负责,年内持续推进)\n2。完成年度城镇新增就业目标任务。(市人力社保局负责)\n", []taskWant{
		{number: "1", lead: []string{"市政府各部门"}},
		{number: "2", lead: []string{"市人力社保局"}},
	})
}

func TestHeadingWithADutyOfItsOwn(t *testing.T) {
	checkTasks(t, formHead+"三、加强督导,健全推进机制。市发展改革委负责工作任务的统一督导调度,及时协调解决困难和问题。\n1.建设先行区(牵头单位:市发展改革委)。\n2.推进改革(牵头单位:市财政局)。\n", []taskWant{
		{lead: []string{"市发展改革委"}},
		{number: "1", lead: []string{"市发展改革委"}},
		{number: "2", lead: []string{"市财政局"}},
	})
}

// TestReviewFindings are the inputs a review of this session's rules found them wrong on.
func TestReviewFindings(t *testing.T) {
	t.Run("a quoted work does not stop a division of duties being read", func(t *testing.T) {
		d, err := ParseText("duties.txt", "为确保按时完成村庄环境整治任务,现将各单位的任务作如下明确:\n"+
			"区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n"+
			"区委农办要结合全区建设任务,负责指导督查新社区建设。\n"+
			"区城管局负责村庄生活垃圾的收集、转运和处置的技术指导和督查。\n"+
			"今年重点推进“美丽乡村示范村建设”(区农业农村局)。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) != 4 {
			t.Errorf("%d tasks, want the three duties and the quoted work", len(d.Tasks))
		}
	})
	t.Run("a document a notice cites is not the plan's number", func(t *testing.T) {
		d, err := ParseText("n.txt", "某县人民政府办公室关于印发某县安全生产实施方案的通知\n各乡镇人民政府:\n为认真执行省政府关于加强安全生产工作的意见(浙政发〔2020〕5号),现将方案印发给你们。\n1.加强检查(责任单位:县应急局)。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Number != "" || d.City == "浙江省" {
			t.Errorf("number %q, city %q: the cited document's", d.Number, d.City)
		}
	})
	t.Run("a news report naming who is responsible for what is no plan", func(t *testing.T) {
		_, err := ParseText("news.txt", "县政府召开项目推进会\n会议强调,要压实责任,县发改局负责牵头抓总,县财政局负责资金保障,县住建局负责项目推进。\n与会人员就有关问题进行了交流。\n", Options{})
		if !errors.Is(err, ErrNotPlan) {
			t.Errorf("err = %v, want ErrNotPlan", err)
		}
	})
	t.Run("a county's name inside a word does not place a plan", func(t *testing.T) {
		d, err := ParseText("n.txt", "老旧小区改造工作实施方案\n一、主要任务\n1.推进城北区域老旧小区改造(责任单位:县住建局)。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.City != "" {
			t.Errorf("placed at %q", d.City)
		}
	})
	t.Run("a body described as it is formed has no name to lead", func(t *testing.T) {
		checkTasks(t, formHead+"1.加强组织领导。成立以市长为组长的工作领导小组,负责统筹协调全市创建工作。(牵头单位:市文明办)\n", []taskWant{
			{number: "1", lead: []string{"市文明办"}},
		})
	})
	t.Run("helping vague others is no task of theirs; a help clause keeps its work; later helps are read", func(t *testing.T) {
		d := checkTasks(t, formHead+"(一)市卫健委负责医疗救治,积极配合有关部门做好流调工作。\n(二)市规划局负责审批,配合市住建局,做好技术人员培训。\n(三)县应急局负责值守,配合做好抢险救援,配合县气象局做好预警发布。\n", []taskWant{
			{lead: []string{"市卫健委"}},
			{lead: []string{"市规划局"}},
			{lead: []string{"市住建局"}, partic: []string{"市规划局"}},
			{lead: []string{"县应急局"}},
			{lead: []string{"县气象局"}, partic: []string{"县应急局"}},
		})
		if got := d.Tasks[2].Text; !strings.Contains(got, "做好技术人员培训") {
			t.Errorf("help clause %q, want the work it helps with", got)
		}
	})
	t.Run("an unclosed bracket inside the text is no note; what a figure includes is no unit", func(t *testing.T) {
		checkTasks(t, formHead+"1.推进城乡建设(含各乡镇、街道\n2.做好宣传(责任单位:市委宣传部)。\n", []taskWant{
			{number: "1"},
			{number: "2", lead: []string{"市委宣传部"}},
		})
	})
	t.Run("a body the places share is one party", func(t *testing.T) {
		if got := joinGroups(splitAnd(SplitUnits("某某市和某某县联合指挥部"))); len(got) != 1 {
			t.Errorf("parties %q, want one", got)
		}
	})
}

func TestProblemLists(t *testing.T) {
	t.Run("a rectification line names who fixes the problem above", func(t *testing.T) {
		checkTasks(t, "城区环境卫生巡查问题清单\n1、西大桥西侧河边堤岸有垃圾死角。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n2、迎宾大道南围墙上有野广告。\n整改要求:由包片单位县气象局负责清除。\n", []taskWant{
			{number: "1", lead: []string{"县环卫站"}},
			{number: "2", lead: []string{"县气象局"}},
		})
	})
	t.Run("a label with a longer qualifier, and a rectification time beside it", func(t *testing.T) {
		checkTasks(t, "创文问题清单\n1. 市第二人民医院\n(1)院内禁烟标识数量不达标;\n(2)宣传牌内容不规范。\n问题整改责任单位:市卫生健康委员会 整改时限:5天\n", []taskWant{
			{number: "1", lead: []string{"市卫生健康委员会"}},
		})
	})
}

func TestBulletinsAndNoticesBelowPageFurniture(t *testing.T) {
	t.Run("a notice's addressees after a page's furniture", func(t *testing.T) {
		d, err := ParseText("n.txt", "关于上半年落实情况的通报\n发布时间:2022-08-23\n寿县政务督查\n20期\n寿县人民政府督查室 2022年8月19\n关于上半年落实情况的通报\n"+
			"各乡镇人民政府,县政府各部门、各直属机构:\n根据县政府工作安排,县政府督查室进行了专项督查。\n"+
			"请各乡镇、县直有关单位在剩下的半年时间里,要进一步细化工作措施。县政府督查室将对未达到序时进度要求的目标任务进行重点督查。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) != 2 {
			t.Errorf("%d tasks, want the two duties the notice gives", len(d.Tasks))
		}
	})
	t.Run("a bulletin's one paragraph of duties, after an opener", func(t *testing.T) {
		d, err := ParseText("n.txt", "2019年县政府工作报告三季度完成情况通报\n从督查情况看,大多数责任单位能高度重视。\n"+
			"下一步,各园区、各乡镇(街道)、各相关部门要严格按照各项目标任务,倒排时间节点。县政府督查室将进一步加大督查力度。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) < 1 || !slices.Contains(d.Tasks[0].Lead, "各园区") {
			t.Errorf("tasks %+v, want the bulletin's duties", d.Tasks)
		}
	})
}

func TestRound14Forms(t *testing.T) {
	t.Run("a lead in a 由 clause and its partners in a clause of their own, nothing after", func(t *testing.T) {
		checkTasks(t, "某乡工作方案\n一、治理畜牧业产品污染\n由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。\n二、治理种植业产品污染\n由乡农业站负责,乡派出所、工商所配合。\n", []taskWant{
			{number: "一", lead: []string{"乡三农服务中心"}, partic: []string{"乡畜牧站", "卫生院", "派出所", "工商所"}},
			{number: "二", lead: []string{"乡农业站"}, partic: []string{"乡派出所", "工商所"}},
		})
	})
	t.Run("one marker sentence alone is the subject of its sentence, not a note", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、保障措施\n(一)强化统筹推进。市领导小组负责牵头抓总。市发改委负责方案的制定与推进。\n", []taskWant{
			{number: "(一)-1", lead: []string{"市领导小组"}},
			{number: "(一)-2", lead: []string{"市发改委"}},
		})
	})
	t.Run("the first-is-lead note in brackets after the first name, the list going on", func(t *testing.T) {
		checkTasks(t, "某县重点工作责任分解\n1.全县生产总值增长7.5%左右。\n责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局\n2.严控三公经费。\n责任单位:县财政局、县审计局\n", []taskWant{
			{number: "1", lead: []string{"县发改局"}, partic: []string{"县财政局", "县税务局"}},
			{number: "2", lead: []string{"县财政局"}, partic: []string{"县审计局"}},
		})
	})
	t.Run("a list broken across lines, inside a name or after a separator", func(t *testing.T) {
		checkTasks(t, "某区工作分工\n1.完善街道党工委的领导体制。\n牵头单位:区委组织部\n协办单位:区委编办、区民政局、园区党工\n委、各街道党工委\n2.推进街道改革。\n牵头单位:区委编办\n协办单位:区民政局、\n各街道办事处\n联系人:张三,电子邮箱:a@b.cn\n某区人民政府办公室\n", []taskWant{
			{number: "1", lead: []string{"区委组织部"}, partic: []string{"区委编办", "区民政局", "园区党工委", "各街道党工委"}},
			{number: "2", lead: []string{"区委编办"}, partic: []string{"区民政局", "各街道办事处"}},
		})
	})
	t.Run("a group in angle brackets is one party", func(t *testing.T) {
		checkTasks(t, "某市学前教育行动方案\n(一)完善管理体制。建立市统筹、县级政府为主的管理体制。(市教育局,各县<市、区>人民政府,排名第一位为牵头单位)\n", []taskWant{
			{number: "(一)", lead: []string{"市教育局"}, partic: []string{"各县（市、区）人民政府"}},
		})
	})
	t.Run("a note cut off with the text inside its last name drops that name", func(t *testing.T) {
		checkTasks(t, "某县重点工作\n(五)社会消费品零售总额增长16%。(牵头单位:县科经局;责任单位:各镇人民政府)\n(六)城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局、县农业农", []taskWant{
			{number: "(五)", lead: []string{"县科经局"}, partic: []string{"各镇人民政府"}},
			{number: "(六)", lead: []string{"县发改局"}},
		})
	})
	t.Run("a qualified label of working together (主要协作单位), and 参加", func(t *testing.T) {
		checkTasks(t, "某县任务分解\n1.创建国家卫生县城。\n牵头责任单位:县卫健委\n主要协作单位:各乡镇人民政府、经济开发区管委会\n2.推广家庭医生签约服务。\n牵头单位:县卫健委\n参加单位:县医保局\n", []taskWant{
			{number: "1", lead: []string{"县卫健委"}, partic: []string{"各乡镇人民政府", "经济开发区管委会"}},
			{number: "2", lead: []string{"县卫健委"}, partic: []string{"县医保局"}},
		})
	})
}

func TestTableCellForms(t *testing.T) {
	t.Run("a table whose cells are separated by tabs", func(t *testing.T) {
		checkTasks(t, "某市重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进数字政府建设\t市大数据局\t市财政局、市发改委\t2024年12月底前\n2\t完善养老服务体系\t市民政局\t\t2025年6月\n", []taskWant{
			{number: "1", lead: []string{"市大数据局"}, partic: []string{"市财政局", "市发改委"}, dates: []string{"2024-12-31 by"}},
			{number: "2", lead: []string{"市民政局"}, dates: []string{"2025-06-30 by"}},
		})
	})
	t.Run("a period alone in a time column or after a time label is a recurring duty", func(t *testing.T) {
		d := checkTasks(t, "某区工作要点\n序号 | 主要内容 | 牵头部门 | 时间节点\n1 | 开展消防安全整治 | 区消防救援大队 | 每季度\n2 | 推进老旧小区改造 | 区住建局 | 2024年10月\n", []taskWant{
			{number: "1", lead: []string{"区消防救援大队"}},
			{number: "2", lead: []string{"区住建局"}, dates: []string{"2024-10-31 by"}},
		})
		if got := d.Tasks[0].Recurring; len(got) != 1 || got[0].Rule != RuleQuarterly || !slices.Equal(got[0].Units, []string{"区消防救援大队"}) {
			t.Errorf("row 1 recurring %+v, want quarterly for 区消防救援大队", got)
		}
		if got := d.Tasks[1].Recurring; len(got) != 0 {
			t.Errorf("row 2 recurring %+v, want none", got)
		}
		d = checkTasks(t, "某区工作要点\n一、重点任务\n1.开展燃气安全整治。(责任单位:区住建局;完成时限:每月)\n", []taskWant{
			{number: "1", lead: []string{"区住建局"}},
		})
		if got := d.Tasks[0].Recurring; len(got) != 1 || got[0].Rule != RuleMonthly {
			t.Errorf("recurring %+v, want monthly", got)
		}
	})
}

// TestNoteFormsAfterASentence reads one responsibility note of each common form after an item whose
// body is a sentence ending with a noun that could be a unit's (数据中心).
func TestNoteFormsAfterASentence(t *testing.T) {
	tests := []struct {
		name, note   string
		lead, partic []string
		dates        []string
	}{
		{"lead and responsible labels", "（牵头单位：市发改委；责任单位：市财政局、市商务局）", []string{"市发改委"}, []string{"市财政局", "市商务局"}, nil},
		{"牵头 and 按职责分工负责", "（市发改委牵头，市财政局、市商务局等按职责分工负责）", []string{"市发改委"}, []string{"市财政局", "市商务局"}, nil},
		{"the first listed leads", "（责任单位：市发改委、市财政局，列第一位的为牵头单位）", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"a lead marked in brackets", "责任单位：市发改委（牵头）、市财政局", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"all responsible", "（市发改委、市财政局负责）", []string{"市发改委", "市财政局"}, nil, nil},
		{"a bare list with a comma", "（市发改委、市财政局，各县区政府）", []string{"市发改委", "市财政局", "各县区政府"}, nil, nil},
		{"负责 and 配合", "（市发改委负责，市财政局配合）", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"a star", "（★市发改委，市财政局）", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"会同", "（市发改委会同市财政局负责）", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"主抓 and 协助", "（市发改委主抓，市财政局协助）", []string{"市发改委"}, []string{"市财政局"}, nil},
		{"labels and a time in one bracket", "（牵头单位：市发改委，配合单位：市财政局，完成时限：2024年底前）", []string{"市发改委"}, []string{"市财政局"}, []string{"2024-12-31 by"}},
		{"a sentence: lead, whom it works with, and when", "由市发改委牵头，会同市财政局等部门，于2024年底前完成。", []string{"市发改委"}, []string{"市财政局"}, []string{"2024-12-31 by"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, "某市实施方案\n一、重点任务\n1.推进数字经济发展，建设数据中心。"+tc.note+"\n2.完善营商环境。（市营商局负责）\n", []taskWant{
				{number: "1", lead: tc.lead, partic: tc.partic, dates: tc.dates},
				{number: "2", lead: []string{"市营商局"}},
			})
		})
	}
}

func TestRound16Forms(t *testing.T) {
	t.Run("a piped header broken before its last cell, and a first column merged over the rows below", func(t *testing.T) {
		checkTasks(t, "工作任务 | 具体要求\n| 责任单位 |\n一、做好规划公开。 | 1.主动公开规划纲要。 | 市直有关部门;各镇(街) |\n2.做好各项规划的归集整理。 | 市政府办公室牵头,市直有关部门配合;各镇(街)参照落实 |\n", []taskWant{
			{number: "1", lead: []string{"市直有关部门", "各镇（街）"}},
			{number: "2", lead: []string{"市政府办公室"}, partic: []string{"市直有关部门", "各镇（街）"}},
		})
	})
	t.Run("a date in brackets under the title is the plan's", func(t *testing.T) {
		d := checkTasks(t, "某市推进行动实施意见\n(征求意见稿)\n(2015年9月15日)\n为贯彻落实,制订本意见。到2020年,全面建成。\n一、重点任务\n1.发展众创空间。三年内建成10个。(市科委负责)\n", []taskWant{
			{number: "1", lead: []string{"市科委"}, dates: []string{"2017-12-31 target"}},
		})
		if d.Issued != NewDay(2015, 9, 15) {
			t.Errorf("issued %v, want 2015-09-15", d.Issued)
		}
	})
}

func TestRound17Forms(t *testing.T) {
	t.Run("a marker before the marker (按职责分工分别负责)", func(t *testing.T) {
		checkTasks(t, "某县工作安排\n(一)加强规范性文件备案审查。\n责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n", []taskWant{
			{number: "(一)", lead: []string{"县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"}},
		})
	})
	t.Run("a unit that does its duty together with another work (结合)", func(t *testing.T) {
		checkTasks(t, "某县宣传方案\n三、职责分工\n县教体局负责对所有学校的宣传防范工作。\n县民政局结合殡葬改革宣传一并开展防电诈宣传工作。\n", []taskWant{
			{number: "三-1", lead: []string{"县教体局"}},
			{number: "三-2", lead: []string{"县民政局"}},
		})
	})
}

func TestNoticeBeforeAnAttachedTable(t *testing.T) {
	text := "某区人民政府办公室关于印发2022年区政府工作报告目标任务的通知\n各镇人民政府、街道办事处,区级各部门:\n现将目标任务分解印发给你们。\n请各单位提高政治站位,压实工作责任,确保全面完成各项目标任务。区政府办公室将定期跟踪督办。\n附件:1. 2022年预期目标任务分解表\n某区人民政府办公室\n2022年1月21日\n附件1\n2022年预期目标任务分解表\n序号\n2022年预期目标\n责任单位\n1\n地区生产总值增长5.5%左右\n区发展改革委\n"
	d, err := ParseText("n.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var leads []string
	for _, tk := range d.Tasks {
		leads = append(leads, strings.Join(tk.Lead, "、"))
	}
	for _, want := range []string{"各单位", "区政府办公室", "区发展改革委"} {
		if !slices.Contains(leads, want) {
			t.Errorf("leads %v: want a task led by %s (the notice's requests, and the table's row)", leads, want)
		}
	}
}

func TestFirstLeadStatedOnceInTheText(t *testing.T) {
	checkTasks(t, "某市规划纲要主要目标和任务分工\n一、分工原则\n(一)合理划分责任。由多个单位负责的,排在第一位的为牵头单位。\n二、主要指标分工\n1.户籍人口城镇化率达到40%。(市公安局、市统计局)\n2.劳动年龄人口平均受教育年限达到11.1年。(市教育局)\n", []taskWant{
		{number: "1", lead: []string{"市公安局"}, partic: []string{"市统计局"}},
		{number: "2", lead: []string{"市教育局"}},
	})
}

func TestReviewFindingsStop20(t *testing.T) {
	t.Run("the first-is-lead note sharing the bracket with its list", func(t *testing.T) {
		checkTasks(t, "某县方案\n一、重点任务\n1.推进改革。(县发改局、县财政局,排在第一位的为牵头单位)\n", []taskWant{
			{number: "1", lead: []string{"县发改局"}, partic: []string{"县财政局"}},
		})
	})
	t.Run("a table of single separators with a blank cell is left as it is", func(t *testing.T) {
		text := "工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化公开\n|\n1\n|\n全面清理文件。\n|\n办公室\n|\n年底前\n|\n2\n|\n做好政策解读。\n|\n\n|\n6月底前\n|\n3\n|\n规范年度报告。\n|\n办公室\n|\n持续推进\n|\n注:各科室按要求报送。\n"
		d, err := ParseText("t.txt", text, Options{})
		if err != nil {
			return // not read as a table at all: nothing misread
		}
		for _, tk := range d.Tasks {
			if slices.Contains(tk.Lead, "6月底前") || slices.Contains(tk.Lead, "3") {
				t.Errorf("task %s lead %v: a shifted row read as one", tk.Number, tk.Lead)
			}
		}
	})
}

// TestStop21Forms are forms the corpus rounds 21–22 and question round 15 brought.
func TestStop21Forms(t *testing.T) {
	t.Run("a unit followed by 根据 is the sentence's subject", func(t *testing.T) {
		checkTasks(t, "关于做好2015年林业重点工作公示工作的通知\n一、公示目的\n主动公开年度重点工作任务。\n二、有关要求\n各部门根据附件格式,细化分解全年任务。于5月20日前,将公示表报办公室。\n", []taskWant{
			{number: "二", lead: []string{"各部门"}, dates: []string{"2015-05-20 by"}},
		})
	})
	tests := []struct {
		name, text, title, city string
	}{
		{"the notice's 现将《X》印发 after other words names the plan",
			"菏政办字〔2023〕1号\n各县区人民政府:\n为深入贯彻落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》(国发〔2022〕18号),经市政府同意,现将《菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案》印发给你们,请认真贯彻实施。\n一、压实责任\n市发展改革委负责统一督导调度,于2023年6月底前完成。\n",
			"菏泽市深化新旧动能转换推动绿色低碳高质量发展分工落实方案", "菏泽市"},
		{"a draft sent for comments names its plan; a party committee places it",
			"中共渠县县委全面依法治县委员会办公室关于征求《渠县法治社会建设实施方案(征求意见稿)》意见的函\n一、主要任务\n1.加强宪法学习。(责任单位:县司法局,2022年底前完成)\n",
			"渠县法治社会建设实施方案(征求意见稿)", "达州市渠县"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("t.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.title || d.City != tc.city {
				t.Errorf("title %q city %q, want %q %q", d.Title, d.City, tc.title, tc.city)
			}
		})
	}
	t.Run("a duty of its own after the last item's units", func(t *testing.T) {
		checkTasks(t, "某市关于促进房地产市场平稳健康发展的意见\n一、加大保障住房供给力度。增加保障性住房用地。\n责任单位：市房管局、市国土局\n二、加强舆论宣传引导。新闻媒体要加强正面宣传。\n责任单位：市委宣传部、市房管局\n各部门应根据本部门工作职责制定工作细则。本意见自印发之日起施行。\n", []taskWant{
			{number: "一", lead: []string{"市房管局", "市国土局"}},
			{number: "二", lead: []string{"市委宣传部", "市房管局"}},
			{number: "", lead: []string{"各部门"}},
		})
	})
	t.Run("words that name no unit stay the item's", func(t *testing.T) {
		checkTasks(t, "某市关于促进房地产市场平稳健康发展的意见\n一、加大保障住房供给力度。增加保障性住房用地。\n责任单位：市房管局、市国土局\n本意见自印发之日起施行。\n", []taskWant{
			{number: "一", lead: []string{"市房管局", "市国土局"}},
		})
	})
	t.Run("a cited title's 落实 is no basis word", func(t *testing.T) {
		l := "为落实《国务院关于X的意见》,现将《菏泽市分工落实方案》印发给你们。"
		if got := stripBasis(l); !strings.Contains(got, "《菏泽市分工落实方案》") {
			t.Errorf("stripBasis(%q) = %q: the plan's own title was cut", l, got)
		}
	})
}

func TestItemNumber(t *testing.T) {
	for printed, want := range map[string]int{"14": 14, "（十四）": 14, "十四、": 14, "14-2": 14, "(三)": 3, "第八条": 8, "": -1, "★": -1} {
		if got := ItemNumber(printed); got != want {
			t.Errorf("ItemNumber(%q) = %d, want %d", printed, got, want)
		}
	}
}

func TestFestivalDeadlines(t *testing.T) {
	tests := []struct{ text, want string }{
		{"春节前发放到位", "2022-01-31"},
		{"中秋节前完成", "2022-09-09"},
		{"国庆节前投入使用", "2022-09-30"},
		{"元旦前完成验收", "2022-12-31"},
		{"明年春节前建成", "2023-01-21"},
		{"每年春节前开展慰问", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := ""
			for _, d := range ParseDeadlinesIn(tc.text, 2022) {
				got = d.Date.String()
			}
			if got != tc.want {
				t.Errorf("ParseDeadlinesIn(%q, 2022) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestStop21Periods(t *testing.T) {
	t.Run("a title's years in brackets without 年", func(t *testing.T) {
		d, err := ParseText("t.txt", "平潭综合实验区社会信用体系建设规划（2015-2020）任务分工实施方案\n一、重点任务\n1.建立信用信息平台。(责任单位:区经发局)\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Period.String() != "2020-12-31" || d.City != "福州市平潭县" {
			t.Errorf("period %s city %q, want 2020-12-31 福州市平潭县 (a zone named after its county)", d.Period, d.City)
		}
	})
	t.Run("an item headed 总体要求 states the plan's goal", func(t *testing.T) {
		d, err := ParseText("t.txt", "某市新污染物治理工作方案\n一、总体要求。全面贯彻落实党的二十大精神。到2025年，基本掌握新污染物环境风险状况。(区直各部门负责)\n二、重点任务\n1.严格实施禁限措施。(责任单位:区经发局)\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Period.String() != "2025-12-31" {
			t.Errorf("period %s, want 2025-12-31 from the 总体要求 item", d.Period)
		}
	})
}

func TestPartyPlace(t *testing.T) {
	for l, want := range map[string]string{"中共渠县县委全面依法治县委员会办公室": "渠县", "中共湖州市委办公室": "湖州市", "中共株洲市委": "株洲市", "中共中央办公厅": "", "关于印发方案的通知": ""} {
		if got := partyPlace(l); got != want {
			t.Errorf("partyPlace(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestReviewFindingsStop21Plan are the parser's defects the stop's reviewer found.
func TestReviewFindingsStop21Plan(t *testing.T) {
	t.Run("a paragraph of the item's own unit stays the item's; another's is a titled task", func(t *testing.T) {
		d := checkTasks(t, "某县深化改革方案\n一、重点任务\n1.深化审批制度改革。推行一窗受理。(牵头单位:县行政审批局)\n县行政审批局负责建立审批事项清单,2024年6月底前完成。\n2.优化营商环境。(牵头单位:县发改局)\n各部门应根据本部门工作职责制定工作细则。\n", []taskWant{
			{number: "1", lead: []string{"县行政审批局"}, dates: []string{"2024-06-30 by"}},
			{number: "2", lead: []string{"县发改局"}},
			{number: "", lead: []string{"各部门"}},
		})
		if last := d.Tasks[len(d.Tasks)-1]; last.Title == "" {
			t.Errorf("the closing duty has no title: %+v", last)
		}
	})
	t.Run("报县政府根据… names no subject", func(t *testing.T) {
		checkTasks(t, "某县方案\n一、任务\n1.对达标企业,经审核后报县政府根据评估结果给予奖励。(责任单位:县商务局)\n", []taskWant{
			{number: "1", lead: []string{"县商务局"}},
		})
	})
}

func TestShortFormsOfUnits(t *testing.T) {
	a := DefaultAliases()
	for in, want := range map[string]string{"中国人民银行吉林市分行": "人民银行吉林市分行", "人行平潭支行": "人民银行平潭支行", "区经发局": "区经济发展局", "区财金局": "区财政金融局", "人行": "人行"} {
		if got := a.Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestValidUntil(t *testing.T) {
	for text, want := range map[string]string{"本措施自印发之日起施行，有效期至2026年3月31日。": "2026-03-31", "执行至2025年底": "2025-12-31", "自2023年1月1日起施行": ""} {
		d, _, ok := ValidUntil(text)
		if got := map[bool]string{true: d.String(), false: ""}[ok]; got != want {
			t.Errorf("ValidUntil(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestLastHorizon(t *testing.T) {
	tests := []struct{ goal, want string }{
		{"到2025年，应用场景实现多元化；到2030年，基本建成体系。", "2030-12-31"},
		{"到2025年，应用场景实现多元化；到2035年，全面建成。", "2025-12-31"},
	}
	for _, tc := range tests {
		if d, _ := PlanPeriod("某市实施方案", []string{tc.goal}, 2023); d.String() != tc.want {
			t.Errorf("PlanPeriod(goal %q) = %s, want %s", tc.goal, d, tc.want)
		}
	}
}

// TestSecondReviewStop21Plan are the parser's defects a second review of the stop's later changes found.
func TestSecondReviewStop21Plan(t *testing.T) {
	t.Run("a task's policy term is not the plan's period", func(t *testing.T) {
		d, err := ParseText("t.txt", "某市稳就业若干措施\n（一）继续实施阶段性降低失业保险费率政策，执行至2025年4月30日。（责任单位：市人社局）\n（二）加大创业担保贷款支持。（责任单位：市财政局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Period.IsZero() {
			t.Errorf("period %s from a task's policy term", d.Period)
		}
	})
	t.Run("a term to a month ends with the month", func(t *testing.T) {
		if d, _, ok := ValidUntil("本措施有效期至2025年6月底。"); !ok || d.String() != "2025-06-30" {
			t.Errorf("ValidUntil = %s %v, want 2025-06-30", d, ok)
		}
	})
	t.Run("人行 with a level", func(t *testing.T) {
		if got := DefaultAliases().Canonical("市人行营业管理部"); got != "市人民银行营业管理部" {
			t.Errorf("Canonical = %q", got)
		}
	})
	t.Run("a district named 新区 is itself", func(t *testing.T) {
		if got := ZoneCounty("滨海新区"); got != "" {
			t.Errorf("ZoneCounty(滨海新区) = %q, want none: it is a district", got)
		}
	})
}

func TestRoleStatement(t *testing.T) {
	t.Run("a subject's 是 … 责任主体 gives it the item", func(t *testing.T) {
		checkTasks(t, "某区农村公路改革方案\n一、职责分工\n1.区交通委是全区农村公路管理养护的行政主管部门。负责统筹养护补助资金。\n2.各镇人民政府是乡道管理养护的责任主体。负责编制年度养护计划。\n", []taskWant{
			{number: "1", lead: []string{"区交通委"}},
			{number: "2", lead: []string{"各镇人民政府"}},
		})
	})
	t.Run("a 是 that describes names no party", func(t *testing.T) {
		d, err := ParseText("form.txt", "某区方案\n一、重点任务\n1.区交通委是本区交通发展的重要力量,2024年底前完成规划。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, task := range d.Tasks {
			if len(task.Lead) > 0 {
				t.Errorf("task %s got leads %v from a description", task.Number, task.Lead)
			}
		}
	})
}

func TestIssuerSigns(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a bureau above its date", "关于印发某区垃圾分类工作实施方案的通知\n各街镇：\n现将方案印发给你们。\n静安区绿化和市容管理局\n2025年6月16日\n某区垃圾分类工作实施方案\n一、重点任务\n1.推进分类投放。（责任单位：区绿化市容局）\n", "静安区绿化和市容管理局"},
		{"a government office before its date", "某县方案\n某县人民政府办公室 2024年3月1日\n一、重点任务\n1.推进分类投放。（责任单位：县城管局）\n", "某县人民政府办公室"},
		{"a sentence is no signature", "某县方案\n现将有关事项通知如下。\n2024年3月1日\n一、重点任务\n1.推进分类投放。（责任单位：县城管局）\n", ""},
		{"bodies that issue the plan together", "关于印发某市房屋安全工作方案的通知\n各区人民政府：\n现将方案印发你们。\n    某市房产局        某市公安局\n    某市财政局        某市住房公积金管理中心\n    2024年9月20日\n某市房屋安全工作方案\n一、重点任务\n1.开展排查。（责任单位：市房产局）\n", "某市房产局、某市公安局、某市财政局、某市住房公积金管理中心"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("form.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Issuer != tc.want {
				t.Errorf("Issuer = %q, want %q", d.Issuer, tc.want)
			}
		})
	}
}

func TestHeadingUnitsOverDuties(t *testing.T) {
	t.Run("a unit's 职责 heading gives it the numbered duties below", func(t *testing.T) {
		checkTasks(t, "某区消防工作意见\n三、工作职责\n（一）街镇消防安全委员会职责\n1.组织领导本地区消防安全综合治理工作。\n2.定期分析研判辖区消防安全形势。\n（二）居（村）委主要职责\n1.宣传消防法律法规。\n", []taskWant{
			{number: "1", lead: []string{"街镇消防安全委员会"}},
			{number: "2", lead: []string{"街镇消防安全委员会"}},
			{number: "1", lead: []string{"居（村）委"}},
		})
	})
	t.Run("a thing in quotes or a generic noun is no unit", func(t *testing.T) {
		d, err := ParseText("form.txt", "某区方案\n五、重点工作\n（一）运行“社区安全隐患指数平台”\n将社区消防安全工作融入大数据平台。\n（二）适用范围及部门\n本方案适用于全区。\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, task := range d.Tasks {
			if len(task.Lead) > 0 {
				t.Errorf("task %s: lead %v from its heading", task.Number, task.Lead)
			}
		}
	})
	t.Run("会同 a list with words after it", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、工作任务\n（一）建立机制。由市交通委会同市公安局等部门落实工作专班，统筹推进。\n", []taskWant{
			{number: "(一)", lead: []string{"市交通委"}, partic: []string{"市公安局"}},
		})
	})
}

func TestStop22Forms(t *testing.T) {
	t.Run("支撑单位 take part", func(t *testing.T) {
		checkTasks(t, "某区城市更新2025年度实施计划\n一、行动任务\n1.推进5个美丽街区建设。（牵头单位：区绿化市容局，支撑单位：相关街镇）\n", []taskWant{
			{number: "1", lead: []string{"区绿化市容局"}, partic: []string{"相关街镇"}, dates: []string{"2025-12-31 target"}},
		})
	})
	t.Run("a page's front matter is no title", func(t *testing.T) {
		d := checkTasks(t, "---\n标题: 关于印发《某区城市更新2025年度实施计划》的通知\n类型: 规划与计划\n状态: 有效\n---\n某区城市更新2025年度实施计划\n一、行动任务\n1.推进美丽街区建设。（牵头单位：区绿化市容局）\n", []taskWant{
			{number: "1", lead: []string{"区绿化市容局"}, dates: []string{"2025-12-31 target"}},
		})
		if strings.Contains(d.Title, "类型") {
			t.Errorf("title %q is the page's label", d.Title)
		}
	})
	t.Run("市、区… is one party of two levels", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、工作任务\n（二）部门工作职责。市、区交通运输部门负责公路超限运输许可；市公安交管部门负责号牌核发。\n", []taskWant{
			{number: "(二)-1", lead: []string{"市、区交通运输部门"}},
			{number: "(二)-2", lead: []string{"市公安交管部门"}},
		})
	})
}

func TestInventoryTableIsNoWork(t *testing.T) {
	d := checkTasks(t, "某区排水管理体制改革实施方案\n一、改革任务\n1.完成移交清单。（责任单位：区建设管理委）\n附件2\n拟移交设施设备汇总表\n序号｜类别｜名称｜明细｜原运维管理单位｜权属\n1｜排水管网｜雨水管道｜主管154.84公里｜某市政养护公司｜某区\n2｜排水泵站｜泵站｜12座｜某市政养护公司｜某区\n", []taskWant{
		{number: "1", lead: []string{"区建设管理委"}},
	})
	found := false
	for _, para := range d.Paras {
		if strings.Contains(para.Text, "雨水管道") {
			found = true
		}
	}
	if !found {
		t.Error("the inventory's rows are not searchable")
	}
}

func TestYingIsNoModalInAWord(t *testing.T) {
	d, err := ParseText("form.txt", "某区方案\n三、改革任务\n1.防汛体系建设。集团派出工作组参与防汛防台应急响应工作，了解掌握我区防汛防台应急响应期间的处置流程。\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, task := range d.Tasks {
		if len(task.Lead) > 0 {
			t.Errorf("task %s: lead %v read before 应急", task.Number, task.Lead)
		}
	}
}

func TestUnitBodyOfAWordStartingWithALevel(t *testing.T) {
	for _, self := range []string{"我局", "本委"} {
		if looksLikeUnit(self) {
			t.Errorf("%s, the issuer speaking of itself, reads as a unit", self)
		}
	}
	for in, want := range map[string]string{"市场监督管理局": "市场监督管理局", "区域发展中心": "区域发展中心", "市商务局": "商务局", "区市场监督管理局": "市场监督管理局"} {
		if got := UnitBody(in); got != want {
			t.Errorf("UnitBody(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSectorsSharingTheirDepartment(t *testing.T) {
	checkTasks(t, "某市意见\n一、重点任务\n（一）加强管理。市绿化市容局要会同市规划资源局、市农业农村委加快制订消纳场所规划。\n（二）强化执法。城市管理综合执法、公安、交通、海事等部门要强化联合执法。\n（三）督促企业。房屋管理、城市管理综合执法部门要督促住宅物业服务企业落实责任。\n（四）查处违法。市文化执法总队负责会同公安、城管部门查处非法出版物。\n", []taskWant{
		{number: "(一)", lead: []string{"市绿化市容局"}, partic: []string{"市规划资源局", "市农业农村委"}},
		{number: "(二)", lead: []string{"城市管理综合执法部门", "公安部门", "交通部门", "海事部门"}},
		{number: "(三)", lead: []string{"房屋管理部门", "城市管理综合执法部门"}},
		{number: "(四)", lead: []string{"市文化执法总队"}, partic: []string{"公安", "城管部门"}},
	})
}

func TestUnitsOneALineInACell(t *testing.T) {
	// A table flattened one cell a paragraph, blank lines between the cells: a cell that lists its
	// units one a line is one cell (the 责任单位), not the 责任单位 and the 配合单位 after it.
	var b strings.Builder
	b.WriteString("某区行动计划\n\n附件\n\n任务清单\n\n序号\n\n主要任务\n\n节点\n\n指标数\n\n责任单位\n\n配合单位\n\n")
	b.WriteString("1\n\n推进绿色账户覆盖\n\n2018年\n\n24.3万户\n\n各街道办事处\n\n区绿化市容局\n\n")
	b.WriteString("2\n\n完成垃圾箱房四分类标识改造\n\n2018年\n\n314个\n\n区绿化市容局\n区房管局\n各街道办事处\n\n")
	b.WriteString("3\n\n道路废物箱标识更新\n\n2018年\n\n735只\n\n区绿化市容局\n\n各街道办事处\n")
	checkTasks(t, b.String(), []taskWant{
		{number: "1", lead: []string{"各街道办事处"}, partic: []string{"区绿化市容局"}},
		{number: "2", lead: []string{"区绿化市容局", "区房管局", "各街道办事处"}},
		{number: "3", lead: []string{"区绿化市容局"}, partic: []string{"各街道办事处"}},
	})
}

// A unit is named as its task writes it when the plan writes it two ways (市人社局 in one task,
// 市人力社保局 in another): output shows the plan's own words.
func TestUnitAsTheTaskWritesIt(t *testing.T) {
	text := formHead + "1.稳定就业。开展技能培训。（责任单位：市人社局）\n2.培育企业。招引人才。（责任单位：市经信局、市人力社保局）\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市人社局"}},
		{number: "2", lead: []string{"市经信局", "市人力社保局"}},
	})
}

// A clause that ends as a name does is no unit: a flattened table's task cell "指导各街道…建设政府
// 专职消防队、志愿消防队" is its task, not its lead.
func TestClauseIsNoUnit(t *testing.T) {
	for _, s := range []string{"指导各街道按照国家和本市地方标准大力发展建设政府专职消防队", "会同区相关职能部门", "定期分批对各街道消防办", "相关资料及经纬度信息报区民防办", "各相关部门依申请按照规定办", "依托第三方专业团队", "相关工作成果纳入管委会"} {
		if looksLikeUnit(s) {
			t.Errorf("looksLikeUnit(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"区消防救援支队", "市推进办", "区委组织部"} {
		if !looksLikeUnit(s) {
			t.Errorf("looksLikeUnit(%q) = false, want true", s)
		}
	}
}

// ⒈ ⒉ (one character each, as some editors print them) number items as 1. 2. do.
func TestDigitFullStopMarkers(t *testing.T) {
	text := formHead + "⒈建立工作小组。各乡镇建立工作小组（责任单位：区住建委）。\n⒉制订工作方案。2021年3月底前完成（责任单位：区农业农村委）。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"区住建委"}},
		{number: "2", lead: []string{"区农业农村委"}, dates: []string{"2021-03-31 by"}},
	})
}

// Goals (or a schedule) stated with dates in their section, in no phrase the period rules know, give the plan its
// period: the latest of them, for the tasks that state no date.
func TestGoalSectionHorizon(t *testing.T) {
	text := "某区排水管理体制改革实施方案\n某府发〔2025〕9号\n\n一、改革目标\n\n按照市改革总体目标，2025年12月底前将排水设施交由城投集团统一运维。2026年底前实现厂站网一体化运维管理，运维水平明显提升。\n\n二、主要任务\n\n1.做好资产移交。（责任单位：区建管委）\n"
	d := checkTasks(t, text, []taskWant{{number: "1", lead: []string{"区建管委"}, dates: []string{"2026-12-31 target"}}})
	if !d.Tasks[0].Deadlines[0].Inherited || d.PeriodQuote != "2026年底前实现厂站网一体化运维管理" {
		t.Errorf("period %q, inherited %v", d.PeriodQuote, d.Tasks[0].Deadlines[0].Inherited)
	}
}

// A schedule section's last stage ends the plan's period.
func TestScheduleSectionHorizon(t *testing.T) {
	text := "某片区美丽乡村示范整治工作方案\n\n一、主要任务\n\n1.建设美丽庭院。责任部门：农业农村处\n\n二、时间安排\n\n前期准备阶段时间：2023年9月-10月，制定方案；筹备迎检阶段时间：2024年2月-3月，总结提炼典型经验。\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"农业农村处"}, dates: []string{"2024-03-31 target"}}})
}

// A marker closing a labelled list ("…，按职责分工负责") is no unit.
func TestMarkerClosingAList(t *testing.T) {
	text := formHead + "1.推进老旧小区改造。（责任单位：市住建局、市自然资源局，按职责分工负责）\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"市住建局", "市自然资源局"}}})
}

// A helper named in a sentence whose subjects change ("X牵头，Y配合，Z负责属地落实") takes part in X's
// clause; "Y配合X做好…" makes X lead and Y take part.
func TestSupportInSubjectClauses(t *testing.T) {
	text := formHead + "1.推进交通整治。市公安局、市交通运输局牵头，市城管局配合，各区政府负责属地落实。\n2.保障资金。市财政局配合市发改委做好资金保障。\n"
	checkTasks(t, text, []taskWant{
		{lead: []string{"市公安局", "市交通运输局"}, partic: []string{"市城管局"}},
		{lead: []string{"各区政府"}},
		{number: "2", lead: []string{"市发改委"}, partic: []string{"市财政局"}},
	})
}

// Two names each with its level, run together where the page lost a space ("市财政局 市统计局"),
// are two units; a name whose second part opens with 市场 stays whole.
func TestGluedLevelledNames(t *testing.T) {
	text := formHead + "1.推进统计改革。牵头单位：市发改委 配合单位：市财政局 市统计局\n2.规范市场。（责任单位：市市场监管局）\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市发改委"}, partic: []string{"市财政局", "市统计局"}},
		{number: "2", lead: []string{"市市场监管局"}},
	})
}

// Those after a lead in its sentence doing their share (按照职责分工抓好落实) take part; a label said
// with 为 is a label.
func TestShareAfterLeadAndLabelWithWei(t *testing.T) {
	text := formHead + "1.推进甲。由市政府办公室牵头，市直有关部门和各县（市、区）政府按照职责分工抓好落实。\n2.推进乙。责任单位为市交通运输局，配合单位为市公安局。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市政府办公室"}, partic: []string{"市直有关部门", "各县（市、区）政府"}},
		{number: "2", lead: []string{"市交通运输局"}, partic: []string{"市公安局"}},
	})
}

// An item number before a date written with dots or slashes ("17.2025.6.30前…") numbers the item.
func TestItemNumberBeforeDottedDate(t *testing.T) {
	text := formHead + "17.2025.6.30前完成监测设备安装联网。（责任单位：市住建局）\n18.2025/12/31前完成问题整改销号。（责任单位：市生态环境局）\n"
	checkTasks(t, text, []taskWant{
		{number: "17", lead: []string{"市住建局"}, dates: []string{"2025-06-30 by"}},
		{number: "18", lead: []string{"市生态环境局"}, dates: []string{"2025-12-31 by"}},
	})
}

// 会同 before units and a verb no list holds ("会同市经济信息化委发布…通知") still names them as taking
// part; a list that goes on past what reads as units ("联合农业农村处、相关处室值班人员") does not.
func TestJointBeforeAnyVerb(t *testing.T) {
	text := formHead + "1.组织申报。市发展改革委会同市经济信息化委发布零碳园区申报通知。\n2.统筹资金。市发展改革委会同相关部门统筹本市相关资金。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市发展改革委"}, partic: []string{"市经济信息化委"}},
		{number: "2", lead: []string{"市发展改革委"}, partic: []string{"相关部门"}},
	})
}

// A plan's horizon stated in its opening, after scraped front matter and the notice that forwards it
// (a real page: the corpus's Shanghai zero-carbon park plan), is its period.
func TestOpeningAfterFrontMatter(t *testing.T) {
	b, err := os.ReadFile("testdata/corpus/dev/am-sh-shanghai-2026-zero-carbon-park-plan.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse("zero-carbon.txt", b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Period.String() != "2030-12-31" || d.PeriodQuote != "到2030年" {
		t.Errorf("period %s %q, want 2030-12-31 到2030年", d.Period, d.PeriodQuote)
	}
}

// A zone's plan calls its committee 管委会: a subject like any unit.
func TestZoneCommitteeAsSubject(t *testing.T) {
	text := "某新片区城市体检实施方案\n一、工作内容\n1.开展体检。管委会会同浦东新区和奉贤区每年选取试点镇开展体检。\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"管委会"}, partic: []string{"浦东新区", "奉贤区"}}})
}

// The items of a measures section are tasks though no unit is read in them; a 保障措施 item only when
// it names someone to act.
func TestMeasuresSectionItems(t *testing.T) {
	text := "某区停车资源共享实施意见\n某府办〔2016〕8号\n\n一、实施措施\n\n（一）建立区域停车资源共享利用协调机制\n\n区政府按照市里的统一规定，建立区级停车资源共享协调制度。\n\n二、保障措施\n\n（一）加强要素保障。优先保障重大项目的用地需求。\n\n（二）强化科研支撑。上海辰山植物园、上海植物园等单位发挥研究优势，开展品种筛选。\n"
	d, err := Parse("zz.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, tk := range d.Tasks {
		titles = append(titles, tk.Title)
	}
	got := strings.Join(titles, "|")
	for _, want := range []string{"建立区域停车资源共享利用协调机制", "强化科研支撑"} {
		if !strings.Contains(got, want) {
			t.Errorf("tasks %q lack %q", got, want)
		}
	}
	if strings.Contains(got, "加强要素保障") {
		t.Errorf("tasks %q: a 保障措施 item naming no one is no task", got)
	}
}

// A plan's closing provisions (附则: when it takes effect, what it replaces) are no task.
func TestProvisionsAreNoTask(t *testing.T) {
	text := formHead + "1.做好养护。区水务局负责河湖养护。\n二、附则\n本实施意见自发布之日起施行。区水务局、区财政局印发的《养护意见》同时废止。\n"
	d := checkTasks(t, text, []taskWant{{number: "1", lead: []string{"区水务局"}}})
	if len(d.Tasks) != 1 {
		t.Errorf("got %d tasks, want the one task and no 附则", len(d.Tasks))
	}
}

// TestDateHeadingOverItsWork: "（二）2023年6月底前" on a line of its own over the work due then (a
// plan's 时间节点 part): the heading's date is the item's deadline, not the plan's period.
func TestDateHeadingOverItsWork(t *testing.T) {
	text := "上海港岸电实施方案（2023年）\n沪交科〔2023〕233号\n三、时间节点\n" +
		"（一）2023年4月底前\n开展岸电使用宣传教育。\n（二）2023年6月底前\n召开推进会议。\n"
	checkTasks(t, text, []taskWant{
		{number: "(一)", dates: []string{"2023-04-30 by"}},
		{number: "(二)", dates: []string{"2023-06-30 by"}},
	})
}

// TestTimesAfterAPeriod: "每两周至少一次全覆盖清理" says how often as a count of times: a duty.
func TestTimesAfterAPeriod(t *testing.T) {
	text := formHead + "5.优化清理频次。清洁的岸段落实每两周至少一次全覆盖清理，不清洁的岸段落实每周不少于2次清理。（区水务局）\n"
	checkTasks(t, text, []taskWant{{number: "5", lead: []string{"区水务局"}, rules: []string{"FREQ=WEEKLY;INTERVAL=2", "FREQ=WEEKLY"}}})
}

// TestUnitsSeparatedBySpaces: a list whose spaces the page lost runs several levelled names together,
// and a group of places may follow a unit so; a bureau's own stations (区公安分局各辖区派出所) stay one.
func TestUnitsSeparatedBySpaces(t *testing.T) {
	checkTasks(t, formHead+"6.开展培育。责任单位：区发改局 区工信局 区商务局 区统计局\n"+
		"7.做好防治。（牵头单位：县自然资源局　配合单位：县应急管理局　县水利局　各乡（镇）人民政府）\n"+
		"8.做好指导。区公安分局各辖区派出所负责指导。\n", []taskWant{
		{number: "6", lead: []string{"区发改局", "区工信局", "区商务局", "区统计局"}},
		{number: "7", lead: []string{"县自然资源局"}, partic: []string{"县应急管理局", "县水利局", "各乡（镇）人民政府"}},
		{number: "8", lead: []string{"区公安分局各辖区派出所"}},
	})
}

// TestYearSpansOfWork: a span of years that opens an item after its number, follows 力争, or gives
// the span of the work in brackets (三年行动（2025—2027年）) is reached by its last year.
func TestYearSpansOfWork(t *testing.T) {
	checkTasks(t, formHead+"1.2024年至2026年，完成全县农村公路危桥改造45座。（责任单位：县交通局）\n"+
		"2.力争2025—2027年，全市规上工业企业数字化改造覆盖率达到90%。（责任单位：市经信局）\n"+
		"3.深入实施城市更新三年行动（2025—2027年），累计完成城中村改造项目15个。（责任单位：市住建局）\n"+
		"4.落实《某某市养老服务规划（2021—2025年）》。（责任单位：市民政局）\n", []taskWant{
		{number: "1", lead: []string{"县交通局"}, dates: []string{"2026-12-31 target"}},
		{number: "2", lead: []string{"市经信局"}, dates: []string{"2027-12-31 target"}},
		{number: "3", lead: []string{"市住建局"}, dates: []string{"2027-12-31 target"}},
		{number: "4", lead: []string{"市民政局"}, dates: []string{}},
	})
}

// TestDatesThatNameWhatWasDone: a date followed by what was done by then (已完成, 建成的, 发生的)
// names the things a task is about, a date inside 《》 a document, and a year-end after "已于2023年
// 完成" is the plan's own.
func TestDatesThatNameWhatWasDone(t *testing.T) {
	checkTasks(t, formHead+"1.对2000年底前建成的城镇老旧小区实施改造。（责任单位：市住建局）\n"+
		"2.2024年底前已完成排查的隐患点，由属地乡镇于2025年3月底前完成整改销号。（责任单位：市应急局）\n"+
		"3.对照《2025年第2季度重点工作任务清单》和《第3季度统计报表》，逐项梳理。（责任单位：市统计局）\n"+
		"4.我市已于2023年完成整市试点，年底前完成登记赋码全覆盖。（责任单位：市农业农村局）\n", []taskWant{
		{number: "1", lead: []string{"市住建局"}, dates: []string{}},
		{number: "2", lead: []string{"市应急局"}, dates: []string{"2025-03-31 by"}},
		{number: "3", lead: []string{"市统计局"}, dates: []string{}},
		{number: "4", lead: []string{"市农业农村局"}, dates: []string{"2025-12-31 by"}},
	})
}

// TestMonthsInChineseNumerals: a month and day in Chinese numerals without their year (十一月二十日前,
// 次年一月十五日前) are read as the digits would be; "一月一调度" stays a duty.
func TestMonthsInChineseNumerals(t *testing.T) {
	checkTasks(t, formHead+"1.十二月底前完成年度考核，次年一月十五日前将考核结果报市政府。（责任单位：市考核办）\n"+
		"2.一月一调度，十一月二十日前完成秸秆禁烧责任落实。（责任单位：市农业农村局）\n", []taskWant{
		{number: "1", lead: []string{"市考核办"}, dates: []string{"2025-12-31 by", "2026-01-15 by"}},
		{number: "2", lead: []string{"市农业农村局"}, dates: []string{"2025-11-20 by"}, rules: []string{"FREQ=MONTHLY"}},
	})
}

// TestActAndTimesAfterAPeriod: "每季度至少巡河1次", "每两年修订一次", "每年汛期前组织一次" are duties
// (an act and how many times in the period); "每年培育100家企业" is a yearly figure.
func TestActAndTimesAfterAPeriod(t *testing.T) {
	checkTasks(t, formHead+"1.县级河长每季度至少巡河1次，村级河长每周巡河不少于1次。（责任单位：县水利局）\n"+
		"2.每两年修订一次应急预案，每年汛期前组织一次防汛应急演练。（责任单位：县应急局）\n"+
		"3.每年培育100家科技型企业。（责任单位：县科技局）\n", []taskWant{
		{number: "1", lead: []string{"县水利局"}, rules: []string{"FREQ=MONTHLY;INTERVAL=3", "FREQ=WEEKLY"}},
		{number: "2", lead: []string{"县应急局"}, rules: []string{"FREQ=YEARLY;INTERVAL=2", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=31"}},
		{number: "3", lead: []string{"县科技局"}, rules: []string{}},
	})
}

// TestStageHeadingsDateTheirItems: the work under a stage heading is due by the stage's end, when the
// stage runs 即日起 to a day or ends in 中下旬, and an item naming no unit under it is work all the same.
func TestStageHeadingsDateTheirItems(t *testing.T) {
	checkTasks(t, formHead+"（一）排查摸底阶段（即日起—3月31日）\n1.各街道负责开展拉网式排查。\n"+
		"（二）集中整治阶段（5月1日至9月30日）\n1.全面排查餐饮场所燃气使用情况，逐一建立台账。\n"+
		"（三）总结验收阶段（11月中下旬）\n1.县专项整治领导小组组织验收。\n", []taskWant{
		{number: "1", lead: []string{"各街道"}, dates: []string{"2025-03-31 by"}},
		{number: "1", dates: []string{"2025-09-30 by"}},
		{number: "1", lead: []string{"县专项整治领导小组"}, dates: []string{"2025-11-30 by"}},
	})
}

// TestCampaignPeriodPart: "四、整治时间 …自2021年3月25日至6月20日" states the plan's period, which its
// undated tasks take; it is no task. A bureau's head ("区交建局局长潘新雅") is no unit.
func TestCampaignPeriodPart(t *testing.T) {
	text := "全区商品砼市场专项整治方案\n一、整治对象\n三家企业。\n二、整治时间\n专项整治工作在3个月内完成，自2021年3月25日至6月20日。\n" +
		"三、责任分工\n组长由副主任担任，区交建局局长潘新雅任副组长。\n（一）区市场监管局牵头涉嫌垄断调查整治工作。\n"
	d := checkTasks(t, text, []taskWant{{number: "(一)", lead: []string{"区市场监管局"}, dates: []string{"2021-06-20 target"}}})
	if len(d.Tasks) != 1 {
		t.Errorf("got %d tasks, want only (一)", len(d.Tasks))
	}
}

// TestHeadingThatIsWork: an item headed by work to do ("召开动员部署会") names no unit in its heading.
func TestHeadingThatIsWork(t *testing.T) {
	checkTasks(t, formHead+"（一）前期准备阶段（2022年3月1日—3月28日）\n1.召开动员部署会。召开迎接评估动员部署会，统一思想。\n", []taskWant{
		{number: "1", lead: []string{}, dates: []string{"2022-03-28 by"}},
	})
}

// TestSubjectsWithAnyVerb: a unit opening a sentence with what it does is its lead, whatever the verb
// ("县财政局设立…不低于500万元", where 于 is no date's), and so is a group of places ("各街道开展…").
func TestSubjectsWithAnyVerb(t *testing.T) {
	checkTasks(t, formHead+"1.县财政局设立不低于500万元的中小微企业贷款风险补偿资金。\n"+
		"2.各街道开展拉网式排查，对辖区内群租房逐户登记造册。\n"+
		"3.各乡镇（街道）组织开展农村房屋安全隐患排查。\n", []taskWant{
		{number: "1", lead: []string{"县财政局"}},
		{number: "2", lead: []string{"各街道"}},
		{number: "3", lead: []string{"各乡镇（街道）"}},
	})
}

// TestCampaignSpanInTheOpening: "决定从6月10日至9月20日，在全区开展…百日行动" in the opening is the
// plan's period; a member list's "区经济发展局局长张鼎" names a person, not a unit.
func TestCampaignSpanInTheOpening(t *testing.T) {
	text := "开展安全生产大检查暨重点整治百日行动实施方案\n闽岚综实管综〔2013〕54号\n" +
		"为吸取事故教训，决定从6月10日至9月20日，在全区开展安全生产重点整治百日行动。\n" +
		"一、重点任务\n1.危险化学品领域：由区安监局牵头组织，负责对全区工业气体经营企业开展检查。\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"区安监局"}, dates: []string{"2013-09-20 target"}}})
	for _, name := range []string{"县安监局局长张鼎县公安局", "区安委会主任欧小宁区经济发展局"} {
		if looksLikeUnit(name) {
			t.Errorf("looksLikeUnit(%q): a person's rank and name inside, want no unit", name)
		}
	}
}

// TestGroupAndAnotherParty: "各乡镇和相关单位" are two parties; "各有关部门和单位" stays one.
func TestGroupAndAnotherParty(t *testing.T) {
	checkTasks(t, formHead+"1.各乡镇和相关单位要根据造林绿化任务抓好落实。\n2.各有关部门和单位要抓好落实。\n", []taskWant{
		{number: "1", lead: []string{"各乡镇", "相关单位"}},
		{number: "2", lead: []string{"各有关部门和单位"}},
	})
}

// TestUnitCommaDuty: "（四）区执法应急局，负责调查…": the unit, a comma, then its duty.
func TestUnitCommaDuty(t *testing.T) {
	checkTasks(t, formHead+"（四）区执法应急局，负责调查商品砼企业砂石来源是否合法。\n", []taskWant{
		{number: "(四)", lead: []string{"区执法应急局"}},
	})
}

// TestTimeLabelValues: what a time or frequency label gives is the task's: a month or a year alone
// is due by its end, and a period with words after it is a duty.
func TestTimeLabelValues(t *testing.T) {
	checkTasks(t, formHead+"1.完成城区雨污分流改造管网18公里。\n【责任单位】市住建局\n【时限】2026年10月\n"+
		"2.开展重点项目建设调度。\n责任单位：区发展改革委\n时间节点：每季度末\n"+
		"3.开展城市桥梁隧道安全巡查。\n【责任单位】市城管局\n【频次】每两周一次\n", []taskWant{
		{number: "1", lead: []string{"市住建局"}, dates: []string{"2026-10-31 by"}},
		{number: "2", lead: []string{"区发展改革委"}, rules: []string{"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"}},
		{number: "3", lead: []string{"市城管局"}, rules: []string{"FREQ=WEEKLY;INTERVAL=2"}},
	})
}

// TestPilotBatches: "试点单位：第一批：…，2017年12月底前完成；第二批：…" names the units that take part,
// batch by batch, and the dates each batch is due.
func TestPilotBatches(t *testing.T) {
	checkTasks(t, formHead+"1.实施档案电子化。 牵头单位：区行政审批局 试点单位：第一批：区档案局、区市场监督管理局，2017年12月底前完成；第二批：区公安局，2018年6月底前完成。\n", []taskWant{
		{number: "1", lead: []string{"区行政审批局"}, partic: []string{"区档案局", "区市场监督管理局", "区公安局"}, dates: []string{"2017-12-31 by", "2018-06-30 by"}},
	})
}

// TestPrinciplesAreNoTask: an item stating the plan's guiding ideas or principles is no task,
// whatever units it names.
func TestPrinciplesAreNoTask(t *testing.T) {
	text := formHead + "1.基本原则。一是加强领导、合力推进。各街镇要落实属地责任。\n2.推进分类投放。（责任单位：区绿化市容局）\n"
	d := checkTasks(t, text, []taskWant{{number: "2", lead: []string{"区绿化市容局"}}})
	if len(d.Tasks) != 1 {
		t.Errorf("got %d tasks, want only item 2", len(d.Tasks))
	}
}

// TestLongSubjectList: a list of six units opening a sentence ("镇城运中心、规建办、…、派出所等相关部门应当…")
// is its subject, though longer than a name.
func TestLongSubjectList(t *testing.T) {
	checkTasks(t, formHead+"（四）严格监督执法。镇城运中心、规建办、动迁办、房管办、城管执法中队、派出所等相关部门应当各尽其责，加大监督执法力度。\n", []taskWant{
		{number: "(四)", lead: []string{"镇城运中心", "规建办", "动迁办", "房管办", "城管执法中队", "派出所"}},
	})
}

// TestStandingNoteWithXuYao: "以下各项工作均需要各单位负责，不再单独列出" names 各单位 for the later tasks,
// not 要各单位.
func TestStandingNoteWithXuYao(t *testing.T) {
	checkTasks(t, formHead+"1.推进管道排查。（市局特种设备安全监察处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）\n2.开展执法检查。（牵头单位：市局执法总队）\n", []taskWant{
		{number: "1", lead: []string{"市局特种设备安全监察处"}, partic: []string{"各单位"}},
		{number: "2", lead: []string{"市局执法总队"}, partic: []string{"各单位"}},
	})
}

// TestReviewOfStop29Rules: what a review of this stop's rules found them misreading.
func TestReviewOfStop29Rules(t *testing.T) {
	t.Run("work to be built is due, not a cohort", func(t *testing.T) {
		checkTasks(t, formHead+"1.2025年底前建成并投入使用。（责任单位：市住建局）\n2.2025年6月底前开工、2026年底前建成。（责任单位：市交通局）\n3.2025年9月底前设立并运行服务中心。（责任单位：市民政局）\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市交通局"}, dates: []string{"2025-06-30 by", "2026-12-31 by"}},
			{number: "3", lead: []string{"市民政局"}, dates: []string{"2025-09-30 by"}},
		})
	})
	t.Run("spans of years that are data or a plan's horizon", func(t *testing.T) {
		checkTasks(t, formHead+"1.运用2021—2023年监测数据开展评估。（责任单位：市生态环境局）\n2.对在2015—2020年间完成改造的小区开展回访。（责任单位：市住建局）\n3.落实国土空间总体规划，规划时间（2021—2035年）。（责任单位：市自然资源局）\n", []taskWant{
			{number: "1", lead: []string{"市生态环境局"}, dates: []string{}}, {number: "2", lead: []string{"市住建局"}, dates: []string{}},
			{number: "3", lead: []string{"市自然资源局"}, dates: []string{}},
		})
	})
	t.Run("a one-off payment is no duty", func(t *testing.T) {
		checkTasks(t, formHead+"1.对新就业大学生每年发放一次性补贴5000元。（责任单位：市人社局）\n", []taskWant{{number: "1", lead: []string{"市人社局"}, rules: []string{}}})
	})
	t.Run("subjects that are clauses", func(t *testing.T) {
		checkTasks(t, formHead+"1.县政府重点工作任务实行县政府分线领导牵头负责制。（责任单位：县政府办）\n2.区住建局各区属物业公司要做好排查。\n", []taskWant{
			{number: "1", lead: []string{"县政府办"}},
			{number: "2", lead: []string{"区住建局各区属物业公司"}},
		})
	})
	t.Run("one signer's name is one body", func(t *testing.T) {
		for _, organ := range []string{"白龙江林业管理局办公室", "中共广西壮族自治区委员会办公厅"} {
			d, err := ParseText("s.txt", "某工作方案\n现将方案印发给你们。\n"+organ+"\n2015年5月1日\n一、重点任务\n1.推进排查。（责任单位：区林业局）\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Issuer != organ {
				t.Errorf("Issuer = %q, want %q", d.Issuer, organ)
			}
		}
	})
	t.Run("a past campaign's span is no period", func(t *testing.T) {
		d := checkTasks(t, "某区燃气安全工作方案\n某府办〔2023〕5号\n2022年6月至12月，全区组织开展了燃气安全专项排查整治行动。\n一、主要任务\n1.推进管道更新。（责任单位：区住建委）\n", []taskWant{{number: "1", lead: []string{"区住建委"}}})
		if !d.Period.IsZero() {
			t.Errorf("period %v (%q): a past campaign's span", d.Period, d.PeriodQuote)
		}
	})
}

// TestStop30Forms: forms met in the corpus's plans this stop.
func TestStop30Forms(t *testing.T) {
	t.Run("schedule stages read as tasks give the plan its period", func(t *testing.T) {
		d := checkTasks(t, "某片区美丽乡村整治工作方案\n一、重点任务\n（一）建设美丽庭院。（责任单位：农业农村处）\n二、时间安排\n（一）前期准备阶段时间：2023年9月-10月任务：各村制定工作方案。\n（二）筹备迎检阶段时间：2024年2月-3月任务：各村总结提炼典型经验。\n", []taskWant{
			{number: "(一)", lead: []string{"农业农村处"}, dates: []string{"2024-03-31 target"}},
			{number: "(一)", dates: []string{"2023-10-31 by"}},
			{number: "(二)", dates: []string{"2024-03-31 by"}},
		})
		if want := NewDay(2024, time.March, 31); d.Period != want {
			t.Errorf("period %v, want %v", d.Period, want)
		}
	})
	t.Run("a base year dates nothing and gives no year", func(t *testing.T) {
		checkTasks(t, formHead+"1.在2020年试点经验的基础上，推行全员绩效考核。8月份前建立考核指标体系。（责任单位：市国资委）\n", []taskWant{
			{number: "1", lead: []string{"市国资委"}, dates: []string{"2025-08-31 by"}},
		})
	})
	t.Run("days listed up to one 前", func(t *testing.T) {
		checkTasks(t, formHead+"1.各单位应分别于2025年2月14日、5月16日、8月15日、11月14日前报送季度报表。（责任单位：市统计局）\n2.5月20日、6月1日召开推进会。（责任单位：市统计局）\n", []taskWant{
			{number: "1", lead: []string{"市统计局"}, dates: []string{"2025-02-14 by", "2025-05-16 by", "2025-08-15 by", "2025-11-14 by"}},
			{number: "2", lead: []string{"市统计局"}, dates: []string{}},
		})
	})
	t.Run("a year named for its campaign is the plan's period", func(t *testing.T) {
		d := checkTasks(t, "某区“国企提升发展年”行动方案\n为推动国企高质量发展，区委、区政府决定将2021年确定为“国企提升发展年”。\n一、重点任务\n1.推进混合所有制改革。（责任单位：区国资局）\n", []taskWant{
			{number: "1", lead: []string{"区国资局"}, dates: []string{"2021-12-31 target"}},
		})
		if want := NewDay(2021, time.December, 31); d.Period != want {
			t.Errorf("period %v, want %v", d.Period, want)
		}
	})
	t.Run("a list of bodies opening a sentence with any verb", func(t *testing.T) {
		checkTasks(t, "某新片区城市体检实施方案\n三、工作保障\n（一）强化成果应用\n新片区管委会、镇政府积极推动城市体检成果应用实践。\n（二）加强资金保障\n管委会、各镇按照预算管理有关规定，统筹安排资金。\n（三）加强宣传\n土壤、大气污染防治工作取得成效。\n", []taskWant{
			{number: "(一)", lead: []string{"新片区管委会", "镇政府"}},
			{number: "(二)", lead: []string{"管委会", "各镇"}},
		})
	})
	t.Run("a stage named on a line of its own over numbered items", func(t *testing.T) {
		checkTasks(t, formHead+"第一阶段：自查自纠（即日起至2025年4月30日）\n1.各单位对照问题清单开展自查。（责任单位：市应急局）\n第二季度重点任务\n2.新增助餐点20个。（责任单位：市民政局）\n3月份工作安排\n3.组织开展义务植树活动。（责任单位：市林业局）\n", []taskWant{
			{number: "1", lead: []string{"市应急局"}, dates: []string{"2025-04-30 by"}},
			{number: "2", lead: []string{"市民政局"}, dates: []string{"2025-06-30 by"}},
			{number: "3", lead: []string{"市林业局"}, dates: []string{"2025-03-31 by"}},
		})
	})
	t.Run("time labels: a note's, a day alone, a year in two digits, the next year", func(t *testing.T) {
		checkTasks(t, formHead+"1.组织开展大赛。（牵头单位：市人社局；完成时限：10月20日）\n2.组织开展大赛。牵头单位:市人社局;时限:10月20日\n3.建设平台。\n责任单位：市数据局\n完成时限：25年6月底\n4.完成普查数据汇总。\n责任单位：市统计局\n完成时限：次年1月\n", []taskWant{
			{number: "1", lead: []string{"市人社局"}, dates: []string{"2025-10-20 by"}},
			{number: "2", lead: []string{"市人社局"}, dates: []string{"2025-10-20 by"}},
			{number: "3", lead: []string{"市数据局"}, dates: []string{"2025-06-30 by"}},
			{number: "4", lead: []string{"市统计局"}, dates: []string{"2026-01-31 by"}},
		})
	})
	t.Run("a year named relative to the plan's, opening work", func(t *testing.T) {
		checkTasks(t, formHead+"1.推进焚烧发电二期项目建设。今年完成项目选址和环评批复，明年开工建设，2027年建成投运。（责任单位：市城管局）\n2.巡查发现的问题原则上当年整改到位。（责任单位：各乡镇）\n3.各部门招商引资要实现当年开工项目31项。（责任单位：市商务局）\n4.今年以来，全市新增就业1万人，今年新增城镇就业1.1万人。（责任单位：市人社局）\n", []taskWant{
			{number: "1", lead: []string{"市城管局"}, dates: []string{"2025-12-31 by", "2026-12-31 by", "2027-12-31 by"}},
			{number: "2", lead: []string{"各乡镇"}, dates: []string{"2025-12-31 by"}},
			{number: "3", lead: []string{"市商务局"}, dates: []string{}},
			{number: "4", lead: []string{"市人社局"}, dates: []string{"2025-12-31 target"}},
		})
	})
	t.Run("lists of years, past events and figures to reach", func(t *testing.T) {
		checkTasks(t, formHead+"1.农村生活污水治理率2024年、2025年、2026年分别达到45%、50%、55%以上。（责任单位：市生态环境局）\n2.做好2024年和2025年香港推介会。（责任单位：市商务局）\n3.2023年9月，我市成功入选全国试点。要进一步总结试点经验。（责任单位：市财政局）\n4.到2027年6月底，全市二级以上公立医院全部接入互认平台。（责任单位：市卫健委）\n5.2026年末，全市每千人口托位数达到4.5个。（责任单位：市卫健委）\n6.集中攻坚行动时间为2025年5月至2026年4月。（责任单位：市住建局）\n", []taskWant{
			{number: "1", lead: []string{"市生态环境局"}, dates: []string{"2024-12-31 target", "2025-12-31 target", "2026-12-31 target"}},
			{number: "2", lead: []string{"市商务局"}, dates: []string{}},
			{number: "3", lead: []string{"市财政局"}, dates: []string{}},
			{number: "4", lead: []string{"市卫健委"}, dates: []string{"2027-06-30 target"}},
			{number: "5", lead: []string{"市卫健委"}, dates: []string{"2026-12-31 target"}},
			{number: "6", lead: []string{"市住建局"}, dates: []string{"2026-04-30 by"}},
		})
	})
	t.Run("a zone's body other than its committee issuing", func(t *testing.T) {
		for _, head := range []string{"平潭综合实验区扶贫开发领导小组关于印发《解决突出问题实施方案》的通知\n", "标题: 解决突出问题实施方案\n发布机构: 平潭综合实验区农业农村局\n"} {
			d, err := ParseText("z.txt", head+"一、主要任务\n1.推进排查。（责任单位：区农业农村局）\n", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.City != "福州市平潭县" {
				t.Errorf("%q: city %q, want 福州市平潭县", head, d.City)
			}
		}
	})
	t.Run("a sentence introducing a list names who does its items", func(t *testing.T) {
		checkTasks(t, "某区工作方案\n四、工作制度\n街道消防委实施以下四项工作制度：\n（一）例会制度\n原则上每半年至少召开一次成员单位会议。\n（二）联络员制度\n各成员单位应指定专人担任联络员。\n五、职责\n区住建局负责以下工作：\n（一）开展燃气排查。\n（二）推进管网改造。（责任单位：区城管局）\n", []taskWant{
			{number: "(一)", lead: []string{"街道消防委"}},
			{number: "(二)", lead: []string{"各成员单位"}},
			{number: "(一)", lead: []string{"区住建局"}},
			{number: "(二)", lead: []string{"区城管局"}},
		})
	})
	t.Run("a standing list for a role, and a unit that guides", func(t *testing.T) {
		checkTasks(t, "某工作方案\n一、主要任务\n1．强化产品质量监督。持续开展抽查。（牵头指导处室：市局产品质量处，各区市场监管局、机场分局为实施单位，下同）\n2．强化认证活动监管。开展监管。（牵头指导处室：市局认证处）\n3.推进执法。市城管执法局指导各级城管执法部门对违法行为进行执法。\n", []taskWant{
			{number: "1", lead: []string{"市局产品质量处"}, partic: []string{"各区市场监管局", "机场分局"}},
			{number: "2", lead: []string{"市局认证处"}, partic: []string{"各区市场监管局", "机场分局"}},
			{number: "3", lead: []string{"市城管执法局"}, partic: []string{"各区市场监管局", "机场分局"}},
		})
	})
	t.Run("a district named as a party is its government", func(t *testing.T) {
		a := DefaultAliases()
		for _, pair := range [][2]string{{"浦东新区", "浦东新区政府"}, {"浦东新区人民政府", "浦东新区政府"}, {"市人民政府", "市政府"}} {
			if a.Canonical(pair[0]) != a.Canonical(pair[1]) {
				t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q: want one unit", pair[0], a.Canonical(pair[0]), pair[1], a.Canonical(pair[1]))
			}
		}
	})
	t.Run("a body formed with its office, then its duty", func(t *testing.T) {
		checkTasks(t, formHead+"1.加强组织领导。区安委会成立“六打六治”专项行动工作小组，下设办公室，负责综合协调和监督检查。\n", []taskWant{
			{number: "1", lead: []string{"“六打六治”专项行动工作小组"}},
		})
	})
	t.Run("a campaign's end day in its schedule is the plan's period", func(t *testing.T) {
		d := checkTasks(t, "某区景区安全专项整治工作方案\n一、整治内容\n（一）加强景区管理。严格落实安全制度。（各片区管理局、区公安局按职责分工负责）\n三、实施步骤\n本方案自印发之日起至2021年11月30日开展为期3个月专项整治。\n", []taskWant{
			{number: "(一)", lead: []string{"各片区管理局", "区公安局"}, dates: []string{"2021-11-30 target"}},
		})
		if want := NewDay(2021, time.November, 30); d.Period != want {
			t.Errorf("period %v, want %v", d.Period, want)
		}
	})
	t.Run("who guides is no subject; 委托 is no body's ending; lists of bodies with any verb", func(t *testing.T) {
		checkTasks(t, formHead+"1.县住建局委托县城投公司代建第二污水处理厂。\n2.在省文化和旅游厅指导下，市文广旅局组织开展A级景区复核。\n3.县自然资源局、县林业局、各乡镇（场）严格落实林长制。\n4.开发区管委会、县招商服务中心主动对接产业转移。\n5.成立县创建国家卫生县城工作领导小组，由县长任组长，负责创建工作的统筹协调。\n", []taskWant{
			{number: "1", lead: []string{"县住建局"}},
			{number: "2", lead: []string{"市文广旅局"}},
			{number: "3", lead: []string{"县自然资源局", "县林业局", "各乡镇（场）"}},
			{number: "4", lead: []string{"开发区管委会", "县招商服务中心"}},
			{number: "5", lead: []string{"县创建国家卫生县城工作领导小组"}},
		})
	})
	t.Run("standing lines and introductions over the items", func(t *testing.T) {
		checkTasks(t, "某区工作方案\n一、重点任务\n（以下各项均需各街道办事处配合，不再列出）\n1.实施道路“白改黑”工程。（责任单位：区住建局、区城管局）\n二、民生任务（本部分任务均由区民政局牵头）\n2.新增养老床位200张。（各街道落实）\n三、宣传工作\n以下工作由区委宣传部牵头，区文明办配合：\n3.开展“身边好人”评选活动。\n四、职责\n区体育局的主要职责如下：\n5.负责全民健身公共服务体系建设。\n", []taskWant{
			{number: "1", lead: []string{"区住建局", "区城管局"}, partic: []string{"各街道办事处"}},
			{number: "2", lead: []string{"区民政局"}, partic: []string{"各街道"}},
			{number: "3", lead: []string{"区委宣传部"}, partic: []string{"区文明办"}},
			{number: "5", lead: []string{"区体育局"}},
		})
	})
	t.Run("a long list of subjects and its 等牵头单位", func(t *testing.T) {
		checkTasks(t, formHead+"1.区经济发展局、区环境与国土资源局、区交通与建设局、区公安局、区公安消防支队、区安监局、县质监局、福州海事局平潭海事处等牵头单位应将实施方案报送区安办。\n", []taskWant{
			{number: "1", lead: []string{"区经济发展局", "区环境与国土资源局", "区交通与建设局", "区公安局", "区公安消防支队", "区安监局", "县质监局", "福州海事局平潭海事处"}},
		})
	})
	t.Run("a right's term, a cohort of several traits, a span into the next year", func(t *testing.T) {
		checkTasks(t, formHead+"1.符合条件的企业补助资格有效期至2027年6月30日。（责任单位：市科技局）\n2.改造范围为2000年底前建成、失养失修失管、配套设施不完善的住宅小区。（责任单位：市住建局）\n3.11月—次年3月，严格落实重污染天气应急减排措施。（责任单位：市生态环境局）\n", []taskWant{
			{number: "1", lead: []string{"市科技局"}, dates: []string{}},
			{number: "2", lead: []string{"市住建局"}, dates: []string{}},
			{number: "3", lead: []string{"市生态环境局"}, dates: []string{"2026-03-31 by"}},
		})
	})
	t.Run("review: comparisons keep their targets; passive 委托; facilities; standing words; intros that set", func(t *testing.T) {
		checkTasks(t, formHead+"1.到2025年全市单位地区生产总值能耗与2020年相比下降14%。（责任单位：市发改委）\n2.2025年底前在现有基础上新增公共停车位500个。（责任单位：市住建局）\n3.受区政府委托，区住建局负责组织实施老旧小区改造。\n4.物业服务企业、委托管理单位要落实消防安全责任。\n5.再生资源回收站、垃圾中转站加快建设。\n6.区政府督促检查组对各街道落实情况开展检查。\n", []taskWant{
			{number: "1", lead: []string{"市发改委"}, dates: []string{"2025-12-31 target"}},
			{number: "2", lead: []string{"市住建局"}, dates: []string{"2025-12-31 by"}},
			{number: "3", lead: []string{"区住建局"}},
			{number: "4", lead: []string{"物业服务企业", "委托管理单位"}},
			{number: "5", lead: []string{}},
			{number: "6", lead: []string{"区政府督促检查组"}},
		})
		checkTasks(t, "某区工作方案\n一、主要任务\n各项任务均需在2025年底前完成。\n（一）开展燃气安全排查。（责任单位：区住建局）\n二、工作要求\n市委、市政府对此高度重视，提出以下要求：\n（一）提高思想认识。\n（二）加强督促检查。（责任单位：区督查室）\n", []taskWant{
			{number: "(一)", lead: []string{"区住建局"}},
			{number: "(二)", lead: []string{"区督查室"}},
		})
	})
	t.Run("review: a standing list for a role stays in its part; a stage line under a numbered heading", func(t *testing.T) {
		checkTasks(t, "某工作方案\n一、主要任务\n1.强化产品质量监督。（牵头指导处室：市局产品质量处，各区市场监管局、机场分局为实施单位，下同）\n2.强化认证活动监管。（牵头指导处室：市局认证处）\n二、工作要求\n（一）强化保障。市局办公室负责做好经费保障。\n", []taskWant{
			{number: "1", lead: []string{"市局产品质量处"}, partic: []string{"各区市场监管局", "机场分局"}},
			{number: "2", lead: []string{"市局认证处"}, partic: []string{"各区市场监管局", "机场分局"}},
			{number: "(一)", lead: []string{"市局办公室"}, partic: []string{}},
		})
		checkTasks(t, "某市燃气整治方案\n二、重点任务\n（一）燃气经营企业整治（牵头单位：市住建局）\n第一阶段：排查摸底（即日起至2025年4月30日）\n1.开展燃气经营企业全面排查。\n（二）餐饮场所整治（牵头单位：市商务局）\n3.推广安装燃气报警装置。\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}},
			{number: "3", lead: []string{"市商务局"}},
		})
	})
	t.Run("review: 次年 after a year named, 当年 of a past year, a year qualifying a noun", func(t *testing.T) {
		checkTasks(t, formHead+"1.2026年完成项目选址，次年开工建设。（责任单位：市住建局）\n2.当年实现扭亏为盈的企业给予奖励。（责任单位：市国资委）\n3.今年要完成全部摸排。（责任单位：市应急局）\n", []taskWant{
			{number: "1", lead: []string{"市住建局"}, dates: []string{"2026-12-31 by", "2027-12-31 by"}},
			{number: "2", lead: []string{"市国资委"}, dates: []string{}},
			{number: "3", lead: []string{"市应急局"}, dates: []string{"2025-12-31 by"}},
		})
	})
	t.Run("spaces a page set inside dates", func(t *testing.T) {
		checkTasks(t, formHead+"1.各村于10 月 31 日 前完成合同自查。（责任单位：各村）\n2.力争在2025年12月 15日前完成处置。（责任单位：区海洋局）\n", []taskWant{
			{number: "1", lead: []string{"各村"}, dates: []string{"2025-10-31 by"}},
			{number: "2", lead: []string{"区海洋局"}, dates: []string{"2025-12-15 by"}},
		})
	})
}
