package plan

import (
	"slices"
	"strings"
	"testing"
)

// Review 70: break the plan reader with plans and questions it has not seen. Each test below is a
// short plan of its own, written the way provinces, cities, counties and townships of other
// provinces write and publish them — a lead marked with ▲, a party department under its formal name,
// a zone named with the city's short name, parts headed "行动一：" over numbered items, a campaign
// that ends with its last stage, a signature dated "二0一一年", a 2010 plan titled in Chinese numerals,
// a table cell with two labels on one line, a 春节 deadline in a plan signed after that year's 春节,
// two report dates the second of which is next year's, a monthly duty with its unit in brackets
// before the full stop, a leader named after the office — or a question asked the way liaisons and
// leaders ask it (黔东南州, 浦东, 文旅局, 投促局, 高新区管委会). Each asserts what a careful reader of the
// page gets and fails on 8457e5b for the reason its comment gives; nothing here is fixed.

// The plans are parsed and their tasks found with review 66's helpers (rev66Parse, rev66Task), roles
// checked with review 68's (rev68Roles).

// rev70Directory indexes the plans of texts with the default aliases, as the bot does.
func rev70Directory(t *testing.T, texts ...string) *Directory {
	t.Helper()
	var docs []*Document
	for _, text := range texts {
		docs = append(docs, rev66Parse(t, text))
	}
	return NewDirectory(docs, DefaultAliases())
}

// TestRev70_TriangleLeadMark: many 任务分工 mark the lead of each list with a triangle and say so
// once: "注：标▲的为牵头单位", "（责任单位：市发改委▲、市交通运输局）". Stars and asterisks are read as
// such a mark (trimLeadMark); a triangle is not: the list fails and its label comes out as the task's
// only unit — a lead named "责任单位" — with both real units gone, so neither bureau is ever told of
// the task. The marked unit leads; the other takes part.
func TestRev70_TriangleLeadMark(t *testing.T) {
	for _, mark := range []string{"▲", "△"} {
		t.Run(mark, func(t *testing.T) {
			d := rev66Parse(t, "湖北省荆门市2025年物流业发展重点任务分工方案\n\n注：标"+mark+"的为牵头单位。\n\n一、重点任务\n"+
				"1.推进多式联运物流园建设，9月底前完成主体工程。（责任单位：市发改委"+mark+"、市交通运输局）\n"+
				"2.培育冷链物流企业，年内新增规上企业5家。（责任单位：市商务局"+mark+"、市农业农村局）\n")
			rev68Roles(t, d, rev66Task(t, d, "多式联运物流园"), []string{"市发改委"}, []string{"市交通运输局"})
			rev68Roles(t, d, rev66Task(t, d, "冷链物流企业"), []string{"市商务局"}, []string{"市农业农村局"})
		})
	}
}

// TestRev70_PartyDepartmentFormalName: a plan names a party department by its formal name in one
// list ("中共柳州市委组织部") and by its everyday name in the next ("市委组织部"). Normalizer.Unit folds
// the two into one (TestRev53FormalNamesOfGroupsAndBranches), but the parsed plan keeps them apart:
// task 1 is led by "中共柳州市委组织部", task 2 has "市委组织部" taking part, so the department has
// two entries, and a question about 市委组织部's tasks (Directory.Resolve) finds only the second, the
// task the department leads left out. The two tasks name one department.
func TestRev70_PartyDepartmentFormalName(t *testing.T) {
	d := rev66Parse(t, "广西壮族自治区柳州市2025年人才工作要点\n\n一、重点任务\n"+
		"1.实施高层次人才引进计划，年内引进高层次人才200名。（牵头单位：中共柳州市委组织部；配合单位：市人力资源和社会保障局）\n"+
		"2.举办人才招聘活动，9月底前举办专场招聘会10场。（牵头单位：市人力资源和社会保障局；配合单位：市委组织部、市教育局）\n")
	first, second := rev66Task(t, d, "高层次人才引进"), rev66Task(t, d, "专场招聘会")
	if len(first.Lead) != 1 || !slices.Contains(second.Participating, first.Lead[0]) {
		t.Errorf("task 1 led by %q, task 2 partners %q: want one name for the party's organisation department in both:%s", first.Lead, second.Participating, rev59Dump(d))
	}
}

