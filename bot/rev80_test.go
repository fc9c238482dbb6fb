package bot

import (
	"strings"
	"testing"
)

// Review 80: the question reader and answerer against two plans of the reviewer's own — a city's 数字政府
// plan whose items close with "（X牵头，Y、Z配合）" and one "各区县政府", and a district's 农村人居环境 plan
// under that city, its units written 区X局 — and questions as liaisons and leaders type them: period
// words (明年底前, 今明两年, by the end of next year), "第二个" after a list, follow-ups after a count or
// a list that must keep its role, window or overdue filter, 还有哪些没完成 after a list, English names of
// departments (cyberspace affairs office, natural resources and planning bureau, government services
// office, district governments) and English done questions, a district government under the city's
// 各区县政府. Each test fails on the code of 5d48c6c. Today is 2026-12-07 throughout.

const rev80Day = "2026-12-07"

// rev80Huzhou is a city's plan of the usual form: items under (一)–(三), each closed by "（X牵头，Y配合）"
// or "（X负责）"; one item is quarterly, one names 各区县政府, one (二)6 is past its deadline.
const rev80Huzhou = `湖州市2027年数字政府建设工作方案

为加快推进数字政府建设，提升政府治理能力，结合我市实际，制定本方案。

一、工作目标
到2027年底，全市政务服务事项全程网办率达到90%以上。

二、重点任务
（一）夯实数字基础设施
1.建设全市统一的政务云平台。2027年6月30日前完成市级部门业务系统迁移上云。（市大数据局牵头，市发展改革委、市财政局配合）
2.推进5G网络深度覆盖。2026年12月31日前新建5G基站1500个。（市经信局牵头，各区县政府配合）
3.加强网络安全保障。每季度开展一次关键信息基础设施安全检查。（市委网信办牵头，市公安局、市大数据局配合）
（二）提升政务服务效能
4.推进“一网通办”。2027年3月底前实现高频事项100%网上可办。（市政务服务办牵头，市大数据局配合）
5.推行住房公积金业务全程网办。2027年9月底前实现公积金提取“秒办”。（市住房公积金中心负责）
6.推进工程建设项目审批数字化。2026年11月30日前上线工程建设项目审批管理系统2.0版。（市住房城乡建设局牵头，市自然资源规划局、市发展改革委配合）
（三）深化数据共享应用
7.完善公共数据目录。2027年12月底前完成全市公共数据资源目录编制。（市大数据局负责）
8.开展数据安全专项整治。2027年第二季度完成数据安全风险评估。（市委网信办、市大数据局按职责分工负责）
9.推进城市运行“一网统管”。2028年6月底前建成城市运行管理中心。（市城市管理局牵头，市住房城乡建设局、市应急管理局配合）

三、保障措施
（一）加强组织领导。成立市数字政府建设领导小组，领导小组办公室设在市大数据局。
（二）强化资金保障。市财政局要将数字政府建设经费纳入年度预算。

湖州市人民政府办公室
2026年11月15日
`

// rev80Wuxing is a district's plan under the same city: items (一)–(六), each closed by
// "（责任单位：…；配合单位：…）" with units written 区X局.
const rev80Wuxing = `湖州市吴兴区2027年农村人居环境整治提升工作方案

为深入推进农村人居环境整治提升，建设宜居宜业和美乡村，结合我区实际，制定本方案。

一、主要任务
（一）推进农村厕所革命。2027年5月底前完成农村户厕问题摸排整改。（责任单位：区农业农村局；配合单位：区卫生健康局、各乡镇（街道））
（二）加强农村生活垃圾治理。2027年8月底前实现生活垃圾分类行政村全覆盖。（责任单位：区综合执法局；配合单位：区财政局、各乡镇（街道））
（三）推进农村生活污水治理。2027年10月底前完成农村生活污水处理设施标准化运维改造40座。（责任单位：区住建局；配合单位：区生态环境分局、区水利局）
（四）整治村庄公共空间。2026年12月31日前完成村庄“三清一改”专项整治。（责任单位：各乡镇（街道）；配合单位：区农业农村局）
（五）加强资金保障。2027年3月底前下达年度整治专项资金。（责任单位：区财政局；配合单位：区发改局、区农业农村局）
（六）建立长效管护机制。每半年开展一次人居环境整治“回头看”。（责任单位：区农业农村局；配合单位：区住建局、区综合执法局）

二、工作要求
各责任单位每季度末将工作进展情况报送区农村人居环境整治工作领导小组办公室（设在区农业农村局）。

湖州市吴兴区人民政府办公室
2026年11月28日
`

