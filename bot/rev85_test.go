package bot

import (
	"slices"
	"strings"
	"testing"
)

// Review 85: questions as liaisons and leaders type them about the five embedded seed plans —
// abbreviated or English unit names inside Chinese, follow-ups that change one thing, counts and
// rankings, what is overdue across plans, and the plans' own facts. Asked on 2026-12-05 (askIn).
// Every test here fails on the code it was written against.

// rev85Engine answers over the seeds with no reminders store.
func rev85Engine(t *testing.T) *Engine {
	t.Helper()
	return NewEngine(seedIndex(t), Options{})
}

// rev85Task is the id of the task of city's seed plan whose title contains title.
func rev85Task(t *testing.T, city, title string) string {
	t.Helper()
	for _, d := range seedIndex(t).Docs() {
		if d.City != city {
			continue
		}
		for _, tk := range d.Tasks {
			if strings.Contains(tk.Title, title) {
				return tk.ID
			}
		}
	}
	t.Fatalf("no task %q in %s", title, city)
	return ""
}

// TestRev85_EnglishUnitInChinese: a liaison types the bureau in English inside a Chinese question:
// "湖州 Finance Bureau 负责哪些任务?", "衢州 commerce bureau 牵头哪些任务?". dutybot drops the English
// words and lists every task of the city's plan (湖州's 13, 衢州's 15). It should answer the unit's
// tasks, as it does for the all-English "which tasks does 衢州市商务局 own?" and for "湖州市财政局…":
// 湖州 市财政局 is on (一)2 only; 衢州 市商务局 leads 6 ((一)2 综合保税区 …), not 市发改委's (一)1.
func TestRev85_EnglishUnitInChinese(t *testing.T) {
	e := rev85Engine(t)
	for _, c := range []struct{ q, city, want, notWant string }{
		{"湖州 Finance Bureau 负责哪些任务?", "湖州市", "争创高能级创新发展区", "提升“湖州服务”品牌影响力"},
		{"衢州 commerce bureau 牵头哪些任务?", "衢州市", "综合保税区", "省级现代服务业创新发展区"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if !slices.Contains(a.Tasks, rev85Task(t, c.city, c.want)) || slices.Contains(a.Tasks, rev85Task(t, c.city, c.notWant)) {
				t.Errorf("want the bureau's tasks (%s), not the whole plan (%s); got %s %d tasks:\n%s", c.want, c.notWant, a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev85_SwapUnitFollowUp: after "衢州市商务局牵头哪些任务?" (6 tasks) a liaison asks "换成市财政局呢?" —
// the same question about 衢州's 市财政局. dutybot keeps 衢州市 市财政局 but reads "换成" as a topic and
// answers "衢州市 市财政局“换成”相关的任务 0 项。没有。". It should list what 衢州 市财政局 leads ((三)11
// 积极向上争取要素支持, its one task); "换成X呢" is how people change the unit of the last question.
func TestRev85_SwapUnitFollowUp(t *testing.T) {
	e := rev85Engine(t)
	for _, c := range []struct{ first, then, want string }{
		{"衢州市商务局牵头哪些任务?", "换成市财政局呢?", "积极向上争取要素支持"},
		{"衢州市商务局负责哪些任务?", "换成市经信局呢?", "省无线电产业基地"},
	} {
		a := askChain(t, e, c.first, c.then)
		if !slices.Contains(a.Tasks, rev85Task(t, "衢州市", c.want)) || strings.Contains(a.Text, "换成") {
			t.Errorf("%s → %s: want 衢州's %s, no topic 换成; got %s %v:\n%s", c.first, c.then, c.want, a.Intent, a.Tasks, a.Text)
		}
	}
}

// TestRev85_FollowUpYearKeepsRole: "湖州市商务局2025年牵头哪些任务?" (none) then "那2027年的呢?" changes only
// the year. dutybot answers "湖州市商务局期限在 2027 … 的任务 2 项（牵头 1 项，参与 1 项）": the follow-up
// drops 牵头 and adds (三)1 创新实施服务业领域大招商工作, which 市发展改革委 leads and 市商务局 only joins.
// It should keep the role: (二)3 提升“湖州服务”品牌影响力 alone.
func TestRev85_FollowUpYearKeepsRole(t *testing.T) {
	e := rev85Engine(t)
	a := askChain(t, e, "湖州市商务局2025年牵头哪些任务?", "那2027年的呢?")
	lead := rev85Task(t, "湖州市", "提升“湖州服务”品牌影响力")
	part := rev85Task(t, "湖州市", "创新实施服务业领域大招商工作")
	if !slices.Contains(a.Tasks, lead) || slices.Contains(a.Tasks, part) {
		t.Errorf("want (二)3 only (led by 市商务局), not (三)1 it joins; got %v:\n%s", a.Tasks, a.Text)
	}
}

// TestRev85_AfterYear: "衢州哪些任务2025年以后到期?", "衢州2026年之后到期的任务" ask for what falls due after
// that year. dutybot reads the year alone ("期限在 2025-01-01 — 2025-12-31 的任务 0 项。没有。"; the second
// even takes 之后 as a topic) and tells the liaison nothing is due. 衢州's plan runs to 2027: (一)3
// 多式联运枢纽港 and (一)4 省无线电产业基地 have 到2027年 targets, and should be listed.
func TestRev85_AfterYear(t *testing.T) {
	e := rev85Engine(t)
	for _, q := range []string{"衢州哪些任务2025年以后到期?", "衢州2026年之后到期的任务"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			for _, title := range []string{"多式联运枢纽港", "省无线电产业基地"} {
				if !slices.Contains(a.Tasks, rev85Task(t, "衢州市", title)) {
					t.Errorf("want %s (到2027年); got %v:\n%s", title, a.Tasks, a.Text)
				}
			}
		})
	}
}

// TestRev85_PlansWithCondition: "哪些方案有逾期任务?" and "哪些方案还没有结束?" ask which plans meet a
// condition. dutybot lists all five loaded plans for both. On 2026-12-05 湖州's and 嘉兴's plans have
// no task overdue (its own "各地逾期任务分别有几项?" says 0 for both), and 菏泽's plan (到2025年) and 嘉兴's
// of 2010 have ended (README, "A plan has a lifecycle"). A leader expects the plans that qualify only.
func TestRev85_PlansWithCondition(t *testing.T) {
	e := rev85Engine(t)
	for _, c := range []struct {
		q       string
		notWant []string
	}{
		{"哪些方案有逾期任务?", []string{"湖政办发〔2023〕16号", "嘉兴市推进服务业发展工作方案"}},
		{"哪些方案还没有结束?", []string{"菏政办字〔2024〕7号", "嘉兴市推进服务业发展工作方案"}},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			for _, s := range c.notWant {
				if strings.Contains(a.Text, s) {
					t.Errorf("want no %s; got %s:\n%s", s, a.Intent, a.Text)
				}
			}
		})
	}
}

// TestRev85_PlaceNotLoaded: "杭州有哪些任务?", "北京市发改委负责哪些任务?", "杭州市商务局负责哪些任务?" name a
// place no loaded plan is from. dutybot takes the place as a topic word: it lists 嘉兴's and 鹿城's tasks
// whose text mentions 杭州 (亚运会) or 北京, or says "市商务局“杭州”相关的任务 0 项". README says a place no
// loaded plan is from is said so, never answered for other cities: the answer should have no task and
// say there is no plan of that place.
func TestRev85_PlaceNotLoaded(t *testing.T) {
	e := rev85Engine(t)
	for _, c := range []struct{ q, place string }{
		{"杭州有哪些任务?", "杭州"},
		{"北京市发改委负责哪些任务?", "北京"},
		{"杭州市商务局负责哪些任务?", "杭州"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if len(a.Tasks) != 0 || strings.Contains(a.Text, "“"+c.place+"”相关") || !strings.Contains(a.Text, c.place) {
				t.Errorf("want: no plan of %s is loaded, no task; got %s/%s %v:\n%s", c.place, a.Intent, a.Outcome, a.Tasks, a.Text)
			}
		})
	}
}

