package reminders

import (
	"context"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Ledger is the 督办台账 as of today: duties.Rows of the duties still supervised (those of the plans,
// and parts of plans, that nudge — the same the schedules are armed for) among the plans the store
// last followed, with what people said about each share. The board, the digest, `dutybot report`
// and the board page all read it, so they count alike.
func (s *Store) Ledger(ctx context.Context, today plan.Day) ([]duties.Row, error) {
	lc, err := s.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	lc.today = today
	ds := supervised(s.Docs(), lc)
	states, err := s.ShareStates(ctx, duties.Shares(ds))
	if err != nil {
		return nil, err
	}
	return duties.Rows(ds, today, states), nil
}

// supervised keeps the duties of docs whose plan (and part of the plan) still nudges, as lc says.
func supervised(docs []*plan.Document, lc lifecycle) []duties.Duty {
	status := map[*plan.Document]PlanStatus{}
	var out []duties.Duty
	for _, d := range duties.Of(docs) {
		st, ok := status[d.Doc]
		if !ok {
			st = lc.plan(d.Doc)
			status[d.Doc] = st
		}
		if _, nudges := lc.until(d.Doc, st, d.Task); nudges {
			out = append(out, d)
		}
	}
	return out
}

// ShareStates reads what people said about each share (done mark, progress, extension), in one
// round trip. Shares nobody said anything about are absent.
func (s *Store) ShareStates(ctx context.Context, shares []duties.TaskUnit) (map[duties.TaskUnit]duties.ShareState, error) {
	out := make(map[duties.TaskUnit]duties.ShareState, len(shares))
	if len(shares) == 0 {
		return out, nil
	}
	pipe := s.rdb.Pipeline()
	cmds := make([]*redis.MapStringStringCmd, len(shares))
	for i, p := range shares {
		cmds[i] = pipe.HGetAll(ctx, s.ks.SchedState(p.Task, p.Unit.City, p.Unit.Name))
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, wrap("read task states", err)
	}
	for i, p := range shares {
		st := cmds[i].Val()
		if len(st) == 0 {
			continue
		}
		ext, _ := plan.ParseDay(st["extension_to"])
		out[p] = duties.ShareState{
			DoneAt: fromMS(st["done_at"]), DoneBy: st["done_by"],
			Progress: st["progress"], ProgressBy: st["progress_by"], ProgressAt: fromMS(st["progress_at"]),
			ExtensionTo: ext, ExtensionReason: st["extension_reason"], ExtensionBy: st["extension_by"],
			ExtensionAt: fromMS(st["extension_at"]),
		}
	}
	return out, nil
}
