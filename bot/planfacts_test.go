package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// factsDoc is a plan as a notice prints it: the title with its number, the body under headings,
// the signature above the date.
func factsDoc() *plan.Document {
	return &plan.Document{ID: "f", City: "丽水市", Title: "丽水市人民政府关于生态产品价值实现的实施意见", Paras: []plan.Paragraph{
		{Text: "丽水市人民政府关于生态产品价值实现的实施意见(丽政发〔2014〕37号)各县(市、区)人民政府:"},
		{Text: "为贯彻落实《国务院关于生态产品的意见》(国发〔2014〕28号),2012年起5年内实施。"},
		{Section: "一、总体目标", Text: "到2027年，生态产品交易额突破100亿元。"},
		{Section: "二、重点任务 > （一）建设交易平台 > 1.建设交易中心", TaskID: "f:1", Text: "建设交易中心。"},
		{Section: "二、重点任务 > （二）培育市场主体 > 2.培育企业", TaskID: "f:2", Text: "培育企业。"},
		{Section: "三、保障措施", Text: "加强组织领导。"},
		{Text: "丽水市人民政府办公室"},
		{Text: "2014年5月6日"},
	}}
}

func TestPlanFactsFromText(t *testing.T) {
	d := factsDoc()
	if got := docNumber(d); got != "丽政发〔2014〕37号" {
		t.Errorf("docNumber = %q, want the number after the title, not the cited one", got)
	}
	if got := issuer(d); got != "丽水市人民政府办公室" {
		t.Errorf("issuer = %q, want the signature above the date", got)
	}
	d.Paras = d.Paras[:6]
	if got := issuer(d); got != "丽水市人民政府" {
		t.Errorf("issuer without a signature = %q, want the title's head", got)
	}
	if got := periodInText(d); got != "2012年起5年内" {
		t.Errorf("periodInText = %q", got)
	}
	tests := []struct{ name, q, head, parts string }{
		{"the plan's parts", "方案分成哪几部分", "", "一、总体目标,二、重点任务,三、保障措施"},
		{"the parts of a part", "重点任务分成哪几块", "二、重点任务", "（一）建设交易平台,（二）培育市场主体"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			head, parts := planParts(d, tc.q)
			if head != tc.head || strings.Join(parts, ",") != tc.parts {
				t.Errorf("planParts = %q %v, want %q %q", head, parts, tc.head, tc.parts)
			}
		})
	}
}

func TestPlanFactsShape(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, facts string }{
		{"which plans", "丽水有哪些方案", "plans"},
		{"how many loaded", "现在一共载入了几个方案", "plans"},
		{"issuer", "丽水的方案是哪个单位印发的", "issuer"},
		{"parts", "丽水的方案分成哪几块", "parts"},
		{"span", "丽水服务业方案管几年", "period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.Shape != ShapePlanFacts || strings.Join(q.Facts, ",") != tc.facts {
				t.Errorf("shape %q facts %v, want plan_facts %q", q.Shape, q.Facts, tc.facts)
			}
		})
	}
}

func TestHeadingNamed(t *testing.T) {
	docs := []*plan.Document{factsDoc()}
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	q := p.Parse("丽水方案的保障措施有哪些", Context{}, plan.NewDay(2024, 5, 10))
	if q.Shape != ShapePlanFacts || strings.Join(q.Facts, ",") != "parts" {
		t.Errorf("shape %q facts %v, want the parts of 三、保障措施", q.Shape, q.Facts)
	}
}

