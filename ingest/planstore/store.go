package planstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/ingest"
	"github.com/dutybot/dutybot/keyspace"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/seeds"
)

// Listener is anything that must hear of plan changes: the retrieval index, the reminder
// schedules. PlansChanged gets the whole current set of plans every time, so a listener reconciles
// by diffing with what it holds, and a missed or failed call is healed by the next one.
type Listener interface {
	PlansChanged(ctx context.Context, docs []*plan.Document) error
}

// ListenerFunc adapts a function to Listener.
type ListenerFunc func(ctx context.Context, docs []*plan.Document) error

// PlansChanged calls f.
func (f ListenerFunc) PlansChanged(ctx context.Context, docs []*plan.Document) error {
	return f(ctx, docs)
}

// ErrNotFound is returned for a plan reference that matches no stored plan.
var ErrNotFound = errors.New("no stored plan matches")

// Options configure a Store.
type Options struct {
	Parse       plan.Options // aliases for the parser
	MaxFileSize int64        // 0 means ingest.DefaultMaxFileSize
	// Sandbox reads the files Add is given (uploads, files named on the command line) in a child
	// process; nil reads them in this one (tests, trusted files). Its AliasesFile should be the
	// file Parse's aliases came from. The embedded seeds are always read in this process.
	Sandbox    *ingest.Sandbox
	Logger     *slog.Logger     // nil means slog.Default()
	Now        func() time.Time // the clock for "added" times and nearest deadlines
	FeedLength int64            // entries kept in the change feed; 0 means 1000
	// Block is how long one read of the feed waits before looking again; 0 means 2s.
	Block time.Duration
}

// Store keeps plans in Redis (original bytes and parse) and a parsed copy in memory. Every
// replica has its own Store on the shared Redis; Run keeps its copy and its listeners current.
type Store struct {
	rdb    redis.UniversalClient
	keys   keyspace.Keyspace
	opt    Options
	x      ingest.Extractor
	log    *slog.Logger
	origin string

	mu        sync.Mutex
	docs      map[string]*plan.Document
	revs      map[string]int64
	listeners []Listener
	told      bool       // the listeners have heard the plans at least once
	notifyMu  sync.Mutex // one notification at a time, in order
}

