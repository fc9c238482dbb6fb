package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
)

// Each facet extractor is tested on its own, on hand-made plans (handDocs: 丽水市, 台州市黄岩区) or
// on plain strings, so that a change to one shows in its own table.

func handParser(t *testing.T) *Parser {
	t.Helper()
	docs := handDocs()
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	return p
}

func TestDocNumbers(t *testing.T) {
	tests := []struct {
		name, q, want string
	}{
		{"plan's brackets", "湖政办发〔2023〕16号是什么文件?", "湖政办发〔2023〕16号"},
		{"ASCII brackets", "湖政办发[2023]16号是什么文件?", "湖政办发〔2023〕16号"},
		{"full-width parentheses", "衢政办发（2023）21号的任务", "衢政办发〔2023〕21号"},
		{"lenticular brackets", "温鹿政办【2023】55号", "温鹿政办〔2023〕55号"},
		{"none", "湖州的方案有哪些任务?", ""},
		// fixq66c: typed without brackets, the year apart from the number.
		{"no brackets, a space", "渝府办发2025 42号 里头市民政局管哪几条", "渝府办发〔2025〕42号"},
		{"no brackets, a dash", "湖政办发 2023-16号有哪些任务", "湖政办发〔2023〕16号"},
		{"a day is no number", "在2025年3号前要做什么", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := docNumbers(tc.q)
			if strings.Join(got, ",") != tc.want {
				t.Errorf("docNumbers(%q) = %v, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestRoleIn(t *testing.T) {
	tests := []struct{ name, s, want string }{
		{"lead", "牵头哪些工作?", plan.RoleLead},
		{"participating", "参与了哪些任务?", plan.RoleParticipating},
		{"配合 is participating", "作为配合单位有哪些任务", plan.RoleParticipating},
		{"负责 is any", "负责哪些任务?", RoleAny},
		{"both is any", "牵头或参与的任务", RoleAny},
		{"English lead", " lead?", plan.RoleLead},
		{"English involved is any", " involved in?", RoleAny},
		{"nothing", "的", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleIn(tc.s); got != tc.want {
				t.Errorf("roleIn(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}

func TestUnitsFacet(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct {
		name  string
		q     string
		units string // name/role, ...
		all   bool
		refs  string
	}{
		{"one unit, any role", "丽水市商务局负责哪些任务?", "丽水市商务局/any", false, "[[丽水市 市商务局]]"},
		{"lead", "丽水市发改委牵头哪些工作?", "丽水市发改委/lead", false, "[[丽水市 市发展改革委]]"},
		{"participating", "丽水海关参与了哪些任务?", "丽水海关/participating", false, "[[丽水市 丽水海关]]"},
		{"two units, all", "丽水市发改委和市商务局共同负责哪些任务?", "丽水市发改委/any,市商务局/any", true, "[[丽水市 市发展改革委] [丽水市 市商务局]]"},
		{"two units joined by 和", "市发改委和市商务局负责哪些任务?", "市发改委/any,市商务局/any", true, ""},
		{"two units, each", "市发改委和市商务局分别负责哪些任务?", "市发改委/any,市商务局/any", false, ""},
		{"a role for both", "市发改委和市商务局共同牵头哪些任务?", "市发改委/lead,市商务局/lead", true, ""},
		{"both on the task, whatever their roles", "市发改委和市商务局都参与的是哪几项?", "市发改委/any,市商务局/any", true, ""},
		{"one unit involved in many is its participation", "丽水海关都参与了哪些任务?", "丽水海关/participating", false, "[[丽水市 丽水海关]]"},
		{"unit in every city", "商务局负责什么", "商务局/any", false, "[[丽水市 市商务局 台州市黄岩区 区商务局]]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			var got []string
			for _, u := range q.Units {
				got = append(got, u.Name+"/"+u.Role)
			}
			if strings.Join(got, ",") != tc.units || q.AllUnits != tc.all {
				t.Errorf("units %v all=%v, want %s all=%v", got, q.AllUnits, tc.units, tc.all)
			}
			if tc.refs != "" && fmt.Sprint(q.refs) != tc.refs {
				t.Errorf("refs %v, want %s", q.refs, tc.refs)
			}
		})
	}
}

func TestDeptTypes(t *testing.T) {
	ts := defaultDeptTypes()
	tests := []struct{ name, q, want string }{
		{"发展改革部门", "各地发展改革部门分别牵头几项?", "发展改革"},
		{"short name", "发改部门负责哪些任务", "发展改革"},
		{"教育系统", "教育系统有哪些任务", "教育"},
		{"two types", "商务部门和财政部门", "商务,财政"},
		{"城管部门", "宁波城管部门参与了哪些项目?", "城市管理"},
		{"a bare nickname before the asking", "宣城城管的任务里哪些已经逾期了?", "城市管理"},
		{"a nickname in a word is none", "智慧城管的建设由谁负责?", ""},
		{"none", "市商务局负责哪些任务", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := ts.in(tc.q)
			if strings.Join(got, ",") != tc.want {
				t.Errorf("in(%q) = %v, want %q", tc.q, got, tc.want)
			}
		})
	}
	units := []struct{ name, unit, want string }{
		{"市发改委", "市发展改革委", "发展改革"},
		{"区发展改革局", "区发展改革局", "发展改革"},
		{"省商务厅", "省商务厅", "商务"},
		{"a branch", "市生态环境局鹿城分局", "生态环境"},
		{"建委 of 2010", "市建委", "住建"},
		{"not a type", "市招商中心", ""},
		{"a central agency's office, after a place's name", "衢州海关", "海关"},
		{"城管局", "市城管局", "城市管理"},
		{"each county's 城管局", "各县市区城管局", "城市管理"},
		{"each district's", "各区住建局", "住建"},
		{"a name a list left without its level", "市场监管局", "市场监管"},
	}
	for _, tc := range units {
		t.Run("of "+tc.name, func(t *testing.T) {
			if got := ts.of(tc.unit); got != tc.want {
				t.Errorf("of(%q) = %q, want %q", tc.unit, got, tc.want)
			}
		})
	}
	// Before the merger a plan names 文化局 and 旅游局 apart: 旅游部门 is the one, not the other; a
	// merged 文化和旅游局 is both.
	member := []struct {
		unit, typ string
		want      bool
	}{
		{"市旅游局", "旅游", true},
		{"市文化局", "旅游", false},
		{"市文化局", "文化", true},
		{"市文化和旅游局", "旅游", true},
		{"市文化和旅游局", "文化", true},
		{"市文化局", "文化旅游", true},
	}
	for _, tc := range member {
		if got := ts.is(tc.unit, tc.typ); got != tc.want {
			t.Errorf("is(%q, %q) = %v, want %v", tc.unit, tc.typ, got, tc.want)
		}
	}
}

func TestCitiesFacet(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, cities, didYouMean string }{
		{"one", "丽水的方案有哪些任务?", "丽水市", ""},
		{"two, in order", "黄岩和丽水分别有多少项任务?", "台州市黄岩区,丽水市", ""},
		{"pinyin", "what is due in Lishui?", "丽水市", ""},
		{"several in pinyin", "what do the commerce bureaus lead in Lishui and Huangyan?", "丽水市,台州市黄岩区", ""},
		{"misspelt (same reading)", "离水的商务局负责什么", "丽水市", "丽水市"},
		{"misspelt with another character", "黄严的商务局负责什么", "台州市黄岩区", "台州市黄岩区"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if strings.Join(q.Cities, ",") != tc.cities || q.didYouMean != tc.didYouMean {
				t.Errorf("cities %v didYouMean %q, want %s %q", q.Cities, q.didYouMean, tc.cities, tc.didYouMean)
			}
		})
	}
}

func TestWindow(t *testing.T) {
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, from, to, prec string }{
		{"month end", "2024年6月底前要完成哪些任务?", "", "2024-06-30", "month"},
		{"a year's end is that year's deadlines", "2025年底前要完成什么", "2025-01-01", "2025-12-31", ""},
		{"a year", "哪些任务2027年到期?", "2027-01-01", "2027-12-31", ""},
		{"a day is that day", "2024年6月15日到期的任务", "2024-06-15", "2024-06-15", "month"},
		{"days ahead", "未来30天有哪些任务到期", "2024-05-10", "2024-06-09", ""},
		{"this month", "本月要做什么?", "2024-05-10", "2024-05-31", ""},
		{"next month", "下个月有哪些任务到期?", "2024-06-01", "2024-06-30", ""},
		{"next year", "明年到期的任务", "2025-01-01", "2025-12-31", ""},
		{"English by", "what is due by March 2025?", "", "2025-03-31", "month"},
		{"a goal year is no window", "到2027年要培育多少家企业?", "", "", ""},
		{"the goals set for a year", "哪些任务写了到2027年要达到的数字?", "2027-01-01", "2027-12-31", ""},
		{"a month without its year is this year's month", "11月底前要完成的事情是什么?", "2024-11-01", "2024-11-30", "month"},
		{"a month written 份", "12月份有哪些节点?", "2024-12-01", "2024-12-31", "month"},
		{"a day without its year", "6月30日前要报什么?", "2024-06-01", "2024-06-30", "month"},
		{"months counted are no month", "3个月内要做什么?", "2024-05-10", "2024-08-10", ""},
		{"a half of a year", "2021年上半年要完成哪些?", "2021-01-01", "2021-06-30", "month"},
		{"a quarter without its year", "第三季度有哪些任务到期?", "2024-07-01", "2024-09-30", "month"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, to, _, prec := window(tc.q, today)
			if from.String() != tc.from || to.String() != tc.to || prec != tc.prec {
				t.Errorf("window(%q) = %s..%s %q, want %s..%s %q", tc.q, from, to, prec, tc.from, tc.to, tc.prec)
			}
		})
	}
}

func TestStatus(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"overdue", "哪些任务已逾期?", StatusOverdue},
		{"past due and not done", "还有哪些任务逾期没完成?", StatusOverdue},
		{"no unit", "哪些任务没有责任单位?", StatusNoUnit},
		{"no lead", "哪些任务没有牵头单位?", StatusNoLead},
		{"past its deadline", "还有哪些已经过了期限没完成?", StatusOverdue},
		{"a lead and no partners", "有没有只写了牵头部门、没写参与部门的工作?", StatusNoPartic},
		{"no supporting unit", "哪些任务没有配合单位?", StatusNoPartic},
		{"no date", "哪些任务没有明确完成时间?", StatusNoDate},
		{"no year", "哪些任务没有写明到哪一年完成?", StatusNoDate},
		{"no definite time", "台账里哪些任务没有具体的完成时限?", StatusNoDate},
		{"has a deadline", "哪些任务设了完成期限?", StatusDated},
		{"whether any has a date", "这几项工作有没有明确的完成日期?", StatusDated},
		{"whether the plan set one", "亭子湖基地建设的各项任务有规定完成期限吗？", StatusDated},
		{"done", "哪些任务已经完成了?", StatusDone},
		{"how much was done is a figure, not a status", "上半年完成了多少?", ""},
		{"due soon", "哪些任务要到期了?", StatusOverdue},
		{"none", "市商务局负责哪些任务?", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := status(tc.q, "zh"); got != tc.want {
				t.Errorf("status(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestFrequency(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"monthly", "哪些工作每月都要做?", "monthly"},
		{"quarterly", "每季度要做什么", "quarterly"},
		{"half-yearly", "哪些工作每半年要做一次？", "half_yearly"},
		{"half-yearly in English", "Which duties recur every half year?", "half_yearly"},
		{"twice a year", "What is done twice a year?", "half_yearly"},
		{"recurring", "这个月有什么固定要做的事?", "any"},
		{"none", "哪些任务已逾期?", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := frequency(tc.q); got != tc.want {
				t.Errorf("frequency(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestShapeFacet(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, shape, group string }{
		{"a unit's tasks", "丽水市商务局负责哪些任务?", ShapeList, ""},
		{"how many", "丽水市商务局一共负责几项任务?", ShapeCount, ""},
		{"ranking", "丽水哪个单位的任务最多?", ShapeCount, GroupUnit},
		{"per city", "各市分别有多少项任务?", ShapeCount, GroupCity},
		{"owner", "生态产品交易中心的责任单位是谁?", ShapeOwner, ""},
		{"a cycle asked is how often", "各单位按什么周期报送工作进展?", ShapeFrequency, ""},
		{"figure", "丽水到2026年生态产品交易额要突破多少?", ShapeFigure, ""},
		{"a sum of money asked with 一共 is a figure, not a count of tasks", "南昌民生实事工程一共要筹集多少资金?", ShapeFigure, ""},
		{"how often", "丽水多久通报一次?", ShapeFrequency, ""},
		{"data to be summed up is no summary asked for", "点位数据汇总要在哪天之前完成?", ShapeList, ""},
		{"plan facts", "丽水的方案是什么时候印发的?", ShapePlanFacts, ""},
		{"what a plan is", "丽水的方案是什么文件?", ShapePlanFacts, ""},
		{"summary", "总结一下丽水的方案", ShapeSummary, ""},
		{"a city alone", "丽水", ShapeSummary, ""},
		{"overdue list", "哪些任务已逾期?", ShapeList, ""},
		{"targets in a year", "2026年要达到哪些指标?", ShapeList, ""},
		{"tasks named by a noun", "跟生态产品有关的任务", ShapeList, ""},
		{"whether there are tasks", "丽水有没有生态产品方面的项目", ShapeList, ""},
		{"the day of a recurring duty", "丽水每月几号前通报", ShapeFrequency, ""},
		{"a plan's text, no list asked", "丽水2024年的方案经过哪次会议审议", ShapeSearch, ""},
		{"a name with 最多 in it is no ranking", "丽水“最多跑一次”改革具体做什么", ShapeList, ""},
		{"最多跑一次 unquoted", "丽水最多跑一次改革谁负责", ShapeOwner, ""},
		{"a target named bare", "各地的生态产品交易额目标", ShapeFigure, GroupCity},
		{"these tasks are no count", "丽水的这几项工作有完成时间吗", ShapeList, ""},
		{"the earliest plan", "最早的方案是哪个", ShapePlanFacts, ""},
		{"a department type's targets are its tasks", "丽水发改部门负责哪些目标?", ShapeList, ""},
		{"each responsible unit", "丽水各责任单位分别负责几项?", ShapeCount, GroupUnit},
		{"which year a plan is of", "丽水服务业实施方案是哪年的?", ShapePlanFacts, ""},
		{"the year a task is due is no plan fact", "丽水交易中心哪年完成?", ShapeList, ""}, // its tasks with their dates (StatusDated),
		{"a unit's targets are its tasks", "丽水市商务局负责哪些目标?", ShapeList, ""},
		{"a plan's goals", "丽水的方案有哪些目标?", ShapePlanFacts, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.Shape != tc.shape || q.GroupBy != tc.group {
				t.Errorf("shape %q group %q, want %q %q", q.Shape, q.GroupBy, tc.shape, tc.group)
			}
		})
	}
}

func TestTopicTerms(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"a topic and 方面", "养老方面各地有哪些任务?", "养老"},
		{"谁 splits", "人工智能由谁负责?", "人工智能"},
		{"相关", "老字号相关的工作有哪有?", "老字号"},
		{"和 splits", "进出口和实际使用外资的目标由哪个单位负责?", "进出口,实际使用外资"},
		{"Latin meets Han", "关于单位GDP能耗的任务有哪些?", "GDP,能耗"},
		{"a Latin term with a small letter", "IPv6由谁负责?", "IPv6"},
		{"跟X有关, one character", "有哪些跟水有关的指标?", "水"},
		{"how large is a question word", "每年要建立多大规模的服务业标杆企业培育库?", "建立,服务业标杆企业培育库"},
		{"其中 and 它 are the question's", "其中它牵头的是哪几项?", ""},
		{"question nouns stay inside", "每年要资助培养多少社会工作人才?", "资助培养,社会工作人才"},
		{"nothing left", "哪些任务已逾期?", ""},
		{"a bulletin read from is no topic", "通报里哪些事项没写完成时限?", ""},
		{"a bulletin asked about is", "哪些任务要通报?", "通报"},
		{"a project's progress", "茶宿项目进展如何?", "茶宿"},
		{"digital is a topic's word", "数字经济有哪些任务?", "数字经济"},
		{"the figure asked for is the asking", "GDP增长的具体数字是多少?", "GDP,增长"},
		{"how many times a year is the asking", "各部门一年要组织几次自查?", "组织,自查"},
		{"following up is the asking", "议定事项由谁跟进落实?", "议定"},
		{"the first two of a ranking", "哪个部门牵头的任务最多?前两名各有几项?", ""},
		{"which day, asked with 在", "各单位要在哪天前报送完成情况?", "报送"},
		{"申请 stays whole, a modal goes", "买房补贴还能申请吗?", "买房补贴,申请"},
		{"能源 keeps its 能", "能源保供由谁负责?", "能源保供"},
		{"对 between actor and object", "巡查人员对沿街商铺多久巡查一次?", "巡查人员,沿街商铺,巡查"},
		{"对 opening a word stays", "扩大对外开放有哪些任务?", "扩大对外开放"},
		{"完 after the work is no word of it", "新增违法用地最晚什么时候要整治完?", "新增违法用地,整治"},
		{"how many batches is the asking", "档案电子化分几批？每批什么时候完成", "档案电子化"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := topicTerms(cutStatus(tc.q), "zh")
			if strings.Join(got, ",") != tc.want {
				t.Errorf("topicTerms(%q) = %v, want %q", tc.q, got, tc.want)
			}
		})
	}
}

func TestTopicMatch(t *testing.T) {
	pairs := map[string]int{"国家": 38, "政策": 34, "家政": 31}
	tests := []struct {
		name, text, term string
		want             bool
	}{
		{"as written", "鼓励家政服务机构入驻平台", "家政", true},
		{"a straddle is no match", "按国家政策规定继续实施", "家政", false},
		{"a generic head dropped", "养老、家政等紧缺专业", "家政服务", true},
		{"characters in order", "城镇居民人均可支配收入增长", "居民收入", true},
		{"synonym", "单位地区生产总值能耗降幅", "GDP", true},
		{"not across a clause", "居民，收入", "居民收入", false},
		{"absent", "建设生态产品交易中心", "食品安全", false},
		{"an abbreviation", "一体化做好衢州综合保税区申报建设", "综保区", true},
		{"an everyday name", "进出口总额增长9%左右", "外贸", true},
		{"the verb around it dropped", "培育百名新生代鹿城企业家。面向新生代企业家", "新生代企业家培养", true},
		{"a verb before it stays", "面向新生代企业家的培训", "培养新生代企业家", false},
		{"a short stem is no match", "人才公寓建设", "人才引进", false},
		{"a short verb after its object", "各牵头单位要于每月28日前将各项工作任务进展情况报送市政府督考办", "报进展", true},
		{"the object alone is no match", "及时跟进督查各项工作进展情况", "报进展", false},
		{"elderly care in its homes", "建成投用桥墩镇等3家中心敬老院", "养老", true},
		{"housing renewal in its kinds", "新开工老旧小区改造221个3万户", "住房改造", true},
		{"filing either way round", "于2021年3月15日前报县政府督查室备案", "报备", true},
		{"a near word inside a longer term", "对首次购房补贴给予支持", "买房补贴", true},
		{"an abbreviation inside a term, spread", "开展为期三个月的防范电信网络诈骗犯罪集中宣传活动", "防诈宣传活动", true},
		{"a verb written after its object", "职工可申请提取住房公积金直接支付购房首付款", "公积金提取", true},
		{"the verb must be there", "住房公积金缴存比例", "公积金提取", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := taskRef(tc.text)
			if got := topicMatch(r, []string{tc.term}, pairs); got != tc.want {
				t.Errorf("topicMatch(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

func TestSplitMatch(t *testing.T) {
	tests := []struct {
		name, text, term string
		want             bool
	}{
		{"two words the plans write apart", "进出口总额增长9%左右。", "外贸进出口", true},
		{"in one sentence only", "发展智慧城市。加强养老服务。", "智慧养老", false},
		{"both in one sentence", "培育智慧健康养老新业态。", "智慧养老", true},
		{"a near verb, split", "培育千名新生代企业家", "培养新生代企业家", true},
		{"too short to split", "外贸", "外贸", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := splitMatch(taskRef(tc.text), tc.term, nil); got != tc.want {
				t.Errorf("splitMatch(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

func TestItemOf(t *testing.T) {
	tests := []struct {
		name string
		t    plan.Task
		want string
	}{
		{"a clause is its item", plan.Task{ID: "d:3.2.1-2", Title: "建设交易中心", Text: "建设交易中心。"}, "d:3.2.1"},
		{"a numbered row under a heading counts alone", plan.Task{ID: "d:1-2", Title: "主要预期目标：2.一般公共预算收入增长6%", Text: "2.一般公共预算收入增长6%。"}, "d:1-2"},
		{"the heading, then the numbered clause", plan.Task{ID: "d:1-1", Title: "主要预期目标：地区生产总值增长5%", Text: "主要预期目标\n1.地区生产总值增长5%以上。"}, "d:1-1"},
		{"an ordinal in brackets", plan.Task{ID: "d:1.1-2", Title: "(二)公共财政收入增长13%左右"}, "d:1.1-2"},
		{"a whole item", plan.Task{ID: "d:2.1.4", Title: "1.建设中心"}, "d:2.1.4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := itemOf(&tc.t); got != tc.want {
				t.Errorf("itemOf = %s, want %s", got, tc.want)
			}
		})
	}
}

func TestItemKeyAndMeasures(t *testing.T) {
	for id, want := range map[string]string{"d:3.2.1-2": "d:3.2.1", "d:a1.3-2": "d:a1.3-2", "d:2.1.4": "d:2.1.4"} {
		if got := itemKey(id); got != want {
			t.Errorf("itemKey(%s) = %s, want %s", id, got, want)
		}
	}
	names := func(u string) []string { return plan.DefaultAliases().Names(u) }
	measure := &plan.Task{Section: "三、保障措施", Text: "建立月度通报制度,每月10日前由市发改委通报。", Lead: []string{"市发改委"}}
	assigned := &plan.Task{Section: "三、保障措施", Text: "修改完善服务业目标考核办法。", Lead: []string{"市考评办"}}
	task := &plan.Task{Section: "二、重点任务", Text: "建设交易中心。", Lead: []string{"市发改委"}}
	dated := &plan.Task{Section: "四、工作要求", Text: "区公安局等牵头单位应于6月10日前将实施方案报送区安办。", Lead: []string{"区公安局"},
		Deadlines: []plan.Deadline{{Quote: "6月10日前", Date: plan.NewDay(2013, 6, 10), Kind: plan.KindBy}}}
	for _, tc := range []struct {
		name string
		t    *plan.Task
		want bool
	}{{"units named only in its sentences", measure, true}, {"units from a note", assigned, false}, {"a task section", task, false}, {"work with a date of its own", dated, false}} {
		if got := isMeasure(tc.t, names); got != tc.want {
			t.Errorf("%s: isMeasure = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRoleLeftOut(t *testing.T) {
	tests := []struct{ name, s, want string }{
		{"lead left out", "参与的有哪些，不算牵头的", plan.RoleParticipating},
		{"lead left out, with 它", "参与了哪些工作?不算它牵头的", plan.RoleParticipating},
		{"participation left out", "负责的任务，不包括配合的", plan.RoleLead},
		{"除了", "除了牵头的还有哪些", plan.RoleParticipating},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := roleIn(tc.s); got != tc.want {
				t.Errorf("roleIn(%q) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}

func TestPlansByTitleWord(t *testing.T) {
	p := handParser(t)
	tests := []struct {
		name         string
		terms        []string
		cities       []string
		planWord     bool
		plans, topic string
	}{
		{"a city's plan by a word of its title", []string{"服务业", "交易中心"}, []string{"丽水市"}, false, "d1", "交易中心"},
		{"no city, a plan word", []string{"服务业"}, nil, true, "d1,d2", ""},
		{"no city, no plan word: a topic", []string{"服务业"}, nil, false, "", "服务业"},
		{"not in the title", []string{"模具"}, []string{"台州市黄岩区"}, false, "", "模具"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plans, rest := p.plansByTitleWord(tc.terms, tc.cities, tc.planWord)
			if strings.Join(plans, ",") != tc.plans || strings.Join(rest, ",") != tc.topic {
				t.Errorf("plans %v topic %v, want %q %q", plans, rest, tc.plans, tc.topic)
			}
		})
	}
}

func TestBodyUnits(t *testing.T) {
	d := &plan.Document{ID: "b", City: "丽水市", Title: "丽水市服务业方案"}
	d.Tasks = []plan.Task{
		{ID: "b:1", Title: "议事协调", Lead: []string{"市三产发展工作领导小组"}},
		{ID: "b:2", Title: "研究制定规划", Lead: []string{"市发展改革委"}, Participating: []string{"市三产发展工作领导小组成员单位"}},
		{ID: "b:3", Title: "人才工作", Lead: []string{"市人才工作领导小组"}},
	}
	for i := range d.Tasks {
		ref := d.Ref()
		d.Tasks[i].Doc = &ref
	}
	docs := []*plan.Document{d}
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	tests := []struct{ name, q, want string }{
		{"the body itself", "三产领导小组负责哪些任务", "[丽水市 市三产发展工作领导小组]"},
		{"its members", "三产领导小组成员单位要参与哪些工作", "[丽水市 市三产发展工作领导小组成员单位]"},
		{"every body of the kind", "领导小组负责哪些任务", "[丽水市 市三产发展工作领导小组 丽水市 市人才工作领导小组]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, plan.NewDay(2024, 5, 10))
			if got := fmt.Sprint(p.bodyUnits("领导小组", &q)); got != tc.want {
				t.Errorf("bodyUnits = %s, want %s (query %+v)", got, tc.want, q)
			}
		})
	}
}

func TestUnitAfterPlaces(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, cities, types, role string }{
		{"a unit after a list of places is the type in each", "丽水、黄岩的商务局各牵头几项", "丽水市,台州市黄岩区", "商务", plan.RoleLead},
		{"these places", "丽水、黄岩这几个地方的商务部门负责什么", "丽水市,台州市黄岩区", "商务", RoleAny},
		{"one place's unit stays a unit", "丽水的商务局牵头几项", "丽水市", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if strings.Join(q.Cities, ",") != tc.cities || strings.Join(q.DeptTypes, ",") != tc.types || q.Role != tc.role {
				t.Errorf("cities %v types %v role %q, want %s %s %q", q.Cities, q.DeptTypes, q.Role, tc.cities, tc.types, tc.role)
			}
		})
	}
}

func TestWhenDue(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, status string }{
		{"by when", "生态产品交易中心最晚什么时候要建成", StatusDated},
		{"when is it due", "交易中心什么时候要完成", StatusDated},
		{"a plan's date is a fact, not a task's", "丽水的方案是什么时候印发的", ""},
		{"a frequency's day is the duty's", "丽水每个月什么时候要通报进度", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); q.Status != tc.status {
				t.Errorf("status %q, want %q", q.Status, tc.status)
			}
		})
	}
}

func TestYearNamesPlan(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, from string }{
		{"a year before a plan is the plan's", "丽水2024年的方案有哪些任务", ""},
		{"a year before a report", "丽水2024年政府工作报告的任务", ""},
		{"a year alone is a window", "丽水2024年要完成哪些任务", "2024-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); q.From != tc.from {
				t.Errorf("from %q, want %q", q.From, tc.from)
			}
		})
	}
}

func TestRoleNotStatus(t *testing.T) {
	p := handParser(t)
	q := p.Parse("丽水海关只参与不牵头的任务有哪些", Context{}, plan.NewDay(2024, 5, 10))
	if q.Status != "" || len(q.Units) != 1 || q.Units[0].Role != plan.RoleParticipating {
		t.Errorf("status %q units %+v, want participating and no status", q.Status, q.Units)
	}
}

func TestRankings(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct {
		name, q string
		group   string
		fewest  bool
		top     int
	}{
		{"most", "丽水哪个单位任务最多", GroupUnit, false, 0},
		{"fewest plan", "哪个方案任务最少", GroupPlan, true, 0},
		{"the first three", "丽水牵头任务最多的前三个单位", GroupUnit, false, 3},
		{"top in English", "which units lead the most tasks in Lishui? top 5", GroupUnit, false, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if !q.Rank || q.GroupBy != tc.group || q.fewest != tc.fewest || q.top != tc.top || len(q.Topic) > 0 {
				t.Errorf("rank %v group %q fewest %v top %d topic %v, want %q %v %d", q.Rank, q.GroupBy, q.fewest, q.top, q.Topic, tc.group, tc.fewest, tc.top)
			}
		})
	}
}

func TestDueByYear(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, to, status string }{
		{"by a year", "丽水有哪些任务到2025年要完成", "2025-12-31", StatusDue},
		{"a target's year is no window", "丽水到2025年交易额要达到多少", "", ""},
		{"the end of this year", "丽水今年底前要干的事", "2024-12-31", StatusDue},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.To != tc.to || q.Status != tc.status || len(q.Topic) > 0 && tc.status != "" {
				t.Errorf("to %q status %q topic %v, want %q %q", q.To, q.Status, q.Topic, tc.to, tc.status)
			}
		})
	}
}

func TestNotYetDue(t *testing.T) {
	today := plan.NewDay(2024, 5, 10)
	from, to, win, _ := window("哪些任务还没到期?", today)
	if from != today || to.Year < 2100 || win == "" {
		t.Errorf("window = %v %v %q, want from today on", from, to, win)
	}
}

func TestNearestFreqWord(t *testing.T) {
	snt := "市工作专班通过每月调度、双月现场推进、每季召开例会等形式统筹协调"
	tests := []struct {
		name  string
		topic []string
		want  string
	}{
		{"the meeting's", []string{"例会"}, "每季"},
		{"the dispatching's", []string{"调度"}, "每月"},
		{"both", []string{"调度", "例会"}, "每月、每季"},
		{"no topic", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := nearestFreqWord(snt, tc.topic); got != tc.want {
				t.Errorf("nearestFreqWord = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFollowUpRole(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	first := p.Parse("丽水市商务局有几项任务", Context{}, today)
	for _, tc := range []struct{ name, q, role string }{
		{"it, taking part", "它参与的呢", plan.RoleParticipating},
		{"of them, leading", "其中哪些是牵头的?", plan.RoleLead},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, first.context(0, 1), today)
			if len(q.Units) != 1 || q.Units[0].Role != tc.role {
				t.Errorf("units %+v, want one in role %q", q.Units, tc.role)
			}
		})
	}
}

// docsParser is a parser over the plans given.
func docsParser(docs ...*plan.Document) *Parser {
	p := NewParser(plan.NewDirectory(docs, plan.DefaultAliases()), nil)
	p.allDocs = docs
	return p
}

// livelihoodDocs are two cities' 民生实事 plans: 宁波's has no title, only an opening paragraph.
func livelihoodDocs() []*plan.Document {
	nb := &plan.Document{ID: "nb", City: "宁波市", Paras: []plan.Paragraph{{Text: "2014年市政府民生实事项目共有42项任务,内容涉及交通出行、养老服务等方面。"}}}
	nb.Tasks = []plan.Task{
		{ID: "nb:1", Number: "1", Title: "新辟公交线路10条", Lead: []string{"市交通委"}, Participating: []string{"市公安局", "市城管局"}, Doc: new(nb.Ref())},
		{ID: "nb:2", Number: "2", Title: "新增安装视频采集设备", Lead: []string{"市公安局"}, Participating: []string{"市城管局"}, Doc: new(nb.Ref())},
	}
	yx := &plan.Document{ID: "yx", City: "汉中市洋县", Title: "洋县2024年十大民生实事项目"}
	yx.Tasks = []plan.Task{{ID: "yx:1", Number: "1", Title: "农村公路生命安全防护工程", Lead: []string{"交通局"}, Doc: new(yx.Ref())}}
	return []*plan.Document{nb, yx}
}

func TestPlanName(t *testing.T) {
	docs := livelihoodDocs()
	tests := []struct {
		name string
		d    *plan.Document
		want string
	}{
		{"the title", docs[1], "洋县2024年十大民生实事项目"},
		{"no title: the opening paragraph's first clause", docs[0], "2014年市政府民生实事项目共有42项任务"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := planName(tc.d); got != tc.want {
				t.Errorf("planName = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPlanWordsInUnitCity(t *testing.T) {
	p := docsParser(livelihoodDocs()...)
	today := plan.NewDay(2026, 12, 1)
	tests := []struct {
		name, q, cities, plans, topic string
	}{
		{"the unit's city, not another city's title", "宁波市公安局配合哪些民生实事?", "宁波市", "nb", ""},
		{"two units of one city", "宁波市公安局和市城管局都涉及的民生实事有哪些?", "宁波市", "nb", ""},
		{"no unit: the title names the plan", "洋县民生实事项目有哪些?", "汉中市洋县", "yx", ""},
		{"what the opening lists is a topic", "宁波市民生实事里有没有关于养老的项目?", "宁波市", "nb", "养老"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if got := strings.Join(q.Cities, ","); got != tc.cities {
				t.Errorf("cities %q, want %q", got, tc.cities)
			}
			if got := strings.Join(q.Plans, ","); got != tc.plans {
				t.Errorf("plans %q, want %q", got, tc.plans)
			}
			if got := strings.Join(q.Topic, ","); got != tc.topic {
				t.Errorf("topic %q, want %q", got, tc.topic)
			}
		})
	}
}

func TestFollowUpSubjectless(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	first := p.Parse("丽水交易中心这项任务谁牵头?", Context{}, today)
	tests := []struct{ name, q, topic, cities string }{
		{"when, of the same task", "啥时候要完成?", "交易中心", "丽水市"},
		{"a new topic is its own", "模具产业服务化啥时候要完成?", "模具产业服务化", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, first.context(0, 1), today)
			if got := strings.Join(q.Topic, ","); got != tc.topic {
				t.Errorf("topic %q, want %q", got, tc.topic)
			}
			if got := strings.Join(q.Cities, ","); got != tc.cities {
				t.Errorf("cities %q, want %q", got, tc.cities)
			}
		})
	}
}

func TestSectionHolds(t *testing.T) {
	tests := []struct {
		name, section string
		terms         []string
		want          bool
	}{
		{"a table's heading", "附件1 2022年区政府工作报告经济社会发展预期目标任务分解表", []string{"预期"}, true},
		{"every term", "附件1 经济社会发展预期目标任务分解表", []string{"预期", "财政"}, false},
		{"no heading", "", []string{"预期"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sectionHolds(tc.section, tc.terms); got != tc.want {
				t.Errorf("sectionHolds = %v, want %v", got, tc.want)
			}
		})
	}
}

// issuerDocs: a plan a department issued, whose parties are its sections, and another city's plan
// that names that department as a party.
func issuerDocs() []*plan.Document {
	jm := &plan.Document{ID: "jm", City: "江门市", Title: "江门市卫生健康局2021年政务公开工作要点分工方案"}
	jm.Tasks = []plan.Task{
		{ID: "jm:1", Number: "1", Title: "更新开放数据集", Lead: []string{"局规划科"}, Doc: new(jm.Ref())},
		{ID: "jm:2", Number: "2", Title: "疫苗接种信息公开", Lead: []string{"局疾控科"}, Doc: new(jm.Ref())},
	}
	lc := &plan.Document{ID: "lc", City: "温州市鹿城区", Title: "鹿城区服务业实施方案"}
	lc.Tasks = []plan.Task{{ID: "lc:1", Number: "1", Title: "加大社会办医支持力度", Lead: []string{"区卫生健康局"}, Doc: new(lc.Ref())}}
	return []*plan.Document{jm, lc}
}

func TestIssuers(t *testing.T) {
	p := docsParser(issuerDocs()...)
	today := plan.NewDay(2026, 12, 1)
	tests := []struct{ name, q, units, plans, topic string }{
		{"a section of the issuer", "江门市卫生健康局规划科负责什么?", "[[江门市 局规划科]]", "", ""},
		{"the issuer alone: its plan", "江门市卫生健康局有多少项工作?", "[]", "jm", ""},
		{"the issuer by its short name", "江门卫健局疫情防控专栏怎么说?", "[]", "jm", "疫情防控专栏"},
		{"a party where it is one", "鹿城区卫生健康局负责什么?", "[[温州市鹿城区 区卫生健康局]]", "", ""},
		{"a section after the issuer's short name", "江门卫健局疾控科负责什么?", "[[江门市 局疾控科]]", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if got := fmt.Sprint(q.refs); got != tc.units {
				t.Errorf("units %s, want %s", got, tc.units)
			}
			if got := strings.Join(q.Plans, ","); got != tc.plans {
				t.Errorf("plans %q, want %q", got, tc.plans)
			}
			if got := strings.Join(q.Topic, ","); got != tc.topic {
				t.Errorf("topic %q, want %q", got, tc.topic)
			}
		})
	}
}

// fgDoc is a plan whose title quotes a name (深化“放管服”改革…).
func fgDoc() *plan.Document {
	d := &plan.Document{ID: "fg", City: "济南市钢城区", Title: "深化“放管服”改革优化营商环境2021年重点任务分工方案"}
	d.Tasks = []plan.Task{
		{ID: "fg:1", Number: "1", Title: "严格落实行政许可设定审查制度", Lead: []string{"区政府办公室", "区司法局", "区行政审批服务局"}, Doc: new(d.Ref())},
		{ID: "fg:2", Number: "2", Title: "规范行政备案事项管理", Lead: []string{"区政府办公室"}, Participating: []string{"区司法局"}, Doc: new(d.Ref())},
	}
	return d
}

func TestPlanNamedByTitleWords(t *testing.T) {
	p := docsParser(fgDoc())
	today := plan.NewDay(2026, 12, 1)
	tests := []struct {
		name, q, from, topic, plans string
		partners                    bool
	}{
		{"this year's plan, as the asker takes it", "今年深化放管服改革优化营商环境方案里区司法局有哪些任务?", "", "", "fg", false},
		{"a year alone is a window", "钢城区今年区司法局要完成哪些任务?", "2026-12-01", "", "", false},
		{"with whom", "钢城区行政审批服务局的任务分别跟哪些单位一起做?", "", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, Context{}, today)
			if q.From != tc.from || strings.Join(q.Topic, ",") != tc.topic || strings.Join(q.Plans, ",") != tc.plans || q.partners != tc.partners {
				t.Errorf("from %q topic %v plans %v partners %v, want %q %q %q %v", q.From, q.Topic, q.Plans, q.partners, tc.from, tc.topic, tc.plans, tc.partners)
			}
		})
	}
}

func TestFollowUpItWith(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	first := p.Parse("丽水市发改委牵头哪些任务?", Context{}, today)
	tests := []struct {
		name, q, units string
		all            bool
	}{
		{"it and another, together", "它和市商务局共同负责的呢?", "丽水市发改委,市商务局", true},
		{"another alone", "那市商务局呢?", "市商务局", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q := p.Parse(tc.q, first.context(0, 1), today)
			var names []string
			for _, u := range q.Units {
				names = append(names, u.Name)
			}
			if got := strings.Join(names, ","); got != tc.units || q.AllUnits != tc.all {
				t.Errorf("units %q all %v, want %q %v", got, q.AllUnits, tc.units, tc.all)
			}
		})
	}
}

func TestGovernmentOfficeShortName(t *testing.T) {
	d := &plan.Document{ID: "wh", City: "武汉市", Title: "武汉市目标任务责任分解方案"}
	d.Tasks = []plan.Task{{ID: "wh:1", Number: "1", Title: "每季度梳理汇总办理情况", Lead: []string{"市人民政府督查室"}, Doc: new(d.Ref())}}
	p := docsParser(d)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, refs string }{
		{"without 人民", "武汉市政府督查室负责什么?", "[[武汉市 市人民政府督查室]]"},
		{"as the plan writes it", "武汉市人民政府督查室负责什么?", "[[武汉市 市人民政府督查室]]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); fmt.Sprint(q.refs) != tc.refs {
				t.Errorf("refs %v, want %s", q.refs, tc.refs)
			}
		})
	}
}

