package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/supervision"
)

// ledgerCounts are the colour counts each view of the ledger shows, by the view's name.
type ledgerCounts map[string]duties.Tally

// TestViewsOfTheLedgerAgree: for the embedded plans, with a share done and progress reported, the
// report's 汇总, `remind board`, `remind digest` and the board page count the same red, yellow,
// green and done.
func TestViewsOfTheLedgerAgree(t *testing.T) {
	e := newRemindEnv(t, true)
	e.vars["DUTYBOT_BOARD_SECRET"] = "agree"
	for _, args := range [][]string{
		{"remind", "done", "2", "--unit", "商务局", "--city", "衢州", "--by", "张三"},
		{"remind", "progress", "c21914d7:2.1.2", "已完成初稿", "--unit", "衢州海关", "--city", "衢州", "--by", "李四"},
	} {
		if out, err := e.run(t, args...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	got := ledgerCounts{"report": reportCounts(t, e), "remind board": boardCounts(t, e), "remind digest": digestCounts(t, e),
		"board page": pageCounts(t, e)}
	want := got["report"]
	if want.Red == 0 || want.Done == 0 || want.Total() == 0 {
		t.Fatalf("the report counts %+v: want reds and a done share", want)
	}
	for view, c := range got {
		if c != want {
			t.Errorf("%s counts %+v, the report %+v", view, c, want)
		}
	}
}

func reportCounts(t *testing.T, e *remindEnv) duties.Tally {
	t.Helper()
	path := filepath.Join(t.TempDir(), "台账.xlsx")
	out, err := e.run(t, "report", "--out", path)
	if err != nil || !strings.Contains(out, path) {
		t.Fatalf("report: %v\n%s", err, out)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open the report: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(supervision.SummarySheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) == len(supervision.SummaryColumns) && r[0] == "合计" {
			n := func(i int) int {
				v, err := strconv.Atoi(r[i])
				if err != nil {
					t.Fatalf("合计 %v: %v", r, err)
				}
				return v
			}
			return duties.Tally{Red: n(2), Yellow: n(3), Green: n(4), Done: n(5)}
		}
	}
	t.Fatalf("no 合计 in the 汇总: %v", rows)
	return duties.Tally{}
}

func boardCounts(t *testing.T, e *remindEnv) duties.Tally {
	t.Helper()
	out, err := e.run(t, "remind", "board", "--json")
	if err != nil {
		t.Fatalf("remind board: %v\n%s", err, out)
	}
	var rows []reminders.TaskStatus
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("remind board --json: %v", err)
	}
	var c duties.Tally
	for _, r := range rows {
		c.Add(r.Colour, !r.DoneAt.IsZero())
	}
	return c
}

func digestCounts(t *testing.T, e *remindEnv) duties.Tally {
	t.Helper()
	out, err := e.run(t, "remind", "digest", "--json")
	if err != nil {
		t.Fatalf("remind digest: %v\n%s", err, out)
	}
	var d reminders.Digest
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("remind digest --json: %v", err)
	}
	var units duties.Tally
	for _, u := range d.Units {
		units.Red, units.Yellow, units.Green, units.Done = units.Red+u.Red, units.Yellow+u.Yellow, units.Green+u.Green, units.Done+u.Done
	}
	if units.Red != d.Counts[duties.Red] || units.Yellow != d.Counts[duties.Yellow] || units.Green != d.Counts[duties.Green] {
		t.Errorf("the digest's units sum to %+v, its counts say %v", units, d.Counts)
	}
	return units
}

// pageCounts reads the counts the board page shows, served as serve serves it.
func pageCounts(t *testing.T, e *remindEnv) duties.Tally {
	t.Helper()
	ctx := context.Background()
	a := testApp(t, e.vars, func() time.Time { return e.now })
	store, err := a.OpenReminders(ctx, app.StoreTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.FollowPlansNow(ctx, store); err != nil {
		t.Fatal(err)
	}
	link, _, err := a.BoardLink()
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	a.BoardHandler(store).ServeHTTP(w, httptest.NewRequest(http.MethodGet, link, nil))
	if w.Code != http.StatusOK {
		t.Fatalf("board page: %d %s", w.Code, w.Body.String())
	}
	n := func(id string) int {
		m := regexp.MustCompile(`id="` + id + `" data-count="(\d+)"`).FindStringSubmatch(w.Body.String())
		if m == nil {
			t.Fatalf("the board page shows no %s", id)
		}
		v, _ := strconv.Atoi(m[1])
		return v
	}
	return duties.Tally{Red: n("n-red"), Yellow: n("n-yellow"), Green: n("n-green"), Done: n("n-done")}
}
