package plan

import (
	"slices"
	"testing"
)

// Review 91: 工作要点 and 重点(任务)工作分工 notices of 2024–2026 from provinces the corpus seldom holds
// (西藏, 新疆, 宁夏, 内蒙古, 吉林, 黑龙江, 广西, 贵州): tables whose merged cells were flattened by
// copy/paste, the dates such plans write (季度末, 汛期前, 长期坚持, “十五五”), units with the level
// prefixes 自治区, 区, 盟, 旗, 州 and groups (各旗县（市、区）人民政府), and the role markers 负总责, 抓落实,
// 督促, 具体落实. Each test is a fragment written for this review, asserts what a careful reader of the
// page gets, and fails today for the reason its comment gives. Nothing here is fixed.
//
// Plans are parsed and tasks found with review 66's helpers (rev66Parse, rev66Task); roles are checked
// with review 75's rev75Roles, own dates with rev84Kind and rev86Between; rev59Dump lists what was read.

// TestRev91_NumberMergedRowKeepsItsOwnTask (sure): in a task table whose 序号 and 牵头单位 cells are merged
// over two rows, the copy gives the second row empty cells there but a task cell of its own
// ("\t推进居住证制度全覆盖\t\t省司法厅\t2025年9月底前"). A reader sees a task 推进居住证制度全覆盖, led by
// 省公安厅 (the merged lead) with 省司法厅, due 30 September. Today the row becomes sub-row 2-2 titled with
// the row above's task ("深化户籍制度改革") and its own words are lost from title and text alike: nobody
// can find or be reminded of the residence-permit task. Same in a tab table and a Markdown table.
func TestRev91_NumberMergedRowKeepsItsOwnTask(t *testing.T) {
	for _, tc := range []struct{ name, table string }{
		{"tab", "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
			"1\t推进农业转移人口市民化\t省发展改革委\t省公安厅、省人力资源社会保障厅\t2025年12月底前\n" +
			"2\t深化户籍制度改革\t省公安厅\t省发展改革委\t2025年6月底前\n" +
			"\t推进居住证制度全覆盖\t\t省司法厅\t2025年9月底前\n" +
			"3\t推进县城城镇化补短板强弱项\t省发展改革委\t省住房城乡建设厅\t2025年10月底前\n"},
		{"markdown", "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n" +
			"| 1 | 推进农业转移人口市民化 | 省发展改革委 | 省公安厅、省人力资源社会保障厅 | 2025年12月底前 |\n" +
			"| 2 | 深化户籍制度改革 | 省公安厅 | 省发展改革委 | 2025年6月底前 |\n" +
			"|  | 推进居住证制度全覆盖 |  | 省司法厅 | 2025年9月底前 |\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, "贵州省2025年新型城镇化重点任务分工\n\n"+tc.table)
			x := rev59Task(d, "推进居住证制度全覆盖")
			if x == nil {
				t.Fatalf("no task holds the row's own words 推进居住证制度全覆盖:%s", rev59Dump(d))
			}
			rev84Kind(t, d, "推进居住证制度全覆盖", "2025-09-30", KindBy)
			rev75Roles(t, d, x, []string{"省公安厅"}, []string{"省司法厅"})
		})
	}
}

// TestRev91_QuarterEndWithoutEvery (likely): in a year's 工作要点, "季度末前报送工作进展" (or a time cell
// that says only "季度末") is a report due at the end of each quarter, as "每季度末报送" is read today (a
// monthly rule in March, June, September and December). Without 每 the duty is lost: no recurring rule,
// only the plan's year end inherited, so no quarter's report is ever nudged.
func TestRev91_QuarterEndWithoutEvery(t *testing.T) {
	for _, tc := range []struct{ name, text, words string }{
		{"prose", "西藏自治区2025年优化营商环境工作要点\n\n一、持续优化政务服务\n" +
			"1.推进政务服务标准化建设，季度末前报送工作进展。（责任单位：自治区政务服务管理局）\n" +
			"2.开展涉企收费专项整治，年内完成。（责任单位：自治区市场监管局、自治区财政厅）\n", "推进政务服务标准化建设"},
		{"time cell", "宁夏回族自治区2025年数字经济重点工作分工\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n" +
			"1\t建设全国一体化算力网络国家枢纽节点\t自治区发展改革委\t自治区网信办\t2025年12月底前\n" +
			"2\t调度数字经济重点项目进展\t自治区工业和信息化厅\t自治区科技厅\t季度末\n", "调度数字经济重点项目进展"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, tc.text)
			x := rev66Task(t, d, tc.words)
			for _, r := range x.Recurring {
				if rev59Months(r.Rule) == 3 {
					return
				}
			}
			t.Errorf("task %q: recurring %v; want a duty at each quarter's end:%s", x.Title, rev75Freqs(x), rev59Dump(d))
		})
	}
}

