package plan

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestStop31Forms: forms of stop 31's material, each a general rule.
func TestStop31Forms(t *testing.T) {
	t.Run("the units worked with end where a verb of the work begins", func(t *testing.T) {
		checkTasks(t, formHead+"1.梳理整改任务清单。由区旅游文体局、执法应急局会同各相关单位逐项梳理明确景区、非景区景点具体点位安全隐患的整改落实对应责任主体。\n", []taskWant{
			{number: "1", lead: []string{"区旅游文体局", "执法应急局"}, partic: []string{"各相关单位"}},
		})
	})
	t.Run("duties of every period: reports to someone, after a period ends, each term, by the year", func(t *testing.T) {
		for _, tc := range []struct{ text, want string }{
			{"各成员单位每半年向领导小组办公室书面报告一次工作进展", "FREQ=MONTHLY;INTERVAL=6"},
			{"各单位于每半年终了后15日内，向县大数据中心报送本单位政务数据共享情况", "FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=15"}, // review 51: days after the half year ends, not its end,
			{"各乡镇于年度终了后30日内，向县农业农村局报送年度工作总结", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30"},
			{"每季度结束后10个工作日内报送统计数据", "FREQ=MONTHLY;BYMONTH=1,4,7,10;BYMONTHDAY=14"},
			{"各中小学每学期开展一次校园安全隐患全面排查", "FREQ=MONTHLY;INTERVAL=6"},
			{"对各乡镇重点任务按年考核", "FREQ=YEARLY"},
			{"县级领导每人每季度至少走访联系企业2家", "FREQ=MONTHLY;INTERVAL=3"},
			{"逐年提高补助标准", ""},
			{"按年度分解下达任务", ""},
		} {
			var got []string
			for _, r := range ParseRecurring(tc.text) {
				got = append(got, r.Rule.String())
			}
			if want := []string{tc.want}; tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Equal(got, want) {
				t.Errorf("%s: got %v, want %q", tc.text, got, tc.want)
			}
		}
	})
	t.Run("an item that only names units names them for the items after it in its group", func(t *testing.T) {
		checkTasks(t, "某区打击非法采捕专项行动方案\n四、任务分工\n（一）打击船舶非法建造行动\n1.行动单位\n牵头单位：区经济发展局参加单位：区市场监督管理局、安全监督局\n2.工作重点。各乡镇要查清在建船舶的审批情况。\n（二）组织整治船舶行动\n1.各乡镇对本辖区内船舶进行摸排。（责任单位：各乡镇）\n", []taskWant{
			{number: "2", lead: []string{"区经济发展局"}, partic: []string{"区市场监督管理局", "安全监督局"}},
			{number: "1", lead: []string{"各乡镇"}},
		})
	})
	t.Run("the issuer printed after the plan's own number places it", func(t *testing.T) {
		text := "标题: 关于印发关于进一步加强渣土车安全监管工作实施意见的通知\n文号: 闽岚综实管办〔2014〕169号\n发布机构: \n==== 正文 ====\n" +
			"文件下载 相关链接： 闽岚综实管办〔2014〕169号 平潭综合实验区管委会办公室 印发关于进一步加强渣土车安全监管工作实施意见的通知 区直各单位：现将实施意见印发给你们。\n" +
			"关于进一步加强渣土车安全监管工作的实施意见\n一、工作职责\n1.区交通与建设局负责渣土车运输企业的资质管理。\n"
		d, err := ParseText("zt.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.City != "福州市平潭县" {
			t.Errorf("city %q, want 福州市平潭县", d.City)
		}
	})
	t.Run("a signature the page ran into the next words is the plan's date", func(t *testing.T) {
		for _, text := range []string{
			"某片区深化三资管理工作方案\n各村（社区）：现将《某片区深化三资管理工作方案》印发给你们，请认真抓好贯彻落实。 平潭综合实验区君山片区管理局 2023年8月20日某片区深化三资管理工作方案 一、工作任务 1.开展清查。（责任单位：农业农村处）\n",
			"某片区深化三资管理工作方案\n各村（社区）：现将《某片区深化三资管理工作方案》印发给你们，请认真抓好贯彻落实。\n平潭综合实验区君山片区管理局 2023年8月20日某片区深化三资管理工作方案\n一、工作任务\n1.开展清查。（责任单位：农业农村处）\n",
			"某局2023年政务公开工作实施方案\n机关各处室：《某局2023年政务公开工作实施方案》已经局研究同意，现印发给你们，请认真贯彻落实。\n附件：平潭综合实验区君山片区管理局2023年政务公开工作实施方案平潭综合实验区君山片区管理局2023年8月20日\n一、工作任务\n1.开展清查。（责任单位：农业农村处）\n",
		} {
			d, err := ParseText("sig.txt", text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if want := NewDay(2023, time.August, 20); d.Issued != want {
				t.Errorf("issued %v, want %v", d.Issued, want)
			}
		}
	})
	t.Run("an ordinal spaced out inside its brackets is the ordinal", func(t *testing.T) {
		// A real page ran its parts together and spaced its ordinals: "三、进度安排（ 一）强化组织领导
		// （7 月 10 日前）…四、工作要求（ 一）…（ 二）升级村级财务网上公开系统（10 月 31 日前）".
		b, err := os.ReadFile("testdata/corpus/dev/aw-fj-pingtan-2023-junshan-village-collective-assets-rectification-plan.txt")
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseText("js.txt", string(b), Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"强化组织领导": "2023-07-10", "升级村级财务网上公开系统": "2023-10-31"}
		for _, tk := range d.Tasks {
			for title, date := range want {
				if strings.HasPrefix(tk.Title, title) && len(tk.Deadlines) > 0 && tk.Deadlines[len(tk.Deadlines)-1].Date.String() == date && strings.HasPrefix(tk.Number, "(") {
					delete(want, title)
				}
			}
		}
		if len(want) > 0 {
			t.Errorf("items not read as numbered items with their dates: %v", want)
		}
	})
	t.Run("a clause that ends as a name does is no unit: 区财政拨付到区经发局", func(t *testing.T) {
		for _, s := range []string{"区财政拨付到区经发局", "区财政根据区经发局", "市财政依据市发改委"} {
			if looksLikeUnit(s) {
				t.Errorf("%s read as a unit", s)
			}
		}
		if !looksLikeUnit("区经发局") {
			t.Error("区经发局 is a unit")
		}
	})
	t.Run("a sentence whose parties work together (分工协作) is theirs", func(t *testing.T) {
		checkTasks(t, formHead+"1.各乡镇要亲自抓、负总责，成立处置工作领导小组，负责辖区内的处置工作。区公安、海事、交通等部门分工协作，共同抓好处置工作。\n", []taskWant{
			{number: "1-1", lead: []string{"各乡镇"}},
			{number: "1-2", lead: []string{"处置工作领导小组"}},
			{number: "1-3", lead: []string{"区公安部门", "区海事部门", "区交通部门"}},
		})
	})
	t.Run("a cohort's year dates nothing and gives no year; 本年度 is the plan's year", func(t *testing.T) {
		checkTasks(t, formHead+"1.对2019年12月31日前登记注册且连续经营的个体工商户给予一次性租金补贴。（责任单位：市财政局）\n2.计划改造2000年底前建成的老旧小区45个，6月底前全部开工。（责任单位：市住建局）\n3.本年度完成全县第三次土壤普查外业调查采样。（责任单位：市自然资源局）\n", []taskWant{
			{number: "1", lead: []string{"市财政局"}, dates: []string{}},
			{number: "2", lead: []string{"市住建局"}, dates: []string{"2025-06-30 by"}},
			{number: "3", lead: []string{"市自然资源局"}, dates: []string{"2025-12-31 by"}},
		})
	})
	t.Run("a task table run together with no row numbers is cut after each responsibility cell", func(t *testing.T) {
		row := func(words, cell string) string { return words + cell }
		text := "某区2016年“立项挂牌办理”任务分解表\n" + "存在问题整改目标和措施责任单位" +
			row("投资增长动力不足出台2016年度扩大有效投资的实施意见，谋划实施一批跨界投资项目。", "区经发局牵头，区交建局、电力公司、广电网络分公司") +
			row("创新应用各种投融资方式，总结推广PPP等建设运营模式。", "区财金局、经发局牵头，区环土局、社会事业局") +
			row("抓好2016年度省重点项目建设。", "区经发局牵头，区财金局、社会事业局") +
			row("中小企业困难较大落实涉企税费优惠政策，继续开展“阳光减负”行动。", "区经发局牵头，区财金局中心") +
			row("城市辐射带动力不够强推动区域中心城市发展。", "区经发局牵头") +
			row("实施火电超低排放改造，实施工业深度治理。", "区环土局牵头") +
			row("加大对困难行业企业的帮扶力度。", "区经发局牵头，区财金局、电力公司") + row("对省级制造业龙头企业、高成长企业实施调峰生产奖励。", "区经发局牵头，区财金局") + "\n"
		checkTasks(t, text, []taskWant{
			{number: "1", lead: []string{"区经发局"}, partic: []string{"区交建局", "电力公司", "广电网络分公司"}},
			{number: "2", lead: []string{"区财金局", "经发局"}, partic: []string{"区环土局", "社会事业局"}},
			{number: "3", lead: []string{"区经发局"}, partic: []string{"区财金局", "社会事业局"}},
			{number: "4", lead: []string{"区经发局"}, partic: []string{"区财金局"}},
			{number: "5", lead: []string{"区经发局"}},
			{number: "6", lead: []string{"区环土局"}},
			{number: "7", lead: []string{"区经发局"}, partic: []string{"区财金局", "电力公司"}},
			{number: "8", lead: []string{"区经发局"}, partic: []string{"区财金局"}},
		})
	})
	t.Run("whom a unit leads, organises or works with (牵头/组织/联合 Y开展…) takes part", func(t *testing.T) {
		checkTasks(t, formHead+"1.区交通与建设局要牵头相关单位开展交通安全设施建设。\n2.区交通与建设局要组织各相关单位开展隐患路段排查。\n3.区综合执法局要联合市场监督管理局全面开展占道经营整治。\n4.由经济发展处牵头，组织协调市场监管所、社会事务处开展巡查。\n5.区住建局要组织专家开展评审。\n", []taskWant{
			{number: "1", lead: []string{"区交通与建设局"}, partic: []string{"相关单位"}},
			{number: "2", lead: []string{"区交通与建设局"}, partic: []string{"各相关单位"}},
			{number: "3", lead: []string{"区综合执法局"}, partic: []string{"市场监督管理局"}},
			{number: "4", lead: []string{"经济发展处"}, partic: []string{"市场监管所", "社会事务处"}},
			{number: "5", lead: []string{"区住建局"}},
		})
	})
	t.Run("a report put online every quarter is a duty; a number with a space before 号 is the number", func(t *testing.T) {
		if rs := ParseRecurring("按季度上传各村财务公开报表和财务公开照片"); len(rs) != 1 || rs[0].Rule.String() != "FREQ=MONTHLY;INTERVAL=3" {
			t.Errorf("按季度上传: %v", rs)
		}
		d, err := ParseText("n.txt", "标题: 关于印发某区非遗振兴行动方案的通知\n文号: 岚综管办〔2021〕105 号\n某区非遗振兴行动方案\n一、工作任务\n1.开展非遗资源调查。（责任单位：区文旅局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Number != "岚综管办〔2021〕105号" {
			t.Errorf("number %q", d.Number)
		}
	})
	t.Run("a duty after each period ends needs 每; one named period's end is none", func(t *testing.T) {
		for _, s := range []string{"各单位于一季度结束后10日内报送一季度工作进展", "2025年度终了后30日内报送年度审计报告", "试点三年期满后30日内提交评估报告"} {
			if rs := ParseRecurring(s); len(rs) > 0 {
				t.Errorf("%s: got %v, want none", s, rs)
			}
		}
	})
	t.Run("the hour a day's deadline carries is the day's", func(t *testing.T) {
		checkTasks(t, formHead+"1.各相关单位要制定统一行动计划，于7月31日（星期五）下午下班前报领导小组办公室。（责任单位：市交警支队）\n2.于5月10日上午12时前报送自查报告。（责任单位：市应急局）\n3.6月30日下午召开推进会。（责任单位：市应急局）\n", []taskWant{
			{number: "1", lead: []string{"市交警支队"}, dates: []string{"2025-07-31 by"}},
			{number: "2", lead: []string{"市应急局"}, dates: []string{"2025-05-10 by"}},
			{number: "3", lead: []string{"市应急局"}, dates: []string{}},
		})
		checkTasks(t, formHead+"1.即日起至8月31日，开展全面的消防安全检查。（责任单位：区交建局）\n", []taskWant{
			{number: "1", lead: []string{"区交建局"}, dates: []string{"2025-08-31 by"}},
		})
	})
}

func TestStop31CampaignSpan(t *testing.T) {
	d := checkTasks(t, "某区“迎青运”交通安全综合整治专项行动方案\n某综管〔2015〕9号\n为营造良好的交通环境，经区领导同意，决定从8月1日起至10月30日在全区开展“迎青运”交通安全综合整治专项行动。\n一、工作措施\n1.区交警大队要规范城区机动车停放秩序。\n", []taskWant{
		{number: "1", lead: []string{"区交警大队"}, dates: []string{"2015-10-30 target"}},
	})
	if want := NewDay(2015, time.October, 30); d.Period != want {
		t.Errorf("period %v, want %v", d.Period, want)
	}
}

func TestStop31GroupNote(t *testing.T) {
	t.Run("a note closing a group's last item is the group's", func(t *testing.T) {
		checkTasks(t, "某区景区船舶安全专项整治工作方案\n二、整治内容\n（一）景区、风景名胜区、体育场馆等\n1.严格要求景区健全安全生产制度。\n2.在危险区域设置安全警示标识。\n3.做好其他安全隐患的整治。（区旅游文体局负责，各相关责任单位配合）\n（二）旅行社\n1.督促旅行社加强导游培训。（区旅游文体局负责）\n2.严禁组织游客到未开放的景点。（区公安局负责）\n", []taskWant{
			{number: "1", lead: []string{"区旅游文体局"}, partic: []string{"各相关责任单位"}},
			{number: "2", lead: []string{"区旅游文体局"}, partic: []string{"各相关责任单位"}},
			{number: "3", lead: []string{"区旅游文体局"}, partic: []string{"各相关责任单位"}},
			{number: "1", lead: []string{"区旅游文体局"}},
			{number: "2", lead: []string{"区公安局"}},
		})
	})
	t.Run("a note inside the last item's words is its own", func(t *testing.T) {
		checkTasks(t, formHead+"1.开展隐患排查。\n2.建立整改台账。\n3.开展联合检查（责任单位：区应急局），形成检查报告。\n", []taskWant{
			{number: "1"},
			{number: "2"},
			{number: "3", lead: []string{"区应急局"}},
		})
	})
}

func TestStop31LastUnitsItem(t *testing.T) {
	checkTasks(t, "某市促进房地产市场平稳健康发展若干措施实施细则\n一、优化土地出让方式\n（一）办理流程：编制出让方案时，采取竞地价与竞品质相结合的方式出让。\n（二）责任单位及承办科室：市自然资源局，储备中心。\n二、延期缴纳配套费\n（一）办理流程：企业填写申请书。\n（二）责任单位：市住建局。\n", []taskWant{
		// Since stop 32 each measure, its fields folded, is one task (TestProcedureFields).
		{number: "一", lead: []string{"市自然资源局", "储备中心"}},
		{number: "二", lead: []string{"市住建局"}},
	})
}

func TestStop31Roles(t *testing.T) {
	checkTasks(t, formHead+"1.由市委组织部、市人社局联合组织实施博士后创新人才支持计划。\n2.做好全市森林防灭火工作，由市林业局具体负责。\n3.县教育局指导各中小学校全面落实课后服务模式。\n"+
		"4.健全困难群众救助体系，市民政局负总责，市财政局、市医保局分工负责。\n5.由县政府办公室牵头协调，县发改局、县财政局共同推进重大项目要素保障。\n"+
		"6.做好高校毕业生就业服务。（省人力资源社会保障厅、省教育厅负责，各高校配合）\n7.县安委办牵头组织开展安全生产大检查，县安委会各成员单位按职责分工负责。\n", []taskWant{
		{number: "1", lead: []string{"市委组织部", "市人社局"}},
		{number: "2", lead: []string{"市林业局"}},
		{number: "3", lead: []string{"县教育局"}},
		{number: "4", lead: []string{"市民政局"}, partic: []string{"市财政局", "市医保局"}},
		{number: "5", lead: []string{"县政府办公室"}, partic: []string{"县发改局", "县财政局"}},
		{number: "6", lead: []string{"省人力资源社会保障厅", "省教育厅"}, partic: []string{"各高校"}},
		{number: "7", lead: []string{"县安委办"}, partic: []string{"县安委会各成员单位"}},
	})
	checkTasks(t, formHead+"1.区渣土办要组织各相关单位加大对工程运输车的整治力度。\n2.区交警大队要联合市场监督管理局组织开展涉三轮车违法行为查处。\n3.统一行动中交警部门要对查处的三轮车登记造册。\n", []taskWant{
		{number: "1", lead: []string{"区渣土办"}, partic: []string{"各相关单位"}},
		{number: "2", lead: []string{"区交警大队"}, partic: []string{"市场监督管理局"}},
		{number: "3", lead: []string{"交警部门"}},
	})
	checkTasks(t, formHead+"1.人民银行县支行引导辖内金融机构加大对小微企业的信贷投放。\n2.区民政局鼓励和引导社会组织参与社区治理。\n3.县应急管理局在县气象局的配合下，及时发布森林火险等级预警信息。\n4.市场监管部门加大对校园周边食品经营者的抽检力度。\n", []taskWant{
		{number: "1", lead: []string{"人民银行县支行"}},
		{number: "2", lead: []string{"区民政局"}},
		{number: "3", lead: []string{"县应急管理局"}, partic: []string{"县气象局"}},
		{number: "4", lead: []string{"市场监管部门"}},
	})
	checkTasks(t, "某县安全生产专项整治方案\n一、重点领域\n（一）交通运输领域（牵头单位：县交通运输局，配合单位：县公安局、县应急管理局）\n1.开展“两客一危”车辆动态监控专项检查。\n（二）住房保障组（组长单位：县住建局）\n1.筹集保障性租赁住房500套。\n", []taskWant{
		{number: "1", lead: []string{"县交通运输局"}, partic: []string{"县公安局", "县应急管理局"}},
		{number: "1", lead: []string{"县住建局"}},
	})
	checkTasks(t, "某区专项行动方案\n三、组织领导\n（二）工作职责\n1.区宣传部、平潭电视台、平潭时报：会同区外事侨务办公室对专项行动统一把关对外宣传口径。\n2.区公安局：负责案件侦办。\n", []taskWant{
		{number: "1", lead: []string{"区宣传部", "平潭电视台", "平潭时报"}, partic: []string{"区外事侨务办公室"}},
		{number: "2", lead: []string{"区公安局"}},
	})
	checkTasks(t, formHead+"1.继续开展国有企业软件正版化工作。（区国资局牵头，区联席会议办公室做好服务与配合）\n", []taskWant{
		{number: "1", lead: []string{"区国资局"}, partic: []string{"区联席会议办公室"}},
	})
	// 严禁, 禁止, 不得 open what is forbidden; the one forbidden is no subject.
	checkTasks(t, formHead+"1.严禁旅行社组织游客到存在安全隐患的景点旅游。\n", []taskWant{{number: "1"}})
}

// TestReviewOfStop31Rules: what a review of stop 31's plan rules found them misreading.
func TestReviewOfStop31Rules(t *testing.T) {
	t.Run("a units-only item last in its group stays a task of its own", func(t *testing.T) {
		checkTasks(t, "某区专项行动方案\n四、任务分工\n（一）打击船舶非法建造行动\n1.工作重点。各乡镇要查清在建船舶的审批情况。\n2.责任单位\n牵头单位：区经济发展局参加单位：区市场监督管理局、安全监督局\n", []taskWant{
			{number: "1", lead: []string{"各乡镇"}},
			{number: "2", lead: []string{"区经济发展局"}, partic: []string{"区市场监督管理局", "安全监督局"}},
		})
	})
	t.Run("根据地 in a name is no clause word", func(t *testing.T) {
		for _, s := range []string{"区革命根据地纪念馆管理处", "区根据地红色文化研究会"} {
			if !looksLikeUnit(s) {
				t.Errorf("%s is a unit", s)
			}
		}
	})
	t.Run("a task's date after a unit is no signature", func(t *testing.T) {
		d, err := ParseText("x.txt", "某区安全生产专项整治工作方案\n各单位：现将方案印发给你们，请认真组织实施。\n区应急管理局 2024年3月31日前完成方案制定。\n一、工作任务\n1.开展隐患排查。（责任单位：区应急管理局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Issued.IsZero() {
			t.Errorf("issued %v, want none", d.Issued)
		}
	})
	t.Run("reports made public every half year are duties; one found by a yearly check is none", func(t *testing.T) {
		if rs := ParseRecurring("每半年向社会公示一次整改情况"); len(rs) != 1 || rs[0].Rule.String() != "FREQ=MONTHLY;INTERVAL=6" {
			t.Errorf("每半年向社会公示一次: %v", rs)
		}
		if rs := ParseRecurring("每年排查出的隐患要建立台账"); len(rs) > 0 {
			t.Errorf("每年排查出的隐患: %v, want none", rs)
		}
	})
}
