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

// Review 56: the question side. Each test asks what a liaison or leader would ask of the seeds
// (嘉兴 2010 牵头/参与 work plan, 衢州/湖州 十百千 plans, 鹿城 2023 task list) or of one dev plan
// (虹口 2026 e-bike charging fire-safety project), and wants what a careful reader of the plan
// answers.

// rev56Hongkou is the one dev plan used: a 2026 project with its funding written in 五、经费保障.
var rev56Hongkou = []string{"dev/aj-sh-hongkou-2026-ebike-charging-fire-facility-plan.txt"}

// rev56Engine is an engine over the seeds and the corpus plans named, with done marks when given.
func rev56Engine(t *testing.T, corpus []string, marks duties.Marks) (*Engine, *retrieval.Index) {
	t.Helper()
	ix := corpusIndex(t, corpus)
	return NewEngine(ix, Options{Done: marks}), ix
}

// rev56Titles are the titles of the tasks an answer names.
func rev56Titles(ix *retrieval.Index, a Answer) []string {
	var out []string
	for _, id := range a.Tasks {
		if r, ok := ix.Task(id); ok {
			out = append(out, r.Task.Title)
		}
	}
	return out
}

// rev56Tasks checks that the answer names n tasks (n < 0: any number), among them a task whose title
// holds each of want, and none whose title holds any of not.
func rev56Tasks(t *testing.T, ix *retrieval.Index, a Answer, n int, want, not []string, why string) {
	t.Helper()
	titles := rev56Titles(ix, a)
	var bad []string
	if n >= 0 && len(a.Tasks) != n {
		bad = append(bad, fmt.Sprintf("%d tasks, want %d", len(a.Tasks), n))
	}
	for _, w := range want {
		if !slices.ContainsFunc(titles, func(ti string) bool { return strings.Contains(ti, w) }) {
			bad = append(bad, "no task "+w)
		}
	}
	for _, w := range not {
		for _, ti := range titles {
			if strings.Contains(ti, w) {
				bad = append(bad, "task "+ti+" listed")
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("%s (%s):\n%.1500s", strings.Join(bad, "; "), why, a.Text)
	}
}

// TestRev56CountiesWithoutBrackets: 嘉兴's plan names its counties 各县(市、区)政府, and 11 tasks have them
// take part. Asked with the brackets the bot finds all 11; typed the way people type it, without the
// brackets (各县市区政府, 各县市区), the unit is not found and the words left over become the topic
// "市区": "嘉兴市“市区政府”相关的任务共 0 项".
func TestRev56CountiesWithoutBrackets(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	for _, q := range []string{"嘉兴各县市区政府参与几项任务?", "嘉兴各县市区参与哪些任务?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			rev56Tasks(t, ix, a, 11, []string{"重点发展旅游业", "规范发展房地产业", "努力引进一批服务业项目"}, nil,
				"各县(市、区)政府 take part in 11 tasks")
		})
	}
}

// TestRev56SupportsWhom: "A配合B做哪些工作" asks for the tasks B leads and A supports: in 嘉兴 one,
// 保障措施 (二) 修改完善服务业目标考核办法 (牵头 市考评办、市发展改革委, 参与 市统计局). The bot lists the
// union of both units' tasks — 11 or 23 of them, every task 市发展改革委 supports or leads.
func TestRev56SupportsWhom(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	for _, q := range []string{"嘉兴市统计局配合市发展改革委做哪些工作?", "嘉兴市统计局配合市发展改革委的任务有哪些?", "嘉兴哪些工作是市统计局配合市发展改革委的?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			rev56Tasks(t, ix, a, 1, []string{"修改完善服务业目标考核办法"}, []string{"重点发展旅游业", "研究制定《全市服务业发展"},
				"市统计局 supports 市发展改革委 in this one task")
		})
	}
}