func TestDutiesOfAUnitWithNoTask(t *testing.T) {
	d := &plan.Document{ID: "m", City: "丽水市", Title: "丽水市服务业方案"}
	d.Tasks = []plan.Task{
		{ID: "m:1", Number: "1", Section: "二、重点任务", Title: "建设交易中心", Text: "建设交易中心。", Lead: []string{"市发展改革委"}},
		{ID: "m:3.1", Number: "(一)", Section: "三、保障措施", Title: "强化统筹推进", Text: "强化统筹推进。市服务业发展工作领导小组负责牵头抓总。", Lead: []string{"市服务业发展工作领导小组"}},
	}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "丽水的领导小组是干嘛的"})
	if err != nil {
		t.Fatal(err)
	}
	// The people who wrote questions from the plans alone count a safeguard measure that gives the
	// body a duty as its task: it is listed, counted and cited.
	if strings.Join(a.Tasks, ",") != "m:3.1" || !strings.Contains(a.Text, "牵头抓总") || !strings.Contains(a.Text, "任务 1 项") {
		t.Errorf("tasks %v, text:\n%s\nwant the measure as the body's one task, its duty quoted", a.Tasks, a.Text)
	}
}

func TestMissingFactsSaid(t *testing.T) {
	d := &plan.Document{ID: "m", City: "丽水市", Title: "丽水市2021年推进服务业发展工作方案", Paras: []plan.Paragraph{{Text: "加强组织领导。"}}}
	tests := []struct {
		name  string
		facts []string
		want  string
	}{
		{"no number", []string{"number"}, "文中没有写明本方案的文号"},
		{"no period", []string{"period"}, "方案没有写明起止年份"},
		{"no date", []string{"issued"}, "文中没有写明成文日期"},
		{"no issuer", []string{"issuer"}, "印发单位：文中没有写明"},
		{"no date: the title's year", []string{"issued"}, "（标题所示年份：2021年）"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newComposer("zh")
			q := &Query{Facts: tc.facts}
			writeIdentity(c, q, d)
			if contains(tc.facts, "period") {
				writePeriod(c, d)
			}
			if !strings.Contains(c.b.String(), tc.want) {
				t.Errorf("got %q, want it to hold %q", c.b.String(), tc.want)
			}
		})
	}
}

// TestGoalsOfAQuotedCampaign: a question names a plan by its campaign's words without the quotes
// its title puts round them ("十百千工程" of 《…“十百千”工程实施方案》): the plan's goals, not a topic.
func TestGoalsOfAQuotedCampaign(t *testing.T) {
	d := factsDoc()
	d.Title = "丽水市生态产品“两山”工程实施方案"
	p := docsParser(d)
	q := p.Parse("丽水两山工程的主要目标是什么?", Context{}, plan.NewDay(2024, 5, 10))
	if q.Shape != ShapePlanFacts || len(q.Topic) > 0 || strings.Join(q.Plans, ",") != "f" {
		t.Errorf("shape %q topic %v plans %v: want the plan's facts", q.Shape, q.Topic, q.Plans)
	}
}

// TestFrequencyNamesTheMeasureItQuotes: "多久通报一次?" answered from a safeguard measure quotes it and
// names it in the answer's tasks, the tasks the answer is about; the measure is still no task of a
// unit's list.
func TestFrequencyNamesTheMeasureItQuotes(t *testing.T) {
	d := &plan.Document{ID: "m", City: "丽水市", Title: "丽水市服务业方案"}
	d.Tasks = []plan.Task{
		{ID: "m:1", Number: "1", Section: "二、重点任务", Title: "建设交易中心", Text: "建设交易中心。", Lead: []string{"市发展改革委"}},
		{ID: "m:3.4", Number: "(四)", Section: "三、保障措施", Title: "加强考核评价", Text: "加强考核评价。建立月度通报制度,每月10日前由市发改委对工作落实情况给予晾晒通报。",
			Lead: []string{"市发改委"}, Warnings: []string{"units read from the task's own sentence, not from a responsibility note: check them"},
			Recurring: []plan.Recurring{{Quote: "每月10日前", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 10}, Units: []string{"市发改委"}}}},
	}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "丽水市发改委多久晾晒通报一次工作落实情况?"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Tasks, ",") != "m:3.4" || !strings.Contains(a.Text, "每月") || !strings.Contains(a.Text, "保障措施") {
		t.Errorf("tasks %v, text:\n%s\nwant the measure quoted and named", a.Tasks, a.Text)
	}
}

