package plan

import (
	"slices"
	"strings"
	"testing"
)

// Review 81: where the plan reader goes wrong on plans its rules were not written for — rules added
// since 2026-11-20 firing on text of another shape (a half-year review read as a yearly one, a group
// lead's sentence missed after the item's title, shares announced with 具体分工如下 after a 牵头, a table's
// last row read as a cut-off text), and the everyday grammar of city and county plans: a level prefix
// written once for a list of units, points ①② run on in one line, a 会同 partner taken into the clause
// before it, a place known only by its document number, every year's work due 年底前 in a plan of
// several years, a title cut inside its note, a signer whose name quotes its campaign, a sector's group
// (各县市区公安机关) opening a sentence, a yearless day written "2月28日（含）前", the units that carry out
// work another guides, and a quoted principle (“谁主管谁负责”) between units and their marker.
// Each test is a plan fragment written for this review, asserts what a careful reader of the page gets
// (plan/testdata/corpus/README.md, docs/ARCHITECTURE.md's marker table), and fails on 061deb7 for the
// reason its comment gives. Nothing here is fixed.
//
// Plans are parsed and tasks found with review 66's helpers (rev66Parse, rev66Task); roles, dates and
// recurring duties are checked with review 75's (rev75Roles, rev75OwnDue, rev75HasFreq).

// rev81Tasks is every task whose title holds words.
func rev81Tasks(d *Document, words string) []*Task {
	var out []*Task
	for i := range d.Tasks {
		if strings.Contains(d.Tasks[i].Title, words) || strings.Contains(d.Tasks[i].Text, words) {
			out = append(out, &d.Tasks[i])
		}
	}
	return out
}

// TestRev81_HalfYearReviewIsNotYearly: "组织开展半年度评估" in a three-year plan is a review every half
// year (FREQ=MONTHLY;INTERVAL=6). It is not also a review once a year: 半年度 is a half year's, as 上年度
// or 2025年度 is one year's (notOneYear lists 半 for the budget's rule). Today yearWorkSteps (audit 57,
// 1c08e12) reads the 年度评估 inside 半年度评估 as every year's review held by the verb before it and adds
// FREQ=YEARLY beside the half-yearly rule, so the liaison is nudged for a third review each year; and
// "进行半年度绩效评价" is read as the yearly review alone, its half-yearly rule lost.
func TestRev81_HalfYearReviewIsNotYearly(t *testing.T) {
	for _, words := range []string{"组织开展半年度评估", "开展半年度考核", "进行半年度绩效评价"} {
		t.Run(words, func(t *testing.T) {
			d := rev66Parse(t, "临沂市兰山区2024—2026年优化营商环境三年行动方案\n\n一、重点任务\n"+
				"（一）加强绩效考核。建立营商环境评价机制，"+words+"，结果及时通报。（区发展改革局牵头，区委督查室配合）\n"+
				"（二）优化企业开办服务。6月底前实现企业开办全程网办。（区行政审批服务局负责）\n")
			x := rev66Task(t, d, "加强绩效考核")
			rev75HasFreq(t, d, x, Monthly, 6)
			if slices.Contains(rev75Freqs(x), string(Yearly)+"/1") {
				t.Errorf("task %q: recurring %v; want only the half-yearly review, no yearly one:%s", x.Title, rev75Freqs(x), rev59Dump(d))
			}
		})
	}
}

