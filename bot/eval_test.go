package bot

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/retrieval"
	"github.com/dutybot/dutybot/seeds"
)

var evalReport = flag.String("eval.report", "", "write the evaluation's per-kind table (markdown) to this file")

// evalSet is bot/testdata/eval.json: questions written by hand from the seed plans.
type evalSet struct {
	Now       string     `json:"now"`
	Questions []evalItem `json:"questions"`
}

type evalItem struct {
	Q       string    `json:"q"`
	Now     string    `json:"now"`
	Kind    Kind      `json:"kind"`
	Outcome string    `json:"outcome"`
	Tasks   *[]string `json:"tasks"` // nil: not checked; empty: the answer must name none
	Text    []string  `json:"text"`
	Follow  bool      `json:"follow"`
}

// noSpace drops white space: the plans' texts space figures inconsistently ("150 个左右").
func noSpace(s string) string { return strings.Join(strings.Fields(s), "") }

func loadEval(t testing.TB) evalSet {
	t.Helper()
	b, err := os.ReadFile("testdata/eval.json")
	if err != nil {
		t.Fatal(err)
	}
	var s evalSet
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("eval.json: %v", err)
	}
	return s
}

// resolveTask turns "city|path|title fragment" into a task id, checking the title so that a parser
// change that renumbers tasks fails here instead of scoring silently.
func resolveTask(ix *retrieval.Index, ref string) (string, error) {
	parts := strings.SplitN(ref, "|", 3)
	if len(parts) != 3 {
		return "", fmt.Errorf("task ref %q: want city|path|title", ref)
	}
	for _, d := range ix.Docs() {
		if d.City != parts[0] {
			continue
		}
		r, ok := ix.Task(d.ID + ":" + parts[1])
		if !ok {
			return "", fmt.Errorf("task ref %q: no task %s in %s", ref, parts[1], d.Title)
		}
		if !strings.Contains(r.Task.Title+r.Task.Text, parts[2]) {
			return "", fmt.Errorf("task ref %q: task %s is %q", ref, r.Task.ID, r.Task.Title)
		}
		return r.Task.ID, nil
	}
	return "", fmt.Errorf("task ref %q: no plan of %s", ref, parts[0])
}

// score holds precision and recall sums over questions.
type score struct {
	n, kindOK, outcomeOK, textOK, textN int
	pSum, rSum                          float64
	setN                                int
}

func (s *score) add(p, r float64) { s.pSum += p; s.rSum += r; s.setN++ }
func (s score) P() float64 {
	if s.setN == 0 {
		return 1
	}
	return s.pSum / float64(s.setN)
}
func (s score) R() float64 {
	if s.setN == 0 {
		return 1
	}
	return s.rSum / float64(s.setN)
}

func precisionRecall(got, want []string) (p, r float64) {
	if len(got) == 0 && len(want) == 0 {
		return 1, 1
	}
	w := map[string]bool{}
	for _, id := range want {
		w[id] = true
	}
	hit := 0
	seen := map[string]bool{}
	for _, id := range got {
		if w[id] && !seen[id] {
			hit++
		}
		seen[id] = true
	}
	if len(got) > 0 {
		p = float64(hit) / float64(len(seen))
	}
	if len(want) > 0 {
		r = float64(hit) / float64(len(want))
	} else if len(got) == 0 {
		r = 1
	} else {
		r = 1 // nothing to find; precision carries the error
	}
	if len(got) == 0 {
		p = 1 // naming nothing claims nothing wrong; recall carries the error
	}
	return p, r
}

// Floors: the evaluation fails when the answers drop below these. They sit a little under what the
// offline engine measures on the seeds (see docs/BENCHMARKS.md), so that a regression shows.
var floors = struct{ precision, recall, kind, outcome, text float64 }{0.95, 0.93, 0.95, 0.95, 0.9}