// TestRev91_SupervisingMarkers (likely): "X督促，Y负责", "X监督指导，Y组织实施" and a cell "X（督促）、Y"
// name X as the body that oversees the task and Y as the one that does it: Y leads, X takes part — as
// "X指导，Y负责" is read today. Today X is dropped from the prose notes (自治区应急管理厅 has no part in
// the task, "自治区应急管理厅负责哪些工作?" misses it) and in the cell the marker stays in the unit's
// name, a lead called "自治区住房城乡建设厅（督促）" that no question names.
func TestRev91_SupervisingMarkers(t *testing.T) {
	for _, tc := range []struct{ name, text, words, lead, partic string }{
		{"督促", "内蒙古自治区2025年重点工作分工方案\n\n一、重点任务\n" +
			"（一）加强安全生产监管，开展危化品专项整治。（自治区应急管理厅督促，各盟市人民政府负责）\n" +
			"（二）实施黄河流域生态保护工程。（自治区林草局牵头，自治区水利厅配合）\n",
			"加强安全生产监管", "各盟市人民政府", "自治区应急管理厅"},
		{"监督指导", "内蒙古自治区2025年重点工作分工方案\n\n一、重点任务\n" +
			"（一）推进农村牧区垃圾治理。（自治区生态环境厅监督指导，各旗县（市、区）人民政府组织实施）\n" +
			"（二）实施黄河流域生态保护工程。（自治区林草局牵头，自治区水利厅配合）\n",
			"推进农村牧区垃圾治理", "各旗县（市、区）人民政府", "自治区生态环境厅"},
		{"cell", "宁夏回族自治区2025年城乡建设重点工作任务清单\n\n序号\t重点任务\t责任单位\t完成时限\n" +
			"1\t推进城镇老旧小区改造\t自治区住房城乡建设厅（督促）、各市、县（区）人民政府\t2025年12月底前\n" +
			"2\t建设海绵城市\t自治区住房城乡建设厅\t2025年10月底前\n",
			"推进城镇老旧小区改造", "各市、县（区）人民政府", "自治区住房城乡建设厅"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, tc.text)
			rev75Roles(t, d, rev66Task(t, d, tc.words), []string{tc.lead}, []string{tc.partic})
		})
	}
}

// TestRev91_ZhuaLuoshiAfterFuZongZe (sure): "（自治区乡村振兴局负总责，各市、县（市、区）人民政府抓落实）"
// names two parties: the bureau answers overall, the local governments carry it out. Today the governments
// are dropped: the task has one unit, and "各县（市、区）人民政府有哪些任务?" misses it. "抓好落实",
// "配合" and "具体落实" in the same place keep them, so only 抓落实 loses the unit.
func TestRev91_ZhuaLuoshiAfterFuZongZe(t *testing.T) {
	for _, group := range []string{"各市、县（市、区）人民政府", "各县（市、区）人民政府", "各设区市人民政府"} {
		t.Run(group, func(t *testing.T) {
			d := rev66Parse(t, "广西壮族自治区2025年乡村振兴重点工作分工方案\n\n一、巩固拓展脱贫攻坚成果\n"+
				"1.健全防止返贫动态监测和帮扶机制，每季度末开展一次集中排查。（自治区乡村振兴局负总责，"+group+"抓落实）\n"+
				"2.做好易地扶贫搬迁后续扶持。（自治区发展改革委牵头，自治区住房城乡建设厅配合）\n")
			x := rev66Task(t, d, "健全防止返贫动态监测")
			if !slices.Contains(x.Units(), group) || !slices.Equal(x.Lead, []string{"自治区乡村振兴局"}) {
				t.Errorf("task %q: lead %q, participating %q; want lead 自治区乡村振兴局 and %s a party:%s", x.Title, x.Lead, x.Participating, group, rev59Dump(d))
			}
		})
	}
}