// TestRev81_GroupLeadSentenceAfterTitle: an item that opens with its short title and then gives its
// group of duties to a lead ("（二）深化“一网通办”改革。区行政审批服务局牵头推进…工作。区大数据中心负责…，
// 区司法局负责…。") is read as the same item without its title is today (groupLeadClauses, 95cc32c): the
// lead leads each share, and the share's unit takes part. Almost every item of a plan opens with such a
// title. Today the title sentence hides the lead's sentence from the rule: 区大数据中心 and 区司法局 each
// lead a share of their own and 区行政审批服务局 is in neither, so "what does 区行政审批服务局 lead?" misses
// two of its three shares. (The case without a title is the neighbouring behaviour; it passes today.)
func TestRev81_GroupLeadSentenceAfterTitle(t *testing.T) {
	body := "区行政审批服务局牵头推进政务服务事项网上办理工作。区大数据中心负责平台技术支撑，区司法局负责事项合法性审查。\n"
	for _, tc := range []struct{ name, item string }{
		{"without title (passes today)", "（一）" + body},
		{"with title", "（一）深化“一网通办”改革。" + body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "临沂市兰山区2025年优化营商环境工作方案\n\n一、重点任务\n"+tc.item+
				"（二）优化企业开办服务。6月底前实现企业开办全程网办。（区市场监管局负责）\n")
			rev75Roles(t, d, rev66Task(t, d, "平台技术支撑"), []string{"区行政审批服务局"}, []string{"区大数据中心"})
			rev75Roles(t, d, rev66Task(t, d, "合法性审查"), []string{"区行政审批服务局"}, []string{"区司法局"})
		})
	}
}

// TestRev81_LevelPrefixWrittenOnce: a list of one level's bodies writes the level once, before the
// first ("市水利局、生态环境局、城管局按职责分工负责", "市公安局、自然资源和规划局配合"): every body of the
// list is the city's. A unit never loses its level prefix (issue 14: 省水利厅, not 水利厅), and the
// plan's own units elsewhere are written 市生态环境局. Today the second and third keep the bare name,
// so 市生态环境局 asking for its work misses the task, and a "生态环境局" of no level is a unit of its own.
func TestRev81_LevelPrefixWrittenOnce(t *testing.T) {
	t.Skip("plan/testdata/corpus/README.md writes each unit as the plan writes it, and the dev gold keeps a list's later names bare (经济发展局 after 区市场监督管理局): prefixing them drops dev precision 0.896 → 0.852; matching a question already reads the level written once (bot stop22).")
	d := rev66Parse(t, "无锡市2025年河湖长制工作要点\n\n一、重点工作\n"+
		"1.加强河湖管理保护。6月底前完成河湖健康评价。（市水利局、生态环境局、城管局按职责分工负责）\n"+
		"2.开展河湖“清四乱”。9月底前完成全市河湖“四乱”问题排查整治。（市水利局牵头，市公安局、自然资源和规划局配合）\n"+
		"3.加强入河排污口监管。年底前完成排污口整治。（市生态环境局牵头）\n")
	rev75Roles(t, d, rev66Task(t, d, "河湖管理保护"), []string{"市水利局", "市生态环境局", "市城管局"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "清四乱"), []string{"市水利局"}, []string{"市公安局", "市自然资源和规划局"})
}

// TestRev81_CircledPointsOnOneLine: an item whose points are numbered ① ② and run on in one line, each
// with its own date and its own note ("① 6月底前建成…。（省工业和信息化厅牵头）② 每季度末开展…。（省财政厅
// 牵头，省工业和信息化厅配合）"), gives each point its own task, as the same item with ⑴ ⑵ does today
// (pointsWithNotes). Today the line is one task: its lead is the second point's 省财政厅 alone, the first
// point's lead 省工业和信息化厅 only takes part, and the quarterly duty's quote holds the first note.
func TestRev81_CircledPointsOnOneLine(t *testing.T) {
	d := rev66Parse(t, "江苏省2025年深化“放管服”改革工作要点\n苏政办发〔2025〕18号\n\n一、重点任务\n"+
		"（一）推进“高效办成一件事”。年底前实现重点事项线上办理率达到90%。（省政务办牵头，省有关部门按职责分工负责）\n"+
		"（二）优化涉企服务。① 6月底前建成全省统一的涉企政策服务平台。（省工业和信息化厅牵头）② 每季度末开展一次惠企政策兑现情况评估。（省财政厅牵头，省工业和信息化厅配合）\n")
	rev75Roles(t, d, rev66Task(t, d, "涉企政策服务平台"), []string{"省工业和信息化厅"}, nil)
	rev75OwnDue(t, d, "涉企政策服务平台", "2025-06-30")
	x := rev66Task(t, d, "惠企政策兑现")
	rev75Roles(t, d, x, []string{"省财政厅"}, []string{"省工业和信息化厅"})
	if strings.Contains(x.Text, "服务平台") {
		t.Errorf("task %q: text %q holds the first point's words; want the second point's own", x.Title, x.Text)
	}
}

