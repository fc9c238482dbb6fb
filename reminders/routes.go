package reminders

import (
	"context"
	"errors"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/plan"
)

// The dispatcher looks up the routes of the units in what it claimed (HMGET of those units and
// their cities), never the whole routes hash, and keeps what it read until the routes change:
// every change raises a counter (routeScript), one GET a pass tells whether the cache still holds.

// routeCache is what the store read of the routes, for the routes version it read.
type routeCache struct {
	mu      sync.Mutex
	version string
	routes  map[plan.UnitRef][]string  // units read, with their routes (nil: none)
	since   map[plan.UnitRef]time.Time // when each got its first route
}

// routesVersion reads the routes version and forgets the cache when it moved.
func (s *Store) routesVersion(ctx context.Context) error {
	v, err := s.rdb.Get(ctx, s.ks.SchedRoutesVersion()).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return wrap("read routes", err)
	}
	c := &s.routes
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.routes == nil || v != c.version {
		c.version, c.routes, c.since = v, map[plan.UnitRef][]string{}, map[plan.UnitRef]time.Time{}
	}
	return nil
}

// routesOf returns the routes of units (and when each got its first), reading from Redis only the
// ones the cache does not hold.
func (s *Store) routesOf(ctx context.Context, units []plan.UnitRef) (map[plan.UnitRef][]string, map[plan.UnitRef]time.Time, error) {
	c := &s.routes
	c.mu.Lock()
	var missing []string
	for _, u := range unique(units) {
		if _, ok := c.routes[u]; !ok {
			missing = append(missing, unitField(u))
		}
	}
	c.mu.Unlock()
	if len(missing) > 0 {
		pipe := s.rdb.Pipeline()
		r := pipe.HMGet(ctx, s.ks.SchedRoutes(), missing...)
		t := pipe.HMGet(ctx, s.ks.SchedRouteSince(), missing...)
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, nil, wrap("read routes", err)
		}
		c.mu.Lock()
		for i, f := range missing {
			u := parseUnitField(f)
			v, _ := r.Val()[i].(string)
			c.routes[u] = splitRoutes(v)
			if at, _ := t.Val()[i].(string); at != "" {
				c.since[u] = fromMS(at)
			}
		}
		c.mu.Unlock()
	}
	routes, since := make(map[plan.UnitRef][]string, len(units)), make(map[plan.UnitRef]time.Time, len(units))
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, u := range units {
		if r := c.routes[u]; len(r) > 0 {
			routes[u] = r
		}
		if t, ok := c.since[u]; ok {
			since[u] = t
		}
	}
	return routes, since, nil
}

// splitRoutes reads a unit's comma-separated routes ("" is none).
func splitRoutes(v string) []string {
	if v == "" {
		return []string{}
	}
	var out []string
	for _, r := range strings.Split(v, ",") {
		if r != "" {
			out = append(out, r)
		}
	}
	if out == nil {
		return []string{}
	}
	return out
}

// claimUnits is every unit whose routes the claims need: each series' unit and its city, and the
// leaders.
func claimUnits(items []claimed) []plan.UnitRef {
	out := []plan.UnitRef{LeadersUnit}
	for _, c := range items {
		if c.series.Route == "" {
			out = append(out, c.series.Unit, plan.UnitRef{City: c.series.Unit.City})
		}
	}
	return out
}
