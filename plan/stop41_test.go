package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestReviewStop41: the findings of the review of stop 40's diff (a helper who read the code and
// wrote a counter-example for each), named after them.
func TestReviewStop41(t *testing.T) {
	t.Run("F1 截至 a month with no year, then work to finish", func(t *testing.T) {
		checkDates(t, "截至6月30日前，完成全部排查整治工作。", 2025, []string{"2025-06-30 by"})
		checkDates(t, "截止到10月底前完成全部整改。", 2025, []string{"2025-10-31 by"})
		checkDates(t, "截止11月底，全面完成农村危房改造任务。", 2025, []string{"2025-11-30 by"})
		checkDates(t, "截至2025年6月30日前，完成全部排查整治工作。", 2025, []string{"2025-06-30 by"})
		checkDates(t, "截至7月底，全市58个重点项目已开工49个。", 2025, nil)
		checkDates(t, "截至年底，全市累计建成充电桩500个以上。", 2025, []string{"2025-12-31 target"})
	})
}

func TestReviewStop41Roles(t *testing.T) {
	t.Run("F2 a federation that leads with 会同", func(t *testing.T) {
		checkTasks(t, formHead+"1.市残疾人联合会会同市民政局开展残疾人就业帮扶。\n", []taskWant{
			{number: "1", lead: []string{"市残疾人联合会"}, partic: []string{"市民政局"}},
		})
		checkTasks(t, formHead+"1.市工商业联合会会同市商务局举办民营企业招聘会。\n", []taskWant{
			{number: "1", lead: []string{"市工商业联合会"}, partic: []string{"市商务局"}},
		})
		for s, want := range map[string]bool{"会会同市民政局": true, "社": true, "会": true, "社区网格员": false, "会计师事务所": false, "会商": false} {
			if unionName(s) != want {
				t.Errorf("unionName(%q) = %v, want %v", s, !want, want)
			}
		}
	})
}

func TestReviewStop41SharedBody(t *testing.T) {
	for _, tc := range []struct {
		name, note string
		lead       []string
	}{
		{"F3 districts beside a zone's committee", "（责任单位：鼓楼区、台江区、高新区管委会）", []string{"鼓楼区", "台江区", "高新区管委会"}},
		{"F3 districts beside a city's bureau", "（责任单位：嘉定区、青浦区、上海市公安局）", []string{"嘉定区", "青浦区", "上海市公安局"}},
		{"cities and a prefecture sharing a department", "（责任单位：海东市、临夏州发展改革部门）", []string{"海东市发展改革部门", "临夏州发展改革部门"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+"1.推进基础设施建设。"+tc.note+"\n", []taskWant{{number: "1", lead: tc.lead}})
		})
	}
}

func TestReviewStop41Sections(t *testing.T) {
	t.Run("F4 a lone section is no other bureau's", func(t *testing.T) {
		d := checkTasks(t, formHead+"1.加强预算绩效管理。（牵头部门：市财政局预算处、综合处）\n2.健全岸电数据报送制度。（牵头部门：市交通委科技信息处）\n", []taskWant{
			{number: "1", lead: []string{"市财政局预算处", "综合处"}},
			{number: "2", lead: []string{"市交通委科技信息处"}},
		})
		dir := NewDirectory([]*Document{d}, DefaultAliases())
		if got := dir.Resolve("市交通委综合处", ""); len(got) != 0 {
			t.Errorf("Resolve(市交通委综合处) = %v, want none: the plan's 综合处 is 市财政局's", got)
		}
	})
	t.Run("F4b a committee's section", func(t *testing.T) {
		for name, want := range map[string][2]string{
			"省发展和改革委员会价格处":  {"省发展和改革委员会", "价格处"},
			"市卫生健康委员会医政医管处": {"市卫生健康委员会", "医政医管处"},
			"市交通委科技信息处":     {"市交通委", "科技信息处"},
			"区经发局发改处":       {"区经发局", "发改处"},
		} {
			if b, s, ok := BureauSection(name); !ok || b != want[0] || s != want[1] {
				t.Errorf("BureauSection(%s) = %q + %q, %v; want %q + %q", name, b, s, ok, want[0], want[1])
			}
		}
	})
}

