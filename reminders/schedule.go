package reminders

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Series kinds.
const (
	SeriesDeadline  = "deadline"  // one deadline of a task, for one unit: the ladder, then weekly red
	SeriesRecurring = "recurring" // a recurring duty of a task, for one unit
	SeriesCustom    = "custom"    // a reminder a person created
	SeriesDigest    = "digest"    // the leaders' weekly digest (one series, id DigestSeriesID)
)

// DigestSeriesID is the id of the digest series: one for the whole deployment, so replicas that
// schedule it agree.
const DigestSeriesID = "digest"

// Nudge kinds.
const (
	KindBy        = plan.KindBy
	KindTarget    = plan.KindTarget
	KindRecurring = "recurring"
	KindOverdue   = "overdue"
	KindCustom    = "custom"
	KindDigest    = "digest" // the notifier renders Store.Digest for the leaders
	// KindBacklog is an item of a unit's overdue list (逾期清单): a deadline that passed before the
	// unit could be told, sent once; KindBacklogSummary is the leaders' summary of the lists.
	KindBacklog        = "backlog"
	KindBacklogSummary = "backlog-summary"
)

// Series is one stream of nudges for one unit: the ladder of a deadline, a recurring duty, or a
// reminder someone created. At most one occurrence of a series is pending at a time; delivering it
// arms the next.
type Series struct {
	ID     string `json:"id"`
	Kind   string `json:"kind"` // SeriesDeadline, SeriesRecurring, SeriesCustom
	TaskID string `json:"task,omitempty"`
	// TaskNumber is the task's number as printed; Role the unit's role in it.
	TaskNumber string       `json:"number,omitempty"`
	Role       string       `json:"role,omitempty"`
	Unit       plan.UnitRef `json:"unit"` // Name "" means the city as a whole (a task with no units)

	PlanTitle string `json:"plan,omitempty"`
	Section   string `json:"section,omitempty"`
	TaskTitle string `json:"title,omitempty"`
	Quote     string `json:"quote,omitempty"`

	Deadline     plan.Day `json:"deadline,omitempty"`      // SeriesDeadline
	DeadlineKind string   `json:"deadline_kind,omitempty"` // by | target
	Rule         string   `json:"rule,omitempty"`          // RRULE text; SeriesRecurring, or a repeating custom
	// Until is the last day a plan series nudges on (the end of its plan's period, or of its part's):
	// recurring duties stop then, and so do the red notices of a deadline past. Zero: no end.
	Until plan.Day `json:"until,omitempty"`

	At      time.Time `json:"at,omitempty"`      // SeriesCustom: the first (or only) time
	Text    string    `json:"text,omitempty"`    // SeriesCustom: what to say
	Route   string    `json:"route,omitempty"`   // SeriesCustom: where, when given explicitly
	Creator string    `json:"creator,omitempty"` // SeriesCustom: who made it
}

// Occurrence is one due nudge of a series.
type Occurrence struct {
	ID     string    `json:"id"` // series id @ step: stable, so a delivery can be recognised later
	At     time.Time `json:"at"` // when it is due to go out
	Step   string    `json:"step"`
	Kind   string    `json:"kind"`
	Colour string    `json:"colour"`
}

// Schedule turns series into occurrences: the lead-time ladder, the time of day and the working
// days.
type Schedule struct {
	// Ladder is the days before a deadline that nudge, e.g. 30, 7, 1, 0.
	Ladder []int
	// Hour and Minute are the time of day of plan nudges, in plan.Zone.
	Hour, Minute int
	// OverdueEvery is the days between red notices once a deadline has passed.
	OverdueEvery int
	// Calendar moves nudges off weekends and holidays; nil means weekends only.
	Calendar *Calendar
}

// DefaultSchedule is 30, 7 and 1 days before and on the day, at 09:00, weekly when overdue.
func DefaultSchedule() Schedule {
	return Schedule{Ladder: []int{30, 7, 1, 0}, Hour: 9, OverdueEvery: 7, Calendar: DefaultCalendar()}
}

