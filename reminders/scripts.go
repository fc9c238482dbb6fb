package reminders

import "github.com/redis/go-redis/v9"

// The Lua scripts below are the only writers of the schedule. Each touches the keys of one shard
// ({sched:n}) or only the deployment's keys ({sched}): the ones in KEYS, and series hashes whose
// names it builds from the shard's series prefix passed in ARGV (keyspace.SchedShard.SeriesPrefix,
// which carries the same hash tag).
//
// Series hash fields: the definition (k, t, u, q, x, o, w; def, JSON, in hashes written before:
// record.go), occ (the pending occurrence, record.go), at (ms the pending occurrence
// is due, or retried, or snoozed to), state (active|done|finished), owner (claim token, "" when none),
// attempts (claims of the pending occurrence), snooze (ms), held (why it is held), last and last_at
// (the last delivered occurrence and when), delivered (count).

// claimScript removes the records of delivered one-off reminders whose time is up (Expiring; the
// key's own expiry, on Redis's clock, only backs this up), re-queues claims whose lease ran out,
// then claims up to limit due series: each leaves
// the due set for the lease set, gets the caller's token as owner and counts an attempt. It returns
// the claimed {id, attempts, occ, armed, def, k, t, u, q, x, o, w, snooze} (the definition's fields, see
// record.go; snooze, ms, when a snooze last delayed it) and the earliest due and lease scores left, so the caller knows when to look again.
//
// KEYS: due, leases, expiring, custom. ARGV: now ms, limit, lease ms, token, series prefix.
var claimScript = redis.NewScript(`
local now = tonumber(ARGV[1])
local gone = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, 1000)
for _, id in ipairs(gone) do
  redis.call('ZREM', KEYS[3], id)
  redis.call('SREM', KEYS[4], id)
  redis.call('DEL', ARGV[5] .. id)
end
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[2], id)
  local k = ARGV[5] .. id
  local f = redis.call('HMGET', k, 'state', 'at')
  if f[1] then
    redis.call('HSET', k, 'owner', '')
    if f[1] == 'active' and f[2] and f[2] ~= '' then
      redis.call('ZADD', KEYS[1], f[2], id)
    end
  end
end
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))
local out = {}
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  local k = ARGV[5] .. id
  local f = redis.call('HMGET', k, 'state', 'occ', 'armed', 'def', 'k', 't', 'u', 'q', 'x', 'o', 'w', 'snooze')
  if f[1] == 'active' then
    local attempts = redis.call('HINCRBY', k, 'attempts', 1)
    redis.call('HSET', k, 'owner', ARGV[4])
    redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), id)
    local row = {id, attempts}
    for i = 2, 12 do row[i + 1] = f[i] or '' end
    table.insert(out, row)
  end
end
local nd = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local nl = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
return {out, nd[2] or '', nl[2] or ''}
`)

// ackScript records a delivery and arms the next occurrence, only if the caller still owns the
// claim: a replica whose lease ran out and was re-claimed cannot complete it. A one-off reminder
// (keep given) is then only a record — what it said, to whom, when it went — that expires after
// keep.
//
// KEYS: due, leases, series, stats, expiring. ARGV: id, token, occurrence id, now ms, next at ms
// ("" none), next occurrence, late "1"/"0", keep ms ("" to keep it for ever).
var ackScript = redis.NewScript(`
if redis.call('HGET', KEYS[3], 'owner') ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], 'owner', '', 'attempts', 0, 'last', ARGV[3], 'last_at', ARGV[4], 'held', '')
redis.call('HINCRBY', KEYS[3], 'delivered', 1)
redis.call('HINCRBY', KEYS[4], 'delivered', 1)
if ARGV[7] == '1' then redis.call('HINCRBY', KEYS[4], 'late', 1) end
if redis.call('HGET', KEYS[3], 'state') == 'active' then
  if ARGV[5] ~= '' then
    local at = tonumber(ARGV[5])
    local snooze = tonumber(redis.call('HGET', KEYS[3], 'snooze') or '')
    if snooze and snooze > at then at = snooze end
    redis.call('HSET', KEYS[3], 'occ', ARGV[6], 'at', at)
    redis.call('ZADD', KEYS[1], at, ARGV[1])
  else
    redis.call('HSET', KEYS[3], 'state', 'finished')
    redis.call('HDEL', KEYS[3], 'occ', 'at', 'owner', 'attempts', 'armed', 'snooze', 'held')
    if ARGV[8] ~= '' then
      redis.call('PEXPIRE', KEYS[3], ARGV[8])
      redis.call('ZADD', KEYS[5], tonumber(ARGV[4]) + tonumber(ARGV[8]), ARGV[1])
    end
  end
end
return 1
`)