// TestRev56EnglishTakePartIn: "take part in" is the everyday English for 参与, but reRolePart
// (facets.go) knows participate/support/assist only: the question gets the unit's tasks in every
// role, the two the finance bureau leads among them, and the count of what 嘉兴's DRC takes part in
// is 23 (every task) instead of 10.
func TestRev56EnglishTakePartIn(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	a := askOn(t, e, "2026-12-06", "Which Jiaxing tasks does the finance bureau take part in?")[0]
	rev56Tasks(t, ix, a, 5, []string{"优先发展现代物流和专业市场", "推进发展金融服务业"}, []string{"修改完善《嘉兴市级第三产业发展专项资金操作细则》"},
		"市财政局 takes part in 5 tasks and leads (一)4 and (一)5")
	a = askOn(t, e, "2026-12-06", "How many tasks does the Jiaxing development and reform commission take part in?")[0]
	rev56Tasks(t, ix, a, 10, []string{"重点发展旅游业"}, []string{"储备一批新的服务业重大项目"},
		"市发展改革委 takes part in 10 tasks and leads 13")
}

// TestRev56FigureInItemsNotACount: "多少项/几项" before a noun that is not 任务 asks for a figure, but
// reCountTask (facets.go) takes any 多少项/几项 for a count of tasks: "鹿城全年要举办多少项重大体育赛事活动?"
// opens with "温州市鹿城区“举办 重大体育赛事活动”相关的任务共 1 项" where the plan says 全年举办50项以上重大
// 体育赛事活动 (the figure is only inside the task's quoted text below), and 湖州's 11项培养举措 is
// answered "相关的任务共 1 项" the same way. The answer's first line should give the figure.
func TestRev56FigureInItemsNotACount(t *testing.T) {
	e, _ := rev56Engine(t, nil, nil)
	for _, tc := range []struct{ day, q, want string }{
		{"2023-12-05", "鹿城全年要举办多少项重大体育赛事活动?", "50项"},
		{"2023-12-05", "鹿城全年要办几项重大体育赛事?", "50项"},
		{"2026-12-06", "湖州新生代企业家有几项培养举措?", "11项"},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := askOn(t, e, tc.day, tc.q)[0]
			first, _, _ := strings.Cut(a.Text, "\n")
			if !strings.Contains(a.Text, tc.want) {
				t.Errorf("%s (intent %s): the plan's figure %s is not given:\n%s", a.Outcome, a.Intent, tc.want, a.Text)
			}
			if strings.Contains(first, "任务共") {
				t.Errorf("answered with a count of tasks (%s) for the plan's figure %s:\n%s", first, tc.want, a.Text)
			}
		})
	}
}

// TestRev56OnlyALead: "只有牵头单位"/"只写了牵头部门" asks for the tasks with no participating unit, as
// "没有参与部门" does (reNoPartic). The phrasing is not read and the filter is dropped: every one of
// 嘉兴's 24 tasks is listed, though each has 参与部门.
func TestRev56OnlyALead(t *testing.T) {
	e, _ := rev56Engine(t, nil, nil)
	for _, q := range []string{"嘉兴哪些任务只有牵头单位?", "嘉兴哪些任务只写了牵头部门?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			if len(a.Tasks) != 0 {
				t.Errorf("%d tasks listed; every 嘉兴 task names 参与部门:\n%.600s", len(a.Tasks), a.Text)
			}
		})
	}
}

// TestRev56OneUnitAlone: a leader asks which tasks rest on one unit alone. 衢州 has two with a single
// 责任单位: (二)6 招引百亿服务业主体 (市招商中心) and (三)12 滚动推动市服务业项目建设 (市发改委). "只有一个责任单位"
// lists all 15 tasks, and "市发改委单独负责的" takes 单独 as a topic word and finds none.
func TestRev56OneUnitAlone(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	a := askOn(t, e, "2026-12-06", "衢州哪些任务只有一个责任单位?")[0]
	rev56Tasks(t, ix, a, 2, []string{"招引百亿服务业主体", "滚动推动市服务业项目建设"}, []string{"培育百家骨干企业"}, "two tasks name one unit")
	a = askOn(t, e, "2026-12-06", "衢州哪些任务是市发改委单独负责的?")[0]
	rev56Tasks(t, ix, a, 1, []string{"滚动推动市服务业项目建设"}, nil, "(三)12 is 市发改委's alone")
}

