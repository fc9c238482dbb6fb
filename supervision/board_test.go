package supervision

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

func TestSigner(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	s := NewSigner("secret")
	good, _ := s.Token(now.Add(time.Hour))
	expired, _ := s.Token(now.Add(-time.Second))
	other, _ := NewSigner("another").Token(now.Add(time.Hour))
	exp, sig, _ := strings.Cut(good, ".")
	stretched := strconv.FormatInt(mustInt(t, exp)+3600, 10) + "." + sig
	tests := []struct {
		name   string
		signer Signer
		token  string
		ok     bool
	}{
		{"a good token", s, good, true},
		{"no token", s, "", false},
		{"expired", s, expired, false},
		{"another secret's", s, other, false},
		{"expiry stretched", s, stretched, false},
		{"garbage", s, "abc.def", false},
		{"no secret configured", NewSigner(""), good, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.signer.Check(tt.token, now); (err == nil) != tt.ok {
				t.Errorf("Check(%q) = %v, want ok %v", tt.token, err, tt.ok)
			}
		})
	}
}

func mustInt(t *testing.T, s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBoardHandler: the page shows the ledger's counts behind a good link and answers 403 to any
// other, without reading the ledger.
func TestBoardHandler(t *testing.T) {
	rows, today := seedLedger(t)
	now := today.Time(10, 0)
	signer := NewSigner("secret")
	reads := 0
	ledger := func(_ context.Context, d plan.Day) ([]duties.Row, error) { reads++; return rows, nil }
	srv := httptest.NewServer(BoardHandler(ledger, signer, func() time.Time { return now }, slog.New(slog.DiscardHandler)))
	defer srv.Close()
	good, _ := signer.Link(srv.URL, now.Add(time.Hour))
	expired, _ := signer.Link(srv.URL, now.Add(-time.Minute))
	tests := []struct {
		name, url string
		code      int
	}{
		{"no link", srv.URL + BoardPath, http.StatusForbidden},
		{"expired link", expired, http.StatusForbidden},
		{"forged link", srv.URL + BoardPath + "?t=9999999999.00", http.StatusForbidden},
		{"good link", good, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := reads
			resp, err := http.Get(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.code {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.code)
			}
			if tt.code != http.StatusOK {
				if reads != before {
					t.Errorf("a refused link read the ledger")
				}
				return
			}
			checkPage(t, string(body), duties.Count(rows))
		})
	}
}

// checkPage checks the counts a board page shows against want, and that it loads nothing from
// elsewhere.
func checkPage(t *testing.T, page string, want duties.Tally) {
	t.Helper()
	for id, n := range map[string]int{"n-red": want.Red, "n-yellow": want.Yellow, "n-green": want.Green, "n-done": want.Done} {
		re := regexp.MustCompile(`id="` + id + `" data-count="(\d+)"`)
		m := re.FindStringSubmatch(page)
		if m == nil || m[1] != strconv.Itoa(n) {
			t.Errorf("%s: %v, want %d", id, m, n)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") || strings.Contains(page, "<script") {
		t.Errorf("the page loads something from elsewhere or runs a script")
	}
	if !strings.Contains(page, "<svg") || !strings.Contains(page, `http-equiv="refresh"`) {
		t.Errorf("no chart or no refresh")
	}
}
