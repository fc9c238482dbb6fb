package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/retrieval"
)

// Review 87: questions a liaison asks after uploading two plans of their own beside the seeds — a
// Hunan city's elderly-care plan (株洲, items closed by inline （牵头单位：…；配合单位：…） notes, a
// 每季度 meeting and a 每月 report) and an Anhui county's work-division list (肥西县, 责任单位 lines with
// no 牵头, 完成时限 lines). Asked on 2026-12-05. Every test here fails on the code it was written
// against.

const rev87Zhuzhou = `株洲市人民政府办公室关于印发《株洲市养老服务体系建设三年行动方案（2025—2027年）》的通知

株政办发〔2025〕9号

各县市区人民政府，市政府各局委办、各直属机构：
《株洲市养老服务体系建设三年行动方案（2025—2027年）》已经市人民政府同意，现印发给你们，请认真贯彻执行。

株洲市人民政府办公室
2025年3月10日

株洲市养老服务体系建设三年行动方案（2025—2027年）

一、工作目标
到2027年底，全市街道综合养老服务中心覆盖率达到100%，养老机构护理型床位占比达到65%以上。

二、重点任务
（一）完善居家社区养老服务网络
1．建设街道综合养老服务中心，2025年12月底前每个街道至少建成1个。（牵头单位：市民政局；配合单位：市财政局、市自然资源和规划局、各县市区人民政府）
2．实施特殊困难老年人家庭适老化改造，2026年底前完成改造3000户。（牵头单位：市民政局；配合单位：市残联、市住房和城乡建设局）
3．发展老年助餐服务，2026年6月底前城市社区老年助餐点覆盖率达到80%。（牵头单位：市民政局；配合单位：市商务局、市市场监管局）
（二）推进医养康养融合
4．推动医疗机构与养老机构签约合作，2025年9月底前签约率达到100%。（牵头单位：市卫生健康委；配合单位：市民政局、市医保局）
5．开展老年人健康管理服务，每年为65岁以上老年人提供1次免费健康体检。（牵头单位：市卫生健康委）
（三）强化要素保障
6．落实养老服务设施用地，2026年3月底前编制养老服务设施布局专项规划。（牵头单位：市自然资源和规划局；配合单位：市民政局）
7．加强养老护理员队伍建设，2027年底前培训养老护理员2000人次。（牵头单位：市人力资源社会保障局；配合单位：市民政局、市教育局）
8．加大财政投入力度，每年安排不低于55%的福彩公益金用于养老服务。（牵头单位：市财政局；配合单位：市民政局）

三、保障措施
建立养老服务工作联席会议制度，联席会议每季度召开一次，办公室设在市民政局。市民政局每月10日前汇总各地工作进展情况报市政府。
`

const rev87Feixi = `肥西县2026年优化营商环境重点任务分工

肥政办秘〔2026〕21号

为持续优化营商环境，现将2026年重点任务分工如下：

一、政务服务
1．推进“高效办成一件事”，实现企业开办、不动产登记等事项一次办结。
责任单位：县数据资源局、县市场监管局
完成时限：2026年6月底

2．推行涉企审批“容缺受理”，编制容缺受理事项清单。
责任单位：县数据资源局、县司法局
完成时限：2026年9月底

二、要素保障
3．开展“政银企”对接活动，每季度组织一次融资对接会。
责任单位：县财政局、县发展改革委
完成时限：长期坚持

4．建立重点项目用地保障台账，新增建设用地优先保障重大产业项目。
责任单位：县自然资源和规划局
完成时限：2026年12月底

三、法治环境
5．清理涉企不合理收费，开展涉企违规收费专项整治。
责任单位：县市场监管局、县发展改革委、县财政局
完成时限：2026年10月底

6．落实“双随机、一公开”监管，每月公示抽查结果。
责任单位：县市场监管局
`

var rev87Shared sharedIndex

// rev87Index holds the seed plans and the two plans above, built once.
func rev87Index(t *testing.T) *retrieval.Index {
	t.Helper()
	return rev87Shared.get(t, "rev87", true, rev87Zhuzhou, rev87Feixi)
}

// rev87Task is the id of the task of city's plan whose title contains title.
func rev87Task(t *testing.T, city, title string) string {
	t.Helper()
	return taskIn(t, rev87Index(t), city, title, strings.Contains)
}

// rev87Engine answers over rev87Index with no reminders store.
func rev87Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(rev87Index(t), Options{})
}

