package main

import (
	"strings"
	"testing"
)

// Review 64: what a leader gets on demand. Each test fails on the code it was written against.

// TestRev64_WhoAskedForMoreTime: the 督办台账 records what units said — 衢州海关 asked to put 综合保税区
// (c21914d7:2.1.2, 力争2023年/2024年) off to 2027-03-31 "等待海关总署批复" and reported "已完成初稿" (the
// README's own 台账 example; `remind status`, `report` and the board page show both). The leader, in chat, asks what
// the 台账 holds: "衢州哪些任务申请了延期?" gets "方案中没有提到“申请 延期”，无法回答。" and "衢州海关报了
// 什么进展?" gets its task list without a word of the progress, though `ask` reads the same Redis for done marks ("逾期" answers name
// who marked what done). Cause: the engine is given the done marks only (bot.Options.Done, duties.Marks);
// the extension requests and progress lines never reach it, and "申请延期"/"进展" are read as topics of
// the plans' text. General: the questions a leader asks before a 督办 meeting, about any plan.
func TestRev64_WhoAskedForMoreTime(t *testing.T) {
	e := newRemindEnv(t, true)
	for _, args := range [][]string{
		{"remind", "extend", "c21914d7:2.1.2", "--unit", "衢州海关", "--city", "衢州", "--to", "2027-03-31", "--by", "李四", "等待海关总署批复"},
		{"remind", "progress", "c21914d7:2.1.2", "--unit", "衢州海关", "--city", "衢州", "--by", "李四", "已完成初稿"},
	} {
		if out, err := e.run(t, args...); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	for _, c := range []struct{ q, want string }{
		{"衢州哪些任务申请了延期?", "2027-03-31"},
		{"衢州海关报了什么进展?", "已完成初稿"},
	} {
		out, err := e.run(t, "ask", c.q)
		if err != nil {
			t.Fatalf("ask %s: %v\n%s", c.q, err, out)
		}
		if !strings.Contains(out, "综合保税区") || !strings.Contains(out, c.want) {
			t.Errorf("ask %q does not name 综合保税区 with %q:\n%.500s", c.q, c.want, out)
		}
	}
}
