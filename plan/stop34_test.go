package plan

import "testing"

// TestStop34Roles: role forms met this stop, each read the way the corpus README says.
func TestStop34Roles(t *testing.T) {
	for _, c := range []struct {
		name, item   string
		lead, partic []string
	}{
		{"a long list of shorthand names, then 根据 before its verb", "1.市发展改革委、国资委、卫生健康委、机关事务局、教育局、科技局、工业和信息化局、民族和宗教局、民政局、人力资源社会保障局、生态环境局、交通运输局、水务局、商务局、文化旅游广电局、退役军人事务局、应急局、审计局、体育局、信访局等其他行业部门根据“三管三必须”要求，负责督促落实公共建筑的房屋定期体检。",
			[]string{"市发展改革委", "国资委", "卫生健康委", "机关事务局", "教育局", "科技局", "工业和信息化局", "民族和宗教局", "民政局", "人力资源社会保障局", "生态环境局", "交通运输局", "水务局", "商务局", "文化旅游广电局", "退役军人事务局", "应急局", "审计局", "体育局", "信访局"}, nil},
		{"协同 named partners: the subject leads, they take part", "1.市市场监管局协同市公安局、市农业农村局开展农资打假专项行动。", []string{"市市场监管局"}, []string{"市公安局", "市农业农村局"}},
		{"商 between two units in a note: the first consults the second", "1.调整最低工资标准。（市人力资源社会保障局商市财政局负责）", []string{"市人力资源社会保障局"}, []string{"市财政局"}},
		{"商 after a sentence's subject", "1.市发展改革委商市财政局确定年度重点项目资金安排计划，报市政府审定。", []string{"市发展改革委"}, []string{"市财政局"}},
		{"商 inside names is no verb", "1.推进外贸企业转型。（市商务局、市工商局负责）", []string{"市商务局", "市工商局"}, nil},
		{"a clause that only gives support takes part", "1.复旦大学附属中山医院牵头建设国家医学中心，市卫生健康委给予政策支持。", []string{"复旦大学附属中山医院"}, []string{"市卫生健康委"}},
		{"a clause that only supervises takes part", "1.市城投集团、市水务集团负责城区供水管网改造，市住建局加强监督指导。", []string{"市城投集团", "市水务集团"}, []string{"市住建局"}},
		{"协办 after a 牵头 takes part", "1.由市总工会牵头，组织开展全市职工职业技能大赛，市人社局、市科技局协办。", []string{"市总工会"}, []string{"市人社局", "市科技局"}},
		{"members sharing by 职责分工 before 抓好落实 take part beside a 牵头", "1.市发展改革委牵头组织项目申报，各成员单位按职责分工抓好落实。", []string{"市发展改革委"}, []string{"各成员单位"}},
		{"负责统筹 leads those sharing the work after it", "1.市乡村振兴领导小组办公室负责统筹协调和督促落实，各成员单位按职责分工抓好落实。", []string{"市乡村振兴领导小组办公室"}, []string{"各成员单位"}},
		{"联合 a partner, then 推行", "1.国家税务总局上海市浦东新区税务局联合区市场监管局推行企业注销“一网通办”。", []string{"国家税务总局上海市浦东新区税务局"}, []string{"区市场监管局"}},
		{"a short list, then 根据", "1.市教育局、市卫生健康委根据职责分工，负责做好校园食品安全工作。", []string{"市教育局", "市卫生健康委"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, formHead+c.item+"\n", []taskWant{{number: "1", lead: c.lead, partic: c.partic}})
		})
	}
	t.Run("what is done, how often, then 由 and its agent: each clause its own task", func(t *testing.T) {
		checkTasks(t, formHead+"1.加强养护质量管理。县道每年由市级部门组织路况检测，乡村道每年由区交通运输事业发展中心委托专业单位组织路况检测。\n", []taskWant{
			{number: "1-1", lead: []string{"市级部门"}},
			{number: "1-2", lead: []string{"区交通运输事业发展中心"}},
		})
	})
}

// TestStop34PeriodColumn: a column headed with a quarter ("工作任务安排 第二季度") holds the work
// arranged for it, due at the quarter's end in the plan's year.
func TestStop34PeriodColumn(t *testing.T) {
	text := "某镇2024年度重点工作计划二季度执行情况\n序号\n重点工作\n责任\n科室\n工作任务安排\n第二季度\n完成情况\n" +
		"1\n白仙山水库工程政策处理\n水利办\n推进坟墓迁移工作。\n坟墓迁移进度达60%。\n" +
		"2\n现代化美丽城镇\n乡村振兴办\n按照时间节点开展项目建设。\n完成投资3000万元。\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"水利办"}, dates: []string{"2024-06-30 by"}},
		{number: "2", lead: []string{"乡村振兴办"}, dates: []string{"2024-06-30 by"}},
	})
}

// TestStop34PageFooter: a printed page's number between the lines of a note is no text of it.
func TestStop34PageFooter(t *testing.T) {
	checkTasks(t, formHead+"1.健全困难群众救助体系。（市民政局牵头，市人社局、市医保局、\n— 12 —\n市残联按职责分工负责）\n2.开展技能培训。\n第2页 共5页\n（市人社局负责）\n", []taskWant{
		{number: "1", lead: []string{"市民政局"}, partic: []string{"市人社局", "市医保局", "市残联"}},
		{number: "2", lead: []string{"市人社局"}},
	})
}

// TestStop34LabelAlone: a label alone on its line names the units on the next.
func TestStop34LabelAlone(t *testing.T) {
	checkTasks(t, formHead+"1.推进城市社区嵌入式服务设施建设。\n牵头单位：\n区民政局\n配合单位：\n区发展改革局、区住建局、各街道办事处\n", []taskWant{
		{number: "1", lead: []string{"区民政局"}, partic: []string{"区发展改革局", "区住建局", "各街道办事处"}},
	})
}