// rev87Has reports whether the answer's tasks include the task of city titled title.
func rev87Has(t *testing.T, a Answer, city, title string) bool {
	t.Helper()
	return slices.Contains(a.Tasks, rev87Task(t, city, title))
}

// rev87Want checks that the answer's tasks hold every task of want and none of notWant, each a
// {city, a substring of the task's title}.
func rev87Want(t *testing.T, q string, a Answer, want, notWant [][2]string) {
	t.Helper()
	for _, w := range want {
		if !rev87Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
	for _, w := range notWant {
		if rev87Has(t, a, w[0], w[1]) {
			t.Errorf("%s: want no %s %s; got %s/%s %v:\n%s", q, w[0], w[1], a.Intent, a.Outcome, a.Tasks, a.Text)
		}
	}
}

// TestRev87_OverdueKeepsYear (sure): "株洲2025年已经到期的任务有几项?" and "株洲市民政局牵头、2026年到期、已经
// 逾期的任务" ask for what fell due in one year. dutybot drops the year as soon as 已经到期/逾期 is said and
// answers every overdue task: 4 for the first (two of them due in 2026), and (一)1 (2025-12-31) for the
// second. The year is a filter like the unit and the role: 2025 holds (一)1 and (二)4 only; 2026 and
// 市民政局 as lead hold (一)3 only. Fault: the overdue path in execute.go (or its window facet in
// facets.go) discards the year window when the status is overdue.
func TestRev87_OverdueKeepsYear(t *testing.T) {
	e := rev87Engine(t)
	for _, c := range []struct {
		q             string
		want, notWant [][2]string
	}{
		{"株洲2025年已经到期的任务有几项?",
			[][2]string{{"株洲市", "建设街道综合养老服务中心"}, {"株洲市", "推动医疗机构与养老机构签约合作"}},
			[][2]string{{"株洲市", "发展老年助餐服务"}, {"株洲市", "落实养老服务设施用地"}}},
		{"株洲市民政局牵头、2026年到期、已经逾期的任务",
			[][2]string{{"株洲市", "发展老年助餐服务"}},
			[][2]string{{"株洲市", "建设街道综合养老服务中心"}}},
	} {
		t.Run(c.q, func(t *testing.T) {
			rev87Want(t, c.q, askIn(t, e, c.q, Context{}), c.want, c.notWant)
		})
	}
}

// TestRev87_AmongOverdueFollowUp (sure): after "株洲有哪些任务逾期?" (4 tasks) a leader asks "其中市民政局牵头
// 的有哪些?" — of those overdue, which does 市民政局 lead. dutybot forgets the overdue filter and lists
// every task 市民政局 leads, (一)2 (due 2026-12-31, not overdue) and 三 保障措施 among them. 其中 narrows
// the last list: (一)1 and (一)3 only. Fault: the follow-up merge in the question reader (Context /
// facets.go) keeps the unit's city but drops the previous status facet when a unit is named after 其中.
func TestRev87_AmongOverdueFollowUp(t *testing.T) {
	e := rev87Engine(t)
	for _, c := range []struct{ first, then string }{
		{"株洲有哪些任务逾期?", "其中市民政局牵头的有哪些?"},
		{"株洲逾期任务有哪些?", "其中民政局牵头的是哪几项?"},
	} {
		t.Run(c.then, func(t *testing.T) {
			a := askChain(t, e, c.first, c.then)
			rev87Want(t, c.first+" → "+c.then, a,
				[][2]string{{"株洲市", "建设街道综合养老服务中心"}, {"株洲市", "发展老年助餐服务"}},
				[][2]string{{"株洲市", "实施特殊困难老年人家庭适老化改造"}})
		})
	}
}

// TestRev87_YearInPlanTitle (sure): 肥西's plan is titled "肥西县2026年优化营商环境重点任务分工", as annual
// plans are. "肥西县2026年到期的任务" is read as the plan's name followed by nothing: the year is lost and
// the answer covers the next 30 days (期限在 2026-12-05 — 2027-01-04, 1 task); "肥西县2026年底前要完成哪些
// 任务?" lists the whole plan (6), the 长期坚持 task included. Without the county's name in front
// ("肥西2026年底前要完成什么?") the same question gets the right 4. Both should list the four tasks dated in
// 2026: 1 (6月底), 2 (9月底), 4 (12月底) and 5 (10月底). Fault: the plan-title match in the question
// reader (facets.go, plan facet) swallows the year before the time-window facet sees it.
func TestRev87_YearInPlanTitle(t *testing.T) {
	e := rev87Engine(t)
	want := [][2]string{{"合肥市肥西县", "高效办成一件事"}, {"合肥市肥西县", "容缺受理"},
		{"合肥市肥西县", "重点项目用地保障台账"}, {"合肥市肥西县", "清理涉企不合理收费"}}
	for _, q := range []string{"肥西县2026年到期的任务", "肥西县2026年底前要完成哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			rev87Want(t, q, askIn(t, e, q, Context{}), want, [][2]string{{"合肥市肥西县", "政银企"}})
		})
	}
}

