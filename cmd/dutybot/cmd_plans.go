package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dutybot/dutybot/ingest/planstore"
	"github.com/dutybot/dutybot/internal/app"
	"github.com/dutybot/dutybot/plan"
	"github.com/dutybot/dutybot/reminders"
	"github.com/dutybot/dutybot/seeds"
)

// plansCmd manages the stored plans; every subcommand receives the plan store (or, for a plan's
// lifecycle, the reminder store) once Redis answers. A plan is named by its id (or the id's first
// characters) or its document number (文号).
type plansCmd struct {
	List     plansListCmd     `cmd:"" help:"The stored plans, with their lifecycle: open, ended, closed."`
	Show     plansShowCmd     `cmd:"" help:"A stored plan's summary and tasks."`
	Original plansOriginalCmd `cmd:"" help:"The file as it was added."`
	Remove   plansRemoveCmd   `cmd:"" help:"Remove stored plans."`
	Reparse  plansReparseCmd  `cmd:"" help:"Parse stored plans again from their files (after upgrading dutybot)."`
	Close    plansCloseCmd    `cmd:"" help:"Stop a plan's nudges before its period ends; it is still answered."`
	Open     plansOpenCmd     `cmd:"" help:"Make a closed or ended plan nudge again."`
}

const needPlanRef = ": name a plan by id (or its first characters) or document number"

// plansListCmd is plans list [--json].
type plansListCmd struct {
	JSON bool `name:"json" help:"Print JSON."`
}

// listedPlan is a stored plan with its lifecycle, as plans list --json prints it.
type listedPlan struct {
	planstore.Entry
	State string   `json:"state"`         // open, ended, closed, reopened
	End   plan.Day `json:"end,omitempty"` // the last day of its period
}

func (c *plansListCmd) Run(ctx context.Context, store *planstore.Store, rem *reminders.Store, t *term) error {
	list, err := store.List(ctx)
	if err != nil {
		return err
	}
	docs, err := store.Docs(ctx)
	if err != nil {
		return err
	}
	states, err := rem.Lifecycle(ctx, docs)
	if err != nil {
		return err
	}
	byID := map[string]reminders.PlanStatus{}
	for _, st := range states {
		byID[st.ID] = st
	}
	out := make([]listedPlan, 0, len(list))
	for _, e := range list {
		out = append(out, listedPlan{Entry: e, State: byID[e.ID].State, End: byID[e.ID].End})
	}
	if c.JSON {
		return writeJSON(t.Out, out)
	}
	if len(list) == 0 {
		fmt.Fprintln(t.Out, t.say("plans-none", len(seeds.Files())))
		return nil
	}
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, t.say("plans-head"))
	for _, e := range out {
		row(tw, e.ID, orNone(e.City), orNone(e.Number), strconv.Itoa(e.Tasks), t.planState(byID[e.ID]), stamp(e.Added), e.Title)
	}
	return tw.Flush()
}

// plansCloseCmd is plans close REF [--by WHO].
type plansCloseCmd struct {
	By  string `default:"cli" help:"Who closes it."`
	Ref string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansCloseCmd) Run(ctx context.Context, rem *reminders.Store, t *term) error {
	return setPlanState(ctx, rem, t, c.Ref, c.By, false)
}

// plansOpenCmd is plans open REF [--by WHO].
type plansOpenCmd struct {
	By  string `default:"cli" help:"Who opens it."`
	Ref string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansOpenCmd) Run(ctx context.Context, rem *reminders.Store, t *term) error {
	return setPlanState(ctx, rem, t, c.Ref, c.By, true)
}

// setPlanState closes or opens the plan ref names among the plans the reminders follow (the stored
// plans, or the embedded seeds while none is stored).
func setPlanState(ctx context.Context, rem *reminders.Store, t *term, ref, by string, open bool) error {
	verb := map[bool]string{false: "close", true: "open"}[open]
	if ref == "" {
		return usageError("plans " + verb + needPlanRef)
	}
	doc, err := rem.PlanNamed(ref)
	if err != nil {
		return err
	}
	var st reminders.PlanStatus
	if open {
		st, err = rem.OpenPlan(ctx, doc.ID, by)
	} else {
		st, err = rem.ClosePlan(ctx, doc.ID, by)
	}
	switch {
	case errors.Is(err, reminders.ErrPlanState):
		fmt.Fprintln(t.Out, t.say("plan-already", doc.Title, t.planState(st)))
		return nil
	case err != nil:
		return err
	case open:
		fmt.Fprintln(t.Out, t.say("plan-opened-now", doc.Title, doc.ID, t.planState(st)))
	default:
		fmt.Fprintln(t.Out, t.say("plan-closed-now", doc.Title, doc.ID))
	}
	return nil
}

