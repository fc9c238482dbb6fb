package bot

import (
	"context"
	"strings"
	"testing"
	"unicode"
)

// TestStop31Questions: what stop 31's questions taught, each a general rule.
func TestStop31Questions(t *testing.T) {
	t.Run("as of now is a time, not a topic's word", func(t *testing.T) {
		e := engineOver(t, parsed(t, "cb.txt", "某区船舶安全管理专项整治工作方案\n某综管〔2021〕11号\n一、实施步骤\n"+
			"1.全面摸底排查，9月5日前完成。（责任单位：区交通局）\n2.建立长效机制，12月31日前完成。（责任单位：区农业局）\n"))
		for _, q := range []string{"船舶整治到现在哪些节点已经过期了？", "船舶整治到今天为止哪些任务已经逾期了？", "截至目前船舶整治有哪些任务逾期了?"} {
			a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2021-10-08")()})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "摸底排查") || strings.Contains(a.Text, "长效机制") {
				t.Errorf("%s: want the one task past its date:\n%s", q, a.Text)
			}
		}
	})
	t.Run("goals past their year are the goals asked for as overdue", func(t *testing.T) {
		e := engineOver(t, parsed(t, "gl.txt", "某市服务业发展实施方案（2023—2027年）\n某政办发〔2023〕5号\n一、主要目标\n到2025年，新增规上服务业企业100家。到2027年，服务业增加值达到1000亿元。\n二、重点任务\n1.培育龙头企业。（责任单位：市发改委）\n"))
		a, err := e.Answer(context.Background(), Question{Text: "这个方案里有哪些目标已经过了期限？", Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "100家") || strings.Contains(a.Text, "1000亿元") {
			t.Errorf("want the 2025 goal alone:\n%s", a.Text)
		}
	})
	t.Run("a unit's name as the first words of a plan's name names the plan", func(t *testing.T) {
		e := engineOver(t, parsed(t, "jq.txt", "某区景区、非景区景点暨乡镇船舶安全管理专项整治工作方案\n某综管〔2021〕11号\n一、整治内容\n"+
			"1.严格要求景区健全安全制度。（景区负责）\n2.落实河湖水库安全管理措施。（区农业农村局负责，各镇配合）\n"))
		a := ask(t, e, "景区船舶安全专项整治方案里，区农业农村局牵头的有哪些工作？")
		if !strings.Contains(a.Text, "河湖水库") || strings.Contains(a.Text, "安全制度") {
			t.Errorf("want the one task 区农业农村局 leads, 景区 being the plan's name:\n%s", a.Text)
		}
	})
	t.Run("asked for one task's deadline, a question asks when, not what falls due", func(t *testing.T) {
		e := engineOver(t, parsed(t, "hg.txt", "某区海关支持措施任务分解方案\n某办〔2019〕61号\n一、措施\n"+
			"1.支持申请离岛免税政策。2019年底前完成。（牵头单位：某海关）\n"))
		for _, q := range []string{"What's the deadline for the 离岛免税 task, and who leads it?", "离岛免税的截止日期是哪天?"} {
			a, err := e.Answer(context.Background(), Question{Text: q, Now: fixedClock("2026-12-01")()})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "2019-12-31") || !strings.Contains(a.Text, "某海关") {
				t.Errorf("%s: want the task with its date and lead:\n%s", q, a.Text)
			}
		}
	})
	t.Run("a follow-up names its topic after 哪条跟 and asks when with 是什么时候", func(t *testing.T) {
		e := engineOver(t, parsed(t, "dt.txt", "某区关于进一步加强电梯质量安全工作的实施意见\n某办〔2020〕3号\n一、主要任务\n"+
			"1.完善电梯应急处置平台。深化“96196”电梯应急处置平台功能。2020年11月底前完成。（责任单位：某服务管理中心）\n2.实施部署电梯微信公众监督平台。（责任单位：某服务管理中心）\n"))
		first := ask(t, e, "电梯意见里某服务管理中心负责哪些？")
		a, err := e.Answer(context.Background(), Question{Text: "其中哪条跟96196有关？", Context: first.Context, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "应急处置平台") || strings.Contains(a.Text, "微信公众") {
			t.Errorf("want the one task about 96196:\n%s", a.Text)
		}
		b, err := e.Answer(context.Background(), Question{Text: "完成时限是什么时候?", Context: a.Context, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.Text, "2020-11-30") {
			t.Errorf("want the task's date:\n%s", b.Text)
		}
	})
	t.Run("asked when, tasks that state no date are said to state none", func(t *testing.T) {
		e := engineOver(t, parsed(t, "dd.txt", "某市关于深化电动自行车消防安全综合治理的实施意见\n某市监〔2021〕9号\n一、主要任务\n"+
			"1.强化产品质量监督。（责任单位：市局质量处）\n2.强化标准规范。（责任单位：市局标准处）\n"))
		a := ask(t, e, "电动自行车消防综合治理的任务，截止时间分别是什么时候？")
		if !strings.Contains(a.Text, "没有写明") || len(a.Tasks) != 0 {
			t.Errorf("want: none states a date:\n%s", a.Text)
		}
		b := ask(t, e, "电动自行车消防综合治理有哪些任务？")
		if len(b.Tasks) != 2 {
			t.Errorf("a list not asking when lists its tasks: %v\n%s", b.Tasks, b.Text)
		}
	})
	t.Run("this plan, asked right after a question about one plan, is that plan", func(t *testing.T) {
		e := engineOver(t,
			parsed(t, "fy.txt", "某区非物质文化遗产振兴行动方案\n某办〔2021〕105号\n一、工作内容\n（一）摸家底行动\n1.开展非遗资源调查。（责任单位：区文旅局）\n（二）垒基础行动\n2.建设非遗展示馆。（责任单位：区文旅局）\n"),
			parsed(t, "hz.txt", "某市关于加快服务业高质量发展的意见\n某政办〔2024〕7号\n一、重点任务\n（一）实施产业深度融合行动\n1.推动制造业服务化。（责任单位：市发改委）\n"))
		first := ask(t, e, "非遗振兴行动方案的文号是多少？")
		a, err := e.Answer(context.Background(), Question{Text: "这个方案工作内容分几大行动？", Context: first.Context, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "摸家底") || strings.Contains(a.Text, "产业深度融合") {
			t.Errorf("want the 非遗 plan's parts:\n%s", a.Text)
		}
	})
	t.Run("a central agency's office is its type in every place; units' duties under 组织领导 are their tasks", func(t *testing.T) {
		e := engineOver(t,
			parsed(t, "pt.txt", "某区打击非法采捕红珊瑚专项行动方案\n某办〔2019〕33号\n三、组织领导\n（一）组织机构\n成立专项行动领导小组。\n（二）工作职责\n1.平潭海关：负责对红珊瑚制品进出口监管。\n2.区气象局：做好灾害性天气预报。\n"),
			parsed(t, "qz.txt", "某市服务业实施方案\n某政办〔2023〕21号\n一、重点任务\n1.综合保税区建设。（责任单位：市商务局、衢州海关）\n"))
		a := ask(t, e, "海关负责哪些任务?")
		if !strings.Contains(a.Text, "进出口监管") || !strings.Contains(a.Text, "综合保税区") {
			t.Errorf("want both 海关 offices' tasks:\n%s", a.Text)
		}
	})
}

// TestStop31Glossary: English questions on this stop's plans, in the plans' own words.
func TestStop31Glossary(t *testing.T) {
	for _, tc := range []struct{ en, zh string }{
		{"who publishes the air quality forecast?", "空气质量"},
		{"what must the port company do about sand and gravel?", "港务公司"},
		{"who handles muck trucks?", "渣土车"},
	} {
		if got := translate(tc.en); !strings.Contains(got, tc.zh) {
			t.Errorf("translate(%q) = %q, want %s in it", tc.en, got, tc.zh)
		}
	}
}

// TestWithoutPunct: the copy-free title key reads titles as strings.Map with unicode.IsPunct and
// unicode.IsSpace did.
func TestWithoutPunct(t *testing.T) {
	old := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsPunct(r) || unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	for _, s := range []string{"加快推进海外仓布局建设", "“一区一园”建设", "(一) 实施产业深度融合行动。", "培育千名新生代企业家　", "5G基站、IPv6改造", ""} {
		if got, want := withoutPunct(s), old(s); got != want {
			t.Errorf("withoutPunct(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCampaignNamedInQuestion: a campaign a title quotes names its plan; a follow-up about another
// unit keeps the role asked.
func TestCampaignNamedInQuestion(t *testing.T) {
	e := engineOver(t,
		parsed(t, "yq.txt", "某区开展“迎青运”交通安全综合整治专项行动方案\n某办〔2015〕143号\n一、工作内容\n1.完善主干道交通指示标志。（区交建局牵头，区交警大队配合）\n2.开展停车秩序整治。（区交警大队牵头）\n3.严查非法营运。（区交警大队牵头，区交建局配合）\n"),
		parsed(t, "qt.txt", "某区道路交通安全工作方案\n某办〔2015〕9号\n一、工作内容\n1.建设交通安全设施。（区交建局牵头）\n"))
	first := ask(t, e, "迎青运行动中区交建局牵头哪些工作?")
	if !strings.Contains(first.Text, "交通指示标志") || strings.Contains(first.Text, "交通安全设施") || strings.Contains(first.Text, "非法营运") {
		t.Errorf("want the 迎青运 plan's one task 区交建局 leads:\n%s", first.Text)
	}
	a, err := e.Answer(context.Background(), Question{Text: "那区交警大队呢?", Context: first.Context, Now: fixedClock("2026-12-01")()})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "停车秩序") || !strings.Contains(a.Text, "非法营运") || strings.Contains(a.Text, "交通指示标志") {
		t.Errorf("want the two tasks 区交警大队 leads:\n%s", a.Text)
	}
}

// TestCampaignSpanAsked: "从哪天到哪天" asks for a plan's span, its first day and its last.
func TestCampaignSpanAsked(t *testing.T) {
	e := engineOver(t, parsed(t, "yq.txt", "某区开展“迎青运”交通安全综合整治专项行动方案\n某办〔2015〕143号\n经区领导同意，决定从8月1日起至10月30日在全区开展“迎青运”交通安全综合整治专项行动。\n一、工作内容\n1.完善主干道交通指示标志。（区交建局牵头）\n"))
	a := ask(t, e, "迎青运专项行动从哪天到哪天?")
	if !strings.Contains(a.Text, "2015-08-01") || !strings.Contains(a.Text, "2015-10-30") {
		t.Errorf("want the span's first and last days:\n%s", a.Text)
	}
}

// TestBureauParts: asked what a bureau does, the tasks of its parts the plan names apart are its.
func TestBureauParts(t *testing.T) {
	e := engineOver(t, parsed(t, "yq.txt", "某区交通安全综合整治专项行动方案\n某办〔2015〕143号\n一、工作内容\n1.严格查处交通违法行为。（区公安局交警部门负责）\n2.加强社会治安巡逻。（区公安局负责）\n3.完善交通指示标志。（区交建局负责）\n"))
	a := ask(t, e, "区公安局负责哪些任务?")
	if !strings.Contains(a.Text, "交通违法") || !strings.Contains(a.Text, "治安巡逻") || strings.Contains(a.Text, "指示标志") {
		t.Errorf("want 区公安局's task and its 交警部门's:\n%s", a.Text)
	}
}

// TestPlaceOpeningATitle: 君山片区 opening a plan's title is that plan, not the unit 片区; 按季度 is quarterly.
func TestPlaceOpeningATitle(t *testing.T) {
	e := engineOver(t, parsed(t, "js.txt", "君山片区深化三资管理工作方案\n一、工作举措\n1.推进三资管理情况网上公开。按季度将村级财务收支统计简表上传至监管平台。（责任单位：片区农业农村处）\n2.开展合同自查。（责任单位：片区）\n"))
	a := ask(t, e, "君山片区哪些工作是按季度做的？")
	if !strings.Contains(a.Text, "网上公开") || strings.Contains(a.Text, "合同自查") {
		t.Errorf("want the one quarterly task of the 君山片区 plan:\n%s", a.Text)
	}
}

// TestUnknownUnitOfAType: a unit no plan names, of a kind no plan of the place names either, is
// unknown ("not found"), not a department with no tasks.
func TestUnknownUnitOfAType(t *testing.T) {
	e := engineOver(t, parsed(t, "qz.txt", "某市服务业实施方案\n某政办〔2023〕21号\n一、重点任务\n1.综合保税区建设。（责任单位：市商务局）\n"))
	a := ask(t, e, "市气象局有哪些任务?")
	if a.Outcome != OutcomeNotFound {
		t.Errorf("outcome %s, want not_found:\n%s", a.Outcome, a.Text)
	}
}

// TestReviewOfStop31Answers: what a review of stop 31's question rules found them getting wrong.
func TestReviewOfStop31Answers(t *testing.T) {
	jq := parsed(t, "jq.txt", "某区景区、非景区景点暨乡镇船舶安全管理专项整治工作方案\n某综管〔2021〕11号\n一、整治内容\n"+
		"1.严格要求景区健全安全制度。（景区负责）\n2.落实河湖水库安全管理措施。（区农业农村局负责，各镇配合）\n")
	t.Run("a unit asked about, then 在 and the plan's name, is the unit", func(t *testing.T) {
		a := ask(t, engineOver(t, jq), "景区在船舶安全专项整治方案里负责哪些工作？")
		if !strings.Contains(a.Text, "安全制度") || strings.Contains(a.Text, "河湖水库") {
			t.Errorf("want 景区's one task:\n%s", a.Text)
		}
	})
	t.Run("应该计划 is no pointing back at a plan", func(t *testing.T) {
		e := engineOver(t, jq, parsed(t, "fg.txt", "某市服务业发展实施方案\n某政办〔2024〕3号\n一、重点任务\n1.推进项目建设。（牵头单位：市发改委）\n"))
		first := ask(t, e, "船舶安全专项整治方案的文号是多少？")
		a, err := e.Answer(context.Background(), Question{Text: "市发改委应该计划哪些工作？", Context: first.Context, Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "推进项目建设") {
			t.Errorf("want 市发改委's task in its own plan:\n%s", a.Text)
		}
	})
	t.Run("asked what falls due and when, a question asks what falls due", func(t *testing.T) {
		e := engineOver(t, parsed(t, "hg.txt", "某区海关支持措施任务分解方案\n某办〔2026〕6号\n一、措施\n1.支持申请离岛免税政策。2026年12月20日前完成。（牵头单位：某海关）\n2.推进通关便利化。2027年6月底前完成。（牵头单位：某海关）\n"))
		a, err := e.Answer(context.Background(), Question{Text: "某海关有哪些任务要到期，截止日期是什么时候？", Now: fixedClock("2026-12-01")()})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "离岛免税") || strings.Contains(a.Text, "通关便利化") {
			t.Errorf("want the task due soon:\n%s", a.Text)
		}
	})
	t.Run("a goal's date is the one after 到, to the month", func(t *testing.T) {
		for _, tc := range []struct {
			s    string
			want string
		}{
			{"与2022年相比，到2028年，服务业税收增长30%", "2028-12-31"},
			{"到2026年6月底，新增规上服务业企业100家", "2026-06-30"},
			{"到2025年，新增规上服务业企业100家", "2025-12-31"},
		} {
			if got := goalDay(tc.s).String(); got != tc.want {
				t.Errorf("goalDay(%q) = %s, want %s", tc.s, got, tc.want)
			}
		}
	})
	t.Run("本计划中 is no topic word", func(t *testing.T) {
		for _, q := range []string{"在本计划中负责什么？", "该方案里有哪些任务?"} {
			if terms := topicTerms(q, "zh"); len(terms) > 0 {
				t.Errorf("%s: topic %v, want none", q, terms)
			}
		}
	})
	t.Run("几大行动 however asked is the plan's parts", func(t *testing.T) {
		for _, q := range []string{"服务业意见部署了几大行动？", "服务业意见包括哪几大行动？"} {
			if !reParts.MatchString(q) {
				t.Errorf("%s: not read as asking for parts", q)
			}
		}
	})
}
