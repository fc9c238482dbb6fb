package plan

import (
	"strings"
	"testing"
)

// TestNoNameThroughZai: no body's name runs on through 在 ("各街镇在区政府…" is not one unit); a
// subject before an occasion ending in 下 takes its modal after it, or its verb (since stop 37: "各街镇
// 在区政府统一领导下开展排查整治" is 各街镇's work, as the corpus's "各镇在本级党委统一部署下…" is).
func TestNoNameThroughZai(t *testing.T) {
	checkTasks(t, formHead+"1.强化组织。各街镇在区政府统一领导下开展排查整治。\n2.压实责任。区住建局在区政府统一领导下，要全面开展排查整治。\n3.落实属地责任。所在地政府负责日常监管。\n", []taskWant{
		{number: "1", lead: []string{"各街镇"}},
		{number: "2", lead: []string{"区住建局"}},
		{number: "3", lead: []string{"所在地政府"}},
	})
}

// TestGroupOfTownsAsSubject: 各街镇 is a group, one party, and a subject like 各镇.
func TestGroupOfTownsAsSubject(t *testing.T) {
	checkTasks(t, formHead+"1.压实责任。各街镇要全面开展排查整治。\n2.加强指导。街镇要做好配合。\n", []taskWant{
		{number: "1", lead: []string{"各街镇"}},
		{number: "2"},
	})
}

// TestOpeningMakesAYearsPlan: an opening that says it makes one year's work points (制定2024年度…工作要点)
// gives undated tasks that year.
func TestOpeningMakesAYearsPlan(t *testing.T) {
	text := "为深入践行生态文明思想，结合我县实际，制定2024年度河湖长制工作要点。\n一、压实责任\n（一）压实河湖长责任。落实各级河湖长职责。（责任单位：县河长办）\n"
	checkTasks(t, text, []taskWant{
		{number: "(一)", lead: []string{"县河长办"}, dates: []string{"2024-12-31 target"}},
	})
}

// TestSubjectsInOneSentence: two subjects in one sentence ("各区政府要…，各部门根据…") part at the
// second one's clause, so the first keeps its own words and an opening without a subject stays
// with the first.
func TestSubjectsInOneSentence(t *testing.T) {
	text := formHead + "1.加强组织领导。全面推行林长制。各区政府要切实履行科学绿化主体责任，各部门根据职责分工，协同推进科学绿化。各级绿化委员会要充分发挥作用。\n"
	d := checkTasks(t, text, []taskWant{
		{number: "1-1", lead: []string{"各区政府"}},
		{number: "1-2", lead: []string{"各部门"}},
		{number: "1-3", lead: []string{"各级绿化委员会"}},
	})
	if !strings.Contains(d.Tasks[0].Text, "各区政府要切实履行") || strings.Contains(d.Tasks[1].Text, "各区政府") {
		t.Errorf("各区政府's words should be its own task's:\n%q\n%q", d.Tasks[0].Text, d.Tasks[1].Text)
	}
}

