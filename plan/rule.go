package plan

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Freq is how often a recurring duty repeats.
type Freq string

// Frequencies, named as in iCalendar RRULE.
const (
	Daily   Freq = "DAILY"
	Weekly  Freq = "WEEKLY"
	Monthly Freq = "MONTHLY"
	Yearly  Freq = "YEARLY"
)

// Rule is a recurrence a scheduler can run, written as a subset of iCalendar RRULE:
//
//	FREQ=DAILY                       every day (每日报送, 日调度)
//	FREQ=DAILY;INTERVAL=10           every ten days (每旬, 旬报)
//	FREQ=WEEKLY                      every week (Monday unless BYDAY)
//	FREQ=WEEKLY;INTERVAL=2           every two weeks
//	FREQ=MONTHLY;BYMONTHDAY=10       every month on the 10th
//	FREQ=MONTHLY;INTERVAL=3          every quarter, by its last day (Mar 31, Jun 30, Sep 30, Dec 31)
//	FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10   every quarter, its first month's 10th (Jan, Apr, Jul, Oct)
//	FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1
//
// A rule with no day is due by the end of its period (Next): the month's last day, each quarter's or
// half's last day, December 31. Read as iCalendar, such a rule falls on its start's day; dutybot's
// own scheduler reads it as this type does.
type Rule struct {
	Freq     Freq
	Interval int // 0 or 1: every period
	MonthDay int // 1..31; 0 means by the period's end; 31 each month's last day
	// Months, MONTHLY only: the months it falls in (bit m-1), as BYMONTH=3,6,9,12 says a quarter's
	// last month; 0 means every Interval-th month (from January when a day is named, else the
	// period's last month).
	Months   uint16
	Month    time.Month   // YEARLY only; 0 means December (by the year's end)
	Weekday  time.Weekday // WEEKLY only; Monday unless set (ByDaySet)
	ByDaySet bool
	// Season, DAILY, WEEKLY or MONTHLY: the months of the year the duty is kept in (bit m-1), as
	// "汛期（6月至9月）每周巡查" is weekly from June to September and not at all in winter; 0 all
	// year. Written as RRULE's BYMONTH beside FREQ=WEEKLY or DAILY.
	Season uint16
}

// InSeason reports whether day d falls in the months the rule is kept in (every day when it names no
// season).
func (r Rule) InSeason(d Day) bool { return r.Season == 0 || r.Season&(1<<(d.Month-1)) != 0 }

// SeasonMonths is the season's months from from to to (1..12), wrapping over the year's end
// (11月至次年3月).
func SeasonMonths(from, to time.Month) uint16 {
	var s uint16
	for m := from; ; m = m%12 + 1 {
		s |= 1 << (m - 1)
		if m == to {
			return s
		}
	}
}

// seasonRange is the season's first and last month, in the order the year runs through it from its
// start (November, March for a winter); ok false when it is no one run of months.
func (r Rule) seasonRange() (from, to time.Month, ok bool) {
	in := func(m time.Month) bool { return r.Season&(1<<(m-1)) != 0 }
	for m := time.January; m <= time.December; m++ {
		prev := (m+10)%12 + 1
		if in(m) && !in(prev) {
			if from != 0 {
				return 0, 0, false // two runs
			}
			from = m
		}
	}
	if from == 0 {
		return 0, 0, false
	}
	to = from
	for in(to%12 + 1) {
		to = to%12 + 1
	}
	return from, to, true
}

// seasonWords says the season as the plans write it: 每年6—9月 (11月至次年3月 for a winter).
func (r Rule) seasonWords() string {
	from, to, ok := r.seasonRange()
	if !ok {
		var ms []string
		for m := time.January; m <= time.December; m++ {
			if r.Season&(1<<(m-1)) != 0 {
				ms = append(ms, strconv.Itoa(int(m)))
			}
		}
		return "每年" + strings.Join(ms, "、") + "月"
	}
	if to < from {
		return fmt.Sprintf("每年%d月至次年%d月", from, to)
	}
	return fmt.Sprintf("每年%d—%d月", from, to)
}