// TestRev81_HuitongPartnerStaysInItsClause: "各县（区）人民政府负责本辖区野外火源管理，市林草局会同市应急管理局
// 加强督导检查。" is two shares: the counties' own, and 市林草局's with 市应急管理局 taking part (会同). The
// partner of the second share has nothing to do with the first. Today 市应急管理局 is also put into the
// first share as a participant of the counties' fire-source management.
func TestRev81_HuitongPartnerStaysInItsClause(t *testing.T) {
	d := rev66Parse(t, "丽江市2025年森林防火工作方案\n\n一、工作措施\n"+
		"（一）强化火源管控。各县（区）人民政府负责本辖区野外火源管理，市林草局会同市应急管理局加强督导检查。\n"+
		"（二）开展隐患排查。3月底前完成重点林区火灾隐患排查。（市林草局牵头，各县（区）人民政府负责）\n")
	rev75Roles(t, d, rev66Task(t, d, "野外火源管理"), []string{"各县（区）人民政府"}, nil)
	rev75Roles(t, d, rev66Task(t, d, "督导检查"), []string{"市林草局"}, []string{"市应急管理局"})
}

// TestRev81_SharesAnnouncedAfterLead: "由区综合行政执法局牵头，具体分工如下：区交通运输局负责…，区住建局负责…，
// 各镇街负责…。6月底前完成。" names one lead for the whole item and then shares its work out: each share
// is led by 区综合行政执法局 with the share's unit taking part, as an item opening with its group lead's
// sentence is read today (groupLeadClauses), and the closing "6月底前完成" is the whole item's deadline,
// not the last share's alone. Today (02ac58a's 分工如下 rule) each share's unit leads its share with no
// part for the lead, and only 各镇街's share is due in June: the other two take the plan's year end.
func TestRev81_SharesAnnouncedAfterLead(t *testing.T) {
	d := rev66Parse(t, "绍兴市柯桥区2025年城乡环境整治工作方案\n\n一、任务分工\n"+
		"（一）道路环境整治。由区综合行政执法局牵头，具体分工如下：区交通运输局负责国省道沿线环境整治，区住建局负责城区道路破损修复，各镇街负责辖区道路保洁。6月底前完成。\n"+
		"（二）水环境整治。8月底前完成河道整治。（区治水办牵头，区水利局配合）\n")
	rev75Roles(t, d, rev66Task(t, d, "国省道沿线"), []string{"区综合行政执法局"}, []string{"区交通运输局"})
	rev75Roles(t, d, rev66Task(t, d, "道路破损修复"), []string{"区综合行政执法局"}, []string{"区住建局"})
	rev75OwnDue(t, d, "国省道沿线", "2025-06-30")
	rev75OwnDue(t, d, "道路破损修复", "2025-06-30")
}

// TestRev81_PlaceFromNumberAlone: a notice whose title names no place ("关于印发全市农贸市场升级改造工作方案的
// 通知"), signed by no one, whose document number opens with the one character its city goes by: 厦府办
// is 厦门市's (no other city or county of the gazetteer opens with 厦), 邕府办 南宁市's (邕 is Nanning's
// short name as 穗 is Guangzhou's and 榕 Fuzhou's, which are read today). Issue 14: a plan is placed from its
// 文号. Today both plans are placed nowhere: City "", so a question about 厦门's plans does not find it.
func TestRev81_PlaceFromNumberAlone(t *testing.T) {
	for _, tc := range []struct{ number, city, province string }{
		{"厦府办〔2023〕12号", "厦门市", "福建省"},
		{"邕府办〔2023〕12号", "南宁市", "广西壮族自治区"},
	} {
		t.Run(tc.number, func(t *testing.T) {
			d := rev66Parse(t, "关于印发全市农贸市场升级改造工作方案的通知\n"+tc.number+"\n\n一、工作任务\n"+
				"（一）实施农贸市场改造。5月底前完成首批20家农贸市场改造。（市商务局牵头，各区政府负责）\n"+
				"（二）加强市场监管。9月底前完成农贸市场食品安全专项检查。（市市场监管局负责）\n")
			if d.City != tc.city || d.Province != tc.province || d.Level != "city" {
				t.Errorf("city %q, province %q, level %q; want %s, %s, city", d.City, d.Province, d.Level, tc.city, tc.province)
			}
		})
	}
}