// TestRev70_ZoneNamedWithCityShortName: a city's plans name its zones with the city's short name
// ("襄阳高新区管委会", "岳阳经开区管委会"); the zone's liaison asks for "高新区管委会". The city's full name
// is dropped from a unit's name ("襄阳市发改委" is 市发改委), its short name is not, so Resolve finds
// no unit for "高新区管委会", nor for the name as the plan writes it (its 襄阳 is taken for the city
// and the rest matches nothing): the zone is told it has no tasks, though it takes part in both.
func TestRev70_ZoneNamedWithCityShortName(t *testing.T) {
	dir := rev70Directory(t, "湖北省襄阳市2025年重点项目建设工作方案\n\n一、重点任务\n"+
		"1.推进重点项目建设，年内开工亿元以上项目100个。（牵头单位：市发展改革委；配合单位：襄阳高新区管委会、襄州区政府）\n"+
		"2.建设汽车产业创新园，9月底前建成投用。（牵头单位：市科技局；配合单位：襄阳高新区管委会）\n")
	for _, q := range []string{"高新区管委会", "襄阳高新区管委会"} {
		if refs := dir.Resolve(q, ""); len(refs) != 1 {
			t.Errorf("Resolve(%s) = %v; want the zone's committee the plan names (襄阳高新区管委会)", q, refs)
		}
	}
}

// TestRev70_NamedPartHeadingOverItems: plans of Yunnan, Guizhou and others group their items under
// parts named by kind and ordinal — "行动一：提升政务服务水平" over "1.…" "2.…", then "行动二：…" over
// its own "1.…" "2.…". Such a line is read as a point of a bullet list when it stands alone
// (TestRev68_ItemNumberOfMarkedItems), but over numbered items it is their heading. Today it is
// neither: "行动二：优化市场环境" is glued to the text of the item before it, and no task has either part
// in its Section, so the two items numbered 1 cannot be told apart and "行动二有哪些任务" finds none.
func TestRev70_NamedPartHeadingOverItems(t *testing.T) {
	d := rev66Parse(t, "云南省昆明市2025年营商环境提升行动方案\n\n一、主要任务\n"+
		"行动一：提升政务服务水平\n"+
		"1.推进政务服务“一网通办”，6月30日前实现网上可办率达98%。（责任单位：市政务服务局）\n"+
		"2.开展“减证便民”行动，年底前完成证明事项清理。（责任单位：市司法局）\n"+
		"行动二：优化市场环境\n"+
		"1.开展招投标领域专项整治，9月底前完成。（责任单位：市发展改革委）\n"+
		"2.清理拖欠企业账款，12月31日前清零。（责任单位：市工业和信息化局）\n")
	if x := rev66Task(t, d, "减证便民"); strings.Contains(x.Text, "优化市场环境") {
		t.Errorf("task %q: text %q holds the next part's heading", x.Title, x.Text)
	}
	for _, tc := range []struct{ task, part string }{{"减证便民", "提升政务服务水平"}, {"招投标领域专项整治", "优化市场环境"}} {
		if x := rev66Task(t, d, tc.task); !strings.Contains(x.Section, tc.part) {
			t.Errorf("task %q: section %q; want it under its part %s:%s", x.Title, x.Section, tc.part, rev59Dump(d))
		}
	}
}

// TestRev70_CampaignEndsWithItsLastStage: a 专项整治 plan gives its time as stages under 实施步骤:
// "（一）动员部署阶段（2025年4月1日—4月15日）…（三）总结提升阶段（2025年10月1日—10月31日）". The
// campaign ends on 31 October, and its tasks that state no date are due by then. Today the stages
// give the plan no period: the title's year does, and the undated tasks are due on 31 December, two
// months after the campaign has closed.
func TestRev70_CampaignEndsWithItsLastStage(t *testing.T) {
	d := rev66Parse(t, "河南省周口市2025年道路交通安全隐患专项整治行动方案\n\n一、整治重点\n"+
		"（一）整治农村道路安全隐患。对农村公路临水临崖路段开展排查，设置安全防护设施。（牵头单位：市交通运输局；配合单位：市公安局交警支队）\n"+
		"（二）整治货车超限超载。开展联合执法，严厉打击超限超载行为。（牵头单位：市公安局交警支队；配合单位：市交通运输局）\n"+
		"二、实施步骤\n"+
		"（一）动员部署阶段（2025年4月1日—4月15日）。各县（市、区）制定具体方案，开展动员部署。\n"+
		"（二）集中整治阶段（2025年4月16日—9月30日）。各地各部门按照职责分工全面开展整治。\n"+
		"（三）总结提升阶段（2025年10月1日—10月31日）。全面总结整治成效，建立长效机制。\n")
	want := NewDay(2025, 10, 31)
	if d.Period != want {
		t.Errorf("plan period %s (%q); want %s, the end of the campaign's last stage", d.Period, d.PeriodQuote, want)
	}
	if x := rev66Task(t, d, "整治农村道路安全隐患"); len(x.Deadlines) == 0 || x.Deadlines[0].Date != want {
		t.Errorf("task %q: deadlines %v; want it due %s with the campaign", x.Title, x.Deadlines, want)
	}
}

