package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// Review 58: a leader's and a liaison's week. A leader asks for summaries on demand (one department's
// load, one plan by unit, what is overdue city-wide and where, what falls due, the routine duties of
// the week); a liaison asks about its own unit's month, marks tasks done and asks again, pages on and
// asks in English. The plans: the seeds (衢州, 鹿城), 杨浦's 2025 drainage reform plan (dates in
// 2025–2026, asked on 2026-12-06), 平潭's 2016 eco-protection work points (a table of 46 rows whose
// title column repeats, a weekly inspection; asked on Wednesday 2016-06-08), and 上海's 2026 quantum
// city work points (every item a 2026 item). Each test fails on the code it was written against.

var (
	rev58Yangpu  = []string{"dev/ad-sh-yangpu-2025-drainage-reform-plan.txt"}
	rev58Pingtan = []string{"dev/ac-fj-pingtan-2016-eco-protection-work-points.txt"}
	rev58Quantum = []string{"dev/ah-sh-shanghai-2026-quantum-city-work-points.txt"}
)

// rev58Numbers are the printed numbers of the tasks an answer names, in its order.
func rev58Numbers(ix *retrieval.Index, a Answer) []string {
	var out []string
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok {
			out = append(out, r.Task.Number)
		}
	}
	return out
}

// rev58Marks marks done, for unit of city, every task whose title or text holds one of words.
func rev58Marks(t *testing.T, ix *retrieval.Index, city, unit string, words ...string) *fakeMarks {
	t.Helper()
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	for _, d := range ix.Docs() {
		if !strings.Contains(d.City, city) {
			continue
		}
		for i := range d.Tasks {
			tk := &d.Tasks[i]
			if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(tk.Title+tk.Text, w) }) {
				continue
			}
			if slices.Contains(tk.Units(), unit) {
				marks.marks[duties.TaskUnit{Task: tk.ID, Unit: plan.UnitRef{City: d.City, Name: unit}}] = duties.DoneMark{By: "张三", At: fixedClock("2016-06-01")()}
			}
		}
	}
	if len(marks.marks) == 0 {
		t.Fatalf("no task of %s %s marked", city, unit)
	}
	return marks
}

// rev58Lines are the answer's lines that start with prefix.
func rev58Lines(text, prefix string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out
}

// rev58Figure is the number re's first group matches in text ("已过期限 (\d+) 个" → 9), -1 when none.
func rev58Figure(text, re string) int {
	m := regexp.MustCompile(re).FindStringSubmatch(text)
	if m == nil {
		return -1
	}
	n := -1
	fmt.Sscan(m[1], &n)
	return n
}

// TestRev58WholeCityOverdue: a leader's "全市逾期情况"/"全区逾期情况" asks for every overdue task of
// the city, as "X逾期的任务有哪些" does. 全市/全区 is kept as a topic word instead: 衢州 and 平潭 get
// "已逾期的任务 0 项（“全市”相关）。没有。" (they have 2 and 4), 鹿城 gets the 4 tasks whose text says
// 全区 out of 61, 杨浦 gets 0 of 13.
func TestRev58WholeCityOverdue(t *testing.T) {
	for _, tc := range []struct {
		corpus    []string
		day, q, b string
	}{
		{nil, "2026-12-06", "衢州全市逾期情况", "衢州逾期的任务有哪些"},
		{nil, "2026-12-06", "鹿城全区逾期情况怎么样?", "鹿城逾期的任务有哪些"},
		{rev58Yangpu, "2026-12-06", "杨浦全区逾期情况", "杨浦逾期的任务有哪些"},
		{rev58Pingtan, "2016-06-08", "平潭全区逾期情况", "平潭逾期的任务有哪些"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, _ := rev56Engine(t, tc.corpus, nil)
			as := askOn(t, e, tc.day, tc.b, tc.q)
			want, got := as[0], as[1]
			if len(want.Tasks) == 0 {
				t.Fatalf("baseline %s lists nothing:\n%s", tc.b, want.Text)
			}
			if strings.Contains(got.Text, "“全市”相关") || strings.Contains(got.Text, "“全区”相关") || len(got.Tasks) != len(want.Tasks) {
				t.Errorf("%d tasks, %q lists %d:\n%.600s", len(got.Tasks), tc.b, len(want.Tasks), got.Text)
			}
		})
	}
}