// Common rules.
var (
	RuleDaily     = Rule{Freq: Daily}
	RuleTenDays   = Rule{Freq: Daily, Interval: 10}
	RuleWeekly    = Rule{Freq: Weekly}
	RuleBiweekly  = Rule{Freq: Weekly, Interval: 2}
	RuleMonthly   = Rule{Freq: Monthly}
	RuleBimonthly = Rule{Freq: Monthly, Interval: 2}
	RuleQuarterly = Rule{Freq: Monthly, Interval: 3}
	RuleHalfYear  = Rule{Freq: Monthly, Interval: 6}
	RuleYearly    = Rule{Freq: Yearly}
	// RuleQuarterEnd is each quarter's last day (每季度末).
	RuleQuarterEnd = Rule{Freq: Monthly, Months: QuarterEnds, MonthDay: 31}
)

// MonthSet lists the months of Months, January first (none when the rule keeps no set).
func (r Rule) MonthSet() []time.Month {
	var ms []time.Month
	for m := time.January; m <= time.December; m++ {
		if r.fallsIn(m) {
			ms = append(ms, m)
		}
	}
	return ms
}

func (r Rule) fallsIn(m time.Month) bool { return r.Months&(1<<(m-1)) != 0 }

// Every is how often the rule falls: its frequency and interval, with a set of months evenly spaced
// (BYMONTH=3,6,9,12) counted as every so many months and an uneven set as yearly.
func (r Rule) Every() (Freq, int) {
	n := max(r.Interval, 1)
	if r.Freq != Monthly || r.Months == 0 {
		return r.Freq, n
	}
	ms := r.MonthSet()
	step := 12 / len(ms)
	for i := 1; i < len(ms); i++ {
		if int(ms[i]-ms[i-1]) != step {
			return Yearly, 1
		}
	}
	if 12%len(ms) != 0 {
		return Yearly, 1
	}
	return Monthly, step
}

// QuarterEnds are the months that end a quarter: March, June, September, December.
const QuarterEnds uint16 = 1<<2 | 1<<5 | 1<<8 | 1<<11

// QuarterStarts are the months that open a quarter: January, April, July, October.
const QuarterStarts uint16 = 1<<0 | 1<<3 | 1<<6 | 1<<9

// evenMonths are February, April … December (每双月).
const evenMonths uint16 = 1<<1 | 1<<3 | 1<<5 | 1<<7 | 1<<9 | 1<<11

var weekdayCodes = []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// String renders the rule as RRULE text.
func (r Rule) String() string {
	if r.Freq == "" {
		return ""
	}
	parts := []string{"FREQ=" + string(r.Freq)}
	if r.Interval > 1 && r.Months == 0 {
		parts = append(parts, "INTERVAL="+strconv.Itoa(r.Interval))
	}
	if r.Freq == Monthly && r.Months != 0 {
		var ms []string
		for _, m := range r.MonthSet() {
			ms = append(ms, strconv.Itoa(int(m)))
		}
		parts = append(parts, "BYMONTH="+strings.Join(ms, ","))
	} else if r.Season != 0 {
		var ms []string
		for m := time.January; m <= time.December; m++ {
			if r.Season&(1<<(m-1)) != 0 {
				ms = append(ms, strconv.Itoa(int(m)))
			}
		}
		parts = append(parts, "BYMONTH="+strings.Join(ms, ","))
	}
	if r.Freq == Weekly && r.ByDaySet {
		parts = append(parts, "BYDAY="+weekdayCodes[r.Weekday])
	}
	if r.Freq == Yearly && r.Month != 0 {
		parts = append(parts, "BYMONTH="+strconv.Itoa(int(r.Month)))
	}
	switch {
	case r.MonthDay == 31 && r.Freq == Monthly:
		parts = append(parts, "BYMONTHDAY=-1") // the month's last day, in every month (31 would skip the short ones)
	case r.MonthDay != 0 && r.Freq != Weekly:
		parts = append(parts, "BYMONTHDAY="+strconv.Itoa(r.MonthDay))
	}
	return strings.Join(parts, ";")
}

