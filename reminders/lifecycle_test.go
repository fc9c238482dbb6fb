package reminders

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// batchRecorder is a notifier that sends a route's nudges of one pass as one message, and records
// each message.
type batchRecorder struct {
	recorder
	mu       sync.Mutex
	messages [][]Nudge
}

func (b *batchRecorder) NotifyBatch(ctx context.Context, route string, ns []Nudge) (Receipt, error) {
	for _, n := range ns {
		if _, err := b.recorder.Notify(ctx, n); err != nil {
			return Receipt{}, err
		}
	}
	b.mu.Lock()
	b.messages = append(b.messages, ns)
	b.mu.Unlock()
	return Receipt{Route: route}, nil
}

func (b *batchRecorder) Notify(ctx context.Context, n Nudge) (Receipt, error) {
	r, err := b.recorder.Notify(ctx, n)
	if err == nil {
		b.mu.Lock()
		b.messages = append(b.messages, []Nudge{n})
		b.mu.Unlock()
	}
	return r, err
}

// byRoute is how many messages each route got, and the kinds in them ("C1: backlog backlog").
func (b *batchRecorder) byRoute() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, m := range b.messages {
		var kinds []string
		for _, n := range m {
			kinds = append(kinds, n.Kind)
		}
		out = append(out, m[0].Route+": "+strings.Join(kinds, " "))
	}
	sort.Strings(out)
	return out
}

func (b *batchRecorder) reset() {
	b.mu.Lock()
	b.messages = nil
	b.mu.Unlock()
}

// goLiveDoc is a plan of 衢州市 for 2023—2027 with deadlines long past (2023, 2024), one still to
// come (2026-12-15), a 2023 list in an annex whose monthly duty ended with 2023, and a monthly duty
// of the plan itself.
func goLiveDoc() *plan.Document {
	d := &plan.Document{ID: "bbbb0002", Title: "衢州市测试工程实施方案（2023—2027年）", City: "衢州市", Issued: day("2023-04-01"),
		Period: day("2027-12-31"), PeriodQuote: "2023—2027年"}
	ref := new(d.Ref())
	dl := func(s string) []plan.Deadline {
		return []plan.Deadline{{Quote: s[:4] + "年", Date: day(s), Kind: plan.KindBy}}
	}
	d.Tasks = []plan.Task{
		{ID: "bbbb0002:1.1", Doc: ref, Number: "1", Title: "综合保税区", Lead: []string{"市商务局"}, Deadlines: dl("2023-12-31")},
		{ID: "bbbb0002:1.2", Doc: ref, Number: "2", Title: "招商平台", Lead: []string{"市商务局"}, Deadlines: dl("2024-12-31")},
		{ID: "bbbb0002:1.3", Doc: ref, Number: "3", Title: "物流园区", Lead: []string{"市发改委"}, Deadlines: dl("2024-06-30")},
		{ID: "bbbb0002:1.4", Doc: ref, Number: "4", Title: "年底验收", Lead: []string{"市商务局"}, Deadlines: dl("2026-12-15")},
		{ID: "bbbb0002:a1.1", Doc: ref, Number: "1", Title: "2023年月报", Lead: []string{"市统计局"},
			Section:   "附件1 2023年服务业重点工作任务清单",
			Recurring: []plan.Recurring{{Quote: "逐月报送", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 5}}}},
		{ID: "bbbb0002:2.1", Doc: ref, Number: "1", Title: "月度调度", Lead: []string{"市统计局"},
			Recurring: []plan.Recurring{{Quote: "每月10日前调度", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 10}}}},
	}
	return d
}

