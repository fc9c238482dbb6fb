package plan

import (
	"strings"
	"testing"
)

// TestCampaignSpanFromNow: an opening that runs a campaign from now to a date ("从现在起至2017年12月
// 底，本区开展…工作") gives undated tasks that date; a policy's term from its issue ("自印发之日起至
// 2023年12月31日前，…可申请") does not.
func TestCampaignSpanFromNow(t *testing.T) {
	text := "某区高层建筑消防安全综合治理工作方案\n根据有关要求，从现在起至2017年12月底，本区开展高层建筑消防安全综合治理工作。为此，制定本方案。\n一、工作任务\n1.开展排查。各镇要全面排查高层建筑消防隐患。\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"各镇"}, dates: []string{"2017-12-31 target"}}})

	text = "某区工作方案\n自即日起到2025年底，在全区开展燃气安全专项整治。\n一、工作任务\n1.开展排查。各街道要全面排查燃气隐患。\n"
	checkTasks(t, text, []taskWant{{number: "1", lead: []string{"各街道"}, dates: []string{"2025-12-31 target"}}})

	text = "某市关于支持住房消费的若干措施\n一、支持措施\n1.优化配建。自本通知印发之日起至2023年12月31日前，房地产开发项目新取得的土地可不配建。（责任单位：市住建局）\n2.加强宣传。做好政策解读。（责任单位：市住建局）\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市住建局"}, dates: []string{"2023-12-31 by"}},
		{number: "2", lead: []string{"市住建局"}, dates: []string{}},
	})
}

// TestThisYearsGoals: goals set for 今年 ("今年要全面开展…创建工作") are the year of issue's; 今年以来
// (since this year's start) and 今年是 (a year's name) set nothing.
func TestThisYearsGoals(t *testing.T) {
	const head = "关于推进某区文物建筑消防安全标准化建设工作的实施方案\n发布日期：2023-04-12\n一、工作目标\n"
	const tasks = "二、工作内容\n1.开展检查。各属地单位要做到对辖区各文物建筑无死角排查摸底。\n"
	for _, c := range []struct {
		name, goal string
		dates      []string
	}{
		{"今年要", "根据市消防安全委员会工作要求，今年要全面开展文物消防安全标准化建设达标创建工作。\n", []string{"2023-12-31 target"}},
		{"今年将", "今年将进一步加强文物消防安全标准化管理。\n", []string{"2023-12-31 target"}},
		{"今年以来", "今年以来，我区文物消防安全形势总体平稳。\n", []string{}},
		{"今年是", "今年是全面贯彻党的二十大精神的开局之年。\n", []string{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkTasks(t, head+c.goal+tasks, []taskWant{{number: "1", lead: []string{"各属地单位"}, dates: c.dates}})
		})
	}
}

// TestJointForceWithStaff: whom a lead acts with (联合…) may be a list ending with staff (相关处室值班人员)
// and holding a name with a verb inside (市场监督管理局): every one takes part.
func TestJointForceWithStaff(t *testing.T) {
	text := formHead + "（一）专项整治2023年9月18日-26日期间，由社会事业处牵头，联合市场监督管理局苏平分局、区执法应急局苏平筹备组、各包村工作队、相关处室值班人员，开展流动摊贩专项整治行动。\n" +
		"（二）专项整治。由政法综治处牵头，联合农业农村处、相关处室值班人员，开展专项整治行动。\n" +
		"（三）专项整治。由政法综治处牵头，联合相关人员开展专项整治行动。\n"
	checkTasks(t, text, []taskWant{
		{lead: []string{"社会事业处"}, partic: []string{"市场监督管理局苏平分局", "区执法应急局苏平筹备组", "各包村工作队", "相关处室值班人员"}},
		{lead: []string{"政法综治处"}}, // one party and staff: too little to read as a list
		{lead: []string{"政法综治处"}},
	})
}

// TestItemOpeningWithAMonth: "1.9月30日前，…" is item 1 opening with its deadline (no decimal 1.9), and
// that date is each of its sentences'; "适时委托…机构对…进行" names no unit.
func TestItemOpeningWithAMonth(t *testing.T) {
	text := formHead + "（二）排查整治阶段\n1.9月30日前，区建设管理委、区房管局对照标准完成高层建筑底数排查。各行业主管部门组织所辖使用管理单位完成火灾隐患自查。根据实际需要，适时委托消防技术服务机构对高层建筑火灾隐患进行排查。\n2.11月30日前，区建设管理委会同区公安分局完成改造可行性分析。\n"
	checkTasks(t, text, []taskWant{
		{number: "1-1", lead: []string{"区建设管理委", "区房管局"}, dates: []string{"2025-09-30 by"}},
		{number: "1-2", lead: []string{"各行业主管部门"}, dates: []string{"2025-09-30 by"}},
		{number: "2", lead: []string{"区建设管理委"}, partic: []string{"区公安分局"}, dates: []string{"2025-11-30 by"}},
	})
}

