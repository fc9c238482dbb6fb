package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
)

// handEngine is an engine over handDocs with deadlines and a goal paragraph added, on a clock set
// to 2024-05-10.
func handEngine(t *testing.T) *Engine {
	t.Helper()
	docs := handDocs()
	docs[0].Tasks[0].Deadlines = []plan.Deadline{{Quote: "2024年3月底前", Date: plan.NewDay(2024, 3, 31), Kind: plan.KindBy}}
	docs[0].Tasks[1].Deadlines = []plan.Deadline{{Quote: "2024年6月底前", Date: plan.NewDay(2024, 6, 30), Kind: plan.KindBy}}
	docs[1].Tasks[0].Deadlines = []plan.Deadline{{Quote: "到2026年", Date: plan.NewDay(2026, 12, 31), Kind: plan.KindTarget}}
	docs[0].Paras = []plan.Paragraph{{Section: "一、主要目标", Text: "到2026年，丽水市生态产品交易额突破80亿元，培育文旅融合企业50家以上。"}}
	ix, err := retrieval.Open(retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Build(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return NewEngine(ix, Options{Now: fixedClock("2024-05-10")})
}

func TestOfflineAnswers(t *testing.T) {
	e := handEngine(t)
	cases := []struct {
		q       string
		outcome string
		tasks   string   // ids in order
		has     []string // the text holds these
	}{
		{"商务局负责哪些任务?", OutcomeAnswered, "d1:1 d2:1", []string{"*丽水市* 《丽水市服务业实施方案》", "*台州市黄岩区* 《台州市黄岩区服务业实施方案》", "[牵头] 1 建设生态产品交易中心", "在 2 个地方"}},
		{"丽水海关负责什么", OutcomeAnswered, "d1:1", []string{"[参与]"}},
		{"市外经局负责哪些任务?", OutcomeNotFound, "", []string{"没有找到“市外经局”", "相近的单位"}},
		{"黄岩的文化广电旅游局负责什么", OutcomeNotFound, "", []string{"丽水市 市文化广电旅游局"}},
		{"生态产品交易中心的责任单位是谁?", OutcomeAnswered, "d1:1", []string{"市发展改革委、市商务局", "参与：丽水海关"}},
		{"量子计算由谁负责?", OutcomeNoAnswer, "", []string{"方案中没有关于“量子计算”的任务"}},
		{"who leads 生态产品交易中心 and 模具产业?", OutcomeAnswered, "d1:1 d2:1", []string{"2 task(s)", "lead: 区经信局、区商务局"}},
		{"丽水", OutcomeAnswered, "d1:1 d1:2", []string{"任务 2 项", "2 培育文旅融合企业（牵头：市文化广电旅游局）"}},
		{"哪些任务已逾期?", OutcomeAnswered, "d1:1", []string{"截至 2024-05-10", "2024-03-31"}},
		{"未来60天有哪些任务到期?", OutcomeAnswered, "d1:2", []string{"2024-06-30"}},
		{"丽水到2026年生态产品交易额要突破多少?", OutcomeAnswered, "", []string{"80亿元", "一、主要目标"}},
		{"丽水的GDP是多少?", OutcomeNoAnswer, "", []string{"方案中没有提到"}},
		// A short plan's summary lists each item with its lead and dates, the next deadline among them.
		{"总结一下丽水的方案", OutcomeAnswered, "d1:1 d1:2", []string{"任务 2 项", "已过期限 1 个", "80亿元", "1 建设生态产品交易中心（牵头：市发展改革委、市商务局） · 期限 2024-03-31"}},
		{"summarize 市商务局's work", OutcomeAnswered, "d1:1", []string{"1 tasks in 1 plans", "1 deadlines passed"}},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			a, err := e.Answer(context.Background(), Question{Text: c.q})
			if err != nil {
				t.Fatalf("%s: %v", c.q, err)
			}
			if a.Outcome != c.outcome || strings.Join(a.Tasks, " ") != c.tasks {
				t.Errorf("%s: outcome %s tasks %v; want %s %q\n%s", c.q, a.Outcome, a.Tasks, c.outcome, c.tasks, a.Text)
			}
			for _, h := range c.has {
				if !strings.Contains(a.Text, h) {
					t.Errorf("%s: text lacks %q:\n%s", c.q, h, a.Text)
				}
			}
			for _, ct := range a.Citations {
				if ct.Doc == "" || ct.Title == "" {
					t.Errorf("%s: citation without a plan: %+v", c.q, ct)
				}
			}
			if len(a.Citations) < len(a.Tasks) {
				t.Errorf("%s: %d tasks but %d citations", c.q, len(a.Tasks), len(a.Citations))
			}
		})
	}
}

