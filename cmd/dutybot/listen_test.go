package main

import (
	"errors"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// closedByPeer reports whether the server closed c (a read sees EOF or a reset before the deadline).
func closedByPeer(c net.Conn, wait time.Duration) bool {
	c.SetReadDeadline(time.Now().Add(wait))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

func TestLimitListenerClosesWhatIsOverTheCaps(t *testing.T) {
	tests := []struct {
		name       string
		max, perIP int
		dial       int
		wantOpen   int
	}{
		{"per address", 10, 2, 5, 2},
		{"in all", 3, 10, 5, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			cut := 0
			ln := newLimitListener(raw, tc.max, tc.perIP, func() { cut++ })
			defer ln.Close()
			accepted := make(chan net.Conn, tc.dial)
			go func() {
				for {
					c, err := ln.Accept()
					if err != nil {
						return
					}
					accepted <- c
				}
			}()
			var conns []net.Conn
			for i := 0; i < tc.dial; i++ {
				c, err := net.Dial("tcp", raw.Addr().String())
				if err != nil {
					t.Fatal(err)
				}
				defer c.Close()
				conns = append(conns, c)
			}
			open := 0
			for _, c := range conns {
				if !closedByPeer(c, 300*time.Millisecond) {
					open++
				}
			}
			if open != tc.wantOpen {
				t.Errorf("%d connections stay open, want %d", open, tc.wantOpen)
			}
			// A place comes back when a connection closes.
			(<-accepted).Close()
			c, err := net.Dial("tcp", raw.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if closedByPeer(c, 300*time.Millisecond) {
				t.Error("a new connection is refused after one closed")
			}
		})
	}
}

// TestServeSurvivesSlowClients: a crowd of connections trickling a request holds at most
// DUTYBOT_MAX_CONNS of them; the rest are closed at once, and /healthz keeps answering.
func TestServeSurvivesSlowClients(t *testing.T) {
	e := startServe(t, "", time.Now(), "DUTYBOT_MAX_CONNS", "30", "DUTYBOT_MAX_CONNS_PER_IP", "30")
	var conns []net.Conn
	for i := 0; i < 150; i++ {
		c, err := net.Dial("tcp", e.addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "POST /slack/events HTTP/1.1\r\nHost: dutybot\r\nContent-Length: 100000\r\n\r\n{")
		conns = append(conns, c)
	}
	start := time.Now()
	resp, err := (&http.Client{Timeout: 2 * time.Second}).Get("http://" + e.metrics + "/healthz")
	if err != nil {
		t.Fatalf("/healthz under load: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || time.Since(start) > 2*time.Second {
		t.Errorf("/healthz under load = %d after %s", resp.StatusCode, time.Since(start))
	}
	open := 0
	for _, c := range conns {
		if !closedByPeer(c, 100*time.Millisecond) {
			open++
		}
	}
	if open > 30 {
		t.Errorf("%d trickling connections held open, want at most 30", open)
	}
}