// TestReviewStop24Plan: the review's findings on this stop's parser rules, each on text of its own.
func TestReviewStop24Plan(t *testing.T) {
	t.Run("对 inside a word is no verb", func(t *testing.T) {
		checkTasks(t, formHead+"1.加强交流。市委对外联络部开展友城交流活动。\n2.强化演练。区应急管理局应对突发事件开展演练。\n", []taskWant{
			{number: "1"},
			{number: "2", lead: []string{"区应急管理局"}},
		})
	})
	t.Run("至 inside a title's brackets is no target", func(t *testing.T) {
		if ds := ParseDeadlines("按照《某某市绿地系统规划（至2035年）》要求，推进绿道建设"); len(ds) != 0 {
			t.Errorf("got %v", ds)
		}
	})
	t.Run("a span after bytes that are not UTF-8", func(t *testing.T) {
		text := "1.推进建设。" + strings.Repeat("\xff", 30) + "，2024年至2025年，建成示范区"
		_ = ParseDeadlines(text) // no panic
		_ = ParseDeadlines(strings.Repeat("\xff", 30) + "，2023—2025年，建成示范区")
	})
	t.Run("the goals' horizon before a year's plan they ask for", func(t *testing.T) {
		text := "某区公园城市建设实施方案\n一、工作目标\n到2026年，全区新建公园50座。其中，2024年各街镇制定2024年度实施方案，逐年推进。\n二、主要任务\n（一）推进公园建设。（责任单位：区绿化市容局）\n"
		checkTasks(t, text, []taskWant{{number: "(一)", lead: []string{"区绿化市容局"}, dates: []string{"2026-12-31 target"}}})
	})
	t.Run("letter-spaced dates keep reading", func(t *testing.T) {
		d, err := ParseText("x.txt", formHead+"1.各 区 要 于 2 0 2 4 年 6 月 底 前 完 成 排 查 。（责任单位：区住建局）\n", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Tasks) == 0 || len(d.Tasks[0].Deadlines) == 0 || d.Tasks[0].Deadlines[0].Date.String() != "2024-06-30" {
			t.Errorf("got %+v", d.Tasks)
		}
	})
}

// TestVerbInLiBeforeYou: "日常管理由区民政局负责" names 区民政局 (管理由 is a verb and 由, not 理由); a
// clause whose whole duty is to guide ("区应急局负责指导") takes part in the work another leads.
func TestVerbInLiBeforeYou(t *testing.T) {
	checkTasks(t, formHead+"1.加强管理。日常管理由区民政局负责。\n2.加强管理。由区民政局负责日常管理,区应急局负责指导。\n3.说明理由。理由由申请人说明。\n", []taskWant{
		{number: "1", lead: []string{"区民政局"}},
		{number: "2", lead: []string{"区民政局"}, partic: []string{"区应急局"}},
		{number: "3"},
	})
}

// TestCommonResponsibilityForms: forms every kind of plan uses, each on a line of its own.
func TestCommonResponsibilityForms(t *testing.T) {
	text := formHead + "1.任务一。市发改委、市财政局按职责分工负责。\n" +
		"2.任务二。市发改委为牵头单位，市财政局为配合单位。\n" +
		"3.任务三。市发改委具体负责，市财政局给予支持。\n" +
		"4.任务四。市发改委负总责，市财政局协同推进。\n" +
		"5.任务五。【牵头单位】市商务局【配合单位】市财政局【完成时限】2025年底前\n"
	checkTasks(t, text, []taskWant{
		{number: "1", lead: []string{"市发改委", "市财政局"}},
		{number: "2", lead: []string{"市发改委"}, partic: []string{"市财政局"}},
		{number: "3", lead: []string{"市发改委"}, partic: []string{"市财政局"}},
		{number: "4", lead: []string{"市发改委"}, partic: []string{"市财政局"}},
		{number: "5", lead: []string{"市商务局"}, partic: []string{"市财政局"}, dates: []string{"2025-12-31 by"}},
	})
}

// TestHalfYearIsASpan: 半年内 is half a year from a day the text does not give, not the year's end.
func TestHalfYearIsASpan(t *testing.T) {
	for _, text := range []string{"半年内完成整改", "各区要在半年内完成整改"} {
		if ds := ParseDeadlinesIn(text, 2024); len(ds) != 0 {
			t.Errorf("ParseDeadlinesIn(%q) = %v", text, ds)
		}
	}
	if ds := ParseDeadlinesIn("年内完成整改", 2024); len(ds) != 1 || ds[0].Date.String() != "2024-12-31" {
		t.Errorf("年内 should still be the year's end: %v", ParseDeadlinesIn("年内完成整改", 2024))
	}
}

