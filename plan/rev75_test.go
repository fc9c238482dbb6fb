package plan

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Review 75: where the plan reader goes wrong on plans written differently from the ones its tests
// show — task tables flattened into text in other ways (tab-separated with group rows, a cell that
// wraps after a 、, a cell that holds its own 牵头：/配合： labels, a two-column label table that lost
// its colons), 牵头 and 配合 written in other ways (a bare 协助：, a slash between the two, a label list
// inside a sentence, a bare bracket note with the date after it), lines broken inside a note or a
// date, items written as 一是/第一，/"单位：职责" lines, and recurring duties written as counts per
// period ("每月1场") or as 一日一/一季一. Each test is a plan fragment of its own, asserts what a
// careful reader of the page gets (plan/testdata/corpus/README.md), and fails on c0b89d8 for the
// reason its comment gives. Nothing here is fixed.

// rev75Freqs lists how often each of a task's recurring duties falls, as "MONTHLY/3".
func rev75Freqs(x *Task) []string {
	var out []string
	for _, r := range x.Recurring {
		f, n := r.Rule.Every()
		out = append(out, string(f)+"/"+strconv.Itoa(n))
	}
	return out
}

// rev75HasFreq checks that task x has a recurring duty falling every n periods of f.
func rev75HasFreq(t *testing.T, d *Document, x *Task, f Freq, n int) {
	t.Helper()
	want := string(f) + "/" + strconv.Itoa(n)
	if !slices.Contains(rev75Freqs(x), want) {
		t.Errorf("task %q: recurring %v; want one every %s:%s", x.Title, rev75Freqs(x), want, rev59Dump(d))
	}
}

// rev75Roles checks a task's leads and partners, whatever their order, and dumps the plan when they
// are wrong.
func rev75Roles(t *testing.T, d *Document, x *Task, lead, partic []string) {
	t.Helper()
	if !slices.Equal(rev65Sorted(x.Lead), rev65Sorted(lead)) || !slices.Equal(rev65Sorted(x.Participating), rev65Sorted(partic)) {
		t.Errorf("task %q: lead %q, participating %q; want lead %q, participating %q:%s", x.Title, x.Lead, x.Participating, lead, partic, rev59Dump(d))
	}
}

// rev75OwnDue checks that the task worded words states day as a date of its own (not one inherited
// from the plan's period).
func rev75OwnDue(t *testing.T, d *Document, words, day string) {
	t.Helper()
	x := rev66Task(t, d, words)
	want := rev59Day(t, day)
	for _, dl := range rev59Own(x) {
		if dl.Date == want {
			return
		}
	}
	t.Errorf("task %q: deadlines %v; want its own date %s:%s", x.Title, x.Deadlines, day, rev59Dump(d))
}

// TestRev75_LabelledUnitsEndAtFullStop: a 分工 note written inside the item's prose, labels and all
// ("牵头单位：县水利局；配合单位：各乡镇人民政府。年底前建立…"). The list of units ends at the full stop:
// what follows is the next sentence of the task. Today, when that sentence names a level ("县级统管机
// 制", "县级…检测中心"), it is read as one more unit: "年底前建立农村供水县级统管机制" takes part in the
// first task and "年内建成县级农村饮水水质检测中心" leads the second beside a lone 主责单位, so a
// liaison asking who works on them gets a sentence for an answer.
func TestRev75_LabelledUnitsEndAtFullStop(t *testing.T) {
	d := rev66Parse(t, "南丰县2025年农村供水保障工作实施方案\n\n一、主要任务\n"+
		"（一）健全运行管护机制。牵头单位：县水利局；配合单位：各乡镇人民政府。年底前建立农村供水县级统管机制。\n"+
		"（二）开展水质提升行动。主责单位：县卫健委。年内建成县级农村饮水水质检测中心。\n")
	x := rev66Task(t, d, "运行管护机制")
	rev75Roles(t, d, x, []string{"县水利局"}, []string{"各乡镇人民政府"})
	rev75OwnDue(t, d, "运行管护机制", "2025-12-31")
	y := rev66Task(t, d, "水质提升行动")
	rev75Roles(t, d, y, []string{"县卫健委"}, nil)
}

