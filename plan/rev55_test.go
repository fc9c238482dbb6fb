package plan

import (
	"slices"
	"strings"
	"testing"
)

// Review 55: the parser on plans it has not seen — fragments written the way 实施方案 and 任务分工
// of other provinces write them (inline notes, 责任单位 lines, tab tables, page breaks, notices).
// Each test fails on 9407f46 and says what a careful reader of the fragment expects. They parse
// with review 53's rev53Parse and print with rev53Dump.

// rev55Dated reports whether task x has a deadline of its own (not the plan's period) on day want.
func rev55Dated(x *Task, want string) bool {
	for _, dl := range x.Deadlines {
		if !dl.Inherited && dl.Date.String() == want {
			return true
		}
	}
	return false
}

// TestRev55YearlessFloodSeason: "汛前完成…", "汛期前完成…", "入汛前完成…" in a one-year plan, or 汛期前
// alone in a table's time column, are due before that year's flood season — the parser itself reads
// "2025年汛期前" and "每年汛前" as May 31 (dates.go partOfPeriod, floodBefore after a year). Without the
// year written the phrase gives no date at all and the task takes the plan's December 31 as a target,
// so a 汛前 task is never overdue in June.
//
// Only the time column is kept: four items of the deadline forms, written by people who never read the
// rules (f021, h092, m049, g101), read a bare 汛期前 in running text as no date ("the flood season opens
// on different days by region"); dating it there cost six of them. A time column that says 汛期前 alone
// is a deadline by its column's own word.
func TestRev55YearlessFloodSeason(t *testing.T) {
	for _, tc := range []struct{ name, text, title string }{
		{"a time column", "四川省绵阳市2026年防汛减灾重点任务清单\n\n序号\t重点任务\t牵头单位\t完成时限\n" +
			"1\t完成病险水库除险加固\t市水利局\t汛期前\n2\t开展防汛应急演练\t市应急管理局\t5月31日\n", "完成病险水库除险加固"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev53Parse(t, tc.text)
			x := rev53Task(d, tc.title)
			if x == nil {
				t.Fatalf("no task %s:%s", tc.title, rev53Dump(d))
			}
			for _, dl := range x.Deadlines {
				if !dl.Inherited && dl.Date.Year == 2026 && !NewDay(2026, 6, 30).Before(dl.Date) {
					return
				}
			}
			t.Errorf("task %q: deadlines %v, want one of its own before the 2026 flood season (May 31, as 2025年汛期前 and 每年汛前 are read), not the plan's year end", x.Title, x.Deadlines)
		})
	}
}

// TestRev55MainAndOtherResponsibleUnits: "主要责任单位：X；其他责任单位：Y" (and a table with the columns
// 主要责任单位 | 其他责任单位) names X to answer for the task and Y to take part. Both labels end in 责任单位,
// which resp.go reads as "responsible, lead when no lead is named", so Y leads too.
func TestRev55MainAndOtherResponsibleUnits(t *testing.T) {
	const title = "广东省佛山市2026年制造业当家重点任务分工\n\n"
	for _, tc := range []struct{ name, text string }{
		{"inline labels", title + "一、重点任务\n1.新增技改投资项目500个，年底前完成。（主要责任单位：市工业和信息化局；其他责任单位：市发展改革局、市财政局）\n"},
		{"labels on lines", title + "一、重点任务\n1.新增技改投资项目500个，年底前完成。\n主要责任单位：市工业和信息化局\n其他责任单位：市发展改革局、市财政局\n"},
		{"table columns", title + "序号\t工作任务\t主要责任单位\t其他责任单位\t完成时限\n" +
			"1\t新增技改投资项目500个\t市工业和信息化局\t市发展改革局、市财政局\t2026年12月底前\n" +
			"2\t培育专精特新企业100家\t市工业和信息化局\t市科技局\t2026年11月底前\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev53Parse(t, tc.text)
			x := rev53Task(d, "新增技改投资项目500个")
			if x == nil {
				t.Fatalf("no task 新增技改投资项目500个:%s", rev53Dump(d))
			}
			if !sameStrings(x.Lead, []string{"市工业和信息化局"}) || !sameStrings(x.Participating, []string{"市发展改革局", "市财政局"}) {
				t.Errorf("lead %v, participating %v; want 市工业和信息化局 (主要责任单位) to lead and 市发展改革局, 市财政局 (其他责任单位) to take part", x.Lead, x.Participating)
			}
		})
	}
}