// ParseLadder reads "30d,7d,1d,0d" (a bare number is days; "2w" is two weeks).
func ParseLadder(s string) ([]int, error) {
	var out []int
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		n, err := ParseDays(p)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("ladder step %q: want days such as 30d, 7d, 0d", p)
		}
		out = append(out, n)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("ladder %q has no steps", s)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(out)))
	return out, nil
}

// MaxDays is the most days a window or a snooze may span (a century): a number past it is a typo
// or a probe, and days past it overflow the dates they are added to (a window that ends before it
// starts, silently empty).
const MaxDays = 36600

// ParseDays reads "30d", "2w" or "30" as a number of days, at most MaxDays.
func ParseDays(s string) (int, error) {
	s = strings.TrimSpace(strings.ToLower(s))
	mul := 1
	switch {
	case strings.HasSuffix(s, "d"):
		s = strings.TrimSuffix(s, "d")
	case strings.HasSuffix(s, "w"):
		s, mul = strings.TrimSuffix(s, "w"), 7
	}
	n, err := strconv.Atoi(s)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, fmt.Errorf("%q is not a number of days (30d, 2w)", s)
	}
	if err != nil || n > MaxDays/mul || n < -MaxDays {
		return 0, fmt.Errorf("%q: at most %d days", s, MaxDays)
	}
	return n * mul, nil
}

// ParseWeekly reads a weekly time such as "mon 09:00" (DUTYBOT_DIGEST_AT, `remind digest
// --schedule`) into an RRULE and a time of day; "off" gives an empty rule.
func ParseWeekly(s string) (rule string, hh, mm int, err error) {
	if strings.TrimSpace(s) == "off" {
		return "", 0, 0, nil
	}
	f := strings.Fields(s)
	codes := map[string]string{"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU"}
	if len(f) != 2 || codes[strings.ToLower(f[0])] == "" {
		return "", 0, 0, fmt.Errorf("%q: want a weekday and a time such as \"mon 09:00\", or off", s)
	}
	if hh, mm, err = ParseClock(f[1]); err != nil {
		return "", 0, 0, err
	}
	return "FREQ=WEEKLY;BYDAY=" + codes[strings.ToLower(f[0])], hh, mm, nil
}

// Monthly is a time each month, as DUTYBOT_REPORT_AT says it ("monthly 25 09:00"); Day 0 is off.
type Monthly struct {
	Day, Hour, Minute int
}

// ParseMonthly reads "monthly 25 09:00" (a day of the month, 1 to 31, and a time), or "off".
func ParseMonthly(s string) (Monthly, error) {
	if t := strings.TrimSpace(s); t == "off" || t == "" {
		return Monthly{}, nil
	}
	f := strings.Fields(s)
	if len(f) != 3 || strings.ToLower(f[0]) != "monthly" {
		return Monthly{}, fmt.Errorf("%q: want \"monthly DAY HH:MM\" such as \"monthly 25 09:00\", or off", s)
	}
	day, err := strconv.Atoi(f[1])
	if err != nil || day < 1 || day > 31 {
		return Monthly{}, fmt.Errorf("%q: the day of the month must be 1 to 31", s)
	}
	hh, mm, err := ParseClock(f[2])
	if err != nil {
		return Monthly{}, err
	}
	return Monthly{Day: day, Hour: hh, Minute: mm}, nil
}

// In is the moment of the month of now (in plan.Zone()): its Day, or the month's last day when it
// has fewer, at the time of day.
func (m Monthly) In(now time.Time) time.Time {
	now = now.In(plan.Zone())
	last := time.Date(now.Year(), now.Month()+1, 0, 0, 0, 0, 0, plan.Zone()).Day()
	return time.Date(now.Year(), now.Month(), min(m.Day, last), m.Hour, m.Minute, 0, 0, plan.Zone())
}

// ParseClock reads "09:00".
func ParseClock(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("time of day %q: want HH:MM such as 09:00", s)
	}
	return t.Hour(), t.Minute(), nil
}

