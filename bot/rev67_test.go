package bot

import (
	"regexp"
	"strings"
	"testing"
)

// Review 67: questions a liaison or a leader would type about the five seed plans, each answered
// wrong on the code of f9fe2bd. Each test is a different kind of failure: who a person is, a
// milestone's year, a count of a part of the plan or of a list in it, a window that drops year-only
// deadlines or a plan's dated goals, a topic said in other words, a unit by its second name or its
// short name, a follow-up that loses its topic or asks for an order, a frequency said in other words.
// Each test says what a careful reader of the seeds answers, and why.

// rev67Engine is an engine over the seeds, with no clock of its own (askOn gives the day).
func rev67Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(seedIndex(t), Options{})
}

// rev67Names reports whether the answer names a task whose text holds sub.
func rev67Names(t *testing.T, a Answer, sub string) bool {
	t.Helper()
	ids := map[string]bool{}
	for _, id := range a.Tasks {
		ids[id] = true
	}
	for _, d := range seedIndex(t).Docs() {
		for i := range d.Tasks {
			if ids[d.Tasks[i].ID] && strings.Contains(d.Tasks[i].Text, sub) {
				return true
			}
		}
	}
	return false
}

// rev67Flat is the answer's text with its spaces taken out: the seeds write two-character names with
// a space inside ("林  杰", "金 凯").
func rev67Flat(a Answer) string {
	return strings.Join(strings.Fields(a.Text), "")
}

// TestRev67_TaskForceHeadIsAPerson: 鹿城区's 附件2 (工作专班方案) names the task force's head,
// "总牵头人:林  杰(区委常委、常务副区长)". Asked "鹿城区专班的总牵头人是哪位领导" (or in English, "Who
// is the head of the Lucheng task force?"), a reader answers 林杰. dutybot reads the question as "who
// is responsible for the 专班 tasks" and lists seven or eight tasks that mention the 专班 with their
// units, no person at all. (The same question about 湖州, "湖州十百千工程专班总牵头人是谁?", is answered
// with 金凯: the difference is "是哪位领导" and the English "head".)
func TestRev67_TaskForceHeadIsAPerson(t *testing.T) {
	e := rev67Engine(t)
	for _, q := range []string{"鹿城区专班的总牵头人是哪位领导", "Who is the head of the Lucheng task force?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2023-10-10", q)[0]
			if !strings.Contains(rev67Flat(a), "林杰") {
				t.Errorf("no 林杰 (总牵头人, 附件2 二、工作专班成员) in the answer (intent %s, %d tasks):\n%.500s", a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev67_SpecificLeadIsNotTheOverallHead: 湖州's 附件 lists the task force as "总牵头人：金 凯（副市
// 长）" then "具体负责人：杨雪伟（市政府副秘书长） 徐卫勇（市发展改革委主任）". "湖州专班具体负责人是谁" asks
// for the second line: 杨雪伟 and 徐卫勇, the people a liaison actually deals with. dutybot quotes the
// 总牵头人 line (金凯) — the line of another role.
func TestRev67_SpecificLeadIsNotTheOverallHead(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "湖州专班具体负责人是谁")[0]
	flat := rev67Flat(a)
	if !strings.Contains(flat, "杨雪伟") || !strings.Contains(flat, "徐卫勇") {
		t.Errorf("the 具体负责人 are 杨雪伟 and 徐卫勇, the answer names neither or one:\n%.400s", a.Text)
	}
}

// TestRev67_MilestoneYearQuoted: 衢州's (一)2 综合保税区 says "力争2023年获批建设,2024年通过验收、封关运营".
// "衢州综合保税区要求哪年通过验收？" is answered by that clause: 2024年. dutybot quotes the task's heading,
// "综合保税区", and nothing else — no year. (Asked as a follow-up, "衢州综合保税区谁负责" → "验收是哪年",
// it quotes the right sentence: the standalone question loses 验收 to the task's name.)
func TestRev67_MilestoneYearQuoted(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "衢州综合保税区要求哪年通过验收？")[0]
	if !strings.Contains(a.Text, "2024年通过验收") {
		t.Errorf("no “2024年通过验收” in the answer (intent %s):\n%.400s", a.Intent, a.Text)
	}
}

// TestRev67_CountKeyTasks: 湖州's plan has a part "三、重点任务" of four headings and 13 numbered items
// ((一)1–3, (二)1–3, (三)1–4, (四)1–3); dutybot itself counts "湖州市任务共 13 项" when asked about the
// plan's tasks. "湖州方案有多少项重点任务" reads "项重点" as a topic and answers "“项重点”相关的任务共 0 项。
// 没有。"; the English "How many key tasks does the Huzhou plan have?" answers "The plans do not say".
// A reader answers 13.
func TestRev67_CountKeyTasks(t *testing.T) {
	e := rev67Engine(t)
	thirteen := regexp.MustCompile(`(?:^|[^0-9])13\s*(?:项|条|个|tasks?|items?|key)`)
	for _, q := range []string{"湖州方案有多少项重点任务", "How many key tasks does the Huzhou plan have?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2023-10-10", q)[0]
			if a.Outcome != OutcomeAnswered || !thirteen.MatchString(a.Text) {
				t.Errorf("outcome %s, no count of 13 重点任务:\n%.400s", a.Outcome, a.Text)
			}
		})
	}
}