// TestSubjectsBeforeALaterList: a list that opens a later sentence ("区公安分局会同行业主管部门，…")
// does not speak for the sentences before it, whose subjects are their own.
func TestSubjectsBeforeALaterList(t *testing.T) {
	text := formHead + "3.区建设管理委会同区公安分局对违规高层建筑进行改造可行性分析。区公安分局会同行业主管部门，对高层建筑火灾隐患进行分析研判。\n4.区公安分局会同行业主管部门，对火灾隐患进行分析研判，逐个制定整改计划。\n"
	checkTasks(t, text, []taskWant{
		{number: "3-1", lead: []string{"区建设管理委"}, partic: []string{"区公安分局"}},
		{number: "3-2", lead: []string{"区公安分局"}, partic: []string{"行业主管部门"}},
		{number: "4", lead: []string{"区公安分局"}, partic: []string{"行业主管部门"}},
	})
}

// TestFormalNameJoinedByHe: a body's formal name whose parts 和 joins (区住房保障和房屋管理局) is the
// unit its short name (区住房保障房屋管理局) is; a list joined by 和 and a name whose parts are too
// short are not folded.
func TestFormalNameJoinedByHe(t *testing.T) {
	a := DefaultAliases()
	for _, tc := range []struct{ a, b string }{
		{"区住房保障和房屋管理局", "区住房保障房屋管理局"},
		{"虹口区建设和管理委员会", "虹口区建设管理委员会"},
	} {
		if a.Canonical(tc.a) != a.Canonical(tc.b) {
			t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q: want the same", tc.a, a.Canonical(tc.a), tc.b, a.Canonical(tc.b))
		}
	}
	for _, name := range []string{"区城管和区公安分局", "省和市政府", "各县（市、区）政府和有关部门"} {
		if got := withoutHe(name); got != name {
			t.Errorf("withoutHe(%q) = %q, want it unchanged", name, got)
		}
	}
}