// TestRev91_EachDistributesOverList (sure): "各地（市）行政公署、人民政府" (西藏's usual address of its
// prefectures) is each prefecture's 行署 and each city's government; "各苏木镇、嘎查村" is every township
// and every village. 各 covers the whole list. Today the second body is cut off as a bare word: a unit
// called "人民政府" (or "嘎查村") — no place, no 各 — is made a party of the task.
func TestRev91_EachDistributesOverList(t *testing.T) {
	for _, tc := range []struct{ name, text, words string }{
		{"行署、人民政府", "2025年自治区政府工作报告重点工作分工方案\n\n一、推动经济高质量发展\n" +
			"1.地区生产总值增长7%左右。（牵头单位：自治区发展改革委；责任单位：各地（市）行政公署、人民政府）\n" +
			"2.实施拉萨至日喀则高速公路建设，上半年开工。（牵头单位：自治区交通运输厅）\n", "地区生产总值增长"},
		{"苏木镇、嘎查村", "伊金霍洛旗2025年政府工作报告重点任务分解\n\n一、重点任务\n" +
			"1.完善嘎查村集体经济。（责任单位：旗农牧局，各苏木镇、嘎查村）\n" +
			"2.推进煤炭清洁高效利用。（责任单位：旗能源局）\n", "完善嘎查村集体经济"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := rev66Parse(t, tc.text)
			for _, u := range rev84Units(t, d, tc.words) {
				if u == "人民政府" || u == "嘎查村" {
					t.Errorf("unit %q: a bare body cut off its 各 …:%s", u, rev59Dump(d))
				}
			}
		})
	}
}

// TestRev91_BeforeFloodSeasonOnce (likely): in a year's 工作要点, "汛期前完成屋面防水改造" and "入汛前完成
// 隐患排查" are due before the flood season opens, by 31 May, as dutybot reads "每年汛期前" (a yearly duty
// in May). Written once, with no 每年, the date is lost and the plan's year end inherited: the roofs are
// nudged seven months after the rains.
func TestRev91_BeforeFloodSeasonOnce(t *testing.T) {
	for _, words := range []string{"汛期前完成屋面防水改造", "入汛前完成河道隐患排查"} {
		t.Run(words, func(t *testing.T) {
			d := rev66Parse(t, "喀什地区2025年重点工作分工方案\n\n一、保障改善民生\n"+
				"（一）实施城镇老旧小区改造，"+words+"。（责任单位：地区住房和城乡建设局）\n"+
				"（二）确保秋季学期开学前完成校舍维修。（责任单位：地区教育局）\n")
			rev84Kind(t, d, "实施城镇老旧小区改造", "2025-05-31", KindBy)
		})
	}
}

// TestRev91_StandingDutyInFiveYearPlan (debatable): in a five-year plan (2026—2030年) an item that says
// "长期坚持" or "持续推进" and states no date is a standing duty: a reader sets it no target. Today it
// takes the plan's end, 2030-12-31, as its target, so it counts as due and comes up as overdue once the
// plan's period is past. (Debatable: the conventions give dateless tasks of a year's ledger that
// year's end; they say nothing of a multi-year plan, and a writer could read the period as the horizon.)
func TestRev91_StandingDutyInFiveYearPlan(t *testing.T) {
	t.Skip("rev 91: contradicts plan/testdata/corpus/README.md (a task stating no date of its own in a plan whose title states its period, \"（2024—2026年）\", takes that period's end as an inherited target; 长期坚持 states no date), left open")
	for _, words := range []string{"长期坚持", "持续推进"} {
		t.Run(words, func(t *testing.T) {
			d := rev66Parse(t, "西藏自治区“十五五”时期城乡建设实施方案（2026—2030年）\n\n一、重点任务\n"+
				"（一）推进城镇供暖工程建设，"+words+"。（责任单位：自治区住房城乡建设厅）\n"+
				"（二）实施农牧民安居工程，2027年底前完成10万户改造。（责任单位：自治区住房城乡建设厅、自治区财政厅）\n")
			x := rev66Task(t, d, "推进城镇供暖工程建设")
			if len(x.Deadlines) != 0 {
				t.Errorf("task %q: deadlines %v; want none (a standing duty)", x.Title, x.Deadlines)
			}
		})
	}
}

// TestRev91_TableEndingWithStandingTimeCell (sure): a task table whose last row's time cell is "长期坚持",
// "持续推进" or "常态化" ends complete: a cell needs no full stop. Today the plan is marked Truncated and
// warned "the text ends mid-sentence: the plan may be cut off", so the liaison is told to check a plan
// that is whole. The same table ending "2025年12月底前" or "年内" is not warned.
func TestRev91_TableEndingWithStandingTimeCell(t *testing.T) {
	for _, last := range []string{"长期坚持", "持续推进", "常态化"} {
		t.Run(last, func(t *testing.T) {
			d := rev66Parse(t, "贵州省2025年生态环境保护工作要点\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"+
				"1\t推进乌江流域水环境综合治理\t省生态环境厅\t省水利厅\t2025年12月底前\n"+
				"2\t加强大气污染联防联控\t省生态环境厅\t各市（州）人民政府\t"+last+"\n")
			if d.Truncated {
				t.Errorf("table ending %q: marked truncated (warnings %q)", last, d.Warnings)
			}
		})
	}
}