// TestRev70_SignatureYearWithDigitZero: the date under a signature is written in Chinese numerals on
// older documents, and web pages often type its zero as the digit: "二0一一年四月八日" ("二０一一年…"
// full-width). "二〇一一年", "二○一一年", "二零一一年" and "二O一一年" are read; with the digit the
// date is not, so the plan has no issue day and no issuer ("哪天印发的?", "谁印发的?" get nothing, and
// days counted from issue are counted from nothing).
func TestRev70_SignatureYearWithDigitZero(t *testing.T) {
	for _, date := range []string{"二0一一年四月八日", "二０一一年四月八日"} {
		t.Run(date, func(t *testing.T) {
			d := rev66Parse(t, "岳阳市人民政府办公室关于印发岳阳市2011年节能减排工作方案的通知\n岳政办发〔2011〕15号\n\n"+
				"各县市区人民政府，岳阳经济技术开发区管委会，市直各单位：\n经市人民政府同意，现将《岳阳市2011年节能减排工作方案》印发给你们，请认真组织实施。\n\n"+
				"岳阳市人民政府办公室\n"+date+"\n\n岳阳市2011年节能减排工作方案\n\n一、工作任务\n"+
				"（一）淘汰落后产能，6月底前关停小造纸企业10家。（责任单位：市经委、市环保局）\n"+
				"（二）推进重点节能工程，年底前完成。（责任单位：市发改委）\n")
			if d.Issued != NewDay(2011, 4, 8) || d.Issuer != "岳阳市人民政府办公室" {
				t.Errorf("issued %s by %q; want 2011-04-08 by 岳阳市人民政府办公室", d.Issued, d.Issuer)
			}
		})
	}
}

// TestRev70_TitleYearInChineseNumerals: plans of the years around 2010 may write the year of their
// title in Chinese numerals: "岳阳市二〇一〇年节能减排工作要点". It is the plan of 2010, as
// "岳阳市2010年…" is. Today the title gives no year: the plan has no period, its "6月底前" has no year
// at all (no date), and its undated tasks are never due.
func TestRev70_TitleYearInChineseNumerals(t *testing.T) {
	d := rev66Parse(t, "湖南省岳阳市二〇一〇年节能减排工作要点\n\n一、重点任务\n"+
		"1.淘汰落后产能，关停小造纸企业10家。（责任单位：市经委）\n"+
		"2.推进重点节能工程，6月底前完成。（责任单位：市发改委）\n")
	if d.Period != NewDay(2010, 12, 31) {
		t.Errorf("plan period %s (%q); want 2010-12-31 (the title's year)", d.Period, d.PeriodQuote)
	}
	x := rev66Task(t, d, "推进重点节能工程")
	if own := rev59Own(x); len(own) != 1 || own[0].Date != NewDay(2010, 6, 30) {
		t.Errorf("task %q: deadlines %v; want 2010-06-30", x.Title, x.Deadlines)
	}
}

// TestRev70_TableCellWithTwoLabels: a task table's unit cell often holds both roles on one line, a
// space between them, as Word prints a cell of two short paragraphs: "牵头单位：市教育局 配合单位：
// 各县区政府". The same words in a sentence's brackets are read. In the table the row falls apart: the
// unit cell is glued into the task's title, its own time cell is lost, and the row takes the row
// above's lead (市住房和城乡建设局) and date (31 October) — the wrong bureau is told, on the wrong day.
func TestRev70_TableCellWithTwoLabels(t *testing.T) {
	d := rev66Parse(t, "甘肃省兰州市2025年民生实事任务分解表\n\n序号\t工作任务\t责任单位\t完成时限\n"+
		"1\t新建城市公园5个\t市住房和城乡建设局\t2025年10月底\n"+
		"2\t新增公办幼儿园学位3000个\t牵头单位：市教育局 配合单位：各县区政府\t2025年9月\n"+
		"3\t建设农贸市场10个\t市商务局\t2025年11月底\n")
	x := rev66Task(t, d, "新增公办幼儿园学位")
	if strings.Contains(x.Title, "单位") {
		t.Errorf("task title %q holds the unit cell", x.Title)
	}
	rev68Roles(t, d, x, []string{"市教育局"}, []string{"各县区政府"})
	if own := rev59Own(x); len(own) != 1 || own[0].Date != NewDay(2025, 9, 30) {
		t.Errorf("task %q: deadlines %v; want 2025-09-30 (its own time cell)", x.Title, x.Deadlines)
	}
}

