package plan

import (
	"slices"
	"strings"
	"testing"
)

// Review 72: break the plan reader with plans it has not seen. Each test below is a short plan of its
// own, written the way leagues, prefectures, development zones and counties write and publish them —
// a 盟 or 地区 after its region's name, a district a document number places, headings "一." over
// items and "1." over "1.1", a winter notice signed in November, a cited plan's span or a subsidy's
// year before a month without one, a goal year before the year's steps, a list that writes 市 once,
// a task table copied one cell a line, a yearly duty over a span of months, "截止11月30日", "8月内",
// "本周五前" — and asserts what a careful reader of the page gets. Each fails on 7be01ad for the
// reason its comment gives; nothing here is fixed.

// The plans are parsed and their tasks found with review 66's helpers (rev66Parse, rev66Task), roles
// checked with review 68's (rev68Roles), own deadlines taken with review 59's (rev59Own).

// rev72Has reports whether the task has a deadline of its own on day want.
func rev72Has(x *Task, want Day) bool {
	return slices.ContainsFunc(rev59Own(x), func(dl Deadline) bool { return dl.Date == want })
}

// rev72Body is the body of a one-item plan, for the tests of a plan's place.
const rev72Body = "\n\n一、重点任务\n1.开展草原生态保护修复，9月底前完成退化草原治理10万亩。（责任单位：林业和草原局）\n" +
	"2.推进草原确权登记，年底前完成。（责任单位：自然资源局）\n"

// A 盟's or 地区's plan posted with its region's name first is filed as the region's own.
// TestRev72_LeagueAfterRegionName: Inner Mongolia's leagues (盟) and Heilongjiang's 大兴安岭地区 are
// prefecture-level, as a city is; places.txt lists them as such, and "锡林郭勒盟2025年…" alone is read
// as the league's plan. With the region's name first ("内蒙古自治区兴安盟…", "黑龙江省大兴安岭地区…",
// as their own sites title them) the plan is filed as the region's own (City 内蒙古自治区, Level
// province), so a question about 兴安盟's plans finds nothing and the region seems to have issued them
// — while "西藏自治区阿里地区…" is read as the prefecture's.
func TestRev72_LeagueAfterRegionName(t *testing.T) {
	for _, tc := range []struct{ title, place string }{
		{"内蒙古自治区兴安盟2025年草原生态保护工作方案", "兴安盟"},
		{"内蒙古自治区阿拉善盟2025年草原生态保护工作方案", "阿拉善盟"},
		{"黑龙江省大兴安岭地区2025年草原生态保护工作方案", "大兴安岭地区"},
	} {
		t.Run(tc.place, func(t *testing.T) {
			d := rev66Parse(t, tc.title+rev72Body)
			if !strings.Contains(d.City, tc.place) || d.Level != "city" {
				t.Errorf("%s: city %q, level %q; want the prefecture-level %s, level city", tc.title, d.City, d.Level, tc.place)
			}
		})
	}
}

// A development zone's or county's plan titled with its province first is filed under another name.
// TestRev72_ProvinceBeforeZoneOrCounty: "苏州工业园区2025年…" is the zone's plan (City
// 苏州市苏州工业园区, a district of 苏州市 in places.txt) and "长沙县2025年…" the county's (长沙市长沙县).
// The same titles with the province first, as their portals print them, are read otherwise: the
// zone's plan becomes 江苏省's own (Level province), the county's is filed as "长沙县" with no city,
// so one body's plans sit under two names and a question about the zone's finds none.
func TestRev72_ProvinceBeforeZoneOrCounty(t *testing.T) {
	for _, tc := range []struct{ province, rest string }{
		{"江苏省", "苏州工业园区2025年营商环境优化提升工作方案"},
		{"湖南省", "长沙县2025年营商环境优化提升工作方案"},
	} {
		t.Run(tc.rest, func(t *testing.T) {
			alone := rev66Parse(t, tc.rest+rev72Body)
			with := rev66Parse(t, tc.province+tc.rest+rev72Body)
			if with.City != alone.City || with.Level != alone.Level {
				t.Errorf("%s%s: city %q, level %q; want %q, %s, as the title without its province gives", tc.province, tc.rest, with.City, with.Level, alone.City, alone.Level)
			}
		})
	}
}

