package plan

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// Review 68: break the plan reader. Each test below is a short plan written the way plans of other
// provinces and levels are written — a 任务分工 whose unit lines carry no full stop, a county-level
// city of an autonomous prefecture, a state-level new area, a draft for comment, items marked ① or
// "任务一：", duties due at the start of a period, a school year, a project that 开工 and 完工 — and
// asserts what a careful reader of the page gets. Each fails on b3a76de for the reason its comment
// gives; nothing here is fixed.

// The plans are parsed and their tasks found with review 66's helpers (rev66Parse, rev66Task).

// rev68Roles checks a task's leads and partners, whatever their order.
func rev68Roles(t *testing.T, d *Document, x *Task, lead, partic []string) {
	t.Helper()
	if !slices.Equal(rev65Sorted(x.Lead), rev65Sorted(lead)) || !slices.Equal(rev65Sorted(x.Participating), rev65Sorted(partic)) {
		t.Errorf("task %q: lead %q, participating %q; want lead %q, participating %q:%s", x.Title, x.Lead, x.Participating, lead, partic, rev59Dump(d))
	}
}

// rev68Between reports whether day d falls from a to b, both included.
func rev68Between(d, a, b Day) bool { return !d.Before(a) && !b.Before(d) }

// TestRev68_LastTaskBeforeSignature: many 任务分工 write the units of each item as a bare line with no
// full stop ("责任单位：市市场监管局、市发改委"), and the plan then ends with its signature (the office and
// the date) or a note, after a blank line. Today the paragraph after the blank line is joined to the
// last item's unit list: with a signature the last item disappears from the plan altogether (its
// units are never told of it); without the date the office is glued into the last unit's name
// ("市发改委湘潭市人民政府办公室"); with a note, into the list too ("…市发改委注：…"), and the item is
// left with no unit at all. The last item is an item like the others, its units the two it names.
func TestRev68_LastTaskBeforeSignature(t *testing.T) {
	const head = "湖南省湘潭市2025年优化营商环境重点任务分工方案\n\n一、提升政务服务效能\n" +
		"1.推行“高效办成一件事”，年内新增重点事项12个。责任单位：市数据局、市政务服务中心\n" +
		"2.清理妨碍统一市场和公平竞争的政策措施。责任单位：市市场监管局、市发改委\n\n"
	for _, tc := range []struct{ name, tail string }{
		{"signature", "湘潭市人民政府办公室\n2025年3月6日\n"},
		{"office alone", "湘潭市人民政府办公室\n"},
		{"note", "注：各项任务均需于每季度末报送进展。\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, head+tc.tail)
			x := rev66Task(t, d, "清理妨碍统一市场")
			got := rev65Sorted(x.Units())
			if want := []string{"市发改委", "市市场监管局"}; !slices.Equal(got, want) {
				t.Errorf("last item's units %q; want %q (what follows the blank line is not its unit list):%s", got, want, rev59Dump(d))
			}
		})
	}
}

// TestRev68_UnitLineEndIsNoTruncation: a plan whose last item ends with its bare unit line
// ("责任单位：市市场监管局、市发改委", no full stop, as most 任务分工 and 清单 print it) is whole. Today
// it is flagged Truncated, and every reader is warned "the text ends mid-sentence: the plan may be
// cut off" for a plan that is complete: the warning teaches people to ignore it when it is true.
func TestRev68_UnitLineEndIsNoTruncation(t *testing.T) {
	d := rev66Parse(t, "江西省九江市2025年营商环境攻坚行动任务清单\n\n一、政务服务\n"+
		"1.推行企业开办全程网办，9月底前实现1个工作日内办结。责任单位：市市场监管局、市数据局\n"+
		"2.清理规范涉企行政事业性收费，年内完成一轮全面清查。责任单位：市发改委、市财政局")
	if d.Truncated {
		t.Errorf("a plan ending with its last item's unit line is flagged Truncated (warnings %q); the text is whole", d.Warnings)
	}
}

