package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestStop32Forms: forms of stop 32's new material (role forms, corpus round 49), each read the way
// the corpus README says.
func TestStop32Forms(t *testing.T) {
	t.Run("a group heading's 组长单位 leads and its 成员单位 take part, the heading no task", func(t *testing.T) {
		checkTasks(t, "某县2024年工作方案\n一、任务\n（二）住房保障组（组长单位：县住建局；成员单位：县财政局、县自然资源局、县税务局）\n1.筹集保障性租赁住房500套，2024年底前完成配租。\n2.推进城中村改造。\n", []taskWant{
			{number: "1", lead: []string{"县住建局"}, partic: []string{"县财政局", "县自然资源局", "县税务局"}, dates: []string{"2024-12-31 by"}},
			{number: "2", lead: []string{"县住建局"}, partic: []string{"县财政局", "县自然资源局", "县税务局"}},
		})
	})
}

// TestStop32Dates: date forms of deadline-forms-6 the parser read otherwise before stop 32.
func TestStop32Dates(t *testing.T) {
	checkDateCases(t, 2024, []dateCase{
		{"a span whose start is marked with 起", "2024年6月1日起至12月31日，开展农村道路交通安全“百日攻坚”行动。", "2024-12-31 by"},
		{"a span of years from a start year", "2025年起至2027年，每年新增城镇就业5000人以上。", "2027-12-31 target"},
		{"a past year's statistic is no goal", "2023年，全市实现地区生产总值3200亿元，同比增长6.2%。", ""},
		{"a start alone is none", "本办法自2024年3月1日起施行。", ""},
		{"a span of this year's months (自今年9月至12月)", "我局决定自今年9月至12月开展为期四个月的安全生产攻坚行动。", "2024-12-31 by"},
		{"when a body was made is no deadline (成立于)", "市农业产业化龙头企业协会成立于2019年，现有会员企业126家，要组织企业参加各类展会。", ""},
		{"a law's edition is no deadline ((2021年修正))", "按照《中华人民共和国安全生产法》（2021年修正）第三十八条规定，督促生产经营单位建立制度。", ""},
		{"a goal to be built by a date (建成于) stays a deadline", "该项目预计建成于2025年底，届时新增床位500张。", "2025-12-31 by"},
		{"评比 before a date is no comparison", "组织开展最美庭院评比10月底前完成。", "2024-10-31 by"},
		{"this year's months already done are no deadline", "今年3-5月已完成排查房屋1.2万户。", ""},
		{"how long a measure runs (暂定至) is its deadline", "受疫情影响的企业可申请缓缴，实施时限暂定至 2024 年底。", "2024-12-31 by"},
	})
	t.Run("time cells: a day, a year's scope, under a 截止日期 header", func(t *testing.T) {
		checkTasks(t, "某县2024年重点工作任务分解表\n序号 | 工作内容 | 责任单位 | 截止日期\n1 | 报送年度重点项目投资计划 | 各乡镇 | 1月20日\n2 | 完成经济普查数据开发应用 | 县统计局 | 2024年度\n", []taskWant{
			{number: "1", lead: []string{"各乡镇"}, dates: []string{"2024-01-20 by"}},
			{number: "2", lead: []string{"县统计局"}, dates: []string{"2024-12-31 by"}},
		})
	})
}

