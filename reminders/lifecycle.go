package reminders

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dutybot/dutybot/duties"
	"github.com/dutybot/dutybot/plan"
)

// Plan lifecycle states. A plan nudges while it is open or reopened; once its period is over
// (duties.End) it has ended by itself, and a person may close it earlier or reopen it. Closed and
// ended plans are still answered; only their nudges stop (their schedules are cancelled).
const (
	PlanOpen     = "open"     // its period runs
	PlanEnded    = "ended"    // its period is over
	PlanClosed   = "closed"   // a person closed it
	PlanReopened = "reopened" // a person reopened it: it nudges with no end
)

// PlanStatus is one plan's lifecycle as of a day.
type PlanStatus struct {
	ID     string    `json:"id"`
	Title  string    `json:"title"`
	State  string    `json:"state"`
	End    plan.Day  `json:"end,omitempty"`    // the last day of its period (duties.End); zero: none stated
	Source string    `json:"source,omitempty"` // where End comes from: duties.PeriodStated …
	By     string    `json:"by,omitempty"`     // who closed or reopened it
	At     time.Time `json:"at,omitempty"`     // and when
}

// Nudges reports whether the plan's tasks are nudged.
func (p PlanStatus) Nudges() bool { return p.State == PlanOpen || p.State == PlanReopened }

// override is what a person set on a plan ({sched}:plans).
type override struct {
	State string    `json:"state"` // PlanClosed or PlanReopened
	By    string    `json:"by"`
	At    time.Time `json:"at"`
}

// lifecycle decides, for one day, which plans and tasks nudge and until when.
type lifecycle struct {
	today     plan.Day
	overrides map[string]override
	// ends caches the end of each part of a plan (duties.PartEnd reads the whole plan, so asking it
	// for every task of a large plan costs the square of its tasks).
	ends map[partKey]plan.Day
}

// partKey names a part of a plan: the plan and the task's section path.
type partKey struct {
	doc  *plan.Document
	path string
}

// key says everything lc decides by: the day and the overrides.
func (l lifecycle) key() string {
	ids := make([]string, 0, len(l.overrides))
	for id, o := range l.overrides {
		ids = append(ids, id+"="+o.State)
	}
	sort.Strings(ids)
	return l.today.String() + "|" + strings.Join(ids, ",")
}

// plan is doc's status.
func (l lifecycle) plan(doc *plan.Document) PlanStatus {
	end, source, _ := duties.End(doc)
	st := PlanStatus{ID: doc.ID, Title: doc.Title, State: PlanOpen, End: end, Source: source}
	if duties.Ended(doc, nil, l.today) {
		st.State = PlanEnded
	}
	if o, ok := l.overrides[doc.ID]; ok {
		st.State, st.By, st.At = o.State, o.By, o.At
	}
	return st
}

// until is the last day task t of doc nudges (zero: no end), and whether it nudges at all: a task
// of a part of the plan whose own period is over (a "2023年…清单" in a five-year plan) does not,
// unless a person reopened the plan.
func (l lifecycle) until(doc *plan.Document, st PlanStatus, t *plan.Task) (plan.Day, bool) {
	switch {
	case !st.Nudges():
		return plan.Day{}, false
	case st.State == PlanReopened:
		return plan.Day{}, true
	}
	key := partKey{doc, t.Section} // the heading path, which PartEnd reads
	end, ok := l.ends[key]
	if !ok {
		end = duties.PartEnd(doc, t)
		if l.ends != nil {
			l.ends[key] = end
		}
	}
	return end, end.IsZero() || !end.Before(l.today)
}

// lifecycle reads the overrides people set, for today.
func (s *Store) lifecycle(ctx context.Context) (lifecycle, error) {
	l := lifecycle{today: plan.DayOf(s.now()), overrides: map[string]override{}, ends: map[partKey]plan.Day{}}
	m, err := s.rdb.HGetAll(ctx, s.ks.SchedPlans()).Result()
	if err != nil {
		return l, wrap("read plan lifecycles", err)
	}
	for id, v := range m {
		var o override
		if json.Unmarshal([]byte(v), &o) == nil {
			l.overrides[id] = o
		}
	}
	return l, nil
}