// docEngine answers over one plan, as of 2024-05-10.
func docEngine(t *testing.T, ds ...*plan.Document) *Engine {
	t.Helper()
	for _, d := range ds {
		for i := range d.Tasks {
			d.Tasks[i].Doc = new(d.Ref())
		}
	}
	return engineAt(t, "2024-05-10", ds...)
}

func TestPassagesSayTheirDatesWhenAskedWhen(t *testing.T) {
	d := &plan.Document{ID: "m", City: "武汉市蔡甸区", Title: "蔡甸区目标任务责任分解方案", Issued: plan.NewDay(2023, 1, 3),
		Paras: []plan.Paragraph{{Section: "通知", Text: "各责任单位要制订工作方案,并于2023年1月15日前将工作方案报区人民政府办公室。"},
			{Section: "工作步骤", Text: "统一行动、集中整治阶段(2023年9月18日至12月8日)。"}}}
	e := docEngine(t, d)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"各责任单位要在哪天前把工作方案报区政府办?", true},
		{"各责任单位要把工作方案报给谁?", false},
	} {
		a, err := e.Answer(context.Background(), Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, "2023-01-15"); got != c.want {
			t.Errorf("%s: day said %v, want %v; text:\n%s", c.q, got, c.want, a.Text)
		}
	}
	a, err := e.Answer(context.Background(), Question{Text: "集中整治阶段从哪天到哪天?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "2023-09-18 至 2023-12-08") {
		t.Errorf("a stage asked when is said whole, from its first day; text:\n%s", a.Text)
	}
}

func TestPageDatesSaid(t *testing.T) {
	d := &plan.Document{ID: "m", City: "锡林郭勒盟二连浩特市", Title: "重点工作任务分工方案", Published: plan.NewDay(2024, 4, 2),
		Tasks: []plan.Task{{ID: "m:1", Number: "1", Title: "推进口岸建设", Text: "推进口岸建设。", Lead: []string{"市发改委"}}}}
	e := docEngine(t, d)
	for _, q := range []string{"二连浩特的分工方案是哪天发布的?", "二连浩特那份方案的落款日期是哪天?"} {
		a, err := e.Answer(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "2024-04-02") || !strings.Contains(a.Text, "没有写明成文日期") {
			t.Errorf("%s: want the page's date beside the text's none; text:\n%s", q, a.Text)
		}
	}
}

func TestStatedTotalsQuoted(t *testing.T) {
	for _, c := range []struct{ city, title, para, q, want string }{
		{"南昌市", "2021年南昌市民生实事工程安排意见", "围绕就业和创业、社会保险等八个方面,集中办好涉及群众切身利益的110件实事。", "南昌民生实事一共办多少件?", "110"},
		{"安康市紫阳县", "2024年第五次县政府常务会议确定事项汇总表", "2024年第五次县政府常务会议确定事项43件,截止2024年6月10日,已完成16件,占37%。", "紫阳县政府常务会议确定事项一共多少件?已经完成了几件?", "已完成16件"},
	} {
		d := &plan.Document{ID: "m", City: c.city, Title: c.title, Paras: []plan.Paragraph{{Text: c.para}},
			Tasks: []plan.Task{{ID: "m:1", Number: "1", Title: "进一步扩大就业", Text: "进一步扩大就业。", Lead: []string{"市人社局"}}}}
		a, err := docEngine(t, d).Answer(context.Background(), Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, c.want) {
			t.Errorf("%s: want the plan's own total (%s) quoted; text:\n%s", c.q, c.want, a.Text)
		}
	}
}

