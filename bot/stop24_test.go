package bot

import (
	"context"
	"strings"
	"testing"
)

// TestOwnerOfTheRarestTerms: a question whose words no task holds together ("运输单位的招投标谁来
// 组织": 运输, 招投标, 组织) is about the task holding its rarest words together, not about every
// task that holds any one of them.
func TestOwnerOfTheRarestTerms(t *testing.T) {
	e := engineOver(t, parsed(t, "hk.txt", "某区关于加强建筑垃圾处置管理的实施意见\n某府规〔2022〕3号\n一、职责分工\n"+
		"1.区绿化市容局：组织制定建筑垃圾运输管理标准。\n"+
		"2.区绿化市容局：根据建筑垃圾运输单位招投标管理办法，及时开展招投标工作。\n"+
		"3.各街道办事处：组织居委会做好装修垃圾的处置管理。\n"+
		"4.区城管执法局：查处建筑垃圾运输车辆违规行为，组织联合执法。\n"))
	a := ask(t, e, "运输单位的招投标谁来组织？")
	if !strings.Contains(a.Text, "及时开展招投标工作") && !strings.Contains(a.Text, "招投标管理办法") {
		t.Errorf("the answer should name the 招投标 task:\n%s", a.Text)
	}
	for _, not := range []string{"组织居委会", "查处建筑垃圾运输车辆", "组织制定"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("the answer should not name %q:\n%s", not, a.Text)
		}
	}
}

// TestPlanSubjectBeforeTheAsk: "服务业工作落实情况" in a 服务业 plan asks of 工作落实情况; the task says
// it without the plan's subject.
func TestPlanSubjectBeforeTheAsk(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "某市服务业高质量发展实施方案\n某政办发〔2023〕21号\n一、保障措施\n"+
		"（一）加强考核评价。建立月度通报制度，每月10日前由市发改委对工作落实情况给予晾晒通报。\n"+
		"（二）强化要素保障。市财政局每年安排专项资金。\n"))
	a := ask(t, e, "多久通报一次服务业工作落实情况？")
	if !strings.Contains(a.Text, "每月10日前") {
		t.Errorf("the answer should give 每月10日前:\n%s", a.Text)
	}
}

// TestHowManyOfAThing: 多少条 before a thing the plan builds asks for its figure; before items, or
// alone, for a count of them.
func TestHowManyOfAThing(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"白玉兰计划到2026年底要新增多少条白玉兰特色道路？", true},
		{"要新建几条绿道", true},
		{"方案一共有多少条措施？", false},
		{"市商务局负责几条任务", false},
		{"一共多少条？", false},
		{"有几条是市财政局牵头的", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := countsThings(tc.q); got != tc.want {
				t.Errorf("countsThings(%q) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
	e := engineOver(t, parsed(t, "byl.txt", "上海市花白玉兰推广应用三年行动计划（2024-2026年）\n沪绿容〔2024〕264号\n一、工作目标\n到2026年底，新增白玉兰特色道路30条、特色园20座。\n二、主要任务\n1.推进白玉兰特色道路建设。2026年底前完成。（责任单位：市绿化市容局）\n"))
	a := ask(t, e, "到2026年底要新增多少条白玉兰特色道路？")
	if !strings.Contains(a.Text, "30条") {
		t.Errorf("the answer should quote the figure 30条:\n%s", a.Text)
	}
}

// TestEdgeWordOpeningATerm: 有 opening 有害垃圾 is part of the term, not a function word; "这事",
// "这块" point back at the topic and are none of it.
func TestEdgeWordOpeningATerm(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"有害垃圾运输车辆是怎么配置的？", "有害垃圾运输车辆"},
		{"有机肥替代化肥谁负责", "有机肥替代化肥"},
		{"要引进哪些人才", "引进"},
		{"建垃圾焚烧厂这事归谁管？", "建垃圾焚烧厂"},
		{"社保这块有哪些任务", "社保"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := topicTerms(tc.q, "zh"); len(got) == 0 || got[0] != tc.want {
				t.Errorf("topicTerms(%q) = %q, want %q first", tc.q, got, tc.want)
			}
		})
	}
	if got := stripQuestion("有害垃圾运输车辆有哪些"); !strings.HasPrefix(got, "有害垃圾") {
		t.Errorf("stripQuestion kept %q", got)
	}
	e := engineOver(t, parsed(t, "hk.txt", "某区生活垃圾分类三年行动计划\n某府办发〔2018〕19号\n一、主要任务\n1.落实分类收运装备配置。各街道分别配置1辆色彩标识规范的有害垃圾专用运输工具。（责任单位：区绿化市容局）\n"))
	a := ask(t, e, "有害垃圾运输工具是怎么配置的？")
	if !strings.Contains(a.Text, "1辆") {
		t.Errorf("the answer should quote 1辆:\n%s", a.Text)
	}
}