// Lifecycle returns the status of each of docs, in their order.
func (s *Store) Lifecycle(ctx context.Context, docs []*plan.Document) ([]PlanStatus, error) {
	l, err := s.lifecycle(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]PlanStatus, len(docs))
	for i, d := range docs {
		out[i] = l.plan(d)
	}
	return out, nil
}

// ErrPlanState says a plan already is as asked (closed when closing, nudging when opening).
var ErrPlanState = errors.New("the plan already is so")

// ClosePlan stops the nudges of a plan before its period is over; it stays answerable. The plan
// is one of the plans the store follows (Follow), named by its id.
func (s *Store) ClosePlan(ctx context.Context, id, by string) (PlanStatus, error) {
	return s.setPlanState(ctx, id, by, false)
}

// OpenPlan makes a closed or ended plan nudge again: a plan a person closed goes back to its
// period; a plan whose period is over is reopened with no end. Its deadlines that have passed are
// sent once, as each unit's overdue list.
func (s *Store) OpenPlan(ctx context.Context, id, by string) (PlanStatus, error) {
	return s.setPlanState(ctx, id, by, true)
}

func (s *Store) setPlanState(ctx context.Context, id, by string, open bool) (PlanStatus, error) {
	doc := s.doc(id)
	if doc == nil {
		return PlanStatus{}, fmt.Errorf("plan %s: %w", id, ErrNotFound)
	}
	l, err := s.lifecycle(ctx)
	if err != nil {
		return PlanStatus{}, err
	}
	st := l.plan(doc)
	if st.Nudges() == open {
		return st, fmt.Errorf("plan %s is %s: %w", id, st.State, ErrPlanState)
	}
	o := override{State: PlanClosed, By: by, At: s.now()}
	if open {
		o.State = PlanReopened
	}
	if open && st.State == PlanClosed && !duties.Ended(doc, nil, l.today) {
		// Closed by a person while its period runs: back to its period.
		err = s.rdb.HDel(ctx, s.ks.SchedPlans(), id).Err()
	} else {
		b, _ := json.Marshal(o)
		err = s.rdb.HSet(ctx, s.ks.SchedPlans(), id, b).Err()
	}
	if err != nil {
		return st, wrap("set the lifecycle of plan "+id, err)
	}
	// Its series start afresh: cancelled now, armed again (when it nudges) by the sync below.
	var gone []ref
	for _, x := range planSeries([]*plan.Document{doc}, nil) {
		gone = append(gone, ref{s.seriesShard(&x), x.ID})
	}
	if err := s.cancelAll(ctx, gone, false); err != nil {
		return st, err
	}
	if _, err := s.Sync(ctx, s.Docs()); err != nil {
		return st, err
	}
	l, err = s.lifecycle(ctx)
	if err != nil {
		return st, err
	}
	return l.plan(doc), nil
}

// PlanNamed finds the followed plan ref names: its id (or the id's first characters) or its
// document number (文号) in any brackets.
func (s *Store) PlanNamed(ref string) (*plan.Document, error) {
	ds := plansNamed(s.Docs(), strings.TrimSpace(ref))
	switch len(ds) {
	case 0:
		return nil, fmt.Errorf("plan %q: %w", ref, ErrNotFound)
	case 1:
		return ds[0], nil
	}
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.ID)
	}
	return nil, fmt.Errorf("plan %q could be %s: give more of the id", ref, strings.Join(ids, ", "))
}

// doc returns the followed plan with id, or nil.
func (s *Store) doc(id string) *plan.Document {
	for _, d := range s.Docs() {
		if d.ID == id {
			return d
		}
	}
	return nil
}