// endedDoc is a plan whose period ended with 2025: it still has an overdue deadline and a monthly
// duty.
func endedDoc() *plan.Document {
	d := &plan.Document{ID: "cccc0003", Title: "菏泽市测试意见", City: "菏泽市", Period: day("2025-12-31"), PeriodQuote: "到2025年"}
	ref := new(d.Ref())
	d.Tasks = []plan.Task{
		{ID: "cccc0003:1", Doc: ref, Number: "1", Title: "文旅融合", Lead: []string{"市文旅局"},
			Deadlines: []plan.Deadline{{Quote: "到2025年", Date: day("2025-12-31"), Kind: plan.KindTarget}},
			Recurring: []plan.Recurring{{Quote: "每月通报", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 10}}}},
	}
	return d
}

var (
	heze   = plan.UnitRef{City: "菏泽市", Name: "市文旅局"}
	golive = []*plan.Document{goLiveDoc(), endedDoc()}
)

// TestPlanLifecycle: a plan whose period is over, and a part of a plan (a 2023 list) whose own year
// is over, arm nothing; a person can close an open plan and reopen it, and its series follow.
func TestPlanLifecycle(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-02 10:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Follow(ctx, golive); err != nil {
		t.Fatal(err)
	}
	st, err := s.Lifecycle(ctx, golive)
	if err != nil {
		t.Fatal(err)
	}
	if st[0].State != PlanOpen || st[0].End != day("2027-12-31") || st[1].State != PlanEnded {
		t.Errorf("lifecycles %+v", st)
	}
	tasks := func(u plan.UnitRef) []string {
		rows, err := s.Board(ctx, []plan.UnitRef{u})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rows {
			out = append(out, r.Task)
		}
		sort.Strings(out)
		return out
	}
	if got := tasks(heze); len(got) != 0 {
		t.Errorf("an ended plan is on the board: %v", got)
	}
	if got := tasks(stats); !reflect.DeepEqual(got, []string{"bbbb0002:2.1"}) {
		t.Errorf("市统计局's board %v: the 2023 list's monthly duty ended with 2023", got)
	}

	if _, err := s.ClosePlan(ctx, "bbbb0002", "U1"); err != nil {
		t.Fatal(err)
	}
	if got := tasks(commerce); len(got) != 0 {
		t.Errorf("a closed plan still nudges 市商务局: %v", got)
	}
	if _, err := s.ClosePlan(ctx, "bbbb0002", "U1"); !errors.Is(err, ErrPlanState) {
		t.Errorf("closing twice: %v", err)
	}
	if st, err := s.OpenPlan(ctx, "bbbb0002", "U1"); err != nil || st.State != PlanOpen {
		t.Fatalf("reopen: %+v %v", st, err)
	}
	if got := tasks(commerce); len(got) != 3 {
		t.Errorf("reopened plan: 市商务局's board %v", got)
	}
	// An ended plan reopened nudges with no end.
	if st, err := s.OpenPlan(ctx, "cccc0003", "U1"); err != nil || st.State != PlanReopened {
		t.Fatalf("reopen an ended plan: %+v %v", st, err)
	}
	if got := tasks(heze); !reflect.DeepEqual(got, []string{"cccc0003:1"}) {
		t.Errorf("reopened ended plan: %v", got)
	}
	if _, err := s.OpenPlan(ctx, "nope", "U1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown plan: %v", err)
	}
}

