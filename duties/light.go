package duties

import (
	"fmt"
	"time"

	"github.com/dutybot/dutybot/plan"
)

// Colours of the plans' 三色 supervision (亮灯): the board shows green, yellow and red; a nudge is
// blue before its day, yellow on it and red once it has passed.
const (
	Green  = "green"  // done, or on track
	Blue   = "blue"   // due within the ladder's reach (nudges only)
	Yellow = "yellow" // due within a week, or today
	Red    = "red"    // overdue
)

// SoonDays is how near a deadline must be for the board to show it yellow.
const SoonDays = 7

// Decisive folds deadline d into the one that decides a share's colour so far, cur (zero at the
// start): the earliest deadline not yet past, else the latest past one.
func Decisive(cur, d, today plan.Day) plan.Day {
	switch {
	case cur.IsZero():
		return d
	case !d.Before(today) && (cur.Before(today) || d.Before(cur)):
		return d
	case d.Before(today) && cur.Before(today) && cur.Before(d):
		return d
	}
	return cur
}

// Light applies the 亮灯 rule to a share whose decisive deadline is deadline (zero: none) and that
// was marked done at doneAt (zero: not done): green when done or on track, yellow when due within
// SoonDays, red when overdue. It returns the colour and a few words saying why.
func Light(deadline plan.Day, doneAt time.Time, today plan.Day) (colour, reason string) {
	switch {
	case !doneAt.IsZero():
		return Green, "done " + plan.DayOf(doneAt).String()
	case deadline.IsZero():
		return Green, "no deadline"
	case deadline.Before(today):
		return Red, fmt.Sprintf("overdue since %s", deadline)
	case !today.AddDays(SoonDays).Before(deadline):
		return Yellow, fmt.Sprintf("due %s", deadline)
	}
	return Green, fmt.Sprintf("on track, due %s", deadline)
}