// TestRev58ByUnitWithoutTaskWord: "按单位统计任务数" gives the count per unit, but "按单位统计" alone
// (what a leader writes: "衢州方案按单位统计", "量子城市工作要点按单位统计一下") lists the plan's tasks
// one by one, 15 or 33 lines with no count per unit.
func TestRev58ByUnitWithoutTaskWord(t *testing.T) {
	for _, tc := range []struct {
		corpus []string
		q      string
	}{
		{nil, "衢州方案按单位统计"},
		{nil, "衢州方案按责任单位统计一下"},
		{rev58Quantum, "上海量子城市工作要点按单位统计"},
		{rev58Yangpu, "杨浦排水改革方案按单位统计"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, _ := rev56Engine(t, tc.corpus, nil)
			a := askOn(t, e, "2026-12-06", tc.q)[0]
			if !strings.Contains(a.Text, "各单位任务数量") {
				t.Errorf("%s: no count per unit:\n%.500s", a.Intent, a.Text)
			}
		})
	}
}

// TestRev58MostOverdueUnitHeading: "逾期最多的单位" is answered with the overdue counts per unit, but
// headed "各单位任务数量（从多到少）", the heading of every unit's whole load: 鹿城 区商务局 "11 项" reads
// as its task count (it has 12), 杨浦 区建设管理委 "7 项" (it has 12–14). The heading should say 逾期.
func TestRev58MostOverdueUnitHeading(t *testing.T) {
	for _, tc := range []struct {
		corpus []string
		q      string
	}{
		{nil, "鹿城逾期最多的单位是哪个?"},
		{rev58Yangpu, "杨浦逾期最多的单位是哪个"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, _ := rev56Engine(t, tc.corpus, nil)
			a := askOn(t, e, "2026-12-06", tc.q)[0]
			first, _, _ := strings.Cut(a.Text, "\n")
			if !strings.Contains(first, "逾期") {
				t.Errorf("heading %q does not say the counts are overdue tasks:\n%.400s", first, a.Text)
			}
		})
	}
}

// TestRev58HowManyAndHowManyOverdue: "X有多少任务、逾期几项" asks two figures; only the second is given
// ("衢州市发改委已逾期的任务共 0 项。没有。"), the unit's load (衢州市发改委 7, 平潭 区环土局 30) is not.
func TestRev58HowManyAndHowManyOverdue(t *testing.T) {
	for _, tc := range []struct {
		corpus         []string
		day, q         string
		total, overdue int
	}{
		{nil, "2026-12-06", "衢州市发改委有多少任务、逾期几项?", 7, 0},
		{rev58Pingtan, "2016-06-08", "平潭区环土局有多少任务，逾期几项", 30, 4},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, _ := rev56Engine(t, tc.corpus, nil)
			a := askOn(t, e, tc.day, tc.q)[0]
			total := regexp.MustCompile(fmt.Sprintf(`(?:^|[^\d])%d\s*项`, tc.total))
			over := regexp.MustCompile(fmt.Sprintf(`逾期[^\n]{0,12}?%d\s*项`, tc.overdue))
			if !total.MatchString(a.Text) {
				t.Errorf("the unit's %d tasks are not given:\n%.400s", tc.total, a.Text)
			}
			if !over.MatchString(a.Text) {
				t.Errorf("the %d overdue are not given:\n%.400s", tc.overdue, a.Text)
			}
		})
	}
}

// TestRev58SummaryAfterDone: a liaison marks a task done and the leader asks for the unit's summary.
// The overdue list ("逾期了哪些") leaves the task out ("另有 1 项已标记完成，未列入"), but the summary
// still counts and lists it under 已过期限: 杨浦 区财政局 "已过期限 3 个" with (三)1 完成成本绩效分析
// twice; 平潭 区环土局 "已过期限 4 个" with 7 and 37, both marked done.
func TestRev58SummaryAfterDone(t *testing.T) {
	for _, tc := range []struct {
		corpus            []string
		day, city, unit   string
		words             []string
		q                 string
		notPassed         []string
		overBefore, after int
	}{
		{rev58Yangpu, "2026-12-06", "杨浦", "区财政局", []string{"2025年5月底前完成成本绩效分析报告"}, "总结一下杨浦区财政局的工作",
			[]string{"完成成本绩效分析（"}, 3, 1},
		{rev58Pingtan, "2016-06-08", "平潭", "区环土局", []string{"分解细化2016年生态环保目标责任", "组建区环境监察支队"}, "总结一下平潭区环土局的工作",
			[]string{" 7 分解推动", " 37 强化环境监管"}, 4, 2},
	} {
		t.Run(tc.q, func(t *testing.T) {
			ix := corpusIndex(t, tc.corpus)
			e := NewEngine(ix, Options{Done: rev58Marks(t, ix, tc.city, tc.unit, tc.words...)})
			a := askOn(t, e, tc.day, tc.q)[0]
			for _, l := range rev58Lines(a.Text, "- 已过期限") {
				for _, w := range tc.notPassed {
					if strings.Contains(l, w) {
						t.Errorf("a task marked done listed as passed: %s", l)
					}
				}
			}
			if n := rev58Figure(a.Text, `已过期限 (\d+) 个`); n == tc.overBefore {
				t.Errorf("已过期限 %d 个, as before the marks (want %d):\n%.500s", n, tc.after, a.Text)
			}
		})
	}
}