// TestGoLiveSendsOneListPerUnit: on a fresh store with a route per unit and the leaders', the first
// morning sends one message per unit channel — the overdue list of what passed before go-live,
// with anything else due that morning — and one summary to the leaders; a week later nothing of the
// lists comes again, while a deadline that falls overdue after go-live is escalated weekly.
func TestGoLiveSendsOneListPerUnit(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-02 10:00") // a Wednesday
	s, _ := newStore(t, clk.Now)
	for u, r := range map[plan.UnitRef]string{commerce: "CCOM", reform: "CREF", stats: "CSTA", heze: "CHEZE", LeadersUnit: "CLEAD"} {
		if err := s.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Follow(ctx, golive); err != nil {
		t.Fatal(err)
	}
	rec := &batchRecorder{}
	d := NewDispatcher(s, rec, DispatcherOptions{Lease: time.Minute})
	tick := func(now string) {
		t.Helper()
		clk.Set(now)
		if _, err := d.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick("2026-12-03 09:00")
	want := []string{
		"CCOM: backlog backlog",
		"CLEAD: backlog-summary",
		"CREF: backlog",
	}
	if got := rec.byRoute(); !reflect.DeepEqual(got, want) {
		t.Errorf("first morning:\n%q\nwant\n%q", got, want)
	}
	for _, n := range rec.nudges() {
		if strings.Contains(n.Text, "菏泽") || n.TaskID == "bbbb0002:a1.1" {
			t.Errorf("a closed plan or an ended part nudged: %+v", n)
		}
		if n.Kind == KindBacklogSummary && !strings.Contains(n.Text, "衢州市 市商务局 2 项") {
			t.Errorf("leaders' summary: %s", n.Text)
		}
	}
	rec.reset()
	tick("2026-12-08 09:00") // T-7 of 12-15
	tick("2026-12-10 09:00") // the monthly duty
	tick("2026-12-15 09:00") // due today
	tick("2026-12-22 09:00") // overdue after go-live: escalated, copied to the leaders
	want = []string{
		"CCOM: by", "CCOM: by", "CCOM: overdue", "CLEAD: overdue", "CSTA: recurring",
	}
	if got := rec.byRoute(); !reflect.DeepEqual(got, want) {
		t.Errorf("after go-live:\n%q\nwant\n%q", got, want)
	}
	rec.reset()
	tick("2026-12-29 09:00")
	for _, m := range rec.byRoute() {
		if strings.Contains(m, "backlog") {
			t.Errorf("an overdue list came again: %s", m)
		}
	}
}

// TestRouteSetLaterSendsTheBacklogThen: a unit without a route has its nudges held; the day it gets
// one, what passed meanwhile comes as one overdue list, not as weekly red notices.
func TestRouteSetLaterSendsTheBacklogThen(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 10:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Follow(ctx, []*plan.Document{goLiveDoc()}); err != nil {
		t.Fatal(err)
	}
	rec := &batchRecorder{}
	d := NewDispatcher(s, rec, DispatcherOptions{Lease: time.Minute})
	clk.Set("2026-12-22 09:00")
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe(ctx, commerce, "CCOM"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	// 2023-12-31, 2024-12-31 and 2026-12-15 all passed before 市商务局 had a route.
	if got := rec.byRoute(); !reflect.DeepEqual(got, []string{"CCOM: backlog backlog backlog"}) {
		t.Errorf("after subscribing: %q", got)
	}
}

// TestRateLimitDefers: a route over its rate gets the rest in the next window, batched.
func TestRateLimitDefers(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	for i, when := range []string{"2026-11-20 09:00", "2026-11-20 09:00", "2026-11-20 09:10", "2026-11-20 09:20"} {
		if _, _, err := s.Add(ctx, Custom{Route: "CRATE", At: at(when), Text: fmt.Sprint("提醒", i)}); err != nil {
			t.Fatal(err)
		}
	}
	rec := &batchRecorder{}
	d := NewDispatcher(s, rec, DispatcherOptions{Lease: time.Minute, RateLimit: 1, RateWindow: time.Hour})
	for _, now := range []string{"2026-11-20 09:00", "2026-11-20 09:10", "2026-11-20 09:20", "2026-11-20 10:01"} {
		clk.Set(now)
		if _, err := d.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if got := rec.byRoute(); !reflect.DeepEqual(got, []string{"CRATE: custom custom", "CRATE: custom custom"}) {
		t.Errorf("messages %q: want the first two together, the rest an hour later", got)
	}
	if ps, _ := s.List(ctx, nil); len(ps) != 4 || ps[0].State != "finished" {
		t.Errorf("after the window: %+v", ps)
	}
}

// TestFollowOnceAcrossReplicas: replicas following the same plans reconcile once; following again
// with nothing changed writes nothing.
func TestFollowOnceAcrossReplicas(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 10:00")
	s, rdb := newStore(t, clk.Now)
	prefix := s.ks.Prefix
	var wg sync.WaitGroup
	results := make([]SyncResult, 4)
	for i := range results {
		r := NewStore(rdb, StoreOptions{Prefix: prefix, Now: clk.Now})
		wg.Go(func() {
			var err error
			if results[i], err = r.Follow(ctx, golive); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	reconciled := 0
	for _, r := range results {
		if r.Added > 0 {
			reconciled++
		}
	}
	if reconciled != 1 {
		t.Errorf("%d replicas reconciled, want 1: %+v", reconciled, results)
	}
	if res, err := s.Follow(ctx, golive); err != nil || res != (SyncResult{}) {
		t.Errorf("following again: %+v %v", res, err)
	}
	// The next day the 12-15 deadline's plan still runs; a changed plan is reconciled.
	doc := goLiveDoc()
	doc.Tasks = doc.Tasks[:1]
	if res, err := s.Follow(ctx, []*plan.Document{doc}); err != nil || res.Removed == 0 {
		t.Errorf("a changed plan: %+v %v", res, err)
	}
}

// TestResolveRefusals: every way a change to a unit's task is refused, by name.
func TestResolveRefusals(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 10:00")
	s, _ := newStore(t, clk.Now)
	if err := s.MarkDone(ctx, Change{Task: "bbbb0002:1.1", Unit: commerce}); !refusedFor(err, RefuseNoPlans) {
		t.Errorf("before any plans: %v", err)
	}
	other := goLiveDoc()
	other.ID, other.Number = "dddd0004", "衢政发〔2024〕1号"
	for i := range other.Tasks {
		other.Tasks[i].ID = strings.Replace(other.Tasks[i].ID, "bbbb0002", "dddd0004", 1)
	}
	if _, err := s.Follow(ctx, []*plan.Document{goLiveDoc(), other, endedDoc()}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change Change
		reason string // "" when accepted
		task   string // the task it resolves to
	}{
		{"no task", Change{Unit: commerce}, RefuseNoTask, ""},
		{"no unit", Change{Task: "bbbb0002:1.1"}, RefuseNoUnit, ""},
		{"a task that does not exist", Change{Task: "bbbb0002:9.9", Unit: commerce}, RefuseUnknownTask, ""},
		{"a number no task has", Change{Task: "99", Unit: commerce}, RefuseUnknownTask, ""},
		{"a plan that does not exist", Change{Task: "1", Plan: "衢政发〔2099〕1号", Unit: commerce}, RefuseUnknownPlan, ""},
		{"a task the unit is not named on", Change{Task: "bbbb0002:1.3", Unit: commerce}, RefuseUnitNotOnTask, ""},
		{"a unit the plans do not know", Change{Task: "bbbb0002:1.1", Unit: plan.UnitRef{City: "衢州市", Name: "市不存在局"}}, RefuseUnitNotOnTask, ""},
		{"a unit of another city", Change{Task: "bbbb0002:1.1", Unit: plan.UnitRef{City: "湖州市", Name: "市商务局"}}, RefuseUnitNotOnTask, ""},
		{"a short number in two plans", Change{Task: "1", Unit: commerce}, RefuseAmbiguous, ""},
		{"a short path in two plans", Change{Task: "1.1", Unit: commerce}, RefuseAmbiguous, ""},
		{"a short number within the plan given by 文号", Change{Task: "1", Plan: "衢政发[2024]1号", Unit: commerce}, "", "dddd0004:1.1"},
		{"a short path within the plan given by id", Change{Task: "1.2", Plan: "bbbb", Unit: commerce}, "", "bbbb0002:1.2"},
		{"a full id", Change{Task: "bbbb0002:1.3", Unit: reform}, "", "bbbb0002:1.3"},
		{"a closed plan's task", Change{Task: "cccc0003:1", Unit: heze}, "", "cccc0003:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := s.Resolve(tt.change)
			if tt.reason == "" {
				if err != nil || c.Task != tt.task {
					t.Errorf("Resolve = %q, %v; want %s", c.Task, err, tt.task)
				}
				return
			}
			if !refusedFor(err, tt.reason) {
				t.Errorf("Resolve = %q, %v; want refused %s", c.Task, err, tt.reason)
			}
			// Every change is refused the same way, and writes nothing.
			if err := s.MarkDone(ctx, tt.change); !refusedFor(err, tt.reason) {
				t.Errorf("MarkDone: %v", err)
			}
		})
	}
	var te *TaskError
	if _, err := s.Resolve(Change{Task: "1", Unit: commerce}); errors.As(err, &te) && len(te.Candidates) != 2 {
		t.Errorf("candidates %+v", te.Candidates)
	}
	if marks, _ := s.DoneMarks(ctx, nil); len(marks) != 0 {
		t.Errorf("a refused change wrote a mark")
	}
}

func refusedFor(err error, reason string) bool {
	var te *TaskError
	return errors.As(err, &te) && te.Reason == reason && errors.Is(err, ErrRefused)
}

// TestAPlanEndsByItself: a plan whose period ends while the dispatcher runs leaves the board on the
// first pass of the next day, and its monthly duty nudges no more.
func TestAPlanEndsByItself(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-12-30 10:00")
	s, _ := newStore(t, clk.Now)
	doc := goLiveDoc()
	doc.Period, doc.PeriodQuote = day("2026-12-31"), "2026年"
	if _, err := s.Follow(ctx, []*plan.Document{doc}); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.Board(ctx, []plan.UnitRef{stats}); len(rows) != 1 {
		t.Fatalf("before the end: %+v", rows)
	}
	if err := s.Subscribe(ctx, stats, "CSTA"); err != nil {
		t.Fatal(err)
	}
	rec := &batchRecorder{}
	d := NewDispatcher(s, rec, DispatcherOptions{Lease: time.Minute})
	clk.Set("2027-01-04 09:00")
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if rows, _ := s.Board(ctx, []plan.UnitRef{stats}); len(rows) != 0 {
		t.Errorf("after the end: %+v", rows)
	}
	clk.Set("2027-01-08 09:00")
	if _, err := d.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if got := rec.byRoute(); len(got) != 0 {
		t.Errorf("an ended plan nudged: %q", got)
	}
}

// TestNudgeSince: a deadline that passed before the go-live day goes once, in the overdue list, even
// when its series and route were there before it passed.
func TestNudgeSince(t *testing.T) {
	for _, c := range []struct {
		name  string
		since string
		want  []string
	}{
		{"no go-live day: escalated weekly", "", []string{"CCOM: overdue", "CCOM: overdue"}},
		{"a go-live day after it: listed once", "2026-12-20 00:00", []string{"CCOM: backlog"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			clk := newClock("2026-12-10 10:00")
			s, _ := newStore(t, clk.Now)
			doc := goLiveDoc()
			doc.Tasks = doc.Tasks[3:4] // 年底验收, due 2026-12-15
			if err := s.Subscribe(ctx, commerce, "CCOM"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Follow(ctx, []*plan.Document{doc}); err != nil {
				t.Fatal(err)
			}
			opt := DispatcherOptions{Lease: time.Minute}
			if c.since != "" {
				opt.NudgeSince = at(c.since)
			}
			rec := &batchRecorder{}
			d := NewDispatcher(s, rec, opt)
			for _, now := range []string{"2026-12-15 09:00", "2026-12-22 09:00", "2026-12-29 09:00"} {
				clk.Set(now)
				if _, err := d.Tick(ctx); err != nil {
					t.Fatal(err)
				}
				if now == "2026-12-15 09:00" {
					rec.reset() // due today: the ladder's last step
				}
			}
			if got := rec.byRoute(); !reflect.DeepEqual(got, c.want) {
				t.Errorf("after the deadline: %q, want %q", got, c.want)
			}
		})
	}
}
