package app

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/dutybot/dutybot/bot/slackapp"
	"github.com/dutybot/dutybot/supervision"
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

// httpServers are serve's listeners: the public one (/healthz, and /slack/* in HTTP mode) and the
// metrics one (/metrics and a second /healthz; nil when DUTYBOT_METRICS_ADDR is off).
type httpServers struct {
	public, metrics       net.Listener
	publicSrv, metricsSrv *http.Server
}

// listen opens serve's listeners, each connection bounded (DUTYBOT_MAX_CONNS, _PER_IP).
func (a *App) listen(reg *prometheus.Registry, slack *slackapp.App, board, healthz http.Handler) (*httpServers, error) {
	c := a.Config
	cut := prometheus.NewCounter(prometheus.CounterOpts{Name: "dutybot_http_connections_refused_total", Help: "Connections closed at once because of DUTYBOT_MAX_CONNS or DUTYBOT_MAX_CONNS_PER_IP."})
	reg.MustRegister(cut)
	mux := a.publicMux(slack, board, healthz)
	ln, err := net.Listen("tcp", c.HTTPAddr)
	if err != nil {
		return nil, fmt.Errorf("DUTYBOT_HTTP_ADDR %s: %w", c.HTTPAddr, err)
	}
	h := &httpServers{public: newLimitListener(ln, c.MaxConns, c.MaxConnsPerHost, cut.Inc), publicSrv: newHTTPServer(mux)}
	if c.MetricsAddr == "off" {
		return h, nil
	}
	mmux := http.NewServeMux()
	mmux.Handle("GET /healthz", healthz)
	mmux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	h.metricsSrv = newHTTPServer(mmux)
	if h.metrics, err = net.Listen("tcp", c.MetricsAddr); err != nil {
		ln.Close()
		return nil, fmt.Errorf("DUTYBOT_METRICS_ADDR %s: %w", c.MetricsAddr, err)
	}
	return h, nil
}

// publicMux routes serve's public address: /healthz, the board page, and Slack's requests in HTTP
// mode (slack may be nil otherwise).
func (a *App) publicMux(slack *slackapp.App, board, healthz http.Handler) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /healthz", healthz)
	mux.Handle("GET "+supervision.BoardPath, board)
	if a.Config.SlackMode == slackapp.ModeHTTP && slack != nil {
		mux.Handle("/slack/", slack.Handler())
	}
	return mux
}

// serve runs the listeners on wg; a failure goes to errc.
func (h *httpServers) serve(wg *sync.WaitGroup, errc chan<- error) {
	wg.Go(func() { serveUntilClosed(h.publicSrv, h.public, "http server", errc) })
	if h.metricsSrv != nil {
		wg.Go(func() { serveUntilClosed(h.metricsSrv, h.metrics, "metrics server", errc) })
	}
}

// shutdown stops taking requests and waits for those in flight until ctx is done.
func (h *httpServers) shutdown(ctx context.Context, log *slog.Logger) {
	if err := h.publicSrv.Shutdown(ctx); err != nil {
		log.Warn("http server did not stop cleanly", "err", err)
	}
	if h.metricsSrv != nil {
		if err := h.metricsSrv.Shutdown(ctx); err != nil {
			log.Warn("metrics server did not stop cleanly", "err", err)
		}
	}
}

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
