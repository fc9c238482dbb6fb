package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestDatePhrasesStop40: the date phrases deadline forms 13 taught (written by a helper who read no
// code; its misses were open material this stop).
func TestDatePhrasesStop40(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a month in words with its part", "十二月中旬完成交工验收。", []string{"2025-12-20 by"}},
		{"a span of months in words", "本次普查登记工作于十一月一日至十二月三十一日进行。", []string{"2025-12-31 by"}},
		{"once a month is no month", "一月一调度，一季度一通报。", nil},
		{"a count done by a month", "截至7月底，全市58个重点项目已开工49个。", nil},
		{"a count to reach by year end", "截至年底，全市累计建成充电桩500个以上。", []string{"2025-12-31 target"}},
		{"a share of a goal", "到2026年底，全市建成口袋公园100个，其中2025年建成60个。", []string{"2025-12-31 target", "2026-12-31 target"}},
		{"a share due by a day stays a deadline", "到2026年底建成100个，其中2025年6月底前建成60个。", []string{"2025-06-30 by", "2026-12-31 target"}},
		{"the period a figure counts", "统计时段为2023年10月1日至2024年9月30日，数据来源为统计年报。", nil},
		{"the Spring Festival after late-year work", "11月中旬前完成消防设施检测，春节前开展一轮全覆盖检查。", []string{"2025-11-20 by", "2026-02-16 by"}},
		{"the Spring Festival after National Day in quotes", "“国庆”前完成价格检查全覆盖，春节前开展第二轮检查。", []string{"2025-09-30 by", "2026-02-16 by"}},
		{"the Spring Festival alone is this year's", "春节前完成农民工工资清欠。", []string{"2025-01-28 by"}},
		{"a span a weekly duty runs in", "6月至8月每周向家长推送一次安全提醒。", nil},
		{"a step set for a month", "第二轮督查于9月开展，重点检查任务推进情况。", []string{"2025-09-30 by"}},
		{"a start set for a month", "计划5月开工，年底前完成主管网铺设。", []string{"2025-05-31 by", "2025-12-31 by"}},
		{"a start that happened", "该项目已于3月开工建设。", nil},
		{"shares of a ratio's goal", "到2027年，比值达到2.8:1，其中2025年达到2.5:1、2026年达到2.65:1。", []string{"2025-12-31 target", "2026-12-31 target", "2027-12-31 target"}},
		{"a goal's year carries into no later sentence", "到2027年全市城区实现全覆盖。6月底前完成选址布点。", []string{"2025-06-30 by", "2027-12-31 target"}},
		{"a year in two digits before its month", "完成方案编制，25年12月底前完成首批项目立项。", []string{"2025-12-31 by"}},
		{"a span of years in two digits is no date", "用15年时间完成改造。", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	// Once in a period, the act a few words on: a duty.
	for _, tc := range []struct {
		text string
		want int
	}{
		{"6月至8月每周向家长推送一次安全提醒。", 1},
		{"建立“周调度、月通报、季考核、年总评”工作机制。", 4},
		{"重点项目实行“半月一调度、一月一通报、一季一督查”。", 3},
		{"每年新增一次性补贴100万元。", 0},
	} {
		if got := len(ParseRecurring(tc.text)); got != tc.want {
			t.Errorf("%q: %d recurring duties, want %d", tc.text, got, tc.want)
		}
	}
	// A season in brackets is when duties run, not a stage to finish; a stage's month with 份 is one.
	checkTasks(t, formHead+"1.主汛期（6月1日至9月30日）实行24小时领导带班和专人值班制度。（责任单位：市水利局）\n", []taskWant{
		{number: "1", lead: []string{"市水利局"}},
	})
	checkTasks(t, formHead+"（一）总结提升阶段（10月份）\n1.全面总结专项行动成效。（责任单位：市商务局）\n", []taskWant{
		{number: "1", lead: []string{"市商务局"}, dates: []string{"2025-10-31 by"}},
	})
}

// TestRolesStop40: builders, overseers and scorers, as role forms 14 taught.
func TestRolesStop40(t *testing.T) {
	checkTasks(t, formHead+
		"1.建设城东片区海绵城市改造项目。（建设主体：市城投集团；监管单位：市住房和城乡建设局）\n"+
		"2.实施农村人居环境整治提升项目。牵头单位：市农业农村局；实施主体：各乡镇（街道）\n"+
		"3.完成背街小巷改造提升。（责任单位：市住房和城乡建设局；督办单位：市政府督查室）\n"+
		"4.将耕地保护目标责任纳入年度综合考核。（责任单位：市自然资源局；考核单位：市委组织部）\n", []taskWant{
		{number: "1", lead: []string{"市城投集团"}, partic: []string{"市住房和城乡建设局"}},
		{number: "2", lead: []string{"市农业农村局"}, partic: []string{"各乡镇（街道）"}},
		{number: "3", lead: []string{"市住房和城乡建设局"}},
		{number: "4", lead: []string{"市自然资源局"}},
	})
	// A table's builder column: the row's units when no other column names them.
	checkTasks(t, formHead+"序号｜项目名称｜建设内容｜建设主体｜监管单位\n8｜城北污水处理厂扩建｜新增处理规模3万吨/日｜市水务集团有限公司｜市水务局\n", []taskWant{
		{number: "8", lead: []string{"市水务集团有限公司"}, partic: []string{"市水务局"}},
	})
}

// TestGluedAndSpacedStop40: names a page ran together, and markers and labels whose comma or
// semicolon the page turned into spaces.
func TestGluedAndSpacedStop40(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"中国移动漳州分公司中国电信漳州分公司中国联通漳州分公司", []string{"中国移动漳州分公司", "中国电信漳州分公司", "中国联通漳州分公司"}},
		{"镇财政所镇农业综合服务中心", []string{"镇财政所", "镇农业综合服务中心"}},
		{"人民银行市中心支行", []string{"人民银行市中心支行"}},
		{"市城市管理局", []string{"市城市管理局"}},
		{"运行“社区安全隐患指数平台”", []string{"运行“社区安全隐患指数平台”"}},
	} {
		if got := splitGluedNames(tc.in); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("splitGluedNames(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	checkTasks(t, formHead+
		"1.开展燃气安全专项整治。（市城市管理局牵头 市应急管理局 市市场监管局 各区人民政府配合）\n"+
		"2.推进禁捕退捕，常态化开展联合执法。主责：市农业农村局\u3000协同：市公安局、市市场监管局\n", []taskWant{
		{number: "1", lead: []string{"市城市管理局"}, partic: []string{"市应急管理局", "市市场监管局", "各区人民政府"}},
		{number: "2", lead: []string{"市农业农村局"}, partic: []string{"市公安局", "市市场监管局"}},
	})
}

// TestSharedBodyStop40: places listed alone share the body the last one names.
func TestSharedBodyStop40(t *testing.T) {
	for _, tc := range []struct {
		in, want []string
	}{
		{[]string{"海东市", "兰州市", "临夏州发展改革部门"}, []string{"海东市发展改革部门", "兰州市发展改革部门", "临夏州发展改革部门"}},
		{[]string{"嘉定区", "松江区政府"}, []string{"嘉定区政府", "松江区政府"}},
		{[]string{"鹿城区", "瓯海区"}, []string{"鹿城区", "瓯海区"}},
		{[]string{"市发改委", "市财政局"}, []string{"市发改委", "市财政局"}},
		{[]string{"各区", "县级市人民政府"}, []string{"各区", "县级市人民政府"}},
	} {
		if got := sharedBody(tc.in); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("sharedBody(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestGoalTextStop40: an item's goal ("1．行动目标") is part of the words of the one task under it.
func TestGoalTextStop40(t *testing.T) {
	d := checkTasks(t, formHead+"（一）“互联网+”现代农业\n1．行动目标。全面推进互联网与农业生产融合发展。到2026年，农业现代化水平明显提升。\n2．主要任务。建设农业物联网测控体系。牵头单位：市农业农村局\n", []taskWant{
		{number: "2", lead: []string{"市农业农村局"}, dates: []string{"2026-12-31 target"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "全面推进互联网与农业生产融合发展") {
		t.Errorf("the goal is not in the task's words: %q", d.Tasks[0].Text)
	}
}

// TestSectionsStop40: a section named alone after its bureau in a list (市交通委港务监管处、科技信息处)
// is found by its full name when the plan's list ties it to that bureau (Directory.SectionBureaus; a
// lone 综合处 elsewhere may be any bureau's), and a section named with its bureau is found by the
// section's own name.
func TestSectionsStop40(t *testing.T) {
	d, err := ParseText("s.txt", formHead+"1.完善码头岸电设施建设。（牵头部门：市交通委港务监管处、科技信息处）\n2.健全岸电数据报送制度。（牵头部门：市交通委科技信息处）\n3.发展智慧物流。（牵头单位：区经发局发改处）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := NewDirectory([]*Document{d}, DefaultAliases())
	names := func(refs []UnitRef) []string {
		var out []string
		for _, r := range refs {
			out = append(out, r.Name)
		}
		return out
	}
	if got := names(dir.Resolve("市交通委科技信息处", "")); !slices.Contains(got, "科技信息处") || !slices.Contains(got, "市交通委科技信息处") {
		t.Errorf("市交通委科技信息处 resolves to %v, want both its names", got)
	}
	if got := names(dir.Resolve("发改处", "")); !slices.Contains(got, "区经发局发改处") {
		t.Errorf("发改处 resolves to %v, want 区经发局发改处", got)
	}
}

// TestSupportClausesStop40: a later subject in a lead's sentence that only supports its work
// (给予…保障, 加强监督, 跟踪督办, 派员指导, 拨付资金, 做好协调服务) takes part in it.
func TestSupportClausesStop40(t *testing.T) {
	checkTasks(t, formHead+
		"1.经济技术开发区管委会负责园区标准厂房建设，区财政局、区自然资源分局给予资金和用地要素保障。\n"+
		"2.各乡镇要在春耕前完成小型农田水利设施维修，县水利局派员进行技术指导，县财政局及时拨付维修补助资金。\n"+
		"3.市水务集团负责推进城区二次供水设施改造，市住建局、市卫生健康委加强监督。\n"+
		"4.县住建局负责督促黄龙镇于7月15日前整改到位，县城管局跟踪督办。\n"+
		"5.东城街道负责老旧小区加装电梯居民协调工作，区住建局提供技术指导。\n"+
		"6.国网荆门供电公司负责配电网升级改造，市发展改革委（市能源局）做好项目协调服务。\n", []taskWant{
		{number: "1", lead: []string{"经济技术开发区管委会"}, partic: []string{"区财政局", "区自然资源分局"}},
		{number: "2", lead: []string{"各乡镇"}, partic: []string{"县水利局", "县财政局"}},
		{number: "3", lead: []string{"市水务集团"}, partic: []string{"市住建局", "市卫生健康委"}},
		{number: "4", lead: []string{"县住建局"}, partic: []string{"县城管局"}, dates: []string{"2025-07-15 by"}},
		{number: "5", lead: []string{"东城街道"}, partic: []string{"区住建局"}},
		{number: "6", lead: []string{"国网荆门供电公司"}, partic: []string{"市发展改革委"}},
	})
}

// TestLeadInSentenceStop40: a note that lists every unit as responsible, under a sentence that marks
// one of them 牵头: that one leads, the others take part.
func TestLeadInSentenceStop40(t *testing.T) {
	checkTasks(t, formHead+
		"1.创新实施服务业领域大招商工作。市发展改革委牵头抓总，市商务局、市金融办等相关部门协同，制定招商行动方案。（责任单位：市发展改革委、市商务局、市金融办）\n"+
		"2.建设物流园区。（责任单位：市发展改革委、市商务局）\n", []taskWant{
		{number: "1", lead: []string{"市发展改革委"}, partic: []string{"市商务局", "市金融办"}},
		{number: "2", lead: []string{"市发展改革委", "市商务局"}},
	})
}

// TestStandingStop40: a line that names the lead of every item below it ("注：未注明牵头单位的，均由X
// 牵头", "以下任务除注明外，均由X牵头，下同") is no task of its own and leads the items that name no
// 牵头; "本部分任务均由X负责落实" names X for each item.
func TestStandingStop40(t *testing.T) {
	checkTasks(t, formHead+"注：未注明牵头单位的，均由区应急管理局牵头。\n10. 开展城镇燃气安全专项整治。（区住建局、区市场监管局按职责分工负责）\n11. 开展消防安全检查。（区消防救援大队牵头，区住建局配合）\n", []taskWant{
		{number: "10", lead: []string{"区应急管理局"}, partic: []string{"区住建局", "区市场监管局"}},
		{number: "11", lead: []string{"区消防救援大队"}, partic: []string{"区住建局"}},
	})
	checkTasks(t, formHead+"（本部分任务均由各县（市、区）人民政府负责落实，以下不再列出）\n7. 完成农村危房改造和抗震改造1200户。（市住建局牵头）\n", []taskWant{
		{number: "7", lead: []string{"市住建局"}, partic: []string{"各县（市、区）人民政府"}},
	})
}

// TestTimeCellsStop40: "前三季度" alone in a time column is due by the third quarter's end.
func TestTimeCellsStop40(t *testing.T) {
	got := CellDeadlines("前三季度", 2025)
	if len(got) != 1 || got[0].Date.String() != "2025-09-30" || got[0].Kind != KindBy {
		t.Errorf("前三季度: %+v, want 2025-09-30 by", got)
	}
}

// TestHeaderlessRowStop40: a table's row with no header before it is read as its number, words, units
// and time.
func TestHeaderlessRowStop40(t *testing.T) {
	checkTasks(t, formHead+"18\t推进“互联网+医疗健康”示范建设\t市卫生健康委（牵头）、市医保局、市大数据中心\t2025年底\n"+
		"（五）｜开展“护苗”专项行动，净化校园周边文化环境｜县委宣传部｜2025年全年\n", []taskWant{
		{number: "18", lead: []string{"市卫生健康委"}, partic: []string{"市医保局", "市大数据中心"}, dates: []string{"2025-12-31 by"}},
		{number: "(五)", lead: []string{"县委宣传部"}, dates: []string{"2025-12-31 by"}},
	})
	if _, ok := headerlessRow("序号\t任务\t责任单位\t完成时限"); ok {
		t.Error("a header read as a row")
	}
}

// TestHeadingRespStop40: a heading's note naming units responsible leads the items below that name
// only helpers.
func TestHeadingRespStop40(t *testing.T) {
	checkTasks(t, formHead+"三、医疗保障（责任单位：市医保局）\n（二）推进医保支付方式改革。市卫健委配合。\n（三）完善医保目录。（责任单位：市卫健委）\n", []taskWant{
		{number: "(二)", lead: []string{"市医保局"}, partic: []string{"市卫健委"}},
		{number: "(三)", lead: []string{"市卫健委"}},
	})
}

// TestIntroLeadOverSupportStop40: the unit a list's introduction names leads an item whose sentence
// names only a unit that supports it; one that names a unit doing its own work keeps it.
func TestIntroLeadOverSupportStop40(t *testing.T) {
	checkTasks(t, formHead+"（二）市交通运输局负责以下工作：\n1. 推进城乡公交一体化。市财政局给予资金支持。\n2. 市财政局负责统筹城乡公交补贴资金。\n", []taskWant{
		{number: "1", lead: []string{"市交通运输局"}, partic: []string{"市财政局"}},
		{number: "2", lead: []string{"市财政局"}},
	})
	// A four-character unit before its part in the work is the whole name: not "市财政局参与制定补贴办".
	checkTasks(t, formHead+"1.市财政局参与制定补贴办法，由市商务局牵头。\n", []taskWant{
		{number: "1", lead: []string{"市商务局"}, partic: []string{"市财政局"}},
	})
}

// TestListNoiseStop40: "等市属国有企业" after a list widens it without naming a unit; "专班成员单位" run
// into the first name is the list's label.
func TestListNoiseStop40(t *testing.T) {
	checkTasks(t, formHead+"1.深化国有企业改革。市国资委牵头，市财政局配合，市城投集团、市交投集团等市属国有企业具体实施。\n"+
		"2.推进改革。经开区改革攻坚工作专班负责，专班成员单位经开区经济发展局、经开区财政金融局配合。\n", []taskWant{
		{number: "1", lead: []string{"市国资委"}, partic: []string{"市财政局", "市城投集团", "市交投集团"}},
		{number: "2", lead: []string{"经开区改革攻坚工作专班"}, partic: []string{"经开区经济发展局", "经开区财政金融局"}},
	})
}

// TestReviewStop40: stop 39's rules the review of its diff found misfiring (staging/rev40, F1–F4, F6).
func TestReviewStop40(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"F1: next year's work as a thing carries no year", "各单位要研究谋划明年重点工作，于11月30日前报送区发改委。", []string{"2025-11-30 by"}},
		{"F1: 近年来年均 holds no 来年", "近年来年均增长8%，6月底前完成项目验收。", []string{"2025-06-30 by"}},
		{"F1: a time of next year still carries", "明年一季度完成初稿，上半年正式出台。", []string{"2026-03-31 by", "2026-06-30 by"}},
		{"F2: a month whose work is a summing-up", "各单位于11月底总结活动开展情况，形成书面报告报送区委宣传部。", []string{"2025-11-30 by"}},
		{"F3: festivals months apart keep the later", "春节、“五一”前完成。", []string{"2025-04-30 by"}},
		{"F3: one holiday season takes the earlier eve", "中秋、国庆“双节”前完成。", []string{"2025-09-30 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, 2025, tc.want) })
	}
	for _, tc := range []struct {
		text string
		want string
	}{
		{"每年国庆期间开展旅游市场联合执法检查。", "FREQ=YEARLY"},
		{"每年国庆前开展一次检查。", "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=30"},
	} {
		rs := ParseRecurring(tc.text)
		if len(rs) != 1 || rs[0].Rule.String() != tc.want {
			t.Errorf("F6: %q: %v, want %s", tc.text, rs, tc.want)
		}
	}
	// F4: 联合 before 社区, 社工, 会员 is the verb; before the end of a name it is the name.
	checkTasks(t, formHead+"2.市民政局联合社工机构开展困境儿童关爱服务。\n", []taskWant{
		{number: "2", lead: []string{"市民政局"}, partic: []string{"社工机构"}},
	})
	d, err := ParseText("f4.txt", formHead+"1.县公安局联合社区网格员开展反诈宣传进万家活动。\n", Options{})
	if err != nil || len(d.Tasks) != 1 || strings.Join(d.Tasks[0].Lead, "") != "县公安局" {
		t.Errorf("F4: 县公安局联合社区…: %v, want 县公安局 leading", d)
	}
}