// plansShowCmd is plans show REF [--json].
type plansShowCmd struct {
	JSON bool   `name:"json" help:"Print JSON."`
	Ref  string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansShowCmd) Run(ctx context.Context, a *app.App, store *planstore.Store, t *term) error {
	if c.Ref == "" {
		return usageError("plans show" + needPlanRef)
	}
	doc, err := store.Get(ctx, c.Ref)
	if err != nil {
		return err
	}
	sum := planstore.Summarize(doc, plan.DayOf(a.Now()))
	sum.Stored = true
	if c.JSON {
		return printSummaryJSON(t, sum)
	}
	fmt.Fprint(t.Out, sum.String())
	fmt.Fprintln(t.Out)
	tw := tabwriter.NewWriter(t.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, t.say("show-head"))
	for _, task := range doc.Tasks {
		var ds []string
		for _, d := range task.Deadlines {
			ds = append(ds, d.Date.String())
		}
		title := task.Title
		if strings.TrimSpace(title) == "" {
			title = task.Text
		}
		row(tw, task.Number, orNone(strings.Join(task.Lead, "、")), orNone(strings.Join(ds, " ")), plan.Clip(title, 40))
	}
	return tw.Flush()
}

// plansOriginalCmd is plans original REF [--out FILE]: the file's bytes, unchanged.
type plansOriginalCmd struct {
	Out string `help:"Write the file here instead of standard output." placeholder:"FILE"`
	Ref string `arg:"" optional:"" name:"plan" help:"Id or document number."`
}

func (c *plansOriginalCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	if c.Ref == "" {
		return usageError("plans original" + needPlanRef)
	}
	if c.Out == "" && t.RawIsTerminal {
		// As curl does: a stored file may hold escape sequences or binary that would drive the terminal.
		return usageError(t.say("original-tty"))
	}
	name, data, err := store.Original(ctx, c.Ref)
	if err != nil {
		return err
	}
	if c.Out == "" {
		_, err = t.Raw.Write(data)
		return err
	}
	if err := os.WriteFile(c.Out, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", c.Out, err)
	}
	fmt.Fprintln(t.Err, t.say("wrote", c.Out, name, len(data)))
	return nil
}

// plansRemoveCmd is plans remove REF...
type plansRemoveCmd struct {
	Refs []string `arg:"" optional:"" name:"plan" help:"Ids or document numbers."`
}

func (c *plansRemoveCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	if len(c.Refs) == 0 {
		return usageError("plans remove" + needPlanRef)
	}
	failed := 0
	for _, ref := range c.Refs {
		e, err := store.Remove(ctx, ref)
		if err != nil {
			failed++
			fmt.Fprintf(t.Err, "dutybot: %s\n", plan.OneLine(err.Error()))
			continue
		}
		fmt.Fprintln(t.Out, t.say("removed", e.ID, orNone(e.Number), e.Title))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not removed", failed, len(c.Refs))
	}
	return nil
}

// plansReparseCmd is plans reparse [REF...]: every stored plan when none is named, so that a better
// parser reaches plans stored before it.
type plansReparseCmd struct {
	Refs []string `arg:"" optional:"" name:"plan" help:"Ids or document numbers; all when none."`
}

func (c *plansReparseCmd) Run(ctx context.Context, store *planstore.Store, t *term) error {
	refs := c.Refs
	if len(refs) == 0 {
		list, err := store.List(ctx)
		if err != nil {
			return err
		}
		for _, e := range list {
			refs = append(refs, e.ID)
		}
	}
	failed := 0
	for _, ref := range refs {
		sum, err := store.Reparse(ctx, ref)
		if err != nil {
			failed++
			fmt.Fprintf(t.Err, "dutybot: %s: not reparsed (the stored parse stays): %s\n", plan.OneLine(ref), plan.OneLine(userMessage(err)))
			continue
		}
		fmt.Fprintln(t.Out, t.say("reparsed", sum.Doc.ID, orNone(sum.Doc.Number), len(sum.Doc.Tasks)))
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d plans were not reparsed", failed, len(refs))
	}
	return nil
}
