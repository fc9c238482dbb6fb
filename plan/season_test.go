package plan

import "testing"

// A duty kept in a season (汛期每周, 供暖期间每日) falls in the season's months only, and its rule
// reads back as written.
func TestSeasonalDuties(t *testing.T) {
	for _, c := range []struct {
		text, rule, words string
	}{
		{"每年汛期（6月至9月）每周开展一次易涝点巡查。", "FREQ=WEEKLY;BYMONTH=6,7,8,9", "每年6—9月每周"},
		{"每年11月至次年3月期间，每日报送供暖运行情况。", "FREQ=DAILY;BYMONTH=1,2,3,11,12", "每年11月至次年3月每日"},
		{"主汛期（6月至8月）每周召开一次防汛会商会。", "FREQ=WEEKLY;BYMONTH=6,7,8", "每年6—8月每周"},
		{"主汛期每日向县防指报送雨情水情。", "FREQ=DAILY", "每日"}, // months not said: all year (TestStop49DailyDuties)
		{"每周开展一次易涝点巡查。", "FREQ=WEEKLY", "每周"},
	} {
		rs := ParseRecurring(c.text)
		if len(rs) != 1 || rs[0].Rule.String() != c.rule || rs[0].Rule.Words() != c.words {
			t.Errorf("%s: %+v, want one duty %s (%s)", c.text, rs, c.rule, c.words)
			continue
		}
		back, err := ParseRule(rs[0].Rule.String())
		if err != nil || back != rs[0].Rule {
			t.Errorf("%s: %s reads back as %+v, %v", c.text, c.rule, back, err)
		}
	}
	weekly := Rule{Freq: Weekly, Season: SeasonMonths(6, 9)}
	if got := weekly.Next(NewDay(2026, 9, 28)); got != NewDay(2027, 6, 7) {
		t.Errorf("after the season's last Monday the next is %s, want 2027-06-07", got)
	}
}
