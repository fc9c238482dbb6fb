package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Review 60: the question side, asked the way a liaison or a leader asks, over the five embedded
// seeds (衢州, 湖州, 鹿城 十百千 plans, 嘉兴's 2010 work plan, 菏泽's 2024 opinions) and, where said,
// 东莞's 2026 一季度“开门红” measures (dev corpus). Every question is asked on 2026-12-06, the
// expected answers are read from the plans' text. Sources of the plans:
//   - 衢州 衢政办发〔2023〕21号: http://www.qz.gov.cn/art/2023/5/5/art_1229563913_2475933.html
//   - 湖州 湖政办发〔2023〕16号 (a republication): http://idearsky.cn/policy/f817697fb1ba4bcab4eedc5c36fcc5c8.html
//   - 东莞 若干措施 (2026-01-27): https://dgdp.dg.gov.cn/gkmlpt/content/4/4494/post_4494352.html
// Each test fails on the code it was written against (dd45a44).

// rev60Day is the day every question is asked on (the reviewers' "today").
const rev60Day = "2026-12-06"

// rev60Dongguan is the one dev plan used: nine measures, each closed by (责任单位：…), money in 亿元/万元.
var rev60Dongguan = []string{"dev/ab-gd-dongguan-2026-q1-growth-measures.txt"}

// rev60Ask asks the questions of one conversation over the seeds and the corpus plans named.
func rev60Ask(t *testing.T, corpus []string, qs ...string) ([]Answer, *retrieval.Index) {
	t.Helper()
	ix := corpusIndex(t, corpus)
	return askOn(t, NewEngine(ix, Options{}), rev60Day, qs...), ix
}

// rev60Refs are the tasks an answer names, with their documents.
func rev60Refs(ix *retrieval.Index, a Answer) []retrieval.TaskRef {
	var out []retrieval.TaskRef
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok {
			out = append(out, r)
		}
	}
	return out
}

// rev60Titles are the titles of the tasks an answer names.
func rev60Titles(ix *retrieval.Index, a Answer) []string {
	var out []string
	for _, r := range rev60Refs(ix, a) {
		out = append(out, r.Task.Title)
	}
	return out
}

// rev60Has reports whether a title among titles holds w.
func rev60Has(titles []string, w string) bool {
	return slices.ContainsFunc(titles, func(ti string) bool { return strings.Contains(ti, w) })
}

// rev60Dated reports whether t states a date of its own in year y.
func rev60Dated(t *plan.Task, y int) bool {
	for _, d := range t.Deadlines {
		if !d.Inherited && d.Date.Year == y {
			return true
		}
	}
	return false
}

// TestRev60_ExceptUnit: a negated unit is answered as the unit itself. 衢州's plan has 15 tasks, 市发改委
// leads 7 of them; "衢州除了市发改委以外还有谁牵头任务?" and "衢州哪些任务不是市发改委牵头的?" both get
// "衢州市 市发改委牵头的任务 7 项" — exactly the tasks the user excluded, never the other 8 (综合保税区 of
// 市商务局 and 衢州海关, 招引百亿服务业主体 of 市招商中心, 培育千名新生代企业家 of 市委统战部…). A leader who
// asks who else carries the work is told the opposite. (reExcept only serves rankings: "除了X，哪个单位…
// 最多".)
func TestRev60_ExceptUnit(t *testing.T) {
	t.Run("who else leads", func(t *testing.T) {
		as, _ := rev60Ask(t, nil, "衢州除了市发改委以外还有谁牵头任务?")
		a := as[0]
		// Units that lead tasks 市发改委 has no part in: the answer is about them.
		for _, w := range []string{"市招商中心", "市委统战部", "衢州海关"} {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%s (a lead without 市发改委) not named", w)
			}
		}
		if strings.HasPrefix(a.Text, "衢州市 市发改委牵头的任务") {
			t.Errorf("answered with 市发改委's own tasks")
		}
		if t.Failed() {
			t.Logf("answer:\n%.800s", a.Text)
		}
	})
	t.Run("tasks it does not lead", func(t *testing.T) {
		as, ix := rev60Ask(t, nil, "衢州哪些任务不是市发改委牵头的?")
		a, titles := as[0], rev60Titles(ix, as[0])
		for _, w := range []string{"滚动推动市服务业项目建设", "强化服务业领军人才支撑", "积极向上争取要素支持"} {
			if rev60Has(titles, w) { // 市发改委 is among their 责任单位
				t.Errorf("lists 市发改委's %s", w)
			}
		}
		for _, w := range []string{"综合保税区", "招引百亿服务业主体", "培育千名新生代企业家"} {
			if !rev60Has(titles, w) {
				t.Errorf("leaves out %s, which 市发改委 has no part in", w)
			}
		}
		if t.Failed() {
			t.Logf("answer:\n%.800s", a.Text)
		}
	})
}