// TestStop32Roles: who takes part after a 牵头 in its sentence.
func TestStop32Roles(t *testing.T) {
	t.Run("subjects after a 牵头 in its sentence doing their share take part", func(t *testing.T) {
		checkTasks(t, formHead+"1.强化组织领导。本次专项行动由区安委会牵头组织，各有关部门负责具体实施。\n", []taskWant{
			{number: "1", lead: []string{"区安委会"}, partic: []string{"各有关部门"}},
		})
		checkTasks(t, formHead+"1.依托市绿化委员会，建立由市绿化市容局牵头，市相关部门和各相关区政府组成的推进机制，负责统筹协调规划建设工作。\n", []taskWant{
			{number: "1", lead: []string{"市绿化市容局"}, partic: []string{"市相关部门", "各相关区政府"}},
		})
	})
	t.Run("one the work is handed to with 由 does not merely take part", func(t *testing.T) {
		checkTasks(t, formHead+"1.由市消防救援支队牵头组织成立工作组，工作组成立后，由各轨道交通车站具体负责“三联机制”的建设和实施。\n", []taskWant{
			{number: "1", lead: []string{"市消防救援支队", "各轨道交通车站"}},
		})
	})
	t.Run("各牵头单位 is a name, not a lead's verb", func(t *testing.T) {
		checkTasks(t, formHead+"1.各牵头单位要于每月5日前报送进展，区效能办负责汇总通报。\n", []taskWant{
			{number: "1-1", lead: []string{"各牵头单位"}, rules: []string{"FREQ=MONTHLY;BYMONTHDAY=5"}},
			{number: "1-2", lead: []string{"区效能办"}},
		})
	})
}

