package reminders

import (
	"context"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

// clock is a test clock that only moves when told.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(s string) *clock {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, plan.Shanghai)
	if err != nil {
		panic(err)
	}
	return &clock{t: t}
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(s string) {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, plan.Shanghai)
	if err != nil {
		panic(err)
	}
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newStore(t testing.TB, now func() time.Time) (*Store, *redis.Client) {
	t.Helper()
	c, prefix := redistest.Client(t)
	return NewStore(c, StoreOptions{Prefix: prefix, Now: now}), c
}

func day(s string) plan.Day {
	d, err := plan.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

// testDoc is a plan of 衢州市 with one deadline task and one recurring duty.
func testDoc() *plan.Document {
	d := &plan.Document{ID: "aaaa0001", Title: "衢州市测试实施方案", City: "衢州市"}
	ref := new(d.Ref())
	d.Tasks = []plan.Task{
		{ID: "aaaa0001:1", Doc: ref, Section: "一、重点任务", Number: "1", Title: "综合保税区验收",
			Lead: []string{"市商务局"}, Participating: []string{"市发改委"},
			Deadlines: []plan.Deadline{{Quote: "2026年12月1日前", Date: day("2026-12-01"), Kind: plan.KindBy}}},
		{ID: "aaaa0001:2", Doc: ref, Section: "二、保障措施", Number: "2", Title: "月度通报",
			Lead:      []string{"市统计局"},
			Recurring: []plan.Recurring{{Quote: "每月10日前通报", Rule: plan.Rule{Freq: plan.Monthly, MonthDay: 10}}}},
	}
	return d
}

// recorder is a Notifier that records what it was given, and can fail or crash on demand.
type recorder struct {
	mu     sync.Mutex
	got    []Nudge
	ids    map[string]int
	fail   func(n Nudge) error // nil: succeed
	after  func(n Nudge)       // called after a successful send (a crash hook)
	checks int
}

func (r *recorder) Notify(ctx context.Context, n Nudge) (Receipt, error) {
	if err := ctx.Err(); err != nil {
		return Receipt{}, err
	}
	if r.fail != nil {
		if err := r.fail(n); err != nil {
			return Receipt{}, err
		}
	}
	r.mu.Lock()
	if r.ids == nil {
		r.ids = map[string]int{}
	}
	r.got = append(r.got, n)
	r.ids[n.OccurrenceID]++
	after := r.after
	r.mu.Unlock()
	if after != nil {
		after(n)
	}
	return Receipt{Route: n.Route, ID: n.OccurrenceID}, nil
}

func (r *recorder) nudges() []Nudge {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Nudge(nil), r.got...)
}

// checkingRecorder also answers Delivered from what it recorded, as Slack does from history.
type checkingRecorder struct{ *recorder }

func (c checkingRecorder) Delivered(ctx context.Context, n Nudge) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.checks++
	return c.ids[n.OccurrenceID] > 0, nil
}

var _ DeliveryChecker = checkingRecorder{}

func redisZ(score int64, member string) redis.Z {
	return redis.Z{Score: float64(score), Member: member}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// januaryAfterDone syncs doc and routes 市统计局 (stats) to CSTA; once December's nudge of its monthly
// duty (aaaa0001:2, 每月10日前通报) has come on 2026-12-10 at 09:00, it marks the duty done at 10:30 and
// returns how many nudges of the duty come on its January days (2027-01-08 and 2027-01-11).
func januaryAfterDone(t *testing.T, s *Store, clk *clock, doc *plan.Document) int {
	t.Helper()
	ctx := context.Background()
	if _, err := s.Sync(ctx, []*plan.Document{doc}); err != nil {
		t.Fatal(err)
	}
	if err := s.Subscribe(ctx, stats, "CSTA"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	monthly := func(ns []Nudge) int {
		k := 0
		for _, n := range ns {
			if n.Unit == stats && n.Kind == KindRecurring {
				k++
			}
		}
		return k
	}
	if monthly(rev57Tick(t, clk, d, rec, "2026-12-10 09:00")) == 0 {
		t.Fatal("no December nudge of the monthly duty")
	}
	clk.Set("2026-12-10 10:30")
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:2", Unit: stats, By: "U0STATS"}); err != nil {
		t.Fatal(err)
	}
	n := monthly(rev57Tick(t, clk, d, rec, "2027-01-08 09:00"))
	n += monthly(rev57Tick(t, clk, d, rec, "2027-01-11 09:00"))
	return n
}

// housing is 丽水市's 市住建局, the lead of rev61Plan's 推进工程建设项目审批提速.
var housing = plan.UnitRef{City: "丽水市", Name: "市住建局"}

// housingDone brings the schedules in step with rev61Plan as first issued, by follow (s.Sync or
// s.Follow), and marks housing's share of 推进工程建设项目审批提速 done (by U0ZHANG): the plan and the
// task whose mark a revision that renumbers it has to carry.
func housingDone(t *testing.T, s *Store, follow func(context.Context, []*plan.Document) (SyncResult, error)) (*plan.Document, *plan.Task) {
	t.Helper()
	ctx := context.Background()
	v1 := rev61Plan(t, "")
	if _, err := follow(ctx, []*plan.Document{v1}); err != nil {
		t.Fatal(err)
	}
	task := rev61Task(t, v1, "推进工程建设项目审批提速")
	if err := s.MarkDone(ctx, Change{Task: task.ID, Unit: housing, By: "U0ZHANG"}); err != nil {
		t.Fatal(err)
	}
	return v1, task
}
