package reminders

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/redis/go-redis/v9"
)

// commandLog is a go-redis hook that keeps the commands a client sends.
type commandLog struct {
	mu   sync.Mutex
	cmds []string
}

func (l *commandLog) DialHook(next redis.DialHook) redis.DialHook { return next }

func (l *commandLog) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		l.add(cmd)
		return next(ctx, cmd)
	}
}

func (l *commandLog) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		for _, c := range cmds {
			l.add(c)
		}
		return next(ctx, cmds)
	}
}

func (l *commandLog) add(c redis.Cmder) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cmds = append(l.cmds, strings.ToLower(c.Name())+" "+strings.TrimPrefix(c.String(), c.Name()+" "))
}

func (l *commandLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := l.cmds
	l.cmds = nil
	return out
}

// TestRoutesLookedUpPerBatch: the dispatcher reads the routes of the units it claimed (HMGET),
// never the whole hash, reads none again while the routes stay as they are, and sees a change
// another replica makes at its next pass.
func TestRoutesLookedUpPerBatch(t *testing.T) {
	ctx := context.Background()
	clk := newClock("2026-11-20 08:00")
	other, rdb := newStore(t, clk.Now)
	log := &commandLog{}
	client := redis.NewClient(&redis.Options{Addr: rdb.Options().Addr, DB: rdb.Options().DB, Password: rdb.Options().Password})
	defer client.Close()
	client.AddHook(log)
	s := NewStore(client, StoreOptions{Prefix: other.ks.Prefix, Now: clk.Now})
	if err := other.Subscribe(ctx, commerce, "COLD"); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	d := newDispatcher(s, rec)
	tests := []struct {
		name   string
		change func() error
		due    string
		route  string
		lookup bool // the routes hash is read
	}{
		{"first pass reads the unit's routes", nil, "2026-11-20 09:00", "COLD", true},
		{"unchanged routes are not read again", nil, "2026-11-20 10:00", "COLD", false},
		{"another replica's change is seen", func() error {
			if err := other.Unsubscribe(ctx, commerce, ""); err != nil {
				return err
			}
			return other.Subscribe(ctx, commerce, "CNEW")
		}, "2026-11-20 11:00", "CNEW", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.change != nil {
				if err := tc.change(); err != nil {
					t.Fatal(err)
				}
			}
			if _, _, err := other.Add(ctx, Custom{Unit: commerce, At: at(tc.due), Text: tc.name}); err != nil {
				t.Fatal(err)
			}
			clk.Set(tc.due)
			log.take()
			if res, err := d.Tick(ctx); err != nil || res.Delivered != 1 {
				t.Fatalf("%+v %v", res, err)
			}
			got := rec.nudges()
			if last := got[len(got)-1]; last.Route != tc.route {
				t.Errorf("sent to %s, want %s", last.Route, tc.route)
			}
			read := false
			for _, c := range log.take() {
				if strings.HasPrefix(c, "hgetall") && strings.Contains(c, "routes") {
					t.Errorf("the whole routes hash was read: %s", c)
				}
				if strings.HasPrefix(c, "hmget") && strings.Contains(c, s.ks.SchedRoutes()) {
					read = true
				}
			}
			if read != tc.lookup {
				t.Errorf("routes read %v, want %v", read, tc.lookup)
			}
		})
	}
}
