package reminders

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/redis/go-redis/v9"
)

var (
	commerce = plan.UnitRef{City: "衢州市", Name: "市商务局"}
	reform   = plan.UnitRef{City: "衢州市", Name: "市发改委"}
	stats    = plan.UnitRef{City: "衢州市", Name: "市统计局"}
)

func TestSyncIsIdempotentAndReconciles(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-01 08:00")
	s, _ := newStore(t, clk.Now)

	doc := testDoc()
	res, err := s.Sync(ctx, []*plan.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	if res != (SyncResult{Added: 3}) {
		t.Fatalf("first sync: %+v", res)
	}
	res, err = s.Sync(ctx, []*plan.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	if res != (SyncResult{Kept: 3}) {
		t.Fatalf("second sync doubled something: %+v", res)
	}
	if n, _ := s.PendingCount(ctx); n != 3 {
		t.Fatalf("due set has %d, want 3", n)
	}

	// The plan is re-parsed: the deadline moved, the recurring duty went away.
	doc2 := testDoc()
	doc2.Tasks[0].Deadlines[0].Date = day("2026-12-15")
	doc2.Tasks = doc2.Tasks[:1]
	res, err = s.Sync(ctx, []*plan.Document{doc2})
	if err != nil {
		t.Fatal(err)
	}
	if res != (SyncResult{Added: 2, Removed: 3}) {
		t.Fatalf("re-parse: %+v", res)
	}
	ps, err := s.List(ctx, []plan.UnitRef{commerce, stats})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Series.Deadline != day("2026-12-15") {
		t.Fatalf("after re-parse: %+v", ps)
	}
	// T-30 of 12-15 is 11-15, a Sunday: the Friday before, 11-13.
	if want := at("2026-11-13 09:00"); !ps[0].At.Equal(want) {
		t.Errorf("next at %s, want %s", ps[0].At, want)
	}
	if n, _ := s.PendingCount(ctx); n != 2 {
		t.Errorf("due set has %d, want 2", n)
	}
}

func TestMarkDoneStopsNudgesAndColours(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-26 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	task := "aaaa0001:1"
	st, err := s.Status(ctx, task, commerce)
	if err != nil {
		t.Fatal(err)
	}
	if st.Colour != duties.Yellow || st.Deadline != day("2026-12-01") {
		t.Errorf("5 days before: %s %s, want yellow", st.Colour, st.Deadline)
	}
	if err := s.ReportProgress(ctx, Change{Task: task, Unit: commerce, By: "U1"}, "材料已报送"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDone(ctx, Change{Task: task, Unit: commerce, By: "U1"}); err != nil {
		t.Fatal(err)
	}
	st, err = s.Status(ctx, task, commerce)
	if err != nil {
		t.Fatal(err)
	}
	if st.Colour != duties.Green || st.DoneBy != "U1" || st.Progress != "材料已报送" || len(st.History) != 2 || st.History[0].Kind != EventDone {
		t.Errorf("after done: %+v", st)
	}
	// The participating unit is still on the hook and goes red after the deadline.
	clk.Set("2026-12-02 08:00")
	st, _ = s.Status(ctx, task, reform)
	if st.Colour != duties.Red {
		t.Errorf("participating unit after deadline: %s, want red", st.Colour)
	}
	// Only the participating unit's and the recurring series are still due.
	if n, _ := s.PendingCount(ctx); n != 2 {
		t.Errorf("due set has %d, want 2", n)
	}
	// A re-sync does not revive a done series.
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.PendingCount(ctx); n != 2 {
		t.Errorf("after re-sync the due set has %d, want 2", n)
	}
	boardAndDigestAfterDone(ctx, t, s)
}

// boardAndDigestAfterDone: the participating unit is red on the board, the lead that marked the task
// done green, and the digest counts and reports the same.
func boardAndDigestAfterDone(ctx context.Context, t *testing.T, s *Store) {
	board, err := s.Board(ctx, []plan.UnitRef{commerce, reform, stats})
	if err != nil {
		t.Fatal(err)
	}
	var colours []string
	for _, b := range board {
		colours = append(colours, b.Unit.Name+":"+b.Colour)
	}
	if got := strings.Join(colours, " "); got != "市发改委:red 市商务局:green 市统计局:green" {
		t.Errorf("board: %s", got)
	}
	dg, err := s.Digest(ctx, at("2026-11-01 00:00"))
	if err != nil {
		t.Fatal(err)
	}
	if dg.Counts[duties.Red] != 1 || dg.Counts[duties.Green] != 2 || len(dg.Events) != 2 || len(dg.Red) != 1 {
		t.Errorf("digest: %+v", dg)
	}
	if len(dg.Units) != 3 || dg.Units[0].Unit != reform || dg.Units[0].Red != 1 {
		t.Errorf("digest units: %+v", dg.Units)
	}
	for _, du := range dg.Units {
		if du.Unit == commerce && (du.Done != 1 || len(du.Events) != 2) {
			t.Errorf("digest for %s: %+v", commerce, du)
		}
	}
	if board[0].NextOccurrence == "" || board[0].NextAt.IsZero() || board[0].Role != plan.RoleParticipating {
		t.Errorf("board row lacks its pending occurrence or role: %+v", board[0])
	}
}

func TestSnoozeDelaysPendingNudge(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	until := at("2026-11-27 09:00")
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U2"}, until); err != nil {
		t.Fatal(err)
	}
	ps, err := s.List(ctx, []plan.UnitRef{commerce})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || !ps[0].At.Equal(until) {
		t.Fatalf("snoozed: %+v", ps)
	}
	if err := s.Snooze(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U2"}, at("2026-11-01 00:00")); err == nil {
		t.Error("snooze into the past accepted")
	}

	// A reminder someone created, snoozed from its nudge's occurrence id.
	x, o, err := s.Add(ctx, Custom{Route: "C1", At: at("2026-11-21 10:00"), Text: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Snooze(ctx, Change{Occurrence: o.ID, By: "U2"}, at("2026-11-22 10:00")); err != nil {
		t.Fatal(err)
	}
	ps, _ = s.List(ctx, nil)
	if len(ps) != 1 || ps[0].Series.ID != x.ID || !ps[0].At.Equal(at("2026-11-22 10:00")) {
		t.Errorf("custom snoozed: %+v", ps)
	}
	if err := s.Snooze(ctx, Change{Occurrence: "nope@1", By: "U2"}, at("2026-11-22 10:00")); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown occurrence: %v", err)
	}
}

func TestCustomRemindersAndRoutes(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	x, o, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-12-01 09:00"), Text: "综合保税区验收", Creator: "U3"})
	if err != nil {
		t.Fatal(err)
	}
	if !o.At.Equal(at("2026-12-01 09:00")) || !strings.HasPrefix(x.ID, "c") {
		t.Errorf("added %+v %+v", x, o)
	}
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-11-01 09:00"), Text: "过去"}); err == nil {
		t.Error("a reminder in the past was accepted")
	}
	if _, _, err := s.Add(ctx, Custom{Unit: commerce, At: at("2026-12-01 09:00"), Rule: "every full moon", Text: "x"}); err == nil {
		t.Error("a bad rule was accepted")
	}
	ps, err := s.List(ctx, nil)
	if err != nil || len(ps) != 1 {
		t.Fatalf("list: %v %+v", err, ps)
	}
	if err := s.Cancel(ctx, x.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Cancel(ctx, x.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("cancel twice: %v", err)
	}

	for _, r := range []string{"C1", "C2", "C1"} {
		if err := s.Subscribe(ctx, commerce, r); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []string{"bad route", "#衢州-商务局", "衢州-商务局", "c0123abcd", "D0123", "C1,C2", ""} {
		if err := s.Subscribe(ctx, commerce, bad); !errors.Is(err, ErrBadRoute) {
			t.Errorf("route %q: %v, want ErrBadRoute", bad, err)
		}
	}
	rs, _ := s.UnitRoutes(ctx, commerce)
	if strings.Join(rs, ",") != "C1,C2" {
		t.Errorf("routes %v", rs)
	}
	if err := s.Unsubscribe(ctx, commerce, "C1"); err != nil {
		t.Fatal(err)
	}
	rs, _ = s.UnitRoutes(ctx, commerce)
	if strings.Join(rs, ",") != "C2" {
		t.Errorf("after unsubscribe %v", rs)
	}
	n, err := s.LoadRoutes(ctx, strings.NewReader("# routes\n衢州市 市统计局 = C9, U7\n衢州市 = C0\nleaders = CLEAD\n"))
	if err != nil || n != 4 {
		t.Fatalf("load routes: %d %v", n, err)
	}
	all, _ := s.Routes(ctx)
	if strings.Join(all[stats], ",") != "C9,U7" || all[plan.UnitRef{City: "衢州市"}][0] != "C0" || all[LeadersUnit][0] != "CLEAD" {
		t.Errorf("routes: %v", all)
	}
	// A file naming a channel by its name loads nothing, and says which line.
	n, err = s.LoadRoutes(ctx, strings.NewReader("衢州市 市发改委 = CREF\n衢州市 市商务局 = #衢州-商务局\n"))
	if n != 0 || !errors.Is(err, ErrBadRoute) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a channel's name in a routes file: %d %v", n, err)
	}
	if rs, _ := s.UnitRoutes(ctx, reform); len(rs) != 0 {
		t.Errorf("a routes file with a mistake was loaded in part: %v", rs)
	}
}

func TestUnavailableIsClear(t *testing.T) {
	srv, err := redistest.Start("")
	if err != nil {
		t.Skip(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr, MaxRetries: -1, DialTimeout: 200 * time.Millisecond})
	defer rdb.Close()
	s := NewStore(rdb, StoreOptions{Prefix: "u:"})
	srv.Stop()
	ctx := context.Background()
	_, err = s.Sync(ctx, []*plan.Document{testDoc()})
	if !errors.Is(err, ErrUnavailable) || !strings.Contains(err.Error(), "sync schedules") {
		t.Errorf("Sync with Redis down: %v", err)
	}
	if err := s.MarkDone(ctx, Change{Task: "aaaa0001:1", Unit: commerce, By: "U1"}); !errors.Is(err, ErrUnavailable) {
		t.Errorf("MarkDone with Redis down: %v", err)
	}
	d := NewDispatcher(s, &recorder{}, DispatcherOptions{})
	if _, err := d.Tick(ctx); !errors.Is(err, ErrUnavailable) {
		t.Errorf("Tick with Redis down: %v", err)
	}
}

// TestConcurrentSyncSchedulesOnce: replicas starting together all sync the same plans; each series
// is armed once.
func TestConcurrentSyncSchedulesOnce(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-01 08:00")
	s, _ := newStore(t, clk.Now)
	results := make(chan SyncResult, 5)
	for i := 0; i < 5; i++ {
		go func() {
			res, err := s.Sync(ctx, []*plan.Document{testDoc()})
			if err != nil {
				t.Error(err)
			}
			results <- res
		}()
	}
	added := 0
	for i := 0; i < 5; i++ {
		r := <-results
		added += r.Added
		if r.Added+r.Kept != 3 || r.Removed != 0 {
			t.Errorf("sync result %+v", r)
		}
	}
	if added != 3 {
		t.Errorf("%d series armed in all, want 3", added)
	}
	if n, _ := s.PendingCount(ctx); n != 3 {
		t.Errorf("due set has %d, want 3", n)
	}
}

// DoneMarks says who marked a task done and when, for the pairs marked, and nothing for the others.
func TestDoneMarks(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-26 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	task := "aaaa0001:1"
	if err := s.MarkDone(ctx, Change{Task: task, Unit: commerce, By: "张三"}); err != nil {
		t.Fatal(err)
	}
	marks, err := s.DoneMarks(ctx, []duties.TaskUnit{{Task: task, Unit: commerce}, {Task: task, Unit: reform}})
	if err != nil {
		t.Fatal(err)
	}
	m, ok := marks[duties.TaskUnit{Task: task, Unit: commerce}]
	if len(marks) != 1 || !ok || m.By != "张三" || !m.At.Equal(at("2026-11-26 08:00")) {
		t.Errorf("marks %+v", marks)
	}
}

// TestListOnceAndNoLeaks: a unit's list holds each reminder once (a reminder about a task is in the
// unit's task set too) and nothing sent straight to another channel; a channel's list holds what
// goes there.
func TestListOnceAndNoLeaks(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, _ := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	add := func(c Custom) string {
		t.Helper()
		c.At = at("2026-11-25 09:00")
		x, _, err := s.Add(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		return x.ID
	}
	about := add(Custom{Unit: commerce, TaskID: "aaaa0001:1", Text: "验收材料"})
	plain := add(Custom{Unit: commerce, Text: "开会"})
	elsewhere := add(Custom{Route: "COTHER", Text: "别的频道"})
	other := add(Custom{Unit: reform, Text: "发改委的"})
	for u, r := range map[plan.UnitRef]string{commerce: "CCOM", reform: "CREF"} {
		if err := s.Subscribe(ctx, u, r); err != nil {
			t.Fatal(err)
		}
	}
	ids := func(ps []Pending) map[string]int {
		m := map[string]int{}
		for _, p := range ps {
			m[p.Series.ID]++
		}
		return m
	}
	ps, err := s.List(ctx, []plan.UnitRef{commerce})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(ps)
	for id, n := range got {
		if n != 1 {
			t.Errorf("%s listed %d times", id, n)
		}
	}
	if got[about] != 1 || got[plain] != 1 || got[elsewhere] != 0 || got[other] != 0 || len(got) != 3 {
		t.Errorf("市商务局's list %v: want its two reminders and its deadline", got)
	}
	ps, err = s.ListRoute(ctx, "CREF")
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(ps); got[other] != 1 || got[about] != 0 || got[elsewhere] != 0 || len(got) != 2 {
		t.Errorf("CREF's list %v: want 市发改委's reminder and deadline", got)
	}
	if ps, _ := s.ListRoute(ctx, "COTHER"); len(ps) != 1 || ps[0].Series.ID != elsewhere {
		t.Errorf("COTHER's list %+v", ps)
	}
}
