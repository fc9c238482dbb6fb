package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/bot/slackapp/slackfake"
	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// TestDoneIsDoneEverywhere: pressing 完成 on a nudge in Slack takes the task out of every answer
// to "what is overdue" — /dutybot due 逾期 in Slack, and dutybot due and dutybot ask in the
// terminal, which read the same done marks through duties (issue 10).
func TestDoneIsDoneEverywhere(t *testing.T) {
	const task = "395914cf:2.2.1" // 菏泽 文化旅游, led by one unit alone, 到2025年: overdue
	unit := leadOf(t, task)
	t0 := time.Date(2026, 11, 20, 10, 0, 0, 0, plan.Shanghai)
	e := startServe(t, unit.City+" "+unit.Name+" = CHEZE\n", t0)
	e.fake.SetMembers("CHEZE", "UALICE")
	e.clock.Set(t0.AddDate(0, 0, 8)) // the weekly red notice falls due
	terminal := &remindEnv{now: e.clock.Now(), vars: map[string]string{"REDIS_URL": e.redisURL, "DUTYBOT_REDIS_PREFIX": e.prefix,
		"DUTYBOT_DATA_DIR": t.TempDir(), "LOG_LEVEL": "error"}}
	const listed, doneNote = "[目标] (二)1 文化旅游", "另有 1 项已标记完成"

	if s := e.slash(t, "due 逾期"); !strings.Contains(s, listed) || strings.Contains(s, doneNote) {
		t.Fatalf("before 完成, /dutybot due 逾期 does not list %s:\n%s", task, s)
	}
	if due, ask := terminalOverdue(t, terminal, unit); !due[task] || !ask[task] {
		t.Fatalf("before 完成, the terminal does not list %s: due %v, ask %v", task, due[task], ask[task])
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	var nudge slackfake.Message
	err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
		for _, m := range r.Messages {
			if m.Channel == "CHEZE" && m.Metadata != nil && m.Metadata.EventPayload["task"] == task {
				nudge = m
				return true
			}
		}
		return false
	})
	if err != nil {
		t.Fatalf("no nudge for %s: %v", task, err)
	}
	if _, err := e.fake.Click("UALICE", nudge, "nudge_done"); err != nil {
		t.Fatal(err)
	}
	if err := e.fake.Wait(ctx, func(r slackfake.Records) bool {
		for _, m := range r.Messages {
			if m.TS == nudge.TS && strings.Contains(m.AllText(), "✅ <@UALICE>") {
				return true
			}
		}
		return false
	}); err != nil {
		t.Fatalf("the nudge was not marked done: %v", err)
	}

	if s := e.slash(t, "due 逾期"); strings.Contains(s, listed) || !strings.Contains(s, doneNote) || !strings.Contains(s, "UALICE") {
		t.Errorf("after 完成, /dutybot due 逾期 still lists %s, or does not say who marked it done:\n%s", task, s)
	}
	if due, ask := terminalOverdue(t, terminal, unit); due[task] || ask[task] {
		t.Errorf("after 完成, the terminal still lists %s: due %v, ask %v", task, due[task], ask[task])
	}
}

// leadOf is the one unit that leads task in the seeds.
func leadOf(t *testing.T, task string) plan.UnitRef {
	t.Helper()
	docs, err := seeds.Load(plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		for _, x := range d.Tasks {
			if x.ID == task && len(x.Lead) == 1 {
				return plan.UnitRef{City: d.City, Name: x.Lead[0]}
			}
		}
	}
	t.Fatalf("no task %s with one lead unit in the seeds", task)
	return plan.UnitRef{}
}

// terminalOverdue is what the terminal calls overdue for unit: the tasks of `dutybot due --json`
// and of `dutybot ask --json "哪些任务已逾期?"`.
func terminalOverdue(t *testing.T, e *remindEnv, unit plan.UnitRef) (due, ask map[string]bool) {
	t.Helper()
	day := plan.DayOf(e.now).String()
	out, err := e.run(t, "due", "--json", "--now", day, "--unit", unit.Name, "--city", unit.City)
	var items []duties.Item
	if err != nil || json.Unmarshal([]byte(out), &items) != nil {
		t.Fatalf("due: %v\n%s", err, out)
	}
	due = map[string]bool{}
	for _, it := range items {
		due[it.Task] = due[it.Task] || it.Status == duties.Overdue
	}
	out, err = e.run(t, "ask", "--json", "--now", day, "哪些任务已逾期?")
	var a askJSON
	if err != nil || json.Unmarshal([]byte(out), &a) != nil {
		t.Fatalf("ask: %v\n%s", err, out)
	}
	ask = map[string]bool{}
	for _, id := range a.Tasks {
		ask[id] = true
	}
	return due, ask
}