// TestRev70_FestivalAfterIssueIsNextOne: a plan signed on 18 April 2025 sets a winter campaign
// "春节前实现农民工工资应付尽付". That Spring Festival is the next one, February 2026: the one of 2025
// (29 January) had passed when the plan was signed. Today the task is due 2025-01-28, three months
// before the plan existed, so it is overdue from the day it is filed and the reminder before the
// festival that matters never comes.
func TestRev70_FestivalAfterIssueIsNextOne(t *testing.T) {
	d := rev66Parse(t, "襄阳市人民政府办公室关于印发襄阳市2025年根治拖欠农民工工资工作方案的通知\n襄政办函〔2025〕21号\n\n"+
		"各县（市、区）人民政府，市政府各部门：\n现将《襄阳市2025年根治拖欠农民工工资工作方案》印发给你们，请认真贯彻落实。\n\n"+
		"襄阳市人民政府办公室\n2025年4月18日\n\n襄阳市2025年根治拖欠农民工工资工作方案\n\n一、重点任务\n"+
		"（一）开展欠薪问题排查，6月底前完成在建工程项目全覆盖排查。（责任单位：市人力资源和社会保障局）\n"+
		"（二）开展冬季专项行动，春节前实现农民工工资应付尽付。（责任单位：市人力资源和社会保障局、市住房和城乡建设局）\n")
	x := rev66Task(t, d, "冬季专项行动")
	own := rev59Own(x)
	if len(own) != 1 || !rev68Between(own[0].Date, NewDay(2026, 2, 1), NewDay(2026, 2, 17)) {
		t.Errorf("task %q: deadlines %v; want one before the Spring Festival of 2026 (17 February), the first after the plan was signed on %s", x.Title, x.Deadlines, d.Issued)
	}
}

// TestRev70_DateListIntoNextYear: "7月10日、次年1月10日前分别报送半年和全年工作总结" gives two dates, the
// half-year report's and the year's. Two dates of one year so listed ("6月30日、12月31日前分别报送…")
// are both read; when the second is next year's, the first is lost and the half-year report is never
// due.
func TestRev70_DateListIntoNextYear(t *testing.T) {
	for _, s := range []string{"7月10日、次年1月10日前分别报送半年和全年工作总结", "分别于7月10日、次年1月10日前报送半年和全年工作总结"} {
		t.Run(s, func(t *testing.T) {
			d := rev66Parse(t, "江苏省徐州市2025年法治政府建设工作要点\n\n一、重点工作\n"+
				"1.落实法治政府建设年度报告制度，"+s+"。（责任单位：市司法局）\n"+
				"2.开展行政规范性文件清理，9月底前完成。（责任单位：市司法局）\n")
			x := rev66Task(t, d, "年度报告制度")
			var got []Day
			for _, dl := range rev59Own(x) {
				got = append(got, dl.Date)
			}
			for _, want := range []Day{NewDay(2025, 7, 10), NewDay(2026, 1, 10)} {
				if !slices.Contains(got, want) {
					t.Errorf("task %q: deadlines %v; want %s among them", x.Title, x.Deadlines, want)
				}
			}
		})
	}
}

// TestRev70_RecurringDutyBeforeBracketNote: an item often puts its unit in brackets before its full
// stop: "每月10日前报送抽检结果（镇市场监管所负责）。" The monthly duty binds that unit. Today the
// bracket is read into the duty: its unit is "每月10日前报送抽检结果（镇市场监管所" (with 牵头/配合 in the
// bracket, the same), so the reminder goes to no one. Written with the bracket after the full stop
// the duty binds 镇市场监管所.
func TestRev70_RecurringDutyBeforeBracketNote(t *testing.T) {
	for _, s := range []string{"每月10日前报送抽检结果（镇市场监管所负责）。", "每季度开展一次抽检（镇市场监管所牵头，镇派出所配合）。"} {
		t.Run(s, func(t *testing.T) {
			d := rev66Parse(t, "浙江省台州市温岭市泽国镇2025年电动自行车安全隐患整治工作方案\n\n一、重点任务\n"+
				"1.开展电动自行车产品质量抽检，"+s+"\n"+
				"2.开展住宅小区充电设施建设，10月底前新建充电端口500个。（镇村建办牵头，各村（社区）配合）\n")
			x := rev66Task(t, d, "产品质量抽检")
			if len(x.Recurring) != 1 {
				t.Fatalf("task %q: recurring %v; want one duty", x.Title, x.Recurring)
			}
			if u := x.Recurring[0].Units; !slices.Equal(u, []string{"镇市场监管所"}) {
				t.Errorf("task %q: the duty binds %q; want [镇市场监管所]", x.Title, u)
			}
		})
	}
}