// retryScript gives a failed delivery back to the due set at a later time, if the caller owns it.
//
// KEYS: due, leases, series, stats. ARGV: id, token, retry at ms.
var retryScript = redis.NewScript(`
if redis.call('HGET', KEYS[3], 'owner') ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], 'owner', '')
redis.call('HINCRBY', KEYS[4], 'retried', 1)
if redis.call('HGET', KEYS[3], 'state') == 'active' then
  redis.call('HSET', KEYS[3], 'at', ARGV[3])
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
end
return 1
`)

// deferScript gives claimed series back to the due set at a later time without counting the claim
// as an attempt: their route had its fill of messages for now (the rate limit), nothing failed.
//
// KEYS: due, leases, stats. ARGV: token, at ms, series prefix, id...
var deferScript = redis.NewScript(`
local n = 0
for i = 4, #ARGV do
  local id = ARGV[i]
  local k = ARGV[3] .. id
  if redis.call('HGET', k, 'owner') == ARGV[1] then
    redis.call('ZREM', KEYS[2], id)
    redis.call('HSET', k, 'owner', '')
    redis.call('HINCRBY', k, 'attempts', -1)
    if redis.call('HGET', k, 'state') == 'active' then
      redis.call('HSET', k, 'at', ARGV[2])
      redis.call('ZADD', KEYS[1], ARGV[2], id)
      n = n + 1
    end
  end
end
redis.call('HINCRBY', KEYS[3], 'deferred', n)
return n
`)

// rateScript counts a message to a route in its current window (the key names the window) and
// says whether it may go: 1 when it may, else 0 (and the count is left as it was).
//
// KEYS: the route's rate key for this window. ARGV: limit, expiry ms.
var rateScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if n <= tonumber(ARGV[1]) then return 1 end
redis.call('DECR', KEYS[1])
return 0
`)

// holdScript parks a claimed occurrence that has nowhere to go, if the caller owns it.
//
// KEYS: leases, held, series, stats. ARGV: id, token, now ms, reset attempts "1"/"0", reason.
var holdScript = redis.NewScript(`
if redis.call('HGET', KEYS[3], 'owner') ~= ARGV[2] then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[3], 'owner', '', 'held', ARGV[5])
if ARGV[4] == '1' then redis.call('HSET', KEYS[3], 'attempts', 0) end
if redis.call('HGET', KEYS[3], 'state') == 'active' then
  if redis.call('ZADD', KEYS[2], 'NX', ARGV[3], ARGV[1]) == 1 then
    redis.call('HINCRBY', KEYS[4], 'held', 1)
  end
end
return 1
`)

// releaseScript moves held series back to the due set, due now.
//
// KEYS: held, due. ARGV: now ms, series prefix, id...
var releaseScript = redis.NewScript(`
local n = 0
for i = 3, #ARGV do
  local id = ARGV[i]
  if redis.call('ZREM', KEYS[1], id) == 1 then
    local k = ARGV[2] .. id
    if redis.call('HGET', k, 'state') == 'active' then
      redis.call('HSET', k, 'held', '', 'at', ARGV[1])
      redis.call('ZADD', KEYS[2], ARGV[1], id)
      n = n + 1
    end
  end