// TestRev75_BareAssistLabel: the short labels of a 分工 note ("牵头：市商务局；协助：市公安局、市卫健委",
// "主责：…；协助：…"). 协助 marks the units that help, as 协助单位： does (README "Units and roles":
// units listed after a 牵头 unit take part). Today the bare "协助：" is not read as a role, and the
// helpers are made leads beside the 牵头 unit.
func TestRev75_BareAssistLabel(t *testing.T) {
	d := rev66Parse(t, "樟树市2025年药交会筹备工作方案\n\n二、任务分工\n"+
		"1.做好展会招商。10月底前完成参展企业招募。（牵头：市商务局；协助：市工信局、市市场监管局）\n"+
		"2.做好安全保卫。（主责：市公安局；协助：市应急管理局、市消防救援大队）\n")
	rev75Roles(t, d, rev66Task(t, d, "展会招商"), []string{"市商务局"}, []string{"市工信局", "市市场监管局"})
	rev75Roles(t, d, rev66Task(t, d, "安全保卫"), []string{"市公安局"}, []string{"市应急管理局", "市消防救援大队"})
}

// TestRev75_BareUnitNoteBeforeDate: the bracketed units of an item, written bare ("（区人社局、区农业
// 农村局）"), with the item's time after them ("2025年11月底前完成。"). The bracket is the item's 责任
// 单位 wherever in the item it stands (README: no 牵头, every listed unit leads). Today a bare note
// followed by a date is not read: under a heading the task has no unit at all; with no heading the
// item is lost, and its date is taken for the whole plan's period, so every other item "inherits"
// 2025-11-30 instead of the plan year's end.
func TestRev75_BareUnitNoteBeforeDate(t *testing.T) {
	items := "1.推进产业振兴，新培育农业产业化龙头企业6家。（区农业农村局、区财政局）\n" +
		"2.实施人才振兴，培训高素质农民900人。（区人社局、区农业农村局）2025年11月底前完成。\n" +
		"3.推进文化振兴，建设新时代文明实践站25个。（区委宣传部、区文广新旅局）\n"
	for _, tc := range []struct{ name, text string }{
		{"heading", "章贡区2025年乡村振兴重点任务分工\n\n一、重点任务\n" + items},
		{"no heading", "章贡区2025年乡村振兴重点任务分工\n\n" + items},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, tc.text)
			x := rev59Task(d, "人才振兴")
			if x == nil {
				t.Fatalf("item 2 (人才振兴) is no task:%s", rev59Dump(d))
			}
			rev75Roles(t, d, x, []string{"区人社局", "区农业农村局"}, nil)
			rev75OwnDue(t, d, "人才振兴", "2025-11-30")
			rev74Due(t, d, "文化振兴", "2025-12-31")
		})
	}
}

// TestRev75_PartnerCellWrapsAfterComma: a task table copied from a PDF keeps its columns by spaces;
// a 配合单位 cell too narrow for its list goes on under itself, cut inside a name ("县发改委、县生" over
// "态环境局"), alone on the next line or on the same line as the rest of a wrapped task cell. The row
// is one task with both partners (rev66's NarrowColumnBreaksAName is the same break in a cell of one
// name, which is read well today). Today the row has no partner at all: 县发改委 and 县生态环境局 are
// lost, and the piece alone on its line is glued to the title ("推进建陶企业煤改气态环境局").
func TestRev75_PartnerCellWrapsAfterComma(t *testing.T) {
	for _, tc := range []struct{ name, row string }{
		{"unit only", "1      推进建陶企业煤改气               县工信局     县发改委、县生   2025年9月底前\n" +
			"                                                     态环境局\n"},
		{"task and unit", "1      推进建陶企业煤改气，完成10家     县工信局     县发改委、县生   2025年9月底前\n" +
			"       企业清洁能源替代改造                          态环境局\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "上高县2025年建材产业转型升级重点任务表\n\n"+
				"序号   重点任务                         牵头单位     配合单位         完成时限\n"+tc.row+
				"2      建设建材产业研究院               县科技局     县教体局         2025年12月底前\n")
			var rows []*Task
			for i := range d.Tasks {
				if strings.Contains(d.Tasks[i].Text, "煤改气") {
					rows = append(rows, &d.Tasks[i])
				}
			}
			if len(rows) != 1 {
				t.Fatalf("%d tasks for row 1; want one:%s", len(rows), rev59Dump(d))
			}
			if strings.Contains(rows[0].Title, "环境局") {
				t.Errorf("title %q holds a piece of the 配合单位 cell", rows[0].Title)
			}
			rev75Roles(t, d, rows[0], []string{"县工信局"}, []string{"县发改委", "县生态环境局"})
		})
	}
}

