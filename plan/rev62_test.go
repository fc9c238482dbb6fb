package plan

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Review 62: a stranger feeds the plan reader plans as provinces, cities and counties publish them —
// 工作要点 with daily and routine duties, task tables copied out of Word with merged cells, decimal
// numbering, groups of parties, attachments sent without their notice — and checks the tasks, roles,
// dates and facts a liaison would read off the page. Each test fails on f35d006.

// rev62Parse parses text as a plan file named rev62.txt.
func rev62Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("rev62.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// rev62Units is every unit a task names, leading or taking part.
func rev62Units(x *Task) []string {
	return append(append([]string(nil), x.Lead...), x.Participating...)
}

// rev62Dates is a task's own deadlines (not the plan's period it inherits), as YYYY-MM-DD.
func rev62Dates(x *Task) []string {
	var out []string
	for _, dl := range rev59Own(x) {
		out = append(out, dl.Date.String())
	}
	return out
}

// rev62Notice is a city government office's notice over a one-year plan of 2025, signed on
// 2025-02-20; the plan's items follow.
const rev62Notice = "嘉兴市人民政府办公室关于印发嘉兴市2025年城市运行安全工作要点的通知\n嘉政办发〔2025〕6号\n\n" +
	"各县（市、区）人民政府，市政府各部门、各直属单位：\n现将《嘉兴市2025年城市运行安全工作要点》印发给你们，请认真贯彻落实。\n\n" +
	"嘉兴市人民政府办公室\n2025年2月20日\n\n嘉兴市2025年城市运行安全工作要点\n\n一、重点任务\n"

// rev62Daily reports whether one of the task's recurring duties falls every day: due within a day
// of 2025-03-10 and again within a day of 2025-03-13 (no weekly or monthly rule does both).
func rev62Daily(x *Task) bool {
	for _, r := range x.Recurring {
		ok := true
		for _, from := range []Day{{2025, 3, 10}, {2025, 3, 13}} {
			if next := r.Rule.Next(from); next.IsZero() || from.AddDays(1).Before(next) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// rev62Every is how often each of a task's recurring duties falls: "WEEKLY/1", "MONTHLY/3" …
func rev62Every(x *Task) []string {
	var out []string
	for _, r := range x.Recurring {
		f, n := r.Rule.Every()
		out = append(out, string(f)+"/"+strconv.Itoa(n))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestRev62_DailyDuty: a liaison asks "每天要做什么?" of a plan whose duty office reports every day
// ("每日17时前报送值班信息"), whose inspectors patrol every day ("每天对主次干道开展一次巡查") or which
// sets a "日巡查、周调度、月通报" routine. Today no daily duty is read at all: plan.Rule has no daily
// frequency, the first two tasks carry no recurring duty (they take the plan's year-end as a target
// instead), and the routine keeps its weekly and monthly parts but loses the daily patrol. So the
// reminders never nudge the duty office, and "哪些工作每天都要做?" answers nothing. Daily reports
// (值班信息, 舆情日报, 防汛日报) and daily patrols are in most safety, flood and city-management
// plans; 每日/每天 is the first of the periods the plans state.
func TestRev62_DailyDuty(t *testing.T) {
	d := rev62Parse(t, rev62Notice+
		"1.加强应急值守。节假日期间实行24小时值班，每日17时前报送值班信息。（责任单位：市应急管理局）\n"+
		"2.开展沿街巡查。每天对主次干道开展一次巡查，发现问题当日整改。（责任单位：市城管局）\n"+
		"3.强化督导调度。实行“日巡查、周调度、月通报”工作机制。（责任单位：市城管委办公室）\n")
	for _, title := range []string{"加强应急值守", "开展沿街巡查", "强化督导调度"} {
		x := rev59Task(d, title)
		if x == nil {
			t.Errorf("no task %q:%s", title, rev59Dump(d))
			continue
		}
		if !rev62Daily(x) {
			t.Errorf("task %q: want a duty that falls every day; recurring %v:%s", title, x.Recurring, rev59Dump(d))
		}
	}
}

// TestRev62_SingleRoutine: a plan states its routine with one period word and no 每: "实行月调度",
// "市安委办坚持周调度", "建立周例会制度", "实行工作进展月报制度". A reader sees a monthly or weekly
// duty. Today only a list of two or more (周会商、月调度) is read: each of these tasks has no
// recurring duty, so nothing reminds the unit and "哪些工作每月都要做?" leaves them out. The single
// routine word is at least as common in plans as the list.
func TestRev62_SingleRoutine(t *testing.T) {
	d := rev62Parse(t, rev62Notice+
		"1.强化项目调度。建立重点项目清单，实行月调度，及时协调解决项目推进中的问题。（责任单位：市发展改革委）\n"+
		"2.健全会商机制。市安委办坚持周调度，研判城市运行安全风险。（责任单位：市安委办）\n"+
		"3.完善工作例会。建立周例会制度，听取各成员单位工作进展。（责任单位：市城运中心）\n"+
		"4.规范信息报送。实行工作进展月报制度，各成员单位按时报送工作进展情况。（责任单位：市安委办）\n")
	for _, tc := range []struct{ title, every string }{
		{"强化项目调度", "MONTHLY/1"},
		{"健全会商机制", "WEEKLY/1"},
		{"完善工作例会", "WEEKLY/1"},
		{"规范信息报送", "MONTHLY/1"},
	} {
		x := rev59Task(d, tc.title)
		if x == nil {
			t.Errorf("no task %q:%s", tc.title, rev59Dump(d))
			continue
		}
		if !slices.Contains(rev62Every(x), tc.every) {
			t.Errorf("task %q: recurring %v, want a %s duty:%s", tc.title, rev62Every(x), tc.every, rev59Dump(d))
		}
	}
}

// TestRev62_RoutineListAnyVerb: project plans set their routine as a list of period-and-verb pairs,
// "周调度、月督查、季观摩、年考核". The list is read only where each verb is one of a closed set:
// 季观摩 (the quarterly on-site review of projects), 周碰头, 季评比, 季拉练, 年比武 are dropped, so a
// quarterly review or a weekly meeting the plan sets is never reminded. The verbs vary from plan to
// plan; the period words (周、月、季、年) heading each item of the list are what make it a routine.
func TestRev62_RoutineListAnyVerb(t *testing.T) {
	d := rev62Parse(t, rev62Notice+
		"1.健全项目推进机制。建立“周调度、月督查、季观摩、年考核”推进机制。（责任单位：市发展改革委）\n"+
		"2.健全专班运行机制。实行“周碰头、月调度、季评比”工作制度。（责任单位：市城运中心）\n"+
		"3.开展比学赶超活动。开展“月调度、季拉练、年比武”活动。（责任单位：市安委办）\n")
	for _, tc := range []struct {
		title string
		every []string
	}{
		{"健全项目推进机制", []string{"MONTHLY/1", "MONTHLY/3", "WEEKLY/1", "YEARLY/1"}},
		{"健全专班运行机制", []string{"MONTHLY/1", "MONTHLY/3", "WEEKLY/1"}},
		{"开展比学赶超活动", []string{"MONTHLY/1", "MONTHLY/3", "YEARLY/1"}},
	} {
		x := rev59Task(d, tc.title)
		if x == nil {
			t.Errorf("no task %q:%s", tc.title, rev59Dump(d))
			continue
		}
		if got := rev62Every(x); !slices.Equal(got, tc.every) {
			t.Errorf("task %q: recurring %v, want %v:%s", tc.title, got, tc.every, rev59Dump(d))
		}
	}
}

// TestRev62_ReportAfterPeriodNextMonth: a quarterly or half-yearly report is due in the month after
// the period ends, written "每季度末次月5日前", "每季度结束后次月5日前", "每半年结束后次月10日前". Only
// "每季度次月10日前" is read (review 51): with 末 or 结束后 before 次月 the duty falls on the quarter's
// last day (March 31 for the first quarter's report, five days before it is due), or on no day of its
// own. The sentence "于每月底前报送当月进展，每季度末次月10日前报送季度总结" even turns the monthly report
// into one due on the 10th. These forms are how statistics and progress reports are set in most
// 工作要点 and 分工方案.
func TestRev62_ReportAfterPeriodNextMonth(t *testing.T) {
	type due struct{ from, next string }
	for _, tc := range []struct {
		text string
		want []due
	}{
		{"各县（市、区）于每季度末次月5日前报送季度工作进展。", []due{{"2025-01-06", "2025-04-05"}}},
		{"各县（市、区）于每季度结束后次月5日前报送上季度工作进展。", []due{{"2025-01-06", "2025-04-05"}}},
		{"各成员单位于每半年结束后次月10日前报送半年工作总结。", []due{{"2025-01-11", "2025-07-10"}}},
		{"各成员单位于每月底前报送当月进展，每季度末次月10日前报送季度总结。", []due{{"2025-01-01", "2025-01-31"}, {"2025-01-11", "2025-04-10"}}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			rs := ParseRecurring(tc.text)
			for _, w := range tc.want {
				from, next := rev59Day(t, w.from), rev59Day(t, w.next)
				found := false
				var got []string
				for _, r := range rs {
					n := r.Rule.Next(from)
					got = append(got, r.Rule.String()+" → "+n.String())
					found = found || n == next
				}
				if !found {
					t.Errorf("after %s: want a duty due %s; got %v", w.from, w.next, got)
				}
			}
		})
	}
}

// TestRev62_DecimalNumbering: provincial 工作要点 and many departments' plans number their items
// 1.1, 1.2, 2.1.1 (under 一、 headings or under 1, 2). Under 一、 the first item is titled by its
// heading ("夯实数字基础设施") and the second keeps its number in its title ("1.2建设政务外网"); with
// decimal numbers all the way down the plan is refused ("no tasks found: this does not read as an
// implementation plan"). README names decimal headings as unread; no test holds the parser to them.
// A reader sees one task per decimal item, titled by its words.
func TestRev62_DecimalNumbering(t *testing.T) {
	items := "1.1 推进政务云整合。6月底前省级部门政务云迁移率达到90%。（责任单位：省大数据局、省财政厅）\n" +
		"1.2 建设政务外网。10月底前实现乡镇全覆盖。（责任单位：省大数据局，各省辖市人民政府）\n"
	items2 := "2.1 深化“一网通办”。9月底前上线高频事项200项。（责任单位：省政务服务中心）\n"
	for _, tc := range []struct{ name, text string }{
		{"decimal items under 一、 headings", "河南省2025年数字政府建设工作要点\n\n一、夯实数字基础设施\n" + items + "二、提升政务服务水平\n" + items2},
		{"decimal numbers all the way", "河南省2025年数字政府建设工作要点\n\n1 夯实数字基础设施\n" + items + "2 提升政务服务水平\n" + items2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("rev62.txt", tc.text, Options{})
			if err != nil {
				t.Fatalf("ParseText refuses the plan: %v", err)
			}
			for _, w := range []struct {
				title string
				lead  []string
				due   string
			}{
				{"推进政务云整合", []string{"省大数据局", "省财政厅"}, "2025-06-30"},
				{"建设政务外网", []string{"省大数据局", "各省辖市人民政府"}, "2025-10-31"},
				{"深化“一网通办”", []string{"省政务服务中心"}, "2025-09-30"},
			} {
				var x *Task
				for i := range d.Tasks {
					if d.Tasks[i].Title == w.title {
						x = &d.Tasks[i]
					}
				}
				if x == nil || !sameStrings(x.Lead, w.lead) || !slices.Equal(rev62Dates(x), []string{w.due}) {
					t.Errorf("want a task titled %q led by %v, due %s:%s", w.title, w.lead, w.due, rev59Dump(d))
				}
			}
		})
	}
}

// TestRev62_MergedCellSubRows: in a task table one task (序号 1, 推进产业升级) has two measures, each
// with its own unit and time, and the number and task cells are merged over both rows. Copied out of
// Word as text, the second row comes either with empty cells before it (tabs) or, one cell a line,
// with only its own three cells. A reader sees four measures: 市科技局 is to raise 100 high-tech firms
// by September 30. Today, with tabs, the second measure is not read at all: its row becomes a second
// task with the first row's unit (市工信局) and no date of its own; one cell a line, the two measures
// become one task both units lead, due both June 30 and September 30. Merged cells are how almost
// every 任务分解表 with 具体措施 is laid out.
func TestRev62_MergedCellSubRows(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"cells apart by tabs", "附件1\n宿迁市2025年制造业高质量发展重点任务分解表\n" +
			"序号\t重点任务\t具体措施\t责任单位\t完成时限\n" +
			"1\t推进产业升级\t实施技改项目300个\t市工信局\t6月底前\n" +
			"\t\t培育高新技术企业100家\t市科技局\t9月底前\n" +
			"2\t强化要素保障\t保障工业用地5000亩\t市自然资源和规划局\t12月底前\n" +
			"\t\t新增制造业贷款50亿元\t人民银行宿迁市分行\t11月底前\n"},
		{"one cell a line", "附件1\n宿迁市2025年制造业高质量发展重点任务分解表\n" +
			"序号\n重点任务\n具体措施\n责任单位\n完成时限\n" +
			"1\n推进产业升级\n实施技改项目300个\n市工信局\n6月底前\n" +
			"培育高新技术企业100家\n市科技局\n9月底前\n" +
			"2\n强化要素保障\n保障工业用地5000亩\n市自然资源和规划局\n12月底前\n" +
			"新增制造业贷款50亿元\n人民银行宿迁市分行\n11月底前\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev62Parse(t, tc.text)
			for _, w := range []struct{ words, lead, due string }{
				{"实施技改项目300个", "市工信局", "2025-06-30"},
				{"培育高新技术企业100家", "市科技局", "2025-09-30"},
				{"保障工业用地5000亩", "市自然资源和规划局", "2025-12-31"},
				{"新增制造业贷款50亿元", "人民银行宿迁市分行", "2025-11-30"},
			} {
				x := rev59Task(d, w.words)
				if x == nil || !sameStrings(x.Lead, []string{w.lead}) || !slices.Equal(rev62Dates(x), []string{w.due}) {
					t.Errorf("measure %q: want %s alone to lead it, due %s:%s", w.words, w.lead, w.due, rev59Dump(d))
				}
			}
		})
	}
}

// TestRev62_OwnerAndImplementerColumns: a county's task list names who answers for each task and who
// carries it out in two columns, 责任主体 and 实施单位. Today the 责任主体 column is dropped: 区发改局
// and 区经信局 are on no task (their own list is empty, "区发改局负责哪些任务?" finds nothing) and the
// towns and the power company lead alone. With 责任单位 in place of 责任主体, or 配合单位 in place of
// 实施单位, both columns are read; only the pair loses the first (read as an owner column like 建设主体).
// 责任主体 is the responsible party, the lead, wherever it stands.
func TestRev62_OwnerAndImplementerColumns(t *testing.T) {
	d := rev62Parse(t, "附件\n绍兴市柯桥区2025年“双碳”工作重点任务清单\n\n"+
		"序号\t任务名称\t工作内容\t责任主体\t实施单位\t时间节点\n"+
		"1\t光伏整区推进\t新增分布式光伏装机10万千瓦\t区发改局\t各镇（街道）\t2025年12月\n"+
		"2\t工业节能降碳\t完成30家企业节能诊断\t区经信局\t区市场监管分局、区供电公司\t9月底前\n")
	for _, w := range []struct{ title, owner, doer string }{
		{"光伏整区推进", "区发改局", "各镇（街道）"},
		{"工业节能降碳", "区经信局", "区供电公司"},
	} {
		x := rev59Task(d, w.title)
		if x == nil || !slices.Contains(x.Lead, w.owner) || !slices.Contains(rev62Units(x), w.doer) {
			t.Errorf("task %q: want %s (责任主体) to lead it and %s (实施单位) named:%s", w.title, w.owner, w.doer, rev59Dump(d))
		}
	}
}

// TestRev62_BareJoinLabel: notes and lines label the parties with the bare role words, "牵头：" and
// "参与：" ("（牵头：市发展改革委；参与：市市场监管局、市财政局）", or one label a line under the item).
// 牵头： is read, 参与： is not: in the note its units become leads beside the real lead, on a line of
// its own they are dropped. "参与单位：" and "配合：" are read; the bare 参与： is the same label.
func TestRev62_BareJoinLabel(t *testing.T) {
	d := rev62Parse(t, rev62Notice+
		"1.规范涉企收费。开展涉企收费专项检查。（牵头：市发展改革委；参与：市市场监管局、市财政局）\n"+
		"2.推进信用修复。建立信用修复“一件事”机制。\n牵头：市发展改革委\n参与：人民银行嘉兴市分行、市市场监管局\n")
	for _, w := range []struct {
		title  string
		partic []string
	}{
		{"规范涉企收费", []string{"市市场监管局", "市财政局"}},
		{"推进信用修复", []string{"人民银行嘉兴市分行", "市市场监管局"}},
	} {
		x := rev59Task(d, w.title)
		if x == nil || !sameStrings(x.Lead, []string{"市发展改革委"}) || !sameStrings(x.Participating, w.partic) {
			t.Errorf("task %q: want 市发展改革委 to lead and %v to take part:%s", w.title, w.partic, rev59Dump(d))
		}
	}
}

// TestRev62_GroupUnitLine: a county plan lists a measure's steps as numbered items and closes the
// measure with one 责任单位 line for all of them. Today only the last item gets the units; the first
// ("新建改造供水管网120公里") has none and is listed under "哪些任务没有责任单位". A note in brackets
// closing a group's last item is the group's (groupNote, stop 36); the same note on a line of its own
// is not. Many 实施方案 end each measure with such a line.
func TestRev62_GroupUnitLine(t *testing.T) {
	d := rev62Parse(t, "淳安县2025年农村供水保障工作方案\n\n一、工作目标\n到2025年底，农村自来水普及率达到98%。\n二、重点任务\n"+
		"（一）实施农村供水工程。\n1.新建改造供水管网120公里，10月底前完成。\n2.推进水厂提标改造，6月底前完成3座水厂改造。\n"+
		"责任单位：县水利局、县财政局，各乡镇人民政府\n"+
		"（二）加强水质监测。县疾控中心每季度开展一次水质抽检，及时公布检测结果。（责任单位：县疾控中心、县卫健局）\n")
	want := []string{"县水利局", "县财政局", "各乡镇人民政府"}
	for _, words := range []string{"新建改造供水管网120公里", "推进水厂提标改造"} {
		x := rev59Task(d, words)
		if x == nil || !sameStrings(rev62Units(x), want) {
			t.Errorf("item %q: want the measure's units %v:%s", words, want, rev59Dump(d))
		}
	}
}

// TestRev62_GroupListSubject: plans hand work to groups of parties as a sentence's subject with no
// modal: "各街道、各有关部门开展燃气安全宣传", "各县（市、区）、市直有关部门全面开展…". Today such an item
// names no unit (a single group, "各街道开展…", or the list with 要, is read); and in a 工作步骤 section
// the step "各街道、各有关部门制定具体实施方案，5月15日前报区安委办" disappears, date and all, because a
// schedule item without units is taken for a stage description. These subjects open a large share of
// the sentences of district and county plans.
func TestRev62_GroupListSubject(t *testing.T) {
	d := rev62Parse(t, "莆田市城厢区2025年燃气安全专项整治行动方案\n\n一、重点任务\n"+
		"（一）开展安全宣传。各街道、各有关部门开展燃气安全进社区、进企业宣传活动。\n"+
		"（二）开展隐患排查。各街道、区直有关部门全面开展燃气隐患排查整治，建立问题清单。\n"+
		"二、工作步骤\n"+
		"（一）动员部署。各街道、各有关部门制定具体实施方案，5月15日前报区安委办。\n"+
		"（二）总结提升。区住建局组织开展验收，12月20日前形成工作总结。\n")
	for _, w := range []struct {
		words string
		units []string
		due   []string
	}{
		{"开展安全宣传", []string{"各街道", "各有关部门"}, nil},
		{"开展隐患排查", []string{"各街道", "区直有关部门"}, nil},
		{"制定具体实施方案", []string{"各街道", "各有关部门"}, []string{"2025-05-15"}},
	} {
		x := rev59Task(d, w.words)
		if x == nil || !sameStrings(rev62Units(x), w.units) || !slices.Equal(rev62Dates(x), w.due) {
			t.Errorf("item %q: want %v to do it, due %v:%s", w.words, w.units, w.due, rev59Dump(d))
		}
	}
}

// TestRev62_GroupOfTwoBodies: "各县（市、区）党委、政府", "各乡镇党委、政府" and "各县（市、区）人民政府、
// 管委会" name two bodies of every place in the group. Today the second becomes a unit of its own
// with no place: "政府", "管委会" — a party nobody can be nudged as, counted in the unit lists and
// listed among the parties of the plan. A group's second body shares the group (各县（市、区）政府),
// or the two stay one party; a bare body word is never a unit.
func TestRev62_GroupOfTwoBodies(t *testing.T) {
	d := rev62Parse(t, rev62Notice+
		"1.加强组织领导。落实城市运行安全属地责任。（责任单位：市委政法委，各县（市、区）党委、政府）\n"+
		"2.加强基层治理。健全镇村安全网格。（责任单位：各乡镇党委、政府）\n"+
		"3.抓好防汛防台。落实防汛防台责任人。（责任单位：市应急管理局，各县（市、区）人民政府、管委会）\n")
	for _, title := range []string{"加强组织领导", "加强基层治理", "抓好防汛防台"} {
		x := rev59Task(d, title)
		if x == nil {
			t.Errorf("no task %q:%s", title, rev59Dump(d))
			continue
		}
		for _, u := range rev62Units(x) {
			if slices.Contains([]string{"政府", "人民政府", "党委", "管委会"}, u) {
				t.Errorf("task %q: unit %q names no place; units %v", title, u, rev62Units(x))
			}
		}
	}
}

// TestRev62_CityPlanNamesCounty: a city's plan sent as its attachment alone (no notice, no 文号:
// what a web page's attachment or a forwarded file holds), its title opening with the city, names one
// county's government among the units of a task that is its title and its note alone ("2.实施汉江岸线
// 修复工程。（责任单位：市水利和湖泊局，谷城县人民政府）"). Today the plan is filed under that
// county (襄阳市谷城县), so questions about 襄阳's plans miss it, and the county's government is
// renamed to the plan's own level, "县人民政府" ("市人民政府" for 枣阳市, a county-level city: the
// city's own government). A city plan naming one of its counties is common (a river, a site, a
// pilot in one county).
func TestRev62_CityPlanNamesCounty(t *testing.T) {
	for _, county := range []string{"谷城县", "枣阳市"} {
		t.Run(county, func(t *testing.T) {
			d := rev62Parse(t, "襄阳市2025年汉江生态环境保护工作方案\n\n一、重点任务\n"+
				"1.推进入河排污口整治。9月底前完成整治任务。（责任单位：市生态环境局）\n"+
				"2.实施汉江岸线修复工程。（责任单位：市水利和湖泊局，"+county+"人民政府）\n"+
				"3.加强水质自动监测。年底前建成水质自动监测站5个。（责任单位：市生态环境局）\n")
			if d.City != "襄阳市" {
				t.Errorf("placed in %q, want 襄阳市 (the title's city)", d.City)
			}
			x := rev59Task(d, "实施汉江岸线修复工程")
			if x == nil || !slices.Contains(rev62Units(x), county+"人民政府") {
				t.Errorf("want %s人民政府 among the units:%s", county, rev59Dump(d))
			}
		})
	}
}

// TestRev62_TitleTaskBreakdown: the annual division of a government work report is titled "…重点工作
// 任务分解" (or "…目标任务分解"). Such a title is not taken: the plan has no title ("—" in ingest
// --dry-run, nothing to name it by in answers), and the warning says the plan states no year of its
// own though its title says 2025. "…责任分工" and "…分解表" titles are read; "任务分解" is as common.
func TestRev62_TitleTaskBreakdown(t *testing.T) {
	for _, title := range []string{"宜昌市2025年政府工作报告重点工作任务分解", "宜昌市2025年经济社会发展主要目标任务分解"} {
		t.Run(title, func(t *testing.T) {
			d := rev62Parse(t, title+"\n\n一、主要预期目标\n"+
				"1.全市地区生产总值增长6%左右。（牵头单位：市发展改革委；责任单位：市统计局）\n"+
				"2.城镇新增就业5万人以上。（牵头单位：市人力资源社会保障局）\n")
			if d.Title != title {
				t.Errorf("title %q, want %q", d.Title, title)
			}
			for _, w := range d.Warnings {
				if strings.Contains(w, "no year of its own") {
					t.Errorf("warning %q, though the title says 2025", w)
				}
			}
		})
	}
}

// TestRev62_FlatTableRowIsNoSignature: a task list that is only its title and its table, copied one
// cell a line (a web page's table, a Word table pasted as text, a Markdown table as ingest reads
// it), signed by nobody. Today the first row's unit cells and completion day are taken for a
// signature: the plan is "issued" 2025-06-30 by "市住建局、市统计局", which ingest --dry-run and the
// plan's facts ("哪天印发的?", "谁印发的?") show, and times counted from issue would count from it.
// Review 47 fixed the same for a row run into one line; the flattened table is the commoner form.
func TestRev62_FlatTableRowIsNoSignature(t *testing.T) {
	d := rev62Parse(t, "泉州市2025年城市体检工作任务分工\n\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"+
		"1\n开展城市体检指标采集\n市住建局\n市统计局\n2025年6月30日\n"+
		"2\n编制城市体检报告\n市住建局\n各县（市、区）政府\n2025年9月30日\n")
	if !d.Issued.IsZero() || d.Issuer != "" {
		t.Errorf("issued %s by %q; the text is signed by nobody on no day (those are row 1's units and completion day)", d.Issued, d.Issuer)
	}
}

// TestRev62_SpanTitleYear: a three-year plan titled "…（2025—2027年）" and sent without its notice
// (no 文号, no signature) takes the span's last year as its own: "6月底前出台扶持政策" is due
// 2027-06-30, two years late, and the yearly milestones "2025年建成…15个，2026年建成20个" are dropped as
// past figures, leaving only 2027. A span's plan starts in its first year; its dates without a year
// are that year's, and its milestones are all due.
func TestRev62_SpanTitleYear(t *testing.T) {
	d := rev62Parse(t, "金华市推进数字乡村建设三年行动计划（2025—2027年）\n\n一、重点任务\n"+
		"1.制定配套政策。6月底前出台数字乡村建设扶持政策。（责任单位：市农业农村局）\n"+
		"2.发展智慧农业。2025年建成数字农业工厂15个，2026年建成20个，2027年建成15个。（责任单位：市农业农村局、市经信局）\n")
	for _, w := range []struct {
		title string
		due   []string
	}{
		{"制定配套政策", []string{"2025-06-30"}},
		{"发展智慧农业", []string{"2025-12-31", "2026-12-31", "2027-12-31"}},
	} {
		x := rev59Task(d, w.title)
		if x == nil || !slices.Equal(rev62Dates(x), w.due) {
			t.Errorf("task %q: want due %v:%s", w.title, w.due, rev59Dump(d))
		}
	}
}