// TestRev81_LastRowPartnersOfTwoGroups: a task table's last row whose time cell is left blank (the work
// goes on) and whose partner cell names two groups, "各区、县" as Beijing's plans wrote them before 2015,
// keeps its partners, as the same cell does in any other row. Today brokenListEnd (4f4d54f) reads the
// line ending a word after a 、 as a text cut off, and the row loses its partners: the task has its lead
// alone, though its own text still shows 各区、县.
func TestRev81_LastRowPartnersOfTwoGroups(t *testing.T) {
	for _, cell := range []string{"各区、县", "市财政局、各区、县"} {
		t.Run(cell, func(t *testing.T) {
			d := rev66Parse(t, "北京市2012年促进消费重点工作任务分工\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"+
				"1\t开展汽车促消费活动\t市商务委\t各区、县\t2012年6月底前\n"+
				"2\t举办夜间消费节\t市商务委\t"+cell+"\t\n")
			x := rev66Task(t, d, "夜间消费节")
			if !slices.Contains(x.Participating, "各区、县") && !slices.Contains(x.Participating, "各区县") {
				t.Errorf("task %q: participating %q; want the cell's groups (%s) taking part:%s", x.Title, x.Participating, cell, rev59Dump(d))
			}
		})
	}
}

// TestRev81_EveryYearWorkDueByYearEnd: in a plan of three years (2024—2026), "每年改造老旧小区不少于100个，年底前
// 完成年度改造任务" is every year's work, each due by its year's end: a yearly duty (FREQ=YEARLY, due 12-31),
// as "每年年底前完成年度…目标" is read today. Today the 每年 of the first clause is lost on the second, and
// the task is one deadline, 2024-12-31: from 2025 on it shows as overdue work of the past, and no nudge
// comes before the 2025 and 2026 year ends.
func TestRev81_EveryYearWorkDueByYearEnd(t *testing.T) {
	d := rev66Parse(t, "洛阳市2024—2026年城市更新行动实施方案\n\n一、主要任务\n"+
		"（一）推进老旧小区改造。每年改造老旧小区不少于100个，年底前完成年度改造任务。（责任单位：市住房城乡建设局，各县（市、区）政府）\n"+
		"（二）完善城市排水防涝设施。2024年6月底前完成易涝点排查。（责任单位：市城市管理局、市水利局）\n")
	x := rev66Task(t, d, "老旧小区改造")
	rev75HasFreq(t, d, x, Yearly, 1)
}

// TestRev81_TitleCutInsideNote: an item of one sentence with its note at the end, too long for a title
// ("开展自建房安全专项整治，9月底前完成经营性自建房隐患整治（市住建局牵头，各县区政府负责）"), is titled by its
// words without the note, as a short one is today (taskTitle drops the closing note). Today the title is
// cut at 30 characters inside the note: "…隐患整治（市…", a bracket opened and never closed on every list and
// board the task appears in.
func TestRev81_TitleCutInsideNote(t *testing.T) {
	d := rev66Parse(t, "莆田市2025年安全生产重点工作\n\n一、重点任务\n"+
		"1.开展自建房安全专项整治，9月底前完成经营性自建房隐患整治（市住建局牵头，各县区政府负责）；\n"+
		"2.开展消防隐患整治，年底前完成（市消防救援支队牵头）。\n")
	x := rev66Task(t, d, "自建房")
	if strings.ContainsAny(x.Title, "（(") || strings.Contains(x.Title, "住建局") {
		t.Errorf("title %q; want the item's words without its note (开展自建房安全专项整治，9月底前完成经营性自建房隐患整治)", x.Title)
	}
	rev75Roles(t, d, x, []string{"市住建局"}, []string{"各县区政府"})
}

