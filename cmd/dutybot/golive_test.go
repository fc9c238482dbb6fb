package main

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestGoLiveWithoutAFlood switches dutybot on as an office would: a fresh Redis, the embedded plans,
// a channel for every unit they name and one for the leaders, and an admin closing one plan. On the
// first working morning each unit channel gets at most one message, and each unit with deadlines
// passed before go-live exactly one holding its overdue list (逾期清单); the leaders get one summary;
// nothing comes from a plan whose period is over, from the 2023 list inside a five-year plan, or
// from the closed plan; and a week later none of the lists comes back as red notices.
func TestGoLiveWithoutAFlood(t *testing.T) {
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 12, 2, 10, 0, 0, 0, plan.Shanghai) // a Wednesday
	routes, channelOf := unitChannels(docs)
	e := startServe(t, routes+"leaders = CLEAD\n", t0)
	const closed = "2dc7bde2" // 湖州, closed by an admin
	if got := e.slashAs(t, "UADMIN", "close 湖政办发〔2023〕16号"); !strings.Contains(got, "已关闭") {
		t.Fatalf("/dutybot close: %s", got)
	}
	want := backlogUnits(docs, plan.DayOf(t0), closed)
	if len(want) == 0 {
		t.Fatal("the seeds have no overdue deadline in an open plan")
	}

	e.clock.Set(time.Date(2026, 12, 3, 9, 0, 1, 0, plan.Shanghai))
	first := e.settled(t, func(r slackfake.Records) bool { n, _ := count(r, onChannel("CLEAD")); return n > 0 })
	perChannel := map[string][]slackfake.Message{}
	for _, m := range first {
		perChannel[m.Channel] = append(perChannel[m.Channel], m)
	}
	if n := len(perChannel["CLEAD"]); n != 1 || !strings.Contains(perChannel["CLEAD"][0].AllText(), "逾期清单汇总") {
		t.Errorf("the leaders got %d messages, want one summary", n)
	}
	var lists []string
	for ch, ms := range perChannel {
		if len(ms) > 1 {
			t.Errorf("%s got %d messages on the first morning, want at most one", ch, len(ms))
		}
		if ch != "CLEAD" && strings.Contains(ms[0].AllText(), "逾期清单") {
			lists = append(lists, ch)
		}
		for _, m := range ms {
			for _, stale := range []string{"菏泽", "嘉兴", "湖州", "7e243502:a1."} {
				if strings.Contains(m.AllText()+string(m.Blocks), stale) {
					t.Errorf("%s got something of %s, whose plan (or part) is over or closed", ch, stale)
				}
			}
		}
	}
	var wantLists []string
	for u := range want {
		wantLists = append(wantLists, channelOf[u])
	}
	sort.Strings(lists)
	sort.Strings(wantLists)
	if strings.Join(lists, " ") != strings.Join(wantLists, " ") {
		t.Errorf("overdue lists went to %v, want one to each of %v", lists, wantLists)
	}
	t.Logf("first morning: %d messages to %d channels; %d overdue lists", len(first), len(perChannel), len(lists))

	// A week later the lists are not escalated.
	before := len(e.fake.Snapshot().Messages)
	e.clock.Set(time.Date(2026, 12, 10, 9, 0, 1, 0, plan.Shanghai))
	time.Sleep(time.Second)
	for _, m := range e.fake.Snapshot().Messages[before:] {
		if m.Metadata != nil && strings.Contains(m.AllText(), "逾期") {
			t.Errorf("a week later %s got an overdue notice:\n%s", m.Channel, m.AllText())
		}
	}
}

// unitChannels is a routes file with a channel for every unit the plans name (and every city, for
// tasks that name none), and the channel of each.
func unitChannels(docs []*plan.Document) (string, map[plan.UnitRef]string) {
	var b strings.Builder
	channelOf := map[plan.UnitRef]string{}
	for _, d := range duties.Of(docs) {
		if _, ok := channelOf[d.Unit]; ok {
			continue
		}
		ch := fmt.Sprintf("CU%03d", len(channelOf))
		channelOf[d.Unit] = ch
		fmt.Fprintf(&b, "%s %s = %s\n", d.Unit.City, d.Unit.Name, ch)
	}
	return b.String(), channelOf
}

// backlogUnits are the units with a deadline passed before today in a plan still running (and not
// closed), in a part of it still running.
func backlogUnits(docs []*plan.Document, today plan.Day, closed string) map[plan.UnitRef]bool {
	out := map[plan.UnitRef]bool{}
	for _, d := range duties.Of(docs) {
		if d.Doc.ID == closed || d.Recurring != nil || duties.Ended(d.Doc, nil, today) || duties.Ended(d.Doc, d.Task, today) {
			continue
		}
		if d.Deadline.Date.Before(today) {
			out[d.Unit] = true
		}
	}
	return out
}

func onChannel(ch string) func(m slackfake.Message) bool {
	return func(m slackfake.Message) bool { return m.Channel == ch && m.Method == "chat.postMessage" }
}

// settled waits for cond, then until no message has come for a second, and returns the nudges
// posted (messages with dutybot's metadata).
func (e *serveEnv) settled(t *testing.T, cond func(r slackfake.Records) bool) []slackfake.Message {
	t.Helper()
	e.waitFor(t, "the first morning's nudges", cond)
	n := -1
	for n != len(e.fake.Snapshot().Messages) {
		n = len(e.fake.Snapshot().Messages)
		time.Sleep(time.Second)
	}
	var out []slackfake.Message
	for _, m := range e.fake.Snapshot().Messages {
		if m.Method == "chat.postMessage" && m.Metadata != nil {
			out = append(out, m)
		}
	}
	return out
}

// slashAs sends /dutybot text as user in CADMIN and returns the reply.
func (e *serveEnv) slashAs(t *testing.T, user, text string) string {
	t.Helper()
	_, url := e.fake.Command(user, "CADMIN", text)
	at := e.atPath(url)
	r := e.waitFor(t, text, func(r slackfake.Records) bool { n, _ := count(r, at); return n >= 1 })
	_, m := count(r, at)
	return m.AllText()
}
