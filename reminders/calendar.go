package reminders

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/dutybot/dutybot/plan"
)

//go:embed calendar/holidays.txt
var shippedHolidays string

// Calendar knows which days are worked: Monday to Friday, minus public holidays, plus the weekend
// days worked in their place (调休), for the years its file covers.
type Calendar struct {
	off   map[plan.Day]string // holidays on what would be a working day (and on weekends, for names)
	on    map[plan.Day]string // weekend days worked
	years map[int]bool
}

// DefaultCalendar returns the calendar shipped with dutybot.
func DefaultCalendar() *Calendar {
	c, err := ParseCalendar(strings.NewReader(shippedHolidays))
	if err != nil {
		panic(err) // the shipped file is tested
	}
	return c
}

// LoadCalendar returns the shipped calendar extended by the file at path ("" for none).
func LoadCalendar(path string) (*Calendar, error) {
	c := DefaultCalendar()
	if path == "" {
		return c, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load holidays: %w", err)
	}
	defer f.Close()
	extra, err := ParseCalendar(f)
	if err != nil {
		return nil, fmt.Errorf("load holidays %s: %w", path, err)
	}
	c.Merge(extra)
	return c, nil
}

// ParseCalendar reads "YYYY-MM-DD[..YYYY-MM-DD] holiday|workday name" lines; # starts a comment.
func ParseCalendar(r io.Reader) (*Calendar, error) {
	c := &Calendar{off: map[plan.Day]string{}, on: map[plan.Day]string{}, years: map[int]bool{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("line %d: want \"YYYY-MM-DD holiday|workday name\", got %q", n, line)
		}
		from, to, err := dayRange(f[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		name := strings.Join(f[2:], " ")
		for d := from; !to.Before(d); d = d.AddDays(1) {
			c.years[d.Year] = true
			delete(c.off, d)
			delete(c.on, d)
			switch f[1] {
			case "holiday":
				c.off[d] = name
			case "workday":
				c.on[d] = name
			default:
				return nil, fmt.Errorf("line %d: kind %q must be holiday or workday", n, f[1])
			}
		}
	}
	return c, sc.Err()
}

func dayRange(s string) (from, to plan.Day, err error) {
	a, b, isRange := strings.Cut(s, "..")
	if from, err = plan.ParseDay(a); err != nil {
		return
	}
	to = from
	if isRange {
		if to, err = plan.ParseDay(b); err != nil {
			return
		}
		if to.Before(from) || to.Compare(from.AddDays(40)) > 0 {
			return from, to, fmt.Errorf("range %s: end must follow start within 40 days", s)
		}
	}
	return from, to, nil
}

// Merge adds b's days to c; b wins where both name a day.
func (c *Calendar) Merge(b *Calendar) {
	for d, n := range b.off {
		delete(c.on, d)
		c.off[d] = n
	}
	for d, n := range b.on {
		delete(c.off, d)
		c.on[d] = n
	}
	for y := range b.years {
		c.years[y] = true
	}
}

// Years returns the years the calendar knows, sorted.
func (c *Calendar) Years() []int {
	out := make([]int, 0, len(c.years))
	for y := range c.years {
		out = append(out, y)
	}
	sort.Ints(out)
	return out
}

// Covers reports whether the holidays of year y are known.
func (c *Calendar) Covers(y int) bool { return c.years[y] }

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d plan.Day) bool {
	if _, ok := c.on[d]; ok {
		return true
	}
	if _, ok := c.off[d]; ok {
		return false
	}
	wd := d.Time(12, 0).Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// WorkdayOnOrBefore returns d when it is worked, else the working day before it.
func (c *Calendar) WorkdayOnOrBefore(d plan.Day) plan.Day {
	for i := 0; i < 60 && !c.IsWorkday(d); i++ {
		d = d.AddDays(-1)
	}
	return d
}
