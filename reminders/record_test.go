package reminders

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// TestRecordRoundTrip: a series and its occurrences read back as they were written, every kind;
// each field stays within the 64 bytes that keep a hash compact.
func TestRecordRoundTrip(t *testing.T) {
	sched := DefaultSchedule()
	tests := []struct {
		name  string
		x     Series
		after string
	}{
		{"deadline", Series{ID: "4d4a6179284df38c", Kind: SeriesDeadline, TaskID: "aaaa0001:1", Role: plan.RoleLead,
			Unit: commerce, Deadline: day("2026-12-01"), DeadlineKind: plan.KindBy, Until: day("2027-12-31")}, "2026-11-01 08:00"},
		{"deadline on the day", Series{ID: "4d4a6179284df38d", Kind: SeriesDeadline, TaskID: "aaaa0001:1",
			Role: plan.RoleParticipating, Unit: reform, Deadline: day("2026-12-01"), DeadlineKind: plan.KindTarget}, "2026-11-30 10:00"},
		{"overdue", Series{ID: "4d4a6179284df38e", Kind: SeriesDeadline, TaskID: "aaaa0001:1", Unit: plan.UnitRef{City: "衢州市"},
			Deadline: day("2026-10-01"), DeadlineKind: plan.KindBy}, "2026-11-01 08:00"},
		{"recurring", Series{ID: "71050c793ed6c831", Kind: SeriesRecurring, TaskID: "aaaa0001:2", Role: plan.RoleLead, Unit: stats,
			Rule: "FREQ=MONTHLY;BYMONTHDAY=10"}, "2026-11-01 08:00"},
		{"custom once", Series{ID: "cfc88f18e64", Kind: SeriesCustom, Route: "C1", At: at("2026-11-03 10:00"),
			Text: "交材料", Creator: "U1"}, "2026-11-01 08:00"},
		{"custom weekly", Series{ID: "cfc88f18e65", Kind: SeriesCustom, Unit: commerce, TaskID: "aaaa0001:1", Rule: "FREQ=WEEKLY;BYDAY=FR",
			At: at("2026-11-06 10:00"), Text: "周报"}, "2026-11-07 08:00"},
		{"digest", Series{ID: DigestSeriesID, Kind: SeriesDigest, Unit: LeadersUnit, Rule: "FREQ=WEEKLY;BYDAY=MO",
			At: at("2024-01-01 09:00"), Text: "督办周报"}, "2026-11-01 08:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pairs := encodeSeries(&tc.x)
			h := map[string]string{}
			for i := 0; i < len(pairs); i += 2 {
				v := pairs[i+1].(string)
				if len(v) > 64 {
					t.Errorf("field %s is %d bytes", pairs[i], len(v))
				}
				h[pairs[i].(string)] = v
			}
			got, err := decodeSeriesMap(tc.x.ID, h)
			if err != nil || !reflect.DeepEqual(got, tc.x) {
				t.Fatalf("read back\n%+v (%v), want\n%+v", got, err, tc.x)
			}
			o, ok := sched.Next(&tc.x, at(tc.after))
			if tc.name == "overdue" {
				o, ok = sched.FirstOverdue(&tc.x, at(tc.after)), true
			}
			if !ok {
				t.Fatal("no occurrence")
			}
			back, err := decodeOcc(&got, encodeOcc(&tc.x, o))
			if err != nil || back.ID != o.ID || !back.At.Equal(o.At) || back.Step != o.Step || back.Kind != o.Kind || back.Colour != o.Colour {
				t.Errorf("occurrence read back %+v (%v), want %+v", back, err, o)
			}
		})
	}
}

// TestRecordReadsJSON: a hash written before the compact record (the definition and occurrence as
// JSON) still reads, and the store renders it with the followed plan's titles.
func TestRecordReadsJSON(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	s, rdb := newStore(t, clk.Now)
	s.setDocs([]*plan.Document{testDoc()})
	x := Series{ID: "old1", Kind: SeriesDeadline, TaskID: "aaaa0001:1", Unit: commerce, Role: plan.RoleLead, TaskTitle: "旧标题",
		Deadline: day("2026-12-01"), DeadlineKind: plan.KindBy}
	o := Occurrence{ID: "old1@T-7", At: at("2026-11-20 09:00"), Step: "T-7", Kind: plan.KindBy, Colour: duties.Blue}
	def, _ := json.Marshal(x)
	occ, _ := json.Marshal(o)
	sh := s.sh(s.seriesShard(&x))
	rdb.HSet(ctx, sh.Series(x.ID), "def", def, "occ", occ, "state", "active", "at", ms(o.At))
	rdb.ZAdd(ctx, sh.Due(), redisZ(ms(o.At), x.ID))
	if err := s.Subscribe(ctx, commerce, "CCOM"); err != nil {
		t.Fatal(err)
	}
	clk.Set("2026-11-20 09:00")
	rec := &recorder{}
	if _, err := newDispatcher(s, rec).Tick(ctx); err != nil {
		t.Fatal(err)
	}
	got := rec.nudges()
	if len(got) != 1 || got[0].OccurrenceID != o.ID || got[0].TaskTitle != "综合保税区验收" || got[0].Quote != "2026年12月1日前" {
		t.Fatalf("delivered %+v", got)
	}
	v, _ := rdb.HGet(ctx, sh.Series(x.ID), "occ").Result()
	if v != "T-7|"+itoa(ms(at("2026-11-24 09:00"))) {
		t.Errorf("next occurrence stored as %q", v)
	}
}

// TestResyncRewritesJSON: a plan series kept as JSON (def) is rewritten in the short fields by the
// next sync; one already short is left alone.
func TestResyncRewritesJSON(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-01 08:00")
	s, rdb := newStore(t, clk.Now)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	want := PlanSeries([]*plan.Document{testDoc()})
	x := want[0]
	key := s.sh(s.seriesShard(&x)).Series(x.ID)
	short, _ := rdb.HGet(ctx, key, "k").Result()
	def, _ := json.Marshal(x)
	rdb.HDel(ctx, key, defFields[1:]...)
	rdb.HSet(ctx, key, "def", def)
	if _, err := s.Sync(ctx, []*plan.Document{testDoc()}); err != nil {
		t.Fatal(err)
	}
	got, _ := rdb.HMGet(ctx, key, "def", "k").Result()
	if got[0] != nil || got[1] != short {
		t.Errorf("after the re-sync def=%v k=%v, want none and %q", got[0], got[1], short)
	}
}