// TestRev67_DatedGoalInWindow: 湖州's 二、主要目标 (一) sets a date of its own: "2023年底前，累计争创12个
// 省级现代服务业创新发展区". Asked in mid-2023 "湖州2023年底前要完成什么", a reader answers with that goal
// (the only thing the plan dates to 2023). dutybot looks only at the tasks' deadlines (all 2027 or
// none) and answers "湖州市期限在 … 的任务 0 项。没有。" — as if the plan set nothing for 2023.
func TestRev67_DatedGoalInWindow(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-06-01", "湖州2023年底前要完成什么")[0]
	if !strings.Contains(a.Text, "12个省级现代服务业创新发展区") {
		t.Errorf("no word of “2023年底前，累计争创12个省级现代服务业创新发展区”:\n%.400s", a.Text)
	}
}

// TestRev67_FullDayWindowKeepsYearDeadlines: 鹿城区's 附件1 is a list of 2023's work; most rows are
// dated "2023年" or "2023全年" (by 2023-12-31), four "202312月底前". On 2023-10-10 "鹿城区2023年12月31日
// 前要完成哪些" is every one of them: 2-4 跨境电商产业园区 (区商务局, "2023年") as much as 7-3 海外仓
// ("202312月底前") — a whole year's work is due by its last day. dutybot reads the date as a month and
// drops the year-only deadlines: 4 tasks, where "What is due in Lucheng by the end of 2023?" lists 61.
func TestRev67_FullDayWindowKeepsYearDeadlines(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "鹿城区2023年12月31日前要完成哪些")[0]
	for _, want := range []string{"推进“产业集群+跨境电商产业园区”联动发展", "推进老字号品牌创新发展", "加快推进海外仓布局建设"} {
		if !rev67Names(t, a, want) {
			t.Errorf("the answer (%d tasks) leaves out %s:\n%.500s", len(a.Tasks), want, a.Text)
		}
	}
}

// TestRev67_ForeignTradeSynonym: "外贸" is what people call 对外贸易 / 国际贸易. 鹿城区's 附件1 row 6 has
// "实施推动国际贸易高质量发展政策。2023年,确保出口占全国份额2.331‰,实现服务贸易额7000万美元"
// (区商务局) — the plan's foreign-trade task. "鹿城区外贸谁负责" lists 11-3 (参展, "外贸进出口企业") and
// 17-5 (金融办's loans, "中小微外贸企业") and leaves out the one task about foreign trade itself.
func TestRev67_ForeignTradeSynonym(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "鹿城区外贸谁负责")[0]
	if !rev67Names(t, a, "实施推动国际贸易高质量发展政策") {
		t.Errorf("6-5 实施推动国际贸易高质量发展政策 (区商务局) is not named:\n%.500s", a.Text)
	}
}