// TestRev68_HeadingNoteAfterFullStop: a heading that gives its items their units writes the note
// after its own full stop as often as without one: "（一）打造红色旅游品牌。（牵头单位：市文旅局；配合单位：
// 市委党史研究室）" over "1.…" "2.…". Without the 。 every item below takes the heading's units; with it,
// the heading becomes a task of its own and the items below it have no unit at all, so 市文旅局's
// liaison is never told of the 5A景区 or the 研学线路 it leads.
func TestRev68_HeadingNoteAfterFullStop(t *testing.T) {
	d := rev66Parse(t, "福建省龙岩市2025年文旅融合发展实施方案\n\n三、主要任务\n"+
		"（一）打造红色旅游品牌。（牵头单位：市文旅局；配合单位：市委党史研究室）\n"+
		"1.提升古田会议旧址景区品质，2025年底前创成国家5A级旅游景区。\n"+
		"2.推出红色研学精品线路10条。\n"+
		"（二）培育文旅新业态。（牵头单位：市文旅局；配合单位：市商务局）\n"+
		"1.发展夜间经济，打造夜间文旅消费集聚区3个。\n"+
		"2.举办客家美食节，9月底前完成。\n")
	rev68Roles(t, d, rev66Task(t, d, "提升古田会议旧址景区品质"), []string{"市文旅局"}, []string{"市委党史研究室"})
	rev68Roles(t, d, rev66Task(t, d, "举办客家美食节"), []string{"市文旅局"}, []string{"市商务局"})
}

// TestRev68_UnitHeadingLeadsWithPartners: a division of duties heads each unit's duties with its
// name ("（一）市应急管理局") and writes a duty it leads with the partners after it: "牵头开展危险化学品
// 安全专项整治，市公安局、市交通运输局配合". The heading's unit leads that duty; the two named take part.
// Today the duty has no lead at all (only the two partners), though the duty just above it,
// "负责全市安全生产综合监督管理", is 市应急管理局's.
func TestRev68_UnitHeadingLeadsWithPartners(t *testing.T) {
	d := rev66Parse(t, "四川省绵阳市2025年安全生产责任分工方案\n\n三、部门职责\n"+
		"（一）市应急管理局\n"+
		"1.负责全市安全生产综合监督管理，每季度组织一次安全生产形势分析。\n"+
		"2.牵头开展危险化学品安全专项整治，市公安局、市交通运输局配合。\n"+
		"（二）市住房城乡建设局\n"+
		"1.负责房屋建筑和市政工程施工安全监管。\n"+
		"2.2025年6月底前完成城镇燃气管道老化更新改造任务。\n")
	rev68Roles(t, d, rev66Task(t, d, "危险化学品安全专项整治"), []string{"市应急管理局"}, []string{"市公安局", "市交通运输局"})
}

// TestRev68_ProvincePrefectureTitle: a plan of an autonomous prefecture, or of a county-level city
// in one, posted on its own opens its title with the whole chain of places: "新疆维吾尔自治区昌吉回族
// 自治州…", "湖北省恩施土家族苗族自治州利川市…". The plan is the prefecture's (a city-level plan) or the
// county-level city's (a district-level plan), as "四川省凉山彝族自治州西昌市…" and "吉林省延边朝鲜族自治州
// 延吉市…" are read today. These are filed as the province's own plans (City 新疆维吾尔自治区, Level
// province), so a question about 昌吉州's or 利川市's plans finds nothing and the province seems to
// have issued them.
func TestRev68_ProvincePrefectureTitle(t *testing.T) {
	for _, tc := range []struct{ title, place, level, province string }{
		{"新疆维吾尔自治区昌吉回族自治州2025年城市精细化管理工作方案", "昌吉", "city", "新疆维吾尔自治区"},
		{"新疆维吾尔自治区伊犁哈萨克自治州伊宁市2025年城市精细化管理工作方案", "伊宁市", "district", "新疆维吾尔自治区"},
		{"湖北省恩施土家族苗族自治州利川市2025年城市精细化管理工作方案", "利川市", "district", "湖北省"},
	} {
		t.Run(tc.place, func(t *testing.T) {
			d := rev66Parse(t, tc.title+"\n\n一、重点工作\n（一）开展背街小巷整治，2025年9月底前完成。（责任单位：市住建局）\n"+
				"（二）开展占道经营治理。（责任单位：市城市管理局）\n")
			if !strings.Contains(d.City, tc.place) || d.Level != tc.level || d.Province != tc.province {
				t.Errorf("%s: city %q, level %q, province %q; want a city naming %s, level %s, province %s", tc.title, d.City, d.Level, d.Province, tc.place, tc.level, tc.province)
			}
		})
	}
}