// TestRev75_UnnumberedItemLines: a heading's items written one a line without numbers — "一是…",
// "二是…"; "第一，…", "第二，…"; or the 职责分工 form "市公安局：负责…". Each line is a task under the
// heading (README "What is a task": each numbered item, one entry per responsibility note). Today the
// heading itself becomes the first task ("重点任务", under no section), the first line's words are
// not its title, and the others are titled with their ordinal ("二是…") and lose their section.
func TestRev75_UnnumberedItemLines(t *testing.T) {
	for _, tc := range []struct{ name, body, words, heading string }{
		{"一是", "三、重点任务\n" +
			"一是培育竹木加工龙头企业3家。（责任单位：县林业局）\n" +
			"二是新建林区道路50公里，10月底前完工。（责任单位：县交通运输局）\n" +
			"三是建设竹木产业园标准厂房2万平方米。（责任单位：县工业园区管委会）\n",
			"培育竹木加工龙头企业", "三、重点任务"},
		{"第一，", "三、主要任务\n" +
			"第一，压缩企业开办时间。企业开办时间压缩至1个工作日以内。责任单位：县行政审批局。\n" +
			"第二，规范涉企检查。推行“综合查一次”，年底前覆盖所有执法部门。责任单位：县司法局。\n",
			"压缩企业开办时间", "三、主要任务"},
		{"单位：职责", "二、职责分工\n" +
			"县文广新旅局：负责景区提质改造，9月底前完成游客中心改造。\n" +
			"县市场监管局：负责旅游市场价格监管，每月开展一次景区价格检查。\n" +
			"县公安局：负责景区治安秩序维护，节假日期间加强巡逻。\n",
			"景区提质改造", "二、职责分工"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "铜鼓县2025年竹木产业发展工作方案\n\n"+tc.body)
			x := rev66Task(t, d, tc.words)
			if !strings.Contains(x.Title, tc.words) {
				t.Errorf("title %q; want the line's own words (%s), not its heading:%s", x.Title, tc.words, rev59Dump(d))
			}
			for _, y := range d.Tasks {
				if !strings.HasPrefix(y.Section, tc.heading) {
					t.Errorf("task %q: section %q; want it under %q", y.Title, y.Section, tc.heading)
				}
			}
		})
	}
}

// TestRev75_OneEveryPeriodPhrases: "一日一调度", "一月一通报、一季一讲评", "一日一巡查" — the 一X一Y form
// of a recurring duty, as common as 每日/每季度 (README: 周会商、月调度 go in recurring). Today only the
// monthly and weekly members are read: nothing is daily, and the quarterly 讲评 is dropped.
func TestRev75_OneEveryPeriodPhrases(t *testing.T) {
	d := rev66Parse(t, "峡江县2025年重点项目攻坚行动方案\n\n三、推进机制\n"+
		"1.实行项目调度。对省市重点项目实行一日一调度。（责任单位：县发改委）\n"+
		"2.实行通报讲评。对项目进展实行一月一通报、一季一讲评。（责任单位：县委督查室）\n"+
		"3.实行安全巡查。对在建工地实行一日一巡查。（责任单位：县住建局）\n")
	rev75HasFreq(t, d, rev66Task(t, d, "项目调度"), Daily, 1)
	rev75HasFreq(t, d, rev66Task(t, d, "通报讲评"), Monthly, 1)
	rev75HasFreq(t, d, rev66Task(t, d, "通报讲评"), Monthly, 3)
	rev75HasFreq(t, d, rev66Task(t, d, "安全巡查"), Daily, 1)
}

// TestRev75_YearlessDateBeforeFinishVerb: a yearless day or month followed straight by what is to be
// done by then — "确保10月30日建成投用", "确保9月上线运行", "确保9月1日秋季开学投入使用". The date is the
// task's deadline in the plan's year (README "Dates"), as "9月1日前上线" and "确保2025年9月1日上线" are
// read today. Today, with no 前/底/完成 after it, the yearless date is not read and the task falls back
// to the year's end.
func TestRev75_YearlessDateBeforeFinishVerb(t *testing.T) {
	d := rev66Parse(t, "靖安县2025年民生实事工作方案\n\n二、项目安排\n"+
		"1.建设城东农贸市场。确保10月30日建成投用。（责任单位：县商务局）\n"+
		"2.建设政务服务自助终端网络。确保9月上线运行。（责任单位：县数据局）\n"+
		"3.新建城南幼儿园。确保9月1日秋季开学投入使用。（责任单位：县教体局）\n")
	rev75OwnDue(t, d, "城东农贸市场", "2025-10-30")
	rev75OwnDue(t, d, "自助终端网络", "2025-09-30")
	rev75OwnDue(t, d, "城南幼儿园", "2025-09-01")
}