// TestRev87_CountKeepsYear (sure): "株洲市民政局2026年牵头几项?" asks how many of 市民政局's led tasks fall
// in 2026. dutybot drops the year when it counts and answers 4 (all it leads, (一)1 of 2025 and 三 with
// no date among them), while "株洲市民政局2026年到期的牵头任务" lists the right 2: (一)2 and (一)3. Fault:
// the count shape in execute.go (count by unit with a role) ignores the time window facet.
func TestRev87_CountKeepsYear(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"株洲市民政局2026年牵头几项?", "株洲市民政局2026年牵头的任务有多少?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			rev87Want(t, q, a, [][2]string{{"株洲市", "实施特殊困难老年人家庭适老化改造"}, {"株洲市", "发展老年助餐服务"}},
				[][2]string{{"株洲市", "建设街道综合养老服务中心"}})
			if !strings.Contains(a.Text, "2 项") {
				t.Errorf("%s: want the count 2 项; got:\n%s", q, a.Text)
			}
		})
	}
}

// TestRev87_TopicRankByCity (sure): "哪个城市养老方面的任务最多?" ranks places by their tasks on a topic.
// dutybot takes "城市养老" as the topic and answers 0 for every city; 株洲's plan is all 养老 (9 tasks,
// "养老服务体系建设"). 城市 is the shape word (rank places), not part of the topic. The answer should put
// 株洲市 with a non-zero count. Fault: the topic extractor in facets.go keeps 城市 glued to the topic
// word instead of taking it as the group-by-place marker.
func TestRev87_TopicRankByCity(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"哪个城市养老方面的任务最多?", "哪个城市养老的任务最多?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if strings.Contains(a.Text, "城市养老") || !rev87Has(t, a, "株洲市", "建设街道综合养老服务中心") {
				t.Errorf("%s: want places ranked by 养老 tasks, 株洲市 among them; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// TestRev87_GroupUnitAllPlaces (sure): "各县市区人民政府要做什么?" names no city, so it covers every plan
// naming that party. dutybot's own header says it matched 嘉兴's, 衢州's and 株洲's (即嘉兴市 各县（市、区）
// 政府、衢州市 各县（市、区）政府 … "在 3 个地方都有") but the list has 嘉兴's 11 and 株洲's 1 and none of
// 衢州's: its (一) "各县(市、区)政府要切实落实主体责任" (which "衢州市各县（市、区）政府负责哪些任务?" finds) is
// left out. The answer is incomplete by its own header. Fault: the unit resolution in units.go matches
// 衢州's group under a second spelling that the executor's task filter (execute.go) does not apply.
func TestRev87_GroupUnitAllPlaces(t *testing.T) {
	e := rev87Engine(t)
	ix := rev87Index(t)
	quzhou := taskIn(t, ix, "衢州市", "各县(市、区)政府要切实落实主体责任", strings.Contains)
	for _, q := range []string{"各县市区人民政府要做什么?", "各县市区政府负责哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if strings.Contains(a.Text, "衢州市") && !slices.Contains(a.Tasks, quzhou) {
				t.Errorf("%s: names 衢州市's group but leaves out its task; got %v:\n%s", q, a.Tasks, a.Text)
			}
			if !slices.Contains(a.Tasks, quzhou) || !rev87Has(t, a, "株洲市", "建设街道综合养老服务中心") {
				t.Errorf("%s: want 衢州's and 株洲's tasks of the group; got %v", q, a.Tasks)
			}
		})
	}
}