// TestRev55CountyGroupsWrittenWithCommas: a group of local governments written with a comma between
// its levels — "各县、区人民政府（管委会）" (Guangdong's usual form), "各市、县（区）人民政府" — is one
// party, as "各县、区人民政府" and "各县、市、区人民政府" already are. With the bracket after it, or the
// bracket inside its second level, the list splits at 、 into 各县 and 区人民政府 (or 各市 and
// 县（区）人民政府): a "区人民政府" that answers for a city's task, and a group that no longer matches
// when a county's liaison asks for its tasks.
func TestRev55CountyGroupsWrittenWithCommas(t *testing.T) {
	for _, group := range []string{"各县、区人民政府（管委会）", "各市、县（区）人民政府"} {
		t.Run(group, func(t *testing.T) {
			d := rev53Parse(t, "广东省惠州市2026年老旧小区改造工作方案\n\n一、重点任务\n"+
				"1.推进老旧小区海绵化改造，2026年底前完成10个。（责任单位："+group+"）\n")
			if len(d.Tasks) != 1 {
				t.Fatalf("%d tasks, want 1:%s", len(d.Tasks), rev53Dump(d))
			}
			x := d.Tasks[0]
			if len(x.Lead) != 1 || !strings.HasPrefix(x.Lead[0], "各") || len(x.Participating) != 0 {
				t.Errorf("lead %v, participating %v; want the one group %s to lead", x.Lead, x.Participating, group)
			}
		})
	}
}

// TestRev55JointSignatureOnOneLine: two bodies that issue a plan together sign it side by side, on
// one line with spaces between ("丽水市农业农村局　　　　丽水市财政局", as a two-column signature block
// copies out of Word or PDF). On two lines the issuer is read as "A、B"; on one line the spaces are
// dropped and the issuer becomes one made-up body, "丽水市农业农村局丽水市财政局", which the bot
// answers as who issued the plan.
func TestRev55JointSignatureOnOneLine(t *testing.T) {
	for _, gap := range []string{"　　　　　　", "          ", "\t\t"} {
		text := "丽水市农业农村局　丽水市财政局关于印发丽水市2026年高标准农田建设实施方案的通知\n\n丽农发〔2026〕11号\n\n" +
			"各县（市、区）农业农村局、财政局：\n现将《丽水市2026年高标准农田建设实施方案》印发给你们，请认真组织实施。\n\n" +
			"丽水市农业农村局" + gap + "丽水市财政局\n2026年3月18日\n\n" +
			"丽水市2026年高标准农田建设实施方案\n\n一、重点任务\n1.新建高标准农田5万亩，10月底前完成。（牵头单位：市农业农村局；配合单位：市财政局）\n"
		d := rev53Parse(t, text)
		if strings.Contains(d.Issuer, "农业农村局丽水市财政局") || !strings.Contains(d.Issuer, "丽水市农业农村局") || !strings.Contains(d.Issuer, "丽水市财政局") {
			t.Errorf("signature %q: issuer %q, want both bodies apart (丽水市农业农村局、丽水市财政局, as on two lines)", "丽水市农业农村局"+gap+"丽水市财政局", d.Issuer)
		}
	}
}

// TestRev55ItemNumberBeforeAYear: an item that opens with its year right after its number
// ("1.2026年全市新建5G基站3000个", "1.2027年春节前完成…") is no item: "1.2026" reads as no item number
// (paraOpenForms wants a non-digit after "1."), so the item joins the heading above it — the task
// is titled "重点任务", numbered 一 (or 一-1, the next items following as its clauses), under no
// section. Only an item whose
// year is followed by a deadline with 前 ("1.2026年6月底前…") is read as item 1.
func TestRev55ItemNumberBeforeAYear(t *testing.T) {
	for _, tc := range []struct{ name, item, title string }{
		{"a year's figure", "1.2026年全市新建5G基站3000个。（责任单位：市经信局）\n", "2026年全市新建5G基站3000个"},
		{"a festival", "1.2027年春节前完成农民工工资清欠。（责任单位：市人社局）\n", "2027年春节前完成农民工工资清欠"},
		{"a meeting's day", "1.2026年5月20日召开全市招商推介会。（责任单位：市商务局）\n", "2026年5月20日召开全市招商推介会"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev53Parse(t, "某某市2026年重点工作方案\n\n一、重点任务\n"+tc.item+"2.完成项目验收，10月底前完成。（责任单位：市商务局）\n")
			x := rev53Task(d, tc.title)
			if x == nil || x.Number != "1" || x.Section != "一、重点任务" {
				t.Fatalf("want item 1 %q under 一、重点任务 (and item 2 after it); got:%s", tc.title, rev53Dump(d))
			}
			if y := rev53Task(d, "完成项目验收"); y == nil || y.Number != "2" {
				t.Errorf("want item 2 完成项目验收 numbered 2; got:%s", rev53Dump(d))
			}
		})
	}
}

