package plan

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// Review 59: a stranger reads plans the parser has not seen — task tables copied out of Word and
// PDF, deadlines counted from the plan's issue, time columns, campaign periods stated once, the
// signature block and lists of provincial bodies. Each test fails on dd45a44 and says what a
// person reading the fragment expects and what dutybot shows today.

// rev59Parse parses text as a plan file named rev59.txt.
func rev59Parse(t *testing.T, text string) *Document {
	t.Helper()
	d, err := ParseText("rev59.txt", text, Options{})
	if err != nil {
		t.Fatalf("ParseText: %v", err)
	}
	return d
}

// rev59Dump lists a document's tasks for a failure message.
func rev59Dump(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n  period %s (%q), issued %s, issuer %q", d.Period, d.PeriodQuote, d.Issued, d.Issuer)
	for _, x := range d.Tasks {
		fmt.Fprintf(&b, "\n  [%s] %s | %s lead=%v partic=%v", x.Number, x.Section, x.Title, x.Lead, x.Participating)
		for _, dl := range x.Deadlines {
			fmt.Fprintf(&b, " %s %s(%s)", dl.Date, dl.Kind, dl.Quote)
			if dl.Inherited {
				b.WriteString("inherited")
			}
		}
		for _, r := range x.Recurring {
			fmt.Fprintf(&b, " %s(%s)", r.Rule, r.Quote)
		}
	}
	return b.String()
}

// rev59Task is the first task whose title or text contains words, nil when none does.
func rev59Task(d *Document, words string) *Task {
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title, words) {
			return &d.Tasks[i]
		}
	}
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Text, words) {
			return &d.Tasks[i]
		}
	}
	return nil
}

// rev59Own is the task's own deadlines (not the plan's period it inherits).
func rev59Own(x *Task) []Deadline {
	var out []Deadline
	for _, dl := range x.Deadlines {
		if !dl.Inherited {
			out = append(out, dl)
		}
	}
	return out
}

// rev59Day reads a YYYY-MM-DD day of a test's table.
func rev59Day(t *testing.T, s string) Day {
	t.Helper()
	d, err := ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// rev59Months is how many months apart a monthly rule falls (3 for a quarter's), 0 for another rule.
func rev59Months(r Rule) int {
	if r.Freq != Monthly {
		return 0
	}
	if ms := r.MonthSet(); r.Months != 0 && len(ms) > 0 {
		return 12 / len(ms)
	}
	return max(r.Interval, 1)
}

// rev59Notice is a city government's notice over a one-year plan, signed on 2025-04-10; its items
// follow.
const rev59Notice = "宁波市人民政府办公厅关于印发宁波市2025年安全生产治本攻坚工作方案的通知\n甬政办发〔2025〕15号\n\n" +
	"各区（县、市）人民政府，市直及部省属驻甬各单位：\n现将《宁波市2025年安全生产治本攻坚工作方案》印发给你们，请认真贯彻执行。\n\n" +
	"宁波市人民政府办公厅\n2025年4月10日\n\n宁波市2025年安全生产治本攻坚工作方案\n\n一、重点任务\n"

// TestRev59_TabRowCellOnTwoLines: a task table copied out of Word (or WPS) as text has its cells
// apart by tabs and its rows one a line, but a cell of two paragraphs gives two lines: row 2's task
// cell "推进工程建设项目审批制度改革。｜压减审批时间至45个工作日以内" ends its first line, and its
// second line carries the rest of the row. A reader sees three rows. Today the table ends at the
// broken row: rows 2 and 3 are no tasks at all (市建设局 and 市资规局 have nothing to do, the plan
// loses two thirds of its work without a warning). A unit cell of two lines ("市资规局、｜市财政局")
// does the same, and gives row 2 row 1's deadline.
func TestRev59_TabRowCellOnTwoLines(t *testing.T) {
	const head = "台州市2025年优化营商环境重点任务清单\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
		"1\t推进企业开办全程网办\t市市场监管局\t市公安局\t2025年6月底前\n"
	const last = "3\t盘活低效用地5000亩\t市资规局\t市财政局\t2025年12月底前\n"
	for _, tc := range []struct{ name, row2, partic2 string }{
		{"a task cell of two paragraphs", "2\t推进工程建设项目审批制度改革。\n压减审批时间至45个工作日以内\t市建设局\t市资规局\t2025年9月底前\n", "市资规局"},
		{"a unit cell of two paragraphs", "2\t推进工程建设项目审批制度改革\t市建设局\t市资规局、\n市财政局\t2025年9月底前\n", "市资规局 市财政局"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev59Parse(t, head+tc.row2+last)
			x2 := rev59Task(d, "推进工程建设项目审批制度改革")
			if x2 == nil || !sameStrings(x2.Lead, []string{"市建设局"}) || strings.Join(x2.Participating, " ") != tc.partic2 ||
				len(rev59Own(x2)) != 1 || rev59Own(x2)[0].Date != rev59Day(t, "2025-09-30") {
				t.Errorf("row 2: want 市建设局 to lead, %s to take part, due 2025-09-30:%s", tc.partic2, rev59Dump(d))
			}
			x3 := rev59Task(d, "盘活低效用地5000亩")
			if x3 == nil || !sameStrings(x3.Lead, []string{"市资规局"}) || len(rev59Own(x3)) != 1 || rev59Own(x3)[0].Date != rev59Day(t, "2025-12-31") {
				t.Errorf("row 3 (after the broken row): want 市资规局 to lead it, due 2025-12-31:%s", rev59Dump(d))
			}
		})
	}
}

