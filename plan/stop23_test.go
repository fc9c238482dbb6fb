package plan

import "testing"

// TestFormsStop23 holds the forms this stop's rules read, each grown from a dev plan of the corpus
// and written here in other words (another place, other units), so that the rule is tested, not
// the plan.
func TestFormsStop23(t *testing.T) {
	t.Run("各有关部门和单位 is one party; a unit and a unit after 和 are two", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、保障措施\n（一）加强宣传。各县、各有关部门和单位要做好政策解读。\n（二）加强督查。市督查室和市财政局要定期检查。\n", []taskWant{
			{number: "(一)", lead: []string{"各县", "各有关部门和单位"}},
			{number: "(二)", lead: []string{"市督查室", "市财政局"}},
		})
	})
	t.Run("a sector's 主管部门 opens its own sentence though 建设 is a verb", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、重点任务\n（一）加强源头管理。交通主管部门要督促运输企业落实台账。建设主管部门要督促施工单位编制处理方案。\n", []taskWant{
			{number: "(一)-1", lead: []string{"交通主管部门"}},
			{number: "(一)-2", lead: []string{"建设主管部门"}},
		})
	})
	t.Run("an occasion between a subject and its modal", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、重点任务\n（一）加强验收管理。市住建局要完善验收标准。市城管局在工程竣工验收前，要对垃圾处置情况进行核查。\n", []taskWant{
			{number: "(一)-1", lead: []string{"市住建局"}},
			{number: "(一)-2", lead: []string{"市城管局"}},
		})
	})
	t.Run("a named unit's own duty before its 配合 makes it a lead; a role group still supports", func(t *testing.T) {
		checkTasks(t, "某市方案\n一、重点任务\n（一）强化回收利用。市商务局要推动回收网点建设；市房管局要做好小区分拣管理，配合市商务局提升回收率。\n（二）压实责任。市发改委要统筹推进。各配合单位要主动作为，积极配合。\n", []taskWant{
			{number: "(一)-1", lead: []string{"市商务局"}},
			{number: "(一)-2", lead: []string{"市房管局"}},
			{number: "(二)", lead: []string{"市发改委"}, partic: []string{"各配合单位"}},
		})
	})
	t.Run("an aims section's dated item is the plan's period", func(t *testing.T) {
		checkTasks(t, "某区推进口袋公园建设的实施方案\n一、目标任务\n（一）到2026年，全区建成口袋公园30个。\n（二）到2035年，实现口袋公园全覆盖。\n二、职责分工\n（一）区绿化局负责编制年度建设计划。\n", []taskWant{
			{number: "(一)", dates: []string{"2026-12-31 target"}},
			{number: "(二)", dates: []string{"2035-12-31 target"}},
			{number: "(一)", lead: []string{"区绿化局"}, dates: []string{"2026-12-31 target"}},
		})
	})
	t.Run("a stage heading whose bracket says 前 dates its steps; 成立工作专班 is no unit", func(t *testing.T) {
		checkTasks(t, "某县农房排查方案\n三、工作步骤\n（一）动员部署（2021年3月15日前）\n1.成立工作专班。各乡镇要成立排查工作专班。\n（二）全面排查（2021年9月底前）\n1.开展排查。各乡镇组织人员逐户排查。\n", []taskWant{
			{number: "1", lead: []string{"各乡镇"}, dates: []string{"2021-03-15 by"}},
			{number: "1", lead: []string{"各乡镇"}, dates: []string{"2021-09-30 by"}},
		})
	})
}

// TestDatePhrasesStop23 reads the date phrases this stop added.
func TestDatePhrasesStop23(t *testing.T) {
	for _, c := range []struct {
		name, text string
		year       int
		want       []string
	}{
		{"two years that open a clause together", "2023年和2024年由区财政统一保障经费。", 2023, []string{"2023-12-31", "2024-12-31"}},
		{"a year inside a sentence after 和 is no deadline", "落实2024年和2025年预算安排。", 2023, nil},
		{"a year the work is completed in", "负责2019年完成全部改造。", 2019, []string{"2019-12-31"}},
		{"a year the work is reported in is no deadline", "截至2023年完成投资5亿元。", 2023, nil},
		{"“十一” is National Day", "在“十一”前完成集中整治。", 2024, []string{"2024-09-30"}},
		{"“十一” holidays", "“十一”长假前完成安全检查。", 2024, []string{"2024-09-30"}},
		{"a festival's 假期", "国庆假期前完成排查。", 2024, []string{"2024-09-30"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(c.text, c.year) {
				got = append(got, d.Date.String())
			}
			if !sameStrings(got, c.want) {
				t.Errorf("%q: %v, want %v", c.text, got, c.want)
			}
		})
	}
}

func TestFormsStop23More(t *testing.T) {
	t.Run("a unit's other name on its own line of a cell is one unit", func(t *testing.T) {
		checkTasks(t, "某区改革实施方案\n附件\n任务清单\n\n序号\n\n任务\n\n完成时间\n\n责任单位\n\n配合单位\n\n1\n\n完成区级实施方案制定\n\n2025年6月\n\n区建设管理委\n（区水务局）\n\n各成员单位\n\n2\n\n建立移交清单\n\n2025年9月\n\n区建设管理委\n（区水务局）\n区城投集团\n\n区财政局\n", []taskWant{
			{number: "1", lead: []string{"区建设管理委"}, partic: []string{"各成员单位"}},
			{number: "2", lead: []string{"区建设管理委", "区城投集团"}, partic: []string{"区财政局"}},
		})
	})
	t.Run("会同 ends at the verb of what they do together; 按照 opens no subject", func(t *testing.T) {
		checkTasks(t, "某区方案\n一、重点任务\n1.审核运维成本。由区住建委会同区财政局审核后上报市水务局。\n2.明确考核要求。原则按照市水务局牵头制定的考核办法执行。\n", []taskWant{
			{number: "1", lead: []string{"区住建委"}, partic: []string{"区财政局"}},
			{number: "2"},
		})
	})
}

