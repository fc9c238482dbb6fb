// Command asynq-bench measures hibiken/asynq on the figures docs/BENCHMARKS.md compares dutybot's
// reminders with: the Redis memory each pending (scheduled) task costs, and the lag from due time to
// handling when 100,000 tasks fall due over one minute. It is a module of its own, so asynq never
// becomes a dependency of dutybot. It starts its own redis-server (on PATH) with no persistence.
//
//	cd bench/asynq && go run . -n 100000
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hibiken/asynq"
	"github.com/redis/go-redis/v9"
)

func main() {
	n := flag.Int("n", 100_000, "tasks")
	spread := flag.Duration("spread", time.Minute, "the lag run's tasks fall due over this long")
	flag.Parse()
	if err := run(*n, *spread); err != nil {
		slog.Error("asynq bench", "err", err)
		os.Exit(1)
	}
}

func run(n int, spread time.Duration) error {
	addr, stop, err := startRedis()
	if err != nil {
		return err
	}
	defer stop()
	rdb := redis.NewClient(&redis.Options{Addr: addr})
	defer rdb.Close()
	ctx := context.Background()
	client := asynq.NewClient(asynq.RedisClientOpt{Addr: addr})
	defer client.Close()

	mem0, err := usedMemory(ctx, rdb)
	if err != nil {
		return err
	}
	if err := enqueue(client, n, time.Now().Add(24*time.Hour), 0, "far"); err != nil {
		return err
	}
	mem1, err := usedMemory(ctx, rdb)
	if err != nil {
		return err
	}
	fmt.Printf("memory: %d tasks scheduled, %.0f bytes/pending\n", n, float64(mem1-mem0)/float64(n))
	if err := rdb.FlushAll(ctx).Err(); err != nil {
		return err
	}

	start := time.Now().Add(20 * time.Second).Truncate(time.Millisecond)
	if err := enqueue(client, n, start, spread/time.Duration(n), "due"); err != nil {
		return err
	}
	lags, err := serve(addr, n, start)
	if err != nil {
		return err
	}
	slices.Sort(lags)
	pct := func(p float64) float64 {
		return float64(lags[min(len(lags)-1, int(float64(len(lags))*p))].Microseconds()) / 1000
	}
	fmt.Printf("lag: %d tasks due over %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", n, spread, pct(0.5), pct(0.99), pct(1))
	return nil
}

// payload is what a task carries: like a dutybot reminder, a route, a text and its due time.
type payload struct {
	Route string    `json:"route"`
	Text  string    `json:"text"`
	Due   time.Time `json:"due"`
}

func enqueue(client *asynq.Client, n int, at time.Time, step time.Duration, tag string) error {
	var wg sync.WaitGroup
	errc := make(chan error, 8)
	for w := 0; w < 8; w++ {
		wg.Go(func() {
			for i := w; i < n; i += 8 {
				due := at.Add(time.Duration(i) * step)
				b, _ := json.Marshal(payload{Route: "C" + strconv.Itoa(i%20), Text: "bench " + strconv.Itoa(i), Due: due})
				if _, err := client.Enqueue(asynq.NewTask("nudge", b), asynq.ProcessAt(due), asynq.TaskID(tag+strconv.Itoa(i))); err != nil {
					errc <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errc)
	return <-errc
}

// serve runs an asynq server with its defaults until n tasks were handled, and returns their lags.
func serve(addr string, n int, start time.Time) ([]time.Duration, error) {
	var mu sync.Mutex
	lags := make([]time.Duration, 0, n)
	done := make(chan struct{})
	srv := asynq.NewServer(asynq.RedisClientOpt{Addr: addr}, asynq.Config{Concurrency: 8,
		Logger: quiet{}, LogLevel: asynq.FatalLevel})
	handler := asynq.HandlerFunc(func(ctx context.Context, t *asynq.Task) error {
		var p payload
		if err := json.Unmarshal(t.Payload(), &p); err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		lags = append(lags, time.Since(p.Due))
		if len(lags) == n {
			close(done)
		}
		return nil
	})
	time.Sleep(time.Until(start))
	if err := srv.Start(handler); err != nil {
		return nil, err
	}
	<-done
	srv.Shutdown()
	return lags, nil
}

type quiet struct{}

func (quiet) Debug(...any) {}
func (quiet) Info(...any)  {}
func (quiet) Warn(...any)  {}
func (quiet) Error(...any) {}
func (quiet) Fatal(...any) {}

func usedMemory(ctx context.Context, rdb *redis.Client) (int64, error) {
	info, err := rdb.Info(ctx, "memory").Result()
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
			return strconv.ParseInt(v, 10, 64)
		}
	}
	return 0, fmt.Errorf("no used_memory in INFO")
}

// startRedis starts a redis-server on a free port, without persistence.
func startRedis() (string, func(), error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	dir, err := os.MkdirTemp("", "asynq-bench")
	if err != nil {
		return "", nil, err
	}
	cmd := exec.Command("redis-server", "--port", strconv.Itoa(port), "--save", "", "--appendonly", "no", "--dir", dir)
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start redis-server: %w", err)
	}
	stop := func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); os.RemoveAll(dir) }
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return addr, stop, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	return "", nil, fmt.Errorf("redis-server did not start on %s", addr)
}