// TestSectorUnitsAreTheirType: a unit the plan names by its sector ("公安部门", "城市管理综合执法部门")
// is a department of that type, and a question naming the sector in two words finds it.
func TestSectorUnitsAreTheirType(t *testing.T) {
	types := defaultDeptTypes()
	for _, tc := range []struct {
		name, typ string
		want      bool
	}{
		{"公安部门", "公安", true},
		{"城市管理综合执法部门", "城市管理", true},
		{"市公安局", "公安", true},
		{"公安部门", "城市管理", false},
		{"综合部门", "城市管理", false},
	} {
		if got := types.is(tc.name, tc.typ); got != tc.want {
			t.Errorf("is(%q, %q) = %v, want %v", tc.name, tc.typ, got, tc.want)
		}
	}
	e := engineOver(t, parsed(t, "sh.txt", "上海市人民政府办公厅关于全面加强建筑垃圾管理的实施意见\n沪府办〔2024〕56号\n一、主要任务\n"+
		"1.城市管理综合执法部门要及时对系统报警的异常情况加强现场检查。\n2.公安部门要严厉打击“黑车”运营。\n3.市绿化市容局负责统筹协调。\n"))
	a := ask(t, e, "城市管理综合执法部门负责哪些任务？")
	if !strings.Contains(a.Text, "加强现场检查") || strings.Contains(a.Text, "黑车") {
		t.Errorf("the answer should list the 城市管理综合执法部门's task only:\n%s", a.Text)
	}
}

// TestGroupNamedAsWritten: a plan's group party that ends as the question's words do ("县政府有关部门",
// "市直各单位") is found whole.
func TestGroupNamedAsWritten(t *testing.T) {
	e := engineOver(t, parsed(t, "ll.txt", "某县2021年民生实事工作方案\n某政发〔2021〕3号\n一、重点任务\n"+
		"1.加快发展养老服务。（责任单位：县政府有关部门）\n2.推进城区道路改造。（责任单位：县住建局）\n"))
	a := ask(t, e, "县政府有关部门负责哪些任务？")
	if !strings.Contains(a.Text, "加快发展养老服务") || strings.Contains(a.Text, "道路改造") {
		t.Errorf("the answer should list the group's task only:\n%s", a.Text)
	}
}