// A Fuzhou district's plan is filed under Kaifeng, in another province.
// TestRev72_DocNumberPlacesSharedDistrictName: 鼓楼区 is a district of 福州市, 南京市, 徐州市 and 开封市.
// The notice's number "榕鼓政办〔2025〕12号" opens with 榕, Fuzhou's character (places.txt: "C 福州市
// 榕"), which settles it; the reader ignores it and files the plan as 河南省's (开封's) 鼓楼区, so
// 福州市鼓楼区's liaison never finds it and Kaifeng's is told of work it does not have.
func TestRev72_DocNumberPlacesSharedDistrictName(t *testing.T) {
	d := rev66Parse(t, "鼓楼区人民政府办公室关于印发鼓楼区2025年城市精细化管理工作要点的通知\n榕鼓政办〔2025〕12号\n\n"+
		"各街道办事处，区直各单位：\n现将《鼓楼区2025年城市精细化管理工作要点》印发给你们，请认真抓好落实。\n\n"+
		"鼓楼区人民政府办公室\n2025年3月5日\n\n鼓楼区2025年城市精细化管理工作要点\n\n一、重点任务\n"+
		"1.开展背街小巷环境整治，6月底前完成三坊七巷周边12条街巷改造。（责任单位：区城管局）\n"+
		"2.规范占道经营，9月底前完成。（责任单位：区城管局、区市场监管局）\n")
	if !strings.Contains(d.City, "福州") || d.Province != "福建省" {
		t.Errorf("city %q, province %q; want 福州市鼓楼区 of 福建省 (its number opens with 榕)", d.City, d.Province)
	}
}

// Items under "一.粮食生产" have no section: "一方面的任务有哪些" finds none, and two items numbered 1 cannot be told apart.
// TestRev72_HeadingNumeralWithDot: plans typed in haste or converted from WPS head their parts with a
// dot after the numeral, "一.粮食生产" or "一．粮食生产", as they write "1." for items. The reader knows
// "一、" only: both headings vanish, every item has an empty Section, and the two items numbered 1
// under the two parts stand side by side with nothing to tell them apart.
func TestRev72_HeadingNumeralWithDot(t *testing.T) {
	for _, dot := range []string{".", "．"} {
		t.Run(dot, func(t *testing.T) {
			d := rev66Parse(t, "山东省潍坊市2025年农业农村重点工作方案\n\n"+
				"一"+dot+"稳定粮食生产\n"+
				"1.稳定粮食播种面积，年内稳定在1200万亩以上。（责任单位：市农业农村局）\n"+
				"2.推进高标准农田建设，10月底前完成新建任务。（责任单位：市农业农村局）\n"+
				"二"+dot+"推进乡村建设\n"+
				"1.改善农村人居环境，9月底前完成村庄清洁行动。（责任单位：市住建局）\n")
			for _, tc := range []struct{ task, part string }{{"高标准农田", "稳定粮食生产"}, {"农村人居环境", "推进乡村建设"}} {
				if x := rev66Task(t, d, tc.task); !strings.Contains(x.Section, tc.part) {
					t.Errorf("task %q: section %q; want it under its part %s:%s", x.Title, x.Section, tc.part, rev59Dump(d))
				}
			}
		})
	}
}

// The measure "1.稳定粮食面积" heading items 1.1 and 1.2 is nowhere: its items lose what they are part of.
// TestRev72_NumberedHeadingOverDecimalItems: a plan numbered the engineering way heads each measure
// "1.稳定粮食面积" and numbers its steps "1.1", "1.2", then "2.推进高标准农田建设" over "2.1". The
// measures are headings of the steps, as "（一）" over "1." is. Today the measure lines vanish: every
// step's Section is "一、粮食生产" alone, so "高标准农田建设有哪些任务" finds nothing and step 2.1 reads as
// part of no measure.
func TestRev72_NumberedHeadingOverDecimalItems(t *testing.T) {
	d := rev66Parse(t, "山东省潍坊市2025年粮食安全重点工作方案\n\n一、粮食生产\n"+
		"1.稳定粮食面积\n"+
		"1.1 划定粮食生产功能区，6月底前完成。（责任单位：市自然资源和规划局）\n"+
		"1.2 落实耕地地力保护补贴，8月底前发放到位。（责任单位：市财政局）\n"+
		"2.推进高标准农田建设\n"+
		"2.1 新建高标准农田20万亩，10月底前完成。（责任单位：市农业农村局）\n"+
		"2.2 开展已建项目管护，年底前完成。（责任单位：市农业农村局）\n")
	for _, tc := range []struct{ task, measure string }{{"耕地地力保护补贴", "稳定粮食面积"}, {"新建高标准农田", "推进高标准农田建设"}} {
		if x := rev66Task(t, d, tc.task); !strings.Contains(x.Section, tc.measure) {
			t.Errorf("task %q: section %q; want it under its measure %s:%s", x.Title, x.Section, tc.measure, rev59Dump(d))
		}
	}
}