// TestRev58SummaryOverdueTwice: the summary counts deadlines, not tasks, and lists a task once for
// each of its dates: 杨浦 区建设管理委 "已过期限 9 个" where "逾期了哪些" says 7 项, with (一)2 移交清单建立
// listed twice (2025-06-30 and 2025-09-30). A leader reads two figures for one thing and the same
// title twice.
func TestRev58SummaryOverdueTwice(t *testing.T) {
	e, _ := rev56Engine(t, rev58Yangpu, nil)
	as := askOn(t, e, "2026-12-06", "杨浦区建设管理委逾期了哪些", "总结一下杨浦区建设管理委的工作")
	over, sum := as[0], as[1]
	seen := map[string]bool{}
	for _, l := range rev58Lines(sum.Text, "- 已过期限") {
		_, task, _ := strings.Cut(l, "上海市杨浦区 ")
		task, _, _ = strings.Cut(task, "（")
		if seen[task] {
			t.Errorf("%s listed twice as passed", task)
		}
		seen[task] = true
	}
	if n := rev58Figure(sum.Text, `已过期限 (\d+) 个`); n != len(over.Tasks) {
		t.Errorf("summary: 已过期限 %d; the overdue answer: %d 项\n%.400s", n, len(over.Tasks), sum.Text)
	}
}

// TestRev58SummaryYearItems: every item of 上海's 2026 work points is due by the year's end, and the
// due and overdue answers say so ("上海市数据局这个月有哪些任务到期" 10 on 2026-12-06; "逾期了哪些" 10 on
// 2027-01-15). The leader's summary of the same unit says "已过期限 0 个，未到期限 0 个" on both days.
func TestRev58SummaryYearItems(t *testing.T) {
	e, _ := rev56Engine(t, rev58Quantum, nil)
	for _, tc := range []struct{ day, q, re string }{
		{"2026-12-06", "上海市数据局这个月有哪些任务到期", `未到期限 (\d+) 个`},
		{"2027-01-15", "上海市数据局逾期了哪些", `已过期限 (\d+) 个`},
	} {
		t.Run(tc.day, func(t *testing.T) {
			as := askOn(t, e, tc.day, tc.q, "总结一下上海市数据局的工作")
			if len(as[0].Tasks) == 0 {
				t.Fatalf("%s lists nothing:\n%s", tc.q, as[0].Text)
			}
			if n := rev58Figure(as[1].Text, tc.re); n < len(as[0].Tasks) {
				t.Errorf("summary %q: %d; %q lists %d\n%.300s", tc.re, n, tc.q, len(as[0].Tasks), as[1].Text)
			}
		})
	}
}

// TestRev58SummaryUpcomingCut: the summary says "未到期限 4 个" (杨浦 区建设管理委) or "未到期限 26 个"
// (平潭 区环土局) and names three; the passed deadlines beyond five get "……另有 N 个已过期限", the
// upcoming ones beyond three get nothing, so the count does not match the list.
func TestRev58SummaryUpcomingCut(t *testing.T) {
	for _, tc := range []struct {
		corpus []string
		day, q string
	}{
		{rev58Yangpu, "2026-12-06", "总结一下杨浦区建设管理委的工作"},
		{rev58Pingtan, "2016-06-08", "总结一下平潭区环土局的工作"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, _ := rev56Engine(t, tc.corpus, nil)
			a := askOn(t, e, tc.day, tc.q)[0]
			n := rev58Figure(a.Text, `未到期限 (\d+) 个`)
			listed := len(rev58Lines(a.Text, "- 最近期限"))
			if n > listed && !regexp.MustCompile(`另有 \d+ 个[^\n]*(?:未到|最近|即将)`).MatchString(a.Text) {
				t.Errorf("未到期限 %d 个, %d named, the rest not mentioned:\n%.500s", n, listed, a.Text)
			}
		})
	}
}

// TestRev58WeeklyDutyThisWeek: a weekly duty is done every week, but its occurrence is dated on the
// Monday after the question: asked on a Wednesday, "本周要做什么" leaves it out (平潭 区环土局's 每周巡查
// 三十六脚湖, 鹿城 区发改局's 周会商): "任务 0 项。没有。"; on the Monday it is there.
func TestRev58WeeklyDutyThisWeek(t *testing.T) {
	for _, tc := range []struct {
		corpus       []string
		day, q, want string
	}{
		{rev58Pingtan, "2016-06-08", "平潭区环土局本周要做什么", "14"},
		{nil, "2026-12-09", "鹿城区发改局本周要做什么?", "1"},
		{nil, "2026-12-09", "What does Lucheng's development and reform bureau need to do this week?", "1"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			e, ix := rev56Engine(t, tc.corpus, nil)
			a := askOn(t, e, tc.day, tc.q)[0]
			if !slices.Contains(rev58Numbers(ix, a), tc.want) {
				t.Errorf("the weekly duty (item %s) is not listed (%v):\n%.500s", tc.want, rev58Numbers(ix, a), a.Text)
			}
		})
	}
}