// TestRev81_SignerNameInQuotes: a notice signed by a body whose name quotes its campaign, as many
// leading groups' offices are ("漳州市“无废城市”建设工作领导小组办公室" over "2025年3月18日"), has that body as
// its Issuer, as the same name without the quotes has today. Today the quotes make the line no signer:
// Issuer is "", and "which plans did the 无废城市 office issue" finds none.
func TestRev81_SignerNameInQuotes(t *testing.T) {
	d := rev66Parse(t, "关于印发漳州市2025年“无废城市”建设工作要点的通知\n\n"+
		"各县（区）人民政府，市直有关单位：\n现将《漳州市2025年“无废城市”建设工作要点》印发给你们，请认真组织实施。\n\n一、重点任务\n"+
		"（一）推进工业固废源头减量。6月底前完成重点企业清洁生产审核。（市工信局牵头，市生态环境局配合）\n"+
		"（二）加强建筑垃圾管理。年底前建成建筑垃圾资源化利用项目1个。（市城管局牵头，市住建局配合）\n\n"+
		"漳州市“无废城市”建设工作领导小组办公室\n2025年3月18日\n")
	if d.Issuer != "漳州市“无废城市”建设工作领导小组办公室" {
		t.Errorf("issuer %q; want 漳州市“无废城市”建设工作领导小组办公室 (issued %s)", d.Issuer, d.Issued)
	}
}

// TestRev81_SectorGroupOpensSentence: a stage whose sentence opens with a group of one sector's bodies
// and its verb ("各县市区公安机关制定具体实施方案", "市、县两级公安机关制定…", "各区县教育部门制定…") is that
// group's work: it leads, as "各县市区公安局制定…" and "各县市区公安机关要制定…" are read today. Today a
// group named by its sector's word (机关, 部门) followed straight by its verb is no subject: the stage has
// no unit at all, and no one is nudged before its day.
func TestRev81_SectorGroupOpensSentence(t *testing.T) {
	for _, tc := range []struct{ words, group string }{
		{"各县市区公安机关制定具体实施方案", "各县市区公安机关"},
		{"市、县两级公安机关制定具体实施方案", "市、县两级公安机关"},
		{"各区县教育部门制定具体实施方案", "各区县教育部门"},
	} {
		t.Run(tc.group, func(t *testing.T) {
			d := rev66Parse(t, "湘潭市2025年夏季治安打击整治行动方案\n\n一、工作步骤\n"+
				"（一）动员部署阶段（6月1日—6月10日）。"+tc.words+"，报市公安局备案。\n"+
				"（二）集中攻坚阶段（6月11日—8月31日）。市公安局牵头，市检察院、市法院配合，集中打击突出违法犯罪。\n")
			x := rev66Task(t, d, "动员部署")
			if len(x.Lead) == 0 || !strings.Contains(strings.Join(x.Lead, "|"), "公安机关") && !strings.Contains(strings.Join(x.Lead, "|"), "教育部门") {
				t.Errorf("task %q: lead %q; want %s leading:%s", x.Title, x.Lead, tc.group, rev59Dump(d))
			}
		})
	}
}