func TestPrefectureWithoutLevel(t *testing.T) {
	d := &plan.Document{ID: "cx", City: "楚雄州", Title: "楚雄州2021年8项民生工程和10件惠民实事工作方案"}
	d.Tasks = []plan.Task{{ID: "cx:1", Number: "1", Title: "城乡居民增收工程", Lead: []string{"州人力资源和社会保障局"}, Doc: new(d.Ref())}}
	p := docsParser(d)
	today := plan.NewDay(2024, 5, 10)
	tests := []struct{ name, q, cities string }{
		{"in English", "What does Chuxiong's human resources bureau lead?", "楚雄州"},
		{"a slip of a character", "楚熊州人社局牵头什么?", "楚雄州"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if q := p.Parse(tc.q, Context{}, today); strings.Join(q.Cities, ",") != tc.cities {
				t.Errorf("cities %v, want %s", q.Cities, tc.cities)
			}
		})
	}
}

// TestAllTasks: a question for every task (列出所有任务, list all tasks) lists every plan's, and 所有
// ("all") ends no unit's name (派出所).
func TestAllTasks(t *testing.T) {
	p := handParser(t)
	tests := []struct{ name, q string }{
		{"list all", "列出所有任务"},
		{"all, whole", "列出全部任务"},
		{"all, asked", "所有任务有哪些?"},
		{"english", "list all tasks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := p.Parse(tt.q, Context{}, plan.NewDay(2026, 12, 1))
			if q.unknown != "" || len(q.Plans) != len(p.allDocs) || q.Shape != ShapeList {
				t.Errorf("unknown %q, plans %v, shape %q; want every plan (%d) listed", q.unknown, q.Plans, q.Shape, len(p.allDocs))
			}
		})
	}
}