// TestRev60_ThisYearsHalf: "今年下半年要做什么?" asked on 2026-12-06 is July–December 2026. The answer is
// "期限在 2023-07-01 — 2023-12-31 的任务 4 项" with four 2023 rows of 鹿城's task list marked 已过期限: 今年
// has no digits, so the window is taken as yearless and moved to the latest year holding dated tasks.
// 2026年下半年 is answered for 2026; 今年 said in words must be too.
func TestRev60_ThisYearsHalf(t *testing.T) {
	t.Skip("fix60: 今年下半年 is now 2026-07-01 — 2026-12-31 (no 2023 deadline is listed); what is left is 鹿城 " +
		"附件1's 5-1, listed for its monthly 按月报市里备案 now that a half year not over counts recurring duties " +
		"(TestRev60_HalfYearDropsDuties): whether a 2023 task list's duties still fall in 2026 is the question " +
		"TestRev60_EndedPlansDuties raises, skipped for its conflict with TestRev58WeeklyDutyThisWeek.")
	for _, q := range []string{"今年下半年要做什么?", "今年下半年有哪些任务要完成?"} {
		t.Run(q, func(t *testing.T) {
			as, ix := rev60Ask(t, nil, q)
			a := as[0]
			if strings.Contains(a.Text, "2023-07-01") {
				t.Errorf("今年 read as 2023:\n%.800s", a.Text)
			}
			for _, r := range rev60Refs(ix, a) {
				if rev60Dated(r.Task, 2023) && !rev60Dated(r.Task, 2026) {
					t.Errorf("a task due in 2023 listed for 今年下半年: %s %s", r.Task.Number, r.Task.Title)
				}
			}
		})
	}
}

// TestRev60_HalfYearDropsDuties: a longer window must not hold less. "明年一季度要做什么?" lists the
// recurring duties of January–March 2027 (4 tasks, 衢州 市发改委's 每月10日前 晾晒通报 among the fixed
// arrangements), but "明年上半年要做什么?" — January–June 2027, the same quarter and one more — answers
// "期限在 2027-01-01 — 2027-06-30 的任务 0 项。没有。": recurring duties count only in windows of 92 days
// or less (execute.go window). A leader planning the half year is told there is nothing to do.
func TestRev60_HalfYearDropsDuties(t *testing.T) {
	as, _ := rev60Ask(t, nil, "明年一季度要做什么?")
	quarter := as[0]
	if len(quarter.Tasks) == 0 {
		t.Fatalf("baseline 明年一季度 lists nothing:\n%s", quarter.Text)
	}
	for _, q := range []string{"明年上半年要做什么?", "2027年上半年要做什么?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev60Ask(t, nil, q)
			half := as[0]
			var missing []string
			for _, id := range quarter.Tasks {
				if !slices.Contains(half.Tasks, id) {
					missing = append(missing, id)
				}
			}
			if len(missing) > 0 || strings.Contains(half.Text, "没有。") {
				t.Errorf("the half year leaves out %d of the first quarter's %d tasks (%v):\n%.600s", len(missing), len(quarter.Tasks), missing, half.Text)
			}
		})
	}
}

// TestRev60_NextHalfYear: "未来半年要做什么?" / "今后半年…" is a span from today, as "接下来三个月" (read
// as 2026-12-06 — 2027-03-06) and "半年内" are. Today the words are a topic: "方案中没有提到“未来半年”，
// 无法回答。"
func TestRev60_NextHalfYear(t *testing.T) {
	p := NewEngine(seedIndex(t), Options{}).Parser()
	today, _ := plan.ParseDay(rev60Day)
	for _, q := range []string{"未来半年要做什么?", "今后半年有哪些任务到期?", "接下来半年要完成哪些工作?"} {
		t.Run(q, func(t *testing.T) {
			got := p.Parse(q, Context{}, today)
			if got.From != rev60Day || got.To < "2027-05-31" || got.To > "2027-06-30" || len(got.Topic) > 0 {
				t.Errorf("window %q–%q topic %q, want %s to about 2027-06-06 and no topic", got.From, got.To, got.Topic, rev60Day)
			}
			as, _ := rev60Ask(t, nil, q)
			if strings.Contains(as[0].Text, "没有提到") {
				t.Errorf("answered as a topic:\n%.400s", as[0].Text)
			}
		})
	}
}