func TestReviewStop41Dates(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		year       int
		want       []string
	}{
		{"F8 a start already made", "项目已经于3月开工建设，年底前完成主体工程。", 2025, []string{"2025-12-31 by"}},
		{"F8 关于 a month", "关于9月开展的检查，年底前完成整改。", 2025, []string{"2025-12-31 by"}},
		{"F8 a step set for a month", "第二轮督查于9月开展，重点检查任务推进情况。", 2025, []string{"2025-09-30 by"}},
		{"F10 work in the summer holiday", "利用暑期（7月至8月）开展校舍维修改造。", 2025, []string{"2025-08-31 by"}},
		{"F10 a duty through the flood season", "主汛期（6月1日至9月30日）实行24小时值班。", 2025, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, tc.year, tc.want) })
	}
}

// TestPageRecordStop41: a page's record date (生成日期) is the issue date only when the text is signed
// with none; a title label after a list mark ("- 标题:") is no part of the title.
func TestPageRecordStop41(t *testing.T) {
	for _, tc := range []struct {
		name, text, title, issued string
	}{
		{"record date, no signature", "- 标题:某市人民政府办公室关于印发某市某某工作实施方案的通知\n- 公文生成日期:2025-01-24\n- 發布日期:2025-01-26\n\n1.推进某某工作。（责任单位：市发改委）\n",
			"某市某某工作实施方案", "2025-01-24"},
		{"a signature beats the record date", "生成日期 2023-08-30 公开方式 主动公开\n某市人民政府办公室关于印发某市某某工作实施方案的通知\n\n1.推进某某工作。（责任单位：市发改委）\n\n某市人民政府办公室\n2023年8月24日\n",
			"", "2023-08-24"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ParseText("p.txt", tc.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Issued.String() != tc.issued {
				t.Errorf("issued %s, want %s", d.Issued, tc.issued)
			}
			if tc.title != "" && d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
		})
	}
}