// TestRev91_YearLedgerTitlesBegin (likely): a title that names one year's ledger — "2026年民生实事任务分
// 工", "2026年为民办实事项目", "2026年…重点任务分工", "2026年…重点任务清单", "2026年政府工作报告重点任务分解"
// — is that year's work, as "2026年工作要点" and "2026年重点工作分工方案" are (PlanBegins gives
// 2026-01-01 for those). Today these give no beginning, so a monthly report of a 2026 ledger loaded in
// December 2025 is nudged for December 2025, before the plan begins.
func TestRev91_YearLedgerTitlesBegin(t *testing.T) {
	for _, title := range []string{
		"宁夏回族自治区2026年民生实事任务分工",
		"南宁市2026年为民办实事项目",
		"贵州省2026年新型城镇化重点任务分工",
		"新疆维吾尔自治区2026年文化润疆工程重点任务清单",
		"伊金霍洛旗2026年政府工作报告重点任务分解",
	} {
		t.Run(title, func(t *testing.T) {
			if got := PlanBegins(title); got != NewDay(2026, 1, 1) {
				t.Errorf("PlanBegins(%q) = %q; want 2026-01-01", title, got)
			}
		})
	}
}

// TestRev91_BannersAndCountiesPlaced (sure): 莫力达瓦达斡尔族自治旗 (呼伦贝尔市), 达尔罕茂明安联合旗 (包头市)
// and 罗城仡佬族自治县 (河池市) are counties like 鄂温克族自治旗 or 威宁彝族回族苗族自治县, which are placed.
// Today a 工作要点 under these titles has no City, Province or Level: its plan belongs nowhere and
// questions about the county's (or the city's, or the region's) plans leave it out.
func TestRev91_BannersAndCountiesPlaced(t *testing.T) {
	for _, tc := range []struct{ county, city, province string }{
		{"莫力达瓦达斡尔族自治旗", "呼伦贝尔市", "内蒙古自治区"},
		{"达尔罕茂明安联合旗", "包头市", "内蒙古自治区"},
		{"罗城仡佬族自治县", "河池市", "广西壮族自治区"},
	} {
		t.Run(tc.county, func(t *testing.T) {
			if tc.county == "罗城仡佬族自治县" {
				t.Skip("rev 91: no such county — 河池市's is 罗城仫佬族自治县 (仫, not 仡), which is placed; a misspelt name is not a place, left open")
			}
			d := rev66Parse(t, tc.county+"2025年工作要点\n\n一、重点任务\n"+
				"1.推进项目建设，9月底前开工。（责任单位：发展改革局）\n2.开展专项整治。（责任单位：市场监督管理局）\n")
			if d.City != tc.city+tc.county || d.Province != tc.province || d.Level != LevelDistrict {
				t.Errorf("city %q, province %q, level %q; want %s%s, %s, %s", d.City, d.Province, d.Level, tc.city, tc.county, tc.province, LevelDistrict)
			}
		})
	}
}

// TestRev91_QuPrefixInAutonomousRegionPlan (likely): 广西's own plans write the region's departments now
// "自治区发展改革委", now "区发展改革委" (区直各有关部门 is the region's departments): in a plan of 广西壮族
// 自治区 there is no district, and both names are one body. Today they stay two units: "自治区发展改革委
// 负责哪些任务?" misses the tasks that write 区发展改革委, and the plan counts one more unit than it has.
func TestRev91_QuPrefixInAutonomousRegionPlan(t *testing.T) {
	d := rev66Parse(t, "广西壮族自治区2025年营商环境工作要点\n\n一、重点任务\n"+
		"1.推进工程建设项目审批制度改革。（责任单位：自治区住房城乡建设厅、区发展改革委）\n"+
		"2.深化“放管服”改革。（责任单位：区发展改革委、区直各有关部门）\n"+
		"3.开展营商环境评价。（责任单位：自治区发展改革委）\n")
	for _, words := range []string{"推进工程建设项目审批", "深化“放管服”改革"} {
		t.Run(words, func(t *testing.T) {
			if u := rev84Units(t, d, words); !slices.Contains(u, "自治区发展改革委") {
				t.Errorf("task %q: units %q; want 区发展改革委 read as 自治区发展改革委:%s", words, u, rev59Dump(d))
			}
		})
	}
}