// TestRev87_EnglishHowManyOverdue (sure): "How many Zhuzhou tasks are overdue?" gets "The plans do not
// say (nothing about “tasks”)", though "Which Zhuzhou tasks are overdue?" lists the 4 and the Chinese
// "株洲有几项任务逾期?" counts them. A count in English is as common as a list. Want 4 and (一)1 among the
// tasks. The second case ("How many tasks in Zhuzhou are overdue?") passes today: it guards the
// neighbour, and shows the fault is the word order "How many <city> tasks". Fault: the English
// reading (phrasing.go / facets.go) takes "How many Zhuzhou tasks" as a figure question about the
// topic "tasks" (figure/no_answer) before the overdue status and the count shape are read.
func TestRev87_EnglishHowManyOverdue(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"How many Zhuzhou tasks are overdue?", "How many tasks in Zhuzhou are overdue?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if !rev87Has(t, a, "株洲市", "建设街道综合养老服务中心") || !strings.Contains(a.Text, "4") {
				t.Errorf("%s: want the 4 overdue tasks counted; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// TestRev87_EnglishTopicWords (likely): "What does the Zhuzhou plan say about elderly meals?" and "When
// must Zhuzhou finish the street elderly care centres?" get "The plans do not say (nothing about
// “Zhuzhou 养老 meals”)" and "(nothing about “finish street centres”)". 株洲's (一)3 发展老年助餐服务 and (一)1
// 建设街道综合养老服务中心 are what they ask about; the first even keeps the city as a topic word. Fault:
// the English glossary (glossary.go) has elderly → 养老 but no meal(s) → 助餐 / care centre(s) →
// 养老服务中心, and the search fallback drops a topic as soon as one English word is left untranslated.
func TestRev87_EnglishTopicWords(t *testing.T) {
	e := rev87Engine(t)
	for _, c := range []struct{ q, want string }{
		{"What does the Zhuzhou plan say about elderly meals?", "发展老年助餐服务"},
		{"When must Zhuzhou finish the street elderly care centres?", "建设街道综合养老服务中心"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if a.Outcome == OutcomeNoAnswer || !rev87Has(t, a, "株洲市", c.want) {
				t.Errorf("%s: want 株洲's %s; got %s/%s:\n%s", c.q, c.want, a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// TestRev87_NextYearRecurring (debatable): "株洲明年要做什么?" lists one task, (三)7 (2027年底前). By the
// questions' conventions "本月/下个月要做什么" include the recurring duties that fall in the window, and
// dutybot does so for a month or a quarter ("肥西县下季度要做什么?" lists the 每季度 and 每月 duties). A
// year holds them too: 株洲's 三 保障措施 (联席会议每季度召开一次, 市民政局每月10日前汇总报送) happens in
// 2027, and a liaison planning the year needs to know it, once, with its rhythm. Debatable: window()
// in execute.go says on purpose that a window longer than a half year is deadlines only ("those of
// every month would fill the year"); the fault, if it is one, is there (withRecurring / yearlyToo),
// and the fix would name the duty once with its frequency rather than list twelve occurrences.
func TestRev87_NextYearRecurring(t *testing.T) {
	t.Skip("an existing decision: window() in execute.go keeps a window longer than a half year to deadlines (and yearly duties with a month), and TestRev83_YearWindowHasYearlyDuties encodes it (\"本月/下个月 windows take recurring duties, year windows do not\"); naming a monthly or quarterly duty once in a year's answer is a design change, not a fix")
	e := rev87Engine(t)
	for _, q := range []string{"株洲明年要做什么?", "株洲2027年要做哪些工作?"} {
		t.Run(q, func(t *testing.T) {
			rev87Want(t, q, askIn(t, e, q, Context{}),
				[][2]string{{"株洲市", "加强养老护理员队伍建设"}, {"株洲市", "保障措施"}}, nil)
		})
	}
}

// TestRev87_NoLeadUnitsFalseClaim (likely): "肥西县哪些单位没有牵头任务?" — every unit of 肥西's list leads
// (责任单位 with no 牵头 makes them all responsible), so the answer is "none: all 6 lead". dutybot answers
// "合肥市肥西县没有单位有任务。", which says the county's 6 units have no tasks at all. The same question
// about 株洲 lists the 7 units that only take part, so the shape is known; the empty case words it
// wrong. Fault: render.go (~1495) prints "%s没有单位有%s" for an empty ranking with `what` left at
// 任务: the only-participating filter is neither in the wording nor answered "none".
func TestRev87_NoLeadUnitsFalseClaim(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"肥西县哪些单位没有牵头任务?", "肥西县哪些单位只配合不牵头?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if strings.Contains(a.Text, "没有单位有任务") {
				t.Errorf("%s: says no unit has tasks, but 6 units lead 6 tasks; got:\n%s", q, a.Text)
			}
		})
	}
}

// TestRev87_SharedByManyUnits (likely): "肥西县哪些任务由多个单位共同负责?" asks for tasks with more than one
// responsible unit (1, 2, 3 and 5 each name two or three). dutybot reads 多个 as a topic ("“多个”相关的任务
// 0 项。没有。"). Issue 15 lists questions about the units' shape (没有责任单位, 只有牵头) as a class, and
// dutybot answers "株洲哪些任务没有配合单位?"; several units sharing a task is the other side of it.
// The second case (有两个以上责任单位) passes today and guards the neighbour: only 由多个单位共同负责 fails.
// Fault: reJointLead in facets.go takes 多个牵头单位 and 多个单位共同牵头, not 多个单位共同负责 (负责 is
// missing after 共同), so 多个 falls through to the topic extractor.
func TestRev87_SharedByManyUnits(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"肥西县哪些任务由多个单位共同负责?", "肥西县哪些任务有两个以上责任单位?"} {
		t.Run(q, func(t *testing.T) {
			rev87Want(t, q, askIn(t, e, q, Context{}),
				[][2]string{{"合肥市肥西县", "高效办成一件事"}, {"合肥市肥西县", "清理涉企不合理收费"}},
				[][2]string{{"合肥市肥西县", "双随机"}, {"合肥市肥西县", "重点项目用地保障台账"}})
		})
	}
}

// TestRev87_ColloquialOwed (likely): "株洲民政局那边还欠着啥没交?" is how a liaison asks what the bureau
// still owes: its tasks not done, overdue first. dutybot keeps the unit but takes "欠着 没交" as a topic
// and answers "株洲民政局…“欠着 没交”相关的任务 0 项。没有。", though 市民政局 leads two overdue tasks ((一)1,
// (一)3). The second case (还欠哪些活没干完) passes today and guards the neighbour. Fault: reNotDone in
// facets.go takes 没干完/未完成/没做 but not 没交 (交 is not among its verbs) nor 欠着/还欠, which then
// become a topic.
func TestRev87_ColloquialOwed(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"株洲民政局那边还欠着啥没交?", "株洲市民政局还欠哪些活没干完?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if !rev87Has(t, a, "株洲市", "发展老年助餐服务") || strings.Contains(a.Text, "欠") {
				t.Errorf("%s: want 市民政局's unfinished tasks, no topic 欠; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
			}
		})
	}
}

