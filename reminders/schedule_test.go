package reminders

import (
	"reflect"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, plan.Shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

// walk lists every occurrence of x from after up to limit.
func walk(s Schedule, x *Series, after, limit time.Time) []string {
	var out []string
	for {
		o, ok := s.Next(x, after)
		if !ok || o.At.After(limit) {
			return out
		}
		out = append(out, o.At.Format("2006-01-02 15:04")+" "+o.Step+" "+o.Colour)
		after = o.At
	}
}

func TestNextDeadlineLadder(t *testing.T) {
	s := DefaultSchedule()
	tests := []struct {
		name     string
		deadline string
		from     string
		want     []string
	}{
		{"plain weekdays", "2026-12-01", "2026-10-01 00:00", []string{
			"2026-10-30 09:00 T-30 blue", // 11-01 is a Sunday: the Friday before
			"2026-11-24 09:00 T-7 blue",
			"2026-11-30 09:00 T-1 blue",
			"2026-12-01 09:00 T-0 yellow",
			"2026-12-08 09:00 O+1 red",
			"2026-12-15 09:00 O+2 red",
		}},
		{"deadline in a holiday", "2026-10-05", "2026-08-01 00:00", []string{
			"2026-09-04 09:00 T-30 blue",
			"2026-09-28 09:00 T-7 blue",
			"2026-09-30 09:00 T-0 yellow", // T-1 (10-04) and T-0 (10-05) both fall back to 09-30: the urgent one wins
			"2026-10-12 09:00 O+1 red",
			"2026-10-19 09:00 O+2 red",
		}},
		{"started late: only what is left", "2026-12-01", "2026-11-27 10:00", []string{
			"2026-11-30 09:00 T-1 blue",
			"2026-12-01 09:00 T-0 yellow",
			"2026-12-08 09:00 O+1 red",
		}},
		{"long overdue: next weekly slot", "2025-06-30", "2026-11-23 12:00", []string{
			"2026-11-30 09:00 O+74 red", // 2025-06-30 was a Monday; O+73 fell this morning, before from
			"2026-12-07 09:00 O+75 red",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &Series{ID: "s", Kind: SeriesDeadline, Deadline: day(tt.deadline), DeadlineKind: KindBy}
			got := walk(s, x, at(tt.from), at(tt.want[len(tt.want)-1][:16]))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestNextRecurring(t *testing.T) {
	s := DefaultSchedule()
	tests := []struct {
		rule string
		from string
		want []string
	}{
		{"FREQ=MONTHLY;BYMONTHDAY=10", "2026-08-10 09:00", []string{
			"2026-09-10 09:00 2026-09-10 yellow",
			"2026-10-10 09:00 2026-10-10 yellow", // a Saturday, but worked (国庆调休)
			"2026-11-10 09:00 2026-11-10 yellow",
			"2026-12-10 09:00 2026-12-10 yellow",
			"2027-01-08 09:00 2027-01-10 yellow", // Sunday: the Friday before
		}},
		{"FREQ=MONTHLY;INTERVAL=3", "2026-01-01 12:00", []string{
			// a quarterly duty naming no day is due by each quarter's end (all working days here)
			"2026-03-31 09:00 2026-03-31 yellow",
			"2026-06-30 09:00 2026-06-30 yellow",
			"2026-09-30 09:00 2026-09-30 yellow",
		}},
		{"FREQ=DAILY", "2026-12-03 12:00", []string{
			// a daily duty (每日报送) is nudged each working day: the weekend is skipped, not moved onto the Friday
			"2026-12-04 09:00 2026-12-04 yellow",
			"2026-12-07 09:00 2026-12-07 yellow",
			"2026-12-08 09:00 2026-12-08 yellow",
		}},
		{"FREQ=DAILY", "2026-12-31 12:00", []string{
			"2027-01-04 09:00 2027-01-04 yellow", // 元旦 and the weekend after it are no working days
		}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			x := &Series{ID: "s", Kind: SeriesRecurring, Rule: tt.rule}
			got := walk(s, x, at(tt.from), at(tt.want[len(tt.want)-1][:16]))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s: got\n%q\nwant\n%q", tt.rule, got, tt.want)
			}
		})
	}
}

func TestNextCustom(t *testing.T) {
	s := DefaultSchedule()
	once := &Series{ID: "c1", Kind: SeriesCustom, At: at("2026-12-01 09:30")}
	if o, ok := s.Next(once, at("2026-11-30 00:00")); !ok || !o.At.Equal(at("2026-12-01 09:30")) {
		t.Errorf("once: %v %v", o, ok)
	}
	if _, ok := s.Next(once, at("2026-12-01 09:30")); ok {
		t.Error("once fired twice")
	}
	weekly := &Series{ID: "c2", Kind: SeriesCustom, At: at("2026-11-23 14:00"), Rule: "FREQ=WEEKLY"}
	got := walk(s, weekly, at("2026-11-23 00:00"), at("2026-12-07 14:00"))
	want := []string{"2026-11-23 14:00 2026-11-23 blue", "2026-11-30 14:00 2026-11-30 blue", "2026-12-07 14:00 2026-12-07 blue"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("weekly: got %q want %q", got, want)
	}
}

func TestParseLadder(t *testing.T) {
	tests := []struct {
		in   string
		want []int
		ok   bool
	}{
		{"30d,7d,1d,0d", []int{30, 7, 1, 0}, true},
		{"0d, 2w ,3", []int{14, 3, 0}, true},
		{"", nil, false},
		{"soon", nil, false},
		{"-1d", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseLadder(tt.in)
			if (err == nil) != tt.ok || !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ParseLadder(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
}

func TestParseWeekly(t *testing.T) {
	tests := []struct {
		in     string
		rule   string
		hh, mm int
		ok     bool
	}{
		{"mon 09:00", "FREQ=WEEKLY;BYDAY=MO", 9, 0, true},
		{"Fri 17:30", "FREQ=WEEKLY;BYDAY=FR", 17, 30, true},
		{"off", "", 0, 0, true},
		{"someday", "", 0, 0, false},
		{"mon 9am", "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			rule, hh, mm, err := ParseWeekly(tt.in)
			if (err == nil) != tt.ok || rule != tt.rule || hh != tt.hh || mm != tt.mm {
				t.Errorf("ParseWeekly(%q) = %q %d:%d, %v", tt.in, rule, hh, mm, err)
			}
		})
	}
}

func TestRenderOverdueNeverUpcoming(t *testing.T) {
	x := &Series{ID: "s", Kind: SeriesDeadline, Unit: plan.UnitRef{City: "衢州市", Name: "市商务局"}, TaskTitle: "验收",
		Deadline: day("2026-12-01"), DeadlineKind: KindBy}
	// A T-7 nudge delivered after the deadline (dutybot was down) must say overdue.
	o := Occurrence{ID: "s@T-7", At: at("2026-11-24 09:00"), Step: "T-7", Kind: KindBy, Colour: duties.Blue}
	kind, colour, text := Render(x, o, at("2026-12-03 10:00"), true)
	if kind != KindOverdue || colour != duties.Red {
		t.Errorf("kind %s colour %s, want overdue red", kind, colour)
	}
	if want := "（补发）【红色预警】市商务局：“验收”已于 2026-12-01 到期，逾期 2 天，尚未报告完成。"; text != want {
		t.Errorf("text %q\nwant %q", text, want)
	}
	_, colour, text = Render(x, o, at("2026-11-24 09:00"), false)
	if colour != duties.Blue || text != "【蓝色提醒】市商务局：“验收”将于 2026-12-01 到期，还有 7 天。" {
		t.Errorf("upcoming: %s %q", colour, text)
	}
}

func TestPlanSeries(t *testing.T) {
	got := PlanSeries([]*plan.Document{testDoc()})
	var kinds []string
	for _, x := range got {
		kinds = append(kinds, x.Kind+" "+x.Unit.Name+" "+x.Role)
	}
	want := []string{"deadline 市商务局 lead", "deadline 市发改委 participating", "recurring 市统计局 lead"}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("got %q want %q", kinds, want)
	}
	again := PlanSeries([]*plan.Document{testDoc()})
	for i := range got {
		if got[i].ID != again[i].ID {
			t.Errorf("series id not stable: %s vs %s", got[i].ID, again[i].ID)
		}
	}
	// A task with no units is scheduled for its city as a whole.
	d := testDoc()
	d.Tasks[0].Lead, d.Tasks[0].Participating = nil, nil
	if xs := PlanSeries([]*plan.Document{d}); xs[0].Unit != (plan.UnitRef{City: "衢州市"}) {
		t.Errorf("unitless task: %+v", xs[0].Unit)
	}
}

func TestSnoozeForLandsAtAWorkingHour(t *testing.T) {
	s := DefaultSchedule()
	for _, c := range []struct {
		now, want string
		days      int
	}{
		{"2026-11-20 05:17", "2026-11-27 09:00", 7}, // a Friday: a week later, at the nudge time
		{"2026-11-20 17:40", "2026-11-23 09:00", 1}, // Saturday: the Monday after
		{"2026-09-30 10:00", "2026-10-08 09:00", 1}, // National Day holiday: the first working day after
	} {
		if got := s.SnoozeFor(at(c.now), c.days); !got.Equal(at(c.want)) {
			t.Errorf("SnoozeFor(%s, %d) = %s, want %s", c.now, c.days, got, c.want)
		}
	}
}