// Describe says the rule in plain English, for people.
func (r Rule) Describe() string {
	every := func(unit string) string {
		switch r.Interval {
		case 0, 1:
			return "every " + unit
		case 2:
			return "every two " + unit + "s"
		default:
			return fmt.Sprintf("every %d %ss", r.Interval, unit)
		}
	}
	switch r.Freq {
	case Daily:
		if r.Interval == 10 {
			return "every ten days" + r.seasonDescribed()
		}
		return every("day") + r.seasonDescribed()
	case Weekly:
		s := every("week")
		if r.ByDaySet {
			s += " on " + r.Weekday.String()
		}
		return s + r.seasonDescribed()
	case Monthly:
		var s string
		switch {
		case r.Months == QuarterEnds:
			s = "every quarter's last month"
		case r.Months != 0:
			var ms []string
			for _, m := range r.MonthSet() {
				ms = append(ms, m.String())
			}
			s = "every year in " + strings.Join(ms, ", ")
		case r.Interval == 3:
			s = "every quarter"
		case r.Interval == 6:
			s = "every half year"
		default:
			s = every("month")
		}
		switch {
		case r.MonthDay == 31:
			s += " by its last day"
		case r.MonthDay != 0 && r.Months == 0 && r.Interval > 2:
			s += fmt.Sprintf(" by day %d of its first month", r.MonthDay)
		case r.MonthDay != 0:
			s += fmt.Sprintf(" by day %d", r.MonthDay)
		}
		if r.Months == 0 {
			s += r.seasonDescribed()
		}
		return s
	case Yearly:
		s := every("year")
		if r.Month != 0 {
			s += fmt.Sprintf(" in %s", r.Month)
		}
		if r.MonthDay != 0 {
			s += fmt.Sprintf(" by day %d", r.MonthDay)
		}
		return s
	}
	return r.String()
}

// seasonDescribed says the season in English: " from June to September".
func (r Rule) seasonDescribed() string {
	if r.Season == 0 {
		return ""
	}
	if from, to, ok := r.seasonRange(); ok {
		return fmt.Sprintf(" from %s to %s", from, to)
	}
	var ms []string
	for m := time.January; m <= time.December; m++ {
		if r.Season&(1<<(m-1)) != 0 {
			ms = append(ms, m.String())
		}
	}
	return " in " + strings.Join(ms, ", ")
}

// Words says the rule as the plans write it (每月10日前, 每季度末, 每年3月), for Chinese messages: a
// nudge, the 台账's 完成时限, an answer. A rule of no frequency is its RRULE text.
func (r Rule) Words() string {
	n := max(r.Interval, 1)
	if r.Season != 0 && r.Months == 0 && r.Freq != Yearly {
		// "每年6—9月每周": the season, then the rule within it.
		season := r
		season.Season = 0
		return r.seasonWords() + season.Words()
	}
	switch r.Freq {
	case Daily:
		switch n {
		case 1:
			return "每日"
		case 10:
			return "每旬"
		}
		return fmt.Sprintf("每%d日", n)
	case Weekly:
		if n == 2 {
			return "每两周"
		}
		if n > 2 {
			return fmt.Sprintf("每%d周", n)
		}
		return "每周"
	case Monthly:
		if r.Months == QuarterEnds && r.MonthDay == 31 {
			return "每季度末"
		}
		s := map[int]string{1: "每月", 2: "每两个月", 3: "每季度", 6: "每半年", 12: "每年"}[n]
		if s == "" {
			s = fmt.Sprintf("每%d个月", n)
		}
		if r.Months != 0 {
			var ms []string
			for _, m := range r.MonthSet() {
				ms = append(ms, strconv.Itoa(int(m)))
			}
			s = "每年" + strings.Join(ms, "、") + "月"
		}
		switch {
		case r.MonthDay == 31:
			s += "底前"
		case r.MonthDay > 0 && r.Months == 0 && n > 2:
			s += fmt.Sprintf("首月%d日前", r.MonthDay) // a day in a quarter falls in its first month (每季度首月10日前)
		case r.MonthDay > 0:
			s += fmt.Sprintf("%d日前", r.MonthDay)
		}
		return s
	case Yearly:
		s := "每年"
		if r.Month > 0 {
			s += fmt.Sprintf("%d月", int(r.Month))
			if r.MonthDay > 0 {
				s += fmt.Sprintf("%d日前", r.MonthDay)
			}
		}
		return s
	}
	return r.String()
}