// TestEvaluation answers every question of the evaluation set offline and fails when precision,
// recall, intent or outcome accuracy drop below the floors. It also measures plain vector top-k
// retrieval on the "tasks of a unit" questions, the way a generic RAG bot would answer them.
func TestEvaluation(t *testing.T) {
	evaluate(t, seedIndex(t), true)
}

// TestEvaluationRemoteEmbeddings runs the same evaluation with a remote embedding fused into the
// search ranking: set OPENAI_API_KEY, OPENAI_EMBEDDING_MODEL and, for a compatible server,
// OPENAI_BASE_URL. It is skipped otherwise (it costs money and needs the network).
func TestEvaluationRemoteEmbeddings(t *testing.T) {
	key, model := os.Getenv("OPENAI_API_KEY"), os.Getenv("OPENAI_EMBEDDING_MODEL")
	if key == "" || model == "" {
		t.Skip("OPENAI_API_KEY and OPENAI_EMBEDDING_MODEL not set")
	}
	cfg := openai.DefaultConfig(key)
	if u := os.Getenv("OPENAI_BASE_URL"); u != "" {
		cfg.BaseURL = u
	}
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(retrieval.Options{Remote: retrieval.NewOpenAI(openai.NewClientWithConfig(cfg), model)})
	if err != nil {
		t.Fatal(err)
	}
	st, err := ix.Build(context.Background(), docs)
	if err != nil || st.RemoteErr != nil {
		t.Fatalf("build: %v %v", err, st.RemoteErr)
	}
	evaluate(t, ix, false)
}

// evaluate scores the engine over ix on the evaluation set; with floors it fails below them.
func evaluate(t *testing.T, ix *retrieval.Index, floorsApply bool) {
	set := loadEval(t)
	if len(set.Questions) < 60 {
		t.Fatalf("evaluation set has %d questions, want at least 60", len(set.Questions))
	}
	ev := &evaluation{t: t, ix: ix, e: NewEngine(ix, Options{}), byKind: map[Kind]*score{}}
	var prev Context
	for _, it := range set.Questions {
		day := it.Now
		if day == "" {
			day = set.Now
		}
		qctx := Context{}
		if it.Follow {
			qctx = prev
		}
		q := Question{Text: it.Q, Now: fixedClock(day)(), Context: qctx}
		a, err := ev.e.Answer(context.Background(), q)
		if err != nil {
			t.Fatalf("%s: %v", it.Q, err)
		}
		prev = a.Context
		a.Text = allPages(t, ev.e, q, a) // a long list is judged on all its pages
		ev.score(it, a)
	}
	ev.report()
	if floorsApply {
		ev.floors()
	}
}

// evaluation is the scores of an evaluation run, by kind, in all, and of plain vector search.
type evaluation struct {
	t        *testing.T
	ix       *retrieval.Index
	e        *Engine
	byKind   map[Kind]*score
	all, rag score
}

// score scores one answer: its intent, its outcome, the figures it quotes and its tasks.
func (ev *evaluation) score(it evalItem, a Answer) {
	t := ev.t
	k := it.Kind
	if k == "" {
		k = a.Intent
	}
	s := ev.byKind[k]
	if s == nil {
		s = &score{}
		ev.byKind[k] = s
	}
	s.n++
	ev.all.n++
	if it.Kind == "" || a.Intent == it.Kind {
		s.kindOK++
		ev.all.kindOK++
	} else {
		t.Logf("intent: %q → %s, want %s", it.Q, a.Intent, it.Kind)
	}
	wantOutcome := it.Outcome
	if wantOutcome == "" {
		wantOutcome = OutcomeAnswered
	}
	if a.Outcome == wantOutcome {
		s.outcomeOK++
		ev.all.outcomeOK++
	} else {
		t.Logf("outcome: %q → %s, want %s\n%s", it.Q, a.Outcome, wantOutcome, a.Text)
	}
	for _, want := range it.Text {
		s.textN++
		ev.all.textN++
		if strings.Contains(noSpace(a.Text), noSpace(want)) {
			s.textOK++
			ev.all.textOK++
		} else {
			t.Logf("text: %q lacks %q:\n%s", it.Q, want, a.Text)
		}
	}
	if it.Tasks != nil {
		ev.scoreTasks(it, a, k, s)
	}
}