// A winter notice signed in November 2024 dates its March duty March 2024: overdue from the day it is filed.
// TestRev72_WinterNoticeMonthsAfterIssue: a 今冬明春 notice signed on 20 November 2024 sets
// "12月底前完成林区隐患排查", "1月15日前物资到位", "3月底前完成宣传全覆盖". The December is 2024's; January
// and March can only be 2025's, the months after the notice. Today they are January and March 2024,
// months before the notice existed (its 清明节前 is already read as 2025's), so both tasks are overdue
// when filed and their reminders never come.
func TestRev72_WinterNoticeMonthsAfterIssue(t *testing.T) {
	d := rev66Parse(t, "安徽省合肥市人民政府办公室关于做好今冬明春森林防火工作的通知\n合政办秘〔2024〕58号\n\n"+
		"各县（市）、区人民政府，市政府各部门：\n为做好今冬明春森林防火工作，现就有关事项通知如下：\n\n一、重点工作\n"+
		"（一）开展隐患排查，12月底前完成林区隐患排查。（责任单位：市林业和园林局）\n"+
		"（二）完成扑火物资储备，1月15日前全部到位。（责任单位：市应急管理局）\n"+
		"（三）开展防火宣传，3月底前完成进村入户宣传全覆盖。（责任单位：市林业和园林局）\n\n"+
		"合肥市人民政府办公室\n2024年11月20日\n")
	for _, tc := range []struct {
		task string
		want Day
	}{{"扑火物资储备", NewDay(2025, 1, 15)}, {"防火宣传", NewDay(2025, 3, 31)}} {
		if x := rev66Task(t, d, tc.task); !rev72Has(x, tc.want) {
			t.Errorf("task %q: deadlines %v; want %s, the first after the notice of %s", x.Title, x.Deadlines, tc.want, d.Issued)
		}
	}
}

// A plan for the winter of 2024—2025 dates its April deadline April 2024, before the plan began.
// TestRev72_WinterSpringSeasonPlanYears: "2024—2025年度冬春农田水利建设工作方案" runs from the winter of
// 2024 to the spring of 2025: "12月底前" is 2024's, "4月底前全面完工" 2025's. Today both take 2024, so
// the reservoir work is due half a year before the plan was signed (October 2024).
func TestRev72_WinterSpringSeasonPlanYears(t *testing.T) {
	d := rev66Parse(t, "安徽省合肥市2024—2025年度冬春农田水利建设工作方案\n\n一、重点任务\n"+
		"（一）开展塘坝清淤扩容，12月底前完成清淤任务的50%。（责任单位：市水务局）\n"+
		"（二）实施小型水库除险加固，4月底前全面完工。（责任单位：市水务局）\n")
	if x := rev66Task(t, d, "小型水库"); !rev72Has(x, NewDay(2025, 4, 30)) {
		t.Errorf("task %q: deadlines %v; want 2025-04-30 (the spring of the 2024—2025 season)", x.Title, x.Deadlines)
	}
}

// A year that dates what the work acts on (a cited plan, a subsidy, an approval) becomes the year of the work's month.
// TestRev72_YearOfCitedThingNotCarried: in a 2025 plan, "落实2024年度渔业油价补贴，8月底前发放到位" pays
// 2024's subsidy by August 2025; "依托2023年获批的省级实验室，7月底前启动二期" starts in July 2025; a
// cited plan "《南通港总体规划（2021—2035年）》" does not make "9月底前" September 2035. Today each month
// takes the year just before it: 2024-08-31 and 2023-07-31 (long overdue when filed) and 2035-09-30
// (ten years off).
func TestRev72_YearOfCitedThingNotCarried(t *testing.T) {
	for _, tc := range []struct{ item, task string }{
		{"1.发展海洋渔业。落实2024年度渔业油价补贴，8月底前发放到位。（责任单位：市农业农村局）", "海洋渔业"},
		{"1.推进海洋科技创新。依托2023年获批的省级海洋实验室，7月底前启动二期建设。（责任单位：市科技局）", "海洋科技创新"},
		{"1.推进港口建设。按照《南通港总体规划（2021—2035年）》要求，9月底前完成通州湾港区码头主体工程。（责任单位：市交通运输局）", "港口建设"},
	} {
		t.Run(tc.task, func(t *testing.T) {
			d := rev66Parse(t, "江苏省南通市2025年海洋经济发展工作要点\n\n一、重点任务\n"+tc.item+"\n"+
				"2.培育海洋新兴产业，11月底前完成产业链图谱编制。（责任单位：市工信局）\n")
			x := rev66Task(t, d, tc.task)
			own := rev59Own(x)
			if len(own) != 1 || own[0].Date.Year != 2025 {
				t.Errorf("task %q: deadlines %v; want one deadline in 2025, the plan's year", x.Title, x.Deadlines)
			}
		})
	}
}