// TestRev87_ShortBureauName (likely): "肥西县数据局负责哪些任务?" — 数据局 is how people say a 数据资源局 (the
// bureau's own staff and the 12345 line say it); 肥西's plan writes 县数据资源局 and has no other data
// body. dutybot answers "方案中没有找到“数据局”" while it folds 人社局, 住建局, 市场监督管理局 to the plan's
// names. Issue 14: matching a question may use the short name; output keeps the plan's. Want tasks 1
// and 2. Fault: the abbreviation table (bot/departments.txt / units.go) has no 数据局 ↔ 数据资源局 line.
func TestRev87_ShortBureauName(t *testing.T) {
	e := rev87Engine(t)
	for _, q := range []string{"肥西县数据局负责哪些任务?", "肥西数据局牵头什么?"} {
		t.Run(q, func(t *testing.T) {
			rev87Want(t, q, askIn(t, e, q, Context{}),
				[][2]string{{"合肥市肥西县", "高效办成一件事"}, {"合肥市肥西县", "容缺受理"}}, nil)
		})
	}
}

// TestRev87_TargetsInYear (debatable): "株洲2026年要达到哪些指标?" — issue 15 says it lists the tasks with
// targets in that year. 株洲's 2026 tasks carry figures to reach (适老化改造3000户 by 2026年底,
// 助餐点覆盖率达到80% by 2026年6月底), but the parser marks them `by` and dutybot answers "目标类任务 0 项。
// 没有。". A leader asking for 2026's 指标 expects those two. Debatable because the convention ties 指标 to
// kind `target`; the fault is either the kind (a dated figure to 达到 is a target) in the plan package
// or the 指标 shape in execute.go requiring kind target instead of a figure in the task.
func TestRev87_TargetsInYear(t *testing.T) {
	t.Skip("against a convention: plan/testdata/corpus/README.md files a date with 前/底前 as kind by, not target (TestRev83_TargetsOfAYear is skipped for the same reason), so (一)2's \"2026年底前完成改造3000户\" and (一)3's \"2026年6月底前…达到80%\" are deadlines, and 指标 asks for kind target")
	e := rev87Engine(t)
	q := "株洲2026年要达到哪些指标?"
	rev87Want(t, q, askIn(t, e, q, Context{}),
		[][2]string{{"株洲市", "发展老年助餐服务"}, {"株洲市", "实施特殊困难老年人家庭适老化改造"}}, nil)
}
