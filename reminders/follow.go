package reminders

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/plan"
)

// The schedules follow the plans by themselves: serve and dispatch call Follow whenever the plan
// store changes (PlansChanged) and when a day begins (a plan's period may have ended), and every
// reminder command calls it before it reads or writes, so nobody has to run `remind sync`. Follow
// is cheap when nothing changed (one GET), and of several replicas following the same plans one
// reconciles while the others wait for it.

// syncLockTTL bounds how long a replica that died mid-sync keeps the others waiting.
const syncLockTTL = 60 * time.Second

// Follow brings the schedules in step with docs, when they are not already: it fingerprints the
// series the plans (and their lifecycle) call for, and reconciles (Sync) only when the fingerprint
// differs from the one stored by the last reconcile, holding a lock so that one replica does it.
// It returns what changed (zero when nothing did).
func (s *Store) Follow(ctx context.Context, docs []*plan.Document) (SyncResult, error) {
	prev := s.Docs()
	s.setDocs(docs)
	if err := s.ensureLayout(ctx); err != nil {
		return SyncResult{}, fmt.Errorf("follow the plans: %w", err)
	}
	today := plan.DayOf(s.now())
	want, err := s.wanted(ctx, docs)
	if err != nil {
		return SyncResult{}, fmt.Errorf("follow the plans: %w", err)
	}
	fp, err := fingerprint(want)
	if err != nil {
		return SyncResult{}, fmt.Errorf("follow the plans: %w", err)
	}
	token, err := s.lockSync(ctx, fp)
	if err != nil {
		return SyncResult{}, err
	}
	if token == "" { // in step already
		s.markFollowed(today)
		return SyncResult{}, nil
	}
	defer func() {
		// A fresh context: the lock must go even when ctx was cancelled mid-sync.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
		defer cancel()
		if err := unlockScript.Run(ctx, s.rdb, []string{s.ks.SchedSyncLock()}, token).Err(); err != nil && !errors.Is(err, redis.Nil) {
			s.log.Warn("sync lock not released; it expires by itself", "err", err)
		}
	}()
	// Under the lock, so that one replica moves the states of a revised plan's renumbered tasks (a
	// second would move them again, onto the next number).
	if err := s.carryOver(ctx, prev, docs); err != nil {
		return SyncResult{}, fmt.Errorf("follow the plans: %w", err)
	}
	res, err := s.reconcile(ctx, want)
	if err != nil {
		return res, err
	}
	if err := s.rdb.Set(ctx, s.ks.SchedSynced(), fp, 0).Err(); err != nil {
		return res, wrap("record the synced plans", err)
	}
	s.markFollowed(today)
	return res, nil
}

func (s *Store) markFollowed(day plan.Day) {
	s.mu.Lock()
	s.followed = day
	s.mu.Unlock()
}

// FollowDaily follows the plans last followed again when a new day has begun since they were last
// brought in step: a plan whose period ended yesterday stops nudging today. The dispatcher calls it
// on every pass; after a failure it tries again a minute later.
func (s *Store) FollowDaily(ctx context.Context) error {
	now := s.now()
	s.mu.Lock()
	docs, last, tried := s.docs, s.followed, s.triedDaily
	due := docs != nil && last != plan.DayOf(now) && now.Sub(tried) >= time.Minute
	if due {
		s.triedDaily = now
	}
	s.mu.Unlock()
	if !due {
		return nil
	}
	_, err := s.Follow(ctx, docs)
	return err
}

// lockSync takes the sync lock unless the schedules are in step with fp already; it returns "" when
// they are (perhaps after waiting for another replica's reconcile), else the lock's token.
func (s *Store) lockSync(ctx context.Context, fp string) (string, error) {
	var b [8]byte
	_, _ = rand.Read(b[:])
	token := hex.EncodeToString(b[:])
	wait := 20 * time.Millisecond
	deadline := time.Now().Add(syncLockTTL)
	for {
		cur, err := s.rdb.Get(ctx, s.ks.SchedSynced()).Result()
		if err != nil && !errors.Is(err, redis.Nil) {
			return "", wrap("read the synced plans", err)
		}
		if cur == fp {
			return "", nil
		}
		ok, err := s.rdb.SetNX(ctx, s.ks.SchedSyncLock(), token, syncLockTTL).Result()
		if err != nil {
			return "", wrap("take the sync lock", err)
		}
		if ok {
			return token, nil
		}
		if time.Now().After(deadline) {
			return "", errors.New("follow the plans: another replica has been syncing for a minute")
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 500*time.Millisecond)
	}
}

// fingerprint hashes the series definitions: equal plans (and lifecycles) give equal prints.
func fingerprint(want []Series) (string, error) {
	h := sha256.New()
	for i := range want {
		b, err := json.Marshal(&want[i])
		if err != nil {
			return "", err
		}
		h.Write(b)
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