// TestStructureAsAWordOfATask: 结构 and 框架 in a task's words (优化消防装备结构) do not ask for the
// plan's parts; "方案的结构是什么" does.
func TestStructureAsAWordOfATask(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"青浦区优化消防装备结构由谁负责？", false},
		{"优化城乡结构布局由谁负责？", false},
		{"这个方案的结构是什么？", true},
		{"方案分为哪几部分？", true},
	} {
		if got := reParts.MatchString(tc.q); got != tc.want {
			t.Errorf("reParts(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestGenericBodyIsNoUnit: 政府 alone (区政府's body) is no unit a question names ("纳入政府考核体系").
func TestGenericBodyIsNoUnit(t *testing.T) {
	e := engineOver(t, parsed(t, "bs.txt", "宝山区关于深化基层消防安全综合治理工作的实施意见\n宝府办〔2022〕3号\n一、工作要求\n"+
		"1.纳入政府考核体系。将消防安全工作纳入政府考核体系。（责任单位：区政府办公室）\n2.加强宣传。区政府要加强消防宣传。\n"))
	a := ask(t, e, "纳入政府考核体系由谁负责？")
	if !strings.Contains(a.Text, "区政府办公室") {
		t.Errorf("the answer should name 区政府办公室:\n%s", a.Text)
	}
}

// TestAttachmentsAsked: "通知附了哪两个附件" asks what the text says of its attachments.
func TestAttachmentsAsked(t *testing.T) {
	e := engineOver(t, parsed(t, "gs.txt", "某省人民政府关于印发2022年政府工作报告重点任务分解的通知\n某政发〔2022〕9号\n一、明确责任抓落实\n"+
		"1.各地各部门要认真对照《主要指标分解表》(附件1)和《重点任务分解表》(附件2)分工，采取清单化管理。\n二、强化督查\n2.省政府督查室每季度开展督查。\n"))
	a := ask(t, e, "这个通知附了哪两个附件?")
	if !strings.Contains(a.Text, "主要指标分解表") || !strings.Contains(a.Text, "重点任务分解表") {
		t.Errorf("the answer should name both attachments:\n%s", a.Text)
	}
}

// TestReviewStop24Bot: the review's findings on this stop's question rules.
func TestReviewStop24Bot(t *testing.T) {
	t.Run("the subject alone is a task's: asked one by one", func(t *testing.T) {
		e := engineOver(t, parsed(t, "hk.txt", "某区关于加强建筑垃圾处置管理的实施意见\n某府规〔2022〕3号\n一、职责分工\n"+
			"1.区绿化市容局：组织建筑垃圾运输车辆备案。\n2.区发改委：及时开展招投标工作。\n3.各街道办事处：做好宣传。\n4.区城管执法局：组织查处建筑垃圾运输违规行为。\n"))
		a := ask(t, e, "运输单位的招投标谁来组织？")
		if !strings.Contains(a.Text, "招投标") {
			t.Errorf("the answer should keep the 招投标 task:\n%s", a.Text)
		}
	})
	t.Run("在 before a phrase stays a function word", func(t *testing.T) {
		if got := topicTerms("在建设海绵城市方面有哪些任务？", "zh"); len(got) == 0 || got[0] != "建设海绵城市" {
			t.Errorf("topicTerms = %q", got)
		}
	})
	t.Run("几条 items of a kind are counted", func(t *testing.T) {
		for _, q := range []string{"方案里有几条交通安全方面的？", "市交通局负责几条交通方面的任务"} {
			if countsThings(q) {
				t.Errorf("countsThings(%q) = true", q)
			}
		}
	})
}

// TestGoalsOfAYear: a year asked of a plan's goals is the year they are for, not its year of issue;
// a year no goal names is said so, before the goals the plan sets.
func TestGoalsOfAYear(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "衢州市服务业高质量发展实施方案（2023—2027年）\n衢政办发〔2023〕21号\n一、主要目标\n到2027年，服务业增加值突破1600亿元。\n二、主要任务\n1.培育龙头企业。（责任单位：市发改委）\n"))
	a := ask(t, e, "衢州2025年有哪些目标？")
	if !strings.Contains(a.Text, "1600亿元") || !strings.Contains(a.Text, "没有单独写明2025年的目标") {
		t.Errorf("the answer should give the goals and say none is for 2025:\n%s", a.Text)
	}
	if a := ask(t, e, "衢州2027年有哪些目标？"); !strings.Contains(a.Text, "1600亿元") || strings.Contains(a.Text, "没有单独写明") {
		t.Errorf("the 2027 goals:\n%s", a.Text)
	}
}

// TestFrequencyQuotedOnce: two rules read from one sentence ("月度通报制度，每月10日前…通报") are one
// line of the answer; "report" asks of 通报.
func TestFrequencyQuotedOnce(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "衢州市服务业高质量发展实施方案\n衢政办发〔2023〕21号\n一、保障措施\n（一）加强考核评价。建立月度通报制度，每月10日前由市发改委对工作落实情况给予晾晒通报。\n（二）强化宣传。市委宣传部要加强宣传。（责任单位：市委宣传部）\n"))
	for _, q := range []string{"市发改委多久通报一次？", "How often does the Quzhou development and reform commission report?"} {
		a := ask(t, e, q)
		if n := strings.Count(a.Text, "建立月度通报制度"); n != 1 {
			t.Errorf("%q: the sentence is quoted %d times:\n%s", q, n, a.Text)
		}
	}
}