// ParseRule reads RRULE text as written by String, and the shorthands daily-free people type:
// weekly, biweekly, monthly, quarterly, yearly, monthly:10.
func ParseRule(s string) (Rule, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "daily":
		return RuleDaily, nil
	case "weekly":
		return RuleWeekly, nil
	case "biweekly", "fortnightly":
		return RuleBiweekly, nil
	case "monthly":
		return RuleMonthly, nil
	case "quarterly":
		return RuleQuarterly, nil
	case "yearly", "annually":
		return RuleYearly, nil
	}
	if rest, ok := strings.CutPrefix(strings.ToLower(s), "monthly:"); ok {
		d, err := strconv.Atoi(rest)
		if err != nil || d < 1 || d > 31 {
			return Rule{}, fmt.Errorf("parse rule %q: day of month must be 1..31", s)
		}
		return Rule{Freq: Monthly, MonthDay: d}, nil
	}
	var r Rule
	var byMonth []time.Month
	for _, part := range strings.Split(strings.TrimPrefix(s, "RRULE:"), ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return Rule{}, fmt.Errorf("parse rule %q: %q is not KEY=VALUE", s, part)
		}
		switch strings.ToUpper(k) {
		case "FREQ":
			switch f := Freq(strings.ToUpper(v)); f {
			case Daily, Weekly, Monthly, Yearly:
				r.Freq = f
			default:
				return Rule{}, fmt.Errorf("parse rule %q: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY", s)
			}
		case "INTERVAL":
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 52 {
				return Rule{}, fmt.Errorf("parse rule %q: INTERVAL must be 1..52", s)
			}
			r.Interval = n
		case "BYMONTHDAY":
			n, err := strconv.Atoi(v)
			if n == -1 {
				n = 31 // the last day, as each month has it
			}
			if err != nil || n < 1 || n > 31 {
				return Rule{}, fmt.Errorf("parse rule %q: BYMONTHDAY must be 1..31 or -1", s)
			}
			r.MonthDay = n
		case "BYMONTH":
			for _, f := range strings.Split(v, ",") {
				n, err := strconv.Atoi(f)
				if err != nil || n < 1 || n > 12 {
					return Rule{}, fmt.Errorf("parse rule %q: BYMONTH must be 1..12", s)
				}
				byMonth = append(byMonth, time.Month(n))
			}
		case "BYDAY":
			i := indexOf(weekdayCodes, strings.ToUpper(v))
			if i < 0 {
				return Rule{}, fmt.Errorf("parse rule %q: BYDAY takes one day, MO..SU (for several days add a reminder for each)", s)
			}
			r.Weekday, r.ByDaySet = time.Weekday(i), true
		default:
			return Rule{}, fmt.Errorf("parse rule %q: unknown key %s", s, k)
		}
	}
	if r.Freq == "" {
		return Rule{}, fmt.Errorf("parse rule %q: FREQ is missing", s)
	}
	switch {
	case r.Freq == Monthly && len(byMonth) > 0:
		for _, m := range byMonth {
			r.Months |= 1 << (m - 1)
		}
	case (r.Freq == Weekly || r.Freq == Daily) && len(byMonth) > 0:
		for _, m := range byMonth {
			r.Season |= 1 << (m - 1) // the season it is kept in
		}
	case len(byMonth) == 1:
		r.Month = byMonth[0]
	case len(byMonth) > 1:
		return Rule{}, fmt.Errorf("parse rule %q: BYMONTH takes several months only with FREQ=MONTHLY", s)
	}
	if err := r.supported(); err != nil {
		return Rule{}, fmt.Errorf("parse rule %q: %w", s, err)
	}
	return r, nil
}

