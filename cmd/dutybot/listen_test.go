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
	if resp.StatusCode != http.StatusOK || time.Since(start) > 5*time.Second {
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