// TestRev68_StateLevelNewArea: the state-level new areas issue plans under their own names: "河北雄安
// 新区2025年…", "重庆两江新区…", "陕西省西咸新区…". Each plan is the new area's. Today 雄安's plan has no
// place at all (City and Province empty: it is in no city or province a question can name), and the
// other two are filed as the province's (重庆市, 陕西省, level province), as if the province had issued
// them. 苏州工业园区 and 天津市滨海新区 are read as their own places today.
func TestRev68_StateLevelNewArea(t *testing.T) {
	for _, tc := range []struct{ title, area, province string }{
		{"河北雄安新区2025年城市建设管理工作要点", "雄安新区", "河北省"},
		{"重庆两江新区2025年招商引资工作方案", "两江新区", "重庆市"},
		{"陕西省西咸新区2025年营商环境提升工作方案", "西咸新区", "陕西省"},
	} {
		t.Run(tc.area, func(t *testing.T) {
			d := rev66Parse(t, tc.title+"\n\n一、重点工作\n（一）开展重点项目攻坚，2025年10月底前完成。（责任单位：新区发展改革局）\n"+
				"（二）优化企业服务。（责任单位：新区行政审批服务局）\n")
			if !strings.Contains(d.City, tc.area) || d.Province != tc.province {
				t.Errorf("%s: city %q, level %q, province %q; want a city naming %s in %s", tc.title, d.City, d.Level, d.Province, tc.area, tc.province)
			}
		})
	}
}

// TestRev68_StartOfEachPeriod: a report due at the start of each period — "每月第一个工作日报送",
// "每月第一周报送", "每月前5个工作日内报送", "每季度初报送", "每季度第一周报送", "每年第一个工作日报送" — is due in
// the first days of the next month, quarter or year. Today each is read as due by the period's END
// (31 March, 31 March for the quarter, 31 December), so a liaison is reminded four weeks late, or
// two months early for the quarter's, and a report due on 3 March is shown as not due until the
// 31st. (每月初 and 每月上旬 are read as the start already.)
func TestRev68_StartOfEachPeriod(t *testing.T) {
	from := NewDay(2025, 2, 10)
	for _, tc := range []struct {
		phrase string
		a, b   Day
	}{
		{"每月第一个工作日报送上月运行情况", NewDay(2025, 3, 1), NewDay(2025, 3, 7)},
		{"每月第一周报送上月运行情况", NewDay(2025, 3, 1), NewDay(2025, 3, 7)},
		{"每月前5个工作日内报送上月运行情况", NewDay(2025, 3, 1), NewDay(2025, 3, 7)},
		{"每季度初报送上季度运行情况", NewDay(2025, 4, 1), NewDay(2025, 4, 10)},
		{"每季度第一周报送上季度运行情况", NewDay(2025, 4, 1), NewDay(2025, 4, 7)},
		{"每年第一个工作日报送上年运行情况", NewDay(2026, 1, 1), NewDay(2026, 1, 7)},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			d := rev66Parse(t, "河南省周口市2025年经济运行监测工作要点\n\n一、重点工作\n"+
				"1.加强经济运行监测，"+tc.phrase+"。（责任单位：市统计局）\n"+
				"2.开展重点企业走访，年内走访企业500家。（责任单位：市工信局）\n")
			x := rev66Task(t, d, "加强经济运行监测")
			if len(x.Recurring) == 0 {
				t.Fatalf("%s: no recurring duty:%s", tc.phrase, rev59Dump(d))
			}
			for _, r := range x.Recurring {
				if next := r.Rule.Next(from); !rev68Between(next, tc.a, tc.b) {
					t.Errorf("%s: rule %s is next due %s after %s; want between %s and %s (the start of the next period, not its end)", tc.phrase, r.Rule, next, from, tc.a, tc.b)
				}
			}
		})
	}
}

// TestRev68_EvenMonthsDay: "逢双月5日前报送" is due on the 5th of February, April, June, August,
// October and December. Today the day is dropped (FREQ=MONTHLY;INTERVAL=2): the duty is due at the
// end of each even month, 25 days after the units were to report. ("每逢单月10日前" keeps its day.)
func TestRev68_EvenMonthsDay(t *testing.T) {
	d := rev66Parse(t, "山东省潍坊市2025年统计数据质量提升工作方案\n\n一、重点工作\n"+
		"1.报送统计数据。逢双月5日前报送上两个月数据。（责任单位：市统计局）\n"+
		"2.开展统计执法检查，年内检查企业100家。（责任单位：市统计局）\n")
	x := rev66Task(t, d, "报送统计数据")
	if len(x.Recurring) != 1 {
		t.Fatalf("want one recurring duty:%s", rev59Dump(d))
	}
	if next, want := x.Recurring[0].Rule.Next(NewDay(2025, 3, 1)), NewDay(2025, 4, 5); next != want {
		t.Errorf("rule %s is next due %s after 2025-03-01; want %s (the 5th of the next even month)", x.Recurring[0].Rule, next, want)
	}
}