// TestRev60_EndedPlansDuties: README says that with the seeds on 2026-12-02 "嘉兴's of 2010 and 鹿城's
// 2023 task list have ended … its recurring duties stop with it". "本月要做什么?" on 2026-12-06 still lists
// 嘉兴's 2010 "每季度组织一次项目督查" (due 2026-12-31) and the rows of 鹿城's 附件1 "2023年服务业重点工作任务
// 清单" (周会商 due 2026-12-07, 逐月实施项目调度, 按月报市里备案): a leader's month is padded with work of
// plans that ended years ago. 衢州's 每月10日前 晾晒通报 (2023—2027) is this month's and stays.
func TestRev60_EndedPlansDuties(t *testing.T) {
	t.Skip("fix60: contradicts TestRev58WeeklyDutyThisWeek, which requires 鹿城 区发改局's 周会商 — item 1 of " +
		"this same 附件1 2023 task list — in \"本周要做什么?\" on 2026-12-09, and the open questions q58-006 " +
		"(马鞍山's 每季度 创意会, period 到十四五末, asked 2026-12-01) and r79-053 (a 2025 work report's quarterly " +
		"report, asked for January 2027), whose golds list recurring duties of plans whose period is over. " +
		"README says an ended plan is still answered and not nudged; whether its duties still fall in a " +
		"question's window must be settled one way for all of these before the rule changes.")
	for _, q := range []string{"本月要做什么?", "这个月有什么要做的?"} {
		t.Run(q, func(t *testing.T) {
			as, ix := rev60Ask(t, nil, q)
			a := as[0]
			quzhou := false
			for _, r := range rev60Refs(ix, a) {
				switch {
				case r.Doc.City == "嘉兴市":
					t.Errorf("嘉兴's 2010 plan listed: %s %s", r.Task.Number, r.Task.Title)
				case strings.Contains(r.Task.Section, "2023年服务业重点工作任务清单"):
					t.Errorf("鹿城's 2023 task list listed: %s %s", r.Task.Number, r.Task.Title)
				case r.Doc.City == "衢州市":
					quzhou = true
				}
			}
			if !quzhou {
				t.Errorf("衢州's 每月10日前 晾晒通报 missing:\n%.600s", a.Text)
			}
		})
	}
}

// TestRev60_OrdinalFollowUp: after a list, "第二项具体要做什么?" means the second line of it. 菏泽市商务局
// has 2 tasks ((一)3 商贸流通, (二)5 家政服务); asked next "第二项具体要做什么?" the bot answers
// "菏泽市商务局任务 0 项。没有。", and "第一项的期限是什么时候?" after 衢州市商务局's 6 tasks the same.
func TestRev60_OrdinalFollowUp(t *testing.T) {
	for _, tc := range []struct {
		first, then, want, says string
	}{
		{"菏泽市商务局负责什么?", "第二项具体要做什么?", "家政服务", "家政"},
		{"菏泽市商务局负责什么?", "第2条是什么内容?", "家政服务", "家政"},
		{"衢州市商务局负责哪些任务?", "第一项的期限是什么时候?", "综合保税区", "2024"},
	} {
		t.Run(tc.then, func(t *testing.T) {
			as, ix := rev60Ask(t, nil, tc.first, tc.then)
			a := as[1]
			titles := rev60Titles(ix, a)
			if len(titles) != 1 || !strings.Contains(titles[0], tc.want) || !strings.Contains(a.Text, tc.says) {
				t.Errorf("after %q, %q names %v, want the one task %s:\n%.600s", tc.first, tc.then, titles, tc.want, a.Text)
			}
		})
	}
}