// TestRev55YearlessDayWithoutQian: a day without its year is read only before 前/之前/以前/完成 or
// after a time label (yearlessDay, dates.go: "5月20日 alone is an event's date, not a deadline").
// Work due "不晚于10月31日", "须于10月31日全面完工", "在10月31日内完成", "最迟不超过10月31日", and a
// meeting set for a day ("定于5月20日召开") get no date and take the plan's December 31 — although the
// same sentences with the year written ("不晚于2026年10月31日", "2026年5月20日召开") are dated, and a
// month alone ("9月举办", "于11月召开") is.
func TestRev55YearlessDayWithoutQian(t *testing.T) {
	for _, tc := range []struct{ item, want string }{
		{"1.各地整改报告报送时间不晚于10月31日。（责任单位：各县（市、区）政府）\n", "2026-10-31"},
		{"1.全部项目须于10月31日全面完工。（责任单位：市住建局）\n", "2026-10-31"},
		{"1.整改工作须在10月31日内完成。（责任单位：市商务局）\n", "2026-10-31"},
		{"1.项目验收最迟不超过10月31日。（责任单位：市商务局）\n", "2026-10-31"},
		{"1.全市招商推介会定于5月20日召开。（责任单位：市商务局）\n", "2026-05-20"},
	} {
		d := rev53Parse(t, "某某市2026年重点工作方案\n\n一、重点任务\n"+tc.item)
		if len(d.Tasks) != 1 || !rev55Dated(&d.Tasks[0], tc.want) {
			t.Errorf("%s: want one task dated %s; got:%s", strings.TrimSpace(tc.item), tc.want, rev53Dump(d))
		}
	}
}

// TestRev55CombinedRoleColumn: one column for both roles, its header saying how its cells are
// split — "牵头单位/配合单位" with cells "X/Y、Z", "牵头单位（配合单位）" with cells "X（Y、Z）" — and the
// same as a label after an item. The slash column makes every unit a partner (no lead), the bracket
// column keeps the lead as a partner and drops the partners, the label drops them all.
func TestRev55CombinedRoleColumn(t *testing.T) {
	const title = "湖北省宜昌市2026年营商环境优化提升任务清单\n\n"
	for _, tc := range []struct{ name, text string }{
		{"slash column", title + "序号\t具体任务\t牵头单位/配合单位\t完成时限\n" +
			"1\t企业开办压缩至0.5个工作日\t市市场监管局/市税务局、市人社局\t2026年3月底前\n" +
			"2\t工程建设项目审批全流程不超过15个工作日\t市住建局/市自然资源规划局\t2026年6月底前\n"},
		{"bracket column", title + "序号\t具体任务\t牵头单位（配合单位）\t完成时限\n" +
			"1\t企业开办压缩至0.5个工作日\t市市场监管局（市税务局、市人社局）\t3月底前\n" +
			"2\t工程建设项目审批全流程不超过15个工作日\t市住建局（市自然资源规划局）\t6月底前\n"},
		{"slash label", title + "一、重点任务\n1.企业开办压缩至0.5个工作日，3月底前完成。牵头单位/配合单位：市市场监管局/市税务局、市人社局\n" +
			"2.工程建设项目审批全流程不超过15个工作日，6月底前完成。牵头单位/配合单位：市住建局/市自然资源规划局\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev53Parse(t, tc.text)
			x := rev53Task(d, "企业开办压缩至0.5个工作日")
			if x == nil {
				t.Fatalf("no task 企业开办压缩至0.5个工作日:%s", rev53Dump(d))
			}
			if !sameStrings(x.Lead, []string{"市市场监管局"}) || !sameStrings(x.Participating, []string{"市税务局", "市人社局"}) {
				t.Errorf("lead %v, participating %v; want 市市场监管局 to lead, 市税务局 and 市人社局 to take part", x.Lead, x.Participating)
			}
		})
	}
}