func TestFormsStop23Lead(t *testing.T) {
	checkTasks(t, "某片区整治方案\n一、工作安排\n（一）预案阶段（2024年5月6日-10日）由综合执法处牵头，联合派出所开展占道经营整治。\n（二）巡查阶段（2024年5月13日-17日）由经济发展处牵头，组织市场监管所、社会事务处和相关单位开展巡查。\n（三）由区商务局牵头，组织开展促消费活动。\n", []taskWant{
		{number: "(一)", lead: []string{"综合执法处"}, partic: []string{"派出所"}, dates: []string{"2024-05-10 by"}},
		{number: "(二)", lead: []string{"经济发展处"}, partic: []string{"市场监管所", "社会事务处", "相关单位"}, dates: []string{"2024-05-17 by"}},
		{number: "(三)", lead: []string{"区商务局"}},
	})
}

func TestFormsStop23Round30(t *testing.T) {
	t.Run("a schedule section states the plan's period; a span's start is no deadline; 部署 is no unit", func(t *testing.T) {
		checkTasks(t, "某区试点工作方案\n一、主要任务\n（一）建立入市项目库。（责任单位：区规划资源局）\n二、实施步骤\n本区试点工作从2024年3月启动，至2025年底结束，分为准备部署、组织实施、试点总结三个阶段。\n", []taskWant{
			{number: "(一)", lead: []string{"区规划资源局"}, dates: []string{"2025-12-31 target"}},
		})
		checkTasks(t, "某区试点工作方案\n一、实施步骤\n本区试点工作从2024年3月启动，至2025年底结束，分为准备部署、组织实施、试点总结三个阶段。\n（一）准备部署阶段（2024年5月前）\n完成试点方案。（责任单位：区规划资源局）\n", []taskWant{
			{number: "(一)", lead: []string{"区规划资源局"}, dates: []string{"2024-05-31 by"}},
		})
		if looksLikeUnit("分为准备部署") || !looksLikeUnit("审计署") {
			t.Error("部署 is a verb, 审计署 an office")
		}
	})
	t.Run("a flattened table of units and their duties", func(t *testing.T) {
		checkTasks(t, "某区整治方案\n一、任务\n1.开展整治。（责任单位：区规划资源局）\n附件\n成员单位职责分工\n\n单位\n\n职责分工\n\n区发展改革委\n\n负责整治项目完善用地手续的立项工作。\n\n区财政局\n\n负责协调整治项目政府资金补贴处置工作。\n", []taskWant{
			{number: "1", lead: []string{"区规划资源局"}},
			{number: "1", lead: []string{"区发展改革委"}},
			{number: "2", lead: []string{"区财政局"}},
		})
	})
	t.Run("the units right after 牵头 take part; 各X、单位 is one party", func(t *testing.T) {
		checkTasks(t, "某区方案\n一、任务\n1.建立项目库。区规划资源局牵头各街镇建立健全项目计划库。\n2.报送统计。各属地街镇、单位要及时报送统计表。\n3.制定方案。区发改委牵头制定实施方案。\n", []taskWant{
			{number: "1", lead: []string{"区规划资源局"}, partic: []string{"各街镇"}},
			{number: "2", lead: []string{"各属地街镇、单位"}},
			{number: "3", lead: []string{"区发改委"}},
		})
	})
}

func TestZoneAreaIssuer(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"an area's bureau of a zone, as the page's 发布机构", "标题: 某某通知\n发布机构: 平潭综合实验区苏平片区管理局\n某某工作方案\n一、任务\n1.开展整治。（责任单位：社会事业处）\n", "福州市平潭县"},
		{"a zone's committee, as the page's 发布机构", "发布机构: 平潭综合实验区管委会\n某某工作方案\n一、任务\n1.开展整治。（责任单位：区经发局）\n", "福州市平潭县"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("z.txt", tc.text, Options{})
			if err != nil || d.City != tc.want {
				t.Errorf("city %q (err %v), want %q", d.City, err, tc.want)
			}
		})
	}
}

func TestActionOnBodiesIsNoParty(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{{"强化部门", false}, {"加强单位", false}, {"一是强化部门", false}, {"建设部门", true}, {"执法部门", true}, {"区发展改革委", true}} {
		if got := isParty(enumWord.ReplaceAllString(c.s, "")); got != c.want {
			t.Errorf("isParty(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestItemTitleAsLabel(t *testing.T) {
	checkTasks(t, "某区方案\n一、整治内容\n1.永久基本农田调整补划涉及违法项目：各乡镇人民政府、各相关部门要将调整补划范围内的地块作为监管重点。\n2.卫片违法项目：2019年度卫片执法检查发现违法用地，具体以正式上报数据为准。\n", []taskWant{
		{number: "1", lead: []string{"各乡镇人民政府", "各相关部门"}},
	})
}