// NewStore returns a Store on rdb with keys from keys.
func NewStore(rdb redis.UniversalClient, keys keyspace.Keyspace, opt Options) *Store {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.FeedLength <= 0 {
		opt.FeedLength = 1000
	}
	if opt.Block <= 0 {
		opt.Block = 2 * time.Second
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	return &Store{
		rdb: rdb, keys: keys, opt: opt, x: ingest.Extractor{MaxFileSize: opt.MaxFileSize},
		log: opt.Logger.With("component", "plan-store"), origin: hex.EncodeToString(b),
		docs: map[string]*plan.Document{}, revs: map[string]int64{},
	}
}

// Listen adds a listener. Call it before Run.
func (s *Store) Listen(l Listener) {
	s.mu.Lock()
	s.listeners = append(s.listeners, l)
	s.mu.Unlock()
}

// Parse extracts and parses a plan file without touching the store: in the sandbox when the
// store has one (Options.Sandbox), else in this process.
func (s *Store) Parse(ctx context.Context, name string, data []byte) (*plan.Document, error) {
	if s.opt.Sandbox != nil {
		return s.opt.Sandbox.ParseFile(ctx, name, data)
	}
	return ingest.ParseFile(s.x, name, data, s.opt.Parse)
}

// Entry is a stored plan as listed.
type Entry struct {
	ID     string    `json:"id"`
	Title  string    `json:"title"`
	City   string    `json:"city"`
	Number string    `json:"number"`
	Issued plan.Day  `json:"issued"`
	Source string    `json:"source"` // the file it came from
	Size   int       `json:"size"`   // bytes of the original file
	Tasks  int       `json:"tasks"`
	Added  time.Time `json:"added"`
	Rev    int64     `json:"rev"`
}

func entryOf(d *plan.Document, size int, added time.Time) Entry {
	return Entry{ID: d.ID, Title: d.Title, City: d.City, Number: d.Number, Issued: d.Issued,
		Source: d.Source, Size: size, Tasks: len(d.Tasks), Added: added}
}

// Add parses a plan file and, unless dryRun, stores it, replacing any stored plan with the same
// id, document number or content; then it tells this replica's listeners, and other replicas hear
// of it through the feed. Nothing is stored when the file cannot be read or parsed.
func (s *Store) Add(ctx context.Context, name string, data []byte, dryRun bool) (Summary, error) {
	doc, err := s.Parse(ctx, name, data)
	if err != nil {
		return Summary{}, err
	}
	if dryRun {
		sum := Summarize(doc, plan.DayOf(s.opt.Now()))
		sum.Replaces, err = s.wouldReplace(ctx, doc)
		return sum, err
	}
	return s.Put(ctx, doc, data)
}

// Put stores a plan already parsed (by Parse) with its original bytes, as Add does. A plan stored
// already with the same content and the same parse is left as it is (Summary.Unchanged).
func (s *Store) Put(ctx context.Context, doc *plan.Document, data []byte) (Summary, error) {
	return s.putIf(ctx, doc, data, "", 0)
}

// ErrChanged is returned by Reparse when the plan changed in the store while it was being parsed
// again (a newer upload replaced it, or it was removed): the newer state is kept.
var ErrChanged = errors.New("the plan changed while it was being parsed again")

// putIf stores doc; with expectID, only if that plan is still at revision expectRev, and it is
// replaced whatever the new parse's id.
func (s *Store) putIf(ctx context.Context, doc *plan.Document, data []byte, expectID string, expectRev int64) (Summary, error) {
	name := doc.Source
	sum := Summarize(doc, plan.DayOf(s.opt.Now()))
	rev, replaced, err := s.put(ctx, doc, data, expectID, expectRev)
	if err != nil {
		return sum, err
	}
	switch rev {
	case revUnchanged:
		sum.Stored, sum.Unchanged = true, true
		s.log.Info("plan already stored as it is", "id", doc.ID, "source", name)
		return sum, nil
	case revStale:
		return sum, fmt.Errorf("plan %s: %w", expectID, ErrChanged)
	}
	sum.Stored, sum.Rev, sum.Replaces = true, rev, replaced
	s.log.Info("plan stored", "id", doc.ID, "source", name, "tasks", len(doc.Tasks), "rev", rev, "replaced", replaced)
	s.mu.Lock()
	for _, r := range replaced {
		delete(s.docs, r)
		delete(s.revs, r)
	}
	s.docs[doc.ID], s.revs[doc.ID] = doc, rev
	s.mu.Unlock()
	s.notify(ctx)
	return sum, nil
}

// addScript stores one plan and removes the plans it replaces, in one step.
// KEYS: index, by-number, by-hash, version, feed. ARGV: doc key prefix, id, number, hash, name,
// data, parse, meta, added, origin, feed length, expected id, expected revision.
// Returns {rev, replaced ids...}; rev 0 when the same plan with the same parse is stored already,
// -1 when an expected id is given and that plan is no longer at the expected revision (a reparse
// that a newer upload or a removal overtook).
var addScript = redis.NewScript(`
local index, bynum, byhash, version, feed = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local prefix, id, number, hash = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local expect, expectRev = ARGV[12], ARGV[13]
if expect ~= '' then
  if redis.call('HGET', index, expect) ~= expectRev then return {-1} end
elseif redis.call('HGET', byhash, hash) == id and redis.call('HGET', prefix .. id, 'parse') == ARGV[7] then
  return {0}
end
local replaced, seen = {}, {}
local function mark(x)
  if x and x ~= '' and not seen[x] then seen[x] = true; replaced[#replaced + 1] = x end
end
if expect ~= '' then mark(expect) end
if redis.call('HEXISTS', index, id) == 1 then mark(id) end
if number ~= '' then mark(redis.call('HGET', bynum, number)) end
mark(redis.call('HGET', byhash, hash))
for _, old in ipairs(replaced) do
  local f = redis.call('HMGET', prefix .. old, 'number', 'hash')
  if f[1] and f[1] ~= '' and redis.call('HGET', bynum, f[1]) == old then redis.call('HDEL', bynum, f[1]) end
  if f[2] and redis.call('HGET', byhash, f[2]) == old then redis.call('HDEL', byhash, f[2]) end
  redis.call('DEL', prefix .. old)
  redis.call('HDEL', index, old)
end
local rev = redis.call('INCR', version)
redis.call('HSET', prefix .. id, 'name', ARGV[5], 'data', ARGV[6], 'parse', ARGV[7], 'meta', ARGV[8],
  'added', ARGV[9], 'number', number, 'hash', hash, 'rev', rev)
redis.call('HSET', index, id, rev)
if number ~= '' then redis.call('HSET', bynum, number, id) end
redis.call('HSET', byhash, hash, id)
redis.call('XADD', feed, 'MAXLEN', '~', ARGV[11], '*', 'op', 'add', 'id', id, 'rev', rev, 'origin', ARGV[10],
  'replaced', table.concat(replaced, ','))
local out = {rev}
for _, r in ipairs(replaced) do out[#out + 1] = r end
return out
`)

// removeScript removes one plan. KEYS as addScript; ARGV: doc key prefix, id, origin, feed length.
// Returns the new revision, or 0 when there was no such plan.
var removeScript = redis.NewScript(`
local index, bynum, byhash, version, feed = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local prefix, id = ARGV[1], ARGV[2]
if redis.call('HEXISTS', index, id) == 0 then return 0 end
local f = redis.call('HMGET', prefix .. id, 'number', 'hash')
if f[1] and f[1] ~= '' and redis.call('HGET', bynum, f[1]) == id then redis.call('HDEL', bynum, f[1]) end
if f[2] and redis.call('HGET', byhash, f[2]) == id then redis.call('HDEL', byhash, f[2]) end
redis.call('DEL', prefix .. id)
redis.call('HDEL', index, id)
local rev = redis.call('INCR', version)
redis.call('XADD', feed, 'MAXLEN', '~', ARGV[4], '*', 'op', 'remove', 'id', id, 'rev', rev, 'origin', ARGV[3])
return rev
`)

func (s *Store) scriptKeys() []string {
	k := s.keys
	return []string{k.PlanIndex(), k.PlanByNumber(), k.PlanByHash(), k.PlanVersion(), k.PlanFeed()}
}

// What addScript answers instead of a revision.
const (
	revUnchanged = 0  // the same plan, parsed the same way, is stored already
	revStale     = -1 // the plan expected is no longer at the revision expected
)

func (s *Store) put(ctx context.Context, doc *plan.Document, data []byte, expectID string, expectRev int64) (int64, []string, error) {
	parse, err := ingest.EncodeDoc(doc)
	if err != nil {
		return 0, nil, fmt.Errorf("store plan %s: encode: %w", doc.ID, err)
	}
	added := s.opt.Now().UTC()
	meta, _ := json.Marshal(entryOf(doc, len(data), added))
	res, err := addScript.Run(ctx, s.rdb, s.scriptKeys(), s.keys.PlanDocPrefix(), doc.ID, doc.Number, doc.Hash,
		doc.Source, data, parse, meta, added.Format(time.RFC3339), s.origin, s.opt.FeedLength, expectID, expectRev).Slice()
	if err != nil {
		return 0, nil, fmt.Errorf("store plan %s: %w", doc.ID, err)
	}
	rev, _ := res[0].(int64)
	var replaced []string
	for _, r := range res[1:] {
		if id, ok := r.(string); ok {
			replaced = append(replaced, id)
		}
	}
	return rev, replaced, nil
}

// wouldReplace lists the stored plans that adding doc would replace.
func (s *Store) wouldReplace(ctx context.Context, doc *plan.Document) ([]string, error) {
	k := s.keys
	pipe := s.rdb.Pipeline()
	ex := pipe.HExists(ctx, k.PlanIndex(), doc.ID)
	var byNum *redis.StringCmd
	if doc.Number != "" {
		byNum = pipe.HGet(ctx, k.PlanByNumber(), doc.Number)
	}
	byHash := pipe.HGet(ctx, k.PlanByHash(), doc.Hash)
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, fmt.Errorf("look up plan %s: %w", doc.ID, err)
	}
	var out []string
	add := func(id string) {
		for _, x := range out {
			if x == id {
				return
			}
		}
		if id != "" {
			out = append(out, id)
		}
	}
	if ex.Val() {
		add(doc.ID)
	}
	if byNum != nil {
		add(byNum.Val())
	}
	add(byHash.Val())
	return out, nil
}