end
return n
`)

// armScript creates a series with its first occurrence, unless it exists (then only its definition
// is refreshed, when it changed): calling it twice, or from two replicas, schedules nothing twice. A series of a task
// and unit marked done is created done (a recurring duty's is not: its next period is still to do); a snooze in force delays it. Only what differs from the
// default is written (no owner, no attempts, nothing delivered yet), to keep the hash small.
//
// KEYS: due, series, origin set (plan-series or custom), unit series, state, units.
// ARGV: id, occurrence, at ms ("" when there is no occurrence), task id ("" for none: not in the
// unit's series), unit field, now ms (kept as armed: deadlines passed before it are sent once, in a list),
// the latest a snooze may delay it to (its first red notice, "" for no bound), then the definition's
// field, value pairs (record.go).
var armScript = redis.NewScript(`
local def, want = {}, {}
for i = 8, #ARGV, 2 do
  def[#def + 1] = ARGV[i]
  def[#def + 1] = ARGV[i + 1]
  want[ARGV[i]] = ARGV[i + 1]
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  local names = {'def', 'k', 't', 'u', 'q', 'x', 'o', 'w'}
  local have = redis.call('HMGET', KEYS[2], unpack(names))
  for i, f in ipairs(names) do
    if (have[i] or nil) ~= want[f] then
      redis.call('HDEL', KEYS[2], unpack(names))
      redis.call('HSET', KEYS[2], unpack(def))
      return 0
    end
  end
  return 0
end
redis.call('SADD', KEYS[3], ARGV[1])
if ARGV[4] ~= '' then
  local cur = redis.call('HGET', KEYS[4], ARGV[4])
  if not cur then
    redis.call('HSET', KEYS[4], ARGV[4], ARGV[1])
  elseif not string.find(' ' .. cur .. ' ', ' ' .. ARGV[1] .. ' ', 1, true) then
    redis.call('HSET', KEYS[4], ARGV[4], cur .. ' ' .. ARGV[1])
  end
end
redis.call('SADD', KEYS[6], ARGV[5])
local state = 'active'
local at = ARGV[3]
if at == '' then
  state = 'finished'
elseif redis.call('HEXISTS', KEYS[5], 'done_at') == 1 and string.sub(want['k'] or '', 1, 2) ~= 'r|' then
  state = 'done'
end
local snooze = redis.call('HGET', KEYS[5], 'snooze_until')
redis.call('HSET', KEYS[2], 'occ', ARGV[2], 'state', state, 'armed', ARGV[6], unpack(def))
if snooze and ARGV[7] ~= '' and tonumber(ARGV[7]) < tonumber(snooze) then snooze = ARGV[7] end
if snooze then
  redis.call('HSET', KEYS[2], 'snooze', snooze)
  if state == 'active' and tonumber(snooze) > tonumber(at) then at = snooze end
end
redis.call('HSET', KEYS[2], 'at', at)
if state == 'active' then redis.call('ZADD', KEYS[1], at, ARGV[1]) end
return 1
`)

// cancelScript removes a series from every set and deletes it; a task left with no series of the
// unit leaves the unit's board. A replica delivering it at that moment finds its claim gone and
// arms nothing.
//
// KEYS: due, leases, held, series, origin set, unit series. ARGV: id, task id.
var cancelScript = redis.NewScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('SREM', KEYS[5], ARGV[1])
local cur = redis.call('HGET', KEYS[6], ARGV[2])
if cur then
  local keep = {}
  for id in string.gmatch(cur, '%S+') do
    if id ~= ARGV[1] then keep[#keep + 1] = id end
  end
  if #keep == 0 then
    redis.call('HDEL', KEYS[6], ARGV[2])
  else
    redis.call('HSET', KEYS[6], ARGV[2], table.concat(keep, ' '))
  end
end
return redis.call('DEL', KEYS[4])
`)

// markScript records what someone said about a task and unit (state fields, history, the global
// event list) and applies it to the unit's series of that task: done stops them, snooze delays the
// pending occurrence, note (progress, extension) changes nothing. A series named in the bounds
// ("id:ms,id:ms", Store.snoozeBounds) is delayed no later than its bound: its next red notice.
//
// A recurring duty is not done once and for all: "每月10日前报送" marked done is this period's report,
// and its series goes on to the next period's nudge. A share marked done already keeps its first
// mark (who and when, which the 台账 and the digest read): a second done is refused (-1, nothing
// written), unless the share has a recurring duty still running, whose later periods are marked
// anew; a snooze of a done share with nothing pending is refused the same way.
//
// A done pressed on a nudge of one deadline (ARGV 8, its series id) is that deadline's: it stops
// that deadline's series and those of earlier ones, and a later deadline of the task (a stage:
// "2025年6月底前完成首批…，2026年底前实现全覆盖") goes on being nudged; the share is marked done (the
// state's fields written) only when no later deadline is left.
//
// KEYS: due, held, unit series, state, history, events, stated set (the shard's).
// ARGV: series prefix, action (done|snooze|note), until ms, event JSON, task id, the share as a
// member of the stated set, bounds, the series a done is pressed on ("" for all), field, value,
// field, value...
var markScript = redis.NewScript(`
local ids = redis.call('HGET', KEYS[3], ARGV[5]) or ''
local function deadlineOf(k)
  if not k or string.sub(k, 1, 2) ~= 'd|' then return nil end
  local n, out = 0, nil
  for p in string.gmatch(k .. '|', '([^|]*)|') do
    n = n + 1
    if n == 4 then out = p end
  end
  return out
end
local limit = nil
if ARGV[2] == 'done' and ARGV[8] ~= '' and string.find(' ' .. ids .. ' ', ' ' .. ARGV[8] .. ' ', 1, true) then
  limit = deadlineOf(redis.call('HGET', ARGV[1] .. ARGV[8], 'k'))
  if limit == '' then limit = nil end
end
local recurring, active, later = false, false, false
for id in string.gmatch(ids, '%S+') do
  local f = redis.call('HMGET', ARGV[1] .. id, 'state', 'k', 'def')
  if f[1] == 'active' then active = true end
  if f[1] == 'active' and ((f[2] and string.sub(f[2], 1, 2) == 'r|') or (f[3] and string.find(f[3], '"kind":"recurring"', 1, true))) then
    recurring = true
  end
  local d = deadlineOf(f[2])
  if limit and f[1] == 'active' and d and d > limit then later = true end
end
if redis.call('HEXISTS', KEYS[4], 'done_at') == 1 then
  if ARGV[2] == 'done' and not recurring then return -1 end
  if ARGV[2] == 'snooze' and not active then return -1 end
end
if not later then
  for i = 9, #ARGV, 2 do redis.call('HSET', KEYS[4], ARGV[i], ARGV[i+1]) end
end
local bound = {}
for id, b in string.gmatch(ARGV[7], '([^:,]+):(%d+)') do bound[id] = tonumber(b) end
redis.call('SADD', KEYS[7], ARGV[6])
redis.call('LPUSH', KEYS[5], ARGV[4])
redis.call('LTRIM', KEYS[5], 0, 199)
redis.call('LPUSH', KEYS[6], ARGV[4])
redis.call('LTRIM', KEYS[6], 0, 9999)
local n = 0
for id in string.gmatch(ids, '%S+') do
  local k = ARGV[1] .. id
  local f = redis.call('HMGET', k, 'state', 'k', 'def')
  local state = f[1]
  local rec = (f[2] and string.sub(f[2], 1, 2) == 'r|') or (f[3] and string.find(f[3], '"kind":"recurring"', 1, true))
  local d = deadlineOf(f[2])
  if ARGV[2] == 'done' and state == 'active' and rec then
    n = n + 1
  elseif ARGV[2] == 'done' and state == 'active' and later and d and d > limit then
    -- a later stage of the task: still to do
  elseif ARGV[2] == 'done' and state == 'active' then
    redis.call('HSET', k, 'state', 'done')
    redis.call('ZREM', KEYS[1], id)
    redis.call('ZREM', KEYS[2], id)
    n = n + 1
  elseif ARGV[2] == 'snooze' and state == 'active' then
    local untl = tonumber(ARGV[3])
    if bound[id] and bound[id] < untl then untl = bound[id] end
    redis.call('HSET', k, 'snooze', untl)
    local s = redis.call('ZSCORE', KEYS[1], id)
    if s and tonumber(s) < untl then
      redis.call('ZADD', KEYS[1], untl, id)
      redis.call('HSET', k, 'at', untl)
    end
    n = n + 1
  end
end
return n
`)

// routeScript adds a route to a unit's comma-separated list, or removes one ("" removes all), and
// keeps when the unit first got a route (since it last had none).
//
// KEYS: routes, route-since, routes version (raised on every change). ARGV: unit field,
// add|remove, route, now ms.
var routeScript = redis.NewScript(`
local cur = redis.call('HGET', KEYS[1], ARGV[1]) or ''
local out, seen = {}, false
for r in string.gmatch(cur, '[^,]+') do
  if r == ARGV[3] then seen = true end
  if not (ARGV[2] == 'remove' and (ARGV[3] == '' or r == ARGV[3])) then table.insert(out, r) end
end
if ARGV[2] == 'add' and not seen then table.insert(out, ARGV[3]) end
if #out == 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
else
  redis.call('HSET', KEYS[1], ARGV[1], table.concat(out, ','))
  redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[4])
end
if table.concat(out, ',') ~= cur then redis.call('INCR', KEYS[3]) end
return #out
`)

// snoozeSeriesScript delays one series' pending occurrence (a reminder someone created).
//
// KEYS: due, series. ARGV: id, until ms.
var snoozeSeriesScript = redis.NewScript(`
if redis.call('HGET', KEYS[2], 'state') ~= 'active' then return 0 end
redis.call('HSET', KEYS[2], 'snooze', ARGV[2])
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if s and tonumber(s) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
  redis.call('HSET', KEYS[2], 'at', ARGV[2])
end
return 1
`)

// unlockScript releases the sync lock if the caller still holds it.
//
// KEYS: sync lock. ARGV: token.
var unlockScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)

// scripts lists every script with a name, for loading and for the slot test.
var scripts = map[string]*redis.Script{
	"claim": claimScript, "ack": ackScript, "retry": retryScript, "hold": holdScript,
	"release": releaseScript, "arm": armScript, "cancel": cancelScript, "mark": markScript,
	"route": routeScript, "snooze-series": snoozeSeriesScript, "defer": deferScript, "rate": rateScript,
	"unlock": unlockScript,
}