// TestRev59_SpacedTableUnitCellWraps: a task table copied from a PDF keeps its columns by spaces
// (pdftotext -layout, or a PDF viewer's copy), and a cell too long for its column goes on below,
// under its own column: "市公安局、" over "市税务局", "各县（市、区）" over "政府". A reader puts each
// line back in its column. Today the line under the 配合单位 column is glued to the task's title
// ("推进企业开办全程网办市税务局", "盘活低效用地5000亩政府"), 市税务局 takes no part, and the party of row
// 2 is a made-up "各县（市、区）" with no body.
func TestRev59_SpacedTableUnitCellWraps(t *testing.T) {
	d := rev59Parse(t, "台州市2025年优化营商环境重点任务清单\n\n"+
		"序号   重点任务                        牵头单位         配合单位         完成时限\n"+
		"1      推进企业开办全程网办            市市场监管局     市公安局、       2025年6月底前\n"+
		"                                                        市税务局\n"+
		"2      盘活低效用地5000亩              市资规局         各县（市、区）   2025年12月底前\n"+
		"                                                        政府\n")
	for _, tc := range []struct {
		title  string
		partic []string
	}{
		{"推进企业开办全程网办", []string{"市公安局", "市税务局"}},
		{"盘活低效用地5000亩", []string{"各县（市、区）政府"}},
	} {
		x := rev59Task(d, tc.title)
		if x == nil || x.Title != tc.title || !sameStrings(x.Participating, tc.partic) {
			t.Errorf("want a task titled %q with %v taking part:%s", tc.title, tc.partic, rev59Dump(d))
		}
	}
}

// TestRev59_AfterIssueInWorkingDays: "本方案印发后15个工作日内" is due three weeks after the plan's
// date (2025-04-10), as "印发之日起30日内" and "印发后3个月内" already are; plans set the short steps
// (a county's own plan, a list of liaisons) in working days. Today the phrase gives no date, the
// task takes the plan's 2025-12-31 as a target, and it is not due for eight months.
func TestRev59_AfterIssueInWorkingDays(t *testing.T) {
	for _, phrase := range []string{"本方案印发后15个工作日内", "自本方案印发之日起15个工作日内"} {
		t.Run(phrase, func(t *testing.T) {
			d := rev59Parse(t, rev59Notice+"1.制定细化方案。各区（县、市）要在"+phrase+"制定具体实施方案，报市安委办备案。（责任单位：各区〔县、市〕政府）\n")
			x := rev59Task(d, "制定细化方案")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			// 15 working days from Thursday 10 April: 1 May without the holiday, 6 May with it.
			lo, hi := rev59Day(t, "2025-04-28"), rev59Day(t, "2025-05-10")
			for _, dl := range rev59Own(x) {
				if !dl.Date.Before(lo) && !hi.Before(dl.Date) {
					return
				}
			}
			t.Errorf("want a deadline 15 working days after 2025-04-10 (between %s and %s):%s", lo, hi, rev59Dump(d))
		})
	}
}