// TestAllUnitsJoined: units joined by 和 are all of them, also when a unit's span starts after its
// level character (a name matched without its 市: "市发改委和市文广旅体局" where 文广旅体局 is what
// was recognised), at any count.
func TestAllUnitsJoined(t *testing.T) {
	span := func(s, sub string) unitMatch {
		i := strings.Index(s, sub)
		return unitMatch{start: i, end: i + len(sub), typed: sub}
	}
	tests := []struct {
		name string
		q    string
		subs []string
		want bool
	}{
		{"two, level kept", "市发改委和市商务局牵头哪些任务?", []string{"市发改委", "市商务局"}, true},
		{"two, the second without its 市", "市发改委和市文广旅体局牵头哪些任务?", []string{"市发改委", "文广旅体局"}, true},
		{"seven", "市发改委和市经信局和市科技局和市交通局和市商务局和市文广旅体局和市人社局牵头哪些任务?",
			[]string{"市发改委", "市经信局", "市科技局", "市交通局", "市商务局", "文广旅体局", "市人社局"}, true},
		{"each", "市发改委和市商务局分别牵头哪些任务?", []string{"市发改委", "市商务局"}, false},
		{"a word between", "市发改委的任务和市商务局的任务", []string{"市发改委", "市商务局"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []unitMatch
			for _, s := range tt.subs {
				ms = append(ms, span(tt.q, s))
			}
			if got := allUnits(tt.q, ms); got != tt.want {
				t.Errorf("allUnits = %v, want %v", got, tt.want)
			}
		})
	}
}

