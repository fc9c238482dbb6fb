package plan

import (
	"reflect"
	"strings"
	"testing"
)

// tableForms: one case per shape a copied table takes, as found in the rounds of real plans.
var tableForms = []struct {
	name string
	body string
	want []taskWant
}{
	{"cells separated by spaces, a cell with spaces of its own, three unit columns",
		"序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n" +
			"1 加强水资源保 护 严守红线 实施双控行动,防止不合理新增取水。到2020年,用水总量控制在11.88亿立方米以内。 市水利局 市发展改革委、市农业局等 各县(市、区)党委和人民政府\n" +
			"2  严守用水 效率红线 落实用水效率评估体系。 市水利局 市住房和城乡建设局 各县(市、区)党委和人民政府\n",
		[]taskWant{
			{number: "1", lead: []string{"市水利局"}, partic: []string{"市发展改革委", "市农业局", "各县（市、区）党委和人民政府"}, dates: []string{"2020-12-31 target"}},
			{number: "2", lead: []string{"市水利局"}, partic: []string{"市住房和城乡建设局", "各县（市、区）党委和人民政府"}},
		}},
	{"a spaced header over two lines, a group row, a figure column and a remark after the units",
		"序号 重点工程 建设方向 重点项目 数值 计划投资\n(万元) 建设地址 牵头或责任单位 备注\n" +
			"一 绿色农业发展工程 73700\n" +
			"1 布局生产、加工、储运等建设。 新建高标准农田 40000亩 6000 待定 市农业农村局、相关乡镇街道 实施\n" +
			"提升高标准农田 36900亩 3000 待定 市农业农村局 实施\n" +
			"2 设施杨梅种植 1000亩 2000 马涧镇 马涧镇、市农业农村局 谋划\n",
		[]taskWant{
			{number: "1-1", lead: []string{"市农业农村局", "相关乡镇街道"}},
			{number: "1-2", lead: []string{"市农业农村局"}},
			{number: "2", lead: []string{"马涧镇", "市农业农村局"}},
		}},
	{"piped rows that lost merged cells are read by content",
		"序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注\n" +
			"1 | 做好信息发布 | 围绕防控发布权威信息 | 应急处、监督处等按职责分工落实 | 长期推进\n" +
			"2 | 做好疫苗接种信息公开 | 疾控处 | 2021年8月前\n",
		[]taskWant{
			{number: "1", lead: []string{"应急处", "监督处"}},
			{number: "2", lead: []string{"疾控处"}, dates: []string{"2021-08-31 by"}},
		}},
	{"a progress report's piped rows: a group cell merged over the rows below, a numbered title cell, progress columns whose dates are no deadlines",
		"类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 监督电话 |\n" +
			"四、教育文化 | 14.改扩建泉山学校 | 完成一期2座教学楼建设并投入使用。 | 教育体育局 | 刘福利 | 主体建筑结构施工已完成,开始装饰装修,整体完成70%。 | 0535-8246306 |\n" +
			"15.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务全覆盖。 | 教育体育局 | 刘福利 | 2022年9月23日对全市义务教育学校课后服务课程开设情况进行调度,督促学校开设多彩课程。 | 0535-8246306 |\n",
		[]taskWant{
			{number: "1", lead: []string{"教育体育局"}, dates: []string{"2022-12-31 target"}},
			{number: "2", lead: []string{"教育体育局"}, dates: []string{"2022-12-31 target"}},
		}},
	{"a table without a 序号 column, one cell a line: each row numbers its first cell, a group cell stands before",
		"表1:上半年主要指标完成情况\n类别\n指标名称\n年度目标\n完成情况\n责任部门\n高质量发展\n" +
			"1、地区生产总值增长率\n与市保持同步\n9.8%\n区发改委\n" +
			"2、四大重点培育产业占区级税收比重\n提升4个百分点\n提升3.89个百分点\n区科委\n区金融办\n" +
			"高品质生活\n3、城乡登记失业人数\n控制在10410人内\n7919人\n区人社局\n",
		[]taskWant{
			{number: "1", lead: []string{"区发改委"}},
			{number: "2", lead: []string{"区科委", "区金融办"}},
			{number: "3", lead: []string{"区人社局"}},
		}},
	{"a row's first cell on a line of its own, its units opened on the next",
		"工作任务 | 具体要求 | 责任科室\n" +
			"| 1.加强执法信息公开。 | 局政法科\n" +
			"2.设立专栏,发布权威信息。\n| 局防控办主办、各工作组协办\n",
		[]taskWant{
			{number: "1", lead: []string{"局政法科"}},
			{number: "2", lead: []string{"局防控办"}, partic: []string{"各工作组"}},
		}},
	{"opened cells one a line, a first cell broken over lines, a merged 牵头单位 carried down",
		"牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n市政\n府办\n公厅\n| 强化行政监督,自觉接受监督\n| 市直各单位、各区县市\n|\n" +
			"推进国家安全工作发展\n| 市直各单位\n",
		[]taskWant{
			{lead: []string{"市政府办公厅"}, partic: []string{"市直各单位", "各区县市"}},
			{lead: []string{"市政府办公厅"}, partic: []string{"市直各单位"}},
		}},
	{"one cell a line: merged unit and time cells carried down, units one a line, a note under a header name",
		"序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n" +
			"1\n公共文化服务\n免费开放服务人次较上年增长15%。\n2019年12月底前\n夏俊贵\n文化宣传股\n文化馆\n图书馆\n" +
			"2\n开展好“三下乡”活动。\n" +
			"3\n文化市场管理\n开展专项整治行动4次以上。\n执法大队\n",
		[]taskWant{
			{number: "1", lead: []string{"文化宣传股", "文化馆", "图书馆"}, dates: []string{"2019-12-31 by"}},
			{number: "2", lead: []string{"文化宣传股", "文化馆", "图书馆"}, dates: []string{"2019-12-31 by"}},
			{number: "3", lead: []string{"执法大队"}, dates: []string{"2019-12-31 by"}},
		}},
	{"a place column is where, not who; a figure is no row number",
		"序号\n项目名称\n建设地点\n建设时间\n建设内容\n投资金额(万元)\n责任单位\n" +
			"1\n中小学基础设施提升改造项目\n相关镇(街道)\n2024年\n对学校运动场地进行改造。\n300\n教体局\n" +
			"2\n城北小学门前道路建设项目\n纸坊街道\n2024年\n建成道路。\n300\n住建局\n",
		[]taskWant{
			{number: "1", lead: []string{"教体局"}},
			{number: "2", lead: []string{"住建局"}},
		}},
	{"a second unit column on the next line, ending in 。",
		"序号\n重点工作任务\n主要责任单位\n协同配合单位\n" +
			"3\n固定资产投资增长7.5%左右。\n区发改委\n区工信局、区住建局,各乡镇人民政府、街道办事处。\n",
		[]taskWant{
			{number: "3", lead: []string{"区发改委"}, partic: []string{"区工信局", "区住建局", "各乡镇人民政府、街道办事处"}},
		}},
	{"a table run together on one line (a PDF's text): numbers glued to words, units to each other, a heading and a page number between rows",
		"附件\n序号重点任务第一责任单位主要责任单位一、产业提升1推进数字经济发展,2025年底前建成产业园。市经信局市发展改革委、市科技局" +
			"2实施技改项目50个,新增规上企业6家市经信局市统计局市财政局、各县(市、区)政府—2—二、开放合作3扩大外贸出口市商务局市外事办、海关、市开放工作领导小组各成员单位\n",
		[]taskWant{
			{number: "1", lead: []string{"市经信局"}, partic: []string{"市发展改革委", "市科技局"}, dates: []string{"2025-12-31 by"}},
			{number: "2", lead: []string{"市经信局", "市统计局"}, partic: []string{"市财政局", "各县（市、区）政府"}},
			{number: "3", lead: []string{"市商务局"}, partic: []string{"市外事办", "海关", "市开放工作领导小组各成员单位"}},
		}},
	{"each separator on a line of its own, a row's end doubling it; a merged first cell leaves two-cell rows",
		"|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n推进政策公开\n|\n常态化公开就业、住房、教育等领域信息。\n|\n财政所、便民服务中心\n|\n|\n" +
			"积极探索特定群体的线下公开渠道。\n|\n民政办公室\n|\n|\n强化权力配置信息公开\n|\n动态更新权责事项清单。\n|\n党政办公室\n",
		[]taskWant{
			{lead: []string{"财政所", "便民服务中心"}},
			{lead: []string{"民政办公室"}},
			{lead: []string{"党政办公室"}},
		}},
	{"a text cut off inside a table's last row: its lost unit cell is not a merged one",
		"序号 | 项目内容 | 年度完成情况 | 责任单位\n1 | 新增托育机构2个 | 完成新增两家托育机构。 | 市卫健局\n" +
			"2 | 新改扩建公办幼儿园3所 | 新建成投用清江幼儿园、芙蓉镇中心幼儿园良园园区和仙溪幼儿园卓南园区,新\n",
		[]taskWant{
			{number: "1", lead: []string{"市卫健局"}},
			{number: "2"},
		}},
	{"a text cut off inside a table's last row loses its units and its time cell, not its own words' dates",
		"| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| 5 | 全面落实校园食品安全校长责任制。 | 县教体局 | 2025年11月底前 |\n" +
			"| 6 | 2025年6月底前完成校园周边食品安全检查,重点排查学生校外托餐场\n",
		[]taskWant{
			{number: "5", lead: []string{"县教体局"}, dates: []string{"2025-11-30 by"}},
			{number: "6", dates: []string{"2025-06-30 by"}},
		}},
	{"a run-together table with figures, an owner column and the leaders' names at the end of each row",
		"序号项目名称总投资项目业主牵头部门责任领导合计15000 1新建污水处理厂12000县城投公司县住建局张三" +
			"2改造农贸市场3000县商投公司、城关镇人民政府县商务局李四王五\n",
		[]taskWant{
			// Stop 40: the owner beside a 牵头 column takes part, as role forms 12 and 14 read it.
			{number: "1", lead: []string{"县住建局"}, partic: []string{"县城投公司"}},
			{number: "2", lead: []string{"县商务局"}, partic: []string{"县商投公司", "城关镇人民政府"}},
		}},
	{"a table drawn with box characters: cells over several lines, a 牵头 cell merged over two rows, a short last table after a page break",
		"┌──┬────────────┬──────┬──────┬──────┐\n" +
			"│序│ 工 作 任 务 │牵头单位│配合单位│完成时限│\n" +
			"│号│            │      │      │      │\n" +
			"├──┼────────────┼──────┼──────┼──────┤\n" +
			"│1 │完善企业信用信息│市发展改│市市场监│2024年6│\n" +
			"│  │归集共享机制  │革委    │管局    │月底前  │\n" +
			"├──┼────────────┤      ├──────┼──────┤\n" +
			"│2 │开展诚信宣传周活│      │市委宣传│每年6月 │\n" +
			"│  │动            │      │部      │        │\n" +
			"└──┴────────────┴──────┴──────┴──────┘\n" +
			"┌──┬────────────┬──────┬──────┬──────┐\n" +
			"│序│ 工 作 任 务 │牵头单位│配合单位│完成时限│\n" +
			"│号│            │      │      │      │\n" +
			"├──┼────────────┼──────┼──────┼──────┤\n" +
			"│3 │建立失信惩戒名单│市法院  │市公安局│2024年底│\n" +
			"│  │制度          │        │        │前      │\n" +
			"└──┴────────────┴──────┴──────┴──────┘\n",
		[]taskWant{
			{number: "1", lead: []string{"市发展改革委"}, partic: []string{"市市场监管局"}, dates: []string{"2024-06-30 by"}},
			{number: "2", lead: []string{"市发展改革委"}, partic: []string{"市委宣传部"}, rules: []string{"FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30"}},
			{number: "3", lead: []string{"市法院"}, partic: []string{"市公安局"}, dates: []string{"2024-12-31 by"}},
		}},
	{"a box-drawn table whose first column holds headings and bulleted items under them",
		"┌──────────────┬──────┬────────┐\n" +
			"│工作任务      │分管领导│牵头单位  │\n" +
			"├──────────────┼──────┼────────┤\n" +
			"│加强生态环境保护│王五  │市生态环境│\n" +
			"├──────────────┤      │局、市水利│\n" +
			"│△推进污水处理厂提│      │局        │\n" +
			"│标改造          │      │          │\n" +
			"│△开展河道综合整治│      │          │\n" +
			"└──────────────┴──────┴────────┘\n",
		[]taskWant{
			{number: "1", lead: []string{"市生态环境局", "市水利局"}},
			{number: "2", lead: []string{"市生态环境局", "市水利局"}},
		}},
	{"a spaced row whose 配合单位 cell is a dash",
		"序号 重点任务 牵头单位 配合单位 完成时限\n" +
			"16 编制综合交通运输规划 市交通运输局 — 2025年12月底前\n" +
			"17 推进公交优先发展 市交通运输局 市公安局 2025年12月底前\n",
		[]taskWant{
			{number: "16", lead: []string{"市交通运输局"}, dates: []string{"2025-12-31 by"}},
			{number: "17", lead: []string{"市交通运输局"}, partic: []string{"市公安局"}, dates: []string{"2025-12-31 by"}},
		}},
}

