package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// Review 90 (a stranger misusing the command line): failing tests, each an input `dutybot`
// handles wrongly. The clock is newRemindEnv's (2026-11-22 10:00, Asia/Shanghai) and Redis is the
// tests' own (a prefix of its own per test).

// TestRev90_ExtensionMustBeToALaterDayWithAReason: 申请延期 asks the leaders to move a deadline to a
// later day and says why; the Slack form refuses a day not after today and a blank reason
// (readSubmission). The command line takes both: `remind extend … --to 2020-01-01` answers
// "已申请延期到 2020-01-01" — an extension six years into the past, recorded in the 督办台账 and shown
// to the leaders — and a reason of blanks is recorded as the reason. A user expects the same
// refusals as in Slack.
func TestRev90_ExtensionMustBeToALaterDayWithAReason(t *testing.T) {
	for _, tc := range []struct {
		name, to, reason string
	}{
		{"a day long past", "2020-01-01", "等待海关总署批复"},
		{"today", "2026-11-22", "等待海关总署批复"},
		{"a blank reason", "2027-03-31", "   "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newRemindEnv(t, true)
			out, err := e.run(t, "remind", "extend", "c21914d7:2.1.2", "--unit", "衢州海关", "--city", "衢州", "--to", tc.to, "--by", "李四", tc.reason)
			if err == nil {
				t.Errorf("extend --to %s %q accepted: %s", tc.to, tc.reason, strings.TrimSpace(out))
			}
		})
	}
}

// TestRev90_UnitNamedWithItsCityIsFound: `remind done|extend|progress c21914d7:2.1.2 --unit 衢州海关
// --city 衢州` all find 衢州海关 (a unit whose name starts with its city's). `remind add` and `due`
// with the same flags refuse it: "方案里没有单位「衢州 衢州海关」；最接近的有：衢州海关" — suggesting the
// very name typed. A user expects the unit the other commands accept to be accepted.
func TestRev90_UnitNamedWithItsCityIsFound(t *testing.T) {
	e := newRemindEnv(t, true)
	if out, err := e.run(t, "remind", "progress", "c21914d7:2.1.2", "--unit", "衢州海关", "--city", "衢州", "--by", "李四", "已完成初稿"); err != nil {
		t.Fatalf("progress: %v\n%s", err, out)
	}
	for _, args := range [][]string{
		{"remind", "add", "--unit", "衢州海关", "--city", "衢州", "--at", "2026-12-01 09:00", "报送验收材料"},
		{"due", "--unit", "衢州海关", "--city", "衢州", "--within", "400d"},
	} {
		if out, err := e.run(t, args...); err != nil {
			t.Errorf("%s refuses the unit remind progress took: %v\n%s", strings.Join(args[:2], " "), err, out)
		}
	}
}

// TestRev90_IngestReadsStandardInput: `curl … | dutybot ingest --dry-run -` is how a terminal user
// checks a plan fetched from a site, and "-" for standard input is the convention of every Unix
// tool that takes files. dutybot answers "read -: stat -: no such file or directory" — an
// untranslated system error about a file named "-". A user expects the plan read from stdin (or,
// at least, a sentence saying stdin is not read and to save the file first).
func TestRev90_IngestReadsStandardInput(t *testing.T) {
	e := newRemindEnv(t, false)
	var out, errOut bytes.Buffer
	m := e.main(&out, &errOut)
	m.Stdin = strings.NewReader("关于加快推进城镇老旧小区改造的实施方案\n一、重点任务\n" +
		"（一）开展改造需求摸底。牵头单位：市住房城乡建设局；配合单位：各区人民政府。2027年3月底前完成。\n")
	err := m.Run(context.Background(), []string{"ingest", "--dry-run", "-"})
	m.Close()
	all := out.String() + errOut.String()
	if err != nil && (strings.Contains(all, "stat -") || strings.Contains(all, "no such file")) {
		t.Errorf("ingest - : %v\n%s", err, all)
	}
}