// A question's words for the kind of measure (放宽, 条件, 新规定, 支持) are no topic beside a subject:
// the plans write the measure, not its kind. Alone they stay.
func TestPolicyWords(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2024, 5, 10)
	for _, tc := range []struct{ name, q, topic string }{
		{"relaxed conditions", "公积金贷款方面放宽了哪些条件?", "公积金贷款"},
		{"new rules", "景区门票、预约这块有什么新规定?", "景区门票,预约"},
		{"support", "对企业招工有什么支持?", "企业招工"},
		{"dealing with", "电动车乱停谁牵头处理?", "电动车乱停"},
		{"alone it is the topic", "哪些任务跟政策有关?", "政策"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(p.Parse(tc.q, Context{}, today).Topic, ","); got != tc.topic {
				t.Errorf("topic %q, want %q", got, tc.topic)
			}
		})
	}
}

// A goal is quoted with the rest of its clause, where its figure is; a deadline as dated.
func TestGoalClause(t *testing.T) {
	text := "推动体育场馆开放，2025年推动首批95个公共体育场馆免费或低收费开放。（责任单位：市体育局）"
	for _, tc := range []struct {
		name string
		d    plan.Deadline
		want string
	}{
		{"a goal", plan.Deadline{Quote: "2025年", Kind: plan.KindTarget}, "2025年推动首批95个公共体育场馆免费或低收费开放"},
		{"a deadline", plan.Deadline{Quote: "2025年", Kind: plan.KindBy}, "2025年"},
		{"a quote the text lacks", plan.Deadline{Quote: "到2027年", Kind: plan.KindTarget}, "到2027年"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := goalClause(text, tc.d); got != tc.want {
				t.Errorf("goalClause = %q, want %q", got, tc.want)
			}
		})
	}
	// A goal stated in the clause after its date's own.
	if got := goalClause("到2027年，累计培育服务业高新技术企业80家左右。", plan.Deadline{Quote: "到2027年", Kind: plan.KindTarget}); got != "到2027年，累计培育服务业高新技术企业80家左右" {
		t.Errorf("goalClause = %q, want the clause after the date", got)
	}
}