// TestRev60_ShortAliasOneCity: 市发改委 = 市发展改革委 (plan/aliases.txt, README). Asked with no city,
// "市发展改革委负责哪些任务?" lists 46 tasks in 菏泽, 湖州, 嘉兴 and 衢州 (衢州 writes 市发改委), but
// "市发改委负责哪些任务?" — the name people say — lists 衢州's 7 only: a name one plan writes exactly hides
// every city that writes it in full.
func TestRev60_ShortAliasOneCity(t *testing.T) {
	as, _ := rev60Ask(t, nil, "市发展改革委负责哪些任务?")
	full := as[0]
	for _, q := range []string{"市发改委负责哪些任务?", "市发改委有哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev60Ask(t, nil, q)
			a := as[0]
			if len(a.Tasks) != len(full.Tasks) {
				t.Errorf("%d tasks, 市发展改革委 has %d:\n%.500s", len(a.Tasks), len(full.Tasks), a.Text)
			}
			for _, city := range []string{"菏泽市", "湖州市", "嘉兴市", "衢州市"} {
				if !strings.Contains(a.Text, "*"+city+"*") {
					t.Errorf("no %s group", city)
				}
			}
		})
	}
}

// TestRev60_UnitCountSplitsAlias: 湖州's plan names its human-resources bureau 市人力社保局 and once (in
// (一)2) 市人社局; the alias table folds them and "湖州市人社局负责哪些任务?" gets all 6. But the count per
// unit, "湖州各单位分别负责几项任务?", lists "市人力社保局：5 项" and further down "市人社局：1 项": one
// bureau in two lines, neither with its 6 tasks.
func TestRev60_UnitCountSplitsAlias(t *testing.T) {
	for _, q := range []string{"湖州各单位分别负责几项任务?", "湖州哪个单位任务最多?"} {
		t.Run(q, func(t *testing.T) {
			e := NewEngine(seedIndex(t), Options{})
			a, err := e.Answer(t.Context(), Question{Text: q, Now: fixedClock(rev60Day)(), All: true})
			if err != nil {
				t.Fatal(err)
			}
			line := regexp.MustCompile(`(?m)^\d+\. 市人(?:力社保|社)局：(\d+) 项`)
			ms := line.FindAllStringSubmatch(a.Text, -1)
			if len(ms) != 1 || ms[0][1] != "6" {
				t.Errorf("the bureau's lines: %v, want one line of 6 项:\n%.1500s", ms, a.Text)
			}
		})
	}
}

// TestRev60_TaskForceRoster: 湖州's 附件 lists its 工作专班: "总牵头人：金 凯（副市长）", then 成员 one a line,
// among them "伍 毅（市商务局副局长）". "湖州工作专班的总牵头人是谁?" quotes 黄桂众（市教育局副局长）,
// 单永杰（市公安局副局长）, 郎勤茂（市民政局二级调研员）: three members, as if they led it (金凯 only shows
// inside the heading path). "湖州市商务局谁参加工作专班?" answers "0 项。没有。". 鹿城's roster (附件2,
// 总牵头人：林杰) is answered right.
func TestRev60_TaskForceRoster(t *testing.T) {
	t.Run("总牵头人", func(t *testing.T) {
		as, _ := rev60Ask(t, nil, "湖州工作专班的总牵头人是谁?")
		a := as[0]
		for _, w := range []string{"黄桂众", "单永杰", "郎勤茂"} {
			if strings.Contains(a.Text, w) {
				t.Errorf("member %s offered as 总牵头人:\n%.800s", w, a.Text)
			}
		}
		if first, _, _ := strings.Cut(a.Text, "\n"); !regexp.MustCompile(`金\s*凯`).MatchString(first) {
			t.Errorf("the first line does not name 金凯:\n%.800s", a.Text)
		}
	})
	t.Run("a bureau's member", func(t *testing.T) {
		as, _ := rev60Ask(t, nil, "湖州市商务局谁参加工作专班?")
		if !regexp.MustCompile(`伍\s*毅`).MatchString(as[0].Text) {
			t.Errorf("伍毅（市商务局副局长） not named:\n%.600s", as[0].Text)
		}
	})
}

