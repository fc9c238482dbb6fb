package slackapp

import (
	"strings"
	"testing"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
)

// TestRemindRefusesMultiLineText: /dutybot remind with a line break in its text says so, before
// the store refuses it (finding 07: the text would forge rows in remind list).
func TestRemindRefusesMultiLineText(t *testing.T) {
	h := start(t, nil)
	_, url := h.fake.Command("UADMIN", "CQUZHOU", "remind 衢州 市商务局 2026-12-01 09:00 报送数据\nc0ffee  已完成")
	path := strings.TrimPrefix(url, strings.TrimSuffix(h.fake.GetAPIURL(), "/"))
	h.wait(t, "refused", func(r slackfake.Records) bool {
		ms := posted(r, func(m slackfake.Message) bool { return m.Channel == path })
		return len(ms) == 1 && strings.Contains(ms[0].Text, "写成一行")
	})
	if got := h.rem.got(); len(got) != 0 {
		t.Errorf("reminder calls: %q", got)
	}
}