// rev56Marks marks 鹿城 区商务局's share of two tasks done: 3-5 推进老字号品牌创新发展 and 7-3 加快推进海外仓布局建设.
func rev56Marks(t *testing.T, ix *retrieval.Index) *fakeMarks {
	t.Helper()
	marks := &fakeMarks{marks: map[duties.TaskUnit]duties.DoneMark{}}
	for _, d := range ix.Docs() {
		for i := range d.Tasks {
			tk := &d.Tasks[i]
			if d.City != "温州市鹿城区" || !strings.Contains(tk.Title, "推进老字号品牌创新发展") && !strings.Contains(tk.Title, "加快推进海外仓布局建设") {
				continue
			}
			for _, u := range tk.Units() {
				if u == "区商务局" {
					marks.marks[duties.TaskUnit{Task: tk.ID, Unit: plan.UnitRef{City: d.City, Name: u}}] = duties.DoneMark{By: "张三", At: fixedClock("2023-11-30")()}
				}
			}
		}
	}
	if len(marks.marks) != 2 {
		t.Fatalf("%d marks set, want 2", len(marks.marks))
	}
	return marks
}

// TestRev56HowManyDone: with two of 鹿城 区商务局's 12 tasks marked done, "已完成几项?" counts all 12:
// reDoneFigure (facets.go) reads 完成几/完成了多少 as a figure of the plan's own progress, even with a
// unit and 项/任务 asking for its tasks, and English "finished" is no word of reDone. The list
// question ("哪些任务已经完成了?") is answered right, with the two.
func TestRev56HowManyDone(t *testing.T) {
	ix := corpusIndex(t, nil)
	e := NewEngine(ix, Options{Done: rev56Marks(t, ix)})
	for _, q := range []string{"鹿城区商务局已完成几项?", "鹿城区商务局完成了多少项任务?", "How many tasks has Lucheng's commerce bureau finished?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2023-12-05", q)[0]
			rev56Tasks(t, ix, a, 2, []string{"推进老字号品牌创新发展", "加快推进海外仓布局建设"}, []string{"全力推动区域消费中心城市建设"}, "two are marked done")
		})
	}
}

// TestRev56EnglishNotFinished: "Which tasks has X not finished yet?" is read as not done (StatusOpen),
// but "not" stays behind as a topic word and filters every task out: "about “not”, not marked done:
// 0 task(s)", where 10 of 区商务局's 12 tasks are not marked done.
func TestRev56EnglishNotFinished(t *testing.T) {
	ix := corpusIndex(t, nil)
	e := NewEngine(ix, Options{Done: rev56Marks(t, ix)})
	for _, q := range []string{"Which tasks has Lucheng's commerce bureau not finished yet?", "Which tasks has Lucheng's commerce bureau not completed?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2023-12-05", q)[0]
			rev56Tasks(t, ix, a, 10, []string{"推进“产业集群+跨境电商产业园区”联动发展"}, []string{"推进老字号品牌创新发展"}, "10 tasks are not marked done")
		})
	}
}

// TestRev56ProjectsAsTopic: 项目 is one of edgeNouns (facets.go), the question's own nouns trimmed from
// a topic's ends, so "和项目有关的" leaves no topic and the filter is dropped: all 15 衢州 tasks, all 13
// that 嘉兴's DRC leads. In these plans 项目 is a subject of its own: 衢州's (三) 推进千亿级服务业重大项目,
// 嘉兴's (四) 积极推进服务业项目.
func TestRev56ProjectsAsTopic(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	a := askOn(t, e, "2026-12-06", "衢州和项目有关的任务有哪些?")[0]
	rev56Tasks(t, ix, a, -1, []string{"滚动推动市服务业项目建设", "实施三大服务业重大项目"}, []string{"培育千名新生代企业家", "培养紧缺高技能人才"},
		"tasks about projects")
	a = askOn(t, e, "2026-12-06", "嘉兴市发展改革委牵头的任务中，和项目有关的有哪些?")[0]
	rev56Tasks(t, ix, a, -1, []string{"储备一批新的服务业重大项目", "努力引进一批服务业项目"}, []string{"研究制定《全市服务业发展", "建立健全服务业定期分析和信息发布制度"},
		"the DRC's tasks about projects")
}