// TestRev75_CountPerPeriod: a duty written as a count per period, with no verb after it — "每月1场",
// "每季度至少1场", "每季度一期" — in a 完成时限 column or in prose. It recurs (README: recurring duties go
// in `recurring`), as "每季度1次" and "每月1次" are read today. Today the measure words 场 and 期 stop
// the reading and no duty recurs.
func TestRev75_CountPerPeriod(t *testing.T) {
	d := rev66Parse(t, "贵溪市2025年优化营商环境重点任务清单\n\n"+
		"序号 重点任务 牵头单位 配合单位 完成时限\n"+
		"1 开展政银企融资对接活动 市金融办 市工信局 每季度至少1场\n"+
		"2 召开民营企业家恳谈会 市工商联 市发改委 每月1场\n"+
		"3 编发惠企政策简报 市发改委 市司法局 每季度一期\n")
	rev75HasFreq(t, d, rev66Task(t, d, "融资对接"), Monthly, 3)
	rev75HasFreq(t, d, rev66Task(t, d, "恳谈会"), Monthly, 1)
	rev75HasFreq(t, d, rev66Task(t, d, "政策简报"), Monthly, 3)
}

// TestRev75_RoleLabelsInTableCell: a flattened task table whose 责任单位 cell holds its own labels
// ("牵头：县行政审批局 配合：县数据局"), beside rows whose cell holds a bare unit. The row is a task led
// by 县行政审批局 with 县数据局 taking part, due 2025-10-31. Today the labelled row is glued to the
// row above: its title ends in "牵头", its lead is the row above's 县财政局, and it takes that row's
// 2025-12-31 as a second deadline.
func TestRev75_RoleLabelsInTableCell(t *testing.T) {
	d := rev66Parse(t, "新干县2025年重点改革任务清单\n\n"+
		"序号 改革任务 目标要求 责任单位 时间安排\n"+
		"1 深化国资国企改革 完成县属国有企业整合重组 县财政局 2025年12月底前\n"+
		"2 推进政务服务改革 实现“一网通办”事项占比90% 牵头：县行政审批局 配合：县数据局 2025年10月\n"+
		"3 深化农村集体产权制度改革 完成农村集体经济组织规范化建设 县农业农村局 2025年11月\n")
	x := rev66Task(t, d, "政务服务改革")
	if strings.Contains(x.Title, "牵头") {
		t.Errorf("title %q holds the cell's label", x.Title)
	}
	rev75Roles(t, d, x, []string{"县行政审批局"}, []string{"县数据局"})
	var dates []string
	for _, dl := range x.Deadlines {
		dates = append(dates, dl.Date.String())
	}
	if !slices.Equal(dates, []string{"2025-10-31"}) {
		t.Errorf("task %q: deadlines %v; want only its row's 2025-10-31", x.Title, dates)
	}
}

// TestRev75_TabTableGroupRows: a task table copied out of Word or Excel, cells split by tabs, with
// group rows ("一\t人才引进") between the task rows. Each numbered row is a task (README "What is a
// task": every row of a task table). The same table without group rows is read well; with them,
// today, the four rows come out as one task titled "2".
func TestRev75_TabTableGroupRows(t *testing.T) {
	d := rev66Parse(t, "永新县2025年人才工作重点任务分解表\n\n"+
		"序号\t重点任务\t责任单位\t完成时限\n"+
		"一\t人才引进\n"+
		"1\t引进急需紧缺高层次人才20名\t县委人才办（牵头）、县人社局\t2025年12月\n"+
		"2\t实施“永新英才”培育计划\t县委人才办\t2025年10月\n"+
		"二\t人才服务\n"+
		"3\t建设人才公寓100套\t县住建局、县城投公司\t2025年9月\n"+
		"4\t举办人才专场招聘会\t县人社局\t每季度\n")
	if len(d.Tasks) != 4 {
		t.Errorf("%d tasks; want the table's 4 rows:%s", len(d.Tasks), rev59Dump(d))
	}
	for _, tc := range []struct {
		words string
		lead  []string
		part  []string
		due   string
	}{
		{"高层次人才", []string{"县委人才办"}, []string{"县人社局"}, "2025-12-31"},
		{"英才", []string{"县委人才办"}, nil, "2025-10-31"},
		{"人才公寓", []string{"县住建局", "县城投公司"}, nil, "2025-09-30"},
	} {
		x := rev59Task(d, tc.words)
		if x == nil {
			t.Errorf("no task %q", tc.words)
			continue
		}
		rev75Roles(t, d, x, tc.lead, tc.part)
		rev75OwnDue(t, d, tc.words, tc.due)
	}
}