// TestRev58RoutineWorkThisWeek: "本周有哪些例行工作" lists 平潭's weekly inspection of 三十六脚湖, but the
// other words a leader uses for it do not: 常规工作 and 周期性工作 become topic words ("“常规”相关的…0 项"),
// 定期工作 with 这周 becomes a due window that finds nothing.
func TestRev58RoutineWorkThisWeek(t *testing.T) {
	e, ix := rev56Engine(t, rev58Pingtan, nil)
	for _, q := range []string{"平潭本周有哪些常规工作", "平潭这周有哪些周期性工作", "平潭这周要做哪些定期工作"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2016-06-08", q)[0]
			if !slices.Contains(rev58Numbers(ix, a), "14") {
				t.Errorf("%s: the weekly inspection (item 14) is not listed:\n%.400s", a.Intent, a.Text)
			}
		})
	}
}

// TestRev58RepeatedTitles: 平潭's table gives many rows one title column ("推进生态文明建设" six times for
// 区环土局, "畜禽养殖业污染整治" for 15–19), the work itself in the next column. A list of more than a
// few tasks shows titles only, so the liaison reads "[参与] 2016-06-30 [期限] 16 畜禽养殖业污染整治（“6月”）"
// and the same line for 17, six "推进生态文明建设" in the summary: what is to be done is nowhere.
func TestRev58RepeatedTitles(t *testing.T) {
	e, _ := rev56Engine(t, rev58Pingtan, nil)
	strip := regexp.MustCompile(`^- (?:\[[^\]]*\] )*(?:\d{4}-\d\d-\d\d[、\d-]* )?(?:\[[^\]]*\] )?\S+ `)
	for _, q := range []string{"平潭区环土局这个月要做什么", "总结一下平潭区环土局的工作", "平潭区环土局有哪些任务"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2016-06-08", q)[0]
			seen := map[string]int{}
			for _, l := range rev58Lines(a.Text, "- [") {
				seen[strip.ReplaceAllString(l, "")]++
			}
			for l, n := range seen {
				if n > 1 {
					t.Errorf("%d lines read %q", n, l)
				}
			}
		})
	}
}

// TestRev58DepartmentTakenForPlan: "平潭生态环境部门" and English "Pingtan's environment bureau" mean the
// plan's 区环土局, but the words match the plan's title (生态环境保护工作要点) and the question is answered
// for the whole plan: 11 tasks due this month, among them 15 (区农发局, 区规划局) and 19 (各乡镇人民政府),
// in which 区环土局 has no part, headed as the plan's, with no word that the department was not found.
func TestRev58DepartmentTakenForPlan(t *testing.T) {
	e, ix := rev56Engine(t, rev58Pingtan, nil)
	for _, q := range []string{"平潭生态环境部门这个月要做什么", "What does Pingtan's environment bureau need to do this month?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2016-06-08", q)[0]
			nums := rev58Numbers(ix, a)
			if slices.Contains(nums, "15") || slices.Contains(nums, "19") {
				t.Errorf("tasks of other units listed (%v):\n%.500s", nums, a.Text)
			}
		})
	}
}

// TestRev58UnitLoadThreeFigures: one unit, one day, three figures: "总结一下杨浦区建设管理委的工作" says
// 共 14 项, "杨浦区建设管理委有多少任务" 13 项, "杨浦排水改革方案按单位统计任务数" 12 项. The text and the
// table rows of the plan repeat some items, and each answer folds them differently.
func TestRev58UnitLoadThreeFigures(t *testing.T) {
	e, _ := rev56Engine(t, rev58Yangpu, nil)
	as := askOn(t, e, "2026-12-06", "总结一下杨浦区建设管理委的工作", "杨浦区建设管理委有多少任务", "杨浦区排水改革方案按单位统计任务数")
	sum := rev58Figure(as[0].Text, `共 (\d+) 项任务`)
	count := rev58Figure(as[1].Text, `任务共 (\d+) 项`)
	table := rev58Figure(as[2].Text, `区建设管理委：(\d+) 项`)
	if sum != count || count != table {
		t.Errorf("区建设管理委: summary %d, count %d, by unit %d", sum, count, table)
	}
}
