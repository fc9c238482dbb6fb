package reminders

import (
	"context"

	"github.com/redis/go-redis/v9"

	"github.com/dutybot/dutybot/plan"
)

// A revised plan (the same 文号, so the same plan id) that inserts or drops an item renumbers the
// items after it, and a task's id is its number. What people said about a task (done, snooze,
// progress, its history) is kept under the task's id and unit, so without care a 完成 of item 2.1.3
// would be lost when it becomes 2.1.4, and would land on whatever item is 2.1.3 now. carryOver
// moves each renumbered task's state and history to its new id before the new version's series are
// armed (the arm script reads the done mark). It needs the earlier version in memory: the serving
// process has it when it follows the plan store; a process that starts on the new version alone has
// nothing to compare and moves nothing.

// taskMove is one task of a plan whose id changed between two versions.
type taskMove struct {
	from, to string
	units    []plan.UnitRef
}

// taskMoves pairs the tasks of old and new, d's earlier and later version, by their own words
// (section, title and text; else section and title, when that pairs them one to one), and returns
// those whose id changed.
func taskMoves(old, d *plan.Document) []taskMove {
	type key struct{ section, title, text string }
	exact := map[key][]*plan.Task{}
	loose := map[key][]*plan.Task{}
	for i := range d.Tasks {
		t := &d.Tasks[i]
		exact[key{t.Section, t.Title, t.Text}] = append(exact[key{t.Section, t.Title, t.Text}], t)
		loose[key{t.Section, t.Title, ""}] = append(loose[key{t.Section, t.Title, ""}], t)
	}
	oldLoose := map[key]int{}
	for i := range old.Tasks {
		t := &old.Tasks[i]
		oldLoose[key{t.Section, t.Title, ""}]++
	}
	var out []taskMove
	for i := range old.Tasks {
		t := &old.Tasks[i]
		var to *plan.Task
		if ts := exact[key{t.Section, t.Title, t.Text}]; len(ts) == 1 {
			to = ts[0]
		} else if ts := loose[key{t.Section, t.Title, ""}]; len(ts) == 1 && oldLoose[key{t.Section, t.Title, ""}] == 1 {
			to = ts[0]
		}
		if to == nil || to.ID == t.ID {
			continue
		}
		units := []plan.UnitRef{{City: old.City}} // a task with no units is the city's
		for _, u := range t.Units() {
			units = append(units, plan.UnitRef{City: old.City, Name: u})
		}
		out = append(out, taskMove{from: t.ID, to: to.ID, units: units})
	}
	return out
}

// carryOver moves the state and history of the tasks that docs renumbered since prev (the versions
// the store held before).
func (s *Store) carryOver(ctx context.Context, prev, docs []*plan.Document) error {
	before := make(map[string]*plan.Document, len(prev))
	for _, d := range prev {
		before[d.ID] = d
	}
	type pair struct{ src, tmp, dst string }
	var pairs []pair
	for _, d := range docs {
		old := before[d.ID]
		if old == nil || old == d || old.Hash != "" && old.Hash == d.Hash {
			continue
		}
		for _, m := range taskMoves(old, d) {
			for _, u := range m.units {
				sh := s.sh(s.unitShard(u))
				for _, k := range [][2]string{
					{sh.State(m.from, u.City, u.Name), sh.State(m.to, u.City, u.Name)},
					{sh.History(m.from, u.City, u.Name), sh.History(m.to, u.City, u.Name)},
				} {
					pairs = append(pairs, pair{k[0], k[0] + "~carry", k[1]})
				}
			}
		}
	}
	if len(pairs) == 0 {
		return nil
	}
	// Which sources hold anything: most tasks have no state.
	pipe := s.rdb.Pipeline()
	exists := make([]*redis.IntCmd, len(pairs))
	for i, p := range pairs {
		exists[i] = pipe.Exists(ctx, p.src)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return wrap("carry states over to a revised plan", err)
	}
	var held []pair
	for i, p := range pairs {
		if exists[i].Val() == 1 {
			held = append(held, p)
		}
	}
	if len(held) == 0 {
		return nil
	}
	// Every source is moved aside first, so that a chain (2.1.3 → 2.1.4 while 2.1.2 → 2.1.3) finds
	// each target free of the state it held before; a target that still holds another task's state
	// is left alone, and the source goes back where it was.
	pipe = s.rdb.Pipeline()
	for _, p := range held {
		pipe.Rename(ctx, p.src, p.tmp)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return wrap("carry states over to a revised plan", err)
	}
	moved := 0
	for _, p := range held {
		ok, err := s.rdb.RenameNX(ctx, p.tmp, p.dst).Result()
		if err != nil {
			return wrap("carry states over to a revised plan", err)
		}
		if !ok {
			if err := s.rdb.Rename(ctx, p.tmp, p.src).Err(); err != nil {
				return wrap("carry states over to a revised plan", err)
			}
			continue
		}
		moved++
	}
	s.log.Info("states carried over to revised plans", "moved", moved, "of", len(held))
	return nil
}