// Remove deletes the plan ref names (an id, an id prefix or a document number).
func (s *Store) Remove(ctx context.Context, ref string) (Entry, error) {
	e, err := s.find(ctx, ref)
	if err != nil {
		return Entry{}, err
	}
	rev, err := removeScript.Run(ctx, s.rdb, s.scriptKeys(), s.keys.PlanDocPrefix(), e.ID, s.origin, s.opt.FeedLength).Int64()
	if err != nil {
		return Entry{}, fmt.Errorf("remove plan %s: %w", e.ID, err)
	}
	if rev == 0 {
		return Entry{}, fmt.Errorf("remove plan %s: %w (removed meanwhile)", e.ID, ErrNotFound)
	}
	s.log.Info("plan removed", "id", e.ID, "rev", rev)
	s.mu.Lock()
	delete(s.docs, e.ID)
	delete(s.revs, e.ID)
	s.mu.Unlock()
	s.notify(ctx)
	return e, nil
}

// Reparse parses a stored plan again from its original file and stores the result, as Add does
// (in the sandbox, when the store has one: the original came from someone): after the parser
// improves, stored parses are brought up to date this way. A plan that no longer parses is left
// as it is.
func (s *Store) Reparse(ctx context.Context, ref string) (Summary, error) {
	e, err := s.find(ctx, ref)
	if err != nil {
		return Summary{}, err
	}
	name, data, err := s.Original(ctx, e.ID)
	if err != nil {
		return Summary{}, err
	}
	doc, err := s.Parse(ctx, name, data)
	if err != nil {
		return Summary{}, err
	}
	// Stored only if nobody replaced or removed the plan meanwhile (compare-and-set on its revision).
	return s.putIf(ctx, doc, data, e.ID, e.Rev)
}