// TestDatePhrasesStop41: the date phrases deadline forms 15 taught (written by a helper who read no
// code; its misses were open material this stop).
func TestDatePhrasesStop41(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		year       int
		want       []string
	}{
		{"同年 is the year named before", "2018年3月启动首批试点，同年9月底前完成试点评估。", 2018, []string{"2018-03-31 by", "2018-09-30 by"}},
		{"同年 after next year's start", "2026年6月底前完成改革，2027年1月起全面实行打包付费，同年12月底前完成绩效评价。", 2026, []string{"2026-06-30 by", "2027-12-31 by"}},
		{"a day with 之前", "3月31日之前完成公示。", 2025, []string{"2025-03-31 by"}},
		{"a day with 以前", "3月31日以前完成涉企收费目录清单公示。", 2025, []string{"2025-03-31 by"}},
		{"月初, 月中, 下半月", "6月下半月启动攻坚行动，7月中组织验收，8月初形成总结报告。", 2025, []string{"2025-06-30 by", "2025-07-15 by", "2025-08-10 by"}},
		{"the month after the one named", "11月份完成全市自建房排查，次月10日前将排查台账报送市专班。", 2025, []string{"2025-11-30 by", "2025-12-10 by"}},
		{"the month after December", "各单位12月底前完成自评，次月15日前报送自评报告。", 2024, []string{"2024-12-31 by", "2025-01-15 by"}},
		{"下月 with its part", "各镇9月底前完成自查整改，县专班于下月中旬前组织复核验收。", 2026, []string{"2026-09-30 by", "2026-10-20 by"}},
		{"次月 of every month is a duty's day", "每月底前完成统计，次月5日前报送。", 2025, nil},
		{"a stage's span of years", "近期（2025—2027年），建成区绿化覆盖率达到43%；中期（到2030年），基本建成框架。", 2025, []string{"2027-12-31 target", "2030-12-31 target"}},
		{"the first years' span", "前三年（2021—2023年），完成管网86公里；后两年（2024—2025年），全面完成改造。", 2021, []string{"2023-12-31 target", "2025-12-31 target"}},
		{"who qualifies is no span", "对离校2年内未就业高校毕业生，落实一次性求职创业补贴。", 2025, nil},
		{"a past year's figure", "2019年以来，全区累计改造老旧小区216个，2023年完成改造38个，居民满意度达到96%。", 2024, nil},
		{"a past year's visitors", "2024年全市接待游客3860万人次，实现旅游总收入412亿元。下一步，继续深化文旅融合。", 2025, nil},
		{"past years the work was set for", "2021年和2022年对成批量集中直接设置的项目由区政府统一保障。", 2022, []string{"2021-12-31 target", "2022-12-31 target"}},
		{"an event the plan reports", "2019年3月15日，县政府召开全县优化营商环境大会，对优化营商环境工作进行了全面部署。", 2019, nil},
		{"an event the plan schedules", "2023年9月27日-28日，由社会事业处组织相关人员，开展巡查工作，针对发现的问题立即作出整改。", 2023, []string{"2023-09-28 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, tc.year, tc.want) })
	}
}

// TestActivityFieldsStop41: an activity plan's items are fields of one activity (活动时间, 活动内容,
// 组织单位, 参加单位): one task, whose organiser leads and whose 参加单位 take part.
func TestActivityFieldsStop41(t *testing.T) {
	checkTasks(t, formHead+"（一）开展安全生产宣传咨询日活动\n1.活动时间:6月16日。\n2.活动内容:各乡镇要利用各类媒体开展安全生产政策法规咨询。\n3.组织单位:县安办、各乡镇人民政府。\n4.参加单位:县应急局、县消防大队。\n", []taskWant{
		{number: "(一)", lead: []string{"县安办", "各乡镇人民政府"}, partic: []string{"县应急局", "县消防大队"}},
	})
}

// TestPlaceStop41: a plan with no title or number belongs to the county-level city its text names most
// when no city of its own is named as often ("禄丰市" twice; "上海市民" is Shanghai's people).
func TestPlaceStop41(t *testing.T) {
	text := "为深入贯彻落实消费帮扶要求，特制定本实施方案。\n一、持续扩大产品和服务消费\n(一)强化定向采购帮扶。立足禄丰市特色资源，促进禄丰市农副产品进入上海市民菜篮子。(市财政局、市商务局负责)\n"
	d, err := ParseText("p.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(d.City, "禄丰市") {
		t.Errorf("city %q, want 禄丰市", d.City)
	}
}

// TestSignatureStop41: a notice signed by a bureau whose name holds 服务, with blank lines between its
// closing words, its signature and its date.
func TestSignatureStop41(t *testing.T) {
	text := "各县（市、区）人民政府，市政府各部门：\n\n  《某市数字政府改革建设2023年工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n\n  某市政务服务数据管理局\n\n  2023年4月13日\n\n  某市数字政府改革建设2023年工作要点\n\n一、主要任务\n1.推进一网通办。（责任单位：市政务服务数据管理局）\n"
	d, err := ParseText("p.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "某市政务服务数据管理局" || d.Issued.String() != "2023-04-13" {
		t.Errorf("issuer %q issued %s, want 某市政务服务数据管理局 2023-04-13", d.Issuer, d.Issued)
	}
	for s, want := range map[string]bool{"某市政务服务数据管理局": true, "区行政审批服务局": true, "为企业提供优质服务": false} {
		if IsOrgan(s) != want {
			t.Errorf("IsOrgan(%s) = %v", s, !want)
		}
	}
}

// TestReviewStop41b: the findings of the review of this stop's own diff (a helper who read the code),
// named after them.
func TestReviewStop41b(t *testing.T) {
	t.Run("R1 市民政局 is no 市民", func(t *testing.T) {
		text := "为做好救助工作，特制定本方案。\n一、主要任务\n(一)做好低保。(上海市民政局负责)\n(二)做好救助。(上海市民政局负责)\n(三)做好养老。(上海市民政局、昆山市民政局负责)\n"
		d, err := ParseText("p.txt", text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.City != "上海市" {
			t.Errorf("city %q, want 上海市", d.City)
		}
	})
	for _, tc := range []struct {
		name, text string
		year       int
		want       []string
	}{
		{"R2 截至 a figure reported", "截至6月底，全市累计完成投资85亿元。", 2025, nil},
		{"R3 初步 is no 月初", "12月初步建成监测平台。", 2025, nil},
		{"R3 中考 is no 月中", "6月中考期间做好交通保障。", 2025, nil},
		{"R3 中国 is no 月中", "10月中国国际进口博览会期间加强巡查。", 2025, nil},
		{"R4 了解 says nothing happened", "2025年6月16日，举办安全生产咨询日活动，了解群众需求。", 2025, []string{"2025-06-16 by"}},
		{"R7 次月 after every year's date", "每年12月底前完成自评，次月15日前报送自评报告。", 2025, nil},
		{"R7 two 次月 in one sentence", "3月底前完成初查，次月10日前报送；11月底前完成复查，次月10日前报送。", 2025, []string{"2025-03-31 by", "2025-04-10 by", "2025-11-30 by", "2025-12-10 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, tc.year, tc.want) })
	}
	t.Run("R6 county-level places share their government", func(t *testing.T) {
		got := sharedBody([]string{"新会区", "台山市", "开平市人民政府"})
		if want := []string{"新会区人民政府", "台山市人民政府", "开平市人民政府"}; !slices.Equal(got, want) {
			t.Errorf("sharedBody = %v, want %v", got, want)
		}
	})
}

// TestRolesStop41: the role forms 16 taught (written by a helper who read no code; its misses were
// open material this stop).
func TestRolesStop41(t *testing.T) {
	for _, tc := range []struct {
		name, text   string
		lead, partic []string
	}{
		{"a contact in brackets", "开展试点。责任单位：市人社局、市委人才办（联系人：周敏，13905761234）", []string{"市人社局", "市委人才办"}, nil},
		{"a head in brackets", "推进试点。责任单位：市住建局（局长：孙立新）、市自然资源局", []string{"市住建局", "市自然资源局"}, nil},
		{"第一责任单位 and 第一责任人", "推进改革。第一责任单位：市数据资源局；第一责任人：市数据资源局局长；配合单位：市公安局", []string{"市数据资源局"}, []string{"市公安局"}},
		{"具体实施 as a label", "新建口袋公园10个。牵头单位：市园林绿化局；具体实施：市城投集团、各区人民政府", []string{"市园林绿化局"}, []string{"市城投集团", "各区人民政府"}},
		{"the first two lead", "建设冷链物流。（县商务局、县农业农村局、县供销社、县交通运输局按职责分工负责，列前两位的为牵头单位）", []string{"县商务局", "县农业农村局"}, []string{"县供销社", "县交通运输局"}},
		{"参与 ends a subject", "组织志愿服务。县委宣传部负责组织活动，团县委、县妇联、县文明办参与，全年开展活动不少于200场。", []string{"县委宣传部"}, []string{"团县委", "县妇联", "县文明办"}},
		{"universities take part", "组建联盟。由市科技局负责组建市级产业技术创新联盟，合肥工业大学、中国科学技术大学先进技术研究院参与，年内组建联盟3个。", []string{"市科技局"}, []string{"合肥工业大学", "中国科学技术大学先进技术研究院"}},
		{"bare names after 牵头", "规范涉企收费。市场监管局牵头，发展改革局、财政局、工信局配合。", []string{"市场监管局"}, []string{"发展改革局", "财政局", "工信局"}},
		{"具体组织 beside a lead", "开展技能培训。市妇联牵头，市人社局、市商务局配合，各县（市、区）妇联具体组织。", []string{"市妇联"}, []string{"市人社局", "市商务局", "各县（市、区）妇联"}},
		{"为实施主体 and 给予支持 beside a lead", "打造生活圈。市商务局牵头，各区人民政府为实施主体，市邮政管理局、国网扬州供电公司给予支持。", []string{"市商务局"}, []string{"各区人民政府", "市邮政管理局", "国网扬州供电公司"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, formHead+"1."+tc.text+"\n", []taskWant{{number: "1", lead: tc.lead, partic: tc.partic}})
		})
	}
}