// TestAgentNamedBy: a clause opening with 由, a unit's name and a verb names its agent ("由市财政局
// 制定…", "由杨浦区政府与上海城投集团签订…").
func TestAgentNamedBy(t *testing.T) {
	checkTasks(t, formHead+"1.制定办法。由市财政局制定资金管理办法。\n2.移交协议签订。由区政府与上海城投集团签订移交协议。\n3.做好宣传。由于时间紧，要加快进度。\n", []taskWant{
		{number: "1", lead: []string{"市财政局"}},
		{number: "2", lead: []string{"区政府", "上海城投集团"}},
		{number: "3"},
	})
}

// TestShortNameWithAVerbAndOwnSupport: a unit's short name opening a sentence with a verb (区国资委做好…)
// is its subject; a unit's own sentence that supports named work (市数据局支持…项目立项) is its own
// duty, while a group's (各相关单位要全力支持) supports the lead.
func TestShortNameWithAVerbAndOwnSupport(t *testing.T) {
	checkTasks(t, formHead+"1.加强保障。市财政局加强资金保障。市数据局支持数字化项目立项。\n2.行业指导。区国资委做好行业指导。\n3.密切配合。牵头责任单位要牵头抓总。各相关单位要全力支持。\n", []taskWant{
		{number: "1-1", lead: []string{"市财政局"}},
		{number: "1-2", lead: []string{"市数据局"}},
		{number: "2", lead: []string{"区国资委"}},
		{number: "3", lead: []string{"牵头责任单位"}, partic: []string{"各相关单位"}},
	})
}