// A goal year in the same sentence moves the year's own steps to 2027.
// TestRev72_GoalYearInSentenceNotCarried: "力争到2027年产值突破千亿元，年内新增规上企业10家，11月底前完成
// 产业链图谱" in a 2025 plan sets a goal for 2027 and two steps of 2025. goalYearBefore keeps a goal
// of an earlier sentence out; after a comma it does not: 年内 is read as 2027-12-31 and 11月底前 as
// 2027-11-30, so the year's work is shown due two years late.
func TestRev72_GoalYearInSentenceNotCarried(t *testing.T) {
	d := rev66Parse(t, "江苏省南通市2025年海洋经济发展工作要点\n\n一、重点任务\n"+
		"1.培育海工装备产业。力争到2027年产值突破千亿元，年内新增规上企业10家，11月底前完成产业链图谱编制。（责任单位：市工信局）\n"+
		"2.推进海洋生态修复，10月底前完成海岸带修复方案。（责任单位：市自然资源和规划局）\n")
	x := rev66Task(t, d, "海工装备")
	for _, want := range []Day{NewDay(2025, 11, 30), NewDay(2025, 12, 31)} {
		if !rev72Has(x, want) {
			t.Errorf("task %q: deadlines %v; want %s among them", x.Title, x.Deadlines, want)
		}
	}
}

// "市发改委、工信局、财政局": 市财政局's liaison asking for its tasks does not get this one.
// TestRev72_ListWritesLevelOnce: a city plan often writes 市 once before a list of its bureaus:
// "（责任单位：市发改委、工信局、财政局）". All three are the city's. Today the second and third stay bare
// ("工信局", "财政局"), other units than the 市工信局 and 市财政局 of the next item, so Resolve("市财政局")
// finds only the task that spells the prefix.
func TestRev72_ListWritesLevelOnce(t *testing.T) {
	d := rev66Parse(t, "江西省赣州市2025年稀土产业发展工作方案\n\n一、重点任务\n"+
		"1.推进稀土新材料产业园建设，9月底前完成一期工程。（责任单位：市发改委、工信局、财政局）\n"+
		"2.完善稀土产业发展基金，年底前完成募资。（责任单位：市财政局、市工信局）\n")
	rev68Roles(t, d, rev66Task(t, d, "产业园建设"), []string{"市发改委", "市工信局", "市财政局"}, nil)
}

// A task table copied one cell a line gives the plan an issuer: "谁印发的?" → "市教育局、各县区政府".
// TestRev72_IssuerFromTableCells: a task table copied from a web page often comes one cell a line. Its
// rows are read right, but the unit cells of a row whose time cell is a month ("市教育局", "各县区政府",
// "2025年9月") are taken for the signature of the plan: the plan, which has no signature, is said to
// be issued by the two units of one row.
func TestRev72_IssuerFromTableCells(t *testing.T) {
	d := rev66Parse(t, "陕西省宝鸡市2025年民生实事任务分解表\n\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"+
		"1\n新建城市公园5个\n市住建局\n市自然资源局\n2025年10月底\n"+
		"2\n新增公办幼儿园学位3000个\n市教育局\n各县区政府\n2025年9月\n"+
		"3\n建设农贸市场10个\n市商务局\n市市场监管局\n2025年11月底\n")
	if d.Issuer != "" {
		t.Errorf("issuer %q; want none (the plan has no signature; those are a row's unit cells)", d.Issuer)
	}
}