// supported refuses the combinations Next would not honour (RFC 5545 gives them a meaning, so
// accepting them would repeat on other days than the rule says): BYMONTH but with YEARLY, BYDAY but
// with WEEKLY, BYMONTHDAY with WEEKLY, and a day its month never has.
func (r Rule) supported() error {
	switch {
	case r.Season != 0 && r.Freq == Yearly:
		return errors.New("a season works only with FREQ=DAILY, WEEKLY or MONTHLY")
	case r.Month != 0 && r.Freq != Yearly:
		return errors.New("BYMONTH works only with FREQ=YEARLY")
	case r.ByDaySet && r.Freq != Weekly:
		return errors.New("BYDAY works only with FREQ=WEEKLY")
	case r.MonthDay != 0 && (r.Freq == Weekly || r.Freq == Daily):
		return fmt.Errorf("BYMONTHDAY does not work with FREQ=%s", r.Freq)
	case r.Month != 0 && r.MonthDay > NewDay(2024, r.Month+1, 0).Time(0, 0).Day(): // 2024: February 29 is a day
		return fmt.Errorf("%s has no day %d", r.Month, r.MonthDay)
	}
	return nil
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

// MarshalJSON writes the RRULE text.
func (r Rule) MarshalJSON() ([]byte, error) { return json.Marshal(r.String()) }

// UnmarshalJSON reads RRULE text.
func (r *Rule) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := ParseRule(s)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// epochMonday anchors every-N-weeks rules: weeks are counted from it, so the same rule always
// falls on the same weeks whoever computes it.
var epochMonday = Day{2024, time.January, 1}

// Next returns the first occurrence day strictly after day d.
// Interval rules are anchored: every two weeks counts from 2024-01-01, every N months from January,
// every N years from 2024. A duty that names no day is due by the end of its period, as "每月报送",
// "每季度通报", "每半年评估", "每年总结" are read: the month's last day, the last day of each
// quarter or half (March, June …), December 31 (or the named month's last day: 每年6月).
// A day named in a period of several months falls in its first month (每季度首月10日前).
func (r Rule) Next(d Day) Day { return r.next(d, Day{}) }

// NextFrom returns the first occurrence day strictly after day d of the rule started on day start,
// as iCalendar's DTSTART counts: every N weeks from start's week (weeks begin on Monday), every N
// months from start's month, every N years from start's year, and nothing before start. A rule a
// person sets from a day of their choosing ("every two weeks from Friday the 11th") repeats so;
// Next's fixed anchor is for a plan's duties, which name no first day.
func (r Rule) NextFrom(start, d Day) Day {
	if d.Before(start) {
		d = start.AddDays(-1)
	}
	return r.next(d, start)
}

// next is Next with the intervals counted from anchor, or from Next's fixed anchor when it is zero.
func (r Rule) next(d Day, anchor Day) Day {
	iv := r.Interval
	if iv < 1 {
		iv = 1
	}
	switch r.Freq {
	case Daily:
		// Every N days counts from 2024-01-01 (or the anchor), as weeks do.
		from := epochMonday
		if !anchor.IsZero() {
			from = anchor
		}
		for c := d.AddDays(1); ; c = c.AddDays(1) {
			if !r.InSeason(c) {
				continue
			}
			if days := int(c.Time(12, 0).Sub(from.Time(12, 0)).Hours() / 24); ((days%iv)+iv)%iv == 0 {
				return c
			}
		}
	case Weekly:
		wd := time.Monday
		if r.ByDaySet {
			wd = r.Weekday
		}
		for c := d.AddDays(1); ; c = c.AddDays(1) {
			if c.Time(12, 0).Weekday() != wd || !r.InSeason(c) {
				continue
			}
			from := epochMonday
			if !anchor.IsZero() {
				from = anchor.AddDays(-(int(anchor.Time(12, 0).Weekday()) + 6) % 7) // its week's Monday
			}
			weeks := int(c.Time(12, 0).Sub(from.Time(12, 0)).Hours()/24) / 7
			if c.Before(from) {
				weeks = -weeks + 1
			}
			if weeks%iv == 0 {
				return c
			}
		}
	case Monthly:
		md, first := r.MonthDay, 0
		if md == 0 {
			md, first = 31, iv-1 // by the period's end
		}
		since := func(y int, m time.Month) int { return int(m) - 1 } // months from a January
		if !anchor.IsZero() {
			since = func(y int, m time.Month) int { return (y-anchor.Year)*12 + int(m-anchor.Month) }
		}
		for y, m := d.Year, d.Month; ; {
			if (r.Months != 0 && r.fallsIn(m) || r.Months == 0 && since(y, m)%iv == first) && r.InSeason(Day{y, m, 1}) {
				if c := monthDay(y, m, md); d.Before(c) {
					return c
				}
			}
			m++
			if m > 12 {
				m, y = 1, y+1
			}
		}
	case Yearly:
		m, md := r.Month, r.MonthDay
		if m == 0 {
			m = time.December
		}
		if md == 0 {
			md = 31
		}
		from := epochMonday.Year
		if !anchor.IsZero() {
			from = anchor.Year
		}
		for y := d.Year; ; y++ {
			if (y-from)%iv != 0 {
				continue // every N years counts from 2024 (or the anchor), as weeks do
			}
			if c := monthDay(y, m, md); d.Before(c) {
				return c
			}
		}
	}
	return Day{}
}

// monthDay is day md of the month, clamped to its last day; md 0 is the 1st.
func monthDay(y int, m time.Month, md int) Day {
	if md <= 0 {
		md = 1
	}
	last := NewDay(y, m+1, 0).Day
	if md > last {
		md = last
	}
	return Day{y, m, md}
}
