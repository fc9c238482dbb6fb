package plan

import "testing"

// TestRoleMarkers has one case per class of role marker issue 14 names: the markers beyond the
// exact words of the old rules, lists with no 牵头 (every party responsible), 会同, marks on one unit,
// persons beside units.
func TestRoleMarkers(t *testing.T) {
	head := "某某市人民政府办公室关于印发某某市推进工作方案的通知\n一、重点任务\n"
	tests := []struct {
		name string
		text string
		want taskWant
	}{
		{"按照职责分工负责 after a 牵头", "1.推进改革。（市发展改革委牵头，市经信局、市科技局按照职责分工负责）",
			taskWant{lead: []string{"市发展改革委"}, partic: []string{"市经信局", "市科技局"}}},
		{"依职责", "1.推进改革。（市发展改革委牵头，市财政局依职责负责）",
			taskWant{lead: []string{"市发展改革委"}, partic: []string{"市财政局"}}},
		{"各司其职", "1.推进改革。（市发展改革委牵头，市财政局、市商务局各司其职）",
			taskWant{lead: []string{"市发展改革委"}, partic: []string{"市财政局", "市商务局"}}},
		{"分工负责 with no 牵头: all responsible", "1.推进改革。（市财政局、市商务局分工负责）",
			taskWant{lead: []string{"市财政局", "市商务局"}}},
		{"按职责分工负责 with no 牵头: all responsible", "1.推进改革。（A市局、市科技局、市商务局按职责分工负责）",
			taskWant{lead: []string{"A市局", "市科技局", "市商务局"}}},
		{"共同负责", "1.推进改革。（市财政局、市商务局共同负责）",
			taskWant{lead: []string{"市财政局", "市商务局"}}},
		{"配合", "1.推进改革。（市财政局牵头，市商务局配合）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"协同", "1.推进改革。（市财政局牵头，市商务局协同）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"参与", "1.推进改革。（市财政局牵头，市商务局参与）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"支持", "1.推进改革。（市财政局牵头，市商务局支持）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"指导", "1.推进改革。（市发展改革委指导，市商务局负责）",
			taskWant{lead: []string{"市商务局"}, partic: []string{"市发展改革委"}}},
		{"会同", "1.推进改革。（市财政局会同市商务局负责）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"主办 and 协办", "1.推进改革。（市财政局主办，市商务局、市税务局协办）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局", "市税务局"}}},
		{"分别负责", "1.推进改革。（市发展改革委、市统计局分别负责）",
			taskWant{lead: []string{"市发展改革委", "市统计局"}}},
		{"结合实际落实", "1.推进改革。（市科技局按职责分工负责，各县（市、区）政府结合实际落实）",
			taskWant{lead: []string{"市科技局", "各县（市、区）政府"}}},
		{"a 责任单位 line with no 牵头: all lead", "1.推进改革。\n责任单位：市财政局、市商务局",
			taskWant{lead: []string{"市财政局", "市商务局"}}},
		{"牵头 and 责任 lines: 责任 take part", "1.推进改革。\n牵头单位：市财政局\n责任单位：市商务局、市税务局",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局", "市税务局"}}},
		{"协同责任单位 and persons", "1.推进改革。\n牵头负责领导：张三。\n牵头责任单位：市财政局。\n协同责任单位：市商务局、市税务局等。",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局", "市税务局"}}},
		{"a label with its level prefix", "1.推进改革。\n省牵头单位：省商务厅\n责任单位：市商务局",
			taskWant{lead: []string{"省商务厅"}, partic: []string{"市商务局"}}},
		{"a star marks the lead", "1.推进改革。（★市财政局、市商务局）",
			taskWant{lead: []string{"市财政局"}, partic: []string{"市商务局"}}},
		{"a person is not a unit", "1.推进改革。由张三副市长负责，市发展改革委牵头，相关部门配合，尽快完成方案。",
			taskWant{lead: []string{"市发展改革委"}, partic: []string{"相关部门"}}},
		{"部门分工 with its own markers", "1.地区生产总值增长6%以上。\n分管市领导：李四\n部门分工：市发展改革委牵头，各地、各部门配合。",
			taskWant{lead: []string{"市发展改革委"}, partic: []string{"各地", "各部门"}}},
		{"a group is one party", "1.推进改革。（牵头单位：市委组织部，配合单位：市人社局，各区、县级市）",
			taskWant{lead: []string{"市委组织部"}, partic: []string{"市人社局", "各区、县级市"}}},
		{"units joined by 和 and 及", "1.推进改革。（市能源局牵头，市发展改革委、市环保局和市电力监管办及相关县区配合）",
			taskWant{lead: []string{"市能源局"}, partic: []string{"市发展改革委", "市环保局", "市电力监管办", "相关县区"}}},
		{"central branches, firms and labs", "1.推进改革。（人民银行某某分行牵头，国家金融监督管理总局某某监管局、省电力公司、某某集团、某某实验室、某某大学配合）",
			taskWant{lead: []string{"人民银行某某分行"}, partic: []string{"国家金融监督管理总局某某监管局", "省电力公司", "某某集团", "某某实验室", "某某大学"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, head+tc.text+"\n", []taskWant{tc.want})
		})
	}
}

// TestLeadGivenOutsideTheRow: a group's heading or cell that names its lead makes that unit lead every
// task of the group, and the tasks' own 责任单位 take part.
func TestLeadGivenOutsideTheRow(t *testing.T) {
	t.Run("a heading", func(t *testing.T) {
		checkTasks(t, "某某市推进工作方案\n一、重点任务\n（一）教育（牵头单位：市教育局）\n1.建设学校。（责任单位：各区政府）\n2.培训教师。（责任单位：市人社局）\n", []taskWant{
			{lead: []string{"市教育局"}, partic: []string{"各区政府"}},
			{lead: []string{"市教育局"}, partic: []string{"市人社局"}},
		})
	})
	t.Run("a table's group cell", func(t *testing.T) {
		checkTasks(t, "某某市推进工作方案\n序号｜领域｜具体任务｜责任单位\n1｜教育（牵头单位：市教育局）｜建设学校｜各区政府\n2｜｜培训教师｜市人社局\n", []taskWant{
			{lead: []string{"市教育局"}, partic: []string{"各区政府"}},
			{lead: []string{"市教育局"}, partic: []string{"市人社局"}},
		})
	})
}

// TestDatesCarriedByStructure: a column headed with a year is every row's target; a 完成时限 column
// is each row's deadline; a period stated once for the plan is the target of tasks that state none.
func TestDatesCarriedByStructure(t *testing.T) {
	t.Run("a column headed with its year", func(t *testing.T) {
		checkTasks(t, "某某市推进工作方案\n序号｜指标｜2026年目标值｜责任单位\n1｜城镇化率｜65%｜市发展改革委\n", []taskWant{
			{lead: []string{"市发展改革委"}, dates: []string{"2026-12-31 target"}},
		})
	})
	t.Run("a completion column", func(t *testing.T) {
		checkTasks(t, "某某市推进工作方案\n序号｜重点任务｜牵头单位｜拟投入运营时间\n1｜建成物流园｜市商务局｜2025年6月\n", []taskWant{
			{lead: []string{"市商务局"}, dates: []string{"2025-06-30 by"}},
		})
	})
	t.Run("the plan's period", func(t *testing.T) {
		d := checkTasks(t, "某某市推进工作方案（2024—2026年）\n一、重点任务\n1.建设学校。（市教育局负责）\n2.培训教师，2025年底前完成。（市人社局负责）\n", []taskWant{
			{lead: []string{"市教育局"}, dates: []string{"2026-12-31 target"}},
			{lead: []string{"市人社局"}, dates: []string{"2025-12-31 by"}},
		})
		if !d.Tasks[0].Deadlines[0].Inherited || len(d.Tasks[0].Warnings) == 0 || d.Tasks[1].Deadlines[0].Inherited {
			t.Errorf("inherited marks: %+v %v / %+v", d.Tasks[0].Deadlines, d.Tasks[0].Warnings, d.Tasks[1].Deadlines)
		}
	})
	t.Run("goals set for the end of a five-year plan", func(t *testing.T) {
		checkTasks(t, "关于推进民营经济高质量发展的实施细则\n一、总体目标\n到“十四五”末,民营经济实体数量达到25万户。\n二、主要任务\n1.搭建创意平台。(市商务局负责)\n", []taskWant{
			{lead: []string{"市商务局"}, dates: []string{"2025-12-31 target"}},
		})
	})
	t.Run("a plan that divides up a five-year plan runs to its end; one that only carries it out does not", func(t *testing.T) {
		checkTasks(t, "某某市人民政府关于分解落实规划纲要主要目标任务的通知\n市人大批准了《某某市国民经济和社会发展第十一个五年规划纲要》。市人民政府决定将《纲要》提出的主要目标和任务分解落实到各部门。\n一、主要目标\n1.常住人口控制在1150万人左右。(市公安局牵头)\n", []taskWant{
			{lead: []string{"市公安局"}, dates: []string{"2010-12-31 target"}},
		})
		checkTasks(t, "某某市推进工作方案\n为贯彻落实《某某省“十四五”发展规划》,制定本方案。\n一、主要任务\n1.建设平台。(市发改委负责)\n", []taskWant{
			{lead: []string{"市发改委"}, dates: []string{}},
		})
	})
	t.Run("a date without its year", func(t *testing.T) {
		checkTasks(t, "某某区人民政府办公室关于印发某某区推进工作方案的通知\n某政办〔2016〕3号\n一、重点任务\n1.编制清单，5月底前完成。（区环保局负责）\n", []taskWant{
			{lead: []string{"区环保局"}, dates: []string{"2016-05-31 by"}},
		})
	})
	t.Run("a weekday between a date and its 前", func(t *testing.T) {
		checkTasks(t, "某某区人民政府办公室关于印发某某区推进工作方案的通知\n某政办〔2007〕3号\n一、重点任务\n1.细化方案，于4月20日(星期五)前上报。（区督查组负责）\n", []taskWant{
			{lead: []string{"区督查组"}, dates: []string{"2007-04-20 by"}},
		})
	})
	t.Run("a month labelling a schedule's step", func(t *testing.T) {
		checkTasks(t, "2024年民生实事项目进展表\n序号 | 项目内容 | 月度工作计划 | 牵头单位\n1 | 免费接种疫苗。 | 4月:制定工作方案。 | 县卫生健康局\n", []taskWant{
			{lead: []string{"县卫生健康局"}, dates: []string{"2024-04-30 by"}},
		})
	})
	t.Run("a date a thing starts from is no deadline", func(t *testing.T) {
		checkTasks(t, "某某市推进工作方案\n一、重点任务\n1.从2024年第二季度起，每季度首月20日前报送进展。（市发改委负责）\n", []taskWant{
			{lead: []string{"市发改委"}, dates: []string{}, rules: []string{"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20"}},
		})
	})
	t.Run("a year's plan whose title runs a figure on", func(t *testing.T) {
		checkTasks(t, "楚雄州2021年8项民生工程工作方案\n一、重点任务\n1.增加城镇居民收入。（州人社局负责）\n", []taskWant{
			{lead: []string{"州人社局"}, dates: []string{"2021-12-31 target"}},
		})
	})
	t.Run("a file's name as its title", func(t *testing.T) {
		d := checkTasks(t, "17.内蒙古自治区2023年推动产业发展政策清单.docx\n内蒙古自治区 2023 年推动产业 发展政策清单 内政发〔2023〕3 号 为全面贯彻，制定本清单。\n一、重点任务\n1.实施增粮行动。（自治区农牧厅负责）\n", []taskWant{
			{lead: []string{"自治区农牧厅"}, dates: []string{"2023-12-31 target"}},
		})
		if d.Title != "内蒙古自治区2023年推动产业发展政策清单" || d.City != "内蒙古自治区" || d.Number != "内政发〔2023〕3号" {
			t.Errorf("title %q city %q number %q", d.Title, d.City, d.Number)
		}
	})
}

// TestWhereAPlanBelongs has one case per placing rule: the issuer, the document number, the title,
// the places and unit levels the text names.
func TestWhereAPlanBelongs(t *testing.T) {
	tests := []struct{ name, text, city, province, level string }{
		{"the issuer of the notice", "杭州市人民政府办公厅关于印发杭州市推进工作方案的通知\n一、重点任务\n1.推进改革。（市发改委负责）\n", "杭州市", "浙江省", LevelCity},
		{"a district's city comes from the gazetteer", "兴平市人民政府关于印发兴平市推进工作方案的通知\n一、重点任务\n1.推进改革。（市发改局负责）\n", "咸阳市兴平市", "陕西省", LevelDistrict},
		{"a province's document number", "鲁政办字〔2015〕46号\n关于落实重点工作部门分工的意见\n一、重点任务\n1.推进改革。（省发展改革委负责）\n", "山东省", "山东省", LevelProvince},
		{"a title that starts with its place", "秀屿区优化营商环境建设若干措施\n一、重点任务\n1.推进改革。（区发改局负责）\n", "莆田市秀屿区", "福建省", LevelDistrict},
		{"the places and unit levels the text names", "关于推进人才工作的实施意见\n一、重点任务\n1.引进广州人才。（市委组织部负责）\n2.建设广州人才港。（市人社局负责）\n", "广州市", "广东省", LevelCity},
		{"a title that opens with its year, then its place", "2021年南昌市民生实事工程安排意见\n一、重点任务\n1.建设学校。（市教育局负责）\n", "南昌市", "江西省", LevelCity},
		{"the page's issuer label", "名称: 关于印发2020年区政府重点工作责任分解的通知\n发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n2020年区政府重点工作责任分解\n一、重点任务\n1.推进改革。（区发改局负责）\n", "黄石市下陆区", "湖北省", LevelDistrict},
		{"a page's table of labels, spaces for colons, a department as the issuer", "发布机构 金乡县农业农村局 组配分类 政策和解读\n2021年全县乡村振兴工作重点任务清单\n一、重点任务\n1.保持帮扶政策总体稳定。（牵头单位：县扶贫开发办）\n", "济宁市金乡县", "山东省", LevelDistrict},
		{"a place named once beats an autonomous place's short name inside another's (镇海北仑 holds 海北)", "2014年民生实事项目进展\n1.新辟公交线路10条。责任单位:市交通委、宁波电业局,各区政府鄞州海曙、江东、江北镇海北仑\n", "宁波市", "浙江省", LevelCity},
		{"the page's source label", "信息来源:金乡县农业农村局 浏览次数:\n2021年全县乡村振兴工作重点任务清单\n一、重点任务\n1.保持帮扶政策总体稳定。（牵头单位：县扶贫开发办）\n", "济宁市金乡县", "山东省", LevelDistrict},
		{"an autonomous prefecture by its short name", "湘西自治州人民政府关于印发湘西自治州工作计划的通知\n一、重点任务\n1.推进改革。（州发改委负责）\n", "湘西自治州", "湖南省", LevelCity},
		{"a prefecture whose place name is three characters, in a first line titled by its year", "黔东南州2023年度十件民生实事1-3月推进情况\n(一)已完成任务\n1.安置就业困难人员6100人。(责任单位:州人力资源社会保障局)\n", "黔东南州", "贵州省", LevelCity},
		{"not the issuer of a document it rests on", "关于推进工作的实施意见\n根据《湖南省人民政府办公厅关于印发〈规定〉的通知》精神，结合实际，制定本意见。\n宣城市城市管理局\n一、重点任务\n1.推进改革。（城市管理科负责）\n", "宣城市", "安徽省", LevelCity},
		{"a county-level city the text names, when it names no city above it", "政策解读\n来源:某某网\n二连浩特市第十六届人民代表大会在二连浩特市召开。\n一、重点任务\n1.推进口岸建设。（市发改委负责）\n", "锡林郭勒盟二连浩特市", "内蒙古自治区", LevelDistrict},
		{"a page's plain source label", "发布日期:2024-04-02\n来源:金乡县农业农村局\n重点任务清单\n一、重点任务\n1.保持帮扶政策总体稳定。（牵头单位：县扶贫开发办）\n", "济宁市金乡县", "山东省", LevelDistrict},
		{"not the government whose document the title cites", "海城市关于贯彻落实2023年《辽宁省政府工作报告》任务分解和责任分工方案\n一、主要目标\n1.地区生产总值增长6.5%以上。\n牵头单位:市发展和改革局\n", "鞍山市海城市", "辽宁省", LevelDistrict},
		{"a label naming no place gives way to one below it that does", "发布机构:县人民政府办公室\n来源:华容县政府 2021-03-23\n2021年县政府重点工作任务\n一、重点任务\n1.推进改革。（县发改局负责）\n", "岳阳市华容县", "湖南省", LevelDistrict},
		{"a city's document number, by its first character, for a city government's plan", "文号: 杭政办函〔2024〕4号 发布单位: 市政府办公厅\n各区、县(市)人民政府,市政府各部门:\n一、重点任务\n1.推进改革。（市发改委负责）\n", "杭州市", "浙江省", LevelCity},
		{"a county's document number, by the county the text names", "关于印发重点工作的通知(华政发〔2021〕2号)\n一、重点任务\n1.推进华容县城区河道治理,对接岳阳市规划。（县水利局负责）\n", "岳阳市华容县", "湖南省", LevelDistrict},
		{"a document number's first character that more than one city has says nothing", "文号: 宝府办〔2008〕18号\n各镇人民政府,各街道办事处:\n一、重点任务\n1.推进改革。（区发改委负责）\n", "", "", ""},
		{"a county of the city the text names, when units carry no level", "文化旅游工作任务\n一、重点任务\n1.精心策划汉中油菜花海略阳观花活动。（旅游股负责）\n", "汉中市略阳县", "陕西省", LevelDistrict},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("place.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.City != tc.city || d.Province != tc.province || d.Level != tc.level {
				t.Errorf("placed at %q / %q / %q, want %q / %q / %q", d.City, d.Province, d.Level, tc.city, tc.province, tc.level)
			}
		})
	}
}