// TestRev68_SecondMonthOfQuarter: "每季度第二个月开展一次集中宣传" is a quarterly duty kept in February,
// May, August and November. Today the month is dropped: "…开展一次" is read as due by each quarter's
// end (31 March, 30 June …), a month after the duty's month, and "每季度第二个月开展" without 一次 gives no
// recurring duty at all; "每季度首月", "每季度末月25日前" and "每季度最后一个月20日前" are read.
func TestRev68_SecondMonthOfQuarter(t *testing.T) {
	d := rev66Parse(t, "山东省潍坊市2025年安全生产宣传教育工作方案\n\n一、重点工作\n"+
		"1.开展集中宣传。每季度第二个月开展一次集中宣传活动。（责任单位：市应急管理局）\n"+
		"2.开展安全培训，年内培训企业负责人2000人次。（责任单位：市应急管理局）\n")
	x := rev66Task(t, d, "开展集中宣传")
	if len(x.Recurring) == 0 {
		t.Fatalf("no recurring duty:%s", rev59Dump(d))
	}
	for _, r := range x.Recurring {
		if next := r.Rule.Next(NewDay(2025, 3, 1)); next.Year != 2025 || next.Month != time.May {
			t.Errorf("rule %s is next due %s after 2025-03-01; want a day in May (the quarter's second month)", r.Rule, next)
		}
	}
}

// TestRev68_SchoolYearPeriod: education bureaus plan by the school year: "2024—2025学年校园安全工作
// 方案". The plan's period ends with that school year, in the summer of 2025. Today the plan has no
// period at all, so its undated tasks have no date and are never due (and "2024-2025学年" is not read
// as the span of years a "2024—2026年" title is).
func TestRev68_SchoolYearPeriod(t *testing.T) {
	for _, title := range []string{"湖南省常德市2024—2025学年校园安全工作方案", "常德市2024-2025学年中小学校园安全工作方案"} {
		t.Run(title, func(t *testing.T) {
			d := rev66Parse(t, title+"\n\n一、重点工作\n（一）开展校园周边环境整治。（责任单位：市教育局、市公安局）\n"+
				"（二）开展防溺水专题教育。（责任单位：市教育局）\n")
			if !rev68Between(d.Period, NewDay(2025, 7, 1), NewDay(2025, 8, 31)) {
				t.Errorf("%s: period %s (%q); want the end of the 2024-2025 school year (July or August 2025)", title, d.Period, d.PeriodQuote)
			}
		})
	}
}

// TestRev68_FirstListedLeadWordings: a 任务分工 that names no 牵头 says once which unit of each list leads,
// in words of its own: "各项任务的第一个责任单位为牵头单位", "责任单位中居首位的为牵头单位", "每项任务列第一的单位
// 牵头". "列第一位的为牵头单位", "排名第一的为牵头单位" and "首个单位为牵头单位" are read today; these three
// are not, so every unit of every list leads and the bureau that is only asked to help is told it
// answers for the task.
func TestRev68_FirstListedLeadWordings(t *testing.T) {
	for _, note := range []string{"说明：各项任务的第一个责任单位为牵头单位。", "注：责任单位中居首位的为牵头单位。", "注：每项任务列第一的单位牵头，其他单位配合。"} {
		t.Run(note, func(t *testing.T) {
			d := rev66Parse(t, "山东省临沂市2025年乡村振兴重点任务分工\n\n"+note+"\n"+
				"1.稳定粮食生产，全年粮食播种面积稳定在1100万亩以上。（市农业农村局、市发展改革委、市财政局）\n"+
				"2.实施高标准农田建设，新建高标准农田30万亩，11月底前完成。（市农业农村局、市自然资源和规划局）\n")
			rev68Roles(t, d, rev66Task(t, d, "稳定粮食生产"), []string{"市农业农村局"}, []string{"市发展改革委", "市财政局"})
		})
	}
}

// TestRev68_DraftTitleAfterPeriod: a plan published for comment, or on trial, marks its title after
// its period: "…三年行动方案（2025—2027年）（征求意见稿）", "…（2025—2027年）（试行）". Today such a plan has no
// title at all (Title "") and no period, though the same title without the mark gives both, and
// "…行动方案（征求意见稿）" keeps its title: the plan is listed with no name and its undated tasks are
// never due.
func TestRev68_DraftTitleAfterPeriod(t *testing.T) {
	for _, mark := range []string{"（征求意见稿）", "（试行）"} {
		t.Run(mark, func(t *testing.T) {
			title := "东营市农村生活污水治理三年行动方案（2025—2027年）" + mark
			d := rev66Parse(t, title+"\n\n一、重点工作\n（一）开展农村生活污水治理，每年完成治理村庄100个。（责任单位：市生态环境局）\n"+
				"（二）建立运维管护机制。（责任单位：市生态环境局、市农业农村局）\n")
			if !strings.Contains(d.Title, "农村生活污水治理三年行动方案") || d.Period != NewDay(2027, 12, 31) {
				t.Errorf("%s: title %q, period %s; want the title and the period 2027-12-31", title, d.Title, d.Period)
			}
		})
	}
}