// TestProcedureFields: a measure whose items are the fields of its procedure (适用范围, 办理流程,
// 办理时限, then 责任单位) is one task answered for by the last field's units.
func TestProcedureFields(t *testing.T) {
	d := checkTasks(t, "某市实施细则\n一、优化土地出让方式\n（一）适用范围：热点区域的重点地块。\n（二）办理流程：编制出让方案时，采取拍卖方式进行出让。\n（三）办理时限：5个工作日。\n（四）责任单位及承办科室：市自然资源局，储备中心。\n二、推动项目平稳交付\n（一）保持房地产贷款平稳增长。督促金融机构加大支持力度。\n（二）做好按揭贷款纾困工作。\n（三）责任单位：人民银行市中心支行。\n", []taskWant{
		{number: "一", lead: []string{"市自然资源局", "储备中心"}},
		{number: "(一)", lead: []string{"人民银行市中心支行"}},
		{number: "(二)", lead: []string{"人民银行市中心支行"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "热点区域的重点地块") || !strings.Contains(d.Tasks[0].Text, "拍卖方式") {
		t.Errorf("the fields are the task's text: %q", d.Tasks[0].Text)
	}
}

// TestStop32PageHead: a page's menu entry is no title; a flattened label table keeps its bars.
func TestStop32PageHead(t *testing.T) {
	text := "邯郸市某县人民政府-政府信息公开指南\n·规划信息\n·政务公开事项清单\n政府信息\n关于支持房地产业良性循环和健康发展的十条政策措施\n发布日期：｜\n2022.07.15\n｜\n文      号：｜\n｜\n关于支持房地产业良性循环和健康发展的\n十条政策措施\n一、推行“交房即交证”制度。（责任单位：县住建局）\n"
	d, err := ParseText("page.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "关于支持房地产业良性循环和健康发展的十条政策措施" {
		t.Errorf("title %q", d.Title)
	}
	if d.Published.String() != "2022-07-15" {
		t.Errorf("published %v, want 2022-07-15", d.Published)
	}
}

// TestComparedDay: a day a figure is compared with (较6月末) is no deadline.
func TestComparedDay(t *testing.T) {
	got := ParseDeadlinesIn("争取2022年底房地产贷款余额总量较6月末有所上升。", 2022)
	if len(got) != 1 || got[0].Date.String() != "2022-12-31" {
		t.Errorf("got %+v, want the year's end alone", got)
	}
	t.Run("主责 and 协同 are labels", func(t *testing.T) {
		checkTasks(t, formHead+"1.推动公共数据有序开放。（主责：市大数据管理局；协同：市级各有关部门）\n", []taskWant{
			{number: "1", lead: []string{"市大数据管理局"}, partic: []string{"市级各有关部门"}},
		})
	})
	t.Run("marked parts joined by 、 end with a long marker of responsibility too (具体负责)", func(t *testing.T) {
		checkTasks(t, formHead+"1.深化农村综合改革。（县委农办牵头、县农业农村局具体负责、县财政局等单位配合）\n", []taskWant{
			{number: "1", lead: []string{"县委农办"}, partic: []string{"县农业农村局", "县财政局"}},
		})
	})
	t.Run("a marker followed by 工作 (做好服务与配合工作) still marks its units", func(t *testing.T) {
		checkTasks(t, formHead+"1.继续开展国有企业软件正版化工作。（区国资局牵头，区联席会议办公室做好服务与配合工作）\n", []taskWant{
			{number: "1", lead: []string{"区国资局"}, partic: []string{"区联席会议办公室"}},
		})
	})
	t.Run("由X会同A、B、C选择…: those X acts with take part, whatever verb follows", func(t *testing.T) {
		checkTasks(t, formHead+"1.开展停车共享示范。由区静态交通领导小组办公室会同机管局、房管局、南桥镇选择停车矛盾突出的住宅小区，开展示范项目创建。\n", []taskWant{
			{number: "1", lead: []string{"区静态交通领导小组办公室"}, partic: []string{"机管局", "房管局", "南桥镇"}},
		})
	})
	t.Run("under a unit's heading, a duty helping another makes that one lead; 会同 Y makes Y take part", func(t *testing.T) {
		checkTasks(t, "某区2024年工作方案\n一、任务\n（八）区财政局\n1.配合区发改局做好政府投资项目资金保障和绩效评价。\n2.会同区医保局推进按病种分值付费改革。\n3.做好预算执行。\n", []taskWant{
			{number: "1", lead: []string{"区发改局"}, partic: []string{"区财政局"}},
			{number: "2", lead: []string{"区财政局"}, partic: []string{"区医保局"}},
			{number: "3", lead: []string{"区财政局"}},
		})
	})
}

// TestTerseDuties: terse duties of every period ("月排查、季督导、年考核", "半年评估、年终考核").
func TestTerseDuties(t *testing.T) {
	for text, want := range map[string]string{
		"按照“月排查、季督导、年考核”的要求，持续开展隐患排查治理。": "FREQ=MONTHLY|FREQ=MONTHLY;INTERVAL=3|FREQ=YEARLY",
		"建立“按月调度、按季通报、半年评估、年终考核”工作机制。":   "FREQ=MONTHLY|FREQ=MONTHLY;INTERVAL=3|FREQ=MONTHLY;INTERVAL=6|FREQ=YEARLY",
		"实行“周报告、月通报、季讲评”制度，每周一上午10时前报送。": "FREQ=WEEKLY|FREQ=MONTHLY|FREQ=MONTHLY;INTERVAL=3",
	} {
		var got []string
		for _, r := range ParseRecurring(text) {
			got = append(got, r.Rule.String())
		}
		slices.Sort(got)
		w := strings.Split(want, "|")
		slices.Sort(w)
		if !slices.Equal(got, w) {
			t.Errorf("%s: got %v, want %v", text, got, w)
		}
	}
}

// TestReviewOfStop32Rules: what a review of stop 32's rules found them misreading.
func TestReviewOfStop32Rules(t *testing.T) {
	t.Run("a duty helping a body named by its kind stays the unit's own", func(t *testing.T) {
		checkTasks(t, "某区2024年工作方案\n一、各部门职责\n（一）区财政局\n1.配合有关部门做好项目资金保障工作。\n2.配合省、市财政部门开展专项检查。\n", []taskWant{
			{number: "1", lead: []string{"区财政局"}},
			{number: "2", lead: []string{"区财政局"}},
		})
	})
	t.Run("a unit whose name holds 由 (自由贸易试验区) takes part after a 牵头", func(t *testing.T) {
		checkTasks(t, formHead+"1.强化组织领导。本项工作由市商务局牵头，自由贸易试验区管委会、市发改委负责具体实施。\n", []taskWant{
			{number: "1", lead: []string{"市商务局"}, partic: []string{"自由贸易试验区管委会", "市发改委"}},
		})
	})
	t.Run("half of a year and a result used are no terse duties", func(t *testing.T) {
		for _, text := range []string{"上半年开展自查，下半年督查。", "年终考核结果作为评先评优的重要依据。"} {
			if rs := ParseRecurring(text); len(rs) > 0 {
				t.Errorf("%s: got %v", text, rs)
			}
		}
	})
}