// TestRev59_AfterIssueOtherWordings: the time counted from the plan's issue is written with other
// verbs and units than 印发后N个月内: 下发 and 出台 and 发布 for 印发, 半年 for 6个月. A reader counts
// each from 2025-04-10. Today none gives a date (only 印发 with a number of days, weeks or months
// does), so each task takes the plan's year end as a target.
func TestRev59_AfterIssueOtherWordings(t *testing.T) {
	for _, tc := range []struct{ phrase, want string }{
		{"本方案印发后半年内", "2025-10-10"},
		{"本方案出台后3个月内", "2025-07-10"},
		{"本方案下发之日起30日内", "2025-05-10"},
		{"本方案发布之日起3个月内", "2025-07-10"},
		{"本通知下发后10日内", "2025-04-20"},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			d := rev59Parse(t, rev59Notice+"1.开展隐患排查。"+tc.phrase+"完成全市危化品企业隐患排查全覆盖。（责任单位：市应急管理局）\n")
			x := rev59Task(d, "开展隐患排查")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			want := rev59Day(t, tc.want)
			for _, dl := range rev59Own(x) {
				if diff := dl.Date.Time(0, 0).Sub(want.Time(0, 0)); diff >= -24*time.Hour && diff <= 24*time.Hour {
					return
				}
			}
			t.Errorf("%s counted from 2025-04-10: want a deadline on %s (a day either way):%s", tc.phrase, want, rev59Dump(d))
		})
	}
}

// TestRev59_OccasionAfterAYear: "2026年春季学期开学前", "2025年高考前", "2026年春运前" are due before
// an occasion early in that year. Today the year alone is read ("2026年", kind by), so the task is
// due on 31 December, ten months after the term opened: the reminder comes after the fact and the
// task is never overdue when it is. (Without a year, 春季学期开学前 gives no date at all, which is at
// least not wrong.) A reader dates the occasion, or gives no date; never the year's end.
func TestRev59_OccasionAfterAYear(t *testing.T) {
	for _, tc := range []struct{ item, latest string }{
		{"1.开展校园安全培训。2026年春季学期开学前，完成全市中小学校安全管理人员培训。（责任单位：市教育局）", "2026-03-15"},
		{"1.开展校园安全培训。2025年高考前完成全市考点视频监控系统升级。（责任单位：市教育局）", "2025-06-07"},
		{"1.开展校园安全培训。2026年春运前完成全市客运站安全检查。（责任单位：市交通局）", "2026-02-17"},
	} {
		t.Run(Clip(tc.item, 30), func(t *testing.T) {
			d := rev59Parse(t, rev59Notice+tc.item+"\n")
			x := rev59Task(d, "开展校园安全培训")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			latest := rev59Day(t, tc.latest)
			for _, dl := range rev59Own(x) {
				if dl.Kind == KindBy && latest.Before(dl.Date) {
					t.Errorf("deadline %s (%q) is after the occasion (by %s at the latest):%s", dl.Date, dl.Quote, latest, rev59Dump(d))
				}
			}
		})
	}
}

// TestRev59_MonthListInTimeColumn: a 时间节点 cell that lists months ("6月、12月", "3月、6月、9月、12月")
// in a 2025 plan is due at the end of each: a reader sees two (or four) deadlines. The same cell as
// "6月底、12月底" or "2025年6月、12月" is read; "6月、12月" gives no date at all and the task takes the
// plan's year end as a target.
func TestRev59_MonthListInTimeColumn(t *testing.T) {
	for _, tc := range []struct {
		cell string
		want []string
	}{
		{"6月、12月", []string{"2025-06-30", "2025-12-31"}},
		{"3月、6月、9月、12月", []string{"2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"}},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			d := rev59Parse(t, "丽水市2025年营商环境重点任务清单\n\n序号\t工作任务\t牵头单位\t配合单位\t时间节点\n"+
				"1\t迭代升级“浙里办”丽水专区\t市大数据局\t市政务服务办\t"+tc.cell+"\n"+
				"2\t召开政企恳谈会\t市工商联\t市发改委\t2025年11月底前\n")
			x := rev59Task(d, "迭代升级")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			var got []string
			for _, dl := range rev59Own(x) {
				got = append(got, dl.Date.String())
			}
			slices.Sort(got)
			got = slices.Compact(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("time cell %q: deadlines %v, want %v:%s", tc.cell, got, tc.want, rev59Dump(d))
			}
		})
	}
}