func (s Schedule) workday(d plan.Day) plan.Day {
	if s.Calendar == nil {
		for wd := d.Time(12, 0).Weekday(); wd == time.Saturday || wd == time.Sunday; wd = d.Time(12, 0).Weekday() {
			d = d.AddDays(-1)
		}
		return d
	}
	return s.Calendar.WorkdayOnOrBefore(d)
}

func (s Schedule) isWorkday(d plan.Day) bool { return s.workday(d) == d }

// SnoozeFor is when a nudge snoozed for days from now comes back: that day at the nudge time, or the
// first working day after it — a working hour, not the minute the snooze was asked for.
func (s Schedule) SnoozeFor(now time.Time, days int) time.Time {
	d := plan.DayOf(now).AddDays(days)
	for i := 0; i < 60 && !s.isWorkday(d); i++ {
		d = d.AddDays(1)
	}
	return d.Time(s.Hour, s.Minute)
}

// Next returns the first occurrence of series x due strictly after after; ok is false when the
// series has no more.
func (s Schedule) Next(x *Series, after time.Time) (Occurrence, bool) {
	switch x.Kind {
	case SeriesDeadline:
		return s.nextDeadline(x, after)
	case SeriesRecurring:
		r, err := plan.ParseRule(x.Rule)
		if err != nil {
			return Occurrence{}, false
		}
		o, ok := s.nextRule(x, r, s.Hour, s.Minute, after, KindRecurring, duties.Yellow)
		if ok && !x.Until.IsZero() && x.Until.Before(plan.DayOf(o.At)) {
			return Occurrence{}, false
		}
		return o, ok
	case SeriesDigest:
		// The digest keeps its weekday: a holiday Monday is still the start of the week.
		r, err := plan.ParseRule(x.Rule)
		if err != nil {
			return Occurrence{}, false
		}
		at := x.At.In(plan.Zone())
		for d := plan.DayOf(after).AddDays(-1); ; {
			if d = r.Next(d); d.IsZero() {
				return Occurrence{}, false
			}
			if t := d.Time(at.Hour(), at.Minute()); t.After(after) {
				return Occurrence{ID: x.ID + "@" + d.String(), At: t, Step: d.String(), Kind: KindDigest, Colour: duties.Blue}, true
			}
		}
	case SeriesCustom:
		if x.Rule == "" {
			if x.At.After(after) {
				return Occurrence{ID: x.ID + "@" + strconv.FormatInt(x.At.Unix(), 10), At: x.At, Step: "once", Kind: KindCustom, Colour: duties.Blue}, true
			}
			return Occurrence{}, false
		}
		r, err := plan.ParseRule(x.Rule)
		if err != nil {
			return Occurrence{}, false
		}
		at := x.At.In(plan.Zone())
		if at.After(after) {
			return Occurrence{ID: x.ID + "@" + plan.DayOf(at).String(), At: at, Step: plan.DayOf(at).String(), Kind: KindCustom, Colour: duties.Blue}, true
		}
		// A reminder someone set repeats from the first day they gave (its intervals count from it:
		// every two weeks from the 11th is the 11th, the 25th …) and at the day and time they chose
		// every time: it is not moved to a working day, as its first occurrence is not.
		start := plan.DayOf(at)
		for d, i := plan.DayOf(after).AddDays(-1), 0; i < 2000; i++ {
			if d = r.NextFrom(start, d); d.IsZero() {
				return Occurrence{}, false
			}
			if t := d.Time(at.Hour(), at.Minute()); t.After(after) {
				return Occurrence{ID: x.ID + "@" + d.String(), At: t, Step: d.String(), Kind: KindCustom, Colour: duties.Blue}, true
			}
		}
		return Occurrence{}, false
	}
	return Occurrence{}, false
}