// TestRev56FollowUpTogetherWith: after 衢州市商务局's tasks, "哪些是和市文旅局一起负责的?" asks for the
// tasks the two share: (二)9 打响“衢州服务”品牌 and (三)11 积极向上争取要素支持. The follow-up drops 市商务局
// and lists 市文旅局's three, "一区一园" among them, which 市商务局 has no part in.
func TestRev56FollowUpTogetherWith(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	as := askOn(t, e, "2026-12-06", "衢州市商务局有哪些任务?", "哪些是和市文旅局一起负责的?")
	rev56Tasks(t, ix, as[1], 2, []string{"打响“衢州服务”品牌", "积极向上争取要素支持"}, []string{"一区一园"},
		"the tasks 市商务局 and 市文旅局 share")
}

// TestRev56Attachments: "方案有几个附件?" goes to the figure answer, which finds no number near 附件 and
// says "方案中没有提到“附件”，无法回答", though the plan's own text lists them: 鹿城 two (1.2023年服务业重点
// 工作任务清单, 2.鹿城区服务业高质量发展“十百千”工程建设工作专班方案), 湖州 one (工作专班成员名单).
func TestRev56Attachments(t *testing.T) {
	e, _ := rev56Engine(t, nil, nil)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"鹿城方案有几个附件?", []string{"重点工作任务清单", "工作专班方案"}},
		{"湖州方案有几个附件?", []string{"成员名单"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", tc.q)[0]
			if a.Outcome != OutcomeAnswered {
				t.Errorf("%s: the plan lists its attachments:\n%s", a.Outcome, a.Text)
			}
			for _, w := range tc.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("attachment %s not named:\n%s", w, a.Text)
				}
			}
		})
	}
}

// TestRev56CompareTwoUnits: "A比B多几项" and "A和B哪个任务多" compare two counts (鹿城 区发改局 19, 区商务局
// 12). The first is answered with the two units' tasks together ("任务共 29 项"), the second with the
// two tasks they share ("共同负责的任务 2 项"); neither says 19 and 12.
func TestRev56CompareTwoUnits(t *testing.T) {
	e, _ := rev56Engine(t, nil, nil)
	n19, n12 := regexp.MustCompile(`(?:^|[^\d-])19\s*项`), regexp.MustCompile(`(?:^|[^\d-])12\s*项`)
	for _, q := range []string{"鹿城区发改局比区商务局多几项任务?", "鹿城区发改局和区商务局哪个任务多?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			if !n19.MatchString(a.Text) || !n12.MatchString(a.Text) {
				t.Errorf("the two counts (19 and 12 项) are not given:\n%.800s", a.Text)
			}
			if strings.Contains(a.Text, "共同负责") {
				t.Errorf("a comparison answered with the tasks the two share:\n%.800s", a.Text)
			}
		})
	}
}

// TestRev56ConstructionBureauByItsUsualName: 湖州's plan calls its housing and construction bureau
// 市建设局. "湖州住建部门" finds it, but "湖州市住建局" is "not found" (pointing at 鹿城's 区住建局), and
// English "housing and construction bureau" becomes the topic 住房 and lists a talent task.
func TestRev56ConstructionBureauByItsUsualName(t *testing.T) {
	e, ix := rev56Engine(t, nil, nil)
	for _, q := range []string{"湖州市住建局负责哪些任务?", "Which tasks does Huzhou's housing and construction bureau handle?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			rev56Tasks(t, ix, a, 1, []string{"实施一批生活美好型项目"}, []string{"引进培育服务业领军人才"}, "市建设局 is on (三)4 alone")
		})
	}
}

// TestRev56HowMuchMoney: 虹口's plan says "共需经费约400万元" in 五、经费保障. Asked about the money in
// other words — 总经费, 要花多少钱, English "how much money" — the figure answer finds no passage
// ("方案中没有提到“总经费”", "nothing about “money”") or quotes the notice's opening sentence.
func TestRev56HowMuchMoney(t *testing.T) {
	e, _ := rev56Engine(t, rev56Hongkou, nil)
	for _, q := range []string{"虹口项目总经费多少?", "虹口这个项目要花多少钱?", "How much money does the Hongkou project need?"} {
		t.Run(q, func(t *testing.T) {
			a := askOn(t, e, "2026-12-06", q)[0]
			if !strings.Contains(a.Text, "400万元") {
				t.Errorf("%s: the funding (约400万元) is not given:\n%s", a.Outcome, a.Text)
			}
		})
	}
}
