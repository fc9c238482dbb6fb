// Package redistest gives tests a real Redis: its own redis-server on a free port when the binary is
// on PATH, else the server at REDIS_URL (default redis://127.0.0.1:6379/15). Each call gets a
// fresh key prefix, so tests never see each other's keys.
package redistest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Server is a redis-server process the tests own.
type Server struct {
	Addr   string
	cmd    *exec.Cmd
	exited chan struct{}
	dir    string
	args   []string
}

var (
	shared     *Server
	sharedOnce sync.Once
	sharedErr  error
	seq        atomic.Int64
)

// Client returns a client on the shared test Redis and a prefix unique to this test
// (ending in ":"). The test is skipped only when no Redis can be reached at all and CI is unset.
func Client(t testing.TB) (*redis.Client, string) {
	t.Helper()
	opt, err := options()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("redistest: %v", err)
		}
		t.Skipf("redistest: no Redis: %v", err)
	}
	c := redis.NewClient(opt)
	t.Cleanup(func() { c.Close() })
	prefix := fmt.Sprintf("t%d-%d-%s:", os.Getpid(), seq.Add(1), filepath.Base(t.Name()))
	return c, prefix
}

// URL returns a redis:// URL for the shared test Redis, for code that takes configuration.
func URL(t testing.TB) string {
	t.Helper()
	opt, err := options()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("redistest: %v", err)
		}
		t.Skipf("redistest: no Redis: %v", err)
	}
	return fmt.Sprintf("redis://%s/%d", opt.Addr, opt.DB)
}

func options() (*redis.Options, error) {
	if _, err := exec.LookPath("redis-server"); err == nil {
		sharedOnce.Do(func() {
			if shared, sharedErr = Start(""); sharedErr == nil {
				// The shared server keeps nothing on disk (no RDB, no AOF) and dies with the test
				// binary, which has no hook to stop it: its directory goes now, so that no
				// /tmp/dutybot-redis-* folder outlives the run.
				os.RemoveAll(shared.dir)
			}
		})
		if sharedErr == nil {
			return &redis.Options{Addr: shared.Addr}, nil
		}
	}
	u := os.Getenv("REDIS_URL")
	if u == "" {
		u = "redis://127.0.0.1:6379/15"
	}
	opt, err := redis.ParseURL(u)
	if err != nil {
		return nil, err
	}
	c := redis.NewClient(opt)
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		return nil, fmt.Errorf("ping %s: %w", u, err)
	}
	return opt, nil
}

// Start runs a new redis-server on a free port with its data in a temporary directory.
// appendonly is "yes" or "" (no persistence). The caller stops it with Stop.
func Start(appendonly string) (*Server, error) {
	extra := []string{"--appendonly", "no"}
	if appendonly == "yes" {
		extra = []string{"--appendonly", "yes", "--appendfsync", "always"}
	}
	return StartWith(extra...)
}

// StartWith runs a new redis-server with extra arguments (for example cluster mode) on a free port
// below 55536, so that a cluster bus port (port+10000) fits too. A port another process takes
// between the check and the start is detected (the server answering must be ours) and another port
// is tried.
func StartWith(extra ...string) (*Server, error) {
	var last error
	for attempt := 0; attempt < 8; attempt++ {
		dir, err := os.MkdirTemp("", "dutybot-redis-")
		if err != nil {
			return nil, err
		}
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s := &Server{Addr: "127.0.0.1:" + strconv.Itoa(port), dir: dir}
		s.args = append([]string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--daemonize", "no"}, extra...)
		if last = s.start(); last == nil {
			return s, nil
		}
		s.Stop()
	}
	return nil, last
}

func (s *Server) start() error {
	s.cmd = exec.Command("redis-server", s.args...)
	dieWithParent(s.cmd)
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("start redis-server: %w", err)
	}
	exited := make(chan struct{})
	go func() { s.cmd.Wait(); close(exited) }()
	s.exited = exited
	want := fmt.Sprintf("process_id:%d", s.cmd.Process.Pid)
	c := redis.NewClient(&redis.Options{Addr: s.Addr, MaxRetries: -1, DialTimeout: 100 * time.Millisecond})
	defer c.Close()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("redis-server on %s exited at start (port taken?)", s.Addr)
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		info, err := c.Info(ctx, "server").Result()
		cancel()
		if err == nil {
			if !strings.Contains(info, want) {
				return fmt.Errorf("another redis-server answers on %s", s.Addr)
			}
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("redis-server on %s did not start", s.Addr)
}

// Restart kills the server and starts it again on the same port and directory
// (what survives depends on appendonly).
func (s *Server) Restart() error {
	s.kill()
	return s.start()
}

// Stop kills the server and removes its directory.
func (s *Server) Stop() {
	s.kill()
	os.RemoveAll(s.dir)
}

func (s *Server) kill() {
	if s.cmd != nil && s.cmd.Process != nil {
		s.cmd.Process.Kill()
		<-s.exited
	}
}

// freePort returns a port in 20000–55535 that is free now.
func freePort() (int, error) {
	for i := 0; i < 100; i++ {
		port := 20000 + rand.IntN(35536)
		l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
		if err != nil {
			continue
		}
		l.Close()
		return port, nil
	}
	return 0, fmt.Errorf("no free port found")
}

// Cluster runs a three-master Redis Cluster on free ports for the test and returns its addresses
// once every node answers and a key can be written; the test is skipped when redis-server or
// redis-cli is missing, or with -short or DUTYBOT_NO_CLUSTER set. The nodes stop, and their
// directories go, when the test ends.
func Cluster(t testing.TB) []string {
	t.Helper()
	if testing.Short() || os.Getenv("DUTYBOT_NO_CLUSTER") != "" {
		t.Skip("cluster test skipped")
	}
	for _, bin := range []string{"redis-server", "redis-cli"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Skipf("no %s: %v", bin, err)
		}
	}
	var addrs []string
	for i := 0; i < 3; i++ {
		// The port is below 55536: the cluster bus listens on port+10000.
		srv, err := StartWith("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--appendonly", "no")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(srv.Stop)
		addrs = append(addrs, srv.Addr)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	if out, err := exec.Command("redis-cli", args...).CombinedOutput(); err != nil {
		t.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	defer rdb.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// Ready when every node says the cluster is ok (each learns the others' slots on its own time:
	// before that, a command for a slot it does not know yet gets CLUSTERDOWN) and a write goes through.
	for !clusterOK(ctx, addrs) || rdb.ForEachShard(ctx, func(ctx context.Context, c *redis.Client) error { return c.Ping(ctx).Err() }) != nil ||
		rdb.Set(ctx, "probe", "1", 0).Err() != nil {
		if ctx.Err() != nil {
			t.Fatal("cluster never became ready")
		}
		time.Sleep(100 * time.Millisecond)
	}
	return addrs
}

// clusterOK reports whether every node's CLUSTER INFO says cluster_state:ok.
func clusterOK(ctx context.Context, addrs []string) bool {
	for _, a := range addrs {
		c := redis.NewClient(&redis.Options{Addr: a})
		info, err := c.ClusterInfo(ctx).Result()
		c.Close()
		if err != nil || !strings.Contains(info, "cluster_state:ok") {
			return false
		}
	}
	return true
}