// TestRev59_NamedQuarterIsNoQuarterlyDuty: "考核结果于次年一季度通报", "2025年四季度考核验收",
// "将于三季度督查" name one quarter: the work is done once, in it. Today the words "季度通报",
// "季度考核", "季度督查" inside them are read as a quarterly duty (as 季度通报 alone is), so a one-off
// step gets a reminder every quarter and answers "哪些工作每季度都要做?".
func TestRev59_NamedQuarterIsNoQuarterlyDuty(t *testing.T) {
	for _, item := range []string{
		"1.开展年度考核。市安委办对各区（县、市）进行年度考核，考核结果于次年一季度通报。（责任单位：市安委办）",
		"1.开展年度考核。2025年四季度考核验收。（责任单位：市安委办）",
		"1.开展年度考核。各地自查整改情况将于三季度督查。（责任单位：市安委办）",
	} {
		t.Run(Clip(item, 30), func(t *testing.T) {
			d := rev59Parse(t, rev59Notice+item+"\n")
			x := rev59Task(d, "开展年度考核")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			for _, r := range x.Recurring {
				if rev59Months(r.Rule) == 3 {
					t.Errorf("a quarterly duty %s (%q) read from one named quarter:%s", r.Rule, r.Quote, rev59Dump(d))
				}
			}
		})
	}
}

// TestRev59_SealNoteUnderSignature: a leading group's office signs with another body's seal, and
// the plan says so under the name: "平潭综合实验区扶贫开发领导小组 （平潭综合实验区党工委代章）
// 2019年8月12日" (the real plan in corpus/dev/aq-fj-pingtan-2019-two-assurances-problems-plan.txt,
// www.pingtan.gov.cn t20190813_69234). A reader sees who issued it and when. Today the note between
// the name and the date hides both: on lines of their own the issuer is "", run together (as the
// page prints it) the issuer and the date are both lost. Without the note both are read.
func TestRev59_SealNoteUnderSignature(t *testing.T) {
	const item = "三、责任分工\n1.贫困人口不愁吃不愁穿，主要是看农户是否有能力通过自产或自购，满足口粮及衣物需求。（责任单位：区社会事业局，各乡镇党委和人民政府）\n"
	for _, tc := range []struct{ name, text string }{
		{"lines of their own", "平潭综合实验区扶贫开发领导小组关于印发《解决“两不愁三保障”突出问题实施方案》的通知\n岚综扶组〔2019〕1号\n\n各成员单位：\n" +
			"经区扶贫开发领导小组研究同意，现将《解决“两不愁三保障”突出问题实施方案》印发给你们，请结合实际，认真贯彻执行。\n\n" +
			"平潭综合实验区扶贫开发领导小组\n（平潭综合实验区党工委代章）\n2019年8月12日\n\n解决“两不愁三保障”突出问题实施方案\n\n" + item},
		{"run together", "平潭综合实验区扶贫开发领导小组关于印发《解决“两不愁三保障”突出问题实施方案》的通知\n岚综扶组〔2019〕1号\n" +
			"各成员单位：经区扶贫开发领导小组研究同意，现将《解决“两不愁三保障”突出问题实施方案》印发给你们，请结合实际，认真贯彻执行。 " +
			"平潭综合实验区扶贫开发领导小组 （平潭综合实验区党工委代章） 2019年8月12日解决“两不愁三保障”突出问题实施方案 " +
			"为深入贯彻落实习近平总书记在解决“两不愁、三保障”突出问题座谈会上的重要指示精神，特制定本实施方案。" + item},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev59Parse(t, tc.text)
			if d.Issued != rev59Day(t, "2019-08-12") || !strings.Contains(d.Issuer, "扶贫开发领导小组") {
				t.Errorf("issued %s by %q; want 2019-08-12 by 平潭综合实验区扶贫开发领导小组 (its seal the 党工委's)", d.Issued, d.Issuer)
			}
		})
	}
}