func TestAnswerStreamOffline(t *testing.T) {
	e := handEngine(t)
	var chunks []string
	a, err := e.AnswerStream(context.Background(), Question{Text: "商务局负责哪些任务?"}, func(s string) error {
		chunks = append(chunks, s)
		return nil
	})
	if err != nil || len(chunks) != 1 || chunks[0] != a.Text {
		t.Fatalf("offline stream: %v, %d chunks", err, len(chunks))
	}
	stop := errors.New("client went away")
	if _, err := e.AnswerStream(context.Background(), Question{Text: "商务局负责哪些任务?"}, func(string) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("emit error: got %v", err)
	}
	if _, err := e.Answer(context.Background(), Question{Text: "  "}); !errors.Is(err, ErrEmptyQuestion) {
		t.Errorf("empty question: %v", err)
	}
}

func TestAnswerContextCarriesFollowUps(t *testing.T) {
	e := handEngine(t)
	a, err := e.Answer(context.Background(), Question{Text: "丽水市商务局负责哪些任务?"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.Answer(context.Background(), Question{Text: "那黄岩的呢?", Context: a.Context})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(b.Tasks) != "[d2:1]" || b.Context.City != "台州市黄岩区" {
		t.Errorf("follow-up: tasks %v context %+v\n%s", b.Tasks, b.Context, b.Text)
	}
}

// TestAnswerQuery: a query given as fields is answered as the same question in words.
func TestAnswerQuery(t *testing.T) {
	e := NewEngine(seedIndex(t), Options{})
	now := plan.NewDay(2024, 1, 15).Time(9, 0)
	tests := []struct {
		name     string
		q        Query
		question string
	}{
		{"a unit's tasks", Query{Units: []UnitFilter{{Name: "市商务局", City: "衢州市"}}, Cities: []string{"衢州市"}}, "衢州市商务局负责哪些任务?"},
		{"overdue", Query{Status: StatusOverdue, Cities: []string{"衢州"}}, "衢州哪些任务已逾期?"},
		{"a city's summary", Query{Shape: ShapeSummary, Cities: []string{"湖州"}}, "总结一下湖州"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := e.AnswerQuery(context.Background(), tt.q, now)
			if err != nil {
				t.Fatal(err)
			}
			want, err := e.Answer(context.Background(), Question{Text: tt.question, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if got.Outcome != OutcomeAnswered || strings.Join(got.Tasks, " ") != strings.Join(want.Tasks, " ") || got.Intent != want.Intent {
				t.Errorf("query: %s %s %v\nquestion: %s %s %v", got.Outcome, got.Intent, got.Tasks, want.Outcome, want.Intent, want.Tasks)
			}
		})
	}
}

func TestListCountsPerPlan(t *testing.T) {
	e := handEngine(t)
	tests := []struct{ name, q, has, hasNot string }{
		{"several plans: a count by each title", "商务局负责哪些任务?", "*丽水市* 《丽水市服务业实施方案》（d1）：1 项", ""},
		{"one plan: none", "丽水市商务局负责哪些任务?", "", "：1 项"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Answer(context.Background(), Question{Text: tc.q})
			if err != nil {
				t.Fatal(err)
			}
			if tc.has != "" && !strings.Contains(a.Text, tc.has) || tc.hasNot != "" && strings.Contains(a.Text, tc.hasNot) {
				t.Errorf("answer:\n%s\nwant it to hold %q and not %q", a.Text, tc.has, tc.hasNot)
			}
		})
	}
}

func TestTopicClause(t *testing.T) {
	task := &plan.Task{Title: "为抓好重点项目建设,继续推行双周例会制度", Text: "为抓好重点项目建设,继续推行双周例会制度,同时将重大牵引项目在双周例会上专题调度,双周例会由县长主持。"}
	tests := []struct {
		name  string
		topic []string
		want  string
	}{
		{"what the title does not say", []string{"双周例会", "主持"}, "双周例会由县长主持"},
		{"the title says it all", []string{"双周例会"}, ""},
		{"nothing near it", []string{"招商引资"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := topicClause(task, tc.topic); got != tc.want {
				t.Errorf("topicClause = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStatedCount(t *testing.T) {
	notice := &plan.Document{ID: "pj", City: "盘锦市", Paras: []plan.Paragraph{
		{Text: "现将《方案》印发给你们,并就抓好《方案》确定的146项工作任务落实通知如下:"},
		{TaskID: "pj:1", Text: "共有3项任务的一条。"},
	}}
	bare := &plan.Document{ID: "b", City: "丽水市", Paras: []plan.Paragraph{{Text: "为推进服务业发展，制定本方案。"}}}
	e := handEngine(t)
	tests := []struct {
		name string
		q    Query
		docs []*plan.Document
		want string
	}{
		{"a whole plan that states its count", Query{}, []*plan.Document{notice}, "146"},
		{"a plan that states none", Query{}, []*plan.Document{bare}, ""},
		{"a unit's count is its own", Query{Units: []UnitFilter{{Name: "市商务局"}}}, []*plan.Document{notice}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if n, _ := e.statedCount(&tc.q, result{docs: tc.docs}); n != tc.want {
				t.Errorf("statedCount = %q, want %q", n, tc.want)
			}
		})
	}
}

func TestCountSaysParts(t *testing.T) {
	e := handEngine(t)
	d := &plan.Document{ID: "p", City: "丽水市"}
	d.Tasks = []plan.Task{{ID: "p:1-1", Number: "1"}, {ID: "p:1-2", Number: "1"}, {ID: "p:2", Number: "2"}}
	var hs []hit
	for i := range d.Tasks {
		hs = append(hs, hit{TaskRef: retrieval.TaskRef{Doc: d, Task: &d.Tasks[i]}})
	}
	c := newComposer("zh")
	e.renderCount(c, &Query{Shape: ShapeCount}, result{hits: hs}, plan.NewDay(2024, 5, 10))
	if got := c.b.String(); !strings.Contains(got, "任务共 2 项，按各条分项责任计 3 条") {
		t.Errorf("count:\n%s\nwant 2 items and 3 parts", got)
	}
}

func TestFiguresAboutTheTopic(t *testing.T) {
	d := &plan.Document{ID: "hz", City: "湖州市"}
	brand := &plan.Task{Title: "提升“湖州服务”品牌影响力", Text: "到2027年，培育品牌企业5家以上，新增服务业市政府质量奖3个。"}
	hub := &plan.Task{Title: "多式联运枢纽港", Text: "加快建设。到2027年，集装箱吞吐量达到10万标箱。"}
	tests := []struct {
		name  string
		task  *plan.Task
		topic []string
		kept  bool
	}{
		{"a figure about something else", brand, []string{"服务业增加值"}, false},
		{"a figure in the task the topic names", hub, []string{"多式联运枢纽港"}, true},
		{"a figure that names the topic", brand, []string{"品牌企业"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ps := passages{{doc: d, task: tc.task, ref: retrieval.TaskRef{Doc: d, Task: tc.task}, text: tc.task.Text, cov: 1}}
			got := ps.withFigures(&Query{Topic: tc.topic}, strings.Join(tc.topic, " "))
			if (len(got) > 0) != tc.kept {
				t.Errorf("kept %d passages, want kept=%v", len(got), tc.kept)
			}
		})
	}
}