// TestRev68_ItemNumberOfMarkedItems: items numbered ①②③ or labelled "任务一：", "任务二：" are parsed as
// tasks numbered "①" and "任务一：", but ItemNumber (what the bot matches "第二项任务" and "任务2" against)
// gives -1 for every one of them, so no item of such a plan can be asked for by its number.
func TestRev68_ItemNumberOfMarkedItems(t *testing.T) {
	for _, tc := range []struct{ name, body string }{
		{"circled", "①产业链精准招商。全年引进亿元以上项目100个。（责任单位：市商务局）\n" +
			"②以商招商。2025年6月底前召开赣商大会。（责任单位：市工商联）\n" +
			"③基金招商。设立产业引导基金，规模达到50亿元。（责任单位：市财政局）\n"},
		{"labelled", "任务一：产业链精准招商\n围绕电子信息、新能源汽车等主导产业，全年引进亿元以上项目100个。\n责任单位：市商务局（牵头）、市工信局\n" +
			"任务二：以商招商\n发挥在外赣商作用，2025年6月底前召开赣商大会。\n责任单位：市工商联（牵头）、市商务局\n" +
			"任务三：基金招商\n设立产业引导基金，规模达到50亿元。\n责任单位：市财政局（牵头）、市金融办\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "江西省赣州市2025年招商引资攻坚行动方案\n\n一、攻坚任务\n"+tc.body)
			if len(d.Tasks) != 3 {
				t.Fatalf("want 3 tasks:%s", rev59Dump(d))
			}
			for i, x := range d.Tasks {
				if n := ItemNumber(x.Number); n != i+1 {
					t.Errorf("task %q printed %q: ItemNumber %d, want %d", x.Title, x.Number, n, i+1)
				}
			}
		})
	}
}

// TestRev68_CompletionMonthWanGong: a project's dates are written as the month it starts and the month
// it is finished: "6月开工，11月完工". Today 完工 is not read as a date's verb (完成, 建成 and 竣工 are):
// the task's only date is the 6月 start, so the project shows as overdue from July while on
// schedule, and "11月完工" alone gives no date at all.
func TestRev68_CompletionMonthWanGong(t *testing.T) {
	for _, when := range []string{"2025年6月开工，11月完工", "11月完工"} {
		t.Run(when, func(t *testing.T) {
			d := rev66Parse(t, "云南省曲靖市2025年重点民生实事实施方案\n\n一、实施项目\n"+
				"1.改造城镇老旧小区120个，"+when+"。（责任单位：市住房城乡建设局）\n"+
				"2.新建农贸市场5个，10月底前建成投用。（责任单位：市商务局）\n")
			x := rev66Task(t, d, "改造城镇老旧小区")
			for _, dl := range rev59Own(x) {
				if dl.Date == NewDay(2025, 11, 30) {
					return
				}
			}
			t.Errorf("%s: deadlines %v; want one on 2025-11-30 (the month it is finished)", when, x.Deadlines)
		})
	}
}

// TestRev68_RecurringDutyOfShortGroupName: "各县市区每月10日前向市发改委报送项目进展" binds the counties, who
// report, not 市发改委, who receives the reports; the task names the counties as 各县市区政府. Today
// the short name 各县市区 is not taken for that party, so the monthly duty falls back to all the
// task's units and 市发改委 is reminded each month to report to itself. Written "各县市区政府每月10日前…"
// the duty binds the counties alone.
func TestRev68_RecurringDutyOfShortGroupName(t *testing.T) {
	d := rev66Parse(t, "山东省潍坊市2025年重点项目建设推进方案\n\n一、推进机制\n"+
		"1.建立项目调度机制。各县市区每月10日前向市发改委报送项目进展。（牵头单位：市发改委；配合单位：各县市区政府）\n"+
		"2.开展督导检查，年内对重点项目督导全覆盖。（牵头单位：市委督查室；配合单位：市发改委）\n")
	x := rev66Task(t, d, "建立项目调度机制")
	if len(x.Recurring) != 1 {
		t.Fatalf("want one recurring duty:%s", rev59Dump(d))
	}
	if u := x.Recurring[0].Units; !slices.Equal(u, []string{"各县市区政府"}) {
		t.Errorf("monthly report binds %q; want [各县市区政府] (the counties report; 市发改委 receives)", u)
	}
}
