package main

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Bounds of serve's public HTTP server. Slack's requests are small and answered at once (the work
// runs after the ack), so a client that takes longer than these is not Slack.
const (
	httpReadHeaderTimeout = 5 * time.Second
	httpReadTimeout       = 15 * time.Second
	httpWriteTimeout      = 30 * time.Second
	httpIdleTimeout       = 60 * time.Second
	httpMaxHeaderBytes    = 64 << 10
)

// newHTTPServer returns a server with every timeout set: a client trickling its headers or body is
// cut off instead of holding a connection open.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: httpReadHeaderTimeout,
		ReadTimeout:       httpReadTimeout,
		WriteTimeout:      httpWriteTimeout,
		IdleTimeout:       httpIdleTimeout,
		MaxHeaderBytes:    httpMaxHeaderBytes,
	}
}

// limitListener caps open connections, in all and per remote address. A connection over either cap
// is closed at once, so that slow or abusive clients cannot use up the process's file descriptors
// (netutil.LimitListener would instead stop accepting, and everyone would wait behind them).
type limitListener struct {
	net.Listener
	max, perIP int

	mu    sync.Mutex
	open  int
	byIP  map[string]int
	onCut func() // counts refused connections; may be nil
}

func newLimitListener(ln net.Listener, max, perIP int, onCut func()) *limitListener {
	return &limitListener{Listener: ln, max: max, perIP: perIP, byIP: map[string]int{}, onCut: onCut}
}

// Accept returns the next connection within the caps, closing the ones over them.
func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := remoteIP(c)
		l.mu.Lock()
		ok := l.open < l.max && l.byIP[ip] < l.perIP
		if ok {
			l.open++
			l.byIP[ip]++
		}
		l.mu.Unlock()
		if ok {
			return &limitedConn{Conn: c, release: func() { l.release(ip) }}, nil
		}
		c.Close()
		if l.onCut != nil {
			l.onCut()
		}
	}
}

func (l *limitListener) release(ip string) {
	l.mu.Lock()
	l.open--
	if l.byIP[ip]--; l.byIP[ip] <= 0 {
		delete(l.byIP, ip)
	}
	l.mu.Unlock()
}

func remoteIP(c net.Conn) string {
	host, _, err := net.SplitHostPort(c.RemoteAddr().String())
	if err != nil {
		return c.RemoteAddr().String()
	}
	return host
}

// limitedConn gives its place back once, however often it is closed.
type limitedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