// TestRev55UnitIsARole: "X为主办单位，Y为协办单位", "X为牵头部门，Y为配合部门", "X是牵头单位，Y是配合单位"
// say each unit's role after its name. Only 为牵头单位/为配合单位/为参与单位/为协办单位/为责任单位 are
// known (suffixWords); with any other label the role words stay in the unit's name
// ("市住房城乡建设局为主办单位", "市应急管理局为配合部门") and the roles are lost or swapped.
func TestRev55UnitIsARole(t *testing.T) {
	for _, note := range []string{
		"（市住房城乡建设局为主办单位，市应急管理局为协办单位）",
		"（市住房城乡建设局为牵头部门，市应急管理局为配合部门）",
		"（市住房城乡建设局是牵头单位，市应急管理局是配合单位）",
		"（市住房城乡建设局为第一责任单位，市应急管理局为协同单位）",
	} {
		d := rev53Parse(t, "某某市2026年燃气安全专项整治工作方案\n\n一、重点任务\n1.推进燃气安全整治，9月底前完成。"+note+"\n")
		if len(d.Tasks) != 1 || !sameStrings(d.Tasks[0].Lead, []string{"市住房城乡建设局"}) || !sameStrings(d.Tasks[0].Participating, []string{"市应急管理局"}) {
			t.Errorf("%s: want 市住房城乡建设局 to lead and 市应急管理局 to take part; got:%s", note, rev53Dump(d))
		}
	}
}

// TestRev55HangzhouBayIsNotHangzhou: 杭州湾 is a bay. 宁波杭州湾新区 belongs to 宁波市 (even written
// "宁波市杭州湾新区"), 杭州湾上虞经济技术开发区 to 绍兴市上虞区; the parser finds 杭州 in the name and
// files both plans under 杭州市, so a question about Hangzhou's plans gets them and Ningbo's misses.
func TestRev55HangzhouBayIsNotHangzhou(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"宁波市杭州湾新区2026年重点工作任务清单", "宁波"},
		{"宁波杭州湾新区2026年重点工作任务清单", "宁波"},
		{"杭州湾上虞经济技术开发区2026年重点工作任务清单", "绍兴"},
	} {
		d := rev53Parse(t, tc.title+"\n\n一、重点任务\n1.开展园区环境整治，6月底前完成。（责任单位：区建设局）\n")
		if strings.HasPrefix(d.City, "杭州") || !strings.Contains(d.City, tc.want) {
			t.Errorf("%s: city %q, want a place in %s市 (杭州湾 is the bay, not 杭州市)", tc.title, d.City, tc.want)
		}
	}
}

// TestRev55RecurringDutyOfItsSubject: "市住建局每月5日前向市治理办报送上月工作进展" binds the monthly
// report to 市住建局, who sends it — not to 市治理办, who receives it. dutyUnits (parse.go) knows a
// sentence's own units only by 由X… or X牵头/负责; a plain subject is not seen and the duty goes to all
// the task's units, the receiver first, so 市治理办 is reminded to report to itself.
func TestRev55RecurringDutyOfItsSubject(t *testing.T) {
	d := rev53Parse(t, "某某市2026年城乡环境综合治理工作方案\n\n一、重点任务\n"+
		"（一）建立月调度机制。市住建局每月5日前向市治理办报送上月工作进展。（牵头单位：市治理办；配合单位：市住建局、市城管局）\n"+
		"（二）建立通报制度。市治理办每季度通报一次各地工作进展，各县（市、区）政府每月10日前报送问题整改台账。（牵头单位：市治理办；配合单位：各县（市、区）政府）\n")
	for _, tc := range []struct{ task, quote, want, not string }{
		{"建立月调度机制", "每月5日前", "市住建局", "市治理办"},
		{"建立通报制度", "每月10日前", "各县（市、区）政府", "市治理办"},
		{"建立通报制度", "每季度通报", "市治理办", "各县（市、区）政府"},
	} {
		x := rev53Task(d, tc.task)
		if x == nil {
			t.Fatalf("no task %s:%s", tc.task, rev53Dump(d))
		}
		found := false
		for _, r := range x.Recurring {
			if strings.Contains(r.Quote, tc.quote) {
				found = true
				if !slices.Contains(r.Units, tc.want) || slices.Contains(r.Units, tc.not) {
					t.Errorf("task %s, duty %q: units %v, want %s (the sentence's subject), not %s", tc.task, r.Quote, r.Units, tc.want, tc.not)
				}
			}
		}
		if !found {
			t.Errorf("task %s: no duty %s:%s", tc.task, tc.quote, rev53Dump(d))
		}
	}
}