func TestShiftYears(t *testing.T) {
	for _, tc := range []struct{ d, want string }{
		{"2026-11-30", "2025-11-30"},
		{"2026-11-01", "2025-11-01"},
		{"2025-02-28", "2024-02-29"}, // a month's last day stays its last
	} {
		d, _ := plan.ParseDay(tc.d)
		if got := shiftYears(d, -1).String(); got != tc.want {
			t.Errorf("shiftYears(%s, -1) = %s, want %s", tc.d, got, tc.want)
		}
	}
}

func TestDoneAsked(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"哪些任务已经完成了?", StatusDone},
		{"白玉兰计划里11月底前要完成的事情现在完成了吗?", ""},
	} {
		if got := status(tc.q, "zh"); got != tc.want {
			t.Errorf("status(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Each term of a topic the task holds in different sentences is quoted with its own sentence and
// figures.
func TestTermSentences(t *testing.T) {
	text := "激发需求促消费。安排8000万元发放汽车购新补贴，最高补贴5000元/辆；安排5000万元用于开展家电、电子产品购新补贴活动，家电最高补贴1000元/台；发放餐饮消费券。"
	got := termSentences(text, []string{"汽车", "家电补贴"})
	for _, w := range []string{"5000元/辆", "1000元/台"} {
		if !strings.Contains(got, w) {
			t.Errorf("termSentences = %q, lacks %q", got, w)
		}
	}
	if strings.Contains(got, "餐饮") {
		t.Errorf("termSentences = %q, quotes a sentence no term is in", got)
	}
	if got := termSentences(text, []string{"汽车", "住房公积金"}); got != "" {
		t.Errorf("a term in no sentence: got %q, want none", got)
	}
}

// A unit a ranking leaves out ("除了X，哪个单位…最多") is no unit asked about.
func TestExceptedUnit(t *testing.T) {
	p := handParser(t)
	q := p.Parse("除了市商务局，哪个单位牵头的任务最多?", Context{}, plan.NewDay(2024, 5, 10))
	if len(q.Units) != 0 || !slices.Contains(q.except, "市商务局") {
		t.Errorf("units %v except %v, want none and 市商务局", q.Units, q.except)
	}
}

// Each nickname read bare names a type of departments.txt and one of its words: renaming a type
// there cannot leave a nickname pointing nowhere.
func TestBareDeptsInTable(t *testing.T) {
	ts := defaultDeptTypes()
	for _, b := range bareDepts {
		i := slices.IndexFunc(ts, func(d deptType) bool { return d.name == b.typ })
		if i < 0 || !slices.Contains(ts[i].words, b.word) {
			t.Errorf("bare nickname %s → %s: no such type with that word in departments.txt", b.word, b.typ)
		}
	}
}

// TestFollowUpHalfOfTheYearTalkedAbout: "那上半年的呢?" after a question about 2021 asks about the
// first half of 2021, not of this year; a quarter naming a report is the report's name.
func TestFollowUpHalfOfTheYearTalkedAbout(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2026, 12, 1)
	first := p.Parse("2021年底前要完成哪些任务?", Context{}, today)
	q := p.Parse("那上半年的呢?", first.context(0, 1), today)
	if q.From != "2021-01-01" || q.To != "2021-06-30" {
		t.Errorf("window %s..%s, want 2021-01-01..2021-06-30", q.From, q.To)
	}
	if q := p.Parse("三季度督查通报是依据哪个文件开展的?", Context{}, today); q.From+q.To != "" {
		t.Errorf("window %s..%s: a quarter naming a report is no window", q.From, q.To)
	}
}

// TestAsksWhenThePlanEnds: "专项行动搞到什么时候结束?" asks for the plan's period, with no topic left.
func TestAsksWhenThePlanEnds(t *testing.T) {
	p := handParser(t)
	today := plan.NewDay(2026, 12, 1)
	for _, s := range []string{"方案搞到什么时候结束?", "这个方案什么时候截止?", "方案持续到哪天?"} {
		q := p.Parse(s, Context{}, today)
		if q.Shape != ShapePlanFacts {
			t.Errorf("%q: shape %q, want %q (topic %v)", s, q.Shape, ShapePlanFacts, q.Topic)
		}
	}
}

func TestBodiesIn(t *testing.T) {
	tests := []struct{ name, q, want string }{
		{"a working group", "六打六治的工作小组负责干什么?", "工作小组"},
		{"a task force, once", "工作专班多久开一次会?", "工作专班"},
		{"a safety committee", "安委会办公室设在哪里?", "安委会"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(bodiesIn(tc.q), ","); got != tc.want {
				t.Errorf("bodiesIn(%q) = %q, want %q", tc.q, got, tc.want)
			}
		})
	}
}

// TestFrequencyInATasksOwnWords: a daily round is no reminder schedule, so no duty holds it; the task's
// own sentence says how often, when the task as a whole is on the topic.
func TestFrequencyInATasksOwnWords(t *testing.T) {
	d := &plan.Document{ID: "bs", City: "上海市宝山区", Title: "关于深化基层消防安全综合治理工作的实施意见"}
	d.Tasks = []plan.Task{{ID: "bs:4.1.2", Title: "第二类", Text: "第二类。排查对象：街面、沿街商铺、小型商业用房等场所。\n排查主体：街镇巡查人员每日开展巡查，确保每月全覆盖一次。", Doc: new(d.Ref())}}
	said := freqInParagraphs([]*plan.Document{d}, []string{"巡查人员", "沿街商铺"}, false)
	if len(said) != 1 || !strings.Contains(said[0].sentence, "每日开展巡查") {
		t.Fatalf("freqInParagraphs = %+v, want the sentence with 每日开展巡查", said)
	}
}

// TestUnitInPlanName: "景区船舶专项整治…" names the plan by its title's words; its 景区 is no party asked
// about, though the plan names 景区 as one. A unit with a level stays.
func TestUnitInPlanName(t *testing.T) {
	d := &plan.Document{ID: "jq", City: "福州市平潭县", Title: "平潭综合实验区景区、非景区景点暨乡镇船舶安全管理专项整治工作方案"}
	d.Tasks = []plan.Task{
		{ID: "jq:1", Title: "景区加强管理", Text: "景区要落实安全管理主体责任。", Lead: []string{"景区"}, Doc: new(d.Ref())},
		{ID: "jq:2", Title: "月报", Text: "各片区管理局每月10日报送区安办。", Lead: []string{"各片区管理局"}, Doc: new(d.Ref())},
	}
	p := docsParser(d)
	q := p.Parse("景区船舶专项整治这个月有什么要报的?", Context{}, plan.NewDay(2021, 10, 8))
	if len(q.Units) != 0 {
		t.Errorf("units %v: the plan's name is no party", q.Units)
	}
	if q := p.Parse("景区要负责哪些任务?", Context{}, plan.NewDay(2021, 10, 8)); len(q.Units) != 1 {
		t.Errorf("units %v, want 景区 asked about", q.Units)
	}
}

// TestWindowReviewFindings: what a review of this stop's window rules found them misreading.
func TestWindowReviewFindings(t *testing.T) {
	today := plan.NewDay(2026, 5, 10)
	tests := []struct{ name, q, from, to string }{
		{"by a year, earlier years too", "2027年前要完成哪些任务?", "", "2027-12-31"},
		{"next year's first half", "明年上半年要完成哪些任务?", "2027-01-01", "2027-06-30"},
		{"last year's second half", "去年下半年到期的任务有哪些", "2025-07-01", "2025-12-31"},
		{"the first three quarters", "前三季度要完成哪些任务?", "2026-01-01", "2026-09-30"},
		{"two quarters", "三、四季度有哪些任务到期?", "2026-07-01", "2026-12-31"},
		{"a quarter naming a report", "第一季度报表由哪个部门报送?", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			from, to, _, _ := window(tc.q, today)
			if from.String() != tc.from || to.String() != tc.to {
				t.Errorf("window(%q) = %s..%s, want %s..%s", tc.q, from, to, tc.from, tc.to)
			}
		})
	}
	p := handParser(t)
	if q := p.Parse("列一下2025年到期的任务清单", Context{}, today); q.From == "" {
		t.Errorf("2025年到期的任务清单: no window, want 2025")
	}
	first := p.Parse("老旧小区改造由谁负责?", Context{}, today)
	if q := p.Parse("这项任务什么时候截止?", first.context(0, 1), today); q.Shape == ShapePlanFacts {
		t.Errorf("这项任务什么时候截止: plan facts, want the task's deadline")
	}
}