// TestRev85_EnglishRankCities: "Which city has the most overdue tasks?" asks for places. dutybot ranks
// units ("温州市鹿城区 区商务局: 11 …"), where the Chinese "哪个城市逾期任务最多?" ranks places (鹿城区 61,
// 菏泽市 3, 衢州市 2). The answer should put 温州市鹿城区 first with its 61.
func TestRev85_EnglishRankCities(t *testing.T) {
	t.Skip("asserts no 区商务局 in the answer, but a place ranking lists each place's tasks with their lead units, as the Chinese \"哪个城市逾期任务最多?\" it cites does (9 times); the places are ranked, 温州市鹿城区 61 first (TestFixrev85_WhichPlace)")
	e := rev85Engine(t)
	q := "Which city has the most overdue tasks?"
	a := askIn(t, e, q, Context{})
	if strings.Contains(a.Text, "区商务局") || !strings.Contains(a.Text, "温州市鹿城区") || !strings.Contains(a.Text, "61") {
		t.Errorf("%s: want places ranked, 温州市鹿城区 61 first; got %s:\n%s", q, a.Intent, a.Text)
	}
}

// TestRev85_PlanFactPhrasings: "衢州方案是几号文?" asks the 文号 (衢政办发〔2023〕21号) and "鹿城区方案是哪一年
// 发布的?" when it was issued (2023-08-24). dutybot lists the plan's tasks (15, 86) for both, though it
// answers "衢州方案的文号是什么?" and "鹿城区方案的文号?" with the plan's facts. "几号文" is how officials say
// 文号; "哪一年发布" asks the date.
func TestRev85_PlanFactPhrasings(t *testing.T) {
	e := rev85Engine(t)
	for _, c := range []struct{ q, want string }{
		{"衢州方案是几号文?", "文号：衢政办发〔2023〕21号"},
		{"鹿城区方案是哪一年发布的?", "2023-08-24"},
	} {
		t.Run(c.q, func(t *testing.T) {
			a := askIn(t, e, c.q, Context{})
			if !strings.Contains(a.Text, c.want) || len(a.Tasks) > 1 {
				t.Errorf("want the plan's facts with %s, not its task list; got %s %d tasks:\n%s", c.want, a.Intent, len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev85_TwoCountsInOneQuestion: "衢州方案一共多少个任务，多少个牵头单位?" asks two counts. dutybot answers
// the second only ("共有 25 个单位有牵头的任务" and the ranking) and never says the plan has 15 tasks. A
// leader asking both expects both figures.
func TestRev85_TwoCountsInOneQuestion(t *testing.T) {
	e := rev85Engine(t)
	q := "衢州方案一共多少个任务，多少个牵头单位?"
	a := askIn(t, e, q, Context{})
	if !strings.Contains(a.Text, "15 项") || !strings.Contains(a.Text, "25 个") {
		t.Errorf("%s: want 15 项 tasks and 25 个 lead units; got %s:\n%s", q, a.Intent, a.Text)
	}
}

// TestRev85_CountDueInYear: "2024年到期的任务有几项?", "衢州2024年到期的任务有几项?", "2023年到期的任务共多少项?"
// ask a count of the deadlines in a past year. dutybot drops the year when the question counts and
// counts the next 30 days instead ("期限在 2026-12-05 — 2027-01-04 的任务共 0 项。没有。"), while "2024年到期
// 的任务有哪些?" lists 衢州 (一)2 综合保税区 (2024-12-31). The count should cover the year asked, and
// include 综合保税区 for 2024 (2023-12-31 too).
func TestRev85_CountDueInYear(t *testing.T) {
	e := rev85Engine(t)
	for _, q := range []string{"2024年到期的任务有几项?", "衢州2024年到期的任务有几项?", "2023年到期的任务共多少项?"} {
		t.Run(q, func(t *testing.T) {
			a := askIn(t, e, q, Context{})
			if !slices.Contains(a.Tasks, rev85Task(t, "衢州市", "综合保税区")) || strings.Contains(a.Text, "2026-12-05") {
				t.Errorf("want the year's deadlines counted, 衢州 综合保税区 among them; got %s %v:\n%s", a.Intent, a.Tasks, a.Text)
			}
		})
	}
}

// TestRev85_TasksWithTwoLeads: "哪些任务由两个部门共同牵头?" asks for the tasks two units lead together.
// dutybot takes "两个" as a topic and answers "“两个”相关的任务 0 项。没有。", though "衢州哪些任务有两个以上
// 牵头单位?" finds 13 in 衢州 alone. The answer should list such tasks: 衢州 (一)4 省无线电产业基地 is led
// by 智慧新城管委会 and 市经信局.
func TestRev85_TasksWithTwoLeads(t *testing.T) {
	e := rev85Engine(t)
	q := "哪些任务由两个部门共同牵头?"
	a := askIn(t, e, q, Context{})
	if !slices.Contains(a.Tasks, rev85Task(t, "衢州市", "省无线电产业基地")) || strings.Contains(a.Text, "“两个”") {
		t.Errorf("%s: want tasks with two lead units, 衢州 (一)4 among them; got %s %v:\n%s", q, a.Intent, a.Tasks, a.Text)
	}
}

// TestRev85_BudgetNotInPlans: "衢州方案的预算是多少?" — 衢州's plan states no budget. dutybot quotes the
// safeguard sentence "积极争取中央预算内投资、专项债资金和政策性金融工具支持" as if it answered, because it
// holds 预算. That sentence says what money to seek, not how much the plan has; a leader expects to be
// told the plan does not say.
func TestRev85_BudgetNotInPlans(t *testing.T) {
	e := rev85Engine(t)
	q := "衢州方案的预算是多少?"
	a := askIn(t, e, q, Context{})
	if a.Outcome == OutcomeAnswered || strings.Contains(a.Text, "中央预算内投资") {
		t.Errorf("%s: want the plans do not say; got %s/%s:\n%s", q, a.Intent, a.Outcome, a.Text)
	}
}

// TestRev85_FigureTargets: "哪些任务写了具体的数字目标?" asks for the tasks that set a figure. dutybot takes
// "数字" as the topic and lists 22 tasks about 数字化/数字赋能 ("“数字”相关的任务共 22 项"), leaving out tasks
// with figures such as 衢州 (一)4 省无线电产业基地 ("到2027年,无线电产业规模达到100亿元以上"). A leader
// means quantified targets, not the digital economy.
func TestRev85_FigureTargets(t *testing.T) {
	e := rev85Engine(t)
	q := "哪些任务写了具体的数字目标?"
	a := askIn(t, e, q, Context{})
	if !slices.Contains(a.Tasks, rev85Task(t, "衢州市", "省无线电产业基地")) || strings.Contains(a.Text, "“数字”相关") {
		t.Errorf("%s: want tasks with figures, 衢州 (一)4 among them; got %s %d tasks:\n%s", q, a.Intent, len(a.Tasks), a.Text)
	}
}

// TestRev85_TypoOfAliasedName: "湖州市住键局负责什么?" — 键 for 建, the same sound, the commonest slip on a
// pinyin keyboard. "湖州住建局负责什么?" is answered as 湖州 市建设局 ((三)4 实施一批生活美好型项目), and
// README says a name a character off one the alias table knows is answered (人设局 for 人社局). dutybot
// says "方案中没有找到“住键局”" and lists five near names, 市建设局 among them, without answering.
func TestRev85_TypoOfAliasedName(t *testing.T) {
	e := rev85Engine(t)
	q := "湖州市住键局负责什么?"
	a := askIn(t, e, q, Context{})
	if !slices.Contains(a.Tasks, rev85Task(t, "湖州市", "实施一批生活美好型项目")) {
		t.Errorf("%s: want 湖州 市建设局's (三)4; got %s/%s %v:\n%s", q, a.Intent, a.Outcome, a.Tasks, a.Text)
	}
}