// "每年11月至12月开展考评" is due each November 30 (the dash form: never), before the span ends.
// TestRev72_YearlyMonthSpanDueAtItsEnd: a yearly duty kept over a span of months is done by the span's
// end, as "每年6月至9月每月开展一次" is kept through September. Today "每年11月至12月开展" is due on
// November 30, the span's first month, and "每年11—12月开展" is no duty at all.
func TestRev72_YearlyMonthSpanDueAtItsEnd(t *testing.T) {
	for _, s := range []string{"每年11月至12月开展", "每年11—12月开展"} {
		t.Run(s, func(t *testing.T) {
			d := rev66Parse(t, "云南省曲靖市农村人居环境整治提升五年行动方案（2025—2029年）\n\n一、重点任务\n"+
				"1.开展村庄清洁考评，"+s+"。（责任单位：市农业农村局）\n"+
				"2.完成农村户厕改造，2025年11月底前完成。（责任单位：市农业农村局）\n")
			x := rev66Task(t, d, "村庄清洁考评")
			if len(x.Recurring) != 1 {
				t.Fatalf("task %q: recurring %v; want one yearly duty", x.Title, x.Recurring)
			}
			if next := x.Recurring[0].Rule.Next(NewDay(2025, 1, 1)); next != NewDay(2025, 12, 31) {
				t.Errorf("task %q: %s next due %s after 2025-01-01; want 2025-12-31, the span's end", x.Title, x.Recurring[0].Rule, next)
			}
		})
	}
}

// "截止11月30日全部完成" gives no date, though "截止11月底" and "截止2025年11月30日" do.
// TestRev72_YearlessCutoffDay: "截止" before a day is the day the work must be done by, as stop 41
// reads "截止11月底，全面完成…" and the reader reads "截止2025年11月30日全部完成". With a day and no year
// the task has no date of its own and takes the plan's 31 December.
func TestRev72_YearlessCutoffDay(t *testing.T) {
	d := rev66Parse(t, "云南省曲靖市2025年农村人居环境整治工作方案\n\n一、重点任务\n"+
		"1.完成农村户厕改造，截止11月30日全部完成。（责任单位：市农业农村局）\n"+
		"2.完成村庄规划编制，9月底前完成。（责任单位：市自然资源局）\n")
	if x := rev66Task(t, d, "户厕改造"); !rev72Has(x, NewDay(2025, 11, 30)) {
		t.Errorf("task %q: deadlines %v; want 2025-11-30", x.Title, x.Deadlines)
	}
}

// "8月内完成普查" gives no date: the task shows the plan's year end.
// TestRev72_WithinMonthDeadline: "8月内完成", "8月份内完成", "于8月内完成" set the month's end as the
// deadline, as "8月底前" and "在8月份完成" (which are read) do. Today none is read.
func TestRev72_WithinMonthDeadline(t *testing.T) {
	for _, s := range []string{"8月内完成", "8月份内完成", "于8月内完成"} {
		t.Run(s, func(t *testing.T) {
			d := rev66Parse(t, "云南省曲靖市2025年第三次全国土壤普查工作方案\n\n一、重点任务\n"+
				"1.完成外业采样，"+s+"全部样点采集。（责任单位：市农业农村局）\n"+
				"2.完成样品检测，10月底前完成。（责任单位：市农业农村局）\n")
			if x := rev66Task(t, d, "外业采样"); !rev72Has(x, NewDay(2025, 8, 31)) {
				t.Errorf("task %q: deadlines %v; want 2025-08-31", x.Title, x.Deadlines)
			}
		})
	}
}

// An urgent notice's "本周五前报送" and "月底前报送" give no date: the bureau gets no reminder.
// TestRev72_NoticeDaysFromIssue: a notice signed on Tuesday 3 June 2025 asks the towns for their plans
// "本周五前" (Friday 6 June) and the bureau for its summary "月底前" (30 June). "本月底前" is read from
// the issue day (currentPeriodEnds); the same without 本, and this week's Friday, are not read at all.
func TestRev72_NoticeDaysFromIssue(t *testing.T) {
	d := rev66Parse(t, "重庆市万州区人民政府办公室关于开展燃气安全专项整治的通知\n万州府办发〔2025〕30号\n\n"+
		"各镇乡人民政府、街道办事处，区政府各部门：\n为切实做好燃气安全工作，现就有关事项通知如下：\n\n一、工作任务\n"+
		"（一）制定实施方案，本周五前报送区城市管理局。（责任单位：各镇乡人民政府、街道办事处）\n"+
		"（二）汇总排查情况，月底前报送区政府。（责任单位：区城市管理局）\n\n"+
		"重庆市万州区人民政府办公室\n2025年6月3日\n")
	for _, tc := range []struct {
		task string
		want Day
	}{{"制定实施方案", NewDay(2025, 6, 6)}, {"汇总排查情况", NewDay(2025, 6, 30)}} {
		if x := rev66Task(t, d, tc.task); !rev72Has(x, tc.want) {
			t.Errorf("task %q: deadlines %v; want %s (the notice is of %s)", x.Title, x.Deadlines, tc.want, d.Issued)
		}
	}
}