// TestRev67_ListedCompanies: 鹿城区's 8-2 (区金融办) is "更大力度推进企业上市,培育头部、高市值制造业上市
// 公司。力争2023年新增上市(过会)企业1家". "上市企业培育谁负责" asks for it (企业上市 / 上市企业, the same
// work in either order); dutybot answers with 湖州 (四)2 alone ("培养上市企业负责人30名", a training
// programme for entrepreneurs) and never names 8-2. In English, "Who leads the listed company work in
// Lucheng?" keeps only "企业" of "listed company" and lists 30 tasks that mention 企业 (社区教育品牌,
// 老字号, …), 8-2 lost among them.
func TestRev67_ListedCompanies(t *testing.T) {
	e := rev67Engine(t)
	t.Run("上市企业培育谁负责", func(t *testing.T) {
		a := askOn(t, e, "2023-10-10", "上市企业培育谁负责")[0]
		if !rev67Names(t, a, "更大力度推进企业上市") {
			t.Errorf("鹿城区 8-2 更大力度推进企业上市 (区金融办) is not named:\n%.500s", a.Text)
		}
	})
	t.Run("listed company", func(t *testing.T) {
		a := askOn(t, e, "2023-10-10", "Who leads the listed company work in Lucheng?")[0]
		if !rev67Names(t, a, "更大力度推进企业上市") || rev67Names(t, a, "加强社区教育品牌化打造") || len(a.Tasks) > 3 {
			t.Errorf("want 8-2 (企业上市, 区金融办), not every task that mentions 企业; got %d tasks:\n%.500s", len(a.Tasks), a.Text)
		}
	})
}

// TestRev67_UnitSecondName: 嘉兴's plan (2010) writes merged offices with their second name in
// brackets: "市财政局(地税局)" among the 参与部门 of (一)6 出台《关于加快发展现代物流业的若干意见》,
// "市发展改革委(信息产业局)" among those of (一)5 服务外包实施细则. A liaison of the 地税局 asking
// "嘉兴市地税局参与哪些工作" is on (一)5 (as 市地税局) and (一)6 (as 市财政局(地税局)); dutybot names
// (一)5 only. "嘉兴信息产业局有哪些任务" answers "方案中没有找到“信息产业局”", though (一)5 names it.
func TestRev67_UnitSecondName(t *testing.T) {
	e := rev67Engine(t)
	t.Run("地税局", func(t *testing.T) {
		a := askOn(t, e, "2023-10-10", "嘉兴市地税局参与哪些工作")[0]
		if !rev67Names(t, a, "出台《关于加快发展现代物流业的若干意见》") {
			t.Errorf("(一)6 (参与部门 市财政局(地税局)) is not named:\n%.400s", a.Text)
		}
	})
	t.Run("信息产业局", func(t *testing.T) {
		a := askOn(t, e, "2023-10-10", "嘉兴信息产业局有哪些任务")[0]
		if !rev67Names(t, a, "促进服务外包产业发展的若干意见") {
			t.Errorf("outcome %s; (一)5 (参与部门 市发展改革委(信息产业局)) is not named:\n%.400s", a.Outcome, a.Text)
		}
	})
}

// TestRev67_UnitShortName: 菏泽's (一)2 现代金融 is led by "市地方金融监管局、人行菏泽市分行、国家金融监督
// 管理总局菏泽监管分局". Nobody types the last name whole: "菏泽金融监管分局负责什么" is that 分局 (the
// only 分局 of 金融监管 in the plan). dutybot answers not_found, "方案中没有找到“金融监管分局”", and
// offers the full name among its near matches instead of answering with (一)2.
func TestRev67_UnitShortName(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2024-03-01", "菏泽金融监管分局负责什么")[0]
	if a.Outcome != OutcomeAnswered || !rev67Names(t, a, "现代金融。深入开展地方金融对标提升工作") {
		t.Errorf("outcome %s; (一)2 现代金融 is not named:\n%.400s", a.Outcome, a.Text)
	}
}