// TestRev75_LineBrokenInsideNote: a plan copied from a PDF breaks its lines where the page ran out,
// inside a bracketed 分工 note: right after "配合单位：", or inside a unit's name ("县自然资源" over
// "局、各乡镇）"). The bracket is still open: the next line goes on with it (README: broken lines are
// kept in the corpus as found). Today the note is cut at the break: 县水利局 is lost as a partner,
// and the second task is led by a "县自然资源" with 各乡镇 lost.
func TestRev75_LineBrokenInsideNote(t *testing.T) {
	d := rev66Parse(t, "遂川县2025年城乡建设工作方案\n\n二、重点任务\n"+
		"1.实施城区排水防涝工程，新建雨水管网8公里。（牵头单位：县城管局；配合单位：\n"+
		"县水利局）\n"+
		"2.推进农房风貌管控。（责任单位：县自然资源\n"+
		"局、各乡镇）\n")
	rev75Roles(t, d, rev66Task(t, d, "排水防涝"), []string{"县城管局"}, []string{"县水利局"})
	rev75Roles(t, d, rev66Task(t, d, "农房风貌"), []string{"县自然资源局", "各乡镇"}, nil)
}

// TestRev75_LineBrokenInsideDate: a PDF line break that falls between a month and its "底前"
// ("…，10月" over "底前完成。"). The phrase is "10月底前", a deadline of October 31. Today the two
// lines are joined with a full stop put between them ("10月。底前完成"), the date is lost, and the task
// falls back to the year's end.
func TestRev75_LineBrokenInsideDate(t *testing.T) {
	d := rev66Parse(t, "遂川县2025年城乡建设工作方案\n\n二、重点任务\n"+
		"1.建设滨江绿道，新建绿道15公里，10月\n"+
		"底前完成。（责任单位：县林业局）\n"+
		"2.实施公园提升工程，改造公园4个，确保8月\n"+
		"底前全部完工。（责任单位：县住建局）\n")
	rev75OwnDue(t, d, "滨江绿道", "2025-10-31")
	rev75OwnDue(t, d, "公园提升", "2025-08-31")
}

// TestRev75_SlashBetweenLeadAndPartner: a note that puts a slash between the two roles ("县商务局牵头/
// 县交通运输局配合"), as a 、 or ， would. 县商务局 leads and 县交通运输局 takes part. Today the task has
// no lead at all: both units are read as partners.
func TestRev75_SlashBetweenLeadAndPartner(t *testing.T) {
	d := rev66Parse(t, "永丰县2025年县域商业体系建设工作方案\n\n二、重点任务\n"+
		"1.建设县级物流配送中心，9月底前投入运营。（县商务局牵头/县交通运输局配合）\n"+
		"2.改造提升乡镇商贸中心5个。（县商务局牵头/县供销社、各乡镇配合）\n")
	rev75Roles(t, d, rev66Task(t, d, "物流配送中心"), []string{"县商务局"}, []string{"县交通运输局"})
	rev75Roles(t, d, rev66Task(t, d, "乡镇商贸中心"), []string{"县商务局"}, []string{"县供销社", "各乡镇"})
}

// TestRev75_RoleLabelsWithoutColon: a task card flattened from a two-column table, label cell and
// value cell on one line split by spaces with no colon ("牵头单位 县发改委", "配合单位 县商务局、县农业
// 农村局"), or the same written into a bracket. The labels mean what "牵头单位：" and "配合单位：" mean.
// Today the line form gives the tasks no unit at all (while its "完成时限 2025年10月底前" is read), and
// the bracket form makes one lead of "牵头单位 县发改委配合单位 县商务局".
func TestRev75_RoleLabelsWithoutColon(t *testing.T) {
	d := rev66Parse(t, "吉安县2025年县域商业体系建设工作方案\n\n二、重点任务\n"+
		"1.完善冷链物流设施。新建产地冷藏保鲜库3座。\n"+
		"牵头单位 县发改委\n"+
		"配合单位 县商务局、县农业农村局\n"+
		"完成时限 2025年10月底前\n"+
		"2.培育商贸流通主体。新增限额以上商贸企业10家。（牵头单位 县商务局  配合单位 县市场监管局、县税务局）\n")
	rev75Roles(t, d, rev66Task(t, d, "冷链物流设施"), []string{"县发改委"}, []string{"县商务局", "县农业农村局"})
	rev75Roles(t, d, rev66Task(t, d, "商贸流通主体"), []string{"县商务局"}, []string{"县市场监管局", "县税务局"})
}