// TestRev70_LeaderOfficeBeforeName: plans name the leader answering for a task with the office first
// as often as after: "责任领导：副市长张伟", "牵头市领导：常务副市长李强". Leaders reads "张伟副市长" and
// "张伟" alone; with the office first it finds no one, so "这项工作哪位领导负责?" and "张伟分管哪些
// 任务?" get nothing.
func TestRev70_LeaderOfficeBeforeName(t *testing.T) {
	for _, tc := range []struct{ note, name string }{
		{"（责任领导：副市长张伟；责任单位：市发展改革委）", "张伟"},
		{"（牵头市领导：常务副市长李强；牵头单位：市发展改革委）", "李强"},
	} {
		t.Run(tc.note, func(t *testing.T) {
			d := rev66Parse(t, "山东省菏泽市2025年重点项目攻坚行动方案\n\n一、攻坚任务\n"+
				"1.推进鲁南高铁菏泽段配套工程建设，9月底前完成。"+tc.note+"\n"+
				"2.开展招商引资攻坚，年内签约项目50个。（责任单位：市商务局）\n")
			x := rev66Task(t, d, "配套工程")
			leaders := Leaders(x)
			if !slices.ContainsFunc(leaders, func(s string) bool { return strings.Contains(s, tc.name) }) {
				t.Errorf("task %q: leaders %q; want %s", x.Title, leaders, tc.name)
			}
		})
	}
}

// TestRev70_PlaceShortFormsAsTyped: people name a place the way it is said: an autonomous prefecture
// by its short name with 州 ("黔东南州", "湘西州": how they sign their own documents), a new area
// without 新区 ("浦东"). CityForms gives 黔东南 and 湘西 but not the 州 forms, and gives 浦东新 (a
// level "区" trimmed from 新区) but not 浦东, so "黔东南州有哪些方案?" and "浦东的任务" name no place.
func TestRev70_PlaceShortFormsAsTyped(t *testing.T) {
	body := "\n\n一、重点任务\n1.推进景区提质升级，9月底前完成。（责任单位：文化和旅游局）\n2.开展旅游招商活动，年内签约项目20个。（责任单位：商务局）\n"
	dir := rev70Directory(t,
		"黔东南苗族侗族自治州2025年文旅产业发展工作方案"+body,
		"湘西土家族苗族自治州2025年文旅产业发展工作方案"+body,
		"上海市浦东新区2025年文旅产业发展工作方案"+body)
	for _, tc := range []struct{ typed, city string }{
		{"黔东南州", "黔东南苗族侗族自治州"},
		{"湘西州", "湘西土家族苗族自治州"},
		{"浦东", "上海市浦东新区"},
	} {
		if got := dir.ResolveCity(tc.typed); got != tc.city {
			t.Errorf("ResolveCity(%s) = %q; want %q", tc.typed, got, tc.city)
		}
	}
}

// TestRev70_ReformEraBureauShortNames: the 2019 reform gave counties bureaus with long formal names,
// which everyone calls by short ones: 区文化广播电视和旅游局 is the 文旅局 (or 文广旅局), 市投资促进局 the
// 投促局. The alias table folds 文旅局 with 文化和旅游局 and 文化广电和旅游局, but not with the
// 文化广播电视和旅游局 most counties name, nor 投促局: a liaison who asks "文旅局有哪些任务?" or
// "投促局牵头什么?" is told the unit is unknown.
func TestRev70_ReformEraBureauShortNames(t *testing.T) {
	dir := rev70Directory(t, "四川省宜宾市南溪区2025年文旅产业招商工作方案\n\n一、重点任务\n"+
		"1.推进景区提质升级，9月底前完成。（牵头单位：区文化广播电视和旅游局；配合单位：区发展和改革局）\n"+
		"2.开展文旅项目招商，年内签约项目20个。（牵头单位：区投资促进局；配合单位：区文化广播电视和旅游局）\n")
	for _, tc := range []struct{ typed, unit string }{
		{"文旅局", "区文化广播电视和旅游局"},
		{"文广旅局", "区文化广播电视和旅游局"},
		{"投促局", "区投资促进局"},
	} {
		refs := dir.Resolve(tc.typed, "")
		if !slices.ContainsFunc(refs, func(r UnitRef) bool { return r.Name == tc.unit }) {
			t.Errorf("Resolve(%s) = %v; want %s", tc.typed, refs, tc.unit)
		}
	}
}