func TestProgressQuotesTheFiguresAfterTheWork(t *testing.T) {
	d := &plan.Document{ID: "m", City: "安康市紫阳县", Title: "常务会议确定事项督查通报",
		Paras: []plan.Paragraph{{Section: "二、进展缓慢的事项", Text: "县文旅广电局负责的“切实抓好汉江宿集茶宿项目建设。”截至目前,18家茶宿项目,达到验收标准8家,正在建设11家。"}}}
	e := docEngine(t, d)
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"紫阳茶宿项目现在弄得咋样了?", true},
		{"紫阳茶宿项目进展如何?", true},
		{"茶宿项目是哪个单位的?", false},
	} {
		a, err := e.Answer(context.Background(), Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(a.Text, "验收标准8家"); got != c.want {
			t.Errorf("%s: figures quoted %v, want %v; text:\n%s", c.q, got, c.want, a.Text)
		}
	}
}

func TestABodyNamedButGivenNoTaskIsSearched(t *testing.T) {
	d := &plan.Document{ID: "h", City: "岳阳市华容县", Title: "2021年县政府重点工作任务分解", Issued: plan.NewDay(2021, 3, 1),
		Tasks: []plan.Task{{ID: "h:2", Number: "二", Title: "细化工作方案", Text: "各主要责任单位要于2021年3月15日前将实施方案报县政府督查室备案。", Lead: []string{"各主要责任单位"},
			Deadlines: []plan.Deadline{{Quote: "于2021年3月15日前", Date: plan.NewDay(2021, 3, 15), Kind: plan.KindBy}}}},
		Paras: []plan.Paragraph{{Section: "二", TaskID: "h:2", Text: "各主要责任单位要于2021年3月15日前将实施方案报县政府督查室备案。"}}}
	// Another county's plan has a 县政府督查室 among its units: the name is a unit's, not this plan's.
	other := &plan.Document{ID: "z", City: "安康市紫阳县", Title: "督查通报", Issued: plan.NewDay(2024, 3, 1),
		Tasks: []plan.Task{{ID: "z:1", Number: "1", Title: "跟踪督办", Text: "县政府督查室要跟踪督办。", Lead: []string{"县政府督查室"}}}}
	e := docEngine(t, d, other)
	a, err := e.Answer(context.Background(), Question{Text: "华容县要求最晚什么时候把实施方案报县政府督查室备案?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "2021-03-15") {
		t.Errorf("a body the plan names only as a recipient: want the passage and its date; text:\n%s", a.Text)
	}
	a, err = e.Answer(context.Background(), Question{Text: "华容县市外星局负责哪些任务?"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Outcome != OutcomeNotFound {
		t.Errorf("a unit no plan names is not found; got %s:\n%s", a.Outcome, a.Text)
	}
}

func TestUndatedTasksSayWhatTheirTimeCellSays(t *testing.T) {
	d := &plan.Document{ID: "g", City: "广东省", Title: "政务公开重点任务台账", Issued: plan.NewDay(2021, 3, 1),
		Tasks: []plan.Task{
			{ID: "g:1", Number: "1", Title: "做好常态化疫情防控信息发布", Text: "做好常态化疫情防控信息发布\n长期推进", Lead: []string{"应急处"}},
			{ID: "g:2", Number: "2", Title: "做好预算公开", Text: "做好预算公开\n2021年8月底前", Lead: []string{"财务处"},
				Deadlines: []plan.Deadline{{Quote: "2021年8月底前", Date: plan.NewDay(2021, 8, 31), Kind: plan.KindBy}}},
		}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "广东省台账里哪些任务没有具体的完成时限?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tasks) != 1 || a.Tasks[0] != "g:1" || !strings.Contains(a.Text, "时限写作“长期推进”") {
		t.Errorf("tasks %v, want g:1 with its time cell's words; text:\n%s", a.Tasks, a.Text)
	}
}

func TestAYearsPlanIsNoFrequency(t *testing.T) {
	text := "加快推进“百项百亿”工程,确保127个项目按时完成年度计划。进一步健全项目推进机制,每季度组织一次项目督查。"
	d := &plan.Document{ID: "j", City: "嘉兴市", Title: "嘉兴市推进服务业发展工作方案", Issued: plan.NewDay(2010, 12, 9),
		Tasks: []plan.Task{{ID: "j:1", Number: "1", Title: "加快推进“百项百亿”工程", Text: text, Lead: []string{"市发展改革委"},
			Recurring: []plan.Recurring{{Quote: "每季度组织一次项目督查", Rule: plan.RuleQuarterly, Units: []string{"市发展改革委"}}}}},
		Paras: []plan.Paragraph{{TaskID: "j:1", Text: text}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "嘉兴“百项百亿”工程多久组织一次项目督查?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "每季度") || strings.Contains(a.Text, "：年度") {
		t.Errorf("want the quarterly duty, not 年度计划 read as a frequency; text:\n%s", a.Text)
	}
}

func TestTakingPartSaidInTheQuestionsWord(t *testing.T) {
	d := &plan.Document{ID: "z", City: "中山市", Title: "政务公开工作要点分工方案", Issued: plan.NewDay(2022, 5, 1),
		Tasks: []plan.Task{
			{ID: "z:1", Number: "1", Title: "优化政务公开工作基础", Text: "优化政务公开工作基础", Lead: []string{"法规科"}, Participating: []string{"办公室"}},
			{ID: "z:2", Number: "2", Title: "摸清规范性文件底数", Text: "摸清规范性文件底数", Lead: []string{"办公室"}},
		}}
	e := docEngine(t, d)
	for _, c := range []struct{ q, word string }{
		{"中山市办公室牵头和配合的各是哪些?", "配合"},
		{"中山市办公室牵头和参与的各是哪些?", "参与"},
	} {
		a, err := e.Answer(context.Background(), Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "["+c.word+"]") || !strings.Contains(a.Text, c.word+" 1 项") {
			t.Errorf("%s: want taking part called %s; text:\n%s", c.q, c.word, a.Text)
		}
	}
}

func TestWhichTargetQuotesIt(t *testing.T) {
	d := &plan.Document{ID: "t", City: "天津市", Title: "主要指标分工", Issued: plan.NewDay(2006, 5, 1),
		Tasks: []plan.Task{{ID: "t:1", Number: "1", Title: "主要指标的责任部门", Text: "主要指标的责任部门。\n常住人口控制在1150万人左右。", Lead: []string{"市人口计生委", "市公安局"}}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "天津市人口计生委和市公安局共同牵头的是哪个指标?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "1150万人") {
		t.Errorf("asked which target, want its words quoted; text:\n%s", a.Text)
	}
}

func TestWhichUnitLeadsMostIsAboutItsTasks(t *testing.T) {
	d := &plan.Document{ID: "h", City: "菏泽市", Title: "关于加快服务业高质量发展的意见", Issued: plan.NewDay(2024, 3, 1),
		Tasks: []plan.Task{
			{ID: "h:1", Number: "1", Title: "大数据服务", Text: "大数据服务", Lead: []string{"市发展改革委"}},
			{ID: "h:2", Number: "2", Title: "人工智能", Text: "人工智能", Lead: []string{"市发展改革委"}},
			{ID: "h:3", Number: "3", Title: "文化旅游", Text: "文化旅游", Lead: []string{"市文化和旅游局"}},
		}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "菏泽市哪个部门牵头的任务最多?"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Tasks, []string{"h:1", "h:2"}) || !strings.Contains(a.Text, "市文化和旅游局") {
		t.Errorf("tasks %v, want the first's (h:1, h:2) with the whole ranking written; text:\n%s", a.Tasks, a.Text)
	}
	a, err = e.Answer(context.Background(), Question{Text: "菏泽市各部门牵头的任务数排名"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tasks) != 3 {
		t.Errorf("a whole ranking is about every task counted: %v", a.Tasks)
	}
}

func TestHowManyTasksAPlanHasCitesThem(t *testing.T) {
	d := &plan.Document{ID: "s", City: "绍兴市", Title: "市政府2020年重点工作一季度进展情况表", Published: plan.NewDay(2020, 5, 14),
		Tasks: []plan.Task{
			{ID: "s:1", Number: "1", Title: "稳开稳走", Text: "稳开稳走", Lead: []string{"市发改委"}},
			{ID: "s:2", Number: "2", Title: "招大引强", Text: "招大引强", Lead: []string{"市商务局"}},
		}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "市政府2020年重点工作一季度进展情况表是什么时候发布的?表里列了几项工作?"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Tasks, []string{"s:1", "s:2"}) || !strings.Contains(a.Text, "2020-05-14") {
		t.Errorf("tasks %v, want both, and the page's date; text:\n%s", a.Tasks, a.Text)
	}
}

func TestAUnitInWhatThePlanIsAbout(t *testing.T) {
	d := &plan.Document{ID: "j", City: "宣城市旌德县", Title: "",
		Tasks: []plan.Task{
			{ID: "j:1", Number: "1", Title: "考核", Text: "县委政法委负责对各乡镇宣传工作进行考核。", Lead: []string{"县委政法委"}},
			{ID: "j:2", Number: "2", Title: "素材", Text: "县公安局负责提供宣传素材。", Lead: []string{"县公安局"}},
		},
		Paras: []plan.Paragraph{{Text: "决定在全县范围内开展为期三个月的防范电信网络诈骗犯罪集中宣传活动,现制定活动方案如下:"}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "旌德县委政法委在防范电信网络诈骗集中宣传活动里管什么?"})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Tasks, []string{"j:1"}) {
		t.Errorf("tasks %v, want the unit's task in the plan about that campaign; text:\n%s", a.Tasks, a.Text)
	}
	a, err = e.Answer(context.Background(), Question{Text: "旌德县委政法委在养老服务里管什么?"})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tasks) != 0 {
		t.Errorf("a topic neither its tasks nor the plan names: none; got %v", a.Tasks)
	}
}

func TestWhenAPlansActivityRunsIsQuoted(t *testing.T) {
	d := &plan.Document{ID: "j", City: "宣城市旌德县",
		Tasks: []plan.Task{{ID: "j:1", Number: "1", Title: "提供素材", Text: "县公安局负责提供宣传素材。", Lead: []string{"县公安局"}}},
		Paras: []plan.Paragraph{{Section: "二、活动时间", Text: "活动时间"}, {Section: "二、活动时间", Text: "20xx年1月10日至3月31日。"}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "旌德县防电诈集中宣传活动的起止时间是什么时候?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "1月10日至3月31日") {
		t.Errorf("want the part that says when; text:\n%s", a.Text)
	}
}

func TestWhomANoticeIsSentTo(t *testing.T) {
	d := &plan.Document{ID: "s", City: "淮南市寿县", Title: "关于上半年落实情况的通报",
		Tasks: []plan.Task{{ID: "s:1", Number: "1", Title: "细化措施", Text: "请各乡镇要进一步细化工作措施。", Lead: []string{"各乡镇"}}},
		Paras: []plan.Paragraph{{Section: "通知", Text: "各乡镇人民政府,县政府各部门、各直属机构:"}, {Section: "通知", Text: "根据县政府工作安排,县政府督查室进行了专项督查。"}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "你好~想问下寿县那个上半年落实情况的通报是发给哪些单位的呀"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "各乡镇人民政府,县政府各部门、各直属机构") {
		t.Errorf("want the notice's addressees; text:\n%s", a.Text)
	}
}

func TestWhatAUnitIsResponsibleForQuotesIt(t *testing.T) {
	d := &plan.Document{ID: "w", City: "盘锦市大洼区", Title: "重点工作分工",
		Tasks: []plan.Task{{ID: "w:1", Number: "1", Title: "督查", Text: "区委区政府督查室要根据各项工作任务完成时限要求,适时开展督查督办工作。", Lead: []string{"区委区政府督查室"}}}}
	e := docEngine(t, d)
	a, err := e.Answer(context.Background(), Question{Text: "大洼区区委区政府督查室负责什么?"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "督查督办") {
		t.Errorf("asked what a unit is responsible for, want its task's words; text:\n%s", a.Text)
	}
}