// TestRev60_MemberListCut: "鹿城区工作专班成员单位有哪些?" quotes 附件2's 成员单位 line cut at 200
// characters: "…区税务局、市自然资源和规…". The list is what was asked; its last five members
// (市自然资源和规划局鹿城分局, 市生态环境局鹿城分局, 区工商联, 区消防救援大队, 各街镇) are never shown, and the
// answer does not say it was cut short of them. README: "Lists are complete, never a top-k cut".
func TestRev60_MemberListCut(t *testing.T) {
	as, _ := rev60Ask(t, nil, "鹿城区工作专班成员单位有哪些?")
	a := as[0]
	for _, w := range []string{"市自然资源和规划局鹿城分局", "市生态环境局鹿城分局", "区工商联", "区消防救援大队"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("member %s not shown", w)
		}
	}
	if t.Failed() {
		t.Logf("answer:\n%.900s", a.Text)
	}
}

// TestRev60_FigureFromWrongSentence: "衢州每年要引进多少个超10亿元的服务业项目?" is answered in (二)6 招引
// 百亿服务业主体: "力争每年引进投资超10亿元服务业项目10个以上" (市招商中心). The bot quotes the goals'
// "税收超10亿元" and the 无线电 goal "100亿元以上" instead: a leader reads a wrong figure. (Worded
// "衢州每年引进多少个投资超10亿元的服务业项目?" — the plan's own words — it is found.)
func TestRev60_FigureFromWrongSentence(t *testing.T) {
	for _, q := range []string{"衢州每年要引进多少个超10亿元的服务业项目?", "衢州每年要引进几个超10亿元的项目?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev60Ask(t, nil, q)
			if !strings.Contains(as[0].Text, "服务业项目10个以上") {
				t.Errorf("the figure (10个以上, (二)6) not quoted:\n%.900s", as[0].Text)
			}
		})
	}
}

// TestRev60_EnglishAddedValue: "added value" / "value added" is 增加值, the first goal of every plan
// ("服务业增加值突破1600亿元", 衢州; "达到2500亿元左右", 菏泽). Asked in English, 衢州's gets "The plans do not
// say (nothing about “added value”)" and 菏泽's, whose "value added" is read as 增加值, a task list:
// "…about “增加值”, due on or before 2025-12-31: 0 task(s). None." (the goal is in 一、总体要求, no task).
// In Chinese both are answered ("衢州到2027年服务业增加值要达到多少?").
func TestRev60_EnglishAddedValue(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"What is Quzhou's target for service industry added value by 2027?", "1600亿元"},
		{"What value added should Heze's service industry reach by 2025?", "2500亿元"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			as, _ := rev60Ask(t, nil, tc.q)
			if !strings.Contains(as[0].Text, tc.want) {
				t.Errorf("%s: the goal (%s) not given:\n%.600s", as[0].Outcome, tc.want, as[0].Text)
			}
		})
	}
}

// TestRev60_MoneyAcrossMeasures: 东莞's measures set money aside in four places: 五 "统筹安排1.5亿元" (of
// it 8000万元, 5000万元, 1000万元, 800万元), 七 "统筹安排800万元" and "统筹安排100万元资金", 八 "统筹安排
// 1亿元". "东莞一共安排了多少资金?" and "…各项措施分别安排了多少资金?" quote the 100万元 sentence alone
// (the one that writes 资金), and "东莞这些措施一共安排了多少钱?" gets "方案中没有提到…": a leader reads 100万元
// as the total.
func TestRev60_MoneyAcrossMeasures(t *testing.T) {
	t.Skip("not fixed (stop 48): money set aside across a plan's measures (统筹安排1.5亿元 with its 其中 breakdown, 800万元, 1亿元) asked as one total or per measure needs a figure answer that quotes every money sentence of the plan, one line per measure; today the search quotes the one sentence holding 资金")
	yi := regexp.MustCompile(`(?:^|[^.\d])1亿元`)
	for _, q := range []string{"东莞一共安排了多少资金?", "东莞各项措施分别安排了多少资金?", "东莞这些措施一共安排了多少钱?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev60Ask(t, rev60Dongguan, q)
			a := as[0]
			if !strings.Contains(a.Text, "1.5亿元") || !yi.MatchString(a.Text) {
				t.Errorf("%s: 五's 1.5亿元 and 八's 1亿元 not both given:\n%.800s", a.Outcome, a.Text)
			}
		})
	}
}