func (s Schedule) nextRule(x *Series, r plan.Rule, hh, mm int, after time.Time, kind, colour string) (Occurrence, bool) {
	// Working-day moves go back at most a couple of weeks, so start looking a little before.
	d := plan.DayOf(after).AddDays(-20)
	for i := 0; i < 2000; i++ {
		d = r.Next(d)
		if d.IsZero() {
			return Occurrence{}, false
		}
		if r.Freq == plan.Daily && !s.isWorkday(d) {
			continue // a daily duty (每日报送) is nudged on working days, not thrice on the Friday before a weekend
		}
		at := s.workday(d).Time(hh, mm)
		if at.After(after) {
			return Occurrence{ID: x.ID + "@" + d.String(), At: at, Step: d.String(), Kind: kind, Colour: colour}, true
		}
	}
	return Occurrence{}, false
}

// NextEscalation is when deadline series x next sends a red notice (copied to the leaders) after
// after; ok is false for other series and when it sends none (its plan's period ends first).
func (s Schedule) NextEscalation(x *Series, after time.Time) (time.Time, bool) {
	if x.Kind != SeriesDeadline {
		return time.Time{}, false
	}
	for i := 0; i < len(s.Ladder)+2; i++ {
		o, ok := s.nextDeadline(x, after)
		if !ok {
			return time.Time{}, false
		}
		if o.Kind == KindOverdue {
			return o.At, true
		}
		after = o.At
	}
	return time.Time{}, false
}

// FirstOverdue is the occurrence a deadline series gets when it is armed after its deadline passed:
// the next nudge time on a working day. The dispatcher sends it in the unit's overdue list.
func (s Schedule) FirstOverdue(x *Series, after time.Time) Occurrence {
	d := plan.DayOf(after)
	for i := 0; i < 60; i++ {
		if at := d.Time(s.Hour, s.Minute); s.isWorkday(d) && at.After(after) {
			return Occurrence{ID: x.ID + "@late", At: at, Step: "late", Kind: KindOverdue, Colour: duties.Red}
		}
		d = d.AddDays(1)
	}
	return Occurrence{ID: x.ID + "@late", At: after, Step: "late", Kind: KindOverdue, Colour: duties.Red}
}

func (s Schedule) nextDeadline(x *Series, after time.Time) (Occurrence, bool) {
	dl := x.Deadline
	if dl.IsZero() {
		return Occurrence{}, false
	}
	// The ladder, most urgent step winning when two land on the same working day.
	best, found := Occurrence{}, false
	for _, n := range s.Ladder {
		at := s.workday(dl.AddDays(-n)).Time(s.Hour, s.Minute)
		if !at.After(after) {
			continue
		}
		if !found || at.Before(best.At) || at.Equal(best.At) {
			colour := duties.Blue
			if n == 0 {
				colour = duties.Yellow
			}
			best = Occurrence{ID: fmt.Sprintf("%s@T-%d", x.ID, n), At: at, Step: fmt.Sprintf("T-%d", n), Kind: x.DeadlineKind, Colour: colour}
			found = true
		}
	}
	if found {
		return best, true
	}
	// Overdue: every OverdueEvery days after the deadline, red.
	every := s.OverdueEvery
	if every <= 0 {
		every = 7
	}
	k := int(plan.DayOf(after).Time(12, 0).Sub(dl.Time(12, 0)).Hours()/24)/every - 1
	if k < 1 {
		k = 1
	}
	for ; ; k++ {
		d := dl.AddDays(k * every)
		if !x.Until.IsZero() && x.Until.Before(d) {
			return Occurrence{}, false // the plan's period is over: no more red notices
		}
		w := s.workday(d)
		if !dl.Before(w) { // a long holiday moved it back onto the deadline: go forward instead
			for w = d; !s.isWorkday(w); w = w.AddDays(1) {
			}
		}
		if at := w.Time(s.Hour, s.Minute); at.After(after) {
			return Occurrence{ID: fmt.Sprintf("%s@O+%d", x.ID, k), At: at, Step: fmt.Sprintf("O+%d", k), Kind: KindOverdue, Colour: duties.Red}, true
		}
	}
}

// seriesID is a short stable hash of what makes a plan series itself.
func seriesID(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x1f")))
	return hex.EncodeToString(h[:8])
}