// TestDatePhrasesStop25: the date phrases the deadline forms taught.
func TestDatePhrasesStop25(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a span of months whose first has no 月", "（2025年4～6月）完成自查", []string{"2025-06-30 by"}},
		{"a span of months with a dash", "2025年4-6月开展整治", []string{"2025-06-30 by"}},
		{"a dashed date after a time label", "完成时间：2025-06-30。推进平台建设", []string{"2025-06-30 by"}},
		{"a dashed date with no label is a page's date", "2025-06-30发布", nil},
		{"done already is no deadline", "已于2024年完成提标改造", nil},
		{"a count so far gives no year to what follows", "截至2024年底，全市已建成充电桩1.8万个。年内新增充电桩5000个以上。", []string{"2025-12-31 by"}},
		{"今年 after a past year", "改造工程已于2024年完成，今年重点推进管网建设，年底前新建管网20公里。", []string{"2025-12-31 by"}},
		{"a year before still carries", "2024年完成A任务，6月底前完成B任务", []string{"2024-06-30 by", "2024-12-31 by"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range ParseDeadlinesIn(tc.text, 2025) {
				got = append(got, d.Date.String()+" "+d.Kind)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		text string
		want string
	}{
		{"每季度末对项目建设进度进行通报", "quarterly"},
		{"按季度对重点用能单位能耗情况进行监测分析", "quarterly"},
		{"每月对监测数据进行分析研判", "monthly"},
		{"每周至少开展2次夜间巡查", "weekly"},
		{"每年一季度组织开展上一年度考核", "yearly"},
		{"每月对困难群众发放补贴", ""},
	} {
		var got string
		for _, r := range ParseRecurring(tc.text) {
			got = ruleName(r.Rule)
		}
		if got != tc.want {
			t.Errorf("ParseRecurring(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCommitteeShortName: a commission's name ending in 委员会 is the unit its short name in 委 is
// (区建设和管理委员会, 区建设管理委); a zone's 管理委员会 is not folded.
func TestCommitteeShortName(t *testing.T) {
	a := DefaultAliases()
	if x, y := a.Canonical("区建设和管理委员会"), a.Canonical("区建设管理委"); x != y {
		t.Errorf("区建设和管理委员会 → %q, 区建设管理委 → %q: want the same", x, y)
	}
	if got := a.Canonical("开发区管理委员会"); got != "开发区管理委员会" {
		t.Errorf("开发区管理委员会 → %q, want it unchanged", got)
	}
}

// TestHeadingIntroducingItsDuties: a unit's heading whose paragraph ends by introducing the items
// under it ("主要履行以下职责：") is no task of its own; its items are.
func TestHeadingIntroducingItsDuties(t *testing.T) {
	text := formHead + "（二）虹口区住房保障和房屋管理局\n区住房保障房屋管理局是本区物业管理的主管部门，负责物业服务企业的监督管理，主要履行以下职责：\n1.落实物业服务企业将装修垃圾委托作业服务单位清运；\n2.落实修缮项目的建筑垃圾源头分类管控责任。\n" +
		"（三）加强督导\n区发展改革委负责统一督导调度。\n1.每月通报进展。（责任单位：区发展改革委）\n"
	d, err := ParseText("form.txt", text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var numbers []string
	for _, tk := range d.Tasks {
		numbers = append(numbers, tk.Number)
	}
	if got := strings.Join(numbers, " "); got != "1 2 (三) 1" {
		t.Errorf("tasks %q, want the duties 1 2, then (三)'s own paragraph and its item", got)
	}
}

// TestUnitHeadingDuties: a unit's heading over its duties (（七）区房屋急修中心。负责…) is their subject,
// though a word for any party stands in brackets ("房屋产权人（单位）"); a predicate opening 负责配合
// names no unit of the heading's (the unit it helps leads that duty, the heading's unit takes part:
// stop 47, as the corpus's readers take it); units acting 按照职责分工 or 在各自职责范围内 are subjects.
func TestUnitHeadingDuties(t *testing.T) {
	text := formHead + "（三）区建交委。负责组织落实房屋安全问题的整改；负责配合公安消防支队对市政道路上的消防设施进行排查。\n" +
		"（七）区房屋急修中心。负责对受理的房屋报修急修事件进行分类梳理，确认存在严重安全隐患的要及时报区房管局、房屋产权人（单位）。\n" +
		"（八）属地职责\n街道办事处、镇人民政府按照职责分工充分发挥属地职能，组织开展城市更新活动。\n"
	checkTasks(t, text, []taskWant{
		{number: "(三)-1", lead: []string{"区建交委"}},
		{number: "(三)-2", lead: []string{"公安消防支队"}, partic: []string{"区建交委"}},
		{number: "(七)", lead: []string{"区房屋急修中心"}},
		{number: "(八)", lead: []string{"街道办事处", "镇人民政府"}},
	})
}

// TestSectorsAndParties: a sector list sharing 部门 joined by 和 to other parties is each sector's
// department and each party ("交通、水务、房屋管理部门和规划资源部门要…").
func TestSectorsAndParties(t *testing.T) {
	checkTasks(t, formHead+"（一）源头减量。交通、水务、房屋管理部门和规划资源部门要加强指导。\n（二）严处非法消纳。规划资源部门和乡镇政府要强化排查。\n", []taskWant{
		{lead: []string{"交通部门", "水务部门", "房屋管理部门", "规划资源部门"}},
		{lead: []string{"规划资源部门", "乡镇政府"}},
	})
}

// TestPageLabelsOnTheNextLine: a page's labels whose values stand on the next line ("- 发布:" over
// "- 满城区农业农村局") and a signature whose date lost its 日 are read.
func TestPageLabelsOnTheNextLine(t *testing.T) {
	d, err := ParseText("mc.txt", "保定市满城区2020年农业结构调整工作推进方案\n- 发布:\n- 满城区农业农村局\n- 时间:\n- 2020-02-04\n一、责任分工\n1.调减籽粒玉米。（责任单位：各乡镇）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Issuer != "满城区农业农村局" || d.Published.String() != "2020-02-04" {
		t.Errorf("issuer %q, published %s", d.Issuer, d.Published)
	}
	d, err = ParseText("sx.txt", "寿县人民政府督查室           2022年8月19\n关于2022年《政府工作报告》主要任务上半年落实情况的通报\n一、任务\n1.推进项目建设。（责任单位：县发改委）\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Issued.String() != "2022-08-19" || d.Issuer != "寿县人民政府督查室" {
		t.Errorf("issued %s, issuer %q", d.Issued, d.Issuer)
	}
}