// scoreTasks scores the tasks an answer names against the gold, and, for a unit's tasks, what the
// generic RAG answer (the 10 nearest tasks to the question) would have named.
func (ev *evaluation) scoreTasks(it evalItem, a Answer, k Kind, s *score) {
	t := ev.t
	var want []string
	for _, ref := range *it.Tasks {
		id, err := resolveTask(ev.ix, ref)
		if err != nil {
			t.Errorf("%s: %v", it.Q, err)
			continue
		}
		want = append(want, id)
	}
	p, r := precisionRecall(a.Tasks, want)
	s.add(p, r)
	ev.all.add(p, r)
	if p < 1 || r < 1 {
		t.Logf("tasks: %q precision %.2f recall %.2f\n got %v\nwant %v", it.Q, p, r, a.Tasks, want)
	}
	if k != KindUnitTasks || len(want) == 0 {
		return
	}
	refs, err := ev.ix.VectorSearch(context.Background(), it.Q, 10)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range refs {
		got = append(got, r.Task.ID)
	}
	ev.rag.n++
	ev.rag.add(precisionRecall(got, want))
}

// report logs the table (and writes it to -eval.report).
func (ev *evaluation) report() {
	var kinds []string
	for k := range ev.byKind {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	var b strings.Builder
	fmt.Fprintf(&b, "| kind | questions | intent ok | outcome ok | task precision | task recall | quoted figures found |\n|---|---|---|---|---|---|---|\n")
	row := func(name string, s score) {
		text := "—"
		if s.textN > 0 {
			text = fmt.Sprintf("%d/%d", s.textOK, s.textN)
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %.3f | %.3f | %s |\n", name, s.n, s.kindOK, s.outcomeOK, s.P(), s.R(), text)
	}
	for _, k := range kinds {
		row(k, *ev.byKind[Kind(k)])
	}
	row("**all**", ev.all)
	fmt.Fprintf(&b, "\nTasks-of-a-unit questions answered by plain vector top-10 over the same chromem-go task collection: precision %.3f, recall %.3f (%d questions); dutybot: precision %.3f, recall %.3f.\n",
		ev.rag.P(), ev.rag.R(), ev.rag.n, ev.byKind[KindUnitTasks].P(), ev.byKind[KindUnitTasks].R())
	ev.t.Log("\n" + b.String())
	if *evalReport != "" {
		if err := os.WriteFile(*evalReport, []byte(b.String()), 0o644); err != nil {
			ev.t.Fatal(err)
		}
	}
}

// floors fails the run when a score is below its floor.
func (ev *evaluation) floors() {
	t, all := ev.t, ev.all
	frac := func(a, n int) float64 {
		if n == 0 {
			return 1
		}
		return float64(a) / float64(n)
	}
	if all.P() < floors.precision || all.R() < floors.recall {
		t.Errorf("task precision %.3f / recall %.3f below the floor %.2f / %.2f", all.P(), all.R(), floors.precision, floors.recall)
	}
	if frac(all.kindOK, all.n) < floors.kind {
		t.Errorf("intent accuracy %d/%d below the floor %.2f", all.kindOK, all.n, floors.kind)
	}
	if frac(all.outcomeOK, all.n) < floors.outcome {
		t.Errorf("outcome accuracy %d/%d below the floor %.2f", all.outcomeOK, all.n, floors.outcome)
	}
	if frac(all.textOK, all.textN) < floors.text {
		t.Errorf("quoted figures %d/%d below the floor %.2f", all.textOK, all.textN, floors.text)
	}
	for _, k := range []Kind{KindUnitTasks, KindDue, KindOverdue, KindOwner} {
		if s := ev.byKind[k]; s == nil || s.R() < 0.9 || s.P() < 0.9 {
			t.Errorf("%s: precision/recall below 0.9: %+v", k, s)
		}
	}
}