// TestRev67_FollowUpTargetsKeepTopic: "菏泽养老托育谁负责" is answered with (二)4 养老托育 (市发展改革委、
// 市民政局、市卫生健康委). The follow-up "到2025年要达到什么目标" is about that work: its text sets "到2025年,
// 社区养老服务设施配建达标率100%,养老机构护理型床位占比65%以上,城乡社区日间照料服务全覆盖" and "到2025
// 年,全市每千人口拥有3岁以下婴幼儿托位数4.8个". dutybot drops the topic and quotes the plan's overall
// goal (服务业增加值 2500亿元, 650家 企业).
func TestRev67_FollowUpTargetsKeepTopic(t *testing.T) {
	as := askOn(t, rev67Engine(t), "2024-03-01", "菏泽养老托育谁负责", "到2025年要达到什么目标")
	if !rev67Names(t, as[0], "养老托育。加强老年健康服务供给") {
		t.Fatalf("the first answer does not name (二)4 养老托育:\n%.400s", as[0].Text)
	}
	if a := as[1]; !strings.Contains(a.Text, "65%") && !strings.Contains(a.Text, "4.8个") {
		t.Errorf("the follow-up gives none of 养老托育's 2025 targets (护理型床位占比65%%, 托位数4.8个):\n%.400s", a.Text)
	}
}

// TestRev67_FollowUpSortByDeadline: after "湖州市商务局有哪些任务" (7 items, two dated 2027), a leader
// types "按时间排一下" — the same list, by deadline. dutybot searches the plans for "间排" and answers
// "方案中没有提到“间排”，无法回答。"; "按期限先后排" fares the same ("限先后排").
func TestRev67_FollowUpSortByDeadline(t *testing.T) {
	e := rev67Engine(t)
	for _, q := range []string{"按时间排一下", "按期限先后排"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2023-10-10", "湖州市商务局有哪些任务", q)[1]
			if a.Outcome != OutcomeAnswered || !rev67Names(t, a, "提升“湖州服务”品牌影响力") {
				t.Errorf("outcome %s; not 湖州市商务局's list again:\n%.300s", a.Outcome, a.Text)
			}
		})
	}
}

// TestRev67_CountListedMembers: 鹿城区's 附件2 二、工作专班成员 lists the 成员单位 in one line, from
// 区委组织部 to 区消防救援大队 and 各街镇: 29 entries (28 offices and 各街镇). "鹿城专班成员单位有多少个"
// wants that number; dutybot quotes the line and two rows that mention 成员单位, and gives no count.
func TestRev67_CountListedMembers(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "鹿城专班成员单位有多少个")[0]
	if !regexp.MustCompile(`(?:^|[^0-9])2[89]\s*(?:个|家)`).MatchString(a.Text) {
		t.Errorf("no count of the 29 成员单位:\n%.600s", a.Text)
	}
}

// TestRev67_EveryTwoMonths: 湖州's 四、(一) has the task force work "通过每月调度、双月现场推进、每季召开
// 例会". 双月 is every two months; "湖州每两个月要做什么" asks what is done at that rhythm: 现场推进.
// dutybot answers "方案中没有提到“每两个月”，无法回答。" ("湖州双月要干什么" is found, as a search).
func TestRev67_EveryTwoMonths(t *testing.T) {
	a := askOn(t, rev67Engine(t), "2023-10-10", "湖州每两个月要做什么")[0]
	if a.Outcome == OutcomeNoAnswer || !strings.Contains(a.Text, "双月现场推进") {
		t.Errorf("outcome %s; no “双月现场推进”:\n%.300s", a.Outcome, a.Text)
	}
}
