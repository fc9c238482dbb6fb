package app

import (
	"errors"
	"net"
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