// TestRev59_ListLevelCarriesOn: provincial plans write the level once, on the first body of a list:
// "（省科技厅、工业和信息化厅按职责分工负责…）", "（省政务和数据局牵头，省科技厅、工业和信息化厅、交通运输厅、
// 体育局按职责分工负责）" (数字广东建设2025年工作要点, corpus/dev/g-gd-guangdong-2025-digital-work-points.txt).
// Every body of the list is the province's. Today the later ones keep no level, so the plan's own
// 省工业和信息化厅 (its lead elsewhere) and 工业和信息化厅 are two units: asking for 省工业和信息化厅's
// tasks misses these, and the unit list shows the department twice.
func TestRev59_ListLevelCarriesOn(t *testing.T) {
	t.Skip("not fixed (stop 48): the corpus README's rule writes each unit as the plan writes it, and the dev gold of this very plan (g-gd-guangdong-2025-digital-work-points) has 工业和信息化厅 without 省; carrying the level on needs that rule changed first, or the two names folded when a question matches them")
	d := rev59Parse(t, "数字广东建设2025年工作要点\n\n一、加快培育数字化发展引擎\n（一）打造数字技术创新高地\n"+
		"1.实施关键核心技术攻关。优化鹏城、广州国家实验室央地协同管理机制，深化粤港澳大湾区量子科学中心等重大平台建设。（省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实）\n"+
		"2.推进产业协同创新。持续完善以制造业创新中心为核心节点的制造业协同创新体系。（省工业和信息化厅牵头）\n"+
		"（二）深化数据要素市场化配置改革\n"+
		"3.推进交通运输数字化。推动公共数据在交通、体育等领域开发利用。（省政务和数据局牵头，省科技厅、工业和信息化厅、交通运输厅、体育局按职责分工负责）\n")
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"实施关键核心技术攻关", []string{"省科技厅", "省工业和信息化厅"}},
		{"推进交通运输数字化", []string{"省科技厅", "省工业和信息化厅", "省交通运输厅", "省体育局"}},
	} {
		x := rev59Task(d, tc.title)
		if x == nil {
			t.Fatalf("no task %s:%s", tc.title, rev59Dump(d))
		}
		units := x.Units()
		for _, u := range tc.want {
			if !slices.Contains(units, u) {
				t.Errorf("task %s: units %v, want %s among them (the list's 省 is every body's):%s", tc.title, units, u, rev59Dump(d))
			}
		}
	}
}

// TestRev59_CampaignTimeLabel: a campaign's plan states its time once, as a label: "行动时间：2025年5月
// 至10月。", "时间安排：…", "整治时间为2025年5月—10月". Every task with no date of its own is due by
// 31 October. Today the label form gives the plan no period at all (the sentence form "从2025年5月至
// 10月，在全市…" and "本方案实施期限为…" are read), so its undated tasks have no date and are never due.
func TestRev59_CampaignTimeLabel(t *testing.T) {
	for _, line := range []string{"行动时间：2025年5月至10月。", "时间安排：2025年5月至10月。", "整治时间为2025年5月—10月，分三个阶段进行。", "行动时间为2025年5月1日至10月31日。"} {
		t.Run(line, func(t *testing.T) {
			d := rev59Parse(t, "宁波市人民政府办公厅关于印发宁波市燃气安全专项整治行动方案的通知\n甬政办发〔2025〕16号\n\n"+
				"各区（县、市）人民政府，市直及部省属驻甬各单位：\n现将《宁波市燃气安全专项整治行动方案》印发给你们，请认真贯彻执行。\n\n"+
				"宁波市人民政府办公厅\n2025年4月10日\n\n宁波市燃气安全专项整治行动方案\n\n"+line+"\n\n一、重点任务\n"+
				"1.开展燃气用户排查。全面排查餐饮场所燃气使用安全隐患。（责任单位：市住建局）\n")
			want := rev59Day(t, "2025-10-31")
			x := rev59Task(d, "开展燃气用户排查")
			if d.Period != want || x == nil || len(x.Deadlines) == 0 || x.Deadlines[0].Date != want {
				t.Errorf("want the plan's period to end %s and the undated task to take it:%s", want, rev59Dump(d))
			}
		})
	}
}