// TestMoreDateForms: a festival after its year is its eve alone; a date with dashes and a deadline
// word; dates in Chinese numerals inside a text.
func TestMoreDateForms(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"2024年春节前完成", "2024-02-09 by"},
		{"2025年元旦前完成", "2024-12-31 by"},
		{"2024-12-31前报送", "2024-12-31 by"},
		{"发布日期：2024-01-04", ""},
		{"二〇二四年十二月底前完成", "2024-12-31 by"},
		{"二○二五年六月三十日前报送", "2025-06-30 by"},
	} {
		var got []string
		for _, d := range ParseDeadlinesIn(tc.text, 2024) {
			got = append(got, d.Date.String()+" "+d.Kind)
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("ParseDeadlinesIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMoreSubjectForms: a unit with its level before 根据 (区政府根据排查情况…); bodies ending in 支队
// joined by 和; 各有关委、办、局 one group.
func TestMoreSubjectForms(t *testing.T) {
	checkTasks(t, formHead+"1.召开会议。区政府根据排查情况召开专题会议。\n2.列出清单。区公安分局和区公安消防支队列出拒不整改火灾隐患清单。\n3.细化方案。各有关委、办、局结合各自实际，细化工作方案。\n4.奖励。经审核后报县政府根据评估结果给予奖励。\n", []taskWant{
		{number: "1", lead: []string{"区政府"}},
		{number: "2", lead: []string{"区公安分局", "区公安消防支队"}},
		{number: "3", lead: []string{"各有关委、办、局"}},
		{number: "4"},
	})
}

// TestSectorLevelAndVerbsInBan: the level a sector list names first is every sector's (区公安、应急、消防
// 部门); 办 ending a verb (挂牌督办) is no office; a name that reports on to another body (由街道报区…
// 核定) is not one unit.
func TestSectorLevelAndVerbsInBan(t *testing.T) {
	checkTasks(t, formHead+"1.加强协作。区公安、应急、消防部门要充分发挥作用。\n2.挂牌督办。由街道报区消防安全专业委员会核定后挂牌督办。\n3.加强协调。县双创办要加强协调。\n", []taskWant{
		{number: "1", lead: []string{"区公安部门", "区应急部门", "区消防部门"}},
		{number: "2"},
		{number: "3", lead: []string{"县双创办"}},
	})
}

// TestReviewStop24PlanSecond: the second review's findings, each on text of its own.
func TestReviewStop24PlanSecond(t *testing.T) {
	t.Run("参与 in a sentence of its own still takes part", func(t *testing.T) {
		checkTasks(t, formHead+"1.推进改造。区住建局要牵头负责老旧小区改造。区财政局要参与资金筹措和使用监管工作。\n", []taskWant{
			{number: "1", lead: []string{"区住建局"}, partic: []string{"区财政局"}},
		})
	})
	t.Run("由X确定的 describes a thing", func(t *testing.T) {
		checkTasks(t, formHead+"1.推进项目。由区政府确定的重点项目，各街镇要加快推进。\n", []taskWant{
			{number: "1", lead: []string{"各街镇"}},
		})
	})
	t.Run("市场 opens a word, no level", func(t *testing.T) {
		checkTasks(t, formHead+"1.联合执法。市场监管、公安、消防部门要加强联合执法。\n", []taskWant{
			{number: "1", lead: []string{"市场监管部门", "公安部门", "消防部门"}},
		})
	})
	t.Run("a list then 对…给予支持 is no note of its own", func(t *testing.T) {
		checkTasks(t, formHead+"1.加大扶持。市财政局、市经信局对符合条件的企业给予支持。\n", []taskWant{
			{number: "1", lead: []string{"市财政局", "市经信局"}},
		})
	})
	t.Run("布局 and 大局 are no bureaus", func(t *testing.T) {
		checkTasks(t, formHead+"1.优化布局。区域布局进一步优化。（责任单位：区发改委）\n", []taskWant{
			{number: "1", lead: []string{"区发改委"}},
		})
	})
	t.Run("a weekday before a one-character verb; 每周三天 is no Wednesday", func(t *testing.T) {
		for text, want := range map[string]string{"每周五报送情况": "FREQ=WEEKLY;BYDAY=FR", "每星期天报送": "FREQ=WEEKLY;BYDAY=SU", "每周三天开展巡查": ""} {
			var got []string
			for _, r := range ParseRecurring(text) {
				got = append(got, r.Rule.String())
			}
			if strings.Join(got, "; ") != want {
				t.Errorf("ParseRecurring(%q) = %q, want %q", text, got, want)
			}
		}
	})
	t.Run("a festival's period after its year keeps the year", func(t *testing.T) {
		if ds := ParseDeadlinesIn("2024年春节期间开展慰问", 2024); len(ds) != 1 || ds[0].Date.String() != "2024-12-31" {
			t.Errorf("got %v", ds)
		}
	})
	t.Run("labels in square brackets", func(t *testing.T) {
		checkTasks(t, formHead+"1.任务。[牵头单位]市商务局[配合单位]市财政局\n", []taskWant{
			{number: "1", lead: []string{"市商务局"}, partic: []string{"市财政局"}},
		})
	})
}

// TestOwnChargeWithOthersCooperating: "X负责指导、协调物业服务企业配合…" is X's own charge; the 配合 is of
// those it directs, so X is a subject of its own, not a helper of the unit before.
func TestOwnChargeWithOthersCooperating(t *testing.T) {
	checkTasks(t, formHead+"1.职责分工。区财政局、区发改委负责落实项目所需经费。区住房保障房屋管理局负责指导、协调物业服务企业和业委会配合该项工作的开展。各属地街道负责排摸辖区底数情况，指导协调居民小区业委会配合开展消防实事项目。\n2.加强配合。区住建局负责统筹推进。各相关单位负责配合。\n", []taskWant{
		{number: "1-1", lead: []string{"区财政局", "区发改委"}},
		{number: "1-2", lead: []string{"区住房保障房屋管理局"}},
		{number: "1-3", lead: []string{"各属地街道"}, partic: []string{"居民小区业委会"}}, // whom it directs (协调Y) takes part
		{number: "2", lead: []string{"区住建局"}, partic: []string{"各相关单位"}},
	})
}