// rev80Ask asks qs in one conversation over rev80Huzhou on rev80Day (no done marks).
func rev80Ask(t *testing.T, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	return rev73Ask(t, rev80Huzhou, rev80Day, qs...)
}

// rev80AskMarked is rev80Ask with 市大数据局 marked done (2026-12-01) on (一)1 政务云平台 and (三)7 公共数据目录.
func rev80AskMarked(t *testing.T, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	return rev78AskMarked(t, rev80Huzhou, "市大数据局", []string{"政务云平台", "公共数据目录"}, qs...)
}

// rev80AskBoth asks qs in one conversation over both plans, the city's and the district's.
func rev80AskBoth(t *testing.T, qs ...string) (Answer, func(string) bool) {
	t.Helper()
	ix := textIndex(t, rev80Huzhou, rev80Wuxing)
	as := askOn(t, NewEngine(ix, Options{}), rev80Day, qs...)
	a := as[len(as)-1]
	return a, func(sub string) bool { return rev69Names(t, ix, a, sub) }
}

// "明年底前要完成哪些?" is answered for 2026-12-07 — 2026-12-31, the window of 年底前, as if 明年 were not
// said ("明年年底前", "明年底以前" and "到明年底" are read right). 明年底 is the end of 2027: (二)5 公积金 (2027-09-30)
// and (三)7 公共数据目录 (2027-12-31) are due by then, and (三)9 (2028-06-30) is not.
func TestRev80_NextYearsEndSaidShort(t *testing.T) {
	for _, q := range []string{"明年底前要完成哪些?", "明年底前有哪些任务要完成?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, q)
			if !names("公积金业务全程网办") || !names("公共数据目录") || names("一网统管") {
				t.Errorf("明年底 is 2027-12-31: items (二)5 and (三)7 in, (三)9 out; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// "今明两年要完成哪些任务?" gets "方案中没有提到“今明两年”，无法回答". 今明两年 is 2026 and 2027 together, a
// window plans and leaders use all the time: (一)2 5G (2026-12-31) and (三)7 (2027-12-31) are in it,
// (三)9 (2028-06-30) is not.
func TestRev80_ThisYearAndNextTogether(t *testing.T) {
	for _, q := range []string{"今明两年要完成哪些任务?", "今明两年有哪些任务到期?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, q)
			if !names("5G网络深度覆盖") || !names("公共数据目录") || names("一网统管") {
				t.Errorf("今明两年 is 2026-01-01 — 2027-12-31; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// "What is due by the end of next year?" and "What must be finished by the end of this year?" are each
// answered "about “end”, due …: 0 task(s). None." — the window is read, but "end" is kept as a topic
// ("What is due by the end of 2027?" lists seven). The end of next year holds (三)7 (2027-12-31); the
// end of this year (一)2 (2026-12-31).
func TestRev80_EnglishByTheEndOfAYear(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"What is due by the end of next year?", "公共数据目录"},
		{"What must be finished by the end of this year?", "5G网络深度覆盖"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a, names := rev80Ask(t, c.q)
			if !names(c.want) || strings.Contains(a.Text, "“end”") {
				t.Errorf("%s is due by then and “end” is no topic; the answer (%s, %s, %d tasks):\n%.400s", c.want, a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// After "大数据局的任务" (five items, the second (一)3 加强网络安全保障), "第二项是什么?" is answered with (一)3,
// but "第二个呢?" gets "大数据局“第二个”相关的任务 0 项", "第二个是什么?" "方案中没有提到“第二个”" and
// "第2个什么时候到期?" "“第2个”相关的…任务 0 项". 个 is the commonest measure word in chat; 第二个 is 第二项.
func TestRev80_OrdinalCountedWithGe(t *testing.T) {
	for _, q := range []string{"第二个呢?", "第二个是什么?", "第2个什么时候到期?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, "大数据局的任务", q)
			if !names("加强网络安全保障") || len(a.Tasks) != 1 {
				t.Errorf("the second item listed is (一)3; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// 市大数据局 marked (一)1 and (三)7 done. After "大数据局牵头的任务" (three: (一)1, (三)7, (三)8), "还有哪些没完
// 成?" and "还剩几项?" answer with 大数据局's every open task, the two it only takes part in ((一)3,
// (二)4) among them. The follow-up asks about the lead tasks just listed: (三)8 alone is left.
func TestRev80_NotDoneKeepsTheLeadRole(t *testing.T) {
	for _, q := range []string{"还有哪些没完成?", "还剩几项?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80AskMarked(t, "大数据局牵头的任务", q)
			if !names("数据安全专项整治") || len(a.Tasks) != 1 {
				t.Errorf("of 大数据局's three lead tasks only (三)8 is not marked done; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// 市大数据局 marked (一)1 done. After "明年上半年要完成哪些任务?" (four: (一)1, (一)3, (二)4, (三)8), "还有哪些没完
// 成?" lists the plan's seven open tasks, (二)6 due 2026-11-30 and (三)9 due 2028 among them: the
// half-year asked is dropped. What is left of that list is (一)3, (二)4 and (三)8.
func TestRev80_NotDoneKeepsTheWindow(t *testing.T) {
	for _, q := range []string{"还有哪些没完成?", "其中哪些还没完成?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80AskMarked(t, "明年上半年要完成哪些任务?", q)
			if names("一网统管") || names("工程建设项目审批") || names("公积金") || names("政务云平台") {
				t.Errorf("items outside 2027's first half, or marked done, are listed; the answer (%s, %d tasks):\n%.500s", a.Intent, len(a.Tasks), a.Text)
			}
			if !names("数据安全专项整治") || !names("一网通办") {
				t.Errorf("(三)8 and (二)4 fall in the half and are open; the answer:\n%.500s", a.Text)
			}
		})
	}
}

// After "哪些任务逾期了?" (one: (二)6, 住建局's, due 2026-11-30), "那其中住建局的呢?" and "住建局的呢?" list
// every task of 住建局, (三)9 due 2028-06-30 among them. The follow-up narrows the overdue list: (二)6.
func TestRev80_UnitAfterOverdueKeepsIt(t *testing.T) {
	for _, q := range []string{"那其中住建局的呢?", "住建局的呢?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, "哪些任务逾期了?", q)
			if !names("工程建设项目审批") || names("一网统管") || len(a.Tasks) != 1 {
				t.Errorf("住建局's overdue task is (二)6 alone; the answer (%s, %d tasks):\n%.400s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// After "逾期的有几项?" (1, (二)6), "谁负责的?" names its units but "是哪个单位的?" and "是哪个部门负责的?" get the
// ask-back "请说明是哪项任务". Both ask whose the counted task is: 市住房城乡建设局.
func TestRev80_WhichUnitAfterACount(t *testing.T) {
	for _, q := range []string{"是哪个单位的?", "是哪个部门负责的?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev80Ask(t, "逾期的有几项?", q)
			if a.Outcome != OutcomeAnswered || !strings.Contains(a.Text, "市住房城乡建设局") {
				t.Errorf("the overdue task (二)6 is 市住房城乡建设局's; the answer (%s, %s):\n%.400s", a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// "What does the cyberspace affairs office do?" gets "The plans do not say (nothing about “cyberspace
// affairs”)" and "What does the Cyberspace Administration lead?" "0 task(s)", while "网信办负责哪些任务?"
// finds 市委网信办 and its two items (一)3 and (三)8. Both are the usual English names of 网信办.
func TestRev80_EnglishCyberspaceOffice(t *testing.T) {
	for _, q := range []string{"What does the cyberspace affairs office do?", "What does the Cyberspace Administration lead?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, q)
			if !names("加强网络安全保障") || !names("数据安全专项整治") || len(a.Tasks) != 2 {
				t.Errorf("市委网信办 leads (一)3 and (三)8; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// "What does the natural resources and planning bureau do?" gets "nothing about “natural resources
// planning”", though "规划局有哪些任务?" finds 市自然资源规划局 on (二)6. The English name of 自然资源和规划局
// is the department the plan names.
func TestRev80_EnglishNaturalResourcesAndPlanning(t *testing.T) {
	for _, q := range []string{"What does the natural resources and planning bureau do?", "Which tasks involve the Natural Resources and Planning Bureau?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, q)
			if !names("工程建设项目审批") || len(a.Tasks) != 1 {
				t.Errorf("市自然资源规划局 supports (二)6; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// "What does the government services office lead?" is read as the topic 政务服务 and lists four items,
// three led by others; "政务办有哪些任务?" finds 市政务服务办. The question names the office: it leads (二)4.
func TestRev80_EnglishGovernmentServicesOfficeLeads(t *testing.T) {
	a, names := rev80Ask(t, "What does the government services office lead?")
	if !names("一网通办") || len(a.Tasks) != 1 {
		t.Errorf("市政务服务办 leads (二)4 alone; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
	}
}

// "What do the district governments have to do?" gets "nothing about “governments”", though "区县政府配合
// 哪些?" finds 各区县政府 on (一)2. The districts' and counties' governments are a unit of the plan.
func TestRev80_EnglishDistrictGovernments(t *testing.T) {
	for _, q := range []string{"What do the district governments have to do?", "What do the district and county governments support?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80Ask(t, q)
			if !names("5G网络深度覆盖") || len(a.Tasks) != 1 {
				t.Errorf("各区县政府 support (一)2; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// A district's liaison asks what the city's plan gives the district: "湖州市南浔区政府要配合哪些工作?" gets
// "方案中没有找到“南浔区政府”" with 各区县政府 among the near units, and with the city's and 吴兴区's plans
// loaded "吴兴区政府要配合哪些工作?" gets "方案中没有找到“政府”". 各区县政府 in a city's plan is every district's
// government of that city: (一)2 is theirs.
func TestRev80_DistrictGovernmentUnderTheCity(t *testing.T) {
	t.Run("湖州市南浔区政府", func(t *testing.T) {
		a, names := rev80Ask(t, "湖州市南浔区政府要配合哪些工作?")
		if !names("5G网络深度覆盖") {
			t.Errorf("湖州市's 各区县政府 support (一)2; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
		}
	})
	t.Run("吴兴区政府", func(t *testing.T) {
		a, names := rev80AskBoth(t, "吴兴区政府要配合哪些工作?")
		if !names("5G网络深度覆盖") {
			t.Errorf("吴兴区 is a district of 湖州市, whose 各区县政府 support (一)2; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
		}
	})
}

// 市大数据局 marked (一)1 and (三)7 done. "大数据局的任务都完成了吗?" lists its five with each one's done state;
// "Has the big data bureau finished its tasks?" lists the five with no done state at all. The question
// is whether they are done: two are marked done, three are not.
func TestRev80_EnglishHasAUnitFinished(t *testing.T) {
	for _, q := range []string{"Has the big data bureau finished its tasks?", "Are the big data bureau's tasks all done?"} {
		t.Run(q, func(t *testing.T) {
			a, _ := rev80AskMarked(t, q)
			if !strings.Contains(a.Text, "marked done by 陈明") || !strings.Contains(a.Text, "not marked done") {
				t.Errorf("two of the five are marked done, three not; the answer (%s, %s, %d tasks):\n%.500s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}

// 市大数据局 marked (一)1 and (三)7 done. "How many of the big data bureau's tasks are done?" gets "The
// plans do not say (nothing about “s tasks”)": the possessive 's is cut off as a word ("Which of the
// big data bureau's tasks are not done yet?" is read). The count is 2.
func TestRev80_EnglishPossessiveDoneCount(t *testing.T) {
	for _, q := range []string{"How many of the big data bureau's tasks are done?", "How many of the big data bureau's tasks are finished?"} {
		t.Run(q, func(t *testing.T) {
			a, names := rev80AskMarked(t, q)
			if !names("政务云平台") || !names("公共数据目录") || len(a.Tasks) != 2 {
				t.Errorf("two of 大数据局's tasks are marked done; the answer (%s, %s, %d tasks):\n%.400s", a.Intent, a.Outcome, len(a.Tasks), a.Text)
			}
		})
	}
}
