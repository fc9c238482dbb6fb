package reminders

import (
	"testing"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"

	"github.com/dutybot/dutybot/plan"
)

// TestShippedCalendarMatchesLunarGo checks the shipped holiday file, day by day, against
// 6tail/lunar-go, a maintained library that follows the State Council's yearly notices: every day of
// every year the file covers is a working day in both or in neither.
func TestShippedCalendarMatchesLunarGo(t *testing.T) {
	c := DefaultCalendar()
	for _, y := range c.Years() {
		t.Run(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), func(t *testing.T) {
			if HolidayUtil.GetHolidaysByYear(y).Len() == 0 {
				t.Skipf("lunar-go knows no holidays for %d", y)
			}
			for d := plan.NewDay(y, 1, 1); d.Year == y; d = d.AddDays(1) {
				want := !isWeekend(d)
				if h := HolidayUtil.GetHoliday(d.String()); h != nil {
					want = h.IsWork()
				}
				if got := c.IsWorkday(d); got != want {
					t.Errorf("%s: shipped calendar says workday=%v, lunar-go %v", d, got, want)
				}
			}
		})
	}
}

func isWeekend(d plan.Day) bool {
	wd := d.Time(12, 0).Weekday()
	return wd == time.Saturday || wd == time.Sunday
}
