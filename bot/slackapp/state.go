package slackapp

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/slack-go/slack"

	"github.com/dutybot/dutybot/bot"
)

// firstDelivery reports whether the event id is new, remembering it for EventTTL. Slack redelivers an
// event it thinks failed (a slow ack, a reconnect); the retry must not be answered twice. Redis makes
// this hold across replicas; when Redis is down, this replica's memory still catches its own retries.
func (a *App) firstDelivery(ctx context.Context, eventID string) bool {
	if eventID == "" {
		return true
	}
	return a.once(ctx, a.opt.Keys.SlackEvent(eventID), "event:"+eventID, a.opt.EventTTL)
}

// firstRequest reports whether a signed HTTP request is seen for the first time: a request captured
// and replayed within the five minutes its timestamp is valid must not run twice. The signature
// names the request (it covers timestamp and body).
func (a *App) firstRequest(ctx context.Context, signature string) bool {
	return a.once(ctx, a.opt.Keys.SlackRequest(signature), "request:"+signature, 10*time.Minute)
}

// once sets key (Redis, shared by replicas) or memKey (this replica, when Redis is down) if absent,
// for ttl, and reports whether it was absent.
func (a *App) once(ctx context.Context, key, memKey string, ttl time.Duration) bool {
	if a.useRedis() {
		ok, err := a.opt.Redis.SetNX(ctx, key, "1", ttl).Result()
		if err == nil {
			a.mem.setNX(memKey, nil, ttl)
			return ok
		}
		a.redisFailed("dedupe", err)
	}
	return a.mem.setNX(memKey, nil, ttl)
}

// conversationContext returns what a conversation is about (the previous answer's bot.Context),
// and whether the bot is part of it. A context an older version kept starts afresh.
func (a *App) conversationContext(ctx context.Context, channel, key string) (bot.Context, bool) {
	b, ok := a.threadContext(ctx, channel, key)
	var c bot.Context
	if len(b) > 0 && json.Unmarshal(b, &c) != nil {
		c = bot.Context{}
	}
	return c, ok
}

// saveConversation keeps an answer's context for the next question in the conversation.
func (a *App) saveConversation(ctx context.Context, channel, key string, c bot.Context) {
	b, err := json.Marshal(c)
	if err != nil {
		a.log.Warn("conversation context not kept", "err", err)
	}
	a.saveThreadContext(ctx, channel, key, b)
}

// threadContext returns the follow-up context of a conversation, and whether the bot is part of it.
func (a *App) threadContext(ctx context.Context, channel, threadTS string) ([]byte, bool) {
	if a.useRedis() {
		b, err := a.opt.Redis.Get(ctx, a.opt.Keys.SlackThread(channel, threadTS)).Bytes()
		switch {
		case err == nil:
			return b, true
		case errors.Is(err, redis.Nil):
			return nil, false
		}
		a.redisFailed("thread context", err)
	}
	return a.mem.get("thread:" + channel + ":" + threadTS)
}

// saveThreadContext keeps an answer's context for the next question in the conversation. An empty
// context is stored too: it marks the bot as part of the thread.
func (a *App) saveThreadContext(ctx context.Context, channel, threadTS string, c []byte) {
	if c == nil {
		c = []byte{}
	}
	a.mem.set("thread:"+channel+":"+threadTS, c, a.opt.ThreadTTL)
	if a.useRedis() {
		if err := a.opt.Redis.Set(ctx, a.opt.Keys.SlackThread(channel, threadTS), c, a.opt.ThreadTTL).Err(); err != nil {
			a.redisFailed("thread context", err)
		}
	}
}

// redisPause is how long the App leaves Redis alone after a failure: a down Redis costs each call
// its dial timeouts and retries, and questions must not wait for that.
const redisPause = 10 * time.Second

// useRedis reports whether there is a Redis and it has not just failed.
func (a *App) useRedis() bool {
	return a.opt.Redis != nil && time.Now().UnixNano() >= a.redisDownUntil.Load()
}

// redisFailed notes a Redis failure: memory stands in for a while.
func (a *App) redisFailed(what string, err error) {
	a.redisDownUntil.Store(time.Now().Add(redisPause).UnixNano())
	a.log.Warn(what+": redis unavailable, using memory for a while", "err", err, "pause", redisPause)
}

// memory is a small map with expiry: the fallback for what Redis keeps when Redis is down.
type memory struct {
	mu    sync.Mutex
	now   func() time.Time
	items map[string]memItem
}

type memItem struct {
	val     []byte
	expires time.Time
}

const memoryCap = 20000

func newMemory(now func() time.Time) *memory {
	return &memory{now: now, items: map[string]memItem{}}
}

func (m *memory) get(k string) ([]byte, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	it, ok := m.items[k]
	if !ok || m.now().After(it.expires) {
		return nil, false
	}
	return it.val, true
}

func (m *memory) set(k string, v []byte, ttl time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweep()
	m.items[k] = memItem{v, m.now().Add(ttl)}
}

func (m *memory) setNX(k string, v []byte, ttl time.Duration) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if it, ok := m.items[k]; ok && !m.now().After(it.expires) {
		return false
	}
	m.sweep()
	m.items[k] = memItem{v, m.now().Add(ttl)}
	return true
}

// sweep drops expired items when the map is full, and the oldest half if that is not enough.
func (m *memory) sweep() {
	if len(m.items) < memoryCap {
		return
	}
	now := m.now()
	for k, it := range m.items {
		if now.After(it.expires) {
			delete(m.items, k)
		}
	}
	for k := range m.items {
		if len(m.items) < memoryCap/2 {
			break
		}
		delete(m.items, k)
	}
}

// memberCache remembers channel member lists for a few minutes: permission checks read them on every
// button press.
type memberCache struct {
	mu    sync.Mutex
	now   func() time.Time
	ttl   time.Duration
	lists map[string]memberList
}

type memberList struct {
	users   map[string]bool
	fetched time.Time
}

func newMemberCache(now func() time.Time, ttl time.Duration) *memberCache {
	return &memberCache{now: now, ttl: ttl, lists: map[string]memberList{}}
}

// isMember reports whether user is in channel, reading conversations.members when the cache is stale.
func (a *App) isMember(ctx context.Context, channel, user string) (bool, error) {
	c := a.members
	c.mu.Lock()
	l, ok := c.lists[channel]
	c.mu.Unlock()
	if ok && c.now().Sub(l.fetched) < c.ttl {
		return l.users[user], nil
	}
	users := map[string]bool{}
	cursor := ""
	for {
		ids, next, err := a.api.GetUsersInConversationContext(ctx, &slack.GetUsersInConversationParameters{ChannelID: channel, Cursor: cursor, Limit: 1000})
		if err != nil {
			return false, fmt.Errorf("conversations.members %s: %w", channel, err)
		}
		for _, id := range ids {
			users[id] = true
		}
		if next == "" {
			break
		}
		cursor = next
	}
	c.mu.Lock()
	c.lists[channel] = memberList{users: users, fetched: c.now()}
	c.mu.Unlock()
	return users[user], nil
}
