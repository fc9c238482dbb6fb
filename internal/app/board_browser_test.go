package app

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/internal/redistest"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
)

// chromium finds a Chromium or Chrome binary. Without one the browser test is skipped, except on CI
// (CI=true), where .ci/run installs Debian's chromium and a missing one is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium binary on PATH: CI must run the browser test (.ci/run installs Debian's chromium)")
	}
	t.Skip("no chromium binary on PATH (apt-get install chromium): skipping the browser test of /board")
	return ""
}

// ledgerApp is an App on the test's Redis (a prefix of its own) with a board secret and a clock
// stopped at 2026-11-22 10:00, closed when the test ends.
func ledgerApp(tb testing.TB) (*App, time.Time) {
	tb.Helper()
	_, prefix := redistest.Client(tb)
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, plan.Shanghai)
	vars := map[string]string{"LOG_LEVEL": "error", "REDIS_URL": redistest.URL(tb), "DUTYBOT_REDIS_PREFIX": prefix,
		"DUTYBOT_BOARD_SECRET": "board-test"}
	cfg, err := LoadConfig(func(k string) string { return vars[k] })
	if err != nil {
		tb.Fatal(err)
	}
	a, err := New(cfg, Options{Now: func() time.Time { return now }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { a.Close() })
	return a, now
}

// boardApp is an App on the test's Redis following the embedded plans as of 2026-11-22, with one
// overdue share marked done and progress reported on another.
func boardApp(t *testing.T) (*App, *reminders.Store, []duties.Row) {
	t.Helper()
	a, now := ledgerApp(t)
	ctx := context.Background()
	store := a.ReminderStore()
	if err := a.FollowPlansNow(ctx, store); err != nil {
		t.Fatal(err)
	}
	rows, err := store.Ledger(ctx, plan.DayOf(now))
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if r.Colour == duties.Red {
			if err := store.MarkDone(ctx, reminders.Change{Task: r.Task.ID, Unit: r.Unit, By: "UADMIN"}); err != nil {
				t.Fatal(err)
			}
			if err := store.ReportProgress(ctx, reminders.Change{Task: rows[i+1].Task.ID, Unit: rows[i+1].Unit, By: "UBOB"}, "已完成初稿"); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if rows, err = store.Ledger(ctx, plan.DayOf(now)); err != nil {
		t.Fatal(err)
	}
	return a, store, rows
}

// TestBoardInBrowser loads /board from serve's public routes, on a real Redis, in headless
// Chromium: the counts it shows are the ledger's, a screenshot is kept (go test -artifacts keeps
// it), it fits a phone's width, and a missing or expired link gets 403.
func TestBoardInBrowser(t *testing.T) {
	exe := chromium(t)
	a, store, rows := boardApp(t)
	want := duties.Count(rows)
	if want.Red == 0 || want.Done == 0 {
		t.Fatalf("the ledger %+v should have reds and a done share", want)
	}
	srv := httptest.NewServer(a.publicMux(nil, a.BoardHandler(store), http.NotFoundHandler()))
	defer srv.Close()
	signer := a.BoardSigner()
	good, _ := signer.Link(srv.URL, a.Now().Add(time.Hour))
	expired, _ := signer.Link(srv.URL, a.Now().Add(-time.Minute))

	// The browser lives as long as this context: the whole test is bounded by its timeout.
	bctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.WindowSize(1920, 1080), chromedp.Flag("disable-dev-shm-usage", true))
	actx, cancel := chromedp.NewExecAllocator(bctx, opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()

	for _, tc := range []struct{ name, url string }{{"no link", srv.URL + "/board"}, {"expired link", expired}} {
		resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(tc.url))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if resp.Status != http.StatusForbidden {
			t.Errorf("%s: status %d, want 403", tc.name, resp.Status)
		}
	}
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(good))
	if err != nil || resp.Status != http.StatusOK {
		t.Fatalf("good link: %v %v", resp, err)
	}
	if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("#chart svg"))); err != nil {
		t.Fatalf("no chart: %v", err)
	}
	for id, n := range map[string]int{"n-red": want.Red, "n-yellow": want.Yellow, "n-green": want.Green, "n-done": want.Done} {
		shown, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("#%s: %v", id, err)
		}
		if shown != strconv.Itoa(n) {
			t.Errorf("#%s shows %q, the ledger counts %d", id, shown, n)
		}
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: a PNG
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	// On a phone the page fits the screen's width: nothing scrolls sideways.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Reload()); err != nil {
		t.Fatalf("phone viewport: %v", err)
	}
	widths, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[window.innerWidth, document.documentElement.scrollWidth]`))
	if err != nil || len(widths) != 2 || widths[0] != 390 || widths[1] > widths[0] {
		t.Errorf("on a 390 px wide screen: window and page widths %v (%v), want the page within 390", widths, err)
	}
	path := filepath.Join(t.ArtifactDir(), "board.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(shot))
}