// TestRev59_TimeCellFrequencyWithStart: a 完成时限 cell that says how often and from when
// ("2025年起每季度", "每月（2025年起）") is a recurring duty, as the cell "每季度" alone and the sentence
// "2025年起每季度召开一次…" already are. Today the start year hides the frequency: no recurring
// duty, no reminder, and "哪些工作每季度都要做?" leaves the row out.
func TestRev59_TimeCellFrequencyWithStart(t *testing.T) {
	for _, tc := range []struct {
		cell     string
		interval int
	}{
		{"2025年起每季度", 3},
		{"自2025年起每季度", 3},
		{"每月（2025年起）", 1},
	} {
		t.Run(tc.cell, func(t *testing.T) {
			d := rev59Parse(t, "丽水市2025—2027年营商环境重点任务清单\n\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n"+
				"1\t召开政企恳谈会\t市工商联\t市发改委\t"+tc.cell+"\n2\t建设企业综合服务中心\t市经信局\t市发改委\t2026年底前\n")
			x := rev59Task(d, "召开政企恳谈会")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			for _, r := range x.Recurring {
				if rev59Months(r.Rule) == tc.interval {
					return
				}
			}
			t.Errorf("time cell %q: want a duty every %d month(s):%s", tc.cell, tc.interval, rev59Dump(d))
		})
	}
}

// TestRev59_NextYearAfterYearlyDuty: "每年12月底前开展年度评估，次年1月底前形成评估报告报市政府" is two
// yearly duties: the assessment each December and its report each January. Today the 次年 step is
// dropped (or, after "每年年底前完成自评", read as one deadline in January 2026 only), so from the
// second year on nobody is reminded of the report.
func TestRev59_NextYearAfterYearlyDuty(t *testing.T) {
	for _, tc := range []struct {
		item  string
		month time.Month
	}{
		{"1.开展评估。每年12月底前开展年度评估，次年1月底前形成评估报告报市政府。（责任单位：市商务局）", time.January},
		{"1.开展评估。各区（县、市）每年年底前完成自评，次年1月15日前将自评报告报送市安委办。（责任单位：各区〔县、市〕政府）", time.January},
	} {
		t.Run(Clip(tc.item, 30), func(t *testing.T) {
			d := rev59Parse(t, "杭州市人民政府办公厅关于印发杭州市推进数字贸易高质量发展实施方案的通知\n杭政办函〔2024〕12号\n\n"+
				"各区、县（市）人民政府，市政府各部门、各直属单位：\n《杭州市推进数字贸易高质量发展实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。\n\n"+
				"杭州市人民政府办公厅\n2024年3月5日\n\n杭州市推进数字贸易高质量发展实施方案\n\n一、主要任务\n"+tc.item+"\n")
			x := rev59Task(d, "开展评估")
			if x == nil {
				t.Fatalf("no task:%s", rev59Dump(d))
			}
			for _, r := range x.Recurring {
				if r.Rule.Freq == Yearly && r.Rule.Month == tc.month {
					return
				}
			}
			t.Errorf("want a yearly duty in %s (the 次年 report of each year's assessment):%s", tc.month, rev59Dump(d))
		})
	}
}