// List returns the stored plans, newest first.
func (s *Store) List(ctx context.Context) ([]Entry, error) {
	idx, err := s.rdb.HGetAll(ctx, s.keys.PlanIndex()).Result()
	if err != nil {
		return nil, fmt.Errorf("list plans: %w", err)
	}
	ids := make([]string, 0, len(idx))
	for id := range idx {
		ids = append(ids, id)
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.SliceCmd, len(ids))
	for i, id := range ids {
		cmds[i] = pipe.HMGet(ctx, s.keys.PlanDoc(id), "meta", "rev")
	}
	if len(ids) > 0 {
		if _, err := pipe.Exec(ctx); err != nil {
			return nil, fmt.Errorf("list plans: %w", err)
		}
	}
	out := make([]Entry, 0, len(ids))
	for i, c := range cmds {
		v := c.Val()
		meta, _ := v[0].(string)
		var e Entry
		if err := json.Unmarshal([]byte(meta), &e); err != nil {
			s.log.Warn("stored plan without readable metadata", "id", ids[i], "err", err)
			e.ID = ids[i]
		}
		if r, ok := v[1].(string); ok {
			e.Rev, _ = strconv.ParseInt(r, 10, 64)
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Added.Equal(out[j].Added) {
			return out[i].Added.After(out[j].Added)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// find resolves a reference: an exact id, a document number, or an unambiguous id prefix.
func (s *Store) find(ctx context.Context, ref string) (Entry, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return Entry{}, fmt.Errorf("%w: give a plan id or document number", ErrNotFound)
	}
	list, err := s.List(ctx)
	if err != nil {
		return Entry{}, err
	}
	var matches []Entry
	for _, e := range list {
		if e.ID == ref || e.Number == ref {
			return e, nil
		}
		if strings.HasPrefix(e.ID, ref) {
			matches = append(matches, e)
		}
	}
	switch len(matches) {
	case 1:
		return matches[0], nil
	case 0:
		return Entry{}, fmt.Errorf("%w %q (see 'dutybot plans list')", ErrNotFound, ref)
	}
	return Entry{}, fmt.Errorf("%q matches %d plans: give more of the id", ref, len(matches))
}

// Get returns the stored parse of the plan ref names.
func (s *Store) Get(ctx context.Context, ref string) (*plan.Document, error) {
	e, err := s.find(ctx, ref)
	if err != nil {
		return nil, err
	}
	b, err := s.rdb.HGet(ctx, s.keys.PlanDoc(e.ID), "parse").Bytes()
	if err != nil {
		return nil, fmt.Errorf("read plan %s: %w", e.ID, err)
	}
	d, err := ingest.DecodeDoc(b)
	if err != nil {
		return nil, fmt.Errorf("read plan %s: %w", e.ID, err)
	}
	return d, nil
}

// Original returns the file a stored plan was added from.
func (s *Store) Original(ctx context.Context, ref string) (name string, data []byte, err error) {
	e, err := s.find(ctx, ref)
	if err != nil {
		return "", nil, err
	}
	v, err := s.rdb.HMGet(ctx, s.keys.PlanDoc(e.ID), "name", "data").Result()
	if err != nil {
		return "", nil, fmt.Errorf("read plan %s: %w", e.ID, err)
	}
	name, _ = v[0].(string)
	d, _ := v[1].(string)
	return name, []byte(d), nil
}

// Docs brings the in-memory copy up to date and returns every stored plan, ordered by id.
func (s *Store) Docs(ctx context.Context) ([]*plan.Document, error) {
	if _, err := s.Sync(ctx); err != nil {
		return nil, err
	}
	return s.snapshot(), nil
}

func (s *Store) snapshot() []*plan.Document {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*plan.Document, 0, len(s.docs))
	for _, d := range s.docs {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Sync compares the index in Redis with the in-memory copy and fetches what changed. It reports
// whether anything did.
func (s *Store) Sync(ctx context.Context) (bool, error) {
	idx, err := s.rdb.HGetAll(ctx, s.keys.PlanIndex()).Result()
	if err != nil {
		return false, fmt.Errorf("sync plans: %w", err)
	}
	s.mu.Lock()
	var fetch []string
	removed := false
	for id, r := range idx {
		rev, _ := strconv.ParseInt(r, 10, 64)
		if s.revs[id] != rev {
			fetch = append(fetch, id)
		}
	}
	for id := range s.docs {
		if _, ok := idx[id]; !ok {
			delete(s.docs, id)
			delete(s.revs, id)
			removed = true
		}
	}
	s.mu.Unlock()
	if len(fetch) == 0 {
		return removed, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.SliceCmd, len(fetch))
	for i, id := range fetch {
		cmds[i] = pipe.HMGet(ctx, s.keys.PlanDoc(id), "parse", "rev")
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return removed, fmt.Errorf("sync plans: %w", err)
	}
	changed := removed
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, c := range cmds {
		v := c.Val()
		p, ok1 := v[0].(string)
		r, ok2 := v[1].(string)
		if !ok1 || !ok2 {
			continue // removed between the two reads: the feed will say so
		}
		d, err := ingest.DecodeDoc([]byte(p))
		if err != nil {
			s.log.Error("stored plan cannot be read; skipped", "id", fetch[i], "err", err)
			continue
		}
		rev, _ := strconv.ParseInt(r, 10, 64)
		s.docs[fetch[i]], s.revs[fetch[i]] = d, rev
		changed = true
	}
	return changed, nil
}

// notify tells the listeners the current set. Listener errors are logged (and returned for Load):
// the plans are stored, and the next notification (or a restart) reconciles again.
func (s *Store) notify(ctx context.Context) error {
	s.mu.Lock()
	ls := append([]Listener(nil), s.listeners...)
	s.mu.Unlock()
	if len(ls) == 0 {
		return nil
	}
	s.notifyMu.Lock()
	defer s.notifyMu.Unlock()
	docs, err := s.Docs(ctx)
	if err != nil {
		s.log.Error("plans changed, but they could not be read to tell listeners", "err", err)
		return err
	}
	var errs []error
	for _, l := range ls {
		if err := l.PlansChanged(ctx, docs); err != nil {
			s.log.Error("a listener failed to take plan changes", "listener", fmt.Sprintf("%T", l), "err", err)
			errs = append(errs, err)
		}
	}
	s.mu.Lock()
	s.told = true
	s.mu.Unlock()
	return errors.Join(errs...)
}

// Load reads the stored plans and tells the listeners, before Run: a server can then wait for its
// index to be built before it answers. It returns the plans and the listeners' errors.
func (s *Store) Load(ctx context.Context) ([]*plan.Document, error) {
	if _, err := s.Sync(ctx); err != nil {
		return nil, err
	}
	err := s.notify(ctx)
	return s.snapshot(), err
}

// SeedIfEmpty adds the seeds when the store has never been seeded and holds no plans. It runs
// once per store: plans removed later do not come back. It returns how many seeds it added.
func (s *Store) SeedIfEmpty(ctx context.Context, files []seeds.File) (int, error) {
	first, err := s.rdb.SetNX(ctx, s.keys.PlanSeeded(), s.opt.Now().UTC().Format(time.RFC3339), 0).Result()
	if err != nil {
		return 0, fmt.Errorf("seed plans: %w", err)
	}
	if !first {
		return 0, nil
	}
	n, err := s.rdb.HLen(ctx, s.keys.PlanIndex()).Result()
	if err != nil || n > 0 {
		return 0, err
	}
	added := 0
	var errs []error
	for _, f := range files {
		doc, err := ingest.ParseFile(s.x, f.Name, f.Data, s.opt.Parse) // ours, embedded: no sandbox needed
		if err != nil {
			errs = append(errs, fmt.Errorf("seed %s: %w", f.Name, err))
			continue
		}
		if _, _, err := s.put(ctx, doc, f.Data, "", 0); err != nil {
			errs = append(errs, fmt.Errorf("seed %s: %w", f.Name, err))
			continue
		}
		added++
	}
	s.log.Info("seeded an empty plan store", "plans", added)
	s.notify(ctx)
	return added, errors.Join(errs...)
}

// Run keeps this replica current until ctx is done: it loads the stored plans and tells the
// listeners, then waits on the change feed and resynchronises on each change (and every 30s
// besides, in case feed entries were trimmed away while it was disconnected).
func (s *Store) Run(ctx context.Context) error {
	last := "0-0"
	var changedAtStart bool
	for {
		if ctx.Err() != nil {
			return nil
		}
		// Take the feed's position before loading, so no change falls between the two.
		msgs, err := s.rdb.XRevRangeN(ctx, s.keys.PlanFeed(), "+", "-", 1).Result()
		if err == nil {
			if len(msgs) > 0 {
				last = msgs[0].ID
			}
			if changedAtStart, err = s.Sync(ctx); err == nil {
				break
			}
		}
		s.log.Warn("plan store unreachable; retrying", "err", err)
		if !sleep(ctx, time.Second) {
			return nil
		}
	}
	s.mu.Lock()
	told := s.told
	s.mu.Unlock()
	if !told || changedAtStart {
		s.notify(ctx)
	}
	lastSync := time.Now()
	backoff := time.Second
	for ctx.Err() == nil {
		streams, err := s.rdb.XRead(ctx, &redis.XReadArgs{Streams: []string{s.keys.PlanFeed(), last}, Block: s.opt.Block, Count: 100}).Result()
		switch {
		case errors.Is(err, redis.Nil):
			if time.Since(lastSync) < 30*time.Second {
				continue
			}
		case err != nil:
			if ctx.Err() != nil {
				return nil
			}
			s.log.Warn("reading the plan feed failed; retrying", "err", err)
			if !sleep(ctx, backoff) {
				return nil
			}
			backoff = min(2*backoff, 30*time.Second)
			continue
		default:
			for _, st := range streams {
				for _, m := range st.Messages {
					last = m.ID
				}
			}
		}
		backoff = time.Second
		lastSync = time.Now()
		changed, err := s.Sync(ctx)
		if err != nil {
			s.log.Warn("plan sync failed", "err", err)
			continue
		}
		if changed {
			s.log.Debug("plans changed elsewhere", "last", last)
			s.notify(ctx)
		}
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