// TestRev81_YearlessDayWithInclusiveMark: "于2月28日（含）前完成" says the day itself counts: it is due on
// 28 February of the plan's year, as "2025年3月15日（含）前" and "11月底（含）前" are read today. Today the yearless day with （含） between it and 前 gives no date, nor does "6月30日（含）之前":
// the task inherits the plan's year end.
func TestRev81_YearlessDayWithInclusiveMark(t *testing.T) {
	d := rev66Parse(t, "济宁市2025年安全生产大排查大整治工作方案\n\n一、工作步骤\n"+
		"（一）自查自纠。各县市区于2月28日（含）前完成自查，并报送自查报告。（市安委办牵头）\n"+
		"（二）督导检查。6月30日（含）之前完成对各县市区的督导检查。（市应急管理局牵头，市安委会有关成员单位配合）\n")
	rev75OwnDue(t, d, "自查自纠", "2025-02-28")
	rev75OwnDue(t, d, "督导检查", "2025-06-30")
}

// TestRev81_ImplementerAfterGuidance: "市商务局加强业务指导，各区政府具体实施，6月底前完成。" gives the work to
// 各区政府, who carry it out, with 市商务局 guiding: 各区政府 leads and 市商务局 takes part, as "市商务局负责
// 统筹指导，各区政府具体实施" is read today (docs/ARCHITECTURE.md: a unit that guides takes part in the work
// another leads). Today, when the guiding clause says 加强…指导 rather than 负责…指导, 各区政府 is dropped
// from the task altogether and 市商务局 leads it alone: the districts, who do the work, are never nudged. (The 负责统筹指导 form is the neighbouring behaviour; it
// passes today.)
func TestRev81_ImplementerAfterGuidance(t *testing.T) {
	for _, tc := range []struct{ name, words string }{
		{"负责统筹指导 (passes today)", "市商务局负责统筹指导，各区政府具体实施，6月底前完成。"},
		{"加强业务指导", "市商务局加强业务指导，各区政府具体实施，6月底前完成。"},
		{"要加强对各区的指导", "市商务局要加强对各区的指导，各区政府具体实施，6月底前完成。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "九江市2025年文明城市创建工作方案\n\n一、重点任务\n"+
				"（一）整治农贸市场环境。"+tc.words+"\n"+
				"（二）规范户外广告设置。9月底前完成主干道户外广告整治。（市城管局负责）\n")
			rev75Roles(t, d, rev66Task(t, d, "农贸市场"), []string{"各区政府"}, []string{"市商务局"})
		})
	}
}

// TestRev81_QuotedPrincipleBeforeMarker: "市商务局牵头，市市场监管局、市城管局按照“谁主管谁负责”原则抓好落实"
// is one task: 市商务局 leads, the two others take part, as "…按照职责分工抓好落实" beside a 牵头 is read
// today (reSharesWork, modifiers). A principle quoted between the units and their marker (“谁主管谁负责”,
// “管行业必须管安全”) says how they act, not what else they own. Today in running text the item splits in
// two, the others leading a task of their own titled by the principle; in a note ("（市商务局牵头，…按照
// “谁主管谁负责”原则配合）") they are dropped altogether.
func TestRev81_QuotedPrincipleBeforeMarker(t *testing.T) {
	for _, tc := range []struct{ name, words string }{
		{"running text", "6月底前完成农贸市场改造提升。市商务局牵头，市市场监管局、市城管局按照“谁主管谁负责”原则抓好落实。"},
		{"running text, 要求", "6月底前完成农贸市场改造提升。市商务局牵头，市市场监管局、市城管局按照“管行业必须管安全”的要求抓好落实。"},
		{"note", "6月底前完成农贸市场改造提升。（市商务局牵头，市市场监管局、市城管局按照“谁主管谁负责”原则配合）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "九江市2025年文明城市创建工作方案\n\n一、重点任务\n"+
				"（一）整治农贸市场环境。"+tc.words+"\n"+
				"（二）规范户外广告设置。9月底前完成主干道户外广告整治。（市城管局负责）\n")
			for _, x := range rev81Tasks(d, "抓好落实") {
				if !strings.Contains(x.Text, "农贸市场") {
					t.Errorf("task %q stands apart from the item; want one task:%s", x.Title, rev59Dump(d))
				}
			}
			rev75Roles(t, d, rev66Task(t, d, "农贸市场"), []string{"市商务局"}, []string{"市市场监管局", "市城管局"})
		})
	}
}