// TestRev60_MeasuresNoun: 东莞's plan is 若干措施, and its people call it 措施 as others say 方案. "东莞哪些
// 措施没有明确完成时间?" and "东莞的措施当中…" find 五 激发需求促消费, but "东莞的措施中哪些没有写明期限?"
// keeps 措施中 as a topic ("“措施中”相关的、没有明确完成时间的任务 0 项。没有。"), and so does "东莞的措施中市
// 商务局负责哪几条?" (市商务局 leads 四 and 五). "衢州的方案中…" and "菏泽的意见中…" are read right.
func TestRev60_MeasuresNoun(t *testing.T) {
	for _, tc := range []struct{ q, want, too string }{
		{"东莞的措施中哪些没有写明期限?", "激发需求促消费", ""},
		{"东莞的措施中市商务局负责哪几条?", "激发需求促消费", "多措并举拓市场"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			as, ix := rev60Ask(t, rev60Dongguan, tc.q)
			a := as[0]
			titles := rev60Titles(ix, a)
			if !rev60Has(titles, tc.want) || tc.too != "" && !rev60Has(titles, tc.too) {
				t.Errorf("%v, want %s %s:\n%.500s", titles, tc.want, tc.too, a.Text)
			}
		})
	}
}

// TestRev60_EarliestDue: "衢州最早到期的任务是哪个?" asks for the task due first: 衢州's earliest dates
// are 2023 ((一)2 综合保税区 "力争2023年获批建设", (一)5 “一区一园” "力争2023年创成国家级示范园区"). The 到期
// makes it a 30-day due window ("期限在 2026-12-06 — 2027-01-05 的任务 0 项。没有。"), and "衢州哪个任务最先
// 到期?" gets "方案中没有提到“最先”".
func TestRev60_EarliestDue(t *testing.T) {
	for _, q := range []string{"衢州最早到期的任务是哪个?", "衢州哪个任务最先到期?"} {
		t.Run(q, func(t *testing.T) {
			as, ix := rev60Ask(t, nil, q)
			a := as[0]
			titles := rev60Titles(ix, a)
			if !rev60Has(titles, "综合保税区") || !rev60Has(titles, "一区一园") {
				t.Errorf("%v, want 综合保税区 and “一区一园” (2023):\n%.600s", titles, a.Text)
			}
			for _, r := range rev60Refs(ix, a) {
				if !rev60Dated(r.Task, 2023) {
					t.Errorf("%s %s is not due in 2023", r.Task.Number, r.Task.Title)
				}
			}
		})
	}
}

// TestRev60_FrequencySaysNone: "衢州每月要做什么?" opens "衢州市每月要做的任务 0 项。\n没有。" and then, under
// "另有保障措施中的固定安排", gives the one monthly duty the plan has (每月10日前 市发改委 晾晒通报), which
// Answer.Tasks holds. The first words a leader reads say there is none. "衢州市发改委每月要做什么?" counts
// the same duty as its task ("每月要做的任务 1 项").
func TestRev60_FrequencySaysNone(t *testing.T) {
	for _, q := range []string{"衢州每月要做什么?", "湖州每月要做什么?", "湖州哪些工作每季度都要做?"} {
		t.Run(q, func(t *testing.T) {
			as, _ := rev60Ask(t, nil, q)
			a := as[0]
			if len(a.Tasks) == 0 {
				t.Fatalf("no duty found:\n%s", a.Text)
			}
			if strings.Contains(a.Text, " 0 项") || strings.Contains(a.Text, "没有。") {
				t.Errorf("%d duties given under an answer that says none:\n%.600s", len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev60_WholeYearDeadline: 鹿城's task list writes many deadlines as "2023全年". "鹿城区有几项任务的期限
// 是2023全年?" answers "温州市鹿城区任务共 86 项" — every task of the plan, the twelve undated tasks of its
// body (深化重点行业平台建设 …) too: the time asked is dropped.
func TestRev60_WholeYearDeadline(t *testing.T) {
	as, ix := rev60Ask(t, nil, "鹿城区有几项任务的期限是2023全年?")
	a := as[0]
	refs := rev60Refs(ix, a)
	var undated []string
	for _, r := range refs {
		if !rev60Dated(r.Task, 2023) {
			undated = append(undated, r.Task.Title)
		}
	}
	if len(refs) == 0 || len(undated) > 0 {
		t.Errorf("%d tasks, %d not due in 2023 (%s):\n%.500s", len(refs), len(undated), fmt.Sprint(undated[:min(3, len(undated))]), a.Text)
	}
}