// PlanSeries returns the series the plans call for: one per duty (duties.Of) — each deadline that
// counts and each recurring duty, for each of its units. A task with no units gets series for its
// city as a whole (Unit.Name ""). It takes no account of the plans' lifecycle; the store arms only
// the series of plans (and parts of plans) that still nudge.
func PlanSeries(docs []*plan.Document) []Series { return planSeries(docs, nil) }

// planSeries is PlanSeries, keeping only what nudges as lc says when lc is not nil (with each
// series' Until set).
func planSeries(docs []*plan.Document, lc *lifecycle) []Series {
	var out []Series
	status := map[*plan.Document]PlanStatus{}
	for _, d := range duties.Of(docs) {
		t := d.Task
		x := Series{TaskID: t.ID, TaskNumber: t.Number, PlanTitle: d.Doc.Title, Section: t.Section, TaskTitle: duties.Title(t),
			Unit: d.Unit, Role: d.Role}
		if lc != nil {
			st, ok := status[d.Doc]
			if !ok {
				st = lc.plan(d.Doc)
				status[d.Doc] = st
			}
			until, nudges := lc.until(d.Doc, st, t)
			if !nudges {
				continue
			}
			x.Until = until
		}
		if d.Recurring == nil {
			x.Kind, x.Deadline, x.DeadlineKind, x.Quote = SeriesDeadline, d.Deadline.Date, duties.Kind(d.Deadline), d.Deadline.Quote
			x.ID = seriesID("d", t.ID, d.Unit.City, d.Unit.Name, x.Deadline.String(), x.DeadlineKind)
		} else {
			x.Kind, x.Rule, x.Quote = SeriesRecurring, d.Recurring.Rule.String(), d.Recurring.Quote
			x.ID = seriesID("r", t.ID, d.Unit.City, d.Unit.Name, x.Rule, x.Quote)
		}
		out = append(out, x)
	}
	return out
}

// Render says a nudge in words, as of now: a deadline already past is overdue whatever the step
// said, and a nudge sent long after it fell due says so.
func Render(x *Series, o Occurrence, now time.Time, late bool) (kind, colour, text string) {
	kind, colour = o.Kind, o.Colour
	unit := x.Unit.Name
	if unit == "" {
		unit = x.Unit.City
	}
	var b strings.Builder
	if late {
		b.WriteString("（补发）")
	}
	today := plan.DayOf(now)
	switch x.Kind {
	case SeriesDeadline:
		days := int(x.Deadline.Time(12, 0).Sub(today.Time(12, 0)).Hours() / 24)
		switch {
		case days < 0:
			kind, colour = KindOverdue, duties.Red
			fmt.Fprintf(&b, "【红色预警】%s：“%s”已于 %s 到期，逾期 %d 天，尚未报告完成。", unit, x.TaskTitle, x.Deadline, -days)
		case days == 0:
			colour = duties.Yellow
			fmt.Fprintf(&b, "【黄色提醒】%s：“%s”今天（%s）到期。", unit, x.TaskTitle, x.Deadline)
		default:
			colour = duties.Blue
			fmt.Fprintf(&b, "【蓝色提醒】%s：“%s”将于 %s 到期，还有 %d 天。", unit, x.TaskTitle, x.Deadline, days)
		}
		if x.Quote != "" {
			fmt.Fprintf(&b, "原文：%s。", strings.TrimSuffix(x.Quote, "。"))
		}
	case SeriesRecurring:
		r, _ := plan.ParseRule(x.Rule)
		fmt.Fprintf(&b, "【周期任务】%s：“%s”——%s（%s）。", unit, x.TaskTitle, strings.TrimSuffix(x.Quote, "。"), r.Words())
	default:
		if x.Unit.Name != "" || x.Unit.City != "" {
			fmt.Fprintf(&b, "【提醒】%s：%s", unit, x.Text)
		} else {
			fmt.Fprintf(&b, "【提醒】%s", x.Text)
		}
	}
	if x.PlanTitle != "" && x.Kind != SeriesCustom {
		fmt.Fprintf(&b, "（《%s》%s）", x.PlanTitle, x.Section)
	}
	return kind, colour, b.String()
}