// TestQuotedItemHoldsNoUnit: a unit's name inside a quoted item (“强化河长办职能作用”) is part of the
// item's name, not a unit asked about.
func TestQuotedItemHoldsNoUnit(t *testing.T) {
	e := engineOver(t, parsed(t, "hk.txt", "某县2024年度河湖长制工作要点\n一、压实责任\n（一）压实河湖长责任。落实各级河湖长职责。（责任单位：县河长办）\n（二）强化河长办职能作用。建立动态调整机制。（责任单位：县河长办、县水利局）\n"))
	a := ask(t, e, "“强化河长办职能作用”具体包括哪些内容？")
	if !strings.Contains(a.Text, "强化河长办职能作用") || strings.Contains(a.Text, "压实河湖长责任") {
		t.Errorf("the answer should be the quoted item alone:\n%s", a.Text)
	}
}

// TestItemRepeatedInASummaryTable: a table at a plan's end that repeats an item of its text (same
// title, same leads) lists it once; two rows of one table with one title stay two.
func TestItemRepeatedInASummaryTable(t *testing.T) {
	e := engineOver(t, parsed(t, "pc.txt", "上海市公园城市建设指导意见\n沪绿容〔2021〕208号\n一、重点任务\n"+
		"（一）彰显江南园林特色风貌。挖掘江南园林文化。（责任单位：市绿化市容局、市文化旅游局）\n"+
		"（二）推进绿道建设。建设骨干绿道。（责任单位：市绿化市容局）\n"+
		"附件\n重点安排表\n｜序号｜重点任务｜责任单位｜\n｜1｜彰显江南园林特色风貌｜市绿化市容局、市文化旅游局｜\n｜2｜落实投资计划｜市发展改革委｜\n｜3｜落实投资计划｜市发展改革委｜\n"))
	a := ask(t, e, "市文化旅游局负责哪些任务？")
	if n := strings.Count(a.Text, "彰显江南园林特色风貌") - strings.Count(a.Text, "“彰显江南园林特色风貌"); n != 1 { // a line each, its words quoted beside it
		t.Errorf("the item is listed %d times:\n%s", n, a.Text)
	}
	if b := ask(t, e, "市发展改革委负责哪些任务？"); !strings.Contains(b.Text, "2 项") {
		t.Errorf("two rows of one table are two tasks:\n%s", b.Text)
	}
}

// TestMistypedUnitAfterThePlansWords: "意见里市成管执法局" is 市城管执法局 mistyped, after the plan's
// words and 里.
func TestMistypedUnitAfterThePlansWords(t *testing.T) {
	e := engineOver(t, parsed(t, "kx.txt", "上海市人民政府办公厅关于科学绿化的实施意见\n沪府办发〔2022〕24号\n一、主要任务\n1.加强执法。（责任单位：市城管执法局）\n2.推进建设。（责任单位：市绿化市容局）\n"))
	a := ask(t, e, "科学绿化意见里市成管执法局负责啥")
	if !strings.Contains(a.Text, "加强执法") || !strings.Contains(a.Text, "市城管执法局") {
		t.Errorf("the answer should be 市城管执法局's task:\n%s", a.Text)
	}
}

// TestWhatAboutAfterHowOften: "那调度会和分析会呢?" after "多久会商一次?" asks how often of them.
func TestWhatAboutAfterHowOften(t *testing.T) {
	e := engineOver(t, parsed(t, "lc.txt", "温州市鹿城区服务业实施方案\n温鹿政办〔2023〕55号\n一、保障措施\n（一）专题协调机制。专班每两周召集一次会商。总牵头人每月召开一次调度会议。每季度召开一次分析会。（责任单位：区发改局）\n"))
	a := ask(t, e, "鹿城区专班多久会商一次？")
	b, err := e.Answer(context.Background(), Question{Text: "那调度会和分析会呢？", Context: a.Context})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Text, "每月") || !strings.Contains(b.Text, "每季度") {
		t.Errorf("the follow-up should give how often of both:\n%s", b.Text)
	}
}