// TestRev59_SubPointTitlesKeepNoNumber: an item whose numbered points each name their own unit
// ("1.实施农村生活污水治理。" over "（1）新建改造…（责任单位：市生态环境局）" and "（2）…（责任单位：市建设局）")
// is split into a task per point. Today the second point's title keeps its number ("（2）农村生活污水
// 处理设施…", "②建设农村资源回收站点50个") while the first is titled by the item, so 市建设局's list
// shows "（2）…" out of nowhere. A point's title is its words, without the number printed before it.
func TestRev59_SubPointTitlesKeepNoNumber(t *testing.T) {
	d := rev59Parse(t, "金华市2025年“千万工程”重点任务分工方案\n\n一、重点任务\n（一）推进农村人居环境整治提升\n"+
		"1.实施农村生活污水治理。\n"+
		"（1）新建改造农村生活污水处理设施200个，9月底前完成。（责任单位：市生态环境局）\n"+
		"（2）农村生活污水处理设施标准化运维覆盖率达到90%以上。（责任单位：市建设局）\n"+
		"2.推进农村垃圾分类。\n"+
		"①开展农村生活垃圾分类处理省级示范村创建，6月底前完成申报。（责任单位：市建设局）\n"+
		"②建设农村资源回收站点50个。（责任单位：市供销社）\n")
	if len(d.Tasks) == 0 {
		t.Fatalf("no tasks:%s", rev59Dump(d))
	}
	for _, x := range d.Tasks {
		if r := []rune(x.Title); len(r) > 0 && (r[0] == '（' || r[0] == '(' || (r[0] >= '①' && r[0] <= '⑳')) {
			t.Errorf("task %s titled %q: a point's title keeps its printed number:%s", x.ID, x.Title, rev59Dump(d))
		}
	}
}

// TestRev59_QuoteStartsAtItsWords: a deadline's quote is what the plan says ("方案印发后两个月内").
// After a sentence's full stop the quote today begins with it ("。方案印发后两个月内", "。文件印发后一周
// 内"), and that is what the bot prints beside the date.
func TestRev59_QuoteStartsAtItsWords(t *testing.T) {
	d := rev59Parse(t, rev59Notice+"1.开展隐患排查。方案印发后两个月内完成排查。（责任单位：市应急管理局）\n"+
		"2.报送名单。文件印发后一周内报送联络员名单。（责任单位：市应急管理局）\n")
	n := 0
	for _, x := range d.Tasks {
		for _, dl := range rev59Own(&x) {
			n++
			if strings.IndexFunc(dl.Quote, func(r rune) bool { return strings.ContainsRune("。，；、,.;", r) }) == 0 {
				t.Errorf("task %s: quote %q opens with punctuation", x.Title, dl.Quote)
			}
		}
	}
	if n < 2 {
		t.Errorf("want both items dated:%s", rev59Dump(d))
	}
}

// TestRev59_PrefectureGoesByOneName: an autonomous prefecture signs its plans with its full name
// (恩施土家族苗族自治州人民政府办公室) or its short one (恩施州人民政府办公室, 黔东南州…), both on real
// documents of one office. The gazetteer (places.txt) knows them as one place. Today the plan's City
// is whichever name it was signed with: two plans of 恩施 are in two cities ("恩施州",
// "恩施土家族苗族自治州"), counted apart in per-city answers and hashed into different plan IDs.
func TestRev59_PrefectureGoesByOneName(t *testing.T) {
	t.Skip("not fixed (stop 48): one canonical name for a prefecture (the gazetteer's full name) was tried and dropped: TestWhereAPlanBelongs expects the name as signed (湘西自治州), and open questions fell 4,755 → 4,731 (their golds key plans by the signed name); which name is the city's needs deciding with the question side")
	for _, tc := range []struct{ number, full, short string }{
		{"恩施州政办发〔2024〕12号", "恩施土家族苗族自治州", "恩施州"},
		{"黔东南府办发〔2024〕12号", "黔东南苗族侗族自治州", "黔东南州"},
	} {
		t.Run(tc.short, func(t *testing.T) {
			city := func(signer string) string {
				d := rev59Parse(t, signer+"人民政府办公室关于印发"+tc.short+"2024年营商环境提升行动方案的通知\n"+tc.number+"\n\n各县市人民政府，州政府各部门：\n"+
					"现将《"+tc.short+"2024年营商环境提升行动方案》印发给你们，请认真贯彻执行。\n\n"+signer+"人民政府办公室\n2024年3月5日\n\n"+
					tc.short+"2024年营商环境提升行动方案\n\n一、重点任务\n1.推行企业开办一日办结，6月底前实现全覆盖。（责任单位：州市场监管局）\n")
				return d.City
			}
			if a, b := city(tc.full), city(tc.short); a != b {
				t.Errorf("signed %s: city %q; signed %s: city %q; want one name for one prefecture", tc.full, a, tc.short, b)
			}
		})
	}
}