// TestRev91_OverallAndImplementingColumns (debatable): a table headed "负总责单位 | 具体落实单位" names one
// body that answers overall and those that carry the work out; a reader takes the first as lead and
// the others as taking part, as the inline "X负总责，Y具体落实" is read today. Today every unit of both
// columns leads. (Debatable: the implementing units do the work, and a writer could count them as
// responsible too.)
func TestRev91_OverallAndImplementingColumns(t *testing.T) {
	d := rev66Parse(t, "宁夏回族自治区2025年重点工作任务清单\n\n序号\t重点任务\t负总责单位\t具体落实单位\t完成时限\n"+
		"1\t推进黄河流域生态保护\t自治区生态环境厅\t自治区水利厅、自治区林草局\t2025年12月底前\n"+
		"2\t建设数字宁夏\t自治区发展改革委\t自治区大数据中心\t2025年10月底前\n")
	rev75Roles(t, d, rev66Task(t, d, "推进黄河流域生态保护"), []string{"自治区生态环境厅"}, []string{"自治区水利厅", "自治区林草局"})
}

// TestRev91_ProvinceTableNamingCityGovernment (sure): "吉林省2025年冰雪旅游重点任务分工" and "贵州省2025年
// 文化旅游重点任务分工" are the provinces' plans. When such a table, copied one cell a line, gives a row
// to a city's government (吉林市人民政府, 贵阳市人民政府), the plan is filed as that city's (City 吉林市 or
// 贵阳市, Level city) and the government's name is cut to "市人民政府", as if it were the plan's own
// city: a question about the province's plans misses it and "贵阳市人民政府负责哪些任务?" finds nothing.
// (With 长春市人民政府 in a later row instead, the plan is filed as 长春市's.) The same rows in a tab
// table or in prose leave the plan the province's and the unit whole.
func TestRev91_ProvinceTableNamingCityGovernment(t *testing.T) {
	for _, tc := range []struct{ province, title, row, words, unit string }{
		{"吉林省", "吉林省2025年冰雪旅游重点任务分工", "1\n举办长白山冰雪嘉年华\n省文化和旅游厅、长白山管委会\n2025年3月底前\n" +
			"2\n建设吉林北大湖滑雪度假区\n吉林市人民政府\n2025年11月底前\n", "建设吉林北大湖滑雪度假区", "吉林市人民政府"},
		{"贵州省", "贵州省2025年文化旅游重点任务分工", "1\n举办数博会\n省大数据局\n2025年5月底前\n" +
			"2\n建设花溪文旅创新区\n贵阳市人民政府\n2025年10月底前\n", "建设花溪文旅创新区", "贵阳市人民政府"},
	} {
		t.Run(tc.province, func(t *testing.T) {
			d := rev66Parse(t, tc.title+"\n\n序号\n重点任务\n责任单位\n完成时限\n"+tc.row)
			if d.City != tc.province || d.Level != LevelProvince {
				t.Errorf("city %q, level %q; want %s, %s", d.City, d.Level, tc.province, LevelProvince)
			}
			rev75Roles(t, d, rev66Task(t, d, tc.words), []string{tc.unit}, nil)
		})
	}
}

// TestRev91_WinterToSpringOnce (debatable): "今冬明春开展农村消防专项行动" in a 2025 plan is a campaign
// over the winter of 2025 and the spring of 2026: a reader expects it due by the spring's end (no later
// than 31 May 2026) and not the plan's year end. Today the phrase gives no date: the task inherits
// 2025-12-31 and shows overdue while the campaign is still on. (Debatable: the spring's last day is a
// reading; a writer could take 2026-03-31 or 2026-04-30, which the test allows.)
func TestRev91_WinterToSpringOnce(t *testing.T) {
	d := rev66Parse(t, "黑龙江省2025年安全生产工作要点\n\n一、重点任务\n"+
		"1.今冬明春开展农村消防专项行动。（责任单位：省消防救援总队、省应急管理厅）\n"+
		"2.加强冬季道路交通安全管理，11月底前完成隐患路段排查。（责任单位：省公安厅）\n")
	rev86Between(t, d, "农村消防专项行动", "2026-02-28", "2026-05-31")
}