// TestRev55TitleOverTwoLines: a title too long for one line is printed on two, the document type on
// the second ("台州市2026年制造业高质量发展\n实施方案"), as in most .docx and PDF copies. The plan is then
// read with no title at all (or only "重点任务分工表") and no year: its undated tasks lose the plan's
// period, and the document warns that the plan "states no year of its own".
func TestRev55TitleOverTwoLines(t *testing.T) {
	for _, second := range []string{"实施方案", "工作要点", "重点任务分工表"} {
		d := rev53Parse(t, "台州市2026年制造业高质量发展\n"+second+"\n\n一、重点任务\n"+
			"1.实施技改提升工程，年底前完成技改投资300亿元。（责任单位：市经信局）\n2.推进中小企业数字化改造。（责任单位：市经信局）\n")
		want := "台州市2026年制造业高质量发展" + second
		if d.Title != want || d.Period.String() != "2026-12-31" {
			t.Errorf("second line %s: title %q, period %q; want %q, period 2026-12-31", second, d.Title, d.Period.String(), want)
		}
	}
}

// TestRev55ItemsNumberedUnderAPart: many plans number their items 1）2）or （1）（2）right under a part
// heading ("一、重点任务"). Those items are read as clauses of the part heading: the first is titled
// "重点任务" (the heading's words), numbered 一-1, under no section, and the next keep their marks in
// their titles ("2）开展燃气安全专项整治"); a liaison asking for the 燃气管网 task is answered "重点任务".
func TestRev55ItemsNumberedUnderAPart(t *testing.T) {
	for _, marks := range [][2]string{{"1）", "2）"}, {"（1）", "（2）"}, {"①", "②"}} {
		d := rev53Parse(t, "某某市2026年城镇燃气安全整治工作方案\n\n一、重点任务\n"+
			marks[0]+"推进燃气管网更新改造，年底前完成200公里。（责任单位：市住建局）\n"+
			marks[1]+"开展燃气安全专项整治，9月底前完成。（责任单位：市应急局）\n"+
			"二、保障措施\n（一）加强组织领导。（责任单位：市政府办公室）\n")
		x, y := rev53Task(d, "推进燃气管网更新改造"), rev53Task(d, "开展燃气安全专项整治")
		if x == nil || y == nil || rev53Task(d, "重点任务") != nil {
			t.Errorf("items %s %s: want two tasks titled by their own words (推进燃气管网更新改造…, 开展燃气安全专项整治…) under 一、重点任务, none titled 重点任务; got:%s", marks[0], marks[1], rev53Dump(d))
		}
	}
}

// TestRev55PageNumberInASentence: a page number between two halves of a sentence is dropped when
// it is written "— 5 —", "-5-" or "第5页", but kept when written "·5·" (as 政府公报 print it) or as
// the bare number a PDF leaves: "推动企业股改，·5·" becomes the task's title and the sentence is cut
// there ("…，·5·。年底前…").
func TestRev55PageNumberInASentence(t *testing.T) {
	for _, page := range []string{"·5·", "· 5 ·", "5"} {
		d := rev53Parse(t, "台州市2026年企业上市和并购重组工作方案\n\n一、重点任务\n1.推动企业股改，\n"+page+"\n年底前完成股改企业50家。（责任单位：市金融办）\n")
		if len(d.Tasks) != 1 || d.Tasks[0].Title != "推动企业股改，年底前完成股改企业50家" {
			t.Errorf("page mark %q between the halves: want one task 推动企业股改，年底前完成股改企业50家; got:%s", page, rev53Dump(d))
		}
	}
}

// TestRev55NoteForTheItemsAbove: a note after a run of items that gives them all their units —
// "（以上2项由市商务局牵头，各县（市、区）政府负责落实）", "以上任务责任单位：市商务局、市财政局" — is read as
// the last item's own: the items before it have no units at all, so 市商务局's liaison is never told
// of them.
func TestRev55NoteForTheItemsAbove(t *testing.T) {
	d := rev53Parse(t, "某某市2026年促进消费工作方案\n\n一、重点任务\n"+
		"1.推进农贸市场改造提升，年底前完成30家。\n2.建设城市一刻钟便民生活圈20个。\n"+
		"（以上2项由市商务局牵头，各县（市、区）政府负责落实）\n"+
		"3.开展消费券发放活动。\n4.举办汽车展销会。\n以上任务责任单位：市商务局、市财政局\n"+
		"5.推进夜间经济集聚区建设。（责任单位：市商务局）\n")
	for _, tc := range []struct {
		title string
		lead  []string
	}{
		{"推进农贸市场改造提升", []string{"市商务局"}},
		{"开展消费券发放活动", []string{"市商务局", "市财政局"}},
	} {
		x := rev53Task(d, tc.title)
		if x == nil {
			t.Fatalf("no task %s:%s", tc.title, rev53Dump(d))
		}
		if !sameStrings(x.Lead, tc.lead) {
			t.Errorf("task %s: lead %v, want %v (the note after it speaks for the items above it)", tc.title, x.Lead, tc.lead)
		}
	}
}