func TestTableForms(t *testing.T) {
	for _, tc := range tableForms {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+tc.body, tc.want)
		})
	}
}

func TestSentenceSubjects(t *testing.T) {
	t.Run("a body with its level opening a sentence is its subject, whatever its verb; a name going on is not cut", func(t *testing.T) {
		checkTasks(t, formHead+"1.动员部署。各县(市、区)环保专项行动领导小组结合实际情况,制定具体实施方案。\n2.督查。市环保专项行动领导小组组成若干个小组开展督查。\n3.区政府工作报告明确的任务按期完成。\n", []taskWant{
			{number: "1", lead: []string{"各县（市、区）环保专项行动领导小组"}},
			{number: "2", lead: []string{"市环保专项行动领导小组"}},
			{number: "3"}, // 区政府 opens a noun (政府工作报告), not a sentence of its duties
		})
	})
	t.Run("one task a subject, a supporting subject takes part", func(t *testing.T) {
		d := checkTasks(t, formHead+"1.加强督考。市政府督考办要加大督查力度。各相关单位也要完善督导机制。各牵头单位要于每月28日前将进展情况报送市政府督考办。\n2.密切配合。牵头责任单位要牵头抓总。各相关单位要全力支持。\n", []taskWant{
			{number: "1-1", lead: []string{"市政府督考办"}},
			{number: "1-2", lead: []string{"各相关单位"}},
			{number: "1-3", lead: []string{"各牵头单位"}, rules: []string{"FREQ=MONTHLY;BYMONTHDAY=28"}},
			{number: "2", lead: []string{"牵头责任单位"}, partic: []string{"各相关单位"}},
		})
		if w := strings.Join(d.Tasks[0].Warnings, " "); !strings.Contains(w, "sentence") {
			t.Errorf("warnings %q, want the sentence reading said", w)
		}
	})
	t.Run("a subject acting together with others or directing them (负责会同, 会同, 联合, 统筹, 协调)", func(t *testing.T) {
		checkTasks(t, formHead+"1.资金管理。县财政局负责会同各项目主管部门抓好资金管理。\n2.联合执法。市市场监管局会同市公安局、市商务局开展专项整治。\n3.宣传引导。市委宣传部联合市文广旅局做好宣传。\n4.统筹调度。各牵头单位要统筹相关责任单位制定细化方案,充分协调其他责任单位。\n5.高效推进。各牵头单位要切实履行牵头抓总的责任。各责任单位要认真履责、主动配合、接受调度。\n", []taskWant{
			{number: "1", lead: []string{"县财政局"}, partic: []string{"各项目主管部门"}},
			{number: "2", lead: []string{"市市场监管局"}, partic: []string{"市公安局", "市商务局"}},
			{number: "3", lead: []string{"市委宣传部"}, partic: []string{"市文广旅局"}},
			{number: "4", lead: []string{"各牵头单位"}, partic: []string{"相关责任单位", "其他责任单位"}},
			{number: "5", lead: []string{"各牵头单位"}, partic: []string{"各责任单位"}},
		})
	})
	t.Run("a role word inside the subject's name is no verb (各牵头部门要…)", func(t *testing.T) {
		checkTasks(t, formHead+"1.明确责任。各地各部门要建立责任机制。省政府各牵头部门要于1月底前完成细化分解。\n", []taskWant{
			{number: "1-1", lead: []string{"各地各部门"}},
			{number: "1-2", lead: []string{"省政府各牵头部门"}, dates: []string{"2025-01-31 by"}},
		})
	})
	t.Run("a subject dated by 于, and points of an enumeration (一是, 二是)", func(t *testing.T) {
		checkTasks(t, formHead+"1.报送方案。各责任单位要系统谋划。各牵头单位于2024年2月8日前将方案报市政府督查室。\n2.定期报告。一是区直各责任单位须于6月15日前报送进展。二是各牵头单位须于6月25日前汇总报送。\n3.选址。项目位于2024年新建园区内,由市住建局负责。\n", []taskWant{
			{number: "1-1", lead: []string{"各责任单位"}},
			{number: "1-2", lead: []string{"各牵头单位"}, dates: []string{"2024-02-08 by"}},
			{number: "2-1", lead: []string{"区直各责任单位"}, dates: []string{"2025-06-15 by"}},
			{number: "2-2", lead: []string{"各牵头单位"}, dates: []string{"2025-06-25 by"}},
			{number: "3", lead: []string{"市住建局"}},
		})
	})
	t.Run("a request names its subject", func(t *testing.T) {
		checkTasks(t, formHead+"1.抓好落实。请各单位提高政治站位，细化工作举措，于3月底前报送方案。\n", []taskWant{
			{number: "1", lead: []string{"各单位"}, dates: []string{"2025-03-31 by"}},
		})
	})
	t.Run("what opens a subject is not its name (由, 如, X的主要责任单位)", func(t *testing.T) {
		checkTasks(t, formHead+"1.抓好落实。各项工作任务的主要责任单位要于3月15日前报送方案。\n2.前期工作。如县发改局要严格落实前期工作计划。\n3.自贸区建设。中国(某某)自由贸易试验区管委会要加快建设。\n", []taskWant{
			{number: "1", lead: []string{"主要责任单位"}, dates: []string{"2025-03-15 by"}},
			{number: "2", lead: []string{"县发改局"}},
			{number: "3", lead: []string{"中国（某某）自由贸易试验区管委会"}},
		})
	})
	t.Run("the notice's own points are tasks under 通知", func(t *testing.T) {
		text := "某某区人民政府办公室关于印发某某区重点工作责任分解方案的通知\n各街道办事处:\n" +
			"一、各责任单位要于2023年1月15日前将工作方案报区人民政府办公室。\n" +
			"某某区人民政府办公室\n2023年1月3日\n某某区重点工作责任分解方案\n一、主要目标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
		d, err := ParseText("notice.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var notice *Task
		for i := range d.Tasks {
			if d.Tasks[i].Section == "通知" {
				notice = &d.Tasks[i]
			}
		}
		if notice == nil || strings.Join(notice.Lead, "、") != "各责任单位" || len(notice.Deadlines) == 0 || notice.Deadlines[0].Date.String() != "2023-01-15" {
			t.Fatalf("notice task %+v, want 各责任单位 by 2023-01-15", notice)
		}
		if len(d.Tasks) != 2 {
			t.Errorf("%d tasks, want the plan's one and the notice's one", len(d.Tasks))
		}
	})
}

// TestNoticeDuties: the duties a notice gives by name, numbered or not, are tasks under 通知.
func TestNoticeDuties(t *testing.T) {
	t.Run("the notice's unnumbered paragraphs that name units as subjects are tasks under 通知", func(t *testing.T) {
		text := "某某区人民政府关于分解落实2023年区政府工作目标任务的通知\n各乡镇人民政府,区政府各部门:\n" +
			"为推动高质量发展,现将2023年区政府工作目标任务分解下达给你们,请认真组织落实。\n" +
			"各责任单位要按照“一把手”负责制,将年度任务分解到季。区政府办公室将对目标任务完成情况进行跟踪督办,每季度通报推进落实情况。\n" +
			"某某区人民政府\n2023年1月30日\n2023年区政府工作目标任务落实责任分解表\n一、主要指标\n(一)地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
		d, err := ParseText("notice.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tk := range d.Tasks {
			if tk.Section == "通知" {
				got = append(got, strings.Join(tk.Lead, "、"))
			}
		}
		if want := []string{"各责任单位", "区政府办公室"}; !reflect.DeepEqual(got, want) {
			t.Errorf("the notice's tasks are led by %q, want %q (the paragraph handing the plan over is none)", got, want)
		}
	})
	t.Run("a notice whose plan is not in the text: its paragraphs are its tasks", func(t *testing.T) {
		text := "各市、区人民政府,市各委办局,各直属单位:\n" +
			"根据市人大会议确定的目标任务,市政府将2015年政府工作任务分解为37项,现下达给你们,请认真组织实施。\n" +
			"市政府将对各项目标任务实施动态管理,具体工作由市发改委牵头负责。各地、各部门应于年中和年末分别组织一次自查活动。\n" +
			"附件:苏州市2015年政府工作任务分解表\n苏州市人民政府\n2015年2月17日\n"
		d, err := ParseText("notice.txt", text, Options{})
		if err != nil {
			t.Fatalf("a notice that gives duties by name was refused: %v", err)
		}
		var leads []string
		for _, tk := range d.Tasks {
			leads = append(leads, strings.Join(tk.Lead, "、"))
		}
		if len(leads) != 2 || !strings.Contains(leads[0], "市发改委") || leads[1] != "各地、各部门" {
			t.Errorf("leads %q, want 市发改委 for the first duty and 各地、各部门 for the second", leads)
		}
	})
	t.Run("a division of duties in plain paragraphs, each led by its unit; the unit it helps leads that clause", func(t *testing.T) {
		text := "为确保按时完成村庄环境整治任务,现将各单位的任务作如下明确:\n" +
			"区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n" +
			"区委农办要结合全区建设任务,负责指导督查新社区建设。\n" +
			"规划分局负责规划布点村庄的确定,配合市住建局组织技术人员的培训。\n"
		d, err := ParseText("duties.txt", text, Options{})
		if err != nil {
			t.Fatalf("a division of duties was refused: %v", err)
		}
		var leads, partic []string
		for _, tk := range d.Tasks {
			leads = append(leads, strings.Join(tk.Lead, "、"))
			partic = append(partic, strings.Join(tk.Participating, "、"))
		}
		if want := []string{"区住建局", "区委农办", "规划分局", "市住建局"}; !reflect.DeepEqual(leads, want) {
			t.Errorf("leads %q, want %q", leads, want)
		}
		if want := []string{"", "", "", "规划分局"}; !reflect.DeepEqual(partic, want) {
			t.Errorf("participating %q, want %q (the helper takes part in the clause it helps with)", partic, want)
		}
		if last := d.Tasks[len(d.Tasks)-1].Text; last != "配合市住建局组织技术人员的培训" {
			t.Errorf("the helped clause reads %q, want it alone", last)
		}
	})
	t.Run("a duty paragraph with no full stop, ended by a semicolon or cut off with the text", func(t *testing.T) {
		text := "现将各单位的任务作如下明确:\n" +
			"区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n" +
			"区城管局负责村庄生活垃圾的收集、转运和处置的技术指导和督查,指导督查村容村貌的整治;\n" +
			"区水利农机局负责指导督查农村河道沟塘的疏浚,把整治环境村庄的沟塘、河道清淤与整治作为今后三年农"
		d, err := ParseText("duties.txt", text, Options{})
		if err != nil {
			t.Fatalf("a division of duties was refused: %v", err)
		}
		var leads []string
		for _, tk := range d.Tasks {
			leads = append(leads, strings.Join(tk.Lead, "、"))
		}
		if want := []string{"区住建局", "区城管局", "区水利农机局"}; !reflect.DeepEqual(leads, want) {
			t.Errorf("leads %q, want %q", leads, want)
		}
	})
}

func TestLabelsFromRoleWords(t *testing.T) {
	checkTasks(t, formHead+"1.建设城市客厅示范区域。2023年度,各县市区至少建成1个示范区域。\n牵头局领导:罗晔\n牵头责任部门:城市管理科,\n重点责任部门:综合执法支队、环卫处\n", []taskWant{
		{number: "1", lead: []string{"城市管理科"}, partic: []string{"综合执法支队", "环卫处"}, dates: []string{"2023-12-31 target"}},
	})
}

func TestPersonCellsStayInText(t *testing.T) {
	d := checkTasks(t, formHead+"序号\n工作任务\n完成时限\n责任领导\n责任单位\n1\n开展文化下乡演出100场。\n12月底前\n夏俊贵\n文化宣传股\n", []taskWant{
		{number: "1", lead: []string{"文化宣传股"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "责任领导：夏俊贵") {
		t.Errorf("text %q, want the leader's cell kept", d.Tasks[0].Text)
	}
}

func TestRound5Forms(t *testing.T) {
	t.Run("a regulation's articles are items", func(t *testing.T) {
		checkTasks(t, formHead+"第一章总则\n第一条为优化营商环境，制定本规定。\n第二章推进改革\n第二条推进“一件事”一窗办。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n", []taskWant{
			{number: "第二条", lead: []string{"县政务服务中心"}, partic: []string{"各相关单位"}},
		})
	})
	t.Run("a heading's note is the paragraph's", func(t *testing.T) {
		checkTasks(t, formHead+"一、减免700名幼儿保教费(责任单位:县教育局)\n减免家庭经济困难儿童学前教育保教费。\n", []taskWant{
			{lead: []string{"县教育局"}},
		})
	})
	t.Run("labels run together with no separator", func(t *testing.T) {
		checkTasks(t, formHead+"2.新增安装300套视频采集设备。\n牵头领导:王仁洲\n责任单位:市公安局项目责任人:王伟标\n配合单位:市城管局、市财政局实际完成情况:整体进度已完成55%。\n", []taskWant{
			{lead: []string{"市公安局"}, partic: []string{"市城管局", "市财政局"}},
		})
	})
	t.Run("the goals set the whole year's plan a deadline", func(t *testing.T) {
		checkTasks(t, "某某县2023年民生工程实施方案\n一、总体目标\n力争2023年10月底前全部完成。\n二、主要任务\n(一)棚户区改造工程。开工400套。(责任单位:县住房和城乡建设局)\n", []taskWant{
			{lead: []string{"县住房和城乡建设局"}, dates: []string{"2023-10-31 by"}}, // every task is due then (stop 43)
		})
	})
	t.Run("a scorer's column after the units", func(t *testing.T) {
		checkTasks(t, formHead+"序号\n考核指标\n单位\n年度目标\n责任部门\n评分部门\n1\n粮食播种面积\n万亩\n0.07\n县农业农村局\n市农业农村局\n2\n粮食安全责任制\n良好以上\n县经济和信息化局\n市商务局\n", []taskWant{
			{number: "1", lead: []string{"县农业农村局"}},
			{number: "2", lead: []string{"县经济和信息化局"}},
		})
	})
}

func TestCampaignStages(t *testing.T) {
	checkTasks(t, "某某州开展环保专项行动实施方案\n2011年4月\n四、时间安排\n(一)动员部署阶段(4月-5月中旬)。\n各县(市)环保专项行动领导小组要制定具体实施方案。\n(二)集中整治阶段(5月下旬-8月)。\n各县(市)环保专项行动领导小组要组织有关部门开展集中检查。\n", []taskWant{
		{lead: []string{"各县（市）环保专项行动领导小组"}, dates: []string{"2011-05-20 by"}},
		// Whom a lead organises takes part (组织有关部门开展…), as after 牵头组织.
		{lead: []string{"各县（市）环保专项行动领导小组"}, partic: []string{"有关部门"}, dates: []string{"2011-08-31 by"}},
	})
	// Steps whose headings date them are tasks, though no unit is named.
	checkTasks(t, "某市城乡环境综合整治实施方案\n四、实施步骤及时间安排\n1、动员发动阶段(2007年12月10日前)。制定相应的实施方案。\n2、突击整治阶段(2007年12月11日---2008年1月31日)。对卫生死角进行集中清理。\n五、组织领导\n加强组织领导。\n", []taskWant{
		{number: "1", dates: []string{"2007-12-10 by"}},
		{number: "2", dates: []string{"2008-01-31 by"}},
	})
	// A stage of days that leaves the year out, in a text that names it elsewhere.
	checkTasks(t, "某省2005年环保专项行动实施方案\n四、时间安排\n(三)全面整治阶段(7月16日至8月31日)。各市政府要组织集中整治。\n", []taskWant{
		{lead: []string{"各市政府"}, dates: []string{"2005-08-31 by"}},
	})
	// A stage of days; each subject's work in it is due by its last day.
	checkTasks(t, "某市百日整治行动方案\n四、工作步骤\n(一)动员部署阶段(2010年9月10日至9月17日)。各区县政府要建立台帐。市整治办要统一印制宣传材料。\n", []taskWant{
		{lead: []string{"各区县政府"}, dates: []string{"2010-09-17 by"}},
		{lead: []string{"市整治办"}, dates: []string{"2010-09-17 by"}},
	})
}

func TestPartiesOfAList(t *testing.T) {
	for _, c := range []struct {
		name, list string
		want       []string
	}{
		{"groups run together are one party, as the plans mean them", "各地各部门", []string{"各地各部门"}},
		{"a conjunction parts them as before", "各街镇与各行业主管部门", []string{"各街镇", "各行业主管部门"}},
		{"a 各 inside a name is no group's start", "县直各单位", []string{"县直各单位"}},
		{"a place named as a party, and a group", "岳麓区和市直相关单位", []string{"岳麓区", "市直相关单位"}},
		{"two places", "鹿城区和瓯海区", []string{"鹿城区", "瓯海区"}},
		{"a group distributes over 和", "各参建乡镇和部门", []string{"各参建乡镇和部门"}},
		{"a body and its government are one party", "高新区党工委和管委会", []string{"高新区党工委和管委会"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := joinGroups(splitAnd(SplitUnits(c.list))); !reflect.DeepEqual(got, c.want) {
				t.Errorf("the parties of %q are %q, want %q", c.list, got, c.want)
			}
		})
	}
}

func TestAsideBeforeTheVerb(t *testing.T) {
	checkTasks(t, formHead+"1.科学制订办理方案。各牵头单位(无牵头单位的,责任单位即为牵头单位,下同)要会同相关责任单位制定办理方案。\n", []taskWant{
		{number: "1", lead: []string{"各牵头单位"}, partic: []string{"相关责任单位"}},
	})
}

func TestTableOfCellsWithSingleSeparators(t *testing.T) {
	text := "工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n强化文件集中规范公开\n|\n1\n|\n对行政规范性文件进行全面清理。\n|\n办公室\n|\n2024年底前\n|\n做好主动公开基础工作\n|\n2\n|\n严格规范政府信息公开专栏。\n|\n各科室\n|\n持续推进\n|\n3\n|\n规范做好年度报告编制发布工作。\n|\n办公室\n|\n持续推进\n"
	d := checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"办公室"}, dates: []string{"2024-12-31 by"}},
		{number: "2", lead: []string{"各科室"}},
		{number: "3", lead: []string{"办公室"}},
	})
	if !strings.Contains(d.Tasks[2].Text, "规范做好年度报告编制发布工作") || d.Tasks[2].Section != "" && !strings.Contains(d.Tasks[2].Title+d.Tasks[2].Text, "做好主动公开基础工作") {
		t.Errorf("row 3 %q / %q: want its own words under its group", d.Tasks[2].Title, d.Tasks[2].Text)
	}
}