// TestNicknameNoPlanUses: "海关十二条" names 福州海关支持平潭…十二条措施任务分解方案 though no plan's words use it:
// its characters stand in order in that title alone, and as a topic it could match nothing.
func TestNicknameNoPlanUses(t *testing.T) {
	hg := &plan.Document{ID: "hg", City: "福州市平潭县", Title: "福州海关支持平潭新一轮开放开发十二条措施任务分解方案"}
	hg.Tasks = []plan.Task{{ID: "hg:1", Title: "支持平潭口岸对外开放建设", Text: "支持平潭口岸对外开放建设。", Lead: []string{"区口岸办"}, Doc: new(hg.Ref())}}
	hg.Paras = []plan.Paragraph{{TaskID: "hg:1", Text: "支持平潭口岸对外开放建设。"}}
	rg := &plan.Document{ID: "rg", City: "福州市平潭县", Title: "推进人工影响天气工作高质量发展实施方案"}
	p := docsParser(hg, rg)
	q := p.Parse("海关十二条里,区口岸办牵头的是哪几项?", Context{}, plan.NewDay(2026, 12, 1))
	if strings.Join(q.Plans, ",") != "hg" || len(q.Topic) != 0 {
		t.Errorf("plans %v, topic %v: want the 海关 plan, no topic", q.Plans, q.Topic)
	}
}
