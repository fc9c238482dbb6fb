package main

import (
	"strings"
	"testing"
)

// Review 57 (a stranger's audit of the CLI on bad input): failing tests, each a fault.

// TestRev57RemindAddRefusesARouteThatIsNoID: `remind add --channel` takes anything. A channel's
// name ("#衢州-商务局") is stored and the command exits 0, though `remind subscribe` refuses the same
// value with a clear message (「#abc」不是频道 ID…) and `remind list --channel '#衢州-商务局'` refuses
// to list it: the reminder can be neither found by its channel nor delivered by id. A value with a
// line break is stored too, and the command's own output then prints a forged second line
// (c999 首次 … CFAKE) that scripts reading it take for another reminder. Cause:
// cmd/dutybot/cmd_remind_add.go passes --channel to reminders.Store.Add, and neither calls
// reminders.CheckRoute (Add checks the text for line breaks, not the route). It should fail with
// the message subscribe gives, non-zero.
func TestRev57RemindAddRefusesARouteThatIsNoID(t *testing.T) {
	e := newRemindEnv(t, true)
	for _, ch := range []string{"#衢州-商务局", "CABC\nc999\t首次 2027-01-01 09:00\tCFAKE"} {
		out, err := e.run(t, "remind", "add", "--channel", ch, "--at", "2027-01-05 09:00", "报送进展")
		if err == nil {
			t.Errorf("remind add --channel %q: exit 0, the reminder stored for a route that is no channel id:\n%s", ch, out)
			continue
		}
		if !strings.Contains(out, "ID") && !strings.Contains(out, "id") {
			t.Errorf("remind add --channel %q fails without saying it wants a channel id:\n%s", ch, out)
		}
	}
}
