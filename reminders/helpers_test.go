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