// TestPlanNamedByYearAndPiece: "崇明区2020年违法用地整治方案" is the 2020 plan (its year and one piece
// of its title), and a unit only another plan names is none of that plan's.
func TestPlanNamedByYearAndPiece(t *testing.T) {
	e := engineOver(t,
		parsed(t, "cm20.txt", "崇明区2020年违法用地综合整治行动实施方案\n沪崇府发〔2020〕10号\n一、主要任务\n1.开展排查。（责任单位：区规划资源局）\n"),
		parsed(t, "cm23.txt", "崇明区农村集体经营性建设用地入市试点推进工作方案\n沪崇府办发〔2023〕16号\n一、组织\n1.成立专班。（责任单位：区规划资源局、区税务局）\n"))
	a := ask(t, e, "崇明区2020年违法用地整治方案对区税务局有什么要求？")
	if !strings.Contains(a.Text, "2020年违法用地综合整治行动实施方案") || strings.Contains(a.Text, "入市试点") || !strings.Contains(a.Text, "没有") {
		t.Errorf("the answer should say the 2020 plan gives 区税务局 nothing:\n%s", a.Text)
	}
}

// TestHeadingNamesTheTopicInANamedPlan: in a plan named, items under a heading that names the topic
// ("（一）制订试点配套文件") are about it, though their own words (a document's title) do not say so;
// 制定 and 制订 are one word.
func TestHeadingNamesTheTopicInANamedPlan(t *testing.T) {
	e := engineOver(t, parsed(t, "cm.txt", "崇明区农村集体经营性建设用地入市试点推进工作方案\n沪崇府办发〔2023〕16号\n一、试点主要内容\n（一）制订试点配套文件\n"+
		"1.《入市管理办法》（责任单位：区规划资源局）\n2.《入市集体收益分配管理规定》（责任单位：区农业农村委）\n（二）开展摸底\n3.开展意愿调查。（责任单位：区农业农村委）\n"))
	a := ask(t, e, "入市试点工作方案里区农业农村委负责制定哪些配套文件？")
	if !strings.Contains(a.Text, "收益分配管理规定") || strings.Contains(a.Text, "意愿调查") {
		t.Errorf("the answer should list the 配套文件 the unit makes:\n%s", a.Text)
	}
}

// TestRecipientIsNoUnitAsked: "多久向区规划资源局报一次" names whom the report goes to; the unit asked
// about is the one that reports.
func TestRecipientIsNoUnitAsked(t *testing.T) {
	e := engineOver(t, parsed(t, "fx.txt", "奉贤区违法用地综合整治工作方案\n沪奉府办发〔2024〕12号\n一、工作要求\n1.报送进展。区住建委每季度向区规划资源局报送工作进展。\n2.统筹推进。区规划资源局每月召开调度会。\n"))
	a := ask(t, e, "区住建委多久向区规划资源局报一次？")
	if !strings.Contains(a.Text, "每季度") || strings.Contains(a.Text, "调度会") {
		t.Errorf("the answer should give 区住建委's quarterly report:\n%s", a.Text)
	}
}

// TestReviewStop24BotSecond: the second review's findings on the question rules.
func TestReviewStop24BotSecond(t *testing.T) {
	t.Run("two items of two parts with one title are two tasks", func(t *testing.T) {
		e := engineOver(t, parsed(t, "zz.txt", "某区隐患整治实施方案\n某府办〔2024〕3号\n一、城区整治\n1.开展隐患排查。对城区老旧小区开展排查。（责任单位：区住建局）\n二、农村整治\n1.开展隐患排查。对农村自建房开展排查。（责任单位：区住建局）\n"))
		if a := ask(t, e, "区住建局负责哪些任务？"); !strings.Contains(a.Text, "2 项") {
			t.Errorf("both tasks should be listed:\n%s", a.Text)
		}
	})
	t.Run("a quoted list of units is the units", func(t *testing.T) {
		e := engineOver(t, parsed(t, "zz.txt", "某区市容整治实施方案\n某府办〔2024〕3号\n一、任务\n1.拆除违法建筑。（责任单位：区城管执法局）\n2.增加绿地。（责任单位：区绿化市容局）\n"))
		a := ask(t, e, "“区城管执法局、区绿化市容局”分别负责什么？")
		if !strings.Contains(a.Text, "拆除违法建筑") || !strings.Contains(a.Text, "增加绿地") {
			t.Errorf("both units' tasks:\n%s", a.Text)
		}
	})
}
