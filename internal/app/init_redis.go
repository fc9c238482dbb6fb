package app

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/redis/go-redis/v9"
)

// newRedisClient builds the one client every store shares: Redis Cluster when REDIS_CLUSTER_ADDRS
// is set, Sentinel failover when REDIS_SENTINEL_MASTER is, else the server at REDIS_URL.
// Credentials, TLS and (but for Cluster) the DB come from REDIS_URL in every case.
func newRedisClient(c Config) (redis.UniversalClient, error) {
	opt, err := redis.ParseURL(c.RedisURL)
	if err != nil {
		return nil, fmt.Errorf("REDIS_URL: %w", err)
	}
	switch {
	case len(c.RedisClusterAddrs) > 0:
		return redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.RedisClusterAddrs,
			Username: opt.Username, Password: opt.Password, TLSConfig: opt.TLSConfig}), nil
	case c.RedisSentinelMaster != "":
		return redis.NewFailoverClient(&redis.FailoverOptions{MasterName: c.RedisSentinelMaster,
			SentinelAddrs: c.RedisSentinelAddrs, Username: opt.Username, Password: opt.Password, DB: opt.DB,
			TLSConfig: opt.TLSConfig}), nil
	}
	return redis.NewClient(opt), nil
}

// Redis is the client every store shares. Making it dialled nothing; Reach does.
func (a *App) Redis() redis.UniversalClient { return a.redis }

// reachResult is the outcome of the one probe of Redis an App makes.
type reachResult struct{ err error }

// Reach checks, once per App, that Redis answers within timeout, and returns that first answer
// every time after: a command that tries the plan store and then the done marks waits for a
// missing Redis once. A single server is probed by a plain dial first, so that a laptop without
// Redis does not fill the log with go-redis's failed dials.
func (a *App) Reach(ctx context.Context, timeout time.Duration) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.reach == nil {
		a.reach = &reachResult{err: a.probe(ctx, timeout)}
	}
	return a.reach.err
}

func (a *App) probe(ctx context.Context, timeout time.Duration) error {
	c := a.Config
	if len(c.RedisClusterAddrs) == 0 && c.RedisSentinelMaster == "" {
		opt, err := redis.ParseURL(c.RedisURL)
		if err != nil {
			return fmt.Errorf("REDIS_URL: %w", err)
		}
		network := opt.Network
		if network == "" {
			network = "tcp"
		}
		conn, err := net.DialTimeout(network, opt.Addr, timeout)
		if err != nil {
			return fmt.Errorf("%s: %w", opt.Addr, err)
		}
		conn.Close()
	}
	pctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := a.redis.Ping(pctx).Err(); err != nil {
		return fmt.Errorf("ping: %w", err)
	}
	return nil
}
